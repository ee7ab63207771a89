//! The report (自评报告) as a document tree, built from a draft and its evaluation.
//!
//! The tree says what is printed, not how: the view turns blocks into elements (text only, never
//! HTML), the print stylesheet lays them out per GB/T 9704. Building it here keeps every generated
//! sentence natively tested.

mod basic_data_table;
pub mod closing;
pub mod docx;
mod body;
mod project_table;
mod self_evaluation_table;
mod wording;

use crate::core::draft::Draft;
use crate::core::evaluation::Evaluation;
use crate::core::reading::date::CivilDate;
use closing::Signature;
use wording::placeholder;

/// A piece of the document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Block {
    /// 一、部门概况 (黑体).
    Heading1(String),
    /// （一）职能职责 (楷体).
    Heading2(String),
    /// 1．公用经费控制率 (仿宋).
    Heading3(String),
    /// A body paragraph, first line indented two characters.
    Paragraph(String),
    /// A paragraph with something for the clerk to fill in (【此处填写…】) and the field it is typed in,
    /// which the preview leads to when the paragraph is chosen. Printed as a paragraph.
    Fill { text: String, field: String },
    /// A line above a table (填报单位, 单位：万元); `field` where its left part is a gap (an unnamed unit's
    /// 填报单位：【此处填写单位名称】), which leads there.
    TableNote { left: String, right: String, field: Option<String> },
    Table(Table),
}

impl Block {
    /// A line above a table, nothing in it to fill.
    pub fn note(left: impl Into<String>, right: impl Into<String>) -> Self {
        Block::TableNote { left: left.into(), right: right.into(), field: None }
    }

    /// `填报单位：` and the unit's name, or the gap that leads to it.
    pub fn unit_note(unit: &str, right: impl Into<String>) -> Self {
        Self::named_note("填报单位：", unit, "单位名称", "unit.name", right)
    }

    /// `label` and a name, or — the name left blank — its gap (【此处填写`what`】), leading to `field`.
    pub fn named_note(label: &str, name: &str, what: &str, field: &str, right: impl Into<String>) -> Self {
        let (name, field) = if name.is_empty() { (placeholder(what), Some(field.to_string())) } else { (name.to_string(), None) };
        Block::TableNote { left: format!("{label}{name}"), right: right.into(), field }
    }
}

/// How a cell's text is aligned: amounts right, labels left, headings centred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cell {
    pub text: String,
    pub align: Align,
    /// Indentation steps for nested rows (其中…).
    pub indent: u8,
    pub colspan: u8,
    /// Rows this cell spans downwards (一级指标 over its rows); the rows below leave its column out.
    pub rowspan: u8,
    /// A cell left for the clerk (【此处填写…】) leads, as a [`Block::Fill`] does, to the field it is typed in.
    pub field: Option<String>,
}

impl Cell {
    pub fn label(text: impl Into<String>, indent: u8) -> Self {
        Self { text: text.into(), align: Align::Left, indent, colspan: 1, rowspan: 1, field: None }
    }

    pub fn figure(text: impl Into<String>) -> Self {
        Self { text: text.into(), align: Align::Right, indent: 0, colspan: 1, rowspan: 1, field: None }
    }

    pub fn head(text: impl Into<String>) -> Self {
        Self { text: text.into(), align: Align::Center, indent: 0, colspan: 1, rowspan: 1, field: None }
    }

    pub fn spanning(self, colspan: u8) -> Self {
        Self { colspan, ..self }
    }

    pub fn spanning_rows(self, rowspan: u8) -> Self {
        Self { rowspan, ..self }
    }

    /// The cell as a gap to fill in `field`, if its text is one.
    pub fn filled_in(self, field: String) -> Self {
        let field = self.text.starts_with(FILL).then_some(field);
        Self { field, ..self }
    }

    fn is_gap(&self) -> bool {
        self.field.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Table {
    /// Column widths in percent of the text block; empty for automatic widths.
    pub widths: Vec<u8>,
    pub head: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
}

/// An attachment (附件): starts on a new page with its label (附件N, N its place in the report's list)
/// and title.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Attachment {
    pub title: String,
    pub blocks: Vec<Block>,
    /// Tables set a size smaller than the other attachments' (小五 rather than 五号), for a table too
    /// wide to stay legible otherwise (附件2's eight columns).
    pub small_type: bool,
}

impl Attachment {
    /// `附件1` for the first attachment (`number` counts from 1).
    pub fn label(number: usize) -> String {
        format!("附件{number}")
    }

    /// Each attachment's number, counting from 1. Consecutive attachments of one title are one
    /// attachment on several pages (附件3: every evaluated project's 项目支出绩效自评表, a page each).
    pub fn numbers(attachments: &[Attachment]) -> Vec<usize> {
        let mut number = 0;
        attachments
            .iter()
            .enumerate()
            .map(|(index, attachment)| {
                if index == 0 || attachments.get(index - 1).is_some_and(|previous| previous.title != attachment.title) {
                    number += 1;
                }
                number
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Report {
    /// The title, broken where a typesetter would break it: the unit and year, then the document kind;
    /// an unnamed unit or an unknown year left as a gap in it.
    pub title: Vec<Vec<Run>>,
    pub body: Vec<Block>,
    /// 落款, after the 附件说明 (which [`closing::attachment_note`] writes from `attachments`).
    pub signature: Signature,
    /// Every attachment, in order: the one list both the 附件说明 and the 附件N labels are written from.
    pub attachments: Vec<Attachment>,
}

/// A stretch of a title line: text, or a gap (【此处填写…】) and the field it is typed in, which the
/// preview leads to, as a [`Block::Fill`] does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Run {
    pub text: String,
    pub field: Option<&'static str>,
}

impl Run {
    /// `text`, or — it being empty — the gap for `what`, leading to `field`.
    fn or_gap(text: String, what: &str, field: &'static str) -> Self {
        if text.is_empty() { Run { text: placeholder(what), field: Some(field) } } else { Run { text, field: None } }
    }
}

impl Report {
    /// The title's lines as printed.
    pub fn title_lines(&self) -> Vec<String> {
        self.title.iter().map(|line| line.iter().map(|run| run.text.as_str()).collect()).collect()
    }

    /// What is still open in the report, said above the preview (never printed): every
    /// [`Block::Fill`] and table cell left to fill, each leading to where it is filled, and a 落款 date
    /// left to fill.
    pub fn gaps(&self) -> Gaps {
        let blocks = self.body.iter().chain(self.attachments.iter().flat_map(|a| a.blocks.iter()));
        let title = self.title.iter().flatten().filter(|run| run.field.is_some()).count();
        let signature = [&self.signature.name, &self.signature.date].into_iter().filter(|line| line.starts_with(FILL)).count();
        let mut gaps = Gaps { to_fill: title + signature, unscored: 0 };
        for block in blocks {
            match block {
                // A row not yet scored is marked in its own words (【尚有N项未评分…】), not as 【此处填写…】.
                Block::Fill { text, .. } if text.starts_with(UNSCORED) => gaps.unscored += 1,
                Block::Fill { .. } | Block::TableNote { field: Some(_), .. } => gaps.to_fill += 1,
                Block::Table(table) => gaps.to_fill += table.rows.iter().flatten().filter(|cell| cell.is_gap()).count(),
                _ => {}
            }
        }
        gaps
    }
}

/// How every gap left for the clerk begins ([`wording::placeholder`]).
pub(crate) const FILL: &str = "【此处填写";

/// How 附件2 and 附件3 mark a table with rows still waiting for a score.
pub const UNSCORED: &str = "【尚有";

/// The report's gaps by kind: 【此处填写…】, and tables whose 总分 is provisional (【尚有N项未评分…】).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Gaps {
    pub to_fill: usize,
    pub unscored: usize,
}

impl Gaps {
    /// `报告中尚有2处待填写（标为【此处填写…】）、1处评分为暂计（标为【尚有…项未评分…】），点击（或按Tab键选中后按回车）可转到填写处`, or
    /// nothing when the report is complete.
    pub fn notice(self) -> Option<String> {
        let mut kinds = Vec::new();
        if self.to_fill > 0 {
            kinds.push(format!("{}处待填写（标为【此处填写…】）", self.to_fill));
        }
        if self.unscored > 0 {
            kinds.push(format!("{}处评分为暂计（标为【尚有…项未评分…】）", self.unscored));
        }
        (!kinds.is_empty()).then(|| format!("报告中尚有{}，点击（或按Tab键选中后按回车）可转到填写处", kinds.join("、")))
    }
}

/// What a title line of 2号 type holds across the type area (156 mm at 22 pt).
const TITLE_LINE_CHARS: usize = 20;

/// The title as a typesetter breaks it: the unit and year, then the document kind; a unit whose name
/// with the year would not fit one line stands alone, the year going down with the kind, so that no
/// line breaks inside the name or between a year and its 年度.
fn title_lines(unit: Run, year: Run) -> Vec<Vec<Run>> {
    let kind = Run { text: "部门整体支出绩效自评报告".to_string(), field: None };
    let lines = if unit.text.chars().count() + year.text.chars().count() > TITLE_LINE_CHARS {
        [vec![unit], vec![year, kind]]
    } else {
        [vec![unit, year], vec![kind]]
    };
    lines.into()
}

/// Builds the report for a draft; `today` is the 成文日期 when the draft leaves it blank (the day it is
/// printed or exported). A date typed but unreadable leaves 【此处填写成文日期】: another date printed in
/// its place is easily missed on paper.
pub fn build(draft: &Draft, evaluation: &Evaluation, today: CivilDate) -> Report {
    let year = evaluation.figures.year.map(|y| format!("{y}年度")).unwrap_or_default();
    let unit = draft.get("unit.name").trim();
    Report {
        title: title_lines(Run::or_gap(unit.to_string(), "单位名称", "unit.name"), Run::or_gap(year, "评价年度", "unit.year")),
        body: body::blocks(draft, evaluation),
        signature: Signature {
            name: if unit.is_empty() { placeholder("单位名称") } else { unit.to_string() },
            // As the figures read it: “3月15日” is in the year after the year evaluated.
            date: match (evaluation.figures.signature_date, evaluation.figures.problem("unit.signature_date")) {
                (None, Some(_)) => placeholder("成文日期"),
                (date, _) => date.unwrap_or(today).to_string(),
            },
        },
        attachments: [basic_data_table::attachment(draft, evaluation), self_evaluation_table::attachment(draft, evaluation)]
            .into_iter()
            .chain(project_table::attachments(draft, evaluation))
            .collect(),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod stand_in_tests;
