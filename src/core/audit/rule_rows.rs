//! A table of the unit's indicators copied one cell to a line (“三级指标⏎分值⏎指标值⏎实际完成值⏎得分”), with its
//! scoring rule printed under it (“计分规则：预算执行率、政府采购执行率按“实际完成值×分值”计分”): each row the
//! rule names scores its 分值 times its 实际完成值. Only that rule, the simplest: any other is the rubric's own.

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::core::exact::Exact;

use super::damage;
use super::text::Normalised;
use super::verdicts::{trim, Judged};
use super::Verdict;

/// The header's last cells, in their order: the row's name, then these.
const COLUMNS: [&str; 4] = ["分值", "指标值", "实际完成值", "得分"];

/// How the rule names its formula.
const TIMES_POINTS: [&str; 2] = ["实际完成值×分值", "完成值×分值"];

/// Each row the printed rule names, its 得分 judged: the range of the 得分 in the text, and the verdict.
pub fn judged(pasted: &str, text: &Normalised) -> Vec<(Range<usize>, Judged)> {
    let lines: Vec<damage::Line> = damage::lines(pasted).into_iter().filter(|line| !line.dropped).collect();
    let cell = |k: usize| lines.get(k).map_or("", |line| pasted[line.start..line.end].trim());
    let Some(rule_at) = (0..lines.len()).find(|&k| cell(k).contains("计分规则") && TIMES_POINTS.iter().any(|w| cell(k).contains(w))) else {
        return Vec::new();
    };
    let Some(header_at) = (0..rule_at).rev().find(|&k| (0..COLUMNS.len()).all(|c| cell(k + c) == COLUMNS[c])) else { return Vec::new() };
    let mut found = Vec::new();
    for name in named_by_the_rule(cell(rule_at)) {
        let Some(row) = (header_at + COLUMNS.len()..rule_at).rev().find(|&k| cell(k) == name) else { continue };
        let Some(judged) = judge(name, cell(row + 1), cell(row + 3), cell(row + 4)) else { continue };
        let Some(score) = lines.get(row + 4) else { continue };
        found.push((text.position(score.start)..text.position(score.end), judged));
    }
    found
}

/// The rows a rule of 实际完成值 × 分值 names: “计分规则：甲、乙按“实际完成值×分值”计分；…” — 甲 and 乙.
fn named_by_the_rule(line: &str) -> Vec<&str> {
    let Some(clause) = line.split(['；', ';', '。']).find(|c| TIMES_POINTS.iter().any(|w| c.contains(w))) else { return Vec::new() };
    let names = clause.split_once('按').map_or("", |(names, _)| names);
    let names = names.rsplit(['：', ':']).next().unwrap_or(names);
    names.split('、').map(str::trim).filter(|n| !n.is_empty()).collect()
}

/// A row's 得分 against its 分值 × 实际完成值 (a percentage up to 100%), rounded half up to the cent — or to the
/// decimals the 得分 is written with. A lower score is the scorer's strictness, as in [`super::indicator_rows`].
fn judge(name: &str, points: &str, actual: &str, score: &str) -> Option<Judged> {
    let points: Decimal = points.parse().ok()?;
    let rate: Decimal = actual.strip_suffix('%')?.parse().ok()?;
    let written: Decimal = score.parse().ok()?;
    if rate > Decimal::ONE_HUNDRED || rate.is_sign_negative() {
        return None;
    }
    let due = points.times(rate)?.divided_by(Decimal::ONE_HUNDRED)?.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let as_written = due.round_dp_with_strategy(written.scale(), RoundingStrategy::MidpointAwayFromZero);
    let how = format!("按表下计分规则“实际完成值×分值”，{}%×{}分={}分", trim(rate), trim(points), trim(due));
    // Rounded to its decimals (“7.7” for 7.70) is the same score — but not full marks for a result short of 100%.
    Some(if written == due || (written == as_written && written < points) {
        Judged::new(Verdict::Ok, format!("{name}得分{}：{how}，相符", trim(written)))
    } else if written < due {
        Judged::new(Verdict::Ok, format!("{name}得分{}：{how}；低于按规则计算的分数，属从严评分，不判不符", trim(written)))
    } else {
        Judged::new(Verdict::Mismatch, format!("{name}得分写{}分，{how}，应为{}分", trim(written), trim(due)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rows_a_rule_names() {
        assert_eq!(named_by_the_rule("计分规则：甲率、乙率按“实际完成值×分值”计分；丙率为0得满分。"), vec!["甲率", "乙率"]);
        assert!(named_by_the_rule("计分规则：丙率为0得满分。").is_empty());
    }

    #[test]
    fn a_score_above_points_times_the_result_is_wrong() {
        assert_eq!(judge("甲率", "8", "96.25%", "7.70").map(|j| j.verdict), Some(Verdict::Ok));
        assert_eq!(judge("甲率", "8", "96.25%", "7.7").map(|j| j.verdict), Some(Verdict::Ok));
        assert_eq!(judge("甲率", "8", "96.25%", "8").map(|j| j.verdict), Some(Verdict::Mismatch));
        assert_eq!(judge("甲率", "8", "96.25%", "7").map(|j| j.verdict), Some(Verdict::Ok), "strict, not wrong");
        assert_eq!(judge("甲率", "8", "≥95%", "8"), None, "a target, not a result");
    }
}
