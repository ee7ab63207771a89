//! The report (报告预览 and the printout): the draft's report tree written into the page's report
//! element. It lives in the tools module because the first screen does not show it; the page loads
//! this module soon after it starts, so the report is ready by the time anyone prints.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::browser::clock::today;
use crate::browser::report_dom::render_report;
use crate::core::document::read_document;
use crate::core::evaluation::evaluate;
use crate::core::report::build;

/// Writes the report of `document` (a draft's document text) into `article`, replacing what it held.
#[wasm_bindgen]
pub fn show_report(article: Element, document: String) {
    match read_document(&document) {
        Ok((draft, _)) => render_report(&article, &build(&draft, &evaluate(&draft), today())),
        Err(error) => article.set_text_content(Some(&format!("报告未能生成：{error}"))),
    }
}
