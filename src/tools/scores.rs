//! The scoring tables (自评评分, 附件2): the funds block (年初预算数, 全年预算数, 全年执行数, 执行率 with
//! 分值 and 得分), every other row of the draft's rubric with its 指标值, 实际完成值, 分值 and 得分 — why
//! points were lost, or the inputs for a manual row's score, 实际完成值 and reason — and the total.
//!
//! The page scores the draft on every keystroke and hands over the tables' texts ([`ScoreSheet`]); it
//! gets every typed score field back (`on_field(id, text)`). The tables are drawn anew only when the
//! rubric's rows change or another draft is opened, never while the clerk types: a control's text is
//! the clerk's, the draft is updated from it.

use std::cell::RefCell;

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

use crate::browser::dom::{attributes, on_events, Dom};
use crate::core::draft::fields::{score_field_id, FieldKind, ScoreField};
use crate::core::reading::field_check;
use crate::core::scoring::presets::preset_note;
use crate::core::scoring::score_sheet::{FundsLine, ScoreSheet, SheetRow};

thread_local! {
    /// The tables as last drawn (one scoring section per page).
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

/// Shows the scoring tables of `sheet` ([`ScoreSheet::to_text`]) in `container`; `revision` changes when
/// the page replaces the draft as a whole (the controls are made anew with the new text).
#[wasm_bindgen]
pub fn show_scores(container: Element, sheet: String, revision: u32, on_field: Function) {
    let Some(sheet) = ScoreSheet::from_text(&sheet) else { return };
    show_preset_note(&container, &sheet.preset);
    SHOWN.with(|shown| {
        let Ok(mut shown) = shown.try_borrow_mut() else { return };
        let layout = Layout::of(&sheet, revision);
        let current = shown.as_ref().is_some_and(|s| s.container == container && s.layout == layout);
        if !current {
            if container.get_attribute("data-scores").is_none() {
                attributes(&container, &[("data-scores", "")]);
                on_events(&container, &["input"], typed);
            }
            *shown = Shown::draw(&container, &sheet, layout);
        }
        if let Some(shown) = shown.as_mut() {
            shown.on_field = Some(on_field);
            shown.update(sheet);
        }
    });
}

/// Says where the chosen preset comes from, in the scoring section's note above the tables (the page
/// leaves it empty: the notes are long and not needed before the tables).
fn show_preset_note(container: &Element, preset: &str) {
    let note = container.closest(".scoring").ok().flatten().and_then(|section| section.query_selector(".preset-note").ok().flatten());
    if let Some(note) = note {
        let text = preset_note(preset);
        if note.text_content().as_deref() != Some(text) {
            note.set_text_content(Some(text));
        }
    }
}

/// A score field typed in: hand it to the page and say at once what is wrong with it.
fn typed(event: Event) {
    let Some(control) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
    let Some(field) = control.get_attribute("data-field") else { return };
    let text = control.value();
    let on_field = SHOWN.with(|shown| {
        let mut shown = shown.try_borrow_mut().ok()?;
        let shown = shown.as_mut()?;
        if let Some(cell) = shown.cells.iter_mut().find(|c| c.field == field) {
            cell.text.clone_from(&text);
            cell.show(field_check::message(cell.kind, &text));
        }
        shown.on_field.clone()
    });
    // Called with the tables let go of: the page may ask to show them again at once.
    if let Some(on_field) = on_field {
        let _ = on_field.call2(&JsValue::NULL, &JsValue::from_str(&field), &JsValue::from_str(&text));
    }
}

/// What the drawn tables are made of: the rows (by id, and which boxes each has) and the draft's revision.
#[derive(PartialEq, Eq)]
struct Layout {
    rows: Vec<(String, bool, bool)>,
    revision: u32,
}

impl Layout {
    fn of(sheet: &ScoreSheet, revision: u32) -> Self {
        Self { rows: sheet.rows.iter().map(|r| (r.id.clone(), r.manual, r.score_box)).collect(), revision }
    }
}

struct Shown {
    container: Element,
    layout: Layout,
    /// Each funds line's cells: 年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分.
    funds: Vec<[Element; 6]>,
    rows: Vec<RowShown>,
    cells: Vec<Cell>,
    total: Element,
    /// What is shown now: only what changes is written again (a keystroke changes a few texts).
    last: Option<ScoreSheet>,
    on_field: Option<Function>,
}

/// The elements of one score row that show computed values.
struct RowShown {
    tr: Element,
    levels: Element,
    level3: Element,
    target: Element,
    /// 实际完成值 of a computed row (a manual row's is typed).
    actual: Option<Element>,
    points: Element,
    score: Element,
    criteria: Element,
    note: Element,
}

/// A control the clerk types into, with the text typed and where its message goes.
struct Cell {
    field: String,
    kind: FieldKind,
    text: String,
    wrapper: Element,
    /// The wrapper's classes other than `invalid`.
    class: String,
    control: Element,
    message: Element,
    /// The problem shown now.
    problem: Option<String>,
}

impl Cell {
    fn show(&mut self, problem: Option<String>) {
        if problem == self.problem {
            return;
        }
        self.message.set_text_content(problem.as_deref());
        let class = if problem.is_some() { format!("{} invalid", self.class) } else { self.class.clone() };
        self.wrapper.set_class_name(&class);
        attributes(&self.control, &[("aria-invalid", if problem.is_some() { "true" } else { "false" })]);
        self.problem = problem;
    }
}

impl Shown {
    fn draw(container: &Element, sheet: &ScoreSheet, layout: Layout) -> Option<Self> {
        let dom = Dom::of(container)?;
        container.set_text_content(None);
        let mut cells = Vec::new();
        let funds = funds_table(&dom, container, &sheet.funds)?;
        let table = dom.child(container, "table", "score-table rows")?;
        head(&dom, &table, &["指标", "指标值", "实际完成值", "分值", "得分", "扣分原因、评分依据"])?;
        let body = dom.child(&table, "tbody", "")?;
        let rows = sheet.rows.iter().map(|r| score_row(&dom, &body, r, &mut cells)).collect::<Option<_>>()?;
        let total = dom.child(container, "p", "total-line")?;
        Some(Self { container: container.clone(), layout, funds, rows, cells, total, last: None, on_field: None })
    }

    fn update(&mut self, sheet: ScoreSheet) {
        let last = self.last.take();
        for (i, (shown, line)) in self.funds.iter().zip(&sheet.funds).enumerate() {
            let before = last.as_ref().and_then(|l| l.funds.get(i));
            for (k, (cell, text)) in shown.iter().zip(&line.cells).enumerate() {
                set(cell, before.map(|b| b.cells[k].as_str()), text);
            }
        }
        for (i, (shown, row)) in self.rows.iter().zip(&sheet.rows).enumerate() {
            shown.update(row, last.as_ref().and_then(|l| l.rows.get(i)));
        }
        for cell in &mut self.cells {
            let typed = field_check::message(cell.kind, &cell.text);
            let found = || sheet.problems.iter().find(|(field, _)| *field == cell.field).map(|(_, message)| message.clone());
            cell.show(typed.or_else(found));
        }
        set(&self.total, last.as_ref().map(|l| l.total.as_str()), &sheet.total);
        self.last = Some(sheet);
    }
}

/// Writes `text` into `element` unless it is what `before` already shows.
fn set(element: &Element, before: Option<&str>, text: &str) {
    if before != Some(text) {
        element.set_text_content(Some(text));
    }
}

impl RowShown {
    fn update(&self, r: &SheetRow, before: Option<&SheetRow>) {
        let pairs = [
            (&self.levels, &r.levels, before.map(|b| b.levels.as_str())),
            (&self.level3, &r.level3, before.map(|b| b.level3.as_str())),
            (&self.target, &r.target, before.map(|b| b.target.as_str())),
            (&self.points, &r.points, before.map(|b| b.points.as_str())),
            (&self.score, &r.score, before.map(|b| b.score.as_str())),
            (&self.criteria, &r.criteria, before.map(|b| b.criteria.as_str())),
        ];
        for (element, text, before) in pairs {
            set(element, before, text);
        }
        set(&self.note, before.map(SheetRow::note_shown).as_deref(), &r.note_shown());
        if let Some(actual) = &self.actual {
            set(actual, before.map(|b| b.actual.as_str()), &r.actual);
        }
        if before.map(|b| b.marks.as_str()) != Some(r.marks.as_str()) {
            self.tr.set_class_name(&r.marks);
        }
    }
}

fn head(dom: &Dom, table: &Element, columns: &[&str]) -> Option<()> {
    let tr = dom.child(&dom.child(table, "thead", "")?, "tr", "")?;
    for column in columns {
        attributes(&dom.text(&tr, "th", "", column)?, &[("scope", "col")]);
    }
    Some(())
}

/// 资金执行情况: one line for 年度资金总额, 基本支出 and 项目支出.
fn funds_table(dom: &Dom, container: &Element, lines: &[FundsLine]) -> Option<Vec<[Element; 6]>> {
    let table = dom.child(container, "table", "score-table")?;
    let caption = dom.text(&table, "caption", "", "资金执行情况（万元）")?;
    dom.text(&caption, "span", "score-table-hint", "（表格较宽，可左右滑动）");
    head(dom, &table, &["项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"])?;
    let body = dom.child(&table, "tbody", "")?;
    let line = |line: &FundsLine| -> Option<[Element; 6]> {
        let tr = dom.child(&body, "tr", "")?;
        attributes(&dom.text(&tr, "th", "", &line.label)?, &[("scope", "row")]);
        let figure = |class: &str| dom.child(&tr, "td", class);
        let cells = [figure("figure")?, figure("figure")?, figure("figure")?, figure("figure")?, figure("figure")?, figure("figure score")?];
        attributes(&cells[4], &[("data-points", &line.id)]);
        attributes(&cells[5], &[("data-score", &line.id)]);
        Some(cells)
    };
    lines.iter().map(line).collect()
}

/// One row of the score table; a manual row has inputs for its 实际完成值 and 得分, a computed row whose
/// figures are missing one for its 得分.
fn score_row(dom: &Dom, body: &Element, r: &SheetRow, cells: &mut Vec<Cell>) -> Option<RowShown> {
    let id = r.id.as_str();
    let manual = r.manual;
    let tr = dom.child(body, "tr", "")?;
    let th = dom.child(&tr, "th", "")?;
    attributes(&th, &[("scope", "row")]);
    let levels = dom.child(&th, "small", "")?;
    let level3 = dom.child(&th, "span", "")?;
    let td = |class: &str, label: &str| {
        let td = dom.child(&tr, "td", class)?;
        attributes(&td, &[("data-label", label)]);
        Some(td)
    };
    let target = td("", "指标值")?;
    let actual_td = td("", "实际完成值")?;
    let actual = if manual {
        cell(dom, &actual_td, score_field_id(id, ScoreField::Actual), &r.typed[1], FieldKind::Text, "实际完成值", "", cells);
        None
    } else {
        dom.child(&actual_td, "span", "")
    };
    let points = td("figure", "分值")?;
    attributes(&points, &[("data-points", id)]);
    let score_td = td("figure", "得分")?;
    if manual || r.score_box {
        cell(dom, &score_td, score_field_id(id, ScoreField::Score), &r.typed[0], FieldKind::Points, "得分", "score-input", cells);
    }
    let score = dom.child(&score_td, "strong", "score")?;
    attributes(&score, &[("data-score", id)]);
    let reason = td("reason", "扣分原因、评分依据")?;
    let criteria = dom.child(&reason, "p", "criteria")?;
    let note = dom.child(&reason, "p", "note-line")?;
    cell(dom, &reason, score_field_id(id, ScoreField::Reason), &r.typed[2], FieldKind::Text, "扣分原因或评分依据", "", cells);
    Some(RowShown { tr, levels, level3, target, actual, points, score, criteria, note })
}

/// An input for `field` holding `text`, with its message line.
#[allow(clippy::too_many_arguments)]
fn cell(dom: &Dom, parent: &Element, field: String, text: &str, kind: FieldKind, label: &str, class: &str, cells: &mut Vec<Cell>) {
    let class = format!("cell {class}").trim_end().to_string();
    let Some(wrapper) = dom.child(parent, "span", &class) else { return };
    let Some(control) = dom.child(&wrapper, "input", "") else { return };
    let text = text.to_string();
    let figure = kind == FieldKind::Points;
    attributes(&control, &[("type", "text"), ("data-field", &field), ("aria-label", label), ("value", &text), ("autocomplete", "off")]);
    attributes(&control, &[("inputmode", if figure { "decimal" } else { "text" })]);
    if figure {
        attributes(&control, &[("class", "figure")]);
    }
    let Some(message) = dom.child(&wrapper, "span", "message") else { return };
    attributes(&message, &[("role", "status")]);
    cells.push(Cell { field, kind, text, wrapper, class, control, message, problem: None });
}
