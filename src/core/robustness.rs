//! Property tests over whole drafts: nothing panics on any draft, and documents round-trip.

use proptest::prelude::*;

use crate::core::draft::document::{read_document, write_document};
use crate::core::draft::Draft;
use crate::core::calc::evaluation::evaluate;
use crate::core::draft::fields::{FieldKind, ProjectColumn, FIELDS};
use crate::core::calc::indicators::IndicatorId;
use crate::core::calc::methods::Choice;

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

fn draft() -> impl Strategy<Value = Draft> {
    let values: Vec<BoxedStrategy<(&'static str, String)>> = FIELDS
        .iter()
        .map(|spec| {
            let id = spec.id;
            match spec.kind {
                FieldKind::Choice(choices) => choice(choices).prop_map(move |v| (id, v)).boxed(),
                _ => field_text().prop_map(move |v| (id, v)).boxed(),
            }
        })
        .collect();
    let rows = prop::collection::vec((field_text(), field_text(), field_text(), any::<bool>()), 0..6);
    (values, rows).prop_map(|(values, rows)| {
        let mut draft = Draft::new();
        for (id, text) in values {
            let _ = draft.set(id, &text);
        }
        for (name, budget, actual, is_key) in rows {
            let row = draft.add_project();
            draft.set_project_cell(row, ProjectColumn::Name, &name);
            draft.set_project_cell(row, ProjectColumn::Budget, &budget);
            draft.set_project_cell(row, ProjectColumn::Actual, &actual);
            draft.set_project_cell(row, ProjectColumn::Key, if is_key { "true" } else { "" });
        }
        draft
    })
}

fn cells(draft: &Draft) -> Vec<(String, String, String, bool)> {
    draft.projects().iter().map(|p| (p.name.clone(), p.budget.clone(), p.actual.clone(), p.is_key)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn evaluation_never_panics_and_always_answers(draft in draft()) {
        let evaluation = evaluate(&draft);
        prop_assert_eq!(evaluation.indicators.len(), IndicatorId::ALL.len());
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
    }

    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,200}") {
        let _ = read_document(&text);
    }
}
