//! A part's share of the year's spending (“基本支出731.00万元，占全年支出的59.26%；项目支出502.65万元，
//! 占40.74%”): the share recomputed from the part's amount, stated just before it, and the unit's 支出合计.
//! A later share in the same sentence that names no whole (“…，占40.74%”) is of the whole named before it.

use std::ops::Range;

use rust_decimal::Decimal;

use super::numbers::{Number, Unit};
use super::verdicts::{judge_share, Judged};

/// Names of the unit's whole spending, a share's whole.
const WHOLES: [&str; 6] = ["全年支出", "支出合计", "本年支出", "全年总支出", "总支出", "部门支出"];

/// Each share of the unit's spending `spend` the text states right after a part's amount, judged.
pub fn judged(text: &str, numbers: &[Number], spend: Option<Decimal>) -> Vec<(Range<usize>, Judged)> {
    let Some(spend) = spend else { return vec![] };
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
        let named = WHOLES.iter().find_map(|w| after.strip_prefix(w)).map(|rest| rest.strip_prefix('的').unwrap_or(rest));
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
        if let Some(judged) = judge_share(name, written, share, (part.value, spend), in_yuan) {
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
    (name.chars().count() >= 2 && !name.chars().any(|c| c.is_ascii_digit())).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::Verdict;

    fn shares(text: &str, spend: &str) -> Vec<(String, Verdict)> {
        judged(text, &numbers(text), spend.parse().ok()).into_iter().map(|(range, j)| (text[range].to_string(), j.verdict)).collect()
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
}
