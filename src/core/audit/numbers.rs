//! The figures a report states: a number with its unit, where it stands in the normalised text.

use rust_decimal::Decimal;

use crate::core::exact::Exact;
use super::text::ideograph;

/// The words that mark an amount as another one restated, rounded (“支出合计47,476.06万元（约4.75亿元）”):
/// never a part of a total, nor an amount of a change.
pub const ROUNDED: [&str; 5] = ["约", "约合", "折合", "合计约", "大约"];

/// Whether `number` is written as a rounded restatement (one of [`ROUNDED`] just before it, or alone in
/// brackets after an amount in another unit).
pub fn rounded(text: &str, number: &Number) -> bool {
    text.get(..number.start).is_some_and(|before| ROUNDED.iter().any(|w| before.ends_with(w))) || restated_in_brackets(text, number)
}

/// The unit an amount written in `words` ends on.
fn unit_at_end(words: &str) -> Option<&'static str> {
    ["亿元", "万元", "千元", "元"].into_iter().find(|u| words.ends_with(u))
}

/// “…补助8,635,000元，即863.50万元”: an amount said again at once in another unit after 即 is the same money
/// (exactly: not [`rounded`], whose amounts are no figure of a change).
pub fn restated_after_ji(text: &str, number: &Number) -> bool {
    let (Some(before), Some(written)) = (text.get(..number.start), text.get(number.start..number.end)) else { return false };
    let Some(outside) = before.strip_suffix('即') else { return false };
    let outside = outside.strip_suffix(['，', ',']).unwrap_or(outside);
    matches!((unit_at_end(outside), unit_at_end(written)), (Some(a), Some(b)) if a != b)
}

/// “支出合计21,340.50万元（2.13亿元）”: an amount alone in brackets right after another written in another
/// unit says that amount again, rounded (restated.rs judges the rounding) — the exact one is the figure.
fn restated_in_brackets(text: &str, number: &Number) -> bool {
    let (Some(before), Some(written), Some(after)) = (text.get(..number.start), text.get(number.start..number.end), text.get(number.end..)) else {
        return false;
    };
    let Some(outside) = before.strip_suffix(['（', '(']) else { return false };
    let other_unit = matches!((unit_at_end(outside), unit_at_end(written)), (Some(a), Some(b)) if a != b);
    other_unit && after.starts_with(['）', ')'])
}

/// What a stated number counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// An amount, already converted to 万元.
    Wan,
    Percent,
    /// Persons or posts: 人, 名, 个.
    Persons,
    /// No unit: the sentence gives the meaning (“预算控制率为0”, “编制数18”).
    Bare,
}

/// A stated number in the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    pub value: Decimal,
    pub unit: Unit,
    /// Digits after the decimal point, as written (99.5 → 1).
    pub decimals: u32,
    /// Byte range of the number (its sign, if any) and its unit.
    pub start: usize,
    pub end: usize,
    /// Byte range of the digits alone.
    pub digits_start: usize,
    pub digits_end: usize,
}

/// Every number in `text`, in order. Years and dates (“2024年”, “1月25日”, “2024-01-25”) are not figures.
pub fn numbers(text: &str) -> Vec<Number> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.')) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
        }
        let digits_end = i;
        if is_date(text, start, digits_end) {
            // The whole date: “2024-01-25” is no figure, nor is its “01” or “25”.
            while i < bytes.len() && (bytes[i].is_ascii_digit() || matches!(bytes[i], b'-' | b'/' | b'.')) {
                i += 1;
            }
            continue;
        }
        if let Some(number) = read(text, start, digits_end) {
            i = number.end.max(i);
            found.push(number);
        }
    }
    found
}

fn read(text: &str, start: usize, digits_end: usize) -> Option<Number> {
    let digits = &text[start..digits_end];
    // Longer than any figure in a report: an identifier or garbage, not an amount.
    if digits.len() > 20 {
        return None;
    }
    let mut value: Decimal = digits.parse().ok()?;
    let decimals = digits.split_once('.').map_or(0, |(_, f)| f.len() as u32);
    let rest = &text[digits_end..];
    let (unit, unit_len) = unit(rest)?;
    value = match unit_len.1 {
        Scale::Yuan => value.divided_by(Decimal::from(10_000))?,
        Scale::Yi => value.times(Decimal::from(10_000))?,
        Scale::One => value,
    };
    // “=-9.72%”: a minus sign where no figure stands before it (else it is a subtraction).
    let signed = start > 0
        && text.as_bytes()[start - 1] == b'-'
        && !text[..start - 1].ends_with(|c: char| c.is_ascii_digit() || c == '）' || c == '%');
    if signed {
        value.set_sign_negative(!value.is_zero());
    }
    let from = if signed { start - 1 } else { start };
    Some(Number { value, unit, decimals, start: from, end: digits_end + unit_len.0, digits_start: start, digits_end })
}

/// Bare figures a report writes in 元, read as the amounts in 元 they are (held in 万元 as every other), and
/// where each ends. A small unit's report may give every amount in 元 (“本报告金额单位统一为元”, “1,341,523.92元”)
/// and then copy its tables and formulas bare: those figures with cents are 元 too, never 万元. In a report
/// that also writes 万元, a bare figure is 元 only where the text writes the same amount in 元 and never in 万元
/// (“本年支出…÷全年预算数…” over figures given in 元 above).
pub fn read_bare_yuan(text: &str, numbers: &mut [Number]) -> Vec<usize> {
    let written = |n: &Number| text.get(n.digits_end..n.end).unwrap_or_default();
    let in_yuan = |n: &Number| n.unit == Unit::Wan && written(n).ends_with('元') && !written(n).ends_with("万元") && !written(n).ends_with("亿元");
    let yuan: Vec<Decimal> = numbers.iter().filter(|n| in_yuan(n)).map(|n| n.value).collect();
    let wan: Vec<Decimal> = numbers.iter().filter(|n| n.unit == Unit::Wan && !in_yuan(n)).map(|n| n.value).collect();
    let all_in_yuan = yuan.len() >= 3 && !speaks_of_wan(text, numbers);
    let mut ends = Vec::new();
    for number in numbers.iter_mut().filter(|n| n.unit == Unit::Bare && n.decimals > 0) {
        let Some(value) = number.value.divided_by(Decimal::from(10_000)) else { continue };
        let cents = number.decimals == 2;
        let said_in_yuan = yuan.contains(&value) && !wan.contains(&number.value);
        if (all_in_yuan && cents) || said_in_yuan {
            number.value = value;
            number.unit = Unit::Wan;
            ends.push(number.end);
        }
    }
    ends
}

/// The figures at `points` (indices) that [`read_bare_yuan`] read as amounts in 元 (bare, read as 万元), read
/// again as written: a table's 分值 and 得分 are points (“过程 | 预算执行率 | 10 | 8.47”), never money, though
/// the report gives its money in 元. Where each restored figure ends.
pub fn points_as_written(numbers: &mut [Number], points: &[usize]) -> Vec<usize> {
    let mut ends = Vec::new();
    for &index in points {
        let Some(number) = numbers.get_mut(index) else { continue };
        // Read as 元 by read_bare_yuan: an amount whose digits stand without a unit.
        if number.unit != Unit::Wan || number.end != number.digits_end {
            continue;
        }
        let Some(value) = number.value.times(Decimal::from(10_000)) else { continue };
        // (Exact: the figure was divided down by 10,000 with nothing lost; its digits as written again.)
        number.value = value.round_dp(number.decimals);
        number.unit = Unit::Bare;
        ends.push(number.end);
    }
    ends
}

/// Whether the text writes any amount in 万元 or 亿元, or names either as a unit (“单位：万元”, “金额（万元）”):
/// an amount said again, rounded, in brackets (“（约134.15万元）”) does not count.
fn speaks_of_wan(text: &str, numbers: &[Number]) -> bool {
    let written = |n: &Number| text.get(n.digits_end..n.end).unwrap_or_default();
    let restated = numbers.iter().filter(|n| n.unit == Unit::Wan && written(n).ends_with("万元") && rounded(text, n)).count();
    let other_scale = numbers.iter().any(|n| n.unit == Unit::Wan && (written(n).ends_with("亿元") || written(n).ends_with(['万', '亿'])));
    text.matches("万元").count() > restated || other_scale
}

/// “2024-01-25”, “2024/1/25”, “2024.1.25”, “2023-2024年”: digits joined by a separator into a date.
fn is_date(text: &str, start: usize, digits_end: usize) -> bool {
    let rest = text.as_bytes().get(digits_end..).unwrap_or_default();
    let (Some(&separator), Some(next)) = (rest.first(), rest.get(1)) else { return false };
    if !matches!(separator, b'-' | b'/' | b'.') || !next.is_ascii_digit() {
        return false;
    }
    let digits = &text[start..digits_end];
    let second: usize = rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
    let after_second = rest.get(1 + second);
    // A year with a month (“2024-01”), or two years (“2023-2024年”); “2000/2500” is a division.
    let year = digits.len() == 4
        && (digits.starts_with("19") || digits.starts_with("20"))
        && (second <= 2 || (second == 4 && text[digits_end + 1 + second..].starts_with('年')));
    let third = after_second == Some(&separator);
    separator == b'.' || year || third
}

enum Scale {
    One,
    Yuan,
    Yi,
}

/// The unit after the digits and its length; `None` where the number is a year, date or count of things
/// other than persons and money.
fn unit(rest: &str) -> Option<(Unit, (usize, Scale))> {
    // “2200余人”: an approximate count is still a count.
    let approx = ["余", "多"].iter().find(|a| rest.starts_with(**a)).map_or(0, |a| a.len());
    let after = &rest[approx..];
    // Counts that are neither persons nor posts: “2个百分点”, “3个月”.
    if ["个百分点", "个月", "个工作日", "万人", "万名", "万余", "万多", "亿人"].iter().any(|w| after.starts_with(w)) {
        return None;
    }
    // “有3个村未按期报批”, “覆盖12个社区”: places or bodies counted by 个 are no posts nor persons.
    if after.strip_prefix('个').is_some_and(|rest| COUNTED_BY_GE.iter().any(|w| rest.starts_with(w))) {
        return None;
    }
    // “扫描186万画幅”, “印发2万册”: a bare 万 before what it counts is no money.
    if ["万", "亿"].iter().any(|w| after.strip_prefix(w).is_some_and(names_what_is_counted)) {
        return None;
    }
    // “上年结转 | 54.26 | 人员经费 | …”, its cells run together: 人员 opens the next label, no head-count.
    if after.starts_with("人员") {
        return (approx == 0).then_some((Unit::Bare, (0, Scale::One)));
    }
    const UNITS: [(&str, Unit, Scale); 10] = [
        ("万元", Unit::Wan, Scale::One),
        ("亿元", Unit::Wan, Scale::Yi),
        ("元", Unit::Wan, Scale::Yuan),
        ("%", Unit::Percent, Scale::One),
        ("人次", Unit::Bare, Scale::One),
        ("人", Unit::Persons, Scale::One),
        ("名", Unit::Persons, Scale::One),
        ("个", Unit::Persons, Scale::One),
        // “35.6万”, “1.2亿”: money without the 元.
        ("万", Unit::Wan, Scale::One),
        ("亿", Unit::Wan, Scale::Yi),
    ];
    for (word, unit, scale) in UNITS {
        if after.starts_with(word) {
            // A count of visits is not a head-count; nor does it stand for anything checked here.
            return (unit != Unit::Bare).then_some((unit, (approx + word.len(), scale)));
        }
    }
    let next = rest.chars().next();
    // “预算编制18分” is a score, not 18 posts.
    let counted = matches!(next, Some('年' | '月' | '日' | '号' | '天' | '时' | '期' | '届' | '次' | '家' | '场' | '项' | '批' | '副' | '分' | '.'));
    // “车辆在用8辆”, “购置电脑12台”: a measure word after the figure makes it a count of things.
    let things = next.is_some_and(|c| MEASURE_WORDS.contains(c));
    (!counted && !things && approx == 0).then_some((Unit::Bare, (0, Scale::One)))
}

/// Measure words of things (vehicles, machines, buildings, files, land, goods), never of money or posts.
const MEASURE_WORDS: &str = "辆台套座栋幢间处所册卷本张篇条件份笔宗户头只株亩吨";

/// What a 个 counts when it counts no posts: villages, communities, bodies, projects.
const COUNTED_BY_GE: [&str; 14] = ["村", "乡", "镇", "街道", "社区", "片区", "部门", "单位", "科室", "项目", "地块", "站点", "点位", "批次"];

/// Whether the words after a bare 万 or 亿 name the things counted (画幅, 册, 张): a word of its own, not 元
/// nor one an amount of money goes on with (“35.6万用于…”, “1.2亿的预算”, “20万左右”).
fn names_what_is_counted(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| ideograph(c) && !"元的用全已主其较比占为是和与及或左以至".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<(String, Unit)> {
        numbers(text).into_iter().map(|n| (n.value.to_string(), n.unit)).collect()
    }

    #[test]
    fn villages_or_bodies_counted_by_ge_are_no_head_counts() {
        assert_eq!(units("编制有5个乡镇未完成，覆盖12个社区，核定编制8个，涉及2个部门"), vec![("8".into(), Unit::Persons)]);
    }

    #[test]
    fn reads_units_into_wan_and_skips_dates() {
        assert_eq!(
            units("2024年1月25日支出2099500元，预算1.2亿元，结余0.1万元，率99.5%，在编7人，编制数18|7"),
            vec![
                ("209.95".into(), Unit::Wan),
                ("12000.0".into(), Unit::Wan),
                ("0.1".into(), Unit::Wan),
                ("99.5".into(), Unit::Percent),
                ("7".into(), Unit::Persons),
                ("18".into(), Unit::Bare),
                ("7".into(), Unit::Bare),
            ]
        );
    }

    #[test]
    fn signs_formulas_and_dates() {
        assert_eq!(units("=-9.72%，（6.5-7.2）/7.2×100%"), vec![
            ("-9.72".into(), Unit::Percent), ("6.5".into(), Unit::Bare), ("7.2".into(), Unit::Bare),
            ("7.2".into(), Unit::Bare), ("100".into(), Unit::Percent)]);
        assert_eq!(units("1928.7/1946.86×100%"), vec![("1928.7".into(), Unit::Bare), ("1946.86".into(), Unit::Bare), ("100".into(), Unit::Percent)]);
        assert_eq!(units("于2024-01-25、2024/1/25公开，2023-2024年"), vec![]);
        assert_eq!(units("提高2个百分点，35.6万，1.2亿元"), vec![("35.6".into(), Unit::Wan), ("12000.0".into(), Unit::Wan)]);
    }

    #[test]
    fn counts_of_visits_and_things_are_not_figures() {
        assert_eq!(units("宣讲25场次，覆盖2200余人次，驿站18家"), vec![]);
        assert_eq!(units("车辆在用8辆，购置电脑12台，整理档案3600卷，在用资产86.4万元"), vec![("86.4".into(), Unit::Wan)]);
        // A bare 万 before the things it counts; money goes on after it.
        assert_eq!(units("数字化3.5万卷，印发12万份，支出8万用于维修"), vec![("8".into(), Unit::Wan)]);
        // Cells run together (“结转 | 8.5 | 人员经费”): 人员 is the next label's.
        assert_eq!(units("结转8.5人员经费"), vec![("8.5".into(), Unit::Bare)]);
        assert_eq!(numbers("99.5%")[0].decimals, 1);
    }

    #[test]
    fn bare_figures_with_cents_in_a_report_in_yuan_are_yuan() {
        let text = "预算30000.00元，支出27600.50元，结余2399.50元；执行率＝27600.50÷30000.00×100%，编制5÷6，资料218";
        let mut found = numbers(text);
        let ends = read_bare_yuan(text, &mut found);
        let read: Vec<(String, Unit)> = found.iter().map(|n| (n.value.normalize().to_string(), n.unit)).collect();
        assert_eq!(&read[3..], [("2.76005".into(), Unit::Wan), ("3".into(), Unit::Wan), ("100".into(), Unit::Percent),
            ("5".into(), Unit::Bare), ("6".into(), Unit::Bare), ("218".into(), Unit::Bare)]);
        assert_eq!(ends.len(), 2);
        // One amount in 万元 and the report is no longer all in 元: a bare figure is 元 only where the text
        // writes the same amount in 元.
        let mixed = format!("{text}，其他1.50万元，另3.00");
        let mut found = numbers(&mixed);
        read_bare_yuan(&mixed, &mut found);
        assert_eq!((found[3].unit, found[4].unit), (Unit::Wan, Unit::Wan));
        assert_eq!(found.last().map(|n| (n.value.to_string(), n.unit)), Some(("3.00".into(), Unit::Bare)));
    }
}
