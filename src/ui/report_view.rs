//! The report as it prints: the on-screen preview and the printed page are this one element.
//!
//! It is always in the page (hidden on screen while filling in), so the browser's own print command
//! prints the report from either view. While shown it follows every keystroke; while hidden it is
//! brought up to date once typing pauses, and written at once, synchronously, when the browser is
//! about to print — so typing in a long draft does not pay for a document nobody is looking at.
//! The document is written by the tools module (`crate::tools::report`, text only, never HTML), which
//! the page loads soon after it starts: the report is not part of the first visit.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::Navigation;
use super::workspace::Workspace;
use crate::browser::tools::{loaded_tools, with_tools};
use crate::core::document::write_document;

#[component]
pub fn ReportView(ws: Workspace, live: Signal<bool>) -> impl IntoView {
    let article = NodeRef::<leptos::html::Article>::new();
    let write = move || {
        let Some(element) = article.get_untracked() else { return };
        let document = ws.draft.with_untracked(|draft| write_document(draft, None));
        match loaded_tools() {
            Some(tools) => tools.show_report(&element, &document),
            // Not loaded yet (the page has just opened): the report follows as soon as it is.
            None => {
                element.set_text_content(Some("正在准备报告…"));
                with_tools(move |tools| match tools {
                    Ok(tools) => tools.show_report(&element, &document),
                    Err(problem) => element.set_text_content(Some(&problem)),
                });
            }
        }
    };
    handle_live_updates(ws, live, write);
    handle_hidden_refresh(ws, live, write);
    // A paragraph with something to fill in (【此处填写…】) leads to the field it is typed in.
    let navigation = use_context::<Navigation>();
    let go = move |event: leptos::ev::MouseEvent| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let field = target.and_then(|t| t.closest("[data-goto]").ok().flatten()).and_then(|e| e.get_attribute("data-goto"));
        if let (Some(field), Some(navigation)) = (field, navigation) {
            navigation.go_to(&field);
        }
    };
    view! { <article class="report" id="report" aria-label="报告预览" node_ref=article on:click=go></article> }
}

/// While the preview is shown (and when it is first shown), the report follows every change.
fn handle_live_updates(ws: Workspace, live: Signal<bool>, write: impl Fn() + 'static) {
    Effect::new(move |_| {
        if live.get() {
            ws.draft.track();
            write();
        }
    });
}

/// How long typing must pause before the hidden report is brought up to date.
const HIDDEN_REFRESH_DELAY: Duration = Duration::from_millis(400);

fn handle_hidden_refresh(ws: Workspace, live: Signal<bool>, write: impl Fn() + Clone + 'static) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let later = write.clone();
    Effect::new(move |_| {
        ws.draft.track();
        if live.get_untracked() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(later.clone(), HIDDEN_REFRESH_DELAY).ok());
    });
    // Printing with the browser's own command (Ctrl+P) from the form: the report is written before
    // the browser lays out the printout.
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| write());
    on_cleanup(move || before_print.remove());
}
