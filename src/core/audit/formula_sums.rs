//! A sum written out in figures (“人员经费=工资福利支出+对个人和家庭的补助=58,316,240.18+6,204,318.55=
//! 64,520,558.73元”): the figures after one “=” joined by “+” must make the figure after the next “=”. The
//! figures are compared as written — a formula writes its terms in one unit, often without it.
//!
//! Only a chain “=a+b…=s” standing alone: not inside brackets, nor divided or multiplied after (a rate's
//! formula is the rate's claim).

use std::ops::Range;

use rust_decimal::Decimal;

use super::numbers::{Number, Unit};
use super::text::ideograph;
use super::verdicts::{trim, Judged};
use super::Verdict;
use crate::core::exact::Exact;

/// Each sum written out in figures: from its first term to its result, judged.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut k = 0;
    while k < numbers.len() {
        match chain(text, numbers, k) {
            Some((last, judged)) => {
                found.push((numbers[k].start..numbers[last].end, judged));
                k = last + 1;
            }
            None => k += 1,
        }
    }
    found
}

/// The chain whose first term is `numbers[first]`: the index of its result, and the verdict.
fn chain(text: &str, numbers: &[Number], first: usize) -> Option<(usize, Judged)> {
    // A number's range holds its sign (“+860.00”): what joins two is read up to the digits.
    if !unlabelled(text.get(..numbers.get(first)?.digits_start)?).ends_with('=') {
        return None;
    }
    let mut terms = vec![written(text, numbers.get(first)?)?];
    let mut k = first + 1;
    loop {
        let (previous, number) = (numbers.get(k - 1)?, numbers.get(k)?);
        match unlabelled(text.get(previous.end..number.digits_start)?) {
            "+" => terms.push(written(text, number)?),
            "=" => break,
            _ => return None,
        }
        k += 1;
    }
    let result = numbers.get(k)?;
    let after = text.get(result.end..).unwrap_or_default();
    if terms.len() < 2 || after.starts_with(['/', '×', '*', '÷', '+', '-', '%']) || result.unit == Unit::Percent {
        return None;
    }
    let (stated, decimals) = written(text, result)?;
    let sum = terms.iter().try_fold(Decimal::ZERO, |sum, (value, _)| sum.plus(*value))?;
    let formula = terms.iter().map(|(value, _)| trim(*value)).collect::<Vec<_>>().join("+");
    let places = terms.iter().map(|(_, d)| *d).max().unwrap_or(0).max(decimals);
    let judged = if sum.round_dp(places) == stated {
        Judged::new(Verdict::Ok, format!("{formula}={}，相符", trim(sum)))
    } else {
        let off = stated.minus(sum)?.abs();
        Judged::new(Verdict::Mismatch, format!("报告写{formula}={}，应为{}，相差{}", trim(stated), trim(sum), trim(off)))
            .off(off.divided_by(sum.abs().max(Decimal::ONE))?, format!("合计写{}，应为{}", trim(stated), trim(sum)))
    };
    Some((k, judged))
}

/// The longest name a term may carry before its figure (“=人员经费612.34万元+公用经费86.50万元=…”).
const NAMED_WITHIN: usize = 12;

/// What joins two figures, less the name of the second, if it has one: a term named in words is a term.
fn unlabelled(joint: &str) -> &str {
    let name = joint.chars().rev().take_while(|c| ideograph(*c)).count();
    if name > NAMED_WITHIN { joint } else { joint.trim_end_matches(ideograph) }
}

/// A figure as written (its digits without separators) and its decimals: a formula's terms are in the
/// unit its result names, written or not.
fn written(text: &str, number: &Number) -> Option<(Decimal, u32)> {
    if number.unit == Unit::Percent {
        return None;
    }
    let digits: String = text.get(number.digits_start..number.digits_end)?.chars().filter(|c| *c != ',').collect();
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len() as u32);
    Some((digits.parse().ok()?, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;

    fn verdicts(pasted: &str) -> Vec<(String, Verdict)> {
        let text = crate::core::audit::text::Normalised::new(pasted).text;
        judged(&text, &numbers(&text)).into_iter().map(|(r, j)| (text[r].to_string(), j.verdict)).collect()
    }

    #[test]
    fn a_sum_written_out_in_figures() {
        assert_eq!(verdicts("公用经费=办公费+差旅费+维修费=1,200.50+860.00+339.50=2,400.00元。"), [("1200.50+860.00+339.50=2400.00元".into(), Verdict::Ok)]);
        assert_eq!(verdicts("公用经费=办公费+差旅费+维修费=1,200.50+860.00+339.50=2,410.00元。")[0].1, Verdict::Mismatch);
        assert_eq!(verdicts("全年预算=12.00+3.50=15.50万元")[0].1, Verdict::Ok);
    }

    #[test]
    fn a_sum_of_named_terms() {
        assert_eq!(verdicts("其中：基本支出=工资福利402.17万元+商品服务57.30万元=459.47万元，占总支出的61.2%。"), [("402.17万元+商品服务57.30万元=459.47万元".into(), Verdict::Ok)]);
        let slipped = verdicts("其中：基本支出=工资福利402.17万元+商品服务57.30万元=495.47万元，占总支出的61.2%。");
        assert_eq!(slipped.iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch]);
        assert!(verdicts("执行率=支出45.20万元/预算50.00万元×100%=90.4%").is_empty());
    }

    #[test]
    fn a_rates_formula_is_no_sum() {
        assert!(verdicts("执行率=(12.00+3.50)/16.00×100%=96.88%").is_empty());
        assert!(verdicts("执行率=12.00+3.50=15.50/16.00×100%").is_empty());
        assert!(verdicts("预算12.00+3.50万元").is_empty());
    }
}
