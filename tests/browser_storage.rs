//! The storage edge in a real browser (headless Chromium): drafts survive a round trip through
//! localStorage, an unreadable entry is kept aside (never deleted), a full quota is reported.
#![cfg(target_arch = "wasm32")]

use jixiao::browser::storage::{DraftStore, Loaded, StoreError};
use jixiao::core::draft::Draft;
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
    let json = store.save("t1", &draft).unwrap();
    let Ok(Loaded::Draft { draft: loaded, text, saved_at }) = store.load("t1") else { panic!("expected a draft") };
    assert_eq!(loaded, draft);
    assert_eq!(text, json, "the exact stored text is known, to detect other tabs' writes");
    assert!(saved_at.is_some_and(|at| at.starts_with("20")));
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

#[wasm_bindgen_test]
fn a_stored_schema_1_document_keeps_opening() {
    local_storage().clear().unwrap();
    let fixture = include_str!("fixtures/draft-schema-1.json");
    local_storage().set_item(&DraftStore::key("old"), fixture).unwrap();
    let store = DraftStore::open().unwrap();
    let Ok(Loaded::Draft { draft, .. }) = store.load("old") else { panic!("the fixture must load") };
    assert_eq!(draft.get("unit.name"), "桃江县总工会");
    assert_eq!(draft.get("spend.projects.1.key"), "true");
}

#[wasm_bindgen_test]
fn drafts_are_listed_deleted_and_restored() {
    local_storage().clear().unwrap();
    let store = DraftStore::open().unwrap();
    let mut named = Draft::new();
    named.set("draft.title", "县总工会2024终稿").unwrap();
    store.save("a", &examples::taojiang_2024()).unwrap();
    store.save("b", &named).unwrap();
    local_storage().set_item(&DraftStore::key("c"), "not json").unwrap();
    let (list, problems) = store.list().unwrap();
    let mut names: Vec<String> = list.iter().map(|s| s.display_name()).collect();
    names.sort();
    assert_eq!(names, ["县总工会2024终稿", "桃江县总工会2024年度"]);
    assert_eq!(problems.len(), 1, "the unreadable entry is reported: {problems:?}");

    store.delete("a").unwrap();
    assert_eq!(store.list().unwrap().0.len(), 1);
    assert_eq!(store.load("a"), Ok(Loaded::Nothing));
    store.restore("a").unwrap();
    assert!(matches!(store.load("a"), Ok(Loaded::Draft { .. })));

    let (first, second) = (DraftStore::new_id(), DraftStore::new_id());
    assert_ne!(first, second);
    assert!(first.bytes().all(|b| b.is_ascii_alphanumeric()));
}
