//! The projects table (项目支出): add, remove (with undo), reorder, mark 重点, edit cells.
//!
//! Rows are keyed by their `RowId`, so typing in one row never re-renders another, also with hundreds of
//! rows; a row's `data-field` ids follow its current position.

use leptos::prelude::*;
use leptos::ev::MouseEvent;

use super::field_input::reading_of;
use super::workspace::{RemovedProject, Workspace};
use crate::core::draft::RowId;
use crate::core::reading::field_check;
use crate::browser::focus::focus_field;
use crate::browser::tools::loaded_tools;
use crate::core::document::{read_document, write_document};
use crate::core::draft::fields::{project_field_id, FieldKind, ProjectColumn};

#[component]
pub fn ProjectsTable(ws: Workspace) -> impl IntoView {
    let rows = Memo::new(move |_| ws.draft.with(|d| d.projects().iter().map(|p| p.row).collect::<Vec<_>>()));
    let row_count = Memo::new(move |_| rows.with(Vec::len));
    let add = move |_| {
        let row = ws.draft.try_update(|d| {
            d.add_project();
            d.projects().len() - 1
        });
        // The new row's name takes the focus once the row is in the page (after this turn's render).
        if let Some(row) = row {
            request_animation_frame(move || {
                focus_field(&project_field_id(row, ProjectColumn::Name));
            });
        }
    };
    // Rows copied from a spreadsheet fill the table from the cell pasted into: the tools module reads
    // the paste, and takes it from the browser, when it holds more than one cell (its reader is not
    // part of the first visit; before the module has loaded, the browser pastes as usual).
    let paste = move |ev: web_sys::ClipboardEvent| {
        let Some(tools) = loaded_tools() else { return };
        let answer = tools.paste_projects(&ev, &ws.draft.with_untracked(|d| write_document(d, None)));
        let Some((said, pasted)) = answer.split_once('\n') else { return };
        if let Ok((draft, _)) = read_document(pasted) {
            ws.replace(draft);
        }
        ws.notice.set(Some(said.to_string()));
    };
    view! {
        <div class="projects">
            <table on:paste=paste>
                <caption>"项目支出明细"</caption>
                <thead>
                    <tr>
                        <th scope="col">"序号"</th>
                        <th scope="col">"项目名称"</th>
                        <th scope="col">"预算数（万元）"</th>
                        <th scope="col">"实际支出（万元）"</th>
                        <th scope="col">"重点"</th>
                        <th scope="col">"操作"</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|row| *row let:row>
                        <ProjectRow ws row rows row_count/>
                    </For>
                </tbody>
            </table>
            <UndoRemoval ws/>
            <button type="button" class="add" data-action="add-project" on:click=add>"＋ 添加项目"</button>
        </div>
    }
}

#[component]
fn ProjectRow(ws: Workspace, row: RowId, rows: Memo<Vec<RowId>>, row_count: Memo<usize>) -> impl IntoView {
    // Follows the row order, which a keystroke does not change: typing re-runs nothing in the other rows.
    let index = Memo::new(move |_| rows.with(|rows| rows.iter().position(|r| *r == row).unwrap_or(0)));
    let cell_id = move |column: ProjectColumn| project_field_id(index.get(), column);
    let initial = |column: ProjectColumn| ws.draft.with_untracked(|d| d.get(&project_field_id(index.get_untracked(), column)).to_string());
    let set = move |column: ProjectColumn, text: String| ws.draft.update(|d| d.set_project_cell(row, column, &text));
    let amount_cell = move |column: ProjectColumn| {
        // The cell's own text, as its input holds it (a replaced draft re-creates the row): its message
        // follows this, not the whole draft, which hundreds of rows would each re-read per keystroke.
        let typed = RwSignal::new(initial(column));
        let problem = Memo::new(move |_| typed.with(|t| field_check::message(FieldKind::Amount, t)));
        let reading = move || typed.with(|t| reading_of(t));
        view! {
            <td class="amount" data-label=column.label() class:invalid=move || problem.with(Option::is_some)>
                <input
                    type="text"
                    class="figure"
                    inputmode="decimal"
                    autocomplete="off"
                    data-field=move || cell_id(column)
                    aria-label=move || format!("项目{} {}", index.get() + 1, column.label())
                    aria-invalid=move || problem.with(Option::is_some).to_string()
                    value=typed.get_untracked()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        typed.set(text.clone());
                        set(column, text);
                    }
                />
                <span class="message">{move || problem.get().unwrap_or_default()}<span class="reading">{reading}</span></span>
            </td>
        }
    };
    let remove = move |ev| {
        if !single_click(&ev) {
            return;
        }
        keep_focus_in_table(&ev);
        ws.draft.update(|d| {
            if let (Some(index), Some(project)) = (d.project_index(row), d.projects().iter().find(|p| p.row == row).cloned()) {
                d.remove_project(row);
                ws.removed_project.set(Some(RemovedProject { index, project }));
            }
        });
    };
    let last = move || row_count.get().saturating_sub(1);
    view! {
        <tr>
            <td class="number">{move || index.get() + 1}</td>
            <td class="name">
                <input
                    type="text"
                    autocomplete="off"
                    data-field=move || cell_id(ProjectColumn::Name)
                    aria-label=move || format!("项目{} 名称", index.get() + 1)
                    value=initial(ProjectColumn::Name)
                    on:input=move |ev| set(ProjectColumn::Name, event_target_value(&ev))
                />
            </td>
            {amount_cell(ProjectColumn::Budget)}
            {amount_cell(ProjectColumn::Actual)}
            <td class="key" data-label="重点">
                <input
                    type="checkbox"
                    data-field=move || cell_id(ProjectColumn::Key)
                    aria-label=move || format!("项目{} 是否重点项目", index.get() + 1)
                    checked=initial(ProjectColumn::Key) == "true"
                    on:change=move |ev| set(ProjectColumn::Key, event_target_checked(&ev).to_string())
                />
            </td>
            <td class="row-actions">
                <button type="button" title="上移" aria-label=move || format!("上移项目{}", index.get() + 1)
                    disabled=move || { index.get() == 0 }
                    on:click=move |ev| if single_click(&ev) { ws.draft.update(|d| d.move_project(row, -1)) }>"↑"</button>
                <button type="button" title="下移" aria-label=move || format!("下移项目{}", index.get() + 1)
                    disabled=move || { index.get() >= last() }
                    on:click=move |ev| if single_click(&ev) { ws.draft.update(|d| d.move_project(row, 1)) }>"↓"</button>
                <button type="button" class="remove" data-action="remove-project"
                    aria-label=move || format!("删除项目{}", index.get() + 1) on:click=remove>"删除"</button>
            </td>
        </tr>
    }
}

/// Before a row goes, the focus moves to the 删除 of the row taking its place (the last row's: the one
/// above), so it stays in the table rather than falling to the page's top, and out of a text field, so
/// Ctrl+Z takes the undo offer.
fn keep_focus_in_table(ev: &MouseEvent) {
    let row = event_target::<web_sys::Element>(ev).closest("tr").ok().flatten();
    let neighbour = row.and_then(|r| r.next_element_sibling().or_else(|| r.previous_element_sibling()));
    if let Some(Ok(button)) = neighbour.and_then(|r| r.query_selector(".remove").ok().flatten()).map(wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>) {
        let _ = button.focus();
    }
}

/// Whether a click is one of its own, not the second of a double-click: after the first, another row has
/// moved under the pointer, and a hurried double-click on 删除 would remove it too.
fn single_click(ev: &MouseEvent) -> bool {
    ev.detail() < 2
}

/// Offers to bring back the row removed last.
#[component]
fn UndoRemoval(ws: Workspace) -> impl IntoView {
    let undo = move |_| {
        if let Some(RemovedProject { index, project }) = ws.removed_project.get_untracked() {
            ws.draft.update(|d| d.restore_project(index, project));
            ws.removed_project.set(None);
        }
    };
    move || {
        ws.removed_project.with(|removed| {
            removed.as_ref().map(|r| {
                let name = if r.project.name().trim().is_empty() { format!("项目{}", r.index + 1) } else { r.project.name().to_string() };
                view! {
                    <p class="undo" role="status">
                        // Its own element: on a phone a long name is cut short, never the button (style/app.css).
                        <span>{format!("已删除“{name}”。")}</span>
                        <button type="button" data-action="undo-remove-project" on:click=undo>"撤销删除"</button>
                    </p>
                }
            })
        })
    }
}
