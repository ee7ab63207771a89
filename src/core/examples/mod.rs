//! Worked examples (SPEC §9) as drafts: the tests' fixtures and the page's 「载入示例」.

use crate::core::draft::Draft;
use crate::core::draft::fields::ProjectColumn;

/// 桃江县总工会 2024, the seed report, typed as its clerk would have.
pub fn taojiang_2024() -> Draft {
    let mut draft = Draft::new();
    for (id, text) in [
        ("unit.name", "桃江县总工会"),
        ("unit.year", "2024"),
        ("staff.quota.admin", "7"),
        ("staff.quota.institution", "11"),
        ("staff.actual.admin", "7"),
        ("staff.actual.institution", "11"),
        ("staff.retired", "13"),
        ("budget.carryover", "0"),
        ("budget.initial", "180.07"),
        ("budget.additions", "73.72"),
        ("budget.policy_additions", "73.72"),
        ("budget.policy_reason", "春节送温暖、驻村帮扶“第一书记”专项工作经费、增人增资"),
        ("spend.personnel", "209.95"),
        ("spend.public", "11.6"),
        ("spend.basic_other", "0.1"),
        ("public.budget", "11.6"),
        ("sangong.budget", "0"),
        ("sangong.actual", "0"),
        ("sangong.last_budget", "0"),
        ("sangong.last_actual", "0"),
        ("disclosure.budget_published", "2024-01-25"),
    ] {
        set(&mut draft, id, text);
    }
    for (name, amount) in [("2024年驻村帮扶“第一书记”专项工作经费", "1"), ("2024年春节送温暖资金", "30")] {
        let row = draft.add_project();
        draft.set_project_cell(row, ProjectColumn::Name, name);
        draft.set_project_cell(row, ProjectColumn::Budget, amount);
        draft.set_project_cell(row, ProjectColumn::Actual, amount);
    }
    draft
}

/// The seed report in full: its figures and its text (职能职责, 机构设置 and the four narrative parts,
/// from `taojiang_2024_text.txt`), so that the example's report reads as the published one did. The
/// page loads it from the tools module: the text is not part of the first visit.
pub fn taojiang_2024_in_full() -> Draft {
    let mut draft = taojiang_2024();
    let text = include_str!("taojiang_2024_text.txt");
    for section in text.split("\n## ").skip(1) {
        let (id, body) = section.split_once('\n').unwrap_or((section, ""));
        set(&mut draft, id.trim(), body.trim());
    }
    draft
}

/// The Hunan unit of 2018 (SPEC §9, second example), with the Hunan 预算完成率 method.
pub fn hunan_2018() -> Draft {
    let mut draft = Draft::new();
    for (id, text) in [
        ("unit.year", "2018"),
        ("staff.quota.admin", "143"),
        ("staff.actual.admin", "136"),
        ("budget.carryover", "19.8"),
        ("budget.initial", "1922.76"),
        ("budget.additions", "767.86"),
        ("spend.closing_balance", "19.8"),
        ("sangong.budget", "63.46"),
        ("sangong.last_budget", "32"),
        ("method.execution_denominator", "hunan_completion"),
    ] {
        set(&mut draft, id, text);
    }
    draft
}

/// `draft` with some fields changed: the tests' way of saying “the seed, but with …”.
#[cfg(test)]
pub fn with(mut draft: Draft, changes: &[(&str, &str)]) -> Draft {
    for (id, text) in changes {
        draft.set(id, text).expect("test changes name catalogue fields");
    }
    draft
}

/// Every id above is in the catalogue, so `set` cannot refuse it; a test checks that it did not.
fn set(draft: &mut Draft, id: &str, text: &str) {
    let _ = draft.set(id, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_value_landed() {
        assert_eq!(taojiang_2024().values().count(), 21);
        assert_eq!(hunan_2018().values().count(), 10);
    }

    #[test]
    fn the_full_example_carries_the_reports_text() {
        let draft = taojiang_2024_in_full();
        assert_eq!(draft.values().count(), 27);
        assert!(draft.get("unit.duties").starts_with("桃江县总工会是全县各级地方工会"));
        assert_eq!(draft.get("unit.duties").lines().count(), 13);
        assert!(draft.get("narrative.problems").starts_with("人员编制问题。"));
        assert!(draft.get("narrative.causes").contains("（三）带头作用还不够明显。"));
        assert!(draft.get("narrative.improvements").starts_with("（一）坚定不移讲政治。"));
    }
}
