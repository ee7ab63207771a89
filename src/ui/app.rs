//! The page: a header with the screens (fill in, drafts, report preview, audit a report), and the screen shown.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::audit::AuditScreen;
use super::deferred::{AfterFirstPaint, FirstPaint};
use super::drafts_panel::{take_file, DraftsPanel, FileStatus};
use super::findings_panel::FindingsPanel;
use super::form::DraftForm;
use super::live_bar::LiveBar;
use super::notices::Notices;
use super::projects_screen::ProjectsScreen;
use super::report_view::ReportView;
use super::results::{IndicatorsPanel, MethodsPanel, TotalsPanel};
use super::score_summary::ScoreSummary;
use super::share::SharedDraftOffer;
use super::scoring::ScoringSection;
use super::word_export::ExportWord;
use super::workspace::{SaveStatus, Workspace};
use crate::browser::focus::{focus_element, focus_field, scroll_to, scroll_to_top};
use crate::browser::keys::{enter_moves_on, undo_key_takes_offer};
use crate::browser::dom::on_window_capture;
use crate::browser::print::print_page;
use crate::browser::storage::session_storage;
use crate::browser::tools::{loaded_tools, with_tools};
use crate::core::document::read_document;
use crate::core::calc::findings::Severity;
use crate::core::draft::fields::parse_project_field_id;

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Form,
    Projects,
    Drafts,
    Report,
    Audit,
}

/// Where this tab keeps its screen, so that a reload (F5) brings the clerk back to it. Not the URL:
/// its fragment is left for share links.
const SHOWN_SCREEN: &str = "jixiao.screen";

impl Screen {
    /// The screen this tab showed before a reload; the form in a new tab.
    fn kept() -> Self {
        let kept = session_storage().and_then(|s| s.get_item(SHOWN_SCREEN).ok().flatten());
        kept.and_then(|key| Self::of_key(&key)).unwrap_or(Self::Form)
    }

    /// The screen of a history step's state: its key, before any colon (“audit:report”, a report the pile opened).
    fn of_key(key: &str) -> Option<Self> {
        let key = key.split(':').next().unwrap_or(key);
        [Self::Form, Self::Projects, Self::Drafts, Self::Report, Self::Audit].into_iter().find(|s| s.key() == key)
    }

    fn key(self) -> &'static str {
        match self {
            Self::Form => "form",
            Self::Projects => "projects",
            Self::Drafts => "drafts",
            Self::Report => "report",
            Self::Audit => "audit",
        }
    }
}

/// Going to the field a finding names: on the form, or in a project's 自评表 on the 项目自评 screen
/// (focused once the screen has opened).
#[derive(Debug, Clone, Copy)]
pub struct Navigation {
    screen: RwSignal<Screen>,
    pending_focus: RwSignal<Option<String>>,
    /// A report's file brought to 审校报告 from another screen, until the screen has read it.
    report_file: RwSignal<Option<web_sys::File>, LocalStorage>,
}

impl Navigation {
    /// Shows the screen `field` is edited on and focuses it there.
    pub fn go_to(&self, field: &str) {
        if in_project_view(field) {
            self.pending_focus.set(Some(field.to_string()));
            self.screen.set(Screen::Projects);
        } else if self.screen.get_untracked() == Screen::Form {
            focus_field(field);
        } else {
            // The form is shown by this turn's render; the field is focused once it is there.
            self.screen.set(Screen::Form);
            let field = field.to_string();
            request_animation_frame(move || {
                focus_field(&field);
            });
        }
    }
}

impl Navigation {
    /// Shows 审校报告 with the cursor in its box, where last year's report is pasted to start a draft
    /// from. The tools module draws the box on the screen's first showing: focused once it has (the
    /// screen's own wait for the module is the earlier one).
    pub fn open_audit(&self) {
        self.screen.set(Screen::Audit);
        request_animation_frame(|| {
            with_tools(|_| {
                focus_element("[data-audit=text]");
            })
        });
    }
}

impl Navigation {
    /// Shows 审校报告 with a report's file read there as if dropped on it: its 审校 shown, 据此新建草稿 a
    /// click away (a report dropped elsewhere, or picked as a draft file).
    pub fn open_audit_file(&self, file: web_sys::File) {
        self.report_file.set(Some(file));
        self.screen.set(Screen::Audit);
    }

    /// Shows 草稿, where a draft file is imported.
    pub fn show_drafts(&self) {
        self.screen.set(Screen::Drafts);
    }
}

/// Fields edited only in a project's 自评表: its own cells beyond the form's, its indicator grid, the options.
fn in_project_view(field: &str) -> bool {
    field.starts_with("project_eval.") || field.contains(".indicators.") || parse_project_field_id(field).is_some_and(|(_, column)| column.is_sheet())
}

#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::open();
    let screen = RwSignal::new(Screen::kept());
    let file_status = RwSignal::new(None::<FileStatus>);
    let pending_focus = RwSignal::new(None::<String>);
    let report_file = RwSignal::new_local(None);
    let navigation = Navigation { screen, pending_focus, report_file };
    provide_context(navigation);
    provide_context(FirstPaint::start());
    let audit_badge = RwSignal::new(None::<String>);
    handle_screen_change(screen);
    handle_tools_preload();
    handle_keys();
    handle_dropped_files(ws, navigation, file_status);
    handle_passing_notices(ws, file_status);
    view! {
        <Header ws screen audit_badge/>
        <div class="notices"><SharedDraftOffer ws/><Notices ws/></div>
        <main class="workspace" class:hidden=move || screen.get() != Screen::Form>
            <LiveBar ws/>
            <div class="entry">
                <DraftForm ws/>
                <AfterFirstPaint part=3><ScoringSection ws/></AfterFirstPaint>
            </div>
            <aside class="results" id="results" aria-label="计算结果">
                <AfterFirstPaint part=1><MethodsPanel ws/><ScoreSummary ws/></AfterFirstPaint>
                <TotalsPanel ws/>
                <AfterFirstPaint part=1><IndicatorsPanel ws/></AfterFirstPaint>
                <AfterFirstPaint part=2><FindingsPanel ws/></AfterFirstPaint>
            </aside>
        </main>
        <AfterFirstPaint part=4><OtherScreens ws screen file_status pending_focus report_file audit_badge/></AfterFirstPaint>
    }
}

/// The screens besides the form, hidden until chosen (and rendered after the first paint).
#[component]
fn OtherScreens(
    ws: Workspace,
    screen: RwSignal<Screen>,
    file_status: RwSignal<Option<FileStatus>>,
    pending_focus: RwSignal<Option<String>>,
    report_file: RwSignal<Option<web_sys::File>, LocalStorage>,
    audit_badge: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        <div class="projects-screen" class:hidden=move || screen.get() != Screen::Projects>
            <ProjectsScreen ws visible=Signal::derive(move || screen.get() == Screen::Projects) focus=pending_focus/>
        </div>
        <div class="drafts-screen" class:hidden=move || screen.get() != Screen::Drafts>
            <DraftsPanel ws file_status visible=Signal::derive(move || screen.get() == Screen::Drafts)/>
        </div>
        // Before the report: printed from its screen, the audit takes the report's place (style/audit.css).
        <div class="audit-screen" class:hidden=move || screen.get() != Screen::Audit>
            <AuditScreen ws visible=Signal::derive(move || screen.get() == Screen::Audit)
                opened=Callback::new(move |_| screen.set(Screen::Form)) badge=audit_badge dropped=report_file/>
        </div>
        <div class="report-screen" class:shown=move || screen.get() == Screen::Report>
            // Shown only where the browser cannot print the page numbers (index.html marks it); its words
            // come with the report (`crate::tools::report`).
            <p class="note print-note" data-print-note=""></p>
            <ReportView ws live=Signal::derive(move || screen.get() == Screen::Report)/>
        </div>
    }
}

/// How long after the page starts the tools module is fetched: the report, which prints from any
/// screen, is written by it, so it should be there before anyone prints, without slowing the start.
const TOOLS_PRELOAD: std::time::Duration = std::time::Duration::from_millis(300);

fn handle_tools_preload() {
    set_timeout(|| with_tools(|_| {}), TOOLS_PRELOAD);
}

/// Enter in a one-line field moves to the next field, and Ctrl+Z outside one takes an offer to undo a
/// deletion (see `browser::keys`), on every screen.
fn handle_keys() {
    let keydown = window_event_listener(leptos::ev::keydown, |event| {
        let _ = enter_moves_on(&event) || undo_key_takes_offer(&event);
    });
    on_cleanup(move || keydown.remove());
}

/// Prints the report: at once when the tools module is there to write it (the `beforeprint` handler
/// does), else once it has arrived.
fn print() {
    if loaded_tools().is_some() {
        print_page();
    } else {
        with_tools(|_| {
            print_page();
        });
    }
}

/// The offers to undo a deletion and the outcome of the last file import or export stay only until
/// the clerk does something else: clicks another button or types. (An offer to undo a deletion left
/// standing could bring back a draft beside one imported since, under the same name.) A project row's
/// offer outlasts typing: a clerk who deletes the wrong row goes on to the next figure before seeing it,
/// and the row goes back to its place whatever was typed since. The listener runs first (capture
/// phase), so an action's own new notice follows it.
fn handle_passing_notices(ws: Workspace, file_status: RwSignal<Option<FileStatus>>) {
    let clear = move |event: web_sys::Event| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let action = target.as_ref().and_then(|t| t.closest("button, label, input, select, textarea").ok().flatten());
        let Some(action) = action else { return };
        let undo = action.get_attribute("data-action").unwrap_or_default();
        if event.type_() == "click" && matches!(action.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
            return;
        }
        // The second click of a double-click does nothing (删除 ignores it): nor does it take the offer away.
        if event.dyn_ref::<web_sys::MouseEvent>().is_some_and(|click| click.detail() > 1) {
            return;
        }
        // Only what is shown is cleared: a needless change would redraw what depends on it.
        if undo != "undo-delete-draft" && ws.deleted.with_untracked(Option::is_some) {
            ws.deleted.set(None);
        }
        if event.type_() == "click" && undo != "undo-remove-project" && ws.removed_project.with_untracked(Option::is_some) {
            ws.removed_project.set(None);
        }
        if file_status.with_untracked(Option::is_some) {
            file_status.set(None);
        }
    };
    on_window_capture(&["click", "input"], clear);
}

/// A screen just switched to starts at its top (effects run after the DOM shows it), is kept for this
/// tab's next reload, and is a step of the tab's history: the browser's Back (a mouse's back button)
/// returns to the screen before, as on a site of pages, rather than leaving the app. Each step's state is
/// its screen's key; the address stays as it is (its fragment is the share links').
fn handle_screen_change(screen: RwSignal<Screen>) {
    let history = web_sys::window().and_then(|w| w.history().ok());
    if let Some(history) = history.as_ref().filter(|h| h.state().is_ok_and(|s| s.is_null())) {
        let _ = history.replace_state(&screen.get_untracked().key().into(), "");
    }
    Effect::new(move |previous: Option<Screen>| {
        let current = screen.get();
        if previous.is_some_and(|p| p != current) {
            scroll_to_top();
            // Best effort: a reload that forgets the screen loses no data.
            if let Some(session) = session_storage() {
                let _ = session.set_item(SHOWN_SCREEN, current.key());
            }
            // A switch made by Back or Forward is already the step it returned to.
            let returned = |h: &web_sys::History| h.state().ok().and_then(|s| s.as_string()).and_then(|key| Screen::of_key(&key)) == Some(current);
            if let Some(history) = history.as_ref().filter(|h| !returned(h)) {
                let _ = history.push_state(&current.key().into(), "");
            }
        }
        current
    });
    on_window_capture(&["popstate"], move |_| {
        let state = web_sys::window().and_then(|w| w.history().ok()).and_then(|h| h.state().ok());
        if let Some(stepped) = state.and_then(|s| s.as_string()).and_then(|key| Screen::of_key(&key)) {
            screen.set(stepped);
        }
    });
}

/// A draft file dropped anywhere on the page is imported (as a new draft), a report's read in 审校报告,
/// never opened by the browser in place of the app, which would lose what is on screen.
fn handle_dropped_files(ws: Workspace, navigation: Navigation, file_status: RwSignal<Option<FileStatus>>) {
    let over = window_event_listener(leptos::ev::dragover, |event| event.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, move |event| {
        event.prevent_default();
        let file = event.data_transfer().and_then(|data| data.files()).and_then(|files| files.get(0));
        if let Some(file) = file {
            take_file(ws, file_status, Some(navigation), file);
        }
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
    });
}

#[component]
fn Header(ws: Workspace, screen: RwSignal<Screen>, audit_badge: RwSignal<Option<String>>) -> impl IntoView {
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
                <button type="button" data-action="print" class="primary" on:click=move |_| print()>"打印 / 存为PDF"</button>
                <ExportWord ws/>
            </nav>
            <FindingsCount ws screen audit_badge/>
            // Announced only when something needs the user: saving on every pause would be chatty.
            <p class="save-status" data-state=move || status().0
                aria-live=move || if matches!(status().0, "failed" | "paused") { "assertive" } else { "off" }>
                {move || status().1}
            </p>
            <Show when=is_blank>
                <button type="button" data-action="load-example" on:click=move |_| load_example(ws)>
                    "填入示例（桃江县总工会2024）"
                </button>
            </Show>
        </header>
    }
}

/// Fills a blank draft with the seed report, figures and text (from the tools module: the text is not
/// part of the first visit). If the clerk starts typing before it arrives, their text wins.
fn load_example(ws: Workspace) {
    with_tools(move |tools| {
        let loaded = tools.and_then(|tools| {
            let answer = tools.example_document();
            let (note, rest) = answer.split_once('\n').unwrap_or_default();
            let (not_loaded, document) = rest.split_once('\n').unwrap_or_default();
            read_document(document).map(|(draft, _)| (draft, note.to_string(), not_loaded.to_string())).map_err(|problem| problem.to_string())
        });
        match loaded {
            Ok((example, note, _)) if ws.draft.with_untracked(|d| !d.has_figures() && d.values().next().is_none()) => {
                ws.replace(example);
                ws.note_on_this_draft(note);
            }
            Ok((_, _, not_loaded)) => ws.notice.set(Some(not_loaded)),
            Err(problem) => ws.notice.set(Some(format!("示例未能载入：{problem}"))),
        }
    });
}

/// How many errors the findings panel lists, leading to it (the panel is far down on a phone); on the
/// 审校报告 screen, what the audit found in the report shown there (its words come from the tools).
#[component]
fn FindingsCount(ws: Workspace, screen: RwSignal<Screen>, audit_badge: RwSignal<Option<String>>) -> impl IntoView {
    let errors = Memo::new(move |_| ws.findings.with(|all| all.iter().filter(|f| f.severity == Severity::Error).count()));
    let audited = move || (screen.get() == Screen::Audit).then(|| audit_badge.get()).flatten();
    let go = move |_| {
        if audited().is_some() {
            scroll_to("audit-summary");
            return;
        }
        screen.set(Screen::Form);
        scroll_to("findings-title");
    };
    view! {
        // A button, not a #fragment link: the URL fragment is left for share links.
        <button type="button" class="findings-count" on:click=go data-errors=move || errors.get().to_string()>
            {move || match (audited(), errors.get()) {
                (Some(said), _) => said,
                // “无错误” over a draft with nothing typed reads as a green light to a new clerk.
                (None, 0) if !ws.started.get() => "审校：尚未填写数据".to_string(),
                (None, 0) => "审校：无错误".to_string(),
                (None, n) => format!("审校：{n} 个错误"),
            }}
        </button>
    }
}
