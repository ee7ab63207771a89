//! The one call the view makes: a draft in, everything derived from it out.

use super::draft::Draft;
use super::figures::Figures;
use super::findings::{review, Finding};
use super::indicators::{compute, Indicator, IndicatorId};
use super::totals::Totals;

/// Everything computed from a draft: figures, totals, indicators and findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub figures: Figures,
    pub totals: Totals,
    pub indicators: Vec<Indicator>,
    pub findings: Vec<Finding>,
}

/// Evaluates a draft. Deterministic, no I/O, never fails: a half-filled draft gives partial results
/// and findings that say what is missing.
pub fn evaluate(draft: &Draft) -> Evaluation {
    let figures = Figures::read(draft);
    let totals = Totals::of(&figures);
    let indicators = compute(&figures, &totals);
    let findings = review(&figures, &totals, &indicators);
    Evaluation { figures, totals, indicators, findings }
}

impl Evaluation {
    pub fn indicator(&self, id: IndicatorId) -> Option<&Indicator> {
        self.indicators.iter().find(|indicator| indicator.id == id)
    }
}
