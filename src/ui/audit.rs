//! The 审校报告 screen, from the page's side: a place the tools module fills with its view when the
//! screen is first opened (the first visit does not pay for the recogniser), and the way back into
//! the page of a draft started from the pasted text.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::workspace::Workspace;
use crate::browser::tools::with_tools;

/// The screen's content; `visible` opens it on first showing, `opened` is told of a new draft, `badge`
/// gets what the header says of the report shown.
#[component]
pub fn AuditScreen(ws: Workspace, visible: Signal<bool>, opened: Callback<()>, badge: RwSignal<Option<String>>) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    let loaded = StoredValue::new(false);
    Effect::new(move |_| {
        if !visible.get() || loaded.get_value() {
            return;
        }
        loaded.set_value(true);
        let Some(slot) = slot.get_untracked() else { return };
        slot.set_text_content(Some("正在打开审校工具…"));
        with_tools(move |tools| {
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
            match tools {
                Ok(tools) => tools.show_audit(&slot, on_draft.as_ref().unchecked_ref(), on_summary.as_ref().unchecked_ref()),
                Err(problem) => {
                    slot.set_text_content(Some(&problem));
                    loaded.set_value(false);
                }
            }
            // The view keeps calling them for as long as the page lives.
            on_draft.forget();
            on_summary.forget();
        });
    });
    view! { <div class="audit-screen-body" node_ref=slot></div> }
}
