//! A “三公” part stated twice, in the prose (“其中：公务接待费2.15万元”) and in a table of 附件1 (“公务接待 |
//! 1.90 | 2.00 | 2.51”), with different figures. Where the table's “三公” row is the sum of its parts only
//! with the prose's figure, the table's is the slip: 不符 where it stands. Else the two are named in a remark.

use std::ops::Range;

use rust_decimal::Decimal;

use super::text::Normalised;
use super::numbers::{Number, Unit};
use super::verdicts::{trim, Judged};
use super::Verdict;
use crate::core::exact::Exact;

/// The parts of the “三公”, as a table's rows and the prose name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Reception,
    Abroad,
    /// A car's purchase and running together (“公务用车购置及运行维护费”).
    Cars,
    CarPurchase,
    CarRunning,
}

impl Part {
    fn of_row(label: &str) -> Option<Part> {
        if label.contains("公务接待") {
            Some(Part::Reception)
        } else if label.contains("因公出国") {
            Some(Part::Abroad)
        } else if label.contains("公务用车") || label.contains("车辆") {
            Some(match (label.contains("购置"), label.contains("运行")) {
                (true, false) => Part::CarPurchase,
                (false, true) => Part::CarRunning,
                _ => Part::Cars,
            })
        } else {
            None
        }
    }

    fn name(self) -> &'static str {
        match self {
            Part::Reception => "公务接待费",
            Part::Abroad => "因公出国（境）费",
            Part::Cars => "公务用车购置及运行维护费",
            Part::CarPurchase => "公务用车购置费",
            Part::CarRunning => "公务用车运行维护费",
        }
    }
}

/// How the prose names a part's spending, right before its figure.
const PROSE_NAMES: [(&str, Part); 6] = [
    ("公务接待费", Part::Reception),
    ("因公出国（境）费", Part::Abroad),
    ("因公出国(境)费", Part::Abroad),
    ("公务用车运行维护费", Part::CarRunning),
    ("公务用车运行费", Part::CarRunning),
    ("公务用车购置费", Part::CarPurchase),
];

/// A part's figure in the prose, and where it stands.
type Said = (Part, Decimal, Range<usize>);

/// What may stand between a part's name and its spending (not its budget, nor last year's).
const BETWEEN: [&str; 7] = ["", "为", "支出", "支出为", "实际支出", "决算", "决算数"];

/// A row of the table's “三公” block: its part (none for the “三公” row itself), whether it counts in the
/// sum (a part's own sub-rows do not), its cells' figures and their places in the pasted text.
struct Row {
    part: Option<Part>,
    counted: bool,
    cells: Vec<Option<(Decimal, Range<usize>)>>,
}

/// The table's 不符 (in normalised positions) and the remarks.
pub fn judged(pasted: &str, text: &Normalised, numbers: &[Number]) -> (Vec<(Range<usize>, Judged)>, Vec<String>) {
    let mut table_lines: Vec<Range<usize>> = Vec::new();
    let blocks = blocks(pasted, text, &mut table_lines);
    let lines: Vec<Range<usize>> = table_lines.iter().map(|l| text.position(l.start)..text.position(l.end)).collect();
    let prose = prose_figures(&text.text, numbers, &lines);
    let totals = prose_totals(&text.text, numbers, &lines);
    let (mut slips, mut remarks) = (Vec::new(), Vec::new());
    for (headings, rows) in &blocks {
        judge_block(headings, rows, (&prose, &totals), text, &mut slips, &mut remarks);
    }
    remarks.dedup();
    (slips, remarks)
}

/// Each “三公” block of a table: the headings over it and its rows, from the “三公” row to the last part.
fn blocks(pasted: &str, text: &Normalised, table_lines: &mut Vec<Range<usize>>) -> Vec<(Vec<String>, Vec<Row>)> {
    let mut found = Vec::new();
    let mut headings: Vec<String> = Vec::new();
    let mut open: Option<Vec<Row>> = None;
    // The block read so far ends, under the headings over it.
    let close = |open: &mut Option<Vec<Row>>, found: &mut Vec<(Vec<String>, Vec<Row>)>, headings: &[String]| {
        found.extend(open.take().map(|rows| (headings.to_vec(), rows)));
    };
    let mut at = 0;
    for line in pasted.split('\n') {
        let range = at..at + line.trim_end_matches('\r').len();
        at += line.len() + 1;
        // A page's number or running header copied between two rows does not end the table.
        if !line.contains('\t') && !line.trim().is_empty() && text.dropped_at(range.start) {
            continue;
        }
        if !line.contains('\t') {
            close(&mut open, &mut found, &headings);
            continue;
        }
        table_lines.push(range.clone());
        let cells = super::tables::cells(pasted, range.start, range.end);
        let label: String = cells.first().map(|c| pasted[c.clone()].chars().filter(|c| !c.is_whitespace()).collect()).unwrap_or_default();
        let figures: Vec<Option<(Decimal, Range<usize>)>> = cells.iter().skip(1).map(|c| figure(&pasted[c.clone()]).map(|v| (v, c.clone()))).collect();
        if figures.iter().all(Option::is_none) {
            close(&mut open, &mut found, &headings);
            headings = cells.iter().skip(1).map(|c| pasted[c.clone()].trim().to_string()).collect();
            continue;
        }
        let part = Part::of_row(&label);
        match (&mut open, part) {
            (Some(rows), Some(part)) => {
                let counted = !label.starts_with("其中") && !rows.iter().any(|r| r.counted && covers(r.part, part));
                rows.push(Row { part: Some(part), counted, cells: figures });
            }
            _ if label.contains("三公") && part.is_none() => {
                close(&mut open, &mut found, &headings);
                open = Some(vec![Row { part: None, counted: false, cells: figures }]);
            }
            _ => close(&mut open, &mut found, &headings),
        }
    }
    close(&mut open, &mut found, &headings);
    found
}

/// Whether a counted row of `above` already holds `part` (the cars' row its purchase and running).
fn covers(above: Option<Part>, part: Part) -> bool {
    above == Some(part) || above == Some(Part::Cars) && matches!(part, Part::CarPurchase | Part::CarRunning)
}

/// A cell's figure: a number, or none spent (“—”, “0”).
fn figure(cell: &str) -> Option<Decimal> {
    let cell = cell.trim();
    if cell.chars().all(|c| "—–-－/／".contains(c)) && !cell.is_empty() {
        return Some(Decimal::ZERO);
    }
    let digits: String = cell.chars().filter(|c| *c != ',').collect();
    digits.chars().all(|c| c.is_ascii_digit() || c == '.').then(|| digits.parse().ok()).flatten()
}

/// The spending the prose gives for each part, where it gives one figure only.
fn prose_figures(text: &str, numbers: &[Number], table_lines: &[Range<usize>]) -> Vec<Said> {
    let mut seen: Vec<Said> = Vec::new();
    for (name, part) in PROSE_NAMES {
        for (at, _) in text.match_indices(name) {
            let end = at + name.len();
            if table_lines.iter().any(|l| l.contains(&at)) {
                continue;
            }
            let Some(number) = numbers.iter().find(|n| n.start >= end) else { continue };
            if number.unit != Unit::Wan || !BETWEEN.contains(&text.get(end..number.start).unwrap_or("x")) {
                continue;
            }
            if !seen.iter().any(|(p, v, _)| *p == part && *v == number.value) {
                seen.push((part, number.value, number.start..number.end));
            }
        }
    }
    let once = |part: Part| seen.iter().filter(|(p, _, _)| *p == part).count() == 1;
    seen.iter().filter(|(part, _, _)| once(*part)).cloned().collect()
}

fn judge_block(headings: &[String], rows: &[Row], (prose, said_totals): (&[Said], &[Decimal]), text: &Normalised, slips: &mut Vec<(Range<usize>, Judged)>, remarks: &mut Vec<String>) {
    let Some(total_row) = rows.first() else { return };
    for (column, total) in total_row.cells.iter().enumerate() {
        let Some((total, _)) = total else { continue };
        let value = |row: &Row| row.cells.get(column).cloned().flatten();
        let counted: Vec<(Part, Decimal, Range<usize>)> = rows
            .iter()
            .filter(|r| r.counted)
            .filter_map(|r| {
                let (figure, cell) = value(r)?;
                Some((r.part?, figure, cell))
            })
            .collect();
        let Some(sum) = counted.iter().try_fold(Decimal::ZERO, |s, (_, v, _)| s.plus(*v)) else { continue };
        // The column is the prose's year and kind only where another part's figure is the prose's too.
        let agrees = |except: Part| {
            rows.iter().filter_map(|r| Some((r.part?, value(r)?.0))).any(|(part, v)| part != except && prose.iter().any(|(p, pv, _)| *p == part && *pv == v && v != Decimal::ZERO))
        };
        for (part, stated, cell) in &counted {
            let Some((_, said, said_at)) = prose.iter().find(|(p, _, _)| p == part).filter(|(_, said, _)| said != stated) else { continue };
            if !agrees(*part) {
                continue;
            }
            let with_said = sum.minus(*stated).and_then(|s| s.plus(*said));
            let name = part.name();
            if sum != *total && with_said == Some(*total) {
                let detail = format!(
                    "附表写{name}{}万元，文中写{}万元；附表“三公”经费{}万元的各项之和按{}万元才相合（按{}万元为{}万元），此处应为{}万元",
                    trim(*stated), trim(*said), trim(*total), trim(*said), trim(*stated), trim(sum), trim(*said)
                );
                slips.push((text.position(cell.start)..text.position(cell.end), Judged::new(Verdict::Mismatch, detail)));
            } else if !headings.get(column).is_some_and(|h| this_years_spending(h)) {
                continue;
            } else if let Some(prose_sum) = prose_sum(prose).filter(|s| sum == *total && s != total && said_totals.contains(total) && s.minus(*said).and_then(|s| s.plus(*stated)) == Some(*total)) {
                // The table adds up, the prose's parts only with the table's figure: the prose's is the slip.
                let detail = format!(
                    "报告此处写{name}{}万元，附表写{}万元；“三公”经费{}万元的各项之和按{}万元才相合（按{}万元为{}万元），此处应为{}万元",
                    trim(*said), trim(*stated), trim(*total), trim(*stated), trim(*said), trim(prose_sum), trim(*stated)
                );
                slips.push((said_at.clone(), Judged::new(Verdict::Mismatch, detail)));
            } else {
                remarks.push(format!("{name}在文中有不同数字：{}万元（正文）、{}万元（附表），报告其他数字不能确定哪一个对", trim(*said), trim(*stated)));
            }
        }
    }
}

/// The “三公” totals the prose states (“三公经费支出22.00万元”): the 万元 figures a “三公” shortly before names.
fn prose_totals(text: &str, numbers: &[Number], table_lines: &[Range<usize>]) -> Vec<Decimal> {
    let named = |n: &Number| {
        let from = (0..=n.start.saturating_sub(30)).rev().find(|&at| text.is_char_boundary(at)).unwrap_or(0);
        text.get(from..n.start).is_some_and(|before| before.contains("三公"))
    };
    numbers.iter().filter(|n| n.unit == Unit::Wan && !table_lines.iter().any(|l| l.contains(&n.start)) && named(n)).map(|n| n.value).collect()
}

/// The sum of the parts the prose gives.
fn prose_sum(prose: &[Said]) -> Option<Decimal> {
    prose.iter().try_fold(Decimal::ZERO, |s, (_, v, _)| s.plus(*v))
}

/// Whether a column's heading names this year's spending (本年决算数, 实际支出), not a budget or last year's.
fn this_years_spending(heading: &str) -> bool {
    ["决算", "实际", "执行数", "支出"].iter().any(|w| heading.contains(w)) && !["上年", "预算"].iter().any(|w| heading.contains(w))
}
