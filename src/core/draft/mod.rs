//! The draft (草稿): exactly what the clerk typed, field by field, as text.
//!
//! The typed text is the source of truth: a half-typed or mistyped figure is kept as typed, shown with
//! its error, and never replaced by a parsed or reformatted value. Everything else is derived from it.

pub mod choices;
pub mod fields;
mod ids;
pub mod json;
pub mod project;
mod rows;
pub mod rubric;

use std::collections::BTreeMap;

pub use project::{IndicatorColumn, IndicatorRow, Project, ProjectColumn};
use rows::Keyed;
use rubric::{RubricCells, RubricColumn, RubricRow};

/// A project row's identity while the draft is open, stable across reordering (not stored in files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RowId(pub u32);

/// The id names no field of the data contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField(pub String);

/// A draft: scalar fields by id, the projects table, and the rubric once it has been edited.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    /// Non-empty scalar values (and score fields) by field id; a missing id reads as "".
    values: BTreeMap<String, String>,
    projects: Vec<Project>,
    /// The draft's own rubric rows; `None` while it follows its preset unedited.
    rubric: Option<Vec<RubricRow>>,
    next_row: u32,
}

impl Draft {
    pub fn new() -> Self {
        Self::default()
    }

    /// The text of any field: a scalar field, a score field, a project cell (`spend.projects.N.<column>`)
    /// or an edited rubric's cell (`rubric.rows.N.<column>`); "" when unset.
    pub fn get(&self, id: &str) -> &str {
        if let Some((index, column)) = fields::parse_project_field_id(id) {
            return self.projects.get(index).map_or("", |project| project.cell(column));
        }
        if let Some((index, row, column)) = fields::parse_indicator_field_id(id) {
            let row = self.projects.get(index).and_then(|p| p.indicators.get(row));
            return row.map_or("", |row| row.cell(column));
        }
        if let Some((row, column)) = fields::parse_rubric_field_id(id) {
            return self.rubric.as_ref().and_then(|rows| rows.get(row)).map_or("", |r| r.cell(column));
        }
        self.values.get(id).map_or("", String::as_str)
    }

    /// Sets a scalar field, a score field, or an existing project or rubric cell. Unknown ids are
    /// refused, so a typo in a file or in code never creates a field nobody shows.
    pub fn set(&mut self, id: &str, text: &str) -> Result<(), UnknownField> {
        let unknown = || UnknownField(id.to_string());
        if let Some((index, column)) = fields::parse_project_field_id(id) {
            self.projects.get_mut(index).ok_or_else(unknown)?.set(column, text);
            return Ok(());
        }
        if let Some((index, row, column)) = fields::parse_indicator_field_id(id) {
            let row = self.projects.get_mut(index).and_then(|p| p.indicators.get_mut(row)).ok_or_else(unknown)?;
            row.set(column, text);
            return Ok(());
        }
        if let Some((row, column)) = fields::parse_rubric_field_id(id) {
            let row = self.rubric.as_mut().and_then(|rows| rows.get_mut(row)).ok_or_else(unknown)?;
            row.set(column, text);
            return Ok(());
        }
        if fields::spec(id).is_none() && fields::parse_score_field_id(id).is_none() {
            return Err(unknown());
        }
        if text.is_empty() {
            self.values.remove(id);
        } else {
            self.values.insert(id.to_string(), text.to_string());
        }
        Ok(())
    }

    /// Every non-empty scalar value, by id.
    pub fn values(&self) -> impl Iterator<Item = (&str, &str)> {
        self.values.iter().map(|(id, text)| (id.as_str(), text.as_str()))
    }

    pub fn projects(&self) -> &[Project] {
        &self.projects
    }

    /// Whether any figure has been typed: an amount or a head-count of the form, or a project's amount.
    /// Until then there is nothing to score (a blank 楼堂馆所 row would otherwise score full marks).
    pub fn has_figures(&self) -> bool {
        let figure = |id: &str| fields::spec(id).is_some_and(|spec| matches!(spec.kind, fields::FieldKind::Amount | fields::FieldKind::Persons));
        self.values.keys().any(|id| figure(id))
            || self.projects.iter().any(|p| ProjectColumn::ALL.iter().any(|c| c.is_amount() && !p.cell(*c).trim().is_empty()))
    }

    /// Appends an empty project row and returns its identity.
    pub fn add_project(&mut self) -> RowId {
        let row = self.take_row_id();
        self.projects.push(Project::new(row));
        row
    }

    pub fn remove_project(&mut self, row: RowId) {
        rows::remove(&mut self.projects, row);
    }

    /// Puts a removed row back at `index` (or at the end), with its identity, to undo a removal.
    pub fn restore_project(&mut self, index: usize, project: Project) {
        rows::restore(&mut self.projects, index, project);
    }

    /// Moves a row one place up (`-1`) or down (`+1`); does nothing at the ends.
    pub fn move_project(&mut self, row: RowId, step: isize) {
        rows::shift(&mut self.projects, row, step);
    }

    pub fn set_project_cell(&mut self, row: RowId, column: ProjectColumn, text: &str) {
        if let Some(project) = self.project_mut(row) {
            project.set(column, text);
        }
    }

    fn project_mut(&mut self, row: RowId) -> Option<&mut Project> {
        self.projects.iter_mut().find(|project| project.row == row)
    }

    /// Appends an indicator row to project `project` with `cells` typed in, and returns its identity.
    pub fn add_indicator(&mut self, project: RowId, cells: &[(IndicatorColumn, &str)]) -> Option<RowId> {
        let row = self.take_row_id();
        let mut indicator = IndicatorRow::new(row);
        for (column, text) in cells {
            indicator.set(*column, text);
        }
        self.project_mut(project)?.indicators.push(indicator);
        Some(row)
    }

    pub fn remove_indicator(&mut self, project: RowId, row: RowId) {
        if let Some(project) = self.project_mut(project) {
            rows::remove(&mut project.indicators, row);
        }
    }

    pub fn move_indicator(&mut self, project: RowId, row: RowId, step: isize) {
        if let Some(project) = self.project_mut(project) {
            rows::shift(&mut project.indicators, row, step);
        }
    }

    /// Puts project `project`'s indicator rows in the order of `order`, leaving out those it does not name.
    pub fn arrange_indicators(&mut self, project: RowId, order: &[RowId]) {
        if let Some(project) = self.project_mut(project) {
            let mut rows = std::mem::take(&mut project.indicators);
            project.indicators = order.iter().filter_map(|id| rows.iter().position(|r| r.row == *id).map(|at| rows.remove(at))).collect();
        }
    }

    /// Replaces every cell and indicator row of the project at `index` (as the project view hands a
    /// project back after an edit); the project keeps its identity. `cells` are in
    /// [`ProjectColumn::ALL`] order, each indicator row in [`IndicatorColumn::ALL`] order.
    pub fn replace_project(&mut self, index: usize, cells: &[String], indicators: &[Vec<String>]) {
        let ids: Vec<RowId> = indicators.iter().map(|_| self.take_row_id()).collect();
        let Some(project) = self.projects.get_mut(index) else { return };
        for (column, text) in ProjectColumn::ALL.iter().zip(cells) {
            project.set(*column, text);
        }
        project.indicators = ids
            .into_iter()
            .zip(indicators)
            .map(|(row, cells)| {
                let mut indicator = IndicatorRow::new(row);
                for (column, text) in IndicatorColumn::ALL.iter().zip(cells) {
                    indicator.set(*column, text);
                }
                indicator
            })
            .collect();
    }

    /// The row's current position (its `N` in field ids).
    pub fn project_index(&self, row: RowId) -> Option<usize> {
        rows::index_of(&self.projects, row)
    }

    /// The draft's own rubric rows, or `None` while it follows its preset.
    pub fn rubric(&self) -> Option<&[RubricRow]> {
        self.rubric.as_deref()
    }

    /// Gives the draft its own copy of `rows` (its preset's) unless it already has its own rubric.
    /// Every edit of the rubric starts here, so from the first edit on the draft keeps its rubric.
    pub fn own_rubric<'a>(&mut self, rows: impl IntoIterator<Item = &'a dyn RubricCells>) {
        if self.rubric.is_none() {
            let copied = rows.into_iter().map(|cells| RubricRow::copy_of(self.take_row_id(), cells)).collect();
            self.rubric = Some(copied);
        }
    }

    /// Replaces the draft's own rubric with `rows` (as the rubric editor hands it back).
    pub fn replace_rubric<'a>(&mut self, rows: impl IntoIterator<Item = &'a dyn RubricCells>) {
        self.rubric = None;
        self.own_rubric(rows);
    }

    /// Drops the draft's own rubric: it follows its preset again.
    pub fn follow_preset(&mut self) {
        self.rubric = None;
    }

    /// Appends a rubric row (to the draft's own rubric, which must exist) and returns its identity.
    pub fn add_rubric_row(&mut self, cells: &dyn RubricCells) -> Option<RowId> {
        let row = self.take_row_id();
        self.rubric.as_mut()?.push(RubricRow::copy_of(row, cells));
        Some(row)
    }

    pub fn remove_rubric_row(&mut self, row: RowId) {
        if let Some(rows) = self.rubric.as_mut() {
            rows::remove(rows, row);
        }
    }

    pub fn restore_rubric_row(&mut self, index: usize, row: RubricRow) {
        if let Some(rows) = self.rubric.as_mut() {
            rows::restore(rows, index, row);
        }
    }

    pub fn move_rubric_row(&mut self, row: RowId, step: isize) {
        if let Some(rows) = self.rubric.as_mut() {
            rows::shift(rows, row, step);
        }
    }

    pub fn set_rubric_cell(&mut self, row: RowId, column: RubricColumn, text: &str) {
        if let Some(found) = self.rubric.as_mut().and_then(|rows| rows.iter_mut().find(|r| r.row == row)) {
            found.set(column, text);
        }
    }

    pub fn rubric_index(&self, row: RowId) -> Option<usize> {
        rows::index_of(self.rubric.as_deref()?, row)
    }

    fn take_row_id(&mut self) -> RowId {
        let row = RowId(self.next_row);
        self.next_row = self.next_row.saturating_add(1);
        row
    }
}

impl Keyed for RubricRow {
    fn key(&self) -> RowId {
        self.row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_exactly_as_typed() {
        let mut draft = Draft::new();
        draft.set("budget.initial", "１８０．０７万元").unwrap();
        assert_eq!(draft.get("budget.initial"), "１８０．０７万元");
        draft.set("budget.initial", "").unwrap();
        assert_eq!(draft.get("budget.initial"), "");
        assert_eq!(draft.values().count(), 0);
    }

    #[test]
    fn figures_are_amounts_and_head_counts_typed() {
        let mut draft = Draft::new();
        draft.set("unit.name", "某局").unwrap();
        draft.set("method.rounding", "half_up_1").unwrap();
        assert!(!draft.has_figures(), "names and choices are not figures");
        draft.set("staff.quota.admin", "7").unwrap();
        assert!(draft.has_figures());
        let mut projects = Draft::new();
        let row = projects.add_project();
        projects.set_project_cell(row, ProjectColumn::Name, "x");
        assert!(!projects.has_figures());
        projects.set_project_cell(row, ProjectColumn::Budget, "1");
        assert!(projects.has_figures());
    }

    #[test]
    fn refuses_unknown_fields() {
        let mut draft = Draft::new();
        assert_eq!(draft.set("budget.initail", "1"), Err(UnknownField("budget.initail".into())));
        assert!(draft.set("spend.projects.0.name", "x").is_err(), "no row 0 yet");
    }

    #[test]
    fn project_rows_keep_identity_through_reordering() {
        let mut draft = Draft::new();
        let first = draft.add_project();
        let second = draft.add_project();
        draft.set("spend.projects.0.name", "第一书记专项").unwrap();
        draft.set_project_cell(second, ProjectColumn::Name, "春节送温暖");
        draft.move_project(second, -1);
        assert_eq!(draft.get("spend.projects.0.name"), "春节送温暖");
        assert_eq!(draft.project_index(first), Some(1));
        draft.move_project(first, 1);
        assert_eq!(draft.project_index(first), Some(1), "the last row stays last");
        let removed = draft.projects()[0].clone();
        draft.remove_project(second);
        assert_eq!(draft.get("spend.projects.0.name"), "第一书记专项");
        draft.restore_project(0, removed.clone());
        draft.restore_project(0, removed);
        assert_eq!(draft.projects().len(), 2, "restoring twice does not duplicate");
        assert_eq!(draft.get("spend.projects.0.name"), "春节送温暖");
        draft.remove_project(second);
        assert_ne!(draft.add_project(), second, "row ids are never reused");
    }
}
