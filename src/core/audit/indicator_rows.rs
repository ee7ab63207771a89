//! The 绩效指标 rows of a 项目支出绩效自评表 (SPEC §12), or of the unit's own 自评表 laid out as one (附件2): each typed 得分 against what the core's rules give
//! its 年度指标值 and 实际完成值 — a target met scores its 分值, one missed its share (分值 × 完成值 / 指标值,
//! reversed where less is better), a result in words a score in its tier's band.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::core::draft::project::{IndicatorRow, Project};
use crate::core::draft::RowId;
use crate::core::exact::Exact;
use crate::core::reading::figures::ProjectEvalOptions;
use crate::core::scoring::project::rules::{tiers, Tier};
use crate::core::scoring::project::{score_project, Attainment, IndicatorScore};
use crate::core::scoring::rules::plain;

use super::verdicts::{trim, Judged};
use super::Verdict;

/// A 绩效指标 row as its table gives it, the number (an index) of its 得分, and whether its 自评表 is a
/// project's (附件3) or the unit's own (附件2): both state target and result, and are scored alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    pub row: IndicatorRow,
    pub number: usize,
    pub of_a_project: bool,
}

/// Each row's 得分 (its number) judged, for the rows of one table of a report of `year`, with the most its
/// rule allows where the 得分 is above it (what the table's 总分 would hold instead). None where a row does
/// not apply: the others' 分值 are then rescaled, which a table may do its own way.
pub fn judged(rows: &[Typed], year: Option<u32>) -> Vec<(usize, Judged, Option<Decimal>)> {
    let mut project = Project::new(RowId(0));
    project.indicators = rows.iter().map(|typed| typed.row.clone()).collect();
    let options = ProjectEvalOptions { year, ..ProjectEvalOptions::default() };
    let scored = score_project(0, &project, &options, &mut Vec::new());
    if scored.rescaled {
        return Vec::new();
    }
    scored.rows.iter().filter_map(|row| {
        let (judged, most) = judge(row)?;
        Some((rows.get(row.index)?.number, judged, most))
    }).collect()
}

/// A row's typed 得分 against its rule. Counties score by rules of their own and often mark down, so only a
/// score the rule cannot allow is 不符: above the 分值, above a missed target's share or its tier's band.
/// One at or below the rule's is the scorer's strictness — 相符, with the rule's figure said.
fn judge(row: &IndicatorScore) -> Option<(Judged, Option<Decimal>)> {
    let (filed, points, computed) = (row.filed?, row.effective_points?, row.computed?);
    let values = format!("指标值{}、完成值{}", row.target_text, row.actual_text);
    let (how, floor, ceiling) = match row.attainment {
        Attainment::Met => (format!("{values}，达到目标得满分{}分", trim(points)), points, points),
        Attainment::Missed => (format!("{values}，未达到目标按比例得{}分", trim(computed)), computed, computed),
        // Words no rule knows (“通过复审” for “持续推进”) are 部分达成 by default only: the filer may have judged
        // the target met, which the words do not let the audit tell — wrong only above the 分值.
        Attainment::Tier(Tier::Partly) if tiers().tier_said(&row.target_text, &row.actual_text).is_none() => {
            return (filed > points).then(|| against_rule(&row.name, filed, Bounds { points, floor: Decimal::ZERO, ceiling: points }, &values));
        }
        // A target missed by the house's reading (a date passed, words short of it), no rule printed for the
        // row: the scorer may judge it partly met — a score in that band is a judgment, not a slip.
        Attainment::Tier(Tier::Missed) => {
            let (missed, partly) = (tiers().band(Tier::Missed), tiers().band(Tier::Partly));
            let share = |percent: Decimal| points.times(percent)?.divided_by(Decimal::ONE_HUNDRED);
            let (lower, upper, most) = (share(missed.lower)?, share(missed.upper)?, share(partly.upper)?);
            let how = format!(
                "{values}，为未达成（{}%～{}%，{}～{}分），评分人判为部分达成时至多{}%即{}分",
                plain(missed.lower),
                plain(missed.upper),
                trim(lower),
                trim(upper),
                plain(partly.upper),
                trim(most)
            );
            (how, lower, most.max(upper))
        }
        Attainment::Tier(tier) => {
            let band = tiers().band(tier);
            let share = |percent: Decimal| points.times(percent)?.divided_by(Decimal::ONE_HUNDRED);
            let (lower, upper) = (share(band.lower)?, share(band.upper)?);
            (format!("{values}，为{}（{}%～{}%，{}～{}分）", tier.label(), plain(band.lower), plain(band.upper), trim(lower), trim(upper)), lower, upper)
        }
        _ => return None,
    };
    Some(against_rule(&row.name, filed, Bounds { points, floor, ceiling }, &how))
}

/// What a row's rule allows: its 分值, and the least and most it gives (one figure unless a tier's band).
struct Bounds {
    points: Decimal,
    floor: Decimal,
    ceiling: Decimal,
}

/// The verdict, and where the 得分 is above what the rule allows, the most it allows.
fn against_rule(name: &str, filed: Decimal, rule: Bounds, how: &str) -> (Judged, Option<Decimal>) {
    let typed = trim(filed);
    let mismatch = |why: String| (Judged::new(Verdict::Mismatch, format!("{name}得分写{typed}分，{why}：{how}")), Some(rule.ceiling));
    if filed > rule.points {
        return mismatch(format!("超过分值{}分", trim(rule.points)));
    }
    // The rule's share printed to fewer decimals (9.65 as 9.7 or 10) is the same score.
    let rounded = rule.ceiling.round_dp_with_strategy(filed.scale(), RoundingStrategy::MidpointAwayFromZero);
    if filed > rule.ceiling && filed != rounded {
        return mismatch(format!("高于按规则最多可得的{}分", trim(rule.ceiling)));
    }
    let ok = |said: String| (Judged::new(Verdict::Ok, format!("{name}得分{typed}：{how}{said}")), None);
    if filed >= rule.floor || filed == rounded {
        return ok("，相符".to_string());
    }
    let rule_said = if rule.floor == rule.ceiling { format!("{}分", trim(rule.floor)) } else { format!("区间下限{}分", trim(rule.floor)) };
    ok(format!("；低于按规则计算的{rule_said}，属从严评分，不判不符"))
}
