//! Small helpers that turn figures and typed text into the report's wording.

use rust_decimal::Decimal;

use super::{Block, Cell, Table, FILL};
use crate::core::draft::Draft;
use crate::core::scoring::scores::Scores;
use crate::core::calc::indicators::BLANK;
use crate::core::reading::amount::format_wan;
use crate::core::reading::figures::ProjectFigures;
use crate::core::draft::fields::{project_field_id, ProjectColumn};
use crate::core::draft::project::{is_stand_in_name, UNLISTED_REST};

/// `221.65万元`, or `【此处填写】万元` where the figure is blank, for the clerk to fill in.
pub fn wan(value: Option<Decimal>) -> String {
    let figure = value.map_or_else(|| BLANK.to_string(), format_wan);
    format!("{}万元", minus_sign(&figure))
}

/// A worked-out figure below zero as the 公文 prints it: `－10.00%`, the full-width minus, not the
/// hyphen the form shows (in 仿宋 it reads as a dash). Only a hyphen before a digit that does not follow
/// another digit or letter is one: a date's 2024-01-05 or a code's A-1 stays as it is.
pub fn minus_sign(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let before_digit = chars.peek().is_some_and(char::is_ascii_digit);
        let after_word = previous.is_some_and(|p| p.is_ascii_alphanumeric());
        out.push(if c == '-' && before_digit && !after_word { '－' } else { c });
        previous = Some(c);
    }
    out
}

/// `【此处填写职能职责】`: a gap the clerk fills in. Printed and written to Word as plain text like the
/// words around it (see README, Decisions): its brackets and wording are what make it found.
pub fn placeholder(what: &str) -> String {
    format!("{FILL}{what}】")
}

/// A project's name, or the gap for it: the same wherever the report names the project (正文, 附件1,
/// 附件3), so an unnamed project is never filed under a made-up “项目2”.
pub fn project_name(name: &str) -> String {
    if name.is_empty() { placeholder("项目名称") } else { name.to_string() }
}

/// What a stand-in row ([`is_stand_in_name`]) holds in place of projects, as its gap says it; `None`
/// for a project.
fn stood_in_for(name: &str) -> Option<&'static str> {
    is_stand_in_name(name).then_some(if name.trim() == UNLISTED_REST { "报告未逐项列出的其余项目支出" } else { "报告未分项的项目支出" })
}

/// A stand-in row in the 正文, as the gap it is: no project the unit ran, but projects still to be
/// listed, with the figures they add up to (`【此处填写项目明细：报告未分项的项目支出，预算130.00万元，
/// 实际支出120.00万元，请按项目逐项列出】`). `None` for a project.
pub fn stand_in_gap(project: &ProjectFigures) -> Option<String> {
    let what = stood_in_for(&project.name)?;
    // A blank figure is left out: a gap inside the gap would be two things to fill.
    let figures = [("预算", project.budget), ("实际支出", project.actual)].into_iter().filter_map(|(label, value)| value.map(|v| format!("，{label}{}", wan(Some(v)))));
    Some(placeholder(&format!("项目明细：{what}{}，请按项目逐项列出", figures.collect::<String>())))
}

/// A stand-in row's 项目 cell in 附件1: the gap for the projects' names, its figures kept beside it so
/// that the rows still add up to 项目支出. A project's name as [`project_name`] prints it.
pub fn project_row_name(name: &str) -> String {
    match stood_in_for(name) {
        Some(what) => placeholder(&format!("项目名称：{what}，请按项目拆分")),
        None => project_name(name),
    }
}

/// Where a draft with no figures yet starts (the form says “先填单位与人员”): the first head count.
pub const FIRST_FIGURE: &str = "staff.quota.admin";

/// 总分 and 等级 as the report states them, or nothing until a figure is typed — as on the form: an
/// empty draft has no score, though the rows for what a unit does not have would give it one.
pub fn reported_total(draft: &Draft, scores: &Scores) -> Option<(String, String)> {
    draft.has_figures().then(|| (scores.total_text(), scores.grade_text().to_string()))
}

/// A right-aligned amount cell, blank where the figure is blank.
pub fn amount_cell(value: Option<Decimal>) -> Cell {
    Cell::figure(value.map(|v| minus_sign(&format_wan(v))).unwrap_or_default())
}

/// 基本支出's 全年预算数 (附件1, 附件2), or — neither typed nor worked out — the gap for it, leading to
/// its box on the form.
pub fn basic_budget_cell(value: Option<Decimal>) -> Cell {
    match value {
        Some(_) => amount_cell(value),
        None => Cell::figure(BLANK).filled_in("budget.basic".to_string()),
    }
}

/// 项目支出's 全年预算数 (附件1, 附件2), or — a project's budget missing — the gap leading to that
/// project's budget box, as 基本支出's does: never the sum of the others.
pub fn projects_budget_cell(value: Option<Decimal>, projects: &[ProjectFigures]) -> Cell {
    match projects.iter().position(|p| p.budget.is_none()) {
        Some(index) if value.is_none() => Cell::figure(BLANK).filled_in(project_field_id(index, ProjectColumn::Budget)),
        _ => amount_cell(value),
    }
}

/// The clerk's text of `field`, verbatim, one paragraph per non-empty line; where nothing is written,
/// a reminder that leads to the field.
pub fn typed_paragraphs(text: &str, what: &str, field: &str) -> Vec<Block> {
    let paragraphs: Vec<Block> =
        text.lines().map(str::trim).filter(|line| !line.is_empty()).map(|line| Block::Paragraph(line.to_string())).collect();
    if paragraphs.is_empty() {
        vec![Block::Fill { text: placeholder(what), field: field.to_string() }]
    } else {
        paragraphs
    }
}

/// The indicator grid of a 自评表 (附件2, 附件3): 一级 and 二级 merged over the rows that share them, each
/// row's own six cells (三级, 指标值, 实际完成值, 分值, 得分, 偏差原因), then the 总分 row (分值合计, 总分, 等级).
pub fn indicator_grid<T>(rows: &[T], target_label: &str, levels: impl Fn(&T) -> (String, String), cells: impl Fn(&T) -> [Cell; 6], total: [String; 3]) -> Table {
    let mut table_rows: Vec<Vec<Cell>> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let mut grid_row = Vec::new();
        let (level1, level2) = levels(row);
        if let Some(span) = group_starting_at(rows, index, |r| (levels(r).0, String::new())) {
            grid_row.push(Cell::label(level1, 0).spanning_rows(span));
        }
        if let Some(span) = group_starting_at(rows, index, &levels) {
            grid_row.push(Cell::label(level2, 0).spanning_rows(span));
        }
        grid_row.extend(cells(row));
        table_rows.push(grid_row);
    }
    let [weights, total, grade] = total;
    table_rows.push(vec![Cell::head("总分").spanning(5), Cell::figure(weights), Cell::figure(total), Cell::label(format!("自评等级：{grade}"), 0)]);
    Table {
        // 偏差原因 is the one long text of a row: the narrow columns give it room (a 25% column held
        // eleven characters a line, and two rows filled a page). 得分 holds “100.00” on one line in 小五
        // even where Word's 仿宋 is missing and the digits fall back to a wider font (0.6 em each).
        widths: vec![10, 10, 15, 11, 11, 6, 9, 28],
        head: ["一级指标", "二级指标", "三级指标", target_label, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].map(Cell::head).to_vec(),
        rows: table_rows,
    }
}

/// The number of rows in the group that starts at `index`, if one does: a group is a run of rows with
/// the same key (一级指标 merged over its rows).
fn group_starting_at<T, K: PartialEq>(rows: &[T], index: usize, key: impl Fn(&T) -> K) -> Option<u8> {
    let this = key(rows.get(index)?);
    if index > 0 && rows.get(index - 1).map(&key).as_ref() == Some(&this) {
        return None;
    }
    let span = rows.get(index..).unwrap_or_default().iter().take_while(|r| key(r) == this).count();
    Some(u8::try_from(span).unwrap_or(u8::MAX))
}

/// Ends a sentence with a full stop unless it already has one.
pub fn sentence(text: &str) -> String {
    if text.ends_with('。') {
        text.to_string()
    } else {
        format!("{text}。")
    }
}
