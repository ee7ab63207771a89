//! A control for a field whose id is made at run time: a rubric row's cell (`rubric.rows.N.<column>`,
//! renumbered when rows move) or a score field (`score.<row id>`).
//!
//! Like [`super::field_input::FieldInput`], it owns its text while the user types: the draft is updated
//! from it, never the other way round. Its message is the problem with its own text, else what the
//! evaluation found about this field (a score above its 分值, a rule missing a parameter).

use leptos::prelude::*;

use super::bind::{flag, text};
use super::field_input::options;
use super::workspace::Workspace;
use crate::core::draft::fields::FieldKind;
use crate::core::reading::field_check;

#[component]
pub fn CellInput(
    ws: Workspace,
    /// The field's id now.
    #[prop(into)]
    field: Signal<String>,
    kind: FieldKind,
    /// What the control is called, for assistive technology and for the placeholder-less eye.
    #[prop(into)]
    label: String,
    /// Writes the typed text into the draft. (A callback rather than a generic: one copy of this
    /// component in the Wasm, whatever writes it.)
    #[prop(into)]
    write: Callback<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    let initial = ws.draft.with_untracked(|d| d.get(&field.get_untracked()).to_string());
    let typed = Memo::new(move |_| field.with(|id| ws.draft.with(|d| d.get(id).to_string())));
    let problem = Memo::new(move |_| {
        typed.with(|t| field_check::message(kind, t)).or_else(|| {
            field.with(|id| {
                ws.evaluation.with(|e| e.scores.problems.iter().find(|p| p.field == *id).map(|p| p.message.clone()))
            })
        })
    });
    let invalid = flag(move || problem.with(Option::is_some));
    let on_input = move |ev: leptos::ev::Event| write.run(event_target_value(&ev));
    let control = match kind {
        FieldKind::Choice(choices) => view! {
            <select data-field=field aria-label=label.clone() on:change=on_input>{options(choices, &initial)}</select>
        }
        .into_any(),
        _ if multiline => view! {
            <textarea data-field=field aria-label=label.clone() rows="2" aria-invalid=text(move || invalid.get().to_string()) on:input=on_input>
                {initial}
            </textarea>
        }
        .into_any(),
        _ => {
            let figure = matches!(kind, FieldKind::Points | FieldKind::Percent);
            view! {
                <input
                    type="text"
                    data-field=field
                    aria-label=label.clone()
                    value=initial
                    inputmode=if figure { "decimal" } else { "text" }
                    autocomplete="off"
                    class:figure=figure
                    aria-invalid=text(move || invalid.get().to_string())
                    on:input=on_input
                />
            }
            .into_any()
        }
    };
    view! {
        <span class=format!("cell {class}") class:invalid=invalid>
            {control}
            <span class="message" role="status">{text(move || problem.get().unwrap_or_default())}</span>
        </span>
    }
}
