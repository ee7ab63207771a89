//! One project's 项目支出绩效自评表 as the clerk files it: the header (项目名称, 主管部门, 实施单位), the
//! funds block with its 其中 rows, 年度总体目标, the indicator grid, 总分 and 等级, and the project's
//! findings. Inputs carry their `data-field` ids; what is computed is shown in elements kept in
//! [`Shown`], which [`Shown::update`] rewrites after every change without touching the inputs.

use web_sys::Element;

use crate::browser::dom::{attributes, Dom};
use crate::core::calc::findings::Finding;
use crate::core::draft::fields::{indicator_field_id, project_field_id, project_of};
use crate::core::draft::project::{FundColumn, FundSource, IndicatorColumn as C, Project, ProjectColumn as P};
use crate::core::reading::deadline::{read_year_day, MonthEnd};
use crate::core::reading::figures::InputProblem;
use crate::core::reading::target_value::TargetValue;
use crate::core::scoring::project::rules::Direction;
use crate::core::scoring::project::{percent_text, Attainment, IndicatorScore, ProjectScore};
use crate::core::scoring::rules::{plain, two};

/// A control the clerk types into, with where its message goes.
pub struct Cell {
    pub field: String,
    pub control: Element,
    pub message: Element,
}

/// One indicator row's computed elements.
struct RowShown {
    points: Element,
    score: Element,
    note: Element,
    target_reading: Element,
    actual_reading: Element,
    row: Element,
}

/// The elements of one table that show computed values, and its controls' messages.
pub struct Shown {
    pub root: Element,
    /// “1. 项目名称”: follows the name as it is typed.
    heading: Element,
    pub cells: Vec<Cell>,
    execution_points: Element,
    execution_rate: Element,
    execution_score: Element,
    execution_note: Element,
    rows: Vec<RowShown>,
    total: Element,
    grade: Element,
    total_note: Element,
    findings: Element,
}

/// How a control is written.
#[derive(Clone, Copy)]
enum Kind {
    Line,
    Amount,
    Points,
    Paragraph,
}

/// Writes project `n`'s table; `project` is the tools' copy of it.
pub fn render(dom: &Dom, n: usize, project: &Project) -> Option<Shown> {
    let root = dom.element("section", "project-eval")?;
    attributes(&root, &[("data-project-eval", &n.to_string()), ("aria-label", &format!("项目{}的项目支出绩效自评表", n + 1))]);
    let mut cells = Vec::new();
    let heading = dom.text(&root, "h3", "", &heading_text(n, project.name()))?;
    header(dom, &root, n, project, &mut cells)?;
    let (execution_points, execution_rate, execution_score, execution_note) = funds(dom, &root, n, project, &mut cells)?;
    let reason = dom.child(&root, "div", "eval-reason")?;
    labelled(dom, &reason, n, project, P::FundsReason, "执行率偏低或预算调整的原因", &mut cells);
    let goals = dom.child(&root, "div", "eval-goals")?;
    labelled(dom, &goals, n, project, P::GoalExpected, "年度总体目标：预期目标", &mut cells);
    labelled(dom, &goals, n, project, P::GoalActual, "年度总体目标：实际完成情况", &mut cells);
    let rows = grid(dom, &root, n, project, &mut cells)?;
    let actions = dom.child(&root, "div", "eval-actions")?;
    if let Some(add) = dom.text(&actions, "button", "add", "＋ 添加指标行") {
        attributes(&add, &[("type", "button"), ("data-action", "add-indicator"), ("data-project", &n.to_string())]);
    }
    // On a phone the template's unfilled rows are folded (one card each made the screen dozens of screens long).
    if let Some(unfold) = dom.text(&actions, "button", "narrow-only", "显示未填写的指标行") {
        attributes(&unfold, &[("type", "button"), ("data-action", "show-unused"), ("data-project", &n.to_string()), ("aria-pressed", "false")]);
    }
    dom.text(&actions, "span", "hint", "可从 Excel、WPS 或预算系统导出的绩效目标表复制多行，粘贴到任一指标单元格。");
    let line = dom.child(&root, "p", "eval-total")?;
    dom.text(&line, "span", "", "总分（100分）：");
    let total = dom.text(&line, "strong", "", "")?;
    attributes(&total, &[("data-score", &format!("project.{n}.total"))]);
    dom.text(&line, "span", "", "　自评等级：");
    let grade = dom.text(&line, "strong", "", "")?;
    attributes(&grade, &[("data-grade", &format!("project.{n}"))]);
    let total_note = dom.text(&line, "span", "note", "")?;
    let findings = dom.child(&root, "ul", "eval-findings")?;
    Some(Shown { root, heading, cells, execution_points, execution_rate, execution_score, execution_note, rows, total, grade, total_note, findings })
}

/// “1. 职工技能培训”, or “1. 项目1” before it is named.
pub(super) fn heading_text(n: usize, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("{}. 项目{}", n + 1, n + 1)
    } else {
        format!("{}. {name}", n + 1)
    }
}

fn header(dom: &Dom, root: &Element, n: usize, project: &Project, cells: &mut Vec<Cell>) -> Option<()> {
    let table = dom.child(root, "div", "eval-head")?;
    for (column, label) in [(P::Name, "项目名称"), (P::Department, "主管部门"), (P::Implementer, "实施单位"), (P::PriorActual, "上年决算数（附件1用）")] {
        labelled(dom, &table, n, project, column, label, cells);
    }
    Some(())
}

/// A labelled control for one of the project's own cells.
fn labelled(dom: &Dom, parent: &Element, n: usize, project: &Project, column: P, label: &str, cells: &mut Vec<Cell>) {
    let Some(wrapper) = dom.child(parent, "label", "eval-field") else { return };
    dom.text(&wrapper, "span", "label", label);
    let kind = if matches!(column, P::GoalExpected | P::GoalActual | P::FundsReason) { Kind::Paragraph } else { Kind::Line };
    control(dom, &wrapper, &project_field_id(n, column), project.cell(column), kind, label, cells);
}

/// Writes an input (or textarea) for `field` holding `text`, and its message line.
fn control(dom: &Dom, parent: &Element, field: &str, text: &str, kind: Kind, label: &str, cells: &mut Vec<Cell>) -> Option<Element> {
    let control = match kind {
        Kind::Paragraph => dom.text(parent, "textarea", "", text).inspect(|area| attributes(area, &[("rows", "2")]))?,
        _ => dom.child(parent, "input", "").inspect(|input| attributes(input, &[("type", "text"), ("value", text), ("autocomplete", "off")]))?,
    };
    attributes(&control, &[("data-field", field), ("aria-label", label)]);
    if matches!(kind, Kind::Amount | Kind::Points) {
        attributes(&control, &[("class", "figure"), ("inputmode", "decimal")]);
    }
    let message = dom.child(parent, "span", "message")?;
    cells.push(Cell { field: field.to_string(), control: control.clone(), message });
    Some(control)
}

type FundsShown = (Element, Element, Element, Element);

fn funds(dom: &Dom, root: &Element, n: usize, project: &Project, cells: &mut Vec<Cell>) -> Option<FundsShown> {
    let table = dom.child(root, "table", "eval-funds")?;
    let head = dom.child(&table, "thead", "")?;
    let row = dom.child(&head, "tr", "")?;
    for label in ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] {
        dom.text(&row, "th", "", label).inspect(|th| attributes(th, &[("scope", "col")]));
    }
    let body = dom.child(&table, "tbody", "")?;
    let total = dom.child(&body, "tr", "")?;
    dom.text(&total, "th", "", "年度资金总额").inspect(|th| attributes(th, &[("scope", "row")]));
    for column in FundColumn::ALL {
        let cell = dom.child(&total, "td", "")?;
        let total_column = P::fund_total(column);
        control(dom, &cell, &project_field_id(n, total_column), project.cell(total_column), Kind::Amount, &format!("年度资金总额 {}", column.label()), cells);
    }
    let points = dom.text(&total, "td", "figure", "")?;
    attributes(&points, &[("data-points", &format!("project.{n}.execution"))]);
    let rate = dom.text(&total, "td", "figure", "")?;
    let score_cell = dom.child(&total, "td", "figure")?;
    let score = dom.text(&score_cell, "strong", "score", "")?;
    attributes(&score, &[("data-score", &format!("project.{n}.execution"))]);
    let mut note = None;
    for (index, source) in FundSource::ALL.iter().enumerate() {
        let row = dom.child(&body, "tr", "part")?;
        dom.text(&row, "th", "", &format!("{}{}", if index == 0 { "其中：" } else { "" }, source.label()))
            .inspect(|th| attributes(th, &[("scope", "row")]));
        for column in FundColumn::ALL {
            let cell = dom.child(&row, "td", "")?;
            let field = P::fund(*source, column);
            control(dom, &cell, &project_field_id(n, field), project.cell(field), Kind::Amount, field.label(), cells);
        }
        if index == 0 {
            let cell = dom.child(&row, "td", "note")?;
            attributes(&cell, &[("colspan", "3"), ("rowspan", "3")]);
            note = Some(cell);
        }
    }
    Some((points, rate, score, note?))
}

const GRID: [(C, &str, Kind); 8] = [
    (C::Level1, "一级指标", Kind::Line),
    (C::Level2, "二级指标", Kind::Line),
    (C::Name, "三级指标", Kind::Line),
    (C::Target, "年度指标值", Kind::Line),
    (C::Actual, "实际完成值", Kind::Line),
    (C::Points, "分值", Kind::Points),
    (C::Score, "得分", Kind::Points),
    (C::Reason, "偏差原因分析及改进措施", Kind::Paragraph),
];

fn grid(dom: &Dom, root: &Element, n: usize, project: &Project, cells: &mut Vec<Cell>) -> Option<Vec<RowShown>> {
    let table = dom.child(root, "table", "eval-grid")?;
    let head = dom.child(&table, "thead", "")?;
    let row = dom.child(&head, "tr", "")?;
    for (_, label, _) in GRID {
        dom.text(&row, "th", "", label).inspect(|th| attributes(th, &[("scope", "col")]));
    }
    dom.text(&row, "th", "", "操作").inspect(|th| attributes(th, &[("scope", "col")]));
    let body = dom.child(&table, "tbody", "")?;
    let last = project.indicators.len().saturating_sub(1);
    let mut shown = Vec::new();
    for (k, indicator) in project.indicators.iter().enumerate() {
        let tr = dom.child(&body, "tr", "")?;
        attributes(&tr, &[("data-indicator-row", &k.to_string())]);
        let mut extra: Vec<Element> = Vec::new();
        for (column, label, kind) in GRID {
            let td = dom.child(&tr, "td", column.id())?;
            // On a phone the row is a card without the table's head: the sheet writes this above the box.
            attributes(&td, &[("data-label", label)]);
            let field = indicator_field_id(n, k, column);
            let input = control(dom, &td, &field, indicator.cell(column), kind, &format!("第{}行 {label}", k + 1), cells);
            if column == C::Score {
                // Typed only to file a score of the unit's own; it is then checked against the rule.
                input.inspect(|i| attributes(i, &[("placeholder", "按规则")]));
            }
            match column {
                C::Target | C::Actual => extra.push(dom.child(&td, "span", "reading")?),
                C::Points => {
                    let points = dom.child(&td, "span", "effective")?;
                    attributes(&points, &[("data-points", &format!("project.{n}.indicators.{k}"))]);
                    extra.push(points);
                }
                C::Score => {
                    let score = dom.child(&td, "strong", "counted")?;
                    attributes(&score, &[("data-score", &format!("project.{n}.indicators.{k}"))]);
                    extra.push(score);
                    extra.push(dom.child(&td, "span", "note-line")?);
                }
                _ => {}
            }
        }
        row_actions(dom, &tr, n, k, last)?;
        let [target_reading, actual_reading, points, score, note] = <[Element; 5]>::try_from(extra).ok()?;
        shown.push(RowShown { points, score, note, target_reading, actual_reading, row: tr });
    }
    Some(shown)
}

fn row_actions(dom: &Dom, tr: &Element, n: usize, k: usize, last: usize) -> Option<()> {
    let td = dom.child(tr, "td", "row-actions")?;
    for (action, label, title, disabled) in [
        ("up", "↑", "上移", k == 0),
        ("down", "↓", "下移", k == last),
        ("insert", "＋", "在下方插入一行", false),
        ("remove", "删除", "删除", false),
    ] {
        let button = dom.text(&td, "button", action, label)?;
        let name = format!("{title}项目{}第{}行", n + 1, k + 1);
        attributes(&button, &[("type", "button"), ("data-row-action", action), ("data-project", &n.to_string()), ("data-row", &k.to_string()), ("aria-label", &name), ("title", &name)]);
        // Not `disabled`: a row moved to the top keeps the focus on its ↑ (a disabled button drops it).
        if disabled {
            attributes(&button, &[("aria-disabled", "true")]);
        }
    }
    Some(())
}

impl Shown {
    /// Shows `score` (the table's scores), `problems` beside their cells and `findings` under the table.
    pub fn update(&self, dom: &Dom, score: &ProjectScore, problems: &[InputProblem], findings: &[&Finding]) {
        self.heading.set_text_content(Some(&heading_text(score.index, &score.name)));
        let execution = &score.execution;
        self.execution_points.set_text_content(Some(&plain(execution.points)));
        self.execution_rate.set_text_content(Some(&execution.rate.map_or_else(|| "—".to_string(), percent_text)));
        self.execution_score.set_text_content(Some(&execution.score_text()));
        self.execution_note.set_text_content(Some(&execution.note));
        for (k, shown) in self.rows.iter().enumerate() {
            let row = score.rows.iter().find(|r| r.index == k);
            shown.update(row);
        }
        // A table without a row to score has no grade yet (not 差).
        let (total, grade) = if score.is_reported() { (score.total_text(), score.grade.label()) } else { ("—".to_string(), "—") };
        self.total.set_text_content(Some(&total));
        self.grade.set_text_content(Some(grade));
        self.total_note.set_text_content(Some(&total_note(score)));
        for cell in &self.cells {
            let problem = problems.iter().find(|p| p.field == cell.field).map(|p| p.message.as_str());
            cell.message.set_text_content(problem);
            attributes(&cell.control, &[("aria-invalid", if problem.is_some() { "true" } else { "false" })]);
        }
        self.findings.set_text_content(None);
        for finding in findings {
            if let Some(item) = dom.text(&self.findings, "li", finding.severity.id(), &format!("{}：{}", finding.severity.label(), finding.message)) {
                let project = finding.fields.first().and_then(|f| project_of(f)).map(|p| p.to_string()).unwrap_or_default();
                attributes(&item, &[("data-finding", finding.code.id()), ("data-project", &project), ("data-goto", finding.fields.first().map_or("", String::as_str))]);
            }
        }
    }
}

impl RowShown {
    fn update(&self, row: Option<&IndicatorScore>) {
        let Some(row) = row else {
            for element in [&self.points, &self.score, &self.note, &self.target_reading, &self.actual_reading] {
                element.set_text_content(None);
            }
            attributes(&self.row, &[("class", "unused")]);
            return;
        };
        let rescaled = row.effective_points != row.points;
        self.points.set_text_content(if rescaled { row.effective_points.map(|p| format!("调整为{}", two(p))) } else { None }.as_deref());
        self.score.set_text_content(Some(&row.score_text()));
        let filed = match (row.filed, row.computed) {
            (Some(filed), Some(computed)) if filed != computed => format!("（按规则{}分）", two(computed)),
            _ => String::new(),
        };
        self.note.set_text_content(Some(&format!("{}{filed}", row.note)));
        self.target_reading.set_text_content(Some(&reading(&read_as(&row.target, &row.target_text, MonthEnd::Deadline), Some(row.direction))));
        self.actual_reading.set_text_content(Some(&reading(&read_as(&row.actual, &row.actual_text, MonthEnd::Completion), None)));
        let class = match row.attainment {
            Attainment::Missed => "missed",
            Attainment::Pending => "pending",
            Attainment::NotApplicable => "na",
            _ => "",
        };
        attributes(&self.row, &[("class", class)]);
    }
}

/// What a value was read as: a date is compared as one (“日期：2024.5.31前”), not taken as words.
fn read_as(value: &TargetValue, typed: &str, end: MonthEnd) -> String {
    match value {
        TargetValue::Words(words) if read_year_day(typed, end).is_some() => format!("日期：{words}"),
        value => value.to_string(),
    }
}

/// “≥ 95 %，正向”: what was read, and the direction for a target.
fn reading(value: &str, direction: Option<Direction>) -> String {
    match (value, direction) {
        ("", _) => String::new(),
        (value, Some(direction)) if !value.starts_with("定性") && !value.starts_with("日期") && value != "不适用" => format!("{value}，{}", direction.label()),
        (value, _) => value.to_string(),
    }
}

fn total_note(score: &ProjectScore) -> String {
    let mut parts = Vec::new();
    if score.pending > 0 {
        parts.push(format!("{}行待评", score.pending));
    }
    if score.rescaled {
        parts.push("含不适用指标，其余指标已按比例调整分值".to_string());
    }
    if let Some(cap) = &score.cap {
        parts.push(cap.reason.clone());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("（{}）", parts.join("；"))
    }
}
