//! Which figure a stated number is: the label written just before it (“年中追加73.72万元”), read in the
//! families real reports use (编制数 / 核定编制 / 行政编制…名; 全年支出 / 支出总额 / 决算数 …).
//!
//! A label counts only if nothing but filler words (共计, 为, 支出 …) stands between it and the number,
//! within the same clause; of several, the one starting earliest (the longest phrase) wins — so
//! “人员经费支出209.95万元” is the 人员经费 and “预算安排公用经费总额11.6万元” the 公用经费 budget.
//!
//! What stands before the label matters too: “上年”, or last year's number, makes a “三公” figure last
//! year's and any other figure no figure of this year; a project's name makes “年初预算” the project's;
//! and a bare “预算” or “实际支出” means the budget or spending of the sentence's topic (公用经费, “三公”
//! 经费, 政府采购, a “三公” item …: “公用经费预算40万元，实际支出35.6万元”), or of the “三公” where the
//! paragraph spoke of them last and the sentence names none of the unit's figures; inside brackets that
//! give a 公用经费 or “三公” figure, even “年初预算” is theirs (the operands of the rate before them).
//! Even the unit's own words (全年实际支出) are the subject's in a sentence that opened on the “三公” or
//! 公用经费, or that goes on to their bare 控制率; and a bare 实际支出 after an item's own budget
//! (“…经费预算88万元，实际支出…”) is that item's — unless its clause splits it into 基本支出 and 项目支出.
//!
//! One figure is also named after its amount: the policy part of the additions (“追加资金中190.00万元为…，
//! 属政策性追加”).

use rust_decimal::Decimal;

use super::damage::is_heading;
use super::project_runs::run_item;
use super::numbers::{Number, Unit};
use super::text::{after_last, ideograph, BREAK, GAP};
use crate::core::order;

/// What a labelled number states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A figure of the data contract (a field id).
    Field(&'static str),
    /// A total the report states, checked against its parts: `spend`, `basic`, `projects`,
    /// `annual_budget`, `income`, `staff`, `quota`.
    Total(&'static str),
}

use Target::{Field, Total};

impl Target {
    /// A head-count: whole persons only.
    pub fn counts_persons(self) -> bool {
        match self {
            Field(id) => id.starts_with("staff."),
            Total(id) => matches!(id, "staff" | "quota"),
        }
    }
}

/// Budget or spending, of whatever the sentence is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Aspect {
    Budget,
    Actual,
}

/// A label's meaning before its context is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    Is(Target),
    /// Only through a topic (“预算”, “支出”): nothing on its own.
    Of(Aspect),
    /// Of a topic when one stands just before (““三公”经费年初预算数”), else the unit's own figure.
    IsOr(Target, Aspect),
    /// 实有在编人数 and the like: the 在职 count of the 编制 type named before it, or of the whole unit.
    Staffed,
    /// “行政9人”, “事业21名”: a type's 编制 or 在职 count, by the words before it.
    OfType(&'static str),
    /// 事业收入, 医疗收入…: funds beside the budget's own (其他资金), where the sentence — or the table,
    /// row by row — counts the year's funds (上年结转, 年初预算…); in an account of income (“收入合计…，
    /// 其中…”) they may be within the 年初预算 already.
    Income,
}

use Meaning::{Income, Is, IsOr, Of, OfType, Staffed};

const fn field(id: &'static str) -> Meaning {
    Is(Field(id))
}

const fn total(id: &'static str) -> Meaning {
    Is(Total(id))
}

/// Labels of amounts (万元).
const AMOUNTS: &[(&str, Meaning)] = &[
    ("上年结转", field("budget.carryover")),
    ("上年结转结余", field("budget.carryover")),
    ("上年结余", field("budget.carryover")),
    ("上年结转资金", field("budget.carryover")),
    // What the year starts with is last year's closing: the year's carry-over, not its closing balance.
    ("年初结转结余", field("budget.carryover")),
    ("年初结转和结余", field("budget.carryover")),
    // “年初结转35.20万元，年初预算…”: likewise, unlike 年末结转 (the closing balance).
    ("年初结转", field("budget.carryover")),
    ("年初预算", IsOr(Field("budget.initial"), Aspect::Budget)),
    ("年初部门预算", field("budget.initial")),
    ("年初预算安排", field("budget.initial")),
    ("年初批复预算", field("budget.initial")),
    ("年初财政预算", field("budget.initial")),
    ("年初安排预算", field("budget.initial")),
    // The budget's parts named with their source (“年初财政拨款预算786.40万元，年中追加财政拨款96.35万元”).
    ("年初财政拨款预算", field("budget.initial")),
    // “年初财政拨款1,068.55万元，年中追加…”: the year's first appropriation, the 年初预算 of the data (SPEC §3).
    ("年初财政拨款", field("budget.initial")),
    ("追加", field("budget.additions")),
    ("年中追加", field("budget.additions")),
    ("追加预算", field("budget.additions")),
    // “年度执行中，调整增加预算353.46万元，调整后预算为…”: what the year's adjustment added.
    ("调整增加预算", field("budget.additions")),
    ("调增预算", field("budget.additions")),
    ("年中追加预算", field("budget.additions")),
    ("年中追加财政拨款", field("budget.additions")),
    ("调增", field("budget.additions")),
    ("政策性追加", field("budget.policy_additions")),
    ("调减", field("budget.reductions")),
    ("调减预算", field("budget.reductions")),
    ("年中调减", field("budget.reductions")),
    // “年中收回（调减）35.00万元”: what the 财政 took back of the budget in the year.
    ("年中收回", field("budget.reductions")),
    ("压减", field("budget.reductions")),
    ("核减", field("budget.reductions")),
    // “年中因调整培训计划等核减预算420.00万元”: the budget cut, named by its verb and the budget.
    ("核减预算", field("budget.reductions")),
    ("压减预算", field("budget.reductions")),
    ("其他资金", field("budget.other_funds")),
    ("事业收入", Income),
    ("医疗收入", Income),
    ("经营收入", Income),
    ("其他收入", Income),
    ("上级补助收入", Income),
    // The last of the kinds of income a 事业单位 accounts (beside 事业收入, 经营收入, 上级补助收入, 其他收入).
    ("附属单位上缴收入", Income),
    // The budgets beside the 一般公共预算: the year's money too, not within its 年初预算 unless said to be.
    ("政府性基金预算财政拨款", Income),
    ("政府性基金预算拨款", Income),
    ("国有资本经营预算财政拨款", Income),
    ("国有资本经营预算拨款", Income),
    ("人员经费", field("spend.personnel")),
    ("公用经费", field("spend.public")),
    ("日常公用经费", field("spend.public")),
    ("实际支出公用经费", field("spend.public")),
    ("公用经费实际支出", field("spend.public")),
    ("公用经费决算", field("spend.public")),
    // “实际公用经费…／预算公用经费…×100%”: the control rate's two figures, each named by its side first.
    ("实际公用经费", field("spend.public")),
    ("预算公用经费", field("public.budget")),
    ("预算安排公用经费", field("public.budget")),
    ("安排公用经费", field("public.budget")),
    ("年初安排公用经费", field("public.budget")),
    ("公用经费预算", field("public.budget")),
    ("公用经费年初预算", field("public.budget")),
    ("日常公用经费预算", field("public.budget")),
    ("代管资金", field("spend.basic_other")),
    ("其他基本支出", field("spend.basic_other")),
    ("年末结转结余", field("spend.closing_balance")),
    ("年末结余", field("spend.closing_balance")),
    ("结转结余", field("spend.closing_balance")),
    ("年末结转", field("spend.closing_balance")),
    ("期末结转结余", field("spend.closing_balance")),
    // “…实际支出2,984.64万元，结余28.41万元，收支相抵后结转下年”: a 结余 opening its clause after the year's
    // funds and spending is the closing balance (not “项目结余”, “收回结余”: see `bare_balance_of_the_year`).
    ("结余", field("spend.closing_balance")),
    ("年支出", total("spend")),
    ("年度支出", total("spend")),
    ("支出合计", total("spend")),
    // “基本支出合计…” closing a table of the 基本支出's kinds: the 基本支出, not the unit's spending.
    ("基本支出合计", total("basic")),
    ("总支出", total("spend")),
    ("全年总支出", total("spend")),
    ("全年支出", total("spend")),
    ("本年支出", total("spend")),
    ("全年实际支出", total("spend")),
    // “2024年全部门支出1,453.53万元，其中分局机关支出…”: the unit with all its units, their spending.
    ("全部门支出", total("spend")),
    ("实际支出", IsOr(Total("spend"), Aspect::Actual)),
    ("决算支出", total("spend")),
    ("支出总额", total("spend")),
    ("全年执行数", total("spend")),
    ("预算执行数", total("spend")),
    ("执行数", IsOr(Total("spend"), Aspect::Actual)),
    ("决算数", IsOr(Total("spend"), Aspect::Actual)),
    ("全年决算数", total("spend")),
    ("基本支出", total("basic")),
    ("项目支出", total("projects")),
    ("全年预算数", total("annual_budget")),
    ("全年预算", total("annual_budget")),
    // “全年预算收入415.10万元，其中上年结转…，年初预算…，年中追加…”: the year's funds, by where they came from.
    ("全年预算收入", total("annual_budget")),
    ("预算总额", total("annual_budget")),
    ("全年预算总额", total("annual_budget")),
    ("调整后预算", total("annual_budget")),
    // “调整预算数为2,000.00万元，加上上年结转…”: the budget after the year's adjustments, by another name.
    ("调整预算数", total("annual_budget")),
    // “资金总额1,465.07万元，其中上年结转…、事业收入…”, “全年可支配资金合计…”: all the year's funds.
    ("资金总额", total("annual_budget")),
    ("可支配资金", total("annual_budget")),
    ("可用资金", total("annual_budget")),
    ("全年可用资金", total("annual_budget")),
    ("收入合计", total("income")),
    ("本年收入", total("income")),
    ("总收入", total("income")),
    ("收入总额", total("income")),
    ("全年收入", total("income")),
    // “2024年收入1647.40万元：…”: the year's income by its year (上年收入, split on 年, is last year's).
    ("年收入", total("income")),
    ("三公经费预算", field("sangong.budget")),
    ("三公经费年初预算", field("sangong.budget")),
    ("三公经费支出", field("sangong.actual")),
    ("三公经费实际支出", field("sangong.actual")),
    ("三公经费决算", field("sangong.actual")),
    // “实际支出“三公”经费0.46万元”: the spending named before its subject, as “实际支出公用经费”.
    ("实际支出三公经费", field("sangong.actual")),
    ("政府采购预算", field("procurement.budget")),
    ("政府采购计划", field("procurement.budget")),
    ("政府采购实际", field("procurement.actual")),
    ("实际政府采购", field("procurement.actual")),
    ("实际采购", field("procurement.actual")),
    // “政府采购预算…，实际完成采购…万元”, “实际完成政府采购…万元”: the purchases made.
    ("实际完成采购", field("procurement.actual")),
    ("实际完成政府采购", field("procurement.actual")),
    ("完成政府采购", field("procurement.actual")),
    ("完成采购", field("procurement.actual")),
    ("政府采购金额", field("procurement.actual")),
    ("在用固定资产", field("assets.in_use")),
    // “年末固定资产原值4.73亿元，其中在用资产原值4.59亿元”: the assets in use, by their cost.
    ("在用固定资产原值", field("assets.in_use")),
    ("在用资产", field("assets.in_use")),
    // “年末固定资产原值1,386.40万元，其中在用1,352.18万元”.
    ("在用", field("assets.in_use")),
    ("在用资产原值", field("assets.in_use")),
    ("固定资产账面原值", field("assets.total")),
    ("固定资产总值", field("assets.total")),
    ("固定资产总额", field("assets.total")),
    ("全部固定资产", field("assets.total")),
    ("固定资产原值", field("assets.total")),
    // “年末固定资产172.86万元，在用158.20万元”: what the unit holds at the year's end, all of it (not
    // “购置固定资产…”, “新增固定资产…”: what the year bought).
    ("年末固定资产", field("assets.total")),
    ("预算", Of(Aspect::Budget)),
    ("预算安排", Of(Aspect::Budget)),
    // “政府采购:计划20.00万元，实际19.30万元”: what was planned, under the topic's heading, is its budget.
    ("计划", Of(Aspect::Budget)),
    ("支出", Of(Aspect::Actual)),
    ("决算", Of(Aspect::Actual)),
    // “政府采购预算3,268万元，实际执行3,184.56万元”: what the sentence's topic executed.
    ("实际执行", Of(Aspect::Actual)),
    ("实际完成", Of(Aspect::Actual)),
    ("执行", Of(Aspect::Actual)),
    // “公用经费预算75.00万元，实际71.26万元”, “政府采购预算…，完成…”: what the topic actually spent.
    ("实际", Of(Aspect::Actual)),
    ("完成", Of(Aspect::Actual)),
];

/// Labels of head-counts.
const PERSONS: &[(&str, Meaning)] = &[
    ("行政编制", field("staff.quota.admin")),
    ("事业编制", field("staff.quota.institution")),
    ("工勤编制", field("staff.quota.worker")),
    ("工勤人员编制", field("staff.quota.worker")),
    // “年末实有在编人员六名，其中行政编制人员五名、事业编制人员一名”: persons of a type, not its posts.
    ("行政编制人员", field("staff.actual.admin")),
    ("事业编制人员", field("staff.actual.institution")),
    ("工勤编制人员", field("staff.actual.worker")),
    // Posts managed as civil servants' (参照公务员法管理) are of the 行政 type.
    ("参公编制", field("staff.quota.admin")),
    ("参照公务员法管理编制", field("staff.quota.admin")),
    ("参照公务员管理编制", field("staff.quota.admin")),
    ("编制数", total("quota")),
    ("编制", total("quota")),
    ("核定编制", total("quota")),
    ("人员编制", total("quota")),
    ("批复编制", total("quota")),
    ("在职人员数", total("staff")),
    ("在职人数", total("staff")),
    ("在职人员", total("staff")),
    ("在职", total("staff")),
    ("实有在职", Staffed),
    ("实有在编", Staffed),
    ("实有人数", Staffed),
    ("实有人员", Staffed),
    // “年末实有60人”, “实有救援人员36人”: what the unit has in post, however the staff are called.
    ("实有", Staffed),
    ("实际在编", Staffed),
    ("实际在职", Staffed),
    ("在编人数", Staffed),
    ("在编人员", Staffed),
    ("在编", Staffed),
    ("在编在岗", Staffed),
    ("在岗人员", Staffed),
    ("行政", OfType("admin")),
    // “实有在职人员15人，其中公务员10人、事业人员5人”: civil servants are the administrative staff.
    ("公务员", OfType("admin")),
    // “其中参公人员9人”: those managed as civil servants are of the 行政 type too (SPEC §3).
    ("参公", OfType("admin")),
    ("参照公务员法管理", OfType("admin")),
    ("参照公务员管理", OfType("admin")),
    ("事业", OfType("institution")),
    ("工勤", OfType("worker")),
    ("退休职工", field("staff.retired")),
    ("退休人员", field("staff.retired")),
    ("退休人数", field("staff.retired")),
    ("离退休人员", field("staff.retired")),
];

/// Words that may stand between a label and its number.
const FILLER: [&str; 27] = [
    "支出", "共计", "合计", "总计", "总额", "金额", "资金", "人员", "人民币", "为", "是", "达到", "达", "约", "计", "共", "数", ":",
    "了", "有", "人",
    // “上年预算同为3.50万元”: the same as this year's.
    "同",
    // Whom a head-count counts: “在编教职工131名”, “实有干部职工20人”.
    "教职工", "干部职工", "职工", "工作人员", "干部",
];

/// Characters that end a clause: a label never reaches across them.
const CLAUSE_END: [char; 17] = ['。', ';', '，', ',', '、', '和', '及', '=', '/', '（', '）', '!', '?', '|', '\n', '×', '+'];

/// Measure words after a count of things, not of money or people.
/// (Not 项 before 目: “…800.00项目支出” is a table's cells run together.)
const COUNTED: [char; 8] = ['笔', '次', '项', '件', '份', '家', '户', '宗'];

/// What makes a figure last year's, or a change rather than a figure.
const LAST_YEAR: [&str; 5] = ["上年度", "上年", "去年", "上一年度", "上年同期"];
const CHANGE: [&str; 6] = ["较上年", "比上年", "同比", "较去年", "较年初", "比年初"];
/// The comparisons of those with last year's figure, named by the label that follows them.
const COMPARED_WITH_LAST_YEAR: [&str; 4] = ["较上年", "比上年", "较去年", "比去年"];
/// A project's own figures (“春节送温暖资金年初预算30万元”), not the unit's.
const PROJECT_SUBJECT: [&str; 7] = ["项目", "专项", "资金", "经费", "工程", "补助", "补贴"];
/// Words that make a “实际支出” the whole unit's, whatever the sentence spoke of before.
const UNIT_WIDE: [&str; 8] = ["全年", "本年", "年度", "部门", "单位", "本局", "全局", "整体"];
/// Words that make a bare “预算” or “支出” the whole unit's: too vague to read.
const UNIT_ONLY: [&str; 5] = ["全年", "部门", "单位", "本局", "全局"];

/// The label of `number` in `text`, if one stands just before it, and where that label starts.
/// `year` is the year the report evaluates, when known: a figure of another year is no figure here.
pub fn label_of(text: &str, number: &Number, year: Option<u32>) -> Option<(Target, usize)> {
    if let Some(paired) = paired_with_labels(text, number, year) {
        return paired;
    }
    let table = match number.unit {
        Unit::Wan => AMOUNTS,
        Unit::Persons => PERSONS,
        // A bare figure is read only where its label (almost) touches it: a head-count (“编制数18”)
        // or, as in a table copied from 附件1 (金额单位：万元), an amount.
        // Not where more figures follow (“支出总额 253.79 252.65”): a row of columns whose heads were not
        // copied, where the first figure may well be last year's.
        Unit::Bare if text[number.end..].strip_prefix(GAP).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || c == '-')) => {
            return None
        }
        // “审核政府采购计划1,286笔”: a count of things (笔, 次, 项 …) is no amount.
        Unit::Bare if text[number.end..].starts_with(COUNTED) && !text[number.end..].starts_with("项目") => return None,
        Unit::Bare => return found(text, number, PERSONS, year).or_else(|| found(text, number, AMOUNTS, year)),
        Unit::Percent => return None,
    };
    found(text, number, table, year)
        .or_else(|| counts_summed_up(text, number))
        .or_else(|| in_post_described(text, number))
        .or_else(|| initial_budget_bracketed(text, number))
        .or_else(|| last_years_sangong_budget(text, number, year))
        .or_else(|| last_years_sangong_bracketed(text, number))
        .or_else(|| last_years_sangong_restated(text, number, year))
        .or_else(|| sangong_budget_compared(text, number))
        .or_else(|| policy_addition_named_after(text, number))
        .or_else(|| grant_of_a_named_superior(text, number))
        .or_else(|| assets_in_use_named_after(text, number))
        .or_else(|| assets_total_beside_in_use(text, number))
        .or_else(|| assets_total_before_in_use(text, number))
        .or_else(|| carried_over_from_last_year(text, number, year))
        .or_else(|| result_of_a_sum(text, number, year))
        .or_else(|| result_of_a_named_equation(text, number, year))
        .or_else(|| budget_adjusted_last_to(text, number))
        .or_else(|| budget_glossed_adjusted(text, number))
        .or_else(|| total_opening_its_account(text, number))
}

/// “（二）支出738.45万元。基本支出…”, “（一）收入802.90万元。中央财政拨款…”: a sentence that is only 支出 or
/// 收入 and its amount, the next opening on its first part (基本支出; a 拨款 or a 收入), is the account of the
/// year's spending or income — its total.
fn total_opening_its_account(text: &str, number: &Number) -> Option<(Target, usize)> {
    let label = without_numbering(sentence_before(text, number.start));
    let next = text.get(number.end..)?.strip_prefix('。')?;
    let next = next.strip_prefix("其中").map_or(next, |n| n.trim_start_matches(':'));
    let first_part = next.split(|c: char| c.is_ascii_digit() || "，,;。\n".contains(c)).next().unwrap_or_default();
    let total = match label {
        "支出" if first_part == "基本支出" => "spend",
        "收入" if first_part.contains("拨款") || first_part.ends_with("收入") => "income",
        _ => return None,
    };
    Some((Total(total), number.start - label.len()))
}

/// “全年财政口径预算（调整后）39080.00万元”: a budget, however qualified, glossed as the one after the
/// year's adjustments is the year's budget.
fn budget_glossed_adjusted(text: &str, number: &Number) -> Option<(Target, usize)> {
    let open = glossed_from(text, number.start)?;
    let gloss = text.get(open..number.start)?.trim_end_matches(['为', ':', '：']);
    let adjusted = ["（调整后）", "(调整后)", "（调整数）", "(调整数)"].contains(&gloss);
    let clause = clause_before(text, open);
    let of_the_year = !["项目", "三公", "公用经费", "年初", "上年"].iter().any(|w| clause.contains(w));
    (adjusted && clause.ends_with("预算") && of_the_year).then(|| (Total("annual_budget"), open - clause.len()))
}

/// “年初预算…，7月调整为…，12月再次调整为…”: a budget adjusted during the year, once or more often —
/// the figure of its last adjustment is the year's budget (全年预算数); an earlier one is no figure of
/// the year's.
fn budget_adjusted_last_to(text: &str, number: &Number) -> Option<(Target, usize)> {
    const ADJUSTED: [&str; 4] = ["调整为", "调整至", "调整到", "调整后为"];
    let clause = clause_before(text, number.start);
    let label = ADJUSTED.iter().find_map(|w| clause.rfind(w).filter(|&at| at + w.len() == clause.len()))?;
    let of_the_budget = sentence_before(text, number.start).contains("预算");
    let rest = text.get(number.end..)?;
    let later = rest.get(..rest.find(['。', '\n']).unwrap_or(rest.len()))?;
    let adjusted_again = ADJUSTED.iter().any(|w| later.contains(w));
    (of_the_budget && !adjusted_again).then(|| (Total("annual_budget"), number.start - clause.len() + label))
}

/// “加上2023年结转资金18.64万元” in a report on 2024: what the year before carried over is this year's
/// 上年结转 (not a figure of that year), as “上年结转” is.
fn carried_over_from_last_year(text: &str, number: &Number, year: Option<u32>) -> Option<(Target, usize)> {
    const CARRIED: [&str; 4] = ["结转资金", "结转结余资金", "结转结余", "结转"];
    let clause = clause_before(text, number.start);
    let before = CARRIED.iter().find_map(|w| clause.trim_end_matches(['为', ':']).strip_suffix(w))?;
    let stem = before.strip_suffix("年度").or_else(|| before.strip_suffix('年'))?;
    let digits = stem.get(stem.len().checked_sub(4)?..)?;
    let stated: u32 = digits.parse().ok().filter(|_| digits.bytes().all(|b| b.is_ascii_digit()))?;
    (year? == stated + 1).then(|| (Field("budget.carryover"), number.start - clause.len() + stem.len() - 4))
}

/// “编制数/实有人数:52/49”: figures joined by “/” under as many labels joined by “/” — the k-th figure is
/// the k-th label's (not all of them the last label's). `None` where the figure is in no such pairing.
fn paired_with_labels(text: &str, number: &Number, year: Option<u32>) -> Option<Option<(Target, usize)>> {
    let in_run = |c: char| c.is_ascii_digit() || ".,/".contains(c);
    // A few figures paired with as many labels make a short run: one longer (a table's digits and commas
    // run together) is no pairing, and is not read to its ends from every figure in it.
    const RUN_WITHIN: usize = 80;
    let back: Vec<(usize, char)> = text[..number.start].char_indices().rev().take_while(|(_, c)| in_run(*c)).take(RUN_WITHIN + 1).collect();
    let ahead = text[number.end..].char_indices().take(RUN_WITHIN + 1).find(|(_, c)| !in_run(*c));
    if back.len() > RUN_WITHIN || (ahead.is_none() && text.len() - number.end > RUN_WITHIN) {
        return None;
    }
    let run_start = back.last().map_or(number.start, |(i, _)| *i);
    let run_end = ahead.map_or(text.len(), |(i, _)| number.end + i);
    let run = &text[run_start..run_end];
    let figures = run.split('/').count();
    if figures < 2 || run.split('/').any(|f| !f.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let labels_end = text[..run_start].strip_suffix(':').or_else(|| text[..run_start].strip_suffix("为"))?.len();
    // The labels open after the figure or clause before them (lines may run together: “…456.48万元编制数/…”).
    let opens_after = |c: char| c.is_ascii_digit() || "。;\n，,:）)元%".contains(c);
    let line_start = text[..labels_end].rfind(opens_after).map_or(0, |i| past_char(text, i));
    let labels: Vec<&str> = text[line_start..labels_end].split('/').collect();
    let words = |l: &&str| !l.is_empty() && !l.contains(|c: char| c.is_ascii_digit() || "=×+%".contains(c));
    if labels.len() != figures || !labels.iter().all(words) {
        return None;
    }
    let k = text[run_start..number.start].matches('/').count();
    let label_end = line_start + labels.iter().take(k + 1).map(|l| l.len()).sum::<usize>() + k;
    let at = Number { start: label_end, end: label_end, digits_start: label_end, digits_end: label_end, ..number.clone() };
    let head = &text[..label_end];
    Some(match number.unit {
        Unit::Bare => found(head, &at, PERSONS, year).or_else(|| found(head, &at, AMOUNTS, year)),
        Unit::Persons => found(head, &at, PERSONS, year),
        Unit::Wan => found(head, &at, AMOUNTS, year),
        Unit::Percent => None,
    })
}

/// “人员经费=工资福利支出+对个人和家庭的补助=5831.62+620.43=6452.05万元”: a figure named, then its parts
/// in words and in figures, the result after the last “=” — the named figure (one of the data's).
fn result_of_a_named_equation(text: &str, number: &Number, year: Option<u32>) -> Option<(Target, usize)> {
    let equals = text[..number.start].strip_suffix('=')?;
    let sentence = sentence_before(text, equals.len());
    let chain = sentence.rsplit(['，', ',', ';', ':']).next()?;
    let (name, rest) = chain.split_once('=')?;
    let (words, figures) = rest.rsplit_once('=')?;
    let summed = |side: &str| side.contains(['+', '-']) && !side.contains(['×', '÷', '/', '%', '=']);
    let in_figures = figures.chars().all(|c| c.is_ascii_digit() || ".+-".contains(c));
    let in_words = !words.contains(|c: char| c.is_ascii_digit());
    if name.is_empty() || !summed(words) || !summed(figures) || !in_figures || !in_words {
        return None;
    }
    let named_at = equals.len() - chain.len() + name.len();
    let named = Number { start: named_at, end: named_at, digits_start: named_at, digits_end: named_at, ..number.clone() };
    found(text, &named, AMOUNTS, year).filter(|(target, _)| matches!(target, Field(_)))
}

/// “年末结转结余：全年预算380万元-本年支出335万元=45万元”: a figure named, then worked out in a sum of
/// amounts, the result after its “=” — the named figure (one of the data's, not a total with parts).
fn result_of_a_sum(text: &str, number: &Number, year: Option<u32>) -> Option<(Target, usize)> {
    let equals = text[..number.start].strip_suffix('=')?;
    let sentence = sentence_before(text, equals.len());
    let colon = sentence.rfind(':')?;
    let sum = &sentence[colon + 1..];
    let worked = sum.contains(['-', '+']) && sum.contains(|c: char| c.is_ascii_digit()) && !sum.contains(['，', ',', ';', '=']);
    let named_at = equals.len() - sum.len() - 1;
    let named = Number { start: named_at, end: named_at, digits_start: named_at, digits_end: named_at, ..number.clone() };
    worked.then(|| found(text, &named, AMOUNTS, year)).flatten().filter(|(target, _)| matches!(target, Field(_)))
}

/// “核定政法专项编制38名、事业编制2名，合计40名”: a bare sum closing a list of 编制 counts (or of counts
/// in post) is that total, whatever types the list names.
fn counts_summed_up(text: &str, number: &Number) -> Option<(Target, usize)> {
    const SUMS: [&str; 4] = ["合计", "共计", "总计", "共"];
    if number.unit != Unit::Persons {
        return None;
    }
    let before = text.get(..number.start)?;
    let before = before.strip_suffix('为').unwrap_or(before);
    let sum = SUMS.iter().find(|w| before.ends_with(**w))?;
    let sum_at = before.len() - sum.len();
    let list = text.get(..sum_at)?.strip_suffix(['，', ','])?;
    let listed = sentence_before(list, list.len());
    let counted = |w: &str| listed.contains(w) && listed.contains(|c: char| c.is_ascii_digit());
    // “在职38人、退休27人，共计65人”: a sum over others than those in post or 编制 is neither.
    if ["退休", "离休", "编外", "聘用", "临时", "劳务派遣"].iter().any(|w| listed.contains(w)) {
        return None;
    }
    let in_post = ["在职", "在编", "实有"].iter().any(|w| counted(w));
    match (counted("编制"), in_post) {
        (true, false) => Some((Total("quota"), sum_at)),
        (false, true) => Some((Total("staff"), sum_at)),
        _ => None,
    }
}

/// “实有在编公证员及辅助人员15人”, “实有在职干部和工勤人员9人”, “实有在编干警81人”: who the count in post
/// counts, named in a phrase of its own (its 及 / 和 end no clause here), is still the count in post.
fn in_post_described(text: &str, number: &Number) -> Option<(Target, usize)> {
    const IN_POST: [&str; 4] = ["实有在编", "实有在职", "实际在编", "实际在职"];
    if number.unit != Unit::Persons {
        return None;
    }
    let before = window_before(text, number.start, 80);
    let clause = before.rsplit(['，', ',', ';', '。', '\n', '（', '）', ':']).next().unwrap_or(before);
    let (at, label) = IN_POST.iter().filter_map(|w| clause.find(w).map(|at| (at, *w))).min()?;
    let named = &clause[at + label.len()..];
    let persons = ["人员", "员", "干部", "职工", "干警", "民警"].iter().any(|w| named.ends_with(w));
    let words_only = named.chars().all(ideograph);
    (persons && words_only).then(|| (Total("staff"), number.start - clause.len() + at))
}

/// “年中追加中280.00万元为上级下达的…等政策性追加”, “追加资金中190.00万元为…，属政策性追加”: the policy part
/// of the year's additions, named after its amount rather than before it. Only in a sentence about the
/// additions, with no other figure between the amount and the name, and not where it is denied
/// (“不属于政策性追加”, “非政策性追加”).
fn policy_addition_named_after(text: &str, number: &Number) -> Option<(Target, usize)> {
    const NAME: &str = "政策性追加";
    const IS: [&str; 5] = ["为", "是", "系", "属于", "属"];
    let after = window_after(text, number.end, 160);
    let sentence = after.split(['。', ';', '\n']).next().unwrap_or(after);
    let between = sentence.get(..sentence.find(NAME)?)?;
    let said = IS.iter().any(|w| between.starts_with(w));
    let plain = !between.contains(|c: char| c.is_ascii_digit() || c == '%') && !between.contains('不') && !between.ends_with('非');
    let of_additions = sentence_before(text, number.start).contains("追加");
    (said && plain && of_additions).then_some((Field("budget.policy_additions"), number.start))
}

/// “上级残联补助收入20.00万元”, “上级主管部门补助收入…”: an 上级补助收入 naming the body above that granted it — in
/// a sentence (or table) counting the year's funds, one of its other funds, as 上级补助收入 itself.
fn grant_of_a_named_superior(text: &str, number: &Number) -> Option<(Target, usize)> {
    const LONGEST_BODY: usize = 8;
    if number.unit != Unit::Wan {
        return None;
    }
    let clause = clause_before(text, number.start);
    let label = ["为", "共计", "合计", ":"].iter().find_map(|w| clause.strip_suffix(w)).unwrap_or(clause);
    let label = label.strip_prefix("其中").unwrap_or(label);
    // “上级气象部门补助56.00万元” in the budget's own list: the grant named without 收入, as much the year's funds.
    let body = label.strip_prefix("上级")?;
    let body = ["补助收入", "补助资金", "补助"].iter().find_map(|w| body.strip_suffix(w))?;
    let named = (1..=LONGEST_BODY).contains(&body.chars().count()) && body.chars().all(ideograph) && !["补助", "收入", "上年", "去年"].iter().any(|w| body.contains(w));
    let at = number.start - clause.len() + clause.find("上级").unwrap_or(0);
    let counted = counts_funds(sentence_around(text, at)) || counts_funds(table_around(text, at));
    (named && counted).then_some((Field("budget.other_funds"), at))
}

/// “单位固定资产306.20万元在用，固定资产总额311.75万元”: the assets in use, said after their amount — the
/// clause names the fixed assets before it and nothing but “在用” follows it in the clause.
fn assets_in_use_named_after(text: &str, number: &Number) -> Option<(Target, usize)> {
    let rest = text.get(number.end..)?.strip_prefix("在用")?;
    let clause_ends = rest.is_empty() || rest.starts_with(CLAUSE_END);
    let clause = clause_before(text, number.start);
    let of_assets = clause.ends_with("固定资产") || clause.ends_with("资产");
    (clause_ends && of_assets).then(|| (Field("assets.in_use"), number.start - clause.len()))
}

/// “固定资产利用率：在用86.40万元，总额90.00万元”: a bare 总额 in the clause right after the assets in use is
/// the assets' total — in a sentence on the (fixed) assets only.
fn assets_total_beside_in_use(text: &str, number: &Number) -> Option<(Target, usize)> {
    let clause = clause_before(text, number.start);
    let label = clause.trim_end_matches(['为', ':']);
    if !["总额", "总值", "原值", "原值总额"].contains(&label) {
        return None;
    }
    let sentence = sentence_before(text, number.start);
    // “在用18652.40万元÷总额18930.75万元”: over the assets in use, as the rate's formula gives them.
    let earlier = sentence.get(..sentence.len() - clause.len())?.strip_suffix(['，', ',', '/'])?;
    let in_use = after_last(earlier, &[CLAUSE_END.as_slice(), &[':']].concat());
    let in_use = in_use.strip_prefix("其中").unwrap_or(in_use);
    let of_assets = sentence.contains("资产") && ["在用资产", "在用"].iter().any(|w| in_use.starts_with(w));
    (of_assets && in_use.ends_with("万元")).then(|| (Field("assets.total"), number.start - clause.len()))
}

/// “固定资产利用率98.93%，固定资产1642.35万元，在用1624.80万元”: the fixed assets named bare, the assets in
/// use in the clause right after them — their total. So too under a heading before a colon (“（五）资产管理：
/// 固定资产…”), and a bare 原值 (总额, 总值) under the fixed assets' own heading (“4.固定资产：原值…，在用…”).
fn assets_total_before_in_use(text: &str, number: &Number) -> Option<(Target, usize)> {
    let clause = clause_before(text, number.start);
    let (heading, label) = clause.trim_end_matches(['为', ':']).rsplit_once(':').unwrap_or(("", clause.trim_end_matches(['为', ':'])));
    // A heading of what the year bought (“新增固定资产：原值…”) is no total held.
    let of_held = !["新增", "购置", "购入"].iter().any(|w| heading.contains(w));
    let bare_total = ["原值", "总额", "总值", "账面原值"].contains(&label);
    // “固定资产（含社有房产）原值…”: the fixed assets named, a gloss in brackets, then their 原值.
    let glossed = bare_total && heading.is_empty() && glossed_assets_before(text.get(..number.start - clause.len())?);
    let of_assets = label == "固定资产" || bare_total && heading.ends_with("固定资产") || glossed;
    if !of_assets || !of_held || number.unit != Unit::Wan {
        return None;
    }
    let rest = past_a_gloss(text.get(number.end..)?).strip_prefix(['，', ','])?;
    let in_use = rest.strip_prefix("其中").unwrap_or(rest);
    ["在用资产", "在用"].iter().find_map(|w| in_use.strip_prefix(w)).filter(|figure| figure.trim_start_matches(['为', ':']).starts_with(|c: char| c.is_ascii_digit()))?;
    Some((Field("assets.total"), number.start - clause.len() + clause.rfind(label).unwrap_or(0)))
}

/// Whether words end on the fixed assets and a short gloss of them in brackets (“固定资产（含社有房产）”), no
/// figure in it.
fn glossed_assets_before(before: &str) -> bool {
    let Some(inner) = before.strip_suffix(['）', ')']) else { return false };
    let Some((open, _)) = inner.char_indices().rev().take(24).find(|(_, c)| matches!(c, '（' | '(')) else { return false };
    let gloss = &inner[open..];
    !gloss.contains(|c: char| c.is_ascii_digit()) && inner[..open].ends_with("固定资产")
}

/// “（含公路基础设施），在用…” → “，在用…”: words in brackets right after a figure that gloss it (no figure of
/// their own, short), passed over.
fn past_a_gloss(rest: &str) -> &str {
    let Some(inner) = rest.strip_prefix(['（', '(']) else { return rest };
    let Some(close) = inner.char_indices().take(24).find(|(_, c)| matches!(c, '）' | ')')).map(|(i, _)| i) else { return rest };
    let gloss = &inner[..close];
    if gloss.contains(|c: char| c.is_ascii_digit() || matches!(c, '（' | '(')) {
        return rest;
    }
    inner.get(close..).and_then(|r| r.strip_prefix(['）', ')'])).unwrap_or(rest)
}

/// “全年“三公”经费支出5.12万元，…；2022年支出6.34万元”, “…预算9.60万元，比2022年10.20万元减少0.60万元”,
/// “…支出8.15万元（2023年8.64万元）”: last year's “三公” spending or budget in a sentence of this year's, named
/// by its year alone (or 上年) opening a clause, a comparison or brackets right after this year's figure. Of
/// the kind the words after the year name, or where none, of this year's figure it follows.
fn last_years_sangong_restated(text: &str, number: &Number, year: Option<u32>) -> Option<(Target, usize)> {
    let before = text.get(..number.start)?;
    let last = year.and_then(|y| y.checked_sub(1)).map(|y| [format!("{y}年度"), format!("{y}年")]);
    let years: Vec<String> = ["上年度", "上年"].map(String::from).into_iter().chain(last.into_iter().flatten()).collect();
    const KINDS: [&str; 5] = ["实际支出", "支出", "决算", "预算", ""];
    const OPENERS: [&str; 8] = ["（", "(", ";", "；", "，", ",", "比", "较"];
    let (opener_at, opener, kind) = years.iter().find_map(|y| {
        KINDS.iter().find_map(|k| {
            let rest = before.strip_suffix(k)?.strip_suffix(y.as_str())?;
            let opener = OPENERS.iter().find(|o| rest.ends_with(**o))?;
            Some((rest.len() - opener.len(), *opener, *k))
        })
    })?;
    let sentence = sentence_before(text, opener_at);
    let window = window_before(sentence, sentence.len(), 400);
    let since = window.rfind("三公经费").and_then(|at| window.get(at..))?;
    match opener {
        // Right after this year's figure: in brackets, or compared with it (and its change after).
        "（" | "(" | "比" | "较" => {
            let figure_ends = ["万元", "万元，", "万元,"].iter().any(|w| since.ends_with(w));
            let compared = !matches!(opener, "（" | "(") && !["减少", "下降", "降低", "增加", "增长", "上升", "持平"].iter().any(|w| text.get(number.end..).is_some_and(|a| a.starts_with(w)));
            if !figure_ends || compared {
                return None;
            }
        }
        // A clause of its own names its kind.
        _ if kind.is_empty() => return None,
        _ => {}
    }
    let spending_at = ["支出", "决算", "实际"].iter().filter_map(|w| since.rfind(w)).max();
    let budget_at = since.rfind("预算");
    let of_budget = match kind {
        "" => budget_at > spending_at,
        k => k == "预算",
    };
    // This year's of the same kind was stated in the sentence: the year's figure is its pair.
    let paired = if of_budget { budget_at.is_some() } else { spending_at.is_some() };
    paired.then(|| (Field(if of_budget { "sangong.last_budget" } else { "sangong.last_actual" }), opener_at + opener.len()))
}

/// “项目支出预算95.00万元，实际支出93.30万元”: a sentence opening on one part's budget, the spending in the
/// clause right after it is that part's (基本支出, 项目支出).
fn budgeted_part_before(text: &str, label_at: usize) -> Option<Target> {
    let clause = sentence_before(text, label_at).strip_suffix(['，', ','])?;
    let opening = without_numbering(clause);
    let part = ["基本支出", "项目支出"].into_iter().find(|part| opening.strip_prefix(*part).is_some_and(|rest| rest.starts_with("预算") || rest.starts_with("全年预算")))?;
    (!clause.contains(['，', ','])).then_some(Total(if part == "基本支出" { "basic" } else { "projects" }))
}

/// “项目支出：全年预算2,751.00万元，实际支出2,702.81万元，执行率…”: a line opened by one part of the spending and
/// its colon gives that part's budget and spending, though the unit's words (全年预算, 实际支出) name them. The
/// projects' budget is no figure of the data contract: no claim on it.
fn of_the_part_heading_its_line(text: &str, label_at: usize, target: Target) -> Option<Target> {
    // Within the window a heading heads (see `heading_topic`).
    let window = window_before(text, label_at, HEADED_WITHIN);
    let line_start = match window.rfind(BREAK) {
        Some(i) => label_at - window.len() + i + BREAK.len_utf8(),
        None if window.len() == label_at => 0,
        None => label_at,
    };
    let lead = without_numbering(text.get(line_start..label_at)?);
    // In the line's first sentence: the next may well be the unit's own again.
    let opened = |part: &&str| lead.strip_prefix(*part).is_some_and(|rest| rest.starts_with(':') && !rest.contains('。'));
    // “基本支出全年预算970.00万元，项目支出全年预算484.00万元”: the part's name right before the label.
    let named_before = |part: &&str| text.get(..label_at).is_some_and(|before| before.trim_end_matches('的').ends_with(*part));
    let part = ["基本支出", "项目支出"].into_iter().find(|part| opened(part) || named_before(part));
    match (part, target) {
        (Some("基本支出"), Total("annual_budget")) => Some(Field("budget.basic")),
        (Some("基本支出"), Total("spend")) => Some(Total("basic")),
        (Some(_), Total("annual_budget")) => None,
        (Some(_), Total("spend")) => Some(Total("projects")),
        _ => Some(target),
    }
}

/// A bare 结余 is the year's closing balance only opening its clause right after the year's spending
/// (“…，实际支出…，结余…”); “项目结余”, “收回结余…” are something else.
fn bare_balance_of_the_year(text: &str, label_at: usize) -> bool {
    let before = text.get(..label_at).unwrap_or_default();
    let Some(clause_start) = before.strip_suffix('，').or_else(|| before.strip_suffix(',')) else { return false };
    let previous = clause_before(text, clause_start.len());
    ["实际支出", "全年支出", "本年支出", "支出合计", "支出总额", "决算数"].iter().any(|w| previous.starts_with(w)) && !after_a_projects_budget(text, label_at)
}

/// “…储备项目预算20.40万元，实际支出20.00万元，结余0.40万元上缴财政”: the clauses before the label (back to
/// the last “;” or “。”) open on one project's budget — what follows is that project's, not the unit's.
fn after_a_projects_budget(text: &str, label_at: usize) -> bool {
    let sentence = sentence_before(text, label_at);
    let group = sentence.rsplit(';').next().unwrap_or(sentence);
    let first = group.split(['，', ',']).next().unwrap_or(group);
    ["项目预算", "工程预算", "专项预算"].iter().any(|w| first.contains(w)) && !first.contains("项目支出")
}

/// “部门收入预算（年初）850.00万元”, “部门预算（年初数）…”: the 年初预算 named with its basis in brackets
/// after it (brackets end a clause, so no label before them reaches the figure).
fn initial_budget_bracketed(text: &str, number: &Number) -> Option<(Target, usize)> {
    let before = text.get(..number.start)?;
    let before = FILLER.iter().find_map(|w| before.strip_suffix(w)).unwrap_or(before);
    let named = ["（年初）", "（年初数）"].iter().find_map(|w| before.strip_suffix(w))?;
    let label = ["收入预算", "部门预算", "预算"].iter().find(|w| named.ends_with(**w))?;
    let label_at = named.len() - label.len();
    // Not a project's or a topic's budget (“公用经费预算（年初）…”).
    let clause = clause_before(text, label_at);
    let of_other = PROJECT_SUBJECT.iter().chain(TOPICS.iter()).any(|w| clause.contains(w)) || names_a_project(clause);
    (!of_other).then_some((Field("budget.initial"), label_at))
}

/// “2024年“三公”经费预算10.00万元，2023年为12.00万元”, “三公”经费预算较2023年的26.00万元下降”: last
/// year's “三公” budget named by its year alone, in a sentence about the “三公” budget (not its spending);
/// and the figure after “与上年持平” (its brackets read away: “与2023年预算持平（3.50万元）”), which is
/// the year compared with.
fn last_years_sangong_budget(text: &str, number: &Number, year: Option<u32>) -> Option<(Target, usize)> {
    let before = text.get(..number.start)?;
    let by_year = year.and_then(|y| y.checked_sub(1)).map(|last| [format!("{last}年为"), format!("{last}年的"), format!("{last}年度为")]);
    // “…预算12,000元，2022年15,000元”: last year's named by its year alone, opening its clause.
    // “…年初预算9.60万元，上年10.20万元”: by 上年 alone likewise.
    let year_alone = year.and_then(|y| y.checked_sub(1)).map(|last| [format!("{last}年"), format!("{last}年度")]);
    let opens_clause = |p: &String| ['，', ','].iter().any(|c| before.strip_suffix(p.as_str()).is_some_and(|b| b.ends_with(*c)));
    let phrase = ["上年为", "上年的", "持平"]
        .map(String::from)
        .into_iter()
        .chain(by_year.into_iter().flatten())
        .chain(year_alone.into_iter().flatten().chain(["上年度".to_string(), "上年".to_string()]).filter(opens_clause))
        .find(|p| before.ends_with(p.as_str()))?;
    // Since the “三公” budget was named, nothing of their spending: “…预算8万元，实际支出7万元，比2023年的9万元”
    // compares spending.
    let sentence = sentence_before(text, number.start);
    // “三公经费年初预算…，上年为…” names this year's budget as plainly.
    let named_at = ["三公经费预算", "三公经费年初预算"].iter().filter_map(|w| sentence.rfind(w)).max()?;
    let since_budget = sentence.get(named_at..)?;
    let of_spending = ["支出", "决算", "实际"].iter().any(|w| since_budget.contains(w));
    (!of_spending).then(|| (Field("sangong.last_budget"), number.start - phrase.len()))
}

/// “三公”经费：本年预算4.00万元（上年4.50万元）”: last year's “三公” budget in brackets right after this
/// year's, in a sentence about their budget (no spending named before the brackets); and likewise last year's
/// spending right after this year's (““三公”经费实际支出7.48万元（上年8.93万元）”).
fn last_years_sangong_bracketed(text: &str, number: &Number) -> Option<(Target, usize)> {
    let before = text.get(..number.start)?;
    let opener = ["（上年", "（上年度", "（上年预算", "（上年度预算"].iter().find(|w| before.ends_with(**w))?;
    let bracket_at = before.len() - opener.len();
    let sentence = sentence_before(text, bracket_at);
    let since_sangong = sentence.rfind("三公经费").and_then(|at| sentence.get(at..))?;
    if let Some(spent) = last_years_sangong_spending_bracketed(since_sangong, opener) {
        return spent.then_some((Field("sangong.last_actual"), bracket_at));
    }
    // “…预算4.00万元，与上年预算持平（上年4.00万元）”: saying the two are level names the same figure again.
    let level = ["，与上年预算持平", "，与上年度预算持平", "，与上年持平", "，与上年度持平"].iter().find_map(|w| since_sangong.strip_suffix(w));
    let since_sangong = level.unwrap_or(since_sangong);
    let after_budget = since_sangong.rfind("预算").and_then(|at| since_sangong.get(at..))?;
    // Right after the budget's own amount: a number and its unit, nothing else.
    let amount_only = after_budget.trim_start_matches("预算").trim_start_matches(['数', '为']).trim_end_matches(['万', '元']);
    let of_spending = ["支出", "决算", "实际"].iter().any(|w| since_sangong.contains(w));
    let plain = !amount_only.is_empty() && amount_only.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    (plain && !of_spending).then_some((Field("sangong.last_budget"), bracket_at))
}

/// Whether the brackets opened by `opener` (“（上年”) stand right after the “三公” spending's own amount (the text
/// since the “三公”, `since_sangong`, ends on a spending label and its amount): `None` where it ends on no
/// spending label (the budget's brackets, read by the caller), else whether they give last year's spending —
/// not where they name last year's budget (“（上年预算…”).
fn last_years_sangong_spending_bracketed(since_sangong: &str, opener: &str) -> Option<bool> {
    const SPENT: [&str; 5] = ["实际支出", "支出", "决算数", "决算", "实际"];
    let with_amount = since_sangong.trim_end_matches(['万', '元']);
    let labelled = with_amount.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    if labelled.len() == with_amount.len() {
        return None;
    }
    let label = labelled.trim_end_matches(['为', ':']);
    SPENT.iter().any(|w| label.ends_with(w)).then(|| !opener.contains("预算"))
}

/// “本年“三公”经费预算比上年（8.00万元）减少…” (its brackets read away), “…预算较上年的8.00万元…”: last year's
/// “三公” budget right after the comparison whose subject is this year's budget (no spending named since the
/// “三公”).
fn sangong_budget_compared(text: &str, number: &Number) -> Option<(Target, usize)> {
    let before = text.get(..number.start)?;
    let opener = ["比上年度", "较上年度", "比上年的", "较上年的", "比上年", "较上年"].iter().find(|w| before.ends_with(**w))?;
    let compared_at = before.len() - opener.len();
    let sentence = sentence_before(text, compared_at);
    let since_sangong = sentence.rfind("三公经费").and_then(|at| sentence.get(at..))?;
    let of_spending = ["支出", "决算", "实际"].iter().any(|w| since_sangong.contains(w));
    (since_sangong.ends_with("预算") && !of_spending).then_some((Field("sangong.last_budget"), compared_at))
}

/// What a figure named in words only (“预算安排公用经费” in a formula) is.
pub fn phrase_target(phrase: &str, year: Option<u32>) -> Option<Target> {
    let end = phrase.len();
    let at = |unit| Number { value: Decimal::ZERO, unit, decimals: 0, start: end, end, digits_start: end, digits_end: end };
    found(phrase, &at(Unit::Persons), PERSONS, year).or_else(|| found(phrase, &at(Unit::Wan), AMOUNTS, year)).map(|(target, _)| target)
}

fn found(text: &str, number: &Number, table: &[(&str, Meaning)], year: Option<u32>) -> Option<(Target, usize)> {
    let (label_at, meaning) = nearest(text, number, table)?;
    let meaning = match meaning {
        Is(Total("quota")) if text[label_at..].starts_with("编制") => type_glossed_before(text, label_at).map_or(meaning, field),
        _ => meaning,
    };
    if text[label_at..].starts_with("结余") && !bare_balance_of_the_year(text, label_at) {
        return None;
    }
    let before = &text[..label_at];
    if funded_by_source(before, &text[label_at..number.start]) || per_head(before) || handled_for_others(before) || a_difference_from(before) || not_the_years_additions(before, &text[label_at..number.start]) {
        return None;
    }
    if text[label_at..].starts_with("项目支出") && (one_projects_spending(before) || about_one_project(text, label_at)) {
        return None;
    }
    if matches!(meaning, Staffed) && staff_of_a_part(before) {
        return None;
    }
    if std::ptr::eq(table, PERSONS) && head_count_of_a_part(text, label_at) {
        return None;
    }
    if text[label_at..].starts_with("编制") && (drafting(before) || posts_acted_on(before)) {
        return None;
    }
    if bare_in_post(&text[label_at..]) && !opens_its_clause(clause_before(text, label_at)) {
        return None;
    }
    // “上年支出合计”: the 年 may belong to a label (“年支出合计”), and 上 makes it last year's.
    let last_year_split = text[label_at..].starts_with('年') && ["上", "去", "上一"].iter().any(|w| before.ends_with(w));
    let last_year = match qualifier(before, year)? {
        _ if last_year_split => true,
        When::ThisYear => false,
        When::LastYear => true,
    };
    let target = of_the_part_heading_its_line(text, label_at, resolve(text, label_at, meaning)?)?;
    if matches!(target, Total("spend" | "annual_budget")) && (of_projects_together(text, label_at) || of_funds_held(text, label_at)) {
        return None;
    }
    // “应急广播项目：调整后预算…，支出…。年初预算150.00万元，…”, “项目支出共6个，年初预算合计…”: the 年初预算 of
    // one project, or of the projects counted just before, is theirs.
    if target == Field("budget.initial") && (about_one_project(text, label_at) || after_a_project_count(text, label_at)) {
        return None;
    }
    let budget_part = matches!(target, Field("budget.initial" | "budget.additions" | "budget.reductions" | "budget.carryover"));
    if budget_part && an_item_of_a_projects_list(text, label_at) {
        return None;
    }
    if matches!(target, Total("spend" | "basic" | "projects")) && spent_of_one_source(text, label_at) {
        return None;
    }
    if matches!(target, Total("basic" | "projects")) && part_of_a_budget(text, label_at) {
        return None;
    }
    if target == Field("budget.carryover") && within_what_was_spent(text, label_at) {
        return None;
    }
    // “2023年“三公”经费年初预算15.60万元，上年年初预算14.40万元”: last year's, beside this year's “三公”
    // budget in the same sentence (not “部门年初预算…，其中“三公”经费…，上年年初预算…”).
    let of_sangong = || ["三公经费年初预算", "三公经费预算"].iter().any(|w| sentence_before(text, label_at).contains(w));
    let last_year = last_year || (matches!(meaning, Of(_) | IsOr(..)) && paired_with_last_years(text, label_at, year));
    let target = match (target, last_year) {
        (Field("sangong.actual"), false) if topic_of_last_year(text, label_at, year) => Field("sangong.last_actual"),
        (target, false) => target,
        (Field("sangong.budget"), true) => Field("sangong.last_budget"),
        (Field("sangong.actual"), true) => Field("sangong.last_actual"),
        (Field("budget.initial"), true) if of_sangong() => Field("sangong.last_budget"),
        (_, true) => return None,
    };
    let target = if typed_posts_in_total(text, number, target) { Total("quota") } else { target };
    let target = if among_those_in_post(text, label_at) { persons_of_the_type(target) } else { target };
    Some((target, label_at))
}

/// “在职人员中，事业编制28人，工勤编制5人”: after the people in post are opened, a type named by its 编制 counts
/// those people, not the posts.
fn among_those_in_post(text: &str, label_at: usize) -> bool {
    const AMONG: [&str; 4] = ["在职人员中", "实有人员中", "在编人员中", "在职职工中"];
    let sentence = sentence_before(text, label_at);
    let clause = sentence.rsplit(['；', ';']).next().unwrap_or(sentence);
    AMONG.iter().any(|w| clause.contains(w))
}

fn persons_of_the_type(target: Target) -> Target {
    match target {
        Field("staff.quota.admin") => Field("staff.actual.admin"),
        Field("staff.quota.institution") => Field("staff.actual.institution"),
        Field("staff.quota.worker") => Field("staff.actual.worker"),
        other => other,
    }
}

/// “上年“三公”经费预算3.10万元，实际支出2.64万元”: a bare spending in a sentence whose topic is last
/// year's “三公” is last year's too (not where the label names its own year: “本年实际支出…”).
fn topic_of_last_year(text: &str, label_at: usize, year: Option<u32>) -> bool {
    const OWN_YEAR: [&str; 5] = ["本年", "本年度", "当年", "全年", "今年"];
    let before = &text[..label_at];
    if OWN_YEAR.iter().any(|w| before.ends_with(w)) {
        return false;
    }
    let Some((topic, at)) = topic_before(text, label_at) else { return false };
    let sentence_start = label_at - sentence_before(text, label_at).len();
    let named_before = text[sentence_start..at].trim_end_matches(['“', '"', '\'']);
    topic == "三公经费" && matches!(qualifier(named_before, year), Some(When::LastYear))
}

/// “上年预算3.20万元、支出3.05万元”: a bare budget or spending right after a figure the clause before opened as
/// last year's (上年, or the year before the report's, then a bare 预算 or 支出 and its amount), joined to it by
/// “、”, is last year's too — the year opens the pair, not its first figure alone. Joined by “，” only where the
/// sentence gave this year's figure of that kind before (“预算5.00万元，实际4.10万元；2022年预算5.60万元，实际
/// 4.90万元”): else the last year's figure is an aside (“预算6.5万元，上年预算7.2万元，实际支出5.84万元”).
/// Not where the label names its own year (“…，本年预算…”), nor after last year's 结转 (“上年结转…、年初预算…”:
/// a part of this year's budget, named so).
fn paired_with_last_years(text: &str, label_at: usize, year: Option<u32>) -> bool {
    let last = year.and_then(|y| y.checked_sub(1)).map(|y| [format!("{y}年度"), format!("{y}年")]);
    let opening = |clause: &str| LAST_YEAR.iter().map(|w| w.to_string()).chain(last.iter().flatten().cloned()).find(|w| clause.starts_with(w.as_str())).map(|w| w.len());
    let Some(clause_at) = pair_opened_by_a_year(text, label_at, opening) else { return false };
    if text[..label_at].ends_with('、') {
        return true;
    }
    let kind: &[&str] = if text[label_at..].starts_with("预算") { &["预算"] } else { &["支出", "实际", "决算"] };
    let earlier = sentence_before(text, clause_at);
    kind.iter().any(|w| earlier.contains(w))
}

/// “上年预算7.00万元，实际支出6.38万元”: where the clause just before `label_at` (joined to it by “、” or “，”)
/// is a bare 预算 or 支出 and its amount, opened by words of a year (`opening` gives their length where they
/// open it) — the label is the second of that year's pair. Where that clause starts.
fn pair_opened_by_a_year(text: &str, label_at: usize, opening: impl Fn(&str) -> Option<usize>) -> Option<usize> {
    const BARE: [&str; 7] = ["实际支出", "预算数", "决算数", "预算", "支出", "决算", "实际"];
    let before = text.get(..label_at)?;
    let previous = before.strip_suffix('、').or_else(|| before.strip_suffix(['，', ',']))?;
    let clause = clause_before(text, previous.len());
    let rest = clause.get(opening(clause)?..)?;
    let amount = BARE.iter().find_map(|w| rest.strip_prefix(w))?.trim_start_matches(['为', ':']);
    let figure = amount.strip_suffix("万元").or_else(|| amount.strip_suffix('元')).unwrap_or_default();
    let plain = !figure.is_empty() && figure.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    plain.then(|| previous.len() - clause.len())
}

/// The length of the words of a year opening `clause` (上年, 去年 …, or “2023年”, “2023年度”), if any.
fn any_years_opening(clause: &str) -> Option<usize> {
    let digits = clause.bytes().take_while(u8::is_ascii_digit).count();
    let after = clause.get(digits..).unwrap_or_default();
    let of_digits = (digits == 4).then(|| ["年度", "年"].iter().find(|w| after.starts_with(**w)).map(|w| digits + w.len())).flatten();
    of_digits.or_else(|| LAST_YEAR.iter().find(|w| clause.starts_with(**w)).map(|w| w.len()))
}

/// “本馆核定事业编制25名，其中行政编制0名、事业编制22名、工勤编制3名”: the 编制 of a 事业单位 is named after its
/// type, but a figure that the types then break down is the total 编制, not the 事业编制 among them — as is
/// one whose 其中 names another type (“核定事业编制186名（其中工勤编制6名）”: the 工勤 are within the 186).
fn typed_posts_in_total(text: &str, number: &Number, target: Target) -> bool {
    let own = match target {
        Field("staff.quota.admin") => "行政编制",
        Field("staff.quota.institution") => "事业编制",
        Field("staff.quota.worker") => "工勤编制",
        _ => return false,
    };
    let after = text.get(number.end..).unwrap_or_default();
    let Some(parts) = ["，其中", ",其中", "（其中", "(其中"].iter().find_map(|w| after.strip_prefix(w)) else { return false };
    let parts = parts.split(['。', '；', ';', '\n']).next().unwrap_or(parts);
    let types: Vec<&str> = ["行政编制", "事业编制", "工勤编制", "参公编制"].into_iter().filter(|w| parts.contains(*w)).collect();
    types.len() >= 2 || types.iter().any(|t| *t != own)
}

/// A name without the numbering before it (“2．”, “（一）”, “三、”) — but a name that opens on a numeral
/// (“一站式服务”) or a year (“2025年…”) keeps it.
pub(super) fn without_numbering(lead: &str) -> &str {
    // “②河岸绿化”: a circled number is numbering whatever follows it.
    let lead = lead.trim_start().trim_start_matches(|c: char| ('①'..='⑳').contains(&c));
    let rest = lead.trim_start_matches(['（', '(']);
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    // “一是…”, “二是…”: the 是 of the numbering.
    let numbered = after.len() < rest.len() && after.starts_with(['）', ')', '．', '.', '、', '是']);
    if numbered { after.trim_start_matches(['）', ')', '．', '.', '、', '是']).trim_start() } else { lead }
}

/// “设施维护项目支出24.18万元”: a name run into 项目支出 makes it that project's spending, not the unit's
/// 项目支出 (“全年项目支出…”, “其中项目支出…”, “2023年项目支出…” are the unit's).
fn one_projects_spending(before: &str) -> bool {
    const UNIT_WORDS: [&str; 22] = [
        "全年", "本年", "当年", "年度", "部门", "单位", "本局", "全局", "整体", "其中", "合计", "全部", "实际", "年", "本级", "机关", "拨款",
        "资金", "共计", "共", "累计", "决算",
    ];
    let clause = before.rsplit(['，', ',', ';', '。', '\n', ':', '、', '（', '）']).next().unwrap_or(before);
    let clause = without_numbering(clause);
    let name = clause.chars().count() >= 2 && clause.chars().all(ideograph);
    name && !UNIT_WORDS.iter().any(|w| clause.ends_with(w)) && !["是", "为"].iter().any(|w| clause.ends_with(w))
}

/// “群众文化活动经费项目：…。项目支出21.48万元，节余…”, “该项目支出…”: in a paragraph headed by one
/// project's name, or about 该项目, a bare 项目支出 is that project's spending, not the unit's.
fn about_one_project(text: &str, label_at: usize) -> bool {
    let before = &text[..label_at];
    if before.ends_with('该') {
        return true;
    }
    let sentence = sentence_before(text, label_at);
    let of_the_unit = ["全年", "本年", "年度", "部门", "单位", "合计", "共", "整体"].iter().any(|w| sentence.contains(w));
    // A paragraph whose start is out of reach opens on no heading that could name the figure's project.
    let paragraph = line_before(text, label_at).unwrap_or_default();
    let heading = paragraph.split_once(['：', ':']).map_or("", |(head, _)| without_numbering(head));
    let named = heading.chars().count() >= 4 && heading.chars().all(ideograph);
    let one_project = named && heading.ends_with("项目") && !heading.ends_with("支出项目") && !["本", "全", "各", "所有"].iter().any(|w| heading.starts_with(w));
    let numbered_line = !paragraph.is_empty() && on_a_numbered_projects_line(paragraph, before);
    (one_project || sentence.contains("该项目") || numbered_line) && !of_the_unit
}

/// How far back a figure's line is looked for: further than any line of a report's prose, so that a text
/// of one endless line (a paste that lost its breaks) is read in linear time.
const LINE_REACH: usize = 4_000;

/// The line that holds `at`, from its start up to `at` — none where its start is further back than
/// [`LINE_REACH`].
fn line_before(text: &str, at: usize) -> Option<&str> {
    let window = window_before(text, at, LINE_REACH);
    match window.rfind('\n') {
        Some(i) => Some(&window[i + 1..]),
        None if window.len() == at => Some(window),
        None => None,
    }
}

/// “2. 河道保洁：年初预算40.00万元，…”: a line numbered as an item of a list, opening on a name and its colon
/// with the figures right after, gives that item's figures — a project's, not the unit's. Not where the name
/// is a topic of the unit's account (“1. 收入预算：…”, “（二）支出情况：…”).
fn on_a_numbered_projects_line(paragraph: &str, before: &str) -> bool {
    const TOPICS: [&str; 16] = ["预算", "收入", "支出", "经费", "结转", "结余", "情况", "资金", "绩效", "执行", "三公", "人员", "资产", "部门", "单位", "整体"];
    let Some(head) = before.strip_suffix(['：', ':']).filter(|head| head.len() > before.len() - paragraph.len()) else { return false };
    let head = &head[before.len() - paragraph.len()..];
    let name = without_numbering(head);
    let numbered = name.len() < head.trim_start().len();
    numbered && name.chars().count() >= 4 && name.chars().all(ideograph) && !TOPICS.iter().any(|w| name.contains(w))
}

/// “（二）项目支出情况⏎1．堤坝加固工程，年初预算…，年中追加…”, “分项目看：①水源地保护，年初预算…”: a part of
/// the budget in an item of a list of projects — numbered (1．/（1）/①) and opening on the project's name —
/// under a 项目支出 heading or after “项目如下/具体如下/分项目看”, is that project's, not the unit's.
fn an_item_of_a_projects_list(text: &str, label_at: usize) -> bool {
    // The line up to the figure — or, where its start is out of reach, as far back as is read: only a
    // circled number within that reach can open the figure's item then.
    let whole_line = line_before(text, label_at);
    let line = whole_line.unwrap_or_else(|| window_before(text, label_at, LINE_REACH));
    let line_start = whole_line.map(|line| label_at - line.len());
    // An item opens the line, or a circled number opens it within the line (“…如下：①…；②…”).
    let circled = line.rfind(|c: char| ('①'..='⑳').contains(&c));
    let (lead, item) = match circled {
        Some(at) => (&line[..at], &line[at..]),
        None if line_start.is_some() => ("", line),
        None => return false,
    };
    let name = without_numbering(item);
    let numbered = name.len() < item.trim_start().len();
    let name = name.split(['，', ',', '：', ':', '。', '；']).next().unwrap_or_default();
    let named = name.chars().count() >= 2 && !name.contains(['；', ';']) && name.chars().all(|c| ideograph(c) || c.is_ascii_digit() || "“”《》\"（）()—-×·".contains(c));
    const UNIT_OR_TOPIC: [&str; 13] = ["预算", "收入", "支出", "结转", "结余", "情况", "执行", "部门", "单位", "整体", "合计", "全年", "本年"];
    let of_the_unit = ["本", "全", "各", "所有", "我"].iter().any(|w| name.starts_with(w)) || UNIT_OR_TOPIC.iter().any(|w| name.contains(w)) || the_units_funds(name);
    let under_a_heading = || line_start.is_some_and(|start| under_a_projects_heading(&text[..start]));
    numbered && named && !of_the_unit && (introduces_projects(lead) || under_a_heading())
}

/// Whether an item's name containing 经费 is the unit's own (“人员经费”, “公用经费”, “三公经费”, “经费保障”): not
/// where it names a task's money at length (“审计业务工作经费”, “防汛物资储备经费”) — a project of the list.
fn the_units_funds(name: &str) -> bool {
    let Some(task) = name.strip_suffix("经费") else { return name.contains("经费") };
    let task = task.trim_matches(['“', '”', '"']);
    task.chars().count() <= 2 || ["人员", "公用", "三公", "基本", "日常"].iter().any(|w| task.contains(w))
}

/// Words that open a list of projects with their own money.
fn introduces_projects(line: &str) -> bool {
    ["项目支出", "项目如下", "具体如下", "分项目看", "分项目", "各项目"].iter().any(|w| line.contains(w))
}

/// Whether the lines before an item (`before`, up to its line) run back, over other items of the list, to a
/// heading or a sentence that opens a list of projects. A heading of another part (“三、…”) ends the look.
fn under_a_projects_heading(before: &str) -> bool {
    for line in before.lines().rev().take(12).map(str::trim) {
        if line.is_empty() {
            continue;
        }
        if introduces_projects(line) {
            return true;
        }
        let numbered = without_numbering(line).len() < line.len();
        let an_item = numbered && line.contains("万元") && !line.starts_with(|c: char| "一二三四五六七八九十".contains(c));
        if numbered && !an_item {
            return false;
        }
    }
    false
}

/// “监测站仅有在编人员9名”: the staff of one part of the unit (a 站, 所, 队, 中心 named before), not the unit's.
fn staff_of_a_part(before: &str) -> bool {
    let Some(part) = ["仅有", "共有", "只有", "现有"].iter().find_map(|w| before.strip_suffix(w)) else { return false };
    let name = part.rsplit(['，', ',', '。', '；', ';', '：', ':', '、', '\n']).next().unwrap_or(part);
    let name = without_numbering(name);
    let whole_unit = ["本", "全", "我", "单位", "部门"].iter().any(|w| name.starts_with(w));
    name.chars().count() >= 2 && ["站", "所", "队", "中心"].iter().any(|w| name.ends_with(w)) && !whole_unit
}

/// “其中机关本级核定编制25个，实有在编23人；县疾控中心核定编制62个…”, “两个服务站各有在编人员3名”, “其中
/// 城北分院在编职工86名”: a head count whose subject is a part of the unit — named after 其中, counted 各有,
/// or a named 站/所/队/中心/院/局… other than the unit, after the unit's own counts — is that part's.
fn head_count_of_a_part(text: &str, label_at: usize) -> bool {
    let sentence = sentence_before(text, label_at);
    let segment = sentence.rsplit(['；', ';', '：', ':']).next().unwrap_or(sentence);
    let opening = without_numbering(segment.trim_start_matches(|c: char| c.is_whitespace() || "，,、".contains(c)));
    let opening = past_the_date(opening);
    let (opening, after_qizhong) = match opening.strip_prefix("其中") {
        Some(rest) => (rest.trim_start_matches(['，', ',']), true),
        None => (opening, false),
    };
    // Where the subject ends: a head count's words, or a type of post (“其中行政编制…” is no part).
    const COUNTED: [&str; 19] =
        ["核定", "编制", "实有", "在编", "在职", "在岗", "人员", "现有", "共有", "各有", "仅有", "行政", "公务员", "事业", "工勤", "参公", "参照", "退休", "编外"];
    let subject_end = COUNTED.iter().filter_map(|w| opening.find(w)).min().unwrap_or(opening.len());
    let subject = &opening[..subject_end];
    if subject.is_empty() {
        return false;
    }
    // “机关本级” is the unit's own unless it is one of the department's parts: named after 其中, or beside
    // a 所属 unit or before a 合计 in its sentence.
    let sentence_after = text.get(label_at..).unwrap_or_default().split(['。', '\n']).next().unwrap_or_default();
    // A 合计 after the seat's own types alone (“县供销社机关核定参公编制12名、事业编制5名（…），合计17名”) sums
    // those types — the unit's posts — not the seat beside other parts.
    let types_summed = |w: &str| sentence_after.find(w).is_some_and(|at| !sentence_after[..at].trim_end_matches(['，', ',']).contains(['，', ',', '；', ';']));
    let beside_parts = ["所属", "下属", "二级单位", "汇总"].iter().any(|w| sentence_after.contains(w))
        || ["合计", "共计"].iter().any(|w| sentence_after.contains(w) && !types_summed(w));
    let seat = ["机关", "本级"].iter().any(|w| subject.starts_with(w) || subject.ends_with(w));
    // After the department's own counts and a “；”, the seat opens the list of its units (“全局核定编制40名…；机关本级
    // 行政编制…”).
    let before_segment = text.get(..label_at.saturating_sub(segment.len())).unwrap_or("");
    let listed_after_counts = before_segment.ends_with(['；', ';']) && counts_before(before_segment);
    let whole_unit = ["本", "全", "我", "该", "单位", "部门"].iter().any(|w| subject.starts_with(w))
        || (seat && !after_qizhong && !beside_parts && !listed_after_counts)
        || (!after_qizhong && names_itself(text, subject));
    // “局本级及下属单位核定编制…”, “部门汇总…”: the unit together with its parts.
    let with_its_parts = ["及下属", "和下属", "及所属", "和所属", "含下属", "含所属", "连同", "汇总", "合计"].iter().any(|w| subject.contains(w));
    if whole_unit || with_its_parts {
        return false;
    }
    let marked = after_qizhong || seat || opening[subject_end..].starts_with("各有") || ["下属", "所属", "二级单位"].iter().any(|w| subject.contains(w));
    const PARTS: [&str; 13] = ["站", "所", "队", "中心", "院", "局", "校", "馆", "室", "单位", "处", "科", "本部"];
    let named = PARTS.iter().any(|w| subject.ends_with(w));
    // The segment ends where the label starts: the unit's own counts, if any, stand before it.
    let counted_before = counts_before(before_segment);
    // A name the title gives is trusted to tell the unit from its parts; else a named part is one only
    // after the unit's own counts.
    let (the_unit, titled) = match super::sections::unit_name(text) {
        Some((name, from_duties)) => (abbreviates(subject, &name) || subject.contains(name.as_str()), !from_duties),
        None => (false, false),
    };
    marked || (named && (counted_before || titled) && !the_unit)
}

/// “学校核定事业编制286名” in a 中学's report, “学院…” in a 学院's, “医院…” in a 医院's: the unit naming itself by
/// its kind, as its staff would, not one of its parts.
fn names_itself(text: &str, subject: &str) -> bool {
    // Each kind, and how the names of units of that kind end.
    const KINDS: [(&str, &[&str]); 5] = [("学校", &["学", "学校", "校"]), ("学院", &["学院"]), ("医院", &["医院"]), ("中心", &["中心"]), ("研究院", &["研究院", "科学院"])];
    let Some((name, _)) = super::sections::unit_name(text) else { return false };
    KINDS.iter().any(|(kind, endings)| subject == *kind && endings.iter().any(|e| name.ends_with(e)))
}

/// Whether head counts stand in `before`: a count, not a heading (“（三）人员编制情况”), as a figure follows its
/// word closely.
fn counts_before(before: &str) -> bool {
    ["编制", "在职", "在编", "实有"].iter().any(|w| {
        before.match_indices(w).any(|(at, _)| before[at + w.len()..].chars().take(6).any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)))
    })
}

/// “区科技局” for “鼎城区科学技术局”, “县市场监管局” for “沅江县市场监督管理局”: a name shortened by leaving
/// characters out, in order, ending as the full name ends.
fn abbreviates(short: &str, full: &str) -> bool {
    let mut rest = full.chars();
    short.chars().all(|c| rest.any(|f| f == c)) && short.chars().last() == full.chars().last()
}

/// “六个项目全年预算合计…，支出合计…”, “上述项目支出合计…”: a sentence that opens on the projects
/// together speaks of their money, not the unit's, whatever its labels.
fn of_projects_together(text: &str, label_at: usize) -> bool {
    // Past its numbering (“2．”, “（三）”, “四、”), not into a count (“四个项目”).
    let opening = without_numbering(sentence_before(text, label_at));
    // “以上五个项目…”: a pointer before the count.
    let opening = ["以上", "上述", "所列", "这"].iter().find_map(|w| opening.strip_prefix(w)).filter(|rest| !rest.starts_with("项目")).unwrap_or(opening);
    counted_projects(opening)
        || ["上述项目", "以上项目", "所列项目", "各项目", "上述专项", "以上专项"].iter().any(|w| opening.starts_with(w))
        || after_a_project_count(text, label_at)
        || after_the_projects_budget(text, label_at)
}

/// Whether words open on a count of projects (“五个项目…”, “4项专项…”).
fn counted_projects(opening: &str) -> bool {
    let subject: String = opening.chars().take(8).collect();
    subject.find(['个', '项']).is_some_and(|at| {
        let count = &subject[..at];
        !count.is_empty() && count.chars().all(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c))
    }) && (subject.contains("项目") || subject.contains("专项"))
}

/// “…，五个项目预算合计115.00万元，支出合计109.24万元”, “项目预算合计605万元，支出合计567.53万元”, “实施
/// 项目3个，预算合计130万元，支出合计120万元”: a label opening the clause right after the projects' budget
/// pairs with it — the projects' spending, not the unit's.
fn after_the_projects_budget(text: &str, label_at: usize) -> bool {
    let sentence = sentence_before(text, label_at);
    let Some(before) = sentence.strip_suffix(['，', ',']) else { return false };
    let mut clauses = before.rsplit(['，', ',', ';']);
    let clause = clauses.next().unwrap_or(before);
    // Opening its sentence (“全年预算…，项目预算…，支出合计…” goes on with the unit's own).
    let opens = clause.len() == before.len();
    let clause = ["以上", "上述", "所列", "这"].iter().find_map(|w| clause.strip_prefix(w)).unwrap_or(clause);
    // “项目年初预算650.00万元，调整后预算710.00万元”: the projects' budget before and after the year's changes.
    let budget_of_projects = opens && ["项目预算", "项目总预算", "项目资金预算", "项目全年预算", "项目年初预算", "专项预算"].iter().any(|w| clause.starts_with(w));
    // A bare budget (“预算合计…”, “年初预算合计…”) right after a clause counting the projects is theirs too.
    let bare_budget = ["预算", "年初预算"].iter().any(|w| clause.starts_with(w)) && clauses.next().is_some_and(counts_projects);
    (counted_projects(clause) && clause.contains("预算")) || budget_of_projects || bare_budget
}

/// “项目支出1,423万元，共五个项目，预算总额1,465万元”: the clause just before counts the projects, so the
/// total after it is theirs.
fn after_a_project_count(text: &str, label_at: usize) -> bool {
    let sentence = sentence_before(text, label_at);
    let Some(before) = sentence.strip_suffix(['，', ',']) else { return false };
    before.rsplit(['，', ',']).next().is_some_and(counts_projects)
}

/// Whether a clause ends on a count of projects: “共五个项目”, “本年度共实施4项专项”, “实施项目3个”.
pub(super) fn counts_projects(clause: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c);
    let counted = |rest: &str| rest.chars().next_back().is_some_and(numeral);
    if let Some(kind) = ["个项目", "项项目", "个专项", "项专项"].iter().find(|w| clause.ends_with(**w)) {
        return counted(&clause[..clause.len() - kind.len()]);
    }
    let Some(count) = clause.strip_suffix(['个', '项']) else { return false };
    let named = count.trim_end_matches(numeral);
    // “项目支出共6个”: the projects the spending went to, counted.
    let counted_spending = named.strip_suffix('共').is_some_and(|n| n.ends_with("项目支出"));
    named.len() < count.len() && (named.ends_with("项目") || named.ends_with("专项") || counted_spending)
}

/// “其中财政拨款收入328.64万元用于基本支出246.51万元、项目支出82.13万元”: what one source of income paid
/// for is that source's share of 基本/项目支出 (the rest came from other income), not the unit's totals.
fn spent_of_one_source(text: &str, label_at: usize) -> bool {
    let sentence = sentence_before(text, label_at);
    let Some(used_at) = sentence.rfind("用于") else { return false };
    // The items it paid for run on from 用于 (“、”), never past a clause.
    let items = &sentence[used_at..];
    let source = sentence[..used_at].rsplit(['，', ',', ';']).next().unwrap_or_default();
    if items.contains(['，', ',', ';']) {
        return false;
    }
    // One source by its name, not all the year's income (“本年收入…用于…” is the whole).
    const SOURCES: [&str; 5] = ["拨款", "补助", "事业收入", "经营收入", "其他收入"];
    SOURCES.iter().any(|w| source.contains(w)) && !source.contains("支出") && source.contains(|c: char| c.is_ascii_digit())
}

/// What opens a breakdown of the figure before it.
const BREAKDOWN: [&str; 8] = ["其中", "包括", "含", "分别为", "分别是", "具体为", "（", "("];

/// “全年预算数合计174.84万元，其中基本支出148.84万元、项目支出26.00万元”, “年初预算…（基本支出…、项目支出…）”:
/// 基本支出 and 项目支出 listed after a budget's figure divide that budget, not what was spent.
fn part_of_a_budget(text: &str, label_at: usize) -> bool {
    let sentence = sentence_before(text, label_at);
    let sentence_at = label_at - sentence.len();
    if within_the_budget(sentence) {
        return true;
    }
    let mut openers: Vec<(usize, &str)> = BREAKDOWN.iter().flat_map(|w| sentence.match_indices(*w)).collect();
    order::sort(&mut openers);
    // The breakdown the label stands in: the last one opened before it, not brackets already closed.
    let Some(&(open, word)) = openers.iter().rev().find(|(at, word)| {
        let bracket = word.starts_with(['（', '(']);
        !bracket || !sentence[at + word.len()..].contains(['）', ')'])
    }) else {
        return false;
    };
    let listed = &sentence[open + word.len()..];
    let of_spending = |meaning: Meaning| matches!(meaning, Is(Total("spend")) | IsOr(Total("spend"), _));
    if names_any(listed, of_spending) {
        return false;
    }
    // “…合计174.84万元。其中：基本支出…”: a sentence that opens on the breakdown breaks down the last one's figure.
    // “年初预算1628.40万元（其中：基本支出…”: the bracket before 其中 is no part of the budget's figure.
    let mut whole = sentence[..open].trim_end_matches(['，', ',', ':', '：', '（', '(']);
    if whole.is_empty() && sentence_at > 0 {
        let end = text[..sentence_at].char_indices().next_back().map_or(0, |(at, _)| at);
        whole = sentence_before(text, end);
    }
    let clause = whole.rsplit(['，', ',', ';', ':']).next().unwrap_or(whole);
    let label = clause.trim_end_matches(['元', '万', '亿']).trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let has_figure = label.len() < clause.len() && clause.ends_with('元');
    let of_budget = label.contains("预算") || counts_funds(label);
    has_figure && of_budget && !["执行", "决算", "实际", "率"].iter().any(|w| label.contains(w))
}

/// “全年预算中，基本支出1010.40万元，项目支出…”, “按预算，基本支出…”: 基本支出 and 项目支出 after words that
/// say the budget is being divided are its parts — unless what was spent is named since.
fn within_the_budget(sentence: &str) -> bool {
    const DIVIDED: [&str; 5] = ["预算中", "预算安排中", "预算数中", "按预算", "预算构成"];
    let Some(since) = DIVIDED.iter().filter_map(|w| sentence.rfind(w).map(|at| &sentence[at + w.len()..])).min_by_key(|rest| rest.len()) else {
        return false;
    };
    // The division opens right there (“预算中，基本支出…”, “年初预算中基本支出…、项目支出…”), not in words
    // running on (“按预算安排支出，全年基本支出…”).
    let opens = since.is_empty() || since.starts_with(['，', ',', '：', ':']) || since.starts_with("基本支出") || since.starts_with("项目支出");
    opens && !["实际", "决算", "执行", "支出合计", "支出总额", "全年支出"].iter().any(|w| since.contains(w))
}

/// “实际支出48.30万元（含使用上年结转资金6.30万元）”: the carryover in brackets after what was spent is the part
/// of that spending it paid — not the 上年结转 the year's budget counts (“全年预算…（含上年结转…）” is that).
fn within_what_was_spent(text: &str, label_at: usize) -> bool {
    let before = sentence_before(text, label_at);
    let Some(open) = before.rfind('（') else { return false };
    let (outside, inside) = (&before[..open], &before[open..]);
    let spent_figure = outside.ends_with('元') && outside.trim_end_matches(['元', '万', '亿']).ends_with(|c: char| c.is_ascii_digit());
    let clause = outside.rsplit(['，', ',', ';', ':']).next().unwrap_or(outside);
    let of_spending = ["支出", "使用", "拨付", "支付"].iter().any(|w| clause.contains(w)) && !clause.contains("预算");
    spent_figure && of_spending && !inside.contains('）')
}

/// “本局代管的…保险基金全年支出合计2.36亿元，属于社会保险基金预算…”: funds the unit holds for others
/// (named anywhere in the sentence before the label, not only just before it, as `handled_for_others`
/// reads any figure) are not its own money.
fn of_funds_held(text: &str, label_at: usize) -> bool {
    let sentence = sentence_before(text, label_at);
    ["代管", "托管", "社会保险基金", "社保基金"].iter().any(|w| sentence.contains(w))
}

/// “三公”经费支出…，控制在年初预算10万元以内” / “未超过年初预算5万元”: the cap the “三公” spending kept
/// under is their budget, not the unit's 年初预算.
fn caps_sangong(text: &str, label_at: usize) -> bool {
    const CAPS: [&str; 5] = ["控制在", "未超过", "不超过", "没有超过", "低于"];
    let before = text.get(..label_at).unwrap_or_default();
    CAPS.iter().any(|w| before.ends_with(w)) && sentence_before(text, label_at).contains("三公")
}

/// “年中追加95.00万元，其中政策性追加70.00万元，其他追加25.00万元”: the additions other than the policy
/// ones are a part of the year's additions, not all of them.
///
/// “年初及追加预算268.00万元”: the 年初 and the 追加 together, a budget whole (most often a project's), not
/// the year's additions.
fn not_the_years_additions(before: &str, label: &str) -> bool {
    const WITH_THE_INITIAL: [&str; 4] = ["年初及", "年初和", "年初预算及", "年初预算和"];
    label.starts_with("追加") && ["其他", "其余", "一般性", "非政策性"].iter().chain(&WITH_THE_INITIAL).any(|w| before.ends_with(w))
}

/// “村庄规划编制有3个…”, “应急预案编制2个”: 编制 after what is drawn up is the drafting of it, no 人员编制.
fn drafting(before: &str) -> bool {
    // “预算编制 18” in a score table is the budget's drafting, scored.
    const DRAWN_UP: [&str; 12] = ["规划", "方案", "预案", "计划", "报告", "标准", "清单", "目录", "图集", "指南", "办法", "预算"];
    DRAWN_UP.iter().any(|w| before.ends_with(w))
}

/// “核减编制37名”, “收回空编…”: posts an 编办 takes back or hands out across a county — its work, not
/// its own 编制.
fn posts_acted_on(before: &str) -> bool {
    ["核减", "核增", "收回", "调剂", "精简", "划转", "下达", "空"].iter().any(|w| before.ends_with(w))
}

/// “生均公用经费2,106.75元”, “人均…”: a figure per head, not the unit's.
fn per_head(before: &str) -> bool {
    ["生均", "人均"].iter().any(|w| before.ends_with(w))
}

/// “实有9人，少于编制2人”: a figure after a comparison with the label is the difference from it, not its
/// value. (Not “超出公用经费预算12万元”, which reports write for “beyond a budget of 12”.)
fn a_difference_from(before: &str) -> bool {
    const COMPARING: [&str; 4] = ["少于", "多于", "不足", "缺"];
    COMPARING.iter().any(|w| before.ends_with(w))
}

/// “审计资金总额12.36亿元”, “监管资金总额…”, “发放补贴资金…”: money the unit audits, supervises, holds
/// or hands out is others' money, never the unit's own budget or spending — whatever label follows.
fn handled_for_others(before: &str) -> bool {
    // (Not 拨付 or 分配: “财政拨付资金总额…” may be the unit's own.)
    const HANDLING: [&str; 9] = ["审计", "审计调查", "监管", "代管", "托管", "发放", "转拨", "查处", "追缴"];
    let before = before.trim_end_matches('的');
    HANDLING.iter().any(|w| before.ends_with(w))
}

/// “国家气象事业编制18名，地方编制4名”, “在职21人（国家编制17人，地方编制4人）”: 编制 split by who funds
/// them are parts of the unit's 编制 (or of its staff), neither a total nor a type of 编制.
fn funded_by_source(before: &str, label: &str) -> bool {
    const SOURCES: [&str; 3] = ["国家", "地方", "中央"];
    let name = before.rsplit(['，', ',', '、', '（', ':', ';', '。', '\n']).next().unwrap_or(before);
    label.contains("编制") && SOURCES.iter().any(|w| name.contains(w))
}

/// The label phrase ending just before `number` that starts earliest, with its meaning.
fn nearest(text: &str, number: &Number, table: &[(&str, Meaning)]) -> Option<(usize, Meaning)> {
    let end = glossed_from(text, number.start).unwrap_or(number.start);
    let clause = clause_before(text, end);
    let clause_start = end - clause.len();
    let mut best: Option<(usize, usize, Meaning)> = None;
    for &(label, meaning) in table {
        let Some(at) = clause.rfind(label) else { continue };
        let gap = &clause[at + label.len()..];
        let fits = match number.unit {
            Unit::Bare => gap.is_empty() || gap == "为" || gap == ":",
            Unit::Persons if label.starts_with("实有") || label.starts_with("实际") => is_filler(gap) || whom(gap),
            _ if ["追加", "调减", "压减", "核减"].iter().any(|w| label.ends_with(w)) => {
                (is_filler(gap) || named_change(gap)) && !changes_summed(&text[..clause_start + at])
            }
            _ => is_filler(gap),
        };
        let better = best.is_none_or(|(best_at, best_len, _)| at < best_at || (at == best_at && label.len() > best_len));
        if fits && better {
            best = Some((at, label.len(), meaning));
        }
    }
    best.map(|(at, _, meaning)| (clause_start + at, meaning))
}

/// “核定行政（参公）编制9名”: a type's 编制 with a gloss in brackets between its type and 编制 — words only, and
/// naming no other type — are that type's posts, as “行政编制” (the 参公 are 行政 by the report's own word).
fn type_glossed_before(text: &str, label_at: usize) -> Option<&'static str> {
    const OF_TYPE: [(&str, &str); 3] = [("行政", "staff.quota.admin"), ("事业", "staff.quota.institution"), ("工勤", "staff.quota.worker")];
    const NAMED: [(&str, &str); 5] = [("参公", "行政"), ("参照公务员", "行政"), ("公务员", "行政"), ("事业", "事业"), ("工勤", "工勤")];
    let before = window_before(text, label_at, 48);
    let inner = before.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let gloss = &inner[open..];
    if gloss.contains(|c: char| c.is_ascii_digit() || CLAUSE_END.contains(&c) && !"（(、和及".contains(c)) {
        return None;
    }
    let &(kind, id) = OF_TYPE.iter().find(|(kind, _)| inner[..open].ends_with(kind))?;
    let other_type = NAMED.iter().any(|(word, of)| gloss.contains(word) && *of != kind);
    (!other_type).then_some(id)
}

/// “事业收入（卫生检测收入）36.48万元”: a short gloss in brackets between a label and its figure — words only,
/// no figure of its own — leaves the label the figure's; where the bracket opens. The gloss may name several
/// kinds (“事业收入（住宿费、培训收入）”): a list within words, not a clause of its own.
fn glossed_from(text: &str, at: usize) -> Option<usize> {
    let before = window_before(text, at, 48);
    let inner = before.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let gloss = &inner[open..];
    let words_only = !gloss.contains(|c: char| c.is_ascii_digit() || CLAUSE_END.contains(&c) && !"（(、和及".contains(c));
    words_only.then(|| at - before.len() + open)
}

/// Whether the words before a rate's name make it another year's (“2023年预算执行率”, “上年…”) or a
/// change (“较上年…”): then it is no claim about the year the report evaluates.
pub fn of_another_year(before: &str, year: Option<u32>) -> bool {
    !matches!(qualifier(before, year), Some(When::ThisYear))
}

enum When {
    ThisYear,
    LastYear,
}

/// Whose year the words before a label name (last year's after a comparison with it: “较上年预算…”);
/// `None` for another change (“同比”, “较年初”) or another year.
fn qualifier(before: &str, year: Option<u32>) -> Option<When> {
    // “上年同口径预算20.40万元”: last year's, on this year's basis.
    let before = before.trim_end_matches('的');
    let before = before.strip_suffix("同口径").unwrap_or(before);
    let before = without_year_gloss(before);
    // “较上年预算52,000.00元减少…”: a label right after the comparison names the figure compared with —
    // last year's. (A number right after it, “较上年减少7,000.00元”, has no label and never comes here.)
    if COMPARED_WITH_LAST_YEAR.iter().any(|w| before.ends_with(w)) {
        return Some(When::LastYear);
    }
    if CHANGE.iter().any(|w| before.ends_with(w)) {
        return None;
    }
    if LAST_YEAR.iter().any(|w| before.ends_with(w)) {
        return Some(When::LastYear);
    }
    let before = past_subject_of_year(before);
    let stated = before.strip_suffix("年度").or_else(|| before.strip_suffix('年')).unwrap_or(before);
    let digits = stated.len() - stated.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits != 4 {
        return Some(When::ThisYear);
    }
    let stated: u32 = stated[stated.len() - 4..].parse().ok()?;
    match year {
        Some(year) if stated + 1 == year => Some(When::LastYear),
        Some(year) if stated != year => None,
        _ => Some(When::ThisYear),
    }
}

/// “上年（2022年）实际支出…”, “2022年（上年）支出…”: a year glossed in brackets by another name for it —
/// the words before the brackets say whose year it is.
fn without_year_gloss(before: &str) -> &str {
    const THIS_YEAR: [&str; 3] = ["本年", "本年度", "当年"];
    let Some(inner) = before.strip_suffix('）') else { return before };
    let Some(open) = inner.rfind('（') else { return before };
    let (glossed, gloss) = (&inner[..open], &inner[open + '（'.len_utf8()..]);
    // Words ending on a year (“2022年”, “…2022年度”), and the year alone.
    let year_digits = |words: &str| {
        let digits = words.strip_suffix("年度").or_else(|| words.strip_suffix('年'))?;
        let year = digits.get(digits.len().checked_sub(4)?..)?;
        year.bytes().all(|b| b.is_ascii_digit()).then_some(digits.len() == 4)
    };
    let year_word = |words: &str| LAST_YEAR.iter().chain(&THIS_YEAR).any(|w| words.ends_with(w));
    let year_named_by_word = year_digits(gloss) == Some(true) && year_word(glossed);
    let word_glossing_year = LAST_YEAR.iter().chain(&THIS_YEAR).any(|w| gloss == *w) && year_digits(glossed).is_some();
    if year_named_by_word || word_glossing_year { glossed } else { before }
}

/// “2020年医院全年支出合计…”, “2023年同期全年预算数…”, “2021年我镇…”: a clause that opens on a year names
/// the year of its figures even with the unit (a few words, no figure) or 同期 between the year and the
/// label; the words before the label up to that year (unchanged when the clause does not open so).
fn past_subject_of_year(before: &str) -> &str {
    const MOST_WORDS: usize = 8;
    let clause_at = before.rfind(CLAUSE_END).map_or(0, |i| past_char(before, i));
    let clause = &before[clause_at..];
    let Some(year_end) = clause.find('年') else { return before };
    let digits = &clause[..year_end];
    let subject = clause[year_end..].trim_start_matches('年').trim_start_matches('度');
    let opens_on_year = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit());
    let words_only = subject.chars().count() <= MOST_WORDS && subject.chars().all(ideograph);
    if opens_on_year && words_only && !subject.is_empty() {
        &before[..clause_at + year_end + '年'.len_utf8()]
    } else {
        before
    }
}

/// The “三公”'s three items (公务接待费, 公务用车购置及运行维护费, 因公出国（境）费), by the words that name each.
pub(super) const SANGONG_ITEMS: [&str; 3] = ["公务接待", "公务用车", "因公出国"];

/// “三公经费：2024年预算4.20万元，其中公务接待费…、公务用车运行维护费3.00万元，2023年预算4.80万元”: a
/// figure opened by a year, after the items of a “三公” figure opened by a year, is the “三公”'s of that
/// year again, not the last item's.
fn year_pairs_back_to_sangong(text: &str, label_at: usize, topic: &str) -> bool {
    let before = text.get(..label_at).unwrap_or_default();
    let stem = before.strip_suffix("年度").or_else(|| before.strip_suffix('年'));
    let opens_with_year = stem.is_some_and(|s| s.len() >= 4 && s.as_bytes()[s.len() - 4..].iter().all(u8::is_ascii_digit))
        || LAST_YEAR.iter().any(|w| before.ends_with(w));
    // “…无因公出国（境）费；上年预算7.00万元，实际支出6.38万元”: the second of a pair the year opens is the
    // first's, the “三公”'s as it is.
    let opens_with_year = opens_with_year || pair_opened_by_a_year(text, label_at, any_years_opening).is_some();
    let item = SANGONG_ITEMS.contains(&topic);
    // The “三公” named in this sentence, or earlier in the paragraph (“…2.40万元。2023年预算4.50万元。”).
    let window = window_before(text, label_at, 480);
    let paragraph = window.rfind(BREAK).map_or(window, |i| &window[past_char(window, i)..]);
    item && opens_with_year && paragraph.contains("三公经费")
}

/// ““三公”经费仅有公务用车运行维护费，预算7万元，支出6万元”: the one item the “三公” consist of is the
/// “三公”, its budget and spending theirs.
fn sole_sangong_item(text: &str, label_at: usize, topic: &str) -> bool {
    const ONLY: [&str; 4] = ["仅有", "只有", "仅为", "仅发生"];
    let sentence = sentence_before(text, label_at);
    let item = SANGONG_ITEMS.contains(&topic);
    item && sentence.find("三公经费").is_some_and(|at| ONLY.iter().any(|w| sentence[at..].contains(w)))
}

/// “公务接待费预算…，实际…；公务用车运行维护费预算…，实际…；合计预算32,000元，实际27,070元”: after the
/// “三公” items, the clauses opening on 合计 name no item — they sum them, the “三公” figures.
fn sums_sangong_items(text: &str, label_at: usize, topic: &str) -> bool {
    const SUMS: [&str; 4] = ["合计", "共计", "总计", "小计"];
    let item = SANGONG_ITEMS.contains(&topic);
    let sentence = sentence_before(text, label_at);
    let segment = sentence.rsplit(';').next().unwrap_or(sentence);
    // “两项合计…”, “以上合计…”: a few words may come before the sum's word.
    let opening: String = segment.chars().take(6).collect();
    let opens_on_sum = SUMS.iter().any(|w| opening.contains(w));
    let names_an_item = ["公务接待", "公务用车", "因公出国", "三公"].iter().any(|w| segment.contains(w));
    item && opens_on_sum && !names_an_item
}

/// “公务接待费和公务用车运行维护费预算合计5万元，实际支出4.5万元，“三公”经费控制率90%”: the “三公” told
/// as two or three of their items summed in one clause, in a sentence on the “三公”, are the “三公” — the
/// figures of that clause and of those after it, until another clause names an item alone.
fn sangong_items_summed_together(text: &str, label_at: usize, topic: &str) -> bool {
    const SUMS: [&str; 4] = ["合计", "共计", "总计", "两项"];
    let sentence = sentence_before(text, label_at);
    let Some(clause) = sentence.split(['，', ',', ';']).rfind(|clause| SANGONG_ITEMS.iter().any(|w| clause.contains(w))) else { return false };
    let items = SANGONG_ITEMS.iter().filter(|w| clause.contains(**w)).count();
    let summed = SUMS.iter().any(|w| clause.contains(w)) || SUMS.iter().any(|w| text[label_at..].trim_start_matches(['预', '算', '支', '出']).starts_with(w));
    SANGONG_ITEMS.contains(&topic) && items >= 2 && summed && sentence_around(text, label_at).contains("三公")
}

/// “重点项目实训基地建设全年预算720万元”: the clause before a label names a project (not 项目支出, a part
/// of the unit's spending), so the budget or spending it gives is the project's, never the unit's.
/// So does an item named before a colon (“2．乡村道路改造工程:全年预算…”): what follows is that item's.
fn names_a_project(before: &str) -> bool {
    let clause = before.rsplit(['，', ',', ';', '。', '\n']).next().unwrap_or(before);
    let (item, rest) = clause.rsplit_once(':').unwrap_or(("", clause));
    let item = item.trim_end_matches(['”', '"', '）', ')', '》']);
    (rest.contains("项目") && !rest.contains("项目支出")) || names_one_project(item)
}

/// Whether the clause before a label is a numbered item named as a task, before its colon (“1．营养改善计划:”).
fn under_a_numbered_task(before: &str) -> bool {
    let clause = before.rsplit(['，', ',', ';', '。', '\n']).next().unwrap_or(before);
    clause.strip_suffix(':').is_some_and(numbered_task)
}

/// “1．营养改善计划”, “（二）污水厂运维”: a numbered item named as a task (see [`names_a_task`]) — an item of a
/// list of the unit's tasks, whatever its name's last words; not one of the report's own headings (“3．在职人员
/// 控制率”, “（一）收支情况”).
fn numbered_task(item: &str) -> bool {
    let name = item.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || "．.、（）()一二三四五六七八九十".contains(c));
    let name = name.split(['（', '(']).next().unwrap_or(name);
    let heading = ["率", "情况", "预算", "经费"].iter().any(|w| name.contains(w));
    is_heading(item) && names_a_task(name) && !heading
}

/// Whether an item's or a heading's name is one project's (“村级道路硬化工程”, “重点项目”), not the unit's
/// spending or accounts as a whole (“支出项目”, “收支项目”, “部门整体…项目”).
pub(super) fn names_one_project(name: &str) -> bool {
    let of_the_unit = ["支出项目", "收支", "部门", "整体"].iter().any(|w| name.contains(w));
    ["项目", "工程", "专项"].iter().any(|w| name.ends_with(w)) && !of_the_unit
}

/// The project a heading names, where the figure at `at` opens the paragraph under it (“（二）河道治理工程⏎全年
/// 预算…”, “（二）河道治理工程。全年预算…”): the name, without its numbering.
pub fn project_heading(text: &str, at: usize) -> Option<&str> {
    // A heading is short and the figure near it: a window before it is enough (and keeps the audit linear).
    let window = window_before(text, at, 480);
    let whole = window.len() == at;
    let line_start = window.rfind('\n').map(|i| i + 1).or(whole.then_some(0))?;
    let own = &window[line_start..];
    let heading = match own.split_once(['。', ':']) {
        // The heading on the line itself, and the figure in the sentence after it.
        Some((heading, after)) if !after.contains('。') => heading,
        Some(_) => return None,
        None => {
            let previous = window[..line_start].trim_end_matches('\n');
            &previous[previous.rfind('\n').map(|i| i + 1).or(whole.then_some(0))?..]
        }
    };
    let named = heading.chars().count() <= 30 && is_heading(heading) && names_one_project(heading);
    // Its numbering only: digits that open the name are the name's (“（2）128层螺旋CT购置项目”).
    named.then_some(without_numbering(heading))
}

/// “核定事业编制12名，实有在编人员11人（…、工勤人员3人）”, “核定行政编制14名、事业编制6名，实有在职19人（行政
/// 13人、事业6人）”: a count in post followed by its breakdown that names 工勤, or two types, counts the whole
/// unit, those types within — not the 编制 type named last before it, or the breakdown would be added to its own
/// total.
fn breaks_down_by_type(text: &str, label_at: usize) -> bool {
    let after = text.get(label_at..).unwrap_or_default();
    let sentence = after.split(['。', ';', '\n']).next().unwrap_or(after);
    let types = ["行政", "事业", "工勤", "参公"].iter().filter(|w| sentence.contains(**w)).count();
    (sentence.contains("其中") || sentence.contains('（')) && (sentence.contains("工勤") || types >= 2)
}

/// The label's meaning in its sentence.
fn resolve(text: &str, label_at: usize, meaning: Meaning) -> Option<Target> {
    let spending = matches!(meaning, Is(Total("spend")) | IsOr(Total("spend"), Aspect::Actual));
    if let Some(part) = budgeted_part_before(text, label_at).filter(|_| spending) {
        return Some(part);
    }
    let before = text[..label_at].trim_end_matches('的');
    let item = item_budgeted_before(text, label_at).filter(|_| !split_as_the_units(text, label_at));
    let (subject, headed) = match topic_before(text, label_at) {
        // “…经费预算…，其中公用经费…；专题调研经费预算35万元，实际支出…”: the item budgeted last speaks.
        Some(topic) if item.is_some_and(|at| at > topic.1) => (item.map(|at| (ITEM, at)), false),
        Some(item)
            if year_pairs_back_to_sangong(text, label_at, item.0)
                || sole_sangong_item(text, label_at, item.0)
                || sums_sangong_items(text, label_at, item.0)
                || sangong_items_summed_together(text, label_at, item.0) =>
        {
            (Some(("三公经费", item.1)), false)
        }
        Some(topic) => (Some(topic), false),
        None if item.is_some() => (item.map(|at| (ITEM, at)), false),
        None => match heading_topic(text, label_at) {
            Some(topic) => (Some(topic), true),
            None => match sangong_paragraph(text, label_at) {
                Some(item) if year_pairs_back_to_sangong(text, label_at, item.0) || sums_sangong_items(text, label_at, item.0) => {
                    (Some(("三公经费", item.1)), false)
                }
                topic => (topic, false),
            },
        },
    };
    // “另外，会议费支出2.16万元”, “会议费和培训费不属于“三公”经费，全年分别支出…”: beside the “三公”, what
    // another expense spent is that expense's, no figure of the “三公”.
    let of_sangong = subject.is_some_and(|(topic, _)| SANGONG_TOPICS.contains(&topic));
    if of_sangong && !matches!(meaning, Is(_)) && another_expense_spoken_of(text, label_at) {
        return None;
    }
    let opening = if spending && !split_as_the_units(text, label_at) {
        let summed = |topic: &'static str| if sangong_items_summed_together(text, label_at, topic) { "三公经费" } else { topic };
        opening_subject(text, label_at).map(summed).or_else(|| sangong_control_follows(text, label_at))
    } else {
        None
    };
    match meaning {
        _ if opening.is_some() => opening.and_then(|topic| of_topic(topic, Aspect::Actual)),
        // “政法专项（行政）编制”: the type glossed as the administrative one it is.
        Is(Total("quota")) if ["专项", "专项（行政）", "专项(行政)"].iter().any(|w| before.ends_with(w)) => political_quota(text, label_at),
        Is(target) => {
            let unit_wide = matches!(target, Total(_)) || matches!(target, Field(id) if id.starts_with("budget."));
            // “森林防火：预算安排65万元，年末结余3.25万元”: the year-end balance of an item with its own budget is
            // the item's.
            if target == Field("spend.closing_balance") && (run_item(text, label_at).is_some() || a_kind_of_the_balance(text, label_at)) {
                return None;
            }
            // “春节送温暖资金年初预算30万元” is the project's; “公用经费支出” is itself the label.
            // Its clause is read within a window, as a heading is: a list run on without a comma for a whole
            // line would have every figure's clause read back to the line's start.
            let clause = window_before(before, before.len(), CLAUSE_WITHIN);
            let project = (PROJECT_SUBJECT.iter().any(|w| before.ends_with(w)) && !before.ends_with("三公经费"))
                || names_a_project(clause)
                || (!target.counts_persons() && under_a_numbered_task(clause))
                || project_heading(text, label_at).is_some()
                || run_item(text, label_at).is_some()
                // “项目支出明细：⏎（1）审计业务工作经费：年初及调整后预算40.00万元，…”: an item of a list of projects.
                || (target == Total("annual_budget") && an_item_of_a_projects_list(text, label_at));
            (!(unit_wide && project)).then_some(target)
        }
        // “②设备购置：预算…，实际支出…”, in a run of items written alike: the item's spending, not the unit's.
        IsOr(..) if run_item(text, label_at).is_some() => None,
        IsOr(_, aspect) if caps_sangong(text, label_at) => of_topic("三公经费", aspect),
        IsOr(target, aspect) => match subject {
            Some((topic, at)) if at + topic.len() == before.len() => of_topic(topic, aspect),
            // “三公经费:年初预算24.00万元，实际支出…”: the topic and its colon head the label, as if run into it.
            Some((topic, at)) if HEADINGS.contains(&topic) && text.get(at + topic.len()..label_at) == Some(":") => of_topic(topic, aspect),
            _ if PROJECT_SUBJECT.iter().any(|w| before.ends_with(w)) => None,
            // Under a heading, “本年实际支出” is still the heading's.
            Some((topic, _)) if headed => of_topic(topic, aspect).or(Some(target)),
            Some((topic, at)) if bracket_of_topic(text, label_at, topic, at) => of_topic(topic, aspect),
            Some((topic, _)) if matches!(aspect, Aspect::Actual) && !UNIT_WIDE.iter().any(|w| before.ends_with(w)) => {
                of_topic(topic, aspect)
            }
            None if item_line(sentence_before(text, label_at)) => None,
            _ => Some(target),
        },
        Of(aspect) => {
            if UNIT_ONLY.iter().any(|w| before.ends_with(w)) {
                return None;
            }
            // “基本支出…，其中工资福利支出965,230.48元”, “公用经费…，包括…其他商品和服务支出6.90万元”: a bare 支出
            // inside the topic's breakdown is a part's. So is one after “基本支出中” (“按经济分类，基本支出中工资
            // 福利支出…、商品和服务支出…”): 中 opens the parts of the topic right before it.
            let opens_parts = |between: &str| between.starts_with('中') && !between.starts_with("中央");
            let in_breakdown = |at: usize| {
                text.get(at..label_at).is_some_and(|between| (between.contains("其中") || between.contains("包括") || opens_parts(between)) && !between.contains(';'))
            };
            match subject {
                None if aspect == Aspect::Actual && beside_the_years_budget(text, label_at) => Some(Total("spend")),
                _ => subject.filter(|(topic, at)| !in_breakdown(at + topic.len())).and_then(|(topic, _)| of_topic(topic, aspect)),
            }
        }
        Income if within_initial_budgets_brackets(text, label_at) => None,
        Income if BUDGETS_BESIDE.iter().any(|w| text.get(label_at..).is_some_and(|rest| rest.starts_with(w))) && !beside_the_general_budgets_own(text, label_at) => None,
        Income => (counts_funds(sentence_of_incomes(text, label_at)) || counts_funds(table_around(text, label_at)))
            .then_some(Field("budget.other_funds")),
        Staffed if breaks_down_by_type(text, label_at) => Some(Total("staff")),
        Staffed => match staff_type_before(text, label_at) {
            Some(field) => Some(Field(field)),
            None => Some(Total("staff")),
        },
        OfType("worker") if among_posts(text, label_at) => None,
        OfType("admin") if managed_beside_admin(text, label_at) || judicial_post(text, label_at) => None,
        OfType(kind) => {
            // “行政人员4人” counts persons in post, whatever came before.
            if text[label_at..].chars().nth(2).is_some_and(|c| c == '人') && text[label_at..].chars().nth(3) == Some('员') {
                return Some(Field(typed("actual", kind)));
            }
            let sentence = sentence_before(text, label_at);
            if kind == "worker" && within_a_types_quota(sentence) {
                return None;
            }
            let quota = sentence.rfind("编制");
            let actual = ["在职", "在编", "实有", "现有", "在岗", "人员"].iter().filter_map(|w| sentence.rfind(w)).max();
            match (quota, actual) {
                (Some(q), Some(a)) if q > a => Some(Field(typed("quota", kind))),
                (Some(_), None) => Some(Field(typed("quota", kind))),
                (_, Some(_)) => Some(Field(typed("actual", kind))),
                (None, None) => None,
            }
        }
    }
}

/// “行政人员6人、参公人员7人、工勤人员1人”: those managed as civil servants listed beside the 行政 are a
/// type apart — neither is all of the 行政, and reading both as it would state it twice differently.
/// Not a 行政 the report itself glosses as them (“核定行政（参公）编制6名…，实有…（参公6人、…）”): the same type.
fn managed_beside_admin(text: &str, label_at: usize) -> bool {
    let managed = ["参公", "参照公务员"].iter().any(|w| text[label_at..].starts_with(w));
    let glossed_as_managed = |after: &str| ["（参公", "(参公", "（参照公务员", "(参照公务员"].iter().any(|g| after.starts_with(g));
    let sentence = sentence_around(text, label_at);
    managed && sentence.match_indices("行政").any(|(at, word)| !glossed_as_managed(&sentence[at + word.len()..]))
}

/// “员额检察官21人、检察官助理14人、司法行政人员13人”: 司法行政 is a post of a court or procuratorate (those who
/// run it, beside its judges and prosecutors), not the 行政编制 type — its 编制 are 政法专项 whatever the post.
fn judicial_post(text: &str, label_at: usize) -> bool {
    text[..label_at].ends_with("司法")
}

/// “核定政法专项编制38名、事业编制2名”: the 政法专项编制 of a court or procuratorate are administrative 编制,
/// a type of the unit's 编制 beside the others; alone (“核定政法专项编制86名”), the whole 编制. Not where the
/// list names 行政编制 too (“政法专项编制100名、行政编制12名”), where they are a type the reading does not
/// know. “政法专项编制人员63人” are persons in post, of that administrative type (beside those of the other
/// types, “…、事业人员3人、工勤人员2人”, or alone).
fn political_quota(text: &str, label_at: usize) -> Option<Target> {
    let sentence = sentence_around(text, label_at);
    let after = text.get(label_at..).map(|rest| rest.trim_start_matches("编制"));
    let persons = after.is_some_and(|rest| rest.starts_with(['人', '内']));
    if persons && !sentence.contains("行政编制") && (counted(after) || beside_other_types(text, label_at)) {
        return Some(Field("staff.actual.admin"));
    }
    match (persons || sentence.contains("行政编制"), ["事业编制", "工勤编制"].iter().any(|w| sentence.contains(w))) {
        (true, _) => None,
        (false, true) => Some(Field("staff.quota.admin")),
        (false, false) => Some(Total("quota")),
    }
}

/// “…编制人员63人”: persons counted straight after the label.
fn counted(after: Option<&str>) -> bool {
    after.and_then(|rest| rest.strip_prefix("人员")).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether the label's clause names the other types of persons too (“…、事业人员3人、工勤人员2人”).
fn beside_other_types(text: &str, label_at: usize) -> bool {
    let window = window_after(text, label_at, 120);
    let clause = window.split(['。', ';', '\n']).next().unwrap_or(window);
    ["事业", "工勤"].iter().any(|w| clause.contains(w))
}

/// “全年预算数777.80万元，支出732.58万元，年末结转结余43.22万元”: a bare 支出 opening the clause right after
/// the year's budget, in a sentence of no other topic that closes on the balance, is the year's spending.
fn beside_the_years_budget(text: &str, label_at: usize) -> bool {
    let before = text.get(..label_at).unwrap_or_default();
    let Some(clause_start) = before.strip_suffix('，').or_else(|| before.strip_suffix(',')) else { return false };
    let previous = clause_before(text, clause_start.len());
    let bare = text.get(label_at..).is_some_and(|rest| rest.starts_with("支出") && rest["支出".len()..].starts_with(|c: char| c.is_ascii_digit()));
    let budget_at = clause_start.len() - previous.len();
    let years_budget = ["全年预算数", "全年预算", "调整后预算"].iter().any(|w| previous.starts_with(w));
    // The unit's budget, not a project's (“2．道路硬化工程：全年预算…，支出…”), in an account of the year's
    // funds that goes on to their closing balance.
    let after = window_after(text, label_at, 120);
    let closes = after.split(['。', '\n']).next().is_some_and(|sentence| sentence.contains("结余"));
    bare && years_budget && closes && resolve(text, budget_at, total("annual_budget")) == Some(Total("annual_budget"))
}

/// Posts (岗位) a unit's people are counted by, beside their 编制 types.
const POSTS: [&str; 4] = ["专业技术", "管理人员", "管理岗", "技术岗"];

/// “在编人员中，专业技术人员30名，管理人员4名，工勤人员2名”: 工勤 beside professional and managing posts is a
/// post, those in post counted by what they do — not the 工勤编制 type, which would add them to their own total.
fn among_posts(text: &str, label_at: usize) -> bool {
    let before = sentence_before(text, label_at);
    let before = &before[before.rfind(';').map_or(0, |i| i + 1)..];
    let after = window_after(text, label_at, 120);
    let after = &after[..after.find(['。', ';', '\n']).unwrap_or(after.len())];
    POSTS.iter().any(|w| before.contains(w) || after.contains(w))
}

/// “核定事业编制21名，其中工勤2名”, “行政编制14个（工勤1个）”: the 工勤 counted within the 编制 just
/// stated — a part of it, not a 编制 beside it.
fn within_a_types_quota(sentence: &str) -> bool {
    let Some(quota_at) = sentence.rfind("编制") else { return false };
    let since = &sentence[quota_at..];
    let stated = since.contains(|c: char| c.is_ascii_digit());
    let tail = since.trim_end_matches(['内', '含']);
    stated && (tail.ends_with("其中") || tail.ends_with('（')) && !since.contains(['；', ';', '。'])
}

/// The draft's field of the persons (`kind`: quota or actual) of a type of 编制 (`of`: admin, institution, worker).
pub(super) fn typed(kind: &str, of: &str) -> &'static str {
    match (kind, of) {
        ("quota", "admin") => "staff.quota.admin",
        ("quota", "institution") => "staff.quota.institution",
        ("quota", _) => "staff.quota.worker",
        (_, "admin") => "staff.actual.admin",
        (_, "institution") => "staff.actual.institution",
        _ => "staff.actual.worker",
    }
}

/// Topics a sentence speaks of, and project names (whose budget and spending are not the unit's).
/// The “三公” items are topics too: “公务接待费预算2.70万元，实际支出1.87万元” is the item's spending,
/// neither the unit's nor the whole “三公”'s.
const TOPICS: [&str; 12] =
    ["公用经费", "三公经费", "公务接待", "公务用车", "因公出国", "政府采购", "采购", "基本支出", "人员经费", "项目", "专项", "资金"];

/// The topics of a paragraph about “三公” spending.
const SANGONG_TOPICS: [&str; 4] = ["三公经费", "公务接待", "公务用车", "因公出国"];

/// Expenses reports set beside the “三公” that are none of its items (the 公用经费's other items).
const OTHER_EXPENSES: [&str; 10] = ["会议费", "培训费", "差旅费", "办公费", "印刷费", "水电费", "邮电费", "物业管理费", "劳务费", "咨询费"];

/// Whether the sentence before `at` speaks last of an expense that is no “三公” item, or names the “三公”
/// only to say it is not (“不属于“三公”经费”, “未纳入“三公”经费统计”).
fn another_expense_spoken_of(text: &str, at: usize) -> bool {
    const NOT: [&str; 7] = ["不属于", "不属", "未纳入", "不纳入", "不计入", "不包括", "不含"];
    let sentence = sentence_before(text, at);
    let last = |words: &[&str]| words.iter().filter_map(|w| sentence.rfind(w).map(|i| i + w.len())).max();
    let expense = last(&OTHER_EXPENSES);
    let sangong = last(&SANGONG_TOPICS);
    let denied = sangong.is_some_and(|end| {
        let named = &sentence[..end];
        let before = SANGONG_TOPICS.iter().find_map(|w| named.strip_suffix(w)).unwrap_or(named);
        NOT.iter().any(|w| before.trim_end_matches(['“', '”', '"', '\'']).ends_with(w))
    });
    denied || expense > sangong
}

/// The topic `words` name last.
pub fn last_topic(words: &str) -> Option<&'static str> {
    TOPICS.iter().filter_map(|topic| words.rfind(topic).map(|i| (*topic, i))).max_by_key(|(topic, i)| (*i + topic.len(), topic.len())).map(|(topic, _)| topic)
}

/// The topic named last before `at` in its sentence, and where.
/// Not one named inside brackets already closed (“预算3.20万元（公务用车…、公务接待费1.20万元），2023年预算
/// 2.80万元”: the second 预算 is still the “三公”'s).
pub fn topic_before(text: &str, at: usize) -> Option<(&'static str, usize)> {
    let sentence = sentence_before(text, at);
    let start = at - sentence.len();
    TOPICS
        .iter()
        .flat_map(|topic| sentence.match_indices(topic).map(|(i, _)| (*topic, i)))
        .filter(|(_, i)| !closes_a_bracket(&sentence[*i..]))
        // “义务教育经费保障机制公用经费补助:预算数…”: a grant named after what it pays for is a project.
        .filter(|(topic, i)| !names_a_grant(&sentence[i + topic.len()..]))
        // “（“三公”经费全部为公务接待费，实际…，预算…）”: what a topic wholly is leaves the topic it was — each
        // of the items it is wholly made of (“全部为公务用车运行维护费和公务接待费”).
        .filter(|(_, i)| !["全部为", "全部是", "均为"].iter().any(|w| sentence[..*i].ends_with(w) || wholly_of_items(&sentence[..*i], w)))
        .filter(|(topic, i)| !topic.ends_with("采购") || procurement_spoken_of(text, topic, start + i, at))
        .filter(|(topic, i)| *topic != "采购" || !goods_bought(&sentence[..*i]))
        .map(|(topic, i)| (topic, start + i))
        .max_by_key(|(topic, i)| (*i + topic.len(), topic.len()))
}

/// “全部为公务用车运行维护费和公务接待费”: whether the clause `before` ends in opens on `all` (全部为) and lists
/// “三公” items joined by 和, 、 or 及 up to here — each item then one of those the topic wholly is.
fn wholly_of_items(before: &str, all: &str) -> bool {
    let clause = before.rsplit(['，', ',', ';', ':', '。']).next().unwrap_or(before);
    let Some(items) = clause.strip_prefix(all) else { return false };
    let joined = items.strip_suffix(['和', '、', '及']).unwrap_or_default();
    !joined.is_empty() && joined.split(['和', '、', '及']).all(|item| SANGONG_ITEMS.iter().any(|w| item.starts_with(w)) && item.ends_with('费'))
}

/// “义务教育公用经费补助”: the words after a topic that make it the name of a grant (a project).
fn names_a_grant(after: &str) -> bool {
    ["补助", "补贴"].iter().any(|w| after.starts_with(w))
}

/// “…具体为：防疫物资及试剂采购，预算300.00万元，支出296.50万元”: a bare 采购 after the goods it buys names
/// a project (what is bought), not the unit's 政府采购 — unless the words before it are the purchases'
/// own (政府采购, 全年采购, 实际采购, 集中采购 …).
fn goods_bought(before: &str) -> bool {
    const OWN: [&str; 10] = ["政府", "年", "年度", "实际", "完成", "集中", "分散", "部门", "单位", "计划"];
    before.ends_with(ideograph) && !OWN.iter().any(|w| before.ends_with(w))
}

/// “政府采购预算…，实际采购…，执行率…” speaks of the purchases; not “…；政府采购监管全年预算32万元、实际支出
/// 30.72万元，执行率96%” (a project so named) nor a rate in a later clause after “；” (the next project's).
pub fn procurement_spoken_of(text: &str, topic: &str, topic_at: usize, rate_at: usize) -> bool {
    const FIGURES: [&str; 9] = ["全年预算", "年初预算", "预算", "实际", "支出", "金额", "计划", "执行", "合同"];
    let after = &text[topic_at + topic.len()..rate_at];
    let name_end = after
        .char_indices()
        .find(|(i, c)| !ideograph(*c) || FIGURES.iter().any(|w| after[*i..].starts_with(w)))
        .map_or(after.len(), |(i, _)| i);
    let named_longer = !["", "项目", "资金", "工作"].contains(&&after[..name_end]);
    !named_longer && !after.contains([';', '；'])
}

/// The “三公” topic a paragraph spoke of last, for a sentence that names no topic of its own: in
/// “……“三公”经费变动率为-11.43%。2023年实际支出171,352.60元，“三公”经费控制率为92.13%。” the
/// spending is the “三公”'s. Only the “三公”: other topics (项目, 资金) are named in passing too often to
/// carry over a sentence's end; and not into a sentence that names the unit's own figures (“全年预算数…，
/// 实际支出…”, “实际支出…，其中基本支出…”).
fn sangong_paragraph(text: &str, at: usize) -> Option<(&'static str, usize)> {
    if names_unit_figures(sentence_around(text, at)) {
        return None;
    }
    paragraph_on_sangong(text, at)
}

/// The “三公” topic the paragraph before `at`'s sentence spoke of last, if it did.
fn paragraph_on_sangong(text: &str, at: usize) -> Option<(&'static str, usize)> {
    let sentence_start = at - sentence_before(text, at).len();
    let window = window_before(text, sentence_start, 480);
    let paragraph = window.rfind(BREAK).map_or(window, |i| &window[past_char(window, i)..]);
    let start = sentence_start - paragraph.len();
    let last = TOPICS.iter().filter_map(|topic| paragraph.rfind(topic).map(|i| (*topic, start + i))).max_by_key(|(topic, i)| (*i + topic.len(), topic.len()))?;
    SANGONG_TOPICS.contains(&last.0).then_some(last)
}

/// “公用经费年初预算34万元，全年实际支出32.48万元”: a sentence that opens on 公用经费 or the “三公” and its own
/// budget speaks of them to its end, so its 全年实际支出 is theirs, not the unit's. Not a sentence that lists
/// several things (“三公经费预算6.5万元，公用经费35万元，本年实际支出100万元”): there the last topic before the
/// spending is not the one the sentence opened on.
fn opening_subject(text: &str, label_at: usize) -> Option<&'static str> {
    const OPENERS: [&str; 5] = ["公用经费", "三公经费", "公务接待", "公务用车", "因公出国"];
    let sentence = sentence_before(text, label_at);
    let (topic, _) = topic_before(text, label_at)?;
    // The topic named last is the one the sentence opened on (“三公经费预算…，三公经费比上年…；全年实际支出…”).
    let at = label_at - sentence.len() + sentence.find(topic)?;
    let lead = unit_named(after_lead_in(text.get(label_at - sentence.len()..at)?));
    let opens = lead.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "年度“”\"'（）()、.．一二三四五六七八九十".contains(c));
    let then_a_label = text.get(at + topic.len()..).and_then(|rest| rest.chars().find(|c| !"”\"'费".contains(*c))).is_some_and(|c| !c.is_ascii_digit());
    (OPENERS.contains(&topic) && opens && then_a_label).then_some(topic)
}

/// “答：“三公”经费…”, “情况：…”: a short lead-in before a colon (a 问答 report's answer, a label) is no
/// subject of the sentence; the sentence opens after it. Not a breakdown's (“其中：”, “包括：”).
pub(super) fn after_lead_in(lead: &str) -> &str {
    let Some((head, rest)) = lead.split_once(':') else { return lead };
    let short = (1..=4).contains(&head.chars().count()) && head.chars().all(ideograph);
    let breakdown = ["其中", "包括", "含"].iter().any(|w| head.contains(w));
    if short && !breakdown { rest } else { lead }
}

/// ““三公”经费预算9.60万元…。全年实际支出9.12万元，控制率95.00%。”: spending whose clause goes on to a bare
/// 控制率 — the rate of what the paragraph speaks of, the unit's spending has none — in a paragraph about the
/// “三公”, is theirs.
fn sangong_control_follows(text: &str, label_at: usize) -> Option<&'static str> {
    let after = window_after(text, label_at, 120);
    let clause = after.split(['。', ';', '\n']).next().unwrap_or(after);
    // “…，控制率83.15%”, or the rate named again by the paragraph's topic: “…，“三公”经费控制率83.15%”.
    let bare_rate = clause.split(['，', ',']).skip(1).any(|piece| {
        let piece = piece.trim_start_matches(['“', '"']).trim_start_matches("三公").trim_start_matches(['”', '"']).trim_start_matches("经费");
        piece.starts_with("控制率")
    });
    bare_rate.then(|| paragraph_on_sangong(text, label_at)).flatten().map(|_| "三公经费")
}

/// “…；全年实际支出1000万元，其中基本支出…、项目支出…”: spending its own clause splits into the unit's parts
/// is the unit's, whatever the sentence opened on.
fn split_as_the_units(text: &str, label_at: usize) -> bool {
    let after = window_after(text, label_at, 240);
    let clause = after.split(['。', ';', '\n']).next().unwrap_or(after);
    ["基本支出", "项目支出"].iter().any(|w| clause.contains(w))
}

/// “医院2024年“三公”经费…”: a sentence may open on the unit's short name before its year; the rest of
/// the lead, after it.
fn unit_named(lead: &str) -> &str {
    let rest = lead.trim_start_matches(ideograph);
    let name = &lead[..lead.len() - rest.len()];
    let plain = name.chars().count() <= 16 && !["其中", "包括", "含"].iter().any(|w| name.contains(w)) && !names_any(name, |_| true);
    if plain && rest.starts_with(|c: char| c.is_ascii_digit()) { rest } else { lead }
}

/// “公用经费控制率为104.40%（2023年公用经费实际支出176.25万元，年初预算184.00万元）”: brackets that give a
/// 公用经费 or “三公” figure speak of that topic to their end — a bare 年初预算 there is its budget, the
/// rate's other operand, not the unit's. The label and the topic (at `topic_at`) stand in one bracket.
fn bracket_of_topic(text: &str, label_at: usize, topic: &str, topic_at: usize) -> bool {
    if !["公用经费", "三公经费"].contains(&topic) {
        return false;
    }
    let sentence = sentence_before(text, label_at);
    let Some(open) = sentence.rfind('（') else { return false };
    let open = label_at - sentence.len() + open;
    let inside = text.get(open..label_at).unwrap_or_default();
    open < topic_at && !inside.contains('）')
}

/// Whether `words` name a figure of the whole unit: a total (全年预算数, 支出合计 …) or a part of its budget.
fn names_unit_figures(words: &str) -> bool {
    names_any(words, |meaning| match meaning {
        Is(Total(_)) => true,
        Is(Field(id)) | IsOr(Field(id), _) => id.starts_with("budget."),
        _ => false,
    })
}

/// “年初预算15,860.00万元（财政拨款13,240.00万元、事业收入2,620.00万元）”: an income in the brackets after the
/// 年初预算 is a part of it, not funds beside it.
fn within_initial_budgets_brackets(text: &str, label_at: usize) -> bool {
    let before = sentence_before(text, label_at);
    let Some(open) = before.rfind(['（', '(']) else { return false };
    let inside = &before[open..];
    let clause = before[..open].rsplit(['，', ',', '、', ';', ':']).next().unwrap_or_default();
    !inside.contains(['）', ')']) && clause.contains("年初预算")
}

/// The budgets a unit may be given beside the 一般公共预算.
const BUDGETS_BESIDE: [&str; 2] = ["政府性基金预算", "国有资本经营预算"];

/// “本年收入…，其中一般公共预算财政拨款…（年初预算…，年中追加…），政府性基金预算财政拨款…”: a budget beside the
/// 一般公共预算, whose 年初预算 and 追加 the sentence gives in brackets in its own clause — so not within them.
/// Elsewhere it may be: listed among the 年初预算's parts (“年初预算…，其中…政府性基金预算…”), in a sentence of
/// income apart from the budget's, or under a 财政拨款 that holds both (“财政拨款收入…，其中一般公共预算…”).
fn beside_the_general_budgets_own(text: &str, label_at: usize) -> bool {
    let before = sentence_before(text, label_at);
    let Some(at) = before.find("一般公共预算") else { return false };
    let clause = before[at..].split(['，', ',', ';']).next().unwrap_or_default();
    !before[..at].contains("财政拨款") && clause.split_once('（').is_some_and(|(_, inside)| inside.starts_with("年初预算"))
}

/// Whether `words` count the year's funds: a part of the budget (上年结转, 年初预算, 年中追加 …) or their
/// total (全年预算数, 资金总额 …).
fn counts_funds(words: &str) -> bool {
    names_any(words, |meaning| match meaning {
        Is(Total(id)) => id == "annual_budget",
        Is(Field(id)) | IsOr(Field(id), _) => id.starts_with("budget."),
        _ => false,
    })
}

fn names_any(words: &str, wanted: impl Fn(Meaning) -> bool) -> bool {
    AMOUNTS.iter().any(|&(label, meaning)| wanted(meaning) && words.contains(label))
}

/// The kind of other funds (事业收入, 其他收入 …) whose label starts at `at`: each kind stated once is a part
/// of the other funds, not another value of them.
pub fn income_kind(text: &str, at: usize) -> Option<&'static str> {
    let rest = text.get(at..)?;
    let kind = AMOUNTS.iter().find(|(label, meaning)| *meaning == Income && rest.starts_with(label)).map(|(label, _)| *label);
    // “上级残联补助收入”: the 上级补助收入 with the body that granted it named.
    let superiors = || rest.starts_with("上级") && rest.chars().take(14).collect::<String>().contains("补助收入");
    kind.or_else(|| superiors().then_some("上级补助收入"))
}

/// The sentence `at` stands in (at most 240 bytes either side).
fn sentence_around(text: &str, at: usize) -> &str {
    let start = at - sentence_before(text, at).len();
    let rest = window_after(text, at, 240);
    let end = at + rest.find(['。', '\n', '!', '?']).unwrap_or(rest.len());
    text.get(start..end).unwrap_or_default()
}

/// The sentence an income `at` stands in, read further back than most: “…年初预算…、年中追加…；事业收入…，主要为…；
/// 上级补助收入…，为…；其他收入…” lists the kinds of income one to a line with a remark each, and the last is as much
/// one of the year's funds as the first (at most 720 bytes back).
fn sentence_of_incomes(text: &str, at: usize) -> &str {
    let window = window_before(text, at, 720);
    let start = at - window.rfind(['。', '\n', '!', '?']).map_or(window, |i| &window[past_char(window, i)..]).len();
    let rest = window_after(text, at, 240);
    let end = at + rest.find(['。', '\n', '!', '?']).unwrap_or(rest.len());
    text.get(start..end).unwrap_or_default()
}

/// The rows of the table `at` stands in, if its line is a row — a name and its figure, no clause
/// (“上级补助收入20.0000” of a table copied as “上级补助收入\t20.0000”) — or "" if it is not: a table's rows
/// are its sentences, and what one counts (the year's funds, or income) the table says through the others.
fn table_around(text: &str, at: usize) -> &str {
    /// Enough rows for a table of the year's funds, however long its names.
    const MOST: usize = 16;
    let line_start = |i: usize| text.get(..i).and_then(|before| before.rfind(BREAK)).map_or(0, |b| b + BREAK.len_utf8());
    let line_end = |i: usize| text.get(i..).and_then(|after| after.find(BREAK)).map_or(text.len(), |e| i + e);
    let (mut start, mut end) = (line_start(at), line_end(at));
    if !is_row(text.get(start..end).unwrap_or_default()) {
        return "";
    }
    for _ in 0..MOST {
        let Some(previous) = start.checked_sub(BREAK.len_utf8()) else { break };
        let from = line_start(previous);
        if !is_row(text.get(from..previous).unwrap_or_default()) {
            break;
        }
        start = from;
    }
    for _ in 0..MOST {
        let next = end + BREAK.len_utf8();
        if next > text.len() {
            break;
        }
        let to = line_end(next);
        if !is_row(text.get(next..to).unwrap_or_default()) {
            break;
        }
        end = to;
    }
    text.get(start..end).unwrap_or_default()
}

/// A table row: a short name and its figures, without a clause of a sentence. A row of a 收入支出决算总表 in
/// four columns (收入 | 金额 | 支出 | 金额) may open its right half on “其中：” (“二、事业收入 | 612.85 | 其中：人员经费 |
/// 4310.56”): a row still, not a clause.
fn is_row(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() <= 40
        && !line.split("其中:").any(|piece| piece.contains(['。', '，', ',', ';', ':']))
        && line.chars().next_back().is_some_and(|c| c.is_ascii_digit() || c == '%')
        && line.chars().next().is_some_and(|c| !c.is_ascii_digit())
}

/// “1.档案数字化，预算50.00万元，实际支出…”: a numbered line of one item (a project) with its own bare
/// 预算 figure; its 实际支出 is the item's, not the unit's.
fn item_line(sentence: &str) -> bool {
    let own_budget = sentence.match_indices("预算").any(|(at, word)| {
        // “1.档案数字化:全年预算50万元”: the item's year, not the unit's.
        let opens = ["", "全年", "年度"].iter().any(|w| sentence[..at].strip_suffix(w).is_some_and(|b| b.ends_with(['，', ',', ':'])));
        opens && sentence[at + word.len()..].starts_with(|c: char| c.is_ascii_digit())
    });
    is_heading(sentence) && own_budget
}

/// How far back (in bytes: 500 characters) a figure's clause is read for the project it names.
const CLAUSE_WITHIN: usize = 1500;

/// How far into its line (in bytes: 3,000 characters) a figure is still under the line's heading.
const HEADED_WITHIN: usize = 9000;

/// Topics a paragraph may be headed by: “3.“三公”经费。本年预算6.00万元…”, ““三公”经费：…”.
const HEADINGS: [&str; 3] = ["三公经费", "公用经费", "政府采购"];

/// The topic of the paragraph's heading — its words up to the first “。” or “:”, if short, and numbered
/// (“3.”, “（二）”) or ended by “:”, or a heading alone on the line above — for a sentence that names none itself.
pub fn heading_topic(text: &str, at: usize) -> Option<(&'static str, usize)> {
    // A paragraph's heading heads the figures of its paragraph, not of a whole report pasted as one line
    // (then every figure would have the line read back to its start).
    let window = window_before(text, at, HEADED_WITHIN);
    let whole = window.len() == at;
    let line_start = window.rfind('\n').map(|i| at - window.len() + i + 1).or(whole.then_some(0))?;
    let line = &text[line_start..at];
    // A heading is short: the line is read no further than its first 17 characters for where it ends (a
    // table run together as one line would have it read to every figure on it).
    let opening = line.char_indices().nth(17).map_or(line, |(at, _)| &line[..at]);
    let Some(end) = opening.find(['。', ':']) else { return heading_line_above(text, line_start) };
    let lead = &line[..end];
    if lead.chars().count() > 16 || !(is_heading(lead) || line[end..].starts_with(':')) {
        return heading_line_above(text, line_start);
    }
    HEADINGS.iter().find_map(|topic| lead.find(topic).filter(|i| !names_a_grant(&lead[i + topic.len()..])).map(|i| (*topic, line_start + i)))
}

/// “（四）“三公”经费⏎“三公”经费预算…。实际支出…，控制率…”: a heading alone on the line above the paragraph.
fn heading_line_above(text: &str, line_start: usize) -> Option<(&'static str, usize)> {
    let above_end = line_start.checked_sub(1)?;
    let above_start = text[..above_end].rfind('\n').map_or(0, |i| i + 1);
    let above = text[above_start..above_end].trim_end();
    if above.chars().nth(16).is_some() || !is_heading(above) {
        return None;
    }
    HEADINGS.iter().find_map(|topic| above.find(topic).filter(|i| !names_a_grant(&above[i + topic.len()..])).map(|i| (*topic, above_start + i)))
}

/// The subject of an item's own budget (see [`item_budgeted_before`]): a project, none of the unit's figures.
const ITEM: &str = "项目";

/// Topics whose budget and spending are figures of the unit's accounts, not an item's.
const UNIT_TOPICS: [&str; 9] = ["公用经费", "三公经费", "公务接待", "公务用车", "因公出国", "政府采购", "采购", "基本支出", "人员经费"];

/// “政协委员履职经费预算88.00万元，实际支出85.72万元”: where the sentence's last budget figure is an
/// item's own — its name ends as a project's or an expense's does (…经费, …项目, …工程, …费) and is none of
/// the unit's topics nor the unit itself — the bare spending after it is that item's. Where the name starts.
fn item_budgeted_before(text: &str, label_at: usize) -> Option<usize> {
    const ENDS: [&str; 8] = ["项目", "专项", "资金", "经费", "工程", "补助", "补贴", "费"];
    const OF_THE_UNIT: [&str; 7] = ["部门", "单位", "整体", "本局", "全局", "全年", "本年"];
    let sentence = sentence_before(text, label_at);
    let figure_follows = |(at, word): &(usize, &str)| sentence[at + word.len()..].trim_start_matches(['数', '为', ':']).starts_with(|c: char| c.is_ascii_digit());
    let (at, _) = sentence.match_indices("预算").filter(figure_follows).last()?;
    let clause_start = sentence[..at].rfind(['，', ',', ';', ':', '、', '(', '（']).map_or(0, |i| past_char(sentence, i));
    let name = &sentence[clause_start..at];
    let item = (ENDS.iter().any(|w| name.ends_with(w)) || names_a_task(name))
        && !UNIT_TOPICS.iter().any(|t| name.contains(t))
        && !OF_THE_UNIT.iter().any(|w| name.contains(w));
    item.then_some(label_at - sentence.len() + clause_start)
}

/// “设施运行维护预算…”, “产前筛查预算…”: a task named in words of its own (four ideographs or more, no
/// figure) whose name carries none of the words that qualify the unit's own budget (年初, 调整后, 财政拨款
/// …) is an item too, however its name ends.
fn names_a_task(name: &str) -> bool {
    const UNITS_BUDGET: [&str; 14] = ["年初", "年中", "年度", "调整", "批复", "财政", "拨款", "一般公共", "追加", "收入", "支出", "下达", "核定", "合计"];
    let name = name.trim_matches(['“', '”', '"']);
    name.chars().count() >= 4 && name.chars().all(ideograph) && !UNITS_BUDGET.iter().any(|w| name.contains(w))
}

/// What a budget or spending figure of `topic` is.
fn of_topic(topic: &str, aspect: Aspect) -> Option<Target> {
    Some(match (topic, aspect) {
        ("公用经费", Aspect::Budget) => Field("public.budget"),
        ("公用经费", Aspect::Actual) => Field("spend.public"),
        ("三公经费", Aspect::Budget) => Field("sangong.budget"),
        ("三公经费", Aspect::Actual) => Field("sangong.actual"),
        ("政府采购" | "采购", Aspect::Budget) => Field("procurement.budget"),
        ("政府采购" | "采购", Aspect::Actual) => Field("procurement.actual"),
        ("基本支出", Aspect::Budget) => Field("budget.basic"),
        ("基本支出", Aspect::Actual) => Total("basic"),
        ("人员经费", Aspect::Actual) => Field("spend.personnel"),
        ("公务接待" | "公务用车" | "因公出国", Aspect::Actual) => Field(SANGONG_ITEM),
        ("公务接待" | "公务用车" | "因公出国", Aspect::Budget) => Field(SANGONG_ITEM_BUDGET),
        _ => return None,
    })
}

/// What one “三公” item spent (“公务接待费…实际支出1.8720万元”): no figure of the data contract, but a part
/// of a “三公” total stated after the items, sentences later.
pub const SANGONG_ITEM: &str = "sangong.item";

/// What one “三公” item was budgeted (“公务接待费预算0.80万元”): where the “三公” budget is stated only so, item
/// by item, their sum is it.
pub const SANGONG_ITEM_BUDGET: &str = "sangong.item_budget";

/// The 编制 type named last before `at` in its clause group (up to the last “。” or “;”), for 实际在编人数 —
/// not one listed in brackets as a part of a total (“核定编制426名（…工勤编制12名），实有在编人员410名”).
pub fn staff_type_before(text: &str, at: usize) -> Option<&'static str> {
    let sentence = &text[text[..at].rfind(['。', ';', '\n']).map_or(0, |i| past_char(text, i))..at];
    // A court's or procuratorate's 政法专项编制 are administrative (as their 编制 are read).
    [("行政", "staff.actual.admin"), ("政法专项", "staff.actual.admin"), ("事业", "staff.actual.institution"), ("工勤", "staff.actual.worker")]
        .into_iter()
        .filter_map(|(word, field)| sentence.rfind(&format!("{word}编制")).map(|at| (at, field)))
        .max_by_key(|(at, _)| *at)
        .filter(|(type_at, _)| !closes_a_bracket(&sentence[*type_at..]) && !sums_the_types(&sentence[*type_at..]))
        .map(|(_, field)| field)
}

/// “事业编制6名、实有5人，编制合计92名、实有在职87人”: a total named after the type is the whole unit's,
/// and so is the count in post that follows it.
fn sums_the_types(words: &str) -> bool {
    ["合计", "总计", "共计", "总数"].iter().any(|w| words.contains(w))
}

/// Whether `words` close a bracket they did not open.
fn closes_a_bracket(words: &str) -> bool {
    let mut depth = 0i32;
    for c in words.chars() {
        match c {
            '（' => depth += 1,
            '）' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    false
}

/// The text from the last clause end before `at` (at most 80 bytes back) up to `at`.
fn clause_before(text: &str, at: usize) -> &str {
    let window = window_before(text, at, 80);
    match window.rfind(CLAUSE_END) {
        Some(i) => &window[past_char(window, i)..],
        None => window,
    }
}

/// The kinds a year-end balance is split into (a 事业单位's: its 财政拨款 and other funds', its 专用 and 经营 funds').
const BALANCE_KINDS: [&str; 6] = ["财政拨款", "非财政拨款", "其他资金", "专用", "经营", "事业"];

/// “年末结转结余1079.84万元，其中财政拨款结转结余486.20万元、其他资金结转结余218.24万元、专用结余320.00万元”: a kind
/// of the balance named after the 其中 of the balance stated in its sentence is a part of it, not the balance.
fn a_kind_of_the_balance(text: &str, label_at: usize) -> bool {
    let window = window_before(text, label_at, 600);
    let sentence = window.rfind(['。', '\n']).map_or(window, |i| &window[past_char(window, i)..]);
    let Some(among) = sentence.rfind("其中") else { return false };
    let (stated, parts) = sentence.split_at(among);
    let kind = BALANCE_KINDS.iter().any(|kind| parts.ends_with(kind) || parts.ends_with(&format!("{kind}结转")));
    kind && stated.contains("结余")
}

/// The text from the sentence's start (at most 240 bytes back) up to `at`.
pub fn sentence_before(text: &str, at: usize) -> &str {
    let window = window_before(text, at, 240);
    match window.rfind(['。', '\n', '!', '?']) {
        Some(i) => &window[past_char(window, i)..],
        None => window,
    }
}

/// Each sentence of `text` (up to and with its “。” or line break) and where it starts.
pub(super) fn sentences(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive(['。', '\n']).scan(0, |start, sentence| {
        let at = *start;
        *start += sentence.len();
        Some((at, sentence))
    })
}

/// The text up to `at`, at most `bytes` long (starting on a char boundary).
pub(super) fn window_before(text: &str, at: usize, bytes: usize) -> &str {
    let mut from = at.saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// The text from `at` on, at most `bytes` long.
pub(super) fn window_after(text: &str, at: usize, bytes: usize) -> &str {
    let mut to = at.saturating_add(bytes).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(at..to).unwrap_or_default()
}

/// The byte just past the character at `i`.
pub(super) fn past_char(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(0, char::len_utf8)
}

/// “截至2021年12月31日，全局核定编制…”, “到年底，…”: the words after a clause that only says when — the
/// subject of the count is not the date.
fn past_the_date(opening: &str) -> &str {
    let Some((when, rest)) = opening.split_once(['，', ',']) else { return opening };
    let dated = ["截至", "截止", "至", "到"].iter().any(|w| when.starts_with(w)) || ["日", "底", "年末", "月末"].iter().any(|w| when.ends_with(w));
    let only_when = when.chars().all(|c| c.is_ascii_digit() || "截至止到年月日底末".contains(c));
    if dated && only_when { rest } else { opening }
}

/// “实有在编消防救援人员41人”: whom the unit's count in post counts, in a few words of its own (…人员, …干警).
/// Whether a label of the staff in post is the bare “实有” (not 实有人数, 实有在编 …).
fn bare_in_post(label: &str) -> bool {
    label.starts_with("实有") && !PERSONS.iter().any(|(word, _)| word.len() > "实有".len() && word.starts_with("实有") && label.starts_with(word))
}

/// “年末实有60人”, “，实有36人”: a bare “实有” speaks of the unit where it opens its clause, or follows only
/// when (年末, 2023年底, 目前) and whether in post (“在职实有干警38人”: the words of the count, in another order);
/// after a name (“服务中心实有11人”) it counts that part of the unit only.
fn opens_its_clause(clause: &str) -> bool {
    let clause = ["在职", "在编"].iter().find_map(|w| clause.strip_suffix(w)).unwrap_or(clause);
    let when = clause.trim_start_matches(|c: char| c.is_ascii_digit());
    let when = ["年末", "年底", "年度", "年", "目前", "现", "截至", "底"].iter().fold(when, |rest, w| rest.strip_prefix(w).unwrap_or(rest));
    let when = ["年末", "年底", "底", "末"].iter().fold(when, |rest, w| rest.strip_prefix(w).unwrap_or(rest));
    without_numbering(when).is_empty()
}

fn whom(gap: &str) -> bool {
    let words = gap.chars().count() <= 8 && gap.chars().all(ideograph);
    // “实有离退休人员…”: those retired are no staff in post.
    let retired = gap.contains("退休") || gap.contains("离休");
    // “实有行政人员40名”: one type's staff, read by the type's own label — the 参公 too, of the 行政 type
    // (“实有参公人员35人、工勤人员3人”: not all in post, the 工勤 beside them).
    let of_a_type = ["行政", "事业", "工勤", "参公", "参照公务员"].iter().any(|w| gap.contains(w));
    words && !retired && !of_a_type && ["人员", "干警", "职工"].iter().any(|w| gap.ends_with(w))
}

/// “追加省级“博爱家园”专项60万元”, “压减一般性支出35万元”: what was added to or cut from the budget, named
/// between the word and its amount — a few words (quoted or not) ending on the kind of money.
/// “年中追加和调减合计1,290.88万元”: the change named after another and a conjunction is summed with it —
/// the figure is both changes together, neither the one nor the other.
fn changes_summed(before: &str) -> bool {
    const CHANGES: [&str; 5] = ["追加", "调减", "压减", "核减", "调增"];
    ["和", "与", "及", "、"].iter().any(|and| before.strip_suffix(and).is_some_and(|b| CHANGES.iter().any(|c| b.ends_with(c))))
}

fn named_change(gap: &str) -> bool {
    let words = gap.chars().count() <= 16 && gap.chars().all(|c| ideograph(c) || "“”\"《》".contains(c));
    // “调减公用经费预算12.00万元”: a kind's budget changed is still the change (not “追加后全年预算…”).
    let gap = gap.strip_suffix("预算").unwrap_or(gap);
    let kind = ["专项", "资金", "经费", "补助", "支出"].iter().any(|w| gap.trim_end_matches(['”', '"', '》']).ends_with(w));
    words && kind && !gap.contains("预算")
}

fn is_filler(mut gap: &str) -> bool {
    while !gap.is_empty() {
        match FILLER.iter().find(|word| gap.starts_with(**word)) {
            Some(word) => gap = &gap[word.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::text::Normalised;

    /// A figure's line reaches back to its line's start, or to the text's; one longer than the reach is no
    /// line whose heading or numbering could be read — an item then needs its circled number within reach.
    #[test]
    fn a_figures_line_is_looked_for_within_reach() {
        let text = "一、概况\n2. 河道保洁：年初预算40.00万元";
        let at = text.find("年初预算").unwrap();
        assert_eq!(line_before(text, at), Some("2. 河道保洁："));
        assert_eq!(line_before("河道保洁：年初预算", "河道保洁：".len()), Some("河道保洁："));
        let endless = format!("{}河道保洁项目：年初预算40万元", "甲乙丙，".repeat(LINE_REACH / 12 + 1));
        assert_eq!(line_before(&endless, endless.find("年初预算").unwrap()), None);
        let listed = format!("{}项目如下：①河道保洁，年初预算40万元", "甲乙丙，".repeat(LINE_REACH / 12 + 1));
        assert!(an_item_of_a_projects_list(&listed, listed.find("年初预算").unwrap()), "a circled item within reach");
    }

    fn labels(text: &str) -> Vec<Option<Target>> {
        numbers(text).iter().map(|n| label_of(text, n, Some(2024)).map(|(target, _)| target)).collect()
    }

    /// Last year's “三公” figure named by its year alone (or 上年) in a sentence of this year's: a clause of its
    /// own, brackets right after this year's, a comparison with it — of the kind named, or of this year's.
    #[test]
    fn last_years_sangong_figure_restated_by_its_year_in_this_years_sentence() {
        let last = |text: &str| labels(text).into_iter().flatten().filter(|t| matches!(t, Field("sangong.last_actual" | "sangong.last_budget"))).collect::<Vec<_>>();
        assert_eq!(last("全年三公经费支出3.40万元，全部为公务接待费;上年支出4.10万元。"), vec![Field("sangong.last_actual")]);
        assert_eq!(last("2024年三公经费决算6.20万元（2023年7.05万元），其中公务接待费2.00万元。"), vec![Field("sangong.last_actual")]);
        assert_eq!(last("2024年三公经费预算5.00万元，比2023年5.60万元减少0.60万元。"), vec![Field("sangong.last_budget")]);
        // Not where the sentence is of another expense, nor a comparison that changes nothing after it.
        assert_eq!(last("会议费支出3.00万元;上年支出2.80万元。"), vec![]);
        assert_eq!(last("三公经费支出5.00万元，比2023年4.00万元的水平略高。"), vec![]);
    }

    /// “固定资产86,420.50万元（含公路基础设施），在用…”: a gloss in brackets after the total is passed over.
    #[test]
    fn the_assets_total_glossed_in_brackets_before_those_in_use() {
        assert_eq!(labels("4.固定资产:固定资产96300.00万元（含道路设施），在用95800.00万元。").first(), Some(&Some(Field("assets.total"))));
        // The gloss between the assets and their 原值.
        assert_eq!(labels("固定资产（含公租房）原值2460.30万元，在用2318.75万元，利用率94.25%。").first(), Some(&Some(Field("assets.total"))));
    }

    /// “上级残联补助收入…”: the 上级补助收入 naming its granting body, among the year's funds, is of the other funds;
    /// not outside an account of the funds.
    #[test]
    fn a_superiors_grant_naming_the_body_is_of_the_other_funds() {
        let funds = "全年预算数612.50万元，其中：上年结转12.50万元，年初预算560.00万元，上级科协补助收入40.00万元。";
        assert_eq!(labels(funds).last(), Some(&Some(Field("budget.other_funds"))));
        let beside = "全年预算数612.50万元，其中：上年结转12.50万元，年初预算550.00万元，事业收入10.00万元，上级主管部门补助收入40.00万元。";
        assert_eq!(labels(beside).last(), Some(&Some(Field("budget.other_funds"))));
        assert_eq!(labels("本年收到上级科协补助收入40.00万元，用于科普活动。").last(), Some(&None));
        // Named without 收入, in the budget's own list.
        let plain = "2025年全年预算486.00万元:上年结转6.00万元;年初预算420.00万元;上级地震部门补助60.00万元。";
        assert_eq!(labels(plain).last(), Some(&Some(Field("budget.other_funds"))));
        assert_eq!(labels("本年收到上级地震部门补助60.00万元，用于监测台站维护。").last(), Some(&None));
    }

    /// “核定行政（参公）编制…”: the gloss between the type and its 编制 keeps the posts that type's; a gloss
    /// naming another type leaves them untyped.
    #[test]
    fn a_types_posts_glossed_in_brackets_are_that_types() {
        let typed = labels("核定行政（参公）编制9名、事业编制12名，实有在职人员19人（参公8人、事业11人）。");
        assert_eq!(typed.get(..2), Some(&[Some(Field("staff.quota.admin")), Some(Field("staff.quota.institution"))][..]));
        // Those in post glossed 参公 after it are the 行政 in post, not a type apart beside it.
        assert_eq!(typed.get(3..), Some(&[Some(Field("staff.actual.admin")), Some(Field("staff.actual.institution"))][..]), "{typed:?}");
        let glossed = labels("核定行政(参照公务员法管理)编制7名、工勤编制2名。");
        assert_eq!(glossed, vec![Some(Field("staff.quota.admin")), Some(Field("staff.quota.worker"))]);
        assert_eq!(labels("核定事业（参公）编制7名。"), vec![Some(Total("quota"))], "参公 posts of a 事业 kind: neither type for sure");
    }

    /// “截至2023年12月31日，全局核定编制…” in a report titled by its unit, whose structure names the 局机关: the
    /// count is the unit's, not a part's (the date before it is no subject).
    #[test]
    fn a_head_count_after_the_date_it_stands_at_is_the_units() {
        let text = "某县林业局2023年度部门整体支出绩效自评报告\n局机关内设5个股室。\n截至2023年12月31日，全局核定编制28名，其中行政编制9名。";
        let normalised = crate::core::audit::text::Normalised::new(text);
        let labelled: Vec<Option<Target>> = numbers(&normalised.text).iter().map(|n| label_of(&normalised.text, n, Some(2023)).map(|(t, _)| t)).collect();
        assert_eq!(labelled, vec![None, Some(Total("quota")), Some(Field("staff.quota.admin"))]);
        let of_a_part = "某县林业局2023年度部门整体支出绩效自评报告\n局机关内设5个股室。\n全局核定编制28名。截至2023年12月31日，监测站核定编制16名。";
        let normalised = crate::core::audit::text::Normalised::new(of_a_part);
        let labelled: Vec<Option<Target>> = numbers(&normalised.text).iter().map(|n| label_of(&normalised.text, n, Some(2023)).map(|(t, _)| t)).collect();
        assert_eq!(labelled, vec![None, Some(Total("quota")), None]);
    }

    #[test]
    fn the_earliest_label_phrase_wins() {
        assert_eq!(labels("人员经费支出209.95万元"), vec![Some(Field("spend.personnel"))]);
        assert_eq!(labels("2024年支出252.65万元"), vec![Some(Total("spend"))]);
        assert_eq!(labels("本年度三公经费年初预算数0万元"), vec![Some(Field("sangong.budget"))]);
        assert_eq!(labels("2024年初部门预算180.07万元"), vec![Some(Field("budget.initial"))]);
        assert_eq!(labels("基本支出共计221.65万元"), vec![Some(Total("basic"))]);
        assert_eq!(labels("上年结转结余35.40万元，年末结转结余18.16万元"),
            vec![Some(Field("budget.carryover")), Some(Field("spend.closing_balance"))]);
        assert_eq!(labels("（实际支出公用经费总额11.6万元/预算安排公用经费总额11.6万元）"),
            vec![Some(Field("spend.public")), Some(Field("public.budget"))]);
    }

    #[test]
    fn the_projects_budgets_before_and_after_adjustment_are_theirs() {
        // Counted by the spending (“项目支出共4个”), then their 年初 and 调整后 budgets: none the unit's.
        assert_eq!(labels("项目支出共4个，年初预算合计120.00万元，调整后预算合计150.00万元"), vec![None, None, None]);
        assert_eq!(labels("项目年初预算75.00万元，调整后预算82.00万元"), vec![None, None]);
        // A project's own 年初预算, in the sentence after its line's heading.
        assert_eq!(labels("\n2．农村广播站改造项目：调整后预算40.00万元，支出39.20万元。年初预算45.00万元").get(3), Some(&None));
        // The unit's own stay the unit's.
        assert_eq!(labels("年初预算900.00万元，调整后预算960.00万元"), vec![Some(Field("budget.initial")), Some(Total("annual_budget"))]);
    }

    #[test]
    fn a_budget_right_after_a_numbered_name_and_its_colon_is_that_projects() {
        // “1. 城区道路养护：年初预算…”: the project's, whatever it is called (no 项目 in its name).
        assert_eq!(labels("项目情况如下：\n1. 城区道路养护：年初预算90.00万元，全年预算110.00万元").first(), Some(&None));
        assert_eq!(labels("项目情况如下：\n（2）公园绿化管护:年初预算45.00万元").first(), Some(&None));
        // A numbered line on a topic of the unit's account, or with no numbering, stays the unit's.
        assert_eq!(labels("预算情况如下：\n1. 部门预算：年初预算390.00万元").first(), Some(&Some(Field("budget.initial"))));
        assert_eq!(labels("说明：\n年初预算390.00万元").first(), Some(&Some(Field("budget.initial"))));
    }

    #[test]
    fn a_basic_spending_total_is_no_total_of_all_spending() {
        assert_eq!(labels("基本支出合计4,023,000.00元").first(), Some(&Some(Total("basic"))));
        assert_eq!(labels("支出合计10,523,000.00元").first(), Some(&Some(Total("spend"))));
    }

    #[test]
    fn spending_paired_with_the_projects_budget_is_theirs() {
        // After the projects' own budget, a bare 支出合计 totals the projects, not the unit.
        let projects = labels("本年共安排三个项目，分别为…，三个项目预算合计64.00万元，支出合计61.20万元，执行率95.63%");
        assert_eq!(projects.get(1), Some(&None));
        assert_eq!(labels("项目预算合计210.50万元，支出合计198.75万元"), vec![None, None]);
        assert_eq!(labels("今年实施项目4个，预算合计88.00万元，支出合计80.40万元").get(2), Some(&None));
        assert_eq!(labels("全年预算530.00万元，项目预算120.00万元，支出合计498.30万元").get(2), Some(&Some(Total("spend"))));
        // The unit's year, budget then spending, stays the unit's.
        assert_eq!(labels("全年预算合计520.00万元，支出合计498.30万元").get(1), Some(&Some(Total("spend"))));
    }

    #[test]
    fn spending_after_a_parts_own_budget_is_that_parts() {
        // The sentence opens on the 项目支出's budget: the spending beside it is the projects'.
        let paired = labels("项目支出预算58.00万元，实际支出56.40万元，项目预算执行率97.24%");
        assert_eq!(paired.get(1), Some(&Some(Total("projects"))));
        let basic = labels("基本支出预算240.00万元，实际支出236.80万元");
        assert_eq!(basic.get(1), Some(&Some(Total("basic"))));
        // Another clause between them, or the unit's own budget first: the unit's spending still.
        assert_eq!(labels("全年预算530.00万元，实际支出498.30万元").get(1), Some(&Some(Total("spend"))));
    }

    #[test]
    fn what_one_source_paid_for_is_its_share_not_the_units_totals() {
        let shares = labels("全年支出512.30万元，其中财政拨款收入430.00万元用于基本支出301.20万元、项目支出128.80万元;其他收入用于…");
        assert_eq!(shares.get(2..), Some(&[None, None][..]));
        // All the year's income, or the unit's spending, broken down by what it went to stays the unit's.
        assert_eq!(labels("本年收入512.30万元用于基本支出383.50万元、项目支出128.80万元").get(1..), Some(&[Some(Total("basic")), Some(Total("projects"))][..]));
        assert_eq!(labels("全年支出512.30万元，主要用于基本支出383.50万元、项目支出128.80万元").get(1..), Some(&[Some(Total("basic")), Some(Total("projects"))][..]));
    }

    #[test]
    fn parts_listed_after_a_budget_divide_the_budget() {
        assert_eq!(labels("全年预算数合计236.50万元，其中基本支出201.30万元、项目支出35.20万元"), vec![Some(Total("annual_budget")), None, None]);
        assert_eq!(labels("年初预算210.00万元（基本支出180.00万元、项目支出30.00万元）").get(1..), Some(&[None, None][..]));
        // A sentence that opens on the breakdown divides the figure that ended the one before.
        assert_eq!(labels("全年预算数236.50万元。其中：基本支出201.30万元，项目支出35.20万元。").get(1..), Some(&[None, None][..]));
        // What was spent, broken down after the budget, is still spending.
        let both = labels("全年预算数236.50万元，全年支出230.10万元，其中基本支出198.00万元、项目支出32.10万元");
        assert_eq!(both.get(2..), Some(&[Some(Total("basic")), Some(Total("projects"))][..]));
        let rate = labels("全年预算数236.50万元，预算执行率97.29%，其中基本支出198.00万元");
        assert_eq!(rate.last(), Some(&Some(Total("basic"))));
    }

    #[test]
    fn the_balance_an_item_left_is_the_items() {
        // An item named before its colon, with its own budget (“预算安排…”): what it left is its own.
        assert_eq!(labels("（二）项目资金使用情况。\n河道巡护:预算安排40.00万元，年末结余2.10万元，主要用于巡护。").get(1), Some(&None));
        // The unit's own heading over its balance stays the unit's.
        assert_eq!(labels("（三）结转结余:年末结转结余45.13万元。"), vec![Some(Field("spend.closing_balance"))]);
    }

    #[test]
    fn the_kinds_of_a_balance_after_its_qizhong_are_its_parts() {
        let kinds = labels("年末结转结余530.60万元，其中财政拨款结转结余210.40万元，其他资金结转结余250.20万元，专用结余70.00万元。");
        assert_eq!(kinds, vec![Some(Field("spend.closing_balance")), None, None, None]);
        // Said alone, a 财政拨款结转结余 is the balance the report gives.
        assert_eq!(labels("年末财政拨款结转结余36.20万元。"), vec![Some(Field("spend.closing_balance"))]);
    }

    #[test]
    fn what_is_drawn_up_is_no_staffing() {
        assert_eq!(labels("应急预案编制2个，核定编制15名"), vec![None, Some(Total("quota"))]);
    }

    #[test]
    fn carryover_within_what_was_spent_is_no_budget_figure() {
        assert_eq!(labels("病虫害防治:年度预算42.00万元，实际支出48.30万元（含使用上年结转资金6.30万元）").get(2), Some(&None));
        assert_eq!(labels("全年预算1467.00万元（含上年结转36.40万元）").get(1), Some(&Some(Field("budget.carryover"))));
    }

    #[test]
    fn a_last_year_glossed_with_its_date_is_still_last_years() {
        // The year in brackets names the same year as 上年: the figure is last year's, not the unit's spending.
        assert_eq!(labels("全年支出812.40万元。上年（2023年）实际支出790.15万元"), vec![Some(Total("spend")), None]);
        assert_eq!(labels("本年（2024年）实际支出812.40万元"), vec![Some(Total("spend"))]);
        assert_eq!(labels("全年支出812.40万元。2023年（上年）支出合计790.15万元"), vec![Some(Total("spend")), None]);
    }

    /// The assets' total named by the year's end, or by a bare 总额 beside the assets in use — not what the
    /// year bought.
    #[test]
    fn the_assets_total_by_the_years_end_or_beside_those_in_use() {
        assert_eq!(labels("年末固定资产96.40万元，在用90.10万元"), vec![Some(Field("assets.total")), Some(Field("assets.in_use"))]);
        assert_eq!(labels("固定资产利用率:在用88.00万元，总额92.50万元，利用率95.14%"), vec![Some(Field("assets.in_use")), Some(Field("assets.total")), None]);
        // The rate's formula, in full-width digits: in use over the 总额.
        let divided = Normalised::new("固定资产利用率：９５．１４％（在用８８．００万元÷总额９２．５０万元）").text;
        assert_eq!(labels(&divided), vec![None, Some(Field("assets.in_use")), Some(Field("assets.total"))]);
        // The fixed assets named bare, those in use right after them.
        let bare = Normalised::new("固定资产利用率９５．１４％，固定资产９２．５０万元，在用８８．００万元。").text;
        assert_eq!(labels(&bare), vec![None, Some(Field("assets.total")), Some(Field("assets.in_use"))]);
        assert_eq!(labels("固定资产92.50万元，新增办公设备4.20万元"), vec![None, None], "no assets in use beside it");
        assert_eq!(labels("本年新增固定资产12.00万元，购置固定资产3.50万元"), vec![None, None]);
        assert_eq!(labels("固定资产利用率:在用资产状况良好，总额92.50万元"), vec![None]);
        assert_eq!(labels("在用车辆运行良好，总额92.50万元"), vec![None]);
        // Under a heading before a colon: the heading of the section, or the fixed assets' own over a bare 原值.
        let headed = Normalised::new("（五）资产管理：固定资产1,208.40万元，在用1,150.00万元。").text;
        assert_eq!(labels(&headed), vec![Some(Field("assets.total")), Some(Field("assets.in_use"))]);
        let cost = Normalised::new("3.固定资产：原值864.30万元，在用851.20万元，利用率98.48%。").text;
        assert_eq!(labels(&cost), vec![Some(Field("assets.total")), Some(Field("assets.in_use")), None]);
        assert_eq!(labels(&Normalised::new("新增固定资产：原值36.00万元，在用36.00万元。").text)[0], None, "what the year bought");
        assert_eq!(labels(&Normalised::new("3.办公设备：原值86.40万元，在用80.20万元。").text)[0], None, "no fixed assets named");
    }

    /// “实际支出“三公”经费…”: the spending named before its subject.
    #[test]
    fn the_sangong_spending_named_before_them() {
        let text = Normalised::new("2024年实际支出“三公”经费2.35万元，全部为公务接待费。");
        let labelled: Vec<Option<Target>> = numbers(&text.text).iter().map(|n| label_of(&text.text, n, Some(2024)).map(|(t, _)| t)).collect();
        assert_eq!(labelled, vec![Some(Field("sangong.actual"))]);
    }

    /// A list of projects, one of them the goods it buys (“…采购”): its budget and spending are the project's,
    /// not the unit's 政府采购, which the sentence after states.
    #[test]
    fn a_project_buying_goods_is_no_government_procurement() {
        assert_eq!(labels("具体为：办公家具采购，预算48.00万元，支出46.20万元；档案数字化，预算20.00万元，支出19.50万元"), vec![None; 4]);
        assert_eq!(labels("全年采购预算60.00万元，实际采购57.10万元"), vec![Some(Field("procurement.budget")), Some(Field("procurement.actual"))]);
        assert_eq!(labels("政府采购预算60.00万元，实际完成57.10万元"), vec![Some(Field("procurement.budget")), Some(Field("procurement.actual"))]);
    }

    #[test]
    fn no_label_across_a_clause_or_past_other_words() {
        assert_eq!(labels("上年结转，慰问困难职工30万元"), vec![None]);
        assert_eq!(labels("为驻村帮扶第一书记专项工作经费1万元"), vec![None]);
        assert_eq!(labels("公用经费较上年减少2万元，较上年压减3万元"), vec![None, None]);
    }

    #[test]
    fn a_topic_gives_budget_and_spending_their_meaning() {
        assert_eq!(labels("公用经费预算431200元，实际支出43.12万元"), vec![Some(Field("public.budget")), Some(Field("spend.public"))]);
        // The control rate's two figures, each named by its side before 公用经费.
        assert_eq!(labels("实际公用经费38.20÷预算公用经费40.00"), vec![Some(Field("spend.public")), Some(Field("public.budget"))]);
        assert_eq!(labels("三公经费预算数为6.5万元，上年预算数为7.2万元，实际支出5.84万元"),
            vec![Some(Field("sangong.budget")), Some(Field("sangong.last_budget")), Some(Field("sangong.actual"))]);
        assert_eq!(labels("三公经费预算4.10万元，实际支出3.30万元。上年三公经费预算4.60万元，实际支出3.95万元。"),
            vec![Some(Field("sangong.budget")), Some(Field("sangong.actual")), Some(Field("sangong.last_budget")), Some(Field("sangong.last_actual"))]);
        assert_eq!(labels("三公经费预算8.20万元，与上年预算持平8.20万元"), vec![Some(Field("sangong.budget")), Some(Field("sangong.last_budget"))]);
        assert_eq!(labels("三公经费年初预算6.40万元，上年为7.20万元"), vec![Some(Field("sangong.budget")), Some(Field("sangong.last_budget"))]);
        assert_ne!(labels("三公经费年初预算6.40万元，实际支出5.10万元，上年为5.90万元")[2], Some(Field("sangong.last_budget")));
        assert_eq!(labels("三公经费实际支出8.20万元，与上年持平8.20万元"), vec![Some(Field("sangong.actual")), None]);
        assert_eq!(labels("2023年三公经费预算3万元。全年实际支出1000万元"), vec![Some(Field("sangong.last_budget")), Some(Total("spend"))]);
        assert_eq!(labels("2024年三公经费年初预算15.60万元，上年年初预算14.40万元"), vec![Some(Field("sangong.budget")), Some(Field("sangong.last_budget"))]);
        assert_eq!(labels("全年支出100万元，上年年初预算90万元"), vec![Some(Total("spend")), None], "the unit's own: no figure of this year");
        assert_eq!(labels("三公经费本年预算6.5万元，公用经费35万元，本年实际支出100万元"),
            vec![Some(Field("sangong.budget")), Some(Field("spend.public")), Some(Total("spend"))]);
        assert_eq!(labels("春节送温暖资金年初预算30万元，实际支出30万元"), vec![None, None]);
        assert_eq!(labels("政府采购预算286.50万元，实际采购279.40万元"), vec![Some(Field("procurement.budget")), Some(Field("procurement.actual"))]);
        assert_eq!(labels("政府采购计划412.00万元，实际执行398.75万元"), vec![Some(Field("procurement.budget")), Some(Field("procurement.actual"))]);
        assert_eq!(labels("政府采购预算90万元，实际完成88.8万元"), vec![Some(Field("procurement.budget")), Some(Field("procurement.actual"))]);
        assert_eq!(labels("公用经费预算60万元，执行57.3万元;全年实际执行900万元"), vec![Some(Field("public.budget")), Some(Field("spend.public")), None]);
        assert_eq!(labels("固定资产账面原值1250.40万元，其中在用资产原值1198.00万元"), vec![Some(Field("assets.total")), Some(Field("assets.in_use"))]);
        assert_eq!(labels("单位固定资产306.20万元在用，固定资产总额311.75万元"), vec![Some(Field("assets.in_use")), Some(Field("assets.total"))]);
        assert_eq!(labels("单位固定资产306.20万元在用于办案，固定资产总额311.75万元"), vec![None, Some(Field("assets.total"))], "a use, not the assets in use");
        assert_eq!(labels("政府采购预算46.00万元，实际完成采购45.10万元"), vec![Some(Field("procurement.budget")), Some(Field("procurement.actual"))]);
        assert_eq!(labels("年初安排公用经费265万元，实际支出2606208.75元"), vec![Some(Field("public.budget")), Some(Field("spend.public"))]);
    }

    #[test]
    fn head_counts_by_type_and_in_total() {
        let text = "行政编制7个，实际在编人数7人;事业编制11个，实际在编人数11人";
        assert_eq!(labels(text), vec![Some(Field("staff.quota.admin")), Some(Field("staff.actual.admin")),
            Some(Field("staff.quota.institution")), Some(Field("staff.actual.institution"))]);
        assert_eq!(labels("（在职人员数18人/编制数18）"), vec![Some(Total("staff")), Some(Total("quota"))]);
        assert_eq!(labels("核定编制20名，实有在职21人。"), vec![Some(Total("quota")), Some(Total("staff"))]);
        // Whom the unit's count in post counts, named between.
        assert_eq!(labels("核定编制30名，年末实有在编森林消防人员28人。"), vec![Some(Total("quota")), Some(Total("staff"))]);
        assert_eq!(labels("在编专业技术人员12人。"), vec![None], "a kind of staff, not the unit's count");
        // “在职” before a bare 实有: the unit's count in post, its words in another order.
        assert_eq!(labels("核定编制25名，在职实有干警23人。"), vec![Some(Total("quota")), Some(Total("staff"))]);
        assert_eq!(labels("核定编制25名，年末在职实有职工23人。")[1], Some(Total("staff")));
        assert_eq!(labels("核定编制25名，派出所在职实有干警23人。")[1], None, "a part's count");
        // 编制 all of one kind, by their use; beside another kind, or in a total's brackets, one part (the
        // administrative one).
        assert_eq!(labels("全所核定政法专项编制40名，年末实有在编干警38人。")[0], Some(Total("quota")));
        assert_eq!(labels("核定政法专项编制40名、工勤编制3名，共43名。")[0], Some(Field("staff.quota.admin")));
        assert_eq!(labels("实有在编人员20人，其中参公人员12人、事业人员6人、工勤人员2人。")[1], Some(Field("staff.actual.admin")));
        assert_eq!(labels("实有在编人员20人，其中行政人员5人、参公人员7人、事业人员6人、工勤人员2人。")[2], None, "a type apart beside the 行政");
        // “实有参公人员…”: the 参公 in post, of the 行政 type, not all in post.
        assert_eq!(labels("年末实有参公人员16人、工勤人员1人。"), vec![Some(Field("staff.actual.admin")), Some(Field("staff.actual.worker"))]);
        assert_eq!(labels("核定编制43名（政法专项编制40名、工勤编制3名）。")[1], Some(Field("staff.quota.admin")));
        assert_eq!(labels("核定编制55名，其中政法专项（行政）编制50名、工勤编制5名。")[1], Some(Field("staff.quota.admin")));
        assert_eq!(labels("在职实有52人，其中政法专项编制人员47人、工勤人员5人。")[1], Some(Field("staff.actual.admin")));
        assert_eq!(labels("核定编制32名，其中行政9名、事业21名；年末实有在编人员30人，其中行政9人、事业19人"), vec![
            Some(Total("quota")), Some(Field("staff.quota.admin")), Some(Field("staff.quota.institution")),
            Some(Total("staff")), Some(Field("staff.actual.admin")), Some(Field("staff.actual.institution"))]);
        assert_eq!(labels("核定行政编制12名、事业编制6名，实有在职人员行政11人、事业6人"), vec![
            Some(Field("staff.quota.admin")), Some(Field("staff.quota.institution")),
            Some(Field("staff.actual.admin")), Some(Field("staff.actual.institution"))]);
    }

    #[test]
    fn a_row_of_several_figures_without_its_heads_is_not_read_by_its_name() {
        assert_eq!(labels("支出总额253.79|252.65|"), vec![None, None]);
        assert_eq!(labels("年初预算180.07|\n年中追加73.72"), vec![Some(Field("budget.initial")), Some(Field("budget.additions"))]);
    }

    #[test]
    fn last_years_figures_are_not_this_years() {
        assert_eq!(labels("上年支出合计3100.00万元，去年全年预算数3200万元，支出合计3400万元"), vec![None, None, Some(Total("spend"))]);
        assert_eq!(labels("在编教职工131名，在职干部职工20人"), vec![Some(Total("staff")), Some(Total("staff"))]);
    }

    #[test]
    fn last_years_sangong_budget_after_the_comparison() {
        assert_eq!(labels("三公经费控制率90.00%，本年三公经费预算比上年6.40万元减少0.40万元，变动率为-6.25%"),
            vec![None, Some(Field("sangong.last_budget")), None, None]);
        assert_eq!(labels("本年三公经费预算较上年的6.40万元减少0.40万元")[0], Some(Field("sangong.last_budget")));
        // Their spending compared is no budget of theirs.
        assert_ne!(labels("本年三公经费实际支出比上年6.40万元减少0.40万元")[0], Some(Field("sangong.last_budget")));
    }

    /// After the items, last year's pair opened by 上年 alone: both figures the “三公”'s of last year, not the
    /// last item's.
    #[test]
    fn last_years_sangong_pair_after_the_items_is_theirs() {
        let text = Normalised::new("“三公”经费预算3.20万元，实际支出2.75万元，其中公务接待费0.95万元、公务用车运行维护费1.80万元，无因公出国（境）费；上年预算3.60万元，实际支出3.02万元，“三公”经费变动率-11.11%。").text;
        assert_eq!(labels(&text)[4..6], [Some(Field("sangong.last_budget")), Some(Field("sangong.last_actual"))]);
        let by_year = Normalised::new("“三公”经费预算3.20万元，实际支出2.75万元，其中公务接待费0.95万元；2023年预算3.60万元、实际支出3.02万元。").text;
        assert_eq!(labels(&by_year)[3..5], [Some(Field("sangong.last_budget")), Some(Field("sangong.last_actual"))]);
    }

    #[test]
    fn persons_of_a_type_are_in_post() {
        assert_eq!(labels("核定编制9名，其中行政编制6名、事业编制3名。实有在编8人，其中行政编制人员6名、事业编制人员2名。"),
            vec![Some(Total("quota")), Some(Field("staff.quota.admin")), Some(Field("staff.quota.institution")),
                Some(Total("staff")), Some(Field("staff.actual.admin")), Some(Field("staff.actual.institution"))]);
    }

    #[test]
    fn workers_counted_by_post_are_no_type_of_their_own() {
        // Those in post by what they do, after their total: the 工勤 among them are within it.
        let by_post = labels("核定事业编制30名，年末实有在编人员28人。在编人员中，专业技术人员21名，管理人员5名，工勤人员2名。");
        assert_eq!(by_post[1], Some(Field("staff.actual.institution")));
        assert_eq!(by_post[4], None);
        // Beside the other types, 工勤 is one.
        assert_eq!(labels("实有在职人员14人，其中行政人员12人、工勤人员2人。")[2], Some(Field("staff.actual.worker")));
    }

    #[test]
    fn other_years() {
        assert_eq!(labels("2023年三公经费预算7.2万元，2024年三公经费预算6.5万元，2019年人员经费100万元"),
            vec![Some(Field("sangong.last_budget")), Some(Field("sangong.budget")), None]);
    }

    /// Figures on one long line — a list run on without a comma, a run of digits and commas, amounts each
    /// opening a bracket — are labelled without reading the line back to its start from each (it took
    /// seconds here): the line's heading, a project named in the clause and a pairing of labels with figures
    /// are looked for near the figure.
    #[test]
    fn figures_on_one_long_line_are_labelled_near_them() {
        for run in ["其中人员经费3万元、", "4,321,765,", "预算60万元（县级配套2万元，"] {
            let text = Normalised::new(&run.repeat(2500)).text;
            assert_eq!(labels(&text).len(), numbers(&text).len(), "{run}");
        }
    }
}
