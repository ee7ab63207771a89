//! Money stated as a count times a standard for each (“按每个社区20万元的标准拨付，15个社区共计300.00万元”,
//! “公益林8.6万亩，补偿标准16元/亩，全年补偿资金137.60万元”, “22个村×20万元=440万元”): a reviewer multiplies
//! them out. Claimed only where one sentence ties the three together beyond doubt — one standard, one count
//! of what it is for, and the money they make labelled as their sum right after them (or right before, the
//! count and its 标准 in brackets) — since a false 不符 on a right report is the worst the audit can do.

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::core::exact::Exact;

use super::numbers::{Number, Unit};
use super::restated::written_in;
use super::text::{after_last, ideograph, start_after_last};
use super::verdicts::Judged;
use super::Verdict;

/// What things are counted in, longest first (“人次” before “人”); 个 is read apart, with what it counts.
const MEASURES: [&str; 38] = [
    "平方公里", "平方米", "人次", "公里", "千米", "亩", "户", "人", "名", "位", "页", "张", "头", "只", "羽", "台", "套", "辆", "件", "份", "册", "卷",
    "株", "棵", "座", "处", "间", "所", "村", "次", "场", "吨", "块", "盏", "米", "项", "宗", "笔",
];

/// Head-counts, one measure however written.
const PERSONS: [&str; 3] = ["人", "名", "位"];

/// Words that label an amount as what the count and the standard make.
const SUM_WORDS: [&str; 14] = ["共", "计", "资金", "经费", "补助", "补贴", "拨付", "发放", "安排", "投入", "总额", "金额", "支付", "奖补"];

/// Words that make an amount another figure than the product: a budget, what was really spent, a part of it,
/// a change, an average.
const OTHER_FIGURE: [&str; 17] = ["预算", "实际", "上年", "去年", "结余", "结转", "节约", "执行", "其中", "剩余", "尚", "未", "占", "均", "约", "达", "超"];

/// Words that put a change, an average, a rounding or a period between the figures: the product is then not
/// what the sentence states.
const NOT_A_PRODUCT: [&str; 22] = [
    "上年", "去年", "同比", "比上", "较上", "增长", "提高", "下降", "减少", "增加", "调增", "调减", "平均", "约", "个月", "每月", "每年", "每季",
    "每天", "每日", "每周", "折合",
];

/// Bytes read back from an amount for the words of its clause.
const LOOK_BACK: usize = 120;

/// Words that make an amount a bound on each one's share rather than the share.
const BOUNDS: [&str; 9] = ["以上", "以下", "以内", "左右", "不超过", "不低于", "最高", "最低", "上限"];

/// What a standard is for: a measure (亩, 人, 社区, or 个 with what it counts), or whatever is counted
/// beside it (单价, a standard written after ×).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Per {
    Measure(String),
    Any,
}

/// An amount for each one of something.
struct Standard<'a> {
    number: &'a Number,
    per: Per,
    /// Where its writing ends (“16元/亩”: after 亩).
    end: usize,
    /// Written after ×, in a formula.
    formula: bool,
    /// Named a 标准 (a rule, not an average worked out of the sum).
    rule: bool,
}

/// A number of things.
#[derive(Debug)]
struct Count {
    value: Decimal,
    start: usize,
    /// Where the figure and its measure end (“15个”, “8.6万亩”).
    end: usize,
    measure: &'static str,
    /// What a 个 counts, and the words before the figure (“学生1860人”): a few characters each.
    noun: String,
    before: String,
    approximate: bool,
}

/// Each sum stated as a count times its standard, judged.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut start = 0;
    for sentence in text.split_inclusive(['。', ';', '\n', '！', '？']) {
        found.extend(in_sentence(text, numbers, start..start + sentence.len()));
        start += sentence.len();
    }
    found
}

fn in_sentence(text: &str, numbers: &[Number], sentence: Range<usize>) -> Option<(Range<usize>, Judged)> {
    let first = numbers.partition_point(|n| n.start < sentence.start);
    let last = numbers.partition_point(|n| n.start < sentence.end);
    let amounts: Vec<&Number> = numbers[first..last].iter().filter(|n| n.unit == Unit::Wan && written_in(text, n).is_some()).collect();
    let mut standards = Vec::new();
    for amount in &amounts {
        match standard(text, sentence.start, amount) {
            Reading::Standard(found) => standards.push(found),
            Reading::Unclear => return None,
            Reading::Amount => {}
        }
    }
    let [standard] = <[Standard; 1]>::try_from(standards).ok()?;
    let counts = counts(text, sentence.clone());
    let count = the_count(text, &standard, &counts)?;
    let Some((total, label)) = total(text, &amounts, &standard, count, sentence.clone()) else {
        return (amounts.len() == 1).then(|| budget_borne_out(text, numbers, &standard, count, sentence.start)).flatten();
    };
    let earliest = count.start.min(standard.number.start).min(total.start);
    let latest = count.end.max(standard.end).max(total.end);
    if NOT_A_PRODUCT.iter().any(|w| text.get(earliest..latest).is_none_or(|window| window.contains(w))) {
        return None;
    }
    Some((total.start..total.end, judge(text, count, &standard, (total, label))?))
}

/// “（1）高标准农田建设项目：全年预算1800.00万元，…。新建高标准农田1.2万亩，亩均投入标准1500元/亩”: a count and
/// its 标准 with no sum of their own, right after the sentence giving the project's one budget. They make it
/// as often as not (a budget may cover more), so only agreement is said; any other product, nothing.
fn budget_borne_out(text: &str, numbers: &[Number], standard: &Standard, count: &Count, sentence_start: usize) -> Option<(Range<usize>, Judged)> {
    let (start, end) = (count.start.min(standard.number.start), count.end.max(standard.end));
    let window = text.get(start..end)?;
    if !standard.rule || standard.formula || NOT_A_PRODUCT.iter().any(|w| window.contains(w)) {
        return None;
    }
    let previous = text.get(..sentence_start)?.strip_suffix('。')?;
    let previous_start = start_after_last(previous, &['。', ';', '\n']);
    let first = numbers.partition_point(|n| n.start < previous_start);
    let last = numbers.partition_point(|n| n.start < previous.len());
    let budgets: Vec<(&Number, &str)> = numbers[first..last]
        .iter()
        .filter(|n| n.unit == Unit::Wan && written_in(text, n).is_some())
        .filter_map(|n| Some((n, after_last(text.get(previous_start..n.start)?, &['，', ',', ':', '（', '、']))))
        .filter(|(_, label)| label.ends_with("预算") && label.chars().count() <= 6 && !label.contains(|c: char| c.is_ascii_digit()))
        .collect();
    let [(budget, label)] = <[(&Number, &str); 1]>::try_from(budgets).ok()?;
    let product = count.value.times(standard.number.value)?;
    let (unit, size) = written_in(text, budget)?;
    let exact = product.divided_by(size)?.normalize();
    if budget.value.divided_by(size)? != exact.round_dp_with_strategy(budget.decimals, RoundingStrategy::MidpointAwayFromZero) {
        return None;
    }
    let places = budget.decimals.max(exact.scale()) as usize;
    let formula = format!("{}×{}", text.get(count.start..count.end)?, text.get(standard.number.start..standard.end)?);
    let detail = format!("{formula}={exact:.places$}{unit}，与上句{label}{}相符", text.get(budget.start..budget.end)?);
    Some((start..end, Judged::new(Verdict::Ok, detail)))
}

/// The one count the standard is for: the figure right before its × in a formula, the only count of the
/// sentence for a 单价, else the only count in its measure — none where two could be, or it is approximate.
fn the_count<'c>(text: &str, standard: &Standard, counts: &'c [Count]) -> Option<&'c Count> {
    let candidates: Vec<&Count> = if standard.formula {
        let times_at = standard.number.start.checked_sub('×'.len_utf8())?;
        // “12个站点×8.5万元”: what the 个 counts may stand between.
        counts.iter().filter(|c| text.get(c.end..times_at).is_some_and(|between| c.noun.starts_with(between.trim()))).collect()
    } else {
        counts.iter().filter(|c| for_each(&standard.per, c)).collect()
    };
    let [count] = <[&Count; 1]>::try_from(candidates).ok()?;
    (!count.approximate).then_some(count)
}

/// The amount the count and the standard make, with the words labelling it: after “=” in a formula; else the
/// first amount after both, in the clause of the later one or the next, labelled as a sum; else the amount
/// right before brackets that hold both, the standard called a 标准 (“发放补贴382.27万元（补贴面积3.62万亩，补贴
/// 标准105.6元/亩）”).
fn total<'a, 't>(text: &'t str, amounts: &[&'a Number], standard: &Standard, count: &Count, sentence: Range<usize>) -> Option<(&'a Number, &'t str)> {
    let later = count.end.max(standard.end);
    let earlier = count.start.min(standard.number.start);
    // Another amount between the count and the standard: whose sum is which is no longer plain.
    if amounts.iter().any(|a| a.start >= earlier && a.end <= later && a.start != standard.number.start) || clause_marks(text.get(earlier..later)?) > 2 {
        return None;
    }
    let after = amounts.iter().find(|a| a.start >= later);
    if standard.formula {
        let after = after?;
        return text.get(later..after.start)?.trim().eq("=").then_some((*after, ""));
    }
    if let Some(after) = after {
        let between = text.get(later..after.start)?;
        let label = after_last(between, &['，', ',', ':']);
        if clause_marks(between) <= 1 && !between.contains(['（', '）']) && labelled_a_sum(label) {
            return Some((*after, label));
        }
    }
    // Before brackets that hold the count and the standard, and nothing else of money.
    let before = amounts.iter().rev().find(|a| a.end <= earlier && a.start >= sentence.start)?;
    let inside = text.get(before.end..)?.strip_prefix('（')?;
    let close = before.end + '（'.len_utf8() + inside.find('）')?;
    if !standard.rule || later > close || amounts.iter().any(|a| a.start > before.end && a.end <= close && a.start != standard.number.start) {
        return None;
    }
    let clause = after_last(text.get(sentence.start..before.start)?, &['，', ',', ':', '（']);
    let label = &clause[clause.rfind(|c: char| c.is_ascii_digit()).map_or(0, |at| at + 1)..];
    labelled_a_sum(label).then_some((*before, label))
}

/// Commas and colons: clauses between.
fn clause_marks(words: &str) -> usize {
    words.matches(['，', ',', ':']).count()
}

/// Whether the words before an amount name it as a sum (共计, 补偿资金, 拨付…经费) and as nothing else.
fn labelled_a_sum(label: &str) -> bool {
    let label = label.replace("计划", "");
    SUM_WORDS.iter().any(|w| label.contains(w)) && !OTHER_FIGURE.iter().any(|w| label.contains(w)) && !label.contains(|c: char| c.is_ascii_digit())
}

enum Reading<'a> {
    Standard(Standard<'a>),
    /// A plain amount.
    Amount,
    /// A standard over a period or a compound measure, or an average: the sentence is left alone.
    Unclear,
}

/// Whether `amount` is a standard for each of something, and for what.
fn standard<'a>(text: &str, sentence_start: usize, amount: &'a Number) -> Reading<'a> {
    // A clause is short: reading back further would make a long line without marks quadratic.
    let mut from = amount.start.saturating_sub(LOOK_BACK).max(sentence_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..amount.start).unwrap_or_default();
    let clause = after_last(before, &['，', ',', ':', '（', '、']);
    let after = text.get(amount.end..).unwrap_or_default();
    // “单价50万元以上”, “最高补助2万元”: a bound, not what each one was given.
    if BOUNDS.iter().any(|w| after.starts_with(w) || clause.contains(w)) {
        return Reading::Unclear;
    }
    let rule = clause.contains("标准") || after.starts_with("的标准") || after.starts_with("标准");
    let mut per = None;
    let mut end = amount.end;
    // “16元/亩”: per the measure after the slash, nothing more (“元/人·月”, “元/人/年” run over a period).
    if let Some(measure) = after.strip_prefix('/') {
        let Some(word) = measure_at(measure) else { return Reading::Unclear };
        let rest = &measure[word.len()..];
        if rest.starts_with(['/', '·', '.', '每', '年', '月', '日', '天']) {
            return Reading::Unclear;
        }
        end += '/'.len_utf8() + word.len();
        per = Some(Per::Measure(word.to_string()));
    }
    let each = match clause.matches('每').count() {
        0 => None,
        1 => Some(&clause[clause.find('每').map_or(0, |at| at + '每'.len_utf8())..]),
        _ => return Reading::Unclear,
    };
    let mut said = Vec::new();
    if let Some(words) = each {
        if words.contains(|c: char| c.is_ascii_digit()) {
            return Reading::Unclear;
        }
        let Some(measure) = each_of(words) else { return Reading::Unclear };
        said.push(measure);
    }
    if clause.contains("平均") {
        return Reading::Unclear;
    }
    // “亩均”, “生均”, “人均” (not “均按”: all of them): an average worked out of the sum is another claim, so
    // only a 标准 (亩均投入标准, 生均公用经费标准) is a standard.
    let averaged = clause.find('均').and_then(|at| clause[..at].chars().next_back()).map(String::from);
    if let Some(of) = averaged.filter(|w| w == "生" || MEASURES.contains(&w.as_str())) {
        if !rule {
            return Reading::Unclear;
        }
        said.push(Per::Measure(of));
    }
    if clause.contains("单价") {
        said.push(Per::Any);
    } else if let Some(at) = clause.find('单') {
        if let Some(word) = measure_at(&clause[at + '单'.len_utf8()..]) {
            said.push(Per::Measure(word.to_string()));
        }
    }
    let formula = before.ends_with('×');
    if formula {
        said.push(Per::Any);
    }
    for measure in said {
        match &per {
            None => per = Some(measure),
            Some(Per::Any) => per = Some(measure),
            Some(known) if measure == Per::Any || *known == measure => {}
            Some(_) => return Reading::Unclear,
        }
    }
    match per {
        Some(per) => Reading::Standard(Standard { number: amount, per, end, formula, rule }),
        None => Reading::Amount,
    }
}

/// What “每” is said of (the words after it, up to the amount): a measure, or 个 with what it counts.
fn each_of(words: &str) -> Option<Per> {
    if let Some(counted) = words.strip_prefix('个') {
        let noun: String = counted.chars().take_while(|c| ideograph(*c)).take(6).collect();
        return Some(Per::Measure(format!("个{noun}")));
    }
    measure_at(words).map(|w| Per::Measure(w.to_string()))
}

fn measure_at(words: &str) -> Option<&'static str> {
    MEASURES.iter().find(|m| words.starts_with(**m)).copied()
}

/// Whether a standard for `per` is one for each of what `count` counts.
fn for_each(per: &Per, count: &Count) -> bool {
    let Per::Measure(per) = per else { return true };
    let person = |w: &str| PERSONS.contains(&w);
    if let Some(noun) = per.strip_prefix('个') {
        if count.measure != "个" {
            return false;
        }
        let head = |w: &str| w.chars().take(2).collect::<String>();
        return noun.is_empty() || count.noun.is_empty() || noun.contains(&head(&count.noun)) || count.noun.contains(&head(noun));
    }
    if per == "生" {
        return person(count.measure) && (count.noun.contains('生') || count.before.contains('生'));
    }
    if person(per) && person(count.measure) || count.measure == per {
        return true;
    }
    // “每村” over “22个行政村”.
    count.measure == "个" && count.noun.chars().take(per.chars().count() + 2).collect::<String>().contains(per)
}

/// The counts a sentence states: a figure (perhaps of 万) and what it counts.
fn counts(text: &str, sentence: Range<usize>) -> Vec<Count> {
    let Some(words) = text.get(sentence.clone()) else { return vec![] };
    let bytes = words.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let continues = i > 0 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.');
        if !bytes[i].is_ascii_digit() || continues {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            i += 1;
        }
        if let Some(count) = count_at(words, start, i) {
            found.push(Count { start: sentence.start + count.start, end: sentence.start + count.end, ..count });
        }
    }
    found
}

/// The count whose digits are `start..digits_end` of `words`, if a measure follows them.
fn count_at(words: &str, start: usize, digits_end: usize) -> Option<Count> {
    let mut value: Decimal = words.get(start..digits_end)?.parse().ok()?;
    let mut rest = words.get(digits_end..)?;
    let approximate_after = rest.starts_with(['余', '多']);
    rest = rest.trim_start_matches(['余', '多']);
    if let Some(tens_of_thousands) = rest.strip_prefix('万') {
        value = value.times(Decimal::from(10_000))?;
        rest = tens_of_thousands;
    }
    let (measure, noun) = match rest.strip_prefix('个') {
        Some(counted) => ("个", counted.chars().take_while(|c| ideograph(*c)).take(4).collect::<String>()),
        None => (measure_at(rest)?, String::new()),
    };
    // “3个月”, “2个百分点”: no things counted.
    if ["月", "百分点", "工作日"].iter().any(|w| noun.starts_with(w)) {
        return None;
    }
    let head = &words[..start];
    if head.ends_with('第') {
        return None;
    }
    let approximate = approximate_after || ["约", "近", "超", "逾"].iter().any(|w| head.ends_with(w));
    let before: String = head.chars().rev().take_while(|c| ideograph(*c)).take(4).collect::<Vec<_>>().into_iter().rev().collect();
    let end = words.len() - rest.len() + measure.len();
    Some(Count { value, start, end, measure, noun, before, approximate })
}

fn judge(text: &str, count: &Count, standard: &Standard, (total, label): (&Number, &str)) -> Option<Judged> {
    let product = count.value.times(standard.number.value)?;
    let (unit, size) = written_in(text, total)?;
    let exact = product.divided_by(size)?.normalize();
    let written = total.value.divided_by(size)?;
    let decimals = total.decimals;
    let at_digits = |rounding: RoundingStrategy| exact.round_dp_with_strategy(decimals, rounding);
    let formula = format!("{}×{}", text.get(count.start..count.end)?, text.get(standard.number.start..standard.end)?);
    // “共计320.00万元”, “补偿资金147.60万元”: a short label is said with the figure.
    // A 个's noun read with the count (“15个社区共计”) is no part of the label.
    let label = match &standard.per {
        Per::Measure(per) => label.strip_prefix(per.trim_start_matches('个')).unwrap_or(label),
        Per::Any => label,
    };
    let label = if label.chars().count() <= 8 { label } else { "" };
    let stated = format!("{label}{}", text.get(total.start..total.end)?);
    let shown = |value: Decimal| {
        let places = decimals.max(value.scale()) as usize;
        format!("{value:.places$}{unit}")
    };
    if written == at_digits(RoundingStrategy::MidpointAwayFromZero) {
        let judged = Judged::new(Verdict::Ok, format!("{formula}={}，报告写{stated}，相符", shown(exact)));
        let rounded = exact.scale() > decimals;
        return Some(judged.noted(rounded.then(|| format!("乘积{}按所写位数四舍五入为{stated}", shown(exact)))));
    }
    if written == at_digits(RoundingStrategy::ToZero) {
        let rounded = shown(at_digits(RoundingStrategy::MidpointAwayFromZero));
        return Some(Judged::new(Verdict::Ok, format!("{formula}={}，报告写{stated}，系截去尾数（四舍五入应为{rounded}），相符", shown(exact))));
    }
    let should = shown(at_digits(RoundingStrategy::MidpointAwayFromZero));
    let off = written.minus(exact)?.abs();
    let detail = format!("报告写{stated}，按{formula}应为{should}，相差{}", shown(off));
    let share = off.divided_by(exact.abs().max(Decimal::ONE))?;
    Some(Judged::new(Verdict::Mismatch, detail).off(share, format!("写{stated}，按{formula}应为{should}")))
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    fn products(text: &str) -> Vec<(Verdict, String, Vec<String>)> {
        audit(text).claims.into_iter().filter(|c| c.id == "product").map(|c| (c.verdict, c.detail, c.notes)).collect()
    }

    fn verdicts(text: &str) -> Vec<Verdict> {
        products(text).into_iter().map(|(v, _, _)| v).collect()
    }

    #[test]
    fn households_times_their_grant_make_the_sum() {
        let right = "（2）危房改造补助：为全乡86户危房改造户每户补助3.5万元，共计301.00万元。\n";
        let found = products(right);
        assert_eq!(verdicts(right), [Verdict::Ok], "{found:?}");
        assert!(found[0].1.contains("86户×3.5万元=301.00万元"), "{found:?}");
        let slip = products(&right.replace("301.00", "310.00"));
        assert_eq!(slip.iter().map(|f| f.0).collect::<Vec<_>>(), [Verdict::Mismatch], "{slip:?}");
        assert_eq!(slip[0].1, "报告写共计310.00万元，按86户×3.5万元应为301.00万元，相差9.00万元");
    }

    /// The sum is the product rounded to the digits it is written with — or cut there, which is said.
    #[test]
    fn pupils_times_a_per_pupil_standard_agree_at_the_digits_written() {
        let text = |sum: &str| format!("全县初中在校学生2,415人，生均公用经费标准850元，全年拨付公用经费{sum}万元。\n");
        let rounded = products(&text("205.28"));
        assert_eq!(rounded.iter().map(|f| f.0).collect::<Vec<_>>(), [Verdict::Ok], "{rounded:?}");
        assert!(rounded[0].1.contains("2415人×850元=205.275万元") && rounded[0].2.iter().any(|n| n.contains("四舍五入")), "{rounded:?}");
        let cut = products(&text("205.27"));
        assert_eq!(cut.iter().map(|f| f.0).collect::<Vec<_>>(), [Verdict::Ok], "{cut:?}");
        assert!(cut[0].1.contains("截去尾数"), "{cut:?}");
        assert_eq!(verdicts(&text("250.28")), [Verdict::Mismatch]);
    }

    #[test]
    fn machines_times_their_unit_price_and_a_formula_written_out() {
        let bought = "采购执法记录仪60台，单价4,200元，合计25.20万元。\n";
        assert_eq!(verdicts(bought), [Verdict::Ok], "{:?}", products(bought));
        assert_eq!(verdicts(&bought.replace("25.20", "26.20")), [Verdict::Mismatch]);
        let formula = "站点运维经费按12个站点×8.5万元=102.00万元核定。\n";
        assert_eq!(verdicts(formula), [Verdict::Ok], "{:?}", products(formula));
        assert_eq!(verdicts(&formula.replace("102.00", "108.50")), [Verdict::Mismatch]);
    }

    /// The sum first, its area and 标准 in brackets after it; and a sum in 元, shown in 元.
    #[test]
    fn a_sum_before_its_area_and_standard_or_in_yuan() {
        let bracketed = "全年发放种粮补贴196.35万元（补贴面积2.31万亩，补贴标准85元/亩），已全部打卡到户。\n";
        assert_eq!(verdicts(bracketed), [Verdict::Ok], "{:?}", products(bracketed));
        assert_eq!(verdicts(&bracketed.replace("196.35", "169.35")), [Verdict::Mismatch]);
        let in_yuan = "春节期间走访困难职工320名，每人发放慰问金500元，共计160,000元。\n";
        assert_eq!(verdicts(in_yuan), [Verdict::Ok], "{:?}", products(in_yuan));
        let slip = products(&in_yuan.replace("160,000", "165,000"));
        assert_eq!(slip.iter().map(|f| f.0).collect::<Vec<_>>(), [Verdict::Mismatch], "{slip:?}");
        assert!(slip[0].1.contains("应为160000元") && slip[0].1.contains("相差5000元"), "{slip:?}");
    }

    /// An area and its 标准 with no sum of their own, right after the project's budget: said to agree where
    /// they make it, nothing where they do not (the budget may cover more).
    #[test]
    fn an_area_and_its_standard_after_the_projects_budget_agree_or_say_nothing() {
        let text = |budget: &str| format!("（2）林下经济示范项目：全年预算{budget}万元，实际支出372.40万元。全年新建示范基地0.48万亩，亩均补助标准800元/亩，覆盖6个乡镇。\n");
        let found = products(&text("384.00"));
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), [Verdict::Ok], "{found:?}");
        assert!(found[0].1.contains("0.48万亩×800元/亩=384.00万元，与上句全年预算384.00万元相符"), "{found:?}");
        assert!(products(&text("400.00")).is_empty());
    }

    /// Where the count or the standard could be another clause's, the sentence is left alone.
    #[test]
    fn a_period_an_average_a_plan_a_bound_or_another_measure_stay_silent() {
        let silent = [
            // Per month: the product is not the sum.
            "为45名护林员每人每月发放补助1,200元，全年共计64.80万元。",
            // An average worked out of the sum, after it.
            "向380户发放补助资金57.00万元，户均1,500元。",
            // Planned and done: two counts of one measure.
            "计划改造1,200亩，每亩补助600元，实际完成1,150亩，补助资金69.00万元。",
            "计划扫描档案220万页，单页成本0.25元，实际完成216万页，支出54.00万元。",
            // Two standards, the old and the new.
            "每村补助标准由12万元提高到15万元，18个村共计270.00万元。",
            // An approximate count, a bound, a count of another thing.
            "惠及约2,000户，每户补助500元，共计100.00万元。",
            "购置单价50万元以上的检测设备31台，合计1,830.00万元。",
            "覆盖12个村，每户补助2,000元，共计48.00万元。",
            // The sum before, without brackets; a budget or spending after.
            "救助资金18.00万元，救助36人，每人0.5万元。",
            "按每个社区25万元的标准，9个社区全年预算240.00万元。",
        ];
        for text in silent {
            assert!(products(&format!("{text}\n")).is_empty(), "{text}: {:?}", products(text));
        }
    }
}
