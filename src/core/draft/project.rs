//! A project row (项目) as typed: the form's four columns (名称, 预算数, 实际支出, 重点) and the cells of
//! its 项目支出绩效自评表 (SPEC §12): 年初预算数, 主管部门 and 实施单位, 年度总体目标, the 其中 funds rows, the
//! reason for a low 执行率, and the indicator grid, one [`IndicatorRow`] per 三级指标.
//!
//! Field ids: `spend.projects.<n>.<column>` for the project's own cells and
//! `spend.projects.<n>.indicators.<k>.<column>` for the grid. The row's `budget` is the table's 全年预算数
//! and its `actual` the 全年执行数: typed once, shown in both places.

use super::ids::labelled_ids;
use super::json;
use super::rows::Keyed;
use super::RowId;

/// 资金来源: the 其中 rows of the table's funds block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FundSource {
    /// 当年财政拨款.
    Appropriation,
    /// 上年结转资金.
    Carryover,
    /// 其他资金.
    Other,
}

impl FundSource {
    pub const ALL: [FundSource; 3] = [Self::Appropriation, Self::Carryover, Self::Other];

    pub fn id(self) -> &'static str {
        match self {
            Self::Appropriation => "appropriation",
            Self::Carryover => "carryover",
            Self::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Appropriation => "当年财政拨款",
            Self::Carryover => "上年结转资金",
            Self::Other => "其他资金",
        }
    }
}

/// A column of the funds block: 年初预算数, 全年预算数, 全年执行数.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FundColumn {
    Initial,
    FullYear,
    Executed,
}

impl FundColumn {
    pub const ALL: [FundColumn; 3] = [Self::Initial, Self::FullYear, Self::Executed];

    pub fn label(self) -> &'static str {
        match self {
            Self::Initial => "年初预算数",
            Self::FullYear => "全年预算数",
            Self::Executed => "全年执行数",
        }
    }
}

labelled_ids! {
    /// A cell of a project row; row `N`'s field id is `spend.projects.N.<id>`.
    ProjectColumn {
        Name = "name": "项目名称",
        Budget = "budget": "预算数",
        Actual = "actual": "实际支出",
        Key = "key": "重点项目",
        Initial = "initial": "年初预算数",
        Department = "department": "主管部门",
        Implementer = "implementer": "实施单位",
        GoalExpected = "goal.expected": "年度总体目标（预期目标）",
        GoalActual = "goal.actual": "年度总体目标（实际完成情况）",
        FundsReason = "funds_reason": "执行率偏低或预算调整的原因",
        AppropriationInitial = "funds.appropriation.initial": "当年财政拨款 年初预算数",
        AppropriationFullYear = "funds.appropriation.full_year": "当年财政拨款 全年预算数",
        AppropriationExecuted = "funds.appropriation.executed": "当年财政拨款 全年执行数",
        CarryoverInitial = "funds.carryover.initial": "上年结转资金 年初预算数",
        CarryoverFullYear = "funds.carryover.full_year": "上年结转资金 全年预算数",
        CarryoverExecuted = "funds.carryover.executed": "上年结转资金 全年执行数",
        OtherInitial = "funds.other.initial": "其他资金 年初预算数",
        OtherFullYear = "funds.other.full_year": "其他资金 全年预算数",
        OtherExecuted = "funds.other.executed": "其他资金 全年执行数",
        // 上年决算数: last year's spending on the project, for 附件1 (carried by next year's draft).
        PriorActual = "prior_actual": "上年决算数",
    }
}

impl ProjectColumn {
    /// The 其中 cell of `source` in `column`.
    pub fn fund(source: FundSource, column: FundColumn) -> Self {
        use FundColumn as F;
        use FundSource as S;
        match (source, column) {
            (S::Appropriation, F::Initial) => Self::AppropriationInitial,
            (S::Appropriation, F::FullYear) => Self::AppropriationFullYear,
            (S::Appropriation, F::Executed) => Self::AppropriationExecuted,
            (S::Carryover, F::Initial) => Self::CarryoverInitial,
            (S::Carryover, F::FullYear) => Self::CarryoverFullYear,
            (S::Carryover, F::Executed) => Self::CarryoverExecuted,
            (S::Other, F::Initial) => Self::OtherInitial,
            (S::Other, F::FullYear) => Self::OtherFullYear,
            (S::Other, F::Executed) => Self::OtherExecuted,
        }
    }

    /// The total cell of a funds column: 年初预算数, or the row's own 预算数 / 实际支出.
    pub fn fund_total(column: FundColumn) -> Self {
        match column {
            FundColumn::Initial => Self::Initial,
            FundColumn::FullYear => Self::Budget,
            FundColumn::Executed => Self::Actual,
        }
    }

    /// Whether the cell holds money (万元).
    pub fn is_amount(self) -> bool {
        !matches!(self, Self::Name | Self::Key | Self::Department | Self::Implementer | Self::GoalExpected | Self::GoalActual | Self::FundsReason)
    }

    /// Whether the cell is part of the 自评表 rather than the form's projects table.
    pub fn is_sheet(self) -> bool {
        !matches!(self, Self::Name | Self::Budget | Self::Actual | Self::Key)
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }
}

labelled_ids! {
    /// A column of the indicator grid; its field id is `spend.projects.N.indicators.K.<id>`.
    IndicatorColumn {
        Level1 = "level1": "一级指标",
        Level2 = "level2": "二级指标",
        Name = "name": "三级指标",
        Target = "target": "年度指标值",
        Actual = "actual": "实际完成值",
        Points = "points": "分值",
        Score = "score": "得分",
        Reason = "reason": "偏差原因分析及改进措施",
    }
}

/// One row of a project's indicator grid, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorRow {
    pub row: RowId,
    cells: Vec<String>,
}

impl IndicatorRow {
    pub fn new(row: RowId) -> Self {
        Self { row, cells: vec![String::new(); IndicatorColumn::ALL.len()] }
    }

    pub fn cell(&self, column: IndicatorColumn) -> &str {
        self.cells.get(column as usize).map_or("", String::as_str)
    }

    /// Every cell, in [`IndicatorColumn::ALL`] order.
    pub fn cells(&self) -> &[String] {
        &self.cells
    }

    pub fn set(&mut self, column: IndicatorColumn, text: &str) {
        if let Some(cell) = self.cells.get_mut(column as usize) {
            *cell = text.to_string();
        }
    }

    /// Nothing typed in the row's own cells: an unused row of the skeleton (its 一级 / 二级 headings
    /// may be filled). It is not an indicator, and is neither scored nor printed.
    pub fn is_unused(&self) -> bool {
        IndicatorColumn::ALL.iter().filter(|c| !matches!(c, IndicatorColumn::Level1 | IndicatorColumn::Level2)).all(|c| self.cell(*c).trim().is_empty())
    }
}

impl Keyed for IndicatorRow {
    fn key(&self) -> RowId {
        self.row
    }
}

/// The row a draft started from last year's report (据此新建草稿) holds for a 项目支出 the report gives but does
/// not list by project: a stand-in for projects the clerk is to type, not a project the unit runs.
pub const UNLISTED_PROJECTS: &str = "项目支出（报告未分项）";

/// The row of what a 项目支出 spent beyond the projects its report lists: a stand-in too.
pub const UNLISTED_REST: &str = "其他项目（报告未逐项列出）";

/// Whether a row of this name is a stand-in ([`Project::is_stand_in`]): for what knows a row by its name
/// only (the figures, the scored tables the report is printed from).
pub fn is_stand_in_name(name: &str) -> bool {
    [UNLISTED_PROJECTS, UNLISTED_REST].contains(&name.trim())
}

/// One row of the projects table with its 自评表.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub row: RowId,
    /// Every cell, in [`ProjectColumn::ALL`] order.
    cells: Vec<String>,
    pub indicators: Vec<IndicatorRow>,
}

impl Project {
    pub fn new(row: RowId) -> Self {
        Self { row, cells: vec![String::new(); ProjectColumn::ALL.len()], indicators: Vec::new() }
    }

    pub fn cell(&self, column: ProjectColumn) -> &str {
        self.cells.get(column.index()).map_or("", String::as_str)
    }

    /// Every cell, in [`ProjectColumn::ALL`] order.
    pub fn cells(&self) -> &[String] {
        &self.cells
    }

    /// What was typed, without the identities rows have while a draft is open: for comparing drafts.
    pub fn typed(&self) -> (Vec<String>, Vec<Vec<String>>) {
        (self.cells.clone(), self.indicators.iter().map(|row| row.cells.clone()).collect())
    }

    /// Sets a cell; 重点 holds `true` or nothing.
    pub fn set(&mut self, column: ProjectColumn, text: &str) {
        let text = if column == ProjectColumn::Key && text != "true" { "" } else { text };
        if let Some(cell) = self.cells.get_mut(column.index()) {
            *cell = text.to_string();
        }
    }

    pub fn name(&self) -> &str {
        self.cell(ProjectColumn::Name)
    }

    pub fn budget(&self) -> &str {
        self.cell(ProjectColumn::Budget)
    }

    pub fn actual(&self) -> &str {
        self.cell(ProjectColumn::Actual)
    }

    /// 重点项目.
    pub fn is_key(&self) -> bool {
        self.cell(ProjectColumn::Key) == "true"
    }

    /// A row standing in for projects a report did not list ([`UNLISTED_PROJECTS`], [`UNLISTED_REST`]): it
    /// keeps the year's 项目支出 whole until the clerk splits it, and is no project to carry on or count.
    pub fn is_stand_in(&self) -> bool {
        is_stand_in_name(self.name())
    }

    /// Nothing typed in the form's columns (a row just added).
    pub fn is_blank(&self) -> bool {
        [ProjectColumn::Name, ProjectColumn::Budget, ProjectColumn::Actual].iter().all(|c| self.cell(*c).trim().is_empty()) && !self.is_key()
    }

    /// Whether the project has a 自评表: any of its cells typed, or an indicator row in use. (上年决算数 is
    /// typed beside the table, for 附件1, and next year's draft fills it for every project: not a 自评表.)
    pub fn is_evaluated(&self) -> bool {
        let in_table = |c: &ProjectColumn| c.is_sheet() && *c != ProjectColumn::PriorActual;
        ProjectColumn::ALL.iter().any(|c| in_table(c) && !self.cell(*c).trim().is_empty())
            || self.indicators.iter().any(|row| !row.is_unused())
    }
}

impl Project {
    /// The grid's rows, in order, once rows `pasted` have come in from a spreadsheet over the template's.
    /// The template's rows left unused after them stand where the template put them, past the pasted
    /// table's end (its 效益 rows read after its 满意度 row). A paste that brings rows under every 一级
    /// heading of the grid is the whole table: those rows go. A paste of part of it leaves them to be
    /// filled, each moved to the end of its own 一级 part (`order`: the 一级 headings in the template's
    /// order). Unused rows before the paste, and every row in use, keep their place.
    pub fn tidied_after_paste(&self, pasted: std::ops::Range<usize>, order: &[String]) -> Vec<RowId> {
        let level1 = |row: &IndicatorRow| row.cell(IndicatorColumn::Level1).trim().to_string();
        let rows = &self.indicators;
        let brought: Vec<String> = rows.get(pasted.clone()).unwrap_or_default().iter().map(level1).collect();
        let whole = rows.iter().all(|row| brought.contains(&level1(row)));
        let left = |index: usize, row: &IndicatorRow| index >= pasted.end && row.is_unused();
        let mut kept: Vec<&IndicatorRow> = rows.iter().enumerate().filter(|(i, row)| !left(*i, row)).map(|(_, row)| row).collect();
        if !whole {
            let rank = |heading: &str| order.iter().position(|o| o == heading).unwrap_or(order.len());
            for row in rows.iter().enumerate().filter(|(i, row)| left(*i, row)).map(|(_, row)| row) {
                let own = level1(row);
                let at = kept
                    .iter()
                    .rposition(|k| level1(k) == own)
                    .map(|last| last + 1)
                    .or_else(|| kept.iter().position(|k| rank(&level1(k)) > rank(&own)))
                    .unwrap_or(kept.len());
                kept.insert(at, row);
            }
        }
        kept.iter().map(|row| row.row).collect()
    }
}

impl Keyed for Project {
    fn key(&self) -> RowId {
        self.row
    }
}

/// A project's cells and indicator rows as JSON (the first row its own cells, then one row per
/// indicator): how the project view hands an edited project back to the page.
pub fn project_to_json(project: &Project) -> String {
    let own = std::iter::once(project.cells.iter().map(String::as_str));
    json::write_rows(own.chain(project.indicators.iter().map(|row| row.cells.iter().map(String::as_str))))
}

/// Reads [`project_to_json`]'s form: the project's cells and its indicator rows, or `None` unless every
/// row has its full set of cells.
pub fn project_from_json(text: &str) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let mut rows = json::read_rows(text)?.into_iter();
    let cells = rows.next().filter(|cells| cells.len() == ProjectColumn::ALL.len())?;
    let indicators: Vec<Vec<String>> = rows.collect();
    indicators.iter().all(|row| row.len() == IndicatorColumn::ALL.len()).then_some((cells, indicators))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_goes_to_json_and_back() {
        let mut project = Project::new(RowId(0));
        project.set(ProjectColumn::Name, "职工\"书屋\"");
        project.set(ProjectColumn::OtherExecuted, "3");
        let mut row = IndicatorRow::new(RowId(1));
        row.set(IndicatorColumn::Target, "≥3个");
        project.indicators.push(row);
        let (cells, indicators) = project_from_json(&project_to_json(&project)).unwrap();
        assert_eq!(cells, project.cells);
        assert_eq!(indicators, [project.indicators[0].cells.clone()]);
        assert_eq!(project_from_json("[[\"too few\"]]"), None);
        assert_eq!(project_from_json("{}"), None);
    }

    #[test]
    fn column_ids_round_trip_and_funds_cells_are_named_by_source_and_column() {
        for column in ProjectColumn::ALL {
            assert_eq!(ProjectColumn::from_id(column.id()), Some(*column));
        }
        for column in IndicatorColumn::ALL {
            assert_eq!(IndicatorColumn::from_id(column.id()), Some(*column));
        }
        let ids: Vec<&str> = FundSource::ALL.iter().flat_map(|s| FundColumn::ALL.map(|c| ProjectColumn::fund(*s, c).id())).collect();
        assert_eq!(ids.len(), 9);
        assert!(ids.iter().all(|id| id.starts_with("funds.")));
        assert_eq!(ProjectColumn::fund(FundSource::Carryover, FundColumn::FullYear).id(), "funds.carryover.full_year");
        assert_eq!(ProjectColumn::fund_total(FundColumn::Executed), ProjectColumn::Actual);
    }

    #[test]
    fn a_project_is_evaluated_once_its_table_has_something_typed() {
        let mut project = Project::new(RowId(0));
        project.set(ProjectColumn::Name, "春节送温暖");
        project.set(ProjectColumn::Budget, "30");
        assert!(!project.is_evaluated(), "the form's columns alone are not a 自评表");
        let mut skeleton = IndicatorRow::new(RowId(1));
        skeleton.set(IndicatorColumn::Level1, "产出指标");
        skeleton.set(IndicatorColumn::Level2, "数量指标");
        project.indicators.push(skeleton);
        assert!(project.indicators[0].is_unused());
        assert!(!project.is_evaluated(), "skeleton headings alone are not an indicator");
        project.indicators[0].set(IndicatorColumn::Name, "慰问困难职工人数");
        assert!(project.is_evaluated());
        project.set(ProjectColumn::Key, "yes");
        assert!(!project.is_key(), "only `true` marks a key project");
    }

    /// The template's nine rows (一级, 二级), as a new project starts.
    fn from_template(headings: &[(&str, &str)]) -> Project {
        let mut project = Project::new(RowId(0));
        for (k, (level1, level2)) in headings.iter().enumerate() {
            let mut row = IndicatorRow::new(RowId(k as u32 + 1));
            row.set(IndicatorColumn::Level1, level1);
            row.set(IndicatorColumn::Level2, level2);
            project.indicators.push(row);
        }
        project
    }

    /// Fills row `k` as a paste does: its headings and its 三级指标.
    fn paste_row(project: &mut Project, k: usize, level1: &str, name: &str) {
        project.indicators[k].set(IndicatorColumn::Level1, level1);
        project.indicators[k].set(IndicatorColumn::Name, name);
    }

    const TEMPLATE: [(&str, &str); 7] = [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "时效指标"),
        ("效益指标", "社会效益指标"),
        ("效益指标", "可持续影响指标"),
        ("满意度指标", "服务对象满意度指标"),
        ("满意度指标", "服务对象满意度指标"),
    ];

    fn order() -> Vec<String> {
        ["产出指标", "效益指标", "满意度指标"].map(String::from).to_vec()
    }

    fn names(project: &Project, ids: &[RowId]) -> Vec<String> {
        ids.iter().map(|id| project.indicators.iter().find(|r| r.row == *id).map_or("?".into(), |r| format!("{}/{}", r.cell(IndicatorColumn::Level1), r.cell(IndicatorColumn::Name)))).collect()
    }

    #[test]
    fn a_whole_table_pasted_over_the_template_leaves_none_of_its_empty_rows() {
        let mut project = from_template(&TEMPLATE);
        for (k, (level1, name)) in [("产出指标", "修缮书屋"), ("产出指标", "验收合格率"), ("效益指标", "借阅人次"), ("满意度指标", "读者满意度")].iter().enumerate() {
            paste_row(&mut project, k, level1, name);
        }
        let tidied = project.tidied_after_paste(0..4, &order());
        assert_eq!(names(&project, &tidied), ["产出指标/修缮书屋", "产出指标/验收合格率", "效益指标/借阅人次", "满意度指标/读者满意度"]);
    }

    #[test]
    fn part_of_a_table_pasted_leaves_the_other_rows_under_their_own_headings() {
        let mut project = from_template(&TEMPLATE);
        // Two 效益 rows pasted at the top, over two 产出 rows: the 产出 rows left go before them, the
        // unused 满意度 rows stay last.
        paste_row(&mut project, 0, "效益指标", "借阅人次");
        paste_row(&mut project, 1, "效益指标", "开放天数");
        let tidied = project.tidied_after_paste(0..2, &order());
        assert_eq!(names(&project, &tidied), ["产出指标/", "效益指标/借阅人次", "效益指标/开放天数", "效益指标/", "效益指标/", "满意度指标/", "满意度指标/"]);
        // Rows typed before the paste keep their place, unused or not.
        let mut typed = from_template(&TEMPLATE);
        paste_row(&mut typed, 3, "效益指标", "借阅人次");
        paste_row(&mut typed, 4, "满意度指标", "读者满意度");
        let tidied = typed.tidied_after_paste(3..5, &order());
        assert_eq!(names(&typed, &tidied), ["产出指标/", "产出指标/", "产出指标/", "效益指标/借阅人次", "满意度指标/读者满意度", "满意度指标/", "满意度指标/"]);
    }

    #[test]
    fn last_years_spending_alone_is_not_a_table() {
        let mut project = Project::new(RowId(0));
        project.set(ProjectColumn::Name, "春节送温暖");
        project.set(ProjectColumn::PriorActual, "27.40");
        assert!(!project.is_evaluated(), "上年决算数 is for 附件1, filled by next year's draft");
        project.set(ProjectColumn::GoalExpected, "慰问困难职工120户");
        assert!(project.is_evaluated());
    }
}
