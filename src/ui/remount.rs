//! Fresh inputs for a replaced draft.
//!
//! Inputs own their text while the user types, so they are never patched: when the whole draft is
//! replaced (another draft opened, a file imported, another tab's version taken) the controls are
//! created anew from the new text. A keyed `For` guarantees new elements; re-running a view closure
//! would patch the old ones, and a changed `value` attribute does not show in a field already typed in.

use leptos::prelude::*;

use super::workspace::Workspace;

#[component]
pub fn RemountOnReplace(ws: Workspace, children: ChildrenFn) -> impl IntoView {
    view! { <For each=move || [ws.revision.get()] key=|revision| *revision children=move |_| children()/> }
}
