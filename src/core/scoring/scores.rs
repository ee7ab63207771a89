//! Scoring a draft by its rubric: every row's 得分 with the reason for any points lost, the total
//! and the grade.
//!
//! Rounding, decided once: each row's score is computed exactly and rounded once, half-up, to the two
//! decimals the 自评表 prints; the total is the exact sum of those printed scores (so the printed column
//! adds up to the printed total), capped where the rubric says so; the grade is read from that total
//! with no further rounding — 89.99 is 良. A total such as 89.995 therefore cannot arise.

use rust_decimal::Decimal;

use crate::core::calc::indicators::{Indicator, NotApplicable, Value};
use crate::core::calc::totals::Totals;
use crate::core::draft::fields::{score_field_id, ScoreField};
use crate::core::draft::rubric::RubricCells;
use crate::core::draft::Draft;
use crate::core::reading::figures::{Figures, InputProblem};
use crate::core::calc::rate::Rate;
use crate::core::reading::points::{parse_percent, parse_points};
use crate::core::scoring::funds::{funds_block, FundsRow, FundsRowId};
use crate::core::scoring::grade::{execution_cap, Cap, Grade};
use crate::core::scoring::presets;
use crate::core::draft::choices::{NaPolicy, RubricPreset};
use crate::core::scoring::rubric::{read_rows, Row, Rule, Source};
use crate::core::scoring::rules::{apply, plain, round_score, two, Measure, Outcome, Subject};
use crate::core::exact::Exact;

/// A scored row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowScore {
    pub row: Row,
    /// 实际完成值: the indicator as shown, or what the clerk typed for a manual row.
    pub actual: String,
    /// 得分, rounded once to two decimals; `None` while the row waits to be scored.
    pub score: Option<Decimal>,
    /// Why points were lost, or what the row waits for; empty at full marks.
    pub note: String,
    /// What the clerk wrote (偏差原因分析及改进措施, or a manual score's basis).
    pub reason: String,
    /// The measured rate is over its limit (see [`crate::core::calc::indicators::IndicatorId::limit`]).
    pub over_limit: bool,
    /// 得分 is the clerk's own (a manual row, or one typed over a row's rule): its basis is theirs to write.
    pub by_hand: bool,
    /// A computed row without the figures it needs (or with nothing to measure): a paper may not give
    /// them (“批复后第12天公开”), so the clerk may type its 得分 instead, with the basis.
    pub figures_missing: bool,
}

impl RowScore {
    /// The clerk types into this row: its 得分 (a manual row), or its 实际完成值 that the rule then scores.
    pub fn is_manual(&self) -> bool {
        self.row.rule == Some(Rule::Manual) || self.row.source == Source::Typed
    }

    /// 得分 as shown and printed: two decimals, or 待评 while it cannot be scored.
    pub fn score_text(&self) -> String {
        self.score.map_or_else(|| "待评".to_string(), two)
    }

    /// A rate over its limit that its rule would give full marks — the mistake the published reports
    /// make (SPEC §5) — and that waits instead.
    pub fn full_marks_over_limit(&self) -> bool {
        self.over_limit && self.score.is_none()
    }
}

/// The scores of a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    pub preset: RubricPreset,
    /// The draft has its own (edited) rubric.
    pub edited: bool,
    pub rows: Vec<RowScore>,
    pub funds: [FundsRow; 3],
    /// Σ 分值.
    pub weights: Decimal,
    /// Σ printed row scores, before any cap.
    pub sum: Decimal,
    pub cap: Option<Cap>,
    /// 总分.
    pub total: Decimal,
    pub grade: Grade,
    /// Problems with what was typed into the rubric or the scores, by field.
    pub problems: Vec<InputProblem>,
}

impl Scores {
    pub fn row(&self, id: &str) -> Option<&RowScore> {
        self.rows.iter().find(|r| r.row.id == id)
    }

    /// Rows still waiting to be scored.
    pub fn pending(&self) -> impl Iterator<Item = &RowScore> {
        self.rows.iter().filter(|r| r.score.is_none())
    }

    /// The 等级 said beside the total: 待定 while rows wait for a score. Their points are not yet in
    /// the total, so its grade would be read as a verdict (a draft just started from last year's report
    /// shows 30 of 100 and 差 until its hand-scored rows are typed).
    pub fn grade_text(&self) -> &'static str {
        if self.pending().next().is_some() {
            "待定"
        } else {
            self.grade.label()
        }
    }

    /// `尚有12项（共42分）待评分`, or nothing when every row has its score.
    pub fn pending_text(&self) -> Option<String> {
        let count = self.pending().count();
        let points = crate::core::calc::totals::sum(self.pending().map(|r| Some(r.row.points)))?;
        Some(format!("尚有{count}项（共{}分）待评分", plain(points)))
    }

    /// The total as printed: `92.50`.
    pub fn total_text(&self) -> String {
        two(self.total)
    }
}

/// Scores a draft. Never fails: what cannot be scored waits (待评), and problems say why.
pub fn score(draft: &Draft, figures: &Figures, totals: &Totals, indicators: &[Indicator]) -> Scores {
    let options = figures.rubric;
    let mut problems = Vec::new();
    let rows = match draft.rubric() {
        Some(rows) => read_rows(rows.iter().map(|r| r as &dyn RubricCells), &mut problems),
        None => read_rows(presets::preset(options.preset).rows.iter().map(|r| r as &dyn RubricCells), &mut problems),
    };
    let funds = funds_block(figures, totals, indicators);
    let context = Context { draft, indicators, funds: &funds, deviation: options.deviation_deduction };
    let rows: Vec<RowScore> = rows.into_iter().map(|row| context.score_row(row, &mut problems)).collect();

    let weights = rows.iter().try_fold(Decimal::ZERO, |sum, r| sum.plus(r.row.points)).unwrap_or_default();
    let sum = rows.iter().filter_map(|r| r.score).try_fold(Decimal::ZERO, |sum, s| sum.plus(s)).unwrap_or_default();
    let cap = options.cap_by_execution.then(|| execution_cap_of(indicators)).flatten();
    let total = cap.as_ref().map_or(sum, |cap| sum.min(cap.limit));
    Scores { preset: options.preset, edited: draft.rubric().is_some(), rows, funds, weights, sum, cap, total, grade: Grade::of(total), problems }
}

fn execution_cap_of(indicators: &[Indicator]) -> Option<Cap> {
    let execution = indicators.iter().find(|i| i.id == crate::core::calc::indicators::IndicatorId::BudgetExecution)?;
    match &execution.value {
        Value::Rate(rate) => execution_cap(rate, &execution.text),
        _ => None,
    }
}

struct Context<'a> {
    draft: &'a Draft,
    indicators: &'a [Indicator],
    funds: &'a [FundsRow; 3],
    deviation: bool,
}

impl Context<'_> {
    fn score_row(&self, row: Row, problems: &mut Vec<InputProblem>) -> RowScore {
        let typed = |field| self.draft.get(&score_field_id(&row.id, field)).trim().to_string();
        let reason = typed(ScoreField::Reason);
        let Some(rule) = row.rule.clone() else {
            let note = "评分规则有误，请在评分表中修正".into();
            return RowScore { row, actual: String::new(), score: None, note, reason, over_limit: false, by_hand: false, figures_missing: false };
        };
        let (measure, mut actual) = self.measured(&row);
        let figures_missing = matches!(row.source, Source::Indicator(_))
            && match measure {
                Measure::Missing => row.na != NaPolicy::BlankFull,
                Measure::Nothing => row.na == NaPolicy::Pending,
                _ => false,
            };
        // A 得分 typed on a row scored from its typed value, or from figures not given, wins over the rule,
        // as on any manual row.
        if rule == Rule::Manual || ((row.source == Source::Typed || figures_missing) && !typed(ScoreField::Score).is_empty()) {
            let (score, note) = self.manual_score(&row, problems);
            let typed_actual = typed(ScoreField::Actual);
            let actual = if typed_actual.is_empty() { actual } else { typed_actual };
            return RowScore { row, actual, score, note, reason, over_limit: false, by_hand: true, figures_missing };
        }
        if row.source == Source::Typed && !matches!(measure, Measure::Rate(_)) {
            let note = if actual.is_empty() { "请填写实际完成值（如98%）或得分" } else { "实际完成值不是百分比，请写作如98%，或填写得分" };
            return RowScore { row, actual, score: None, note: note.into(), reason, over_limit: false, by_hand: false, figures_missing };
        }
        // Blank where the rubric counts blank as no such item (楼堂馆所, 政府采购): 无, not 待填, beside 得满分.
        if matches!(measure, Measure::Missing) && row.na == NaPolicy::BlankFull {
            actual = "无".to_string();
        }
        let subject = Subject { points: row.points, source: row.source, shown: &actual, na: row.na };
        let (score, mut note) = match apply(&rule, &measure, &subject) {
            Outcome::Scored { score, note } => (Some(score), note),
            Outcome::Pending(note) => (None, note),
        };
        let score = match score {
            Some(score) if self.deviation => Some(self.after_deviation(&row, &measure, score, &mut note)),
            other => other,
        };
        let over_limit = self.over_limit(&row, &measure);
        // Full marks are not allowed for a rate over its limit, whatever the rule gives (SPEC §5): the row
        // waits until the figures, the 口径 or the rule are put right.
        let score = match score.map(round_score) {
            Some(full) if over_limit && full == row.points => {
                note = "超出限值，不得评为满分".into();
                None
            }
            other => other,
        };
        RowScore { row, actual, score, note, reason, over_limit, by_hand: false, figures_missing }
    }

    /// A manual row's score as typed, bounded to [0, 分值].
    fn manual_score(&self, row: &Row, problems: &mut Vec<InputProblem>) -> (Option<Decimal>, String) {
        let field = score_field_id(&row.id, ScoreField::Score);
        match parse_points(self.draft.get(&field)) {
            Ok(Some(score)) if score <= row.points => (Some(score), String::new()),
            Ok(Some(_)) => {
                let message = format!("得分不能超过分值{}分", plain(row.points));
                problems.push(InputProblem { field, message: message.clone() });
                (None, message)
            }
            Ok(None) => (None, "待评分".into()),
            Err(error) => {
                problems.push(InputProblem { field, message: format!("得分{error}") });
                (None, "得分无法识别".into())
            }
        }
    }

    /// What a computed row measures, and the value as shown.
    fn measured(&self, row: &Row) -> (Measure, String) {
        match row.source {
            Source::Manual => (Measure::Missing, String::new()),
            Source::Typed => {
                let text = self.draft.get(&score_field_id(&row.id, ScoreField::Actual)).trim();
                (typed_measure(text), text.to_string())
            }
            Source::Funds(id) => {
                let funds = self.funds.iter().find(|f| f.id == id);
                let measure = funds.map_or(Measure::Missing, funds_measure);
                (measure, funds.map_or_else(String::new, |f| f.rate_text.clone()))
            }
            Source::Indicator(id) => match self.indicators.iter().find(|i| i.id == id) {
                Some(indicator) => (indicator_measure(indicator), indicator.text.clone()),
                None => (Measure::Missing, String::new()),
            },
        }
    }

    fn over_limit(&self, row: &Row, measure: &Measure) -> bool {
        let limit = match row.source {
            Source::Indicator(id) => id.limit(),
            Source::Funds(_) => Some(Decimal::ONE_HUNDRED),
            Source::Manual | Source::Typed => None,
        };
        match (measure, limit) {
            (Measure::Rate(rate), Some(limit)) => rate.cmp_percent(limit) == Some(std::cmp::Ordering::Greater),
            _ => false,
        }
    }

    /// The 一体化 option: 2 points off where the 完成值 deviates from the 指标值 by 30% or more.
    fn after_deviation(&self, row: &Row, measure: &Measure, score: Decimal, note: &mut String) -> Decimal {
        let (Measure::Rate(rate), Some(target)) = (measure, target_percent(&row.target)) else { return score };
        let Some(deviation) = rate
            .percent_value()
            .and_then(|p| p.minus(target))
            .and_then(|gap| gap.abs().times(Decimal::ONE_HUNDRED))
            .and_then(|gap| gap.divided_by(target.abs()))
        else {
            return score;
        };
        if deviation < Decimal::from(30) {
            return score;
        }
        let after = score.minus(Decimal::TWO).unwrap_or_default().max(Decimal::ZERO);
        let sentence = format!("完成值偏离指标值{}%，扣2分", two(deviation));
        *note = if note.is_empty() { sentence } else { format!("{note}；{sentence}") };
        after
    }
}

/// A typed 实际完成值 read only when it says it is a percentage (`98%`, `９８％`): a bare 98 may be a count.
fn typed_measure(text: &str) -> Measure {
    let percent = match parse_percent(text) {
        Ok(Some(percent)) if text.ends_with(['%', '％']) => Rate::new(percent, Decimal::ONE_HUNDRED),
        _ => None,
    };
    percent.map_or(Measure::Missing, Measure::Rate)
}

fn indicator_measure(indicator: &Indicator) -> Measure {
    match &indicator.value {
        Value::Rate(rate) => Measure::Rate(*rate),
        Value::Timely(timely) => Measure::Timely(*timely),
        Value::NotApplicable(NotApplicable::NothingToMeasure) => Measure::Nothing,
        Value::NotApplicable(NotApplicable::Missing(_)) => Measure::Missing,
        Value::NotApplicable(NotApplicable::ZeroDenominator(_)) => Measure::ZeroDenominator(reason_of(indicator)),
    }
}

/// The reason part of a 不适用 sentence (`…不适用：<reason>。`).
fn reason_of(indicator: &Indicator) -> String {
    let reason = indicator.sentence.split_once('：').map_or(indicator.sentence.as_str(), |(_, reason)| reason);
    reason.trim_end_matches('。').to_string()
}

fn funds_measure(row: &FundsRow) -> Measure {
    match (row.rate, row.annual, row.actual) {
        (Some(rate), _, _) => Measure::Rate(rate),
        (None, Some(annual), Some(actual)) if annual.is_zero() && actual.is_zero() => Measure::Nothing,
        (None, Some(annual), Some(_)) if annual.is_zero() => {
            Measure::ZeroDenominator(format!("{}全年预算数为0却有支出", FundsRowId::label(row.id)))
        }
        _ => Measure::Missing,
    }
}

/// The number in a printed 指标值 (`≤100%` → 100, `≥90%` → 90); `None` for words or zero.
fn target_percent(target: &str) -> Option<Decimal> {
    let start = target.find(|c: char| c.is_ascii_digit() || c == '-')?;
    let number: String = target.get(start..).unwrap_or("").chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-').collect();
    Decimal::from_str_exact(&number).ok().filter(|n| !n.is_zero())
}

#[cfg(test)]
mod tests;
