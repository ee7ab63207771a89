//! Drafts in localStorage, as draft documents (the same JSON as exported files).
//!
//! Several drafts live side by side under `jixiao.draft.<id>`. Nothing stored is ever silently
//! dropped: an entry that cannot be read is moved aside under its own key and reported, a deleted
//! draft goes to `jixiao.deleted.<id>` until it is restored, and a full quota is reported with the
//! way out while the draft on screen is kept.

use std::fmt;

use wasm_bindgen::JsCast;

use crate::core::document::{read_document, write_document};
use crate::core::draft::Draft;
use crate::core::reading::draft_name::draft_name;

use super::clock::now_iso;

/// Prefixes of every key this app writes, so it never touches another app's entries on the origin.
const DRAFT_PREFIX: &str = "jixiao.draft.";
const ASIDE_PREFIX: &str = "jixiao.unreadable.";
const DELETED_PREFIX: &str = "jixiao.deleted.";
/// The draft last opened in this browser (localStorage) and in this tab (sessionStorage).
const LAST_OPENED: &str = "jixiao.last-opened";

/// The draft id of the first draft a browser gets.
pub const DEFAULT_DRAFT: &str = "default";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is switched off (private mode, policy) or missing.
    Unavailable,
    /// The browser's storage for this site is full.
    QuotaExceeded,
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => f.write_str("浏览器禁止了本地存储，草稿无法自动保存；请勿关闭页面，并尽快导出草稿文件"),
            Self::QuotaExceeded => f.write_str("浏览器存储空间已满，最新修改未能保存；页面上的内容仍在，请导出草稿文件或删除旧草稿"),
            Self::Other(detail) => write!(f, "保存失败（{detail}）；页面上的内容仍在，请导出草稿文件"),
        }
    }
}

/// What was found under a draft's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    Nothing,
    /// The draft, the exact stored text it was read from, and when that was saved.
    Draft { draft: Draft, text: String, saved_at: Option<String> },
    /// The entry could not be read; it now lives under `kept_as` and the problem says why.
    Unreadable { kept_as: String, problem: String },
}

/// One line of the drafts list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DraftSummary {
    pub id: String,
    pub title: String,
    pub unit: String,
    pub year: String,
    pub saved_at: String,
}

/// localStorage, as a store of drafts.
pub struct DraftStore {
    storage: web_sys::Storage,
}

impl DraftStore {
    pub fn open() -> Result<Self, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            _ => Err(StoreError::Unavailable),
        }
    }

    pub fn key(draft_id: &str) -> String {
        format!("{DRAFT_PREFIX}{draft_id}")
    }

    /// The draft id stored under `key`, if it is a draft's key.
    pub fn id_of_key(key: &str) -> Option<&str> {
        key.strip_prefix(DRAFT_PREFIX)
    }

    /// A fresh id: the time in base 36 and a random tail, so two tabs never pick the same one.
    pub fn new_id() -> String {
        let millis = js_sys::Date::now() as u64;
        let random = (js_sys::Math::random() * 1_679_616.0) as u64; // 36^4
        format!("{}{}", to_base36(millis), to_base36(random))
    }

    /// Loads a draft; an unreadable entry is moved aside (kept) before anything can overwrite it.
    pub fn load(&self, draft_id: &str) -> Result<Loaded, StoreError> {
        let key = Self::key(draft_id);
        let Some(text) = self.storage.get_item(&key).map_err(|_| StoreError::Unavailable)? else {
            return Ok(Loaded::Nothing);
        };
        match read_document(&text) {
            Ok((draft, document)) => Ok(Loaded::Draft { draft, text, saved_at: document.saved_at }),
            Err(problem) => {
                let kept_as = format!("{ASIDE_PREFIX}{draft_id}.{}", now_iso());
                // Copy first, remove second: if the copy fails the original stays where it was.
                self.storage.set_item(&kept_as, &text).map_err(classify)?;
                self.storage.remove_item(&key).map_err(classify)?;
                Ok(Loaded::Unreadable { kept_as, problem: problem.to_string() })
            }
        }
    }

    /// Saves a draft and returns the exact text stored.
    pub fn save(&self, draft_id: &str, draft: &Draft) -> Result<String, StoreError> {
        let json = write_document(draft, Some(now_iso()));
        self.storage.set_item(&Self::key(draft_id), &json).map_err(classify)?;
        Ok(json)
    }

    /// The stored text under a key.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    /// Every stored draft, newest first. Unreadable entries are moved aside and named in the problems.
    pub fn list(&self) -> Result<(Vec<DraftSummary>, Vec<String>), StoreError> {
        let mut summaries = Vec::new();
        let mut problems = Vec::new();
        for id in self.draft_ids()? {
            match self.load(&id)? {
                Loaded::Draft { draft, saved_at, .. } => summaries.push(summary(&id, &draft, saved_at)),
                Loaded::Unreadable { kept_as, problem } => {
                    problems.push(format!("草稿“{id}”无法读取（{problem}），原内容已保留在“{kept_as}”"))
                }
                Loaded::Nothing => {}
            }
        }
        sort_short_list(&mut summaries, |a, b| a.saved_at > b.saved_at);
        Ok((summaries, problems))
    }

    fn draft_ids(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.keys()?.iter().filter_map(|key| Self::id_of_key(key).map(str::to_string)).collect())
    }

    /// Drafts deleted in this browser, still restorable, newest first (by when they were last saved).
    pub fn deleted(&self) -> Result<Vec<DraftSummary>, StoreError> {
        let mut summaries: Vec<DraftSummary> = self
            .keys()?
            .iter()
            .filter_map(|key| {
                let id = key.strip_prefix(DELETED_PREFIX)?;
                let (draft, document) = read_document(&self.raw(key)?).ok()?;
                Some(summary(id, &draft, document.saved_at))
            })
            .collect();
        sort_short_list(&mut summaries, |a, b| a.saved_at > b.saved_at);
        Ok(summaries)
    }

    /// Keys of entries kept aside because they could not be read, oldest first.
    pub fn kept_aside(&self) -> Result<Vec<String>, StoreError> {
        let mut keys: Vec<String> = self.keys()?.into_iter().filter(|key| key.starts_with(ASIDE_PREFIX)).collect();
        sort_short_list(&mut keys, |a, b| a < b);
        Ok(keys)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let count = self.storage.length().map_err(|_| StoreError::Unavailable)?;
        Ok((0..count).filter_map(|i| self.storage.key(i).ok().flatten()).collect())
    }

    /// Deletes a draft by moving it to the deleted entries, from where [`Self::restore`] brings it back.
    pub fn delete(&self, draft_id: &str) -> Result<(), StoreError> {
        self.move_entry(&Self::key(draft_id), &format!("{DELETED_PREFIX}{draft_id}"))
    }

    /// Stores a version the clerk chose not to keep among the deleted drafts, restorable from the
    /// drafts screen like any deleted draft.
    pub fn save_deleted(&self, draft: &Draft) -> Result<(), StoreError> {
        let json = write_document(draft, Some(now_iso()));
        self.storage.set_item(&format!("{DELETED_PREFIX}{}", Self::new_id()), &json).map_err(classify)
    }

    /// Removes a deleted draft for good (the clerk's explicit choice on the drafts screen).
    pub fn purge(&self, draft_id: &str) -> Result<(), StoreError> {
        self.storage.remove_item(&format!("{DELETED_PREFIX}{draft_id}")).map_err(classify)
    }

    pub fn restore(&self, draft_id: &str) -> Result<(), StoreError> {
        self.move_entry(&format!("{DELETED_PREFIX}{draft_id}"), &Self::key(draft_id))
    }

    fn move_entry(&self, from: &str, to: &str) -> Result<(), StoreError> {
        let Some(text) = self.raw(from) else { return Ok(()) };
        self.storage.set_item(to, &text).map_err(classify)?;
        self.storage.remove_item(from).map_err(classify)
    }

    /// The draft this tab had open (it survives a reload), else the one last opened in this browser.
    pub fn last_opened(&self) -> Option<String> {
        session_storage().and_then(|s| s.get_item(LAST_OPENED).ok().flatten()).or_else(|| self.raw(LAST_OPENED))
    }

    pub fn set_last_opened(&self, draft_id: &str) {
        // Best effort: failing to remember which draft was open loses no data.
        let _ = self.storage.set_item(LAST_OPENED, draft_id);
        if let Some(session) = session_storage() {
            let _ = session.set_item(LAST_OPENED, draft_id);
        }
    }
}

fn summary(id: &str, draft: &Draft, saved_at: Option<String>) -> DraftSummary {
    DraftSummary {
        id: id.to_string(),
        title: draft.get("draft.title").to_string(),
        unit: draft.get("unit.name").to_string(),
        year: draft.get("unit.year").to_string(),
        saved_at: saved_at.unwrap_or_default(),
    }
}

impl DraftSummary {
    /// The name shown in the list: the title, else unit and year, else 未命名草稿.
    pub fn display_name(&self) -> String {
        draft_name(&self.title, &self.unit, &self.year)
    }
}

/// Sorts a short list (drafts in one browser) so that `before` holds between neighbours, stably.
/// An insertion sort: the standard sort adds several KB of Wasm for every type it sorts.
fn sort_short_list<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// This tab's storage: it outlives a reload or a crash, not the tab.
pub fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Tells a full quota from other failures (the DOMException's name is the reliable signal).
fn classify(error: wasm_bindgen::JsValue) -> StoreError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" || exception.code() == 22 => StoreError::QuotaExceeded,
        Some(exception) => StoreError::Other(exception.message()),
        None => StoreError::Other(error.as_string().unwrap_or_else(|| "未知错误".to_string())),
    }
}
