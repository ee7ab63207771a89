//! The page's state: the draft being edited, everything derived from it, and its place in storage.
//!
//! One signal holds the draft (the typed text); the evaluation is a `Memo` over it, so a keystroke
//! recomputes the core once and only the parts of the page whose values changed are touched.
//! Outward concerns each have one named effect or handler: `handle_autosave`, `handle_other_tabs`.

use std::time::Duration;

use leptos::prelude::*;

use crate::browser::storage::{DraftStore, Loaded, StoreError, DEFAULT_DRAFT};
use crate::core::reading::draft_name::draft_name;
use crate::core::document::read_document;
use crate::core::draft::{Draft, Project};
use crate::browser::files::{download_text, draft_file_name};
use crate::browser::tools::{loaded_tools, when_tools};
use crate::core::calc::findings::{findings_from_json, Finding};
use crate::core::document::write_document;
use crate::core::evaluation::{errors_first, evaluate_without_project_tables, Evaluation};

/// Whether the draft on screen is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// A change is waiting for typing to pause.
    Pending,
    /// Another tab changed this draft: saving waits for the user's decision.
    Paused,
    Failed(StoreError),
}

/// A project row just removed, kept so the removal can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedProject {
    pub index: usize,
    pub project: Project,
}

/// A newer version of this draft written by another tab, waiting for the user to choose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub theirs: Draft,
    pub text: String,
}

/// A draft just deleted, kept so the deletion can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletedDraft {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Copy)]
pub struct Workspace {
    pub draft: RwSignal<Draft>,
    /// Bumped when the draft is replaced as a whole: inputs are re-created with the new text.
    /// (Inputs are never written to while the user types; see `field_input`.)
    pub revision: RwSignal<u32>,
    /// Everything but the project tables (see [`Workspace::findings`]).
    pub evaluation: Memo<Evaluation>,
    /// The findings about the projects' 自评表, from the tools module (`handle_project_tables`).
    pub project_findings: RwSignal<Vec<Finding>>,
    /// Every finding, the form's and the project tables', errors first: what the panel and badge show.
    pub findings: Memo<Vec<Finding>>,
    /// Whether any figure has been typed: until then nothing is scored, nor called error-free.
    pub started: Memo<bool>,
    pub save_status: RwSignal<SaveStatus>,
    /// A message about stored drafts or files, shown at the top until dismissed.
    pub notice: RwSignal<Option<String>>,
    /// The notice, when it speaks of the open draft only: another draft opened takes it away.
    draft_note: StoredValue<Option<String>>,
    pub removed_project: RwSignal<Option<RemovedProject>>,
    pub draft_id: RwSignal<String>,
    pub conflict: RwSignal<Option<Conflict>>,
    pub deleted: RwSignal<Option<DeletedDraft>>,
    /// Bumped whenever stored drafts change (a save, a new or deleted draft), so the list reads them again.
    pub drafts_changed: RwSignal<u32>,
    /// The stored text this tab last wrote or read: any other text found there came from another tab.
    known_text: StoredValue<Option<String>>,
    /// The draft as last stored, so that opening a draft does not count as a change to save.
    stored_draft: StoredValue<Draft>,
    /// The save waiting for typing to pause.
    pending_save: StoredValue<Option<TimeoutHandle>>,
}

/// How long after the last keystroke the project tables' findings (from the tools module) are brought
/// up to date.
const PROJECT_TABLES_DELAY: Duration = Duration::from_millis(120);

/// How long after the last keystroke the draft is saved. Hiding or closing the page, and switching
/// drafts, save at once; saving on every keystroke would serialise a long draft many times a second.
const SAVE_DELAY: Duration = Duration::from_millis(250);

impl Workspace {
    /// Opens the draft this tab (or browser) had open, or a blank one, and starts saving every change.
    pub fn open() -> Self {
        let draft = RwSignal::new(Draft::new());
        // Every change of the draft changes its evaluation, so comparing old and new would only cost:
        // time on every keystroke and, in the Wasm, a deep equality for every type inside.
        let evaluation = Memo::new_with_compare(move |_| draft.with(evaluate_without_project_tables), |_, _| true);
        let project_findings = RwSignal::new(Vec::new());
        let findings = Memo::new(move |_| {
            let form = evaluation.with(|e| e.findings.clone());
            project_findings.with(|projects: &Vec<Finding>| {
                if projects.is_empty() {
                    form
                } else {
                    errors_first(form.into_iter().chain(projects.iter().cloned()).collect())
                }
            })
        });
        let workspace = Workspace {
            draft,
            revision: RwSignal::new(0),
            evaluation,
            project_findings,
            findings,
            started: Memo::new(move |_| draft.with(Draft::has_figures)),
            save_status: RwSignal::new(SaveStatus::Saved),
            notice: RwSignal::new(None),
            draft_note: StoredValue::new(None),
            removed_project: RwSignal::new(None),
            draft_id: RwSignal::new(DEFAULT_DRAFT.to_string()),
            conflict: RwSignal::new(None),
            deleted: RwSignal::new(None),
            drafts_changed: RwSignal::new(0),
            known_text: StoredValue::new(None),
            stored_draft: StoredValue::new(Draft::new()),
            pending_save: StoredValue::new(None),
        };
        workspace.open_first();
        workspace.handle_autosave();
        workspace.handle_page_hide();
        workspace.handle_other_tabs();
        workspace.handle_project_tables();
        workspace
    }

    /// The name of the open draft, as lists and messages show it.
    pub fn name(&self) -> String {
        self.draft.with(|d| draft_name(d.get("draft.title"), d.get("unit.name"), d.get("unit.year")))
    }

    fn store(&self) -> Option<DraftStore> {
        match DraftStore::open() {
            Ok(store) => Some(store),
            Err(error) => {
                self.save_status.set(SaveStatus::Failed(error));
                None
            }
        }
    }

    fn open_first(&self) {
        let Some(store) = self.store() else { return };
        let newest = || store.list().ok().and_then(|(list, _)| list.first().map(|s| s.id.clone()));
        let id = store
            .last_opened()
            .filter(|id| store.raw(&DraftStore::key(id)).is_some())
            .or_else(newest)
            .unwrap_or_else(|| DEFAULT_DRAFT.to_string());
        self.open_draft(&id);
    }

    /// Shows draft `id` (blank if nothing is stored under it).
    pub fn open_draft(&self, id: &str) {
        if !self.may_leave() {
            return;
        }
        let Some(store) = self.store() else { return };
        let (draft, text) = match store.load(id) {
            Ok(Loaded::Draft { draft, text, .. }) => (draft, Some(text)),
            Ok(Loaded::Nothing) => (Draft::new(), None),
            Ok(Loaded::Unreadable { kept_as, problem }) => {
                self.notice.set(Some(format!(
                    "保存的草稿无法读取（{problem}）。原内容已原样保留在浏览器存储“{kept_as}”中，现从空白草稿开始。"
                )));
                (Draft::new(), None)
            }
            Err(error) => {
                // It could not even be moved aside: leave it where it is and work under a new id.
                self.notice.set(Some(format!("保存的草稿无法读取，也无法另存（{error}）；它保持原样，本次修改另存为新草稿。")));
                return self.switch_to(&DraftStore::new_id(), Draft::new(), None);
            }
        };
        self.switch_to(id, draft, text);
    }

    /// Whether the draft on screen may be left for another: its last keystrokes are stored or, where
    /// the browser's storage refuses them (it is full), kept as a deleted draft or downloaded as a
    /// draft file. The page may be all there is of them: they are never dropped.
    fn may_leave(&self) -> bool {
        if self.keep_unresolved_version() {
            return true;
        }
        self.flush_save();
        self.draft.with_untracked(|d| self.stored_draft.with_value(|stored| stored == d)) || self.keep_discarded(self.draft.get_untracked(), "未保存的修改")
    }

    /// Shows `draft` as draft `id` (the one being left was let go by [`Self::may_leave`], or on purpose).
    fn switch_to(&self, id: &str, draft: Draft, text: Option<String>) {
        self.cancel_pending_save();
        if let Some(note) = self.draft_note.get_value() {
            self.draft_note.set_value(None);
            if self.notice.with_untracked(|shown| shown.as_ref() == Some(&note)) {
                self.notice.set(None);
            }
        }
        self.known_text.set_value(text);
        self.stored_draft.set_value(draft.clone());
        self.conflict.set(None);
        self.removed_project.set(None);
        self.draft_id.set(id.to_string());
        self.replace(draft);
        if let Ok(store) = DraftStore::open() {
            store.set_last_opened(id);
        }
        self.drafts_changed.update(|n| *n = n.wrapping_add(1));
    }

    /// Shows `text` as a notice about the open draft (the example just filled in): on another draft it
    /// would mislead.
    pub fn note_on_this_draft(&self, text: String) {
        self.draft_note.set_value(Some(text.clone()));
        self.notice.set(Some(text));
    }

    /// Replaces the whole draft (an example, another draft) and re-creates the inputs.
    pub fn replace(&self, draft: Draft) {
        self.draft.set(draft);
        self.revision.update(|r| *r = r.wrapping_add(1));
    }

    /// Stores `draft` as a new draft and opens it.
    pub fn create(&self, draft: Draft) {
        if !self.may_leave() {
            return;
        }
        let Some(store) = self.store() else { return };
        let id = DraftStore::new_id();
        match store.save(&id, &draft) {
            Ok(text) => self.switch_to(&id, draft, Some(text)),
            Err(error) => self.notice.set(Some(format!("未能新建草稿：{error}"))),
        }
    }

    pub fn duplicate(&self) {
        let mut copy = self.draft.get_untracked();
        let _ = copy.set("draft.title", &format!("{}（副本）", self.name()));
        self.create(copy);
    }

    /// Made by the tools module, loaded by now: it drew the button that asks for it.
    pub fn start_next_year(&self) {
        let Some(tools) = loaded_tools() else { return };
        let document = self.draft.with_untracked(|d| write_document(d, None));
        if let Ok((next, _)) = read_document(&tools.next_year_document(&document)) {
            self.create(next);
        }
    }

    /// Deletes the open draft (undoably) and opens the newest remaining one, or a blank one.
    pub fn delete_current(&self) {
        let Some(store) = self.store() else { return };
        let id = self.draft_id.get_untracked();
        let name = self.name();
        // Store what is on screen first, so that undo brings back exactly this, and record it as
        // stored: nothing may be left to save into the deleted draft's place afterwards.
        self.cancel_pending_save();
        let deleted = self.draft.with_untracked(|d| store.save(&id, d)).and_then(|text| {
            self.known_text.set_value(Some(text));
            self.stored_draft.set_value(self.draft.get_untracked());
            store.delete(&id)
        });
        if let Err(error) = deleted {
            self.notice.set(Some(format!("未能删除草稿：{error}")));
            return;
        }
        self.deleted.set(Some(DeletedDraft { id, name }));
        match store.list().ok().and_then(|(list, _)| list.first().map(|s| s.id.clone())) {
            Some(next) => self.open_draft(&next),
            None => self.switch_to(&DraftStore::new_id(), Draft::new(), None),
        }
    }

    pub fn undo_delete(&self) {
        if let Some(deleted) = self.deleted.get_untracked() {
            self.restore(&deleted.id);
        }
    }

    /// Brings back a deleted draft (`jixiao.deleted.<id>`) and opens it.
    pub fn restore(&self, id: &str) {
        let Some(store) = self.store() else { return };
        match store.restore(id) {
            Ok(()) => {
                self.deleted.set(None);
                self.open_draft(id);
            }
            Err(error) => self.notice.set(Some(format!("未能恢复草稿：{error}"))),
        }
    }

    /// Imports a draft file's text as a new draft; a bad file changes nothing and says why.
    pub fn import(&self, file_name: &str, text: &str) -> Result<String, String> {
        let draft = read_import(file_name, text)?;
        Ok(self.import_draft(file_name, draft))
    }

    /// Imports the draft of a share link, named as such: it is most often a colleague's edit of a draft
    /// kept here, and two rows of one name in the list invite deleting the wrong one.
    pub fn import_shared(&self, text: &str) -> Result<String, String> {
        let (draft, _) = named_version(read_import("分享链接", text)?, "分享链接导入");
        Ok(self.import_draft("分享链接", draft))
    }

    fn import_draft(&self, file_name: &str, draft: Draft) -> String {
        self.create(draft);
        format!("已将“{file_name}”导入为新草稿“{}”，原有草稿均未改动。", self.name())
    }

    /// Settles a conflict with another tab by taking its version (the user's explicit choice).
    pub fn take_theirs(&self) {
        if let Some(Conflict { theirs, text }) = self.conflict.get_untracked() {
            if !self.keep_discarded(self.draft.get_untracked(), "本页版本") {
                return;
            }
            self.conflict.set(None);
            let id = self.draft_id.get_untracked();
            self.switch_to(&id, theirs, Some(text));
            self.save_status.set(SaveStatus::Saved);
        }
    }

    /// Settles a conflict with another tab by keeping this tab's version (it is saved over theirs).
    pub fn keep_mine(&self) {
        if let Some(Conflict { theirs, text }) = self.conflict.get_untracked() {
            if !self.keep_discarded(theirs, "另一标签页的版本") {
                return;
            }
            self.known_text.set_value(Some(text));
            self.conflict.set(None);
            self.save_now();
        }
    }

    /// The version a conflict's choice sets aside is kept among the deleted drafts, so the choice never
    /// loses what either tab typed; with the storage full it leaves as a draft file instead. Nothing is
    /// settled when it can be kept neither way.
    fn keep_discarded(&self, discarded: Draft, whose: &str) -> bool {
        let Some(store) = self.store() else { return false };
        let (discarded, name) = named_version(discarded, whose);
        let (kept, message) = match store.save_deleted(&discarded) {
            Ok(()) => (true, format!("“{name}”已移入草稿列表的“已删除的草稿”，需要时可恢复。")),
            Err(error) => match download_text(&draft_file_name(&name), &write_document(&discarded, None)) {
                Ok(()) => (true, format!("“{name}”未能存入浏览器（{error}），已下载为草稿文件，需要时可导入。")),
                Err(_) => (false, format!("“{name}”未能保留（{error}），请先导出草稿文件。")),
            },
        };
        self.notice.set(Some(message));
        kept
    }

    /// Leaving a draft while another tab's version of it waits for a decision: this tab's version is
    /// not thrown away but stored as a draft of its own (true when it was; false when there was no
    /// decision waiting, or the version could not be stored and is still only on the page).
    fn keep_unresolved_version(&self) -> bool {
        if self.conflict.with_untracked(Option::is_none) {
            return false;
        }
        self.cancel_pending_save();
        let Some(store) = self.store() else { return false };
        let (mine, name) = named_version(self.draft.get_untracked(), "本页版本");
        let stored = store.save(&DraftStore::new_id(), &mine);
        self.notice.set(Some(match &stored {
            Ok(_) => format!("此草稿在另一标签页中的修改尚未处理，本页的版本已另存为草稿“{name}”。"),
            Err(error) => format!("本页的版本未能另存（{error}），请先导出草稿文件。"),
        }));
        self.conflict.set(None);
        stored.is_ok()
    }

    /// Saves the draft once typing pauses. Never throws away what is on screen: a failure is shown,
    /// and another tab's newer version is never overwritten without the user's word.
    fn handle_autosave(&self) {
        let this = *self;
        Effect::new(move |_| {
            this.draft.track();
            if this.draft.with_untracked(|d| this.stored_draft.with_value(|stored| stored == d)) {
                return;
            }
            this.cancel_pending_save();
            match set_timeout_with_handle(move || this.flush_save(), SAVE_DELAY) {
                Ok(handle) => {
                    this.pending_save.set_value(Some(handle));
                    if this.conflict.with_untracked(Option::is_none) {
                        this.save_status.set(SaveStatus::Pending);
                    }
                }
                Err(_) => this.save_now(),
            }
        });
    }

    /// Saves at once when the page is hidden or closed (tab switched, window closed, reload).
    fn handle_page_hide(&self) {
        let this = *self;
        // Closing the page mid-conflict keeps this tab's version as a draft of its own.
        let hide = window_event_listener(leptos::ev::pagehide, move |_| {
            this.keep_unresolved_version();
            this.flush_save();
        });
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                this.flush_save();
            }
        });
        on_cleanup(move || {
            hide.remove();
            hidden.remove();
        });
    }

    fn cancel_pending_save(&self) {
        if let Some(handle) = self.pending_save.get_value() {
            handle.clear();
            self.pending_save.set_value(None);
        }
    }

    /// Saves now whatever change is waiting.
    pub fn flush_save(&self) {
        self.cancel_pending_save();
        self.save_now();
    }

    fn save_now(&self) {
        if self.conflict.with_untracked(Option::is_some) {
            self.save_status.set(SaveStatus::Paused);
            return;
        }
        if self.draft.with_untracked(|d| self.stored_draft.with_value(|stored| stored == d)) {
            return;
        }
        let Some(store) = self.store() else { return };
        let id = self.draft_id.get_untracked();
        let stored = store.raw(&DraftStore::key(&id));
        if stored.is_some() && stored != self.known_text.get_value() {
            if let Some(text) = stored {
                self.raise_conflict(text);
            }
            return;
        }
        match self.draft.with_untracked(|d| store.save(&id, d)) {
            Ok(text) => {
                self.known_text.set_value(Some(text));
                self.stored_draft.set_value(self.draft.get_untracked());
                self.save_status.set(SaveStatus::Saved);
                self.drafts_changed.update(|n| *n = n.wrapping_add(1));
            }
            Err(error) => self.save_status.set(SaveStatus::Failed(error)),
        }
    }

    fn raise_conflict(&self, text: String) {
        match read_document(&text) {
            Ok((theirs, _)) => {
                self.conflict.set(Some(Conflict { theirs, text }));
                self.save_status.set(SaveStatus::Paused);
            }
            // What the other tab stored is unreadable: keep it aside by not overwriting it; say so.
            Err(problem) => self.notice.set(Some(format!("另一标签页保存的此草稿无法读取（{problem}），本页暂停保存。"))),
        }
    }

    /// Keeps the project tables' findings current: the tools module reads them from the draft's document
    /// once typing pauses (a moment, not every keystroke: the document of twenty tables is sizeable).
    fn handle_project_tables(&self) {
        let this = *self;
        let pending = StoredValue::new(None::<TimeoutHandle>);
        Effect::new(move |_| {
            let evaluated = this.draft.with(|d| d.projects().iter().any(|p| p.is_evaluated()));
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            if !evaluated {
                if this.project_findings.with_untracked(|f| !f.is_empty()) {
                    this.project_findings.set(Vec::new());
                }
                return;
            }
            let ask = move || {
                let document = this.draft.with_untracked(|d| write_document(d, None));
                when_tools(move |tools| {
                    if let Some(findings) = findings_from_json(&tools.project_findings(&document)) {
                        this.project_findings.set(findings);
                    }
                });
            };
            pending.set_value(set_timeout_with_handle(ask, PROJECT_TABLES_DELAY).ok());
        });
    }

    /// Learns at once when another tab writes the open draft (the `storage` event fires in other tabs).
    fn handle_other_tabs(&self) {
        let this = *self;
        let handle = window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
            let Some(key) = event.key() else { return };
            if DraftStore::id_of_key(&key).is_some() {
                this.drafts_changed.update(|n| *n = n.wrapping_add(1));
            }
            if key != DraftStore::key(&this.draft_id.get_untracked()) {
                return;
            }
            match event.new_value() {
                Some(text) if Some(&text) != this.known_text.get_value().as_ref() => this.raise_conflict(text),
                Some(_) => {}
                None => this.notice.set(Some("此草稿已在另一标签页中删除；本页内容仍在，继续编辑会重新保存。".to_string())),
            }
        });
        on_cleanup(move || handle.remove());
    }
}

/// A version of a draft kept beside it, titled by its own name and whose it was (“甲单位（本页版本）”).
fn read_import(file_name: &str, text: &str) -> Result<Draft, String> {
    read_document(text).map(|(draft, _)| draft).map_err(|e| format!("未导入“{file_name}”：{e}"))
}

fn named_version(mut draft: Draft, whose: &str) -> (Draft, String) {
    let name = format!("{}（{whose}）", draft_name(draft.get("draft.title"), draft.get("unit.name"), draft.get("unit.year")));
    let _ = draft.set("draft.title", &name);
    (draft, name)
}
