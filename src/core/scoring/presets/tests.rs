use super::*;
use crate::core::reading::points::parse_points;
use crate::core::scoring::rubric::read_rows;

fn all() -> [RubricPreset; 3] {
    [RubricPreset::Hunan, RubricPreset::Yueyang, RubricPreset::SelfEvaluation]
}

#[test]
fn every_preset_totals_100_and_reads_without_problems() {
    for preset in all() {
        let total: rust_decimal::Decimal = preset.rows().iter().map(|r| parse_points(r.points).unwrap().unwrap()).sum();
        assert_eq!(total, rust_decimal::Decimal::ONE_HUNDRED, "{preset:?}");
        let mut problems = Vec::new();
        let rows = read_rows(preset.rows().iter().map(|r| r as &dyn RubricCells), &mut problems);
        assert!(problems.is_empty(), "{preset:?}: {problems:?}");
        assert_eq!(rows.len(), preset.rows().len(), "{preset:?}: ids are unique");
        assert!(rows.iter().all(|r| r.rule.is_some()), "{preset:?}");
        assert!(!preset.note().is_empty());
    }
}

#[test]
fn the_default_preset_is_hunan() {
    assert_eq!(RubricPreset::default(), RubricPreset::Hunan);
    assert_eq!(RubricPreset::CHOICES.iter().map(|c| c.id).collect::<Vec<_>>(), ["hunan", "yueyang", "self_evaluation"]);
}

/// One line per row, every cell: the snapshot the presets are pinned to.
fn rendered() -> String {
    let mut text = String::new();
    for preset in all() {
        text.push_str(&format!("## {}\n", preset.id()));
        for row in preset.rows() {
            let cells: Vec<&str> = RubricColumn::ALL.iter().map(|c| row.cell(*c)).collect();
            text.push_str(&cells.join("|"));
            text.push('\n');
        }
    }
    text
}

#[test]
fn presets_are_pinned_so_old_drafts_keep_their_scores() {
    // A draft that follows a preset is scored by the preset's rows in every later version. To change a
    // table, add a new preset id and keep this one; then add the new table to the snapshot.
    let pinned = include_str!("../../../../tests/fixtures/rubric-presets.txt");
    assert!(pinned == rendered(), "a preset changed in place; rendered now:\n{}", rendered());
}
