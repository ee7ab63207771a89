//! Property tests over whole drafts: nothing panics on any draft, and documents round-trip.

use proptest::prelude::*;

use crate::core::document::{read_document, write_document};
use crate::core::draft::Draft;
use crate::core::evaluation::evaluate;
use crate::core::draft::fields::{rubric_column_kind, FieldKind, IndicatorColumn, ProjectColumn, FIELDS};
use crate::core::draft::rubric::{RubricCells, RubricColumn};
use crate::core::calc::indicators::IndicatorId;
use crate::core::draft::choices::Choice;

/// Text of the kinds people (and corrupted files) produce: figures, extremes, junk.
fn field_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("0".to_string()),
        Just("-0".to_string()),
        Just("1000000000000".to_string()),
        Just("-1000000000000".to_string()),
        Just("0.0001".to_string()),
        "-?[0-9]{1,13}(\\.[0-9]{1,4})?",
        "[0-9０-９,，. 万元-]{0,16}",
        "\\PC{0,12}",
    ]
}

fn choice(choices: &'static [Choice]) -> impl Strategy<Value = String> {
    prop::sample::select(choices).prop_map(|c| c.id.to_string())
}

/// Drafts as the page can make them; with `junk_choices`, rubric choice cells may also hold junk (as a
/// hand-edited file could, before validation).
fn draft_with(junk_choices: bool) -> impl Strategy<Value = Draft> {
    let values: Vec<BoxedStrategy<(&'static str, String)>> = FIELDS
        .iter()
        .map(|spec| {
            let id = spec.id;
            match spec.kind {
                FieldKind::Choice(choices) => choice(choices).prop_map(move |v| (id, v)).boxed(),
                // A checkbox can only write these.
                FieldKind::Flag => prop::sample::select(&["", "true", "false"][..]).prop_map(move |v| (id, v.to_string())).boxed(),
                _ => field_text().prop_map(move |v| (id, v)).boxed(),
            }
        })
        .collect();
    let rows = prop::collection::vec((field_text(), field_text(), field_text(), any::<bool>(), sheet()), 0..6);
    let scores = prop::collection::vec((prop::sample::select(SCORED_ROWS), field_text()), 0..6);
    let rubric = prop::option::of(prop::collection::vec(rubric_row(junk_choices), 0..5));
    (values, rows, scores, rubric).prop_map(|(values, rows, scores, rubric)| {
        let mut draft = Draft::new();
        for (id, text) in values {
            let _ = draft.set(id, &text);
        }
        for (row, text) in scores {
            let _ = draft.set(&format!("score.{row}"), &text);
        }
        if let Some(rubric) = rubric {
            draft.own_rubric(std::iter::empty());
            for cells in rubric {
                if let Some(row) = draft.add_rubric_row(&crate::core::draft::rubric::manual_row(&[])) {
                    for (column, text) in RubricColumn::ALL.iter().zip(cells) {
                        draft.set_rubric_cell(row, *column, &text);
                    }
                }
            }
        }
        for (name, budget, actual, is_key, (sheet_cells, indicators)) in rows {
            let row = draft.add_project();
            draft.set_project_cell(row, ProjectColumn::Name, &name);
            draft.set_project_cell(row, ProjectColumn::Budget, &budget);
            draft.set_project_cell(row, ProjectColumn::Actual, &actual);
            draft.set_project_cell(row, ProjectColumn::Key, if is_key { "true" } else { "" });
            for (column, text) in sheet_cells {
                draft.set_project_cell(row, column, &text);
            }
            for cells in indicators {
                let cells: Vec<(IndicatorColumn, &str)> = IndicatorColumn::ALL.iter().copied().zip(cells.iter().map(String::as_str)).collect();
                draft.add_indicator(row, &cells);
            }
        }
        draft
    })
}

/// Row ids the presets score, for score fields.
const SCORED_ROWS: &[&str] = &["management_system", "satisfaction", "staff_control", "funds.total", "output_quantity"];

/// A rubric row's cells: valid choices or junk where a choice goes, any text elsewhere.
fn draft() -> impl Strategy<Value = Draft> {
    draft_with(false)
}

fn rubric_row(junk_choices: bool) -> impl Strategy<Value = Vec<String>> {
    let cells: Vec<BoxedStrategy<String>> = RubricColumn::ALL
        .iter()
        .map(|column| match rubric_column_kind(*column) {
            FieldKind::Choice(choices) if junk_choices => prop_oneof![4 => choice(choices), 1 => field_text()].boxed(),
            FieldKind::Choice(choices) => choice(choices).boxed(),
            FieldKind::Bands => prop_oneof![
                Just("x=0 → 8分；0<x≤10% → 6分；x>10% → 0分".to_string()),
                Just("x≥90% → 满分；x<90% → 120%".to_string()),
                "[x0-9<>=≤≥%；→分 .]{0,30}",
            ]
            .boxed(),
            _ => field_text().boxed(),
        })
        .collect();
    cells
}

/// A project's 自评表: some of its own cells, and indicator rows of figures, comparators and words.
fn sheet() -> impl Strategy<Value = (Vec<(ProjectColumn, String)>, Vec<Vec<String>>)> {
    let sheet_columns: Vec<ProjectColumn> = ProjectColumn::ALL.iter().copied().filter(|c| c.is_sheet()).collect();
    let cell = prop_oneof![field_text(), "(≥|≤|=)?[0-9]{1,3}(%|个|万元)?", Just("/".to_string()), Just("效果明显".to_string())];
    (
        prop::collection::vec((prop::sample::select(sheet_columns), field_text()), 0..4),
        prop::collection::vec(prop::collection::vec(cell, IndicatorColumn::ALL.len()), 0..4),
    )
}

fn cells(draft: &Draft) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    draft.projects().iter().map(|p| p.typed()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn evaluation_never_panics_and_always_answers(draft in draft_with(true)) {
        let evaluation = evaluate(&draft);
        prop_assert_eq!(evaluation.indicators.len(), IndicatorId::ALL.len());
        for row in &evaluation.scores.rows {
            if let Some(score) = row.score {
                prop_assert!(score >= rust_decimal::Decimal::ZERO && score <= row.row.points, "{:?}", row);
            }
        }
        prop_assert!(evaluation.scores.total >= rust_decimal::Decimal::ZERO);
        for indicator in &evaluation.indicators {
            prop_assert!(!indicator.text.is_empty());
            prop_assert!(indicator.sentence.starts_with(indicator.name) || indicator.sentence.contains("公开"));
        }
    }

    #[test]
    fn documents_round_trip(draft in draft()) {
        let json = write_document(&draft, None);
        let (read, _) = read_document(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(read.values().collect::<Vec<_>>(), draft.values().collect::<Vec<_>>());
        prop_assert_eq!(cells(&read), cells(&draft));
        prop_assert_eq!(read.rubric().map(<[_]>::len), draft.rubric().map(<[_]>::len));
        let rubric_cells = |d: &Draft| d.rubric().map(|rows| rows.iter().map(|r| RubricColumn::ALL.iter().map(|c| r.cell(*c).to_string()).collect::<Vec<_>>()).collect::<Vec<_>>());
        prop_assert_eq!(rubric_cells(&read), rubric_cells(&draft));
    }

    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,200}") {
        let _ = read_document(&text);
    }
}
