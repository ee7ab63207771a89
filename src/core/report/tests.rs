use super::*;
use crate::core::evaluation::evaluate;
use crate::core::examples;
use crate::core::calc::indicators::BLANK;

/// The day the tests' reports are printed: a blank 成文日期 reads as this.
const PRINTED: CivilDate = CivilDate { year: 2025, month: 3, day: 20 };

fn report_of(draft: &Draft) -> Report {
    build(draft, &evaluate(draft), PRINTED)
}

fn paragraphs(report: &Report) -> Vec<String> {
    report.body.iter().filter_map(|b| if let Block::Paragraph(text) | Block::Fill { text, .. } = b { Some(text.clone()) } else { None }).collect()
}

fn has_paragraph(report: &Report, expected: &str) -> bool {
    paragraphs(report).iter().any(|p| p == expected)
}

fn table_rows(report: &Report, table: usize) -> Vec<Vec<String>> {
    table_rows_of(report, 0, table)
}

fn table_rows_of(report: &Report, attachment: usize, table: usize) -> Vec<Vec<String>> {
    let tables: Vec<&Table> =
        report.attachments[attachment].blocks.iter().filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).collect();
    tables[table].rows.iter().map(|row| row.iter().map(|c| c.text.clone()).collect()).collect()
}

/// The seed with its second project's 年初预算 set to `initial` and these indicator rows (一级, 二级, 三级,
/// 指标值, 实际完成值, 分值), as a clerk types them.
pub(super) fn seed_with_indicators(initial: &str, rows: &[[&str; 6]]) -> Draft {
    use crate::core::draft::project::{IndicatorColumn as C, ProjectColumn as P};
    let mut draft = examples::taojiang_2024();
    let row = draft.projects()[1].row;
    draft.set_project_cell(row, P::Initial, initial);
    for [level1, level2, name, target, actual, points] in rows {
        draft.add_indicator(row, &[(C::Level1, level1), (C::Level2, level2), (C::Name, name), (C::Target, target), (C::Actual, actual), (C::Points, points)]);
    }
    draft
}

/// A long unit name stands on its own title line, the year going down with the document's kind: no line
/// of 2号 type breaks inside the name; a short one keeps the year beside it.
#[test]
fn a_long_unit_name_has_the_titles_first_line_to_itself() {
    let mut draft = examples::taojiang_2024();
    let _ = draft.set("unit.name", "某某县人民政府办公室（县人民政府外事办公室）");
    assert_eq!(report_of(&draft).title_lines(), ["某某县人民政府办公室（县人民政府外事办公室）", "2024年度部门整体支出绩效自评报告"]);
    let _ = draft.set("unit.name", "某某县林业局");
    assert_eq!(report_of(&draft).title_lines(), ["某某县林业局2024年度", "部门整体支出绩效自评报告"]);
}

#[test]
fn the_seed_report_says_what_its_figures_say() {
    let report = report_of(&examples::taojiang_2024());
    assert_eq!(report.title_lines(), ["桃江县总工会2024年度", "部门整体支出绩效自评报告"]);
    for expected in [
        "本部门共有编制18个，其中行政编制7个、事业编制11个；实有在职人员18人，其中行政7人、事业11人；退休人员13人。",
        "2024年基本支出共计221.65万元，其中：人员经费支出209.95万元，公用经费支出11.60万元，其他基本支出0.10万元。",
        "2024年项目支出共计31.00万元，共2个项目：",
        "2．2024年春节送温暖资金，预算30.00万元，实际支出30.00万元。",
        "2024年公用经费控制率100.00%=（实际支出公用经费总额11.60万元/预算安排公用经费总额11.60万元）×100%。",
        "“三公”经费变动率不适用：本年度与上年度均未安排“三公”经费。",
        "2024年上年结转0.00万元，年初部门预算180.07万元，年中追加73.72万元，全年预算数253.79万元，全年支出252.65万元。",
        "2024年预算执行率99.55%=（支出合计252.65万元/全年预算数253.79万元）×100%（分母口径：全年预算数（含上年结转））。",
        "2024年预算控制率40.94%=（年中追加73.72万元/年初预算数180.07万元）×100%。",
        "2024年在职人员控制率100.00%=（在职人员数18人/编制数18人）×100%。",
    ] {
        assert!(has_paragraph(&report, expected), "missing: {expected}\nparagraphs: {:#?}", paragraphs(&report));
    }
    let adjusted = paragraphs(&report).into_iter().find(|p| p.starts_with("其中政策性追加")).unwrap();
    assert!(adjusted.contains("73.72万元（春节送温暖"), "{adjusted}");
    assert!(adjusted.ends_with("预算控制率（剔除政策性追加）0.00%=〔（年中追加73.72万元－政策性追加73.72万元）/年初预算数180.07万元〕×100%。"), "{adjusted}");
}

#[test]
fn a_blank_carryover_or_addition_is_left_out_rather_than_printed_as_zero() {
    let draft = examples::with(Draft::new(), &[("unit.year", "2025"), ("budget.initial", "64.5"), ("spend.personnel", "50"), ("spend.public", "9.3")]);
    let all = paragraphs(&report_of(&draft)).join("\n");
    assert!(all.contains("2025年年初部门预算64.50万元，全年预算数64.50万元，全年支出59.30万元。"), "{all}");
    assert!(!all.contains("上年结转0.00"), "{all}");
}

#[test]
fn not_applicable_is_never_printed_as_zero_percent() {
    let report = report_of(&examples::taojiang_2024());
    let all = paragraphs(&report).join("\n");
    assert!(!all.contains("变动率为0"), "{all}");
    assert!(!all.contains("“三公”经费变动率0"), "{all}");
}

#[test]
fn the_six_parts_come_in_order() {
    let report = report_of(&examples::taojiang_2024());
    let headings: Vec<&str> =
        report.body.iter().filter_map(|b| if let Block::Heading1(t) = b { Some(t.as_str()) } else { None }).collect();
    assert_eq!(
        headings,
        [
            "一、部门概况",
            "二、部门整体支出管理及使用情况",
            "三、部门整体支出绩效情况",
            "四、存在的主要问题",
            "五、产生问题的主要原因",
            "六、下步努力方向和改进措施"
        ]
    );
}

#[test]
fn typed_text_is_kept_verbatim_and_gaps_are_visible() {
    let mut draft = examples::taojiang_2024();
    draft.set("narrative.problems", "人员编制问题。\n\n  <script>alert('x')</script> & “引号” \n").unwrap();
    let report = report_of(&draft);
    assert!(has_paragraph(&report, "人员编制问题。"));
    assert!(has_paragraph(&report, "<script>alert('x')</script> & “引号”"));
    let fill = Block::Fill { text: "【此处填写下步努力方向和改进措施】".into(), field: "narrative.improvements".into() };
    assert!(report.body.contains(&fill), "the reminder leads to the field");
}

#[test]
fn the_method_used_is_named_in_the_sentence() {
    let mut draft = examples::hunan_2018();
    draft.set("method.sangong_basis", "budget").unwrap();
    let report = report_of(&draft);
    let execution = paragraphs(&report).into_iter().find(|p| p.contains("预算完成率99.27%")).unwrap();
    assert!(execution.ends_with("（按湖南预算完成率口径计算）。"), "{execution}");
    draft.set("method.staff_scope", "without_worker").unwrap();
    let staff = paragraphs(&report_of(&draft)).into_iter().find(|p| p.contains("在职人员控制率")).unwrap();
    assert!(staff.ends_with("（编制与在职人数不含工勤人员）。"), "{staff}");
}

#[test]
fn indicators_without_figures_are_left_out_but_zero_denominators_are_explained() {
    let report = report_of(&examples::taojiang_2024());
    let all = paragraphs(&report).join("\n");
    assert!(!all.contains("政府采购执行率"), "procurement was not entered");
    let mut draft = examples::taojiang_2024();
    draft.set("procurement.budget", "0").unwrap();
    draft.set("procurement.actual", "2").unwrap();
    let all = paragraphs(&report_of(&draft)).join("\n");
    assert!(all.contains("2024年政府采购执行率无法计算（实际政府采购金额2.00万元/政府采购预算0.00万元），原因是【此处填写】。"), "{all}");
}

/// Every sentence the body prints, placeholders included.
fn prose(report: &Report) -> Vec<String> {
    let text = |b: &Block| match b {
        Block::Paragraph(t) | Block::Fill { text: t, .. } => Some(t.clone()),
        _ => None,
    };
    report.body.iter().filter_map(text).collect()
}

#[test]
fn the_report_never_prints_the_tools_diagnosis() {
    let seed = examples::taojiang_2024();
    let drafts = [
        Draft::new(),
        seed.clone(),
        examples::with(seed.clone(), &[("procurement.budget", "0"), ("procurement.actual", "2"), ("public.budget", "")]),
        examples::with(seed, &[("sangong.budget", "5"), ("sangong.actual", "4"), ("staff.quota.admin", "0"), ("staff.quota.institution", "0")]),
        examples::hunan_2018(),
    ];
    for draft in &drafts {
        let report = report_of(draft);
        for sentence in prose(&report) {
            for diagnosis in ["缺少", "请说明", "请核对", "（未填）", "不适用：缺"] {
                assert!(!sentence.contains(diagnosis), "{diagnosis} in: {sentence}");
            }
        }
        // Nor do the attachments' tables (附件2's 偏差原因 of a row not yet scored).
        for attachment in &report.attachments {
            for block in &attachment.blocks {
                let Block::Table(table) = block else { continue };
                let cells = table.rows.iter().flatten();
                assert!(cells.clone().all(|c| !c.text.contains("缺少") && !c.text.contains("评分规则有误")), "{}", attachment.title);
            }
        }
    }
}

#[test]
fn a_missing_figure_leaves_a_blank_where_it_goes_and_says_the_rest() {
    let draft = examples::with(examples::taojiang_2024(), &[("public.budget", "")]);
    let leads_to = report_of(&draft).body.iter().find_map(|b| match b {
        Block::Fill { text, field } if text.contains("公用经费控制率") => Some(field.clone()),
        _ => None,
    });
    assert_eq!(leads_to.as_deref(), Some("public.budget"), "the sentence with a blank leads to the figure it lacks");
    assert!(has_paragraph(
        &report_of(&draft),
        "2024年公用经费控制率【此处填写】%=（实际支出公用经费总额11.60万元/预算安排公用经费总额【此处填写】万元）×100%。"
    ));
    let blank = prose(&report_of(&Draft::new()));
    assert!(blank.contains(&"本部门共有编制【此处填写】个；实有在职人员【此处填写】人。".to_string()), "{blank:#?}");
    assert!(blank.iter().any(|p| p.starts_with("基本支出共计【此处填写】万元，其中：人员经费支出【此处填写】万元")), "{blank:#?}");
}

#[test]
fn disclosure_says_what_was_entered_and_which_publication_was_late() {
    // The seed has the budget's publication date only.
    let seed = examples::taojiang_2024();
    assert!(has_paragraph(&report_of(&seed), "部门预算于【此处填写】批复、2024年1月25日公开；部门决算于【此处填写】批复、【此处填写】公开。"));
    let late = examples::with(
        seed,
        &[("disclosure.budget_approved", "2024-01-05"), ("disclosure.final_approved", "2024-10-01"), ("disclosure.final_published", "2024-11-12")],
    );
    assert!(has_paragraph(
        &report_of(&late),
        "部门预算于2024年1月5日批复、2024年1月25日公开，间隔20日，在批复后20日内公开；部门决算于2024年10月1日批复、2024年11月12日公开，间隔42日，超过批复后20日的公开时限22日。"
    ));
}

/// No project marked 重点: a unit without key projects cannot truly mark one, so the report says none was
/// set, in its own words, where a gap would stay on paper and keep the 打印前 notice up for good.
#[test]
fn key_spending_without_marked_projects_says_none_was_set() {
    let seed = examples::taojiang_2024();
    let report = report_of(&seed);
    let heading = report.body.iter().position(|b| matches!(b, Block::Heading3(t) if t.ends_with("．重点支出安排率"))).expect("the indicator keeps its place");
    assert_eq!(report.body[heading + 1], Block::Paragraph("重点支出安排率不适用：本年度未确定重点项目。".into()));
    assert!(!prose(&report).iter().any(|p| p.contains("重点支出安排率0") || p.contains("重点支出安排率（请")));
    let marked = examples::with(seed, &[("spend.projects.1.key", "true")]);
    assert!(has_paragraph(&report_of(&marked), "2024年重点支出安排率96.77%=（重点项目预算30.00万元/项目预算合计31.00万元）×100%。"));
}

fn headings(report: &Report) -> Vec<String> {
    report.body.iter().filter_map(|b| if let Block::Heading1(t) = b { Some(t.clone()) } else { None }).collect()
}

/// Problems written with their causes and the 原因 part left empty are one part, 四、存在的主要问题及原因,
/// and 六 becomes 五, as such reports are numbered; problems that name no cause keep 五 as a gap, which
/// says the other way out.
#[test]
fn problems_written_with_their_causes_are_one_part() {
    let together = examples::with(
        examples::taojiang_2024(),
        &[
            ("narrative.problems", "（一）部分项目资金拨付偏慢。原因是项目前期论证耗时较长。"),
            ("narrative.causes", " \n"),
            ("narrative.improvements", "加快项目前期工作。"),
        ],
    );
    let report = report_of(&together);
    assert_eq!(headings(&report)[3..], ["四、存在的主要问题及原因", "五、下步努力方向和改进措施"]);
    assert!(has_paragraph(&report, "（一）部分项目资金拨付偏慢。原因是项目前期论证耗时较长。"));
    assert!(!prose(&report).iter().any(|p| p.contains("产生问题的主要原因")), "no gap for what the report already says");

    let apart = examples::with(together.clone(), &[("narrative.problems", "食堂采购台账登记不全。")]);
    let report = report_of(&apart);
    assert_eq!(headings(&report)[3..], ["四、存在的主要问题", "五、产生问题的主要原因", "六、下步努力方向和改进措施"]);
    let gap = Block::Fill { text: "【此处填写产生问题的主要原因（或在“存在的主要问题”中一并写明原因）】".into(), field: "narrative.causes".into() };
    assert!(report.body.contains(&gap));

    // Causes typed in their own part are their own part, whatever the problems say.
    let both = examples::with(together, &[("narrative.causes", "对项目进度督促不够。")]);
    assert_eq!(headings(&report_of(&both))[3..], ["四、存在的主要问题", "五、产生问题的主要原因", "六、下步努力方向和改进措施"]);
}

/// A rate below zero is printed with the 公文's minus, in the 正文 and in 附件2's 实际完成值, never the
/// hyphen the form shows; a date's hyphen is no minus.
#[test]
fn a_rate_below_zero_is_printed_with_the_full_width_minus() {
    let cut = examples::with(
        examples::taojiang_2024(),
        &[("sangong.last_actual", "8"), ("sangong.actual", "6.8"), ("sangong.last_budget", "8"), ("sangong.budget", "7")],
    );
    let report = report_of(&cut);
    let all = prose(&report).join("\n");
    assert!(all.contains("“三公”经费变动率－12.50%"), "{all}");
    assert!(!all.contains("率-"), "{all}");
    let rows: Vec<Vec<String>> = table_rows_of(&report, 1, 1);
    let sangong = rows.iter().find(|r| r.iter().any(|c| c.contains("变动率"))).expect("a 三公 row");
    assert!(sangong.iter().any(|c| c.starts_with("－12.50%")), "{sangong:?}");
    assert!(!sangong.iter().any(|c| c.contains("-1")), "{sangong:?}");
    assert_eq!(wording::minus_sign("-3.5%，2024-01-05，A-1，-0.8分"), "－3.5%，2024-01-05，A-1，－0.8分");
}

#[test]
fn the_signature_is_the_unit_and_the_day_of_printing_unless_a_date_is_entered() {
    let seed = examples::taojiang_2024();
    let signature = report_of(&seed).signature;
    assert_eq!((signature.name.as_str(), signature.date.as_str()), ("桃江县总工会", "2025年3月20日"));
    let dated = examples::with(seed, &[("unit.signature_date", "2025年4月1日")]);
    assert_eq!(report_of(&dated).signature.date, "2025年4月1日");
    assert_eq!(report_of(&Draft::new()).signature.name, "【此处填写单位名称】");
}

/// A new draft's title is not a bare 部门整体支出绩效自评报告: the unit and the year it lacks are gaps, counted
/// above the preview and leading to their fields, as the 落款's name is.
#[test]
fn an_unnamed_units_title_leaves_its_name_and_year_to_fill() {
    let report = report_of(&Draft::new());
    assert_eq!(report.title_lines(), ["【此处填写单位名称】【此处填写评价年度】", "部门整体支出绩效自评报告"]);
    let fields: Vec<_> = report.title.iter().flatten().filter_map(|run| run.field).collect();
    assert_eq!(fields, ["unit.name", "unit.year"]);
    let named = examples::with(Draft::new(), &[("unit.name", "某某县林业局")]);
    assert_eq!(report_of(&named).title_lines(), ["某某县林业局【此处填写评价年度】", "部门整体支出绩效自评报告"]);
    assert_eq!(report_of(&named).gaps().to_fill + 4, report.gaps().to_fill, "the title, the 落款 and 附件1/附件2's 填报单位");
}

#[test]
fn a_date_typed_but_unreadable_is_left_to_fill_never_replaced_by_the_day_of_printing() {
    let seed = examples::taojiang_2024();
    let before = report_of(&seed).gaps().to_fill;
    for typed in ["26年4月8日", "四月三十一日", "2025年4月31日"] {
        let report = report_of(&examples::with(seed.clone(), &[("unit.signature_date", typed)]));
        assert_eq!(report.signature.date, "【此处填写成文日期】", "{typed}");
        assert_eq!(report.gaps().to_fill, before + 1, "{typed}: counted above the preview");
    }
    let yearless = examples::with(seed.clone(), &[("unit.signature_date", "四月八日")]);
    assert_eq!(report_of(&yearless).signature.date, "2025年4月8日", "without its year: the year after the year evaluated");
    let blank = examples::with(seed, &[("unit.signature_date", "　")]);
    assert_eq!(report_of(&blank).signature.date, "2025年3月20日", "blank: the day of printing");
}

#[test]
fn the_attachment_note_lists_the_attachments_the_report_carries() {
    let report = report_of(&examples::taojiang_2024());
    let note: Vec<String> = closing::attachment_note(&report.attachments).into_iter().map(|l| l.text).collect();
    assert_eq!(note, ["附件：1．部门整体支出绩效评价基础数据表", "2．部门整体支出绩效自评表"]);
    let titles: Vec<&str> = report.attachments.iter().map(|a| a.title.as_str()).collect();
    assert!(note.iter().zip(&titles).all(|(line, title)| line.ends_with(title)));
}

#[test]
fn the_basic_data_table_has_its_rows_and_columns() {
    let report = report_of(&examples::taojiang_2024());
    assert_eq!(report.attachments[0].title, "部门整体支出绩效评价基础数据表");
    assert_eq!(table_rows(&report, 0), vec![vec!["18", "18", "100.00%"]]);
    let rows = table_rows(&report, 1);
    let find = |label: &str| rows.iter().find(|r| r[0] == label).unwrap_or_else(|| panic!("{label}: {rows:?}")).clone();
    assert_eq!(find("支出总额"), ["支出总额", "", "253.79", "252.65"]);
    // 基本支出全年预算数 left blank: the 全年预算数 less the projects' budgets (253.79 − 31).
    assert_eq!(find("1．基本支出"), ["1．基本支出", "", "222.79", "221.65"]);
    assert_eq!(find("其中：公用经费"), ["其中：公用经费", "", "11.60", "11.60"]);
    assert_eq!(find("2．项目支出"), ["2．项目支出", "", "31.00", "31.00"]);
    assert_eq!(find("2024年春节送温暖资金"), ["2024年春节送温暖资金", "", "30.00", "30.00"]);
    let mut carried = examples::taojiang_2024();
    let first = carried.projects()[1].row;
    carried.set_project_cell(first, crate::core::draft::project::ProjectColumn::PriorActual, "27.4");
    let rows = table_rows(&report_of(&carried), 1);
    assert!(rows.contains(&vec!["2024年春节送温暖资金".into(), "27.40".into(), "30.00".into(), "30.00".into()]), "{rows:?}");
    assert_eq!(find("3．“三公”经费"), ["3．“三公”经费", "0.00", "0.00", "0.00"]);
    assert_eq!(find("5．预算调整（年中追加－年中调减）"), ["5．预算调整（年中追加－年中调减）", "", "73.72", ""]);
}

#[test]
fn the_buildings_keep_a_caption_and_none_built_is_one_line() {
    let blocks = |draft: &Draft| report_of(draft).attachments[0].blocks.clone();
    let none = blocks(&examples::taojiang_2024());
    let line = "楼堂馆所：本年度无新建楼堂馆所，规模控制率、投资控制率不适用".to_string();
    assert_eq!(none.last(), Some(&Block::note(line, "")), "one line rather than a table of blanks");
    assert_eq!(none.iter().filter(|b| matches!(b, Block::Table(_))).count(), 2, "staffing and expenses only");

    let built = examples::with(examples::taojiang_2024(), &[("buildings.approved_scale", "1200"), ("buildings.actual_scale", "1260")]);
    let built = blocks(&built);
    let [.., Block::TableNote { left, .. }, Block::Table(table)] = built.as_slice() else { panic!("{built:?}") };
    assert_eq!(left, "楼堂馆所", "its caption, printed with it");
    assert_eq!(table.rows[0][2].text, "105.00%");
}

#[test]
fn part_three_states_the_score_and_grade() {
    let report = report_of(&examples::taojiang_2024());
    let sentence = paragraphs(&report).into_iter().find(|p| p.contains("自评得分")).unwrap();
    assert_eq!(
        sentence,
        "根据《湖南省部门整体支出绩效评价指标表》，经自评，本部门2024年度部门整体支出绩效自评得分为34.00分，尚有11项（共58分）待评分，总分为暂计、等级待定（详见附件2）。"
    );
}

#[test]
fn a_total_with_rows_waiting_has_no_grade_until_they_are_scored() {
    use crate::core::draft::fields::{score_field_id, ScoreField};
    use crate::core::scoring::rules::plain;
    // A 林业站 that has typed its staffing and nothing else: its few points so far are no 差.
    let started = examples::with(Draft::new(), &[("unit.name", "某乡林业工作站"), ("unit.year", "2025"), ("staff.quota.institution", "5"), ("staff.actual.institution", "4")]);
    let scores = evaluate(&started).scores;
    assert_eq!(scores.grade_text(), "待定");
    let waiting = scores.pending_text().unwrap_or_default();
    assert!(waiting.starts_with("尚有") && waiting.ends_with("分）待评分"), "{waiting}");
    // Every waiting row of the seed scored in full by hand: the total is final and graded.
    let seed = examples::taojiang_2024();
    let pending: Vec<(String, String)> =
        evaluate(&seed).scores.pending().map(|r| (score_field_id(&r.row.id, ScoreField::Score), plain(r.row.points))).collect();
    let changes: Vec<(&str, &str)> = pending.iter().map(|(field, points)| (field.as_str(), points.as_str())).collect();
    let scored = examples::with(seed, &changes);
    let scores = evaluate(&scored).scores;
    assert_eq!((scores.pending_text(), scores.grade_text()), (None, "优"));
    let report = report_of(&scored);
    let sentence = paragraphs(&report).into_iter().find(|p| p.contains("自评得分")).unwrap();
    assert!(sentence.ends_with("自评得分为92.00分，等级为“优”（详见附件2）。"), "{sentence}");
}

#[test]
fn an_empty_draft_reports_no_score_as_the_form_shows_none() {
    // Nothing typed: the rows for buildings a unit does not have score in full, but that is no 自评得分.
    let report = report_of(&Draft::new());
    let sentence = report.body.iter().find_map(|b| match b {
        Block::Fill { text, field } if text.contains("自评得分") => Some((text.clone(), field.clone())),
        _ => None,
    });
    let (text, field) = sentence.expect("the score sentence is a gap leading to the first figure");
    assert_eq!(text, "根据《湖南省部门整体支出绩效评价指标表》，经自评，本部门整体支出绩效自评得分为【此处填写】分，等级为“【此处填写】”（详见附件2）。");
    assert_eq!(field, "staff.quota.admin");
    let total = table_rows_of(&report, 1, 1).pop().unwrap_or_default();
    assert!(total.ends_with(&["—".to_string(), "自评等级：—".to_string()]), "附件2's 总分 and 等级 agree: {total:?}");
    // A year but no figures: the year is said once, and 部门 once.
    let dated = prose(&report_of(&examples::with(Draft::new(), &[("unit.year", "2025")])));
    assert!(dated.iter().any(|p| p.contains("本部门2025年度部门整体支出绩效自评得分为【此处填写】分")), "{dated:#?}");
}

/// The marks of tables still waiting for scores (【尚有N项…未评分…】) and the fields they lead to.
fn unscored_marks(report: &Report) -> Vec<(String, String)> {
    let blocks = report.attachments.iter().flat_map(|a| a.blocks.iter());
    blocks
        .filter_map(|b| match b {
            Block::Fill { text, field } if text.starts_with(UNSCORED) => Some((text.clone(), field.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_row_waiting_for_its_score_is_marked_apart_and_leads_to_where_it_is_scored() {
    use crate::core::draft::project::{IndicatorColumn as C, ProjectColumn as P};
    // Every figure the rubric reads typed and every manual row scored in full but 资产管理安全性; the 附件3
    // of one project with a result not yet typed.
    let mut draft = examples::with(
        examples::taojiang_2024(),
        &[("disclosure.budget_approved", "2024-01-10"), ("assets.in_use", "90"), ("assets.total", "100")],
    );
    let manual: Vec<(String, String)> = evaluate(&draft)
        .scores
        .rows
        .iter()
        .filter(|r| r.is_manual() && r.row.id != "asset_security")
        .map(|r| (format!("score.{}", r.row.id), r.row.points.to_string()))
        .collect();
    for (field, points) in &manual {
        draft.set(field, points).unwrap();
    }
    let row = draft.projects()[1].row;
    draft.set_project_cell(row, P::Initial, "30");
    draft.add_indicator(row, &[(C::Level1, "产出指标"), (C::Level2, "数量指标"), (C::Name, "走访困难家庭"), (C::Target, "≥200户"), (C::Actual, "214户"), (C::Points, "50")]);
    draft.add_indicator(row, &[(C::Level1, "满意度指标"), (C::Level2, "服务对象满意度指标"), (C::Name, "受访家庭满意度"), (C::Target, "≥85%"), (C::Points, "40")]);
    let report = report_of(&draft);
    assert_eq!(
        unscored_marks(&report),
        [
            ("【尚有1项未评分，总分与等级为暂计】".to_string(), "score.asset_security".to_string()),
            ("【尚有1项指标未评分，总分与等级为暂计】".to_string(), "spend.projects.1.indicators.1.actual".to_string()),
        ]
    );
    let gaps = report.gaps();
    assert_eq!(gaps.unscored, 2);
    let notice = gaps.notice().unwrap_or_default();
    assert!(notice.contains("2处评分为暂计（标为【尚有…项未评分…】）"), "{notice}");
    assert!(!notice.contains(&format!("{}处待填写", gaps.to_fill + 2)), "a 暂计 mark is not counted as a 【此处填写…】: {notice}");
    // A row that waits for a figure leads to the figure.
    let undated = examples::with(draft, &[("disclosure.budget_approved", ""), ("score.asset_security", "3")]);
    let marks = unscored_marks(&report_of(&undated));
    assert_eq!(marks[0].1, "disclosure.budget_approved");
}

#[test]
fn attachment_two_has_the_funds_block_and_every_scored_row() {
    let draft = examples::with(examples::taojiang_2024(), &[("rubric.preset", "self_evaluation")]);
    let report = report_of(&draft);
    assert_eq!(report.attachments.len(), 2);
    let second = &report.attachments[1];
    assert_eq!(second.title, "部门整体支出绩效自评表");
    let tables: Vec<&Table> = second.blocks.iter().filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).collect();
    let text = |row: &Vec<Cell>| row.iter().map(|c| c.text.clone()).collect::<Vec<_>>();
    assert_eq!(text(&tables[0].rows[0]), ["年度资金总额", "180.07", "253.79", "252.65", "10", "99.55%", "9.96"]);
    assert_eq!(text(&tables[0].rows[2]), ["其中：项目支出", "", "31.00", "31.00", "—", "100.00%", "—"]);
    let indicators = &tables[1];
    assert_eq!(indicators.head.len(), 8);
    // The first row opens the 产出指标 group (8 rows) and its 数量指标 subgroup (1 row).
    assert_eq!(indicators.rows[0][0].text, "产出指标");
    assert_eq!(indicators.rows[0][0].rowspan, 8);
    assert_eq!(indicators.rows[0][1].rowspan, 1);
    assert_eq!(text(&indicators.rows[0])[2..], ["年度重点工作任务完成数", "按年度工作计划", "", "10", "待评", ""]);
    let control = indicators.rows.iter().find(|r| r.iter().any(|c| c.text == "预算控制率")).unwrap();
    assert_eq!(text(control)[text(control).len() - 4..], ["40.94%", "5", "0.00", "40.94%，高于30%，得0.00分"]);
    let total = indicators.rows.last().unwrap();
    // Rows still wait for a score: the grade is not given yet.
    assert_eq!(text(total), ["总分", "100", "24.96", "自评等级：待定"]);
}

#[test]
fn every_evaluated_project_has_its_table_in_attachment_3_and_the_body_says_how_it_scored() {
    use crate::core::draft::project::{IndicatorColumn as C, ProjectColumn as P};
    let mut draft = examples::taojiang_2024();
    let row = draft.projects()[1].row;
    draft.set_project_cell(row, P::Initial, "30");
    for (name, level2, target, actual, points) in [("慰问困难职工户数", "数量指标", "≥300户", "312户", "50"), ("受助职工满意度", "服务对象满意度指标", "≥90%", "96%", "40")] {
        let level1 = if points == "50" { "产出指标" } else { "满意度指标" };
        draft.add_indicator(row, &[(C::Level1, level1), (C::Level2, level2), (C::Name, name), (C::Target, target), (C::Actual, actual), (C::Points, points)]);
    }
    draft.add_indicator(row, &[(C::Level1, "效益指标"), (C::Level2, "生态效益指标")]);
    let report = build(&draft, &evaluate(&draft), PRINTED);
    assert_eq!(Attachment::numbers(&report.attachments), [1, 2, 3]);
    let third: Vec<_> = report.attachments.iter().filter(|a| a.title == "项目支出绩效自评表").collect();
    assert_eq!(third.len(), 1, "one table for the one evaluated project");
    let text = format!("{:?}", third[0].blocks);
    assert!(text.contains("项目名称：2024年春节送温暖资金"), "{text}");
    assert!(text.contains("慰问困难职工户数") && text.contains("312户"));
    assert!(!text.contains("生态效益指标"), "an unused template row is not printed");
    assert!(text.contains("\"100.00\""), "{text}");
    let note: Vec<String> = closing::attachment_note(&report.attachments).into_iter().map(|p| p.text).collect();
    assert_eq!(note.last().map(String::as_str), Some("3．项目支出绩效自评表"));
    let body = format!("{:?}", report.body);
    assert!(body.contains("对其中1个项目开展了绩效自评：2024年春节送温暖资金自评得分100.00分，等级为优（详见附件3）。"), "{body}");
}

#[test]
fn an_unnamed_project_leaves_the_same_gap_in_the_body_and_every_attachment() {
    use crate::core::draft::project::{IndicatorColumn as C, ProjectColumn as P};
    let mut draft = examples::taojiang_2024();
    let row = draft.projects()[1].row;
    draft.set_project_cell(row, P::Name, "");
    draft.set_project_cell(row, P::Initial, "30");
    draft.add_indicator(row, &[(C::Level1, "产出指标"), (C::Level2, "数量指标"), (C::Name, "发放慰问金户数"), (C::Target, "≥100户"), (C::Actual, "104户"), (C::Points, "90")]);
    let text = copied_text(&build(&draft, &evaluate(&draft), PRINTED));
    assert!(!text.contains("项目2"), "no made-up name in a filed report: {text}");
    for place in ["2．【此处填写项目名称】，预算", "【此处填写项目名称】\t\t30.00", "项目名称：【此处填写项目名称】", "【此处填写项目名称】自评得分"] {
        assert!(text.contains(place), "{place} in {text}");
    }
}

#[test]
fn attachment_3_prints_what_the_unit_wrote_and_leaves_out_tables_without_indicators() {
    use crate::core::draft::project::{IndicatorColumn as C, ProjectColumn as P};
    let mut draft = examples::taojiang_2024();
    let (first, second) = (draft.projects()[0].row, draft.projects()[1].row);
    // The first project: only its funds typed on the 项目自评 screen, no indicator yet.
    draft.set_project_cell(first, P::Initial, "1");
    // The second: a low execution explained, a missed target without a reason, one with a reason.
    draft.set_project_cell(second, P::Initial, "30");
    draft.set_project_cell(second, P::FundsReason, "慰问对象核减，资金按实际发放");
    let rows = [
        ("慰问困难职工户数", "数量指标", "≥300户", "240户", "50", ""),
        ("受助职工满意度", "服务对象满意度指标", "≥90%", "80%", "40", "个别职工反映发放不及时，下年提前发放"),
    ];
    for (name, level2, target, actual, points, reason) in rows {
        let level1 = if points == "50" { "产出指标" } else { "满意度指标" };
        draft.add_indicator(second, &[(C::Level1, level1), (C::Level2, level2), (C::Name, name), (C::Target, target), (C::Actual, actual), (C::Points, points), (C::Reason, reason)]);
    }
    let evaluation = evaluate(&draft);
    assert!(evaluation.findings.iter().any(|f| f.code.id() == "project_not_evaluated" && f.message.contains("尚未填写绩效指标")), "the clerk is told");
    let report = build(&draft, &evaluation, PRINTED);
    let third: Vec<_> = report.attachments.iter().filter(|a| a.title == "项目支出绩效自评表").collect();
    assert_eq!(third.len(), 1, "no table for the project without indicators");
    let text = format!("{:?}", third[0].blocks);
    assert!(text.contains("执行率偏低或预算调整的原因：慰问对象核减，资金按实际发放"), "{text}");
    assert!(text.contains("个别职工反映发放不及时，下年提前发放"), "{text}");
    assert!(!text.contains("按比例得"), "the app's working is not the unit's analysis: {text}");
    let body = format!("{:?}", report.body);
    assert!(body.contains("对其中1个项目开展了绩效自评：2024年春节送温暖资金自评得分"), "{body}");
}

/// The report as a clerk copies it out of the preview: paragraphs, each attachment's label and title, and
/// table rows as tab-separated lines.
fn copied_text(report: &Report) -> String {
    let mut lines: Vec<String> = report.title_lines();
    let mut blocks = |blocks: &[Block]| {
        for block in blocks {
            match block {
                Block::Heading1(t) | Block::Heading2(t) | Block::Heading3(t) | Block::Paragraph(t) => lines.push(t.clone()),
                Block::Fill { text, .. } => lines.push(text.clone()),
                Block::TableNote { left, right, .. } => lines.push(format!("{left}\t{right}")),
                Block::Table(table) => {
                    lines.push(table.head.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join("\t"));
                    lines.extend(table.rows.iter().map(|row| row.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join("\t")));
                }
            }
        }
    };
    blocks(&report.body);
    for (attachment, number) in report.attachments.iter().zip(Attachment::numbers(&report.attachments)) {
        blocks(&[Block::Paragraph(Attachment::label(number)), Block::Paragraph(attachment.title.clone())]);
        blocks(&attachment.blocks);
    }
    lines.join("\n")
}

#[test]
fn the_tools_own_report_of_consistent_figures_passes_its_own_audit() {
    let mut draft = examples::taojiang_2024();
    for (id, value) in [("spend.closing_balance", "1.14"), ("spend.projects.0.name", "档案数字化"), ("spend.projects.1.name", "职工书屋建设")] {
        draft.set(id, value).unwrap();
    }
    let text = copied_text(&report_of(&draft));
    let audit = crate::core::audit::audit(&text);
    let wrong: Vec<_> = audit.claims.iter().filter(|c| c.verdict == crate::core::audit::Verdict::Mismatch).map(|c| (&c.stated, &c.detail)).collect();
    assert!(wrong.is_empty(), "{wrong:#?}\n{text}");
}

#[test]
fn the_tools_own_report_with_its_project_tables_passes_its_own_audit() {
    use crate::core::draft::project::{IndicatorColumn as C, ProjectColumn as P};
    let mut draft = examples::taojiang_2024();
    for (id, value) in [("spend.closing_balance", "1.14"), ("spend.projects.0.name", "档案数字化"), ("spend.projects.1.name", "职工书屋建设")] {
        draft.set(id, value).unwrap();
    }
    for (n, initial) in [(0, "1"), (1, "28")] {
        let row = draft.projects()[n].row;
        draft.set_project_cell(row, P::Initial, initial);
        draft.add_indicator(row, &[(C::Level1, "产出指标"), (C::Level2, "数量指标"), (C::Name, "完成件数"), (C::Target, "≥10件"), (C::Actual, "12件"), (C::Points, "90")]);
    }
    let text = copied_text(&report_of(&draft));
    let audit = crate::core::audit::audit(&text);
    let judged_wrongly: Vec<_> =
        audit.claims.iter().filter(|c| c.verdict != crate::core::audit::Verdict::Ok).map(|c| (&c.stated, &c.detail)).collect();
    assert!(judged_wrongly.is_empty(), "{judged_wrongly:#?}\n{text}");
}

/// A county water bureau's year as a clerk fills it in, every figure agreeing with the others: three projects
/// whose 自评表 explain their own 年中追加 and 调减 in figures (as the department's own 追加 and 调减 are
/// stated in the 正文), and the “三公” budget cut on last year's.
fn water_bureau_2025() -> Draft {
    use crate::core::draft::project::{IndicatorColumn as C, ProjectColumn as P};
    let mut draft = Draft::new();
    for (id, value) in [
        ("unit.name", "某某县水利局"),
        ("unit.year", "2025"),
        ("unit.signature_date", "2026-03-12"),
        ("staff.quota.admin", "9"),
        ("staff.quota.institution", "20"),
        ("staff.actual.admin", "9"),
        ("staff.actual.institution", "18"),
        ("staff.retired", "15"),
        ("budget.carryover", "22.4"),
        ("budget.initial", "980.6"),
        ("budget.additions", "310"),
        ("budget.policy_additions", "260"),
        ("budget.policy_reason", "防汛抗旱及水毁修复资金"),
        ("budget.reductions", "12.5"),
        ("budget.basic", "580.5"),
        ("funds.basic.initial", "508.6"),
        ("spend.personnel", "486.3"),
        ("spend.public", "71.25"),
        ("public.budget", "74"),
        ("spend.closing_balance", "44.05"),
        ("sangong.budget", "16"),
        ("sangong.actual", "14.2"),
        ("sangong.last_budget", "18.5"),
        ("sangong.last_actual", "17.1"),
        ("procurement.budget", "210"),
        ("procurement.actual", "198.4"),
        ("assets.in_use", "3520.8"),
        ("assets.total", "3600"),
        ("disclosure.budget_approved", "2025-01-16"),
        ("disclosure.budget_published", "2025-02-03"),
        ("unit.duties", "负责全县水资源的合理开发利用，组织实施水利工程建设与运行管理，承担水旱灾害防御的技术支撑工作。"),
        ("unit.structure", "局机关内设办公室、计划财务股、水利工程股3个股室，下设县水利工程管理站1个二级机构。"),
        ("narrative.performance", "全年治理中小河流河段3处，完成小型水库除险加固2座，农村供水保障水平稳步提高。"),
        ("narrative.problems", "一是项目前期工作不够扎实；二是工程结算进度偏慢。"),
        ("narrative.causes", "汛期较长，部分工程延后开工。"),
        ("narrative.improvements", "一是提前做好项目储备；二是加快工程审计结算。"),
        ("score.management_system", "4"),
        ("score.management_system.reason", "财务、采购、资产等制度健全并有效执行"),
        ("score.fund_compliance", "4"),
        ("score.fund_compliance.reason", "未发现违规使用资金"),
        ("score.asset_system", "3"),
        ("score.asset_system.reason", "资产管理制度健全"),
        ("score.asset_security", "3"),
        ("score.asset_security.reason", "年末清查账实相符"),
        ("score.output_completion.actual", "100%"),
        ("score.output_timeliness.actual", "100%"),
        ("score.output_quality.actual", "98%"),
        ("score.performance_benefit", "9"),
        ("score.performance_benefit.reason", "防洪效益明显，个别指标量化不足"),
        ("score.satisfaction.actual", "92%"),
    ] {
        draft.set(id, value).unwrap();
    }
    // (名称, 全年预算, 实际支出, 年初预算, 执行率偏低或预算调整的原因)
    let projects = [
        ("中小河流治理工程", "520", "508.6", "300", "年中追加中央水利发展资金220万元，全年预算调增至520万元。"),
        ("小型水库除险加固", "140", "131.2", "100", "年中追加省级除险加固补助40万元，工程尾款8.8万元待审计结算后支付。"),
        ("农村供水工程维修养护", "60", "59.1", "72", "年中调减12万元，调剂用于防汛抢险。"),
    ];
    for (name, budget, actual, initial, reason) in projects {
        let row = draft.add_project();
        for (column, text) in [(P::Name, name), (P::Budget, budget), (P::Actual, actual), (P::Initial, initial), (P::FundsReason, reason)] {
            draft.set_project_cell(row, column, text);
        }
        draft.set_project_cell(row, P::GoalExpected, "按期完成年度建设任务，追加资金当年使用完毕。");
        draft.set_project_cell(row, P::GoalActual, "年度任务全部完成，追加资金已全部拨付。");
        for (level1, level2, indicator, target, done, points) in [
            ("产出指标", "数量指标", "完成治理任务", "≥3处", "3处", "50"),
            ("效益指标", "社会效益指标", "受益群众", "≥1.2万人", "1.3万人", "30"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94%", "10"),
        ] {
            draft.add_indicator(row, &[(C::Level1, level1), (C::Level2, level2), (C::Name, indicator), (C::Target, target), (C::Actual, done), (C::Points, points)]);
        }
    }
    draft
}

/// What the audit of `text` did not find right: every claim not 相符, and its remarks.
fn not_borne_out(text: &str) -> (Vec<(String, String)>, Vec<String>) {
    let audit = crate::core::audit::audit(text);
    let claims = audit.claims.iter().filter(|c| c.verdict != crate::core::audit::Verdict::Ok).map(|c| (c.stated.clone(), c.detail.clone())).collect();
    (claims, audit.remarks)
}

#[test]
fn the_tools_own_report_with_projects_adjusted_mid_year_passes_its_own_audit_as_text_and_as_word() {
    let draft = water_bureau_2025();
    let evaluation = evaluate(&draft);
    assert!(!evaluation.findings.iter().any(|f| f.severity == crate::core::calc::findings::Severity::Error), "a consistent draft: {:#?}", evaluation.findings);
    let report = report_of(&draft);
    let text = copied_text(&report);
    assert!(text.contains("年中追加中央水利发展资金220万元") && text.contains("年中调减12万元") && text.contains("－13.51%"), "{text}");
    let (claims, remarks) = not_borne_out(&text);
    assert!(claims.is_empty() && remarks.is_empty(), "{claims:#?}\n{remarks:#?}\n{text}");
    // The Word file's text, as the 审校 reads a .docx.
    let file = super::docx::docx(&report);
    let (_, body) = crate::core::audit::word::zip::locate(&file, crate::core::audit::word::DOCUMENT).unwrap();
    let word = crate::core::audit::word::document::text(&file[body]).unwrap();
    assert!(word.contains("年中追加省级除险加固补助40万元"), "{word}");
    let (claims, remarks) = not_borne_out(&word);
    assert!(claims.is_empty() && remarks.is_empty(), "{claims:#?}\n{remarks:#?}\n{word}");
}

#[test]
fn a_rescaled_project_table_gives_its_points_column_room_for_both_figures() {
    let draft = seed_with_indicators(
        "30",
        &[
            ["产出指标", "数量指标", "慰问困难职工户数", "≥300户", "312户", "50"],
            ["效益指标", "经济效益指标", "带动消费", "/", "/", "10"],
            ["满意度指标", "服务对象满意度指标", "受助职工满意度", "≥90%", "96%", "30"],
        ],
    );
    let report = report_of(&draft);
    let third = report.attachments.iter().find(|a| a.title == "项目支出绩效自评表").unwrap();
    let grid = third.blocks.iter().rev().find_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).unwrap();
    assert!(grid.rows.iter().flatten().any(|c| c.text.contains('（') && c.text.starts_with("50")), "a rescaled row: {:?}", grid.rows);
    assert_eq!(grid.widths[5], 14, "分值 fits “（55.56）” on its own line in Word");
    assert_eq!(grid.widths.iter().map(|w| u32::from(*w)).sum::<u32>(), 100);
}

#[test]
fn attachment_3_groups_rows_by_level_and_prints_figures_half_width() {
    // A 产出 row typed after the 满意度 row, as a clerk adds a forgotten one.
    let draft = seed_with_indicators(
        "30",
        &[
            ["产出指标", "数量指标", "慰问困难职工户数", "≥300户", "３１２户", "40"],
            ["满意度指标", "服务对象满意度指标", "受助职工满意度", "≥90%", "９２．３％", "30"],
            ["产出指标", "时效指标", "发放完成时间", "2024年2月底前", "2024年2月8日", "20"],
        ],
    );
    let report = report_of(&draft);
    let third = report.attachments.iter().find(|a| a.title == "项目支出绩效自评表").unwrap();
    let grid = third.blocks.iter().rev().find_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).unwrap();
    let names: Vec<&str> = grid.rows.iter().filter_map(|r| r.iter().find(|c| c.text.contains("慰问") || c.text.contains("发放完成") || c.text.contains("受助")).map(|c| c.text.as_str())).collect();
    assert_eq!(names, ["慰问困难职工户数", "发放完成时间", "受助职工满意度"], "产出 rows together");
    assert_eq!(grid.rows[0][0].rowspan, 2, "产出指标 once, over its two rows");
    let cells: Vec<&str> = grid.rows.iter().flatten().map(|c| c.text.as_str()).collect();
    assert!(cells.contains(&"312户") && cells.contains(&"92.3%"), "{cells:?}");
    let text = format!("{:?}", third.blocks);
    assert!(text.contains("项目资金（万元）") && !text.contains("单位：万元"), "the unit in the funds table's head: {text}");
}

#[test]
fn the_yueyang_surplus_row_is_printed_in_amounts_not_as_a_ratio() {
    let row_of = |balance: &str, carryover: &str| {
        let draft = examples::with(
            examples::taojiang_2024(),
            &[("rubric.preset", "yueyang"), ("spend.closing_balance", balance), ("budget.carryover", carryover)],
        );
        let report = report_of(&draft);
        let rows = table_rows_of(&report, 1, 1);
        let row = rows.into_iter().find(|r| r.iter().any(|c| c == "资金结余")).expect("the 资金结余 row");
        row[row.len() - 4..].to_vec()
    };
    assert_eq!(row_of("412.6", "238.05"), ["年末结转结余412.60万元", "3", "0.00", "年末结转结余412.60万元，超过上年结转238.05万元，得0.00分"]);
    assert_eq!(row_of("90", "238.05"), ["年末结转结余90.00万元", "3", "2.00", "年末结转结余90.00万元，未超过上年结转238.05万元，得2.00分"]);
    assert_eq!(row_of("0", "238.05"), ["年末无结余", "3", "3.00", ""]);
}

/// A water bureau's two projects, each with its 附件3 table scored: (name, 全年预算, 实际支出, 年初预算).
fn two_evaluated_projects(projects: [(&str, &str, &str, &str); 2]) -> Draft {
    use crate::core::draft::project::{IndicatorColumn as C, ProjectColumn as P};
    let mut draft = Draft::new();
    for (name, budget, actual, initial) in projects {
        let row = draft.add_project();
        for (column, text) in [(P::Name, name), (P::Budget, budget), (P::Actual, actual), (P::Initial, initial)] {
            draft.set_project_cell(row, column, text);
        }
        draft.add_indicator(row, &[(C::Level1, "产出指标"), (C::Level2, "数量指标"), (C::Name, "清淤河道长度"), (C::Target, "≥12公里"), (C::Actual, "12.4公里"), (C::Points, "90")]);
    }
    draft
}

/// Each 附件3 table's 年度总体目标 cells as printed, with the field each leads to.
fn goal_cells(report: &Report) -> Vec<(String, Option<String>)> {
    let tables = report.attachments.iter().filter(|a| a.title == project_table::TITLE).flat_map(|a| &a.blocks);
    tables
        .filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None })
        .filter(|t| t.head.first().is_some_and(|h| h.text.starts_with("年度总体目标")))
        .flat_map(|t| t.rows.iter().flatten().map(|c| (c.text.clone(), c.field.clone())))
        .collect()
}

#[test]
fn a_blank_annual_goal_is_counted_above_the_preview_and_leads_to_its_cell() {
    use crate::core::draft::project::ProjectColumn as P;
    let mut draft = two_evaluated_projects([("中小河流清淤", "420", "398.5", "400"), ("山塘除险加固", "86", "86", "80")]);
    let report = report_of(&draft);
    let blank = |field: &str| ("【此处填写】".to_string(), Some(field.to_string()));
    assert_eq!(
        goal_cells(&report),
        [
            blank("spend.projects.0.goal.expected"),
            blank("spend.projects.0.goal.actual"),
            blank("spend.projects.1.goal.expected"),
            blank("spend.projects.1.goal.actual"),
        ]
    );
    let before = report.gaps().to_fill;
    // One goal typed: it prints as written, leads nowhere, and the count drops by one.
    let first = draft.projects()[0].row;
    draft.set_project_cell(first, P::GoalExpected, "完成两条支流清淤，恢复行洪断面");
    let report = report_of(&draft);
    assert_eq!(goal_cells(&report)[0], ("完成两条支流清淤，恢复行洪断面".to_string(), None));
    assert_eq!(report.gaps().to_fill, before - 1);
    let notice = report.gaps().notice().unwrap_or_default();
    assert!(notice.contains(&format!("{}处待填写", before - 1)), "{notice}");
}

/// 附件2's 项目支出 row: 年初预算数, 全年预算数, 全年执行数.
fn projects_funds_row(draft: &Draft) -> Vec<String> {
    table_rows_of(&report_of(draft), 1, 0)[2][..4].to_vec()
}

#[test]
fn attachment_two_takes_the_projects_initial_budget_from_their_tables_when_left_blank() {
    let draft = two_evaluated_projects([("中小河流清淤", "420", "398.5", "400"), ("山塘除险加固", "86", "86", "80")]);
    assert_eq!(projects_funds_row(&draft), ["其中：项目支出", "480.00", "506.00", "484.50"]);
    // A figure typed there is what prints, and the clerk is asked about the difference.
    let typed = examples::with(draft.clone(), &[("funds.projects.initial", "500")]);
    assert_eq!(projects_funds_row(&typed)[1], "500.00");
    let evaluation = evaluate(&typed);
    let asked: Vec<_> = evaluation.findings.iter().filter(|f| f.fields == ["funds.projects.initial"]).collect();
    assert_eq!(asked.len(), 1, "{:?}", evaluation.findings);
    assert_eq!(asked[0].message, "附件2项目支出年初预算数500.00万元，与附件3各项目年初预算数之和480.00万元不符（相差20.00万元），请核对");
    let agreeing = examples::with(draft, &[("funds.projects.initial", "480")]);
    assert!(!evaluate(&agreeing).findings.iter().any(|f| f.fields == ["funds.projects.initial"]));
}

#[test]
fn one_project_without_its_initial_budget_leaves_attachment_two_blank_rather_than_a_part() {
    let draft = two_evaluated_projects([("中小河流清淤", "420", "398.5", "400"), ("山塘除险加固", "86", "86", "")]);
    assert_eq!(projects_funds_row(&draft)[1], "");
    let typed = examples::with(draft, &[("funds.projects.initial", "500")]);
    assert!(!evaluate(&typed).findings.iter().any(|f| f.fields == ["funds.projects.initial"]), "no sum to compare with");
}

#[test]
fn every_gap_printed_in_a_sentence_or_a_table_cell_is_counted_and_leads_to_a_field() {
    use crate::core::draft::project::ProjectColumn as P;
    // Half a draft: a year, one head count, a policy addition without the rest of the budget, a project
    // without a name or figures and an evaluated one without its goals.
    let mut draft = two_evaluated_projects([("", "", "", "12"), ("村级河长巡河补助", "36", "", "30")]);
    for (id, text) in [("unit.year", "2024"), ("staff.actual.admin", "9"), ("budget.additions", "20"), ("budget.policy_additions", "15")] {
        draft.set(id, text).unwrap();
    }
    let row = draft.projects()[0].row;
    draft.set_project_cell(row, P::Name, "");
    let report = report_of(&draft);
    let blocks: Vec<&Block> = report.body.iter().chain(report.attachments.iter().flat_map(|a| &a.blocks)).collect();
    let uncounted: Vec<String> = blocks
        .iter()
        .flat_map(|b| match b {
            Block::Paragraph(text) => vec![text.clone()],
            Block::Table(t) => t.rows.iter().flatten().filter(|c| c.field.is_none()).map(|c| c.text.clone()).collect(),
            Block::TableNote { left, right, field: None } => vec![format!("{left}{right}")],
            _ => Vec::new(),
        })
        .filter(|text| text.contains(FILL))
        .collect();
    assert!(uncounted.is_empty(), "printed but neither counted nor leading anywhere: {uncounted:?}");
    let fills = blocks.iter().filter(|b| matches!(b, Block::Fill { text, .. } if text.starts_with(FILL) || text.contains(FILL))).count();
    let cells = blocks.iter().map(|b| if let Block::Table(t) = b { t.rows.iter().flatten().filter(|c| c.field.is_some()).count() } else { 0 }).sum::<usize>();
    let notes: Vec<(&str, &str)> = blocks
        .iter()
        .filter_map(|b| if let Block::TableNote { left, field: Some(field), .. } = b { Some((left.as_str(), field.as_str())) } else { None })
        .collect();
    // 附件1 and 附件2 with no unit named; 附件3 of the unnamed project.
    assert_eq!(notes, [("填报单位：【此处填写单位名称】", "unit.name"), ("填报单位：【此处填写单位名称】", "unit.name"), ("项目名称：【此处填写项目名称】", "spend.projects.0.name")]);
    let title = report.title.iter().flatten().filter(|run| run.field.is_some()).count();
    let signature = [&report.signature.name, &report.signature.date].iter().filter(|line| line.starts_with(FILL)).count();
    assert_eq!(report.gaps().to_fill, fills + cells + notes.len() + title + signature);
    let leads = |prefix: &str| blocks.iter().find_map(|b| match b {
        Block::Fill { text, field } if text.starts_with(prefix) => Some(field.clone()),
        _ => None,
    });
    assert_eq!(leads("本部门共有编制").as_deref(), Some("staff.quota.admin"));
    assert_eq!(leads("2024年基本支出").as_deref(), Some("spend.personnel"));
    assert_eq!(leads("1．【此处填写项目名称】").as_deref(), Some("spend.projects.0.name"));
    assert_eq!(leads("2．村级河长巡河补助").as_deref(), Some("spend.projects.1.actual"));
    assert_eq!(leads("2024年年初部门预算").as_deref(), Some("budget.initial"));
}

/// A 渔业站 that typed its budget, spending and two projects, but never found 基本支出全年预算数.
fn fishery_without_basic_budget() -> Draft {
    use crate::core::draft::project::ProjectColumn as P;
    let mut draft = examples::with(
        Draft::new(),
        &[
            ("unit.name", "某县渔业技术推广站"),
            ("unit.year", "2025"),
            ("budget.carryover", "12.5"),
            ("budget.initial", "846"),
            ("budget.additions", "60"),
            ("budget.reductions", "8.5"),
            ("spend.personnel", "480.3"),
            ("spend.public", "152.7"),
        ],
    );
    for (name, budget, actual) in [("渔港码头维修", "150", "141.2"), ("水产苗种补贴", "95.6", "95.6")] {
        let row = draft.add_project();
        for (column, text) in [(P::Name, name), (P::Budget, budget), (P::Actual, actual)] {
            draft.set_project_cell(row, column, text);
        }
    }
    draft
}

/// A row's cells as printed, each with the field it leads to if it is a gap.
type PrintedRow = Vec<(String, Option<String>)>;

/// 附件1's 1．基本支出 row and 附件2's 其中：基本支出 row.
fn basic_rows(draft: &Draft) -> (PrintedRow, PrintedRow) {
    let report = report_of(draft);
    let row = |attachment: usize, table: usize, label: &str| {
        let tables: Vec<&Table> = report.attachments[attachment].blocks.iter().filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).collect();
        let row = tables[table].rows.iter().find(|r| r[0].text == label).unwrap_or_else(|| panic!("{label}"));
        row.iter().map(|c| (c.text.clone(), c.field.clone())).collect::<Vec<_>>()
    };
    (row(0, 1, "1．基本支出"), row(1, 0, "其中：基本支出"))
}

fn texts(cells: &[(String, Option<String>)]) -> Vec<&str> {
    cells.iter().map(|(text, _)| text.as_str()).collect()
}

#[test]
fn a_blank_basic_budget_is_the_years_budget_less_the_projects_budgets_wherever_it_is_shown() {
    let draft = fishery_without_basic_budget();
    // 全年预算数 12.5 + 846 + 60 − 8.5 = 910.00; the projects' 150 + 95.6 = 245.60; 基本支出 664.40.
    let (annex1, annex2) = basic_rows(&draft);
    assert_eq!(texts(&annex1), ["1．基本支出", "", "664.40", "633.00"]);
    // 全年预算数, 全年执行数 and the 执行率 on them (633 / 664.4).
    assert_eq!(texts(&annex2)[2..4], ["664.40", "633.00"]);
    assert_eq!(annex2[5].0, "95.27%");
    assert!(annex1.iter().chain(&annex2).all(|(_, field)| field.is_none()), "nothing left to fill: {annex1:?} {annex2:?}");
    // The form's funds block shows it too, and the parts add up: nothing to ask.
    let evaluation = evaluate(&draft);
    let sheet = crate::core::scoring::score_sheet::ScoreSheet::of(&draft, &evaluation.scores);
    assert_eq!(sheet.funds[1].cells[1], "664.40", "{:?}", sheet.funds);
    assert!(!evaluation.findings.iter().any(|f| f.fields.iter().any(|id| id == "budget.basic")), "{:?}", evaluation.findings);
}

#[test]
fn a_typed_basic_budget_prints_as_typed_and_is_checked_against_the_rest() {
    let typed = examples::with(fishery_without_basic_budget(), &[("budget.basic", "640")]);
    let (annex1, annex2) = basic_rows(&typed);
    assert_eq!(texts(&annex1)[2], "640.00");
    assert_eq!(texts(&annex2)[2], "640.00");
    let evaluation = evaluate(&typed);
    let asked: Vec<&str> = evaluation.findings.iter().filter(|f| f.fields.iter().any(|id| id == "budget.basic")).map(|f| f.message.as_str()).collect();
    assert_eq!(asked, ["附件2全年预算数：基本支出640.00万元与项目支出245.60万元之和885.60万元，不等于年度资金总额全年预算数910.00万元"]);
    let agreeing = examples::with(fishery_without_basic_budget(), &[("budget.basic", "664.4")]);
    assert!(!evaluate(&agreeing).findings.iter().any(|f| f.fields.iter().any(|id| id == "budget.basic")));
}

#[test]
fn a_basic_budget_that_cannot_be_worked_out_is_a_gap_counted_above_the_preview_leading_to_its_field() {
    use crate::core::draft::project::ProjectColumn as P;
    let gap = (BLANK.to_string(), Some("budget.basic".to_string()));
    // One project without its 全年预算数: the difference would count its budget as 基本支出's.
    let mut unbudgeted = fishery_without_basic_budget();
    let second = unbudgeted.projects()[1].row;
    unbudgeted.set_project_cell(second, P::Budget, "");
    // No projects listed yet: the whole budget is not 基本支出's; nor is an unreadable figure typed in its box.
    let mut unlisted = fishery_without_basic_budget();
    for row in unlisted.projects().iter().map(|p| p.row).collect::<Vec<_>>() {
        unlisted.remove_project(row);
    }
    let unreadable = examples::with(fishery_without_basic_budget(), &[("budget.basic", "六百")]);
    // The projects' budgets above the year's (年初预算 not typed yet): no negative 基本支出 is printed.
    let short = examples::with(fishery_without_basic_budget(), &[("budget.initial", "")]);
    for (case, draft) in [("unbudgeted", &unbudgeted), ("unlisted", &unlisted), ("unreadable", &unreadable), ("short", &short)] {
        let (annex1, annex2) = basic_rows(draft);
        assert_eq!(annex1[2], gap, "{case}: 附件1");
        assert_eq!(annex2[2], gap, "{case}: 附件2");
        assert_eq!(annex2[5].0, "—", "{case}: no rate");
    }
    // Both cells are counted above the preview; typed, neither is.
    let typed = examples::with(unbudgeted.clone(), &[("budget.basic", "664.4")]);
    assert_eq!(report_of(&unbudgeted).gaps().to_fill, report_of(&typed).gaps().to_fill + 2);
}

/// 附件1's 2．项目支出 row and 附件2's 其中：项目支出 row.
fn projects_rows(draft: &Draft) -> (PrintedRow, PrintedRow) {
    let report = report_of(draft);
    let row = |attachment: usize, table: usize, label: &str| {
        let tables: Vec<&Table> = report.attachments[attachment].blocks.iter().filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).collect();
        let row = tables[table].rows.iter().find(|r| r[0].text == label).unwrap_or_else(|| panic!("{label}"));
        row.iter().map(|c| (c.text.clone(), c.field.clone())).collect::<Vec<_>>()
    };
    (row(0, 1, "2．项目支出"), row(1, 0, "其中：项目支出"))
}

#[test]
fn the_projects_budget_with_one_project_unbudgeted_is_a_gap_leading_to_it_never_a_part_of_it() {
    use crate::core::draft::project::ProjectColumn as P;
    let mut draft = fishery_without_basic_budget();
    // 渔港码头维修 has spent 141.20 but its budget is not typed: 95.60 of 236.80 would print 247.70%.
    let first = draft.projects()[0].row;
    draft.set_project_cell(first, P::Budget, "");
    let gap = (BLANK.to_string(), Some("spend.projects.0.budget".to_string()));
    let (annex1, annex2) = projects_rows(&draft);
    assert_eq!(annex1[2], gap, "附件1: {annex1:?}");
    assert_eq!(annex1[3].0, "236.80");
    assert_eq!(annex2[2], gap, "附件2: {annex2:?}");
    assert_eq!(annex2[5].0, "—", "no 执行率 on a part of the budget");
    // The form's funds block prints no part either.
    let evaluation = evaluate(&draft);
    let sheet = crate::core::scoring::score_sheet::ScoreSheet::of(&draft, &evaluation.scores);
    assert_eq!(sheet.funds[2].cells[1..4], ["—", "236.80", "—"], "{:?}", sheet.funds);
    // Counted above the preview, with 基本支出's two and the body's line of the project; typed, the row
    // prints the whole sum and its rate.
    let budgeted = fishery_without_basic_budget();
    assert_eq!(report_of(&draft).gaps().to_fill, report_of(&budgeted).gaps().to_fill + 5);
    let (annex1, annex2) = projects_rows(&budgeted);
    assert_eq!((annex1[2].0.as_str(), annex2[2].0.as_str(), annex2[5].0.as_str()), ("245.60", "245.60", "96.42%"));
}

/// The notes above each 附件3 table (项目名称, 主管部门, 实施单位), each as (left, right).
fn project_notes(draft: &Draft) -> Vec<Vec<(String, String)>> {
    let report = report_of(draft);
    let tables = report.attachments.iter().filter(|a| a.title == project_table::TITLE);
    tables
        .map(|a| {
            let notes = a.blocks.iter().take_while(|b| !matches!(b, Block::Table(_)));
            notes.filter_map(|b| if let Block::TableNote { left, right, .. } = b { Some((left.clone(), right.clone())) } else { None }).collect()
        })
        .collect()
}

#[test]
fn a_long_implementing_unit_puts_each_unit_on_its_own_line_rather_than_break_the_department() {
    use crate::core::draft::project::ProjectColumn as P;
    let mut draft = two_evaluated_projects([("中小河流清淤", "420", "398.5", "400"), ("山塘除险加固", "86", "86", "80")]);
    let rows: Vec<_> = draft.projects().iter().map(|p| p.row).collect();
    for (row, implementer) in rows.iter().zip(["县水利工程管理站", "某县水旱灾害防御和水利工程建设管护中心（县河道堤防管理所）"]) {
        draft.set_project_cell(*row, P::Department, "某县水利局");
        draft.set_project_cell(*row, P::Implementer, implementer);
    }
    let notes = project_notes(&draft);
    let pair = |left: &str, right: &str| (left.to_string(), right.to_string());
    assert_eq!(notes[0][1..], [pair("主管部门：某县水利局", "实施单位：县水利工程管理站")], "both fit one line");
    assert_eq!(
        notes[1][1..],
        [pair("主管部门：某县水利局", ""), pair("实施单位：某县水旱灾害防御和水利工程建设管护中心（县河道堤防管理所）", "")],
        "too long for one line: each on its own"
    );
}

#[test]
fn attachment_two_says_by_which_method_its_budget_rate_was_worked_out() {
    // 附件2's indicator rows: 三级, 指标值, 实际完成值, …
    let actual_of = |draft: &Draft| {
        let rows = table_rows_of(&report_of(draft), 1, 1);
        rows.iter().find_map(|r| r.iter().find(|c| c.starts_with("99.55%")).cloned()).unwrap_or_else(|| panic!("{rows:?}"))
    };
    let seed = examples::taojiang_2024();
    assert_eq!(actual_of(&seed), "99.55%（分母口径：全年预算数（含上年结转））", "as the 正文 says it");
    let initial = examples::with(seed, &[("method.execution_denominator", "annual")]);
    assert_eq!(actual_of(&initial), "99.55%（分母口径：全年预算数（不含上年结转））");
}
