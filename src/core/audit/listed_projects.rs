//! The projects' spending summed right after their list (“…执行率96.76%。⏎以上项目支出合计561.05万元。”,
//! “…；…执行率94.00%。项目支出合计602120.00元。”): what the listed projects spent, each checked on its
//! rate, must make it.

use std::ops::Range;

use super::numbers::{Number, Unit};
use super::project_rates::ProjectRate;
use super::text::BREAK;
use super::verdicts::{judge_project_parts, Judged};

/// How the sum's sentence opens, before its figure (“为” or “:” may follow).
const OPENINGS: [&str; 6] = ["以上项目支出合计", "以上项目合计支出", "上述项目支出合计", "上述项目合计支出", "以上各项目支出合计", "项目支出合计"];

/// Each such sum judged, at its figure.
pub fn judged(text: &str, numbers: &[Number], rates: &[ProjectRate]) -> Vec<(Range<usize>, Judged)> {
    numbers.iter().filter(|n| n.unit == Unit::Wan).filter_map(|n| judge(text, numbers, rates, n)).collect()
}

fn judge(text: &str, numbers: &[Number], rates: &[ProjectRate], sum: &Number) -> Option<(Range<usize>, Judged)> {
    let before = text.get(..sum.start)?;
    let words = before.strip_suffix(['为', ':']).unwrap_or(before);
    let opening = OPENINGS.iter().find(|o| words.ends_with(*o))?;
    let start = words.len() - opening.len();
    // Opening its sentence: “以上…” may stand on a line of its own; a bare “项目支出合计” goes on the list's paragraph.
    let after = text.get(..start)?;
    if !(after.is_empty() || after.ends_with('。') || after.ends_with(BREAK) && opening.contains(['以', '上'])) {
        return None;
    }
    let listed = listed_before(text, numbers, rates, start)?;
    let items: Vec<(String, rust_decimal::Decimal)> = listed.iter().map(|r| (r.name.clone(), r.spent)).collect();
    let in_yuan = listed.iter().all(|r| r.in_yuan);
    Some((sum.start..sum.end, judge_project_parts("以上项目", sum.value, &items, false, in_yuan)?))
}

/// The project rates listed just before `at`, one after another (at most a line break between them), two at
/// least — and the whole list: the line before its first has no amount (a heading, or words opening it).
fn listed_before<'r>(text: &str, numbers: &[Number], rates: &'r [ProjectRate], at: usize) -> Option<Vec<&'r ProjectRate>> {
    let mut end = at;
    let mut listed: Vec<&ProjectRate> = Vec::new();
    for rate in rates.iter().rev().filter(|r| r.range.end <= at) {
        let gap = text.get(rate.range.end..end)?;
        if gap.matches(BREAK).count() > 1 || gap.len() > 400 {
            break;
        }
        listed.push(rate);
        end = rate.figures.start.min(rate.range.start);
    }
    let first = listed.last()?;
    let line_start = text.get(..end)?.rfind(BREAK).map_or(0, |at| at + 1);
    let line_above = text.get(..line_start.saturating_sub(1))?.rfind(BREAK).map_or(0, |at| at + 1);
    let amounts_before = numbers.iter().any(|n| n.unit == Unit::Wan && n.start >= line_above && n.end <= first.figures.start.min(first.range.start));
    (listed.len() >= 2 && !amounts_before).then(|| listed.into_iter().rev().collect())
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    fn sums(text: &str) -> Vec<Verdict> {
        audit(text).claims.into_iter().filter(|c| c.id == "project.spend" && c.detail.contains("以上项目")).map(|c| c.verdict).collect()
    }

    #[test]
    fn the_sum_after_a_list_of_projects_is_their_spending() {
        let list = "三、项目情况\n1. 河道保洁：预算30.00万元，实际支出28.50万元，执行率95.00%。\n2. 堤防巡查：预算12.00万元，支出11.40万元，执行率95.00%。\n";
        assert_eq!(sums(&format!("{list}以上项目支出合计39.90万元。")), [Verdict::Ok]);
        assert_eq!(sums(&format!("{list}以上项目支出合计41.90万元。")), [Verdict::Mismatch]);
        let inline = "本年实施项目：河道保洁全年预算300000.00元，实际支出285000.00元，执行率95.00%；堤防巡查全年预算120000.00元，实际使用114000.00元，执行率95.00%。项目支出合计399000.00元。";
        assert_eq!(sums(inline), [Verdict::Ok]);
    }

    #[test]
    fn a_list_whose_start_was_not_read_is_not_summed() {
        let list = "1. 河道清淤工程完成清淤3公里，支出60.00万元。\n2. 河道保洁：预算30.00万元，实际支出28.50万元，执行率95.00%。\n3. 堤防巡查：预算12.00万元，支出11.40万元，执行率95.00%。\n";
        assert!(sums(&format!("{list}以上项目支出合计99.90万元。")).is_empty());
    }
}
