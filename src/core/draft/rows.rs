//! Rows with an identity (projects, rubric rows): removed, restored and moved by that identity, so a
//! row keeps being itself while the clerk reorders the table.

use super::RowId;

pub trait Keyed {
    fn key(&self) -> RowId;
}

pub fn index_of<T: Keyed>(rows: &[T], row: RowId) -> Option<usize> {
    rows.iter().position(|r| r.key() == row)
}

pub fn remove<T: Keyed>(rows: &mut Vec<T>, row: RowId) {
    rows.retain(|r| r.key() != row);
}

/// Puts a removed row back at `index` (or at the end); restoring twice does not duplicate it.
pub fn restore<T: Keyed>(rows: &mut Vec<T>, index: usize, restored: T) {
    if index_of(rows, restored.key()).is_none() {
        rows.insert(index.min(rows.len()), restored);
    }
}

/// Moves a row one place up (`-1`) or down (`+1`); does nothing at the ends.
pub fn shift<T: Keyed>(rows: &mut [T], row: RowId, step: isize) {
    let Some(index) = index_of(rows, row) else { return };
    let Some(target) = index.checked_add_signed(step).filter(|t| *t < rows.len()) else { return };
    rows.swap(index, target);
}
