//! A 自评表's funds row (年度资金总额 | … | 分值 | 执行率 | 得分) scored by a rule the report prints for it under its
//! sheet (“（注：本项目预算执行率按评分标准计分：执行率≥95％得10分，低于95％按执行率×10分计算。）”): the report's
//! own arithmetic decides its 得分, not 分值 × 执行率 (README, “A score under the report's own arithmetic”). A
//! rule that [`score_rules::read`] cannot read whole decides nothing: the row is judged as before.

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::score_rules::{self, Rule};
use super::verdicts::{trim, Judged};
use super::Verdict;

/// How many bytes under the row the rule is looked for (its sheet's source rows and total between).
const READ_BELOW: usize = 1500;

/// Names a rule gives the rate it scores, at the head of a clause: the clause's bound follows.
const RATE_NAMES: [&str; 4] = ["预算执行率", "资金执行率", "执行率", "的"];

/// The funds row's 得分 `score` (its 分值 `points`, its 全年执行数 `executed` of 全年预算数 `budget`) ending at
/// `row_end` in `text`, judged by the rule printed under it before `until` (the next funds row): None where
/// no rule is printed there, or it does not decide the score.
pub fn judged(text: &str, row_end: usize, until: usize, score: Decimal, points: Decimal, (executed, budget): (Decimal, Decimal)) -> Option<Judged> {
    let below = text.get(row_end..until.min(row_end.saturating_add(READ_BELOW)))?;
    let below = below.get(..floor_boundary(below, below.len()))?;
    let (written, rule) = below.split('\n').find_map(|line| printed_rule(line, points))?;
    // The rate as the row prints it, to the hundredth of a percent: what a reviewer holds to the bound.
    let rate = executed.times(Decimal::ONE_HUNDRED)?.divided_by(budget)?.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let (due, how) = score_rules::scored(&rule, points, rate)?;
    let how = how.replace("完成值", "执行率");
    if due == score {
        return Some(Judged::new(Verdict::Ok, format!("年度资金总额得分{}：按表下评分标准（{written}），{how}，相符", trim(score))));
    }
    let share = due.minus(score)?.abs().divided_by(points.max(Decimal::ONE))?;
    let detail = format!("附件中年度资金总额得分写{}，按表下评分标准（{written}），{how}，应为{}", trim(score), trim(due));
    Some(Judged::new(Verdict::Mismatch, detail).off(share, format!("年度资金总额得分写{}，应为{}", trim(score), trim(due))))
}

/// A byte offset at or before `at` on a character boundary of `text`.
fn floor_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len())).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(0)
}

/// A line that prints the rule of the 执行率's score (“执行率≥95%得10分，低于95%按执行率×10分计算”): the rule as
/// written, and read — its points named as the row's 分值 (“得10分” full marks, “×10分” × 分值).
fn printed_rule(line: &str, points: Decimal) -> Option<(String, Rule)> {
    // From a 执行率 the rule's bound follows (“注：…预算执行率按本项目评分标准计分：执行率≥95%得10分…”: the words
    // that announce it are no part of it) to the rule's end — a line run into the next goes on past it.
    line.match_indices("执行率").find_map(|(at, _)| {
        let written = rule_end(&line[at..]).trim_end_matches(['；', ';']).trim();
        read_rule(written, points).map(|rule| (written.to_string(), rule))
    })
}

/// The rule to its end: its sentence's, or the bracket it was opened in (“（注：…计算。）”) — not the ones it
/// holds (“80%（含）-90%得8分”).
fn rule_end(rule: &str) -> &str {
    let mut depth = 0usize;
    for (at, c) in rule.char_indices() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' if depth == 0 => return &rule[..at],
            '）' | ')' => depth -= 1,
            '。' | '\n' => return &rule[..at],
            _ => {}
        }
    }
    rule
}

/// A rule as written, its points named as the row's 分值 (“得10分” full marks, “×10分” × 分值), read.
fn read_rule(written: &str, points: Decimal) -> Option<Rule> {
    let p = trim(points);
    let clauses: Vec<String> = written
        .split(['，', ',', '；', ';'])
        .map(|clause| {
            let clause = RATE_NAMES.iter().fold(clause.trim(), |c, name| c.strip_prefix(name).unwrap_or(c));
            let clause = clause.replace(&format!("×{p}分"), "×分值").replace(&format!("×{p}"), "×分值");
            match clause.strip_suffix(&format!("得{p}分")) {
                Some(bound) => format!("{bound}得满分"),
                None => clause,
            }
        })
        .collect();
    let rule = score_rules::read(&clauses.join("，"))?;
    // A rule of full marks within a bound: a formula alone is what the row is judged by already.
    matches!(rule, Rule::Within { .. }).then_some(rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    fn judge(below: &str, score: &str, executed: &str, budget: &str) -> Option<(Verdict, String)> {
        judged(below, 0, below.len(), d(score), d("10"), (d(executed), d(budget))).map(|j| (j.verdict, j.detail))
    }

    #[test]
    fn full_marks_within_the_printed_bound_stand() {
        let note = "\n其中：财政拨款\t80.00\t80.00\t77.10\n（注：本项目资金执行率按评分标准计分：执行率≥95%得10分，低于95%按执行率×10分计算。）\n";
        let (verdict, detail) = judge(note, "10", "77.1", "80").expect("a printed rule");
        assert_eq!(verdict, Verdict::Ok, "{detail}");
        assert!(detail.contains("96.38%"), "{detail}");
        // Short of the bound: 分值 × 执行率, as the rule says.
        assert_eq!(judge(note, "9.11", "72.9", "80").map(|v| v.0), Some(Verdict::Ok));
        let (verdict, detail) = judge(note, "10", "72.9", "80").expect("a printed rule");
        assert_eq!(verdict, Verdict::Mismatch);
        assert!(detail.contains("应为9.11"), "{detail}");
    }

    #[test]
    fn a_rule_in_other_words_or_none_at_all() {
        let other = "\n说明：预算执行率90%以上的得满分；其余按执行率×分值计分。\n";
        assert_eq!(judge(other, "10", "46", "50").map(|v| v.0), Some(Verdict::Ok));
        assert_eq!(judge(other, "8.6", "43", "50").map(|v| v.0), Some(Verdict::Ok));
        assert!(judge("\n说明：执行率按实际填报。\n", "10", "46", "50").is_none());
        let bands = "\n评分标准\t执行率≥90%得10分；80%（含）-90%得8分；70%以下不得分\n";
        assert_eq!(judge(bands, "10", "46", "50").map(|v| v.0), Some(Verdict::Ok));
        assert_eq!(judge(bands, "9.2", "43", "50").map(|v| v.0), Some(Verdict::Mismatch), "86%: 8 by its band");
        assert!(judge("\n预算执行率≥95%得满分。\n", "10", "43", "50").is_none(), "short of the bound, the rule gives nothing");
    }
}
