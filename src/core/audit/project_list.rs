//! “项目支出839.15万元，具体为：⏎1.甲项目：预算数620.00万元，实际支出612.40万元；⏎2.乙项目：…”: the projects
//! listed one by one after the 项目支出 and a colon, numbered 1, 2, 3 … alike, each with its own spending
//! (and mostly its budget). What they spent must make the 项目支出; what they were budgeted, the projects'
//! budget stated between the two (“项目支出…，项目预算1,776.00万元，执行率…。具体项目如下：”).
//! A list of the main projects only (主要项目, 重点项目, …等) is some of them: wrong only above the total.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::labels::without_numbering;
use super::numbers::{Number, Unit};
use super::parts::{Part, Parts};
use super::text::BREAK;
use super::verdicts::{Judged, Shown};
use super::Verdict;

/// How many characters may stand between the 项目支出 and the colon opening its list: its budget and rate.
const INTRO_CHARS: usize = 60;
/// Words that make a list some of the projects only.
const SOME_ONLY: [&str; 5] = ["主要", "重点", "部分", "等", "其中包括"];
/// Labels of what an item spent (not “执行率”).
const SPENT: [&str; 8] = ["支出", "执行数", "执行", "使用", "拨付", "支付", "决算", "完成"];

/// One project of the list: its name (normalised range), budget if given, and what it spent.
struct Listed {
    name: Range<usize>,
    budget: Option<Decimal>,
    spent: Decimal,
}

/// The list after a 项目支出 ending at `total_end`.
struct ProjectList {
    items: Vec<Listed>,
    partial: bool,
    /// Between the total and the colon opening the list.
    intro: Range<usize>,
    /// Where the last item ends.
    end: usize,
    /// How its items are numbered (“1.”, “（1）”, “①”).
    style: Numbering,
}

/// An item's opening and closing marks (“（”, “）”; none, “.”; none, “①” for circled numbers; none, “是” for
/// “一是”; none, “；” — the mark that parts them — for items not numbered).
type Numbering = (Option<char>, char);

/// Items not numbered, one after another up to the sentence's end: “主要为：甲经费，预算…，支出…；乙经费，…”.
const UNNUMBERED: Numbering = (None, '；');

/// Who reads a list. A new draft takes lists the audit leaves alone — numbered “一是…二是…”, or not numbered
/// at all — since a project row missed costs the clerk its typing, while a sum the audit claims wrong costs trust.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    Audit,
    Draft,
}

/// The projects listed after the 项目支出 ending at `total_end`, each with its name (normalised range), its
/// budget where the item gives it and its spending (for a new draft's project rows).
pub fn items(text: &str, numbers: &[Number], total_end: usize) -> Vec<(Range<usize>, Option<Decimal>, Decimal)> {
    read(text, numbers, total_end, Reader::Draft).map(named_figures).unwrap_or_default()
}

/// The projects listed under a line that announces them (“项目支出情况。各项目预算数与实际支出如下：”), the
/// 项目支出 stated elsewhere or not at all, as [`items`] gives them.
pub fn announced_items(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Option<Decimal>, Decimal)> {
    announced_list(text, numbers, Reader::Draft).map(|(list, _)| named_figures(list)).unwrap_or_default()
}

fn named_figures(list: ProjectList) -> Vec<(Range<usize>, Option<Decimal>, Decimal)> {
    list.items.into_iter().map(|item| (item.name, item.budget, item.spent)).collect()
}

/// What the projects listed after the 项目支出 ending at `total_end` spent, each a part of it.
pub fn spending(text: &str, numbers: &[Number], total_end: usize) -> Option<Parts> {
    let list = read(text, numbers, total_end, Reader::Audit)?;
    let items = list.items.iter().map(|item| Part { name: item.name.clone(), value: item.spent }).collect();
    Some(Parts { items, partial: list.partial })
}

/// What the projects spent, listed under a line that announces them without a figure (“项目支出共5个项目，
/// 具体如下：”), the 项目支出 itself stated before: each a part of it. A count fewer than the items listed
/// (“共8个项目，主要如下”, five listed) makes the list some of them.
pub fn announced(text: &str, numbers: &[Number]) -> Option<Parts> {
    let (list, intro) = announced_list(text, numbers, Reader::Audit)?;
    let counted = projects_counted(intro).is_some_and(|count| count > list.items.len());
    let items = list.items.iter().map(|item| Part { name: item.name.clone(), value: item.spent }).collect();
    Some(Parts { items, partial: list.partial || counted })
}

/// The first list announced under a line of its own (see [`announced`]), with the line's words before its colon.
fn announced_list<'t>(text: &'t str, numbers: &[Number], reader: Reader) -> Option<(ProjectList, &'t str)> {
    // Line by line, each line's first 项目支出 only: one further along has words before it on its line, so
    // opens nothing — and a long line is not scanned again for each of its 项目支出.
    let mut next_line = 0;
    text.split_inclusive(BREAK).find_map(|whole| {
        let line_start = next_line;
        next_line += whole.len();
        let label = "项目支出";
        let at = line_start + whole.find(label)?;
        let total_end = at + label.len();
        let line = text.get(total_end..line_start + whole.trim_end_matches(BREAK).len())?;
        let intro = &line[..line.find(':')?];
        // The line opens on the label (its number aside) and states no figure of its own.
        let opening = without_numbering(text.get(line_start..at)?).trim().is_empty();
        let figure = numbers.iter().any(|n| total_end <= n.start && n.end <= total_end + intro.len() && n.unit == Unit::Wan);
        if !opening || figure || !announces(intro) {
            return None;
        }
        Some((read(text, numbers, total_end, reader)?, intro))
    })
}

/// Whether the words between a line's 项目支出 and its colon announce a list: “…如下：”, or the list's own
/// heading (“项目支出明细：”, “项目支出明细如下：”, “项目支出分项情况：”).
fn announces(intro: &str) -> bool {
    intro.contains("如下") || ["明细", "明细表", "分项情况", "分项目情况", "清单"].contains(&intro.trim())
}

/// The N of “共N个项目” / “N个项目”, if said.
fn projects_counted(intro: &str) -> Option<usize> {
    let before = &intro[..intro.find("个项目")?];
    let digits: String = before.chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
    digits.parse().ok()
}

/// The projects' budget stated between the 项目支出 ending at `total_end` and its list, judged on what the
/// listed projects were budgeted: the budget's range and the judgement.
pub fn budget_judged(text: &str, numbers: &[Number], total_end: usize) -> Option<(Range<usize>, Judged)> {
    let list = read(text, numbers, total_end, Reader::Audit)?;
    let stated = numbers.iter().filter(|n| n.unit == Unit::Wan && list.intro.start <= n.start && n.end <= list.intro.end).find(|n| {
        let label = clause_label(text, list.intro.start, n.start);
        label.contains("预算") && !label.contains("执行")
    })?;
    let budgets: Vec<(&str, Decimal)> = list.items.iter().map(|item| Some((text.get(item.name.clone())?, item.budget?))).collect::<Option<_>>()?;
    let sum = budgets.iter().try_fold(Decimal::ZERO, |sum, (_, value)| sum.plus(*value))?;
    if list.partial && sum <= stated.value {
        return None;
    }
    let label_at = stated.start - clause_label(text, list.intro.start, stated.start).len();
    let shown = Shown::of("万元", false, budgets.iter().map(|(_, v)| *v).chain([stated.value, sum]));
    let formula: Vec<String> = budgets.iter().map(|(name, value)| format!("{name}{}", shown.text(*value))).collect();
    let formula = formula.join("+");
    let range = label_at..stated.end;
    if sum == stated.value {
        return Some((range, Judged::new(Verdict::Ok, format!("项目预算{}={formula}（所列各项目的预算），相符", shown.text(sum)))));
    }
    let difference = stated.value.minus(sum)?.abs();
    let share = difference.divided_by(stated.value.abs().max(Decimal::ONE)).unwrap_or_default();
    let (written, summed) = (shown.text(stated.value), shown.text(sum));
    let judged = Judged::new(Verdict::Mismatch, format!("报告写项目预算{written}，所列各项目的预算之和为{summed}（{formula}），相差{}", shown.text(difference)))
        .off(share, format!("项目预算写{written}，所列各项目预算之和为{summed}"));
    Some((range, judged))
}

/// The sums stated on the line that closes a whole list of projects (“项目支出合计380.20万元。”, “项目预算合计
/// 145.00万元，实际支出合计139.50万元”): its budgets' sum, and its spending's, each judged on the items above it.
pub fn closing_sums(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, &'static str, Judged)> {
    let mut lists: Vec<ProjectList> = text.match_indices("项目支出").filter_map(|(at, label)| read(text, numbers, at + label.len(), Reader::Audit)).collect();
    lists.retain(|list| !list.partial);
    lists.dedup_by_key(|list| list.end);
    lists.iter().flat_map(|list| closing_line(text, numbers, list)).collect()
}

/// The sums stated on the line that opens a list of projects by counting them (“全年实施项目4个，预算合计
/// 480.00万元，决算数470.20万元。各项目情况：”), its count that of the items listed: each judged on the items
/// under it. (A line naming the 项目支出 is read as that total's list.)
pub fn opening_sums(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, &'static str, Judged)> {
    let mut judged = Vec::new();
    let mut start = 0;
    for line in text.split(BREAK) {
        let line_start = start;
        start += line.len() + BREAK.len_utf8();
        let Some(colon) = line.find(':') else { continue };
        let intro = &line[..colon];
        let Some(count) = projects_counted(intro).or_else(|| projects_counted_after(intro)) else { continue };
        if intro.contains("项目支出") || item_number(line).is_some() {
            continue;
        }
        let Some(list) = read(text, numbers, line_start, Reader::Audit).filter(|list| !list.partial && list.items.len() == count) else { continue };
        // Only what names a budget or a spending: “涉及资金…” is neither.
        let named = |n: &&Number| {
            let label = clause_label(text, line_start, n.start);
            label.contains("预算") || SPENT.iter().any(|w| label.contains(w))
        };
        let figures: Vec<&Number> = numbers.iter().filter(|n| n.unit == Unit::Wan && line_start <= n.start && n.end <= line_start + colon).filter(named).collect();
        let summed: Vec<&Listed> = list.items.iter().collect();
        judged.extend(figures_judged(text, line_start, &figures, &summed, "所列各项目"));
    }
    judged
}

/// The N of “项目N个” (“全年实施项目4个”), if said.
fn projects_counted_after(intro: &str) -> Option<usize> {
    let after = &intro[intro.find("项目")? + "项目".len()..];
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    after[digits.len()..].starts_with('个').then(|| digits.parse().ok()).flatten()
}

fn closing_line(text: &str, numbers: &[Number], list: &ProjectList) -> Vec<(Range<usize>, &'static str, Judged)> {
    let Some(line) = line_after(text, list.end) else { return vec![] };
    let Some(sentence) = text.get(line.clone()).map(|l| &l[..l.find('。').unwrap_or(l.len())]) else { return vec![] };
    let end = line.start + sentence.len();
    let figures: Vec<&Number> = numbers.iter().filter(|n| n.unit == Unit::Wan && line.start <= n.start && n.end <= end).collect();
    // A sum line: not an item of its own, “合计” before its first figure.
    let summing = figures.first().and_then(|first| text.get(line.start..first.start)).is_some_and(|words| ["合计", "共计", "总计"].iter().any(|w| words.contains(w)));
    if item_number(sentence).is_some() || !summing {
        return vec![];
    }
    // “其中①②两个项目…，预算合计…”: the sum of the items it names, not of the list.
    let words = figures.first().and_then(|first| text.get(line.start..first.start)).unwrap_or_default();
    let Some(summed) = summed_items(words, list) else { return vec![] };
    let whose = if summed.len() == list.items.len() { "所列各项目" } else { "所指各项目" };
    figures_judged(text, line.start, &figures, &summed, whose)
}

/// A line's `figures` (from `line_start`) judged as sums of the `summed` items: the first budget on
/// their budgets, the first spending on what they spent; rates and 结转结余 are no sums of theirs.
fn figures_judged(text: &str, line_start: usize, figures: &[&Number], summed: &[&Listed], whose: &'static str) -> Vec<(Range<usize>, &'static str, Judged)> {
    let (mut budget_done, mut spent_done) = (false, false);
    let mut judged = Vec::new();
    for figure in figures {
        let label = clause_label(text, line_start, figure.start);
        let label_at = figure.start - label.len();
        if label.contains('率') || label.contains("结余") || label.contains("结转") {
            continue;
        }
        if label.contains("预算") && !label.contains("执行") && !budget_done {
            budget_done = true;
            let budgets: Option<Vec<(Range<usize>, Decimal)>> = summed.iter().map(|item| Some((item.name.clone(), item.budget?))).collect();
            if let Some(verdict) = budgets.and_then(|budgets| sum_judged(text, figure.value, &budgets, ("项目预算", whose, "预算"))) {
                judged.push((label_at..figure.end, "projects_budget", verdict));
            }
        } else if !label.contains("预算") && !spent_done {
            spent_done = true;
            let spent: Vec<(Range<usize>, Decimal)> = summed.iter().map(|item| (item.name.clone(), item.spent)).collect();
            if let Some(verdict) = sum_judged(text, figure.value, &spent, ("项目支出", whose, "实际支出")) {
                judged.push((label_at..figure.end, "projects", verdict));
            }
        }
    }
    judged
}

/// The items a closing line sums (`words`: its words before its first figure): all of the list's; those
/// it numbers as the list does (“其中①②两个项目”, “其中（1）（2）（4）为重点项目”); none to judge where it
/// names some of them without their numbers (“其中重点项目预算合计…”) or numbers the list does not have.
fn summed_items<'a>(words: &str, list: &'a ProjectList) -> Option<Vec<&'a Listed>> {
    let marks: Vec<(Numbering, usize)> = words.char_indices().filter(|(_, c)| !c.is_whitespace()).filter_map(|(at, _)| item_number(&words[at..])).collect();
    let some = !marks.is_empty() || ["其中", "重点", "主要", "部分"].iter().any(|w| words.contains(w));
    if !some {
        return Some(list.items.iter().collect());
    }
    if marks.is_empty() || marks.iter().any(|(style, _)| *style != list.style) {
        return None;
    }
    marks.iter().map(|(_, number)| list.items.get(number.checked_sub(1)?)).collect()
}

/// The next line with words on it after the one holding `at`.
fn line_after(text: &str, at: usize) -> Option<Range<usize>> {
    let mut start = at + text.get(at..)?.find(BREAK)? + BREAK.len_utf8();
    loop {
        let rest = text.get(start..)?;
        let len = rest.find(BREAK).unwrap_or(rest.len());
        if !rest[..len].trim().is_empty() {
            return Some(start..start + len);
        }
        if len == rest.len() {
            return None;
        }
        start += len + BREAK.len_utf8();
    }
}

/// A stated sum (`what`: 项目预算, 项目支出) judged on the figures of that kind (`each`) of the projects
/// summed (`whose`: all listed, or those the sum names).
fn sum_judged(text: &str, stated: Decimal, items: &[(Range<usize>, Decimal)], (what, whose, each): (&str, &str, &str)) -> Option<Judged> {
    let sum = items.iter().try_fold(Decimal::ZERO, |sum, (_, value)| sum.plus(*value))?;
    let shown = Shown::of("万元", false, items.iter().map(|(_, v)| *v).chain([stated, sum]));
    let formula: Vec<String> = items.iter().map(|(name, value)| format!("{}{}", text.get(name.clone()).unwrap_or_default(), shown.text(*value))).collect();
    let formula = formula.join("+");
    if sum == stated {
        return Some(Judged::new(Verdict::Ok, format!("{what}合计{}={formula}（{whose}的{each}），相符", shown.text(sum))));
    }
    let difference = stated.minus(sum)?.abs();
    let share = difference.divided_by(stated.abs().max(Decimal::ONE)).unwrap_or_default();
    let (written, summed) = (shown.text(stated), shown.text(sum));
    let judged = Judged::new(Verdict::Mismatch, format!("报告写{what}合计{written}，{whose}的{each}之和为{summed}（{formula}），相差{}", shown.text(difference)));
    Some(judged.off(share, format!("{what}合计写{written}，{whose}{each}之和为{summed}")))
}

/// The label of a figure at `at`: the words since the clause opened (not before `from`).
fn clause_label(text: &str, from: usize, at: usize) -> &str {
    let before = text.get(from..at).unwrap_or_default();
    before.rsplit(['，', ',', ':', ';', '。', '（', '(']).next().unwrap_or(before)
}

fn read(text: &str, numbers: &[Number], total_end: usize, reader: Reader) -> Option<ProjectList> {
    let rest = text.get(total_end..)?;
    // The colon is looked for only as far as an intro runs (a line of totals never opening a list would
    // otherwise be read to its end from each).
    let (colon, mark) = rest.char_indices().take(INTRO_CHARS + 1).find(|(_, c)| *c == ':' || *c == BREAK)?;
    if mark == BREAK {
        return None;
    }
    let intro = &rest[..colon];
    // The colon opens this total's list: no other subject, nor another figure's own colon, in between.
    if intro.chars().count() > INTRO_CHARS || ["项目支出", "基本支出", "其中"].iter().any(|w| intro.contains(w) && !intro.ends_with(w)) {
        return None;
    }
    let mut partial = SOME_ONLY.iter().any(|w| intro.contains(w));
    let mut items: Vec<Listed> = Vec::new();
    let mut at = total_end + colon + ':'.len_utf8();
    let mut new_line = false;
    let mut last_end = at;
    let mut style = None;
    if reader == Reader::Draft && numbering(text.get(at..)?, reader).is_none() {
        let (items, end) = unnumbered(text, numbers, at)?;
        return Some(ProjectList { items, partial, intro: total_end..total_end + colon, end, style: UNNUMBERED });
    }
    while let Some(rest) = text.get(at..).filter(|r| !r.is_empty()) {
        let end = rest.find([';', '。', BREAK]).unwrap_or(rest.len());
        let segment = &rest[..end];
        let mark = rest[end..].chars().next();
        if !segment.trim().is_empty() {
            match numbering(segment, reader) {
                // Numbered 1, 2, 3 … in turn, all alike: a number of another style is another list's.
                Some((numbering, number)) if number == items.len() + 1 && *style.get_or_insert(numbering) == numbering => {
                    items.push(item(text, numbers, at, segment, reader)?);
                    last_end = at + end;
                }
                // Prose of the item before, on its own line: “主要用于…。”
                None if !new_line && !items.is_empty() => {}
                None => break,
                // A line numbered otherwise ends the list (“3.公用经费…” after “（2）…”) — unless the list
                // goes on after it: then it was an item's own sub-list, and the list is not read whole.
                Some((numbering, _)) if new_line && style.is_some_and(|s| s != numbering) => {
                    if resumes(text, at, style?, items.len() + 1, reader) {
                        return None;
                    }
                    break;
                }
                Some(_) => return None,
            }
            new_line = false;
        }
        if mark == Some(BREAK) {
            new_line = true;
        }
        at += end + mark.map_or(0, char::len_utf8);
    }
    // “…支出35.50万元等。”: the last item says the list is not all of them.
    partial |= text.get(..last_end).is_some_and(|listed| listed.ends_with('等'));
    let style = style?;
    (items.len() >= 2).then_some(ProjectList { items, partial, intro: total_end..total_end + colon, end: last_end, style })
}

/// Whether a line within the few after `at` is numbered `next` in `style`.
fn resumes(text: &str, at: usize, style: Numbering, next: usize, reader: Reader) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    rest.split(BREAK).take(12).any(|line| numbering(line, reader) == Some((style, next)))
}

/// Items not numbered from `at` to the sentence's end, each “名，预算…，支出…” up to its “;” — two at least,
/// and every one so read (a sentence of prose is no list) — and where the last ends.
fn unnumbered(text: &str, numbers: &[Number], at: usize) -> Option<(Vec<Listed>, usize)> {
    let rest = text.get(at..)?;
    let end = at + rest.find(['。', BREAK]).unwrap_or(rest.len());
    let mut items = Vec::new();
    let mut start = at;
    for piece in text.get(at..end)?.split(';') {
        // “——甲经费：…”: a dash or a dot before each item marks it, as a number would.
        let named = piece.trim_start_matches(|c: char| c.is_whitespace() || BULLETS.contains(&c));
        if !named.is_empty() {
            items.push(item(text, numbers, start + piece.len() - named.len(), named, Reader::Draft)?);
        }
        start += piece.len() + ';'.len_utf8();
    }
    (items.len() >= 2).then_some((items, end))
}

/// Marks that open an item not numbered.
const BULLETS: [char; 6] = ['—', '-', '－', '·', '•', '●'];

/// How an item is numbered for `reader`: the audit's numbering, and for a new draft “一是”, “二是” too.
fn numbering(segment: &str, reader: Reader) -> Option<(Numbering, usize)> {
    item_number(segment).or_else(|| (reader == Reader::Draft).then(|| ordinal_is(segment)).flatten())
}

/// “三是…”: its number.
fn ordinal_is(segment: &str) -> Option<(Numbering, usize)> {
    let mut chars = segment.trim_start().chars();
    let first = chars.next()?;
    let number = "一二三四五六七八九十".chars().position(|c| c == first)? + 1;
    (chars.next() == Some('是')).then_some(((None, '是'), number))
}

/// How an item is numbered (“1.”, “2、”, “（3）”, “④”: its opening and closing marks) and its number, or none.
pub(super) fn item_number(segment: &str) -> Option<(Numbering, usize)> {
    let line = segment.trim_start();
    if let Some(circled) = line.chars().next().filter(|c| ('①'..='⑳').contains(c)) {
        return Some(((None, '①'), circled as usize - '①' as usize + 1));
    }
    let opening = line.chars().next().filter(|c| ['（', '('].contains(c));
    let inner = &line[opening.map_or(0, char::len_utf8)..];
    let digits: String = inner.chars().take_while(char::is_ascii_digit).collect();
    let closing = inner[digits.len()..].chars().next()?;
    let closed = if opening.is_some() { ['）', ')'].contains(&closing) } else { ['.', '．', '、'].contains(&closing) };
    // “2023年…” opens on a year, not a number.
    let number = digits.parse().ok().filter(|_| closed && digits.len() <= 2)?;
    Some(((opening, closing), number))
}

/// Where an item's name ends: at its first colon or comma outside brackets (“甲项目（省级专项，含结转）：”),
/// not a scale's colon (“1:5万…”) — for a new draft, at its budget's label too (“甲经费预算…、支出…”).
fn name_end(segment: &str, reader: Reader) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in segment.char_indices() {
        let budget = reader == Reader::Draft && depth == 0 && segment[at..].starts_with("预算") && at > 0;
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            ':' | '，' | ',' if depth == 0 && !super::project_runs::in_a_scale(segment, at) => return Some(at),
            _ if budget => return Some(["全年", "年度"].iter().find_map(|w| segment[..at].strip_suffix(w)).map_or(at, str::len)),
            _ => {}
        }
    }
    None
}

/// One numbered item: its name up to the first colon or comma, then its budget and its spending.
fn item(text: &str, numbers: &[Number], at: usize, segment: &str, reader: Reader) -> Option<Listed> {
    let name_end = name_end(segment, reader)?;
    let name = without_numbering(&segment[..name_end]).trim();
    let name_start = at + segment[..name_end].rfind(name)?;
    // A remark in brackets closing the name may count (“（含上年结转12.00万元）”), and a map's scale open it
    // (“1:5万…”): the name's own words state no figure.
    let own = super::project_runs::without_remark(name);
    let own = if super::project_runs::opens_on_a_scale(own) { own.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':') } else { own };
    let named = (2..=30).contains(&own.chars().count()) && !own.contains(|c: char| c.is_ascii_digit()) && !name.contains("合计");
    let figures = numbers.iter().filter(|n| n.unit == Unit::Wan && n.start >= at + name_end && n.end <= at + segment.len());
    let mut budget = None;
    let mut spent = None;
    for figure in figures {
        let label = clause_label(text, at + name_end, figure.start);
        // “预算…、支出…”: a pause parts the two figures' clauses as well.
        let label = if reader == Reader::Draft { label.rsplit('、').next().unwrap_or(label) } else { label };
        let spending = SPENT.iter().any(|w| label.contains(w)) && !label.contains('率') && (!label.contains("预算") || label.contains("执行"));
        if spending && spent.is_none() {
            spent = Some(figure.value);
        } else if (label.contains("预算") || (reader == Reader::Draft && label.starts_with("调整后"))) && !spending && budget.is_none() {
            budget = Some(figure.value);
        }
    }
    named.then_some(Listed { name: name_start..name_start + name.len(), budget, spent: spent? })
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Claim, Verdict};

    /// The projects a new draft takes from the list after the first 项目支出 stated with its figure.
    fn drafted(text: &str) -> Vec<(String, Option<rust_decimal::Decimal>, rust_decimal::Decimal)> {
        let text = crate::core::audit::text::Normalised::new(text);
        let numbers = crate::core::audit::numbers::numbers(&text.text);
        let total = numbers.iter().find(|n| text.text[..n.start].ends_with("项目支出")).expect("a 项目支出 stated");
        super::items(&text.text, &numbers, total.end).into_iter().map(|(name, budget, spent)| (text.text[name].to_string(), budget, spent)).collect()
    }

    fn wan(figure: &str) -> rust_decimal::Decimal {
        figure.parse().unwrap()
    }

    #[test]
    fn a_draft_takes_items_not_numbered_up_to_the_sentences_end_the_audit_does_not() {
        let text = "项目支出148.60万元。主要为：河湖清漂经费，预算80.00万元，支出78.50万元；水文站维护经费，预算72.00万元，支出70.10万元。两个项目预算合计152.00万元。\n";
        assert_eq!(drafted(text), [("河湖清漂经费".to_string(), Some(wan("80.00")), wan("78.50")), ("水文站维护经费".to_string(), Some(wan("72.00")), wan("70.10"))]);
        // An item that is not one (no spending of its own) leaves the sentence unread, as does a single item.
        assert!(drafted(&text.replace("支出70.10万元", "已完成")).is_empty());
        assert!(drafted("项目支出78.50万元。主要为：河湖清漂经费，预算80.00万元，支出78.50万元。\n").is_empty());
        // The audit sums numbered lists only, as before.
        assert!(claims(text, "projects").iter().all(|c| !c.detail.contains("所列各项")), "{:?}", claims(text, "projects"));
    }

    #[test]
    fn a_draft_takes_items_numbered_yi_shi_er_shi() {
        let text = "2．项目支出93.30万元，占支出的15%，共两个项目：\n一是水质监测运维经费，预算50.00万元，实际支出49.10万元；\n\
                    二是取水口巡护补助，预算45.00万元，实际支出44.20万元。\n3．年末结转结余6.70万元。\n";
        assert_eq!(drafted(text), [("水质监测运维经费".to_string(), Some(wan("50.00")), wan("49.10")), ("取水口巡护补助".to_string(), Some(wan("45.00")), wan("44.20"))]);
    }

    fn claims(text: &str, id: &str) -> Vec<Claim> {
        audit(text).claims.into_iter().filter(|c| c.id == id).collect()
    }

    const LIST: &str = "1.乡村道路养护：预算数150.00万元，实际支出146.20万元；\n2.农村饮水巩固提升：预算数90.00万元，实际支出88.30万元；\n3.防汛物资储备：预算数36.00万元，实际支出35.50万元。\n";

    #[test]
    fn listed_projects_must_make_the_project_spending() {
        let right = claims(&format!("全年支出500.00万元，其中基本支出230.00万元，项目支出270.00万元，具体为：\n{LIST}"), "projects");
        assert_eq!(right.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok]);
        let wrong = claims(&format!("全年支出505.00万元，其中基本支出230.00万元，项目支出275.00万元，具体为：\n{LIST}"), "projects");
        let [claim] = wrong.as_slice() else { panic!("{wrong:?}") };
        assert_eq!(claim.verdict, Verdict::Mismatch);
        assert!(claim.detail.contains("所列各项之和为270万元"), "{}", claim.detail);
        assert!(claim.detail.contains("乡村道路养护146.2万元") && claim.detail.contains("相差5万元"), "{}", claim.detail);
    }

    #[test]
    fn the_projects_budget_is_what_they_were_budgeted() {
        let text = |budget: &str| format!("2.项目支出270.00万元，项目预算{budget}万元，执行率96.43%。具体项目如下：\n{LIST}");
        let ok = claims(&text("276.00"), "projects_budget");
        assert_eq!(ok.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok]);
        let wrong = claims(&text("280.00"), "projects_budget");
        assert_eq!(wrong.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch]);
        assert!(wrong[0].detail.contains("所列各项目的预算之和为276万元") && wrong[0].detail.contains("相差4万元"), "{}", wrong[0].detail);
        // The spending beside it still holds.
        assert_eq!(claims(&text("280.00"), "projects").iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok]);
    }

    #[test]
    fn the_sums_on_the_line_closing_the_list_are_the_items_sums() {
        let text = |budget: &str, spent: &str| format!("2.项目支出。共安排3个项目：\n{LIST}项目预算合计{budget}万元，实际支出合计{spent}万元。\n");
        let ok = audit(&text("276.00", "270.00")).claims;
        assert!(ok.iter().any(|c| c.id == "projects_budget" && c.verdict == Verdict::Ok), "{ok:?}");
        assert!(ok.iter().any(|c| c.id == "projects" && c.verdict == Verdict::Ok), "{ok:?}");
        let budget = claims(&text("275.00", "270.00"), "projects_budget");
        assert_eq!(budget.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch]);
        assert!(budget[0].detail.contains("所列各项目的预算之和为276万元") && budget[0].detail.contains("相差1万元"), "{}", budget[0].detail);
        let spent = claims(&text("276.00", "273.00"), "projects");
        assert_eq!(spent.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch]);
        assert!(spent[0].detail.contains("实际支出之和为270万元") && spent[0].detail.contains("相差3万元"), "{}", spent[0].detail);
        // The main projects only: their sums are not all the projects'.
        let some = format!("2.项目支出，主要项目如下：\n{LIST}项目支出合计300.00万元。\n");
        assert!(audit(&some).claims.iter().all(|c| c.verdict != Verdict::Mismatch));
    }

    /// A circled list, its closing line summing the items it names.
    fn named(sum: &str) -> String {
        format!("项目支出按项目列示如下：\n①校舍修缮：预算64.00万元，实际支出63.10万元；\n②教学设备购置：预算42.50万元，实际支出41.80万元；\n\
                 ③师资培训：预算18.00万元，实际支出17.25万元。\n{sum}\n")
    }

    #[test]
    fn a_sum_of_the_items_it_names_is_theirs() {
        let right = claims(&named("其中①③两个项目为本单位重点项目，预算合计82.00万元。"), "projects_budget");
        assert_eq!(right.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{right:?}");
        assert!(right[0].detail.contains("校舍修缮64万元+师资培训18万元"), "{}", right[0].detail);
        let wrong = claims(&named("其中①③两个项目为本单位重点项目，预算合计84.00万元。"), "projects_budget");
        assert_eq!(wrong.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{wrong:?}");
        assert!(wrong[0].detail.contains("所指各项目的预算之和为82万元") && wrong[0].detail.contains("相差2万元"), "{}", wrong[0].detail);
        // Bracketed numbers for a bracketed list.
        let bracketed = named("其中（1）（3）为重点项目，预算合计82.00万元。").replace('①', "（1）").replace('②', "（2）").replace('③', "（3）");
        assert_eq!(claims(&bracketed, "projects_budget").iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok]);
    }

    #[test]
    fn a_sum_of_some_items_not_named_is_not_claimed() {
        for sum in ["其中重点项目预算合计106.50万元。", "其中（1）（3）为重点项目，预算合计90.00万元。", "其中①④两个项目预算合计70.00万元。"] {
            let found = audit(&named(sum)).claims;
            assert!(found.iter().all(|c| c.id != "projects_budget"), "{sum}: {found:?}");
        }
        // All of them, with no word of some: the list's sum, as before.
        let all = claims(&named("项目预算合计124.50万元，实际支出合计122.15万元。"), "projects_budget");
        assert_eq!(all.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{all:?}");
    }

    #[test]
    fn the_main_projects_are_some_of_them() {
        let main = claims(&format!("项目支出300.00万元，主要项目如下：\n{LIST}"), "projects");
        assert!(main.iter().all(|c| c.verdict != Verdict::Mismatch), "{main:?}");
        // Some of them, yet more than all: wrong.
        let over = claims(&format!("项目支出250.00万元，重点项目如下：\n{LIST}"), "projects");
        assert_eq!(over.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch]);
        let etc = "项目支出300.00万元，具体为：\n1.乡村道路养护：预算150.00万元，支出146.20万元；\n2.防汛物资储备：预算36.00万元，支出35.50万元等。\n";
        assert!(claims(etc, "projects").iter().all(|c| c.verdict != Verdict::Mismatch));
    }

    #[test]
    fn a_list_announced_apart_from_its_total_must_make_it() {
        let text = |total: &str, count: &str| format!("全年支出500.00万元，其中基本支出230.00万元，项目支出{total}万元。\n\n项目支出共{count}个项目，具体如下：\n{LIST}");
        assert_eq!(claims(&text("270.00", "3"), "projects").iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok]);
        let wrong = claims(&text("290.00", "3"), "projects");
        assert!(wrong.iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("所列各项之和为270万元")), "{wrong:?}");
        // Five projects said, three listed: some of them, short of the total without fault.
        assert!(claims(&text("290.00", "5"), "projects").iter().all(|c| !c.detail.contains("所列各项之和为270万元") || c.verdict != Verdict::Mismatch));
        // A line that states its own figure is the total's own list, read as such, not as an announcement.
        let own = format!("项目支出270.00万元，具体如下：\n{LIST}");
        assert_eq!(claims(&own, "projects").iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok]);
    }

    #[test]
    fn a_list_in_yuan_sums_to_a_total_in_wan() {
        let text = "项目支出27.05万元，具体为：（1）图书购置：预算120000元，支出118500元；（2）场馆维修：预算155000元，支出152000元。";
        assert_eq!(claims(text, "projects").iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok]);
        let wrong = text.replace("27.05", "27.50");
        assert_eq!(claims(&wrong, "projects").iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch]);
    }

    #[test]
    fn a_list_that_goes_on_to_other_things_is_not_summed() {
        // Numbered lines that are not numbered 1, 2, 3 in turn are not one list.
        let text = "项目支出300.00万元，具体为：\n1.乡村道路养护：预算150.00万元，支出146.20万元；\n3.防汛物资储备：预算36.00万元，支出35.50万元。\n";
        assert!(claims(text, "projects").iter().all(|c| c.verdict != Verdict::Mismatch));
        // The next heading of the account, numbered as the list's parent, ends the list.
        let text = "2.项目支出181.70万元，具体为：\n（1）乡村道路养护：预算150.00万元，支出146.20万元；\n（2）防汛物资储备：预算36.00万元，支出35.50万元。\n\
                    3.公用经费：预算20.00万元，支出18.60万元。\n";
        let listed = claims(text, "projects");
        assert_eq!(listed.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{listed:?}");
        // An item's own items, numbered otherwise, then the list going on: not read as the whole list.
        let nested = "项目支出300.00万元，具体为：\n（1）乡村道路养护：预算150.00万元，支出146.20万元，其中：\n1.路面修补：支出100.00万元；\n\
                      2.边沟清理：支出46.20万元。\n（2）防汛物资储备：预算36.00万元，支出35.50万元。\n（3）农村饮水巩固提升：预算90.00万元，支出88.30万元。\n";
        assert!(claims(nested, "projects").iter().all(|c| c.verdict != Verdict::Mismatch));
    }

    #[test]
    fn a_line_counting_the_projects_is_judged_on_the_list_under_it() {
        let line = |spent: &str| format!("全年实施项目3个，预算合计276.00万元，实际支出{spent}万元。各项目情况：\n{LIST}");
        let right = audit(&line("270.00")).claims;
        let judged: Vec<(&str, Verdict)> = right.iter().filter(|c| c.id.starts_with("projects")).map(|c| (c.id.as_str(), c.verdict)).collect();
        assert_eq!(judged, [("projects_budget", Verdict::Ok), ("projects", Verdict::Ok)]);
        let wrong = claims(&line("272.00"), "projects");
        assert_eq!(wrong.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch]);
        assert!(wrong[0].detail.contains("之和为270万元"), "{}", wrong[0].detail);
        // Counted otherwise than listed: some of them only, no sum.
        assert!(claims(&format!("全年实施项目5个，预算合计276.00万元，实际支出272.00万元。主要项目：\n{LIST}"), "projects").is_empty());
    }

    /// A long line of 项目支出 figures with no colon to open a list (a table run together) opens none, and
    /// each is no longer read to the line's end (which took seconds here).
    #[test]
    fn a_long_line_of_project_totals_opens_no_list() {
        let text = crate::core::audit::text::Normalised::new(&"项目支出预算数7.5万元，实际支出7万元，执行率93.33%，".repeat(2500)).text;
        assert!(super::closing_sums(&text, &crate::core::audit::numbers::numbers(&text)).is_empty());
    }
}
