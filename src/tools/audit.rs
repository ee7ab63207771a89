//! The 审校报告 view: a report's text pasted into a box — or a pile of report files chosen or dropped
//! ([`super::audit_pile`]) — every claim it makes checked against its own figures (`crate::core::audit`),
//! shown in the text where it stands and listed with the mismatches first; and a new draft started from
//! the text. The text is never sent anywhere and never rendered as HTML: it goes into the page as text
//! nodes only.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::audit_pile::Pile;
use crate::browser::dom::{attributes, on, Dom};
use crate::browser::storage::session_storage;
use crate::core::audit::{audit, draft_from_text, Audit, Claim, Verdict};
use crate::core::document::write_document;

/// The view's look, carried by the module that draws it.
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/audit.min.css"));

/// Where the pasted text is kept for the tab, so that a reload or a crash does not make the reviewer paste
/// it again. Not the drafts' storage: a long report must not take their room.
const KEPT_TEXT: &str = "jixiao.audit-text";

/// Typing pauses this long before the text is audited again.
const PAUSE_MS: i32 = 250;

/// Opens the view in `container`; `on_draft(document, notes, file)` gets a draft started from the text (and
/// the name of the file it is of, if one was opened),
/// `on_summary(text)` what the page's header says of the report shown.
#[wasm_bindgen]
pub fn show_audit(container: Element, on_draft: Function, on_summary: Function) {
    container.set_text_content(None);
    let Some(dom) = Dom::of(&container) else { return };
    dom.text(&container, "style", "", STYLE);
    dom.text(&container, "h2", "", "审校报告");
    dom.text(&container, "p", "note", "把一份已写好的报告全文（从 Word、WPS 或 PDF 中复制）粘贴到下面，或在下方选择、拖入多份报告文件，本工具按报告自身的数字重新计算其中写明的比率和合计，逐条标出相符、不符或无法核对；点“据此新建草稿”，可从上年的报告开始本年的草稿。文字和文件只在本机核对，不会发送到任何地方。");
    let Some(input) = dom.child(&container, "textarea", "audit-input") else { return };
    attributes(&input, &[("data-audit", "text"), ("rows", "10"), ("aria-label", "报告全文"), ("placeholder", "在此粘贴报告全文…"), ("spellcheck", "false")]);
    let Some(actions) = dom.child(&container, "div", "audit-actions") else { return };
    // The results right under the box they are of; a pile of files below.
    let Some(results) = dom.child(&container, "div", "audit-results") else { return };
    let Some(pile_place) = dom.child(&container, "section", "audit-pile") else { return };
    attributes(&results, &[("aria-live", "polite")]);
    let view = Rc::new(View {
        dom,
        input: input.clone().unchecked_into(),
        results,
        on_summary,
        pending: Cell::new(None),
        reveal: Cell::new(false),
        run: RefCell::new(None),
        file_shown: RefCell::new(None),
        pile_said: RefCell::new(None),
    });
    let runs = view.clone();
    *view.run.borrow_mut() = Some(Closure::new(move || {
        runs.pending.set(None);
        // Read once: a long report is megabytes to copy out of the page.
        let text = runs.input.value();
        keep_text(Some(&text));
        runs.show(None, &text, &audit(&text));
        if runs.reveal.take() {
            runs.reveal_results();
        }
    }));

    let started = view.clone();
    if let Some(button) = view.dom.button(&actions, "", "据此新建草稿", move || started.start_draft(&on_draft)) {
        attributes(&button, &[("data-action", "draft-from-text")]);
    }
    let typed = view.clone();
    on(&input, "input", move || {
        // Typed into, a file's text is the reviewer's own from now on: never dropped unasked.
        typed.file_shown.replace(None);
        typed.later(PAUSE_MS);
    });
    // A paste is audited at once: as soon as the pasted text is in the box (the event comes first).
    let pasted = view.clone();
    on(&input, "paste", move || {
        // After a paste the clerk looks for the verdicts, not at the text just pasted.
        pasted.reveal.set(true);
        pasted.file_shown.replace(None);
        pasted.later(0);
    });
    Pile::open(&container, &pile_place, view.clone());
    view.summary(None);
    if let Some(text) = session_storage().and_then(|s| s.get_item(KEPT_TEXT).ok().flatten()) {
        view.input.set_value(&text);
        view.later(0);
    }
}

/// Reads a report's file the page brought from another screen as if dropped on the view (opened by
/// [`show_audit`] first), and opens its report once read.
#[wasm_bindgen]
pub fn open_audit_file(file: web_sys::File) {
    Pile::open_file(file);
}

/// Keeps the pasted text for the tab (none, or none left: nothing kept). A text too long for the tab's
/// storage is simply not kept: it is still in the box.
fn keep_text(text: Option<&str>) {
    let Some(storage) = session_storage() else { return };
    let _ = match text.filter(|t| !t.trim().is_empty()) {
        Some(text) => storage.set_item(KEPT_TEXT, text).or_else(|_| storage.remove_item(KEPT_TEXT)),
        None => storage.remove_item(KEPT_TEXT),
    };
}

pub(super) struct View {
    pub(super) dom: Dom,
    input: HtmlTextAreaElement,
    results: Element,
    on_summary: Function,
    /// The timer of the audit pending after typing, so that a keystroke never waits for one.
    pending: Cell<Option<i32>>,
    /// Whether the pending audit's results are to be scrolled into view (after a paste, not typing).
    reveal: Cell<bool>,
    /// The audit run when typing pauses (made once; the view lives as long as the page).
    run: RefCell<Option<Closure<dyn FnMut()>>>,
    /// The file whose text the box holds as it was opened; none when the text is the reviewer's own
    /// (pasted or typed), which opening a file must not drop.
    file_shown: RefCell<Option<String>>,
    /// What the header says of the pile while no report is shown.
    pile_said: RefCell<Option<String>>,
}

impl View {
    fn later(&self, delay_ms: i32) {
        let Some(window) = web_sys::window() else { return };
        if let Some(timer) = self.pending.take() {
            window.clear_timeout_with_handle(timer);
        }
        if let Some(run) = self.run.borrow().as_ref() {
            self.pending.set(window.set_timeout_with_callback_and_timeout_and_arguments_0(run.as_ref().unchecked_ref(), delay_ms).ok());
        }
    }

    /// Shows the report of the file `name` (its text and its audit), as if pasted. The text kept for the
    /// tab stays the reviewer's own paste: a file's text comes back with its file, not after a reload.
    pub(super) fn open(&self, name: &str, text: &str, audit: &Audit) {
        self.cancel_pending();
        self.input.set_value(text);
        self.file_shown.replace(Some(name.to_string()));
        self.show(Some(name), text, audit);
        self.reveal_results();
    }

    /// The text in the box if it is the reviewer's own (pasted or typed, or a file's text edited), which
    /// opening a file would replace.
    pub(super) fn own_text(&self) -> Option<String> {
        if self.file_shown.borrow().is_some() {
            return None;
        }
        Some(self.input.value()).filter(|text| !text.trim().is_empty())
    }

    /// Back at the pile: no report shown, the box empty, the header speaking of the pile.
    pub(super) fn close(&self) {
        self.cancel_pending();
        self.input.set_value("");
        self.file_shown.replace(None);
        self.results.set_text_content(None);
        self.summary(None);
    }

    /// What the header says of the pile while no report is shown (none: no pile).
    pub(super) fn say_of_pile(&self, said: Option<String>) {
        self.pile_said.replace(said);
        if self.input.value().trim().is_empty() {
            self.summary(None);
        }
    }

    /// A shorter box while a pile is listed, so that its table starts on the first screen.
    pub(super) fn fold_input(&self, folded: bool) {
        self.input.set_class_name(if folded { "audit-input folded" } else { "audit-input" });
    }

    fn cancel_pending(&self) {
        if let (Some(window), Some(timer)) = (web_sys::window(), self.pending.take()) {
            window.clear_timeout_with_handle(timer);
        }
    }

    /// A button under the name of the file shown, doing `action` (the pile's way back to its row).
    pub(super) fn offer_back(&self, label: &str, action: impl FnMut() + 'static) {
        let Some(heading) = self.results.query_selector(".audit-file").ok().flatten() else { return };
        if let Some(button) = self.dom.button(&self.results, "back screen-only", label, action) {
            attributes(&button, &[("data-action", "back-to-pile")]);
            let _ = self.results.insert_before(&button, heading.next_sibling().as_ref());
        }
    }

    fn reveal_results(&self) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Start);
        self.results.scroll_into_view_with_scroll_into_view_options(&options);
    }

    fn show(&self, file: Option<&str>, text: &str, audit: &Audit) {
        let (dom, results) = (&self.dom, &self.results);
        results.set_text_content(None);
        self.summary((!text.trim().is_empty()).then_some(audit));
        if text.trim().is_empty() {
            return;
        }
        if let Some(heading) = file.and_then(|_| dom.child(results, "h3", "audit-file")) {
            // “正在查看” is the screen's word; printed, the heading is the file's (style/audit.css).
            dom.text(&heading, "span", "screen-only", "正在查看：");
            append_text(&heading, file.unwrap_or_default());
        }
        if audit.claims.is_empty() {
            dom.text(results, "p", "audit-none", "未识别到可核对的数据（比率、合计或预算数字）。");
            return;
        }
        // A figure that follows a slip marked elsewhere is neither a slip of its own nor right: said apart.
        let knock_ons = match audit.count(Verdict::KnockOn) {
            0 => String::new(),
            n => format!("，随之有误{n}处（随前一处不符而错，不另计）"),
        };
        let summary = format!(
            "共识别{}处：不符{}处，无法核对{}处，相符{}处{knock_ons}。",
            audit.claims.len(),
            audit.count(Verdict::Mismatch),
            audit.count(Verdict::Unverifiable),
            audit.count(Verdict::Ok)
        );
        if let Some(line) = dom.text(results, "p", "audit-summary", &summary) {
            attributes(&line, &[("id", "audit-summary")]);
            // How to use the list is for the screen: a printout cannot be clicked (style/audit.css).
            dom.text(&line, "span", "screen-only", "点击一条可跳到原文位置。");
        }
        if let Some(remarks) = (!audit.remarks.is_empty()).then(|| dom.child(results, "ul", "audit-remarks")).flatten() {
            for remark in &audit.remarks {
                dom.text(&remarks, "li", "warning", remark);
            }
        }
        let marks = self.marked_text(text, audit);
        if let Some(list) = dom.element("ol", "audit-claims") {
            for verdict in [Verdict::Mismatch, Verdict::KnockOn, Verdict::Unverifiable, Verdict::Ok] {
                for (index, claim) in audit.claims.iter().enumerate().filter(|(_, c)| c.verdict == verdict) {
                    self.list_item(&list, claim, marks.get(index).cloned().flatten());
                }
            }
            // The list first, then the text it points into.
            if let Some(first) = results.query_selector(".audit-text").ok().flatten() {
                let _ = results.insert_before(&list, Some(&first));
            }
        }
    }

    /// Tells the page's header what the report shown holds (`None`: nothing pasted).
    fn summary(&self, audit: Option<&Audit>) {
        let said = match audit {
            None => self.pile_said.borrow().clone().unwrap_or_else(|| "审校：尚未粘贴报告".to_string()),
            Some(audit) if audit.claims.is_empty() => "审校：本报告未识别到数据".to_string(),
            Some(audit) => match audit.count(Verdict::Mismatch) {
                0 => "审校：本报告未见不符".to_string(),
                n => format!("审校：本报告 {n} 处不符"),
            },
        };
        let _ = self.on_summary.call1(&JsValue::NULL, &JsValue::from_str(&said));
    }

    /// The pasted text, read-only, with each claim marked (one mark a phrase, its hover text the
    /// claim's judgement); returns each claim's mark.
    fn marked_text(&self, text: &str, audit: &Audit) -> Vec<Option<Element>> {
        let dom = &self.dom;
        let Some(body) = dom.child(&self.results, "div", "audit-text") else { return vec![] };
        let mut marks: Vec<Option<Element>> = Vec::with_capacity(audit.claims.len());
        let mut at = 0;
        for claim in &audit.claims {
            let (Some(before), Some(marked)) = (text.get(at..claim.span.start), text.get(claim.span.clone())) else {
                marks.push(None);
                continue;
            };
            append_text(&body, before);
            let mark = dom.text(&body, "mark", &format!("claim-{}", claim.verdict.id()), marked);
            if let Some(mark) = &mark {
                attributes(mark, &[("tabindex", "-1"), ("title", &format!("{}：{}", claim.verdict.label(), claim.detail))]);
                dom.text(&body, "sup", "verdict-tag", &format!("〔{}〕", claim.verdict.label()));
            }
            marks.push(mark);
            at = claim.span.end;
        }
        append_text(&body, text.get(at..).unwrap_or_default());
        marks
    }

    fn list_item(&self, list: &Element, claim: &Claim, mark: Option<Element>) {
        let dom = &self.dom;
        let Some(item) = dom.child(list, "li", &format!("claim-{}", claim.verdict.id())) else { return };
        attributes(&item, &[("data-claim", &claim.id), ("data-verdict", claim.verdict.contract_id())]);
        if claim.verdict == Verdict::KnockOn {
            attributes(&item, &[("data-knock-on", "true")]);
        }
        dom.text(&item, "strong", "verdict", &format!("{}：", claim.verdict.label()));
        dom.text(&item, "span", "stated", &claim.stated);
        dom.text(&item, "p", "detail", &claim.detail);
        for note in &claim.notes {
            dom.text(&item, "p", "note", note);
        }
        if let Some(mark) = mark {
            on(&item, "click", move || {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Center);
                mark.scroll_into_view_with_scroll_into_view_options(&options);
                if let Some(mark) = mark.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = mark.focus();
                }
            });
        }
    }

    fn start_draft(&self, on_draft: &Function) {
        let text = self.input.value();
        if text.trim().is_empty() {
            self.results.set_text_content(None);
            self.dom.text(&self.results, "p", "audit-none", "请先粘贴报告全文，或在下方打开一份报告文件。");
            return;
        }
        let started = draft_from_text(&text);
        let document = write_document(&started.draft, None);
        // The file opened, by its name: the clerk may have several open in turn.
        let file = self.file_shown.borrow().clone().unwrap_or_default();
        let _ = on_draft.call3(&JsValue::NULL, &JsValue::from_str(&document), &JsValue::from_str(&started.note()), &JsValue::from_str(&file));
    }
}

fn append_text(parent: &Element, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(document) = parent.owner_document() {
        let _ = parent.append_child(&document.create_text_node(text));
    }
}
