//! Rates a report states, in the shapes reports use (normalised text):
//! - a heading or sentence: “1.预算执行率100%”, “预算执行率为99.5%”, “预算控制率为0”;
//! - the rate first, then its formula: “公用经费控制率100%=（11.6万元/11.6万元）×100%”,
//!   “公用经费控制率为95.89%（公用经费支出134.25万元/公用经费预算140万元×100%）”;
//! - the formula first, the rate last: “预算执行率=1928.7/1946.86×100%=99.07%”, perhaps in words and then
//!   in figures (“=公用经费实际支出/预算安排公用经费×100%=80.8/85.0×100%=95.06%”);
//! - several at once: “公用经费控制率、三公经费控制率分别为95.06%、89.85%”;
//! - a heading that is the name alone, then the formula in figures (“（一）预算执行率⏎181.86÷186.42×100%=97.55%”).

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use super::damage::is_heading;
use super::formula::{self, Token};
use super::labels::{heading_topic, last_topic, of_another_year, topic_before, SANGONG_ITEMS};
use super::project_rates::ProjectRate;
use super::tables::Tables;
use super::text::{MarkIndex, WordIndex, GAP, start_after_last};
use super::verdicts::may_be_cut_at;
use super::numbers::{Number, Unit};
use super::SENTENCE_ENDS;
use crate::core::calc::indicators::IndicatorId;
use crate::core::calc::rate::Rate;

/// The names reports give the indicators, as normalised (quotes removed).
const NAMES: [(&str, IndicatorId); 22] = [
    ("在职人员控制率", IndicatorId::StaffControl),
    ("人员控制率", IndicatorId::StaffControl),
    ("财政供养人员控制率", IndicatorId::StaffControl),
    ("人员编制控制率", IndicatorId::StaffControl),
    ("公用经费控制率", IndicatorId::PublicExpenseControl),
    ("三公经费变动率", IndicatorId::SangongChange),
    ("三公经费控制率", IndicatorId::SangongControl),
    ("三公经费支出控制率", IndicatorId::SangongControl),
    ("预算执行率", IndicatorId::BudgetExecution),
    ("预算完成率", IndicatorId::BudgetExecution),
    ("预算支出执行率", IndicatorId::BudgetExecution),
    ("预算控制率", IndicatorId::BudgetControl),
    // “年中追加占年初预算的17.36%”: the rate said in its own words.
    ("年中追加占年初预算的", IndicatorId::BudgetControl),
    ("追加预算占年初预算的", IndicatorId::BudgetControl),
    ("预算调整率", IndicatorId::BudgetAdjustment),
    ("结转结余率", IndicatorId::CarryoverRate),
    ("政府采购执行率", IndicatorId::ProcurementExecution),
    ("重点支出安排率", IndicatorId::KeySpendingRatio),
    ("固定资产利用率", IndicatorId::FixedAssetUtilization),
    ("资产利用率", IndicatorId::FixedAssetUtilization),
    ("楼堂馆所规模控制率", IndicatorId::BuildingScaleControl),
    ("楼堂馆所投资控制率", IndicatorId::BuildingInvestmentControl),
];

/// The 湖南 name of the execution rate, computed by its own method.
pub const HUNAN_COMPLETION: &str = "预算完成率";

/// Words between a rate's name and its value; “只有”, “仅有” say it is low, as a report's 问题 section
/// restates it (“一是预算执行率只有…”).
const FILLER: [&str; 23] = [
    "为", "是", "达到", "达", "仅有", "只有", "仅", ":", "了", "分别为", "超过", "不低于", "不少于", "高于", "不超过", "不高于", "低于",
    "控制在", "保持在", "约", "接近", "近", "在",
];

/// What a stated value says of the rate: that it is the value, or a bound of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Exactly,
    /// “达到95%以上”, “不低于95%”.
    AtLeast,
    /// “控制在100%以内”, “不超过100%”.
    AtMost,
    /// “约95%”, “95%左右”: within a percentage point.
    About,
}

/// The bound the words around a value give it (`before`: between the name and the value).
fn bound(before: &str, after: &str) -> Bound {
    let has = |text: &str, words: &[&str]| words.iter().any(|w| text.contains(w));
    if after.starts_with("以上") || has(before, &["超过", "不低于", "不少于", "高于"]) && !has(before, &["不超过", "不高于"]) {
        Bound::AtLeast
    } else if after.starts_with("以下") || after.starts_with("以内") || has(before, &["不超过", "不高于", "低于", "控制在"]) {
        Bound::AtMost
    } else if after.starts_with("左右") || has(before, &["约", "接近", "近"]) {
        Bound::About
    } else {
        Bound::Exactly
    }
}

/// A formula longer than this is prose, not a formula.
const MAX_FORMULA: usize = 320;

/// A rate as the report states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedRate {
    pub id: IndicatorId,
    /// The name as written (预算完成率 is judged by the 湖南 method).
    pub name: &'static str,
    pub value: Decimal,
    pub decimals: u32,
    /// The value as written, e.g. `99.5%`, `0`.
    pub written: String,
    /// Normalised byte range from the name to the value's or the formula's end.
    pub start: usize,
    pub end: usize,
    /// What the formula's own figures give, where the report writes one with figures.
    pub formula: Option<Rate>,
    /// Figures the formula names in words (“预算安排公用经费” = 85.0): name range, number index.
    pub named: Vec<(Range<usize>, usize)>,
    pub bound: Bound,
    /// Stated on a basis the sentence names before it (“剔除政策性追加后…”, “如不含工勤人员，…”): judged
    /// on that basis, or not at all.
    pub qualified: bool,
    /// The 年初预算 口径 named before it (“年初预算口径：预算执行率=…”): a basis the report chose and says, not
    /// a slip — if the figures bear it out.
    pub basis_named: bool,
    /// A formula “（a−b）÷a” — a change over the figure it starts from, this year's: a and b.
    pub over_minuend: Option<(Decimal, Decimal)>,
    /// The formula's own words put the budget over the actual (“本年预算÷本年实际×100%”) for a rate of
    /// the actual over the budget: wrong however its figures add up.
    pub upside_down: bool,
    /// “按财政拨款口径计算，预算执行率为…”: the 财政拨款 spending over the 财政拨款 budget the line gives — the
    /// basis the sentence names, which the rate is judged on instead of the whole funds.
    pub on_fiscal_funds: Option<Rate>,
}

/// The unit's own rates among those the text states: not a table's (a rate's name in a table row is a
/// column's or a row's heading, and the table's reader reads those rows), not another year's, not a
/// project's (“…项目：全年预算…，支出…，预算执行率…”).
pub fn units_rates(text: &str, numbers: &[Number], tables: &Tables, year: Option<u32>, projects: &[ProjectRate]) -> Vec<StatedRate> {
    let mut rates = stated_rates(text, numbers);
    rates.retain(|rate| !tables.rows.iter().any(|row| row.contains(&rate.start)));
    rates.retain(|rate| !of_another_year(&text[..rate.start], year));
    rates.retain(|rate| !projects.iter().any(|p| p.range.start < rate.end && rate.start < p.range.end));
    restated_with_formula(text, &mut rates);
    rates
}

/// “公用经费控制率104.05%:公用经费控制率=55.74÷58.00×100%=104.05%”: a rate stated, then at once restated
/// with its formula, has that formula too (else it could only be left unverifiable beside it). So has a rate
/// heading its sentence (“1．预算执行率99.5%。预算执行率=…×100%=99.55%”) where the formula's result, at the
/// heading's digits, is the heading's figure: the heading says that result shorter.
fn restated_with_formula(text: &str, rates: &mut [StatedRate]) {
    for i in 1..rates.len() {
        let (before, after) = rates.split_at_mut(i);
        let (Some(first), Some(then)) = (before.last_mut(), after.first()) else { continue };
        let between = text.get(first.end..then.start).unwrap_or("x");
        let at_once = between.chars().count() <= 1 && !between.contains(SENTENCE_ENDS) && first.value == then.value;
        let next_sentence = matches!(between, "。" | "\n") && said_shorter(first, then);
        if first.formula.is_none() && then.formula.is_some() && first.id == then.id && (at_once || next_sentence) {
            first.formula = then.formula;
        }
    }
}

/// Whether `then`'s figure, rounded or cut to `first`'s decimals, is `first`'s — as a rate is judged
/// (`verdicts::compare`): to one decimal at least (a whole 100% hides 99.55%), cut only where
/// [`may_be_cut_at`] lets it be.
fn said_shorter(first: &StatedRate, then: &StatedRate) -> bool {
    let cut = |strategy| then.value.round_dp_with_strategy(first.decimals, strategy);
    let cut_short = may_be_cut_at(first.decimals) && cut(RoundingStrategy::ToZero) == first.value;
    (1..=then.decimals).contains(&first.decimals) && (cut(RoundingStrategy::MidpointAwayFromZero) == first.value || cut_short)
}

/// Every stated rate in `text`, in order; `numbers` are the text's numbers, in order.
pub fn stated_rates(text: &str, numbers: &[Number]) -> Vec<StatedRate> {
    let names = occurrences(text);
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(&(at, name, id)) = names.get(i) {
        i += 1;
        let mut end = at + name.len();
        let mut id = id;
        // “预算控制率（剔除政策性追加因素）为6.66%”: the adjusted rate.
        let mut words_formula: Option<Range<usize>> = None;
        if let Some(group) = bracket_group(text, end) {
            let inner = &text[group.start + '（'.len_utf8()..group.end - '）'.len_utf8()];
            if id == IndicatorId::BudgetControl && ["剔除", "扣除", "不含"].iter().any(|w| inner.contains(w)) {
                id = IndicatorId::BudgetControlAdjusted;
                end = group.end;
            } else if inner.contains('/') {
                words_formula = Some(group.clone());
                end = group.end;
            } else if names_a_method(inner) {
                end = group.end;
            }
        }
        // “公用经费支出与预算的比率（公用经费控制率）为98.23%”: the name in brackets after the words, the value after them.
        if text.get(..at).is_some_and(|b| b.ends_with('（')) && text.get(end..).is_some_and(|a| a.starts_with('）')) {
            end += '）'.len_utf8();
        }
        // “A、B分别为x、y”.
        if let Some((chain, values)) = respectively(text, numbers, &names, i - 1, end) {
            for (&(_, name, id), number) in chain.iter().zip(values) {
                if let Some(rate) = plain(text, name, id, number, number.start) {
                    found.push(rate);
                }
            }
            i += chain.len() - 1;
            continue;
        }
        let value_at = skip_filler(text, end);
        let rate = match number_at(numbers, value_at) {
            // “预算完成率 100% 99.55%”: a 自评表 row copied from a PDF (its tabs lost), 指标值 then 实际完成值 —
            // a target, not a claim.
            Some(number) if target_then_value(text, numbers, number) => None,
            // “预算执行率为2,376.52/2,410.00×100%=98.61%”: a figure of the formula first, the rate last.
            Some(number) if number.unit != Unit::Percent => rate_last(text, numbers, name, id, at, value_at, words_formula.clone())
                .or_else(|| rate_first(text, numbers, name, id, number, at, words_formula)),
            Some(number) => rate_first(text, numbers, name, id, number, at, words_formula),
            None => rate_last(text, numbers, name, id, at, value_at, words_formula)
                .or_else(|| under_heading(text, numbers, name, id, at))
                .or_else(|| formula_row(text, numbers, name, id, at, value_at))
                .or_else(|| ratio_in_words(text, numbers, name, id, at, value_at)),
        };
        found.extend(rate);
    }
    for change in sangong_changes(text, numbers) {
        let place = found.partition_point(|r| r.start < change.start);
        found.insert(place, change);
    }
    let sentences = Sentences::new(text);
    for rate in &mut found {
        rate.qualified = qualified_before(&sentences, rate.start);
        rate.basis_named = names_its_basis(&sentences, rate);
        // “剔除后预算控制率为7.60%”: the adjusted rate of the spec, by name.
        if rate.qualified && rate.id == IndicatorId::BudgetControl {
            rate.id = IndicatorId::BudgetControlAdjusted;
        }
    }
    // A rate on the 财政拨款 alone is judged on the line's 财政拨款 figures, or not at all: the whole funds'
    // rate is another figure.
    found.retain_mut(|rate| kept_on_fiscal_funds(text, numbers, rate));
    // “如扣除跨年合同资金，预算执行率在95%以上”: a bound on a basis the report supposes, with no formula, says
    // nothing the report's own figures could bear out or refute — no claim.
    found.retain(|rate| !(rate.qualified && rate.bound != Bound::Exactly && rate.formula.is_none() && rate.id != IndicatorId::BudgetControlAdjusted));
    // “确保年度预算执行率达到95%以上”, “力争…达到100%”: what the unit means to reach, in 改进措施 — no claim;
    // nor a rate in the list of the year's targets (“设定了以下年度目标：…；预算执行率不低于95%。”).
    found.retain(|rate| rate.formula.is_some() || !(aimed_at(&sentences, rate.start) || a_listed_target(text, rate.start) || a_planned_bound(text, rate)));
    // “评分规则：预算执行率达到99%及以上得满分；…”: a rule's threshold is no rate the unit reached.
    found.retain(|rate| rate.formula.is_some() || !states_a_rule(text, rate));
    // “项目预算执行率…”, “基本支出预算执行率…”: a part's own rate, judged on that part's figures (the projects'
    // sentences, the 自评表's 其中 rows), never as the unit's.
    found.retain(|rate| !(rate.name.starts_with("预算") && of_a_part(text, rate.start)));
    found
}

/// Whether the words right before a rate's name (`at`) make it a part's: the projects' (“项目预算执行率”,
/// “项目支出预算执行率”) or a part of 基本支出's (“基本支出预算执行率”, “人员经费预算执行率”).
fn of_a_part(text: &str, at: usize) -> bool {
    const PARTS: [&str; 7] = ["项目", "项目支出", "项目资金", "专项资金", "基本支出", "人员经费", "公用经费"];
    let before = text.get(..at).unwrap_or_default();
    PARTS.iter().any(|w| before.ends_with(w))
}

/// How many bytes before a rate its sentence, clause or line is read at most: several times a real sentence
/// (< 600 bytes) and more than a real report's paragraph, so no real report notices; a report pasted as one
/// line with no sentence end (a list of rates run together from a PDF) would otherwise be read back to the
/// line's start from each of thousands of rates, in time quadratic in the line's length.
const READ_BACK: usize = 4000;

/// The text before `at`, its last [`READ_BACK`] bytes at most, and where they start.
fn read_back(text: &str, at: usize) -> (usize, &str) {
    let before = text.get(..at).unwrap_or_default();
    let window = super::labels::window_before(before, before.len(), READ_BACK);
    (before.len() - window.len(), window)
}

/// Where the sentence (or clause after a “;”) that `before` ends in starts.
fn sentence_start(before: &str) -> usize {
    start_after_last(before, &['。', ';', '\n'])
}

/// Where each sentence (or clause after a “;”) starts and where the words read in the one before a rate
/// stand, found once in the text: on a report pasted as one line with no sentence end, reading the words
/// back to the line's start from each of thousands of rates would take time quadratic in its length.
struct Sentences {
    starts: MarkIndex,
    words: WordIndex<'static>,
}

impl Sentences {
    fn new(text: &str) -> Self {
        let words: Vec<&'static str> = AIMS.iter().chain(&QUALIFIERS).chain(&BASIS_WORDS).copied().collect();
        Sentences { starts: MarkIndex::new(text, &['。', ';', '\n']), words: WordIndex::new(text, &words) }
    }

    /// Whether the words of the sentence (or clause after a “;”) before `at` hold one of `words` (each indexed).
    fn says(&self, at: usize, words: &[&str]) -> bool {
        let sentence = self.starts.start_before(at)..at;
        words.iter().any(|w| self.words.holds(&sentence, w))
    }
}

/// Words that make a rate what the unit aims at, not what it reached (not 目标 or 努力: “对照绩效目标，…” and
/// “经过努力，…” open what was reached).
const AIMS: [&str; 4] = ["确保", "力争", "争取", "预计"];

/// Whether the sentence before a rate's name (`at`) says it is aimed at.
fn aimed_at(sentences: &Sentences, at: usize) -> bool {
    sentences.says(at, &AIMS)
}

/// Words that head a scoring rule (“计分规则：…”, “评分标准为…”) — not “按照评分标准，…”, which goes on to the score given.
const RULE_HEADS: [&str; 6] = ["计分规则", "评分规则", "评分标准", "计分标准", "评分办法", "计分办法"];
/// Words after a threshold that make it a rule's: what a rate at, above or below it scores.
const RULE_SCORES: [&str; 7] = ["得满分", "不得分", "分值", "每低", "每高", "每超", "扣"];
/// Words right after a value that make it a threshold (“99%及以上得满分”, “20%至30%之间”).
const THRESHOLDS: [&str; 6] = ["及以上", "以上", "以下", "以内", "（含", "至"];

/// Whether a rate stated without a formula is a scoring rule's threshold: the words right after it say what a
/// rate at or past it scores (“超过30%不得分”, “为0得满分”), and it is a bound or its sentence is headed as a
/// rule. A rate stated with its score (“预算执行率99.2%，得9.92分”), even under a rule's heading, names no bound
/// and a comma ends its clause: it is the unit's, and judged.
fn states_a_rule(text: &str, rate: &StatedRate) -> bool {
    // The heading looked for last, and only where needed: the sentence may be long.
    let headed = || {
        let sentence = whole_sentence_before(text, rate.start);
        RULE_HEADS.iter().any(|w| [":", "为", "如下"].iter().any(|then| sentence.contains(&format!("{w}{then}"))))
    };
    let after = text.get(rate.end..).unwrap_or_default();
    let clause_end = |from: usize| after.get(from..).and_then(|rest| rest.find(['，', ',', ';', '。'])).map_or(after.len(), |at| from + at);
    let mut end = clause_end(0);
    // “低于90%的，每低1个百分点扣0.5分”: a condition, its score in the next clause.
    if after[..end].ends_with('的') && after[end..].starts_with('，') {
        end = clause_end(end + '，'.len_utf8());
    }
    let clause = &after[..end];
    let bounded = rate.bound != Bound::Exactly || THRESHOLDS.iter().any(|w| clause.starts_with(w));
    RULE_SCORES.iter().any(|w| clause.contains(w)) && (bounded || headed())
}

/// The words of the sentence before `at`, over the clauses (“；”) and the lines a copy broke it into.
fn whole_sentence_before(text: &str, at: usize) -> &str {
    let (_, before) = read_back(text, at);
    let start = [before.rfind('。').map(|i| i + '。'.len_utf8()), before.rfind("\n\n")].into_iter().flatten().max().unwrap_or(0);
    &before[start..]
}

/// Words that open a list of targets (“设定了以下年度目标：”, “绩效目标为”), and words after them that turn to what
/// was reached (“目标为100%，实际完成98.5%”; not a bare 完成, which targets use: “完成作业不少于30次”).
const TARGETS: [&str; 3] = ["目标:", "目标为", "目标是"];
const REACHED: [&str; 5] = ["实际", "已完成", "实现了", "达到了", "完成情况"];

/// Words that open what the unit set out to do (“年初设定：…”, “2024年计划完成…”): a bound among them
/// (“部门预算执行率不低于90%”) is a target it set, not a result — “计划完成” may open a result too, so a rate
/// stated as its value is kept.
const PLANS: [&str; 4] = ["设定:", "设定了", "计划完成", "计划实现"];

/// Whether a rate stated as a bound stands in a sentence of what the unit set out to do, no result after.
fn a_planned_bound(text: &str, rate: &StatedRate) -> bool {
    let sentence = whole_sentence_before(text, rate.start);
    rate.bound != Bound::Exactly && PLANS.iter().filter_map(|w| sentence.rfind(w).map(|i| &sentence[i + w.len()..])).any(|after| !REACHED.iter().any(|w| after.contains(w)))
}

/// Whether the sentence before a rate's name (`at`) lists it among targets: a rate the unit set itself,
/// which the report judges elsewhere (“…94.94%，未达到95%的目标”).
fn a_listed_target(text: &str, at: usize) -> bool {
    // The whole sentence: a list of targets runs over clauses (“；”) and over the lines a copy broke it into.
    let sentence = whole_sentence_before(text, at);
    TARGETS
        .iter()
        .filter_map(|w| sentence.rfind(w).map(|i| &sentence[i + w.len()..]))
        .any(|after| !REACHED.iter().any(|w| after.contains(w)))
}

/// Whether an execution rate, stated without a formula, is named on the 财政拨款 alone by its line
/// (“按财政拨款口径计算，…”, “按财政拨款资金计算执行率，…”); if so it keeps the 财政拨款 spending over the
/// 财政拨款 budget the line gives, and is kept only where the line gives both.
fn kept_on_fiscal_funds(text: &str, numbers: &[Number], rate: &mut StatedRate) -> bool {
    if rate.id != IndicatorId::BudgetExecution || rate.formula.is_some() {
        return true;
    }
    let (from, before) = read_back(text, rate.start);
    let line_start = before.rfind('\n').map_or(from, |at| from + at + 1);
    let line = text.get(line_start..rate.start).unwrap_or_default();
    if !["财政拨款口径", "按财政拨款"].iter().any(|w| line.contains(w)) {
        return true;
    }
    let spent = figure_after(text, numbers, line_start..rate.start, &["财政拨款支出"]);
    let budget = figure_after(text, numbers, line_start..rate.start, &["财政拨款预算", "财政拨款全年预算"]);
    rate.on_fiscal_funds = spent.zip(budget).and_then(|(spent, budget)| Rate::new(spent, budget));
    rate.qualified = true;
    rate.bound == Bound::Exactly && rate.on_fiscal_funds.is_some()
}

/// The amount a label (its last place in `within`) gives: the last one of its clause outside brackets, so
/// “预算数＝结转45.00万元＋年初400.00万元＝445.00万元” gives the sum and “预算数445.00万元（结转…）” the figure.
fn figure_after(text: &str, numbers: &[Number], within: Range<usize>, labels: &[&str]) -> Option<Decimal> {
    let region = text.get(within.clone())?;
    let from = labels.iter().filter_map(|l| region.rfind(l).map(|at| within.start + at + l.len())).max()?;
    let mut depth = 0i32;
    let mut end = within.end;
    for (at, c) in text.get(from..within.end)?.char_indices() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            '，' | '；' | '。' | ',' | ';' if depth <= 0 => {
                end = from + at;
                break;
            }
            _ => {}
        }
    }
    let outside = |n: &Number| text.get(from..n.start).is_some_and(|gap| gap.matches(['（', '(']).count() == gap.matches(['）', ')']).count());
    numbers.iter().rfind(|n| n.unit == Unit::Wan && n.start >= from && n.end <= end && outside(n)).map(|n| n.value)
}

/// Words that restrict what a rate counts (“剔除政策性追加后”, “如不含工勤人员”, “扣除…”).
const QUALIFIERS: [&str; 5] = ["剔除", "扣除", "不含", "除去", "不包括"];

/// Whether the sentence before a rate's name (`at`) restricts its basis: a rate so stated is another
/// 口径 than the default one, and recomputing it by the default would call a correct figure wrong.
fn qualified_before(sentences: &Sentences, at: usize) -> bool {
    sentences.says(at, &QUALIFIERS)
}

/// Whether a rate's sentence names the 年初预算 口径 before its name (“年初预算口径：”, “按年初预算计算，”,
/// “以年初预算为分母，”), the one basis a report must say to use: a formula over the 年初预算 alone is a
/// known slip, not a basis said.
/// (Other bases are said with 剔除 / 不含 …, see [`qualified_before`].)
fn names_its_basis(sentences: &Sentences, rate: &StatedRate) -> bool {
    let [of_the_initial, basis @ ..] = BASIS_WORDS;
    sentences.says(rate.start, &[of_the_initial]) && sentences.says(rate.start, &basis)
}

/// 年初 and the words that make it the basis a rate is computed on.
const BASIS_WORDS: [&str; 4] = ["年初", "口径", "按年初", "以年初"];

/// “预算完成率（湖南口径）＝…”: brackets after a rate's name that only say whose method it follows — a
/// note, not a basis that restricts what it counts (that one says 剔除, 不含 …, and is not skipped).
fn names_a_method(inner: &str) -> bool {
    ["口径", "方法", "算法"].iter().any(|w| inner.contains(w))
        && !QUALIFIERS.iter().chain(&["含", "年初", "调整"]).any(|w| inner.contains(w))
        && !inner.chars().any(|c| c.is_ascii_digit())
}

/// `words` without what they say in brackets.
pub fn outside_brackets(words: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(words.len());
    for c in words.chars() {
        match c {
            '（' => depth += 1,
            '）' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Words that give a change its direction, and its sign.
const DIRECTIONS: [(&str, bool); 7] = [("下降", false), ("减少", false), ("降低", false), ("增长", true), ("增加", true), ("上升", true), ("提高", true)];

/// Words that compare with last year.
const COMPARISONS: [&str; 5] = ["较上年", "比上年", "同比", "较2", "比2"];

/// The clause before the “;” that ends at `clause_start`, back to its sentence's start.
fn previous_clause(before: &str, clause_start: usize) -> &str {
    let earlier = &before[..clause_start - ';'.len_utf8()];
    &earlier[sentence_start(earlier)..]
}

/// “2024年“三公”经费预算3.20万元，2023年预算2.80万元，较上年减少0.40万元，下降14.29%”: the “三公” budget's
/// change said in words, its sign by its direction — only where the clause compares budgets (not 决算 or
/// 实际支出, whose change is another 口径).
fn sangong_changes(text: &str, numbers: &[Number]) -> Vec<StatedRate> {
    let mut found = Vec::new();
    for number in numbers.iter().filter(|n| n.unit == Unit::Percent && !n.value.is_sign_negative()) {
        let (from, before) = read_back(text, number.start);
        let Some((word, rising)) = DIRECTIONS.iter().find(|(w, _)| before.ends_with(w) || before.ends_with(&format!("{w}了"))) else { continue };
        let word_at = before.rfind(word).map_or(number.start, |at| from + at);
        let clause_start = from + sentence_start(before);
        let clause = text.get(clause_start..word_at).unwrap_or_default();
        let compares = COMPARISONS.iter().any(|w| clause.contains(w));
        let of_budgets = clause.contains("预算") && !["决算", "实际", "支出", "执行"].iter().any(|w| clause.contains(w));
        // Its items listed in brackets (“预算3.20万元（公务用车…、公务接待费…）”) do not change the subject.
        // A comparison opening its clause after the “;” (“…控制率85.0%;较上年预算…下降…”) has the clause before
        // it for its subject.
        let subject = match COMPARISONS.iter().any(|w| clause.starts_with(w)) && before[..clause_start - from].ends_with(';') {
            true => previous_clause(before, clause_start - from),
            false => clause,
        };
        let of_sangong = last_topic(&outside_brackets(subject)) == Some("三公经费");
        if !(compares && of_budgets && of_sangong) {
            continue;
        }
        // “较上年下降14.29%”: the comparison belongs to the claim (else it reads as a change of another year).
        let start = ["较上年", "比上年"].iter().find(|w| clause.ends_with(**w)).map_or(word_at, |w| word_at - w.len());
        let mut value = number.value;
        value.set_sign_negative(!rising && !value.is_zero());
        found.push(StatedRate {
            id: IndicatorId::SangongChange,
            name: "三公经费变动率",
            value,
            decimals: number.decimals,
            written: format!("{word}{}", text.get(number.start..number.end).unwrap_or_default()),
            start,
            end: number.end,
            formula: None,
            named: vec![],
            bound: Bound::Exactly,
            qualified: false,
            basis_named: false,
            over_minuend: None,
            upside_down: false,
            on_fiscal_funds: None,
        });
    }
    found
}

/// Each name's place in order, without a name inside a longer one (“资产利用率” in “固定资产利用率”).
fn occurrences(text: &str) -> Vec<Named> {
    let mut kept: Vec<Named> = Vec::new();
    let mut next = 0;
    for (at, c) in text.char_indices() {
        if at < next || !NAMES.iter().any(|(name, _)| name.starts_with(c)) {
            continue;
        }
        // The longest name starting here.
        let found = NAMES.iter().filter(|(name, _)| text[at..].starts_with(name)).max_by_key(|(name, _)| name.len());
        if let Some(&(name, id)) = found {
            kept.push((at, name, id));
            next = at + name.len();
        }
    }
    headed_names(text, &mut kept);
    kept
}

/// Under a heading of its topic (“3.“三公”经费。…变动率-7.69%；…控制率91.00%”), or after it in the same
/// sentence (“公用经费预算45.00万元，实际支出43.47万元，控制率96.60%”), a rate named without it.
fn headed_names(text: &str, kept: &mut Vec<Named>) {
    staff_ratios(text, kept);
    // “政府采购预算…，实际采购…，执行率…”: 采购 alone, after 政府采购, is still its topic.
    const BARE: [(&str, &[&str], IndicatorId); 6] = [
        // “…“三公”经费预算…，全部为公务用车运行维护费；较上年预算…减少…，变动率…”: an item the “三公” consist of.
        ("变动率", &["三公经费", "公务接待", "公务用车", "因公出国"], IndicatorId::SangongChange),
        ("控制率", &["三公经费"], IndicatorId::SangongControl),
        ("控制率", &["公用经费"], IndicatorId::PublicExpenseControl),
        // “实际支出公用经费…，预算安排公用经费…，两者之比为…”: the ratio of the topic's spending to its budget.
        ("两者之比", &["三公经费"], IndicatorId::SangongControl),
        ("两者之比", &["公用经费"], IndicatorId::PublicExpenseControl),
        ("执行率", &["政府采购", "采购"], IndicatorId::ProcurementExecution),
    ];
    for (name, topics, id) in BARE {
        for (at, _) in text.match_indices(name) {
            let inside = kept.iter().any(|(start, named, _)| *start <= at && at < start + named.len());
            let topic = topic_before(text, at).or_else(|| heading_topic(text, at));
            let spoken_of = topic.is_some_and(|(named, topic_at)| {
                if id == IndicatorId::ProcurementExecution && !super::labels::procurement_spoken_of(text, named, topic_at, at) {
                    return false;
                }
                let of_topic = topics.contains(&named) && text[..topic_at + named.len()].rsplit(['。', ';', '\n']).next().is_some_and(|s| s.contains(topics[0]));
                of_topic || (id == IndicatorId::SangongControl && (all_of_sangong(text, named, topic_at) || listed_under_sangong(text, named, topic_at, at)))
            });
            if !inside && spoken_of {
                let place = kept.partition_point(|(start, _, _)| *start < at);
                kept.insert(place, (at, name, id));
            }
        }
    }
}

/// “实有在编人员57人与核定编制60名的比率为95.00%”: the ratio of the staff in post to the posts, unnamed,
/// is the 在职人员控制率 — the words before it in its clause give a head count (人) and the posts (编制…名).
fn staff_ratios(text: &str, kept: &mut Vec<Named>) {
    const RATIO: &str = "的比率";
    for (at, _) in text.match_indices(RATIO) {
        let clause = text.get(..at).unwrap_or_default().rsplit(['。', ';', '\n', '，']).next().unwrap_or_default();
        let Some((staff, posts)) = clause.split_once('与') else { continue };
        let counted = staff.contains('人') && ["在编", "在职", "实有"].iter().any(|w| staff.contains(w));
        let of_posts = posts.contains("编制") && posts.ends_with('名');
        let inside = kept.iter().any(|(start, named, _)| *start <= at && at < start + named.len());
        if counted && of_posts && !inside {
            let place = kept.partition_point(|(start, _, _)| *start < at);
            kept.insert(place, (at, RATIO, IndicatorId::StaffControl));
        }
    }
}

/// ““三公”经费预算…；实际支出0.65万元，全部为公务接待费，控制率81.6%”: an item said to be all the “三公” spent,
/// in a paragraph about them, leaves the bare 控制率 after it theirs.
fn all_of_sangong(text: &str, item: &str, item_at: usize) -> bool {
    const ALL: [&str; 6] = ["全部为", "全部是", "均为", "仅为", "仅有", "只有"];
    let before = &text[..item_at];
    let paragraph = before.rsplit('\n').next().unwrap_or(before);
    SANGONG_ITEMS.contains(&item) && ALL.iter().any(|w| before.ends_with(w)) && paragraph.contains("三公经费")
}

/// ““三公”经费实际支出12.84万元，其中公务用车运行维护费9.69万元、公务接待费3.16万元，控制率为82.33%”: the items
/// listed as the parts of a “三公” figure (after its 其中) are no subject of their own — the bare 控制率 closing
/// the sentence is the “三公”'s. Not where an item is budgeted after the 其中 (its own rate may follow).
fn listed_under_sangong(text: &str, item: &str, item_at: usize, rate_at: usize) -> bool {
    // Within the labels' window (a sentence as real reports write it), not back to a long line's start.
    let sentence = super::labels::sentence_before(text, item_at);
    let Some(parts) = sentence.rfind("三公经费").and_then(|at| sentence[at..].find("其中").map(|i| at + i)) else { return false };
    let Some(listed) = text.get(item_at - sentence.len() + parts..rate_at) else { return false };
    SANGONG_ITEMS.contains(&item) && !listed.contains("预算") && !listed.contains(['。', ';', '\n'])
}

/// Whether `number` is followed at once (the blank after a “%” is dropped), or across a gap, by a percentage.
fn target_then_value(text: &str, numbers: &[Number], number: &Number) -> bool {
    let next = if text[number.end..].starts_with(GAP) { number.end + GAP.len_utf8() } else { number.end };
    numbers.iter().find(|n| n.start == next).is_some_and(|n| n.unit == Unit::Percent)
}

/// “预算控制率:年中追加186,000元与年初预算1,024,300元的比率为18.2%”: the rate's figures in words, then
/// the rate, in the sentence after its name.
fn ratio_in_words(text: &str, numbers: &[Number], name: &'static str, id: IndicatorId, at: usize, value_at: usize) -> Option<StatedRate> {
    // “2．预算控制率。年中追加…与年初预算…的比率为…”: the name a heading of its own, the sentence after it.
    let value_at = value_at + text.get(value_at..)?.strip_prefix('。').map_or(0, |_| '。'.len_utf8());
    let rest = text.get(value_at..)?;
    let sentence = rest.split(['。', ';', '\n']).next().unwrap_or(rest);
    // “…与核定编制的比率，为116.67%”: a comma may stand before the 为.
    const THEN: [&str; 7] = ["的比率为", "的比率是", "之比为", "的比率，为", "的比率,为", "之比，为", "之比,为"];
    let (words_end, phrase) = THEN.iter().find_map(|p| sentence.find(p).map(|i| (i, *p)))?;
    let words = &sentence[..words_end];
    let amounts = numbers.iter().filter(|n| n.start >= value_at && n.end <= value_at + words_end).count();
    if !words.contains('与') || amounts > 2 {
        return None;
    }
    let number = number_at(numbers, value_at + words_end + phrase.len())?;
    plain(text, name, id, number, at)
}

fn number_at(numbers: &[Number], at: usize) -> Option<&Number> {
    let index = numbers.binary_search_by_key(&at, |n| n.start).ok()?;
    let number = &numbers[index];
    let is_rate = number.unit == Unit::Percent || (number.unit == Unit::Bare && number.value.is_zero());
    is_rate.then_some(number)
}

fn plain(text: &str, name: &'static str, id: IndicatorId, number: &Number, start: usize) -> Option<StatedRate> {
    Some(StatedRate {
        id,
        name,
        value: number.value,
        decimals: number.decimals,
        written: text.get(number.start..number.end)?.to_string(),
        start,
        end: number.end,
        formula: None,
        named: vec![],
        bound: bound(&text[start.min(number.start)..number.start], text.get(number.end..).unwrap_or_default()),
        qualified: false,
        basis_named: false,
        over_minuend: None,
        upside_down: false,
        on_fiscal_funds: None,
    })
}

/// “预算执行率为99.07%”, perhaps followed by “=（…）×100%” or “（…×100%）”.
fn rate_first(
    text: &str,
    numbers: &[Number],
    name: &'static str,
    id: IndicatorId,
    number: &Number,
    at: usize,
    words: Option<Range<usize>>,
) -> Option<StatedRate> {
    let mut rate = plain(text, name, id, number, at)?;
    // “预算调整率11.32%，计算方法为（…）÷…×100%”: the method in words is the rate's formula.
    let lead = METHOD_LEADS.iter().find(|w| text[number.end..].starts_with(**w)).map_or(0, |w| w.len());
    let after = number.end + lead;
    let formula = if text[after..].starts_with('=') {
        let end = formula_end(text, after);
        Some(after + 1..end)
    } else if lead > 0 {
        Some(after..formula_end(text, after))
    } else {
        bracket_group(text, after).map(|group| group.start..times_hundred(text, numbers, group.end))
    };
    let segments: Vec<Range<usize>> = words.into_iter().chain(formula.iter().flat_map(|f| split(text, f.clone()))).collect();
    if let Some(last) = segments.last() {
        rate.end = rate.end.max(last.end);
    }
    read_formula(text, numbers, &segments, &mut rate);
    if rate.formula.is_none() {
        if let Some((share, end)) = share_in_words(text, numbers, number.end) {
            rate.formula = Some(share);
            rate.end = rate.end.max(end);
        }
    }
    Some(rate)
}

/// “重点支出安排率为80.70%，即两个重点项目预算2,220.00万元占项目预算2,751.00万元的比例”: the rate glossed as
/// one amount's share of another, both stated — its formula, said in words; and where the gloss ends.
fn share_in_words(text: &str, numbers: &[Number], from: usize) -> Option<(Rate, usize)> {
    let rest = text.get(from..)?;
    let gloss = ["，即", ",即", "即"].iter().find_map(|w| rest.strip_prefix(w))?;
    let start = text.len() - gloss.len();
    let end = start + gloss.find(SENTENCE_ENDS).unwrap_or(gloss.len());
    let amounts: Vec<&Number> = numbers.iter().skip_while(|n| n.start < start).take_while(|n| n.end <= end).collect();
    let [part, whole] = amounts[..] else { return None };
    let of_whole = text.get(part.end..whole.start)?.contains('占');
    let ratio = ["的比例", "的比重", "的比率"].iter().find(|w| text.get(whole.end..).is_some_and(|after| after.starts_with(**w)))?;
    let same_unit = part.unit == Unit::Wan && whole.unit == Unit::Wan;
    (of_whole && same_unit).then(|| Rate::new(part.value, whole.value).map(|rate| (rate, whole.end + ratio.len()))).flatten()
}

/// Words between a stated rate and the formula that gives it.
const METHOD_LEADS: [&str; 4] = ["，计算方法为", "，计算公式为", ",计算方法为", ",计算公式为"];

/// “预算执行率=1928.7/1946.86×100%=99.07%”: the value is the last of the chain.
fn rate_last(
    text: &str,
    numbers: &[Number],
    name: &'static str,
    id: IndicatorId,
    at: usize,
    value_at: usize,
    words: Option<Range<usize>>,
) -> Option<StatedRate> {
    // “预算执行率是全年支出与全年预算数的比率，即347.38/366.69×100%=94.7%”: defined in words, then in figures.
    let value_at = defined_in_words(text, value_at).unwrap_or(value_at);
    let end = formula_end(text, value_at);
    // “预算执行率:本年支出…÷全年预算数…×100%=96.5%”: the name, a colon, then the formula in figures.
    // “预算执行率为（2,376.52/2,410.00）×100%=98.61%”: after 为 or 是 likewise.
    let after_colon = text[..value_at].ends_with([':', '即', '为', '是']) && text[value_at..end].contains('=');
    if !text[value_at..].starts_with('=') && words.is_none() && !after_colon {
        return None;
    }
    let mut segments: Vec<Range<usize>> = words.into_iter().chain(split(text, value_at..end)).collect();
    let last = segments.pop()?;
    // “…=97.54%” then, a hard line break joined, “评价：…”: the next line's label is not part of the value;
    // nor is a remark in brackets after it (“＝5.58%（政策性追加112.00万元为…）”).
    let remark_after = |end: usize| bracket_group(text, end).is_some_and(|group| group.end == last.end);
    let number = number_at(numbers, skip_filler(text, last.start)).filter(|n| n.end == last.end || label_follows(text, n.end) || remark_after(n.end))?;
    let mut rate = plain(text, name, id, number, at)?;
    read_formula(text, numbers, &segments, &mut rate);
    Some(rate)
}

/// “…是全年支出与全年预算数的比率，即…”: where a rate's definition in words (a ratio, no figure) runs to “即”,
/// where its formula in figures starts.
fn defined_in_words(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let then = rest.find("即")?;
    let words = rest.get(..then)?;
    let ratio = ["比率", "之比", "比值"].iter().any(|w| words.contains(w));
    let plain = words.chars().count() <= 30 && !words.contains(|c: char| c.is_ascii_digit() || SENTENCE_ENDS.contains(&c));
    (ratio && plain).then(|| at + then + "即".len())
}

/// Whether a short label and its colon follow at `at` (“评价:”, “说明:”), as a line's start does.
fn label_follows(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    let label: String = rest.chars().take_while(|c| *c != ':').take(7).collect();
    let words = (1..=6).contains(&label.chars().count()) && label.chars().all(|c| !c.is_ascii() && !"（）×，。".contains(c));
    words && rest.get(label.len()..).is_some_and(|r| r.starts_with(':'))
}

/// “（一）预算执行率⏎全年支出181.86万元÷全年预算数186.42万元×100%=97.35%。”: a heading that is the rate's
/// name alone, then its formula in figures as a sentence of its own, without the name (or its value first).
fn under_heading(text: &str, numbers: &[Number], name: &'static str, id: IndicatorId, at: usize) -> Option<StatedRate> {
    // Read back no further than a heading's numbering could be (a line with no heading, a long one, is no heading).
    let (from, before) = read_back(text, at);
    let line_start = before.rfind('\n').map_or(from, |i| from + i + 1);
    let numbering = text.get(line_start..at)?;
    if numbering.is_empty() || !is_heading(&format!("{numbering}{name}")) || numbering.chars().count() > 5 {
        return None;
    }
    let end = at + name.len();
    let rest = text.get(end..)?;
    let start = end + ["\n", "。", ":"].iter().find(|w| rest.starts_with(**w))?.len();
    // “（二）公用经费控制率⏎97.98%=实际支出…÷预算…×100%”: the value first, then its formula.
    if let Some(number) = number_at(numbers, start).filter(|n| text[n.end..].starts_with('=')) {
        return rate_first(text, numbers, name, id, number, at, None).filter(|rate| rate.formula.is_some());
    }
    let sentence_end = formula_end(text, start).min(start + text[start..].find(['。', '\n']).unwrap_or(text.len() - start));
    let mut segments = split(text, start..sentence_end);
    let last = segments.pop()?;
    let number = number_at(numbers, skip_filler(text, last.start)).filter(|n| n.end == last.end || label_follows(text, n.end))?;
    let mut rate = plain(text, name, id, number, start)?;
    read_formula(text, numbers, &segments, &mut rate);
    // Only a formula in figures makes the sentence the rate's.
    rate.formula.is_some().then_some(rate)
}

/// “预算执行率 | 支出合计…÷全年预算数…×100% | 94.49%”: a row of an indicator table (指标 | 计算公式 | 本年值),
/// the rate's name, its formula in a cell of its own (its blanks gone, it runs on from the name), and its
/// value alone in the last cell, right after the formula's ×100%.
fn formula_row(text: &str, numbers: &[Number], name: &'static str, id: IndicatorId, at: usize, value_at: usize) -> Option<StatedRate> {
    const TIMES_HUNDRED: &str = "×100%";
    let rest = text.get(value_at..)?;
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let formula_end = line.find(TIMES_HUNDRED)? + TIMES_HUNDRED.len();
    let formula = &line[..formula_end];
    let value_start = value_at + formula_end + line[formula_end..].strip_prefix(GAP).map_or(0, |_| GAP.len_utf8());
    // “×100%-20.00%”: the cells' blank gone, a minus after the % reads as a subtraction; here it is a sign.
    let minus = text.get(value_start..).is_some_and(|v| v.starts_with('-'));
    let number = number_at(numbers, value_start + usize::from(minus)).filter(|n| n.end == value_at + line.trim_end().len())?;
    let mut number = number.clone();
    if minus {
        number.value.set_sign_negative(!number.value.is_zero());
        number.start = value_start;
    }
    let computed = formula.contains('/') && formula.contains(|c: char| c.is_ascii_digit());
    let mut rate = plain(text, name, id, &number, at).filter(|_| computed)?;
    read_formula(text, numbers, &split(text, value_at..value_at + formula_end), &mut rate);
    rate.formula.is_some().then_some(rate)
}

/// The unit's rate a table's name cell names as a whole (“预算执行率”, “三公经费控制率”, “结转结余率”): a rate
/// of the unit's budget, spending or staffing, which the report's own figures bear out (as the same name in
/// a sentence) — not a project's or an output's (政府采购, 固定资产 …, whose figures a report rarely gives). Not
/// 预算完成率: a table may give that row the 执行率 by the common method, not by the 湖南 one its name says.
pub fn unit_rate_named(cell: &str) -> Option<(&'static str, IndicatorId)> {
    use IndicatorId::*;
    let &(name, id) = NAMES.iter().find(|(name, _)| *name == cell && *name != HUNAN_COMPLETION)?;
    matches!(id, StaffControl | PublicExpenseControl | SangongControl | BudgetExecution | CarryoverRate | BudgetControl | BudgetAdjustment).then_some((name, id))
}

/// A rate a table's cell states (`number`), with the formula in figures another cell of its row gives
/// (`formula`: “1,398,905.16元/1,422,052.36元”, or the figures before its “=” in the cell itself).
pub fn cell_rate(text: &str, numbers: &[Number], (name, id): (&'static str, IndicatorId), number: &Number, formula: Option<Range<usize>>) -> Option<StatedRate> {
    let mut rate = plain(text, name, id, number, number.start)?;
    if let Some(range) = formula {
        read_formula(text, numbers, &split(text, range), &mut rate);
    }
    Some(rate)
}

/// The formula's value (its last segment in figures) and the figures its words name.
fn read_formula(text: &str, numbers: &[Number], segments: &[Range<usize>], rate: &mut StatedRate) {
    let tokens: Vec<Vec<Token>> = segments.iter().map(|s| formula::tokens(text, s.clone(), numbers)).collect();
    let last = tokens.iter().rev().find(|t| formula::value(t).is_some());
    rate.formula = last.and_then(|t| formula::value(t));
    rate.over_minuend = last.and_then(|t| formula::over_minuend(t));
    for pair in tokens.windows(2) {
        if formula::value(&pair[0]).is_none() {
            rate.named.extend(formula::named(&pair[0], &pair[1]));
        }
    }
    for segment in segments {
        rate.named.extend(formula::glossed(text, segment.clone(), numbers));
    }
    rate.upside_down = actual_over_budget(rate.id) && tokens.iter().any(|t| formula::value(t).is_none() && formula::budget_over_actual(text, t));
}

/// Rates of what was done over what was planned (spent over budgeted, in post over 编制).
fn actual_over_budget(id: IndicatorId) -> bool {
    use IndicatorId::*;
    matches!(id, StaffControl | PublicExpenseControl | SangongControl | BudgetExecution | ProcurementExecution)
}

/// A rate's name where it stands: its place, the name, the indicator.
type Named = (usize, &'static str, IndicatorId);

/// “A、B分别为x、y”: the names chained from `first`, and one value each.
fn respectively<'n>(text: &str, numbers: &'n [Number], names: &[Named], first: usize, mut end: usize) -> Option<(Vec<Named>, Vec<&'n Number>)> {
    let mut chain = vec![*names.get(first)?];
    while let Some(next) = names.get(first + chain.len()) {
        let Some(between) = text.get(end..next.0) else { break };
        if !["、", "和", "及", "与"].contains(&between) {
            break;
        }
        chain.push(*next);
        end = next.0 + next.1.len();
    }
    let rest = &text[end..];
    let lead = ["分别为", "分别是", "分别达到", "分别"].iter().find(|w| rest.starts_with(**w))?;
    if chain.len() < 2 {
        return None;
    }
    let mut at = end + lead.len();
    let mut values = Vec::new();
    for k in 0..chain.len() {
        if k > 0 {
            let sep = ["、", "，", ",", "和", "及"].iter().find(|w| text[at..].starts_with(**w))?;
            at += sep.len();
        }
        let number = number_at(numbers, at)?;
        at = number.end;
        values.push(number);
    }
    Some((chain, values))
}

/// The bracket group opening at `at` (“（…）”, nested brackets included), if one does, within a formula's length.
fn bracket_group(text: &str, at: usize) -> Option<Range<usize>> {
    if !text[at..].starts_with('（') {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in text[at..].char_indices().take_while(|(i, _)| *i < MAX_FORMULA) {
        match c {
            '（' => depth += 1,
            '）' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(at..at + i + c.len_utf8());
                }
            }
            '。' | '\n' | ';' => return None,
            _ => {}
        }
    }
    None
}

/// Past a “×100%” right after a bracket.
fn times_hundred(text: &str, numbers: &[Number], at: usize) -> usize {
    if !text[at..].starts_with('×') {
        return at;
    }
    let after = at + '×'.len_utf8();
    let index = numbers.binary_search_by_key(&after, |n| n.start).ok();
    index.and_then(|i| numbers.get(i)).filter(|n| n.value == Decimal::ONE_HUNDRED).map_or(at, |n| n.end)
}

/// Where a formula starting at `at` ends: a clause's end outside brackets, or its length.
fn formula_end(text: &str, at: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in text[at..].char_indices() {
        if i >= MAX_FORMULA {
            return at + i;
        }
        match c {
            '（' => depth += 1,
            '）' if depth > 0 => depth -= 1,
            '）' => return at + i,
            '。' | '\n' | ';' | '!' | '?' | '|' => return at + i,
            '，' | ',' | '、' if depth == 0 => return at + i,
            _ => {}
        }
    }
    text.len()
}

/// The formula's segments between “=” signs outside brackets, without empty ones — and between a formula
/// in words and the same in figures after a “:” (“=（在职人员数÷编制数）×100%⏎计算过程：35÷38×100%=92.11%”,
/// its lines joined).
fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut segments = Vec::new();
    let (mut depth, mut start) = (0usize, range.start);
    for (i, c) in text[range.clone()].char_indices() {
        match c {
            '（' => depth += 1,
            '）' => depth = depth.saturating_sub(1),
            '=' if depth == 0 => {
                segments.push(start..range.start + i);
                start = range.start + i + 1;
            }
            ':' if depth == 0 && text[range.start + i + 1..].starts_with(|c: char| c.is_ascii_digit() || c == '（') => {
                segments.push(start..range.start + i);
                start = range.start + i + 1;
            }
            _ => {}
        }
    }
    segments.push(start..range.end);
    segments.retain(|s| s.start < s.end);
    segments
}

fn skip_filler(text: &str, mut at: usize) -> usize {
    while let Some(word) = FILLER.iter().find(|word| text[at..].starts_with(**word)) {
        at += word.len();
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::draft::choices::Rounding;

    fn rates(text: &str) -> Vec<(IndicatorId, String, String, Option<String>)> {
        stated_rates(text, &numbers(text))
            .into_iter()
            .map(|r| (r.id, r.written, text[r.start..r.end].to_string(), r.formula.map(|f| f.display(Rounding::HalfUp2))))
            .collect()
    }

    #[test]
    fn headings_sentences_and_formulas() {
        use IndicatorId::*;
        assert_eq!(rates("1.预算执行率100%\n预算执行率为99.5%。"), vec![
            (BudgetExecution, "100%".into(), "预算执行率100%".into(), None),
            (BudgetExecution, "99.5%".into(), "预算执行率为99.5%".into(), None)]);
        assert_eq!(rates("预算控制率为0。"), vec![(BudgetControl, "0".into(), "预算控制率为0".into(), None)]);
        let seed = "公用经费控制率100%=（实际支出公用经费总额11.6万元/预算安排公用经费总额11.6万元）×100%。";
        assert_eq!(rates(seed), vec![(PublicExpenseControl, "100%".into(), seed.trim_end_matches('。').into(), Some("100.00%".into()))]);
        assert_eq!(rates("固定资产利用率为98%"), vec![(FixedAssetUtilization, "98%".into(), "固定资产利用率为98%".into(), None)]);
    }

    #[test]
    fn the_rate_last_after_formulas_in_words_and_figures() {
        use IndicatorId::*;
        let text = "预算执行率=1928.7/1946.86×100%=99.07%。";
        assert_eq!(rates(text), vec![(BudgetExecution, "99.07%".into(), text.trim_end_matches('。').into(), Some("99.07%".into()))]);
        let text = "公用经费控制率=公用经费实际支出/预算安排公用经费×100%=80.8/85.0×100%=95.06%。";
        let found = stated_rates(text, &numbers(text));
        assert_eq!(found[0].formula.map(|f| f.display(Rounding::HalfUp2)).as_deref(), Some("95.06%"));
        let named: Vec<&str> = found[0].named.iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(named, ["公用经费实际支出", "预算安排公用经费"]);
        assert_eq!(rates("三公经费变动率=（6.5-7.2）/7.2×100%=-9.72%")[0].1, "-9.72%");
    }

    #[test]
    fn brackets_after_the_value_adjusted_and_respectively() {
        use IndicatorId::*;
        assert_eq!(rates("公用经费控制率为95.89%（公用经费支出134.25万元/公用经费预算140万元×100%），")[0].3.as_deref(), Some("95.89%"));
        assert_eq!(rates("预算控制率（剔除政策性追加因素）为6.66%")[0].0, BudgetControlAdjusted);
        assert_eq!(rates("预算执行率（支出合计/全年预算数）为98%")[0].1, "98%");
        let both = rates("公用经费控制率、三公经费控制率分别为95.06%、89.85%。");
        assert_eq!(both.iter().map(|r| (r.0, r.1.as_str())).collect::<Vec<_>>(),
            vec![(PublicExpenseControl, "95.06%"), (SangongControl, "89.85%")]);
    }

    #[test]
    fn a_name_without_a_value_is_no_claim() {
        assert_eq!(rates("预算控制率较上年下降，预算执行率指标完成较好"), vec![]);
        assert_eq!(rates("预算控制率为5万元"), vec![]);
        assert_eq!(rates("1.公用经费控制率。公用经费控制率=（a/b）为"), vec![]);
    }

    /// The verdict and notes on a 预算执行率 heading `written`, in a report whose formula sentence follows it.
    fn heading_claim(year: &str, formula: &str, written: &str) -> Option<(crate::core::audit::Verdict, Vec<String>)> {
        let text = format!("{year}年度。\n（一）资金执行\n1．预算执行率{written}。{formula}\n");
        crate::core::audit::audit(&text).claims.into_iter().find(|c| c.id == "budget_execution" && c.stated.contains(written)).map(|c| (c.verdict, c.notes))
    }

    #[test]
    fn a_heading_cut_at_two_decimals_is_judged_by_its_formula_sentence() {
        use crate::core::audit::Verdict;
        // 1,682.16 / 1,860.00 = 90.4387…%: a heading of 90.43% is it cut at two decimals, 90.44% rounded,
        // 90.42% neither.
        let heading = |written: &str| heading_claim("2024", "预算执行率＝支出合计1,682.16万元／全年预算数1,860.00万元×100%＝90.4387%。", written);
        let (verdict, notes) = heading("90.43%").expect("the heading's claim");
        assert_eq!(verdict, Verdict::Ok, "{notes:?}");
        assert!(notes.iter().any(|n| n.contains("截尾保留两位小数") && n.contains("90.44%")), "{notes:?}");
        assert_eq!(heading("90.44%").map(|(v, _)| v), Some(Verdict::Ok));
        assert_ne!(heading("90.42%").map(|(v, _)| v), Some(Verdict::Ok));
    }

    #[test]
    fn a_rate_heading_its_formula_sentence_is_judged_by_that_formula() {
        use crate::core::audit::Verdict;
        let heading = |written: &str| heading_claim("2023", "预算执行率＝支出合计2,469.00万元／收入总计2,500.00万元×100%＝98.76%。", written);
        // 98.76% cut to one decimal: right on the formula's figures, with the note that it was cut, not rounded.
        let (verdict, notes) = heading("98.7%").expect("the heading's claim");
        assert_eq!(verdict, Verdict::Ok, "{notes:?}");
        assert!(notes.iter().any(|n| n.contains("舍去") && n.contains("98.8%")), "{notes:?}");
        assert_eq!(heading("98.8%").map(|(v, _)| v), Some(Verdict::Ok));
        // A heading the formula does not bear out is not given it.
        assert_ne!(heading("97.6%").map(|(v, _)| v), Some(Verdict::Ok));
    }
}
