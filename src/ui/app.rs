//! The page: header, the form on the left, the live results on the right.

use leptos::prelude::*;

use super::findings_panel::FindingsPanel;
use super::form::DraftForm;
use super::report_view::ReportView;
use super::results::{IndicatorsPanel, MethodsPanel, TotalsPanel};
use super::workspace::{SaveStatus, Workspace};
use crate::browser::focus::{scroll_to, scroll_to_top};
use crate::browser::print::print_page;
use crate::core::examples;
use crate::core::findings::Severity;

/// Which of the two screens is shown: the form, or the report as it will print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Form,
    Report,
}

#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::open();
    let screen = RwSignal::new(Screen::Form);
    handle_screen_change(screen);
    view! {
        <Header ws screen/>
        <main class="workspace" class:hidden=move || screen.get() == Screen::Report>
            <div class="entry">
                <Notice ws/>
                <DraftForm ws/>
            </div>
            <aside class="results" aria-label="计算结果">
                <MethodsPanel ws/>
                <TotalsPanel ws/>
                <IndicatorsPanel ws/>
                <FindingsPanel ws/>
            </aside>
        </main>
        <div class="report-screen" class:shown=move || screen.get() == Screen::Report>
            <ReportView ws/>
        </div>
    }
}

/// A screen just switched to starts at its top (effects run after the DOM shows it).
fn handle_screen_change(screen: RwSignal<Screen>) {
    Effect::new(move |previous: Option<Screen>| {
        let current = screen.get();
        if previous.is_some_and(|p| p != current) {
            scroll_to_top();
        }
        current
    });
}

#[component]
fn Header(ws: Workspace, screen: RwSignal<Screen>) -> impl IntoView {
    let title = move || {
        ws.draft.with(|d| {
            let (name, year) = (d.get("unit.name").trim(), d.get("unit.year").trim());
            match (name.is_empty(), year.is_empty()) {
                (true, true) => "新草稿".to_string(),
                _ => format!("{name} {year}年度").trim().to_string(),
            }
        })
    };
    let status = move || match ws.save_status.get() {
        SaveStatus::Saved => ("saved", "已保存".to_string()),
        SaveStatus::Failed(error) => ("failed", error.to_string()),
    };
    let is_blank = move || ws.draft.with(|d| d.values().next().is_none() && d.projects().is_empty());
    view! {
        <header class="app-header">
            <h1>"部门整体支出绩效自评" <span class="draft-title">{title}</span></h1>
            <nav class="screens" aria-label="视图">
                <button type="button" data-action="show-form" aria-pressed=move || (screen.get() == Screen::Form).to_string()
                    on:click=move |_| screen.set(Screen::Form)>"填写"</button>
                <button type="button" data-action="show-report" aria-pressed=move || (screen.get() == Screen::Report).to_string()
                    on:click=move |_| screen.set(Screen::Report)>"报告预览"</button>
                <button type="button" data-action="print" class="primary" on:click=move |_| { print_page(); }>"打印 / 存为PDF"</button>
            </nav>
            <FindingsCount ws/>
            <p class="save-status" data-state=move || status().0 role="status">{move || status().1}</p>
            <Show when=is_blank>
                <button type="button" data-action="load-example" on:click=move |_| ws.replace(examples::taojiang_2024())>
                    "填入示例（桃江县总工会2024）"
                </button>
            </Show>
        </header>
    }
}

#[component]
fn Notice(ws: Workspace) -> impl IntoView {
    move || {
        ws.notice.get().map(|text| {
            view! {
                <div class="notice" role="alert">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| ws.notice.set(None)>"知道了"</button>
                </div>
            }
        })
    }
}

/// How many errors the findings panel lists, linking to it (the panel is far down on a phone).
#[component]
fn FindingsCount(ws: Workspace) -> impl IntoView {
    let errors = Memo::new(move |_| ws.evaluation.with(|e| e.findings.iter().filter(|f| f.severity == Severity::Error).count()));
    view! {
        // A button, not a #fragment link: the URL fragment is left for share links.
        <button type="button" class="findings-count" on:click=|_| scroll_to("findings-title") data-errors=move || errors.get().to_string()>
            {move || match errors.get() {
                0 => "审校：无错误".to_string(),
                n => format!("审校：{n} 个错误"),
            }}
        </button>
    }
}
