//! Amounts of money (金额), always in 万元, as exact decimals.
//!
//! People type amounts the way they appear in Word reports: full-width digits, thousands separators,
//! a trailing unit. Parsing accepts exactly that and nothing looser, so a typo never becomes a figure.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::core::reading::typed_text::normalise;
use crate::core::exact::Exact;

/// The most decimals of 万元 a person may type (0.0001万元, 1元).
pub const MAX_DECIMALS: usize = 4;

/// Amounts beyond one trillion 万元 are not a department budget: refuse them instead of risking overflow.
const MAX_WAN: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0); // 1_000_000_000_000

/// A bare figure of 100亿元 or more is asked about: far likelier a figure in 元 copied from a 决算 table
/// than a department's budget.
pub const ASKED_AS_YUAN: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

/// 一万 — the factor between 元 and 万元.
const YUAN_PER_WAN: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);

/// Why a typed amount was refused; `Display` is the message shown next to the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    UnexpectedChar(char),
    MisplacedMinus,
    MisplacedSeparator,
    /// “42,18”: a separator not followed by three digits is a slip for the decimal point.
    UnevenGroups,
    SeveralDots,
    NoDigits,
    /// More decimals than the unit typed allows: the message, which names the unit and its limit.
    TooManyDecimals(&'static str),
    TooLarge,
    /// “268.45⇥41.27⇥0”: a row of cells copied from a spreadsheet into one field.
    SeveralCells,
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // “286.35万元（决算）”: the unit is known, what follows it is not.
            Self::UnexpectedChar(c @ ('万' | '元' | '亿')) => write!(f, "单位“{c}”只能写在数字最后，其后不能再有别的字"),
            Self::UnexpectedChar(c) => {
                write!(f, "含有无法识别的字符“{c}”，请只输入数字、小数点和单位（万元、元或亿元）")
            }
            Self::MisplacedMinus => f.write_str("负号只能写在数字最前面"),
            Self::MisplacedSeparator => f.write_str("千分位逗号或空格只能出现在整数部分的数字之间"),
            Self::UnevenGroups => f.write_str("千分位逗号或空格应每三位数字一个（如 1,922.76）；小数请用小数点"),
            Self::SeveralDots => f.write_str("小数点不止一个"),
            Self::NoDigits => f.write_str("请输入数字，例如 180.07"),
            Self::TooManyDecimals(message) => f.write_str(message),
            Self::TooLarge => f.write_str("数额超过1万亿万元，请检查单位"),
            Self::SeveralCells => f.write_str("粘贴的是表格中的几个单元格，请只粘贴一个数"),
        }
    }
}

/// Parses what a person typed into an amount in 万元. Blank text is `Ok(None)`: not yet entered.
pub fn parse_amount(typed: &str) -> Result<Option<Decimal>, AmountError> {
    if typed.trim().contains('\t') {
        return Err(AmountError::SeveralCells);
    }
    let text = normalise(typed);
    if text.is_empty() {
        return Ok(None);
    }
    // “贰佰万元整”, a figure copied with its sentence's full stop, “5.” as a spreadsheet takes it.
    let text = text.strip_suffix('整').or_else(|| text.strip_suffix('.')).unwrap_or(&text).trim_end();
    // “¥80,000”: a figure in 元, unless a unit after it says otherwise.
    let (text, bare_unit) = match text.strip_prefix(['¥', '￥']) {
        Some(rest) => (rest.trim_start(), Unit::Yuan),
        None => (text, Unit::Wan),
    };
    let (number, unit) = split_unit(text, bare_unit);
    let number = number.trim_end();
    let (negative, digits) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let plain = plain_digits(digits)?;
    // 4 decimals of 万元 are 8 of 亿元; 元 are written to the 分, as the accounts write them.
    let (most, message) = match unit {
        Unit::Wan => (MAX_DECIMALS, "以万元填写时小数最多4位"),
        Unit::Yuan => (2, "以元填写时小数最多2位（到分）"),
        Unit::Yi => (MAX_DECIMALS + 4, "以亿元填写时小数最多8位"),
    };
    if plain.split_once('.').is_some_and(|(_, decimals)| decimals.len() > most) {
        return Err(AmountError::TooManyDecimals(message));
    }
    let mut value = Decimal::from_str_exact(&plain).map_err(|_| AmountError::TooLarge)?;
    value = match unit {
        Unit::Wan => value,
        Unit::Yuan => value.divided_by(YUAN_PER_WAN).ok_or(AmountError::TooLarge)?,
        Unit::Yi => value.times(YUAN_PER_WAN).ok_or(AmountError::TooLarge)?,
    };
    if value > MAX_WAN {
        return Err(AmountError::TooLarge);
    }
    value.set_sign_negative(negative && !value.is_zero());
    Ok(Some(value.normalize()))
}

/// Shows an amount with two decimals, rounded half away from zero (四舍五入): `11.6` → `11.60`.
pub fn format_wan(value: Decimal) -> String {
    let rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let rounded = if rounded.is_zero() { Decimal::ZERO } else { rounded };
    let mut text = rounded.to_string();
    pad_decimals(&mut text, 2);
    text
}

/// Writes `text` with exactly `decimals` digits after the point (it has at most that many).
pub(crate) fn pad_decimals(text: &mut String, decimals: usize) {
    let present = text.find('.').map_or(0, |dot| text.len() - dot - 1);
    if present == 0 && decimals > 0 {
        text.push('.');
    }
    text.extend(std::iter::repeat_n('0', decimals.saturating_sub(present)));
}

/// The unit an amount was typed in; a bare figure is in 万元.
enum Unit {
    Wan,
    Yuan,
    /// 亿元: ten thousand 万元.
    Yi,
}

/// Strips a trailing unit: 万元 or 万, 亿元 or 亿, 元; a figure without one is in `bare`.
fn split_unit(text: &str, bare: Unit) -> (&str, Unit) {
    for (suffix, unit) in [("万元", Unit::Wan), ("亿元", Unit::Yi), ("万", Unit::Wan), ("亿", Unit::Yi), ("元", Unit::Yuan)] {
        if let Some(number) = text.strip_suffix(suffix) {
            return (number, unit);
        }
    }
    (text, bare)
}

/// Checks the shape `digits[,ddd…][.digits]` and returns it without separators.
pub(crate) fn plain_digits(text: &str) -> Result<String, AmountError> {
    let mut plain = String::with_capacity(text.len());
    let mut seen_dot = false;
    let mut previous_was_digit = false;
    // Digits since the last separator, and whether one was seen: groups after one have three digits.
    let (mut group, mut grouped) = (0usize, false);
    let uneven = |group: usize, grouped: bool| if grouped { group != 3 } else { group > 3 };
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '0'..='9' => {
                if !seen_dot {
                    group += 1;
                }
                plain.push(c);
                previous_was_digit = true;
            }
            '.' => {
                if seen_dot {
                    return Err(AmountError::SeveralDots);
                }
                if !previous_was_digit {
                    return Err(AmountError::NoDigits);
                }
                if grouped && group != 3 {
                    return Err(AmountError::UnevenGroups);
                }
                seen_dot = true;
                plain.push(c);
                previous_was_digit = false;
            }
            ',' | ' ' => {
                let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if seen_dot || !previous_was_digit || !next_is_digit {
                    return Err(AmountError::MisplacedSeparator);
                }
                if uneven(group, grouped) {
                    return Err(AmountError::UnevenGroups);
                }
                (group, grouped) = (0, true);
                previous_was_digit = false;
            }
            '-' => return Err(AmountError::MisplacedMinus),
            other => return Err(AmountError::UnexpectedChar(other)),
        }
    }
    if plain.is_empty() || !previous_was_digit {
        return Err(AmountError::NoDigits);
    }
    if !seen_dot && grouped && group != 3 {
        return Err(AmountError::UnevenGroups);
    }
    let integer_digits = plain.split('.').next().map_or(0, |i| i.trim_start_matches('0').len());
    if integer_digits > 16 {
        return Err(AmountError::TooLarge);
    }
    Ok(plain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn wan(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    #[test]
    fn accepts_what_people_type() {
        for (typed, expected) in [
            ("180.07", "180.07"),
            (" 180.07 ", "180.07"),
            ("１８０．０７", "180.07"),
            ("1,922.76", "1922.76"),
            ("1，922.76", "1922.76"),
            ("1 922.76", "1922.76"),
            ("73.72万元", "73.72"),
            ("73.72 万元", "73.72"),
            ("116000元", "11.6"),
            ("80万", "80"),
            ("1.5亿", "15000"),
            ("1.5亿元", "15000"),
            ("０．２亿元", "2000"),
            ("1234.56元", "0.123456"),
            ("-5", "-5"),
            ("－5", "-5"),
            ("0", "0"),
            ("-0", "0"),
            ("0.0001", "0.0001"),
            ("2,863,500元", "286.35"),
            ("286.35万元整", "286.35"),
            ("286.35万元。", "286.35"),
            ("286.35。", "286.35"),
            ("2000000元整", "200"),
            ("5.", "5"),
            ("¥80,000", "8"),
            ("￥ 80000.00", "8"),
            ("¥1.5万", "1.5"),
        ] {
            assert_eq!(parse_amount(typed), Ok(Some(wan(expected))), "typed {typed:?}");
        }
    }

    #[test]
    fn blank_is_not_entered() {
        assert_eq!(parse_amount(""), Ok(None));
        assert_eq!(parse_amount("  　"), Ok(None));
    }

    #[test]
    fn refuses_everything_else_with_a_reason() {
        for (typed, error) in [
            ("1e3", AmountError::UnexpectedChar('e')),
            ("1_000", AmountError::UnexpectedChar('_')),
            ("1.2.3", AmountError::SeveralDots),
            ("abc", AmountError::UnexpectedChar('a')),
            ("万元", AmountError::NoDigits),
            ("1..", AmountError::NoDigits),
            (".5", AmountError::NoDigits),
            ("1.23456", AmountError::TooManyDecimals("以万元填写时小数最多4位")),
            ("3.14159万元", AmountError::TooManyDecimals("以万元填写时小数最多4位")),
            ("0.123456789亿元", AmountError::TooManyDecimals("以亿元填写时小数最多8位")),
            ("250.125元", AmountError::TooManyDecimals("以元填写时小数最多2位（到分）")),
            ("¥18.005", AmountError::TooManyDecimals("以元填写时小数最多2位（到分）")),
            ("5-", AmountError::MisplacedMinus),
            ("--5", AmountError::MisplacedMinus),
            (",5", AmountError::MisplacedSeparator),
            ("5,", AmountError::MisplacedSeparator),
            ("1.2,3", AmountError::MisplacedSeparator),
            ("42,18", AmountError::UnevenGroups),
            ("286 35", AmountError::UnevenGroups),
            ("２８６，３５", AmountError::UnevenGroups),
            ("1,9227.6", AmountError::UnevenGroups),
            ("1234,567", AmountError::UnevenGroups),
            ("286.35万元（决算）", AmountError::UnexpectedChar('万')),
            ("286.35元元", AmountError::UnexpectedChar('元')),
            ("1000000000001", AmountError::TooLarge),
            ("99999999999999999999999999999999", AmountError::TooLarge),
            ("NaN", AmountError::UnexpectedChar('N')),
            ("12%", AmountError::UnexpectedChar('%')),
            ("312.50\t48.20\t0", AmountError::SeveralCells),
        ] {
            assert_eq!(parse_amount(typed), Err(error), "typed {typed:?}");
        }
    }

    #[test]
    fn the_decimals_allowed_are_four_of_wan_in_whatever_unit_is_typed() {
        assert_eq!(parse_amount("0.00375亿元"), Ok(Some(wan("37.5"))), "37.50万元 exactly");
        assert_eq!(parse_amount("0.12345678亿"), Ok(Some(wan("1234.5678"))));
        assert_eq!(parse_amount("3.1416万"), Ok(Some(wan("3.1416"))));
        assert_eq!(parse_amount("47,310.06元"), Ok(Some(wan("4.731006"))), "元 to the 分, as the accounts give them");
    }

    #[test]
    fn the_limit_itself_is_allowed() {
        assert_eq!(parse_amount("1000000000000"), Ok(Some(wan("1000000000000"))));
    }

    #[test]
    fn messages_are_chinese_and_name_the_problem() {
        assert!(AmountError::UnexpectedChar('e').to_string().contains("“e”"));
        assert_eq!(AmountError::UnexpectedChar('万').to_string(), "单位“万”只能写在数字最后，其后不能再有别的字");
        assert_eq!(parse_amount("0.000000001亿").map_err(|e| e.to_string()), Err("以亿元填写时小数最多8位".to_string()));
    }

    #[test]
    fn formats_with_two_decimals_half_up() {
        assert_eq!(format_wan(wan("11.6")), "11.60");
        assert_eq!(format_wan(wan("252.65")), "252.65");
        assert_eq!(format_wan(wan("0.005")), "0.01");
        assert_eq!(format_wan(wan("0.0049")), "0.00");
        assert_eq!(format_wan(wan("-0.004")), "0.00");
        assert_eq!(format_wan(wan("-1.125")), "-1.13");
        assert_eq!(format_wan(wan("1922")), "1922.00");
    }

    proptest! {
        #[test]
        fn never_panics_on_any_text(text in "\\PC{0,40}") {
            let _ = parse_amount(&text);
        }

        #[test]
        fn never_panics_on_number_like_text(text in "[-－0-9０-９.．,， 万元e]{0,30}") {
            let _ = parse_amount(&text);
        }

        #[test]
        fn round_trips_its_canonical_text(units in -10_000_000_000_000_000i128..=10_000_000_000_000_000i128) {
            let value = Decimal::from_i128_with_scale(units, 4);
            prop_assert_eq!(parse_amount(&value.to_string()), Ok(Some(value.normalize())));
        }

        #[test]
        fn round_trips_its_two_decimal_display(units in 0i64..=100_000_000_000_000) {
            let value = Decimal::new(units, 2);
            prop_assert_eq!(parse_amount(&format_wan(value)), Ok(Some(value.normalize())));
        }

        #[test]
        fn yuan_is_exactly_a_ten_thousandth(units in 0i64..=1_000_000_000_000) {
            let yuan = Decimal::new(units, 2);
            let parsed = parse_amount(&format!("{yuan}元")).unwrap().unwrap();
            prop_assert_eq!(parsed.times(YUAN_PER_WAN).unwrap().normalize(), yuan.normalize());
        }
    }
}
