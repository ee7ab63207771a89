//! The page's state: the draft being edited and everything derived from it.
//!
//! One signal holds the draft (the typed text); the evaluation is a `Memo` over it, so a keystroke
//! recomputes the core once and only the parts of the page whose values changed are touched.

use leptos::prelude::*;

use crate::browser::storage::{DraftStore, Loaded, StoreError, DEFAULT_DRAFT, RECOVERY_DRAFT};
use crate::core::draft::{Draft, Project};
use crate::core::evaluation::{evaluate, Evaluation};

/// Whether the draft on screen is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Failed(StoreError),
}

/// A project row just removed, kept so the removal can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedProject {
    pub index: usize,
    pub project: Project,
}

#[derive(Clone, Copy)]
pub struct Workspace {
    pub draft: RwSignal<Draft>,
    /// Bumped when the draft is replaced as a whole: inputs are re-created with the new text.
    /// (Inputs are never written to while the user types; see `field_input`.)
    pub revision: RwSignal<u32>,
    pub evaluation: Memo<Evaluation>,
    pub save_status: RwSignal<SaveStatus>,
    /// A message about the stored draft shown once at the top (e.g. an unreadable entry kept aside).
    pub notice: RwSignal<Option<String>>,
    pub removed_project: RwSignal<Option<RemovedProject>>,
    /// The storage key's draft id. Not the default one when the default entry could not be read
    /// or moved aside: then saving there would overwrite it.
    draft_id: &'static str,
}

impl Workspace {
    /// Opens the stored draft (or a blank one) and starts saving every change.
    pub fn open() -> Self {
        let Opened { draft, draft_id, notice, save_status } = open_stored();
        let draft = RwSignal::new(draft);
        let workspace = Workspace {
            draft,
            revision: RwSignal::new(0),
            evaluation: Memo::new(move |_| draft.with(evaluate)),
            save_status: RwSignal::new(save_status),
            notice: RwSignal::new(notice),
            removed_project: RwSignal::new(None),
            draft_id,
        };
        workspace.handle_autosave();
        workspace
    }

    /// Replaces the whole draft (an example, an import) and re-creates the inputs.
    pub fn replace(&self, draft: Draft) {
        self.draft.set(draft);
        self.revision.update(|r| *r = r.wrapping_add(1));
    }

    /// Saves the draft on every change. Never throws away what is on screen: a failure is shown.
    fn handle_autosave(&self) {
        let (draft, save_status, draft_id) = (self.draft, self.save_status, self.draft_id);
        Effect::new(move |previous: Option<()>| {
            let result = draft.with(|draft| DraftStore::open().and_then(|store| store.save(draft_id, draft)));
            // The first run only stores what was just loaded; skip it so an unreadable entry's message stays.
            if previous.is_some() || result.is_err() {
                save_status.set(match result {
                    Ok(()) => SaveStatus::Saved,
                    Err(error) => SaveStatus::Failed(error),
                });
            }
        });
    }
}

struct Opened {
    draft: Draft,
    draft_id: &'static str,
    notice: Option<String>,
    save_status: SaveStatus,
}

fn open_stored() -> Opened {
    let blank = |draft_id, notice, save_status| Opened { draft: Draft::new(), draft_id, notice, save_status };
    let store = match DraftStore::open() {
        Ok(store) => store,
        Err(error) => return blank(DEFAULT_DRAFT, None, SaveStatus::Failed(error)),
    };
    match store.load(DEFAULT_DRAFT) {
        Ok(Loaded::Draft(draft)) => Opened { draft, draft_id: DEFAULT_DRAFT, notice: None, save_status: SaveStatus::Saved },
        Ok(Loaded::Nothing) => blank(DEFAULT_DRAFT, None, SaveStatus::Saved),
        Ok(Loaded::Unreadable { kept_as, problem }) => {
            let notice = format!(
                "上次保存的草稿无法读取（{problem}）。原内容已原样保留在浏览器存储“{kept_as}”中，现从空白草稿开始。"
            );
            blank(DEFAULT_DRAFT, Some(notice), SaveStatus::Saved)
        }
        Err(error) => {
            let notice = format!("上次保存的草稿无法读取，也无法另存（{error}）；它保持原样，本次修改另行保存。");
            blank(RECOVERY_DRAFT, Some(notice), SaveStatus::Saved)
        }
    }
}
