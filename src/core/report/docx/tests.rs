//! The seed's report as .docx: every part well-formed, the section properties in the schema's order,
//! every table row marked (header repeated, never split), the figures and sentences in the text, and
//! the package read back by Python's zipfile.

use super::*;
use super::document::KEPT_TAIL;
use crate::core::evaluation::evaluate;
use crate::core::examples::taojiang_2024;
use crate::core::reading::date::CivilDate;
use crate::core::report::build;

fn seed_parts() -> Vec<(String, String)> {
    let mut draft = taojiang_2024();
    let _ = draft.set("narrative.problems", "人员编制问题 <b>&“引号”</b>");
    let report = build(&draft, &evaluate(&draft), CivilDate { year: 2025, month: 3, day: 20 });
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
    assert!(section.contains(r#"<w:docGrid w:type="lines" w:linePitch="579"/>"#));
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
        // The last rows (总分 among them) stay together and with the notes under the table; a row before
        // them goes with the next only when a merged cell runs on into it.
        let kept = |row: &str| row.contains("<w:keepNext/>");
        let tail = rows.len().saturating_sub(KEPT_TAIL).max(1);
        if rows.len() > 3 {
            assert!(rows[tail..].iter().all(|r| kept(r)), "{table}");
            for pair in rows[1..tail + 1].windows(2) {
                assert!(!kept(pair[0]) || pair[1].contains("<w:vMerge/>"), "{}", pair[0]);
            }
        }
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
    assert!(file_name(&"某某县某某镇人民政府".repeat(12), Some(2025)).len() < 255, "within a disk's limit for one name");
}

/// The document's paragraphs in order (table cells' too), each as its style and its text.
fn paragraphs(document: &str) -> Vec<(String, String)> {
    document
        .split("<w:p>")
        .skip(1)
        .map(|p| {
            let p = &p[..p.find("</w:p>").unwrap_or(p.len())];
            let style = p.split(r#"<w:pStyle w:val=""#).nth(1).map_or("", |s| &s[..s.find('"').unwrap()]);
            let text: String = p.split("<w:t xml:space=\"preserve\">").skip(1).map(|t| &t[..t.find("</w:t>").unwrap()]).collect();
            (style.to_string(), text)
        })
        .collect()
}

/// A style's definition in styles.xml.
fn style<'a>(styles: &'a str, id: &str) -> &'a str {
    let start = styles.find(&format!(r#"w:styleId="{id}""#)).unwrap_or_else(|| panic!("no style {id}"));
    &styles[start..start + styles[start..].find("</w:style>").unwrap()]
}

#[test]
fn every_cancelled_first_line_indent_is_cancelled_in_both_units() {
    let parts = seed_parts();
    let mut cancelled = 0;
    for (name, xml) in &parts {
        for ind in xml.split("<w:ind ").skip(1).map(|i| &i[..i.find("/>").unwrap()]) {
            if ind.contains(r#"w:firstLine="0""#) || ind.contains(r#"w:firstLineChars="0""#) {
                assert!(ind.contains(r#"w:firstLine="0""#) && ind.contains(r#"w:firstLineChars="0""#), "{name}: <w:ind {ind}/>");
                cancelled += 1;
            }
        }
    }
    assert!(cancelled > 10, "{cancelled}");
    let styles = part(&parts, "word/styles.xml");
    for id in ["Title", "AttachmentLabel", "AttachmentTitle", "TableNote", "TableText", "TableTextSmall", "Footer"] {
        assert!(style(styles, id).contains(r#"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#), "{id} starts flush");
    }
    assert!(style(styles, "Normal").contains(r#"w:firstLineChars="200""#), "the body is indented two characters");
}

#[test]
fn table_text_and_footer_are_off_the_line_grid_and_no_space_is_added_around_digits() {
    let parts = seed_parts();
    let styles = part(&parts, "word/styles.xml");
    for id in ["TableNote", "TableText", "TableTextSmall", "Footer"] {
        assert!(style(styles, id).contains(r#"<w:snapToGrid w:val="0"/>"#), "{id} off the grid");
    }
    assert!(style(styles, "Normal").contains(r#"<w:snapToGrid w:val="1"/>"#), "the body on it");
    assert!(style(styles, "Normal").contains(r#"<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>"#));
    assert!(!styles.contains(r#"<w:autoSpaceDE w:val="1"/>"#) && !styles.contains("<w:autoSpaceDE/>"));
}

#[test]
fn the_page_number_line_is_7_mm_below_the_text_block() {
    let parts = seed_parts();
    let document = part(&parts, "word/document.xml");
    // 35 mm bottom margin − 7 mm − the 14 pt line = 1984 − 396 − 280 twips.
    assert!(document.contains(r#"w:bottom="1984" w:left="1587" w:header="851" w:footer="1308""#));
    assert!(style(part(&parts, "word/styles.xml"), "Footer").contains(r#"w:line="280" w:lineRule="exact""#));
}

#[test]
fn the_title_a_blank_line_the_text_then_the_attachment_note_and_the_signature() {
    let parts = seed_parts();
    let document = part(&parts, "word/document.xml");
    let paragraphs = paragraphs(document);
    let at = |style: &str, text: &str| paragraphs.iter().position(|p| p.0 == style && p.1 == text).unwrap_or_else(|| panic!("{text}"));
    let title = at("Title", "部门整体支出绩效自评报告");
    assert_eq!(paragraphs[title + 1], ("Normal".to_string(), String::new()), "a blank line under the title");
    let first_label = paragraphs.iter().position(|p| p.0 == "AttachmentLabel").unwrap();
    let closing: Vec<&str> = paragraphs[first_label - 6..first_label].iter().map(|p| p.1.as_str()).collect();
    assert_eq!(closing, ["", "附件：1．部门整体支出绩效评价基础数据表", "2．部门整体支出绩效自评表", "", "桃江县总工会", "2025年3月20日"]);
    assert!(at("Normal", "【此处填写下步努力方向和改进措施】") < first_label - 6, "after the 正文");
    let labels: Vec<&str> = paragraphs.iter().filter(|p| p.0 == "AttachmentLabel").map(|p| p.1.as_str()).collect();
    assert_eq!(labels, ["附件1", "附件2"], "as many attachments as the note lists");
    // The name centred over the date, the date four characters from the right; the note's names under
    // their first character.
    assert!(document.contains(r#"<w:ind w:leftChars="0" w:left="0" w:rightChars="425" w:right="1342" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">桃江县总工会"#));
    assert!(document.contains(r#"w:rightChars="400" w:right="1263" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">2025年3月20日"#));
    assert!(document.contains(r#"<w:ind w:leftChars="650" w:left="2053" w:rightChars="0" w:right="0" w:hangingChars="450" w:hanging="1421"/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">附件：1．"#));
    assert!(!document.contains("<w:highlight"), "placeholders look like the text around them");
}

/// Twips a cell needs for `text` in one line at `half_points`: 0.6 em for each half-width character
/// (digits in a fallback font such as Noto Sans or DejaVu Sans, wider than 仿宋's half em), a full em for
/// the rest, and the 57-twip cell margin on either side.
fn needed_twips(text: &str, half_points: u32) -> u32 {
    let tenths_of_em: u32 = text.chars().map(|c| if c.is_ascii() { 6 } else { 10 }).sum();
    tenths_of_em * half_points + 2 * 57
}

#[test]
fn every_score_and_figure_stays_on_one_line_in_a_reader_without_fangsong() {
    // A “/” row leaves 90 of 100 points: the table is rescaled, its own widths.
    let draft = crate::core::report::tests::seed_with_indicators(
        "45",
        &[
            ["产出指标", "数量指标", "送法进企业场次", "≥40场", "41场", "60"],
            ["效益指标", "生态效益指标", "节约用纸", "/", "/", "10"],
            ["满意度指标", "服务对象满意度指标", "参训职工满意度", "≥85%", "97%", "30"],
        ],
    );
    let report = build(&draft, &evaluate(&draft), CivilDate { year: 2025, month: 3, day: 20 });
    let document = part(&unzip(&docx(&report)), "word/document.xml").to_string();
    let tables: Vec<&str> = document.split("<w:tbl>").skip(1).map(|t| &t[..t.find("</w:tbl>").unwrap()]).collect();
    let mut score_columns = 0;
    for table in &tables {
        let half_points = if table.contains(r#"<w:pStyle w:val="TableTextSmall"/>"#) { 18 } else { 21 };
        let grid: Vec<u32> = table.split(r#"<w:gridCol w:w=""#).skip(1).map(|w| w[..w.find('"').unwrap()].parse().unwrap()).collect();
        let rows: Vec<Vec<(u32, String, bool)>> = table
            .split("<w:tr>")
            .skip(1)
            .map(|row| {
                row.split("<w:tc>")
                    .skip(1)
                    .map(|cell| {
                        let cell = &cell[..cell.find("</w:tc>").unwrap()];
                        let width = cell.split(r#"<w:tcW w:w=""#).nth(1).map(|w| w[..w.find('"').unwrap()].parse().unwrap()).unwrap();
                        let text: String = cell.split("<w:t xml:space=\"preserve\">").skip(1).map(|t| &t[..t.find("</w:t>").unwrap()]).collect();
                        (width, text, cell.contains(r#"<w:jc w:val="right"/>"#))
                    })
                    .collect()
            })
            .collect();
        for (width, text, _) in rows.iter().flatten().filter(|cell| cell.2) {
            assert!(*width >= needed_twips(text, half_points), "“{text}” in {width} twips");
        }
        if let Some(column) = rows[0].iter().position(|head| head.1 == "得分") {
            score_columns += 1;
            assert!(grid[column] >= needed_twips("100.00", half_points), "得分 {} twips in {grid:?}", grid[column]);
        }
    }
    assert!(score_columns >= 4, "附件2's two tables and 附件3's two: {score_columns}");
}

#[test]
fn the_body_sets_28_characters_a_line_by_spacing_not_by_a_character_grid() {
    // A character grid narrower than 16 pt (156 mm / 28) gives each character two cells in LibreOffice:
    // fifteen characters a line. A quarter point less between characters fits 28 in every reader.
    let parts = seed_parts();
    assert!(!part(&parts, "word/document.xml").contains("w:charSpace"), "no character grid");
    let styles = part(&parts, "word/styles.xml");
    assert!(style(styles, "Normal").contains(r#"<w:spacing w:val="-5"/><w:sz w:val="32"/>"#), "正文 condensed by a quarter point");
    let condensed = styles.matches(r#"<w:spacing w:val="-5"/>"#).count();
    assert_eq!(condensed, 1, "once, in 正文: the styles based on it inherit it");
}

/// The seed with one project's 附件3 filled: the given indicator rows (一级, 二级, 三级, 年度指标值,
/// 实际完成值, 分值) and its funds (年初, 全年预算数, 全年执行数).
fn with_project(funds: [&str; 3], rows: &[[&str; 6]]) -> Vec<(String, String)> {
    use crate::core::draft::project::ProjectColumn as P;
    let mut draft = crate::core::report::tests::seed_with_indicators(funds[0], rows);
    let row = draft.projects()[1].row;
    draft.set_project_cell(row, P::Budget, funds[1]);
    draft.set_project_cell(row, P::Actual, funds[2]);
    let report = build(&draft, &evaluate(&draft), CivilDate { year: 2025, month: 3, day: 20 });
    unzip(&docx(&report))
}

/// The last table's rows, each as its cells' texts and whether the row stays with the next.
fn indicator_rows(document: &str) -> Vec<(Vec<String>, bool)> {
    let table = document.rsplit("<w:tbl>").next().unwrap();
    let table = &table[..table.find("</w:tbl>").unwrap()];
    table
        .split("<w:tr>")
        .skip(2)
        .map(|row| {
            let cells = row.split("<w:tc>").skip(1).map(|c| c.split("<w:t xml:space=\"preserve\">").skip(1).map(|t| &t[..t.find("</w:t>").unwrap()]).collect()).collect();
            (cells, row.contains("<w:keepNext/>"))
        })
        .collect()
}

#[test]
fn a_short_group_of_indicator_rows_stays_on_one_page_and_a_long_one_may_break() {
    let mut rows = vec![["产出指标", "数量指标", "修缮职工书屋", "≥6间", "6间", "8"]; 6];
    rows.extend([["效益指标", "社会效益指标", "书屋开放天数", "≥200天", "230天", "15"], ["效益指标", "社会效益指标", "借阅人次", "≥900人次", "1020人次", "15"]]);
    rows.extend([["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "94%", "10"]; 4]);
    let parts = with_project(["40", "40", "38"], &rows);
    let kept: Vec<(String, bool)> = indicator_rows(part(&parts, "word/document.xml")).into_iter().map(|(cells, kept)| (cells.concat(), kept)).collect();
    let at = |text: &str| kept.iter().position(|(row, _)| row.contains(text)).unwrap_or_else(|| panic!("{text}: {kept:?}"));
    // Six rows under one 二级指标 may break between them; the two under 社会效益指标 may not, nor the two
    // under 满意度, which also stay with the 总分 row.
    let first = at("修缮职工书屋");
    assert!(kept[first..first + 5].iter().all(|row| !row.1), "{kept:?}");
    assert!(kept[at("书屋开放天数")].1 && !kept[at("借阅人次")].1, "{kept:?}");
    let satisfaction = at("读者满意度");
    assert!(kept[satisfaction..].iter().all(|row| row.1), "{kept:?}");
}

/// A table's last rows stay on one page: the header repeated over two rows on a page of their own (评分标准's
/// last two, in the Word file opened in LibreOffice) is a page lost. The five rows before them may break.
#[test]
fn a_tables_last_rows_never_stand_alone_on_a_page() {
    let parts = seed_parts();
    let document = part(&parts, "word/document.xml");
    let criteria: Vec<(Vec<String>, bool)> = indicator_rows(document);
    assert!(criteria.len() > KEPT_TAIL + 3, "the seed's 评分标准 is long: {}", criteria.len());
    let (before, tail) = criteria.split_at(criteria.len() - KEPT_TAIL);
    assert!(tail.iter().all(|(_, kept)| *kept), "{tail:?}");
    assert!(!before.last().unwrap().1, "the page may break before the tail: {before:?}");
    assert!(tail.iter().any(|(cells, _)| cells.concat().contains("效果—满意度")), "{tail:?}");
}

#[test]
fn a_figure_too_long_for_its_column_is_set_smaller_rather_than_wrapped_mid_figure() {
    let parts = with_project(["98765432.1", "98765432.1", "98765430.55"], &[["产出指标", "数量指标", "新建职工驿站", "≥4个", "4个", "90"]]);
    let document = part(&parts, "word/document.xml");
    let mut shrunk = Vec::new();
    for cell in document.split("<w:tc>").skip(1).map(|c| &c[..c.find("</w:tc>").unwrap()]) {
        let text: String = cell.split("<w:t xml:space=\"preserve\">").skip(1).map(|t| &t[..t.find("</w:t>").unwrap()]).collect();
        if !cell.contains(r#"<w:jc w:val="right"/>"#) || text.is_empty() {
            continue;
        }
        let width: u32 = cell.split(r#"<w:tcW w:w=""#).nth(1).map(|w| w[..w.find('"').unwrap()].parse().unwrap()).unwrap();
        let size = cell.split(r#"<w:sz w:val=""#).nth(1).map(|s| s[..s.find('"').unwrap()].parse().unwrap());
        let style = if cell.contains("TableTextSmall") { 18 } else { 21 };
        assert!(needed_twips(&text, size.unwrap_or(style)) <= width, "“{text}” at {size:?} in {width} twips");
        if let Some(size) = size {
            assert!(size < style && size >= 13, "{size}");
            shrunk.push(text);
        }
    }
    // 附件3's 项目资金 row, and the unit's totals in 附件1 and 附件2 that carry it; figures that fit
    // (221.65, 100.00%) stay at the table's size.
    assert!(shrunk.ends_with(&["98765432.10".to_string(), "98765432.10".to_string(), "98765430.55".to_string()]), "{shrunk:?}");
    assert!(shrunk.iter().all(|figure| figure.len() >= 11), "{shrunk:?}");
}

/// 附件3's 年度指标值 and 实际完成值 in Word: a target or result with its unit stays on one line (set smaller,
/// not below 7 pt, where a reader without 仿宋 needs it, the space Word puts between 2025 and 年 counted), and the template's 一级 and 二级 names fit their columns
/// without a character left alone on a line of its own.
#[test]
fn attachment_3_keeps_a_figure_with_its_unit_and_the_templates_names_whole_in_word() {
    let rows = [
        ["产出指标", "数量指标", "疏浚航道里程", "≥38.5公里", "39.2公里", "30"],
        ["产出指标", "时效指标", "完工时间", "2025年11月底前", "11月26日", "20"],
        ["产出指标", "成本指标", "单位疏浚成本", "≤0.72万元/公里", "0.69万元/公里", "20"],
        ["效益指标", "可持续影响指标", "航道通航保证率", "≥95%", "97.6%", "15"],
        ["满意度指标", "服务对象满意度指标", "船民满意度", "≥90%", "93%", "15"],
    ];
    let parts = with_project(["120", "150", "148.3"], &rows);
    let document = part(&parts, "word/document.xml");
    let grid = document.rsplit("<w:tbl>").next().unwrap();
    let cells: Vec<(String, u32, Option<u32>)> = grid[..grid.find("</w:tbl>").unwrap()]
        .split("<w:tc>")
        .skip(1)
        .map(|c| &c[..c.find("</w:tc>").unwrap()])
        .map(|cell| {
            let text: String = cell.split("<w:t xml:space=\"preserve\">").skip(1).map(|t| &t[..t.find("</w:t>").unwrap()]).collect();
            let width = cell.split(r#"<w:tcW w:w=""#).nth(1).map(|w| w[..w.find('"').unwrap()].parse().unwrap()).unwrap();
            let size = cell.split(r#"<w:sz w:val=""#).nth(1).map(|s| s[..s.find('"').unwrap()].parse().unwrap());
            (text, width, size)
        })
        .collect();
    let cell = |text: &str| cells.iter().find(|(t, ..)| t == text).unwrap_or_else(|| panic!("{text}: {cells:?}"));
    for value in ["≥38.5公里", "39.2公里", "2025年11月底前", "≤0.72万元/公里", "0.69万元/公里"] {
        let (_, width, size) = cell(value);
        assert!(needed_twips(value, size.unwrap_or(18)) <= *width, "“{value}” at {size:?} in {width} twips");
        assert!(size.is_none_or(|s| s >= 14), "“{value}” no smaller than 7 pt: {size:?}");
    }
    // In 仿宋 an ideograph is an em of 小五 (180 twips): a name of n characters on lines of `fits` leaves
    // one alone where n is one more than a multiple of it.
    for name in ["满意度指标", "可持续影响指标", "服务对象满意度指标", "社会效益指标"] {
        let Some((_, width, _)) = cells.iter().find(|(t, ..)| t == name).or_else(|| (name == "社会效益指标").then(|| cell("可持续影响指标"))) else { continue };
        let fits = ((width - 2 * 57) / 180) as usize;
        let n = name.chars().count();
        assert!(n <= fits || n % fits != 1, "“{name}” on lines of {fits}");
    }
}
