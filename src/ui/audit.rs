//! The 审校报告 screen, from the page's side: a place the tools module fills with its view when the
//! screen is first opened (the first visit does not pay for the recogniser), and the way back into
//! the page of a draft started from the pasted text.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::workspace::Workspace;
use crate::browser::tools::{with_tools, Tools};

/// The screen's content; `visible` opens it on first showing, `opened` is told of a new draft, `badge`
/// gets what the header says of the report shown, `dropped` a report's file brought from another screen
/// (read as if dropped on the view, once the view is there).
#[component]
pub fn AuditScreen(
    ws: Workspace,
    visible: Signal<bool>,
    opened: Callback<()>,
    badge: RwSignal<Option<String>>,
    dropped: RwSignal<Option<web_sys::File>, LocalStorage>,
) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    let loaded = StoredValue::new(false);
    Effect::new(move |_| {
        dropped.track();
        if !visible.get() {
            return;
        }
        let file = dropped.try_update_untracked(Option::take).flatten();
        let first = !loaded.get_value();
        if !first && file.is_none() {
            return;
        }
        loaded.set_value(true);
        let Some(slot) = slot.get_untracked() else { return };
        if first {
            slot.set_text_content(Some("正在打开审校工具…"));
        }
        with_tools(move |tools| {
            let tools = match tools {
                Ok(tools) => tools,
                Err(problem) => {
                    if first {
                        slot.set_text_content(Some(&problem));
                        loaded.set_value(false);
                    }
                    return;
                }
            };
            if first {
                show(ws, &tools, &slot, opened, badge);
            }
            if let Some(file) = file {
                tools.open_audit_file(&file);
            }
        });
    });
    view! { <div class="audit-screen-body" node_ref=slot></div> }
}

/// Draws the tools module's view in `slot`, with the page's callbacks.
fn show(ws: Workspace, tools: &Tools, slot: &web_sys::HtmlDivElement, opened: Callback<()>, badge: RwSignal<Option<String>>) {
    let on_draft = Closure::<dyn Fn(String, String, String)>::new(move |document: String, notes: String, file: String| {
        let source = if file.is_empty() { "报告文本" } else { &file };
        let outcome = ws.import(source, &document).map(|done| format!("{done}{notes}"));
        let imported = outcome.is_ok();
        ws.notice.set(Some(outcome.unwrap_or_else(|problem| problem)));
        if imported {
            opened.run(());
        }
    });
    let on_summary = Closure::<dyn Fn(String)>::new(move |said: String| badge.set(Some(said)));
    tools.show_audit(slot, on_draft.as_ref().unchecked_ref(), on_summary.as_ref().unchecked_ref());
    // The view keeps calling them for as long as the page lives.
    on_draft.forget();
    on_summary.forget();
}
