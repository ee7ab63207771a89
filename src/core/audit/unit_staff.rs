//! A 部门汇总 report's head counts unit by unit (“分单位看：局机关行政编制12名、工勤编制2名，实有11人、工勤2人；
//! 某所事业编制20名，实有18人”): each unit's 编制 and 实有, in whatever types it has. The department's 编制 is
//! the units' posts together, its 实有 their people together, and each type of the department's (行政、事业、
//! 工勤) that type over the units — never the units' figures taken as one list of parts of any one of them.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::numbers::{Number, Unit};
use super::text::{ideograph, start_after_last};
use super::verdicts::{trim, Judged};
use super::Verdict;

/// What a head count counts, by the words of its clause.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Counts {
    Posts,
    People,
}

impl Counts {
    fn id(self) -> &'static str {
        match self {
            Counts::Posts => "quota",
            Counts::People => "staff",
        }
    }

    /// The draft's fields of this count by type (行政, 事业, 工勤).
    fn fields(self) -> [&'static str; 3] {
        match self {
            Counts::Posts => ["staff.quota.admin", "staff.quota.institution", "staff.quota.worker"],
            Counts::People => ["staff.actual.admin", "staff.actual.institution", "staff.actual.worker"],
        }
    }
}

/// The types of post, in the order of [`Counts::fields`], by the words that name them.
const TYPES: [&[&str]; 3] = [&["行政", "参公", "公务员"], &["事业", "专业技术"], &["工勤"]];

/// Words of persons who are no part of the 编制 or of those in post.
const OUTSIDE: [&str; 7] = ["退休", "离休", "编外", "聘用", "临时", "劳务", "离退"];

/// Words that close a unit's name and open its counts (“省某某中心事业编制…”, “机关本级实有…”).
const COUNTED: [&str; 18] =
    ["核定", "编制", "实有", "在编", "在职", "在岗", "人员", "现有", "共有", "行政", "公务员", "事业", "工勤", "参公", "参照", "专业技术", "职工", "干部"];

/// How a unit's name ends: a seat or a body of the department.
const BODIES: [&str; 21] =
    ["机关", "本级", "本部", "中心", "站", "所", "院", "局", "队", "馆", "处", "科", "室", "校", "厅", "办", "会", "社", "场", "园", "团"];

/// Words opening a list of units (“分单位看：”, “其中，”) rather than naming one.
const OPENINGS: [&str; 6] = ["其中", "分单位看", "分单位情况", "分单位为", "具体为", "分别为"];

/// The longest run of words a list's opening takes with no figure in it (“分单位情况:”, “其中”).
const OPENING_WITHIN: usize = 8;

/// The longest a unit's name and its words run, and a unit's clause.
const NAME_WITHIN: usize = 48;
const CLAUSE_WITHIN: usize = 160;

/// One head count of a unit: the index of its number, what it counts and the type it is of, if said.
#[derive(Clone, Copy, Debug)]
struct Count {
    index: usize,
    kind: Option<Counts>,
    of_type: Option<usize>,
}

/// A list of two or more units' head counts in one sentence.
pub struct UnitList {
    /// The sentence's words from the first unit's name to the last unit's last figure.
    span: Range<usize>,
    units: Vec<Vec<Count>>,
}

impl UnitList {
    fn counts(&self, kind: Counts) -> impl Iterator<Item = &Count> {
        self.units.iter().flatten().filter(move |c| c.kind == Some(kind))
    }

    /// Each unit's count of this kind, the units without one left out.
    fn per_unit(&self, kind: Counts, numbers: &[Number]) -> Option<Vec<Decimal>> {
        let of_unit = |unit: &Vec<Count>| -> Option<Option<Decimal>> {
            let mut counted = unit.iter().filter(|c| c.kind == Some(kind)).peekable();
            counted.peek()?;
            Some(counted.try_fold(Decimal::ZERO, |sum, c| sum.plus(numbers[c.index].value)))
        };
        self.units.iter().filter_map(of_unit).collect()
    }

    /// This kind of count over the units, typed: each type's sum, where every count of the kind says its type.
    fn by_type(&self, kind: Counts, numbers: &[Number]) -> Option<[Option<Decimal>; 3]> {
        let counts: Vec<&Count> = self.counts(kind).collect();
        if counts.is_empty() || counts.iter().any(|c| c.of_type.is_none()) {
            return None;
        }
        let mut sums = [None; 3];
        for count in counts {
            let slot = &mut sums[count.of_type?];
            *slot = Some(slot.unwrap_or(Decimal::ZERO).plus(numbers[count.index].value)?);
        }
        Some(sums)
    }
}

/// The words from the clause's start to the number.
fn clause<'a>(text: &'a str, number: &Number) -> &'a str {
    let before = text.get(..number.start).unwrap_or_default();
    let start = start_after_last(before, &['，', ',', '、', ';', ':', '。', '\n']);
    &before[start..]
}

/// What a head count counts by its words, where they say.
fn kind_of(words: &str) -> Option<Counts> {
    if words.contains("编制") {
        Some(Counts::Posts)
    } else {
        ["实有", "在职", "在编", "在岗", "人员", "现有", "职工"].iter().any(|w| words.contains(w)).then_some(Counts::People)
    }
}

fn counts(text: &str, number: &Number) -> Option<Counts> {
    let words = clause(text, number);
    if !is_head_count(number) || OUTSIDE.iter().any(|w| words.contains(w)) {
        return None;
    }
    kind_of(words)
}

fn is_head_count(number: &Number) -> bool {
    number.unit == Unit::Persons && number.decimals == 0
}

/// The one type of post the words name, if they name one.
fn type_of(words: &str) -> Option<usize> {
    let named: Vec<usize> = (0..TYPES.len()).filter(|&t| TYPES[t].iter().any(|w| words.contains(w))).collect();
    match named[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// A unit's name opening a clause (“省某某中心”, “局机关”, “机关本级”): not the department itself (“全局”,
/// “本单位”), nor the department with its units (“局机关及下属单位”).
fn is_unit_name(name: &str) -> bool {
    const WHOLE: [&str; 7] = ["全", "本", "我", "该", "部门", "各", "两"];
    const WITH_PARTS: [&str; 8] = ["及下属", "和下属", "及所属", "和所属", "汇总", "合计", "共计", "总计"];
    (2..=40).contains(&name.chars().count())
        && name.chars().all(|c| ideograph(c) || c.is_ascii_digit() || c == '个')
        && BODIES.iter().any(|w| name.ends_with(w))
        && !WHOLE.iter().any(|w| name.starts_with(w))
        && !WITH_PARTS.iter().any(|w| name.contains(w))
        && (!BODIES.contains(&name) || SEATS.contains(&name))
}

/// The seat of a department, a unit of its list though named by a body alone; “中心核定编制…” is the unit itself.
const SEATS: [&str; 3] = ["机关", "本级", "本部"];

/// The words a clause opens on past a list's opening (“其中，”, “分单位看:”).
fn past_openings(mut words: &str) -> &str {
    while let Some(rest) = OPENINGS.iter().find_map(|w| words.strip_prefix(w)) {
        words = rest;
    }
    words
}

/// A sentence's clauses outside brackets, each with its start: a unit's types in brackets after its figure
/// (“机关本级20人（行政18人、工勤2人）”) stay inside its clause.
fn clauses(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut start = sentence.start;
    for (at, c) in text[sentence.clone()].char_indices() {
        let at = sentence.start + at;
        match c {
            '（' => depth += 1,
            '）' => depth = depth.saturating_sub(1),
            '，' | ',' | '、' | ';' | ':' if depth == 0 => {
                found.push(start..at);
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    found.push(start..sentence.end);
    found
}

fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices().filter(|(_, c)| matches!(c, '。' | '\n')) {
        found.push(start..at);
        start = at + c.len_utf8();
    }
    found.push(start..text.len());
    found
}

/// Whether a position in a clause stands inside brackets.
fn bracketed(text: &str, clause: &Range<usize>, at: usize) -> bool {
    let before = text.get(clause.start..at).unwrap_or_default();
    before.matches('（').count() > before.matches('）').count()
}

/// The lists of two or more units' head counts, sentence by sentence.
pub fn lists(text: &str, numbers: &[Number]) -> Vec<UnitList> {
    sentences(text).into_iter().flat_map(|sentence| lists_in(text, numbers, sentence)).collect()
}

/// A list being read: its units so far and where it started.
#[derive(Default)]
struct Reading {
    start: usize,
    end: usize,
    units: Vec<Vec<Count>>,
    names: Vec<String>,
}

fn lists_in(text: &str, numbers: &[Number], sentence: Range<usize>) -> Vec<UnitList> {
    let mut found = Vec::new();
    let mut reading = Reading::default();
    let close = |reading: &mut Reading, found: &mut Vec<UnitList>| {
        let done = std::mem::take(reading);
        if let Some(list) = settled(text, numbers, done) {
            found.push(list);
        }
    };
    for clause in clauses(text, sentence) {
        // No unit's clause runs this long: past it, no list goes on (and no text's length costs more than once).
        if text[clause.clone()].chars().nth(CLAUSE_WITHIN).is_some() {
            close(&mut reading, &mut found);
            continue;
        }
        // Numbers stand in the order of the text: those of the clause are found by halving, not one by one.
        let within = numbers.partition_point(|n| n.start < clause.start)..numbers.partition_point(|n| n.start < clause.end);
        let counted: Vec<usize> = within.filter(|&i| !bracketed(text, &clause, numbers[i].start) && !counts_units(text, &numbers[i])).collect();
        let words = text.get(clause.clone()).unwrap_or_default();
        let Some(&first) = counted.first() else {
            let opening = words.chars().count() <= OPENING_WITHIN && !words.contains(|c: char| c.is_ascii_digit());
            if !opening {
                close(&mut reading, &mut found);
            }
            continue;
        };
        let head = text.get(clause.start..numbers[first].start).unwrap_or_default().trim();
        // “局机关…实有11人，其中公务员10人；林业站…”: in an open list, 其中 breaks down the count before it — its
        // figures are parts of that count, no more of the unit's, and the list goes on past them.
        if !reading.units.is_empty() && head.starts_with("其中") {
            reading.end = clause.end;
            continue;
        }
        let head = past_openings(head);
        let name = unit_name_in(head);
        // Once a list is open, the units after the first are named as they please (“县一中”, “县实验小学”).
        let named = is_unit_name(name) || !reading.units.is_empty() && names_another(name);
        let others = OUTSIDE.iter().any(|w| words.contains(w)) || counted.iter().any(|&i| !is_head_count(&numbers[i]));
        // After “;” a unit is named anew: a count there without a name is the department's (“；实有在编46人”).
        let after_a_unit = !text[..clause.start].ends_with(';');
        let goes_on = !reading.units.is_empty() && after_a_unit && head.chars().count() <= OPENING_WITHIN && !head.starts_with(['全', '合', '共', '总']);
        if others || !(named || goes_on) {
            close(&mut reading, &mut found);
            continue;
        }
        // “机关行政编制52名、机关工勤编制4名”: the same unit named again goes on.
        let again = named && reading.names.last().is_some_and(|last| last == name);
        if named && !again {
            if reading.units.is_empty() {
                reading.start = clause.start + (words.len() - words.trim_start().len());
            }
            reading.units.push(Vec::new());
            reading.names.push(name.to_string());
        }
        let mut from = clause.start;
        for index in counted {
            let words = text.get(from..numbers[index].start).unwrap_or_default();
            if let Some(unit) = reading.units.last_mut() {
                unit.push(Count { index, kind: kind_of(words), of_type: type_of(words) });
            }
            from = numbers[index].end;
        }
        reading.end = clause.end;
    }
    close(&mut reading, &mut found);
    found
}

/// The name a clause's words open on: up to a body's name right before the counts' words (“综合行政执法大队事业
/// 编制…”: 行政 is the unit's), else up to the first of those words.
fn unit_name_in(head: &str) -> &str {
    let counted_from = |at: usize| COUNTED.iter().any(|w| head[at..].starts_with(w));
    let bodies = BODIES.iter().flat_map(|b| head.match_indices(b).map(|(at, b)| at + b.len()));
    match bodies.filter(|&end| counted_from(end)).max() {
        Some(end) => &head[..end],
        None => &head[..COUNTED.iter().filter_map(|w| head.find(w)).min().unwrap_or(head.len())],
    }
}

/// “18个乡镇卫生院核定编制共472个”: a number of units opening a unit's name is no head count.
fn counts_units(text: &str, number: &Number) -> bool {
    let after = text.get(number.end..).unwrap_or_default();
    let near = after.char_indices().nth(NAME_WITHIN).map_or(after.len(), |(at, _)| at);
    let after = &after[..after[..near].find(['，', ',', '、', ';', ':', '。', '\n']).unwrap_or(near)];
    let name_end = COUNTED.iter().filter_map(|w| after.find(w)).min().unwrap_or(0);
    let name = &after[..name_end];
    !name.contains(|c: char| !ideograph(c)) && is_unit_name(name)
}

/// A later unit's name in an open list: words, not a date (“2024年底”), a total or the department itself.
fn names_another(name: &str) -> bool {
    const NOT_A_UNIT: [&str; 9] = ["全", "合", "共", "总", "另", "其", "本", "年", "截"];
    // Posts and people by what they do (管理人员、专业技术人员、专任教师) are no units.
    const OF_POSTS: [&str; 7] = ["管理", "技术", "技能", "教师", "教辅", "干部", "职工"];
    (3..=40).contains(&name.chars().count())
        && name.chars().all(ideograph)
        && !NOT_A_UNIT.iter().any(|w| name.starts_with(w))
        && !OF_POSTS.iter().any(|w| name.contains(w))
}

/// A list read, its counts' kinds and types told where their words leave them out; none where it is no list
/// of units or a count's kind stays unknown.
fn settled(text: &str, numbers: &[Number], reading: Reading) -> Option<UnitList> {
    if reading.units.len() < 2 {
        return None;
    }
    // “…实有在职人员30人，分单位为：机关本级12人，某中心18人”: counts without words are of the kind before them.
    let before = text.get(..reading.start).unwrap_or_default();
    let sentence_start = start_after_last(before, &['。', '\n']);
    let before_list = numbers.partition_point(|n| n.start < sentence_start)..numbers.partition_point(|n| n.end <= reading.start);
    let opening_kind = numbers.get(before_list).unwrap_or_default().iter().rev().find_map(|n| counts(text, n));
    let mut units = reading.units;
    for unit in &mut units {
        tell_kinds(unit, opening_kind)?;
        tell_people_types(unit);
    }
    Some(UnitList { span: reading.start..reading.end, units })
}

/// “工勤4个、实有4人” after “实有89人”: a count without its kind between people is posts (its people follow);
/// else of the kind before it in the unit, or posts before people, or the kind the list opened on.
fn tell_kinds(unit: &mut [Count], opening: Option<Counts>) -> Option<()> {
    for i in 0..unit.len() {
        if unit[i].kind.is_some() {
            continue;
        }
        let before = i.checked_sub(1).and_then(|p| unit[p].kind);
        let next = unit.get(i + 1).and_then(|c| c.kind);
        unit[i].kind = match (before, next) {
            (Some(Counts::People), Some(Counts::People)) | (None, Some(Counts::People)) => Some(Counts::Posts),
            (Some(kind), _) => Some(kind),
            (None, _) => opening,
        };
        unit[i].kind?;
    }
    Some(())
}

/// “某所事业编制20名，实有18人”: the people of a unit whose posts leave one type untold are of that type.
/// “院本部事业编制120个、实有114人，工勤编制8个、实有7人”: each type's people right after its posts, for
/// every type the unit has posts of, are that type's (not where one count of people follows several types).
fn tell_people_types(unit: &mut [Count]) {
    let untyped_people = |c: &Count| c.kind == Some(Counts::People) && c.of_type.is_none();
    let posts_typed = unit.iter().filter(|c| c.kind == Some(Counts::Posts) && c.of_type.is_some()).count();
    let after_posts: Vec<(usize, usize)> = (1..unit.len())
        .filter(|&i| untyped_people(&unit[i]))
        .filter_map(|i| (unit[i - 1].kind == Some(Counts::Posts)).then_some((i, unit[i - 1].of_type?)))
        .collect();
    let untyped = unit.iter().filter(|c| untyped_people(c)).count();
    if posts_typed >= 2 && after_posts.len() == untyped && untyped == posts_typed {
        for (i, of_type) in after_posts {
            unit[i].of_type = Some(of_type);
        }
        return;
    }
    let typed = |kind: Counts| -> Vec<usize> { unit.iter().filter(|c| c.kind == Some(kind)).filter_map(|c| c.of_type).collect() };
    let (posts, people) = (typed(Counts::Posts), typed(Counts::People));
    let left: Vec<usize> = (0..TYPES.len()).filter(|t| posts.contains(t) && !people.contains(t)).collect();
    let untyped: Vec<usize> = (0..unit.len()).filter(|&i| unit[i].kind == Some(Counts::People) && unit[i].of_type.is_none()).collect();
    if let ([kind], [count]) = (&left[..], &untyped[..]) {
        unit[*count].of_type = Some(*kind);
    }
}

/// Where each unit's counts stand in a list of two or more units: the units' own, never the department's.
pub fn units_counts(text: &str, numbers: &[Number]) -> Vec<Range<usize>> {
    let of = |c: &Count| numbers[c.index].start..numbers[c.index].end;
    let lists = lists(text, numbers);
    let listed_lines: Vec<Range<usize>> = lists.iter().map(|l| line_of(text, l.span.start)).collect();
    let mut found: Vec<Range<usize>> = lists.iter().flat_map(|list| list.units.iter().flatten().map(of).collect::<Vec<_>>()).collect();
    let of_pair = |i: usize| numbers[i].start..numbers[i].end;
    for (run, _) in paired_lists(text, numbers).into_iter().filter(|(_, line)| !listed_lines.contains(line)) {
        found.extend(run.into_iter().flat_map(|p| [of_pair(p.posts), of_pair(p.people)]));
    }
    found
}

/// The units' counts of a kind each list gives by type throughout: the department's types are their sums (see
/// [`typed_sums`]), never one unit's. Where some count's type is untold, a type named once (“机关行政编制…”) may
/// be the department's own.
pub fn typed_counts(text: &str, numbers: &[Number]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for list in lists(text, numbers) {
        for kind in [Counts::Posts, Counts::People] {
            if list.by_type(kind, numbers).is_some() {
                found.extend(list.counts(kind).map(|c| numbers[c.index].start..numbers[c.index].end));
            }
        }
    }
    found
}

fn line_of(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    start..end
}

/// The department's total of this kind stated on the list's line, outside the units' counts: the one the units
/// make, else the first. A count of one type (“事业编制…”) is no total, nor is each unit's (“各有在编…”).
fn department_total<'a>(text: &str, numbers: &'a [Number], lists: &[UnitList], list: &UnitList, kind: Counts, sum: Decimal) -> Option<&'a Number> {
    let line = line_of(text, list.span.start);
    let in_a_list = |n: &Number| lists.iter().any(|l| l.span.contains(&n.start));
    let totals: Vec<&Number> = numbers
        .iter()
        .filter(|n| line.contains(&n.start) && !in_a_list(n) && counts(text, n) == Some(kind))
        .filter(|n| !clause(text, n).contains('各') && type_of(clause(text, n)).is_none())
        .collect();
    totals.iter().find(|n| n.value == sum).or(totals.first()).copied()
}

/// “核定编制64个，行政编制30个、实有28人，某队事业编制12个…”: head counts of a type in the list's sentence before
/// it, no unit named, are some of the department's parts too; the units alone are not all of them.
fn counts_left_before(text: &str, numbers: &[Number], list: &UnitList, total: &Number) -> bool {
    let sentence_start = start_after_last(&text[..list.span.start], &['。', '\n']);
    let between = |n: &Number| total.end.max(sentence_start) <= n.start && n.end <= list.span.start;
    numbers.iter().any(|n| between(n) && counts(text, n).is_some() && type_of(clause(text, n)).is_some())
}


// Where no list of named units stands on a line, each 编制 beside its 实有 (“行政编制15个、实有14人；事业编制…”)
// still pairs up the department's counts: the totals are judged on the pairs, as they were before units were read.

/// The longest run of words between a unit's 编制 and its 实有 (“、实有”, “，实有在编”).
const PAIRED_WITHIN: usize = 6;

/// Words that make a head count the whole department's (“部门汇总核定编制…”), not a unit's — as does a
/// clause opening on 全 (“全局…”, “全站…”); “两单位核定编制合计…” is still the units'.
const OF_THE_WHOLE: [&str; 2] = ["汇总", "部门"];

/// Words of a total after the units or types (“编制合计56名、实有在职52人”): the sum, not one more unit —
/// unless units are named before them (“某局和某中心核定编制合计72个” is those two units').
const SUMMED: [&str; 4] = ["合计", "总计", "共计", "总数"];

fn sums_them_all(words: &str) -> bool {
    SUMMED.iter().any(|w| words.find(w).is_some_and(|at| matches!(&words[..at], "" | "编制" | "核定编制" | "人员编制" | "核定人员编制")))
}

/// One unit's posts and people: indices into the text's numbers.
struct Pair {
    posts: usize,
    people: usize,
}

/// The longest run of words a unit's posts by type take in brackets after its 编制 (“（行政18、事业12、工勤4）”).
const TYPES_WITHIN: usize = 40;

/// Where the words after a unit's 编制 resume: past its posts by type in brackets, if it gives them.
fn past_types(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or_default();
    let Some(inside) = rest.strip_prefix(['（', '(']) else { return end };
    // Looked for no further than the types could run (not to the end of a line of brackets never closed).
    let Some((close, _)) = inside.char_indices().take(TYPES_WITHIN + 1).find(|(_, c)| matches!(c, '）' | ')')) else { return end };
    let bracket = rest.len() - inside.len() + close;
    end + bracket + inside[close..].chars().next().map_or(1, char::len_utf8)
}

/// Each unit's 编制 with its 实有 right after it (past its posts by type in brackets).
fn pairs(text: &str, numbers: &[Number]) -> Vec<Pair> {
    let mut found = Vec::new();
    for posts in 0..numbers.len().saturating_sub(1) {
        let number = &numbers[posts];
        let resumes = past_types(text, number.end);
        let Some(people) = (posts + 1..numbers.len()).find(|&i| numbers[i].start >= resumes) else { continue };
        let next = &numbers[people];
        let between = text.get(resumes..next.start).unwrap_or_default();
        let close = between.chars().count() <= PAIRED_WITHIN && !between.contains(['。', ';', '\n']) && between.contains("实有");
        // “（行政编制9名，工勤编制1名），实有…”: a type inside the unit's brackets is no unit of its own.
        let close = close && !between.contains(['）', ')']);
        if !close {
            continue;
        }
        let words = clause(text, number);
        let of_a_unit = !words.starts_with('全') && !OF_THE_WHOLE.iter().any(|w| words.contains(w)) && !sums_them_all(words);
        if of_a_unit && counts(text, number) == Some(Counts::Posts) && counts(text, next) == Some(Counts::People) {
            found.push(Pair { posts, people });
        }
    }
    found
}

/// The runs of two or more units' pairs, each with its line.
fn paired_lists(text: &str, numbers: &[Number]) -> Vec<(Vec<Pair>, Range<usize>)> {
    let mut pairs = pairs(text, numbers).into_iter().peekable();
    let mut found = Vec::new();
    while let Some(first) = pairs.next() {
        let line = line_of(text, numbers[first.posts].start);
        let mut run = vec![first];
        while let Some(next) = pairs.next_if(|p| line.contains(&numbers[p.posts].start)) {
            run.push(next);
        }
        if run.len() >= 2 {
            found.push((run, line));
        }
    }
    found
}

/// The department's 编制 and 实有 on the line, outside the units' pairs, each judged on its list.
fn totals_of(text: &str, numbers: &[Number], run: &[Pair], line: &Range<usize>) -> Vec<(Range<usize>, &'static str, Judged)> {
    // A unit's posts by type in brackets between its pair are the unit's too.
    let in_pairs = |i: usize| run.iter().any(|p| (p.posts..=p.people).contains(&i));
    let mut found = Vec::new();
    for kind in [Counts::Posts, Counts::People] {
        // “两个防汛站各有在编人员4名”: each unit's, not the department's.
        let whole = |n: &Number| !clause(text, n).contains('各');
        let total = numbers.iter().enumerate().find(|(i, n)| line.contains(&n.start) && !in_pairs(*i) && counts(text, n) == Some(kind) && whole(n));
        let Some((_, total)) = total else { continue };
        let parts: Vec<Decimal> = run.iter().map(|p| numbers[if kind == Counts::Posts { p.posts } else { p.people }].value).collect();
        let Some(sum) = parts.iter().try_fold(Decimal::ZERO, |s, v| s.plus(*v)) else { continue };
        let start = total.start - clause(text, total).len();
        found.push((start..total.end, kind.id(), verdict(kind, total.value, sum, &parts)));
    }
    found
}

/// Each department total stated on a list's line: its range (clause to figure), id (`quota`, `staff`) and
/// verdict on the units' counts — where units of one type alone fall short of it, they are that type's, not
/// the department's, and nothing is said.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, &'static str, Judged)> {
    let lists = lists(text, numbers);
    let mut found = Vec::new();
    for list in &lists {
        for kind in [Counts::Posts, Counts::People] {
            let Some(parts) = list.per_unit(kind, numbers).filter(|p| p.len() >= 2) else { continue };
            let Some(sum) = parts.iter().try_fold(Decimal::ZERO, |s, v| s.plus(*v)) else { continue };
            let Some(total) = department_total(text, numbers, &lists, list, kind, sum) else { continue };
            let of_one_type = list.by_type(kind, numbers).is_some_and(|sums| sums.iter().flatten().count() == 1);
            if total.value != sum && (of_one_type || counts_left_before(text, numbers, list, total)) {
                continue;
            }
            let start = total.start - clause(text, total).len();
            found.push((start..total.end, kind.id(), verdict(kind, total.value, sum, &parts)));
        }
    }
    let listed_lines: Vec<Range<usize>> = lists.iter().map(|l| line_of(text, l.span.start)).collect();
    for (run, line) in paired_lists(text, numbers).into_iter().filter(|(_, line)| !listed_lines.contains(line)) {
        found.extend(totals_of(text, numbers, &run, &line));
    }
    found
}

/// The department's head counts by type where the units give them and make its total (or it states none):
/// each field with the units' sum, and where the list stands.
pub fn typed_sums(text: &str, numbers: &[Number]) -> Vec<(&'static str, Decimal, Range<usize>)> {
    let lists = lists(text, numbers);
    let mut found = Vec::new();
    for list in &lists {
        for kind in [Counts::Posts, Counts::People] {
            let Some(sums) = list.by_type(kind, numbers) else { continue };
            let Some(sum) = sums.iter().flatten().try_fold(Decimal::ZERO, |s, v| s.plus(*v)) else { continue };
            if department_total(text, numbers, &lists, list, kind, sum).is_some_and(|total| total.value != sum) {
                continue;
            }
            let typed = kind.fields().into_iter().zip(sums).filter_map(|(id, sum)| Some((id, sum?, list.span.clone())));
            found.extend(typed);
        }
    }
    found
}

/// The units' counts by type that do not make the department's stated total (`quota` or `staff`): that total,
/// the units' sum and each unit's count — a slip in one of them, so no type of the department's is their sum.
pub fn sums_off_the_total(text: &str, numbers: &[Number]) -> Vec<(&'static str, Decimal, Decimal, Vec<Decimal>)> {
    let lists = lists(text, numbers);
    let mut found = Vec::new();
    for list in &lists {
        for kind in [Counts::Posts, Counts::People] {
            let (Some(sums), Some(parts)) = (list.by_type(kind, numbers), list.per_unit(kind, numbers)) else { continue };
            let Some(sum) = sums.iter().flatten().try_fold(Decimal::ZERO, |s, v| s.plus(*v)) else { continue };
            if let Some(total) = department_total(text, numbers, &lists, list, kind, sum).filter(|total| total.value != sum) {
                found.push((kind.id(), total.value, sum, parts));
            }
        }
    }
    found
}

fn verdict(kind: Counts, stated: Decimal, sum: Decimal, parts: &[Decimal]) -> Judged {
    let (what, of_units) = match kind {
        Counts::Posts => ("编制数", "各单位编制"),
        Counts::People => ("在职人数", "各单位实有人数"),
    };
    let listed: Vec<String> = parts.iter().map(|v| format!("{}人", trim(*v))).collect();
    let listed = listed.join("+");
    if stated == sum {
        return Judged::new(Verdict::Ok, format!("{what}{}人={of_units}之和（{listed}），相符", trim(sum)));
    }
    let off = stated.minus(sum).map(|d| trim(d.abs())).unwrap_or_default();
    Judged::new(Verdict::Mismatch, format!("报告写{what}{}人，{of_units}之和为{}人（{listed}），相差{off}人", trim(stated), trim(sum)))
}

#[cfg(test)]
mod tests {
    use super::super::numbers::numbers;
    use super::super::text::Normalised;
    use super::*;

    fn verdicts(text: &str) -> Vec<(&'static str, Verdict, String)> {
        let text = Normalised::new(text).text;
        judged(&text, &numbers(&text)).into_iter().map(|(_, id, j)| (id, j.verdict, j.detail)).collect()
    }

    #[test]
    fn the_units_posts_and_people_are_two_lists() {
        let found = verdicts("人员：站机关行政编制7名、实有6人，检测中心事业编制15名、实有14人。全站核定编制22名，实有在职人员20人；退休9人。");
        assert_eq!(found.iter().map(|(id, v, _)| (*id, *v)).collect::<Vec<_>>(), vec![("quota", Verdict::Ok), ("staff", Verdict::Ok)]);
    }

    #[test]
    fn a_department_total_the_units_do_not_make_is_wrong() {
        let found = verdicts("全局核定编制22名，实有在职人员19人，具体为：站机关行政编制7名、实有6人；检测中心事业编制15名、实有14人。");
        assert_eq!(found[0].1, Verdict::Ok);
        assert_eq!(found[1].1, Verdict::Mismatch);
        assert_eq!(found[1].2, "报告写在职人数19人，各单位实有人数之和为20人（6人+14人），相差1人");
    }

    #[test]
    fn a_units_posts_by_type_in_brackets_keep_it_in_the_list() {
        let found = verdicts("全局核定编制50名，实有在职人员47人。分单位看：局本级编制22名（行政16、事业6），实有21人；监测站编制28名，实有26人。");
        assert_eq!(found.iter().map(|(id, v, _)| (*id, *v)).collect::<Vec<_>>(), vec![("quota", Verdict::Ok), ("staff", Verdict::Ok)]);
        let slipped = verdicts("全局核定编制50名，实有在职人员48人。分单位看：局本级编制22名（行政16、事业6），实有21人；监测站编制28名，实有26人。");
        assert_eq!(slipped[1].2, "报告写在职人数48人，各单位实有人数之和为47人（21人+26人），相差1人");
    }

    #[test]
    fn each_unit_counts_in_all_its_types() {
        let text = "全局核定编制60名，其中行政编制18名、事业编制38名、工勤编制4名；实有在职人员55人。分单位看：局机关核定行政编制18名、\
                    工勤编制4名，实有在编17人、工勤3人；林业站事业编制23名，实有21人；防火中心事业编制15名，实有14人。";
        let found = verdicts(text);
        assert_eq!(found.iter().map(|(id, v, _)| (*id, *v)).collect::<Vec<_>>(), vec![("quota", Verdict::Ok), ("staff", Verdict::Ok)], "{found:?}");
        assert_eq!(found[1].2, "在职人数55人=各单位实有人数之和（20人+21人+14人），相符");
    }

    #[test]
    fn a_type_without_its_word_between_people_is_posts() {
        let text = "全所核定事业编制50个、工勤编制6个，合计56个。年末实有在职人员52人。分单位情况：所本部事业编制30个、实有28人，\
                    工勤编制4个、实有4人；检测站事业编制20个、实有19人，工勤2个、实有1人。";
        let found = verdicts(text);
        assert_eq!(found.iter().map(|(id, v, _)| (*id, *v)).collect::<Vec<_>>(), vec![("staff", Verdict::Ok)], "{found:?}");
        assert_eq!(found[0].2, "在职人数52人=各单位实有人数之和（32人+20人），相符");
    }

    #[test]
    fn units_of_one_type_are_that_types_not_the_whole() {
        let text = "全局核定编制40名（行政编制22名、事业编制18名），实有人数37人（行政21人、事业16人）。其中，测绘队事业编制10名、\
                    实有9人；档案室事业编制8名、实有7人。";
        assert!(verdicts(text).is_empty(), "{:?}", verdicts(text));
    }

    #[test]
    fn units_with_one_figure_each_make_the_people_in_post() {
        let found = verdicts("实有在职人员46人，分单位为：机关本级15人（行政13人、工勤2人），林业站20人，防火中心9人。");
        assert_eq!(found.iter().map(|(id, v, _)| (*id, *v)).collect::<Vec<_>>(), vec![("staff", Verdict::Mismatch)], "{found:?}");
        assert_eq!(found[0].2, "报告写在职人数46人，各单位实有人数之和为44人（15人+20人+9人），相差2人");
        let right = verdicts("实有在职人员44人，分单位为：机关本级15人（行政13人、工勤2人），林业站20人，防火中心9人。");
        assert_eq!(right[0].1, Verdict::Ok, "{right:?}");
    }

    #[test]
    fn the_departments_types_are_the_units_sums() {
        let text = Normalised::new("全局核定编制30名。其中:局机关行政编制10名、工勤编制2名;林业站事业编制15名、工勤编制3名。").text;
        let sums: Vec<(&str, String)> = typed_sums(&text, &numbers(&text)).into_iter().map(|(id, v, _)| (id, trim(v))).collect();
        let expected = [("staff.quota.admin", "10"), ("staff.quota.institution", "15"), ("staff.quota.worker", "5")];
        assert_eq!(sums, expected.map(|(id, v)| (id, v.to_string())));
        // Units short of the department's total leave its types unknown.
        let short = Normalised::new("全局核定编制33名。其中:局机关行政编制10名、工勤编制2名;林业站事业编制15名、工勤编制3名。").text;
        assert!(typed_sums(&short, &numbers(&short)).is_empty());
    }

    #[test]
    fn each_types_people_right_after_its_posts_are_of_that_type() {
        let text = Normalised::new("年末实有在职人员66人，其中技术人员60人，工勤人员6人。分单位情况：站本部事业编制40个、实有38人，工勤编制4个、实有4人；监测分站事业编制24个、实有22人，工勤3个、实有2人。").text;
        let sums: Vec<(&str, String)> = typed_sums(&text, &numbers(&text)).into_iter().map(|(id, v, _)| (id, trim(v))).collect();
        assert!(sums.contains(&("staff.actual.institution", "60".to_string())), "{sums:?}");
        assert!(sums.contains(&("staff.actual.worker", "6".to_string())), "{sums:?}");
        // One count of people after two types of posts is both types': no type is told.
        let both = Normalised::new("分单位情况：站本部行政编制10个、事业编制5个，实有14人；监测分站事业编制8个、实有8人。").text;
        assert!(!typed_sums(&both, &numbers(&both)).iter().any(|(id, _, _)| id.starts_with("staff.actual")));
    }

    #[test]
    fn a_units_count_broken_down_after_its_qizhong_is_counted_once() {
        // 10 of the 11 are 公务员, 6 of the 7 专业技术人员: the units' people are 11 and 7, not 21 and 13.
        let text = "全局核定编制20名，实有在职人员18人。其中：局机关行政编制12名、实有11人，其中公务员10人；林业站事业编制8名、\
                    实有7人，其中专业技术人员6人。";
        let found = verdicts(text);
        assert_eq!(found.iter().map(|(id, v, _)| (*id, *v)).collect::<Vec<_>>(), vec![("quota", Verdict::Ok), ("staff", Verdict::Ok)], "{found:?}");
        assert_eq!(found[1].2, "在职人数18人=各单位实有人数之和（11人+7人），相符");
    }

    #[test]
    fn one_unit_alone_is_no_list() {
        assert!(verdicts("行政编制7名、实有6人。核定编制7名，实有6人。").is_empty());
        assert!(verdicts("核定编制12名（行政编制10名，工勤编制2名），实有人数11人，工勤编制1名空缺。").is_empty());
    }

    /// Amounts each opening a bracket never closed (a table run together as one line) have their brackets
    /// looked into no further than a unit's posts by type run: each had been searched to the line's end.
    #[test]
    fn brackets_never_closed_on_a_long_line_pair_nothing() {
        let text = Normalised::new(&"预算60万元（县级配套2万元，".repeat(3000)).text;
        assert!(pairs(&text, &numbers(&text)).is_empty());
        let units = Normalised::new("下属甲站编制8名（行政编制3名），实有7人；乙站编制5名，实有5人。").text;
        assert_eq!(pairs(&units, &numbers(&units)).len(), 2);
    }
}
