//! A project's spending and the items it is spent on, listed after its rate (“…实际支出94.60万元，执行率96.53%。
//! 其中：劳务补助62.40万元，培训14.80万元，设备18.40万元。”): the items must make the spending.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::labels::{names_one_project, past_char, sentences, window_after, without_numbering};
use super::listed_sum::SUMS;
use super::numbers::{Number, Unit};
use super::project_rates::ProjectRate;
use super::text::ideograph;
use super::verdicts::{judge_project_parts, Judged};

/// Words that split a project's money by who funds it (中央资金…、县级配套…) — its budget's sources, not
/// what it was spent on.
const SOURCES: [&str; 8] = ["中央", "省级", "市级", "县级", "区级", "财政", "配套", "预算"];

/// The items listed for the project of `rate`, checked against its spending: the list's range and judgement.
pub fn judged(text: &str, numbers: &[Number], rate: &ProjectRate) -> Option<(Range<usize>, Judged)> {
    let list = listed_after(text, rate.range.end)?;
    let words = text.get(list.clone())?;
    let items = items(text, numbers, &list);
    let sum = items.iter().try_fold(Decimal::ZERO, |sum, (_, value)| sum.plus(*value))?;
    // Two items at least, what it was spent on — not its budget split by source.
    let by_source = splits_the_budget(sum, rate.budget, rate.spent) || items.iter().any(|(name, _)| SOURCES.iter().any(|w| name.contains(w)));
    if items.len() < 2 || by_source {
        return None;
    }
    let partial = ["等", "主要"].iter().any(|w| words.contains(w));
    Some((list, judge_project_parts(&rate.name, rate.spent, &items, partial, rate.in_yuan)?))
}

/// “3.古籍修复项目实际支出24.60万元，其中：纸张材料9.20万元；修复劳务15.40万元。”: a project's spending stated
/// in a sentence of its own, without its budget or rate (those in a table or elsewhere), then what it was spent
/// on after “其中”: the items must make the spending. Each such sentence's list: its range and judgement.
pub fn of_spending_sentences(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    sentences(text).filter_map(|(start, sentence)| of_spending_sentence(text, numbers, start, start + sentence.len())).collect()
}

fn of_spending_sentence(text: &str, numbers: &[Number], start: usize, end: usize) -> Option<(Range<usize>, Judged)> {
    const SPENDING: [&str; 2] = ["实际支出", "支出"];
    let sentence = text.get(start..end)?;
    // A project given with its rate is read with it (`judged`).
    if sentence.contains("执行率") {
        return None;
    }
    let spent = numbers.iter().find(|n| n.start >= start && n.end <= end)?;
    let lead = without_numbering(text.get(start..spent.start)?);
    let subject = SPENDING.iter().find_map(|w| lead.strip_suffix(w))?;
    let name = ["全年", "年度", "的"].iter().find_map(|w| subject.strip_suffix(w)).unwrap_or(subject);
    // “1.基本公共卫生服务项目，全年支出…”: the name may stand apart from its spending by a comma.
    let name = name.strip_suffix(['，', ',']).unwrap_or(name);
    let a_name = name.chars().count() >= 4 && name.chars().all(ideograph);
    if spent.unit != Unit::Wan || !a_name || !names_one_project(name) {
        return None;
    }
    let opening = ["，其中:", "，其中", ",其中:", ",其中"].iter().find(|w| text.get(spent.end..).is_some_and(|rest| rest.starts_with(**w)))?;
    let list_end = end - sentence.chars().next_back().filter(|c| ['。', '\n'].contains(c)).map_or(0, char::len_utf8);
    let list = spent.end + opening.len()..list_end;
    let items = items(text, numbers, &list);
    let sum = items.iter().try_fold(Decimal::ZERO, |sum, (_, value)| sum.plus(*value))?;
    if items.len() < 2 || items.iter().any(|(name, _)| SOURCES.iter().any(|w| name.contains(w))) || sum == Decimal::ZERO {
        return None;
    }
    let words = text.get(list.clone())?;
    let partial = ["等", "主要"].iter().any(|w| words.contains(w));
    let in_yuan = text.get(spent.digits_end..spent.end) == Some("元");
    Some((list, judge_project_parts(name, spent.value, &items, partial, in_yuan)?))
}

/// Whether items adding up to `sum` are the project's budget split by its sources (“中央资金…；省级配套…”):
/// they make its budget and not its spending, so they are no sum of what it spent.
pub(super) fn splits_the_budget(sum: Decimal, budget: Decimal, spent: Decimal) -> bool {
    sum == budget && sum != spent
}

/// The “其中…” that opens the sentence after the one ending at or after `at`, to its “。” — or that goes on
/// in the rate's own sentence, right after it (“…执行率96.00%;其中备件采购…”).
fn listed_after(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = text.get(at..)?;
    if let Some(inline) = rest.strip_prefix([';', '，']).filter(|r| r.starts_with("其中")) {
        let start = at + (rest.len() - inline.len());
        return Some(start..start + inline.find('。').filter(|&e| e <= 600)?);
    }
    let after = window_after(text, at, 600);
    let end = after.find('。')?;
    let next = &after[past_char(after, end)..];
    let blank = next.len() - next.trim_start().len();
    let list_start = at + past_char(after, end) + blank;
    let rest = text.get(list_start..)?;
    let list_end = list_start + rest.find('。').filter(|&e| e <= 600)?;
    rest.starts_with("其中").then_some(list_start..list_end)
}

/// The amounts in `list` outside any bracket (“16.80万元（预算18.00万元）”: the bracket is the item's budget),
/// each with its item's name.
fn items(text: &str, numbers: &[Number], list: &Range<usize>) -> Vec<(String, Decimal)> {
    let first = numbers.partition_point(|n| n.start < list.start);
    let mut items = Vec::new();
    let mut from = list.start;
    for number in numbers[first..].iter().take_while(|n| n.end <= list.end) {
        let between = text.get(from..number.start).unwrap_or_default();
        let outside = text.get(list.start..number.start).is_some_and(|before| before.matches('（').count() == before.matches('）').count());
        // “…补助8,635,000元，即863.50万元”: the item's amount said again, no item of its own.
        if number.unit == Unit::Wan && outside && !super::numbers::restated_after_ji(text, number) {
            let clause = between.rsplit([':', ',', '，', ';', '、', '\n', '）']).next().unwrap_or(between);
            let name = clause.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || "．.、".contains(c)).trim_end_matches(['为', '是']);
            let name = name.strip_prefix("其中").unwrap_or(name);
            // “…，两项合计11.40万元”: the list's own sum closes it; it is no item.
            if SUMS.iter().any(|w| name.contains(w)) {
                break;
            }
            items.push((name.to_string(), number.value));
        }
        from = number.end;
    }
    items
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    fn parts(text: &str) -> Vec<(Verdict, String)> {
        audit(text).claims.into_iter().filter(|c| c.id == "project.spend").map(|c| (c.verdict, c.detail)).collect()
    }

    #[test]
    fn a_projects_items_make_its_spending() {
        let off = "2. 2026年农业普查经费，全年预算50.00万元，实际支出48.00万元，执行率96.00%。其中：普查员补贴30.50万元，宣传动员6.20万元，数据录入12.30万元。";
        let found = parts(off);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Verdict::Mismatch);
        // The name whole, with the year it opens on or without it — never cut inside the year.
        let whole = ["写农业普查经费", "写2026年农业普查经费"].iter().any(|w| found[0].1.contains(w));
        assert!(whole && found[0].1.contains("农业普查经费支出48万元") && found[0].1.contains("49万元"), "{}", found[0].1);
        // Items one a line, each with its own budget in brackets.
        let lines = "（一）森林防火经费：年度预算40.00万元，实际支出36.00万元，执行率90.00%。其中：\n1.扑火物资购置20.00万元；\n2.护林员补助10.50万元（预算12.00万元）；\n3.瞭望塔维护5.50万元（预算6.00万元）。";
        assert_eq!(parts(lines).iter().map(|p| p.0).collect::<Vec<_>>(), vec![Verdict::Ok]);
        // Its budget split by source, or some items only, is no such list.
        let sources = "森林防火经费：年度预算40.00万元，实际支出36.00万元，执行率90.00%。其中中央资金25.00万元，县级配套15.00万元。";
        assert!(parts(sources).is_empty());
        let some = "森林防火经费：年度预算40.00万元，实际支出36.00万元，执行率90.00%。其中扑火物资购置20.00万元、护林员补助10.50万元等。";
        assert!(parts(some).is_empty());
        // The list's own sum closes it.
        // The list right after the rate, in its own sentence.
        let inline = "3.水文站点巡检：预算24.00万元，支出22.80万元，执行率95.00%；其中设备校准9.30万元，车辆运行12.50万元。";
        let found = parts(inline);
        assert!(found.len() == 1 && found[0].0 == Verdict::Mismatch && found[0].1.contains("21.8万元（设备校准"), "{found:?}");
        let summed = "森林防火经费：年度预算40.00万元，实际支出36.00万元，执行率90.00%。其中扑火物资购置20.00万元，护林员补助15.00万元，两项合计36.00万元。";
        let found = parts(summed);
        assert!(found.len() == 1 && found[0].0 == Verdict::Mismatch && found[0].1.contains("之和为35万元"), "{found:?}");
    }

    #[test]
    fn a_projects_spending_stated_alone_is_made_by_its_items() {
        let report = |third: &str| format!("2020年度。\n（三）项目情况\n3.河道保洁项目实际支出96,300.00元，其中：人工费52,100.00元；船只租赁30,200.00元；垃圾清运{third}元。\n");
        let found = parts(&report("14,000.00"));
        assert_eq!(found.iter().map(|p| p.0).collect::<Vec<_>>(), [Verdict::Ok], "{found:?}");
        let found = parts(&report("19,000.00"));
        assert!(found.len() == 1 && found[0].0 == Verdict::Mismatch && found[0].1.contains("101,300.00元"), "{found:?}");
        // The unit's spending with its parts, a budget split by source, or some items only: no such list.
        assert!(parts("2020年度。全年支出96.30万元，其中：基本支出52.10万元；项目支出44.20万元。").is_empty());
        assert!(parts("2020年度。河道保洁项目支出9.63万元，其中中央资金5.00万元，县级配套4.63万元。").is_empty());
        assert!(parts("2020年度。河道保洁项目支出9.63万元，其中主要为人工费5.21万元、船只租赁3.02万元等。").is_empty());
    }

    #[test]
    fn one_item_said_again_in_another_unit_is_no_list() {
        let text = "2020年度。\n3.农机购置补贴项目：预算800.00万元，实际支出786.40万元，执行率98.30%。其中农机报废更新补助1,256,000元，即125.60万元。";
        assert!(parts(text).is_empty(), "{:?}", parts(text));
        let restated = audit(text).claims.into_iter().filter(|c| c.id == "restated").map(|c| c.verdict).collect::<Vec<_>>();
        assert_eq!(restated, [Verdict::Ok]);
        let off = audit(&text.replace("即125.60万元", "即125.80万元")).claims.into_iter().filter(|c| c.id == "restated").map(|c| c.verdict).collect::<Vec<_>>();
        assert_eq!(off, [Verdict::Mismatch]);
    }
}
