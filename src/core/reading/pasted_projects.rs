//! Rows pasted from a spreadsheet into the form's projects table (项目支出明细): the project list a
//! budget system exports, or a clerk's own sheet, tens or hundreds of rows at once. Cells are split as
//! for the indicator grid ([`split_cells`]: tabs, line breaks, spreadsheet quoting).
//!
//! With a header row, columns are matched by their names (项目名称, 预算数, 实际支出, 执行数 …), a
//! 序号 column is skipped, and a head that says 元 (“预算数（元）”) makes its bare figures 元 — the
//! amount reader turns them into 万元 as it would a typed “元”. Without one, the cells go to the
//! table's columns in order from the one pasted into. A 合计 row is not a project. What cannot be
//! placed is said, never dropped silently.

use super::pasted_grid::split_cells;
use crate::core::draft::project::ProjectColumn as P;

/// The projects' cells from a paste, row by row, and what could not be placed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PastedProjects {
    pub rows: Vec<Vec<(P, String)>>,
    pub unplaced: Vec<String>,
}

/// The table's columns, in the order the form shows them.
const IN_ORDER: [P; 4] = [P::Name, P::Budget, P::Actual, P::Key];

/// Where a pasted column goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Cell(P),
    /// 序号 (the sheet's own numbering, not the draft's), or a budget column not taken.
    Skip,
}

/// Header names as sheets spell them (without blanks or a unit in brackets).
const HEADERS: &[(&str, Slot)] = &[
    ("序号", Slot::Skip),
    ("编号", Slot::Skip),
    ("项目名称", Slot::Cell(P::Name)),
    ("项目", Slot::Cell(P::Name)),
    ("支出项目", Slot::Cell(P::Name)),
    ("名称", Slot::Cell(P::Name)),
    ("预算数", Slot::Cell(P::Budget)),
    ("预算", Slot::Cell(P::Budget)),
    ("预算金额", Slot::Cell(P::Budget)),
    ("全年预算", Slot::Cell(P::Budget)),
    ("全年预算数", Slot::Cell(P::Budget)),
    ("调整后预算", Slot::Cell(P::Budget)),
    ("年初预算", Slot::Cell(P::Budget)),
    ("年初预算数", Slot::Cell(P::Budget)),
    ("实际支出", Slot::Cell(P::Actual)),
    ("实际支出数", Slot::Cell(P::Actual)),
    ("支出", Slot::Cell(P::Actual)),
    ("支出数", Slot::Cell(P::Actual)),
    ("执行数", Slot::Cell(P::Actual)),
    ("全年执行数", Slot::Cell(P::Actual)),
    ("实际执行", Slot::Cell(P::Actual)),
    ("决算数", Slot::Cell(P::Actual)),
    ("重点", Slot::Cell(P::Key)),
    ("重点项目", Slot::Cell(P::Key)),
    ("是否重点", Slot::Cell(P::Key)),
    ("是否重点项目", Slot::Cell(P::Key)),
];

/// Units a head may carry in brackets.
const HEAD_UNITS: [&str; 4] = ["（万元）", "(万元)", "（元）", "(元)"];

/// Rows that sum the others.
const TOTAL_ROWS: [&str; 4] = ["合计", "总计", "小计", "项目支出合计"];

/// Reads pasted text into project rows from `start`; `None` when it is a single cell (the browser's
/// own paste does).
pub fn read_pasted_projects(text: &str, start: P) -> Option<PastedProjects> {
    let mut lines = split_cells(text);
    lines.retain(|row| row.iter().any(|cell| !cell.trim().is_empty()));
    if lines.len() <= 1 && lines.first().is_none_or(|row| row.len() <= 1) {
        return None;
    }
    let mut pasted = PastedProjects::default();
    let (slots, in_yuan) = match header(&lines[0]) {
        Some((slots, in_yuan)) => {
            let names = lines.remove(0);
            pasted.unplaced.extend(unknown_columns(&names, &slots));
            (slots, in_yuan)
        }
        None => (in_order(&lines, start, &mut pasted.unplaced), Vec::new()),
    };
    for line in &lines {
        let row = place(line, &slots, &in_yuan);
        let name = row.iter().find(|(c, _)| *c == P::Name).map_or("", |(_, t)| t.as_str());
        if TOTAL_ROWS.contains(&name) {
            pasted.unplaced.push(format!("“{name}”行不是项目，未放入"));
        } else if !row.is_empty() {
            pasted.rows.push(row);
        }
    }
    Some(pasted)
}

/// The slots of a header row and, per column, whether its head says 元; `None` when fewer than two
/// of its cells are column names.
fn header(cells: &[String]) -> Option<(Vec<Option<Slot>>, Vec<bool>)> {
    let mut slots = Vec::with_capacity(cells.len());
    let mut in_yuan = Vec::with_capacity(cells.len());
    for cell in cells {
        let name: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
        let unit = HEAD_UNITS.iter().find(|u| name.ends_with(*u));
        let bare = unit.map_or(name.as_str(), |u| &name[..name.len() - u.len()]);
        slots.push(HEADERS.iter().find(|(h, _)| *h == bare).map(|(_, slot)| *slot));
        in_yuan.push(unit.is_some_and(|u| !u.contains('万')));
    }
    let named = slots.iter().filter(|s| matches!(s, Some(Slot::Cell(_)))).count();
    (named >= 2).then(|| (prefer_full_year(cells, slots), in_yuan))
}

/// What to say of each named column of the header that is no column of the table (资金来源, 备注 …).
fn unknown_columns(names: &[String], slots: &[Option<Slot>]) -> Vec<String> {
    names.iter().zip(slots).filter(|(name, slot)| slot.is_none() && !name.trim().is_empty()).map(|(name, _)| format!("“{}”列不是项目表的列，未放入", name.trim())).collect()
}

/// A sheet with both 年初预算 and 全年预算 columns: the table's 预算数 is the year's whole budget (the
/// 年初 column is known, so it is skipped without a word).
fn prefer_full_year(cells: &[String], mut slots: Vec<Option<Slot>>) -> Vec<Option<Slot>> {
    let budget = |s: &Option<Slot>| *s == Some(Slot::Cell(P::Budget));
    if slots.iter().filter(|s| budget(s)).count() > 1 {
        for (slot, cell) in slots.iter_mut().zip(cells) {
            if budget(slot) && cell.trim().starts_with("年初") {
                *slot = Some(Slot::Skip);
            }
        }
    }
    slots
}

/// Without a header: the table's columns in order from `start`; columns beyond the last are reported.
fn in_order(lines: &[Vec<String>], start: P, unplaced: &mut Vec<String>) -> Vec<Option<Slot>> {
    let width = lines.iter().map(Vec::len).max().unwrap_or(0);
    let first = IN_ORDER.iter().position(|c| *c == start).unwrap_or(0);
    let room = IN_ORDER.len() - first;
    if width > room && lines.iter().any(|row| row.iter().skip(room).any(|cell| !cell.trim().is_empty())) {
        unplaced.push(format!("每行最后{}列超出了项目表（“重点”之后没有列），未放入", width - room));
    }
    (0..width).map(|i| IN_ORDER.get(first + i).map(|c| Slot::Cell(*c))).collect()
}

/// One pasted row's cells by column: 元 marked where the head says so, a 重点 mark read as yes or no.
fn place(line: &[String], slots: &[Option<Slot>], in_yuan: &[bool]) -> Vec<(P, String)> {
    let mut row: Vec<(P, String)> = Vec::new();
    for (i, (cell, slot)) in line.iter().zip(slots).enumerate() {
        let Some(Slot::Cell(column)) = slot else { continue };
        // A line break inside a cell (Alt+Enter) only wraps the name; a one-line field cannot hold it.
        let one_line: String = cell.trim().chars().filter(|c| !matches!(c, '\r' | '\n')).map(|c| if c == '\t' { ' ' } else { c }).collect();
        let text = one_line.as_str();
        let text = match column {
            P::Key => if ["是", "√", "✓", "重点", "Y", "y", "true"].contains(&text) { "true" } else { "" }.to_string(),
            _ if in_yuan.get(i) == Some(&true) && text.ends_with(|c: char| c.is_ascii_digit()) => format!("{text}元"),
            _ => text.to_string(),
        };
        row.push((*column, text));
    }
    if row.iter().all(|(_, text)| text.is_empty()) {
        return Vec::new();
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts(pasted: &PastedProjects) -> Vec<Vec<(P, &str)>> {
        pasted.rows.iter().map(|row| row.iter().map(|(c, t)| (*c, t.as_str())).collect()).collect()
    }

    #[test]
    fn a_single_cell_is_left_to_the_browser() {
        assert_eq!(read_pasted_projects("道路养护\r\n", P::Name), None);
        assert_eq!(read_pasted_projects("12.5", P::Budget), None);
    }

    #[test]
    fn rows_without_a_header_fill_from_the_column_pasted_into() {
        let pasted = read_pasted_projects("乡村道路养护\t45.2\t44.9\r\n防汛物资储备\t12\t11.35\r\n", P::Name).unwrap();
        assert_eq!(
            texts(&pasted),
            [
                vec![(P::Name, "乡村道路养护"), (P::Budget, "45.2"), (P::Actual, "44.9")],
                vec![(P::Name, "防汛物资储备"), (P::Budget, "12"), (P::Actual, "11.35")],
            ]
        );
        let amounts = read_pasted_projects("8\t7.5\n3\t3\n", P::Budget).unwrap();
        assert_eq!(texts(&amounts)[1], [(P::Budget, "3"), (P::Actual, "3")]);
        let wide = read_pasted_projects("甲\t1\t1\t是\t备注\n乙\t2\t2\t\t\n", P::Name).unwrap();
        assert_eq!(wide.unplaced, ["每行最后1列超出了项目表（“重点”之后没有列），未放入"]);
        assert_eq!(texts(&wide)[0][3], (P::Key, "true"));
    }

    #[test]
    fn a_budget_system_list_is_matched_by_its_header_in_yuan_and_its_total_row_left_out() {
        let text = "序号\t项目名称\t年初预算数（元）\t全年预算数（元）\t全年执行数（元）\t资金来源\n\
                    1\t社区网格化管理\t300000\t320,000.00\t318,550.40\t本级财政\n\
                    2\t老旧小区改造前期\t150000\t150000\t0\t上级转移支付\n\
                    \t合计\t450000\t470,000.00\t318,550.40\t\n";
        let pasted = read_pasted_projects(text, P::Name).unwrap();
        assert_eq!(
            texts(&pasted),
            [
                vec![(P::Name, "社区网格化管理"), (P::Budget, "320,000.00元"), (P::Actual, "318,550.40元")],
                vec![(P::Name, "老旧小区改造前期"), (P::Budget, "150000元"), (P::Actual, "0元")],
            ]
        );
        assert_eq!(pasted.unplaced, ["“资金来源”列不是项目表的列，未放入", "“合计”行不是项目，未放入"]);
    }

    #[test]
    fn a_cell_wrapped_over_lines_is_one_line() {
        let pasted = read_pasted_projects("\"农村公路\n安全巡检\"\t6\t5.8\n乙\t1\t1\n", P::Name).unwrap();
        assert_eq!(texts(&pasted)[0][0], (P::Name, "农村公路安全巡检"));
    }

    #[test]
    fn a_header_in_wan_yuan_keeps_its_figures_as_typed() {
        let pasted = read_pasted_projects("项目 名称\t预算 (万元)\t实际支出(万元)\n图书采购\t20\t19.86\n", P::Budget).unwrap();
        assert_eq!(texts(&pasted), [vec![(P::Name, "图书采购"), (P::Budget, "20"), (P::Actual, "19.86")]]);
    }

    proptest! {
        #[test]
        fn never_panics_and_places_only_the_tables_columns(text in "[\\PC\t\n\"]{0,80}", start in 0usize..4) {
            if let Some(pasted) = read_pasted_projects(&text, IN_ORDER[start]) {
                prop_assert!(pasted.rows.iter().flatten().all(|(c, _)| IN_ORDER.contains(c)));
            }
        }
    }
}
