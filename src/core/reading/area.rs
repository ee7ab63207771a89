//! Floor areas (楼堂馆所规模) in 平方米, exact decimals like amounts but with their own unit.

use std::fmt;

use rust_decimal::Decimal;

use crate::core::reading::amount::{parse_amount, AmountError};
use crate::core::reading::typed_text::normalise;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AreaError {
    MoneyUnit,
    Number(AmountError),
}

impl fmt::Display for AreaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MoneyUnit => f.write_str("规模以平方米计，不能带“元”"),
            Self::Number(error) => error.fmt(f),
        }
    }
}

/// Parses an area; a trailing 平方米, ㎡ or m2 is allowed. Blank text is `Ok(None)`.
pub fn parse_area(typed: &str) -> Result<Option<Decimal>, AreaError> {
    let text = normalise(typed);
    let number = ["平方米", "㎡", "m²", "m2"].iter().find_map(|unit| text.strip_suffix(unit)).unwrap_or(&text);
    if number.trim_end().ends_with('元') {
        return Err(AreaError::MoneyUnit);
    }
    parse_amount(number).map_err(AreaError::Number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_areas_with_or_without_unit() {
        assert_eq!(parse_area("1,200平方米"), Ok(Some(Decimal::new(1200, 0))));
        assert_eq!(parse_area("85.5㎡"), Ok(Some(Decimal::new(855, 1))));
        assert_eq!(parse_area(""), Ok(None));
        assert_eq!(parse_area("30万元"), Err(AreaError::MoneyUnit));
        assert_eq!(parse_area("1e3"), Err(AreaError::Number(AmountError::UnexpectedChar('e'))));
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,30}") {
            let _ = parse_area(&text);
        }
    }
}
