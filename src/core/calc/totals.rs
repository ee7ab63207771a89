//! Derived totals (合计): 基本支出, 项目支出, 支出合计, 全年预算数, 编制数, 在职人数.
//!
//! A blank part counts as zero in a total, but a total all of whose parts are blank is itself blank:
//! a half-filled draft shows the sums it can, and never a made-up 0.00. A part typed but unreadable
//! (“abc”), an amount or a head-count, leaves its total uncomputed: counting it as 0 would make up a figure (and every rate built
//! on it); the field says what is wrong with it.

use rust_decimal::Decimal;

use crate::core::reading::figures::{ByStaffType, Figures};
use crate::core::draft::choices::StaffScope;
use crate::core::exact::Exact;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    /// 基本支出 = 人员经费 + 公用经费 + 其他基本支出.
    pub basic: Option<Decimal>,
    /// 项目支出 = Σ 项目实际支出.
    pub projects: Option<Decimal>,
    /// 项目预算合计 = Σ 项目预算数, where every project has one: the budgets of some projects set
    /// against all their spending would print a made-up 执行率 (63.50 against 146.40, 230.55%).
    pub projects_budget: Option<Decimal>,
    /// 支出合计 = 基本支出 + 项目支出.
    pub spend: Option<Decimal>,
    /// 全年预算数 = 上年结转 + 年初预算 + 年中追加 − 年中调减 + 其他资金.
    pub annual_budget: Option<Decimal>,
    /// 基本支出全年预算数: as typed, else [`derived_basic_budget`].
    pub basic_budget: Option<Decimal>,
    /// 编制数, by the draft's staff scope.
    pub quota: Option<u32>,
    /// 在职人数, by the draft's staff scope.
    pub staff: Option<u32>,
}

impl Totals {
    pub fn of(figures: &Figures) -> Self {
        let spend = &figures.spend;
        let budget = &figures.budget;
        // A field typed but unreadable, or negative, leaves what it is a part of uncomputed.
        let readable = |parts: &[&str]| !figures.unusable_fields().any(|field| parts.contains(&field));
        let projects_readable = |column: &str| !figures.unusable_fields().any(|field| field.starts_with("spend.projects.") && field.ends_with(column));
        let spending_readable = readable(&BASIC_PARTS) && projects_readable(".actual");
        let basic = sum([spend.personnel, spend.public, spend.basic_other]).filter(|_| readable(&BASIC_PARTS));
        let projects = sum(spend.projects.iter().map(|p| p.actual)).filter(|_| projects_readable(".actual"));
        let annual_budget = sum([
            budget.carryover,
            budget.initial,
            budget.additions,
            budget.reductions.and_then(|r| Decimal::ZERO.minus(r)),
            budget.other_funds,
        ])
        .filter(|_| readable(&BUDGET_PARTS));
        let every_budgeted = spend.projects.iter().all(|p| p.budget.is_some());
        let projects_budget = sum(spend.projects.iter().map(|p| p.budget)).filter(|_| every_budgeted && projects_readable(".budget"));
        let scope = figures.methods.staff_scope;
        let counts_readable = |of: &str| !figures.problems.iter().any(|p| p.field.starts_with(of));
        Totals {
            basic,
            projects,
            projects_budget,
            spend: sum([basic, projects]).filter(|_| spending_readable),
            annual_budget,
            basic_budget: derived_basic_budget(figures, annual_budget, projects_budget),
            quota: headcount(&figures.staff.quota, scope).filter(|_| counts_readable("staff.quota.")),
            staff: headcount(&figures.staff.actual, scope).filter(|_| counts_readable("staff.actual.")),
        }
    }
}

/// 基本支出全年预算数 as typed; left blank, the 全年预算数 less the projects' own 全年预算数 where every
/// project has one (as a blank 项目支出 年初预算数 is the projects' sum): 附件1 and 附件2 print it rather
/// than an empty cell. One project without its budget, or none listed, leaves it unknown — never the
/// whole budget passed off as 基本支出; a figure typed but unreadable stays unknown, as its field says.
fn derived_basic_budget(figures: &Figures, annual: Option<Decimal>, projects: Option<Decimal>) -> Option<Decimal> {
    const FIELD: &str = "budget.basic";
    let typed = figures.basic_data.basic_budget;
    let listed = &figures.spend.projects;
    // The projects' sum is already unknown where one project has no budget.
    if typed.is_some() || figures.unusable_fields().any(|f| f == FIELD) || listed.is_empty() {
        return typed;
    }
    annual?.minus(projects?).filter(|b| !b.is_sign_negative())
}

/// The parts of 基本支出 and of 全年预算数, as field ids.
const BASIC_PARTS: [&str; 3] = ["spend.personnel", "spend.public", "spend.basic_other"];
/// The fields that make the 全年预算数.
pub const BUDGET_PARTS: [&str; 5] = ["budget.carryover", "budget.initial", "budget.additions", "budget.reductions", "budget.other_funds"];

/// Σ of the entered parts; `None` when none is entered (or, absurdly, on overflow).
pub fn sum(parts: impl IntoIterator<Item = Option<Decimal>>) -> Option<Decimal> {
    let mut total: Option<Decimal> = None;
    for part in parts.into_iter().flatten() {
        total = Some(match total {
            Some(t) => t.plus(part)?,
            None => part,
        });
    }
    total
}

/// Persons of the types in scope; `None` when none is entered.
pub fn headcount(by_type: &ByStaffType, scope: StaffScope) -> Option<u32> {
    let worker = match scope {
        StaffScope::WithWorker => by_type.worker,
        StaffScope::WithoutWorker => None,
    };
    [by_type.admin, by_type.institution, worker].into_iter().flatten().try_fold(None, |acc: Option<u32>, n| {
        Some(Some(acc.unwrap_or(0).checked_add(n)?))
    })?
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::draft::Draft;
    use crate::core::examples;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    #[test]
    fn seed_totals() {
        let totals = Totals::of(&Figures::read(&examples::taojiang_2024()));
        assert_eq!(totals.basic, Some(d("221.65")));
        assert_eq!(totals.projects, Some(d("31")));
        assert_eq!(totals.spend, Some(d("252.65")));
        assert_eq!(totals.annual_budget, Some(d("253.79")));
        assert_eq!(totals.quota, Some(18));
        assert_eq!(totals.staff, Some(18));
    }

    #[test]
    fn reductions_subtract_and_other_funds_add() {
        let mut draft = Draft::new();
        draft.set("budget.initial", "100").unwrap();
        draft.set("budget.reductions", "10").unwrap();
        draft.set("budget.other_funds", "2.5").unwrap();
        assert_eq!(Totals::of(&Figures::read(&draft)).annual_budget, Some(d("92.5")));
    }

    #[test]
    fn blank_is_not_zero() {
        let totals = Totals::of(&Figures::read(&Draft::new()));
        assert_eq!(totals, Totals::default());
    }

    #[test]
    fn staff_scope_leaves_out_workers() {
        let mut draft = examples::taojiang_2024();
        draft.set("staff.quota.worker", "2").unwrap();
        assert_eq!(Totals::of(&Figures::read(&draft)).quota, Some(20));
        draft.set("method.staff_scope", "without_worker").unwrap();
        assert_eq!(Totals::of(&Figures::read(&draft)).quota, Some(18));
    }
}
