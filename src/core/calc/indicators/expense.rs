//! Running cost (运行成本): 公用经费控制率, “三公”经费变动率 and 控制率.

use super::{ratio, Expr, Indicator, IndicatorId, Term, ZeroWording};
use crate::core::reading::figures::Figures;
use crate::core::draft::choices::{Rounding, SangongBasis};

/// 公用经费控制率 = 实际支出公用经费总额 / 预算安排公用经费总额.
pub(super) fn public_expense_control(figures: &Figures, rounding: Rounding) -> Indicator {
    ratio(
        IndicatorId::PublicExpenseControl,
        IndicatorId::PublicExpenseControl.name(),
        Expr::term(Term::amount("实际支出公用经费总额", figures.spend.public, &["spend.public"])),
        Expr::term(Term::amount("预算安排公用经费总额", figures.public_budget, &["public.budget"])),
        ZeroWording {
            nothing: "本年度未安排也未支出公用经费",
            zero_denominator: "未安排公用经费预算却有公用经费支出，请说明原因",
        },
        rounding,
    )
}

/// “三公”经费变动率 = (本年 − 上年) / 上年, comparing budgets or final accounts by the draft's method.
pub(super) fn sangong_change(figures: &Figures, rounding: Rounding) -> Indicator {
    let sangong = &figures.sangong;
    let (this_year, last_year) = match figures.methods.sangong_basis {
        SangongBasis::Budget => (
            Term::amount("本年度“三公”经费预算数", sangong.this_year.budget, &["sangong.budget"]),
            Term::amount("上年度“三公”经费预算数", sangong.last_year.budget, &["sangong.last_budget"]),
        ),
        SangongBasis::Actual => (
            Term::amount("本年度“三公”经费决算数", sangong.this_year.actual, &["sangong.actual"]),
            Term::amount("上年度“三公”经费决算数", sangong.last_year.actual, &["sangong.last_actual"]),
        ),
    };
    ratio(
        IndicatorId::SangongChange,
        IndicatorId::SangongChange.name(),
        Expr::term(this_year).minus(last_year.clone()),
        Expr::term(last_year),
        ZeroWording {
            nothing: "本年度与上年度均未安排“三公”经费",
            zero_denominator: "上年度未安排“三公”经费，本年度新增，无法计算变动率，请说明新增原因",
        },
        rounding,
    )
}

/// “三公”经费控制率 = 本年“三公”经费实际支出 / 本年“三公”经费预算.
pub(super) fn sangong_control(figures: &Figures, rounding: Rounding) -> Indicator {
    let this_year = figures.sangong.this_year;
    ratio(
        IndicatorId::SangongControl,
        IndicatorId::SangongControl.name(),
        Expr::term(Term::amount("本年度“三公”经费实际支出数", this_year.actual, &["sangong.actual"])),
        Expr::term(Term::amount("本年度“三公”经费预算数", this_year.budget, &["sangong.budget"])),
        ZeroWording {
            nothing: "本年度未安排也未发生“三公”经费",
            zero_denominator: "未安排“三公”经费预算却有支出，请说明原因",
        },
        rounding,
    )
}
