//! The 绩效指标 rows of a 项目支出绩效自评表 (SPEC §12): each typed 得分 against what the core's rules give
//! its 年度指标值 and 实际完成值 — a target met scores its 分值, one missed its share (分值 × 完成值 / 指标值,
//! reversed where less is better), a result in words a score in its tier's band.

use rust_decimal::Decimal;

use crate::core::draft::project::{IndicatorRow, Project};
use crate::core::draft::RowId;
use crate::core::exact::Exact;
use crate::core::reading::figures::ProjectEvalOptions;
use crate::core::scoring::project::rules::tiers;
use crate::core::scoring::project::{score_project, Attainment, IndicatorScore};
use crate::core::scoring::rules::plain;

use super::verdicts::{trim, Judged};
use super::Verdict;

/// A 绩效指标 row as its table gives it, and the number (an index) of its 得分.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    pub row: IndicatorRow,
    pub number: usize,
}

/// Each row's 得分 (its number) judged, for the rows of one table of a report of `year`. None where a
/// row does not apply: the others' 分值 are then rescaled, which a table may do its own way.
pub fn judged(rows: &[Typed], year: Option<u32>) -> Vec<(usize, Judged)> {
    let mut project = Project::new(RowId(0));
    project.indicators = rows.iter().map(|typed| typed.row.clone()).collect();
    let options = ProjectEvalOptions { year, ..ProjectEvalOptions::default() };
    let scored = score_project(0, &project, &options, &mut Vec::new());
    if scored.rescaled {
        return Vec::new();
    }
    scored.rows.iter().filter_map(|row| Some((rows.get(row.index)?.number, judge(row)?))).collect()
}

/// A row's typed 得分 against its rule — none where the rule cannot score it, or where a target met is
/// marked down with a reason given (a deduction the table explains).
fn judge(row: &IndicatorScore) -> Option<Judged> {
    let (filed, points, computed) = (row.filed?, row.effective_points?, row.computed?);
    let name = &row.name;
    let values = format!("指标值{}、完成值{}", row.target_text, row.actual_text);
    let judged = |verdict: Verdict, detail: String| Judged::new(verdict, detail);
    match row.attainment {
        Attainment::Met | Attainment::Missed => {
            let how = match row.attainment {
                Attainment::Met => format!("{values}，达到目标得满分{}分", trim(points)),
                _ => format!("{values}，未达到目标按比例得{}分", trim(computed)),
            };
            if filed == computed {
                return Some(judged(Verdict::Ok, format!("{name}得分{}：{how}，相符", trim(filed))));
            }
            if row.attainment == Attainment::Met && !row.reason.is_empty() {
                return None;
            }
            Some(judged(Verdict::Mismatch, format!("{name}得分写{}分，{how}", trim(filed))))
        }
        Attainment::Tier(tier) => {
            let band = tiers().band(tier);
            let share = |percent: Decimal| points.times(percent)?.divided_by(Decimal::ONE_HUNDRED);
            let (lower, upper) = (share(band.lower)?, share(band.upper)?);
            let how = format!("{values}，为{}（{}%～{}%，{}～{}分）", tier.label(), plain(band.lower), plain(band.upper), trim(lower), trim(upper));
            if lower <= filed && filed <= upper {
                return Some(judged(Verdict::Ok, format!("{name}得分{}：{how}，相符", trim(filed))));
            }
            Some(judged(Verdict::Mismatch, format!("{name}得分写{}分，不在其区间：{how}", trim(filed))))
        }
        _ => None,
    }
}
