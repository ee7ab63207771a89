//! The “三公”'s 公务用车购置及运行费 and its own two parts, 购置费 and 运行维护费, given in brackets after it
//! (“公务用车购置及运行费12.40万元（公务用车购置费0万元，公务用车运行维护费12.40万元）”) or in the clause
//! after (“…，其中购置费零、运行维护费6.20万元”): the two make the line.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;
use crate::core::order;

use super::numbers::{Number, Unit};
use super::restated::{agree_as_written, written_in, written_step, Written};
use super::verdicts::Judged;
use super::Verdict;

/// How reports name the line that is both parts.
const LINE: [&str; 2] = ["公务用车购置及运行维护费", "公务用车购置及运行费"];

/// Words between a label and its figure.
const FILLER: [char; 5] = ['为', ':', '是', '共', '计'];

/// A part said to be nothing in words (“购置费零”, “购置费无”).
const NOTHING: [&str; 3] = ["零", "无", "未发生"];

/// Each 公务用车购置及运行费 with its two parts beside it, judged.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut lines: Vec<(usize, &str)> = LINE.iter().flat_map(|w| text.match_indices(w)).collect();
    order::sort(&mut lines);
    for (i, &(at, word)) in lines.iter().enumerate() {
        let Some((line, _)) = figure_after(text, numbers, at + word.len()) else { continue };
        // Its parts are said before the line is named again: a list of lines run together as one long line
        // (a table copied from Word) would otherwise have each line's clause searched to the text's end.
        let next_line = lines.get(i + 1).map_or(text.len(), |(next, _)| *next);
        let Some((parts, end)) = parts_after(text.get(..next_line).unwrap_or(text), numbers, line.end) else { continue };
        if let Some(judged) = judge(text, line, parts) {
            found.push((at..end, judged));
        }
    }
    found
}

/// The figure right after a label ending at `from` (its filler words skipped), or nothing said in words —
/// with where it ends.
fn figure_after<'a>(text: &str, numbers: &'a [Number], from: usize) -> Option<(&'a Number, usize)> {
    let rest = text.get(from..)?;
    let start = from + rest.len() - rest.trim_start_matches(FILLER).len();
    let number = numbers.get(numbers.binary_search_by_key(&start, |n| n.start).ok()?)?;
    let nought = number.unit == Unit::Bare && number.value.is_zero();
    (number.unit == Unit::Wan || nought).then_some((number, number.end))
}

/// The 购置费 and 运行维护费 in brackets right after the line's figure, or in the clause opened by “其中”
/// after it; with where they end.
fn parts_after(text: &str, numbers: &[Number], from: usize) -> Option<((Decimal, Decimal), usize)> {
    let rest = text.get(from..)?;
    let (inside, inside_at) = if let Some(bracketed) = rest.strip_prefix('（') {
        (&bracketed[..bracketed.find(['）', '\n'])?], from + '（'.len_utf8())
    } else {
        let opened = rest.strip_prefix(['，', ',', ';'])?;
        let opened = opened.strip_prefix("其中")?.trim_start_matches(':');
        let clause_end = opened.find(['。', ';', '\n']).unwrap_or(opened.len());
        (&opened[..clause_end], from + (rest.len() - opened.len()))
    };
    let purchase = part(text, numbers, inside, inside_at, &["购置费", "购置"])?;
    let running = part(text, numbers, inside, inside_at, &["运行维护费", "运行费", "运维费", "运行维护"])?;
    let end = inside_at + inside.len() + if rest.starts_with('（') { '）'.len_utf8() } else { 0 };
    Some(((purchase, running), end))
}

/// The amount after the first of `labels` in `inside` (at `inside_at` in the text): a figure, or nothing
/// in words.
fn part(text: &str, numbers: &[Number], inside: &str, inside_at: usize, labels: &[&str]) -> Option<Decimal> {
    let (at, label) = labels.iter().find_map(|l| inside.find(l).map(|at| (at, *l)))?;
    // “购置及运行” is the line again, not its part.
    if inside[at..].starts_with("购置及") {
        return None;
    }
    let from = inside_at + at + label.len();
    if let Some((number, _)) = figure_after(text, numbers, from) {
        return Some(number.value);
    }
    let after = text.get(from..)?.trim_start_matches(FILLER);
    NOTHING.iter().any(|w| after.starts_with(w)).then_some(Decimal::ZERO)
}

fn judge(text: &str, line: &Number, (purchase, running): (Decimal, Decimal)) -> Option<Judged> {
    let added = purchase.plus(running)?;
    // A part's step is its own decimals (held in 万元); the line's, as written in its unit.
    let part_step = |v: Decimal| (v.scale() > 0).then(|| Decimal::new(1, v.scale()));
    let steps = [written_step(text, line), part_step(purchase), part_step(running)];
    let in_yuan = written_in(text, line).is_some_and(|(unit, _)| unit == "元");
    let shown = Written::of(in_yuan, &[line.value, purchase, running, added]);
    let formula = format!("购置费{}+运行维护费{}", shown.text(purchase), shown.text(running));
    if agree_as_written(line.value, added, steps) {
        return Some(Judged::new(Verdict::Ok, format!("公务用车购置及运行费{}={formula}，相符", shown.text(line.value))));
    }
    let off = line.value.minus(added)?.abs();
    let detail = format!("公务用车购置及运行费写{}，其两部分之和为{}（{formula}），相差{}", shown.text(line.value), shown.text(added), shown.text(off));
    let share = off.divided_by(added.abs().max(Decimal::ONE))?;
    let words = format!("公务用车购置及运行费写{}，购置费与运行维护费之和为{}", shown.text(line.value), shown.text(added));
    Some(Judged::new(Verdict::Mismatch, detail).off(share, words))
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    fn vehicles(text: &str) -> Vec<(Verdict, String)> {
        audit(text).claims.into_iter().filter(|c| c.detail.starts_with("公务用车购置及运行费") && c.id == "sangong").map(|c| (c.verdict, c.detail)).collect()
    }

    /// A line to two decimals of 万元 over a part to the 分 in 元 agrees at the line's digits, and a line in 元 is
    /// shown in 元, never cut short (a read-through found “写12.34万元” for 123,456.78元, and a false 不符).
    #[test]
    fn parts_in_yuan_agree_at_the_digits_written() {
        let text = "（二）“三公”经费\n本年“三公”经费支出15.12万元，其中公务用车购置及运行费9.87万元（购置费0元，运行维护费98,654.32元），公务接待费5.25万元。\n";
        assert_eq!(vehicles(text).iter().map(|(v, _)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:?}", vehicles(text));
        let text = "（二）“三公”经费\n其中公务用车购置及运行费98,654.32元（购置费0万元，运行维护费9.87万元）。\n";
        let found = vehicles(text);
        assert_eq!(found.iter().map(|(v, _)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{found:?}");
        assert!(found[0].1.contains("98,654.32元"), "{found:?}");
    }

    fn verdicts(text: &str) -> Vec<Verdict> {
        vehicles(text).into_iter().map(|(v, _)| v).collect()
    }

    #[test]
    fn the_vehicles_line_is_its_purchase_and_its_running_costs() {
        let right = "2023年“三公”经费预算12.00万元，实际支出9.30万元，其中：公务用车购置及运行费7.70万元（公务用车购置费0万元，公务用车运行维护费7.70万元），公务接待费1.60万元。\n";
        assert_eq!(verdicts(right), [Verdict::Ok], "{:?}", vehicles(right));
        let slip = right.replace("运行维护费7.70", "运行维护费7.07");
        let found = vehicles(&slip);
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), [Verdict::Mismatch], "{found:?}");
        assert!(found[0].1.contains("相差0.63万元"), "{}", found[0].1);
        // The “三公” total is still checked on its items.
        assert!(audit(&slip).claims.iter().any(|c| c.id == "sangong" && c.detail.contains("公务接待费1.6")), "{:?}", audit(&slip).claims);
    }

    #[test]
    fn parts_said_as_nought_in_words_or_bare_or_in_the_clause_after() {
        let bare = "实际支出16.20万元，其中公务用车购置及运行费14.00万元（购置费0、运行维护费14.00万元），公务接待费2.20万元。\n";
        assert_eq!(verdicts(bare), [Verdict::Ok], "{:?}", vehicles(bare));
        let yuan = "实际支出16.20万元，其中公务用车购置及运行费14.00万元（公务用车购置费0元，公务用车运行维护费14.00万元），公务接待费2.20万元。\n";
        assert_eq!(verdicts(yuan), [Verdict::Ok], "{:?}", vehicles(yuan));
        let words = "实际支出16.20万元:公务用车购置及运行费14.00万元，其中购置费零、运行维护费13.00万元;公务接待费2.20万元。\n";
        assert_eq!(verdicts(words), [Verdict::Mismatch], "{:?}", vehicles(words));
        let bought = "实际支出36.20万元，其中公务用车购置及运行费34.00万元（含公务用车购置费22.50万元，为更新巡查车1辆;公务用车运行维护费11.50万元），公务接待费2.20万元。\n";
        assert_eq!(verdicts(bought), [Verdict::Ok], "{:?}", vehicles(bought));
    }

    #[test]
    fn brackets_that_explain_the_vehicles_line_are_no_parts() {
        let explained = "实际支出16.20万元，其中公务用车购置及运行费14.00万元（主要用于3辆执法车燃油和维修），公务接待费2.20万元。\n";
        assert!(vehicles(explained).is_empty(), "{:?}", vehicles(explained));
    }

    /// One long line of vehicle lines each opening “其中” (a table run together) is read line by line: each
    /// had its clause searched to the end of the text, which took seconds here. A line with its parts after
    /// them is still judged.
    #[test]
    fn a_long_line_of_vehicle_lines_is_read_line_by_line() {
        let text = format!("{}公务用车购置及运行费6.00万元（购置费0万元，运行维护费6.00万元）。", "公务用车购置及运行费8万元，其中".repeat(2500));
        let found = super::judged(&text, &crate::core::audit::numbers::numbers(&text));
        assert_eq!(found.iter().map(|(_, j)| j.verdict).collect::<Vec<_>>(), [Verdict::Ok]);
    }
}
