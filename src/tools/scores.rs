//! The scoring tables (自评评分, 附件2): the funds block (年初预算数, 全年预算数, 全年执行数, 执行率 with
//! 分值 and 得分), every other row of the draft's rubric with its 指标值, 实际完成值, 分值 and 得分 — why
//! points were lost, or the inputs for a manual row's score, 实际完成值 and reason — and the total.
//!
//! The page hands over the draft's document text a moment after each change and gets every typed
//! score field back (`on_field(id, text)`); the rows are scored here with the core's own rules. The
//! tables are drawn anew only when the rubric's rows change or another draft is opened, never while
//! the clerk types: a control's text is the clerk's, the draft is updated from it.

use std::cell::RefCell;

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

use crate::browser::dom::{attributes, on_events, Dom};
use crate::core::document::read_document;
use crate::core::draft::fields::{score_field_id, FieldKind, ScoreField};
use crate::core::draft::Draft;
use crate::core::evaluation::evaluate_without_project_tables;
use crate::core::reading::amount::format_wan;
use crate::core::reading::field_check;
use crate::core::scoring::funds::FundsRowId;
use crate::core::scoring::rubric::Source;
use crate::core::scoring::rules::{plain, two};
use crate::core::scoring::scores::{RowScore, Scores};

thread_local! {
    /// The tables as last drawn (one scoring section per page).
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

/// Shows the scores of the draft `document` in `container`; `revision` changes when the page replaces
/// the draft as a whole (its controls are made anew with the new text).
#[wasm_bindgen]
pub fn show_scores(container: Element, document: String, revision: u32, on_field: Function) {
    // A draft the page cannot read is reported by the page; the tables keep what they showed.
    let Ok((draft, _)) = read_document(&document) else { return };
    let scores = evaluate_without_project_tables(&draft).scores;
    SHOWN.with(|shown| {
        let Ok(mut shown) = shown.try_borrow_mut() else { return };
        let layout = Layout::of(&scores, revision);
        let current = shown.as_ref().is_some_and(|s| s.container == container && s.layout == layout);
        if !current {
            if container.get_attribute("data-scores").is_none() {
                attributes(&container, &[("data-scores", "")]);
                on_events(&container, &["input"], typed);
            }
            *shown = Shown::draw(&container, &draft, &scores, layout);
        }
        if let Some(shown) = shown.as_mut() {
            shown.on_field = Some(on_field);
            shown.update(&scores);
        }
    });
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
            cell.show(field_check::message(cell.kind, &text).as_deref());
        }
        shown.on_field.clone()
    });
    // Called with the tables let go of: the page may ask to show them again at once.
    if let Some(on_field) = on_field {
        let _ = on_field.call2(&JsValue::NULL, &JsValue::from_str(&field), &JsValue::from_str(&text));
    }
}

/// What the drawn tables are made of: the rows (by id, manual or computed) and the draft's revision.
#[derive(PartialEq, Eq)]
struct Layout {
    rows: Vec<(String, bool)>,
    revision: u32,
}

impl Layout {
    fn of(scores: &Scores, revision: u32) -> Self {
        Self { rows: table_rows(scores).map(|r| (r.row.id.clone(), r.is_manual())).collect(), revision }
    }
}

/// The rubric's rows other than the funds rows (those are in the funds block).
fn table_rows(scores: &Scores) -> impl Iterator<Item = &RowScore> {
    scores.rows.iter().filter(|r| !matches!(r.row.source, Source::Funds(_)))
}

struct Shown {
    container: Element,
    layout: Layout,
    /// Each funds row's cells: 年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分.
    funds: Vec<(FundsRowId, [Element; 6])>,
    rows: Vec<RowShown>,
    cells: Vec<Cell>,
    total: Element,
    on_field: Option<Function>,
}

/// The elements of one score row that show computed values.
struct RowShown {
    id: String,
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
}

impl Cell {
    fn show(&self, problem: Option<&str>) {
        self.message.set_text_content(problem);
        set_classes(&self.wrapper, &self.class, &[("invalid", problem.is_some())]);
        attributes(&self.control, &[("aria-invalid", if problem.is_some() { "true" } else { "false" })]);
    }
}

impl Shown {
    fn draw(container: &Element, draft: &Draft, scores: &Scores, layout: Layout) -> Option<Self> {
        let dom = Dom::of(container)?;
        container.set_text_content(None);
        let mut cells = Vec::new();
        let funds = funds_table(&dom, container)?;
        let table = dom.child(container, "table", "score-table rows")?;
        head(&dom, &table, &["指标", "指标值", "实际完成值", "分值", "得分", "扣分原因、评分依据"])?;
        let body = dom.child(&table, "tbody", "")?;
        let rows = table_rows(scores).filter_map(|r| score_row(&dom, &body, draft, r, &mut cells)).collect();
        let total = dom.child(container, "p", "total-line")?;
        Some(Self { container: container.clone(), layout, funds, rows, cells, total, on_field: None })
    }

    fn update(&self, scores: &Scores) {
        for (id, [initial, annual, actual, rate, points, score]) in &self.funds {
            let line = scores.funds.iter().find(|f| f.id == *id);
            let row = scores.row(id.id());
            let wan = |value: Option<rust_decimal::Decimal>| value.map_or_else(dash, format_wan);
            initial.set_text_content(Some(&wan(line.and_then(|l| l.initial))));
            annual.set_text_content(Some(&wan(line.and_then(|l| l.annual))));
            actual.set_text_content(Some(&wan(line.and_then(|l| l.actual))));
            rate.set_text_content(Some(&line.map_or_else(dash, |l| l.rate_text.clone())));
            points.set_text_content(Some(&row.map_or_else(dash, |r| plain(r.row.points))));
            score.set_text_content(Some(&row.map_or_else(dash, score_text)));
        }
        for shown in &self.rows {
            if let Some(row) = scores.row(&shown.id) {
                shown.update(row);
            }
        }
        for cell in &self.cells {
            let typed = field_check::message(cell.kind, &cell.text);
            let found = || scores.problems.iter().find(|p| p.field == cell.field).map(|p| p.message.clone());
            cell.show(typed.or_else(found).as_deref());
        }
        let cap = scores.cap.as_ref().map(|c| format!("（{}）", c.reason)).unwrap_or_default();
        let line = format!("总分 {} 分（分值合计 {} 分）{cap}，等级：{}", scores.total_text(), plain(scores.weights), scores.grade.label());
        self.total.set_text_content(Some(&line));
    }
}

impl RowShown {
    fn update(&self, r: &RowScore) {
        let levels: Vec<&str> = [r.row.level1.as_str(), r.row.level2.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
        self.levels.set_text_content(Some(&levels.join(" · ")));
        self.level3.set_text_content(Some(&r.row.level3));
        self.target.set_text_content(Some(&r.row.target));
        if let Some(actual) = &self.actual {
            actual.set_text_content(Some(&r.actual));
        }
        self.points.set_text_content(Some(&plain(r.row.points)));
        self.score.set_text_content(Some(&score_text(r)));
        self.criteria.set_text_content(Some(&r.row.criteria));
        self.note.set_text_content(Some(if r.is_manual() { "" } else { &r.note }));
        let lost = r.score.is_some_and(|s| s < r.row.points);
        set_classes(&self.tr, "", &[("lost", lost), ("pending", r.score.is_none()), ("over", r.full_marks_over_limit())]);
    }
}

/// Gives `element` the classes `base` and those of `flags` that are on.
fn set_classes(element: &Element, base: &str, flags: &[(&str, bool)]) {
    let on = flags.iter().filter(|(_, on)| *on).map(|(class, _)| *class);
    let classes: Vec<&str> = std::iter::once(base).filter(|b| !b.is_empty()).chain(on).collect();
    element.set_class_name(&classes.join(" "));
}

fn dash() -> String {
    "—".to_string()
}

fn score_text(row: &RowScore) -> String {
    row.score.map_or_else(|| "待评".to_string(), two)
}

fn head(dom: &Dom, table: &Element, columns: &[&str]) -> Option<()> {
    let tr = dom.child(&dom.child(table, "thead", "")?, "tr", "")?;
    for column in columns {
        attributes(&dom.text(&tr, "th", "", column)?, &[("scope", "col")]);
    }
    Some(())
}

/// 资金执行情况: one line for 年度资金总额, 基本支出 and 项目支出.
fn funds_table(dom: &Dom, container: &Element) -> Option<Vec<(FundsRowId, [Element; 6])>> {
    let table = dom.child(container, "table", "score-table")?;
    let caption = dom.text(&table, "caption", "", "资金执行情况（万元）")?;
    dom.text(&caption, "span", "score-table-hint", "（表格较宽，可左右滑动）");
    head(dom, &table, &["项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"])?;
    let body = dom.child(&table, "tbody", "")?;
    let line = |id: FundsRowId| -> Option<(FundsRowId, [Element; 6])> {
        let tr = dom.child(&body, "tr", "")?;
        attributes(&dom.text(&tr, "th", "", id.label())?, &[("scope", "row")]);
        let figure = |class: &str| dom.child(&tr, "td", class);
        let [initial, annual, actual, rate] = [figure("figure")?, figure("figure")?, figure("figure")?, figure("figure")?];
        let points = figure("figure")?;
        attributes(&points, &[("data-points", id.id())]);
        let score = figure("figure score")?;
        attributes(&score, &[("data-score", id.id())]);
        Some((id, [initial, annual, actual, rate, points, score]))
    };
    FundsRowId::ALL.into_iter().map(line).collect()
}

/// One row of the score table; a manual row has inputs for its 实际完成值 and 得分.
fn score_row(dom: &Dom, body: &Element, draft: &Draft, r: &RowScore, cells: &mut Vec<Cell>) -> Option<RowShown> {
    let id = r.row.id.as_str();
    let manual = r.is_manual();
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
        cell(dom, &actual_td, draft, score_field_id(id, ScoreField::Actual), FieldKind::Text, "实际完成值", "", cells);
        None
    } else {
        dom.child(&actual_td, "span", "")
    };
    let points = td("figure", "分值")?;
    attributes(&points, &[("data-points", id)]);
    let score_td = td("figure", "得分")?;
    if manual {
        cell(dom, &score_td, draft, score_field_id(id, ScoreField::Score), FieldKind::Points, "得分", "score-input", cells);
    }
    let score = dom.child(&score_td, "strong", "score")?;
    attributes(&score, &[("data-score", id)]);
    let reason = td("reason", "扣分原因、评分依据")?;
    let criteria = dom.child(&reason, "p", "criteria")?;
    let note = dom.child(&reason, "p", "note-line")?;
    cell(dom, &reason, draft, score_field_id(id, ScoreField::Reason), FieldKind::Text, "扣分原因或评分依据", "", cells);
    Some(RowShown { id: id.to_string(), tr, levels, level3, target, actual, points, score, criteria, note })
}

/// An input for `field` holding the draft's text, with its message line.
#[allow(clippy::too_many_arguments)]
fn cell(dom: &Dom, parent: &Element, draft: &Draft, field: String, kind: FieldKind, label: &str, class: &str, cells: &mut Vec<Cell>) {
    let class = format!("cell {class}").trim_end().to_string();
    let Some(wrapper) = dom.child(parent, "span", &class) else { return };
    let Some(control) = dom.child(&wrapper, "input", "") else { return };
    let text = draft.get(&field).to_string();
    let figure = kind == FieldKind::Points;
    attributes(&control, &[("type", "text"), ("data-field", &field), ("aria-label", label), ("value", &text), ("autocomplete", "off")]);
    attributes(&control, &[("inputmode", if figure { "decimal" } else { "text" })]);
    if figure {
        attributes(&control, &[("class", "figure")]);
    }
    let Some(message) = dom.child(&wrapper, "span", "message") else { return };
    attributes(&message, &[("role", "status")]);
    cells.push(Cell { field, kind, text, wrapper, class, control, message });
}
