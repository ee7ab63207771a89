//! A table of spending by period with a running total (“季度 | 当季支出 | 累计支出 | 累计支付进度”): each
//! 累计 is the one above plus the period's own, and its 进度 is that total over the year's funds (全年预算数)
//! (SPEC §11, totals with their parts).

use std::ops::Range;

use rust_decimal::Decimal;

use super::damage;
use super::numbers::{Number, Unit};
use super::tables::cells;
use super::text::Normalised;
use super::verdicts::{judge_ratio, trim, Judged};
use super::Verdict;
use crate::core::exact::Exact;

/// The columns of a table of periods: the period's own amount, the running total, its progress.
struct Columns {
    period: usize,
    running: usize,
    progress: Option<usize>,
}

impl Columns {
    fn read(words: &[String]) -> Option<Self> {
        const OWN: [&str; 6] = ["当季", "当月", "本季", "本月", "当期", "本期"];
        let rate = |w: &str| ["进度", "率", "比例", "占"].iter().any(|r| w.contains(r));
        let period = words.iter().position(|w| OWN.iter().any(|o| w.contains(o)) && !rate(w))?;
        let running = words.iter().position(|w| w.contains("累计") && !rate(w))?;
        let progress = words.iter().position(|w| w.contains("进度"));
        Some(Columns { period, running, progress })
    }
}

/// Each running total and progress of a table of periods, judged; `budget` is the year's funds, if stated.
pub fn judged(pasted: &str, text: &Normalised, numbers: &[Number], budget: Option<Decimal>) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut columns: Option<Columns> = None;
    // The running total as stated, and as the periods make it.
    let (mut running, mut right) = (Decimal::ZERO, Decimal::ZERO);
    for line in damage::lines(pasted) {
        if !line.table {
            columns = None;
            continue;
        }
        let cells = cells(pasted, line.start, line.end);
        let words: Vec<String> = cells.iter().map(|c| pasted[c.clone()].chars().filter(|c| !c.is_whitespace()).collect()).collect();
        if let Some(read) = Columns::read(&words) {
            columns = Some(read);
            (running, right) = (Decimal::ZERO, Decimal::ZERO);
            continue;
        }
        let Some(table) = &columns else { continue };
        let figure = |k: usize| {
            let cell = cells.get(k)?;
            let range = text.position(cell.start)..text.position(cell.end);
            numbers.get(numbers.partition_point(|n| n.start < range.start)).filter(|n| n.end <= range.end)
        };
        let (Some(own), Some(total)) = (figure(table.period), figure(table.running)) else {
            columns = None;
            continue;
        };
        // A wrong total above may be built on, or not: either way this row adds up (one slip, marked once).
        let (Some(on_stated), Some(on_right)) = (running.plus(own.value), right.plus(own.value)) else { break };
        let judged = match total.value == on_right {
            true => judge_running(total, on_right, right, own.value),
            false => judge_running(total, on_stated, running, own.value),
        };
        right = if judged.verdict == Verdict::Ok { total.value } else { on_right };
        running = total.value;
        found.push((total.start..total.end, judged));
        let progress = table.progress.and_then(figure).filter(|n| n.unit == Unit::Percent);
        // A table of bare figures in 元 beside a budget in 万元 is no share of it: far beyond the whole.
        let same_unit = |budget: Decimal| budget.times(Decimal::TWO).is_some_and(|twice| total.value <= twice);
        if let (Some(progress), Some(budget)) = (progress, budget.filter(|b| same_unit(*b))) {
            let written = text.text.get(progress.start..progress.end).unwrap_or_default();
            let figures = format!("累计{}万元/全年预算数{}万元", trim(total.value), trim(budget));
            found.extend(judge_ratio("累计支付进度", written, progress, (total.value, budget), (&figures, "累计支出和全年预算数"), false).map(|j| (progress.start..progress.end, j)));
        }
    }
    found
}

fn judge_running(total: &Number, expected: Decimal, before: Decimal, own: Decimal) -> Judged {
    let how = format!("上期累计{}+本期{}={}", trim(before), trim(own), trim(expected));
    if total.value == expected {
        return Judged::new(Verdict::Ok, format!("累计{}：{how}，相符", trim(total.value)));
    }
    let off = total.value.minus(expected).map(|d| d.abs()).unwrap_or_default();
    let share = off.divided_by(expected.abs().max(Decimal::ONE)).unwrap_or_default();
    Judged::new(Verdict::Mismatch, format!("报告写累计{}，{how}，相差{}", trim(total.value), trim(off))).off(share, format!("累计写{}，应为{}", trim(total.value), trim(expected)))
}

#[cfg(test)]
mod tests {
    use crate::core::audit::{audit, Verdict};

    fn judged(text: &str) -> Vec<(String, Verdict)> {
        audit(text).claims.into_iter().filter(|c| c.id == "running_total").map(|c| (c.stated, c.verdict)).collect()
    }

    #[test]
    fn each_running_total_adds_its_period_and_its_progress_is_over_the_years_funds() {
        let text = |second: &str| format!("2023年度全年预算数400.00万元。\n月份\t本月支出\t累计支出\t累计支付进度\n3月\t80.00\t80.00\t20.00%\n6月\t120.00\t{second}\t50.00%\n9月\t100.00\t300.00\t75.00%\n");
        let right = judged(&text("200.00"));
        assert_eq!(right.len(), 6, "{right:?}");
        assert!(right.iter().all(|(_, v)| *v == Verdict::Ok), "{right:?}");
        let wrong = judged(&text("210.00"));
        let mismatched: Vec<&str> = wrong.iter().filter(|(_, v)| *v == Verdict::Mismatch).map(|(s, _)| s.as_str()).collect();
        assert_eq!(mismatched, ["210.00", "50.00%"], "{wrong:?}");
    }
}
