//! 自评表 as Word stores them: the 绩效指标 header over two rows (a heading spanning columns, `gridSpan`,
//! over the columns it names; the other headings merged down, `vMerge`), or a column merged down the whole
//! block. Each is audited as the same table copied as text under a one-row header is.

use super::document::text;
use crate::core::audit::{audit, Audit, Verdict};

/// A cell as written here: “{3}words” spans three columns of the grid, “[v]words” starts a cell merged
/// down, “[^]” goes on with the one above.
fn cell(spec: &str) -> String {
    let (props, words) = if let Some(rest) = spec.strip_prefix("[v]") {
        (r#"<w:vMerge w:val="restart"/>"#.to_string(), rest)
    } else if let Some(rest) = spec.strip_prefix("[^]") {
        ("<w:vMerge/>".to_string(), rest)
    } else if let Some((n, rest)) = spec.strip_prefix('{').and_then(|s| s.split_once('}')) {
        (format!(r#"<w:gridSpan w:val="{n}"/>"#), rest)
    } else {
        (String::new(), spec)
    };
    let run = if words.is_empty() { String::new() } else { format!("<w:r><w:t>{words}</w:t></w:r>") };
    format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p>{run}</w:p></w:tc>")
}

fn table(rows: &[Vec<String>]) -> String {
    let rows: String = rows.iter().map(|cells| format!("<w:tr>{}</w:tr>", cells.iter().map(|c| cell(c)).collect::<String>())).collect();
    format!("<w:tbl>{rows}</w:tbl>")
}

fn paragraph(words: &str) -> String {
    format!("<w:p><w:r><w:t>{words}</w:t></w:r></w:p>")
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// The text the Word reader gives a body of `blocks` (paragraphs and tables).
fn word(blocks: &[String]) -> String {
    let body = format!(r#"<w:document xmlns:w="w"><w:body>{}</w:body></w:document>"#, blocks.concat());
    text(body.as_bytes()).expect("well-formed")
}

/// Each claim as a reviewer reads it: what, the words quoted, the verdict and why.
fn read(audit: &Audit) -> Vec<(String, String, Verdict, String)> {
    audit.claims.iter().map(|c| (c.id.clone(), c.stated.clone(), c.verdict, c.detail.clone())).collect()
}

fn of<'a>(audit: &'a Audit, id: &str) -> Vec<(&'a str, Verdict, &'a str)> {
    audit.claims.iter().filter(|c| c.id == id).map(|c| (c.stated.as_str(), c.verdict, c.detail.as_str())).collect()
}

/// How the 绩效指标 header is laid out in Word.
#[derive(Clone, Copy, Debug)]
enum Header {
    /// “绩效指标” spanning 一级 / 二级 / 三级指标 in the row under it, every other heading merged down.
    Spanning,
    /// “一级指标” merged down, a group heading spanning the rest, the other headings in the row under it.
    Grouped,
    /// “绩效指标” a column of its own merged down the block, the headings on one row beside it.
    Column,
}

/// A 自评表: its funds row's name and figures, its 绩效指标 rows (一级, 二级, 三级, 年度指标值, 实际完成值,
/// 分值, 得分) and its 总分.
struct Sheet {
    title: &'static str,
    funds_heading: &'static str,
    funds: [&'static str; 6],
    rows: Vec<[String; 7]>,
    total: String,
}

const HEADINGS: [&str; 8] = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

impl Sheet {
    fn in_word(&self, header: Header) -> String {
        let lead = |cells: Vec<String>, merged: &str| match header {
            Header::Column => [vec![merged.to_string()], cells].concat(),
            _ => cells,
        };
        let funds_head = [vec![self.funds_heading.to_string()], row(&["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])].concat();
        let funds = [vec!["年度资金总额".to_string()], row(&self.funds)].concat();
        let mut rows = vec![lead(funds_head, "[v]资金"), lead(funds, "[^]")];
        let (goal, shown) = ("年度总体目标", "完成年度目标任务。");
        let mut blocks = vec![paragraph(self.title), paragraph("（2024年度）")];
        match header {
            Header::Column => {
                rows.push(row(&["[v]年度总体目标", "{3}预期目标", "{4}实际完成情况"]));
                rows.push(row(&["[^]", "{3}完成年度目标任务。", "{4}完成年度目标任务。"]));
                rows.push([vec!["[v]绩效指标".to_string()], row(&HEADINGS)].concat());
            }
            Header::Spanning | Header::Grouped => {
                blocks.push(table(&rows));
                blocks.push(paragraph(&format!("{goal}：{shown}")));
                rows = Vec::new();
            }
        }
        match header {
            Header::Spanning => {
                rows.push([vec!["{3}绩效指标".to_string()], HEADINGS[3..].iter().map(|h| format!("[v]{h}")).collect()].concat());
                rows.push([row(&HEADINGS[..3]), vec!["[^]".to_string(); 5]].concat());
            }
            Header::Grouped => {
                rows.push(row(&["[v]一级指标", "{7}指标及完成情况"]));
                rows.push([vec!["[^]".to_string()], row(&HEADINGS[1..])].concat());
            }
            Header::Column => {}
        }
        for indicator in &self.rows {
            rows.push(lead([indicator.to_vec(), vec![String::new()]].concat(), "[^]"));
        }
        rows.push(lead(row(&["{5}总分", "100", &self.total, ""]), "{1}"));
        blocks.push(table(&rows));
        blocks.push(paragraph("填表人：张某"));
        word(&blocks)
    }

    /// The same table copied as text: one row a line, its header on one line.
    fn as_text(&self) -> String {
        let mut lines = vec![self.title.to_string(), "（2024年度）".into()];
        lines.push(format!("{}\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", self.funds_heading));
        lines.push(format!("年度资金总额\t{}", self.funds.join("\t")));
        lines.push("年度总体目标：完成年度目标任务。".into());
        lines.push(HEADINGS.join("\t"));
        lines.extend(self.rows.iter().map(|r| format!("{}\t", r.join("\t"))));
        lines.push(format!("总分\t100\t{}\t", self.total));
        lines.push("填表人：张某".into());
        lines.join("\n") + "\n"
    }
}

fn indicator(cells: [&str; 7]) -> [String; 7] {
    cells.map(str::to_string)
}

/// A project's 自评表 (附件3) in figures of this test's own: 9.2 for the funds, 90 for the indicators.
fn project(flood_score: &str, total: &str) -> Sheet {
    Sheet {
        title: "附件3 项目支出绩效自评表（老旧小区雨污分流改造）",
        funds_heading: "项目资金（万元）",
        funds: ["80.00", "100.00", "92.00", "10", "92.00%", "9.2"],
        rows: vec![
            indicator(["产出指标", "数量指标", "改造小区数量", "≥12个", "13个", "20", "20"]),
            indicator(["", "质量指标", "工程验收合格率", "100%", "100%", "15", "15"]),
            indicator(["", "时效指标", "完工时间", "2024年11月底前", "2024年11月20日", "15", "15"]),
            indicator(["效益指标", "社会效益指标", "雨季积水点减少", "≥8处", "9处", "30", flood_score]),
            indicator(["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "95%", "10", "10"]),
        ],
        total: total.to_string(),
    }
}

/// A unit's 整体支出绩效自评表 (附件2): its 总分 is the funds row's 得分 and its indicators'.
fn unit(total: &str) -> Sheet {
    Sheet {
        title: "某区住房和城乡建设局部门整体支出绩效自评表",
        funds_heading: "资金情况（万元）",
        funds: ["1,200.00", "1,350.00", "1,296.00", "10", "96.00%", "9.6"],
        rows: vec![
            indicator(["产出指标", "数量指标", "燃气管道巡检里程", "≥300公里", "326公里", "25", "25"]),
            indicator(["", "质量指标", "房屋安全鉴定及时率", "100%", "98%", "15", "14.7"]),
            indicator(["效益指标", "社会效益指标", "安全事故起数", "0起", "0起", "25", "25"]),
            indicator(["", "可持续影响指标", "物业小区覆盖率", "≥85%", "80%", "15", "14.12"]),
            indicator(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10"]),
        ],
        total: total.to_string(),
    }
}

const HEADERS: [Header; 3] = [Header::Spanning, Header::Grouped, Header::Column];

/// A correct project's 自评表 checks its 总分 and every row's 得分 in Word as in its text copy; a slip in a
/// row's 得分 or in the 总分 is caught in each layout.
#[test]
fn a_projects_table_with_a_header_over_two_rows_reads_as_its_text_copy() {
    for header in HEADERS {
        let right = audit(&project("30", "99.2").in_word(header));
        assert_eq!(read(&right), read(&audit(&project("30", "99.2").as_text())), "{header:?}");
        assert_eq!(of(&right, "project.indicator").len(), 5, "{header:?}: {:#?}", right.claims);
        assert!(right.claims.iter().all(|c| c.verdict == Verdict::Ok), "{header:?}: {:#?}", right.claims);
        let total = of(&right, "score_total");
        assert_eq!(total, [("99.2", Verdict::Ok, "总分99.2分=年度资金总额9.2分+产出50分+效益30分+满意度10分，相符")], "{header:?}");
        let row_slip = audit(&project("32", "101.2").in_word(header));
        assert_eq!(read(&row_slip), read(&audit(&project("32", "101.2").as_text())), "{header:?}");
        assert!(of(&row_slip, "project.indicator").iter().any(|(stated, verdict, _)| *stated == "32" && *verdict == Verdict::Mismatch), "{header:?}: {:#?}", row_slip.claims);
        let total_slip = audit(&project("30", "98.2").in_word(header));
        assert_eq!(of(&total_slip, "score_total").iter().map(|c| c.1).collect::<Vec<_>>(), [Verdict::Mismatch], "{header:?}: {:#?}", total_slip.claims);
    }
}

/// A unit's 自评表 in Word: its 总分 is its funds row's 得分 and its indicators', never the funds row's alone.
#[test]
fn a_units_table_with_a_header_over_two_rows_reads_as_its_text_copy() {
    for header in HEADERS {
        let right = audit(&unit("98.42").in_word(header));
        assert_eq!(read(&right), read(&audit(&unit("98.42").as_text())), "{header:?}");
        let total = of(&right, "score_total");
        assert_eq!(total, [("98.42", Verdict::Ok, "总分98.42分=年度资金总额9.6分+产出39.7分+效益39.12分+满意度10分，相符")], "{header:?}: {:#?}", right.claims);
        let slip = audit(&unit("99.42").in_word(header));
        let total = of(&slip, "score_total");
        assert_eq!(total.iter().map(|c| c.1).collect::<Vec<_>>(), [Verdict::Mismatch], "{header:?}");
        assert!(total[0].2.contains("年度资金总额9.6分+产出39.7分"), "{header:?}: {total:?}");
    }
}
