//! A change on last year stated with its figures (“全年支出300万元，比上年的250万元增加50万元，增长20%”,
//! “较上年的5,987.34万元增长3.95%”, “比上年增加445.61万元，增长3.62%”): the rate recomputed from the
//! amounts the same clause gives — last year's, the change, this year's — and nothing else; where it gives
//! both years' amounts, the change and its direction are theirs (a 减少 written for a rise is wrong).
//!
//! Only where the clause compares amounts on last year (比上年, 较上年, 比2023年 …) and gives at least two
//! of the three amounts; a rate alone (“同比下降11.4%”) or a count (“到馆读者…增长12.3%”) is no claim. The
//! “三公” budget's change is the 变动率's claim (claims.rs), not this one.

use std::ops::Range;

use rust_decimal::Decimal;

use super::text::{start_after_last, MarkIndex, WordIndex};
use super::numbers::{rounded, Number, Unit};
use super::sections::first_year;
use crate::core::calc::rate::Rate;
use crate::core::exact::Exact;

/// Words that say the direction of a change, and whether it rises; after 变动 the rate's own sign says it.
/// Its size named as such (“增长幅度为…”, “增幅…”, “降幅…”) says the same.
const DIRECTIONS: [(&str, bool); 13] = [
    ("增长", true),
    ("增加", true),
    ("上升", true),
    ("下降", false),
    ("减少", false),
    ("降低", false),
    ("变动", true),
    ("增长幅度", true),
    ("增幅", true),
    ("上升幅度", true),
    ("下降幅度", false),
    ("降幅", false),
    ("减少幅度", false),
];
/// Words that compare with last year; “与2022年的478.36万元相比” names the base year before its amount.
const COMPARED: [&str; 9] = ["比上年", "较上年", "比去年", "较去年", "与上年", "与去年", "比20", "较20", "与20"];
/// A sentence's end, for a clause read alone.
const ENDS: [char; 3] = ['。', ';', '\n'];

/// A change rate a clause states, with the amounts it is computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Growth {
    /// From the comparison (“比上年…”) to the rate's end: the phrase to mark.
    pub span: Range<usize>,
    /// The rate as written (“增长8.36%”), its value (signed by its direction) and decimals.
    pub written: String,
    pub value: Decimal,
    pub decimals: u32,
    /// The change over last year's amount, as the clause's figures give them.
    pub rate: Rate,
    /// The change (signed), last year's amount (万元), for the explanation.
    pub change: Decimal,
    pub last_year: Decimal,
    /// What the change is on: 上年 (last year's amount), or 年初 (the year's initial budget).
    pub base: &'static str,
    /// Whether the clause writes its amounts in 元: they are shown so.
    pub in_yuan: bool,
    /// Where this year's amount stands, when the clause states it: a total the audit finds wrong there
    /// is the slip, not the rate.
    pub this_year_at: Option<usize>,
    /// The change the clause writes beside both years' amounts (“…，上年为0.80万元，比上年减少0.15万元，下降…”):
    /// checked on its own against their difference, which the rate is judged on.
    pub stated_change: Option<StatedChange>,
}

/// A change amount as written: its size (万元) and decimals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedChange {
    pub value: Decimal,
    pub decimals: u32,
}

/// Every change rate in `text` stated with its amounts.
pub fn stated(text: &str, numbers: &[Number], year: Option<u32>) -> Vec<Growth> {
    numbers.iter().enumerate().filter(|(_, n)| n.unit == Unit::Percent).filter_map(|(i, n)| growth(text, numbers, i, n, year)).collect()
}

/// Words comparing with last year, said after this year (“本年比上年增长…”).
const SAID_ON_LAST_YEAR: [&str; 5] = ["比上年", "较上年", "比去年", "较去年", "同比"];

/// The unit's spending named after 本年 (“本年支出”, “本年实际支出”): the whole, no part of it.
const THIS_YEARS_SPENDING: [&str; 4] = ["支出合计", "实际支出", "总支出", "支出"];

/// Names of the year's whole spending that open a sentence comparing it with last year's.
const WHOLE_SPENDING: [&str; 5] = ["支出总额", "总支出", "支出合计", "全年支出", "全年总支出"];

/// “上年（2022年）支出248.07万元，本年增长3.81%”: a change of this year's spending said with last year's amount
/// alone, this year's (`spend`, the unit's 支出合计) stated elsewhere. Only where the sentence gives one amount,
/// last year's spending of the whole unit (no topic of its own), and the rate is said of this year.
/// A sentence on the “三公” (`sangong`, their spending this year) compares theirs past its “；”.
pub fn on_this_years_spending(text: &str, numbers: &[Number], spend: Option<Decimal>, sangong: Option<Decimal>) -> Vec<Growth> {
    const THIS_YEAR: [&str; 3] = ["本年", "今年", "本年度"];
    let mut found = Vec::new();
    for (index, percent) in numbers.iter().enumerate().filter(|(_, n)| n.unit == Unit::Percent) {
        let Some(before) = text.get(..percent.start) else { continue };
        let Some((word, rising)) = DIRECTIONS.iter().find(|(w, _)| before.ends_with(w)) else { continue };
        let word_at = before.len() - word.len();
        // “本年比上年增长…”: the comparison may stand between this year and the direction.
        let lead = &before[..word_at];
        let lead = SAID_ON_LAST_YEAR.iter().find_map(|w| lead.strip_suffix(w)).unwrap_or(lead);
        // “本年支出较上年增长…”: this year's spending named again before the comparison.
        let lead = THIS_YEARS_SPENDING.iter().find_map(|w| lead.strip_suffix(w)).unwrap_or(lead);
        let said_of_this_year = THIS_YEAR.iter().any(|w| lead.ends_with(w));
        let sentence_start = start_after_last(before, &ENDS);
        let amounts: Vec<&Number> = numbers[..index].iter().filter(|n| n.start >= sentence_start && n.unit != Unit::Percent).collect();
        let [last] = amounts[..] else { continue };
        let label = text.get(sentence_start..last.start).unwrap_or_default();
        let of_the_unit = says_last_year(label) && of_the_units_spending(label);
        // “支出总额比上年1,350.20万元增长6.31%”: the sentence opens on this year's whole spending, compared
        // with last year's amount, the direction right after it.
        let opens_on_the_whole = last.end == word_at
            && WHOLE_SPENDING.iter().any(|w| label.strip_prefix(w).is_some_and(|rest| SAID_ON_LAST_YEAR.iter().any(|s| rest.starts_with(s))));
        if last.unit != Unit::Wan || !of_the_unit || !(said_of_this_year || opens_on_the_whole) {
            continue;
        }
        let Some(this) = this_years_amount(text, sentence_start, last.value, spend, sangong) else { continue };
        let Some(change) = this.minus(last.value) else { continue };
        let rate = RateWritten { text, percent, word, rising: *rising, amounts: &amounts };
        found.extend(rate.claim(sentence_start, change, last.value, None));
    }
    found
}

/// This year's amount a change on `last` year's spending is of: the “三公”'s where the whole sentence (past its
/// “；”) speaks of them (““三公”经费预算…，上年预算…；上年实际支出7.85万元，本年比上年下降…”), else the unit's.
/// None where that is unknown, or where last year's stands more than tenfold from it: a subject other than
/// the one guessed (a unit's spending hardly moves tenfold in a year), so no claim rather than a wrong one.
fn this_years_amount(text: &str, sentence_start: usize, last: Decimal, spend: Option<Decimal>, sangong: Option<Decimal>) -> Option<Decimal> {
    let before = text.get(..sentence_start)?;
    let whole_start = before.rfind(['。', '\n']).map_or(0, |at| super::labels::past_char(before, at));
    let this = if before[whole_start..].contains("三公") { sangong? } else { spend? };
    let near = last.times(Decimal::TEN).is_some_and(|ten| this <= ten) && this.times(Decimal::TEN).is_some_and(|ten| last <= ten);
    near.then_some(this)
}

/// “全年共支出2503.60万元，较上年增长0.44%”, last year's spending stated in another section (“2023年本局全年
/// 支出为2514.66万元”, SPEC §11: a rate is recomputed from figures stated anywhere): a change of this year's
/// spending (`spend`, the unit's 支出合计, stated just before the comparison) on the one amount the text gives
/// as the unit's spending of the year before `year`.
pub fn on_last_years_spending_elsewhere(text: &str, numbers: &[Number], spend: Option<Decimal>, year: Option<u32>) -> Vec<Growth> {
    const ON_LAST_YEAR: [&str; 7] = ["较上年", "比上年", "较去年", "比去年", "同比", "较上年度", "比上年度"];
    let (Some(spend), Some(last)) = (spend, last_years_spending(text, numbers, year)) else { return vec![] };
    let mut found = Vec::new();
    for (index, percent) in numbers.iter().enumerate().filter(|(_, n)| n.unit == Unit::Percent) {
        let Some(before) = text.get(..percent.start) else { continue };
        let Some((word, rising)) = DIRECTIONS.iter().find(|(w, _)| before.ends_with(w)) else { continue };
        let word_at = before.len() - word.len();
        let Some(this) = index.checked_sub(1).and_then(|i| numbers.get(i)).filter(|n| n.unit == Unit::Wan && n.value == spend) else { continue };
        let after_this = text.get(this.end..word_at).unwrap_or_default().trim_start_matches(['，', ',']);
        let between = after_this.trim_end_matches(['，', ',']);
        if !ON_LAST_YEAR.contains(&between) || !of_the_units_spending(clause_before(text, this.start)) {
            continue;
        }
        let Some(change) = spend.minus(last) else { continue };
        let amounts = [this];
        let rate = RateWritten { text, percent, word, rising: *rising, amounts: &amounts };
        // Marked from the comparison (“较上年增长0.44%”).
        found.extend(rate.claim(word_at - after_this.len(), change, last, Some(this.start)));
    }
    found
}

/// “2024年“三公”经费比2023年实际支出24.80万元下降5.40%”, “本年支出合计较上年决算…增长…”, “…与2023年支出…相比，
/// 增长…”: this year's figure named alone (the “三公”'s or the unit's spending, `sangong` or `spend`, stated
/// before), compared with last year's amount — named by last year or by the year before `year` — the
/// direction right after it. Where the clause gives this year's amount itself, the change is `stated`'s.
pub fn on_a_named_years_amount(text: &str, numbers: &[Number], spend: Option<Decimal>, sangong: Option<Decimal>, year: Option<u32>) -> Vec<Growth> {
    let mut found = Vec::new();
    for (index, percent) in numbers.iter().enumerate().filter(|(_, n)| n.unit == Unit::Percent) {
        let Some(before) = text.get(..percent.start) else { continue };
        let Some((word, rising)) = DIRECTIONS.iter().find(|(w, _)| before.ends_with(w)) else { continue };
        let word_at = before.len() - word.len();
        let sentence_start = start_after_last(before, &ENDS);
        let amounts: Vec<&Number> = numbers[..index].iter().filter(|n| n.start >= sentence_start && n.unit != Unit::Percent).collect();
        let [last] = amounts[..] else { continue };
        // “…24.80万元下降”, “…24.80万元相比，下降”: the direction right after last year's amount.
        let after_last = text.get(last.end..word_at).unwrap_or_default().trim_end_matches(['，', ',']);
        let with = match after_last {
            "" => false,
            "相比" => true,
            _ => continue,
        };
        if last.unit != Unit::Wan || rounded(text, last) {
            continue;
        }
        let Some((compared_at, subject)) = compared_with_last_year(text.get(sentence_start..last.start).unwrap_or_default(), with, year) else { continue };
        let this = if subject.contains("三公") { sangong } else { spend.filter(|_| of_the_units_spending(subject)) };
        let Some(this) = this.filter(|this| near(*this, last.value)) else { continue };
        if growth(text, numbers, index, percent, year).is_some() {
            continue;
        }
        let Some(change) = this.minus(last.value) else { continue };
        let rate = RateWritten { text, percent, word, rising: *rising, amounts: &amounts };
        found.extend(rate.claim(sentence_start + compared_at, change, last.value, None));
    }
    found
}

/// Whether two amounts are within tenfold of each other: a year's spending hardly moves more, so a figure
/// further off is of another subject.
fn near(this: Decimal, last: Decimal) -> bool {
    last.times(Decimal::TEN).is_some_and(|ten| this <= ten) && this.times(Decimal::TEN).is_some_and(|ten| last <= ten)
}

/// `lead`, the words before last year's amount (““三公”经费比2023年实际支出”, “与2023年支出”): where the
/// comparison opens on last year (上年, 去年, or the year before `year` by its number; 与 where `with`) and
/// names only what was spent, the comparison's start and the subject before it — without the year evaluated
/// (“2024年”, “本年”), a name of a few words that is spending.
fn compared_with_last_year(lead: &str, with: bool, year: Option<u32>) -> Option<(usize, &str)> {
    let last_year = year.and_then(|y| y.checked_sub(1)).map(|y| format!("{y}年"));
    let this_year = year.map(|y| format!("{y}年"));
    let openings: &[&str] = if with { &["与"] } else { &["比", "较"] };
    let (at, rest) = lead.char_indices().filter(|(_, c)| openings.iter().any(|o| o.starts_with(*c))).find_map(|(at, c)| {
        let rest = &lead[at + c.len_utf8()..];
        let named = ["上年度", "上年", "去年"].iter().find_map(|w| rest.strip_prefix(w)).or_else(|| {
            let rest = rest.strip_prefix(last_year.as_deref()?)?;
            Some(rest.strip_prefix('度').unwrap_or(rest))
        })?;
        Some((at, named))
    })?;
    let kind = rest.trim_start_matches('的').trim_end_matches(['的', '为']);
    let spent = ["实际支出", "支出", "决算", "决算数", "实际"].contains(&kind);
    let subject = lead[..at].trim_matches(['，', ',', ' ']);
    let subject = ["本年度", "本年", "今年"].iter().find_map(|w| subject.strip_prefix(w)).unwrap_or(subject);
    let subject = this_year.as_deref().and_then(|y| subject.strip_prefix(y)).map_or(subject, |rest| rest.strip_prefix('度').unwrap_or(rest));
    let a_name = (2..=10).contains(&subject.chars().count()) && !subject.contains(|c: char| c.is_ascii_digit() || "，,：:；;、".contains(c));
    let spending = subject.contains("三公") && subject.ends_with("经费") || subject.ends_with("支出") || subject.ends_with("支出合计");
    (spent && a_name && spending && !subject.contains("预算") && !says_last_year(subject)).then_some((at, subject))
}

/// Topics of a spending that is not the unit's whole.
const TOPICS: [&str; 7] = ["三公", "公用", "基本支出", "项目", "人员", "采购", "预算"];

/// Whether a clause's words name the unit's whole spending (全年支出, 支出合计 …), no part of it.
fn of_the_units_spending(label: &str) -> bool {
    label.contains("支出") && !TOPICS.iter().any(|t| label.contains(t))
}

/// The words of the clause before `at`.
fn clause_before(text: &str, at: usize) -> &str {
    let before = text.get(..at).unwrap_or_default();
    let start = start_after_last(before, &CLAUSE_ENDS);
    &before[start..]
}

/// What ends a clause.
const CLAUSE_ENDS: [char; 7] = ['。', ';', '\n', '，', ',', '：', ':'];

/// The unit's spending of the year before `year`, where the text states it as such and at one amount
/// (“2023年本局全年支出为2514.66万元”, “上年支出合计412.30万元”): its clause names that year, or last year,
/// and the spending of the whole unit, with no comparison in it.
fn last_years_spending(text: &str, numbers: &[Number], year: Option<u32>) -> Option<Decimal> {
    let last_year = year.and_then(|y| y.checked_sub(1));
    let labels = Labels::new(text);
    let mut amounts = numbers.iter().filter(|n| n.unit == Unit::Wan && !rounded(text, n)).filter(|n| {
        let label = labels.clauses.start_before(n.start)..n.start;
        let holds = |words: &[&str]| words.iter().any(|w| labels.words.holds(&label, w));
        let names_it = holds(&LAST_YEAR) || last_year.is_some() && labels.first_year(&label) == last_year;
        let compares = holds(&COMPARES);
        names_it && !compares && holds(&["支出"]) && !holds(&TOPICS)
    });
    let first = amounts.next()?.value;
    amounts.all(|n| n.value == first).then_some(first)
}

/// Words naming last year.
const LAST_YEAR: [&str; 3] = ["上年", "去年", "上一年"];

/// Words of a comparison.
const COMPARES: [&str; 5] = ["比", "较", "增", "减", "降"];

/// Every amount's clause, read for what it names: its start, the words and the years in it found once for
/// all, since a clause run on for a whole line (a list joined by “、”) would have every amount read back to
/// its start.
struct Labels<'t> {
    clauses: MarkIndex,
    words: WordIndex<'static>,
    /// Each whole year written (“2023年”): where its digits start, where its 年 ends, the year, and
    /// whether a digit follows (then it is a whole year only at a label's end, as `first_year` reads it).
    years: Vec<(usize, usize, u32, bool)>,
    text: &'t str,
}

impl<'t> Labels<'t> {
    fn new(text: &'t str) -> Self {
        let words: Vec<&'static str> = LAST_YEAR.iter().chain(&COMPARES).chain(&TOPICS).chain(&["支出"]).copied().collect();
        let years = text
            .match_indices('年')
            .filter_map(|(at, _)| {
                let start = at.checked_sub(4)?;
                let end = at + '年'.len_utf8();
                let year = first_year(text.get(start..end)?)?;
                let digit_after = text.as_bytes().get(end).is_some_and(u8::is_ascii_digit);
                Some((start, end, year, digit_after))
            })
            .collect();
        Labels { clauses: MarkIndex::new(text, &CLAUSE_ENDS), words: WordIndex::new(text, &words), years, text }
    }

    /// `first_year` of the words in `label`, a clause up to an amount.
    fn first_year(&self, label: &Range<usize>) -> Option<u32> {
        let from = self.years.partition_point(|y| y.0 < label.start);
        // A digit right before the year's digits makes no year of it, unless the label starts there.
        let whole = |y: &&(usize, usize, u32, bool)| (!y.3 || y.1 == label.end) && (y.0 == label.start || !self.text.as_bytes()[y.0 - 1].is_ascii_digit());
        self.years[from..].iter().take_while(|y| y.1 <= label.end).find(whole).map(|y| y.2)
    }
}

/// The change rate `numbers[index]`, if its clause gives its amounts.
fn growth(text: &str, numbers: &[Number], index: usize, percent: &Number, year: Option<u32>) -> Option<Growth> {
    let before = text.get(..percent.start)?;
    // “增长幅度为11.94%”: the 为 after a size's name.
    let before = before.strip_suffix('为').filter(|b| b.ends_with("幅度") || b.ends_with('幅')).unwrap_or(before);
    let (word, rising) = DIRECTIONS.iter().find(|(w, _)| before.ends_with(w))?;
    let word_at = before.len() - word.len();
    let sentence_start = start_after_last(before, &ENDS);
    let sentence = text.get(sentence_start..word_at)?;
    // “（约2.36亿元）”: a total restated rounded is no amount of the change.
    let amounts: Vec<&Number> = numbers[..index].iter().filter(|n| n.unit == Unit::Wan && n.start >= sentence_start && !rounded(text, n)).collect();
    let rate = RateWritten { text, percent, word, rising: *rising, amounts: &amounts };
    let bracketed = bracketed_last_year(text, numbers, index, year);
    let Some(compared_at) = COMPARED.iter().filter_map(|w| sentence.rfind(w).filter(|&at| names_a_year(sentence, at, w))).max() else {
        // The “三公” budget's change is the 变动率 (judged by its own claim).
        if sentence.contains("三公") && sentence.contains("预算") {
            return None;
        }
        return year_on_year(&rate, word_at, bracketed);
    };
    let compared_at = sentence_start + compared_at;
    if sentence.contains("三公") && compares_budgets(text, sentence_start, compared_at, word_at) {
        return None;
    }
    // The amounts: this year's just before the comparison, in the same clause; last year's and the
    // change after it, each touching its words.
    let after: Vec<&&Number> = amounts.iter().filter(|n| n.start >= compared_at).collect();
    if after.len() > 2 {
        return None;
    }
    let just_before = amounts.iter().rev().find(|n| n.end <= compared_at).filter(|n| same_clause(text, n.end, compared_at));
    let just_before = just_before.map(|part| subject_of_a_listed_part(text, &amounts, part).unwrap_or(part));
    // “上年同口径支出为2987.15万元，本年比上年增加…”: the amount just before the comparison is last year's
    // where its own clause names last year.
    // “支出总额3150万元（上年2980万元），比上年增长…”: last year's in brackets right after this year's.
    let (this_year_number, said_of_last_year) = match just_before {
        Some(n) => match this_year_before_brackets(text, &amounts, n) {
            Some(this) => (Some(this), Some(n.value)),
            None if says_last_year(clause_before(text, n.start)) => (this_year_before_last_years_clause(text, &amounts, n), Some(n.value)),
            None => (Some(n), None),
        },
        None => (None, None),
    };
    let last_years_at = after.first().filter(|n| last_years(text, compared_at, n.start));
    let this_year_number = this_year_number.copied().or_else(|| {
        let before = numbers[..index].iter().filter(|n| n.end <= compared_at);
        same_kind_earlier(text, before, sentence_start, compared_at, last_years_at?)
    });
    let this_year_number = this_year_number.or_else(|| {
        last_years_at?;
        named_in_the_sentence_before(text, &numbers[..index], sentence_start, compared_at)
    });
    let this_year = this_year_number.map(|n| n.value);
    let last_year = after.first().filter(|n| last_years(text, compared_at, n.start)).map(|n| n.value).or(bracketed).or(said_of_last_year);
    let written_change = after.last().filter(|n| changes(text, n.start));
    let change = written_change.map(|n| n.value);
    // From this year's and last year's amounts, the change is theirs, whatever amount and direction the
    // clause writes (“415.20万元，较上年398.76万元减少16.44万元”: a rise); else the change the clause
    // writes, signed by its direction word.
    let signed = |change: Decimal| if *rising { Some(change) } else { Decimal::ZERO.minus(change) };
    let (last_year, change) = match (this_year, last_year, change) {
        (Some(this), Some(last), _) => (last, this.minus(last)?),
        (_, Some(last), Some(change)) => (last, signed(change)?),
        (Some(this), None, Some(change)) if *rising => (this.minus(change)?, change),
        (Some(this), None, Some(change)) => (this.plus(change)?, signed(change)?),
        _ => return None,
    };
    let mut growth = rate.claim(compared_at, change, last_year, this_year_number.map(|n| n.start))?;
    if this_year.is_some() {
        growth.stated_change = written_change.map(|n| StatedChange { value: n.value, decimals: n.decimals });
    }
    Some(growth)
}

/// “公务接待费0.48万元，上年为0.65万元，比上年…”: this year's amount is the one in the clause right before the
/// clause naming last year's, where that clause names no other year.
fn this_year_before_last_years_clause<'s, 'a>(text: &str, amounts: &'s [&'a Number], last: &Number) -> Option<&'s &'a Number> {
    let this = amounts.iter().rev().find(|n| n.end <= last.start)?;
    let between = text.get(this.end..last.start)?.strip_prefix(['，', ','])?;
    let one_clause = !between.contains(['，', ',', '；', ';', '：', ':', '。']);
    (one_clause && says_last_year(between) && !says_last_year(clause_before(text, this.start))).then_some(this)
}

/// “支出合计432.52万元，包括基本支出193.17万元和项目支出239.35万元，比上年的…增长…”: the amount just before
/// the comparison is the last of the parts a 包括/其中 list gives; what is compared with last year is the
/// sentence's subject, the amount stated before that list.
fn subject_of_a_listed_part<'s, 'a>(text: &str, amounts: &'s [&'a Number], part: &Number) -> Option<&'s &'a Number> {
    const LISTING: [&str; 6] = ["包括", "其中", "含", "主要为", "主要是", "分别为"];
    let clause = clause_before(text, part.start);
    if !LISTING.iter().any(|w| clause.starts_with(w)) {
        return None;
    }
    let list_at = part.start - clause.len();
    amounts.iter().find(|n| n.end <= list_at)
}

/// Words that may open brackets of last year's amount after the year's name (“（上年支出…）”, “（2022年为…）”).
const LAST_YEARS_BRACKET: [&str; 6] = ["", "支出", "全年支出", "支出总额", "同期", "决算"];

/// “支出总额3150.39万元（上年2986.15万元）”, “（上年度…）”, “（2022年…）”: `last`, in brackets opened right after
/// another amount and closed right after it, named by last year or a year alone (and at most a word of
/// spending): that other amount is this year's.
fn this_year_before_brackets<'s, 'a>(text: &str, amounts: &'s [&'a Number], last: &Number) -> Option<&'s &'a Number> {
    let this = amounts.iter().rev().find(|n| n.end <= last.start)?;
    let opened = text.get(this.end..last.start)?.strip_prefix(['（', '('])?;
    text.get(last.end..)?.starts_with(['）', ')']).then_some(())?;
    let named = ["上年度", "上年", "去年"].iter().find_map(|w| opened.strip_prefix(w)).or_else(|| {
        let rest = opened.get(4..).filter(|_| first_year(opened).is_some() && opened.as_bytes()[..4].iter().all(u8::is_ascii_digit))?;
        rest.strip_prefix("年度").or_else(|| rest.strip_prefix('年'))
    })?;
    let word = named.trim_end_matches(['为', '：', ':']);
    LAST_YEARS_BRACKET.contains(&word).then_some(this)
}

/// Whether a “三公” clause compares budgets (“本年预算比上年减少…”, “较上年预算…下降…”): that change is the
/// 变动率's claim; a change of its 决算 or 实际支出 is this one's.
fn compares_budgets(text: &str, sentence_start: usize, compared_at: usize, word_at: usize) -> bool {
    let subject = clause_before(text, compared_at);
    let compared = text.get(compared_at..word_at).unwrap_or_default();
    let spent = |words: &str| SPENT_WORDS.iter().any(|w| words.contains(w));
    let budget = |words: &str| words.contains("预算") && !spent(words);
    let sentence = text.get(sentence_start..compared_at).unwrap_or_default();
    budget(subject) || budget(compared) || !spent(compared) && !spent(subject) && sentence.contains("预算")
}

/// Words of what was spent, against the budget: a change of them is a change of spending.
const SPENT_WORDS: [&str; 4] = ["支出", "决算", "执行数", "实际"];

/// ““三公”经费合计支出13.26万元，控制率93.00%，比上年支出12.80万元增长3.59%”, “…决算6.10万元，控制率…；比上年
/// 决算7.00万元下降…”: this year's amount stated earlier than the clause of the comparison, named by the same
/// kind of word (支出, 决算) as last year's after it. It is the nearest amount before the comparison — across
/// the ; only where the comparison opens its clause with no subject of its own — and named so; else none.
fn same_kind_earlier<'a>(text: &str, before: impl DoubleEndedIterator<Item = &'a Number>, sentence_start: usize, compared_at: usize, last: &Number) -> Option<&'a Number> {
    let kind = text.get(compared_at..last.start)?.trim_end_matches(['的', '为']);
    if !SPENT_WORDS.iter().any(|w| kind.ends_with(w)) {
        return None;
    }
    let subjectless = text.get(sentence_start..compared_at).is_some_and(|lead| lead.trim_matches(['，', ',', ' ']).is_empty());
    let reach = match text.get(..sentence_start) {
        Some(earlier) if subjectless && earlier.ends_with(';') => {
            let earlier = &earlier[..earlier.len() - 1];
            start_after_last(earlier, &ENDS)
        }
        _ => sentence_start,
    };
    let nearest = before.rev().find(|n| n.start >= reach && n.unit != Unit::Percent)?;
    let label = clause_before(text, nearest.start).trim_end_matches(['为', '：', ':']);
    let named_so = SPENT_WORDS.iter().any(|w| label.ends_with(w)) && !says_last_year(label);
    (nearest.unit == Unit::Wan && !rounded(text, nearest) && named_so).then_some(nearest)
}

/// “实际支出9.34万元，其中…。实际支出比上年10.10万元下降7.52%”: a comparison whose subject is a figure's name
/// alone speaks of the figure the sentence before states under that name (the nearest so named), not of
/// one further back.
fn named_in_the_sentence_before<'a>(text: &str, before: &'a [Number], sentence_start: usize, compared_at: usize) -> Option<&'a Number> {
    let subject = opening_name(text, before, sentence_start, compared_at)?;
    let a_name = (2..=8).contains(&subject.chars().count()) && !subject.contains(|c: char| c.is_ascii_digit());
    // ““三公”经费3.90万元，…。“三公”经费比上年4.25万元下降…”: a kind of 经费 is spending by its name alone;
    // a kind of income (“事业收入”) is an amount by its name as well.
    let spent = SPENT_WORDS.iter().any(|w| subject.ends_with(w)) || subject.ends_with("经费") && !subject.contains("预算") || subject.ends_with("收入");
    if !a_name || !spent || says_last_year(subject) {
        return None;
    }
    let earlier = text.get(..sentence_start)?.trim_end_matches('\n').strip_suffix('。')?;
    // The whole sentence before, past its “；”: the nearest amount so named is still the one.
    let start = start_after_last(earlier, &['。', '\n']);
    let label = |n: &Number| clause_before(text, n.start).trim_end_matches(['为', '：', ':']);
    // “本年支出合计263.48万元…。本年支出比上年…”: the name said again without its 合计 is the same figure's.
    let so_named = |label: &str| label.ends_with(subject) || ["合计", "总额", "总计"].iter().any(|total| label.strip_suffix(total).is_some_and(|l| l.ends_with(subject)));
    let nearest = before.iter().rev().filter(|n| n.start >= start && n.end <= earlier.len()).find(|n| so_named(label(n)))?;
    (nearest.unit == Unit::Wan && !rounded(text, nearest) && !says_last_year(label(nearest))).then_some(nearest)
}

/// The name a comparison is of: the words before it, or — where those say more, in clauses of no amount
/// (“经营收入是主要来源，占本年收入的六成，比上年…”) — the name opening the sentence, before its 是.
fn opening_name<'t>(text: &'t str, before: &[Number], sentence_start: usize, compared_at: usize) -> Option<&'t str> {
    let words = text.get(sentence_start..compared_at)?.trim_matches(['，', ',', ' ']);
    if !words.contains(['，', ',']) {
        return Some(words);
    }
    let amounts_between = before.iter().any(|n| n.unit == Unit::Wan && n.start >= sentence_start && n.end <= compared_at);
    let opening = words.split(['，', ',']).next()?;
    let name = opening.split_once('是').map_or(opening, |(name, _)| name);
    (!amounts_between && name.len() < opening.len()).then_some(name)
}

/// “年初预算586.00万元，…，调整后全年预算703.20万元，较年初增长20.00%”: the budget's change over the year, on
/// the initial budget its sentence states (one amount so named), this year's amount just before the comparison.
pub fn on_the_initial_budget(text: &str, numbers: &[Number]) -> Vec<Growth> {
    const ON_THE_INITIAL: [&str; 4] = ["较年初预算", "比年初预算", "较年初", "比年初"];
    let mut found = Vec::new();
    for (index, percent) in numbers.iter().enumerate().filter(|(_, n)| n.unit == Unit::Percent) {
        let Some(before) = text.get(..percent.start) else { continue };
        let Some((word, rising)) = DIRECTIONS.iter().find(|(w, _)| before.ends_with(w)) else { continue };
        let word_at = before.len() - word.len();
        let Some(compared) = ON_THE_INITIAL.iter().find(|w| before[..word_at].ends_with(**w)) else { continue };
        let compared_at = word_at - compared.len();
        let sentence_start = start_after_last(before, &ENDS);
        let amounts: Vec<&Number> = numbers[..index].iter().filter(|n| n.start >= sentence_start && n.unit == Unit::Wan).collect();
        let Some(this) = amounts.last().filter(|n| same_clause(text, n.end, compared_at) && clause_before(text, n.start).contains("预算")) else { continue };
        let initial: Vec<&&Number> = amounts.iter().filter(|n| clause_before(text, n.start).trim_end_matches(['为', '数']).ends_with("年初预算")).collect();
        let [initial] = initial[..] else { continue };
        let Some(change) = this.value.minus(initial.value) else { continue };
        let rate = RateWritten { text, percent, word, rising: *rising, amounts: &amounts };
        found.extend(rate.claim(compared_at, change, initial.value, Some(this.start)).map(|g| Growth { base: "年初", ..g }));
    }
    found
}

/// A change rate as a sentence writes it, with the amounts before it.
struct RateWritten<'a> {
    text: &'a str,
    percent: &'a Number,
    /// Its direction word (增长, 下降 …) and whether it rises.
    word: &'a str,
    rising: bool,
    amounts: &'a [&'a Number],
}

impl RateWritten<'_> {
    /// The claim, marked from `from`, of a change of `change` on `last_year`.
    fn claim(&self, from: usize, change: Decimal, last_year: Decimal, this_year_at: Option<usize>) -> Option<Growth> {
        let mut value = self.percent.value;
        // “增长-3.27%” is a clerk's way to write a fall: a rising word keeps the rate's own minus sign.
        let rising_with_minus = self.rising && value.is_sign_negative();
        if self.word != "变动" && !rising_with_minus {
            value.set_sign_negative(!self.rising && !value.is_zero());
        }
        Some(Growth {
            span: from..self.percent.end,
            written: format!("{}{}", self.word, self.text.get(self.percent.start..self.percent.end)?),
            value,
            decimals: self.percent.decimals,
            rate: Rate::new(change, last_year)?,
            change,
            last_year,
            base: "上年",
            in_yuan: self.amounts.last().is_some_and(|n| self.text.get(n.digits_end..n.end) == Some("元")),
            this_year_at,
            stated_change: None,
        })
    }
}

/// “2024年“三公”经费支出28,650元，2023年支出33,120元，同比下降13.50%”: both years' amounts stand before
/// 同比, this year's and then last year's, each in a clause of its own, the second naming last year
/// (上年, 去年, or the year before the first's). Any other amount in the sentence makes it unclear which two
/// are compared: no claim. Or this year's amount stands just before 同比 and last year's in brackets after
/// the rate (“支出合计856.73万元，同比下降2.12%（上年支出838.95万元）”).
fn year_on_year(rate: &RateWritten, word_at: usize, bracketed: Option<Decimal>) -> Option<Growth> {
    let text = rate.text;
    let (same_at, amounts) = match word_at.checked_sub("同比".len()).filter(|&at| text.get(at..word_at) == Some("同比")) {
        Some(at) => (at, rate.amounts),
        None => change_said_first(rate, word_at)?,
    };
    let clause_start = |n: &Number| {
        let before = text.get(..n.start).unwrap_or_default();
        start_after_last(before, &['。', ';', '\n', '，', ',', '；', '：', ':'])
    };
    if let (Some(last), Some(this)) = (bracketed, rate.amounts.last()) {
        return same_clause(text, this.end, same_at).then(|| rate.claim(same_at, this.value.minus(last)?, last, Some(this.start))).flatten();
    }
    // “公用经费96.48万元（上年104.20万元，同比下降7.41%）”: last year's amount in brackets opened right after
    // this year's, the rate beside it.
    if let [.., this, last] = amounts {
        let opened = text.get(this.end..last.start).and_then(|b| b.strip_prefix(['（', '(']));
        let beside = text.get(last.end..same_at).is_some_and(|b| ["，", ","].contains(&b));
        // “支出合计462.00万元（上年440.00万元），同比增长…”: or closed before the rate.
        let closed = text.get(last.end..same_at).is_some_and(|b| ["），", "）,", ")，", "),"].contains(&b));
        let closed = closed && this_year_before_brackets(text, amounts, last).is_some_and(|t| t.start == this.start);
        if closed || beside && opened.is_some_and(|o| says_last_year(o) && o.chars().count() <= 6) {
            return rate.claim(same_at, this.value.minus(last.value)?, last.value, Some(this.start));
        }
    }
    let [this, last] = amounts else { return None };
    let (this_from, last_from) = (clause_start(this), clause_start(last));
    let close = text.get(last.end..same_at).is_some_and(|between| between.chars().count() <= 2);
    if this_from == last_from || !close || !names_last_year(&text[this_from..this.start], &text[last_from..last.start]) {
        return None;
    }
    rate.claim(same_at, this.value.minus(last.value)?, last.value, Some(this.start))
}

/// “…，上年同期为5102.64万元，同比增加328.69万元，增长6.44%”: the change's amount said after 同比, then the
/// rate in a clause of its own; where 同比 stands, and the amounts before it.
fn change_said_first<'a>(rate: &RateWritten<'a>, word_at: usize) -> Option<(usize, &'a [&'a Number])> {
    let text = rate.text;
    let (change, before) = rate.amounts.split_last()?;
    let between = text.get(change.end..word_at)?;
    let same_at = text.get(..change.start)?.rfind("同比")?;
    let direction = text.get(same_at + "同比".len()..change.start)?;
    let one_clause_on = ["，", ","].contains(&between);
    (one_clause_on && DIRECTIONS.iter().any(|(w, _)| direction == *w)).then_some((same_at, before))
}

/// “下降8.47%（上年支出565.05万元）”: last year's amount in the brackets right after the rate — named by last
/// year, or by the number of the year before the report's `year`.
fn bracketed_last_year(text: &str, numbers: &[Number], index: usize, year: Option<u32>) -> Option<Decimal> {
    let (percent, next) = (numbers.get(index)?, numbers.get(index + 1).filter(|n| n.unit == Unit::Wan)?);
    let inside = text.get(percent.end..next.start)?;
    let opened = inside.strip_prefix('（').or_else(|| inside.strip_prefix('('))?;
    let closed = text.get(next.end..).is_some_and(|rest| rest.starts_with(['）', ')']));
    // “（2018年总支出428.60万元）” in a report of 2019: the year before the report's, named by its number.
    let year_before = year.and_then(|y| y.checked_sub(1)).is_some_and(|last| {
        let digits = opened.get(..4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
        digits.and_then(|d| d.parse::<u32>().ok()) == Some(last) && opened[4..].starts_with('年')
    });
    let last_year = says_last_year(opened) || year_before;
    (closed && last_year && opened.chars().count() <= 8).then_some(next.value)
}

/// Whether the second clause speaks of the year before the first's: 上年 / 去年 / 上年同期, or a year one
/// less than the first clause names.
fn names_last_year(this_clause: &str, last_clause: &str) -> bool {
    says_last_year(last_clause) || matches!((first_year(this_clause), first_year(last_clause)), (Some(a), Some(b)) if a == b + 1)
}

/// 上年, 去年, 上一年: last year in words.
fn says_last_year(words: &str) -> bool {
    LAST_YEAR.iter().any(|w| words.contains(w))
}

/// “比2023年”: a comparison by a year names the year (not “占比20%”, “比200万元”).
fn names_a_year(sentence: &str, at: usize, word: &str) -> bool {
    if !word.ends_with("20") {
        return true;
    }
    let digits = sentence.get(at + word.len()..).unwrap_or_default().as_bytes();
    digits.len() >= 2 && digits[..2].iter().all(u8::is_ascii_digit) && sentence.get(at + word.len() + 2..).is_some_and(|r| r.starts_with('年'))
}

/// Whether nothing but words stands between this year's amount and the comparison (“支出300万元，比上年”
/// is one clause; a 。 or ; ends it). A gloss in brackets right after the amount (“（约2.36亿元）”) is
/// passed over.
fn same_clause(text: &str, from: usize, to: usize) -> bool {
    let Some(between) = text.get(from..to) else { return false };
    let between = between.strip_prefix('（').and_then(|b| b.split_once('）')).map_or(between, |(_, after)| after);
    between.chars().count() <= 4 && !between.contains(ENDS)
}

/// “比上年的250万元”, “较2023年的372.15万元”, “比上年决算3.12万元”: last year's amount right after the comparison.
fn last_years(text: &str, compared_at: usize, at: usize) -> bool {
    text.get(compared_at..at).is_some_and(|between| between.chars().count() <= 12 && !between.contains(['，', ',']) && !changes(text, at))
}

/// “增加50万元”, “减少0.66万元”: the change's amount, its direction word just before it.
fn changes(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|before| DIRECTIONS.iter().any(|(w, _)| before.ends_with(w) || before.ends_with(&format!("{w}了"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;

    fn rates(text: &str) -> Vec<(String, String)> {
        stated(text, &numbers(text), None).iter().map(|g| (g.written.clone(), g.rate.percent_value().unwrap_or_default().round_dp(2).normalize().to_string())).collect()
    }

    #[test]
    fn this_years_figure_named_alone_is_compared_with_the_year_before() {
        let named = |text: &str| {
            on_a_named_years_amount(text, &numbers(text), Some("300".parse().unwrap()), Some("6.30".parse().unwrap()), Some(2023))
                .iter()
                .map(|g| (g.written.clone(), g.rate.percent_value().unwrap_or_default().round_dp(2).normalize().to_string()))
                .collect::<Vec<_>>()
        };
        // (7.00 − 6.30) / 7.00 = 10%: a fall of 10%, whatever the clause writes.
        assert_eq!(named("2023年“三公”经费比2022年实际支出7.00万元下降9.00%。"), [("下降9.00%".to_string(), "-10".to_string())]);
        assert_eq!(named("“三公”经费较上年决算7.00万元下降10.00%。"), [("下降10.00%".to_string(), "-10".to_string())]);
        assert_eq!(named("本年支出合计与2022年支出250.00万元相比，增长20.00%。"), [("增长20.00%".to_string(), "20".to_string())]);
        // Another year than the one before, a budget, or a subject of its own: no claim.
        assert!(named("2023年“三公”经费比2021年实际支出7.00万元下降9.00%。").is_empty());
        assert!(named("2023年“三公”经费预算比2022年预算7.00万元下降10.00%。").is_empty());
        assert!(named("公务接待费比2022年实际支出7.00万元下降10.00%。").is_empty());
    }

    #[test]
    fn the_three_ways_a_change_gives_its_amounts() {
        assert_eq!(rates("全年支出300万元，比上年的250万元增加50万元，增长15.00%。"), [("增长15.00%".to_string(), "20".to_string())]);
        assert_eq!(rates("支出合计520万元，较上年的500万元增长4.00%。"), [("增长4.00%".to_string(), "4".to_string())]);
        assert_eq!(rates("本年基本支出110万元，比上年增加10万元，增长10.00%。"), [("增长10.00%".to_string(), "10".to_string())]);
        assert_eq!(rates("决算数比上年决算4万元减少1万元，下降25.00%。"), [("下降25.00%".to_string(), "-25".to_string())]);
    }

    #[test]
    fn both_years_amounts_before_a_year_on_year_rate() {
        assert_eq!(rates("2023年会议费支出41200元，2022年支出50000元，同比下降17.60%。"), [("下降17.60%".to_string(), "-17.6".to_string())]);
        assert_eq!(rates("本年度印刷费12.60万元，上年为10.50万元，同比增长20.00%。"), [("增长20.00%".to_string(), "20".to_string())]);
        // A wrong rate is still a claim: its figures say what it should be.
        assert_eq!(rates("本年度印刷费12.60万元，上年为10.50万元，同比增长25.00%。"), [("增长25.00%".to_string(), "20".to_string())]);
        // Which two amounts are compared is unclear, or the second is not last year's: no claim.
        assert!(rates("支出300万元，其中基本支出200万元，上年支出280万元，同比增长7.14%。").is_empty());
        assert!(rates("本年度印刷费12.60万元，邮电费10.50万元，同比增长20.00%。").is_empty());
        assert!(rates("本年度印刷费12.60万元、上年10.50万元同比增长20.00%。").is_empty(), "one clause");
        // Marked from 同比: the amounts before it are claims of their own (a total with its parts).
        let text = "（二）印刷费。对比如下：本年12.60万元，上年10.50万元，同比增长20.00%。";
        assert_eq!(&text[stated(text, &numbers(text), None)[0].span.clone()], "同比增长20.00%");
    }

    #[test]
    fn last_years_amount_in_brackets_after_this_years_with_the_rate() {
        let text = |rate: &str| format!("商品和服务支出中，维修费20.40万元、差旅费33.00万元（上年30.00万元，同比增长{rate}）。");
        assert_eq!(rates(&text("10.00%")), [("增长10.00%".to_string(), "10".to_string())]);
        assert_eq!(rates(&text("11.00%")), [("增长11.00%".to_string(), "10".to_string())]);
        // Brackets that are not last year's: no claim.
        assert!(rates("维修费20.40万元、差旅费33.00万元（其中外省30.00万元，同比增长10.00%）。").is_empty());
    }

    #[test]
    fn last_years_amount_in_brackets_right_after_this_years() {
        let growth = |bracket: &str, compared: &str| rates(&format!("本年支出合计462.00万元（{bracket}440.00万元），{compared}5.00%。"));
        for bracket in ["上年", "上年度", "2020年", "上年支出", "去年为"] {
            assert_eq!(growth(bracket, "比上年增长"), [("增长5.00%".to_string(), "5".to_string())], "{bracket}");
            assert_eq!(growth(bracket, "同比增长"), [("增长5.00%".to_string(), "5".to_string())], "{bracket}");
            assert_eq!(growth(bracket, "较上年增长"), [("增长5.00%".to_string(), "5".to_string())], "{bracket}");
        }
        // The wrong rate is still read, and judged on the two amounts.
        assert_eq!(rates("本年支出合计462.00万元（上年440.00万元），比上年增长0.50%。"), [("增长0.50%".to_string(), "5".to_string())]);
        // Brackets that give something else are no amount of last year's.
        assert!(growth("其中结转", "比上年增长").is_empty());
        assert!(growth("2020年结转", "比上年增长").is_empty());
    }

    #[test]
    fn last_years_amount_in_brackets_after_the_rate() {
        assert_eq!(rates("全年支出合计630.00万元，同比增长5.00%（上年支出600.00万元）。"), [("增长5.00%".to_string(), "5".to_string())]);
        assert_eq!(rates("全年支出合计570.00万元，较上年下降5.00%（上年支出600.00万元）。"), [("下降5.00%".to_string(), "-5".to_string())]);
        // The planted kind: a rise written as a fall is still read, and judged on its figures.
        assert_eq!(rates("支出合计612.00万元，比上年度下降2.00%（上年支出600.00万元）。"), [("下降2.00%".to_string(), "2".to_string())]);
        // 变动 takes the rate's own sign.
        assert_eq!(rates("全年支出594.00万元，较上年变动-1.00%（上年支出600.00万元）。"), [("变动-1.00%".to_string(), "-1".to_string())]);
        // Brackets that say something else are no amount of last year's.
        assert!(rates("全年支出合计630.00万元，同比增长5.00%（其中项目支出30.00万元）。").is_empty());
    }

    #[test]
    fn last_years_amount_just_before_a_change_on_last_year() {
        assert_eq!(rates("上年同口径支出为640.00万元，本年比上年增加32.00万元，增长5.00%。"), [("增长5.00%".to_string(), "5".to_string())]);
        assert_eq!(rates("去年全年支出500.00万元，今年比上年减少20.00万元，下降4.00%。"), [("下降4.00%".to_string(), "-4".to_string())]);
    }

    #[test]
    fn compared_with_last_years_amount() {
        assert_eq!(rates("全年支出合计210.00万元。与上年支出200.00万元相比，增加10.00万元，增长5.00%。"), [("增长5.00%".to_string(), "5".to_string())]);
        assert_eq!(rates("本年支出190.00万元，与去年的200.00万元相比，减少10.00万元，下降5.00%。"), [("下降5.00%".to_string(), "-5".to_string())]);
        // The base year named by its number, the rate right after 相比: judged on last year's amount.
        assert_eq!(rates("项目支出84.00万元，与2019年的80.00万元相比增长4.76%。"), [("增长4.76%".to_string(), "5".to_string())]);
        // “参与2019年…” is no comparison.
        assert!(rates("工作经费84.00万元，参与2019年的80个项目，完成率增长4.76%。").is_empty());
    }

    #[test]
    fn a_budgets_change_on_its_initial_amount() {
        let found = |text: &str| on_the_initial_budget(text, &numbers(text)).iter().map(|g| (g.base, g.rate.percent_value().unwrap_or_default().round_dp(2).normalize().to_string())).collect::<Vec<_>>();
        let text = "年初预算400.00万元，年中追加60.00万元，调整后全年预算460.00万元，较年初增长15.00%。";
        assert_eq!(found(text), [("年初", "15".to_string())]);
        // No initial budget so named, or this year's amount not just before: none.
        assert!(found("上年结转20.00万元，全年预算460.00万元，较年初增长15.00%。").is_empty());
        assert!(found("年初预算400.00万元，调整后全年预算460.00万元，执行率98.00%，较年初增长15.00%。").is_empty());
    }

    #[test]
    fn this_years_amount_named_like_last_years_earlier_in_the_sentence() {
        // A rate of its own stands between this year's amount and the comparison.
        let text = "“三公”经费全年支出6.30万元，控制率90.00%，比上年支出6.00万元下降5.00%。";
        assert_eq!(rates(text), [("下降5.00%".to_string(), "5".to_string())]);
        // The comparison opens a clause after the ; (the normalised text's), with no subject of its own.
        let text = "全年“三公”经费预算20.00万元，决算16.00万元，控制率80.00%;比上年决算20.00万元下降20.00%。";
        assert_eq!(rates(text), [("下降20.00%".to_string(), "-20".to_string())]);
        let text = "2022年“三公”经费预算5.0000万元，实际支出4.5000万元，控制率为90.00%，比上年实际支出5.0000万元下降10.00%。";
        assert_eq!(rates(text), [("下降10.00%".to_string(), "-10".to_string())]);
        // Budgets compared are the 变动率's; a nearest amount of another kind is no this year's.
        assert!(rates("“三公”经费预算6.30万元，决算6.00万元;较上年预算7.00万元下降10.00%。").is_empty());
        assert!(rates("公用经费支出30.00万元，结余2.00万元，结余率6.25%，比上年支出28.00万元增长7.14%。").is_empty());
        // A clause with a subject of its own after the ; is not the earlier clause's.
        assert!(rates("公用经费决算30.00万元;会议费比上年决算2.00万元下降5.00%。").is_empty());
    }

    #[test]
    fn this_years_change_on_last_years_spending_alone() {
        let found = |text: &str, spend: &str| -> Vec<String> {
            let spend = spend.parse().ok();
            on_this_years_spending(text, &numbers(text), spend, None).iter().map(|g| g.rate.percent_value().unwrap_or_default().round_dp(2).normalize().to_string()).collect()
        };
        assert_eq!(found("上年（2023年）支出400.00万元，本年增长5.00%。", "420"), ["5"]);
        assert_eq!(found("上年全年支出4000000元，本年下降2.50%。", "390"), ["-2.5"]);
        // Another topic's, a count, or no spending of this year's: none.
        assert!(found("上年公用经费支出40.00万元，本年增长5.00%。", "420").is_empty());
        assert!(found("上年接待读者12万人次，本年增长5.00%。", "420").is_empty());
        assert!(found("上年支出400.00万元，本年增长5.00%。", "").is_empty());
        // The comparison said again after this year: the same change (a fall written as a rise is the slip).
        assert_eq!(found("上年支出合计880.00万元，本年较上年增长2.50%。", "858"), ["-2.5"]);
        assert_eq!(found("去年支出1000万元，今年同比下降4.00%。", "960"), ["-4"]);
        // This year's spending named again before the comparison.
        assert_eq!(found("上年（2019年）实际支出250.00万元，本年支出较上年增长4.00%。", "260.5"), ["4.2"]);
        assert_eq!(found("去年总支出80.00万元，今年实际支出同比下降5.00%。", "76"), ["-5"]);
        assert!(found("上年实际支出250.00万元，本年公用经费较上年增长4.00%。", "260.5").is_empty(), "a part's change");
        // Last year's tenfold from the unit's this year: another subject's, no claim on a guess.
        assert!(found("上年实际支出26.00万元，本年下降4.00%。", "260.5").is_empty());
        assert_eq!(found("上年实际支出240.00万元，本年增长8.54%。", "260.5"), ["8.54"]);
        // The sentence is on the “三公” past its “；”: theirs, unknown here.
        assert!(found("“三公”经费预算6.00万元，上年预算6.50万元；上年实际支出300.00万元，本年下降4.00%。", "288").is_empty());
    }

    #[test]
    fn this_years_change_on_last_years_spending_stated_elsewhere() {
        let found = |text: &str, spend: &str, year: u32| -> Vec<(String, String)> {
            on_last_years_spending_elsewhere(text, &numbers(text), spend.parse().ok(), Some(year))
                .iter()
                .map(|g| (g.written.clone(), g.rate.percent_value().unwrap_or_default().round_dp(2).normalize().to_string()))
                .collect()
        };
        let text = "本年度本单位支出合计390.00万元，比上年增长2.50%。……二、支出情况……2018年本单位支出合计为400.00万元。";
        // The rise written for a fall is judged on the figures: 390 on 400 is −2.5%.
        assert_eq!(found(text, "390", 2019), [("增长2.50%".to_string(), "-2.5".to_string())]);
        assert_eq!(found(&text.replace("2018年", "上年"), "390", 2019), [("增长2.50%".to_string(), "-2.5".to_string())]);
        // Not the unit's year before, a part of the spending, or two figures for it: none.
        assert!(found(text, "390", 2020).is_empty());
        assert!(found(&text.replace("本单位支出合计为", "项目支出为"), "390", 2019).is_empty());
        assert!(found(&format!("{text}上年支出合计380.00万元。"), "390", 2019).is_empty());
        // Nor a change said of a figure that is not this year's spending.
        assert!(found(text, "385", 2019).is_empty());
    }

    #[test]
    fn a_change_of_a_figure_named_in_the_sentence_before() {
        let text = "公务接待费预算4.00万元。实际支出9.34万元，其中公务接待费2.10万元、公务用车运行维护费7.24万元。实际支出比上年10.10万元下降7.52%，主要是压减接待。";
        assert_eq!(rates(text), vec![("下降7.52%".to_string(), "-7.52".to_string())]);
        // A kind of 经费, named so in the sentence before: its spending.
        let sangong = "“三公”经费6.30万元，其中公务接待费1.10万元、公务用车运行维护费5.20万元。“三公”经费比上年7.00万元下降{rate}。";
        assert_eq!(rates(&sangong.replace("{rate}", "10.00%")), vec![("下降10.00%".to_string(), "-10".to_string())]);
        assert_eq!(rates(&sangong.replace("{rate}", "11.11%")), vec![("下降11.11%".to_string(), "-10".to_string())]);
        assert!(rates("“三公”经费预算6.30万元。预算经费比上年7.00万元下降10.00%。").is_empty(), "a budget's change is the 变动率's");
        // A subject said only further back, or a name the sentence before does not give, is no claim.
        assert!(rates("实际支出9.34万元。其他说明。实际支出比上年10.10万元下降7.52%。").is_empty());
        assert!(rates("预算支出9.34万元。决算支出比上年10.10万元下降7.52%。").is_empty());
    }

    #[test]
    fn a_rate_without_its_amounts_is_no_claim() {
        assert!(rates("发案数同比下降11.4%。").is_empty());
        assert!(rates("支出300万元，占比20.00%，增加50万元，增长20.00%。").is_empty());
        assert!(rates("到馆读者42.9万人次，比上年增长12.3%。").is_empty());
        assert!(rates("2024年“三公”经费预算3.20万元，2023年预算2.80万元，较上年增加0.40万元，增长14.29%。").is_empty());
    }

    /// Last year's spending is still found before a long line whose clauses never end (a list joined by
    /// “、”): every amount's clause had been read back to the line's start, which took seconds here.
    #[test]
    fn last_years_spending_before_a_list_run_on_for_a_line() {
        let text = format!("上年支出合计388.60万元。\n{}", "市级补助支出2万元、".repeat(3000));
        assert_eq!(last_years_spending(&text, &numbers(&text), Some(2024)), Some(Decimal::new(38860, 2)));
        let named_by_year = "2023年本单位全年支出为275.40万元；";
        assert_eq!(last_years_spending(named_by_year, &numbers(named_by_year), Some(2024)), Some(Decimal::new(27540, 2)));
        assert_eq!(last_years_spending(named_by_year, &numbers(named_by_year), Some(2025)), None);
    }
}
