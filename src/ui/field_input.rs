//! One labelled control for a draft field, with its message beside it.
//!
//! The control owns its text while the user types: the draft is updated from it, never the other
//! way round, so nothing is reformatted under the cursor and IME composition is never disturbed. Once
//! left, a figure typed with its box's own unit drops that unit (`reading::typed_unit`).
//! The parsed value (when it reads differently from the text) or the error shows next to it.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::core::reading::amount::{format_wan, parse_amount, ASKED_AS_YUAN};
use crate::core::reading::field_check;
use crate::core::reading::typed_unit::without_typed_unit;
use crate::core::draft::choices::Choice;
use crate::core::draft::fields::{self, FieldKind};

/// The control for scalar field `id` of the catalogue; `hint` is shown in it while it is empty.
#[component]
pub fn FieldInput(ws: Workspace, id: &'static str, #[prop(optional, into)] hint: Option<Signal<String>>) -> impl IntoView {
    let Some(spec) = fields::spec(id) else {
        return view! { <p class="field-missing">{format!("（未知字段 {id}）")}</p> }.into_any();
    };
    let dom_id = format!("f-{}", id.replace('.', "-"));
    let message_id = format!("{dom_id}-msg");
    let initial = ws.draft.with_untracked(|d| d.get(id).to_string());
    // The control's own text, as it holds it (a replaced draft re-creates the control): its message
    // follows this alone, so a keystroke re-checks one field and no control re-reads the whole draft.
    let text = RwSignal::new(initial.clone());
    let keep = move |typed: String| {
        ws.draft.update(|d| {
            // `id` comes from the catalogue, so `set` accepts it.
            let _ = d.set(id, &typed);
        });
        text.set(typed);
    };
    let on_input = move |ev: leptos::ev::Event| keep(event_target_value(&ev));
    // Left (never while typing), a figure typed with the unit the box names beside it keeps it once: the
    // box, the draft and so its share link hold the same text, of the same value.
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(left) = without_typed_unit(spec.kind, &event_target_value(&ev)) {
            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&left);
            keep(left);
        }
    };
    let problem = Memo::new(move |_| text.with(|t| field_check::message(spec.kind, t)));
    let invalid = move || problem.with(Option::is_some);
    let control = match spec.kind {
        FieldKind::Paragraphs => view! {
            <textarea id=dom_id.clone() data-field=id rows="5" aria-describedby=message_id.clone() on:input=on_input>
                {initial}
            </textarea>
        }
        .into_any(),
        FieldKind::Flag => view! {
            <input
                id=dom_id.clone()
                type="checkbox"
                data-field=id
                checked=initial == "true"
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    ws.draft.update(|d| {
                        let _ = d.set(id, if checked { "true" } else { "" });
                    });
                }
            />
        }
        .into_any(),
        FieldKind::Choice(choices) => view! {
            <select id=dom_id.clone() data-field=id on:change=on_input>{options(choices, &initial)}</select>
        }
        .into_any(),
        kind => {
            // No sample values as placeholders: a grey "0" or date reads as already entered.
            let (inputmode, fixed, unit) = match kind {
                FieldKind::Amount => ("decimal", "", "万元"),
                FieldKind::Persons => ("numeric", "", "人"),
                FieldKind::Year => ("numeric", "", "年"),
                FieldKind::Date => ("text", "年-月-日", ""),
                FieldKind::Area => ("decimal", "", "平方米"),
                _ => ("text", "", ""),
            };
            view! {
                <span class="control">
                    <input
                        id=dom_id.clone()
                        type="text"
                        data-field=id
                        value=initial
                        inputmode=inputmode
                        placeholder=move || hint.map_or_else(|| fixed.to_string(), |hint| hint.get())
                        autocomplete="off"
                        aria-invalid=move || invalid().to_string()
                        aria-describedby=message_id.clone()
                        class=if unit.is_empty() { "" } else { "figure" }
                        on:input=on_input
                        on:change=on_change
                    />
                    <span class="unit">{unit}</span>
                </span>
            }
            .into_any()
        }
    };
    let reading = move || if spec.kind == FieldKind::Amount { text.with(|t| reading_of(t)) } else { String::new() };
    if spec.kind == FieldKind::Flag {
        return view! {
            <div class="field flag" class:invalid=invalid>
                <label>{control} {spec.label}</label>
            </div>
        }
        .into_any();
    }
    view! {
        <div class="field" class:invalid=invalid class:wide=matches!(spec.kind, FieldKind::Paragraphs)>
            <label for=dom_id>{spec.label}</label>
            {control}
            <p class="message" id=message_id aria-live="polite">
                {move || problem.get().unwrap_or_default()}
                <span class="reading">{reading}</span>
            </p>
        </div>
    }
    .into_any()
}

/// The options of a select, the stored choice selected; blank selects the first choice (the default).
fn options(choices: &'static [Choice], stored: &str) -> impl IntoView {
    let selected = if stored.is_empty() { choices.first().map_or("", |c| c.id) } else { stored }.to_string();
    choices.iter().map(|c| view! { <option value=c.id selected=c.id == selected>{c.label}</option> }).collect_view()
}

/// `＝11.60万元` when an amount was typed in a form that reads differently (元, full-width, commas);
/// "" when the text already says it plainly. A bare figure of 100亿元 or more is asked about: it is
/// far likelier a figure in 元 copied from a 决算 table than a department's budget.
pub fn reading_of(text: &str) -> String {
    match parse_amount(text) {
        Ok(Some(value)) => {
            let shown = format_wan(value);
            let plain = text.trim();
            if value.is_sign_negative() {
                // The field's error says it; “＝-5.00万元” after it would run into the message.
                String::new()
            } else if value >= ASKED_AS_YUAN && !plain.contains(['元', '万', '亿']) {
                format!("＝{shown}万元？如单位是元，请在数后加“元”")
            } else if plain == shown || plain == value.to_string() {
                String::new()
            } else {
                format!("＝{shown}万元")
            }
        }
        _ => String::new(),
    }
}
