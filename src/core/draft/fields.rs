//! The data contract (SPEC §3): every draft field's stable id, its Chinese label and what kind of value
//! it holds. The same ids are the draft document's JSON keys, the page's `data-field` attributes and the
//! tests' handles, so they are extended, never renamed.

use super::choices::{Choice, ExecutionDenominator, ExecutionRounding, NaPolicy, Rounding, RubricPreset, RuleKind, SangongBasis, StaffScope, StepMode, SOURCES};
use super::rubric::RubricColumn;

/// What a field holds, which decides how its text is parsed and which control edits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A single line of text (单位名称).
    Text,
    /// Paragraphs kept verbatim (职能职责, narrative sections).
    Paragraphs,
    /// Money in 万元.
    Amount,
    /// Whole persons.
    Persons,
    /// A calendar year.
    Year,
    /// A calendar date (预决算批复、公开日期).
    Date,
    /// Floor area in 平方米 (楼堂馆所规模).
    Area,
    /// One of a method's choices.
    Choice(&'static [Choice]),
    /// Yes or no (a checkbox): `true`, or blank for no.
    Flag,
    /// Points (分): 分值, 得分.
    Points,
    /// A percentage parameter of a scoring rule.
    Percent,
    /// The bands of a scoring rule (`x=0 → 8分；…`).
    Bands,
}

/// The part of the form (and of the report) a field belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Unit,
    Staff,
    Budget,
    Spending,
    PublicExpense,
    Sangong,
    Procurement,
    Assets,
    Disclosure,
    Narrative,
    /// Figures only the basic-data table (附件1) needs: last year's final accounts, breakdowns.
    BasicData,
    Methods,
    /// The 附件2 funds block: 年初预算 and 全年预算 of 基本支出 and 项目支出.
    Funds,
    /// The rubric's preset and options (the rows themselves are edited in the scoring table).
    Rubric,
    /// The options of every project's 项目支出绩效自评表 (edited in the project view).
    ProjectEvaluation,
    /// About the draft itself (its name in the drafts list); not part of the report.
    Meta,
}

/// One draft field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    pub id: &'static str,
    pub label: &'static str,
    pub kind: FieldKind,
    pub section: Section,
}

const fn field(id: &'static str, label: &'static str, kind: FieldKind, section: Section) -> FieldSpec {
    FieldSpec { id, label, kind, section }
}

use FieldKind::{Amount, Area, Date, Flag, Paragraphs, Persons, Points, Text, Year};
use Section as S;

/// Every scalar field, in form order. Project rows are described by [`PROJECT_COLUMNS`].
pub const FIELDS: &[FieldSpec] = &[
    field("draft.title", "草稿名称", Text, S::Meta),
    field("unit.name", "单位名称", Text, S::Unit),
    field("unit.year", "评价年度", Year, S::Unit),
    field("unit.signature_date", "成文日期（落款；留空为打印、导出当日）", Date, S::Unit),
    field("unit.duties", "职能职责", Paragraphs, S::Unit),
    field("unit.structure", "机构设置", Paragraphs, S::Unit),
    field("staff.quota.admin", "行政编制数", Persons, S::Staff),
    field("staff.quota.institution", "事业编制数", Persons, S::Staff),
    field("staff.quota.worker", "工勤编制数", Persons, S::Staff),
    field("staff.actual.admin", "行政在职人数", Persons, S::Staff),
    field("staff.actual.institution", "事业在职人数", Persons, S::Staff),
    field("staff.actual.worker", "工勤在职人数", Persons, S::Staff),
    field("staff.retired", "退休人数", Persons, S::Staff),
    field("budget.carryover", "上年结转", Amount, S::Budget),
    field("budget.initial", "年初预算", Amount, S::Budget),
    field("budget.additions", "年中追加", Amount, S::Budget),
    field("budget.policy_additions", "其中：政策性追加", Amount, S::Budget),
    field("budget.policy_reason", "政策性追加事由", Text, S::Budget),
    field("budget.reductions", "年中调减（压减、核减）", Amount, S::Budget),
    field("budget.other_funds", "其他资金（事业收入、上级补助等）", Amount, S::Budget),
    field("income.total", "本年收入合计（决算）", Amount, S::Budget),
    field("spend.personnel", "人员经费", Amount, S::Spending),
    field("spend.public", "公用经费", Amount, S::Spending),
    field("spend.basic_other", "其他基本支出（如代管资金）", Amount, S::Spending),
    field("spend.closing_balance", "年末结转结余", Amount, S::Spending),
    field("spend.stated_total", "报告所列支出总额（执行数）", Amount, S::Spending),
    field("public.budget", "公用经费预算", Amount, S::PublicExpense),
    field("sangong.budget", "本年“三公”经费预算", Amount, S::Sangong),
    field("sangong.actual", "本年“三公”经费决算", Amount, S::Sangong),
    field("sangong.last_budget", "上年“三公”经费预算", Amount, S::Sangong),
    field("sangong.last_actual", "上年“三公”经费决算", Amount, S::Sangong),
    field("sangong.abroad.budget", "因公出国（境）费预算", Amount, S::Sangong),
    field("sangong.abroad.actual", "因公出国（境）费决算", Amount, S::Sangong),
    field("sangong.car_purchase.budget", "公务用车购置费预算", Amount, S::Sangong),
    field("sangong.car_purchase.actual", "公务用车购置费决算", Amount, S::Sangong),
    field("sangong.car_running.budget", "公务用车运行维护费预算", Amount, S::Sangong),
    field("sangong.car_running.actual", "公务用车运行维护费决算", Amount, S::Sangong),
    field("sangong.reception.budget", "公务接待费预算", Amount, S::Sangong),
    field("sangong.reception.actual", "公务接待费决算", Amount, S::Sangong),
    field("procurement.budget", "政府采购预算", Amount, S::Procurement),
    field("procurement.actual", "政府采购实际金额", Amount, S::Procurement),
    field("assets.in_use", "在用固定资产", Amount, S::Assets),
    field("assets.total", "全部固定资产", Amount, S::Assets),
    field("disclosure.budget_approved", "预算批复日期", Date, S::Disclosure),
    field("disclosure.budget_published", "预算公开日期", Date, S::Disclosure),
    field("disclosure.final_approved", "决算批复日期", Date, S::Disclosure),
    field("disclosure.final_published", "决算公开日期", Date, S::Disclosure),
    field("narrative.performance", "三、（三）履职效能和社会效应", Paragraphs, S::Narrative),
    field("narrative.problems", "四、存在的主要问题", Paragraphs, S::Narrative),
    field("narrative.causes", "五、产生问题的主要原因", Paragraphs, S::Narrative),
    field("narrative.improvements", "六、下步努力方向和改进措施", Paragraphs, S::Narrative),
    field("last.spend_total", "上年决算：支出总额", Amount, S::BasicData),
    field("last.basic", "上年决算：基本支出", Amount, S::BasicData),
    field("last.public", "上年决算：公用经费", Amount, S::BasicData),
    field("last.projects", "上年决算：项目支出", Amount, S::BasicData),
    field("public.office", "公用经费其中：办公经费（决算）", Amount, S::BasicData),
    field("public.utilities_travel", "公用经费其中：水费、电费、差旅费（决算）", Amount, S::BasicData),
    field("public.meetings_training", "公用经费其中：会议费、培训费（决算）", Amount, S::BasicData),
    field("sangong.abroad.last_actual", "上年因公出国（境）费决算", Amount, S::BasicData),
    field("sangong.car_purchase.last_actual", "上年公务用车购置费决算", Amount, S::BasicData),
    field("sangong.car_running.last_actual", "上年公务用车运行维护费决算", Amount, S::BasicData),
    field("sangong.reception.last_actual", "上年公务接待费决算", Amount, S::BasicData),
    field("procurement.last_actual", "上年政府采购金额", Amount, S::BasicData),
    field("buildings.approved_scale", "楼堂馆所批复规模", Area, S::BasicData),
    field("buildings.actual_scale", "楼堂馆所实际规模", Area, S::BasicData),
    field("buildings.budget_investment", "楼堂馆所预算投资", Amount, S::BasicData),
    field("buildings.actual_investment", "楼堂馆所实际投资", Amount, S::BasicData),
    field("budget.basic", "基本支出全年预算数", Amount, S::Funds),
    field("funds.basic.initial", "基本支出年初预算数", Amount, S::Funds),
    field("funds.projects.initial", "项目支出年初预算数", Amount, S::Funds),
    field("rubric.preset", "评分表", FieldKind::Choice(RubricPreset::CHOICES), S::Rubric),
    field("rubric.cap_by_execution", "按预算执行率限制总分（执行率低于80%时）", Flag, S::Rubric),
    field("rubric.deviation_deduction", "完成值偏离指标值30%以上的扣2分", Flag, S::Rubric),
    field("project_eval.execution_points", "项目自评表：预算执行率分值", Points, S::ProjectEvaluation),
    field("project_eval.execution_rounding", "项目自评表：执行率得分", FieldKind::Choice(ExecutionRounding::CHOICES), S::ProjectEvaluation),
    field("project_eval.cap_by_execution", "项目自评表：按执行率限制总分", Flag, S::ProjectEvaluation),
    field("method.execution_denominator", "预算执行率口径", FieldKind::Choice(ExecutionDenominator::CHOICES), S::Methods),
    field("method.sangong_basis", "“三公”经费变动率口径", FieldKind::Choice(SangongBasis::CHOICES), S::Methods),
    field("method.staff_scope", "编制与在职人数范围", FieldKind::Choice(StaffScope::CHOICES), S::Methods),
    field("method.rounding", "比率舍入", FieldKind::Choice(Rounding::CHOICES), S::Methods),
];

pub use super::project::{IndicatorColumn, ProjectColumn};

/// The field id of a project cell.
pub fn project_field_id(row: usize, column: ProjectColumn) -> String {
    format!("spend.projects.{row}.{}", column.id())
}

/// Splits `spend.projects.N.<column>` into its row and column.
pub fn parse_project_field_id(id: &str) -> Option<(usize, ProjectColumn)> {
    let (row, column) = id.strip_prefix("spend.projects.")?.split_once('.')?;
    Some((row_number(row)?, ProjectColumn::from_id(column)?))
}

/// The field id of a cell of project `project`'s indicator grid (row `row`).
pub fn indicator_field_id(project: usize, row: usize, column: IndicatorColumn) -> String {
    format!("spend.projects.{project}.indicators.{row}.{}", column.id())
}

/// Splits `spend.projects.N.indicators.K.<column>` into the project, the grid row and the column.
pub fn parse_indicator_field_id(id: &str) -> Option<(usize, usize, IndicatorColumn)> {
    let (project, rest) = id.strip_prefix("spend.projects.")?.split_once('.')?;
    let (row, column) = rest.strip_prefix("indicators.")?.split_once('.')?;
    Some((row_number(project)?, row_number(row)?, IndicatorColumn::from_id(column)?))
}

/// The project a field of a project row or of its 自评表 belongs to.
pub fn project_of(id: &str) -> Option<usize> {
    parse_project_field_id(id).map(|(n, _)| n).or_else(|| parse_indicator_field_id(id).map(|(n, _, _)| n))
}

/// The field id of a rubric cell (an edited rubric's row `N`).
pub fn rubric_field_id(row: usize, column: RubricColumn) -> String {
    format!("rubric.rows.{row}.{}", column.id())
}

/// Splits `rubric.rows.N.<column>` into its row and column.
pub fn parse_rubric_field_id(id: &str) -> Option<(usize, RubricColumn)> {
    let (row, column) = id.strip_prefix("rubric.rows.")?.split_once('.')?;
    Some((row_number(row)?, RubricColumn::from_id(column)?))
}

/// What a score field of a rubric row holds: `score.<row id>`, `score.<row id>.reason` (扣分原因或
/// 评分依据), `score.<row id>.actual` (a manual row's 实际完成值).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreField {
    Score,
    Reason,
    Actual,
}

pub fn score_field_id(row_id: &str, field: ScoreField) -> String {
    match field {
        ScoreField::Score => format!("score.{row_id}"),
        ScoreField::Reason => format!("score.{row_id}.reason"),
        ScoreField::Actual => format!("score.{row_id}.actual"),
    }
}

/// Splits a score field id into the row id and what it holds.
pub fn parse_score_field_id(id: &str) -> Option<(&str, ScoreField)> {
    let rest = id.strip_prefix("score.")?;
    let (row, field) = match rest.rsplit_once('.') {
        Some((row, "reason")) => (row, ScoreField::Reason),
        Some((row, "actual")) => (row, ScoreField::Actual),
        _ => (rest, ScoreField::Score),
    };
    is_row_id(row).then_some((row, field))
}

/// A rubric row id: lower-case ASCII words joined by `_` or `.` (`staff_control`, `funds.total`).
pub fn is_row_id(text: &str) -> bool {
    let words_ok = text.split('.').all(|word| {
        word.starts_with(|c: char| c.is_ascii_lowercase())
            && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    });
    !text.is_empty() && text.len() <= 64 && words_ok && !text.ends_with(".reason") && !text.ends_with(".actual")
}

/// Row numbers as written in field ids: no sign, no leading zero, at most four digits.
fn row_number(text: &str) -> Option<usize> {
    let plain = !text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit());
    (plain && (text.len() == 1 || !text.starts_with('0'))).then(|| text.parse().ok()).flatten()
}

/// What any field holds, by its id: scalar fields, project and rubric cells, score fields.
pub fn kind_of(id: &str) -> Option<FieldKind> {
    if let Some(spec) = spec(id) {
        return Some(spec.kind);
    }
    if let Some((_, column)) = parse_project_field_id(id) {
        return Some(project_column_kind(column));
    }
    if let Some((_, _, column)) = parse_indicator_field_id(id) {
        return Some(match column {
            IndicatorColumn::Points | IndicatorColumn::Score => FieldKind::Points,
            IndicatorColumn::Reason => FieldKind::Paragraphs,
            _ => FieldKind::Text,
        });
    }
    if let Some((_, column)) = parse_rubric_field_id(id) {
        return Some(rubric_column_kind(column));
    }
    parse_score_field_id(id).map(|(_, field)| match field {
        ScoreField::Score => FieldKind::Points,
        ScoreField::Reason | ScoreField::Actual => FieldKind::Text,
    })
}

pub fn project_column_kind(column: ProjectColumn) -> FieldKind {
    match column {
        ProjectColumn::Key => FieldKind::Flag,
        ProjectColumn::GoalExpected | ProjectColumn::GoalActual | ProjectColumn::FundsReason => FieldKind::Paragraphs,
        column if column.is_amount() => FieldKind::Amount,
        _ => FieldKind::Text,
    }
}

pub fn rubric_column_kind(column: RubricColumn) -> FieldKind {
    use RubricColumn as C;
    match column {
        C::Id | C::Level1 | C::Level2 | C::Level3 | C::Target | C::Criteria => FieldKind::Text,
        C::Points | C::Deduct | C::Step => FieldKind::Points,
        C::Threshold | C::Full | C::Zero => FieldKind::Percent,
        C::Bands => FieldKind::Bands,
        C::Source => FieldKind::Choice(SOURCES),
        C::Rule => FieldKind::Choice(RuleKind::CHOICES),
        C::StepMode => FieldKind::Choice(StepMode::CHOICES),
        C::NotApplicable => FieldKind::Choice(NaPolicy::CHOICES),
    }
}

/// The scalar field with this id.
pub fn spec(id: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|spec| spec.id == id)
}

/// The label people know a field by, for messages; project cells read `项目2 预算数`.
pub fn label_of(id: &str) -> String {
    if let Some(spec) = spec(id) {
        return spec.label.to_string();
    }
    if let Some((row, column)) = parse_project_field_id(id) {
        return format!("项目{} {}", row + 1, column.label());
    }
    if let Some((project, row, column)) = parse_indicator_field_id(id) {
        return format!("项目{} 绩效指标第{}行 {}", project + 1, row + 1, column.label());
    }
    if let Some((row, column)) = parse_rubric_field_id(id) {
        return format!("评分表第{}行 {}", row + 1, column.label());
    }
    match parse_score_field_id(id) {
        Some((row, ScoreField::Score)) => format!("“{row}”得分"),
        Some((row, ScoreField::Reason)) => format!("“{row}”评分说明"),
        Some((row, ScoreField::Actual)) => format!("“{row}”实际完成值"),
        None => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<_> = FIELDS.iter().map(|f| f.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), FIELDS.len());
    }

    #[test]
    fn the_spec_ids_are_all_here() {
        for id in [
            "unit.name", "unit.year", "unit.signature_date", "unit.duties", "unit.structure", "staff.quota.admin",
            "staff.quota.institution", "staff.quota.worker", "staff.actual.admin", "staff.actual.institution", "staff.actual.worker",
            "staff.retired", "budget.carryover", "budget.initial", "budget.additions", "budget.reductions",
            "budget.policy_additions", "budget.policy_reason", "budget.other_funds", "spend.personnel",
            "spend.public", "spend.basic_other", "spend.closing_balance", "public.budget", "sangong.budget",
            "sangong.actual", "sangong.last_budget", "sangong.last_actual", "procurement.budget",
            "procurement.actual", "assets.in_use", "assets.total", "disclosure.budget_approved",
            "disclosure.budget_published", "disclosure.final_approved", "disclosure.final_published",
            "method.execution_denominator", "method.sangong_basis", "method.staff_scope", "method.rounding",
        ] {
            assert!(spec(id).is_some(), "{id} missing");
        }
    }

    #[test]
    fn project_ids_round_trip() {
        assert_eq!(project_field_id(0, ProjectColumn::Name), "spend.projects.0.name");
        assert_eq!(parse_project_field_id("spend.projects.12.actual"), Some((12, ProjectColumn::Actual)));
        assert_eq!(parse_project_field_id("spend.projects.01.actual"), None);
        assert_eq!(parse_project_field_id("spend.projects..actual"), None);
        assert_eq!(parse_project_field_id("spend.projects.1.colour"), None);
        assert_eq!(label_of("spend.projects.1.budget"), "项目2 预算数");
        assert_eq!(parse_project_field_id("spend.projects.3.funds.other.executed"), Some((3, ProjectColumn::OtherExecuted)));
        assert_eq!(parse_project_field_id("spend.projects.3.indicators.0.target"), None);
        assert_eq!(indicator_field_id(3, 12, IndicatorColumn::Target), "spend.projects.3.indicators.12.target");
        assert_eq!(parse_indicator_field_id("spend.projects.3.indicators.12.target"), Some((3, 12, IndicatorColumn::Target)));
        assert_eq!(parse_indicator_field_id("spend.projects.3.indicators.012.target"), None);
        assert_eq!(parse_indicator_field_id("spend.projects.3.indicators.1.colour"), None);
        assert_eq!(project_of("spend.projects.3.indicators.1.points"), Some(3));
        assert_eq!(project_of("spend.projects.2.goal.actual"), Some(2));
        assert_eq!(label_of("spend.projects.0.indicators.1.actual"), "项目1 绩效指标第2行 实际完成值");
        assert_eq!(kind_of("spend.projects.0.funds.carryover.initial"), Some(FieldKind::Amount));
        assert_eq!(kind_of("spend.projects.0.indicators.0.score"), Some(FieldKind::Points));
        assert_eq!(label_of("budget.initial"), "年初预算");
    }

    #[test]
    fn rubric_and_score_ids_round_trip() {
        assert_eq!(rubric_field_id(3, RubricColumn::Points), "rubric.rows.3.points");
        assert_eq!(parse_rubric_field_id("rubric.rows.3.points"), Some((3, RubricColumn::Points)));
        assert_eq!(parse_rubric_field_id("rubric.rows.03.points"), None);
        assert_eq!(parse_score_field_id("score.staff_control"), Some(("staff_control", ScoreField::Score)));
        assert_eq!(parse_score_field_id("score.funds.total.reason"), Some(("funds.total", ScoreField::Reason)));
        assert_eq!(parse_score_field_id("score.satisfaction.actual"), Some(("satisfaction", ScoreField::Actual)));
        assert_eq!(parse_score_field_id("score.Bad-Id"), None);
        assert_eq!(parse_score_field_id("score."), None);
        assert_eq!(parse_score_field_id("score.a..b"), None);
        assert!(!is_row_id("x.reason"));
        assert_eq!(kind_of("score.staff_control"), Some(FieldKind::Points));
        assert_eq!(kind_of("rubric.rows.0.bands"), Some(FieldKind::Bands));
        assert_eq!(kind_of("spend.projects.0.key"), Some(FieldKind::Flag));
        assert_eq!(kind_of("budget.secret"), None);
    }
}
