//! A group of projects with its 小计 (“一是保障类项目，共2个，预算小计80.00万元，支出小计78.68万元。” over the
//! group's projects, each read with its own budget, spending and rate below it): each 小计 must be the sum of
//! its group's — as many projects as it counts, one a line just below it (SPEC §11, totals with their parts).

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::labels::sentences;
use super::listed_sum::count_before;
use super::numbers::{Number, Unit};
use super::project_rates::ProjectRate;
use super::verdicts::{Judged, Shown};
use super::Verdict;

/// The words of a group's 小计 of budgets, and of spending.
const BUDGET_SUBTOTAL: [&str; 2] = ["预算小计", "预算数小计"];
const SPENT_SUBTOTAL: [&str; 3] = ["实际支出小计", "支出小计", "执行数小计"];

/// Each group's 小计 judged on its projects (`projects`, in the order they stand): the figure's range and verdict.
pub fn judged(text: &str, numbers: &[Number], projects: &[ProjectRate]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    for (start, sentence) in sentences(text) {
        let end = start + sentence.len();
        if !sentence.contains("小计") {
            continue;
        }
        let Some(count) = counted(sentence) else { continue };
        // The group's projects: the next ones, as many as it counts, one a line on the lines just below it.
        let first = projects.partition_point(|p| p.range.start < end);
        let Some(below) = projects.get(first..first + count) else { continue };
        let mut line_end = end;
        let one_a_line = below.iter().all(|p| {
            let Some(line) = text.get(line_end..p.range.start) else { return false };
            let own_line = line.matches('\n').count() <= 1 && !line.trim_start_matches('\n').is_empty();
            line_end = text.get(p.range.start..).and_then(|rest| rest.find('\n')).map_or(text.len(), |at| p.range.start + at);
            own_line
        });
        if !one_a_line {
            continue;
        }
        let budgets = below.iter().map(|p| p.budget).collect::<Vec<_>>();
        let spent = below.iter().map(|p| p.spent).collect::<Vec<_>>();
        let in_yuan = below.iter().any(|p| p.in_yuan);
        for (words, parts, what) in [(&BUDGET_SUBTOTAL[..], &budgets, "预算"), (&SPENT_SUBTOTAL[..], &spent, "支出")] {
            let Some(total) = after_words(text, numbers, start, end, words) else { continue };
            found.extend(judge(total, parts, what, in_yuan).map(|j| (total.start..total.end, j)));
        }
    }
    found
}

/// “共2个”, “共三项”, “2个项目”: how many projects the group counts.
fn counted(sentence: &str) -> Option<usize> {
    let at = sentence.find('共')? + '共'.len_utf8();
    let rest = sentence.get(at..)?;
    let count_end = rest.find(['个', '项'])?;
    let (count, from) = count_before(rest.get(..count_end)?)?;
    (from == 0).then_some(count)
}

/// The amount right after one of `words` (perhaps after 为) in `start..end`.
fn after_words<'a>(text: &str, numbers: &'a [Number], start: usize, end: usize, words: &[&str]) -> Option<&'a Number> {
    let sentence = text.get(start..end)?;
    let (at, word) = words.iter().filter_map(|w| sentence.find(w).map(|at| (at, *w))).min_by_key(|(at, _)| *at)?;
    let from = start + at + word.len();
    let from = if text.get(from..).is_some_and(|r| r.starts_with('为')) { from + '为'.len_utf8() } else { from };
    numbers.iter().find(|n| n.start == from && n.unit == Unit::Wan)
}

fn judge(total: &Number, parts: &[Decimal], what: &str, in_yuan: bool) -> Option<Judged> {
    let sum = parts.iter().try_fold(Decimal::ZERO, |s, v| s.plus(*v))?;
    let shown = Shown::of("万元", in_yuan, parts.iter().copied().chain([total.value]));
    let formula = parts.iter().map(|v| shown.text(*v)).collect::<Vec<_>>().join("+");
    if sum == total.value {
        return Some(Judged::new(Verdict::Ok, format!("{what}小计{}={formula}（本组{}个项目），相符", shown.text(sum), parts.len())));
    }
    let off = total.value.minus(sum)?.abs();
    let share = if sum.is_zero() { Decimal::ONE } else { off.divided_by(sum)? };
    Some(
        Judged::new(Verdict::Mismatch, format!("报告写{what}小计{}，本组{}个项目之和为{}（{formula}），相差{}", shown.text(total.value), parts.len(), shown.text(sum), shown.text(off)))
            .off(share, format!("{what}小计写{}，应为{}", shown.text(total.value), shown.text(sum))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::project_rates::found;
    use crate::core::audit::text::Normalised;

    fn verdicts(pasted: &str) -> Vec<(String, Verdict)> {
        let text = Normalised::new(pasted).text;
        let numbers = numbers(&text);
        judged(&text, &numbers, &found(&text, &numbers)).into_iter().map(|(range, j)| (text[range].to_string(), j.verdict)).collect()
    }

    #[test]
    fn a_groups_subtotals_are_its_projects_sums() {
        let report = |budget: &str| {
            format!("一是水利类项目，共2个，预算小计{budget}万元，支出小计33.00万元。\n1.山塘整治：预算20.00万元，实际支出19.00万元，执行率95.00%。\n2.渠道维修：预算15.00万元，实际支出14.00万元，执行率93.33%。\n二是农业类项目，共1个，预算小计8.00万元，支出小计8.00万元。\n1.农技培训：预算8.00万元，实际支出8.00万元，执行率100.00%。\n")
        };
        assert_eq!(
            verdicts(&report("35.00")),
            [("35.00万元".to_string(), Verdict::Ok), ("33.00万元".to_string(), Verdict::Ok), ("8.00万元".to_string(), Verdict::Ok), ("8.00万元".to_string(), Verdict::Ok)]
        );
        assert_eq!(verdicts(&report("36.00"))[0].1, Verdict::Mismatch);
        // A count that is not the group's projects below: no claim.
        assert!(verdicts(&report("35.00").replace("共2个", "共3个")).iter().all(|(s, _)| s.starts_with('8')));
        // The last group's projects, a project restated further on: the group is its lines below.
        let further = format!("{}四、问题\n渠道维修：预算15.00万元，实际支出14.00万元，执行率93.33%，进度偏慢。\n", report("35.00"));
        assert_eq!(verdicts(&further).len(), 4);
    }
}
