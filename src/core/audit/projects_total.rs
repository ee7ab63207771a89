//! The projects' overall 执行率 stated before the projects it is over (“共实施项目4个，项目整体执行率为96.36%，
//! 具体为：⏎道路养护，全年预算24.00万元，实际支出23.52万元；…⏎…”): their spending over their budgets, added
//! up from the items that follow — as many as the sentence counts, each with its budget and its spending.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::damage::is_heading;
use super::labels::{sentences, window_before};
use super::listed_sum::count_before;
use super::numbers::{Number, Unit};
use super::sub_items::SPENT;
use super::verdicts::{judge_project_rate, Judged};

/// Names of the projects' overall rate.
const OVERALL: [&str; 4] = ["整体执行率", "总体执行率", "综合执行率", "平均执行率"];
/// How far after the rate the items may run (and the audit stays linear).
const WINDOW: usize = 3000;

/// Each overall rate stated over the items after it: its range and verdict.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    sentences(text).filter_map(|(start, sentence)| overall(text, numbers, start, sentence)).collect()
}

fn overall(text: &str, numbers: &[Number], start: usize, sentence: &str) -> Option<(Range<usize>, Judged)> {
    let (name_at, name) = OVERALL.iter().find_map(|n| sentence.find(n).map(|at| (at, *n)))?;
    let value_at = start + name_at + name.len() + sentence.get(name_at + name.len()..)?.chars().take_while(|c| "为:达".contains(*c)).map(char::len_utf8).sum::<usize>();
    let rate = numbers.iter().find(|n| n.start == value_at && n.unit == Unit::Percent)?;
    // A sentence with amounts of its own states the rate on them, not over the items below — unless they
    // open a list after the rate (“…96.36%，具体为：道路养护，预算…”).
    let end = start + sentence.len();
    let first_amount = numbers.iter().find(|n| n.start >= start && n.end <= end && n.unit == Unit::Wan);
    if first_amount.is_some_and(|n| n.start < rate.start || !text.get(rate.end..n.start).is_some_and(|words| words.contains(':'))) {
        return None;
    }
    let count = counted(sentence.get(..name_at)?)?;
    let items = items_after(text, numbers, rate.end, count)?;
    let (mut spent, mut budget) = (Decimal::ZERO, Decimal::ZERO);
    for (b, s) in &items {
        budget = budget.plus(b.value)?;
        spent = spent.plus(s.value)?;
    }
    let in_yuan = items.iter().any(|(b, _)| !text.get(b.start..b.end).is_some_and(|t| t.contains("万元")));
    let written = text.get(rate.start..rate.end)?;
    let mut judged = judge_project_rate(&format!("所列{count}个项目合计"), written, rate, (spent, budget), in_yuan)?;
    judged.detail = judged.detail.replace("按该项目的预算和支出", "按其后所列各项目的预算和支出之和");
    Some((start + name_at..rate.end, judged))
}

/// How many projects the sentence counts (“共实施项目4个”, “三个项目”, “5项”).
fn counted(sentence: &str) -> Option<usize> {
    // “项目4个”
    if let Some(rest) = sentence.find("项目").and_then(|at| sentence.get(at + "项目".len()..)) {
        let figure = rest.find(['个', '项']).and_then(|end| rest.get(..end)).filter(|f| !f.is_empty());
        if let Some((count, 0)) = figure.and_then(count_before) {
            return Some(count);
        }
    }
    // “4个项目”, “三项”
    ["个项目", "项"].iter().find_map(|unit| count_before(sentence.get(..sentence.find(unit)?)?)).map(|(count, _)| count)
}

/// The `count` items after `from`, each a piece (between line breaks and “;”) with its budget then its
/// spending; none if a heading comes first, or other pieces with amounts stand between them.
fn items_after<'a>(text: &str, numbers: &'a [Number], from: usize, count: usize) -> Option<Vec<(&'a Number, &'a Number)>> {
    let rest = text.get(from..)?;
    let window = rest.get(..rest.len().min(WINDOW)).or_else(|| rest.get(..))?;
    let mut items = Vec::new();
    let mut at = from;
    for piece in window.split_inclusive(['\n', ';', '。']) {
        let (start, end) = (at, at + piece.len());
        at = end;
        if items.len() == count {
            break;
        }
        if piece.trim().is_empty() {
            continue;
        }
        if is_heading(piece) && !piece.contains("预算") {
            return None;
        }
        let amounts: Vec<&Number> = numbers.iter().filter(|n| n.start >= start && n.end <= end && n.unit == Unit::Wan).collect();
        match item(text, &amounts) {
            Some(item) => items.push(item),
            // A piece of what the money did (“完成22台警报器维护”) between items is no item.
            None if amounts.is_empty() => continue,
            None => return None,
        }
    }
    (items.len() == count && count >= 2).then_some(items)
}

/// A piece's budget and spending: its first two amounts, after 预算 and after a word of spending.
fn item<'a>(text: &str, amounts: &[&'a Number]) -> Option<(&'a Number, &'a Number)> {
    let (&budget, &spent) = (amounts.first()?, amounts.get(1)?);
    // “全年预算24.00万元”, “预算120.00万元”: 预算 just before the budget.
    let budget_words = window_before(text, budget.start, 18);
    let spent_words = text.get(budget.end..spent.start)?;
    (budget_words.contains("预算") && SPENT.iter().any(|w| spent_words.contains(w)) && spent_words.chars().count() <= 8).then_some((budget, spent))
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    #[test]
    fn an_overall_rate_over_the_items_in_the_paragraphs_below() {
        // 8.40+30.00+5.10 = 43.50 of 9.00+30.00+6.00 = 45.00: 96.67%, not 97.67%.
        let text = "本年度共安排项目三个，项目总体执行率为97.67%。\n\n村道硬化，全年预算30.00万元，实际支出30.00万元；完成硬化道路2.6公里。\n\n饮水安全巩固，预算9.00万元，支出8.40万元，新建蓄水池2座。\n\n农技培训，预算6.00万元，支出5.10万元，培训农户410人次。\n\n（三）结转结余\n";
        let audit = audit(text);
        let overall: Vec<_> = audit.claims.iter().filter(|c| c.stated.contains("总体执行率")).collect();
        assert_eq!(overall.len(), 1, "{:#?}", audit.claims);
        assert_eq!(overall[0].verdict, Verdict::Mismatch);
        assert!(overall[0].detail.contains("96.67%"), "{}", overall[0].detail);
        // Items fewer than the count: no sum of them.
        let short = "共实施项目4个，项目整体执行率为96.67%。\n村道硬化，预算30.00万元，支出30.00万元。\n农技培训，预算6.00万元，支出5.10万元。\n二、绩效情况\n";
        assert!(!audit_has(short, "整体执行率"));
        // A rate on its own figures is not over the items below.
        let own = "4个项目预算合计45.00万元，支出合计43.50万元，整体执行率96.67%。\n";
        assert!(!audit_has(own, "整体执行率"));
    }

    fn audit_has(text: &str, words: &str) -> bool {
        audit(text).claims.iter().any(|c| c.stated.contains(words))
    }
}
