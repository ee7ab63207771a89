//! The project view (项目自评, SPEC §12): every project's 项目支出绩效自评表, edited in place and scored as
//! the clerk types.
//!
//! It keeps its own copy of the draft's projects and options, opened from the draft's document text.
//! After every change it hands the changed project back to the page (`on_project(n, json)`, the form of
//! [`project_to_json`]; `n` past the last project adds one) or the changed option (`on_field(id, text)`);
//! the page makes it the draft's and saves it. Scores, messages and findings are computed here with the
//! core's own rules, for the one project that changed.

mod table;

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::browser::dom::{attributes, on_events, Dom};
use crate::core::calc::findings::Finding;
use crate::core::document::read_document;
use crate::core::draft::choices::ExecutionRounding;
use crate::core::draft::fields::{indicator_field_id, kind_of, parse_indicator_field_id, project_field_id, project_of};
use crate::core::draft::project::{project_to_json, IndicatorColumn as C, ProjectColumn};
use crate::core::draft::{Draft, IndicatorRow};
use crate::core::reading::figures::{Figures, InputProblem, ProjectEvalOptions};
use crate::core::reading::pasted_grid::read_pasted_grid;
use crate::core::scoring::project::review::review_table;
use crate::core::scoring::project::score_project;
use crate::core::scoring::project::skeleton::skeleton;

use table::Shown;

const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/projects.min.css"));

/// Opens the view in `slot` over the draft `document` (its JSON text). Each opening draws into an element
/// of its own: an earlier opening's listeners go with its element, and never answer with their own copy of
/// the projects (another draft's, after a switch) for a field typed in this one.
#[wasm_bindgen]
pub fn edit_projects(slot: Element, document: String, on_project: Function, on_field: Function) {
    let Some(dom) = Dom::of(&slot) else { return };
    slot.set_text_content(None);
    let Some(container) = dom.child(&slot, "div", "") else { return };
    let draft = match read_document(&document) {
        Ok((draft, _)) => draft,
        Err(problem) => {
            container.set_text_content(Some(&format!("项目自评表未能打开：{problem}")));
            return;
        }
    };
    let mut view = View { dom, container: container.clone(), draft, tables: Vec::new(), removed: None, notice: None, jump: None, on_project, on_field };
    view.render();
    on_events(&container, &["input", "change", "click", "paste"], move |event| match event.type_().as_str() {
        "change" if view.jumped(&event) => {}
        "input" | "change" => view.typed(&event),
        "paste" => view.pasted(&event),
        _ => view.clicked(&event),
    });
}

/// An indicator row just removed, with its place, for undo.
struct Removed {
    project: usize,
    index: usize,
    row: IndicatorRow,
}

struct View {
    dom: Dom,
    container: Element,
    draft: Draft,
    tables: Vec<Shown>,
    removed: Option<Removed>,
    /// The line that says what a paste or a removal did.
    notice: Option<Element>,
    /// The list of the projects' names that takes a phone's clerk to one (see [`View::render_jump`]).
    jump: Option<Element>,
    on_project: Function,
    on_field: Function,
}

impl View {
    fn options(&self) -> ProjectEvalOptions {
        Figures::read(&self.draft).project_eval
    }

    fn render(&mut self) {
        self.container.set_text_content(None);
        self.tables.clear();
        let dom = &self.dom;
        dom.text(&self.container, "style", "", STYLE);
        dom.text(&self.container, "h2", "", "项目支出绩效自评表（附件3）");
        if let Some(note) = dom.text(&self.container, "p", "note", "每个项目一张表：填写年初预算数、绩效指标的年度指标值和实际完成值，得分随输入计算。预算数和执行数与“填写”中的项目支出相同，在任一处修改均可。未填写的指标行不计分、不打印。") {
            // Unfilled template rows would make a phone's screen many times longer, one empty card each.
            dom.text(&note, "span", "narrow-only", "手机上各表未填写的指标行已收起，点表下的“显示未填写的指标行”可填写。");
        }
        self.render_options();
        self.jump = self.render_jump();
        self.notice = self.dom.child(&self.container, "p", "eval-notice");
        if let Some(notice) = &self.notice {
            attributes(notice, &[("role", "status")]);
        }
        if self.draft.projects().is_empty() {
            self.dom.text(&self.container, "p", "empty", "还没有项目。请点“添加项目”，或在“填写”的项目支出明细中添加。");
        }
        for n in 0..self.draft.projects().len() {
            self.start_from_skeleton(n);
            if let Some(shown) = table::render(&self.dom, n, &self.draft.projects()[n]) {
                let _ = self.container.append_child(&shown.root);
                self.tables.push(shown);
            }
        }
        if let Some(add) = self.dom.text(&self.container, "button", "add add-project", "＋ 添加项目") {
            attributes(&add, &[("type", "button"), ("data-action", "add-project-eval")]);
        }
        for n in 0..self.tables.len() {
            self.show(n);
        }
    }

    /// On a phone the tables stand one under another, fourteen projects many screens long: a list of
    /// their names at the top takes the clerk to one (hidden on a wide screen, where a table is short).
    fn render_jump(&self) -> Option<Element> {
        let projects = self.draft.projects();
        if projects.len() < 2 {
            return None;
        }
        let dom = &self.dom;
        let line = dom.child(&self.container, "p", "project-jump narrow-only")?;
        let label = dom.child(&line, "label", "")?;
        dom.text(&label, "span", "", "转到项目");
        let select = dom.child(&label, "select", "")?;
        attributes(&select, &[("data-action", "jump-to-project")]);
        if let Some(prompt) = dom.text(&select, "option", "", &format!("共{}个项目，选择一个…", projects.len())) {
            attributes(&prompt, &[("value", "")]);
        }
        for (n, project) in projects.iter().enumerate() {
            if let Some(option) = dom.text(&select, "option", "", &table::heading_text(n, project.name())) {
                attributes(&option, &[("value", &n.to_string())]);
            }
        }
        Some(select)
    }

    /// A project chosen in the list: its table's first box gets the focus (the browser scrolls to it),
    /// and the list goes back to its prompt for the next jump. False for any other change.
    fn jumped(&self, event: &Event) -> bool {
        let Some(select) = event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) else { return false };
        if select.get_attribute("data-action").as_deref() != Some("jump-to-project") {
            return false;
        }
        let shown = select.value().parse::<usize>().ok().and_then(|n| self.tables.get(n));
        select.set_value("");
        let first = shown.and_then(|s| s.root.query_selector("input, textarea, select").ok().flatten());
        if let Some(first) = first.and_then(|f| f.dyn_into::<HtmlElement>().ok()) {
            let _ = first.focus();
        }
        true
    }

    /// The options every table is scored by.
    fn render_options(&self) {
        let dom = &self.dom;
        let Some(bar) = dom.child(&self.container, "div", "eval-options") else { return };
        let options = self.options();
        let draft = &self.draft;
        if let Some(label) = dom.child(&bar, "label", "") {
            dom.text(&label, "span", "", "预算执行率分值");
            if let Some(input) = dom.child(&label, "input", "figure") {
                let value = draft.get("project_eval.execution_points");
                attributes(&input, &[("type", "text"), ("data-field", "project_eval.execution_points"), ("value", value), ("placeholder", "10"), ("inputmode", "decimal")]);
            }
        }
        if let Some(label) = dom.child(&bar, "label", "") {
            dom.text(&label, "span", "", "执行率得分");
            if let Some(select) = dom.child(&label, "select", "") {
                attributes(&select, &[("data-field", "project_eval.execution_rounding")]);
                for choice in ExecutionRounding::CHOICES {
                    if let Some(option) = dom.text(&select, "option", "", choice.label) {
                        attributes(&option, &[("value", choice.id)]);
                        if choice.id == options.rounding.id() {
                            attributes(&option, &[("selected", "")]);
                        }
                    }
                }
            }
        }
        if let Some(label) = dom.child(&bar, "label", "") {
            if let Some(input) = dom.child(&label, "input", "") {
                attributes(&input, &[("type", "checkbox"), ("data-field", "project_eval.cap_by_execution")]);
                if options.cap_by_execution {
                    attributes(&input, &[("checked", "")]);
                }
            }
            dom.text(&label, "span", "", "按执行率限制总分（执行率低于80%时）");
        }
    }

    /// A project without indicator rows shows the template's headings, so the clerk fills rather than
    /// builds; they become the draft's with the project's first edit.
    fn start_from_skeleton(&mut self, n: usize) {
        let Some(project) = self.draft.projects().get(n) else { return };
        if !project.indicators.is_empty() {
            return;
        }
        let row = project.row;
        for (level1, level2) in &skeleton().rows {
            self.draft.add_indicator(row, &[(C::Level1, level1), (C::Level2, level2)]);
        }
    }

    /// Recomputes project `n` and shows its scores, messages and findings.
    fn show(&self, n: usize) {
        let (Some(project), Some(shown)) = (self.draft.projects().get(n), self.tables.get(n)) else { return };
        let mut problems: Vec<InputProblem> = Vec::new();
        let score = score_project(n, project, &self.options(), &mut problems);
        let findings: Vec<Finding> = review_table(&score, project.cell(ProjectColumn::FundsReason));
        let findings: Vec<&Finding> = findings.iter().collect();
        shown.update(&self.dom, &score, &problems, &findings);
        // The list of names follows a name as it is typed, as the table's heading does.
        if let Some(option) = self.jump.as_ref().and_then(|j| j.query_selector(&format!("option[value='{n}']")).ok().flatten()) {
            option.set_text_content(Some(&table::heading_text(n, project.name())));
        }
    }

    /// Hands project `n` back to the page.
    fn hand_back(&self, n: usize) {
        if let Some(project) = self.draft.projects().get(n) {
            let _ = self.on_project.call2(&JsValue::NULL, &JsValue::from(n as u32), &JsValue::from_str(&project_to_json(project)));
        }
    }

    fn say(&self, text: &str) {
        if let Some(notice) = &self.notice {
            notice.set_text_content(Some(text));
            attributes(notice, &[("class", "eval-notice")]);
        }
    }

    /// A cell was typed in (or a choice made): keep the text, hand it over, show what follows.
    fn typed(&mut self, event: &Event) {
        let Some((field, value)) = field_value(event) else { return };
        if field.starts_with("project_eval.") {
            let _ = self.draft.set(&field, &value);
            let _ = self.on_field.call2(&JsValue::NULL, &JsValue::from_str(&field), &JsValue::from_str(&value));
            for n in 0..self.tables.len() {
                self.show(n);
            }
            return;
        }
        let Some(n) = project_of(&field) else { return };
        if kind_of(&field).is_none() || self.draft.get(&field) == value {
            return;
        }
        let _ = self.draft.set(&field, &value);
        self.withdraw_undo();
        self.hand_back(n);
        self.show(n);
    }

    /// The offer to undo a removal stays only until the clerk does something else, as the form's does:
    /// a row brought back after later edits could land among rows since moved.
    fn withdraw_undo(&mut self) {
        if self.removed.take().is_some() {
            self.say("");
        }
    }

    fn clicked(&mut self, event: &Event) {
        let Some(button) = event.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| t.closest("button").ok().flatten()) else {
            if let Some(goto) = event.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| t.closest("[data-goto]").ok().flatten()) {
                focus(&self.container, &goto.get_attribute("data-goto").unwrap_or_default());
            }
            return;
        };
        let number = |name: &str| button.get_attribute(name).and_then(|v| v.parse::<usize>().ok());
        let (project, row) = (number("data-project"), number("data-row"));
        if button.get_attribute("data-action").as_deref() != Some("undo-remove-indicator") {
            self.withdraw_undo();
        }
        match (button.get_attribute("data-row-action").as_deref(), button.get_attribute("data-action").as_deref(), project) {
            (Some(action), _, Some(n)) => self.row_action(action, n, row.unwrap_or(0)),
            (_, Some("add-indicator"), Some(n)) => self.add_row(n, None),
            (_, Some("undo-remove-indicator"), _) => self.undo_remove(),
            (_, Some("show-unused"), Some(n)) => self.toggle_unused(n),
            (_, Some("add-project-eval"), _) => self.add_project(),
            _ => {}
        }
    }

    fn row_action(&mut self, action: &str, n: usize, k: usize) {
        let Some(project) = self.draft.projects().get(n) else { return };
        let Some(row) = project.indicators.get(k).map(|r| r.row) else { return };
        let project_row = project.row;
        match action {
            "up" | "down" => {
                let last = project.indicators.len().saturating_sub(1);
                let moved = if action == "up" { k.checked_sub(1) } else { Some(k + 1).filter(|m| *m <= last) };
                // At the top (or the foot) the button stays where it is and does nothing.
                let Some(moved) = moved else { return };
                self.draft.move_indicator(project_row, row, if action == "up" { -1 } else { 1 });
                self.changed(n, None);
                // The same button in the row's new place: Enter again moves it on, one place a press.
                focus_row_button(&self.container, action, n, moved);
            }
            "insert" => self.add_row(n, Some(k)),
            "remove" => {
                let removed = project.indicators[k].clone();
                self.draft.remove_indicator(project_row, row);
                // A table left without rows gets its blank headings again, as it does when next opened:
                // blank rows are neither scored nor printed, and the table looks the same before and after a reload.
                self.start_from_skeleton(n);
                let name = removed.cell(C::Name).trim().to_string();
                self.removed = Some(Removed { project: n, index: k, row: removed });
                self.changed(n, None);
                self.say_removed(&name);
                // Focus stays in the grid, on the 删除 now in its place (the last row's: the one above), so the
                // clerk can go on, or press Ctrl+Z.
                let left = self.draft.projects().get(n).map_or(0, |p| p.indicators.len());
                focus_row_button(&self.container, "remove", n, k.min(left.saturating_sub(1)));
            }
            _ => {}
        }
    }

    /// Adds a row at the end, or below row `after`, under the same headings; its first cell takes the focus.
    fn add_row(&mut self, n: usize, after: Option<usize>) {
        let Some(project) = self.draft.projects().get(n) else { return };
        let project_row = project.row;
        let last = project.indicators.len();
        let above = after.map_or(last.checked_sub(1), Some).and_then(|k| project.indicators.get(k));
        let headings = above.map(|r| (r.cell(C::Level1).to_string(), r.cell(C::Level2).to_string())).unwrap_or_default();
        let Some(row) = self.draft.add_indicator(project_row, &[(C::Level1, &headings.0), (C::Level2, &headings.1)]) else { return };
        let target = after.map_or(last, |k| k + 1);
        for _ in target..last {
            self.draft.move_indicator(project_row, row, -1);
        }
        self.changed(n, None);
        // Blank, it would be folded away on a phone before it could be typed into.
        if let Some(new_row) = self.tables.get(n).and_then(|t| t.root.query_selector(&format!("[data-indicator-row=\"{target}\"]")).ok().flatten()) {
            let _ = new_row.remove_attribute("class");
        }
        focus(&self.container, &indicator_field_id(n, target, C::Level1));
    }

    fn undo_remove(&mut self) {
        let Some(Removed { project, index, row }) = self.removed.take() else { return };
        let Some(project_row) = self.draft.projects().get(project).map(|p| p.row) else { return };
        let cells: Vec<(C, &str)> = C::ALL.iter().map(|c| (*c, row.cell(*c))).collect();
        let Some(restored) = self.draft.add_indicator(project_row, &cells) else { return };
        let last = self.draft.projects().get(project).map_or(0, |p| p.indicators.len().saturating_sub(1));
        for _ in index.min(last)..last {
            self.draft.move_indicator(project_row, restored, -1);
        }
        self.say("");
        self.changed(project, Some(indicator_field_id(project, index.min(last), C::Name)));
    }

    fn add_project(&mut self) {
        self.draft.add_project();
        let n = self.draft.projects().len().saturating_sub(1);
        self.hand_back(n);
        self.render();
        focus(&self.container, &project_field_id(n, ProjectColumn::Name));
    }

    /// After a change to project `n`'s rows: hand it back, draw its table anew, focus `then`.
    fn changed(&mut self, n: usize, then: Option<String>) {
        self.hand_back(n);
        let (Some(project), Some(old)) = (self.draft.projects().get(n), self.tables.get(n)) else { return };
        let Some(shown) = table::render(&self.dom, n, project) else { return };
        if old.root.has_attribute("data-unfolded") {
            unfold(&shown.root, true);
        }
        let _ = old.root.replace_with_with_node_1(&shown.root);
        self.tables[n] = shown;
        self.show(n);
        if let Some(field) = then {
            focus(&self.container, &field);
        }
    }

    /// On a phone: shows (or folds again) table `n`'s rows not yet filled.
    fn toggle_unused(&self, n: usize) {
        if let Some(shown) = self.tables.get(n) {
            unfold(&shown.root, !shown.root.has_attribute("data-unfolded"));
        }
    }

    fn say_removed(&self, name: &str) {
        let Some(notice) = &self.notice else { return };
        notice.set_text_content(None);
        // The words in their own element: on a phone a long name is cut short, never the button.
        self.dom.text(notice, "span", "", &format!("已删除指标行{}。", if name.is_empty() { String::new() } else { format!("“{name}”") }));
        // Floats at the foot of the window, as the form's offer for a project row does: in sight of the 删除
        // pressed, however far down the screen the table is.
        attributes(notice, &[("class", "eval-notice undo")]);
        if let Some(undo) = self.dom.text(notice, "button", "", "撤销删除") {
            attributes(&undo, &[("type", "button"), ("data-action", "undo-remove-indicator")]);
        }
    }

    /// Rows pasted from a spreadsheet into a grid cell fill the grid from that row and column.
    fn pasted(&mut self, event: &Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Some((n, k, column)) = target.get_attribute("data-field").as_deref().and_then(parse_indicator_field_id) else { return };
        let Some(text) = event.dyn_ref::<ClipboardEvent>().and_then(ClipboardEvent::clipboard_data).and_then(|data| data.get_data("text/plain").ok()) else { return };
        let Some(grid) = read_pasted_grid(&text, column) else {
            // One value pasted into one cell: what an earlier paste said no longer holds.
            self.say("");
            return;
        };
        event.prevent_default();
        let Some(project_row) = self.draft.projects().get(n).map(|p| p.row) else { return };
        for (offset, cells) in grid.rows.iter().enumerate() {
            let index = k + offset;
            let rows = self.draft.projects().get(n).map_or(0, |p| p.indicators.len());
            if index >= rows {
                self.draft.add_indicator(project_row, &[]);
            }
            for (column, text) in cells {
                let _ = self.draft.set(&indicator_field_id(n, index, *column), text);
            }
        }
        let dropped = self.tidy_after_paste(n, k..k + grid.rows.len());
        self.changed(n, Some(indicator_field_id(n, k, column)));
        let mut said = format!("已粘贴{}行。", grid.rows.len());
        if dropped > 0 {
            said.push_str(&format!("表格模板中未填写的{dropped}行已删去。"));
        }
        for problem in &grid.unplaced {
            said.push_str(problem);
            said.push('。');
        }
        self.say(&said);
    }

    /// The template's rows left empty past rows `pasted` of project `n`: gone when the paste was the
    /// whole table, else each under its own 一级 heading (`Project::tidied_after_paste`). How many went.
    fn tidy_after_paste(&mut self, n: usize, pasted: std::ops::Range<usize>) -> usize {
        let Some(project) = self.draft.projects().get(n) else { return 0 };
        let order: Vec<String> = skeleton().split.iter().map(|(level1, _)| level1.clone()).collect();
        let tidied = project.tidied_after_paste(pasted, &order);
        let (row, dropped) = (project.row, project.indicators.len().saturating_sub(tidied.len()));
        self.draft.arrange_indicators(row, &tidied);
        dropped
    }
}

/// The field an input or change event came from, and its value now (a checkbox: `true` or nothing).
fn field_value(event: &Event) -> Option<(String, String)> {
    let target = event.target()?;
    let field = target.dyn_ref::<Element>()?.get_attribute("data-field")?;
    let value = if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        if input.type_() == "checkbox" {
            if input.checked() { "true" } else { "" }.to_string()
        } else {
            input.value()
        }
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        target.dyn_ref::<HtmlSelectElement>()?.value()
    };
    Some((field, value))
}

/// Shows a table's unfilled rows on a phone (`open`), or folds them, saying so on its button.
fn unfold(table: &Element, open: bool) {
    let _ = if open { table.set_attribute("data-unfolded", "") } else { table.remove_attribute("data-unfolded") };
    if let Ok(Some(button)) = table.query_selector("[data-action=show-unused]") {
        button.set_text_content(Some(if open { "收起未填写的指标行" } else { "显示未填写的指标行" }));
        attributes(&button, &[("aria-pressed", if open { "true" } else { "false" })]);
    }
}

/// Focuses row `k`'s `action` button (↑, ↓, ＋, 删除) of project `n`'s grid; if that row is folded away
/// (an unfilled row on a phone), the nearest shown row's below it, else above it, else ＋ 添加指标行.
fn focus_row_button(container: &Element, action: &str, n: usize, k: usize) {
    let Ok(all) = container.query_selector_all(&format!("[data-row-action=\"{action}\"][data-project=\"{n}\"]")) else { return };
    let shown: Vec<HtmlElement> = (0..all.length()).filter_map(|i| all.item(i)?.dyn_into::<HtmlElement>().ok()).filter(|b| b.offset_parent().is_some()).collect();
    let row = |b: &HtmlElement| b.get_attribute("data-row").and_then(|r| r.parse::<usize>().ok()).unwrap_or(0);
    let button = shown.iter().find(|b| row(b) >= k).or_else(|| shown.last()).cloned();
    let button = button.or_else(|| container.query_selector(&format!("[data-action=\"add-indicator\"][data-project=\"{n}\"]")).ok().flatten()?.dyn_into::<HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}

/// Focuses the control of `field` inside the view.
fn focus(container: &Element, field: &str) {
    let selector = format!("[data-field=\"{field}\"]");
    if let Some(element) = container.query_selector(&selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        element.scroll_into_view_with_bool(false);
        let _ = element.focus();
    }
}
