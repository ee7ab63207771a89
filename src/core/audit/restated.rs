//! An amount restated at once in another unit (“全年支出121,494,024.36元，折合12149.40万元”, “67994.25万元
//! （约6.80亿元）”): the second is the first converted and rounded to the digits it is written with.

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use super::numbers::{Number, Unit};
use super::verdicts::{trim, Judged, Shown};
use super::Verdict;
use crate::core::exact::Exact;
use crate::core::order;

/// What stands between an amount and its restatement: a comma or a bracket, then 折合 / 约合 / 合 / 约 / 即, or
/// a bracket alone.
fn restates(between: &str) -> bool {
    let words = between.strip_prefix(['，', ',', '（']).unwrap_or(between);
    ["折合", "约合", "合", "约", "折合约", "即", ""].contains(&words) && (between.starts_with('（') || !words.is_empty())
}

/// The unit an amount is written in and its size in 万元 (amounts are held in 万元).
pub(super) fn written_in(text: &str, number: &Number) -> Option<(&'static str, Decimal)> {
    let written = text.get(number.start..number.end)?;
    [("亿元", Decimal::from(10_000)), ("万元", Decimal::ONE), ("千元", Decimal::new(1, 1)), ("元", Decimal::new(1, 4))].into_iter().find(|(unit, _)| written.ends_with(unit))
}

/// The step (in 万元) a figure is written to where it may be rounded — decimals written, or 亿元 — else none:
/// a whole number of 万元 or 元 is as likely exact as rounded.
pub(super) fn written_step(text: &str, number: &Number) -> Option<Decimal> {
    let (unit, size) = written_in(text, number)?;
    (number.decimals > 0 || unit == "亿元").then(|| last_digit(number, size)).flatten()
}

/// Whether a sum of parts and the total it should make agree as the report writes them: exactly, or once both
/// are rounded half up to the coarsest step any of them is written to (“12.35万元” over parts given to the 分
/// in 元; a total in 元 over parts to two decimals of 万元).
pub(super) fn agree_as_written(total: Decimal, sum: Decimal, steps: impl IntoIterator<Item = Option<Decimal>>) -> bool {
    if total == sum {
        return true;
    }
    let Some(step) = steps.into_iter().flatten().max() else { return false };
    let on_step = |v: Decimal| v.divided_by(step).map(|n| n.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero));
    on_step(total).is_some() && on_step(total) == on_step(sum)
}

/// Amounts of a sum's detail as the report writes them: in 万元 to as many decimals as any is written with
/// (“17.80万元”), or all in 元 where one is in 元 or to the 分 — never one cut short.
pub(super) struct Written {
    shown: Shown,
    decimals: usize,
}

impl Written {
    pub fn of(in_yuan: bool, values: &[Decimal]) -> Self {
        let decimals = values.iter().map(|v| v.scale()).max().unwrap_or(0).max(2) as usize;
        Written { shown: Shown::of("万元", in_yuan, values.iter().copied()), decimals }
    }

    pub fn text(&self, value: Decimal) -> String {
        let decimals = self.decimals;
        if self.shown.in_yuan() { self.shown.text(value) } else { format!("{value:.decimals$}万元") }
    }
}

/// Each restatement judged, at the restated amount.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    let mut found: Vec<(Range<usize>, Judged)> = numbers.windows(2).filter_map(|pair| judge(text, &pair[0], &pair[1])).collect();
    let thousands = numbers.iter().filter_map(|amount| Some((amount, in_thousands(text, amount)?)));
    found.extend(thousands.filter_map(|(amount, restated)| judge(text, amount, &restated)));
    order::sort_by_key(&mut found, |(range, _)| range.start);
    found
}

/// “…1217.90万元，折合12179千元”: the restatement in 千元 right after an amount — a unit none of the text's
/// figures is read in, so read here (held in 万元, as amounts are).
fn in_thousands(text: &str, amount: &Number) -> Option<Number> {
    let rest = text.get(amount.end..)?;
    let digits_at = rest.find(|c: char| c.is_ascii_digit())?;
    let figure = &rest[digits_at..];
    // A figure in 千元 is short: read no further than 30 characters (a run of digits and commas copied from a
    // table would otherwise be read to its end after every amount in it).
    let (length, _) = figure.char_indices().take(31).find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == ','))?;
    if !figure[length..].starts_with("千元") || !restates(&rest[..digits_at]) {
        return None;
    }
    let digits = figure[..length].replace(',', "");
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len() as u32);
    let value = digits.parse::<Decimal>().ok()?.checked_div(Decimal::TEN)?;
    let start = amount.end + digits_at;
    Some(Number { value, unit: Unit::Wan, decimals, start, end: start + length + "千元".len(), digits_start: start, digits_end: start + length })
}

fn judge(text: &str, amount: &Number, restated: &Number) -> Option<(Range<usize>, Judged)> {
    if amount.unit != Unit::Wan || restated.unit != Unit::Wan || !restates(text.get(amount.end..restated.start)?) {
        return None;
    }
    // “…万元，折合每人1.2万元”, “折合3.5元/人”: a share of it, no restatement.
    if text.get(restated.end..).is_some_and(|after| after.starts_with(['/', '每'])) {
        return None;
    }
    let (from, to) = (written_in(text, amount)?, written_in(text, restated)?);
    if from.0 == to.0 {
        return None;
    }
    // The figure written the coarser is the one rounded, whichever comes first: “0.0587亿元（587.46万元）” holds
    // any amount from 582.5 to 592.5万元, so the two agree when the finer rounds to it.
    let restated_rounds = last_digit(restated, to.1)? >= last_digit(amount, from.1)?;
    let (exact, (rounded_one, size)) = if restated_rounds { (amount, (restated, to.1)) } else { (restated, (amount, from.1)) };
    // Cut short (128.645 → 128.64) passes only where the restatement says it is about (约): an exact one
    // is rounded half up.
    let about = text.get(amount.end..restated.start).is_some_and(|between| between.contains('约'));
    let agree = |rounds: RoundingStrategy| exact.value.divided_by(size).map(|v| v.round_dp_with_strategy(rounded_one.decimals, rounds));
    let written = rounded_one.value.divided_by(size)?;
    let agreed = written == agree(RoundingStrategy::MidpointAwayFromZero)? || about && written == agree(RoundingStrategy::ToZero)?;
    let (first, second) = (text.get(amount.start..amount.end)?, text.get(restated.start..restated.end)?);
    let judged = if agreed {
        Judged::new(Verdict::Ok, format!("{first}折合{second}，相符"))
    } else {
        // What the restatement should read; only about that where the amount is itself rounded.
        let (unit, size) = to;
        let should = amount.value.divided_by(size)?.round_dp_with_strategy(restated.decimals, RoundingStrategy::MidpointAwayFromZero);
        let about = if restated_rounds { "" } else { "约" };
        let share = restated.value.divided_by(size)?.minus(should)?.abs().divided_by(should.abs().max(Decimal::try_new(1, restated.decimals).ok()?))?;
        Judged::new(Verdict::Mismatch, format!("{first}折合应{about}为{}{unit}，报告写{second}", trim(should))).off(share, format!("折合写{second}，应{about}为{}{unit}", trim(should)))
    };
    // Marked at the restatement: the amount may be a claim of its own.
    Some((restated.start..restated.end, judged))
}

/// What the last digit written of `number` is worth in 万元, in a unit of `size` 万元.
fn last_digit(number: &Number, size: Decimal) -> Option<Decimal> {
    Decimal::try_new(1, number.decimals).ok()?.times(size)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdicts(pasted: &str) -> Vec<Verdict> {
        crate::core::audit::verdicts_of(pasted, judged)
    }

    #[test]
    fn an_amount_restated_in_another_unit_is_it_rounded() {
        assert_eq!(verdicts("全年支出8,765,432.10元，折合876.54万元。"), [Verdict::Ok]);
        assert_eq!(verdicts("全年支出8,765,432.10元，折合867.54万元。"), [Verdict::Mismatch]);
        assert_eq!(verdicts("支出合计45678.90万元（约4.57亿元）"), [Verdict::Ok]);
        assert_eq!(verdicts("支出合计45678.90万元（4.75亿元）"), [Verdict::Mismatch]);
        // Half a cent of 万元 and more rounds up: cut short, an exact restatement is wrong, an “about” one not.
        assert_eq!(verdicts("培训经费实际支出2,437,850元（243.79万元）。"), [Verdict::Ok]);
        assert_eq!(verdicts("培训经费实际支出2,437,850元（243.78万元）。"), [Verdict::Mismatch]);
        assert_eq!(verdicts("培训经费实际支出2,437,850元（约243.78万元）。"), [Verdict::Ok]);
        // 千元, a unit the text's figures are not read in.
        assert_eq!(verdicts("收入合计356.48万元，折合3,565千元。"), [Verdict::Ok]);
        assert_eq!(verdicts("收入合计356.48万元，折合3,656千元。"), [Verdict::Mismatch]);
        // The coarser figure first: four decimals of 亿元 hold any amount within half a 万元 of it.
        assert_eq!(verdicts("固定资产总额0.0412亿元（411.63万元）。"), [Verdict::Ok]);
        assert_eq!(verdicts("固定资产总额0.0412亿元（418.63万元）。"), [Verdict::Mismatch]);
        assert_eq!(verdicts("固定资产总额0.04亿元（361.20万元）。"), [Verdict::Ok]);
        assert_eq!(verdicts("固定资产总额0.04亿元（461.20万元）。"), [Verdict::Mismatch]);
        // So in 万元 before 元: 47.25万元 holds 472,530元, not 475,230元.
        assert_eq!(verdicts("公用经费47.25万元（472530元）。"), [Verdict::Ok]);
        assert_eq!(verdicts("公用经费47.25万元（475230元）。"), [Verdict::Mismatch]);
    }

    #[test]
    fn a_share_or_a_figure_in_the_same_unit_is_no_restatement() {
        assert!(verdicts("全年支出876.54万元，折合每人12.30万元。").is_empty());
        assert!(verdicts("补助资金45.00万元，折合3,000.00元/人。").is_empty());
        assert!(verdicts("全年支出876.54万元（上年812.00万元）。").is_empty());
        assert!(verdicts("项目支出120.00万元，约150.00万元用于采购。").is_empty());
    }

    /// A run of digits and commas copied from a table (200,000 characters in one line) is no restatement in
    /// 千元, and is not read to its end after every amount in it (which took seconds here).
    #[test]
    fn a_long_run_of_digits_is_no_restatement() {
        let text = format!("支出12.50万元，{}", "3,456,789,".repeat(3000));
        assert!(verdicts(&text).is_empty());
    }
}
