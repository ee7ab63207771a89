//! On a phone the results sit far below the form: this bar, fixed at the bottom of a narrow screen
//! (hidden on a wide one, where the results column is beside the form), shows the live result of
//! what is being typed — 支出合计, 预算执行率, 总分 and 等级, the 审校 errors — and leads to the results.

use leptos::prelude::*;

use super::bind::text;
use super::workspace::Workspace;
use crate::browser::focus::scroll_to;
use crate::core::calc::findings::Severity;
use crate::core::calc::indicators::IndicatorId;
use crate::core::reading::amount::format_wan;

#[component]
pub fn LiveBar(ws: Workspace) -> impl IntoView {
    let spend = text(move || ws.evaluation.with(|e| e.totals.spend.map_or_else(|| "—".to_string(), format_wan)));
    let execution = text(move || ws.evaluation.with(|e| e.indicator(IndicatorId::BudgetExecution).map_or_else(String::new, |i| i.text.clone())));
    let started = ws.started;
    let score = text(move || {
        if started.get() {
            ws.evaluation.with(|e| {
                let provisional = if e.scores.pending().next().is_some() { "（暂计）" } else { "" };
                format!("{}分 {}{provisional}", e.scores.total_text(), e.scores.grade.label())
            })
        } else {
            "—".to_string()
        }
    });
    let errors = text(move || ws.findings.with(|all| all.iter().filter(|f| f.severity == Severity::Error).count().to_string()));
    view! {
        <aside class="live-bar" aria-label="计算结果摘要">
            <button type="button" data-action="show-results" on:click=move |_| scroll_to("results")>
                <span><small>"支出合计"</small><b data-live="spend">{spend}</b></span>
                <span><small>"执行率"</small><b data-live="budget_execution">{execution}</b></span>
                <span><small>"自评"</small><b data-live="score">{score}</b></span>
                <span><small>"错误"</small><b data-live="errors">{errors}</b></span>
            </button>
        </aside>
    }
}
