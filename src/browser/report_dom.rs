//! Writes the report's document tree into the page: the preview on screen and the printout are this
//! one element. The report is read-only, so it is written as plain elements rather than through the
//! reactive view: far less code in the Wasm (measured: see README, Bytes), and it can be written at
//! once, synchronously, just before the browser prints.
//!
//! Everything is text: user text goes in as text nodes, never as HTML.

use web_sys::{Document, Element};

use crate::core::report::{Align, Attachment, Block, Cell, Report, Table};

/// Replaces the contents of `article` with the report.
pub fn render_report(article: &Element, report: &Report) {
    let Some(document) = article.owner_document() else { return };
    let writer = Writer { document };
    article.set_text_content(None);
    let Some(title) = writer.child(article, "h1", "report-title") else { return };
    for line in &report.title {
        writer.text(&title, "span", "", line);
    }
    for block in &report.body {
        writer.block(article, block);
    }
    for attachment in &report.attachments {
        writer.attachment(article, attachment);
    }
}

struct Writer {
    document: Document,
}

impl Writer {
    /// A new element `tag` (with `class`, if any) appended to `parent`.
    fn child(&self, parent: &Element, tag: &str, class: &str) -> Option<Element> {
        let element = self.document.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        parent.append_child(&element).ok()?;
        Some(element)
    }

    fn text(&self, parent: &Element, tag: &str, class: &str, text: &str) -> Option<Element> {
        let element = self.child(parent, tag, class)?;
        element.set_text_content(Some(text));
        Some(element)
    }

    fn attachment(&self, parent: &Element, attachment: &Attachment) {
        let Some(section) = self.child(parent, "section", "attachment") else { return };
        self.text(&section, "p", "attachment-label", &attachment.label);
        self.text(&section, "h2", "attachment-title", &attachment.title);
        for block in &attachment.blocks {
            self.block(&section, block);
        }
    }

    fn block(&self, parent: &Element, block: &Block) {
        match block {
            Block::Heading1(text) => {
                self.text(parent, "h2", "h1", text);
            }
            Block::Heading2(text) => {
                self.text(parent, "h3", "h2", text);
            }
            Block::Heading3(text) => {
                self.text(parent, "h4", "h3", text);
            }
            Block::Paragraph(text) => {
                self.text(parent, "p", "", text);
            }
            Block::Missing(text) => {
                self.text(parent, "p", "missing", text);
            }
            Block::TableNote { left, right } => {
                if let Some(note) = self.child(parent, "div", "table-note") {
                    self.text(&note, "span", "", left);
                    self.text(&note, "span", "", right);
                }
            }
            Block::Table(table) => self.table(parent, table),
        }
    }

    fn table(&self, parent: &Element, table: &Table) {
        let Some(element) = self.child(parent, "table", "data-table") else { return };
        if let Some(columns) = self.child(&element, "colgroup", "") {
            for width in &table.widths {
                if let Some(col) = self.child(&columns, "col", "") {
                    let _ = col.set_attribute("style", &format!("width: {width}%"));
                }
            }
        }
        if let Some(head) = self.child(&element, "thead", "").and_then(|head| self.child(&head, "tr", "")) {
            for cell in &table.head {
                self.cell(&head, cell, "th");
            }
        }
        let Some(body) = self.child(&element, "tbody", "") else { return };
        for row in &table.rows {
            if let Some(tr) = self.child(&body, "tr", "") {
                for cell in row {
                    self.cell(&tr, cell, "td");
                }
            }
        }
    }

    fn cell(&self, row: &Element, cell: &Cell, tag: &str) {
        let class = match cell.align {
            Align::Left => format!("left indent-{}", cell.indent.min(3)),
            Align::Center => "center".to_string(),
            Align::Right => "right".to_string(),
        };
        let Some(element) = self.text(row, tag, &class, &cell.text) else { return };
        if tag == "th" {
            let _ = element.set_attribute("scope", "col");
        }
        for (name, span) in [("colspan", cell.colspan), ("rowspan", cell.rowspan)] {
            if span > 1 {
                let _ = element.set_attribute(name, &span.to_string());
            }
        }
    }
}
