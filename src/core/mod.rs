//! The pure core, grouped by stage. Plain Rust with exact decimals; no web-sys, js-sys or Leptos here,
//! so all of it is tested natively.
//!
//! - [`draft`]: what the clerk typed, its field catalogue (the data contract) and its versioned document.
//! - [`reading`]: the typed text read into figures (amounts, head-counts, dates), with a problem per field.
//! - [`calc`]: totals, indicators under the chosen methods (口径), findings; [`calc::evaluation::evaluate`]
//!   is the one call the view makes.
//! - [`scoring`]: the rubric (presets or the draft's own), every row's score, total and grade, 附件2's funds.
//! - [`report`]: the report as a document tree, for the preview, print and other outputs.
//! - [`audit`]: a finished report's pasted text checked against its own figures, and a draft started from it.

pub mod audit;
pub mod calc;
pub mod draft;
pub mod exact;
pub mod examples;
pub mod reading;
pub mod report;
pub mod scoring;

#[cfg(test)]
mod robustness;
