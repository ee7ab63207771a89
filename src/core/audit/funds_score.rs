//! The funds line of the 自评表 restated in prose (“年度资金总额全年预算数1,870.03万元，全年执行数1,752.74万元，
//! 执行率93.73%，分值10分，得分9.37分”): its 得分 is its 分值 times its 执行率, as the table's would be.

use rust_decimal::Decimal;

use super::numbers::{Number, Unit};
use super::score_total::points_after;
use super::tables::Stated;
use super::SENTENCE_ENDS;

/// Each funds line the text states in a sentence: its 得分 (as a number) and the figures it is scored on.
pub fn stated(text: &str, numbers: &[Number]) -> Vec<(Number, Stated)> {
    let mut found = Vec::new();
    let mut start = 0;
    for sentence in text.split_inclusive(SENTENCE_ENDS) {
        found.extend(funds_line(text, numbers, start, sentence));
        start += sentence.len();
    }
    found
}

fn funds_line(text: &str, numbers: &[Number], start: usize, sentence: &str) -> Option<(Number, Stated)> {
    let funds_at = sentence.find("资金总额")?;
    let points_at = funds_at + sentence[funds_at..].find("分值")?;
    let (points, points_end) = points_after(sentence, points_at + "分值".len())?;
    let scored_at = points_end + sentence[points_end..].find("得分").filter(|&at| at <= 3)?;
    let (score, score_end) = points_after(sentence, scored_at + "得分".len())?;
    // Its budget and its execution: the amounts of the sentence, each named by its own clause.
    let amounts = numbers.iter().filter(|n| n.unit == Unit::Wan && n.start >= start + funds_at && n.end <= start + points_at);
    let (mut budget, mut executed, mut from) = (None, None, start + funds_at);
    let mut in_yuan = false;
    for amount in amounts {
        let between = text.get(from..amount.start).unwrap_or_default();
        let label = between.rsplit(['，', ',', ';']).next().unwrap_or(between);
        if label.contains("预算") {
            budget = Some(amount.value);
        } else if label.contains("执行") || label.contains("支出") {
            executed = Some(amount.value);
        }
        in_yuan |= text.get(amount.digits_end..amount.end) == Some("元");
        from = amount.end;
    }
    // The score as a number of the text: its digits, before its 分.
    let digits_end = start + score_end - '分'.len_utf8();
    let written = text.get(..digits_end)?;
    let digits_start = written.len() - (written.len() - written.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').len());
    let number = Number {
        value: score,
        unit: Unit::Bare,
        decimals: score.scale(),
        start: digits_start,
        end: digits_end,
        digits_start,
        digits_end,
    };
    let stated = Stated { id: "funds.total", number: 0, executed: executed?, budget: budget?, points: Some(points), in_yuan };
    (points > Decimal::ZERO).then_some((number, stated))
}
