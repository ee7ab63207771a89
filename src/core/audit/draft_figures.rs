//! A draft's figures the report states in its own way, not as one field each: a figure stated twice of which
//! one alone makes the report's own total, this year's and last year's “三公” told apart, a whole stated
//! with its parts left in words (“全部为年初预算”, “均为事业编制”, “全部在用”). Each is filled only where the
//! report's words leave no doubt, and said in the notes; anything else stays empty.

use rust_decimal::Decimal;

use super::draft_projects::UnitRow;
use super::figures::{Recognised, Stated};
use super::labels::SANGONG_ITEMS;
use super::numbers::{Number, Unit};
use super::project_list::item_number;
use super::text::after_last;
use super::unit_staff;
use super::verdicts::{as_typed, trim};
use crate::core::calc::totals::{Totals, BUDGET_PARTS};
use crate::core::draft::fields::label_of;
use crate::core::draft::Draft;
use crate::core::exact::Exact;
use crate::core::reading::figures::Figures;

/// What was filled, and the notes saying how.
#[derive(Default)]
pub struct Completed {
    pub notes: Vec<String>,
    pub filled: usize,
    /// Fields stated with several values that were settled here: no note of doubt for them.
    pub settled: Vec<&'static str>,
}

impl Completed {
    fn set(&mut self, draft: &mut Draft, id: &str, value: Decimal) -> bool {
        let done = draft.set(id, &as_typed(value)).is_ok();
        self.filled += usize::from(done);
        done
    }
}

const QUOTA: [&str; 3] = ["staff.quota.admin", "staff.quota.institution", "staff.quota.worker"];
const ACTUAL: [&str; 3] = ["staff.actual.admin", "staff.actual.institution", "staff.actual.worker"];
const BASIC: [&str; 3] = ["spend.personnel", "spend.public", "spend.basic_other"];
const TYPES: [&str; 3] = ["行政", "事业", "工勤"];

/// Fills what the report states in these ways, before the notes of what is in doubt are written.
pub fn complete(draft: &mut Draft, found: &Recognised, text: &str, numbers: &[Number], year: Option<u32>, rows: &[UnitRow]) -> Completed {
    let mut done = Completed::default();
    stated_alike(draft, found, &mut done);
    for (group, total) in [(&QUOTA, "quota"), (&ACTUAL, "staff")] {
        included_type_apart(draft, found, text, group, total, &mut done);
        settle_head_counts(draft, found, group, total, &mut done);
    }
    settle_basic_spending(draft, found, text, &mut done);
    sangong_by_year(draft, found, text, year, &mut done);
    sangong_none(draft, found, text, numbers, year, &mut done);
    sangong_compared_with_last_year(draft, found, text, numbers, year, &mut done);
    sangong_change_formula(draft, found, text, numbers, &mut done);
    staff_by_units(draft, found, text, numbers, &mut done);
    quota_of_one_type(draft, found, text, &mut done);
    staff_of_one_type(draft, found, text, &mut done);
    staff_beside_workers(draft, found, text, numbers, &mut done);
    shares_of_a_type_in_post(draft, found, &mut done);
    no_worker_posts(draft, found, text, &mut done);
    income_as_initial(draft, found, text, numbers, &mut done);
    all_initial(draft, found, text, &mut done);
    personnel_as_the_rest(draft, found, &mut done);
    assets_all_in_use(draft, found, text, &mut done);
    additions_all_of_policy(draft, found, text, &mut done);
    retired_beside_those_in_post(draft, found, text, numbers, &mut done);
    settle_budget_parts(draft, found, text, &mut done);
    procurement_from_table(draft, found, rows, &mut done);
    done
}

/// A field stated more than once, each time with the same figure (a sum and its parts' sum, a table and
/// its sentence): no doubt at all.
fn stated_alike(draft: &mut Draft, found: &Recognised, done: &mut Completed) {
    for id in found.conflicts.keys().copied() {
        let [value] = candidates(found, id)[..] else { continue };
        if draft.get(id).is_empty() && done.set(draft, id, value) {
            done.settled.push(id);
            done.notes.push(format!("{}：报告几处写的都是{}，按此填入，请核对", label_of(id), trim(value)));
        }
    }
}

/// 附件1's “政府采购金额 | 上年决算 | 本年预算 | 本年决算” row: this year's budget and spending from the columns
/// its header names so; where it does not say which is which, nothing, and said.
fn procurement_from_table(draft: &mut Draft, found: &Recognised, rows: &[UnitRow], done: &mut Completed) {
    let procured: Vec<&UnitRow> = rows.iter().filter(|row| row.label.starts_with("政府采购")).collect();
    let Some(row) = procured.first() else { return };
    if procured.iter().any(|other| other.budget != row.budget || other.actual != row.actual) {
        done.notes.push("政府采购：表中有几行“政府采购”的数字不同，未填，请核对后填写".to_string());
        return;
    }
    for (id, column, what) in [("procurement.budget", &row.budget, "全年预算"), ("procurement.actual", &row.actual, "实际金额")] {
        if !draft.get(id).is_empty() || found.conflicts.contains_key(id) {
            continue;
        }
        match column {
            Some((heading, Some(value))) => {
                if done.set(draft, id, *value) {
                    done.notes.push(format!("{}：取自表中“{}”行“{heading}”列{}万元，请核对", label_of(id), row.label, trim(*value)));
                }
            }
            Some((_, None)) => {}
            None => done.notes.push(format!("{}：表中“{}”行的表头未写明哪一列是本年{what}，未填，请核对后填写", label_of(id), row.label)),
        }
    }
}

/// The values a field is stated with, first first, each once.
fn candidates(found: &Recognised, id: &str) -> Vec<Decimal> {
    distinct(found.stated(id).map(|s| s.value))
}

/// Every choice of one value per field (`choices`), at most a few dozen.
fn combinations(choices: &[Vec<Decimal>]) -> Vec<Vec<Decimal>> {
    let mut all: Vec<Vec<Decimal>> = vec![Vec::new()];
    for values in choices {
        all = all.iter().flat_map(|chosen| values.iter().map(move |v| [chosen.as_slice(), &[*v]].concat())).collect();
        if all.len() > 64 {
            return Vec::new();
        }
    }
    all
}

/// Of the fields in doubt in `ids`, the one choice of their values for which `makes` holds, set in the draft
/// and said: “…：文中有不同数字（…），按报告写的{by}及其各项取…{unit}”.
fn settle(draft: &mut Draft, found: &Recognised, ids: &[&'static str], (by, unit): (&str, &str), makes: impl Fn(&Draft) -> bool, done: &mut Completed) {
    // A field stated alike each time is no doubt ([`stated_alike`]).
    let (doubted, choices): (Vec<&'static str>, Vec<Vec<Decimal>>) =
        ids.iter().filter(|id| found.conflicts.contains_key(*id)).map(|id| (*id, candidates(found, id))).filter(|(_, values)| values.len() > 1).unzip();
    if doubted.is_empty() {
        return;
    }
    let tried = |values: &Vec<Decimal>| {
        let mut tried = draft.clone();
        doubted.iter().zip(values).all(|(id, v)| tried.set(id, &as_typed(*v)).is_ok()) && makes(&tried)
    };
    let making: Vec<Vec<Decimal>> = combinations(&choices).into_iter().filter(tried).collect();
    let [values] = making.as_slice() else { return };
    for ((id, all), value) in doubted.into_iter().zip(choices).zip(values) {
        if done.set(draft, id, *value) {
            done.settled.push(id);
            done.notes.push(format!("{}：文中有不同数字（{}），按报告写的{by}及其各项取{}{unit}，请核对", label_of(id), listed(&all), trim(*value)));
        }
    }
}

/// How a head count's total is named and counted: 编制数 in 名, 在职人数 in 人.
fn counted(total: &str) -> (&'static str, &'static str) {
    if total == "quota" { ("编制数", "名") } else { ("在职人数", "人") }
}

/// The sum of the fields filled among `ids`, if any is.
fn filled_sum(draft: &Draft, ids: &[&str]) -> Option<Decimal> {
    let values: Vec<Decimal> = ids.iter().filter_map(|id| draft.get(id).parse::<Decimal>().ok()).collect();
    (!values.is_empty()).then(|| values.iter().try_fold(Decimal::ZERO, |sum, v| sum.plus(*v))).flatten()
}

/// “事业编制56名（含工勤编制8名）”: a type counted within another's figure, split off it — where the report
/// states a total, only if the draft's types then make it.
fn included_type_apart(draft: &mut Draft, found: &Recognised, text: &str, group: &[&'static str; 3], total: &str, done: &mut Completed) {
    let stated = found.total(total);
    let typed = |draft: &Draft, k: usize| draft.get(group[k]).parse::<Decimal>().ok();
    for (outer, inner) in (0..3).flat_map(|o| (0..3).map(move |i| (o, i))).filter(|(o, i)| o != i) {
        let (Some(whole), Some(part)) = (typed(draft, outer), typed(draft, inner)) else { continue };
        let Some(at) = found.fields.get(group[outer]).filter(|_| !found.conflicts.contains_key(group[outer])) else { continue };
        let after = text.get(at.end..).unwrap_or_default();
        let bracket = after.strip_prefix('（').or_else(|| after.strip_prefix('(')).unwrap_or_default();
        let bracket = &bracket[..bracket.find(['）', ')', '。', '\n']).unwrap_or(0)];
        let names_part = bracket.starts_with('含') && bracket.contains(TYPES[inner]) && bracket.contains(&trim(part));
        let Some(rest) = whole.minus(part).filter(|r| names_part && !r.is_sign_negative()) else { continue };
        let makes_total = stated.is_none_or(|stated| filled_sum(draft, group) == stated.plus(part));
        if makes_total && done.set(draft, group[outer], rest) {
            let (what, unit) = counted(total);
            let by = stated.map_or(String::new(), |stated| format!("，{what}合计{}{unit}", trim(stated)));
            done.notes.push(format!("{}：报告写{}{unit}（含{}{}{unit}），已拆分，取{}{unit}{by}，请核对", label_of(group[outer]), trim(whole), TYPES[inner], trim(part), trim(rest)));
            return;
        }
    }
}

/// “全部门核定编制640个，其中行政编制18个、事业编制612个、工勤编制10个……局机关编制34个（行政18、事业12、工勤4）”:
/// a type stated twice, once in the department's sentence and once in a sub-unit's brackets — the values
/// that, with the others, make the total the report states are the department's.
fn settle_head_counts(draft: &mut Draft, found: &Recognised, group: &[&'static str; 3], total: &str, done: &mut Completed) {
    let Some(stated) = found.total(total) else { return };
    let (what, unit) = counted(total);
    let by = format!("{what}合计{}{unit}", trim(stated));
    settle(draft, found, group, (&by, unit), |tried| filled_sum(tried, group) == Some(stated), done);
}

/// “公用经费94.60万元” beside a project's “生均公用经费补助…实际支出118.50万元”: the value that makes the
/// report's own 支出合计 (or 基本支出) with the other parts is the unit's.
fn settle_basic_spending(draft: &mut Draft, found: &Recognised, text: &str, done: &mut Completed) {
    let spend = if found.total("spend").is_some() { Some("spend") } else { found.value("spend.stated_total").map(|_| "spend.stated_total") };
    let basic = found.total("basic").map(|_| "basic");
    if spend.is_none() && basic.is_none() {
        return;
    }
    let makes = |tried: &Draft| {
        let totals = Totals::of(&Figures::read(tried));
        let agrees = |id: Option<&str>, sum: Option<Decimal>| id.zip(sum).is_some_and(|(id, sum)| found.agrees(text, id, sum));
        agrees(spend, totals.spend) || agrees(basic, totals.basic)
    };
    let by = if spend.is_some() { "支出合计" } else { "基本支出" };
    settle(draft, found, &BASIC, (by, "万元"), makes, done);
}

/// Of the values the text gives a part of the 全年预算数 (“年初预算4,818.65万元” in the funds sentence,
/// “年初预算500万元以上的项目” elsewhere), the one that makes, with the other parts, the 全年预算数 the
/// report states: the draft's part is then no guess, and its total and rates are the report's.
fn settle_budget_parts(draft: &mut Draft, found: &Recognised, text: &str, done: &mut Completed) {
    if found.total("annual_budget").is_none() {
        return;
    }
    let makes = |tried: &Draft| Totals::of(&Figures::read(tried)).annual_budget.is_some_and(|sum| found.agrees(text, "annual_budget", sum));
    settle(draft, found, &BUDGET_PARTS, ("全年预算数", "万元"), makes, done);
}

/// Values as a note lists them: “286.3、50”.
pub(super) fn listed(values: &[Decimal]) -> String {
    values.iter().map(|v| trim(*v)).collect::<Vec<_>>().join("、")
}

/// Which year a figure stated in the text is of, by the words of its sentence before it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Of {
    ThisYear,
    LastYear,
    /// A change (“比上年减少0.62万元”), of neither year.
    Change,
}

/// Words of a change, not a level.
const CHANGE: [&str; 7] = ["增", "减", "降", "少", "多", "节约", "压缩"];

fn year_of(text: &str, stated: &Stated, year: u32) -> Of {
    let before = text.get(..stated.end).unwrap_or_default();
    let sentence = after_last(before, &['。', '\n', ';']);
    let clause = after_last(sentence, &['，', ',']);
    if CHANGE.iter().any(|w| clause.contains(w)) {
        return Of::Change;
    }
    let (this, last) = (format!("{year}年"), format!("{}年", year.saturating_sub(1)));
    let at = |words: &[&str]| words.iter().filter_map(|w| sentence.rfind(w)).max();
    let last_at = at(&["上年", "去年", "上一年", &last]);
    let this_at = at(&["本年", "今年", "当年", &this]);
    if last_at > this_at {
        Of::LastYear
    } else {
        Of::ThisYear
    }
}

/// “2025年“三公”经费预算8.00万元，实际支出7.24万元……上年“三公”经费预算8.50万元，实际支出7.68万元”: a “三公”
/// figure stated for both years, told apart by the year its sentence names last (上年, 去年, the year before
/// the report's): this year's in its field, last year's in the last year's field where that is empty.
fn sangong_by_year(draft: &mut Draft, found: &Recognised, text: &str, year: Option<u32>, done: &mut Completed) {
    let Some(year) = year else { return };
    for (id, last_id) in [("sangong.budget", "sangong.last_budget"), ("sangong.actual", "sangong.last_actual")] {
        if !found.conflicts.contains_key(id) {
            continue;
        }
        let stated: Vec<&Stated> = found.stated(id).collect();
        let of = |want: Of| distinct(stated.iter().filter(|s| year_of(text, s, year) == want).map(|s| s.value));
        let (this, last) = (of(Of::ThisYear), of(Of::LastYear));
        let [value] = this.as_slice() else { continue };
        if last.is_empty() || last.contains(value) || !done.set(draft, id, *value) {
            continue;
        }
        done.settled.push(id);
        let mut note = format!("{}：文中有不同数字（{}），按所写年份取本年{}万元", label_of(id), listed(&candidates(found, id)), trim(*value));
        if let ([previous], true) = (last.as_slice(), draft.get(last_id).is_empty()) {
            if done.set(draft, last_id, *previous) {
                note.push_str(&format!("，上年{}万元填入{}", trim(*previous), label_of(last_id)));
            }
        }
        done.notes.push(note + "，请核对");
    }
}

/// The values in the order first given, each once.
pub(super) fn distinct(values: impl Iterator<Item = Decimal>) -> Vec<Decimal> {
    let mut found: Vec<Decimal> = Vec::new();
    for value in values {
        if !found.contains(&value) {
            found.push(value);
        }
    }
    found
}

const SANGONG: [&str; 4] = ["sangong.budget", "sangong.actual", "sangong.last_budget", "sangong.last_actual"];

/// Words saying the “三公” had no budget (“均无预算”, “未安排…预算”, “预算为零”), quotes left out.
const NO_BUDGET: [&str; 10] = ["无预算", "未安排三公", "均未安排", "无三公经费预算", "预算为零", "预算为0", "预算和支出均为零", "预算和实际支出均为零", "预算和决算均为零", "两年均为零"];
/// Words saying it spent nothing.
const NO_SPENDING: [&str; 11] =
    ["无支出", "无三公经费支出", "支出为零", "支出为0", "支出无", "决算为零", "未发生三公", "支出均为零", "本年和上年均为零", "上年度均为零", "两年均为零"];
/// Words saying so of both years at once.
const BOTH_NONE: [&str; 5] = ["均无预算", "均未安排", "均为零", "同样未安排", "两年均"];
const BOTH_SPENT_NONE: [&str; 4] = ["无支出", "无三公经费支出", "均为零", "两年均为零"];

/// “2021年度及上年度“三公”经费均无预算、无支出”: no figure, but zeros — where the text states no “三公”
/// figure other than nought at all. Last year's too where a sentence says so of both years.
fn sangong_none(draft: &mut Draft, found: &Recognised, text: &str, numbers: &[Number], year: Option<u32>, done: &mut Completed) {
    if SANGONG.iter().any(|id| !draft.get(id).is_empty() || found.conflicts.contains_key(id)) {
        return;
    }
    let mut sentences = Vec::new();
    let mut start = 0;
    for sentence in text.split_inclusive(['。', '\n']) {
        let words: String = sentence.chars().filter(|c| !"“”\"‘’'「」".contains(*c)).collect();
        if words.contains("三公") {
            sentences.push((start..start + sentence.len(), words));
        }
        start += sentence.len();
    }
    // A year (“2021年度”) is no figure, nor the points of an indicator's row (““三公”经费变动率 ≤0 0 5 5”).
    let amount = |n: &Number, sentence: &str| n.unit == Unit::Wan || (n.unit == Unit::Bare && !text.get(n.end..).is_some_and(|r| r.starts_with('年')) && !sentence.contains('率'));
    // Nor a list's numbering (“（4）继续执行零“三公”…”, “3.“三公”经费：…”).
    let figure = |n: &Number| !n.value.is_zero() && !numbering(text, n) && sentences.iter().any(|(range, words)| range.contains(&n.start) && amount(n, words));
    if sentences.is_empty() || numbers.iter().any(figure) {
        return;
    }
    let says = |words: &[&str]| sentences.iter().any(|(_, s)| words.iter().any(|w| s.contains(w)));
    let last_year = |s: &str| s.contains("上年") || s.contains("两年") || year.is_some_and(|y| s.contains(&format!("{}年", y.saturating_sub(1))));
    let both = |words: &[&str]| sentences.iter().any(|(_, s)| last_year(s) && words.iter().any(|w| s.contains(w)));
    let mut zeros = Vec::new();
    for (id, none) in [
        ("sangong.budget", says(&NO_BUDGET)),
        ("sangong.actual", says(&NO_SPENDING)),
        ("sangong.last_budget", says(&NO_BUDGET) && both(&BOTH_NONE)),
        ("sangong.last_actual", says(&NO_SPENDING) && both(&BOTH_SPENT_NONE)),
    ] {
        if none && done.set(draft, id, Decimal::ZERO) {
            zeros.push(label_of(id));
        }
    }
    if !zeros.is_empty() {
        done.notes.push(format!("“三公”经费：报告写明无预算或无支出，{}填为0，请核对", zeros.join("、")));
    }
}

/// Words of a change that follow last year's level (“…比上年19.85万元下降9.02%”).
const CHANGED: [&str; 8] = ["下降", "减少", "降低", "增长", "增加", "上升", "压减", "持平"];

/// “三公”经费实际支出比上年19.85万元下降…”, “…决算比2023年的3.86万元下降…”: last year's level, right after the
/// comparison whose subject is this year's “三公” spending (or budget) and right before its change — the
/// figure compared with, not the change. Filled where the field is empty and the text gives one such figure.
fn sangong_compared_with_last_year(draft: &mut Draft, found: &Recognised, text: &str, numbers: &[Number], year: Option<u32>, done: &mut Completed) {
    let last = year.and_then(|y| y.checked_sub(1)).map(|y| format!("{y}年"));
    let mut openers = vec!["上年决算".to_string(), "上年度".to_string(), "上年的".to_string(), "上年".to_string()];
    openers.extend(last.iter().flat_map(|y| [format!("{y}的"), y.clone()]));
    for (id, subjects) in [("sangong.last_actual", &["实际支出", "支出", "决算", "决算数"][..]), ("sangong.last_budget", &["预算", "年初预算"][..])] {
        if !draft.get(id).is_empty() || found.conflicts.contains_key(id) {
            continue;
        }
        let compared = numbers.iter().filter(|n| n.unit == Unit::Wan).filter(|n| {
            let before = text.get(..n.start).unwrap_or_default();
            let Some(opener) = openers.iter().find_map(|o| ["比", "较"].iter().find_map(|w| before.strip_suffix(&format!("{w}{o}")))) else { return false };
            let sentence = after_last(opener, &['。', '\n', ';']);
            let clause = after_last(sentence, &['，', ',']);
            // A part of the “三公” (公务接待费…) is no subject of theirs.
            let of_sangong = sentence.contains("三公") && !SANGONG_ITEMS.iter().any(|w| clause.contains(w));
            let subject = clause.trim_start_matches("三公经费");
            let changed = text.get(n.end..).is_some_and(|after| CHANGED.iter().any(|w| after.starts_with(w)));
            of_sangong && changed && subjects.iter().any(|w| subject.ends_with(w)) && (subject.len() < clause.len() || !clause.contains("三公"))
        });
        let [value] = distinct(compared.map(|n| n.value))[..] else { continue };
        if done.set(draft, id, value) {
            done.notes.push(format!("{}：取自本年“三公”经费与上年的比较（上年{}万元），请核对", label_of(id), trim(value)));
        }
    }
}

/// “三公”经费变动率=（（12.00-13.00）/13.00）×100%”: a change's formula of bare figures, this year's “三公”
/// budget (as filled) less last year's, over last year's — last year's is the one subtracted and divided by.
fn sangong_change_formula(draft: &mut Draft, found: &Recognised, text: &str, numbers: &[Number], done: &mut Completed) {
    let id = "sangong.last_budget";
    let Ok(budget) = draft.get("sangong.budget").parse::<Decimal>() else { return };
    if !draft.get(id).is_empty() || found.conflicts.contains_key(id) {
        return;
    }
    let mut values = Vec::new();
    for trio in numbers.windows(3) {
        let [this, last, over] = trio else { continue };
        let minus = text.get(this.end..last.start) == Some("-");
        let divided = text.get(last.end..over.start).is_some_and(|between| ["）/", ")/", "）÷", ")÷"].contains(&between));
        let sentence = after_last(text.get(..this.start).unwrap_or_default(), &['。', '\n', ';']);
        let of_sangong = sentence.contains("三公经费变动率") && !SANGONG_ITEMS.iter().any(|w| sentence.contains(w));
        let bare = [this, last, over].iter().all(|n| n.unit == Unit::Bare || n.unit == Unit::Wan);
        if minus && divided && of_sangong && bare && this.value == budget && last.value == over.value {
            values.push(last.value);
        }
    }
    let [value] = distinct(values.into_iter())[..] else { return };
    if done.set(draft, id, value) {
        done.notes.push(format!("{}：取自“三公”经费变动率的公式（本年预算{}万元−上年预算{}万元），请核对", label_of(id), trim(budget), trim(value)));
    }
}

/// Whether the bare `n` numbers an item of a list (“（4）”, “3.” or “3、” opening its line or sentence), not a
/// figure.
fn numbering(text: &str, n: &Number) -> bool {
    let before = text.get(..n.start).unwrap_or_default();
    let opened = before.strip_suffix(['（', '(']).unwrap_or(before);
    let opens = opened.is_empty() || opened.ends_with(['\n', '。', ';', ':']);
    let item = text.get(opened.len()..).and_then(item_number);
    n.unit == Unit::Bare && opens && item.is_some_and(|(_, number)| Decimal::from(number) == n.value)
}

/// The head counts by type taken from the units' sums (the department stating none of that type): said, as
/// no sentence of the report gives the figure itself.
fn staff_by_units(draft: &Draft, found: &Recognised, text: &str, numbers: &[Number], done: &mut Completed) {
    for (id, value, list) in unit_staff::typed_sums(text, numbers) {
        let taken = found.fields.get(id).is_some_and(|s| s.value == value && s.start == list.start && s.end == list.end);
        if taken && draft.get(id) == as_typed(value) {
            let (_, unit) = counted(if id.starts_with("staff.quota") { "quota" } else { "staff" });
            done.notes.push(format!("{}：报告未写部门合计数，按所列各单位之和{}{unit}填入，请核对", label_of(id), trim(value)));
        }
    }
}

/// Words that say every one of a count is of one type (“核定编制36名，均为事业编制”).
const ALL_OF: [&str; 4] = ["均为", "全部为", "均系", "全为"];

/// Which type, if any, the clause after a count says it all is.
fn all_of_one_type(after: &str) -> Option<usize> {
    TYPES.iter().position(|t| ALL_OF.iter().any(|w| after.contains(&format!("{w}{t}"))))
}

/// The 编制 total where the report says of which type they all are (“核定编制36名，均为事业编制”): that type's
/// 编制 — so that those in its 编制 (“实有在编人员33人”) are of that type too ([`staff_of_one_type`]).
fn quota_of_one_type(draft: &mut Draft, found: &Recognised, text: &str, done: &mut Completed) {
    let Some(total) = found.totals.iter().find(|t| t.id == "quota" && !t.in_table) else { return };
    if QUOTA.iter().any(|id| !draft.get(id).is_empty() || found.conflicts.contains_key(id)) {
        return;
    }
    let rest = text.get(total.stated.end..).unwrap_or_default();
    // Before any other count: “编制12名，实有10名，均为事业编制” says it of those in post ([`staff_of_one_type`]).
    let after = &rest[..rest.find(|c: char| "。;\n".contains(c) || c.is_ascii_digit()).unwrap_or(rest.len())];
    let Some(kind) = all_of_one_type(after) else { return };
    if done.set(draft, QUOTA[kind], total.stated.value) {
        done.notes.push(format!("{}：报告写编制{}名均为{}编制，按此填入，请核对", label_of(QUOTA[kind]), trim(total.stated.value), TYPES[kind]));
    }
}

/// The persons in post (`staff` total) where the report says of which type they all are (“实有人数10名，均为事业
/// 编制”), its 编制 too when stated in the same breath; where they fill the 编制 as typed (“实有在编26名，编制满员”);
/// or where the unit has 编制 of one type only and counts those in its 编制 (“核定事业编制12名，实有在编人员11人”).
fn staff_of_one_type(draft: &mut Draft, found: &Recognised, text: &str, done: &mut Completed) {
    let Some(total) = found.totals.iter().find(|t| t.id == "staff" && !t.in_table) else { return };
    if ACTUAL.iter().any(|id| !draft.get(id).is_empty() || found.conflicts.contains_key(id)) {
        return;
    }
    let rest = text.get(total.stated.end..).unwrap_or_default();
    let after = &rest[..rest.find(['。', ';', '\n']).unwrap_or(rest.len())];
    let staff = total.stated.value;
    if let Some(kind) = all_of_one_type(after) {
        if done.set(draft, ACTUAL[kind], staff) {
            let quota = found.totals.iter().find(|t| t.id == "quota" && !t.in_table && same_sentence(text, t.stated.end, total.stated.start));
            let typed_quota = quota.filter(|_| QUOTA.iter().all(|id| draft.get(id).is_empty())).is_some_and(|q| done.set(draft, QUOTA[kind], q.stated.value));
            let also = if typed_quota { format!("，{}同", label_of(QUOTA[kind])) } else { String::new() };
            done.notes.push(format!("{}：报告写在职{}人均为{}编制，按此填入{also}，请核对", label_of(ACTUAL[kind]), trim(staff), TYPES[kind]));
        }
        return;
    }
    let quota_sum = filled_sum(draft, &QUOTA);
    let full = ["编制满员", "满编"].iter().any(|w| after.contains(w)) && quota_sum == Some(staff);
    if full {
        for (quota, actual) in QUOTA.iter().zip(ACTUAL) {
            if let Ok(value) = draft.get(quota).parse::<Decimal>() {
                done.set(draft, actual, value);
            }
        }
        done.notes.push(format!("在职人数：报告写实有{}人、编制满员，按各类编制数填入在职人数，请核对", trim(staff)));
        return;
    }
    let typed: Vec<usize> = (0..3).filter(|i| !draft.get(QUOTA[*i]).is_empty()).collect();
    // “实有在编…”, “编制内在职人员…”: those in the 编制, not the 编外 beside them.
    let within_quota = text.get(..total.stated.start).is_some_and(|before| before.ends_with("编制内"));
    let in_post = within_quota || text.get(total.stated.start..total.stated.end).is_some_and(|label| label.contains("在编") || label.contains("编制内"));
    let within = quota_sum.is_some_and(|q| staff <= q) && found.total("quota").is_none_or(|q| Some(q) == quota_sum);
    if let ([kind], true, true) = (typed.as_slice(), in_post, within) {
        if done.set(draft, ACTUAL[*kind], staff) {
            done.notes.push(format!("{}：报告写在编{}人，单位只有{}编制，按此填入，请核对", label_of(ACTUAL[*kind]), trim(staff), TYPES[*kind]));
        }
    }
}

/// “核定事业编制30名、工勤编制3名；实有人员31名（专业技术人员29名、工勤人员2名）”: a unit whose 编制 are of one
/// type beside its 工勤 counts its persons in post other than the 工勤 in that type. So too where the 编制 are of
/// two types beside the 工勤 and those in post of one of them are stated (“政法专项编制…、事业编制…、工勤编制…；
/// 实有72人，其中法官…、事业人员3人、工勤人员3人”: the rest are of the other). Only where the 编制 the report
/// states are all typed so, the 工勤 in post are stated, the rest do not outnumber that type's posts and no
/// one is said to be outside the 编制 (编外, 聘用 …).
fn staff_beside_workers(draft: &mut Draft, found: &Recognised, text: &str, numbers: &[Number], done: &mut Completed) {
    let Some(total) = found.totals.iter().find(|t| t.id == "staff" && !t.in_table) else { return };
    let typed: Vec<usize> = (0..3).filter(|i| !draft.get(QUOTA[*i]).is_empty()).collect();
    let (Some(&WORKER), true) = (typed.last(), typed.len() >= 2) else { return };
    let (unstated, stated): (Vec<usize>, Vec<usize>) = typed[..typed.len() - 1].iter().partition(|i| draft.get(ACTUAL[**i]).is_empty());
    let [kind] = unstated[..] else { return };
    // Those in post of a type with no 编制 of its own (参公 beside 事业编制 only) are no rest to fill in.
    let untyped_in_post = (0..WORKER).any(|i| !typed.contains(&i) && !draft.get(ACTUAL[i]).is_empty());
    // Nor where its sentence lists units (“分单位为：机关本级53人（…），某中心80人…”): their counts are the types'.
    let sentence = text.get(total.stated.end..).map_or(0, |rest| rest.find(['。', '\n']).unwrap_or(rest.len()));
    let by_units = unit_staff::units_counts(text, numbers).iter().any(|count| total.stated.start <= count.start && count.start <= total.stated.end + sentence);
    if untyped_in_post || by_units || ACTUAL.iter().any(|id| found.conflicts.contains_key(id)) {
        return;
    }
    let quota_sum = filled_sum(draft, &QUOTA);
    if found.total("quota").is_some_and(|q| Some(q) != quota_sum) {
        return;
    }
    let Some(workers) = workers_in_post(draft, total, text) else { return };
    let staff = summed_after(text, numbers, total, workers).unwrap_or(total.stated.value);
    let posts = draft.get(QUOTA[kind]).parse::<Decimal>().ok();
    let others_stated = stated.iter().try_fold(workers, |sum, i| sum.plus(draft.get(ACTUAL[*i]).parse::<Decimal>().ok()?));
    let Some(others) = others_stated.and_then(|stated| staff.minus(stated)).filter(|r| !r.is_sign_negative() && posts.is_some_and(|p| *r <= p)) else { return };
    let worker_set = draft.get(ACTUAL[WORKER]).is_empty() && done.set(draft, ACTUAL[WORKER], workers);
    if done.set(draft, ACTUAL[kind], others) {
        let also = if worker_set { format!("，{}填{}人", label_of(ACTUAL[WORKER]), trim(workers)) } else { String::new() };
        let types: Vec<&str> = typed[..typed.len() - 1].iter().map(|i| TYPES[*i]).collect();
        let types = types.join("、");
        let besides: Vec<String> = stated.iter().map(|i| format!("{}{}人、", TYPES[*i], draft.get(ACTUAL[*i]))).collect();
        done.notes.push(format!(
            "{}：报告写在职{}人、其中{}工勤{}人，单位只有{types}和工勤编制，其余{}人填入{}{also}，请核对",
            label_of(ACTUAL[kind]),
            trim(staff),
            besides.concat(),
            trim(workers),
            trim(others),
            TYPES[kind]
        ));
    }
}

/// “参照公务员法管理的事业编制12个、实有12人；其他事业编制20个、实有18人”: those in post of one type stated in
/// shares, one after each kind of its 编制 — together that type's, where with the other types filled they make
/// the stated total in post, within the type's 编制 as filled.
fn shares_of_a_type_in_post(draft: &mut Draft, found: &Recognised, done: &mut Completed) {
    let Some(staff) = found.totals.iter().find(|t| t.id == "staff" && !t.in_table).map(|t| t.stated.value) else { return };
    for kind in 0..3 {
        let id = ACTUAL[kind];
        let shares: Vec<Decimal> = found.stated(id).map(|s| s.value).collect();
        if !draft.get(id).is_empty() || shares.len() < 2 || !found.conflicts.contains_key(id) {
            continue;
        }
        let others: Vec<&str> = ACTUAL.iter().copied().filter(|other| *other != id).collect();
        let Some(sum) = shares.iter().try_fold(Decimal::ZERO, |sum, v| sum.plus(*v)) else { continue };
        let rest = filled_sum(draft, &others).unwrap_or(Decimal::ZERO);
        let posts = draft.get(QUOTA[kind]).parse::<Decimal>().ok();
        if sum.plus(rest) != Some(staff) || posts.is_none_or(|p| sum > p) || !done.set(draft, id, sum) {
            continue;
        }
        done.settled.push(id);
        let parts: Vec<String> = shares.iter().map(|v| trim(*v)).collect();
        done.notes.push(format!("{}：报告分{}处写{}编制的实有人数（{}），合计{}人填入，与其他类型合为在职{}人，请核对", label_of(id), shares.len(), TYPES[kind], parts.join("、"), trim(sum), trim(staff)));
    }
}

/// “核定编制40名，其中行政编制22名、事业编制18名，无工勤编制”: no 工勤 编制 is 0 of them, said.
fn no_worker_posts(draft: &mut Draft, found: &Recognised, text: &str, done: &mut Completed) {
    let id = QUOTA[WORKER];
    let said = ["无工勤编制", "没有工勤编制", "未核定工勤编制", "未设工勤编制"].iter().any(|w| text.contains(w));
    if !said || !draft.get(id).is_empty() || found.conflicts.contains_key(id) || !done.set(draft, id, Decimal::ZERO) {
        return;
    }
    done.notes.push(format!("{}：报告写无工勤编制，填为0，请核对", label_of(id)));
}

/// The index of the 工勤 type in [`QUOTA`], [`ACTUAL`] and [`TYPES`].
const WORKER: usize = 2;

/// The 工勤 in post, as the draft has them or as the parts of the stated total in post name them — `None` where
/// the sentence counts anyone outside the 编制 (编外, 聘用 …), who are of no type.
fn workers_in_post(draft: &Draft, total: &super::figures::StatedTotal, text: &str) -> Option<Decimal> {
    const OUTSIDE: [&str; 6] = ["编外", "聘用", "临聘", "借调", "派遣", "合同制"];
    let rest = text.get(total.stated.end..).unwrap_or_default();
    let sentence = &rest[..rest.find(['。', '\n']).unwrap_or(rest.len())];
    let parts = total.parts.as_ref().map_or(&[][..], |p| p.items.as_slice());
    let named = |name: &std::ops::Range<usize>| text.get(name.clone()).unwrap_or_default();
    // “（含借调至县纪委工作的1人）”: one of the unit's own, lent out, is still in its 编制.
    let outside = |words: &str| {
        let words = words.replace("借调至", "").replace("借调到", "");
        OUTSIDE.iter().any(|w| words.contains(w))
    };
    if outside(sentence) || parts.iter().any(|p| outside(named(&p.name))) {
        return None;
    }
    let of_workers: Vec<Decimal> = parts.iter().filter(|p| named(&p.name).contains("工勤")).map(|p| p.value).collect();
    match (draft.get(ACTUAL[WORKER]).parse::<Decimal>().ok(), of_workers.as_slice()) {
        (Some(typed), _) => Some(typed),
        (None, [stated]) => Some(*stated),
        _ => None,
    }
}

/// “实有在职民警232人、工勤人员6人，共238人”: a count read as the total in post that its sentence lists beside
/// the 工勤 and then sums with them (共, 合计) is one of the parts — the sum is the total.
fn summed_after(text: &str, numbers: &[Number], total: &super::figures::StatedTotal, workers: Decimal) -> Option<Decimal> {
    let rest = text.get(total.stated.end..)?;
    let sentence_end = total.stated.end + rest.find(['。', '\n']).unwrap_or(rest.len());
    rest.starts_with(['、', '，']).then_some(())?;
    let sum = numbers.iter().find(|n| {
        let before = text.get(total.stated.end..n.start).unwrap_or_default();
        n.unit == Unit::Persons && n.end <= sentence_end && ["共", "合计", "共计", "总计"].iter().any(|w| before.trim_end_matches(['为', ':']).ends_with(w))
    })?;
    (total.stated.value.plus(workers) == Some(sum.value)).then_some(sum.value)
}

fn same_sentence(text: &str, from: usize, to: usize) -> bool {
    from <= to && text.get(from..to).is_some_and(|between| !between.contains(['。', '\n']))
}

/// “收入合计2482.00万元，其中：财政拨款收入2086.75万元、事业收入…、其他收入…、上年结转64.00万元”: the
/// appropriation, which the data contract has no field of its own for, is the year's 年初预算 — so the draft's
/// 全年预算数 is the report's income, as its own 预算执行率 takes it. Only where the text states the
/// appropriation at exactly what the other funds leave of the income, and no budget of its own.
fn income_as_initial(draft: &mut Draft, found: &Recognised, text: &str, numbers: &[Number], done: &mut Completed) {
    let Some(income) = found.total("income") else { return };
    let stated_budget = found.total("annual_budget");
    if stated_budget.is_some_and(|b| b != income) || ["budget.initial", "budget.additions"].iter().any(|id| !draft.get(id).is_empty()) {
        return;
    }
    let others = filled_sum(draft, &["budget.carryover", "budget.other_funds"]).unwrap_or(Decimal::ZERO);
    let less = filled_sum(draft, &["budget.reductions"]).unwrap_or(Decimal::ZERO);
    let Some(gap) = income.minus(others).and_then(|g| g.plus(less)).filter(|g| g.is_sign_positive() && !g.is_zero()) else { return };
    let appropriation = numbers.iter().any(|n| n.unit == Unit::Wan && n.value == gap && text[..n.start].ends_with("财政拨款收入"));
    if appropriation && done.set(draft, "budget.initial", gap) {
        done.notes.push(format!(
            "年初预算：报告未分年初预算和年中追加，按收入合计{}万元中的财政拨款收入{}万元填入年初预算（全年预算数即收入合计），请核对",
            trim(income),
            trim(gap)
        ));
    }
}

/// “本年度全年预算1,046.50万元，全部为年初预算，年中未追加预算”: the whole is the 年初预算.
fn all_initial(draft: &mut Draft, found: &Recognised, text: &str, done: &mut Completed) {
    let Some(total) = found.totals.iter().find(|t| t.id == "annual_budget" && !t.in_table) else { return };
    let others = ["budget.carryover", "budget.additions", "budget.reductions", "budget.other_funds"];
    let nothing_else = others.iter().all(|id| draft.get(id).parse::<Decimal>().map_or(draft.get(id).is_empty(), |v| v.is_zero()));
    if !draft.get("budget.initial").is_empty() || !nothing_else || found.total("annual_budget") != Some(total.stated.value) {
        return;
    }
    let rest = text.get(total.stated.end..).unwrap_or_default();
    let clause = rest.trim_start_matches(['，', ',']);
    let said = ["全部为年初预算", "均为年初预算", "全部是年初预算", "全为年初预算"].iter().any(|w| clause.starts_with(w));
    if said && done.set(draft, "budget.initial", total.stated.value) {
        done.notes.push(format!("年初预算：报告写全年预算{}万元全部为年初预算，按此填入，请核对", trim(total.stated.value)));
    }
}

/// A 基本支出 stated with its 公用经费 only (附件1: “基本支出 38,552.18 / 其中：公用经费 2,218.46”): the rest is its
/// 人员经费, filled and said so — else the draft's 支出合计 would lose it.
fn personnel_as_the_rest(draft: &mut Draft, found: &Recognised, done: &mut Completed) {
    let Some(basic) = found.total("basic") else { return };
    // 基本支出 stated with two values: which one the rest is of is a guess.
    if found.totals.iter().any(|t| t.id == "basic" && t.stated.value != basic) {
        return;
    }
    if !draft.get("spend.personnel").is_empty() || !draft.get("spend.basic_other").is_empty() || found.conflicts.contains_key("spend.personnel") {
        return;
    }
    let Ok(public) = draft.get("spend.public").parse::<Decimal>() else { return };
    let Some(rest) = basic.minus(public).filter(|r| r.is_sign_positive() && !r.is_zero()) else { return };
    if done.set(draft, "spend.personnel", rest) {
        done.notes.push(format!("人员经费：报告未单独写明，按基本支出{}万元减公用经费{}万元算得{}万元填入，请核对", trim(basic), trim(public), trim(rest)));
    }
}

/// “年末固定资产原值186.42万元，全部在用”, “…，均在使用中”: all of them in use.
fn assets_all_in_use(draft: &mut Draft, found: &Recognised, text: &str, done: &mut Completed) {
    let Some(total) = found.fields.get("assets.total").filter(|_| !found.conflicts.contains_key("assets.total")) else { return };
    if !draft.get("assets.in_use").is_empty() || found.conflicts.contains_key("assets.in_use") {
        return;
    }
    let rest = text.get(total.end..).unwrap_or_default().trim_start_matches(['，', ',']);
    if ["全部在用", "均在用", "均为在用", "全部处于在用", "均在使用", "全部在使用"].iter().any(|w| rest.starts_with(w)) && done.set(draft, "assets.in_use", total.value) {
        done.notes.push(format!("在用固定资产：报告写固定资产原值{}万元全部在用，按此填入，请核对", trim(total.value)));
    }
}

/// “年中追加42.30万元，…，追加全部为离休干部医药费等政策性支出”: additions the report says were all of policy are
/// the 政策性追加 whole — where the additions have one figure and no 政策性追加 is stated.
fn additions_all_of_policy(draft: &mut Draft, found: &Recognised, text: &str, done: &mut Completed) {
    if !draft.get("budget.policy_additions").is_empty() || found.conflicts.contains_key("budget.additions") {
        return;
    }
    let Some(additions) = draft.get("budget.additions").parse::<Decimal>().ok().filter(|a| a.is_sign_positive() && !a.is_zero()) else { return };
    let said = text.split(['。', '\n']).flat_map(|sentence| sentence.split(['，', ',', ';'])).any(all_of_policy);
    if said && done.set(draft, "budget.policy_additions", additions) {
        done.notes.push(format!("其中：政策性追加：报告写追加全部属政策性因素，按年中追加{}万元填入，请核对", trim(additions)));
    }
}

/// A clause saying the additions were all of policy: “追加全部为…政策性支出”, “追加资金均属于政策性追加” — the
/// additions its subject (a word or two after 追加 at most), no figure, no denial.
fn all_of_policy(clause: &str) -> bool {
    const ALL: [&str; 9] = ["全部为", "全部是", "全部属于", "全部系", "全为", "均为", "均是", "均属于", "均系"];
    const DENIED: [&str; 4] = ["非政策性", "不属于", "不是", "不含"];
    let Some(subject) = clause.find("追加") else { return false };
    let rest = &clause[subject + "追加".len()..];
    let Some((at, word)) = ALL.iter().filter_map(|w| rest.find(w).map(|at| (at, *w))).min() else { return false };
    let between = rest.get(..at).unwrap_or_default();
    let said = rest.get(at + word.len()..).unwrap_or_default();
    between.chars().count() <= 4 && said.contains("政策性") && !clause.contains(|c: char| c.is_ascii_digit()) && !DENIED.iter().any(|w| clause.contains(w))
}

/// “实有在编12人（行政11人、工勤1人），离退休9人”, “离休0人，退休3人”: the retired counted right after the word,
/// in the sentence of those in post — not “县处级以上退休干部316人”, the people a 老干部局 serves.
fn retired_beside_those_in_post(draft: &mut Draft, found: &Recognised, text: &str, numbers: &[Number], done: &mut Completed) {
    if !draft.get("staff.retired").is_empty() || found.conflicts.contains_key("staff.retired") {
        return;
    }
    let counted = numbers.iter().filter(|n| n.unit == Unit::Persons && n.decimals == 0).filter(|n| {
        let before = text.get(..n.start).unwrap_or_default();
        let before = before.strip_suffix("教职工").unwrap_or(before);
        // This sentence or the one before (“年末实有在编13人。退休11人。”).
        let previous = before.trim_end_matches(|c: char| c != '。' && c != '\n').trim_end_matches(['。', '\n']);
        let sentences = &before[previous.len() - after_last(previous, &['。', '\n']).len()..];
        let staffing = ["在编", "在职", "编制"].iter().any(|w| sentences.contains(w));
        let word = ["离退休", "退休"].iter().find(|w| before.ends_with(**w));
        let opens_clause = word.and_then(|w| before[..before.len() - w.len()].chars().next_back()).is_some_and(|c| "，,、;；:。\n有".contains(c));
        staffing && word.is_some() && opens_clause
    });
    let values = distinct(counted.map(|n| n.value));
    if let [value] = values.as_slice() {
        if done.set(draft, "staff.retired", *value) {
            done.notes.push(format!("退休人数：取自“（离）退休{}人”，请核对", trim(*value)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::draft_from_text::{draft_from_text, TextDraft};
    use crate::core::calc::totals::Totals;
    use crate::core::reading::figures::Figures;

    fn started(body: &str) -> TextDraft {
        draft_from_text(&format!("某县水利服务中心2024年度部门整体支出绩效自评报告\n{body}"))
    }

    fn noted(draft: &TextDraft, words: &str) -> bool {
        draft.notes.iter().any(|n| n.contains(words))
    }

    /// “追加全部为…政策性支出”: the additions said to be all of policy fill the 政策性追加, and the note no longer
    /// asks for it; additions said to be of another kind, or partly so, leave it to the reviewer.
    #[test]
    fn additions_said_to_be_all_of_policy_are_the_policy_additions() {
        let all = started("全年预算数436.00万元，其中：年初预算400.00万元，年中追加36.00万元，追加资金均属于人员调资等政策性增支，剔除后调整率为0。");
        assert_eq!(all.draft.get("budget.policy_additions"), "36", "{:?}", all.notes);
        assert!(noted(&all, "追加全部属政策性因素") && !noted(&all, "报告未写金额"), "{:?}", all.notes);
        for other in [
            "全年预算数436.00万元，其中：年初预算400.00万元，年中追加36.00万元，追加资金均为上级专项转移支付。",
            "全年预算数436.00万元，其中：年初预算400.00万元，年中追加36.00万元，追加资金均不属于政策性追加。",
            "全年预算数436.00万元，其中：年初预算400.00万元，年中追加36.00万元，其中部分追加为政策性增支。",
        ] {
            assert_eq!(started(other).draft.get("budget.policy_additions"), "", "{other}");
        }
    }

    /// A list of projects, each with its own 年初预算 and 追加, after the unit's own budget sentence: the
    /// draft takes the unit's parts, and no note says the text has other figures for them.
    #[test]
    fn a_listed_projects_budget_parts_do_not_fill_the_units() {
        let draft = started(
            "全年预算数590.00万元，其中：上年结转10.00万元；年初预算500.00万元；年中追加80.00万元。全年支出560.00万元。\n\
             项目支出150.00万元，分项目看：\n\
             （1）灌区渠系维修，年初预算40.00万元，追加后全年预算75.00万元，实际支出70.00万元；\n\
             （2）山洪灾害监测预警，年初预算60.00万元，年中追加25.00万元，实际支出80.00万元。\n",
        );
        assert_eq!([draft.draft.get("budget.initial"), draft.draft.get("budget.additions")], ["500", "80"], "{:?}", draft.notes);
        assert!(!noted(&draft, "不同数字"), "{:?}", draft.notes);
    }

    /// A department stating its 编制 and 实有 unit by unit, its own figures by type not at all: each type is
    /// the units' sum, said in the notes; a unit's figure is never the department's.
    #[test]
    fn head_counts_by_type_from_the_units() {
        let draft = started(
            "全局核定编制30名。其中:局机关行政编制10名、工勤编制2名;林业站事业编制15名、工勤编制3名。年末实有在职人员27人，\
             其中局机关行政9名、工勤2名，林业站事业14名、工勤2名。",
        );
        let typed = ["staff.quota.admin", "staff.quota.institution", "staff.quota.worker", "staff.actual.admin", "staff.actual.institution", "staff.actual.worker"];
        assert_eq!(typed.map(|id| draft.draft.get(id)), ["10", "15", "5", "9", "14", "4"], "{:?}", draft.notes);
        assert!(noted(&draft, "事业编制数：报告未写部门合计数，按所列各单位之和15名填入"), "{:?}", draft.notes);
        assert!(!noted(&draft, "不同数字"), "{:?}", draft.notes);
        let stated = started(
            "全院核定事业编制40个、工勤编制4个。实有在职人员41人，其中事业37人、工勤4人。分单位情况：院本部事业编制25个、\
             实有23人，工勤编制3个、实有3人；检测所事业编制15个、实有14人，工勤1个、实有1人。",
        );
        assert_eq!([stated.draft.get("staff.quota.institution"), stated.draft.get("staff.actual.institution")], ["40", "37"], "{:?}", stated.notes);
    }

    /// The units' people not making the department's stated 在职人数: their sums are no figure of the
    /// department's, but the types the department states itself still fill the draft.
    #[test]
    fn types_the_department_states_fill_the_draft_where_its_units_do_not_make_its_total() {
        let draft = started(
            "全站核定编制36名，其中事业编制30名、工勤编制6名；在职人员33人，其中事业28人、工勤5人。各单位：站本部事业编制18名、\
             实有17人，工勤编制4名、实有3人；分站事业编制12名、实有12人，工勤编制2名、实有2人。",
        );
        let typed = ["staff.quota.institution", "staff.quota.worker", "staff.actual.institution", "staff.actual.worker"];
        assert_eq!(typed.map(|id| draft.draft.get(id)), ["30", "6", "28", "5"], "{:?}", draft.notes);
        // Only the units, in a list by type: their sums stand against the stated total, neither filled.
        let units_only = started(
            "人员情况：站本部事业编制18名、实有17人，工勤编制4名、实有3人；分站事业编制12名、实有12人，工勤编制2名、实有2人。\
             全站核定编制36名，在职人员33人。",
        );
        assert_eq!(["staff.actual.institution", "staff.actual.worker"].map(|id| units_only.draft.get(id)), ["", ""], "{:?}", units_only.notes);
        assert!(noted(&units_only, "在职人数：报告写合计33人，所列各单位在职人数之和为34人（20+14），两数不符，各类型未填"), "{:?}", units_only.notes);
    }

    /// Parts given in 元 to the 分 under totals written to two decimals of 万元: their sums round to the totals
    /// as written, so the draft's 支出合计 is the report's — no false note, and a part stated twice is settled by
    /// the total it makes at those digits.
    #[test]
    fn sums_agree_with_a_total_at_the_digits_it_is_written_with() {
        let parts = "本年支出合计206.48万元，其中基本支出166.48万元、项目支出40.00万元。基本支出中人员经费1,234,567.89元，公用经费430,212.34元。";
        let draft = started(parts);
        assert_eq!([draft.draft.get("spend.personnel"), draft.draft.get("spend.public")], ["1234567.89元", "430212.34元"], "{:?}", draft.notes);
        assert!(!noted(&draft, "支出合计："), "{:?}", draft.notes);

        // Off by more than the digits written: still said.
        let off = started(&parts.replace("206.48", "206.50"));
        assert!(noted(&off, "支出合计：报告写206.5万元，草稿各项之和为206.478023万元"), "{:?}", off.notes);

        let twice = started(&format!("{parts}另，人员经费125.00万元用于在职人员工资。"));
        assert_eq!(twice.draft.get("spend.personnel"), "1234567.89元", "{:?}", twice.notes);
        assert!(noted(&twice, "人员经费：文中有不同数字（123.456789、125），按报告写的支出合计及其各项取123.456789万元"), "{:?}", twice.notes);
    }

    #[test]
    fn a_type_stated_again_in_a_sub_units_brackets_takes_the_value_that_makes_the_departments_total() {
        let draft = started("全局核定编制52个，其中行政编制20个、事业编制30个、工勤编制2个；实有在职人员50人，其中行政19人、事业29人、工勤2人。分单位看：局本级编制24个（行政20、事业3、工勤1），实有23人；监测站编制28个，实有27人。");
        let quota: Vec<&str> = ["staff.quota.admin", "staff.quota.institution", "staff.quota.worker"].iter().map(|id| draft.draft.get(id)).collect();
        assert_eq!(quota, ["20", "30", "2"], "{:?}", draft.notes);
        assert!(noted(&draft, "事业编制数：文中有不同数字（30、3），按报告写的编制数合计52名及其各项取30名"), "{:?}", draft.notes);
        assert!(!draft.notes.iter().any(|n| n.contains("类型未能读出")), "{:?}", draft.notes);
    }

    /// A unit with 事业 and 工勤 posts only: those in post other than the 工勤 are its 事业 staff — not where
    /// they would outnumber the 事业 posts, nor where some are said to be outside the 编制.
    #[test]
    fn those_in_post_beside_the_workers_are_of_the_one_other_type() {
        let draft = started("核定事业编制25名、工勤编制3名，合计28名；年末实有人员26人（专业技术人员23人、工勤人员3人）；退休人员10人。");
        assert_eq!([draft.draft.get("staff.actual.institution"), draft.draft.get("staff.actual.worker")], ["23", "3"], "{:?}", draft.notes);
        assert_eq!(draft.draft.get("staff.actual.admin"), "");
        assert!(noted(&draft, "其余23人填入事业"), "{:?}", draft.notes);
        assert!(!noted(&draft, "未分项写明"), "{:?}", draft.notes);
        let beyond = started("核定事业编制20名、工勤编制2名，合计22名；年末实有人员25人（专业技术人员22人、工勤人员3人）。");
        assert_eq!(beyond.draft.get("staff.actual.institution"), "", "{:?}", beyond.notes);
        let outside = started("核定事业编制25名、工勤编制3名；年末实有人员26人（含编外聘用人员2人、工勤人员3人）。");
        assert_eq!(outside.draft.get("staff.actual.institution"), "", "{:?}", outside.notes);
        let three_types = started("核定行政编制5名、事业编制20名、工勤编制3名；年末实有人员26人（工勤人员3人）。");
        assert_eq!(three_types.draft.get("staff.actual.institution"), "", "{:?}", three_types.notes);
    }

    /// The 政府采购 beside a listed project that buys goods (“…采购，预算…，支出…”): the 政府采购 sentence's
    /// figures, no doubt between them and the project's.
    #[test]
    fn the_procurement_is_not_a_project_that_buys_goods() {
        let draft = started("项目支出66.20万元，具体为：实验耗材采购，预算45.00万元，支出44.10万元；设备维护，预算22.50万元，支出22.10万元。\n全年政府采购预算52.00万元，实际采购50.80万元。");
        assert_eq!([draft.draft.get("procurement.budget"), draft.draft.get("procurement.actual")], ["52", "50.8"], "{:?}", draft.notes);
        assert!(!noted(&draft, "政府采购预算：文中有不同数字"), "{:?}", draft.notes);
    }

    #[test]
    fn workers_counted_by_post_within_those_in_post_are_not_added_to_them() {
        let draft = started("核定事业编制30名，年末实有在编人员28人。在编人员中，专业技术人员21名，管理人员5名，工勤人员2名。");
        assert_eq!(draft.draft.get("staff.actual.institution"), "28");
        assert_eq!(draft.draft.get("staff.actual.worker"), "");
    }

    #[test]
    fn the_appropriation_within_the_income_is_the_initial_budget() {
        let body = "本年收入合计1500.00万元，其中：财政拨款收入1200.00万元、事业收入250.00万元、其他收入10.00万元、上年结转40.00万元。支出合计1450.00万元。";
        let draft = started(body);
        assert_eq!(draft.draft.get("budget.initial"), "1200", "{:?}", draft.notes);
        assert_eq!(Totals::of(&Figures::read(&draft.draft)).annual_budget, Some(rust_decimal::Decimal::from(1500)));
        assert!(noted(&draft, "年初预算：报告未分年初预算和年中追加，按收入合计1500万元中的财政拨款收入1200万元填入年初预算"), "{:?}", draft.notes);
        // An appropriation that does not make the income with the rest is left to the clerk.
        let short = started(&body.replace("财政拨款收入1200.00", "财政拨款收入1100.00"));
        assert_eq!(short.draft.get("budget.initial"), "");
    }

    #[test]
    fn a_budget_said_to_be_all_initial_is_the_initial_budget() {
        let draft = started("本年度全年预算820.00万元，全部为年初预算，年中未追加预算。");
        assert_eq!(draft.draft.get("budget.initial"), "820", "{:?}", draft.notes);
        assert_eq!(draft.draft.get("budget.additions"), "0");
        assert!(noted(&draft, "年初预算：报告写全年预算820万元全部为年初预算"), "{:?}", draft.notes);
        assert_eq!(started("本年度全年预算820.00万元，年中未追加预算。").draft.get("budget.initial"), "");
    }

    #[test]
    fn a_basic_spending_stated_with_its_public_part_only_keeps_the_rest_as_personnel() {
        let draft = started("基本支出500.00万元，其中公用经费60.00万元。");
        assert_eq!(draft.draft.get("spend.personnel"), "440", "{:?}", draft.notes);
        assert!(noted(&draft, "人员经费：报告未单独写明，按基本支出500万元减公用经费60万元算得440万元填入"), "{:?}", draft.notes);
    }

    #[test]
    fn this_years_sangong_and_last_years_are_told_apart_by_their_year() {
        let draft = started("2024年“三公”经费预算5.00万元，实际支出4.60万元。上年“三公”经费预算5.50万元，实际支出5.10万元。");
        let sangong: Vec<&str> = ["sangong.budget", "sangong.actual", "sangong.last_budget", "sangong.last_actual"].iter().map(|id| draft.draft.get(id)).collect();
        assert_eq!(sangong, ["5", "4.6", "5.5", "5.1"], "{:?}", draft.notes);
        // A change is no figure of either year.
        let change = started("2024年“三公”经费预算5.00万元，实际支出4.60万元，实际支出比上年减少0.50万元。");
        assert_eq!(change.draft.get("sangong.last_actual"), "", "{:?}", change.notes);
    }

    #[test]
    fn sangong_said_to_be_none_in_both_years_is_nought() {
        let draft = started("本单位无公务用车，2024年度及上年度“三公”经费均无预算、无支出。");
        let sangong: Vec<&str> = ["sangong.budget", "sangong.actual", "sangong.last_budget", "sangong.last_actual"].iter().map(|id| draft.draft.get(id)).collect();
        assert_eq!(sangong, ["0", "0", "0", "0"], "{:?}", draft.notes);
        let this_year = started("本单位2024年度“三公”经费预算为零，实际支出为零。");
        assert_eq!((this_year.draft.get("sangong.budget"), this_year.draft.get("sangong.last_budget")), ("0", ""));
        let both_parts = started("本站无公务用车，“三公”经费预算和实际支出均为零。");
        assert_eq!((both_parts.draft.get("sangong.budget"), both_parts.draft.get("sangong.actual")), ("0", "0"), "{:?}", both_parts.notes);
        // Spending kept within a budget says no figure.
        let within = started("“三公”经费支出控制在预算以内，无超支现象。");
        assert_eq!(within.draft.get("sangong.actual"), "");
    }

    /// A list's numbering in a sentence on the “三公” (“（3）…”, “2.…” opening its line) is no figure of theirs.
    #[test]
    fn sangong_said_to_be_none_beside_numbered_lines_is_nought() {
        let draft = started("（二）“三公”经费\n本站未安排“三公”经费预算，全年“三公”经费支出为零。上年亦无“三公”经费支出。\n2.“三公”经费：两年均无。\n（3）继续从严控制“三公”经费。");
        let sangong: Vec<&str> = ["sangong.budget", "sangong.actual", "sangong.last_actual"].iter().map(|id| draft.draft.get(id)).collect();
        assert_eq!(sangong, ["0", "0", "0"], "{:?}", draft.notes);
        // A figure in brackets is still a figure.
        let spent = started("本站未安排“三公”经费预算，“三公”经费支出为零（上年（3）万元）。");
        assert_eq!(spent.draft.get("sangong.actual"), "", "{:?}", spent.notes);
    }

    /// Last year's “三公” stated only as what this year's is compared with, or in the change's formula.
    #[test]
    fn last_years_sangong_is_read_from_the_comparison_and_the_change_formula() {
        let compared = started("2024年“三公”经费预算6.00万元，实际支出5.20万元。“三公”经费实际支出比上年5.80万元下降10.34%。");
        assert_eq!(compared.draft.get("sangong.last_actual"), "5.8", "{:?}", compared.notes);
        assert!(noted(&compared, "上年“三公”经费决算：取自本年“三公”经费与上年的比较（上年5.8万元）"), "{:?}", compared.notes);
        let by_year = started("2024年“三公”经费预算6.00万元，实际支出5.20万元，节约率13.33%，实际支出较2023年的5.80万元下降10.34%。");
        assert_eq!(by_year.draft.get("sangong.last_actual"), "5.8", "{:?}", by_year.notes);
        // A part of the “三公” compared is no figure of them all; a change is no level.
        let part = started("2024年“三公”经费预算6.00万元，实际支出5.20万元，其中公务接待费比上年1.10万元下降。");
        assert_eq!(part.draft.get("sangong.last_actual"), "", "{:?}", part.notes);
        let formula = started("2024年“三公”经费预算6.00万元，实际支出5.20万元。\n“三公”经费变动率＝〔（6.00－6.50）÷6.50〕×100%＝－7.69%。");
        assert_eq!(formula.draft.get("sangong.last_budget"), "6.5", "{:?}", formula.notes);
        // This year's budget not the figure subtracted from: the formula is of something else.
        let other = started("2024年“三公”经费预算6.00万元，实际支出5.20万元。\n“三公”经费变动率＝（5.20－6.50）÷6.50×100%＝－20.00%。");
        assert_eq!(other.draft.get("sangong.last_budget"), "", "{:?}", other.notes);
    }

    #[test]
    fn those_in_post_of_one_type_stated_in_shares_are_added_where_they_make_the_total() {
        let body = "核定编制40个，实有在编人员37人。其中：行政编制20个、实有19人；参照公务员法管理的事业编制8个、实有8人；其他事业编制10个、实有9人；工勤编制2个、实有1人。";
        let draft = started(body);
        assert_eq!(draft.draft.get("staff.actual.institution"), "17", "{:?}", draft.notes);
        assert!(noted(&draft, "事业在职人数：报告分2处写事业编制的实有人数（8、9），合计17人填入"), "{:?}", draft.notes);
        // Shares that do not make the stated total are figures in doubt.
        let off = started(&body.replace("37人", "39人"));
        assert_eq!(off.draft.get("staff.actual.institution"), "", "{:?}", off.notes);
    }

    #[test]
    fn no_worker_posts_said_is_nought_of_them() {
        let draft = started("核定编制30名，其中行政编制18名、事业编制12名，无工勤编制；实有在编28人。");
        assert_eq!(draft.draft.get("staff.quota.worker"), "0", "{:?}", draft.notes);
        let unsaid = started("核定编制30名，其中行政编制18名、事业编制12名；实有在编28人。");
        assert_eq!(unsaid.draft.get("staff.quota.worker"), "");
    }

    /// A control rate's formula of two bare figures, one of them stated elsewhere: the other is its partner —
    /// the budget over which the stated spending is worked, or the spending worked over the stated budget.
    #[test]
    fn a_control_formula_of_bare_figures_gives_the_figure_not_stated_elsewhere() {
        let public = started("基本支出210.00万元，其中人员经费178.80万元、公用经费31.20万元。\n公用经费控制率=31.20/32.50×100%=96.00%。");
        assert_eq!(public.draft.get("public.budget"), "32.5", "{:?}", public.notes);
        assert!(noted(&public, "取自公式“公用经费控制率=31.20/32.50×100%=96.00%”中的32.5万元，请核对"), "{:?}", public.notes);
        let sangong = started("“三公”经费预算5.00万元。\n“三公”经费控制率＝（4.60÷5.00）×100%＝92.00%。");
        assert_eq!(sangong.draft.get("sangong.actual"), "4.6", "{:?}", sangong.notes);
        assert!(noted(&sangong, "取自公式““三公”经费控制率＝（4.60÷5.00）×100%＝92.00%”"), "{:?}", sangong.notes);
        // Neither figure stated elsewhere: which is what is no guess.
        let neither = started("公用经费控制率=30.00/32.50×100%=92.31%。另有公用经费31.20万元。");
        assert_eq!(neither.draft.get("public.budget"), "", "{:?}", neither.notes);
    }

    /// A rate's formula the only place its two figures are written: the rate's definition says which is which
    /// (采购 spent over its budget, assets in use over all of them), where the rate it states is borne out.
    #[test]
    fn a_formula_of_bare_figures_stated_nowhere_else_gives_both() {
        let both = started("（五）政府采购执行率＝８８．４０÷９０．００×１００％＝９８．２２％。\n（六）固定资产利用率为512.00万元/640.00万元×100%=80.00%。");
        let filled = ["procurement.actual", "procurement.budget", "assets.in_use", "assets.total"].map(|id| both.draft.get(id).to_string());
        assert_eq!(filled, ["88.4", "90", "512", "640"], "{:?}", both.notes);
        assert!(both.notes.iter().any(|n| n.starts_with("政府采购预算：报告未另写，取自公式") && n.contains("中的90万元")), "{:?}", both.notes);
        // A rate the figures do not bear out, or one of them stated otherwise elsewhere: neither is taken.
        let off = started("政府采购执行率=88.40÷90.00×100%=97.00%。");
        assert_eq!(off.draft.get("procurement.budget"), "", "{:?}", off.notes);
        let other = started("政府采购预算95.00万元。政府采购执行率=88.40÷90.00×100%=98.22%。");
        assert_eq!(other.draft.get("procurement.actual"), "", "{:?}", other.notes);
    }

    /// Those in post listed by type, then summed (“…、工勤人员2人，合计40人”): the first count is a type's, not the
    /// total, and the rest of the total after the 工勤 is that type's.
    #[test]
    fn a_count_in_post_listed_beside_the_workers_and_summed_after_is_a_types_own() {
        let draft = started("核定政法专项编制45名、工勤编制3名；实有在职干警38人、工勤人员2人，合计40人。");
        assert_eq!((draft.draft.get("staff.actual.admin"), draft.draft.get("staff.actual.worker")), ("38", "2"), "{:?}", draft.notes);
    }

    /// ＂三公＂ written with full-width straight quotes is the “三公”.
    #[test]
    fn sangong_in_full_width_straight_quotes_are_read() {
        let draft = started("＂三公＂经费预算6.00万元，实际支出5.40万元。");
        assert_eq!([draft.draft.get("sangong.budget"), draft.draft.get("sangong.actual")], ["6", "5.4"], "{:?}", draft.notes);
    }

    #[test]
    fn those_in_post_said_of_one_type_fill_that_type() {
        let all = started("中心内设2个科室。编制8名，实有人数8名，均为事业编制；另有退休人员2名。");
        assert_eq!((all.draft.get("staff.actual.institution"), all.draft.get("staff.quota.institution")), ("8", "8"), "{:?}", all.notes);
        let full = started("核定编制12名：行政编制10名，工勤编制2名；实有在编12名，编制满员。");
        assert_eq!((full.draft.get("staff.actual.admin"), full.draft.get("staff.actual.worker")), ("10", "2"), "{:?}", full.notes);
        let one_type = started("核定事业编制15名，年末实有在编人员14人，其中管理岗位3人、专业技术岗位10人、工勤技能岗位1人。");
        assert_eq!(one_type.draft.get("staff.actual.institution"), "14", "{:?}", one_type.notes);
        assert!(noted(&one_type, "事业在职人数：报告写在编14人，单位只有事业编制"), "{:?}", one_type.notes);
        // “编制内在职人员” beside the 编外 counted apart: those in the one type's posts.
        let within = draft_from_text("某县图书馆2024年度部门整体支出绩效自评报告\n本馆核定事业编制24名，年末编制内在职人员22人；另有编外聘用人员9人，不计入编制内人数。");
        assert_eq!(within.draft.get("staff.actual.institution"), "22", "{:?}", within.notes);
        // A school naming itself 学校 counts its own 编制, by type.
        let school = draft_from_text("某县第一中学2024年度部门整体支出绩效自评报告\n（二）人员情况\n学校核定事业编制186名，工勤编制4名，合计190名。");
        assert_eq!((school.draft.get("staff.quota.institution"), school.draft.get("staff.quota.worker")), ("186", "4"), "{:?}", school.notes);
    }

    /// A court's people listed by post (法官, 司法行政人员 …): its 编制 are 政法专项 (行政) and 工勤, so those in post
    /// other than the 工勤 are 行政 — 司法行政人员 alone are not.
    #[test]
    fn a_courts_staff_by_post_are_of_its_quota_types() {
        let court = started("本院核定政法专项编制44名、工勤编制3名，合计47名。年末实有在编人员41人（含借调至县委政法委1人），其中法官18人、法官助理11人、司法行政人员9人、工勤人员3人。");
        let typed: Vec<&str> = ["staff.quota.admin", "staff.quota.worker", "staff.actual.admin", "staff.actual.worker"].iter().map(|id| court.draft.get(id)).collect();
        assert_eq!(typed, ["44", "3", "38", "3"], "{:?}", court.notes);
        // 编制 of two types beside the 工勤, those in post of one stated: the rest are of the other.
        let three = started("本院核定编制52个，其中政法专项编制45个、事业编制4个、工勤编制3个；年末实有在编人数50人，其中法官20人、审判辅助人员和司法行政人员24人、事业人员3人、工勤人员3人。");
        let actual: Vec<&str> = ["staff.actual.admin", "staff.actual.institution", "staff.actual.worker"].iter().map(|id| three.draft.get(id)).collect();
        assert_eq!(actual, ["44", "3", "3"], "{:?}", three.notes);
        // Persons taken on outside the 编制 leave the types unread.
        let hired = started("本院核定政法专项编制44名、工勤编制3名，合计47名。年末实有人员46人，其中法官18人、聘用制书记员5人、司法行政人员20人、工勤人员3人。");
        assert_eq!(hired.draft.get("staff.actual.admin"), "", "{:?}", hired.notes);
    }

    #[test]
    fn assets_in_use_are_read_as_the_report_states_them() {
        let all = started("年末固定资产原值96.30万元，全部在用。");
        assert_eq!(all.draft.get("assets.in_use"), "96.3", "{:?}", all.notes);
        let said_otherwise = started("年末固定资产原值58.70万元，均在使用中。");
        assert_eq!(said_otherwise.draft.get("assets.in_use"), "58.7", "{:?}", said_otherwise.notes);
        let part = started("年末固定资产原值420.00万元，其中在用401.50万元。");
        assert_eq!(part.draft.get("assets.in_use"), "401.5");
    }

    #[test]
    fn the_retired_counted_beside_those_in_post_are_read_but_not_those_a_unit_serves() {
        let staffing = started("本局核定编制11个，其中行政编制10个、工勤编制1个；实有在编10人（行政9人、工勤1人），离退休7人。");
        assert_eq!(staffing.draft.get("staff.retired"), "7", "{:?}", staffing.notes);
        let split = started("核定编制6名，实有在编6人。离休0人，退休4人。");
        assert_eq!(split.draft.get("staff.retired"), "4", "{:?}", split.notes);
        let served = started("全县共有县处级以上退休干部280人。本局核定编制11个，实有在编10人。");
        assert_eq!(served.draft.get("staff.retired"), "");
        // Who retired in the year is no count of the retired.
        let changed = started("核定编制11个，实有在编10人，较上年减少1人（退休1人）。");
        assert_eq!(changed.draft.get("staff.retired"), "");
    }

    const TABLE: &str = "附件1\n单位：万元\n项目\t上年决算数\t本年预算数\t本年决算数\n支出合计\t310.00\t342.50\t336.20\n基本支出\t240.00\t252.50\t250.10\n项目支出\t70.00\t90.00\t86.10\n政府采购金额\t12.00\t15.00\t14.40\n";

    #[test]
    fn the_unlisted_projects_row_takes_its_budget_from_the_tables_budget_column() {
        let draft = started(&format!("本年支出合计336.20万元，其中基本支出250.10万元，项目支出86.10万元。\n{TABLE}"));
        let row = &draft.draft.projects()[0];
        assert_eq!(row.cell(crate::core::draft::fields::ProjectColumn::Name), "项目支出（报告未分项）");
        assert_eq!(row.cell(crate::core::draft::fields::ProjectColumn::Budget), "90", "{:?}", draft.notes);
        assert!(noted(&draft, "取自表中“项目支出”行“本年预算数”列90万元"), "{:?}", draft.notes);
    }

    #[test]
    fn a_header_naming_two_budget_columns_leaves_the_budget_empty_and_says_why() {
        let table = TABLE.replace("上年决算数\t本年预算数", "调整前预算数\t调整后预算数");
        let draft = started(&format!("本年支出合计336.20万元，其中基本支出250.10万元，项目支出86.10万元。\n{table}"));
        assert_eq!(draft.draft.projects()[0].cell(crate::core::draft::fields::ProjectColumn::Budget), "");
        assert!(noted(&draft, "表头未写明哪一列是本年全年预算"), "{:?}", draft.notes);
        assert_eq!(draft.draft.get("procurement.budget"), "");
        assert_eq!(draft.draft.get("procurement.actual"), "14.4");
    }

    #[test]
    fn the_projects_budget_stated_in_the_sentence_of_their_total_is_the_rows_budget() {
        for body in ["本年支出336.20万元，其中基本支出250.10万元，项目支出86.10万元。项目支出全年预算92.00万元，实际支出86.10万元。", "本年支出336.20万元，其中基本支出250.10万元，项目支出86.10万元，全年项目预算92.00万元。"] {
            let draft = started(body);
            let row = &draft.draft.projects()[0];
            assert_eq!(row.cell(crate::core::draft::fields::ProjectColumn::Budget), "92", "{:?}", draft.notes);
            assert!(noted(&draft, "项目支出（报告未分项）的预算数：取自“项目支出…预算92万元”"), "{:?}", draft.notes);
        }
        // Last year's budget of them is not this year's.
        let two = started("本年支出336.20万元，其中基本支出250.10万元，项目支出86.10万元，全年项目预算92.00万元。项目预算数为95.00万元。");
        assert_eq!(two.draft.projects()[0].cell(crate::core::draft::fields::ProjectColumn::Budget), "");
        assert!(noted(&two, "项目支出（报告未分项）的预算数：文中有不同数字（92、95），未填"), "{:?}", two.notes);
        let last = started("本年支出336.20万元，其中基本支出250.10万元，项目支出86.10万元，上年项目预算80.00万元。");
        assert_eq!(last.draft.projects()[0].cell(crate::core::draft::fields::ProjectColumn::Budget), "");
    }

    #[test]
    fn procurement_is_read_from_the_table_row_by_its_columns() {
        let draft = started(TABLE);
        assert_eq!((draft.draft.get("procurement.budget"), draft.draft.get("procurement.actual")), ("15", "14.4"), "{:?}", draft.notes);
        assert!(noted(&draft, "取自表中“政府采购金额”行“本年决算数”列14.4万元"), "{:?}", draft.notes);
        // Only the budget and its 年初 part named: the whole budget is not said.
        let initial = started("项目\t年初预算数\t决算数\n政府采购\t6.00\t5.70\n");
        assert_eq!((initial.draft.get("procurement.budget"), initial.draft.get("procurement.actual")), ("", "5.7"), "{:?}", initial.notes);
        assert!(noted(&initial, "未写明哪一列是本年全年预算"), "{:?}", initial.notes);
    }

    #[test]
    fn a_type_counted_within_another_is_split_off_it() {
        let draft = started("核定编制34名，其中行政编制4名、事业编制30名（含工勤编制5名）。");
        let quota: Vec<&str> = ["staff.quota.admin", "staff.quota.institution", "staff.quota.worker"].iter().map(|id| draft.draft.get(id)).collect();
        assert_eq!(quota, ["4", "25", "5"], "{:?}", draft.notes);
        assert!(noted(&draft, "事业编制数：报告写30名（含工勤5名），已拆分，取25名，编制数合计34名"), "{:?}", draft.notes);
        // Where the split does not make the stated total, nothing is split.
        let other = started("核定编制39名，其中行政编制4名、事业编制30名（含工勤编制5名）。");
        assert_eq!(other.draft.get("staff.quota.institution"), "30");
        let in_post = started("核定编制34名。实有在编人员32人，其中行政4人、事业28人（含工勤3人）。");
        let actual: Vec<&str> = ["staff.actual.admin", "staff.actual.institution", "staff.actual.worker"].iter().map(|id| in_post.draft.get(id)).collect();
        assert_eq!(actual, ["4", "25", "3"], "{:?}", in_post.notes);
        // No total stated: the bracket's words alone split it.
        let alone = started("本院核定事业编制40名（含工勤编制6名）。");
        assert_eq!((alone.draft.get("staff.quota.institution"), alone.draft.get("staff.quota.worker")), ("34", "6"), "{:?}", alone.notes);
    }

    #[test]
    fn a_field_stated_twice_with_the_same_figure_is_filled_without_a_note_of_doubt() {
        let body = "某县文化馆2024年度部门整体支出绩效自评报告\n本年收入合计130.50万元，其中财政拨款收入110.00万元；事业收入15.20万元，其他收入5.30万元。\n收入决算表（金额单位：元）：\n项目\t本年数\n财政拨款收入\t1100000.00\n事业收入\t152000.00\n其他收入\t53000.00\n本年收入合计\t1305000.00\n年初结转和结余\t80000.00\n\n全年预算数138.50万元，包括上年结转8.00万元、年初预算95.00万元、年中追加15.00万元及事业收入和其他收入20.50万元。";
        let draft = draft_from_text(body);
        assert_eq!(draft.draft.get("budget.other_funds"), "20.5", "{:?}", draft.notes);
        assert!(!draft.notes.iter().any(|n| n.contains("不同数字")), "{:?}", draft.notes);
        assert!(draft.notes.iter().any(|n| n.contains("报告几处写的都是20.5")), "{:?}", draft.notes);
    }

    fn project_rows(draft: &TextDraft) -> Vec<(String, String, String)> {
        draft.draft.projects().iter().map(|p| (p.cells()[0].clone(), p.cells()[1].clone(), p.cells()[2].clone())).collect()
    }

    fn row(name: &str, budget: &str, actual: &str) -> (String, String, String) {
        (name.to_string(), budget.to_string(), actual.to_string())
    }

    /// A circled list the copy broke inside its figures and sentences (“实际支出195.2⏎0万元”), one item with a
    /// bracket listing what it covers: each project a row of its own, not one row of the 项目支出.
    #[test]
    fn a_circled_list_broken_across_lines_gives_each_project() {
        let draft = started(
            "2.项目支出540.50万元，占全年支出的30.00%。全年安\n排项目3个，预算合计560.00万元：\n①农村饮水安全巡检，预算200.00万元，实际支出195.2\n0万元；\n\
             ②水土保持监测（坡耕地、淤地坝），预算240.00万元，实际支出\n235.10万元；\n③防汛物资补充，预算120.00万元，实际支出110.20万\n元；\n3.年末结转结余19.50万元。",
        );
        let expected = vec![row("农村饮水安全巡检", "200", "195.2"), row("水土保持监测（坡耕地、淤地坝）", "240", "235.1"), row("防汛物资补充", "120", "110.2")];
        assert_eq!(project_rows(&draft), expected, "{:?}", draft.notes);
        assert!(!noted(&draft, "未逐项列出"), "{:?}", draft.notes);
    }

    /// The last item of a numbered list, followed on its line by the projects' sums: read as the others are,
    /// not left to a row of the rest.
    #[test]
    fn the_last_item_before_the_projects_sum_is_a_project() {
        let draft = started(
            "项目支出情况：\n1. 水质检测，预算数30.00万元，实际支出28.50万元；\n2. 河道清淤，预算数50.00万元，实际支出49.00万元；\n\
             3. 渠系配套，预算数22.00万元，实际支出21.30万元；\n项目预算合计102.00万元，实际支出合计98.80万元。年末结转结余3.2\n0万元。",
        );
        let expected = vec![row("水质检测", "30", "28.5"), row("河道清淤", "50", "49"), row("渠系配套", "22", "21.3")];
        assert_eq!(project_rows(&draft), expected, "{:?}", draft.notes);
        assert!(!noted(&draft, "其他项目"), "{:?}", draft.notes);
    }

    /// A circled item run on to the line announcing the list, its budget glossed and split by source, its
    /// spending in 元: a project of its own, in 万元.
    #[test]
    fn a_circled_item_with_its_sources_and_spending_in_yuan_is_a_project() {
        let draft = started(
            "2．项目支出610.00万元（预算640.00万元，执行率95.31%），具体包括：\n\n① 农田水利补助资金：预算400.00万元（即0.04亿元），其中中央资金\
             250.00万元、县级资金150.00万元；实际支出3,850,000.00元，执行率96.25%。\n② 水政监察经费：预算240.00万元，实际支出225.00万元，执行率93.75%。",
        );
        let expected = vec![row("农田水利补助资金", "400", "385"), row("水政监察经费", "240", "225")];
        assert_eq!(project_rows(&draft), expected, "{:?}", draft.notes);
    }

    /// “核定编制45名，均为事业编制；实有在编人员41人”: the 编制 all of one type, those in it too — the 劳务派遣 beside
    /// them are in no 编制.
    #[test]
    fn posts_all_of_one_type_type_those_in_post() {
        let draft = started("全站核定编制４５名，均为事业编制；2024年末实有在编人员41人，另有劳务派遣及合同制人员9名，离退休人员20人。");
        let typed = ["staff.quota.admin", "staff.quota.institution", "staff.quota.worker", "staff.actual.admin", "staff.actual.institution", "staff.actual.worker"];
        assert_eq!(typed.map(|id| draft.draft.get(id)), ["", "45", "", "", "41", ""], "{:?}", draft.notes);
        assert!(!noted(&draft, "未分项写明"), "{:?}", draft.notes);
    }

    /// “实际完成政府采购…”: the purchases made, beside the 政府采购预算.
    #[test]
    fn procurement_completed_is_its_actual() {
        let draft = started("全年政府采购预算86.00万元，实际完成政府采购84.25万元，均按规定备案。");
        assert_eq!((draft.draft.get("procurement.budget"), draft.draft.get("procurement.actual")), ("86", "84.25"), "{:?}", draft.notes);
    }

    /// A cut named with its cause between 年中 and 核减 is the 年中调减; a report saying there was none in other words
    /// gives 0; one saying nothing of it leaves it blank.
    #[test]
    fn budget_cuts_said_and_said_to_be_none() {
        let cut = started("全年预算数1,250.00万元，由上年结转50.00万元、年初预算1,100.00万元、年中追加130.00万元构成，年中因压缩会议培训计划等核减预算30.00万元。");
        assert_eq!(cut.draft.get("budget.reductions"), "30", "{:?}", cut.notes);
        for none in ["年初预算900.00万元，年中追加60.00万元，年中未发生调减。", "年初预算900.00万元，年中追加60.00万元（主要为上级补助），无年中调减。"] {
            assert_eq!(started(none).draft.get("budget.reductions"), "0", "{none}");
        }
        assert_eq!(started("年初预算900.00万元，年中追加60.00万元。").draft.get("budget.reductions"), "");
    }


    /// The department's sentence running on, after “；”, into its units' counts: a count whose subject is a unit
    /// (a seat, a named 中心/站) is that unit's, never the department's type; the department's types are its own
    /// or its units' sums.
    #[test]
    fn a_units_counts_after_the_departments_clause_are_the_units() {
        let draft = started(
            "一、基本情况\n（一）人员。全所核定编制24名，实有在职人员22人，其中事业人员19人、工勤人员3人；所本部事业编制11名、\
             实有10人，工勤编制2名、实有2人；检测中心事业编制9名、实有9人，工勤编制2名、实有1人。",
        );
        let typed = ["staff.quota.admin", "staff.quota.institution", "staff.quota.worker", "staff.actual.admin", "staff.actual.institution", "staff.actual.worker"];
        assert_eq!(typed.map(|id| draft.draft.get(id)), ["", "20", "4", "", "19", "3"], "{:?}", draft.notes);
        assert!(noted(&draft, "工勤编制数：报告未写部门合计数，按所列各单位之和4名填入"), "{:?}", draft.notes);
        assert!(!noted(&draft, "不同数字"), "{:?}", draft.notes);
        let seat = started(
            "一、基本情况\n（一）人员。全局核定编制17名，实有在职人员16人，其中行政人员12人、工勤人员4人；机关本级行政编制8名、\
             实有8人，工勤编制3名、实有3人；执法大队行政编制5名、实有4人，工勤编制1名、实有1人。",
        );
        assert_eq!(typed.map(|id| seat.draft.get(id)), ["13", "", "4", "12", "", "4"], "{:?}", seat.notes);
    }

    /// “在职人员中，行政编制…人”: a type named by its 编制 among the people in post counts those people.
    #[test]
    fn a_type_named_by_its_posts_among_those_in_post_counts_people() {
        let draft = started("全局核定编制16名，其中行政编制13名、工勤编制3名。在职人员中，行政编制12人，工勤编制2人。");
        let typed = ["staff.quota.admin", "staff.quota.worker", "staff.actual.admin", "staff.actual.worker"];
        assert_eq!(typed.map(|id| draft.draft.get(id)), ["13", "3", "12", "2"], "{:?}", draft.notes);
        assert!(!noted(&draft, "不同数字"), "{:?}", draft.notes);
        let held = started("全局核定编制16名，其中行政编制13名、工勤编制3名。实有人员中，行政编制11人、工勤编制3人。");
        assert_eq!(typed.map(|id| held.draft.get(id)), ["13", "3", "11", "3"], "{:?}", held.notes);
    }
}
