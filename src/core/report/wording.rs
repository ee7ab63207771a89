//! Small helpers that turn figures and typed text into the report's wording.

use rust_decimal::Decimal;

use super::{Block, Cell};
use crate::core::reading::amount::format_wan;

/// `221.65万元`, or `（未填）` where the figure is blank, so a gap is visible on paper.
pub fn wan(value: Option<Decimal>) -> String {
    match value {
        Some(value) => format!("{}万元", format_wan(value)),
        None => "（未填）".to_string(),
    }
}

/// A right-aligned amount cell, blank where the figure is blank.
pub fn amount_cell(value: Option<Decimal>) -> Cell {
    Cell::figure(value.map(format_wan).unwrap_or_default())
}

/// The clerk's text, verbatim, one paragraph per non-empty line; a reminder where nothing is written.
pub fn typed_paragraphs(text: &str, what: &str) -> Vec<Block> {
    let paragraphs: Vec<Block> =
        text.lines().map(str::trim).filter(|line| !line.is_empty()).map(|line| Block::Paragraph(line.to_string())).collect();
    if paragraphs.is_empty() {
        vec![Block::Missing(format!("【此处填写{what}】"))]
    } else {
        paragraphs
    }
}

/// The number of rows in the group that starts at `index`, if one does: a group is a run of rows with
/// the same key (一级指标 merged over its rows).
pub fn group_starting_at<T, K: PartialEq>(rows: &[T], index: usize, key: impl Fn(&T) -> K) -> Option<u8> {
    let this = key(rows.get(index)?);
    if index > 0 && rows.get(index - 1).map(&key).as_ref() == Some(&this) {
        return None;
    }
    let span = rows.get(index..).unwrap_or_default().iter().take_while(|r| key(r) == this).count();
    Some(u8::try_from(span).unwrap_or(u8::MAX))
}

/// Ends a sentence with a full stop unless it already has one.
pub fn sentence(text: &str) -> String {
    if text.ends_with('。') {
        text.to_string()
    } else {
        format!("{text}。")
    }
}
