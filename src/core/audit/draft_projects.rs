//! The projects a report lists, each with its own 全年预算 and 实际支出, for a new draft: each
//! 项目支出绩效自评表 (附件3: its 项目名称, its 年度资金总额 row and its 绩效指标 rows), the items whose 执行率
//! the audit checks (“3．某某工程，全年预算…，实际支出…，执行率…”), the rows of a pasted table of projects
//! (tab-separated, “| … |” or one cell to a line), the numbered list after the 项目支出 the audit sums, and
//! items listed without a rate (“（2）某某经费：预算…，支出…；”). A report that lists them gives its
//! projects: they are not folded into one row of its 项目支出.

use rust_decimal::Decimal;

use super::damage;
use super::numbers::{Number, Unit};
use super::project_list;
use super::project_rates;
use super::project_runs::{in_a_scale, listed_run_item, opens_on_a_scale, without_remark};
use super::quoted_names::as_written;
use super::tables::{self, Tables};
use super::text::Normalised;
use crate::core::draft::project::{FundSource, IndicatorColumn, ProjectColumn};
use crate::core::exact::Exact;
use crate::core::reading::amount::parse_amount;
use crate::core::reading::pasted_grid::read_pasted_grid;
use crate::core::reading::pasted_projects::read_pasted_projects;
use crate::core::order;

/// A project as the report lists it (amounts in 万元); its budget where the report gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub name: String,
    pub budget: Option<Decimal>,
    pub actual: Decimal,
    /// Marked a 重点项目 in the table that lists it (a 是否重点 column).
    pub key: bool,
    /// The other spending the report gives it elsewhere, set aside because the listed projects make the
    /// 项目支出 stated with `actual` and not with it (a 自评表's 1,865.30 beside the prose's 1,856.30).
    pub set_aside: Option<Decimal>,
}

impl Listed {
    /// The sum of the projects' spending, if it can be added up.
    pub fn total_spent(projects: &[Listed]) -> Option<Decimal> {
        projects.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.actual))
    }
}

/// A project's 项目支出绩效自评表 as the report gives it: its name, its 年度资金总额 row (年初预算数,
/// 全年预算数, 全年执行数), its 年度总体目标 and its 绩效指标 rows as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sheet {
    /// Where its 项目名称 line starts (in the pasted text).
    pub at: usize,
    pub name: String,
    pub initial: Option<Decimal>,
    pub budget: Option<Decimal>,
    pub actual: Option<Decimal>,
    pub goal: Option<(String, String)>,
    /// The 其中 rows: each source's 年初预算数, 全年预算数 and 全年执行数.
    pub sources: Vec<(FundSource, [Option<Decimal>; 3])>,
    pub indicators: Vec<Vec<(IndicatorColumn, String)>>,
    /// Its 绩效指标 rows could not be placed under their columns for sure: left for the clerk.
    pub rows_unread: bool,
}

/// Every project the text lists with its spending, once each (by name or figures), in the order the report
/// first names it: the 自评表s, items with a rate, table rows, the lists after a 项目支出 (`totals`: each stated
/// 项目支出's end and value) and items without a rate.
pub fn listed(pasted: &str, text: &Normalised, numbers: &[Number], tables: &Tables, sheets: &[Sheet], totals: &[(usize, Decimal)]) -> Vec<Listed> {
    // Each with where it is first named (normalised).
    let mut found: Vec<(usize, Listed)> = Vec::new();
    // A project named again with other spending: its name and that figure.
    let mut rivals: Vec<(String, Decimal)> = Vec::new();
    let mut keep = |at: usize, name: &str, budget: Option<Decimal>, actual: Decimal| {
        let Some(name) = project_name(name) else { return };
        // The same project listed twice (items, then a table) may be named a little differently: its
        // figures tell it. A budget one listing leaves out, another may give.
        let again = found.iter_mut().find(|(_, p)| p.name == name || (budget.is_some() && p.budget == budget && p.actual == actual));
        match again {
            Some((first, known)) => {
                *first = at.min(*first);
                if known.name == name && known.actual != actual {
                    rivals.push((name.clone(), actual));
                }
                // “甲资金（代发）” read once without its bracket, “农村“两癌”筛查” once without its quotes: the name
                // is the whole of it.
                if (without_remark(&name) == known.name || without_quotes(&name) == known.name) && name != known.name {
                    known.name = name;
                }
                if known.budget.is_none() && known.actual == actual {
                    known.budget = budget;
                }
            }
            None => found.push((at, Listed { name, budget, actual, key: false, set_aside: None })),
        }
    };
    for sheet in sheets {
        if let Some(actual) = sheet.actual {
            keep(text.position(sheet.at), &sheet.name, sheet.budget, actual);
        }
    }
    for rate in project_rates::found(&text.text, numbers) {
        keep(rate.range.start, &rate.name, Some(rate.budget), rate.spent);
    }
    for row in tables.stated.iter().filter(|s| s.id == "project.execution") {
        let Some(cell) = &row.project else { continue };
        let name = text.quote(pasted, &text.span(pasted, cell.start, cell.end));
        keep(cell.start, &name, Some(row.budget), row.executed);
    }
    let mut flagged = Vec::new();
    let stated: Vec<Decimal> = totals.iter().map(|&(_, total)| total).collect();
    for (at, name, budget, actual, key) in table_rows(pasted, &stated) {
        if key {
            flagged.extend(project_name(&name));
        }
        keep(text.position(at), &name, budget, actual);
    }
    for (at, name, budget, actual) in tabbed_items(pasted) {
        keep(text.position(at), &name, budget, actual);
    }
    // The lists after a 项目支出 stated, and under a line announcing them (“各项目预算数与实际支出如下：”).
    let lists = totals.iter().map(|&(end, _)| end).chain(restated_totals(&text.text, numbers, totals));
    let lists = lists.flat_map(|end| project_list::items(&text.text, numbers, end)).chain(project_list::announced_items(&text.text, numbers));
    for (name, budget, actual) in lists {
        // The name as normalised (the quotes a copy may split, “某某”救助, are gone from it).
        let words = text.text.get(name.clone()).unwrap_or_default();
        keep(name.start, words, budget, actual);
    }
    for &(end, total) in totals {
        for (at, name, budget, actual) in one_sentence_list(&text.text, numbers, end, total) {
            keep(at, &name, budget, actual);
        }
    }
    for (at, name, budget, actual) in super::paired_items::items(&text.text, numbers, &stated) {
        keep(at, &name, budget, actual);
    }
    for (at, name, budget, actual) in unrated_items(&text.text, numbers) {
        keep(at, &name, Some(budget), actual);
    }
    for (name, budget, actual) in numbered_items(&text.text, numbers) {
        // The name as pasted: its quotes (“两癌”筛查) are its own, one opening it too.
        let mut span = text.span(pasted, name.start, name.end);
        if let Some(quote) = pasted.get(..span.start).and_then(|before| before.chars().next_back()).filter(|c| "“‘「\"".contains(*c)) {
            span.start -= quote.len_utf8();
        }
        let words = text.quote(pasted, &span);
        keep(name.start, &words, Some(budget), actual);
    }
    borne_out(&mut found, &rivals, totals);
    order::sort_by_key(&mut found, |(at, _)| *at);
    // Each name as the report writes it where it lists it: its quotes (“双师型”教师培训) are its own.
    let mut listed: Vec<Listed> = found.into_iter().map(|(at, listed)| Listed { name: as_written(pasted, text.span(pasted, at, at).start, &listed.name), ..listed }).collect();
    // “调整后预算合计…，执行…，项目资金执行率…。分项目为：①…”: a figure that spent the 项目支出 stated, as all
    // the others together did, is their sum read as one more, not a project.
    let all = Listed::total_spent(&listed);
    let stated = |p: &Listed| totals.iter().any(|&(_, total)| total == p.actual);
    let sum_of_the_rest = |p: &Listed| listed.len() >= 3 && stated(p) && all.and_then(|all| all.minus(p.actual)) == Some(p.actual);
    if let Some(at) = listed.iter().position(sum_of_the_rest) {
        listed.remove(at);
    }
    // “其中：甲…，乙…，其余项目支出268.29万元”: the rest of the projects in one figure, which a table lists row by
    // row — where the others make the 项目支出 stated without it, it is no project of its own.
    let the_rest = |p: &Listed| REST_OF_PROJECTS.contains(&p.name.as_str());
    let others_make_it = |p: &Listed| Listed::total_spent(&listed).and_then(|all| all.minus(p.actual)).is_some_and(|rest| totals.iter().any(|&(_, total)| total == rest));
    if let Some(at) = listed.iter().position(|p| the_rest(p) && others_make_it(p)) {
        listed.remove(at);
    }
    for project in listed.iter_mut() {
        project.key = flagged.iter().any(|name| without_quotes(name) == without_quotes(&project.name));
    }
    listed
}

/// Names of the projects not listed one by one, in one figure (“其余项目支出…”).
const REST_OF_PROJECTS: [&str; 5] = ["其余项目", "其他项目", "其余", "剩余项目", "其余各项目"];

/// A project the report gives two spendings (its 自评表 one, its prose another): the one with which the listed
/// projects make a 项目支出 the report states is the one its sums bear out — a careful clerk takes it, and the
/// other is set aside for the clerk to check. Where neither or both do, the first read stands.
fn borne_out(found: &mut [(usize, Listed)], rivals: &[(String, Decimal)], totals: &[(usize, Decimal)]) {
    let stated = |sum: Option<Decimal>| sum.is_some_and(|sum| totals.iter().any(|&(_, total)| total == sum));
    let all = found.iter().try_fold(Decimal::ZERO, |sum, (_, p)| sum.plus(p.actual));
    if stated(all) {
        return;
    }
    for (name, actual) in rivals {
        let Some((_, project)) = found.iter_mut().find(|(_, p)| p.name == *name) else { continue };
        if stated(all.and_then(|all| all.minus(project.actual)).and_then(|rest| rest.plus(*actual))) {
            project.set_aside = Some(project.actual);
            project.actual = *actual;
            return;
        }
    }
}

/// A name without its quotes, as the normalised text has it.
fn without_quotes(name: &str) -> String {
    name.chars().filter(|c| !"“”‘’\"'「」".contains(*c)).collect()
}

/// “2.项目支出：全年实施项目12个，…，实际支出700.88万元，…。具体如下：”: a 项目支出 stated again on the line
/// its section opens with, its list after it — where each such figure ends.
fn restated_totals<'a>(text: &'a str, numbers: &'a [Number], totals: &'a [(usize, Decimal)]) -> impl Iterator<Item = usize> + 'a {
    numbers.iter().filter(move |n| n.unit == Unit::Wan && totals.iter().any(|&(end, value)| n.value == value && n.end != end)).filter_map(move |n| {
        let line_start = text.get(..n.start)?.rfind('\n').map_or(0, |i| i + 1);
        // Or under a heading of its own (“2.项目支出⏎全年安排项目11个，…”).
        let above = text.get(..line_start)?.trim_end();
        let heading = above.rsplit('\n').next().map(|line| super::labels::without_numbering(line).trim());
        let under_heading = heading.is_some_and(|h| ["项目支出", "项目支出情况"].contains(&h));
        (under_heading || super::labels::without_numbering(text.get(line_start..n.start)?).starts_with("项目支出")).then_some(n.end)
    })
}

/// Each 项目支出绩效自评表 of the text (“项目名称 | 某某项目”, then its funds block and its 绩效指标 rows).
pub fn sheets(pasted: &str) -> Vec<Sheet> {
    let kept: Vec<damage::Line> = damage::lines(pasted).into_iter().filter(|line| !line.dropped).collect();
    let (row_starts, lines) = sheet_rows(pasted, &kept);
    let starts: Vec<usize> = (0..lines.len()).filter(|&at| sheet_name(&lines[at]).is_some()).collect();
    let mut sheets = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(lines.len());
        let Some(name) = sheet_name(&lines[start]) else { continue };
        let mut sheet = Sheet { at: row_starts[start], name, ..Sheet::default() };
        let block = &lines[start + 1..end];
        sheet.funds(block);
        // “项目名称：某某” alone on a line may be the prose's too: a 自评表 so named shows its funds.
        let one_cell = lines[start].iter().filter(|cell| !cell.is_empty()).count() == 1;
        if one_cell && [sheet.initial, sheet.budget, sheet.actual].iter().all(Option::is_none) {
            continue;
        }
        sheet.goal = block.iter().find_map(|cells| goal(cells));
        sheet.indicator_rows(block);
        sheets.push(sheet);
    }
    sheets
}

/// The rows of the text as a 自评表 has them, each with where it starts: a line's cells — or, where a sheet
/// was copied one cell to a line (a PDF's copy), its label and name (“项目名称⏎某某项目”) as one row, and its
/// funds block and 绩效指标 put back into their rows.
fn sheet_rows(pasted: &str, kept: &[damage::Line]) -> (Vec<usize>, Vec<Vec<String>>) {
    let (mut starts, mut rows) = (Vec::new(), Vec::new());
    let words = |k: usize| kept.get(k).map_or("", |line| pasted[line.start..line.end].trim());
    let mut at = 0;
    while at < kept.len() {
        let start = kept[at].start;
        let named = squeezed(words(at)) == "项目名称" && is_one_projects(&squeezed(words(at + 1))) && words(at + 1).chars().count() <= 40;
        if named {
            starts.push(start);
            rows.push(vec!["项目名称".to_string(), words(at + 1).to_string()]);
            at += 2;
        } else if let Some((sheet, taken)) = super::tables::stacked_sheet_rows(pasted, &kept[at..]) {
            starts.extend(std::iter::repeat_n(start, sheet.len()));
            rows.extend(sheet);
            at += taken.max(1);
        } else {
            starts.push(start);
            rows.push(row_cells(&pasted[kept[at].start..kept[at].end]));
            at += 1;
        }
    }
    (starts, rows)
}

/// A line's cells: tab-separated, or between the bars of a “| … |” table; a line of prose is one cell.
fn row_cells(line: &str) -> Vec<String> {
    let trimmed = line.trim();
    let boxed = damage::box_cells(line).filter(|_| trimmed.starts_with(['│', '┃']) && trimmed.ends_with(['│', '┃']));
    let cells: Vec<&str> = if let Some(boxed) = boxed {
        boxed.into_iter().map(|(_, cell)| cell).collect()
    } else if trimmed.starts_with('|') && trimmed.ends_with('|') && trimmed.len() > 1 {
        trimmed[1..trimmed.len() - 1].split('|').collect()
    } else {
        line.split('\t').collect()
    };
    // A row the copy broke inside a cell (“88⏎.20”) was joined again with its break: the cell is one figure.
    cells.into_iter().map(|cell| cell.replace(['\n', '\r'], "").trim().to_string()).collect()
}

/// Whether a table's header (or the line above it) says its figures are in 元: “单位：元”, “项目资金（元）”.
pub(super) fn says_yuan(words: &str) -> bool {
    ["单位：元", "单位:元", "（元）", "(元)"].iter().any(|w| words.contains(w))
}

fn squeezed(cell: &str) -> String {
    cell.chars().filter(|c| !c.is_whitespace()).collect()
}

/// “项目名称 | 某某项目” or “项目名称：某某项目”: the name a 自评表 opens with (not a header naming the column of
/// a table of projects) — on a line of its own, or with the 主管部门 and 实施单位 beside it (“项目名称 | 某某项目 |
/// 主管部门 | 某局 | …”).
fn sheet_name(cells: &[String]) -> Option<String> {
    let written: Vec<&str> = cells.iter().map(String::as_str).filter(|cell| !cell.is_empty()).collect();
    let (label, name, beside): (&str, &str, &[&str]) = match written.as_slice() {
        [only] => {
            let (label, name) = only.split_once(['：', ':'])?;
            (label, name, &[])
        }
        [label, name, beside @ ..] => (label, name, beside),
        [] => return None,
    };
    let heading = ["预算", "支出", "执行", "金额", "资金", "分值", "得分"].iter().any(|w| name.contains(w));
    let of_the_unit = |label: &&str| ["主管部门", "实施单位", "主管单位", "项目单位", "预算单位"].contains(&squeezed(label).as_str());
    let pairs = beside.len() % 2 == 0 && beside.iter().step_by(2).all(of_the_unit);
    (squeezed(label) == "项目名称" && pairs && !heading).then(|| squeezed(name)).filter(|name| is_one_projects(name))
}

/// “年度总体目标 | 预期目标… | 实际完成情况…”: what the project was to do, and what it did where the table says.
fn goal(cells: &[String]) -> Option<(String, String)> {
    let mut written = cells.iter().filter(|cell| !cell.is_empty());
    if !squeezed(written.next()?).starts_with("年度总体目标") {
        return None;
    }
    let without_label = |cell: &String, label: &str| {
        let rest = cell.strip_prefix(label).map(|rest| rest.trim_start_matches([':', '：']).trim());
        rest.unwrap_or(cell).to_string()
    };
    let expected = without_label(written.next()?, "预期目标");
    let actual = written.next().map(|cell| without_label(cell, "实际完成情况")).unwrap_or_default();
    Some((expected, actual))
}

impl Sheet {
    /// The 年度资金总额 row under the funds block's header (年初预算数 | 全年预算数 | 全年执行数 | …).
    fn funds(&mut self, block: &[Vec<String>]) {
        let Some(at) = block.iter().position(|cells| cells.iter().any(|c| c.contains("全年预算")) && cells.iter().any(|c| is_executed(c))) else { return };
        let header = &block[at];
        // The row of the funds total: named so, or the row of figures right under the header.
        let Some(total) = block[at + 1..].iter().take(2).position(|cells| cells.first().is_some_and(|c| c.contains("资金总额") || c.is_empty())) else { return };
        let in_yuan = header.iter().any(|c| says_yuan(c));
        let figures = |row: &[String]| {
            // A header without the first column's label is one cell short of its rows.
            let shift = match row.len().checked_sub(header.len()) {
                Some(0) => 0,
                Some(1) if header.first().is_some_and(|c| c.contains("预算")) => 1,
                _ => return [None; 3],
            };
            let figure = |heading: &dyn Fn(&str) -> bool| {
                let cell = row.get(header.iter().position(|c| heading(c))? + shift)?;
                parse_amount(&if in_yuan { format!("{cell}元") } else { cell.clone() }).ok().flatten()
            };
            [figure(&|c: &str| c.contains("年初预算")), figure(&|c: &str| c.contains("全年预算")), figure(&is_executed)]
        };
        let first = at + 1 + total;
        [self.initial, self.budget, self.actual] = figures(&block[first]);
        // The sources under it (其中：当年财政拨款 | 上年结转资金 | 其他资金), up to the first row of none.
        for row in &block[first + 1..] {
            let Some(source) = row.first().and_then(|label| fund_source(label)) else { break };
            self.sources.push((source, figures(row)));
        }
    }

    /// The 绩效指标 rows under their header (一级指标 | 二级指标 | 三级指标 | 年度指标值 | …), up to its 总分, read
    /// as a paste into the grid would be: a row whose 分值 is no figure, or that names no 三级指标, says the
    /// columns were not copied in place, and none is taken.
    fn indicator_rows(&mut self, block: &[Vec<String>]) {
        let Some(at) = block.iter().position(|cells| cells.iter().any(|c| squeezed(c) == "三级指标")) else { return };
        let ends = |cells: &Vec<String>| cells.len() < 2 || cells.iter().any(|c| ["总分", "合计", "自评等级", "总得分"].iter().any(|w| c.contains(w)));
        let rows: Vec<String> = block[at..].iter().enumerate().take_while(|(k, cells)| *k == 0 || !ends(cells)).map(|(_, cells)| cells.join("\t")).collect();
        let Some(grid) = read_pasted_grid(&rows.join("\n"), IndicatorColumn::Level1) else { return };
        // Where the table has a 分值 column, every row gives its 分值.
        let scored = grid.rows.iter().any(|row| !cell(row, IndicatorColumn::Points).is_empty());
        let placed = |row: &Vec<(IndicatorColumn, String)>| {
            let points = cell(row, IndicatorColumn::Points);
            !cell(row, IndicatorColumn::Name).is_empty() && if scored { points.parse::<Decimal>().is_ok() } else { points.is_empty() }
        };
        if grid.rows.iter().all(placed) {
            self.indicators = grid.rows;
        } else {
            self.rows_unread = true;
        }
    }
}

/// The text of a grid row's cell in `column` (empty where it has none).
fn cell(row: &[(IndicatorColumn, String)], column: IndicatorColumn) -> &str {
    row.iter().find(|(c, _)| *c == column).map_or("", |(_, text)| text.as_str())
}

/// The source a funds row under the 年度资金总额 is of (“其中：当年财政拨款”, “上年结转资金”, “其他资金”).
fn fund_source(label: &str) -> Option<FundSource> {
    let name = squeezed(label);
    let name = name.trim_start_matches("其中").trim_start_matches([':', '：']).trim_start_matches("当年");
    [("财政拨款", FundSource::Appropriation), ("上年结转", FundSource::Carryover), ("其他资金", FundSource::Other)].into_iter().find(|(words, _)| name.starts_with(words)).map(|(_, source)| source)
}

/// A heading of 全年执行数 (not its 执行率).
fn is_executed(heading: &str) -> bool {
    heading.contains("执行数") && !heading.contains("执行率")
}

/// The rows of each table of projects with a header naming its columns (项目名称 | 预算数 | 实际支出 …) —
/// tab-separated, between bars, or copied one cell to a line — read as a paste into the form's projects
/// table would be: name, budget where given, spending. A table any of whose rows is not so read (a header
/// not taken, a figure that is none) is no table of projects, and none of its rows is taken.
/// Rows of tables that list projects (`stated`: the 项目支出 the report states, in 万元).
fn table_rows(pasted: &str, stated: &[Decimal]) -> Vec<(usize, String, Option<Decimal>, Decimal, bool)> {
    // A blank line beside a page's number or header is the page break's, not a table's end.
    let lines = damage::kept(pasted);
    let mut found = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        let start = at;
        let cells = table_cells(&pasted[lines[at].start..lines[at].end]);
        let block = if cells.len() >= 3 && names_projects_budget_and_spending(&cells) {
            let rows: Vec<String> = lines[at..].iter().map(|line| table_cells(&pasted[line.start..line.end])).take_while(|cells| cells.len() >= 3).map(|cells| cells.join("\t")).collect();
            at += rows.len();
            Some(rows.join("\n"))
        } else if let Some(stacked) = tables::stacked_rows(pasted, &lines[at..]) {
            at += stacked.1;
            Some(stacked.0)
        } else {
            at += 1;
            None
        };
        let table_at = lines[start].start;
        // “表1  支出情况表（单位：元）” above the header: its bare figures are 元.
        let caption = start.checked_sub(1).and_then(|above| lines.get(above)).map_or("", |line| &pasted[line.start..line.end]);
        let block = block.map(|block| if says_yuan(caption) { headed_in_yuan(&block) } else { block });
        found.extend(block.map(|block| projects_of(&block, stated)).unwrap_or_default().into_iter().enumerate().map(|(k, (name, budget, actual, key))| (table_at + k, name, budget, actual, key)));
    }
    found
}

/// A table row's cells as [`row_cells`] reads them, or between runs of blanks in a row aligned so (a table
/// copied from a PDF: “检察业务经费      165.00      158.36”) — three at least, and no sentence among them.
fn table_cells(line: &str) -> Vec<String> {
    let cells = row_cells(line);
    if cells.len() > 1 || line.contains(['。', '，', '；', ';']) {
        return cells;
    }
    let aligned: Vec<String> = damage::space_aligned_cells(line.trim()).map(|(_, cell)| cell.trim().to_string()).collect();
    if aligned.len() >= 3 { aligned } else { cells }
}

/// Whether a header names the projects, their budgets and their spending.
fn names_projects_budget_and_spending(cells: &[String]) -> bool {
    let has = |test: &dyn Fn(&str) -> bool| cells.iter().any(|c| test(&squeezed(c)));
    has(&|c| c.contains("名称") || c == "项目" || c == "支出项目") && has(&|c| c.contains("预算")) && has(&|c| ["支出", "执行数", "决算"].iter().any(|w| c.contains(w)))
}

/// Rows of the unit's own money (its funds, its 基本支出, its “三公” items): a table with one lists no projects.
const UNIT_SPENDING: [&str; 11] = ["基本支出", "人员经费", "公用经费", "三公", "收入", "结转", "结余", "公务接待", "公务用车", "公车", "因公出国"];

/// A table's header row with each amount's head marked 元 (“预算数（元）”) where the caption above says the
/// table is in 元 — so its bare figures are read as 元, as a head that says so would have them.
fn headed_in_yuan(block: &str) -> String {
    let (header, rows) = block.split_once('\n').unwrap_or((block, ""));
    let amount = |cell: &str| ["预算", "支出", "执行", "决算"].iter().any(|w| cell.contains(w)) && !cell.contains('元');
    let header: Vec<String> = header.split('\t').map(|cell| if amount(cell) { format!("{}（元）", cell.trim()) } else { cell.to_string() }).collect();
    format!("{}\n{rows}", header.join("\t"))
}

/// A table's rows as the projects table's paste reads them, all or none; each with whether its 重点 cell
/// marks it a 重点项目.
fn projects_of(block: &str, stated: &[Decimal]) -> Vec<(String, Option<Decimal>, Decimal, bool)> {
    let Some(pasted) = read_pasted_projects(block, ProjectColumn::Name) else { return Vec::new() };
    let cell = |row: &[(ProjectColumn, String)], column| row.iter().find(|(c, _)| *c == column).map_or("", |(_, text)| text.as_str()).to_string();
    let rows: Vec<(String, String, String)> = pasted.rows.iter().map(|row| (cell(row, ProjectColumn::Name), cell(row, ProjectColumn::Budget), cell(row, ProjectColumn::Actual))).collect();
    let keys: Vec<bool> = pasted.rows.iter().map(|row| cell(row, ProjectColumn::Key) == "true").collect();
    let read = if rows.iter().any(|(name, ..)| is_unit_spending(name)) {
        let under = projects_under_their_total(&rows);
        if under.is_empty() { projects_beside_the_units(&rows, stated) } else { under }
    } else { projects_read(&rows).filter(|rows| rows.len() >= 2).unwrap_or_default() };
    // Rows under a 项目支出 row are no table of 重点 flags: only a table all of projects gives them.
    let flags = if read.len() == rows.len() { keys } else { Vec::new() };
    read.into_iter().enumerate().map(|(k, (name, budget, actual))| (name, budget, actual, flags.get(k).copied().unwrap_or(false))).collect()
}

fn is_unit_spending(name: &str) -> bool {
    UNIT_SPENDING.iter().any(|w| name.contains(w))
}

/// Each row's name, budget where given and spending; none unless every row is a project's so read.
fn projects_read(rows: &[(String, String, String)]) -> Option<Vec<(String, Option<Decimal>, Decimal)>> {
    rows.iter()
        .map(|(name, budget, actual)| {
            let budget = if budget.is_empty() { None } else { Some(parse_amount(budget).ok().flatten()?) };
            (!is_unit_spending(name) && parse_amount(name).is_err()).then_some(())?;
            Some((name.clone(), budget, parse_amount(actual).ok().flatten()?))
        })
        .collect()
}

/// “一、基本支出 | … ⏎ 二、项目支出 | 480.00 | 465.80 ⏎ 甲经费 | 165.00 | 158.36 ⏎ …”: a table of the unit's
/// spending that breaks its 项目支出 down — the rows under the 项目支出 row, up to the next numbered row or the
/// unit's, are its projects where they make its figures.
fn projects_under_their_total(rows: &[(String, String, String)]) -> Vec<(String, Option<Decimal>, Decimal)> {
    let label = |name: &str| squeezed(super::labels::without_numbering(name));
    let Some(at) = rows.iter().position(|(name, ..)| label(name) == "项目支出") else { return Vec::new() };
    let (_, total_budget, total_spent) = &rows[at];
    let under = &rows[at + 1..];
    let numbered = |name: &str| super::labels::without_numbering(name).len() != name.trim_start().len();
    let end = under.iter().position(|(name, ..)| numbered(name) || is_unit_spending(name)).unwrap_or(under.len());
    let Some(projects) = projects_read(&under[..end]).filter(|rows| rows.len() >= 2) else { return Vec::new() };
    let spent = projects.iter().try_fold(Decimal::ZERO, |sum, (_, _, actual)| sum.plus(*actual));
    let budgets = projects.iter().try_fold(Decimal::ZERO, |sum, (_, budget, _)| sum.plus((*budget)?));
    let makes = |sum: Option<Decimal>, stated: &str| sum.is_some() && sum == parse_amount(stated).ok().flatten();
    let budgets_agree = budgets.is_none() || total_budget.is_empty() || makes(budgets, total_budget);
    if makes(spent, total_spent) && budgets_agree { projects } else { Vec::new() }
}

/// “人员经费 | — | 726.34 ⏎ 公用经费 | 108.00 | 102.46 ⏎ 甲经费 | 235.00 | 228.65 ⏎ …”: a table of the unit's
/// spending with no 项目支出 row, its projects listed beside its 人员经费 and 公用经费 — the rows not of the unit's
/// own money are its projects where they spend a 项目支出 the report states (the sum tells them from, say, an
/// 其他支出 row).
fn projects_beside_the_units(rows: &[(String, String, String)], stated: &[Decimal]) -> Vec<(String, Option<Decimal>, Decimal)> {
    let label = |name: &str| squeezed(super::labels::without_numbering(name));
    let others: Vec<(String, String, String)> = rows.iter().filter(|(name, ..)| !is_unit_spending(name) && !label(name).starts_with("项目支出")).cloned().collect();
    let Some(projects) = projects_read(&others).filter(|rows| rows.len() >= 2) else { return Vec::new() };
    let spent = projects.iter().try_fold(Decimal::ZERO, |sum, (_, _, actual)| sum.plus(*actual));
    if spent.is_some_and(|spent| stated.contains(&spent)) { projects } else { Vec::new() }
}

/// “1．某某经费⇥预算60.00万元⇥支出58.20万元”: items of two or more lines, each its name, then its budget and its
/// spending in cells of their own, each with its label. A line of the run not so read leaves the run unread.
fn tabbed_items(pasted: &str) -> Vec<(usize, String, Option<Decimal>, Decimal)> {
    let mut found = Vec::new();
    let mut run: Vec<(usize, String, Option<Decimal>, Decimal)> = Vec::new();
    let mut broken = false;
    for line in damage::lines(pasted).iter().filter(|line| !line.dropped) {
        let owned = row_cells(&pasted[line.start..line.end]);
        let cells: Vec<&str> = owned.iter().map(String::as_str).collect();
        let labelled = cells.len() >= 3 && cells[1..].iter().all(|cell| cell.starts_with(|c: char| !c.is_ascii_digit()) && cell.contains(|c: char| c.is_ascii_digit()));
        if !labelled {
            if !broken && run.len() >= 2 {
                found.append(&mut run);
            }
            (run, broken) = (Vec::new(), false);
            continue;
        }
        match tabbed_item(&cells) {
            Some((name, budget, actual)) => run.push((line.start, name, budget, actual)),
            None => broken = true,
        }
    }
    if !broken && run.len() >= 2 {
        found.append(&mut run);
    }
    found
}

/// One line of [`tabbed_items`]: a numbered name, a cell of its budget (预算…) and one of its spending (支出…).
fn tabbed_item(cells: &[&str]) -> Option<(String, Option<Decimal>, Decimal)> {
    let name = super::labels::without_numbering(cells[0]);
    let (mut budget, mut actual) = (None, None);
    for cell in &cells[1..] {
        let figure_at = cell.find(|c: char| c.is_ascii_digit())?;
        let (label, figure) = cell.split_at(figure_at);
        let value = parse_amount(figure).ok().flatten()?;
        if label.contains("预算") && !label.contains("执行") && budget.is_none() {
            budget = Some(value);
        } else if ["支出", "执行", "决算"].iter().any(|w| label.contains(w)) && !label.contains('率') && actual.is_none() {
            actual = Some(value);
        } else {
            return None;
        }
    }
    let actual = actual?;
    (name != cells[0] && !name.is_empty()).then(|| (name.to_string(), budget, actual))
}

/// “项目支出…，分别为：某某项目支出…万元，某某项目支出…万元（预算…万元）。”: a list in one sentence of
/// unnumbered items, each its name and its spending (its budget in brackets where given), after the 项目支出
/// ending at `end` (or in the sentence after it, “项目支出…，占…%。项目支出的构成是：…”) — read only where every
/// item is so read and they spend the `total` stated. Budgets the next sentence gives in the same order (“上述
/// 三个项目预算分别为…”) are theirs.
fn one_sentence_list(text: &str, numbers: &[Number], end: usize, total: Decimal) -> Vec<(usize, String, Option<Decimal>, Decimal)> {
    let Some((from, sentence, opens)) = list_sentence(text, end) else { return Vec::new() };
    const APART: [char; 4] = ['，', ',', ';', '、'];
    let mut items = Vec::new();
    let mut start = from + opens;
    let mut spent_so_far = Decimal::ZERO;
    for piece in sentence[opens..].split_inclusive(APART) {
        let stop = start + piece.trim_end_matches(APART).len();
        let next = start + piece.len();
        let within = &numbers[numbers.partition_point(|n| n.start < start)..];
        let amounts: Vec<&Number> = within.iter().take_while(|n| n.start < stop).filter(|n| n.end <= stop && n.unit == Unit::Wan).collect();
        let Some(spent) = amounts.first() else { return Vec::new() };
        let lead = text.get(start..spent.start).unwrap_or_default().trim();
        // “某某项目支出”: the 项目 is the name's own; a name alone (“某某运维165.40万元”) is the item's too.
        let name = match ["实际支出", "项目支出", "支出"].iter().find_map(|w| lead.strip_suffix(w)) {
            Some(name) if lead.ends_with("项目支出") => format!("{name}项目"),
            Some(name) => name.to_string(),
            None => lead.to_string(),
        };
        let budget = amounts.get(1).filter(|n| text.get(spent.end..n.start).is_some_and(|between| between.contains("预算"))).map(|n| n.value);
        if amounts.len() > 1 + usize::from(budget.is_some()) || name.contains(|c: char| c.is_ascii_digit()) {
            return Vec::new();
        }
        items.push((start, name, budget, spent.value));
        start = next;
        // “…，包括甲146.25万元、乙41.30万元；年末结转结余…”: the list ends where its items make the total — and is
        // none once they spend more than it.
        let Some(sum) = spent_so_far.plus(spent.value) else { return Vec::new() };
        spent_so_far = sum;
        if items.len() >= 2 && sum == total {
            break;
        }
        if sum > total && total > Decimal::ZERO {
            return Vec::new();
        }
    }
    let spent = items.iter().try_fold(Decimal::ZERO, |sum, (_, _, _, actual)| sum.plus(*actual));
    if items.len() < 2 || spent != Some(total) || items.iter().any(|(_, name, ..)| is_a_source_of_funds(name)) {
        return Vec::new();
    }
    if items.iter().all(|(_, _, budget, _)| budget.is_none()) {
        let names: Vec<&str> = items.iter().map(|(_, name, ..)| name.as_str()).collect();
        let budgets = budgets_after(text, numbers, from + sentence.len(), &names);
        items.iter_mut().zip(budgets).for_each(|(item, budget)| item.2 = Some(budget));
    }
    items
}

/// “项目支出…，其中财政拨款…万元、上年结转…万元”: the sources a 项目支出 was paid from, listed as its parts
/// are, are no projects.
fn is_a_source_of_funds(name: &str) -> bool {
    ["拨款", "资金", "收入"].iter().any(|w| name.ends_with(w)) || ["结转", "结余", "基本支出", "人员经费", "公用经费"].iter().any(|w| name.contains(w))
}

/// The sentence with the list after a 项目支出 ending at `end`: where it starts, its words and where in them
/// the items start (after “分别为：”, “主要为：”, “构成是：”, “分项目为：”) — in the 项目支出's own sentence, or in the next
/// where that one is about the 项目支出 again.
fn list_sentence(text: &str, end: usize) -> Option<(usize, &str, usize)> {
    const OPENERS: [&str; 18] = ["分别为:", "分别是:", "主要为:", "构成是:", "分项目为:", "分项为:", "具体为:", "包括:", "其中:", "分别为", "分别是", "主要为", "构成是", "分项目为", "分项为", "具体为", "包括", "其中"];
    // A sentence read at most 4,000 bytes on: a line stating totals again and again stays linear to read.
    let sentence_at = |from: usize| {
        let rest = super::labels::window_after(text, from, 4000);
        &rest[..rest.find(['。', '\n']).unwrap_or(rest.len())]
    };
    let opener = |sentence: &str| OPENERS.iter().find_map(|w| sentence.find(w).map(|i| i + w.len()));
    let own = sentence_at(end);
    if let Some(opens) = opener(own) {
        return Some((end, own, opens));
    }
    let next_at = end + own.len();
    text.get(next_at..)?.starts_with('。').then_some(())?;
    let from = next_at + '。'.len_utf8();
    let next = sentence_at(from);
    next.starts_with("项目支出").then_some(())?;
    Some((from, next, opener(next)?))
}

/// “上述三个项目年度预算分别为…万元、…万元和…万元。”: the sentence right after a list (ending at `end`) giving
/// the budgets of its items (`names`) in order; none unless it gives exactly so many. Where it names each
/// again (“各项目预算分别为甲150.00万元、乙42.00万元，合计192.00万元”), the names must be theirs, in their
/// order; the sum after them is none of them.
fn budgets_after(text: &str, numbers: &[Number], end: usize, names: &[&str]) -> Vec<Decimal> {
    let Some(rest) = text.get(end..).and_then(|rest| rest.strip_prefix('。')) else { return Vec::new() };
    let from = end + '。'.len_utf8();
    let sentence = &rest[..rest.find(['。', '\n']).unwrap_or(rest.len())];
    let Some(opens) = ["预算分别为", "预算数分别为"].iter().find_map(|w| sentence.find(w).map(|at| at + w.len())) else { return Vec::new() };
    let mut lead_from = from + opens;
    let mut budgets = Vec::new();
    for n in numbers.iter().filter(|n| from + opens <= n.start && n.end <= from + sentence.len()) {
        let lead = text.get(lead_from..n.start).unwrap_or_default().trim_start_matches([':', '，', ',', '、', ';', '和', '及']).trim();
        lead_from = n.end;
        if ["合计", "共计", "总计"].iter().any(|w| lead.starts_with(w)) {
            continue;
        }
        let named_else = !lead.is_empty() && budgets.len() < names.len() && names.get(budgets.len()).is_none_or(|name| *name != lead);
        if n.unit != Unit::Wan || named_else {
            return Vec::new();
        }
        budgets.push(n.value);
    }
    if budgets.len() == names.len() { budgets } else { Vec::new() }
}

/// Words of a name that is all the projects together (“全年安排项目5个”, “项目合计”), not one of them — nor
/// one project's funds (a 自评表's “年度资金总额” row).
const ALL_PROJECTS: [&str; 8] = ["全年", "合计", "共计", "总计", "安排", "项目支出", "所有", "资金总额"];

/// The project's name as read, without a sentence's lead-in (“各项目情况是：某某运维”) or blanks; none if
/// it is no one project's.
pub(super) fn project_name(read: &str) -> Option<String> {
    // After the last colon opening the name, not a scale's (“1:5万区域地质调查”).
    let colon = read.char_indices().rfind(|&(at, c)| [':', '：'].contains(&c) && !in_a_scale(read, at));
    let name = colon.map_or(read, |(at, c)| &read[at + c.len_utf8()..]);
    let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    is_one_projects(&name).then_some(name)
}

/// A name of two characters (“中央” before “预算内…专项”) is a word read for one, and one stating a figure
/// (“支出12.50万元”) is a clause read for one; a project missed here is in the row of the rest. A year or a
/// road's number is part of many names (“2023年农村公路养护工程”, “G210线路灯维护”).
fn is_one_projects(name: &str) -> bool {
    // A remark in brackets closing the name (“保育教育（保教费安排）”, “（含上年结转12.00万元）”) is about the one
    // project.
    let remarked = name.ends_with(['）', ')']).then(|| name.find(['（', '('])).flatten().filter(|&open| open > 0);
    let own = remarked.map_or(name, |open| &name[..open]);
    // A map's scale opening the name (“1:5万区域地质调查”) states no figure.
    let words = if opens_on_a_scale(own) { own.trim_start_matches(|c: char| c.is_ascii_digit() || [':', '：', '∶', '万'].contains(&c)) } else { own };
    let states_a_figure = words.chars().zip(words.chars().skip(1)).any(|(a, b)| a.is_ascii_digit() && ".%万元亿个人".contains(b));
    name.chars().count() >= 3 && !states_a_figure && !ALL_PROJECTS.iter().any(|w| own.contains(w))
}

/// “（1）某某作业经费：预算88.00万元，支出85.60万元;”: an item named before its budget and spending, with no
/// rate of its own — its name, budget and spending.
fn unrated_items(text: &str, numbers: &[Number]) -> Vec<(usize, String, Decimal, Decimal)> {
    let mut items = Vec::new();
    let mut after = 0;
    for (at, _) in text.match_indices("预算") {
        if at < after {
            continue;
        }
        let Some((name, figures_at)) = listed_run_item(text, at) else { continue };
        // The clause's amounts: its budget first, then its spending; a rate after them ends the item.
        let clause_end = text[figures_at..].find([';', '。', '\n']).map_or(text.len(), |i| figures_at + i);
        let clause: Vec<&Number> = numbers.iter().filter(|n| figures_at <= n.start && n.end <= clause_end).collect();
        let amounts: Vec<&&Number> = clause.iter().filter(|n| n.unit == Unit::Wan).collect();
        // An item with its 执行率 is read with it (as the audit checks it), not a second time here; another rate
        // (“差错率0.3%”, “满意度96%”) is what the project achieved.
        let rated = clause.iter().any(|n| n.unit == Unit::Percent && labels_execution(text, figures_at, n.start));
        if let ([budget, actual, ..], false) = (amounts.as_slice(), rated) {
            items.push((at, name, budget.value, actual.value));
        }
        after = clause_end;
    }
    items
}

/// Labels of an item's whole budget, the surest first (“全年预算” over a 预算 that may be its 年初's).
const ITEM_BUDGET: [&str; 2] = ["全年预算", "预算"];
/// Labels of an item's spending, likewise.
const ITEM_SPENT: [&str; 2] = ["实际支出", "支出"];
/// Words before a budget's or spending's label that make it another's (a part of the budget, the unit's).
const NOT_THE_ITEMS: [&str; 5] = ["年初", "上年", "基本", "项目", "人员"];
/// Words of a heading on the unit's money (“（一）收入预算”), not a task's name.
const OF_THE_UNITS_MONEY: [&str; 9] = ["预算", "收入", "支出", "决算", "结转", "结余", "来源", "情况", "其中"];

/// “（3）某某治理：全年预算…万元，其中中央资金…；实际支出…万元，…”, and “（1）某某项目” on a line of its own with
/// its figures on the next (“年初安排…，全年预算…（…）。…支出…万元。”): a numbered item whose budget and
/// spending are each labelled once, whatever stands between them (its sources, its 年初 and 追加). An item
/// with a rate is read with it.
fn numbered_items(text: &str, numbers: &[Number]) -> Vec<(std::ops::Range<usize>, Decimal, Decimal)> {
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        lines.push(start..start + line.len());
        start += line.len() + 1;
    }
    let mut items = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let words = &text[line.clone()];
        let named = super::labels::without_numbering(words);
        if named.len() == words.trim_start().len() {
            continue;
        }
        let name_at = line.end - named.len();
        let (name, body) = match named.find(':') {
            Some(colon) => (&named[..colon], name_at + colon + 1..line.end),
            // A name alone on its line: its figures are the next line's, if that is no item of its own.
            None if !named.contains(|c: char| c.is_ascii_digit()) && named.chars().count() <= 30 => {
                let Some(next) = lines.get(k + 1).filter(|next| {
                    let words = &text[(*next).clone()];
                    !words.trim().is_empty() && super::labels::without_numbering(words).len() == words.trim_start().len()
                }) else { continue };
                (named, next.clone())
            }
            None => continue,
        };
        let amounts: Vec<&Number> = numbers.iter().filter(|n| body.start <= n.start && n.end <= body.end).collect();
        // “（一）收入预算”, “（三）“三公”经费”: a heading of the unit's money, no task.
        if amounts.iter().any(|n| n.unit == Unit::Percent) || OF_THE_UNITS_MONEY.iter().chain(&UNIT_SPENDING).any(|w| name.contains(w)) {
            continue;
        }
        // “年初预算…”, “基本支出…”: a part of the budget, or the unit's spending — not the item's.
        let after_label = |n: &Number, label: &str| text[..n.start].strip_suffix(label).is_some_and(|before| !NOT_THE_ITEMS.iter().any(|w| before.ends_with(w)));
        let labelled = |labels: &[&str]| {
            labels.iter().find_map(|label| {
                let found: Vec<Decimal> = amounts.iter().filter(|n| n.unit == Unit::Wan && after_label(n, label)).map(|n| n.value).collect();
                match found[..] {
                    [] => None,
                    [one] => Some(Some(one)),
                    _ => Some(None),
                }
            })?
        };
        if let (Some(budget), Some(actual)) = (labelled(&ITEM_BUDGET), labelled(&ITEM_SPENT)) {
            let lead = name.len() - name.trim_start().len();
            items.push((name_at + lead..name_at + name.trim_end().len(), budget, actual));
        }
    }
    items
}

/// Whether the clause before the rate at `at` (from the item's figures at `from`) names an 执行率.
fn labels_execution(text: &str, from: usize, at: usize) -> bool {
    let before = text.get(from..at).unwrap_or_default();
    super::text::after_last(before, &['，', ',']).contains("执行率")
}

/// A row of a table of the unit's figures (附件1: “项目支出 | 上年决算数 | 本年预算数 | 本年决算数”), with the
/// headings of its columns as the header names them: this year's 全年预算 and its 决算 (or 实际/执行数).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRow {
    /// Its first cell, without numbering, 其中 or blanks.
    pub label: String,
    /// The heading and the figure of the column of this year's whole budget, where the header names one alone.
    pub budget: Option<(String, Option<Decimal>)>,
    /// Likewise of its spending.
    pub actual: Option<(String, Option<Decimal>)>,
}

/// What a heading of a unit's table says its column holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Budget,
    /// 年初预算: a part of the whole budget, not it.
    Initial,
    Actual,
    /// Last year's, a rate, or words.
    Other,
}

fn column_of(heading: &str) -> Column {
    let heading = squeezed(heading);
    if heading.contains("上年") || heading.contains('率') {
        Column::Other
    } else if heading.contains("年初") {
        Column::Initial
    } else if heading.contains("预算") {
        Column::Budget
    } else if ["决算", "实际", "执行数", "支出数"].iter().any(|w| heading.contains(w)) {
        Column::Actual
    } else {
        Column::Other
    }
}

/// The header of a unit's table read: which column (by index) is the whole budget and which the spending,
/// each where one column alone is; whether its figures are in 元.
struct Header {
    budget: Option<(usize, String)>,
    actual: Option<(usize, String)>,
    width: usize,
    in_yuan: bool,
}

impl Header {
    fn read(cells: &[String], above: &str) -> Option<Header> {
        let columns: Vec<Column> = cells.iter().map(|c| column_of(c)).collect();
        let words = cells.iter().any(|c| !c.is_empty() && parse_amount(c).is_err());
        let figures = cells.iter().any(|c| matches!(parse_amount(c), Ok(Some(_))));
        let names = |kind: Column| columns.contains(&kind);
        if cells.len() < 3 || figures || !words || !(names(Column::Budget) || names(Column::Initial)) || !names(Column::Actual) {
            return None;
        }
        let alone = |kind: Column| {
            let at: Vec<usize> = (0..columns.len()).filter(|k| columns[*k] == kind).collect();
            if let [at] = at.as_slice() { Some((*at, squeezed(&cells[*at]))) } else { None }
        };
        let units = format!("{above}{}", cells.join(""));
        let in_yuan = says_yuan(&units);
        Some(Header { budget: alone(Column::Budget), actual: alone(Column::Actual), width: cells.len(), in_yuan })
    }

    /// A row's figure in the column at `at`, placed by the header (a header without the first column's label is
    /// one cell short of its rows).
    fn figure(&self, row: &[String], at: usize) -> Option<Decimal> {
        let shift = match row.len().checked_sub(self.width)? {
            0 => 0,
            1 => 1,
            _ => return None,
        };
        let value = parse_amount(row.get(at + shift)?).ok().flatten()?;
        if self.in_yuan { value.divided_by(Decimal::from(10_000)) } else { Some(value) }
    }
}

/// Every row of the tables of the text whose header names a budget column and a spending column, tab-separated
/// or between bars, with this year's whole budget and spending where the header says which columns they are.
pub fn unit_rows(pasted: &str) -> Vec<UnitRow> {
    let mut rows = Vec::new();
    let mut header: Option<Header> = None;
    let mut above = String::new();
    for line in damage::lines(pasted).iter().filter(|line| !line.dropped) {
        let words = &pasted[line.start..line.end];
        let cells = row_cells(words);
        if cells.len() < 2 {
            header = None;
            above = words.to_string();
            continue;
        }
        if let Some(read) = Header::read(&cells, &above) {
            header = Some(read);
            continue;
        }
        let Some(header) = &header else { continue };
        let label = squeezed(super::labels::without_numbering(&cells[0]));
        let label = label.trim_start_matches("其中").trim_start_matches([':', '：']).to_string();
        let column = |placed: &Option<(usize, String)>| placed.as_ref().map(|(at, heading)| (heading.clone(), header.figure(&cells, *at)));
        rows.push(UnitRow { label, budget: column(&header.budget), actual: column(&header.actual) });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::{one_sentence_list, project_name};
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::text::Normalised;
    use rust_decimal::Decimal;

    #[test]
    fn a_list_in_one_sentence_is_read_only_where_its_items_make_the_stated_total() {
        let text = Normalised::new("项目支出90.00万元，分别为：河道保洁项目支出60.00万元，堤防巡查支出30.00万元（预算32.00万元）。");
        let numbers = numbers(&text.text);
        let end = numbers[0].end;
        let read: Vec<(String, Option<Decimal>, Decimal)> =
            one_sentence_list(&text.text, &numbers, end, Decimal::from(90)).into_iter().map(|(_, name, budget, actual)| (name, budget, actual)).collect();
        assert_eq!(read, [("河道保洁项目".to_string(), None, Decimal::from(60)), ("堤防巡查".to_string(), Some(Decimal::from(32)), Decimal::from(30))]);
        assert!(one_sentence_list(&text.text, &numbers, end, Decimal::from(95)).is_empty(), "items spending less than the total are no list of it");
        assert!(one_sentence_list(&text.text, &numbers, end, Decimal::from(70)).is_empty(), "nor items spending more: the list is given up there");
    }

    /// A 项目支出绩效自评表 copied one cell to a line, as a PDF's copy gives it: its name, its funds row and its
    /// 绩效指标 rows are read as from its copy with tabs.
    #[test]
    fn a_sheet_copied_one_cell_to_a_line_is_read() {
        let text = "附件：项目支出绩效自评表\n项目名称\n乡镇卫生院救护车购置\n主管部门\n某县卫生健康局\n\
                    项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n\
                    年度资金总额\n96.00\n96.00\n93.60\n10\n97.50%\n9.75\n其中：当年财政拨款\n96.00\n96.00\n93.60\n—\n—\n—\n\
                    一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n\
                    产出指标\n数量指标\n购置救护车数量\n4辆\n4辆\n50\n50\n\
                    满意度指标\n服务对象满意度指标\n患者满意度\n≥90%\n93%\n40\n40\n\
                    总分\n100\n99.75\n";
        let read = super::sheets(text);
        assert_eq!(read.len(), 1, "{read:?}");
        assert_eq!((read[0].name.as_str(), read[0].budget, read[0].actual), ("乡镇卫生院救护车购置", Some(Decimal::from(96)), Some(Decimal::new(9360, 2))));
        assert_eq!(read[0].indicators.len(), 2, "{read:?}");
    }

    /// The project rows of a new draft from `text`: name, budget, spending as typed.
    fn drafted_rows(text: &str) -> Vec<(String, String, String)> {
        use crate::core::draft::fields::ProjectColumn;
        let started = crate::core::audit::draft_from_text(text);
        let rows = started.draft.projects().iter().map(|p| (p.name().to_string(), p.cell(ProjectColumn::Budget).to_string(), p.cell(ProjectColumn::Actual).to_string()));
        rows.collect()
    }

    fn rows(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
        expected.iter().map(|(name, budget, actual)| (name.to_string(), budget.to_string(), actual.to_string())).collect()
    }

    /// “项目支出…，分项目为：甲…万元（预算…万元）；乙…”: a list opened by 分项目为 / 具体为 is read as one opened by
    /// 分别为 — each item its row, with its budget.
    #[test]
    fn a_list_opened_by_fen_xiang_mu_wei_gives_a_row_each() {
        let text = "2024年度。\n全年支出520.00万元，其中基本支出402.50万元；项目支出117.50万元，分项目为：渔船安全检查65.20万元（预算68.00万元）；水产苗种补助52.30万元（预算55.00万元）。\n";
        assert_eq!(drafted_rows(text), rows(&[("渔船安全检查", "68", "65.2"), ("水产苗种补助", "55", "52.3")]));
        let text = text.replace("分项目为", "具体为");
        assert_eq!(drafted_rows(&text), rows(&[("渔船安全检查", "68", "65.2"), ("水产苗种补助", "55", "52.3")]));
    }

    /// A project whose 自评表 gives other spending than the prose's list: the figure with which the projects
    /// make the stated 项目支出 is its row's, the other noted for the clerk — whichever of the two holds it.
    #[test]
    fn a_projects_spending_is_the_one_the_stated_total_bears_out() {
        let prose = "2023年度。\n全年支出300.00万元，其中基本支出222.20万元，项目支出77.80万元。\n1．水土保持监测：预算50.00万元，支出47.80万元。\n2．山塘除险加固：预算32.00万元，支出30.00万元。\n";
        let sheet = "附件\n项目支出绩效自评表\n项目名称\t水土保持监测\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t50.00\t50.00\t48.70\t10\t97.40%\t9.74\n";
        let wanted = rows(&[("水土保持监测", "50", "47.8"), ("山塘除险加固", "32", "30")]);
        assert_eq!(drafted_rows(&format!("{prose}{sheet}")), wanted);
        let started = crate::core::audit::draft_from_text(&format!("{prose}{sheet}"));
        assert!(started.notes.iter().any(|n| n.contains("47.8、48.7")), "{:?}", started.notes);
        // The prose's figure the slip, the 自评表's borne out: the 自评表's.
        let slipped = prose.replace("支出47.80", "支出48.70");
        assert_eq!(drafted_rows(&format!("{slipped}{}", sheet.replace("48.70", "47.80").replace("97.40%\t9.74", "95.60%\t9.56"))), wanted);
    }

    /// Listed projects spending less than the 项目支出 stated: a row of the rest where the report may list only
    /// some — not where its 支出合计 is the 基本支出 and the listed projects together (the 项目支出 is in doubt).
    #[test]
    fn no_row_of_the_rest_where_the_sums_bear_the_listed_projects_out() {
        let text = |all: &str| format!("2024年度。\n全年支出{all}万元，其中基本支出210.00万元，项目支出58.60万元，具体如下：\n项目名称\t预算数\t实际支出\n档案抢救保护\t30.00\t29.10\n馆藏数字化\t28.00\t27.50\n");
        assert_eq!(drafted_rows(&text("266.60")), rows(&[("档案抢救保护", "30", "29.1"), ("馆藏数字化", "28", "27.5")]));
        let rest = crate::core::draft::project::UNLISTED_REST;
        assert_eq!(drafted_rows(&text("268.60")), rows(&[("档案抢救保护", "30", "29.1"), ("馆藏数字化", "28", "27.5"), (rest, "", "2")]), "the 项目支出 borne out: the rows may be some");
    }

    /// A table of the unit's spending in 元 (its caption says so) that lists its projects beside its 人员经费 and
    /// 公用经费, with no 项目支出 row: the projects are the rows that spend the 项目支出 stated — even where the
    /// 人员经费 row is itself a slip.
    #[test]
    fn projects_listed_beside_the_units_own_spending_are_its_projects() {
        let text = |personnel: &str, spent: &str| {
            format!("某县档案馆2024年度部门整体支出绩效自评报告\n全年支出3,482,600.00元，其中基本支出2,690,100.00元、项目支出{spent}元。\n\
                     表2  支出明细（单位：元）\n支出项目\t预算数\t实际支出数\n人员经费\t—\t{personnel}\n公用经费\t300,000.00\t281,400.00\n\
                     馆藏档案数字化\t500,000.00\t486,300.00\n档案库房安防改造\t320,000.00\t306,200.00\n合计\t—\t3,482,600.00\n")
        };
        let wanted = rows(&[("馆藏档案数字化", "50", "48.63"), ("档案库房安防改造", "32", "30.62")]);
        assert_eq!(drafted_rows(&text("2,408,700.00", "792,500.00")), wanted);
        assert_eq!(drafted_rows(&text("2,480,700.00", "792,500.00")), wanted, "a slip in the 人员经费 row leaves the projects as they are");
        let stand_in = drafted_rows(&text("2,408,700.00", "795,200.00"));
        assert!(!stand_in.iter().any(|(name, ..)| name == "馆藏档案数字化"), "rows that spend no 项目支出 stated are not taken for projects: {stand_in:?}");
    }

    #[test]
    fn a_list_of_items_not_numbered_gives_a_row_each_though_the_copy_broke_its_lines() {
        let text = "某县水利站2024年度部门整体支出绩效自评报告\n全年支出合计400.00万元，其中基本支出251.40万元。\n\
                    项目支出148.60万元。主要包括：河湖清漂经费，预算80.00万元，支出78.50\n万元；水文站维护经费，预算72.00万元，支\n出70.10万元。\n";
        assert_eq!(drafted_rows(text), rows(&[("河湖清漂经费", "80", "78.5"), ("水文站维护经费", "72", "70.1")]));
        // One sentence of prose after the colon is no list: the 项目支出 stays one row.
        let prose = text.replace("主要包括：河湖清漂经费，预算80.00万元，支出78.50\n万元；水文站维护经费，预算72.00万元，支\n出70.10万元。", "主要用于：河湖清漂和水文站维护。");
        assert_eq!(drafted_rows(&prose).iter().map(|(name, ..)| name.as_str()).collect::<Vec<_>>(), ["项目支出（报告未分项）"]);
    }

    #[test]
    fn a_list_of_names_each_with_its_spending_and_its_budget_after_it_gives_a_row_each() {
        let text = "某县医疗保障局2022年度部门整体支出绩效自评报告\n全年支出合计300.00万元。其中：基本支出180.00万元；\n\
                    项目支出120.00万元，占40.00%，主要为：参保扩面宣传70.50万元（预算72.00万元），定点机构稽核49.50万元（预算50.00万元）。\n";
        assert_eq!(drafted_rows(text), rows(&[("参保扩面宣传", "72", "70.5"), ("定点机构稽核", "50", "49.5")]));
    }

    #[test]
    fn a_list_in_the_sentence_after_the_projects_takes_its_budgets_from_the_sentence_after_it() {
        let text = "某市公物仓2023年度部门整体支出绩效自评报告\n基本支出260.00万元，占比65.00%。项目支出140.00万元，占比35.00%。\
                    项目支出的构成是：仓储管理系统维护90.00万元，资产调剂运输50.00万元。上述两个项目年度预算分别为92.00万元和51.00万元。\n";
        assert_eq!(drafted_rows(text), rows(&[("仓储管理系统维护", "92", "90"), ("资产调剂运输", "51", "50")]));
        // A sentence giving other budgets than there are items gives none of them.
        let three = text.replace("分别为92.00万元和51.00万元", "分别为92.00万元、51.00万元和10.00万元");
        assert_eq!(drafted_rows(&three), rows(&[("仓储管理系统维护", "", "90"), ("资产调剂运输", "", "50")]));
    }

    #[test]
    fn a_numbered_item_with_its_sources_or_its_figures_on_the_next_line_gives_a_row() {
        let text = "某县林业站2023年度部门整体支出绩效自评报告\n2. 项目支出300.00万元，共3个项目：\n\
                    （1）松材线虫防治：全年预算130.00万元，其中省级资金80.00万元、县级资金50.00万元；实际支出126.00万元，完成除治2,000亩。\n\
                    （2）“护林员”补助\n年初安排60.00万元，年中追加20.00万元，全年预算80.00万元（县级资金）。全年聘用护林员40名，支出79.00万元。\n\
                    （3）林区道路维护：预算96.00万元，支出95.00万元。\n";
        assert_eq!(drafted_rows(text), rows(&[("松材线虫防治", "130", "126"), ("“护林员”补助", "80", "79"), ("林区道路维护", "96", "95")]));
    }

    #[test]
    fn a_table_one_cell_a_line_goes_on_past_a_page_break_and_its_running_title() {
        let cells = |rows: &[[&str; 4]]| rows.iter().flat_map(|row| row.iter().map(|cell| format!("{cell}\n"))).collect::<String>();
        let text = format!(
            "某县审计局\n2022年度部门整体支出绩效自评报告\n项目支出64.00万元，明细如下（单位：万元）：\n{}\n第2页\n某县审计局2022年度部门整体支出绩效自评报告\n{}合计\n66.00\n64.00\n",
            cells(&[["序号", "项目名称", "全年预算数", "实际支出"], ["1", "审计业务外包", "30.00", "29.50"], ["2", "审计信息化运维", "20.00", "19.80"]]),
            cells(&[["3", "审计人员培训", "16.00", "14.70"]])
        );
        assert_eq!(drafted_rows(&text), rows(&[("审计业务外包", "30", "29.5"), ("审计信息化运维", "20", "19.8"), ("审计人员培训", "16", "14.7")]));
    }

    #[test]
    fn a_table_of_rows_goes_on_past_a_page_break_between_blank_lines() {
        // Tab-separated with a 序号 column, the running title before the page's number; or aligned by spaces,
        // the number before the title. Either way a blank line beside them is the page break's.
        let tabbed = "某县档案馆\n2023年度部门整体支出绩效自评报告\n项目支出71.00万元。\n序号\t项目名称\t预算数\t实际支出\t执行率\n\
                      1\t档案数字化加工\t40.00\t38.00\t95.00%\n2\t库房温湿度改造\t20.00\t19.00\t95.00%\n\n\
                      某县档案馆2023年度部门整体支出绩效自评报告\n- 2 -\n\n3\t馆藏修复\t15.00\t14.00\t93.33%\n合计\t\t75.00\t71.00\t94.67%\n";
        let wanted = rows(&[("档案数字化加工", "40", "38"), ("库房温湿度改造", "20", "19"), ("馆藏修复", "15", "14")]);
        assert_eq!(drafted_rows(tabbed), wanted);
        let spaced = "某县档案馆\n2023年度部门整体支出绩效自评报告\n项目支出71.00万元。\n项目名称              预算数      实际支出     执行率\n\
                      档案数字化加工          40.00       38.00     95.00%\n库房温湿度改造          20.00       19.00     95.00%\n\n— 2 —\n\n\
                      某县档案馆2023年度部门整体支出绩效自评报告\n\n馆藏修复              15.00       14.00     93.33%\n合计              75.00       71.00     94.67%\n";
        assert_eq!(drafted_rows(spaced), wanted);
    }

    #[test]
    fn a_list_after_the_projects_spending_gives_each_its_budget_in_brackets_or_named_in_the_next_sentence() {
        // “其中…（预算…）、…”, and “包括：…（预算…），…”, the list ending where its items make the total.
        let bracketed = "某县科协2024年度部门整体支出绩效自评报告\n全年支出300.00万元，基本支出180.50万元，项目支出119.50万元，其中科普大篷车巡展70.00万元（预算72.00万元）、\
                         “科技周”活动经费49.50万元（预算50.00万元）。\n";
        assert_eq!(drafted_rows(bracketed), rows(&[("科普大篷车巡展", "72", "70"), ("“科技周”活动经费", "50", "49.5")]));
        let named_after = "某县统计局2024年度部门整体支出绩效自评报告\n全年支出300.00万元，基本支出180.50万元；项目支出119.50万元，包括经济普查统计70.00万元、\
                           统计执法检查49.50万元；年末结转结余8.00万元。各项目预算分别为经济普查统计75.00万元、统计执法检查52.50万元，合计127.50万元。\n";
        assert_eq!(drafted_rows(named_after), rows(&[("经济普查统计", "75", "70"), ("统计执法检查", "52.5", "49.5")]));
        // Budgets named for other items than the list's are none of theirs.
        let other_names = named_after.replace("各项目预算分别为经济普查统计", "各项目预算分别为人口抽样调查");
        assert_eq!(drafted_rows(&other_names), rows(&[("经济普查统计", "", "70"), ("统计执法检查", "", "49.5")]));
    }

    #[test]
    fn items_numbered_yi_shi_er_shi_give_a_row_each() {
        let text = "某县水利站2024年度部门整体支出绩效自评报告\n2．项目支出93.30万元，占支出的15%，共两个项目：\n\
                    一是水质监测运维经费，预算50.00万元，实际支出49.10万元；\n二是取水口巡护补助，预算45.00万元，实际支出44.20万元。\n";
        assert_eq!(drafted_rows(text), rows(&[("水质监测运维经费", "50", "49.1"), ("取水口巡护补助", "45", "44.2")]));
    }

    #[test]
    fn a_name_with_a_remark_in_brackets_keeps_its_budget() {
        let text = "某镇2024年度部门整体支出绩效自评报告\n2．项目支出情况。全年实施项目3类，各项目预算数与实际支出如下：\n\
                    （1）集镇环境整治：预算数66.00万元，实际支出64.80万元；\n（2）防汛物资储备：预算数30.00万元，实际支出29.50万元；\n\
                    （3）其他项目（老年协会、综治维稳、村务公开等）：预算数41.00万元，实际支出39.20万元。\n";
        assert_eq!(
            drafted_rows(text),
            rows(&[("集镇环境整治", "66", "64.8"), ("防汛物资储备", "30", "29.5"), ("其他项目（老年协会、综治维稳、村务公开等）", "41", "39.2")])
        );
    }

    #[test]
    fn items_marked_by_dashes_give_a_row_each_named_without_the_dash() {
        let text = "某县图书馆2024年度部门整体支出绩效自评报告\n2.项目支出96.30万元，项目预算98.00万元，执行率98.27%：\n\
                    ——阅读推广活动（全年安排）：预算40.00万元，实际支出39.50万元；\n——古籍数字化：预算58.00万元，实际支出56.80万元；\n（三）其他\n";
        assert_eq!(drafted_rows(text), rows(&[("阅读推广活动（全年安排）", "40", "39.5"), ("古籍数字化", "58", "56.8")]));
    }

    #[test]
    fn a_sheet_naming_its_department_beside_the_project_is_read() {
        let line = "项目名称\t古籍数字化\t主管部门\t某县文旅局\t实施单位\t某县图书馆";
        let sheet = format!("{line}\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t30.00\t58.00\t56.80\t10\t97.93%\t9.79\n");
        let read = super::sheets(&sheet);
        let [one] = read.as_slice() else { panic!("{read:?}") };
        assert_eq!((one.name.as_str(), one.initial, one.budget, one.actual), ("古籍数字化", Some(Decimal::from(30)), Some(Decimal::from(58)), Some(Decimal::new(5680, 2))));
        // A header of a table of projects is no sheet's name, however many cells it has.
        assert!(super::sheets("项目名称\t预算数\t主管部门\t实际支出\n甲\t1\t乙\t2\n").is_empty());
    }

    #[test]
    fn a_list_run_together_under_the_projects_heading_gives_a_row_each() {
        let text = "某镇2023年度部门整体支出绩效自评报告\n全年支出合计500.00万元，其中基本支出270.00万元，项目支出230.00万元。\n\n2.项目支出\n\
                    全年安排项目3个，预算236.00万元，实际支出230.00万元。具体为：河道保洁经费预算100.00万元、支出98.00万元；\
                    敬老院运转（上级补助，含结转）预算80.00万元、支出77.00万元；集镇亮化预算56.00万元、支出55.00万元。\n";
        assert_eq!(
            drafted_rows(text),
            rows(&[("河道保洁经费", "100", "98"), ("敬老院运转（上级补助，含结转）", "80", "77"), ("集镇亮化", "56", "55")])
        );
    }

    #[test]
    fn a_numbered_list_after_the_projects_restated_keeps_every_item_and_its_bracket() {
        let text = "某乡2025年度部门整体支出绩效自评报告\n全年支出合计500.00万元，其中基本支出200.00万元，项目支出300.00万元，占60%。\n\n\
                    2.项目支出：全年实施项目3个，项目预算305.00万元，实际支出300.00万元，执行率98.36%。具体如下：\n\
                    （1）临时救助金（代发）：预算100.00万元，实际支出100.00万元，执行率100%；\n\
                    （2）山塘整治项目（省级专项，含上年结转20.00万元）：预算150.00万元，实际支出146.00万元，执行率97.33%；\n\
                    （3）一事一议道路硬化：预算55.00万元，实际支出54.00万元，执行率98.18%。\n";
        assert_eq!(
            drafted_rows(text),
            rows(&[("临时救助金（代发）", "100", "100"), ("山塘整治项目（省级专项，含上年结转20.00万元）", "150", "146"), ("一事一议道路硬化", "55", "54")])
        );
    }

    #[test]
    fn a_numbered_project_that_states_a_result_rate_is_read_with_the_others() {
        let text = "某县气象局2024年度部门整体支出绩效自评报告\n（二）支出情况。全年支出合计300.00万元，其中基本支出192.10万元，项目支出107.90万元。\n\
                    （四）项目支出情况。全年实施项目2个：\n\
                    1．人工增雨作业，预算60.00万元，实际支出58.70万元，完成作业点位36个的作业任务，作业成功率92.5%，高于90%的目标。\n\
                    2．气象站网维护，预算50.00万元，实际支出49.20万元，维修自动站18个。\n";
        let both = rows(&[("人工增雨作业", "60", "58.7"), ("气象站网维护", "50", "49.2")]);
        assert_eq!(drafted_rows(text), both);
        // The rate right after its spending: the item's result, as a 满意度 or 完成率 would be, not its 执行率.
        let rate_first = text.replace("完成作业点位36个的作业任务，", "");
        assert_eq!(drafted_rows(&rate_first), both);
        let satisfied = text.replace("作业成功率92.5%，高于90%的目标", "群众满意度96%");
        assert_eq!(drafted_rows(&satisfied), both);
    }

    #[test]
    fn items_each_with_a_budget_and_spending_run_together_after_the_projects_give_a_row_each() {
        let text = "某县地震局2024年度部门整体支出绩效自评报告\n全年支出210.00万元，其中基本支出150.30万元，项目支出59.70万元。\n\
                    项目支出分项：台网运维，预算40.00万元，支出38.60万元；“应急演练”宣传，预算22.00万元，支出21.10万元。\n";
        assert_eq!(drafted_rows(text), rows(&[("台网运维", "40", "38.6"), ("“应急演练”宣传", "22", "21.1")]));
    }

    #[test]
    fn a_table_aligned_by_blanks_with_a_column_of_flags_gives_each_row_its_own_figures() {
        let text = "某乡2023年度部门整体支出绩效自评报告\n项目支出296.00万元。\n项目明细（单位：万元）\n\
                    项目名称              全年预算数    支出数    重点项目\n\
                    饮水安全维修          120.00        118.00    是\n\
                    敬老院运转            90.00         88.50     否\n\
                    集镇保洁外包          92.00         89.50     否\n\
                    合计                  302.00        296.00\n";
        assert_eq!(drafted_rows(text), rows(&[("饮水安全维修", "120", "118"), ("敬老院运转", "90", "88.5"), ("集镇保洁外包", "92", "89.5")]));
        let keys: Vec<bool> = crate::core::audit::draft_from_text(text).draft.projects().iter().map(|p| p.is_key()).collect();
        assert_eq!(keys, [true, false, false], "the 重点 column marks its rows");
    }

    #[test]
    fn the_rows_under_the_projects_row_of_a_table_of_the_units_spending_are_its_projects() {
        let table = "某县审计局2023年度部门整体支出绩效自评报告\n全年支出800.00万元，项目支出210.00万元。\n\
                     项目                  全年预算数    实际支出数  执行率\n\
                     一、基本支出          600.00        590.00      98.33%\n\
                       其中：人员经费      520.00        515.00      99.04%\n\
                     二、项目支出          220.00        210.00      95.45%\n\
                       审计外聘专家费      130.00        126.00      96.92%\n\n\
                     某县审计局2023年度部门整体支出绩效自评报告\n- 3 -\n\n\
                       审计档案数字化      90.00         84.00       93.33%\n\
                     合计                  820.00        800.00      97.56%\n";
        assert_eq!(drafted_rows(table), rows(&[("审计外聘专家费", "130", "126"), ("审计档案数字化", "90", "84")]));
        // Rows under it that do not make the 项目支出 row are not taken for its projects.
        let short = table.replace("90.00         84.00", "90.00         80.00");
        assert!(drafted_rows(&short).iter().all(|(name, ..)| name != "审计外聘专家费"), "{:?}", drafted_rows(&short));
    }

    #[test]
    fn a_maps_scale_opening_a_name_is_part_of_it() {
        let text = "某测绘院2024年度部门整体支出绩效自评报告\n（二）项目支出\n1．1:1万地形图修测：预算60.00万元，支出59.00万元；\n2．测绘成果入库：预算40.00万元，支出39.50万元。\n";
        assert_eq!(drafted_rows(text), rows(&[("1:1万地形图修测", "60", "59"), ("测绘成果入库", "40", "39.5")]));
        assert_eq!(project_name("1:1万地形图修测").as_deref(), Some("1:1万地形图修测"));
    }

    #[test]
    fn the_projects_sum_stated_before_their_list_is_no_project_and_the_adjusted_budget_is_each_ones() {
        let text = "某县民政局2024年度部门整体支出绩效自评报告\n全年支出合计500.00万元，其中基本支出204.00万元，项目支出296.00万元。\n\
                    项目支出共3个，年初预算合计260.00万元，调整后预算合计300.00万元，执行296.00万元，项目资金执行率98.67%。分项目为：\
                    ①河道疏浚补助：年初100.00万元，调整后120.00万元，执行118.00万元；②村道养护经费：年初90.00万元，调整后100.00万元，执行99.00万元；\
                    ③路灯维修经费：年初70.00万元，调整后80.00万元，执行79.00万元。\n";
        assert_eq!(drafted_rows(text), rows(&[("河道疏浚补助", "120", "118"), ("村道养护经费", "100", "99"), ("路灯维修经费", "80", "79")]));
    }

    #[test]
    fn a_projects_name_is_its_own_words_only() {
        assert_eq!(project_name("各项目情况是:档案编研出版").as_deref(), Some("档案编研出版"));
        assert_eq!(project_name("馆藏 修复工程").as_deref(), Some("馆藏修复工程"));
        // A year or a road's number is part of many projects' names.
        assert_eq!(project_name("2023年农村公路养护工程").as_deref(), Some("2023年农村公路养护工程"));
        assert_eq!(project_name("G210线路灯维护").as_deref(), Some("G210线路灯维护"));
        // A remark in brackets is about the one project, whatever its words.
        assert_eq!(project_name("校车接送（财政全年安排）").as_deref(), Some("校车接送（财政全年安排）"));
        for not_one in ["中央", "全年安排项目3个", "项目合计", "支出12.50万元", "执行率96.5%", "项目合计（含结转）"] {
            assert_eq!(project_name(not_one), None, "{not_one}");
        }
    }
}
