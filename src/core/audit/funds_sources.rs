//! A 项目支出绩效自评表's funds block (SPEC §12): its 其中 rows — 当年财政拨款, 上年结转资金, 其他资金 —
//! make its 年度资金总额 row, column by column (年初预算数, 全年预算数, 全年执行数).

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::column_totals::Placed;
use super::numbers::{Number, Unit};
use super::verdicts::{trim, Judged};
use super::Verdict;

/// What the 其中 rows of a project's funds are: where its money came from.
const SOURCES: [&str; 7] = ["财政拨款", "上年结转", "结转资金", "其他资金", "自筹", "上级补助", "社会资金"];

/// The source a row's label names (“其中：当年财政拨款” → 当年财政拨款), if it names one.
pub fn source(label: &str) -> Option<&str> {
    let name = label.trim_start_matches("其中").trim_start_matches([':', '：']);
    SOURCES.iter().any(|s| name.contains(s)).then_some(name)
}

/// The funds block being read: the 年度资金总额 row's amounts and the sources' rows under it, each by
/// its column's place.
#[derive(Debug, Clone, Default)]
pub struct FundsBlock {
    total: Placed,
    sources: Vec<(String, Placed)>,
}

/// A 年度资金总额 amount (its number's index) with the sources' amounts in its column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcesSum {
    pub number: usize,
    pub parts: Vec<(String, usize)>,
    /// The column's heading (“全年预算数”).
    pub heading: String,
    pub in_yuan: bool,
}

impl FundsBlock {
    pub fn new(total: Placed) -> Self {
        FundsBlock { total, sources: Vec::new() }
    }

    pub fn add(&mut self, source: &str, placed: Placed) {
        self.sources.push((source.to_string(), placed));
    }

    /// Each column in which the total and two sources or more each give an amount.
    pub fn sums(self, headings: &[String], in_yuan: bool) -> Vec<SourcesSum> {
        let mut sums = Vec::new();
        for &(place, number) in &self.total {
            let parts: Option<Vec<(String, usize)>> =
                self.sources.iter().map(|(name, placed)| placed.iter().find(|(p, _)| *p == place).map(|(_, n)| (name.clone(), *n))).collect();
            if let Some(parts) = parts.filter(|parts| parts.len() >= 2) {
                let heading = headings.get(place).cloned().unwrap_or_default();
                sums.push(SourcesSum { number, parts, heading, in_yuan });
            }
        }
        sums
    }
}

/// The verdict on a 年度资金总额 amount and its sources' amounts — none where a figure is missing or in
/// another unit.
pub fn judged(sum: &SourcesSum, numbers: &[Number]) -> Option<Judged> {
    let total = numbers.get(sum.number)?;
    let parts: Option<Vec<(&str, &Number)>> = sum.parts.iter().map(|(name, n)| Some((name.as_str(), numbers.get(*n).filter(|n| n.unit == total.unit)?))).collect();
    let parts = parts?;
    let added = parts.iter().try_fold(Decimal::ZERO, |s, (_, n)| s.plus(n.value))?;
    let unit = match total.unit {
        Unit::Bare if sum.in_yuan => "元",
        Unit::Bare | Unit::Wan => "万元",
        _ => "",
    };
    let decimals = parts.iter().map(|(_, n)| n.decimals).chain([total.decimals]).max().unwrap_or(0) as usize;
    let shown = |value: Decimal| format!("{value:.decimals$}");
    let formula: Vec<String> = parts.iter().map(|(name, n)| format!("{name}{}", shown(n.value))).collect();
    let (column, formula) = (format!("“{}”", sum.heading), formula.join("+"));
    if added == total.value {
        return Some(Judged::new(Verdict::Ok, format!("年度资金总额{column}{}{unit}={formula}，相符", shown(total.value))));
    }
    let off = total.value.minus(added)?.abs();
    let detail = format!("年度资金总额{column}写{}{unit}，其中各项资金之和为{}{unit}（{formula}），相差{}{unit}", shown(total.value), shown(added), shown(off));
    let share = off.divided_by(added.abs().max(Decimal::ONE))?;
    let words = format!("年度资金总额{column}写{}{unit}，各项资金之和为{}{unit}", shown(total.value), trim(added));
    Some(Judged::new(Verdict::Mismatch, detail).off(share, words))
}
