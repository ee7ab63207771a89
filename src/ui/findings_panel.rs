//! The findings panel (审校): every problem a reviewer would catch, live; choosing one moves focus
//! to the field to fix.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::browser::focus::focus_field;
use crate::core::calc::findings::{Finding, Severity};

#[component]
pub fn FindingsPanel(ws: Workspace) -> impl IntoView {
    let findings = Memo::new(move |_| ws.evaluation.with(|e| e.findings.clone()));
    let count = move |severity: Severity| findings.with(|f| f.iter().filter(|f| f.severity == severity).count());
    let summary = move || {
        let (errors, warnings, infos) = (count(Severity::Error), count(Severity::Warning), count(Severity::Info));
        if errors + warnings + infos == 0 {
            "未发现问题".to_string()
        } else {
            format!("{errors} 个错误，{warnings} 个提醒，{infos} 个提示")
        }
    };
    view! {
        <section class="panel findings" aria-labelledby="findings-title">
            <h2 id="findings-title">"审校意见" <small class="summary">{summary}</small></h2>
            <ol>{move || findings.get().into_iter().map(|finding| view! { <FindingItem finding/> }).collect_view()}</ol>
        </section>
    }
}

#[component]
fn FindingItem(finding: Finding) -> impl IntoView {
    let target = finding.fields.first().cloned();
    let go = move |_| {
        if let Some(field) = &target {
            focus_field(field);
        }
    };
    view! {
        <li data-finding=finding.code.id() class=finding.severity.id()>
            <button type="button" on:click=go title="转到需修改的字段">
                <span class="severity">{finding.severity.label()}</span>
                <span class="text">{finding.message}</span>
            </button>
        </li>
    }
}
