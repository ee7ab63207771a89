//! A rate's change on last year said in percentage points (“执行率为91.2%，上年为93.5%，下降2.3个百分点”):
//! the difference of the two rates the clause states — this year's less last year's — not a change rate
//! over last year's (which would be a percent). Its size and its direction (提高 / 下降) are both checked.
//!
//! Only where the clause gives last year's rate right after 上年 / 去年 (“上年为…”, “较上年（…）”) and this
//! year's rate just beside it, with no other rate between; a change in points with one rate stated or none
//! (“较上年提高2个百分点”) is no claim.

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use super::numbers::{Number, Unit};
use super::verdicts::{trim, Judged};
use super::Verdict;
use crate::core::exact::Exact;

/// Words that give a change its direction, and whether it rises.
const DIRECTIONS: [(&str, bool); 9] =
    [("提高", true), ("提升", true), ("上升", true), ("增长", true), ("增加", true), ("下降", false), ("降低", false), ("减少", false), ("回落", false)];

/// Words that name last year, just before its rate.
const LAST_YEAR: [&str; 4] = ["上年", "去年", "上一年", "上年度"];

/// What may stand between 上年 and its rate (“上年度同期为”, “较上年（”).
const BETWEEN: [&str; 9] = ["度", "同期", "为", "是", "的", "达到", "达", "（", ":"];

/// Each change in points with both rates beside it: the phrase from this year's rate to the change, judged.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    for (at, unit) in text.match_indices("个百分点") {
        // A count of points is no figure of the text's numbers: read here.
        let Some(points) = points_before(text, at) else { continue };
        let Some((rising, word_at)) = direction_before(text, &points) else { continue };
        let k = numbers.partition_point(|n| n.start < points.start);
        let Some((this_year, last_year, start)) = the_two_rates(text, numbers, k, word_at) else { continue };
        let end = at + unit.len();
        let written = text.get(word_at..end).unwrap_or_default();
        found.extend(judge(text, written, &points, rising, (this_year, last_year)).map(|j| (start..end, j)));
    }
    found
}

/// The figure that ends at `end` (“3.08” of “3.08个百分点”).
fn points_before(text: &str, end: usize) -> Option<Number> {
    let before = text.get(..end)?;
    let start = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').len();
    let digits = before.get(start..)?.trim_start_matches('.');
    let start = end - digits.len();
    let value: Decimal = digits.parse().ok()?;
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len() as u32);
    Some(Number { value, unit: Unit::Bare, decimals, start, end, digits_start: start, digits_end: end })
}

/// The direction word just before the change (“提高3.08”, “下降了1.61”), and where it starts.
fn direction_before(text: &str, points: &Number) -> Option<(bool, usize)> {
    let before = text.get(..points.start)?;
    let before = before.strip_suffix('了').unwrap_or(before);
    let &(word, rising) = DIRECTIONS.iter().find(|(w, _)| before.ends_with(w))?;
    Some((rising, before.len() - word.len()))
}

/// This year's and last year's rates before the direction word at `word_at`, in the same clause: last
/// year's named by 上年 just before it, this year's the rate next to it (before, or after it), and no other
/// figure between them and the change; and where the later one's words start — the phrase of the change
/// (the earlier rate is a claim of its own).
fn the_two_rates<'n>(text: &str, numbers: &'n [Number], k: usize, word_at: usize) -> Option<(&'n Number, &'n Number, usize)> {
    let clause_start = text.get(..word_at)?.rfind(['。', '\n', ';']).map_or(0, |at| at + 1);
    let before: Vec<&Number> = numbers[numbers.partition_point(|n| n.start < clause_start).min(k)..k].iter().collect();
    // The last two rates: a formula's figures may stand before them (“=2124.06/2314.60×100%=91.77%”).
    let times = |n: &Number| text.get(..n.start).is_some_and(|b| b.ends_with(['×', '*']));
    let rates: Vec<&Number> = before.iter().copied().filter(|n| n.unit == Unit::Percent && !times(n)).collect();
    let [.., first, second] = rates.as_slice() else { return None };
    // Nothing else counted between the rates and the change: its size is theirs. The figures of the first
    // rate's own formula in brackets just after it (“96.10%（2883.00／3000.00）”) are that rate's, not another count.
    let its_formula = bracket_after(text, first.end);
    if before.iter().any(|n| n.start > first.start && n.unit != Unit::Percent && !its_formula.as_ref().is_some_and(|f| f.contains(&n.start))) {
        return None;
    }
    match (of_last_year(text, first), of_last_year(text, second)) {
        (None, Some(named_at)) => Some((first, second, named_at)),
        (Some(_), None) => Some((second, first, second.start)),
        _ => None,
    }
}

/// The bracket opening right at `at` (“（2883.00／3000.00）”), up to its closing one.
fn bracket_after(text: &str, at: usize) -> Option<Range<usize>> {
    let after = text.get(at..)?;
    let inside = after.strip_prefix('（').or_else(|| after.strip_prefix('('))?;
    let close = inside.find(['）', ')'])?;
    // A bracket that runs past its clause is no formula of the rate's.
    if inside[..close].contains(['。', '\n', '，', ';']) {
        return None;
    }
    let start = at + (after.len() - inside.len());
    Some(start..start + close)
}

/// Where 上年 (or 去年) names the rate: just before it, only a 为 or the like between.
fn of_last_year(text: &str, rate: &Number) -> Option<usize> {
    let mut before = text.get(..rate.start)?;
    while let Some(word) = BETWEEN.iter().find(|w| before.ends_with(**w)) {
        before = &before[..before.len() - word.len()];
    }
    let word = LAST_YEAR.iter().find(|w| before.ends_with(**w))?;
    Some(before.len() - word.len())
}

fn judge(text: &str, written: &str, points: &Number, rising: bool, (this_year, last_year): (&Number, &Number)) -> Option<Judged> {
    let shown = |n: &Number| text.get(n.start..n.end).unwrap_or_default().to_string();
    let in_points = |d: Decimal| format!("{:.*}", points.decimals as usize, d);
    let difference = this_year.value.minus(last_year.value)?;
    let size = difference.abs().round_dp_with_strategy(points.decimals, RoundingStrategy::MidpointAwayFromZero);
    let said_rising = if rising { "提高" } else { "下降" };
    let how = format!("{}−上年{}={}个百分点", shown(this_year), shown(last_year), trim(difference));
    let right_direction = difference.is_zero() || (difference > Decimal::ZERO) == rising;
    if size == points.value && right_direction {
        return Some(Judged::new(Verdict::Ok, format!("{written}：{how}，相符")));
    }
    let should = match difference > Decimal::ZERO {
        true => format!("提高{}个百分点", in_points(size)),
        false => format!("下降{}个百分点", in_points(size)),
    };
    let stated = format!("{said_rising}{}个百分点", in_points(points.value));
    let mut judged = Judged::new(Verdict::Mismatch, format!("报告写{stated}，按报告所写两年比率应为{should}：{how}"));
    // The change over last year's rate, as a percent, is another figure: a report may have written that one.
    let as_percent = difference.divided_by(last_year.value).and_then(|d| d.times(Decimal::ONE_HUNDRED));
    if as_percent.is_some_and(|p| p.abs().round_dp_with_strategy(points.decimals, RoundingStrategy::MidpointAwayFromZero) == points.value) {
        judged.notes.push("报告似按变动率（除以上年比率）计算；个百分点是两个比率之差".into());
    }
    if !right_direction {
        judged.notes.push(format!("变动方向写反：本年比率{}上年", if difference > Decimal::ZERO { "高于" } else { "低于" }));
    }
    let share = points.value.minus(size)?.abs().plus(if right_direction { Decimal::ZERO } else { size })?.divided_by(size.max(Decimal::new(1, 2)))?;
    Some(judged.off(share, format!("写{stated}，应为{should}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;

    fn verdicts(text: &str) -> Vec<(String, Verdict)> {
        judged(text, &numbers(text)).into_iter().map(|(r, j)| (text[r].to_string(), j.verdict)).collect()
    }

    #[test]
    fn the_difference_of_two_rates_in_points() {
        assert_eq!(verdicts("公用经费控制率为88.40%，上年为90.10%，下降1.70个百分点。"), vec![("上年为90.10%，下降1.70个百分点".into(), Verdict::Ok)]);
        // A percent change (1.89%) is not a change in points.
        assert_eq!(verdicts("公用经费控制率为88.40%，上年为90.10%，下降1.89个百分点。")[0].1, Verdict::Mismatch);
        // The direction reversed.
        let wrong = "执行率达到88.40%，较上年（90.10%）提高了1.70个百分点。";
        let found = judged(wrong, &numbers(wrong));
        assert_eq!(found[0].1.verdict, Verdict::Mismatch);
        assert!(found[0].1.detail.contains("下降1.70个百分点"), "{}", found[0].1.detail);
        assert_eq!(verdicts("上年度为70.5%，本年为75.0%，提高4.5个百分点")[0].1, Verdict::Ok);
    }

    #[test]
    fn a_change_without_both_rates_is_no_claim() {
        assert!(verdicts("执行率为88.40%，较上年提高1.70个百分点。").is_empty());
        assert!(verdicts("执行率为88.40%，控制率为90.10%，下降1.70个百分点。").is_empty());
        assert!(verdicts("执行率为88.40%，上年为90.10%，支出减少12.00万元，下降1.70个百分点。").is_empty());
    }

    #[test]
    fn a_rate_with_its_formula_in_brackets_still_has_its_change_checked() {
        let slip = "2.项目预算执行率为92.30%（1846.00／2000.00），较上年的90.80%提高了1.20个百分点。";
        let found = judged(slip, &numbers(slip));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.verdict, Verdict::Mismatch);
        assert!(found[0].1.detail.contains("应为提高1.50个百分点"), "{}", found[0].1.detail);
        assert_eq!(verdicts("项目预算执行率为92.30%（1846.00/2000.00），上年为90.80%，提高1.50个百分点。")[0].1, Verdict::Ok);
        // A figure outside the bracket is another count still.
        assert!(verdicts("执行率为92.30%（1846.00/2000.00），支出2000.00万元，上年为90.80%，提高1.50个百分点。").is_empty());
    }
}
