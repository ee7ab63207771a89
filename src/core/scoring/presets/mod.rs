//! Rubric presets (评分表预设, SPEC §6): the localities' tables as data, picked per draft with
//! `rubric.preset` and then editable. Rows are text, exactly as a clerk would type them into the
//! rubric editor, so a preset and an edited rubric are read by the same code.
//!
//! A preset id names one table for good: a draft that follows a preset unedited is scored by it in
//! every later version. To change a table, add a new id and keep the old one (a test pins each table).

mod hunan;
mod self_evaluation;
mod yueyang;

use crate::core::draft::choices::RubricPreset;
use crate::core::draft::rubric::{RubricCells, RubricColumn};

impl RubricPreset {
    pub fn rows(self) -> &'static [PresetRow] {
        match self {
            Self::Hunan => hunan::ROWS,
            Self::Yueyang => yueyang::ROWS,
            Self::SelfEvaluation => self_evaluation::ROWS,
        }
    }

    /// Where the table comes from and what this tool filled in.
    pub fn note(self) -> &'static str {
        match self {
            Self::Hunan => hunan::NOTE,
            Self::Yueyang => yueyang::NOTE,
            Self::SelfEvaluation => self_evaluation::NOTE,
        }
    }
}

/// A preset's row: every cell of a rubric row as text (blank where the rule takes no such parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PresetRow {
    pub id: &'static str,
    pub level1: &'static str,
    pub level2: &'static str,
    pub level3: &'static str,
    pub points: &'static str,
    pub target: &'static str,
    pub criteria: &'static str,
    pub source: &'static str,
    pub rule: &'static str,
    pub threshold: &'static str,
    pub deduct: &'static str,
    pub step: &'static str,
    pub step_mode: &'static str,
    pub full: &'static str,
    pub zero: &'static str,
    pub bands: &'static str,
    pub na: &'static str,
}

impl Default for PresetRow {
    fn default() -> Self {
        ROW
    }
}

/// The blank row the presets' rows are written over: a manual row.
pub(super) const ROW: PresetRow = PresetRow {
    id: "",
    level1: "",
    level2: "",
    level3: "",
    points: "",
    target: "",
    criteria: "",
    source: "manual",
    rule: "manual",
    threshold: "",
    deduct: "",
    step: "",
    step_mode: "",
    full: "",
    zero: "",
    bands: "",
    na: "",
};

impl RubricCells for PresetRow {
    fn cell(&self, column: RubricColumn) -> &str {
        match column {
            RubricColumn::Id => self.id,
            RubricColumn::Level1 => self.level1,
            RubricColumn::Level2 => self.level2,
            RubricColumn::Level3 => self.level3,
            RubricColumn::Points => self.points,
            RubricColumn::Target => self.target,
            RubricColumn::Criteria => self.criteria,
            RubricColumn::Source => self.source,
            RubricColumn::Rule => self.rule,
            RubricColumn::Threshold => self.threshold,
            RubricColumn::Deduct => self.deduct,
            RubricColumn::Step => self.step,
            RubricColumn::StepMode => self.step_mode,
            RubricColumn::Full => self.full,
            RubricColumn::Zero => self.zero,
            RubricColumn::Bands => self.bands,
            RubricColumn::NotApplicable => self.na,
        }
    }
}

#[cfg(test)]
mod tests;
