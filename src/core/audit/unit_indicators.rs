//! A table of the unit's indicators (“序号 | 指标名称 | 指标值 | 实际完成值 | 完成率”, “指标 | 计算公式 | 结果”,
//! “指标 | 年度指标值 | 实际完成值 | 计算依据”): a row named after one of the unit's rates states that rate in
//! its result cell — a claim like the same rate in a sentence, recomputed from the report's own figures.
//! The 指标值 cell is a target (≥95%) and the 完成率 cell the result over the target: neither is the rate.

use std::ops::Range;

use super::claims::{cell_rate, unit_rate_named, StatedRate};
use super::damage;
use super::numbers::{Number, Unit};
use super::tables::cells;
use super::text::Normalised;
use crate::core::calc::rate::Rate;

/// The columns of an indicator table's header that matter.
struct Header {
    /// How many columns it has: a row with fewer (cells merged away on the left) is aligned from the right.
    width: usize,
    /// The column of the result (实际完成值, 结果).
    result: usize,
    /// The columns that may give the rate's formula in figures (计算公式, 计算依据).
    formulas: Vec<usize>,
}

impl Header {
    /// A header row: words alone, one column of results, none of another year's.
    fn read(words: &[&str]) -> Option<Self> {
        if words.iter().any(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit())) {
            return None;
        }
        let mut results = words.iter().enumerate().filter(|(_, w)| is_result(w)).map(|(k, _)| k);
        let result = results.next()?;
        if results.next().is_some() {
            return None;
        }
        let formulas = words.iter().enumerate().filter(|(k, w)| *k != result && ["计算", "公式", "依据"].iter().any(|f| w.contains(f))).map(|(k, _)| k).collect();
        Some(Header { width: words.len(), result, formulas })
    }
}

/// A heading of what was achieved: “实际完成值”, “完成值”, “实际值”, “结果” — not “完成率” (over the target),
/// not last year's.
fn is_result(heading: &str) -> bool {
    let words = heading.split(['（', '(']).next().unwrap_or_default().trim();
    let achieved = ["完成值", "实际值", "实际完成"].iter().any(|w| words.contains(w)) || ["结果", "计算结果", "完成数"].contains(&words);
    achieved && !words.contains('率') && !words.contains("上年")
}

/// Whether a line names a project's 自评表, or its project: the tables under it are the project's.
fn of_a_project(line: &str) -> bool {
    line.contains("项目名称") || ["项目支出绩效自评表", "项目绩效自评表"].iter().any(|w| line.contains(w))
}

/// The unit's rates its indicator tables state, in order, each with the formula its row gives in figures.
pub fn stated(pasted: &str, text: &Normalised, numbers: &[Number]) -> Vec<StatedRate> {
    let mut found = Vec::new();
    let mut header: Option<Header> = None;
    // A project's 自评表 rates the project (its 预算执行率 is the project's): read none of its rows.
    let mut in_a_project = false;
    for line in damage::lines(pasted) {
        if line.dropped {
            continue;
        }
        let row = pasted[line.start..line.end].trim();
        if !line.table {
            header = None;
            if of_a_project(row) {
                in_a_project = true;
            } else if row.chars().count() > 20 || row.contains("部门整体") {
                in_a_project = false;
            }
            continue;
        }
        let cells = cells(pasted, line.start, line.end);
        let words: Vec<&str> = cells.iter().map(|c| pasted[c.clone()].trim()).collect();
        in_a_project |= words.iter().any(|w| of_a_project(w));
        if let Some(read) = Header::read(&words) {
            header = (!in_a_project).then_some(read);
            continue;
        }
        match &header {
            Some(header) => found.extend(row_rate(text, numbers, &cells, header)),
            None if !in_a_project => found.extend(lone_rate_row(text, numbers, &cells)),
            None => {}
        }
    }
    found
}

/// “预算执行率 |  | 98.50%” under a score summary table (or any table not of indicators): a row of the unit's
/// rate alone — its name, empty cells, the rate in the last — states it as a sentence would.
fn lone_rate_row(text: &Normalised, numbers: &[Number], cells: &[Range<usize>]) -> Option<StatedRate> {
    let normalised = |c: &Range<usize>| text.position(c.start)..text.position(c.end);
    let (first, rest) = cells.split_first()?;
    let (last, between) = rest.split_last()?;
    let named = unit_rate_named(text.text.get(normalised(first))?)?;
    if !between.iter().all(|c| c.is_empty()) {
        return None;
    }
    let cell = normalised(last);
    let inside: Vec<&Number> = numbers.iter().filter(|n| cell.start <= n.start && n.end <= cell.end).collect();
    let [number] = inside[..] else { return None };
    let alone = text.text.get(number.end..cell.end).is_some_and(|after| after.trim().is_empty()) && number.start == cell.start;
    (number.unit == Unit::Percent && alone).then(|| cell_rate(&text.text, numbers, named, number, None)).flatten()
}

/// The rate a row of an indicator table states, if its name is one of the unit's rates.
fn row_rate(text: &Normalised, numbers: &[Number], cells: &[Range<usize>], header: &Header) -> Option<StatedRate> {
    let shift = header.width.checked_sub(cells.len())?;
    let normalised = |k: usize| cells.get(k.checked_sub(shift)?).map(|c| text.position(c.start)..text.position(c.end));
    let named = (0..header.result).filter_map(normalised).find_map(|range| unit_rate_named(text.text.get(range)?))?;
    let result = normalised(header.result)?;
    let (number, own_formula) = result_of(&text.text, numbers, result)?;
    let formula = own_formula.or_else(|| header.formulas.iter().filter_map(|&k| normalised(k)).find(|range| in_figures(&text.text, range)));
    let mut rate = cell_rate(&text.text, numbers, named, number, formula)?;
    rate.formula = rate.formula.or_else(|| resultless_formula(&text.text, numbers, rate.name, rate.end));
    Some(rate)
}

/// “计算口径：公用经费控制率＝168.94÷175.00×100%；…” under the table: the rate's formula in figures with no
/// result of its own — the row's value is its result.
fn resultless_formula(text: &str, numbers: &[Number], name: &str, after: usize) -> Option<Rate> {
    let at = after + text.get(after..)?.find(&format!("{name}="))?;
    let from = at + name.len() + '='.len_utf8();
    let first = numbers.iter().position(|n| n.start == from)?;
    let (over, under) = (numbers.get(first)?, numbers.get(first + 1)?);
    let rest = text.get(under.end..)?.strip_prefix("×100%")?;
    let resultless = !rest.starts_with('=') && text.get(over.end..under.start) == Some("/");
    (resultless && over.unit == under.unit).then(|| Rate::new(over.value, under.value)).flatten()
}

/// A result cell's rate: its one figure, or the last after its formula's “=” (“7/8×100%=87.50%”) with
/// that formula.
fn result_of<'n>(text: &str, numbers: &'n [Number], cell: Range<usize>) -> Option<(&'n Number, Option<Range<usize>>)> {
    let inside: Vec<&Number> = numbers.iter().filter(|n| cell.start <= n.start && n.end <= cell.end).collect();
    let (&last, before) = inside.split_last()?;
    if last.unit != Unit::Percent {
        return ratio_after(text, &inside, cell);
    }
    let equals = text.get(cell.clone())?.rfind('=').map(|at| cell.start + at);
    let formula = match equals {
        Some(at) if at < last.start => Some(cell.start..at),
        _ if before.is_empty() => None,
        _ => return None,
    };
    (last.unit == Unit::Percent).then_some((last, formula))
}

/// “84.62%（11/13）”: a result cell's rate with the ratio it is of in brackets after it — that ratio is its
/// formula.
fn ratio_after<'n>(text: &str, inside: &[&'n Number], cell: Range<usize>) -> Option<(&'n Number, Option<Range<usize>>)> {
    let (&rate, rest) = inside.split_first()?;
    let after = text.get(rate.end..cell.end)?.trim_end();
    let opened = after.strip_prefix(['（', '('])?;
    let inner = opened.strip_suffix(['）', ')'])?;
    let one_ratio = inner.contains(['/', '÷']) && !inner.contains(['（', '(']) && rest.iter().all(|n| n.unit != Unit::Percent);
    let inner_start = rate.end + (after.len() - opened.len());
    (rate.unit == Unit::Percent && one_ratio).then_some((rate, Some(inner_start..inner_start + inner.len())))
}

/// Whether a cell is a formula in figures (“支出1,398,905.16元/预算1,422,052.36元”), not in words alone.
fn in_figures(text: &str, range: &Range<usize>) -> bool {
    text.get(range.clone()).is_some_and(|cell| cell.contains('/') && cell.replace("×100%", "").contains(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    /// (id, what is marked, verdict) of each claim on a rate.
    fn rates(text: &str) -> Vec<(String, String, Verdict)> {
        let rate_ids = ["budget_execution", "public_expense_control", "staff_control", "sangong_control"];
        audit(text).claims.into_iter().filter(|c| rate_ids.contains(&c.id.as_str())).map(|c| (c.id, c.stated, c.verdict)).collect()
    }

    const FIGURES: &str = "2023年全年预算数500.00万元，支出合计470.00万元。公用经费预算40.00万元，公用经费支出36.00万元。\n三、绩效指标完成情况\n";

    #[test]
    fn a_rows_result_is_the_units_rate_and_its_target_and_attainment_are_not() {
        let table = "序号\t指标名称\t指标值\t实际完成值\t完成率\n1\t预算执行率\t≥90%\t94.00%\t104.44%\n2\t公用经费控制率\t≤100%\t92.00%\t达标\n3\t档案查阅人次\t≥5000人次\t5230人次\t104.60%\n";
        let found = rates(&format!("{FIGURES}{table}"));
        assert_eq!(found, [
            ("budget_execution".into(), "94.00%".into(), Verdict::Ok),
            ("public_expense_control".into(), "92.00%".into(), Verdict::Mismatch),
        ]);
        let claims = audit(&format!("{FIGURES}{table}")).claims;
        let public = claims.iter().find(|c| c.id == "public_expense_control").map(|c| c.detail.clone()).unwrap_or_default();
        assert!(public.contains("90.00%"), "{public}");
    }

    #[test]
    fn a_table_aligned_by_spaces_is_read_as_one_with_tabs() {
        let table = "指标名称      指标值      实际完成值      完成率\n预算执行率    ≥90%        95.00%          达标\n公用经费控制率  ≤100%     90.00%          达标\n";
        assert_eq!(rates(&format!("{FIGURES}{table}")), [
            ("budget_execution".into(), "95.00%".into(), Verdict::Mismatch),
            ("public_expense_control".into(), "90.00%".into(), Verdict::Ok),
        ]);
    }

    #[test]
    fn a_result_cell_with_its_formula_is_judged_on_it() {
        let text = "本馆核定编制20名，实有在编19人。\n四、指标\n指标\t计算公式\t结果\n在职人员控制率\t实有人数÷编制数×100%\t19÷20×100%＝95.00%\n“三公”经费控制率\t实际÷预算×100%\t3.60÷4.00×100%＝85.00%\n";
        assert_eq!(rates(text), [
            ("staff_control".into(), "95.00%".into(), Verdict::Ok),
            ("sangong_control".into(), "85.00%".into(), Verdict::Mismatch),
        ]);
    }

    #[test]
    fn a_formula_in_the_basis_column_names_its_denominator_in_brackets() {
        let row = |rate: &str| format!("指标\t年度指标值\t实际完成值\t计算依据\n预算执行率\t100%\t{rate}\t支出合计780,000.00元/（上年结转+本年收入）800,000.00元\n");
        assert_eq!(rates(&row("97.50%")), [("budget_execution".into(), "97.50%".into(), Verdict::Ok)]);
        assert_eq!(rates(&row("98.50%")), [("budget_execution".into(), "98.50%".into(), Verdict::Mismatch)]);
    }

    #[test]
    fn a_formula_without_result_under_the_table_gives_the_rows_rate() {
        let table = "序号\t指标名称\t指标值\t实际完成值\n1\t“三公”经费控制率\t≤100%\t75.00%\n";
        let under = |over: &str| format!("四、指标\n{table}计算口径：“三公”经费控制率＝{over}÷4.00×100%。\n");
        assert_eq!(rates(&under("3.00")), [("sangong_control".into(), "75.00%".into(), Verdict::Ok)]);
        assert_eq!(rates(&under("3.20")), [("sangong_control".into(), "75.00%".into(), Verdict::Mismatch)]);
    }

    #[test]
    fn a_projects_self_evaluation_table_rates_the_project() {
        let project = "附件2\n2023年度项目支出绩效自评表\n项目名称\t馆藏档案数字化\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t时效指标\t预算执行率\t100%\t60.00%\t10\t6\n";
        assert!(rates(&format!("{FIGURES}{project}")).is_empty());
    }

    /// Every rate of the unit's budget a sentence would be read for, in a row too — the balance carried
    /// over and the adjustments as well as the execution.
    #[test]
    fn the_budgets_other_rates_in_rows_are_read_too() {
        let figures = "2022年全年预算数640.00万元（年初预算600.00万元，年中追加40.00万元），支出合计608.00万元，年末结转结余32.00万元。\n五、指标\n";
        let row = |carried: &str, control: &str| format!("{figures}序号\t指标\t计算方法\t结果\n1\t结转结余率\t结余/预算\t{carried}\n2\t预算控制率\t追加/年初\t{control}\n");
        let judged = |text: &str| audit(text).claims.into_iter().filter(|c| ["carryover_rate", "budget_control"].contains(&c.id.as_str())).map(|c| (c.id, c.verdict)).collect::<Vec<_>>();
        assert_eq!(judged(&row("5.00%", "6.67%")), [("carryover_rate".into(), Verdict::Ok), ("budget_control".into(), Verdict::Ok)]);
        assert_eq!(judged(&row("5.26%", "6.67%")), [("carryover_rate".into(), Verdict::Mismatch), ("budget_control".into(), Verdict::Ok)]);
    }

    #[test]
    fn a_rate_no_figure_of_the_report_bears_out_is_left_unmarked() {
        assert!(rates("三、指标\n指标名称\t指标值\t实际完成值\n公用经费控制率\t≤100%\t93.00%\n").is_empty());
    }

    #[test]
    fn a_word_table_of_indicators_is_read_as_the_word_reader_gives_it() {
        let cell = |words: &str| format!("<w:tc><w:p><w:r><w:t>{words}</w:t></w:r></w:p></w:tc>");
        let row = |cells: &[&str]| format!("<w:tr>{}</w:tr>", cells.iter().map(|c| cell(c)).collect::<String>());
        let paragraph = |words: &str| format!("<w:p><w:r><w:t>{words}</w:t></w:r></w:p>");
        let table = [row(&["序号", "指标名称", "指标值", "实际完成值", "完成率"]), row(&["1", "预算执行率", "≥95%", "96.00%", "达标"])].concat();
        let body = format!(
            r#"<w:document xmlns:w="w"><w:body>{}{}<w:tbl>{table}</w:tbl>{}</w:body></w:document>"#,
            paragraph("2023年全年预算数500.00万元，支出合计470.00万元。"),
            paragraph("三、绩效指标"),
            paragraph("四、问题")
        );
        let text = crate::core::audit::word::document::text(body.as_bytes()).unwrap_or_default();
        assert_eq!(rates(&text), [("budget_execution".into(), "96.00%".into(), Verdict::Mismatch)]);
    }
}
