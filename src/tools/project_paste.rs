//! Project rows pasted into the form's projects table (项目支出明细), read here — the reader is not
//! part of the first visit — and handed back to the page as the draft's new document text.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, Element, Event};

use crate::core::document::{read_document, write_document, MAX_PROJECTS};
use crate::core::draft::fields::parse_project_field_id;
use crate::core::reading::pasted_projects::read_pasted_projects;

/// A paste into a cell of the projects table of the draft in `document`. Rows (more than one cell)
/// are taken from the browser and filled in from that cell, rows added as needed: the answer is what
/// to tell the clerk, a line break, then the draft's new document. Empty for a single value, which
/// the browser pastes itself.
#[wasm_bindgen]
pub fn paste_projects(event: Event, document: String) -> String {
    let field = event.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|e| e.get_attribute("data-field"));
    let text = event.dyn_ref::<ClipboardEvent>().and_then(ClipboardEvent::clipboard_data).and_then(|data| data.get_data("text/plain").ok());
    let (Some(field), Some(text)) = (field, text) else { return String::new() };
    match filled(&document, &field, &text) {
        Some(answer) => {
            event.prevent_default();
            answer
        }
        None => String::new(),
    }
}

/// The answer to `text` pasted into `field`, or `None` when it is a single value (or the document or
/// field cannot be read: nothing is taken from the browser then).
fn filled(document: &str, field: &str, text: &str) -> Option<String> {
    let (mut draft, _) = read_document(document).ok()?;
    let (first, column) = parse_project_field_id(field)?;
    let mut pasted = read_pasted_projects(text, column)?;
    // A draft holds at most MAX_PROJECTS rows (more is read as a damaged file).
    let room = MAX_PROJECTS.saturating_sub(first);
    if pasted.rows.len() > room {
        pasted.unplaced.push(format!("项目最多{MAX_PROJECTS}个，其后{}行未放入", pasted.rows.len() - room));
        pasted.rows.truncate(room);
    }
    for (offset, cells) in pasted.rows.iter().enumerate() {
        while draft.projects().len() <= first + offset {
            draft.add_project();
        }
        let Some(row) = draft.projects().get(first + offset).map(|p| p.row) else { break };
        for (column, text) in cells {
            draft.set_project_cell(row, *column, text);
        }
    }
    let count = pasted.rows.len();
    let mut said = match count {
        0 => "粘贴的内容中没有可填入的项目行。".to_string(),
        _ => format!("已粘贴{count}个项目（第{}至{}行）。", first + 1, first + count),
    };
    for problem in &pasted.unplaced {
        said.push_str(problem);
        said.push('。');
    }
    Some(format!("{said}\n{}", write_document(&draft, None)))
}
