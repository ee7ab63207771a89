//! Dates in a 时效指标 (SPEC §12): `2024年12月31日前`, `12月底前`, `年底前`, `2024.11.30前`,
//! `2024年第三季度` as a 年度指标值, and `11月20日`, `2024年10月`, `12月上旬`, `2024-11-05` as a 实际完成值. Not numbers (`12月` is no quantity of 月) but comparable: a
//! 完成值 on or before its deadline met it.

use std::cmp::Ordering;

use super::target_value::fold;

/// A day of the year as a 时效 value states it; the year when it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearDay {
    pub year: Option<u32>,
    pub month: u32,
    pub day: u32,
}

/// Which end of a month a value without its day means: a deadline (“12月前”) runs to the month's end, a
/// completion (“11月完成”) is taken at its start, so that a month named in both is on time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthEnd {
    Deadline,
    Completion,
}

/// The date `typed` states, if any: of a period (“2024年1月至12月”), its end for a deadline and its start
/// for a completion. A month without its year takes the year written before it.
pub fn read_year_day(typed: &str, end: MonthEnd) -> Option<YearDay> {
    let text = fold(typed);
    if let Some(at) = text.find("年底").or_else(|| text.find("年末")) {
        let before = &text[..at];
        return Some(YearDay { year: number_before(before.strip_suffix('年').unwrap_or(before)), month: 12, day: 31 });
    }
    let default_day = if end == MonthEnd::Deadline { 31 } else { 1 };
    if let Some(day) = numeric_date(&text, end).or_else(|| part_of_year(&text, end)) {
        return Some(day);
    }
    let mut dates = Vec::new();
    let mut year = None;
    for (at, _) in text.match_indices('月') {
        let (before, after) = (&text[..at], &text[at + '月'.len_utf8()..]);
        let Some(month) = number_before(before).filter(|m| (1..=12).contains(m)) else { continue };
        year = before[..before.len() - digits_at_end(before)].strip_suffix('年').and_then(number_before).or(year);
        dates.push(YearDay { year, month, day: day_after(after).unwrap_or(default_day) });
    }
    match end {
        MonthEnd::Deadline => dates.last().copied(),
        MonthEnd::Completion => dates.first().copied(),
    }
}

/// `2024.11.30`, `2024-10-31`, `2024/6/30` and `2024-11` (a month): dates as spreadsheets export them. Of a period (`2024.1-2024.12`), its end for a deadline and its start for a completion.
fn numeric_date(text: &str, end: MonthEnd) -> Option<YearDay> {
    let bytes = text.as_bytes();
    let mut dates = Vec::new();
    let mut at = 0;
    while at + 4 <= bytes.len() {
        let starts_number = at == 0 || !bytes[at - 1].is_ascii_digit();
        match (starts_number, text.get(at..).and_then(|rest| date_at(rest, end))) {
            (true, Some((day, length))) => {
                dates.push(day);
                at += length;
            }
            _ => at += 1,
        }
    }
    match end {
        MonthEnd::Deadline => dates.last().copied(),
        MonthEnd::Completion => dates.first().copied(),
    }
}

/// A numeric date at the start of `text`, and the bytes it takes.
fn date_at(text: &str, end: MonthEnd) -> Option<(YearDay, usize)> {
    let year: u32 = text.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()?;
    let separator = *text.as_bytes().get(4)?;
    if !(1990..=2099).contains(&year) || !b".-/".contains(&separator) {
        return None;
    }
    let digits = |from: usize| text.get(from..).map_or(0, |rest| rest.bytes().take_while(u8::is_ascii_digit).count());
    let month_digits = digits(5);
    let month: u32 = text.get(5..5 + month_digits).filter(|_| (1..=2).contains(&month_digits))?.parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let mut length = 5 + month_digits;
    let mut day = if end == MonthEnd::Deadline { 31 } else { 1 };
    if text.as_bytes().get(length) == Some(&separator) && (1..=2).contains(&digits(length + 1)) {
        let day_digits = digits(length + 1);
        day = text[length + 1..length + 1 + day_digits].parse().ok().filter(|d| (1..=31).contains(d))?;
        length += 1 + day_digits;
    } else if separator == b'.' {
        // `2024.5` is as likely a figure as May.
        return None;
    }
    Some((YearDay { year: Some(year), month, day }, length))
}

/// `第三季度`, `四季度`, `上半年`, `下半年`: a deadline at the part's last month, a completion at its first.
fn part_of_year(text: &str, end: MonthEnd) -> Option<YearDay> {
    let (before, months) = if let Some(at) = text.find("季度") {
        let before = &text[..at];
        let quarter = before.chars().last().and_then(|c| "一二三四".find(c).map(|i| i as u32 / 3 + 1).or_else(|| c.to_digit(10)))?;
        if !(1..=4).contains(&quarter) {
            return None;
        }
        let before = before[..before.len() - before.chars().last().map_or(0, char::len_utf8)].trim_end_matches('第');
        (before, (quarter * 3 - 2, quarter * 3))
    } else if let Some(at) = text.find("上半年") {
        (&text[..at], (1, 6))
    } else if let Some(at) = text.find("下半年") {
        (&text[..at], (7, 12))
    } else {
        return None;
    };
    let year = before.strip_suffix('年').and_then(number_before);
    Some(match end {
        MonthEnd::Deadline => YearDay { year, month: months.1, day: 31 },
        MonthEnd::Completion => YearDay { year, month: months.0, day: 1 },
    })
}

/// The order of two dates, by the year only when both give it.
pub fn compare_year_days(a: YearDay, b: YearDay) -> Ordering {
    let years = match (a.year, b.year) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => Ordering::Equal,
    };
    years.then((a.month, a.day).cmp(&(b.month, b.day)))
}

/// Whether a 完成值 met a deadline 指标值; `None` when either states no date. A date without its year is in
/// `year`, the year evaluated, when known (“12月底前” against “2025年3月” in a 2024 report is late).
pub fn on_time(target: &str, actual: &str, year: Option<u32>) -> Option<bool> {
    let in_year = |day: YearDay| YearDay { year: day.year.or(year), ..day };
    let deadline = in_year(read_year_day(target, MonthEnd::Deadline)?);
    let done = in_year(read_year_day(actual, MonthEnd::Completion)?);
    Some(compare_year_days(done, deadline) != Ordering::Greater)
}

fn digits_at_end(text: &str) -> usize {
    text.bytes().rev().take_while(u8::is_ascii_digit).count()
}

/// The number written just before the end of `text` (at most four digits).
fn number_before(text: &str) -> Option<u32> {
    let count = digits_at_end(text);
    (1..=4).contains(&count).then(|| text[text.len() - count..].parse().ok()).flatten()
}

/// `20日`, `20号`, `底`, `末`, `上旬`/`中旬`/`下旬` right after 月.
fn day_after(text: &str) -> Option<u32> {
    let count = text.bytes().take_while(u8::is_ascii_digit).count();
    if count > 0 {
        let rest = &text[count..];
        if rest.starts_with('日') || rest.starts_with('号') {
            return text[..count].parse().ok().filter(|d| (1..=31).contains(d));
        }
        return None;
    }
    [("上旬", 10), ("中旬", 20), ("下旬", 31), ("底", 31), ("末", 31)]
        .iter()
        .find(|(word, _)| text.starts_with(word))
        .map(|(_, day)| *day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(year: Option<u32>, month: u32, day: u32) -> Option<YearDay> {
        Some(YearDay { year, month, day })
    }

    #[test]
    fn reads_deadlines_as_people_write_them() {
        assert_eq!(read_year_day("2024年12月31日前", MonthEnd::Deadline), day(Some(2024), 12, 31));
        assert_eq!(read_year_day("12月底前完成", MonthEnd::Deadline), day(None, 12, 31));
        assert_eq!(read_year_day("２０２５年６月前", MonthEnd::Deadline), day(Some(2025), 6, 31));
        assert_eq!(read_year_day("年底前", MonthEnd::Deadline), day(None, 12, 31));
        assert_eq!(read_year_day("2024年年底前", MonthEnd::Deadline), day(Some(2024), 12, 31));
        assert_eq!(read_year_day("9月中旬", MonthEnd::Completion), day(None, 9, 20));
        assert_eq!(read_year_day("2024年11月完成", MonthEnd::Completion), day(Some(2024), 11, 1));
        assert_eq!(read_year_day("11月20号", MonthEnd::Completion), day(None, 11, 20));
        assert_eq!(read_year_day("2024年1月至12月", MonthEnd::Deadline), day(Some(2024), 12, 31), "a period ends at its end");
        assert_eq!(read_year_day("2024年3月-11月", MonthEnd::Completion), day(Some(2024), 3, 1));
    }

    #[test]
    fn reads_dates_as_spreadsheets_export_them_and_parts_of_a_year() {
        assert_eq!(read_year_day("2024.11.30前", MonthEnd::Deadline), day(Some(2024), 11, 30));
        assert_eq!(read_year_day("2024-10-31前", MonthEnd::Deadline), day(Some(2024), 10, 31));
        assert_eq!(read_year_day("2024/6/30", MonthEnd::Completion), day(Some(2024), 6, 30));
        assert_eq!(read_year_day("２０２４．１１．２５", MonthEnd::Completion), day(Some(2024), 11, 25));
        assert_eq!(read_year_day("2024-11完成", MonthEnd::Completion), day(Some(2024), 11, 1));
        assert_eq!(read_year_day("2024-1至2024-12", MonthEnd::Deadline), day(Some(2024), 12, 31));
        assert_eq!(read_year_day("2024年第三季度", MonthEnd::Deadline), day(Some(2024), 9, 31));
        assert_eq!(read_year_day("2024年第三季度", MonthEnd::Completion), day(Some(2024), 7, 1));
        assert_eq!(read_year_day("四季度", MonthEnd::Deadline), day(None, 12, 31));
        assert_eq!(read_year_day("上半年完成", MonthEnd::Deadline), day(None, 6, 31));
        for text in ["2024.5", "95.5%", "12345.6", "1.5-2.0", "2024-13", "第五季度", "每季度1次"] {
            assert_eq!(read_year_day(text, MonthEnd::Deadline), None, "{text}");
        }
    }

    #[test]
    fn what_is_no_date_is_not_read_as_one() {
        for text in ["3个月内", "12个月", "按时完成", "每月一次", "13月", "月底前", "及时"] {
            assert_eq!(read_year_day(text, MonthEnd::Deadline), None, "{text}");
        }
    }

    #[test]
    fn a_completion_on_or_before_its_deadline_is_on_time() {
        assert_eq!(on_time("2024年12月31日前", "2024年11月20日", None), Some(true));
        assert_eq!(on_time("12月底前", "12月", None), Some(true), "the month of the deadline");
        assert_eq!(on_time("11月15日前", "11月", None), Some(true), "a month without its day is not held against the unit");
        assert_eq!(on_time("2024年6月30日前", "2024年7月2日", None), Some(false));
        assert_eq!(on_time("2024年12月31日前", "2025年1月10日", None), Some(false), "the next year is late");
        assert_eq!(on_time("6月底前", "2024年9月", None), Some(false), "a year on one side only compares months");
        assert_eq!(on_time("按时完成", "11月20日", None), None);
        assert_eq!(on_time("12月底前", "已完成", None), None);
        assert_eq!(on_time("2024年1月至12月", "2024年12月完成", None), Some(true), "within the period");
        assert_eq!(on_time("12月底前", "2025年3月", Some(2024)), Some(false), "a deadline without its year is in the year evaluated");
        assert_eq!(on_time("12月底前", "11月", Some(2024)), Some(true));
        assert_eq!(on_time("2024.11.30前", "2024.11.25", None), Some(true));
        assert_eq!(on_time("2024-10-31前", "2024-11-05", None), Some(false));
        assert_eq!(on_time("2024年第三季度", "2024年10月", None), Some(false));
        assert_eq!(on_time("2024年9月30日前", "2024年第三季度", None), Some(true));
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,24}") {
            let _ = on_time(&text, &text, Some(2024));
        }

        #[test]
        fn dates_of_any_width_read_alike(month in 1u32..=12, day in 1u32..=28) {
            let half = format!("{month}月{day}日");
            let full: String = half.chars().map(|c| if c.is_ascii_digit() { char::from_u32(c as u32 + 0xfee0).unwrap() } else { c }).collect();
            prop_assert_eq!(read_year_day(&half, MonthEnd::Completion), read_year_day(&full, MonthEnd::Completion));
        }
    }
}
