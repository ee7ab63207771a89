//! Calendar dates (预决算批复、公开日期) and the days between them, without a date library.

use std::fmt;

use crate::core::reading::typed_text::normalise;

/// A date of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CivilDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Why the typed text is not a date; `Display` is the message shown next to the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not written as a date at all.
    Form,
    /// Written as a date that the calendar does not have: “2024-02-30”, “2024-13-01”.
    NoSuchDay,
    /// A year no report date can have.
    Year,
    /// Written without its year (“2月6日”), and nothing else on the form gives one.
    NoYear,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Form => "日期应写作 2024-01-25 或 2024年1月25日",
            Self::NoSuchDay => "没有这一天，请核对月份和日期",
            Self::Year => "年份应在1900至2200年之间，请核对",
            Self::NoYear => "未写年份：请写全日期，或先填写评价年度",
        })
    }
}

impl CivilDate {
    /// Days since 1970-01-01 (negative before), by the days-from-civil algorithm.
    pub fn day_number(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// Days from `self` to `later`.
    pub fn days_until(self, later: CivilDate) -> i64 {
        later.day_number() - self.day_number()
    }
}

impl fmt::Display for CivilDate {
    /// The way reports write dates: 2024年1月25日.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}年{}月{}日", self.year, self.month, self.day)
    }
}

/// Why the typed text is not an evaluation year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearError {
    /// Not four digits.
    Form,
    /// Four digits outside what an evaluation year can be.
    Range,
}

impl fmt::Display for YearError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Form => "年度应为四位数字，例如 2024",
            Self::Range => "年度应在1990至2200年之间，请核对",
        })
    }
}

/// Parses an evaluation year (评价年度); a trailing 年 is allowed. Blank text is `Ok(None)`.
pub fn parse_year(typed: &str) -> Result<Option<u32>, YearError> {
    let text = normalise(typed);
    // “2024年度”, as the header and the title write it, or “2024年”.
    let digits = text.strip_suffix("年度").or_else(|| text.strip_suffix('年')).unwrap_or(&text).trim_end();
    if digits.is_empty() {
        return Ok(None);
    }
    match digits.parse::<u32>() {
        Ok(year) if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) => {
            if (1990..=2200).contains(&year) { Ok(Some(year)) } else { Err(YearError::Range) }
        }
        _ => Err(YearError::Form),
    }
}

/// A date as typed. A report names a date after a dated one without its year (“1月23日批复，2月6日公开”),
/// so the year may be left to whoever reads it ([`TypedDate::in_year`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypedDate {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl TypedDate {
    /// The date, in `year` where it was typed without one; a 2月29日 is checked against that year.
    pub fn in_year(self, year: Option<i32>) -> Result<CivilDate, DateError> {
        let year = self.year.or(year).ok_or(DateError::NoYear)?;
        if self.day > days_in_month(year as u32, self.month) {
            return Err(DateError::NoSuchDay);
        }
        Ok(CivilDate { year, month: self.month, day: self.day })
    }

    /// Whether it falls earlier in its year than `other` does in its own: the day after a 12月 approval
    /// written “1月8日” is in the next year.
    pub fn before_in_year(self, other: CivilDate) -> bool {
        (self.month, self.day) < (other.month, other.day)
    }
}

/// Parses `2024-01-25`, `2024/1/25`, `2024.1.25`, `2024年1月25日` or `二〇二四年一月二十五日`, and `2月6日`
/// without its year. Blank text is `Ok(None)`.
pub fn parse_typed_date(typed: &str) -> Result<Option<TypedDate>, DateError> {
    let text = in_digits(&normalise(typed));
    if text.is_empty() {
        return Ok(None);
    }
    let unified: String =
        text.trim_end_matches('日').chars().map(|c| if matches!(c, '年' | '月' | '/' | '.') { '-' } else { c }).collect();
    let parts: Vec<&str> = unified.split('-').collect();
    let number = |part: &str, len: std::ops::RangeInclusive<usize>| -> Result<u32, DateError> {
        if !len.contains(&part.len()) || !part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError::Form);
        }
        part.parse().map_err(|_| DateError::Form)
    };
    let (year, month, day) = match parts.as_slice() {
        [year, month, day] => (Some(number(year, 4..=4)?), month, day),
        // Only “2月6日” is a date without its year: “2-6” and “2.6” are as likely figures.
        [month, day] if text.contains('月') && !text.contains('年') => (None, month, day),
        _ => return Err(DateError::Form),
    };
    let (month, day) = (number(month, 1..=2)?, number(day, 1..=2)?);
    if year.is_some_and(|year| !(1900..=2200).contains(&year)) {
        return Err(DateError::Year);
    }
    // A leap year where none is written: 2月29日 waits for its year to be checked.
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year.unwrap_or(2000), month) {
        return Err(DateError::NoSuchDay);
    }
    Ok(Some(TypedDate { year: year.map(|y| y as i32), month, day }))
}

/// Parses a date written in full (see [`parse_typed_date`]); one without its year is no date here.
pub fn parse_date(typed: &str) -> Result<Option<CivilDate>, DateError> {
    match parse_typed_date(typed)? {
        Some(date) if date.year.is_some() => date.in_year(None).map(Some),
        Some(_) => Err(DateError::Form),
        None => Ok(None),
    }
}

/// `二〇二五年三月十五日`, as many 公文 writers still date a document, in digits: each numeral one digit,
/// 十 a ten (`十五` 15, `二十` 20, `三十一` 31).
fn in_digits(text: &str) -> String {
    const NUMERALS: &str = "〇一二三四五六七八九零";
    let (mut digits, mut previous) = (String::new(), ' ');
    for c in text.chars() {
        match NUMERALS.find(c) {
            Some(at) => {
                // The 0 of a ten followed by its units (`十五`) gives way to them.
                if previous == '十' {
                    digits.pop();
                }
                digits.push(char::from(b'0' + (at / '〇'.len_utf8() % 10) as u8));
            }
            None if c == '十' => {
                if !NUMERALS.contains(previous) {
                    digits.push('1');
                }
                digits.push('0');
            }
            None => digits.push(c),
        }
        previous = c;
    }
    digits
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> CivilDate {
        CivilDate { year: y, month: m, day: d }
    }

    #[test]
    fn reads_the_forms_people_write() {
        for typed in ["2024-01-25", "2024/1/25", "2024.1.25", "2024年1月25日", "２０２４年１月２５日"] {
            assert_eq!(parse_date(typed), Ok(Some(date(2024, 1, 25))), "{typed}");
        }
        assert_eq!(parse_date(""), Ok(None));
    }

    #[test]
    fn reads_a_date_in_chinese_numerals() {
        assert_eq!(parse_date("二〇二六年四月八日"), Ok(Some(date(2026, 4, 8))));
        assert_eq!(parse_date("二零二六年十月十九日"), Ok(Some(date(2026, 10, 19))));
        assert_eq!(parse_date("二〇二六年十二月二十日"), Ok(Some(date(2026, 12, 20))));
        assert_eq!(parse_date("二〇二六年一月三十一日"), Ok(Some(date(2026, 1, 31))));
        assert_eq!(parse_date("二〇二六年二月三十日"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("四月八日"), Err(DateError::Form), "no year");
    }

    #[test]
    fn a_date_without_its_year_reads_and_takes_the_year_it_is_given() {
        let yearless = |month, day| Ok(Some(TypedDate { year: None, month, day }));
        assert_eq!(parse_typed_date("3月9日"), yearless(3, 9));
        assert_eq!(parse_typed_date("十一月三十日"), yearless(11, 30));
        assert_eq!(parse_typed_date("2月29日"), yearless(2, 29), "its year may be a leap year");
        assert_eq!(parse_typed_date("2月30日"), Err(DateError::NoSuchDay));
        for not_a_date in ["3-9", "3.9", "3/9", "2025年3月", "3月", "月9日"] {
            assert_eq!(parse_typed_date(not_a_date), Err(DateError::Form), "{not_a_date}");
        }
        let march_ninth = parse_typed_date("3月9日").unwrap().unwrap();
        assert_eq!(march_ninth.in_year(Some(2025)), Ok(date(2025, 3, 9)));
        assert_eq!(march_ninth.in_year(None), Err(DateError::NoYear));
        assert!(DateError::NoYear.to_string().contains("评价年度"), "it says what to do");
        let leap_day = parse_typed_date("2月29日").unwrap().unwrap();
        assert_eq!(leap_day.in_year(Some(2028)), Ok(date(2028, 2, 29)));
        assert_eq!(leap_day.in_year(Some(2027)), Err(DateError::NoSuchDay));
        let written_in_full = parse_typed_date("2023年7月1日").unwrap().unwrap();
        assert_eq!(written_in_full.in_year(Some(2025)), Ok(date(2023, 7, 1)), "a year typed is kept");
        assert!(march_ninth.before_in_year(date(2024, 12, 20)));
        assert!(!march_ninth.before_in_year(date(2024, 3, 9)));
    }

    #[test]
    fn refuses_impossible_dates() {
        for typed in ["24-1-1", "2024-1", "明天", "2024--1"] {
            assert_eq!(parse_date(typed), Err(DateError::Form), "{typed}");
        }
        for typed in ["2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01"] {
            assert_eq!(parse_date(typed), Err(DateError::NoSuchDay), "{typed}");
        }
        assert_eq!(parse_date("1899-1-1"), Err(DateError::Year));
        assert!(DateError::NoSuchDay.to_string().starts_with("没有这一天"));
        assert_eq!(parse_date("2024-02-29"), Ok(Some(date(2024, 2, 29))));
    }

    #[test]
    fn reads_years() {
        assert_eq!(parse_year("2024"), Ok(Some(2024)));
        assert_eq!(parse_year("２０２４年"), Ok(Some(2024)));
        assert_eq!(parse_year("2024年度"), Ok(Some(2024)), "as the header writes it");
        assert_eq!(parse_year(""), Ok(None));
        for bad in ["24", "20245", "二〇二四", "2024.5", "+2024", "+202"] {
            assert_eq!(parse_year(bad), Err(YearError::Form), "{bad}");
        }
        assert_eq!(parse_year("3000").map_err(|e| e.to_string()), Err("年度应在1990至2200年之间，请核对".to_string()));
        assert_eq!(parse_year("1900"), Err(YearError::Range));
    }

    #[test]
    fn counts_days_across_months_and_leap_years() {
        assert_eq!(date(1970, 1, 1).day_number(), 0);
        assert_eq!(date(2024, 1, 5).days_until(date(2024, 1, 25)), 20);
        assert_eq!(date(2024, 2, 20).days_until(date(2024, 3, 1)), 10);
        assert_eq!(date(2023, 12, 31).days_until(date(2024, 12, 31)), 366);
        assert_eq!(date(2024, 1, 25).to_string(), "2024年1月25日");
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,20}") {
            let _ = parse_date(&text);
        }

        #[test]
        fn the_next_calendar_day_is_one_day_later(year in 1900u32..2200, month in 1u32..=12, day in 1u32..=31) {
            prop_assume!(day <= days_in_month(year, month));
            let today = date(year as i32, month, day);
            let tomorrow = if day < days_in_month(year, month) {
                date(year as i32, month, day + 1)
            } else if month < 12 {
                date(year as i32, month + 1, 1)
            } else {
                date(year as i32 + 1, 1, 1)
            };
            prop_assert_eq!(today.days_until(tomorrow), 1);
        }
    }
}
