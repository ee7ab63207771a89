//! A sum the report states over the amounts it has just listed (“其中：设备购置6.80万元，运维4.20万元，两项
//! 合计11.40万元”): the sum must be theirs (SPEC §11, totals with their parts). The count it names (两项,
//! 3项) must be the count of amounts listed, or the list is not the one summed.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::labels::sentences;
use super::numbers::{numbers, Number, Unit};
use super::verdicts::{Judged, Shown};
use super::Verdict;

/// Words that state a sum of the items before them.
pub(super) const SUMS: [&str; 3] = ["合计", "共计", "总计"];

/// Words that sum everything listed before them without counting it (“以上合计”, “上述各项合计”).
const ALL_ABOVE: [&str; 4] = ["以上各项", "上述各项", "以上", "上述"];

/// Each listed sum the text states (one a sentence, its items apart by “，” or “；”): its range and verdict.
pub fn all(text: &str) -> Vec<(Range<usize>, Judged)> {
    sentences(text)
        .filter_map(|(start, sentence)| {
            judged(sentence).or_else(|| each_judged(sentence)).map(|(range, judged)| (start + range.start..start + range.end, judged))
        })
        .collect()
}

/// The listed sum stated in `sentence`: the range from its count to its amount, and the verdict.
pub fn judged(sentence: &str) -> Option<(Range<usize>, Judged)> {
    let (sum_at, after) = first_sum(sentence)?;
    let (count, count_at) = listed_count(sentence.get(..sum_at)?)?;
    let figures = numbers(sentence);
    let total = total_at(sentence, &figures, after)?;
    // The items: the amounts after the list's opening (“其中”, “：”) and before the count.
    let opening = ["其中", ":"].iter().filter_map(|w| sentence.get(..count_at)?.rfind(w).map(|at| at + w.len())).max().unwrap_or(0);
    let items: Vec<&Number> =
        figures.iter().filter(|n| n.start >= opening && n.end <= count_at && !restates_the_one_before(sentence, &figures, n)).collect();
    let uncounted_nesting = count.is_none() && sentence.get(opening..count_at)?.contains(['（', '）']);
    if count.is_some_and(|c| c != items.len()) || items.len() < 2 || uncounted_nesting || items.iter().any(|n| n.unit != Unit::Wan) {
        return None;
    }
    let sum = items.iter().try_fold(Decimal::ZERO, |s, n| s.plus(n.value))?;
    Some((count_at..total.end, verdict(sentence, total, &items, sum)))
}

/// “人员经费420.00万元（4200000元）”: an amount in brackets right after one of the same value, said again in
/// another unit — that item, not one more.
fn restates_the_one_before(sentence: &str, figures: &[Number], number: &Number) -> bool {
    let before = figures.iter().take_while(|n| n.end <= number.start).last();
    before.is_some_and(|b| b.value == number.value && sentence.get(b.end..number.start).is_some_and(|w| ["（", "（即", "（合", "（折合"].contains(&w)))
}

/// Where the sentence's first sum word (合计, 共计, 总计) starts and ends.
fn first_sum(sentence: &str) -> Option<(usize, usize)> {
    SUMS.iter().filter_map(|w| sentence.find(w).map(|at| (at, at + w.len()))).min_by_key(|(at, _)| *at)
}

/// The sum's amount, in 万元, right after its word at `after` (“两项合计11.40万元”, “合计为…”).
fn total_at<'a>(sentence: &str, figures: &'a [Number], after: usize) -> Option<&'a Number> {
    let total = figures.iter().find(|n| n.start >= after)?;
    (sentence.get(after..total.start)?.chars().count() <= 1 && total.unit == Unit::Wan).then_some(total)
}

/// What stands before the sum word: the count it names (“两项”, “3项”) and where that starts, or no count
/// where it sums all above (“以上”): then a bracketed amount could be a part of the one before it, and the
/// list is read only without brackets.
fn listed_count(before: &str) -> Option<(Option<usize>, usize)> {
    if let Some((count, at)) = before.strip_suffix('项').and_then(count_before) {
        return Some((Some(count), at));
    }
    // “二者合计”, “两者合计”, “二项合计”: the two just listed.
    if let Some(rest) = ["二者", "两者", "二项"].iter().find_map(|w| before.strip_suffix(w)) {
        return Some((Some(2), rest.len()));
    }
    ALL_ABOVE.iter().find_map(|w| before.strip_suffix(w).map(|rest| (None, rest.len())))
}

/// A total paid to each of a kind, then each one's amount (“拨付各村合计…，其中东村…，西村…”): the sum is
/// of the items whose names end in the kind (村, 社区, 乡镇) — a list of its members, so all of them.
fn each_judged(sentence: &str) -> Option<(Range<usize>, Judged)> {
    let (sum_at, after) = first_sum(sentence)?;
    let kind: Vec<char> = sentence.get(..sum_at)?.rsplit_once('各')?.1.chars().filter(|c| !"（）".contains(*c)).collect();
    if kind.is_empty() || kind.len() > 4 {
        return None;
    }
    let figures = numbers(sentence);
    let total = total_at(sentence, &figures, after)?;
    let rest = sentence.get(total.end..)?;
    let opening = ["，其中:", "，其中", "，分别为", ":"].iter().find(|w| rest.starts_with(*w)).map(|w| total.end + w.len())?;
    let mut items: Vec<&Number> = Vec::new();
    let mut name_start = opening;
    for n in figures.iter().filter(|n| n.start >= opening) {
        let name = sentence.get(name_start..n.start)?.trim_start_matches(['，', '、', ';']);
        let a_member = n.unit == Unit::Wan && name.chars().count() <= 12 && name.chars().next_back().is_some_and(|c| kind.contains(&c));
        if !a_member {
            // Another figure after the members (or among them): not a plain list of them.
            return None;
        }
        items.push(n);
        name_start = n.end;
    }
    if items.len() < 2 {
        return None;
    }
    let sum = items.iter().try_fold(Decimal::ZERO, |s, n| s.plus(n.value))?;
    Some((sum_at..total.end, verdict(sentence, total, &items, sum)))
}

/// The count that ends `before` — a numeral from 两 to 十, or digits (“两”, “3”: what stands before its 项
/// or 个, “两项”, “项目4个”) — and where it starts.
pub(super) fn count_before(before: &str) -> Option<(usize, usize)> {
    const NUMERALS: [char; 9] = ['两', '三', '四', '五', '六', '七', '八', '九', '十'];
    let last = before.chars().next_back()?;
    if let Some(k) = NUMERALS.iter().position(|&c| c == last) {
        return Some((k + 2, before.len() - last.len_utf8()));
    }
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let count = before.get(before.len() - digits..)?.parse().ok()?;
    Some((count, before.len() - digits))
}

/// The stated sum `total` against its listed `items`, which add up to `sum`.
fn verdict(sentence: &str, total: &Number, items: &[&Number], sum: Decimal) -> Judged {
    let tally = Tally::of(sentence, total, items, sum);
    let (n, shown) = (items.len(), tally.shown);
    match tally.off {
        None => tally.ok(format!("所列{n}项合计{}={}，相符", shown.text(sum), tally.formula)),
        Some(off) => tally.mismatch(
            format!("报告写{n}项合计{}，所列各项之和为{}（{}），相差{}", shown.text(total.value), shown.text(sum), tally.formula, shown.text(off)),
            format!("{n}项合计写{}，应为{}", shown.text(total.value), shown.text(sum)),
        ),
    }
}

/// A stated amount against the sum of the amounts listed for it: the items as a formula, shown in 元 where
/// the report wrote the amount in 元, and how far off it is.
pub(super) struct Tally {
    pub shown: Shown,
    pub formula: String,
    /// `None` where the sum is the stated amount.
    pub off: Option<Decimal>,
    share: Decimal,
}

impl Tally {
    pub fn of(text: &str, stated: &Number, items: &[&Number], sum: Decimal) -> Self {
        let in_yuan = !text.get(stated.start..stated.end).is_some_and(|t| t.contains("万元"));
        let shown = Shown::of("万元", in_yuan, items.iter().map(|n| n.value).chain([stated.value]));
        let formula: Vec<String> = items.iter().map(|n| shown.text(n.value)).collect();
        let off = stated.value.minus(sum).map(|d| d.abs()).filter(|d| !d.is_zero());
        let share = off.and_then(|off| off.divided_by(sum.abs().max(Decimal::ONE))).unwrap_or(Decimal::ONE);
        Tally { shown, formula: formula.join("+"), off, share }
    }

    pub fn ok(&self, detail: String) -> Judged {
        Judged::new(Verdict::Ok, detail)
    }

    pub fn mismatch(&self, detail: String, words: String) -> Judged {
        Judged::new(Verdict::Mismatch, detail).off(self.share, words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdicts(text: &str) -> Vec<(Verdict, String)> {
        all(&super::super::text::Normalised::new(text).text).into_iter().map(|(_, j)| (j.verdict, j.detail)).collect()
    }

    #[test]
    fn a_sum_of_the_items_just_listed() {
        let wrong = verdicts("其中：护栏更换3.35万元；标线施划1.90万元；标牌维修0.75万元；3项合计6.10万元，均已验收。");
        assert_eq!(wrong.len(), 1);
        assert_eq!(wrong[0].0, Verdict::Mismatch);
        assert!(wrong[0].1.contains("之和为6万元") && wrong[0].1.contains("相差0.1万元"), "{}", wrong[0].1);
        let right = verdicts("培训费支出中，师资费12,600元，场地费8,400元，两项合计21,000元。");
        assert_eq!(right.len(), 1);
        assert_eq!(right[0].0, Verdict::Ok, "{}", right[0].1);
        assert!(right[0].1.contains("21,000.00元"), "{}", right[0].1);
    }

    #[test]
    fn a_sum_of_all_the_items_above_without_a_count() {
        let wrong = verdicts("按经济分类：工资福利支出812.40万元，商品和服务支出96.35万元，资本性支出30.25万元，以上合计948.00万元。");
        assert_eq!(wrong.len(), 1);
        assert_eq!(wrong[0].0, Verdict::Mismatch);
        assert!(wrong[0].1.contains("之和为939万元"), "{}", wrong[0].1);
        let right = verdicts("按功能分类：教育支出640.10万元；卫生健康支出58.90万元；上述各项合计699.00万元。");
        assert_eq!(right.first().map(|r| r.0), Some(Verdict::Ok), "{right:?}");
        // A bracketed amount may be a part of the one before it: no sum read.
        assert!(verdicts("其中：办公费20.00万元（含印刷费5.00万元），差旅费10.00万元，以上合计30.00万元。").is_empty());
    }

    #[test]
    fn a_total_paid_to_each_member_against_the_members_listed() {
        let wrong = verdicts("乡村振兴衔接资金拨付各村合计150.00万元，其中东湾村42.00万元，石桥村38.50万元，柳塘村61.50万元。");
        assert_eq!(wrong.len(), 1);
        assert_eq!(wrong[0].0, Verdict::Mismatch);
        assert!(wrong[0].1.contains("之和为142万元"), "{}", wrong[0].1);
        let right = verdicts("补助资金分配给各镇（街道）合计90.00万元，其中城关镇50.00万元、北门街道40.00万元。");
        assert_eq!(right.first().map(|r| r.0), Some(Verdict::Ok), "{right:?}");
        // Names that are not the kind, or a further figure after the list: not a list of all the members.
        assert!(verdicts("拨付各村合计90.00万元，其中道路硬化50.00万元，亮化工程40.00万元。").is_empty());
        assert!(verdicts("拨付各村合计90.00万元，其中东村50.00万元，西村30.00万元，结余10.00万元。").is_empty());
    }

    #[test]
    fn an_item_said_again_in_yuan_in_brackets_is_still_one_item() {
        let wrong = verdicts("其中，设备维护费36.20万元（362000元），耗材费14.50万元，两项合计51.70万元。");
        assert_eq!(wrong.len(), 1, "{wrong:?}");
        assert_eq!(wrong[0].0, Verdict::Mismatch);
        assert!(wrong[0].1.contains("之和为50.7万元") && wrong[0].1.contains("相差1万元"), "{}", wrong[0].1);
        let right = verdicts("其中，设备维护费36.20万元（362000元），耗材费14.50万元，二者合计50.70万元。");
        assert_eq!(right.len(), 1, "{right:?}");
        assert_eq!(right[0].0, Verdict::Ok, "{}", right[0].1);
        // A different amount in the brackets is an item of its own: then the count is not the list's.
        assert!(verdicts("其中，设备维护费36.20万元（含配件5.00万元），耗材费14.50万元，两项合计50.70万元。").is_empty());
    }

    #[test]
    fn a_count_that_is_not_the_lists_is_no_sum_of_it() {
        assert!(verdicts("其中：护栏更换3.35万元，标线施划1.90万元，标牌维修0.75万元，两项合计5.25万元。").is_empty());
        assert!(verdicts("全年培训4期，两项合计12人次。").is_empty(), "no amounts");
        assert!(verdicts("两项合计11.40万元。").is_empty(), "nothing listed");
    }
}
