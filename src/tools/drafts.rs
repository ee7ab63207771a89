//! The drafts screen's list and actions (草稿): what a clerk does with drafts — new, duplicate, next
//! year's, export to a file, import a file, delete (with undo), share by link — and every draft in this
//! browser, with what could not be read kept aside for download. The page keeps the drafts themselves
//! (its `Workspace`); this view asks it to act through one callback, `on_action(action, argument)`,
//! and is drawn anew whenever the page's drafts change.

use std::cell::RefCell;

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, MouseEvent};

use crate::browser::dom::{attributes, on_events, Dom};
use crate::browser::files::download_text;
use crate::browser::focus::focus_field;
use crate::browser::storage::{DraftStore, DraftSummary};
use crate::core::document::next_year::next_year;
use crate::core::document::{read_document, write_document};
use crate::core::reading::date::parse_year;

use super::share::make_link;

thread_local! {
    /// The page's callback of the latest drawing (the view's listeners are installed once).
    static ACTION: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// Next year's draft just made: the name of the draft it was made from, and the new draft's id once
    /// drawn. Said while that draft is open, until the clerk's next action here.
    static MADE_FROM: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
}

/// Next year's draft of a draft's document text, as a document text (empty for a text that is not a
/// draft). Made here, where its button is, rather than in the page: the first visit never uses it.
#[wasm_bindgen]
pub fn next_year_document(document: String) -> String {
    read_document(&document).map(|(draft, _)| write_document(&next_year(&draft), None)).unwrap_or_default()
}

/// Draws the view in `container`: `current` is the open draft's id, `deleted` the name of a draft
/// just deleted (offered for undo), `status` the outcome of the last file import or export (`ok`
/// says whether it went well).
#[wasm_bindgen]
pub fn show_drafts(container: Element, current: String, deleted: String, ok: bool, status: String, on_action: Function) {
    let Some(dom) = Dom::of(&container) else { return };
    ACTION.with(|action| *action.borrow_mut() = Some(on_action));
    show_drafts_note(&container);
    // The actions and the share link are drawn once; what follows them, each time.
    let drawn = match container.query_selector(".drafts-state").ok().flatten() {
        Some(state) => state,
        None => {
            container.set_text_content(None);
            on_events(&container, &["click", "change"], handle);
            actions(&dom, &container);
            let Some(state) = dom.child(&container, "div", "drafts-state") else { return };
            state
        }
    };
    drawn.set_text_content(None);
    let container = drawn;
    if !status.is_empty() {
        if let Some(line) = dom.text(&container, "p", if ok { "file-status" } else { "file-status error" }, &status) {
            attributes(&line, &[("data-file-status", if ok { "ok" } else { "error" }), ("role", "status")]);
        }
    }
    // The year's own narratives start blank in next year's draft (next_year): said, so that nobody
    // looks for them as lost, nor files last year's.
    let made_from = MADE_FROM.with(|made| {
        let mut made = made.borrow_mut();
        if made.as_mut().is_none_or(|(_, id)| *id.get_or_insert_with(|| current.clone()) != current) {
            *made = None;
        }
        made.as_ref().map(|(name, _)| name.clone())
    });
    if let Some(name) = made_from.filter(|_| status.is_empty()) {
        let said = format!("已生成下一年度草稿；上年度的绩效情况、问题、原因和改进措施未带入，可从草稿“{name}”复制。");
        if let Some(line) = dom.text(&container, "p", "file-status", &said) {
            attributes(&line, &[("data-file-status", "ok"), ("role", "status")]);
        }
    }
    if !deleted.is_empty() {
        if let Some(undo) = dom.text(&container, "p", "undo", &format!("已删除草稿“{deleted}”。")) {
            attributes(&undo, &[("role", "status")]);
            button(&dom, &undo, "undo-delete-draft", "撤销删除", "");
        }
    }
    match DraftStore::open().and_then(|store| Ok((store.list()?, store.kept_aside()?, store.deleted()?))) {
        Ok(((drafts, problems), kept, deleted)) => {
            list(&dom, &container, &drafts, &current);
            recently_deleted(&dom, &container, &deleted);
            kept_aside(&dom, &container, &problems, &kept);
        }
        Err(error) => kept_aside(&dom, &container, &[error.to_string()], &[]),
    }
}

/// Says where drafts are kept, in the drafts panel's note above the list (the page leaves it empty: its
/// words are not needed before the list).
fn show_drafts_note(container: &Element) {
    let note = container.closest(".drafts-panel").ok().flatten().and_then(|panel| panel.query_selector(".drafts-note").ok().flatten());
    if let Some(note) = note.filter(|note| note.text_content().is_none_or(|text| text.is_empty())) {
        note.set_text_content(Some("草稿只保存在本浏览器中，每次修改自动保存。换电脑或清理浏览器前，请导出草稿文件。"));
    }
}

/// The open draft changed: a share link made before it shows the draft as it was, so it goes. (Saves
/// that store the same draft leave it.)
#[wasm_bindgen]
pub fn forget_share_link(container: Element) {
    if let Some(result) = container.query_selector(".share-result").ok().flatten() {
        result.set_text_content(None);
    }
}

fn button(dom: &Dom, parent: &Element, action: &str, label: &str, class: &str) -> Option<Element> {
    let button = dom.text(parent, "button", class, label)?;
    attributes(&button, &[("type", "button"), ("data-action", action)]);
    Some(button)
}

/// The toolbar, then the share link's button and where its link goes.
fn actions(dom: &Dom, container: &Element) {
    let Some(bar) = dom.child(container, "div", "actions") else { return };
    for (action, label) in [("new-draft", "新建空白草稿"), ("duplicate-draft", "复制本草稿"), ("next-year-draft", "生成下一年度草稿"), ("export-draft", "导出草稿文件")] {
        button(dom, &bar, action, label, "");
    }
    if let Some(label) = dom.text(&bar, "label", "button", "导入草稿文件") {
        if let Some(input) = dom.child(&label, "input", "") {
            attributes(&input, &[("type", "file"), ("accept", ".json,application/json"), ("data-action", "import-draft")]);
        }
    }
    button(dom, &bar, "delete-draft", "删除本草稿", "danger");
    // A newcomer with last year's report looks here, not in an audit screen, for where to start.
    if let Some(line) = dom.text(container, "p", "note", "有上年报告？") {
        button(dom, &line, "open-audit", "到“审校报告”粘贴或打开，点“据此新建草稿”", "link");
    }
    let Some(share) = dom.child(container, "div", "share") else { return };
    button(dom, &share, "share-link", "复制分享链接", "");
    if let Some(result) = dom.child(&share, "div", "share-result") {
        attributes(&result, &[("role", "status")]);
    }
}

fn list(dom: &Dom, container: &Element, drafts: &[DraftSummary], current: &str) {
    let Some(table) = dom.child(container, "table", "drafts-list") else { return };
    if let Some(head) = dom.child(&table, "thead", "").and_then(|head| dom.child(&head, "tr", "")) {
        for label in ["草稿", "单位", "年度", "最后保存"] {
            dom.text(&head, "th", "", label).inspect(|th| attributes(th, &[("scope", "col")]));
        }
    }
    let Some(body) = dom.child(&table, "tbody", "") else { return };
    for draft in drafts {
        let Some(row) = dom.child(&body, "tr", if draft.id == current { "current" } else { "" }) else { continue };
        attributes(&row, &[("data-draft-id", &draft.id)]);
        if let Some(cell) = dom.child(&row, "td", "") {
            if let Some(open) = button(dom, &cell, "open-draft", &draft.display_name(), "link") {
                attributes(&open, &[("data-open", &draft.id)]);
                if draft.id == current {
                    attributes(&open, &[("disabled", "")]);
                    dom.text(&cell, "span", "badge", "当前");
                }
            }
        }
        dom.text(&row, "td", "", &draft.unit);
        // As read (“2025年度” typed is 2025), so the column lines up; what cannot be read, as typed.
        let year = parse_year(&draft.year).ok().flatten().map_or_else(|| draft.year.clone(), |year| year.to_string());
        dom.text(&row, "td", "", &year);
        dom.text(&row, "td", "", &local_time(&draft.saved_at));
    }
}

/// Deleted drafts stay in this browser and can be brought back here, long after the undo offer that
/// follows a deletion has gone (it goes with the next click).
fn recently_deleted(dom: &Dom, container: &Element, deleted: &[DraftSummary]) {
    if deleted.is_empty() {
        return;
    }
    let Some(section) = dom.child(container, "div", "recently-deleted") else { return };
    dom.text(&section, "h3", "", "已删除的草稿（仍可恢复）");
    let Some(list) = dom.child(&section, "ul", "") else { return };
    for draft in deleted {
        let Some(item) = dom.child(&list, "li", "") else { continue };
        attributes(&item, &[("data-deleted-draft", &draft.id)]);
        let when = local_time(&draft.saved_at);
        dom.text(&item, "span", "", &format!("{}　{} {}　{when}", draft.display_name(), draft.unit, draft.year));
        if let Some(restore) = button(dom, &item, "restore-draft", "恢复", "") {
            attributes(&restore, &[("data-restore", &draft.id)]);
        }
        if let Some(purge) = button(dom, &item, "purge-draft", "彻底删除", "") {
            attributes(&purge, &[("data-purge", &draft.id), ("data-name", &draft.display_name()), ("title", "从本浏览器中彻底删除，不能再恢复")]);
        }
    }
}

/// Entries that could not be read are kept, never deleted: here they can be saved as files for
/// recovery (by hand, or by whoever supports the clerk).
fn kept_aside(dom: &Dom, container: &Element, problems: &[String], kept: &[String]) {
    if problems.is_empty() && kept.is_empty() {
        return;
    }
    let Some(section) = dom.child(container, "div", "kept-aside") else { return };
    attributes(&section, &[("data-kept-aside", "")]);
    dom.text(&section, "h3", "", "无法读取而保留的内容");
    if let Some(list) = dom.child(&section, "ul", "problems") {
        for problem in problems {
            dom.text(&list, "li", "", problem);
        }
    }
    let Some(list) = dom.child(&section, "ul", "") else { return };
    for key in kept {
        let Some(item) = dom.child(&list, "li", "") else { continue };
        dom.text(&item, "code", "", key);
        if let Some(download) = button(dom, &item, "download-kept", "下载原始内容", "") {
            attributes(&download, &[("data-key", key)]);
        }
    }
}

/// `2025-03-01T08:00:00.000Z` in the reader's time zone, as 2025-03-01 16:00.
fn local_time(iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return String::new();
    }
    let two = |n: u32| if n < 10 { format!("0{n}") } else { n.to_string() };
    format!("{}-{}-{} {}:{}", date.get_full_year(), two(date.get_month() + 1), two(date.get_date()), two(date.get_hours()), two(date.get_minutes()))
}

/// Asks the page to act; returns what it answers.
fn ask(action: &str, argument: &JsValue) -> JsValue {
    ACTION.with(|callback| {
        callback.borrow().as_ref().and_then(|f| f.call2(&JsValue::NULL, &JsValue::from_str(action), argument).ok()).unwrap_or(JsValue::UNDEFINED)
    })
}

fn handle(event: Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    if event.type_() == "change" {
        if let Some(input) = target.dyn_ref::<HtmlInputElement>().filter(|i| i.get_attribute("data-action").as_deref() == Some("import-draft")) {
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                ask("import", &file);
            }
            // Let the same file be chosen again after fixing it.
            input.set_value("");
        }
        return;
    }
    // The second click of a double-click acts once: the first made or removed a draft, and a second
    // 生成下一年度草稿 would make one from the draft just made.
    if event.dyn_ref::<MouseEvent>().is_some_and(|click| click.detail() > 1) {
        return;
    }
    let Some(button) = target.closest("button").ok().flatten() else { return };
    MADE_FROM.with(|made| made.borrow_mut().take());
    match button.get_attribute("data-action").as_deref() {
        Some("open-draft") => {
            ask("open", &JsValue::from_str(&button.get_attribute("data-open").unwrap_or_default()));
            focus_title_soon();
        }
        Some("restore-draft") => {
            ask("restore", &JsValue::from_str(&button.get_attribute("data-restore").unwrap_or_default()));
            focus_title_soon();
        }
        Some("purge-draft") => {
            let id = button.get_attribute("data-purge").unwrap_or_default();
            // Gone for good: asked first, in the browser's own words-and-buttons dialog.
            let question = format!("彻底删除草稿“{}”后不能恢复。确定删除吗？", button.get_attribute("data-name").unwrap_or_default());
            let sure = web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false);
            if sure && DraftStore::open().and_then(|store| store.purge(&id)).is_ok() {
                let section = button.closest(".recently-deleted").ok().flatten();
                if let Some(item) = button.closest("li").ok().flatten() {
                    item.remove();
                }
                if let Some(section) = section.filter(|s| s.query_selector("li").ok().flatten().is_none()) {
                    section.remove();
                }
            }
        }
        Some("download-kept") => {
            let key = button.get_attribute("data-key").unwrap_or_default();
            if let Some(text) = DraftStore::open().ok().and_then(|store| store.raw(&key)) {
                let _ = download_text(&format!("{key}.txt"), &text);
            }
        }
        Some("open-audit") => {
            ask("open-audit", &JsValue::UNDEFINED);
        }
        Some("share-link") => {
            let slot = button.parent_element().and_then(|share| share.query_selector(".share-result").ok().flatten());
            if let (Some(slot), Some(text)) = (slot, ask("link-text", &JsValue::UNDEFINED).as_string()) {
                make_link(slot, text);
            }
        }
        Some(action @ ("new-draft" | "duplicate-draft" | "next-year-draft" | "export-draft" | "delete-draft" | "undo-delete-draft")) => {
            let made_from = ask(action, &JsValue::UNDEFINED).as_string();
            MADE_FROM.with(|made| *made.borrow_mut() = made_from.map(|name| (name, None)));
            if matches!(action, "new-draft" | "duplicate-draft" | "next-year-draft") {
                focus_title_soon();
            }
        }
        _ => {}
    }
}

/// After another draft is opened (or made), the button pressed is drawn anew and the focus would fall to
/// the page's top. It goes to the draft's name instead, on this screen where the clerk acted: it says
/// which draft is now open, and a new draft's name is typed there. The page draws the new draft's fields
/// after this turn, hence the pause.
fn focus_title_soon() {
    let Some(window) = web_sys::window() else { return };
    let focus = Closure::once_into_js(|| {
        focus_field("draft.title");
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(focus.unchecked_ref(), 0);
}
