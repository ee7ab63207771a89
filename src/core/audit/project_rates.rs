//! A project's own 执行率 stated beside its budget and spending (“2．乡村道路改造工程:全年预算210.00万元，支出
//! 205.80万元，执行率98.0%”, “…改造项目预算6,800.00万元，支出6,520.00万元，执行率95.88%”): checked on those
//! figures, as the project's — never as the unit's 预算执行率.

use std::ops::Range;

use super::numbers::{Number, Unit};
use super::verdicts::{judge_project_rate, Judged};
use super::SENTENCE_ENDS;

/// What names a project, as the clause before its figures says it.
const PROJECT: [&str; 3] = ["项目", "工程", "专项"];
/// Words between 执行率 and its figure.
const FILLER: [char; 5] = ['为', ':', '达', '到', '是'];

/// Each project rate the text states with its project's budget and spending: its range and judgement.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut start = 0;
    for sentence in text.split_inclusive(SENTENCE_ENDS) {
        for (at, word) in sentence.match_indices("执行率") {
            let at = start + at;
            if let Some(judged) = project_rate(text, numbers, start, at, at + word.len()) {
                found.push(judged);
            }
        }
        start += sentence.len();
    }
    found
}

/// The rate whose name “执行率” stands at `at..name_end`, in the sentence from `sentence_start`.
fn project_rate(text: &str, numbers: &[Number], sentence_start: usize, at: usize, name_end: usize) -> Option<(Range<usize>, Judged)> {
    // The unit's rate (预算执行率) is another claim's.
    let before = text.get(sentence_start..at)?;
    if before.ends_with("预算") {
        return None;
    }
    let (name, figures_from) = project_named(before)?;
    let value_at = name_end + text.get(name_end..)?.chars().take_while(|c| FILLER.contains(c)).map(char::len_utf8).sum::<usize>();
    let rate = numbers.iter().find(|n| n.start == value_at && n.unit == Unit::Percent)?;
    let amounts: Vec<&Number> = numbers.iter().filter(|n| n.unit == Unit::Wan && n.start >= sentence_start + figures_from && n.end <= at).collect();
    let labelled = |words: &[&str]| {
        amounts.iter().enumerate().rev().find_map(|(k, n)| {
            let from = if k == 0 { sentence_start + figures_from } else { amounts[k - 1].end };
            let label = text.get(from..n.start)?;
            words.iter().any(|w| label.contains(w)).then_some(n.value)
        })
    };
    let budget = labelled(&["预算", "安排"])?;
    let spent = labelled(&["支出", "执行", "使用", "拨付"])?;
    let judged = judge_project_rate(&name, text.get(rate.start..rate.end)?, rate, spent, budget)?;
    Some((at..rate.end, judged))
}

/// The project the words before a rate name, and where its figures start (after its name): the last
/// clause naming one (not 项目支出, the unit's spending on all its projects).
fn project_named(before: &str) -> Option<(String, usize)> {
    let (at, word) = PROJECT
        .iter()
        .flat_map(|w| before.match_indices(w))
        .filter(|(i, w)| !before[i + w.len()..].starts_with("支出"))
        .max_by_key(|(i, _)| *i)?;
    let end = at + word.len();
    let clause_start = before[..at].rfind(['，', ',', ':', '、']).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    // “重点项目产教融合实训基地建设全年预算…”: the name runs on to its budget's label.
    let name_end = before[end..].find("预算").map_or(end, |i| end + i);
    let name = before[clause_start..name_end].trim_end_matches(['全', '年', '本', ':', '，']);
    let name: String = name.trim_start_matches(|c: char| c.is_ascii_digit() || "．.、（）()一二三四五六七八九十其中".contains(c)).to_string();
    (!name.is_empty() && name != *word).then_some((name, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::Verdict;

    fn verdicts(text: &str) -> Vec<(String, Verdict)> {
        judged(text, &numbers(text)).into_iter().map(|(range, j)| (text[range].to_string(), j.verdict)).collect()
    }

    #[test]
    fn a_projects_rate_is_checked_on_its_own_figures() {
        assert_eq!(verdicts("3．村级道路硬化工程:全年预算210.00万元，支出205.80万元，执行率98.0%。"), vec![("执行率98.0%".into(), Verdict::Ok)]);
        assert_eq!(verdicts("其中智慧养老试点项目预算88.50万元，实际支出80.00万元，执行率为90.50%;"), vec![("执行率为90.50%".into(), Verdict::Mismatch)]);
        // The unit's rate, a rate with no project, or a project without its spending: none of them.
        assert!(verdicts("全年预算1000万元，支出950万元，预算执行率95%。").is_empty());
        assert!(verdicts("全年预算1000万元，支出950万元，执行率95%。").is_empty());
        assert!(verdicts("河道清淤项目全年预算150万元，完成清淤12公里，项目资金执行率98%。").is_empty());
        assert!(verdicts("项目支出预算500万元，支出480万元，执行率96%。").is_empty());
    }
}
