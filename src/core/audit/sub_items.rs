//! A project's sub-items listed under its sentence (“…实际支出80.00万元，执行率100.00%。分两个子项实施：一是…，
//! 支出45.00万元，…每个补助1万元；二是…，支出35.00万元…”): what each spent — its first amount — adds up to the
//! project's spending (SPEC §11, totals with their parts).

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::labels::sentences;
use super::listed_sum::{count_before, Tally};
use super::numbers::{Number, Unit};
use super::project_parts::splits_the_budget;
use super::verdicts::Judged;

/// Words of a project's spending, between its budget and its amount (also an item's, under an overall rate:
/// [`super::projects_total`]).
pub(super) const SPENT: [&str; 4] = ["支出", "使用", "拨付", "执行"];

/// Each list of sub-items under a project's sentence: its range and verdict.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    sentences(text).filter_map(|(start, sentence)| under(text, numbers, start, start + sentence.len())).collect()
}

/// The sub-items listed just after the project's sentence `start..end`, judged.
fn under(text: &str, numbers: &[Number], start: usize, end: usize) -> Option<(Range<usize>, Judged)> {
    let sentence = text.get(start..end)?;
    if !sentence.contains("执行率") || !sentence.contains("预算") {
        return None;
    }
    let amounts: Vec<&Number> = numbers.iter().filter(|n| n.start >= start && n.end <= end && n.unit == Unit::Wan).collect();
    let budget = amounts.first()?;
    let spent = amounts.get(1).filter(|n| text.get(budget.end..n.start).is_some_and(|w| SPENT.iter().any(|s| w.contains(s))))?;
    let (list_start, count) = opening(text.get(end..)?).map(|(at, count)| (end + at, count))?;
    let list_end = list_start + text.get(list_start..)?.find('。').unwrap_or(text.len() - list_start);
    let mut items: Vec<&Number> = Vec::new();
    let mut piece_start = list_start;
    for piece in text.get(list_start..list_end)?.split_inclusive([';', '\n']) {
        let piece_end = piece_start + piece.len();
        if !piece.trim().is_empty() {
            // Each sub-item's first amount is what it spent (“…，支出45.00万元，…每个补助1万元”).
            items.push(numbers.iter().find(|n| n.start >= piece_start && n.end <= piece_end && n.unit == Unit::Wan)?);
        }
        piece_start = piece_end;
    }
    if items.len() < 2 || count != items.len() {
        return None;
    }
    let sum = items.iter().try_fold(Decimal::ZERO, |s, n| s.plus(n.value))?;
    if splits_the_budget(sum, budget.value, spent.value) {
        return None;
    }
    Some((list_start..list_end, verdict(text, spent, &items, sum)))
}

/// Where the list opens after the project's sentence (“分两个子项实施:”), and the count it names. (A list
/// opened by “其中” is the project's items, checked with its rate: [`super::project_parts`].)
fn opening(after: &str) -> Option<(usize, usize)> {
    let lead = after.len() - after.trim_start_matches(['\n', ' ']).len();
    let after = &after[lead..];
    let head = after.get(..after.find(':')?)?;
    let count = head.strip_prefix('分')?.split_once("个子项").and_then(|(count, _)| count_before(count)).map(|(count, _)| count)?;
    Some((head.len() + ':'.len_utf8() + lead, count))
}

/// The project's spending `spent` against its sub-items, which add up to `sum`.
fn verdict(text: &str, spent: &Number, items: &[&Number], sum: Decimal) -> Judged {
    let tally = Tally::of(text, spent, items, sum);
    let (n, shown) = (items.len(), tally.shown);
    match tally.off {
        None => tally.ok(format!("该项目支出{}={}（所列{n}个子项），相符", shown.text(sum), tally.formula)),
        Some(off) => tally.mismatch(
            format!("所列{n}个子项之和为{}（{}），与该项目支出{}不符，相差{}", shown.text(sum), tally.formula, shown.text(spent.value), shown.text(off)),
            format!("子项之和{}，项目支出{}", shown.text(sum), shown.text(spent.value)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::text::Normalised;
    use crate::core::audit::Verdict;

    fn verdicts(text: &str) -> Vec<Verdict> {
        let text = Normalised::new(text).text;
        judged(&text, &numbers(&text)).into_iter().map(|(_, j)| j.verdict).collect()
    }

    #[test]
    fn a_projects_sub_items_add_up_to_its_spending() {
        let right = "（3）校舍改造。全年预算40.00万元，实际支出38.50万元，执行率96.25%。分两个子项实施：一是外墙翻新，支出21.30万元，翻新3栋；二是排烟改造，支出17.20万元，每处补助0.8万元。\n";
        assert_eq!(verdicts(right), vec![Verdict::Ok]);
        let wrong = "（2）渔港设施维护。预算50.00万元，实际支出48.00万元，执行率96.00%。分两个子项实施：一是码头护岸修补，支出30.00万元，修补护岸120米；二是航标更换，支出16.00万元，每座补助0.5万元。\n";
        assert_eq!(verdicts(wrong), vec![Verdict::Mismatch]);
        // Sources of the budget, or a count that is not the list's: no sum of the spending.
        assert!(verdicts("河道治理。预算50.00万元，实际支出48.00万元，执行率96.00%。分两个子项实施：一是中央资金，30.00万元；二是县级配套，20.00万元。\n").is_empty());
        assert!(verdicts("河道治理。预算50.00万元，实际支出48.00万元，执行率96.00%。分三个子项实施：一是清淤，支出30.00万元；二是护坡，支出18.00万元。\n").is_empty());
    }
}
