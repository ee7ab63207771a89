//! A 得分 worked out from a rate, as rubrics that give 预算执行率 its 分值 score it (“得分=98.37%×10=9.84分”):
//! the rate as written — at most 100% — times the 分值, which the written 得分 gives rounded half up, or cut,
//! at its own digits. Where the rate itself is wrong its own claim says so; the 得分 is judged on the rate
//! the report used. A restatement of that 得分 (“预算执行率10分，得分9.84分”) is judged on the rate the report
//! worked it from.
//!
//! Nothing is claimed where the report scores the rate by a band (“执行率≥95%得满分”): the product is no
//! rule of its own then. A 得分 written as “执行率×分值” without its figures is no claim either.

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use super::verdicts::{trim, Judged};
use super::{score_total, Verdict, SENTENCE_ENDS};
use crate::core::exact::Exact;

/// The names a restated 得分 of the rate stands under (“预算执行率10分，得分…”, “年度资金总额分值10分，得分…”).
const NAMES: [&str; 2] = ["预算执行率", "资金总额"];

/// A 得分 the report works out: its rate (a percentage) and its 分值.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Worked {
    rate: Decimal,
    weight: Decimal,
}

/// Every 得分 worked from a rate in the normalised `text`, and every restatement of one: the range of the
/// 得分, judged.
pub fn judged(text: &str) -> Vec<(Range<usize>, Judged)> {
    if banded(text) {
        return Vec::new();
    }
    let mut formulas = Vec::new();
    let mut restated = Vec::new();
    let mut start = 0;
    for sentence in text.split_inclusive(SENTENCE_ENDS) {
        // The funds line of a 自评表 (“年度资金总额执行率…，得分…（分值10分）”) is judged as such.
        if score_total::funds_line(sentence).is_none() {
            for at in sentence.match_indices("得分").map(|(at, _)| at + "得分".len()) {
                if let Some((worked, score)) = formula(sentence, at) {
                    formulas.push((worked, shifted(score, start)));
                }
            }
            restated.extend(restatements(sentence).into_iter().map(|(weight, score)| (weight, shifted(score, start))));
        }
        start += sentence.len();
    }
    let worked: Vec<Worked> = formulas.iter().map(|(worked, _)| *worked).collect();
    let mut found: Vec<(Range<usize>, Judged)> = formulas.into_iter().filter_map(|(worked, (range, score))| Some((range, judge(worked, score)?))).collect();
    for (weight, (range, score)) in restated {
        // The rate it was worked from, where the report works one 得分 of that 分值 (two, unless alike, leave it open).
        let mut rates = worked.iter().filter(|w| w.weight == weight).map(|w| w.rate);
        let Some(rate) = rates.next() else { continue };
        if rates.all(|other| other == rate) {
            found.extend(judge(Worked { rate, weight }, score).map(|judged| (range, judged)));
        }
    }
    found
}

/// “预算执行率92.50%，得9.5分（按执行率×10分计算）”: a 得分 with the rule it was worked by printed beside it — the
/// rate before it times the 分值 the rule names. Judged whether or not the report scores other rates by a band:
/// this one says how it is scored. The range of the 得分 in the text, judged.
pub fn beside_its_rule(text: &str) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut start = 0;
    for sentence in text.split_inclusive(SENTENCE_ENDS) {
        for (open, _) in sentence.match_indices("按执行率×") {
            found.extend(worked_beside(sentence, open).map(|(worked, (range, score))| (range.start + start..range.end + start, worked, score)));
        }
        start += sentence.len();
    }
    found.into_iter().filter_map(|(range, worked, score)| Some((range, judge(worked, score)?))).collect()
}

/// How many bytes before a rule printed beside a 得分 its rate is looked for.
const RATE_READ: usize = 240;

/// The rule opening at `open` (“按执行率×10分计算”, in brackets right after the 得分) and the 得分 before it, with
/// the rate the clause before gives (“执行率92.50%，得9.5分”): the worked rate and the 得分's range and figure.
fn worked_beside(sentence: &str, open: usize) -> Option<(Worked, (Range<usize>, Decimal))> {
    let (weight, weight_end) = figure(sentence, open + "按执行率×".len())?;
    let closed = sentence.get(weight_end..)?.trim_start_matches('分');
    if !["计算", "计分", "）", ")"].iter().any(|w| closed.starts_with(w)) {
        return None;
    }
    // “…得9.5分（按…”: the 得分 right before the bracket, its rate in the words just before it (read within a
    // short window, so that a long run of such rules stays linear).
    let from = (open.saturating_sub(RATE_READ)..open).find(|&at| sentence.is_char_boundary(at)).unwrap_or(open);
    let before = sentence.get(from..open)?.trim_end_matches(['（', '(', ',', '，']);
    let scored = before.strip_suffix('分')?;
    let digits = scored.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    if !digits.ends_with('得') && !digits.ends_with("得分") && !digits.ends_with("得分为") {
        return None;
    }
    let score: Decimal = Decimal::from_str_exact(&scored[digits.len()..]).ok()?;
    // The rate: the last 执行率 stated before the 得分, in its clause or the one before (no other figure between).
    let rate_at = digits.rfind("执行率")? + "执行率".len();
    let rate_words = digits.get(rate_at..)?.trim_start_matches(['为', ':', '是']);
    let (rate, rate_end) = figure(digits, digits.len() - rate_words.len())?;
    let between = digits.get(rate_end..)?.strip_prefix('%')?;
    if between.chars().any(|c| c.is_ascii_digit()) || between.chars().count() > 4 {
        return None;
    }
    Some((Worked { rate, weight }, (from + digits.len()..from + before.len(), score)))
}

/// A range and figure found in a sentence, moved to where the sentence starts in the text.
fn shifted((range, score): (Range<usize>, Decimal), start: usize) -> (Range<usize>, Decimal) {
    (range.start + start..range.end + start, score)
}

/// “得分=98.37%×10=9.84分”, “得分=99.06%×10分=9.91分”, “得分为10×98.72%=9.87”: after 得分 (ending at `at`),
/// a rate times a 分值 and their product. The worked rate and the range and figure of the 得分.
fn formula(sentence: &str, at: usize) -> Option<(Worked, (Range<usize>, Decimal))> {
    let rest = sentence.get(at..)?;
    let opened = rest.trim_start_matches(['为', ' ']);
    let opened = opened.strip_prefix('=').unwrap_or(opened).trim_start();
    let first_at = sentence.len() - opened.len();
    let (first, first_percent, times_at) = factor(sentence, first_at)?;
    let second_at = after_sign(sentence, times_at, '×')?;
    let (second, second_percent, equals_at) = factor(sentence, second_at)?;
    let (rate, weight) = match (first_percent, second_percent) {
        (true, false) => (first, second),
        (false, true) => (second, first),
        _ => return None,
    };
    let score_at = after_sign(sentence, equals_at, '=')?;
    let (score, score_end) = figure(sentence, score_at)?;
    let end = if sentence[score_end..].starts_with('分') { score_end + '分'.len_utf8() } else { score_end };
    // A percentage after it (“=9.84%”) is another rate's working, not a score.
    if sentence[score_end..].starts_with('%') {
        return None;
    }
    Some((Worked { rate, weight }, (score_at..end, score)))
}

/// Where the figure after `sign` at `at` starts (spaces around it skipped).
fn after_sign(sentence: &str, at: usize, sign: char) -> Option<usize> {
    let rest = sentence.get(at..)?.trim_start_matches(' ').strip_prefix(sign)?.trim_start_matches(' ');
    Some(sentence.len() - rest.len())
}

/// A factor of a product at `at`: its figure, whether it is a percentage, and where it ends (after its %
/// or its 分).
fn factor(sentence: &str, at: usize) -> Option<(Decimal, bool, usize)> {
    let (value, end) = figure(sentence, at)?;
    let rest = &sentence[end..];
    match rest.chars().next() {
        Some('%') => Some((value, true, end + 1)),
        Some('分') => Some((value, false, end + '分'.len_utf8())),
        _ => Some((value, false, end)),
    }
}

/// The figure starting at `at` (digits and a decimal point), and where it ends.
fn figure(sentence: &str, at: usize) -> Option<(Decimal, usize)> {
    let rest = sentence.get(at..)?;
    let length = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
    if length == 0 || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((Decimal::from_str_exact(rest[..length].trim_end_matches('.')).ok()?, at + length))
}

/// “预算执行率10分，得分9.84分”, “预算执行率（10分）：得9.84分”: the 分值 and the range and figure of the 得分
/// restated under a name of the rate's 得分.
fn restatements(sentence: &str) -> Vec<(Decimal, (Range<usize>, Decimal))> {
    let mut found = Vec::new();
    for name in NAMES {
        for (at, _) in sentence.match_indices(name) {
            found.extend(restated_after(sentence, at + name.len()));
        }
    }
    found
}

/// The 分值 and 得分 right after a name ending at `at`.
fn restated_after(sentence: &str, at: usize) -> Option<(Decimal, (Range<usize>, Decimal))> {
    let rest = sentence.get(at..)?;
    let weighed = rest.trim_start_matches(['（', '为', ':']);
    let weighed = weighed.strip_prefix("分值").unwrap_or(weighed).trim_start_matches(['为', ':']);
    let weight_at = sentence.len() - weighed.len();
    let (weight, weight_end) = figure(sentence, weight_at)?;
    let after = sentence.get(weight_end..)?.strip_prefix('分')?;
    let after = after.trim_start_matches(['）', '，', ',', '、', ':', ' ']);
    let score_at = sentence.len() - after.len();
    let scored = after.strip_prefix("得分").or_else(|| after.strip_prefix('得'))?;
    let scored = scored.trim_start_matches(['为', ':']);
    let (score, score_end) = figure(sentence, sentence.len() - scored.len())?;
    sentence[score_end..].starts_with('分').then_some(())?;
    Some((weight, (score_at..score_end + '分'.len_utf8(), score)))
}

/// “9.25分（保留一位小数为9.3分）”: the product as it is, and at the written 得分's digits where they differ — a
/// reader checks 92.5%×10 against 9.25, not against a rounding of it alone.
fn exact_and_written(product: Decimal, rounded: Decimal, digits: u32) -> String {
    const PLACES: [&str; 5] = ["取整", "保留一位小数", "保留两位小数", "保留三位小数", "保留四位小数"];
    match PLACES.get(digits as usize) {
        Some(places) if product.normalize() != rounded.normalize() => format!("{}分（{places}为{}分）", trim(product), trim(rounded)),
        _ => format!("{}分", trim(rounded)),
    }
}

/// The 得分 the rate and 分值 make, judged: the rate capped at 100%, the product rounded half up or cut at
/// the written 得分's digits (the cut noted). None where the product overflows.
fn judge(worked: Worked, score: Decimal) -> Option<Judged> {
    let capped = worked.rate.min(Decimal::ONE_HUNDRED);
    let product = capped.times(worked.weight)?.divided_by(Decimal::ONE_HUNDRED)?;
    let digits = score.scale();
    let rounded = product.round_dp_with_strategy(digits, RoundingStrategy::MidpointAwayFromZero);
    let cut = product.round_dp_with_strategy(digits, RoundingStrategy::ToZero);
    let how = format!("执行率{}%×分值{}分", trim(worked.rate), trim(worked.weight));
    let capped_note = (worked.rate > Decimal::ONE_HUNDRED).then(|| format!("执行率{}%超过100%，按100%计", trim(worked.rate)));
    let judged = if score == rounded {
        Judged::new(Verdict::Ok, format!("得分{}分={how}，相符", trim(score)))
    } else if score == cut {
        let note = format!("报告写{}分，是直接舍去尾数所得；四舍五入应为{}分", trim(score), trim(rounded));
        Judged::new(Verdict::Ok, format!("得分{}分={how}，相符", trim(score))).noted([note])
    } else {
        Judged::new(Verdict::Mismatch, format!("报告写得分{}分，按{how}应为{}", trim(score), exact_and_written(product, rounded, digits)))
    };
    Some(judged.noted(capped_note))
}

/// Whether the report scores its 执行率 by a band (“执行率≥95%得满分”, “执行率达到90%以上的得满分”): a clause
/// naming the rate, then a threshold under 100%, then full marks. (“超过100%的按满分计” caps a product.)
fn banded(text: &str) -> bool {
    text.split(['。', ';', '；', '\n']).any(|clause| {
        let Some(at) = clause.find("执行率") else { return false };
        let after = &clause[at..];
        let Some(full) = after.find("满分") else { return false };
        after[..full].match_indices('%').any(|(percent, _)| {
            let digits = after[..percent].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
            let figure = Decimal::from_str_exact(&after[digits.len()..percent]).ok();
            figure.is_some_and(|threshold| threshold < Decimal::ONE_HUNDRED)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdicts(text: &str) -> Vec<(String, Verdict, String)> {
        judged(text).into_iter().map(|(range, j)| (text[range].to_string(), j.verdict, j.detail)).collect()
    }

    #[test]
    fn a_score_worked_from_a_rate_is_its_product_rounded_or_cut_at_its_digits() {
        let right = verdicts("按评分规则，预算执行率分值20分，得分=96.45%×20=19.29分。");
        assert_eq!(right, [("19.29分".to_string(), Verdict::Ok, "得分19.29分=执行率96.45%×分值20分，相符".to_string())]);
        let wrong = verdicts("按评分规则，预算执行率分值20分，得分=96.45%×20分=19.92分。");
        assert_eq!(wrong[0].1, Verdict::Mismatch);
        assert_eq!(wrong[0].2, "报告写得分19.92分，按执行率96.45%×分值20分应为19.29分");
        let cut = judged("该项得分=10×97.86%=9.78分。");
        assert_eq!(cut[0].1.verdict, Verdict::Ok);
        assert!(cut[0].1.notes.iter().any(|n| n.contains("舍去尾数") && n.contains("9.79分")), "{:?}", cut[0].1.notes);
        let over = judged("得分=103.2%×10=10分。");
        assert_eq!(over[0].1.verdict, Verdict::Ok, "{:?}", over[0].1);
    }

    #[test]
    fn a_score_with_its_rule_beside_it_is_that_rules_product() {
        let text = "2．农机补贴项目。执行数86.00万元，预算执行率93.75%，得9.5分（按执行率×10分计算）；产出指标48分。";
        let found: Vec<(String, Verdict, String)> = beside_its_rule(text).into_iter().map(|(r, j)| (text[r].to_string(), j.verdict, j.detail)).collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0.as_str(), found[0].1), ("9.5分", Verdict::Mismatch));
        assert!(found[0].2.ends_with("应为9.375分（保留一位小数为9.4分）"), "{}", found[0].2);
        let right = "资金执行率为88.20%，得17.64分（按执行率×20分计分）。执行率≥95%得满分的项目另列。";
        assert_eq!(beside_its_rule(right).iter().map(|(_, j)| j.verdict).collect::<Vec<_>>(), [Verdict::Ok]);
        assert!(beside_its_rule("预算执行率92.48%，按本项目评分标准（执行率90%以上得10分）得10分。").is_empty());
        assert!(beside_its_rule("执行率92.50%，较上年提高3个百分点，得9.25分（按执行率×10分计算）。").is_empty(), "a figure between");
        // A long run of such rules is read in linear time.
        let long = "执行率90%，得9分（按执行率×10分计算）".repeat(20_000);
        let began = std::time::Instant::now();
        assert_eq!(beside_its_rule(&long).len(), 20_000);
        assert!(began.elapsed().as_secs() < 5, "{:?}", began.elapsed());
    }

    #[test]
    fn a_restated_score_is_judged_on_the_rate_it_was_worked_from() {
        let text = "预算执行率为93.20%，得分=93.20%×10=9.23分。\n四、自评结论\n预算执行率10分，得分9.23分；产出40分，得分38分。";
        let found = verdicts(text);
        assert_eq!(found.iter().map(|(w, v, _)| (w.as_str(), *v)).collect::<Vec<_>>(), [("9.23分", Verdict::Mismatch), ("得分9.23分", Verdict::Mismatch)]);
        assert!(found[1].2.contains("应为9.32分"), "{}", found[1].2);
        assert!(verdicts("预算执行率10分，得分9.23分。").is_empty(), "no rate worked from: nothing to judge it on");
    }

    #[test]
    fn no_product_is_claimed_under_a_band_or_without_figures() {
        assert!(verdicts("预算执行率≥95%得满分，每低1个百分点扣0.5分。得分=96%×10=9.6分。").is_empty());
        assert!(verdicts("预算执行率指标分值10分，得分按“执行率×分值”计算，执行率超过100%的按满分计。").is_empty());
        assert_eq!(verdicts("执行率超过100%的按满分计。得分=97.5%×8=7.8分。").len(), 1, "a cap is no band");
    }
}
