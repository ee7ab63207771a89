//! Tables copied as tab-separated rows under a header row, as 附件1 (上年决算数 / 本年预算数 / 本年决算数)
//! and 附件2's funds block (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分) are: each figure
//! means what its row and its column say together. Read by the words alone, the first figure of a row
//! (last year's) would pass for this year's.
//!
//! A header of years (“项目 | 2022年 | 2023年 | 增减额”, “2022年预算 | 2022年决算 | 2023年预算 | 2023年决算”)
//! is read by the report's year: its column is this year's, named by the row; last year's 预算 and 决算
//! are last year's; any other year's column is none of them. A 合计 row under “三公” items is theirs.
//!
//! A row with fewer cells than its header (merged cells) is aligned from the right.

use std::ops::Range;

use rust_decimal::Decimal;

use super::aligned_cells;
use super::column_totals;
use super::damage;
use super::deductions::{self, Deduction};
use super::funds_sources::{self, FundsBlock, SourcesSum};
use super::indicator_rows::Typed;
use super::labels::{phrase_target, Target, SANGONG_ITEMS};
use super::numbers::{Number, Unit};
use super::parts::{Part, Parts};
use super::project_sheets;
use super::score_table::{self, ScoreRow, ScoreTable, Sums, PROVINCE_PARTS, SCORE_PARTS};
use super::text::Normalised;
use super::two_year_table;
use crate::core::draft::project::IndicatorRow;
use crate::core::exact::Exact;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    LastActual,
    /// “2022年预算” in a report of 2023.
    LastBudget,
    /// A column headed by the report's year alone (“项目 | 2022年 | 2023年 | 增减额”): each row's figure
    /// of this year, named by the row.
    ThisYear,
    Initial,
    /// 编制数 and 在职人数, in a staffing table (附件1's first rows).
    Quota,
    Staff,
    StaffRate,
    Budget,
    Actual,
    Points,
    Rate,
    /// “控制率”: actual over budget, of the row's or the table's topic (公用经费, “三公”).
    Control,
    Score,
    /// “一级得分” beside the rows' own 得分: a 一级's subtotal, on its first row, of the rows under it.
    GroupScore,
    /// “序号”: a row's number, no figure of it.
    Index,
    Other,
}

/// What a row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Total,
    Basic,
    Projects,
    Public,
    Sangong,
    Personnel,
    /// Figures without a name: a staffing table's row.
    Unnamed,
    /// A row of a table of projects (their 合计 too).
    Project,
    /// A part of the year's budget (“其中：年初预算”, “上年结转”): the field its budget column gives.
    BudgetPart(&'static str),
    Other,
}

/// A figure of a table: what it is, its value, and its cell (normalised range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub target: Target,
    pub value: Decimal,
    pub start: usize,
    pub end: usize,
}

/// A 执行率 or 得分 a funds row states (or a staffing row's 在职人员控制率), with the row's figures it is
/// computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    /// `budget_execution` (年度资金总额), `funds.basic.execution`, `funds.projects.execution`, or for
    /// a 得分: `funds.total`, `funds.basic`, `funds.projects`, `project.score`; `staff_control`.
    pub id: &'static str,
    pub number: usize,
    /// The rate's numerator and denominator: 全年执行数 and 全年预算数 (在职人数 and 编制数).
    pub executed: Decimal,
    pub budget: Decimal,
    /// The row's 分值, for a 得分.
    pub points: Option<Decimal>,
    /// Whether the table gives its amounts in 元 (they are held in 万元): shown in 元 again.
    pub in_yuan: bool,
    /// For a table of projects' 合计 row, what the rows above it spent together, where that is not the
    /// 合计's own 执行数: its 执行率 may follow the rows, the 合计's amount being the slip.
    pub rows_executed: Option<Decimal>,
    /// A project's row: its name's cell (normalised range).
    pub project: Option<Range<usize>>,
}

/// A score table's total row: the number of its 得分 and of its 分值 (where it gives them), and what its
/// rows add up to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreTotal {
    /// Where its table's header starts (normalised): a paragraph just above may state the total too.
    pub header_at: usize,
    pub number: usize,
    pub points_number: Option<usize>,
    pub sums: Sums,
    /// The 一级 subtotals its table states in a column of their own: group, figure (index), value.
    pub subtotals: Vec<(String, usize, Decimal)>,
    /// Where the funds block whose row's 得分 counts in it starts (normalised), above its header.
    pub funds_at: Option<usize>,
}

/// A score table's total said in words of its total row (“合计 | 100 | 自评得分96.0分”).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaidTotal {
    /// Where its figure stands (normalised, with its 分).
    pub range: Range<usize>,
    pub stated: Decimal,
    /// What the rows make.
    pub sums: Sums,
    /// Whether the table lists no 得分, its rows' scores their 分值 less their 扣分.
    pub derived: bool,
}

/// What the text's tables say.
#[derive(Debug, Default)]
pub struct Tables {
    pub cells: Vec<Cell>,
    pub stated: Vec<Stated>,
    /// Rows read by their header (normalised ranges): their figures are not read by words.
    pub rows: Vec<Range<usize>>,
    /// Whether the table being read has listed “三公” items, or its title just above names them: its 合计 is
    /// theirs.
    of_sangong: bool,
    /// Whether the table being read lists projects (“项目名称 | 全年预算 | 实际支出 | 执行率”, or under a
    /// title naming them): its rows and its 合计 are the projects', never the unit's.
    of_projects: bool,
    /// Whether the table being read is in 元 (“（单位：元）” above it): its bare figures are amounts in 元.
    in_yuan: bool,
    /// Whether the table being read lists a department's units (“单位 | 编制 | … | 支出数”): its rows are
    /// read for its 合计 alone — the units' figures are none of the department's own, nor a “三公” item's
    /// (“公务用车服务中心”), and their 合计 need not be the department's (its own budget beside theirs).
    of_units: bool,
    /// The topic its title names (“表3  公用经费执行表”): what a row without a name is of.
    titled: Option<Row>,
    /// The scored rows of the score table being read (“一级指标 | 二级指标 | 三级指标 | 分值 | 得分”, a
    /// 自评表's funds row and 绩效指标 rows); `None` once its total is read or a paragraph ends it.
    scores: Option<ScoreTable>,
    /// A 自评表's funds row, its block ended by a paragraph (its 年度总体目标 copied as lines of text):
    /// for the 绩效指标 header next; and whether it is a project's (附件3).
    funds_row: Option<(ScoreRow, bool)>,
    /// Where the header of the table being read starts (normalised).
    header_at: usize,
    /// Where the funds block handed on to the score table being read starts (normalised).
    funds_at: Option<usize>,
    /// A 项目支出绩效自评表's funds block being read: its 年度资金总额 row and the sources' rows under it.
    funds_block: Option<FundsBlock>,
    /// Its 年度资金总额 amounts with the sources' amounts in their columns.
    pub funds_sums: Vec<SourcesSum>,
    /// The 绩效指标 rows of each 自评表, as typed, with their 得分's numbers.
    pub indicator_tables: Vec<Vec<Typed>>,
    /// Rows (normalised ranges) of a table just under a caption in 元 (“本年度收支情况（单位：元）：”), read
    /// by their words (“上年结转 | 46820.00”): their bare amounts are in 元.
    pub in_yuan_rows: Vec<Range<usize>>,
    /// Totals of score tables with the scores of their rows.
    pub score_totals: Vec<ScoreTotal>,
    /// Every figure read in a 分值, 得分 or 一级得分 column (an index): points, never an amount, whatever
    /// unit the report gives its money in.
    pub points: Vec<usize>,
    /// Score tables' totals said in words of their total row (“合计 | 100 | 自评得分96.0分”).
    pub said_totals: Vec<SaidTotal>,
    /// Score tables' total rows whose rows could not be told apart as its parts: the row's name and the
    /// number of its 得分 — unchecked, which the reviewer is told rather than left to think it checked.
    pub unchecked_totals: Vec<(String, usize)>,
    /// A score table's rows that give their 扣分 beside their 分值 and 得分 (分值 − 得分 is what was taken off).
    pub deductions: Vec<Deduction>,
    /// Score tables of a whole rubric that end without a total row: where each header starts (normalised),
    /// and its sums — the total the paragraph above states.
    pub untotalled: Vec<(usize, Sums)>,
    /// The project rate (an index into `stated`) of the last project row, while rows merged into it follow.
    merged_into: Option<usize>,
    /// The spending total a table's rows make up of its 基本支出 and 项目支出 rows (“支出合计 | … | 9363417.15”
    /// over “一、基本支出 | …” and “二、项目支出 | …”, in their 决算 column): the total's number, its parts, and
    /// whether the table is in 元.
    pub sums: Vec<(usize, Parts, bool)>,
    /// The spending rows of the table being read: what each is, its name and its number.
    spending_rows: Vec<(Row, Range<usize>, usize, Decimal, column_totals::Placed)>,
    /// What each project of the table being read spent, row by row (names as normalised ranges).
    project_rows: Vec<Part>,
    /// The 合计 of a table of projects: the number of its spending and its value (万元), with what the rows
    /// above it spent.
    pub project_totals: Vec<(usize, Decimal, Vec<Part>)>,
    /// Whether the last project row kept is a 小计 over the rows merged under it.
    under_subtotal: bool,
    /// The rows of the table being read so far, by name, with their figures by column; `None` once a
    /// row cannot be a part of a 合计 (a sub-item, a 小计, a row taken away): its 合计 is then no sum of them.
    summed: Option<Vec<column_totals::Placed>>,
    /// 合计 rows' figures with the figures above them in their columns.
    pub column_totals: Vec<column_totals::ColumnTotal>,
    /// The headings of the table being read, column by column, as written.
    headings: Vec<String>,
    /// The project whose sub-items are being read (rows of its spending alone, named after the figures:
    /// “ |  |  | 4.20 |  | 其中：法律援助”): its spending, its name, whether its row says it is their 合计,
    /// and their spending.
    items_of: Option<ItemsOf>,
    /// Projects' spending with the sub-items listed under them, judged as a 合计 of theirs.
    pub sub_item_totals: Vec<column_totals::ColumnTotal>,
    /// The rows of a “三公” table that give one item's figures (“公务接待费 | 1.20 | 0.74 | 0.97”): the row's name,
    /// and its figures in the columns of this year's budget, this year's spending and last year's spending.
    pub sangong_items: Vec<SangongItemRow>,
    /// The cells (indices into `cells`) a staffing table's rows of one type of 编制 gave, with where their
    /// table's header starts: a second row of that type in the same table adds to its cell.
    staff_types: Vec<(usize, usize)>,
    /// The cell (an index into `cells`) a 年度资金总额 row's 年初预算数 gave, with where its table's header starts:
    /// a 其中 row of 当年财政拨款 under it gives the 年初预算 in its place.
    initial_total: Option<(usize, usize)>,
}

/// A “三公” item's row of a table: its name as written (blanks removed) and its figures in 万元, where its
/// columns say which they are (a dash, or a column of another kind, gives none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SangongItemRow {
    pub label: String,
    pub budget: Option<Decimal>,
    pub actual: Option<Decimal>,
    pub last_actual: Option<Decimal>,
}

/// A project row of a table and the rows of its sub-items under it.
#[derive(Debug)]
struct ItemsOf {
    spent: (usize, Decimal),
    name: String,
    /// Its row says it is their sum (“合计” in a cell after its figures).
    marked: bool,
    items: Vec<(usize, Decimal)>,
}

/// Reads every table with a header row in `pasted`; `year` is the year the report evaluates, when known.
pub fn read(pasted: &str, text: &Normalised, numbers: &[Number], year: Option<u32>) -> Tables {
    let mut tables = Tables::default();
    // Each column's kind, and its heading's words (for a row of figures under a row of labels).
    let mut header: Option<(Vec<Column>, Vec<Option<Target>>)> = None;
    // The header's line and its cells, where it is one row alone.
    let mut header_cells: Option<(Range<usize>, Vec<Range<usize>>)> = None;
    // The last line of words before a table: its title.
    let mut title = "";
    // A table line of words alone that is no header by itself: the upper row of a two-row header
    // (“项目名称 | 2024年（万元） | 执行率” over “ | 全年预算 | 实际支出 | ”), with its columns.
    let mut upper: Option<(Range<usize>, Vec<Column>)> = None;
    // Whether the words last before the table being read were its caption in 元.
    let mut under_yuan_caption = false;
    // The line before, when it was a header row: the upper row of a two-row header whose lower row names
    // the columns under its merged cells (“资金（万元）|  |  | 执行率” over “全年预算 | 实际支出 | 结余 | ”).
    let mut header_above: Option<(Range<usize>, Vec<Column>)> = None;
    // A blank line beside a page's number or header is the page break's: the table goes on after it.
    let lines = damage::kept(pasted);
    // The lines up to which a table copied one cell to a line has been read.
    let mut read_to = 0;
    // Where the report's 项目支出绩效自评表 stand: a funds block there is one project's, whatever its header's
    // first cell (“项目资金” wrapped onto a line of its own, “资金来源”), as under a title the header alone does
    // not give.
    let sheets = project_sheets::spans(pasted, text);
    // (The spans stand in order, apart: a binary search, whatever the number of sheets and tables.)
    let in_a_sheet = |start: usize| {
        let at = text.position(start);
        sheets.get(sheets.partition_point(|s| s.end <= at)).is_some_and(|s| s.contains(&at))
    };
    for (at, line) in lines.iter().enumerate() {
        if at < read_to {
            continue;
        }
        if let Some(sheet) = (!line.table).then(|| StackedSheet::read(pasted, &lines[at..], year)).flatten() {
            read_to = at + sheet.lines;
            tables.stacked_sheet(pasted, text, numbers, &sheet, title, year);
            (header, upper, header_above) = (None, None, None);
            continue;
        }
        if let Some(stacked) = (!line.table).then(|| Stacked::read(pasted, &lines[at..], year)).flatten() {
            read_to = at + stacked.lines;
            tables.stacked(pasted, text, numbers, &stacked, title, year);
            (header, upper, header_above) = (None, None, None);
            continue;
        }
        let over_header = header_above.take();
        // The rest of the header's headings wrapped onto a line of their own: the headings are both lines'.
        let wrapped = over_header.as_ref().filter(|_| !line.table).and(header_cells.as_ref()).and_then(|(at, heads)| aligned_cells::wrapped_headings(pasted, at, heads, &(line.start..line.end)));
        if let (Some(whole), Some((columns, _)), Some((at, _))) = (wrapped, header.as_mut(), &header_cells) {
            *columns = beside_a_rate_of(&whole, whole.iter().map(|h| column(h, year)).collect());
            header_above = Some((at.clone(), columns.clone()));
            tables.headings = whole;
            continue;
        }
        if !line.table {
            // A merged row (“经费控制情况”) is a short line inside the table; a blank or a paragraph ends it.
            let row = pasted[line.start..line.end].trim();
            if row.is_empty() || row.chars().count() > 20 || row.ends_with('。') {
                header = None;
                tables.close_sum();
                // A paragraph ends a score table; a blank line between its blocks does not.
                if let Some(table) = tables.scores.take_if(|_| !row.is_empty()) {
                    tables.untotalled(&table);
                    tables.funds_row = table.funds_row().map(|funds| (funds, tables.of_projects));
                }
            }
            upper = None;
            if row.contains("单位") {
                tables.in_yuan = in_yuan_by_caption(row);
            }
            if !row.is_empty() {
                tables.titled = titled(row);
                title = row;
                under_yuan_caption = row.contains("单位") && tables.in_yuan;
            }
            continue;
        }
        if under_yuan_caption {
            tables.in_yuan_rows.push(text.position(line.start)..text.position(line.end));
        }
        let cells = cells(pasted, line.start, line.end);
        let columns = beside_a_rate(pasted, &cells, cells.iter().map(|c| column(&pasted[c.clone()], year)).collect());
        let by_unit = spending_by_unit(pasted, &cells, &columns, title);
        let mut columns = columns;
        if let Some(whole) = by_unit.and_then(|at| columns.get_mut(at)) {
            *whole = Column::Actual;
        }
        let numeric = cells.iter().filter(|c| is_figure(&pasted[(*c).clone()])).count();
        let heads = if of_one_project(pasted, &cells, title) || in_a_sheet(line.start) { vec![None; cells.len()] } else { labelled_heads(pasted, &cells, year) };
        // A row of labels alone (“基本支出 | 项目支出 | 支出合计 | 年末结转结余”) heads the row of figures under it,
        // as a second such pair in one table does.
        let headed = columns.iter().filter(|c| **c != Column::Other).count() >= 2
            || columns.contains(&Column::ThisYear)
            || heads.iter().any(Option::is_some)
            || scores_by_part(pasted, &cells, &columns)
            || deducted_by_part(pasted, &cells, &columns)
            || by_subject(pasted, &cells)
            || by_unit.is_some();
        // “项目 | 金额（元）”: a row of words whose cell gives the unit is the caption of the rows under it,
        // read by their words, as “（单位：元）” above them would be.
        let headed_unit = |u: &str| cells.iter().any(|c| ["（", "("].iter().any(|open| pasted[c.clone()].contains(&format!("{open}{u}"))));
        if numeric == 0 && !headed && (headed_unit("元") || headed_unit("万元") || headed_unit("亿元")) {
            under_yuan_caption = headed_unit("元");
            // “ | （元） | （元）” under a header: the unit of its columns, a row of no figures of its own.
            let units_alone = cells.iter().map(|c| pasted[c.clone()].trim()).all(|cell| cell.is_empty() || is_unit(cell));
            if over_header.is_some() && units_alone {
                tables.in_yuan = headed_unit("元");
                header_above = over_header;
                continue;
            }
        }
        // A row of words naming the columns under a merged cell of the row above: the two are one header —
        // the row above a header already, or one together (“项目 | 资金（万元） |  | 执行率” over “ | 预算 | 支出 | ”).
        let (was_header, above_words) = (over_header.is_some(), over_header.or_else(|| upper.clone()));
        let spanned = above_words.filter(|(range, _)| numeric == 0 && names_under_a_span(pasted, &self::cells(pasted, range.start, range.end), &cells));
        let together = spanned.as_ref().map(|(range, over)| two_rows(pasted, &self::cells(pasted, range.start, range.end), over, &cells, year));
        // (Over a row of words that is no header, a lower row that is one by itself is read as before: with the
        // columns of the cells merged down from above.)
        let together = together.filter(|(columns, _)| was_header || !headed && columns.iter().filter(|c| **c != Column::Other).count() >= 2);
        let spanned = spanned.filter(|_| together.is_some());
        if numeric == 0 && (headed || together.is_some()) {
            let above = upper.take();
            // A header of one row: where its headings stand places a row's pieces aligned by spaces under them.
            header_cells = (together.is_none() && above.is_none()).then(|| (line.start..line.end, cells.clone()));
            let (columns, headings) = match (together, &above) {
                (Some(together), _) => together,
                (None, Some((range, over))) => (merged_down(over, &columns, &cells), headings_merged_down(pasted, &self::cells(pasted, range.start, range.end), &cells)),
                (None, None) => (columns, headings(pasted, &cells)),
            };
            let words = spanned.as_ref().or(above.as_ref()).map_or("", |(range, _)| &pasted[range.clone()]);
            let projects_above = tables.of_projects;
            let of_funds = columns.iter().any(|c| matches!(c, Column::Initial | Column::Budget | Column::Actual));
            tables.of_projects = lists_projects(&pasted[line.start..line.end], &columns, title) || lists_projects(words, &columns, title) || of_funds && in_a_sheet(line.start);
            // “预算（元）”: the header may give the unit itself, in either of its rows.
            let unit = |u: &str| cells.iter().any(|c| names_unit(&pasted[c.clone()], u)) || spanned.is_some() && names_unit(words, u);
            if unit("元") || unit("万元") {
                tables.in_yuan = unit("元");
            }
            tables.close_sum();
            tables.headings = headings;
            header_above = Some((line.start..line.end, columns.clone()));
            let scored_once = columns.iter().filter(|c| **c == Column::Score).count() <= 1;
            header = Some((columns, heads));
            tables.project_rows.clear();
            // “（三）“三公”经费情况” just above a table opening on its 合计 row, the items under it: the 合计 is
            // theirs from the first row on.
            let title_above = at > 0 && lines.get(at - 1).is_some_and(|above| !above.table && pasted[above.start..above.end].trim() == title);
            tables.of_sangong = title_above && titled(title) == Some(Row::Sangong);
            // A 自评表's funds row goes on into the 绩效指标 rows under their own header. A table of two 得分
            // columns side by side (一级's and 二级's) is read by neither.
            let ended = tables.scores.take();
            if let Some(table) = &ended {
                tables.untotalled(table);
            }
            let funds = match ended {
                Some(table) if spanned.is_some() => table.handed_on(projects_above),
                ended => ended.and_then(ScoreTable::funds_row).map(|funds| (funds, projects_above)),
            };
            let funds = funds.or(tables.funds_row.take());
            tables.funds_at = funds.is_some().then_some(tables.header_at);
            tables.scores = scored_once.then(|| ScoreTable::new(&tables.headings, funds));
            // The lower row of a header over two rows heads the table its upper row began.
            if spanned.is_none() || tables.indicator_tables.last().is_none_or(|rows| !rows.is_empty()) {
                tables.indicator_tables.push(Vec::new());
            }
            tables.header_at = text.position(line.start);
            tables.summed = Some(Vec::new());
            continue;
        }
        // A two-year table under another with only its short title between (“（三）与上年比较”): its rows are
        // no rows of the one above, their 增减率 no 执行率.
        if numeric == 0 && two_year_table::heads_a_table(&pasted[line.start..line.end]) {
            header = None;
            tables.close_sum();
            upper = None;
            continue;
        }
        upper = (numeric == 0).then(|| (line.start..line.end, columns.clone()));
        let Some((columns, heads)) = header.as_ref() else { continue };
        // A row aligned by spaces with a blank cell: its pieces placed under the headings they stand under.
        // (Its last figure run on into the cell before it by a single blank first: no cell is blank there.)
        let placed = aligned_cells::figure_run_on(pasted, &cells, columns.len())
            .or_else(|| header_cells.as_ref().filter(|(_, heads)| heads.len() == columns.len()).and_then(|(at, heads)| aligned_cells::under_headings(pasted, at, heads, &(line.start..line.end), &cells)));
        let cells = placed.unwrap_or(cells);
        tables.rows.push(text.position(line.start)..text.position(line.end));
        tables.row(pasted, text, numbers, &cells, columns, heads);
        tables.this_years(text, numbers, &cells, columns, year);
    }
    tables.close_sum();
    if let Some(table) = tables.scores.take() {
        tables.untotalled(&table);
    }
    tables
}

/// A table copied one cell to a line (“项目名称⏎预算数⏎实际支出⏎校舍维修⏎80.00⏎76.00⏎…⏎合计⏎100.00⏎95.00”): its
/// header, a run of short lines each naming a column (one of them the projects' names, two of them figures),
/// and its rows, as many lines each as the header has, up to the first group that is no row.
struct Stacked {
    header: Vec<Range<usize>>,
    rows: Vec<Vec<Range<usize>>>,
    /// How many (kept) lines the table takes.
    lines: usize,
}

impl Stacked {
    fn read(pasted: &str, lines: &[damage::Line], year: Option<u32>) -> Option<Stacked> {
        let cell = |line: &damage::Line| stacked_cell(pasted, line);
        let heading = |line: &damage::Line| {
            let words = cell(line);
            let short = !words.is_empty() && words.chars().count() <= 12 && !words.contains(|c: char| c.is_ascii_digit());
            // (A score table's “扣分” and “扣分原因” are its columns too.)
            short && !line.table && (names_the_rows(words) || names_the_parts(words) || column(words, year) != Column::Other || words.contains("扣分"))
        };
        // A project's name may read as a heading (“村庄规划编制”): the header is the longest run that has rows.
        let run = lines.iter().take_while(|line| heading(line)).count();
        (3..=run).rev().find_map(|width| Self::under(pasted, lines, width, year))
    }

    /// The table whose header is the first `width` lines, if rows follow it.
    fn under(pasted: &str, lines: &[damage::Line], width: usize, year: Option<u32>) -> Option<Stacked> {
        let cell = |line: &damage::Line| stacked_cell(pasted, line);
        let header: Vec<Range<usize>> = lines[..width].iter().map(|line| line.start..line.end).collect();
        let columns: Vec<Column> = lines[..width].iter().map(|line| column(cell(line), year)).collect();
        // A table of projects names them and gives two figures of each; a score table (“一级指标⏎分值⏎得分”)
        // names its parts and scores them.
        let scored = columns.contains(&Column::Score);
        let names = |line: &damage::Line| names_the_rows(cell(line)) || scored && names_the_parts(cell(line));
        let named = lines[..width].iter().position(names)?;
        let figures = columns.iter().filter(|c| matches!(c, Column::Budget | Column::Actual | Column::Rate)).count();
        // A score table may name its rows at two levels or three (“一级指标⏎二级指标⏎分值⏎扣分⏎得分⏎扣分原因”).
        let naming: Vec<bool> = lines[..width].iter().map(names).collect();
        let names_count = naming.iter().filter(|n| **n).count();
        if width < 3 || figures < 2 && !scored || names_count != 1 && !(scored && names_count <= 3) {
            return None;
        }
        // A column of words (“扣分原因”, “备注”): a blank or a clause, no figure to read.
        let of_words_at: Vec<bool> = lines[..width].iter().map(|line| of_words(cell(line))).collect();
        let fits = |row: &[damage::Line]| {
            row.iter().enumerate().all(|(k, line)| {
                let words = cell(line);
                match columns[k] {
                    _ if line.table => false,
                    Column::Index => words.is_empty() || is_numbering(words) || words == "合计",
                    _ if k == named => !is_figure(words) && words.chars().count() <= 30 && !words.ends_with('。'),
                    _ if naming[k] => !is_figure(words) && words.chars().count() <= 30 && !words.ends_with('。'),
                    _ if of_words_at[k] => !is_figure(words),
                    _ => words.is_empty() || is_figure(words),
                }
            }) && row.iter().any(|line| is_figure(cell(line)))
        };
        let mut rows: Vec<Vec<Range<usize>>> =
            lines[width..].chunks_exact(width).take_while(|row| fits(row)).map(|row| row.iter().map(|line| line.start..line.end).collect()).collect();
        if rows.len() < 2 {
            return None;
        }
        let mut taken = width * (rows.len() + 1);
        // “合计⏎1280.80⏎1260.80⏎98.44%”: a total row whose 合计 spans 序号 and the name is a cell short, its
        // figures under the columns after the name — as its copy with tabs is read, aligned from the right.
        let after_name = width - named - 1;
        let total = lines.get(taken..taken + 1 + after_name).filter(|row| {
            let first = row.first().map(cell);
            columns.first() == Some(&Column::Index)
                && named == 1
                && first.is_some_and(|words| ["合计", "总计"].contains(&words))
                && row.iter().all(|line| !line.table)
                && row[1..].iter().all(|line| is_figure(cell(line)))
        });
        if let Some(total) = total {
            taken += total.len();
            rows.push(total.iter().map(|line| line.start..line.end).collect());
        }
        Some(Stacked { lines: taken, header, rows })
    }
}

/// Whether a heading names the parts a score table scores (一级指标, 评价内容, 评价维度).
fn names_the_parts(heading: &str) -> bool {
    ["指标", "评价内容", "维度"].iter().any(|w| heading.contains(w)) && !heading.contains("值")
}

/// A 自评表 copied one cell to a line (“年度资金总额（万元）⏎年初预算数⏎…⏎自评得分⏎年度资金总额⏎120.00⏎…”, then
/// “一级指标⏎二级指标⏎…⏎偏差原因分析及改进措施⏎产出指标⏎数量指标⏎…” down to “总分⏎100⏎96.5”): its funds row and
/// its 绩效指标 rows put back in their columns, as the rows of the same table copied with tabs. A blank line
/// is no sure empty cell here (copies add and drop them): a row is read by its shape — its names, its
/// 指标值 and 实际完成值, then its 分值 and 得分, the last two figures of a run, and a 偏差原因 in words.
struct StackedSheet {
    /// The funds block's header, its 年度资金总额 row and the rows of its parts under it (其中：基本支出 …).
    funds: Vec<Cells>,
    /// The 绩效指标's header and rows, the 总分 row last.
    indicators: Option<StackedRows>,
    /// How many (kept) lines it takes.
    lines: usize,
}

/// A row's cells (ranges in the pasted text), full width: a merged cell an empty one.
type Cells = Vec<Range<usize>>;

/// A header of one cell a line and the rows under it.
struct StackedRows {
    header: Cells,
    rows: Vec<Cells>,
}

/// How far below its funds block a sheet's 绩效指标 header may stand (its 年度总体目标 between).
const SHEET_GAP: usize = 40;

/// More lines than a sheet's 绩效指标 rows take, one cell a line.
const SHEET_LINES: usize = 600;

impl StackedSheet {
    fn read(pasted: &str, lines: &[damage::Line], year: Option<u32>) -> Option<StackedSheet> {
        let cell = |k: usize| lines.get(k).map_or("", |line| stacked_cell(pasted, line));
        let words = |k: usize| lines.get(k).is_some_and(|line| !line.table) && !cell(k).is_empty() && !cell(k).contains(|c: char| c.is_ascii_digit());
        // “年度资金总额（万元）”, or “项目” over the rows' names as the 部门整体 sheet heads its funds block.
        if !words(0) || !(cell(0).contains("资金") || cell(0) == "项目") || cell(0).chars().count() > 16 {
            return None;
        }
        let run = (1..).take_while(|&k| words(k) && cell(k).chars().count() <= 12 && column(cell(k), year) != Column::Other).count();
        let columns: Vec<Column> = (1..=run).map(|k| column(cell(k), year)).collect();
        if ![Column::Points, Column::Rate, Column::Score].iter().all(|c| columns.contains(c)) {
            return None;
        }
        let label = run + 1;
        let figures_follow = (label + 1..=label + run).all(|k| lines.get(k).is_some_and(|line| !line.table) && is_figure(cell(k)));
        if !cell(label).contains("资金总额") || !figures_follow {
            return None;
        }
        let range = |k: usize| lines[k].start..lines[k].end;
        let mut funds: Vec<Cells> = vec![(0..=run).map(range).collect(), (label..=label + run).map(range).collect()];
        let mut after = label + run + 1;
        // Its parts' rows, each a name and as many cells: a “—” keeps its column, empty (no 分值 of its own).
        let part_cell = |k: usize| lines.get(k).is_some_and(|line| !line.table) && (is_figure(cell(k)) || is_dash(cell(k)));
        while words(after) && cell(after).chars().count() <= 16 && (after + 1..=after + run).all(part_cell) && (after + 1..=after + run).any(|k| is_figure(cell(k))) {
            funds.push((after..=after + run).map(range).collect());
            after += run + 1;
        }
        let indicators = (after..(after + SHEET_GAP).min(lines.len())).find_map(|k| Some((k, indicator_rows(pasted, &lines[k..])?)));
        match indicators {
            Some((k, (rows, taken))) => Some(StackedSheet { funds, indicators: Some(rows), lines: k + taken }),
            None => Some(StackedSheet { funds, indicators: None, lines: after }),
        }
    }
}

/// Where a 绩效指标 header puts each cell of a row.
struct IndicatorPlaces {
    width: usize,
    /// The columns of the levels named, 一级 first: all three on a project's sheet; a 部门整体 sheet's
    /// rows of 一级 and 二级 alone (“一级指标⏎二级指标⏎分值⏎得分”) may give two.
    levels: Vec<usize>,
    /// The 年度指标值 and 实际完成值 columns, where the rows measure (none on a sheet of levels alone).
    measured: Option<(usize, usize)>,
    points: usize,
    score: usize,
    reason: Option<usize>,
}

impl IndicatorPlaces {
    fn of(headings: &[&str]) -> Option<Self> {
        let at = |wanted: &dyn Fn(&str) -> bool| headings.iter().position(|h| wanted(h));
        let level = |l: usize| at(&|h| score_table::level(h) == Some(l));
        let place = |w: &'static str| at(&move |h: &str| h.contains(w) && score_table::level(h).is_none());
        let levels: Vec<usize> = (1..=3).map_while(level).collect();
        let measured = place("指标值").zip(place("完成值"));
        let whole = match measured {
            Some(_) => levels.len() == 3,
            // Levels, 分值 and 得分, nothing else: a column unread would shift every row's figures.
            None => levels.len() >= 2 && headings.len() == levels.len() + 2,
        };
        whole.then_some(())?;
        Some(IndicatorPlaces {
            width: headings.len(),
            levels,
            measured,
            points: at(&|h| column(h, None) == Column::Points)?,
            score: at(&|h| column(h, None) == Column::Score)?,
            reason: place("原因").or_else(|| place("措施")),
        })
    }
}

/// A 绩效指标 header of one cell a line at the start of `lines`, its rows down to its 总分 row, and how many
/// lines they take: none unless every row up to that total is read.
fn indicator_rows(pasted: &str, lines: &[damage::Line]) -> Option<(StackedRows, usize)> {
    let cell = |k: usize| lines.get(k).map_or("", |line| stacked_cell(pasted, line));
    let heading = |h: &str| score_table::level(h).is_some() || ["值", "得分", "原因", "措施", "备注"].iter().any(|w| h.contains(w));
    if score_table::level(cell(0)) != Some(1) {
        return None;
    }
    let width = lines.iter().take_while(|line| !line.table && !stacked_cell(pasted, line).is_empty() && heading(stacked_cell(pasted, line))).count();
    let places = IndicatorPlaces::of(&(0..width).map(cell).collect::<Vec<_>>())?;
    let header = lines[..width].iter().map(|line| line.start..line.end).collect();
    // The non-blank lines under the header, as many as a sheet's rows take at most (the reading stays linear).
    let kept: Vec<&damage::Line> =
        lines[width..].iter().take_while(|line| !line.table).filter(|line| !stacked_cell(pasted, line).is_empty()).take(SHEET_LINES).collect();
    let mut rows = Vec::new();
    let mut i = 0;
    loop {
        let first = kept.get(i)?;
        if ["总分", "合计", "总计"].iter().any(|w| stacked_cell(pasted, first).starts_with(w)) {
            let (row, last) = total_row_stacked(pasted, &kept[i..], &places)?;
            rows.push(row);
            let taken = lines.iter().take_while(|line| line.start <= last.start).count();
            return Some((StackedRows { header, rows }, taken));
        }
        let (row, used) = indicator_row_stacked(pasted, &kept[i..], &places)?;
        rows.push(row);
        i += used;
    }
}

/// A 总分 row of one cell a line (“总分⏎100⏎96.5”): its 分值 and 得分 under their headings, and its last line.
fn total_row_stacked<'l>(pasted: &str, kept: &[&'l damage::Line], places: &IndicatorPlaces) -> Option<(Cells, &'l damage::Line)> {
    let [name, points, score, ..] = kept else { return None };
    if !is_figure(stacked_cell(pasted, points)) || !is_figure(stacked_cell(pasted, score)) {
        return None;
    }
    let mut row = vec![name.start..name.start; places.width];
    row[0] = name.start..name.end;
    row[places.points] = points.start..points.end;
    row[places.score] = score.start..score.end;
    Some((row, score))
}

/// A 绩效指标 row at the start of `kept` (non-blank lines): its names, its 指标值 and 实际完成值, its 分值 and
/// 得分 — the last two of the first run of figures (its 实际完成值 may be one too) — and a 偏差原因 said in
/// words; and how many lines it takes.
fn indicator_row_stacked(pasted: &str, kept: &[&damage::Line], places: &IndicatorPlaces) -> Option<(Cells, usize)> {
    let Some((target, actual)) = places.measured else { return level_row_stacked(pasted, kept, places) };
    let cell = |i: usize| kept.get(i).map_or("", |line| stacked_cell(pasted, line));
    let figure = |i: usize| is_figure(cell(i));
    let run_at = (0..kept.len()).find(|&j| figure(j) && figure(j + 1))?;
    let pair = (run_at..kept.len()).take_while(|&j| figure(j)).last()? - 1;
    // One to three names, then the 指标值 and the 实际完成值.
    let names = pair.checked_sub(2).filter(|&n| (1..=3).contains(&n))?;
    if (0..names).any(|n| figure(n) || cell(n).chars().count() > 30) {
        return None;
    }
    let [first, second, third] = places.levels[..] else { return None };
    let of_level: Vec<(usize, usize)> = match names {
        3 => vec![(first, 0), (second, 1), (third, 2)],
        2 if first_level(cell(0)) => vec![(first, 0), (third, 1)],
        2 => vec![(second, 0), (third, 1)],
        _ => vec![(third, 0)],
    };
    let range = |i: usize| kept[i].start..kept[i].end;
    let mut row = vec![kept[0].start..kept[0].start; places.width];
    for (column, i) in of_level.into_iter().chain([(target, names), (actual, names + 1), (places.points, pair), (places.score, pair + 1)]) {
        row[column] = range(i);
    }
    let mut used = pair + 2;
    // A 偏差原因 is said in a sentence: the next row opens with a name.
    let said = cell(used);
    // Or a short word of no deviation (“无”, “—”) before the next row's 一级 or the 总分.
    let next_opens = first_level(cell(used + 1)) || ["总分", "合计", "总计"].iter().any(|w| cell(used + 1).starts_with(w));
    let no_deviation = !said.is_empty() && !is_figure(said) && !first_level(said) && said.chars().count() <= 6 && next_opens;
    if let Some(column) = places.reason.filter(|_| said.contains(['，', '。', '；', '、', ',']) || said.chars().count() > 16 || no_deviation) {
        row[column] = range(used);
        used += 1;
    }
    Some((row, used))
}

/// A row of a sheet of levels alone at the start of `kept`: its names (a merged one left out: the deepest
/// named, or the 一级 where it names one), then its 分值 and 得分; and how many lines it takes.
fn level_row_stacked(pasted: &str, kept: &[&damage::Line], places: &IndicatorPlaces) -> Option<(Cells, usize)> {
    let cell = |i: usize| kept.get(i).map_or("", |line| stacked_cell(pasted, line));
    let names = (0..=places.levels.len()).find(|&i| is_figure(cell(i))).filter(|&n| n >= 1)?;
    if !is_figure(cell(names + 1)) || (0..names).any(|n| cell(n).chars().count() > 30) {
        return None;
    }
    let skipped = if first_level(cell(0)) { 0 } else { places.levels.len() - names };
    let range = |i: usize| kept[i].start..kept[i].end;
    let mut row = vec![kept[0].start..kept[0].start; places.width];
    for (n, column) in places.levels.iter().skip(skipped).take(names).enumerate() {
        row[*column] = range(n);
    }
    row[places.points] = range(names);
    row[places.score] = range(names + 1);
    Some((row, names + 2))
}

/// Whether a 绩效指标's name is a 一级's (“产出指标”, “满意度指标”), not a 二级's (“服务对象满意度指标”).
fn first_level(name: &str) -> bool {
    let part = name.strip_suffix("指标").unwrap_or(name);
    SCORE_PARTS.contains(&part)
}

/// A 项目支出绩效自评表 copied one cell to a line at the start of `lines` (its funds block, then its 绩效指标),
/// its rows put back as rows of cells — a merged cell an empty one — with how many lines it takes (for a new
/// draft's project sheets).
pub(super) fn stacked_sheet_rows(pasted: &str, lines: &[damage::Line]) -> Option<(Vec<Vec<String>>, usize)> {
    let sheet = lines.first().filter(|line| !line.table).and_then(|_| StackedSheet::read(pasted, lines, None))?;
    let words = |cells: &Cells| cells.iter().map(|c| pasted[c.clone()].trim().to_string()).collect::<Vec<String>>();
    let indicators = sheet.indicators.iter().flat_map(|rows| std::iter::once(&rows.header).chain(&rows.rows));
    Some((sheet.funds.iter().chain(indicators).map(words).collect(), sheet.lines))
}

/// A table of projects copied one cell to a line at the start of `lines`, its rows put back as tab-separated
/// lines under its header's, with how many lines it takes (for a new draft's project rows).
pub(super) fn stacked_rows(pasted: &str, lines: &[damage::Line]) -> Option<(String, usize)> {
    let stacked = lines.first().filter(|line| !line.table).and_then(|_| Stacked::read(pasted, lines, None))?;
    // A score table lists no projects.
    if !stacked.header.iter().any(|c| names_the_projects(pasted[c.clone()].trim())) {
        return None;
    }
    let joined = |cells: &[Range<usize>]| cells.iter().map(|c| pasted[c.clone()].trim()).collect::<Vec<_>>().join("\t");
    // (A total row a cell short, its 合计 spanning 序号 and the name, sums the projects: none of them.)
    let full = stacked.rows.iter().filter(|row| row.len() == stacked.header.len());
    let rows: Vec<String> = std::iter::once(joined(&stacked.header)).chain(full.map(|row| joined(row))).collect();
    Some((rows.join("\n"), stacked.lines))
}

/// Whether a heading names what a table copied one cell to a line lists, row by row: its projects, or a
/// department's 下属单位 (“单位⏎编制⏎实有⏎全年预算⏎支出数”) — whose 合计 row sums them as a projects' does.
fn names_the_rows(heading: &str) -> bool {
    names_the_projects(heading) || heading == "单位"
}

/// A line of a table copied one cell to a line: that cell's words.
fn stacked_cell<'a>(pasted: &'a str, line: &damage::Line) -> &'a str {
    pasted[line.start..line.end].trim()
}

/// Whether a heading names the projects' column (项目名称, 项目).
fn names_the_projects(heading: &str) -> bool {
    heading.contains("名称") || heading == "项目"
}

impl Tables {
    /// A table copied one cell to a line, read as its rows would be under a header row.
    fn stacked(&mut self, pasted: &str, text: &Normalised, numbers: &[Number], stacked: &Stacked, title: &str, year: Option<u32>) {
        let columns = beside_a_rate(pasted, &stacked.header, stacked.header.iter().map(|c| column(&pasted[c.clone()], year)).collect());
        self.close_sum();
        self.headings = headings(pasted, &stacked.header);
        let words = self.headings.join("\t");
        self.of_projects = lists_projects(&words, &columns, title);
        if names_unit(&words, "元") || names_unit(&words, "万元") {
            self.in_yuan = names_unit(&words, "元");
        }
        self.project_rows.clear();
        self.of_sangong = false;
        // A score table's rows are scored as its copy with tabs is (its 合计 their sum).
        self.scores = columns.contains(&Column::Score).then(|| ScoreTable::new(&self.headings, None));
        self.indicator_tables.push(Vec::new());
        self.header_at = text.position(stacked.header[0].start);
        self.summed = Some(Vec::new());
        self.of_units = stacked.header.iter().any(|c| pasted[c.clone()].trim() == "单位");
        for cells in &stacked.rows {
            self.stacked_row(pasted, text, numbers, cells, &columns);
        }
        self.of_units = false;
        self.close_sum();
        if let Some(table) = self.scores.take() {
            self.untotalled(&table);
        }
    }

    /// A 自评表 copied one cell to a line, read as its rows would be under their header rows: its funds
    /// block, ended as a paragraph ends it, then its 绩效指标 down to their total.
    fn stacked_sheet(&mut self, pasted: &str, text: &Normalised, numbers: &[Number], sheet: &StackedSheet, title: &str, year: Option<u32>) {
        let Some((header, rows)) = sheet.funds.split_first() else { return };
        let columns = self.stacked_header(pasted, text, header, title, year);
        for row in rows {
            self.stacked_row(pasted, text, numbers, row, &columns);
        }
        if let Some(table) = self.scores.take() {
            self.untotalled(&table);
            self.funds_row = table.funds_row().map(|funds| (funds, self.of_projects));
        }
        if let Some(StackedRows { header, rows }) = &sheet.indicators {
            let columns = self.stacked_header(pasted, text, header, title, year);
            for row in rows {
                self.stacked_row(pasted, text, numbers, row, &columns);
            }
        }
        self.close_sum();
        if let Some(table) = self.scores.take() {
            self.untotalled(&table);
        }
    }

    /// A header of one cell a line: what a header row sets (its columns returned).
    fn stacked_header(&mut self, pasted: &str, text: &Normalised, header: &[Range<usize>], title: &str, year: Option<u32>) -> Vec<Column> {
        let columns = beside_a_rate(pasted, header, header.iter().map(|c| column(&pasted[c.clone()], year)).collect());
        let projects_above = self.of_projects;
        self.close_sum();
        self.headings = headings(pasted, header);
        self.of_projects = lists_projects(&self.headings.join("\t"), &columns, title);
        self.project_rows.clear();
        self.of_sangong = false;
        let ended = self.scores.take();
        if let Some(table) = &ended {
            self.untotalled(table);
        }
        let funds = ended.and_then(ScoreTable::funds_row).map(|funds| (funds, projects_above)).or(self.funds_row.take());
        self.funds_at = funds.is_some().then_some(self.header_at);
        let scored_once = columns.iter().filter(|c| **c == Column::Score).count() <= 1;
        self.scores = scored_once.then(|| ScoreTable::new(&self.headings, funds));
        self.indicator_tables.push(Vec::new());
        self.header_at = text.position(header[0].start);
        self.summed = Some(Vec::new());
        columns
    }

    fn stacked_row(&mut self, pasted: &str, text: &Normalised, numbers: &[Number], cells: &[Range<usize>], columns: &[Column]) {
        let (Some(first), Some(last)) = (cells.iter().map(|c| c.start).min(), cells.iter().map(|c| c.end).max()) else { return };
        self.rows.push(text.position(first)..text.position(last));
        self.row(pasted, text, numbers, cells, columns, &vec![None; columns.len()]);
    }

    /// The figure of a row under the report's year (“年末结转结余 | 42.96 | 65.65”), as its row's name says.
    fn this_years(&mut self, text: &Normalised, numbers: &[Number], cells: &[Range<usize>], columns: &[Column], year: Option<u32>) {
        let Some(k) = columns.iter().position(|c| *c == Column::ThisYear) else { return };
        let in_yuan = self.in_yuan;
        // Aligned from the right, as figures are (a merged first cell may be missing).
        let Some(cell) = cells.len().checked_sub(columns.len() - k).and_then(|i| cells.get(i)) else { return };
        let range = text.position(cell.start)..text.position(cell.end);
        let Some(number) = numbers.iter().find(|n| n.start >= range.start && n.end <= range.end) else { return };
        let name: String = text.text.get(text.position(cells[0].start)..text.position(cells[0].end)).unwrap_or_default().to_string();
        if let Some(target) = (cells.len() > 1).then(|| phrase_target(&name, year)).flatten() {
            self.cells.push(Cell { target, value: amount(in_yuan, number), start: number.start, end: number.end });
        }
    }
}

/// Where a row's cells stand under its header: the column each is in, and which cells name the row.
struct Layout<'a> {
    columns: &'a [Column],
    /// Headings before the first cell (cells merged away on the left): figures are aligned from the right.
    shift: usize,
    /// Cells before the figures beyond the headings (“其中 | 基本支出 | 444 | …” under a “项目” spanning two
    /// columns): words of the name, the figures still aligned from the right.
    extra: usize,
    /// The cells under 序号, then those up to the first figure: the row's name is between them.
    numbered: usize,
    named: usize,
}

impl<'a> Layout<'a> {
    fn of(pasted: &str, cells: &[Range<usize>], columns: &'a [Column], headings: &[String]) -> Self {
        // A last column of words (“扣分原因”, “备注”) left off a short row that ends on a figure (“合计 | 100 |
        // 93.5 | 6.5”): its figures end under the column before it, not under the words.
        let notes = if cells.last().is_some_and(|c| is_figure(&pasted[c.clone()])) { notes_after(headings, columns.len()) } else { 0 };
        let shift = columns.len().saturating_sub(notes).saturating_sub(cells.len());
        let extra = cells.len().saturating_sub(columns.len());
        let extra = if cells.iter().take(extra).all(|c| !is_figure(&pasted[c.clone()])) && cells.last().is_some_and(|c| !c.is_empty()) { extra } else { 0 };
        let mut layout = Layout { columns, shift, extra, numbered: 0, named: 0 };
        // A 合计 merged across 序号 and the name (“合计 |  | 983.00”) is the row's name, no number.
        layout.numbered = cells.iter().enumerate().take_while(|(k, c)| layout.column(*k) == Some(&Column::Index) && is_numbering(&pasted[(*c).clone()])).count();
        layout.named = layout.numbered + cells[layout.numbered..].iter().take_while(|c| !is_figure(&pasted[(*c).clone()])).count();
        layout
    }

    /// The place of the column the `k`th cell stands in.
    fn place(&self, k: usize) -> Option<usize> {
        (k + self.shift).checked_sub(self.extra)
    }

    fn column(&self, k: usize) -> Option<&Column> {
        self.place(k).and_then(|i| self.columns.get(i))
    }

    /// The row's words after its first figure (“合计”, “其中：法律援助” in a last column of notes), without blanks.
    fn words_after(&self, pasted: &str, cells: &[Range<usize>]) -> String {
        cells.iter().skip(self.named).filter(|c| !is_figure(&pasted[(*c).clone()])).flat_map(|c| pasted[c.clone()].chars()).filter(|c| !c.is_whitespace()).collect()
    }

    /// The row's name: its cells before the first figure (“三公”经费 | 公务接待 is a part of the “三公”),
    /// after its number under 序号, without blanks.
    fn label(&self, pasted: &str, cells: &[Range<usize>]) -> String {
        cells[self.numbered..self.named].iter().flat_map(|c| pasted[c.clone()].chars()).filter(|c| !c.is_whitespace()).collect()
    }
}

/// How many of the last of `count` columns hold words, by their `headings` (“扣分原因”, “说明”, “备注”).
fn notes_after(headings: &[String], count: usize) -> usize {
    headings.get(..count).map_or(0, |headings| headings.iter().rev().take_while(|h| of_words(h)).count())
}

/// Whether a column's heading names words, not figures (“扣分原因”, “说明”, “备注”) — or a mark (“是否重点”,
/// “是否完成”: 是 / 否), which a 合计 row leaves blank as it does notes.
fn of_words(heading: &str) -> bool {
    ["原因", "说明", "备注", "理由"].iter().any(|w| heading.contains(w)) || heading.starts_with("是否")
}

/// A row's figures: by the kind of their column, by the place of their column (two columns may be of one
/// kind), and those a row of labels above names.
#[derive(Default)]
struct Figures {
    by_column: Vec<(Column, usize)>,
    /// Each figure by the place of its column (two columns may be of one kind: 本级 | 所属单位 | 合计).
    by_place: Vec<(usize, usize)>,
    placed: column_totals::Placed,
    labelled: Vec<(Target, usize)>,
}

impl Figures {
    fn read(text: &Normalised, numbers: &[Number], cells: &[Range<usize>], layout: &Layout, row: Row, heads: &[Option<Target>]) -> Self {
        let mut figures = Figures::default();
        for (k, cell) in cells.iter().enumerate().skip(layout.named) {
            let Some(&column) = layout.column(k) else { continue };
            let range = text.position(cell.start)..text.position(cell.end);
            let Some(index) = numbers.iter().position(|n| n.start >= range.start && n.end <= range.end) else { continue };
            figures.by_column.push((column, index));
            figures.by_place.extend(layout.place(k).map(|at| (at, index)));
            if let Some(at) = layout.place(k).filter(|_| column_totals::summable(column_kind(column), &numbers[index])) {
                figures.placed.push((at, index));
            }
            // A row of figures under a row of labels (上年结转 | 年初预算 | … | 全年支出): each is its heading's.
            if row == Row::Unnamed && meaning(row, column).is_none() {
                figures.labelled.extend(layout.place(k).and_then(|i| heads.get(i)).copied().flatten().map(|target| (target, index)));
            }
        }
        figures
    }

    /// The number (an index) in the column of `kind`, if the row has one.
    fn index(&self, kind: Column) -> Option<usize> {
        self.by_column.iter().find(|(c, _)| *c == kind).map(|(_, i)| *i)
    }
}

impl Tables {
    fn row(&mut self, pasted: &str, text: &Normalised, numbers: &[Number], cells: &[Range<usize>], columns: &[Column], heads: &[Option<Target>]) {
        let in_yuan = self.in_yuan;
        let layout = Layout::of(pasted, cells, columns, &self.headings);
        let label = layout.label(pasted, cells);
        let row = if self.of_units { Row::Other } else { self.kind_of(&label) };
        let figures = Figures::read(text, numbers, cells, &layout, row, heads);
        let scored = figures.by_column.iter().filter(|(column, _)| matches!(column, Column::Points | Column::Score | Column::GroupScore));
        self.points.extend(scored.map(|(_, index)| *index));
        if self.of_units {
            self.sum_up(&label, figures.placed, numbers);
            return;
        }
        for &(target, index) in &figures.labelled {
            let number = &numbers[index];
            self.cells.push(Cell { target, value: amount(in_yuan, number), start: number.start, end: number.end });
        }
        let value = |wanted: Column| figures.index(wanted).map(|i| amount(in_yuan, &numbers[i]));
        if row == Row::Other && self.of_sangong && !self.of_projects && SANGONG_ITEMS.iter().any(|w| label.contains(w)) {
            let (budget, actual, last_actual) = (value(Column::Budget), value(Column::Actual), value(Column::LastActual));
            self.sangong_items.push(SangongItemRow { label: label.clone(), budget, actual, last_actual });
        }
        if row == Row::Other && !self.of_projects {
            self.staff_of_a_type(&label, &layout, &figures, numbers);
            self.appropriations_initial(&label, &figures, numbers);
        }
        self.sub_items(&label, &layout.words_after(pasted, cells), row, &figures, numbers);
        self.score(pasted, text, cells, &layout, &label, &figures, numbers);
        self.sum_up(&label, figures.placed.clone(), numbers);
        self.funds_sources(&label, &figures.placed);
        let breakdown = ["其中", "含", "包括"].iter().any(|w| label.starts_with(w));
        // A row whose number, name, budget and rate cells are merged into the row above (a project's sub-item:
        // “ | | 送展览 | | 23.30 | ”) spends part of that project: its 执行率 is on their spending together.
        // Not a breakdown of the row above (“ | 其中：中央资金 | | 60.00 | ”): that is within its spending.
        let merged = row == Row::Project && !breakdown && cells.first().is_some_and(|c| c.is_empty()) && value(Column::Budget).is_none() && value(Column::Rate).is_none();
        if self.merge_into_project(merged, value(Column::Actual)) {
            return;
        }
        // A project's name is its name's first cell: those after it (资金来源, 实施单位 …) say more of it, but
        // are no part of its name. (Its first written: a cell merged down from the row above, its category's,
        // is left blank.)
        // Under a header naming its column (“序号 | 类别 | 项目名称 | …”), the cell under 名称 is the name — the
        // category before it, written on its group's first row only, is none.
        let written = |c: &&Range<usize>| !pasted[(*c).clone()].trim().is_empty();
        let under_name = (layout.numbered..layout.named)
            .find(|&k| layout.place(k).and_then(|i| self.headings.get(i)).is_some_and(|h| h.ends_with("名称")))
            .and_then(|k| cells.get(k))
            .filter(written);
        let first = under_name.or_else(|| cells[layout.numbered..layout.named].iter().find(written));
        let of_all = ["合计", "总计"].iter().any(|w| label.contains(w));
        let project = first.filter(|_| row == Row::Project && !breakdown && !of_all).map(|first| text.position(first.start)..text.position(first.end));
        if row == Row::Project && !breakdown && !merged {
            self.project_row(&label, project.clone(), figures.index(Column::Actual), numbers);
        }
        let name = cells.get(layout.numbered).zip(cells.get(layout.named.max(1) - 1)).map(|(first, last)| first.start..last.end);
        self.spending_row(text, row, &label, name, &figures, numbers);
        self.meanings_and_rates(row, &label, project, &figures, &layout, numbers);
    }

    /// What a row is, by its label and the table it is in — which the label may change: a “三公” item makes
    /// the table the “三公”'s, a row of the unit's own spending makes a table of projects the unit's.
    fn kind_of(&mut self, label: &str) -> Row {
        // A project named after a “三公” item (“公务用车平台运行”) makes no “三公” table of a table of projects.
        self.of_sangong |= !self.of_projects && SANGONG_ITEMS.iter().any(|w| label.contains(w));
        // “义务教育公用经费（上级补助部分）” in a table of projects is a project named after the money it gives.
        let named = match row(label) {
            Row::Public if self.of_projects && qualifies_public_funds(label) => Row::Other,
            named => named,
        };
        self.of_projects &= !matches!(named, Row::Basic | Row::Projects | Row::Public | Row::Personnel);
        match named {
            Row::Total if self.of_sangong => Row::Sangong,
            // A row of figures under a row of labels stays one: its headings say what they are.
            Row::Total | Row::Other | Row::BudgetPart(_) if self.of_projects => Row::Project,
            Row::Unnamed => self.titled.unwrap_or(Row::Unnamed),
            row => row,
        }
    }

    /// A project's sub-item (`merged` into the row above) adds what it `spent` to the project's: in the
    /// table's 合计 — unless the project's row is their 小计, which has summed them already — and in the
    /// project's stated 执行率. Whether the row was taken in so.
    fn merge_into_project(&mut self, merged: bool, spent: Option<Decimal>) -> bool {
        if let (true, false, Some(spent)) = (merged, self.under_subtotal, spent) {
            if let Some(project) = self.project_rows.last_mut() {
                project.value = project.value.plus(spent).unwrap_or(project.value);
            }
        }
        match (self.merged_into.filter(|_| merged), spent) {
            (Some(at), Some(spent)) => {
                if let Some(stated) = self.stated.get_mut(at) {
                    stated.executed = stated.executed.plus(spent).unwrap_or(stated.executed);
                }
                true
            }
            _ => {
                self.merged_into = None;
                false
            }
        }
    }

    /// Each figure of a row as what its row and column mean, and the rates and scores it states with the
    /// row's figures they are computed from.
    fn meanings_and_rates(&mut self, row: Row, label: &str, project: Option<Range<usize>>, figures: &Figures, layout: &Layout, numbers: &[Number]) {
        let in_yuan = self.in_yuan;
        let value = |wanted: Column| figures.index(wanted).map(|i| amount(in_yuan, &numbers[i]));
        // A project's 执行率 is on the budget its row gives: the 年初预算 where no other is.
        let budget = if row == Row::Project { value(Column::Budget).or_else(|| value(Column::Initial)) } else { value(Column::Budget) };
        let (executed, over) = if row == Row::Unnamed { (value(Column::Staff), value(Column::Quota)) } else { (value(Column::Actual), budget) };
        for &(column, index) in &figures.by_column {
            let number = &numbers[index];
            // “公用经费控制率 | ≤100% | 96.79%” under “实际完成值”: a rate is no amount of its row's topic.
            let a_units_share = matches!(column, Column::Quota | Column::Staff) && self.whole_units_figure(column, layout, figures).is_some_and(|whole| whole != index);
            if let Some(target) = meaning(row, column).filter(|_| number.unit != Unit::Percent && !a_units_share) {
                if target == Target::Field("budget.initial") {
                    self.initial_total = Some((self.header_at, self.cells.len()));
                }
                self.cells.push(Cell { target, value: amount(in_yuan, number), start: number.start, end: number.end });
            }
            let rate_like = number.unit == Unit::Percent || column == Column::Score;
            if let (Some(id), Some(executed), Some(budget), true) = (stated_id(row, column), executed, over, rate_like) {
                // A project's 小计 row already sums the rows merged under it.
                if id == "project.execution" && !label.contains("小计") {
                    self.merged_into = Some(self.stated.len());
                }
                let rows_executed = (id == "project.execution").then(|| self.rows_spent(figures.index(Column::Actual))).flatten().filter(|sum| *sum != executed);
                // (A row's name stands in its own cell: a table copied one cell to a line has no row's line to read it from.)
                let project = project.clone().filter(|_| matches!(id, "project.execution" | "project.score"));
                // A table “（单位：元）” gives its amounts in 元; its 分值 is points all the same.
                let points = figures.index(Column::Points).map(|i| numbers[i].value);
                self.stated.push(Stated { id, number: index, executed, budget, points, in_yuan, rows_executed, project });
            }
        }
    }
}

/// The rate or score a figure in `row` and `column` states, by its id.
fn stated_id(row: Row, column: Column) -> Option<&'static str> {
    Some(match (row, column) {
        (Row::Unnamed, Column::StaffRate) => "staff_control",
        (Row::Total, Column::Rate) => "budget_execution",
        (Row::Basic, Column::Rate) => "funds.basic.execution",
        (Row::Projects, Column::Rate) => "funds.projects.execution",
        // A row of the unit's spending item by item (人员经费, a project …) beside no table of projects: its
        // 执行率 is its own, as a project's is.
        (Row::Project | Row::Other | Row::Personnel | Row::Public, Column::Rate) => "project.execution",
        // A 项目支出绩效自评表's 年度资金总额 row (a table of one project's funds), or a project's row with its
        // 分值 and 得分: 分值 × 执行率.
        (Row::Project, Column::Score) => "project.score",
        (Row::Total, Column::Score) => "funds.total",
        (Row::Basic, Column::Score) => "funds.basic",
        (Row::Projects, Column::Score) => "funds.projects",
        (Row::Public, Column::Control) => "public_expense_control",
        (Row::Sangong, Column::Control) => "sangong_control",
        _ => return None,
    })
}

impl Tables {
    /// A row of the unit's spending with its figure in the 决算 column: the total (支出合计, 年度资金总额 — not
    /// 收入合计) or one of its two parts, kept until the table ends.
    /// “行政编制 | 40 | 0 | 40 | 38 | 0 | 38”: a staffing table's row of one type of 编制 gives that type's posts
    /// and persons in post — from the 合计 column where the header splits them by unit (本级 | 所属单位 | 合计),
    /// none where it splits them without one. Rows of one type in a table add up: “参公事业编制” are 行政 as
    /// “行政编制” are (SPEC §3), two parts of that type, not two values of it.
    fn staff_of_a_type(&mut self, label: &str, layout: &Layout, figures: &Figures, numbers: &[Number]) {
        let Some(kind) = staff_type(label) else { return };
        for (column, of) in [(Column::Quota, "quota"), (Column::Staff, "actual")] {
            let Some(number) = self.whole_units_figure(column, layout, figures).and_then(|i| numbers.get(i)) else { continue };
            if number.decimals > 0 || !matches!(number.unit, Unit::Bare | Unit::Persons) {
                continue;
            }
            let target = Target::Field(super::labels::typed(of, kind));
            let header_at = self.header_at;
            // The table being read is the last one typed: its cells are the last kept.
            let of_this_table = self.staff_types.iter().rev().take_while(|(at, _)| *at == header_at);
            let same = of_this_table.map(|(_, i)| *i).find(|i| self.cells.get(*i).is_some_and(|c| c.target == target));
            match same.and_then(|i| self.cells.get_mut(i)) {
                Some(cell) => {
                    cell.value = cell.value.plus(number.value).unwrap_or(cell.value);
                    cell.end = number.end;
                }
                None => {
                    self.staff_types.push((header_at, self.cells.len()));
                    self.cells.push(Cell { target, value: number.value, start: number.start, end: number.end });
                }
            }
        }
    }

    /// “年度资金总额 | 208,614,300.00 | …” over “其中：当年财政拨款 | 28,614,300.00 | …” and “其他资金 | 180,000,000.00
    /// | …”: the total's 年初预算数 counts every source, the 年初预算 of the data (SPEC §3, beside 其他资金) is the
    /// appropriation's — where the table gives it, it takes the total's place.
    fn appropriations_initial(&mut self, label: &str, figures: &Figures, numbers: &[Number]) {
        let Some((_, cell)) = self.initial_total.filter(|(at, _)| *at == self.header_at) else { return };
        let Some(number) = figures.index(Column::Initial).and_then(|i| numbers.get(i)) else { return };
        if !funds_sources::source(label).is_some_and(|name| name.contains("财政拨款")) {
            return;
        }
        let value = amount(self.in_yuan, number);
        if let Some(cell) = self.cells.get_mut(cell) {
            (cell.value, cell.start, cell.end) = (value, number.start, number.end);
        }
    }

    /// The row's one figure (an index) in a column of `kind`, or where the header has several (本级 | 所属单位 |
    /// 合计), the one under their 合计's heading.
    fn whole_units_figure(&self, kind: Column, layout: &Layout, figures: &Figures) -> Option<usize> {
        let places: Vec<usize> = (0..layout.columns.len()).filter(|at| layout.columns.get(*at) == Some(&kind)).collect();
        let at = match places.as_slice() {
            [at] => *at,
            _ => *places.iter().find(|at| self.headings.get(**at).is_some_and(|h| ["合计", "小计", "总计", "共计"].iter().any(|w| h.contains(w))))?,
        };
        figures.by_place.iter().find(|(place, _)| *place == at).map(|(_, index)| *index)
    }

    fn spending_row(&mut self, text: &Normalised, row: Row, label: &str, name: Option<Range<usize>>, figures: &Figures, numbers: &[Number]) {
        let actual = figures.index(Column::Actual);
        let word = match row {
            Row::Total if !self.of_projects && (label.contains("支出") || label.contains("资金总额")) => "",
            Row::Basic => "基本支出",
            Row::Projects => "项目支出",
            // “三、其他支出”: spending beside the two parts — the total is then no sum of them alone.
            Row::Other if label.contains("支出") && !label.starts_with("其中") => "",
            _ => return,
        };
        let (Some(name), Some(index)) = (name, actual) else { return };
        let Some(number) = numbers.get(index) else { return };
        let cell = text.position(name.start)..text.position(name.end);
        // The part's name without its numbering or a merged “其中” before it (“一、基本支出”, “其中 | 基本支出”).
        let name = match text.text.get(cell.clone()).and_then(|words| words.find(word)) {
            Some(i) if !word.is_empty() => cell.start + i..cell.start + i + word.len(),
            _ => cell,
        };
        self.spending_rows.push((row, name, index, amount(self.in_yuan, number), figures.placed.clone()));
    }

    /// A project's row opens a list of its sub-items; a row of spending alone, named only after its figure,
    /// is one of them; any other row closes the list.
    fn sub_items(&mut self, label: &str, after: &str, row: Row, figures: &Figures, numbers: &[Number]) {
        // (A figure in the item's words, “12338热线”, is no column's.)
        let spent_alone = figures.by_column.iter().filter(|(c, _)| *c != Column::Other).count() == 1 && figures.index(Column::Actual).is_some();
        if label.is_empty() && spent_alone && !after.is_empty() {
            let spent = figures.index(Column::Actual).and_then(|index| Some((index, numbers.get(index)?.value)));
            if let (Some(run), Some(spent)) = (self.items_of.as_mut(), spent) {
                run.items.push(spent);
                return;
            }
        }
        // A row without a name that is no item as read here may be one still: the list is not known whole.
        if label.is_empty() {
            self.items_of = None;
        }
        self.close_items();
        let of_all = ["合计", "总计"].iter().any(|w| label.contains(w));
        let spent = figures.index(Column::Actual).and_then(|index| Some((index, numbers.get(index)?.value)));
        if let (Row::Project, false, Some(spent)) = (row, of_all, spent) {
            let marked = ["合计", "小计", "共计"].iter().any(|w| after.contains(w));
            self.items_of = Some(ItemsOf { spent, name: label.to_string(), marked, items: Vec::new() });
        }
    }

    /// The sub-items read under a project, two or more, with its spending: judged where its row says it is
    /// their sum, or where they make it up (a list of some of its items only would not).
    fn close_items(&mut self) {
        let Some(run) = self.items_of.take() else { return };
        let sum = run.items.iter().try_fold(Decimal::ZERO, |sum, (_, value)| sum.plus(*value));
        let adds_up = sum == Some(run.spent.1);
        if run.items.len() >= 2 && (run.marked || adds_up) {
            let rows = run.items.iter().map(|(index, _)| *index).collect();
            self.sub_item_totals.push(column_totals::ColumnTotal { number: run.spent.0, rows, in_yuan: self.in_yuan, heading: Some(run.name), of: column_totals::SumOf::Items });
        }
    }

    /// A row of a project's funds block: its 年度资金总额 opens it, the sources under it (其中：当年财政拨款 …)
    /// are its parts; any other row closes it.
    fn funds_sources(&mut self, label: &str, placed: &column_totals::Placed) {
        if let (Some(block), Some(source)) = (self.funds_block.as_mut(), funds_sources::source(label)) {
            block.add(source, placed.clone());
            return;
        }
        self.close_funds();
        if self.of_projects && label.contains("资金总额") {
            self.funds_block = Some(FundsBlock::new(placed.clone()));
        }
    }

    fn close_funds(&mut self) {
        if let Some(block) = self.funds_block.take() {
            self.funds_sums.extend(block.sums(&self.headings, self.in_yuan));
        }
    }

    /// A score table ended without its total row: kept where its rows make a whole rubric.
    fn untotalled(&mut self, table: &ScoreTable) {
        self.untotalled.extend(table.whole().map(|sums| (self.header_at, sums)));
    }

    /// At a table's end: its spending total with its two parts, where it has one of each.
    fn close_sum(&mut self) {
        self.close_items();
        self.close_funds();
        let rows = std::mem::take(&mut self.spending_rows);
        if rows.iter().any(|r| r.0 == Row::Other) {
            return;
        }
        let one = |kind: Row| {
            let mut of_kind = rows.iter().filter(|r| r.0 == kind);
            of_kind.next().filter(|_| of_kind.next().is_none())
        };
        let (Some(total), Some(basic), Some(projects)) = (one(Row::Total), one(Row::Basic), one(Row::Projects)) else { return };
        let items = [basic, projects].iter().map(|r| Part { name: r.1.clone(), value: r.3 }).collect();
        self.sums.push((total.2, Parts { items, partial: false }, self.in_yuan));
        // Its other columns (上年决算, 年初预算, 全年预算 …) add up so too — where no 合计 row has summed them.
        let at = |row: &(Row, Range<usize>, usize, Decimal, column_totals::Placed), place: usize| row.4.iter().find(|(p, _)| *p == place).map(|(_, n)| *n);
        let mut by_parts = Vec::new();
        for &(place, number) in total.4.iter().filter(|(_, n)| *n != total.2 && !self.column_totals.iter().any(|t| t.number == *n)) {
            let (Some(basic), Some(projects)) = (at(basic, place), at(projects, place)) else { continue };
            let heading = self.headings.get(place).filter(|h| !h.is_empty()).cloned();
            by_parts.push(column_totals::ColumnTotal { number, rows: vec![basic, projects], in_yuan: self.in_yuan, heading, of: column_totals::SumOf::Parts });
        }
        self.column_totals.extend(by_parts);
    }

    /// Whether the figure at `at` (normalised) stands in a row read by its words under a caption in 元.
    pub fn in_yuan_row(&self, at: usize) -> bool {
        self.in_yuan_rows.iter().any(|row| row.contains(&at))
    }

    /// A row of a table of projects: what it spent is kept; the 合计's spending (at `spent`) is stated with
    /// the rows kept above it, two or more.
    fn project_row(&mut self, label: &str, name: Option<Range<usize>>, spent: Option<usize>, numbers: &[Number]) {
        let Some(number) = spent.and_then(|index| numbers.get(index)) else { return };
        let value = amount(self.in_yuan, number);
        if ["合计", "总计"].iter().any(|w| label.contains(w)) {
            let rows = std::mem::take(&mut self.project_rows);
            if rows.len() >= 2 {
                self.project_totals.extend(spent.map(|index| (index, value, rows)));
            }
        } else if let Some(name) = name {
            self.under_subtotal = label.contains("小计");
            self.project_rows.push(Part { name, value });
        }
    }

    /// What the rows of a table of projects spent together, when `spent` (an index) is their 合计's.
    fn rows_spent(&self, spent: Option<usize>) -> Option<Decimal> {
        let (_, _, rows) = self.project_totals.last().filter(|(index, _, _)| Some(*index) == spent)?;
        rows.iter().try_fold(Decimal::ZERO, |sum, row| sum.plus(row.value))
    }

    /// A row of a score table (“一级指标 | 二级指标 | 三级指标 | 分值 | 得分”): its names by level, its 分值
    /// and its 得分 are kept; the total's (合计, 总分) are stated with what the rows kept make.
    #[allow(clippy::too_many_arguments)]
    fn score(&mut self, pasted: &str, text: &Normalised, cells: &[Range<usize>], layout: &Layout, label: &str, figures: &Figures, numbers: &[Number]) {
        let Some(table) = self.scores.as_mut() else { return };
        let value = |index: Option<usize>| index.and_then(|i| numbers.get(i)).map(|n| n.value);
        // The total's own name, not a rule written beside a row (“支出合计/全年预算数，按执行率×分值计分”).
        let names_total = cells[layout.numbered..layout.named].iter().map(|c| pasted[c.clone()].trim()).any(|cell| !is_sentence(cell) && ["合计", "总计", "总分", "总得分"].iter().any(|w| cell.contains(w)));
        // A 自评表's funds block named “合计” over its sources (“合计 | 220.00 | 235.00 | 228.65 | 97.30% | 10 | 9.73”):
        // its amounts (two or more: a total's 分值 may fall under a column of money) make it the funds row.
        let amounts = figures.by_column.iter().filter(|(column, _)| matches!(column, Column::Initial | Column::Budget | Column::Actual)).count();
        let names_total = names_total && amounts < 2;
        if names_total {
            let (points, score) = match total_row(figures) {
                (Some(lone), None) if figures.by_column.len() == 1 && lone_score(label, value(Some(lone)), table) => (None, Some(lone)),
                found => found,
            };
            // “合计 | 100 | 自评得分96.0分”: the total said in words of the row, no figure of a column.
            let said = score.is_none().then(|| score_in_words(pasted, text, cells.get(layout.named..).unwrap_or_default())).flatten();
            if let Some((range, stated)) = said {
                let sums = table.sums(value(points)).filter(|_| table.len() >= 2);
                let derived = !self.headings.iter().any(|h| column(h, None) == Column::Score);
                self.said_totals.extend(sums.map(|sums| SaidTotal { range, stated, sums, derived }));
                self.scores = None;
                return;
            }
            let mut sums = score.and_then(|_| table.sums(value(points)));
            // Rows whose 得分 is not their 分值 less their 扣分: the total made with the latter has them as slips.
            let header_at = self.header_at;
            let off: Vec<&mut Deduction> = self.deductions.iter_mut().filter(|d| numbers.get(d.number).is_some_and(|n| n.start >= header_at) && d.off()).collect();
            let fixed = (!off.is_empty()).then(|| table.rescored(off.iter().filter_map(|d| Some((d.row, d.left()?))))).and_then(|fixed| fixed.sums(value(points)));
            let sum = |sums: &Option<Sums>| sums.as_ref().and_then(|s| score_table::total(&s.scores));
            if let (Some(stated), true) = (value(score), fixed.is_some()) {
                if deductions::scores_slipped(stated, sum(&sums), sum(&fixed)) {
                    off.into_iter().for_each(|d| d.score_slip = true);
                    sums = fixed;
                }
            }
            // Only a table headed 得分 with rows scored is a score table left unchecked (not a table of money
            // whose 合计 row happens to give two figures).
            let scored = !table.is_empty() && self.headings.iter().any(|h| h.contains("得分"));
            if let (Some(number), None, true) = (score, &sums, scored) {
                self.unchecked_totals.push((label.to_string(), number));
            }
            let subtotals = table.subtotals().to_vec();
            // The funds row's 得分, where it is a part of the total: a slip of it is the total's too.
            let funds_at = self.funds_at.filter(|_| sums.as_ref().is_some_and(|s| s.scores.iter().any(|(name, _)| name.contains("资金"))));
            self.score_totals.extend(score.zip(sums).map(|(number, sums)| ScoreTotal { header_at: self.header_at, number, points_number: points, sums, subtotals, funds_at }));
            self.scores = None;
            return;
        }
        let (points, score) = (value(figures.index(Column::Points)), value(figures.index(Column::Score)));
        let points = points.or_else(|| score.and(score_table::bracketed_points(label)));
        let deducted = figures.placed.iter().find(|(place, _)| self.headings.get(*place).is_some_and(|h| is_deduction(h))).map(|(_, index)| *index);
        // “分值 | 扣分 | 扣分依据”, no column of 得分: each row's 得分 is its 分值 less its 扣分.
        let scored = self.headings.iter().any(|h| column(h, None) == Column::Score);
        let score = match score {
            None if !scored => points.zip(value(deducted)).and_then(|(points, deducted)| points.minus(deducted.abs())),
            score => score,
        };
        // A 小计 under its rows sums them: they are counted, it is not. Nor is a part of the funds under the
        // 年度资金总额 (“其中：当年财政拨款 | 420.00 | 420.00 | 362.25”, its figures a cell short of the 得分).
        let of_the_funds = label.starts_with("其中") && table.opens_with_funds();
        if label.contains("小计") || of_the_funds || points.is_none() && score.is_none() {
            return;
        }
        // Without headings of levels, a row that names no 一级 (nor the funds) may be an item of the one above;
        // a 得分 that is neither a figure nor a mark of 不适用 (“待评”) cannot be added up.
        let unread = score.is_none() && !score_cell(pasted, cells, layout).is_none_or(|cell| not_applicable(&cell));
        if unread {
            table.unsure();
        } else if !levelled(&self.headings) && !SCORE_PARTS.iter().chain(&PROVINCE_PARTS).chain(&["资金总额"]).any(|p| label.contains(p)) {
            table.unlevelled();
        }
        if let (Some(number), Some(score_number), Some(points), Some(score)) = (deducted, figures.index(Column::Score), points, score) {
            let taken = numbers.get(number).map(|n| n.value).unwrap_or_default();
            self.deductions.push(Deduction { number, score_number, points, deducted: taken, score, row: table.len(), score_slip: false });
        }
        let names = level_names(pasted, cells, layout, &self.headings, label);
        if let Some(index) = figures.index(Column::GroupScore) {
            table.subtotal(&names, index, value(Some(index)).unwrap_or_default());
        }
        if let (true, Some(number), Some(kept)) = (table.of_a_sheet(), figures.index(Column::Score), self.indicator_tables.last_mut()) {
            kept.push(Typed { row: indicator_row(pasted, cells, layout, &self.headings, &names), number, of_a_project: table.of_a_project() });
        }
        table.push(ScoreRow { names, points, score });
    }
}

/// “自评总分 | 99.22 | 自评等级 | 优”: a figure alone beside a total named for its score (总分, 得分), wherever
/// its column — its 得分, where it is not the 100 (or the rows' 分值) a total of 分值 would be.
fn lone_score(label: &str, value: Option<Decimal>, table: &ScoreTable) -> bool {
    let points = table.sums(None).and_then(|sums| sums.points).and_then(|points| score_table::total(&points));
    let named = ["总分", "得分"].iter().any(|w| label.contains(w));
    named && value.is_some_and(|v| v != Decimal::ONE_HUNDRED && Some(v) != points)
}

/// “合计 | 100 | 自评得分96.0分”: a total row that says its 得分 in words of a cell (“分” after it, so no number
/// read of the text): where it stands (normalised) and its value.
fn score_in_words(pasted: &str, text: &Normalised, cells: &[Range<usize>]) -> Option<(Range<usize>, Decimal)> {
    const SAID: [&str; 2] = ["得分", "总分"];
    let said = cells.iter().find(|c| !is_figure(&pasted[(*c).clone()]) && SAID.iter().any(|w| pasted[(*c).clone()].contains(w)))?;
    let words = &pasted[said.clone()];
    let after = SAID.iter().filter_map(|w| words.find(w).map(|at| at + w.len())).min()?;
    let (value, end) = super::score_total::points_after(words, after)?;
    let digits = after + words.get(after..)?.find(|c: char| c.is_ascii_digit())?;
    Some((text.position(said.start + digits)..text.position(said.start + end), value))
}

/// “评价维度 | 得分”: a header of two cells, the parts scored and their 得分 — a score table though it names
/// one column of figures only.
fn scores_by_part(pasted: &str, cells: &[Range<usize>], columns: &[Column]) -> bool {
    let named = |k: usize| cells.get(k).is_some_and(|c| ["维度", "指标", "评价内容"].iter().any(|w| pasted[c.clone()].contains(w)));
    matches!(columns, [Column::Other, Column::Score]) && named(0)
}

/// “一级 | 指标 | 分值 | 扣分 | 扣分依据”: a score table that gives each row's 分值 and 扣分, its 得分 what is left —
/// a header though it names one column of figures the others know.
fn deducted_by_part(pasted: &str, cells: &[Range<usize>], columns: &[Column]) -> bool {
    columns.contains(&Column::Points) && cells.iter().any(|c| is_deduction(&pasted[c.clone()]))
}

/// Whether a score table's column `heading` gives the points taken off (“扣分”), not why (“扣分原因”).
fn is_deduction(heading: &str) -> bool {
    heading.contains("扣分") && !of_words(heading)
}

/// A score table's total row's 分值 and 得分 (numbers' indices): under their columns — or, where its
/// cells are merged so that two figures alone stand after its name (“总分 | 100 | 99.50” under eight
/// headings), the first and the second, whatever columns they fall in.
fn total_row(figures: &Figures) -> (Option<usize>, Option<usize>) {
    match figures.by_column[..] {
        [(_, points), (_, score)] => (Some(points), Some(score)),
        _ => (figures.index(Column::Points), figures.index(Column::Score)),
    }
}

/// A 绩效指标 row as typed, its cells by their headings (年度指标值, 实际完成值, 分值, 得分, 偏差原因) and
/// its names by level.
fn indicator_row(pasted: &str, cells: &[Range<usize>], layout: &Layout, headings: &[String], names: &[Option<String>; 3]) -> IndicatorRow {
    use crate::core::draft::project::IndicatorColumn as C;
    let mut row = IndicatorRow::new(crate::core::draft::RowId(0));
    for (column, name) in [C::Level1, C::Level2, C::Name].into_iter().zip(names) {
        row.set(column, name.as_deref().unwrap_or_default());
    }
    let under = [("指标值", C::Target), ("完成值", C::Actual), ("分值", C::Points), ("得分", C::Score), ("原因", C::Reason)];
    for (k, cell) in cells.iter().enumerate() {
        let heading = layout.place(k).and_then(|i| headings.get(i));
        if let Some((_, column)) = heading.and_then(|h| under.iter().find(|(word, _)| h.contains(word))) {
            row.set(*column, pasted[cell.clone()].trim());
        }
    }
    row
}

/// Whether a cell holds a sentence (a rule, a goal), not a name or a figure.
fn is_sentence(cell: &str) -> bool {
    cell.chars().count() > 12 || cell.contains(['，', '。', '；'])
}

/// Whether a 得分 cell says its row does not apply: empty, dashes or a slash, or in words.
fn not_applicable(cell: &str) -> bool {
    cell.chars().all(|c| "—–-－/／".contains(c)) || ["不适用", "无"].contains(&cell)
}

/// The words in a row's 得分 cell, without blanks, if it has one.
fn score_cell(pasted: &str, cells: &[Range<usize>], layout: &Layout) -> Option<String> {
    let k = (0..cells.len()).find(|&k| layout.column(k) == Some(&Column::Score))?;
    Some(pasted[cells[k].clone()].chars().filter(|c| !c.is_whitespace()).collect())
}

/// Whether a score table's headings name the levels of its rows (“一级指标 | 二级指标 | …”).
fn levelled(headings: &[String]) -> bool {
    headings.iter().any(|h| score_table::level(h).is_some())
}

/// What a score table's row names at each level: its cells under “一级指标”, “二级指标”, “三级指标”. A
/// table without such headings names its rows at the first level; so does a short row whose one name is
/// a 一级's (“投入 | 20 | 18”, its name merged over the levels), though aligned from the right.
fn level_names(pasted: &str, cells: &[Range<usize>], layout: &Layout, headings: &[String], label: &str) -> [Option<String>; 3] {
    let mut names: [Option<String>; 3] = [None, None, None];
    // A level's name may stand after a figure (“投入 | 14.00 | 预算编制 | 8 | 7.50”, a 一级得分 between).
    let after_figures = (layout.named..cells.len()).filter(|&k| layout.column(k) != Some(&Column::GroupScore) && !is_figure(&pasted[cells[k].clone()]));
    let named: Vec<(usize, String)> = (layout.numbered..layout.named)
        .chain(after_figures)
        .filter_map(|k| Some((k, cells.get(k).map(|c| pasted[c.clone()].chars().filter(|c| !c.is_whitespace()).collect::<String>())?)))
        // A dash in a level's cell (“投入 | — | — | 20 | 18”) names nothing there.
        .filter(|(_, name)| !not_applicable(name))
        .collect();
    let first_level = layout.shift > 0 && named.len() == 1 && SCORE_PARTS.iter().any(|p| label.contains(p));
    if levelled(headings) && !first_level {
        // “一级 | 指标 | 分值 | …”: a name before the figures under a heading of no level is the level below the last.
        let mut deepest = 0;
        for (k, name) in named {
            let headed = layout.place(k).and_then(|i| headings.get(i)).and_then(|h| score_table::level(h));
            let below = (k < layout.named && deepest > 0 && deepest < 3).then_some(deepest + 1);
            let level = headed.or(below);
            deepest = level.unwrap_or(deepest);
            if let Some(cell) = level.and_then(|l| names.get_mut(l.checked_sub(1)?)) {
                cell.get_or_insert(name);
            }
        }
    }
    if names.iter().all(Option::is_none) && !label.is_empty() {
        names[0] = Some(label.to_string());
    }
    names
}

impl Tables {
    /// A row of a table, for the 合计 row under it: kept with its figures by column; a 合计 row's
    /// figures are stated with those of the rows above in their columns.
    fn sum_up(&mut self, label: &str, placed: column_totals::Placed, numbers: &[Number]) {
        let Some(rows) = self.summed.as_mut() else { return };
        match column_totals::row_kind(label) {
            column_totals::RowKind::Part => rows.push(placed),
            column_totals::RowKind::Total => {
                let rows = std::mem::take(rows);
                self.column_totals.extend(column_totals::stated(&rows, &placed, numbers, self.in_yuan, &self.headings));
                self.summed = None;
            }
            column_totals::RowKind::NoPart => self.summed = None,
        }
    }
}

/// “经济分类科目 | 金额”, “科目 | 基本支出 | 项目支出”: a header of spending by 科目, its columns named by no
/// kind the audit reads — read only for its 合计 row, each column the sum of the rows above it. (One whose
/// cells give the unit, “科目 | 金额（元）”, is the caption of rows read by their words.)
fn by_subject(pasted: &str, cells: &[Range<usize>]) -> bool {
    let words: Vec<&str> = cells.iter().map(|c| pasted[c.clone()].trim()).collect();
    words.len() >= 2 && words[0].ends_with("科目") && words[1..].iter().all(|w| !w.is_empty() && !is_figure(w) && !w.contains(['（', '(']))
}

/// What a column holds, as the sums of a table's columns care.
fn column_kind(column: Column) -> column_totals::ColumnKind {
    match column {
        Column::Rate | Column::Control | Column::StaffRate | Column::Index => column_totals::ColumnKind::Rate,
        Column::Points | Column::Score | Column::GroupScore => column_totals::ColumnKind::Points,
        _ => column_totals::ColumnKind::Amount,
    }
}

/// The columns of a header's lower row, where a cell of its own is empty under a cell of the upper row
/// merged down (“执行率” over both rows): the upper's — aligned from the left for the first cell, from
/// the right for the others (a cell of the upper row may span two of the lower).
fn merged_down(upper: &[Column], lower: &[Column], cells: &[Range<usize>]) -> Vec<Column> {
    let shift = lower.len().saturating_sub(upper.len());
    lower
        .iter()
        .enumerate()
        .map(|(k, &column)| {
            let empty = cells.get(k).is_some_and(|c| c.is_empty());
            let above = if k == 0 { upper.first() } else { k.checked_sub(shift).and_then(|i| upper.get(i)) };
            match above {
                Some(&above) if empty && column == Column::Other => above,
                _ => column,
            }
        })
        .collect()
}

/// The headings of a header's lower row, where a cell of its own is empty under a cell of the upper row
/// merged down (“一级指标” over both rows): the upper's words, aligned as [`merged_down`] aligns columns.
fn headings_merged_down(pasted: &str, upper: &[Range<usize>], lower: &[Range<usize>]) -> Vec<String> {
    let (above, mut below) = (headings(pasted, upper), headings(pasted, lower));
    let shift = below.len().saturating_sub(above.len());
    for (k, heading) in below.iter_mut().enumerate() {
        let over = if k == 0 { above.first() } else { k.checked_sub(shift).and_then(|i| above.get(i)) };
        if let Some(over) = over.filter(|_| heading.is_empty()) {
            heading.clone_from(over);
        }
    }
    below
}

/// Whether a cell under 序号 holds a row's number (“3”, “（二）”, “一、”), or nothing (merged down).
fn is_numbering(cell: &str) -> bool {
    cell.chars().all(|c| c.is_whitespace() || c.is_ascii_digit() || "一二三四五六七八九十、.．()（）".contains(c))
}

/// The headings of a header row, column by column, as written (without blanks).
fn headings(pasted: &str, cells: &[Range<usize>]) -> Vec<String> {
    cells.iter().map(|c| pasted[c.clone()].chars().filter(|c| !c.is_whitespace()).collect()).collect()
}

/// Whether a row of words names a column under an empty cell of the header row above it: a cell of that
/// row merged across columns (“支出数 | ” over “金额 | 执行率”) whose columns this row names one by one.
fn names_under_a_span(pasted: &str, upper: &[Range<usize>], lower: &[Range<usize>]) -> bool {
    lower.iter().enumerate().skip(1).any(|(k, cell)| !cell.is_empty() && upper.get(k).is_some_and(|c| c.is_empty()) && !pasted[upper[..k].iter().rev().find(|c| !c.is_empty()).map_or(0..0, Clone::clone)].is_empty())
}

/// The columns and headings of a two-row header: a column named in the lower row is what its words say,
/// read with the upper cell spanning it where they alone name nothing (“金额（万元）” under “支出数”, “数量”
/// under “编制”); a column blank in the lower row is its upper cell's (merged down: “执行率”).
fn two_rows(pasted: &str, upper: &[Range<usize>], over: &[Column], lower: &[Range<usize>], year: Option<u32>) -> (Vec<Column>, Vec<String>) {
    // The upper row's empty cells past the lower row's last are no columns (a title row's trailing tabs).
    let written = upper.iter().rposition(|c| !c.is_empty()).map_or(0, |k| k + 1);
    let width = written.max(lower.len());
    let words = |cells: &[Range<usize>], k: usize| cells.get(k).map_or(String::new(), |c| pasted[c.clone()].chars().filter(|c| !c.is_whitespace()).collect());
    let mut spanning = String::new();
    let mut columns = Vec::with_capacity(width);
    let mut headings = Vec::with_capacity(width);
    let mut lower_words = Vec::with_capacity(width);
    for k in 0..width {
        let (above, below) = (words(upper, k), words(lower, k));
        if !above.is_empty() {
            spanning.clone_from(&above);
        }
        if below.is_empty() {
            columns.push(over.get(k).copied().filter(|_| !above.is_empty()).unwrap_or(Column::Other));
            lower_words.push(above.clone());
            headings.push(above);
            continue;
        }
        lower_words.push(below.clone());
        // “占比” under “全年支出数” is a share of it, no amount of it.
        let own_measure = ["占", "比例", "比重", "构成"].iter().any(|w| below.contains(w));
        // Read with the cell spanning it: “决算” under “2023年” is last year's, “数量” under “编制” the 编制's.
        let with_spanning = format!("{spanning}{below}");
        let alone = column(&below, year);
        let (column, heading) = match column(&with_spanning, year) {
            spanned if own_measure || spanned == Column::Other => (alone, below),
            spanned if spanned == alone => (alone, below),
            spanned => (spanned, with_spanning),
        };
        columns.push(column);
        headings.push(heading);
    }
    // “预算 | 支出” under “资金（万元）”, beside “执行率”: by the lower row's words.
    let columns = beside_a_rate_of(&lower_words, columns);
    (columns, headings)
}

/// Whether a heading gives its figures' unit in brackets: “预算数（元）”, “预算数(元)” — a table typed or
/// copied with ASCII brackets says it as plainly — or “金额（单位：元）”.
fn names_unit(words: &str, unit: &str) -> bool {
    words.match_indices(['（', '(']).any(|(at, open)| {
        let inner = words.get(at + open.len()..).unwrap_or("").trim_start_matches("单位").trim_start_matches(['：', ':']);
        inner.strip_prefix(unit).is_some_and(|rest| rest.starts_with(['）', ')']))
    })
}

/// Whether a cell says a unit alone: “（元）”, “(万元)”.
fn is_unit(cell: &str) -> bool {
    let inner = cell.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    inner.len() < cell.len() && ["元", "万元", "亿元"].iter().any(|u| inner.trim().trim_start_matches("单位").trim_start_matches(['：', ':']) == *u)
}

/// Whether the line above a table gives its unit as 元: by what its “单位：” names, where it says so — the
/// sentence leading into the table may give its own figures in 万元 (“…支出合计1390.79万元。如下表（单位：元）：”).
fn in_yuan_by_caption(line: &str) -> bool {
    // “单位：元”, “单位:元”, “单位为元” — not “本单位…” before figures of its own.
    let named = line.split("单位").skip(1).find_map(|after| {
        let after = after.trim_start();
        after.strip_prefix(['：', ':']).or_else(|| after.strip_prefix('为').map(|rest| rest.trim_start_matches(['：', ':']))).map(str::trim_start)
    });
    match named {
        Some(unit) => unit.starts_with('元'),
        None => line.contains('元') && !line.contains("万元") && !line.contains("亿元"),
    }
}

/// A figure of a table in 万元: a bare one in a table in 元 (“（单位：元）”) is divided down.
fn amount(in_yuan: bool, number: &Number) -> Decimal {
    let yuan = in_yuan && number.unit == Unit::Bare;
    yuan.then(|| number.value.divided_by(Decimal::from(10_000))).flatten().unwrap_or(number.value)
}

/// What each heading of a header row names, read as a label (上年结转, 年初预算, 全年支出 …) — only where
/// three or more do: a header of a row of figures under a row of labels. Fewer (“预算数 | 决算数” over a
/// “三公” table's figures) are no more than column names, whose row says what they are of.
fn labelled_heads(pasted: &str, cells: &[Range<usize>], year: Option<u32>) -> Vec<Option<Target>> {
    let heads: Vec<Option<Target>> = cells
        .iter()
        .map(|c| phrase_target(&pasted[c.clone()].chars().filter(|c| !c.is_whitespace()).collect::<String>(), year))
        .collect();
    if heads.iter().flatten().count() >= 3 { heads } else { vec![None; heads.len()] }
}

/// “项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | …” in a 项目支出绩效自评表: a header of one project's
/// funds — its figures are that project's, not the unit's budget and spending.
fn of_one_project(pasted: &str, cells: &[Range<usize>], title: &str) -> bool {
    let names_a_project = |cell: &str| cell.starts_with("项目") && !cell.starts_with("项目支出");
    cells.iter().any(|c| names_a_project(pasted[c.clone()].trim())) || ["项目支出绩效自评表", "项目绩效自评表"].iter().any(|w| title.contains(w))
}

/// The cells of a row (pasted ranges, trimmed): between tabs, or else between runs of spaces.
pub(super) fn cells(pasted: &str, start: usize, end: usize) -> Vec<Range<usize>> {
    if let Some(boxed) = damage::box_cells(&pasted[start..end]) {
        return boxed.into_iter().map(|(at, cell)| start + at..start + at + cell.len()).collect();
    }
    if !pasted[start..end].contains('\t') {
        let aligned: Vec<Range<usize>> = damage::space_aligned_cells(&pasted[start..end]).map(|(at, cell)| start + at..start + at + cell.len()).collect();
        // “投入 20 18”: a row typed with one space between its cells.
        return match damage::single_spaced(&pasted[start..end]) {
            Some(single) if aligned.len() < 3 => {
                let base = start + (pasted[start..end].len() - pasted[start..end].trim_start().len());
                single.iter().scan(base, |at, cell| {
                    let range = *at..*at + cell.len();
                    *at = range.end + 1;
                    Some(range)
                }).collect()
            }
            _ => match damage::spaced_headings(&pasted[start..end]) {
                Some(headings) => headings.into_iter().map(|(at, cell)| start + at..start + at + cell.len()).collect(),
                None => aligned,
            },
        };
    }
    let mut out = Vec::new();
    let mut from = start;
    for piece in pasted[start..end].split('\t') {
        let lead = piece.len() - piece.trim_start().len();
        out.push(from + lead..from + piece.trim_end().len());
        from += piece.len() + 1;
    }
    out.retain(|r| r.start <= r.end);
    out
}

/// A cell holding a dash alone (“—”, “-”, “/”): nothing to state there.
fn is_dash(cell: &str) -> bool {
    matches!(cell.trim(), "—" | "——" | "-" | "－" | "/" | "／")
}

fn is_figure(cell: &str) -> bool {
    let cell = cell.trim();
    !cell.is_empty() && cell.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) && cell.chars().all(|c| "0123456789０１２３４５６７８９.,，．%％-－ \n\r".contains(c))
}

fn column(header: &str, year: Option<u32>) -> Column {
    let has = |words: &[&str]| words.iter().any(|w| header.contains(w));
    // “2022年决算” in a report of 2023 is last year's; any other year's column is none of this year's.
    if let Some(named) = header_year(header) {
        let rest = header.trim().trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(['年', '度']);
        return match year {
            Some(year) if named == year && rest.is_empty() => Column::ThisYear,
            // “2023年预算” is this year's budget, though “预算” alone names no column.
            Some(year) if named == year => match column(rest, None) {
                Column::Other if rest.contains("预算") => Column::Budget,
                other => other,
            },
            Some(year) if named + 1 == year && has(&["决算", "执行数", "实际"]) => Column::LastActual,
            Some(year) if named + 1 == year && has(&["预算"]) => Column::LastBudget,
            _ => Column::Other,
        };
    }
    if ["序号", "编号"].contains(&header.trim()) {
        Column::Index
    } else if header.trim().ends_with("得分") && has(&["执行率", "完成率"]) {
        // “执行率得分” (an 一体化系统's 自评表): the funds row's 得分, not its rate.
        Column::Score
    } else if has(&["执行率", "完成率"]) {
        Column::Rate
    } else if has(&["人员控制率"]) {
        Column::StaffRate
    } else if has(&["控制率"]) {
        Column::Control
    } else if has(&["编制"]) {
        Column::Quota
    } else if has(&["在职", "实有", "在编"]) {
        Column::Staff
    } else if has(&["得分"]) && score_table::level(header) == Some(1) {
        Column::GroupScore
    } else if has(&["得分"]) {
        Column::Score
    } else if has(&["分值", "权重", "满分"]) {
        Column::Points
    } else if has(&["上年"]) {
        Column::LastActual
    } else if has(&["预算"]) && has(&["追加", "全年"]) {
        // “年初预算及追加（全年）”: the year's budget with what was added to it.
        Column::Budget
    } else if has(&["年初"]) {
        Column::Initial
    } else if has(&["全年预算", "本年预算", "预算数", "调整后预算"]) {
        Column::Budget
    } else if has(&["决算", "执行数", "实际", "支出数", "全年支出", "全年执行", "支出金额"]) {
        Column::Actual
    } else {
        Column::Other
    }
}

/// “项目 | 委本级 | 所属单位 | 合计” under a title of spending (“表1  支出分单位情况”): a department's spending split
/// by unit, whose 合计 column is the whole department's — its rows there are the 人员经费, 公用经费, 项目支出 and
/// 支出合计 of the report, as in a table of one column. The units' own columns are shares, read as no figure.
fn spending_by_unit(pasted: &str, cells: &[Range<usize>], columns: &[Column], title: &str) -> Option<usize> {
    if !title.contains("支出") || title.contains("收入") || cells.len() < 4 || columns.iter().any(|c| *c != Column::Other) {
        return None;
    }
    let headings = headings(pasted, cells);
    let of_units = headings.iter().any(|h| ["本级", "机关", "所属", "下属", "单位"].iter().any(|w| h.contains(w)));
    let whole = |h: &&String| ["合计", "总计"].iter().any(|w| h.strip_prefix(w).is_some_and(|unit| unit.is_empty() || unit.starts_with(['（', '('])));
    let wholes: Vec<usize> = headings.iter().enumerate().filter(|(_, h)| whole(h)).map(|(at, _)| at).collect();
    match wholes[..] {
        [at] if of_units => Some(at),
        _ => None,
    }
}

/// “项目 | 预算（元） | 支出（元） | 执行率”: beside a rate's column, 预算 and 支出 alone (their unit in brackets)
/// are the budget and the spending it is computed from — alone elsewhere they name no column. A table may
/// call them 预算金额 / 预算额, and the spending 执行 (“预算 | 执行 | 执行率”), 执行金额 / 支出金额 / 支出额.
fn beside_a_rate(pasted: &str, cells: &[Range<usize>], columns: Vec<Column>) -> Vec<Column> {
    beside_a_rate_of(&cells.iter().map(|c| &pasted[c.clone()]).collect::<Vec<_>>(), columns)
}

fn beside_a_rate_of(headings: &[impl AsRef<str>], mut columns: Vec<Column>) -> Vec<Column> {
    if !columns.contains(&Column::Rate) {
        return columns;
    }
    for (column, heading) in columns.iter_mut().zip(headings) {
        let words = heading.as_ref().split(['（', '(']).next().unwrap_or_default().trim();
        *column = match (*column, words) {
            (Column::Other, "预算" | "预算金额" | "预算额") => Column::Budget,
            (Column::Other, "支出" | "执行" | "支出金额" | "支出额" | "执行金额" | "执行额") => Column::Actual,
            (other, _) => other,
        };
    }
    columns
}

/// The year a column's heading starts with (“2023年决算”), if it does.
fn header_year(header: &str) -> Option<u32> {
    let header = header.trim();
    let digits: String = header.chars().take_while(char::is_ascii_digit).collect();
    let after = header.get(digits.len()..).unwrap_or_default();
    (digits.len() == 4 && after.starts_with('年')).then(|| digits.parse().ok()).flatten()
}

/// What a table's title (the short line above its header: “表3  公用经费执行表（单位：万元）”) says its
/// rows without a name are of: 公用经费 or the “三公”, and nothing else.
fn titled(title: &str) -> Option<Row> {
    // “（三）“三公”经费情况（单位：万元）”: the brackets of its numbering are none of its unit's.
    let title = super::labels::without_numbering(title);
    let title = title.split('（').next().unwrap_or(title);
    if title.chars().count() > 20 {
        return None;
    }
    match (title.contains("公用经费"), title.contains("三公")) {
        (true, false) => Some(Row::Public),
        (false, true) => Some(Row::Sangong),
        _ => None,
    }
}

/// Whether a table's header (“项目名称 | 全年预算 | …”, “序号 | 项目 | …”) or its title (“主要项目执行情况表”)
/// says it lists projects — not the unit's 项目支出 among its other spending.
fn lists_projects(header: &str, columns: &[Column], title: &str) -> bool {
    // “项目支出明细”, “按项目列示” list projects; “项目支出” alone is the unit's spending on them.
    let each = ["明细", "按项目", "各项目"].iter().any(|w| title.contains(w));
    let names = |words: &str| words.contains("项目") && (!words.contains("项目支出") || each) && !words.contains("收支");
    // “项目” alone heads the names of a numbered table, or of one under a title naming projects.
    let project_names = header.split('\t').any(|cell| cell.trim() == "项目") || damage::space_aligned_cells(header.trim()).any(|(_, cell)| cell == "项目");
    // “项目支出明细”: a title naming the breakdown of the projects' spending names them too.
    let breakdown = title.contains("项目支出明细");
    let numbered = project_names && (columns.contains(&Column::Index) || names(title) || breakdown);
    // “项目资金（万元）| 年初预算数 | 全年预算数 | 全年执行数 …”: the funds block of a 项目支出绩效自评表 (附件3).
    header.contains("项目名称") || header.contains("项目资金") || numbered || (names(title) && title.contains('表'))
}


fn row(label: &str) -> Row {
    let has = |word: &str| label.contains(word);
    if label.is_empty() {
        Row::Unnamed
    } else if SANGONG_ITEMS.iter().chain(&["购置", "运行维护"]).any(|w| has(w)) {
        Row::Other
    } else if has("三公") {
        // ““三公”经费合计” is the “三公”'s total, not the unit's.
        Row::Sangong
    } else if label.starts_with("基本支出") {
        // “基本支出合计” sums the 基本支出's rows, not the unit's.
        Row::Basic
    } else if has("资金总额") || has("支出总额") || has("合计") || has("总计") {
        Row::Total
    } else if has("基本支出") {
        Row::Basic
    } else if has("项目支出") {
        Row::Projects
    } else if has("公用经费") {
        Row::Public
    } else if has("人员经费") {
        Row::Personnel
    } else if let Some(id) = budget_part(label) {
        Row::BudgetPart(id)
    } else {
        Row::Other
    }
}

/// The part of the year's budget a row names (“其中：年初预算”, “上年结转”, “年中追加”), where it names no
/// project's or item's.
fn budget_part(label: &str) -> Option<&'static str> {
    const PARTS: [(&str, &str); 5] =
        [("年初预算", "budget.initial"), ("上年结转", "budget.carryover"), ("年中追加", "budget.additions"), ("追加预算", "budget.additions"), ("年中调减", "budget.reductions")];
    let bare = ["其中：", "其中:", "其中"].iter().fold(label.trim(), |l, w| l.strip_prefix(w).unwrap_or(l)).trim();
    let of_other = ["项目", "资金来源", "收入"].iter().any(|w| label.contains(w));
    PARTS.iter().find(|(word, _)| bare.starts_with(word)).map(|(_, id)| *id).filter(|_| !of_other)
}

/// Whether a row's name says whose 公用经费 it is (“义务教育公用经费”, “公用经费（上级补助部分）”): a project's
/// money, not the unit's own (“日常公用经费”, “其中：公用经费”).
fn qualifies_public_funds(label: &str) -> bool {
    let Some(at) = label.find("公用经费") else { return false };
    let before = label[..at].trim_start_matches(|c: char| c.is_ascii_digit() || ['.', '、', ' ', '（', '）', '(', ')'].contains(&c));
    let before = ["其中：", "其中:", "其中", "日常"].iter().fold(before, |b, w| b.strip_prefix(w).unwrap_or(b));
    let after = &label[at + "公用经费".len()..];
    !before.is_empty() || after.starts_with(['（', '('])
}

/// The type of 编制 a staffing table's row names (“行政编制”, “参公事业编制”, “工勤”), as the draft's fields
/// type them: those managed as civil servants (参公) are 行政 (SPEC §3), whatever kind of unit they are in.
fn staff_type(label: &str) -> Option<&'static str> {
    let label = ["其中：", "其中:", "其中"].iter().fold(label, |l, w| l.strip_prefix(w).unwrap_or(l));
    let of_a_type = label.chars().count() <= 12 && !["合计", "小计", "总计", "共计"].iter().any(|w| label.contains(w));
    const TYPES: [(&str, &str); 5] = [("行政", "admin"), ("政法专项", "admin"), ("公务员", "admin"), ("事业", "institution"), ("工勤", "worker")];
    if !of_a_type {
        return None;
    }
    if ["参公", "参照公务员"].iter().any(|w| label.contains(w)) {
        return Some("admin");
    }
    // “行政执法类事业编制”: two types named, neither for sure.
    let mut kinds = TYPES.iter().filter(|(word, _)| label.contains(word)).map(|(_, kind)| *kind);
    let kind = kinds.next()?;
    kinds.all(|other| other == kind).then_some(kind)
}

/// What the figure in `row` and `column` is.
fn meaning(row: Row, column: Column) -> Option<Target> {
    use Target::{Field, Total};
    Some(match (row, column) {
        (Row::Total, Column::Budget) => Total("annual_budget"),
        (Row::BudgetPart(id), Column::Budget) => Field(id),
        (Row::Total, Column::Actual) => Total("spend"),
        (Row::Total, Column::Initial) => Field("budget.initial"),
        (Row::Total, Column::LastActual) => Field("last.spend_total"),
        (Row::Basic, Column::Budget) => Field("budget.basic"),
        (Row::Basic, Column::Actual) => Total("basic"),
        (Row::Basic, Column::Initial) => Field("funds.basic.initial"),
        (Row::Basic, Column::LastActual) => Field("last.basic"),
        (Row::Projects, Column::Actual) => Total("projects"),
        (Row::Projects, Column::Initial) => Field("funds.projects.initial"),
        (Row::Projects, Column::LastActual) => Field("last.projects"),
        (Row::Public, Column::Budget) => Field("public.budget"),
        (Row::Public, Column::Actual) => Field("spend.public"),
        (Row::Public, Column::LastActual) => Field("last.public"),
        (Row::Sangong, Column::Budget) => Field("sangong.budget"),
        (Row::Sangong, Column::Actual) => Field("sangong.actual"),
        (Row::Sangong, Column::LastActual) => Field("sangong.last_actual"),
        (Row::Sangong, Column::LastBudget) => Field("sangong.last_budget"),
        (Row::Personnel, Column::Actual) => Field("spend.personnel"),
        // “类别 | 编制数 | 年末实有人数” with a row per type of 编制: the 合计 row counts the whole unit.
        (Row::Unnamed | Row::Total, Column::Quota) => Total("quota"),
        (Row::Unnamed | Row::Total, Column::Staff) => Total("staff"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;

    /// The tables of `pasted` (a report of `year`), and what their cells were read as.
    fn read_cells(pasted: &str, year: u32) -> (Tables, Vec<(Target, String)>) {
        let text = Normalised::new(pasted);
        let tables = read(pasted, &text, &numbers(&text.text), Some(year));
        let cells = tables.cells.iter().map(|c| (c.target, c.value.to_string())).collect();
        (tables, cells)
    }

    #[test]
    fn a_figure_means_what_its_row_and_column_say() {
        let pasted = "单位：万元\n项目\t上年决算数\t本年预算数\t本年决算数\n其中：公用经费\t10.5\t11.6\t11.6\n“三公”经费\t公务接待\t2\t1.5\n说明";
        let (tables, read) = read_cells(pasted, 2024);
        assert_eq!(read, vec![
            (Target::Field("last.public"), "10.5".into()),
            (Target::Field("public.budget"), "11.6".into()),
            (Target::Field("spend.public"), "11.6".into()),
        ]);
        assert_eq!(tables.rows.len(), 2);
    }

    #[test]
    fn a_row_of_figures_under_a_row_of_labels_is_read_by_its_headings() {
        let pasted = "表一：2023年度部门资金情况（万元）\n上年结转\t年初预算\t年中追加\t全年预算\t全年支出\t年末结转结余\n210.50\t4,786.40\t564.00\t5,560.90\t5,412.38\t148.52\n";
        let (_, read) = read_cells(pasted, 2024);
        assert_eq!(read, vec![
            (Target::Field("budget.carryover"), "210.50".into()),
            (Target::Field("budget.initial"), "4786.40".into()),
            (Target::Field("budget.additions"), "564.00".into()),
            (Target::Total("annual_budget"), "5560.90".into()),
            (Target::Total("spend"), "5412.38".into()),
            (Target::Field("spend.closing_balance"), "148.52".into()),
        ]);
    }

    #[test]
    fn each_row_of_figures_is_read_by_the_row_of_labels_just_above_it() {
        let pasted = "收支情况（万元）\n上年结转\t年初预算\t全年预算数\n5.00\t95.00\t100.00\n基本支出\t项目支出\t年末结转结余\n60.00\t30.00\t10.00\n";
        let (_, read) = read_cells(pasted, 2024);
        assert_eq!(read, vec![
            (Target::Field("budget.carryover"), "5.00".into()),
            (Target::Field("budget.initial"), "95.00".into()),
            (Target::Total("annual_budget"), "100.00".into()),
            (Target::Total("basic"), "60.00".into()),
            (Target::Total("projects"), "30.00".into()),
            (Target::Field("spend.closing_balance"), "10.00".into()),
        ]);
    }

    #[test]
    fn a_table_aligned_by_spaces_is_read_as_one_copied_with_tabs() {
        let pasted = "表4  “三公”经费对比（单位：万元）\n科目            2025年预算     2024年预算     增减\n公务用车运行维护费   4.00     4.60     -0.60\n公务接待费    1.10      1.20      -0.10\n合计             5.10      5.80      -0.70\n";
        let (tables, read) = read_cells(pasted, 2025);
        assert_eq!(read, vec![(Target::Field("sangong.budget"), "5.10".into()), (Target::Field("sangong.last_budget"), "5.80".into())]);
        assert_eq!(tables.rows.len(), 3);
    }

    #[test]
    fn a_staffing_tables_total_row_counts_the_unit() {
        let pasted = "类型\t核定编制\t实有人数\n行政\t10\t9\n事业\t20\t19\n合计\t30\t28\n";
        let (_, read) = read_cells(pasted, 2025);
        let types = [("staff.quota.admin", "10"), ("staff.actual.admin", "9"), ("staff.quota.institution", "20"), ("staff.actual.institution", "19")];
        let mut wanted: Vec<(Target, String)> = types.iter().map(|(id, v)| (Target::Field(id), v.to_string())).collect();
        wanted.extend([(Target::Total("quota"), "30".into()), (Target::Total("staff"), "28".into())]);
        assert_eq!(read, wanted);
    }

    /// A project's 自评表 whose funds header names no project (“项目资金” wrapped onto a line of its own, or
    /// “资金来源 | 年初预算数(万元) | …” under a title of the sheet with a note after it): its rows are the
    /// project's money — no 年初预算, 上年结转 or 支出合计 of the unit's. The unit's own sheet keeps its own.
    #[test]
    fn a_projects_sheet_gives_no_figure_of_the_units_whatever_its_funds_header() {
        let units = |pasted: &str| read_cells(pasted, 2024).1.into_iter().filter(|(t, _)| matches!(t, Target::Field("budget.initial" | "budget.carryover") | Target::Total(_))).collect::<Vec<_>>();
        let wrapped = "附件2\n2024年度项目支出绩效自评表\n项目名称\t河湖库塘清淤\t\t\n主管部门\t某县水利局\t实施单位\t某县河道所\n项目资金\n（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\t年度资金总额\t75.00\t90.00\t88.20\t10\t98.00%\t9.80\n\t其中：当年财政拨款\t50.00\t65.00\t63.20\t—\t—\t—\n\t上年结转资金\t25.00\t25.00\t25.00\t—\t—\t—\n";
        assert_eq!(units(wrapped), vec![]);
        let by_source = "渔港维护项目支出绩效自评表（资金部分）\n项目名称\t渔港维护\n资金来源\t年初预算数(万元)\t调整后预算数(万元)\t实际支出数(万元)\t预算执行率\t权重分\t执行率得分\n合计\t140.00\t140.00\t131.60\t94.00%\t10\t9.4\n财政拨款\t100.00\t100.00\t91.60\t\t\t\n";
        assert_eq!(units(by_source), vec![]);
        let unit = "2024年度部门整体支出绩效自评表\n项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t1,860.00\t2,040.00\t1,986.30\t10\t97.37%\t9.74\n";
        assert!(units(&format!("{by_source}{unit}")).contains(&(Target::Field("budget.initial"), "1860.00".to_string())));
    }

    /// A unit's 自评表 whose 年度资金总额 counts its own income beside the appropriation: the 年初预算 is the
    /// 当年财政拨款 row's 年初预算数, not the total's.
    #[test]
    fn the_initial_budget_is_the_appropriations_where_the_funds_block_splits_by_source() {
        let head = "项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t1,860.00\t2,040.00\t1,986.30\t10\t97.37%\t9.74\n";
        let split = format!("{head}其中：当年财政拨款\t640.00\t720.00\t701.10\t—\t97.38%\t—\n上年结转资金\t—\t60.00\t60.00\t—\t100.00%\t—\n其他资金\t1,220.00\t1,260.00\t1,225.20\t—\t97.24%\t—\n");
        let initial = |pasted: &str| read_cells(pasted, 2024).1.into_iter().filter(|(t, _)| *t == Target::Field("budget.initial")).map(|(_, v)| v).collect::<Vec<String>>();
        assert_eq!(initial(&split), vec!["640.00".to_string()]);
        // Without its sources' rows, the total's is all there is.
        assert_eq!(initial(head), vec!["1860.00".to_string()]);
    }

    /// A staffing table split by unit (本级 | 下属单位 | 合计) gives each type in its 合计 columns; the 参公 rows are
    /// 行政 (SPEC §3), added to the 行政编制 row's.
    #[test]
    fn a_staffing_tables_rows_by_type_are_read_from_their_totals_column() {
        let pasted = "类别\t编制数（机关）\t编制数（下属单位）\t编制数（合计）\t实有人数（机关）\t实有人数（下属单位）\t实有人数（合计）\n\
                      行政编制\t18\t0\t18\t17\t0\t17\n参照公务员法管理事业编制\t0\t25\t25\t0\t23\t23\n其他事业编制\t0\t12\t12\t0\t11\t11\n工勤编制\t2\t0\t2\t2\t0\t2\n";
        let (_, read) = read_cells(pasted, 2025);
        let typed = [("staff.quota.admin", "43"), ("staff.actual.admin", "40"), ("staff.quota.institution", "12"), ("staff.actual.institution", "11"), ("staff.quota.worker", "2"), ("staff.actual.worker", "2")];
        assert_eq!(read, typed.iter().map(|(id, v)| (Target::Field(id), v.to_string())).collect::<Vec<_>>());
        // Split by unit with no 合计 column: none of its columns is the whole unit's.
        let unsummed = "类别\t编制数（机关）\t编制数（下属单位）\t实有人数（机关）\t实有人数（下属单位）\n行政编制\t18\t0\t17\t0\n其他事业编制\t0\t12\t0\t11\n";
        assert_eq!(read_cells(unsummed, 2025).1, vec![]);
        assert_eq!(staff_type("行政执法类事业编制"), None, "two types named");
        // Its 合计 row counts the unit in its 合计 columns; 本级 and 下属单位 are shares, not other values of it.
        let (_, totalled) = read_cells(&format!("{pasted}合计\t20\t37\t57\t19\t34\t53\n"), 2025);
        let totals: Vec<_> = totalled.iter().filter(|(target, _)| matches!(target, Target::Total(_))).cloned().collect();
        assert_eq!(totals, vec![(Target::Total("quota"), "57".into()), (Target::Total("staff"), "53".into())]);
    }

    /// Spending split by unit under its title: the 合计 column is the department's; the units' are shares. Not
    /// under a title of income, nor without a column of the whole.
    #[test]
    fn a_spending_table_split_by_unit_is_read_in_its_totals_column() {
        let rows = "项目\t局机关\t下属单位\t合计\n人员经费\t512.30\t290.80\t803.10\n公用经费\t91.20\t83.30\t174.50\n";
        let read = |title: &str, rows: &str| read_cells(&format!("{title}\n{rows}"), 2023).1;
        let wanted = vec![(Target::Field("spend.personnel"), "803.10".to_string()), (Target::Field("spend.public"), "174.50".to_string())];
        assert_eq!(read("表一  支出分单位情况（万元）", rows), wanted);
        assert_eq!(read("表一  收入支出分单位情况（万元）", rows), vec![]);
        assert_eq!(read("表一  支出分单位情况（万元）", &rows.replace("合计", "其他")), vec![]);
    }

    #[test]
    fn a_row_without_a_name_is_of_the_topic_its_tables_title_names() {
        let pasted = "表2  日常公用经费情况（单位：万元）\n\n预算数\t实际支出\t控制率\n42.00\t40.11\t95.50%\n";
        let (tables, read) = read_cells(pasted, 2025);
        assert_eq!(read, vec![(Target::Field("public.budget"), "42.00".into()), (Target::Field("spend.public"), "40.11".into())]);
        assert_eq!(tables.stated.iter().map(|s| s.id).collect::<Vec<_>>(), ["public_expense_control"]);
        let (tables, read) = read_cells("表2  人员情况\n预算数\t实际支出\t控制率\n42.00\t40.11\t95.50%\n", 2025);
        assert!(read.is_empty() && tables.stated.is_empty(), "a title of no topic names none");
    }

    #[test]
    fn the_funds_block_states_rates_and_scores() {
        let pasted = "资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t180.07\t253.79\t252.65\t10\t99.55%\t9.96\n";
        let text = Normalised::new(pasted);
        let tables = read(pasted, &text, &numbers(&text.text), Some(2024));
        let ids: Vec<&str> = tables.stated.iter().map(|s| s.id).collect();
        assert_eq!(ids, ["budget_execution", "funds.total"]);
        assert_eq!(tables.stated[1].points, Some(Decimal::TEN));
    }
}
