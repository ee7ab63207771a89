//! The scoring section (自评评分, 附件2): the rubric picked for the draft, the funds block, and every
//! row with its 指标值, 实际完成值, 分值 and 得分 — with why points were lost, or the inputs for a
//! manual row's score, 实际完成值 and reason. Scores follow every keystroke anywhere in the draft.
//! The rubric itself is edited by the tools module (`crate::tools::rubric_editor`), loaded when the
//! clerk first opens the editor.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::bind::{flag, text};
use super::cell_input::CellInput;
use super::field_input::FieldInput;
use super::remount::RemountOnReplace;
use super::workspace::Workspace;
use crate::core::draft::fields::{score_field_id, FieldKind, ScoreField, Section, FIELDS};
use crate::browser::tools::with_tools;
use crate::core::draft::rubric::{rows_from_json, rows_to_json, RubricCells, RubricRow};
use crate::core::reading::amount::format_wan;
use crate::core::scoring::funds::FundsRowId;
use crate::core::scoring::presets;
use crate::core::draft::choices::RubricPreset;
use crate::core::scoring::rubric::Source;
use crate::core::scoring::rules::{plain, two};
use crate::core::scoring::scores::RowScore;

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
        <section class="section scoring" id="scoring" aria-labelledby="scoring-title">
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
            <p class="note">{move || presets::preset(preset.get()).note.as_str()}</p>
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
            <FundsBlock ws/>
            <Show when=move || editing.get() fallback=move || view! { <ScoreTable ws/> }>
                <RubricEditor ws/>
            </Show>
            <TotalLine ws/>
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

/// 年度资金总额 / 基本支出 / 项目支出 with the inputs only this block needs.
#[component]
fn FundsBlock(ws: Workspace) -> impl IntoView {
    let rows = FundsRowId::ALL.map(|id| view! { <FundsLine ws id/> }).collect_view();
    view! {
        <div class="funds-block">
            <table class="score-table">
                <caption>"资金执行情况（万元）"<span class="score-table-hint">"（表格较宽，可左右滑动）"</span></caption>
                <thead>
                    <tr>
                        <th scope="col">"项目"</th><th scope="col">"年初预算数"</th><th scope="col">"全年预算数"</th>
                        <th scope="col">"全年执行数"</th><th scope="col">"执行率"</th><th scope="col">"分值"</th><th scope="col">"得分"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <RemountOnReplace ws>
                <div class="grid">
                    {FIELDS.iter().filter(|f| f.section == Section::Funds).map(|f| view! { <FieldInput ws id=f.id/> }).collect_view()}
                </div>
            </RemountOnReplace>
        </div>
    }
}

#[component]
fn FundsLine(ws: Workspace, id: FundsRowId) -> impl IntoView {
    let cell = move |pick: fn(&crate::core::scoring::scores::Scores, FundsRowId) -> Option<String>| {
        text(move || ws.evaluation.with(|e| pick(&e.scores, id)).unwrap_or_else(|| "—".to_string()))
    };
    view! {
        <tr>
            <th scope="row">{id.label()}</th>
            <td class="figure">{cell(|s, id| funds_line(s, id)?.initial.map(format_wan))}</td>
            <td class="figure">{cell(|s, id| funds_line(s, id)?.annual.map(format_wan))}</td>
            <td class="figure">{cell(|s, id| funds_line(s, id)?.actual.map(format_wan))}</td>
            <td class="figure">{cell(|s, id| Some(funds_line(s, id)?.rate_text))}</td>
            <td class="figure" data-points=id.id()>{cell(|s, id| s.row(id.id()).map(|r| plain(r.row.points)))}</td>
            <td class="figure score" data-score=id.id()>{cell(|s, id| s.row(id.id()).map(score_text))}</td>
        </tr>
    }
}

fn funds_line(scores: &crate::core::scoring::scores::Scores, id: FundsRowId) -> Option<crate::core::scoring::funds::FundsRow> {
    scores.funds.iter().find(|f| f.id == id).cloned()
}

fn score_text(row: &RowScore) -> String {
    row.score.map_or_else(|| "待评".to_string(), two)
}

/// The rubric's rows other than the funds rows (shown in the funds block above).
#[component]
fn ScoreTable(ws: Workspace) -> impl IntoView {
    // A row is re-created when its id or its kind (manual or computed) changes.
    let ids = Memo::new(move |_| {
        ws.evaluation.with(|e| {
            let rows = e.scores.rows.iter().filter(|r| !matches!(r.row.source, Source::Funds(_)));
            rows.map(|r| (r.row.id.clone(), r.is_manual())).collect::<Vec<_>>()
        })
    });
    view! {
        <table class="score-table rows">
            <thead>
                <tr>
                    <th scope="col">"指标"</th><th scope="col">"指标值"</th><th scope="col">"实际完成值"</th>
                    <th scope="col">"分值"</th><th scope="col">"得分"</th><th scope="col">"扣分原因、评分依据"</th>
                </tr>
            </thead>
            <tbody>
                // Rows are made anew only when the rubric's rows change (or the draft is replaced), never
                // while typing; a keyed list would cost a few KB more of Wasm for nothing.
                {move || {
                    ws.revision.track();
                    ids.get().into_iter().map(|(id, manual)| view! { <ScoreRow ws id manual/> }).collect_view()
                }}
            </tbody>
        </table>
    }
}

#[component]
fn ScoreRow(ws: Workspace, id: String, manual: bool) -> impl IntoView {
    let row = {
        let id = id.clone();
        Memo::new(move |_| ws.evaluation.with(|e| e.scores.row(&id).cloned()))
    };
    let get = move |pick: fn(&RowScore) -> String| text(move || row.with(|r| r.as_ref().map(pick).unwrap_or_default()));
    let field = |which: ScoreField| score_field_id(&id, which);
    let writer = |which: ScoreField| {
        let field = StoredValue::new(field(which));
        move |text: String| {
            ws.draft.update(|d| {
                field.with_value(|f| {
                    // A score field of a row id read from the rubric: `set` accepts it.
                    let _ = d.set(f, &text);
                })
            })
        }
    };
    let actual = if manual {
        view! { <CellInput ws field=field(ScoreField::Actual) kind=FieldKind::Text label="实际完成值" write=writer(ScoreField::Actual)/> }.into_any()
    } else {
        view! { <span>{get(|r| r.actual.clone())}</span> }.into_any()
    };
    let score = if manual {
        view! {
            <CellInput ws field=field(ScoreField::Score) kind=FieldKind::Points label="得分" write=writer(ScoreField::Score) class="score-input"/>
            <strong class="score" data-score=id.clone()>{get(score_text)}</strong>
        }
        .into_any()
    } else {
        view! { <strong class="score" data-score=id.clone()>{get(score_text)}</strong> }.into_any()
    };
    let is = move |test: fn(&RowScore) -> bool| flag(move || row.with(|r| r.as_ref().is_some_and(test)));
    let lost = is(|r| r.score.is_some_and(|s| s < r.row.points));
    let pending = is(|r| r.score.is_none());
    let over = is(RowScore::full_marks_over_limit);
    view! {
        <tr class:lost=lost class:pending=pending class:over=over>
            <th scope="row">
                <small>{get(|r| [r.row.level1.as_str(), r.row.level2.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · "))}</small>
                <span>{get(|r| r.row.level3.clone())}</span>
            </th>
            <td data-label="指标值">{get(|r| r.row.target.clone())}</td>
            <td data-label="实际完成值">{actual}</td>
            <td class="figure" data-label="分值" data-points=id.clone()>{get(|r| plain(r.row.points))}</td>
            <td class="figure" data-label="得分">{score}</td>
            <td class="reason" data-label="扣分原因、评分依据">
                <p class="criteria">{get(|r| r.row.criteria.clone())}</p>
                <p class="note-line">{get(|r| if r.is_manual() { String::new() } else { r.note.clone() })}</p>
                <CellInput ws field=field(ScoreField::Reason) kind=FieldKind::Text label="扣分原因或评分依据" write=writer(ScoreField::Reason)/>
            </td>
        </tr>
    }
}

/// 总分 and 等级 under the table (the summary beside the form carries the page contract's ids).
#[component]
fn TotalLine(ws: Workspace) -> impl IntoView {
    let line = text(move || {
        ws.evaluation.with(|e| {
            let s = &e.scores;
            let cap = s.cap.as_ref().map(|c| format!("（{}）", c.reason)).unwrap_or_default();
            format!("总分 {} 分（分值合计 {} 分）{cap}，等级：{}", s.total_text(), plain(s.weights), s.grade.label())
        })
    });
    view! { <p class="total-line">{line}</p> }
}
