//! A “三公” item the report says spent nothing, in so many words (“因公出国（境）费：未发生。”, “公务用车购置费本年
//! 未安排预算，未发生支出”, “因公出国（境）费、公务用车购置费均未发生”, a table's “无此项支出” cell): 0 in that item's
//! boxes of a new draft, so the clerk does not wonder whether it was forgotten. Only this year's (“上年未发生” is
//! last year's), only the box the words name (“未发生” is the 决算; the 预算 only where it is said none too), and only
//! where no figure was read for it: a box the report does not fill stays empty.

use rust_decimal::Decimal;

use super::draft_sangong::item_of;
use crate::core::draft::Draft;

/// The draft's four items, each its field ids' prefix.
const ALL_ITEMS: [&str; 4] = ["sangong.abroad", "sangong.car_purchase", "sangong.car_running", "sangong.reception"];

/// Which of an item's boxes the words say hold nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Boxes {
    budget: bool,
    actual: bool,
}

const BUDGET: Boxes = Boxes { budget: true, actual: false };
const ACTUAL: Boxes = Boxes { budget: false, actual: true };
#[cfg(test)]
const BOTH: Boxes = Boxes { budget: true, actual: true };

/// Fills with 0 each box of this year's “三公” items that `pasted` says is none and the draft has empty; how
/// many were filled. `year` is the year evaluated, if known.
pub fn fill(draft: &mut Draft, pasted: &str, year: Option<u32>) -> usize {
    let mut filled = 0;
    for (items, boxes) in said_none(pasted, year) {
        for item in items {
            for (column, said) in [("budget", boxes.budget), ("actual", boxes.actual)] {
                let id = format!("{item}.{column}");
                if said && draft.get(&id).is_empty() && draft.set(&id, "0").is_ok() {
                    filled += 1;
                }
            }
        }
    }
    filled
}

/// Every statement in `pasted` of items with nothing in some box: in prose and in tables, tab-separated or
/// one cell a line.
fn said_none(pasted: &str, year: Option<u32>) -> Vec<(Vec<&'static str>, Boxes)> {
    let lines: Vec<String> = pasted.lines().map(cleaned).collect();
    let mut said = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if line.contains('\t') {
            said.extend(tab_row(&lines, at, year));
        } else if let Some(items) = items_alone(line) {
            said.extend(cell_per_line_row(&lines, at, items, year));
        } else {
            said.extend(prose(line, year));
        }
    }
    said
}

/// A line without the blanks a copy leaves between characters, its digits half-width.
fn cleaned(line: &str) -> String {
    let half = |c: char| if ('０'..='９').contains(&c) { char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c) } else { c };
    line.chars().filter(|c| !matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\r')).map(half).map(|c| if c == '．' { '.' } else { c }).collect()
}

// ——— Names ———

/// Words a list of items is joined by.
const JOINS: [char; 4] = ['、', '和', '及', '与'];

/// The items a subject names (“因公出国（境）费”, “因公出国（境）费、公务用车购置费”, “公务用车购置及运行维护费” —
/// both car items —, “三公”经费 — all four), with nothing before the first but a heading's number, “其中”, the
/// unit or the year; none where any part of it is no item.
fn items_named(subject: &str) -> Option<Vec<&'static str>> {
    let subject = subject.replace("费用", "费");
    let joined = ["购置及运行", "购置和运行", "购置与运行", "购置及运维", "购置和运维", "购置及维护", "购置和维护"].iter().fold(subject, |s, w| s.replace(w, "购置运行"));
    // Where the first item's name starts (a heading's “三、” is no item).
    let first = ["因公", "出国", "公务", "公车", "车辆", "接待", "“三公", "\"三公", "‘三公", "三公经费"].iter().filter_map(|w| joined.find(w)).min()?;
    if !is_preamble(&joined[..first]) {
        return None;
    }
    let list = &joined[first..];
    if list.replace(['“', '”', '"', '‘', '’', '\''], "") == "三公经费" {
        return Some(ALL_ITEMS.to_vec());
    }
    let mut items = Vec::new();
    for piece in list.split(JOINS) {
        if piece.chars().count() > 14 || !piece.ends_with('费') {
            return None;
        }
        let car = piece.contains('车') && piece.contains("购置") && ["运行", "运维", "维护"].iter().any(|w| piece.contains(w));
        match item_of(piece) {
            Some(item) => items.push(item),
            None if car => items.extend(["sangong.car_purchase", "sangong.car_running"]),
            None => return None,
        }
    }
    (!items.is_empty()).then_some(items)
}

/// Words that may stand before an item's name and say nothing of it: a heading's number, “其中”, the unit, the
/// year (which year is judged apart).
fn is_preamble(words: &str) -> bool {
    const WORDS: [&str; 16] = ["本年度", "本年", "当年", "全年", "上年度", "上年", "年度", "其中", "本单位", "本部门", "我单位", "我局", "本局", "单位", "部门", "年"];
    let rest = WORDS.iter().fold(words.to_string(), |s, w| s.replace(w, ""));
    rest.chars().all(|c| c.is_ascii_digit() || ".、()（）①②③④⑤⑥⑦⑧⑨⑩一二三四五六七八九十:：".contains(c))
}

/// A line that is only the name of items: a table's row label, one cell a line.
fn items_alone(line: &str) -> Option<Vec<&'static str>> {
    items_named(line.trim_end_matches([':', '：']))
}

// ——— What is said of them ———

/// Words that say nothing of what was spent and may be left out of a statement (“本年均未发生”).
const FILLERS: [&str; 14] = ["本年度", "本年", "当年", "今年", "全年", "年度内", "年内", "均", "都", "全部", "亦", "也", "此项", "该项"];

/// Which boxes words after an item's name say are none, read whole (“未发生”, “本年未安排预算”, “预算和支出均为0”,
/// “无此项支出”); `then` is the box the sentence speaks of so far, for a bare “为0”. None where they say
/// anything else (“未发生超标准接待”, “为0.5万元”).
fn boxes_said(words: &str, year: Option<u32>, then: Option<Boxes>) -> Option<Boxes> {
    let mut words = words.trim_end_matches(['。', '.', ';', '；']).to_string();
    if let Some(year) = year {
        words = words.replace(&format!("{year}年度"), "").replace(&format!("{year}年"), "");
    }
    let words = FILLERS.iter().fold(words, |s, w| s.replace(w, ""));
    let words = words.replace('零', "0");
    let words = words.strip_suffix("万元").or_else(|| words.strip_suffix('元')).unwrap_or(&words);
    const ACTUAL_WORDS: [&str; 14] = ["未发生", "未发生支出", "未发生费用", "未支出", "未开支", "无支出", "无开支", "无", "无发生", "没有发生", "没有支出", "无此支出", "未产生", "未产生支出"];
    const BUDGET_WORDS: [&str; 6] = ["未安排预算", "未安排", "无预算", "未编列预算", "未列预算", "未编制预算"];
    let verbal = |w: &str| if ACTUAL_WORDS.contains(&w) { Some(ACTUAL) } else if BUDGET_WORDS.contains(&w) { Some(BUDGET) } else { None };
    if let Some(boxes) = verbal(words) {
        return Some(boxes);
    }
    // “未安排预算且未发生支出”, “未安排预算，未发生支出” read as one.
    if let Some((a, b)) = words.split_once('且').or_else(|| words.split_once('并')).or_else(|| words.split_once('，')) {
        return Some(union(verbal(a)?, verbal(b)?));
    }
    // “为0”, “支出为0.00”, “预算和决算数为0”: the boxes named, else the one the sentence speaks of.
    let (named, figure) = words.split_at(words.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').len());
    if !figure.parse::<Decimal>().is_ok_and(|figure| figure.is_zero()) {
        return None;
    }
    let named = named.strip_suffix('为').unwrap_or(named);
    if named.is_empty() {
        return then;
    }
    named.split(JOINS).try_fold(Boxes::default(), |boxes, word| Some(union(boxes, box_named(word)?)))
}

/// The box a column's word names.
fn box_named(word: &str) -> Option<Boxes> {
    match word {
        "预算" | "预算数" => Some(BUDGET),
        "支出" | "实际支出" | "决算" | "决算数" | "执行数" | "实际" | "支出数" | "实际支出数" => Some(ACTUAL),
        _ => None,
    }
}

fn union(a: Boxes, b: Boxes) -> Boxes {
    Boxes { budget: a.budget || b.budget, actual: a.actual || b.actual }
}

// ——— Which year ———

/// Words that name the year before the one evaluated; a comparison with it (“较上年”) is not about it.
fn speaks_of_another_year(words: &str, year: Option<u32>) -> bool {
    let words = ["较上年", "比上年", "与上年", "同比上年", "上年同期"].iter().fold(words.to_string(), |s, w| s.replace(w, ""));
    let last = ["上年", "上一年", "去年"].iter().filter_map(|w| words.rfind(w)).max();
    let this = ["本年", "当年", "今年"].iter().filter_map(|w| words.rfind(w)).max();
    let another = last.is_some_and(|last| this.is_none_or(|this| this < last));
    another || other_year_named(&words, year)
}

/// A year other than the one evaluated (“2023年”) is named.
fn other_year_named(words: &str, year: Option<u32>) -> bool {
    let chars: Vec<char> = words.chars().collect();
    chars.windows(5).any(|w| {
        let named: String = w.iter().take(4).collect();
        let a_year = w.iter().take(4).all(char::is_ascii_digit) && w.get(4) == Some(&'年');
        a_year && named.parse::<u32>().ok() != year
    })
}

// ——— Prose ———

/// The items a line's sentences say are none: each clause names items and what of them (“因公出国（境）费未发生”),
/// or says it of the items its sentence named last (“公务用车购置费本年未安排预算，未发生支出”, “因公出国（境）费：
/// 未发生”).
fn prose(line: &str, year: Option<u32>) -> Vec<(Vec<&'static str>, Boxes)> {
    let mut said = Vec::new();
    for sentence in line.split(['。', '；', ';', '！']) {
        let mut named: Option<Vec<&'static str>> = None;
        let mut so_far = String::new();
        for clause in sentence.split(['，', ',', ':', '：']) {
            so_far.push_str(clause);
            so_far.push('，');
            let (items, words) = match subject(clause) {
                Some((items, words)) => (Some(items), words),
                None => (None, clause),
            };
            if let Some(items) = items {
                named = Some(items);
            }
            let Some(items) = named.as_ref() else { continue };
            if words.is_empty() || speaks_of_another_year(&so_far, year) {
                continue;
            }
            let before = so_far.get(..so_far.len().saturating_sub(clause.len() + '，'.len_utf8())).unwrap_or_default();
            if let Some(boxes) = boxes_said(words, year, Some(box_spoken_of(before))) {
                said.push((items.clone(), boxes));
            }
        }
    }
    said
}

/// A clause's items and the words after them: its name ends on 费 (费用, 经费), the last such end that names
/// only items. A list run on from the figures before it (“…公务接待费1.92万元、因公出国（境）费为0”) starts
/// after a “、”. Items after the words (“未发生因公出国（境）费用和公务用车购置费用”) are said none of their 决算.
fn subject(clause: &str) -> Option<(Vec<&'static str>, &str)> {
    if let Some(items) = none_before_the_items(clause) {
        return Some((items, "未发生"));
    }
    let starts: Vec<usize> = std::iter::once(0).chain(clause.match_indices('、').map(|(at, c)| at + c.len())).collect();
    let ends: Vec<usize> = clause.match_indices('费').map(|(at, c)| at + c.len()).collect();
    ends.into_iter().rev().find_map(|end| {
        let words = clause.get(end..)?;
        let words = words.strip_prefix('用').unwrap_or(words);
        let items = starts.iter().filter(|start| **start < end).find_map(|start| items_named(clause.get(*start..end)?))?;
        Some((items, words))
    })
}

/// “未发生因公出国（境）费用”, “全年无公务接待费支出”: the items a clause opening on its none names.
fn none_before_the_items(clause: &str) -> Option<Vec<&'static str>> {
    let (at, word) = ["未发生", "没有发生", "未产生", "无"].iter().find_map(|w| clause.find(w).map(|at| (at, *w)))?;
    if !is_preamble(clause.get(..at)?) {
        return None;
    }
    let rest = clause.get(at + word.len()..)?;
    let rest = rest.strip_suffix("支出").unwrap_or(rest);
    items_named(rest.strip_suffix('的').unwrap_or(rest))
}

/// The box the words before a bare “为0” speak of: the later of 预算 and the spending's words; 决算 where neither.
fn box_spoken_of(before: &str) -> Boxes {
    let budget = before.rfind("预算");
    let spent = ["支出", "决算", "实际", "执行", "发生"].iter().filter_map(|w| before.rfind(w)).max();
    match (budget, spent) {
        (Some(budget), spent) if spent.is_none_or(|spent| spent < budget) => BUDGET,
        _ => ACTUAL,
    }
}

// ——— Tables ———

/// What a table column holds, by its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Budget,
    Actual,
    /// Last year's, a change, a rate, a remark: nothing said here.
    Other,
}

fn column_of(heading: &str, year: Option<u32>) -> Column {
    if speaks_of_another_year(heading, year) || ["增减", "变动", "率", "备注", "说明", "比"].iter().any(|w| heading.contains(w)) {
        Column::Other
    } else if ["决算", "支出", "实际", "执行"].iter().any(|w| heading.contains(w)) {
        Column::Actual
    } else if heading.contains("预算") {
        Column::Budget
    } else {
        Column::Other
    }
}

/// The first heading of a table of items: what the rows are.
fn is_row_heading(cell: &str) -> bool {
    ["项目", "名称", "科目", "类别", "内容", "支出项目", "经费项目"].iter().any(|w| cell == *w || cell.ends_with(w)) && cell.chars().count() <= 8
}

/// What the cells of an item's row say, by its table's headings (`headings`: the columns after the row's
/// label); with no headings, one cell in words (“未发生”, “无此项支出”) and no more.
fn row_said(items: Vec<&'static str>, cells: &[&str], headings: Option<Vec<Column>>, year: Option<u32>) -> Vec<(Vec<&'static str>, Boxes)> {
    let Some(headings) = headings.filter(|h| h.len() == cells.len()) else {
        let said = match cells {
            [cell] if !cell.starts_with(|c: char| c.is_ascii_digit()) => boxes_said(cell, year, None),
            _ => None,
        };
        return said.map(|boxes| vec![(items, boxes)]).unwrap_or_default();
    };
    let mut boxes = Boxes::default();
    for (cell, column) in cells.iter().zip(headings) {
        let none = is_none_cell(cell);
        match column {
            Column::Budget if none => boxes.budget = true,
            Column::Actual if none => boxes.actual = true,
            _ => {}
        }
    }
    if boxes == Boxes::default() {
        return Vec::new();
    }
    vec![(items, boxes)]
}

/// A cell under a 预算 or 决算 heading that says it holds nothing.
fn is_none_cell(cell: &str) -> bool {
    let cell = cell.trim_end_matches("万元");
    ["0", "0.0", "0.00", "0.000", "0.0000", "无", "未发生", "无此项支出", "未安排", "未安排预算", "零"].contains(&cell)
}

/// A tab-separated row naming items, read under the headings of the table's row that has them.
fn tab_row(lines: &[String], at: usize, year: Option<u32>) -> Vec<(Vec<&'static str>, Boxes)> {
    let Some(line) = lines.get(at) else { return Vec::new() };
    let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
    let Some((label, rest)) = cells.split_first() else { return Vec::new() };
    let Some(items) = items_alone(label) else { return Vec::new() };
    let table = lines[..at].iter().rev().take_while(|l| l.contains('\t'));
    let headings = table.map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>()).find(|cells| cells.first().is_some_and(|c| is_row_heading(c)));
    let headings = headings.map(|h| h.iter().skip(1).map(|c| column_of(c, year)).collect());
    row_said(items, rest, headings, year)
}

/// A table copied one cell a line: an item's name on its line, its cells on the lines after, read under the
/// headings that open the table (“项目⏎预算数⏎决算数”).
fn cell_per_line_row(lines: &[String], at: usize, items: Vec<&'static str>, year: Option<u32>) -> Vec<(Vec<&'static str>, Boxes)> {
    let cells: Vec<&str> = lines.iter().skip(at + 1).map(String::as_str).take_while(|l| is_value_cell(l)).collect();
    // Back over the rows above to the headings.
    let above = lines[..at].iter().rev().skip_while(|l| items_alone(l).is_some() || is_value_cell(l));
    let mut headings = Vec::new();
    let mut opened = false;
    for line in above.take_while(|l| is_heading_cell(l)) {
        if is_row_heading(line) {
            opened = true;
            break;
        }
        headings.push(column_of(line, year));
    }
    headings.reverse();
    let headings = opened.then_some(headings);
    row_said(items, &cells, headings, year)
}

/// A line that is one value of a table: a figure, a dash, or a word of none.
fn is_value_cell(line: &str) -> bool {
    let figure = !line.is_empty() && line.trim_end_matches("万元").chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    figure || is_none_cell(line) || ["—", "-", "/", "——"].contains(&line) || boxes_said(line, None, None).is_some()
}

/// A line that is one heading of a table: short words, no sentence.
fn is_heading_cell(line: &str) -> bool {
    let n = line.chars().count();
    (1..=12).contains(&n) && !line.contains(['。', '，', ',', '；']) && !is_value_cell(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::draft_from_text;

    /// The four items' (budget, actual) boxes of a draft started from `report`.
    fn boxes(report: &str) -> [(String, String); 4] {
        let draft = draft_from_text(report).draft;
        ALL_ITEMS.map(|item| (draft.get(&format!("{item}.budget")).to_string(), draft.get(&format!("{item}.actual")).to_string()))
    }

    fn pair(budget: &str, actual: &str) -> (String, String) {
        (budget.to_string(), actual.to_string())
    }

    const HEAD: &str = "某县林业局2024年度部门整体支出绩效自评报告\n";

    #[test]
    fn an_item_said_not_to_have_happened_is_0_spent_and_its_budget_left_unsaid() {
        let report = format!("{HEAD}（四）“三公”经费。\n因公出国（境）费：未发生。\n公务接待费本年度无此项支出。\n");
        let [abroad, purchase, running, reception] = boxes(&report);
        assert_eq!(abroad, pair("", "0"));
        assert_eq!(reception, pair("", "0"));
        assert_eq!((purchase, running), (pair("", ""), pair("", "")), "items not spoken of stay empty");
    }

    #[test]
    fn no_budget_and_no_spending_said_of_an_item_are_both_0() {
        let report = format!("{HEAD}公务用车购置费本年未安排预算，未发生支出；公务用车运行维护费预算和支出均为零。\n");
        let [_, purchase, running, _] = boxes(&report);
        assert_eq!(purchase, pair("0", "0"));
        assert_eq!(running, pair("0", "0"));
    }

    #[test]
    fn a_list_of_items_said_none_together_is_each_of_them() {
        let report = "某区文旅局2023年度部门整体支出绩效自评报告\n2023年度本单位因公出国（境）费、公务用车购置及运行维护费均未发生，公务接待费为0。\n";
        let [abroad, purchase, running, reception] = boxes(report);
        assert_eq!([abroad, purchase, running, reception], [pair("", "0"), pair("", "0"), pair("", "0"), pair("", "0")]);
    }

    #[test]
    fn last_years_none_is_not_this_years() {
        let report = format!("{HEAD}上年因公出国（境）费未发生。2023年公务接待费为0。“三公”经费较上年减少0.4万元，公务用车购置费未发生。\n");
        let [abroad, purchase, _, reception] = boxes(&report);
        assert_eq!(abroad, pair("", ""), "上年未发生 is last year's");
        assert_eq!(reception, pair("", ""), "2023 is not the year evaluated");
        assert_eq!(purchase, pair("", "0"), "a comparison with last year says this year's");
    }

    #[test]
    fn words_that_say_something_else_fill_nothing() {
        let report = format!("{HEAD}公务接待费未发生超标准接待。严格控制因公出国（境）费，无违规。公务用车运行维护费为0.5万元。公务用车购置费较上年无变化。\n");
        assert!(boxes(&report).iter().all(|(b, a)| b.is_empty() && a.is_empty()), "{:?}", boxes(&report));
    }

    #[test]
    fn a_tab_separated_table_is_read_under_its_headings() {
        let report = "某镇人民政府2024年度部门整体支出绩效自评报告\n“三公”经费情况表\n项目\t预算数\t决算数\t上年决算数\n因公出国（境）费\t0\t0\t0\n公务用车购置费\t未安排\t无\t12.5\n公务接待费\t3.00\t无\t0\n";
        let [abroad, purchase, running, reception] = boxes(report);
        assert_eq!(abroad, pair("0", "0"));
        assert_eq!(purchase, pair("0", "0"));
        assert_eq!(running, pair("", ""));
        assert_eq!(reception.1, "0", "its budget is the 3.00 the table gives, or empty: {reception:?}");
        assert_ne!(reception.0, "0");
    }

    #[test]
    fn a_tab_separated_row_without_headings_says_only_its_words() {
        let report = format!("{HEAD}因公出国（境）费\t未发生\n公务接待费\t0\n");
        let [abroad, .., reception] = boxes(&report);
        assert_eq!(abroad, pair("", "0"));
        assert_eq!(reception, pair("", ""), "a bare 0 with no heading: which column is not said");
    }

    #[test]
    fn a_table_one_cell_a_line_is_read_under_its_headings() {
        let report = "某区文旅局2024年度部门整体支出绩效自评报告\n“三公”经费明细\n项目\n预算数\n决算数\n因公出国（境）费\n0\n0\n公务用车运行维护费\n4.20\n3.96\n公务接待费\n2.00\n未发生\n";
        let [abroad, purchase, _, reception] = boxes(report);
        assert_eq!(abroad, pair("0", "0"));
        assert_eq!(purchase, pair("", ""));
        assert_eq!(reception.1, "0");
        assert_ne!(reception.0, "0");
    }

    #[test]
    fn an_items_name_alone_on_a_line_then_none_is_that_item() {
        let report = format!("{HEAD}1.公务用车购置费\n无此项支出\n");
        let [_, purchase, ..] = boxes(&report);
        assert_eq!(purchase, pair("", "0"));
    }

    #[test]
    fn the_words_of_none_are_read_whole() {
        assert_eq!(boxes_said("本年未发生", Some(2024), None), Some(ACTUAL));
        assert_eq!(boxes_said("2024年度均未发生支出", Some(2024), None), Some(ACTUAL));
        assert_eq!(boxes_said("未安排预算且未发生支出", None, None), Some(BOTH));
        assert_eq!(boxes_said("预算数和决算数均为0.00万元", None, None), Some(BOTH));
        assert_eq!(boxes_said("为0", None, Some(BUDGET)), Some(BUDGET));
        assert_eq!(boxes_said("为0.5万元", None, Some(ACTUAL)), None);
        assert_eq!(boxes_said("为10", None, Some(ACTUAL)), None);
        assert_eq!(boxes_said("未发生超标准接待", None, None), None);
        assert_eq!(items_named("本单位因公出国（境）费"), Some(vec!["sangong.abroad"]));
        assert_eq!(items_named("“三公”经费"), Some(ALL_ITEMS.to_vec()));
        assert_eq!(items_named("严格控制因公出国（境）费"), None);
    }

    #[test]
    fn items_named_after_the_words_of_none_or_run_on_from_figures_are_read() {
        let report = "某县档案馆2022年度部门整体支出绩效自评报告\n本年实际支出9.86万元，全部为公务用车运行维护费7.26万元和公务接待费2.60万元，未发生因公出国（境）费用和公务用车购置费用。\n";
        let [abroad, purchase, running, _] = boxes(report);
        assert_eq!((abroad, purchase), (pair("", "0"), pair("", "0")));
        assert_ne!(running.1, "0");
        let report = format!("{HEAD}实际支出5.12万元，其中公务用车运行维护费3.20万元、公务接待费1.92万元、因公出国（境）费为0。全年无公务用车购置费支出。\n");
        let [abroad, purchase, ..] = boxes(&report);
        assert_eq!((abroad, purchase), (pair("", "0"), pair("", "0")));
    }

    #[test]
    fn a_figure_read_for_an_item_is_not_overwritten() {
        let report = format!("{HEAD}2024年“三公”经费预算4.00万元，实际支出3.10万元，其中：公务用车运行维护费2.30万元，公务接待费0.80万元。公务接待费：无。\n");
        let [.., reception] = boxes(&report);
        assert_eq!(reception.1, "0.8");
    }
}
