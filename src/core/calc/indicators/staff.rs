//! 在职人员控制率 = 在职人员数 / 编制数.

use super::{ratio, Expr, Indicator, IndicatorId, Term, ZeroWording};
use crate::core::reading::figures::Figures;
use crate::core::draft::choices::{Rounding, StaffScope};
use crate::core::calc::totals::Totals;

const WITH_WORKER_QUOTA: &[&str] = &["staff.quota.admin", "staff.quota.institution", "staff.quota.worker"];
const WITH_WORKER_ACTUAL: &[&str] = &["staff.actual.admin", "staff.actual.institution", "staff.actual.worker"];
const QUOTA: &[&str] = &["staff.quota.admin", "staff.quota.institution"];
const ACTUAL: &[&str] = &["staff.actual.admin", "staff.actual.institution"];

pub(super) fn staff_control(figures: &Figures, totals: &Totals, rounding: Rounding) -> Indicator {
    let (quota_fields, actual_fields) = match figures.methods.staff_scope {
        StaffScope::WithWorker => (WITH_WORKER_QUOTA, WITH_WORKER_ACTUAL),
        StaffScope::WithoutWorker => (QUOTA, ACTUAL),
    };
    ratio(
        IndicatorId::StaffControl,
        IndicatorId::StaffControl.name(),
        Expr::term(Term::persons("在职人员数", totals.staff, actual_fields)),
        Expr::term(Term::persons("编制数", totals.quota, quota_fields)),
        ZeroWording { nothing: "编制数与在职人数均为0", zero_denominator: "编制数为0而有在职人员，请说明人员情况" },
        rounding,
    )
}
