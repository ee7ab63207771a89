//! Starting next year's draft from this one (由本年度草稿生成下一年度): this year's figures become the
//! 上年 columns; the unit, its 职能职责 and 机构设置, staffing, methods, rubric, project names and each
//! project's 年度目标 and indicators with their targets carry over, a target's date moved on a year.
//! This year's budget and spending, results, scores and the four year-specific narratives (履职效能,
//! 存在的主要问题, 产生问题的主要原因, 下步努力方向和改进措施) start blank: last year's text printed as the new
//! year's is a slip a hurried clerk files, while a blank section prints 【此处填写…】 and is counted.
//! It runs in the tools module (`crate::tools::drafts`), which draws the button that asks for it.

use rust_decimal::Decimal;

use crate::core::reading::amount::format_wan;
use crate::core::draft::Draft;
use crate::core::evaluation::evaluate_without_project_tables;
use crate::core::draft::fields::{IndicatorColumn, ProjectColumn, FIELDS};
use crate::core::draft::rubric::RubricCells;

/// Fields whose text is carried into next year's draft unchanged.
const CARRIED: &[&str] = &[
    "unit.name",
    "unit.duties",
    "unit.structure",
    "staff.quota.admin",
    "staff.quota.institution",
    "staff.quota.worker",
    "staff.actual.admin",
    "staff.actual.institution",
    "staff.actual.worker",
    "staff.retired",
    "rubric.preset",
    "rubric.cap_by_execution",
    "rubric.deviation_deduction",
    "project_eval.execution_points",
    "project_eval.execution_rounding",
    "project_eval.cap_by_execution",
];

/// A project's own cells carried into next year: who runs it and what it aims at. Its funds, what it
/// achieved and why are this year's.
const CARRIED_PROJECT_CELLS: &[ProjectColumn] = &[ProjectColumn::Name, ProjectColumn::Key, ProjectColumn::Department, ProjectColumn::Implementer, ProjectColumn::GoalExpected];

/// An indicator row's cells carried into next year: the indicator and its target; not its 完成值,
/// 得分 or reason.
const CARRIED_INDICATOR_CELLS: &[IndicatorColumn] = &[IndicatorColumn::Level1, IndicatorColumn::Level2, IndicatorColumn::Name, IndicatorColumn::Target, IndicatorColumn::Points];

/// Next year's draft. Nothing of `draft` is changed.
pub fn next_year(draft: &Draft) -> Draft {
    let evaluation = evaluate_without_project_tables(draft);
    let (totals, figures) = (&evaluation.totals, &evaluation.figures);
    let mut next = Draft::new();
    let carried = FIELDS.iter().map(|f| f.id).filter(|id| CARRIED.contains(id) || id.starts_with("method."));
    for id in carried {
        set(&mut next, id, draft.get(id));
    }
    if let Some(year) = figures.year.and_then(|y| y.checked_add(1)) {
        set(&mut next, "unit.year", &year.to_string());
    }
    // This year's final accounts are next year's 上年决算数; its budgets are next year's 上年预算.
    let last_year = [
        ("last.spend_total", totals.spend),
        ("last.basic", totals.basic),
        ("last.public", figures.spend.public),
        ("last.projects", totals.projects),
        ("sangong.last_budget", figures.sangong.this_year.budget),
        ("sangong.last_actual", figures.sangong.this_year.actual),
        ("procurement.last_actual", figures.procurement.actual),
    ];
    for (id, value) in last_year {
        set_amount(&mut next, id, value);
    }
    // What is carried over at the year's end (年末结转结余) is next year's 上年结转.
    set_amount(&mut next, "budget.carryover", figures.spend.closing_balance);
    for part in &figures.sangong.parts {
        set_amount(&mut next, &format!("{}.last_actual", part.prefix), part.actual);
    }
    // The rubric is the locality's and carries over; this year's scores do not.
    if let Some(rows) = draft.rubric() {
        next.own_rubric(rows.iter().map(|row| row as &dyn RubricCells));
    }
    // A stand-in row (a report's 项目支出 not split by project) is no project of next year's: its total is
    // already next year's 上年项目支出 (`last.projects`), and carried it would stand in next year's 附件1 and
    // project list as a project with a 上年决算数 of its own.
    let projects = draft.projects().iter().zip(&figures.spend.projects).filter(|(project, _)| !project.is_stand_in());
    for (project, spent) in projects {
        let row = next.add_project();
        for column in CARRIED_PROJECT_CELLS {
            let text = project.cell(*column);
            // A project's name is the budget system's, kept as it is filed; its 年度目标 is next year's.
            let text = if *column == ProjectColumn::GoalExpected { dated_a_year_on(text, figures.year) } else { text.to_string() };
            next.set_project_cell(row, *column, &text);
        }
        // This year's spending is the project's 上年决算数 in next year's 附件1.
        next.set_project_cell(row, ProjectColumn::PriorActual, &spent.actual.map(format_wan).unwrap_or_default());
        for indicator in &project.indicators {
            let target = dated_a_year_on(indicator.cell(IndicatorColumn::Target), figures.year);
            let text = |c: IndicatorColumn| if c == IndicatorColumn::Target { target.as_str() } else { indicator.cell(c) };
            let cells: Vec<(IndicatorColumn, &str)> = CARRIED_INDICATOR_CELLS.iter().map(|c| (*c, text(*c))).collect();
            next.add_indicator(row, &cells);
        }
    }
    next
}

/// `text` with the year evaluated moved on one where it is a date's year (`2024年12月底前`, `2024-12-31`,
/// `2024.12`, `2024/12`, in full-width digits too: `２０２４年`): a deadline carried as it was would be a
/// year behind the new year's results, and an on-time completion would score 未达成. Other years (a 2020
/// baseline) and figures that only look like the year (`2024人次`, the span `2024-2026`) say the same next
/// year.
fn dated_a_year_on(text: &str, year: Option<u32>) -> String {
    let Some(year) = year else { return text.to_string() };
    let next = year.saturating_add(1);
    let moved = year_moved(text, &year.to_string(), &next.to_string());
    year_moved(&moved, &full_width(year), &full_width(next))
}

/// `text` with `from` turned into `to` where it dates something (one digit form at a time: a clerk's
/// date is written in one).
fn year_moved(text: &str, from: &str, to: &str) -> String {
    let (mut moved, mut rest) = (String::new(), text);
    while let Some(at) = rest.find(from) {
        let (before, after) = (&rest[..at], &rest[at + from.len()..]);
        let dated = !before.ends_with(is_digit) && dates_a_year(after);
        moved = moved + before + if dated { to } else { from };
        rest = after;
    }
    moved + rest
}

/// What follows a date's year: 年, or a separator and a month of one or two digits.
fn dates_a_year(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some('年') => true,
        Some('-' | '.' | '/' | '－' | '．' | '／') => (1..=2).contains(&chars.take_while(|c| is_digit(*c)).count()),
        _ => false,
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn full_width(year: u32) -> String {
    year.to_string().chars().map(|c| char::from_u32(u32::from(c) - u32::from('0') + u32::from('０')).unwrap_or(c)).collect()
}

/// Every id used here is in the catalogue, so `set` accepts it.
fn set(draft: &mut Draft, id: &str, text: &str) {
    let _ = draft.set(id, text);
}

fn set_amount(draft: &mut Draft, id: &str, value: Option<Decimal>) {
    if let Some(value) = value {
        set(draft, id, &format_wan(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::examples;

    #[test]
    fn this_year_becomes_last_year() {
        let mut draft = examples::taojiang_2024();
        draft.set("sangong.budget", "3").unwrap();
        draft.set("sangong.reception.actual", "1.2").unwrap();
        draft.set("narrative.problems", "人员编制问题。").unwrap();
        draft.set("method.rounding", "truncate_1").unwrap();
        let next = next_year(&draft);
        assert_eq!(next.get("unit.year"), "2025");
        assert_eq!(next.get("unit.name"), "桃江县总工会");
        assert_eq!(next.get("staff.quota.institution"), "11");
        assert_eq!(next.get("last.spend_total"), "252.65");
        let mut closing = draft.clone();
        closing.set("spend.closing_balance", "1.14").unwrap();
        assert_eq!(next_year(&closing).get("budget.carryover"), "1.14", "年末结转结余 is next year's 上年结转");
        assert_eq!(next.get("last.basic"), "221.65");
        assert_eq!(next.get("last.public"), "11.60");
        assert_eq!(next.get("last.projects"), "31.00");
        assert_eq!(next.get("sangong.last_budget"), "3.00");
        assert_eq!(next.get("sangong.reception.last_actual"), "1.20");
        assert_eq!(next.get("method.rounding"), "truncate_1");
    }

    #[test]
    fn the_years_own_narratives_start_blank_and_the_units_description_carries_over() {
        let mut draft = examples::taojiang_2024();
        draft.set("unit.duties", "负责全县职工权益保障工作。").unwrap();
        draft.set("unit.structure", "内设办公室、财务科两个科室。").unwrap();
        for id in ["narrative.performance", "narrative.problems", "narrative.causes", "narrative.improvements"] {
            draft.set(id, "本年度举办培训班9期。").unwrap();
        }
        let next = next_year(&draft);
        assert_eq!(next.get("unit.duties"), "负责全县职工权益保障工作。");
        assert_eq!(next.get("unit.structure"), "内设办公室、财务科两个科室。");
        for id in ["narrative.performance", "narrative.problems", "narrative.causes", "narrative.improvements"] {
            assert_eq!(next.get(id), "", "{id}: last year's text is not the new year's");
        }
    }

    #[test]
    fn a_date_in_the_year_evaluated_moves_on_a_year_and_other_figures_stay() {
        let on = |text: &str| dated_a_year_on(text, Some(2023));
        assert_eq!(on("2023年11月底前"), "2024年11月底前");
        assert_eq!(on("2023-11-30前"), "2024-11-30前");
        assert_eq!(on("2023.10"), "2024.10");
        assert_eq!(on("2023/9/15"), "2024/9/15");
        assert_eq!(on("截至2023年底，较2019年基线提高5%"), "截至2024年底，较2019年基线提高5%");
        assert_eq!(on("2022年12月31日前"), "2022年12月31日前", "another year is the unit's own");
        assert_eq!(on("≥2023人次"), "≥2023人次", "a count, not a year");
        assert_eq!(on("2023-2025年三年行动"), "2023-2025年三年行动", "a span of years");
        assert_eq!(on("12023年"), "12023年");
        assert_eq!(on("≥95%"), "≥95%");
        assert_eq!(dated_a_year_on("2023年内", None), "2023年内", "no year evaluated, nothing to move");
        assert_eq!(on("２０２３年１２月底前"), "２０２４年１２月底前", "full-width digits stay full-width");
        assert_eq!(on("２０２３．６"), "２０２４．６");
        assert_eq!(on("≥２０２３人次"), "≥２０２３人次");
        assert_eq!(on("１２０２３年"), "１２０２３年");
    }

    #[test]
    fn a_carried_deadline_is_next_years_so_an_on_time_result_scores_full() {
        let mut draft = examples::taojiang_2024();
        let row = draft.projects()[1].row;
        draft.set_project_cell(row, ProjectColumn::GoalExpected, "2024年9月底前完成慰问发放。");
        let cells = [
            (IndicatorColumn::Level1, "产出指标"),
            (IndicatorColumn::Level2, "时效指标"),
            (IndicatorColumn::Name, "慰问金发放时间"),
            (IndicatorColumn::Target, "2024年9月底前"),
            (IndicatorColumn::Actual, "9月12日"),
            (IndicatorColumn::Points, "10"),
        ];
        draft.add_indicator(row, &cells);
        let mut next = next_year(&draft);
        assert_eq!(next.get("spend.projects.1.goal.expected"), "2025年9月底前完成慰问发放。");
        assert_eq!(next.get("spend.projects.1.indicators.0.target"), "2025年9月底前");
        next.set("spend.projects.1.budget", "20").unwrap();
        next.set("spend.projects.1.actual", "20").unwrap();
        next.set("spend.projects.1.indicators.0.actual", "9月12日").unwrap();
        let scored = crate::core::evaluation::evaluate(&next);
        let table = scored.projects.iter().find(|p| p.index == 1).expect("the project's table");
        assert_eq!(table.rows[0].computed, Some(Decimal::TEN), "done on time in 2025");
    }

    #[test]
    fn each_project_spending_becomes_its_prior_year_actual() {
        let mut draft = examples::taojiang_2024();
        let row = draft.add_project();
        draft.set_project_cell(row, ProjectColumn::Name, "乡镇文化站免费开放");
        draft.set_project_cell(row, ProjectColumn::Actual, "１２.５万元");
        draft.add_project();
        let next = next_year(&draft);
        let prior: Vec<&str> = next.projects().iter().map(|p| p.cell(ProjectColumn::PriorActual)).collect();
        assert_eq!(prior, ["1.00", "30.00", "12.50", ""], "a project with nothing spent has no 上年决算数");
        assert!(next.projects().iter().all(|p| !p.is_evaluated()), "no 自评表 until this year's is filled");
    }

    /// A row standing in for projects last year's report did not list is no project of next year's: the
    /// projects the unit runs carry on, the stand-in's total is the 上年项目支出 and nothing more.
    #[test]
    fn a_stand_in_row_is_not_carried_into_next_year() {
        use crate::core::draft::project::{UNLISTED_PROJECTS, UNLISTED_REST};
        let mut draft = examples::taojiang_2024();
        let row = draft.add_project();
        draft.set_project_cell(row, ProjectColumn::Name, UNLISTED_REST);
        draft.set_project_cell(row, ProjectColumn::Actual, "19");
        let next = next_year(&draft);
        let names: Vec<&str> = next.projects().iter().map(|p| p.name()).collect();
        assert_eq!(names, ["2024年驻村帮扶“第一书记”专项工作经费", "2024年春节送温暖资金"], "the stand-in stays behind");
        assert_eq!(next.get("last.projects"), "50.00", "its spending is in last year's 项目支出 all the same");

        let started = crate::core::audit::draft_from_text("某县林业局2024年度部门整体支出绩效自评报告\n全年支出合计500.00万元，其中：基本支出380.00万元，项目支出120.00万元。\n");
        assert_eq!(started.draft.projects().iter().map(|p| p.name()).collect::<Vec<_>>(), [UNLISTED_PROJECTS]);
        let next = next_year(&started.draft);
        assert!(next.projects().is_empty(), "{:?}", next.projects());
        assert_eq!(next.get("last.projects"), "120.00");
    }

    #[test]
    fn this_years_budget_and_spending_start_blank() {
        let next = next_year(&examples::taojiang_2024());
        for id in ["budget.initial", "budget.additions", "spend.personnel", "spend.public", "sangong.budget", "disclosure.budget_published"] {
            assert_eq!(next.get(id), "", "{id}");
        }
        assert_eq!(next.projects().len(), 2);
        assert_eq!(next.get("spend.projects.1.name"), "2024年春节送温暖资金");
        assert_eq!(next.get("spend.projects.1.actual"), "");
    }

    #[test]
    fn the_rubric_carries_over_and_the_scores_do_not() {
        use crate::core::draft::choices::RubricPreset;
        let mut draft = examples::taojiang_2024();
        draft.set("rubric.preset", "yueyang").unwrap();
        draft.set("rubric.cap_by_execution", "true").unwrap();
        draft.own_rubric(crate::core::scoring::presets::preset(RubricPreset::Yueyang).rows.iter().map(|r| r as &dyn RubricCells));
        draft.set("rubric.rows.0.points", "6").unwrap();
        draft.set("score.payment_progress", "3").unwrap();
        draft.set("funds.basic.initial", "149.07").unwrap();
        let next = next_year(&draft);
        assert_eq!(next.get("rubric.preset"), "yueyang");
        assert_eq!(next.get("rubric.cap_by_execution"), "true");
        assert_eq!(next.get("rubric.rows.0.points"), "6");
        assert_eq!(next.get("score.payment_progress"), "");
        assert_eq!(next.get("funds.basic.initial"), "");
    }

    #[test]
    fn project_tables_carry_their_indicators_and_targets_but_not_this_years_results() {
        let mut draft = examples::taojiang_2024();
        let row = draft.projects()[1].row;
        draft.set_project_cell(row, ProjectColumn::Department, "桃江县总工会");
        draft.set_project_cell(row, ProjectColumn::Initial, "30");
        draft.set_project_cell(row, ProjectColumn::GoalActual, "已全部发放");
        let cells = [
            (IndicatorColumn::Level1, "产出指标"),
            (IndicatorColumn::Level2, "数量指标"),
            (IndicatorColumn::Name, "慰问困难职工户数"),
            (IndicatorColumn::Target, "≥300户"),
            (IndicatorColumn::Actual, "312户"),
            (IndicatorColumn::Points, "20"),
            (IndicatorColumn::Score, "20"),
            (IndicatorColumn::Reason, "超额完成"),
        ];
        draft.add_indicator(row, &cells);
        let next = next_year(&draft);
        assert_eq!(next.get("spend.projects.1.department"), "桃江县总工会");
        assert_eq!(next.get("spend.projects.1.initial"), "");
        assert_eq!(next.get("spend.projects.1.goal.actual"), "");
        let carried: Vec<&str> = IndicatorColumn::ALL.iter().map(|c| next.projects()[1].indicators[0].cell(*c)).collect();
        assert_eq!(carried, ["产出指标", "数量指标", "慰问困难职工户数", "≥300户", "", "20", "", ""]);
    }

    #[test]
    fn the_original_is_untouched() {
        let draft = examples::taojiang_2024();
        let before = draft.clone();
        let _ = next_year(&draft);
        assert_eq!(draft, before);
    }
}
