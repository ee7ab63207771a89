//! A score walked through the indicator system item by item (“1.决策指标（分值15分）⏎（1）预算编制科学性：…。
//! 分值5分，得4.5分。⏎…⏎4.效益指标（分值15分）⏎（14）满意度…。分值5分，得5分。⏎综上，…自评得分95.5分”): the total
//! is the sum of every item's 得分 under every heading, not of the last heading's items (SPEC §11, totals with
//! their parts; §6, a total of 100); no item scores above its 分值; a heading's own 分值 and 得分, where it
//! states them, are its items'.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::damage::is_heading;
use super::score_total::{of_group, points_after, sum_of, total_name, PARTS};
use super::verdicts::{trim, Judged};
use super::Verdict;

/// What a walk through the indicator system found: the total's verdict (the range in its sentence), none
/// where the walk is not the whole rubric; and its slips, each at its range in the text before the sentence.
pub struct Walk {
    pub total: Option<(Range<usize>, Judged)>,
    pub slips: Vec<(Range<usize>, Judged)>,
    /// Each heading's part and what its items make.
    pub groups: Vec<(&'static str, Decimal)>,
    /// Items under no heading (see [`flat`]): a list of parts, one a line, is read so first where it can be.
    pub flat: bool,
}

/// How a line is numbered: items and their headings are numbered differently (“2.” over “（4）”).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Bracketed,
    Circled,
    Arabic,
    Chinese,
}

/// A figure of points in a line: its value and where it stands.
type Points = (Decimal, Range<usize>);

/// An item (“（5）结转结余控制：…。分值5分，得4.5分。”): its 分值 and 得分.
struct Item {
    weight: Points,
    score: Points,
}

/// A heading over items (“2.过程指标（分值35分）”): the part it names, and its 分值 and 得分 where it states them.
struct Heading {
    part: &'static str,
    weight: Option<Points>,
    score: Option<Points>,
}

enum Piece {
    Item(Item),
    Heading(Heading),
}

/// The walk through the indicator system just before `sentence`, which states the total and names no part:
/// `before` is the text up to it, its lines last first — items under headings, back to the first heading.
pub fn walked(before: &str, sentence: &str) -> Option<Walk> {
    let (name_at, name) = total_name(sentence)?;
    if PARTS.iter().any(|p| sentence.contains(p)) {
        return None;
    }
    let (total, end) = points_after(sentence, name_at + name.len())?;
    let pieces = pieces_before(before);
    if !matches!(pieces.first(), Some(Piece::Heading(_))) {
        return flat(&pieces, name, total, name_at..end);
    }
    let mut slips: Vec<(Range<usize>, Judged)> = pieces.iter().filter_map(over_weight).collect();
    let groups = groups(&pieces, &mut slips)?;
    let weights: Option<Vec<Decimal>> = groups.iter().map(|g| g.weight).collect();
    // A heading with neither items nor a 分值 leaves the walk's share of the rubric unknown: the walk may have
    // started at a later heading (an explanation line between stops it), and its sum would be a part's.
    let whole = weights.is_some_and(|w| w.iter().try_fold(Decimal::ZERO, |s, w| s.plus(*w)) == Some(Decimal::ONE_HUNDRED));
    let groups: Vec<(&'static str, Decimal)> = groups.iter().map(|g| (g.part, g.score)).collect();
    let total = whole.then(|| (name_at..end, sum_of(name, total, &groups)));
    Some(Walk { total, slips, groups, flat: false })
}

/// “（1）在职人员控制率（分值5分）…得5分。⏎…⏎（12）满意度（分值10分）…得9分。⏎以上各项合计，…自评总分96分”: items
/// one a line under no heading, their 分值 the whole rubric (100): the total is the sum of their 得分. None
/// where the items are not the whole rubric — the walk may have started at a later item, and the total is
/// then read otherwise.
fn flat(pieces: &[Piece], name: &str, total: Decimal, range: Range<usize>) -> Option<Walk> {
    let items: Vec<&Item> = pieces.iter().map(|p| if let Piece::Item(item) = p { Some(item) } else { None }).collect::<Option<_>>()?;
    let weights = items.iter().try_fold(Decimal::ZERO, |s, item| s.plus(item.weight.0))?;
    if items.len() < 3 || weights != Decimal::ONE_HUNDRED {
        return None;
    }
    let slips = pieces.iter().filter_map(over_weight).collect();
    let scores: Vec<(&str, Decimal)> = items.iter().map(|item| ("", item.score.0)).collect();
    let judged = if scores.len() > super::score_total::NAMED_PARTS { sum_of(name, total, &scores) } else { numbered_sum(name, total, &scores) };
    Some(Walk { total: Some((range, judged)), slips, groups: Vec::new(), flat: true })
}

/// The sum of a few unnamed items' 得分, each named by its place (“第1项5分+第2项4分…”).
fn numbered_sum(name: &str, total: Decimal, scores: &[(&str, Decimal)]) -> Judged {
    let named: Vec<String> = (1..=scores.len()).map(|k| format!("第{k}项")).collect();
    let parts: Vec<(&str, Decimal)> = named.iter().zip(scores).map(|(n, (_, points))| (n.as_str(), *points)).collect();
    sum_of(name, total, &parts)
}

/// Notes on the rows of a score table after the walk (its 一级 `rows` and their 得分) that differ from what
/// the walk's items make under the same heading: where the table's total is wrong, the row is the slip.
pub fn rows_apart(groups: &[(&str, Decimal)], rows: &[(String, Decimal)]) -> Vec<String> {
    let apart = rows.iter().filter_map(|(name, row)| {
        let (_, items) = groups.iter().find(|(part, _)| name == part)?;
        (items != row).then(|| format!("另：表中{name}{}分，上文逐项评分中其下各项得分之和为{}分", trim(*row), trim(*items)))
    });
    apart.collect()
}

/// The items and headings just before the total, first to last: the last line an item, every heading
/// numbered otherwise than its items. (The first piece should be a heading, else the walk's first items
/// may stand in lines not read, and the sum would leave them out — unless the items make the whole rubric.)
fn pieces_before(before: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut items_numbered = None;
    for (at, line) in lines_back(before).take(80) {
        if line.trim().is_empty() {
            continue;
        }
        let Some(numbering) = numbering(line) else { break };
        if items_numbered.is_none_or(|n| n == numbering) {
            if let Some(item) = item(line, at) {
                items_numbered = Some(numbering);
                pieces.push(Piece::Item(item));
                continue;
            }
        }
        match heading(line, at).filter(|_| items_numbered.is_some_and(|n| n != numbering)) {
            Some(heading) => pieces.push(Piece::Heading(heading)),
            None => break,
        }
    }
    pieces.reverse();
    pieces
}

/// A heading's part and what its items make (or, without items, what it states).
struct Group {
    part: &'static str,
    weight: Option<Decimal>,
    score: Decimal,
}

/// The groups of `pieces` (opened by a heading), two or more; a heading's stated 分值 or 得分 that its
/// items do not make is added to `slips`. None where a heading has neither items nor a 得分 of its own.
fn groups(pieces: &[Piece], slips: &mut Vec<(Range<usize>, Judged)>) -> Option<Vec<Group>> {
    let mut groups = Vec::new();
    let mut rest = pieces;
    while let Some((Piece::Heading(heading), after)) = rest.split_first() {
        let count = after.iter().take_while(|p| matches!(p, Piece::Item(_))).count();
        let items: Vec<&Item> = after[..count].iter().filter_map(|p| if let Piece::Item(item) = p { Some(item) } else { None }).collect();
        rest = &after[count..];
        groups.push(group(heading, &items, slips)?);
    }
    (groups.len() >= 2).then_some(groups)
}

/// One heading with its items.
fn group(heading: &Heading, items: &[&Item], slips: &mut Vec<(Range<usize>, Judged)>) -> Option<Group> {
    let stated = heading.score.as_ref().map(|(points, _)| *points);
    if items.is_empty() {
        let weight = heading.weight.as_ref().map(|(points, _)| *points);
        return Some(Group { part: heading.part, weight, score: stated? });
    }
    let score = items.iter().try_fold(Decimal::ZERO, |s, item| s.plus(item.score.0))?;
    let weights = items.iter().try_fold(Decimal::ZERO, |s, item| s.plus(item.weight.0))?;
    if let Some((points, range)) = heading.score.as_ref().filter(|(points, _)| *points != score) {
        slips.push((range.clone(), of_group(heading.part, *points, score)));
    }
    if let Some((points, range)) = heading.weight.as_ref().filter(|(points, _)| *points != weights) {
        let off = points.minus(weights).map(|d| trim(d.abs())).unwrap_or_default();
        let detail = format!("报告写{}指标分值{}分，其下各项分值之和为{}分，相差{off}分", heading.part, trim(*points), trim(weights));
        slips.push((range.clone(), Judged::new(Verdict::Mismatch, detail)));
    }
    Some(Group { part: heading.part, weight: Some(weights), score })
}

/// An item scored above its 分值, judged wrong.
fn over_weight(piece: &Piece) -> Option<(Range<usize>, Judged)> {
    let Piece::Item(Item { weight, score }) = piece else { return None };
    (score.0 > weight.0).then(|| {
        let detail = format!("报告写该项得分{}分，高于其分值{}分", trim(score.0), trim(weight.0));
        (score.1.clone(), Judged::new(Verdict::Mismatch, detail))
    })
}

/// The lines of `before`, last first, each with where it starts.
fn lines_back(before: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut end = Some(before.trim_end_matches('\n').len());
    std::iter::from_fn(move || {
        let stop = end?;
        let start = before[..stop].rfind('\n').map_or(0, |at| at + 1);
        end = start.checked_sub(1);
        Some((start, &before[start..stop]))
    })
}

/// How `line` is numbered, if it is.
fn numbering(line: &str) -> Option<Numbering> {
    let first = line.chars().next()?;
    if ('①'..='⑳').contains(&first) {
        return Some(Numbering::Circled);
    }
    if !is_heading(line) {
        return None;
    }
    Some(match first {
        '（' | '(' => Numbering::Bracketed,
        '第' => return None,
        c if c.is_ascii_digit() || ('０'..='９').contains(&c) => Numbering::Arabic,
        _ => Numbering::Chinese,
    })
}

/// `line` after its number (“（4）”, “①”, “2.”, “二、”).
fn unnumbered(line: &str) -> &str {
    let circled = line.chars().next().filter(|c| ('①'..='⑳').contains(c));
    if let Some(c) = circled {
        return &line[c.len_utf8()..];
    }
    let close = if line.starts_with(['（', '(']) { line.find(['）', ')']) } else { line.find(['.', '．', '、']) };
    close.map_or(line, |at| &line[at + line[at..].chars().next().map_or(0, char::len_utf8)..])
}

/// An item with its 分值 and 得分, its number at `at` in the text.
fn item(line: &str, at: usize) -> Option<Item> {
    let (weight, weight_at) = weight_in(line)?;
    let (score, score_at) = score_in(line, &weight_at)?;
    Some(Item { weight: (weight, at + weight_at.start..at + weight_at.end), score: (score, at + score_at.start..at + score_at.end) })
}

/// A heading naming a part at once after its number, short, with its 分值 and 得分 where it states them.
fn heading(line: &str, at: usize) -> Option<Heading> {
    let words = unnumbered(line).trim_start();
    let part = PARTS.iter().find(|p| words.starts_with(**p))?;
    if line.chars().count() > 40 {
        return None;
    }
    let shift = |(points, range): Points| (points, at + range.start..at + range.end);
    let weight = weight_in(line);
    let score = score_in(line, weight.as_ref().map_or(&(0..0), |(_, r)| r));
    Some(Heading { part, weight: weight.map(shift), score: score.map(shift) })
}

/// The 分值 in `line` (“分值5分”, “满分10分”, “权重5分”, “（5分）”): the first one stated (“满分率” gives none).
fn weight_in(line: &str) -> Option<Points> {
    let named = ["分值", "满分", "权重"].into_iter().flat_map(|w| line.match_indices(w).map(move |(at, _)| (at, at + w.len())));
    let named = named.filter_map(|(at, after)| points_after(line, after).map(|(points, end)| (points, at..end)));
    let bracketed = line.match_indices(['（', '(']).filter_map(|(at, open)| {
        let inner = at + open.len();
        let (points, end) = points_after(line, inner).filter(|_| line[inner..].starts_with(|c: char| c.is_ascii_digit()))?;
        line[end..].starts_with(['）', ')']).then_some((points, at..end))
    });
    named.min_by_key(|(_, range)| range.start).or_else(|| bracketed.min_by_key(|(_, range)| range.start))
}

/// The 得分 in `line` (“得4.5分”, “得分4.5分”, “评分4.5分”), not the 分值 at `weight`: the last one stated.
fn score_in(line: &str, weight: &Range<usize>) -> Option<Points> {
    let candidates = ["得分", "评分", "得"].into_iter().flat_map(|w| line.match_indices(w).map(move |(at, _)| (at, at + w.len())));
    let scored = candidates.filter(|(at, _)| !weight.contains(at)).filter_map(|(at, after)| points_after(line, after).map(|(points, end)| (points, at..end)));
    scored.filter(|(_, range)| range.end <= weight.start || range.start >= weight.end).max_by_key(|(_, range)| range.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The verdict on the total (none where the walk is not the whole rubric), and the slips' details.
    type Read = (Option<(Verdict, String)>, Vec<String>);

    /// What the walk before the total stated on the last line of `text` makes.
    fn walk(text: &str) -> Option<Read> {
        let (before, sentence) = text.trim_end().rsplit_once('\n')?;
        let walk = walked(&format!("{before}\n"), sentence)?;
        let total = walk.total.map(|(_, j)| (j.verdict, j.detail));
        Some((total, walk.slips.into_iter().map(|(_, j)| j.detail).collect()))
    }

    const WALK: &str = "逐项打分如下：
1.决策指标（分值20分）
（1）目标设定：年度目标明确具体。分值10分，得9分。
（2）资金分配：分配办法合理。分值10分，得8.5分。
2.过程指标（分值30分）
（3）执行进度：全年执行率97.40%。分值20分，得19分。
（4）制度执行：报销审批规范。分值10分，得10分。
3.产出指标（分值30分）
（5）完成巡查620次，目标600次。分值30分，得28分。
4.效益指标（分值20分）
（6）群众满意度92%。分值20分，得18分。
总之，本单位本年度整体支出自评得分92.5分，等级为优。";

    #[test]
    fn a_total_after_a_walk_is_the_sum_of_every_items_score() {
        let (total, slips) = walk(WALK).expect("a walk through the rubric");
        assert_eq!(total, Some((Verdict::Ok, "自评得分92.5分=决策17.5分+过程29分+产出28分+效益18分，相符".to_string())));
        assert!(slips.is_empty(), "{slips:?}");
        let (total, _) = walk(&WALK.replace("92.5分", "93.5分")).expect("a walk through the rubric");
        assert_eq!(total, Some((Verdict::Mismatch, "报告写自评得分93.5分，所列各项得分之和为92.5分（决策17.5分+过程29分+产出28分+效益18分），相差1分".to_string())));
    }

    /// A heading that states only its 得分, with no items, after a line of explanation the walk stops at: what
    /// is read is a part of the rubric, its sum no total's.
    #[test]
    fn a_walk_whose_share_of_the_rubric_is_unknown_gives_no_total() {
        let cut = WALK.replace("2.过程指标（分值30分）\n（3）执行进度：全年执行率97.40%。分值20分，得19分。\n（4）制度执行：报销审批规范。分值10分，得10分。", "2.过程指标，得29分\n本项主要考察资金管理和制度执行。\n3.产出指标，得28分");
        let cut = cut.replace("3.产出指标（分值30分）\n（5）完成巡查620次，目标600次。分值30分，得28分。\n", "");
        assert!(walk(&cut).is_none_or(|(total, _)| total.is_none()), "{cut}");
    }

    /// Items under no heading whose 分值 make the whole rubric: the total is the sum of their 得分; items making
    /// only a part of it give no total.
    #[test]
    fn a_flat_walk_of_the_whole_rubric_sums_its_items() {
        let flat = "评分情况如下：
（1）资金到位率（分值20分）：全部到位，得20分。
（2）执行进度（分值30分）：执行率96.5%，按比例得28.95分。
（3）巡查覆盖率（分值30分）：完成目标，得30分。
（4）群众满意度（分值20分）：满意度88%，得17.6分。
综上，本年度自评总分97.55分。";
        let (total, slips) = walk(flat).expect("a flat walk");
        assert_eq!(total.map(|t| t.0), Some(Verdict::Mismatch));
        assert!(slips.is_empty(), "{slips:?}");
        let (total, _) = walk(&flat.replace("97.55分", "96.55分")).expect("a flat walk");
        assert_eq!(total, Some((Verdict::Ok, "自评总分96.55分=第1项20分+第2项28.95分+第3项30分+第4项17.6分，相符".to_string())));
        assert!(walk(&flat.replace("分值20分）：全部", "分值10分）：全部")).is_none(), "a walk of 90 points is not the rubric");
    }

    #[test]
    fn an_item_scored_above_its_weight_is_a_slip() {
        let slipped = WALK.replace("分值10分，得10分", "分值10分，得10.5分").replace("92.5分", "93分");
        let (total, slips) = walk(&slipped).expect("a walk through the rubric");
        assert_eq!(total.map(|t| t.0), Some(Verdict::Ok));
        assert_eq!(slips, vec!["报告写该项得分10.5分，高于其分值10分".to_string()]);
    }

    #[test]
    fn scores_before_weights_and_headings_stating_their_own_score() {
        let text = "1.决策指标（20分），得17.5分
（1）目标设定：得分9分（满分10分）。
（2）资金分配：评分8.5分，分值10分。
2.产出指标（50分），得47分
3.过程指标（30分），得29分
（3）执行进度：得分19分（满分20分）。
（4）制度执行：得分10分（满分10分）。
总之，自评总分93.5分。";
        let (total, slips) = walk(text).expect("a walk with scores first");
        assert_eq!(total, Some((Verdict::Ok, "自评总分93.5分=决策17.5分+产出47分+过程29分，相符".to_string())));
        assert!(slips.is_empty(), "{slips:?}");
        let wrong = text.replace("得29分", "得28分");
        let (total, slips) = walk(&wrong).expect("a walk with scores first");
        assert_eq!(total.map(|t| t.0), Some(Verdict::Ok), "the items' scores, not the heading's, are summed");
        assert_eq!(slips, vec!["报告写过程一级得分28分，其下各指标得分之和为29分，相差1分".to_string()]);
    }

    #[test]
    fn a_heading_weighing_otherwise_than_its_items_is_a_slip() {
        let (_, slips) = walk(&WALK.replace("2.过程指标（分值30分）", "2.过程指标（分值35分）")).expect("a walk");
        assert_eq!(slips, vec!["报告写过程指标分值35分，其下各项分值之和为30分，相差5分".to_string()]);
    }

    #[test]
    fn no_walk_without_its_first_heading_or_of_part_of_the_rubric() {
        let cut = WALK.split_once("2.过程").map(|(_, rest)| format!("2.过程{rest}")).expect("the walk");
        let (total, _) = walk(&cut).expect("the walk's last headings");
        assert_eq!(total, None, "weights of 80: not the whole rubric, no sum");
        let headless = WALK.lines().filter(|l| !l.contains("指标（")).collect::<Vec<_>>().join("\n");
        // Items without their headings whose 分值 make the whole rubric: their 得分 make the total.
        assert_eq!(walk(&headless).and_then(|(total, _)| total).map(|t| t.0), Some(Verdict::Ok), "items of the whole rubric without their headings");
        let part = headless.replace("（6）群众满意度92%。分值20分，得18分。\n", "");
        assert!(walk(&part).is_none(), "items of part of the rubric without their headings");
        assert!(walk("（1）目标设定：分值10分，得9分。\n自评得分9分。").is_none());
        let no_weight = WALK.replace("分值20分，得19分", "得19分");
        assert!(walk(&no_weight).is_none(), "an item without its 分值 ends the walk short of its first heading");
    }
}
