//! Score lines that each give a row's 分值, its 评分标准 and its 得分 (“部门管理  预算执行率  分值10分  评分标准：
//! 得分=分值×预算执行率，最高不超过分值  得分9.98分”), over the total they make (“自评总分：97.68分”): a row
//! scored by its printed product is judged on the rate the report states for that name (“预算执行率：…=99.40%”),
//! and the total is the sum of the rows — 随之有误 where it adds up a row off its rule as written.

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use super::score_total::{after_rows_off_their_rule, points_after, sum_of, total_name};
use super::verdicts::{trim, Judged};
use super::Verdict;
use crate::core::exact::Exact;

/// How far after a rate's name its stated figure may stand (“预算执行率：12,294.27÷12,368.00×100%=99.40%”).
const RATE_REACH: usize = 80;

/// The most rows one run of score lines is read with (a rubric has tens at most).
const MOST_ROWS: usize = 60;

/// The most rates looked for in the whole text, each a scan of it: a long text stays linear.
const MOST_LOOKUPS: usize = 120;

/// A score line: its name, 分值 and 得分, where the 得分 stands (in the text), and the rate its rule multiplies.
struct Line<'a> {
    name: &'a str,
    weight: Decimal,
    score: Decimal,
    score_at: Range<usize>,
    rate_name: Option<&'a str>,
    /// The line's own place in the text.
    line_at: Range<usize>,
}

/// Every row scored by its printed product (`score_from_rate`), and every total under such rows
/// (`score_total`), in the `pasted` text as written (its blanks between cells kept), at their places in
/// the normalised `text`.
pub fn judged_in(pasted: &str, text: &super::text::Normalised) -> Vec<(&'static str, Range<usize>, Judged)> {
    judged(pasted).into_iter().map(|(id, range, judged)| (id, text.position(range.start)..text.position(range.end), judged)).collect()
}

/// Every row scored by its printed product, and every total under such rows, in `text` (ranges in it).
fn judged(text: &str) -> Vec<(&'static str, Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut run: Vec<Line> = Vec::new();
    let mut lookups = MOST_LOOKUPS;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let at = start;
        start += line.len();
        if let Some(row) = score_line(line, at).filter(|_| run.len() < MOST_ROWS) {
            run.push(row);
            continue;
        }
        if line.trim().is_empty() && !run.is_empty() {
            continue;
        }
        if run.len() >= 2 {
            found.extend(judge_run(text, &run, line, at, &mut lookups));
        }
        run.clear();
    }
    found
}

/// The rows' verdicts, and the total's where `line` (at `at`) states it.
fn judge_run(text: &str, run: &[Line], line: &str, at: usize, lookups: &mut usize) -> Vec<(&'static str, Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut off = Vec::new();
    let lines = run.first().map_or(0, |row| row.line_at.start)..run.last().map_or(0, |row| row.line_at.end);
    for row in run {
        let Some(name) = row.rate_name.filter(|_| *lookups > 0) else { continue };
        *lookups -= 1;
        let Some(rate) = stated_rate(text, name, &lines) else { continue };
        let Some(judged) = by_product(row, rate) else { continue };
        if judged.verdict == Verdict::Mismatch {
            off.extend(right_score(row, rate).and_then(|right| row.score.minus(right)));
        }
        found.push(("score_from_rate", row.score_at.clone(), judged));
    }
    let weights = run.iter().try_fold(Decimal::ZERO, |sum, row| sum.plus(row.weight));
    let Some((name_at, name)) = total_name(line).filter(|_| weights == Some(Decimal::ONE_HUNDRED)) else { return found };
    if line.contains("分值") {
        return found;
    }
    let Some((total, end)) = points_after(line, name_at + name.len()) else { return found };
    let parts: Vec<(&str, Decimal)> = run.iter().map(|row| (row.name, row.score)).collect();
    let judged = after_rows_off_their_rule(sum_of(name, total, &parts), total, off.into_iter());
    found.push(("score_total", at + name_at..at + end, judged));
    found
}

/// “部门管理  预算执行率  分值10分  评分标准：得分=分值×预算执行率，…  得分9.98分”, at `at` in the text.
fn score_line(line: &str, at: usize) -> Option<Line<'_>> {
    let weight_at = line.find("分值")?;
    let (weight, weight_end) = points_after(line, weight_at + "分值".len())?;
    // The 得分 is the last “得分X分” of the line (a rule's own “得分=…” before it).
    let score_word = line.rfind("得分")?;
    let (score, end) = points_after(line, score_word + "得分".len()).filter(|_| score_word > weight_end)?;
    let digits = score_word + line.get(score_word..)?.find(|c: char| c.is_ascii_digit())?;
    let name = line.get(..weight_at)?.split_whitespace().next_back()?;
    let rule = line.get(weight_end..score_word)?;
    let rate_name = rule.split_once("分值×").or_else(|| rule.split_once("分值*")).map(|(_, rest)| {
        let end = rest.find(['，', ',', ' ', '\u{3000}', '；', '。', '（', '(']).unwrap_or(rest.len());
        &rest[..end]
    });
    let rate_name = rate_name.filter(|n| n.ends_with('率'));
    Some(Line { name, weight, score, score_at: at + digits..at + end - '分'.len_utf8(), rate_name, line_at: at..at + line.len() })
}

/// The rate the text states for `name` outside the score lines (`lines`): its first figure in % within reach after it.
fn stated_rate(text: &str, name: &str, lines: &Range<usize>) -> Option<Decimal> {
    text.match_indices(name).filter(|(at, _)| !lines.contains(at)).find_map(|(at, _)| {
        let after = text.get(at + name.len()..)?;
        let reach = after.char_indices().nth(RATE_REACH).map_or(after.len(), |(i, _)| i);
        let window = after.get(..reach)?;
        let window = window.split(['\n', '。']).next().unwrap_or(window);
        // Its first figure in %, not the “×100%” of a formula.
        window.match_indices('%').find_map(|(percent, _)| {
            let figure_start = window[..percent].rfind(|c: char| !(c.is_ascii_digit() || c == '.')).map_or(0, |i| i + window[i..].chars().next().map_or(1, char::len_utf8));
            let multiplier = window[..figure_start].ends_with(['×', '*', 'x', 'X']);
            (!multiplier).then(|| Decimal::from_str_exact(window.get(figure_start..percent)?).ok()).flatten()
        })
    })
}

/// The row's 得分 by its product: the rate (at most 100%) times the 分值, at the written 得分's digits.
fn right_score(row: &Line, rate: Decimal) -> Option<Decimal> {
    let product = row.weight.times(rate.min(Decimal::ONE_HUNDRED))?.divided_by(Decimal::ONE_HUNDRED)?;
    Some(product.round_dp_with_strategy(row.score.scale(), RoundingStrategy::MidpointAwayFromZero))
}

fn by_product(row: &Line, rate: Decimal) -> Option<Judged> {
    let right = right_score(row, rate)?;
    let rate_name = row.rate_name?;
    let how = format!("分值{}分×{rate_name}{}%", trim(row.weight), trim(rate));
    if right == row.score {
        return Some(Judged::new(Verdict::Ok, format!("{}得分{}分={how}，相符", row.name, trim(row.score))));
    }
    Some(Judged::new(Verdict::Mismatch, format!("{}得分写{}分，按其评分标准{how}应为{}分", row.name, trim(row.score), trim(right))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_scored_off_its_rate_and_the_total_adding_it_up() {
        let text = "一、预算执行率：980.00÷1,000.00×100%=98.00%。\n四、评分\n管理  预算执行率  分值20分  评分标准：得分=分值×预算执行率，最高不超过分值  得分19.90分\n产出  任务完成率  分值50分  评分标准：100%得满分  得分50.00分\n效益  满意度  分值30分  评分标准：酌情扣分  得分28.00分\n自评总分：97.90分。\n";
        let found = judged(text);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].2.verdict, Verdict::Mismatch);
        assert!(found[0].2.detail.contains("应为19.6分"), "{:#?}", found[0].2);
        assert_eq!(&text[found[0].1.clone()], "19.90");
        assert_eq!(found[1].2.verdict, Verdict::KnockOn);
        assert!(found[1].2.detail.contains("应为97.6分"), "{:#?}", found[1].2);
        let right = text.replace("19.90", "19.60").replace("97.90", "97.60");
        assert!(judged(&right).iter().all(|(_, _, j)| j.verdict == Verdict::Ok), "{:#?}", judged(&right));
        // A rate the text does not state: no claim on the row.
        let unstated = right.replace("一、预算执行率：980.00÷1,000.00×100%=98.00%。\n", "");
        assert_eq!(judged(&unstated).len(), 1);
    }
}
