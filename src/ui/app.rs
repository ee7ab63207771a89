//! The page: a header with the screens (fill in, drafts, report preview, audit a report), and the screen shown.

use leptos::prelude::*;

use super::audit::AuditScreen;
use super::drafts_panel::{import_file, DraftsPanel, FileStatus};
use super::findings_panel::FindingsPanel;
use super::form::DraftForm;
use super::notices::Notices;
use super::projects_screen::ProjectsScreen;
use super::report_view::ReportView;
use super::results::{IndicatorsPanel, MethodsPanel, TotalsPanel};
use super::score_summary::ScoreSummary;
use super::share::SharedDraftOffer;
use super::scoring::ScoringSection;
use super::word_export::ExportWord;
use super::workspace::{SaveStatus, Workspace};
use crate::browser::focus::{focus_field, scroll_to, scroll_to_top};
use crate::browser::print::print_page;
use crate::core::examples;
use crate::core::calc::findings::Severity;

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Form,
    Projects,
    Drafts,
    Report,
    Audit,
}

/// Going to the field a finding names: on the form, or in a project's 自评表 on the 项目自评 screen
/// (focused once the screen has opened).
#[derive(Debug, Clone, Copy)]
pub struct Navigation {
    screen: RwSignal<Screen>,
    pending_focus: RwSignal<Option<String>>,
}

impl Navigation {
    pub fn go_to(&self, field: &str, in_project_view: bool) {
        if in_project_view {
            self.pending_focus.set(Some(field.to_string()));
            self.screen.set(Screen::Projects);
        } else {
            focus_field(field);
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::open();
    let screen = RwSignal::new(Screen::Form);
    let file_status = RwSignal::new(None::<FileStatus>);
    let pending_focus = RwSignal::new(None::<String>);
    provide_context(Navigation { screen, pending_focus });
    handle_screen_change(screen);
    handle_dropped_files(ws, screen, file_status);
    view! {
        <Header ws screen/>
        <div class="notices"><SharedDraftOffer ws/><Notices ws/></div>
        <main class="workspace" class:hidden=move || screen.get() != Screen::Form>
            <div class="entry">
                <DraftForm ws/>
                <ScoringSection ws/>
            </div>
            <aside class="results" aria-label="计算结果">
                <MethodsPanel ws/>
                <ScoreSummary ws/>
                <TotalsPanel ws/>
                <IndicatorsPanel ws/>
                <FindingsPanel ws/>
            </aside>
        </main>
        <div class="projects-screen" class:hidden=move || screen.get() != Screen::Projects>
            <ProjectsScreen ws visible=Signal::derive(move || screen.get() == Screen::Projects) focus=pending_focus/>
        </div>
        <div class="drafts-screen" class:hidden=move || screen.get() != Screen::Drafts>
            <DraftsPanel ws file_status visible=Signal::derive(move || screen.get() == Screen::Drafts)/>
        </div>
        <div class="report-screen" class:shown=move || screen.get() == Screen::Report>
            // Shown only where the browser cannot print the page numbers (index.html marks it).
            <p class="note print-note" data-print-note="">
                "此浏览器打印的报告不带页码（页码“— 1 —”需 Chrome 131 及以上版本）。需要页码时，请点“导出 Word”，在 Word 或 WPS 中打印。"
            </p>
            <ReportView ws live=Signal::derive(move || screen.get() == Screen::Report)/>
        </div>
        <div class="audit-screen" class:hidden=move || screen.get() != Screen::Audit>
            <AuditScreen ws visible=Signal::derive(move || screen.get() == Screen::Audit)
                opened=Callback::new(move |_| screen.set(Screen::Form))/>
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

/// A draft file dropped anywhere on the page is imported (as a new draft), never opened by the
/// browser in place of the app, which would lose what is on screen.
fn handle_dropped_files(ws: Workspace, screen: RwSignal<Screen>, file_status: RwSignal<Option<FileStatus>>) {
    let over = window_event_listener(leptos::ev::dragover, |event| event.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, move |event| {
        event.prevent_default();
        let file = event.data_transfer().and_then(|data| data.files()).and_then(|files| files.get(0));
        if let Some(file) = file {
            screen.set(Screen::Drafts);
            import_file(ws, file_status, file);
        }
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
    });
}

#[component]
fn Header(ws: Workspace, screen: RwSignal<Screen>) -> impl IntoView {
    let title = move || ws.name();
    let status = move || match ws.save_status.get() {
        SaveStatus::Saved => ("saved", "已保存".to_string()),
        SaveStatus::Pending => ("pending", "正在保存…".to_string()),
        SaveStatus::Paused => ("paused", "暂停保存：另一标签页修改了此草稿".to_string()),
        SaveStatus::Failed(error) => ("failed", error.to_string()),
    };
    let is_blank = move || ws.draft.with(|d| d.values().next().is_none() && d.projects().is_empty());
    let tab = move |which: Screen, action: &'static str, label: &'static str| {
        view! {
            <button type="button" data-action=action aria-pressed=move || (screen.get() == which).to_string()
                on:click=move |_| screen.set(which)>{label}</button>
        }
    };
    view! {
        <header class="app-header">
            <h1>"部门整体支出绩效自评" <span class="draft-title">{title}</span></h1>
            <nav class="screens" aria-label="视图">
                {tab(Screen::Form, "show-form", "填写")}
                {tab(Screen::Projects, "show-projects", "项目自评")}
                {tab(Screen::Drafts, "show-drafts", "草稿")}
                {tab(Screen::Report, "show-report", "报告预览")}
                {tab(Screen::Audit, "show-audit", "审校报告")}
                <button type="button" data-action="print" class="primary" on:click=move |_| { print_page(); }>"打印 / 存为PDF"</button>
                <ExportWord ws/>
            </nav>
            <FindingsCount ws screen/>
            // Announced only when something needs the user: saving on every pause would be chatty.
            <p class="save-status" data-state=move || status().0
                aria-live=move || if matches!(status().0, "failed" | "paused") { "assertive" } else { "off" }>
                {move || status().1}
            </p>
            <Show when=is_blank>
                <button type="button" data-action="load-example" on:click=move |_| ws.replace(examples::taojiang_2024())>
                    "填入示例（桃江县总工会2024）"
                </button>
            </Show>
        </header>
    }
}

/// How many errors the findings panel lists, leading to it (the panel is far down on a phone).
#[component]
fn FindingsCount(ws: Workspace, screen: RwSignal<Screen>) -> impl IntoView {
    let errors = Memo::new(move |_| ws.evaluation.with(|e| e.findings.iter().filter(|f| f.severity == Severity::Error).count()));
    let go = move |_| {
        screen.set(Screen::Form);
        scroll_to("findings-title");
    };
    view! {
        // A button, not a #fragment link: the URL fragment is left for share links.
        <button type="button" class="findings-count" on:click=go data-errors=move || errors.get().to_string()>
            {move || match errors.get() {
                0 => "审校：无错误".to_string(),
                n => format!("审校：{n} 个错误"),
            }}
        </button>
    }
}
