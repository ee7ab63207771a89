//! The report's six parts (SPEC §2): generated sentences from the figures, the clerk's text verbatim.

use super::wording::{minus_sign, placeholder, project_name, reported_total, sentence, stand_in_gap, typed_paragraphs, wan, FIRST_FIGURE};
use super::{Block, FILL};
use crate::core::draft::Draft;
use crate::core::evaluation::Evaluation;
use crate::core::calc::indicators::{Indicator, IndicatorId, NotApplicable, Value, BLANK};
use crate::core::draft::fields::{project_field_id, ProjectColumn};
use crate::core::draft::project::is_stand_in_name;
use crate::core::draft::choices::{ExecutionDenominator, Methods, SangongBasis, StaffScope};

pub fn blocks(draft: &Draft, evaluation: &Evaluation) -> Vec<Block> {
    let mut blocks = Vec::new();
    overview(draft, evaluation, &mut blocks);
    spending(evaluation, &mut blocks);
    performance(draft, evaluation, &mut blocks);
    closing_parts(draft, &mut blocks);
    blocks
}

/// 四、五、六: the problems, their causes and what is to be done, as the clerk wrote them. Many units
/// write the causes with the problems (“四、存在的问题及原因”): where the 原因 part is left empty and the
/// problems already speak of causes, the two are one part under one heading and 六 becomes 五, as such a
/// report is numbered. A gap would ask for what the report already says.
fn closing_parts(draft: &Draft, blocks: &mut Vec<Block>) {
    let problems = draft.get("narrative.problems");
    let together = draft.get("narrative.causes").trim().is_empty() && speaks_of_causes(problems);
    let parts: &[(&str, &str, &str)] = if together {
        &[("存在的主要问题及原因", "narrative.problems", "存在的主要问题及原因"), ("下步努力方向和改进措施", "narrative.improvements", "下步努力方向和改进措施")]
    } else {
        &[
            ("存在的主要问题", "narrative.problems", "存在的主要问题"),
            // The gap says the other way out: the causes written with the problems.
            ("产生问题的主要原因", "narrative.causes", "产生问题的主要原因（或在“存在的主要问题”中一并写明原因）"),
            ("下步努力方向和改进措施", "narrative.improvements", "下步努力方向和改进措施"),
        ]
    };
    for ((heading, id, what), number) in parts.iter().zip(["四", "五", "六"]) {
        blocks.push(Block::Heading1(format!("{number}、{heading}")));
        blocks.extend(typed_paragraphs(draft.get(id), what, id));
    }
}

/// The problems as typed give their causes (“主要原因是…”, “存在的问题及原因”). Only the word itself: a
/// “由于” inside one problem's sentence is not yet the part on causes.
fn speaks_of_causes(problems: &str) -> bool {
    problems.contains("原因")
}

fn year_prefix(evaluation: &Evaluation) -> String {
    evaluation.figures.year.map(|y| format!("{y}年")).unwrap_or_default()
}

/// 一、部门概况.
fn overview(draft: &Draft, evaluation: &Evaluation, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading1("一、部门概况".into()));
    blocks.push(Block::Heading2("（一）职能职责".into()));
    blocks.extend(typed_paragraphs(draft.get("unit.duties"), "职能职责", "unit.duties"));
    blocks.push(Block::Heading2("（二）机构设置".into()));
    blocks.extend(typed_paragraphs(draft.get("unit.structure"), "机构设置", "unit.structure"));
    blocks.push(Block::Heading2("（三）人员编制".into()));
    let staff = &evaluation.figures.staff;
    let lacking = if staff.quota.admin.or(staff.quota.institution).or(staff.quota.worker).is_none() { FIRST_FIGURE } else { "staff.actual.admin" };
    blocks.push(with_gaps(staffing_sentence(evaluation), lacking));
}

/// A sentence with a blank left in it (【此处填写…】) leads to `field`, the first figure it lacks, as every
/// gap does; one without is a paragraph.
fn with_gaps(text: String, field: &str) -> Block {
    if text.contains(FILL) {
        Block::Fill { text, field: field.to_string() }
    } else {
        Block::Paragraph(text)
    }
}

/// The first field of `fields` whose figure is blank, else the last: where a total left blank is fixed.
fn first_blank<'a>(fields: &[(Option<rust_decimal::Decimal>, &'a str)]) -> &'a str {
    fields.iter().find(|(value, _)| value.is_none()).or(fields.last()).map_or("", |(_, field)| field)
}

fn staffing_sentence(evaluation: &Evaluation) -> String {
    let staff = &evaluation.figures.staff;
    let types = [
        ("行政", staff.quota.admin, staff.actual.admin),
        ("事业", staff.quota.institution, staff.actual.institution),
        ("工勤", staff.quota.worker, staff.actual.worker),
    ];
    let quota_parts: Vec<String> =
        types.iter().filter_map(|(kind, quota, _)| quota.filter(|q| *q > 0).map(|q| format!("{kind}编制{q}个"))).collect();
    let actual_parts: Vec<String> =
        types.iter().filter_map(|(kind, _, actual)| actual.filter(|a| *a > 0).map(|a| format!("{kind}{a}人"))).collect();
    // Nothing entered is a gap, not a count of 0.
    let total = |values: Vec<u32>| if values.is_empty() { BLANK.to_string() } else { values.iter().sum::<u32>().to_string() };
    let all_quota = total(types.iter().filter_map(|t| t.1).collect());
    let all_actual = total(types.iter().filter_map(|t| t.2).collect());
    let mut text = format!("本部门共有编制{all_quota}个");
    if !quota_parts.is_empty() {
        text.push_str(&format!("，其中{}", quota_parts.join("、")));
    }
    text.push_str(&format!("；实有在职人员{all_actual}人"));
    if !actual_parts.is_empty() {
        text.push_str(&format!("，其中{}", actual_parts.join("、")));
    }
    if let Some(retired) = staff.retired {
        text.push_str(&format!("；退休人员{retired}人"));
    }
    text.push('。');
    text
}

/// 二、部门整体支出管理及使用情况.
fn spending(evaluation: &Evaluation, blocks: &mut Vec<Block>) {
    let (figures, totals) = (&evaluation.figures, &evaluation.totals);
    let year = year_prefix(evaluation);
    blocks.push(Block::Heading1("二、部门整体支出管理及使用情况".into()));
    blocks.push(Block::Heading2("（一）基本支出".into()));
    let mut parts =
        vec![format!("人员经费支出{}", wan(figures.spend.personnel)), format!("公用经费支出{}", wan(figures.spend.public))];
    if let Some(other) = figures.spend.basic_other.filter(|o| !o.is_zero()) {
        parts.push(format!("其他基本支出{}", wan(Some(other))));
    }
    let spend = &figures.spend;
    let lacking = first_blank(&[(spend.personnel, "spend.personnel"), (spend.public, "spend.public"), (None, "spend.basic_other")]);
    blocks.push(with_gaps(format!("{year}基本支出共计{}，其中：{}。", wan(totals.basic), parts.join("，")), lacking));
    blocks.push(Block::Heading2("（二）项目支出".into()));
    let projects = &figures.spend.projects;
    if projects.is_empty() {
        blocks.push(Block::Paragraph(format!("{year}无项目支出。")));
        return;
    }
    let unspent = projects.iter().position(|p| p.actual.is_none()).unwrap_or(0);
    // A stand-in row (据此新建草稿's 项目支出 not split by project) is no project the unit ran: the total
    // counts it, the count and the list do not, and it prints as the gap it is, leading to its name.
    let listed = projects.iter().filter(|p| !is_stand_in_name(&p.name)).count();
    let text = if listed > 0 {
        format!("{year}项目支出共计{}，共{listed}个项目：", wan(totals.projects))
    } else {
        format!("{year}项目支出共计{}。", wan(totals.projects))
    };
    blocks.push(with_gaps(text, &project_field_id(unspent, ProjectColumn::Actual)));
    let mut number = 0;
    for (index, project) in projects.iter().enumerate() {
        if is_stand_in_name(&project.name) {
            continue;
        }
        number += 1;
        let name = project_name(&project.name);
        let key = if project.is_key { "（重点项目）" } else { "" };
        let text = format!("{number}．{name}{key}，预算{}，实际支出{}。", wan(project.budget), wan(project.actual));
        let column = if project.name.is_empty() {
            ProjectColumn::Name
        } else if project.budget.is_none() {
            ProjectColumn::Budget
        } else {
            ProjectColumn::Actual
        };
        blocks.push(with_gaps(text, &project_field_id(index, column)));
    }
    for (index, project) in projects.iter().enumerate() {
        if let Some(text) = stand_in_gap(project) {
            blocks.push(Block::Fill { text, field: project_field_id(index, ProjectColumn::Name) });
        }
    }
    if let Some(sentence) = project_evaluation_sentence(evaluation) {
        // Its only gap is an unnamed project's name.
        let unnamed = evaluation.projects.iter().find(|p| p.is_reported() && p.name.is_empty()).map_or(0, |p| p.index);
        blocks.push(with_gaps(sentence, &project_field_id(unnamed, ProjectColumn::Name)));
    }
}

/// “对其中2个项目开展了绩效自评：春节送温暖资金自评得分95.50分，等级为优；……（详见附件3）。”
fn project_evaluation_sentence(evaluation: &Evaluation) -> Option<String> {
    let evaluated: Vec<_> = evaluation.projects.iter().filter(|p| p.is_reported() && !is_stand_in_name(&p.name)).collect();
    if evaluated.is_empty() {
        return None;
    }
    let scores: Vec<String> = evaluated
        .iter()
        .map(|p| {
            let name = project_name(&p.name);
            let pending = if p.pending > 0 { "（暂计）" } else { "" };
            format!("{name}自评得分{}分{pending}，等级为{}", p.total_text(), p.grade.label())
        })
        .collect();
    // A stand-in row counts among `all` and never among `evaluated`: it hides projects not listed yet,
    // so that not all of them are said to be evaluated.
    let all = evaluation.figures.spend.projects.len();
    let which = if evaluated.len() == all { format!("对全部{all}个项目") } else { format!("对其中{}个项目", evaluated.len()) };
    Some(format!("{which}开展了绩效自评：{}（详见附件3）。", scores.join("；")))
}

/// 三、部门整体支出绩效情况.
fn performance(draft: &Draft, evaluation: &Evaluation, blocks: &mut Vec<Block>) {
    let methods = evaluation.figures.methods;
    blocks.push(Block::Heading1("三、部门整体支出绩效情况".into()));
    blocks.push(score_sentence(draft, evaluation));

    blocks.push(Block::Heading2("（一）运行成本方面".into()));
    let mut running = Numbered::default();
    for id in [IndicatorId::PublicExpenseControl, IndicatorId::SangongChange, IndicatorId::SangongControl] {
        running.indicator(evaluation, id, blocks, method_note(id, methods));
    }

    blocks.push(Block::Heading2("（二）管理效率方面".into()));
    let mut management = Numbered::default();
    management.heading(blocks, evaluation, IndicatorId::BudgetExecution);
    let execution = lacking(evaluation, IndicatorId::BudgetExecution).unwrap_or("budget.initial");
    // The sentence names 年初部门预算 first.
    let first = first_blank(&[(evaluation.figures.budget.initial, "budget.initial"), (None, execution)]);
    blocks.push(with_gaps(budget_context(evaluation), first));
    let text = indicator_sentence(evaluation, IndicatorId::BudgetExecution, method_note(IndicatorId::BudgetExecution, methods));
    blocks.push(with_gaps(text, execution));
    management.heading(blocks, evaluation, IndicatorId::BudgetControl);
    let text = indicator_sentence(evaluation, IndicatorId::BudgetControl, None);
    blocks.push(with_gaps(text, lacking(evaluation, IndicatorId::BudgetControl).unwrap_or("budget.initial")));
    if let Some(policy) = evaluation.figures.budget.policy_additions.filter(|p| !p.is_zero()) {
        let reason = draft.get("budget.policy_reason").trim();
        let reason = if reason.is_empty() { String::new() } else { format!("（{reason}）") };
        let adjusted = sentence(&indicator_text(evaluation, IndicatorId::BudgetControlAdjusted));
        let text = format!("其中政策性追加{}{reason}，剔除政策性因素后，{adjusted}", wan(Some(policy)));
        blocks.push(with_gaps(text, lacking(evaluation, IndicatorId::BudgetControlAdjusted).unwrap_or("budget.initial")));
    }
    for id in [IndicatorId::BudgetAdjustment, IndicatorId::CarryoverRate] {
        management.optional_indicator(evaluation, id, blocks);
    }
    management.indicator(evaluation, IndicatorId::StaffControl, blocks, method_note(IndicatorId::StaffControl, methods));
    for id in [
        IndicatorId::ProcurementExecution,
        IndicatorId::KeySpendingRatio,
        IndicatorId::FixedAssetUtilization,
        IndicatorId::BuildingScaleControl,
        IndicatorId::BuildingInvestmentControl,
    ] {
        if id == IndicatorId::KeySpendingRatio && no_project_marked_key(evaluation) {
            // 0.00% would be made up, and a gap would ask a unit without key projects for a mark it cannot
            // truly make: the report says none is marked (审校 says to mark them where there are some).
            management.heading(blocks, evaluation, id);
            // Unless a stand-in row still hides projects: which of them are key is not known yet.
            match evaluation.figures.spend.projects.iter().position(|p| is_stand_in_name(&p.name)) {
                Some(row) => blocks.push(Block::Fill {
                    text: format!("{}：{}", id.name(), placeholder("重点项目：项目支出尚未按项目拆分，拆分后标明重点项目")),
                    field: project_field_id(row, ProjectColumn::Name),
                }),
                None => blocks.push(Block::Paragraph(format!("{}不适用：本年度未确定重点项目。", id.name()))),
            }
        } else {
            management.optional_indicator(evaluation, id, blocks);
        }
    }
    management.indicator(evaluation, IndicatorId::DisclosureTimeliness, blocks, None);

    blocks.push(Block::Heading2("（三）履职效能和社会效应等方面".into()));
    blocks.extend(typed_paragraphs(draft.get("narrative.performance"), "履职效能和社会效应", "narrative.performance"));
}

/// `根据《…》，经自评，本部门2024年度部门整体支出绩效自评得分为92.50分，等级为“优”（详见附件2）。`
/// Until a figure is typed there is no score to report (the form shows “—”): the rows a unit without
/// buildings scores in full would otherwise print a score and a 差 for an empty draft.
fn score_sentence(draft: &Draft, evaluation: &Evaluation) -> Block {
    let scores = &evaluation.scores;
    let table = if scores.edited { "本部门整体支出绩效评价指标表".to_string() } else { scores.preset.label().to_string() };
    // Without a year the sentence reads 本部门整体支出…, never 本部门部门整体.
    let subject = evaluation.figures.year.map_or_else(|| "本部门整体".to_string(), |y| format!("本部门{y}年度部门整体"));
    let opening = format!("根据《{table}》，经自评，{subject}支出绩效自评得分为");
    let Some((total, grade)) = reported_total(draft, scores) else {
        let text = format!("{opening}{BLANK}分，等级为“{BLANK}”（详见附件2）。");
        return Block::Fill { text, field: FIRST_FIGURE.to_string() };
    };
    // As beside the form: a provisional total has no grade yet.
    let text = match scores.pending_text() {
        Some(pending) => format!("{opening}{total}分，{pending}，总分为暂计、等级待定（详见附件2）。"),
        None => format!("{opening}{total}分，等级为“{grade}”（详见附件2）。"),
    };
    Block::Paragraph(text)
}

/// Numbers the 1．2．3． headings within a part.
#[derive(Default)]
struct Numbered(usize);

impl Numbered {
    fn heading(&mut self, blocks: &mut Vec<Block>, evaluation: &Evaluation, id: IndicatorId) {
        self.0 += 1;
        let name = evaluation.indicator(id).map_or(id.name(), |i| i.name);
        blocks.push(Block::Heading3(format!("{}．{name}", self.0)));
    }

    fn indicator(&mut self, evaluation: &Evaluation, id: IndicatorId, blocks: &mut Vec<Block>, note: Option<String>) {
        self.heading(blocks, evaluation, id);
        let text = indicator_sentence(evaluation, id, note);
        // A sentence with blanks leads to the first figure it lacks.
        match lacking(evaluation, id).filter(|_| evaluation.indicator(id).is_some_and(|i| i.blanks.is_some())) {
            Some(field) => blocks.push(Block::Fill { text, field: field.to_string() }),
            None => blocks.push(Block::Paragraph(text)),
        }
    }

    /// Printed only when the draft has the figures for it: an indicator the unit does not track is left out.
    fn optional_indicator(&mut self, evaluation: &Evaluation, id: IndicatorId, blocks: &mut Vec<Block>) {
        let missing = matches!(evaluation.indicator(id).map(|i| &i.value), Some(Value::NotApplicable(NotApplicable::Missing(_))) | None);
        if !missing {
            self.indicator(evaluation, id, blocks, None);
        }
    }
}

/// The first figure indicator `id` lacks, if it lacks one.
fn lacking(evaluation: &Evaluation, id: IndicatorId) -> Option<&'static str> {
    evaluation.indicator(id).and_then(|i| i.value.missing_fields().first().copied())
}

fn no_project_marked_key(evaluation: &Evaluation) -> bool {
    let projects = &evaluation.figures.spend.projects;
    !projects.is_empty() && !projects.iter().any(|p| p.is_key)
}

/// The indicator's sentence, with the year and the method it was computed by.
fn indicator_sentence(evaluation: &Evaluation, id: IndicatorId, note: Option<String>) -> String {
    let Some(indicator) = evaluation.indicator(id) else { return String::new() };
    let text = indicator_text(evaluation, id);
    // A rate (or the figures standing in for it) is the year's; disclosure names its own dates.
    let of_year = id != IndicatorId::DisclosureTimeliness && (indicator.blanks.is_some() || matches!(indicator.value, Value::Rate(_)));
    let text = if of_year { format!("{}{text}", year_prefix(evaluation)) } else { text };
    let text = text.trim_end_matches('。');
    match note {
        Some(note) => format!("{text}（{note}）。"),
        None => format!("{text}。"),
    }
}

/// The indicator's sentence as the unit writes it: the formula, or where the tool has only a
/// diagnosis (kept for the form), the known figures with blanks for the clerk; a rate below zero with
/// the 公文's minus (“变动率－10.00%”).
fn indicator_text(evaluation: &Evaluation, id: IndicatorId) -> String {
    evaluation.indicator(id).map(|i: &Indicator| minus_sign(i.blanks.as_ref().unwrap_or(&i.sentence))).unwrap_or_default()
}

/// `2024年上年结转0.00万元，年初部门预算180.07万元，…`: the figures behind the execution rate.
fn budget_context(evaluation: &Evaluation) -> String {
    let (budget, totals) = (&evaluation.figures.budget, &evaluation.totals);
    // A blank 上年结转 or 年中追加 is left out, not printed as a stated 0.00 (a typed 0 is printed).
    let mut parts: Vec<String> = budget.carryover.map(|c| format!("上年结转{}", wan(Some(c)))).into_iter().collect();
    parts.push(format!("年初部门预算{}", wan(budget.initial)));
    parts.extend(budget.additions.map(|a| format!("年中追加{}", wan(Some(a)))));
    if let Some(reductions) = budget.reductions.filter(|r| !r.is_zero()) {
        parts.push(format!("年中调减{}", wan(Some(reductions))));
    }
    if let Some(other) = budget.other_funds.filter(|o| !o.is_zero()) {
        parts.push(format!("其他资金{}", wan(Some(other))));
    }
    parts.push(format!("全年预算数{}", wan(totals.annual_budget)));
    parts.push(format!("全年支出{}", wan(totals.spend)));
    if let Some(closing) = evaluation.figures.spend.closing_balance {
        parts.push(format!("年末结转结余{}", wan(Some(closing))));
    }
    format!("{}{}。", year_prefix(evaluation), parts.join("，"))
}

/// Which method a printed sentence used, where the locality's choice matters.
pub(super) fn method_note(id: IndicatorId, methods: Methods) -> Option<String> {
    match id {
        IndicatorId::BudgetExecution => Some(match methods.execution_denominator {
            ExecutionDenominator::HunanCompletion => "按湖南预算完成率口径计算".to_string(),
            denominator => format!("分母口径：{}", denominator.label()),
        }),
        IndicatorId::SangongChange if methods.sangong_basis == SangongBasis::Actual => Some("按决算数对比".to_string()),
        IndicatorId::StaffControl if methods.staff_scope == StaffScope::WithoutWorker => Some("编制与在职人数不含工勤人员".to_string()),
        _ => None,
    }
}
