//! A project's funds block (项目资金) read from its cells: the totals of each column and the 其中 rows.
//! The totals are the project row's own figures (预算数 is the 全年预算数, 实际支出 the 全年执行数) and the
//! table's 年初预算数: typed once.

use rust_decimal::Decimal;

use crate::core::draft::fields::project_field_id;
use crate::core::draft::project::{FundColumn, FundSource, Project, ProjectColumn};
use crate::core::reading::amount::parse_amount;
use crate::core::reading::figures::InputProblem;

/// One column of the funds block: its total and its 其中 parts (by [`FundSource::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FundsColumn {
    pub total: Option<Decimal>,
    pub parts: [Option<Decimal>; 3],
}

impl FundsColumn {
    /// Whether any 其中 cell was filled.
    pub fn has_parts(&self) -> bool {
        self.parts.iter().any(Option::is_some)
    }
}

/// 年初预算数, 全年预算数, 全年执行数 (by [`FundColumn::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProjectFunds {
    pub columns: [FundsColumn; 3],
}

impl ProjectFunds {
    pub fn column(&self, column: FundColumn) -> &FundsColumn {
        &self.columns[column as usize]
    }

    pub fn initial(&self) -> Option<Decimal> {
        self.column(FundColumn::Initial).total
    }

    pub fn full_year(&self) -> Option<Decimal> {
        self.column(FundColumn::FullYear).total
    }

    pub fn executed(&self) -> Option<Decimal> {
        self.column(FundColumn::Executed).total
    }
}

/// Reads the funds block of project `index`; a cell that cannot be read is a problem and counts as blank.
/// (预算数 and 实际支出 are also read with the form's figures; their problems are reported there.)
pub fn read_funds(index: usize, project: &Project, problems: &mut Vec<InputProblem>) -> ProjectFunds {
    let mut read = |column: ProjectColumn, report: bool| {
        parse_amount(project.cell(column)).unwrap_or_else(|error| {
            if report {
                problems.push(InputProblem { field: project_field_id(index, column), message: error.to_string() });
            }
            None
        })
    };
    // Not a part of the 自评表: read here so that a figure typed beside it that cannot be read is shown.
    read(ProjectColumn::PriorActual, true);
    let mut funds = ProjectFunds::default();
    for column in FundColumn::ALL {
        let total_column = ProjectColumn::fund_total(column);
        funds.columns[column as usize].total = read(total_column, total_column == ProjectColumn::Initial);
        for source in FundSource::ALL {
            funds.columns[column as usize].parts[source as usize] = read(ProjectColumn::fund(source, column), true);
        }
    }
    funds
}
