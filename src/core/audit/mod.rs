//! Auditing a finished report's text (审校, SPEC §11): what it states — rates, totals with their parts,
//! budget and staffing figures — found in pasted text, recomputed from its own figures with the core's
//! indicators and methods, and judged `ok`, `mismatch` or `unverifiable`, each tied to its place in the
//! text. The same recognition starts a draft from the report ([`draft_from_text`]).
//!
//! Deterministic and linear in the text's length; any text, binary garbage included, gives claims or
//! none, never a panic.

mod aligned_cells;
mod claims;
mod classified;
mod carryover_change;
mod column_totals;
mod damage;
mod deductions;
mod disclosure;
mod draft_figures;
mod draft_from_text;
mod draft_projects;
mod draft_sangong;
mod draft_sangong_cars;
mod draft_sangong_none;
mod draft_sangong_stated;
mod figures;
mod formula;
mod formula_sums;
mod funds_sources;
mod grade;
mod group_subtotals;
mod growth;
mod income_account;
mod indicator_rows;
mod item_control;
mod labels;
mod listed_projects;
mod listed_sum;
mod numbers;
mod paired_items;
mod part_slip;
mod plan_rates;
mod parts;
pub mod pile;
mod project_list;
mod project_parts;
mod project_rates;
mod project_runs;
mod project_sheets;
mod project_sources;
mod projects_total;
mod quoted_names;
mod rate_points;
mod rate_score;
mod recompute;
mod restated;
mod running_totals;
mod rule_rows;
mod rule_lines;
mod funds_rule;
mod sangong_twice;
mod sangong_vehicles;
mod sheet_twice;
mod savings;
mod score_rules;
mod score_table;
mod score_total;
mod score_walk;
mod sections;
mod spent_beyond;
mod shares;
mod sub_items;
mod tables;
mod text;
mod two_year_table;
mod unit_indicators;
mod unit_amounts;
mod unit_staff;
mod unit_standard;
mod verdicts;
mod wrapped_labels;
pub mod word;

#[cfg(test)]
mod corpus;
#[cfg(test)]
mod tests;

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::core::calc::indicators::IndicatorId;
use crate::core::exact::Exact;
use crate::core::order;

pub use draft_from_text::{draft_from_text, TextDraft};

use claims::StatedRate;
use figures::Recognised;
use numbers::numbers;
use recompute::Basis;
use text::Normalised;
use verdicts::{judge_balance, judge_rate, judge_row, judge_total, table_rate, Judged};

/// More text than any report: beyond this, only the beginning is audited (and the audit says so).
pub const MAX_TEXT: usize = 4 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    Mismatch,
    Unverifiable,
    /// Right by what the report says it is made of, and wrong all the same: it follows a slip marked
    /// elsewhere (a 全年预算数 built on a 调整后预算 that does not add up). Not a slip of its own, so no 不符,
    /// and no clean 相符 either.
    KnockOn,
}

impl Verdict {
    /// The verdict's own name (the marks' class, the corpora's expectations).
    pub fn id(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Mismatch => "mismatch",
            Self::Unverifiable => "unverifiable",
            Self::KnockOn => "knock_on",
        }
    }

    /// The page contract's value (`data-verdict`, SPEC §5a: ok, mismatch or unverifiable). A knock-on is no
    /// slip of its own and its sums hold, so automation counting the report's slips sees it as before: ok.
    pub fn contract_id(self) -> &'static str {
        match self {
            Self::KnockOn => Self::Ok.id(),
            verdict => verdict.id(),
        }
    }

    /// What a reader sees, not by colour alone.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ok => "相符",
            Self::Mismatch => "不符",
            Self::Unverifiable => "无法核对",
            Self::KnockOn => "随之有误",
        }
    }
}

/// One thing the report states, judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// An indicator id (`budget_execution`) or a total id (`basic`, `projects`, `spend`, `staff`,
    /// `quota`, `annual_budget`, `adjusted_budget`, `income`, `public`, `personnel`, `initial`, `sangong`, `funds_balance`).
    pub id: String,
    /// Byte range in the pasted text: the whole phrase (its year and quotes included).
    pub span: Range<usize>,
    /// What the report states, as written (without blanks, page numbers and running headers).
    pub stated: String,
    pub verdict: Verdict,
    /// The judgement in a sentence, with the recomputed value and the formula with its figures.
    pub detail: String,
    /// Further remarks: truncated not rounded, the size of a difference, the 口径 that would make it
    /// true, what else was checked on the same phrase.
    pub notes: Vec<String>,
    /// For a mismatch: how far off it is.
    pub off_by: Option<OffBy>,
}

/// How far off a mismatch is: as a share of what is right (to rank a report's mismatches), and in
/// a few words (“预算控制率写0，应为40.94%”).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffBy {
    pub share: Decimal,
    pub words: String,
    /// Whether it rests on a figure the report does not state (a year-end balance taken as 0): any
    /// mismatch of figures it states ranks before it.
    pub unstated: bool,
}

/// The audit of one text: claims in the order they stand, and remarks about the text as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Audit {
    pub claims: Vec<Claim>,
    pub remarks: Vec<String>,
}

impl Audit {
    /// How many claims have this verdict.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.claims.iter().filter(|c| c.verdict == verdict).count()
    }

    /// The mismatch furthest off, if any — of the figures the report states, where it has one.
    pub fn largest_mismatch(&self) -> Option<&Claim> {
        let mut largest: Option<&Claim> = None;
        for claim in self.claims.iter().filter(|c| c.verdict == Verdict::Mismatch) {
            let rank = |c: &Claim| c.off_by.as_ref().map_or((true, Decimal::ZERO), |o| (!o.unstated, o.share));
            if largest.is_none_or(|l| rank(claim) > rank(l)) {
                largest = Some(claim);
            }
        }
        largest
    }
}

/// A phrase of the text and what was checked on it.
struct Phrase {
    start: usize,
    end: usize,
    checks: Vec<(&'static str, Judged)>,
}

/// Audits `pasted`.
pub fn audit(pasted: &str) -> Audit {
    let (pasted, mut remarks) = bounded(pasted);
    let text = Normalised::new(pasted);
    let mut numbers = numbers(&text.text);
    let mut bare_yuan = numbers::read_bare_yuan(&text.text, &mut numbers);
    let year = sections::year(pasted).and_then(|y| y.parse().ok()).or_else(|| sections::first_year(&text.text));
    let mut tables = tables::read(pasted, &text, &numbers, year);
    // A score table's 分值 and 得分 are points, whatever unit the report gives its money in: read as written,
    // and the tables read again on them.
    let points = numbers::points_as_written(&mut numbers, &tables.points);
    if !points.is_empty() {
        bare_yuan.retain(|end| !points.contains(end));
        tables = tables::read(pasted, &text, &numbers, year);
    }
    let project_rates = project_rates::found(&text.text, &numbers);
    let mut rates = claims::units_rates(&text.text, &numbers, &tables, year, &project_rates);
    rates.retain(|rate| !wrapped_labels::takes_another_rows_figure(pasted, &text, &numbers, rate));
    let mut found = Recognised::read(pasted, &text, &numbers, &tables, year);
    found.bare_yuan.extend(bare_yuan);
    found.leave_to_projects(&text.text, &project_rates.iter().map(|p| p.figures.clone()).collect::<Vec<_>>());
    found.projects_listed_below(&text.text, &project_rates.iter().map(|p| (p.figures.clone(), p.spent)).collect::<Vec<_>>());
    for rate in &rates {
        found.name_figures(&text.text, &numbers, &rate.named, year);
    }
    found.name_budget_of_resultless_formulas(&text.text, &numbers);
    let execution_formulas = rates.iter().filter(|r| r.id == IndicatorId::BudgetExecution && r.name != claims::HUNAN_COMPLETION);
    found.execution_formulas = execution_formulas.filter_map(|r| r.formula).collect();
    found.set_apart_the_budget_before_carryover(&text.text);
    found.settle_conflicts();
    let all_policy = rates.iter().any(|r| r.id == IndicatorId::BudgetControlAdjusted) && found.all_additions_policy(&text.text);
    let basis = Basis::new(&found, &text.text);
    // A part of 基本支出 the total and a rate bear out otherwise: the rates are judged on what they bear out.
    let basis = if part_slip::settle(&mut found, &text.text, &rates, &basis, &tables, &numbers) { Basis::new(&found, &text.text) } else { basis };

    let mut phrases: Vec<Phrase> = rates
        .iter()
        .map(|rate| {
            let mut judged = judge_rate(rate, &basis);
            // The policy figure is the text's words, not a figure it states: say where it comes from.
            if all_policy && rate.id == IndicatorId::BudgetControlAdjusted {
                judged.notes.push("报告写明年中追加全部属政策性因素，政策性追加按年中追加全额计".to_string());
            }
            judged.notes.extend(on_an_implied_part(rate, &found));
            if bracketed_negative(pasted, &text, rate) {
                judged.notes.push(format!("报告以括号表示负数：（{}）即{}", rate.written.trim_start_matches('-'), rate.written));
            }
            Phrase { start: rate.start, end: rate.end, checks: vec![(rate.id.id(), judged)] }
        })
        .collect();
    // A table of the unit's indicators states its rates in their rows: a rate its figures can neither bear
    // out nor refute says no more there than in the sentence beside it, and is left unmarked.
    for mut rate in unit_indicators::stated(pasted, &text, &numbers) {
        // The same rate stated with its formula in the text: the row's value is that formula's result.
        let restated = rates.iter().find(|r| r.name == rate.name && r.value == rate.value && r.formula.is_some());
        rate.formula = rate.formula.or_else(|| restated.and_then(|r| r.formula));
        let judged = judge_rate(&rate, &basis);
        if judged.verdict != Verdict::Unverifiable {
            phrases.push(Phrase { start: rate.start, end: rate.end, checks: vec![(rate.id.id(), judged)] });
        }
    }
    // The funds rows' 得分 of 自评表s (年度资金总额 | … | 分值 | 执行率 | 得分), where each ends: a rule printed under
    // one is read up to the next, a project's total under its sheet adds it.
    let mut funds_scores: Vec<(usize, rust_decimal::Decimal)> =
        tables.stated.iter().filter(|s| is_funds_score(s)).filter_map(|s| numbers.get(s.number).map(|n| (n.end, n.value))).collect();
    crate::core::order::sort_by_key(&mut funds_scores, |(end, _)| *end);
    // A funds row's 得分 off SPEC §12's rule: where it stands and by how much (for the 总分 that adds it up).
    let mut funds_off: Vec<(usize, rust_decimal::Decimal)> = Vec::new();
    for stated in &tables.stated {
        let Some(number) = numbers.get(stated.number) else { continue };
        let judged = match stated.id {
            "budget_execution" | "staff_control" | "public_expense_control" | "sangong_control" => table_rate(&text.text, number, stated).map(|rate| judge_rate(&rate, &basis)),
            // A funds row's 得分 by the rule its sheet prints for it, where one does.
            _ if is_funds_score(stated) => {
                let until = funds_scores.iter().map(|(end, _)| *end).find(|end| *end > number.end).unwrap_or(text.text.len());
                let by_rule = stated.points.and_then(|points| funds_rule::judged(&text.text, number.end, until, number.value, points, (stated.executed, stated.budget)));
                let by_spec = by_rule.is_none().then(|| judge_row(&text.text, number, stated)).flatten();
                if let Some(right) = by_spec.as_ref().filter(|j| j.verdict == Verdict::Mismatch).and_then(|_| verdicts::funds_score(stated)) {
                    funds_off.extend(number.value.minus(right).map(|off| (number.start, off)));
                }
                by_rule.or(by_spec)
            }
            _ => judge_row(&text.text, number, stated),
        };
        if let Some(judged) = judged {
            phrases.push(Phrase { start: number.start, end: number.end, checks: vec![(stated.id, judged)] });
        }
    }
    // A table of projects' 合计 row: what its rows spent must make it.
    for (index, value, rows) in &tables.project_totals {
        let Some(number) = numbers.get(*index) else { continue };
        // A bare figure of a table in 元, held in 万元: shown in 元 as written.
        if *value != number.value {
            found.bare_yuan.push(number.end);
        }
        let stated = figures::Stated { value: *value, start: number.start, end: number.end };
        let total = figures::StatedTotal { id: "projects", stated, parts: Some(parts::Parts { items: rows.clone(), partial: false }), in_table: true };
        if let Some(judged) = judge_total(&total, &text.text, &found) {
            phrases.push(Phrase { start: number.start, end: number.end, checks: vec![("projects", judged)] });
        }
    }
    // A 项目支出绩效自评表's 年度资金总额: its sources (其中：当年财政拨款 …) make it, column by column.
    for sum in &tables.funds_sums {
        let (Some(number), Some(judged)) = (numbers.get(sum.number), funds_sources::judged(sum, &numbers)) else { continue };
        phrases.push(Phrase { start: number.start, end: number.end, checks: vec![("project.funds", judged)] });
    }
    // A 自评表's 绩效指标 rows (a project's, or the unit's own): each 得分 by the rules of SPEC §12.
    // Rows scored off what their rule allows: where each stands, and by how much (above it: more than 0).
    let mut off_their_rule: Vec<(usize, rust_decimal::Decimal)> = Vec::new();
    for rows in &tables.indicator_tables {
        let id = if rows.iter().any(|typed| typed.of_a_project) { "project.indicator" } else { "indicator_score" };
        for (index, judged, most) in indicator_rows::judged(rows, year) {
            let Some(number) = numbers.get(index) else { continue };
            off_their_rule.extend(most.and_then(|most| number.value.minus(most)).map(|over| (number.start, over)));
            phrases.push(Phrase { start: number.start, end: number.end, checks: vec![(id, judged)] });
        }
    }
    // A row of an indicator table scored by the rule printed under it or beside it (实际完成值 × 分值, points
    // off past a bound): the report's arithmetic, off it either way is the row's slip.
    for (range, judged, off) in rule_rows::judged(pasted, &text).into_iter().chain(rule_rows::judged_by_column(pasted, &text)) {
        // A row judged by its target above as well is off by its slip once.
        if !off_their_rule.iter().any(|(at, _)| *at == range.start) {
            off_their_rule.extend(off.map(|off| (range.start, off)));
        }
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("indicator_score", judged)] });
    }
    for total in &tables.score_totals {
        let Some(number) = numbers.get(total.number) else { continue };
        // A total that adds up its rows as written, one of them off its rule: it follows that row's slip.
        let funds = funds_off.iter().filter(|(at, _)| total.funds_at.is_some_and(|from| (from..total.header_at).contains(at)));
        let off = off_their_rule.iter().filter(|(at, _)| (total.header_at..number.start).contains(at)).chain(funds).map(|(_, off)| *off);
        let judged = score_total::of_table(number.value, &total.sums.scores);
        let mut checks = vec![("score_total", score_total::after_rows_off_their_rule(judged, number.value, off))];
        // The 分值 the total row gives: their sum is checked too, marked on its own figure where it is wrong.
        let points = total.points_number.and_then(|i| numbers.get(i)).zip(total.sums.points.as_ref());
        if let Some((stated, parts)) = points {
            let judged = score_total::of_points(stated.value, parts);
            match judged.verdict {
                Verdict::Mismatch => phrases.push(Phrase { start: stated.start, end: stated.end, checks: vec![("score_total", judged)] }),
                _ => checks.push(("score_total", judged)),
            }
        }
        phrases.push(Phrase { start: number.start, end: number.end, checks });
        // Each 一级 subtotal its own column states: the sum of the 得分 of the rows under it.
        for (group, index, value) in &total.subtotals {
            let (Some(number), Some((_, sum))) = (numbers.get(*index), total.sums.scores.iter().find(|(name, _)| name == group)) else { continue };
            phrases.push(Phrase { start: number.start, end: number.end, checks: vec![("score_total", score_total::of_group(group, *value, *sum))] });
        }
    }
    // A total said in words of its row (“合计 | 100 | 自评得分96.0分”): the sum of the rows' 得分 (or of their 分值
    // less their 扣分, where no 得分 is listed).
    for total in &tables.said_totals {
        let derived = total.derived.then(|| "表中未列各项得分，各项得分按其分值减扣分计".to_string());
        let judged = score_total::of_table(total.stated, &total.sums.scores).noted(derived);
        phrases.push(Phrase { start: total.range.start, end: total.range.end, checks: vec![("score_total", judged)] });
    }
    // The year-end balance's change on last year's (上年结转).
    let balances = (found.value("spend.closing_balance"), found.value("budget.carryover"));
    for (range, judged) in carryover_change::judged(&text.text, &numbers, balances) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("carryover_change", judged)] });
    }
    // A score table's 扣分 column, row by row: 分值 less 得分.
    // Where the table's total bears out the 分值 less the 扣分, a row's 得分 written otherwise is the slip, there.
    for deduction in &tables.deductions {
        let at = if deduction.score_slip { deduction.score_number } else { deduction.number };
        let Some(number) = numbers.get(at) else { continue };
        let total = tables.score_totals.iter().filter(|t| t.number > deduction.score_number).find_map(|t| numbers.get(t.number)).map(|n| n.value);
        phrases.push(Phrase { start: number.start, end: number.end, checks: vec![("score_total", deduction.judged(total))] });
    }
    // Sums the text states over the items it lists after or before them: the projects' overall rate, a
    // project's sub-items, a listed sum, an amount restated, a saving, a project's items under its spending;
    // and a grade on its score.
    let formula_sums = formula_sums::judged(&text.text, &numbers);
    // Where a sum written out wrong ends: the share written after it is of the sum it should have made.
    let slipped_sums: Vec<usize> = formula_sums.iter().filter(|(_, j)| j.verdict == Verdict::Mismatch).map(|(r, _)| r.end).collect();
    let listed = [
        ("project.execution", projects_total::judged(&text.text, &numbers)),
        ("sub_items", sub_items::judged(&text.text, &numbers)),
        ("listed_sum", listed_sum::all(&text.text)),
        ("restated", restated::judged(&text.text, &numbers)),
        ("savings", savings::judged(&text.text, &numbers)),
        ("savings_rate", savings::rates(&text.text, &numbers)),
        ("score_grade", grade::judged(&text.text)),
        ("project.spend", project_parts::of_spending_sentences(&text.text, &numbers)),
        ("project.funds", project_sources::judged(&text.text, &numbers)),
        ("sangong", sangong_vehicles::judged(&text.text, &numbers)),
        ("rate_change", rate_points::judged(&text.text, &numbers)),
        ("score_from_rate", rate_score::judged(&text.text)),
        ("score_from_rate", rate_score::beside_its_rule(&text.text)),
        ("plan_rate", plan_rates::judged(&text.text, &numbers)),
        ("formula_sum", formula_sums),
    ];
    // Score lines each with its 分值, 评分标准 and 得分 over their total: a row by its printed product, the total their sum.
    for (id, range, judged) in rule_lines::judged_in(pasted, &text) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![(id, judged)] });
    }
    for (id, sums) in listed {
        for (range, judged) in sums {
            phrases.push(Phrase { start: range.start, end: range.end, checks: vec![(id, judged)] });
        }
    }
    // An item's 控制率 after its own budget and actual (a “三公” part, 会议费) — the unit's rates are claims of their own.
    for (range, judged) in item_control::judged(&text.text, &numbers) {
        let claimed = rates.iter().any(|r| r.start < range.end && range.start < r.end) || tables.rows.iter().any(|row| row.contains(&range.start));
        if !claimed {
            phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("item_control", judged)] });
        }
    }
    // A table of two years side by side: each row's change and its rate.
    for (id, range, judged) in two_year_table::judged(&text.text, &numbers) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![(id, judged)] });
    }
    // A project table's spending 合计 is judged on its projects' rows above: the other columns here.
    for total in tables.column_totals.iter().filter(|t| !tables.project_totals.iter().any(|(index, _, _)| *index == t.number)) {
        let Some(number) = numbers.get(total.number) else { continue };
        let judged = part_slip::table_total_judged(total, &numbers, &found).unwrap_or_else(|| column_totals::judged(total, &numbers));
        phrases.push(Phrase { start: number.start, end: number.end, checks: vec![("table_total", judged)] });
    }
    // A project's row over its sub-items' rows: what they spent must make its spending.
    for total in &tables.sub_item_totals {
        let Some(number) = numbers.get(total.number) else { continue };
        phrases.push(Phrase { start: number.start, end: number.end, checks: vec![("sub_items", column_totals::judged(total, &numbers))] });
    }
    // A table's cell is a figure restated — unless it is a total over its table's own rows of parts that
    // the text does not state as well (“支出合计 | … | 9363417.15” beside “全年实际支出9,360,417.15元”).
    let restated = |t: &figures::StatedTotal| found.totals.iter().any(|o| !o.in_table && o.id == t.id && o.stated.value == t.stated.value);
    // A 部门汇总's head counts unit by unit, each 编制 beside its 实有: the department's totals judged on them.
    // Parts read for such a total are kept where they make it (行政、事业、工勤), else were the units' posts
    // and people taken as one list.
    let mut by_units: Vec<Phrase> = unit_staff::judged(&text.text, &numbers)
        .into_iter()
        .map(|(range, id, judged)| Phrase { start: range.start, end: range.end, checks: vec![(id, judged)] })
        .collect();
    let units_counts = unit_staff::units_counts(&text.text, &numbers);
    let restated_totals = restated_otherwise(&found, &text.text, &tables.project_totals);
    // Figures stated twice, marked as a slip where they stand (below): a total listing one is judged on the other.
    let slips = transposed_slips(&found, &text.text);
    for total in found.totals.iter().filter(|t| !t.in_table || t.parts.is_some() && !restated(t)) {
        // Stated otherwise than the figure the parts confirm: judged on that figure, below.
        if restated_totals.iter().any(|(restated, _)| std::ptr::eq(*restated, total)) {
            continue;
        }
        // A figure inside a rate's formula is part of that claim.
        if rates.iter().any(|r| r.start <= total.stated.start && total.stated.end <= r.end) {
            continue;
        }
        if matches!(total.id, "quota" | "staff") && units_counts.iter().any(|u| u.end == total.stated.end) {
            continue;
        }
        let judged = judge_total(total, &text.text, &found).map(|j| settled_by(j, total, &found));
        // A part marked as restated otherwise where it stands: the total is judged on the figure confirmed.
        let judged = match on_confirmed_parts(total, &restated_totals, &slips, &text.text, &found) {
            Some((confirmed, notes)) => judge_total(&confirmed, &text.text, &found).filter(|j| j.verdict == Verdict::Ok).map(|j| Judged { notes: [j.notes, notes].concat(), ..j }).or(judged),
            None => judged,
        };
        if judged.as_ref().is_some_and(|j| j.verdict == Verdict::Mismatch) && slip_claimed_where_its_parts_stand(total, &found) {
            continue;
        }
        if let Some(on_units) = by_units.iter_mut().find(|p| p.end == total.stated.end && p.checks.iter().any(|(id, _)| *id == total.id)) {
            on_units.checks.extend(judged.filter(|j| j.verdict == Verdict::Ok).map(|j| (total.id, j)));
            continue;
        }
        let mut checks: Vec<(&'static str, Judged)> = judged.map(|j| (total.id, j)).into_iter().collect();
        if total.id == "spend" && carries_the_balance(total, &found, &text.text) {
            checks.extend(judge_balance(&total.stated, &text.text, &found, &basis).map(|j| ("funds_balance", j)));
        }
        if !checks.is_empty() {
            phrases.push(Phrase { start: total.stated.start, end: total.stated.end, checks });
        }
    }
    // A figure stated twice, one statement borne out by the sums, the other its digits transposed: a slip there.
    for (range, judged) in slips {
        if !rates.iter().any(|r| r.start <= range.start && range.end <= r.end) {
            phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("restated_figure", judged)] });
        }
    }
    // A “三公” part the prose and a table give differently: 不符 in the table where its “三公” row settles it.
    let (sangong_slips, sangong_remarks) = sangong_twice::judged(pasted, &text, &numbers);
    for (range, judged) in sangong_slips {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("restated_figure", judged)] });
    }
    remarks.extend(sangong_remarks);
    for (range, judged) in classified::judged(&text.text, &numbers, found.total("spend"), found.total("annual_budget"), found.total("income")) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("spend_by_class", judged)] });
    }
    phrases.extend(by_units);
    // A 部门汇总's spending or budget unit by unit, in the sentence after its total: the units make that total.
    for (range, id, judged) in unit_amounts::judged(&text.text, &numbers, &found.totals) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![(id, judged)] });
    }
    // The projects' budget stated with the 项目支出 their list makes: what the listed projects were budgeted.
    for total in found.totals.iter().filter(|t| t.id == "projects" && !t.in_table) {
        if let Some((range, judged)) = project_list::budget_judged(&text.text, &numbers, total.stated.end) {
            phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("projects_budget", judged)] });
        }
    }
    // The sums on the line closing a list of projects, or opening it with their count: what the listed
    // projects were budgeted and spent.
    for (range, id, judged) in project_list::closing_sums(&text.text, &numbers).into_iter().chain(project_list::opening_sums(&text.text, &numbers)) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![(id, judged)] });
    }
    // A part stated otherwise than the figure the report confirms: its share is of that figure.
    let restated_parts: Vec<(usize, Decimal)> = restated_totals.iter().map(|(total, confirmed)| (total.stated.end, *confirmed)).collect();
    for &(total, confirmed) in &restated_totals {
        let judged = verdicts::judge_restated(total, confirmed, &text.text, &found);
        phrases.push(Phrase { start: total.stated.start, end: total.stated.end, checks: vec![(total.id, judged)] });
    }
    // A project's rate restated by its name alone, its figures in a table's row or in brackets by its name.
    let mut known_projects = table_projects(&text.text, &tables);
    known_projects.extend(project_rates::bracketed_projects(&text.text, &numbers));
    known_projects.extend(project_rates::budgeted_projects(&text.text, &numbers));
    known_projects.extend(project_rates::respective_projects(&text.text, &numbers));
    // A project read with its own figures and rate (“（2）档案数字化，年度预算…，支出…，执行率…”) is known by its name too.
    known_projects.extend(project_rates.iter().map(|p| project_rates::KnownProject { name: p.name.clone(), spent: p.spent, budget: p.budget, in_yuan: p.in_yuan }));
    let judged_already: Vec<Range<usize>> = project_rates.iter().map(|r| r.range.clone()).chain(tables.rows.iter().cloned()).collect();
    for (range, judged) in project_rates::restated_by_name(&text.text, &numbers, &known_projects, &judged_already) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("project.execution", judged)] });
    }
    for (range, judged) in project_rates::carried_over(&text.text, &numbers, &known_projects) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("project.carryover", judged)] });
    }
    for (range, judged) in project_rates::all_projects_rate(&text.text, &numbers, &known_projects, found.total("projects"), &judged_already) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("project.execution", judged)] });
    }
    for (range, judged) in running_totals::judged(pasted, &text, &numbers, found.total("annual_budget")) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("running_total", judged)] });
    }
    for (range, judged) in shares::judged(&text.text, &numbers, found.total("spend"), found.total("annual_budget"), &slipped_sums, &restated_parts) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("share", judged)] });
    }
    for (range, judged) in listed_projects::judged(&text.text, &numbers, &project_rates) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("project.spend", judged)] });
    }
    for (range, judged) in group_subtotals::judged(&text.text, &numbers, &project_rates) {
        phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("project.subtotal", judged)] });
    }
    for rate in project_rates {
        if let Some((span, judged)) = project_parts::judged(&text.text, &numbers, &rate) {
            phrases.push(Phrase { start: span.start, end: span.end, checks: vec![("project.spend", judged)] });
        }
        phrases.push(Phrase { start: rate.range.start, end: rate.range.end, checks: vec![("project.execution", rate.judged)] });
    }
    let on_this_years = growth::on_this_years_spending(&text.text, &numbers, found.total("spend"), found.value("sangong.actual"));
    let on_last_years = growth::on_last_years_spending_elsewhere(&text.text, &numbers, found.total("spend"), year);
    let on_the_initial = growth::on_the_initial_budget(&text.text, &numbers);
    let on_a_named_year = growth::on_a_named_years_amount(&text.text, &numbers, found.total("spend"), found.value("sangong.actual"), year);
    let mut growths: Vec<growth::Growth> = growth::stated(&text.text, &numbers, year).into_iter().chain(on_this_years).chain(on_last_years).chain(on_the_initial).collect();
    // A rate read another way already is not claimed again.
    let named_year_only: Vec<growth::Growth> = on_a_named_year.into_iter().filter(|g| !growths.iter().any(|other| other.span.end == g.span.end)).collect();
    growths.extend(named_year_only);
    for growth in growths {
        let judged = verdicts::judge_growth(&growth);
        let judged = match judged.verdict {
            Verdict::Mismatch => judged_on_the_totals_parts(&growth, &found, &text.text).unwrap_or(judged),
            _ => judged,
        };
        let mut checks = vec![("growth", judged)];
        // The change amount stands inside the rate's phrase: written wrong, it is what the phrase is marked
        // for, the rate's verdict beside it; written right, it adds nothing.
        let stated_change = growth.stated_change.as_ref().and_then(|c| two_year_table::judge_change(c.value.abs(), c.decimals, growth.change.abs(), growth.in_yuan));
        checks.extend(stated_change.filter(|judged| judged.verdict == Verdict::Mismatch).map(|judged| ("change", judged)));
        phrases.push(Phrase { start: growth.span.start, end: growth.span.end, checks });
    }
    // A score table's total ends where its rows' scores may be restated in the sentence below it.
    let score_tables: Vec<(usize, &[(String, rust_decimal::Decimal)])> =
        tables.score_totals.iter().filter_map(|total| Some((numbers.get(total.number)?.end, total.sums.scores.as_slice()))).collect();
    for total in &tables.score_totals {
        phrases.extend(announced_score(&text.text, total.header_at, &total.sums.scores, true));
    }
    // A whole rubric's table without a total row: the total is the one stated just above it, its 分值 make 100.
    for (header_at, sums) in &tables.untotalled {
        let Some(mut phrase) = announced_score(&text.text, *header_at, &sums.scores, false) else { continue };
        phrase.checks.extend(sums.points.as_deref().map(|points| ("score_total", score_total::of_points(rust_decimal::Decimal::ONE_HUNDRED, points))));
        phrases.push(phrase);
    }
    sentence_claims(&text.text, &score_tables, &funds_scores, &mut phrases);
    // A 自评表's funds figure the prose gives otherwise for the same project: on the figure, beside what
    // else was checked there (its row's own sums), so that the mark is not lost under theirs.
    for (range, judged) in sheet_twice::judged(pasted, &text, &numbers, year) {
        match phrases.iter_mut().find(|p| p.start == range.start && p.end == range.end) {
            Some(phrase) => phrase.checks.push(("project_figure_twice", judged)),
            None => phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("project_figure_twice", judged)] }),
        }
    }
    // Money stated as a count times its standard: on the amount, beside what else was checked there.
    for (range, judged) in unit_standard::judged(&text.text, &numbers) {
        let overlaps = phrases.iter().any(|p| p.start < range.end && range.start < p.end);
        match phrases.iter_mut().find(|p| p.start == range.start && p.end == range.end) {
            Some(phrase) => phrase.checks.push(("product", judged)),
            // Never one that would hide another claim's mark.
            None if !overlaps => phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("product", judged)] }),
            None => {}
        }
    }
    in_order(&mut phrases);
    let mut claims: Vec<Claim> = Vec::with_capacity(phrases.len());
    let mut covered = 0;
    for phrase in phrases {
        // One phrase, one mark: a phrase inside another one already claimed is not marked twice.
        if phrase.start < covered {
            continue;
        }
        covered = phrase.end;
        let span = whole_phrase(pasted, &text, phrase.start, phrase.end);
        claims.push(Claim::merged(span.clone(), text.quote(pasted, &span), phrase.checks));
    }
    remarks.extend(basis.figure_remarks());
    remarks.extend(unchecked_score_totals(&tables, &numbers));
    remarks.extend(stated_twice(&rates));
    remarks.extend(conflicting(&found, &text.text));
    Audit { claims, remarks }
}

/// “变动率为（7.69%）”: a rate whose minus the report wrote as brackets round it.
fn bracketed_negative(pasted: &str, text: &Normalised, rate: &StatedRate) -> bool {
    let Some(at) = rate.written.starts_with('-').then(|| text.text.get(rate.start..rate.end)?.find(&rate.written)).flatten() else { return false };
    text.bracketed_minus(pasted, rate.start + at)
}

/// A score table's total whose rows could not be read as its parts (a header or merged cells not made
/// out): said, so that a table left unchecked is not taken for one found right.
fn unchecked_score_totals(tables: &tables::Tables, numbers: &[numbers::Number]) -> Vec<String> {
    let unchecked = tables.unchecked_totals.iter().filter_map(|(label, index)| Some((label, numbers.get(*index)?)));
    unchecked.map(|(label, number)| format!("评分表的{label}{}分未核对：未能确定表中哪些行的得分计入{label}，请人工核对", verdicts::trim(number.value))).collect()
}

/// “全年支出1,433.00万元，其中基本支出…、项目支出…” and later “全年支出1,433.00万元÷全年预算数…”: the same figure
/// again, with no parts of its own, where its parts are listed once — a sum that does not make it is one slip,
/// claimed where the parts stand, not again at each restatement.
/// “全年支出777.68万元，其中基本支出439.63万元，项目支出348.05万元” where the 项目支出 is marked as written otherwise
/// than the figure the report confirms (338.05): the 支出合计 with that part at its confirmed figure, and a note
/// on each part so replaced — one slip, marked once, where it stands.
/// A total whose listed parts include a figure marked as a slip where it stands — a 基本支出 or 项目支出 restated
/// otherwise (in a 支出合计's list), a part written here otherwise than the value its other statements settle
/// (“公用经费248.63” beside “284.63” everywhere else) — judged on the confirmed figure: one slip, one mark, where
/// it was written.
fn on_confirmed_parts(total: &figures::StatedTotal, restated: &[(&figures::StatedTotal, Decimal)], slips: &[(Range<usize>, Judged)], text: &str, found: &Recognised) -> Option<(figures::StatedTotal, Vec<String>)> {
    let parts = total.parts.as_ref()?;
    // (the part's name, the figure written, the one confirmed, whether written in 元)
    let mut confirmed: Vec<(String, Decimal, Decimal, bool)> = Vec::new();
    for (wrong, right) in restated.iter().filter(|(wrong, _)| total.id == "spend" && matches!(wrong.id, "projects" | "basic")) {
        confirmed.push((verdicts::total_name(wrong.id).0.to_string(), wrong.stated.value, *right, found.written_in_yuan(text, &wrong.stated)));
    }
    let marked = |slip: &figures::Stated| slips.iter().any(|(range, _)| range.start == slip.start && range.end == slip.end);
    for settled in found.settled.iter().filter(|s| !s.id.starts_with("staff.") && !s.implied()) {
        let Some(right) = found.value(settled.id) else { continue };
        for slip in settled.elsewhere.iter().filter(|slip| marked(slip)) {
            confirmed.push((crate::core::draft::fields::label_of(settled.id), slip.value, right, found.written_in_yuan(text, slip)));
        }
    }
    let mut items = parts.items.clone();
    let mut notes = Vec::new();
    for item in &mut items {
        let name = text.get(item.name.clone()).unwrap_or_default();
        if let Some((word, wrong, right, in_yuan)) = confirmed.iter().find(|(word, wrong, _, _)| name.contains(word.as_str()) && item.value == *wrong) {
            let shown = verdicts::Shown::of("万元", *in_yuan, [*wrong, *right]);
            notes.push(format!("{word}此处写作{}，与其他数字不合，已在该处标出；按{}核对", shown.text(*wrong), shown.text(*right)));
            item.value = *right;
        }
    }
    (!notes.is_empty()).then(|| (figures::StatedTotal { parts: Some(parts::Parts { items, partial: parts.partial }), ..total.clone() }, notes))
}

fn slip_claimed_where_its_parts_stand(total: &figures::StatedTotal, found: &Recognised) -> bool {
    total.parts.is_none()
        && found.totals.iter().any(|t| t.id == total.id && t.stated.value == total.stated.value && t.stated.start != total.stated.start && t.parts.is_some())
}

/// A total that bears out one of a field's values stated twice says so: the other is the slip.
fn settled_by(judged: Judged, total: &figures::StatedTotal, found: &Recognised) -> Judged {
    if judged.verdict != Verdict::Ok {
        return judged;
    }
    let notes = found.settled.iter().filter(|s| s.by == total.id && !s.implied()).filter_map(|settled| {
        let value = found.value(settled.id)?;
        let label = crate::core::draft::fields::label_of(settled.id);
        Some(format!("{label}在文中另处写作{}，与此处各部分之和不合；按{}核对", amounts(settled.id, &settled.others), amounts(settled.id, &[value])))
    });
    let notes: Vec<String> = notes.collect();
    Judged { notes: [judged.notes, notes].concat(), ..judged }
}

/// A rate that holds on the value a part of 基本支出 should have had, not on the one written: says so, the
/// part being marked where it stands.
fn on_an_implied_part(rate: &StatedRate, found: &Recognised) -> Vec<String> {
    let implied = found.settled.iter().filter(|s| s.implied_for.iter().any(|(at, _)| *at == rate.start));
    implied
        .filter_map(|settled| {
            let value = found.value(settled.id)?;
            let label = crate::core::draft::fields::label_of(settled.id);
            let shown = verdicts::Shown::of("万元", false, settled.others.iter().copied().chain([value]));
            let written: Vec<String> = settled.others.iter().map(|v| shown.text(*v)).collect();
            Some(format!("{label}文中写{}，与基本支出及其他各项不合，已在该处标出；本率按{}（基本支出减其他各项）相符", written.join("、"), shown.text(value)))
        })
        .collect()
}

/// A figure stated with two values, the report's sums bearing out one: the other statement, written with the
/// same digits in another order (“645.30” against “654.30”), is a slip of the pen where it stands. Other values
/// are left to the remark: a figure of another kind read under the label (工资福利支出 as 人员经费) shares no
/// such digits.
fn transposed_slips(found: &Recognised, text: &str) -> Vec<(Range<usize>, Judged)> {
    // At two decimals at least: “23.40” against “23.04” swaps a 0 that dropping trailing zeros would lose.
    let digits = |value: Decimal| {
        let value = value.normalize();
        let decimals = value.scale().max(2) as usize;
        let mut digits: Vec<char> = format!("{value:.decimals$}").chars().filter(char::is_ascii_digit).collect();
        order::sort(&mut digits);
        digits
    };
    let mut slips = Vec::new();
    for settled in &found.settled {
        let Some(right) = found.value(settled.id) else { continue };
        let label = crate::core::draft::fields::label_of(settled.id);
        let borne_out = settled.borne_out_by();
        if settled.implied() {
            slips.extend(settled.elsewhere.iter().filter_map(|slip| implied_slip(found, text, settled, slip, right)));
            continue;
        }
        for slip in settled.elsewhere.iter().filter(|s| s.value != right && digits(s.value) == digits(right)) {
            let counts = matches!(settled.id, "staff" | "quota") || settled.id.starts_with("staff.");
            let shown = verdicts::Shown::of(if counts { "人" } else { "万元" }, false, [slip.value, right]);
            let (written, confirmed) = (shown.text(slip.value), shown.text(right));
            let detail = format!("报告此处写{label}{written}，文中另处写{confirmed}；{confirmed}{borne_out}，此处应为{confirmed}");
            let judged = Judged::new(Verdict::Mismatch, detail);
            // How far off, to rank it among the report's slips as any other.
            let share = right.minus(slip.value).and_then(|d| d.abs().divided_by(right));
            let judged = match share {
                Some(share) => judged.off(share, format!("{label}写{written}，应为{confirmed}")),
                None => judged,
            };
            slips.push((slip.start..slip.end, judged));
        }
    }
    slips
}

/// A part of 基本支出 written otherwise than the total less its other parts leaves, where the total and a
/// rate bear that value out: the slip, marked where it stands.
fn implied_slip(found: &Recognised, text: &str, settled: &figures::Settled, slip: &figures::Stated, right: Decimal) -> Option<(Range<usize>, Judged)> {
    let basic = found.totals.iter().find(|t| t.id == settled.by && t.stated.start < slip.start)?.stated.value;
    let label = crate::core::draft::fields::label_of(settled.id);
    let difference = right.minus(slip.value)?.abs();
    let shown = verdicts::Shown::of("万元", found.written_in_yuan(text, slip), [slip.value, right, basic, difference]);
    let (written, confirmed) = (shown.text(slip.value), shown.text(right));
    let detail = format!(
        "报告此处写{label}{written}，基本支出{}减其他各项应为{confirmed}（基本支出与项目支出之和正为支出合计）；{confirmed}{}，此处应为{confirmed}",
        shown.text(basic),
        settled.borne_out_by()
    );
    let share = difference.divided_by(right)?;
    Some((slip.start..slip.end, Judged::new(Verdict::Mismatch, detail).off(share, format!("{label}写{written}，应为{confirmed}"))))
}

/// The balance is one fact: judged at one mention of each spending figure, not at each one — the mention in
/// the sentence that states the closing balance too (“全年预算数…，支出…，年末结转结余…”), where the slip
/// is, else the first.
fn carries_the_balance(total: &figures::StatedTotal, found: &Recognised, text: &str) -> bool {
    let closing_at = found.fields.get("spend.closing_balance").map(|c| c.start);
    let beside_closing = |t: &&figures::StatedTotal| {
        closing_at.is_some_and(|at| text.get(t.stated.end..at).is_some_and(|between| !between.contains(['。', '\n'])))
    };
    let mut mentions = found.totals.iter().filter(|t| t.id == "spend" && !t.in_table && t.stated.value == total.stated.value);
    let first = mentions.clone().next();
    let chosen = mentions.find(beside_closing).or(first);
    !total.in_table && chosen.is_some_and(|t| t.stated.start == total.stated.start)
}

/// What ends a sentence in the normalised text: a claim read a sentence at a time stays inside one.
pub(crate) const SENTENCE_ENDS: [char; 3] = ['。', ';', '\n'];

/// How many bytes of the sentence after a score's are read at most, where its list of parts may open.
const NEXT_SENTENCE_READ: usize = 3000;

/// A 自评表's funds row's 得分 (年度资金总额 | … | 分值 | 执行率 | 得分), a project's or the unit's.
fn is_funds_score(stated: &tables::Stated) -> bool {
    matches!(stated.id, "project.score" | "funds.total")
}

/// How far above a project's total score its funds row's score is taken (its sheet's source rows between).
const FUNDS_ROW_READ: usize = 1500;

/// Claims read a sentence at a time: the dates of approval and publication, a total score with its parts.
fn sentence_claims(text: &str, score_tables: &[(usize, &[(String, rust_decimal::Decimal)])], funds_rows: &[(usize, rust_decimal::Decimal)], phrases: &mut Vec<Phrase>) {
    let mut start = 0;
    // The funds scores read so far (the rows' and the prose's), and where the last total score ended: a
    // project's total takes the funds score stated since the last total, close above it.
    let mut funds_scores: Vec<(usize, rust_decimal::Decimal)> = Vec::new();
    let mut rows = funds_rows.iter().peekable();
    let mut last_total_end = 0;
    for sentence in text.split_inclusive(SENTENCE_ENDS) {
        // A score's list of parts may open the next sentence, its parts apart by “;” (“分项为：决策指标19分；过程…”).
        // Read within a window several times a real sentence (< 600 bytes), which no real report notices: on a
        // line of “;”-joined scores with no “。” (a table run together), reading the next sentence to the line's
        // end for every clause would take time quadratic in the line's length.
        let next = labels::window_after(text, start + sentence.len(), NEXT_SENTENCE_READ).split_inclusive(['。', '\n']).next().unwrap_or("");
        let with_next = &text[start..start + sentence.len() + next.len()];
        // A walk through the indicator system item by item is read whole, not as its last heading's items.
        let walk = score_walk::walked(&text[..start], sentence);
        for (range, judged) in walk.iter().flat_map(|walk| walk.slips.iter().cloned()) {
            phrases.push(Phrase { start: range.start, end: range.end, checks: vec![("score_total", judged)] });
        }
        if let Some(walk) = &walk {
            rows_beside_walk(&walk.groups, start + sentence.len(), score_tables, phrases);
        }
        funds_scores.extend(std::iter::from_fn(|| rows.next_if(|(end, _)| *end <= start + sentence.len())).copied());
        let funds = funds_scores.last().filter(|(end, _)| *end > last_total_end && start.saturating_sub(*end) <= FUNDS_ROW_READ).map(|(_, score)| *score);
        let score = score_total::judged(with_next, sentence.len(), funds)
            .or_else(|| match walk {
                Some(walk) if !walk.flat => walk.total,
                // Lines that each state a part's score (“（二）过程指标…，自评得分26.5分”) are read as parts first.
                _ => score_total::after_parts(&text[..start], sentence).or_else(|| walk.and_then(|walk| walk.total)),
            })
            .or_else(|| score_total::rows_total(&text[..start], sentence))
            .or_else(|| score_total::before_total(&text[..start], sentence))
            .or_else(|| score_total::parts_below(sentence, text.get(start + sentence.len()..).unwrap_or_default()))
            .or_else(|| {
                // The sentence just under a score table (“合计 | 100 | 90⏎…自评总得分90分…”) restates its total.
                let parts = score_tables.iter().find(|(end, _)| text.get(*end..start).is_some_and(|between| between.trim().is_empty()))?.1;
                score_total::after_table(sentence, parts)
            });
        // Its parts restated from a score table above whose rows bear the total out: the part is the slip.
        let score = score.map(|(range, judged)| {
            let table = score_tables.iter().rev().find(|(end, _)| *end <= start).map(|(_, parts)| *parts);
            let blamed = table.filter(|_| judged.verdict == Verdict::Mismatch).and_then(|parts| score_total::blamed_part(with_next.get(range.clone())?, parts));
            (range, blamed.unwrap_or(judged))
        });
        let disclosures = disclosure::all_judged(sentence).into_iter().map(|found| ("disclosure_timeliness", found));
        let funds_line = score_total::funds_line(sentence);
        if let Some((range, _)) = &funds_line {
            funds_scores.extend(score_total::points_after(sentence, range.start + "得分".len()).map(|(score, _)| (start + range.end, score)));
        }
        if let Some((range, _)) = &score {
            last_total_end = start + range.end;
        }
        let others = [("funds.total", funds_line), ("score_total", score)].into_iter().filter_map(|(id, judged)| Some((id, judged?)));
        for (id, (range, judged)) in disclosures.chain(others) {
            phrases.push(Phrase { start: start + range.start, end: start + range.end, checks: vec![(id, judged)] });
        }
        start += sentence.len();
    }
}

/// A score table just under a walk through the indicator system (the walk's total ends at `after`) whose
/// total is wrong: its rows that differ from what the walk's items make under the same heading are noted.
fn rows_beside_walk(groups: &[(&str, rust_decimal::Decimal)], after: usize, score_tables: &[(usize, &[(String, rust_decimal::Decimal)])], phrases: &mut [Phrase]) {
    // The table's total within a few lines of the walk's (its title and header between).
    let Some((end, rows)) = score_tables.iter().find(|(end, _)| (after..after.saturating_add(600)).contains(end)) else { return };
    let notes = score_walk::rows_apart(groups, rows);
    let wrong_totals = phrases.iter_mut().filter(|p| p.end == *end).flat_map(|p| p.checks.iter_mut());
    for (_, judged) in wrong_totals.filter(|(id, judged)| *id == "score_total" && judged.verdict == Verdict::Mismatch) {
        judged.notes.extend(notes.iter().cloned());
    }
}

/// The total score the paragraph just above a score table (its header at `header_at`, its rows' scores
/// `scores`) states, announcing it (“…自评得分为89.5分，等级为“良”。评分情况如下表：”, perhaps over the
/// table's title): it is the table's total, the sum of its rows. Unless `announced`, the paragraph need not
/// say the table follows (a table of a whole rubric, without its own total).
fn announced_score(text: &str, header_at: usize, scores: &[(String, rust_decimal::Decimal)], announced: bool) -> Option<Phrase> {
    let above = text.get(..header_at)?;
    let mut end = above.trim_end().len();
    for _ in 0..2 {
        let start = text[..end].rfind(text::BREAK).map_or(0, |at| at + text::BREAK.len_utf8());
        let paragraph = &text[start..end];
        let says_so = !announced || ["如下", "下表"].iter().any(|w| paragraph.contains(w));
        if let Some((range, judged)) = says_so.then(|| score_total::after_table(paragraph, scores)).flatten() {
            return Some(Phrase { start: start + range.start, end: start + range.end, checks: vec![("score_total", judged)] });
        }
        end = text[..start].trim_end().len();
    }
    None
}

/// A change on a stated total that the audit finds wrong against its parts, judged on those parts: the
/// total is the slip (marked where it stands), not the rate.
fn judged_on_the_totals_parts(growth: &growth::Growth, found: &figures::Recognised, text: &str) -> Option<Judged> {
    let at = growth.this_year_at?;
    // A total's phrase runs from its label to its figure.
    let total = found.totals.iter().find(|t| (t.stated.start..t.stated.end).contains(&at))?;
    let rejected = verdicts::judge_total(total, text, found).is_some_and(|j| j.verdict == Verdict::Mismatch);
    let parts = verdicts::complete_parts_sum(total, found).filter(|_| rejected)?;
    verdicts::judge_growth_on_parts(growth, parts)
}

/// The projects a table of projects gives with their budget and spending, by the name in their row.
fn table_projects(text: &str, tables: &tables::Tables) -> Vec<project_rates::KnownProject> {
    let of_a_project = tables.stated.iter().filter(|s| s.id == "project.execution");
    of_a_project
        .filter_map(|s| {
            let name: String = text.get(s.project.clone()?)?.chars().filter(|c| !c.is_whitespace()).collect();
            Some(project_rates::KnownProject { name, spent: s.executed, budget: s.budget, in_yuan: s.in_yuan })
        })
        .collect()
}

/// Phrases in the order they stand. Each source gives them in order already, so an insertion sort does
/// little work, and costs far less Wasm than the standard library's sorts.
fn in_order(phrases: &mut [Phrase]) {
    for i in 1..phrases.len() {
        let mut j = i;
        while j > 0 && phrases[j - 1].start > phrases[j].start {
            phrases.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// How a report names its unit between a year and a figure.
const SUBJECTS: [&str; 8] = ["本局", "本单位", "本部门", "我局", "我单位", "我会", "全局", "本会"];

/// The pasted range of a phrase, with the year before it (“2024年支出…”) and its opening quote.
fn whole_phrase(pasted: &str, text: &Normalised, start: usize, end: usize) -> Range<usize> {
    let year_start = |before: &str, label_starts_with_year: bool| {
        let stem = before.strip_suffix("年度").or_else(|| before.strip_suffix('年')).or_else(|| label_starts_with_year.then_some(before))?;
        (stem.len() >= 4 && stem.as_bytes()[stem.len() - 4..].iter().all(u8::is_ascii_digit)).then(|| stem.len() - 4)
    };
    let before = &text.text[..start];
    // “2024年本局支出总额…”: the unit may be named between the year and the label.
    let subject = SUBJECTS.iter().find_map(|s| before.strip_suffix(s));
    let start = subject
        .and_then(|b| year_start(b, false))
        .or_else(|| year_start(before, text.text[start..].starts_with('年')))
        .unwrap_or(start);
    let mut span = text.span(pasted, start, end);
    while let Some(quote) = pasted[..span.start].chars().next_back().filter(|c| "“‘\"'「『".contains(*c)) {
        span.start -= quote.len_utf8();
    }
    // “全年支出（2,072.64万元）”: a figure read out of its brackets is marked with them.
    let opened = |c: char| "（(".contains(c);
    let closed = |c: char| "）)".contains(c);
    let phrase = &pasted[span.clone()];
    if phrase.chars().filter(|c| opened(*c)).count() > phrase.chars().filter(|c| closed(*c)).count() {
        span.end += pasted[span.end..].chars().next().filter(|c| closed(*c)).map_or(0, char::len_utf8);
    }
    span
}

impl Claim {
    /// One claim of all that was checked on one phrase: its verdict the worst (a mismatch before what
    /// holds, what holds before what cannot be checked), the rest said in its notes.
    fn merged(span: Range<usize>, stated: String, mut checks: Vec<(&'static str, Judged)>) -> Self {
        let rank = |v: Verdict| match v {
            Verdict::Mismatch => 0,
            Verdict::KnockOn => 1,
            Verdict::Ok => 2,
            Verdict::Unverifiable => 3,
        };
        let decisive = (0..checks.len()).min_by_key(|&i| rank(checks[i].1.verdict)).unwrap_or(0);
        let (id, judged) = checks.remove(decisive);
        let mut notes = judged.notes;
        for (_, other) in checks {
            notes.push(format!("另：{}", other.detail));
            notes.extend(other.notes);
        }
        Claim { id: id.to_string(), span, stated, verdict: judged.verdict, detail: judged.detail, notes, off_by: judged.off_by }
    }
}

/// A reader of claims in the normalised text: each with its range and verdict.
#[cfg(test)]
type Reader = fn(&str, &[numbers::Number]) -> Vec<(Range<usize>, Judged)>;

/// The verdicts a reader of the text's sums (`judged`) gives `pasted`, normalised as the audit reads it.
#[cfg(test)]
fn verdicts_of(pasted: &str, judged: Reader) -> Vec<Verdict> {
    let text = Normalised::new(pasted).text;
    judged(&text, &numbers(&text)).into_iter().map(|(_, j)| j.verdict).collect()
}

/// The text up to [`MAX_TEXT`] (at a character boundary), and a remark when it was cut.
fn bounded(pasted: &str) -> (&str, Vec<String>) {
    if pasted.len() <= MAX_TEXT {
        return (pasted, vec![]);
    }
    let mut end = MAX_TEXT;
    while !pasted.is_char_boundary(end) {
        end -= 1;
    }
    (&pasted[..end], vec![format!("文本超过{}MB，只核对了前{}MB", MAX_TEXT >> 20, MAX_TEXT >> 20)])
}

/// A rate stated twice with two values is itself a finding.
fn stated_twice(rates: &[StatedRate]) -> Vec<String> {
    let mut remarks: Vec<String> = Vec::new();
    // Rates on a basis the report names (“如不含…”, “年初预算口径：…”) are other figures, not the same one twice.
    let rates: Vec<&StatedRate> = rates.iter().filter(|r| r.bound == claims::Bound::Exactly && !r.qualified && !r.basis_named).collect();
    for (i, rate) in rates.iter().enumerate() {
        let earlier = rates[..i].iter().any(|r| r.id == rate.id && r.name == rate.name);
        if earlier {
            continue;
        }
        let mut values: Vec<&StatedRate> = Vec::new();
        for other in rates.iter().filter(|r| r.id == rate.id && r.name == rate.name) {
            if !values.iter().any(|v| v.value == other.value) {
                values.push(other);
            }
        }
        if values.len() > 1 {
            let written: Vec<&str> = values.iter().map(|v| v.written.as_str()).collect();
            remarks.push(format!("{}前后写法不一：文中先后写作{}", rate.name, written.join("、")));
        }
    }
    remarks
}

/// Totals stated in running text without parts, with another figure than the one the report confirms by
/// parts — its own list adding up to it, or it adding up with its sibling to the total above: each with
/// that figure. Only where one figure is so confirmed: two unconfirmed figures stay a remark.
/// A table of projects' 合计 (`project_totals`) that its rows make confirms the 项目支出 where it makes a stated
/// 支出合计 with the 基本支出 — then the table lists every project, not some of them.
fn restated_otherwise<'a>(found: &'a Recognised, text: &str, project_totals: &[(usize, Decimal, Vec<parts::Part>)]) -> Vec<(&'a figures::StatedTotal, Decimal)> {
    let adds_up = |t: &figures::StatedTotal| t.parts.as_ref().is_some_and(|p| !p.partial && p.sum() == Some(t.stated.value));
    let mut confirmed: Vec<(&str, Decimal)> = Vec::new();
    for total in found.totals.iter().filter(|t| adds_up(t)) {
        confirmed.push((total.id, total.stated.value));
        // “支出合计…=基本支出…+项目支出…，相符”: each part named as a total is confirmed with it.
        for part in total.parts.iter().flat_map(|p| p.items.iter()) {
            let name = text.get(part.name.clone()).unwrap_or_default();
            for (word, id) in [("项目支出", "projects"), ("基本支出", "basic")] {
                if total.id == "spend" && name.contains(word) {
                    confirmed.push((id, part.value));
                }
            }
        }
    }
    // “全年支出1618.12万元，其中基本支出1123.00万元，项目支出495.12万元”: the two that make a stated 支出合计.
    // Each value once: a long line stating the same totals again and again is read in linear time, not cubic.
    let of = |id: &'static str| {
        let mut values: Vec<Decimal> = found.totals.iter().filter(|t| t.id == id).map(|t| t.stated.value).collect();
        order::sort(&mut values);
        values.dedup();
        values
    };
    let (basics, spends) = (of("basic"), of("spend"));
    let makes_spend = |basic: &Decimal, projects: Decimal| basic.plus(projects).is_some_and(|spend| spends.binary_search(&spend).is_ok());
    for basic in &basics {
        for projects in of("projects") {
            if makes_spend(basic, projects) {
                confirmed.extend([("basic", *basic), ("projects", projects)]);
            }
        }
    }
    // “项目支出348.05万元” over a table of projects whose rows make 338.05, and 基本支出 + 338.05 the 支出合计.
    let rows_make = |(_, value, rows): &&(usize, Decimal, Vec<parts::Part>)| rows.iter().try_fold(Decimal::ZERO, |sum, row| sum.plus(row.value)) == Some(*value);
    for (_, projects, _) in project_totals.iter().filter(rows_make) {
        if basics.iter().any(|basic| makes_spend(basic, *projects)) {
            confirmed.push(("projects", *projects));
        }
    }
    let mut found_wrong = Vec::new();
    // “全年项目支出487.12万元，其中某培训支出198.00万元”: one part named is no list that judges it.
    // “基本支出1454.80万元” beside “基本支出1445.80万元=人员经费…+公用经费…”: a figure its parts cannot check (无法核对,
    // as though some 其他基本支出 made the difference) is still the total the text confirms otherwise.
    let unchecked = |t: &figures::StatedTotal| judge_total(t, text, found).is_none_or(|j| t.parts.is_none() && j.verdict == Verdict::Unverifiable);
    let unlisted = |t: &figures::StatedTotal| t.parts.as_ref().is_none_or(|p| p.items.len() < 2) && unchecked(t);
    for total in found.totals.iter().filter(|t| !t.in_table && matches!(t.id, "projects" | "basic") && unlisted(t)) {
        let values: Vec<Decimal> = confirmed.iter().filter(|(id, _)| *id == total.id).map(|(_, v)| *v).collect();
        let one = values.first().copied().filter(|v| values.iter().all(|o| o == v));
        if let Some(right) = one.filter(|right| different([*right, total.stated.value].into_iter()).len() > 1) {
            found_wrong.push((total, right));
        }
    }
    found_wrong
}

/// How many different values of one field are compared for rounding, each with each.
const FEW_VALUES: usize = 32;

fn conflicting(found: &Recognised, text: &str) -> Vec<String> {
    let mut remarks: Vec<String> = found
        .conflicts
        .keys()
        .filter(|id| !found.in_shares(id))
        .filter_map(|id| {
            // “全年支出1.23亿元” beside “全年支出12,294.27万元”: one figure, rounded where it is written coarser.
            let stated: Vec<&figures::Stated> = found.stated(id).collect();
            let finer = distinct_values(stated.iter().map(|s| s.value));
            // (Checked among a few values only: a field given scores of values is in doubt whatever rounds.)
            let rounded = |s: &figures::Stated| finer.len() <= FEW_VALUES && finer.iter().any(|&value| found.rounds_to(text, s, value));
            let values = different(stated.iter().filter(|s| !rounded(s)).map(|s| s.value));
            (values.len() > 1).then(|| format!("{}在文中有不同数字：{}", crate::core::draft::fields::label_of(id), amounts(id, &values)))
        })
        .collect();
    // A value implied by a total is stated nowhere: its slip is a claim of its own, not two figures in the text.
    for settled in found.settled.iter().filter(|s| !s.implied()) {
        let Some(value) = found.value(settled.id) else { continue };
        let label = crate::core::draft::fields::label_of(settled.id);
        let (right, others) = (amounts(settled.id, &[value]), amounts(settled.id, &settled.others));
        remarks.push(format!("{label}在文中有不同数字：{right}、{others}；{right}{}，已按其核对", settled.borne_out_by()));
    }
    for id in ["spend", "annual_budget", "basic", "projects", "staff", "quota"] {
        let stated: Vec<&figures::Stated> = found.totals.iter().filter(|t| t.id == id).map(|t| &t.stated).collect();
        // “全年预算数为23.43亿元…调整后全年预算234,289.62万元”: the figure rounded to the digits it is written with.
        // Each value once: a total restated a thousand times (a table run together) is one figure to round to.
        let finer = distinct_values(stated.iter().map(|s| s.value));
        let rounding = |coarse: &figures::Stated| finer.iter().any(|&value| found.rounds_to(text, coarse, value));
        let values = different(stated.iter().filter(|s| !rounding(s)).map(|s| s.value));
        if values.len() > 1 && found.whole_total(id).is_none() {
            remarks.push(format!("{}在文中有不同数字：{}", verdicts::total_name(id).0, amounts(id, &values)));
        }
    }
    remarks
}

/// Each value once, in order: a figure restated a thousand times is one figure to compare with.
fn distinct_values(values: impl Iterator<Item = Decimal>) -> Vec<Decimal> {
    let mut distinct: Vec<Decimal> = values.collect();
    order::sort(&mut distinct);
    distinct.dedup();
    distinct
}

/// The values that are different figures, each once: “3,634,430.50元” and “363.44万元” are one figure, written
/// to the 元 and rounded to the 百元 of 万元.
fn different(values: impl Iterator<Item = Decimal>) -> Vec<Decimal> {
    let mut distinct: Vec<Decimal> = Vec::new();
    for value in values {
        if !distinct.iter().any(|&d| same_figure(d, value)) {
            distinct.push(value);
        }
    }
    distinct
}

/// Whether two amounts are one figure: equal, or the finer rounds to the coarser, written to at least two
/// decimals (of 万元: to the 百元).
fn same_figure(a: Decimal, b: Decimal) -> bool {
    let (fine, coarse) = if a.scale() >= b.scale() { (a, b) } else { (b, a) };
    let rounded = fine.round_dp_with_strategy(coarse.scale(), RoundingStrategy::MidpointAwayFromZero);
    a == b || (coarse.scale() >= 2 && rounded == coarse)
}

/// Figures of one remark: amounts with cents of 元 all in 元 (never 0.210675), others as written in 万元
/// (bare, as before); head-counts as they are.
/// (`values` are each one figure: see [`different`].)
fn amounts(id: &str, values: &[Decimal]) -> String {
    let counts = matches!(id, "staff" | "quota") || id.starts_with("staff.");
    let shown = verdicts::Shown::of("万元", false, values.iter().copied());
    let written: Vec<String> = values.iter().map(|&v| if counts { verdicts::trim(v) } else { shown.in_yuan_only(v) }).collect();
    written.join("、")
}
