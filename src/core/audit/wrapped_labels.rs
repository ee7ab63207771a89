//! A table copied from a PDF (pdftotext) wraps a long row label inside its cell: the label's first words
//! stand with the row's figures, its last words on a line of their own — and the next line may be another
//! row's. In 附件2, “三公”经费 ⏎ －7.69% 8 8.00 ⏎ 变动率 ⏎ 96.75%，低于100%目标…: the 96.75% opens the 预算完成率
//! row's note, set higher in its cell than its row. A rate named by the wrapped label's tail is not the
//! figure under it.

use super::claims::StatedRate;
use super::numbers::Number;
use super::text::Normalised;

/// The longest tail of a wrapped label (“变动率”, “控制率”, “执行率”): a line as short as that is no label
/// of its own.
const TAIL: usize = 4;

/// Whether `rate`, stated without a formula, pairs the tail of a label wrapped onto a line of its own with a
/// figure opening the next line that is not the row's: the row's own figure stood on the line before the
/// tail (the label wrapped around it), or the figure opens a note comparing it with a target (“96.75%，低于
/// 100%目标3.25个百分点”).
pub fn takes_another_rows_figure(pasted: &str, text: &Normalised, numbers: &[Number], rate: &StatedRate) -> bool {
    if rate.formula.is_some() {
        return false;
    }
    // Numbers stand in order, so the one ending where the rate does is found by a binary search (a line of
    // thousands of rates pasted as one would make a search through all of them for each quadratic).
    let found = numbers.get(numbers.partition_point(|n| n.end < rate.end)).filter(|n| n.end == rate.end);
    let Some(value) = found.or_else(|| numbers.iter().find(|n| n.end == rate.end)) else { return false };
    let at = text.span(pasted, value.start, value.end).start;
    let Some(before) = pasted.get(..at) else { return false };
    // The figure opens its line: only blanks before it, back to the line's break (read over the blanks alone,
    // not to the start of a line that, pasted as one, may be as long as the report).
    let opening = before.trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
    let Some(above) = opening.strip_suffix('\n') else { return false };
    let mut lines = above.rsplit('\n');
    let squeezed = |line: &str| line.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let Some(tail) = lines.next().map(squeezed) else { return false };
    let a_tail = tail.ends_with('率') && tail.chars().count() <= TAIL && !tail.contains(|c: char| c.is_ascii_digit());
    if !a_tail {
        return false;
    }
    let row_before = lines.next().is_some_and(|line| line.contains(['%', '％']));
    let after = pasted.get(text.span(pasted, value.start, value.end).end..).unwrap_or_default();
    let note = ["，低于", "，高于", ",低于", ",高于"].iter().any(|w| after.starts_with(w));
    row_before || note
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    /// 附件2's rows as a PDF's text gives them, a rate's label wrapped in its cell: its topic with the row's
    /// figures (`topic_row`), its name's tail on a line of its own, then `wrapped_then`.
    fn scoring_table(topic_row: &str, tail: &str, wrapped_then: &str) -> String {
        format!(
            "附件2\n部门整体支出绩效自评表\n一级指标 二级指标 三级指标 指标值 实际完成\n值 分值 得分 偏差原因分析及改进措施\n\
             投入 预算配置 {topic_row}\n{tail}\n{wrapped_then}\n过程 预算执行 预算完成率 100% 94.10%\n8 6.00 5.90个百分点，扣2.00分\n"
        )
    }

    fn rates_of(text: &str, id: &str) -> Vec<(Verdict, String)> {
        audit(text).claims.into_iter().filter(|c| c.id == id).map(|c| (c.verdict, c.stated)).collect()
    }

    #[test]
    fn a_wrapped_labels_tail_does_not_take_the_next_rows_note() {
        let prose = "二、绩效情况\n“三公”经费变动率-6.25%=〔（本年度“三公”经费预算数15.00万元-上年度“三公”经费预算数16.00万元）/上年度“三公”经费预算数16.00万元〕×100%。\n\
                     公用经费控制率91.40%=（实际支出公用经费45.70万元/预算安排公用经费50.00万元）×100%。\n";
        let cases = [
            ("sangong_change", "“三公”经费 ≤0\n－6.25% 8 8.00", "变动率"),
            ("public_expense_control", "公用经费 ≤100%\n91.40% 6 6.00", "控制率"),
        ];
        for (id, topic_row, tail) in cases {
            let text = format!("{prose}{}", scoring_table(topic_row, tail, "94.10%，低于100%目标"));
            let found = rates_of(&text, id);
            assert!(found.iter().all(|(verdict, stated)| *verdict == Verdict::Ok && !stated.contains("94.10")), "{found:?}");
            assert!(!found.is_empty(), "the prose's rate is still judged");
        }
    }

    #[test]
    fn a_label_alone_on_its_line_still_takes_its_own_figure_below_it() {
        // A two-column table copied from a PDF: each name, then its figure, one a line.
        let text = "公用经费\n预算安排公用经费50.00万元，实际支出公用经费45.70万元。\n指标\n数值\n公用经费控制率\n91.40%\n";
        let found = rates_of(text, "public_expense_control");
        assert_eq!(found, [(Verdict::Ok, "公用经费控制率91.40%".to_string())]);
    }
}
