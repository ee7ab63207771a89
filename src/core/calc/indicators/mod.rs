//! Indicators (绩效指标, SPEC §4): each yields a rate, or 不适用 with the reason, and the formula
//! sentence with the actual figures in the style the published reports use.
//!
//! The groups follow the report: staffing, running cost (公用经费, “三公”经费), budget management,
//! assets and procurement, disclosure.

mod assets;
mod budget;
pub mod disclosure;
mod expense;
mod staff;

pub use assets::NO_KEY_MARKS;

use rust_decimal::Decimal;

use crate::core::reading::amount::format_wan;
use crate::core::reading::figures::Figures;
use crate::core::draft::choices::Rounding;
use crate::core::calc::rate::Rate;
use crate::core::calc::totals::Totals;
use crate::core::exact::Exact;

/// The indicator ids of the data contract (`data-indicator`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndicatorId {
    StaffControl,
    PublicExpenseControl,
    SangongChange,
    SangongControl,
    BudgetExecution,
    BudgetControl,
    BudgetControlAdjusted,
    BudgetAdjustment,
    CarryoverRate,
    BalanceVsCarryover,
    ProcurementExecution,
    KeySpendingRatio,
    FixedAssetUtilization,
    BuildingScaleControl,
    BuildingInvestmentControl,
    DisclosureTimeliness,
}

impl IndicatorId {
    /// Every indicator, in the order the page and the report show them.
    pub const ALL: [IndicatorId; 16] = [
        Self::StaffControl,
        Self::PublicExpenseControl,
        Self::SangongChange,
        Self::SangongControl,
        Self::BudgetExecution,
        Self::BudgetControl,
        Self::BudgetControlAdjusted,
        Self::BudgetAdjustment,
        Self::CarryoverRate,
        Self::BalanceVsCarryover,
        Self::ProcurementExecution,
        Self::KeySpendingRatio,
        Self::FixedAssetUtilization,
        Self::BuildingScaleControl,
        Self::BuildingInvestmentControl,
        Self::DisclosureTimeliness,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Self::StaffControl => "staff_control",
            Self::PublicExpenseControl => "public_expense_control",
            Self::SangongChange => "sangong_change",
            Self::SangongControl => "sangong_control",
            Self::BudgetExecution => "budget_execution",
            Self::BudgetControl => "budget_control",
            Self::BudgetControlAdjusted => "budget_control_adjusted",
            Self::BudgetAdjustment => "budget_adjustment",
            Self::CarryoverRate => "carryover_rate",
            Self::BalanceVsCarryover => "balance_vs_carryover",
            Self::ProcurementExecution => "procurement_execution",
            Self::KeySpendingRatio => "key_spending_ratio",
            Self::FixedAssetUtilization => "fixed_asset_utilization",
            Self::BuildingScaleControl => "building_scale_control",
            Self::BuildingInvestmentControl => "building_investment_control",
            Self::DisclosureTimeliness => "disclosure_timeliness",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|indicator| indicator.id() == id)
    }

    /// The value above which the indicator is out of bounds (in percent), where it has one: a rate
    /// above it must not get full marks.
    pub fn limit(self) -> Option<Decimal> {
        match self {
            Self::StaffControl
            | Self::PublicExpenseControl
            | Self::SangongControl
            | Self::BudgetExecution
            | Self::ProcurementExecution
            | Self::FixedAssetUtilization
            | Self::BuildingScaleControl
            | Self::BuildingInvestmentControl => Some(Decimal::ONE_HUNDRED),
            Self::SangongChange | Self::BudgetControl | Self::BudgetControlAdjusted | Self::BudgetAdjustment => {
                Some(Decimal::ZERO)
            }
            Self::CarryoverRate | Self::BalanceVsCarryover | Self::KeySpendingRatio | Self::DisclosureTimeliness => None,
        }
    }

    /// The indicator's Chinese name as reports print it.
    pub fn name(self) -> &'static str {
        match self {
            Self::StaffControl => "在职人员控制率",
            Self::PublicExpenseControl => "公用经费控制率",
            Self::SangongChange => "“三公”经费变动率",
            Self::SangongControl => "“三公”经费控制率",
            Self::BudgetExecution => "预算执行率",
            Self::BudgetControl => "预算控制率",
            Self::BudgetControlAdjusted => "预算控制率（剔除政策性追加）",
            Self::BudgetAdjustment => "预算调整率",
            Self::CarryoverRate => "结转结余率",
            Self::BalanceVsCarryover => "年末结余与上年结转之比",
            Self::ProcurementExecution => "政府采购执行率",
            Self::KeySpendingRatio => "重点支出安排率",
            Self::FixedAssetUtilization => "固定资产利用率",
            Self::BuildingScaleControl => "楼堂馆所规模控制率",
            Self::BuildingInvestmentControl => "楼堂馆所投资控制率",
            Self::DisclosureTimeliness => "预决算信息公开",
        }
    }
}

/// Why an indicator is 不适用.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotApplicable {
    /// Figures it needs are blank (or unreadable).
    Missing(Vec<&'static str>),
    /// x / 0 with x ≠ 0: the report must explain it.
    ZeroDenominator(Vec<&'static str>),
    /// 0 / 0: there is nothing to measure (e.g. no “三公”经费 in either year).
    NothingToMeasure,
}

/// An indicator's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Rate(Rate),
    /// Disclosure: whether every entered publication came within the legal time.
    Timely(bool),
    NotApplicable(NotApplicable),
}

impl Value {
    /// The fields a value that cannot be computed needs: the blank ones, or the zero denominator's.
    pub fn missing_fields(&self) -> &[&'static str] {
        match self {
            Value::NotApplicable(NotApplicable::Missing(fields) | NotApplicable::ZeroDenominator(fields)) => fields,
            _ => &[],
        }
    }
}

/// One computed indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub id: IndicatorId,
    /// The name used in the sentence (预算完成率 under the Hunan method).
    pub name: &'static str,
    pub value: Value,
    /// What a user reads: `99.55%`, `不适用`, `及时`.
    pub text: String,
    /// The formula sentence with the figures, or the reason it does not apply.
    pub sentence: String,
    /// For the report, where the sentence is the tool's diagnosis (a figure missing, a zero
    /// denominator): what the known figures say, with a [`BLANK`] for the clerk where one is missing.
    pub blanks: Option<String>,
}

/// Where the report leaves a figure or a reason for the clerk to write in.
pub const BLANK: &str = "【此处填写】";

/// Computes every indicator of [`IndicatorId::ALL`], in that order.
pub fn compute(figures: &Figures, totals: &Totals) -> Vec<Indicator> {
    let rounding = figures.methods.rounding;
    let mut indicators = vec![
        staff::staff_control(figures, totals, rounding),
        expense::public_expense_control(figures, rounding),
        expense::sangong_change(figures, rounding),
        expense::sangong_control(figures, rounding),
        budget::execution(figures, totals, rounding),
    ];
    indicators.extend(budget::control(figures, rounding));
    indicators.push(budget::adjustment(figures, rounding));
    indicators.push(budget::carryover_rate(figures, totals, rounding));
    indicators.push(budget::balance_vs_carryover(figures, rounding));
    indicators.push(assets::procurement_execution(figures, rounding));
    indicators.push(assets::key_spending_ratio(figures, totals, rounding));
    indicators.push(assets::fixed_asset_utilization(figures, rounding));
    indicators.extend(assets::building_controls(figures, rounding));
    indicators.push(disclosure::timeliness(figures));
    indicators
}

/// A figure in a formula: its label as printed, its value and the fields it comes from.
#[derive(Debug, Clone)]
pub(crate) struct Term {
    pub label: &'static str,
    pub value: Option<Decimal>,
    pub fields: &'static [&'static str],
    pub unit: Unit,
    /// A blank optional term counts as zero (e.g. 年中调减 when there was none).
    pub optional: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Wan,
    Persons,
    SquareMetres,
}

impl Term {
    pub fn amount(label: &'static str, value: Option<Decimal>, fields: &'static [&'static str]) -> Self {
        Self { label, value, fields, unit: Unit::Wan, optional: false }
    }

    pub fn persons(label: &'static str, value: Option<u32>, fields: &'static [&'static str]) -> Self {
        Self { label, value: value.map(Decimal::from), fields, unit: Unit::Persons, optional: false }
    }

    pub fn area(label: &'static str, value: Option<Decimal>, fields: &'static [&'static str]) -> Self {
        Self { label, value, fields, unit: Unit::SquareMetres, optional: false }
    }

    /// Counted as zero where left blank — not where typed but unusable (`figures`' [`Figures::unusable`]).
    pub fn or_zero(self, figures: &Figures) -> Self {
        let blank = !self.fields.iter().any(|field| figures.unusable(field));
        Self { optional: blank, ..self }
    }

    fn resolved(&self) -> Option<Decimal> {
        self.value.or(if self.optional { Some(Decimal::ZERO) } else { None })
    }

    /// `在职人员数18人`, `年初预算180.07万元`, `年初预算【此处填写】万元` where it is blank.
    fn show(&self) -> String {
        let value = self.resolved().map_or_else(
            || BLANK.to_string(),
            |value| if self.unit == Unit::Persons { value.normalize().to_string() } else { format_wan(value) },
        );
        let unit = match self.unit {
            Unit::Wan => "万元",
            Unit::Persons => "人",
            Unit::SquareMetres => "平方米",
        };
        format!("{}{value}{unit}", self.label)
    }
}

/// A signed sum of terms: `上年结转 + 年初预算 + 年中追加 − 年末结余`.
#[derive(Debug, Clone)]
pub(crate) struct Expr(pub Vec<(Sign, Term)>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sign {
    Plus,
    Minus,
}

impl Expr {
    pub fn term(term: Term) -> Self {
        Self(vec![(Sign::Plus, term)])
    }

    pub fn plus(mut self, term: Term) -> Self {
        self.0.push((Sign::Plus, term));
        self
    }

    pub fn minus(mut self, term: Term) -> Self {
        self.0.push((Sign::Minus, term));
        self
    }

    fn missing(&self) -> impl Iterator<Item = &Term> {
        self.0.iter().map(|(_, t)| t).filter(|t| t.resolved().is_none())
    }

    fn fields(&self) -> Vec<&'static str> {
        self.0.iter().flat_map(|(_, t)| t.fields.iter().copied()).collect()
    }

    fn value(&self) -> Option<Decimal> {
        self.0.iter().try_fold(Decimal::ZERO, |acc, (sign, term)| match sign {
            Sign::Plus => acc.plus(term.resolved()?),
            Sign::Minus => acc.minus(term.resolved()?),
        })
    }

    /// `在职人员数18人`, or `（年中追加73.72万元＋年中调减0.00万元－政策性追加73.72万元）` for a compound.
    fn show(&self) -> String {
        let mut text = String::new();
        for (i, (sign, term)) in self.0.iter().enumerate() {
            match (i, sign) {
                (0, Sign::Plus) => {}
                (0, Sign::Minus) => text.push('－'),
                (_, Sign::Plus) => text.push('＋'),
                (_, Sign::Minus) => text.push('－'),
            }
            text.push_str(&term.show());
        }
        if self.0.len() > 1 {
            format!("（{text}）")
        } else {
            text
        }
    }
}

/// What to say when both sides are zero, and when only the denominator is.
pub(crate) struct ZeroWording {
    pub nothing: &'static str,
    pub zero_denominator: &'static str,
}

/// Builds a rate indicator `numerator / denominator × 100%`, or 不适用 with its reason.
pub(crate) fn ratio(
    id: IndicatorId,
    name: &'static str,
    numerator: Expr,
    denominator: Expr,
    zero: ZeroWording,
    rounding: Rounding,
) -> Indicator {
    let compound = numerator.0.len() > 1 || denominator.0.len() > 1;
    let (open, close) = if compound { ('〔', '〕') } else { ('（', '）') };
    let body = format!("{open}{}/{}{close}", numerator.show(), denominator.show());
    let (Some(num), Some(den)) = (numerator.value(), denominator.value()) else {
        let missing: Vec<&Term> = numerator.missing().chain(denominator.missing()).collect();
        let mut labels: Vec<&str> = missing.iter().map(|t| t.label).collect();
        labels.dedup();
        let fields = dedup(missing.iter().flat_map(|t| t.fields.iter().copied()).collect());
        let reason = if labels.is_empty() { "数额过大，无法计算".to_string() } else { format!("缺少{}", labels.join("、")) };
        let blanks = format!("{name}{BLANK}%={body}×100%");
        return Indicator { blanks: Some(blanks), ..not_applicable(id, name, NotApplicable::Missing(fields), &reason) };
    };
    if den.is_sign_negative() && !den.is_zero() {
        // A negative budget (调减 beyond what was available) is no base for a rate: the finding about
        // the figures says what is wrong; a rate of −1470% would only mislead.
        let why = NotApplicable::Missing(Vec::new());
        return not_applicable(id, name, why, "分母为负数，无法计算");
    }
    match Rate::new(num, den) {
        Some(rate) => {
            let text = rate.display(rounding);
            Indicator { id, name, value: Value::Rate(rate), sentence: format!("{name}{text}={body}×100%"), text, blanks: None }
        }
        None if num.is_zero() => not_applicable(id, name, NotApplicable::NothingToMeasure, zero.nothing),
        None => {
            // The report states the figures and leaves the explanation the finding asks for to the clerk.
            let blanks = format!("{name}无法计算{body}，原因是{BLANK}");
            let why = NotApplicable::ZeroDenominator(dedup(denominator.fields()));
            Indicator { blanks: Some(blanks), ..not_applicable(id, name, why, zero.zero_denominator) }
        }
    }
}

pub(crate) fn not_applicable(id: IndicatorId, name: &'static str, why: NotApplicable, reason: &str) -> Indicator {
    // Figures not typed yet are to be filled, not a rate that does not apply to the unit.
    let text = if matches!(&why, NotApplicable::Missing(fields) if !fields.is_empty()) { "待填" } else { "不适用" };
    Indicator { id, name, value: Value::NotApplicable(why), text: text.to_string(), sentence: format!("{name}{text}：{reason}。"), blanks: None }
}

fn dedup(mut fields: Vec<&'static str>) -> Vec<&'static str> {
    let mut seen = Vec::new();
    fields.retain(|f| {
        let new = !seen.contains(f);
        seen.push(*f);
        new
    });
    fields
}

#[cfg(test)]
mod tests;
