//! A reviewer's pile (SPEC §13): each report of many reviewed in one row — its unit and year, how many
//! claims were found, how many do not hold or cannot be checked, and the mismatch furthest off — or the
//! reason its file could not be read; and the rows as a CSV file that Excel opens in Chinese.

use super::sections::{unit_name, year};
use super::{audit, Audit, Verdict};
use crate::core::order::sort_by;

/// One file of the pile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewed {
    /// The file's name, as chosen.
    pub file: String,
    pub unit: Option<String>,
    pub year: Option<String>,
    pub claims: usize,
    pub mismatches: usize,
    pub unverifiable: usize,
    /// Figures wrong only as they follow a slip counted among the mismatches: neither counted again nor 相符.
    pub knock_ons: usize,
    /// The mismatch furthest off, in a few words.
    pub largest: Option<String>,
    /// Why the file could not be reviewed, if it could not.
    pub problem: Option<String>,
    /// How many times the file binds this same report over (1: once); only the first copy is judged.
    pub copies: usize,
    /// Another row whose text is this one's, word for word: one report sent twice under two names.
    pub same_as: Option<String>,
}

/// What a row says when a readable file held nothing to check: a notice, a blank page, a report without
/// figures — not a clean report, and a reviewer going down a hundred rows must see the difference.
pub const NOTHING_FOUND: &str = "未识别到可核对的数据：请确认是部门整体支出绩效自评报告";

impl Reviewed {
    /// Read, but nothing in it could be checked.
    pub fn nothing_found(&self) -> bool {
        self.problem.is_none() && self.claims == 0
    }

    /// The last column: the file's problem, the mismatch furthest off, or that nothing was found.
    pub fn remark(&self) -> &str {
        match (&self.problem, &self.largest) {
            (Some(problem), _) => problem,
            (None, Some(largest)) => largest,
            (None, None) if self.nothing_found() => NOTHING_FOUND,
            (None, None) => "",
        }
    }
}

impl Reviewed {
    /// What a reviewer should know beside the figures: a report bound many times over, or sent twice.
    pub fn notes(&self) -> String {
        let mut notes = Vec::new();
        if self.copies > 1 {
            notes.push(format!("同一份报告在文件中重复了 {} 次，只按第一份核对", self.copies));
        }
        if let Some(other) = &self.same_as {
            notes.push(format!("与“{other}”内容相同"));
        }
        notes.join("；")
    }
}

/// Marks each row whose text is word for word another's with the first such other row's file: the same
/// report sent under two names should not pass as two reports.
pub fn mark_same_texts(rows: &mut [(Reviewed, Option<String>)]) {
    let same: Vec<Option<String>> = rows
        .iter()
        .enumerate()
        .map(|(k, (_, text))| {
            let text = text.as_deref().filter(|t| !t.trim().is_empty())?;
            rows.iter().enumerate().find(|(j, (_, other))| *j != k && other.as_deref() == Some(text)).map(|(_, (row, _))| row.file.clone())
        })
        .collect();
    for ((row, _), same) in rows.iter_mut().zip(same) {
        row.same_as = same;
    }
}

/// A report bound many times over in one file (its title and text again and again, as a 合订本 copied
/// by mistake): its first copy, and how many there are (1: not repeated). Copies that differ in any
/// word are different reports' business ([`reports_in`]) and are left whole.
pub fn copies(report: &str) -> (&str, usize) {
    let mut title: Option<&str> = None;
    let (mut starts, mut at) = (Vec::new(), 0);
    for line in report.split_inclusive('\n') {
        match title {
            None if report_title(line).is_some() => {
                title = Some(line.trim());
                starts.push(at);
            }
            Some(first) if line.trim() == first => starts.push(at),
            _ => {}
        }
        at += line.len();
    }
    let chunk = |k: usize| report.get(starts[k]..starts.get(k + 1).copied().unwrap_or(report.len())).unwrap_or_default();
    if starts.len() < 2 || chunk(0).chars().count() < SHORTEST_REPORT {
        return (report, 1);
    }
    let alike = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
    if (1..starts.len()).all(|k| alike(chunk(k), chunk(0))) {
        (report.get(..starts[1]).unwrap_or(report), starts.len())
    } else {
        (report, 1)
    }
}

/// Reviews the text of the file `file`.
pub fn review(file: &str, text: &str) -> Reviewed {
    reviewed(file, text, &audit(text))
}

/// The row of a text already audited.
pub fn reviewed(file: &str, text: &str, audit: &Audit) -> Reviewed {
    let (unit, year) = identity(file, text);
    Reviewed {
        file: file.to_string(),
        unit,
        year,
        claims: audit.claims.len(),
        mismatches: audit.count(Verdict::Mismatch),
        unverifiable: audit.count(Verdict::Unverifiable),
        knock_ons: audit.count(Verdict::KnockOn),
        largest: audit.largest_mismatch().map(|c| c.off_by.as_ref().map_or_else(|| c.detail.clone(), |o| o.words.clone())),
        problem: None,
        copies: 1,
        same_as: None,
    }
}

/// The row of a file that could not be read.
pub fn unreadable(file: &str, problem: &str) -> Reviewed {
    Reviewed {
        file: file.to_string(),
        unit: None,
        year: None,
        claims: 0,
        mismatches: 0,
        unverifiable: 0,
        knock_ons: 0,
        largest: None,
        problem: Some(problem.to_string()),
        copies: 1,
        same_as: None,
    }
}

/// An order of the pile's rows a reviewer asks for by a column's heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// As read (the files' order when chosen).
    Read,
    /// By the file's name.
    File,
    /// Most 不符 first, then most 无法核对; files that could not be read last.
    Mismatches,
    /// Most 无法核对 first, then most 不符; files that could not be read last.
    Unverifiable,
}

/// The rows' indices in `order`; rows alike keep the order they were read in.
pub fn ordered<'a>(rows: impl IntoIterator<Item = &'a Reviewed>, order: Order) -> Vec<usize> {
    let mut indexed: Vec<(usize, &Reviewed)> = rows.into_iter().enumerate().collect();
    let most = |r: &Reviewed| match order {
        Order::Unverifiable => (r.unverifiable, r.mismatches),
        _ => (r.mismatches, r.unverifiable),
    };
    match order {
        Order::Read => {}
        Order::File => sort_by(&mut indexed, |(_, a), (_, b)| a.file.cmp(&b.file)),
        Order::Mismatches | Order::Unverifiable => {
            sort_by(&mut indexed, |(_, a), (_, b)| a.problem.is_some().cmp(&b.problem.is_some()).then(most(b).cmp(&most(a))));
        }
    }
    indexed.into_iter().map(|(index, _)| index).collect()
}

/// Fewer characters than this after a title start no report of their own (a cover, a running header).
const SHORTEST_REPORT: usize = 300;

/// The reports a file binds together (a 主管局's and its 所属单位's, each from its own title), each to be
/// judged on its own figures; a file of one report is one. A title repeated as a running header names
/// the same unit and year, and starts nothing.
pub fn reports_in(text: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = vec![0];
    let mut current: Option<(String, String)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some(named) = report_title(line) {
            let long_enough = text[starts.last().copied().unwrap_or(0)..at].chars().count() >= SHORTEST_REPORT;
            match &current {
                Some(before) if !same_report(before, &named) && long_enough => {
                    starts.push(at);
                    current = Some(named);
                }
                None => current = Some(named),
                _ => {}
            }
        }
        at += line.len();
    }
    // A last “report” too short to be one (a title on the back cover) stays with the one before.
    if starts.len() > 1 && starts.last().is_some_and(|&last| text[last..].chars().count() < SHORTEST_REPORT) {
        starts.pop();
    }
    starts.iter().zip(starts.iter().skip(1).copied().chain([text.len()])).map(|(&from, to)| &text[from..to]).collect()
}

/// Whether two titles are one report's: one year, and one unit's name within the other's (a running
/// header drops the city: “天水市麦积区档案馆” above, “麦积区档案馆” on each page).
fn same_report((unit, year): &(String, String), (other, other_year): &(String, String)) -> bool {
    year == other_year && (unit.contains(other.as_str()) || other.contains(unit.as_str()))
}

/// The unit and year a line names if it is a report's title (“某局2024年度部门整体支出绩效自评报告”), not a
/// sentence or an attachment's name that mentions one.
fn report_title(line: &str) -> Option<(String, String)> {
    let line = line.trim();
    let titled = line.chars().count() <= 60 && line.contains("绩效") && line.ends_with("报告") && !line.contains(['：', ':', '，', '。', '；']);
    if !titled {
        return None;
    }
    match (unit_name(line), year(line)) {
        (Some((unit, false)), Some(year)) => Some((unit, year)),
        _ => None,
    }
}

/// The unit and year: from the report's title, else from the file's name
/// (“桃江县总工会2024年度绩效自评报告.docx”).
fn identity(file: &str, text: &str) -> (Option<String>, Option<String>) {
    let stem = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    let from_name = || {
        let digits = stem.char_indices().find(|(i, _)| stem[*i..].chars().take(4).all(|c| c.is_ascii_digit()) && stem[*i..].chars().nth(4) == Some('年'));
        digits.map(|(at, _)| (stem[..at].trim().to_string(), stem[at..at + 4].to_string()))
    };
    let unit = match unit_name(text) {
        Some((name, false)) => Some(name),
        guessed => from_name().map(|(name, _)| name).filter(|n| n.chars().count() >= 2).or(guessed.map(|(name, _)| name)),
    };
    let year = year(text).or_else(|| from_name().map(|(_, year)| year));
    (unit, year)
}

/// The header of the CSV export.
const HEADER: [&str; 11] = ["文件", "单位", "年度", "识别", "不符", "无法核对", "随之有误", "相符", "最大不符", "问题", "备注"];

/// The rows as CSV: UTF-8 with a byte-order mark (Excel then reads it as Chinese), lines ended by CRLF,
/// every cell quoted, and a cell that starts like a formula (=, +, -, @) kept as text.
pub fn csv(rows: &[Reviewed]) -> String {
    let mut out = String::from('\u{feff}');
    line(&mut out, HEADER.iter().map(|h| h.to_string()));
    for row in rows {
        let counted = |n: usize| if row.problem.is_some() { String::new() } else { n.to_string() };
        line(
            &mut out,
            [
                row.file.clone(),
                row.unit.clone().unwrap_or_default(),
                row.year.clone().unwrap_or_default(),
                counted(row.claims),
                counted(row.mismatches),
                counted(row.unverifiable),
                counted(row.knock_ons),
                counted(row.claims.saturating_sub(row.mismatches).saturating_sub(row.unverifiable).saturating_sub(row.knock_ons)),
                // The problem has its own column.
                if row.problem.is_some() { String::new() } else { row.remark().to_string() },
                row.problem.clone().unwrap_or_default(),
                row.notes(),
            ]
            .into_iter(),
        );
    }
    out
}

fn line(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|cell| cell_text(&cell)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

fn cell_text(cell: &str) -> String {
    let guarded = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_string() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A gap in the books that is only there because the report never gives its year-end balance (taken
    /// as 0) is no reason to hide the rate it got wrong from the pile's column.
    #[test]
    fn the_largest_mismatch_is_of_figures_the_report_states() {
        let text = "平江县档案馆2023年度部门整体支出绩效自评报告\n全年预算数500.00万元，全年支出450.00万元。\n\
                    公用经费控制率=实际公用经费39.00万元/公用经费预算40.00万元×100%=98.50%。";
        let row = review("r.txt", text);
        assert_eq!(row.mismatches, 2, "{row:?}");
        assert!(row.largest.as_deref().is_some_and(|l| l.contains("公用经费控制率")), "{row:?}");
    }

    #[test]
    fn rows_are_ordered_by_the_column_asked_for_alike_ones_as_read() {
        let row = |file: &str, mismatches, unverifiable| Reviewed { mismatches, unverifiable, ..unreadable(file, "") };
        let read = |file: &str, mismatches, unverifiable| Reviewed { problem: None, ..row(file, mismatches, unverifiable) };
        let rows = [read("b.docx", 0, 2), row("a.doc", 0, 0), read("c.txt", 3, 0), read("d.txt", 0, 2), read("e.txt", 3, 1)];
        assert_eq!(ordered(&rows, Order::Read), [0, 1, 2, 3, 4]);
        assert_eq!(ordered(&rows, Order::File), [1, 0, 2, 3, 4]);
        assert_eq!(ordered(&rows, Order::Mismatches), [4, 2, 0, 3, 1], "an unreadable file last");
        assert_eq!(ordered(&rows, Order::Unverifiable), [0, 3, 4, 2, 1]);
    }

    proptest::proptest! {
        #[test]
        fn the_reports_of_any_text_make_it_whole(text in "(某局2024年度部门整体支出绩效自评报告\n|某所2023年度绩效报告\n|[^\n]{0,40}\n){0,30}") {
            proptest::prop_assert_eq!(reports_in(&text).concat(), text);
        }
    }

    #[test]
    fn a_file_binding_two_units_reports_holds_each_from_its_title() {
        let body = |unit: &str| format!("一、部门概况\n{unit}共有编制20名。\n{}\n", "全年预算数500.00万元，全年支出480.00万元。".repeat(12));
        let first = format!("湘阴县水利局2024年度部门整体支出绩效自评报告\n{}", body("本局"));
        let second = format!("湘阴县河道事务中心2024年度部门整体支出绩效自评报告\n{}", body("本中心"));
        let bound = format!("{first}{second}");
        assert_eq!(reports_in(&bound), [first.as_str(), second.as_str()]);
        // A running header repeating the title (without its city), and an attachment named in a sentence,
        // start nothing.
        let headed = format!("{first}水利局2024年度部门整体支出绩效自评报告\n{}附件：湘阴县河道事务中心2024年度部门整体支出绩效自评报告\n", body("本局"));
        assert_eq!(reports_in(&headed), [headed.as_str()]);
        // Nor does a title on a back cover.
        let covered = format!("{first}湘阴县河道事务中心2024年度部门整体支出绩效自评报告\n");
        assert_eq!(reports_in(&covered), [covered.as_str()]);
        assert_eq!(reports_in(""), [""]);
    }

    #[test]
    fn unit_and_year_from_the_title_or_the_file_name() {
        let row = review("x.txt", "云溪县林业局2023年度部门整体支出绩效自评报告\n预算执行率为100%");
        assert_eq!((row.unit.as_deref(), row.year.as_deref()), (Some("云溪县林业局"), Some("2023")));
        let row = review("某某县档案馆2020年度绩效自评.docx", "一、部门概况\n预算执行率为100%");
        assert_eq!((row.unit.as_deref(), row.year.as_deref()), (Some("某某县档案馆"), Some("2020")));
        let row = review("石门.txt", "石门县文化旅游广电体育局\n２０２２年度部门整体支出绩效自评报告\n");
        assert_eq!((row.unit.as_deref(), row.year.as_deref()), (Some("石门县文化旅游广电体育局"), Some("2022")));
    }

    #[test]
    fn titles_as_units_write_them() {
        let cases = [
            ("关于青川县林木种苗站2023年度部门整体支出绩效评价情况的报告\n一、基本情况", "青川县林木种苗站", "2023"),
            ("2024年度城口县少年宫整体支出绩效自评报告\n一、单位概况", "城口县少年宫", "2024"),
            ("巫溪县地震局\n2022年部门整体支出绩效自评报告\n一、基本情况。", "巫溪县地震局", "2022"),
        ];
        for (text, unit, year) in cases {
            let row = review("报告.txt", text);
            assert_eq!((row.unit.as_deref(), row.year.as_deref()), (Some(unit), Some(year)), "{text}");
        }
    }

    #[test]
    fn a_file_with_nothing_to_check_says_so() {
        let notice = review("通知.docx", "关于召开2024年度安全生产工作会议的通知\n各股室：定于3月5日召开会议，请准时参加。");
        assert!(notice.nothing_found());
        assert_eq!(notice.remark(), NOTHING_FOUND);
        assert_ne!(notice.unit.as_deref(), Some("关于召开"), "a title's opening words are no unit");
        let report = review("a.txt", "某局2024年度报告\n预算控制率为0。上年结转0万元，年初预算180.07万元，年中追加73.72万元。");
        assert!(!report.nothing_found());
    }

    #[test]
    fn csv_with_a_byte_order_mark_quoted_cells_and_formulas_defused() {
        let rows = [
            review("a.txt", "某局2024年度报告\n上年结转0万元，年初预算180.07万元，年中追加73.72万元。预算控制率为0。"),
            unreadable("=cmd|' /C calc'!A0.docx", "不是有效的 Word 文档（.docx）"),
        ];
        let csv = csv(&rows);
        assert!(csv.starts_with("\u{feff}\"文件\",\"单位\""));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[1], "\"a.txt\",\"某局\",\"2024\",\"1\",\"1\",\"0\",\"0\",\"0\",\"预算控制率写0，应为40.94%\",\"\",\"\"");
        assert_eq!(lines[2], "\"'=cmd|' /C calc'!A0.docx\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"不是有效的 Word 文档（.docx）\",\"\"");
        assert_eq!(lines[3], "");
    }

    /// One report sent as two files: each row names the other, and the CSV says so.
    #[test]
    fn a_report_sent_twice_says_so_in_both_rows() {
        let text = "某县档案馆2024年度部门整体支出绩效自评报告\n预算控制率为0。上年结转0万元，年初预算120万元，年中追加30万元。";
        let mut rows: Vec<(Reviewed, Option<String>)> = ["档案馆.docx", "档案馆（定稿）.docx", "别的.docx"]
            .iter()
            .zip([text, text, "另一份报告"])
            .map(|(file, text)| (review(file, text), Some(text.to_string())))
            .collect();
        rows.push((unreadable("空.docx", "文件为空"), None));
        mark_same_texts(&mut rows);
        let notes: Vec<String> = rows.iter().map(|(r, _)| r.notes()).collect();
        assert_eq!(notes, ["与“档案馆（定稿）.docx”内容相同", "与“档案馆.docx”内容相同", "", ""]);
        let rows: Vec<Reviewed> = rows.into_iter().map(|(r, _)| r).collect();
        assert!(csv(&rows).contains(",\"与“档案馆（定稿）.docx”内容相同\"\r\n"));
    }

    /// A 合订本 that is one report pasted over and over is judged once and says how many times it is
    /// there; a report whose running header repeats its title is one report, whole.
    #[test]
    fn a_report_bound_many_times_over_is_judged_once() {
        let one = format!("宁乡县气象局2023年度部门整体支出绩效自评报告\n{}", "全年预算数260.00万元，全年支出255.00万元，预算执行率为98.08%。\n".repeat(10));
        let bound = one.repeat(5);
        assert_eq!(copies(&bound), (one.as_str(), 5));
        let row = Reviewed { copies: 5, ..review("合订本.docx", copies(&bound).0) };
        assert_eq!(row.claims, review("一份.docx", &one).claims);
        assert_eq!(row.notes(), "同一份报告在文件中重复了 5 次，只按第一份核对");
        // Pages under a running header differ from one another: nothing repeated.
        let paged = format!("{one}宁乡县气象局2023年度部门整体支出绩效自评报告\n二、绩效情况\n{}", "年末结转结余5.00万元。\n".repeat(30));
        assert_eq!(copies(&paged), (paged.as_str(), 1));
        assert_eq!(copies(&one), (one.as_str(), 1));
        assert_eq!(copies(""), ("", 1));
    }
}
