//! Figures (数据): the draft's text read into typed values, plus a problem for every field that could
//! not be read. A half-filled or mistyped draft still yields every figure that can be read.

use rust_decimal::Decimal;

use crate::core::exact::Exact;
use crate::core::reading::amount::parse_amount;
use crate::core::reading::area::parse_area;
use crate::core::reading::date::{parse_typed_date, parse_year, CivilDate};
use crate::core::draft::Draft;
use crate::core::draft::fields::{project_field_id, ProjectColumn};
use crate::core::reading::headcount::parse_headcount;
use crate::core::draft::choices::{ExecutionDenominator, ExecutionRounding, Methods, Rounding, SangongBasis, StaffScope};
use crate::core::reading::points::parse_points;
use crate::core::draft::choices::RubricPreset;

/// A field whose text could not be read, with the message to show beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    pub field: String,
    pub message: String,
}

/// A value per staff type (行政 / 事业 / 工勤).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ByStaffType {
    pub admin: Option<u32>,
    pub institution: Option<u32>,
    pub worker: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Staff {
    /// 编制数.
    pub quota: ByStaffType,
    /// 实有在职人数.
    pub actual: ByStaffType,
    pub retired: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Budget {
    pub carryover: Option<Decimal>,
    pub initial: Option<Decimal>,
    pub additions: Option<Decimal>,
    pub policy_additions: Option<Decimal>,
    pub reductions: Option<Decimal>,
    pub other_funds: Option<Decimal>,
    /// 本年收入合计, entered to check that 执行数 is not the income total.
    pub income_total: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProjectFigures {
    pub name: String,
    pub budget: Option<Decimal>,
    pub actual: Option<Decimal>,
    /// 上年决算数: last year's spending on it, for 附件1.
    pub prior_actual: Option<Decimal>,
    pub is_key: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Spend {
    pub personnel: Option<Decimal>,
    pub public: Option<Decimal>,
    pub basic_other: Option<Decimal>,
    pub closing_balance: Option<Decimal>,
    /// The 执行数 the report states, to compare with the computed 支出合计.
    pub stated_total: Option<Decimal>,
    pub projects: Vec<ProjectFigures>,
}

/// A budget and its actual.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Planned {
    pub budget: Option<Decimal>,
    pub actual: Option<Decimal>,
}

/// One part of the “三公” breakdown: 因公出国, 公车购置, 公车运行 or 公务接待.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SangongPart {
    /// The field id prefix, e.g. `sangong.reception`.
    pub prefix: &'static str,
    pub budget: Option<Decimal>,
    pub actual: Option<Decimal>,
    pub last_actual: Option<Decimal>,
}

/// “三公”经费: totals for this and last year, and the optional breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sangong {
    pub this_year: Planned,
    pub last_year: Planned,
    /// In the order of [`SANGONG_PARTS`].
    pub parts: Vec<SangongPart>,
}

pub const SANGONG_PARTS: [&str; 4] = ["sangong.abroad", "sangong.car_purchase", "sangong.car_running", "sangong.reception"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Disclosure {
    pub budget_approved: Option<CivilDate>,
    pub budget_published: Option<CivilDate>,
    pub final_approved: Option<CivilDate>,
    pub final_published: Option<CivilDate>,
}

/// 楼堂馆所: approved and actual floor area (平方米) and investment (万元).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Buildings {
    pub approved_scale: Option<Decimal>,
    pub actual_scale: Option<Decimal>,
    pub budget_investment: Option<Decimal>,
    pub actual_investment: Option<Decimal>,
}

/// Figures only the basic-data table (附件1) shows: last year's final accounts and breakdowns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BasicData {
    pub basic_budget: Option<Decimal>,
    pub last_spend_total: Option<Decimal>,
    pub last_basic: Option<Decimal>,
    pub last_public: Option<Decimal>,
    pub last_projects: Option<Decimal>,
    pub public_office: Option<Decimal>,
    pub public_utilities_travel: Option<Decimal>,
    pub public_meetings_training: Option<Decimal>,
    pub procurement_last_actual: Option<Decimal>,
}

/// 年初预算 split into 基本支出 and 项目支出 (the 附件2 funds block).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FundsInitial {
    pub basic: Option<Decimal>,
    /// As typed, else the projects' own 年初预算数 ([`FundsInitial::of_projects`]).
    pub projects: Option<Decimal>,
    pub of_projects: Option<Decimal>,
}

impl FundsInitial {
    fn read(reader: &mut Reader) -> Self {
        let of_projects = Self::of_projects(reader.draft);
        Self { basic: reader.amount("funds.basic.initial"), projects: reader.amount("funds.projects.initial").or(of_projects), of_projects }
    }

    /// The sum of the projects' 年初预算数 where every project has one: 附件2's 项目支出 row then agrees
    /// with the 附件3 tables, as its 全年预算数 (Σ the project rows) does. One project without it leaves
    /// the sum unknown, never a part passed off as the whole.
    fn of_projects(draft: &Draft) -> Option<Decimal> {
        // Read as its 自评表 reads it, which reports a figure that cannot be read.
        let mut initial = draft.projects().iter().map(|p| parse_amount(p.cell(ProjectColumn::Initial)).ok().flatten());
        let first = initial.next()??;
        initial.try_fold(first, |total, each| total.plus(each?))
    }
}

/// The rubric the draft is scored by, and the rubric-level options (off by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RubricOptions {
    pub preset: RubricPreset,
    /// Cap the total by 预算执行率 (70–80% → ≤ 89 …).
    pub cap_by_execution: bool,
    /// Take 2 points off a row whose 完成值 deviates by 30% or more from its 指标值.
    pub deviation_deduction: bool,
}

/// The options every project's 项目支出绩效自评表 is scored by (`project_eval.*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProjectEvalOptions {
    /// 预算执行率的分值 (default 10).
    pub execution_points: Decimal,
    pub rounding: ExecutionRounding,
    /// Cap the total by 执行率 (70–80% → ≤ 89 …).
    pub cap_by_execution: bool,
    /// The year evaluated: a 时效 date written without its year is in it.
    pub year: Option<u32>,
}

impl Default for ProjectEvalOptions {
    fn default() -> Self {
        Self { execution_points: Decimal::TEN, rounding: ExecutionRounding::default(), cap_by_execution: false, year: None }
    }
}

/// Everything the indicators and findings are computed from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Figures {
    pub year: Option<u32>,
    /// 成文日期 of the 落款; blank means the day the report is printed or exported.
    pub signature_date: Option<CivilDate>,
    pub staff: Staff,
    pub budget: Budget,
    pub spend: Spend,
    pub public_budget: Option<Decimal>,
    pub sangong: Sangong,
    pub procurement: Planned,
    pub assets_in_use: Option<Decimal>,
    pub assets_total: Option<Decimal>,
    pub disclosure: Disclosure,
    pub buildings: Buildings,
    pub basic_data: BasicData,
    pub funds_initial: FundsInitial,
    pub methods: Methods,
    pub rubric: RubricOptions,
    pub project_eval: ProjectEvalOptions,
    pub problems: Vec<InputProblem>,
    /// Amount fields (and project cells) that read as negative, in reading order.
    pub negative_amounts: Vec<(String, Decimal)>,
}

impl Figures {
    pub fn read(draft: &Draft) -> Self {
        let mut reader = Reader { draft, problems: Vec::new(), negatives: Vec::new() };
        let year = reader.year("unit.year");
        // Signed the year after the year evaluated (SPEC §3).
        let signed = year.map(|y| y as i32 + 1);
        let figures = Figures {
            year,
            signature_date: reader.date("unit.signature_date", None, signed),
            staff: reader.staff(),
            budget: reader.budget(),
            spend: reader.spend(),
            public_budget: reader.amount("public.budget"),
            sangong: reader.sangong(),
            procurement: reader.planned("procurement"),
            assets_in_use: reader.amount("assets.in_use"),
            assets_total: reader.amount("assets.total"),
            disclosure: reader.disclosure(year.map(|y| y as i32)),
            buildings: reader.buildings(),
            basic_data: reader.basic_data(),
            funds_initial: FundsInitial::read(&mut reader),
            methods: reader.methods(),
            rubric: RubricOptions {
                preset: reader.method("rubric.preset", RubricPreset::from_id),
                cap_by_execution: reader.flag("rubric.cap_by_execution"),
                deviation_deduction: reader.flag("rubric.deviation_deduction"),
            },
            project_eval: ProjectEvalOptions {
                execution_points: reader.parsed("project_eval.execution_points", parse_points).unwrap_or(Decimal::TEN),
                rounding: reader.method("project_eval.execution_rounding", ExecutionRounding::from_id),
                cap_by_execution: reader.flag("project_eval.cap_by_execution"),
                year: None,
            },
            problems: Vec::new(),
            negative_amounts: Vec::new(),
        };
        // Project rows are read last, so problems and negatives list the scalar fields first.
        let projects = reader.projects();
        Figures {
            spend: Spend { projects, ..figures.spend },
            project_eval: ProjectEvalOptions { year: figures.year, ..figures.project_eval },
            problems: reader.problems,
            negative_amounts: reader.negatives,
            ..figures
        }
    }

    /// The message for a field that could not be read, if any.
    pub fn problem(&self, field: &str) -> Option<&str> {
        self.problems.iter().find(|p| p.field == field).map(|p| p.message.as_str())
    }

    /// Whether a field was typed but gives no figure to count on: unreadable, or a negative amount. Such a
    /// field is no blank (a blank 年中调减 counts as none): what rests on it waits for it to be mended.
    pub fn unusable(&self, field: &str) -> bool {
        self.unusable_fields().any(|id| id == field)
    }

    /// The fields typed but unusable ([`Self::unusable`]).
    pub fn unusable_fields(&self) -> impl Iterator<Item = &str> {
        self.problems.iter().map(|p| p.field.as_str()).chain(self.negative_amounts.iter().map(|(id, _)| id.as_str()))
    }
}

/// Reads fields by id, collecting a problem for each one that cannot be read.
struct Reader<'a> {
    draft: &'a Draft,
    problems: Vec<InputProblem>,
    negatives: Vec<(String, Decimal)>,
}

impl Reader<'_> {
    fn parsed<T, E: ToString>(&mut self, id: &str, parse: impl Fn(&str) -> Result<Option<T>, E>) -> Option<T> {
        parse(self.draft.get(id)).unwrap_or_else(|error| {
            self.problems.push(InputProblem { field: id.to_string(), message: error.to_string() });
            None
        })
    }

    fn amount(&mut self, id: &str) -> Option<Decimal> {
        let value = self.parsed(id, parse_amount);
        self.positive(value, || id.to_string())
    }

    /// Amounts are entered positive; a negative one is kept for the findings to name, and counts as
    /// unreadable: a “-30” typed for 年中调减 must not add 30 to the 全年预算数.
    fn positive(&mut self, value: Option<Decimal>, id: impl FnOnce() -> String) -> Option<Decimal> {
        match value {
            Some(value) if value.is_sign_negative() => {
                self.negatives.push((id(), value));
                None
            }
            value => value,
        }
    }

    fn persons(&mut self, id: &str) -> Option<u32> {
        self.parsed(id, parse_headcount)
    }

    /// A date; one typed without its year (“2月6日”) is in `year`, or where it follows `after` (a
    /// publication its approval) in the year of `after` (the next where its day comes earlier in the
    /// year), and a problem where neither gives one.
    fn date(&mut self, id: &str, after: Option<CivilDate>, year: Option<i32>) -> Option<CivilDate> {
        let typed = self.parsed(id, parse_typed_date)?;
        let year = after.map_or(year, |a| Some(a.year + i32::from(typed.before_in_year(a))));
        self.parsed(id, |_| typed.in_year(year).map(Some))
    }

    fn year(&mut self, id: &str) -> Option<u32> {
        self.parsed(id, parse_year)
    }

    fn by_type(&mut self, prefix: &str) -> ByStaffType {
        ByStaffType {
            admin: self.persons(&format!("{prefix}.admin")),
            institution: self.persons(&format!("{prefix}.institution")),
            worker: self.persons(&format!("{prefix}.worker")),
        }
    }

    fn staff(&mut self) -> Staff {
        Staff { quota: self.by_type("staff.quota"), actual: self.by_type("staff.actual"), retired: self.persons("staff.retired") }
    }

    fn budget(&mut self) -> Budget {
        Budget {
            carryover: self.amount("budget.carryover"),
            initial: self.amount("budget.initial"),
            additions: self.amount("budget.additions"),
            policy_additions: self.amount("budget.policy_additions"),
            reductions: self.amount("budget.reductions"),
            other_funds: self.amount("budget.other_funds"),
            income_total: self.amount("income.total"),
        }
    }

    fn projects(&mut self) -> Vec<ProjectFigures> {
        let draft = self.draft;
        draft
            .projects()
            .iter()
            .enumerate()
            .map(|(index, project)| ProjectFigures {
                name: project.name().trim().to_string(),
                budget: self.cell(index, ProjectColumn::Budget, project.budget()),
                actual: self.cell(index, ProjectColumn::Actual, project.actual()),
                // Typed beside the 自评表, whose reading reports a figure that cannot be read.
                prior_actual: parse_amount(project.cell(ProjectColumn::PriorActual)).ok().flatten(),
                is_key: project.is_key(),
            })
            .collect()
    }

    fn spend(&mut self) -> Spend {
        Spend {
            personnel: self.amount("spend.personnel"),
            public: self.amount("spend.public"),
            basic_other: self.amount("spend.basic_other"),
            closing_balance: self.amount("spend.closing_balance"),
            stated_total: self.amount("spend.stated_total"),
            projects: Vec::new(),
        }
    }

    /// A project amount cell, read from its text; its field id is only spelled out for a problem.
    fn cell(&mut self, row: usize, column: ProjectColumn, text: &str) -> Option<Decimal> {
        let value = parse_amount(text).unwrap_or_else(|error| {
            self.problems.push(InputProblem { field: project_field_id(row, column), message: error.to_string() });
            None
        });
        self.positive(value, || project_field_id(row, column))
    }

    fn planned(&mut self, prefix: &str) -> Planned {
        Planned { budget: self.amount(&format!("{prefix}.budget")), actual: self.amount(&format!("{prefix}.actual")) }
    }

    fn sangong(&mut self) -> Sangong {
        Sangong {
            this_year: self.planned("sangong"),
            last_year: Planned { budget: self.amount("sangong.last_budget"), actual: self.amount("sangong.last_actual") },
            parts: SANGONG_PARTS
                .iter()
                .map(|prefix| SangongPart {
                    prefix,
                    budget: self.amount(&format!("{prefix}.budget")),
                    actual: self.amount(&format!("{prefix}.actual")),
                    last_actual: self.amount(&format!("{prefix}.last_actual")),
                })
                .collect(),
        }
    }

    /// The year's budget and last year's final accounts are both approved in the year evaluated, and
    /// each is published after its approval.
    fn disclosure(&mut self, year: Option<i32>) -> Disclosure {
        let budget_approved = self.date("disclosure.budget_approved", None, year);
        let budget_published = self.date("disclosure.budget_published", budget_approved, year);
        let final_approved = self.date("disclosure.final_approved", None, year);
        let final_published = self.date("disclosure.final_published", final_approved, year);
        Disclosure { budget_approved, budget_published, final_approved, final_published }
    }

    fn buildings(&mut self) -> Buildings {
        Buildings {
            approved_scale: self.parsed("buildings.approved_scale", parse_area),
            actual_scale: self.parsed("buildings.actual_scale", parse_area),
            budget_investment: self.amount("buildings.budget_investment"),
            actual_investment: self.amount("buildings.actual_investment"),
        }
    }

    fn basic_data(&mut self) -> BasicData {
        BasicData {
            basic_budget: self.amount("budget.basic"),
            last_spend_total: self.amount("last.spend_total"),
            last_basic: self.amount("last.basic"),
            last_public: self.amount("last.public"),
            last_projects: self.amount("last.projects"),
            public_office: self.amount("public.office"),
            public_utilities_travel: self.amount("public.utilities_travel"),
            public_meetings_training: self.amount("public.meetings_training"),
            procurement_last_actual: self.amount("procurement.last_actual"),
        }
    }

    fn method<T: Default>(&mut self, id: &str, from_id: fn(&str) -> Option<T>) -> T {
        match self.draft.get(id) {
            "" => T::default(),
            text => from_id(text).unwrap_or_else(|| {
                self.problems.push(InputProblem { field: id.to_string(), message: "未知的选项，已按默认选项计算".into() });
                T::default()
            }),
        }
    }

    /// A checkbox: `true` is yes, blank is no, anything else is reported and read as no.
    fn flag(&mut self, id: &str) -> bool {
        match self.draft.get(id) {
            "true" => true,
            "" | "false" => false,
            _ => {
                self.problems.push(InputProblem { field: id.to_string(), message: "应为“是”或“否”".into() });
                false
            }
        }
    }

    fn methods(&mut self) -> Methods {
        Methods {
            execution_denominator: self.method("method.execution_denominator", ExecutionDenominator::from_id),
            sangong_basis: self.method("method.sangong_basis", SangongBasis::from_id),
            staff_scope: self.method("method.staff_scope", StaffScope::from_id),
            rounding: self.method("method.rounding", Rounding::from_id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::examples;

    #[test]
    fn reads_the_seed() {
        let figures = Figures::read(&examples::taojiang_2024());
        assert!(figures.problems.is_empty(), "{:?}", figures.problems);
        assert_eq!(figures.staff.quota.admin, Some(7));
        assert_eq!(figures.budget.initial, Some(Decimal::new(18007, 2)));
        assert_eq!(figures.spend.projects.len(), 2);
        assert_eq!(figures.year, Some(2024));
    }

    fn read(pairs: &[(&str, &str)]) -> Figures {
        let mut draft = Draft::new();
        for (id, text) in pairs {
            draft.set(id, text).unwrap();
        }
        Figures::read(&draft)
    }

    fn day(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        Some(CivilDate { year, month, day })
    }

    #[test]
    fn a_date_without_its_year_takes_its_approval_s_year_or_the_year_evaluated() {
        let figures = read(&[
            ("unit.year", "2025"),
            ("disclosure.budget_approved", "2025年1月16日"),
            ("disclosure.budget_published", "1月30日"),
            ("disclosure.final_approved", "8月4日"),
            ("disclosure.final_published", "8月19日"),
            ("unit.signature_date", "4月2日"),
        ]);
        assert!(figures.problems.is_empty(), "{:?}", figures.problems);
        let d = figures.disclosure;
        assert_eq!((d.budget_approved, d.budget_published), (day(2025, 1, 16), day(2025, 1, 30)));
        assert_eq!((d.final_approved, d.final_published), (day(2025, 8, 4), day(2025, 8, 19)), "both in the year evaluated");
        assert_eq!(figures.signature_date, day(2026, 4, 2), "the report is signed the year after");
    }

    #[test]
    fn a_publication_written_earlier_in_the_year_than_its_approval_is_in_the_next_year() {
        let figures = read(&[("disclosure.final_approved", "2023年12月22日"), ("disclosure.final_published", "1月5日")]);
        assert_eq!(figures.disclosure.final_published, day(2024, 1, 5));
    }

    #[test]
    fn a_date_without_its_year_where_nothing_gives_one_is_a_problem_that_says_what_to_do() {
        let figures = read(&[("disclosure.budget_approved", "1月16日"), ("disclosure.budget_published", "2月1日")]);
        assert_eq!(figures.disclosure.budget_approved, None);
        assert_eq!(figures.disclosure.budget_published, None);
        let message = figures.problem("disclosure.budget_published").unwrap();
        assert!(message.contains("未写年份") && message.contains("评价年度"), "{message}");
        assert!(figures.problem("disclosure.budget_approved").is_some());
        // A leap day in a year without one.
        let figures = read(&[("unit.year", "2025"), ("disclosure.budget_approved", "2月29日")]);
        assert_eq!(figures.problem("disclosure.budget_approved"), Some("没有这一天，请核对月份和日期"));
    }

    #[test]
    fn a_bad_field_yields_a_problem_and_the_rest_still_reads() {
        let mut draft = examples::taojiang_2024();
        draft.set("budget.initial", "180.07.1").unwrap();
        draft.set("staff.actual.admin", "7.5").unwrap();
        draft.set("method.rounding", "half_even").unwrap();
        let figures = Figures::read(&draft);
        assert_eq!(figures.budget.initial, None);
        assert_eq!(figures.problem("budget.initial"), Some("小数点不止一个"));
        assert_eq!(figures.problem("staff.actual.admin"), Some("人数须为整数，例如 18"));
        assert_eq!(figures.methods.rounding, Rounding::HalfUp2);
        assert_eq!(figures.budget.additions, Some(Decimal::new(7372, 2)));
    }
}
