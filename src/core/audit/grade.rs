//! A grade stated with its score (“自评得分86分，等级为“良””): the grade must be the score's band of SPEC §6
//! (优 ≥90, 良 80–<90, 中 60–<80, 差 <60, the 财政部 预算司 bands). The grade is judged on the score the
//! sentence states; whether that score adds up is the score's own claim. A grade above its band is wrong
//! under any bands in use; one below it may follow a locality's stricter bands, and is only noted.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;
use crate::core::scoring::grade::Grade;

use super::labels::sentences;
use super::text::ideograph;
use super::verdicts::Judged;
use super::{OffBy, Verdict};

/// Words that name a total score just before its figure (“自评得分”, “总分为”, “合计”, “自评91.6分”).
const SCORE_WORDS: [&str; 7] = ["得分", "总分", "合计", "总计", "共计", "评分", "自评"];

/// Words that open a grade (“等级为优”, “评价结果为“良””).
const GRADE_WORDS: [&str; 4] = ["等级", "评价结果", "评定结果", "评价结论"];

/// Every grade stated with its total score, judged: its range (from 等级 to the grade) and verdict. The score
/// stands before the grade in its sentence, or, where that has none, in the sentence just before it in the
/// same paragraph (“自评得分86分。等级为良。”).
pub fn judged(text: &str) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut previous: Option<&str> = None;
    for (start, sentence) in sentences(text) {
        if let Some((at, grade, grade_end)) = grade_in(sentence) {
            let score = total_score_before(&sentence[..at]).or_else(|| previous.and_then(total_score_before));
            found.extend(score.map(|score| (start + at..start + grade_end, judge(score, grade))));
        }
        // A paragraph's end ends what a sentence may take from the one before it.
        previous = (!sentence.ends_with('\n')).then_some(sentence);
    }
    found
}

/// The first grade a sentence states: where its word starts, the grade, and where it ends.
fn grade_in(sentence: &str) -> Option<(usize, Grade, usize)> {
    GRADE_WORDS.iter().flat_map(|w| sentence.match_indices(w)).filter_map(|(at, w)| grade_after(sentence, at + w.len()).map(|(g, end)| (at, g, end))).min_by_key(|(at, _, _)| *at)
}

/// “等级为“优””, “等级：良”, “评定等级为优秀”: the grade and where its word ends.
fn grade_after(sentence: &str, from: usize) -> Option<(Grade, usize)> {
    let rest = sentence.get(from..)?;
    let lead = ["为", "是", "：", ":", "评定为", "确定为"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    let quoted = lead.trim_start_matches(['“', '"', '‘', '\'', '「']);
    let grade = Grade::ALL.into_iter().find(|g| quoted.starts_with(g.label()))?;
    let word_end = sentence.len() - quoted.len() + grade.label().len();
    // “优秀”, “良好”, “中等” are the same grades; the closing quote belongs to the phrase.
    let tail = &sentence[word_end..];
    let tail = ["秀", "好", "等"].iter().find_map(|w| tail.strip_prefix(w)).unwrap_or(tail);
    let tail = tail.trim_start_matches(['”', '"', '’', '\'', '」']);
    // “等级为中央…” or any other word on: no grade.
    if tail.chars().next().is_some_and(ideograph) {
        return None;
    }
    Some((grade, sentence.len() - tail.len()))
}

/// Words that name the whole score, not a part's (“投入类指标得分19分” is a part's 得分).
const WHOLE_WORDS: [&str; 8] = ["总分", "合计", "总计", "共计", "自评得分", "综合得分", "总得分", "评价得分"];

/// The total score in `before` (“…自评得分91分，按…标准（90分及以上为优…），” gives 91): a figure in 分
/// whose words just before it name a total score — the last named as the whole, where one is (“自评总分为93.5
/// 分，其中投入类指标得分19分、…” gives 93.5, not the last part's 19), else the last.
fn total_score_before(before: &str) -> Option<Decimal> {
    let scores: Vec<(Decimal, bool)> = before.match_indices('分').filter_map(|(at, _)| {
        let digits_start = before[..at].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').len();
        let figure = &before[digits_start..at];
        let words = before[..digits_start].trim_end_matches(['为', '是', '：', ':']);
        let names_a_total = SCORE_WORDS.iter().any(|w| words.ends_with(w)) && !words.ends_with("扣分");
        // “产出指标自评得分29分”, “效益类自评得分27分”: a part's own 自评得分, not the whole's.
        let whole = WHOLE_WORDS.iter().any(|w| words.strip_suffix(w).is_some_and(|lead| !lead.ends_with("指标") && !lead.ends_with('类')));
        names_a_total.then(|| figure.parse::<Decimal>().ok().map(|score| (score, whole))).flatten()
    }).collect();
    scores.iter().rfind(|(_, whole)| *whole).or(scores.last()).map(|(score, _)| *score)
}

fn judge(score: Decimal, written: Grade) -> Judged {
    let bands = "优≥90分，良80分至不足90分，中60分至不足80分，差不足60分";
    let right = Grade::of(score);
    let (grade, right_label, score) = (written.label(), right.label(), score.normalize());
    if right == written {
        return Judged::new(Verdict::Ok, format!("{score}分对应等级“{right_label}”（{bands}），相符"));
    }
    // A grade below the band is no overstatement: a locality may draw its bands higher (优 from 95分).
    if written.lowest() < right.lowest() {
        let mut judged = Judged::new(Verdict::Ok, format!("{score}分评为“{grade}”，未高于其分档，相符"));
        judged.notes.push(format!("按财政部分档（{bands}）{score}分为“{right_label}”；若本地分档更严，以本地规定为准"));
        return judged;
    }
    // How far the score stands from the band written: the nearer, the smaller the slip.
    let gap = if written.lowest() > score { written.lowest().minus(score) } else { score.minus(right.lowest()) };
    let share = gap.and_then(|g| g.divided_by(Decimal::ONE_HUNDRED)).unwrap_or(Decimal::ZERO);
    let mut judged = Judged::new(Verdict::Mismatch, format!("报告写等级“{grade}”，{score}分应为“{right_label}”（{bands}）"));
    judged.off_by = Some(OffBy { share, words: format!("自评等级写“{grade}”，{score}分应为“{right_label}”"), unstated: false });
    judged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdicts(text: &str) -> Vec<(String, Verdict)> {
        judged(text).into_iter().map(|(range, j)| (text[range].to_string(), j.verdict)).collect()
    }

    #[test]
    fn a_grade_is_its_scores_band() {
        assert_eq!(verdicts("本站年度绩效自评总分93.5分，评价等级为“优”。"), [("等级为“优”".to_string(), Verdict::Ok)]);
        assert_eq!(verdicts("综合自评得分为79.5分，等级：良好。"), [("等级：良好".to_string(), Verdict::Mismatch)]);
        // Below its band: a stricter local band may give it, so it is noted, not wrong.
        let below = judged("综合自评得分为92分，等级为良。");
        assert_eq!((below[0].1.verdict, below[0].1.notes.len()), (Verdict::Ok, 1));
        assert_eq!(verdicts("决策12分、过程21分、产出22分、效益17分，合计72分，评定等级为中。"), [("等级为中".to_string(), Verdict::Ok)]);
        // 90 is the lowest 优, 89.9 is 良.
        assert_eq!(verdicts("自评得分90分，等级为优秀。")[0].1, Verdict::Ok);
        assert_eq!(verdicts("自评得分89.9分，等级为优秀。")[0].1, Verdict::Mismatch);
        assert_eq!(verdicts("自评总分59.5分，等级为中。")[0].1, Verdict::Mismatch);
        let wrong = judged("部门自评82分，自评等级为“优”。");
        assert!(wrong[0].1.detail.contains("应为“良”"), "{}", wrong[0].1.detail);
    }

    #[test]
    fn the_score_is_the_total_not_a_band_or_a_deduction() {
        // The bands quoted between the score and the grade are no score.
        let text = "今年自评得分84分，按照市里的标准（90分以上为优、80分至90分为良、60分以下为差），自评等级为良。";
        assert_eq!(verdicts(text), [("等级为良".to_string(), Verdict::Ok)]);
        // No total score in the sentence, or a deduction only: no claim.
        assert!(verdicts("委托第三方开展重点评价，评价等级为“优”。").is_empty());
        assert!(verdicts("产出指标扣3分，等级为优。").is_empty());
        // The score in the sentence before, in the same paragraph; a grade said as the 评价结果.
        assert_eq!(verdicts("经综合评定，本站年度自评得分为84.5分。评价等级为“优”。")[0].1, Verdict::Mismatch);
        assert_eq!(verdicts("综合评分93分，评价结果为“优”。")[0].1, Verdict::Ok);
        assert!(verdicts("自评得分84.5分。\n评价等级为“优”。").is_empty(), "another paragraph");
        // 等级 in other words is no grade.
        assert!(verdicts("自评得分95分，完成网络安全等级保护测评。").is_empty());
    }

    #[test]
    fn a_parts_own_self_assessed_score_is_no_whole_score() {
        // 29 and 27 are 产出's and 效益's 自评得分: the grade goes with the 91 of the whole.
        let text = "本局部门整体自评得分为91分，其中产出指标自评得分29分、效益类自评得分27分，自评等级为“优”。";
        assert_eq!(verdicts(text), [("等级为“优”".to_string(), Verdict::Ok)]);
    }

    #[test]
    fn the_grade_goes_with_the_whole_score_not_the_last_parts() {
        // The parts' 得分 after the total (the last of them 17) are no total: 91.5 is 优.
        let text = "本局自评总分为91.5分，其中决策类得分18分、过程类得分27.5分、产出类得分29分、效益类得分17分，自评等级为“优”。";
        assert_eq!(verdicts(text), [("等级为“优”".to_string(), Verdict::Ok)]);
        let wrong = judged("本局综合得分为86分，其中产出类得分29分、效益类得分17分，自评等级为“优”。");
        assert!(wrong[0].1.verdict == Verdict::Mismatch && wrong[0].1.detail.contains("86分应为“良”"), "{wrong:?}");
        // The total's 分 on the next line, as a PDF breaks it.
        let broken = crate::core::audit::audit("2023年度。\n本局自评总分为91.5\n分，其中决策类得分18分、过程类得分27.5分、产出类得\n分29分、效益类得分17分，自评等级为“优”。");
        let grades: Vec<Verdict> = broken.claims.iter().filter(|c| c.id == "score_grade").map(|c| c.verdict).collect();
        assert_eq!(grades, [Verdict::Ok]);
    }
}
