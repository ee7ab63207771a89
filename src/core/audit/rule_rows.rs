//! A table of the unit's indicators copied one cell to a line (“三级指标⏎分值⏎指标值⏎实际完成值⏎得分”), with its
//! scoring rule printed under it (“计分规则：预算执行率、政府采购执行率按“实际完成值×分值”计分”), or a table with
//! a column of rules (“评分标准”): each row whose rule [`score_rules`] reads scores what that rule gives — the
//! report's own arithmetic, so any other score, higher or lower, is 不符.

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::core::exact::Exact;

use super::damage;
use super::score_rules::{self, Rule, TIMES_POINTS};
use super::text::Normalised;
use super::verdicts::{trim, Judged};
use super::Verdict;

/// A 得分 judged: where it stands in the text, the verdict, and where it is not what the rule gives, by how
/// much it is off (written − due: what a total adding it up as written is off by).
pub type RuleRow = (Range<usize>, Judged, Option<Decimal>);

/// The header's last cells, in their order: the row's name, then these.
const COLUMNS: [&str; 4] = ["分值", "指标值", "实际完成值", "得分"];

/// Headings of a column of rules beside the rows (“评分标准 | 得分＝执行率×分值”).
const RULE_COLUMNS: [&str; 6] = ["评分标准", "计分规则", "评分规则", "计分标准", "评分办法", "计分办法"];

/// Each row the printed rule names, its 得分 judged: the range of the 得分 in the text, and the verdict.
pub fn judged(pasted: &str, text: &Normalised) -> Vec<RuleRow> {
    let lines: Vec<damage::Line> = damage::lines(pasted).into_iter().filter(|line| !line.dropped).collect();
    let cell = |k: usize| lines.get(k).map_or("", |line| pasted[line.start..line.end].trim());
    let Some(rule_at) = (0..lines.len()).find(|&k| cell(k).contains("计分规则") && TIMES_POINTS.iter().any(|w| cell(k).contains(w))) else {
        return Vec::new();
    };
    let Some(header_at) = (0..rule_at).rev().find(|&k| (0..COLUMNS.len()).all(|c| cell(k + c) == COLUMNS[c])) else { return Vec::new() };
    let mut found = Vec::new();
    let words = TIMES_POINTS.iter().find(|w| cell(rule_at).contains(*w)).copied().unwrap_or_default();
    for name in named_by_the_rule(cell(rule_at)) {
        let Some(row) = (header_at + COLUMNS.len()..rule_at).rev().find(|&k| cell(k) == name) else { continue };
        let Some((judged, off)) = judge(name, cell(row + 1), cell(row + 3), cell(row + 4), ("表下计分规则", words, &Rule::TimesPoints)) else { continue };
        let Some(score) = lines.get(row + 4) else { continue };
        found.push((text.position(score.start)..text.position(score.end), judged, off));
    }
    found
}

/// A table copied with tabs whose rows give their own rule in a column (“指标名称 | 分值 | 年度目标值 | 实际完成值
/// | 得分 | 评分标准”): each row whose rule [`score_rules::read`] reads (“得分＝执行率×分值”, “≤10%得满分，每超1个
/// 百分点扣0.5分”; “同上” the row above's) has its 得分 judged so. A row under another rule, or none, is left
/// alone: no rule the table does not state is applied. The row is named by its most specific indicator cell
/// (the 三级指标 under its 一级 and 二级).
pub fn judged_by_column(pasted: &str, text: &Normalised) -> Vec<RuleRow> {
    let lines: Vec<damage::Line> = damage::lines(pasted).into_iter().filter(|line| !line.dropped).collect();
    // A cell as normalised (full-width digits, “％”, “＝” read as the others are), and where it stands.
    let cell = |range: &Range<usize>| {
        let at = text.position(range.start)..text.position(range.end);
        (text.text.get(at.clone()).unwrap_or_default().trim().to_string(), at)
    };
    let mut found = Vec::new();
    let mut header: Option<RuleColumns> = None;
    let mut rule_above: Option<String> = None;
    for line in &lines {
        if !line.table {
            header = None;
            continue;
        }
        let pieces = super::tables::cells(pasted, line.start, line.end);
        // A row whose 得分 a long rule ran on into its cell by a single blank (“…30%以上不得分 6.4”).
        let pieces = header.as_ref().and_then(|h| super::aligned_cells::figure_run_on(pasted, &pieces, h.width)).unwrap_or(pieces);
        let cells: Vec<(String, Range<usize>)> = pieces.iter().map(cell).collect();
        if let Some(columns) = RuleColumns::of(&cells) {
            (header, rule_above) = (Some(columns), None);
            continue;
        }
        let Some(columns) = &header else { continue };
        let at = |k: usize| cells.get(k).map_or("", |(words, _)| words.as_str());
        let rule = match at(columns.rule) {
            "同上" => rule_above.clone().unwrap_or_default(),
            rule => rule.to_string(),
        };
        let name = (0..columns.first_figure()).rev().map(at).find(|name| !name.is_empty()).unwrap_or_default();
        let quoted = rule.replace(['“', '”'], "");
        // A band's share of the 分值 (“(10%,20%]得60%”) is read as so many of the row's points.
        let read = at(columns.points).parse().ok().map_or_else(|| score_rules::read(&rule), |points| score_rules::read_for(&rule, points));
        if let (Some(read), Some((score, range))) = (read, cells.get(columns.score)) {
            if let Some((judged, off)) = judge(name, at(columns.points), at(columns.actual), score, ("该行评分标准", &quoted, &read)) {
                found.push((range.clone(), judged, off));
            }
        }
        rule_above = Some(rule);
    }
    found
}

/// Where a header with a column of rules has its 分值, 实际完成值, 得分 and rules (the row's name first).
struct RuleColumns {
    points: usize,
    actual: usize,
    score: usize,
    rule: usize,
    /// How many cells the header has.
    width: usize,
}

impl RuleColumns {
    fn of(cells: &[(String, Range<usize>)]) -> Option<RuleColumns> {
        let find = |wanted: &dyn Fn(&str) -> bool| cells.iter().position(|(words, _)| wanted(words));
        let columns = RuleColumns {
            points: find(&|h| h == "分值")?,
            actual: find(&|h| h.ends_with("完成值") || h == "实际值")?,
            score: find(&|h| h == "得分" || h == "自评得分")?,
            rule: find(&|h| RULE_COLUMNS.iter().any(|w| h.contains(w)))?,
            width: cells.len(),
        };
        (columns.points > 0 && columns.actual > 0).then_some(columns)
    }

    /// Where the row's figures and rule begin: the cells before name the indicator, by level.
    fn first_figure(&self) -> usize {
        self.points.min(self.actual).min(self.score).min(self.rule)
    }
}

/// The rows a rule of 实际完成值 × 分值 names: “计分规则：甲、乙按“实际完成值×分值”计分；…” — 甲 and 乙.
fn named_by_the_rule(line: &str) -> Vec<&str> {
    let Some(clause) = line.split(['；', ';', '。']).find(|c| TIMES_POINTS.iter().any(|w| c.contains(w))) else { return Vec::new() };
    let names = clause.split_once('按').map_or("", |(names, _)| names);
    let names = names.rsplit(['：', ':']).next().unwrap_or(names);
    names.split('、').map(str::trim).filter(|n| !n.is_empty()).collect()
}

/// A row's 得分 against what its rule (`whose`, its words as written, as read) gives its 分值 and 实际完成值 (a
/// percentage), rounded half up to the cent — or to the decimals the 得分 is written with. The rule is the
/// report's own arithmetic, so a score off it either way is 不符 (strictness is for rules of judgement, as in
/// [`super::indicator_rows`]); then also by how much it is off.
fn judge(name: &str, points: &str, actual: &str, score: &str, (whose, words, rule): (&str, &str, &Rule)) -> Option<(Judged, Option<Decimal>)> {
    let points: Decimal = points.parse().ok()?;
    let actual: Decimal = actual.strip_suffix('%')?.parse().ok()?;
    let written: Decimal = score.parse().ok()?;
    let (due, how) = score_rules::scored(rule, points, actual)?;
    let as_written = due.round_dp_with_strategy(written.scale(), RoundingStrategy::MidpointAwayFromZero);
    let how = format!("按{whose}“{words}”，{how}");
    // Rounded to its decimals (“7.7” for 7.70) is the same score — but not full marks for a result short of them.
    Some(if written == due || (written == as_written && written < points) {
        (Judged::new(Verdict::Ok, format!("{name}得分{}：{how}，相符", trim(written))), None)
    } else {
        let off = written.minus(due);
        (Judged::new(Verdict::Mismatch, format!("{name}得分写{}分，{how}，应为{}分", trim(written), trim(due))), off)
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
    fn a_rows_own_rule_in_a_column_scores_it() {
        let table = |score: &str| {
            format!(
                "附表 绩效自评表\n指标名称\t分值\t目标值\t实际完成值\t得分\t评分标准\n\
                 项目资金到位率\t8\t100%\t97.50%\t7.80\t得分＝执行率×分值\n\
                 资产报废处置率\t6\t100%\t９５.００％\t{score}\t同上\n\
                 预算调整率\t5\t≤10%\t31.20%\t4\t\n\
                 公用经费控制率\t4\t≤100%\t96.00%\t4.00\t≤100%得满分\n\
                 巡查次数\t6\t≥12次\t10次\t6.00\t同上\n\
                 总分\t29\t\t\t27.70\t\n"
            )
        };
        let found = |score: &str| {
            let pasted = table(score);
            judged_by_column(&pasted, &Normalised::new(&pasted)).into_iter().map(|(_, j, _)| (j.verdict, j.detail)).collect::<Vec<_>>()
        };
        let right = found("5.70");
        // 公用经费控制率's bound met: full marks by its rule, 相符 too.
        assert_eq!(right.iter().map(|(v, _)| *v).collect::<Vec<_>>(), vec![Verdict::Ok, Verdict::Ok, Verdict::Ok], "{right:?}");
        let wrong = found("6.00");
        assert_eq!(wrong[1].0, Verdict::Mismatch, "{wrong:?}");
        assert!(wrong[1].1.contains("应为5.7分"), "{wrong:?}");
        // No rule, or a rule of another kind (and its 同上), judges nothing: 预算调整率, 巡查次数 are left alone.
        assert!(wrong.iter().all(|(_, d)| !d.contains("预算调整率") && !d.contains("巡查次数")), "{wrong:?}");
    }

    #[test]
    fn a_score_off_points_times_the_result_is_wrong_either_way() {
        let times = |score: &str, actual: &str| judge("甲率", "8", actual, score, ("表下计分规则", "实际完成值×分值", &Rule::TimesPoints)).map(|(j, off)| (j.verdict, off));
        assert_eq!(times("7.70", "96.25%"), Some((Verdict::Ok, None)));
        assert_eq!(times("7.7", "96.25%"), Some((Verdict::Ok, None)));
        assert_eq!(times("8", "96.25%"), Some((Verdict::Mismatch, Some(Decimal::new(30, 2)))));
        // The rule is arithmetic: a lower score is as wrong as a higher one, not a strict scorer's.
        assert_eq!(times("7", "96.25%"), Some((Verdict::Mismatch, Some(Decimal::new(-70, 2)))));
        assert_eq!(times("8", "≥95%"), None, "a target, not a result");
    }
}
