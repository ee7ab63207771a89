//! The findings a reviewer writes about a 项目支出绩效自评表 (SPEC §12): each names the project and the
//! row and leads to the cell to fix. The slips are the ones published tables make: targets met but
//! marked down without a reason, 全年预算数 cut to equal spending, points adding up to 110, the target
//! copied into the 实际完成值, money filed as an output quantity.

use rust_decimal::Decimal;

use crate::core::calc::findings::{finding, Finding, FindingCode as F, Severity};
use crate::core::draft::fields::{indicator_field_id, project_field_id};
use crate::core::draft::project::{FundColumn, FundSource, IndicatorColumn as C, ProjectColumn};
use crate::core::exact::Exact;
use crate::core::reading::amount::format_wan;
use crate::core::reading::figures::FundsInitial;
use crate::core::reading::deadline::{read_year_day, MonthEnd};
use crate::core::reading::target_value::TargetValue;
use crate::core::scoring::rules::{plain, two};

use super::rules::{comparable, tiers, Direction, Tier};
use super::skeleton::skeleton;
use super::{percent_text, Attainment, IndicatorScore, ProjectScore};

/// Every finding about one project's table (one not reported yet is said of all such projects at once:
/// [`not_reported`]).
pub fn review(project: &ProjectScore, funds_reason: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    if project.is_reported() {
        weights(project, &mut findings);
    }
    funds_parts(project, &mut findings);
    budget_cut(project, &mut findings);
    execution_reason(project, funds_reason, &mut findings);
    for row in &project.rows {
        rows(project, row, &mut findings);
    }
    findings
}

/// The findings listed under the table on the 项目自评 screen: [`review`]'s, and what the findings panel
/// says of the project row there (spending above the budget), where the clerk fixes it.
pub fn review_table(project: &ProjectScore, funds_reason: &str) -> Vec<Finding> {
    let mut findings: Vec<Finding> = not_reported(std::slice::from_ref(project)).into_iter().collect();
    findings.extend(review(project, funds_reason));
    overspent(project, &mut findings);
    findings
}

/// 附件2's 项目支出 年初预算数, typed, against the projects' own in their 附件3 tables: the two go to the
/// same reviewer. (Left blank, it is the projects' sum and cannot differ.)
pub fn annex2_initial(initial: &FundsInitial) -> Option<Finding> {
    let (typed, of_projects) = (initial.projects?, initial.of_projects?);
    (typed != of_projects).then(|| {
        let message = format!(
            "附件2项目支出年初预算数{}万元，与附件3各项目年初预算数之和{}万元不符（相差{}万元），请核对",
            format_wan(typed),
            format_wan(of_projects),
            format_wan(typed.minus(of_projects).unwrap_or_default().abs())
        );
        finding(F::SumMismatch, Severity::Warning, message, &["funds.projects.initial"])
    })
}

/// `项目“春节送温暖”`, or `项目3` when it has no name yet.
fn project_name(project: &ProjectScore) -> String {
    if project.name.is_empty() {
        format!("项目{}", project.index + 1)
    } else {
        format!("项目“{}”", project.name)
    }
}

/// `项目“春节送温暖”第3行“慰问人数”`.
fn row_name(project: &ProjectScore, row: &IndicatorScore) -> String {
    let name = if row.name.is_empty() { String::new() } else { format!("“{}”", row.name) };
    format!("{}绩效指标第{}行{name}", project_name(project), row.index + 1)
}

fn cell(project: &ProjectScore, row: &IndicatorScore, column: C) -> String {
    indicator_field_id(project.index, row.index, column)
}

/// The projects not in the report and 附件3 yet (no indicators, or all 不适用), said once for them all: a
/// unit evaluates some of its projects in a year, and a line for each would drown the findings.
pub fn not_reported(projects: &[ProjectScore]) -> Option<Finding> {
    let left: Vec<&ProjectScore> = projects.iter().filter(|p| !p.is_reported()).collect();
    let first = left.first()?;
    let message = match left.as_slice() {
        [project] => {
            let what = if project.rows.is_empty() { "尚未填写绩效指标" } else { "的绩效指标均为不适用" };
            format!("{}{what}，报告和附件3暂不列入此项目", project_name(project))
        }
        _ => {
            let names: Vec<String> = left.iter().map(|p| project_name(p)).collect();
            format!("{}个项目（{}）尚未填写绩效指标或均为不适用，报告和附件3暂不列入；需评价的，请在“项目自评”中填写", left.len(), names.join("、"))
        }
    };
    Some(finding(F::ProjectNotEvaluated, Severity::Warning, message, &[&indicator_field_id(first.index, 0, C::Name)]))
}

fn weights(project: &ProjectScore, findings: &mut Vec<Finding>) {
    let first_points = project.rows.first().map(|r| cell(project, r, C::Points)).unwrap_or_else(|| "project_eval.execution_points".to_string());
    if project.weights != Decimal::ONE_HUNDRED && !project.rows.is_empty() {
        let message = format!("{}的分值合计为{}分（含预算执行率{}分），应为100分", project_name(project), plain(project.weights), plain(project.execution.points));
        findings.push(finding(F::ProjectWeights, Severity::Error, message, &[&first_points]));
        return;
    }
    let split: Vec<(String, Decimal)> = skeleton()
        .split
        .iter()
        .map(|(level1, _)| {
            let key = level1.trim_end_matches("指标");
            let points = project.rows.iter().filter(|r| r.level1.contains(key)).filter_map(|r| r.points);
            (level1.clone(), points.fold(Decimal::ZERO, |s, p| s.plus(p).unwrap_or(s)))
        })
        .collect();
    let usual = skeleton().split.iter().all(|(level1, points)| split.iter().any(|(l, p)| l == level1 && p == points));
    if usual && project.execution.points == Decimal::TEN || project.rows.is_empty() {
        return;
    }
    let parts: Vec<String> = split.iter().map(|(level1, points)| format!("{level1}{}分", plain(*points))).collect();
    let usual: Vec<String> = skeleton().split.iter().map(|(level1, points)| format!("{level1}{}分", plain(*points))).collect();
    let message = format!(
        "{}的分值分配为预算执行率{}分、{}，模板为预算执行率10分、{}；如本地规定不同，可不修改",
        project_name(project),
        plain(project.execution.points),
        parts.join("、"),
        usual.join("、")
    );
    findings.push(finding(F::ProjectWeights, Severity::Warning, message, &[&first_points]));
}

fn funds_parts(project: &ProjectScore, findings: &mut Vec<Finding>) {
    for column in FundColumn::ALL {
        let funds = project.funds.column(column);
        if !funds.has_parts() {
            continue;
        }
        let sum = funds.parts.iter().flatten().fold(Decimal::ZERO, |s, p| s.plus(*p).unwrap_or(s));
        let Some(total) = funds.total else { continue };
        if sum == total {
            continue;
        }
        let message = format!(
            "{}的{}：其中各项合计{}万元，与总数{}万元不符（相差{}万元）",
            project_name(project),
            column.label(),
            format_wan(sum),
            format_wan(total),
            format_wan(total.minus(sum).unwrap_or_default().abs())
        );
        let first = FundSource::ALL.iter().map(|s| ProjectColumn::fund(*s, column)).next().unwrap_or(ProjectColumn::Initial);
        let fields = [project_field_id(project.index, first), project_field_id(project.index, ProjectColumn::fund_total(column))];
        findings.push(finding(F::ProjectFundsParts, Severity::Error, message, &[&fields[0], &fields[1]]));
    }
}

fn budget_cut(project: &ProjectScore, findings: &mut Vec<Finding>) {
    let funds = &project.funds;
    let (Some(initial), Some(full_year), Some(executed)) = (funds.initial(), funds.full_year(), funds.executed()) else { return };
    if !(full_year < initial && full_year == executed) {
        return;
    }
    let against_initial = if initial.is_zero() { "—".to_string() } else { executed.divided_by(initial).map_or_else(|| "—".to_string(), percent_text) };
    let message = format!(
        "{}的全年预算数由年初预算数{}万元调减至与执行数相同的{}万元，执行率显示为100%；按年初预算数计算，执行率为{against_initial}。请说明调减原因",
        project_name(project),
        format_wan(initial),
        format_wan(full_year)
    );
    let field = project_field_id(project.index, ProjectColumn::Budget);
    findings.push(finding(F::ProjectBudgetCut, Severity::Warning, message, &[&field, &project_field_id(project.index, ProjectColumn::FundsReason)]));
}

fn execution_reason(project: &ProjectScore, funds_reason: &str, findings: &mut Vec<Finding>) {
    if !funds_reason.trim().is_empty() {
        return;
    }
    let low = project.execution.rate.is_some_and(|rate| rate < Decimal::new(9, 1));
    let adjusted = matches!((project.funds.initial(), project.funds.full_year()), (Some(i), Some(f)) if i != f);
    if !low && !adjusted {
        return;
    }
    let why = match (low, project.execution.rate) {
        (true, Some(rate)) => format!("预算执行率为{}，低于90%", percent_text(rate)),
        _ => "全年预算数与年初预算数不同".to_string(),
    };
    let message = format!("{}{why}，请填写执行率偏低或预算调整的原因", project_name(project));
    findings.push(finding(F::ProjectExecutionReason, Severity::Warning, message, &[&project_field_id(project.index, ProjectColumn::FundsReason)]));
}

/// Spending above the full-year budget: the formula caps the score at the 分值, but money was spent
/// without a budget behind it (SPEC §5, a rate above its limit; the page's own check says it too).
fn overspent(project: &ProjectScore, findings: &mut Vec<Finding>) {
    let unbudgeted = match (project.funds.full_year(), project.funds.executed()) {
        (Some(budget), Some(spent)) if budget.is_zero() && spent > Decimal::ZERO => Some(spent),
        _ => None,
    };
    let message = match (project.execution.rate.filter(|rate| *rate > Decimal::ONE), unbudgeted) {
        (Some(rate), _) => format!("{}的全年执行数超过全年预算数（执行率{}），超支部分没有预算依据，请核对或说明", project_name(project), percent_text(rate)),
        (None, Some(spent)) => format!("{}的全年预算数为0，却有执行数{}万元，没有预算依据，请核对或说明", project_name(project), format_wan(spent)),
        (None, None) => return,
    };
    findings.push(finding(F::OverLimit, Severity::Error, message, &[&project_field_id(project.index, ProjectColumn::Actual)]));
}

/// Output headings whose rows must be measurable (数量 / 质量 / 时效 / 成本).
const MEASURED_HEADINGS: &[&str] = &["数量", "质量", "时效", "成本"];

/// Words an economic benefit row is written with; a row with none of them is likely misfiled.
const ECONOMIC_WORDS: &[&str] = &[
    "经济", "收入", "增收", "产值", "效益", "节约", "节省", "元", "资金", "投资", "税", "价格", "成本", "产量", "就业", "消费", "费用", "负担", "收益",
    "增长", "带动", "增产", "亩产", "单产", "销售", "利润", "营收", "产业",
];
/// Words an ecological benefit row is written with.
const ECOLOGICAL_WORDS: &[&str] = &[
    "生态", "环境", "绿", "节能", "减排", "排放", "污染", "水", "空气", "碳", "植", "林", "土壤", "能耗", "垃圾", "焚烧", "火点", "化肥", "农药", "秸秆",
    "粪污", "农膜", "地膜", "湿地", "扬尘", "噪声", "废弃物", "生物多样",
];
/// Words of a saving: a cost lowered for others (降低群众就医费用) is a benefit.
const SAVING_WORDS: &[&str] = &["降低", "节约", "节省", "减少", "减轻"];
/// Words of cost, which belong under 成本指标 rather than under 效益.
const COST_WORDS: &[&str] = &["成本", "费用", "经费", "单价", "投入资金"];

/// Template text left in a row.
const PLACEHOLDERS: &[&str] = &["……", "...", "XX", "xx", "××", "请填写", "填写说明", "例：", "例如：", "如：", "（填写", "(填写"];

fn rows(project: &ProjectScore, row: &IndicatorScore, findings: &mut Vec<Finding>) {
    let name = row_name(project, row);
    let mut push = |code: F, severity: Severity, message: String, column: C| {
        findings.push(finding(code, severity, format!("{name}：{message}"), &[&cell(project, row, column)]));
    };
    // Template text is one slip: its heading would be noise beside it.
    if !placeholder(row, &mut push) {
        headings(row, &mut push);
    }
    if row.attainment == Attainment::NotApplicable {
        return;
    }
    measured(row, &mut push);
    deadline_year(row, project.year, &mut push);
    filed_score(row, &mut push);
    deviation_reason(row, &mut push);
}

/// A deadline in a year before the one evaluated (“2023年12月底前” in 2024's table): last year's target
/// copied from the budget system or an old draft. Read against it, a result on time this year is late.
fn deadline_year(row: &IndicatorScore, year: Option<u32>, push: &mut impl FnMut(F, Severity, String, C)) {
    let dated = read_year_day(&row.target_text, MonthEnd::Deadline).and_then(|day| day.year);
    if let (Some(dated), Some(year)) = (dated, year) {
        if dated < year {
            let message = format!("年度指标值“{}”的时间在{dated}年，早于评价年度{year}年，是否沿用了上年的指标值？请核对", row.target_text);
            push(F::ProjectDeadlineYear, Severity::Warning, message, C::Target);
        }
    }
}

/// A 完成值 that does not measure its target: a target written again, a unit that differs, words where
/// a figure was set, or nothing yet — the row waits (待评) and counts nothing until it is filled.
fn measured(row: &IndicatorScore, push: &mut impl FnMut(F, Severity, String, C)) {
    if let Some(comparator) = row.actual.comparator() {
        push(F::ProjectNotMeasured, Severity::Error, format!("实际完成值“{}”写的是目标（{}），应填写实际达到的数值；填写前此行待评、不计分", row.actual_text, comparator.symbol()), C::Actual);
        return;
    }
    match (&row.target, &row.actual) {
        (TargetValue::Number { .. }, TargetValue::Number { .. }) => {
            if let Err(problem) = comparable(&row.target, &row.actual) {
                push(F::ProjectUnitMismatch, Severity::Error, problem, C::Actual);
            }
        }
        // “按期完成” against “180天内” is how a 时效 result is usually reported.
        (TargetValue::Number { .. }, TargetValue::Words(words)) if !row.level2.contains("时效") => {
            let message = format!("年度指标值为数值“{}”，实际完成值应填写实际达到的数值，而不是“{words}”", row.target_text);
            push(F::ProjectNotMeasured, Severity::Warning, message, C::Actual);
        }
        _ if row.attainment == Attainment::Pending && row.filed.is_none() && row.effective_points.is_some() => {
            push(F::ProjectNotMeasured, Severity::Warning, format!("{}，此行暂不计分", row.note), C::Actual);
        }
        _ => {}
    }
}

/// A target missed, met only in part, or beaten by 30% or more, with no 偏差原因.
fn deviation_reason(row: &IndicatorScore, push: &mut impl FnMut(F, Severity, String, C)) {
    if !row.reason.is_empty() {
        return;
    }
    let what = match row.attainment {
        Attainment::Missed | Attainment::Tier(Tier::Missed) => "未完成年度指标值",
        Attainment::Tier(Tier::Partly) => "年度指标值仅部分达成",
        _ if row.beaten_by_30 && row.direction == Direction::Reverse => "完成值优于指标值30%以上",
        _ if row.beaten_by_30 => "完成值超出指标值30%以上",
        _ => return,
    };
    push(F::ProjectDeviationReason, Severity::Warning, format!("{what}，请填写偏差原因分析及改进措施"), C::Reason);
}

/// Template text left in the row; whether there was any.
fn placeholder(row: &IndicatorScore, push: &mut impl FnMut(F, Severity, String, C)) -> bool {
    let numbered = |text: &str| text.strip_prefix("指标").is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    for (text, column) in [(&row.name, C::Name), (&row.target_text, C::Target), (&row.actual_text, C::Actual)] {
        if numbered(text) || PLACEHOLDERS.iter().any(|p| text.contains(p)) {
            push(F::ProjectPlaceholder, Severity::Error, format!("“{text}”是模板中的示例文字，请改为本项目的内容"), column);
            return true;
        }
    }
    false
}

fn headings(row: &IndicatorScore, push: &mut impl FnMut(F, Severity, String, C)) {
    let has = |words: &[&str]| words.iter().any(|w| row.name.contains(w) || row.target_text.contains(w));
    let measured_heading = MEASURED_HEADINGS.iter().find(|h| row.level2.contains(*h));
    if let Some(heading) = measured_heading {
        // A deadline (“12月底前”) is a 时效 target one can measure against.
        let dated = read_year_day(&row.target_text, MonthEnd::Deadline).is_some();
        if matches!(row.target, TargetValue::Words(_) | TargetValue::Empty) && !dated {
            let message = format!("{heading}指标的年度指标值应为可衡量的数值（如“≥95%”“=2个”），而不是“{}”", if row.target_text.is_empty() { "空白" } else { &row.target_text });
            push(F::ProjectUnquantified, Severity::Warning, message, C::Target);
        }
        if *heading == "数量" && row.target.in_wan().is_some() {
            push(F::ProjectMoneyAsOutput, Severity::Warning, "以金额作为数量指标，金额应列在成本指标下".into(), C::Level2);
        }
    } else if row.target == TargetValue::Empty && row.actual == TargetValue::Empty {
        push(F::ProjectUnquantified, Severity::Warning, "未填写年度指标值和实际完成值，得分无从核对".into(), C::Target);
    }
    let level = format!("{}{}", row.level1, row.level2);
    let misfiled = if level.contains("满意") && !row.name.contains("满意") {
        Some("列在满意度指标下，但指标名称不是满意度")
    } else if row.level1.contains("效益") && has(COST_WORDS) && !has(SAVING_WORDS) {
        Some("是成本，应列在产出指标的成本指标下")
    } else if row.level2.contains("经济效益") && !has(ECONOMIC_WORDS) {
        Some("列在经济效益指标下，但内容不涉及经济效益")
    } else if row.level2.contains("生态效益") && !has(ECOLOGICAL_WORDS) {
        Some("列在生态效益指标下，但内容不涉及生态环境")
    } else {
        None
    };
    if let Some(problem) = misfiled.filter(|_| !row.name.is_empty()) {
        push(F::ProjectLevelMismatch, Severity::Warning, format!("{problem}（{}／{}），请核对", row.level1, row.level2), C::Level2);
    }
}

/// A typed 得分 checked against its rule: full marks for a miss, below full for a met target without a
/// reason, outside its tier's band, above its 分值, or another figure than the rule gives.
fn filed_score(row: &IndicatorScore, push: &mut impl FnMut(F, Severity, String, C)) {
    let (Some(filed), Some(points)) = (row.filed, row.effective_points) else { return };
    if filed > points {
        push(F::ProjectScoreOutOfBand, Severity::Error, format!("得分{}超过分值{}", two(filed), two(points)), C::Score);
        return;
    }
    match row.attainment {
        Attainment::Missed if filed >= points => {
            let computed = row.computed.map(two).unwrap_or_default();
            push(F::ProjectMissedFull, Severity::Error, format!("未完成年度指标值却得满分{}（按比例应为{computed}分）", two(filed)), C::Score);
        }
        Attainment::Met if filed < points && row.reason.is_empty() => {
            push(F::ProjectMetNotFull, Severity::Warning, format!("已完成年度指标值，得分{}低于分值{}，请写明扣分原因", two(filed), two(points)), C::Score);
        }
        Attainment::Missed if row.computed.is_some_and(|c| c != filed) => {
            let computed = row.computed.map(two).unwrap_or_default();
            push(F::ProjectScoreOutOfBand, Severity::Error, format!("得分{}与按比例计算的{computed}分不符", two(filed)), C::Score);
        }
        Attainment::Tier(tier) => {
            let band = tiers().band(tier);
            let share = filed.times(Decimal::ONE_HUNDRED).and_then(|p| p.divided_by(points)).unwrap_or_default();
            if share < band.lower || share > band.upper {
                let message = format!(
                    "实际完成情况属“{}”，得分应在分值的{}%～{}%之间（{}～{}分），而不是{}分",
                    tier.label(),
                    plain(band.lower),
                    plain(band.upper),
                    two(points.times(band.lower).and_then(|p| p.divided_by(Decimal::ONE_HUNDRED)).unwrap_or_default()),
                    two(points.times(band.upper).and_then(|p| p.divided_by(Decimal::ONE_HUNDRED)).unwrap_or_default()),
                    two(filed)
                );
                push(F::ProjectScoreOutOfBand, Severity::Error, message, C::Score);
            } else if tier == Tier::Met && filed < points && row.reason.is_empty() {
                push(F::ProjectMetNotFull, Severity::Warning, format!("已达成，得分{}低于分值{}，请写明扣分原因", two(filed), two(points)), C::Score);
            }
        }
        _ => {}
    }
}
