//! A rubric read from its rows of text: what each row scores, its 分值 and its rule, with a problem for
//! every cell that cannot be read. A row whose rule cannot be read is left to be scored (待评) rather
//! than scored wrongly.

use rust_decimal::Decimal;

use crate::core::calc::indicators::IndicatorId;
use crate::core::draft::choices::{NaPolicy, RuleKind, StepMode};
use crate::core::draft::fields::{is_row_id, rubric_field_id};
use crate::core::draft::rubric::{RubricCells, RubricColumn as C};
use crate::core::reading::figures::InputProblem;
use crate::core::reading::points::{parse_percent, parse_points};
use crate::core::reading::bands::{parse_bands, Band};
use crate::core::scoring::funds::FundsRowId;

/// What a row scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Manual,
    /// The row's own 实际完成值 as the clerk typed it (`98%`), scored by the row's rule.
    Typed,
    Funds(FundsRowId),
    Indicator(IndicatorId),
}

impl Source {
    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "manual" => return Some(Self::Manual),
            "typed" => return Some(Self::Typed),
            _ => {}
        }
        FundsRowId::from_id(id).map(Self::Funds).or_else(|| IndicatorId::from_id(id).map(Self::Indicator))
    }
}

/// A deduction from full marks per point (or per step of points) beyond a threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deduction {
    /// The limit (上限) or target (目标值), in percent.
    pub threshold: Decimal,
    /// Points taken off per point, or per step.
    pub deduct: Decimal,
    /// Points per step; `None` deducts continuously, per percentage point.
    pub step: Option<Decimal>,
    pub mode: StepMode,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    Manual,
    /// Full marks at or under the threshold; deductions above it, floored at 0.
    Ceiling(Deduction),
    /// Full marks at or above the threshold; deductions below it, floored at 0.
    Target(Deduction),
    Bands(Vec<Band>),
    /// The rate × 分值, capped at 分值.
    Linear,
    /// Full marks at `full`, none at `zero`, in proportion between (either may be the larger).
    Interpolate { full: Decimal, zero: Decimal },
    /// Full marks when the indicator is met (信息公开及时), none otherwise.
    Pass,
}

/// One rubric row, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Its position in the rubric.
    pub index: usize,
    /// The row id of the page contract: the source's id, or a manual row's own id.
    pub id: String,
    pub level1: String,
    pub level2: String,
    pub level3: String,
    pub target: String,
    pub criteria: String,
    /// 分值; zero when unreadable (with a problem).
    pub points: Decimal,
    pub source: Source,
    /// `None` when a parameter cannot be read: the row waits to be scored.
    pub rule: Option<Rule>,
    pub na: NaPolicy,
}

/// Reads every row; problems name the cells (`rubric.rows.N.<column>`).
pub fn read_rows<'a>(rows: impl Iterator<Item = &'a dyn RubricCells>, problems: &mut Vec<InputProblem>) -> Vec<Row> {
    let mut read: Vec<Row> = Vec::new();
    for (index, cells) in rows.enumerate() {
        let mut cell = CellReader { index, cells, problems: &mut *problems };
        let row = cell.row();
        if let Some(earlier) = read.iter().find(|r| r.id == row.id) {
            let name = if earlier.level3.is_empty() { String::new() } else { format!("的“{}”", earlier.level3) };
            let message = format!("与第{}行{name}重复，本行不计分", earlier.index + 1);
            problems.push(InputProblem { field: rubric_field_id(index, C::Source), message });
            continue;
        }
        read.push(row);
    }
    read
}

struct CellReader<'a> {
    index: usize,
    cells: &'a dyn RubricCells,
    problems: &'a mut Vec<InputProblem>,
}

impl CellReader<'_> {
    fn text(&self, column: C) -> String {
        self.cells.cell(column).trim().to_string()
    }

    fn problem(&mut self, column: C, message: String) {
        self.problems.push(InputProblem { field: rubric_field_id(self.index, column), message });
    }

    fn choice<T: Default>(&mut self, column: C, from_id: fn(&str) -> Option<T>) -> T {
        match self.cells.cell(column) {
            "" => T::default(),
            text => from_id(text).unwrap_or_else(|| {
                self.problem(column, format!("“{text}”不是可选值"));
                T::default()
            }),
        }
    }

    /// A required number: a problem when blank or unreadable.
    fn number(&mut self, column: C, parse: fn(&str) -> Result<Option<Decimal>, crate::core::reading::points::NumberError>) -> Option<Decimal> {
        match parse(self.cells.cell(column)) {
            Ok(Some(value)) => Some(value),
            Ok(None) => {
                self.problem(column, format!("请填写{}", column.label()));
                None
            }
            Err(error) => {
                self.problem(column, error.to_string());
                None
            }
        }
    }

    fn row(&mut self) -> Row {
        let source = match self.cells.cell(C::Source) {
            "" => Source::Manual,
            text => Source::from_id(text).unwrap_or_else(|| {
                self.problem(C::Source, format!("“{text}”不是可选的计分依据，本行按人工评分"));
                Source::Manual
            }),
        };
        let id = match source {
            Source::Manual | Source::Typed => self.manual_id(),
            Source::Funds(row) => row.id().to_string(),
            Source::Indicator(indicator) => indicator.id().to_string(),
        };
        let points = self.number(C::Points, parse_points).unwrap_or_default();
        let rule = self.rule(source, points);
        Row {
            index: self.index,
            id,
            level1: self.text(C::Level1),
            level2: self.text(C::Level2),
            level3: self.text(C::Level3),
            target: self.text(C::Target),
            criteria: self.text(C::Criteria),
            points,
            source,
            rule,
            na: self.choice(C::NotApplicable, NaPolicy::from_id),
        }
    }

    /// A manual row's own id; a missing or malformed one falls back to its position.
    fn manual_id(&mut self) -> String {
        let id = self.text(C::Id);
        if is_row_id(&id) {
            id
        } else {
            format!("row{}", self.index + 1)
        }
    }

    fn rule(&mut self, source: Source, points: Decimal) -> Option<Rule> {
        let kind = self.choice(C::Rule, RuleKind::from_id);
        if source == Source::Manual && kind != RuleKind::Manual {
            self.problem(C::Rule, "人工评分的行只能人工评分；请先选择计分依据".to_string());
            return None;
        }
        if source != Source::Manual && kind == RuleKind::Manual {
            return Some(Rule::Manual);
        }
        Some(match kind {
            RuleKind::Manual => Rule::Manual,
            RuleKind::Ceiling => Rule::Ceiling(self.deduction()?),
            RuleKind::Target => Rule::Target(self.deduction()?),
            RuleKind::Bands => Rule::Bands(self.bands(points)?),
            RuleKind::Linear => Rule::Linear,
            RuleKind::Interpolate => self.interpolation()?,
            RuleKind::Pass => Rule::Pass,
        })
    }

    fn deduction(&mut self) -> Option<Deduction> {
        let threshold = self.number(C::Threshold, parse_percent);
        let deduct = self.number(C::Deduct, parse_points);
        let step = match parse_points(self.cells.cell(C::Step)) {
            Ok(Some(step)) if step.is_zero() => {
                self.problem(C::Step, "每档不能为0".to_string());
                return None;
            }
            Ok(step) => step,
            Err(error) => {
                self.problem(C::Step, error.to_string());
                return None;
            }
        };
        let mode = self.choice(C::StepMode, StepMode::from_id);
        Some(Deduction { threshold: threshold?, deduct: deduct?, step, mode })
    }

    /// The bands, each worth at most the row's 分值.
    fn bands(&mut self, points: Decimal) -> Option<Vec<Band>> {
        match parse_bands(self.cells.cell(C::Bands)) {
            Ok(bands) if bands.is_empty() => {
                self.problem(C::Bands, "请填写分档，例如“x=0 → 8分；0<x≤10% → 6分”".to_string());
                None
            }
            Ok(bands) => {
                let too_much = bands.iter().position(|band| band.points_of(points) > points);
                if let Some(index) = too_much {
                    let award = bands[index].points_of(points).normalize();
                    self.problem(C::Bands, format!("第{}档得{award}分，超过分值{}分", index + 1, points.normalize()));
                    return None;
                }
                Some(bands)
            }
            Err(error) => {
                self.problem(C::Bands, error.to_string());
                None
            }
        }
    }

    fn interpolation(&mut self) -> Option<Rule> {
        let full = self.number(C::Full, parse_percent);
        let zero = self.number(C::Zero, parse_percent);
        let (full, zero) = (full?, zero?);
        if full == zero {
            self.problem(C::Zero, "零分值不能等于满分值".to_string());
            return None;
        }
        Some(Rule::Interpolate { full, zero })
    }
}
