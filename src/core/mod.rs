//! The pure core: the draft, its figures, indicators, methods and findings.
//!
//! Plain Rust with exact decimals; no web-sys, js-sys or Leptos here, so all of it is tested natively.
//! The view renders what [`evaluation::evaluate`] returns; the browser edge stores [`document`]s.

pub mod amount;
pub mod area;
pub mod date;
pub mod document;
pub mod draft;
pub mod evaluation;
pub mod examples;
pub mod field_check;
pub mod fields;
pub mod figures;
pub mod findings;
pub mod headcount;
pub mod indicators;
pub mod methods;
pub mod next_year;
pub mod rate;
pub mod report;
pub mod totals;
pub mod typed_text;

#[cfg(test)]
mod robustness;
