//! Tables kept as text in the repository (the rubric presets, the project table's skeleton), so that a
//! county's own table is a data change rather than code:
//!
//! ```text
//! # 湖南省部门整体支出绩效评价指标表
//!
//! 说明：依据……（one line, optional）
//!
//! 行标识 | 一级指标 | 二级指标 | …
//! staff_control | 投入 | 预算配置 | …
//! ```
//!
//! The first `# ` line is the title, a `说明：` line the note, the first other line the header; every
//! later non-blank line is a row with exactly as many cells as the header. Cells are trimmed; a cell
//! cannot hold `|`.

/// A table read from text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PipeTable {
    pub title: String,
    pub note: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl PipeTable {
    /// The column with this header, if any.
    pub fn column(&self, header: &str) -> Option<usize> {
        self.header.iter().position(|h| h == header)
    }
}

/// Reads a table; the error names the line (1-based) and what is wrong with it.
pub fn read_pipe_table(text: &str) -> Result<PipeTable, String> {
    let mut table = PipeTable::default();
    for (number, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.is_empty() {
            continue;
        }
        if let Some(title) = line.strip_prefix("# ") {
            table.title = title.trim().to_string();
        } else if let Some(note) = line.strip_prefix("说明：") {
            table.note = note.trim().to_string();
        } else if table.header.is_empty() {
            table.header = cells(line);
        } else {
            let row = cells(line);
            if row.len() != table.header.len() {
                return Err(format!("第{number}行有{}列，表头有{}列", row.len(), table.header.len()));
            }
            table.rows.push(row);
        }
    }
    if table.header.is_empty() {
        return Err("没有表头".to_string());
    }
    Ok(table)
}

fn cells(line: &str) -> Vec<String> {
    line.split('|').map(|cell| cell.trim().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_title_note_header_and_rows() {
        let table = read_pipe_table("# 表\n\n说明：一行说明\n\n甲 | 乙\n1 | \n 2|三 \n").unwrap();
        assert_eq!(table.title, "表");
        assert_eq!(table.note, "一行说明");
        assert_eq!(table.header, ["甲", "乙"]);
        assert_eq!(table.rows, [vec!["1".to_string(), String::new()], vec!["2".to_string(), "三".to_string()]]);
        assert_eq!(table.column("乙"), Some(1));
        assert_eq!(table.column("丙"), None);
    }

    #[test]
    fn names_the_line_of_a_ragged_row() {
        assert_eq!(read_pipe_table("甲 | 乙\n1 | 2\n1 | 2 | 3").unwrap_err(), "第3行有3列，表头有2列");
        assert_eq!(read_pipe_table("# 只有标题").unwrap_err(), "没有表头");
    }
}
