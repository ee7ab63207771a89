//! 附件2 部门整体支出绩效自评表 (SPEC §2): the funds block, then every scored row with its 指标值,
//! 实际完成值, 分值, 得分 and 偏差原因分析及改进措施, then 总分 and 等级.

use rust_decimal::Decimal;

use super::body::method_note;
use super::wording::{amount_cell, basic_budget_cell, indicator_grid, minus_sign, projects_budget_cell, reported_total, wan};
use super::{Attachment, Block, Cell, Table, UNSCORED};
use crate::core::calc::indicators::IndicatorId;
use crate::core::evaluation::Evaluation;
use crate::core::reading::figures::Figures;
use crate::core::draft::fields::{score_field_id, ScoreField};
use crate::core::draft::Draft;
use crate::core::scoring::funds::FundsRowId;
use crate::core::scoring::rubric::Source;
use crate::core::scoring::rules::plain;
use crate::core::scoring::scores::{RowScore, Scores};

pub fn attachment(draft: &Draft, evaluation: &Evaluation) -> Attachment {
    let scores = &evaluation.scores;
    let unit = draft.get("unit.name").trim();
    let year = evaluation.figures.year.map(|y| format!("（{y}年度）")).unwrap_or_default();
    let mut blocks = vec![
        Block::unit_note(unit, format!("{year}单位：万元")),
        Block::Table(funds_table(scores, &evaluation.figures)),
        Block::Table(indicator_table(draft, scores, &evaluation.figures)),
    ];
    if let Some(cap) = &scores.cap {
        blocks.push(Block::Paragraph(format!("注：{}。", cap.reason)));
    }
    let pending = scores.pending().count();
    if pending > 0 && draft.has_figures() {
        let text = format!("{UNSCORED}{pending}项未评分，总分与等级为暂计】");
        blocks.push(Block::Fill { text, field: where_to_score(scores, evaluation) });
    }
    let table = if scores.edited { "本部门评分表".to_string() } else { scores.preset.label().to_string() };
    blocks.push(Block::note(format!("评分标准（{table}）"), ""));
    blocks.push(Block::Table(criteria_table(scores)));
    Attachment { title: "部门整体支出绩效自评表".to_string(), blocks, small_type: true }
}

/// Where the first row still waiting is finished, so that its mark in 附件2 leads there: a manual row's
/// 得分, an indicator's first missing figure, else the rubric (a rule that cannot score what it has).
fn where_to_score(scores: &Scores, evaluation: &Evaluation) -> String {
    let Some(first) = scores.pending().next() else { return RUBRIC.to_string() };
    if first.is_manual() {
        return score_field_id(&first.row.id, ScoreField::Score);
    }
    let missing = match first.row.source {
        Source::Indicator(id) => evaluation.indicator(id).and_then(|i| i.value.missing_fields().first().copied()),
        _ => None,
    };
    missing.unwrap_or(RUBRIC).to_string()
}

/// The rubric's choice on the form, beside the scoring table.
const RUBRIC: &str = "rubric.preset";

/// 分值 and 得分 of the rubric row that scores a funds row, or dashes where none does.
fn scored_cells(scores: &Scores, id: &str) -> [Cell; 2] {
    match scores.row(id) {
        Some(row) => [Cell::figure(plain(row.row.points)), Cell::figure(row.score_text())],
        None => [Cell::figure("—"), Cell::figure("—")],
    }
}

fn funds_table(scores: &Scores, figures: &Figures) -> Table {
    let rows = scores
        .funds
        .iter()
        .enumerate()
        .map(|(index, funds)| {
            let label = if index == 0 { funds.id.label().to_string() } else { format!("其中：{}", funds.id.label()) };
            let [points, score] = scored_cells(scores, funds.id.id());
            vec![
                Cell::label(label, u8::from(index > 0)),
                amount_cell(funds.initial),
                match funds.id {
                    FundsRowId::Basic => basic_budget_cell(funds.annual),
                    FundsRowId::Projects => projects_budget_cell(funds.annual, &figures.spend.projects),
                    FundsRowId::Total => amount_cell(funds.annual),
                },
                amount_cell(funds.actual),
                points,
                Cell::figure(minus_sign(&funds.rate_text)),
                score,
            ]
        })
        .collect();
    Table {
        widths: vec![22, 14, 14, 14, 10, 13, 13],
        head: ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].map(Cell::head).to_vec(),
        rows,
    }
}

fn indicator_table(draft: &Draft, scores: &Scores, figures: &Figures) -> Table {
    let rows: Vec<&RowScore> = scores.rows.iter().filter(|r| !matches!(r.row.source, Source::Funds(_))).collect();
    let cells = |row: &&RowScore| {
        let (actual, deviation) = balance_in_amounts(row, figures).unwrap_or_else(|| (worked_out(row, figures), deviation(row)));
        [
            Cell::label(row.row.level3.clone(), 0),
            Cell::label(row.row.target.clone(), 0),
            Cell::label(actual, 0),
            Cell::figure(plain(row.row.points)),
            Cell::figure(row.score_text()),
            Cell::label(deviation, 0),
        ]
    };
    let (total, grade) = reported_total(draft, scores).unwrap_or_else(|| ("—".to_string(), "—".to_string()));
    let total = [plain(scores.weights), total, grade];
    indicator_grid(&rows, "指标值", |r| (r.row.level1.clone(), r.row.level2.clone()), cells, total)
}

/// The rubric the scores were given by: each row's 分值 and 评价标准, so a reviewer can check them.
fn criteria_table(scores: &Scores) -> Table {
    let rows = scores
        .rows
        .iter()
        .map(|row| {
            let name = [row.row.level1.as_str(), row.row.level2.as_str(), row.row.level3.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("—");
            vec![Cell::label(name, 0), Cell::figure(plain(row.row.points)), Cell::label(row.row.criteria.clone(), 0)]
        })
        .collect();
    Table { widths: vec![30, 8, 62], head: ["指标", "分值", "评价标准"].map(Cell::head).to_vec(), rows }
}

/// 资金结余 (岳阳) is scored by the year-end balance's ratio to last year's carry-over, a figure the
/// report states nowhere else: the filed table says it in the two amounts (实际完成值, and the note
/// where points were lost), “年末结转结余23937.07万元，超过上年结转13810.64万元，得0.00分”.
fn balance_in_amounts(row: &RowScore, figures: &Figures) -> Option<(String, String)> {
    if row.row.source != Source::Indicator(IndicatorId::BalanceVsCarryover) {
        return None;
    }
    let balance = figures.spend.closing_balance?;
    let actual = if balance.is_zero() { "年末无结余".to_string() } else { format!("年末结转结余{}", wan(Some(balance))) };
    if row.score.is_none() || row.note.is_empty() {
        return Some((actual, deviation(row)));
    }
    let carryover = figures.budget.carryover.unwrap_or(Decimal::ZERO);
    let within = if balance <= carryover { "未超过" } else { "超过" };
    let note = format!("{actual}，{within}上年结转{}，得{}分", wan(Some(carryover)), row.score_text());
    Some((actual, noted(&note, &row.reason)))
}

/// 实际完成值: a rate the tool worked out with the 公文's minus (“－10.00%”) and, as the 正文 says it, the
/// method it was worked out by where the locality's choice matters (a row named 预算完成率 holding the
/// 预算执行率 of the chosen 分母口径 says which); what the clerk typed as typed.
fn worked_out(row: &RowScore, figures: &Figures) -> String {
    match row.row.source {
        Source::Indicator(id) if !row.by_hand && row.actual.ends_with('%') => match method_note(id, figures.methods) {
            Some(note) => format!("{}（{note}）", minus_sign(&row.actual)),
            None => minus_sign(&row.actual),
        },
        Source::Indicator(_) | Source::Funds(_) if !row.by_hand => minus_sign(&row.actual),
        _ => row.actual.clone(),
    }
}

/// What was computed about points lost, then what the clerk wrote. A row not yet scored shows only the
/// clerk's words: why the tool could not score it (缺少…, 评分规则有误…) is for the form, not the table.
fn deviation(row: &RowScore) -> String {
    let note = if row.score.is_some() { minus_sign(&row.note) } else { String::new() };
    noted(&note, &row.reason)
}

/// 偏差原因分析及改进措施: the computed note, then the clerk's words, either of them possibly empty.
fn noted(note: &str, reason: &str) -> String {
    let parts: Vec<&str> = [note, reason].into_iter().filter(|p| !p.is_empty()).collect();
    parts.join("；")
}
