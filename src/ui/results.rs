//! The results column: methods (口径), derived totals, indicators with their formula sentences.

use leptos::prelude::*;

use super::field_input::FieldInput;
use super::remount::RemountOnReplace;
use super::workspace::Workspace;
use crate::core::reading::amount::format_wan;
use crate::core::draft::fields::{Section, FIELDS};
use crate::core::calc::indicators::{IndicatorId, Value};

#[component]
pub fn MethodsPanel(ws: Workspace) -> impl IntoView {
    let selects = move || FIELDS.iter().filter(|f| f.section == Section::Methods).map(|f| view! { <FieldInput ws id=f.id/> }).collect_view();
    view! {
        <section class="panel methods" aria-labelledby="methods-title">
            <h2 id="methods-title">"口径"</h2>
            <RemountOnReplace ws><div class="grid">{selects()}</div></RemountOnReplace>
        </section>
    }
}

#[component]
pub fn TotalsPanel(ws: Workspace) -> impl IntoView {
    let total = move |pick: fn(&crate::core::calc::totals::Totals) -> Option<rust_decimal::Decimal>| {
        move || ws.evaluation.with(|e| pick(&e.totals).map(format_wan).unwrap_or_else(|| "—".to_string()))
    };
    view! {
        <section class="panel totals" aria-labelledby="totals-title">
            <h2 id="totals-title">"合计（万元）"</h2>
            <dl>
                <div><dt>"基本支出"</dt><dd data-total="basic">{total(|t| t.basic)}</dd></div>
                <div><dt>"项目支出"</dt><dd data-total="projects">{total(|t| t.projects)}</dd></div>
                <div><dt>"支出合计"</dt><dd data-total="spend">{total(|t| t.spend)}</dd></div>
                <div><dt>"全年预算数"</dt><dd data-total="annual_budget">{total(|t| t.annual_budget)}</dd></div>
            </dl>
        </section>
    }
}

#[component]
pub fn IndicatorsPanel(ws: Workspace) -> impl IntoView {
    let rows = IndicatorId::ALL.into_iter().map(|id| view! { <IndicatorRow ws id/> }).collect_view();
    view! {
        <section class="panel indicators" aria-labelledby="indicators-title">
            <h2 id="indicators-title">"绩效指标"</h2>
            <ul>{rows}</ul>
        </section>
    }
}

#[component]
fn IndicatorRow(ws: Workspace, id: IndicatorId) -> impl IntoView {
    // Each row follows its own indicator only: other rows are not touched when it does not change.
    let indicator = Memo::new(move |_| ws.evaluation.with(|e| e.indicator(id).cloned()));
    let text = move || indicator.with(|i| i.as_ref().map(|i| i.text.clone()).unwrap_or_default());
    let sentence = move || indicator.with(|i| i.as_ref().map(|i| i.sentence.clone()).unwrap_or_default());
    let name = move || indicator.with(|i| i.as_ref().map_or(id.name(), |i| i.name));
    let state = move || {
        indicator.with(|i| match i.as_ref().map(|i| &i.value) {
            Some(Value::NotApplicable(_)) | None => "na",
            _ => "ok",
        })
    };
    view! {
        <li class="indicator" data-state=state>
            <div class="head">
                <span class="name">{name}</span>
                <strong class="value" data-indicator=id.id()>{text}</strong>
            </div>
            <p class="sentence">{sentence}</p>
        </li>
    }
}
