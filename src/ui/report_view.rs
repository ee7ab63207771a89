//! The report as it prints: the on-screen preview and the printed page are this one element.
//!
//! It is always in the page (hidden on screen while filling in), so the browser's own print command
//! prints the report from either view. Blocks are keyed by content: a keystroke re-creates only the
//! blocks whose text changed. User text goes in as text nodes, never as HTML.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::core::report::{self, Align, Attachment, Block, Cell, Table};

#[component]
pub fn ReportView(ws: Workspace) -> impl IntoView {
    let report = Memo::new(move |_| ws.draft.with(|draft| ws.evaluation.with(|evaluation| report::build(draft, evaluation))));
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
        view! { <th scope="col" class=class colspan=cell.colspan>{cell.text}</th> }.into_any()
    } else {
        view! { <td class=class colspan=cell.colspan>{cell.text}</td> }.into_any()
    }
}
