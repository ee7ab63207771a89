//! The storage edge in a real browser (headless Chromium): drafts survive a round trip through
//! localStorage, an unreadable entry is kept aside (never deleted), a full quota is reported.
#![cfg(target_arch = "wasm32")]

use jixiao::browser::storage::{DraftStore, Loaded, StoreError};
use jixiao::core::examples;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn a_saved_draft_loads_back_exactly() {
    local_storage().clear().unwrap();
    let store = DraftStore::open().unwrap();
    let mut draft = examples::taojiang_2024();
    draft.set("budget.initial", "１８０．０７万元").unwrap();
    store.save("t1", &draft).unwrap();
    assert_eq!(store.load("t1"), Ok(Loaded::Draft(draft)));
    assert_eq!(store.load("never-saved"), Ok(Loaded::Nothing));
}

#[wasm_bindgen_test]
fn an_unreadable_entry_is_moved_aside_not_deleted() {
    local_storage().clear().unwrap();
    let broken = "{\"format\":\"jixiao-draft\",\"schema\":1,\"fields\":{\"budget.initial\":";
    local_storage().set_item(&DraftStore::key("t2"), broken).unwrap();
    let store = DraftStore::open().unwrap();
    let Ok(Loaded::Unreadable { kept_as, problem }) = store.load("t2") else { panic!("expected unreadable") };
    assert!(problem.contains("JSON"), "{problem}");
    assert_eq!(store.raw(&kept_as).as_deref(), Some(broken), "the original text is kept verbatim");
    assert_eq!(store.raw(&DraftStore::key("t2")), None, "and no longer where a save would overwrite it");
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such() {
    let storage = local_storage();
    storage.clear().unwrap();
    // Fill this origin's storage until the browser refuses.
    let chunk = "x".repeat(512 * 1024);
    let mut filled = 0;
    while storage.set_item(&format!("filler.{filled}"), &chunk).is_ok() {
        filled += 1;
        assert!(filled < 200, "storage never filled up");
    }
    let store = DraftStore::open().unwrap();
    let mut draft = examples::taojiang_2024();
    draft.set("narrative.performance", &"履职".repeat(300_000)).unwrap();
    let result = store.save("t3", &draft);
    storage.clear().unwrap();
    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert!(StoreError::QuotaExceeded.to_string().contains("导出"), "the message names the way out");
}
