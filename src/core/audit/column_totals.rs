//! A table's 合计 row (“合计 | 551.00 | 521.95 | 94.73%”): each of its amounts is the sum of the rows
//! above it in its column (SPEC §11, totals with their parts) — a table of projects, of the “三公” items,
//! of staff by kind. Rates and scores are not summed; a table with sub-items (“其中：…”), a 小计 or a row
//! taken away is not summed either, for its rows are not all parts of one sum.

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::numbers::{Number, Unit};
use super::verdicts::Judged;
use super::Verdict;

/// What a column holds, as its sum cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    Amount,
    /// Rates, row numbers: no sum.
    Rate,
    /// A score table's weights and scores: judged as a score's parts elsewhere.
    Points,
}

/// What a row is to the 合计 under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Part,
    Total,
    /// A row that is no plain part (a sub-item, a 小计, an amount taken away): the rows are no sum.
    NoPart,
}

/// A row's figures: each its column's place and its number's index.
pub type Placed = Vec<(usize, usize)>;

/// A 合计 row's figure (its number's index) and the figures of the rows above it in its column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnTotal {
    pub number: usize,
    pub rows: Vec<usize>,
    /// Whether the table gives its amounts in 元.
    pub in_yuan: bool,
    /// The column's heading, where the table gives one (the project's name, for its sub-items).
    pub heading: Option<String>,
    /// What the figure is the sum of.
    pub of: SumOf,
}

/// What a table's total sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SumOf {
    /// The rows above it in its column (a 合计 row).
    Rows,
    /// A project's sub-items listed under its row.
    Items,
    /// The 基本支出 and 项目支出 rows in its column (a 支出总额 row above them).
    Parts,
}

/// Whether a figure of a column of `kind` is added up in its column.
pub fn summable(kind: ColumnKind, number: &Number) -> bool {
    kind == ColumnKind::Amount && number.unit != Unit::Percent
}

/// What a row named `label` is to the 合计 under it.
pub fn row_kind(label: &str) -> RowKind {
    let opens = |words: &[&str]| words.iter().any(|w| label.starts_with(w));
    if label.contains("合计") || label.contains("总计") {
        RowKind::Total
    } else if label.is_empty() || opens(&["其中", "含", "（", "(", "-", "—"]) || ["小计", "调减", "减："].iter().any(|w| label.contains(w)) {
        RowKind::NoPart
    } else {
        RowKind::Part
    }
}

/// The 合计 row's figures `total` (column, number) that have, in their column, a figure in each of the
/// `rows` above — two rows or more, all in one unit.
pub fn stated(rows: &[Placed], total: &[(usize, usize)], numbers: &[Number], in_yuan: bool, headings: &[String]) -> Vec<ColumnTotal> {
    let mut out = Vec::new();
    for &(column, number) in total {
        let Some(unit) = numbers.get(number).map(|n| n.unit) else { continue };
        let above: Option<Vec<usize>> = rows.iter().map(|figures| figures.iter().find(|(c, _)| *c == column).map(|(_, n)| *n)).collect();
        let Some(above) = above.filter(|a| a.len() >= 2) else { continue };
        // A table in 元 whose bare figures the text also states in 元 holds some as 万元 already: one unit all the same.
        let amount = |u: Unit| matches!(u, Unit::Bare | Unit::Wan);
        let alike = |n: &&Number| n.unit == unit || (in_yuan && amount(n.unit) && amount(unit));
        let values: Option<Vec<Decimal>> = above.iter().map(|&n| numbers.get(n).filter(alike).and_then(|n| in_wan(n, in_yuan))).collect();
        if values.is_some_and(|values| !nested(&values)) {
            let heading = headings.get(column).filter(|h| !h.is_empty()).cloned();
            out.push(ColumnTotal { number, rows: above, in_yuan, heading, of: SumOf::Rows });
        }
    }
    out
}

/// Whether a row is the sum of rows just under it (“公务用车购置及运行维护费 | 5.00” over its two items,
/// unmarked by “其中”): then the rows are not all parts of one sum.
fn nested(values: &[Decimal]) -> bool {
    (0..values.len()).any(|k| {
        let mut sum = Decimal::ZERO;
        values[k + 1..].iter().enumerate().any(|(m, v)| {
            sum = sum.plus(*v).unwrap_or(Decimal::MAX);
            m >= 1 && !values[k].is_zero() && sum == values[k]
        })
    })
}

/// An amount of a table in 元 (`in_yuan`) in 万元, whether the text held it bare or read it as 元 already.
pub fn in_wan(number: &Number, in_yuan: bool) -> Option<Decimal> {
    if number.unit == Unit::Bare && in_yuan { number.value.divided_by(Decimal::from(10_000)) } else { Some(number.value) }
}

/// The verdict on a 合计 figure and the figures above it in its column.
pub fn judged(total: &ColumnTotal, numbers: &[Number]) -> Judged {
    let figures: Vec<&Number> = total.rows.iter().filter_map(|&n| numbers.get(n)).collect();
    let Some(stated) = numbers.get(total.number) else {
        return Judged::new(Verdict::Unverifiable, "表中合计行无法核对".to_string());
    };
    let decimals = figures.iter().map(|n| n.decimals).chain([stated.decimals]).max().unwrap_or(0);
    // A table in 元, and figures of one read as 万元 (“13,870,690.00” → 1387.069, more decimals than a 万元
    // figure is written with): all in 万元 to add up, shown in 元 as written — never cut at the digits.
    let cut = figures.iter().chain([&stated]).any(|n| n.unit == Unit::Wan && n.value.normalize().scale() > decimals);
    let in_yuan = (total.in_yuan && matches!(stated.unit, Unit::Bare | Unit::Wan)) || cut;
    let value = |n: &Number| if in_yuan { in_wan(n, total.in_yuan) } else { Some(n.value) };
    let values: Option<Vec<Decimal>> = figures.iter().map(|n| value(n)).collect();
    let sum = values.as_ref().and_then(|values| values.iter().try_fold(Decimal::ZERO, |s, v| s.plus(*v)));
    let (Some(values), Some(sum), Some(stated_value)) = (values, sum, value(stated)) else {
        return Judged::new(Verdict::Unverifiable, "表中合计行无法核对".to_string());
    };
    let unit = match stated.unit {
        _ if in_yuan => "元",
        Unit::Wan => "万元",
        Unit::Persons => "人",
        _ => "",
    };
    let yuan = super::verdicts::Shown::of("万元", true, []);
    let shown = |value: Decimal| if in_yuan { yuan.text(value).trim_end_matches('元').to_string() } else { format!("{:.*}", decimals as usize, value) };
    // “-0.25-1.20+0.00”: a negative figure (a 增减额 column's) takes its own sign, not “+-”.
    let mut formula = String::new();
    for (k, v) in values.iter().enumerate() {
        if k > 0 && !v.is_sign_negative() {
            formula.push('+');
        }
        formula.push_str(&shown(*v));
    }
    let heading = total.heading.clone().unwrap_or_default();
    let column = total.heading.as_ref().map(|h| format!("“{h}”列")).unwrap_or_default();
    let (column, written, rows) = match total.of {
        SumOf::Items => (format!("“{heading}”支出"), format!("表中“{heading}”支出写"), format!("其下{}个子项", figures.len())),
        SumOf::Parts => (format!("{column}支出合计"), format!("表中{column}支出合计写"), "基本支出与项目支出".to_string()),
        SumOf::Rows => (format!("{column}合计"), format!("表中{column}合计行写"), format!("其上{}行", figures.len())),
    };
    if sum == stated_value {
        let items = if total.of == SumOf::Rows { String::new() } else { format!("（{rows}）") };
        return Judged::new(Verdict::Ok, format!("表中{column}{}{unit}={formula}{items}，相符", shown(stated_value)));
    }
    let off = stated_value.minus(sum).map(|d| d.abs()).unwrap_or_default();
    let detail = format!("{written}{}{unit}，{rows}之和为{}{unit}（{formula}），相差{}{unit}", shown(stated_value), shown(sum), shown(off));
    let share = off.divided_by(sum.abs().max(Decimal::ONE)).unwrap_or(Decimal::ONE);
    let words = format!("表中{column}写{}{unit}，应为{}{unit}", shown(stated_value), shown(sum));
    Judged::new(Verdict::Mismatch, detail).off(share, words)
}
