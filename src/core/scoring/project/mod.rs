//! 项目支出绩效自评表 (附件3, SPEC §12): every evaluated project's table scored — 预算执行率 from its
//! funds block, each indicator row by comparing its 实际完成值 with its 年度指标值 ([`rules`]), rows that
//! do not apply left out and the rest rescaled, a typed 得分 kept as filed and checked — with the total,
//! the grade and the findings a reviewer would write ([`review`]).

pub mod review;
pub mod rules;
pub mod sheet;
pub mod skeleton;

#[cfg(test)]
mod tests;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::core::draft::choices::ExecutionRounding;
use crate::core::draft::fields::indicator_field_id;
use crate::core::draft::project::{IndicatorColumn as C, IndicatorRow, Project};
use crate::core::draft::Draft;
use crate::core::exact::Exact;
use crate::core::reading::figures::{InputProblem, ProjectEvalOptions as ProjectOptions};
use crate::core::reading::points::parse_points;
use crate::core::reading::chinese_number;
use crate::core::reading::target_value::{fold, read_value, Comparator, TargetValue};
use crate::core::scoring::grade::{Cap, Grade};
use crate::core::scoring::rules::{plain, round_score, two};

use rules::{compare, direction, tiers, Direction, Outcome};
use sheet::{read_funds, ProjectFunds};

/// The 预算执行率 row (年度资金总额).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecutionScore {
    pub points: Decimal,
    /// 全年执行数 / 全年预算数, exact; `None` when it cannot be computed.
    pub rate: Option<Decimal>,
    pub score: Option<Decimal>,
    /// `false` when there is no budget to execute (全年预算数 0): 不适用, not waiting for figures.
    pub applies: bool,
    /// Why it is not full, why it waits, or why it does not apply.
    pub note: String,
}

impl ExecutionScore {
    /// 得分 as shown and printed: two decimals, 不适用 (no budget to execute), or 待评 while figures are missing.
    pub fn score_text(&self) -> String {
        match self.score {
            Some(score) => two(score),
            None if !self.applies => "不适用".to_string(),
            None => "待评".to_string(),
        }
    }
}

/// What a row's values say about its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attainment {
    Met,
    Missed,
    /// Qualitative, in its tier.
    Tier(rules::Tier),
    NotApplicable,
    Pending,
}

/// One indicator row, scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorScore {
    /// The row's place in the grid (its `K` in field ids).
    pub index: usize,
    pub level1: String,
    pub level2: String,
    pub name: String,
    pub target_text: String,
    pub actual_text: String,
    pub target: TargetValue,
    pub actual: TargetValue,
    pub direction: Direction,
    /// 分值 as typed.
    pub points: Option<Decimal>,
    /// 分值 after rescaling for rows that do not apply (= `points` when none).
    pub effective_points: Option<Decimal>,
    /// The rule's score, rounded once.
    pub computed: Option<Decimal>,
    /// 得分 as filed (typed), if any.
    pub filed: Option<Decimal>,
    pub attainment: Attainment,
    /// 完成值 beats 指标值 by 30% or more.
    pub beaten_by_30: bool,
    /// Why points were lost, or why the row waits; empty at full marks.
    pub note: String,
    pub reason: String,
}

impl IndicatorScore {
    /// The 得分 that counts: as filed when typed (the table is the unit's), else the computed one.
    pub fn score(&self) -> Option<Decimal> {
        self.filed.or(self.computed)
    }

    /// A row that applies and has no score yet (待评).
    pub fn is_pending(&self) -> bool {
        self.score().is_none() && self.attainment != Attainment::NotApplicable
    }

    /// 得分 as shown and printed: 不适用, two decimals, or 待评 while it cannot be scored.
    pub fn score_text(&self) -> String {
        match (self.attainment, self.score()) {
            (Attainment::NotApplicable, _) => "不适用".to_string(),
            (_, Some(score)) => two(score),
            (_, None) => "待评".to_string(),
        }
    }

    pub fn is_full(&self) -> bool {
        matches!((self.score(), self.effective_points), (Some(score), Some(points)) if score >= points)
    }
}

/// One project's table, scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectScore {
    /// The project's row in the draft (its `N` in field ids).
    pub index: usize,
    pub name: String,
    pub funds: ProjectFunds,
    pub execution: ExecutionScore,
    /// The rows in use (unused skeleton rows are left out).
    pub rows: Vec<IndicatorScore>,
    /// Some rows do not apply and the others were rescaled to keep their share of the points.
    pub rescaled: bool,
    /// Σ 分值 as typed (执行率 included).
    pub weights: Decimal,
    pub sum: Decimal,
    pub cap: Option<Cap>,
    /// 总分: the execution score and every row's printed score; rows waiting count nothing.
    pub total: Decimal,
    pub grade: Grade,
    /// Rows still waiting to be scored.
    pub pending: usize,
    /// The year evaluated, in which a date without its year is read.
    pub year: Option<u32>,
}

impl ProjectScore {
    pub fn total_text(&self) -> String {
        two(self.total)
    }

    /// Its table has an indicator row that applies: a 附件3 to file and a score to report (a table with
    /// only its funds typed, or only rows that do not apply, would print 10 points and 差).
    pub fn is_reported(&self) -> bool {
        self.rows.iter().any(|row| row.attainment != Attainment::NotApplicable)
    }
}

/// Every evaluated project's table, scored, with a problem for each cell that cannot be read.
pub fn score_projects(draft: &Draft, options: &ProjectOptions, problems: &mut Vec<InputProblem>) -> Vec<ProjectScore> {
    let evaluated = draft.projects().iter().enumerate().filter(|(_, p)| p.is_evaluated());
    evaluated.map(|(index, project)| score_project(index, project, options, problems)).collect()
}

fn problem(field: &str, message: String) -> InputProblem {
    InputProblem { field: field.to_string(), message }
}

/// Scores project `index` of the draft by `options`.
pub fn score_project(index: usize, project: &Project, options: &ProjectOptions, problems: &mut Vec<InputProblem>) -> ProjectScore {
    let funds = read_funds(index, project, problems);
    let execution = execution(&funds, options);
    let mut rows: Vec<IndicatorScore> = project
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, row)| !row.is_unused())
        .map(|(k, row)| read_row(index, k, row, problems))
        .collect();
    let rescaled = rescale(&mut rows);
    for row in &mut rows {
        judge(row, options.year);
    }
    let weights = rows.iter().filter_map(|r| r.points).fold(execution.points, |sum, p| sum.plus(p).unwrap_or(sum));
    let sum = rows.iter().filter_map(IndicatorScore::score).fold(execution.score.unwrap_or_default(), |s, p| s.plus(p).unwrap_or(s));
    let cap = options.cap_by_execution.then(|| cap_of(&execution)).flatten();
    let total = cap.as_ref().map_or(sum, |cap| sum.min(cap.limit));
    let pending = rows.iter().filter(|r| r.is_pending()).count();
    ProjectScore {
        index,
        name: project.name().trim().to_string(),
        funds,
        execution,
        rows,
        rescaled,
        weights,
        sum,
        cap,
        total,
        grade: Grade::of(total),
        pending,
        year: options.year,
    }
}

/// 预算执行率 × 分值, capped at the 分值; rounded to two decimals or, by option, to whole points.
fn execution(funds: &ProjectFunds, options: &ProjectOptions) -> ExecutionScore {
    let points = options.execution_points;
    let waiting = |note: &str| ExecutionScore { points, rate: None, score: None, applies: true, note: note.to_string() };
    let (Some(full_year), Some(executed)) = (funds.full_year(), funds.executed()) else {
        return waiting("待填写全年预算数和全年执行数");
    };
    if full_year.is_zero() {
        return ExecutionScore { applies: false, ..waiting("全年预算数为0，预算执行率不适用") };
    }
    let Some(rate) = executed.divided_by(full_year) else { return waiting("无法计算预算执行率") };
    let raw = points.times(rate.min(Decimal::ONE)).unwrap_or(Decimal::ZERO).max(Decimal::ZERO);
    let score = match options.rounding {
        ExecutionRounding::TwoDecimals => round_score(raw),
        ExecutionRounding::Whole => raw.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
    };
    let note = if score >= points { String::new() } else { format!("预算执行率{}，得{}分", percent_text(rate), two(score)) };
    ExecutionScore { points, rate: Some(rate), score: Some(score), applies: true, note }
}

/// A share as a percentage with two decimals, half up: `86.20%`.
pub fn percent_text(share: Decimal) -> String {
    share.times(Decimal::ONE_HUNDRED).map_or_else(|| "—".to_string(), |p| format!("{}%", two(p)))
}

fn cap_of(execution: &ExecutionScore) -> Option<Cap> {
    let rate = execution.rate?;
    let percent = rate.times(Decimal::ONE_HUNDRED)?;
    let (limit, band) = match percent {
        p if p < Decimal::from(50) => (59, "低于50%"),
        p if p < Decimal::from(60) => (69, "在50%至60%之间"),
        p if p < Decimal::from(70) => (79, "在60%至70%之间"),
        p if p < Decimal::from(80) => (89, "在70%至80%之间"),
        _ => return None,
    };
    Some(Cap { limit: Decimal::from(limit), reason: format!("预算执行率{}，{band}，总分不超过{limit}分", percent_text(rate)) })
}

fn read_row(project: usize, index: usize, row: &IndicatorRow, problems: &mut Vec<InputProblem>) -> IndicatorScore {
    let mut number = |column: C| {
        parse_points(row.cell(column)).unwrap_or_else(|error| {
            problems.push(problem(&indicator_field_id(project, index, column), error.to_string()));
            None
        })
    };
    let (points, filed) = (number(C::Points), number(C::Score));
    let text = |column: C| row.cell(column).trim().to_string();
    let target = read_target(row.cell(C::Target));
    let direction = direction(row.cell(C::Level2), row.cell(C::Name), &target);
    let target = none_as_zero(target, row.cell(C::Target), direction == Direction::Reverse);
    let actual = read_actual(row.cell(C::Actual), &target);
    IndicatorScore {
        index,
        level1: text(C::Level1),
        level2: text(C::Level2),
        name: text(C::Name),
        target_text: text(C::Target),
        actual_text: text(C::Actual),
        target,
        actual,
        direction,
        points,
        effective_points: points,
        computed: None,
        filed,
        attainment: Attainment::Pending,
        beaten_by_30: false,
        note: String::new(),
        reason: text(C::Reason),
    }
}

/// A 年度指标值 as read; `零事故`, `无重大安全事故` are the figure 0 at most, where less is better.
fn read_target(typed: &str) -> TargetValue {
    match read_value(typed) {
        TargetValue::Words(words) if is_zero_target(&words) => {
            TargetValue::Number { comparator: Some(Comparator::AtMost), value: Decimal::ZERO, unit: String::new() }
        }
        other => other,
    }
}

/// Events a target of none is written about (`零投诉`, `无违规违纪`, `无重大质量问题`); a bare `零` or `零起` is
/// none of whatever the row counts.
const BAD_EVENTS: &[&str] = &["事故", "投诉", "差错", "违规", "违纪", "违法", "案件", "事件", "伤亡", "问题", "纠纷", "上访", "返工"];

/// A count's measure word after a bare 零 (`零起`, `零个`).
const MEASURE_WORDS: &[char] = &['起', '个', '次', '件', '例', '处', '人', '家', '宗'];

fn is_zero_target(words: &str) -> bool {
    let text = fold(words);
    let bare = text.strip_prefix('零').is_some_and(|rest| rest.is_empty() || rest.chars().all(|c| MEASURE_WORDS.contains(&c)) && rest.chars().count() == 1);
    let zero = ["零", "无", "0"].iter().any(|w| text.starts_with(w)) && !text.starts_with("无障碍");
    bare || zero && text.chars().count() <= 12 && BAD_EVENTS.iter().any(|e| text.contains(e))
}

/// A 实际完成值 as read. “无” against a real target is a result, not 不适用: the figure 0 beside a
/// number, “nothing happened” beside words (judged by the row's direction). Chinese numerals beside a
/// figure (`三座` for `≥2座`) are that figure.
fn read_actual(typed: &str, target: &TargetValue) -> TargetValue {
    match target {
        TargetValue::Number { .. } if says_none(typed) => zero(),
        TargetValue::Words(_) if says_none(typed) => TargetValue::Words(rules::NONE.to_string()),
        TargetValue::Number { .. } => match read_value(typed) {
            TargetValue::Words(words) => in_numerals(&words, target).unwrap_or(TargetValue::Words(words)),
            read => read,
        },
        _ => read_value(typed),
    }
}

/// `一百二十公里`, `百分之九十五` as figures, only where what follows the numerals is the target's unit
/// (or none): `十分满意` and `一致` stay words.
fn in_numerals(words: &str, target: &TargetValue) -> Option<TargetValue> {
    let text = fold(words);
    let (value, unit) = match chinese_number::percent(&text) {
        Some((value, "")) => (value, "%"),
        _ => chinese_number::leading(&text)?,
    };
    let value = read_value(&format!("{value}{unit}"));
    rules::comparable(target, &value).is_ok().then_some(value)
}

/// Where less is better, a 年度指标值 of “无” (no complaints) is the figure 0.
fn none_as_zero(value: TargetValue, typed: &str, reverse: bool) -> TargetValue {
    if reverse && says_none(typed) {
        zero()
    } else {
        value
    }
}

fn zero() -> TargetValue {
    TargetValue::Number { comparator: None, value: Decimal::ZERO, unit: String::new() }
}

/// “无”, “零”, “没有”: the word for none, rather than a mark that the row does not apply (“/”, “—”).
fn says_none(typed: &str) -> bool {
    matches!(fold(typed).as_str(), "无" | "零" | "没有")
}

/// Only the target says a row does not apply (see `rules::compare`).
fn not_applicable(row: &IndicatorScore) -> bool {
    matches!(row.target, TargetValue::NotApplicable) || matches!((&row.target, &row.actual), (TargetValue::Empty, TargetValue::NotApplicable))
}

/// Rows that do not apply are left out; the others' 分值 are scaled so that together they keep the
/// indicator part's total. Returns whether anything was rescaled.
fn rescale(rows: &mut [IndicatorScore]) -> bool {
    let total = rows.iter().filter_map(|r| r.points).fold(Decimal::ZERO, |s, p| s.plus(p).unwrap_or(s));
    let applicable = rows.iter().filter(|r| !not_applicable(r)).filter_map(|r| r.points).fold(Decimal::ZERO, |s, p| s.plus(p).unwrap_or(s));
    let any = rows.iter().any(|r| not_applicable(r) && r.points.is_some_and(|p| !p.is_zero()));
    if !any || applicable.is_zero() {
        return false;
    }
    let exact: Vec<Option<Decimal>> = rows
        .iter()
        .map(|row| if not_applicable(row) { None } else { row.points.and_then(|p| p.times(total)).and_then(|p| p.divided_by(applicable)) })
        .collect();
    let printed = to_cents_keeping_sum(&exact);
    for (row, points) in rows.iter_mut().zip(printed) {
        row.effective_points = points;
    }
    true
}

/// Shares rounded to cents so that they still add up to their rounded sum (15/15/10… of 90 rescaled
/// would print 16.88 + 16.88 + 11.25 × 5 = 90.01): each is cut to cents, and the cents missing go one
/// each to the shares cut most.
fn to_cents_keeping_sum(exact: &[Option<Decimal>]) -> Vec<Option<Decimal>> {
    let cut = |value: Decimal| value.round_dp_with_strategy(2, RoundingStrategy::ToZero);
    let mut printed: Vec<Option<Decimal>> = exact.iter().map(|e| e.map(cut)).collect();
    let sum = |values: &[Option<Decimal>]| values.iter().flatten().fold(Decimal::ZERO, |s, v| s.plus(*v).unwrap_or(s));
    let cent = Decimal::new(1, 2);
    let mut missing = round_score(sum(exact)).minus(sum(&printed)).unwrap_or_default();
    let mut given = vec![false; exact.len()];
    while missing >= cent {
        let remainder = |i: usize| match (exact[i], printed[i]) {
            (Some(e), Some(p)) if !given[i] => e.minus(p),
            _ => None,
        };
        let mut largest: Option<(usize, Decimal)> = None;
        for i in 0..exact.len() {
            if let Some(r) = remainder(i).filter(|r| largest.is_none_or(|(_, l)| *r > l)) {
                largest = Some((i, r));
            }
        }
        let Some((i, _)) = largest else { break };
        printed[i] = printed[i].and_then(|p| p.plus(cent));
        given[i] = true;
        missing = missing.minus(cent).unwrap_or_default();
    }
    printed
}

/// Scores one row by its rule and says why points were lost or why it waits.
fn judge(row: &mut IndicatorScore, year: Option<u32>) {
    let outcome = compare(&row.target, &row.actual, row.direction, &row.target_text, year);
    let Some(points) = row.effective_points else {
        (row.attainment, row.note) = match outcome {
            Outcome::NotApplicable => (Attainment::NotApplicable, "不适用，不计分，其余指标按比例调整分值".to_string()),
            Outcome::Pending(why) => (Attainment::Pending, format!("未填写分值；{why}")),
            _ => (Attainment::Pending, "未填写分值".to_string()),
        };
        return;
    };
    match outcome {
        Outcome::NotApplicable => {
            row.attainment = Attainment::NotApplicable;
            row.note = "不适用，不计分".to_string();
        }
        Outcome::Pending(why) => {
            row.attainment = Attainment::Pending;
            row.note = why;
        }
        Outcome::Qualitative { tier, share, on_time } => {
            let score = round_score(points.times(share).unwrap_or_default());
            row.attainment = Attainment::Tier(tier);
            row.computed = Some(score);
            let band = tiers().band(tier);
            let kind = match on_time {
                Some(true) => "按期完成",
                Some(false) => "晚于指标值的时间",
                None => "定性指标",
            };
            row.note = format!("{kind}，{}（{}%～{}%），得{}分", tier.label(), plain(band.lower), plain(band.upper), two(score));
        }
        Outcome::Measured { share, met, beaten_by_30, target, actual, unit } => {
            let score = round_score(points.times(share).unwrap_or_default());
            row.attainment = if met { Attainment::Met } else { Attainment::Missed };
            row.beaten_by_30 = beaten_by_30;
            row.computed = Some(score);
            row.note = measured_note(row.direction, met, target, actual, &unit, score);
        }
    }
}

/// “完成值37.24低于指标值43.2，按比例得8.62分”.
fn measured_note(direction: Direction, met: bool, target: Decimal, actual: Decimal, unit: &str, score: Decimal) -> String {
    if met {
        return String::new();
    }
    let (a, t) = (format!("{}{unit}", plain(actual)), format!("{}{unit}", plain(target)));
    let relation = match direction {
        Direction::Positive => "低于",
        Direction::Reverse => "高于",
        Direction::Exact => "不等于",
    };
    format!("完成值{a}{relation}指标值{t}，按比例得{}分", two(score))
}
