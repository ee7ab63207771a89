//! A 部门汇总 report's head counts unit by unit, each unit's 编制 beside its 实有 (“局机关行政编制12名、实有11人，
//! 某所事业编制20名、实有18人”): two lists, of posts and of people, each making the department's own total where
//! the text states it (“全局核定编制32名，实有在职人员29人”) — never one list of them all.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::text::start_after_last;
use super::numbers::{Number, Unit};
use super::verdicts::{trim, Judged};
use super::Verdict;

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

/// What a head count counts, by the words of its clause.
#[derive(Clone, Copy, PartialEq, Eq)]
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
}

/// The words from the clause's start to the number.
fn clause<'a>(text: &'a str, number: &Number) -> &'a str {
    let before = text.get(..number.start).unwrap_or_default();
    let start = start_after_last(before, &['，', ',', '、', ';', ':', '。', '\n']);
    &before[start..]
}

fn counts(text: &str, number: &Number) -> Option<Counts> {
    let words = clause(text, number);
    if number.unit != Unit::Persons || ["退休", "离休", "编外", "聘用", "临时"].iter().any(|w| words.contains(w)) {
        return None;
    }
    if words.contains("编制") {
        Some(Counts::Posts)
    } else {
        ["实有", "在职", "在编", "在岗"].iter().any(|w| words.contains(w)).then_some(Counts::People)
    }
}

/// The longest run of words a unit's posts by type take in brackets after its 编制 (“（行政18、事业12、工勤4）”).
const TYPES_WITHIN: usize = 40;

/// Where the words after a unit's 编制 resume: past its posts by type in brackets, if it gives them.
fn past_types(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or_default();
    let Some(inside) = rest.strip_prefix(['（', '(']) else { return end };
    let Some(close) = inside.find(['）', ')']) else { return end };
    if inside[..close].chars().count() > TYPES_WITHIN {
        return end;
    }
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
        let words = clause(text, number);
        let of_a_unit = !words.starts_with('全') && !OF_THE_WHOLE.iter().any(|w| words.contains(w)) && !sums_them_all(words);
        if close && of_a_unit && counts(text, number) == Some(Counts::Posts) && counts(text, next) == Some(Counts::People) {
            found.push(Pair { posts, people });
        }
    }
    found
}

/// Each department total stated on the line of two or more units' pairs: its range (clause to figure), id
/// (`quota`, `staff`) and verdict on the units' figures.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, &'static str, Judged)> {
    listed(text, numbers).into_iter().flat_map(|(run, line)| totals_of(text, numbers, &run, &line)).collect()
}

/// Where each unit's 编制 and 实有 stand in a list of two or more units: the units' own counts, never the
/// department's, so no total to judge on the department's parts (行政、事业、工勤).
pub fn units_counts(text: &str, numbers: &[Number]) -> Vec<Range<usize>> {
    let of = |i: usize| numbers[i].start..numbers[i].end;
    listed(text, numbers).into_iter().flat_map(|(run, _)| run.into_iter().flat_map(|p| [of(p.posts), of(p.people)])).collect()
}

/// The runs of two or more units' pairs, each with its line.
fn listed(text: &str, numbers: &[Number]) -> Vec<(Vec<Pair>, Range<usize>)> {
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

fn line_of(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    start..end
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
    fn one_unit_alone_is_no_list() {
        assert!(verdicts("行政编制7名、实有6人。核定编制7名，实有6人。").is_empty());
        assert!(verdicts("核定编制12名（行政编制10名，工勤编制2名），实有人数11人，工勤编制1名空缺。").is_empty());
    }
}
