//! A “三公” item the report says spent nothing, in so many words (“因公出国（境）费：未发生。”, “公务用车购置费本年
//! 未安排预算，未发生支出”, “因公出国（境）费、公务用车购置费均未发生”, a table's “无此项支出” cell): 0 in that item's
//! boxes of a new draft, so the clerk does not wonder whether it was forgotten. Only this year's (“上年未发生” is
//! last year's) — and last year's spending too where one sentence says it of both years at once —, only the box the words name (“未发生” is the 决算; the 预算 only where it is said none too), and only
//! where no figure was read for it: a box the report does not fill stays empty. One sentence may say it of several
//! items (“全年未发生公务接待和出国（境）费用”), of the cars (“本单位无公务用车”: neither bought nor run; “未购置公务
//! 用车”: none bought), or of the budget (“未安排因公出国（境）和公务接待经费”). A figure the report gives the item
//! elsewhere (“一季度未发生公务接待费” then the year's 1.20万元) puts the none in doubt: the box stays empty, said
//! in the notes, as is each 0 filled and the words it came from.

use rust_decimal::Decimal;

use super::draft_sangong::{item_of, Placed, ITEMS as ALL_ITEMS};
use crate::core::draft::fields::label_of;
use crate::core::draft::Draft;


/// Which of an item's boxes the words say hold nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Boxes {
    pub(super) budget: bool,
    pub(super) actual: bool,
}

pub(super) const BUDGET: Boxes = Boxes { budget: true, actual: false };
pub(super) const ACTUAL: Boxes = Boxes { budget: false, actual: true };
pub(super) const BOTH: Boxes = Boxes { budget: true, actual: true };

impl Boxes {
    fn has(self, column: &str) -> bool {
        match column {
            "budget" => self.budget,
            _ => self.actual,
        }
    }
}

/// What some words say of some items: which of their boxes hold nothing.
#[derive(Debug, Clone)]
pub(super) struct Said {
    pub(super) items: Vec<&'static str>,
    pub(super) boxes: Boxes,
    /// The words as written, for the notes.
    pub(super) words: String,
    /// Said of last year too, at once (“2025年度及2024年度均未发生…”): last year's spending on them none as well.
    pub(super) last_year: bool,
}

/// The “三公” whole, where a figure is said of it: a none said of all four items is then in doubt.
pub(super) const WHOLE: &str = "sangong";

/// Fills with 0 each box of this year's “三公” items that `pasted` says is none and the draft has empty, unless
/// the report gives that box a figure elsewhere; the notes say where each 0 came from, and which none was left
/// in doubt. `year` is the year evaluated, if known.
pub fn fill(draft: &mut Draft, pasted: &str, year: Option<u32>) -> Placed {
    let lines = joined_lines(pasted);
    let stated = super::draft_sangong_stated::figures_stated(&lines, year);
    let mut placed = Placed::default();
    // Each quote with the boxes it filled, in the order read.
    let mut zeros: Vec<(String, Vec<String>)> = Vec::new();
    let mut doubted: Vec<(String, String)> = Vec::new();
    for said in said_none(&lines, year) {
        let whole = said.items.len() == ALL_ITEMS.len();
        for item in &said.items {
            for column in ["budget", "actual"].into_iter().filter(|c| said.boxes.has(c)) {
                let id = format!("{item}.{column}");
                if !draft.get(&id).is_empty() {
                    continue;
                }
                let figured = stated.iter().any(|(items, boxes)| boxes.has(column) && items.iter().any(|i| i == item || (whole && *i == WHOLE)));
                if figured {
                    if !doubted.iter().any(|(doubted, _)| *doubted == id) {
                        doubted.push((id, said.words.clone()));
                    }
                } else if draft.set(&id, "0").is_ok() {
                    placed.filled += 1;
                    match zeros.iter_mut().find(|(words, _)| *words == said.words) {
                        Some((_, ids)) => ids.push(id),
                        None => zeros.push((said.words.clone(), vec![id])),
                    }
                }
            }
        }
        // Last year's boxes are read from its figures before: one still empty is said none here.
        if said.last_year && said.boxes.actual {
            let empty: Vec<String> = said.items.iter().map(|item| format!("{item}.last_actual")).filter(|id| draft.get(id).is_empty()).collect();
            let filled: Vec<String> = empty.into_iter().filter(|id| draft.set(id, "0").is_ok()).collect();
            placed.filled += filled.len();
            match zeros.iter_mut().find(|(words, _)| *words == said.words) {
                Some((_, ids)) => ids.extend(filled),
                None if !filled.is_empty() => zeros.push((said.words.clone(), filled)),
                None => {}
            }
        }
    }
    let labels = |ids: &[String]| ids.iter().map(|id| label_of(id)).collect::<Vec<_>>().join("、");
    for (words, ids) in zeros {
        placed.notes.push(format!("“三公”经费分项：报告写“{words}”，{}填为0，请核对", labels(&ids)));
    }
    for (id, words) in doubted.into_iter().filter(|(id, _)| draft.get(id).is_empty()) {
        placed.notes.push(format!("{}：报告写“{words}”，别处又写有此项金额，未填；请核对后填写", label_of(&id)));
    }
    placed
}

/// Every statement in the report's `lines` of items with nothing in some box: in prose and in tables,
/// tab-separated or one cell a line.
fn said_none(lines: &[String], year: Option<u32>) -> Vec<Said> {
    let mut said = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if line.contains('\t') {
            let words = quoted(&line.replace('\t', " "));
            said.extend(tab_row(lines, at, year).into_iter().map(|(items, boxes)| Said { items, boxes, words: words.clone(), last_year: false }));
        } else if let Some(items) = items_alone(line) {
            let cells: Vec<&str> = lines.iter().skip(at + 1).map(String::as_str).take_while(|l| is_value_cell(l)).collect();
            let words = quoted(&format!("{line} {}", cells.join(" ")));
            said.extend(cell_per_line_row(lines, at, items, year).into_iter().map(|(items, boxes)| Said { items, boxes, words: words.clone(), last_year: false }));
        } else {
            said.extend(prose(line, year));
        }
    }
    said
}

/// The report's lines, cleaned; a line broken inside an item's name (“…，无因⏎公出国（境）费用。”, as a copy from a
/// PDF breaks it) joined to the next.
fn joined_lines(pasted: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in pasted.lines().map(cleaned) {
        match lines.last_mut() {
            Some(last) if splits_a_name(last, &line) => last.push_str(&line),
            _ => lines.push(line),
        }
    }
    lines
}

/// Whether an item's name (or the “三公”'s) starts at the end of `before` and goes on at the start of `after`.
fn splits_a_name(before: &str, after: &str) -> bool {
    const NAMES: [&str; 5] = ["因公出国", "公务接待", "公务用车", "三公经费", "出国（境）"];
    let in_prose = !before.contains('\t') && !after.contains('\t');
    in_prose && NAMES.iter().any(|name| name.char_indices().skip(1).any(|(at, _)| before.ends_with(&name[..at]) && after.starts_with(&name[at..])))
}

/// Words quoted in a note: at most a long sentence's length.
fn quoted(words: &str) -> String {
    const MOST: usize = 60;
    if words.chars().count() <= MOST {
        return words.trim().to_string();
    }
    format!("{}…", words.chars().take(MOST).collect::<String>().trim())
}

/// A line without the blanks a copy leaves between characters, its digits half-width, without the commas
/// between thousands (“10,000.00元” is one figure, not “10” and a none “000.00元”).
pub(super) fn cleaned(line: &str) -> String {
    let half = |c: char| if ('０'..='９').contains(&c) { char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c) } else { c };
    let chars: Vec<char> = line.chars().filter(|c| !matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\r')).map(half).map(|c| if c == '．' { '.' } else { c }).collect();
    let thousands = |at: usize| {
        let digit = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_some_and(char::is_ascii_digit);
        chars.get(at) == Some(&',') && digit(at.checked_sub(1)) && (1..=3).all(|n| digit(Some(at + n))) && !digit(Some(at + 4))
    };
    chars.iter().enumerate().filter(|(at, _)| !thousands(*at)).map(|(_, c)| *c).collect()
}

// ——— Names ———

/// Words a list of items is joined by.
const JOINS: [char; 4] = ['、', '和', '及', '与'];

/// The items a subject names (“因公出国（境）费”, “因公出国（境）费、公务用车购置费”, “公务用车购置及运行维护费” —
/// both car items —, “三公”经费 — all four, “公务接待和出国（境）费” — one 费 for the list), with nothing before
/// the first but a heading's number, “其中”, the unit or the year; none where any part of it is no item.
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
        if piece.chars().count() > 14 || !(piece.ends_with('费') || ITEM_ENDS.iter().any(|w| piece.ends_with(w))) {
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

/// How an item's name ends where a list of items shares one 费 (“公务接待和出国（境）费用”, “因公出国（境）及公务接待
/// 支出”): its own words.
const ITEM_ENDS: [&str; 7] = ["接待", "出国（境）", "出国(境)", "出国", "购置", "运行维护", "运维"];

/// The items a list names that may not end on 费 (“未发生因公出国（境）及公务接待”): read as if it did.
fn items_named_bare(list: &str) -> Option<Vec<&'static str>> {
    if ITEM_ENDS.iter().any(|w| list.ends_with(w)) {
        return items_named(&format!("{list}费"));
    }
    items_named(list)
}

/// Words that may stand before an item's name and say nothing of it: a heading's number, “其中”, the unit (“本馆”,
/// “该中心”), the year (which year is judged apart), “也”.
pub(super) fn is_preamble(words: &str) -> bool {
    const WORDS: [&str; 22] = ["本年度", "本年", "当年", "全年", "上年度", "上年", "年度", "其中", "本单位", "本部门", "我单位", "我局", "本局", "单位", "部门", "人民政府", "中心", "目前", "现", "也", "亦", "年"];
    const UNITS: [&str; 14] = ["中心", "政府", "馆", "局", "院", "室", "站", "所", "园", "校", "镇", "乡", "办", "队"];
    // A preamble is a few words: a long run before an item's name is a sentence of its own, read no further.
    if words.chars().count() > 24 {
        return false;
    }
    let units = UNITS.iter().flat_map(|unit| ["本", "该", "我"].map(|this| format!("{this}{unit}")));
    let rest = units.fold(words.to_string(), |s, w| s.replace(&w, ""));
    let rest = WORDS.iter().fold(rest, |s, w| s.replace(w, ""));
    rest.chars().all(|c| c.is_ascii_digit() || ".、()（）①②③④⑤⑥⑦⑧⑨⑩一二三四五六七八九十:：".contains(c))
}

/// A line that is only the name of items: a table's row label, one cell a line.
pub(super) fn items_alone(line: &str) -> Option<Vec<&'static str>> {
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

/// Words that name the year before the one evaluated; a comparison with it (“较上年”, “与上年同期相比”) is not
/// about it, but “上年同期也未发生” is.
pub(super) fn speaks_of_another_year(words: &str, year: Option<u32>) -> bool {
    let compared = ["较上年同期", "比上年同期", "与上年同期", "同比上年", "较上年", "比上年", "与上年"];
    let words = compared.iter().fold(words.to_string(), |s, w| s.replace(w, ""));
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

/// What separates the clauses of a sentence.
pub(super) const CLAUSE_ENDS: [char; 4] = ['，', ',', ':', '：'];

/// The items a line's sentences say are none: each clause names items and what of them (“因公出国（境）费未发生”),
/// or says it of the items its sentence named last (“公务用车购置费本年未安排预算，未发生支出”, “因公出国（境）费：
/// 未发生”). Each with its words, from the clause naming the items to the one saying none.
fn prose(line: &str, year: Option<u32>) -> Vec<Said> {
    let mut said = Vec::new();
    for written in line.split(['。', '；', ';', '！']) {
        // “2025年度及2024年度均未发生…”: said of both years at once — read as this year's, and last year's too.
        let both = of_both_years(written, year);
        let sentence = both.as_deref().unwrap_or(written);
        let mut named: Option<(Vec<&'static str>, usize)> = None;
        let mut start = 0;
        for piece in sentence.split_inclusive(CLAUSE_ENDS) {
            let clause = piece.trim_end_matches(CLAUSE_ENDS);
            let (at, end) = (start, start + clause.len());
            start += piece.len();
            let (items, what) = match subject(clause) {
                Some((items, what, from)) => (Some((items, at + from)), what),
                None => (None, What::Words(clause)),
            };
            if let Some(items) = items {
                named = Some(items);
            }
            let Some((items, from)) = named.as_ref() else { continue };
            let (before, so_far) = (sentence.get(..at).unwrap_or_default(), sentence.get(..end).unwrap_or_default());
            if speaks_of_another_year(so_far, year) {
                continue;
            }
            let boxes = match what {
                What::None(boxes) => Some(boxes),
                What::Words("") => None,
                What::Words(words) => boxes_said(words, year, Some(box_spoken_of(before))),
            };
            if let Some(boxes) = boxes {
                let words = if both.is_some() { quoted(written) } else { quoted(sentence.get(*from..end).unwrap_or(clause)) };
                said.push(Said { items: items.clone(), boxes, words, last_year: both.is_some() });
            }
        }
    }
    said
}

/// A sentence that says its none of the year evaluated and the year before at once (“2025年度及2024年度均…”,
/// “本年和上年均…”, “近两年均…”): without those words, to be read as this year's. `None` where it does not.
fn of_both_years(sentence: &str, year: Option<u32>) -> Option<String> {
    // Said of both only with 均 or 都 after the years: most sentences are done with before any phrase is built.
    if !sentence.contains(['均', '都']) {
        return None;
    }
    let mut pairs: Vec<String> = ["本年度", "本年", "当年"].iter().flat_map(|this| ["上年度", "上年"].map(|last| format!("{this}{{}}{last}"))).collect();
    if let Some((this, last)) = year.zip(year.and_then(|y| y.checked_sub(1))) {
        for (first, second) in [(this, last), (last, this)] {
            pairs.extend([format!("{first}年度{{}}{second}年度"), format!("{first}年{{}}{second}年"), format!("{first}{{}}{second}年度"), format!("{first}{{}}{second}年")]);
        }
    }
    let joined = pairs.iter().flat_map(|pair| ["及", "和", "与", "、"].map(|join| pair.replace("{}", join)));
    let phrases = joined.chain(["近两年", "两年"].map(String::from));
    phrases.into_iter().find_map(|phrase| {
        let at = sentence.find(&phrase)?;
        let rest = sentence.get(at + phrase.len()..)?;
        let rest = ["均", "都"].iter().find_map(|w| rest.strip_prefix(w))?;
        Some(format!("{}{rest}", sentence.get(..at)?))
    })
}

/// What a clause says after naming its items: words to read, or (where the none came first) the boxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What<'a> {
    Words(&'a str),
    None(Boxes),
}

/// A clause's items and the words after them: its name ends on 费 (费用, 经费), the last such end that names
/// only items. A list run on from the figures before it (“…公务接待费1.92万元、因公出国（境）费为0”) starts
/// after a “、”. Items after the words (“未发生因公出国（境）费用和公务用车购置费用”, “未安排…经费”) are said none
/// of the box those words name; a unit with no cars (“本单位无公务用车”) spent nothing on them. With where in the
/// clause its words start, for the notes.
fn subject(clause: &str) -> Option<(Vec<&'static str>, What<'_>, usize)> {
    if let Some(items) = super::draft_sangong_cars::none_of_cars(clause) {
        return Some((items, What::None(ACTUAL), 0));
    }
    if let Some((items, boxes)) = none_before_the_items(clause) {
        return Some((items, What::None(boxes), 0));
    }
    let starts: Vec<usize> = std::iter::once(0).chain(clause.match_indices('、').map(|(at, c)| at + c.len())).collect();
    let ends: Vec<usize> = clause.match_indices('费').map(|(at, c)| at + c.len()).collect();
    ends.into_iter().rev().find_map(|end| {
        let words = clause.get(end..)?;
        let words = words.strip_prefix('用').unwrap_or(words);
        let (items, start) = starts.iter().filter(|start| **start < end).find_map(|start| Some((items_named(clause.get(*start..end)?)?, *start)))?;
        Some((items, What::Words(words), start))
    })
}

/// “未发生因公出国（境）费用”, “全年无公务接待费支出”, “全年未发生公务接待和出国（境）费用”, “未安排因公出国（境）和
/// 公务接待经费”, “无因公出国（境）费预算”: the items a clause opening on its none names, and the box: 预算 where the
/// words speak of it (安排, 预算), else the spending.
fn none_before_the_items(clause: &str) -> Option<(Vec<&'static str>, Boxes)> {
    const OPENERS: [(&str, Boxes); 7] = [("未发生", ACTUAL), ("没有发生", ACTUAL), ("未产生", ACTUAL), ("未开支", ACTUAL), ("未安排", BUDGET), ("未编列", BUDGET), ("无", ACTUAL)];
    let (at, word, opened) = OPENERS.iter().filter_map(|(w, boxes)| clause.find(w).map(|at| (at, *w, *boxes))).min_by_key(|(at, ..)| *at)?;
    if !is_preamble(clause.get(..at)?) {
        return None;
    }
    let rest = clause.get(at + word.len()..)?;
    let rest = rest.strip_suffix('的').unwrap_or(rest);
    let (rest, boxes) = if let Some(rest) = rest.strip_suffix("预算") {
        // “无…预算”, “未安排…预算”; “未发生…预算” says nothing.
        (rest, (word == "无" || opened == BUDGET).then_some(BUDGET)?)
    } else if let Some(rest) = rest.strip_suffix("支出") {
        // “未安排…支出” may be either.
        (rest, (opened == ACTUAL).then_some(ACTUAL)?)
    } else {
        (rest, opened)
    };
    Some((items_named_bare(rest.strip_suffix('的').unwrap_or(rest))?, boxes))
}

/// The box the words before a bare “为0” speak of: the later of 预算 and the spending's words; 决算 where neither.
/// An aside in brackets (“18.24万元（预算19.80万元）：…”) does not change what the sentence speaks of.
fn box_spoken_of(before: &str) -> Boxes {
    let mut depth = 0_usize;
    let before: String = before
        .chars()
        .filter(|c| {
            let opens = matches!(c, '（' | '(');
            depth = if opens { depth + 1 } else if matches!(c, '）' | ')') { depth.saturating_sub(1) } else { depth };
            depth == 0 && !opens && !matches!(c, '）' | ')')
        })
        .collect();
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
pub(super) enum Column {
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
    row_said(items, rest, table_headings(lines, at, year), year)
}

/// What the columns after the row label hold, by the headings of the tab-separated table the row `at` is in.
pub(super) fn table_headings(lines: &[String], at: usize, year: Option<u32>) -> Option<Vec<Column>> {
    let table = lines.get(..at)?.iter().rev().take_while(|l| l.contains('\t'));
    let headings = table.map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>()).find(|cells| cells.first().is_some_and(|c| is_row_heading(c)))?;
    Some(headings.iter().skip(1).map(|c| column_of(c, year)).collect())
}

/// A table copied one cell a line: an item's name on its line, its cells on the lines after, read under the
/// headings that open the table (“项目⏎预算数⏎决算数”).
fn cell_per_line_row(lines: &[String], at: usize, items: Vec<&'static str>, year: Option<u32>) -> Vec<(Vec<&'static str>, Boxes)> {
    let cells: Vec<&str> = lines.iter().skip(at + 1).map(String::as_str).take_while(|l| is_value_cell(l)).collect();
    row_said(items, &cells, cell_headings(lines, at, year), year)
}

/// What the cells after the row label `at` hold, by the headings that open its table copied one cell a line.
pub(super) fn cell_headings(lines: &[String], at: usize, year: Option<u32>) -> Option<Vec<Column>> {
    // Back over the rows above to the headings.
    let above = lines.get(..at)?.iter().rev().skip_while(|l| items_alone(l).is_some() || is_value_cell(l));
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
    opened.then_some(headings)
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

    /// One sentence saying none of both years (the years named by number or by word): this year's box, and
    /// last year's spending on the item too; last year's alone is still not this year's.
    #[test]
    fn none_said_of_both_years_at_once_is_each_years() {
        let report = "某县气象局2023年度部门整体支出绩效自评报告\n2023年和2022年均未发生公务用车购置费。本年及上年都无公务接待费支出。\n";
        let [_, purchase, _, reception] = boxes(report);
        assert_eq!((purchase, reception), (pair("", "0"), pair("", "0")));
        let draft = draft_from_text(report).draft;
        assert_eq!([draft.get("sangong.car_purchase.last_actual"), draft.get("sangong.reception.last_actual"), draft.get("sangong.abroad.last_actual")], ["0", "0", ""]);
        let budgeted = draft_from_text("某县气象局2023年度部门整体支出绩效自评报告\n2023年度及2022年度均未安排因公出国（境）费预算。\n").draft;
        assert_eq!([budgeted.get("sangong.abroad.budget"), budgeted.get("sangong.abroad.last_actual")], ["0", ""], "a budget said none is no spending of last year's");
    }

    /// A copy from a PDF breaks a line inside an item's name: the two lines are read as one.
    #[test]
    fn an_items_name_broken_across_lines_is_read_whole() {
        let report = format!("{HEAD}“三公”经费实际支出2.30万元，全部为公务用车运行维护费，全年未发生公务接\n待费。\n");
        let [.., reception] = boxes(&report);
        assert_eq!(reception, pair("", "0"));
        let apart = format!("{HEAD}（三）公务接\n待费执行情况良好。\n");
        assert_eq!(boxes(&apart)[3], pair("", ""));
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

    /// The notes of a draft started from `report` that speak of the “三公” items.
    fn notes(report: &str) -> Vec<String> {
        draft_from_text(report).notes.into_iter().filter(|n| n.contains("三公") || n.contains("费决算") || n.contains("费预算")).collect()
    }

    #[test]
    fn several_items_said_none_in_one_sentence_are_each_0_spent() {
        let head = "某区水利局2024年度部门整体支出绩效自评报告\n";
        for sentence in ["全年未发生公务接待和因公出国（境）费用。", "2024年因公出国（境）费、公务接待费均未发生。", "本局未发生因公出国（境）及公务接待支出。", "出国费和接待费支出均为零。", "全年没有发生公务接待及出国（境）费。"] {
            let [abroad, purchase, running, reception] = boxes(&format!("{head}{sentence}\n"));
            assert_eq!((abroad, reception), (pair("", "0"), pair("", "0")), "{sentence}");
            assert_eq!((purchase, running), (pair("", ""), pair("", "")), "{sentence}: the cars are not spoken of");
        }
        // A sentence among others in a paragraph, the items' figures given before it.
        let report = format!("{head}（三）“三公”经费。本局2024年“三公”经费预算6.00万元，实际支出5.14万元，主要为公务用车运行维护费4.30万元和公务接待费0.84万元，严格执行中央八项规定精神，全年未发生因公出国（境）和公务用车购置费用。\n");
        let [abroad, purchase, running, reception] = boxes(&report);
        assert_eq!((abroad, purchase), (pair("", "0"), pair("", "0")));
        assert_ne!(running.1, "0");
        assert_ne!(reception.1, "0");
    }

    #[test]
    fn a_none_of_the_budget_is_the_budget_and_of_the_spending_the_spending() {
        let head = "某县档案馆2023年度部门整体支出绩效自评报告\n";
        let [abroad, purchase, _, reception] = boxes(&format!("{head}本馆未安排因公出国（境）和公务接待经费。\n"));
        assert_eq!((abroad, reception), (pair("0", ""), pair("0", "")), "未安排 says the budget, not what was spent");
        assert_eq!(purchase, pair("", ""));
        let [abroad, ..] = boxes(&format!("{head}无因公出国（境）费预算。\n"));
        assert_eq!(abroad, pair("0", ""));
        // “未发生…预算” and “未安排…支出” say nothing one can be sure of.
        assert!(boxes(&format!("{head}未发生因公出国（境）费预算。未安排公务接待支出。\n")).iter().all(|(b, a)| b.is_empty() && a.is_empty()));
    }

    #[test]
    fn a_unit_with_no_cars_spent_nothing_on_them_and_one_that_bought_none_nothing_on_buying() {
        let head = "某镇人民政府2024年度部门整体支出绩效自评报告\n";
        for sentence in ["本镇人民政府无公务用车。", "单位未配备公务用车，未发生公务用车运行维护费。", "公务用车购置及运行维护费0万元。", "“三公”经费支出1.35万元，全部为公务接待费；我镇没有公务用车。"] {
            let [abroad, purchase, running, _] = boxes(&format!("{head}{sentence}\n"));
            assert_eq!((purchase, running), (pair("", "0"), pair("", "0")), "{sentence}");
            assert_eq!(abroad, pair("", ""), "{sentence}");
        }
        let [_, purchase, running, _] = boxes(&format!("{head}公务用车运行维护费3.62万元，当年未购置公务用车。\n"));
        assert_eq!(purchase, pair("", "0"));
        assert_ne!(running.1, "0", "bought none says nothing of the running");
        let [_, purchase, running, _] = boxes(&format!("{head}全年未购置公务用车。\n"));
        assert_eq!((purchase, running), (pair("", "0"), pair("", "")));
        // Words of the cars that are no none of their spending.
        let [_, purchase, running, _] = boxes(&format!("{head}现有公务用车2辆。严格公务用车管理，无公务用车购置计划外支出。上年无公务用车。\n"));
        assert_eq!((purchase, running), (pair("", ""), pair("", "")));
    }

    #[test]
    fn both_cars_as_one_figure_are_split_only_where_it_is_0() {
        let head = "某区水利局2024年度部门整体支出绩效自评报告\n";
        let report = format!("{head}2024年“三公”经费预算2.50万元，实际支出2.08万元，其中公务接待费2.08万元，公务用车购置及运行维护费0万元。\n");
        let started = draft_from_text(&report);
        assert_eq!(["sangong.car_purchase.actual", "sangong.car_running.actual"].map(|id| started.draft.get(id)), ["0", "0"]);
        assert!(!started.notes.iter().any(|n| n.contains("无一项与之对应")), "{:?}", started.notes);
        let report = format!("{head}2024年“三公”经费预算6.00万元，实际支出5.30万元，其中公务接待费1.20万元，公务用车购置及运行维护费4.10万元，本局无公务用车。\n");
        let started = draft_from_text(&report);
        assert_eq!(["sangong.car_purchase.actual", "sangong.car_running.actual"].map(|id| started.draft.get(id)), ["", ""], "{:?}", started.notes);
        assert!(started.notes.iter().any(|n| n.starts_with("公务用车购置费决算：报告写“本局无公务用车”，别处又写有此项金额，未填")), "{:?}", started.notes);
    }

    #[test]
    fn a_figure_the_report_gives_the_item_wins_over_its_none() {
        let head = "某县档案馆2024年度部门整体支出绩效自评报告\n";
        let report = format!("{head}一季度未发生公务接待费。全年公务接待费支出1.26万元，较上年减少0.20万元。\n");
        assert_eq!(boxes(&report)[3].1, "", "a quarter's none is no year's");
        let report = format!("{head}本馆未发生公务接待费。\n……\n其中公务接待费实际支出0.96万元。\n");
        let [.., reception] = boxes(&report);
        assert_ne!(reception.1, "0");
        assert!(notes(&report).iter().any(|n| n.starts_with("公务接待费决算：报告写“本馆未发生公务接待费”，别处又写有此项金额，未填")), "{:?}", notes(&report));
        // The budget given says nothing of the spending; a change or another year's figure is no figure of it.
        let report = format!("{head}公务接待费预算1.00万元，本年未发生支出。因公出国（境）费较上年减少2.00万元，本年未发生。上年公务用车购置费12.00万元，本年未发生公务用车购置费。\n");
        let [abroad, purchase, _, reception] = boxes(&report);
        assert_eq!((abroad.1.as_str(), purchase.1.as_str(), reception.1.as_str()), ("0", "0", "0"));
        assert_ne!(reception.0, "0");
    }

    #[test]
    fn last_years_none_beside_this_years_fills_nothing() {
        let head = "某区水利局2024年度部门整体支出绩效自评报告\n";
        let report = format!("{head}公务接待费支出0.62万元，上年同期也未发生。因公出国（境）费上年同期未发生。2023年未发生公务接待和出国（境）费用。\n");
        let [abroad, .., reception] = boxes(&report);
        assert_eq!(abroad, pair("", ""));
        assert_ne!(reception.1, "0");
        // “与上年同期相比” compares: the none is this year's.
        let [abroad, ..] = boxes(&format!("{head}与上年同期相比，因公出国（境）费未发生。\n"));
        assert_eq!(abroad, pair("", "0"));
    }

    #[test]
    fn each_0_is_said_in_the_notes_with_the_words_it_came_from() {
        let report = "某镇人民政府2024年度部门整体支出绩效自评报告\n本镇人民政府无公务用车，全年未发生公务接待和出国（境）费用。\n";
        let notes = notes(report);
        assert!(notes.contains(&"“三公”经费分项：报告写“本镇人民政府无公务用车”，公务用车购置费决算、公务用车运行维护费决算填为0，请核对".to_string()), "{notes:?}");
        assert!(notes.contains(&"“三公”经费分项：报告写“全年未发生公务接待和出国（境）费用”，公务接待费决算、因公出国（境）费决算填为0，请核对".to_string()), "{notes:?}");
    }

    #[test]
    fn a_figure_with_thousands_commas_is_one_figure_not_a_none() {
        // “12,000.00元” read as “12” and “000.00元” once put 0 in every item's budget.
        let report = "某县档案馆2024年度部门整体支出绩效自评报告\n“三公”经费本年预算12,000.00元，本年实际支出9,460.00元，全部为公务接待费。\n";
        assert!(boxes(report).iter().all(|(budget, _)| budget.is_empty()), "{:?}", boxes(report));
    }

    #[test]
    fn a_budget_in_brackets_beside_the_spending_leaves_the_none_the_spendings() {
        let report = "某县档案馆2024年度部门整体支出绩效自评报告\n“三公”经费9.60万元（预算10.00万元）：公务用车运行维护费7.10万元，公务接待费2.50万元，因公出国（境）费和公务用车购置费为零。\n";
        let [abroad, purchase, ..] = boxes(report);
        assert_eq!((abroad, purchase), (pair("", "0"), pair("", "0")));
        // The note quotes the items' own words, not the figures before them in the clause.
        let report = "某县档案馆2024年度部门整体支出绩效自评报告\n其中公务用车运行维护费2.54万元、公务接待费0.38万元、因公出国（境）费零。\n";
        assert!(notes(report).iter().any(|n| n.starts_with("“三公”经费分项：报告写“因公出国（境）费零”")), "{:?}", notes(report));
    }

    #[test]
    fn a_long_run_of_words_before_an_items_name_is_no_preamble() {
        assert!(is_preamble("2024年度本馆"));
        assert!(!is_preamble(&"2024年度".repeat(5)), "a preamble is a few words: a long run is read no further");
    }
}
