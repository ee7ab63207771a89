//! The drafts screen (草稿), from the page's side: the draft's name, and a place the tools module fills
//! with the list of drafts and the actions on them (`crate::tools::drafts`), drawn anew whenever the
//! drafts change. What the actions do stays here, with the drafts (`Workspace`): the view asks by
//! name through one callback.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::app::Navigation;
use super::field_input::FieldInput;
use super::remount::RemountOnReplace;
use super::workspace::Workspace;
use crate::browser::clock::now_iso;
use crate::browser::files::{download_text, draft_file_name, read_text};
use crate::browser::tools::{loaded_tools, with_tools};
use crate::core::document::share::link_text;
use crate::core::document::write_document;
use crate::core::draft::Draft;
use crate::core::reading::draft_name::draft_name;

/// The outcome of the last import or export, shown below the actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStatus {
    pub ok: bool,
    pub message: String,
}

#[component]
pub fn DraftsPanel(ws: Workspace, file_status: RwSignal<Option<FileStatus>>, visible: Signal<bool>) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    let navigation = use_context::<Navigation>();
    // Made once: the view calls it for as long as the page lives.
    let on_action = StoredValue::new_local(Closure::<dyn Fn(String, JsValue) -> JsValue>::new(move |action: String, argument: JsValue| {
        if action == "open-audit" {
            navigation.iter().for_each(Navigation::open_audit);
        }
        act(ws, file_status, navigation, &action, argument)
    }));
    Effect::new(move |_| {
        if !visible.get() {
            return;
        }
        ws.drafts_changed.track();
        let current = ws.draft_id.get();
        let deleted = ws.deleted.with(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default());
        let (ok, status) = file_status.with(|s| s.as_ref().map_or((true, String::new()), |s| (s.ok, s.message.clone())));
        let Some(slot) = slot.get_untracked() else { return };
        with_tools(move |tools| match tools {
            Ok(tools) => on_action.with_value(|f| tools.show_drafts(&slot, &current, &deleted, ok, &status, f.as_ref().unchecked_ref())),
            Err(problem) => slot.set_text_content(Some(&problem)),
        });
    });
    // A share link shows the draft as it was when made: it goes with the draft's next change.
    Effect::new(move |seen: Option<()>| {
        ws.draft.track();
        if let (Some(()), Some(tools), Some(slot)) = (seen, loaded_tools(), slot.get_untracked()) {
            tools.forget_share_link(&slot);
        }
    });
    view! {
        <section class="panel drafts-panel" aria-labelledby="drafts-title">
            <h2 id="drafts-title">"草稿"</h2>
            // Its words come with the drafts list (`crate::tools::drafts`): not in the first visit.
            <p class="note drafts-note"></p>
            <div class="current-draft">
                // An unnamed draft shows the name it goes by, as a hint, so the box does not look lost.
                <RemountOnReplace ws>
                    <FieldInput ws id="draft.title" hint=Signal::derive(move || ws.draft.with(|d| draft_name("", d.get("unit.name"), d.get("unit.year"))))/>
                </RemountOnReplace>
            </div>
            <div class="drafts-view" node_ref=slot>"正在打开草稿列表…"</div>
        </section>
    }
}

/// Does what the drafts view asks; answers with the link text for `link-text`, and with the name of the
/// draft next year's was made from for `next-year-draft`.
fn act(ws: Workspace, file_status: RwSignal<Option<FileStatus>>, navigation: Option<Navigation>, action: &str, argument: JsValue) -> JsValue {
    match action {
        "new-draft" => ws.create(Draft::new()),
        "duplicate-draft" => ws.duplicate(),
        "next-year-draft" => {
            let (last_year, opened) = (ws.name(), ws.draft_id.get_untracked());
            ws.start_next_year();
            // Made: the view says what was left behind, naming the draft it stays in.
            if ws.draft_id.get_untracked() != opened {
                return JsValue::from_str(&last_year);
            }
        }
        "delete-draft" => ws.delete_current(),
        "undo-delete-draft" => ws.undo_delete(),
        "restore" => ws.restore(&argument.as_string().unwrap_or_default()),
        "open" => ws.open_draft(&argument.as_string().unwrap_or_default()),
        "import" => {
            if let Ok(file) = argument.dyn_into::<web_sys::File>() {
                take_file(ws, file_status, navigation, file);
            }
        }
        "export-draft" => {
            let text = ws.draft.with_untracked(|d| write_document(d, Some(now_iso())));
            let name = draft_file_name(&ws.name());
            file_status.set(Some(match download_text(&name, &text) {
                Ok(()) => FileStatus { ok: true, message: format!("已导出“{name}”，请妥善保存。") },
                Err(error) => FileStatus { ok: false, message: format!("导出失败：{error}") },
            }));
        }
        "link-text" => return JsValue::from_str(&ws.draft.with_untracked(link_text)),
        _ => {}
    }
    JsValue::UNDEFINED
}

/// A chosen or dropped file: a draft file is imported (the outcome shown in `file_status`); a report's
/// file — last year's Word report, picked or dropped as a draft file by mistake — is read in 审校报告, as
/// if dropped there, where a draft starts from it (its JSON error would say nothing useful).
pub fn take_file(ws: Workspace, file_status: RwSignal<Option<FileStatus>>, navigation: Option<Navigation>, file: web_sys::File) {
    let name = file.name();
    if a_report_file(&name) {
        navigation.iter().for_each(|n| n.open_audit_file(file.clone()));
        return;
    }
    navigation.iter().for_each(Navigation::show_drafts);
    leptos::task::spawn_local(async move {
        let outcome = match read_text(file).await {
            Ok(text) => ws.import(&name, &text),
            Err(error) => Err(error),
        };
        file_status.set(Some(match outcome {
            Ok(message) => FileStatus { ok: true, message },
            Err(message) => FileStatus { ok: false, message },
        }));
    });
}

/// Whether a file is a report's, by its name (the kinds 审校报告 reads, or says how to read).
fn a_report_file(name: &str) -> bool {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    matches!(extension.as_str(), "docx" | "doc" | "wps" | "pdf" | "txt")
}
