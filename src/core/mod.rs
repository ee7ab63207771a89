//! The pure core, grouped by stage. Plain Rust with exact decimals; no web-sys, js-sys or Leptos here,
//! so all of it is tested natively. Stages import one way, from the ground up (`layering` checks it):
//!
//! - [`draft`]: what the clerk typed and chose: the draft, its field catalogue (the data contract), the
//!   choices (methods, rubric preset, rule kinds) and a draft's own rubric rows. [`examples`] are drafts.
//! - [`reading`]: the typed text read into figures (amounts, head-counts, dates, bands), a problem per field.
//! - [`calc`]: totals, indicators under the chosen methods (口径), findings.
//! - [`scoring`]: the rubric (presets or the draft's own), every row's score, total and grade, 附件2's funds.
//! - [`evaluation`]: the one call the view makes: a draft in, figures, indicators, scores and findings out.
//! - Above it, side by side: [`document`] (the versioned file, share links, next year's draft), [`report`]
//!   (the report as a document tree, for the preview, print and Word) and [`audit`] (a finished report's
//!   pasted text checked against its own figures, and a draft started from it).
//!
//! [`exact`] (arithmetic that cannot panic) and [`order`] (sorting compiled once) are under all of them.

pub mod audit;
pub mod calc;
pub mod document;
pub mod draft;
pub mod evaluation;
pub mod exact;
pub mod examples;
pub mod order;
pub mod reading;
pub mod report;
pub mod scoring;

#[cfg(test)]
mod layering;
#[cfg(test)]
mod robustness;
