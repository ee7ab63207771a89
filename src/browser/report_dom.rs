//! Writes the report's document tree into the page: the preview on screen and the printout are this
//! one element. The report is read-only, so it is written as plain elements rather than through the
//! reactive view: far less code in the Wasm (measured: see README, Bytes), and it can be written at
//! once, synchronously, just before the browser prints.
//!
//! Everything is text: user text goes in as text nodes, never as HTML.

use web_sys::Element;

use crate::browser::dom::{attributes, Dom};
use crate::core::report::closing::{attachment_note, Placed};
use crate::core::report::{Align, Attachment, Block, Cell, Report, Table, FILL};

/// Replaces the contents of `article` with the report.
pub fn render_report(article: &Element, report: &Report) {
    let Some(dom) = Dom::of(article) else { return };
    let writer = Writer { dom };
    article.set_text_content(None);
    let Some(title) = writer.child(article, "h1", "report-title") else { return };
    for line in &report.title {
        let Some(line_element) = writer.text(&title, "span", "", "") else { return };
        for run in line {
            let element = writer.text(&line_element, "span", if run.field.is_some() { "fill" } else { "" }, &run.text);
            if let (Some(element), Some(field)) = (element, run.field) {
                leads_to(&element, field);
            }
        }
    }
    for block in &report.body {
        writer.block(article, block);
    }
    writer.closing(article, report);
    for (attachment, number) in report.attachments.iter().zip(Attachment::numbers(&report.attachments)) {
        writer.attachment(article, number, attachment);
    }
}

/// A place left to fill leads to its field: by a click, or reached by Tab and taken with Enter or Space
/// (the tools module's report listens for those keys), as a link is.
fn leads_to(element: &Element, field: &str) {
    attributes(element, &[("data-goto", field), ("tabindex", "0"), ("title", "点击或按回车转到要填写的内容")]);
    // A table cell stays one to a screen reader, which reads it with its column.
    if element.tag_name() == "P" {
        attributes(element, &[("role", "link")]);
    }
}

struct Writer {
    dom: Dom,
}

impl Writer {
    fn child(&self, parent: &Element, tag: &str, class: &str) -> Option<Element> {
        self.dom.child(parent, tag, class)
    }

    fn text(&self, parent: &Element, tag: &str, class: &str, text: &str) -> Option<Element> {
        self.dom.text(parent, tag, class, text)
    }

    /// The 附件说明 and the 落款, placed as in the Word file (in hundredths of a character).
    fn closing(&self, parent: &Element, report: &Report) {
        let Some(closing) = self.child(parent, "div", "closing") else { return };
        for line in attachment_note(&report.attachments) {
            self.placed(&closing, "attachment-note", &line);
        }
        for (line, field) in report.signature.lines().iter().zip(["unit.name", "unit.signature_date"]) {
            // A 落款 left to fill leads to its field, as every 【此处填写…】 does.
            let open = line.text.starts_with(FILL);
            let element = self.placed(&closing, if open { "signature fill" } else { "signature" }, line);
            if let Some(element) = element.filter(|_| open) {
                leads_to(&element, field);
            }
        }
    }

    /// The line's indents go to the stylesheet, which sets them in characters of the body text.
    fn placed(&self, parent: &Element, class: &str, line: &Placed) -> Option<Element> {
        let element = self.text(parent, "p", class, &line.text)?;
        let style = format!("--left:{};--hanging:{};--right:{}", line.left, line.hanging, line.right);
        attributes(&element, &[("style", &style)]);
        Some(element)
    }

    fn attachment(&self, parent: &Element, number: usize, attachment: &Attachment) {
        let class = if attachment.small_type { "attachment small-type" } else { "attachment" };
        let Some(section) = self.child(parent, "section", class) else { return };
        self.text(&section, "p", "attachment-label", &Attachment::label(number));
        self.text(&section, "h2", "attachment-title", &attachment.title);
        for block in &attachment.blocks {
            self.block(&section, block);
        }
    }

    fn block(&self, parent: &Element, block: &Block) {
        match block {
            Block::Heading1(text) => self.heading(parent, "h2", "h1", text),
            Block::Heading2(text) => self.heading(parent, "h3", "h2", text),
            Block::Heading3(text) => self.heading(parent, "h4", "h3", text),
            Block::Paragraph(text) => {
                self.text(parent, "p", "", text);
            }
            Block::Fill { text, field } => {
                if let Some(paragraph) = self.text(parent, "p", "fill", text) {
                    leads_to(&paragraph, field);
                }
            }
            Block::TableNote { left, right, field } => {
                if let Some(note) = self.child(parent, "div", "table-note") {
                    let left = self.text(&note, "span", if field.is_some() { "fill" } else { "" }, left);
                    if let (Some(left), Some(field)) = (left, field) {
                        leads_to(&left, field);
                    }
                    self.text(&note, "span", "", right);
                }
            }
            Block::Table(table) => self.table(parent, table),
        }
    }

    /// Headings one after another share an element, so that a browser which ignores `break-after: avoid`
    /// can still be made to keep them with the lines after them (report.css, Chromium before 108).
    fn heading(&self, parent: &Element, tag: &str, class: &str, text: &str) {
        let run = parent.last_element_child().filter(|last| last.class_name() == "headings");
        if let Some(run) = run.or_else(|| self.child(parent, "div", "headings")) {
            self.text(&run, tag, class, text);
        }
    }

    fn table(&self, parent: &Element, table: &Table) {
        let Some(element) = self.child(parent, "table", "data-table") else { return };
        if let Some(columns) = self.child(&element, "colgroup", "") {
            for width in &table.widths {
                if let Some(col) = self.child(&columns, "col", "") {
                    attributes(&col, &[("style", &format!("width: {width}%"))]);
                }
            }
        }
        if let Some(head) = self.child(&element, "thead", "").and_then(|head| self.child(&head, "tr", "")) {
            for cell in &table.head {
                self.cell(&head, cell, "th");
            }
        }
        let Some(body) = self.child(&element, "tbody", "") else { return };
        // A cell over several rows (一级指标 over its group) is drawn as the first row's cell with empty cells
        // below it, their top borders hidden, rather than with rowspan: the browser never breaks a page
        // inside a rowspan that fits on one, and would leave most of a page blank before a long group.
        let mut spans: Vec<(usize, u8)> = Vec::new();
        for row in &table.rows {
            let Some(tr) = self.child(&body, "tr", "") else { continue };
            let (mut column, mut cells) = (0, row.iter());
            loop {
                if let Some(span) = spans.iter_mut().find(|(at, left)| *at == column && *left > 0) {
                    span.1 -= 1;
                    self.child(&tr, "td", "continued");
                    column += 1;
                    continue;
                }
                let Some(cell) = cells.next() else { break };
                if cell.rowspan > 1 {
                    spans.retain(|(at, _)| *at != column);
                    spans.push((column, cell.rowspan - 1));
                }
                self.cell(&tr, &Cell { rowspan: 1, ..cell.clone() }, "td");
                column += usize::from(cell.colspan.max(1));
            }
        }
        if table.rows.iter().flatten().any(|cell| cell.rowspan > 1) {
            self.closing_rule(&element, table.head.len());
        }
    }

    /// A footer row of no height whose top border closes the table at the foot of every page it runs
    /// over (the browser repeats a table's footer on each): a page break inside a merged 一级 cell left
    /// its column open there, the hidden border between the merged rows being the table's edge.
    fn closing_rule(&self, table: &Element, columns: usize) {
        let Some(row) = self.child(table, "tfoot", "").and_then(|foot| self.child(&foot, "tr", "")) else { return };
        if let Some(cell) = self.child(&row, "td", "closing-rule") {
            attributes(&cell, &[("colspan", &columns.to_string()), ("aria-hidden", "true")]);
        }
    }

    fn cell(&self, row: &Element, cell: &Cell, tag: &str) {
        let class = match cell.align {
            Align::Left => format!("left indent-{}", cell.indent.min(3)),
            Align::Center => "center".to_string(),
            Align::Right => "right".to_string(),
        };
        let class = if cell.field.is_some() { format!("{class} fill") } else { class };
        let Some(element) = self.text(row, tag, &class, &cell.text) else { return };
        if let Some(field) = &cell.field {
            leads_to(&element, field);
        }
        if tag == "th" {
            attributes(&element, &[("scope", "col")]);
        }
        for (name, span) in [("colspan", cell.colspan), ("rowspan", cell.rowspan)] {
            if span > 1 {
                attributes(&element, &[(name, &span.to_string())]);
            }
        }
    }
}
