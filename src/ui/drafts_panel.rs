//! The drafts panel: every draft in this browser, and what a clerk does with them — open, new,
//! duplicate, start next year's, rename, export to a file, import a file, delete (with undo).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::field_input::FieldInput;
use super::remount::RemountOnReplace;
use super::share::ShareLink;
use super::workspace::Workspace;
use crate::browser::files::{download_text, draft_file_name, read_text};
use crate::browser::storage::{DraftStore, DraftSummary};
use crate::core::document::write_document;
use crate::core::draft::Draft;
use crate::core::reading::draft_name::draft_name;

/// The outcome of the last import or export, shown beside the buttons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStatus {
    pub ok: bool,
    pub message: String,
}

#[component]
pub fn DraftsPanel(ws: Workspace, file_status: RwSignal<Option<FileStatus>>, visible: Signal<bool>) -> impl IntoView {
    // Read from storage only while the panel is shown; then it follows every save (titles, units).
    let stored = Memo::new(move |_| {
        if !visible.get() {
            return StoredDrafts::default();
        }
        ws.drafts_changed.track();
        StoredDrafts::read()
    });
    let drafts = move || stored.with(|s| s.drafts.clone());
    let export = move |_| {
        let text = ws.draft.with_untracked(|d| write_document(d, Some(crate::browser::clock::now_iso())));
        let name = draft_file_name(&ws.name());
        file_status.set(Some(match download_text(&name, &text) {
            Ok(()) => FileStatus { ok: true, message: format!("已导出“{name}”，请妥善保存。") },
            Err(error) => FileStatus { ok: false, message: format!("导出失败：{error}") },
        }));
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            import_file(ws, file_status, file);
        }
        // Let the same file be chosen again after fixing it.
        input.set_value("");
    };
    view! {
        <section class="panel drafts-panel" aria-labelledby="drafts-title">
            <h2 id="drafts-title">"草稿"</h2>
            <p class="note">"草稿只保存在本浏览器中，每次修改自动保存。换电脑或清理浏览器前，请导出草稿文件。"</p>
            <div class="current-draft">
                // An unnamed draft shows the name it goes by, as a hint, so the box does not look lost.
                <RemountOnReplace ws>
                    <FieldInput ws id="draft.title" hint=Signal::derive(move || ws.draft.with(|d| draft_name("", d.get("unit.name"), d.get("unit.year"))))/>
                </RemountOnReplace>
            </div>
            <div class="actions">
                <button type="button" data-action="new-draft" on:click=move |_| ws.create(Draft::new())>"新建空白草稿"</button>
                <button type="button" data-action="duplicate-draft" on:click=move |_| ws.duplicate()>"复制本草稿"</button>
                <button type="button" data-action="next-year-draft" on:click=move |_| ws.start_next_year()>"生成下一年度草稿"</button>
                <button type="button" data-action="export-draft" on:click=export>"导出草稿文件"</button>
                <label class="button">
                    "导入草稿文件"
                    <input type="file" accept=".json,application/json" data-action="import-draft" on:change=on_file/>
                </label>
                <button type="button" class="danger" data-action="delete-draft" on:click=move |_| ws.delete_current()>"删除本草稿"</button>
            </div>
            <ShareLink ws/>
            // Below the whole toolbar, not between its buttons.
            <FileStatusLine file_status/>
            <DeletedUndo ws/>
            <table class="drafts-list">
                <thead><tr><th scope="col">"草稿"</th><th scope="col">"单位"</th><th scope="col">"年度"</th><th scope="col">"最后保存"</th></tr></thead>
                <tbody>
                    <For each=drafts key=|s| s.clone() let:summary>
                        <DraftRow ws summary/>
                    </For>
                </tbody>
            </table>
            <KeptAside stored/>
        </section>
    }
}

/// What storage holds: the readable drafts, and what was found unreadable and kept aside.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct StoredDrafts {
    drafts: Vec<DraftSummary>,
    /// Problems found while listing (each entry has been moved aside).
    problems: Vec<String>,
    kept_aside: Vec<String>,
    error: Option<String>,
}

impl StoredDrafts {
    fn read() -> Self {
        let read = DraftStore::open().and_then(|store| {
            let (drafts, problems) = store.list()?;
            Ok(StoredDrafts { drafts, problems, kept_aside: store.kept_aside()?, error: None })
        });
        read.unwrap_or_else(|error| StoredDrafts { error: Some(error.to_string()), ..Default::default() })
    }
}

/// Entries that could not be read are kept, never deleted: here they can be saved as files for
/// recovery (by hand, or by whoever supports the clerk).
#[component]
fn KeptAside(stored: Memo<StoredDrafts>) -> impl IntoView {
    move || {
        stored.with(|s| {
            let nothing = s.problems.is_empty() && s.kept_aside.is_empty() && s.error.is_none();
            (!nothing).then(|| {
                let problems = s.problems.iter().chain(&s.error).map(|p| view! { <li>{p.clone()}</li> }).collect_view();
                let kept = s.kept_aside.iter().map(|key| view! { <KeptEntry key=key.clone()/> }).collect_view();
                view! {
                    <div class="kept-aside" data-kept-aside="">
                        <h3>"无法读取而保留的内容"</h3>
                        <ul class="problems">{problems}</ul>
                        <ul>{kept}</ul>
                    </div>
                }
            })
        })
    }
}

#[component]
fn KeptEntry(key: String) -> impl IntoView {
    let download = {
        let key = key.clone();
        move |_| {
            if let Some(text) = DraftStore::open().ok().and_then(|store| store.raw(&key)) {
                let _ = download_text(&format!("{key}.txt"), &text);
            }
        }
    };
    view! {
        <li>
            <code>{key}</code>
            " "
            <button type="button" data-action="download-kept" on:click=download>"下载原始内容"</button>
        </li>
    }
}

#[component]
fn DraftRow(ws: Workspace, summary: DraftSummary) -> impl IntoView {
    let id = summary.id.clone();
    let is_current = {
        let id = id.clone();
        move || ws.draft_id.with(|current| *current == id)
    };
    let open = {
        let id = id.clone();
        move |_| ws.open_draft(&id)
    };
    view! {
        <tr data-draft-id=id class:current=is_current.clone()>
            <td>
                <button type="button" class="link" on:click=open disabled=is_current.clone()>{summary.display_name()}</button>
                <Show when=is_current.clone()><span class="badge">"当前"</span></Show>
            </td>
            <td>{summary.unit.clone()}</td>
            <td>{summary.year.clone()}</td>
            <td>{local_time(&summary.saved_at)}</td>
        </tr>
    }
}

/// `2025-03-01T08:00:00.000Z` in the reader's time zone, as 2025-03-01 16:00.
fn local_time(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return String::new();
    }
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

#[component]
fn FileStatusLine(file_status: RwSignal<Option<FileStatus>>) -> impl IntoView {
    move || {
        file_status.get().map(|status| {
            view! {
                <p class="file-status" class:error=!status.ok data-file-status=if status.ok { "ok" } else { "error" } role="status">
                    {status.message}
                </p>
            }
        })
    }
}

#[component]
fn DeletedUndo(ws: Workspace) -> impl IntoView {
    move || {
        ws.deleted.get().map(|deleted| {
            view! {
                <p class="undo" role="status">
                    {format!("已删除草稿“{}”。", deleted.name)}
                    <button type="button" data-action="undo-delete-draft" on:click=move |_| ws.undo_delete()>"撤销删除"</button>
                </p>
            }
        })
    }
}

/// Reads a chosen or dropped file and imports it; the outcome is shown in `file_status`.
pub fn import_file(ws: Workspace, file_status: RwSignal<Option<FileStatus>>, file: web_sys::File) {
    let name = file.name();
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
