//! 结转结余变动率 — this year's 年末结转结余 less last year's, over last year's (SPEC §11: a rate is recomputed
//! from the report's own figures). Last year's year-end balance is what this year carried over (上年结转).
//! A formula written in figures before the rate (“（本年结余1.20－上年结余3.00）÷上年结余3.00×100%”) is
//! worked as written; else the rate is computed from the two balances the text states, where it states both.
//! Its value is judged as every rate is: rounded, or cut short at one decimal (SPEC §4), and a whole “-80%”
//! is compared at one decimal.

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use super::formula;
use super::numbers::{Number, Unit};
use super::verdicts::{compare, trim, Judged, Match};
use super::Verdict;
use crate::core::calc::rate::Rate;
use crate::core::exact::Exact;

/// The rate's name; “结转结余变动率” ends so too.
const NAME: &str = "结余变动率";
/// How far after its name a rate's value may stand (a formula between): no report writes a longer one.
const REACH: usize = 200;

/// Each 结转结余变动率 stated with a value: the range from its name to its value, and the verdict.
/// `balances` are this year's 年末结转结余 and last year's (上年结转), where the text states them.
pub fn judged(text: &str, numbers: &[Number], balances: (Option<Decimal>, Option<Decimal>)) -> Vec<(Range<usize>, Judged)> {
    text.match_indices(NAME).filter_map(|(at, name)| stated(text, numbers, at, at + name.len(), balances)).collect()
}

fn stated(text: &str, numbers: &[Number], at: usize, name_end: usize, balances: (Option<Decimal>, Option<Decimal>)) -> Option<(Range<usize>, Judged)> {
    let start = if text.get(..at)?.ends_with("结转") { at - "结转".len() } else { at };
    let rest = text.get(name_end..)?;
    let clause_end = name_end + rest.find(['。', ';', '\n']).unwrap_or(rest.len()).min(REACH);
    let first = numbers.partition_point(|n| n.start < name_end);
    // “…×100%＝-60.00%”: the formula's 100% is no value of the rate.
    let times_hundred = |n: &&Number| text.get(..n.start).is_some_and(|before| before.ends_with(['×', '*', 'x', 'X']));
    let value = numbers[first..].iter().take_while(|n| n.end <= clause_end).filter(|n| n.unit == Unit::Percent).find(|n| !times_hundred(n))?;
    // “…×100%⇥-78.35%”: a sign the figure was not read with (after a cell's tab) is still its sign.
    let before = text.get(name_end..value.start)?;
    let sign = ['-', '－', '−'].into_iter().find(|c| before.ends_with(*c) && !value.value.is_sign_negative());
    let value_start = value.start - sign.map_or(0, char::len_utf8);
    let between = text.get(name_end..value_start)?;
    let falling = sign.is_some() || ["下降", "减少", "降低"].iter().any(|w| between.ends_with(w));
    let written = if falling { Decimal::ZERO.minus(value.value.abs())? } else { value.value };
    let shown = format!("{}{}", if sign.is_some() { "-" } else { "" }, text.get(value.start..value.end)?);
    let shown = shown.as_str();
    let worked = formula::value(&formula::tokens(text, name_end..value_start, numbers));
    let judged = match (worked, balances) {
        (Some(rate), _) => on_rate(&rate, written, value.decimals, shown, "其公式中的数字算得")?,
        (None, (Some(this), Some(last))) => {
            let rate = Rate::new(this.minus(last)?, last)?;
            let how = format!("（年末结转结余{}万元－上年结转{}万元）÷上年结转{}万元×100%", trim(this), trim(last), trim(last));
            on_rate(&rate, written, value.decimals, shown, &format!("按报告自身数字{how}应为"))?
        }
        (None, _) => return None,
    };
    Some((start..value.end, judged))
}

/// A written rate (`written`, its `decimals`, as `shown`) judged on `rate` by the rule every rate is judged by
/// (`verdicts::compare`: rounded, or cut short at one or two decimals, noted).
fn on_rate(rate: &Rate, written: Decimal, decimals: u32, shown: &str, how: &str) -> Option<Judged> {
    let exact = rate.percent_value()?;
    let right = trim(exact.round_dp_with_strategy(decimals.max(2), RoundingStrategy::MidpointAwayFromZero));
    let agrees = Judged::new(Verdict::Ok, format!("结转结余变动率{shown}，{how}{right}%，相符"));
    match compare(written, decimals, rate)? {
        Match::Rounded => Some(agrees),
        Match::Truncated(cut) => Some(agrees.noted([cut.note(shown)])),
        Match::Differs => {
            let rounded = exact.round_dp_with_strategy(decimals.max(1), RoundingStrategy::MidpointAwayFromZero);
            let share = written.minus(rounded)?.abs().divided_by(rounded.abs().max(Decimal::ONE))?;
            Some(Judged::new(Verdict::Mismatch, format!("报告写结转结余变动率{shown}，{how}{right}%")).off(share, format!("结转结余变动率写{shown}，应为{right}%")))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    fn verdicts(text: &str) -> Vec<Verdict> {
        audit(text).claims.into_iter().filter(|c| c.id == "carryover_change").map(|c| c.verdict).collect()
    }

    #[test]
    fn a_change_of_the_year_end_balance_is_worked_from_its_formula() {
        assert_eq!(verdicts("结转结余变动率＝（本年结余2.40－上年结余6.00）÷上年结余6.00×100%＝-60.00%。"), [Verdict::Ok]);
        assert_eq!(verdicts("结转结余变动率＝（本年结余2.40－上年结余6.00）÷上年结余6.00×100%＝-66.00%。"), [Verdict::Mismatch]);
        // A table's row: formula and result in cells of their own, the result's sign after a tab.
        let row = |rate: &str| format!("指标\t计算公式\t结果\n结转结余变动率\t（本年结余2.40－上年结余6.00）÷上年结余6.00×100%\t{rate}\n");
        assert_eq!(verdicts(&row("-60.00%")), [Verdict::Ok]);
        assert_eq!(verdicts(&row("-62.00%")), [Verdict::Mismatch]);
    }

    #[test]
    fn without_a_formula_it_is_worked_from_the_two_balances() {
        let report = |rate: &str| format!("2023年度全年预算312.00万元，其中上年结转9.60万元。年末结转结余7.20万元。结转结余变动率为{rate}。");
        assert_eq!(verdicts(&report("-25.00%")), [Verdict::Ok]);
        assert_eq!(verdicts(&report("下降25%")), [Verdict::Ok]);
        assert_eq!(verdicts(&report("-23.00%")), [Verdict::Mismatch]);
        // Without last year's balance there is nothing to work it from.
        assert!(verdicts("年末结转结余7.20万元。结转结余变动率为-23.00%。").is_empty());
    }

    #[test]
    fn its_value_is_judged_by_the_rule_of_every_rate() {
        // (7.20 − 9.63) ÷ 9.63 = −25.2336…%
        let report = |rate: &str| format!("2023年度全年预算312.00万元，其中上年结转9.63万元。年末结转结余7.20万元。结转结余变动率为{rate}。");
        assert_eq!(verdicts(&report("-25.23%")), [Verdict::Ok]);
        // Cut short at one decimal or two is a 口径 real reports use (noted); a whole figure is not, nor a
        // hundredth past the cut.
        assert_eq!(verdicts(&report("-25.2%")), [Verdict::Ok]);
        assert_eq!(verdicts(&report("-25.24%")), [Verdict::Mismatch]);
        assert_eq!(verdicts(&report("-25%")), [Verdict::Mismatch]);
        let cut = |rate: &str| format!("2023年度全年预算312.00万元，其中上年结转9.63万元。年末结转结余7.21万元。结转结余变动率为{rate}。");
        let judged = audit(&cut("-25.12%"));
        let noted = judged.claims.iter().any(|c| c.verdict == Verdict::Ok && c.notes.iter().any(|n| n.contains("截尾保留两位小数") && n.contains("-25.13%")));
        assert!(noted, "−25.1298…% cut short at two decimals: {:#?}", judged.claims);
        assert_eq!(verdicts(&cut("-25.11%")), [Verdict::Mismatch]);
    }
}
