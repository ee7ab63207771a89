//! Applying a row's rule to what it measures: the exact score (rounded later, once) and, when points
//! are lost, the sentence that says why (“超编8.70个百分点，扣4.35分”).

use std::cmp::Ordering;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::core::calc::indicators::IndicatorId;
use crate::core::calc::rate::Rate;
use crate::core::reading::bands::Band;
use crate::core::draft::choices::{NaPolicy, StepMode};
use crate::core::scoring::rubric::{Deduction, Rule, Source};
use crate::core::exact::Exact;

/// What a row measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Measure {
    Rate(Rate),
    /// 预决算信息公开: published in time or not.
    Timely(bool),
    /// The figures it needs are blank.
    Missing,
    /// 0 / 0: nothing of the kind happened (no 三公 either year, no new building).
    Nothing,
    /// x / 0: it cannot be computed; the reason says why.
    ZeroDenominator(String),
}

/// A row's outcome before rounding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Scored: the exact points, and why any were lost (or a note on how the rule read the value).
    Scored { score: Decimal, note: String },
    /// Not scored yet; the note says what is needed.
    Pending(String),
}

/// The row being scored, as far as the rule needs to know it.
pub struct Subject<'a> {
    pub points: Decimal,
    pub source: Source,
    /// The value as shown (`99.55%`), for sentences.
    pub shown: &'a str,
    pub na: NaPolicy,
}

/// Scores a measured value by a rule. Manual rules are scored elsewhere (from what the clerk typed).
pub fn apply(rule: &Rule, measure: &Measure, subject: &Subject) -> Outcome {
    let full = || Outcome::Scored { score: subject.points, note: String::new() };
    match measure {
        Measure::Missing if subject.na == NaPolicy::BlankFull => scored(subject.points, "本年度无此事项，得满分"),
        Measure::Missing => Outcome::Pending("缺少计算所需的数据，待评分".into()),
        Measure::Nothing if subject.na == NaPolicy::Pending => Outcome::Pending("无发生额，请人工评分".into()),
        Measure::Nothing => scored(subject.points, "本年度无此事项，按评分标准得满分"),
        Measure::ZeroDenominator(reason) => scored(Decimal::ZERO, &format!("无法计算（{reason}），不得分")),
        Measure::Timely(timely) => match rule {
            Rule::Pass if *timely => full(),
            Rule::Pass => scored(Decimal::ZERO, "未在批复后20日内公开，不得分"),
            _ => Outcome::Pending("此项只能按“达标得满分”计分".into()),
        },
        Measure::Rate(rate) => apply_to_rate(rule, rate, subject).unwrap_or_else(|| Outcome::Pending("数额过大，无法计分".into())),
    }
}

fn scored(score: Decimal, note: &str) -> Outcome {
    Outcome::Scored { score, note: note.to_string() }
}

fn apply_to_rate(rule: &Rule, rate: &Rate, subject: &Subject) -> Option<Outcome> {
    let points = subject.points;
    Some(match rule {
        Rule::Manual => Outcome::Pending("请人工评分".into()),
        Rule::Pass => Outcome::Pending("“达标得满分”只适用于信息公开，请改用其他计分方法".into()),
        Rule::Ceiling(deduction) => beyond(rate, deduction, true, subject)?,
        Rule::Target(deduction) => beyond(rate, deduction, false, subject)?,
        Rule::Bands(bands) => banded(rate, bands, subject)?,
        Rule::Linear => {
            let percent = rate.percent_value()?.max(Decimal::ZERO);
            let score = points.times(percent)?.divided_by(Decimal::ONE_HUNDRED)?.min(points);
            let note = if score < points { format!("{}×{}分，计{}分", subject.shown, plain(points), two(score)) } else { String::new() };
            Outcome::Scored { score, note }
        }
        Rule::Interpolate { full, zero } => interpolated(rate, *full, *zero, subject)?,
    })
}

/// A deduction for lying above a ceiling (`above`) or below a target.
fn beyond(rate: &Rate, deduction: &Deduction, above: bool, subject: &Subject) -> Option<Outcome> {
    let Deduction { threshold, deduct, step, mode } = *deduction;
    let within = match rate.cmp_percent(threshold)? {
        Ordering::Less => !above,
        Ordering::Greater => above,
        Ordering::Equal => false,
    };
    if !within {
        return Some(Outcome::Scored { score: subject.points, note: String::new() });
    }
    let distance = rate.percent_value()?.minus(threshold)?.abs();
    let what = beyond_wording(subject, threshold, distance, above);
    let lost = match step {
        None => deduct.times(distance)?,
        Some(step) => {
            let (whole, part) = rate.steps_beyond(threshold, step, above)?;
            let steps = if part && mode == StepMode::Started { whole.plus(Decimal::ONE)? } else { whole };
            if steps.is_zero() {
                let note = format!("{what}，不足{}个百分点，不扣分", plain(step));
                return Some(Outcome::Scored { score: subject.points, note });
            }
            deduct.times(steps)?
        }
    };
    let score = subject.points.minus(lost)?.max(Decimal::ZERO);
    Some(Outcome::Scored { score, note: format!("{what}，{}", lost_wording(subject.points, score)) })
}

/// “超编8.70个百分点”, “比上年增长98.31%”, “低于100%目标0.45个百分点”.
fn beyond_wording(subject: &Subject, threshold: Decimal, distance: Decimal, above: bool) -> String {
    let distance = two(distance);
    match subject.source {
        Source::Indicator(IndicatorId::StaffControl) if above && threshold == Decimal::ONE_HUNDRED => {
            format!("超编{distance}个百分点")
        }
        Source::Indicator(IndicatorId::SangongChange) if above && threshold.is_zero() => format!("比上年增长{distance}%"),
        _ if above => format!("{}，超过{}%限值{distance}个百分点", subject.shown, plain(threshold)),
        _ => format!("{}，低于{}%目标{distance}个百分点", subject.shown, plain(threshold)),
    }
}

/// “扣4.35分”, or “扣8分（扣完为止）”. The points lost are the difference from the rounded score, so
/// that 分值 − 扣分 = 得分 on paper.
fn lost_wording(points: Decimal, score: Decimal) -> String {
    let lost = points.minus(round_score(score)).unwrap_or_default();
    if score.is_zero() {
        format!("扣{}分（扣完为止）", two(lost))
    } else {
        format!("扣{}分", two(lost))
    }
}

fn banded(rate: &Rate, bands: &[Band], subject: &Subject) -> Option<Outcome> {
    let band = bands.iter().find(|band| band.holds(|bound| rate.cmp_percent(bound)));
    let Some(band) = band else {
        return Some(scored(Decimal::ZERO, &format!("{}不在评分档次之内，按0分计，请检查分档", subject.shown)));
    };
    // Bands worth more than the row are refused when the rubric is read; the cap only guards.
    let award = band.points_of(subject.points).min(subject.points);
    // In words, as 附件2 prints it and the clerk reads it beside the form: the `x` and `→` of the
    // band's spelling are the rubric editor's.
    let note = if award < subject.points { format!("{}，{}，得{}分", subject.shown, band.condition_in_words(), two(award)) } else { String::new() };
    Some(Outcome::Scored { score: award, note })
}

fn interpolated(rate: &Rate, full: Decimal, zero: Decimal, subject: &Subject) -> Option<Outcome> {
    // Whether lower values are better (在职人员控制率: full at 100%, zero at 115%) or higher ones.
    let lower_is_better = full < zero;
    let at_or_past = |edge: Decimal, better_side: bool| {
        rate.cmp_percent(edge).map(|o| o == Ordering::Equal || (o == Ordering::Less) == better_side)
    };
    if at_or_past(full, lower_is_better)? {
        return Some(Outcome::Scored { score: subject.points, note: String::new() });
    }
    if at_or_past(zero, !lower_is_better)? {
        let note = format!("{}，达到{}%零分值，不得分", subject.shown, plain(zero));
        return Some(scored(Decimal::ZERO, &note));
    }
    let percent = rate.percent_value()?;
    let share = zero.minus(percent)?.divided_by(zero.minus(full)?)?;
    let score = subject.points.times(share)?;
    let note = format!("{}，在{}%（满分）与{}%（0分）之间按比例计{}分", subject.shown, plain(full), plain(zero), two(score));
    Some(Outcome::Scored { score, note })
}

/// Rounds a score once, half away from zero, to the hundredths that rubrics print.
pub fn round_score(score: Decimal) -> Decimal {
    score.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `4.35`, `8.00`: a score or distance as printed, rounded half-up to two decimals.
pub fn two(value: Decimal) -> String {
    let mut text = round_score(value).to_string();
    crate::core::reading::amount::pad_decimals(&mut text, 2);
    text
}

/// `0.5`, `100`: a rubric parameter as it was written, without trailing zeros.
pub fn plain(value: Decimal) -> String {
    value.normalize().to_string()
}

#[cfg(test)]
mod tests;
