//! The rubric editor: every row's 指标 names, 分值, 指标值, 评价标准, what it scores and by which rule
//! with the rule's parameters; rows added, moved and removed (with undo).
//!
//! It edits its own copy of the rows and hands the whole rubric back to the page (`on_change`, as
//! [`rows_to_json`] text) after every change; the page makes it the draft's rubric and rescores. The
//! messages beside the cells come from reading the rows with the same code that scores them.

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::browser::dom::{attributes, on_events, Dom};
use crate::core::draft::fields::{parse_rubric_field_id, rubric_column_kind, rubric_field_id, FieldKind};
use crate::core::draft::rubric::{manual_row, rows_from_json, rows_to_json, RubricCells, RubricColumn as C};
use crate::core::reading::figures::InputProblem;
use crate::core::draft::choices::RuleKind;
use crate::core::scoring::rubric::read_rows;
use crate::core::scoring::rules::plain;

/// Opens the editor in `container` over `rows` ([`rows_to_json`] text); `on_change` gets the rows
/// after each change.
#[wasm_bindgen]
pub fn edit_rubric(container: Element, rows: String, on_change: Function) {
    let Some(dom) = Dom::of(&container) else { return };
    let mut editor = Editor {
        rows: rows_from_json(&rows).unwrap_or_default(),
        removed: None,
        cells: Vec::new(),
        weights: None,
        dom,
        container: container.clone(),
        on_change,
    };
    editor.render();
    on_events(&container, &["input", "change", "click"], move |event| {
        match event.type_().as_str() {
            "input" => editor.typed(&event),
            "change" => editor.chosen(&event),
            _ => editor.clicked(&event),
        }
    });
}

struct Editor {
    rows: Vec<Vec<String>>,
    /// The row removed last, with its place, for undo.
    removed: Option<(usize, Vec<String>)>,
    /// Each shown cell's field id, control and message, to show problems as the rows change.
    cells: Vec<(String, Element, Element)>,
    weights: Option<Element>,
    dom: Dom,
    container: Element,
    on_change: Function,
}

impl Editor {
    fn render(&mut self) {
        self.container.set_text_content(None);
        self.cells.clear();
        let note = "修改即时生效并自动保存。分档写法如“x=0 → 8分；0<x≤10% → 6分；x>30% → 0分”，得分也可写作分值的百分比（如“80%”）。";
        self.dom.text(&self.container, "p", "note", note);
        self.weights = self.dom.text(&self.container, "p", "weights", "");
        for index in 0..self.rows.len() {
            self.render_row(index, None);
        }
        let (dom, container) = (&self.dom, &self.container);
        if let Some((_, row)) = &self.removed {
            if let Some(undo) = dom.text(container, "p", "undo", &format!("已删除“{}”。", row.cell(C::Level3))) {
                if let Some(button) = dom.text(&undo, "button", "", "撤销删除") {
                    attributes(&button, &[("type", "button"), ("data-action", "undo-remove-rubric-row")]);
                }
            }
        }
        if let Some(add) = dom.text(container, "button", "add", "＋ 添加指标行") {
            attributes(&add, &[("type", "button"), ("data-action", "add-rubric-row")]);
        }
        self.show_problems();
    }

    /// Writes row `index` at the end of the editor, or in place of `replacing`.
    fn render_row(&mut self, index: usize, replacing: Option<&Element>) {
        let Some(fieldset) = self.dom.element("fieldset", "rubric-row") else { return };
        let _ = match replacing {
            Some(old) => old.replace_with_with_node_1(&fieldset),
            None => self.container.append_child(&fieldset).map(|_| ()),
        };
        attributes(&fieldset, &[("data-rubric-row", &index.to_string())]);
        let dom = &self.dom;
        if let Some(legend) = dom.text(&fieldset, "legend", "", &format!("第{}行", index + 1)) {
            let last = self.rows.len().saturating_sub(1);
            for (action, label, title, disabled) in [("up", "↑", "上移", index == 0), ("down", "↓", "下移", index == last), ("remove", "删除", "删除", false)] {
                if let Some(button) = dom.text(&legend, "button", if action == "remove" { "remove" } else { "" }, label) {
                    let name = format!("{title}评分表第{}行", index + 1);
                    attributes(&button, &[("type", "button"), ("data-row-action", action), ("data-row", &index.to_string()), ("aria-label", &name)]);
                    if action == "remove" {
                        attributes(&button, &[("data-action", "remove-rubric-row")]);
                    }
                    if disabled {
                        attributes(&button, &[("disabled", "")]);
                    }
                }
            }
        }
        let Some(grid) = dom.child(&fieldset, "div", "rubric-grid") else { return };
        for (column, label, wide) in self.columns_of(index) {
            self.render_cell(&grid, index, column, label, wide);
        }
    }

    /// The cells row `index` shows: the common ones, then those its rule takes.
    fn columns_of(&self, index: usize) -> Vec<(C, &'static str, bool)> {
        let row = &self.rows[index];
        let rule = RuleKind::from_id(row.cell(C::Rule)).unwrap_or_default();
        let mut columns = vec![
            (C::Level1, "一级指标", false),
            (C::Level2, "二级指标", false),
            (C::Level3, "三级指标", false),
            (C::Points, "分值", false),
            (C::Target, "指标值", false),
            (C::Source, "计分依据", false),
            (C::Rule, "计分方法", false),
        ];
        match rule {
            RuleKind::Ceiling | RuleKind::Target => columns.extend([
                (C::Threshold, if rule == RuleKind::Ceiling { "限值（%）" } else { "目标值（%）" }, false),
                (C::Deduct, "扣分（每个百分点或每档）", false),
                (C::Step, "每档（个百分点，空为逐点扣分）", false),
                (C::StepMode, "不足一档", false),
            ]),
            RuleKind::Bands => columns.push((C::Bands, "分档", true)),
            RuleKind::Interpolate => columns.extend([(C::Full, "满分值（%）", false), (C::Zero, "零分值（%）", false)]),
            RuleKind::Manual | RuleKind::Linear | RuleKind::Pass => {}
        }
        if !matches!(row.cell(C::Source), "" | "manual" | "typed") {
            columns.push((C::NotApplicable, "不适用时", false));
        }
        columns.push((C::Criteria, "评价标准", true));
        columns
    }

    fn render_cell(&mut self, grid: &Element, index: usize, column: C, label: &str, wide: bool) {
        let dom = &self.dom;
        let Some(cell_label) = dom.child(grid, "label", if wide { "rubric-cell wide" } else { "rubric-cell" }) else { return };
        dom.text(&cell_label, "span", "", label);
        let Some(cell) = dom.child(&cell_label, "span", "cell") else { return };
        let field = rubric_field_id(index, column);
        let text = self.rows[index].cell(column);
        let control = match rubric_column_kind(column) {
            FieldKind::Choice(choices) => dom.child(&cell, "select", "").inspect(|select| {
                let stored = if text.is_empty() { choices.first().map_or("", |c| c.id) } else { text };
                for choice in choices {
                    if let Some(option) = dom.text(select, "option", "", choice.label) {
                        attributes(&option, &[("value", choice.id)]);
                        if choice.id == stored {
                            attributes(&option, &[("selected", "")]);
                        }
                    }
                }
            }),
            _ if wide => dom.text(&cell, "textarea", "", text).inspect(|area| attributes(area, &[("rows", "2")])),
            kind => dom.child(&cell, "input", "").inspect(|input| {
                attributes(input, &[("type", "text"), ("value", text), ("autocomplete", "off")]);
                if matches!(kind, FieldKind::Points | FieldKind::Percent) {
                    attributes(input, &[("class", "figure"), ("inputmode", "decimal")]);
                }
            }),
        };
        let Some(control) = control else { return };
        attributes(&control, &[("data-field", &field), ("aria-label", label)]);
        if let Some(message) = dom.child(&cell, "span", "message") {
            self.cells.push((field, control, message));
        }
    }

    /// A cell was typed in: keep the text, tell the page, show what is now wrong.
    fn typed(&mut self, event: &Event) {
        let Some((index, column, value)) = field_value(event) else { return };
        let Some(cell) = self.rows.get_mut(index).and_then(|row| row.get_mut(column as usize)) else { return };
        *cell = value;
        self.changed();
    }

    /// A choice was made: as typing, and the row shows the cells its new rule or source takes.
    fn chosen(&mut self, event: &Event) {
        let Some((index, column, _)) = field_value(event) else { return };
        if matches!(column, C::Rule | C::Source) {
            let old = self.container.query_selector(&format!("[data-rubric-row=\"{index}\"]")).ok().flatten();
            self.cells.retain(|(field, _, _)| parse_rubric_field_id(field).is_none_or(|(row, _)| row != index));
            self.render_row(index, old.as_ref());
            self.show_problems();
        }
    }

    fn clicked(&mut self, event: &Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Some(button) = target.closest("button").ok().flatten() else { return };
        let row: Option<usize> = button.get_attribute("data-row").and_then(|r| r.parse().ok());
        match (button.get_attribute("data-row-action").as_deref(), row) {
            (Some("up"), Some(index)) if index > 0 => self.rows.swap(index, index - 1),
            (Some("down"), Some(index)) if index + 1 < self.rows.len() => self.rows.swap(index, index + 1),
            (Some("remove"), Some(index)) if index < self.rows.len() => self.removed = Some((index, self.rows.remove(index))),
            _ => match button.get_attribute("data-action").as_deref() {
                Some("add-rubric-row") => self.rows.push(new_row(&self.rows)),
                Some("undo-remove-rubric-row") => {
                    let Some((index, row)) = self.removed.take() else { return };
                    self.rows.insert(index.min(self.rows.len()), row);
                }
                _ => return,
            },
        }
        self.render();
        self.changed();
    }

    fn changed(&mut self) {
        let json = rows_to_json(self.rows.iter().map(|r| r as &dyn RubricCells));
        let _ = self.on_change.call1(&JsValue::NULL, &JsValue::from_str(&json));
        self.show_problems();
    }

    /// Reads the rows as scoring does and shows each problem beside its cell, and the sum of 分值.
    fn show_problems(&self) {
        let mut problems: Vec<InputProblem> = Vec::new();
        let read = read_rows(self.rows.iter().map(|r| r as &dyn RubricCells), &mut problems);
        for (field, control, message) in &self.cells {
            let problem = problems.iter().find(|p| p.field == *field).map(|p| p.message.as_str());
            message.set_text_content(Some(problem.unwrap_or("")));
            attributes(control, &[("aria-invalid", if problem.is_some() { "true" } else { "false" })]);
        }
        let weights = read.iter().map(|r| r.points).sum::<rust_decimal::Decimal>();
        if let Some(line) = &self.weights {
            let warning = if weights == rust_decimal::Decimal::ONE_HUNDRED { "" } else { "，应为100分" };
            line.set_text_content(Some(&format!("分值合计{}分{warning}", plain(weights))));
        }
    }
}

/// A new manual row, with an id (`customN`) no other row has.
fn new_row(rows: &[Vec<String>]) -> Vec<String> {
    let taken = rows.iter().filter_map(|r| r.cell(C::Id).strip_prefix("custom")?.parse::<usize>().ok()).max().unwrap_or(0);
    let id = format!("custom{}", taken.max(rows.len()) + 1);
    manual_row(&[(C::Id, &id), (C::Level3, "新指标"), (C::Points, "0")])
}

/// The rubric cell an input or change event came from, and its value now.
fn field_value(event: &Event) -> Option<(usize, C, String)> {
    let target = event.target()?;
    let element: &Element = target.dyn_ref()?;
    let (index, column) = parse_rubric_field_id(&element.get_attribute("data-field")?)?;
    let value = if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        target.dyn_ref::<HtmlSelectElement>()?.value()
    };
    Some((index, column, value))
}
