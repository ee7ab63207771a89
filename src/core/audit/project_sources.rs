//! A project's budget by where its money came from, as prose gives it — in brackets after the budget
//! (“预算300.00万元（中央补助180.00万元，县级配套120.00万元）”) or in a clause of its own (“资金来源为中央资金…、
//! 省级资金…”): the sources make the budget. They are amounts of their own, never the project's budget or
//! its spending, however they are labelled (“县级财政安排…” is not the budget 安排ed).

use std::ops::Range;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::numbers::{Number, Unit};
use super::text::MarkIndex;
use super::restated::{agree_as_written, written_in, written_step, Written};
use super::verdicts::Judged;
use super::Verdict;

/// The words a source's name opens with: a level of government, or a kind of money of its own.
const SOURCE_OPENINGS: [&str; 20] = [
    "中央", "省级", "省财政", "省补", "市级", "市财政", "市本级", "县级", "县财政", "县本级", "区级", "区财政", "乡镇", "本级", "上级", "专项债", "地方政府专项债",
    "一般债", "车购税", "自筹",
];

/// What a level of government gives: “中央” alone names no money (“中央厨房”).
const FUNDS: [&str; 9] = ["资金", "补助", "配套", "财政", "安排", "拨款", "奖补", "专项", "转移支付"];

/// Words before the first source that say the list may leave some out: then only a sum over the budget
/// is a slip.
const PARTIAL: [&str; 2] = ["其中", "含"];

/// The local government's own share: it pays what the levels above do not give, so a list that names it
/// names the whole budget, even opened by “其中”.
const LOCAL_SHARE: [&str; 8] = ["县级", "县财政", "县本级", "区级", "区财政", "乡镇", "本级", "自筹"];

/// Whether a list opened by `opening` may leave sources out: “其中” or “含” before sources none of which
/// is the local share.
fn leaves_some_out(opening: &str, parts: &[(String, usize)]) -> bool {
    PARTIAL.iter().any(|w| opening.starts_with(w)) && !parts.iter().any(|(name, _)| LOCAL_SHARE.iter().any(|w| name.starts_with(w)))
}

/// Where a project's sources are: the budget's number, each source's name and number, and the span.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Sources {
    budget: usize,
    parts: Vec<(String, usize)>,
    partial: bool,
    span: Range<usize>,
}

/// Whether `label` (the words before an amount, in its clause) names where money came from.
fn is_source(label: &str) -> bool {
    let name = opening_words_off(label);
    if name.starts_with("其他") || ["专项债", "一般债", "车购税", "自筹", "上级补助"].iter().any(|w| name.starts_with(w)) {
        return true;
    }
    SOURCE_OPENINGS.iter().any(|w| name.starts_with(w)) && FUNDS.iter().any(|f| name.contains(f)) && name.chars().count() <= 16
}

/// A source's name without the words that open its list (“其中”, “含”, “为”).
fn opening_words_off(label: &str) -> &str {
    let mut name = label.trim();
    loop {
        let shorter = ["资金来源", "其中", "含", "为", "是", "包括", ":"].iter().find_map(|w| name.strip_prefix(w));
        match shorter {
            Some(rest) => name = rest.trim(),
            None => return name,
        }
    }
}

/// Whether the end of `before` (a project's clause up to an amount) stands in a list of its sources: in
/// brackets still open whose first words name one, or after “资金来源” with every clause since naming one.
pub fn in_sources(before: &str) -> bool {
    if let Some(open) = before.rfind('（') {
        let inside = &before[open + '（'.len_utf8()..];
        if !inside.contains('）') && is_source(first_clause(inside)) {
            return true;
        }
    }
    let Some(at) = before.rfind("资金来源") else { return false };
    let listed = &before[at..];
    !listed.contains(['。', ';', '\n', '）']) && listed.split(['、', '，', ',']).all(|clause| is_source(label_of(clause)))
}

/// A clause's words before its first figure.
fn label_of(clause: &str) -> &str {
    clause.find(|c: char| c.is_ascii_digit()).map_or(clause, |at| &clause[..at])
}

fn first_clause(words: &str) -> &str {
    label_of(words.split(['、', '，', ',', ';']).next().unwrap_or(words))
}

/// The sources listed from `from` (just inside the brackets or after “资金来源”) to `end`, each a name and
/// one amount; none unless two or more, every figure among them a source's.
fn listed(text: &str, numbers: &[Number], from: usize, end: usize) -> Option<Vec<(String, usize)>> {
    let first = numbers.partition_point(|n| n.start < from);
    let mut parts = Vec::new();
    let mut label_from = from;
    for (k, number) in numbers.iter().enumerate().skip(first).take_while(|(_, n)| n.end <= end) {
        let between = text.get(label_from..number.start)?;
        let label = between.rsplit(['、', '，', ',', ';']).next().unwrap_or(between);
        label_from = number.end;
        let nought = number.value.is_zero() && number.unit == Unit::Bare;
        if !(number.unit == Unit::Wan || nought) || !is_source(label) {
            return None;
        }
        parts.push((opening_words_off(label).to_string(), k));
    }
    (parts.len() >= 2).then_some(parts)
}

/// “预算300.00万元（中央补助…，县级配套…）”: the brackets right after an amount labelled as a budget.
fn bracketed(text: &str, numbers: &[Number]) -> Vec<Sources> {
    let mut found = Vec::new();
    // Found once: a line of amounts each opening a bracket never closed would have each searched to its end.
    let closes = MarkIndex::new(text, &['）', '。', '\n']);
    for (k, budget) in numbers.iter().enumerate().filter(|(_, n)| n.unit == Unit::Wan) {
        let Some(inside) = text.get(budget.end..).and_then(|rest| rest.strip_prefix('（')) else { continue };
        let from = budget.end + '（'.len_utf8();
        let close = closes.next_from(from) - from;
        if !inside[close..].starts_with('）') {
            continue;
        }
        if !is_budget(text, numbers, k) || !is_source(first_clause(inside)) {
            continue;
        }
        let Some(parts) = listed(text, numbers, from, from + close) else { continue };
        let partial = leaves_some_out(inside, &parts);
        found.push(Sources { budget: k, parts, partial, span: budget.start..from + close + '）'.len_utf8() });
    }
    found
}

/// Whether the amount `k` is labelled, in its clause, as a budget.
fn is_budget(text: &str, numbers: &[Number], k: usize) -> bool {
    let Some(number) = numbers.get(k) else { return false };
    let previous_end = k.checked_sub(1).and_then(|p| numbers.get(p)).map_or(0, |p| p.end);
    let Some(before) = text.get(previous_end.min(number.start)..number.start) else { return false };
    let label = before.rsplit(['，', ',', ';', '。', '\n', '、']).next().unwrap_or(before);
    ["预算", "安排", "下达"].iter().any(|w| label.contains(w)) && !is_source(label)
}

/// “…：预算2,400.00万元，资金来源为中央资金…、省级资金…”: the sources after “资金来源”, the budget the project's
/// clause gave before them (in the sentence before, where the sources open a sentence of their own).
fn in_their_own_clause(text: &str, numbers: &[Number]) -> Vec<Sources> {
    let mut found = Vec::new();
    // Sentence ends and budgets found once, for a long line of lists without a sentence end (see MarkIndex).
    let ends = MarkIndex::new(text, &['。', ';', '\n', '）']);
    let budgets = Budgets::new(text, numbers);
    let lists: Vec<usize> = text.match_indices("资金来源").map(|(at, _)| at).collect();
    for (i, &at) in lists.iter().enumerate() {
        let from = at + "资金来源".len();
        let rest = &text[from..];
        // The list ends with its sentence, with the next list, or with the first clause that names no source.
        let end = list_end(text, &ends, from, lists.get(i + 1).copied().unwrap_or(text.len()));
        let Some(parts) = listed(text, numbers, from, end) else { continue };
        let Some(budget) = budgets.before(text, at) else { continue };
        let opening = rest.trim_start_matches(['为', '是', ':']);
        let partial = leaves_some_out(opening, &parts);
        let span_end = parts.last().and_then(|(_, k)| numbers.get(*k)).map_or(end, |n| n.end);
        found.push(Sources { budget, parts, partial, span: at..span_end });
    }
    found
}

/// Where a list of sources opening at `from` ends: with its sentence (`ends`, found once), at `limit` (the
/// next list), or with the first clause that names no source.
fn list_end(text: &str, ends: &MarkIndex, from: usize, limit: usize) -> usize {
    let sentence_end = ends.next_from(from).min(limit);
    let mut end = from;
    for clause in text[from..sentence_end].split_inclusive(['、', '，', ',']) {
        if !is_source(label_of(clause)) {
            break;
        }
        end += clause.len();
    }
    end.min(sentence_end)
}

/// “全年预算210.00万元，其中中央资金…、省级资金…、县级资金…”: sources in the clause right after a budget,
/// opened by “其中”. A unit's budget broken into 基本 and 项目 parts is no list of sources, and is left alone.
fn after_the_budget(text: &str, numbers: &[Number]) -> Vec<Sources> {
    let mut found = Vec::new();
    let ends = MarkIndex::new(text, &['。', ';', '\n', '）']);
    for (at, word) in text.match_indices("其中") {
        let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(['，', ','])) else { continue };
        let last = numbers.partition_point(|n| n.start < at);
        let Some(k) = last.checked_sub(1).filter(|&k| numbers[k].end == before.len() && numbers[k].unit == Unit::Wan) else { continue };
        if !is_budget(text, numbers, k) {
            continue;
        }
        let from = at + word.len();
        let Some(parts) = listed(text, numbers, from, list_end(text, &ends, from, text.len())) else { continue };
        let partial = leaves_some_out(word, &parts);
        let span_end = parts.last().and_then(|(_, p)| numbers.get(*p)).map_or(from, |n| n.end);
        found.push(Sources { budget: k, parts, partial, span: numbers[k].start..span_end });
    }
    found
}

/// The amounts labelled as budgets, and where sentences start, found once for every list of sources.
struct Budgets {
    at: Vec<(usize, usize)>,
    sentences: MarkIndex,
}

impl Budgets {
    fn new(text: &str, numbers: &[Number]) -> Self {
        let at = (0..numbers.len()).filter(|&k| numbers[k].unit == Unit::Wan && is_budget(text, numbers, k)).map(|k| (numbers[k].start, k)).collect();
        Budgets { at, sentences: MarkIndex::new(text, &['。', ';', '\n']) }
    }

    /// The last amount labelled as a budget in the project's clause before `at` — its sentence, or the one
    /// before where “资金来源” opens its own.
    fn before(&self, text: &str, at: usize) -> Option<usize> {
        let before = text.get(..at)?;
        let item_start = match before.strip_suffix('。') {
            Some(previous) => self.sentences.start_before(previous.len()),
            None => self.sentences.start_before(at),
        };
        let (start, k) = *self.at.get(self.at.partition_point(|&(start, _)| start < at).checked_sub(1)?)?;
        (start >= item_start).then_some(k)
    }
}

/// Each project's sources in prose, judged on its budget.
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    bracketed(text, numbers).into_iter().chain(in_their_own_clause(text, numbers)).chain(after_the_budget(text, numbers)).filter_map(|sources| Some((sources.span.clone(), judge(text, &sources, numbers)?))).collect()
}

fn judge(text: &str, sources: &Sources, numbers: &[Number]) -> Option<Judged> {
    let budget = numbers.get(sources.budget)?;
    let parts: Vec<(&str, &Number)> = sources.parts.iter().map(|(name, k)| Some((name.as_str(), numbers.get(*k)?))).collect::<Option<_>>()?;
    let added = parts.iter().try_fold(Decimal::ZERO, |sum, (_, n)| sum.plus(n.value))?;
    let in_yuan = |n: &Number| written_in(text, n).is_some_and(|(unit, _)| unit == "元");
    let values: Vec<Decimal> = parts.iter().map(|(_, n)| n.value).chain([budget.value, added]).collect();
    let shown = Written::of(parts.iter().any(|(_, n)| in_yuan(n)) || in_yuan(budget), &values);
    let formula = parts.iter().map(|(name, n)| format!("{name}{}", shown.text(n.value))).collect::<Vec<_>>().join("+");
    let steps = parts.iter().map(|(_, n)| written_step(text, n)).chain([written_step(text, budget)]);
    if agree_as_written(budget.value, added, steps) {
        return Some(Judged::new(Verdict::Ok, format!("项目预算{}={formula}，相符", shown.text(budget.value))));
    }
    // A list opened by “其中” may leave sources out: short of the budget, it says nothing.
    if sources.partial && added < budget.value {
        return None;
    }
    let off = budget.value.minus(added)?.abs();
    let detail = format!("项目预算写{}，资金来源各项之和为{}（{formula}），相差{}", shown.text(budget.value), shown.text(added), shown.text(off));
    let share = off.divided_by(added.abs().max(Decimal::ONE))?;
    let words = format!("项目预算写{}，资金来源之和为{}", shown.text(budget.value), shown.text(added));
    Some(Judged::new(Verdict::Mismatch, detail).off(share, words))
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    fn sources(text: &str) -> Vec<(String, Verdict, String)> {
        audit(text).claims.into_iter().filter(|c| c.id == "project.funds").map(|c| (c.stated, c.verdict, c.detail)).collect()
    }

    /// Sources in 元 are added and shown in 元: a budget to two decimals of 万元 made by whole 元 is 相符 at its
    /// digits, and one 50元 off says 50元, not “相差0.00万元”.
    #[test]
    fn sources_in_yuan_are_shown_in_yuan() {
        let text = |central: &str| format!("（三）项目支出\n1.渡口改造工程：预算260.00万元（中央补助{central}元，县级配套1,100,000元），支出251.00万元。\n");
        let right = sources(&text("1,500,000"));
        assert_eq!(right.iter().map(|(_, v, _)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{right:?}");
        let off = sources(&text("1,500,050"));
        assert_eq!(off.iter().map(|(_, v, _)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{off:?}");
        assert!(off[0].2.contains("相差50.00元"), "{off:?}");
    }

    #[test]
    fn sources_in_their_own_clause_make_the_budget() {
        let text = "（3）乡村学校改薄资金：预算1,500.00万元，资金来源为中央补助900.00万元、省级补助350.00万元、县级配套250.00万元，实际支出1,488.20万元。\n";
        let found = sources(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, Verdict::Ok, "{found:?}");
        let slip = text.replace("县级配套250.00", "县级配套205.00");
        let found = sources(&slip);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, Verdict::Mismatch);
        assert!(found[0].2.contains("项目预算写1500.00万元") && found[0].2.contains("县级配套205.00万元") && found[0].2.contains("相差45.00万元"), "{}", found[0].2);
    }

    #[test]
    fn sources_in_the_sentence_after_the_budget_make_it() {
        let text = "1.桥梁加固工程：预算860.00万元，实际支出851.00万元。资金来源为中央车购税资金500.00万元、省级补助资金200.00万元、县级配套资金150.00万元。\n";
        let found = sources(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, Verdict::Mismatch, "{found:?}");
        assert!(found[0].2.contains("相差10.00万元"), "{}", found[0].2);
    }

    #[test]
    fn sources_in_brackets_are_not_the_budget_and_make_it() {
        let text = "4.人民调解经费：预算80.00万元（省级补助30.00万元，县级财政安排50.00万元），支出76.00万元，执行率95.00%。\n";
        let claims = audit(text).claims;
        let rate = claims.iter().find(|c| c.id == "project.execution").expect("the project's rate");
        assert_eq!(rate.verdict, Verdict::Ok, "{}", rate.detail);
        let found = sources(text);
        assert_eq!(found.iter().map(|f| f.1).collect::<Vec<_>>(), [Verdict::Ok], "{found:?}");
        let draft = crate::core::audit::draft_from_text(text).draft;
        assert_eq!((draft.get("spend.projects.0.budget"), draft.get("spend.projects.0.actual")), ("80", "76"));
    }

    #[test]
    fn brackets_that_explain_or_list_some_sources_only_are_no_slip() {
        let explained = "2.校舍维修：预算60.00万元（主要用于3所学校屋面防水），支出58.00万元，执行率96.67%。\n";
        assert!(sources(explained).is_empty());
        let some = "2.校舍维修：预算60.00万元（其中中央补助20.00万元、省级补助15.00万元），支出58.00万元，执行率96.67%。\n";
        assert!(sources(some).is_empty(), "{:?}", sources(some));
    }

    /// “全年预算…，其中中央…、省级…、县级…”: the levels of government down to the local share make the
    /// budget, so a sum short of it is a slip; a unit's budget broken into 基本 and 项目 parts is no list of
    /// sources.
    #[test]
    fn sources_after_the_budget_opened_by_qizhong_make_it() {
        let text = |county: &str| format!("（4）农村饮水提质工程。全年预算480.00万元，其中中央资金260.00万元、省级资金140.00万元、县级资金{county}万元；实际支出472.00万元，新建集中供水站3座。\n");
        let right = sources(&text("80.00"));
        assert_eq!(right.iter().map(|(_, v, _)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{right:?}");
        let short = sources(&text("60.00"));
        assert_eq!(short.iter().map(|(_, v, _)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{short:?}");
        assert!(short[0].2.contains("项目预算写480.00万元") && short[0].2.contains("相差20.00万元"), "{}", short[0].2);
        let with_bonds = "（2）防洪堤加固：全年预算900.00万元，其中中央资金400.00万元、省级资金200.00万元、县级资金150.00万元、地方政府专项债券150.00万元；实际支出880.00万元。\n";
        assert_eq!(sources(with_bonds).iter().map(|(_, v, _)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:?}", sources(with_bonds));
        let unit = "2023年全年预算数1,200.00万元，其中基本支出700.00万元、项目支出500.00万元。\n";
        assert!(sources(unit).is_empty(), "{:?}", sources(unit));
    }

    /// A table run together as one long line of lists never closed nor ended (“资金来源为…、” again and
    /// again, “预算…（…，” again and again) is read list by list: each had been read on to the line's end,
    /// which took seconds here. A list closed after such a line is still judged.
    #[test]
    fn a_long_line_of_open_lists_is_read_list_by_list() {
        let closed = "项目预算9.00万元（省级资金4.00万元，县级配套5.00万元）。";
        for run in ["资金来源为省级补助2万元、", "预算80万元（县级配套3万元，"] {
            let text = format!("{}\n{closed}", run.repeat(2500));
            let found = super::judged(&text, &crate::core::audit::numbers::numbers(&text));
            assert_eq!(found.iter().map(|(_, j)| j.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{run}");
        }
    }
}
