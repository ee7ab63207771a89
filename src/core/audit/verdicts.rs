//! Each claim recomputed from the report's own figures with the core's indicators and methods, and
//! judged: kindly about rounding (99.5% for 99.55% was truncated, and says so), honestly about what
//! rounding cannot explain (100% for 99.55%), and naming the 口径 under which a wrong claim would hold.

use rust_decimal::{Decimal, RoundingStrategy};

use super::claims::{StatedRate, HUNAN_COMPLETION};
use super::figures::{Recognised, Stated};
use super::{Claim, Verdict};
use crate::core::evaluation::{evaluate, Evaluation};
use crate::core::calc::findings::FindingCode;
use crate::core::calc::indicators::{IndicatorId, NotApplicable, Value};
use crate::core::draft::choices::{ExecutionDenominator, SangongBasis, StaffScope};
use crate::core::calc::rate::Rate;
use crate::core::draft::fields::label_of;
use crate::core::draft::Draft;
use crate::core::exact::Exact;
use crate::core::reading::amount::format_wan;

/// How a stated percentage relates to the exact rate.
enum Match {
    Rounded,
    Truncated(Decimal),
    Differs,
}

/// A stated percentage with `decimals` digits matches the rate rounded half-up to as many digits —
/// at least one: a whole 100% must not hide 99.55% — or truncated to them (noted).
fn compare(stated: Decimal, decimals: u32, rate: &Rate) -> Option<Match> {
    let exact = rate.percent_value()?;
    let digits = decimals.max(1);
    let rounded = exact.round_dp_with_strategy(digits, RoundingStrategy::MidpointAwayFromZero);
    if rounded == stated {
        return Some(Match::Rounded);
    }
    let truncated = exact.round_dp_with_strategy(digits, RoundingStrategy::ToZero);
    Some(if truncated == stated { Match::Truncated(rounded) } else { Match::Differs })
}

/// Judges a stated rate against the draft made of the report's figures.
pub fn judge_rate(rate: &StatedRate, draft: &Draft, evaluation: &Evaluation) -> (Verdict, String, Vec<String>) {
    let hunan = rate.name == HUNAN_COMPLETION;
    let own;
    let evaluation = if hunan {
        own = evaluate(&with(draft, "method.execution_denominator", ExecutionDenominator::HunanCompletion.id()));
        &own
    } else {
        evaluation
    };
    let Some(indicator) = evaluation.indicator(rate.id) else {
        return (Verdict::Unverifiable, "无法按报告的数字计算".into(), vec![]);
    };
    let name = rate.name;
    match &indicator.value {
        Value::Rate(exact) => match compare(rate.value, rate.decimals, exact) {
            Some(Match::Rounded) => (Verdict::Ok, format!("与报告数字相符：{}", indicator.sentence), vec![]),
            Some(Match::Truncated(rounded)) => (
                Verdict::Ok,
                format!("与报告数字相符：{}", indicator.sentence),
                vec![format!("报告写{}，是直接舍去尾数所得；四舍五入应为{rounded}%", rate.written)],
            ),
            Some(Match::Differs) | None => {
                let difference = exact.percent_value().and_then(|v| rate.value.minus(v)).map(|d| d.abs().round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero));
                let mut notes = difference.map(|d| vec![format!("相差{}个百分点", trim(d))]).unwrap_or_default();
                notes.extend(holds_under(rate, draft));
                (Verdict::Mismatch, format!("报告写{name}{}，按报告自身数字应为{}：{}", rate.written, indicator.text, indicator.sentence), notes)
            }
        },
        Value::NotApplicable(NotApplicable::NothingToMeasure) => (
            Verdict::Mismatch,
            format!("报告写{name}{}，但分子、分母均为0，比率不适用（0/0），不应写作{}：{}", rate.written, rate.written, indicator.sentence),
            vec![],
        ),
        Value::NotApplicable(NotApplicable::ZeroDenominator(fields)) => (
            Verdict::Mismatch,
            format!("报告写{name}{}，但{}为0，比率不存在，应说明原因", rate.written, names(fields)),
            vec![],
        ),
        Value::NotApplicable(NotApplicable::Missing(fields)) => {
            (Verdict::Unverifiable, format!("报告未写明{}，无法核对{name}{}", names(fields), rate.written), vec![])
        }
        Value::Timely(_) => (Verdict::Unverifiable, "无法按报告的数字核对".into(), vec![]),
    }
}

/// The 口径 (or reading of the figures) under which a mismatched claim would hold, if any.
fn holds_under(rate: &StatedRate, draft: &Draft) -> Vec<String> {
    let mut tries: Vec<(String, Draft, IndicatorId)> = Vec::new();
    let method = |id: &str, value: &str| with(draft, id, value);
    match rate.id {
        IndicatorId::BudgetExecution => {
            for denominator in [ExecutionDenominator::Annual, ExecutionDenominator::Initial, ExecutionDenominator::HunanCompletion] {
                tries.push((format!("按“{}”口径", denominator.label()), method("method.execution_denominator", denominator.id()), rate.id));
            }
        }
        IndicatorId::BudgetControl if draft.get("budget.policy_additions").is_empty() && !draft.get("budget.additions").is_empty() => {
            let additions = draft.get("budget.additions").to_string();
            tries.push((
                format!("仅在把年中追加{additions}万元全部作为政策性追加剔除后（调整后的预算控制率）"),
                method("budget.policy_additions", &additions),
                IndicatorId::BudgetControlAdjusted,
            ));
        }
        IndicatorId::SangongChange => {
            tries.push((format!("按“{}”口径", SangongBasis::Actual.label()), method("method.sangong_basis", SangongBasis::Actual.id()), rate.id));
        }
        IndicatorId::StaffControl => {
            tries.push((format!("按“{}”口径", StaffScope::WithoutWorker.label()), method("method.staff_scope", StaffScope::WithoutWorker.id()), rate.id));
        }
        _ => {}
    }
    tries
        .into_iter()
        .filter_map(|(how, draft, id)| {
            let evaluation = evaluate(&draft);
            let indicator = evaluation.indicator(id)?;
            let Value::Rate(exact) = &indicator.value else { return None };
            matches!(compare(rate.value, rate.decimals, exact), Some(Match::Rounded | Match::Truncated(_)))
                .then(|| format!("{how}计算为{}，报告的{}才成立", indicator.text, rate.written))
        })
        .collect()
}

fn with(draft: &Draft, id: &str, value: &str) -> Draft {
    let mut draft = draft.clone();
    let _ = draft.set(id, value);
    draft
}

/// Judges a total the report states against the sum of its parts as the report states them.
pub fn judge_total(id: &str, stated: &Stated, found: &Recognised, evaluation: &Evaluation) -> (Verdict, String, Vec<String>) {
    let (name, parts, unit): (&str, Vec<(String, Option<Decimal>)>, &str) = match id {
        "basic" => ("基本支出", field_parts(found, &["spend.personnel", "spend.public", "spend.basic_other"]), "万元"),
        "projects" => ("项目支出", found.projects.iter().map(|p| (p.name.clone(), Some(p.actual))).collect(), "万元"),
        "spend" => ("支出合计", vec![("基本支出".into(), evaluation.totals.basic), ("项目支出".into(), evaluation.totals.projects)], "万元"),
        "annual_budget" => (
            "全年预算数",
            field_parts(found, &["budget.carryover", "budget.initial", "budget.additions", "budget.other_funds"]),
            "万元",
        ),
        "staff" => ("在职人数", field_parts(found, &["staff.actual.admin", "staff.actual.institution", "staff.actual.worker"]), "人"),
        _ => ("编制数", field_parts(found, &["staff.quota.admin", "staff.quota.institution", "staff.quota.worker"]), "人"),
    };
    let stated_text = format!("{}{unit}", trim(stated.value));
    let present: Vec<&(String, Option<Decimal>)> = parts.iter().filter(|(_, v)| v.is_some()).collect();
    if present.is_empty() {
        return (Verdict::Unverifiable, format!("报告写{name}{stated_text}，但未列明其组成部分，无法核对"), vec![]);
    }
    let mut sum = Some(Decimal::ZERO);
    for (_, value) in &present {
        sum = sum.and_then(|s| value.and_then(|v| s.plus(v)));
    }
    let reductions = if id == "annual_budget" { found.value("budget.reductions") } else { None };
    if let Some(r) = reductions {
        sum = sum.and_then(|s| s.minus(r));
    }
    let Some(sum) = sum else {
        return (Verdict::Unverifiable, format!("报告写{name}{stated_text}，数字过大，无法核对"), vec![]);
    };
    let formula = present.iter().map(|(label, v)| format!("{label}{}{unit}", v.map(trim).unwrap_or_default())).collect::<Vec<_>>().join("+");
    let formula = match reductions {
        Some(r) => format!("{formula}−年中调减{}{unit}", trim(r)),
        None => formula,
    };
    if sum == stated.value {
        return (Verdict::Ok, format!("{name}{stated_text}={formula}，相符"), vec![]);
    }
    let missing: Vec<&str> = parts.iter().filter(|(_, v)| v.is_none()).map(|(label, _)| label.as_str()).collect();
    if !missing.is_empty() && sum < stated.value {
        return (
            Verdict::Unverifiable,
            format!("报告写{name}{stated_text}，所列各项之和为{}{unit}，未写明{}", trim(sum), missing.join("、")),
            vec![],
        );
    }
    let difference = stated.value.minus(sum).map(|d| trim(d.abs())).unwrap_or_default();
    (Verdict::Mismatch, format!("报告写{name}{stated_text}，所列各项之和为{}{unit}（{formula}），相差{difference}{unit}", trim(sum)), vec![])
}

/// The funds balance (全年预算数 − 支出合计 − 年末结转结余), from the figures the report states.
pub fn judge_balance(found: &Recognised, evaluation: &Evaluation) -> Option<(Verdict, String, Vec<String>)> {
    let (annual, spend) = (evaluation.totals.annual_budget?, evaluation.totals.spend?);
    found.value("budget.initial")?;
    let unbalanced = evaluation.findings.iter().find(|f| f.code == FindingCode::FundsUnbalanced);
    let unstated = found.value("spend.closing_balance").is_none();
    let note = unstated.then(|| "报告未写年末结转结余，按0计".to_string()).into_iter().collect();
    Some(match unbalanced {
        Some(finding) => (Verdict::Mismatch, finding.message.clone(), note),
        None => (Verdict::Ok, format!("资金收支平衡：全年预算数{}万元，支出合计{}万元", format_wan(annual), format_wan(spend)), note),
    })
}

fn field_parts(found: &Recognised, ids: &[&str]) -> Vec<(String, Option<Decimal>)> {
    ids.iter().map(|id| (label_of(id), found.value(id))).collect()
}

fn names(fields: &[&str]) -> String {
    fields.iter().map(|f| label_of(f)).collect::<Vec<_>>().join("、")
}

/// A decimal as people write it: no trailing zeros (11.60 → 11.6).
pub fn trim(value: Decimal) -> String {
    value.normalize().to_string()
}

impl Claim {
    pub(super) fn new(id: &str, span: std::ops::Range<usize>, stated: String, judged: (Verdict, String, Vec<String>)) -> Self {
        let (verdict, detail, notes) = judged;
        Claim { id: id.to_string(), span, stated, verdict, detail, notes }
    }
}
