//! Rubric presets (评分表预设, SPEC §6): the localities' tables as data, picked per draft with
//! `rubric.preset` and then editable. Each is one text table in this folder (`hunan.txt`, …), read by
//! [`read_preset`] into rows of cells exactly as a clerk would type them into the rubric editor, so a
//! preset and an edited rubric are read by the same code. A county's own table is a new file and a
//! new [`RubricPreset`] id.
//!
//! The table's columns are 行标识 | 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 计分依据 | 计分方法 | 参数 |
//! 评价标准. 参数 holds the rule's parameters as `name=value` pairs separated by spaces, named by their
//! [`RubricColumn`] ids (`threshold=100 deduct=0.5`, `step=5 step_mode=whole`, `na=full`); `bands=` comes
//! last, since band text has spaces of its own.
//!
//! A preset id names one table for good: a draft that follows a preset unedited is scored by it in
//! every later version. To change a table, add a new id and keep the old one (a test pins each table).
//! The one change made in place: a row that could only wait for a typed 得分 may score the 实际完成值
//! typed beside it by the rule its 评价标准 states (计分依据 `typed`). No score a draft has ever shown
//! changes: a typed 得分 still wins, and only rows that waited (待评) get one.

use std::sync::OnceLock;

use crate::core::draft::choices::RubricPreset;
use crate::core::draft::rubric::RubricColumn as C;
use crate::core::reading::pipe_table::read_pipe_table;

/// A preset: its rows, each with every cell in [`C::ALL`] order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preset {
    pub rows: Vec<Vec<String>>,
}

const TABLES: [(RubricPreset, &str); 3] = [
    (RubricPreset::Hunan, include_str!("hunan.txt")),
    (RubricPreset::Yueyang, include_str!("yueyang.txt")),
    (RubricPreset::SelfEvaluation, include_str!("self_evaluation.txt")),
];

/// Each table's note (where the table comes from, what this tool filled in), kept apart from the table:
/// only the tools module shows it, so the page that scores by the tables does not carry it.
const NOTES: [(RubricPreset, &str); 3] = [
    (RubricPreset::Hunan, include_str!("hunan.note.txt")),
    (RubricPreset::Yueyang, include_str!("yueyang.note.txt")),
    (RubricPreset::SelfEvaluation, include_str!("self_evaluation.note.txt")),
];

/// The preset's table, read once. A built-in table that cannot be read (a test guards against it)
/// gives an empty rubric rather than a dead page.
pub fn preset(id: RubricPreset) -> &'static Preset {
    static READ: [OnceLock<Preset>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let index = TABLES.iter().position(|(preset, _)| *preset == id).unwrap_or(0);
    READ[index].get_or_init(|| read_preset(TABLES[index].1).unwrap_or_default())
}

/// The note shown under the chosen preset, by the preset's id (empty for an unknown one).
pub fn preset_note(id: &str) -> &'static str {
    NOTES.iter().find(|(preset, _)| preset.id() == id).map_or("", |(_, note)| note.trim())
}

/// The columns of a preset table before 参数, in order.
const LEADING: [(&str, C); 8] = [
    ("行标识", C::Id),
    ("一级指标", C::Level1),
    ("二级指标", C::Level2),
    ("三级指标", C::Level3),
    ("分值", C::Points),
    ("指标值", C::Target),
    ("计分依据", C::Source),
    ("计分方法", C::Rule),
];

/// Reads a preset table (see the module's doc); the error names the line or cell.
pub fn read_preset(text: &str) -> Result<Preset, String> {
    let table = read_pipe_table(text)?;
    let column = |name: &str| table.column(name).ok_or_else(|| format!("缺少“{name}”列"));
    let leading: Vec<(usize, C)> = LEADING.iter().map(|(name, c)| Ok((column(name)?, *c))).collect::<Result<_, String>>()?;
    let (parameters, criteria) = (column("参数")?, column("评价标准")?);
    let rows = table
        .rows
        .iter()
        .map(|cells| {
            let mut row = vec![String::new(); C::ALL.len()];
            for (at, c) in &leading {
                row[*c as usize] = cells[*at].clone();
            }
            row[C::Criteria as usize] = cells[criteria].clone();
            for (name, value) in split_parameters(&cells[parameters])? {
                let c = C::from_id(name).filter(|c| !LEADING.iter().any(|(_, l)| l == c) && *c != C::Criteria);
                let c = c.ok_or_else(|| format!("“{}”：未知参数“{name}”", cells[0]))?;
                row[c as usize] = value.to_string();
            }
            Ok(row)
        })
        .collect::<Result<_, String>>()?;
    Ok(Preset { rows })
}

/// `threshold=100 deduct=0.5 bands=x=0 → 8分；…` → (name, value) pairs. Values have no spaces, but for
/// `bands`, which runs to the end; text that is not `name=value` is an error.
fn split_parameters(text: &str) -> Result<Vec<(&str, &str)>, String> {
    let mut pairs = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let (name, after) = rest.split_once('=').ok_or_else(|| format!("参数“{rest}”不是“名称=值”"))?;
        let end = if name == "bands" { after.len() } else { after.find(' ').unwrap_or(after.len()) };
        pairs.push((name.trim(), after[..end].trim()));
        rest = after[end..].trim_start();
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests;
