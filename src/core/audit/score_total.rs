//! A stated score with its parts (自评得分95.5分，其中：投入类指标18.5分、过程类指标37分……): the total must be
//! the sum of the parts the sentence lists (SPEC §11, totals with their parts; §6, a total of 100) before
//! or after it, or the numbered lines just before it give, one part each.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::claims::outside_brackets;
use super::damage::is_heading;
use super::verdicts::{trim, Judged};
use super::Verdict;

/// Names of a report's total score.
/// (“自评得94.5分：投入…”: the score without its 分 word, last, as the others may stand in it.)
const TOTALS: [&str; 8] = ["自评得分", "自评总分", "综合得分", "评价得分", "总得分", "总分", "得分", "自评得"];
/// What the parts of a total score are called: the 一级指标 of the rubrics in use.
/// (The 项目 rubric's first part is the year's funds: “年度资金总额执行率…，得分9.59分”, or “资金执行9.5分”.)
/// Provinces' 部门整体 rubrics name their parts otherwise too: “预算编制与管理”, “资金使用”, “资产管理”, and
/// “绩效管理”, and the 绩效 side split as “履职效能”, “运行成本”, “管理效率”, “社会效应”; some split the
/// management as “财务管理” beside “资产管理”.
pub(super) const PARTS: [&str; 21] = [
    "决策",
    "投入",
    "过程",
    "产出",
    "效果",
    "效益",
    "满意度",
    "预算执行",
    "资金执行",
    "年度资金总额",
    "预算编制",
    "预算管理",
    "资金使用",
    "资金管理",
    "资产管理",
    "财务管理",
    "履职效能",
    "运行成本",
    "管理效率",
    "社会效应",
    "绩效管理",
];

/// Words that open the list of a total score's parts.
const INTROS: [&str; 6] = ["其中", "分项得分", "分项为", "具体为", "分别为", "各项得分"];

/// A total score stated in the first `own` bytes of `sentence` (which runs on to the next sentence, where
/// the list may stand: “自评总分94分，评价等级“优”。分项得分：投入18分，…”) with its listed parts, judged:
/// the range from its name to the end of the list, and the verdict. `funds` is the score of the 预算执行率
/// a project's 自评表 gives just above (its funds row, or the prose's “年度资金总额…得分9.39分”), where one does:
/// a project's total lists its 产出, 效益 and 满意度 and leaves that score to the row.
pub fn judged(sentence: &str, own: usize, funds: Option<Decimal>) -> Option<(Range<usize>, Judged)> {
    let (name_at, name) = total_name(sentence)?;
    if name_at >= own {
        return None;
    }
    let (total, total_end) = points_after(sentence, name_at + name.len())?;
    let after_total = &sentence[total_end..];
    // “…94.5分：投入…”, “…90分（投入16分、…）”: the list may follow the total at once.
    let at_once = [":", "（", "("].into_iter().find(|w| after_total.starts_with(w)).map(|w| (0, w.len()));
    let intro = INTROS.iter().filter_map(|w| after_total.find(w).map(|at| (at, w.len()))).min_by_key(|(at, _)| *at);
    // “自评总分:92分。投入类指标得分18分，…”: the list opening the next sentence — not after a bare “得分”
    // (“该项得分9.5分;产出指标得50分…” scores an item), nor past a “;”.
    let next_sentence = || {
        let whole = name != "得分" && sentence.get(..own)?.trim_end().ends_with(['。', ':']);
        let next = sentence.get(own..).filter(|_| whole)?;
        next_part(next).filter(|(at, _)| !next[..*at].chars().any(|c| c.is_ascii_digit()) && next[..*at].chars().count() <= 4).map(|_| (own - total_end, 0))
    };
    let (intro_at, intro_len) = at_once.or(intro).or_else(next_sentence)?;
    // Only words (“，评价等级“优”。”) stand between the total and its list: no other figure.
    if after_total[..intro_at].chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let list_at = total_end + intro_at + intro_len;
    let listed = listed_parts(sentence, list_at)?;
    // Only words (“：”) stand between the list's opening and its first part — and none of points taken off
    // (“其中扣分项为：预算编制1分、…”: what each part lost, not its score).
    let opening = sentence.get(list_at..listed.first)?;
    if opening.chars().any(|c| c.is_ascii_digit()) || sentence.get(total_end..listed.first)?.contains('扣') {
        return None;
    }
    // “…效益指标29分等”: a list that says it is not whole is no sum of the total; nor one that goes on
    // with points under a name not read as a part (“…预算执行28分，绩效运行18.5分，…”).
    let clause_on = sentence[listed.end..].split(['。', '\n', ';']).next().unwrap_or_default();
    if !listed.whole || sentence[listed.end..].starts_with('等') || scores_any(&outside_brackets(clause_on)) {
        return None;
    }
    Some((name_at..listed.end, sum_of_listed(name, total, &listed.parts, funds)))
}

/// A total score stated before its parts, each on a line of its own under it (“…自评得分92分，等级为优。各一级
/// 指标得分情况如下:⏎（一）投入指标（20分），得18分。⏎（二）过程指标…”): `sentence` is the total's, `after` the
/// text after it. The range of the total in the sentence, and the verdict.
pub fn parts_below(sentence: &str, after: &str) -> Option<(Range<usize>, Judged)> {
    let (name_at, name) = total_name(sentence)?;
    if PARTS.iter().any(|p| sentence.contains(p)) {
        return None;
    }
    let (total, end) = points_after(sentence, name_at + name.len())?;
    // The list opens with words ending in “:” (on the total's line or the next), then one part a line.
    let mut lines = after.split('\n').take(10).peekable();
    let opened = sentence.trim_end().ends_with(':') || lines.next_if(|l| l.trim_end().ends_with(':') && l.chars().count() <= 30).is_some();
    let mut parts: Vec<(&'static str, Decimal)> = Vec::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        match part_line(line) {
            Some(part) if !parts.iter().any(|(p, _)| *p == part.0) => parts.push(part),
            _ if another_row(line) => return None,
            _ => break,
        }
    }
    (opened && parts.len() >= 2).then(|| (name_at..end, sum_of(name, total, &parts)))
}

/// A total score stated after its parts, each a numbered line of its own (“（一）投入指标（分值20分），自评得分
/// 18.5分。…”, “（四）效果指标…自评得分18分。”, then “综上，…综合得分92.5分”): `before` is the text up to the
/// sentence, which is the total's and names no part. The range in the sentence, and the verdict.
pub fn after_parts(before: &str, sentence: &str) -> Option<(Range<usize>, Judged)> {
    let (name_at, name) = total_name(sentence)?;
    if PARTS.iter().any(|p| sentence.contains(p)) {
        return None;
    }
    if a_row_of_the_list(before, sentence, name_at) {
        return None;
    }
    let (total, end) = points_after(sentence, name_at + name.len())?;
    // The lines just before; or, where their breaks were lost in copying, the clauses just before
    // (“…得分如下：投入（20分）：得19分；过程（30分）：得28.5分；…”).
    let whole = |(parts, opened): (Vec<(&'static str, Decimal)>, bool)| (opened && parts.len() >= 2).then_some(parts);
    let lines = || whole(parts_before(before.trim_end_matches('\n').rsplit('\n')));
    let clauses = || whole(parts_before(before.trim_end_matches(['\n', '。', ';']).rsplit(['\n', '。', ';'])));
    let parts = lines().or_else(clauses)?;
    // “合计得分93分”: the sum's word is part of the name marked.
    let from = ["合计", "总计"].iter().find_map(|w| sentence[..name_at].strip_suffix(w)).map_or(name_at, str::len);
    Some((from..end, sum_of(name, total, &parts)))
}

/// “1. 在职人员控制率：分值8分，得分8分⏎…⏎9. 履职效益：分值15分，得分14分⏎合计：分值100分，得分90.3分”: a 合计
/// under numbered rows, each with its 分值 and 得分, sums all of them whatever they are called — where their
/// 分值 make the 合计's, so that no row is left out. `before` is the text up to the sentence, which may open
/// with the last row (its line break lost in copying). The range of the 合计 in the sentence, and the verdict.
pub fn rows_total(before: &str, sentence: &str) -> Option<(Range<usize>, Judged)> {
    let lead = ["合计", "总计"].iter().filter_map(|w| sentence.find(w)).min()?;
    let last_row = sentence[..lead].trim();
    let (weight, total, end) = weighed_row(&sentence[lead..])?;
    let lines = before.trim_end_matches('\n').rsplit('\n');
    let mut rows: Vec<(&str, Decimal, Decimal)> = Vec::new();
    for above in [last_row].into_iter().filter(|row| !row.is_empty()).chain(lines) {
        let Some((weight, score, _)) = weighed_row(above).filter(|_| is_heading(above)) else { break };
        rows.push((row_name(above), weight, score));
    }
    rows.reverse();
    let weights = rows.iter().try_fold(Decimal::ZERO, |sum, (_, weight, _)| sum.plus(*weight));
    if rows.len() < 2 || weights != Some(weight) {
        return None;
    }
    let parts: Vec<(&str, Decimal)> = rows.iter().map(|(name, _, score)| (*name, *score)).collect();
    Some((lead..lead + end, sum_of("合计得分", total, &parts)))
}

/// A row's 分值 and 得分 (“…：分值15分，得分14分”), and where its 得分 ends.
fn weighed_row(line: &str) -> Option<(Decimal, Decimal, usize)> {
    let weight_at = line.find("分值")? + "分值".len();
    let (weight, weight_end) = points_after(line, weight_at)?;
    let score_at = weight_end + line.get(weight_end..)?.find("得分")? + "得分".len();
    let (score, end) = points_after(line, score_at)?;
    Some((weight, score, end))
}

/// A numbered row's name: its words after the number, up to the colon (“8. 职责履行：…” → 职责履行).
fn row_name(line: &str) -> &str {
    super::labels::without_numbering(line.split([':', '：', '，', ',']).next().unwrap_or(line))
}

/// “4. 依法履职：分值30分，得分27分” after rows read as a rubric's parts: a numbered row scored under a name
/// that is no part's — the list goes on past the parts read, and they are not all of it.
fn another_row(line: &str) -> bool {
    is_heading(line) && scores_any(line)
}

/// “8. 职责履行：分值15分，得分14分” under “7. …：分值10分，得分9.5分”: a numbered line with a weight of its own,
/// numbered as the line above, is one more row of a list at one level, not the sum of the rows before it —
/// unless it names itself a sum or the whole (合计, 总分, 总体评价). The score before the total's name
/// `name_at` is the row's.
fn a_row_of_the_list(before: &str, sentence: &str, name_at: usize) -> bool {
    let above = before.trim_end_matches('\n').rsplit('\n').next().unwrap_or_default();
    let own = &sentence[..name_at];
    let weighed = WEIGHTS.iter().any(|w| own.contains(w)) && own.contains(|c: char| c.is_ascii_digit());
    let summed = ["合计", "总计", "总分", "综合", "总体", "整体", "自评"].iter().any(|w| own.contains(w));
    is_heading(sentence) && is_heading(above) && weighed && !summed
}

/// The parts the `pieces` (lines or clauses, last first) give, back to the first that is not a part's:
/// each part once, in the order they stand; and whether that is the whole list — its first part a
/// numbered heading, or opened by words ending in “:” (“各一级指标得分如下：⏎投入（20分）：得19分”,
/// “…得分如下：投入（20分）：得19分”). Else the first parts may stand in longer lines, not read, and the
/// sum would leave them out.
fn parts_before<'a>(pieces: impl Iterator<Item = &'a str>) -> (Vec<(&'static str, Decimal)>, bool) {
    let mut parts: Vec<(&str, Decimal)> = Vec::new();
    let mut opened = false;
    let its_items = |piece: &str| piece.trim_start().starts_with("其中") && scores_any(piece);
    let mut pieces = pieces.take(16).peekable();
    while let Some(piece) = pieces.next() {
        // “决策（15分）：得14分。其中目标设定5分得5分，…”: a part's own items, in the sentence after its score,
        // are no more parts — the part's score is theirs already (nor is the line's end after them a piece).
        if its_items(piece) || piece.trim().is_empty() && pieces.peek().is_some_and(|next| its_items(next)) {
            continue;
        }
        let Some(part) = part_line(piece).filter(|(part, _)| !parts.iter().any(|(p, _)| p == part)) else {
            opened = !another_row(piece) && (opened || piece.trim_end().ends_with(':'));
            break;
        };
        parts.push(part);
        opened = is_heading(piece) || piece.find(part.0).is_some_and(|at| piece[..at].ends_with(':'));
    }
    parts.reverse();
    (parts, opened)
}

/// What names a total stated after its parts: a total score's names, or a sum's.
const TOTALS_AFTER: [&str; 8] = ["自评得分", "综合得分", "评价得分", "总得分", "总分", "得分", "合计", "总计"];
/// Words of a part's weight (“投入指标（分值20分）”), not its score.
const WEIGHTS: [&str; 4] = ["分值", "满分", "权重", "（"];

/// A total score stated after its parts in one sentence (“投入类指标得分18分、过程类指标得分35分、…，综合得分
/// 95.5分”): the parts open the list, one after another with only words between them, and the total's name
/// follows the last at once; `before` is the text up to the sentence. The range from the first part to the
/// total, and the verdict.
pub fn before_total(before: &str, sentence: &str) -> Option<(Range<usize>, Judged)> {
    let listed = listed_parts(sentence, 0)?;
    if !listed.whole {
        return None;
    }
    let (first, scanned, parts) = (listed.first, listed.end, listed.parts.clone());
    let rest = sentence.get(scanned..)?;
    let (name_at, name) = TOTALS_AFTER.iter().filter_map(|n| rest.find(n).map(|at| (at, *n))).min_by_key(|(at, _)| *at)?;
    // Only separators (and the last part's weight in brackets) stand between the last part and the total's
    // name — or the words that name whose total it is (“，2022年度部门整体支出绩效自评总分93分”).
    let between = outside_brackets(rest.get(..name_at)?);
    let between = without_year(&between);
    if between.chars().count() > 16 || between.chars().any(|c| c.is_ascii_digit() || "。;等扣加".contains(c)) {
        return None;
    }
    // “该项得分9.71分（分值10分）；产出指标得47.5分…，合计94.71分”: a score before the first named part, in
    // the same sentence up to its “。” (`before` is the text before this clause), is a part the list does
    // not name — the total is not these parts' alone.
    let clauses_before = before.rsplit(['。', '\n']).next().unwrap_or_default();
    if scores_any(clauses_before) || scores_any(sentence.get(..first)?) {
        return None;
    }
    let (total, end) = points_after(sentence, scanned + name_at + name.len())?;
    // “合计 100分 得95分”, under parts listed “决策 20分 得19.5分”: the 分值 total, then the 得分 total.
    let Some((score, score_end)) = score_after_weight(sentence, end) else { return Some((first..end, sum_of(name, total, &parts))) };
    let weights: Option<Vec<Decimal>> = listed.weights.iter().copied().collect();
    let weighed = weights.as_deref().and_then(|w| w.iter().try_fold(Decimal::ZERO, |sum, w| sum.plus(*w)));
    let judged = sum_of(name, score, &parts);
    Some((first..score_end, match weighed {
        Some(sum) if sum == total => judged.noted([format!("{name}中的{}分是各项分值之和，相符", trim(total))]),
        _ => judged,
    }))
}

/// `words` without the year they name (“2022年度”, “2022年”).
fn without_year(words: &str) -> String {
    let Some(at) = words.find(|c: char| c.is_ascii_digit()) else { return words.to_string() };
    let digits = words[at..].chars().take_while(char::is_ascii_digit).count();
    let after = &words[at + digits..];
    match ["年度", "年"].iter().find_map(|w| after.strip_prefix(w)) {
        Some(rest) if digits == 4 => format!("{}{rest}", &words[..at]),
        _ => words.to_string(),
    }
}

/// Parts listed one after another from `from` (“投入指标19分（满分20分），过程指标…”, “投入指标满分20分，
/// 得18分；…”, “投入指标（15分）得14分；…”): each part's score, where the first starts and the last ends.
struct Listed {
    parts: Vec<(&'static str, Decimal)>,
    first: usize,
    end: usize,
    /// Two parts or more, and, where their weights are given, the whole rubric.
    whole: bool,
    /// Each part's 分值, where it stands before its score.
    weights: Vec<Option<Decimal>>,
}

/// The parts listed from `from` on, or none.
fn listed_parts(sentence: &str, from: usize) -> Option<Listed> {
    let mut parts: Vec<(&'static str, Decimal)> = Vec::new();
    let mut weights: Vec<Option<Decimal>> = Vec::new();
    let (mut first, mut scanned) = (None, from);
    while let Some((at, part)) = next_part(sentence.get(scanned..)?) {
        let between = sentence.get(scanned..scanned + at)?;
        // A part's name in a remark in brackets (“得28.5分（预算执行率扣1.5分）”) is no part of the list.
        if between.matches('（').count() > between.matches('）').count() {
            let Some(closing) = sentence.get(scanned + at..)?.find('）') else { break };
            scanned += at + closing;
            continue;
        }
        // Another figure between two parts ends the list; so does a weight, which is no score — but not
        // the weight in brackets after a part's score (“投入指标18分（满分20分），过程指标…”).
        if !parts.is_empty() && outside_brackets(between).chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        let at = scanned + at;
        let Some(((points, after), weight)) = scored_part(sentence, at + part.len()) else { break };
        first.get_or_insert(at);
        parts.push((part, points));
        weights.push(weight);
        scanned = after;
    }
    let whole = parts.len() >= 2 && whole_rubric(&weights);
    Some(Listed { parts, first: first?, end: scanned, whole, weights })
}

/// A part's score after its name ends at `at`: its points and where they end, and its weight where the
/// weight stands first (“决策指标满分15分、得14分”, “过程指标（权重25分）得23分”, “产出类指标35分，得33分”) —
/// a weight alone is no score.
fn scored_part(sentence: &str, at: usize) -> Option<((Decimal, usize), Option<Decimal>)> {
    let rest = sentence.get(at..)?;
    let lead = rest.get(..rest.find(|c: char| c.is_ascii_digit())?)?;
    let first = points_after(sentence, at)?;
    match score_after_weight(sentence, first.1) {
        Some(score) => Some((score, Some(first.0))),
        None if WEIGHTS.iter().any(|w| lead.contains(w)) => None,
        None => Some((first, None)),
    }
}

/// The score just after a part's weight ending at `weight_end` (“…15分、得14分”, “…（满分25分）得23分”,
/// “预算编制10分（得9分）”).
fn score_after_weight(sentence: &str, weight_end: usize) -> Option<(Decimal, usize)> {
    let rest = sentence.get(weight_end..)?;
    let then = rest.trim_start_matches(['）', ')', '（', '(', '、', '，', ',']);
    // “决策指标（20分）18分”: the score right after the weight's brackets.
    let bracketed = rest.starts_with(['）', ')']) && then.starts_with(|c: char| c.is_ascii_digit());
    let scored = then.strip_prefix('得').or(bracketed.then_some(then))?;
    points_after(sentence, sentence.len() - scored.len())
}

/// Whether parts given with their weights are the whole rubric (their weights make 100): three parts of
/// four, summed, would make any total look wrong. Parts without weights cannot tell, and are taken whole.
fn whole_rubric(weights: &[Option<Decimal>]) -> bool {
    let given: Option<Vec<Decimal>> = weights.iter().copied().collect();
    given.is_none_or(|given| given.iter().try_fold(Decimal::ZERO, |s, w| s.plus(*w)) == Some(Decimal::ONE_HUNDRED))
}

/// Whether `words` give any points (a figure followed by 分).
fn scores_any(words: &str) -> bool {
    let mut after_digit = false;
    for c in words.chars() {
        if c == '分' && after_digit {
            return true;
        }
        after_digit = c.is_ascii_digit();
    }
    false
}

/// The part named first in `rest`, and where.
fn next_part(rest: &str) -> Option<(usize, &'static str)> {
    PARTS.iter().filter_map(|p| rest.find(p).map(|at| (at, *p))).min_by_key(|(at, _)| *at)
}

/// “（一）投入指标（分值20分），自评得分18.5分。…”: a numbered line of one part, with its score; or a short
/// line or clause opened by the part's name (“投入（20分）：得19分；”, “…得分如下：投入（20分）：得19分”).
fn part_line(line: &str) -> Option<(&'static str, Decimal)> {
    let (part_at, part) = PARTS.iter().filter_map(|p| line.find(p).map(|at| (at, *p))).min_by_key(|(at, _)| *at)?;
    let opens = part_at == 0 || line[..part_at].ends_with(':');
    // After a colon that opens the list (“…自评表：年度资金总额执行率95.85%，得分9.59分（分值10分）”) a part
    // may give its rate and weight too.
    let short = if part_at > 0 { 32 } else { 24 };
    let opened_by_part = opens && line[part_at..].chars().count() <= short;
    if !is_heading(line) && !opened_by_part {
        return None;
    }
    let after_part = line.get(part_at..)?;
    // “自评得分18.5分”, or “得19分”: the score, after the part's weight.
    let scored = match after_part.find("得分") {
        Some(at) => at + "得分".len(),
        None => after_part
            .match_indices('得')
            .map(|(at, _)| at + '得'.len_utf8())
            .find(|&at| after_part[at..].starts_with(|c: char| c.is_ascii_digit()))
            .or_else(|| score_after_weight_and_colon(after_part))?,
    };
    let (points, _) = points_after(line, part_at + scored)?;
    Some((part, points))
}

/// “产出（30分）：27.5分”: a part's weight in brackets, then after the colon its score — where that score starts.
fn score_after_weight_and_colon(after_part: &str) -> Option<usize> {
    let close = after_part.find(['）', ')'])?;
    let weight = after_part.get(..close)?;
    let weighed = weight.contains(['（', '(']) && weight.contains('分') && weight.contains(|c: char| c.is_ascii_digit());
    let rest = after_part.get(close..)?.trim_start_matches(['）', ')']);
    let colon = [':', '：'].into_iter().find(|c| rest.starts_with(*c))?;
    let score = rest.get(colon.len_utf8()..)?;
    (weighed && score.starts_with(|c: char| c.is_ascii_digit())).then(|| after_part.len() - score.len())
}

/// “年度资金总额执行率95.85%，得分9.59分（分值10分）”, “年度资金总额分值10分，执行率99.14%，得分9.91分”: the
/// funds line of a self-evaluation scores its 分值 times its 执行率 (at most 100%), rounded half up to 2
/// decimals. The range of its score, and the verdict.
pub fn funds_line(sentence: &str) -> Option<(Range<usize>, Judged)> {
    const NAME: &str = "年度资金总额";
    let at = sentence.find(NAME)?;
    let rest = &sentence[at..];
    let (rate, _) = percent_after(sentence, at + rest.find("执行率")? + "执行率".len())?;
    let score_at = at + rest.find("得分")?;
    let (score, score_end) = points_after(sentence, score_at + "得分".len())?;
    let (weight, _) = points_after(sentence, at + rest.find("分值")? + "分值".len())?;
    let capped = rate.min(Decimal::ONE_HUNDRED);
    let ten_thousand = Decimal::ONE_HUNDRED.times(Decimal::ONE_HUNDRED)?;
    let right = crate::core::calc::rate::Rate::new(weight.times(capped)?, ten_thousand)?.percent(crate::core::draft::choices::Rounding::HalfUp2)?;
    let how = format!("分值{}分×执行率{}%", trim(weight), trim(rate));
    let judged = if right == score {
        Judged::new(Verdict::Ok, format!("{NAME}得分{}分={how}，相符", trim(score)))
    } else {
        let detail = format!("报告写{NAME}得分{}分，按{how}应为{}分", trim(score), trim(right));
        Judged::new(Verdict::Mismatch, detail)
    };
    // Marked on its score alone: the line's other figures (全年预算数, 全年执行数) are claims of their own.
    Some((score_at..score_end, judged))
}

/// The percentage that follows `at` (“执行率95.85%”, “执行率为99.14%”), with the byte offset after its %.
fn percent_after(sentence: &str, at: usize) -> Option<(Decimal, usize)> {
    let rest = sentence.get(at..)?;
    let figure = rest.trim_start_matches(['为', ':']);
    let skipped = rest.len() - figure.len();
    let length = figure.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(figure.len());
    figure[length..].starts_with('%').then_some(())?;
    let value = Decimal::from_str_exact(figure.get(..length)?).ok()?;
    Some((value, at + skipped + length + '%'.len_utf8()))
}

/// A score table's total (“合计 | 100 | 92”) and the scores of its rows above, judged.
pub fn of_table(total: Decimal, parts: &[(String, Decimal)]) -> Judged {
    let parts: Vec<(&str, Decimal)> = parts.iter().map(|(name, points)| (name.as_str(), *points)).collect();
    sum_of("总分", total, &parts)
}

/// A total score stated in the sentence just under a score table, whose rows' scores are `parts`: the
/// range of its name and points, and the verdict. Not a sentence that names parts of its own.
pub fn after_table(sentence: &str, parts: &[(String, Decimal)]) -> Option<(Range<usize>, Judged)> {
    let (name_at, name) = total_name(sentence)?;
    if PARTS.iter().any(|p| sentence.contains(p)) {
        return None;
    }
    let (total, end) = points_after(sentence, name_at + name.len())?;
    let parts: Vec<(&str, Decimal)> = parts.iter().map(|(part, points)| (part.as_str(), *points)).collect();
    Some((name_at..end, sum_of(name, total, &parts)))
}

/// The name of the total score in `sentence` and where it stands — the last of a heading's name run into
/// its paragraph (“自评得分⏎自评得分94.0分…”, the line break lost).
pub(super) fn total_name(sentence: &str) -> Option<(usize, &'static str)> {
    let (mut at, name) = TOTALS.iter().find_map(|name| sentence.find(name).map(|at| (at, *name)))?;
    while sentence.get(at + name.len()..).is_some_and(|rest| rest.starts_with(name)) {
        at += name.len();
    }
    Some((at, name))
}

/// The verdict on a total score and its parts.
pub(super) fn sum_of(name: &str, total: Decimal, parts: &[(&str, Decimal)]) -> Judged {
    summed(name, "得分", total, parts)
}

/// A total and the parts a sentence lists after it: a table gives all its rows, a sentence may give some.
fn sum_of_listed(name: &str, total: Decimal, parts: &[(&str, Decimal)], funds: Option<Decimal>) -> Judged {
    let sum = parts.iter().try_fold(Decimal::ZERO, |s, (_, p)| s.plus(*p));
    // A project's 自评表 (SPEC §12) scores its 预算执行率 (the funds row, 分值 10) beside 产出, 效益 and 满意度:
    // it has no 决策 or 过程 — a total listing those three leaves out the funds row's score alone.
    if of_a_project(parts) && sum.is_some_and(|sum| sum < total) {
        return match funds {
            Some(funds) => summed(name, "得分", total, &[[(FUNDS_PART, funds)].as_slice(), parts].concat()),
            None => partial(name, total, sum.unwrap_or_default(), parts, &[FUNDS_PART]),
        };
    }
    let missing = roles_not_listed(parts);
    match sum {
        Some(sum) if sum < total && !missing.is_empty() => partial(name, total, sum, parts, &missing),
        _ => summed(name, "得分", total, parts),
    }
}

/// What a project's 自评表 calls the score of its funds row, in a total's sum.
const FUNDS_PART: &str = "预算执行率";

/// Parts of a project's 自评表 (产出, 效益 and 满意度, its funds row apart), not of the 部门整体 rubric: 满意度 is a
/// 一级 of its own there, and no 决策, 投入 or 过程 stands beside it.
fn of_a_project(parts: &[(&str, Decimal)]) -> bool {
    let named = |part: &str| parts.iter().any(|(p, _)| *p == part);
    named("满意度") && named("产出") && parts.iter().all(|(part, _)| ["产出", "效益", "效果", "满意度"].contains(part))
}

/// The 一级 of the 决策/过程/产出/效益 rubric (投入…效果 in its older form), one role each.
const ROLES: [&[&str]; 4] = [&["决策", "投入"], &["过程"], &["产出"], &["效益", "效果"]];

/// Roles of that rubric a list of its parts leaves out: “其中产出指标得分45分、效益指标得分28分” gives two of four,
/// so its sum is part of the total, not all of it. None where a part is of another rubric.
fn roles_not_listed(parts: &[(&str, Decimal)]) -> Vec<&'static str> {
    let of_the_rubric = |part: &str| part == "满意度" || ROLES.iter().any(|role| role.contains(&part));
    if !parts.iter().all(|(part, _)| of_the_rubric(part)) {
        return Vec::new();
    }
    let named = |role: &[&str]| parts.iter().any(|(part, _)| role.contains(part));
    ROLES.iter().filter(|role| !named(role)).map(|role| role[0]).collect()
}

/// Some of the parts listed, adding to less than the total: what the rest scored is not said.
fn partial(name: &str, total: Decimal, sum: Decimal, parts: &[(&str, Decimal)], missing: &[&str]) -> Judged {
    let formula: Vec<String> = parts.iter().map(|(name, points)| format!("{name}{}分", trim(*points))).collect();
    let detail = format!(
        "所列{}={}分，少于{name}{}分；未列{}的得分，无法核对",
        formula.join("+"),
        trim(sum),
        trim(total),
        if missing == [FUNDS_PART] { FUNDS_PART.to_string() } else { format!("{}指标", missing.join("、")) }
    );
    Judged::new(Verdict::Unverifiable, detail)
}

/// A 一级's subtotal a score table states beside its rows (“产出 | 29.00 | 数量 | 15 | 15.00”), and what
/// the 得分 of its rows make.
pub fn of_group(group: &str, stated: Decimal, rows: Decimal) -> Judged {
    if stated == rows {
        return Judged::new(Verdict::Ok, format!("{group}一级得分{}分=其下各指标得分之和，相符", trim(stated)));
    }
    let off = stated.minus(rows).map(|d| trim(d.abs())).unwrap_or_default();
    let detail = format!("报告写{group}一级得分{}分，其下各指标得分之和为{}分，相差{off}分", trim(stated), trim(rows));
    Judged::new(Verdict::Mismatch, detail)
}

/// A total score and its parts restated in prose (`claim`, judged wrong) after a score table whose rows
/// make `table` by 一级: where the table's rows bear the total out, the slip is the part that differs from
/// its rows' sum, not the total.
pub fn blamed_part(claim: &str, table: &[(String, Decimal)]) -> Option<Judged> {
    let (name_at, name) = TOTALS_AFTER.iter().filter_map(|n| claim.rfind(n).map(|at| (at, *n))).max_by_key(|(at, _)| *at)?;
    let (total, _) = points_after(claim, name_at + name.len())?;
    if total != super::score_table::total(table)? {
        return None;
    }
    let mut off = Vec::new();
    for (group, rows) in table {
        let at = claim.find(group.as_str())?;
        let (stated, _) = points_after(claim, at + group.len())?;
        if stated != *rows {
            off.push(format!("{group}写{}分，表中其下各指标得分之和为{}分", trim(stated), trim(*rows)));
        }
    }
    let formula: Vec<String> = table.iter().map(|(group, rows)| format!("{group}{}分", trim(*rows))).collect();
    (!off.is_empty()).then(|| {
        let detail = format!("{}；{name}{}分={}，相符", off.join("；"), trim(total), formula.join("+"));
        Judged::new(Verdict::Mismatch, detail)
    })
}

/// A table's total judged on its rows (`judged`) whose rows off their rule are `off` it by so many points
/// each (above it: more than the rule gives or allows; below it: less than a rule of arithmetic gives): a
/// total that adds them up as written is 随之有误 — right on its rows, wrong by their rule; the rows are
/// marked where they stand, and the total is no slip of its own.
pub fn after_rows_off_their_rule(judged: Judged, total: Decimal, off: impl Iterator<Item = Decimal>) -> Judged {
    let off: Vec<Decimal> = off.filter(|o| !o.is_zero()).collect();
    let excess = off.iter().try_fold(Decimal::ZERO, |sum, o| sum.plus(*o));
    let (Some(excess), Verdict::Ok) = (excess.filter(|_| !off.is_empty()), judged.verdict) else { return judged };
    let Some(right) = total.minus(excess) else { return judged };
    let rows = if off.len() == 1 { "其中一行的得分".to_string() } else { format!("其中{}行的得分", off.len()) };
    let how = if off.iter().all(|o| *o > Decimal::ZERO) { "高于其规则所允许" } else if off.iter().all(|o| *o < Decimal::ZERO) { "低于其规则所给" } else { "与其规则不合" };
    let detail = format!("{}；但{rows}{how}（已在该处标出），按规则应为{}分，随之有误", judged.detail, trim(right));
    Judged::new(Verdict::KnockOn, detail).noted(judged.notes.into_iter().chain(["本数随之有误，不另计为一处不符".to_string()]))
}

/// A score table's total 分值 (“合计 | 100 | 92”) and the 分值 of its rows above, judged.
pub fn of_points(total: Decimal, parts: &[(String, Decimal)]) -> Judged {
    let parts: Vec<(&str, Decimal)> = parts.iter().map(|(name, points)| (name.as_str(), *points)).collect();
    summed("分值合计", "分值", total, &parts)
}

/// A score table's row giving its 扣分 beside its 分值 and 得分: what was taken off is the 分值 less the 得分.
pub fn of_deduction(deducted: Decimal, points: Decimal, score: Decimal) -> Judged {
    let Some(right) = points.minus(score) else {
        return Judged::new(Verdict::Unverifiable, "表中扣分无法核对".to_string());
    };
    let formula = format!("分值{}分－得分{}分", trim(points), trim(score));
    // “-2”: points taken off, written with their sign.
    if right == deducted.abs() {
        return Judged::new(Verdict::Ok, format!("扣分{}分={formula}，相符", trim(deducted)));
    }
    Judged::new(Verdict::Mismatch, format!("表中写扣分{}分，按{formula}应为{}分", trim(deducted), trim(right)))
}

/// Parts a sum's detail names one by one; more are counted (a table of fourteen rows under no 一级).
pub(super) const NAMED_PARTS: usize = 12;

/// The verdict on a total (`name`) and its parts, each giving its `what` (得分, 分值) in points.
fn summed(name: &str, what: &str, total: Decimal, parts: &[(&str, Decimal)]) -> Judged {
    let sum = parts.iter().try_fold(Decimal::ZERO, |s, (_, p)| s.plus(*p)).unwrap_or_default();
    let off = total.minus(sum).map(|d| trim(d.abs())).unwrap_or_default();
    if parts.len() > NAMED_PARTS {
        let count = parts.len();
        if sum == total {
            return Judged::new(Verdict::Ok, format!("{name}{}分=所列{count}项{what}之和，相符", trim(total)));
        }
        let detail = format!("报告写{name}{}分，所列{count}项{what}之和为{}分，相差{off}分", trim(total), trim(sum));
        return Judged::new(Verdict::Mismatch, detail);
    }
    let formula: Vec<String> = parts.iter().map(|(name, points)| format!("{name}{}分", trim(*points))).collect();
    let formula = formula.join("+");
    if sum == total {
        return Judged::new(Verdict::Ok, format!("{name}{}分={formula}，相符", trim(total)));
    }
    let detail = format!("报告写{name}{}分，所列各项{what}之和为{}分（{formula}），相差{off}分", trim(total), trim(sum));
    Judged::new(Verdict::Mismatch, detail)
}

/// The points that follow `at` (“…指标得分18.5分”: words of the name, then the figure and 分), with the
/// byte offset after 分.
pub(super) fn points_after(sentence: &str, at: usize) -> Option<(Decimal, usize)> {
    let rest = sentence.get(at..)?;
    let digits_at = rest.find(|c: char| c.is_ascii_digit())?;
    // The name's own words only: 类、指标、得分、为、共 — not another figure or clause.
    let between = &rest[..digits_at];
    // “投入指标扣2分” is points lost, not the part's score.
    // Nor across a paragraph's end (a heading “四、自评得分” over the sentence that states it).
    if between.chars().count() > 6 || between.contains(['，', ',', '。', '、', ';', '扣', '\n']) {
        return None;
    }
    let figure = &rest[digits_at..];
    let length = figure.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(figure.len());
    figure[length..].starts_with('分').then_some(())?;
    let value = Decimal::from_str_exact(&figure[..length]).ok()?;
    Some((value, at + digits_at + length + '分'.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::SENTENCE_ENDS;

    fn verdicts(text: &str) -> Vec<(Verdict, String)> {
        let mut start = 0;
        let mut found = Vec::new();
        for sentence in text.split_inclusive(SENTENCE_ENDS) {
            let next = text[start + sentence.len()..].split_inclusive(['。', '\n']).next().map_or(0, str::len);
            let end = start + sentence.len() + next;
            found.extend(judged(&text[start..end], sentence.len(), None).map(|(_, j)| (j.verdict, j.detail)));
            start += sentence.len();
        }
        found
    }

    #[test]
    fn a_total_is_the_sum_of_its_parts() {
        let wrong = verdicts("经自评，自评得分95.5分，其中：投入类指标18.5分、过程类指标37分、产出类指标20分、效果类指标18分，等级为优。");
        assert_eq!(wrong.len(), 1);
        assert_eq!(wrong[0].0, Verdict::Mismatch);
        assert!(wrong[0].1.contains("之和为93.5分") && wrong[0].1.contains("相差2分"), "{}", wrong[0].1);
        let right = verdicts("综合得分93.5分，其中投入指标得分18.5分，过程指标得分37分，产出指标得分20分，效益指标得分18分。");
        assert_eq!(right, vec![(Verdict::Ok, "综合得分93.5分=投入18.5分+过程37分+产出20分+效益18分，相符".to_string())]);
    }

    #[test]
    fn a_colon_after_the_total_opens_its_list() {
        let found = verdicts("本所自评总分88分:决策指标17分，过程指标22分，产出指标30分，效益指标18分。");
        assert_eq!(found, vec![(Verdict::Mismatch, "报告写自评总分88分，所列各项得分之和为87分（决策17分+过程22分+产出30分+效益18分），相差1分".to_string())]);
        assert!(verdicts("自评得分88分:等级为良，较上年提高3分。").is_empty());
        // A rubric that scores the funds' execution as a part of its own.
        let funds = verdicts("单位自评总分91.50分:资金执行9.50分，产出指标46分，效益指标27分，满意度指标9分。");
        assert_eq!(funds, vec![(Verdict::Ok, "自评总分91.5分=资金执行9.5分+产出46分+效益27分+满意度9分，相符".to_string())]);
    }

    #[test]
    fn the_parts_may_come_in_any_order() {
        let found = verdicts("总分92分，其中产出指标48分、投入指标15分、效益指标29分。");
        assert_eq!(found, vec![(Verdict::Ok, "总分92分=产出48分+投入15分+效益29分，相符".to_string())]);
    }

    #[test]
    fn a_list_of_some_parts_only_is_no_sum_of_the_total() {
        let found = verdicts("经自评，本中心整体支出得分93分，其中产出指标得分44分、效益指标得分27分，评价等级为优。");
        let said = "所列产出44分+效益27分=71分，少于得分93分；未列决策、过程指标的得分，无法核对";
        assert_eq!(found, vec![(Verdict::Unverifiable, said.to_string())]);
        let found = verdicts("2023年度自评总分87.5分，其中：投入指标得分17分，过程指标得分19.5分。");
        assert_eq!(found[0].0, Verdict::Unverifiable, "{found:?}");
        // Every part listed, or parts adding to more than the total: a slip as before.
        let four = verdicts("自评总分87.5分，其中决策16分、过程19.5分、产出33分、效益18分。");
        assert_eq!(four[0].0, Verdict::Mismatch, "{four:?}");
        let over = verdicts("自评总分60分，其中产出指标得分44分、效益指标得分27分。");
        assert_eq!(over[0].0, Verdict::Mismatch, "{over:?}");
    }

    #[test]
    fn a_projects_total_lists_its_groups_and_leaves_the_funds_row_to_its_sheet() {
        let said = "项目综合得分95.4分（产出指标47.5分，效益指标29分，满意度指标9.5分）。";
        let (_, with) = judged(said, said.len(), Some(Decimal::new(94, 1))).expect("a project's total");
        assert_eq!(with.verdict, Verdict::Ok, "{}", with.detail);
        assert!(with.detail.contains("预算执行率9.4分+产出47.5分+效益29分+满意度9.5分"), "{}", with.detail);
        let (_, off) = judged(said, said.len(), Some(Decimal::new(84, 1))).expect("a project's total");
        assert_eq!(off.verdict, Verdict::Mismatch, "{}", off.detail);
        // No funds score stated above: what is missing is that score, not a 决策 or 过程 the rubric lacks.
        let (_, without) = judged(said, said.len(), None).expect("a project's total");
        assert_eq!(without.verdict, Verdict::Unverifiable);
        assert!(without.detail.contains("未列预算执行率的得分") && !without.detail.contains("决策"), "{}", without.detail);
    }

    #[test]
    fn the_list_may_follow_in_the_next_sentence_in_other_words() {
        let found = verdicts("本单位2021年度整体支出绩效自评总分94分，评价等级“优”。分项得分:投入18分，过程27分，产出28分，效果19分。");
        assert_eq!(found.len(), 1);
        assert!(found[0].1.contains("之和为92分") && found[0].1.contains("相差2分"), "{}", found[0].1);
        let found = verdicts("我局自评得分85.5分，等级“良”。具体为:投入16分、过程24分、产出26.5分、效果17分。");
        assert!(found[0].1.contains("之和为83.5分"), "{found:?}");
        assert!(verdicts("自评得分90分。全年支出100万元，其中投入指标18分、产出指标30分。").is_empty(), "a figure between: not its list");
        assert!(verdicts("本单位自评得分92分，评价等级为“优”。其中，投入指标扣2分、过程指标扣3分、产出指标扣3分。").is_empty(), "points lost are no parts");
    }

    #[test]
    fn the_list_may_name_decision_first_with_its_parts_apart_by_semicolons() {
        let text = "单位自评总分91.0分，评价等级为优。分项为：决策指标17分；过程指标18.5分；产出指标28分；效益指标26.5分。";
        let found = verdicts(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Verdict::Mismatch, "{found:?}");
        assert!(found[0].1.contains("之和为90分"), "{found:?}");
    }

    #[test]
    fn parts_with_their_weights_in_brackets_are_still_a_list() {
        let text = "各一级指标得分为：投入类16.5分（满分20分），过程类26分（满分30分），产出类29分（满分30分），效益类17分（满分20分），综合得分89.5分。";
        let (_, judged) = before_total("", text).expect("a list of parts with weights");
        assert_eq!(judged.verdict, Verdict::Mismatch);
        assert!(judged.detail.contains("之和为88.5分"), "{}", judged.detail);
        let text = "投入类16.5分（满分20分），过程类26分（满分30分），自评得分42.5分。";
        assert_eq!(before_total("", text).map(|(_, j)| j.verdict), Some(Verdict::Ok));
        assert!(before_total("", "投入类16.5分，另有加分2分，过程类26分，得分44.5分。").is_none(), "a figure between parts");
    }

    #[test]
    fn each_part_with_its_weight_first_then_its_score() {
        let text = "依据评分细则，投入指标满分20分、得18.5分，过程指标满分30分、得27分，产出指标满分30分、得28分，效果指标满分20分、得16分，合计得分89.5分，等级良。";
        let (_, judged) = before_total("", text).expect("parts with their weights first");
        assert_eq!(judged.verdict, Verdict::Ok, "{}", judged.detail);
        assert!(judged.detail.contains("投入18.5分+过程27分+产出28分+效果16分"), "{}", judged.detail);
        let text = "投入指标（权重20分）得18.5分；过程指标（权重30分）得27分；产出指标（权重30分）得28分；效果指标（权重20分）得16分，总分90.5分。";
        assert_eq!(before_total("", text).map(|(_, j)| j.verdict), Some(Verdict::Mismatch));
        // Three parts of four (their weights make 80): the sum is no check of the total.
        let bare_weights = "投入类指标20分，得18.5分；过程类指标30分，得27分；产出类指标30分，得28分；效果类指标20分，得16分，总分89.5分。";
        assert_eq!(before_total("", bare_weights).map(|(_, j)| j.verdict), Some(Verdict::Ok));
        let partial = "过程指标满分30分、得27分，产出指标满分30分、得28分，效果指标满分20分、得16分，总分89.5分。";
        assert!(before_total("", partial).is_none());
        assert!(before_total("", "投入指标满分20分，过程指标满分30分，总分50分。").is_none(), "weights alone are no scores");
    }

    #[test]
    fn lines_opened_by_a_part_with_its_weight_first() {
        let before = "各项得分如下:\n投入（15分）:得14分;\n过程（35分）:得31.5分;\n产出（30分）:得28分;\n效果（20分）:得17分。\n";
        let (_, judged) = after_parts(before, "总计得分90.5分，等级为优。").expect("the parts on lines of their own");
        assert_eq!(judged.verdict, Verdict::Ok, "{}", judged.detail);
        let (_, judged) = after_parts(before, "总计得分91分。").expect("the parts on lines of their own");
        assert_eq!(judged.verdict, Verdict::Mismatch);
        let joined = "各项得分如下:投入（15分）:得14分;过程（35分）:得31.5分;产出（30分）:得28分;效果（20分）:得17分。\n";
        let (_, judged) = after_parts(joined, "合计得分90.5分。").expect("the parts' lines joined in copying");
        assert_eq!(judged.verdict, Verdict::Ok, "{}", judged.detail);
        let unopened = "投入方面，预算编制较为科学合理，执行较好，得14分;过程（35分）:得31.5分;产出（30分）:得28分;效果（20分）:得17分。\n";
        assert!(after_parts(unopened, "合计得分90.5分。").is_none(), "a part in a longer clause is not left out of the sum");
        let long_first = "投入方面，预算编制较为科学合理，执行较好，得14分\n过程（35分）:得31.5分\n产出（30分）:得28分\n效果（20分）:得17分\n";
        assert!(after_parts(long_first, "合计得分90.5分。").is_none(), "nor one on a longer line");
        let prose = "投入方面，我局严格执行预算，年中调整较少，各项制度较健全，得到上级肯定，得18分。\n产出方面得27分。\n";
        assert!(after_parts(prose, "总得分45分。").is_none(), "a paragraph of prose is no part's line");
    }

    #[test]
    fn a_total_under_numbered_rows_with_their_weights_sums_them_all() {
        let before = "逐项得分如下:\n1. 制度建设：分值10分，得分9分\n2. 预算编制：分值20分，得分18.5分\n3. 依法履职：分值40分，得分36分\n4. 群众评价：分值30分，得分27分\n";
        let (_, judged) = rows_total(before, "合计：分值100分，得分90.5分。").expect("the four rows");
        assert_eq!(judged.verdict, Verdict::Ok, "{}", judged.detail);
        assert!(judged.detail.contains("制度建设9分+预算编制18.5分+依法履职36分+群众评价27分"), "{}", judged.detail);
        let numeral_first = "各项:\n1. 三公经费控制：分值40分，得分36分\n2. 一般性支出压减：分值60分，得分54分\n";
        let (_, judged) = rows_total(numeral_first, "合计：分值100分，得分90分").expect("the two rows");
        assert!(judged.detail.contains("=三公经费控制36分+一般性支出压减54分"), "{}", judged.detail);
        let (_, judged) = rows_total(before, "合计：分值100分，得分91.5分。").expect("the four rows");
        assert_eq!(judged.verdict, Verdict::Mismatch, "{}", judged.detail);
        assert!(judged.detail.contains("之和为90.5分"), "{}", judged.detail);
        // Rows whose 分值 fall short of the 合计's are not all of it.
        assert!(rows_total(before, "合计：分值110分，得分90.5分。").is_none());
        // The last row's line break lost in copying: the 合计 runs on after it.
        let (three, _) = before.rsplit_once("4. ").expect("a fourth row");
        let (_, judged) = rows_total(three, "4. 群众评价：分值30分，得分27分合计：分值100分，得分90.5分。").expect("the four rows");
        assert_eq!(judged.verdict, Verdict::Ok, "{}", judged.detail);
    }

    #[test]
    fn a_numbered_row_with_its_own_weight_is_no_sum_of_the_rows_above() {
        // Rows of one level, one a line: the third is an item (its own 分值), not the total of the two above.
        let before = "各指标得分:\n1. 资金管理：分值12分，得分11分\n2. 资产管理：分值8分，得分7.5分\n";
        assert!(after_parts(before, "3. 履职尽责：分值20分，得分18分").is_none());
        assert!(after_parts(before, "3. 履职尽责（20分），得分18分").is_none());
        // A line numbered as they are that names itself their sum is still checked on them.
        let (_, judged) = after_parts(before, "3. 合计：分值20分，得分19分").expect("a sum of the rows above");
        assert_eq!(judged.verdict, Verdict::Mismatch, "{}", judged.detail);
        let (_, judged) = after_parts(before, "合计得分18.5分。").expect("the rows above");
        assert_eq!(judged.verdict, Verdict::Ok, "{}", judged.detail);
    }

    #[test]
    fn the_list_may_follow_the_total_at_once_after_a_colon_or_in_brackets() {
        let found = verdicts("本中心2023年度自评得91.5分:决策18分，过程27.5分，产出28分，效益17分。");
        assert_eq!(found, vec![(Verdict::Mismatch, "报告写自评得91.5分，所列各项得分之和为90.5分（决策18分+过程27.5分+产出28分+效益17分），相差1分".to_string())]);
        let found = verdicts("五、评价结论\n综合得分88分（投入17分、过程26分、产出27分、效果18分），等级为良。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Verdict::Ok, "{found:?}");
    }

    #[test]
    fn a_total_after_its_parts_may_name_its_year_and_scope() {
        let text = "投入指标17分、过程指标27分、产出指标28分、效益指标18分，2023年度部门整体支出绩效综合得分90分，等级为优。";
        assert_eq!(before_total("", text).map(|(_, j)| j.verdict), Some(Verdict::Ok));
        assert_eq!(before_total("", &text.replace("90分", "91分")).map(|(_, j)| j.verdict), Some(Verdict::Mismatch));
        assert!(before_total("", "投入指标17分、过程指标27分，另扣减考核因素后综合得分40分。").is_none(), "points taken off between");
    }

    #[test]
    fn a_provinces_rubric_names_its_parts_otherwise() {
        // Weights first, then scores, under names other than 投入/过程/产出/效益.
        let text = "资金管理15分得13分，资产管理10分得9.5分，履职效能45分得41分，社会效应30分得28分，合计92.5分。";
        let found = before_total("", text).map(|(_, j)| (j.verdict, j.detail));
        assert_eq!(found, Some((Verdict::Mismatch, "报告写合计92.5分，所列各项得分之和为91.5分（资金管理13分+资产管理9.5分+履职效能41分+社会效应28分），相差1分".to_string())));
        let text = "预算编制与管理15分得13分，运行成本35分得33分，管理效率50分得45.5分，自评得分91.5分。";
        assert_eq!(before_total("", text).map(|(_, j)| j.verdict), Some(Verdict::Ok));
        // A list going on with points under a name not known as a part is not the whole total.
        assert!(verdicts("自评得分90分，其中：投入15分，过程25分，绩效运行17分，产出及效益33分，等级为优。").is_empty());
        assert!(verdicts("自评得分90分，其中：投入15分，过程25分，绩效运行17分。").is_empty());
    }

    #[test]
    fn the_project_rubrics_parts_after_a_colon_make_the_total() {
        let before = "按项目支出绩效自评表评分:年度资金总额执行率97.20%，得分9.72分（分值10分）;产出指标得分46分（分值50分）;效益指标得分28分（分值30分）;满意度指标得分9.5分（分值10分）。";
        let (_, judged) = after_parts(before, "综合自评得分93.22分，等级为优。").expect("the rubric's four parts");
        assert_eq!(judged.verdict, Verdict::Ok, "{}", judged.detail);
        assert!(judged.detail.contains("年度资金总额9.72分+产出46分+效益28分+满意度9.5分"), "{}", judged.detail);
        let (_, judged) = after_parts(before, "综合自评得分94.22分。").expect("the rubric's four parts");
        assert_eq!(judged.verdict, Verdict::Mismatch);
    }

    #[test]
    fn the_funds_line_scores_its_weight_times_its_rate() {
        let (range, judged) = funds_line("年度资金总额执行率92.45%，得分9.25分（分值10分）;").expect("a funds line");
        assert_eq!(judged.verdict, Verdict::Ok, "{}", judged.detail);
        assert_eq!(&"年度资金总额执行率92.45%，得分9.25分（分值10分）;"[range], "得分9.25分");
        let (_, judged) = funds_line("年度资金总额分值20分，执行率88.00%，得分17.80分").expect("a funds line");
        assert_eq!(judged.verdict, Verdict::Mismatch);
        assert!(judged.detail.contains("应为17.6分"), "{}", judged.detail);
        // Over 100% scores the whole weight.
        let (_, judged) = funds_line("年度资金总额分值10分，执行率102.30%，得分10分").expect("a funds line");
        assert_eq!(judged.verdict, Verdict::Ok, "{}", judged.detail);
        assert!(funds_line("年度资金总额执行率92.45%。").is_none());
    }

    #[test]
    fn a_total_first_then_parts_given_with_their_weights() {
        // Each part's weight before its score, in words: 13+22.5+33+21 = 89.5.
        let found = verdicts("本中心自评总分88.5分，等级“良”。其中：决策指标满分15分，得13分；过程指标满分25分，得22.5分；产出指标满分35分，得33分；效益指标满分25分，得21分。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Verdict::Mismatch, "{found:?}");
        assert!(found[0].1.contains("之和为89.5分"), "{found:?}");
        // The weight in brackets after the score.
        let found = verdicts("经评定，自评得分86分。分项得分为：投入指标12分（满分15分），过程指标23分（满分25分），产出指标32分（满分35分），效果指标19分（满分25分）。");
        assert_eq!(found.first().map(|f| f.0), Some(Verdict::Ok), "{found:?}");
        // The weight in brackets before the score, and a remark in brackets naming another part.
        let found = verdicts("综合得分87分。具体为：投入指标（10分）得9分；过程指标（40分）得35分（预算执行率扣3分）；产出指标（30分）得27分；效益指标（20分）得16分。");
        assert_eq!(found.first().map(|f| f.0), Some(Verdict::Ok), "{found:?}");
        // Weights of three parts of four: not the whole list.
        assert!(verdicts("自评得分70分。其中：投入指标满分15分，得13分；过程指标满分25分，得22分；产出指标满分35分，得35分。").is_empty());
    }

    #[test]
    fn a_total_first_then_its_parts_in_brackets_or_the_next_sentence_or_lines() {
        let found = verdicts("本中心自评得分为88分（投入16分、过程26分、产出29分、效益17分），等级良。");
        assert_eq!(found.first().map(|f| f.0), Some(Verdict::Ok), "{found:?}");
        let (range, _) = judged("自评得分自评得分88分（投入16分、过程26分、产出29分、效益17分）。", 100, None).expect("a heading run into its paragraph");
        assert_eq!(range.start, "自评得分".len());
        let found = verdicts("综合得分90分，其中：决策指标（20分）18分，过程指标（20分）17分，产出指标（30分）29分，效益指标（30分）26分。");
        assert_eq!(found.first().map(|f| f.0), Some(Verdict::Ok), "{found:?}");
        let found = verdicts("自评总分:86分。投入类指标得分15分，过程类指标得分25分，产出类指标得分29分，效益类指标得分18分。");
        assert!(found.first().is_some_and(|f| f.0 == Verdict::Mismatch && f.1.contains("之和为87分")), "{found:?}");
        let below = "各一级指标得分情况如下:\n（一）投入指标（15分），得14分。\n（二）过程指标（35分），得31分。\n（三）产出指标（30分），得27分。\n（四）效果指标（20分），得18分。\n";
        let (_, judged) = parts_below("经评价，本单位自评得分91分，等级为优。", below).expect("parts on the lines below");
        assert!(judged.verdict == Verdict::Mismatch && judged.detail.contains("之和为90分"), "{}", judged.detail);
        assert!(parts_below("经评价，本单位自评得分91分。", "（一）投入指标（15分），得14分。\n（二）过程…\n").is_none(), "no list opened");
    }

    #[test]
    fn a_score_without_its_parts_states_no_sum() {
        assert!(verdicts("自评得分95.5分，等级为优。").is_empty());
        assert!(verdicts("预算执行率得分8分，投入指标18分。").is_empty());
        assert!(verdicts("总分100分，其中投入指标20分。").is_empty(), "one part is no list");
        assert!(verdicts("综合得分91分，其中产出指标46分、效益指标27分等。").is_empty(), "a list that says it is partial");
        assert!(before_total("", "产出指标46分、效益指标27分等，综合得分91分。").is_none(), "nor before its total");
    }

    #[test]
    fn a_total_line_gives_the_weights_total_then_the_scores_total() {
        use crate::core::audit::audit;
        let table = |score: &str| {
            let text = format!("2023年度。\n（一）自评结论\n经自评，本中心部门整体支出绩效得分91分，等级为“优”。\n投入 15分 得14分\n过程 25分 得23分\n产出 35分 得32.5分\n效果 25分 得21.5分\n合计 100分 得{score}分\n（二）具体指标\n");
            audit(&text).claims.into_iter().filter(|c| c.id == "score_total").map(|c| (c.verdict, c.detail)).collect::<Vec<_>>()
        };
        let right = table("91");
        assert!(right.iter().all(|(v, _)| *v == Verdict::Ok) && right.iter().any(|(_, d)| d.contains("合计91分=")), "{right:?}");
        let wrong = table("92");
        assert!(wrong.iter().any(|(v, d)| *v == Verdict::Mismatch && d.contains("之和为91分")), "{wrong:?}");
    }
}
