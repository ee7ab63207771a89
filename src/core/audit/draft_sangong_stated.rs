//! The “三公” items a report gives a figure of, this year's and not nothing (“公务接待费支出1.20万元”, a table's
//! row “公务接待费 2.00 1.20”): a none said of them elsewhere (“一季度未发生公务接待费” before the year's figure)
//! is then in doubt, and a new draft leaves the box empty rather than put 0 in it.

use super::draft_sangong_none::{cell_headings, items_alone, speaks_of_another_year, table_headings, Boxes, Column, ACTUAL, BOTH, BUDGET, CLAUSE_ENDS, WHOLE};

/// Items with the boxes a figure is given them in: both where the words do not say which.
pub(super) type Stated = (Vec<&'static str>, Boxes);

/// Every figure of this year's “三公” items in the report's `lines` (cleaned), in prose and in tables.
pub(super) fn figures_stated(lines: &[String], year: Option<u32>) -> Vec<Stated> {
    let mut stated = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if line.contains('\t') {
            stated.extend(tab_row(lines, at, year));
        } else if let Some(items) = items_alone(line) {
            // A table one cell a line: the figures after the item's name.
            let cells: Vec<&str> = lines.iter().skip(at + 1).map(String::as_str).take_while(|l| is_figure(l) || is_nothing(l)).collect();
            stated.extend(row(whole_as_one(items), &cells, cell_headings(lines, at, year)));
        } else {
            stated.extend(prose(line, year));
        }
    }
    stated
}

/// A tab-separated row of items with a figure under a 预算 or 决算 heading, or anywhere where the table has none.
fn tab_row(lines: &[String], at: usize, year: Option<u32>) -> Option<Stated> {
    let cells: Vec<&str> = lines.get(at)?.split('\t').map(str::trim).collect();
    let (label, rest) = cells.split_first()?;
    let items = items_alone(label).map(whole_as_one).unwrap_or_else(|| mentioned(label));
    row(items, rest, table_headings(lines, at, year))
}

/// The boxes a table's row gives figures in: by its headings, or any where they are not known.
fn row(items: Vec<&'static str>, cells: &[&str], headings: Option<Vec<Column>>) -> Option<Stated> {
    let given = |cell: &&str| is_figure(cell) && is_not_nothing(cell);
    let boxes = match headings.filter(|h| h.len() == cells.len()) {
        Some(headings) => cells.iter().zip(headings).filter(|(cell, _)| given(cell)).fold(Boxes::default(), |boxes, (_, column)| match column {
            Column::Budget => Boxes { budget: true, ..boxes },
            Column::Actual => Boxes { actual: true, ..boxes },
            Column::Other => boxes,
        }),
        None if cells.iter().any(given) => BOTH,
        None => Boxes::default(),
    };
    (!items.is_empty() && boxes != Boxes::default()).then_some((items, boxes))
}

/// The “三公” row of a table is the whole's figure, not each item's.
fn whole_as_one(items: Vec<&'static str>) -> Vec<&'static str> {
    if items.len() == 4 {
        return vec![WHOLE];
    }
    items
}

/// Words that make a figure after an item's name no figure of its spending or budget: a change, a share, a
/// standard.
const NOT_ITS_FIGURE: [&str; 16] = ["较", "比", "减少", "增加", "下降", "增长", "降低", "上升", "节约", "节支", "压减", "占", "超", "标准", "每", "平均"];

/// The figures of items in a line's sentences: each amount (万元, 元) with the items named before it in its clause,
/// or (where none is) last named in its sentence — not a change nor another year's.
fn prose(line: &str, year: Option<u32>) -> Vec<Stated> {
    let mut stated = Vec::new();
    for sentence in line.split(['。', '；', ';', '！']) {
        let mut named: Vec<&'static str> = Vec::new();
        let mut start = 0;
        for piece in sentence.split_inclusive(CLAUSE_ENDS) {
            let clause = piece.trim_end_matches(CLAUSE_ENDS);
            let at = start;
            start += piece.len();
            let mut from = 0;
            for (begin, end, nothing) in amounts(clause) {
                let before = clause.get(from..begin).unwrap_or_default();
                from = end;
                let here = mentioned(before);
                if !here.is_empty() {
                    named = here;
                }
                let so_far = sentence.get(..at + begin).unwrap_or_default();
                if nothing || named.is_empty() || NOT_ITS_FIGURE.iter().any(|w| before.contains(w)) || speaks_of_another_year(so_far, year) {
                    continue;
                }
                stated.push((named.clone(), box_of(before)));
            }
            let here = mentioned(clause.get(from..).unwrap_or_default());
            if !here.is_empty() {
                named = here;
            }
        }
    }
    stated
}

/// The items some words mention, however loosely (“公务用车” is both car items); the “三公” whole where they
/// mention no item but it.
fn mentioned(words: &str) -> Vec<&'static str> {
    let car = ["公务用车", "公车", "公务车"].iter().any(|w| words.contains(w));
    let bought = car && ["购置", "购买", "购车"].iter().any(|w| words.contains(w));
    let run = car && ["运行", "运维", "维护", "维修", "燃油"].iter().any(|w| words.contains(w));
    let each = [
        (words.contains("出国") || words.contains("出境"), "sangong.abroad"),
        (bought || (car && !run), "sangong.car_purchase"),
        (run || (car && !bought), "sangong.car_running"),
        (words.contains("公务接待") || words.contains("接待费"), "sangong.reception"),
    ];
    let items: Vec<&'static str> = each.iter().filter(|(said, _)| *said).map(|(_, item)| *item).collect();
    if items.is_empty() && words.contains("三公") {
        return vec![WHOLE];
    }
    items
}

/// The box the words before a figure speak of: the later of 预算 and the spending's words; both where neither.
fn box_of(before: &str) -> Boxes {
    let budget = ["预算", "安排"].iter().filter_map(|w| before.rfind(w)).max();
    let spent = ["支出", "决算", "实际", "执行", "发生", "开支", "使用"].iter().filter_map(|w| before.rfind(w)).max();
    match (budget, spent) {
        (None, None) => BOTH,
        (Some(budget), spent) if spent.is_none_or(|spent| spent < budget) => BUDGET,
        _ => ACTUAL,
    }
}

/// The amounts in a clause: where each starts and ends (its unit included), and whether it is nothing.
fn amounts(clause: &str) -> Vec<(usize, usize, bool)> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(begin) = clause.get(at..).and_then(|rest| rest.find(|c: char| c.is_ascii_digit())).map(|i| at + i) {
        let rest = clause.get(begin..).unwrap_or_default();
        let figure_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        let figure = rest.get(..figure_len).unwrap_or_default();
        let after = rest.get(figure_len..).unwrap_or_default();
        let unit = ["万元", "千元", "元"].iter().find(|u| after.starts_with(*u)).map_or(0, |u| u.len());
        if unit > 0 {
            found.push((begin, begin + figure_len + unit, !is_not_nothing(figure)));
        }
        at = begin + figure_len.max(1);
    }
    found
}

/// A cell that is a figure, with or without its unit.
fn is_figure(cell: &str) -> bool {
    let cell = cell.trim_end_matches("万元").trim_end_matches('元');
    !cell.is_empty() && cell.chars().all(|c| c.is_ascii_digit() || c == '.') && cell.starts_with(|c: char| c.is_ascii_digit())
}

/// A table's cell that says its column holds nothing.
fn is_nothing(cell: &str) -> bool {
    ["—", "-", "/", "——", "无", "未发生", "无此项支出", "未安排"].contains(&cell)
}

/// A figure with a digit other than 0: some money.
fn is_not_nothing(figure: &str) -> bool {
    figure.chars().any(|c| ('1'..='9').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stated(report: &str) -> Vec<Stated> {
        let lines: Vec<String> = report.lines().map(super::super::draft_sangong_none::cleaned).collect();
        figures_stated(&lines, Some(2024))
    }

    #[test]
    fn an_items_figure_in_prose_is_its_box_and_a_change_or_last_years_is_none() {
        assert_eq!(stated("公务接待费支出1.20万元，较上年减少0.30万元。"), vec![(vec!["sangong.reception"], ACTUAL)]);
        assert_eq!(stated("因公出国（境）费：本年预算3.00万元，实际支出2.5万元。"), vec![(vec!["sangong.abroad"], BUDGET), (vec!["sangong.abroad"], ACTUAL)]);
        assert_eq!(stated("其中公务用车运行维护费7.26万元和公务接待费26,000元。"), vec![(vec!["sangong.car_running"], BOTH), (vec!["sangong.reception"], BOTH)]);
        assert!(stated("公务接待费较上年减少0.30万元。上年公务接待费1.5万元。公务接待费为0万元。公务接待标准每人150元。").is_empty());
        assert_eq!(stated("“三公”经费支出4.00万元。"), vec![(vec![WHOLE], ACTUAL)]);
    }

    #[test]
    fn a_tables_figure_is_its_columns_box() {
        let table = "项目\t预算数\t决算数\t上年决算数\n公务接待费\t2.00\t0\t1.10\n因公出国（境）费\t0\t0\t3.20\n";
        assert_eq!(stated(table), vec![(vec!["sangong.reception"], BUDGET)]);
        assert_eq!(stated("公务接待费\t1.20\n"), vec![(vec!["sangong.reception"], BOTH)]);
    }

}
