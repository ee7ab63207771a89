//! Moving focus to a field by its `data-field` id (from a finding, for instance).

use wasm_bindgen::JsCast;

/// Focuses and scrolls to the control editing `field`; returns whether one was found.
pub fn focus_field(field: &str) -> bool {
    // Field ids are our own ASCII ids ([a-z0-9._]), so they need no escaping inside the quotes.
    focus_element(&format!("[data-field=\"{field}\"]"))
}

/// Focuses and scrolls to the first element matching `selector`; returns whether one was found.
pub fn focus_element(selector: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Ok(Some(element)) = document.query_selector(selector) else { return false };
    let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() else { return false };
    // In the middle of the window: at its edge a field is half hidden by the header or the live bar.
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    element.focus().is_ok()
}

/// Scrolls the element with this DOM id into view.
pub fn scroll_to(dom_id: &str) {
    if let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(dom_id)) {
        element.scroll_into_view();
    }
}

pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
