//! Budget management (管理效率): 预算执行率, 预算控制率, 预算调整率, 结转结余率.

use super::{ratio, Expr, Indicator, IndicatorId, Term, ZeroWording};
use crate::core::reading::figures::Figures;
use crate::core::draft::choices::{ExecutionDenominator, Rounding};
use crate::core::calc::totals::Totals;
use crate::core::exact::Exact;

const SPEND_FIELDS: &[&str] = &["spend.personnel", "spend.public", "spend.basic_other"];
const ANNUAL_FIELDS: &[&str] =
    &["budget.carryover", "budget.initial", "budget.additions", "budget.reductions", "budget.other_funds"];
const ANNUAL_EXCL_CARRYOVER_FIELDS: &[&str] =
    &["budget.initial", "budget.additions", "budget.reductions", "budget.other_funds"];

const NO_BUDGET: ZeroWording = ZeroWording {
    nothing: "本年度无预算也无支出",
    zero_denominator: "预算数为0却有支出，请核对预算数",
};

/// 预算执行率 = 支出合计 / 分母 (by the draft's method), or the Hunan 预算完成率.
pub(super) fn execution(figures: &Figures, totals: &Totals, rounding: Rounding) -> Indicator {
    let id = IndicatorId::BudgetExecution;
    let spend = || Expr::term(Term::amount("支出合计", totals.spend, SPEND_FIELDS));
    let budget = &figures.budget;
    match figures.methods.execution_denominator {
        ExecutionDenominator::AnnualWithCarryover => ratio(
            id,
            id.name(),
            spend(),
            Expr::term(Term::amount("全年预算数", totals.annual_budget, ANNUAL_FIELDS)),
            NO_BUDGET,
            rounding,
        ),
        ExecutionDenominator::Annual => {
            let without_carryover = totals
                .annual_budget
                .and_then(|annual| annual.minus(budget.carryover.unwrap_or_default()));
            ratio(
                id,
                id.name(),
                spend(),
                Expr::term(Term::amount("全年预算数（不含上年结转）", without_carryover, ANNUAL_EXCL_CARRYOVER_FIELDS)),
                NO_BUDGET,
                rounding,
            )
        }
        ExecutionDenominator::Initial => ratio(
            id,
            id.name(),
            spend(),
            Expr::term(Term::amount("年初预算数", budget.initial, &["budget.initial"])),
            NO_BUDGET,
            rounding,
        ),
        ExecutionDenominator::HunanCompletion => {
            let available = || {
                Expr::term(Term::amount("上年结转", budget.carryover, &["budget.carryover"]).or_zero(figures))
                    .plus(Term::amount("年初预算", budget.initial, &["budget.initial"]))
                    .plus(Term::amount("年中追加", budget.additions, &["budget.additions"]).or_zero(figures))
            };
            let closing = Term::amount("年末结余", figures.spend.closing_balance, &["spend.closing_balance"]).or_zero(figures);
            ratio(id, "预算完成率", available().minus(closing), available(), NO_BUDGET, rounding)
        }
    }
}

/// 预算控制率 (湖南) = 年中追加 / 年初预算, and the same with 政策性追加 taken out.
pub(super) fn control(figures: &Figures, rounding: Rounding) -> [Indicator; 2] {
    let budget = &figures.budget;
    let initial = || Expr::term(Term::amount("年初预算数", budget.initial, &["budget.initial"]));
    let additions = || Term::amount("年中追加", budget.additions, &["budget.additions"]);
    let zero = || ZeroWording {
        nothing: "无年初预算，也无年中追加",
        zero_denominator: "年初预算为0而有年中追加，无法计算控制率，请说明原因",
    };
    [
        ratio(IndicatorId::BudgetControl, IndicatorId::BudgetControl.name(), Expr::term(additions()), initial(), zero(), rounding),
        ratio(
            IndicatorId::BudgetControlAdjusted,
            IndicatorId::BudgetControlAdjusted.name(),
            Expr::term(additions())
                .minus(Term::amount("政策性追加", budget.policy_additions, &["budget.policy_additions"]).or_zero(figures)),
            initial(),
            zero(),
            rounding,
        ),
    ]
}

/// 预算调整率 (财预〔2013〕53号) = (年中追加 + 年中调减 − 政策性追加) / 年初预算.
pub(super) fn adjustment(figures: &Figures, rounding: Rounding) -> Indicator {
    let budget = &figures.budget;
    ratio(
        IndicatorId::BudgetAdjustment,
        IndicatorId::BudgetAdjustment.name(),
        Expr::term(Term::amount("年中追加", budget.additions, &["budget.additions"]))
            .plus(Term::amount("年中调减", budget.reductions, &["budget.reductions"]).or_zero(figures))
            .minus(Term::amount("政策性追加", budget.policy_additions, &["budget.policy_additions"]).or_zero(figures)),
        Expr::term(Term::amount("年初预算数", budget.initial, &["budget.initial"])),
        ZeroWording { nothing: "无年初预算，也无预算调整", zero_denominator: "年初预算为0而有预算调整，请说明原因" },
        rounding,
    )
}

/// 结转结余率 = 年末结转结余 / 全年预算数.
pub(super) fn carryover_rate(figures: &Figures, totals: &Totals, rounding: Rounding) -> Indicator {
    ratio(
        IndicatorId::CarryoverRate,
        IndicatorId::CarryoverRate.name(),
        Expr::term(Term::amount("年末结转结余", figures.spend.closing_balance, &["spend.closing_balance"])),
        Expr::term(Term::amount("全年预算数", totals.annual_budget, ANNUAL_FIELDS)),
        ZeroWording { nothing: "本年度无预算也无结转结余", zero_denominator: "全年预算数为0却有结转结余，请核对" },
        rounding,
    )
}

/// 年末结余与上年结转之比 (岳阳 资金结余): whether this year's surplus stays within last year's carry-over.
pub(super) fn balance_vs_carryover(figures: &Figures, rounding: Rounding) -> Indicator {
    ratio(
        IndicatorId::BalanceVsCarryover,
        IndicatorId::BalanceVsCarryover.name(),
        Expr::term(Term::amount("年末结转结余", figures.spend.closing_balance, &["spend.closing_balance"])),
        Expr::term(Term::amount("上年结转", figures.budget.carryover, &["budget.carryover"])),
        ZeroWording { nothing: "年末无结余，上年也无结转", zero_denominator: "上年无结转而年末有结余" },
        rounding,
    )
}
