//! A saving stated on a budget (“预算156.00万元，实际采购金额148.20万元，节约资金7.80万元”, “实际支出412,368.00元，
//! 比预算节约73,632.00元”): the budget less what was spent — the budget of the sentence, or where it states
//! none, the one the text gives beside the same spending elsewhere.

use std::ops::Range;

use rust_decimal::Decimal;

use super::numbers::{Number, Unit};
use super::text::start_after_last;
use super::verdicts::{judge_ratio, Judged, Shown};
use super::Verdict;
use crate::core::exact::Exact;

/// What may stand between the spending and its saving, and between 节约 and its figure.
const BEFORE: [&str; 5] = ["，节约", "，比预算节约", "，较预算节约", ",节约", "，共节约"];
const AFTER: [&str; 5] = ["资金", "了", "为", "资金为", "经费"];

/// Each saving judged, at its figure.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    for (k, pair) in numbers.windows(2).enumerate() {
        let (spent, saved) = (&pair[0], &pair[1]);
        let Some(between) = text.get(spent.end..saved.start) else { continue };
        let said = BEFORE.iter().any(|b| between == *b || AFTER.iter().any(|a| between == format!("{b}{a}")));
        if !said || spent.unit != Unit::Wan || saved.unit != Unit::Wan || !label(text, numbers, k).is_some_and(|l| ["实际", "支出", "金额"].iter().any(|w| l.contains(w))) {
            continue;
        }
        let budget = budget_before(text, numbers, k).or_else(|| budget_beside_the_same_spending(text, numbers, spent));
        if let Some(judged) = budget.and_then(|budget| judge(text, budget, spent, saved)) {
            found.push((saved.start..saved.end, judged));
        }
    }
    found
}

/// Each saving's rate (“实际采购251.46万元，节约率6.17%”, “…节约资金…，节约率…”): the budget less what was spent,
/// over the budget of the sentence — judged at the rate's figure.
pub fn rates(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    for (k, rate) in numbers.iter().enumerate().filter(|(_, n)| n.unit == Unit::Percent) {
        let Some(before) = text.get(..rate.start) else { continue };
        let named = RATE_WORDS.iter().any(|w| before.ends_with(w) || before.strip_suffix('为').is_some_and(|b| b.ends_with(w)));
        if !named {
            continue;
        }
        // What was spent: the figure just before, or the one before the saving it states (“…，节约资金…，节约率…”).
        let spent_at = (0..k).rev().take(2).find(|&i| label(text, numbers, i).is_some_and(|l| ["实际", "支出", "金额"].iter().any(|w| l.contains(w)) && !l.contains("节约")));
        let Some(spent_at) = spent_at else { continue };
        let spent = &numbers[spent_at];
        let Some(budget) = budget_before(text, numbers, spent_at).filter(|_| spent.unit == Unit::Wan) else { continue };
        let (Some(saving), Some(written)) = (budget.value.minus(spent.value), text.get(rate.start..rate.end)) else { continue };
        let in_yuan = text.get(spent.digits_end..spent.end) == Some("元");
        let shown = Shown::of("万元", in_yuan, [budget.value, spent.value, saving]);
        let figures = format!("（预算{}−实际{}）/预算{}", shown.text(budget.value), shown.text(spent.value), shown.text(budget.value));
        found.extend(judge_ratio("节约率", written, rate, (saving, budget.value), (&figures, "预算和实际"), in_yuan).map(|j| (rate.start..rate.end, j)));
    }
    found
}

/// Names of a saving's rate, just before its figure.
const RATE_WORDS: [&str; 3] = ["节约率", "资金节约率", "节支率"];

fn judge(text: &str, budget: &Number, spent: &Number, saved: &Number) -> Option<Judged> {
    let right = budget.value.minus(spent.value)?;
    let in_yuan = text.get(saved.start..saved.end).is_some_and(|s| !s.ends_with("万元"));
    let shown = Shown::of("万元", in_yuan, [budget.value, spent.value, saved.value, right]);
    let how = format!("预算{}−实际{}={}", shown.text(budget.value), shown.text(spent.value), shown.text(right));
    Some(if right == saved.value {
        Judged::new(Verdict::Ok, format!("节约{}：{how}，相符", shown.text(saved.value)))
    } else {
        let share = saved.value.minus(right)?.abs().divided_by(right.abs().max(Decimal::new(1, 2)))?;
        Judged::new(Verdict::Mismatch, format!("节约写{}，{how}", shown.text(saved.value))).off(share, format!("节约写{}，应为{}", shown.text(saved.value), shown.text(right)))
    })
}

/// The words labelling the `k`th number: back to the previous figure or the clause's start.
fn label<'t>(text: &'t str, numbers: &[Number], k: usize) -> Option<&'t str> {
    let number = numbers.get(k)?;
    // Scanned back no further than the previous figure: a table copied as one long line has no clause ends.
    let previous = k.checked_sub(1).and_then(|i| numbers.get(i)).map_or(0, |n| n.end).min(number.start);
    let from = previous + start_after_last(text.get(previous..number.start)?, &['，', '；', ';', '。', '\n', '（']);
    text.get(from.min(number.start)..number.start).map(|l| l.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '“'))
}

/// This year's budget (labelled 预算, not last year's) stated before the `k`th number in its sentence.
fn budget_before<'n>(text: &str, numbers: &'n [Number], k: usize) -> Option<&'n Number> {
    let sentence_start = start_after_last(text.get(..numbers.get(k)?.start)?, &['。', '\n']);
    (0..k).rev().take_while(|&i| numbers[i].start >= sentence_start).find(|&i| is_budget(text, numbers, i)).map(|i| &numbers[i])
}

fn is_budget(text: &str, numbers: &[Number], i: usize) -> bool {
    // “政府采购计划48.60万元”: a purchase's plan is its budget.
    let budget_word = |l: &str| l.contains("预算") || l.contains("采购计划");
    numbers[i].unit == Unit::Wan && label(text, numbers, i).is_some_and(|l| budget_word(l) && !l.contains("上年") && !l.contains('较') && !l.contains('比'))
}

/// The budget stated before the same spending in another sentence (“本年预算486,000.00元，…；实际支出412,368.00元”).
fn budget_beside_the_same_spending<'n>(text: &str, numbers: &'n [Number], spent: &Number) -> Option<&'n Number> {
    let mut budgets = numbers.iter().enumerate().filter(|(_, n)| n.start != spent.start && n.value == spent.value && n.unit == Unit::Wan).filter_map(|(i, _)| budget_before(text, numbers, i));
    let first = budgets.next()?;
    budgets.all(|other| other.value == first.value).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdicts(pasted: &str) -> Vec<Verdict> {
        crate::core::audit::verdicts_of(pasted, judged)
    }

    #[test]
    fn a_saving_is_the_budget_less_the_spending() {
        assert_eq!(verdicts("办公设备采购预算64.00万元，实际采购金额59.50万元，节约资金4.50万元。"), [Verdict::Ok]);
        assert_eq!(verdicts("办公设备采购预算64.00万元，实际采购金额59.50万元，节约资金5.40万元。"), [Verdict::Mismatch]);
    }

    #[test]
    fn a_saving_on_a_budget_stated_elsewhere_is_on_that_budget() {
        let text = |saved: &str| format!("“三公”经费本年预算90,000.00元，较上年预算96,000.00元减少6,000.00元；实际支出81,250.00元。\n全年“三公”经费实际支出81,250.00元，比预算节约{saved}元。");
        assert_eq!(verdicts(&text("8,750.00")), [Verdict::Ok]);
        assert_eq!(verdicts(&text("14,750.00")), [Verdict::Mismatch]);
    }

    #[test]
    fn a_savings_rate_is_the_saving_over_the_budget() {
        let rates = |pasted: &str| crate::core::audit::verdicts_of(pasted, super::rates);
        assert_eq!(rates("全年政府采购预算150.00万元，实际采购141.00万元，节约率6.00%。"), [Verdict::Ok]);
        assert_eq!(rates("全年政府采购预算150.00万元，实际采购141.00万元，节约率9.00%。"), [Verdict::Mismatch]);
        // After the saving it states, on a purchase's plan.
        assert_eq!(rates("全年政府采购计划80.00万元，实际采购76.00万元，节约资金4.00万元，节约率5.00%。"), [Verdict::Ok]);
        assert_eq!(verdicts("全年政府采购计划80.00万元，实际采购76.00万元，节约资金4.00万元，节约率5.00%。"), [Verdict::Ok]);
        // No budget in the sentence: no claim.
        assert!(rates("实际采购76.00万元，节约率5.00%。").is_empty());
    }

    #[test]
    fn a_saving_of_anything_else_or_with_no_budget_is_not_judged() {
        assert!(verdicts("实际支出81,250.00元，比预算节约8,750.00元。").is_empty());
        assert!(verdicts("改造后年节约用电约42万千瓦时。").is_empty());
        assert!(verdicts("政府采购预算268.00万元，实际采购251.46万元，节约率6.17%。").is_empty());
    }
}
