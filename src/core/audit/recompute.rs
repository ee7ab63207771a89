//! The indicators recomputed from the figures a report states, with the core's own formulas and methods,
//! and with every total the report states used as stated (全年预算数, 项目支出合计, 支出合计 …), not rebuilt
//! from whichever of its parts the text happens to give (a rate wrong on a spending its own parts reject
//! is tried on what they give as well: [`Basis::indicator_on_parts`]). “三公” figures stay in their own fields: they are
//! never added into spending.

use super::figures::Recognised;
use super::verdicts::{as_typed, complete_parts_sum, judge_total, trim, Shown};
use super::Verdict;
use crate::core::calc::findings::{review, FindingCode};
use crate::core::calc::indicators::{compute, Indicator, IndicatorId};
use crate::core::calc::totals::Totals;
use crate::core::exact::Exact;
use crate::core::draft::fields::ProjectColumn;
use crate::core::draft::Draft;
use crate::core::reading::figures::Figures;

/// The report's figures as a draft, with its stated totals beside it.
pub struct Basis {
    draft: Draft,
    stated: Stated,
    pub totals: Totals,
    pub indicators: Vec<Indicator>,
    /// The parts of the budget the text gives, where they add up to less than its spending (and so are
    /// not all of its funds): their sum, and the spending.
    short_budget: Option<(rust_decimal::Decimal, rust_decimal::Decimal)>,
    /// Totals the text states with more than one value (支出合计 409.28 here, 399.28 there): the first is
    /// used, but a claim built on another is not wrong for that.
    disputed: Vec<&'static str>,
    /// “全年支出合计674.50万元，其中基本支出414.30万元，项目支出233.20万元”: what the parts of a stated
    /// spending give, where they reject it (and it is marked 不符 for that).
    spend_by_parts: Option<rust_decimal::Decimal>,
    /// “"三公"经费支出3.40万元，其中公务接待费…、公务用车运行维护费…” whose items make another sum (and it is
    /// marked 不符 for that): what the items give, for the “三公” rates to be judged on.
    sangong_by_parts: Option<rust_decimal::Decimal>,
    /// The year's income, where the spending the text states differs from it and its parts confirm the
    /// spending: a 执行数 equal to the income is the income taken for the spending (SPEC §5).
    pub income_not_spend: Option<rust_decimal::Decimal>,
    /// “行政编制12名、事业编制15名，编制数合计29名”: the figures with head-counts by their types, where a
    /// stated head-count total is marked 不符 against them.
    by_types: Option<Draft>,
    /// The year's income as the text states it (全年收入, 收入合计): what a formula may take for its spending.
    income: Option<rust_decimal::Decimal>,
    /// Figures the text states with more than one value: a rate built on one of them is judged against
    /// the one the report's own identities bear out, or not at all where none does.
    pub slips: Vec<Slip>,
}

/// A figure (a field or a total) the text states with several values.
#[derive(Debug, Clone)]
pub struct Slip {
    /// A field (`budget.initial`) or a total (`spend`).
    pub id: &'static str,
    /// The value an identity of the report's figures bears out (its parts' sum, the funds balance), if one does.
    pub confirmed: Option<rust_decimal::Decimal>,
    /// The other values (all of them where none is confirmed).
    pub others: Vec<rust_decimal::Decimal>,
    /// What bears the confirmed value out, in words.
    pub by: String,
}

impl Slip {
    pub fn label(&self) -> String {
        match self.id {
            "spend" | "basic" | "projects" | "annual_budget" | "adjusted_budget" | "income" | "staff" | "quota" => super::verdicts::total_name(self.id).0.to_string(),
            field => crate::core::draft::fields::label_of(field),
        }
    }
}

/// The totals a report states, by id.
#[derive(Clone, Copy)]
struct Stated {
    basic: Option<rust_decimal::Decimal>,
    projects: Option<rust_decimal::Decimal>,
    spend: Option<rust_decimal::Decimal>,
    annual_budget: Option<rust_decimal::Decimal>,
}

impl Basis {
    pub fn new(found: &Recognised, text: &str) -> Self {
        let mut draft = draft_of(found);
        let rejected = ["quota", "staff"].map(|id| rejected_by_its_types(found, id, text));
        let mut by_types = rejected.contains(&true).then(|| draft.clone());
        for ((total, kind), rejected) in [("quota", "staff.quota."), ("staff", "staff.actual.")].into_iter().zip(rejected) {
            if let Some(value) = found.total(total) {
                head_count(&mut draft, kind, value);
                if let Some(by_types) = by_types.as_mut().filter(|_| !rejected) {
                    head_count(by_types, kind, value);
                }
            }
        }
        let mut stated = Stated {
            basic: found.total("basic"),
            projects: found.total("projects"),
            spend: found.total("spend").or_else(|| found.value("spend.stated_total")),
            annual_budget: found.total("annual_budget"),
        };
        let parts = Totals::of(&Figures::read(&draft)).annual_budget;
        let mut disputed = disputed(found);
        let mut slips = slips_of_fields(found);
        slips.extend(disputed.iter().map(|id| slip_of_total(found, id)));
        // A slip needs another value beside the confirmed one, or two in doubt.
        slips.retain(|s| s.others.len() > usize::from(s.confirmed.is_none()));
        // “年初86.40+追加12.35−调减3.00，全年预算98.75”, spending and balance making 95.75: the stated total
        // is the slip, and the rates are recomputed on what its parts and the books agree on.
        if let Some(confirmed) = parts.filter(|p| stated.annual_budget.is_some_and(|s| s != *p) && balances_on(found, *p)) {
            stated.annual_budget = Some(confirmed);
            disputed.push("annual_budget");
        }
        let (totals, indicators) = evaluated(&draft, stated);
        let spend_by_parts = rejected_by_its_parts(found, text);
        let sangong_by_parts = sangong_rejected_by_its_items(found, text);
        let short_budget = parts.zip(totals.spend).filter(|(parts, spend)| totals.annual_budget.is_none() && parts < spend);
        let income = found.total("income");
        let income_not_spend = income_beside_a_confirmed_spending(found, stated.spend);
        Basis { draft, stated, totals, indicators, short_budget, disputed, spend_by_parts, sangong_by_parts, by_types, income, income_not_spend, slips }
    }

    /// Whether a formula's rate is the year's income the text states over its 全年预算数 (in whatever unit, and
    /// with whatever ×100 the formula writes them).
    pub fn is_income_over_budget(&self, rate: &crate::core::calc::rate::Rate) -> bool {
        let ratio = |n: rust_decimal::Decimal, d: rust_decimal::Decimal| n.divided_by(d).map(|r| r.round_dp(6));
        let income = self.income.zip(self.stated.annual_budget).and_then(|(income, budget)| ratio(income, budget));
        income.is_some() && income == ratio(rate.numerator, rate.denominator)
    }

    /// Whether the text states any of these totals with more than one value.
    pub fn disputes(&self, totals: &[&str]) -> bool {
        self.disputed.iter().any(|id| totals.contains(id))
    }

    /// Why a rate over the 全年预算数 cannot be checked though the text gives parts of it: they fall short
    /// of the spending, so some of the year's funds are missing from them.
    pub fn short_budget(&self) -> Option<String> {
        let (parts, spend) = self.short_budget?;
        let shown = Shown::of("万元", false, [parts, spend]);
        Some(format!(
            "文中写明的上年结转、年初预算、年中追加等合计{}，少于支出合计{}，应还有未能读出的其他资金（事业收入等），故不按其核对",
            shown.text(parts),
            shown.text(spend)
        ))
    }

    /// What the core's own checks of figures say of the report's that no claim speaks of: a 政策性追加
    /// above the 年中追加, a negative amount.
    pub fn figure_remarks(&self) -> Vec<String> {
        let figures = Figures::read(&self.draft);
        review(&figures, &self.totals, &self.indicators)
            .into_iter()
            .filter(|f| matches!(f.code, FindingCode::PolicyExceedsAdditions | FindingCode::NegativeAmount))
            .map(|f| f.message)
            .collect()
    }

    pub fn indicator(&self, id: IndicatorId) -> Option<&Indicator> {
        self.indicators.iter().find(|indicator| indicator.id == id)
    }

    /// The “三公” items' sum, where it rejects the stated “三公” spending and that figure is the sum with two
    /// neighbouring digits swapped (8.46 written for the items' 8.64): the total mistyped, not the items.
    pub fn sangong_mistyped(&self) -> Option<rust_decimal::Decimal> {
        let sum = self.sangong_by_parts?;
        let stated: rust_decimal::Decimal = self.draft.get("sangong.actual").parse().ok()?;
        super::verdicts::swapped(stated).contains(&sum).then_some(sum)
    }

    /// The indicator recomputed with one more figure or method (`field` set to `value`).
    pub fn indicator_with(&self, id: IndicatorId, field: &str, value: &str) -> Option<Indicator> {
        let mut draft = self.draft.clone();
        draft.set(field, value).ok()?;
        evaluated(&draft, self.stated).1.into_iter().find(|indicator| indicator.id == id)
    }

    /// The indicator recomputed on the spending its parts give, where they reject the stated one: a rate
    /// that holds on it is not wrong for the rejected figure.
    pub fn indicator_on_parts(&self, id: IndicatorId) -> Option<Indicator> {
        if id == IndicatorId::StaffControl {
            return evaluated(self.by_types.as_ref()?, self.stated).1.into_iter().find(|indicator| indicator.id == id);
        }
        if matches!(id, IndicatorId::SangongControl | IndicatorId::SangongChange) {
            return self.indicator_with(id, "sangong.actual", &as_typed(self.sangong_by_parts?));
        }
        let stated = Stated { spend: Some(self.spend_by_parts?), ..self.stated };
        evaluated(&self.draft, stated).1.into_iter().find(|indicator| indicator.id == id)
    }

    /// The indicator recomputed with a field or a stated total (`id`) taken at `value`.
    pub fn indicator_on(&self, indicator: IndicatorId, id: &str, value: rust_decimal::Decimal) -> Option<Indicator> {
        // A head count stands in the draft as its types: the whole taken at `value` replaces them unless they make it.
        if let Some(kind) = [("staff", "staff.actual."), ("quota", "staff.quota.")].iter().find(|(total, _)| *total == id).map(|(_, kind)| kind) {
            let mut draft = self.draft.clone();
            head_count(&mut draft, kind, value);
            return evaluated(&draft, self.stated).1.into_iter().find(|i| i.id == indicator);
        }
        let mut stated = self.stated;
        match stated.total_mut(id) {
            Some(total) => *total = Some(value),
            None => return self.indicator_with(indicator, id, &as_typed(value)),
        }
        evaluated(&self.draft, stated).1.into_iter().find(|i| i.id == indicator)
    }

    /// A field of the draft the claims are recomputed from, as typed (empty when the report lacks it).
    pub fn get(&self, field: &str) -> &str {
        self.draft.get(field)
    }
}

impl Stated {
    fn total_mut(&mut self, id: &str) -> Option<&mut Option<rust_decimal::Decimal>> {
        match id {
            "basic" => Some(&mut self.basic),
            "projects" => Some(&mut self.projects),
            "spend" => Some(&mut self.spend),
            "annual_budget" => Some(&mut self.annual_budget),
            _ => None,
        }
    }
}

/// The fields stated with several values: settled on the one a total bears out, or left in doubt.
fn slips_of_fields(found: &Recognised) -> Vec<Slip> {
    // A value a total implies is no figure the text states twice: a rate on the written one is simply wrong.
    let settled = found.settled.iter().filter(|s| !s.implied()).map(|s| Slip {
        id: s.id,
        confirmed: found.value(s.id),
        others: s.others.clone(),
        by: s.borne_out_by(),
    });
    let in_doubt = found.conflicts.keys().map(|id| {
        let values = super::different(found.stated(id).map(|s| s.value));
        match balance_borne_out(found, id, &values) {
            Some(right) => Slip {
                id,
                confirmed: Some(right),
                others: values.into_iter().filter(|v| *v != right).collect(),
                by: "与资金收支平衡（全年预算数=支出合计+年末结转结余）相合".to_string(),
            },
            None => Slip { id, confirmed: None, others: values, by: String::new() },
        }
    });
    settled.chain(in_doubt).collect()
}

/// A year-end balance written twice differently: the one value that the 全年预算数 less the 支出合计 gives
/// (each stated once) is the report's own, the other the slip.
fn balance_borne_out(found: &Recognised, id: &str, values: &[rust_decimal::Decimal]) -> Option<rust_decimal::Decimal> {
    if id != "spend.closing_balance" {
        return None;
    }
    let single = |total: &str| {
        let stated = super::different(found.totals.iter().filter(|t| t.id == total && !t.in_table).map(|t| t.stated.value));
        (stated.len() == 1).then(|| stated[0])
    };
    let left = single("annual_budget")?.minus(single("spend")?)?;
    let mut borne = values.iter().copied().filter(|v| *v == left);
    borne.next().filter(|_| borne.next().is_none())
}

/// A total stated with several values (`id`): the one its parts add up to (those listed with any of its
/// statements, or the data contract's), or (支出合计) that with the closing balance makes the 全年预算数 —
/// where exactly one does. The first value stays the one the rates are recomputed on: the totals' own
/// claims (and [`Basis::indicator_on_parts`]) already weigh the other.
fn slip_of_total(found: &Recognised, id: &'static str) -> Slip {
    let values = super::different(found.totals.iter().filter(|t| t.id == id).map(|t| t.stated.value));
    let adds_up = |v: rust_decimal::Decimal| found.totals.iter().any(|t| t.id == id && !t.in_table && complete_parts_sum(t, found) == Some(v));
    let closing = found.value("spend.closing_balance");
    let balances = |v: rust_decimal::Decimal| id == "spend" && closing.and_then(|c| v.plus(c)).is_some_and(|sum| found.total("annual_budget") == Some(sum));
    let confirmed: Vec<rust_decimal::Decimal> = values.iter().copied().filter(|v| adds_up(*v) || balances(*v)).collect();
    let Some(&right) = confirmed.first().filter(|_| confirmed.len() == 1) else {
        return Slip { id, confirmed: None, others: values, by: String::new() };
    };
    let by = match (adds_up(right), balances(right)) {
        (true, true) => "与其各部分之和、资金收支平衡（全年预算数=支出合计+年末结转结余）均相合",
        (true, false) => "与其各部分之和相合",
        _ => "与资金收支平衡（全年预算数=支出合计+年末结转结余）相合",
    };
    Slip { id, confirmed: Some(right), others: values.into_iter().filter(|v| *v != right).collect(), by: by.to_string() }
}

fn evaluated(draft: &Draft, stated: Stated) -> (Totals, Vec<Indicator>) {
    let figures = Figures::read(draft);
    let mut totals = Totals::of(&figures);
    // A total the report does not state is rebuilt only from its main parts: without 人员经费 and 公用经费,
    // or 基本支出 and 项目支出, or 年初预算, it would be a part passed off as the whole (年中追加564万元 as
    // 全年预算数, and 执行率 959.64%).
    let (spend, budget) = (&figures.spend, &figures.budget);
    totals.basic = stated.basic.or(totals.basic.filter(|_| spend.personnel.is_some() && spend.public.is_some()));
    totals.projects = stated.projects.or(totals.projects);
    totals.spend = stated.spend.or_else(|| totals.basic.zip(totals.projects).and_then(|(b, p)| b.plus(p)));
    totals.annual_budget = stated.annual_budget.or(rebuilt_budget(&totals, budget.initial.is_some()));
    let indicators = compute(&figures, &totals);
    (totals, indicators)
}

/// A stated 编制 or 在职 total (`kind`: the prefix of its typed fields) as the draft's head-count: only a
/// total (“核定编制20名，实有在职21人”) is a head-count all the same; and a total whose types, as read, do
/// not make it up (with or without 工勤) stands over them — the reading may not know a type
/// (政法专项编制, 民警), and its few known ones would pass a part off as the whole.
fn head_count(draft: &mut Draft, kind: &str, total: rust_decimal::Decimal) {
    let typed: Vec<String> = draft.values().filter(|(id, _)| id.starts_with(kind)).map(|(id, _)| id.to_string()).collect();
    let sum = |with_worker: bool| {
        let counted = typed.iter().filter(|id| with_worker || !id.ends_with(".worker"));
        counted.map(|id| draft.get(id).parse::<rust_decimal::Decimal>().ok()).try_fold(rust_decimal::Decimal::ZERO, |sum, n| sum.plus(n?))
    };
    if !typed.is_empty() && (sum(true) == Some(total) || sum(false) == Some(total)) {
        return;
    }
    for id in &typed {
        let _ = draft.set(id, "");
    }
    let _ = draft.set(&format!("{kind}admin"), &trim(total));
}

/// The 全年预算数 rebuilt from the parts the text gives — unless it falls short of the spending: then the
/// text has funds the reading did not find (事业收入, 上级补助 … written in a form it does not know), and a
/// rate or a balance built on it would blame the report for the reading's gap.
fn rebuilt_budget(totals: &Totals, has_initial: bool) -> Option<rust_decimal::Decimal> {
    let rebuilt = totals.annual_budget.filter(|_| has_initial)?;
    totals.spend.is_none_or(|spend| spend <= rebuilt).then_some(rebuilt)
}

/// Whether the report confirms `budget` as its 全年预算数 elsewhere: the year's spending and its closing
/// balance, both stated, make it exactly, or its own execution-rate formula divides by it.
pub fn balances_on(found: &Recognised, budget: rust_decimal::Decimal) -> bool {
    let spend = found.total("spend").or_else(|| found.value("spend.stated_total"));
    let closing = found.value("spend.closing_balance");
    let books = spend.zip(closing).and_then(|(spend, closing)| spend.plus(closing)) == Some(budget);
    // spend / budget is the formula's own ratio (its figures may be written at another scale).
    let formula = |f: &crate::core::calc::rate::Rate| spend.and_then(|s| s.times(f.denominator)).is_some_and(|across| budget.times(f.numerator) == Some(across));
    // A formula over the 年初预算 alone is the known slip of the 年初 口径, no confirmation.
    let beyond_initial = found.value("budget.initial") != Some(budget);
    books || (beyond_initial && found.execution_formulas.iter().any(formula))
}

/// What the complete parts of the first stated spending give (those it lists, or where it lists none —
/// “支出合计…，较上年…。其中：…” — the 基本支出 and 项目支出 stated elsewhere), where the audit marks that
/// total 不符 for it (a slip of the total, not of a part, and no list that ran past its end) — unless the
/// books confirm the stated figure (it and the closing balance make the 全年预算数): then the parts may
/// be the slip.
fn rejected_by_its_parts(found: &Recognised, text: &str) -> Option<rust_decimal::Decimal> {
    let total = found.totals.iter().find(|t| t.id == "spend")?;
    let by_parts = complete_parts_sum(total, found)?;
    let rejected = judge_total(total, text, found).is_some_and(|j| j.verdict == Verdict::Mismatch);
    let closing = found.value("spend.closing_balance");
    let books_confirm = closing.and_then(|c| total.stated.value.plus(c)).is_some_and(|sum| found.total("annual_budget") == Some(sum));
    (rejected && !books_confirm && by_parts != total.stated.value).then_some(by_parts)
}

/// What the “三公” items the text lists give, where they reject the “三公” spending it states (the figure the
/// rates are computed on): the slip is the total's, and a rate right on the items is right.
fn sangong_rejected_by_its_items(found: &Recognised, text: &str) -> Option<rust_decimal::Decimal> {
    let actual = found.value("sangong.actual")?;
    let total = found.totals.iter().find(|t| t.id == "sangong" && t.stated.value == actual)?;
    let by_items = complete_parts_sum(total, found)?;
    let rejected = judge_total(total, text, found).is_some_and(|j| j.verdict == Verdict::Mismatch);
    (rejected && by_items != actual).then_some(by_items)
}

/// The income the text states, where it differs from the stated spending `spend` and the spending's own
/// parts make it exactly.
fn income_beside_a_confirmed_spending(found: &Recognised, spend: Option<rust_decimal::Decimal>) -> Option<rust_decimal::Decimal> {
    let spend = spend?;
    let income = found.total("income").filter(|income| *income != spend)?;
    let total = found.totals.iter().find(|t| t.id == "spend" && t.stated.value == spend)?;
    (complete_parts_sum(total, found) == Some(spend)).then_some(income)
}

/// Whether the audit marks a stated head-count total (`quota`, `staff`) 不符 against the types it lists.
fn rejected_by_its_types(found: &Recognised, id: &str, text: &str) -> bool {
    let total = found.totals.iter().find(|t| t.id == id && !t.in_table);
    total.and_then(|t| judge_total(t, text, found)).is_some_and(|j| j.verdict == Verdict::Mismatch)
}

/// The totals stated with more than one value.
fn disputed(found: &Recognised) -> Vec<&'static str> {
    let mut disputed: Vec<&'static str> = Vec::new();
    for total in &found.totals {
        let first = found.totals.iter().find(|t| t.id == total.id).map(|t| t.stated.value);
        if first != Some(total.stated.value) && !disputed.contains(&total.id) && found.whole_total(total.id).is_none() {
            disputed.push(total.id);
        }
    }
    disputed
}

/// The draft of the figures recognised (what a new draft from the text is made of): every field the
/// text states without doubt, and the project rows.
pub fn draft_of(found: &Recognised) -> Draft {
    let mut draft = Draft::new();
    for id in found.fields.keys().chain(found.named.keys()) {
        if let Some(value) = found.value(id) {
            let _ = draft.set(id, &as_typed(value));
        }
    }
    for project in &found.projects {
        let row = draft.add_project();
        draft.set_project_cell(row, ProjectColumn::Name, &project.name);
        draft.set_project_cell(row, ProjectColumn::Actual, &as_typed(project.actual));
    }
    draft
}

