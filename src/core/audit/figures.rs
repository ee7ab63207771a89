//! The figures a pasted report states, each with its place: fields of the data contract, totals it
//! states (checked against their parts), its project rows, and figures stated twice with two values.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::labels::{label_of, staff_type_before, Target};
use super::numbers::{Number, Unit};
use super::text::Normalised;

/// A figure as stated, with its normalised byte range (label to unit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    pub value: Decimal,
    pub start: usize,
    pub end: usize,
}

/// A project row the report lists after its 项目支出 total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedProject {
    /// As written in the pasted text (quotes kept), blanks removed.
    pub name: String,
    pub actual: Decimal,
}

/// Everything recognised.
#[derive(Debug, Default)]
pub struct Recognised {
    /// Field id → the first value stated for it.
    pub fields: BTreeMap<&'static str, Stated>,
    /// Fields stated again with another value (the field is then in doubt).
    pub conflicts: BTreeMap<&'static str, Vec<Stated>>,
    /// Totals the report states: `basic`, `projects`, `annual_budget`, `staff`, `quota`.
    pub totals: Vec<(&'static str, Stated)>,
    pub projects: Vec<ListedProject>,
}

impl Recognised {
    pub fn read(pasted: &str, text: &Normalised, numbers: &[Number]) -> Self {
        let mut found = Recognised::default();
        for number in numbers {
            let Some((target, label_start)) = label_of(&text.text, number) else { continue };
            if target.counts_persons() && number.decimals > 0 {
                continue;
            }
            let stated = Stated { value: number.value, start: label_start, end: number.end };
            match target {
                Target::Field(id) => found.field(id, stated),
                Target::ActualOfType => {
                    if let Some(id) = staff_type_before(&text.text, label_start) {
                        found.field(id, stated);
                    }
                }
                Target::Total(id) => {
                    if id == "projects" && found.projects.is_empty() {
                        found.projects = listed_projects(pasted, text, numbers, number.end);
                    }
                    found.totals.push((id, stated));
                }
            }
        }
        found
    }

    fn field(&mut self, id: &'static str, stated: Stated) {
        match self.fields.get(id) {
            None => {
                self.fields.insert(id, stated);
            }
            Some(first) if first.value != stated.value => self.conflicts.entry(id).or_default().push(stated),
            Some(_) => {}
        }
    }

    pub fn value(&self, id: &str) -> Option<Decimal> {
        self.fields.get(id).map(|stated| stated.value)
    }
}

/// “项目支出共计31万元，为A经费1万元和B资金30万元”: the rows listed in the rest of the sentence.
fn listed_projects(pasted: &str, text: &Normalised, numbers: &[Number], after: usize) -> Vec<ListedProject> {
    let rest = &text.text[after..];
    let sentence_end = after + rest.find('。').unwrap_or(rest.len()).min(600);
    let mut item_start = after;
    let mut rows = Vec::new();
    for number in numbers.iter().filter(|n| n.start >= after && n.end <= sentence_end && n.unit == Unit::Wan) {
        let name_range = trim_item(&text.text, item_start, number.start);
        let span = text.span(pasted, name_range.0, name_range.1);
        let name: String = pasted[span].chars().filter(|c| !c.is_whitespace()).collect();
        if !name.is_empty() {
            rows.push(ListedProject { name, actual: number.value });
        }
        item_start = number.end;
    }
    rows
}

/// The item's name between the previous figure and this one, without separators and lead-ins.
fn trim_item(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    const LEAD: [&str; 10] = ["，", ",", "、", "和", "及", ";", "为", "其中", ":", "包括"];
    const TAIL: [&str; 4] = ["支出", "共计", "为", "计"];
    'lead: loop {
        for word in LEAD {
            if text[start..end].starts_with(word) {
                start += word.len();
                continue 'lead;
            }
        }
        break;
    }
    'tail: loop {
        for word in TAIL {
            if text[start..end].ends_with(word) && end - word.len() > start {
                end -= word.len();
                continue 'tail;
            }
        }
        break;
    }
    (start, end)
}
