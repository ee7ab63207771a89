//! The funds block of 附件2 (年度资金总额 / 基本支出 / 项目支出 × 年初预算数, 全年预算数, 全年执行数,
//! 执行率), computed with the draft's 执行率 口径 so that it agrees with the 预算执行率 in the report.

use rust_decimal::Decimal;

use crate::core::calc::indicators::{Indicator, IndicatorId, Value};
use crate::core::draft::choices::{ExecutionDenominator, Rounding};
use crate::core::calc::rate::Rate;
use crate::core::calc::totals::{sum, Totals};
use crate::core::reading::figures::Figures;
use crate::core::exact::Exact;

/// A row of the funds block; its id is also the rubric source and row id that scores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FundsRowId {
    /// 年度资金总额.
    Total,
    /// 基本支出.
    Basic,
    /// 项目支出.
    Projects,
}

impl FundsRowId {
    pub const ALL: [FundsRowId; 3] = [Self::Total, Self::Basic, Self::Projects];

    pub fn id(self) -> &'static str {
        match self {
            Self::Total => "funds.total",
            Self::Basic => "funds.basic",
            Self::Projects => "funds.projects",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Total => "年度资金总额",
            Self::Basic => "基本支出",
            Self::Projects => "项目支出",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|row| row.id() == id)
    }
}

/// One row: the three amounts and the execution rate (`None` where it cannot be computed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundsRow {
    pub id: FundsRowId,
    pub initial: Option<Decimal>,
    pub annual: Option<Decimal>,
    pub actual: Option<Decimal>,
    pub rate: Option<Rate>,
    /// The rate as printed (`99.55%`), or `—`.
    pub rate_text: String,
}

/// Builds the three rows. The total row takes its rate from the 预算执行率 indicator, so the table and the
/// report's sentence cannot disagree; its 全年预算数 is the year's full budget whatever the 口径 (the
/// column is headed so, and its parts, 基本支出 and 项目支出, are full-year figures): the 口径's own
/// denominator is said in the report's formula sentence. Only the 湖南 completion rate counts its
/// 执行数 its own way (the funds available less what is left at the year's end).
pub fn funds_block(figures: &Figures, totals: &Totals, indicators: &[Indicator]) -> [FundsRow; 3] {
    let rounding = figures.methods.rounding;
    let budget = &figures.budget;
    let execution = indicators.iter().find(|i| i.id == IndicatorId::BudgetExecution);
    let actual = match figures.methods.execution_denominator {
        ExecutionDenominator::HunanCompletion => {
            let available = sum([budget.carryover, budget.initial, budget.additions]);
            let closing = figures.spend.closing_balance.unwrap_or_default();
            available.and_then(|a| a.minus(closing))
        }
        _ => totals.spend,
    };
    let total = FundsRow {
        id: FundsRowId::Total,
        initial: budget.initial,
        annual: totals.annual_budget,
        actual,
        rate: execution.and_then(|i| match i.value {
            Value::Rate(rate) => Some(rate),
            _ => None,
        }),
        rate_text: execution.filter(|i| matches!(i.value, Value::Rate(_))).map_or_else(|| "—".to_string(), |i| i.text.clone()),
    };
    let initial = &figures.funds_initial;
    [
        total,
        row(FundsRowId::Basic, initial.basic, totals.basic_budget, totals.basic, rounding),
        row(FundsRowId::Projects, initial.projects, totals.projects_budget, totals.projects, rounding),
    ]
}

fn row(id: FundsRowId, initial: Option<Decimal>, annual: Option<Decimal>, actual: Option<Decimal>, rounding: Rounding) -> FundsRow {
    let rate = annual.zip(actual).and_then(|(annual, actual)| Rate::new(actual, annual));
    FundsRow { id, initial, annual, actual, rate, rate_text: rate.map_or_else(|| "—".to_string(), |r| r.display(rounding)) }
}
