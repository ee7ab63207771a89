//! “项目支出具体为：甲经费预算340.00万元、实际支出331.68万元；乙经费…”, “项目支出明细：甲，预算12.00万元，支出
//! 11.86万元；乙，…”, “…：甲项目20.00万元，支出19.60万元；乙…”: a run of items in one paragraph, each its name,
//! its budget and its spending, one after the other. Read only where the run's spending makes a 项目支出 the
//! report states: a sentence pairing other money (a 公用经费's budget and spending) is no list of projects.

use rust_decimal::Decimal;

use super::numbers::{Number, Unit};
use crate::core::exact::Exact;

/// What may stand between an item's budget and its spending: the spending's label alone.
const SPENT: [&str; 8] = ["实际支出", "支出", "实际执行", "执行数", "执行", "决算数", "决算", "使用"];
/// A budget's label closing the words before it (“甲经费预算…”, “甲，预算数…”).
const BUDGET: [&str; 3] = ["全年预算数", "预算数", "预算"];
/// What parts one item from the next, or a clause from the next within one.
const APART: [char; 4] = ['，', ',', ';', '、'];
/// What ends the words before an item's budget, looking back.
const BEFORE_NAME: [char; 7] = ['，', ',', ';', '、', ':', '。', '\n'];

/// How far before a budget its item's name may start (bytes: some 60 characters).
const LOOK_BACK: usize = 180;

/// An item read: where its words start, its name, its budget and spending, and where its spending ends.
struct Item {
    at: usize,
    name: String,
    budget: Decimal,
    actual: Decimal,
    end: usize,
}

/// Each item of every run whose spending makes one of `totals` (the 项目支出 the report states): where its
/// name starts, the name, its budget and its spending.
pub fn items(text: &str, numbers: &[Number], totals: &[Decimal]) -> Vec<(usize, String, Option<Decimal>, Decimal)> {
    let amounts: Vec<&Number> = numbers.iter().filter(|n| n.unit == Unit::Wan).collect();
    let read: Vec<Item> = amounts.windows(2).filter_map(|pair| item(text, pair[0], pair[1])).collect();
    let mut found = Vec::new();
    let mut run: Vec<&Item> = Vec::new();
    let mut close = |run: &mut Vec<&Item>| {
        let spent = run.iter().try_fold(Decimal::ZERO, |sum, item| sum.plus(item.actual));
        if run.len() >= 2 && spent.is_some_and(|spent| totals.contains(&spent)) {
            found.extend(run.iter().map(|item| (item.at, item.name.clone(), Some(item.budget), item.actual)));
        }
        run.clear();
    };
    for item in &read {
        let follows = run.last().is_some_and(|last| text.get(last.end..item.at).is_some_and(|between| between.trim().chars().count() == 1 && between.trim().starts_with(APART)));
        if !follows {
            close(&mut run);
        }
        run.push(item);
    }
    close(&mut run);
    found
}

/// The item whose budget is `budget` and spending `spent`, where only the spending's label stands between them
/// and a name before the budget (in its clause, or the clause before where the budget's has only its label).
fn item(text: &str, budget: &Number, spent: &Number) -> Option<Item> {
    let between = text.get(budget.end..spent.start)?.trim().trim_start_matches(APART).trim();
    SPENT.contains(&between).then_some(())?;
    // A name is a few words: looking back no further keeps a long line linear.
    let from = (budget.start.saturating_sub(LOOK_BACK)..=budget.start).find(|&at| text.is_char_boundary(at))?;
    let before = text.get(..budget.start)?;
    let clause_at = before.get(from..)?.rfind(BEFORE_NAME).map_or(from, |i| from + i + before[from + i..].chars().next().map_or(1, char::len_utf8));
    let clause = before.get(clause_at..)?.trim();
    let words = BUDGET.iter().find_map(|label| clause.strip_suffix(label)).unwrap_or(clause).trim();
    let (at, words) = if words.is_empty() {
        // “甲，预算12.00万元，支出…”: the name is the clause before, after a comma.
        let head = before.get(..clause_at)?;
        let comma = head.strip_suffix('，').or_else(|| head.strip_suffix(','))?;
        let from = from.min(comma.len());
        let name_at = comma.get(from..)?.rfind(BEFORE_NAME).map_or(from, |i| from + i + comma[from + i..].chars().next().map_or(1, char::len_utf8));
        (name_at, comma.get(name_at..)?.trim())
    } else {
        (clause_at, words)
    };
    let name = super::draft_projects::project_name(words)?;
    Some(Item { at, name, budget: budget.value, actual: spent.value, end: spent.end })
}

#[cfg(test)]
mod tests {
    use super::items;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::text::Normalised;
    use rust_decimal::Decimal;

    fn read(text: &str, total: i64) -> Vec<(String, Option<Decimal>, Decimal)> {
        let text = Normalised::new(text);
        let numbers = numbers(&text.text);
        items(&text.text, &numbers, &[Decimal::new(total, 2)]).into_iter().map(|(_, name, budget, actual)| (name, budget, actual)).collect()
    }

    fn d(cents: i64) -> Decimal {
        Decimal::new(cents, 2)
    }

    #[test]
    fn a_run_of_items_each_with_its_budget_and_spending_is_read_where_it_makes_the_projects_spending() {
        let labelled = "项目支出分项如下：水质监测运维预算45.00万元、实际支出43.20万元，河道巡查补助预算20.00万元、支出19.50万元，项目预算合计65.00万元。";
        let both = vec![("水质监测运维".to_string(), Some(d(4500)), d(4320)), ("河道巡查补助".to_string(), Some(d(2000)), d(1950))];
        assert_eq!(read(labelled, 6270), both);
        // Each name a clause of its own; or the budget unlabelled right after the name.
        let own_clause = "项目支出明细：水质监测运维，预算45.00万元，决算43.20万元；河道巡查补助，预算20.00万元，决算19.50万元。";
        assert_eq!(read(own_clause, 6270), both);
        let unlabelled = "全年项目2个，预算合计65.00万元，执行62.70万元：水质监测运维45.00万元，支出43.20万元；河道巡查补助20.00万元，支出19.50万元。";
        assert_eq!(read(unlabelled, 6270), both);
        // A run that spends other than the 项目支出 stated is no list of it.
        assert!(read(labelled, 7000).is_empty());
    }

    /// A name is looked for a few words back, not to the line's start: a long line of figures with no clause
    /// between them reads in moments. (No timing asserted: a quadratic path back would show as a hung test.)
    #[test]
    fn a_long_line_of_budgets_and_spending_without_a_clause_end_is_read_in_moments() {
        let line = "资料整编预算1.00万元支出0.90万元".repeat(12_000);
        assert!(read(&line, 1).is_empty());
    }
}
