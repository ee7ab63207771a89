//! Procurement, key spending and assets: 政府采购执行率, 重点支出安排率, 固定资产利用率.

use rust_decimal::Decimal;

use super::{ratio, Expr, Indicator, IndicatorId, Term, ZeroWording};
use crate::core::reading::figures::Figures;
use crate::core::draft::choices::Rounding;
use crate::core::calc::totals::{sum, Totals};

/// 政府采购执行率 = 实际采购金额 / 政府采购预算.
pub(super) fn procurement_execution(figures: &Figures, rounding: Rounding) -> Indicator {
    ratio(
        IndicatorId::ProcurementExecution,
        IndicatorId::ProcurementExecution.name(),
        Expr::term(Term::amount("实际政府采购金额", figures.procurement.actual, &["procurement.actual"])),
        Expr::term(Term::amount("政府采购预算", figures.procurement.budget, &["procurement.budget"])),
        ZeroWording { nothing: "本年度未安排政府采购", zero_denominator: "未编政府采购预算却有采购，请说明原因" },
        rounding,
    )
}

/// What the clerk is asked for while no project is marked 重点.
pub const NO_KEY_MARKS: &str = "重点项目标记（没有重点项目可不填）";

/// 重点支出安排率 = 重点项目预算 / 项目预算合计.
pub(super) fn key_spending_ratio(figures: &Figures, totals: &Totals, rounding: Rounding) -> Indicator {
    let projects = &figures.spend.projects;
    // No project marked 重点 is no ratio of 0%: the marks are still to make, or the unit has none to
    // make (it cannot truly mark one): what is missing says both (the report then says 不适用).
    let key_budget = if projects.iter().any(|p| p.is_key) {
        Some(sum(projects.iter().filter(|p| p.is_key).map(|p| p.budget)).unwrap_or(Decimal::ZERO))
    } else {
        None
    };
    let missing = if key_budget.is_some() { "重点项目预算" } else { NO_KEY_MARKS };
    ratio(
        IndicatorId::KeySpendingRatio,
        IndicatorId::KeySpendingRatio.name(),
        Expr::term(Term::amount(missing, key_budget, &["spend.projects.0.key"])),
        Expr::term(Term::amount("项目预算合计", totals.projects_budget, &["spend.projects"])),
        ZeroWording { nothing: "项目预算均为0", zero_denominator: "项目预算合计为0，请核对项目预算" },
        rounding,
    )
}

/// 固定资产利用率 = 在用固定资产 / 全部固定资产.
pub(super) fn fixed_asset_utilization(figures: &Figures, rounding: Rounding) -> Indicator {
    ratio(
        IndicatorId::FixedAssetUtilization,
        IndicatorId::FixedAssetUtilization.name(),
        Expr::term(Term::amount("在用固定资产", figures.assets_in_use, &["assets.in_use"])),
        Expr::term(Term::amount("全部固定资产", figures.assets_total, &["assets.total"])),
        ZeroWording { nothing: "无固定资产", zero_denominator: "全部固定资产为0而在用资产不为0，请核对" },
        rounding,
    )
}

/// 楼堂馆所 (SPEC §2, 附件1): 规模控制率 = 实际规模 / 批复规模, 投资控制率 = 实际投资 / 预算投资.
pub(super) fn building_controls(figures: &Figures, rounding: Rounding) -> [Indicator; 2] {
    let b = &figures.buildings;
    let zero = || ZeroWording { nothing: "本年度无楼堂馆所建设", zero_denominator: "无批复却有楼堂馆所建设，请说明" };
    // Nothing typed about buildings: a unit without any (the rubrics give full marks), not figures to fill.
    if b.actual_scale.is_none() && b.approved_scale.is_none() && b.actual_investment.is_none() && b.budget_investment.is_none() {
        let none = |id: IndicatorId| super::not_applicable(id, id.name(), super::NotApplicable::NothingToMeasure, zero().nothing);
        return [none(IndicatorId::BuildingScaleControl), none(IndicatorId::BuildingInvestmentControl)];
    }
    [
        ratio(
            IndicatorId::BuildingScaleControl,
            IndicatorId::BuildingScaleControl.name(),
            Expr::term(Term::area("实际规模", b.actual_scale, &["buildings.actual_scale"])),
            Expr::term(Term::area("批复规模", b.approved_scale, &["buildings.approved_scale"])),
            zero(),
            rounding,
        ),
        ratio(
            IndicatorId::BuildingInvestmentControl,
            IndicatorId::BuildingInvestmentControl.name(),
            Expr::term(Term::amount("实际投资", b.actual_investment, &["buildings.actual_investment"])),
            Expr::term(Term::amount("预算投资", b.budget_investment, &["buildings.budget_investment"])),
            zero(),
            rounding,
        ),
    ]
}
