//! Editing the draft's own rubric: every row's 指标 names, 分值, 指标值, 评价标准, what it scores and
//! by which rule with the rule's parameters; rows added, moved and removed (with undo). The draft
//! owns its rubric from the moment editing starts (see `ScoringSection`).

use leptos::prelude::*;

use super::cell_input::CellInput;
use super::workspace::Workspace;
use crate::core::draft::fields::{rubric_column_kind, rubric_field_id};
use crate::core::draft::rubric::{RubricCells, RubricColumn as C, RubricRow};
use crate::core::draft::RowId;
use crate::core::scoring::presets::PresetRow;
use crate::core::scoring::rubric::RuleKind;

/// A row just removed, kept so the removal can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RemovedRow {
    index: usize,
    row: RubricRow,
}

#[component]
pub fn RubricEditor(ws: Workspace) -> impl IntoView {
    let removed = RwSignal::new(None::<RemovedRow>);
    let rows = Memo::new(move |_| ws.draft.with(|d| d.rubric().map(|rows| rows.iter().map(|r| r.row).collect::<Vec<_>>()).unwrap_or_default()));
    let row_count = Memo::new(move |_| rows.with(Vec::len));
    let add = move |_| {
        ws.draft.update(|d| {
            if let Some(row) = d.add_rubric_row(&PresetRow { level3: "新指标", points: "0", ..PresetRow::default() }) {
                d.set_rubric_cell(row, C::Id, &format!("custom{}", row.0));
            }
        });
    };
    let undo = move |_| {
        if let Some(RemovedRow { index, row }) = removed.get_untracked() {
            ws.draft.update(|d| d.restore_rubric_row(index, row));
            removed.set(None);
        }
    };
    view! {
        <div class="rubric-editor">
            <p class="note">"修改即时生效并自动保存。分档写法如“x=0 → 8分；0<x≤10% → 6分；x>30% → 0分”，得分也可写作分值的百分比（如“80%”）。"</p>
            // Rows are made anew when rows are added, moved or removed (clicks), never while typing.
            {move || rows.get().into_iter().map(|row| view! { <RubricRowEditor ws row row_count removed/> }).collect_view()}
            {move || removed.get().map(|r| view! {
                <p class="undo" role="status">
                    {format!("已删除“{}”。", r.row.cell(C::Level3))}
                    <button type="button" data-action="undo-remove-rubric-row" on:click=undo>"撤销删除"</button>
                </p>
            })}
            <button type="button" class="add" data-action="add-rubric-row" on:click=add>"＋ 添加指标行"</button>
        </div>
    }
}

#[component]
fn RubricRowEditor(ws: Workspace, row: RowId, row_count: Memo<usize>, removed: RwSignal<Option<RemovedRow>>) -> impl IntoView {
    let index = Memo::new(move |_| ws.draft.with(|d| d.rubric_index(row).unwrap_or(0)));
    let rule = Memo::new(move |_| {
        ws.draft.with(|d| RuleKind::from_id(d.get(&rubric_field_id(index.get(), C::Rule))).unwrap_or_default())
    });
    let manual_source = Memo::new(move |_| ws.draft.with(|d| matches!(d.get(&rubric_field_id(index.get(), C::Source)), "" | "manual")));
    let cell = move |column: C, label: &'static str, wide: bool| {
        let field = Signal::derive(move || rubric_field_id(index.get(), column));
        let write = move |text: String| ws.draft.update(|d| d.set_rubric_cell(row, column, &text));
        let class = if wide { "wide" } else { "" };
        view! {
            <label class=format!("rubric-cell {class}")>
                <span>{label}</span>
                <CellInput ws field kind=rubric_column_kind(column) label=label write multiline=wide/>
            </label>
        }
    };
    let remove = move |_| {
        ws.draft.update(|d| {
            let found = d.rubric().and_then(|rows| rows.iter().position(|r| r.row == row).map(|i| (i, rows[i].clone())));
            if let Some((index, removed_row)) = found {
                d.remove_rubric_row(row);
                removed.set(Some(RemovedRow { index, row: removed_row }));
            }
        });
    };
    let params = move || match rule.get() {
        RuleKind::Ceiling | RuleKind::Target => {
            let threshold = if rule.get() == RuleKind::Ceiling { "限值（%）" } else { "目标值（%）" };
            view! {
                {cell(C::Threshold, threshold, false)}
                {cell(C::Deduct, "扣分（每个百分点或每档）", false)}
                {cell(C::Step, "每档（个百分点，空为逐点扣分）", false)}
                {cell(C::StepMode, "不足一档", false)}
            }
            .into_any()
        }
        RuleKind::Bands => cell(C::Bands, "分档", true).into_any(),
        RuleKind::Interpolate => view! { {cell(C::Full, "满分值（%）", false)} {cell(C::Zero, "零分值（%）", false)} }.into_any(),
        RuleKind::Manual | RuleKind::Linear | RuleKind::Pass => ().into_any(),
    };
    let last = move || row_count.get().saturating_sub(1);
    view! {
        <fieldset class="rubric-row">
            <legend>
                {move || format!("第{}行", index.get() + 1)}
                <span class="row-actions">
                    <button type="button" title="上移" aria-label=move || format!("上移评分表第{}行", index.get() + 1)
                        disabled=move || { index.get() == 0 } on:click=move |_| ws.draft.update(|d| d.move_rubric_row(row, -1))>"↑"</button>
                    <button type="button" title="下移" aria-label=move || format!("下移评分表第{}行", index.get() + 1)
                        disabled=move || { index.get() >= last() } on:click=move |_| ws.draft.update(|d| d.move_rubric_row(row, 1))>"↓"</button>
                    <button type="button" class="remove" data-action="remove-rubric-row"
                        aria-label=move || format!("删除评分表第{}行", index.get() + 1) on:click=remove>"删除"</button>
                </span>
            </legend>
            <div class="rubric-grid">
                {cell(C::Level1, "一级指标", false)}
                {cell(C::Level2, "二级指标", false)}
                {cell(C::Level3, "三级指标", false)}
                {cell(C::Points, "分值", false)}
                {cell(C::Target, "指标值", false)}
                {cell(C::Source, "计分依据", false)}
                {cell(C::Rule, "计分方法", false)}
                {params}
                {move || (!manual_source.get()).then(|| cell(C::NotApplicable, "不适用时", false))}
                {cell(C::Criteria, "评价标准", true)}
            </div>
        </fieldset>
    }
}
