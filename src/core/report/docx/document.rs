//! word/document.xml: the report tree as styled paragraphs and real tables.

use super::page::{chars, HEITI, SIZE_5, SIZE_SMALL_5, TEXT_WIDTH};
use super::parts::{section, NS};
use super::xml::escape;
use crate::core::report::closing::{attachment_note, Placed};
use crate::core::report::{Align, Attachment, Block, Cell, Report, Table};

pub fn document(report: &Report) -> String {
    let mut body = String::new();
    for line in report.title_lines() {
        body.push_str(&paragraph("Title", "", &run(&line, "")));
    }
    // One blank line under the title, where GB/T 9704 (§7.3.2) sets what follows it.
    body.push_str(&paragraph("Normal", "", ""));
    blocks(&mut body, &report.body, false, true);
    closing(&mut body, report);
    for (attachment, number) in report.attachments.iter().zip(Attachment::numbers(&report.attachments)) {
        body.push_str(&paragraph("AttachmentLabel", "", &run(&Attachment::label(number), "")));
        body.push_str(&paragraph("AttachmentTitle", "", &run(&attachment.title, "")));
        blocks(&mut body, &attachment.blocks, attachment.small_type, false);
    }
    body.push_str(&section());
    format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>"#)
}

/// The 附件说明 and the 落款, each after a blank line, kept on one page with the end of the 正文.
fn closing(out: &mut String, report: &Report) {
    let keep = "<w:keepNext/>";
    let note = attachment_note(&report.attachments);
    if !note.is_empty() {
        out.push_str(&paragraph("Normal", keep, ""));
        for line in &note {
            out.push_str(&placed(line, keep));
        }
    }
    out.push_str(&paragraph("Normal", keep, ""));
    let [name, date] = report.signature.lines();
    out.push_str(&placed(&name, keep));
    out.push_str(&placed(&date, ""));
}

/// A line placed in hundredths of a character (Word's `*Chars` indents, which win over the twips
/// beside them; the twips are for readers that ignore them).
fn placed(line: &Placed, keep: &str) -> String {
    let (left, right, hanging) = (line.left, line.right, line.hanging);
    let around = format!(r#"w:leftChars="{left}" w:left="{}" w:rightChars="{right}" w:right="{}""#, chars(left), chars(right));
    // A hanging indent replaces the body's first-line indent; otherwise it is cancelled in both units.
    let first = if hanging > 0 {
        format!(r#"w:hangingChars="{hanging}" w:hanging="{}""#, chars(hanging))
    } else {
        r#"w:firstLineChars="0" w:firstLine="0""#.to_string()
    };
    let align = if line.align == Align::Right { "right" } else { "left" };
    paragraph("Normal", &format!(r#"{keep}<w:ind {around} {first}/><w:jc w:val="{align}"/>"#), &run(&line.text, ""))
}

/// `keep_last`: the last block stays on the page of what follows it (the closing).
fn blocks(out: &mut String, blocks: &[Block], small: bool, keep_last: bool) {
    for (index, block) in blocks.iter().enumerate() {
        let keep = if keep_last && index + 1 == blocks.len() { "<w:keepNext/>" } else { "" };
        match block {
            Block::Heading1(text) => out.push_str(&paragraph("Heading1", "", &run(text, ""))),
            Block::Heading2(text) => out.push_str(&paragraph("Heading2", "", &run(text, ""))),
            Block::Heading3(text) => out.push_str(&paragraph("Heading3", "", &run(text, ""))),
            // A placeholder looks like the text around it (README, Decisions): typing over it in Word
            // leaves no highlight behind.
            Block::Paragraph(text) | Block::Fill { text, .. } => {
                out.push_str(&paragraph("Normal", keep, &run(text, "")))
            }
            Block::TableNote { left, right, .. } => {
                let runs = format!("{}<w:r><w:tab/></w:r>{}", run(left, ""), run(right, ""));
                // A note ending an attachment (楼堂馆所：…不适用) kept with the next 附件's page break would
                // take the rows above it along onto a page of their own.
                let last = index + 1 == blocks.len();
                out.push_str(&paragraph("TableNote", if last { r#"<w:keepNext w:val="0"/>"# } else { "" }, &runs));
            }
            Block::Table(table) => {
                out.push_str(&self::table(table, small));
                // Word needs a paragraph between a table and what follows; it also spaces the tables. After
                // an attachment's last table it is a sliver: a table ending at the foot of a page would
                // otherwise push it onto a blank page of its own before the next 附件's page break.
                let last = index + 1 == blocks.len();
                out.push_str(&paragraph("TableNote", if last { SLIVER } else { "" }, ""));
            }
        }
    }
}

/// A paragraph one twentieth of a point high.
const SLIVER: &str = r#"<w:keepNext w:val="0"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr>"#;

fn paragraph(style: &str, properties: &str, runs: &str) -> String {
    format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/>{properties}</w:pPr>{runs}</w:p>"#)
}

/// A run of text; `properties` are extra run properties (in schema order).
fn run(text: &str, properties: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let properties = if properties.is_empty() { String::new() } else { format!("<w:rPr>{properties}</w:rPr>") };
    format!(r#"<w:r>{properties}<w:t xml:space="preserve">{}</w:t></w:r>"#, escape(text))
}

/// A table with explicit grid widths (WPS lays tables out from them), its header row repeated on every
/// page, and no row split across pages.
fn table(table: &Table, small: bool) -> String {
    let columns: usize = table.head.iter().map(|c| usize::from(c.colspan.max(1))).sum::<usize>().max(1);
    let widths = grid(table, columns);
    let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|side| format!(r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#))
        .collect();
    let mut out = format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="{TEXT_WIDTH}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="{CELL_MARGIN}" w:type="dxa"/><w:right w:w="{CELL_MARGIN}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
    );
    for width in &widths {
        out.push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
    }
    out.push_str("</w:tblGrid>");
    let text = if small { TableText { style: "TableTextSmall", size: SIZE_SMALL_5 } } else { TableText { style: "TableText", size: SIZE_5 } };
    let mut merging: Vec<(u8, u8)> = vec![(0, 1); columns];
    out.push_str(&row(&table.head, Row::Head, &widths, &mut merging, text));
    let kept = kept_with_next(&table.rows);
    for (cells, kept) in table.rows.iter().zip(kept) {
        out.push_str(&row(cells, if kept { Row::KeptWithNext } else { Row::Body }, &widths, &mut merging, text));
    }
    out.push_str("</w:tbl>");
    out
}

/// A merged cell over at most this many rows keeps them on one page (a 二级指标 over its few rows): a
/// page breaking inside it splits its words between two pages in LibreOffice, and squeezes its last
/// rows. A longer one (过程 over eleven rows) may break, rather than leave half a page blank.
const KEPT_GROUP: u8 = 4;

/// A table's last rows that stay on one page, with the notes under it: a page holding the repeated
/// header and two or three rows (评分标准's last two, on a page of their own) reads as a page lost.
/// The same tail as the print style sheet's (`report.css`, `tr:nth-last-child`).
pub(crate) const KEPT_TAIL: usize = 5;

/// Which rows stay on the page of the row after them: those inside a short merged cell, and the last
/// [`KEPT_TAIL`] rows (总分 among them) with each other and with the notes under the table, never a
/// short tail alone on a page under the repeated header.
fn kept_with_next(rows: &[Vec<Cell>]) -> Vec<bool> {
    let mut kept = vec![false; rows.len()];
    let last = rows.len().saturating_sub(KEPT_TAIL);
    for (index, cells) in rows.iter().enumerate() {
        let span = cells.iter().map(|c| c.rowspan).filter(|&r| r <= KEPT_GROUP).max().unwrap_or(1);
        let end = (index + usize::from(span)).min(rows.len()) - 1;
        kept[index..end].iter_mut().for_each(|k| *k = true);
        kept[index] |= index >= last;
    }
    kept
}

/// Column widths in twentieths of a point: the tree's percentages of the text block, or equal.
fn grid(table: &Table, columns: usize) -> Vec<u32> {
    if table.widths.len() == columns {
        let total: u32 = table.widths.iter().map(|w| u32::from(*w)).sum::<u32>().max(1);
        table.widths.iter().map(|w| TEXT_WIDTH * u32::from(*w) / total).collect()
    } else {
        vec![TEXT_WIDTH / columns as u32; columns]
    }
}

/// One row. `merging[column]` holds (rows still covered by a cell above, its column span): the tree
/// leaves those positions out, Word wants a continuing cell there.
/// What a table row is to the page: the header repeated on each, a body row, or one kept with what follows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Row {
    Head,
    Body,
    KeptWithNext,
}

/// A table's paragraph style and its type size in half-points.
#[derive(Clone, Copy)]
struct TableText {
    style: &'static str,
    size: u32,
}

fn row(cells: &[Cell], kind: Row, widths: &[u32], merging: &mut [(u8, u8)], text: TableText) -> String {
    let style = text.style;
    let head = kind == Row::Head;
    let header = if head { "<w:tblHeader/>" } else { "" };
    let mut out = format!("<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>");
    let mut cells = cells.iter();
    let mut column = 0;
    while column < widths.len() {
        let (covered, span) = merging[column];
        if covered > 0 {
            merging[column].0 -= 1;
            let keep = if kind == Row::KeptWithNext { paragraph(style, keep_next(kind), "") } else { String::new() };
            out.push_str(&cell_xml(widths, column, span, r#"<w:vMerge/>"#, &keep));
            column += usize::from(span);
            continue;
        }
        let Some(cell) = cells.next() else {
            // A short row: fill it so that the grid stays whole.
            out.push_str(&cell_xml(widths, column, 1, "", &paragraph(style, keep_next(kind), "")));
            column += 1;
            continue;
        };
        let span = cell.colspan.max(1);
        let merge = if cell.rowspan > 1 {
            merging[column] = (cell.rowspan - 1, span);
            r#"<w:vMerge w:val="restart"/>"#
        } else {
            ""
        };
        let size = fitted(&cell.text, cell_width(widths, column, span), text.size);
        out.push_str(&cell_xml(widths, column, span, merge, &cell_paragraph(cell, kind, style, size)));
        column += usize::from(span);
    }
    out.push_str("</w:tr>");
    out
}

fn cell_width(widths: &[u32], column: usize, span: u8) -> u32 {
    let end = (column + usize::from(span)).min(widths.len());
    widths[column.min(end)..end].iter().sum()
}

/// Twips between a cell's border and its text, on either side.
const CELL_MARGIN: u32 = 57;
/// The smallest size a figure is set at to stay on one line (小六, 6.5 pt).
const SMALLEST: u32 = 13;

/// The size in half-points at which `text` fits a cell `width` twips wide on one line, when it needs one
/// smaller than `size`: a figure too long for its column (12345678.90) would otherwise wrap mid-figure.
/// Measured wide, as a reader without 仿宋 sets it: 0.6 em for a digit or point, an em for the rest.
fn fitted(text: &str, width: u32, size: u32) -> Option<u32> {
    let glyphs: u32 = text.chars().map(|c| if c.is_ascii() { 6 } else { 10 }).sum();
    // Word and WPS space Chinese from Western letters and digits (a quarter em at each change in `2025年12月`).
    let western = |c: char| c.is_ascii_alphanumeric();
    let changes = text.chars().zip(text.chars().skip(1)).filter(|(a, b)| (western(*a) && !b.is_ascii()) || (!a.is_ascii() && western(*b))).count() as u32;
    let tenths_of_em = (glyphs + 3 * changes).max(1);
    let room = width.saturating_sub(2 * CELL_MARGIN);
    // A run of n tenths of an em at h half-points is n × h twips wide.
    (tenths_of_em * size > room).then(|| (room / tenths_of_em).clamp(SMALLEST, size))
}

fn cell_xml(widths: &[u32], column: usize, span: u8, merge: &str, content: &str) -> String {
    let width = cell_width(widths, column, span);
    let grid_span = if span > 1 { format!(r#"<w:gridSpan w:val="{span}"/>"#) } else { String::new() };
    // A cell must hold a paragraph, a continuing one too.
    let content = if content.is_empty() { "<w:p/>" } else { content };
    format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid_span}{merge}<w:vAlign w:val="center"/></w:tcPr>{content}</w:tc>"#)
}

fn keep_next(kind: Row) -> &'static str {
    if kind == Row::KeptWithNext {
        "<w:keepNext/>"
    } else {
        ""
    }
}

/// `size`: the half-points of a figure set smaller than the style's to stay on one line.
/// `≤0.55万元/公里`, `2025年12月底前`: a short text with a figure in it, which a line break would part from
/// its unit (“≤0.55万|元/公里”). A sentence is words, and wraps.
fn figure_with_unit(text: &str) -> bool {
    text.chars().count() <= FIGURE_WITH_UNIT_CHARS && text.chars().any(|c| c.is_ascii_digit()) && !text.contains(['，', '。', '；'])
}

/// The longest a figure with its unit is taken to be (`≤0.55万元/公里` has ten characters).
const FIGURE_WITH_UNIT_CHARS: usize = 12;

fn cell_paragraph(cell: &Cell, kind: Row, style: &str, size: Option<u32>) -> String {
    let head = kind == Row::Head;
    let align = match cell.align {
        Align::Left => "left",
        Align::Center => "center",
        Align::Right => "right",
    };
    let indent = if cell.indent > 0 {
        format!(r#"<w:ind w:left="{}" w:firstLineChars="0" w:firstLine="0"/>"#, u32::from(cell.indent) * 210)
    } else {
        String::new()
    };
    let face = if head { format!(r#"<w:rFonts w:ascii="{HEITI}" w:eastAsia="{HEITI}" w:hAnsi="{HEITI}"/>"#) } else { String::new() };
    // Only a figure is made smaller — a right-aligned one, or a target or result with its unit: words wrap
    // between characters well enough.
    let size = match size {
        Some(size) if cell.align == Align::Right || figure_with_unit(&cell.text) => format!(r#"<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#),
        _ => String::new(),
    };
    paragraph(style, &format!(r#"{}{indent}<w:jc w:val="{align}"/>"#, keep_next(kind)), &run(&cell.text, &format!("{face}{size}")))
}
