//! Enter moves to the next field, as in finance software: a clerk types a figure, presses Enter and
//! types the next, rather than the next figure landing in the same field. Ctrl+Z outside a field
//! takes the offer to undo a deletion.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// Controls Enter moves between, in the page's order. After the last project row comes ＋ 添加项目 (Enter
/// there adds the next row), not the next section's field, where the next project's figures would land.
const FIELDS: &str = "input[type=text]:not([disabled]), input:not([type]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [data-action=add-project]";

/// Handles a keydown: Enter in a one-line text box (not while an input method is composing, where
/// Enter confirms the characters) focuses the next visible field after it. Returns whether it did.
pub fn enter_moves_on(event: &KeyboardEvent) -> bool {
    if event.key() != "Enter" || event.is_composing() || event.ctrl_key() || event.alt_key() || event.meta_key() {
        return false;
    }
    let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return false };
    if input.type_() != "text" {
        return false;
    }
    let Some(document) = input.owner_document() else { return false };
    let Ok(all) = document.query_selector_all(FIELDS) else { return false };
    let controls: Vec<Element> = (0..all.length()).filter_map(|i| all.item(i)?.dyn_into::<Element>().ok()).collect();
    let Some(at) = controls.iter().position(|c| c == input.unchecked_ref::<Element>()) else { return false };
    // ＋ 添加项目 follows a project row only: from the fields above an empty table, Enter goes on to the
    // next field, where the next figure belongs.
    let from_project = input.get_attribute("data-field").is_some_and(|f| f.starts_with("spend.projects."));
    let next = controls[at + 1..]
        .iter()
        .filter_map(|c| c.dyn_ref::<HtmlElement>())
        .find(|c| c.offset_parent().is_some() && (from_project || !c.has_attribute("data-action")));
    match next {
        Some(next) => {
            event.prevent_default();
            let _ = next.focus();
            true
        }
        None => false,
    }
}

/// The offers an undo key takes when no text field has the focus (in one, the field's own undo runs).
/// (An indicator row's offer is on the 项目自评 screen only while it is shown: hidden, the screen is emptied.)
const UNDO_OFFERS: &str = "[data-action=undo-remove-project], [data-action=undo-remove-indicator], [data-action=undo-delete-draft]";

/// Handles a keydown: Ctrl+Z (⌘Z) outside a text field, while 撤销删除 is offered, clicks it — a clerk
/// who removed a row by mistake reaches for the key that undoes everything else. Returns whether it did.
pub fn undo_key_takes_offer(event: &KeyboardEvent) -> bool {
    let undo = (event.ctrl_key() || event.meta_key()) && !event.shift_key() && event.key().eq_ignore_ascii_case("z");
    let in_text = event.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|t| t.closest("input, textarea, select, [contenteditable]").ok().flatten().is_some());
    if !undo || in_text {
        return false;
    }
    let offer = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(UNDO_OFFERS).ok().flatten());
    let Some(offer) = offer.and_then(|o| o.dyn_into::<HtmlElement>().ok()) else { return false };
    event.prevent_default();
    offer.click();
    true
}
