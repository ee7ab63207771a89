//! “①文艺下乡：预算28.00万元，实际支出27.64万元，执行率98.71%。②精品扶持：预算…，实际支出…，执行率…”,
//! “公益培训补助年度预算数…，执行数…，项目执行率为…。研学实践年度预算数…，执行数…，…”: reports list their
//! projects one sentence each, all written the same way. An item of such a run — a name, then its own budget and
//! spending, in the same labels as the item before or after it — is a project, though its name carries no word
//! of a project's: its spending is never the unit's 支出合计, its 执行率 is checked on its own figures.

use super::labels::{past_char, window_before};
use super::project_rates::after_its_year;
use super::text::ideograph;

/// How far to look for an item's neighbours (and the audit stays linear).
const WINDOW: usize = 480;
/// Sentences to look past for a neighbour: an item may be followed by a sentence of its results.
const NEIGHBOURS: usize = 2;
/// Words that make a name the unit's money or a kind of it (“公用经费预算…，实际支出…”), not a project's.
const UNITS_OWN: [&str; 21] = [
    "部门", "单位", "整体", "全年", "本年", "公用", "三公", "公务", "因公", "人员经费", "工资", "基本支出", "项目支出", "财政", "收支",
    "合计", "总", "采购", "本局", "全局", "我局",
];
/// Words that make a name before an item's figures an account of the unit's money (“资金来源”, “经费使用情况”), not a task.
const FUNDS_WORDS: [&str; 12] = ["预算", "收入", "支出", "决算", "结转", "结余", "来源", "使用", "执行", "管理", "概况", "其中"];
/// What an item's figure may be.
const FIGURE_UNITS: [&str; 4] = ["亿元", "万元", "元", "%"];

/// One sentence read as an item: its name and its labels in order (“预算”, “实际支出”, “执行率”).
struct Item<'a> {
    name: &'a str,
    labels: Vec<&'a str>,
}

/// If the sentence holding `at` is an item of a run of projects: its name and where its figures start.
pub fn run_item(text: &str, at: usize) -> Option<(String, usize)> {
    item_of_a_run(text, at, Reading::Sentences)
}

/// As [`run_item`], for a list of projects a new draft is made of: a “;” before the next numbered item ends an
/// item too (“①甲，预算…，实际支出…;②乙，…”: a list the paste ran into one line), and an item that spends
/// within its clause ends at its “;” (“…，实际支出11.20万元;项目预算合计…”: the sum the paste ran on to it).
pub fn listed_run_item(text: &str, at: usize) -> Option<(String, usize)> {
    item_of_a_run(text, at, Reading::List)
}

/// How the items of a run are cut out of the text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// One to a sentence (“。” or a line break): as the audit reads them.
    Sentences,
    /// Also one to a numbered “;” clause: as a new draft reads a list.
    List,
}

fn item_of_a_run(text: &str, at: usize, reading: Reading) -> Option<(String, usize)> {
    let (start, end) = sentence_bounds(text, at, reading)?;
    let Some((item, figures_at)) = read_item(text.get(start..end)?, reading) else {
        return (reading == Reading::Sentences).then(|| headed_item(text, start, end)).flatten();
    };
    let same = |other: Option<(Item, usize)>| other.is_some_and(|(other, _)| other.labels == item.labels && other.name != item.name);
    let before = neighbours(text, start, Direction::Back, reading).any(|s| same(read_item(s, reading)));
    let after = before || neighbours(text, end, Direction::On, reading).any(|s| same(read_item(s, reading)));
    (before || after).then(|| (item.name.to_string(), start + figures_at)).or_else(|| colon_item(text, start, end, at))
}

/// “3．智慧检务建设：预算…，已支付…，执行率…”, “森林防火：全年预算…，实际支出…；界桩维护：…”: an item named
/// before a colon, then its own budget and spending, is a task of its own even alone — what follows its
/// colon, up to the next “;”, is that task's, not the unit's.
fn colon_item(text: &str, start: usize, end: usize, at: usize) -> Option<(String, usize)> {
    let sentence = text.get(start..end)?;
    let within = at.checked_sub(start)?;
    let from = sentence.get(..within)?.rfind(';').map_or(0, |i| i + 1);
    let to = sentence.get(within..)?.find(';').map_or(sentence.len(), |i| within + i);
    let clause = sentence.get(from..to)?;
    let (item, figures_at) = read_item(clause, Reading::Sentences)?;
    // The name opens the clause (after its numbering) and the figure stands after its colon: not a total's
    // breakdown (“项目支出…，具体为：…”).
    let colon = clause[..figures_at].rfind(':')?;
    let numbering = clause[..colon].strip_suffix(item.name)?;
    let opens = numbering.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "（）()．.、①②③④⑤⑥⑦⑧⑨⑩一二三四五六七八九十是".contains(c));
    let after_colon = within > from + colon;
    // “资金来源：全年预算…”, “经费使用情况：…”: an account of the unit's money, not a task.
    let of_funds = FUNDS_WORDS.iter().any(|w| item.name.contains(w));
    (opens && after_colon && !of_funds).then(|| (item.name.to_string(), start + from + figures_at))
}

/// “3．乡村振兴示范村建设。全年预算数1500.00万元，执行数1387.20万元，…”: a sentence of a budget and its
/// spending that names nothing, right after a numbered heading that is a name alone — the heading's item's,
/// as a name before a colon makes it (not “1．预算执行情况。”: an account of the unit's money).
fn headed_item(text: &str, start: usize, end: usize) -> Option<(String, usize)> {
    let sentence = text.get(start..end)?;
    let (budget_at, _) = item_labels(sentence, Reading::Sentences)?;
    let lead = sentence[..budget_at].trim();
    if !["", "全年", "年度", "年初", "本年", "全年度"].contains(&lead) {
        return None;
    }
    let (head_start, head_end) = sentence_bounds(text, prev_boundary(text, start)?, Reading::Sentences)?;
    let heading = text.get(head_start..head_end)?.trim();
    let name = item_name(heading).filter(|_| opens_numbered(heading))?;
    let of_funds = FUNDS_WORDS.iter().chain(&["情况"]).any(|w| name.contains(w));
    // The heading is the name alone: its numbering, the name, nothing after.
    let alone = heading.ends_with(name);
    (alone && !of_funds).then(|| (name.to_string(), start + budget_at))
}

#[derive(Clone, Copy)]
enum Direction {
    Back,
    On,
}

/// The sentences next to the one ending (or starting) at `from`, nearest first (blank lines skipped).
fn neighbours(text: &str, from: usize, direction: Direction, reading: Reading) -> impl Iterator<Item = &str> {
    let mut edge = from;
    (0..NEIGHBOURS * 2)
        .map_while(move |_| {
            let (start, end) = match direction {
                Direction::Back => sentence_bounds(text, prev_boundary(text, edge)?, reading)?,
                Direction::On => sentence_bounds(text, next_boundary(text, edge)?, reading)?,
            };
            edge = match direction {
                Direction::Back => start,
                Direction::On => end,
            };
            text.get(start..end)
        })
        .filter(|s| !s.trim().is_empty())
        .take(NEIGHBOURS)
}

/// The char boundary before `at` (the start of its last char).
fn prev_boundary(text: &str, at: usize) -> Option<usize> {
    text.get(..at)?.char_indices().next_back().map(|(i, _)| i)
}

/// The char boundary after the char at `at` (past a sentence's end mark).
fn next_boundary(text: &str, at: usize) -> Option<usize> {
    let c = text.get(at..)?.chars().next()?;
    Some(at + c.len_utf8()).filter(|&next| next < text.len())
}

/// The sentence holding `at` (ended by “。” or a line break, or as `reading` cuts a list), within a window either
/// side: its byte range.
fn sentence_bounds(text: &str, at: usize, reading: Reading) -> Option<(usize, usize)> {
    text.get(..at)?; // `at` on a char boundary, or no sentence
    let window = window_before(text, at, WINDOW);
    let from = at - window.len();
    let start = window.char_indices().rev().find(|&(i, c)| ends_a_sentence(window, i, c, reading)).map_or(from, |(i, _)| from + past_char(window, i));
    let rest = text.get(at..)?;
    let end = at + rest.char_indices().take_while(|(i, _)| *i < WINDOW).find(|&(i, c)| ends_a_sentence(rest, i, c, reading)).map_or(rest.len().min(WINDOW), |(i, _)| i);
    let end = (start..=end).rev().find(|&e| text.is_char_boundary(e))?;
    Some((start, end))
}

/// Whether `c`, at `i` in `text`, ends a sentence: “。”, a line break, or in a list a “;” before the next
/// numbered item.
fn ends_a_sentence(text: &str, i: usize, c: char, reading: Reading) -> bool {
    c == '。' || c == '\n' || reading == Reading::List && c == ';' && text.get(i + 1..).is_some_and(opens_numbered)
}

/// Whether `rest` opens on an item's numbering: “①”, “2.”, “3、”, “（4）”.
fn opens_numbered(rest: &str) -> bool {
    let rest = rest.trim_start();
    if rest.starts_with(|c: char| ('①'..='⑳').contains(&c)) {
        return true;
    }
    let rest = rest.strip_prefix(['（', '(']).unwrap_or(rest);
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    after.len() < rest.len() && after.starts_with(['.', '．', '、', '）', ')'])
}

/// “名称：预算X，实际支出Y，执行率Z…”: a plain name, then clauses of a label and its figure, the first its
/// budget and one its spending. The item, and where its figures start in the sentence.
fn read_item(sentence: &str, reading: Reading) -> Option<(Item<'_>, usize)> {
    let (budget_at, labels) = item_labels(sentence, reading)?;
    let name = item_name(&sentence[..budget_at])?;
    Some((Item { name, labels }, budget_at))
}

/// The clauses of a sentence from its budget on, each a label and its figure, the first its budget and one its
/// spending: where the budget stands and their labels.
fn item_labels(sentence: &str, reading: Reading) -> Option<(usize, Vec<&str>)> {
    let budget_at = sentence
        .match_indices("预算")
        .map(|(i, _)| i)
        .find(|&i| {
            let after = &sentence[i + "预算".len()..];
            after.strip_prefix("安排").unwrap_or(after).trim_start_matches(['数', '为', ':']).starts_with(|c: char| c.is_ascii_digit())
        })?;
    let labels_to = |end: usize| sentence[budget_at..end].split(['，', ',', ';']).map_while(label_of_clause).collect::<Vec<&str>>();
    let spends = |labels: &[&str]| labels.len() >= 2 && labels.iter().skip(1).any(|l| labels_spending(l));
    // In a list, “…，实际支出11.20万元;项目预算合计…”: an item that spends within its clause ends there — what
    // follows its “;” (a line of the projects' sum the paste ran on to it) is none of its labels.
    let own = (reading == Reading::List).then(|| labels_to(sentence[budget_at..].find(';').map_or(sentence.len(), |i| budget_at + i)));
    let labels = own.filter(|own| spends(own)).unwrap_or_else(|| labels_to(sentence.len()));
    let labels = if reading == Reading::List { its_moneys(labels) } else { labels };
    spends(&labels).then_some((budget_at, labels))
}

/// An item's labels up to its spending: in a list, what each project says after it (“差错率0.3%”, “满意度96%”)
/// is its own result, one item's unlike the next's — the run is told by the labels of its money.
fn its_moneys(mut labels: Vec<&str>) -> Vec<&str> {
    if let Some(spent) = labels.iter().skip(1).position(|l| labels_spending(l)) {
        labels.truncate(spent + 2);
    }
    labels
}

/// “实际支出”, “全年实际执行”, “已支付”: spending, not a rate (“执行率”).
/// (Or what it left at the year's end, “年末结余3.25万元”: what it did not spend.)
fn labels_spending(label: &str) -> bool {
    ["支出", "执行", "决算", "支付", "拨付", "结余"].iter().any(|w| label.contains(w)) && !label.contains('率')
}

/// “实际支出41.13万元” → “实际支出”: a clause that is a label and one amount or rate, nothing else.
fn label_of_clause(clause: &str) -> Option<&str> {
    let clause = clause.trim();
    let figure_at = clause.find(|c: char| c.is_ascii_digit())?;
    let (label, figure) = clause.split_at(figure_at);
    let unit = figure.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    (!label.is_empty() && FIGURE_UNITS.contains(&unit)).then_some(label)
}

/// The item's own name in the words before its budget, without its numbering (“②”, “2.”, “一是”) or year words:
/// a short name of its own, none of the unit's money.
fn item_name(lead: &str) -> Option<&str> {
    let numbering = |c: char| ('①'..='⑳').contains(&c) || ":：、．.）)".contains(c);
    // “森林防火：全年预算…”: the year's word before the budget is no part of the name.
    let lead = lead.trim_end_matches([':', '：', '，', ' ']);
    let lead = ["年度", "全年", "年初"].iter().find_map(|w| lead.strip_suffix(w)).unwrap_or(lead).trim_end_matches([':', '：', '，', ' ']);
    // “项目支出绩效情况⏎①…”: a heading the paste joined to the first item is no part of its name.
    let lead = lead.rfind("情况").map_or(lead, |i| &lead[i + "情况".len()..]);
    // “农村公路建设（省级专项）”: a qualifier in brackets closing the name is part of it, not its numbering.
    let qualifier = bracketed_qualifier(lead);
    let core = &lead[..lead.len() - qualifier.len()];
    // “1．1:5万区域地质调查”: the colon of a map's scale is the name's, not its numbering's.
    let mark = core.char_indices().rfind(|&(i, c)| numbering(c) && !in_a_scale(core, i));
    let name = mark.map_or(core, |(i, _)| &core[past_char(core, i)..]);
    let name = name.trim_start_matches(|c: char| c.is_whitespace() || "（(".contains(c));
    // “2023年农村公路养护工程”: a year opening the name is part of it, as is a scale (“1:5万…”); other
    // leading digits are numbering.
    let after_year = after_its_year(name);
    let opens_with_a_year = !after_year.is_empty() && after_year.len() < name.len();
    let name = if opens_with_a_year || opens_on_a_scale(name) { name } else { name.trim_start_matches(|c: char| c.is_ascii_digit()) };
    let name = ["一是", "二是", "三是", "四是", "五是", "六是"].iter().find_map(|w| name.strip_prefix(w)).unwrap_or(name);
    let name = if qualifier.is_empty() { ["年度", "全年", "年初"].iter().find_map(|w| name.strip_suffix(w)).unwrap_or(name) } else { name };
    // “G210线路灯维护”: letters and digits may stand in a name among its words.
    let ideographs = name.chars().filter(|c| ideograph(*c)).count();
    let plain = (2..=20).contains(&name.chars().count())
        && ideographs >= 2
        && name.char_indices().all(|(i, c)| ideograph(c) || c.is_ascii_alphanumeric() || "“”\"".contains(c) || in_a_scale(name, i))
        && !UNITS_OWN.iter().any(|w| name.contains(w));
    // The name is a slice of `lead`, but a year word stripped off its end (“…本年度”) moves its end off
    // `lead`'s: where it starts, not how long `lead` is, places it.
    let start = (name.as_ptr() as usize).checked_sub(lead.as_ptr() as usize)?;
    let end = if qualifier.is_empty() { start + name.len() } else { lead.len() };
    lead.get(start..end).filter(|_| plain)
}

/// `name` without a remark in brackets closing it (“甲项目（含上年结转）” → “甲项目”).
pub(super) fn without_remark(name: &str) -> &str {
    let open = name.strip_suffix(['）', ')']).and_then(|inner| inner.rfind(['（', '(']));
    open.filter(|&open| open > 0).map_or(name, |open| &name[..open])
}

/// Whether the character at `at` is the colon of a scale (“1:5万”, “1：50000”): between two digits.
pub(super) fn in_a_scale(words: &str, at: usize) -> bool {
    let colon = words.get(at..).and_then(|rest| rest.chars().next()).is_some_and(|c| [':', '：', '∶'].contains(&c));
    let digit_before = words.get(..at).and_then(|before| before.chars().next_back()).is_some_and(|c| c.is_ascii_digit());
    let digit_after = words.get(at..).and_then(|rest| rest.chars().nth(1)).is_some_and(|c| c.is_ascii_digit());
    colon && digit_before && digit_after
}

/// Whether `name` opens on a map's scale (“1:5万区域地质调查”), part of the name.
pub(super) fn opens_on_a_scale(name: &str) -> bool {
    let digits = name.len() - name.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0 && in_a_scale(name, digits)
}

/// “（省级专项）”, “（中央资金）”: a few words in brackets ending `lead`, right after a name; empty if none.
fn bracketed_qualifier(lead: &str) -> &str {
    let Some(inner) = lead.strip_suffix(['）', ')']) else { return "" };
    let Some(open) = inner.rfind(['（', '(']) else { return "" };
    let words = &inner[past_char(inner, open)..];
    let named_before = inner[..open].chars().next_back().is_some_and(ideograph);
    // “重大传染病防控（艾滋病、结核病）”: a qualifier may list what the project covers.
    let plain = (2..=8).contains(&words.chars().count()) && words.chars().all(|c| ideograph(c) || c == '、') && !words.starts_with('、');
    if named_before && plain { &lead[open..] } else { "" }
}

