//! The figures a pasted report states, each with its place: fields of the data contract, totals it
//! states with the parts it lists for them, its project rows, figures a formula names in words, and
//! figures stated twice with two values.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::damage::is_heading;
use super::labels::{counts_projects, income_kind, label_of, phrase_target, sentence_before, topic_before, without_numbering, Target, SANGONG_ITEM, SANGONG_ITEM_BUDGET};
use super::numbers::{Number, Unit};
use super::project_sheets;
use super::parts::{closes_on_the_rest, introduced, listed, listed_next_sentence, lists_sangong_items, summed_in_an_equation, Part, Parts};
use super::tables::Tables;
use super::unit_staff;
use super::text::{ideograph, Normalised, BREAK};
use crate::core::calc::totals::Totals;
use crate::core::exact::Exact;
use crate::core::reading::figures::Figures;

/// Words that say a figure is nothing.
const NOTHING: [(&str, &str); 14] = [
    ("无项目支出", "projects"),
    ("未追加", "budget.additions"),
    ("无追加", "budget.additions"),
    ("没有追加", "budget.additions"),
    ("无年中追加", "budget.additions"),
    ("无上年结转", "budget.carryover"),
    ("上年无结转", "budget.carryover"),
    ("未调减", "budget.reductions"),
    ("无调减", "budget.reductions"),
    // “无年中调减”, “年中未发生调减”: said of the year's cuts in other words.
    ("无年中调减", "budget.reductions"),
    ("未发生调减", "budget.reductions"),
    ("未发生年中调减", "budget.reductions"),
    ("无结转结余", "spend.closing_balance"),
    ("无年末结余", "spend.closing_balance"),
];

/// Where the section holding `at` starts: its heading's line (“（三）“三公”经费”), at most a dozen lines back.
fn section_start(text: &str, at: usize) -> usize {
    let mut start = at;
    for _ in 0..12 {
        let line_start = text[..start].trim_end_matches(BREAK).rfind(BREAK).map_or(0, |i| i + BREAK.len_utf8());
        if line_start == 0 || is_heading(&text[line_start..start]) {
            return line_start;
        }
        start = line_start;
    }
    start
}

/// Whether the text names the year-end balance: 年末/期末结转(结余), or 结转结余 that is not last year's.
fn names_closing_balance(text: &str) -> bool {
    let year_end = ["年末结转", "年末结余", "期末结转", "期末结余"].iter().any(|w| text.contains(w));
    year_end || text.match_indices("结转结余").any(|(at, _)| !["上年", "上年度"].iter().any(|w| text[..at].ends_with(w)))
}

/// Whether a bare amount (a formula's “7,969,086.75/8,184,380.00”) is over a thousand times every amount
/// the text states with its unit: then it is written in 元 (as the report's are), not in 万元 — read as
/// 万元 it would be ten thousand times itself.
fn beyond_any_amount(value: Decimal, numbers: &[Number]) -> bool {
    let largest = numbers.iter().filter(|n| n.unit == Unit::Wan).map(|n| n.value.abs()).max();
    largest.and_then(|l| l.times(Decimal::ONE_THOUSAND)).is_some_and(|bound| value.abs() > bound)
}

/// Words by which a report names its whole spending or budget, not anybody else's: a total (支出合计, 全年总支出,
/// 全年预算数, 资金总额) or the unit itself before its label (部门整体支出, 单位全年预算).
const UNITS_WORDS: [&str; 12] = ["合计", "总", "预算数", "可支配", "可用资金", "调整后", "部门", "单位", "整体", "全局", "本局", "全院"];

/// Whether the label at `start`, or the words just before it, name the unit's own total.
fn named_as_the_units(text: &str, start: usize) -> bool {
    let label = text.get(start..).unwrap_or_default();
    let label = &label[..label.find(|c: char| c.is_ascii_digit()).unwrap_or(label.len())];
    let before = super::labels::window_before(text, start, 12);
    UNITS_WORDS.iter().any(|w| label.contains(w) || before.ends_with(w))
}

/// Whether a figure is named 调整后预算 (数, 合计 …): what the year's adjustments made of the 年初预算.
fn adjusted_budget_label(text: &str, stated: &Stated) -> bool {
    let phrase = text.get(stated.start..stated.end).unwrap_or_default();
    // “调整后全年预算3,910.00万元”: read from its 全年预算, the words before still say it.
    let before = text.get(..stated.start).unwrap_or_default();
    ["调整后预算", "调整预算数"].iter().any(|w| phrase.starts_with(w)) || ["调整后", "调整后的"].iter().any(|w| before.ends_with(w))
}

/// “调整后预算4,294.00万元。加上年结转126.38万元，全年预算数为4,400.38万元”: a larger figure of the year's
/// funds following the 调整后预算 on the same line, with the carry-over between them.
fn carried_on_to(text: &str, adjusted: &Stated, funds: &Stated) -> bool {
    const NEAR: usize = 120;
    let between = text.get(adjusted.end..funds.start).unwrap_or_default();
    funds.value > adjusted.value && between.len() <= NEAR && between.contains("结转") && !between.contains('\n')
}

/// The projects listed after a 项目支出 ending at `at` and its colon, each named and followed by brackets that
/// give what it spent (“档案数字化（全年预算58.00万元，支出55.10万元）、馆藏修复（预算16万元，支出14.40万元）…”):
/// two or more, or none.
fn bracketed_projects(text: &str, numbers: &[Number], at: usize) -> Option<Parts> {
    let list_start = at + text.get(at..)?.strip_prefix(':').map(|_| 1)?;
    let rest = text.get(list_start..)?;
    let list_end = list_start + rest.find(['。', ';', '\n']).unwrap_or(rest.len());
    let mut items = Vec::new();
    let mut name_start = list_start;
    let mut scanned = list_start;
    while let Some(open) = text.get(scanned..list_end).and_then(|r| r.find('（')).map(|i| scanned + i) {
        let close = open + text.get(open..list_end)?.find('）')?;
        let spent = numbers.iter().filter(|n| n.unit == Unit::Wan && n.start > open && n.end <= close).find(|n| {
            let between = text.get(open..n.start).unwrap_or_default();
            let label = between.rsplit(['，', ',', '（']).next().unwrap_or(between);
            ["支出", "使用", "拨付", "支付"].iter().any(|w| label.contains(w))
        });
        let name = name_start..open;
        let named = text.get(name.clone()).is_some_and(|n| (2..=20).contains(&n.chars().count()) && !n.contains(|c: char| c.is_ascii_digit()));
        match spent {
            Some(number) if named => items.push(Part { name, value: number.value }),
            _ => return None,
        }
        scanned = close + '）'.len_utf8();
        // The next name, after “、” or “和”; else the list has ended.
        let after = text.get(scanned..list_end).unwrap_or_default();
        let Some(sep) = ["、", "和", "及"].iter().find(|w| after.starts_with(**w)) else { break };
        name_start = scanned + sep.len();
    }
    (items.len() >= 2).then_some(Parts { items, partial: false })
}

/// “三、项目支出情况⏎（一）网络巡查，全年预算48.00万元，实际支出46.35万元。…⏎（二）…，预算72.00万元，按合同支付
/// 72.00万元…”: the section on the projects, each numbered line opening on a project's name, its budget, then
/// what it spent (in whatever verb) — two or more, every numbered line so written, or none.
fn projects_section(text: &str, numbers: &[Number]) -> Option<Parts> {
    let heading = text.find("项目支出情况")?;
    let line_end = heading + text[heading..].find(BREAK)?;
    let line_start = text[..heading].rfind(BREAK).map_or(0, |i| i + BREAK.len_utf8());
    if text[line_start..line_end].chars().count() > 16 {
        return None;
    }
    let mut items = Vec::new();
    let mut style = None;
    let mut at = line_end + BREAK.len_utf8();
    while let Some(line) = text.get(at..).map(|r| &r[..r.find(BREAK).unwrap_or(r.len())]) {
        let this = numbering_style(line);
        // “本年度共实施项目4个：” opens the list; so does a line of the projects' own total (“2023年共实施4个
        // 项目，预算…，实际支出…”), which is no item of it.
        let lead = line.trim_end().ends_with(':') || line.split(['，', ',']).next().is_some_and(counts_projects);
        if this.is_none() && style.is_none() && lead {
            at += line.len() + BREAK.len_utf8();
            continue;
        }
        if this.is_none() || *style.get_or_insert(this) != this {
            break;
        }
        // Its first sentence: the name up to the first comma, then the budget, then the first figure after it.
        let sentence = &line[..line.find('。').unwrap_or(line.len())];
        let name_end = sentence.find(['，', ',', ':'])?;
        let in_sentence = |n: &&Number| n.unit == Unit::Wan && n.start >= at + name_end && n.end <= at + sentence.len();
        let mut figures = numbers.iter().filter(in_sentence);
        let budget = figures.next().filter(|n| text[..n.start].ends_with("预算"))?;
        let spent = figures.next().filter(|n| n.value <= budget.value)?;
        let name = without_numbering(&line[..name_end]);
        let name_start = at + name_end - name.len();
        items.push(Part { name: name_start..at + name_end, value: spent.value });
        at += line.len() + BREAK.len_utf8();
    }
    (items.len() >= 2).then_some(Parts { items, partial: false })
}

/// Of three or more different values, the one that is the sum of all the others: the whole, the others its
/// units' shares.
fn whole_of_shares(values: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    let mut distinct: Vec<Decimal> = Vec::new();
    for value in values {
        if !distinct.contains(&value) {
            distinct.push(value);
        }
    }
    let all = distinct.iter().try_fold(Decimal::ZERO, |sum, v| sum.plus(*v))?;
    let whole = distinct.iter().copied().find(|v| all.minus(*v) == Some(*v) && !v.is_zero());
    whole.filter(|_| distinct.len() >= 3)
}

/// A figure as stated, with its normalised byte range (label to unit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    pub value: Decimal,
    pub start: usize,
    pub end: usize,
}

/// A total the report states (`spend`, `basic`, `projects`, `annual_budget`, `income`, `staff`, `quota`,
/// and `public` or `sangong` where their parts are listed), with the parts listed for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedTotal {
    pub id: &'static str,
    pub stated: Stated,
    pub parts: Option<Parts>,
    /// A cell of a table (附件1, 附件2): a figure restated, not a claim of its own.
    pub in_table: bool,
}

/// A field stated with more than one value, settled on the one a stated total bears out (“年初预算1,286.40”
/// making up the 全年预算数 with its other parts, “1,268.40” in a formula being the slip).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled {
    pub id: &'static str,
    /// The values the text also gives, which no total bears out.
    pub others: Vec<Decimal>,
    /// The total (`annual_budget`, `basic` …) whose parts the settled value makes up.
    pub by: &'static str,
    /// Where the text states the others.
    pub elsewhere: Vec<Stated>,
    /// Where the text states the settled value nowhere — it is what the total less its other parts leaves —
    /// the rates (where they stand, and as written) that hold on it and not on the value written.
    pub implied_for: Vec<(usize, String)>,
}

/// What settles a year-end balance stated twice: the 全年预算数 less the 支出合计 (the funds balance).
pub const BY_FUNDS_BALANCE: &str = "funds_balance";

impl Settled {
    /// What bears the settled value out, in words (“与全年预算数的各部分之和相合”).
    pub fn borne_out_by(&self) -> String {
        match self.by {
            BY_FUNDS_BALANCE => "与资金收支平衡（全年预算数=支出合计+年末结转结余）相合".to_string(),
            total => {
                let also = if self.implied() { format!("，{}也按此相符", self.implied_rates()) } else { String::new() };
                format!("与{}的各部分之和相合{also}", super::verdicts::total_name(total).0)
            }
        }
    }

    /// Whether the settled value is the total's less its other parts, stated nowhere in the text.
    pub fn implied(&self) -> bool {
        !self.implied_for.is_empty()
    }

    /// The rates that hold on an implied value, as the report wrote them (“公用经费控制率96.97%”).
    pub fn implied_rates(&self) -> String {
        self.implied_for.iter().map(|(_, rate)| rate.as_str()).collect::<Vec<_>>().join("、")
    }
}

/// A project row the report lists after its 项目支出 total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedProject {
    /// As written in the pasted text (quotes kept), blanks removed.
    pub name: String,
    pub actual: Decimal,
}

/// Everything recognised.
#[derive(Debug, Default, Clone)]
pub struct Recognised {
    /// Field id → the first value stated for it.
    pub fields: BTreeMap<&'static str, Stated>,
    /// Fields stated again with another value (the field is then in doubt).
    pub conflicts: BTreeMap<&'static str, Vec<Stated>>,
    /// Fields stated with two values of which one only is borne out by a total the text states (see
    /// [`Recognised::settle_conflicts`]): that one is the field's value, these are the others.
    pub settled: Vec<Settled>,
    /// Totals as stated, in the order they stand.
    pub totals: Vec<StatedTotal>,
    pub projects: Vec<ListedProject>,
    /// Figures the text gives only indirectly — named by a formula in words (“预算安排公用经费×100%=
    /// …85.0…”), or said to be nothing (“年中未追加预算”): used where the text states no other.
    pub named: BTreeMap<&'static str, Decimal>,
    /// Whether the text speaks of the year-end balance at all (年末结转结余, 结转结余率 …), though perhaps
    /// with no figure read: then it is not taken as 0.
    pub closing_named: bool,
    /// What each “三公” item spent, as stated sentence by sentence: the item's name (normalised range) and
    /// its figure.
    pub sangong_items: Vec<Part>,
    /// What each “三公” item was budgeted, as stated sentence by sentence (“公务接待费预算0.80万元”).
    pub sangong_item_budgets: Vec<Part>,
    /// The report's execution-rate formulas (支出 / 全年预算数): what the report itself took the year's
    /// budget to be.
    pub execution_formulas: Vec<crate::core::calc::rate::Rate>,
    /// Where figures stated bare under a caption in 元 end (normalised): written in 元, though no 元 follows.
    pub bare_yuan: Vec<usize>,
}

/// How a line is numbered: in brackets or not, by a digit or a Chinese numeral; `None` if it is not.
fn numbering_style(line: &str) -> Option<(bool, bool)> {
    let line = line.trim_start();
    let inner = line.strip_prefix(['（', '(']);
    let bracketed = inner.is_some();
    let first = inner.unwrap_or(line).chars().next()?;
    // “2023年…” opens on a year, not a number: a numbering's digits end on its sign (“1.”, “2、”, “（3）”).
    let past_digits = inner.unwrap_or(line).trim_start_matches(|c: char| c.is_ascii_digit());
    let by_digit = first.is_ascii_digit() && (bracketed || past_digits.starts_with(['.', '．', '、', ')', '）', ' ', '\t']));
    (by_digit || (bracketed && "一二三四五六七八九十".contains(first))).then_some((bracketed, by_digit))
}

/// “三公”经费：2024年与2023年预算均为3.00万元”: one figure for the budgets of both years, this year's and
/// the last — each a figure the change and the control rate are worked on.
fn sangong_budgets_alike(text: &str, numbers: &[Number], year: Option<u32>) -> Option<Stated> {
    let year = year?;
    let both = format!("{year}年与{}年", year.checked_sub(1)?);
    let number = numbers.iter().filter(|n| n.unit == Unit::Wan).find(|n| {
        let clause = sentence_before(text, n.start).rsplit(['，', ',', ';']).next().unwrap_or_default();
        let Some(words) = clause.find(&both).map(|at| &clause[at + both.len()..]) else { return false };
        let of_budgets = words.contains("预算") && !["支出", "决算", "实际"].iter().any(|w| words.contains(w));
        of_budgets && ["均为", "都是", "均是"].iter().any(|w| words.ends_with(w)) && sentence_before(text, n.start).contains("三公经费")
    })?;
    let start = text[..number.start].rfind(&both)?;
    Some(Stated { value: number.value, start, end: number.end })
}

/// “本站无公务用车，无因公出国（境）。…“三公”经费预算0.50万元，…实际支出公务接待费0.35万元”: the “三公”
/// spending never stated as such, but in the budget's sentence as one item's, the others said to be none —
/// that item is the whole. Not the cars' kind, which has two items (购置, 运行维护) one figure may not cover.
fn sangong_spent_on_one_item(text: &str, numbers: &[Number], budget: &Stated) -> Option<Decimal> {
    const KINDS: [&str; 3] = ["因公出国", "公务接待", "公务用车"];
    let rest = text.get(budget.end..)?;
    let sentence_end = budget.end + rest.find(['。', '\n']).unwrap_or(rest.len());
    let in_sentence = numbers.iter().filter(|n| n.start >= budget.end && n.end <= sentence_end && n.unit == Unit::Wan);
    let kind_spent = |n: &&Number| {
        let clause = text[budget.end..n.start].rsplit(['，', ',', ';', '、']).next().unwrap_or_default();
        let item = clause.strip_prefix("实际").unwrap_or(clause).strip_prefix("支出")?;
        KINDS.iter().position(|k| item.starts_with(k)).filter(|_| item.ends_with('费'))
    };
    let spent: Vec<(usize, &Number)> = in_sentence.filter_map(|n| Some((kind_spent(&n)?, n))).collect();
    let [(kind, item)] = spent.as_slice() else { return None };
    let said_none = |k: &str| ["无", "未发生", "没有"].iter().any(|no| text.contains(&format!("{no}{k}")));
    let others_none = KINDS.iter().enumerate().filter(|(k, _)| k != kind).all(|(_, k)| said_none(k));
    (KINDS[*kind] != "公务用车" && others_none).then_some(item.value)
}

impl Recognised {
    pub fn read(pasted: &str, text: &Normalised, numbers: &[Number], tables: &Tables, year: Option<u32>) -> Self {
        let mut found = Recognised::default();
        let mut incomes: Vec<(&'static str, Stated)> = Vec::new();
        // A unit's head counts in a list of the department's units, typed throughout, are its own: the
        // department's by type are the units' sums, filled below where it states none.
        let units_counts = unit_staff::typed_counts(&text.text, numbers);
        // A project's 自评表 states the project's money (its own 年中追加 in its 预算调整的原因), not the unit's.
        let sheets = project_sheets::spans(pasted, text);
        for (index, number) in numbers.iter().enumerate() {
            if tables.rows.iter().any(|row| row.contains(&number.start)) || sheets.iter().any(|s| s.contains(&number.start)) {
                continue;
            }
            let Some((target, label_start)) = label_of(&text.text, number, year) else { continue };
            if target.counts_persons() && number.decimals > 0 || bounds_its_label(&text.text, number.end) || set_apart_by_its_bracket(&text.text, number.end) {
                continue;
            }
            if target.counts_persons() && units_counts.iter().any(|u| u.start == number.start) {
                continue;
            }
            // “上年结转 | 46820.00” under “（单位：元）”: an amount in 元, held in 万元 as every other.
            let in_yuan = number.unit == Unit::Bare && !target.counts_persons() && tables.in_yuan_row(number.start);
            let Some(value) = (if in_yuan { number.value.divided_by(Decimal::from(10_000)) } else { Some(number.value) }) else { continue };
            let stated = Stated { value, start: label_start, end: number.end };
            if in_yuan {
                found.bare_yuan.push(number.end);
            }
            let target = match target {
                Target::Total("spend") if lists_sangong_items(&text.text, numbers, index) => Target::Field("sangong.actual"),
                target => target,
            };
            if let (Target::Field("budget.other_funds"), Some(kind)) = (target, income_kind(&text.text, label_start)) {
                incomes.push((kind, stated));
                continue;
            }
            if target == Target::Field(SANGONG_ITEM) || target == Target::Field(SANGONG_ITEM_BUDGET) {
                let name = topic_before(&text.text, label_start).map_or(label_start..number.start, |(topic, at)| at..at + topic.len());
                let items = if target == Target::Field(SANGONG_ITEM) { &mut found.sangong_items } else { &mut found.sangong_item_budgets };
                items.push(Part { name, value });
                continue;
            }
            match target {
                Target::Field(id) => {
                    let with_parts = match id {
                        "spend.public" => Some("public"),
                        // “人员经费…万元（工资福利支出…加对个人和家庭的补助…）”: its two 经济分类 parts.
                        "spend.personnel" => Some("personnel"),
                        // “年初预算…，其中中央财政资金…、地方财政资金…”: by source, or by use.
                        "budget.initial" => Some("initial"),
                        "sangong.budget" | "sangong.actual" => Some("sangong"),
                        _ => None,
                    };
                    if let Some(total) = with_parts {
                        let items_before = (id == "sangong.actual").then(|| found.items_in_section(&text.text, label_start)).flatten();
                        let next_sentence = || (total == "sangong").then(|| listed_next_sentence(&text.text, numbers, index, id == "sangong.actual")).flatten();
                        let equation = || summed_in_an_equation(&text.text, numbers, index);
                        if let Some(mut parts) = listed(&text.text, numbers, index, total).or(items_before).or_else(next_sentence).or_else(equation) {
                            // 公用经费's items (办公费、差旅费…) are many: a list of a few is some of them,
                            // wrong only when it adds up to more than the total — unless it closes on
                            // “其他…”, the rest of them, and so must make the total.
                            parts.partial |= total == "public" && !closes_on_the_rest(&text.text, &parts);
                            found.totals.push(StatedTotal { id: total, stated: stated.clone(), parts: Some(parts), in_table: false });
                        }
                    }
                    if found.of_another_unit(&text.text, id, label_start) {
                        found.add_to_field(id, stated);
                    } else if !found.part_in_brackets(&text.text, id, label_start) {
                        found.field(id, stated);
                    }
                }
                Target::Total(id) => {
                    let parts = listed(&text.text, numbers, index, id);
                    if id == "spend" {
                        found.field("spend.stated_total", stated.clone());
                    }
                    found.totals.push(StatedTotal { id, stated, parts, in_table: false });
                }
            }
        }
        for (id, value, list) in unit_staff::typed_sums(&text.text, numbers) {
            if !found.fields.contains_key(id) {
                found.fields.insert(id, Stated { value, start: list.start, end: list.end });
            }
        }
        // A 事业单位's 经营支出 (or money passed up or down) stated on its own: a part of its 支出合计 where the sums say so.
        let beyond = super::spent_beyond::stated(&text.text, numbers);
        for total in found.totals.iter_mut().filter(|t| t.id == "spend") {
            super::spent_beyond::settle(&text.text, total, &beyond);
        }
        // “全年预算数由上年结转…、年初预算…和年中追加…组成”: the budget's parts said in full, with no income
        // among them — the incomes stated elsewhere are within the 年初预算, not funds beside it.
        if !composed_without_incomes(&text.text) {
            // “收入合计…，其中：财政拨款收入…，事业收入…”: the account's incomes beside an appropriation the budget's
            // parts make are other funds too — first, as they stand before the funds' sentences.
            let mut all = super::income_account::beside_the_appropriation(&text.text, numbers, &found);
            all.extend(incomes);
            found.other_funds(all);
        }
        for cell in &tables.cells {
            let stated = Stated { value: cell.value, start: cell.start, end: cell.end };
            match cell.target {
                Target::Field(id) => {
                    // A bare figure of a table in 元, read as 万元: written in 元.
                    if numbers.iter().any(|n| n.start == cell.start && n.unit == Unit::Bare && n.value != cell.value) {
                        found.bare_yuan.push(cell.end);
                    }
                    found.field(id, stated)
                }
                Target::Total(id) => {
                    // A table's total over its own rows of parts is checked on them.
                    let sum = tables.sums.iter().find(|(index, ..)| numbers.get(*index).is_some_and(|n| n.start == cell.start));
                    if sum.is_some_and(|(.., in_yuan)| *in_yuan) {
                        found.bare_yuan.push(cell.end);
                    }
                    found.totals.push(StatedTotal { id, stated, parts: sum.map(|(_, parts, _)| parts.clone()), in_table: true })
                }
            }
        }
        for (id, at, parts) in introduced(&text.text, numbers) {
            let open = found.totals.iter_mut().rev().find(|t| t.id == id && t.stated.end <= at && t.parts.is_none());
            if let Some(total) = open {
                total.parts = Some(parts);
            }
        }
        found.disown_others_totals(&text.text);
        // The 项目支出 stated in the text, its parts not yet found: each project's spending in the brackets
        // after it (“项目支出98.44万元:档案数字化（预算58万元，支出55.10万元）、…”), else the rows of a table of
        // projects whose 合计 row spent as much (“项目支出614.00万元”).
        for total in found.totals.iter_mut().filter(|t| t.id == "projects" && t.parts.is_none() && !t.in_table) {
            let table = || tables.project_totals.iter().find(|(_, value, _)| *value == total.stated.value);
            total.parts = bracketed_projects(&text.text, numbers, total.stated.end)
                .or_else(|| table().map(|(_, _, rows)| Parts { items: rows.clone(), partial: false }))
                .or_else(|| super::project_list::spending(&text.text, numbers, total.stated.end))
                .or_else(|| projects_section(&text.text, numbers))
                .or_else(|| super::project_list::announced(&text.text, numbers));
        }
        found.projects = found.listed_projects(pasted, text);
        found.closing_named = names_closing_balance(&text.text);
        for (words, id) in NOTHING {
            if text.text.contains(words) {
                found.named.entry(id).or_insert(Decimal::ZERO);
            }
        }
        if let Some(level) = found.sangong_budget_unchanged(&text.text) {
            found.named.entry("sangong.last_budget").or_insert(level);
        }
        found.shares_and_their_sum();
        if let Some(budget) = sangong_budgets_alike(&text.text, numbers, year) {
            found.field("sangong.budget", budget.clone());
            found.named.entry("sangong.last_budget").or_insert(budget.value);
        }
        if let Some(budget) = found.sangong_budget_of_items(&text.text) {
            found.named.entry("sangong.budget").or_insert(budget);
        }
        let one_item = |budget: &Stated| sangong_spent_on_one_item(&text.text, numbers, budget);
        if let Some(actual) = found.fields.get("sangong.budget").filter(|_| !found.fields.contains_key("sangong.actual")).and_then(one_item) {
            found.named.entry("sangong.actual").or_insert(actual);
        }
        found
    }

    /// “公务用车运行维护费预算14.00万元，支出13.26万元；公务接待费预算0.80万元，支出0.42万元；“三公”经费合计支出
    /// 13.68万元”: the “三公” spending stated with its items, each item budgeted, the budget itself never stated —
    /// it is the items' budgets together. Only where every item that spent has its budget, and no more.
    fn sangong_budget_of_items(&self, text: &str) -> Option<Decimal> {
        if self.fields.contains_key("sangong.budget") {
            return None;
        }
        let actual = self.fields.get("sangong.actual")?;
        let section = section_start(text, actual.start);
        let before = |p: &&Part| p.name.start >= section && p.name.end <= actual.start;
        let named = |p: &Part| text.get(p.name.clone()).unwrap_or_default();
        let spent: Vec<&Part> = self.sangong_items.iter().filter(before).collect();
        let budgeted: Vec<&Part> = self.sangong_item_budgets.iter().filter(before).collect();
        let each_once = |parts: &[&Part]| parts.iter().enumerate().all(|(i, p)| !parts[..i].iter().any(|q| named(q) == named(p)));
        let alike = spent.len() == budgeted.len() && spent.iter().all(|s| budgeted.iter().any(|b| named(b) == named(s)));
        if spent.len() < 2 || !alike || !each_once(&spent) || !each_once(&budgeted) {
            return None;
        }
        budgeted.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.value))
    }

    /// “2024年“三公”经费预算6.00万元，与2023年预算持平”: last year's “三公” budget was this year's, though
    /// no figure says so.
    fn sangong_budget_unchanged(&self, text: &str) -> Option<Decimal> {
        let budget = self.fields.get("sangong.budget")?;
        let rest = text.get(budget.end..)?;
        let sentence = rest.split(['。', '\n', ';']).next().unwrap_or(rest);
        let before = sentence.get(..sentence.find("持平")?)?;
        // Just after the budget (“，与上年持平”, “，与2023年预算持平”), of the budget: nothing of spending.
        // “基本持平”, “大致持平” are near, not equal.
        let exactly = !["基本", "大致", "大体", "略"].iter().any(|w| before.ends_with(w));
        let close = exactly && before.chars().count() <= 12 && before.contains('与') && before.contains('年');
        let of_budget = !["支出", "决算", "实际"].iter().any(|w| before.contains(w));
        (close && of_budget).then_some(budget.value)
    }

    /// “中心本级公用经费186.52万元；推广站公用经费97.85万元。…公用经费合计284.37万元”: a field stated with
    /// several values, one of them the sum of all the others, is stated unit by unit and then for the whole —
    /// the whole is the figure, not a value in doubt.
    fn shares_and_their_sum(&mut self) {
        let ids: Vec<&'static str> = self.conflicts.keys().copied().collect();
        for id in ids {
            let stated = || self.stated(id);
            let whole = whole_of_shares(stated().map(|s| s.value)).and_then(|whole| stated().find(|s| s.value == whole));
            if let Some(whole) = whole.cloned() {
                self.fields.insert(id, whole);
                self.conflicts.remove(id);
            }
        }
    }

    /// “追加资金全部为上级专项转移支付，属于政策性追加”: a text that says the whole of the year's additions was
    /// policy-driven names its 政策性追加 — all of them — though it gives no figure for it. Not where it says
    /// most of them (主要, 大部分) or denies it (不属于, 非政策性). Whether it was so named.
    pub fn all_additions_policy(&mut self, text: &str) -> bool {
        const ALL: [&str; 7] = ["全部为", "全部是", "全部属", "均为", "均是", "均属", "全额"];
        let Some(additions) = self.value("budget.additions") else { return false };
        if self.fields.contains_key("budget.policy_additions") || self.named.contains_key("budget.policy_additions") {
            return false;
        }
        // “年中追加412.50万元，占…；追加资金全部为…政策性因素”: the words may come after the figure, on any 追加.
        let says = text.split(super::SENTENCE_ENDS).any(|sentence| {
            sentence.match_indices("追加").any(|(at, _)| {
                let rest = &sentence[at..];
                let Some(all) = ALL.iter().filter_map(|w| rest.find(w)).min() else { return false };
                let (before, after) = rest.split_at(all);
                let denied = rest.contains("不属于政策性") || rest.contains("非政策性");
                after.contains("政策性") && !denied && !before.contains(|c: char| c.is_ascii_digit())
            })
        });
        if says {
            self.named.insert("budget.policy_additions", additions);
        }
        says
    }

    /// A field stated with several values, of which exactly one makes up a total the text states — with the
    /// total's other parts, or as a part listed under it — is that value: the others are slips (a rate's formula
    /// built on one is wrong for it). Values that are one figure written twice (元 and 万元) are no conflict.
    pub fn settle_conflicts(&mut self) {
        let ids: Vec<&'static str> = self.conflicts.keys().copied().collect();
        for id in ids {
            if self.drop_own_parts(id) {
                continue;
            }
            let mut candidates: Vec<Stated> = Vec::new();
            for stated in self.stated(id) {
                if !candidates.iter().any(|c| c.value == stated.value) {
                    candidates.push(stated.clone());
                }
            }
            // A figure stated twice or three times: more values than that are no slip to settle (and trying
            // each against the others would grow with their square).
            let few = (2..=3).contains(&candidates.len());
            if !few || super::different(candidates.iter().map(|c| c.value)).len() != candidates.len() {
                continue;
            }
            // The totals the field's parts make on each value, once each.
            let rebuilt: Vec<Totals> = candidates.iter().map(|c| self.totals_on(id, c)).collect();
            let values: Vec<Decimal> = candidates.iter().map(|c| c.value).collect();
            let mut confirmed: Vec<(usize, &'static str)> =
                candidates.iter().enumerate().filter_map(|(i, c)| Some((i, self.made_up_by(c, i, &rebuilt, &values)?))).collect();
            // A year-end balance is no part of a total: what the budget left unspent bears it out.
            if id == "spend.closing_balance" && confirmed.is_empty() {
                let left = self.balance_left();
                confirmed.extend(candidates.iter().position(|c| Some(c.value) == left).map(|i| (i, BY_FUNDS_BALANCE)));
            }
            let [(chosen, by)] = confirmed[..] else { continue };
            let others: Vec<Decimal> = candidates.iter().enumerate().filter(|(i, _)| *i != chosen).map(|(_, c)| c.value).collect();
            let statements = self.stated(id);
            let elsewhere = statements.filter(|s| others.contains(&s.value)).cloned().collect();
            self.fields.insert(id, candidates[chosen].clone());
            self.conflicts.remove(id);
            self.settled.push(Settled { id, others, by, elsewhere, implied_for: vec![] });
        }
    }

    /// “人员经费598.24万元，主要为工资福利支出555.44万元和…”: a figure listed among the field's own parts is
    /// none of the field's values. Such statements dropped, whether one value is left (the doubt gone).
    fn drop_own_parts(&mut self, id: &'static str) -> bool {
        let own = match id {
            "spend.personnel" => "personnel",
            "spend.public" => "public",
            _ => return false,
        };
        let listed_under_it = |s: &Stated| {
            self.totals.iter().filter(|t| t.id == own && t.stated.value != s.value).flat_map(|t| t.parts.iter().flat_map(|p| p.items.iter())).any(|p| {
                p.value == s.value && p.name.start < s.end && s.start < p.name.end
            })
        };
        let kept: Vec<Stated> = self.stated(id).filter(|s| !listed_under_it(s)).cloned().collect();
        let all = self.stated(id).count();
        let values = super::different(kept.iter().map(|s| s.value));
        if kept.len() == all || values.len() != 1 {
            return false;
        }
        self.fields.insert(id, kept[0].clone());
        self.conflicts.remove(id);
        true
    }

    /// What the 全年预算数 less the 支出合计 leaves, each stated with one value in the prose.
    fn balance_left(&self) -> Option<Decimal> {
        let single = |total: &str| {
            let stated = super::different(self.totals.iter().filter(|t| t.id == total && !t.in_table).map(|t| t.stated.value));
            (stated.len() == 1).then(|| stated[0])
        };
        single("annual_budget")?.minus(single("spend")?)
    }

    /// The total that `candidate` (value `index` of a field's values, whose totals are `rebuilt`) makes up
    /// where none of the others does: a part listed under a total its parts add up to, or the part that, with
    /// the total's other parts, gives it. A list whose other parts hold another of the field's values (“其中人员经费146.2、公用经费1,024.4”, the two
    /// swapped) adds up either way: it bears out neither.
    fn made_up_by(&self, candidate: &Stated, index: usize, rebuilt: &[Totals], values: &[Decimal]) -> Option<&'static str> {
        let listed = self.totals.iter().filter(|t| !t.in_table).find(|t| {
            let Some(parts) = t.parts.as_ref().filter(|p| !p.partial && p.sum() == Some(t.stated.value)) else { return false };
            let swapped = parts.items.iter().any(|p| p.value != candidate.value && values.contains(&p.value));
            !swapped && parts.items.iter().any(|p| p.value == candidate.value && p.name.start < candidate.end && candidate.start < p.name.end)
        });
        if let Some(total) = listed {
            return Some(total.id);
        }
        let made_up = |totals: &Totals, total: &str| {
            let sum = match total {
                "basic" => totals.basic,
                "projects" => totals.projects,
                "spend" => totals.spend,
                _ => totals.annual_budget,
            };
            sum.is_some() && sum == self.total(total)
        };
        let own = rebuilt.get(index)?;
        let others = || rebuilt.iter().enumerate().filter(|(i, _)| *i != index).map(|(_, t)| t);
        ["annual_budget", "basic", "projects", "spend"].into_iter().find(|t| made_up(own, t) && !others().any(|o| made_up(o, t)))
    }

    /// The totals the field `id`'s parts make with `value` in its place. With no project listed as a row, the
    /// 项目支出 the text states is the projects' part of the 支出合计 (not none of it).
    fn totals_on(&self, id: &'static str, value: &Stated) -> Totals {
        let mut found = self.clone();
        found.fields.insert(id, value.clone());
        found.conflicts.remove(id);
        let mut totals = Totals::of(&Figures::read(&super::recompute::draft_of(&found)));
        if let (true, Some(projects)) = (self.projects.is_empty(), self.total("projects")) {
            totals.projects = Some(projects);
            totals.spend = totals.basic.and_then(|basic| basic.plus(projects));
        }
        totals
    }

    /// A total stated unit by unit and then for the whole (“中心本级在职31人；推广站在职19人。…在职人员50人”):
    /// the whole, else none.
    pub fn whole_total(&self, id: &str) -> Option<Decimal> {
        whole_of_shares(self.totals.iter().filter(|t| t.id == id && !t.in_table).map(|t| t.stated.value))
    }

    fn field(&mut self, id: &'static str, stated: Stated) {
        // “年中调减\n-48.00” in a table beside “年中调减48.00万元” in the prose: a reduction shown with its minus
        // sign is the same reduction — the budget is reduced by 48, not by −48.
        let stated = match stated.value.is_sign_negative() && id == "budget.reductions" {
            true => Stated { value: stated.value.abs(), ..stated },
            false => stated,
        };
        match self.fields.get(id) {
            None => {
                self.fields.insert(id, stated);
            }
            Some(first) if first.value != stated.value => self.conflicts.entry(id).or_default().push(stated),
            Some(_) => {}
        }
    }

    /// “编制86名，其中局机关行政编制24名，甲中心事业编制36名，乙中心事业编制26名”: in a breakdown by unit, a
    /// head-count of a kind named again after another unit's name is that unit's share of it, not another value.
    fn of_another_unit(&self, text: &str, id: &str, label_start: usize) -> bool {
        const LONGEST_NAME: usize = 16;
        let Some(first) = self.fields.get(id).filter(|_| id.starts_with("staff.")) else { return false };
        let Some(between) = text.get(first.end..label_start) else { return false };
        let sentence = sentence_before(text, first.start);
        let name = between.rsplit(['，', ',', '、', ';']).next().unwrap_or(between);
        let named = (2..=LONGEST_NAME).contains(&name.chars().count()) && name.chars().all(ideograph);
        named && name.len() < between.len() && !between.contains(['。', '\n']) && sentence.contains("其中")
    }

    /// A unit's share of a field added to the shares before it.
    fn add_to_field(&mut self, id: &'static str, stated: Stated) {
        if let Some(first) = self.fields.get_mut(id) {
            match first.value.plus(stated.value) {
                Some(sum) => first.value = sum,
                None => self.conflicts.entry(id).or_default().push(stated),
            }
        }
    }

    /// “年中追加36.80万元（省级补助20.00万元、县级活动追加16.80万元）”: a figure in the brackets just after the
    /// field's own figure is a part of it, not another value of it.
    fn part_in_brackets(&self, text: &str, id: &str, label_start: usize) -> bool {
        let Some(first) = self.fields.get(id) else { return false };
        let between = text.get(first.end..label_start).unwrap_or_default();
        between.starts_with(['（', '(']) && !between.contains(['）', ')'])
    }

    /// The other funds from the kinds of income stated (事业收入 86.20万元, 其他收入 5万元): the sum of each
    /// kind's first value; a kind stated again with another value puts them in doubt, as any field.
    fn other_funds(&mut self, incomes: Vec<(&'static str, Stated)>) {
        let mut kinds: Vec<(&str, Stated)> = Vec::new();
        for (kind, stated) in incomes {
            match kinds.iter().find(|(k, _)| *k == kind) {
                Some((_, first)) if first.value != stated.value => self.conflicts.entry("budget.other_funds").or_default().push(stated),
                Some(_) => {}
                None => kinds.push((kind, stated)),
            }
        }
        let Some((_, first)) = kinds.first() else { return };
        let sum = kinds.iter().try_fold(Decimal::ZERO, |sum, (_, s)| sum.plus(s.value));
        if let Some(value) = sum {
            let stated = Stated { value, ..first.clone() };
            self.field("budget.other_funds", stated);
        }
    }

    /// The “三公” items' spending stated in the section before `at` (“公务用车运行维护费支出4.3265万元。公务接待
    /// 费…实际支出1.8720万元。全年“三公”经费实际支出合计…”): some of the total's parts (an item that spent
    /// nothing may go unsaid), if two or more.
    fn items_in_section(&self, text: &str, at: usize) -> Option<Parts> {
        let section = section_start(text, at);
        let items: Vec<Part> = self.sangong_items.iter().filter(|p| p.name.start >= section && p.name.end <= at).cloned().collect();
        (items.len() >= 2).then_some(Parts { items, partial: true })
    }

    /// Whether a stated figure was written in 元: its unit, as the text has it, is 元 (not 万元 or 亿元), or it
    /// is bare under a caption in 元.
    pub fn written_in_yuan(&self, text: &str, stated: &Stated) -> bool {
        let unit_yuan = text.get(stated.start..stated.end).is_some_and(|phrase| phrase.ends_with('元') && !phrase.ends_with("万元") && !phrase.ends_with("亿元"));
        unit_yuan || self.bare_yuan.contains(&stated.end)
    }

    /// “参照公务员法管理的事业编制12个、实有12人；其他事业编制20个、实有18人”: those in post of one type stated in
    /// shares, one after each kind of its 编制, which with the other types make the stated total in post — no
    /// figure stated twice (据此新建草稿 fills their sum).
    pub fn in_shares(&self, id: &str) -> bool {
        const ACTUAL: [&str; 3] = ["staff.actual.admin", "staff.actual.institution", "staff.actual.worker"];
        let Some(staff) = self.totals.iter().find(|t| t.id == "staff" && !t.in_table).map(|t| t.stated.value) else { return false };
        let others: Vec<&str> = ACTUAL.into_iter().filter(|other| *other != id).collect();
        if !ACTUAL.contains(&id) || others.iter().any(|other| self.conflicts.contains_key(other)) {
            return false;
        }
        let shares = self.stated(id).try_fold(Decimal::ZERO, |sum, share| sum.plus(share.value));
        let rest = others.iter().try_fold(Decimal::ZERO, |sum, other| sum.plus(self.value(other).unwrap_or_default()));
        shares.zip(rest).and_then(|(shares, rest)| shares.plus(rest)) == Some(staff)
    }

    /// The figure of `stated` as the report wrote it (“23.43亿元”, “712.75万元”), the size of its unit in 万元
    /// and the decimals it is written with; a bare figure under a caption in 元 is in 元, else in 万元.
    pub fn as_written<'t>(&self, text: &'t str, stated: &Stated) -> Option<(&'t str, Decimal, u32)> {
        let phrase = text.get(stated.start..stated.end)?;
        let number = super::numbers::numbers(phrase).into_iter().last().filter(|n| n.end == phrase.len())?;
        let written = phrase.get(number.start..)?;
        let size = match super::restated::written_in(phrase, &number) {
            Some((_, size)) => size,
            None if self.bare_yuan.contains(&stated.end) => Decimal::new(1, 4),
            None => Decimal::ONE,
        };
        Some((written, size, number.decimals))
    }

    /// Whether `value` (in 万元), rounded half up to the digits `stated` is written with, is the stated figure:
    /// a total written coarser than its parts (“23.43亿元” is 234,289.62万元 to the 百万元; “712.75万元” parts
    /// given to the 元). Only a figure written with decimals, or in 亿元: a whole number of 万元 is as likely
    /// exact as rounded.
    pub fn rounds_to(&self, text: &str, stated: &Stated, value: Decimal) -> bool {
        if value == stated.value {
            return false;
        }
        let Some((written, size, decimals)) = self.as_written(text, stated) else { return false };
        let coarse = decimals > 0 || written.ends_with("亿元");
        let in_its_unit = |v: Decimal| v.divided_by(size);
        let rounded = in_its_unit(value).map(|v| v.round_dp_with_strategy(decimals, rust_decimal::RoundingStrategy::MidpointAwayFromZero));
        coarse && rounded.is_some() && rounded == in_its_unit(stated.value)
    }

    /// Whether `value` (in 万元), a sum of parts, is the figure the report states for the total or field `id`:
    /// exactly, or at the digits that figure is written with ([`Self::rounds_to`]) — parts given to the 分
    /// make a total written to two decimals of 万元, as the audit holds them.
    pub fn agrees(&self, text: &str, id: &str, value: Decimal) -> bool {
        let Some(stated) = self.total(id).or_else(|| self.value(id)) else { return false };
        let written = self.totals.iter().filter(|t| t.id == id).map(|t| &t.stated).chain(self.fields.get(id));
        stated == value || written.filter(|s| s.value == stated).any(|s| self.rounds_to(text, s, value))
    }

    /// Every value stated for a field, the first first (the values in doubt after it).
    pub fn stated(&self, id: &str) -> impl Iterator<Item = &Stated> {
        self.fields.get(id).into_iter().chain(self.conflicts.get(id).into_iter().flatten())
    }

    /// The value stated for a field, unless it is in doubt; else the one a formula names.
    pub fn value(&self, id: &str) -> Option<Decimal> {
        match self.fields.get(id) {
            Some(stated) if !self.conflicts.contains_key(id) => Some(stated.value),
            Some(_) => None,
            None => self.named.get(id).copied(),
        }
    }

    /// The first value stated for a total (`spend`, `annual_budget` …), else the one a formula names.
    pub fn total(&self, id: &str) -> Option<Decimal> {
        let first = || self.totals.iter().find(|t| t.id == id).map(|t| t.stated.value);
        self.whole_total(id).or_else(first).or_else(|| self.named.get(id).copied())
    }

    /// Figures a formula names in words, kept where the text states no other.
    pub fn name_figures(&mut self, text: &str, numbers: &[Number], named: &[(std::ops::Range<usize>, usize)], year: Option<u32>) {
        for (words, index) in named {
            let (Some(phrase), Some(number)) = (text.get(words.clone()), numbers.get(*index)) else { continue };
            let Some(target) = phrase_target(phrase, year) else { continue };
            // “=7,969,086.75/8,184,380.00×100%” in a report in 元: its bare amounts are in 元 too.
            let in_yuan = number.unit == Unit::Bare && !target.counts_persons() && beyond_any_amount(number.value, numbers);
            let Some(value) = (if in_yuan { number.value.divided_by(Decimal::from(10_000)) } else { Some(number.value) }) else { continue };
            let (Target::Field(id) | Target::Total(id)) = target;
            self.named.entry(id).or_insert(value);
        }
    }

    /// “预算执行率＝23287.5955/24100.0000×100%；” with no result: the formula names the rate's two figures, the
    /// year's spending over the year's budget — where its spending is the one the text states, the figures
    /// are the unit's and in its unit, and its budget is the year's budget (kept where the text states no other).
    pub fn name_budget_of_resultless_formulas(&mut self, text: &str, numbers: &[Number]) {
        const NAME: &str = "预算执行率";
        let Some(spend) = self.total("spend") else { return };
        for (at, _) in text.match_indices(NAME) {
            let Some(rest) = text.get(at + NAME.len()..).and_then(|r| r.strip_prefix(['＝', '='])) else { continue };
            let from = text.len() - rest.len();
            let Some(first) = numbers.iter().position(|n| n.start == from) else { continue };
            let (Some(over), Some(under)) = (numbers.get(first), numbers.get(first + 1)) else { continue };
            let between = text.get(over.end..under.start).unwrap_or_default();
            let after = text.get(under.end..).unwrap_or_default();
            // “×100%” with no “＝” after it (the sign one byte or two: “*100%”, “×100%”).
            let resultless = after.strip_prefix(['×', '*', 'x']).and_then(|a| a.strip_prefix("100%")).is_some_and(|a| !a.starts_with(['＝', '=']));
            if ["/", "÷", "／"].contains(&between) && resultless && over.value == spend {
                self.named.entry("annual_budget").or_insert(under.value);
            }
        }
    }

    /// “全民阅读推广，年度预算28万元，实际支出27.46万元”: bare words (实际支出, 全年预算, 执行数) that read as the
    /// unit's whole spending or budget, for a figure not half the unit's own (as the text states it elsewhere,
    /// or as its parts give it), name somebody else's figure — a project's, a task's — not the unit's: no
    /// claim to check against the unit's parts. A figure the text names as the unit's (支出合计, 全年预算数,
    /// 部门…) stays a claim, however far off: that is a slip to mark.
    fn disown_others_totals(&mut self, text: &str) {
        let mut others: Vec<(&'static str, usize)> = Vec::new();
        for total in self.totals.iter().filter(|t| !t.in_table && matches!(t.id, "spend" | "annual_budget")) {
            let twice = total.stated.value.times(Decimal::TWO);
            let at_most_half = self.units_own(total.id, total.stated.start).zip(twice).is_some_and(|(units, twice)| twice < units);
            if at_most_half && !named_as_the_units(text, total.stated.start) {
                others.push((total.id, total.stated.start));
            }
        }
        self.disown(others);
    }

    /// “年初预算…，年中追加…，调减…，调整后预算1,760.40万元，加上年结转后全年可用资金1,796.00万元”: where the
    /// text goes on from its 调整后预算 by the carry-over to the year's funds — another figure it states, made
    /// by the two, or one it reaches by “结转” within the same line — the 调整后预算 is the budget before the
    /// carry-over (`adjusted_budget`), not the 全年预算数. Stated alone, it stays the year's budget.
    pub fn set_apart_the_budget_before_carryover(&mut self, text: &str) {
        // With nothing carried over the two are one figure (“本年无上年结转资金”): the year's budget. A
        // carry-over written twice differently is tried at each value: the one that makes the year's funds
        // is the one the text's sums settle (the other, a slip, is marked where it stands).
        let stated = self.stated("budget.carryover");
        let named = self.named.get("budget.carryover").filter(|_| !self.fields.contains_key("budget.carryover")).copied();
        let carryovers: Vec<Decimal> = stated.map(|s| s.value).chain(named).filter(|c| !c.is_zero()).collect();
        if carryovers.is_empty() {
            return;
        }
        // The year's funds as the text states them: its 全年预算数 (not named 调整后预算) or its income — an
        // income only where the two make it (an income in another account may hold other funds).
        let year_funds: Vec<(bool, Stated)> = self
            .totals
            .iter()
            .filter(|t| !t.in_table && matches!(t.id, "annual_budget" | "income") && !adjusted_budget_label(text, &t.stated))
            .map(|t| (t.id == "annual_budget", t.stated.clone()))
            // A formula's figure (“…／全年预算数1,904.28万元”) has no place on the line to be reached at.
            .chain(self.named.get("annual_budget").map(|&value| (false, Stated { value, start: 0, end: 0 })))
            .collect();
        for total in self.totals.iter_mut().filter(|t| t.id == "annual_budget" && !t.in_table && adjusted_budget_label(text, &t.stated)) {
            let made = |(_, funds): &(bool, Stated)| carryovers.iter().any(|&carryover| total.stated.value.plus(carryover) == Some(funds.value));
            let reached = |(budget, funds): &(bool, Stated)| *budget && carried_on_to(text, &total.stated, funds);
            if year_funds.iter().any(|funds| made(funds) || reached(funds)) {
                total.id = "adjusted_budget";
            }
        }
    }

    /// Totals stated at these places (id, start) taken back: somebody else's figures.
    fn disown(&mut self, others: Vec<(&'static str, usize)>) {
        for (id, start) in others {
            self.totals.retain(|t| !(t.id == id && t.stated.start == start));
            if id == "spend" {
                self.forget("spend.stated_total", start);
            }
        }
    }

    /// “1．营养改善计划：全年预算168万元，实际支出165.42万元，执行率98.46%”: the budget and spending a project's
    /// rate was checked on (at `ranges`) are the project's, though bare words (全年预算, 实际支出) name them —
    /// whatever their size beside the unit's.
    pub fn leave_to_projects(&mut self, text: &str, ranges: &[std::ops::Range<usize>]) {
        let projects: Vec<(&'static str, usize)> = self
            .totals
            .iter()
            .filter(|t| !t.in_table && matches!(t.id, "spend" | "annual_budget") && !named_as_the_units(text, t.stated.start))
            // Its figure among the project's: its label may start before them (“全年预算” where the project's
            // figures start at “预算”).
            .filter(|t| ranges.iter().any(|r| r.start < t.stated.end && t.stated.end <= r.end))
            .map(|t| (t.id, t.stated.start))
            .collect();
        self.disown(projects);
        // “…疫苗采购（专项资金）全年预算480.00万元，实际支出472.35万元，执行率98.41%”: a project that buys is
        // named with 采购; its spending is not what the unit bought by 政府采购.
        let within = |s: &Stated| ranges.iter().any(|r| r.start <= s.start && s.end <= r.end);
        // “…实际支出48.30万元（含使用上年结转资金6.30万元），执行率…”, “…预算…，年末结余…”: a carry-over or a balance
        // among a project's figures is the project's, not the unit's.
        for id in ["procurement.budget", "procurement.actual", "budget.carryover", "spend.closing_balance"] {
            let stated = self.stated(id);
            let bought: Vec<usize> = stated.filter(|s| within(s)).map(|s| s.start).collect();
            for start in bought {
                self.forget(id, start);
            }
        }
    }

    /// “项目支出1,020.00万元，具体如下：⏎（1）道路养护：预算…，支出580.00万元，执行率…。⏎（2）…”: a 项目支出 whose
    /// sentence closes on a colon, over the numbered lines below it, each a project whose rate was checked on its
    /// own spending (`projects`: where each project's figures stand, and its spending) — made of those.
    pub fn projects_listed_below(&mut self, text: &str, projects: &[(std::ops::Range<usize>, Decimal)]) {
        for total in self.totals.iter_mut().filter(|t| t.id == "projects" && t.parts.is_none() && !t.in_table) {
            let rest = text.get(total.stated.end..).unwrap_or_default();
            let line_end = rest.find(BREAK).unwrap_or(rest.len());
            let opens_a_list = rest[..line_end].trim_end().ends_with(':') && !rest[..line_end].contains('。');
            if !opens_a_list {
                continue;
            }
            let mut items = Vec::new();
            let mut line_start = total.stated.end + line_end + BREAK.len_utf8();
            // The list ends on a line that is no numbered item; a numbered one without its own checked rate
            // (“（4）消防宣传培训：预算…，支出…。”) leaves the list unknown.
            let mut ended = false;
            let mut style = None;
            while let Some(line) = text.get(line_start..).map(|r| &r[..r.find(BREAK).unwrap_or(r.len())]) {
                let line_range = line_start..line_start + line.len();
                // Numbered as the first item is (“（1）”, “1．”): “（三）结转结余” after “1．…” is the next heading.
                let this = numbering_style(line);
                let numbered = this.is_some() && *style.get_or_insert(this) == this;
                let mut own = projects.iter().filter(|(figures, _)| line_range.start <= figures.start && figures.end <= line_range.end);
                let (Some((figures, spent)), None, true) = (own.next(), own.next(), numbered) else {
                    ended = !numbered;
                    break;
                };
                // Its name: the line's words before its figures, past its numbering and colon.
                let lead = text.get(line_range.start..figures.start).unwrap_or_default();
                let unnumbered = without_numbering(lead);
                let name_start = figures.start - unnumbered.len();
                let name = unnumbered.trim_end_matches([':', '，', ',']);
                items.push(Part { name: name_start..name_start + name.len(), value: *spent });
                line_start = line_range.end + BREAK.len_utf8();
            }
            if items.len() >= 2 && ended {
                total.parts = Some(Parts { items, partial: false });
            }
        }
    }

    /// The unit's own figure for a total, as large as the text gives it: stated elsewhere (not at `except`), or
    /// made by its parts (基本支出 and 项目支出; the 年初预算 at least).
    fn units_own(&self, id: &str, except: usize) -> Option<Decimal> {
        let stated = self.totals.iter().filter(|t| t.id == id && t.stated.start != except).map(|t| t.stated.value);
        let by_parts = match id {
            "spend" => {
                let (basic, projects) = (self.total("basic"), self.total("projects"));
                let both = basic.zip(projects).and_then(|(b, p)| b.plus(p));
                [both, basic, projects].into_iter().flatten().max()
            }
            _ => self.value("budget.initial"),
        };
        stated.chain(by_parts).max()
    }

    /// A field's figure stated at `start` taken back: another of its values, if any, stands in its place.
    fn forget(&mut self, id: &'static str, start: usize) {
        if let Some(others) = self.conflicts.get_mut(id) {
            others.retain(|s| s.start != start);
        }
        if self.fields.get(id).is_some_and(|s| s.start == start) {
            self.fields.remove(id);
            if let Some(next) = self.conflicts.get_mut(id).filter(|o| !o.is_empty()).map(|o| o.remove(0)) {
                self.fields.insert(id, next);
            }
        }
        // Left with one value, the field is no longer in doubt.
        if let Some(others) = self.conflicts.get_mut(id) {
            let first = self.fields.get(id).map(|s| s.value);
            others.retain(|s| Some(s.value) != first);
        }
        if self.conflicts.get(id).is_some_and(|o| o.is_empty()) {
            self.conflicts.remove(id);
        }
    }

    /// The rows listed for the first 项目支出 whose parts are given.
    fn listed_projects(&self, pasted: &str, text: &Normalised) -> Vec<ListedProject> {
        let Some(parts) = self.totals.iter().filter(|t| t.id == "projects").find_map(|t| t.parts.as_ref()) else {
            return vec![];
        };
        parts
            .items
            .iter()
            .map(|part| {
                let span = text.span(pasted, part.name.start, part.name.end);
                ListedProject { name: text.quote(pasted, &span), actual: part.value }
            })
            .filter(|p| !p.name.is_empty())
            .collect()
    }
}

/// “年初预算500万元以上的项目”, “支出50万元以下的”: the figure is a bound the report sets, not what the
/// label amounts to. (“在预算42.00万元以内” is said of the budget itself: 以内 is no bound here.)
/// “另有工勤编制9名（不纳入控制率计算）”: a figure the report itself sets apart from its sums and rates
/// is no part of them.
fn set_apart_by_its_bracket(text: &str, end: usize) -> bool {
    const APART: [&str; 5] = ["不纳入", "不计入", "不参与", "未纳入", "未计入"];
    let Some(inside) = text.get(end..).and_then(|after| after.strip_prefix(['（', '('])) else { return false };
    let inside = inside.get(..inside.find(['）', ')']).unwrap_or(0)).unwrap_or_default();
    APART.iter().any(|w| inside.contains(w))
}

fn bounds_its_label(text: &str, end: usize) -> bool {
    text.get(end..).is_some_and(|after| ["以上", "以下", "及以上", "及以下"].iter().any(|w| after.starts_with(w)))
}

/// Whether the text says what the year's whole budget is made of (“全年预算数由…组成”) and names no income
/// among its parts.
fn composed_without_incomes(text: &str) -> bool {
    ["全年预算数由", "全年预算由"].iter().filter_map(|w| text.find(w).map(|at| at + w.len())).any(|from| {
        let sentence = text[from..].split(['。', '\n']).next().unwrap_or_default();
        ["组成", "构成"].iter().any(|w| sentence.contains(w)) && !sentence.contains("收入")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;

    /// The year's budget a rate's formula names where it gives no result, for a formula written `text`.
    fn named_budget(text: &str) -> Option<Decimal> {
        let mut found = Recognised::default();
        let spend = Stated { value: Decimal::new(246812, 2), start: 0, end: 0 };
        found.totals.push(StatedTotal { id: "spend", stated: spend, parts: None, in_table: false });
        found.name_budget_of_resultless_formulas(text, &numbers(text));
        found.named.get("annual_budget").copied()
    }

    #[test]
    fn only_a_formula_without_its_result_names_the_budget_whatever_its_times_sign() {
        for sign in ["×", "*"] {
            assert_eq!(named_budget(&format!("预算执行率＝2468.12/2531.41{sign}100%；")), Some(Decimal::new(253141, 2)), "{sign}");
            assert_eq!(named_budget(&format!("预算执行率＝2468.12/2531.41{sign}100%=97.50%。")), None, "{sign}");
        }
    }

    fn of(audit: &crate::core::audit::Audit, id: &str) -> Vec<(crate::core::audit::Verdict, String)> {
        audit.claims.iter().filter(|c| c.id == id).map(|c| (c.verdict, c.detail.clone())).collect()
    }

    #[test]
    fn a_total_written_coarser_than_its_parts_holds_where_their_sum_rounds_to_it() {
        use crate::core::audit::{audit, Verdict};
        let budget = |stated: &str| {
            audit(&format!("2023年度。\n本局全年预算数为{stated}，由以下几部分构成：上年结转1,203.45万元，年初预算15,620.30万元，年中追加1,905.12万元，年中调减100.00万元，调整后全年预算18,628.87万元。全年支出18,500.00万元，年末结转结余128.87万元。"))
        };
        // 18,628.87万元 to the 百万元 is 1.86亿元: no slip, and no second figure.
        let right = budget("1.86亿元");
        let claims = of(&right, "annual_budget");
        assert!(!claims.is_empty() && claims.iter().all(|(v, _)| *v == Verdict::Ok), "{claims:?}");
        assert!(claims.iter().any(|(_, d)| d.contains("全年预算数1.86亿元=")), "{claims:?}");
        assert!(!right.remarks.iter().any(|r| r.contains("全年预算数在文中有不同数字")), "{:?}", right.remarks);
        let wrong = budget("1.87亿元");
        assert!(of(&wrong, "annual_budget").iter().any(|(v, _)| *v == Verdict::Mismatch), "{:?}", wrong.claims);
        // Parts to the 元 under a total to the 百元: 289.16346 + 67.26 is 356.42 at its digits, not 356.43 — nor a
        // whole 356万元, which may as well be exact.
        let basic = |stated: &str| of(&audit(&format!("2023年度。\n本站基本支出{stated}万元，其中人员经费2,891,634.6元，公用经费67.26万元。")), "basic");
        assert_eq!(basic("356.42").iter().map(|(v, _)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:?}", basic("356.42"));
        assert_eq!(basic("356.43").iter().map(|(v, _)| *v).collect::<Vec<_>>(), [Verdict::Mismatch]);
        assert_eq!(basic("356").iter().map(|(v, _)| *v).collect::<Vec<_>>(), [Verdict::Mismatch]);
    }

    #[test]
    fn the_last_kind_of_income_listed_one_to_a_line_is_of_the_years_funds_too() {
        use crate::core::audit::{audit, Verdict};
        let text = "某县农产品质量安全检测中心2023年度部门整体支出绩效自评报告\n（三）收入情况\n2023年度收入合计2,368,500.00元，上年结转120,000.00元。按来源分：\n\
            财政拨款收入1,850,000.00元，其中年初预算1,700,000.00元、年中追加150,000.00元（含检测设备购置补助及人员调资资金）；\n\
            事业收入310,000.00元，主要为农产品检验检测收入和委托技术服务收入；\n\
            上级补助收入180,000.00元，为省农业农村厅下达的检测能力建设专项补助；\n\
            其他收入28,500.00元，为存款利息及场地租金收入。\n\
            全年可用资金（全年预算数）2,488,500.00元。\n";
        let found = audit(text);
        let budget = of(&found, "annual_budget");
        assert!(!budget.is_empty() && budget.iter().all(|(v, _)| *v == Verdict::Ok), "{budget:?}");
        assert!(budget.iter().any(|(_, d)| d.contains("其他资金")), "{budget:?}");
    }

    #[test]
    fn a_reduction_shown_with_its_minus_sign_in_a_table_is_the_same_reduction() {
        use crate::core::audit::{audit, Verdict};
        let text = "2024年度。\n全年预算数1062.40万元，其中上年结转40.00万元，年初预算950.00万元，年中追加95.60万元，年中调减23.20万元。\n资金来源表（万元）\n上年结转\n40.00\n年初预算\n950.00\n年中追加\n95.60\n年中调减\n{}\n合计\n1062.40\n";
        let shown = audit(&text.replace("{}", "-23.20"));
        assert!(shown.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:?}", shown.claims);
        assert!(!shown.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", shown.remarks);
        // Another figure is still another figure.
        let other = audit(&text.replace("{}", "-32.20"));
        assert!(other.claims.iter().any(|c| c.verdict == Verdict::Mismatch) || other.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", other.claims);
    }

    #[test]
    fn those_in_post_of_a_type_in_shares_that_make_the_total_are_no_figure_stated_twice() {
        use crate::core::audit::{audit, Verdict};
        let text = "2023年度。\n本所核定编制40个，实有在编人员37人。其中：行政编制15个、实有14人；参照公务员法管理的事业编制10个、实有9人；其他事业编制13个、实有12人；工勤编制2个、实有2人。";
        let found = audit(text);
        assert!(!found.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", found.remarks);
        let staff = of(&found, "staff");
        assert!(staff.iter().all(|(v, _)| *v == Verdict::Ok) && staff.iter().any(|(_, d)| d.contains("37人")), "{staff:?}");
        // Shares that do not make the total stay two figures of one field.
        let off = audit(&text.replace("37人", "39人"));
        assert!(off.remarks.iter().any(|r| r.contains("事业在职人数在文中有不同数字")), "{:?}", off.remarks);
    }
}
