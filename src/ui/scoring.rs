//! The scoring section (自评评分, 附件2), from the page's side: the rubric picked for the draft, its
//! options, the funds block's inputs, and the actions on the rubric. The tables — the funds block, every
//! row with its 指标值, 实际完成值, 分值 and 得分, why points were lost, the manual rows' inputs, the
//! total — are drawn by the tools module (`crate::tools::scores`), and the rubric itself is edited
//! there (`crate::tools::rubric_editor`): the page's first visit stays small.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::field_input::FieldInput;
use super::remount::RemountOnReplace;
use super::workspace::Workspace;
use crate::browser::tools::{when_tools, with_tools};
use crate::core::draft::choices::RubricPreset;
use crate::core::reading::amount::format_wan;
use crate::core::draft::fields::{FieldKind, Section, FIELDS};
use crate::core::draft::rubric::{rows_from_json, rows_to_json, RubricCells, RubricRow};
use crate::core::scoring::presets;
use crate::core::scoring::score_sheet::ScoreSheet;

/// The rubric a draft had before the preset was switched, so that the switch can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PreviousRubric {
    preset: String,
    rows: Option<Vec<RubricRow>>,
}

#[component]
pub fn ScoringSection(ws: Workspace) -> impl IntoView {
    let editing = RwSignal::new(false);
    let previous = RwSignal::new(None::<PreviousRubric>);
    // Another draft opened (or another tab's version taken): the editor had the old one's rows.
    Effect::new(move |_| {
        ws.revision.track();
        editing.set(false);
    });
    let preset = Memo::new(move |_| ws.evaluation.with(|e| e.scores.preset));
    let edited = Memo::new(move |_| ws.evaluation.with(|e| e.scores.edited));
    // Opening the editor changes nothing: the draft gets its own rubric with the first real edit.
    let start_editing = move |_| editing.set(true);
    let stop_editing = move |_| {
        // A rubric left exactly as its preset keeps following the preset.
        ws.draft.update(|d| {
            if d.rubric().is_some_and(|rows| same_as_preset(rows, preset.get_untracked())) {
                d.follow_preset();
            }
        });
        editing.set(false);
    };
    let follow_preset = move |_| {
        previous.set(Some(ws.draft.with_untracked(|d| PreviousRubric { preset: d.get("rubric.preset").to_string(), rows: d.rubric().map(<[_]>::to_vec) })));
        ws.draft.update(|d| d.follow_preset());
        editing.set(false);
    };
    view! {
        <section class="section scoring" class:editing=move || editing.get() id="scoring" aria-labelledby="scoring-title">
            <h2 id="scoring-title">"自评评分（附件2 部门整体支出绩效自评表）"</h2>
            <RemountOnReplace ws>
                <div class="rubric-choice">
                    <PresetSelect ws previous editing/>
                    {FIELDS
                        .iter()
                        .filter(|f| f.section == Section::Rubric && f.kind == FieldKind::Flag)
                        .map(|f| view! { <FieldInput ws id=f.id/> })
                        .collect_view()}
                </div>
            </RemountOnReplace>
            // The preset's note comes with the score tables (`crate::tools::scores`): not in the first visit.
            <p class="note preset-note"></p>
            <Show when=move || edited.get()>
                <p class="note edited">"本草稿使用自己的评分表，不随预设变化。"</p>
            </Show>
            <UndoPresetSwitch ws previous/>
            <div class="rubric-actions">
                <Show
                    when=move || editing.get()
                    fallback=move || view! { <button type="button" data-action="edit-rubric" on:click=start_editing>"编辑评分表"</button> }
                >
                    <button type="button" data-action="finish-rubric" class="primary" on:click=stop_editing>"完成编辑"</button>
                </Show>
                <Show when=move || edited.get()>
                    <button type="button" data-action="follow-preset" on:click=follow_preset>"恢复为预设评分表"</button>
                </Show>
            </div>
            <FundsInputs ws/>
            <ScoreTables ws/>
            <Show when=move || editing.get()>
                <RubricEditor ws/>
            </Show>
        </section>
    }
}

/// Where the tools module shows the rubric editor; each change it hands back becomes the draft's rubric.
#[component]
fn RubricEditor(ws: Workspace) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(slot) = slot.get() else { return };
        let preset = ws.evaluation.with_untracked(|e| e.scores.preset);
        let rows = ws.draft.with_untracked(|d| match d.rubric() {
            Some(rows) => rows_to_json(rows.iter().map(|r| r as &dyn RubricCells)),
            None => rows_to_json(presets::preset(preset).rows.iter().map(|r| r as &dyn RubricCells)),
        });
        with_tools(move |tools| {
            let on_change = Closure::<dyn Fn(String)>::new(move |json: String| {
                let Some(rows) = rows_from_json(&json) else { return };
                // Rows just as the preset has them do not make the rubric the draft's own.
                if ws.draft.with_untracked(|d| d.rubric().is_none()) && rows == presets::preset(preset).rows {
                    return;
                }
                ws.draft.update(|d| d.replace_rubric(rows.iter().map(|r| r as &dyn RubricCells)));
            });
            match tools {
                Ok(tools) => tools.edit_rubric(&slot, &rows, on_change.as_ref().unchecked_ref()),
                Err(problem) => slot.set_text_content(Some(&problem)),
            }
            // The editor calls back for as long as it is open; an editing session is short.
            on_change.forget();
        });
    });
    view! { <div class="rubric-editor" node_ref=slot>"正在打开评分表编辑器…"</div> }
}

fn same_as_preset(rows: &[RubricRow], preset: RubricPreset) -> bool {
    let preset_rows = &presets::preset(preset).rows;
    rows.len() == preset_rows.len()
        && rows.iter().zip(preset_rows).all(|(row, preset_row)| {
            crate::core::draft::rubric::RubricColumn::ALL.iter().all(|c| row.cell(*c) == preset_row.cell(*c))
        })
}

/// Picking another preset scores the draft by that table; an edited rubric is set aside, with undo.
#[component]
fn PresetSelect(ws: Workspace, previous: RwSignal<Option<PreviousRubric>>, editing: RwSignal<bool>) -> impl IntoView {
    let stored = ws.draft.with_untracked(|d| d.get("rubric.preset").to_string());
    let on_change = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        ws.draft.update(|d| {
            previous.set(Some(PreviousRubric { preset: d.get("rubric.preset").to_string(), rows: d.rubric().map(<[_]>::to_vec) }));
            let _ = d.set("rubric.preset", &chosen);
            d.follow_preset();
        });
        editing.set(false);
    };
    // The chosen preset's option says when the draft has changed it into a rubric of its own.
    let edited_preset = Memo::new(move |_| ws.evaluation.with(|e| e.scores.edited.then_some(e.scores.preset.id())));
    let selected = if stored.is_empty() { RubricPreset::default().id().to_string() } else { stored };
    let choices = RubricPreset::CHOICES.iter().map(move |choice| {
        let label = move || if edited_preset.get() == Some(choice.id) { format!("{}（本草稿已修改）", choice.label) } else { choice.label.to_string() };
        view! { <option value=choice.id selected=choice.id == selected>{label}</option> }
    });
    view! {
        <div class="field">
            <label for="f-rubric-preset">"评分表"</label>
            <select id="f-rubric-preset" data-field="rubric.preset" on:change=on_change>{choices.collect_view()}</select>
        </div>
    }
}

#[component]
fn UndoPresetSwitch(ws: Workspace, previous: RwSignal<Option<PreviousRubric>>) -> impl IntoView {
    let undo = move |_| {
        if let Some(PreviousRubric { preset, rows }) = previous.get_untracked() {
            let mut draft = ws.draft.get_untracked();
            let _ = draft.set("rubric.preset", &preset);
            draft.follow_preset();
            if let Some(rows) = rows {
                draft.own_rubric(rows.iter().map(|r| r as &dyn RubricCells));
            }
            previous.set(None);
            // The preset select shows the restored choice: the controls are made anew.
            ws.replace(draft);
        }
    };
    move || {
        previous.with(Option::is_some).then(|| {
            view! {
                <p class="undo" role="status">
                    "已更换评分表。"
                    <button type="button" data-action="undo-rubric" on:click=undo>"撤销"</button>
                    <button type="button" class="link" on:click=move |_| previous.set(None)>"知道了"</button>
                </p>
            }
        })
    }
}

/// The inputs only the funds block needs (基本支出全年预算数, 年初预算数), above its table. 基本支出全年预算数
/// left blank shows, greyed in its box, the figure worked out for it (全年预算数 less the projects'), which
/// the funds block and the report use.
#[component]
fn FundsInputs(ws: Workspace) -> impl IntoView {
    let worked_out = move || {
        ws.evaluation.with(|e| match (e.figures.basic_data.basic_budget, e.totals.basic_budget) {
            (None, Some(b)) => format!("{}（计算）", format_wan(b)),
            _ => String::new(),
        })
    };
    view! {
        <RemountOnReplace ws>
            <div class="grid funds-inputs">
                {FIELDS
                    .iter()
                    .filter(|f| f.section == Section::Funds)
                    .map(|f| {
                        let hint = Signal::derive(move || if f.id == "budget.basic" { worked_out() } else { String::new() });
                        view! { <FieldInput ws id=f.id hint/> }
                    })
                    .collect_view()}
            </div>
        </RemountOnReplace>
    }
}

/// Where the tools module shows the funds block, the score table and the total
/// (`crate::tools::scores`): it gets the tables' texts with every evaluation, and gives each typed
/// score field back into the draft.
#[component]
fn ScoreTables(ws: Workspace) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    // Made once: the tables call it for as long as the page lives.
    let on_field = StoredValue::new_local(Closure::<dyn Fn(String, String)>::new(move |field: String, text: String| {
        // A score field of a row id read from the rubric: `set` accepts it.
        ws.draft.update(|d| {
            let _ = d.set(&field, &text);
        })
    }));
    Effect::new(move |_| {
        let sheet = ws.evaluation.with(|e| ws.draft.with_untracked(|d| ScoreSheet::of(d, &e.scores).to_text()));
        let revision = ws.revision.get();
        let Some(slot) = slot.get_untracked() else { return };
        // (`try_`: the section may be gone by the time the tools module has loaded.)
        when_tools(move |tools| {
            on_field.try_with_value(|f| tools.show_scores(&slot, &sheet, revision, f.as_ref().unchecked_ref()));
        });
    });
    view! { <div class="score-tables" node_ref=slot>"正在计算评分表…"</div> }
}
