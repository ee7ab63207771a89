//! A rate stated after the two figures it is made of, in one sentence (“…应到位3,126.40万元，实际到位3,098.20万元，
//! 资金到位率99.71%”, “计划完成…，实际完成…，完成率…”): what was done over what was due. Only where the rate is
//! named after the same doing (到位 ↔ 到位率), both figures are amounts or counts of one unit, and each says
//! which it is (应… / 计划…, then 实际…) — a 满意度 or a target is no such rate.

use std::ops::Range;

use super::numbers::{Number, Unit};
use super::text::start_after_last;
use super::verdicts::{judge_ratio, trim, Judged, Shown};

/// What is done, as a rate's name and its figures' labels say it.
const DOINGS: [&str; 4] = ["到位", "完成", "执行", "拨付"];

/// Words between a rate's name and its figure.
const LINKS: [&str; 5] = ["", "为", "达", "达到", "："];

/// Each such rate judged, at its figure.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    for (k, rate) in numbers.iter().enumerate().filter(|(_, n)| n.unit == Unit::Percent) {
        let Some(before) = text.get(..rate.start) else { continue };
        let Some(doing) = DOINGS.iter().find(|d| LINKS.iter().any(|link| before.ends_with(&format!("{d}率{link}")))) else { continue };
        if let Some(judged) = judge(text, numbers, k, doing) {
            found.push((rate.start..rate.end, judged));
        }
    }
    found
}

/// The `k`th number, a rate of `doing`, on the figures due and done before it in its sentence.
fn judge(text: &str, numbers: &[Number], k: usize, doing: &str) -> Option<Judged> {
    let rate = numbers.get(k)?;
    // Scanned back no further than the second figure before: only those two need the sentence (a table
    // copied as one long line has no sentence ends).
    let floor = k.checked_sub(2).and_then(|i| numbers.get(i)).map_or(0, |n| n.start).min(rate.start);
    let sentence = floor + start_after_last(text.get(floor..rate.start)?, &['。', '；', '\n']);
    // The two figures just before the rate (a paragraph's number, “5.”, may open the sentence).
    let earlier: Vec<usize> = (0..k).rev().take(2).filter(|&i| numbers[i].start >= sentence).collect();
    let due_word = |l: &str| l.contains(&format!("应{doing}")) || l.contains("计划");
    let done_word = |l: &str| l.contains("实际") && !due_word(l);
    let [done, due] = earlier.as_slice() else { return None };
    let (due_label, done_label) = (label(text, numbers, *due)?, label(text, numbers, *done)?);
    // 计划 and 实际 alone are of a 完成率; of another rate the figures name its doing.
    let of_doing = due_label.contains(doing) || done_label.contains(doing) || doing == "完成";
    if !due_word(due_label) || !done_word(done_label) || !of_doing {
        return None;
    }
    let (due, done) = (&numbers[*due], &numbers[*done]);
    let unit = same_unit(text, due, done)?;
    let written = text.get(rate.start..rate.end)?;
    let said = format!("{doing}率");
    match unit {
        None => {
            let in_yuan = text.get(done.digits_end..done.end) == Some("元");
            let shown = Shown::of("万元", in_yuan, [due.value, done.value]);
            let figures = format!("实际{doing}{}/应{doing}{}", shown.text(done.value), shown.text(due.value));
            judge_ratio(&said, written, rate, (done.value, due.value), (&figures, &format!("同句所列的应{doing}数和实际{doing}数")), in_yuan)
        }
        Some(unit) => {
            let figures = format!("实际{}{unit}/计划{}{unit}", trim(done.value), trim(due.value));
            judge_ratio(&said, written, rate, (done.value, due.value), (&figures, "同句所列的计划数和实际数"), true)
        }
    }
}

/// The words labelling the `i`th number: back to the figure before it or its clause's start.
fn label<'t>(text: &'t str, numbers: &[Number], i: usize) -> Option<&'t str> {
    let number = numbers.get(i)?;
    // Scanned back no further than the previous figure, as savings' labels are.
    let previous = i.checked_sub(1).map_or(0, |p| numbers[p].end).min(number.start);
    let from = previous + start_after_last(text.get(previous..number.start)?, &['，', '。', '；', '\n']);
    text.get(from.min(number.start)..number.start)
}

/// Whether two figures are of one kind: both amounts (`Some(None)`), or counts of the same unit, written
/// right after them (`Some(Some(unit))`: “1,200户”, “36个”).
fn same_unit<'t>(text: &'t str, due: &Number, done: &Number) -> Option<Option<&'t str>> {
    if due.unit == Unit::Wan && done.unit == Unit::Wan {
        return Some(None);
    }
    let unit = |n: &Number| {
        let after = text.get(n.digits_end..)?;
        let word: &str = &after[..after.char_indices().find(|(_, c)| !c.is_alphabetic() || "，。；的".contains(*c)).map_or(after.len(), |(at, _)| at)];
        (!word.is_empty() && word.chars().count() <= 2).then_some(word)
    };
    let (a, b) = (unit(due)?, unit(done)?);
    (a == b && ![due.unit, done.unit].contains(&Unit::Wan) && ![due.unit, done.unit].contains(&Unit::Percent)).then_some(Some(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::Verdict;

    fn verdicts(pasted: &str) -> Vec<Verdict> {
        crate::core::audit::verdicts_of(pasted, judged)
    }

    #[test]
    fn a_rate_after_its_two_figures_is_what_was_done_over_what_was_due() {
        assert_eq!(verdicts("农村饮水补助资金应到位520.00万元，实际到位507.00万元，资金到位率97.50%。"), [Verdict::Ok]);
        assert_eq!(verdicts("农村饮水补助资金应到位520.00万元，实际到位507.00万元，资金到位率98.40%。"), [Verdict::Mismatch]);
        // Counts of one unit, planned and done.
        assert_eq!(verdicts("计划新修农田水渠12公里，实际完成11.4公里，完成率95%。"), [Verdict::Ok]);
        assert_eq!(verdicts("计划新修农田水渠12公里，实际完成11.4公里，完成率98%。"), [Verdict::Mismatch]);
    }

    #[test]
    fn a_rate_of_another_doing_or_other_figures_is_left_alone() {
        // Named after another doing than its figures'.
        assert!(verdicts("补助资金应到位520.00万元，实际到位507.00万元，完成率97.50%。").is_empty());
        // A 满意度, a target.
        assert!(verdicts("计划回访300户，实际回访276户，满意度92%。").is_empty());
        assert!(verdicts("年度目标到位率≥95%，实际到位507.00万元。").is_empty());
        // Counts of two units.
        assert!(verdicts("计划培训400人次，实际完成12期，完成率95%。").is_empty());
    }
}
