//! The page's address: building a share link from it, reading its fragment, and clearing the fragment
//! once a shared draft has been dealt with (so a reload does not offer it again).

use wasm_bindgen::JsValue;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The fragment with its `#`, or "".
pub fn fragment() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// This page's address without its fragment, followed by `#fragment`.
pub fn link_with_fragment(fragment: &str) -> String {
    let href = location().and_then(|l| l.href().ok()).unwrap_or_default();
    let base = href.split_once('#').map_or(href.as_str(), |(base, _)| base);
    format!("{base}#{fragment}")
}

/// Whether the page was opened from a file on disk (a link to it does not work on another computer).
pub fn is_file() -> bool {
    location().and_then(|l| l.protocol().ok()).is_some_and(|p| p == "file:")
}

/// Removes the fragment from the address without reloading or adding a history entry.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    let (Ok(path), Ok(search)) = (window.location().pathname(), window.location().search()) else { return };
    if let Ok(history) = window.history() {
        // The entry keeps its state: the screen Back and Forward return to.
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}{search}")));
    }
}

/// Puts `text` on the clipboard where the browser allows it (https or localhost); `false` otherwise.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    // Plain-http intranet pages have no clipboard API at all.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined());
    if !has_clipboard {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}
