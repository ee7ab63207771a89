//! Small helpers that turn figures and typed text into the report's wording.

use rust_decimal::Decimal;

use super::{Block, Cell};
use crate::core::calc::indicators::BLANK;
use crate::core::reading::amount::format_wan;

/// `221.65万元`, or `【此处填写】万元` where the figure is blank, for the clerk to fill in.
pub fn wan(value: Option<Decimal>) -> String {
    let figure = value.map_or_else(|| BLANK.to_string(), format_wan);
    format!("{figure}万元")
}

/// `【此处填写职能职责】`: a gap the clerk fills in. Printed and written to Word as plain text like the
/// words around it (see README, Decisions): its brackets and wording are what make it found.
pub fn placeholder(what: &str) -> String {
    format!("【此处填写{what}】")
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
        vec![Block::Missing(placeholder(what))]
    } else {
        paragraphs
    }
}

/// Ends a sentence with a full stop unless it already has one.
pub fn sentence(text: &str) -> String {
    if text.ends_with('。') {
        text.to_string()
    } else {
        format!("{text}。")
    }
}
