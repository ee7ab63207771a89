//! “导出 Word”: the open draft's report as a .docx, built from the same report tree the print view
//! uses (so that print and Word cannot drift apart), and offered as a download. Nothing is sent anywhere.

use wasm_bindgen::prelude::*;

use crate::browser::clock::today;
use crate::browser::files::download_bytes;
use crate::core::evaluation::evaluate;
use crate::core::document::read_document;
use crate::core::report::build;
use crate::core::report::docx::{docx, file_name};

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Downloads the report of `document` (a draft's document text) as a .docx; returns what to tell the
/// user.
#[wasm_bindgen]
pub fn export_docx(document: String) -> String {
    let draft = match read_document(&document) {
        Ok((draft, _)) => draft,
        Err(error) => return format!("未能导出 Word：{error}"),
    };
    let evaluation = evaluate(&draft);
    let name = file_name(draft.get("unit.name"), evaluation.figures.year);
    match download_bytes(&name, &docx(&build(&draft, &evaluation, today())), DOCX) {
        Ok(()) => format!("已导出“{name}”，可用 WPS 或 Word 打开继续编辑。"),
        Err(error) => format!("未能导出 Word：{error}"),
    }
}
