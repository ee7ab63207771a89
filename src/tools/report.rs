//! The report (报告预览 and the printout): the draft's report tree written into the page's report
//! element. It lives in the tools module because the first screen does not show it; the page loads
//! this module soon after it starts, so the report is ready by the time anyone prints.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use crate::browser::clock::today;
use crate::browser::dom::on_events;
use crate::browser::report_dom::render_report;
use crate::core::calc::findings::Severity;
use crate::core::document::read_document;
use crate::core::evaluation::{evaluate, Evaluation};
use crate::core::report::{build, Report};

/// Writes the report of `document` (a draft's document text) into `article`, replacing what it held.
#[wasm_bindgen]
pub fn show_report(article: Element, document: String) {
    match read_document(&document) {
        Ok((draft, _)) => {
            let evaluation = evaluate(&draft);
            let report = build(&draft, &evaluation, today());
            render_report(&article, &report);
            say_why_no_page_numbers(&article);
            handle_keys(&article);
            say_what_is_open(&article, &report, &evaluation);
        }
        Err(error) => article.set_text_content(Some(&format!("报告未能生成：{error}"))),
    }
}

/// The note above the preview (shown by the style sheet only where the browser cannot print the page
/// numbers) is left empty by the page: its words are written here, with the report they are about.
fn say_why_no_page_numbers(article: &Element) {
    let note = article.parent_element().and_then(|screen| screen.query_selector("[data-print-note]").ok().flatten());
    if let Some(note) = note.filter(|n| n.text_content().unwrap_or_default().is_empty()) {
        note.set_text_content(Some("此浏览器版本较旧，打印的报告不带页码“— 1 —”。需要页码时，请点“导出 Word”，在 Word 或 WPS 中打印。"));
    }
}

/// Enter or Space on a 【此处填写…】 reached by Tab does what a click does: the page takes the clerk to
/// its field. Listened for once, on the element the report is written into (it stays; its content is
/// written anew).
fn handle_keys(article: &Element) {
    if article.has_attribute("data-keys") {
        return;
    }
    let _ = article.set_attribute("data-keys", "");
    on_events(article, &["keydown"], |event| {
        let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
        if !matches!(key.key().as_str(), "Enter" | " ") || key.ctrl_key() || key.alt_key() || key.meta_key() {
            return;
        }
        let place = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()).filter(|t| t.has_attribute("data-goto"));
        if let Some(place) = place {
            // Space would scroll the page instead.
            event.prevent_default();
            place.click();
        }
    });
}

/// Above the preview (never printed): what is still open before the report is filed — places left
/// for the clerk (【此处填写…】) and the 审校's errors — so that nobody prints a draft by mistake.
fn say_what_is_open(article: &Element, report: &Report, evaluation: &Evaluation) {
    let errors = evaluation.findings.iter().filter(|f| f.severity == Severity::Error).count();
    let mut open: Vec<String> = report.gaps().notice().into_iter().collect();
    if errors > 0 {
        open.push(format!("审校有{errors}个错误（见“填写”页的审校意见）"));
    }
    let existing = article.previous_element_sibling().filter(|e| e.has_attribute("data-report-check"));
    if open.is_empty() {
        if let Some(note) = existing {
            note.remove();
        }
        return;
    }
    let note = existing.or_else(|| {
        let note = article.owner_document()?.create_element("p").ok()?;
        let _ = note.set_attribute("class", "report-check");
        let _ = note.set_attribute("data-report-check", "");
        let _ = note.set_attribute("role", "status");
        article.parent_node()?.insert_before(&note, Some(article)).ok()?;
        Some(note)
    });
    if let Some(note) = note {
        note.set_text_content(Some(&format!("打印或报送前请核对：{}。", open.join("；"))));
    }
}
