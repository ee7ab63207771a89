//! 附件3 项目支出绩效自评表 (SPEC §12): one table per evaluated project, each on its own page after 附件2,
//! as the 财预〔2020〕10号 template lays it out — 项目名称, 主管部门 and 实施单位; the funds block with its 其中
//! rows; 年度总体目标; the indicator rows with 一级 and 二级 merged over their rows; 总分 and 自评等级.
//! Unused rows of the template are not printed; a row that does not apply is, marked 不适用.

use super::wording::{amount_cell, indicator_grid};
use super::{Attachment, Block, Cell, Table, UNSCORED};
use crate::core::calc::indicators::BLANK;
use crate::core::draft::fields::{indicator_field_id, project_field_id};
use crate::core::draft::project::{is_stand_in_name, FundColumn, FundSource, IndicatorColumn, ProjectColumn};
use crate::core::draft::Draft;
use crate::core::evaluation::Evaluation;
use crate::core::reading::target_value::half_width;
use crate::core::scoring::project::{percent_text, IndicatorScore, ProjectScore};
use crate::core::scoring::rules::{plain, two};

/// The title every project's table carries: consecutive attachments of one title are one attachment
/// (附件3) on several pages.
pub const TITLE: &str = "项目支出绩效自评表";

/// One attachment page per evaluated project, in the order of the projects table. A stand-in row (项目支出
/// not split by project yet) has none, whatever is typed in its table: it is no project to evaluate.
pub fn attachments(draft: &Draft, evaluation: &Evaluation) -> Vec<Attachment> {
    let year = evaluation.figures.year.map(|y| format!("（{y}年度）")).unwrap_or_default();
    evaluation
        .projects
        .iter()
        .filter(|project| project.is_reported() && !is_stand_in_name(&project.name))
        .map(|project| {
            let cell = |column: ProjectColumn| draft.projects().get(project.index).map_or(String::new(), |p| p.cell(column).trim().to_string());
            let unit = draft.get("unit.name").trim().to_string();
            let or_unit = |text: String| if text.is_empty() { unit.clone() } else { text };
            let mut blocks = vec![
                // The unit is in the funds table's head: a long name keeps the line.
                Block::named_note("项目名称：", project.name.trim(), "项目名称", &project_field_id(project.index, ProjectColumn::Name), year.clone()),
            ];
            blocks.extend(department_notes(or_unit(cell(ProjectColumn::Department)), or_unit(cell(ProjectColumn::Implementer))));
            blocks.push(Block::Table(funds_table(project)));
            // Required where 执行率 is low or the budget changed (`project_execution_reason`): the reviewer
            // reads it beside the 执行率.
            let funds_reason = cell(ProjectColumn::FundsReason);
            if !funds_reason.is_empty() {
                blocks.push(Block::note(format!("执行率偏低或预算调整的原因：{funds_reason}"), ""));
            }
            blocks.extend([
                Block::Table(goals_table(project.index, cell)),
                Block::Table(indicator_table(project)),
            ]);
            blocks.extend(notes(project));
            Attachment { title: TITLE.to_string(), blocks, small_type: true }
        })
        .collect()
}

/// What a line of the notes above a table holds (小四 across the 156 mm type area), the gap between
/// its two parts counted.
const NOTE_LINE_CHARS: usize = 36;

/// 主管部门 and 实施单位 on one line where both fit, else each on a line of its own: squeezed onto one, a
/// long 实施单位 broke the 主管部门's name in two (“青溪” over “县交通运输局”). Every character is counted
/// full width, so a name of digits goes down a line a little early rather than break.
fn department_notes(department: String, implementer: String) -> Vec<Block> {
    let (department, implementer) = (format!("主管部门：{department}"), format!("实施单位：{implementer}"));
    if department.chars().count() + 1 + implementer.chars().count() <= NOTE_LINE_CHARS {
        vec![Block::note(department, implementer)]
    } else {
        vec![Block::note(department, ""), Block::note(implementer, "")]
    }
}

fn funds_table(project: &ProjectScore) -> Table {
    let execution = &project.execution;
    let mut rows = vec![vec![
        Cell::label("年度资金总额", 0),
        amount_cell(project.funds.initial()),
        amount_cell(project.funds.full_year()),
        amount_cell(project.funds.executed()),
        Cell::figure(plain(execution.points)),
        Cell::figure(execution.rate.map_or_else(|| "—".to_string(), percent_text)),
        Cell::figure(execution.score_text()),
    ]];
    for (index, source) in FundSource::ALL.iter().enumerate() {
        let label = if index == 0 { format!("其中：{}", source.label()) } else { source.label().to_string() };
        let mut row = vec![Cell::label(label, 1)];
        row.extend(FundColumn::ALL.map(|column| amount_cell(project.funds.column(column).parts[*source as usize])));
        row.extend(["—", "—", "—"].map(Cell::figure));
        rows.push(row);
    }
    Table {
        widths: vec![25, 14, 14, 14, 9, 12, 12],
        head: ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].map(Cell::head).to_vec(),
        rows,
    }
}

/// 年度总体目标: each half left blank prints 【此处填写】 and leads to its cell on the 项目自评 screen.
fn goals_table(project: usize, typed: impl Fn(ProjectColumn) -> String) -> Table {
    let goal = |column: ProjectColumn| {
        let text = typed(column);
        let text = if text.is_empty() { BLANK.to_string() } else { text };
        Cell::label(text, 0).filled_in(project_field_id(project, column))
    };
    Table {
        widths: vec![50, 50],
        head: ["年度总体目标：预期目标", "实际完成情况"].map(Cell::head).to_vec(),
        rows: vec![vec![goal(ProjectColumn::GoalExpected), goal(ProjectColumn::GoalActual)]],
    }
}

fn indicator_table(project: &ProjectScore) -> Table {
    let cells = |row: &&IndicatorScore| {
        [
            Cell::label(row.name.clone(), 0),
            // `９２．３％` as `92.3%`: full-width figures break a narrow cell between every character.
            Cell::label(row.target_text.chars().map(half_width).collect::<String>(), 0),
            Cell::label(row.actual_text.chars().map(half_width).collect::<String>(), 0),
            Cell::figure(points_text(row)),
            Cell::figure(row.score_text()),
            // 偏差原因 is the unit's analysis, as written. Where one is missing the findings say so
            // (`project_deviation_reason`); the app's own working (“按比例得8.62分”) is no cause, and beside
            // a typed 得分 it could contradict the table.
            Cell::label(row.reason.clone(), 0),
        ]
    };
    let total = [plain(project.weights), project.total_text(), project.grade.label().to_string()];
    let rows = grouped(&project.rows);
    let mut grid = indicator_grid(&rows, "年度指标值", |r| (r.level1.clone(), r.level2.clone()), cells, total);
    grid.widths = if project.rescaled {
        // “15（16.88）”: in Word's fixed layout 分值 needs room for “（16.88）” on a line of its own.
        vec![11, 15, 12, 14, 14, 14, 9, 11]
    } else {
        GRID_WIDTHS.to_vec()
    };
    grid
}

/// 附件3's columns (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因) in 小五: a target or result
/// with its unit holds eight or nine characters a line (“≥1200公里”, “0.53万元/公里”; Word sets a longer one a
/// little smaller, print breaks it after its “/”); 一级 holds “满意度指标” and 二级 seven characters, so the
/// template's names never leave one character alone (“可持续影响指标” whole, “服务对象满意度指标” seven and
/// two). 偏差原因, written on few rows, narrows to six characters a line (a narrower one made a table of
/// one long reason run over a page).
const GRID_WIDTHS: [u8; 8] = [12, 16, 12, 15, 15, 6, 9, 15];

/// The rows grouped as the template prints them: each 一级 once, in the order first typed, and each 二级
/// within it likewise (a 产出 row typed after the 满意度 row joins the other 产出 rows).
fn grouped(rows: &[IndicatorScore]) -> Vec<&IndicatorScore> {
    let mut order: Vec<(&str, &str)> = Vec::new();
    for row in rows {
        let key = (row.level1.as_str(), row.level2.as_str());
        if !order.contains(&key) {
            let after = order.iter().rposition(|(level1, _)| *level1 == key.0).map_or(order.len(), |at| at + 1);
            order.insert(after, key);
        }
    }
    order.iter().flat_map(|key| rows.iter().filter(move |r| (r.level1.as_str(), r.level2.as_str()) == *key)).collect()
}


/// 分值 as typed; after rescaling, with the points it was scored on.
fn points_text(row: &IndicatorScore) -> String {
    match (row.points, row.effective_points) {
        (Some(points), Some(effective)) if points != effective => format!("{}（{}）", plain(points), two(effective)),
        (Some(points), _) => plain(points),
        (None, _) => String::new(),
    }
}

fn notes(project: &ProjectScore) -> Vec<Block> {
    let mut notes = Vec::new();
    // In the table's small type.
    let note = |left: String| Block::note(left, "");
    if !project.execution.applies {
        notes.push(note(format!("注：{}。", project.execution.note)));
    }
    if project.rescaled {
        notes.push(note("注：标为“不适用”的指标不计分，其余指标的分值已按比例调整（括号内为调整后的分值）。".to_string()));
    }
    if let Some(cap) = &project.cap {
        notes.push(note(format!("注：{}。", cap.reason)));
    }
    if let Some(waiting) = project.rows.iter().find(|r| r.is_pending()) {
        // The mark leads to what the first waiting row lacks: its 年度指标值, else its 实际完成值.
        let column = if waiting.target_text.trim().is_empty() { IndicatorColumn::Target } else { IndicatorColumn::Actual };
        let text = format!("{UNSCORED}{}项指标未评分，总分与等级为暂计】", project.pending);
        notes.push(Block::Fill { text, field: indicator_field_id(project.index, waiting.index, column) });
    }
    notes
}
