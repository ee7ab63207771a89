//! A table comparing two years row by row (“项目 | 2022年 | 2023年 | 增减额 | 增减率”): each row's change and
//! rate are its own two figures' — the change this year's less last year's, the rate that change over last
//! year's (SPEC §11: a rate is recomputed from the report's figures). A rate whose sign is lost (a fall
//! printed as “1.92%”) is wrong like any other.
//!
//! Read on the normalised text, where a table's row is a line and its figures stand apart by the gap mark.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::calc::rate::Rate;
use crate::core::exact::Exact;

use super::growth::Growth;
use super::numbers::{Number, Unit};
use super::text::{BREAK, GAP};
use super::verdicts::{judge_growth, Judged};
use super::Verdict;

/// Headings of a change's rate column, and of its amount's.
const RATE_HEADINGS: [&str; 6] = ["增减率", "增长率", "变动率", "增减幅度", "增减比例", "增幅"];
const CHANGE_HEADINGS: [&str; 4] = ["增减额", "变动额", "增减金额", "增减"];

/// The columns of a two-year header, in order: which figure of a row is which.
struct Header {
    /// Whether last year's column comes first.
    last_first: bool,
    with_change: bool,
    /// Whether the table's figures are in 元 (its caption says so): shown so.
    in_yuan: bool,
}

/// Every rate (`growth`) and change (`change`) of every two-year table's rows, judged: the claim's id, the
/// figure's range and the verdict.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(&'static str, Range<usize>, Judged)> {
    let mut found = Vec::new();
    let amounts = Amounts { numbers, by_value: OnceCell::new() };
    let mut header: Option<Header> = None;
    let mut start = 0;
    for line in text.split_inclusive(BREAK) {
        let end = start + line.len();
        let figures: Vec<&Number> = numbers.iter().filter(|n| n.start >= start && n.end <= end).collect();
        match two_year_header(line, text.get(start.saturating_sub(120)..start).unwrap_or_default()) {
            Some(read) => header = Some(read),
            // A line without figures ends the table.
            None if figures.is_empty() => header = None,
            None => found.extend(header.as_ref().map(|columns| row(text, columns, &figures, &amounts)).unwrap_or_default()),
        }
        start = end;
    }
    found
}

/// Whether a line of a pasted table heads a two-year table (“项目 | 上年数 | 本年数 | 增减额 | 增减率”): a table
/// of its own, read here, whose rows are none of the table above it.
pub(super) fn heads_a_table(line: &str) -> bool {
    two_year_header(line, "").is_some()
}

/// The header of a two-year table: two years one after the other (“2022年2023年”, either order, or 上年 and
/// 本年: “上年决算数 | 本年决算数”), then the rate's heading last, perhaps the change's before it.
fn two_year_header(line: &str, above: &str) -> Option<Header> {
    let (first_end, second_start, second_end, last_first) = by_number(line).or_else(|| by_word(line))?;
    let between = line.get(first_end..second_start)?;
    let rest = line.get(second_end..)?.trim_end();
    // The year headings side by side (“2022年决算”: a word after each is the same kind of figure), not a
    // budget beside an actual.
    let kind = |words: &str| words.contains("预算");
    if kind(between) != kind(rest) || between.chars().count() > 4 {
        return None;
    }
    let rate_heading = RATE_HEADINGS.iter().find(|h| rest.ends_with(**h))?;
    let before_rate = &rest[..rest.len() - rate_heading.len()];
    let with_change = CHANGE_HEADINGS.iter().any(|h| before_rate.ends_with(h));
    let in_yuan = ["单位：元", "单位:元", "（元）", "(元)"].iter().any(|w| above.contains(w));
    Some(Header { last_first, with_change, in_yuan })
}

/// Two years' headings by their numbers (“2022年 | 2023年”): where the first ends, where the second starts
/// and ends, and whether last year's comes first.
fn by_number(line: &str) -> Option<(usize, usize, usize, bool)> {
    let years: Vec<(usize, u32)> = line
        .match_indices('年')
        .filter_map(|(at, _)| {
            let digits = line.get(at.checked_sub(4)?..at)?;
            digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().ok().map(|y| (at, y))).flatten()
        })
        .collect();
    let [(first_at, first), (second_at, second)] = years[..] else { return None };
    let last_first = match (first.checked_add(1), second.checked_add(1)) {
        (Some(next), _) if next == second => true,
        (_, Some(next)) if next == first => false,
        _ => return None,
    };
    Some((first_at + '年'.len_utf8(), second_at.checked_sub(4)?, second_at + '年'.len_utf8(), last_first))
}

/// Two years' headings in words (“上年决算数 | 本年决算数”), each named once.
fn by_word(line: &str) -> Option<(usize, usize, usize, bool)> {
    let (last, this) = (line.find("上年")?, line.find("本年")?);
    if line.matches("上年").count() != 1 || line.matches("本年").count() != 1 {
        return None;
    }
    let (first, second) = (last.min(this), last.max(this));
    Some((first + "上年".len(), second, second + "本年".len(), last < this))
}

/// A row's figures under the header: its change and rate judged on its two years' amounts — or, where its
/// this year's cell is the slip (see [`this_years_cell_slipped`]), that cell marked and the two judged on
/// the amount the text bears out.
fn row(text: &str, header: &Header, figures: &[&Number], amounts_stated: &Amounts) -> Vec<(&'static str, Range<usize>, Judged)> {
    let expected = if header.with_change { 4 } else { 3 };
    let Some(row) = figures.len().checked_sub(expected).and_then(|from| figures.get(from..)) else { return vec![] };
    let (amounts, rate) = row.split_at(row.len() - 1);
    if rate[0].unit != Unit::Percent || amounts.iter().any(|n| n.unit == Unit::Percent || n.unit == Unit::Persons) {
        return vec![];
    }
    // A bare figure of a table in 元 is held in 万元, as the audit's amounts are.
    let in_wan = |n: &Number| super::column_totals::in_wan(n, header.in_yuan);
    let (Some(a), Some(b)) = (in_wan(amounts[0]), in_wan(amounts[1])) else { return vec![] };
    let (last, this) = if header.last_first { (a, b) } else { (b, a) };
    let this_cell = if header.last_first { amounts[1] } else { amounts[0] };
    let mut found = Vec::new();
    let slipped = header.with_change.then(|| this_years_cell_slipped(text, header, amounts, rate[0], amounts_stated)).flatten();
    let mut noted = Vec::new();
    let this = match slipped {
        Some((right, judged)) => {
            found.push(("restated_figure", this_cell.start..this_cell.end, judged));
            let shown = super::verdicts::Shown::of("万元", header.in_yuan, [right]);
            noted.push(format!("本年数按文中写明的{}核对（表中本年数已在该处标出）", shown.text(right)));
            right
        }
        None => this,
    };
    let Some(change) = this.minus(last) else { return found };
    if header.with_change {
        let stated = amounts[2];
        let judged = in_wan(stated).and_then(|value| judge_change(value, stated.decimals, change, header.in_yuan));
        found.extend(judged.map(|j| ("change", stated.start..stated.end, j.noted(noted.clone()))));
    }
    let written = text.get(rate[0].start..rate[0].end).unwrap_or_default().to_string();
    let Some(growth) = row_growth(rate[0], written, change, last, header.in_yuan) else { return found };
    found.push(("growth", growth.span.clone(), judge_growth(&growth).noted(noted)));
    found
}

/// A row's 增减率 as written (`rate`, its words) against the change over last year's amount.
fn row_growth(rate: &Number, written: String, change: Decimal, last: Decimal, in_yuan: bool) -> Option<Growth> {
    Some(Growth {
        span: rate.start..rate.end,
        written,
        value: rate.value,
        decimals: rate.decimals,
        rate: Rate::new(change, last)?,
        change,
        last_year: last,
        base: "上年",
        in_yuan,
        this_year_at: None,
        stated_change: None,
    })
}

/// “事业收入 | 46,186.92 | 48,726.35 | 2,575.43 | 5.58%” with “事业收入（医疗收入）48,762.35万元” in the prose: the
/// row's change and rate both agree with a this year's amount other than its cell's — last year's and the
/// change — and the text states that amount under the row's name: the cell is the slip (two digits swapped,
/// most often), not the change and rate worked from the right figure. The amount the text bears out, and the
/// cell's verdict. Last year's cell is never taken for this year's: the amount is worked from it, not read.
fn this_years_cell_slipped(text: &str, header: &Header, amounts: &[&Number], rate: &Number, stated: &Amounts) -> Option<(Decimal, Judged)> {
    let in_wan = |n: &Number| super::column_totals::in_wan(n, header.in_yuan);
    let (last_cell, this_cell, change_cell) = if header.last_first { (amounts[0], amounts[1], amounts[2]) } else { (amounts[1], amounts[0], amounts[2]) };
    let (last, written, change) = (in_wan(last_cell)?, in_wan(this_cell)?, in_wan(change_cell)?);
    let right = last.plus(change)?;
    // The cell's own amount makes the change as written: nothing slipped here.
    if right == written || judge_change(change, change_cell.decimals, written.minus(last)?, header.in_yuan)?.verdict == Verdict::Ok {
        return None;
    }
    if judge_growth(&row_growth(rate, String::new(), change, last, header.in_yuan)?).verdict != Verdict::Ok {
        return None;
    }
    let label = row_label(text, amounts.first()?.start)?;
    let line = line_around(text, this_cell.start);
    let stated_elsewhere = stated.of(right).iter().any(|n| !line.contains(&n.start) && named_before(text, n.start, label));
    if !stated_elsewhere {
        return None;
    }
    let shown = super::verdicts::Shown::of("万元", header.in_yuan, [written, right, change, last]);
    let detail = format!(
        "表中{label}本年数写{}，文中写{label}{}；该行增减额{}、增减率{}均按{}算得（上年数{}），此处应为{}",
        shown.text(written),
        shown.text(right),
        shown.text(change),
        text.get(rate.start..rate.end).unwrap_or_default(),
        shown.text(right),
        shown.text(last),
        shown.text(right)
    );
    let share = right.minus(written)?.abs().divided_by(right.abs().max(Decimal::ONE))?;
    Some((right, Judged::new(Verdict::Mismatch, detail).off(share, format!("{label}本年数写{}，应为{}", shown.text(written), shown.text(right)))))
}

/// The text's amounts (万元), looked up by value: a table of thousands of rows asks once each, not with a
/// walk over every figure of the text.
struct Amounts<'n> {
    numbers: &'n [Number],
    by_value: OnceCell<BTreeMap<Decimal, Vec<&'n Number>>>,
}

impl<'n> Amounts<'n> {
    fn of(&self, value: Decimal) -> &[&'n Number] {
        let by_value = self.by_value.get_or_init(|| {
            let mut map: BTreeMap<Decimal, Vec<&Number>> = BTreeMap::new();
            for n in self.numbers.iter().filter(|n| n.unit == Unit::Wan) {
                map.entry(n.value).or_default().push(n);
            }
            map
        });
        by_value.get(&value).map_or(&[], Vec::as_slice)
    }
}

/// The name a row opens with, before its first figure (“事业收入”, “  其中：人员经费” → 人员经费), if it has one
/// of two characters or more.
fn row_label(text: &str, first_figure: usize) -> Option<&str> {
    let line = text.get(line_around(text, first_figure).start..first_figure)?;
    let label = line.trim_matches(|c: char| c.is_whitespace() || c == GAP);
    // “二、事业收入”, “  其中：人员经费”: the name without its numbering or lead.
    let label = label.trim_start_matches(|c: char| "一二三四五六七八九十、.．".contains(c)).trim_start_matches("其中").trim_start_matches([':', '：']).trim();
    (label.chars().count() >= 2 && !label.contains(|c: char| c.is_ascii_digit())).then_some(label)
}

/// The line (of the normalised text) the byte `at` stands on.
fn line_around(text: &str, at: usize) -> Range<usize> {
    let start = text.get(..at).and_then(|before| before.rfind(BREAK)).map_or(0, |b| b + BREAK.len_utf8());
    let end = text.get(at..).and_then(|after| after.find(BREAK)).map_or(text.len(), |e| at + e);
    start..end
}

/// Whether the clause right before `at` names `label` (“；事业收入（医疗收入）” before its figure): the figure is
/// the row's, stated in words.
fn named_before(text: &str, at: usize, label: &str) -> bool {
    const NEAR: usize = 60;
    let mut from = at.saturating_sub(NEAR);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..at).unwrap_or_default();
    let clause = before.rsplit(['，', ',', ';', '。', '\n', '、', ':']).next().unwrap_or(before);
    clause.contains(label)
}

/// A row's stated change against its two years' difference, to the decimals it is written with.
pub(super) fn judge_change(stated: Decimal, decimals: u32, change: Decimal, in_yuan: bool) -> Option<Judged> {
    let shown = |v: Decimal| if in_yuan { v.times(Decimal::from(10_000)).map(|y| format!("{}元", y.normalize())) } else { Some(format!("{}万元", v.normalize())) };
    let scale = if in_yuan { decimals.checked_add(4)? } else { decimals };
    if stated == change.round_dp(scale) {
        return Some(Judged::new(Verdict::Ok, format!("增减额{}=本年数−上年数，相符", shown(change)?)));
    }
    let off = stated.minus(change)?.abs();
    let share = if change.is_zero() { Decimal::ONE } else { off.divided_by(change.abs())? };
    Some(
        Judged::new(Verdict::Mismatch, format!("报告写增减额{}，按两年数字应为{}（本年数−上年数）", shown(stated)?, shown(change)?))
            .off(share, format!("增减额写{}，应为{}", shown(stated)?, shown(change)?)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::text::Normalised;

    fn verdicts(pasted: &str) -> Vec<(String, Verdict)> {
        let text = Normalised::new(pasted).text;
        judged(&text, &numbers(&text)).into_iter().map(|(_, range, j)| (text[range].to_string(), j.verdict)).collect()
    }

    #[test]
    fn each_rows_change_and_rate_are_its_two_years() {
        let table = "收支对比（单位：万元）\n项目\t2018年\t2019年\t增减额\t增减率\n支出合计\t1,250.00\t1,300.00\t50.00\t4.00%\n  其中：培训费\t80.00\t76.00\t-4.00\t5.00%\n会议费\t20.00\t21.00\t2.00\t5.00%\n说明：…\n";
        assert_eq!(
            verdicts(table),
            [
                ("50.00".to_string(), Verdict::Ok),
                ("4.00%".to_string(), Verdict::Ok),
                ("-4.00".to_string(), Verdict::Ok),
                // A fall printed without its minus sign.
                ("5.00%".to_string(), Verdict::Mismatch),
                ("2.00".to_string(), Verdict::Mismatch),
                ("5.00%".to_string(), Verdict::Ok),
            ]
        );
    }

    #[test]
    fn this_year_first_or_no_change_column() {
        let table = "项目\t2019年\t2018年\t增长率\n印刷费\t9.00\t10.00\t-10.00%\n";
        assert_eq!(verdicts(table), [("-10.00%".to_string(), Verdict::Ok)]);
        // A budget beside an actual, or years apart, is no comparison of two years.
        assert!(verdicts("项目\t2019年预算\t2019年决算\t增减率\n印刷费\t10.00\t9.00\t-10.00%\n").is_empty());
        assert!(verdicts("项目\t2017年\t2019年\t增减率\n印刷费\t10.00\t9.00\t-10.00%\n").is_empty());
        // Last year and this year named in words.
        let table = "科目\t上年决算数\t本年决算数\t增减额\t增减率\n办公费\t12.00\t15.00\t3.00\t25.00%\n邮电费\t4.00\t3.00\t-1.00\t-20.00%\n";
        assert_eq!(verdicts(table).iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok, Verdict::Ok, Verdict::Ok, Verdict::Mismatch]);
    }

    #[test]
    fn a_this_years_cell_the_row_and_the_prose_bear_out_otherwise_is_the_slip() {
        // 经营收入 this year 1,364.80 in the prose; its row writes 1,346.80, the change and rate worked from 1,364.80.
        let report = |cell: &str| {
            format!(
                "本年经营收入1,364.80万元，较上年增加126.30万元。\n表3 收入对比（单位：万元）\n项目\t上年数\t本年数\t增减额\t增减率\n\
                 财政拨款收入\t900.00\t950.00\t50.00\t5.56%\n经营收入\t1,238.50\t{cell}\t126.30\t10.20%\n\n"
            )
        };
        let text = Normalised::new(&report("1,346.80")).text;
        let found = judged(&text, &numbers(&text));
        let marked: Vec<(&str, &str, Verdict)> = found.iter().map(|(id, range, j)| (*id, &text[range.clone()], j.verdict)).collect();
        assert_eq!(
            marked,
            [
                ("change", "50.00", Verdict::Ok),
                ("growth", "5.56%", Verdict::Ok),
                ("restated_figure", "1346.80", Verdict::Mismatch),
                ("change", "126.30", Verdict::Ok),
                ("growth", "10.20%", Verdict::Ok),
            ]
        );
        assert!(found[2].2.detail.ends_with("此处应为1364.8万元"), "{}", found[2].2.detail);
        // The prose silent on the amount: the row alone cannot tell which cell slipped — its change and rate are marked.
        let silent = report("1,346.80").replace("本年经营收入1,364.80万元，较上年增加126.30万元。", "");
        let marks: Vec<Verdict> = verdicts(&silent).into_iter().map(|(_, v)| v).collect();
        assert_eq!(marks, [Verdict::Ok, Verdict::Ok, Verdict::Mismatch, Verdict::Mismatch]);
        // The cell right: nothing marked.
        assert!(verdicts(&report("1,364.80")).iter().all(|(_, v)| *v == Verdict::Ok));
    }
}
