//! The findings panel (审校): every problem a reviewer would catch, live; choosing one moves focus
//! to the field to fix.

use leptos::prelude::*;

use super::workspace::Workspace;
use super::app::Navigation;
use crate::core::draft::fields::project_of;
use crate::core::calc::findings::{Finding, Severity};

#[component]
pub fn FindingsPanel(ws: Workspace) -> impl IntoView {
    let findings = ws.findings;
    // Keyed by what they say: a keystroke replaces the findings whose wording changed and leaves the
    // others' elements alone, rather than rewriting the list (each rewrite costs the browser a relayout).
    // A finding said twice would be one key twice, which a keyed list cannot place: it is shown once.
    let items = move || {
        findings.with(|all| {
            let mut seen = Vec::with_capacity(all.len());
            all.iter()
                .filter(|f| {
                    let new = !seen.contains(&(f.code, &f.message));
                    seen.push((f.code, &f.message));
                    new
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    };
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
            <ol>
                <For each=items key=|f| (f.code, f.message.clone()) let:finding>
                    <FindingItem finding/>
                </For>
            </ol>
        </section>
    }
}

#[component]
fn FindingItem(finding: Finding) -> impl IntoView {
    let target = finding.fields.first().cloned();
    // A finding about a project's 自评表 says which project (the page contract's `data-project`).
    let project = target.as_deref().and_then(project_of).filter(|_| finding.code.id().starts_with("project_"));
    let navigation = use_context::<Navigation>();
    let go = move |_| {
        if let (Some(field), Some(navigation)) = (&target, navigation) {
            navigation.go_to(field);
        }
    };
    view! {
        <li data-finding=finding.code.id() data-project=project.map(|n| n.to_string()) class=finding.severity.id()>
            <button type="button" on:click=go title="转到需修改的字段">
                <span class="severity">{finding.severity.label()}</span>
                <span class="text">{finding.message}</span>
            </button>
        </li>
    }
}

