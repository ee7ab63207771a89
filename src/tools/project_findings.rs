//! The project tables' findings for the page's findings panel: the page's own evaluation leaves the
//! 项目支出绩效自评表 out (the rules and their messages are not part of the first visit) and asks here.

use wasm_bindgen::prelude::*;

use crate::core::calc::findings::findings_to_json;
use crate::core::document::read_document;
use crate::core::evaluation::evaluate_project_tables;
use crate::core::reading::figures::Figures;

/// The findings about every evaluated project's table in `document` (a draft's document text), as
/// [`findings_to_json`] rows; none when the document cannot be read (the page reports that itself).
#[wasm_bindgen]
pub fn project_findings(document: String) -> String {
    let Ok((draft, _)) = read_document(&document) else { return "[]".to_string() };
    let (_, findings) = evaluate_project_tables(&draft, &Figures::read(&draft));
    findings_to_json(&findings)
}
