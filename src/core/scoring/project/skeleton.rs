//! The indicator grid a new project starts with (`skeleton.txt`): the 一级 / 二级 headings of the
//! 财预〔2020〕10号 template, so the clerk fills rows in rather than building the table, and the usual
//! split of the points among the 一级 headings, which the findings compare a table with.

use std::sync::OnceLock;

use rust_decimal::Decimal;

use crate::core::reading::pipe_table::read_pipe_table;

/// The skeleton: its (一级, 二级) rows, and each 一级 heading's usual points.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Skeleton {
    pub rows: Vec<(String, String)>,
    pub split: Vec<(String, Decimal)>,
}

/// The skeleton of `skeleton.txt`, read once (a test reads it; unreadable, it is empty).
pub fn skeleton() -> &'static Skeleton {
    static READ: OnceLock<Skeleton> = OnceLock::new();
    READ.get_or_init(|| read_skeleton(include_str!("skeleton.txt")).unwrap_or_default())
}

pub fn read_skeleton(text: &str) -> Result<Skeleton, String> {
    let table = read_pipe_table(text)?;
    let column = |name: &str| table.column(name).ok_or_else(|| format!("缺少“{name}”列"));
    let (level1, level2, points) = (column("一级指标")?, column("二级指标")?, column("一级指标分值")?);
    let mut skeleton = Skeleton::default();
    for row in &table.rows {
        skeleton.rows.push((row[level1].clone(), row[level2].clone()));
        let value = Decimal::from_str_exact(&row[points]).map_err(|_| format!("“{}”不是分值", row[points]))?;
        if !skeleton.split.iter().any(|(name, _)| *name == row[level1]) {
            skeleton.split.push((row[level1].clone(), value));
        }
    }
    Ok(skeleton)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_has_its_headings_and_the_usual_split() {
        let skeleton = skeleton();
        assert_eq!(skeleton.rows.len(), 9);
        assert_eq!(skeleton.rows[0], ("产出指标".to_string(), "数量指标".to_string()));
        let split: Vec<(&str, i64)> = skeleton.split.iter().map(|(n, p)| (n.as_str(), p.mantissa() as i64)).collect();
        assert_eq!(split, [("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)]);
        assert!(read_skeleton("一级指标 | 二级指标 | 一级指标分值\n产出指标 | 数量指标 | 很多").is_err());
    }
}
