//! Drafts in localStorage, as draft documents (the same JSON as exported files).
//!
//! Nothing stored is ever silently dropped: an entry that cannot be read is moved aside under its own
//! key and reported, and a full quota is reported with the way out, while the draft on screen is kept.

use std::fmt;

use wasm_bindgen::JsCast;

use crate::core::document::{read_document, write_document};
use crate::core::draft::Draft;

use super::clock::now_iso;

/// Prefix of every key this app writes, so it never touches another app's entries on the same origin.
const DRAFT_KEY_PREFIX: &str = "jixiao.draft.";
const ASIDE_KEY_PREFIX: &str = "jixiao.unreadable.";

/// The draft the page opens (several drafts per browser come with the drafts list).
pub const DEFAULT_DRAFT: &str = "default";
/// Where the page saves when the default entry is unreadable and could not be moved aside.
pub const RECOVERY_DRAFT: &str = "recovered";

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
    Draft(Draft),
    /// The entry could not be read; it now lives under `kept_as` and the problem says why.
    Unreadable { kept_as: String, problem: String },
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
        format!("{DRAFT_KEY_PREFIX}{draft_id}")
    }

    /// Loads a draft; an unreadable entry is moved aside (kept) before anything can overwrite it.
    pub fn load(&self, draft_id: &str) -> Result<Loaded, StoreError> {
        let key = Self::key(draft_id);
        let Some(text) = self.storage.get_item(&key).map_err(|_| StoreError::Unavailable)? else {
            return Ok(Loaded::Nothing);
        };
        match read_document(&text) {
            Ok((draft, _)) => Ok(Loaded::Draft(draft)),
            Err(problem) => {
                let kept_as = format!("{ASIDE_KEY_PREFIX}{draft_id}.{}", now_iso());
                // Copy first, remove second: if the copy fails the original stays where it was.
                self.storage.set_item(&kept_as, &text).map_err(classify)?;
                self.storage.remove_item(&key).map_err(classify)?;
                Ok(Loaded::Unreadable { kept_as, problem: problem.to_string() })
            }
        }
    }

    pub fn save(&self, draft_id: &str, draft: &Draft) -> Result<(), StoreError> {
        let json = write_document(draft, Some(now_iso()));
        self.storage.set_item(&Self::key(draft_id), &json).map_err(classify)
    }

    /// The stored text under a key, for tests and for recovering entries kept aside.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }
}

/// Tells a full quota from other failures (the DOMException's name is the reliable signal).
fn classify(error: wasm_bindgen::JsValue) -> StoreError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" || exception.code() == 22 => StoreError::QuotaExceeded,
        Some(exception) => StoreError::Other(exception.message()),
        None => StoreError::Other(format!("{error:?}")),
    }
}
