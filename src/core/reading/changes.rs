//! What differs between two versions of a draft, field by field, in the clerk's words (“人员经费：480 → 485”):
//! how a colleague's version come back by share link is told from the one kept here.

use super::amount::parse_amount;
use crate::core::draft::fields::{indicator_field_id, kind_of, label_of, project_field_id, FieldKind};
use crate::core::draft::{Draft, IndicatorColumn, Project, ProjectColumn};
use crate::core::order;

/// One field typed differently: its label, and its text in each version (“” where blank; both blank for
/// the rubric, which differs as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub label: String,
    pub from: String,
    pub to: String,
}

/// Every field typed differently in `to` than in `from`, in the form's order: the scalar fields, then each
/// project's cells and indicator rows by their place, then the rubric (said once, when it differs).
pub fn changes(from: &Draft, to: &Draft) -> Vec<Change> {
    let mut found = Vec::new();
    let mut differs = |label: String, a: &str, b: &str, amount: bool| {
        if !same(a, b, amount) {
            found.push(Change { label, from: a.trim().to_string(), to: b.trim().to_string() });
        }
    };
    let mut ids: Vec<&str> = from.values().chain(to.values()).map(|(id, _)| id).collect();
    order::sort(&mut ids);
    ids.dedup();
    for id in ids {
        differs(label_of(id), from.get(id), to.get(id), kind_of(id) == Some(FieldKind::Amount));
    }
    let rows = from.projects().len().max(to.projects().len());
    for n in 0..rows {
        let (a, b) = (from.projects().get(n), to.projects().get(n));
        for column in ProjectColumn::ALL {
            let cell = |p: Option<&Project>| p.map_or(String::new(), |p| p.cell(*column).to_string());
            differs(label_of(&project_field_id(n, *column)), &cell(a), &cell(b), column.is_amount());
        }
        let indicators = a.map_or(0, |p| p.indicators.len()).max(b.map_or(0, |p| p.indicators.len()));
        for k in 0..indicators {
            for column in IndicatorColumn::ALL {
                let cell = |p: Option<&Project>| p.and_then(|p| p.indicators.get(k)).map_or(String::new(), |r| r.cell(*column).to_string());
                differs(label_of(&indicator_field_id(n, k, *column)), &cell(a), &cell(b), false);
            }
        }
    }
    // The rubric's rows are many cells of their own; that it differs is what a clerk needs told.
    if from.rubric() != to.rubric() {
        found.push(Change { label: "评分表（分值、计分规则）".to_string(), from: String::new(), to: String::new() });
    }
    found
}

/// Typed alike, or (an amount) read as the same figure: “36.5” and “36.50万元” are no change.
fn same(a: &str, b: &str, amount: bool) -> bool {
    a.trim() == b.trim() || (amount && matches!((parse_amount(a), parse_amount(b)), (Ok(Some(x)), Ok(Some(y))) if x == y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colleagues_edits_are_named_field_by_field() {
        let mut mine = Draft::new();
        let _ = mine.set("unit.name", "某县档案馆");
        let _ = mine.set("spend.personnel", "480");
        let _ = mine.set("spend.public", "36.5");
        let row = mine.add_project();
        mine.set_project_cell(row, ProjectColumn::Name, "档案数字化");
        let mut theirs = mine.clone();
        let _ = theirs.set("spend.personnel", "485");
        let _ = theirs.set("spend.public", "36.50 ");
        let _ = theirs.set("budget.carryover", "12");
        let row = theirs.add_project();
        theirs.set_project_cell(row, ProjectColumn::Name, "库房改造");
        let said: Vec<(String, String, String)> = changes(&mine, &theirs).into_iter().map(|c| (c.label, c.from, c.to)).collect();
        let expected = [("上年结转", "", "12"), ("人员经费", "480", "485"), ("项目2 项目名称", "", "库房改造")];
        let expected: Vec<(String, String, String)> = expected.iter().map(|(l, a, b)| (l.to_string(), a.to_string(), b.to_string())).collect();
        assert_eq!(said.len(), 3, "36.5 and 36.50 are one figure: {said:?}");
        for change in &expected {
            assert!(said.contains(change), "{change:?} in {said:?}");
        }
        assert!(changes(&mine, &mine.clone()).is_empty());
        let mut own_rubric = mine.clone();
        own_rubric.own_rubric(std::iter::empty());
        let said = changes(&mine, &own_rubric);
        assert_eq!(said, [Change { label: "评分表（分值、计分规则）".to_string(), from: String::new(), to: String::new() }]);
    }
}
