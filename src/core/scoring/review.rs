//! Findings about the scoring (SPEC §5, §6): what a reviewer would catch in a 自评表 — weights that do
//! not make 100, points lost (or given) without a reason, full marks for a rate over its limit, rows
//! left unscored, and a funds block whose parts do not add up.

use rust_decimal::Decimal;

use crate::core::calc::findings::{finding, invalid_input, Finding, FindingCode, Severity};
use crate::core::calc::totals::sum;
use crate::core::draft::fields::{self, score_field_id, ScoreField};
use crate::core::draft::rubric::RubricColumn;
use crate::core::reading::amount::format_wan;
use crate::core::reading::figures::{Figures, InputProblem};
use crate::core::scoring::funds::FundsRowId;
use crate::core::scoring::rules::{plain, two};
use crate::core::scoring::scores::{RowScore, Scores};

pub fn review(scores: &Scores, figures: &Figures) -> Vec<Finding> {
    let mut findings = Vec::new();
    findings.extend(scores.problems.iter().map(|problem| score_problem(problem, scores)));
    weights(scores, &mut findings);
    for row in &scores.rows {
        full_marks_over_limit(row, scores, &mut findings);
        reason_missing(row, scores, &mut findings);
    }
    pending(scores, &mut findings);
    funds_parts(scores, figures, &mut findings);
    findings
}

/// A manual row's 得分 that cannot be taken, named by its row (“资金使用合规性”得分不能超过分值4分) rather
/// than by its field's id.
fn score_problem(problem: &InputProblem, scores: &Scores) -> Finding {
    match scores.rows.iter().find(|r| score_field_id(&r.row.id, ScoreField::Score) == problem.field) {
        Some(row) => finding(FindingCode::InvalidInput, Severity::Error, format!("“{}”{}", row.row.level3, problem.message), &[&problem.field]),
        None => invalid_input(problem),
    }
}

/// A row as people know it: its 三级指标, with its 二级指标 where another row has the same name
/// (预算管理、资产管理 each have a 管理制度健全性); a row without a name is called by its place.
fn name(row: &RowScore, scores: &Scores) -> String {
    let level3 = row.row.level3.as_str();
    if level3.is_empty() {
        return format!("评分表第{}行", row.row.index + 1);
    }
    let shared = scores.rows.iter().filter(|r| r.row.level3 == level3).count() > 1;
    if shared && !row.row.level2.is_empty() {
        format!("{}·{level3}", row.row.level2)
    } else {
        level3.to_string()
    }
}

fn weights(scores: &Scores, findings: &mut Vec<Finding>) {
    if scores.weights == Decimal::ONE_HUNDRED || scores.rows.is_empty() {
        return;
    }
    let message = format!("评分表各项分值合计{}分，不等于100分；请调整分值", plain(scores.weights));
    let field = if scores.edited { fields::rubric_field_id(0, RubricColumn::Points) } else { "rubric.preset".into() };
    findings.push(Finding { code: FindingCode::WeightsNot100, severity: Severity::Error, message, fields: vec![field] });
}

fn full_marks_over_limit(row: &RowScore, scores: &Scores, findings: &mut Vec<Finding>) {
    if !row.full_marks_over_limit() {
        return;
    }
    let message = format!(
        "{}为{}，超出限值，按评分规则本得满分{}分；超限的指标不得评为满分，暂不计分，请核对数字、口径或评分规则",
        name(row, scores),
        row.actual,
        plain(row.row.points)
    );
    let field = if row.is_manual() {
        score_field_id(&row.row.id, ScoreField::Score)
    } else if scores.edited {
        fields::rubric_field_id(row.row.index, RubricColumn::Rule)
    } else {
        "rubric.preset".into()
    };
    findings.push(Finding { code: FindingCode::FullMarksOverLimit, severity: Severity::Error, message, fields: vec![field] });
}

/// A manual score needs its basis written down; a computed row that lost points needs its cause.
fn reason_missing(row: &RowScore, scores: &Scores, findings: &mut Vec<Finding>) {
    let Some(score) = row.score else { return };
    if !row.reason.is_empty() || !row.by_hand {
        return;
    }
    let (severity, what) =
        if score < row.row.points { (Severity::Warning, "扣分") } else { (Severity::Info, "满分") };
    let message = format!("{}人工评{}分（{what}），未写评分依据或扣分原因", name(row, scores), two(score));
    let field = score_field_id(&row.row.id, ScoreField::Reason);
    findings.push(Finding { code: FindingCode::ScoreWithoutReason, severity, message, fields: vec![field] });
}

fn pending(scores: &Scores, findings: &mut Vec<Finding>) {
    let pending: Vec<&RowScore> = scores.pending().collect();
    let Some(first) = pending.first() else { return };
    let names: Vec<String> = pending.iter().take(5).map(|r| name(r, scores)).collect();
    let more = if pending.len() > 5 { "等" } else { "" };
    let message = format!("尚有{}项未评分（{}{more}），总分与等级为暂计", pending.len(), names.join("、"));
    let field = if first.is_manual() { score_field_id(&first.row.id, ScoreField::Score) } else { "rubric.preset".into() };
    findings.push(Finding { code: FindingCode::ScorePending, severity: Severity::Info, message, fields: vec![field] });
}

/// 年初预算 = 基本 + 项目 and 全年预算数 = 基本 + 项目, where the parts are entered.
fn funds_parts(scores: &Scores, figures: &Figures, findings: &mut Vec<Finding>) {
    let [total, basic, projects] = &scores.funds;
    let initial_parts = [figures.funds_initial.basic, figures.funds_initial.projects];
    if let (Some(total_initial), Some(parts)) = (total.initial, sum(initial_parts)) {
        if parts != total_initial {
            let message = format!(
                "附件2年初预算数：基本支出{}与项目支出{}之和{}万元，不等于年初预算{}万元",
                shown(basic.initial),
                shown(projects.initial),
                format_wan(parts),
                format_wan(total_initial)
            );
            let fields = vec!["funds.basic.initial".to_string(), "funds.projects.initial".to_string()];
            findings.push(Finding { code: FindingCode::SumMismatch, severity: Severity::Error, message, fields });
        }
    }
    if let (Some(total_annual), Some(basic_annual)) = (total.annual, basic.annual) {
        let parts = sum([Some(basic_annual), projects.annual]).unwrap_or_default();
        if parts != total_annual {
            let message = format!(
                "附件2全年预算数：基本支出{}万元与项目支出{}之和{}万元，不等于{}全年预算数{}万元",
                format_wan(basic_annual),
                shown(projects.annual),
                format_wan(parts),
                FundsRowId::Total.label(),
                format_wan(total_annual)
            );
            let fields = vec!["budget.basic".to_string(), "spend.projects.0.budget".to_string()];
            findings.push(Finding { code: FindingCode::SumMismatch, severity: Severity::Error, message, fields });
        }
    }
}

fn shown(value: Option<Decimal>) -> String {
    value.map_or_else(|| "（未填）".to_string(), |v| format!("{}万元", format_wan(v)))
}
