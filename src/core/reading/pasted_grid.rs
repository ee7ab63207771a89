//! Rows pasted from a spreadsheet into a project's indicator grid (SPEC §12): the 年初 绩效目标表 the
//! budget system exports, or a table kept in Excel or WPS. Spreadsheets put tabs between cells and line
//! breaks between rows, and quote a cell that holds either.
//!
//! With a header row, columns are matched by their names — including the budget system's split of the
//! target into 指标性质 (the comparator), 指标值 and 计量单位, which are joined back (`≥` `95` `%` → `≥95%`).
//! Without one, the cells go to the grid's columns in order from the one pasted into. What cannot be
//! placed is said, never dropped silently. A 一级 or 二级 cell left blank under a merged heading takes
//! the heading of the row above.

use crate::core::draft::project::IndicatorColumn as C;

/// The grid's cells from a paste: each row's cells by column, and what could not be placed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PastedGrid {
    pub rows: Vec<Vec<(C, String)>>,
    pub unplaced: Vec<String>,
}

/// Where a pasted column goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Cell(C),
    /// 指标性质 / 符号: the target's comparator.
    Comparator,
    /// 计量单位: the target's unit.
    Unit,
}

/// Header names as spreadsheets spell them, and where each goes; a name is matched with its spaces out.
const HEADERS: &[(&str, Slot)] = &[
    ("一级指标", Slot::Cell(C::Level1)),
    ("二级指标", Slot::Cell(C::Level2)),
    ("三级指标", Slot::Cell(C::Name)),
    ("指标名称", Slot::Cell(C::Name)),
    ("绩效指标", Slot::Cell(C::Name)),
    ("年度指标值", Slot::Cell(C::Target)),
    ("指标值", Slot::Cell(C::Target)),
    ("目标值", Slot::Cell(C::Target)),
    ("年度目标值", Slot::Cell(C::Target)),
    ("实际完成值", Slot::Cell(C::Actual)),
    ("完成值", Slot::Cell(C::Actual)),
    ("实际值", Slot::Cell(C::Actual)),
    ("全年实际值", Slot::Cell(C::Actual)),
    ("分值", Slot::Cell(C::Points)),
    ("权重", Slot::Cell(C::Points)),
    ("指标分值", Slot::Cell(C::Points)),
    ("得分", Slot::Cell(C::Score)),
    ("自评得分", Slot::Cell(C::Score)),
    ("偏差原因分析及改进措施", Slot::Cell(C::Reason)),
    ("偏差原因", Slot::Cell(C::Reason)),
    ("原因分析", Slot::Cell(C::Reason)),
    ("备注", Slot::Cell(C::Reason)),
    ("指标性质", Slot::Comparator),
    ("符号", Slot::Comparator),
    ("运算符号", Slot::Comparator),
    ("指标方向", Slot::Comparator),
    ("计量单位", Slot::Unit),
    ("度量单位", Slot::Unit),
    ("单位", Slot::Unit),
];

/// The budget system's words for a comparator, as the symbol the grid reads.
const COMPARATOR_WORDS: &[(&str, &str)] =
    &[("大于等于", "≥"), ("小于等于", "≤"), ("大于", ">"), ("小于", "<"), ("等于", "="), ("正向", "≥"), ("反向", "≤"), ("定性", "")];

/// Reads pasted text into grid rows; `None` when it is a single cell (the browser's own paste does).
pub fn read_pasted_grid(text: &str, start: C) -> Option<PastedGrid> {
    let mut lines = split_cells(text);
    while lines.last().is_some_and(|row| row.iter().all(|cell| cell.trim().is_empty())) {
        lines.pop();
    }
    if lines.len() <= 1 && lines.first().is_none_or(|row| row.len() <= 1) {
        return None;
    }
    let mut grid = PastedGrid::default();
    let slots = match header(lines.first().map(Vec::as_slice).unwrap_or_default()) {
        Some(slots) => {
            let names = lines.remove(0);
            for (name, slot) in names.iter().zip(&slots) {
                if slot.is_none() && !name.trim().is_empty() {
                    grid.unplaced.push(format!("“{}”列不是绩效指标表的列，未放入", name.trim()));
                }
            }
            slots
        }
        None => in_order(&lines, start, &mut grid.unplaced),
    };
    for line in &lines {
        let row = place(line, &slots);
        if !row.is_empty() {
            grid.rows.push(row);
        }
    }
    fill_down(&mut grid.rows);
    Some(grid)
}

/// Tab-separated rows, honouring spreadsheet quoting (`"a""b"` is `a"b`; a quoted cell may hold tabs
/// and line breaks).
pub(super) fn split_cells(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![Vec::new()];
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_cell_start => {
                while let Some(q) = chars.next() {
                    match q {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            cell.push('"');
                        }
                        '"' => break,
                        other => cell.push(other),
                    }
                }
                at_cell_start = false;
            }
            '\t' => {
                push_cell(&mut rows, &mut cell);
                at_cell_start = true;
            }
            '\r' => {}
            '\n' => {
                push_cell(&mut rows, &mut cell);
                rows.push(Vec::new());
                at_cell_start = true;
            }
            other => {
                cell.push(other);
                at_cell_start = false;
            }
        }
    }
    push_cell(&mut rows, &mut cell);
    rows
}

fn push_cell(rows: &mut [Vec<String>], cell: &mut String) {
    if let Some(row) = rows.last_mut() {
        row.push(std::mem::take(cell));
    }
}

/// The slots of a header row, or `None` when fewer than two of its cells are column names.
fn header(cells: &[String]) -> Option<Vec<Option<Slot>>> {
    let slots: Vec<Option<Slot>> = cells
        .iter()
        .map(|cell| {
            let name: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
            HEADERS.iter().find(|(header, _)| *header == name).map(|(_, slot)| *slot)
        })
        .collect();
    (slots.iter().flatten().count() >= 2).then_some(slots)
}

/// Without a header: the grid's columns in order from `start`; columns beyond the last are reported.
fn in_order(lines: &[Vec<String>], start: C, unplaced: &mut Vec<String>) -> Vec<Option<Slot>> {
    let width = lines.iter().map(Vec::len).max().unwrap_or(0);
    let first = C::ALL.iter().position(|c| *c == start).unwrap_or(0);
    let slots: Vec<Option<Slot>> = (0..width).map(|i| C::ALL.get(first + i).map(|c| Slot::Cell(*c))).collect();
    let extra = width.saturating_sub(C::ALL.len() - first);
    if extra > 0 && lines.iter().any(|row| row.iter().skip(C::ALL.len() - first).any(|cell| !cell.trim().is_empty())) {
        unplaced.push(format!("每行最后{extra}列超出了表格（{}之后没有列），未放入", C::ALL[C::ALL.len() - 1].label()));
    }
    slots
}

/// One pasted row's cells by column; the target rebuilt from comparator, value and unit columns.
fn place(line: &[String], slots: &[Option<Slot>]) -> Vec<(C, String)> {
    let (mut comparator, mut unit) = (String::new(), String::new());
    let mut row: Vec<(C, String)> = Vec::new();
    for (cell, slot) in line.iter().zip(slots) {
        let text = cell.trim().to_string();
        match slot {
            Some(Slot::Cell(column)) => row.push((*column, text)),
            Some(Slot::Comparator) => comparator = COMPARATOR_WORDS.iter().find(|(w, _)| *w == text).map_or(text, |(_, s)| s.to_string()),
            Some(Slot::Unit) => unit = text,
            None => {}
        }
    }
    if let Some((_, target)) = row.iter_mut().find(|(c, _)| *c == C::Target) {
        if !target.is_empty() && target.chars().any(|c| c.is_ascii_digit()) {
            *target = format!("{comparator}{target}{}", if target.ends_with(unit.as_str()) { "" } else { &unit });
        }
    }
    if row.iter().all(|(_, text)| text.is_empty()) {
        return Vec::new();
    }
    row
}

/// A merged 一级 / 二级 heading copies as one filled cell and blanks below it: the blanks take it.
fn fill_down(rows: &mut [Vec<(C, String)>]) {
    for column in [C::Level1, C::Level2] {
        let mut above = String::new();
        for row in rows.iter_mut() {
            match row.iter_mut().find(|(c, _)| *c == column) {
                Some((_, text)) if text.is_empty() => text.clone_from(&above),
                Some((_, text)) => above.clone_from(text),
                None => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cells(row: &[(C, String)]) -> Vec<(C, &str)> {
        row.iter().map(|(c, t)| (*c, t.as_str())).collect()
    }

    #[test]
    fn a_single_cell_is_left_to_the_browser() {
        assert_eq!(read_pasted_grid("≥95%", C::Target), None);
        assert_eq!(read_pasted_grid("≥95%\n", C::Target), None);
    }

    #[test]
    fn rows_without_a_header_fill_from_the_column_pasted_into() {
        let grid = read_pasted_grid("慰问户数\t≥300户\t312户\n发放及时率\t100%\t100%\n", C::Name).unwrap();
        assert_eq!(cells(&grid.rows[0]), [(C::Name, "慰问户数"), (C::Target, "≥300户"), (C::Actual, "312户")]);
        assert_eq!(grid.rows.len(), 2);
        assert!(grid.unplaced.is_empty());
        let wide = read_pasted_grid("a\tb\tc\td\n", C::Score).unwrap();
        assert_eq!(cells(&wide.rows[0]), [(C::Score, "a"), (C::Reason, "b")]);
        assert_eq!(wide.unplaced, ["每行最后2列超出了表格（偏差原因分析及改进措施之后没有列），未放入"]);
    }

    #[test]
    fn a_budget_system_export_is_matched_by_its_header_and_its_target_joined() {
        let text = "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t备用列\n\
                    产出指标\t数量指标\t培训人次\t大于等于\t300\t人次\t20\tx\n\
                    \t质量指标\t培训合格率\t≥\t95\t%\t10\t\n\
                    效益指标\t社会效益指标\t职工技能提升\t定性\t明显提升\t\t20\t";
        let grid = read_pasted_grid(text, C::Level1).unwrap();
        assert_eq!(grid.rows.len(), 3);
        assert_eq!(
            cells(&grid.rows[0]),
            [(C::Level1, "产出指标"), (C::Level2, "数量指标"), (C::Name, "培训人次"), (C::Target, "≥300人次"), (C::Points, "20")]
        );
        assert_eq!(cells(&grid.rows[1])[0], (C::Level1, "产出指标"), "a merged heading fills down");
        assert_eq!(cells(&grid.rows[1])[3], (C::Target, "≥95%"));
        assert_eq!(cells(&grid.rows[2])[3], (C::Target, "明显提升"), "words are kept as they are");
        assert_eq!(grid.unplaced, ["“备用列”列不是绩效指标表的列，未放入"]);
    }

    #[test]
    fn quoted_cells_keep_their_tabs_line_breaks_and_quotes() {
        let grid = read_pasted_grid("\"按时\n完成\"\t\"说\"\"明\"\"\"\n", C::Target).unwrap();
        assert_eq!(cells(&grid.rows[0]), [(C::Target, "按时\n完成"), (C::Actual, "说\"明\"")]);
    }

    proptest! {
        #[test]
        fn never_panics_and_places_only_grid_columns(text in "[\\PC\t\n\"]{0,80}", start in 0usize..8) {
            if let Some(grid) = read_pasted_grid(&text, C::ALL[start]) {
                prop_assert!(grid.rows.iter().all(|row| !row.is_empty()));
            }
        }
    }
}
