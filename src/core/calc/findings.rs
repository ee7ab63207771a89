//! Findings (审校意见, SPEC §5): every inconsistency a finance-bureau reviewer would catch, with the
//! figures involved and the fields to fix.

use crate::core::reading::amount::format_wan;
use crate::core::draft::fields;
use crate::core::draft::json::{read_rows, write_rows};
use crate::core::reading::figures::{Figures, InputProblem, SANGONG_PARTS};
use crate::core::calc::indicators::disclosure::{publications, MAX_DAYS};
use crate::core::calc::indicators::{Indicator, IndicatorId, NotApplicable, Value};
use crate::core::calc::totals::{sum, Totals};
use crate::core::exact::Exact;
use rust_decimal::Decimal;

/// The finding codes of the data contract (`data-finding`); extended, never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FindingCode {
    SumMismatch,
    FundsUnbalanced,
    PolicyExceedsAdditions,
    ReductionsExceedAvailable,
    NegativeAmount,
    /// Head counts beyond a unit's (or its 编制), or 人员经费 per head beyond any unit's (typed in 元).
    ImplausibleStaff,
    /// An amount hundreds of times the whole it is part of: typed in 元 where 万元 was meant.
    ImplausibleAmount,
    OverLimit,
    ZeroDenominator,
    MissingInput,
    /// A field that cannot be read; as a warning, a 成文日期 that cannot be right.
    InvalidInput,
    ExecutionUsesIncome,
    DisclosureLate,
    /// 评分表分值合计不等于100.
    WeightsNot100,
    /// A rate over its limit gets full marks.
    FullMarksOverLimit,
    /// A manual score without its basis or the reason for points lost.
    ScoreWithoutReason,
    /// Rows not scored yet.
    ScorePending,
    /// 项目自评表 (SPEC §12): points not 100, or the 一级 split not the template's.
    ProjectWeights,
    /// 其中 rows that do not add up to their column's total.
    ProjectFundsParts,
    /// 全年预算数 cut below 年初预算数 to the 执行数, so that 执行率 reads 100%.
    ProjectBudgetCut,
    /// 执行率 below 90%, or the budget adjusted, with no reason given.
    ProjectExecutionReason,
    /// A target missed, filed at full marks.
    ProjectMissedFull,
    /// A target met, filed below full marks without a reason.
    ProjectMetNotFull,
    /// A filed 得分 outside its rule or tier, or above its 分值.
    ProjectScoreOutOfBand,
    /// A target missed, or beaten by 30% or more, with no reason.
    ProjectDeviationReason,
    /// The 实际完成值 states a target rather than what was measured.
    ProjectNotMeasured,
    /// An output row without a measurable target.
    ProjectUnquantified,
    /// Money filed as an output quantity.
    ProjectMoneyAsOutput,
    /// A row under a heading it does not belong to.
    ProjectLevelMismatch,
    /// Template text left in (“指标1”, “……”).
    ProjectPlaceholder,
    /// 指标值 and 完成值 in units that cannot be compared.
    ProjectUnitMismatch,
    /// A deadline dated before the year evaluated: last year's target carried over.
    ProjectDeadlineYear,
    /// Projects without indicators yet: not in the report or 附件3.
    ProjectNotEvaluated,
}

impl FindingCode {
    pub const ALL: &'static [FindingCode] = &[
        Self::SumMismatch,
        Self::FundsUnbalanced,
        Self::PolicyExceedsAdditions,
        Self::ReductionsExceedAvailable,
        Self::NegativeAmount,
        Self::ImplausibleStaff,
        Self::ImplausibleAmount,
        Self::OverLimit,
        Self::ZeroDenominator,
        Self::MissingInput,
        Self::InvalidInput,
        Self::ExecutionUsesIncome,
        Self::DisclosureLate,
        Self::WeightsNot100,
        Self::FullMarksOverLimit,
        Self::ScoreWithoutReason,
        Self::ScorePending,
        Self::ProjectWeights,
        Self::ProjectFundsParts,
        Self::ProjectBudgetCut,
        Self::ProjectExecutionReason,
        Self::ProjectMissedFull,
        Self::ProjectMetNotFull,
        Self::ProjectScoreOutOfBand,
        Self::ProjectDeviationReason,
        Self::ProjectNotMeasured,
        Self::ProjectUnquantified,
        Self::ProjectMoneyAsOutput,
        Self::ProjectLevelMismatch,
        Self::ProjectPlaceholder,
        Self::ProjectUnitMismatch,
        Self::ProjectDeadlineYear,
        Self::ProjectNotEvaluated,
    ];

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|code| code.id() == id)
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::SumMismatch => "sum_mismatch",
            Self::FundsUnbalanced => "funds_unbalanced",
            Self::PolicyExceedsAdditions => "policy_exceeds_additions",
            Self::ReductionsExceedAvailable => "reductions_exceed_available",
            Self::NegativeAmount => "negative_amount",
            Self::ImplausibleStaff => "implausible_staff",
            Self::ImplausibleAmount => "implausible_amount",
            Self::OverLimit => "over_limit",
            Self::ZeroDenominator => "zero_denominator",
            Self::MissingInput => "missing_input",
            Self::InvalidInput => "invalid_input",
            Self::ExecutionUsesIncome => "execution_uses_income",
            Self::DisclosureLate => "disclosure_late",
            Self::WeightsNot100 => "weights_not_100",
            Self::FullMarksOverLimit => "full_marks_over_limit",
            Self::ScoreWithoutReason => "score_without_reason",
            Self::ScorePending => "score_pending",
            Self::ProjectWeights => "project_weights",
            Self::ProjectFundsParts => "project_funds_parts",
            Self::ProjectBudgetCut => "project_budget_cut",
            Self::ProjectExecutionReason => "project_execution_reason",
            Self::ProjectMissedFull => "project_missed_full",
            Self::ProjectMetNotFull => "project_met_not_full",
            Self::ProjectScoreOutOfBand => "project_score_out_of_band",
            Self::ProjectDeviationReason => "project_deviation_reason",
            Self::ProjectNotMeasured => "project_not_measured",
            Self::ProjectUnquantified => "project_unquantified",
            Self::ProjectMoneyAsOutput => "project_money_as_output",
            Self::ProjectLevelMismatch => "project_level_mismatch",
            Self::ProjectPlaceholder => "project_placeholder",
            Self::ProjectUnitMismatch => "project_unit_mismatch",
            Self::ProjectDeadlineYear => "project_deadline_year",
            Self::ProjectNotEvaluated => "project_not_evaluated",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn from_id(id: &str) -> Option<Self> {
        [Self::Error, Self::Warning, Self::Info].into_iter().find(|s| s.id() == id)
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Error => "错误",
            Self::Warning => "提醒",
            Self::Info => "提示",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: FindingCode,
    pub severity: Severity,
    /// The sentence a reviewer would write, with the figures.
    pub message: String,
    /// The fields to fix, first the most likely.
    pub fields: Vec<String>,
}

/// Findings as rows of strings (code, severity, message, then the fields): how the tools module hands
/// the project tables' findings to the page.
pub fn findings_to_json(findings: &[Finding]) -> String {
    write_rows(findings.iter().map(|f| [f.code.id(), f.severity.id(), f.message.as_str()].into_iter().chain(f.fields.iter().map(String::as_str))))
}

/// Reads [`findings_to_json`]'s form; `None` unless every row is a finding.
pub fn findings_from_json(text: &str) -> Option<Vec<Finding>> {
    read_rows(text)?
        .into_iter()
        .map(|row| {
            let mut cells = row.into_iter();
            let code = FindingCode::from_id(&cells.next()?)?;
            let severity = Severity::from_id(&cells.next()?)?;
            let message = cells.next()?;
            Some(Finding { code, severity, message, fields: cells.collect() })
        })
        .collect()
}

pub fn finding(code: FindingCode, severity: Severity, message: String, fields: &[&str]) -> Finding {
    Finding { code, severity, message, fields: fields.iter().map(|f| f.to_string()).collect() }
}

/// Above this many persons of one type, a county department's figure is almost surely a typo.
const PLAUSIBLE_PERSONS: u32 = 5_000;

/// Above this 人员经费 (万元) per person in post, the figure is in 元: real ones are tens of 万元.
const PLAUSIBLE_PERSONNEL_EACH: u32 = 1_000;

/// Every finding about the figures, in the order checked (the evaluation puts errors first).
pub fn review(figures: &Figures, totals: &Totals, indicators: &[Indicator]) -> Vec<Finding> {
    let mut findings = Vec::new();
    invalid_inputs(figures, &mut findings);
    blank_main_parts(figures, &mut findings);
    negative_amounts(figures, &mut findings);
    amounts_beyond_the_whole(figures, totals, &mut findings);
    funds_balance(figures, totals, &mut findings);
    budget_changes(figures, &mut findings);
    stated_totals(figures, totals, &mut findings);
    sangong_breakdown(figures, &mut findings);
    public_expense_breakdown(figures, &mut findings);
    staff_plausibility(figures, &mut findings);
    amounts_per_head(figures, totals, &mut findings);
    indicator_limits(indicators, &mut findings);
    projects_over_budget(figures, &mut findings);
    said_once(&mut findings);
    late_disclosure(figures, &mut findings);
    signed_too_early(figures, &mut findings);
    findings
}

fn invalid_inputs(figures: &Figures, findings: &mut Vec<Finding>) {
    findings.extend(figures.problems.iter().map(invalid_input));
}

/// A field whose text cannot be read, as the finding that leads to it.
pub fn invalid_input(problem: &InputProblem) -> Finding {
    let message = format!("“{}”无法识别：{}", fields::label_of(&problem.field), problem.message);
    finding(FindingCode::InvalidInput, Severity::Error, message, &[&problem.field])
}

/// 人员经费 or 公用经费 left blank while the other (or 其他基本支出) is typed, 年初预算 blank beside 上年结转 or 年中追加:
/// the total is summed without it (as 0), which no unit's figures are — say so, next to the field.
fn blank_main_parts(figures: &Figures, findings: &mut Vec<Finding>) {
    let (spend, budget) = (&figures.spend, &figures.budget);
    let budget_typed = budget.carryover.is_some() || budget.additions.is_some();
    let beside = |part: Option<Decimal>| part.is_some() || spend.basic_other.is_some();
    let blanks = [
        (spend.personnel.is_none() && beside(spend.public), "spend.personnel", "人员经费未填写，基本支出暂按0计"),
        (spend.public.is_none() && beside(spend.personnel), "spend.public", "公用经费未填写，基本支出暂按0计"),
        (budget.initial.is_none() && budget_typed, "budget.initial", "年初预算未填写，全年预算数暂按0计"),
    ];
    for (blank, field, message) in blanks {
        if blank && !figures.unusable(field) {
            findings.push(finding(FindingCode::MissingInput, Severity::Warning, message.to_string(), &[field]));
        }
    }
}

fn negative_amounts(figures: &Figures, findings: &mut Vec<Finding>) {
    for (id, value) in &figures.negative_amounts {
        let message = format!("“{}”为负数（{}万元），金额应填正数", fields::label_of(id), format_wan(*value));
        findings.push(finding(FindingCode::NegativeAmount, Severity::Error, message, &[id]));
    }
}

/// 全年预算数 − 支出合计 − 年末结转结余 must be zero: every 万元 is either spent or carried over.
fn funds_balance(figures: &Figures, totals: &Totals, findings: &mut Vec<Finding>) {
    let (Some(annual), Some(spend)) = (totals.annual_budget, totals.spend) else { return };
    let blank = figures.spend.closing_balance.is_none();
    let closing = figures.spend.closing_balance.unwrap_or_default();
    let Some(gap) = annual.minus(spend).and_then(|g| g.minus(closing)) else { return };
    if gap.is_zero() {
        return;
    }
    if blank {
        // Not entered is not zero: the gap may be the carry-over. Said here once (the 结转结余率 that
        // needs the same figure does not say it again).
        let message = format!(
            "年末结转结余未填写：全年预算数{}万元－支出合计{}万元＝{}万元。如有结转结余，请填入；否则{}",
            format_wan(annual),
            format_wan(spend),
            format_wan(gap),
            if gap.is_sign_positive() { format!("有{}万元资金去向不明", format_wan(gap)) } else { "支出超出可用资金，请核对预算数".to_string() }
        );
        findings.push(finding(FindingCode::FundsUnbalanced, Severity::Error, message, &["spend.closing_balance", "budget.additions", "spend.personnel"]));
        return;
    }
    let meaning = if gap.is_sign_positive() {
        format!("有{}万元资金去向不明，请核对年末结转结余或支出", format_wan(gap))
    } else {
        format!("支出与结余超出可用资金{}万元，请核对预算数", format_wan(gap.abs()))
    };
    let message = format!(
        "资金不平衡：全年预算数{}万元－支出合计{}万元－年末结转结余{}万元＝{}万元，{meaning}",
        format_wan(annual),
        format_wan(spend),
        format_wan(closing),
        format_wan(gap)
    );
    findings.push(finding(
        FindingCode::FundsUnbalanced,
        Severity::Error,
        message,
        &["spend.closing_balance", "budget.additions", "spend.personnel"],
    ));
}

fn budget_changes(figures: &Figures, findings: &mut Vec<Finding>) {
    let budget = &figures.budget;
    if let Some(policy) = budget.policy_additions {
        let additions = budget.additions.unwrap_or_default();
        if policy > additions {
            let message = format!(
                "政策性追加{}万元大于年中追加{}万元；政策性追加是年中追加的一部分",
                format_wan(policy),
                format_wan(additions)
            );
            findings.push(finding(
                FindingCode::PolicyExceedsAdditions,
                Severity::Error,
                message,
                &["budget.policy_additions", "budget.additions"],
            ));
        }
    }
    if let Some(reductions) = budget.reductions {
        let available = sum([budget.carryover, budget.initial, budget.additions, budget.other_funds]).unwrap_or_default();
        if reductions > available {
            let message = format!(
                "年中调减{}万元大于可用资金{}万元（上年结转＋年初预算＋年中追加＋其他资金）",
                format_wan(reductions),
                format_wan(available)
            );
            findings.push(finding(
                FindingCode::ReductionsExceedAvailable,
                Severity::Error,
                message,
                &["budget.reductions", "budget.initial"],
            ));
        }
    }
}

/// The 执行数 the report states must be the 支出合计, not the income total.
fn stated_totals(figures: &Figures, totals: &Totals, findings: &mut Vec<Finding>) {
    let (Some(stated), Some(spend)) = (figures.spend.stated_total, totals.spend) else { return };
    if stated == spend {
        return;
    }
    if figures.budget.income_total == Some(stated) {
        let message = format!(
            "报告所列执行数{}万元等于本年收入合计，而非支出合计{}万元；执行数应取支出数",
            format_wan(stated),
            format_wan(spend)
        );
        findings.push(finding(FindingCode::ExecutionUsesIncome, Severity::Error, message, &["spend.stated_total"]));
    } else {
        let message = format!(
            "报告所列支出总额{}万元与基本支出、项目支出之和{}万元不符，相差{}万元",
            format_wan(stated),
            format_wan(spend),
            format_wan(stated.minus(spend).unwrap_or_default())
        );
        findings.push(finding(
            FindingCode::SumMismatch,
            Severity::Error,
            message,
            &["spend.stated_total", "spend.personnel", "spend.public"],
        ));
    }
}

/// Where the “三公” breakdown is entered, its parts must add up to the stated total.
fn sangong_breakdown(figures: &Figures, findings: &mut Vec<Finding>) {
    let sangong = &figures.sangong;
    let columns = [
        ("预算", "budget", sangong.this_year.budget, sangong.parts.iter().map(|p| p.budget).collect::<Vec<_>>()),
        ("决算", "actual", sangong.this_year.actual, sangong.parts.iter().map(|p| p.actual).collect()),
        ("上年决算", "last_actual", sangong.last_year.actual, sangong.parts.iter().map(|p| p.last_actual).collect()),
    ];
    for (what, column, total, parts) in columns {
        let (Some(total), Some(parts_sum)) = (total, sum(parts)) else { continue };
        if parts_sum != total {
            let message = format!(
                "“三公”经费{what}分项之和{}万元与合计{}万元不符",
                format_wan(parts_sum),
                format_wan(total)
            );
            let (total_field, first_part) = (format!("sangong.{column}"), format!("{}.{column}", SANGONG_PARTS[0]));
            findings.push(finding(FindingCode::SumMismatch, Severity::Error, message, &[&total_field, &first_part]));
        }
    }
}

/// The 其中 items of 公用经费 are parts of it: together they cannot exceed it.
fn public_expense_breakdown(figures: &Figures, findings: &mut Vec<Finding>) {
    let data = &figures.basic_data;
    let (Some(public), Some(parts)) = (
        figures.spend.public,
        sum([data.public_office, data.public_utilities_travel, data.public_meetings_training]),
    ) else {
        return;
    };
    if parts > public {
        let message = format!(
            "公用经费中办公经费、水电差旅费、会议培训费之和{}万元超过公用经费{}万元",
            format_wan(parts),
            format_wan(public)
        );
        findings.push(finding(FindingCode::SumMismatch, Severity::Error, message, &["public.office", "spend.public"]));
    }
}

fn staff_plausibility(figures: &Figures, findings: &mut Vec<Finding>) {
    let staff = &figures.staff;
    let types = [
        ("行政", staff.quota.admin, staff.actual.admin, "staff.actual.admin"),
        ("事业", staff.quota.institution, staff.actual.institution, "staff.actual.institution"),
        ("工勤", staff.quota.worker, staff.actual.worker, "staff.actual.worker"),
    ];
    for (kind, quota, actual, field) in types {
        let Some(actual) = actual else { continue };
        if actual > PLAUSIBLE_PERSONS {
            let message = format!("{kind}在职人数{actual}人，远超一个部门的常见规模，请核对");
            findings.push(finding(FindingCode::ImplausibleStaff, Severity::Warning, message, &[field]));
        } else if let Some(quota) = quota.filter(|q| actual > *q) {
            let message = format!("{kind}在职人数{actual}人多于{kind}编制数{quota}个，存在超编或混编，请说明");
            findings.push(finding(FindingCode::ImplausibleStaff, Severity::Warning, message, &[field]));
        }
    }
}

/// More 人员经费 per person in post than any unit pays: the figures were typed in 元 (a small unit's
/// never reach the 100亿元 a lone figure is asked about at). The rates, being ratios, look right.
fn amounts_per_head(figures: &Figures, totals: &Totals, findings: &mut Vec<Finding>) {
    let (Some(personnel), Some(persons)) = (figures.spend.personnel, totals.staff) else { return };
    let Some(each) = personnel.divided_by(Decimal::from(persons)) else { return };
    if each > Decimal::from(PLAUSIBLE_PERSONNEL_EACH) {
        let message = format!("人员经费{}万元，合在职每人{}万元，是否按元填写？如是，请在数后加“元”", format_wan(personnel), format_wan(each));
        findings.push(finding(FindingCode::ImplausibleStaff, Severity::Warning, message, &["spend.personnel"]));
    }
}

/// A part this many times the whole is no figure in 万元.
const PLAUSIBLE_PART_OF_WHOLE: u32 = 100;

/// “934500” typed for 公用经费 (934,500元) beside a 全年预算数 of 972.40万元: a spending figure hundreds of times
/// the year's budget, or a budget figure hundreds of times the year's spending, was typed in 元. Said first
/// (an error), since the funds balance and the rates it throws out would send the clerk elsewhere.
fn amounts_beyond_the_whole(figures: &Figures, totals: &Totals, findings: &mut Vec<Finding>) {
    let (spend, budget) = (&figures.spend, &figures.budget);
    let spending = [
        ("spend.personnel", spend.personnel),
        ("spend.public", spend.public),
        ("spend.basic_other", spend.basic_other),
        ("spend.closing_balance", spend.closing_balance),
        ("sangong.actual", figures.sangong.this_year.actual),
        ("procurement.actual", figures.procurement.actual),
    ];
    let budgets = [("budget.carryover", budget.carryover), ("budget.initial", budget.initial), ("budget.additions", budget.additions)];
    let wholes = [(totals.annual_budget, "全年预算数", &spending[..]), (totals.spend, "支出合计", &budgets[..])];
    for (whole, name, parts) in wholes {
        let Some(whole) = whole.filter(|w| w.is_sign_positive() && !w.is_zero()) else { continue };
        for (field, value) in parts.iter().filter_map(|(field, value)| Some((*field, (*value)?))) {
            let Some(times) = value.divided_by(whole).filter(|t| *t >= Decimal::from(PLAUSIBLE_PART_OF_WHOLE)) else { continue };
            let message = format!(
                "{}{}万元，是{name}{}万元的{}倍，是否按元填写？如是，请在数后加“元”",
                fields::label_of(field),
                format_wan(value),
                format_wan(whole),
                times.trunc()
            );
            findings.push(finding(FindingCode::ImplausibleAmount, Severity::Error, message, &[field]));
        }
    }
}

/// A blank 年末结转结余 named by the funds balance is not named again as an indicator's missing figure.
fn said_once(findings: &mut Vec<Finding>) {
    let named = findings.iter().any(|f| f.code == FindingCode::FundsUnbalanced && f.fields.first().is_some_and(|id| id == "spend.closing_balance") && f.message.starts_with("年末结转结余未填写"));
    if named {
        findings.retain(|f| !(f.code == FindingCode::MissingInput && f.fields == ["spend.closing_balance"]));
    }
}

/// A project that spent more than its budget: money spent without a budget behind it. A project with a
/// budget and no 实际支出 is counted as spending nothing, which is rarely meant: say so.
fn projects_over_budget(figures: &Figures, findings: &mut Vec<Finding>) {
    for (index, project) in figures.spend.projects.iter().enumerate() {
        let name = if project.name.is_empty() { format!("项目{}", index + 1) } else { format!("项目“{}”", project.name) };
        let field = fields::project_field_id(index, fields::ProjectColumn::Actual);
        let Some(budget) = project.budget else { continue };
        let Some(actual) = project.actual else {
            if figures.problem(&field).is_none() {
                let message = format!("{name}实际支出未填写，暂按0计；未支出请填0");
                findings.push(finding(FindingCode::MissingInput, Severity::Warning, message, &[&field]));
            }
            continue;
        };
        if actual <= budget {
            continue;
        }
        let over = actual.minus(budget).unwrap_or_default();
        let message = format!("{name}实际支出{}万元，超过预算数{}万元（超支{}万元），请核对或说明", format_wan(actual), format_wan(budget), format_wan(over));
        findings.push(finding(FindingCode::OverLimit, Severity::Error, message, &[&field]));
    }
}

/// Indicators that may not exceed 100%, and what to say when they cannot be computed.
fn indicator_limits(indicators: &[Indicator], findings: &mut Vec<Finding>) {
    // A scoring aid only (岳阳 资金结余): a surplus without last year's carry-over is no mistake.
    for indicator in indicators.iter().filter(|i| i.id != IndicatorId::BalanceVsCarryover) {
        match &indicator.value {
            Value::Rate(rate) if capped_at_100(indicator.id) && rate.exceeds_one() => {
                let message = format!(
                    "{}为{}，超过100%（{}）；该项不得评为满分",
                    indicator.name,
                    indicator.text,
                    over_limit_meaning(indicator.id)
                );
                let fields = over_limit_fields(indicator.id);
                findings.push(finding(FindingCode::OverLimit, Severity::Error, message, fields));
            }
            Value::NotApplicable(NotApplicable::ZeroDenominator(fields)) => {
                let message = format!("{}无法计算：{}", indicator.name, reason_of(indicator));
                findings.push(finding(FindingCode::ZeroDenominator, Severity::Warning, message, fields));
            }
            Value::NotApplicable(NotApplicable::Missing(fields)) if !fields.is_empty() => {
                let message = format!("{}缺少数据：{}", indicator.name, reason_of(indicator));
                findings.push(finding(FindingCode::MissingInput, Severity::Info, message, fields));
            }
            _ => {}
        }
    }
}

fn capped_at_100(id: IndicatorId) -> bool {
    matches!(
        id,
        IndicatorId::StaffControl
            | IndicatorId::PublicExpenseControl
            | IndicatorId::SangongControl
            | IndicatorId::BudgetExecution
            | IndicatorId::ProcurementExecution
            | IndicatorId::FixedAssetUtilization
            | IndicatorId::BuildingScaleControl
            | IndicatorId::BuildingInvestmentControl
    )
}

fn over_limit_meaning(id: IndicatorId) -> &'static str {
    match id {
        IndicatorId::StaffControl => "在职人员超过编制",
        IndicatorId::PublicExpenseControl => "公用经费超预算",
        IndicatorId::SangongControl => "“三公”经费超预算",
        IndicatorId::BudgetExecution => "支出超过预算，可能误用收入数作执行数",
        IndicatorId::ProcurementExecution => "政府采购超预算",
        IndicatorId::BuildingScaleControl => "楼堂馆所超批复规模",
        IndicatorId::BuildingInvestmentControl => "楼堂馆所超预算投资",
        _ => "数据可能有误",
    }
}

fn over_limit_fields(id: IndicatorId) -> &'static [&'static str] {
    match id {
        IndicatorId::StaffControl => &["staff.actual.admin", "staff.quota.admin"],
        IndicatorId::PublicExpenseControl => &["spend.public", "public.budget"],
        IndicatorId::SangongControl => &["sangong.actual", "sangong.budget"],
        IndicatorId::BudgetExecution => &["spend.personnel", "budget.initial"],
        IndicatorId::ProcurementExecution => &["procurement.actual", "procurement.budget"],
        IndicatorId::BuildingScaleControl => &["buildings.actual_scale", "buildings.approved_scale"],
        IndicatorId::BuildingInvestmentControl => &["buildings.actual_investment", "buildings.budget_investment"],
        _ => &["assets.in_use", "assets.total"],
    }
}

/// The reason part of a 不适用 sentence (`…不适用：<reason>。`).
fn reason_of(indicator: &Indicator) -> &str {
    indicator.sentence.split_once('：').map_or(indicator.sentence.as_str(), |(_, reason)| reason).trim_end_matches('。')
}

/// A 成文日期 in (or before) the year evaluated: a new clerk types this year into it. Printed in the 落款
/// under a report on the whole year, it cannot be right.
fn signed_too_early(figures: &Figures, findings: &mut Vec<Finding>) {
    let (Some(year), Some(date)) = (figures.year, figures.signature_date) else { return };
    if i64::from(date.year) <= i64::from(year) {
        let message = format!("成文日期{date}不在评价年度{year}年之后，请核对年份");
        findings.push(finding(FindingCode::InvalidInput, Severity::Warning, message, &["unit.signature_date"]));
    }
}

fn late_disclosure(figures: &Figures, findings: &mut Vec<Finding>) {
    for publication in publications(figures) {
        let Some(days) = publication.days() else { continue };
        let fields = [publication.published.1, publication.approved.1];
        if days < 0 {
            let message = format!("{}公开日期早于批复日期，请核对日期", publication.what);
            findings.push(finding(FindingCode::DisclosureLate, Severity::Warning, message, &fields));
        } else if days > MAX_DAYS {
            let message = format!(
                "{}批复后{days}日才公开，超过预算法第十四条规定的{MAX_DAYS}日",
                publication.what
            );
            findings.push(finding(FindingCode::DisclosureLate, Severity::Warning, message, &fields));
        }
    }
}

#[cfg(test)]
mod tests;
