//! A reviewer's pile (SPEC §13): report files chosen (`data-audit="files"`) or dropped anywhere on the
//! view, read one after another in the browser with the progress shown, each reviewed into one row of a
//! table — unit, year, claims, 不符, 无法核对, the largest mismatch, or the file's problem — that opens the
//! report's marked text when clicked, and exports as CSV. A file that cannot be read gets its row and
//! its reason; it never stops the rest. A .zip gives a row for each file it packs. A report pasted into
//! the box is never dropped for a file's: it joins the pile as a row of its own first (“粘贴的报告”), so
//! the reviewer finds it where the files are and nothing asks them to choose; back at the list, the
//! screen, the header and the printout are the list.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// The history step an opened report adds: the 审校报告 screen's (the page switches screens on the key
/// before the colon), told apart from the screen's own step so that Back knows which one it left.
const REPORT_STEP: &str = "audit:report";

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DragEvent, Element, File, HtmlInputElement};

use super::audit::View;
use crate::browser::dom::{attributes, on, on_events, on_window_capture};
use crate::browser::files::download_bytes;
use crate::browser::report_files::{breathe, files_of, report_texts};
use crate::browser::storage::session_storage;
use crate::core::audit::pile::{copies, csv, mark_same_texts, ordered, reports_in, reviewed, unreadable, Order, Reviewed};
use crate::core::audit::audit;

/// What the file input accepts: reports, and the kinds that get a message saying how to read them.
const ACCEPT: &str = ".docx,.txt,.zip,.doc,.wps,.pdf,text/plain,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// How many rows the pile had, kept for the tab — a count, never the reports' texts — so that after a
/// reload the reviewer is told the pile was dropped rather than finding it silently gone.
const KEPT_COUNT: &str = "jixiao.audit-pile-count";

/// The name of a row holding a report pasted into the box.
const PASTED: &str = "粘贴的报告";

thread_local! {
    /// The pile of the view shown, for a report's file the page brings from another screen.
    static SHOWN: RefCell<Option<Rc<Pile>>> = const { RefCell::new(None) };
}

/// The pile and its part of the view.
pub(super) struct Pile {
    view: Rc<View>,
    progress: Element,
    summary: Element,
    /// Which order the table is in, said in words (the headings' arrows are easy to miss).
    order_said: Element,
    table: Element,
    body: Element,
    export: Element,
    /// The table's rows as shown, with their own class (to mark the one open) and their row's index.
    lines: RefCell<Vec<(Element, &'static str, usize)>>,
    /// The order asked for by a heading, and the headings that sort (to say which one does); whether
    /// the reviewer chose it (else the pile is put worst first once read).
    order: Cell<Order>,
    chosen: Cell<bool>,
    sorting: RefCell<Vec<(Element, Order)>>,
    /// Rows in the order read, with each report's text (to open it).
    rows: RefCell<Vec<(Reviewed, Option<String>)>>,
    /// Files chosen but not yet read.
    queue: RefCell<VecDeque<File>>,
    /// The file whose report opens once read (one brought from another screen).
    opening: RefCell<Option<String>>,
    reading: Cell<bool>,
    /// How many files this run has read, of how many chosen, and how many rows it replaced (a file of
    /// the same name chosen again).
    done: Cell<usize>,
    replaced: Cell<usize>,
    /// The row whose report is open, and whether opening it added a step to the browser's history (so
    /// that Back leads to the list, not out of the page).
    open: Cell<Option<usize>>,
    stepped: Cell<bool>,
}

impl Pile {
    /// Draws the pile's controls in `place`; files dropped anywhere on `container` join the pile.
    pub(super) fn open(container: &Element, place: &Element, view: Rc<View>) {
        let dom = &view.dom;
        dom.text(place, "h3", "", "批量审校报告文件");
        dom.text(place, "p", "note", "选择或拖入多份报告（Word 文档 .docx、文本文件 .txt，或装有它们的压缩包 .zip，可一次选上百份），逐份核对并列成一表，点击一行查看该报告的标注；结果可导出为 CSV（Excel 可直接打开）。文件只在本机读取。");
        let Some(label) = dom.child(place, "label", "audit-drop") else { return };
        dom.text(&label, "span", "", "选择或拖入报告文件…");
        let Some(input) = dom.child(&label, "input", "") else { return };
        attributes(&input, &[("type", "file"), ("multiple", ""), ("accept", ACCEPT), ("data-audit", "files")]);
        let (Some(progress), Some(summary), Some(order_said), Some(tools)) = (
            dom.child(place, "p", "audit-progress"),
            dom.child(place, "p", "audit-pile-summary"),
            dom.child(place, "p", "audit-pile-order screen-only"),
            dom.child(place, "div", "audit-actions"),
        ) else {
            return;
        };
        attributes(&progress, &[("role", "status"), ("aria-live", "polite")]);
        let (Some(table), Some(body)) = (dom.element("table", "audit-pile-table"), dom.element("tbody", "")) else { return };
        let Some(head) = dom.child(&table, "thead", "").and_then(|h| dom.child(&h, "tr", "")) else { return };
        let mut sorting = Vec::new();
        for title in ["文件", "单位", "年度", "识别", "不符", "无法核对", "最大不符或问题"] {
            let Some(heading) = dom.text(&head, "th", "", title) else { continue };
            let order = match title {
                "文件" => Order::File,
                "不符" => Order::Mismatches,
                "无法核对" => Order::Unverifiable,
                _ => continue,
            };
            sorting.push((heading, order));
        }
        let _ = table.append_child(&body);
        let pile = Rc::new(Pile {
            view: view.clone(),
            progress,
            summary,
            order_said,
            table: table.clone(),
            body,
            export: tools.clone(),
            lines: RefCell::new(Vec::new()),
            order: Cell::new(Order::Read),
            chosen: Cell::new(false),
            sorting: RefCell::new(Vec::new()),
            rows: RefCell::new(Vec::new()),
            queue: RefCell::new(VecDeque::new()),
            opening: RefCell::new(None),
            reading: Cell::new(false),
            done: Cell::new(0),
            replaced: Cell::new(0),
            open: Cell::new(None),
            stepped: Cell::new(false),
        });
        let exported = pile.clone();
        if let Some(button) = dom.button(&tools, "", "导出 CSV", move || exported.export()) {
            attributes(&button, &[("data-action", "export-audit-csv")]);
        }
        let cleared = pile.clone();
        dom.button(&tools, "", "清空列表", move || cleared.clear());
        // A heading that sorts is a button in its cell (for the keyboard too); a second click goes back
        // to the order read.
        for (heading, order) in sorting {
            let sorted = pile.clone();
            let title = heading.text_content().unwrap_or_default();
            heading.set_text_content(None);
            if let Some(button) = dom.button(&heading, "sort", &title, move || sorted.sort(order)) {
                attributes(&button, &[("data-sort", &title)]);
            }
            pile.sorting.borrow_mut().push((heading, order));
        }
        let _ = place.append_child(&table);
        SHOWN.with(|shown| shown.replace(Some(pile.clone())));
        pile.show_table();
        pile.say_dropped();

        let chosen = pile.clone();
        let picker: HtmlInputElement = input.clone().unchecked_into();
        on(&input, "change", move || {
            chosen.add(files_of(picker.files()));
            // The same files may be chosen again after a change on disk.
            picker.set_value("");
        });
        // Dropped anywhere on the view: read here, never opened by the browser nor taken for a draft.
        let dropped = pile.clone();
        on_events(container, &["dragover", "drop"], move |event| {
            let Ok(drag) = event.dyn_into::<DragEvent>() else { return };
            // Text dragged into the box is the box's business.
            let files = drag.data_transfer().is_some_and(|d| d.types().includes(&JsValue::from_str("Files"), 0));
            if !files {
                return;
            }
            drag.prevent_default();
            drag.stop_propagation();
            if drag.type_() == "drop" {
                dropped.add(files_of(drag.data_transfer().and_then(|d| d.files())));
            }
        });
        // A row opens its report (the file's name is a button, for the keyboard too).
        pile.keep_in_page();
        let opened = pile.clone();
        on_events(&pile.body, &["click"], move |event| {
            let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
            let removing = target.as_ref().and_then(|t| t.closest("[data-action=\"remove-row\"]").ok().flatten()).is_some();
            let row = target.and_then(|t| t.closest("tr").ok().flatten());
            let index = row.and_then(|r| r.get_attribute("data-index")).and_then(|i| i.parse::<usize>().ok());
            match index {
                Some(index) if removing => opened.remove(index),
                Some(index) => opened.open_row(index),
                None => {}
            }
        });
    }

    /// Reads a report's file into the pile of the view shown, as if dropped on it, and opens its report
    /// once read: the clerk who dropped last year's report on another screen sees its 审校, and
    /// 据此新建草稿 is a click away.
    pub(super) fn open_file(file: File) {
        let Some(pile) = SHOWN.with(|shown| shown.borrow().clone()) else { return };
        pile.opening.replace(Some(file.name()));
        pile.add(vec![file]);
    }

    /// The report of a file just read (its first, if it binds several), opened; a file that could not be
    /// read stays a row saying why.
    fn open_read(self: &Rc<Self>, name: &str) {
        let part = format!("{name}（第");
        let index = self.rows.borrow().iter().position(|(row, text)| text.is_some() && (row.file == name || row.file.starts_with(&part)));
        if let Some(index) = index {
            self.open_row(index);
        }
    }

    /// Adds files to the pile; reads them unless a reading is under way (which then reads them too).
    fn add(self: &Rc<Self>, files: Vec<File>) {
        if files.is_empty() {
            return;
        }
        self.queue.borrow_mut().extend(files);
        if self.reading.replace(true) {
            self.show_progress(None);
            return;
        }
        self.done.set(0);
        self.replaced.set(0);
        let pile = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                let next = pile.queue.borrow_mut().pop_front();
                let Some(file) = next else { break };
                pile.show_progress(Some(&file.name()));
                // Painted before the file is read, so the reviewer sees which file is on.
                breathe().await;
                for (name, read) in report_texts(&file).await {
                    pile.reviewed(&name, read);
                }
                pile.done.set(pile.done.get() + 1);
            }
            pile.reading.set(false);
            pile.show_progress(None);
            // Read, the pile is put worst first (unless the reviewer chose an order): what needs the
            // reviewer's eye is at the top, not spread through the rows by file name.
            if !pile.chosen.get() && pile.order.get() == Order::Read {
                pile.put_in_order(Order::Mismatches);
            }
            if let Some(name) = pile.opening.take() {
                pile.open_read(&name);
            }
        });
    }

    /// One file done: its row, or a row for each report it binds (“…docx（第2份）”), each judged on its own
    /// figures — replacing earlier ones of the same name.
    fn reviewed(&self, name: &str, read: Result<String, String>) {
        let rows: Vec<(Reviewed, Option<String>)> = match read {
            Ok(text) => {
                let reports = reports_in(&text);
                let named = |k: usize| if reports.len() > 1 { format!("{name}（第{}份）", k + 1) } else { name.to_string() };
                reports
                    .iter()
                    .enumerate()
                    .map(|(k, report)| {
                        // A report bound over and over is judged once, and says so.
                        let (report, times) = copies(report);
                        (Reviewed { copies: times, ..reviewed(&named(k), report, &audit(report)) }, Some(report.to_string()))
                    })
                    .collect()
            }
            Err(problem) => vec![(unreadable(name, &problem), None)],
        };
        {
            let mut kept = self.rows.borrow_mut();
            // A file read again may bind more or fewer reports than before: its earlier parts go.
            let part = format!("{name}（第");
            let named: Vec<&str> = rows.iter().map(|(r, _)| r.file.as_str()).collect();
            kept.retain(|(r, _)| !r.file.starts_with(&part) || named.contains(&r.file.as_str()));
            if rows.len() > 1 {
                kept.retain(|(r, _)| r.file != name);
            }
            for row in rows {
                match kept.iter_mut().find(|(r, _)| r.file == row.0.file) {
                    Some(old) => {
                        *old = row;
                        self.replaced.set(self.replaced.get() + 1);
                    }
                    None => kept.push(row),
                }
            }
            mark_same_texts(&mut kept);
        }
        self.show_table();
    }

    fn show_progress(&self, file: Option<&str>) {
        let (done, left) = (self.done.get(), self.queue.borrow().len());
        let text = match file {
            Some(name) => format!("正在读取第 {} / {} 份：{name}", done + 1, done + left + 1),
            None if self.reading.get() => format!("正在读取，已完成 {done} / {} 份…", done + left),
            None if done > 0 => match self.replaced.get() {
                0 => format!("已读取 {done} 份报告。"),
                n => format!("已读取 {done} 份报告。列表中同名的 {n} 行已换成这次读取的结果。"),
            },
            None => String::new(),
        };
        self.progress.set_text_content(Some(&text));
    }

    /// The table, the summary line and the export button, from the rows.
    fn show_table(&self) {
        let rows = self.rows.borrow();
        let dom = &self.view.dom;
        self.body.set_text_content(None);
        let mut lines = self.lines.borrow_mut();
        lines.clear();
        for index in ordered(rows.iter().map(|(row, _)| row), self.order.get()) {
            let Some((row, _)) = rows.get(index) else { continue };
            let class = if row.problem.is_some() {
                "row-problem"
            } else if row.mismatches > 0 {
                "row-mismatch"
            } else if row.nothing_found() {
                "row-nothing"
            } else {
                ""
            };
            // The report last opened stays marked, back at the list: the reviewer's place in it.
            let shown = if self.open.get() == Some(index) { format!("{class} row-open") } else { class.to_string() };
            let Some(line) = dom.child(&self.body, "tr", &shown) else { continue };
            lines.push((line.clone(), class, index));
            let counted = |n: usize| if row.problem.is_some() { "—".to_string() } else { n.to_string() };
            attributes(&line, &[
                ("data-audit-row", &row.file),
                ("data-mismatches", &counted(row.mismatches)),
                ("data-unverifiable", &counted(row.unverifiable)),
                ("data-index", &index.to_string()),
            ]);
            if let Some(cell) = dom.child(&line, "td", "") {
                let button = dom.text(&cell, "button", "link", &row.file);
                if let Some(button) = button {
                    attributes(&button, &[("type", "button"), ("title", "查看该报告的标注")]);
                    if row.problem.is_some() {
                        attributes(&button, &[("disabled", "")]);
                    }
                }
                // One file taken out of the pile (the wrong one chosen), not the whole pile.
                if let Some(remove) = dom.text(&cell, "button", "remove screen-only", "移除") {
                    attributes(&remove, &[("type", "button"), ("data-action", "remove-row"), ("aria-label", &format!("从列表中移除 {}", row.file))]);
                }
            }
            dom.text(&line, "td", "", row.unit.as_deref().unwrap_or("—"));
            dom.text(&line, "td", "", row.year.as_deref().unwrap_or("—"));
            dom.text(&line, "td", "number", &counted(row.claims));
            dom.text(&line, "td", "number", &counted(row.mismatches));
            dom.text(&line, "td", "number", &counted(row.unverifiable));
            if let Some(cell) = dom.text(&line, "td", if row.problem.is_some() || row.nothing_found() { "problem" } else { "" }, row.remark()) {
                let notes = row.notes();
                if !notes.is_empty() {
                    dom.text(&cell, "span", "pile-note", &notes);
                }
            }
        }
        let count = |keep: fn(&Reviewed) -> bool| rows.iter().filter(|(r, _)| keep(r)).count();
        let summary = match rows.len() {
            0 => String::new(),
            n => format!(
                "共 {n} 份：有不符的 {} 份，有无法核对项的 {} 份，未识别到数据的 {} 份，无法读取的 {} 份。",
                count(|r| r.mismatches > 0),
                count(|r| r.problem.is_none() && r.unverifiable > 0),
                count(Reviewed::nothing_found),
                count(|r| r.problem.is_some())
            ),
        };
        self.summary.set_text_content(Some(&summary));
        self.order_said.set_text_content(Some(if rows.is_empty() { "" } else { order_words(self.order.get()) }));
        let said = (!rows.is_empty()).then(|| match count(|r| r.mismatches > 0) {
            0 => format!("审校：{} 份报告，未见不符", rows.len()),
            n => format!("审校：{} 份报告，{n} 份有不符", rows.len()),
        });
        self.view.say_of_pile(said);
        self.view.fold_input(!rows.is_empty());
        if !rows.is_empty() {
            if let Some(storage) = session_storage() {
                let _ = storage.set_item(KEPT_COUNT, &rows.len().to_string());
            }
        }
        let hidden = if rows.is_empty() { "hidden" } else { "" };
        self.table.set_class_name(&format!("audit-pile-table {hidden}"));
        self.export.set_class_name(&format!("audit-actions {hidden}"));
    }

    fn open_row(self: &Rc<Self>, index: usize) {
        self.keep_own_text();
        let rows = self.rows.borrow();
        let Some((row, Some(text))) = rows.get(index) else { return };
        self.view.open(&row.file, text, &audit(text));
        for (line, class, k) in self.lines.borrow().iter() {
            line.set_class_name(&if *k == index { format!("{class} row-open") } else { class.to_string() });
        }
        self.open.set(Some(index));
        // The report opens above the table, far from the row: the way back leads to it, by the button or
        // by the browser's Back (a step of history, added once however many rows are opened in turn).
        if !self.stepped.replace(true) {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                // Back would restore the scroll of the step left, away from the row (a mode kept per
                // step, the new one taking it from this one).
                let _ = js_sys::Reflect::set(&history, &JsValue::from_str("scrollRestoration"), &JsValue::from_str("manual"));
                // The step is the 审校报告 screen's (its key before the colon, as the page reads its steps):
                // Back from another screen returns to this report.
                let _ = history.push_state(&JsValue::from_str(REPORT_STEP), "");
            }
        }
        let back = self.clone();
        self.view.offer_back("返回列表", move || back.leave_report());
    }

    /// Leads back to the open report's row: through the history step its opening added, if any.
    fn leave_report(&self) {
        let history = web_sys::window().and_then(|w| w.history().ok());
        match history {
            Some(history) if self.stepped.get() => {
                let _ = history.back();
            }
            _ => self.to_open_row(),
        }
    }

    /// Back at the list: the report closed (a text of the reviewer's own kept as a row first), the row
    /// it was opened from in view with the focus on it.
    fn to_open_row(&self) {
        self.keep_own_text();
        self.view.close();
        self.show_table();
        let open = self.open.get();
        if let Some((line, _, _)) = self.lines.borrow().iter().find(|(_, _, k)| Some(*k) == open) {
            back_to(line);
        }
    }

    /// Back in the browser returns from a report to its row; leaving the page with a pile read asks first
    /// (the pile lives in this page only: a hundred files would have to be chosen again).
    fn keep_in_page(self: &Rc<Self>) {
        let pile = self.clone();
        on_window_capture(&["popstate", "beforeunload"], move |event| {
            if event.type_() == "popstate" {
                // Back from another screen into the report's own step stays on the report; any other step
                // is a step out of it.
                let state = web_sys::window().and_then(|w| w.history().ok()).and_then(|h| h.state().ok());
                let into_the_report = state.and_then(|s| s.as_string()).is_some_and(|s| s == REPORT_STEP);
                if !into_the_report && pile.stepped.replace(false) {
                    pile.to_open_row();
                }
            } else if pile.rows.try_borrow().is_ok_and(|rows| !rows.is_empty()) {
                event.prevent_default();
                let _ = js_sys::Reflect::set(&event, &JsValue::from_str("returnValue"), &JsValue::from_str("离开后批量审校列表将清空"));
            }
        });
    }

    /// Sorts the table by a heading's column; asked again, back to the order read.
    fn sort(&self, order: Order) {
        self.chosen.set(true);
        self.put_in_order(if self.order.get() == order { Order::Read } else { order });
    }

    fn put_in_order(&self, order: Order) {
        self.order.set(order);
        for (heading, by) in self.sorting.borrow().iter() {
            let said = if *by == order { if order == Order::File { "ascending" } else { "descending" } } else { "none" };
            attributes(heading, &[("aria-sort", said)]);
        }
        self.show_table();
    }

    /// The rows as the table shows them.
    fn shown(&self) -> Vec<Reviewed> {
        let rows = self.rows.borrow();
        ordered(rows.iter().map(|(row, _)| row), self.order.get()).into_iter().filter_map(|i| rows.get(i).map(|(r, _)| r.clone())).collect()
    }

    fn export(&self) {
        let rows = self.shown();
        if rows.is_empty() {
            return;
        }
        if let Err(problem) = download_bytes("报告审校结果.csv", csv(&rows).as_bytes(), "text/csv;charset=utf-8") {
            self.progress.set_text_content(Some(&problem));
        }
    }

    /// Empties the pile, once the reviewer says so: a hundred files' results go with one click.
    fn clear(&self) {
        let count = self.rows.borrow().len();
        let question = format!("清空这 {count} 份报告的审校结果？清空后需重新选择文件才能再看。");
        let sure = count == 0 || web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false);
        if !sure {
            return;
        }
        if self.reading.get() {
            self.queue.borrow_mut().clear();
        }
        self.rows.borrow_mut().clear();
        self.done.set(0);
        self.forget_count();
        self.show_table();
        self.show_progress(None);
    }

    /// Takes one row out of the pile (its report closed if open); the focus stays on the 移除 now in its
    /// place, so the next wrong file is one Enter away.
    fn remove(&self, index: usize) {
        let removed = {
            let mut rows = self.rows.borrow_mut();
            if index >= rows.len() {
                return;
            }
            let (row, _) = rows.remove(index);
            mark_same_texts(&mut rows);
            row.file
        };
        match self.open.get() {
            Some(open) if open == index => {
                self.open.set(None);
                self.view.close();
            }
            Some(open) if open > index => self.open.set(Some(open - 1)),
            _ => {}
        }
        let place = self.lines.borrow().iter().position(|(_, _, k)| *k == index).unwrap_or(0);
        if self.rows.borrow().is_empty() {
            self.forget_count();
        }
        self.show_table();
        self.progress.set_text_content(Some(&format!("已从列表中移除“{removed}”（需要时可重新选择该文件）。")));
        let lines = self.lines.borrow();
        let next = lines.get(place).or_else(|| lines.last()).and_then(|(line, _, _)| line.query_selector("[data-action=\"remove-row\"]").ok().flatten());
        if let Some(button) = next.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = button.focus();
        }
    }

    /// A report the reviewer pasted (or typed, or edited) into the box joins the pile as its own row
    /// before anything replaces it; the same text twice is one row.
    fn keep_own_text(&self) {
        let Some(text) = self.view.own_text() else { return };
        let name = {
            let mut rows = self.rows.borrow_mut();
            if let Some((row, _)) = rows.iter().find(|(_, kept)| kept.as_deref() == Some(text.as_str())) {
                row.file.clone()
            } else {
                let taken = |name: &str| rows.iter().any(|(row, _)| row.file == name);
                let name = (1..).map(|k| if k == 1 { PASTED.to_string() } else { format!("{PASTED}（{k}）") }).find(|n| !taken(n)).unwrap_or_default();
                let row = reviewed(&name, &text, &audit(&text));
                rows.push((row, Some(text)));
                mark_same_texts(&mut rows);
                name
            }
        };
        self.show_table();
        self.progress.set_text_content(Some(&format!("文本框中的报告已列入下表“{name}”一行，点击即可再打开。")));
    }

    /// After a reload: the pile the page held is gone (it lives in the page only); say so, once a line.
    fn say_dropped(&self) {
        let count = session_storage().and_then(|s| s.get_item(KEPT_COUNT).ok().flatten()).and_then(|n| n.parse::<usize>().ok());
        if let Some(count) = count.filter(|n| *n > 0) {
            self.progress.set_text_content(Some(&format!(
                "刷新页面前列表中的 {count} 份报告已不在（列表只在本页中，不保存报告内容）：如需再看，请重新选择文件。"
            )));
        }
    }

    fn forget_count(&self) {
        if let Some(storage) = session_storage() {
            let _ = storage.remove_item(KEPT_COUNT);
        }
    }
}

/// Scrolls the table back to a row and puts the focus on it, as it was before its report was opened.
fn back_to(line: &Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    line.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(button) = line.query_selector("button").ok().flatten().and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = button.focus();
    }
}

/// Which order the table is in, and how to change it, in words.
fn order_words(order: Order) -> &'static str {
    match order {
        Order::Read => "按读取顺序排列；点表头“不符”可把不符多的排在前面。",
        Order::Mismatches => "按不符从多到少排列，无法读取的文件在最后；点表头“文件”“无法核对”可改排法，再点一次恢复读取顺序。",
        Order::Unverifiable => "按无法核对从多到少排列，无法读取的文件在最后；再点一次表头恢复读取顺序。",
        Order::File => "按文件名排列；再点一次表头恢复读取顺序。",
    }
}
