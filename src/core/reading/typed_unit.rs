//! A unit typed after a figure whose box already names its unit beside it (“2025年度 年”, “12人 人”,
//! “12.5万元 万元”): once the clerk leaves the box, the figure without it.
//!
//! Typing a unit is allowed (reports write one, and the parsers read it); only the box reads oddly with
//! the unit twice. The figure keeps its meaning: the text left must read as the same value, else the
//! text stays as typed. A figure in 元 or 亿元 (or after ¥) in a 万元 box becomes its 万元 — the box then
//! says plainly what it holds — unless 万元 cannot write it (元 to the 分 beyond 4 decimals of 万元).

use rust_decimal::Decimal;

use crate::core::draft::fields::FieldKind;
use crate::core::reading::amount::{parse_amount, ASKED_AS_YUAN};
use crate::core::reading::area::parse_area;
use crate::core::reading::date::parse_year;
use crate::core::reading::headcount::parse_headcount;

/// The text for a box of `kind` holding `typed` once left, where it differs: the figure without its unit
/// (as typed otherwise: full-width digits, separators), or the amount in 万元. `None`: leave it as it is
/// (nothing to take away, unreadable, or a meaning the shorter text would not keep).
pub fn without_typed_unit(kind: FieldKind, typed: &str) -> Option<String> {
    let units: &[&str] = match kind {
        FieldKind::Amount => &["万元", "万"],
        FieldKind::Persons => &["人", "个", "名"],
        FieldKind::Year => &["年度", "年"],
        FieldKind::Area => &["平方米", "㎡", "m²", "m2"],
        _ => return None,
    };
    let value = read(kind, typed)?;
    // A bare amount this large is asked about as 元 typed into 万元: the unit typed says it is not.
    if kind == FieldKind::Amount && value.abs() >= ASKED_AS_YUAN {
        return None;
    }
    let text = typed.trim();
    let text = text.strip_suffix('整').unwrap_or(text);
    let left = match units.iter().find_map(|unit| text.strip_suffix(unit)) {
        Some(number) => number.trim_end().to_string(),
        None if kind == FieldKind::Amount && text.contains(['元', '亿', '¥', '￥']) => value.to_string(),
        None => return None,
    };
    (read(kind, &left) == Some(value)).then_some(left)
}

/// What `text` reads as in a box of `kind`: `None` when blank or unreadable.
fn read(kind: FieldKind, text: &str) -> Option<Decimal> {
    match kind {
        FieldKind::Amount => parse_amount(text).ok().flatten(),
        FieldKind::Persons => parse_headcount(text).ok().flatten().map(Decimal::from),
        FieldKind::Year => parse_year(text).ok().flatten().map(Decimal::from),
        FieldKind::Area => parse_area(text).ok().flatten(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn left(kind: FieldKind, typed: &str) -> Option<String> {
        without_typed_unit(kind, typed)
    }

    #[test]
    fn the_unit_beside_the_box_is_not_repeated() {
        assert_eq!(left(FieldKind::Year, "2025年度").as_deref(), Some("2025"));
        assert_eq!(left(FieldKind::Year, "2025年").as_deref(), Some("2025"));
        assert_eq!(left(FieldKind::Year, "２０２５年度").as_deref(), Some("２０２５"), "digits as typed");
        assert_eq!(left(FieldKind::Persons, "12人").as_deref(), Some("12"));
        assert_eq!(left(FieldKind::Persons, "1,260 名").as_deref(), Some("1,260"));
        assert_eq!(left(FieldKind::Amount, "12.5万元").as_deref(), Some("12.5"));
        assert_eq!(left(FieldKind::Amount, "12.50万元整").as_deref(), Some("12.50"));
        assert_eq!(left(FieldKind::Amount, "80万").as_deref(), Some("80"));
        assert_eq!(left(FieldKind::Amount, "１８０．０７万元").as_deref(), Some("１８０．０７"));
        assert_eq!(left(FieldKind::Amount, "-5万元").as_deref(), Some("-5"), "still said to be negative");
        assert_eq!(left(FieldKind::Area, "1,200平方米").as_deref(), Some("1,200"));
    }

    #[test]
    fn an_amount_in_another_unit_is_written_in_wan() {
        assert_eq!(left(FieldKind::Amount, "125000元").as_deref(), Some("12.5"));
        assert_eq!(left(FieldKind::Amount, "2,099,500元").as_deref(), Some("209.95"));
        assert_eq!(left(FieldKind::Amount, "2000000元整").as_deref(), Some("200"));
        assert_eq!(left(FieldKind::Amount, "¥80,000").as_deref(), Some("8"));
        assert_eq!(left(FieldKind::Amount, "1.5亿").as_deref(), Some("15000"));
        assert_eq!(left(FieldKind::Amount, "0.00624亿元").as_deref(), Some("62.4"));
        assert_eq!(left(FieldKind::Amount, "12.5万元。").as_deref(), Some("12.5"));
    }

    #[test]
    fn what_would_change_or_cannot_be_read_stays_as_typed() {
        // 11.600037万元 has more decimals than 万元 may be typed with.
        assert_eq!(left(FieldKind::Amount, "116000.37元"), None);
        // A bare 1000000 would be asked about as 元 typed into 万元.
        assert_eq!(left(FieldKind::Amount, "10000000000元"), None);
        assert_eq!(left(FieldKind::Amount, "1000000万元"), None);
        for (kind, typed) in [
            (FieldKind::Amount, "12.5"),
            (FieldKind::Amount, "１１．６"),
            (FieldKind::Amount, "2,099,500"),
            (FieldKind::Amount, "12.5万元（决算）"),
            (FieldKind::Amount, "万元"),
            (FieldKind::Amount, ""),
            (FieldKind::Persons, "12"),
            (FieldKind::Persons, "7.5人"),
            (FieldKind::Year, "2025"),
            (FieldKind::Year, "25年"),
            (FieldKind::Text, "12人"),
            (FieldKind::Date, "2025年3月1日"),
        ] {
            assert_eq!(left(kind, typed), None, "{typed}");
        }
    }

    proptest! {
        #[test]
        fn never_changes_what_a_figure_reads_as(typed in "[0-9０-９.,，-]{0,9}(万元|万|元|亿元|亿|人|名|年度|年|平方米|整)?", kind in 0usize..4) {
            let kind = [FieldKind::Amount, FieldKind::Persons, FieldKind::Year, FieldKind::Area][kind];
            if let Some(left) = without_typed_unit(kind, &typed) {
                prop_assert_eq!(read(kind, &left), read(kind, &typed));
                prop_assert!(read(kind, &left).is_some());
            }
        }

        #[test]
        fn never_panics(typed in "\\PC{0,20}") {
            for kind in [FieldKind::Amount, FieldKind::Persons, FieldKind::Year, FieldKind::Area] {
                let _ = without_typed_unit(kind, &typed);
            }
        }
    }
}
