//! The report as a Word document (.docx) that opens right in WPS and Word: the same tree the print
//! view uses, written as OOXML with GB/T 9704 in the file itself (A4, margins, 3号仿宋, 22 lines of
//! 28 characters, headings, “— N —” footers odd right / even left, attachments on new pages, tables with
//! repeated header rows, unsplit rows and explicit column widths), in a stored zip.
//!
//! About 5 KB of Wasm for this one document shape, against 135–200 KB brotli for a general docx
//! crate (measured; see README).

mod document;
mod page;
mod parts;
mod xml;
mod zip;

#[cfg(test)]
mod tests;

use super::Report;

/// The .docx file of `report`.
pub fn docx(report: &Report) -> Vec<u8> {
    let parts: [(&str, String); 9] = [
        ("[Content_Types].xml", parts::content_types()),
        ("_rels/.rels", parts::package_relationships()),
        ("word/document.xml", document::document(report)),
        ("word/_rels/document.xml.rels", parts::document_relationships()),
        ("word/styles.xml", parts::styles()),
        ("word/settings.xml", parts::settings()),
        ("word/fontTable.xml", parts::font_table()),
        ("word/footer1.xml", parts::footer("right")),
        ("word/footer2.xml", parts::footer("left")),
    ];
    let files: Vec<(&str, Vec<u8>)> = parts.into_iter().map(|(name, xml)| (name, xml.into_bytes())).collect();
    zip::stored(&files)
}

/// `<单位><年度>年度部门整体支出绩效自评报告.docx`, with characters file systems refuse replaced and the
/// unit cut to 40 characters (a name of 255 bytes is the limit on many disks; a unit's full name can
/// run long: “××县××镇人民政府××办公室…”).
pub fn file_name(unit: &str, year: Option<u32>) -> String {
    let unit: String = unit.trim().chars().take(40).map(|c| if r#"\/:*?"<>|"#.contains(c) || c.is_control() { '_' } else { c }).collect();
    let year = year.map(|y| format!("{y}年度")).unwrap_or_default();
    format!("{unit}{year}部门整体支出绩效自评报告.docx")
}
