//! The small numbers of a scoring rubric, as the clerk types them: points (分值, 得分, 扣分) and
//! percentages (限值, 目标值). Exact decimals, like amounts, with their own units and limits.

use std::fmt;

use rust_decimal::Decimal;

use crate::core::reading::typed_text::normalise;

/// The most decimals a score may have: rubrics and 自评表 use hundredths of a point.
pub const POINT_DECIMALS: u32 = 2;
/// The most decimals a percentage parameter may have.
const PERCENT_DECIMALS: u32 = 4;
/// No rubric row is worth more than the whole table; larger figures are typos.
const MAX_POINTS: Decimal = Decimal::ONE_HUNDRED;
/// Percentages beyond a million are typos, not thresholds.
const MAX_PERCENT: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

/// Why a typed number was refused; `Display` is the message shown next to the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    NotANumber,
    TooManyDecimals(u32),
    Negative,
    TooLarge,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotANumber => f.write_str("请输入数字，例如 7.5"),
            Self::TooManyDecimals(decimals) => write!(f, "最多{decimals}位小数"),
            Self::Negative => f.write_str("不能为负数"),
            Self::TooLarge => f.write_str("数值过大，请检查"),
        }
    }
}

/// Parses points (分): non-negative, at most two decimals, at most 100; a trailing 分 is allowed.
/// Blank text is `Ok(None)`: not yet entered.
pub fn parse_points(typed: &str) -> Result<Option<Decimal>, NumberError> {
    let text = normalise(typed);
    if text.is_empty() {
        return Ok(None);
    }
    let value = plain_decimal(text.strip_suffix('分').unwrap_or(&text).trim_end(), POINT_DECIMALS)?;
    if value.is_sign_negative() && !value.is_zero() {
        Err(NumberError::Negative)
    } else if value > MAX_POINTS {
        Err(NumberError::TooLarge)
    } else {
        Ok(Some(value.abs().normalize()))
    }
}

/// Parses a percentage (100 for 100%); a trailing % is allowed and a minus sign is (变动率 ≤ 0).
/// Blank text is `Ok(None)`.
pub fn parse_percent(typed: &str) -> Result<Option<Decimal>, NumberError> {
    let text = normalise(typed);
    if text.is_empty() {
        return Ok(None);
    }
    let number = text.strip_suffix('%').or_else(|| text.strip_suffix('％')).unwrap_or(&text).trim_end();
    let value = plain_decimal(number, PERCENT_DECIMALS)?;
    if value.abs() > MAX_PERCENT {
        Err(NumberError::TooLarge)
    } else {
        Ok(Some(if value.is_zero() { Decimal::ZERO } else { value.normalize() }))
    }
}

/// `[-]digits[.digits]` with at most `decimals` decimals.
fn plain_decimal(text: &str, decimals: u32) -> Result<Decimal, NumberError> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || (digits.contains('.') && fraction.is_empty()) {
        return Err(NumberError::NotANumber);
    }
    if fraction.len() > decimals as usize {
        return Err(NumberError::TooManyDecimals(decimals));
    }
    if whole.trim_start_matches('0').len() > 12 {
        return Err(NumberError::TooLarge);
    }
    Decimal::from_str_exact(text).map_err(|_| NumberError::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    #[test]
    fn reads_points_as_people_type_them() {
        assert_eq!(parse_points("8"), Ok(Some(d("8"))));
        assert_eq!(parse_points("７．５分"), Ok(Some(d("7.5"))));
        assert_eq!(parse_points(" 0.25 "), Ok(Some(d("0.25"))));
        assert_eq!(parse_points("-0"), Ok(Some(Decimal::ZERO)));
        assert_eq!(parse_points(""), Ok(None));
        assert_eq!(parse_points("100"), Ok(Some(d("100"))));
    }

    #[test]
    fn refuses_what_is_not_points() {
        assert_eq!(parse_points("7.555"), Err(NumberError::TooManyDecimals(2)));
        assert_eq!(parse_points("-1"), Err(NumberError::Negative));
        assert_eq!(parse_points("101"), Err(NumberError::TooLarge));
        assert_eq!(parse_points("八"), Err(NumberError::NotANumber));
        assert_eq!(parse_points("7."), Err(NumberError::NotANumber));
        assert_eq!(parse_points(".5"), Err(NumberError::NotANumber));
        assert_eq!(parse_points("1e2"), Err(NumberError::NotANumber));
    }

    #[test]
    fn reads_percentages_with_or_without_the_sign() {
        assert_eq!(parse_percent("100%"), Ok(Some(d("100"))));
        assert_eq!(parse_percent("１１５％"), Ok(Some(d("115"))));
        assert_eq!(parse_percent("-5"), Ok(Some(d("-5"))));
        assert_eq!(parse_percent("0"), Ok(Some(Decimal::ZERO)));
        assert_eq!(parse_percent("12.3456"), Ok(Some(d("12.3456"))));
        assert_eq!(parse_percent("12.34567"), Err(NumberError::TooManyDecimals(4)));
        assert_eq!(parse_percent("2000000"), Err(NumberError::TooLarge));
        assert_eq!(parse_percent("%"), Err(NumberError::NotANumber));
        assert_eq!(parse_points("分"), Err(NumberError::NotANumber));
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,30}") {
            let _ = parse_points(&text);
            let _ = parse_percent(&text);
        }

        #[test]
        fn points_round_trip(hundredths in 0i64..=10_000) {
            let value = Decimal::new(hundredths, 2);
            prop_assert_eq!(parse_points(&value.to_string()), Ok(Some(value.normalize())));
        }

        #[test]
        fn percentages_round_trip(units in -10_000_000_000i64..=10_000_000_000) {
            let value = Decimal::new(units, 4);
            prop_assert_eq!(parse_percent(&format!("{value}%")), Ok(Some(value.normalize())));
        }
    }
}
