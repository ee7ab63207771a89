//! A draft's own rubric (评分表): rows of typed text, one cell per [`RubricColumn`].
//!
//! A draft follows its preset (`rubric.preset`) until the clerk edits the rubric; from the first edit it
//! carries a copy of every row, so its scores never change behind its back. Rows are typed text like
//! every other input: a mistyped 分值 is kept as typed and shown with its message.

use super::ids::labelled_ids;
use super::json;
use super::RowId;

labelled_ids! {
    /// A column of a rubric row; row `N`'s field id is `rubric.rows.N.<column>`.
    RubricColumn {
        Id = "id": "行标识",
        Level1 = "level1": "一级指标",
        Level2 = "level2": "二级指标",
        Level3 = "level3": "三级指标",
        Points = "points": "分值",
        Target = "target": "指标值",
        Criteria = "criteria": "评价标准",
        Source = "source": "计分依据",
        Rule = "rule": "计分方法",
        Threshold = "threshold": "限值/目标值（%）",
        Deduct = "deduct": "扣分（分）",
        Step = "step": "每档（个百分点）",
        StepMode = "step_mode": "不足一档",
        Full = "full": "满分值（%）",
        Zero = "zero": "零分值（%）",
        Bands = "bands": "分档",
        NotApplicable = "na": "不适用时",
    }
}

/// Read access to a row's cells, shared by a draft's edited rows and the presets' rows.
pub trait RubricCells {
    fn cell(&self, column: RubricColumn) -> &str;
}

/// One edited rubric row: its identity while the draft is open, and its cells as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RubricRow {
    pub row: RowId,
    cells: Vec<String>,
}

impl RubricRow {
    /// A row with every cell copied from `source` (a preset row, or another row).
    pub fn copy_of(row: RowId, source: &dyn RubricCells) -> Self {
        Self { row, cells: RubricColumn::ALL.iter().map(|c| source.cell(*c).to_string()).collect() }
    }

    pub fn set(&mut self, column: RubricColumn, text: &str) {
        if let Some(cell) = self.cells.get_mut(column as usize) {
            *cell = text.to_string();
        }
    }
}

/// Rubric rows as JSON: an array of rows, each an array of its cells in [`RubricColumn::ALL`] order.
/// The page and the tools module hand an edited rubric to each other in this form.
pub fn rows_to_json<'a>(rows: impl IntoIterator<Item = &'a dyn RubricCells>) -> String {
    json::write_rows(rows.into_iter().map(|row| RubricColumn::ALL.iter().map(move |column| row.cell(*column))))
}

/// Reads [`rows_to_json`]'s form back: `None` unless it is an array of arrays of strings, one per column.
pub fn rows_from_json(text: &str) -> Option<Vec<Vec<String>>> {
    json::read_rows(text).filter(|rows| rows.iter().all(|row| row.len() == RubricColumn::ALL.len()))
}

/// A manual row (scored by hand) with `cells` set: the row an editor adds, and the one tests build on.
pub fn manual_row(cells: &[(RubricColumn, &str)]) -> Vec<String> {
    let mut row = vec![String::new(); RubricColumn::ALL.len()];
    row[RubricColumn::Source as usize] = "manual".to_string();
    row[RubricColumn::Rule as usize] = "manual".to_string();
    for (column, text) in cells {
        row[*column as usize] = text.to_string();
    }
    row
}

/// Cells in [`RubricColumn::ALL`] order, as read from [`rows_from_json`].
impl RubricCells for Vec<String> {
    fn cell(&self, column: RubricColumn) -> &str {
        self.get(column as usize).map_or("", String::as_str)
    }
}

impl RubricCells for RubricRow {
    fn cell(&self, column: RubricColumn) -> &str {
        self.cells.get(column as usize).map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_indexed_in_declaration_order() {
        for (index, column) in RubricColumn::ALL.iter().enumerate() {
            assert_eq!(*column as usize, index);
            assert_eq!(RubricColumn::from_id(column.id()), Some(*column));
        }
        assert_eq!(RubricColumn::from_id("colour"), None);
    }

    #[test]
    fn rows_go_to_json_and_back() {
        let rows = vec![vec!["a\"b".to_string(); RubricColumn::ALL.len()], vec![String::new(); RubricColumn::ALL.len()]];
        let text = rows_to_json(rows.iter().map(|r| r as &dyn RubricCells));
        assert_eq!(rows_from_json(&text), Some(rows));
        assert_eq!(rows_from_json("[]"), Some(vec![]));
        assert_eq!(rows_from_json("[[\"too few\"]]"), None);
        assert_eq!(rows_from_json("{}"), None);
    }

    #[test]
    fn a_row_keeps_its_cells_as_typed() {
        struct Blank;
        impl RubricCells for Blank {
            fn cell(&self, _: RubricColumn) -> &str {
                ""
            }
        }
        let mut row = RubricRow::copy_of(RowId(3), &Blank);
        row.set(RubricColumn::Points, "８分");
        assert_eq!(row.cell(RubricColumn::Points), "８分");
        assert_eq!(row.cell(RubricColumn::Level3), "");
    }
}
