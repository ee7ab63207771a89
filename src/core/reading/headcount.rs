//! Head-counts (人数, 编制数): whole, non-negative persons.

use std::fmt;

use crate::core::reading::amount::{plain_digits, AmountError};
use crate::core::reading::typed_text::normalise;

/// No department has a million staff; larger figures are typos.
const MAX_PERSONS: u32 = 1_000_000;

/// Why a typed head-count was refused; `Display` is the message shown next to the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeadcountError {
    NotWhole,
    /// “2O” with the letter O: named, as an amount names it.
    UnexpectedChar(char),
    Negative,
    TooLarge,
}

impl fmt::Display for HeadcountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NotWhole => "人数须为整数，例如 18",
            Self::UnexpectedChar(c) => return write!(f, "含有无法识别的字符“{c}”，人数须为整数，例如 18"),
            Self::Negative => "人数不能为负数",
            Self::TooLarge => "人数超过100万，请检查",
        })
    }
}

/// Parses a head-count; a trailing 人, 个 or 名 (the reports' own counter: “核定编制12名”) is allowed.
/// Blank text is `Ok(None)`: not yet entered.
pub fn parse_headcount(typed: &str) -> Result<Option<u32>, HeadcountError> {
    let text = normalise(typed);
    let text = text.strip_suffix(|c| matches!(c, '人' | '个' | '名')).unwrap_or(&text).trim_end();
    if text.is_empty() {
        return Ok(None);
    }
    // “-3.5” is first of all negative, whatever follows the minus.
    if text.len() > 1 && text.starts_with('-') {
        return Err(HeadcountError::Negative);
    }
    // “1,200” as a county's teachers are written: grouped by three, as amounts are.
    let grouped;
    let text = if text.contains([',', ' ']) {
        grouped = plain_digits(text).map_err(|error| match error {
            AmountError::UnexpectedChar(c) => HeadcountError::UnexpectedChar(c),
            _ => HeadcountError::NotWhole,
        })?;
        grouped.as_str()
    } else {
        text
    };
    if let Some(c) = text.chars().find(|c| !c.is_ascii_digit()) {
        return Err(if c == '.' { HeadcountError::NotWhole } else { HeadcountError::UnexpectedChar(c) });
    }
    match text.trim_start_matches('0').len() {
        0 => Ok(Some(0)),
        1..=7 => text.parse::<u32>().ok().filter(|n| *n <= MAX_PERSONS).map(Some).ok_or(HeadcountError::TooLarge),
        _ => Err(HeadcountError::TooLarge),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_whole_persons() {
        assert_eq!(parse_headcount("18"), Ok(Some(18)));
        assert_eq!(parse_headcount("１８人"), Ok(Some(18)));
        assert_eq!(parse_headcount("7个"), Ok(Some(7)));
        assert_eq!(parse_headcount("１２名"), Ok(Some(12)));
        assert_eq!(parse_headcount("12 名"), Ok(Some(12)));
        assert_eq!(parse_headcount("007"), Ok(Some(7)));
        assert_eq!(parse_headcount(""), Ok(None));
        assert_eq!(parse_headcount("1000000"), Ok(Some(1_000_000)));
        assert_eq!(parse_headcount("1,260人"), Ok(Some(1260)), "a county system's teachers, grouped by three");
        assert_eq!(parse_headcount("２，０４８名"), Ok(Some(2048)));
        assert_eq!(parse_headcount("3 415"), Ok(Some(3415)));
    }

    #[test]
    fn refuses_fractions_negatives_and_typos() {
        assert_eq!(parse_headcount("18.5"), Err(HeadcountError::NotWhole));
        assert_eq!(parse_headcount("-3"), Err(HeadcountError::Negative));
        assert_eq!(parse_headcount("-2.5"), Err(HeadcountError::Negative), "negative first, not an unreadable “-”");
        assert_eq!(parse_headcount("－１,200"), Err(HeadcountError::Negative));
        assert_eq!(parse_headcount("12,5"), Err(HeadcountError::NotWhole), "a decimal comma is a fraction");
        assert_eq!(parse_headcount("1,200.5"), Err(HeadcountError::NotWhole));
        assert_eq!(parse_headcount("1,2O0"), Err(HeadcountError::UnexpectedChar('O')));
        assert_eq!(parse_headcount("十八"), Err(HeadcountError::UnexpectedChar('十')));
        assert_eq!(parse_headcount("1000001"), Err(HeadcountError::TooLarge));
        assert_eq!(parse_headcount("99999999999999"), Err(HeadcountError::TooLarge));
    }

    #[test]
    fn names_the_character_it_cannot_read() {
        assert_eq!(parse_headcount("3O"), Err(HeadcountError::UnexpectedChar('O')), "the letter O for a nought");
        assert_eq!(parse_headcount("1l人"), Err(HeadcountError::UnexpectedChar('l')));
        assert_eq!(parse_headcount("３O").map_err(|e| e.to_string()), Err("含有无法识别的字符“O”，人数须为整数，例如 18".to_string()));
        assert_eq!(parse_headcount("6.0").map_err(|e| e.to_string()), Err("人数须为整数，例如 18".to_string()), "a fraction is said as one");
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,30}") {
            let _ = parse_headcount(&text);
        }

        #[test]
        fn round_trips(n in 0u32..=1_000_000) {
            prop_assert_eq!(parse_headcount(&n.to_string()), Ok(Some(n)));
        }
    }
}
