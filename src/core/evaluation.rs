//! The one call the view makes: a draft in, everything derived from it out. The page makes it in two
//! parts (the figures on every keystroke, the project tables in the tools module), the rest in one.

use crate::core::draft::Draft;
use crate::core::reading::figures::Figures;
use crate::core::calc::findings::{review, Finding, Severity};
use crate::core::calc::indicators::{compute, Indicator, IndicatorId};
use crate::core::calc::totals::Totals;
use crate::core::calc::findings::invalid_input;
use crate::core::draft::project::ProjectColumn;
use crate::core::scoring::project::{review::{annex2_initial, not_reported, review as review_project}, score_projects, ProjectScore};
use crate::core::scoring::review::review as review_scores;
use crate::core::scoring::scores::{score, Scores};

/// Everything computed from a draft: figures, totals, indicators, scores and findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub figures: Figures,
    pub totals: Totals,
    pub indicators: Vec<Indicator>,
    pub scores: Scores,
    /// Every evaluated project's 项目支出绩效自评表 (附件3), scored.
    pub projects: Vec<ProjectScore>,
    pub findings: Vec<Finding>,
}

/// Evaluates a draft. Deterministic, no I/O, never fails: a half-filled draft gives partial results
/// and findings that say what is missing.
pub fn evaluate(draft: &Draft) -> Evaluation {
    let mut evaluation = evaluate_without_project_tables(draft);
    let (projects, findings) = evaluate_project_tables(draft, &evaluation.figures);
    evaluation.projects = projects;
    evaluation.findings = errors_first(evaluation.findings.into_iter().chain(findings).collect());
    evaluation
}

/// Everything but the projects' 项目支出绩效自评表 (`projects` is left empty). The page evaluates this on
/// every keystroke; the tables and their findings come from the tools module
/// ([`evaluate_project_tables`]), which keeps the page's first visit smaller.
pub fn evaluate_without_project_tables(draft: &Draft) -> Evaluation {
    let figures = Figures::read(draft);
    let totals = Totals::of(&figures);
    let indicators = compute(&figures, &totals);
    let scores = score(draft, &figures, &totals, &indicators);
    let mut findings = review(&figures, &totals, &indicators);
    findings.extend(review_scores(&scores, &figures));
    Evaluation { figures, totals, indicators, scores, projects: Vec::new(), findings: errors_first(findings) }
}

/// Every evaluated project's table, scored, and the findings about them (cells that cannot be read,
/// then each project's review), errors first.
pub fn evaluate_project_tables(draft: &Draft, figures: &Figures) -> (Vec<ProjectScore>, Vec<Finding>) {
    let mut problems = Vec::new();
    let projects = score_projects(draft, &figures.project_eval, &mut problems);
    let mut findings: Vec<Finding> = problems.iter().map(invalid_input).collect();
    findings.extend(not_reported(&projects));
    for project in &projects {
        let funds_reason = draft.projects().get(project.index).map_or("", |p| p.cell(ProjectColumn::FundsReason));
        findings.extend(review_project(project, funds_reason));
    }
    findings.extend(annex2_initial(&figures.funds_initial));
    (projects, errors_first(findings))
}

/// Errors, then warnings, then notes, each in the order found. (A partition, not a sort: a sort
/// would add its own copy of the sorting code to the Wasm.)
pub fn errors_first(findings: Vec<Finding>) -> Vec<Finding> {
    let (errors, rest): (Vec<Finding>, Vec<Finding>) = findings.into_iter().partition(|f| f.severity == Severity::Error);
    let (warnings, notes): (Vec<Finding>, Vec<Finding>) = rest.into_iter().partition(|f| f.severity == Severity::Warning);
    errors.into_iter().chain(warnings).chain(notes).collect()
}

impl Evaluation {
    pub fn indicator(&self, id: IndicatorId) -> Option<&Indicator> {
        self.indicators.iter().find(|indicator| indicator.id == id)
    }
}
