//! The data contract (SPEC §3): every draft field's stable id, its Chinese label and what kind of value
//! it holds. The same ids are the draft document's JSON keys, the page's `data-field` attributes and the
//! tests' handles, so they are extended, never renamed.

use crate::core::calc::methods::{Choice, ExecutionDenominator, Rounding, SangongBasis, StaffScope};

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

use FieldKind::{Amount, Area, Date, Paragraphs, Persons, Text, Year};
use Section as S;

/// Every scalar field, in form order. Project rows are described by [`PROJECT_COLUMNS`].
pub const FIELDS: &[FieldSpec] = &[
    field("draft.title", "草稿名称", Text, S::Meta),
    field("unit.name", "单位名称", Text, S::Unit),
    field("unit.year", "评价年度", Year, S::Unit),
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
    field("budget.basic", "本年基本支出预算", Amount, S::BasicData),
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
    field("method.execution_denominator", "预算执行率口径", FieldKind::Choice(ExecutionDenominator::CHOICES), S::Methods),
    field("method.sangong_basis", "“三公”经费变动率口径", FieldKind::Choice(SangongBasis::CHOICES), S::Methods),
    field("method.staff_scope", "编制与在职人数范围", FieldKind::Choice(StaffScope::CHOICES), S::Methods),
    field("method.rounding", "比率舍入", FieldKind::Choice(Rounding::CHOICES), S::Methods),
];

/// A column of the projects table; row `N`'s field id is `spend.projects.N.<column>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectColumn {
    Name,
    Budget,
    Actual,
    /// 重点项目 (a flag).
    Key,
}

impl ProjectColumn {
    pub const ALL: [ProjectColumn; 4] = [Self::Name, Self::Budget, Self::Actual, Self::Key];

    pub fn id(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Budget => "budget",
            Self::Actual => "actual",
            Self::Key => "key",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "项目名称",
            Self::Budget => "预算数",
            Self::Actual => "实际支出",
            Self::Key => "重点项目",
        }
    }

    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|column| column.id() == id)
    }
}

/// The field id of a project cell.
pub fn project_field_id(row: usize, column: ProjectColumn) -> String {
    format!("spend.projects.{row}.{}", column.id())
}

/// Splits `spend.projects.N.<column>` into its row and column.
pub fn parse_project_field_id(id: &str) -> Option<(usize, ProjectColumn)> {
    let rest = id.strip_prefix("spend.projects.")?;
    let (row, column) = rest.split_once('.')?;
    if row.is_empty() || row.len() > 4 || !row.bytes().all(|b| b.is_ascii_digit()) || (row.len() > 1 && row.starts_with('0')) {
        return None;
    }
    Some((row.parse().ok()?, ProjectColumn::from_id(column)?))
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
    match parse_project_field_id(id) {
        Some((row, column)) => format!("项目{} {}", row + 1, column.label()),
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
            "unit.name", "unit.year", "unit.duties", "unit.structure", "staff.quota.admin", "staff.quota.institution",
            "staff.quota.worker", "staff.actual.admin", "staff.actual.institution", "staff.actual.worker",
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
        assert_eq!(label_of("budget.initial"), "年初预算");
    }
}
