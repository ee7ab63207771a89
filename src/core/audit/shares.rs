//! A part's share of the year's spending (“基本支出731.00万元，占全年支出的59.26%；项目支出502.65万元，
//! 占40.74%”): the share recomputed from the part's amount, stated just before it, and the unit's 支出合计.
//! A later share in the same sentence that names no whole (“…，占40.74%”) is of the whole named before it.
//! The year's funds are a whole too: “截至11月底累计支出…，占全年可用资金的…%” (支付进度) is of the 全年预算数.

use std::ops::Range;

use rust_decimal::Decimal;

use super::text::start_after_last;
use super::numbers::{Number, Unit};
use super::verdicts::{judge_share, trim, Judged};
use super::Verdict;
use crate::core::exact::Exact;
use crate::core::order;

/// Names of the unit's whole spending, a share's whole.
const WHOLES: [&str; 7] = ["全年支出", "支出合计", "本年支出", "全年总支出", "总支出", "部门支出", "支出总额"];

/// Names of the year's funds (全年预算数), a share's whole.
const FUNDS: [&str; 7] = ["全年可用资金", "全年可支配资金", "可用资金", "可支配资金", "全年预算数", "全年预算", "调整后预算"];

/// Each share of the unit's spending `spend`, or of its year's funds `budget`, the text states right after
/// a part's amount, judged. `slipped_sums`: where each sum written out wrong ends (“=612.34万元+86.50万元=
/// 689.84万元，占…”): that sum's slip, its share of the sum it should have made no second one. `restated`:
/// where a part stated otherwise than the figure the report confirms ends, and that figure — its share is
/// of the confirmed one (the slip is the amount's, marked already).
pub fn judged(text: &str, numbers: &[Number], spend: Option<Decimal>, budget: Option<Decimal>, slipped_sums: &[usize], restated: &[(usize, Decimal)]) -> Vec<(Range<usize>, Judged)> {
    let mut found = of_whole(text, numbers, (&WHOLES, "支出合计"), spend, (slipped_sums, restated));
    found.extend(of_whole(text, numbers, (&FUNDS, "全年预算数"), budget, (slipped_sums, restated)));
    found.extend(named_again(text, numbers, spend));
    found.extend(payment_progress(text, numbers, budget));
    order::sort_by_key(&mut found, |(range, _)| range.start);
    found
}

/// Each share of the whole named by `wholes` (and called `whole_name`), whose amount is `whole`.
fn of_whole(text: &str, numbers: &[Number], (wholes, whole_name): (&[&str], &str), whole: Option<Decimal>, (slipped, restated): (&[usize], &[(usize, Decimal)])) -> Vec<(Range<usize>, Judged)> {
    let Some(spend) = whole else { return vec![] };
    let mut found = Vec::new();
    // Each share found: its sentence, its part's amount and the share written.
    let mut shares: Vec<(usize, Decimal, Decimal)> = Vec::new();
    // Where the sentence last named the whole, so a later “占X%” in it is of that whole.
    let mut whole_named_in: Option<usize> = None;
    for pair in numbers.windows(2) {
        let [part, share] = pair else { continue };
        if part.unit != Unit::Wan || share.unit != Unit::Percent {
            continue;
        }
        let Some(between) = text.get(part.end..share.start) else { continue };
        let Some(after) = between.strip_prefix('，').or_else(|| between.strip_prefix(',')).unwrap_or(between).strip_prefix('占') else { continue };
        let sentence_start = sentence_start(text, part.start);
        let named = wholes.iter().find_map(|w| after.strip_prefix(w)).map(|rest| rest.strip_prefix('的').unwrap_or(rest));
        let of_the_whole = match named {
            Some("") => {
                whole_named_in = Some(sentence_start);
                true
            }
            Some(_) => false,
            None => after.is_empty() && (whole_named_in == Some(sentence_start) || opens_on_the_whole(&text[sentence_start..part.start], wholes)),
        };
        if !of_the_whole || slipped.contains(&part.end) {
            continue;
        }
        let in_yuan = text.get(part.digits_end..part.end) == Some("元");
        let (Some(written), Some(name)) = (text.get(share.start..share.end), part_name(text, sentence_start, part.start)) else { continue };
        // Marked from “占”: the part's amount before it may be a total with its own claim.
        let share_at = share.start - after.len() - '占'.len_utf8();
        let amount = restated.iter().find(|(end, _)| *end == part.end).map_or(part.value, |(_, confirmed)| *confirmed);
        if let Some(judged) = judge_share((name, whole_name), written, share, (amount, spend), in_yuan) {
            found.push((share_at..share.end, judged));
            shares.push((sentence_start, amount, share.value));
        }
    }
    note_shares_not_whole(&mut found, &shares, spend);
    found
}

/// Two shares in one sentence whose parts make the whole (“基本支出…，占…%；项目支出…，占…%”) add to 100%:
/// where they do not, the wrong one (or the second) says so too.
fn note_shares_not_whole(found: &mut [(Range<usize>, Judged)], shares: &[(usize, Decimal, Decimal)], whole: Decimal) {
    for k in 1..shares.len().min(found.len()) {
        let ((sentence, first, first_share), (then_in, second, second_share)) = (shares[k - 1], shares[k]);
        let lone_pair = shares.iter().filter(|(s, _, _)| *s == sentence).count() == 2;
        let (Some(parts), Some(written)) = (first.plus(second), first_share.plus(second_share)) else { continue };
        let off = written.minus(Decimal::ONE_HUNDRED).map(|d| d.abs());
        if sentence != then_in || !lone_pair || parts != whole || off.is_none_or(|off| off <= Decimal::new(1, 2)) {
            continue;
        }
        let blamed = if found[k - 1].1.verdict == Verdict::Mismatch && found[k].1.verdict != Verdict::Mismatch { k - 1 } else { k };
        found[blamed].1.notes.push(format!("两项之和为全部支出，所写占比合计{}%，不是100%", trim(written)));
    }
}

/// Where the sentence holding `at` starts: a list of shares runs over “;”, so only “。” or a paragraph's
/// end closes one.
fn sentence_start(text: &str, at: usize) -> usize {
    start_after_last(&text[..at], &['。', '\n'])
}

/// Whether the sentence up to a part (`before`) opens by naming the whole its parts are of (“支出总额中，基本
/// 支出…，占…%；项目支出…，占…%”): its shares that name no whole are of that one.
fn opens_on_the_whole(before: &str, wholes: &[&str]) -> bool {
    let Some((opening, _)) = before.split_once(['，', ',', ':']) else { return false };
    opening.strip_suffix('中').is_some_and(|named| wholes.iter().any(|w| named.ends_with(w)))
}

/// “…包括基本支出21,506.20万元和项目支出1,622.40万元，项目支出占支出合计的7.20%”: a share that names its part
/// again rather than following its amount — the part's amount is the one stated after that name earlier in
/// the sentence.
fn named_again(text: &str, numbers: &[Number], whole: Option<Decimal>) -> Vec<(Range<usize>, Judged)> {
    let Some(spend) = whole else { return vec![] };
    numbers.iter().filter(|n| n.unit == Unit::Percent).filter_map(|share| {
        // Only a share written “占支出合计…” is read on: its sentence is not looked for otherwise (a table
        // copied as one long line has thousands of rates and no sentence end).
        let tail = text.get(..share.start)?;
        let tail = tail.strip_suffix('为').unwrap_or(tail);
        let tail = tail.strip_suffix('的').unwrap_or(tail);
        if !WHOLES.iter().any(|w| tail.strip_suffix(w).is_some_and(|rest| rest.ends_with('占'))) {
            return None;
        }
        let sentence_start = sentence_start(text, share.start);
        let before = text.get(sentence_start..share.start)?;
        let before = before.strip_suffix('为').unwrap_or(before);
        let before = before.strip_suffix('的').unwrap_or(before);
        let (named, _) = WHOLES.iter().find_map(|w| before.strip_suffix(w).map(|rest| (rest, *w)))?;
        let clause = named.strip_suffix('占')?;
        let name = clause.rsplit(['，', ',', ';', ':', '、']).next()?;
        let name_at = sentence_start + clause.len() - name.len();
        let sensible = (2..=12).contains(&name.chars().count()) && !name.contains(|c: char| c.is_ascii_digit() || "。%".contains(c));
        let part = numbers.iter().rev().filter(|n| n.unit == Unit::Wan && sentence_start <= n.start && n.end <= name_at).find(|n| text[..n.start].ends_with(name))?;
        let written = text.get(share.start..share.end)?;
        let in_yuan = text.get(part.digits_end..part.end) == Some("元");
        let judged = sensible.then(|| judge_share((name, "支出合计"), written, share, (part.value, spend), in_yuan))??;
        Some((name_at..share.end, judged))
    }).collect()
}

/// “截至9月底累计支付…，支付进度率为…%”: the progress named after the payment, not as a share (“占…”), is
/// still what was paid over the year's funds.
fn payment_progress(text: &str, numbers: &[Number], budget: Option<Decimal>) -> Vec<(Range<usize>, Judged)> {
    let Some(budget) = budget else { return vec![] };
    let mut found = Vec::new();
    for pair in numbers.windows(2) {
        let [paid, progress] = pair else { continue };
        if paid.unit != Unit::Wan || progress.unit != Unit::Percent {
            continue;
        }
        let Some(between) = text.get(paid.end..progress.start) else { continue };
        let Some(named) = between.strip_prefix(['，', ',']) else { continue };
        if !names_progress(named) {
            continue;
        }
        let sentence_start = sentence_start(text, paid.start);
        let Some(name) = part_name(text, sentence_start, paid.start).filter(|name| name.contains("支付")) else { continue };
        let (Some(written), in_yuan) = (text.get(progress.start..progress.end), text.get(paid.digits_end..paid.end) == Some("元")) else { continue };
        if let Some(judged) = judge_share((name, "全年预算数"), written, progress, (paid.value, budget), in_yuan) {
            found.push((progress.start - named.len()..progress.end, judged));
        }
    }
    found
}

/// “支付进度率为”, “资金支付进度达”, “累计支付进度”: the words naming a payment's progress, and only them.
fn names_progress(words: &str) -> bool {
    let words = ["累计", "资金"].iter().find_map(|w| words.strip_prefix(w)).unwrap_or(words);
    let Some(rest) = words.strip_prefix("支付进度") else { return false };
    let rest = rest.strip_prefix('率').unwrap_or(rest);
    ["", "为", "达", "达到", "是"].contains(&rest)
}

/// The part's name: the words of its clause before its amount (“中心基本支出”, “人员经费”).
fn part_name(text: &str, sentence_start: usize, at: usize) -> Option<&str> {
    let clause = text.get(sentence_start..at)?;
    let name = clause.rsplit(['，', ',', ';', ':', '、']).next()?;
    let name = name.strip_prefix("其中").unwrap_or(name);
    // “截至11月底累计支出”: the words after its date (or “1.基本支出”, after its number).
    let dated = name.rfind(|c: char| c.is_ascii_digit()).map(|at| name[at + 1..].trim_start_matches(['.', '．', '、', '）', ')']));
    let name = dated.map(|rest| ["月底", "月末", "季度末", "日"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest)).unwrap_or(name);
    (name.chars().count() >= 2).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::Verdict;

    fn shares(text: &str, spend: &str) -> Vec<(String, Verdict)> {
        judged(text, &numbers(text), spend.parse().ok(), None, &[], &[]).into_iter().map(|(range, j)| (text[range].to_string(), j.verdict)).collect()
    }

    #[test]
    fn a_parts_share_of_the_years_spending() {
        let text = "基本支出150.00万元，占全年支出的60.00%;项目支出100.00万元，占40.00%。";
        assert_eq!(shares(text, "250"), [("占全年支出的60.00%".to_string(), Verdict::Ok), ("占40.00%".to_string(), Verdict::Ok)]);
        assert_eq!(shares(&text.replace("40.00%", "44.00%"), "250")[1].1, Verdict::Mismatch);
        // A share of another whole, a share with no whole named in its sentence, or no spending known: none.
        assert!(shares("公用经费30.00万元，占基本支出的20.00%。", "250").is_empty());
        assert!(shares("项目支出100.00万元，占40.00%。", "250").is_empty());
        assert!(shares(text, "").is_empty());
    }

    /// “支出合计中，…”: the sentence names the whole first, its shares after each part name none.
    #[test]
    fn a_share_of_the_whole_the_sentence_opens_on() {
        let text = "本年支出总额中，基本支出93.60万元，占72.00%；项目支出36.40万元，占28.00%。";
        assert_eq!(shares(text, "130"), [("占72.00%".to_string(), Verdict::Ok), ("占28.00%".to_string(), Verdict::Ok)]);
        assert_eq!(shares(&text.replace("28.00%", "27.00%"), "130")[1].1, Verdict::Mismatch);
        // A sentence opening on another whole, or on no whole, claims no share of the spending.
        assert!(shares(&text.replace("本年支出总额中", "基本支出中"), "130").is_empty());
        assert!(shares(&text.replace("本年支出总额中，", ""), "130").is_empty());
    }

    /// Two parts that make the whole: their shares add to 100%, and a pair that does not says so.
    #[test]
    fn two_shares_of_the_whole_add_to_a_hundred() {
        let notes = |text: &str| judged(text, &numbers(text), Some(Decimal::from(130)), None, &[], &[]).into_iter().map(|(_, j)| j.notes).collect::<Vec<_>>();
        let text = "本年支出总额中，基本支出93.60万元，占72.00%；项目支出36.40万元，占28.00%。";
        assert_eq!(notes(text), [Vec::<String>::new(), vec![]]);
        let off = notes(&text.replace("28.00%", "27.00%"));
        assert_eq!(off[1], ["两项之和为全部支出，所写占比合计99%，不是100%"]);
        assert!(off[0].is_empty());
        // The first share wrong: the note is on it.
        assert_eq!(notes(&text.replace("72.00%", "75.00%"))[0], ["两项之和为全部支出，所写占比合计103%，不是100%"]);
    }

    #[test]
    fn a_share_that_names_its_part_again() {
        let text = "全年支出800.00万元，包括基本支出620.00万元和项目支出180.00万元，项目支出占支出合计的22.50%。";
        assert_eq!(shares(text, "800"), [("项目支出占支出合计的22.50%".to_string(), Verdict::Ok)]);
        assert_eq!(shares(&text.replace("22.50%", "25.20%"), "800")[0].1, Verdict::Mismatch);
        // A name with no amount of its own before it in the sentence: no share to judge.
        assert!(shares("全年支出800.00万元，公用经费占支出合计的5.00%。", "800").is_empty());
    }

    /// “至三季度末累计支付…，占全年预算的…%”: a payment's progress is its share of the year's funds.
    #[test]
    fn a_payments_share_of_the_years_funds() {
        let text = "付款进度：到10月末累计支付312.00万元，占全年预算数的62.40%。";
        let budget = |b: &str| judged(text, &numbers(text), Some(Decimal::from(480)), b.parse().ok(), &[], &[]).into_iter().map(|(_, j)| j.verdict).collect::<Vec<_>>();
        assert_eq!(budget("500"), [Verdict::Ok]);
        assert_eq!(budget("520"), [Verdict::Mismatch]);
        assert!(budget("").is_empty());
    }
}
