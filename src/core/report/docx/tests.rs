//! The seed's report as .docx: every part well-formed, the section properties in the schema's order,
//! every table row marked (header repeated, never split), the figures and sentences in the text, and
//! the package read back by Python's zipfile.

use super::*;
use crate::core::evaluation::evaluate;
use crate::core::examples::taojiang_2024;
use crate::core::report::build;

fn seed_parts() -> Vec<(String, String)> {
    let mut draft = taojiang_2024();
    let _ = draft.set("narrative.problems", "人员编制问题 <b>&“引号”</b>");
    let report = build(&draft, &evaluate(&draft));
    unzip(&docx(&report))
}

/// The stored zip's files, read with nothing but the format (local headers in order).
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut at = 0;
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]) as usize;
    let u32_at = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]) as usize;
    while u32_at(at) == 0x0403_4b50 {
        let (size, name_len) = (u32_at(at + 18), u16_at(at + 26));
        let name = String::from_utf8(bytes[at + 30..at + 30 + name_len].to_vec()).unwrap();
        let start = at + 30 + name_len;
        files.push((name, String::from_utf8(bytes[start..start + size].to_vec()).unwrap()));
        at = start + size;
    }
    files
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name}")).1
}

/// Tags balanced and nested, attributes quoted: enough to catch a generator's slip.
fn assert_well_formed(name: &str, xml: &str) {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = xml.strip_prefix(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#).unwrap_or_else(|| panic!("{name}: declaration"));
    while let Some(open) = rest.find('<') {
        assert!(!rest[..open].contains('>'), "{name}: stray > in text");
        let close = rest[open..].find('>').unwrap_or_else(|| panic!("{name}: unclosed tag")) + open;
        let tag = &rest[open + 1..close];
        assert_eq!(tag.matches('"').count() % 2, 0, "{name}: unquoted attribute in <{tag}>");
        if let Some(closing) = tag.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(closing), "{name}: </{closing}> closes the wrong element");
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().unwrap_or_default());
        }
        rest = &rest[close + 1..];
    }
    assert!(stack.is_empty(), "{name}: unclosed {stack:?}");
}

#[test]
fn every_part_is_well_formed_and_there_is_no_theme() {
    let parts = seed_parts();
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.len(), 9);
    assert!(!names.iter().any(|n| n.contains("theme")));
    for (name, xml) in &parts {
        assert_well_formed(name, xml);
    }
}

#[test]
fn section_properties_in_schema_order_with_gbt_9704_page() {
    let parts = seed_parts();
    let document = part(&parts, "word/document.xml");
    let section = &document[document.find("<w:sectPr>").unwrap()..];
    let order: Vec<usize> = ["<w:footerReference w:type=\"default\"", "<w:footerReference w:type=\"even\"", "<w:pgSz", "<w:pgMar", "<w:cols", "<w:docGrid"]
        .iter()
        .map(|tag| section.find(tag).unwrap_or_else(|| panic!("{tag}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(section.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
    assert!(section.contains(r#"w:top="2097" w:right="1474" w:bottom="1984" w:left="1587""#));
    assert!(section.contains(r#"<w:docGrid w:type="linesAndChars" w:linePitch="579""#));
    assert!(part(&parts, "word/settings.xml").contains("<w:evenAndOddHeaders/>"));
    assert!(part(&parts, "word/footer1.xml").contains(r#"<w:jc w:val="right"/>"#));
    assert!(part(&parts, "word/footer2.xml").contains(r#"<w:jc w:val="left"/>"#));
    assert!(part(&parts, "word/footer1.xml").contains("PAGE"));
    let styles = part(&parts, "word/styles.xml");
    assert!(styles.contains(r#"w:line="579" w:lineRule="exact""#));
    assert!(styles.contains(r#"w:eastAsia="仿宋_GB2312""#) && styles.contains(r#"<w:sz w:val="32"/>"#));
    assert!(part(&parts, "word/fontTable.xml").contains(r#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong"#));
}

#[test]
fn every_table_row_is_marked_and_each_attachment_starts_a_page() {
    let parts = seed_parts();
    let document = part(&parts, "word/document.xml");
    let tables: Vec<&str> = document.split("<w:tbl>").skip(1).map(|t| &t[..t.find("</w:tbl>").unwrap()]).collect();
    assert!(tables.len() >= 3, "附件1 and 附件2's tables");
    for table in &tables {
        let rows: Vec<&str> = table.split("<w:tr>").skip(1).collect();
        assert!(rows[0].starts_with("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"), "the header row repeats");
        assert!(rows[1..].iter().all(|r| r.starts_with("<w:trPr><w:cantSplit/></w:trPr>")), "no row splits");
        assert!(table.contains("<w:gridCol w:w="), "explicit widths");
        let grid: usize = table.matches("<w:gridCol").count();
        for row in &rows {
            let spans: usize = row.split("<w:tc>").skip(1).map(|c| c.split(r#"<w:gridSpan w:val=""#).nth(1).map_or(1, |s| s[..s.find('"').unwrap()].parse().unwrap())).sum();
            assert_eq!(spans, grid, "every row fills the grid: {row}");
        }
    }
    assert_eq!(document.matches(r#"<w:pStyle w:val="AttachmentLabel"/>"#).count(), 2);
    assert!(part(&parts, "word/styles.xml").contains(r#"<w:keepNext/><w:pageBreakBefore/>"#));
}

#[test]
fn the_seeds_sentences_and_figures_are_in_the_text_exactly_as_typed() {
    let parts = seed_parts();
    let document = part(&parts, "word/document.xml");
    let text: String = document.split("<w:t xml:space=\"preserve\">").skip(1).map(|t| &t[..t.find("</w:t>").unwrap()]).collect();
    for expected in [
        "桃江县总工会2024年度",
        "部门整体支出绩效自评报告",
        "预算执行率99.55%=（支出合计252.65万元/全年预算数253.79万元）×100%",
        "附件1",
        "附件2",
        "221.65",
        "总分",
        "人员编制问题 &lt;b&gt;&amp;“引号”&lt;/b&gt;",
    ] {
        assert!(text.contains(expected), "{expected}");
    }
    assert!(!document.contains("<b>"), "the clerk's text is never markup");
}

#[test]
fn the_file_is_named_after_the_unit_and_year() {
    assert_eq!(file_name("桃江县总工会", Some(2024)), "桃江县总工会2024年度部门整体支出绩效自评报告.docx");
    assert_eq!(file_name(" a/b ", None), "a_b部门整体支出绩效自评报告.docx");
}
