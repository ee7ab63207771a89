//! The projects a report lists, each with its own 全年预算 and 实际支出, for a new draft: the items whose
//! 执行率 the audit checks (“3．某某工程，全年预算…，实际支出…，执行率…”), the rows of a pasted table of
//! projects, and items listed without a rate (“（2）某某经费：预算…，支出…；”). A report that lists them
//! gives its projects: they are not folded into one row of its 项目支出.

use rust_decimal::Decimal;

use super::numbers::{Number, Unit};
use super::project_rates;
use super::project_runs::run_item;
use super::tables::Tables;
use super::text::Normalised;
use crate::core::exact::Exact;

/// A project as the report lists it (amounts in 万元).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub name: String,
    pub budget: Decimal,
    pub actual: Decimal,
}

impl Listed {
    /// The sum of the projects' spending, if it can be added up.
    pub fn total_spent(projects: &[Listed]) -> Option<Decimal> {
        projects.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.actual))
    }
}

/// Every project the text lists with its budget and spending, once each (by name or figures), in the order first
/// met: items with a rate, then table rows, then items without a rate.
pub fn listed(pasted: &str, text: &Normalised, numbers: &[Number], tables: &Tables) -> Vec<Listed> {
    let mut found: Vec<Listed> = Vec::new();
    let mut keep = |name: &str, budget: Decimal, actual: Decimal| {
        let Some(name) = project_name(name) else { return };
        // The same project listed twice (items, then a table) may be named a little differently: its
        // figures tell it.
        let again = found.iter().any(|p| p.name == name || (p.budget == budget && p.actual == actual));
        if !again {
            found.push(Listed { name, budget, actual });
        }
    };
    for rate in project_rates::found(&text.text, numbers) {
        keep(&rate.name, rate.budget, rate.spent);
    }
    for row in tables.stated.iter().filter(|s| s.id == "project.execution") {
        let Some(cell) = &row.project else { continue };
        let name = text.quote(pasted, &text.span(pasted, cell.start, cell.end));
        keep(&name, row.budget, row.executed);
    }
    for (name, budget, actual) in unrated_items(&text.text, numbers) {
        keep(&name, budget, actual);
    }
    found
}

/// Words of a name that is all the projects together (“全年安排项目5个”, “项目合计”), not one of them.
const ALL_PROJECTS: [&str; 7] = ["全年", "合计", "共计", "总计", "安排", "项目支出", "所有"];

/// The project's name as read, without a sentence's lead-in (“各项目情况是：某某运维”) or blanks; none if
/// it is no one project's.
fn project_name(read: &str) -> Option<String> {
    let name = read.rsplit([':', '：']).next().unwrap_or(read);
    let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    is_one_projects(&name).then_some(name)
}

/// A name of two characters (“中央” before “预算内…专项”) is a word read for one, and one stating a figure
/// (“支出12.50万元”) is a clause read for one; a project missed here is in the row of the rest. A year or a
/// road's number is part of many names (“2023年农村公路养护工程”, “G210线路灯维护”).
fn is_one_projects(name: &str) -> bool {
    let states_a_figure = name.chars().zip(name.chars().skip(1)).any(|(a, b)| a.is_ascii_digit() && ".%万元亿个人".contains(b));
    name.chars().count() >= 3 && !states_a_figure && !ALL_PROJECTS.iter().any(|w| name.contains(w))
}

/// “（1）某某作业经费：预算88.00万元，支出85.60万元;”: an item named before its budget and spending, with no
/// rate of its own — its name, budget and spending.
fn unrated_items(text: &str, numbers: &[Number]) -> Vec<(String, Decimal, Decimal)> {
    let mut items = Vec::new();
    let mut after = 0;
    for (at, _) in text.match_indices("预算") {
        if at < after {
            continue;
        }
        let Some((name, figures_at)) = run_item(text, at) else { continue };
        // The clause's amounts: its budget first, then its spending; a rate after them ends the item.
        let clause_end = text[figures_at..].find([';', '。', '\n']).map_or(text.len(), |i| figures_at + i);
        let clause: Vec<&Number> = numbers.iter().filter(|n| figures_at <= n.start && n.end <= clause_end).collect();
        let amounts: Vec<&&Number> = clause.iter().filter(|n| n.unit == Unit::Wan).collect();
        // An item with its rate is read with it (as the audit checks it), not a second time here.
        let rated = clause.iter().any(|n| n.unit == Unit::Percent);
        if let ([budget, actual, ..], false) = (amounts.as_slice(), rated) {
            items.push((name, budget.value, actual.value));
        }
        after = clause_end;
    }
    items
}

#[cfg(test)]
mod tests {
    use super::project_name;

    #[test]
    fn a_projects_name_is_its_own_words_only() {
        assert_eq!(project_name("各项目情况是:档案编研出版").as_deref(), Some("档案编研出版"));
        assert_eq!(project_name("馆藏 修复工程").as_deref(), Some("馆藏修复工程"));
        // A year or a road's number is part of many projects' names.
        assert_eq!(project_name("2023年农村公路养护工程").as_deref(), Some("2023年农村公路养护工程"));
        assert_eq!(project_name("G210线路灯维护").as_deref(), Some("G210线路灯维护"));
        for not_one in ["中央", "全年安排项目3个", "项目合计", "支出12.50万元", "执行率96.5%"] {
            assert_eq!(project_name(not_one), None, "{not_one}");
        }
    }
}
