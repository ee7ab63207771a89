//! “导出 Word” from the page's side: the tools module (loaded on first use) builds the .docx from the
//! open draft and offers it as a download; the outcome is told in a notice.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::browser::tools::with_tools;
use crate::core::document::share::link_text;

#[component]
pub fn ExportWord(ws: Workspace) -> impl IntoView {
    let export = move |_| {
        let document = ws.draft.with_untracked(link_text);
        with_tools(move |tools| {
            let outcome = match tools {
                Ok(tools) => tools.export_docx(&document),
                Err(problem) => format!("未能导出 Word：{problem}"),
            };
            ws.notice.set(Some(outcome));
        });
    };
    view! { <button type="button" data-action="export-docx" on:click=export>"导出 Word"</button> }
}
