//! The report as it prints: the on-screen preview and the printed page are this one element.
//!
//! It is always in the page (hidden on screen while filling in), so the browser's own print command
//! prints the report from either view. While shown it follows every keystroke; while hidden it is
//! brought up to date once typing pauses and just before printing, so typing in a long draft does not
//! pay for a document nobody is looking at. Blocks are keyed by content: an update re-creates only
//! the blocks whose text changed. User text goes in as text nodes, never as HTML.

use std::time::Duration;

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::core::report::{self, Align, Attachment, Block, Cell, Table};

#[component]
pub fn ReportView(ws: Workspace, live: Signal<bool>) -> impl IntoView {
    let refresh = RwSignal::new(0u32);
    handle_hidden_refresh(ws, live, refresh);
    let report = Memo::new(move |_| {
        if live.get() {
            ws.draft.track();
        } else {
            refresh.track();
        }
        ws.draft.with_untracked(|draft| ws.evaluation.with_untracked(|evaluation| report::build(draft, evaluation)))
    });
    let body = move || report.with(|r| r.body.iter().cloned().enumerate().collect::<Vec<_>>());
    let attachments = move || report.with(|r| r.attachments.clone());
    view! {
        <article class="report" id="report" aria-label="报告预览">
            <h1 class="report-title">
                {move || report.with(|r| r.title.iter().map(|line| view! { <span>{line.clone()}</span> }).collect_view())}
            </h1>
            <For each=body key=|item| item.clone() let:item>
                {block(item.1)}
            </For>
            <For each=attachments key=|a| a.clone() let:attachment>
                {attachment_view(attachment)}
            </For>
        </article>
    }
}

/// How long typing must pause before the hidden report is brought up to date.
const HIDDEN_REFRESH_DELAY: Duration = Duration::from_millis(400);

fn handle_hidden_refresh(ws: Workspace, live: Signal<bool>, refresh: RwSignal<u32>) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let bump = move || refresh.update(|n| *n = n.wrapping_add(1));
    Effect::new(move |_| {
        ws.draft.track();
        if live.get_untracked() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(bump, HIDDEN_REFRESH_DELAY).ok());
    });
    // Printing with the browser's own command (Ctrl+P) from the form: bring the report up to date first.
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| bump());
    on_cleanup(move || before_print.remove());
}

fn attachment_view(attachment: Attachment) -> impl IntoView {
    view! {
        <section class="attachment">
            <p class="attachment-label">{attachment.label}</p>
            <h2 class="attachment-title">{attachment.title}</h2>
            {attachment.blocks.into_iter().map(block).collect_view()}
        </section>
    }
}

fn block(block: Block) -> AnyView {
    match block {
        Block::Heading1(text) => view! { <h2 class="h1">{text}</h2> }.into_any(),
        Block::Heading2(text) => view! { <h3 class="h2">{text}</h3> }.into_any(),
        Block::Heading3(text) => view! { <h4 class="h3">{text}</h4> }.into_any(),
        Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
        Block::Missing(text) => view! { <p class="missing">{text}</p> }.into_any(),
        Block::TableNote { left, right } => {
            view! { <div class="table-note"><span>{left}</span><span>{right}</span></div> }.into_any()
        }
        Block::Table(table) => table_view(table).into_any(),
    }
}

fn table_view(table: Table) -> impl IntoView {
    view! {
        <table class="data-table">
            <colgroup>
                {table.widths.iter().map(|w| view! { <col style=format!("width: {w}%")/> }).collect_view()}
            </colgroup>
            <thead><tr>{table.head.into_iter().map(|c| cell(c, true)).collect_view()}</tr></thead>
            <tbody>
                {table.rows.into_iter().map(|row| view! { <tr>{row.into_iter().map(|c| cell(c, false)).collect_view()}</tr> }).collect_view()}
            </tbody>
        </table>
    }
}

fn cell(cell: Cell, head: bool) -> AnyView {
    let class = match cell.align {
        Align::Left => format!("left indent-{}", cell.indent.min(3)),
        Align::Center => "center".to_string(),
        Align::Right => "right".to_string(),
    };
    if head {
        view! { <th scope="col" class=class colspan=cell.colspan rowspan=cell.rowspan>{cell.text}</th> }.into_any()
    } else {
        view! { <td class=class colspan=cell.colspan rowspan=cell.rowspan>{cell.text}</td> }.into_any()
    }
}
