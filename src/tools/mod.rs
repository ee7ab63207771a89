//! The on-demand tools: a second Wasm module without Leptos, loaded by the page when a tool is first
//! used (`window.jixiaoTools()`, written into index.html at build time). Each tool renders into an
//! element the page gives it, with plain elements (text only, never HTML), and hands drafts back to the
//! page as document text through a callback.

use wasm_bindgen::prelude::*;

/// The report's style sheet and that of the page's parts the tools draw (drafts list, scoring tables,
/// share links), in place once (the loader calls this when the module has started, before any tool
/// draws): the first visit need not fetch them.
#[wasm_bindgen]
pub fn install_styles() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.get_element_by_id("report-styles").is_some() {
        return;
    }
    let (Ok(style), Ok(Some(head))) = (document.create_element("style"), document.query_selector("head")) else { return };
    style.set_id("report-styles");
    style.set_text_content(Some(concat!(include_str!(concat!(env!("OUT_DIR"), "/report.min.css")), include_str!(concat!(env!("OUT_DIR"), "/tools.min.css")))));
    let _ = head.append_child(&style);
}

/// The tools' version, for the page to check it loaded the module of its own build.
#[wasm_bindgen]
pub fn tools_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

mod audit;
mod audit_pile;
mod drafts;
mod example;
mod project_findings;
mod project_paste;
mod projects;
mod report;
mod rubric_editor;
mod scores;
mod share;
mod word;

pub use audit::show_audit;
pub use drafts::{forget_share_link, next_year_document, show_drafts};
pub use example::example_document;
pub use project_findings::project_findings;
pub use project_paste::paste_projects;
pub use projects::edit_projects;
pub use report::show_report;
pub use rubric_editor::edit_rubric;
pub use scores::show_scores;
pub use share::{make_link, open_link};
pub use word::export_docx;
