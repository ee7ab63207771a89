//! The year's spending listed by 功能分类 (一般公共服务支出, 社会保障和就业支出 …) or by 经济分类 (工资福利支出,
//! 商品和服务支出 …): two lists of the one total, each of which must make it (SPEC §11, totals with their parts).

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::numbers::{Number, Unit};
use super::verdicts::{Judged, Shown};
use super::Verdict;

/// The words that open a list by classification, longest first.
const OPENINGS: [(&str, &str); 4] =
    [("按支出功能分类", "功能分类"), ("按支出经济分类", "经济分类"), ("按功能分类", "功能分类"), ("按经济分类", "经济分类")];

/// What may stand between the opening and the list: a heading's last word, then its mark (“按功能分类分。”,
/// “按经济分类划分：”, “按功能分类看，”).
const HEADING_ENDS: [&str; 4] = ["划分", "分", "看", "来看"];

/// Words that make a list some of the items, not all (“主要为…”, “…等。”), of last year's, of one part of
/// the spending (“基本支出包括工资福利支出…”), or a sum of its own (listed sums are judged on their own).
const NOT_ALL: [&str; 9] = ["主要", "等，", "等;", "其中", "上年", "去年", "合计", "基本支出", "项目支出"];

/// Totals a list by classification may be of, other than the year's spending.
const OTHER_TOTALS: [&str; 4] = ["基本支出", "项目支出", "收入", "预算"];

/// How far a list's sum may stand from the spending and still be a list of it with a slip (a tenth): further,
/// it lists something else — the basic spending's items, a part of the year's.
const NEAR: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// The total a list by classification must make, with its name as the report's reader knows it.
#[derive(Clone, Copy)]
struct Whole {
    name: &'static str,
    value: Decimal,
}

/// Each complete list by classification, judged against the year's spending (or, where the list is of the
/// budget, the 全年预算数; in a paragraph on the income, the 收入合计): its range and verdict.
pub fn judged(text: &str, numbers: &[Number], spend: Option<Decimal>, budget: Option<Decimal>, income: Option<Decimal>) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut covered = 0;
    for at in (0..text.len()).filter(|at| text.is_char_boundary(*at)) {
        let Some((opening, kind)) = OPENINGS.iter().find(|(w, _)| text[at..].starts_with(w)) else { continue };
        if at < covered {
            continue;
        }
        covered = at + opening.len();
        // “基本支出按经济分类…”, “收入按…”, “预算按…”: a list of another total.
        let lead = text[..at].rsplit(['。', '\n']).next().unwrap_or_default();
        if OTHER_TOTALS.iter().any(|w| lead.contains(w)) {
            continue;
        }
        let Some(list) = list_after(text, at + opening.len()) else { continue };
        // “本年收入合计…，全部为财政拨款收入。按功能分类：…”: the income's list, though its items are named 支出.
        let paragraph = text[..at].rsplit('\n').next().unwrap_or_default();
        let (whole, budget) = if paragraph.contains("收入") && !paragraph.contains("支出") {
            (income.map(|value| Whole { name: "收入合计", value }), None)
        } else {
            (spend.map(|value| Whole { name: "支出合计", value }), budget)
        };
        let Some(whole) = whole else { continue };
        found.extend(judge(text, numbers, &list, kind, whole, budget));
    }
    found
}

/// The list's range: after the opening and its heading's end, up to its sentence's end.
fn list_after(text: &str, after: usize) -> Option<Range<usize>> {
    let rest = text.get(after..)?;
    let heading = HEADING_ENDS.iter().find(|w| rest.starts_with(**w)).map_or(0, |w| w.len());
    let mark = rest.get(heading..)?.chars().next().filter(|c| [':', '。', '，', ','].contains(c))?;
    let start = after + heading + mark.len_utf8();
    let end = text.get(start..)?.find(['。', '\n']).map_or(text.len(), |e| start + e);
    (start < end).then_some(start..end)
}

/// The list's amounts, each a part: all in 万元, none in brackets, every one named as spending. The
/// classification's codes before the names (“301工资福利支出…”) are no amounts.
fn parts<'a>(text: &str, numbers: &'a [Number], list: &Range<usize>) -> Option<Vec<&'a Number>> {
    let within: Vec<&Number> = numbers.iter().filter(|n| list.start <= n.start && n.end <= list.end && !is_code(text, n)).collect();
    let mut name_start = list.start;
    for number in &within {
        let name = text.get(name_start..number.start)?;
        let in_brackets = name.matches('（').count() != name.matches('）').count();
        let of_spending = ["支出", "补助", "经费"].iter().any(|w| name.trim_end_matches(['为', '是']).ends_with(w));
        if number.unit != Unit::Wan || in_brackets || !of_spending {
            return None;
        }
        name_start = number.end;
    }
    (within.len() >= 2).then_some(within)
}

/// A code of the classification before an item's name (“301工资福利支出”, “208社会保障和就业支出”): three to
/// seven digits, no unit, the name right after them, opening its clause.
fn is_code(text: &str, number: &Number) -> bool {
    let digits = text.get(number.digits_start..number.digits_end).unwrap_or_default();
    let opens = text.get(..number.start).is_none_or(|before| before.is_empty() || before.ends_with([':', '，', ',', '；', ';', '、', '。']));
    let named = text.get(number.end..).is_some_and(|after| after.starts_with(|c: char| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    number.unit == Unit::Bare && (3..=7).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && opens && named
}

/// “…，以上合计31,732.10万元”, “，合计…”, “，共计…”: the list's own total after its items, where it states one —
/// the list ends before it; and that total's amount.
fn stated_total<'a>(text: &str, numbers: &'a [Number], list: &Range<usize>) -> Option<(usize, &'a Number)> {
    const TOTALS: [&str; 6] = ["以上合计", "以上共计", "上述合计", "合计", "共计", "总计"];
    let listed = text.get(list.clone())?;
    let (at, word) = TOTALS.iter().filter_map(|w| listed.find(w).map(|at| (at, *w))).min_by_key(|(at, _)| *at)?;
    let clause_start = listed[..at].trim_end_matches(['为', ' ']);
    if !(clause_start.is_empty() || clause_start.ends_with(['，', ',', '；', ';', '。'])) {
        return None;
    }
    let after = list.start + at + word.len();
    let total = numbers.iter().find(|n| n.start >= after && n.end <= list.end)?;
    let between = text.get(after..total.start)?.trim_start_matches(['为', ':']);
    (between.is_empty() && total.unit == Unit::Wan).then_some((list.start + at, total))
}

/// The list from its first item to its last amount (or its own total), and its verdict.
fn judge(text: &str, numbers: &[Number], list: &Range<usize>, kind: &str, whole: Whole, budget: Option<Decimal>) -> Option<(Range<usize>, Judged)> {
    let total = stated_total(text, numbers, list);
    let items_end = total.map_or(list.end, |(at, _)| at);
    let items = parts(text, numbers, &(list.start..items_end))?;
    // What is said after the last amount (“资本性支出…，主要为设备购置”) is about that item, not the list.
    let listed_range = list.start..items.last()?.end;
    let listed = text.get(listed_range.clone())?;
    if NOT_ALL.iter().any(|w| listed.contains(w)) || text.get(list.clone())?.trim_end().ends_with('等') {
        return None;
    }
    let sum = items.iter().try_fold(Decimal::ZERO, |s, n| s.plus(n.value))?;
    if let Some((_, total)) = total {
        return Some((list.start..total.end, own_total(&items, sum, total.value, whole, kind)));
    }
    let spend = whole.value;
    let shown = Shown::of("万元", false, items.iter().map(|n| n.value).chain([sum, spend]));
    let formula: Vec<String> = items.iter().map(|n| shown.text(n.value)).collect();
    let formula = formula.join("+");
    if sum == spend {
        return Some((listed_range, Judged::new(Verdict::Ok, format!("按{kind}所列各项之和{}={formula}，等于{}，相符", shown.text(sum), whole.name))));
    }
    if budget == Some(sum) {
        return Some((listed_range, Judged::new(Verdict::Ok, format!("按{kind}所列各项之和{}={formula}，等于全年预算数，相符", shown.text(sum)))));
    }
    let off = sum.minus(spend)?.abs();
    if off > spend.times(NEAR)? {
        return None;
    }
    let detail = format!("报告写{}{}，按{kind}所列各项之和为{}（{formula}），相差{}", whole.name, shown.text(spend), shown.text(sum), shown.text(off));
    Some((listed_range, Judged::new(Verdict::Mismatch, detail)))
}

/// A list that states its own total: the total must be its items' sum — and where the year's spending
/// stated elsewhere (`whole`) agrees with one of the two, that says which is off.
fn own_total(items: &[&Number], sum: Decimal, total: Decimal, whole: Whole, kind: &str) -> Judged {
    let shown = Shown::of("万元", false, items.iter().map(|n| n.value).chain([sum, total, whole.value]));
    let formula: Vec<String> = items.iter().map(|n| shown.text(n.value)).collect();
    let formula = formula.join("+");
    if sum == total {
        return Judged::new(Verdict::Ok, format!("按{kind}所列各项之和{}={formula}，与所写合计相符", shown.text(sum)));
    }
    let off = sum.minus(total).map(|d| shown.text(d.abs())).unwrap_or_default();
    let mut detail = format!("报告写按{kind}合计{}，所列各项之和为{}（{formula}），相差{off}", shown.text(total), shown.text(sum));
    if whole.value == total {
        detail.push_str(&format!("；所写合计与{}相同，所列各项中有数字有误", whole.name));
    } else if whole.value == sum {
        detail.push_str(&format!("；各项之和等于{}，合计应为{}", whole.name, shown.text(sum)));
    }
    Judged::new(Verdict::Mismatch, detail)
}

#[cfg(test)]
mod tests {
    use super::super::numbers::numbers;
    use super::super::text::Normalised;
    use super::*;

    fn verdicts(text: &str, spend: &str) -> Vec<Verdict> {
        let normalised = Normalised::new(text);
        let numbers = numbers(&normalised.text);
        judged(&normalised.text, &numbers, spend.parse().ok(), None, None).into_iter().map(|(_, j)| j.verdict).collect()
    }

    #[test]
    fn each_classification_must_make_the_spending() {
        let text = "按功能分类：教育支出410.20万元，卫生健康支出35.80万元，住房保障支出24.00万元。\
                    按经济分类：工资福利支出300.00万元；商品和服务支出150.00万元；资本性支出20.00万元。";
        assert_eq!(verdicts(text, "470.00"), vec![Verdict::Ok, Verdict::Ok]);
        assert_eq!(verdicts(text, "478.00"), vec![Verdict::Mismatch, Verdict::Mismatch]);
    }

    #[test]
    fn a_heading_of_its_own_opens_the_next_sentence() {
        let text = "按功能分类分。一般公共服务支出80.50万元，农林水支出19.50万元。";
        assert_eq!(verdicts(text, "100.00"), vec![Verdict::Ok]);
        assert_eq!(verdicts(text, "101.00"), vec![Verdict::Mismatch]);
    }

    #[test]
    fn a_list_of_another_total_makes_no_claim() {
        assert!(verdicts("基本支出按经济分类：工资福利支出300.00万元，商品和服务支出150.00万元。", "470.00").is_empty());
        assert!(verdicts("按经济分类：基本支出包括工资福利支出300.00万元、商品和服务支出150.00万元。", "470.00").is_empty());
        // Far from the spending: the items of some part of it, not the whole with a slip.
        assert!(verdicts("按经济分类：工资福利支出200.00万元，商品和服务支出50.00万元。", "470.00").is_empty());
    }

    #[test]
    fn a_list_in_the_paragraph_on_the_income_makes_the_income() {
        let of = |text: &str, income: &str| {
            let normalised = Normalised::new(text);
            let numbers = numbers(&normalised.text);
            judged(&normalised.text, &numbers, "612.00".parse().ok(), None, income.parse().ok()).into_iter().map(|(_, j)| (j.verdict, j.detail)).collect::<Vec<_>>()
        };
        let text = "本年收入合计580.00万元，均为财政拨款。按功能分类：农林水支出530.00万元，住房保障支出50.00万元。";
        let right = of(text, "580.00");
        assert_eq!(right.iter().map(|(v, _)| *v).collect::<Vec<_>>(), vec![Verdict::Ok]);
        assert!(right[0].1.contains("等于收入合计"), "{}", right[0].1);
        let slipped = of(text, "585.00");
        assert_eq!(slipped.iter().map(|(v, _)| *v).collect::<Vec<_>>(), vec![Verdict::Mismatch]);
        assert!(slipped[0].1.starts_with("报告写收入合计585万元"), "{}", slipped[0].1);
        // No income stated: no claim, never one against the spending.
        assert!(of(text, "").is_empty());
    }

    #[test]
    fn a_list_with_its_codes_and_its_own_total_is_summed() {
        let details = |text: &str, spend: &str| {
            let normalised = Normalised::new(text);
            let numbers = numbers(&normalised.text);
            judged(&normalised.text, &numbers, spend.parse().ok(), None, None).into_iter().map(|(_, j)| (j.verdict, j.detail)).collect::<Vec<_>>()
        };
        let right = "按经济分类：301工资福利支出412.30万元，302商品和服务支出96.70万元，310资本性支出41.00万元，以上合计550.00万元。";
        assert_eq!(details(right, "550.00").iter().map(|(v, _)| *v).collect::<Vec<_>>(), vec![Verdict::Ok]);
        // The items make 560, the total and the year's spending say 550: an item is off, the codes no amounts.
        let slipped = "按经济分类：301工资福利支出422.30万元，302商品和服务支出96.70万元，310资本性支出41.00万元，以上合计550.00万元。";
        let found = details(slipped, "550.00");
        assert_eq!(found.iter().map(|(v, _)| *v).collect::<Vec<_>>(), vec![Verdict::Mismatch]);
        assert!(found[0].1.contains("所列各项之和为560万元"), "{}", found[0].1);
        assert!(!found[0].1.contains("301"), "{}", found[0].1);
        // The total written wrong, the items making the spending: the total is the slip.
        let total_off = "按支出经济分类划分：工资福利支出412.30万元；商品和服务支出96.70万元；资本性支出41.00万元；合计505.00万元。";
        let found = details(total_off, "550.00");
        assert_eq!(found.iter().map(|(v, _)| *v).collect::<Vec<_>>(), vec![Verdict::Mismatch]);
        assert!(found[0].1.contains("合计应为550万元"), "{}", found[0].1);
    }

    #[test]
    fn some_of_the_items_make_no_claim() {
        assert!(verdicts("按功能分类：主要为教育支出410.20万元、卫生健康支出35.80万元等。", "600.00").is_empty());
        assert!(verdicts("按经济分类：工资福利支出300.00万元（占63.83%），商品和服务支出150.00万元。", "600.00").is_empty());
    }
}
