//! Sharing a draft by link (SPEC §10), from the page's side: the place where a link the page was opened
//! with is offered for import (the link of the open draft is made on the drafts screen). Both are done
//! by the tools module (`crate::tools::share`), loaded when first needed: the first screen does not pay
//! for them.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::workspace::Workspace;
use crate::browser::location;
use crate::browser::tools::with_tools;
use crate::core::document::share::is_share_fragment;
use crate::core::document::write_document;

/// Where the draft of a share link the page was opened with (or navigated to) is offered.
#[component]
pub fn SharedDraftOffer(ws: Workspace) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    let open = move || {
        let fragment = location::fragment();
        if !is_share_fragment(&fragment) {
            return;
        }
        let Some(slot) = slot.get_untracked() else { return };
        with_tools(move |tools| {
            let on_import = Closure::once_into_js(move |text: String| {
                let outcome = ws.import_shared(&text);
                ws.notice.set(Some(outcome.unwrap_or_else(|problem| problem)));
            });
            match tools {
                Ok(tools) => {
                    let current = ws.draft.with_untracked(|d| write_document(d, None));
                    tools.open_link(&slot, &fragment, &current, on_import.unchecked_ref());
                }
                Err(problem) => slot.set_text_content(Some(&format!("未能打开分享链接：{problem}"))),
            }
        });
    };
    // Once mounted (the slot exists), and whenever the address's fragment changes.
    Effect::new(move |_| open());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| open());
    on_cleanup(move || listener.remove());
    view! { <div class="shared-offer" node_ref=slot></div> }
}
