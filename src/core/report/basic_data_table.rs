//! 附件1 部门整体支出绩效评价基础数据表 (SPEC §2): staffing, 经费控制情况 by 上年决算数 / 本年预算数 /
//! 本年决算数, and 楼堂馆所.

use rust_decimal::Decimal;

use super::wording::{amount_cell, basic_budget_cell, project_row_name, projects_budget_cell};
use super::{Attachment, Block, Cell, Table};
use crate::core::reading::amount::format_wan;
use crate::core::draft::Draft;
use crate::core::evaluation::Evaluation;
use crate::core::calc::indicators::IndicatorId;
use crate::core::calc::totals::{sum, Totals};
use crate::core::draft::fields::{project_field_id, ProjectColumn};
use crate::core::exact::Exact;

pub fn attachment(draft: &Draft, evaluation: &Evaluation) -> Attachment {
    let unit = draft.get("unit.name").trim();
    Attachment {
        title: "部门整体支出绩效评价基础数据表".to_string(),
        blocks: vec![
            Block::unit_note(unit, "单位：万元"),
            Block::Table(staffing(evaluation)),
            Block::Table(expenses(evaluation)),
        ]
        .into_iter()
        .chain(buildings(evaluation))
        .collect(),
        small_type: false,
    }
}

fn rate(evaluation: &Evaluation, id: IndicatorId) -> Cell {
    Cell::figure(evaluation.indicator(id).map(|i| i.text.clone()).unwrap_or_default())
}

fn persons(value: Option<u32>) -> Cell {
    Cell::figure(value.map(|n| n.to_string()).unwrap_or_default())
}

fn staffing(evaluation: &Evaluation) -> Table {
    Table {
        widths: vec![],
        head: vec![Cell::head("编制数（个）"), Cell::head("实际在职人数（人）"), Cell::head("在职人员控制率")],
        rows: vec![vec![
            persons(evaluation.totals.quota),
            persons(evaluation.totals.staff),
            rate(evaluation, IndicatorId::StaffControl),
        ]],
    }
}

/// A row of the expenses table: label, 上年决算数, 本年预算数, 本年决算数.
fn row(label: &str, indent: u8, last: Option<Decimal>, budget: Option<Decimal>, actual: Option<Decimal>) -> Vec<Cell> {
    vec![Cell::label(label, indent), amount_cell(last), amount_cell(budget), amount_cell(actual)]
}

fn expenses(evaluation: &Evaluation) -> Table {
    let (f, totals) = (&evaluation.figures, &evaluation.totals);
    let data = &f.basic_data;
    let mut rows = vec![
        vec![Cell::label("经费控制情况", 0).spanning(4)],
        row("支出总额", 0, data.last_spend_total, totals.annual_budget, totals.spend),
        basic_row(data.last_basic, totals),
        row("其中：公用经费", 1, data.last_public, f.public_budget, f.spend.public),
        row("其中：办公经费", 2, None, None, data.public_office),
        row("水费、电费、差旅费", 3, None, None, data.public_utilities_travel),
        row("会议费、培训费", 3, None, None, data.public_meetings_training),
        vec![
            Cell::label("2．项目支出", 0),
            amount_cell(data.last_projects),
            projects_budget_cell(totals.projects_budget, &f.spend.projects),
            amount_cell(totals.projects),
        ],
    ];
    for (index, project) in f.spend.projects.iter().enumerate() {
        // An unnamed project's 【此处填写项目名称】 leads to its name, as does a stand-in row's gap (its
        // figures stay: the rows add up to 项目支出).
        let name = Cell::label(project_row_name(&project.name), 1).filled_in(project_field_id(index, ProjectColumn::Name));
        rows.push(vec![name, amount_cell(project.prior_actual), amount_cell(project.budget), amount_cell(project.actual)]);
    }
    let sangong = &f.sangong;
    let part = |i: usize| sangong.parts.get(i).copied().unwrap_or_default();
    let (abroad, purchase, running, reception) = (part(0), part(1), part(2), part(3));
    rows.extend([
        row("3．“三公”经费", 0, sangong.last_year.actual, sangong.this_year.budget, sangong.this_year.actual),
        row(
            "（1）公务用车购置和运行维护费",
            1,
            sum([purchase.last_actual, running.last_actual]),
            sum([purchase.budget, running.budget]),
            sum([purchase.actual, running.actual]),
        ),
        row("其中：公务用车购置费", 2, purchase.last_actual, purchase.budget, purchase.actual),
        row("公务用车运行维护费", 3, running.last_actual, running.budget, running.actual),
        row("（2）因公出国（境）费", 1, abroad.last_actual, abroad.budget, abroad.actual),
        row("（3）公务接待费", 1, reception.last_actual, reception.budget, reception.actual),
        row("4．政府采购金额", 0, data.procurement_last_actual, f.procurement.budget, f.procurement.actual),
        row("5．预算调整（年中追加－年中调减）", 0, None, net_adjustment(evaluation), None),
    ]);
    Table {
        widths: vec![46, 18, 18, 18],
        head: vec![Cell::head("项目"), Cell::head("上年决算数"), Cell::head("本年预算数"), Cell::head("本年决算数")],
        rows,
    }
}

/// 1．基本支出: its 本年预算数 typed or worked out ([`Totals::basic_budget`]), else a gap that leads to
/// the field — a filed table with an empty budget cell is sent back.
fn basic_row(last: Option<Decimal>, totals: &Totals) -> Vec<Cell> {
    vec![Cell::label("1．基本支出", 0), amount_cell(last), basic_budget_cell(totals.basic_budget), amount_cell(totals.basic)]
}

fn net_adjustment(evaluation: &Evaluation) -> Option<Decimal> {
    let budget = &evaluation.figures.budget;
    sum([budget.additions, budget.reductions.and_then(|r| Decimal::ZERO.minus(r))])
}

/// 楼堂馆所 under its own caption, both kept with the end of the table above (print and Word keep a
/// table note with what is before and after it): a table of one row never stands alone on a page. With
/// none built or budgeted, one line says so instead of a table of blanks and 不适用.
fn buildings(evaluation: &Evaluation) -> Vec<Block> {
    let b = &evaluation.figures.buildings;
    let figures = [b.approved_scale, b.actual_scale, b.budget_investment, b.actual_investment];
    if figures.iter().all(|figure| figure.is_none_or(|f| f.is_zero())) {
        let left = "楼堂馆所：本年度无新建楼堂馆所，规模控制率、投资控制率不适用".to_string();
        return vec![Block::note(left, "")];
    }
    let caption = Block::note("楼堂馆所", "");
    vec![caption, Block::Table(buildings_table(evaluation))]
}

fn buildings_table(evaluation: &Evaluation) -> Table {
    let b = &evaluation.figures.buildings;
    let area = |v: Option<Decimal>| Cell::figure(v.map(format_wan).unwrap_or_default());
    Table {
        widths: vec![],
        head: vec![
            Cell::head("楼堂馆所批复规模（平方米）"),
            Cell::head("实际规模（平方米）"),
            Cell::head("规模控制率"),
            Cell::head("预算投资"),
            Cell::head("实际投资"),
            Cell::head("投资控制率"),
        ],
        rows: vec![vec![
            area(b.approved_scale),
            area(b.actual_scale),
            rate(evaluation, IndicatorId::BuildingScaleControl),
            amount_cell(b.budget_investment),
            amount_cell(b.actual_investment),
            rate(evaluation, IndicatorId::BuildingInvestmentControl),
        ]],
    }
}
