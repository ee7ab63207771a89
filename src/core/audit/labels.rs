//! Which figure a stated number is: the label written just before it (“年中追加73.72万元”).
//!
//! A label counts only if nothing but filler words (共计, 为, 支出 …) stands between it and the number,
//! within the same clause; of several, the one ending nearest the number, then the longest, wins — so
//! “本年度三公经费年初预算数0万元” is the “三公” budget, not the 年初预算.

use super::numbers::{Number, Unit};

/// What a labelled number states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A figure of the data contract (a field id).
    Field(&'static str),
    /// 实际在编人数 and the like: the 在职 count of the 编制 type named before it in the sentence.
    ActualOfType,
    /// A total the report states, checked against its parts (`basic`, `projects`, `staff`, `quota`,
    /// `annual_budget`).
    Total(&'static str),
}

use Target::{ActualOfType, Field, Total};

impl Target {
    /// A head-count: whole persons only.
    pub fn counts_persons(self) -> bool {
        match self {
            Field(id) => id.starts_with("staff."),
            ActualOfType => true,
            Total(id) => matches!(id, "staff" | "quota"),
        }
    }
}

/// Labels of amounts (万元).
const AMOUNTS: &[(&str, Target)] = &[
    ("上年结转", Field("budget.carryover")),
    ("上年结转结余", Field("budget.carryover")),
    ("上年结余", Field("budget.carryover")),
    ("年初预算", Field("budget.initial")),
    ("年初部门预算", Field("budget.initial")),
    ("年初预算安排", Field("budget.initial")),
    ("年初批复预算", Field("budget.initial")),
    ("追加", Field("budget.additions")),
    ("年中追加", Field("budget.additions")),
    ("追加预算", Field("budget.additions")),
    ("政策性追加", Field("budget.policy_additions")),
    ("调减", Field("budget.reductions")),
    ("压减", Field("budget.reductions")),
    ("核减", Field("budget.reductions")),
    ("其他资金", Field("budget.other_funds")),
    ("人员经费", Field("spend.personnel")),
    ("公用经费", Field("spend.public")),
    ("实际支出公用经费总额", Field("spend.public")),
    ("公用经费决算", Field("spend.public")),
    ("预算安排公用经费总额", Field("public.budget")),
    ("公用经费预算", Field("public.budget")),
    ("代管资金", Field("spend.basic_other")),
    ("其他基本支出", Field("spend.basic_other")),
    ("年末结转结余", Field("spend.closing_balance")),
    ("年末结余", Field("spend.closing_balance")),
    ("结转结余", Field("spend.closing_balance")),
    ("年支出", Field("spend.stated_total")),
    ("支出合计", Field("spend.stated_total")),
    ("总支出", Field("spend.stated_total")),
    ("全年支出", Field("spend.stated_total")),
    ("实际支出", Field("spend.stated_total")),
    ("决算支出", Field("spend.stated_total")),
    ("基本支出", Total("basic")),
    ("项目支出", Total("projects")),
    ("全年预算数", Total("annual_budget")),
    ("全年预算", Total("annual_budget")),
    ("预算总额", Total("annual_budget")),
    ("三公经费预算", Field("sangong.budget")),
    ("本年三公经费预算", Field("sangong.budget")),
    ("本年度三公经费预算", Field("sangong.budget")),
    ("本年度三公经费年初预算数", Field("sangong.budget")),
    ("本年三公经费年初预算数", Field("sangong.budget")),
    ("上年度三公经费年初预算数", Field("sangong.last_budget")),
    ("上年三公经费年初预算数", Field("sangong.last_budget")),
    ("上年度三公经费预算", Field("sangong.last_budget")),
    ("上年三公经费预算", Field("sangong.last_budget")),
    ("三公经费支出", Field("sangong.actual")),
    ("三公经费决算", Field("sangong.actual")),
    ("本年三公经费支出", Field("sangong.actual")),
    ("上年三公经费支出", Field("sangong.last_actual")),
    ("上年度三公经费支出", Field("sangong.last_actual")),
    ("上年三公经费决算", Field("sangong.last_actual")),
];

/// Labels of head-counts.
const PERSONS: &[(&str, Target)] = &[
    ("行政编制", Field("staff.quota.admin")),
    ("事业编制", Field("staff.quota.institution")),
    ("工勤编制", Field("staff.quota.worker")),
    ("工勤人员编制", Field("staff.quota.worker")),
    ("实际在编人数", ActualOfType),
    ("实际在编", ActualOfType),
    ("在编人数", ActualOfType),
    ("实有人数", ActualOfType),
    ("实有在职人数", ActualOfType),
    ("在职人员数", Total("staff")),
    ("在职人数", Total("staff")),
    ("实有在职人员", Total("staff")),
    ("编制数", Total("quota")),
    ("核定编制", Total("quota")),
    ("退休职工", Field("staff.retired")),
    ("退休人员", Field("staff.retired")),
    ("退休人数", Field("staff.retired")),
];

/// Words that may stand between a label and its number.
const FILLER: [&str; 17] =
    ["支出", "共计", "合计", "总计", "总额", "金额", "资金", "为", "是", "达到", "达", "约", "计", "共", "数", ":", "了"];

/// Characters that end a clause: a label never reaches across them.
const CLAUSE_END: [char; 13] = ['。', ';', '，', ',', '、', '和', '及', '=', '/', '（', '）', '!', '?'];

/// The label of `number` in `text`, if one stands just before it, and where that label starts.
pub fn label_of(text: &str, number: &Number) -> Option<(Target, usize)> {
    match number.unit {
        Unit::Wan => nearest(text, number, AMOUNTS),
        Unit::Persons => nearest(text, number, PERSONS),
        // A bare figure is read only where its label touches it: a head-count (“编制数18”) or, as
        // in a table copied from 附件1 (金额单位：万元), an amount.
        Unit::Bare => nearest(text, number, PERSONS).or_else(|| nearest(text, number, AMOUNTS)),
        Unit::Percent => None,
    }
}

fn nearest(text: &str, number: &Number, table: &[(&str, Target)]) -> Option<(Target, usize)> {
    let clause = clause_before(text, number.start);
    let clause_start = number.start - clause.len();
    let mut best: Option<(usize, usize, Target)> = None;
    for &(label, target) in table {
        let Some(at) = clause.rfind(label) else { continue };
        let end = at + label.len();
        let gap = &clause[end..];
        // A bare number only where the label touches it (“编制数18”): elsewhere it is too loose.
        if number.unit == Unit::Bare && !gap.is_empty() {
            continue;
        }
        if !is_filler(gap) {
            continue;
        }
        let better = best.is_none_or(|(best_end, best_len, _)| end > best_end || (end == best_end && label.len() > best_len));
        if better {
            best = Some((end, label.len(), target));
        }
    }
    best.map(|(end, len, target)| (target, clause_start + end - len))
}

/// The 编制 type named last before `at` in its sentence, for 实际在编人数.
pub fn staff_type_before(text: &str, at: usize) -> Option<&'static str> {
    let sentence = &text[text[..at].rfind(['。', ';']).map_or(0, |i| past_char(text, i))..at];
    [("行政", "staff.actual.admin"), ("事业", "staff.actual.institution"), ("工勤", "staff.actual.worker")]
        .into_iter()
        .filter_map(|(word, field)| sentence.rfind(&format!("{word}编制")).map(|at| (at, field)))
        .max_by_key(|(at, _)| *at)
        .map(|(_, field)| field)
}

/// The text from the last clause end before `at` (at most 60 bytes back) up to `at`.
fn clause_before(text: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    match window.rfind(CLAUSE_END) {
        Some(i) => &window[past_char(window, i)..],
        None => window,
    }
}

/// The byte just past the character at `i`.
fn past_char(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(0, char::len_utf8)
}

fn is_filler(mut gap: &str) -> bool {
    // A year may stand between (“年初预算2024年…” does not occur, but “预算数为”).
    while !gap.is_empty() {
        match FILLER.iter().find(|word| gap.starts_with(**word)) {
            Some(word) => gap = &gap[word.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;

    fn labels(text: &str) -> Vec<Option<Target>> {
        numbers(text).iter().map(|n| label_of(text, n).map(|(target, _)| target)).collect()
    }

    #[test]
    fn the_nearest_label_wins_and_the_longest_of_those() {
        assert_eq!(labels("人员经费支出209.95万元"), vec![Some(Field("spend.personnel"))]);
        assert_eq!(labels("2024年支出252.65万元"), vec![Some(Field("spend.stated_total"))]);
        assert_eq!(labels("本年度三公经费年初预算数0万元"), vec![Some(Field("sangong.budget"))]);
        assert_eq!(labels("2024年初部门预算180.07万元"), vec![Some(Field("budget.initial"))]);
        assert_eq!(labels("基本支出共计221.65万元"), vec![Some(Total("basic"))]);
        assert_eq!(labels("（实际支出公用经费总额11.6万元/预算安排公用经费总额11.6万元）"),
            vec![Some(Field("spend.public")), Some(Field("public.budget"))]);
    }

    #[test]
    fn no_label_across_a_clause_or_past_other_words() {
        assert_eq!(labels("上年结转，慰问困难职工30万元"), vec![None]);
        assert_eq!(labels("为驻村帮扶第一书记专项工作经费1万元"), vec![None]);
    }

    #[test]
    fn head_counts_by_type() {
        let text = "行政编制7个，实际在编人数7人;事业编制11个，实际在编人数11人";
        assert_eq!(labels(text), vec![Some(Field("staff.quota.admin")), Some(ActualOfType), Some(Field("staff.quota.institution")), Some(ActualOfType)]);
        let second = numbers(text)[3].start;
        assert_eq!(staff_type_before(text, second), Some("staff.actual.institution"));
        assert_eq!(labels("（在职人员数18人/编制数18）"), vec![Some(Total("staff")), Some(Total("quota"))]);
    }
}
