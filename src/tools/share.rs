//! Share links (SPEC §10): making one from a draft's document, and showing what one holds so that the
//! user can import it — never before they say so, and never from a link that cannot be read.

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::Element;

use crate::browser::deflate::{deflate, inflate, InflateError};
use crate::browser::dom::{attributes, Dom};
use crate::browser::location;
use crate::core::document::read_document;
use crate::core::draft::Draft;
use crate::core::reading::changes::changes;
use crate::core::reading::draft_name::draft_name;
use crate::core::document::share::{fragment, read_fragment, summary, LinkError, COMFORTABLE_LINK_CHARS, MAX_UNPACKED_BYTES};

/// Makes the share link of a document's text and shows it in `container`, copied where allowed.
#[wasm_bindgen]
pub fn make_link(container: Element, document: String) {
    spawn_local(async move {
        container.set_text_content(None);
        let Some(dom) = Dom::of(&container) else { return };
        match deflate(document.as_bytes()).await {
            Ok(compressed) => {
                let link = location::link_with_fragment(&fragment(&compressed));
                let copied = location::copy_to_clipboard(&link).await;
                show_link(&dom, &container, &link, copied);
            }
            Err(problem) => {
                dom.text(&container, "p", "file-status error", &problem);
            }
        }
    });
}

fn show_link(dom: &Dom, container: &Element, link: &str, mut copied: bool) {
    dom.text(container, "p", "note", "链接中包含本草稿的全部数字和文字（不经过任何服务器），请只发给应当看到的人。");
    if let Some(input) = dom.child(container, "input", "") {
        attributes(&input, &[("type", "text"), ("readonly", ""), ("data-share-link", ""), ("aria-label", "分享链接"), ("value", link)]);
        if !copied {
            copied = select_and_copy(&input);
        }
    }
    let hint = if copied { "已复制到剪贴板。" } else { "链接已选中，请按 Ctrl+C 复制。" };
    dom.text(container, "p", "note", hint);
    let length = link.chars().count();
    if length > COMFORTABLE_LINK_CHARS {
        let warning = format!(
            "此链接长 {length} 个字符，超过聊天软件或二维码通常能容纳的约 {COMFORTABLE_LINK_CHARS} 个字符，可能被截断；建议改用“导出草稿文件”发送。"
        );
        if let Some(element) = dom.text(container, "p", "warning", &warning) {
            attributes(&element, &[("data-share-warning", "")]);
        }
    }
    if location::is_file() {
        dom.text(container, "p", "warning", "本页是从电脑上的文件打开的，链接中的文件位置在对方电脑上未必相同；对方需用自己的 jixiao 打开。");
    }
}

/// Where the clipboard API is missing or refused (a plain-http intranet page, an older browser), the link
/// is selected for Ctrl+C, and the older copy command tried on it. Whether it was copied.
fn select_and_copy(input: &Element) -> bool {
    let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() else { return false };
    let _ = input.focus();
    input.select();
    let Some(document) = input.owner_document() else { return false };
    let command = js_sys::Reflect::get(&document, &JsValue::from_str("execCommand")).ok().and_then(|f| f.dyn_into::<Function>().ok());
    command.and_then(|copy| copy.call1(&document, &JsValue::from_str("copy")).ok()).is_some_and(|done| done.is_truthy())
}

/// Shows in `container` what the share link `fragment` holds, with the choice to import it; calls
/// `on_import` with the document's text if the user imports it. A link that cannot be read is
/// refused with the reason, and nothing is handed over. `current` is the document of the draft open
/// here: where the link holds a version of it, what differs is said.
#[wasm_bindgen]
pub fn open_link(container: Element, fragment: String, current: String, on_import: Function) {
    spawn_local(async move {
        container.set_text_content(None);
        let Some(dom) = Dom::of(&container) else { return };
        match read_link(&fragment).await {
            Ok(text) => offer(&dom, &container, text, &current, on_import),
            Err(problem) => refuse(&dom, &container, &problem),
        }
    });
}

/// The validated document text a link carries.
async fn read_link(fragment: &str) -> Result<String, String> {
    let compressed = read_fragment(fragment).map_err(|e| e.to_string())?;
    let unpacked = inflate(&compressed, MAX_UNPACKED_BYTES).await.map_err(|error| match error {
        InflateError::Damaged => LinkError::Damaged.to_string(),
        InflateError::TooLarge => LinkError::TooLarge.to_string(),
        InflateError::Unsupported => "此浏览器版本过旧，无法打开分享链接；请对方改发草稿文件".to_string(),
    })?;
    let text = String::from_utf8(unpacked).map_err(|_| LinkError::Damaged.to_string())?;
    read_document(&text).map_err(|error| format!("链接中的草稿无法读取：{error}；本页未作任何改动"))?;
    Ok(text)
}

fn offer(dom: &Dom, container: &Element, text: String, current: &str, on_import: Function) {
    let Ok((draft, _)) = read_document(&text) else { return };
    let Some(panel) = dom.child(container, "div", "notice shared") else { return };
    attributes(&panel, &[("role", "alert"), ("data-shared-draft", "")]);
    dom.text(&panel, "p", "", "此链接中有一份草稿：");
    if let Some(list) = dom.child(&panel, "dl", "shared-summary") {
        for (label, value) in summary(&draft) {
            if let Some(item) = dom.child(&list, "div", "") {
                dom.text(&item, "dt", "", label);
                dom.text(&item, "dd", "", &value);
            }
        }
    }
    if let Ok((here, _)) = read_document(current) {
        compare(dom, &panel, &here, &draft);
    }
    dom.text(&panel, "p", "note", "导入后作为新草稿（名称注明“分享链接导入”）保存在本浏览器，原有草稿不受影响。");
    let (done, close) = (container.clone(), container.clone());
    let import = dom.button(&panel, "primary", "导入为新草稿", move || {
        let _ = on_import.call1(&JsValue::NULL, &JsValue::from_str(&text));
        location::clear_fragment();
        done.set_text_content(None);
    });
    let dismiss = dom.button(&panel, "", "不导入", move || {
        location::clear_fragment();
        close.set_text_content(None);
    });
    for (button, action) in [(import, "import-shared"), (dismiss, "dismiss-shared")] {
        if let Some(button) = button {
            attributes(&button, &[("data-action", action)]);
        }
    }
}

/// The fields shown at most, of a version with many changes (the rest are counted).
const CHANGES_SHOWN: usize = 12;

/// Where the link holds a version of the draft open here (the same unit and year): that it does, and
/// what it has typed differently — a colleague's edit come back, told from one's own before importing.
fn compare(dom: &Dom, panel: &Element, here: &Draft, linked: &Draft) {
    let same = |id: &str| here.get(id).trim() == linked.get(id).trim() && !here.get(id).trim().is_empty();
    if !(same("unit.name") && same("unit.year")) {
        return;
    }
    let changed = changes(here, linked);
    let name = draft_name(here.get("draft.title"), here.get("unit.name"), here.get("unit.year"));
    let said = match changed.len() {
        0 => format!("本页当前打开的草稿“{name}”是同一单位、同一年度，且与链接中的内容相同，无需导入。"),
        n => format!("本页当前打开的草稿“{name}”是同一单位、同一年度；链接中的版本与之相比有 {n} 处不同："),
    };
    let Some(note) = dom.text(panel, "p", "", &said) else { return };
    attributes(&note, &[("data-shared-compared", &changed.len().to_string())]);
    let Some(list) = (!changed.is_empty()).then(|| dom.child(panel, "ul", "shared-changes")).flatten() else { return };
    for change in changed.iter().take(CHANGES_SHOWN) {
        let blank = |text: &str| if text.is_empty() { "（空）".to_string() } else { text.to_string() };
        let said = if change.from.is_empty() && change.to.is_empty() {
            format!("{}有改动", change.label)
        } else {
            format!("{}：{} → {}", change.label, blank(&change.from), blank(&change.to))
        };
        dom.text(&list, "li", "", &said);
    }
    if changed.len() > CHANGES_SHOWN {
        dom.text(&list, "li", "", &format!("……另有 {} 处", changed.len() - CHANGES_SHOWN));
    }
}

fn refuse(dom: &Dom, container: &Element, problem: &str) {
    let Some(panel) = dom.child(container, "div", "notice") else { return };
    attributes(&panel, &[("role", "alert"), ("data-shared-refused", "")]);
    dom.text(&panel, "p", "", &format!("未能打开分享链接：{problem}"));
    let close = container.clone();
    dom.button(&panel, "", "知道了", move || {
        location::clear_fragment();
        close.set_text_content(None);
    });
}
