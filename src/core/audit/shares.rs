//! A part's share of the year's spending (“基本支出731.00万元，占全年支出的59.26%；项目支出502.65万元，
//! 占40.74%”): the share recomputed from the part's amount, stated just before it, and the unit's 支出合计.
//! A later share in the same sentence that names no whole (“…，占40.74%”) is of the whole named before it.
//! The year's funds are a whole too: “截至11月底累计支出…，占全年可用资金的…%” (支付进度) is of the 全年预算数.

use std::ops::Range;

use rust_decimal::Decimal;

use super::numbers::{Number, Unit};
use super::verdicts::{judge_share, Judged};

/// Names of the unit's whole spending, a share's whole.
const WHOLES: [&str; 6] = ["全年支出", "支出合计", "本年支出", "全年总支出", "总支出", "部门支出"];

/// Names of the year's funds (全年预算数), a share's whole.
const FUNDS: [&str; 7] = ["全年可用资金", "全年可支配资金", "可用资金", "可支配资金", "全年预算数", "全年预算", "调整后预算"];

/// Each share of the unit's spending `spend`, or of its year's funds `budget`, the text states right after
/// a part's amount, judged.
pub fn judged(text: &str, numbers: &[Number], spend: Option<Decimal>, budget: Option<Decimal>) -> Vec<(Range<usize>, Judged)> {
    let mut found = of_whole(text, numbers, (&WHOLES, "支出合计"), spend);
    found.extend(of_whole(text, numbers, (&FUNDS, "全年预算数"), budget));
    found.sort_by_key(|(range, _)| range.start);
    found
}

/// Each share of the whole named by `wholes` (and called `whole_name`), whose amount is `whole`.
fn of_whole(text: &str, numbers: &[Number], (wholes, whole_name): (&[&str], &str), whole: Option<Decimal>) -> Vec<(Range<usize>, Judged)> {
    let Some(spend) = whole else { return vec![] };
    let mut found = Vec::new();
    // Where the sentence last named the whole, so a later “占X%” in it is of that whole.
    let mut whole_named_in: Option<usize> = None;
    for pair in numbers.windows(2) {
        let [part, share] = pair else { continue };
        if part.unit != Unit::Wan || share.unit != Unit::Percent {
            continue;
        }
        let Some(between) = text.get(part.end..share.start) else { continue };
        let Some(after) = between.strip_prefix('，').or_else(|| between.strip_prefix(',')).unwrap_or(between).strip_prefix('占') else { continue };
        // A list of shares runs over “;”: the sentence ends at “。” or a paragraph's end.
        let sentence_start = text[..part.start].rfind(['。', '\n']).map_or(0, |at| at + text[at..].chars().next().map_or(1, char::len_utf8));
        let named = wholes.iter().find_map(|w| after.strip_prefix(w)).map(|rest| rest.strip_prefix('的').unwrap_or(rest));
        let of_the_whole = match named {
            Some("") => {
                whole_named_in = Some(sentence_start);
                true
            }
            Some(_) => false,
            None => after.is_empty() && whole_named_in == Some(sentence_start),
        };
        if !of_the_whole {
            continue;
        }
        let in_yuan = text.get(part.digits_end..part.end) == Some("元");
        let (Some(written), Some(name)) = (text.get(share.start..share.end), part_name(text, sentence_start, part.start)) else { continue };
        // Marked from “占”: the part's amount before it may be a total with its own claim.
        let share_at = share.start - after.len() - '占'.len_utf8();
        if let Some(judged) = judge_share((name, whole_name), written, share, (part.value, spend), in_yuan) {
            found.push((share_at..share.end, judged));
        }
    }
    found
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
        judged(text, &numbers(text), spend.parse().ok(), None).into_iter().map(|(range, j)| (text[range].to_string(), j.verdict)).collect()
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

    /// “至三季度末累计支付…，占全年预算的…%”: a payment's progress is its share of the year's funds.
    #[test]
    fn a_payments_share_of_the_years_funds() {
        let text = "付款进度：到10月末累计支付312.00万元，占全年预算数的62.40%。";
        let budget = |b: &str| judged(text, &numbers(text), Some(Decimal::from(480)), b.parse().ok()).into_iter().map(|(_, j)| j.verdict).collect::<Vec<_>>();
        assert_eq!(budget("500"), [Verdict::Ok]);
        assert_eq!(budget("520"), [Verdict::Mismatch]);
        assert!(budget("").is_empty());
    }
}
