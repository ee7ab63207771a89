//! The message for one field's text, from that text alone.
//!
//! The page shows it beside the field as the user types; because it depends on nothing else, a
//! keystroke in one field re-checks only that field. [`crate::core::reading::figures`] reads with the same parsers,
//! so the message beside a field and the finding about it always agree. (The one thing text alone cannot
//! settle: a date typed without its year, “2月6日”, reads here; the figures give it its year from the
//! form, or report that nothing there gives one.)

use crate::core::reading::amount::parse_amount;
use crate::core::reading::area::parse_area;
use crate::core::reading::date::{parse_typed_date, parse_year};
use crate::core::draft::fields::FieldKind;
use crate::core::reading::headcount::parse_headcount;
use crate::core::reading::points::{parse_percent, parse_points};
use crate::core::reading::bands::parse_bands;

/// Why `text` cannot be read as a value of `kind`, or `None` when it can (blank included).
pub fn problem(kind: FieldKind, text: &str) -> Option<String> {
    fn message<T, E: ToString>(result: Result<T, E>) -> Option<String> {
        result.err().map(|e| e.to_string())
    }
    match kind {
        FieldKind::Amount => message(parse_amount(text)),
        FieldKind::Persons => message(parse_headcount(text)),
        FieldKind::Year => message(parse_year(text)),
        FieldKind::Date => message(parse_typed_date(text)),
        FieldKind::Area => message(parse_area(text)),
        FieldKind::Choice(choices) if !text.is_empty() && !choices.iter().any(|c| c.id == text) => {
            Some("未知的选项，已按默认选项计算".to_string())
        }
        FieldKind::Flag if !matches!(text, "" | "true" | "false") => Some("应为“是”或“否”".to_string()),
        FieldKind::Points => message(parse_points(text)),
        FieldKind::Percent => message(parse_percent(text)),
        FieldKind::Bands => message(parse_bands(text)),
        FieldKind::Choice(_) | FieldKind::Flag | FieldKind::Text | FieldKind::Paragraphs => None,
    }
}

/// What to say beside a field: why it cannot be read, or what is wrong with what it reads (an amount
/// typed negative, however the minus was typed: amounts are entered positive).
pub fn message(kind: FieldKind, text: &str) -> Option<String> {
    problem(kind, text).or_else(|| match (kind, parse_amount(text)) {
        (FieldKind::Amount, Ok(Some(value))) if value.is_sign_negative() => Some("金额为负数，应填正数".to_string()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::draft::Draft;
    use crate::core::draft::fields::{spec, FIELDS};
    use crate::core::reading::figures::Figures;

    #[test]
    fn a_negative_amount_is_remarked_however_the_minus_is_typed() {
        for typed in ["-5", "－5", "-5万元"] {
            assert_eq!(message(FieldKind::Amount, typed).as_deref(), Some("金额为负数，应填正数"), "{typed}");
        }
        assert_eq!(message(FieldKind::Amount, "5"), None);
        assert_eq!(message(FieldKind::Amount, "x"), problem(FieldKind::Amount, "x"));
    }

    #[test]
    fn agrees_with_the_figures_for_every_field() {
        for text in ["", "12", "1e3", "7.5", "2024-13-01", "２０２４", "abc", "half_even", "-3"] {
            let mut draft = Draft::new();
            for field in FIELDS {
                draft.set(field.id, text).unwrap();
            }
            let figures = Figures::read(&draft);
            for field in FIELDS {
                let expected = figures.problem(field.id).map(str::to_string);
                assert_eq!(problem(spec(field.id).unwrap().kind, text), expected, "{} = {text:?}", field.id);
            }
        }
    }
}
