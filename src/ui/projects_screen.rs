//! The 项目自评 screen, from the page's side: a place the tools module fills with every project's
//! 项目支出绩效自评表 each time the screen is shown (or the draft replaced while it is), and the way back
//! into the draft of what the clerk edits there.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::workspace::Workspace;
use crate::browser::focus::focus_field;
use crate::browser::tools::with_tools;
use crate::core::document::write_document;
use crate::core::draft::project::{project_from_json, ProjectColumn};

/// The screen's content. `visible` opens the view; `focus` is a field to focus once it is open (a
/// finding chosen on another screen).
#[component]
pub fn ProjectsScreen(ws: Workspace, visible: Signal<bool>, focus: RwSignal<Option<String>>) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    // The form's inputs own their text: a name or amount typed here is shown there once it is made anew.
    let form_cells_edited = StoredValue::new(false);
    Effect::new(move |_| {
        ws.revision.track();
        if !visible.get() {
            // Made anew each time it is shown: hidden, the last draft's inputs would answer to its field
            // names (a finding's link, a search of the page) after another draft opened.
            if let Some(slot) = slot.get_untracked() {
                slot.set_text_content(None);
            }
            if form_cells_edited.get_value() {
                form_cells_edited.set_value(false);
                ws.revision.update(|r| *r = r.wrapping_add(1));
            }
            return;
        }
        let Some(slot) = slot.get_untracked() else { return };
        slot.set_text_content(Some("正在打开项目自评表…"));
        let document = ws.draft.with_untracked(|d| write_document(d, None));
        with_tools(move |tools| {
            let on_project = Closure::<dyn Fn(u32, String)>::new(move |n: u32, json: String| {
                let Some((cells, rows)) = project_from_json(&json) else { return };
                let n = n as usize;
                ws.draft.update(|d| {
                    if n == d.projects().len() {
                        d.add_project();
                    }
                    let before = d.projects().get(n).map(|p| FORM_CELLS.map(|c| p.cell(c).to_string()));
                    d.replace_project(n, &cells, &rows);
                    let after = d.projects().get(n).map(|p| FORM_CELLS.map(|c| p.cell(c).to_string()));
                    if before != after {
                        form_cells_edited.set_value(true);
                    }
                });
            });
            let on_field = Closure::<dyn Fn(String, String)>::new(move |id: String, text: String| {
                ws.draft.update(|d| {
                    let _ = d.set(&id, &text);
                });
            });
            match tools {
                Ok(tools) => {
                    tools.edit_projects(&slot, &document, on_project.as_ref().unchecked_ref(), on_field.as_ref().unchecked_ref());
                    if let Some(field) = focus.get_untracked() {
                        focus.set(None);
                        focus_field(&field);
                    }
                }
                Err(problem) => slot.set_text_content(Some(&problem)),
            }
            // The view calls them for as long as it is open; it is opened a handful of times a visit.
            on_project.forget();
            on_field.forget();
        });
    });
    view! { <div class="projects-screen-body" node_ref=slot></div> }
}

/// The project cells the form's projects table shows too.
const FORM_CELLS: [ProjectColumn; 4] = [ProjectColumn::Name, ProjectColumn::Budget, ProjectColumn::Actual, ProjectColumn::Key];
