//! Word files read back: built here by an independent writer (Python's zipfile, stored and deflated),
//! and the project's own .docx export; damaged and hostile files; any bytes at all.

use std::process::Command;

use proptest::prelude::*;

use super::document::text;
use super::zip::{locate, Method};
use super::*;

/// A document.xml with a paragraph, a run split in the middle of a figure, a tab, a line break, a table
/// of two rows, deleted text, a field code, a text box's fallback copy and entities.
const BODY: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>2024年预算执行率＝19</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>28.7÷1946.86×100%＝99.07%</w:t></w:r><w:del><w:r><w:delText>（删去）</w:delText></w:r></w:del></w:p>
<w:p><w:r><w:t xml:space="preserve">人员经费 </w:t></w:r><w:r><w:tab/><w:t>209.95</w:t><w:br/><w:t>A&amp;B &lt;办公室&gt; &#x4E00;&#20108;</w:t></w:r></w:p>
<w:p/>
<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>
<w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>本年预算数</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>本年决算数</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>公用</w:t></w:r></w:p><w:p><w:r><w:t>经费</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>11.6</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> =A1 </w:instrText></w:r><w:r><w:t>11.6</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>文本框</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>文本框</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
<w:sectPr/></w:body></w:document>"#;

const EXPECTED: &str = "2024年预算执行率＝1928.7÷1946.86×100%＝99.07%\n人员经费 \t209.95\nA&B <办公室> 一二\n\n项目\t本年预算数\t本年决算数\n公用 经费\t11.6\t11.6\n文本框\n";

/// A zip of `files` written by Python's zipfile, `deflated` or stored.
fn python_zip(files: &[(&str, &[u8])], deflated: bool) -> Vec<u8> {
    static MADE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let made = MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("jixiao-word-{}-{made}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut names = Vec::new();
    for (i, (name, content)) in files.iter().enumerate() {
        let path = dir.join(format!("part{i}"));
        std::fs::write(&path, content).unwrap();
        names.push(format!("{}={}", name, path.display()));
    }
    let out = dir.join("out.docx");
    let script = "import sys,zipfile\nm=zipfile.ZIP_DEFLATED if sys.argv[2]=='1' else zipfile.ZIP_STORED\nz=zipfile.ZipFile(sys.argv[1],'w',m)\nfor a in sys.argv[3:]:\n n,p=a.split('=',1)\n z.write(p,n)\nz.close()";
    let status = Command::new("python3").arg("-c").arg(script).arg(&out).arg(if deflated { "1" } else { "0" }).args(&names).status();
    assert!(status.expect("python3 (scripts/setup.sh installs it)").success());
    let bytes = std::fs::read(&out).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    bytes
}

fn docx(body: &str, deflated: bool) -> Vec<u8> {
    python_zip(&[("[Content_Types].xml", b"<Types/>"), (DOCUMENT, body.as_bytes()), ("word/styles.xml", b"<w:styles/>")], deflated)
}

#[test]
fn a_paragraph_a_table_and_a_run_split_mid_number_read_back() {
    let archive = docx(BODY, false);
    let (entry, data) = locate(&archive, DOCUMENT).unwrap();
    assert_eq!(entry.method, Method::Stored);
    assert_eq!(text(&archive[data]).unwrap(), EXPECTED);
    assert_eq!(kind("报告.docx", &archive[..8]), Kind::Word);
}

#[test]
fn a_deflated_entry_is_found_with_its_sizes_for_the_browser_to_inflate() {
    let archive = docx(BODY, true);
    let (entry, data) = locate(&archive, DOCUMENT).unwrap();
    assert_eq!(entry.method, Method::Deflated);
    assert_eq!(entry.size, BODY.len() as u64);
    assert_eq!(data.len() as u64, entry.compressed);
    assert!(entry.compressed < entry.size);
}

#[test]
fn the_text_of_a_table_is_audited_by_its_columns() {
    let body = BODY.replace("预算执行率＝19", "公用经费控制率为100%。预算执行率＝19");
    let archive = docx(&body, false);
    let (_, data) = locate(&archive, DOCUMENT).unwrap();
    let audit = crate::core::audit::audit(&text(&archive[data]).unwrap());
    let ids: Vec<(&str, Verdict)> = audit.claims.iter().map(|c| (c.id.as_str(), c.verdict)).collect();
    use crate::core::audit::Verdict;
    assert_eq!(ids, [("public_expense_control", Verdict::Ok), ("budget_execution", Verdict::Ok)]);
}

/// A table whose cells are merged across columns (`gridSpan`) and down (`vMerge`), and a row starting past
/// the grid's first column (`gridBefore`): each row is read with a cell for every column of the grid.
#[test]
fn merged_cells_leave_a_cell_for_each_column_they_cover() {
    let cell = |props: &str, words: &str| format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{words}</w:t></w:r></w:p></w:tc>");
    let row = |cells: &[String], props: &str| format!("<w:tr><w:trPr>{props}</w:trPr>{}</w:tr>", cells.concat());
    let span = |n: u8| format!(r#"<w:gridSpan w:val="{n}"/>"#);
    let down = r#"<w:vMerge w:val="restart"/>"#;
    let table = [
        row(&[cell(down, "单位"), cell(&span(2), "人数（人）"), cell(down, "备注")], ""),
        row(&[cell("<w:vMerge/>", ""), cell("", "编制"), cell("", "在岗"), cell("<w:vMerge/>", "")], ""),
        row(&[cell("", "机关"), cell("", "7"), cell("", "6"), cell("", "")], ""),
        row(&[cell(&span(2), "合计"), cell("", "6"), cell("", "")], ""),
        row(&[cell("", "7"), cell("", "6")], r#"<w:gridBefore w:val="2"/>"#),
        row(&[cell("", "员工"), cell("", "7"), cell("", "6")], r#"<w:gridBefore w:val="1"/>"#),
    ]
    .concat();
    let body = format!(r#"<w:document xmlns:w="w"><w:body><w:tbl>{table}</w:tbl></w:body></w:document>"#);
    let read = text(body.as_bytes()).unwrap();
    assert_eq!(read, "单位\t人数（人）\t\t备注\n\t编制\t在岗\t\n机关\t7\t6\t\n合计\t\t6\t\n\t\t7\t6\n\t员工\t7\t6\n");
}

/// The project's own Word export, read back: the report's text, its tables as tab-separated rows, and
/// the seed's known mistake found again.
#[test]
fn the_projects_own_word_export_reads_back_and_audits() {
    let draft = crate::core::examples::taojiang_2024();
    let evaluation = crate::core::evaluation::evaluate(&draft);
    let archive = crate::core::report::docx::docx(&crate::core::report::build(&draft, &evaluation, crate::core::reading::date::CivilDate { year: 2025, month: 3, day: 20 }));
    let (_, data) = locate(&archive, DOCUMENT).unwrap();
    let body = text(&archive[data]).unwrap();
    assert!(body.contains("预算执行率99.55%"), "{body}");
    assert!(body.lines().any(|l| l.split('\t').count() >= 4), "table rows as tab-separated lines");
    let audit = crate::core::audit::audit(&body);
    assert!(!audit.claims.is_empty());
    assert!(audit.claims.iter().all(|c| c.verdict != crate::core::audit::Verdict::Mismatch || c.id == "funds_balance"), "{:?}", audit.claims);
}

#[test]
fn damaged_and_hostile_files_each_say_their_problem() {
    assert_eq!(locate(b"not a zip at all", DOCUMENT).unwrap_err(), Problem::NotZip);
    let archive = docx(BODY, true);
    assert_eq!(locate(&archive[..archive.len() / 2], DOCUMENT).unwrap_err(), Problem::NotZip);
    let mut cut = archive.clone();
    cut.drain(100..400);
    assert!(matches!(locate(&cut, DOCUMENT), Err(Problem::Damaged | Problem::NotZip)));
    let sheet = python_zip(&[("xl/workbook.xml", b"<workbook/>")], true);
    assert_eq!(locate(&sheet, DOCUMENT).unwrap_err(), Problem::NoDocument);
    // A zip bomb: a directory that claims more than a report ever unpacks to.
    let mut bomb = archive.clone();
    let directory = (0..bomb.len() - 46).find(|&at| bomb[at..].starts_with(b"PK\x01\x02") && bomb[at + 46..].starts_with(DOCUMENT.as_bytes())).unwrap();
    bomb[directory + 24..directory + 28].copy_from_slice(&(200u32 << 20).to_le_bytes());
    assert_eq!(locate(&bomb, DOCUMENT).unwrap_err(), Problem::TooLarge);
    for bad in [&b"<w:document><w:body><w:p></w:body></w:document>"[..], b"PK\x03\x04 binary", b"<html><body>x</body></html>", b"", b"<w:document><w:t>a &bogus; b</w:t></w:document>"] {
        assert_eq!(text(bad), Err(Problem::NotXml), "{}", String::from_utf8_lossy(bad));
    }
    assert_eq!(kind("old.doc", &[0xD0, 0xCF, 0x11, 0xE0, 0xA1]), Kind::Other(Problem::OldWord));
    assert_eq!(kind("renamed.docx", &[0xD0, 0xCF, 0x11, 0xE0, 0xA1]), Kind::Other(Problem::OldWord));
    assert_eq!(kind("r.wps", b"anything"), Kind::Other(Problem::OldWord));
    assert_eq!(kind("r.pdf", b"%PDF-1.7"), Kind::Other(Problem::Pdf));
    assert_eq!(kind("r.docx", b"%PDF-1.7"), Kind::Other(Problem::Pdf));
    assert_eq!(kind("r.docx", b"hello"), Kind::Other(Problem::NotZip));
    assert_eq!(kind("r.txt", "报告".as_bytes()), Kind::Text);
    assert_eq!(kind("r.png", b"\x89PNG\r\n\x1a\n\0\0"), Kind::Other(Problem::Image));
    assert_eq!(kind("scan", b"\x89PNG\r\n\x1a\n"), Kind::Other(Problem::Image), "eight bytes of a PNG pass for text");
    assert_eq!(kind("page.jpg", &[0xFF, 0xD8, 0xFF, 0xE0]), Kind::Other(Problem::Image));
    assert_eq!(kind("草稿.json", b"{\"format\""), Kind::Other(Problem::Json));
    assert_eq!(kind("r.xlsx.bin", &[0, 1, 2]), Kind::Other(Problem::Unknown));
    for problem in [Problem::OldWord, Problem::Pdf, Problem::NotXml, Problem::TooLarge] {
        assert!(problem.message().chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    }
    assert!(Problem::OldWord.message().contains("另存为"));
    assert!(Problem::Pdf.message().contains("复制"));
}

proptest! {
    #[test]
    fn reading_never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = locate(&bytes, DOCUMENT);
        let _ = text(&bytes);
        let _ = kind("x.docx", &bytes);
    }

    #[test]
    fn reading_never_panics_on_a_damaged_archive(cuts in proptest::collection::vec((0usize..2000, any::<u8>()), 1..8)) {
        static ARCHIVE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        let mut archive = ARCHIVE.get_or_init(|| docx(BODY, false)).clone();
        for (at, byte) in cuts {
            let at = at % archive.len();
            archive[at] = byte;
        }
        if let Ok((_, data)) = locate(&archive, DOCUMENT) {
            let _ = text(&archive[data]);
        }
    }

    #[test]
    fn the_xml_reader_never_panics_on_markup_like_bytes(parts in proptest::collection::vec(prop_oneof![
        Just("<w:document>"), Just("</w:document>"), Just("<w:p>"), Just("</w:p>"), Just("<w:t>"), Just("</w:t>"),
        Just("<w:tc>"), Just("</w:tc>"), Just("<w:tr>"), Just("</w:tr>"), Just("<w:tab/>"), Just("&amp;"), Just("&#x"),
        Just("<!--"), Just("-->"), Just("<![CDATA["), Just("'"), Just("\""), Just("<"), Just(">"), Just("文"), Just("1.5"),
        Just("<mc:Fallback>"), Just("</mc:Fallback>"), Just("<w:r>"), Just("</w:r>"), Just("/"),
    ], 0..60)) {
        let xml = parts.concat();
        let _ = text(xml.as_bytes());
    }
}

#[test]
fn the_body_is_where_the_package_relationships_say() {
    let relationships = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Target="/word/document2.xml" Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>"#;
    assert_eq!(main_part(relationships).as_deref(), Some("word/document2.xml"));
    assert_eq!(main_part(b"<Relationships><Relationship Type='x/officeDocument' Target='body.xml'/></Relationships>").as_deref(), Some("body.xml"));
    assert_eq!(main_part(b"<Relationships><Relationship Type='x/styles' Target='s.xml'/></Relationships>"), None);
    assert_eq!(main_part(b"<Relationships><Relationship Type='x/officeDocument' Target='../x.xml'/>"), None, "nothing outside the package");
    assert_eq!(main_part(b"\xff\xfe<Relationship Type=\"/officeDocument\" Target=\""), None, "cut short");
}

proptest! {
    #[test]
    fn any_relationships_text_is_read_without_a_panic(text in ".{0,200}") {
        let _ = main_part(text.as_bytes());
        let _ = main_part(format!("<Relationship Type=\"a/officeDocument\" {text}").as_bytes());
    }
}

/// A unit's reports sent packed in one .zip: each file it holds is listed, folders and what a Mac adds
/// are told apart, and the archive is known by its name.
#[test]
fn an_archive_of_reports_lists_each_file() {
    let report = docx(BODY, true);
    let archive = python_zip(&[("甲局.docx", &report), ("材料/乙所.txt", "乙所2024年度".as_bytes()), ("__MACOSX/._甲局.docx", b"x"), ("内层.zip", b"PK\x05\x06")], true);
    assert_eq!(kind("三家单位.zip", &archive[..8]), Kind::Archive);
    assert_eq!(kind("三家单位.docx", &archive[..8]), Kind::Word);
    assert_eq!(kind("坏.zip", b"hello"), Kind::Other(Problem::BadArchive));
    let tail = archive.len().saturating_sub(zip::TAIL as usize);
    let directory = zip::find_directory(&archive[tail..], archive.len() as u64).unwrap();
    let listing = &archive[directory.offset as usize..(directory.offset + directory.size) as usize];
    let listed = zip::entries(listing).unwrap();
    let names: Vec<String> = listed.iter().map(|l| String::from_utf8_lossy(&l.name).into_owned()).collect();
    assert_eq!(names, ["甲局.docx", "材料/乙所.txt", "__MACOSX/._甲局.docx", "内层.zip"]);
    assert_eq!(listed.iter().map(zip::Listed::is_packing).collect::<Vec<_>>(), [false, false, true, false]);
    assert!(listed[0].utf8 && listed[0].entry.is_ok());
    // The same directory still finds one file by name, as a .docx's body is found.
    assert_eq!(zip::find_entry(listing, "内层.zip").ok(), listed[3].entry.ok());
    assert_eq!(zip::find_entry(listing, "无此文件"), Err(Problem::NoDocument));
}

/// An archive of a thousand small files: the first 500 are read, and the reviewer is told how many were not.
#[test]
fn an_archive_of_too_many_files_is_read_to_its_cap_and_says_so() {
    let mut budget = zip::Budget::default();
    let mut read = 0;
    for _ in 0..1000 {
        if budget.room_for(2_000).is_err() {
            break;
        }
        budget.spend(2_000);
        read += 1;
    }
    assert_eq!(read, zip::MAX_ENTRIES);
    assert_eq!(budget.room_for(2_000), Err(zip::Spent::Files));
    assert_eq!(budget.left_unread(zip::Spent::Files, 1000 - read), "压缩包内文件过多，只读了前500个，其余500个未读：请解压后分批选择");
}

/// Files of 30 MB each, under one file's own cap: after 200 MB unpacked in all, the rest are left unread and
/// the reviewer told; the next file may unpack only to what is left, never past it.
#[test]
fn an_archive_unpacking_past_its_total_is_read_to_its_cap_and_says_so() {
    let mut budget = zip::Budget::default();
    let file = 30 * 1024 * 1024;
    for _ in 0..6 {
        assert_eq!(budget.room_for(file).map(|room| room >= file), Ok(true));
        budget.spend(file);
    }
    // 180 MB read: 20 MB left, so a seventh of 30 MB is not begun.
    assert_eq!(budget.room(), Ok(20 * 1024 * 1024));
    assert_eq!(budget.room_for(file), Err(zip::Spent::Bytes));
    assert_eq!(budget.left_unread(zip::Spent::Bytes, 4), "压缩包解压后超过 200 MB，只读了前6个文件，其余4个未读：请解压后分批选择");
    // One that says it is small but unpacks to all that is left spends the budget: nothing more is read.
    budget.spend(20 * 1024 * 1024);
    assert_eq!(budget.room_for(1), Err(zip::Spent::Bytes));
}
