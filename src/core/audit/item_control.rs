//! An item's 控制率 stated right after its own budget and actual (“…公务接待费预算1.50万元，决算0.98万元，控制率
//! 65.33%”, a “三公” part, 会议费, 培训费): its actual over its budget, recomputed from the two figures before it.
//! The unit's own rates (“三公”经费控制率, 公用经费控制率) are the indicators' claims, read elsewhere.

use std::ops::Range;

use super::numbers::{Number, Unit};
use super::text::{ideograph, start_after_last};
use super::verdicts::{judge_item_control, Judged};

/// Words that name the actual spending of an item, against its budget.
const ACTUAL: [&str; 4] = ["决算", "实际", "支出", "执行"];

/// Each 控制率 stated after its item's budget and actual: the rate's range and verdict.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    text.match_indices("控制率").filter_map(|(at, word)| item_rate(text, numbers, at, at + word.len())).collect()
}

fn item_rate(text: &str, numbers: &[Number], at: usize, word_end: usize) -> Option<(Range<usize>, Judged)> {
    let value_at = word_end + ["为", ":"].iter().find(|w| text.get(word_end..).is_some_and(|r| r.starts_with(**w))).map_or(0, |w| w.len());
    let index = numbers.binary_search_by_key(&value_at, |n| n.start).ok()?;
    let rate = numbers.get(index).filter(|n| n.unit == Unit::Percent)?;
    // The two figures just before it: its budget, then its actual, the rate at once after them.
    let before = numbers.get(..index)?;
    let [budget, actual] = before.get(before.len().checked_sub(2)?..)? else { return None };
    let after_actual = text.get(actual.end..at)?;
    if budget.unit != Unit::Wan || actual.unit != Unit::Wan || !["，", ","].contains(&after_actual) {
        return None;
    }
    let actual_label = text.get(budget.end..actual.start)?;
    if actual_label.chars().count() > 6 || !ACTUAL.iter().any(|w| actual_label.contains(w)) {
        return None;
    }
    // The budget's words: the item's name, then 预算, in a clause of their own.
    let lead = text.get(..budget.start)?;
    let clause_start = start_after_last(lead, &['，', ',', '、', ';', ':', '。', '\n']);
    let name = lead.get(clause_start..)?.strip_suffix("预算")?;
    let plain = (2..=12).contains(&name.chars().count()) && name.chars().all(ideograph);
    if !plain {
        return None;
    }
    let in_yuan = [budget, actual].iter().any(|n| text.get(n.digits_end..n.end) == Some("元"));
    let judged = judge_item_control(name, text.get(rate.start..rate.end)?, rate, (actual.value, budget.value), in_yuan)?;
    Some((at..rate.end, judged))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::text::Normalised;
    use crate::core::audit::Verdict;

    fn verdicts(pasted: &str) -> Vec<(String, Verdict)> {
        let text = Normalised::new(pasted).text;
        judged(&text, &numbers(&text)).into_iter().map(|(range, j)| (text[range].to_string(), j.verdict)).collect()
    }

    #[test]
    fn an_items_control_rate_is_its_actual_over_its_budget() {
        let text = "分项看：会议费预算2.00万元，决算1.50万元，控制率75.00%；差旅费预算4.00万元、实际支出3.90万元，控制率96.50%。";
        assert_eq!(verdicts(text), [("控制率75.00%".to_string(), Verdict::Ok), ("控制率96.50%".to_string(), Verdict::Mismatch)]);
        // In 元, as written.
        assert_eq!(verdicts("印刷费预算30,000元，决算24,600元，控制率82.00%。")[0].1, Verdict::Ok);
        // Not an item's own two figures: no claim.
        assert!(verdicts("会议费预算2.00万元，上年1.80万元，控制率75.00%。").is_empty());
        assert!(verdicts("全年预算2.00万元，决算1.50万元，其中会议费0.5万元，控制率75.00%。").is_empty());
    }
}
