//! A stand-in row (据此新建草稿's 项目支出 the old report did not split by project) printed as what it is:
//! a gap for projects still to list, never a project of its own in the 正文, 附件1 or 附件3.

use super::*;
use crate::core::draft::fields::{project_field_id, ProjectColumn as P};
use crate::core::draft::project::{IndicatorColumn as C, UNLISTED_PROJECTS, UNLISTED_REST};
use crate::core::evaluation::evaluate;
use crate::core::examples;

fn report_of(draft: &Draft) -> Report {
    build(draft, &evaluate(draft), CivilDate { year: 2026, month: 4, day: 8 })
}

/// A draft of the year 2025 with these project rows (名称, 预算数, 实际支出).
fn with_projects(rows: &[(&str, &str, &str)]) -> Draft {
    let mut draft = examples::with(Draft::new(), &[("unit.name", "某县文化馆"), ("unit.year", "2025"), ("spend.personnel", "312.4"), ("spend.public", "28.6")]);
    for (name, budget, actual) in rows {
        let row = draft.add_project();
        for (column, text) in [(P::Name, name), (P::Budget, budget), (P::Actual, actual)] {
            draft.set_project_cell(row, column, text);
        }
    }
    draft
}

/// The 正文's （二）项目支出, up to 三、: each paragraph, with the field a gap leads to.
fn project_part(report: &Report) -> Vec<(String, Option<String>)> {
    let start = report.body.iter().position(|b| *b == Block::Heading2("（二）项目支出".into())).unwrap_or_default();
    let part = report.body.iter().skip(start + 1).take_while(|b| !matches!(b, Block::Heading1(_)));
    part.filter_map(|b| match b {
        Block::Paragraph(text) => Some((text.clone(), None)),
        Block::Fill { text, field } => Some((text.clone(), Some(field.clone()))),
        _ => None,
    })
    .collect()
}

/// 附件1's rows under 2．项目支出 (名称, 上年决算数, 本年预算数, 本年决算数), each name with the field it leads to.
fn annex1_projects(report: &Report) -> Vec<(Vec<String>, Option<String>)> {
    let Some(Block::Table(table)) = report.attachments[0].blocks.iter().filter(|b| matches!(b, Block::Table(_))).nth(1) else { panic!("no expenses table") };
    let rows = table.rows.iter().skip_while(|r| r[0].text != "2．项目支出").skip(1).take_while(|r| r[0].indent == 1);
    rows.map(|r| (r.iter().map(|c| c.text.clone()).collect(), r[0].field.clone())).collect()
}

fn owned(text: &str, field: Option<&str>) -> (String, Option<String>) {
    (text.to_string(), field.map(str::to_string))
}

#[test]
fn a_projects_total_not_split_prints_its_total_and_a_gap_not_one_project() {
    let draft = with_projects(&[(UNLISTED_PROJECTS, "130", "120")]);
    let report = report_of(&draft);
    let name = project_field_id(0, P::Name);
    assert_eq!(
        project_part(&report),
        [
            owned("2025年项目支出共计120.00万元。", None),
            owned("【此处填写项目明细：报告未分项的项目支出，预算130.00万元，实际支出120.00万元，请按项目逐项列出】", Some(&name)),
        ],
        "the total stays; no “共1个项目”, no “1．项目支出（报告未分项）”"
    );
    assert_eq!(
        annex1_projects(&report),
        [(vec!["【此处填写项目名称：报告未分项的项目支出，请按项目拆分】".to_string(), String::new(), "130.00".into(), "120.00".into()], Some(name))],
        "its figures stay, so that the rows add up to 项目支出"
    );
    let all: String = report.body.iter().filter_map(|b| if let Block::Paragraph(t) | Block::Fill { text: t, .. } = b { Some(t.as_str()) } else { None }).collect();
    assert!(!all.contains(UNLISTED_PROJECTS), "{all}");
    let split = with_projects(&[("非遗展演", "130", "120")]);
    assert_eq!(report_of(&split).gaps().to_fill + 3, report.gaps().to_fill, "the 正文's gap, 附件1's and 重点支出安排率's, counted above the preview");
}

#[test]
fn projects_listed_with_the_rest_unlisted_count_only_the_listed_ones() {
    let draft = with_projects(&[("送戏下乡", "45", "44.2"), (UNLISTED_REST, "", "30.8"), ("公共文化场馆免费开放", "60", "60")]);
    let report = report_of(&draft);
    assert_eq!(
        project_part(&report),
        [
            owned("2025年项目支出共计135.00万元，共2个项目：", None),
            owned("1．送戏下乡，预算45.00万元，实际支出44.20万元。", None),
            owned("2．公共文化场馆免费开放，预算60.00万元，实际支出60.00万元。", None),
            // Its budget left blank is not a gap inside the gap.
            owned("【此处填写项目明细：报告未逐项列出的其余项目支出，实际支出30.80万元，请按项目逐项列出】", Some(&project_field_id(1, P::Name))),
        ]
    );
    let names: Vec<String> = annex1_projects(&report).into_iter().map(|(cells, _)| cells[0].clone()).collect();
    assert_eq!(names, ["送戏下乡", "【此处填写项目名称：报告未逐项列出的其余项目支出，请按项目拆分】", "公共文化场馆免费开放"], "in the table's order");
}

#[test]
fn a_stand_in_row_with_indicators_typed_gets_no_project_table_and_no_score_sentence() {
    let mut draft = with_projects(&[("图书流动服务", "18", "17.5"), (UNLISTED_REST, "40", "39")]);
    let rows: Vec<_> = draft.projects().iter().map(|p| p.row).collect();
    for row in rows {
        draft.add_indicator(row, &[(C::Level1, "产出指标"), (C::Level2, "数量指标"), (C::Name, "流动服务点"), (C::Target, "≥20个"), (C::Actual, "22个"), (C::Points, "90")]);
    }
    let report = report_of(&draft);
    let tables: Vec<&str> = report.attachments.iter().filter(|a| a.title == project_table::TITLE).map(|a| a.blocks.iter().find_map(|b| if let Block::TableNote { left, .. } = b { Some(left.as_str()) } else { None }).unwrap_or("")).collect();
    assert_eq!(tables, ["项目名称：图书流动服务"], "附件3 has the project only");
    let sentence = project_part(&report).into_iter().map(|(text, _)| text).find(|t| t.contains("开展了绩效自评")).unwrap_or_default();
    assert!(sentence.starts_with("对其中1个项目开展了绩效自评：图书流动服务自评得分"), "never 对全部, never the stand-in's score: {sentence}");
    assert!(!sentence.contains(UNLISTED_REST), "{sentence}");
}

#[test]
fn the_word_file_prints_the_stand_in_as_its_gap() {
    let report = report_of(&with_projects(&[(UNLISTED_PROJECTS, "76", "75.3")]));
    // The package is stored, not compressed: its text reads as written.
    let document = String::from_utf8_lossy(&docx::docx(&report)).into_owned();
    assert!(document.contains("【此处填写项目明细：报告未分项的项目支出，预算76.00万元，实际支出75.30万元，请按项目逐项列出】"));
    assert!(!document.contains("共1个项目"));
}

#[test]
fn with_projects_not_split_yet_the_report_does_not_say_none_is_key() {
    let key_sentence = |draft: &Draft| {
        let report = report_of(draft);
        let at = report.body.iter().position(|b| matches!(b, Block::Heading3(h) if h.ends_with("重点支出安排率"))).unwrap_or_else(|| panic!("{:#?}", report.body));
        match &report.body[at + 1] {
            Block::Paragraph(text) => (text.clone(), None),
            Block::Fill { text, field } => (text.clone(), Some(field.clone())),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(
        key_sentence(&with_projects(&[("乡村文化广场建设", "80", "78"), (UNLISTED_REST, "25", "25")])),
        owned("重点支出安排率：【此处填写重点项目：项目支出尚未按项目拆分，拆分后标明重点项目】", Some(&project_field_id(1, P::Name)))
    );
    assert_eq!(key_sentence(&with_projects(&[("乡村文化广场建设", "80", "78")])), owned("重点支出安排率不适用：本年度未确定重点项目。", None), "split: as before");
}
