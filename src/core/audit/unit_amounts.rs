//! A 部门汇总 report's spending (or budget) unit by unit, in the sentence right after the department's total (“全系统支出
//! 决算数812.40万元。分单位看，局机关503.10万元，检测站309.30万元。”): the units' amounts make that total.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::figures::StatedTotal;
use super::numbers::{Number, Unit};
use super::text::{ideograph, start_after_last};
use super::verdicts::{total_name, Judged, Shown};
use super::{Verdict, SENTENCE_ENDS};

/// How such a sentence opens: unit by unit.
const BY_UNIT: [&str; 5] = ["分单位看", "分单位", "按单位分", "按单位看", "从单位看"];

/// Each sentence listing the units' amounts, judged on the total the sentence before states: its range
/// (from its opening to its last amount), the total's id (spend, annual_budget) and the judgement.
pub fn judged(text: &str, numbers: &[Number], totals: &[StatedTotal]) -> Vec<(Range<usize>, &'static str, Judged)> {
    let mut found = Vec::new();
    for (at, opening) in BY_UNIT.iter().flat_map(|w| text.match_indices(*w)) {
        // The longest opening only (“分单位看” rather than its “分单位”).
        if BY_UNIT.iter().any(|w| w.len() > opening.len() && text.get(at..).is_some_and(|rest| rest.starts_with(w))) {
            continue;
        }
        if let Some(claim) = units_judged(text, numbers, totals, at) {
            found.push(claim);
        }
    }
    found
}

fn units_judged(text: &str, numbers: &[Number], totals: &[StatedTotal], at: usize) -> Option<(Range<usize>, &'static str, Judged)> {
    // The sentence opens here; the one before it ends right before.
    let prior = text.get(..at)?.trim_end();
    let body = prior.strip_suffix('。')?;
    let previous_start = start_after_last(body, &SENTENCE_ENDS);
    let of_the_sentence = |t: &&StatedTotal| !t.in_table && matches!(t.id, "spend" | "annual_budget") && previous_start <= t.stated.start && t.stated.end <= body.len();
    let total = totals.iter().filter(of_the_sentence).min_by_key(|t| t.stated.start)?;
    let rest = text.get(at..)?;
    let end = at + rest.find(SENTENCE_ENDS).unwrap_or(rest.len());
    let units = listed_units(text, numbers, at..end)?;
    let sum = units.iter().try_fold(Decimal::ZERO, |sum, (_, value)| sum.plus(*value))?;
    let stated = total.stated.value;
    let (name, _) = total_name(total.id);
    let shown = Shown::of("万元", false, units.iter().map(|(_, v)| *v).chain([stated, sum]));
    let formula: Vec<String> = units.iter().map(|(unit, value)| format!("{unit}{}", shown.text(*value))).collect();
    let formula = formula.join("+");
    let range = at..last_amount_end(numbers, at..end);
    if sum == stated {
        return Some((range, total.id, Judged::new(Verdict::Ok, format!("{name}{}={formula}（分单位所列），相符", shown.text(stated)))));
    }
    let difference = stated.minus(sum)?.abs();
    let share = difference.divided_by(stated.abs().max(Decimal::ONE)).unwrap_or_default();
    let (written, summed) = (shown.text(stated), shown.text(sum));
    let judged = Judged::new(Verdict::Mismatch, format!("报告写{name}{written}，分单位所列各单位之和为{summed}（{formula}），相差{}", shown.text(difference)))
        .off(share, format!("{name}写{written}，各单位之和为{summed}"));
    Some((range, total.id, judged))
}

/// “局机关503.10万元，检测站309.30万元”: each clause a unit's name and its amount, nothing else — two or more.
fn listed_units<'a>(text: &'a str, numbers: &[Number], sentence: Range<usize>) -> Option<Vec<(&'a str, Decimal)>> {
    let within: Vec<&Number> = numbers.iter().filter(|n| sentence.start <= n.start && n.end <= sentence.end).collect();
    let mut units = Vec::new();
    let mut from = sentence.start;
    for number in &within {
        if number.unit != Unit::Wan {
            return None;
        }
        let words = text.get(from..number.start)?;
        let name = words.rsplit(['，', ',', '、', ':']).next().unwrap_or(words).trim();
        // A name only: no figure, no share or rate, no other subject (“其中…”).
        let plain = (2..=16).contains(&name.chars().count()) && name.chars().all(ideograph) && !name.contains("其中");
        if !plain || BY_UNIT.iter().any(|w| name.contains(w)) {
            return None;
        }
        units.push((name, number.value));
        from = number.end;
    }
    // The sentence ends on its last amount (a remark after it would be something else).
    let tail = text.get(from..sentence.end)?.trim();
    (units.len() >= 2 && tail.is_empty()).then_some(units)
}

fn last_amount_end(numbers: &[Number], sentence: Range<usize>) -> usize {
    numbers.iter().filter(|n| sentence.start <= n.start && n.end <= sentence.end).map(|n| n.end).max().unwrap_or(sentence.end)
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Claim, Verdict};

    fn by_units(spent: &str, second: &str) -> Vec<Claim> {
        let text = format!("一、部门汇总情况\n本系统汇总支出决算数{spent}万元，比上年增加20.00万元。分单位看，局机关503.10万元，质量检测站{second}万元。\n");
        audit(&text).claims.into_iter().filter(|c| c.stated.contains("分单位看")).collect()
    }

    #[test]
    fn the_units_amounts_make_the_departments_total() {
        let right = by_units("812.40", "309.30");
        assert_eq!(right.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{right:?}");
        let wrong = by_units("812.40", "301.30");
        assert_eq!(wrong.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{wrong:?}");
        assert!(wrong[0].detail.contains("各单位之和为804.4万元") && wrong[0].detail.contains("相差8万元"), "{}", wrong[0].detail);
    }

    #[test]
    fn the_units_budgets_make_the_years_budget() {
        let text = |second: &str| format!("本系统全年预算数640.00万元，由年初预算600.00万元和年中追加40.00万元组成。按单位分，局机关410.00万元，质量检测站{second}万元。\n");
        let right: Vec<Claim> = audit(&text("230.00")).claims.into_iter().filter(|c| c.stated.contains("按单位分")).collect();
        assert_eq!(right.iter().map(|c| (c.id.as_str(), c.verdict)).collect::<Vec<_>>(), [("annual_budget", Verdict::Ok)], "{right:?}");
        let wrong: Vec<Claim> = audit(&text("220.00")).claims.into_iter().filter(|c| c.stated.contains("按单位分")).collect();
        assert_eq!(wrong.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{wrong:?}");
    }

    #[test]
    fn units_with_other_words_or_no_total_before_are_not_summed() {
        let text = "本系统汇总支出决算数812.40万元。分单位看，局机关503.10万元，占61.93%，质量检测站301.30万元。\n";
        assert!(audit(text).claims.iter().all(|c| !c.stated.contains("分单位看")));
        let alone = "一、概况\n分单位看，局机关503.10万元，质量检测站301.30万元。\n";
        assert!(audit(alone).claims.iter().all(|c| c.verdict != Verdict::Mismatch));
    }
}
