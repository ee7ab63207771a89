//! Each claim recomputed from the report's own figures with the core's indicators and methods, and
//! judged: kindly about rounding (99.5% for 99.55% was truncated, and says so), honestly about what
//! rounding cannot explain (100% for 99.55%), naming the 口径 under which a wrong claim would hold, and
//! naming in Chinese the figure the text lacks when a claim cannot be checked.

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use super::claims::{Bound, StatedRate, HUNAN_COMPLETION};
use super::figures::{Recognised, Stated, StatedTotal};
use super::numbers::Number;
use super::recompute::Basis;
use super::tables;
use super::{OffBy, Verdict};
use crate::core::calc::indicators::{Indicator, IndicatorId, NotApplicable, Value, NO_KEY_MARKS};
use crate::core::calc::rate::Rate;
use crate::core::draft::choices::{ExecutionDenominator, SangongBasis, StaffScope};
use crate::core::draft::fields::label_of;
use crate::core::exact::Exact;
use crate::core::reading::amount::MAX_DECIMALS;

/// A judgement: the verdict, the sentence that explains it, further remarks, and how far off a
/// mismatch is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judged {
    pub verdict: Verdict,
    pub detail: String,
    pub notes: Vec<String>,
    pub off_by: Option<OffBy>,
}

impl Judged {
    pub(super) fn new(verdict: Verdict, detail: String) -> Self {
        Judged { verdict, detail, notes: vec![], off_by: None }
    }

    pub(super) fn noted(mut self, notes: impl IntoIterator<Item = String>) -> Self {
        self.notes.extend(notes);
        self
    }

    /// A mismatch this far off, told in `words`.
    pub(super) fn off(mut self, share: Decimal, words: String) -> Self {
        self.off_by = Some(OffBy { share, words, unstated: false });
        self
    }
}

/// How a stated percentage relates to the exact rate.
pub(super) enum Match {
    Rounded,
    Truncated(Cut),
    Differs,
}

/// A rate written as the exact quotient cut short at its decimals, not rounded: SPEC §4's `truncate_1`,
/// and the ROUNDDOWN(…,2) / INT of some counties' sheets at two. Right, with a note saying so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cut {
    /// The decimals the report wrote (0 for “98%”, judged as if 98.0%).
    written: u32,
    /// The rate rounded half up to the decimals it was cut at, with as many (90.40, not 90.4).
    rounded: Decimal,
}

impl Cut {
    /// What the report did and what rounding would give: “报告写90.41%，是按截尾保留两位小数所得……；四舍五入应为90.42%”.
    pub(super) fn note(&self, written: &str) -> String {
        let rounded = self.rounded;
        match self.written {
            0 => format!("报告写{written}，是直接舍去小数所得；保留一位小数四舍五入应为{rounded}%"),
            digits => {
                let places = if digits == 1 { "一" } else { "两" };
                format!("报告写{written}，是按截尾保留{places}位小数所得（直接舍去其后的尾数）；四舍五入应为{rounded}%")
            }
        }
    }
}

/// Whether a rate written with `decimals` (at least one: a whole number is judged as if written with one)
/// may be the exact quotient cut there: at one decimal (SPEC §4's `truncate_1`) or two (a county's ROUNDDOWN
/// to two). Not at none — 98% for 98.7% drops seven tenths of a point, more than any method prints away —
/// and not at three or more, which no method prints.
pub(super) fn may_be_cut_at(decimals: u32) -> bool {
    (1..=2).contains(&decimals.max(1))
}

/// A stated percentage with `decimals` digits matches the rate rounded half-up to as many digits —
/// at least one: a whole 100% must not hide 99.55% — or cut there (noted, see [`may_be_cut_at`]): the exact
/// quotient with its further digits dropped, so 90.41% for 90.4199% is cut, 90.41% for 90.42% is wrong.
pub(super) fn compare(stated: Decimal, decimals: u32, rate: &Rate) -> Option<Match> {
    let exact = rate.percent_value()?;
    let digits = decimals.max(1);
    let rounded = exact.round_dp_with_strategy(digits, RoundingStrategy::MidpointAwayFromZero);
    if rounded == stated {
        return Some(Match::Rounded);
    }
    let truncated = exact.round_dp_with_strategy(digits, RoundingStrategy::ToZero);
    if truncated != stated || !may_be_cut_at(decimals) {
        return Some(Match::Differs);
    }
    let mut rounded = rounded;
    rounded.rescale(digits);
    Some(Match::Truncated(Cut { written: decimals, rounded }))
}

fn percent_text(rate: &Rate) -> String {
    rate.display(crate::core::draft::choices::Rounding::HalfUp2)
}

/// The indicator's name as the report wrote it (quotes restored for “三公”).
pub(super) fn shown(rate: &StatedRate) -> String {
    // A rate named without its topic (“控制率96.60%” after “公用经费预算…”) is said with it.
    if ["变动率", "控制率"].contains(&rate.name) {
        return rate.id.name().to_string();
    }
    match rate.name.strip_prefix("三公") {
        Some(rest) => format!("“三公”{rest}"),
        None if rate.id == IndicatorId::BudgetControlAdjusted => format!("{}（剔除政策性追加）", rate.name),
        None => rate.name.to_string(),
    }
}

/// Judges a stated rate against the report's own figures (and its formula's own arithmetic).
pub fn judge_rate(rate: &StatedRate, basis: &Basis) -> Judged {
    let name = shown(rate);
    if let Some(fiscal) = &rate.on_fiscal_funds {
        return judge_on_fiscal_funds(rate, &name, fiscal);
    }
    // “预算完成率：（全年支出…/全年预算数…）×100%”: the 湖南 name over the spending and the full budget, as its
    // own formula shows — judged as written, not by the 湖南 method.
    let as_its_formula = |indicator: &Indicator| matches!((&rate.formula, &indicator.value), (Some(f), Value::Rate(exact)) if f.percent_value() == exact.percent_value());
    let hunan = (rate.name == HUNAN_COMPLETION)
        .then(|| basis.indicator_with(rate.id, "method.execution_denominator", ExecutionDenominator::HunanCompletion.id()))
        .flatten()
        .filter(|hunan| as_its_formula(hunan) || !basis.indicator(rate.id).is_some_and(as_its_formula));
    let Some(indicator) = hunan.as_ref().or_else(|| basis.indicator(rate.id)) else {
        return Judged::new(Verdict::Unverifiable, format!("无法按报告的数字核对{name}"));
    };
    let formula = rate.formula.as_ref().map(|f| (f, compare(rate.value, rate.decimals, f)));
    let formula_wrong = formula.as_ref().filter(|(_, m)| matches!(m, Some(Match::Differs) | None)).map(|(f, _)| percent_text(f));
    match &indicator.value {
        Value::Rate(exact) if rate.bound != Bound::Exactly => judge_bound(rate, &name, exact, &indicator.sentence),
        Value::Rate(exact) => match compare(rate.value, rate.decimals, exact) {
            Some(Match::Rounded | Match::Truncated(_)) if formula_wrong.is_some() => {
                let computed = formula_wrong.unwrap_or_default();
                Judged::new(Verdict::Mismatch, format!("报告写{name}{}，但其公式中的数字算得{computed}", rate.written))
                    .noted([format!("按报告其他处的数字：{}", indicator.sentence)])
                    .off(Decimal::ZERO, format!("{name}公式算得{computed}，与所写{}不符", rate.written))
            }
            Some(Match::Rounded) => Judged::new(Verdict::Ok, format!("与报告数字相符：{}", indicator.sentence)).noted(over_limit(rate, exact)),
            // Rounded right on the spending its parts give, where they reject the stated one: not truncated.
            Some(Match::Truncated(_)) if let Some(judged) = holds_on_the_parts(rate, basis, true) => judged,
            Some(Match::Truncated(cut)) => Judged::new(Verdict::Ok, format!("与报告数字相符：{}", indicator.sentence))
                .noted([cut.note(&rate.written)])
                .noted(over_limit(rate, exact)),
            Some(Match::Differs) | None if let Some(judged) = income_as_spending(rate, &name, exact, &indicator.sentence, basis) => judged,
            Some(Match::Differs) | None if let Some(judged) = on_a_slip(rate, &name, basis) => judged,
            Some(Match::Differs) | None if formula_holds(&formula) && basis.disputes(totals_of(rate.id)) => {
                let computed = rate.formula.as_ref().map(percent_text).unwrap_or_default();
                Judged::new(Verdict::Ok, format!("与报告公式中的数字相符：{name}{computed}")).noted([format!(
                    "公式所用的数字在文中另处写法不同，按另处的数字算得{}（{}），请核对哪一处是对的",
                    indicator.text, indicator.sentence
                )])
            }
            // A formula on the spending the parts give, where they reject the stated one: the slip is the total's.
            Some(Match::Differs) | None if let Some(judged) = holds_on_the_parts(rate, basis, false) => judged,
            // “剔除政策性追加后…” with the policy figure known is the adjusted rate's own basis, not another one.
            Some(Match::Differs) | None if on_its_own_basis(rate, &formula, exact) && !adjusted_on_a_known_policy(rate, basis) => {
                judge_on_its_basis(rate, &name, &formula, basis)
            }
            // “按年初预算口径，预算执行率为…”: a 口径 named, and borne out by the figures.
            Some(Match::Differs) | None if rate.basis_named && !holds_under(rate, basis).is_empty() => judge_on_its_basis(rate, &name, &formula, basis),
            Some(Match::Differs) | None => {
                if let Some(judged) = holds_on_the_parts(rate, basis, false) {
                    return judged;
                }
                let difference = exact.percent_value().and_then(|v| rate.value.minus(v)).map(|d| d.abs());
                let mut notes: Vec<String> = difference.map(|d| vec![format!("相差{}个百分点", trim(round2(d)))]).unwrap_or_default();
                match &formula {
                    // The report's own formula fixes its 口径: no other reading to offer.
                    None => {
                        notes.extend(holds_under(rate, basis));
                        notes.extend(stated_over_this_year(rate.value, rate.decimals, exact).filter(|_| rate.id == IndicatorId::SangongChange));
                    }
                    Some((computed, Some(Match::Rounded | Match::Truncated(_)))) if inverted(computed, exact) => {
                        notes.push("报告公式把分子和分母颠倒了".to_string());
                    }
                    Some((computed, _)) if over_this_year(rate.id, computed, exact) => {
                        notes.push("报告公式以本年数为分母；变动率应以上年数为分母".to_string());
                    }
                    Some((_, Some(Match::Rounded | Match::Truncated(_)))) => {
                        notes.push("报告公式中的数字与文中其他处写明的数字不一致".to_string());
                    }
                    Some((computed, _)) => notes.push(format!("按报告公式中的数字计算为{}，也与所写不符", percent_text(computed))),
                }
                let share = difference.and_then(|d| d.divided_by(Decimal::ONE_HUNDRED)).unwrap_or_default();
                let right = as_written(rate.decimals, exact).unwrap_or_else(|| indicator.text.clone());
                Judged::new(Verdict::Mismatch, format!("报告写{name}{}，按报告自身数字应为{right}：{}", rate.written, indicator.sentence))
                    .noted(notes)
                    .off(share, format!("{name}写{}，应为{right}", rate.written))
            }
        },
        Value::NotApplicable(NotApplicable::NothingToMeasure) => Judged::new(
            Verdict::Mismatch,
            format!("报告写{name}{}，但分子、分母均为0，比率不适用（0/0），不应写作{}：{}", rate.written, rate.written, indicator.sentence),
        )
        .off(Decimal::ZERO, format!("{name}写{}，实为0/0，不适用", rate.written)),
        Value::NotApplicable(NotApplicable::ZeroDenominator(fields)) => Judged::new(
            Verdict::Mismatch,
            format!("报告写{name}{}，但{}为0，比率不存在，应说明原因", rate.written, names(fields)),
        )
        .off(Decimal::ZERO, format!("{name}写{}，但分母为0", rate.written)),
        Value::NotApplicable(NotApplicable::Missing(_)) => match &formula {
            Some(_) if rate.id == IndicatorId::SangongChange && rate.over_minuend.is_some() => judge_over_this_year(rate, &name),
            Some((computed, _)) if rate.upside_down => judge_upside_down(rate, &name, computed),
            _ if let Some(judged) = on_a_slip(rate, &name, basis) => judged,
            Some((computed, Some(matched @ (Match::Rounded | Match::Truncated(_))))) => Judged::new(
                Verdict::Ok,
                format!("与报告公式中的数字相符：{name}{}", percent_text(computed)),
            )
            .noted([format!("文中其他处未写明这些数字（{}），只核对了公式的计算", missing(&indicator.sentence))])
            .noted(match matched {
                Match::Truncated(cut) => Some(cut.note(&rate.written)),
                _ => None,
            }),
            Some((computed, _)) => {
                let text = correction(rate.decimals, computed);
                Judged::new(Verdict::Mismatch, format!("报告写{name}{}，按其公式中的数字应为{text}", rate.written))
                    .off(points_off(rate.value, computed), format!("{name}写{}，公式算得{text}", rate.written))
            }
            None => Judged::new(Verdict::Unverifiable, format!("{}，无法核对：报告写{name}{}", missing(&indicator.sentence), rate.written))
                .noted(basis.short_budget().filter(|_| rate.id == IndicatorId::BudgetExecution)),
        },
        Value::Timely(_) => Judged::new(Verdict::Unverifiable, "无法按报告的数字核对".into()),
    }
}

/// A rate that holds on one of the values of a figure the text states twice, not on the other: wrong where
/// the other is the one the report's own identities bear out, else not to be settled from the text.
fn on_a_slip(rate: &StatedRate, name: &str, basis: &Basis) -> Option<Judged> {
    let holds = |value: Decimal, slip: &super::recompute::Slip| {
        let on_it = basis.indicator_on(rate.id, slip.id, value)?;
        let holds = matches!(&on_it.value, Value::Rate(r) if matches!(compare(rate.value, rate.decimals, r), Some(Match::Rounded | Match::Truncated(_))));
        Some(on_it).filter(|_| holds)
    };
    // A head count in doubt that nothing settles leaves the rate to its formula, noted (below): the count is
    // the report's to check, not the rate's.
    let settled_or_money = |slip: &&super::recompute::Slip| slip.confirmed.is_some() || !matches!(slip.id, "staff" | "quota");
    basis.slips.iter().filter(settled_or_money).find_map(|slip| {
        let used = slip.others.iter().copied().find(|value| holds(*value, slip).is_some())?;
        // A rate that holds on every value does not use the figure (“预算完成率” beside a “三公” in doubt):
        // the doubt is not the rate's.
        if slip.others.iter().chain(&slip.confirmed).all(|value| holds(*value, slip).is_some()) {
            return None;
        }
        let unit = if matches!(slip.id, "staff" | "quota") || slip.id.starts_with("staff.") { "人" } else { "万元" };
        let shown = Shown::of(unit, false, slip.others.iter().copied().chain(slip.confirmed));
        let label = slip.label();
        let said = format!("报告写{name}{}，所用{label}为{}", rate.written, shown.text(used));
        let Some(confirmed) = slip.confirmed else {
            let all: Vec<String> = slip.others.iter().map(|v| shown.text(*v)).collect();
            let detail = format!("{said}，而文中{label}有不同数字（{}），报告其他数字不能确定哪一个对，无法核对", all.join("、"));
            return Some(Judged::new(Verdict::Unverifiable, detail));
        };
        let indicator = basis.indicator_on(rate.id, slip.id, confirmed)?;
        let Value::Rate(exact) = &indicator.value else { return None };
        let text = correction(rate.decimals, exact);
        let detail = format!("{said}，但文中另处写{label}{}，{}；按其应为{text}：{}", shown.text(confirmed), slip.by, indicator.sentence);
        Some(
            Judged::new(Verdict::Mismatch, detail)
                .noted([format!("{name}{}是按{label}{}算得的，该数与报告其他数字不合", rate.written, shown.text(used))])
                .off(points_off(rate.value, exact), format!("{name}写{}，按{label}{}应为{text}", rate.written, shown.text(confirmed))),
        )
    })
}

/// An execution rate whose formula takes the year's income for its spending (“全年执行数279.10万元” where
/// 279.10 is 本年收入 and the spending its parts confirm is another): wrong, and right on the spending.
fn income_as_spending(rate: &StatedRate, name: &str, exact: &Rate, sentence: &str, basis: &Basis) -> Option<Judged> {
    let income = basis.income_not_spend.filter(|_| rate.id == IndicatorId::BudgetExecution)?;
    basis.is_income_over_budget(rate.formula.as_ref()?).then_some(())?;
    let right = correction(rate.decimals, exact);
    let shown = Shown::of("万元", false, [income]);
    Some(
        Judged::new(Verdict::Mismatch, format!("报告写{name}{}，应为{right}：{sentence}", rate.written))
            .noted([format!("公式中的执行数{}是本年收入，不是支出合计", shown.text(income))])
            .off(points_off(rate.value, exact), format!("{name}写{}，应为{right}", rate.written)),
    )
}

/// A rate that holds on the spending the parts give, where they reject the stated spending (marked 不符
/// there): the slip is the total's, not the rate's.
fn holds_on_the_parts(rate: &StatedRate, basis: &Basis, rounded_only: bool) -> Option<Judged> {
    // A “三公” rate with a formula of its own shows which figure it took: one other than the stated spending
    // stays a finding at the rate (the corpus's reviewer marks both places). Written bare, it is judged on
    // the items where they reject the stated figure.
    // But a stated total that is the items' sum with two neighbouring digits swapped (8.46 for 8.64) is that
    // sum mistyped: a formula on the sum took the right figure.
    let sangong = matches!(rate.id, IndicatorId::SangongControl | IndicatorId::SangongChange);
    // (“8.64÷10.00×100%”: the formula's numerator may carry its ×100.)
    let on_the_mistyped_sum = || rate.formula.as_ref().zip(basis.sangong_mistyped()).is_some_and(|(formula, sum)| formula.numerator == sum || sum.times(Decimal::ONE_HUNDRED) == Some(formula.numerator));
    if sangong && rate.formula.is_some() && !on_the_mistyped_sum() {
        return None;
    }
    let indicator = basis.indicator_on_parts(rate.id)?;
    let Value::Rate(exact) = &indicator.value else { return None };
    let holds = match compare(rate.value, rate.decimals, exact) {
        Some(Match::Rounded) => true,
        Some(Match::Truncated(_)) => !rounded_only,
        _ => false,
    };
    holds.then(|| {
        Judged::new(Verdict::Ok, format!("与报告数字相符：{}", indicator.sentence))
            .noted([format!("所写{}与其所列各项之和不符，已在该处标出；本比率按各项之和相符", on_what(rate.id))])
    })
}

/// The total a rate is judged on where its stated figure is rejected by its parts.
fn on_what(id: IndicatorId) -> &'static str {
    match id {
        IndicatorId::StaffControl => "人数",
        IndicatorId::SangongControl | IndicatorId::SangongChange => "“三公”经费支出",
        _ => "支出合计",
    }
}

/// A rate the sentence names on the 财政拨款 alone, judged on the 财政拨款 figures its line gives — never on
/// the whole funds, whose rate is another figure.
fn judge_on_fiscal_funds(rate: &StatedRate, name: &str, fiscal: &Rate) -> Judged {
    let how = format!("{name}{}=（财政拨款支出{}万元/财政拨款预算{}万元）×100%", percent_text(fiscal), trim(fiscal.numerator), trim(fiscal.denominator));
    match compare(rate.value, rate.decimals, fiscal) {
        Some(Match::Rounded) => Judged::new(Verdict::Ok, format!("按报告所述财政拨款口径相符：{how}")),
        Some(Match::Truncated(cut)) => Judged::new(Verdict::Ok, format!("按报告所述财政拨款口径相符：{how}")).noted([cut.note(&rate.written)]),
        _ => {
            let right = as_written(rate.decimals, fiscal).unwrap_or_else(|| percent_text(fiscal));
            let difference = fiscal.percent_value().and_then(|v| rate.value.minus(v)).map(|d| d.abs()).unwrap_or_default();
            Judged::new(Verdict::Mismatch, format!("报告写{name}{}，按其所述财政拨款口径应为{right}：{how}", rate.written))
                .noted([format!("相差{}个百分点", trim(round2(difference)))])
                .off(difference.divided_by(Decimal::ONE_HUNDRED).unwrap_or_default(), format!("{name}写{}，应为{right}", rate.written))
        }
    }
}

/// Whether a rate that differs from the default 口径 states a basis of its own: the sentence restricts it
/// (“剔除…后”, “如不含…”), or its formula gives the stated value with figures that are not merely the
/// right ones upside down. Such a rate is judged on that basis, or not at all.
fn on_its_own_basis(rate: &StatedRate, formula: &Option<(&Rate, Option<Match>)>, exact: &Rate) -> bool {
    let misbuilt = formula.as_ref().is_some_and(|(f, _)| inverted(f, exact) || over_this_year(rate.id, f, exact));
    rate.qualified || (formula_holds(formula) && !misbuilt)
}

/// Whether a rate is the 预算控制率 without policy additions, stated without a formula of its own, where the
/// text gives the policy additions (in a figure, or as all of the 年中追加).
fn adjusted_on_a_known_policy(rate: &StatedRate, basis: &Basis) -> bool {
    rate.id == IndicatorId::BudgetControlAdjusted && rate.formula.is_none() && !basis.get("budget.policy_additions").is_empty()
}

/// A rate on its own basis: right where another 口径 gives it, or where its own formula does on a basis
/// the sentence names; otherwise, with a formula that holds but no named basis, its figures differ from
/// the text's (a finding); and with neither, nothing to check it against.
fn judge_on_its_basis(rate: &StatedRate, name: &str, formula: &Option<(&Rate, Option<Match>)>, basis: &Basis) -> Judged {
    // An execution rate over the 年初预算 is a known slip, not a 口径 a report may choose unsaid.
    let chosen = rate.qualified || rate.basis_named || rate.id != IndicatorId::BudgetExecution;
    let under = if chosen { holds_under(rate, basis) } else { vec![] };
    if let Some(how) = under.first() {
        let how = how.split_once("，报告的").map_or(how.as_str(), |(how, _)| how);
        return Judged::new(Verdict::Ok, format!("按报告所述口径相符：{how}"));
    }
    match formula {
        // Its own arithmetic is wrong, whatever its basis.
        Some((computed, _)) if !formula_holds(formula) => {
            let text = correction(rate.decimals, computed);
            Judged::new(Verdict::Mismatch, format!("报告写{name}{}，按其公式中的数字应为{text}", rate.written))
                .off(points_off(rate.value, computed), format!("{name}写{}，公式算得{text}", rate.written))
        }
        Some((computed, _)) if formula_holds(formula) && rate.qualified => {
            Judged::new(Verdict::Ok, format!("与报告公式中的数字相符：{name}{}", percent_text(computed)))
                .noted(["报告写明该比率的计算口径，只核对了其公式的计算".to_string()])
        }
        Some((used, _)) if formula_holds(formula) => {
            // “预算完成率：（全年支出…/全年预算数…）×100%”: a rate named after another 口径 whose formula is
            // the usual one, borne out by the text's figures — right as written.
            if let Some(usual) = basis.indicator(rate.id).filter(|i| matches!(&i.value, Value::Rate(r) if matches!(compare(rate.value, rate.decimals, r), Some(Match::Rounded)))) {
                return Judged::new(Verdict::Ok, format!("与报告数字相符：{}", usual.sentence));
            }
            let computed = percent_text(used);
            // “全年执行数÷全年预算数=11,478,000.00÷…”, 11,478,000.00 being the year's income: not its spending.
            let income = rate.id == IndicatorId::BudgetExecution && basis.is_income_over_budget(used);
            let notes = income.then(|| "公式的分子是全年收入，不是全年支出（执行数）".to_string());
            let right = basis.indicator(rate.id).and_then(|i| match &i.value {
                Value::Rate(exact) => Some((as_written(rate.decimals, exact).unwrap_or_else(|| i.text.clone()), i.sentence.clone())),
                _ => None,
            });
            let detail = format!("报告写{name}{}，其公式算得{computed}，但公式中的数字与文中其他处写明的数字不一致", rate.written);
            match right {
                Some((right, sentence)) => Judged::new(Verdict::Mismatch, format!("{detail}；按报告其他处的数字应为{right}：{sentence}"))
                    .noted(notes)
                    .noted(over_the_annual_budget(rate.id, used, basis))
                    .off(Decimal::ZERO, format!("{name}写{}，应为{right}", rate.written)),
                None => Judged::new(Verdict::Mismatch, detail).noted(notes).off(Decimal::ZERO, format!("{name}公式中的数字与文中其他处不一致")),
            }
        }
        _ => Judged::new(Verdict::Unverifiable, format!("报告按其写明的口径计算{name}{}，文中缺少按该口径核对所需的数字", rate.written)),
    }
}

/// “预算控制率=年中追加/全年预算数”: a control rate whose formula divides by the year's whole budget, not by
/// the 年初预算 it is defined on.
fn over_the_annual_budget(id: IndicatorId, computed: &Rate, basis: &Basis) -> Option<String> {
    let annual = basis.totals.annual_budget?;
    let over_annual = computed.denominator == annual || annual.times(Decimal::ONE_HUNDRED) == Some(computed.denominator);
    (matches!(id, IndicatorId::BudgetControl | IndicatorId::BudgetControlAdjusted) && over_annual)
        .then(|| "报告公式以全年预算数为分母；预算控制率应以年初预算数为分母".to_string())
}

/// A change on last year (增长/下降 x%) against the amounts its clause gives.
pub fn judge_growth(growth: &super::growth::Growth) -> Judged {
    let computed = percent_text(&growth.rate);
    let shown = Shown::of("万元", growth.in_yuan, [growth.change, growth.last_year]);
    let formula = format!("（变动额{}/{}{}）×100%", shown.text(growth.change), growth.base, shown.text(growth.last_year));
    match compare(growth.value, growth.decimals, &growth.rate) {
        Some(Match::Rounded) => Judged::new(Verdict::Ok, format!("与报告数字相符：变动率{computed}={formula}")).noted(fall_written_as_rise(growth)),
        Some(Match::Truncated(cut)) => Judged::new(Verdict::Ok, format!("与报告数字相符：变动率{computed}={formula}")).noted([cut.note(&growth.written)]),
        Some(Match::Differs) => {
            // In the report's own words, with its direction: “应为增长4.12%”, not a bare “应为4.12%” beside “下降4.12%”.
            let right = correction(growth.decimals, &growth.rate);
            let said = right.strip_prefix('-').map_or_else(|| format!("增长{right}"), |fall| format!("下降{fall}"));
            Judged::new(Verdict::Mismatch, format!("报告写{}，按其数字应为{said}：变动率{computed}={formula}", growth.written))
                .noted(reversed(growth))
                .noted(stated_over_this_year(growth.value, growth.decimals, &growth.rate))
                .off(points_off(growth.value, &growth.rate), format!("写{}，应为{said}", growth.written))
        }
        None => Judged::new(Verdict::Unverifiable, format!("{}数为0，无法核对{}", growth.base, growth.written)),
    }
}

/// A change judged again with this year's amount taken as the sum of its parts (the stated total being
/// wrong): holds, with a note, where that gives the stated rate.
pub fn judge_growth_on_parts(growth: &super::growth::Growth, parts: Decimal) -> Option<Judged> {
    let this_year = growth.last_year.plus(growth.change)?;
    let rate = Rate::new(parts.minus(growth.last_year)?, growth.last_year)?;
    let holds = matches!(compare(growth.value, growth.decimals, &rate), Some(Match::Rounded | Match::Truncated(_)));
    let shown = Shown::of("万元", growth.in_yuan, [parts, this_year]);
    holds.then(|| {
        Judged::new(Verdict::Ok, format!("按本年各部分之和{}计算，{}相符", shown.text(parts), growth.written))
            .noted([format!("本年合计写{}，与其各部分之和不符，已在其处标出", shown.text(this_year))])
    })
}

/// “增长-3.27%”: right in figure, plainer as “下降3.27%”.
fn fall_written_as_rise(growth: &super::growth::Growth) -> Option<String> {
    let fall = growth.written.strip_suffix('%')?.rsplit_once('-')?.1;
    (growth.value.is_sign_negative() && !growth.written.starts_with("变动")).then(|| format!("报告写{}，数字无误，可写作“下降{fall}%”", growth.written))
}

/// A change written in the wrong direction (减少 for a rise, 增长 for a fall) says so: the figure alone
/// may be right.
fn reversed(growth: &super::growth::Growth) -> Option<String> {
    let opposite = !growth.value.is_zero() && !growth.change.is_zero() && growth.value.is_sign_negative() != growth.change.is_sign_negative();
    let (base, now) = if growth.base == "上年" { ("上年", "本年") } else { (growth.base, "调整后") };
    opposite.then(|| if growth.change.is_sign_negative() { format!("报告写为增加，按{base}和{now}的数字实为减少") } else { format!("报告写为减少，按{base}和{now}的数字实为增加") })
}

/// The right rate to as many decimals as the report writes, where it writes other than two (97.8%, not
/// 97.85%, in a report that prints rates to one decimal; 96.8361%, not 96.84%, in one that prints four):
/// the correction it can use as it stands.
fn as_written(decimals: u32, exact: &Rate) -> Option<String> {
    (decimals == 1 || (3..=6).contains(&decimals)).then_some(())?;
    let mut value = exact.percent_value()?.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    value.rescale(decimals);
    Some(format!("{value}%"))
}

/// A right rate as a correction: to the decimals the report writes it with (see [`as_written`]), else to two.
fn correction(decimals: u32, exact: &Rate) -> String {
    as_written(decimals, exact).unwrap_or_else(|| percent_text(exact))
}

/// Whether the report's formula gives the value it states.
fn formula_holds(formula: &Option<(&Rate, Option<Match>)>) -> bool {
    matches!(formula, Some((_, Some(Match::Rounded | Match::Truncated(_)))))
}

/// The stated totals a rate is computed from: where the text states one with two values, a formula that
/// uses the other is not wrong for that.
fn totals_of(id: IndicatorId) -> &'static [&'static str] {
    match id {
        IndicatorId::BudgetExecution | IndicatorId::CarryoverRate => &["spend", "annual_budget"],
        IndicatorId::StaffControl => &["staff", "quota"],
        _ => &[],
    }
}

/// Whether the formula is the right rate upside down (预算÷实际 for 实际÷预算): the same figures, swapped.
fn inverted(formula: &Rate, right: &Rate) -> bool {
    let across = formula.numerator.times(right.numerator);
    let along = formula.denominator.times(right.denominator);
    across.is_some() && across == along
}

/// A rate whose formula, the text's only word on its figures, names the budget over the actual: the right
/// rate is its figures the other way up.
fn judge_upside_down(rate: &StatedRate, name: &str, computed: &Rate) -> Judged {
    let Some(right) = Rate::new(computed.denominator, computed.numerator) else {
        return Judged::new(Verdict::Unverifiable, format!("报告公式的分母为0，无法核对{name}{}", rate.written));
    };
    let text = correction(rate.decimals, &right);
    Judged::new(Verdict::Mismatch, format!("报告写{name}{}，其公式的文字以预算（编制）数作分子、实际数作分母；按其公式中的数字，实际数÷预算（编制）数应为{text}", rate.written))
        .noted(["报告公式把分子和分母颠倒了".to_string()])
        .off(points_off(rate.value, &right), format!("{name}写{}，应为{text}", rate.written))
}

/// A change whose formula, the text's only word on its figures, divides by this year's figure: the right
/// rate over last year's, from the formula's own figures.
fn judge_over_this_year(rate: &StatedRate, name: &str) -> Judged {
    let right = rate.over_minuend.and_then(|(this, last)| Rate::new(this.minus(last)?, last));
    let Some(right) = right else {
        return Judged::new(Verdict::Unverifiable, format!("上年数为0，无法核对{name}{}", rate.written));
    };
    let text = correction(rate.decimals, &right);
    Judged::new(Verdict::Mismatch, format!("报告写{name}{}，其公式以本年数为分母；变动率应以上年数为分母，按其公式中的数字应为{text}", rate.written))
        .off(points_off(rate.value, &right), format!("{name}写{}，应为{text}", rate.written))
}

/// Whether a change's formula divides by this year's figure, not last year's: （本年−上年）÷本年 is the right
/// change r = a/b (over last year) turned into r/(1+r) = a/(a+b).
fn over_this_year(id: IndicatorId, formula: &Rate, right: &Rate) -> bool {
    let (a, b) = (right.numerator, right.denominator);
    let across = a.plus(b).and_then(|sum| formula.numerator.times(sum));
    let along = formula.denominator.times(a);
    id == IndicatorId::SangongChange && !a.is_zero() && across.is_some() && across == along
}

/// A change stated without its formula whose value is what dividing by this year's figure gives: said,
/// since the cause shows the way to the right value.
fn stated_over_this_year(value: Decimal, decimals: u32, right: &Rate) -> Option<String> {
    let sum = right.numerator.plus(right.denominator)?;
    let over_this_year = Rate::new(right.numerator, sum)?;
    let matches = matches!(compare(value, decimals, &over_this_year), Some(Match::Rounded | Match::Truncated(_)));
    (!right.numerator.is_zero() && matches).then(|| "报告似以本年数为分母计算；变动率应以上年数为分母".to_string())
}

/// A rate stated as a bound (“达到95%以上”, “控制在100%以内”, “约95%”): does the exact rate keep it?
fn judge_bound(rate: &StatedRate, name: &str, exact: &Rate, sentence: &str) -> Judged {
    let order = exact.cmp_percent(rate.value);
    let distance = exact.percent_value().and_then(|v| v.minus(rate.value)).map(|d| d.abs());
    let (kept, words) = match rate.bound {
        Bound::AtLeast => (order.is_some_and(|o| o.is_ge()), "以上"),
        Bound::AtMost => (order.is_some_and(|o| o.is_le()), "以内"),
        _ => (distance.is_some_and(|d| d <= Decimal::ONE), "左右"),
    };
    let said = format!("{name}{}{words}", rate.written);
    if kept {
        return Judged::new(Verdict::Ok, format!("与报告数字相符（{said}）：{sentence}"));
    }
    let right = percent_text(exact);
    Judged::new(Verdict::Mismatch, format!("报告写{said}，按报告自身数字为{right}：{sentence}"))
        .off(points_off(rate.value, exact), format!("{said}，实为{right}"))
}

/// “缺少预算安排公用经费总额”, from the indicator's 不适用 sentence.
fn missing(sentence: &str) -> String {
    let reason = sentence.split_once('：').map_or(sentence, |(_, r)| r).trim_end_matches('。');
    // The page asks its clerk to mark the 重点 projects; a report's reader lacks their budget.
    let reason = reason.replace(NO_KEY_MARKS, "重点项目预算");
    if reason.starts_with("缺少") {
        reason.to_string()
    } else {
        format!("缺少计算所需的数字（{reason}）")
    }
}

fn points_off(stated: Decimal, rate: &Rate) -> Decimal {
    rate.percent_value()
        .and_then(|v| stated.minus(v))
        .and_then(|d| d.abs().divided_by(Decimal::ONE_HUNDRED))
        .unwrap_or_default()
}

/// A right rate above its limit (超编, 超支) still loses points: say so.
fn over_limit(rate: &StatedRate, exact: &Rate) -> Vec<String> {
    let over = rate.id.limit() == Some(Decimal::ONE_HUNDRED) && exact.exceeds_one();
    over.then(|| format!("{}超过100%，按评分规则不应得满分", shown(rate))).into_iter().collect()
}

/// The 口径 (or reading of the figures) under which a mismatched claim would hold, if any.
fn holds_under(rate: &StatedRate, basis: &Basis) -> Vec<String> {
    let mut tries: Vec<(String, &str, String, IndicatorId)> = Vec::new();
    match rate.id {
        IndicatorId::BudgetExecution => {
            // The 湖南 form subtracts the 年末结余: with none stated it would only restate the funds gap.
            let hunan = (!basis.get("spend.closing_balance").is_empty()).then_some(ExecutionDenominator::HunanCompletion);
            for denominator in [ExecutionDenominator::Annual, ExecutionDenominator::Initial].into_iter().chain(hunan) {
                tries.push((format!("按“{}”口径", denominator.label()), "method.execution_denominator", denominator.id().into(), rate.id));
            }
        }
        IndicatorId::BudgetControl if basis.get("budget.policy_additions").is_empty() && !basis.get("budget.additions").is_empty() => {
            let additions = basis.get("budget.additions").to_string();
            tries.push((
                format!("仅在把年中追加{additions}万元全部作为政策性追加剔除后（调整后的预算控制率）"),
                "budget.policy_additions",
                additions,
                IndicatorId::BudgetControlAdjusted,
            ));
        }
        IndicatorId::BudgetControl if !basis.get("budget.policy_additions").is_empty() => {
            tries.push(("剔除政策性追加后".to_string(), "method.rounding", "half_up_2".into(), IndicatorId::BudgetControlAdjusted));
        }
        // “（年中追加+调减）÷年初预算”: the gross rate, policy additions not taken out.
        IndicatorId::BudgetAdjustment if !basis.get("budget.policy_additions").is_empty() => {
            tries.push(("不剔除政策性追加".to_string(), "budget.policy_additions", "0".into(), rate.id));
        }
        IndicatorId::SangongChange => {
            tries.push((format!("按“{}”口径", SangongBasis::Actual.label()), "method.sangong_basis", SangongBasis::Actual.id().into(), rate.id));
        }
        IndicatorId::StaffControl => {
            tries.push((format!("按“{}”口径", StaffScope::WithoutWorker.label()), "method.staff_scope", StaffScope::WithoutWorker.id().into(), rate.id));
        }
        _ => {}
    }
    tries
        .into_iter()
        .filter_map(|(how, field, value, id)| {
            let indicator = basis.indicator_with(id, field, &value)?;
            let Value::Rate(exact) = &indicator.value else { return None };
            matches!(compare(rate.value, rate.decimals, exact), Some(Match::Rounded | Match::Truncated(_)))
                .then(|| format!("{how}计算为{}，报告的{}才成立", indicator.text, rate.written))
        })
        .collect()
}

/// A total's Chinese name and unit.
pub fn total_name(id: &str) -> (&'static str, &'static str) {
    match id {
        "spend" => ("支出合计", "万元"),
        "basic" => ("基本支出", "万元"),
        "projects" => ("项目支出", "万元"),
        "annual_budget" => ("全年预算数", "万元"),
        "adjusted_budget" => ("调整后预算", "万元"),
        "income" => ("收入合计", "万元"),
        "public" => ("公用经费", "万元"),
        "personnel" => ("人员经费", "万元"),
        "initial" => ("年初预算", "万元"),
        "sangong" => ("“三公”经费", "万元"),
        "staff" => ("在职人数", "人"),
        _ => ("编制数", "人"),
    }
}

/// One part of a total: its name, its value if stated, and whether it is taken away (年中调减).
struct Piece {
    name: String,
    value: Option<Decimal>,
    minus: bool,
    /// Where the text states it, for a part read as a figure of its own.
    at: Option<usize>,
}

/// Judges a total the report states against the parts it lists, or else against the parts of the data
/// contract it states anywhere; `None` where the text gives too little to make it a claim.
/// A total restated without parts (“全年项目支出487.12万元” in the 问题 part) beside the figure that its parts
/// make elsewhere in the report: the restatement is the slip.
pub fn judge_restated(total: &StatedTotal, confirmed: Decimal, text: &str, found: &Recognised) -> Judged {
    let (name, unit) = total_name(total.id);
    let in_yuan = found.written_in_yuan(text, &total.stated);
    let difference = total.stated.value.minus(confirmed).map(|d| d.abs()).unwrap_or_default();
    let shown = Shown::of(unit, in_yuan, [total.stated.value, confirmed, difference]);
    let (stated, right) = (shown.text(total.stated.value), shown.text(confirmed));
    let share = difference.divided_by(total.stated.value.abs().max(Decimal::ONE)).unwrap_or_default();
    Judged::new(Verdict::Mismatch, format!("报告此处写{name}{stated}，文中另处写{name}{right}（与报告其他数字相合：各部分之和或支出合计），相差{}", shown.text(difference)))
        .off(share, format!("{name}写{stated}，另处为{right}"))
}

pub fn judge_total(total: &StatedTotal, text: &str, found: &Recognised) -> Option<Judged> {
    let judged = judge_total_on_parts(total, text, found)?;
    // “实有在职58人” again, after “在职人员58人，其中员额检察官21人、…” added up: the parts listed there are its
    // parts too, though the data's own kinds (行政 / 事业 / 工勤) are not all stated.
    let listed_elsewhere = || {
        found.totals.iter().filter(|t| t.id == total.id && t.stated.value == total.stated.value && t.stated.start != total.stated.start).find_map(|t| {
            let parts = t.parts.as_ref().filter(|p| p.items.len() >= 2)?;
            (parts.sum() == Some(t.stated.value)).then(|| judge_total_on_parts(t, text, found)).flatten()
        })
    };
    match judged.verdict {
        Verdict::Unverifiable if total.parts.is_none() => Some(listed_elsewhere().or_else(|| funds_of_income(total, text, found)).unwrap_or(judged)),
        _ => Some(judged),
    }
}

/// “本年收入500万元，其中财政拨款…、事业收入…；加上年结转20万元，全年可用资金520万元”: the year's funds told
/// as its income and what last year carried over, with no 年初预算 or 追加 — the income holds the budget's
/// appropriation and the unit's other income alike, so its total and the carry-over make the year's funds.
/// Only a sum that makes the stated figure settles it (an income may be another year's or a part only).
fn funds_of_income(total: &StatedTotal, text: &str, found: &Recognised) -> Option<Judged> {
    let budget_named = ["budget.initial", "budget.additions"].iter().any(|id| found.value(id).is_some());
    let (income, carryover) = (found.total("income")?, found.value("budget.carryover")?);
    let sum = income.plus(carryover)?.minus(found.value("budget.reductions").unwrap_or_default())?;
    if total.id != "annual_budget" || budget_named || sum != total.stated.value {
        return None;
    }
    let (name, unit) = total_name(total.id);
    let in_yuan = found.written_in_yuan(text, &total.stated);
    let shown = Shown::of(unit, in_yuan, [total.stated.value, income, carryover]);
    let stated = as_stated(shown, in_yuan, total.stated.value);
    let pieces = [("本年收入", income, false), ("上年结转", carryover, false)].map(|(name, value, minus)| Piece { name: name.into(), value: Some(value), minus, at: None });
    let mut present: Vec<&Piece> = pieces.iter().collect();
    let reduced = found.value("budget.reductions").map(|value| Piece { name: "年中调减".into(), value: Some(value), minus: true, at: None });
    present.extend(reduced.as_ref());
    Some(Judged::new(Verdict::Ok, format!("{name}{stated}={}，相符", equation(&present, shown, None))))
}

fn judge_total_on_parts(total: &StatedTotal, text: &str, found: &Recognised) -> Option<Judged> {
    let (name, unit) = total_name(total.id);
    // “基本支出…⏎其中：人员经费…⏎日常公用经费…”: one part read of a list that went on row by row.
    let rows = total.parts.as_ref().filter(|p| p.items.len() == 1 && !p.partial).and_then(|_| rows_below(total, text, found));
    let by_rows = rows.is_some();
    let (pieces, partial, listed) = match &total.parts {
        _ if rows.is_some() => (rows.unwrap_or_default(), false, true),
        Some(parts) => {
            let pieces = parts.items.iter().map(|p| {
                let name = &text[p.name.clone()];
                // “…组成，并扣减了年中收回的5万元”: a part taken back is taken away.
                let minus = ["调减", "压减", "核减", "减少", "扣减", "收回"].iter().any(|w| name.contains(w));
                Piece { name: if minus { taken_away(name) } else { name }.to_string(), value: Some(p.value), minus, at: None }
            });
            (pieces.collect::<Vec<_>>(), parts.partial, true)
        }
        None => (contract_parts(total.id, found), false, false),
    };
    let present: Vec<&Piece> = pieces.iter().filter(|p| p.value.is_some()).collect();
    let absent: Vec<&Piece> = pieces.iter().filter(|p| p.value.is_none()).collect();
    // Where each present part's name stands, for a list read from the text.
    let listed_at: Vec<usize> = match &total.parts {
        Some(parts) if !by_rows => parts.items.iter().map(|p| p.name.start).collect(),
        _ => vec![],
    };
    if present.is_empty() {
        return None;
    }
    let mut sum = Some(Decimal::ZERO);
    for piece in &present {
        sum = match (sum, piece.value) {
            (Some(s), Some(v)) if piece.minus => s.minus(v),
            (Some(s), Some(v)) => s.plus(v),
            _ => None,
        };
    }
    let sum = sum?;
    let difference = total.stated.value.minus(sum).map(|d| d.abs()).unwrap_or_default();
    let figures = [total.stated.value, sum, difference].into_iter().chain(present.iter().filter_map(|p| p.value));
    let in_yuan = found.written_in_yuan(text, &total.stated);
    let shown = Shown::of(unit, in_yuan, figures);
    let stated = as_stated(shown, in_yuan, total.stated.value);
    let formula = equation(&present, shown, None);
    if sum == total.stated.value {
        return Some(Judged::new(Verdict::Ok, format!("{name}{stated}={formula}，相符")));
    }
    if let Some((written, _, _)) = found.as_written(text, &total.stated).filter(|_| found.rounds_to(text, &total.stated, sum)) {
        return Some(
            Judged::new(Verdict::Ok, format!("{name}{written}={formula}，相符"))
                .noted([format!("各项之和为{}，{written}是其按所写位数舍入的数字", shown.text(sum))]),
        );
    }
    if let Some(judged) = carried_from_the_adjusted_slip(total, text, found, sum, shown, &format!("{name}{stated}")) {
        return Some(judged);
    }
    let more = sum > total.stated.value;
    let list_ends_after = |k: usize| Some(text.get(*listed_at.get(k)?..*listed_at.get(k + 1)?)?.contains([';', '。']));
    if let Some(judged) = ran_past_its_end(&present, total.stated.value, listed && more, shown, &format!("{name}{stated}"), list_ends_after) {
        return Some(judged);
    }
    // Some parts only (“主要为…等”, or one part after “其中”): only a sum above the total is wrong — or one
    // just short of it by two digits of one part swapped, the gap no unlisted part leaves.
    if (partial || (listed && present.len() == 1)) && !more {
        return transposed_part(&present, difference, total.stated.value).map(|(part, written, meant)| {
            let share = difference.divided_by(total.stated.value.abs().max(Decimal::ONE)).unwrap_or_default();
            let sum_text = shown.text(sum);
            Judged::new(Verdict::Mismatch, format!("报告写{name}{stated}，所列各项之和为{sum_text}（{formula}），相差{}", shown.text(difference)))
                .noted([format!("{part}写{}，若为{}（两位数字对调）则正合{stated}", shown.text(written), shown.text(meant))])
                .off(share, format!("{name}写{stated}，各项之和为{sum_text}"))
        });
    }
    // Parts the books confirm (spending and balance make their sum) leave nothing unread to explain a gap.
    let confirmed = (total.id == "annual_budget" && !listed && super::recompute::balances_on(found, sum))
        || summed_where_listed(&present, &total.stated, text);
    let could_explain: Vec<&str> = absent.iter().filter(|p| p.minus == more && !confirmed).map(|p| p.name.as_str()).collect();
    // “调整后预算X万元” with no adjustment stated: the figure says what the budget became, not of what —
    // there is no sum to check, and no claim.
    let adjusted = total.id == "annual_budget" && !listed && text.get(total.stated.start..total.stated.end).is_some_and(|label| label.contains("调整"));
    if !could_explain.is_empty() {
        return (present.len() >= 2 && !adjusted).then(|| {
            Judged::new(
                Verdict::Unverifiable,
                format!("缺少{}，无法核对：报告写{name}{stated}，文中写明的各项之和为{}（{formula}）", could_explain.join("、"), shown.text(sum)),
            )
        });
    }
    if let Some((part, written, implied)) = implied_part(&present, sum, total, found) {
        let corrected = equation(&present, shown, Some((&part, implied, "本合计减其他各项")));
        return Some(Judged::new(Verdict::Ok, format!("{name}{stated}={corrected}，相符")).noted([format!(
            "{part}写{}，与本合计及其他各项不合，已在该处标出；本合计按{}（本合计减其他各项）相符，{}也按此相符",
            shown.text(written),
            shown.text(implied),
            found.settled.iter().find(|s| s.by == total.id && s.implied() && s.others.contains(&written)).map(|s| s.implied_rates()).unwrap_or_default()
        )]));
    }
    if let Some((part, written, own_sum)) = slip_of_a_part(&present, sum, total.stated.value, text, found) {
        let corrected = equation(&present, shown, Some((&part, own_sum, "按其各项之和")));
        return Some(Judged::new(Verdict::Ok, format!("{name}{stated}={corrected}，相符")).noted([format!(
            "{part}写{}，与其所列各项之和{}不符，已在该处标出；本合计按其各项之和相符",
            shown.text(written),
            shown.text(own_sum)
        )]));
    }
    let share = difference.divided_by(total.stated.value.abs().max(Decimal::ONE)).unwrap_or_default();
    let sum_text = shown.text(sum);
    let said = if partial {
        format!("报告写{name}{stated}，所列部分项目之和已达{sum_text}（{formula}），超过合计")
    } else {
        format!("报告写{name}{stated}，所列各项之和为{sum_text}（{formula}）")
    };
    Some(
        Judged::new(Verdict::Mismatch, format!("{said}，相差{}", shown.text(difference)))
        .off(share, format!("{name}写{stated}，各项之和为{sum_text}")),
    )
}

/// “调整预算数为…（a slip），加上上年结转…，全年可用资金…”: a year's budget that is exactly the stated 调整后预算
/// and the carry-over follows that figure — its slip is marked where it stands, and said here once, not as a
/// second mistake. Only where the 调整后预算 is itself marked 不符: else the gap is this total's own.
fn carried_from_the_adjusted_slip(total: &StatedTotal, text: &str, found: &Recognised, sum: Decimal, shown: Shown, stated: &str) -> Option<Judged> {
    if total.id != "annual_budget" {
        return None;
    }
    let adjusted_total = found.totals.iter().find(|t| t.id == "adjusted_budget")?;
    if judge_total_on_parts(adjusted_total, text, found).map(|j| j.verdict) != Some(Verdict::Mismatch) {
        return None;
    }
    let adjusted = adjusted_total.stated.value;
    let carryover = found.value("budget.carryover")?;
    (adjusted.plus(carryover)? == total.stated.value).then(|| {
        Judged::new(Verdict::KnockOn, format!("{stated}=上年结转{}+调整后预算{}，随之有误：按各项之和应为{}", shown.text(carryover), shown.text(adjusted), shown.text(sum))).noted([
            format!("调整后预算写{}，与其各项之和不符，已在该处标出；本数随之有误，不另计为一处不符", shown.text(adjusted)),
        ])
    })
}

/// The one part (of two or more) whose two neighbouring digits swapped (“11.58” for “11.85”) would close a
/// gap of at most 1% below the total exactly: its name, its written value and the value it would then be.
fn transposed_part(present: &[&Piece], gap: Decimal, total: Decimal) -> Option<(String, Decimal, Decimal)> {
    let small = gap.checked_mul(Decimal::ONE_HUNDRED).is_some_and(|g| g <= total.abs());
    if present.len() < 2 || gap.is_zero() || !small || present.iter().any(|p| p.minus) {
        return None;
    }
    let mut found = present.iter().filter_map(|p| Some((p, p.value?))).flat_map(|(p, value)| {
        swapped(value).into_iter().filter(move |meant| meant.minus(value) == Some(gap)).map(move |meant| (p.name.clone(), value, meant))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// A figure with each pair of neighbouring digits swapped, in turn (“11.58”: 11.58, 15.18, 11.85).
pub(super) fn swapped(value: Decimal) -> Vec<Decimal> {
    let written: Vec<char> = value.to_string().chars().collect();
    let digits: Vec<usize> = (0..written.len()).filter(|&i| written[i].is_ascii_digit()).collect();
    digits
        .windows(2)
        .filter(|pair| written[pair[0]] != written[pair[1]])
        .filter_map(|pair| {
            let mut other = written.clone();
            other.swap(pair[0], pair[1]);
            other.iter().collect::<String>().parse().ok()
        })
        .collect()
}

/// “核定行政编制12名、事业编制15名，编制数合计29名”: a 合计 that closes the very sentence listing its parts
/// sums those parts — it leaves no part unsaid that could explain a gap.
fn summed_where_listed(present: &[&Piece], total: &Stated, text: &str) -> bool {
    let Some(at) = present.iter().map(|p| p.at.filter(|&at| at < total.start)).collect::<Option<Vec<usize>>>() else { return false };
    let (Some(&first_part), Some(&last_part)) = (at.iter().min(), at.iter().max()) else { return false };
    // Every part in the total's sentence: no sentence ends between the first and the total (read forward from
    // the part, not back from the total to the sentence's start, which on a line run on for a whole report
    // would be read again for every total).
    if text.get(first_part..total.start).is_none_or(|between| between.contains(super::SENTENCE_ENDS)) {
        return false;
    }
    // The stated total's span starts at its label (“编制数合计”).
    let closing = text.get(last_part..total.end).unwrap_or_default();
    present.len() >= 2 && ["合计", "总计", "共计"].iter().any(|w| closing.contains(w))
}

/// A list whose first items (two or more) make the total exactly, and whose later ones take it past: the
/// reading may have run past the list's end into the next subject's figures — not a slip to report; and
/// where a “;” or “。” ends the list right there (`list_ends_after` the k-th part), the total is theirs.
fn ran_past_its_end(present: &[&Piece], total: Decimal, over: bool, shown: Shown, said: &str, list_ends_after: impl Fn(usize) -> Option<bool>) -> Option<Judged> {
    if !over || present.iter().any(|p| p.minus) {
        return None;
    }
    let mut sum = Decimal::ZERO;
    for (k, piece) in present.iter().enumerate() {
        sum = sum.plus(piece.value?)?;
        if sum == total && k >= 1 && k + 1 < present.len() {
            let matched = || Judged::new(Verdict::Ok, format!("{said}={}，相符", equation(&present[..=k], shown, None)));
            if list_ends_after(k) == Some(true) {
                return Some(matched());
            }
            let rest: Vec<&str> = present[k + 1..].iter().map(|p| p.name.as_str()).collect();
            // “…当年拨付182万元，其余78万元结转下年”: what is left of the last item, unspent, is no item of it.
            if rest.iter().all(|name| unspent(name)) {
                return Some(matched().noted([format!("其后的{}是未支出的余额，不计入", rest.join("、"))]));
            }
            return Some(Judged::new(
                Verdict::Unverifiable,
                format!("报告写{said}，所列前{}项之和恰为{}；其后的{}可能不属于这一合计，无法核对", k + 1, shown.text(sum), rest.join("、")),
            ));
        }
    }
    None
}

/// Whether a part's name says it is money left unspent (其余, 剩余, 余款, 结余), not a part spent.
fn unspent(name: &str) -> bool {
    ["其余", "剩余", "余款", "结余"].iter().any(|w| name.contains(w))
}

/// “组成，并扣减了年中收回的”: what a part taken away is called — the words of its own clause after the verb
/// that takes it away (“年中收回”).
fn taken_away(name: &str) -> &str {
    let clause = name.rsplit(['，', ',']).next().unwrap_or(name);
    let named = ["扣减了", "扣减", "减去"].iter().find_map(|w| clause.split_once(w).map(|(_, rest)| rest)).unwrap_or(clause);
    let named = named.trim_end_matches('的');
    if named.is_empty() { name } else { named }
}

/// “基本支出…+项目支出…−年中调减…”: the parts as an equation's right side; `corrected`, a part shown by
/// its own parts' sum instead of as written.
fn equation(present: &[&Piece], shown: Shown, corrected: Option<(&str, Decimal, &str)>) -> String {
    let mut out = String::new();
    for (i, piece) in present.iter().enumerate() {
        let sign = match (i, piece.minus) {
            (_, true) => "−",
            (0, false) => "",
            _ => "+",
        };
        let value = match corrected {
            Some((name, value, how)) if name == piece.name => format!("{}（{how}）", shown.text(value)),
            _ => piece.value.map(|v| shown.text(v)).unwrap_or_default(),
        };
        out.push_str(&format!("{sign}{}{value}", piece.name));
    }
    out
}

/// The part of this total settled on what the total less its other parts leaves (see `part_slip`): its
/// name, its value as written and the value implied.
fn implied_part(present: &[&Piece], sum: Decimal, total: &StatedTotal, found: &Recognised) -> Option<(String, Decimal, Decimal)> {
    found.settled.iter().filter(|s| s.by == total.id && s.implied()).find_map(|settled| {
        let implied = found.value(settled.id)?;
        let piece = present.iter().find(|p| !p.minus && p.value.is_some_and(|v| settled.others.contains(&v)) && p.name.contains(&label_of(settled.id)))?;
        let written = piece.value?;
        (sum.minus(written)?.plus(implied)? == total.stated.value).then(|| (piece.name.clone(), written, implied))
    })
}

/// A part of a spending total (基本支出, 项目支出) that is itself at odds with the parts the text lists for
/// it, where its parts' sum makes the total up: the slip is that part's (and marked there), not the
/// total's. The part's name, its value as written, and its parts' sum.
fn slip_of_a_part(present: &[&Piece], sum: Decimal, stated: Decimal, text: &str, found: &Recognised) -> Option<(String, Decimal, Decimal)> {
    present.iter().find_map(|piece| {
        let written = piece.value?;
        // 公用经费 too: its items, when they close on “其他…”, are all of it (a list of some is partial).
        let id = [("基本支出", "basic"), ("项目支出", "projects"), ("公用经费", "public"), ("人员经费", "personnel")].into_iter().find(|(word, _)| piece.name.contains(word))?.1;
        let own = found.totals.iter().filter(|t| t.id == id && t.stated.value == written);
        let own_sum = own.filter_map(|t| own_parts(t, text, found)).next()?;
        let corrected = sum.minus(written)?.plus(own_sum)?;
        (own_sum != written && corrected == stated).then(|| (piece.name.clone(), written, own_sum))
    })
}

/// The sum of a total's own parts: those it lists, or — where it lists one only, as a table's “其中：人员经费”
/// row ending its line — the contract's, every one stated.
fn own_parts(total: &StatedTotal, text: &str, found: &Recognised) -> Option<Decimal> {
    match &total.parts {
        Some(parts) if parts.partial => None,
        Some(parts) if parts.items.len() == 1 => rows_below(total, text, found)?.iter().try_fold(Decimal::ZERO, |s, p| s.plus(p.value?)),
        Some(parts) => parts.sum(),
        None => None,
    }
}

/// “基本支出…⏎其中：人员经费…⏎日常公用经费…”: a total whose “其中” list is the rows right below it, one part
/// a row (its reading stops at the first row's end). The contract's parts, each stated in those rows and
/// no sentence end between: the whole list.
fn rows_below(total: &StatedTotal, text: &str, found: &Recognised) -> Option<Vec<Piece>> {
    let pieces: Vec<Piece> = contract_parts(total.id, found).into_iter().filter(|p| p.value.is_some()).collect();
    let last = pieces.iter().map(|p| p.at.filter(|&at| at > total.stated.end)).collect::<Option<Vec<usize>>>()?.into_iter().max()?;
    let between = text.get(total.stated.end..last)?;
    let rows = between.matches('\n').count();
    (total.id == "basic" && pieces.len() >= 2 && rows == pieces.len() && !between.contains('。')).then_some(pieces)
}

/// The parts of the data contract a total is made of, as the text states them anywhere.
/// The sum of a total's parts where they are complete — the parts it lists, if not only some (“主要为…”),
/// or, listing none, those of the data contract, every one of them stated — as [`judge_total`] adds them.
pub fn complete_parts_sum(total: &StatedTotal, found: &Recognised) -> Option<Decimal> {
    let values: Vec<Option<Decimal>> = match &total.parts {
        Some(parts) if parts.partial => return None,
        Some(parts) => parts.items.iter().map(|p| Some(p.value)).collect(),
        // A head count's types are those the text gives (few units have all three): 行政 and 事业 alone
        // make the whole where no 工勤 is named.
        None if matches!(total.id, "staff" | "quota") => contract_parts(total.id, found).iter().filter_map(|p| p.value).map(Some).collect(),
        None => contract_parts(total.id, found).iter().map(|p| p.value).collect(),
    };
    if values.len() < 2 {
        return None;
    }
    values.into_iter().try_fold(Decimal::ZERO, |sum, value| sum.plus(value?))
}

fn contract_parts(id: &str, found: &Recognised) -> Vec<Piece> {
    let field = |id: &str| Piece { name: label_of(id), value: found.value(id), minus: false, at: found.fields.get(id).map(|s| s.start) };
    let named = |name: &str, value: Option<Decimal>| Piece { name: name.to_string(), value, minus: false, at: None };
    match id {
        "basic" => vec![field("spend.personnel"), field("spend.public"), field("spend.basic_other")],
        "spend" => {
            let basic = found.total("basic").or_else(|| {
                let parts = ["spend.personnel", "spend.public"].map(|id| found.value(id));
                let [Some(personnel), Some(public)] = parts else { return None };
                personnel.plus(public)?.plus(found.value("spend.basic_other").unwrap_or_default())
            });
            let projects = found.total("projects").or_else(|| {
                (!found.projects.is_empty()).then(|| found.projects.iter().try_fold(Decimal::ZERO, |s, p| s.plus(p.actual))).flatten()
            });
            vec![named("基本支出", basic), named("项目支出", projects)]
        }
        "adjusted_budget" => {
            let reduced = Piece { name: "年中调减".into(), value: found.value("budget.reductions"), minus: true, at: None };
            vec![field("budget.initial"), field("budget.additions"), reduced]
        }
        // The text's own account: the 调整后预算 and the carry-over on it make the year's budget. Its parts, where
        // the 年初预算 is known, stand for it (a slip in the 调整后预算 is marked there, not here again).
        "annual_budget" if found.totals.iter().any(|t| t.id == "adjusted_budget") => {
            let adjusted = found.totals.iter().find(|t| t.id == "adjusted_budget").map(|t| t.stated.value);
            let mut pieces = vec![field("budget.carryover")];
            if found.value("budget.initial").is_some() {
                pieces.extend(contract_parts("adjusted_budget", found));
            } else {
                pieces.push(named("调整后预算", adjusted));
            }
            pieces
        }
        "annual_budget" => {
            let mut pieces = vec![field("budget.carryover"), field("budget.initial"), field("budget.additions"), field("budget.other_funds")];
            pieces.push(Piece { name: "年中调减".into(), value: found.value("budget.reductions"), minus: true, at: None });
            pieces
        }
        "staff" => ["staff.actual.admin", "staff.actual.institution", "staff.actual.worker"].map(field).into_iter().collect(),
        "quota" => ["staff.quota.admin", "staff.quota.institution", "staff.quota.worker"].map(field).into_iter().collect(),
        _ => vec![],
    }
}

/// Every value the text states for the year-end balance, the first first (several where they differ).
fn closing_balances_written(found: &Recognised) -> Vec<Decimal> {
    const CLOSING: &str = "spend.closing_balance";
    let first = found.fields.get(CLOSING).map(|s| s.value);
    let others = found.conflicts.get(CLOSING).into_iter().flatten().map(|s| s.value);
    first.into_iter().chain(others).collect()
}

/// The funds balance (全年预算数 − 支出合计 − 年末结转结余) of a stated spending figure.
pub fn judge_balance(spend: &Stated, text: &str, found: &Recognised, basis: &Basis) -> Option<Judged> {
    let rounded = exact_of_rounded_spending(spend, text, found);
    let (in_yuan, spend) = (found.written_in_yuan(text, spend), rounded.as_ref().map_or(spend.value, |(exact, _)| *exact));
    let on_exact = rounded.map(|(_, note)| note);
    let judged = balance_of(spend, in_yuan, text, found, basis)?;
    Some(judged.noted(on_exact))
}

/// “全年支出1.23亿元” where the text gives the spending exactly elsewhere (“全年支出12,294.27万元”): the figure
/// written coarser is that one rounded to its digits, and the balance is the exact one's — with a note saying
/// so. The exact value and the note.
fn exact_of_rounded_spending(spend: &Stated, text: &str, found: &Recognised) -> Option<(Decimal, String)> {
    let exact = found.totals.iter().filter(|t| t.id == "spend").map(|t| t.stated.value).find(|&exact| found.rounds_to(text, spend, exact))?;
    let (written, _, _) = found.as_written(text, spend)?;
    Some((exact, format!("{written}是支出合计{}万元按所写位数舍入的数字，资金收支按{}万元核对", trim(exact), trim(exact))))
}

/// The funds balance of the spending `spend` (in 万元; `in_yuan`: written in 元).
fn balance_of(spend: Decimal, in_yuan: bool, text: &str, found: &Recognised, basis: &Basis) -> Option<Judged> {
    let written = closing_balances_written(found);
    let income_side = IncomeSide::of(found, text, spend, &written);
    // A budget only a formula names (“执行率＝a/b×100%”) says nothing of a balance: with none written, no check.
    let only_named = !found.totals.iter().any(|t| t.id == "annual_budget") && found.named.contains_key("annual_budget");
    let unstated = found.total("annual_budget").is_none() && found.value("budget.initial").is_none() || only_named && written.is_empty() && !found.closing_named;
    let annual = if unstated { None } else { basis.totals.annual_budget };
    let Some(annual) = annual else {
        // No 全年预算数: the report's own identity on the income side is all there is to check.
        return income_side.and_then(|side| side.judged(in_yuan, None));
    };
    // Written differently in two places: the one that balances the books is taken (the other is named
    // among the figures written differently); with none balancing, neither is the year's for sure.
    let balancing = written.iter().copied().find(|c| annual.minus(spend).and_then(|rest| rest.minus(*c)).is_some_and(|gap| gap.is_zero()));
    let closing = found.value("spend.closing_balance").or(balancing);
    let gap = annual.minus(spend)?.minus(closing.unwrap_or_default())?;
    let note: Vec<String> = closing.is_none().then(|| "报告未写年末结转结余，按0计".to_string()).into_iter().collect();
    let shown = Shown::of("万元", in_yuan, [annual, spend, gap, closing.unwrap_or_default()]);
    let wan = |value: Decimal| shown.text(value);
    // The text speaks of the balance, but its figure was not read (a table of several years, say): the
    // gap may be that very figure.
    if closing.is_none() && written.len() > 1 {
        let values: Vec<String> = written.iter().map(|c| wan(*c)).collect();
        return Some(Judged::new(
            Verdict::Unverifiable,
            format!("年末结转结余在文中写法不同（{}），无法确定本年的数字，资金收支未核对（全年预算数{}−支出合计{}={}）", values.join("、"), wan(annual), wan(spend), wan(gap)),
        ));
    }
    if closing.is_none() && found.closing_named && !gap.is_zero() {
        return Some(Judged::new(
            Verdict::Unverifiable,
            format!("缺少年末结转结余：文中提到年末结转结余，但未能读出本年的数字，无法核对资金收支（全年预算数{}−支出合计{}={}）", wan(annual), wan(spend), wan(gap)),
        ));
    }
    let closing_text = format!("年末结转结余{}", wan(closing.unwrap_or_default()));
    if gap.is_zero() {
        let detail = format!("资金收支平衡：全年预算数{}=支出合计{}+{closing_text}", wan(annual), wan(spend));
        return Some(Judged::new(Verdict::Ok, detail).noted(note));
    }
    // 全年预算数 and 年初结转 + 收入 legitimately differ (funds budgeted but not received, income not budgeted):
    // a report that writes its balance on the income side is judged on that side.
    if let Some(side) = income_side.filter(|side| side.funds().is_some_and(|funds| funds != annual)) {
        let budget_gap = format!("按全年预算数{}计，支出合计与年末结转结余之和相差{}（全年预算数与年初结转结余+本年收入口径不同）", wan(annual), wan(gap.abs()));
        return side.judged(in_yuan, Some(budget_gap));
    }
    // Which side is larger, in words: a signed gap means nothing to a clerk.
    let apart = wan(gap.abs());
    let how = if gap.is_sign_positive() { format!("全年预算数比支出与结余多{apart}") } else { format!("支出与结余比全年预算数多{apart}") };
    let detail = format!("资金收支不平衡：全年预算数{}，支出合计{}+{closing_text}，{how}，差额未在报告中说明", wan(annual), wan(spend));
    let share = gap.abs().divided_by(annual.abs().max(Decimal::ONE)).unwrap_or_default();
    // What the stated balance would be if the other two are right: the figure a clerk checks first.
    let balance_would_be = closing.and_then(|_| annual.minus(spend)).map(|right| format!("若全年预算数和支出合计无误，年末结转结余应为{}", wan(right)));
    let mut judged = Judged::new(Verdict::Mismatch, detail).noted(note).noted(balance_would_be).off(share, format!("资金收支不平衡：{how}"));
    if let Some(off) = judged.off_by.as_mut() {
        off.unstated = closing.is_none();
    }
    Some(judged)
}

/// The funds identity on the income side, 年初结转结余 + 本年收入 − 支出合计 = 年末结转结余, where the text
/// states all four.
#[derive(Debug, Clone, Copy)]
struct IncomeSide {
    opening: Decimal,
    income: Decimal,
    spend: Decimal,
    /// The written year-end balance that this side gives, if any does; else the first written.
    closing: Decimal,
}

impl IncomeSide {
    fn of(found: &Recognised, text: &str, spend: Decimal, written: &[Decimal]) -> Option<Self> {
        let (opening, income) = (found.value("budget.carryover")?, found.total("income")?);
        // Only a balance carried in (年初结转结余, 年初结转) opens this identity; 上年结转 as a part of the year's
        // funds (其中上年结转…) belongs to the budget side, and may be inside the income stated.
        let carried = found.fields.get("budget.carryover")?;
        let label = text.get(carried.start..carried.end)?;
        if !label.contains("结余") && !label.contains("年初结转") {
            return None;
        }
        let right = opening.plus(income)?.minus(spend)?;
        let closing = written.iter().copied().find(|c| *c == right).or_else(|| written.first().copied())?;
        Some(IncomeSide { opening, income, spend, closing })
    }

    fn funds(&self) -> Option<Decimal> {
        self.opening.plus(self.income)
    }

    fn judged(&self, in_yuan: bool, remark: Option<String>) -> Option<Judged> {
        let right = self.funds()?.minus(self.spend)?;
        let gap = self.closing.minus(right)?;
        let shown = Shown::of("万元", in_yuan, [self.opening, self.income, self.spend, self.closing, right]);
        let wan = |value: Decimal| shown.text(value);
        let sides = format!("年初结转结余{}+本年收入{}−支出合计{}", wan(self.opening), wan(self.income), wan(self.spend));
        if gap.is_zero() {
            return Some(Judged::new(Verdict::Ok, format!("资金收支平衡：{sides}=年末结转结余{}", wan(self.closing))).noted(remark));
        }
        let how = if gap.is_sign_positive() { format!("报告所写年末结转结余多{}", wan(gap.abs())) } else { format!("报告所写年末结转结余少{}", wan(gap.abs())) };
        let detail = format!("资金收支不平衡：{sides}={}，报告写年末结转结余{}，{how}", wan(right), wan(self.closing));
        let share = gap.abs().divided_by(self.funds()?.abs().max(Decimal::ONE))?;
        let would_be = format!("若年初结转结余、本年收入和支出合计无误，年末结转结余应为{}", wan(right));
        Some(Judged::new(Verdict::Mismatch, detail).noted(Some(would_be)).off(share, format!("资金收支不平衡：{how}")))
    }
}

fn names(fields: &[&str]) -> String {
    fields.iter().map(|f| label_of(f)).collect::<Vec<_>>().join("、")
}

fn round2(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// A decimal as people write it: no trailing zeros (11.60 → 11.6).
pub fn trim(value: Decimal) -> String {
    value.normalize().to_string()
}

/// An amount as a clerk would type it: in 万元 (unit left off), or in 元 where it has cents (5,307,692.68元
/// is 530.769268万元, more decimals than an amount in 万元 is typed with).
pub fn as_typed(value: Decimal) -> String {
    let value = value.normalize();
    match value.times(Decimal::from(10_000)) {
        Some(yuan) if value.scale() > MAX_DECIMALS as u32 => format!("{}元", trim(yuan)),
        _ => trim(value),
    }
}

/// How the figures of one equation are shown: amounts all in 元 (with thousands separators and cents)
/// where the report wrote the equation's subject in 元, or any figure has cents of 元 (more decimals than
/// 万元 are written with), else all in 万元 — never the two mixed in one equation; head-counts as they are.
#[derive(Debug, Clone, Copy)]
pub struct Shown {
    unit: &'static str,
    yuan: bool,
}

impl Shown {
    pub fn of(unit: &'static str, in_yuan: bool, figures: impl IntoIterator<Item = Decimal>) -> Self {
        let has_cents = |value: Decimal| value.normalize().scale() > MAX_DECIMALS as u32;
        Shown { unit, yuan: unit == "万元" && (in_yuan || figures.into_iter().any(has_cents)) }
    }

    /// Whether amounts are shown in 元.
    pub fn in_yuan(self) -> bool {
        self.yuan
    }

    /// The value in 元 where this is shown in 元, else as a bare figure (a remark's list of 万元).
    pub fn in_yuan_only(self, value: Decimal) -> String {
        if self.yuan { self.text(value) } else { trim(value) }
    }

    pub fn text(self, value: Decimal) -> String {
        match value.times(Decimal::from(10_000)).filter(|_| self.yuan) {
            Some(yuan) => format!("{}元", grouped(yuan.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))),
            None => format!("{}{}", trim(value), self.unit),
        }
    }
}

/// A total as the report wrote it: in 万元 with its 元 beside it where the parts are shown in 元
/// (“4783.15万元（47,831,500.00元）”), never only in a unit the report did not use for it.
fn as_stated(shown: Shown, written_in_yuan: bool, value: Decimal) -> String {
    if shown.yuan && !written_in_yuan && shown.unit == "万元" {
        format!("{}万元（{}）", trim(value), shown.text(value))
    } else {
        shown.text(value)
    }
}

/// “529,076,383.88”: an amount with thousands separators and two decimals.
fn grouped(value: Decimal) -> String {
    let text = value.abs().to_string();
    let (whole, cents) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::new();
    for (i, digit) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*digit);
    }
    let sign = if value.is_sign_negative() && !value.is_zero() { "-" } else { "" };
    format!("{sign}{out}.{cents:0<2}")
}

/// A project's 执行率 stated in a sentence with its budget and spending, against them.
pub fn judge_project_rate(name: &str, written: &str, number: &Number, (spent, budget): (Decimal, Decimal), in_yuan: bool) -> Option<Judged> {
    let shown = Shown::of("万元", in_yuan, [spent, budget]);
    let figures = format!("支出{}/预算{}", shown.text(spent), shown.text(budget));
    judge_ratio(&format!("{name}执行率"), written, number, (spent, budget), (&figures, "该项目的预算和支出"), in_yuan)
}

/// A ratio `said` (“A执行率”, “A占支出合计”) written `written` as `number`, against `part` over `whole` —
/// `figures` shows them, `on` says what it is recomputed on.
/// `in_yuan`: whether the report wrote the figures in 元 (else in 万元, perhaps rounded from its 元).
pub fn judge_ratio(said: &str, written: &str, number: &Number, (part, whole): (Decimal, Decimal), (figures, on): (&str, &str), in_yuan: bool) -> Option<Judged> {
    let rate = Rate::new(part, whole)?;
    let right = correction(number.decimals, &rate);
    Some(match compare(number.value, number.decimals, &rate)? {
        Match::Rounded => Judged::new(Verdict::Ok, format!("{said}{right}=（{figures}）×100%，相符")),
        Match::Truncated(cut) => Judged::new(Verdict::Ok, format!("{said}{right}=（{figures}）×100%，相符")).noted([cut.note(written)]),
        Match::Differs if !in_yuan && within_rounding_of_figures(number, part, whole) == Some(true) => {
            Judged::new(Verdict::Ok, format!("{said}{written}，相符：{figures}是舍入后的数字，按其舍入前的数字可得{written}"))
                .noted([format!("按所列数字直接计算为{right}，相差在其舍入误差之内")])
        }
        Match::Differs => Judged::new(Verdict::Mismatch, format!("报告写{said}{written}，按{on}应为{right}（{figures}）"))
            .off(points_off(number.value, &rate), format!("{said}写{written}，应为{right}")),
    })
}

/// Whether a rate off its rounded figures may still be right on the figures they were rounded from: with each
/// 万元 figure anywhere within half its last printed digit (11.65 for 11.645–11.655), the rate reaches the
/// stated one within its own rounding. Only for figures printed to two decimals or more: a figure printed whole
/// leaves the rate too loose to judge kindly.
fn within_rounding_of_figures(number: &Number, part: Decimal, whole: Decimal) -> Option<bool> {
    let half = |v: Decimal| if v.scale() >= 2 { Decimal::try_new(5, v.scale() + 1).ok() } else { None };
    let (part_half, whole_half) = (half(part)?, half(whole)?);
    let lowest = Rate::new(part.minus(part_half)?, whole.plus(whole_half)?)?.percent_value()?;
    let highest = Rate::new(part.plus(part_half)?, whole.minus(whole_half)?)?.percent_value()?;
    let stated_half = Decimal::try_new(5, number.decimals.max(1) + 1).ok()?;
    Some(number.value.plus(stated_half)? > lowest && number.value.minus(stated_half)? < highest)
}

/// An item's 控制率 (“运行维护费…，控制率77.06%”), against its actual spending and its budget.
pub fn judge_item_control(name: &str, written: &str, number: &Number, (actual, budget): (Decimal, Decimal), in_yuan: bool) -> Option<Judged> {
    let shown = Shown::of("万元", in_yuan, [actual, budget]);
    let figures = format!("实际{}/预算{}", shown.text(actual), shown.text(budget));
    judge_ratio(&format!("{name}控制率"), written, number, (actual, budget), (&figures, "该项的预算和实际支出"), in_yuan)
}

/// A part's share of the unit's spending (“人员经费…，占全年支出的68.00%”), against the part and the whole.
pub fn judge_share((name, whole_name): (&str, &str), written: &str, number: &Number, (part, whole): (Decimal, Decimal), in_yuan: bool) -> Option<Judged> {
    let shown = Shown::of("万元", in_yuan, [part, whole]);
    let figures = format!("{name}{}/{whole_name}{}", shown.text(part), shown.text(whole));
    judge_ratio(&format!("{name}占{whole_name}"), written, number, (part, whole), (&figures, "报告数字"), in_yuan)
}

/// A project's spending against the items its “其中” lists (“…实际支出94.6万元…。其中：劳务62.4万元，培训14.8万元…”);
/// a list that says it is some of them (“等”) is wrong only when it adds up to more.
pub fn judge_project_parts(name: &str, spent: Decimal, items: &[(String, Decimal)], partial: bool, in_yuan: bool) -> Option<Judged> {
    let sum = items.iter().try_fold(Decimal::ZERO, |sum, (_, value)| sum.plus(*value))?;
    if partial && sum <= spent {
        return None;
    }
    let shown = Shown::of("万元", in_yuan, items.iter().map(|(_, v)| *v).chain([spent, sum]));
    let formula: Vec<String> = items.iter().map(|(item, value)| format!("{item}{}", shown.text(*value))).collect();
    let formula = formula.join("+");
    if sum == spent {
        return Some(Judged::new(Verdict::Ok, format!("{name}支出{}={formula}，相符", shown.text(spent))));
    }
    let difference = spent.minus(sum)?.abs();
    let share = difference.divided_by(spent.abs().max(Decimal::ONE)).unwrap_or_default();
    Some(
        Judged::new(Verdict::Mismatch, format!("报告写{name}支出{}，其中所列各项之和为{}（{formula}），相差{}", shown.text(spent), shown.text(sum), shown.text(difference)))
            .off(share, format!("{name}支出写{}，其中各项之和为{}", shown.text(spent), shown.text(sum))),
    )
}

/// A listed project's name, from its row (“所列项目合计” for their 合计): its 执行率 is the project's, never
/// the unit's 预算执行率.
fn project_of_row(text: &str, number: &Number, cell: Option<Range<usize>>) -> String {
    if let Some(name) = cell.and_then(|cell| text.get(cell)).filter(|name| !name.contains("合计") && !name.contains("总计")) {
        return name.chars().filter(|c| !c.is_whitespace()).collect();
    }
    let line = text.get(..number.start).and_then(|before| before.rsplit(super::text::BREAK).next()).unwrap_or_default();
    // “…96.00%合计100.00|98.00|98.00%”: a table copied one cell to a line runs on in one line; its total row is
    // named by the words just before its figures.
    let figures = line.trim_end_matches(|c: char| c.is_ascii_digit() || ".,|%".contains(c));
    let row_words = &figures[figures.rfind(|c: char| c.is_ascii_digit() || c == '%' || c == '|').map_or(0, |at| at + 1)..];
    if row_words.contains("合计") || row_words.contains("总计") {
        return "所列项目合计".to_string();
    }
    // “3 | 公共机构节能改造 | …”: the row's number under 序号 is no part of its name.
    let line = line.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || "|.．、".contains(c));
    let name: String = line.chars().take_while(|c| !c.is_ascii_digit()).filter(|c| !c.is_whitespace()).collect();
    if name.is_empty() || name.contains("合计") || name.contains("总计") { "所列项目合计".to_string() } else { name }
}

/// The 年度资金总额 row's 执行率 (附件2), or a staffing row's 在职人员控制率 (附件1), as a stated rate: its
/// formula is the row's own figures.
pub fn table_rate(text: &str, number: &Number, stated: &tables::Stated) -> Option<StatedRate> {
    let id = IndicatorId::from_id(stated.id)?;
    Some(StatedRate {
        id,
        name: id.name(),
        value: number.value,
        decimals: number.decimals,
        written: text.get(number.start..number.end)?.to_string(),
        start: number.start,
        end: number.end,
        formula: Rate::new(stated.executed, stated.budget),
        named: vec![],
        bound: Bound::Exactly,
        qualified: false,
        basis_named: false,
        over_minuend: None,
        upside_down: false,
        on_fiscal_funds: None,
    })
}

/// A 基本支出 or 项目支出 row's 执行率 (or a listed project's), or a row's 得分 (分值 × 执行率, at most the 分值, rounded half up to
/// 2 decimals), against the row's own figures.
/// A funds row's 得分 by SPEC §12: its 分值 × 执行率 (capped at 100%), at two decimals.
pub fn funds_score(stated: &tables::Stated) -> Option<Decimal> {
    let points = stated.points?;
    let capped = stated.executed.min(stated.budget);
    Rate::new(points.times(capped)?, stated.budget.times(Decimal::ONE_HUNDRED)?)?.percent(crate::core::draft::choices::Rounding::HalfUp2)
}

pub fn judge_row(text: &str, number: &Number, stated: &tables::Stated) -> Option<Judged> {
    let row = if stated.id.starts_with("funds.basic") {
        "基本支出".to_string()
    } else if stated.id.starts_with("funds.projects") {
        "项目支出".to_string()
    } else if stated.id.starts_with("project.") {
        project_of_row(text, number, stated.project.clone())
    } else {
        "年度资金总额".to_string()
    };
    let written = text.get(number.start..number.end)?;
    let shown = Shown::of("万元", stated.in_yuan, [stated.executed, stated.budget]);
    let figures = format!("全年执行数{}/全年预算数{}", shown.text(stated.executed), shown.text(stated.budget));
    if stated.id.ends_with(".execution") {
        let rate = Rate::new(stated.executed, stated.budget)?;
        let right = correction(number.decimals, &rate);
        // A 合计 whose 执行数 is not what its rows spent, while its 执行率 is theirs: the amount is the slip
        // (marked at it), not the rate.
        let on_the_rows = stated.rows_executed.and_then(|sum| Some((sum, Rate::new(sum, stated.budget)?)));
        if let Some((sum, by_rows)) = on_the_rows.filter(|(_, r)| matches!(compare(number.value, number.decimals, r), Some(Match::Rounded | Match::Truncated(_)))) {
            let figures = format!("各项目执行数之和{}/全年预算数{}", shown.text(sum), shown.text(stated.budget));
            return Some(Judged::new(Verdict::Ok, format!("{row}执行率{}=（{figures}）×100%，相符", correction(number.decimals, &by_rows))).noted([format!(
                "合计行的执行数{}与其上各项目之和{}不符，已在该处标出",
                shown.text(stated.executed),
                shown.text(sum)
            )]));
        }
        return Some(match compare(number.value, number.decimals, &rate)? {
            Match::Rounded => Judged::new(Verdict::Ok, format!("{row}执行率{right}=（{figures}）×100%，相符")),
            Match::Truncated(cut) => Judged::new(Verdict::Ok, format!("{row}执行率{right}=（{figures}）×100%，相符")).noted([cut.note(written)]),
            Match::Differs => Judged::new(Verdict::Mismatch, format!("附件中{row}执行率写{written}，按该行数字应为{right}（{figures}）"))
                .off(points_off(number.value, &rate), format!("{row}执行率写{written}，应为{right}")),
        });
    }
    let points = stated.points?;
    let capped = stated.executed.min(stated.budget);
    let score = funds_score(stated)?;
    let how = format!("分值{}×执行率（{figures}，超过100%按100%计）", trim(points));
    if score == number.value {
        return Some(Judged::new(Verdict::Ok, format!("{row}得分{}={how}，相符", trim(score))));
    }
    // Some counties print it rounded to a whole point (9 for 8.62: SPEC §12, 执行率得分 舍入 `whole`) — but
    // not up to the full 分值, which is a budget spent in full: 10 for 9.80 gives the part not spent its points.
    let whole = points.times(capped)?.divided_by(stated.budget)?.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let full_for_less = whole == points && capped < stated.budget;
    if number.decimals == 0 && whole == number.value && !full_for_less {
        return Some(Judged::new(Verdict::Ok, format!("{row}得分{}={how}（{}取整），相符", trim(whole), trim(score))));
    }
    let share = score.minus(number.value)?.abs().divided_by(points.max(Decimal::ONE))?;
    Some(
        Judged::new(Verdict::Mismatch, format!("附件中{row}得分写{written}，按{how}应为{}", trim(score)))
            .off(share, format!("{row}得分写{written}，应为{}", trim(score))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    /// `written` (as the report prints it) judged on `numerator / denominator`.
    fn judged(written: &str, numerator: &str, denominator: &str) -> Option<Match> {
        let decimals = written.split_once('.').map_or(0, |(_, after)| after.len() as u32);
        compare(d(written), decimals, &Rate::new(d(numerator), d(denominator))?)
    }

    fn cut_note(written: &str, numerator: &str, denominator: &str) -> Option<String> {
        match judged(written, numerator, denominator)? {
            Match::Truncated(cut) => Some(cut.note(&format!("{written}%"))),
            _ => None,
        }
    }

    #[test]
    fn a_rate_cut_at_two_decimals_is_right_and_says_how_it_was_cut() {
        // 4,521 of 5,000: 90.42% exactly; 9,041.99 of 10,000: 90.4199%; 1,085 of 1,200: 90.41666…%.
        assert!(matches!(judged("90.42", "4521", "5000"), Some(Match::Rounded)));
        assert!(matches!(judged("90.41", "9041", "10000"), Some(Match::Rounded)));
        let note = cut_note("90.41", "9041.99", "10000").expect("90.4199% cut at two decimals");
        assert_eq!(note, "报告写90.41%，是按截尾保留两位小数所得（直接舍去其后的尾数）；四舍五入应为90.42%");
        assert!(cut_note("90.41", "1085", "1200").is_some_and(|n| n.contains("90.42%")));
        // Written with its trailing zero, said with its: 67.2099% cut is 67.20%, rounded 67.21%.
        assert!(cut_note("67.20", "6720.99", "10000").is_some_and(|n| n.ends_with("四舍五入应为67.21%")));
    }

    #[test]
    fn a_rate_one_hundredth_off_the_exact_quotient_is_no_cut() {
        // 90.41% for exactly 90.42%, or for 90.4250%: no dropped digits give it — a wrong figure, not a cut.
        assert!(matches!(judged("90.41", "4521", "5000"), Some(Match::Differs)));
        assert!(matches!(judged("90.41", "9042.5", "10000"), Some(Match::Differs)));
        // Cut, the digits are dropped, never rounded down past the quotient: 90.43% is above 90.4199%.
        assert!(matches!(judged("90.43", "9041.99", "10000"), Some(Match::Differs)));
    }

    #[test]
    fn a_rate_cut_at_one_decimal_says_one() {
        let note = cut_note("88.3", "883.9", "1000").expect("88.39% cut at one decimal");
        assert_eq!(note, "报告写88.3%，是按截尾保留一位小数所得（直接舍去其后的尾数）；四舍五入应为88.4%");
    }

    #[test]
    fn a_whole_rate_is_judged_at_one_decimal_and_never_cut_to_none() {
        // 98% for 98.7%: seven tenths dropped, more than any 口径 prints away.
        assert!(matches!(judged("98", "987", "1000"), Some(Match::Differs)));
        assert!(matches!(judged("98", "980.4", "1000"), Some(Match::Rounded)));
        // 98% for 98.06% is 98.0% cut at one decimal, said so.
        assert_eq!(cut_note("98", "980.6", "1000").as_deref(), Some("报告写98%，是直接舍去小数所得；保留一位小数四舍五入应为98.1%"));
    }

    #[test]
    fn a_rate_is_cut_at_two_decimals_at_most() {
        // 90.416% for 90.41666…%: no method prints three decimals cut.
        assert!(matches!(judged("90.416", "1085", "1200"), Some(Match::Differs)));
        assert!(matches!(judged("90.417", "1085", "1200"), Some(Match::Rounded)));
    }

    #[test]
    fn a_fall_is_cut_toward_zero() {
        // −12.3456%: cut at two decimals is −12.34%, rounded −12.35%.
        assert!(cut_note("-12.34", "-123.456", "1000").is_some_and(|n| n.ends_with("四舍五入应为-12.35%")));
        assert!(matches!(judged("-12.35", "-123.456", "1000"), Some(Match::Rounded)));
        assert!(matches!(judged("-12.36", "-123.456", "1000"), Some(Match::Differs)));
    }
}
