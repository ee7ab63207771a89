//! The parts a report lists for a total it states, in the same sentence or the next (normalised text):
//! “本年支出356.2万元。其中：基本支出308.2万元（人员经费280万元、公用经费28.2万元）；项目支出48万元”,
//! “项目支出共计31万元，为A1万元和B30万元”, “包括工资福利支出…、商品和服务支出…、其他资本性支出…”,
//! or introduced later by the total's name (“项目支出主要为：…”, “基本支出中，…”).
//!
//! A list ends where the next subject begins — a per-head figure (生均), a grand total (收入总计, 加上年结转),
//! the other kind of spending, a “三公” clause naming no item (实际支出, 2023年预算, a cap): reading on would
//! add another total's figure to this one.
//!
//! A part in brackets or after a nested “其中” or “包括” belongs to the part before it, not to the total; a memo
//! item (“三公”经费, 政府采购) is never a part of spending; a list “主要为…等” is only some of the parts, and
//! so is a head-count list with a type of its own (政法专项编制, 民警) beside 行政, 事业 and 工勤.

use rust_decimal::Decimal;

use super::text::start_after_last;
use super::numbers::{Number, Unit, ROUNDED};
use crate::core::exact::Exact;

/// A total's parts as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    pub items: Vec<Part>,
    /// “主要为…等”: some of the parts only.
    pub partial: bool,
}

impl Parts {
    /// What the listed parts add up to (`None` past what a decimal holds).
    pub fn sum(&self) -> Option<Decimal> {
        self.items.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.value))
    }
}

/// One listed part: its name (normalised text range) and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub name: std::ops::Range<usize>,
    pub value: Decimal,
}

/// Words that open a list of parts.
/// “收入总额…，由财政拨款…和其他收入…构成”: 由 opens the parts the total is made of.
const INTRO: [&str; 15] =
    ["其中:", "其中", "包括:", "包括", "主要包括", "主要为:", "主要为", "主要用于", "分别为", "分别是", "具体为", "具体如下:", "为", "含", "由"];
/// Words that open a list after a short remark of its own (“106.62万元，全部用于科普事业，分别是…”).
const LATE_INTRO: [&str; 5] = ["分别是", "分别为", "具体为", "包括", "其中"];
/// Lists of some parts only.
const PARTIAL_INTRO: [&str; 4] = ["主要包括", "主要为:", "主要为", "主要用于"];
/// Items that are never parts of spending or of a budget: they lie inside other parts.
const MEMO: [&str; 7] = ["三公", "公务接待", "公务用车", "因公出国", "政府采购", "会议费", "培训费"];
/// Of these, what is never a part of 公用经费: its car upkeep, receptions, meetings and training are its
/// own items (a list of them is checked), but a “三公” total or the purchases cut across it.
const PUBLIC_MEMO: [&str; 2] = ["三公", "政府采购"];
/// Separators and lead words around an item's name.
const LEAD: [&str; 18] = ["，", ",", "、", "和", "及", "以及", ";", ":", "）", "。", "为", "其中", "包括", "主要", "另有", "含", "分别", "扣除"];
const TAIL: [&str; 5] = ["共计", "合计", "为", "计", "共"];
/// Words a name may end on whose last character is one of [`TAIL`]'s (“政府投资项目审计”, “城乡规划设计”,
/// “基本公共”): that character is the word's, not a “计…万元” before the figure.
const ENDS_A_WORD: [&str; 8] = ["审计", "统计", "会计", "设计", "估计", "预计", "公共", "行为"];

/// “人员经费=工资福利支出+对个人和家庭的补助=5831.62+620.43=6452.05万元”: the total `numbers[index]` worked
/// out as a sum, its parts named in words and then given in figures, one for each — those parts. Bare
/// figures are in the result's unit (元 where it is written in 元).
pub fn summed_in_an_equation(text: &str, numbers: &[Number], index: usize) -> Option<Parts> {
    let total = numbers.get(index)?;
    let equals = text[..total.start].strip_suffix('=')?;
    let clause_start = start_after_last(equals, &['，', ',', ';', ':', '。', '\n']);
    let chain = &equals[clause_start..];
    let (_, rest) = chain.split_once('=')?;
    let (words, figures) = rest.rsplit_once('=')?;
    let plain = |side: &str| side.contains('+') && !side.contains(['-', '×', '÷', '/', '%', '=']);
    if !plain(words) || !plain(figures) || words.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let figures_start = equals.len() - figures.len();
    let given: Vec<&Number> = numbers.iter().filter(|n| n.start >= figures_start && n.end <= equals.len()).collect();
    let names = words.split('+');
    // A figure of a report in 元 written bare is already read in 元 (numbers::read_bare_yuan): bare still.
    let bare = |n: &Number| n.unit == Unit::Bare || (n.unit == Unit::Wan && n.digits_end == n.end);
    if given.len() != names.clone().count() || !given.iter().all(|n| bare(n)) {
        return None;
    }
    let in_yuan = text[total.digits_end..total.end].starts_with('元');
    let mut name_start = clause_start + chain.len() - rest.len();
    let mut items = Vec::new();
    for (name, number) in names.zip(given) {
        let value = if in_yuan && number.unit == Unit::Bare { number.value.divided_by(rust_decimal::Decimal::from(10_000))? } else { number.value };
        items.push(Part { name: name_start..name_start + name.len(), value });
        name_start += name.len() + 1;
    }
    Some(Parts { items, partial: false })
}

/// Whether `words` open on a figure of the year before (“上年538.90万元”) — not on what it carried over
/// into this one (“上年结转…”, a part of this year's budget).
fn of_last_year(words: &str) -> bool {
    const LAST_YEAR: [&str; 4] = ["上年", "去年", "上一年", "同期"];
    let rest = LAST_YEAR.iter().find_map(|w| words.strip_prefix(w));
    rest.is_some_and(|rest| !["结转", "结余"].iter().any(|w| rest.trim_start_matches('度').starts_with(w)))
}

/// Whether the clause naming a figure (its words back to the last comma) opens on last year: “比上年…”,
/// “较上年…”, “上年…” (not “上年结转…”, carried into this year).
fn beside_last_year(lead: &str) -> bool {
    let clause = lead.rsplit(['，', ',', ';', '、']).next().unwrap_or(lead);
    let clause = ["比", "较", "同比"].iter().find_map(|w| clause.strip_prefix(w)).unwrap_or(clause);
    of_last_year(clause)
}

/// The parts listed right after the total `numbers[index]` (of total `id`), if any.
pub fn listed(text: &str, numbers: &[Number], index: usize, id: &str) -> Option<Parts> {
    let total = numbers.get(index)?;
    // “682.85万元（即6,828,500.00元）”: the figure restated in brackets is no list; one may follow them.
    let end = restated_in_brackets(text, numbers, index).unwrap_or(total.end);
    let rest = &text[end..];
    // A list in brackets right after the figure: “356.2万元（基本支出…、项目支出…）”.
    if rest.starts_with('（') {
        // “512.37万元（上年538.90万元，…）”: last year's figure beside it, not a part of it.
        if of_last_year(&rest['（'.len_utf8()..]) {
            return None;
        }
        let close = matching_close(text, total.end)?;
        return read(text, numbers, total.end + '（'.len_utf8(), close, id, total.unit, Reading { partial: false, of_budget: a_budget(text, total) });
    }
    let comma = ["，", ",", ":"].iter().find(|w| rest.starts_with(**w)).map_or(0, |w| w.len());
    let period = ["。", "\n"].iter().find(|w| rest.starts_with(**w)).map_or(0, |w| w.len());
    let skip = comma.max(period);
    let after = &rest[skip..];
    let (remark, intro) = match INTRO.iter().find(|w| after.starts_with(**w)) {
        Some(&intro) => (0, intro),
        // “基本支出92.49万元：人员经费…，公用经费…”: the colon after the figure opens its list.
        None if rest.starts_with(':') => (0, ""),
        None if comma > 0 => late_intro(after).or_else(|| whole_after_a_share(after))?,
        None => return None,
    };
    // In the next sentence only its own words open a list: not a bare “为” or “含”.
    if period > 0 && ["为", "含", "由"].contains(&intro) {
        return None;
    }
    let start = end + skip + remark + intro.len();
    // “由以下三部分构成：…”: 由 names the list, which opens only after the colon.
    if intro == "由" && text[start..].split(|c: char| c.is_ascii_digit()).next().is_some_and(|name| name.contains(':') || name.contains("构成")) {
        return None;
    }
    let parts = read(text, numbers, start, sentence_end(text, start), id, total.unit, Reading { partial: PARTIAL_INTRO.contains(&intro), of_budget: a_budget(text, total) })?;
    // “全年支出907万元，基本支出638万元、项目支出269万元。其中本级716万元，下属单位191万元”: the next
    // sentence's 其中 splits its sentence's first total; parts more than a later total are not its parts.
    let later_in_sentence = numbers[..index].iter().rev().take_while(|n| !text[n.end..total.start].contains(['。', '\n'])).any(|n| n.unit == total.unit);
    let sum = parts.sum()?;
    (period == 0 || !later_in_sentence || sum <= total.value).then_some(parts)
}

/// Whether the figure `total` is a budget: the words of its clause before it end on one (““三公”经费预算”).
fn a_budget(text: &str, total: &Number) -> bool {
    // The clause's last words only (a line of thousands of figures stays linear).
    let mut from = total.start.saturating_sub(90);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..total.start).unwrap_or_default();
    is_budget(before[start_after_last(before, &['，', ',', ';', '。', '\n'])..].trim_end_matches(['为', ':']))
}

/// Where the brackets right after a figure close when they only restate it (“（即6,828,500.00元）”, “（合
/// 3.2亿元）”, “（约2.36亿元）”): one figure of the same value, or rounded from it, in a word or two at most.
fn restated_in_brackets(text: &str, numbers: &[Number], index: usize) -> Option<usize> {
    let total = numbers.get(index)?;
    text[total.end..].starts_with('（').then_some(())?;
    let close = matching_close(text, total.end)?;
    let inside: Vec<&Number> = numbers[index + 1..].iter().take_while(|n| n.end <= close).collect();
    let [again] = inside.as_slice() else { return None };
    let words = text.get(total.end + '（'.len_utf8()..again.start)?;
    let same = (again.value == total.value || super::numbers::rounded(text, again)) && again.unit == total.unit && text.get(again.end..close).is_some_and(str::is_empty);
    (same && words.chars().count() <= 2).then(|| close + '）'.len_utf8())
}

/// “…“三公”经费实际支出38.75万元，“三公”经费控制率=42.60÷38.75×100%=109.95%。其中公务用车运行维护费
/// 29.84万元，公务接待费8.91万元。”: the “三公” items listed in the sentence after the one stating their
/// total, where that one goes on with no other amount (a rate, its formula) — the list is still the total's.
/// Nor is a list another's where the other amounts only restate the total (“（26,000元）”) or set the spending
/// beside its budget (“比预算3.00万元节约0.40万元”) — unless the items make one of those and not the total.
pub fn listed_next_sentence(text: &str, numbers: &[Number], index: usize, spent: bool) -> Option<Parts> {
    let total = numbers.get(index)?;
    let end = sentence_end(text, total.end);
    let restated_end = restated_in_brackets(text, numbers, index).unwrap_or(total.end);
    let others: Vec<&Number> = numbers[index + 1..].iter().take_while(|n| n.end <= end).filter(|n| n.unit == Unit::Wan && n.start >= restated_end).collect();
    // Only the spending is set beside its budget; last year's figures may have items of their own.
    let beside = |n: &&Number| {
        let before = text[..n.start].rfind(['，', ',', ';']).map_or(total.end, |at| at.max(total.end));
        let clause = &text[before..n.start];
        spent && clause.contains("预算") && !["上年", "去年", "同期"].iter().any(|w| clause.contains(w))
    };
    if !others.iter().all(beside) || !text[end..].starts_with('。') {
        return None;
    }
    let next = end + '。'.len_utf8();
    let intro = NEXT_SENTENCE_INTRO.iter().find(|w| text[next..].starts_with(**w))?;
    let start = next + intro.len();
    let parts = read(text, numbers, start, sentence_end(text, start), "sangong", total.unit, Reading { partial: false, of_budget: !spent })?;
    let sum = parts.sum()?;
    (sum == total.value || !others.iter().any(|n| n.value == sum)).then_some(parts)
}

/// Words that open the “三公” items in the sentence after their total.
const NEXT_SENTENCE_INTRO: [&str; 10] = ["其中:", "其中，", "其中", "具体为:", "具体为", "具体是:", "具体是", "分别为:", "分别为", "具体如下:"];

/// A list opened after a short remark without figures (“全部用于科普事业，分别是…”): the remark's length
/// with its comma, and the opening words.
fn late_intro(after: &str) -> Option<(usize, &'static str)> {
    let comma = after.find('，')?;
    let remark = after.get(..comma)?;
    if comma > 36 || remark.is_empty() || remark.contains(|c: char| c.is_ascii_digit() || "。;:（".contains(c)) {
        return None;
    }
    let remark = comma + '，'.len_utf8();
    let rest = after.get(remark..)?;
    LATE_INTRO.iter().find(|w| rest.starts_with(**w)).map(|&intro| (remark, intro))
}

/// “基本支出…，占支出合计的8.50%，包括人员经费…和公用经费…”: a list of all the parts after the total's share
/// of another (not a 其中, which may list some only; nor a count, “包括3个项目”) — and after a remark on
/// what the total mostly is, between the share and the list (“…，占94.20%，多为发给个人的补助（对个人和家庭
/// 的补助），包括:…”).
fn whole_after_a_share(after: &str) -> Option<(usize, &'static str)> {
    let comma = after.find('，')?;
    if !a_share(&after[..comma]) {
        return None;
    }
    let mut remark = comma + '，'.len_utf8();
    if !after.get(remark..)?.starts_with("包括") {
        remark += words_only(after.get(remark..)?)?;
    }
    let listed = after.get(remark..)?.strip_prefix("包括")?;
    let intro = if listed.starts_with(':') { "包括:" } else { "包括" };
    let first = listed.strip_prefix(':').unwrap_or(listed);
    first.starts_with(super::text::ideograph).then_some((remark, intro))
}

/// A remark of words alone up to its comma (brackets closed within it, no figure, no sentence's end), with
/// the comma: its length.
fn words_only(after: &str) -> Option<usize> {
    let comma = after.find('，')?;
    let remark = &after[..comma];
    let closed = remark.matches('（').count() == remark.matches('）').count();
    let plain = !remark.is_empty() && !remark.contains(|c: char| c.is_ascii_digit() || "。;:".contains(c));
    (closed && plain && remark.chars().count() <= 40).then_some(comma + '，'.len_utf8())
}

/// “占支出合计的8.50%”: the total's share of another, said between it and its parts.
fn a_share(remark: &str) -> bool {
    let words = remark.strip_prefix('占').and_then(|r| r.strip_suffix('%')).unwrap_or_default();
    let figure = words.trim_start_matches(|c: char| !c.is_ascii_digit());
    !figure.is_empty() && words.len() > figure.len() && figure.chars().all(|c| c.is_ascii_digit() || c == '.') && !words.contains(['。', ';', ':', '（'])
}

/// Whether the figure `numbers[index]` is followed by a list of “三公” items alone (“实际支出9.65万元，其中
/// 公务接待费2.35万元、公务用车运行维护费7.30万元”): then it is the “三公” spending, whatever its label says.
pub fn lists_sangong_items(text: &str, numbers: &[Number], index: usize) -> bool {
    const ITEMS: [&str; 3] = ["公务接待", "公务用车", "因公出国"];
    let Some(parts) = listed(text, numbers, index, "sangong") else { return false };
    let only_items = parts.items.iter().all(|p| ITEMS.iter().any(|w| text[p.name.clone()].contains(w)));
    // The items make up the figure (or most of it: its own check says whether they add up); a unit's
    // 全年支出 with one memo item (“其中公务用车运行维护费5.46万元”) is far more than its items.
    let sum = parts.sum();
    only_items && sum.zip(numbers.get(index)).is_some_and(|(sum, figure)| sum.times(Decimal::TWO).is_some_and(|twice| twice >= figure.value))
}

/// Lists introduced by a total's name without its figure: “项目支出主要为：…”, “基本支出中，…”, “本年收入包括：…”
/// (the income stated in the sentence before, its sources listed in the next).
/// Each: the total's id, where the list stands, and its parts (in no particular order).
pub fn introduced(text: &str, numbers: &[Number]) -> Vec<(&'static str, usize, Parts)> {
    let mut found = Vec::new();
    for (name, id) in [("基本支出", "basic"), ("项目支出", "projects"), ("本年收入", "income")] {
        for (at, _) in text.match_indices(name) {
            let rest = &text[at + name.len()..];
            let lead = ["中，", "中,", "中:", "主要为:", "主要为", "主要包括", "主要用于", "包括:", "包括", "具体为"]
                .into_iter()
                .find(|w| rest.starts_with(w));
            let Some(lead) = lead else { continue };
            let start = at + name.len() + lead.len();
            let partial = lead.starts_with("主要");
            if let Some(parts) = read(text, numbers, start, sentence_end(text, start), id, Unit::Wan, Reading { partial, of_budget: false }) {
                found.push((id, at, parts));
            }
        }
    }
    found
}

/// How a list is read: whether it is of some parts only (“主要为…”), and whether its total is a budget (a
/// “三公” item's budget and spending both listed, its budget is the part).
#[derive(Clone, Copy)]
struct Reading {
    partial: bool,
    of_budget: bool,
}

/// The items between `start` and `end`: figures of the total's unit outside brackets and outside a
/// nested “其中”, each named by the words before it.
fn read(text: &str, numbers: &[Number], start: usize, end: usize, id: &str, unit: Unit, how: Reading) -> Option<Parts> {
    let Reading { partial, of_budget } = how;
    let persons = matches!(id, "staff" | "quota");
    let wanted = |n: &Number| if persons { n.unit == Unit::Persons } else { n.unit == Unit::Wan || (unit == Unit::Bare && n.unit == Unit::Bare) };
    let first = numbers.partition_point(|n| n.start < start);
    let mut items = Vec::new();
    let (mut item_start, mut depth, mut nested, mut scanned) = (start, 0i32, false, start);
    let (mut bracketed, mut figured) = (false, false);
    let mut written_sum: Option<std::ops::Range<usize>> = None;
    // The words before the last budget skipped, which may name the item whose spending follows.
    let mut budgeted: Option<std::ops::Range<usize>> = None;
    // “节目制作（预算1,560.00万元，支出1,538.62万元）、…”: a project named with its figures in brackets
    // alone — its name, and the spending the brackets give.
    let mut figures_in_brackets: Option<(std::ops::Range<usize>, Option<Decimal>)> = None;
    // The “三公” item whose budget was just read (its place among the items), whose spending may follow.
    let mut item_budgeted: Option<usize> = None;
    for number in numbers[first..].iter().take_while(|n| n.end <= end) {
        let between = &text[scanned..number.start];
        for (i, c) in between.char_indices() {
            match c {
                '（' => {
                    let name = trim(text, item_start, scanned + i);
                    if depth == 0 && id == "projects" && name.start < name.end {
                        figures_in_brackets = Some((name, None));
                    }
                    depth += 1;
                }
                '）' => {
                    if let (1, Some((name, Some(spent)))) = (depth, figures_in_brackets.take()) {
                        items.push(Part { name, value: spent });
                    }
                    depth -= 1;
                    // The part's name starts after the brackets of figures of the part before.
                    if depth == 0 && bracketed {
                        item_start = scanned + i + c.len_utf8();
                        bracketed = false;
                    }
                }
                // “其中…补助资金占比较大；年中追加…”: the clause that opened the list ended with no figure —
                // no list, and the next clauses are the total's siblings, not its parts (a part said to be
                // nil, “因公出国（境）费无；”, is one of them all the same).
                ';' if depth == 0 && !figured && !said_nil(&between[..i]) => return None,
                ';' if depth == 0 => nested = false,
                // “基本支出600万元，其中人员经费…”: what follows is the part's own parts.
                '其' if depth == 0 && between[i..].starts_with("其中") && !items.is_empty() => nested = true,
                // “…;公用经费42.71万元，包括办公费…、其他商品和服务支出…”: the part's own items, as after 其中.
                '包' if depth == 0 && between[i..].starts_with("包括") && !items.is_empty() => nested = true,
                // “…；日常公用经费212.56万元，主要为办公费…”: so are the items a part is mainly spent on.
                '主' if depth == 0 && between[i..].starts_with("主要为") && !items.is_empty() => nested = true,
                _ => {}
            }
        }
        if let Some((_, spent)) = figures_in_brackets.as_mut().filter(|_| depth == 1 && wanted(number)) {
            spent_in_brackets(text, scanned, number, spent);
        }
        scanned = number.end;
        figured |= depth == 0 && wanted(number);
        bracketed |= depth != 0;
        if depth != 0 || nested || !wanted(number) {
            item_start = number.end;
            continue;
        }
        let name = trim(text, item_start, number.start);
        item_start = number.end;
        // “…公务用车运行维护费15万元，未安排因公出国（境）费;2022年三公经费预算20万元”: a “三公” list has
        // ended where the “三公” are named again or last year's begin (上年结转 is a part of other totals).
        let named = &text[name.clone()];
        // “基本支出=人员经费612.34万元+公用经费86.50万元=698.84万元”: a part written out as its sum is the
        // part before “=”, its figure the sum's result — no term of it is a part.
        if let Some(at) = named.find('=') {
            written_sum = Some(trim(text, name.start, name.start + at));
            continue;
        }
        if let Some(sum_of) = written_sum.take() {
            let joint = text.get(..number.digits_start).unwrap_or_default();
            if joint.ends_with('=') {
                items.push(Part { name: sum_of, value: number.value });
            } else if named.starts_with('+') {
                written_sum = Some(sum_of);
            }
            continue;
        }
        // “公务用车运行维护费预算7.80万元，支出7.32万元；公务接待费…”: an item's budget and its spending, a clause
        // each — one item, whose figure is the one of the total's kind (not the budget among the spendings).
        if let Some(at) = item_budgeted.take().filter(|_| id == "sangong" && spent_alone(named)) {
            if let Some(item) = items.get_mut(at).filter(|_| !of_budget) {
                item.value = number.value;
                item.name = without_budget_word(text, item.name.clone());
            }
            continue;
        }
        if id == "sangong" && ["三公", "上年", "去年"].iter().any(|w| named.contains(w)) {
            break;
        }
        if ends_list(id, text.get(name.start..number.start).unwrap_or("")) {
            break;
        }
        // “事业收入…万元，为…服务收入，比上年…万元增长…%；其他收入…”: last year's figure beside a part is none.
        if beside_last_year(named) {
            continue;
        }
        let spending = !matches!(id, "annual_budget" | "income" | "staff" | "quota");
        // The “三公” items are memo items of spending, but the very parts of the “三公” total.
        // 公用经费's own items include a car's upkeep, receptions, meetings and training: parts of it.
        let memos: &[&str] = if id == "public" { &PUBLIC_MEMO } else { &MEMO };
        // “支出合计47,476.06万元（约4.75亿元）”: the total again, rounded, is no part of it.
        let restated = ROUNDED.contains(&named.trim()) || again_in_another_unit(named, number, &items);
        let budget = spending && id != "sangong" && is_budget(named);
        let memo = restated || (id != "sangong" && memos.iter().any(|m| text[name.clone()].contains(m))) || (spending && text[name.clone()].contains("结余")) || budget;
        if budget {
            budgeted = Some(name.clone());
        }
        if !memo && name.start < name.end {
            // “农资储备贴息项目，预算18.00万元，支出17.20万元”: the spending is the item named before its budget.
            let name = budgeted.take().filter(|_| SPENT_ALONE.contains(&named.trim_matches(['，', ',']))).and_then(|b| named_before_budget(text, b)).unwrap_or(name);
            items.push(Part { name, value: number.value });
            item_budgeted = (id == "sangong" && is_budget(named)).then(|| items.len() - 1);
        }
    }
    // The last project's brackets close after its last figure.
    if let (1, Some((name, Some(spent)))) = (depth, figures_in_brackets) {
        if text.get(scanned..end).is_some_and(|rest| rest.starts_with('）')) {
            items.push(Part { name, value: spent });
        }
    }
    // “…，其余为人员经费和公用经费结余”: the list names some parts and leaves the rest unnamed.
    let tail = &text[item_start.min(end)..end];
    // “…公用经费213.56万元，主要用于办公费、差旅费等”: the 等 of what the last part was spent on leaves no part unlisted.
    let listing = tail.split("用于").next().unwrap_or(tail);
    let partial = partial || listing.contains('等') || tail.contains("其余") || text[start..end].contains("部分");
    let bracketed = text[..start].ends_with('（');
    let (items, unknown) = family(text, id, items, bracketed);
    (!items.is_empty()).then_some(Parts { items, partial: partial || unknown })
}

/// A spending's words that name no item: the item is the one budgeted just before.
const SPENT_ALONE: [&str; 4] = ["支出", "实际支出", "执行", "使用"];

/// Whether an item's words (“支出”, “实际支出为”, “决算数”) say only that the figure is spent — of the item
/// named before it.
fn spent_alone(named: &str) -> bool {
    let words = named.trim_matches(['，', ',']).trim_end_matches(['为', ':']);
    SPENT_ALONE.contains(&words) || ["实际", "决算", "决算数", "实际支出数", "实际使用"].contains(&words)
}

/// An item's name without the budget word it ends on (“公务接待费预算” → “公务接待费”).
fn without_budget_word(text: &str, name: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let words = text.get(name.clone()).unwrap_or_default();
    let cut = ["预算安排", "预算数", "预算"].iter().find_map(|w| words.strip_suffix(w)).map_or(words.len(), str::len);
    name.start..name.start + cut
}

/// “基层社改造项目，预算”: the item's name before its budget's word, where a clause of its own gives it.
fn named_before_budget(text: &str, budget: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let words = text.get(budget.clone())?;
    let cut = words.rfind(['，', ','])?;
    let name = trim(text, budget.start, budget.start + cut);
    // “②校舍维修改造”: the item's number is no part of its name.
    let numbering = text.get(name.clone())?.chars().take_while(|c| ('①'..='⑳').contains(c)).map(char::len_utf8).sum::<usize>();
    let name = name.start + numbering..name.end;
    (name.start < name.end).then_some(name)
}

/// Whether a part's words end saying it is nil (“因公出国（境）费无”, “公务用车购置费零”).
fn said_nil(words: &str) -> bool {
    ["无", "零", "未发生", "没有", "为0"].iter().any(|w| words.trim_end().ends_with(w))
}

/// “公务接待费6200元即0.62万元”: the figure before said again in another unit is that item, not a next one.
fn again_in_another_unit(named: &str, number: &Number, items: &[Part]) -> bool {
    ["即", "合", "即合", "折"].contains(&named.trim()) && items.last().is_some_and(|item| item.value == number.value)
}

/// Inside a project's brackets (“（预算…，支出…）”), the figure `number` labelled as its spending — the words
/// since the last figure or separator end on 支出 / 执行 / 使用 — becomes what it `spent`; its budget does not.
fn spent_in_brackets(text: &str, scanned: usize, number: &Number, spent: &mut Option<Decimal>) {
    const SPENT: [&str; 5] = ["支出", "执行", "使用", "实际支出", "支付"];
    let label = text.get(scanned..number.start).unwrap_or_default();
    let label = label.rsplit(['，', ',', '、', ';', '（']).next().unwrap_or(label);
    if SPENT.iter().any(|w| label.ends_with(w)) {
        *spent = Some(number.value);
    }
}

/// Whether a list closes on a catch-all item (“其他商品和服务支出”, “其他”): what the named items leave
/// is in it, so the list is the whole of its total, not some of it.
pub fn closes_on_the_rest(text: &str, parts: &Parts) -> bool {
    parts.items.last().is_some_and(|last| text.get(last.name.clone()).is_some_and(|name| name.starts_with("其他")))
}

/// Whether the item named `lead` (its words up to the figure) is past the end of a breakdown of `id`:
/// a figure per head (生均, 人均), a grand total (收入总计, “加上年结转”), the other kind of spending, or —
/// in a “三公” list — a clause naming no “三公” item (“全年实际支出”, “2023年预算”, “支出控制在年初预算”).
/// Reading on would add the next subject's figure to this total and call a correct total wrong.
fn ends_list(id: &str, lead: &str) -> bool {
    const PAST_ANY: [&str; 5] = ["生均", "人均", "总计", "加上年", "加年初"];
    if PAST_ANY.iter().any(|w| lead.contains(w)) {
        return true;
    }
    // The clause the figure stands in: a name does not run over a comma.
    let clause = lead.rsplit(['，', ',']).next().unwrap_or(lead);
    match id {
        "basic" => clause.contains("项目支出"),
        "projects" => clause.contains("基本支出"),
        // “人员经费…，主要为工资福利支出…和对个人和家庭的补助…；日常公用经费…”: the other part of 基本支出.
        // “基本支出中，人员经费…，主要为…；商品和服务支出…”: 公用经费's kind, beside 人员经费 — never a part of it.
        "personnel" => clause.contains("公用经费") || clause.contains("商品和服务支出"),
        "public" => clause.contains("人员经费"),
        // “年初预算…，其中…；年中追加…”: the budget's siblings, never parts of the 年初预算.
        "initial" => ["追加", "调减", "调增", "结转"].iter().any(|w| clause.contains(w)),
        "sangong" => {
            const ITEMS: [&str; 6] = ["接待", "用车", "公车", "公务车", "出国", "车辆"];
            const SUBJECTS: [&str; 4] = ["支出", "预算", "决算", "年"];
            !ITEMS.iter().any(|w| clause.contains(w)) && SUBJECTS.iter().any(|w| clause.contains(w))
        }
        _ => false,
    }
}

/// Words of a head-count that is not a type of 编制 or of staff in post (another total, or persons
/// outside them): such an item is no part, known or unknown.
const OTHER_COUNTS: [&str; 12] = ["在编", "在职", "实有", "退休", "离休", "编外", "聘", "临时", "劳务", "派遣", "借调", "辅警"];

/// “公用经费预算98.00万元” in “公用经费96.48万元（公用经费预算98.00万元，控制率98.45%）”: what was
/// budgeted for a figure of spending, beside it, not a part of it. (A “三公” list may be of budgets.)
fn is_budget(name: &str) -> bool {
    ["预算", "预算数", "预算安排"].iter().any(|w| name.ends_with(w))
}

/// Of a list naming the standard parts of a total, those parts only: “基本支出…、项目支出…” for spending,
/// “人员经费…、公用经费…” (and other basic spending) for 基本支出; and whether a head-count list held a type
/// of its own that is none of the three (政法专项编制, 民警): the known types are then some of the parts.
fn family(text: &str, id: &str, items: Vec<Part>, bracketed: bool) -> (Vec<Part>, bool) {
    let named = |word: &str| items.iter().any(|p| text[p.name.clone()].contains(word));
    let keep: &[&str] = match id {
        // Posts in a 事业单位 (管理 / 专业技术 / 工勤技能岗) split the staff in post as the 编制 types do —
        // but not beside 行政 / 事业 in the same list: two splits of the same people, not one.
        "staff" if !named("行政") && !named("事业") => &["工勤", "专业技术", "管理人员", "专任教师"],
        // Those managed as civil servants (参公, 参照公务员法管理) are of the 行政 type.
        "staff" | "quota" => &["行政", "事业", "工勤", "参公", "公务员"],
        // A 事业单位 spends from its business too (经营支出) and may pass money up or down (上缴上级支出,
        // 对附属单位补助支出): parts of its 支出合计 beside 基本支出 and 项目支出 where the list names them.
        "spend" if named("基本支出") && named("项目支出") => &["基本支出", "项目支出", "经营支出", "上缴上级支出", "对附属单位补助支出"],
        // “其中：人员经费…，对个人和家庭的补助…，公用经费…”: the subsidies beside the two, a third part — unless
        // the list splits 人员经费 into its 经济分类 too (工资福利支出…和对个人和家庭的补助…), which it then lies in.
        "basic" if named("人员经费") && named("公用经费") && !named("工资福利") => &["人员经费", "公用经费", "其他", "代管", "对个人和家庭的补助"],
        "basic" if named("人员经费") && named("公用经费") => &["人员经费", "公用经费", "其他", "代管"],
        _ => return (items, false),
    };
    // “其中员额检察官21人、检察官助理19人、书记员及司法行政人员16人、工勤人员2人”: a list of posts that are
    // mostly of no 编制 type splits the staff by post — each item a part, whatever words it shares with a type.
    // (Persons outside the staff in post — 退休, 编外 … — are no part of it, as below.)
    let outside = |p: &Part| OTHER_COUNTS.iter().any(|w| text[p.name.clone()].contains(w));
    let posts = items.iter().filter(|p| !outside(p) && !keep.iter().any(|k| text[p.name.clone()].contains(k))).count();
    // Such a list may be of some posts only, or of grades or degrees that need not add up: a sum short of the
    // total is no finding (the list is taken as some of the parts).
    if id == "staff" && posts >= 2 {
        return (items.into_iter().filter(|p| !outside(p)).collect(), true);
    }
    // “基本支出…：人员经费…，公用经费…，其他基本支出（代管…）…；项目支出…”: 其他基本支出 names 基本支出 but is one
    // of its parts (SPEC §3, basic_other), never a part of spending beside it.
    let of_basic = |p: &Part| id == "spend" && text[p.name.clone()].contains("其他基本支出");
    let (kept, dropped): (Vec<Part>, Vec<Part>) = items.into_iter().partition(|p| keep.iter().any(|k| text[p.name.clone()].contains(k)) && !of_basic(p));
    let unknown_type = |p: &Part| {
        let name = &text[p.name.clone()];
        let another = OTHER_COUNTS.iter().any(|w| name.contains(w));
        // In brackets right after the total, every item is meant as a part of it.
        matches!(id, "staff" | "quota") && (bracketed || !another && (id == "staff" || name.contains("编制")))
    };
    let unknown = dropped.iter().any(unknown_type);
    (kept, unknown)
}

/// The item's name between the previous figure and this one, without separators and lead-ins — and
/// without what the previous item's sentence said of it (“人员经费…元，主要用于…等;公用经费”: 公用经费).
fn trim(text: &str, mut start: usize, mut end: usize) -> std::ops::Range<usize> {
    if let Some(at) = text[start..end].rfind([';', '。']) {
        start += at + 1;
    }
    'lead: loop {
        for word in LEAD {
            if text[start..end].starts_with(word) {
                start += word.len();
                continue 'lead;
            }
        }
        // “工资福利支出…万元加对个人和家庭的补助…”: 加 right after the previous amount joins the next item.
        if text[start..end].starts_with('加') && text[..start].ends_with(['元', '人', '名']) {
            start += '加'.len_utf8();
            continue 'lead;
        }
        // “事业收入612.5万元（学费、住宿费），上级补助收入…”: the previous item's remark in brackets.
        if text[start..end].starts_with('（') {
            if let Some(close) = text[start..end].find('）') {
                start += close + '）'.len_utf8();
                continue 'lead;
            }
        }
        break;
    }
    'tail: loop {
        for word in TAIL {
            let in_a_word = word.chars().count() == 1 && ENDS_A_WORD.iter().any(|w| text[start..end].ends_with(w));
            if text[start..end].ends_with(word) && end - word.len() > start && !in_a_word {
                end -= word.len();
                continue 'tail;
            }
        }
        break;
    }
    start..end
}

/// The end of the sentence from `at`: “。”, a paragraph break, or 600 bytes on.
fn sentence_end(text: &str, at: usize) -> usize {
    // Looked for within the 600 bytes only: on a report pasted as one line, a search to the text's end from
    // every list would take time quadratic in the line's length.
    let window = super::labels::window_after(text, at, 600);
    at + window.find(['。', '\n']).unwrap_or(window.len())
}

/// The “）” closing the “（” at `open`, within a sentence.
fn matching_close(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text[open..].char_indices().take_while(|(i, _)| *i < 600) {
        match c {
            '（' => depth += 1,
            '）' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            '。' | '\n' => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;

    fn parts(text: &str, id: &str) -> Option<(Vec<(String, String)>, bool)> {
        let numbers = numbers(text);
        let parts = listed(text, &numbers, 0, id)?;
        Some((parts.items.iter().map(|p| (text[p.name.clone()].to_string(), p.value.normalize().to_string())).collect(), parts.partial))
    }

    #[test]
    fn a_budget_remarked_on_without_figures_lists_no_parts() {
        // The 其中 clause says what most of it went to, with no figure: the next clauses are its siblings.
        let remarked = "年初预算980.00万元，其中大部分为对个人和家庭的补助;年中追加120.00万元，主要为提标资金;年中调减15.00万元。";
        assert_eq!(parts(remarked, "initial"), None);
        assert_eq!(parts("年初预算980.00万元，其中以对个人和家庭的补助为主;全年支出960.00万元。", "initial"), None);
        // A list of its sources ends where the additions begin.
        let sources = "年初预算980.00万元，其中一般公共预算拨款900.00万元、其他资金80.00万元，年中追加120.00万元。";
        let listed = Some((vec![("一般公共预算拨款".into(), "900".into()), ("其他资金".into(), "80".into())], false));
        assert_eq!(parts(sources, "initial"), listed);
        // A list whose first parts are said to be nil goes on to the parts with figures.
        let nil_first = "实际支出9.10万元，其中:因公出国（境）费无;公务用车运行维护费6.70万元;公务接待费2.40万元。";
        assert_eq!(parts(nil_first, "sangong").map(|(items, _)| items.len()), Some(2));
        // Spending's own list, its first part with a figure, still runs over its clauses.
        let spent = "本年支出356.2万元，其中:基本支出308.2万元;项目支出48万元。";
        assert_eq!(parts(spent, "spend").map(|(items, _)| items.len()), Some(2));
    }

    #[test]
    fn other_basic_spending_in_a_parts_own_list_is_no_part_of_spending() {
        let basic_and_projects = Some((vec![("基本支出".into(), "640.5".into()), ("项目支出".into(), "212.3".into())], false));
        for text in [
            "全年支出852.80万元，其中:基本支出640.50万元:人员经费520.00万元，公用经费112.30万元，其他基本支出（代扣代缴的工会会费）8.20万元;项目支出212.30万元。",
            "本年支出852.80万元，其中:基本支出640.50万元，人员经费520.00万元、公用经费112.30万元、其他基本支出8.20万元;项目支出212.30万元。",
        ] {
            assert_eq!(parts(text, "spend"), basic_and_projects, "{text}");
        }
    }

    #[test]
    fn business_spending_and_money_passed_on_are_parts_of_spending() {
        let names = |text: &str| parts(text, "spend").map(|(items, _)| items.into_iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>());
        let text = "本年支出合计2406.90万元，其中:基本支出1520.40万元（人员经费1300.00万元），项目支出640.30万元，经营支出246.20万元。";
        assert_eq!(names(text), Some(vec!["基本支出=1520.4".into(), "项目支出=640.3".into(), "经营支出=246.2".into()]));
        let text = "全年支出980.00万元，包括基本支出600.00万元、项目支出300.00万元、上缴上级支出50.00万元和对附属单位补助支出30.00万元。";
        assert_eq!(names(text).map(|n| n.len()), Some(4));
        // A list without them stays the two parts.
        let text = "全年支出900.00万元，其中基本支出600.00万元，项目支出300.00万元。";
        assert_eq!(names(text).map(|n| n.len()), Some(2));
    }

    #[test]
    fn a_name_ending_on_a_word_keeps_its_last_character() {
        // “审计”, “设计” end the name: their 计 is no “计…万元” before the figure.
        let text = "项目支出96.40万元，包括财政资金审计52.10万元、村庄规划设计31.30万元、其他13.00万元。";
        let names = parts(text, "projects").map(|(items, _)| items.into_iter().map(|(name, _)| name).collect::<Vec<_>>());
        assert_eq!(names, Some(vec!["财政资金审计".to_string(), "村庄规划设计".to_string(), "其他".to_string()]));
        // A 计 standing before the figure is still not the name's.
        let counted = "项目支出96.40万元，包括专项调查计52.10万元、其他计44.30万元。";
        let names = parts(counted, "projects").map(|(items, _)| items.into_iter().map(|(name, _)| name).collect::<Vec<_>>());
        assert_eq!(names, Some(vec!["专项调查".to_string(), "其他".to_string()]));
    }

    #[test]
    fn parts_in_the_next_sentence_with_nested_brackets_and_yuan() {
        let text = "本年支出356.2万元。其中:基本支出308.2万元（人员经费280万元、公用经费28.2万元）;项目支出480000元，主要用于普查。";
        assert_eq!(parts(text, "spend"), Some((vec![("基本支出".into(), "308.2".into()), ("项目支出".into(), "48".into())], false)));
    }

    #[test]
    fn a_figure_restated_in_brackets_is_no_part_and_its_list_follows() {
        let basic_and_projects = Some((vec![("基本支出".into(), "301.1".into()), ("项目支出".into(), "117.5".into())], false));
        // Restated, then listed after the brackets; or another figure in the brackets, a list (or a part) still.
        for text in ["全年支出418.60万元（即4186000.00元），其中基本支出301.10万元，项目支出117.50万元。", "全年支出418.60万元（基本支出301.10万元、项目支出117.50万元）。"] {
            assert_eq!(parts(text, "spend"), basic_and_projects, "{text}");
        }
    }

    #[test]
    fn parts_after_a_colon_right_after_the_figure() {
        let text = "基本支出5400000.00元:工资福利支出4650000.00元，商品和服务支出750000.00元。";
        assert_eq!(parts(text, "basic"), Some((vec![("工资福利支出".into(), "465".into()), ("商品和服务支出".into(), "75".into())], false)));
    }

    #[test]
    fn projects_named_with_their_budget_and_spending_in_brackets() {
        let text = "项目支出52.30万元，分别是:河道保洁（预算30.00万元，支出28.50万元）、堤防巡查（预算25.00万元，支出23.80万元）。";
        assert_eq!(parts(text, "projects"), Some((vec![("河道保洁".into(), "28.5".into()), ("堤防巡查".into(), "23.8".into())], false)));
        // Figures before the brackets are the project's own: the brackets add none.
        let text = "项目支出52.30万元，包括河道保洁28.50万元（预算30.00万元）、堤防巡查23.80万元（预算25.00万元）。";
        assert_eq!(parts(text, "projects"), Some((vec![("河道保洁".into(), "28.5".into()), ("堤防巡查".into(), "23.8".into())], false)));
    }

    #[test]
    fn parts_after_wei_and_he() {
        let text = "项目支出共计31万元，为2024年驻村帮扶第一书记专项工作经费1万元和2024年春节送温暖资金30万元。";
        let (items, partial) = parts(text, "projects").unwrap();
        assert_eq!(items.iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>(),
            ["2024年驻村帮扶第一书记专项工作经费=1", "2024年春节送温暖资金=30"]);
        assert!(!partial);
    }

    #[test]
    fn memo_items_nested_lists_and_partial_lists() {
        let text = "支出合计1000万元，其中基本支出600万元，其中人员经费500万元、公用经费100万元;项目支出400万元，三公经费支出5万元。";
        assert_eq!(parts(text, "spend").unwrap().0.len(), 2);
        let text = "项目支出10190.35万元，主要为:山洪灾害防治项目3206.5万元、小型水库除险加固项目2845万元等。";
        assert!(parts(text, "projects").unwrap().1);
        assert_eq!(parts("全年支出1000万元，为年初预算的95%。", "spend"), None);
    }

    #[test]
    fn sangong_items_in_the_next_sentence_after_the_budget_beside_the_total() {
        let next = |pasted: &str| {
            let text = crate::core::audit::text::Normalised::new(pasted).text;
            listed_next_sentence(&text, &numbers(&text), 0, true).map(|parts| (parts.items.iter().map(|p| text[p.name.clone()].to_string()).collect::<Vec<_>>(), parts.sum()))
        };
        let (named, sum) = next("本年“三公”经费支出4.30万元（43,000元），比预算5.00万元节约0.70万元。具体为：公务接待费1.10万元；公务用车运行维护费3.40万元；因公出国（境）费0.00万元。").unwrap();
        assert_eq!(named, ["公务接待费", "公务用车运行维护费", "因公出国（境）费"]);
        assert_eq!(sum, Some(Decimal::new(450, 2)));
        // Items that make the budget beside the total, not the total: the budget's items.
        assert_eq!(next("本年“三公”经费支出4.30万元，比预算5.00万元节约0.70万元。具体为：公务接待费1.60万元；公务用车运行维护费3.40万元。"), None);
        // Another amount of its own in the sentence: the list may be that one's.
        assert_eq!(next("本年“三公”经费支出4.30万元，会议费2.00万元。其中公务接待费1.10万元，公务用车运行维护费3.40万元。"), None);
    }

    #[test]
    fn lists_introduced_by_the_name_alone() {
        let text = "基本支出702.3万元。基本支出中，人员经费621.5万元，日常公用经费80.8万元。";
        let found = introduced(text, &numbers(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].2.items.len(), 2);
    }
}
