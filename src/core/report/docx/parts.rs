//! The fixed parts of the package: content types, relationships, styles (标题, 一级标题 …, 正文, the
//! table texts), settings (even and odd footers), the font table with fallbacks, and the footers with
//! “— N —” (odd pages right, even pages left). No theme part: every run names its East Asian face.

use super::page::*;
use super::xml::escape;

pub const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

pub fn content_types() -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    format!(
        r#"{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/><Override PartName="/word/settings.xml" ContentType="{main}.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="{main}.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="{main}.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="{main}.footer+xml"/></Types>"#
    )
}

pub fn package_relationships() -> String {
    format!(
        r#"{DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#
    )
}

pub fn document_relationships() -> String {
    let kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    format!(
        r#"{DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{kind}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="{kind}/settings" Target="settings.xml"/><Relationship Id="rId3" Type="{kind}/fontTable" Target="fontTable.xml"/><Relationship Id="rIdOdd" Type="{kind}/footer" Target="footer1.xml"/><Relationship Id="rIdEven" Type="{kind}/footer" Target="footer2.xml"/></Relationships>"#
    )
}

pub fn settings() -> String {
    format!(r#"{DECLARATION}<w:settings {NS}><w:evenAndOddHeaders/><w:defaultTabStop w:val="640"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#)
}

pub fn font_table() -> String {
    let fonts: String = FONTS
        .iter()
        .map(|(name, alternatives)| format!(r#"<w:font w:name="{}"><w:altName w:val="{}"/><w:charset w:val="86"/><w:family w:val="auto"/></w:font>"#, escape(name), escape(alternatives)))
        .collect();
    format!(r#"{DECLARATION}<w:fonts {NS}>{fonts}</w:fonts>"#)
}

/// A run's properties naming `face` for all scripts, at `size` half-points; the body's text (and the
/// styles based on it) condensed so that 28 characters fill a line.
fn run_properties(face: &str, size: u32, condensed: bool) -> String {
    let spacing = if condensed { format!(r#"<w:spacing w:val="{CONDENSED}"/>"#) } else { String::new() };
    format!(r#"<w:rPr><w:rFonts w:ascii="{face}" w:eastAsia="{face}" w:hAnsi="{face}" w:cs="{face}"/>{spacing}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>"#)
}

/// A paragraph style: `id`, its Chinese name, the paragraph properties and the face and size.
fn style(id: &str, name: &str, paragraph: &str, face: &str, size: u32) -> String {
    let base = if id == "Normal" { String::new() } else { r#"<w:basedOn w:val="Normal"/>"#.to_string() };
    let default = if id == "Normal" { r#" w:default="1""# } else { "" };
    format!(
        r#"<w:style w:type="paragraph"{default} w:styleId="{id}"><w:name w:val="{name}"/>{base}<w:qFormat/><w:pPr>{paragraph}</w:pPr>{}</w:style>"#,
        run_properties(face, size, id == "Normal")
    )
}

/// Cancels the body's first-line indent in both its units: Word and WPS let `firstLineChars` win
/// over `firstLine`, so cancelling one alone leaves two characters of indent.
const NO_FIRST_LINE: &str = r#"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#;
/// Off the body's 28.95 pt line grid: table text and the footer keep their own line height.
const OFF_GRID: &str = r#"<w:snapToGrid w:val="0"/>"#;

pub fn styles() -> String {
    let line = format!(r#"<w:spacing w:before="0" w:after="0" w:line="{LINE}" w:lineRule="exact"/>"#);
    let indented = format!(r#"{line}<w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/>"#);
    let table_line = format!(r#"{OFF_GRID}<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>{NO_FIRST_LINE}"#);
    let display = |before: u32, after: u32| format!(r#"<w:keepNext/><w:spacing w:before="{before}" w:after="{after}" w:line="{}" w:lineRule="exact"/>{NO_FIRST_LINE}<w:jc w:val="center"/>"#, LINE * 3 / 2);
    // No space is added between 汉字 and Latin letters or digits: the text is set on the grid as typed.
    let no_auto_space = r#"<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>"#;
    let styles = [
        style("Normal", "正文", &format!(r#"{no_auto_space}<w:snapToGrid w:val="1"/>{indented}"#), FANGSONG, SIZE_3),
        style("Title", "标题", &display(0, 0), XIAOBIAOSONG, SIZE_2),
        style("Heading1", "一级标题", &format!(r#"<w:keepNext/>{indented}<w:outlineLvl w:val="0"/>"#), HEITI, SIZE_3),
        style("Heading2", "二级标题", &format!(r#"<w:keepNext/>{indented}<w:outlineLvl w:val="1"/>"#), KAITI, SIZE_3),
        style("Heading3", "三级标题", &format!(r#"<w:keepNext/>{indented}<w:outlineLvl w:val="2"/>"#), FANGSONG, SIZE_3),
        style("AttachmentLabel", "附件标注", &format!(r#"<w:keepNext/><w:pageBreakBefore/>{line}{NO_FIRST_LINE}"#), HEITI, SIZE_3),
        // On the third line, under the 附件 label and a blank line (GB/T 9704 §8).
        style("AttachmentTitle", "附件标题", &display(LINE, 160), XIAOBIAOSONG, SIZE_2),
        style("TableNote", "表前说明", &format!(r#"<w:keepNext/><w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>{table_line}"#), FANGSONG, SIZE_SMALL_4),
        style("TableText", "表格文字", &table_line, FANGSONG, SIZE_5),
        style("TableTextSmall", "表格文字（小）", &table_line, FANGSONG, SIZE_SMALL_5),
        style("Footer", "页脚", &format!(r#"{OFF_GRID}<w:spacing w:before="0" w:after="0" w:line="{FOOTER_LINE}" w:lineRule="exact"/>{NO_FIRST_LINE}"#), SONGTI, SIZE_4),
    ]
    .concat();
    format!(
        r#"{DECLARATION}<w:styles {NS}><w:docDefaults><w:rPrDefault>{}</w:rPrDefault><w:pPrDefault><w:pPr>{line}</w:pPr></w:pPrDefault></w:docDefaults>{styles}</w:styles>"#,
        run_properties(FANGSONG, SIZE_3, false)
    )
}

/// A footer with the page number as “— N —”, at `side` (`right` on odd pages, `left` on even), set
/// in by one character from the text block's edge.
pub fn footer(side: &str) -> String {
    let indent = if side == "right" {
        r#"<w:ind w:right="280" w:firstLineChars="0" w:firstLine="0"/>"#
    } else {
        r#"<w:ind w:left="280" w:firstLineChars="0" w:firstLine="0"/>"#
    };
    let text = |t: &str| format!(r#"<w:r><w:t xml:space="preserve">{t}</w:t></w:r>"#);
    format!(
        r#"{DECLARATION}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/>{indent}<w:jc w:val="{side}"/></w:pPr>{}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>{}</w:p></w:ftr>"#,
        text("— "),
        text(" —")
    )
}

/// The section's properties, in the schema's order: footers, page size, margins, grid.
pub fn section() -> String {
    format!(
        r#"<w:sectPr><w:footerReference w:type="default" r:id="rIdOdd"/><w:footerReference w:type="even" r:id="rIdEven"/><w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/><w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" w:left="{MARGIN_LEFT}" w:header="851" w:footer="{FOOTER}" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="{LINE}"/></w:sectPr>"#
    )
}
