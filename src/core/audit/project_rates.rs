//! A project's own 执行率 stated beside its budget and spending (“2．乡村道路改造工程:全年预算210.00万元，支出
//! 205.80万元，执行率98.0%”, “…改造项目预算6,800.00万元，支出6,520.00万元，执行率95.88%”): checked on those
//! figures, as the project's — never as the unit's 预算执行率.

use std::ops::Range;

use rust_decimal::Decimal;

use super::labels::{past_char, project_heading, window_after, window_before, without_numbering};
use super::listed_sum::count_before;
use super::project_runs::run_item;
use super::numbers::{Number, Unit};
use super::verdicts::{judge_project_rate, Judged};
use crate::core::exact::Exact;
use crate::core::order;
use super::SENTENCE_ENDS;

/// What names a project, as the clause before its figures says it (“代表履职保障经费全年预算…”: a fund of
/// its own, by its name).
const PROJECT: [&str; 4] = ["项目", "工程", "专项", "经费"];
/// Words that make a name the unit's money, or a kind of it, not one project's: “全年经费”, “公用经费”.
const NOT_ONE_PROJECT: [&str; 16] =
    ["部门", "单位", "整体", "全年", "本年", "年度", "公用", "三公", "人员", "基本支出", "财政", "收支", "预算", "资金", "支出", "执行"];
/// Words that label a project's spending (“实际支出”, “已支付”, “实际完成”).
const SPENT: [&str; 7] = ["支出", "执行", "使用", "拨付", "支付", "完成", "发放"];
/// Words between 执行率 and its figure.
/// (“执行率仅为68.00%”, “执行率仅58.50%”: a rate called low in the 问题 section is stated all the same.)
const FILLER: [char; 7] = ['为', ':', '达', '到', '是', '仅', '只'];

/// A project's rate as stated, judged, with what it was judged on.
pub struct ProjectRate {
    /// The rate's name and figure.
    pub range: Range<usize>,
    pub judged: Judged,
    pub name: String,
    pub spent: Decimal,
    pub budget: Decimal,
    /// Whether the report wrote the project's figures in 元.
    pub in_yuan: bool,
    /// Where its budget and spending stand (normalised): the project's own words, none of the unit's.
    pub figures: Range<usize>,
}

/// A project's name, spending and budget, and where those figures stand.
type OwnFigures = (String, Decimal, Decimal, Range<usize>);

/// Each project rate the text states with its project's budget and spending: its range and judgement.
#[cfg(test)]
pub fn judged(text: &str, numbers: &[Number]) -> Vec<(Range<usize>, Judged)> {
    found(text, numbers).into_iter().map(|rate| (rate.range, rate.judged)).collect()
}

/// Each project rate the text states with its project's budget and spending.
pub fn found(text: &str, numbers: &[Number]) -> Vec<ProjectRate> {
    let mut found = Vec::new();
    let mut start = 0;
    for sentence in text.split_inclusive(SENTENCE_ENDS) {
        for (at, word) in sentence.match_indices("执行率") {
            let at = start + at;
            if let Some(judged) = project_rate(text, numbers, start, at, at + word.len()) {
                found.push(judged);
            }
        }
        start += sentence.len();
    }
    found
}

/// A project whose budget and spending the text gives by its name — a table's row, or brackets after its
/// name (“节目制作（预算…，支出…）”, “大厅运行保障306.45万元（预算310.00万元）”) — and whether in 元.
pub struct KnownProject {
    pub name: String,
    pub spent: Decimal,
    pub budget: Decimal,
    pub in_yuan: bool,
}

/// “烈士陵园维护执行率只有86.05%”, “…，其余项目：A执行率100.00%，B执行率85.06%”: a project's rate restated
/// by its bare name, away from its figures, which the text gives elsewhere (a table's row, brackets after
/// its name). Judged on those. Not a rate already judged (`judged`: in a table's row, or read with figures of its own), and not
/// a name that two rows share with different figures.
pub fn restated_by_name(text: &str, numbers: &[Number], projects: &[KnownProject], judged: &[Range<usize>]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    if projects.is_empty() {
        return found;
    }
    for (at, word) in text.match_indices("执行率") {
        let name_end = at + word.len();
        if judged.iter().any(|r| r.contains(&at)) {
            continue;
        }
        found.extend(listed_after(text, numbers, projects, name_end));
        let value_at = name_end + text.get(name_end..).unwrap_or_default().chars().take_while(|c| FILLER.contains(c) || *c == '有').map(char::len_utf8).sum::<usize>();
        let Some(rate) = numbers.binary_search_by_key(&value_at, |n| n.start).ok().and_then(|i| numbers.get(i)).filter(|n| n.unit == Unit::Percent) else { continue };
        let before = window_before(text, at, 240);
        let named = before.strip_suffix('的').unwrap_or(before);
        let named = named.strip_suffix("项目").unwrap_or(named);
        let named_end = at - before.len() + named.len();
        let Some((named, project)) = restated_project(named, projects).map(|p| (named, p)).or_else(|| restated_with_its_spending(numbers, named, named_end, projects)) else { continue };
        let Some(written) = text.get(rate.start..rate.end) else { continue };
        if let Some(judged) = judge_project_rate(&project.name, written, rate, (project.spent, project.budget), project.in_yuan) {
            // From the name's first character: “（的）（项目）执行率” after it are part of the phrase.
            let name_at = at - before.len() + named.len() - project_name_len(named, project);
            found.push((name_at..rate.end, judged));
        }
    }
    found
}

/// “项目执行率:公益性公墓维护95.23%，惠民殡葬减免100.00%，…”: rates listed after “执行率:” (or “执行率分别为”),
/// each after a project's bare name, up to the sentence's end; `from` is where “执行率” ends.
fn listed_after(text: &str, numbers: &[Number], projects: &[KnownProject], from: usize) -> Vec<(Range<usize>, Judged)> {
    let rest = text.get(from..).unwrap_or_default();
    let Some(list) = ["分别为:", "分别是:", ":", "分别为"].iter().find_map(|w| rest.strip_prefix(w)) else { return vec![] };
    let start = text.len() - list.len();
    let end = list.find(SENTENCE_ENDS).map_or(text.len(), |at| start + at);
    let mut found = Vec::new();
    let mut item_start = start;
    for rate in numbers.iter().skip_while(|n| n.start < start).take_while(|n| n.end <= end) {
        let named = text.get(item_start..rate.start).unwrap_or_default();
        item_start = rate.end + text.get(rate.end..).unwrap_or_default().chars().take_while(|c| matches!(c, '，' | ',' | '、' | ';' | '和')).map(char::len_utf8).sum::<usize>();
        // Only a whole name, and a rate: another figure between two items ends the list.
        let Some(project) = projects.iter().find(|p| p.name == named || p.name.split(['（', '(']).next() == Some(named)).filter(|_| rate.unit == Unit::Percent) else { break };
        let Some(written) = text.get(rate.start..rate.end) else { break };
        found.extend(judge_project_rate(&project.name, written, rate, (project.spent, project.budget), project.in_yuan).map(|j| (rate.start - named.len()..rate.end, j)));
    }
    found
}

/// Projects each given in a clause of its own with a budget, then its spending (“公益性公墓维护全年预算96.00
/// 万元，实际支出91.42万元;惠民殡葬减免预算75.00万元，…，支出75.00万元”): the name before 预算, its budget
/// right after, and the first figure labelled as spent before the clause's “;” or “。”.
pub fn budgeted_projects(text: &str, numbers: &[Number]) -> Vec<KnownProject> {
    let mut found = Vec::new();
    for (at, word) in text.match_indices("预算") {
        let lead = &text[..at];
        let name_start = lead.rfind(['，', ',', '、', ':', ';', '。', '\n']).map_or(0, |i| past_char(lead, i));
        let name = ["全年", "年度", "的"].iter().find_map(|w| lead[name_start..].strip_suffix(w)).unwrap_or(&lead[name_start..]);
        let name = name.strip_prefix("其中").unwrap_or(name);
        // “应急广播建设（省级专项200.00万元+区级配套40.00万元）全年预算…”: its sources in brackets after its name.
        let name = name.strip_suffix('）').and_then(|n| n.rfind('（').map(|at| &n[..at])).unwrap_or(name);
        if name.chars().count() < 4 || name.chars().any(|c| c.is_ascii_digit()) || NOT_ONE_PROJECT.iter().any(|w| name.contains(w)) {
            continue;
        }
        let after = at + word.len();
        let Some(budget) = numbers.iter().find(|n| n.start == after && n.unit == Unit::Wan) else { continue };
        let clause_end = text[budget.end..].find([';', '。', '\n']).map_or(text.len(), |i| budget.end + i);
        let mut label_from = budget.end;
        let spent = numbers.iter().skip_while(|n| n.start < budget.end).take_while(|n| n.end <= clause_end).find(|n| {
            let label = text.get(label_from..n.start).unwrap_or_default();
            let label = label.rsplit(['，', ',']).next().unwrap_or(label);
            label_from = n.end;
            n.unit == Unit::Wan && SPENT.iter().any(|w| label.ends_with(w))
        });
        if let Some(spent) = spent {
            let in_yuan = text.get(spent.digits_end..spent.end) == Some("元");
            found.push(KnownProject { name: name.to_string(), spent: spent.value, budget: budget.value, in_yuan });
        }
    }
    found
}

/// “中小河流监测建设部分资金（15.18万元）结转下年”: what a project known by name carries over, against what its
/// budget leaves after its spending. The remainder in full is borne out; more than the remainder is wrong;
/// less may be only a part of it carried (the rest returned), and says nothing.
pub fn carried_over(text: &str, numbers: &[Number], projects: &[KnownProject]) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("结转") {
        let before = window_before(text, at, 240);
        let clause_start = at - before.len() + before.rfind(['。', ';', '\n', '，']).map_or(0, |i| past_char(before, i));
        let Some(carried) = numbers[..numbers.partition_point(|n| n.start < at)].last().filter(|n| n.end <= at && n.start >= clause_start) else { continue };
        let between = text.get(carried.end..at).unwrap_or("x");
        let clause = text.get(clause_start..carried.start).unwrap_or_default();
        if carried.unit != Unit::Wan || !["", "）", ")", "资金", "）资金"].contains(&between) {
            continue;
        }
        // The project the clause opens with, by its whole name (the longest that fits), its figures in 万元.
        let named = projects.iter().filter(|p| !p.in_yuan && p.name.chars().count() >= 4 && clause.starts_with(p.name.as_str())).max_by_key(|p| p.name.len());
        let Some(project) = named else { continue };
        let Some(remainder) = project.budget.minus(project.spent) else { continue };
        let shown = |v: Decimal| format!("{}万元", super::verdicts::trim(v));
        let how = format!("预算{}−支出{}={}", shown(project.budget), shown(project.spent), shown(remainder));
        let judged = if carried.value == remainder {
            Judged::new(super::Verdict::Ok, format!("{}结转{}：{how}，相符", project.name, shown(carried.value)))
        } else if carried.value > remainder {
            Judged::new(super::Verdict::Mismatch, format!("报告写{}结转{}，多于其预算未支出的部分：{how}", project.name, shown(carried.value)))
        } else {
            continue;
        };
        found.push((carried.start..carried.end, judged));
    }
    found
}

/// Names of the rate of all the unit's projects together.
const ALL_PROJECTS: [&str; 2] = ["项目支出执行率", "项目支出预算执行率"];

/// “项目支出执行率97.83%”, the projects the text gives with their budgets and spending elsewhere: where
/// their spending makes the unit's 项目支出 (`projects_spent`), they are all of them, and the rate is their
/// spending over their budgets. Not a rate already judged (`judged`).
pub fn all_projects_rate(text: &str, numbers: &[Number], projects: &[KnownProject], projects_spent: Option<Decimal>, judged: &[Range<usize>]) -> Vec<(Range<usize>, Judged)> {
    let mut distinct: Vec<&KnownProject> = Vec::new();
    for project in projects {
        if !distinct.iter().any(|p| p.name == project.name && p.spent == project.spent && p.budget == project.budget) {
            distinct.push(project);
        }
    }
    let spent = distinct.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.spent));
    let budget = distinct.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.budget));
    let (Some(spent), Some(budget)) = (spent, budget) else { return vec![] };
    if distinct.len() < 2 || projects_spent != Some(spent) || distinct.iter().any(|p| p.in_yuan) {
        return vec![];
    }
    let mut found = Vec::new();
    for name in ALL_PROJECTS {
        for (at, _) in text.match_indices(name) {
            let after = at + name.len();
            let value_at = after + text.get(after..).unwrap_or_default().chars().take_while(|c| FILLER.contains(c)).map(char::len_utf8).sum::<usize>();
            let Some(rate) = numbers.binary_search_by_key(&value_at, |n| n.start).ok().and_then(|i| numbers.get(i)).filter(|n| n.unit == Unit::Percent) else { continue };
            let Some(written) = text.get(rate.start..rate.end) else { continue };
            if judged.iter().any(|r| r.contains(&at)) {
                continue;
            }
            found.extend(judge_project_rate("各项目合计", written, rate, (spent, budget), false).map(|j| (at..rate.end, j)));
        }
    }
    found
}

/// Projects named together, then their budgets and their spending each as a list in the same order (“A、B、
/// C三项全年预算分别为x万元、y万元、z万元，实际支出分别为…、…、…”): paired one by one.
pub fn respective_projects(text: &str, numbers: &[Number]) -> Vec<KnownProject> {
    let mut found = Vec::new();
    for (at, word) in text.match_indices("预算分别为") {
        let lead = &text[..at];
        let clause_start = lead.rfind([':', ';', '。', '\n']).map_or(0, |i| past_char(lead, i));
        let names = project_names(&lead[clause_start..]);
        let budgets = listed_amounts(text, numbers, at + word.len());
        let sentence_end = text[at..].find(['。', '\n']).map_or(text.len(), |i| at + i);
        // The spending's list after the budgets', in the same sentence, labelled as spent.
        let after_budgets = budgets.last().map_or(at, |n| n.end);
        let Some(spent_at) = text.get(after_budgets..sentence_end).and_then(|rest| rest.find("分别为")).map(|i| after_budgets + i) else { continue };
        let label = text.get(after_budgets..spent_at).unwrap_or_default();
        let spent = listed_amounts(text, numbers, spent_at + "分别为".len());
        if names.len() < 2 || budgets.len() != names.len() || spent.len() != names.len() || !SPENT.iter().any(|w| label.contains(w)) {
            continue;
        }
        for ((name, budget), spent) in names.into_iter().zip(budgets).zip(spent) {
            let in_yuan = text.get(spent.digits_end..spent.end) == Some("元");
            found.push(KnownProject { name: name.to_string(), spent: spent.value, budget: budget.value, in_yuan });
        }
    }
    found
}

/// The names listed before “三项全年预算” (“A、B、C三项全年”): each at least four characters, no figure in it.
fn project_names(listed: &str) -> Vec<&str> {
    let listed = ["全年", "年度", "的"].iter().find_map(|w| listed.strip_suffix(w)).unwrap_or(listed);
    let listed = ["个项目", "项"].iter().find_map(|w| listed.strip_suffix(w)).unwrap_or(listed);
    let listed = listed.trim_end_matches(|c: char| "两二三四五六七八九十".contains(c) || c.is_ascii_digit());
    let names: Vec<&str> = listed.split('、').collect();
    let whole = names.iter().all(|n| n.chars().count() >= 4 && !n.chars().any(|c| c.is_ascii_digit()) && !NOT_ONE_PROJECT.iter().any(|w| n.contains(w)));
    if whole { names } else { vec![] }
}

/// The amounts listed from `from` (“186.00万元、120.00万元、38.00万元”), apart by “、” or “，” alone.
fn listed_amounts(text: &str, numbers: &[Number], from: usize) -> Vec<Number> {
    let mut found: Vec<Number> = Vec::new();
    let mut at = from;
    for number in &numbers[numbers.partition_point(|n| n.start < from)..] {
        let between = text.get(at..number.start).unwrap_or("x");
        if number.unit != Unit::Wan || !(between.is_empty() || !found.is_empty() && ["、", "，", ","].contains(&between)) {
            break;
        }
        at = number.end;
        found.push(number.clone());
    }
    found
}

/// Projects named with their figures in brackets: “节目制作（预算15,600,000.00元，支出15,386,240.00元）”, or
/// the spending before the brackets and the budget in them (“大厅运行保障306.45万元（预算310.00万元）”).
pub fn bracketed_projects(text: &str, numbers: &[Number]) -> Vec<KnownProject> {
    let mut found = Vec::new();
    for (open, _) in text.match_indices('（') {
        let inside_start = open + '（'.len_utf8();
        let Some(close) = window_after(text, inside_start, 120).find(['）', '。', '\n']).map(|at| inside_start + at) else { continue };
        if !text[close..].starts_with('）') {
            continue;
        }
        let inside: Vec<&Number> = numbers.iter().filter(|n| n.start >= inside_start && n.end <= close).collect();
        let labelled = |n: &Number, words: &[&str]| {
            let label = text.get(inside_start..n.start).unwrap_or_default();
            let label = label.rsplit(['，', ',', '、', ';']).next().unwrap_or(label);
            words.iter().any(|w| label.ends_with(w))
        };
        let (budget, spent, name_end) = match inside[..] {
            [budget] if budget.unit == Unit::Wan && labelled(budget, &["预算"]) => {
                // Its spending is the figure right before the brackets.
                let Some(spent) = numbers.iter().rfind(|n| n.end == open && n.unit == Unit::Wan) else { continue };
                (budget, spent, spent.start)
            }
            [budget, spent] if labelled(budget, &["预算"]) && labelled(spent, &SPENT) => (budget, spent, open),
            _ => continue,
        };
        let lead = &text[..name_end];
        let name_start = lead.rfind(['，', ',', '、', ':', ';', '。', '\n', '）']).map_or(0, |i| past_char(lead, i));
        let name = lead[name_start..].trim_start_matches(['和', '及']);
        // “项目支出包括大厅运行保障…”: the name starts after the words opening the list.
        let opened = ["包括", "分别是", "分别为", "其中", "主要为"].iter().filter_map(|w| name.rfind(w).map(|at| at + w.len())).max();
        let name = opened.map_or(name, |at| &name[at..]);
        if name.chars().count() < 4 || name.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let in_yuan = text.get(spent.digits_end..spent.end) == Some("元");
        found.push(KnownProject { name: name.to_string(), spent: spent.value, budget: budget.value, in_yuan });
    }
    found
}

/// The table's project whose name `named` ends with — by its whole name, or without a remark in brackets
/// (“服务站建设（省级补助）”) — the longest such, where all rows of that name agree.
fn restated_project<'a>(named: &str, projects: &'a [KnownProject]) -> Option<&'a KnownProject> {
    let matching = projects.iter().filter(|p| project_name_len(named, p) > 0);
    let longest = matching.clone().map(|p| project_name_len(named, p)).max()?;
    let mut same = matching.filter(|p| project_name_len(named, p) == longest);
    let first = same.next()?;
    // A name of a few characters could be any words: a project's name is at least four.
    let agree = same.all(|p| p.spent == first.spent && p.budget == first.budget);
    (agree && named[named.len() - longest..].chars().count() >= 4).then_some(first)
}

/// “其中，教学楼维修改造项目支出38.72万元，执行率93.75%”: the project's name, then what it spent — the
/// figure its row gives — in the clause before the rate. `named` (ending at `named_end`) is what stands before
/// 执行率; the result is the words up to the name's end, and the project.
fn restated_with_its_spending<'a, 'p>(numbers: &[Number], named: &'a str, named_end: usize, projects: &'p [KnownProject]) -> Option<(&'a str, &'p KnownProject)> {
    let clause = named.strip_suffix(['，', ','])?;
    let spent_end = named_end - (named.len() - clause.len());
    let spent = numbers.iter().find(|n| n.end == spent_end && n.unit == Unit::Wan)?;
    let words = clause.get(..clause.len().checked_sub(spent_end - spent.start)?)?;
    let words = ["实际支出", "支出"].iter().find_map(|w| words.strip_suffix(w))?;
    let words = words.strip_suffix("项目").filter(|w| restated_project(w, projects).is_some()).unwrap_or(words);
    let project = restated_project(words, projects).filter(|p| p.spent == spent.value)?;
    Some((words, project))
}

/// How many bytes of `named`'s end are the project's name, or 0.
fn project_name_len(named: &str, project: &KnownProject) -> usize {
    let bare = project.name.split(['（', '(']).next().unwrap_or_default();
    [project.name.as_str(), bare].into_iter().filter(|name| !name.is_empty() && named.ends_with(name)).map(str::len).max().unwrap_or(0)
}

/// The rate whose name “执行率” stands at `at..name_end`, in the sentence from `sentence_start`: its range
/// (with the words of its name before 执行率: 预算执行率, 项目资金执行率) and judgement.
fn project_rate(text: &str, numbers: &[Number], sentence_start: usize, at: usize, name_end: usize) -> Option<ProjectRate> {
    // A project's clause is short: at most a window before its rate (and the audit stays linear).
    let before = window_before(text, at, at.checked_sub(sentence_start)?.min(480));
    let sentence_start = at - before.len();
    let prefix = ["项目资金", "项目预算", "预算", "资金"].into_iter().find(|p| before.ends_with(p)).unwrap_or_default();
    let together = of_the_projects_together(before);
    let before = &before[..before.len() - prefix.len()];
    let value_at = name_end + text.get(name_end..)?.chars().take_while(|c| FILLER.contains(c)).map(char::len_utf8).sum::<usize>();
    let rate = numbers.get(numbers.binary_search_by_key(&value_at, |n| n.start).ok()?).filter(|n| n.unit == Unit::Percent)?;
    if a_rules_threshold(text.get(name_end..rate.start)?, text.get(rate.end..)?) {
        return None;
    }
    // The last project named with its budget and spending after its name, else the one the heading over
    // the sentence names.
    let heading = project_heading(text, at)
        .map(|name| (name.to_string(), 0))
        .or_else(|| numbered_item(text, sentence_start, at))
        .or_else(|| bulleted_item(text, sentence_start, at))
        .or_else(|| clause_opening(before))
        .or_else(|| run_item(text, at).and_then(|(name, from)| Some((name, from.checked_sub(sentence_start)?))));
    let own = listed_together(text, numbers, sentence_start, before, rate)
        .or_else(|| {
            listed_item(before).into_iter().chain(projects_named(before).into_iter().rev()).chain(heading).find_map(|(name, from)| {
                let (spent, budget) = budget_and_spending(text, numbers, sentence_start + from, at)?;
                Some((name, spent, budget, sentence_start + from..at))
            })
        })
        .or_else(|| {
            let (name, from) = circled_item(text, at)?;
            let (spent, budget) = budget_and_spending(text, numbers, from, at)?;
            Some((name, spent, budget, from..at))
        })
        .or_else(|| figures_after(text, numbers, before, rate.end))
        .or_else(|| figures_before(text, numbers, sentence_start, before, at))
        .or_else(|| stated_earlier(text, numbers, before, sentence_start))
        .or_else(|| spent_in_an_earlier_list(text, numbers, before, sentence_start));
    // “项目预算执行率…”, no project named: the projects' together, never the unit's.
    let (name, spent, budget, figures, prefix) = match (own, together) {
        (Some((name, spent, budget, figures)), _) => (name, spent, budget, figures, prefix),
        (None, Some(words)) => {
            let (name, spent, budget, figures) = projects_together(text, numbers, sentence_start, rate)?;
            (name, spent, budget, figures, words)
        }
        (None, None) => return None,
    };
    // Shown in 元 where the report wrote them so (148,220.00元, not 14.822万元).
    let near = |n: &&Number| n.start + 600 >= at && n.start <= rate.end + 300;
    let in_yuan = numbers.iter().filter(near).any(|n| n.unit == Unit::Wan && (n.value == spent || n.value == budget) && text.get(n.digits_end..n.end) == Some("元"));
    let judged = judge_project_rate(&name, text.get(rate.start..rate.end)?, rate, (spent, budget), in_yuan)?;
    Some(ProjectRate { range: at - prefix.len()..rate.end, judged, name, spent, budget, in_yuan, figures })
}

/// “（执行率90%以上得10分，每低1个百分点扣1分）”, “执行率≥95%得满分”: a scoring rule's threshold (`between`: the
/// words from 执行率 to it, `after`: what follows it), no rate a project reached — its 得分 after a bound, or
/// full marks or none after it at all.
fn a_rules_threshold(between: &str, after: &str) -> bool {
    let bound = ["及以上", "以上", "以下", "以内"].iter().find_map(|w| after.strip_prefix(w));
    let bounded = bound.is_some() || ["≥", "≤", ">", "<", "不低于", "不高于", "达到"].iter().any(|w| between.contains(w));
    let rest = bound.unwrap_or(after).trim_start_matches(['的', '时', '(', '（', '含', ')', '）']);
    let scored = rest.strip_prefix('得').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    rest.starts_with("得满分") || rest.starts_with("不得分") || bounded && scored
}

/// The words before 执行率 that make it the rate of the unit's projects together, no one project named.
const TOGETHER: [&str; 4] = ["项目预算", "项目支出", "项目资金", "项目"];

/// “项目预算执行率…” opening its clause (or its numbered item): the words of its name before 执行率.
fn of_the_projects_together(before: &str) -> Option<&'static str> {
    let words = TOGETHER.into_iter().find(|w| before.ends_with(w))?;
    let opener = before[..before.len() - words.len()].trim_end_matches(|c: char| c.is_ascii_digit() || "．.、（）()一二三四五六七八九十 ".contains(c));
    (opener.is_empty() || opener.ends_with(['，', ',', ';', ':', '。', '\n'])).then_some(words)
}

/// “项目预算合计…，实际支出合计…，项目预算执行率…”, “项目预算执行率…=项目实际支出…/项目预算…×100%”: the
/// projects' budget and spending as the rate's sentence states them — the budget labelled as the projects'
/// (项目预算), the spending as the projects' too or as a 合计 beside the budget's 合计. The unit's own
/// figures in the sentence (“全年预算…”) are not theirs.
fn projects_together(text: &str, numbers: &[Number], sentence_start: usize, rate: &Number) -> Option<OwnFigures> {
    let rest = text.get(rate.end..)?;
    let sentence_end = rate.end + rest.find(SENTENCE_ENDS).unwrap_or(rest.len());
    let first = numbers.partition_point(|n| n.start < sentence_start);
    let mut label_from = sentence_start;
    // Each figure with whether its label says 合计 (the budget) or 项目 (the spending).
    let mut budget: Option<(Decimal, bool)> = None;
    let mut spent: Option<(Decimal, bool)> = None;
    for number in numbers[first..].iter().take_while(|n| n.end <= sentence_end) {
        let label = text.get(label_from..number.start)?;
        let label = label.rsplit(['，', ',', ';', '、', '=', '/', '÷']).next().unwrap_or(label);
        label_from = number.end;
        if number.unit != Unit::Wan {
            continue;
        }
        let summed = label.contains("合计");
        if label.contains("项目预算") && !SPENT.iter().any(|w| label.contains(w)) {
            budget = Some((number.value, summed));
        } else if SPENT.iter().any(|w| label.contains(w)) && !label.contains("预算") && (label.contains("项目") || summed) {
            spent = Some((number.value, label.contains("项目")));
        }
    }
    let ((budget, budget_summed), (spent, spent_named)) = (budget?, spent?);
    (spent_named || budget_summed).then(|| ("各项目合计".to_string(), spent, budget, sentence_start..sentence_end))
}

/// Openings of a gloss on a project's figure: what its budget is made of (“由中央资金…、省级配套…组成”), or
/// what its spending includes (“（含上年结转…）”) — amounts of their own that are neither its budget nor its
/// spending.
const GLOSSES: [(&str, &[&str]); 4] = [("（含", &["）"]), ("(含", &[")"]), ("由", &["组成", "构成"]), ("（其中", &["）"])];

/// Whether the end of `before` stands inside a gloss (see [`GLOSSES`]) still open.
fn in_a_gloss(before: &str) -> bool {
    GLOSSES.iter().any(|(open, closes)| {
        let Some(at) = before.rfind(open) else { return false };
        let after = &before[at..];
        // “由”, a common word, opens a gloss only where its clause goes on to say what it is made of.
        !closes.iter().any(|c| after.contains(c)) && (*open != "由" || !after.contains(['，', ',', ';']))
    }) || super::project_sources::in_sources(before)
}

/// `words` without their glosses (see [`GLOSSES`]), closed ones only: the figures a project's own.
fn without_glosses(words: &str) -> String {
    let mut kept = String::with_capacity(words.len());
    let mut rest = words;
    while let Some((at, close)) = GLOSSES
        .iter()
        .filter_map(|(open, closes)| {
            let at = rest.find(open)?;
            let close = closes.iter().filter_map(|c| rest[at..].find(c).map(|e| at + e + c.len())).min()?;
            // “由”: only a gloss closed within its clause.
            (*open != "由" || !rest[at..close].contains(['，', ',', ';'])).then_some((at, close))
        })
        .min_by_key(|(at, _)| *at)
    {
        kept.push_str(&rest[..at]);
        rest = &rest[close..];
    }
    kept.push_str(rest);
    kept
}

/// “A预算22.00万元、执行21.36万元，B预算4.50万元、执行4.50万元，…，三项合计执行率97.62%”: a rate of the
/// projects listed before it together (“合计”), on the sums of their budgets and of their spending — each
/// project one budget and one spending, none of the unit's totals among them.
fn listed_together(text: &str, numbers: &[Number], sentence_start: usize, before: &str, rate: &Number) -> Option<OwnFigures> {
    let named = before.trim_end_matches("项目").trim_end_matches("的");
    if !named.ends_with("合计") {
        return None;
    }
    let first = numbers.partition_point(|n| n.start < sentence_start);
    let (mut budgets, mut spent) = (Vec::new(), Vec::new());
    let mut label_from = sentence_start;
    for number in numbers[first..].iter().take_while(|n| n.end <= rate.start) {
        let label = text.get(label_from..number.start)?;
        let label = label.rsplit(['，', ',', '、', ':']).next().unwrap_or(label);
        label_from = number.end;
        if number.unit != Unit::Wan || label.contains("项目支出") || label.contains("合计") {
            continue;
        }
        if label.contains("预算") {
            budgets.push(number.value);
        } else if SPENT.iter().any(|w| label.contains(w)) {
            spent.push(number.value);
        }
    }
    if budgets.len() < 2 || budgets.len() != spent.len() {
        return None;
    }
    let sum = |values: &[Decimal]| values.iter().try_fold(Decimal::ZERO, |s, v| s.plus(*v));
    Some(("所列项目合计".to_string(), sum(&spent)?, sum(&budgets)?, sentence_start..rate.start))
}

/// The last amounts labelled as a budget and as spending in `from..to`: the spending and the budget.
fn budget_and_spending(text: &str, numbers: &[Number], from: usize, to: usize) -> Option<(Decimal, Decimal)> {
    // The numbers are in order: those of the clause only, not all the text's each time.
    let first = numbers.partition_point(|n| n.start < from);
    let last = numbers.partition_point(|n| n.start < to);
    let glossed = |n: &&Number| text.get(from..n.start).is_some_and(in_a_gloss);
    let amounts: Vec<&Number> = numbers[first..last.max(first)].iter().filter(|n| n.unit == Unit::Wan && n.end <= to).filter(|n| !glossed(n)).collect();
    let labelled = |words: &[&str], other_than: Option<usize>| {
        amounts.iter().enumerate().rev().filter(|(k, _)| Some(*k) != other_than).find_map(|(k, n)| {
            let between = text.get(if k == 0 { from } else { amounts[k - 1].end }..n.start)?;
            // The amount's own clause names it (“…，执行率70%，其余78万元”: not 执行).
            let label = between.rsplit(['，', ',', ';']).next().unwrap_or(between);
            words.iter().any(|w| label.contains(w)).then_some(k)
        })
    };
    // “下达资金30万元，当年支出21万元”: what was allotted to it is its budget.
    let budget = labelled(&["预算", "安排", "下达"], None)?;
    // “预算96.50万元，全部拨付到学生账户”: all of it spent, said in words.
    let all_spent = ["全部拨付", "全部支出", "全部使用", "全额拨付", "全额支付", "全部支付"].iter().any(|w| text.get(from..to).is_some_and(|c| c.contains(w)));
    // “项目执行情况:大厅保障预算120.00万元”: the budget's figure is never its spending too, whatever words
    // (执行情况) stand before it — the spending is an amount of its own, or all of it said in words.
    let spent = labelled(&SPENT, Some(budget)).or(all_spent.then_some(budget))?;
    Some((amounts[spent].value, amounts[budget].value))
}

/// “…执行率99.26%，临时救助资金预算980.00万元、支出912.40万元、执行率93.10%”: the item of a list in one
/// sentence that the rate closes — a bare name just after a “，” or “;”, its budget at once, and no more
/// amounts than its budget and spending before the rate.
fn listed_item(before: &str) -> Option<(String, usize)> {
    // “高标准农田管护安排96.00万元，使用94.20万元”: what was allotted to it is its budget (“预算安排” is one word).
    let allotted = before.rfind("安排").filter(|&at| !before[..at].ends_with("预算"));
    let budget_at = before.rfind("预算").into_iter().chain(allotted).max()?;
    let clause_start = before[..budget_at].rfind(['，', ',', ';', ':', '。', '\n']).map_or(0, |i| past_char(before, i));
    let name = without_budgets_words(&before[clause_start..budget_at]);
    // “二是殡葬改革推进，预算760.00万元”, “环卫保洁服务:全年预算…”: the name in a clause of its own just before.
    let name = match name {
        "" => before[..clause_start].trim_end_matches(['，', ',', ':']).rsplit(['，', ',', ';', ':', '。', '\n']).next().unwrap_or_default(),
        name => name,
    };
    // “…维护（预算…，拨付…，执行率…）”: the bracket opens the figures, not the name.
    let counted = name;
    let name = without_numbering(name).trim_end_matches(['（', '(']);
    let own_figures = without_glosses(&before[budget_at..]).matches('元').count() <= 2;
    // “…、执行7.82万元，三项合计执行率97.62%”: a rate of all the items, not the last one's.
    let tail = before.rsplit('元').next().unwrap_or_default();
    let of_all = ["合计", "共计", "总计", "总体", "整体", "项"].iter().any(|w| tail.contains(w));
    // “2024年度全年预算…”: a year alone names the unit's budget, no fund (“2023年志愿服务站建设” is one).
    let dated = after_its_year(name).is_empty();
    // “四项合计预算175.60万元，支出172.60万元，项目总体执行率98.29%”: the items' sum with its own figures.
    let all_items = counted.strip_suffix("项合计").and_then(count_before).is_some_and(|(count, at)| at == 0 && count >= 2);
    match all_items {
        true => own_figures.then(|| ("所列项目合计".to_string(), budget_at)),
        false => (own_figures && !of_all && !dated && names_a_fund(name)).then(|| (name.to_string(), budget_at)),
    }
}

/// A name without the words that qualify the budget after it (“全年”, “年初及调整后”, “调整后”): a clause that
/// opens on those alone (“…经费：调整后预算…”) names nothing, and the name is the clause before.
fn without_budgets_words(name: &str) -> &str {
    const BUDGETS: [&str; 7] = ["调整后", "年初及", "年初和", "年初", "全年", "年度", "及"];
    let mut name = name;
    while let Some(shorter) = BUDGETS.iter().find_map(|w| name.strip_suffix(w)) {
        name = shorter;
    }
    name
}

/// The projects the words before a rate name, in order, each with where its figures start (after its
/// name) — not 项目支出, the unit's spending on all its projects.
fn projects_named(before: &str) -> Vec<(String, usize)> {
    let mut found: Vec<(usize, &str)> = PROJECT.iter().flat_map(|w| before.match_indices(w)).filter(|(i, w)| !before[i + w.len()..].starts_with("支出")).collect();
    order::sort(&mut found);
    found.into_iter().filter_map(|(at, word)| project_name(before, at, word)).collect()
}

/// “2.中医专科建设:预算…，支出…，执行率…”: a numbered line opened by a name and a colon names its item,
/// though no word of a project's is in it — but not the unit's own accounts (“1.预算执行情况:…”).
fn numbered_item(text: &str, sentence_start: usize, at: usize) -> Option<(String, usize)> {
    let line_start = item_line_start(text, at)?;
    // “2.园舍维修改造。全年预算…，执行率…”: the name a sentence of its own opening the line, the rate in the next
    // — or later, after what the project is (“（三）标准厂房二期。新建厂房12栋…。全年预算…，执行率…”), where
    // it is the paragraph's first rate.
    let own_sentence = || text.get(line_start..at)?.split_once('。').filter(|(_, rest)| !rest.contains('。') || !rest.contains("执行率"));
    let by_colon = text.get(line_start.max(sentence_start)..at)?.split_once(':');
    let (lead, _) = by_colon.or_else(own_sentence)?;
    let name = without_qualifier(without_numbering(lead));
    let numbered = name.len() < lead.len() && lead.starts_with(|c: char| c.is_ascii_digit() || "（(".contains(c));
    // “就业创业补贴项目。年度预算…，执行率…”: a paragraph of its own, unnumbered, opened by the project's name
    // alone as its first sentence — named by a project's word, as a section's title (“预算执行情况。”) is not.
    let counted = name.contains(|c: char| c.is_ascii_digit() || "个两".contains(c));
    let titled = by_colon.is_none() && !counted && ["项目", "工程", "专项"].iter().any(|w| name.ends_with(w) && name.len() > w.len());
    let numbered = numbered || titled;
    // “新网工程专项资金”: the fund's own name before its word 资金; “基本情况”, “收支情况”: the report's sections.
    let own = name.trim_end_matches("资金").trim_end_matches("经费");
    let section = ["情况", "概况", "说明", "分析"].iter().any(|w| own.contains(w));
    // “2023年…道路及管网工程”: the year it opens on is no length of its name.
    let plain = (2..=20).contains(&after_its_year(own).chars().count()) && !NOT_ONE_PROJECT.iter().any(|w| own.contains(w)) && !own.contains("采购") && !section;
    (numbered && plain).then(|| (name.to_string(), 0))
}

/// Where the line of an item's rate at `at` starts: no further back than 3,000 characters (9,000 bytes), a
/// long paragraph's, since a report pasted as one line would have it read back to its start from every rate.
fn item_line_start(text: &str, at: usize) -> Option<usize> {
    let window = window_before(text, at, 9000);
    match window.rfind('\n') {
        Some(i) => Some(at - window.len() + i + 1),
        None => (window.len() == at).then_some(0),
    }
}

/// “具体包括：①就业补助资金：预算…（即…亿元），其中中央资金…;实际支出…元，执行率…”: an item the paste ran on
/// to the line that announces the list, its circled number then its name and a colon — its clauses (“;” too)
/// up to the rate, where no other rate stands. The name and where it starts.
fn circled_item(text: &str, at: usize) -> Option<(String, usize)> {
    let window = window_before(text, at, 480);
    let line = &window[window.rfind(['。', '\n']).map_or(0, |i| past_char(window, i))..];
    let (mark_at, mark) = line.char_indices().rfind(|(_, c)| ('①'..='⑳').contains(c))?;
    let item = &line[mark_at + mark.len_utf8()..];
    let from = at - item.len();
    let (lead, _) = item.split_once(':').filter(|_| !item.contains("执行率"))?;
    let name = without_qualifier(lead.trim());
    // “就业补助资金”: the fund's own name before its word 资金.
    let own = name.trim_end_matches("资金").trim_end_matches("经费");
    let plain = (2..=20).contains(&own.chars().count()) && own.chars().all(super::text::ideograph) && !NOT_ONE_PROJECT.iter().any(|w| own.contains(w));
    plain.then(|| (name.to_string(), from))
}

/// “——河道清障：全年清理河道18公里、拆除违建3处;预算50.00万元，实际支出47.50万元，执行率95.00%”: an item
/// of a bulleted (or numbered) list, its name before the colon that opens the line, what was done after it,
/// and its figures in a clause of their own after the “;”, which names nothing. Only the line's first rate.
fn bulleted_item(text: &str, sentence_start: usize, at: usize) -> Option<(String, usize)> {
    const BULLETS: [char; 9] = ['—', '-', '－', '·', '•', '●', '■', '◆', '▲'];
    let line_start = item_line_start(text, at)?;
    let opens_on_budget = ["预算", "全年预算", "年度预算"].iter().any(|w| text.get(sentence_start..at).is_some_and(|s| s.starts_with(w)));
    let after_its_clause = text.get(..sentence_start)?.ends_with(';');
    if line_start >= sentence_start || !opens_on_budget || !after_its_clause {
        return None;
    }
    let line = text.get(line_start..sentence_start)?;
    let (lead, _) = line.split_once(':')?;
    let unbulleted = lead.trim_start_matches(BULLETS);
    let name = without_qualifier(without_numbering(unbulleted));
    let listed = name.len() < lead.len();
    let plain = (2..=30).contains(&name.chars().count()) && !NOT_ONE_PROJECT.iter().any(|w| name.contains(w)) && !name.contains(['，', ',']);
    (listed && plain && !line.contains("执行率")).then(|| (name.to_string(), 0))
}

/// “校舍维修改造（含两个子项）”, “预警服务建设（县级配套）”: a name's bracket at its end qualifies it (its parts,
/// its level of funding); the name is before it.
fn without_qualifier(name: &str) -> &str {
    match name.strip_suffix(['）', ')']).and_then(|inner| inner.rfind(['（', '('])) {
        Some(open) if open > 0 => &name[..open],
        _ => name,
    }
}

/// “…运维预算22.4万元，实际支出20.2万元，执行率90.18%”: a clause opened by a bare name and its budget
/// names the project though no word of a project's is in it (reports list their projects so, one clause
/// each) — but not the unit's own money (“全年预算…”, “本单位预算…”, “政府采购预算…”).
fn clause_opening(before: &str) -> Option<(String, usize)> {
    // After an answer's or an item's colon (“答:…”).
    let clause_start = before.rfind(':').map_or(0, |i| i + 1);
    let clause = &before[clause_start..];
    let budget_at = clause.find("预算")?;
    let name = without_numbering(&clause[..budget_at]);
    // “全民阅读推广，年度预算…”: the name stands alone before its budget's clause.
    let name = ["年度", "全年", "本年"].iter().fold(name, |n, w| n.strip_suffix(w).unwrap_or(n)).trim_end_matches(['，', ',']);
    // “…补助（预算…，支出…）执行率…”: the bracket opens the figures, not the name.
    let name = name.trim_end_matches(['（', '(']);
    // A project's clause gives its budget and its spending alone: more amounts are the unit's accounts
    // (“年初预算…，年中追加…，全年支出…，预算执行率…”).
    let own_figures = clause[budget_at..].matches('元').count() <= 2;
    Some((name.to_string(), clause_start + budget_at)).filter(|_| own_figures && names_a_fund(name))
}

/// “营养餐补助执行率95%（实际支出60.8万元÷预算64万元×100%）”, “…执行率为95%，预算…，支出…”: a rate
/// stated first, just after its project's name, and its figures after it in the same sentence.
fn figures_after(text: &str, numbers: &[Number], before: &str, rate_end: usize) -> Option<OwnFigures> {
    let name_start = before.rfind([':', '，', ',', ';', '。', '\n']).map_or(0, |i| past_char(before, i));
    let name = without_numbering(&before[name_start..]);
    let project_word = PROJECT.iter().any(|w| name.ends_with(w) || name.contains(&format!("{w}资金")) || name.contains(&format!("{w}经费")));
    // “该项目执行率…”: a project named by none of its own words.
    let bare = name.starts_with(['该', '此', '本', '各']);
    if bare || !(names_a_fund(name) || project_word && !name.contains("支出")) {
        return None;
    }
    let rest = text.get(rate_end..)?;
    let sentence_end = rate_end + rest.find(SENTENCE_ENDS).unwrap_or(rest.len());
    let (spent, budget) = budget_and_spending(text, numbers, rate_end, sentence_end)?;
    Some((name.to_string(), spent, budget, rate_end..sentence_end))
}

/// “营养餐补助预算64万元，实际支出60.8万元。执行率95%。”: a rate alone in its sentence (“该项目执行率…”)
/// after a sentence that opens with its project's name and gives its budget and spending.
fn figures_before(text: &str, numbers: &[Number], sentence_start: usize, before: &str, at: usize) -> Option<OwnFigures> {
    let alone = before.chars().count() <= 6 && !before.chars().any(|c| c.is_ascii_digit());
    let previous = text.get(..sentence_start)?.strip_suffix('。')?;
    let previous_start = previous.rfind(SENTENCE_ENDS).map_or(0, |i| past_char(previous, i));
    let (name, from) = clause_opening(&previous[previous_start..]).filter(|_| alone)?;
    let (spent, budget) = budget_and_spending(text, numbers, previous_start + from, at)?;
    Some((name, spent, budget, previous_start + from..at))
}

/// “5．项目执行：档案数字化执行率95.0%，…”: a rate after its project's bare name, whose budget and spending
/// the text gave earlier, by that name — in brackets after it (“档案数字化（预算58万元，支出55.1万元）”) or in
/// the clause it opens.
fn stated_earlier(text: &str, numbers: &[Number], before: &str, sentence_start: usize) -> Option<OwnFigures> {
    let name_start = before.rfind([':', '，', ',', ';', '、']).map_or(0, |i| past_char(before, i));
    let name = without_numbering(&before[name_start..]);
    if !names_a_fund(name) {
        return None;
    }
    // The last mention that gives its figures (a later one may name it in passing).
    text.get(..sentence_start)?.rmatch_indices(name).take(8).find_map(|(at, _)| {
        let from = at + name.len();
        let rest = window_after(text, from, 240);
        // “A41.20万元（预算45.00万元）和B（预算…，支出…）”: its figures end with the brackets after its own
        // figure, before the next project's.
        let own_brackets = rest.find('（').filter(|&open| !rest[..open].contains(['，', ',', '、', ';', '。']));
        let to = if own_brackets.is_some() { rest.find('）') } else { rest.find(SENTENCE_ENDS) }.map_or(from + rest.len(), |end| from + end);
        let (spent, budget, to) = first_budget_and_spending(text, numbers, from, to)?;
        Some((name.to_string(), spent, budget, from..to))
    })
}

/// “项目支出114.87万元，包括新网工程建设48.60万元、…。其中新网工程建设全年预算50.00万元，执行率97.20%”: a
/// rate after its project's budget, whose spending an earlier sentence listing what was spent gave by the
/// same name, the amount right after it.
fn spent_in_an_earlier_list(text: &str, numbers: &[Number], before: &str, sentence_start: usize) -> Option<OwnFigures> {
    let budget_at = before.rfind("预算")?;
    let clause_start = before[..budget_at].rfind([':', '，', ',', ';', '。', '\n']).map_or(0, |i| past_char(before, i));
    let lead = before[clause_start..budget_at].trim_start_matches("其中");
    let name = ["全年", "年度"].iter().find_map(|w| lead.strip_suffix(w)).unwrap_or(lead);
    if !names_a_fund(name) {
        return None;
    }
    // Its budget the one amount after 预算, in its own clause.
    let from = sentence_start + budget_at;
    let to = sentence_start + before.len();
    let amounts: Vec<&Number> = numbers.iter().skip_while(|n| n.start < from).take_while(|n| n.end <= to).filter(|n| n.unit == Unit::Wan).collect();
    let [budget] = amounts[..] else { return None };
    let earlier = text.get(..sentence_start)?;
    let mention = earlier.rfind(name)? + name.len();
    let spent = numbers.get(numbers.binary_search_by_key(&mention, |n| n.start).ok()?).filter(|n| n.unit == Unit::Wan)?;
    let list_sentence = earlier[..mention].rsplit(SENTENCE_ENDS).next().unwrap_or_default();
    let of_spending = list_sentence.contains("支出") && ["包括", "其中", "主要"].iter().any(|w| list_sentence.contains(w));
    of_spending.then(|| (name.to_string(), spent.value, budget.value, sentence_start + clause_start..to))
}

/// “A资金预算1,650.00万元、支出1,650.00万元，B资金预算980.00万元、支出972.40万元，…”: the budget and spending
/// that follow a name are those of the shortest run of clauses after it that gives both — the projects listed
/// after it in the same sentence have their own; with where that run ends.
fn first_budget_and_spending(text: &str, numbers: &[Number], from: usize, to: usize) -> Option<(Decimal, Decimal, usize)> {
    let stretch = text.get(from..to)?;
    let clause_ends = stretch.match_indices(['，', ',', ';']).map(|(i, _)| from + i).chain([to]);
    clause_ends.into_iter().find_map(|end| budget_and_spending(text, numbers, from, end).map(|(spent, budget)| (spent, budget, end)))
}

/// Whether a bare name (“司法救助资金”, “中欧班列服务保障”) is one fund's, not the unit's money or a kind of it.
fn names_a_fund(name: &str) -> bool {
    // “司法救助资金” is named by “司法救助”; “专项资金”, “财政资金” by no name of their own.
    let named = name.trim_end_matches("资金").trim_end_matches("经费");
    let own = after_its_year(named);
    // “2021年医院…”: a year then a short word is the unit in that year; a fund so dated has a name of its own.
    let shortest = if own.len() < named.len() { 4 } else { 2 };
    // Its owner (“我局”, “本单位”) or its year (“2024年年初”, “上年”) is the unit's money.
    let dated = own.trim_start_matches(|c: char| c.is_ascii_digit());
    let owner = ["我", "本", "该", "各", "当", "上", "其中", "年"].iter().any(|w| dated.starts_with(w)) || own.contains("年初");
    // “人员经费” is the unit's, “特困人员救助供养资金” one fund's.
    let unit_money = NOT_ONE_PROJECT.iter().filter(|w| **w != "人员").chain(["采购", "公共", "基金", "收入", "项目", "专项", "合计", "总计", "小计", "共计"].iter()).any(|w| own.contains(w))
        || ["人员", "在职", "在编", "离退休"].iter().any(|w| own.starts_with(w));
    (shortest..=20).contains(&own.chars().count()) && !owner && !unit_money && !own.contains([',', '，', '|'])
}

/// A name without the year it opens on (“2023年志愿服务站建设”, “2024年度…”): what names the fund; empty
/// where the year is all of it. A year then 初 or 末 (“2024年初…”) is a time of the unit's budget, kept.
pub(super) fn after_its_year(name: &str) -> &str {
    let digits = name.len() - name.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = match name.get(digits..) {
        Some(rest) if digits == 4 && name.starts_with(['1', '2']) => rest,
        _ => return name,
    };
    match ["年度", "年"].iter().find_map(|w| rest.strip_prefix(w)) {
        Some(after) if !after.starts_with(['初', '末', '中']) => after,
        // “2024” (its 年度 trimmed as the budget's words): the year alone.
        None if rest.is_empty() => rest,
        _ => name,
    }
}

/// A project's name around its word (“项目” at `at`), as its clause gives it, and where its figures start.
fn project_name(before: &str, at: usize, word: &str) -> Option<(String, usize)> {
    let end = at + word.len();
    // After a circled number too (“…情况①河道清淤专项…”: a heading the paste joined to its first item).
    let clause_start = before[..at].rfind(|c: char| "，,:、".contains(c) || ('①'..='⑳').contains(&c)).map_or(0, |i| past_char(before, i));
    // “重点项目产教融合实训基地建设全年预算…”: the name runs on to its budget's label — not past its colon
    // (“审计业务工作经费：年初及调整后预算…”: the words after it qualify the budget), unless the words before
    // it name no project of their own (“各项目：…”).
    let label_at = before[end..].find("预算").map_or(end, |i| end + i);
    let own_words = !before[clause_start..at].trim_start_matches(['该', '此', '本', '各']).is_empty();
    let colon = before[end..label_at].find([':', '：']).map(|i| end + i).filter(|_| own_words);
    let name_end = colon.unwrap_or(label_at);
    // “检察业务装备经费：年初预算…”: the year's words and the colon before the budget are no part of the name.
    let mut name = before[clause_start..name_end].trim_end_matches(['全', '年', '本', ':', '，']);
    while let Some(shorter) = ["年初", "年度"].iter().find_map(|w| name.strip_suffix(w)) {
        name = shorter.trim_end_matches(['全', '年', '本', ':', '，']);
    }
    // “一是部分项目进度偏慢，关爱基金预算…”: the name is the clause its figures open, not the remark before it.
    let name = name.rsplit_once(['，', ',']).filter(|(_, tail)| tail.chars().count() >= 2).map_or(name, |(_, tail)| tail);
    let trimmed = name.trim_start_matches(|c: char| c.is_ascii_digit() || "．.、（）()一二三四五六七八九十其中".contains(c));
    // “1. 2025年全国人口抽样调查经费”: the name's own year goes with its numbering, not half of it.
    let numbering = &name[..name.len() - trimmed.len()];
    let after_a_year = numbering.ends_with(|c: char| c.is_ascii_digit());
    // “（1）64排CT设备购置项目”, “2号楼维修项目”: digits run into the name (after its numbering, if any) are
    // the name's own.
    let own_digits = numbering.len() - numbering.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let lead = &numbering[..numbering.len() - own_digits];
    let numbered_before = lead.is_empty() || lead.ends_with(['）', ')', '．', '.', '、']);
    let name = match trimmed.strip_prefix('年') {
        Some(past_year) if after_a_year => past_year,
        None if after_a_year && numbered_before => &name[name.len() - trimmed.len() - own_digits..],
        _ => trimmed,
    };
    // “…保障工程（省级专项”: the word in a bracket that qualifies the name; the name is before it.
    let name = match name.rfind('（') {
        Some(open) if open > 0 && !name[open..].contains('）') => &name[..open],
        _ => name,
    };
    let name = name.to_string();
    // “三个项目预算合计…，实际支出合计…，项目执行率…”: the projects listed, together.
    let counted = name.trim_start_matches(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c));
    let together = counted.starts_with("个项目") || ["上述", "以上"].iter().any(|w| name.starts_with(w));
    let name = if together { "所列项目合计".to_string() } else { name };
    // “该项目” names none: the heading over it does.
    let bare = name.trim_start_matches(['该', '此', '本', '各']) == word;
    // A fund (经费) is a project's only by a name of its own.
    // (Read before its numbering is trimmed: “三公经费” is no “公经费”.)
    let named = before[clause_start..name_end].trim_end_matches(['全', '年', '本', ':', '，']);
    let unit_money = word == "经费" && NOT_ONE_PROJECT.iter().any(|w| named.contains(w));
    (!name.is_empty() && !bare && !unit_money).then_some((name, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::Verdict;

    fn verdicts(text: &str) -> Vec<(String, Verdict)> {
        judged(text, &numbers(text)).into_iter().map(|(range, j)| (text[range].to_string(), j.verdict)).collect()
    }

    #[test]
    fn a_numbered_projects_rate_after_what_it_is() {
        // The name a sentence of its own, what the project is in the next, its figures after: its rate.
        let text = "（二）2024年城东片区雨污管网改造工程。改造管网6.3公里，惠及居民2100户。全年预算820.00万元，实际支出795.40万元，执行率97.00%。已通过验收。";
        assert_eq!(verdicts(text), vec![("执行率97.00%".into(), Verdict::Ok)]);
        let text = "3．粮库仓容提升。新建仓房2栋。预算150.00万元，支出141.00万元，执行率95.00%。";
        assert_eq!(verdicts(text), vec![("执行率95.00%".into(), Verdict::Mismatch)]);
        // A section of the report, not a project.
        assert!(verdicts("（一）预算执行情况。全年收支平稳。全年预算820.00万元，实际支出795.40万元，执行率97.00%。").is_empty());
    }

    /// A name that opens on its own digits (“128层螺旋CT”, “3号楼”) keeps them, after its numbering or without one.
    #[test]
    fn digits_that_open_a_projects_name_are_its_own() {
        let names = |text: &str| found(text, &numbers(text)).into_iter().map(|r| r.name).collect::<Vec<_>>();
        assert_eq!(names("（2）128层螺旋CT购置项目。年度预算960.00万元，实际支出948.00万元，执行率98.75%。"), ["128层螺旋CT购置项目"]);
        assert_eq!(names("3号教学楼加固工程预算120.00万元，实际支出114.00万元，执行率95.00%。"), ["3号教学楼加固工程"]);
    }

    #[test]
    fn a_bulleted_projects_figures_after_what_was_done() {
        let verdicts = |pasted: &str| {
            let text = crate::core::audit::text::Normalised::new(pasted).text;
            judged(&text, &numbers(&text)).into_iter().map(|(_, j)| j.verdict).collect::<Vec<_>>()
        };
        let list = "二是民生类项目：\n——农村饮水巡检：全年巡检水源地212处、整改隐患39处；预算25.00万元，实际支出24.00万元，执行率96.00%。\n——山塘清淤：年度预算30.00万元，实际支出27.00万元，执行率90.00%。\n";
        assert_eq!(verdicts(list), [Verdict::Ok, Verdict::Ok]);
        assert_eq!(verdicts(&list.replace("96.00%", "69.00%")), [Verdict::Mismatch, Verdict::Ok]);
        // A line that is no item of a list (no bullet, no number) names no project before its colon.
        assert!(verdicts("全年工作情况：全年巡检水源地212处；预算25.00万元，实际支出24.00万元，执行率96.00%。\n").is_empty());
    }

    #[test]
    fn a_projects_figures_with_a_gloss_between_them() {
        let verdicts = |pasted: &str| {
            let text = crate::core::audit::text::Normalised::new(pasted).text;
            judged(&text, &numbers(&text)).into_iter().map(|(_, j)| (j.verdict, j.detail)).collect::<Vec<_>>()
        };
        // What the budget is made of, between the budget and the spending.
        let made_of = verdicts("湿地巡护：全年预算150.00万元，由省级资金100.00万元、县级配套50.00万元构成，实际支出144.00万元，执行率96.0%，主要用于巡护员补助。");
        assert_eq!(made_of.iter().map(|(v, _)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{made_of:?}");
        // What the spending includes, in brackets before the rate: no spending of its own.
        let includes = verdicts("苗木补植：年度预算40.00万元，实际支出44.00万元（含使用上年结转资金4.00万元），执行率110.0%，补植苗木3万株。");
        assert!(includes.len() == 1 && includes[0].0 == Verdict::Ok && includes[0].1.contains("44万元"), "{includes:?}");
    }

    #[test]
    fn a_listed_project_named_from_its_year() {
        let text = "各项目：档案数字化预算30.00万元，支出29.40万元，执行率98.00%；2022年库房消防改造预算50.00万元，支出46.00万元，执行率90.00%。";
        assert_eq!(verdicts(text), vec![("执行率98.00%".into(), Verdict::Ok), ("执行率90.00%".into(), Verdict::Mismatch)]);
        // A year before the unit's own word, or a year alone: the unit's rate, none of a project's.
        assert!(verdicts("2022年学校预算300.00万元，支出290.00万元，执行率96.67%。").is_empty());
        assert!(verdicts("收支情况：2022年度全年预算300.00万元，支出290.00万元，执行率96.67%。").is_empty());
    }

    #[test]
    fn a_listed_projects_allotment_is_its_budget() {
        let text = "各项目：校园安防升级预算60.00万元，支出57.00万元，执行率95.00%；食堂设备更新安排40.00万元，使用38.80万元，执行率96.00%。";
        assert_eq!(verdicts(text), vec![("执行率95.00%".into(), Verdict::Ok), ("执行率96.00%".into(), Verdict::Mismatch)]);
    }

    #[test]
    fn a_scoring_rules_threshold_is_no_rate_reached() {
        let text = "2．湿地保护修复。全年预算数800.00万元，执行数732.00万元，预算执行率91.50%，按本项目评分标准（执行率95%以上得10分，每低1个百分点扣0.5分）得8.25分。\n";
        let found = verdicts(text);
        assert_eq!(found, vec![("预算执行率91.50%".to_string(), Verdict::Ok)], "{found:?}");
        let full = "3．古树名木保护。预算50.00万元，实际支出46.00万元，执行率92.00%（执行率≥90%得满分）。\n";
        assert_eq!(verdicts(full), vec![("执行率92.00%".to_string(), Verdict::Ok)]);
        // A score after a rate with no bound is what the rate earned: the rate is the project's, judged.
        let earned = "4．林下经济扶持。预算50.00万元，实际支出46.00万元，执行率90.00%得9分。\n";
        assert_eq!(verdicts(earned).first().map(|v| v.1), Some(Verdict::Mismatch));
    }

    #[test]
    fn a_projects_rate_is_checked_on_its_own_figures() {
        assert_eq!(verdicts("3．村级道路硬化工程:全年预算210.00万元，支出205.80万元，执行率98.0%。"), vec![("执行率98.0%".into(), Verdict::Ok)]);
        assert_eq!(verdicts("其中智慧养老试点项目预算88.50万元，实际支出80.00万元，执行率为90.50%;"), vec![("执行率为90.50%".into(), Verdict::Mismatch)]);
        // A project's rate by any of its names.
        assert_eq!(verdicts("1.河道治理项目:全年预算100万元，支出95万元，预算执行率96%。"), vec![("预算执行率96%".into(), Verdict::Mismatch)]);
        assert_eq!(verdicts("河道治理项目预算100万元，实际支出95万元，项目资金执行率95%。"), vec![("项目资金执行率95%".into(), Verdict::Ok)]);
        // Under a heading naming the project.
        assert_eq!(verdicts("（三）河道治理工程\n全年预算100万元，支出95万元，执行率95%。"), vec![("执行率95%".into(), Verdict::Ok)]);
        assert_eq!(verdicts("3.河道治理项目。全年预算100万元，支出95万元，执行率95%。"), vec![("执行率95%".into(), Verdict::Ok)]);
        // The unit's rate, a rate with no project, or a project without its spending: none of them.
        assert!(verdicts("全年预算1000万元，支出950万元，预算执行率95%。").is_empty());
        let text = "2．农机补贴项目预算150000.00元，实际支出148220.00元，执行率98.81%。";
        let detail = &judged(text, &numbers(text))[0].1.detail;
        assert!(detail.contains("支出148,220.00元/预算150,000.00元"), "shown in 元 as written: {detail}");
        assert!(verdicts("全年预算1000万元，支出950万元，执行率95%。").is_empty());
        assert!(verdicts("河道清淤项目全年预算150万元，完成清淤12公里，项目资金执行率98%。").is_empty());
        assert!(verdicts("项目支出预算500万元，支出480万元，执行率96%。").is_empty());
    }

    #[test]
    fn a_rate_off_its_rounded_figures_by_their_rounding_only_holds() {
        // 7.33/8.00 = 91.625%; figures of 7.325–7.335 over 7.995–8.005 reach 91.60% (the report's 元 figures).
        let text = "（二）档案整理专项：预算8.00万元，实际支出7.33万元，执行率91.60%。";
        assert_eq!(verdicts(text), vec![("执行率91.60%".into(), Verdict::Ok)]);
        assert!(judged(text, &numbers(text))[0].1.notes.iter().any(|n| n.contains("舍入")));
        // Beyond what rounding can explain, or on figures printed whole, it is still wrong.
        assert_eq!(verdicts("（二）档案整理专项：预算8.00万元，实际支出7.33万元，执行率91.80%。"), vec![("执行率91.80%".into(), Verdict::Mismatch)]);
        assert_eq!(verdicts("（二）档案整理专项：预算8万元，实际支出7万元，执行率90.00%。"), vec![("执行率90.00%".into(), Verdict::Mismatch)]);
    }

    #[test]
    fn a_fund_by_its_own_name_or_a_numbered_item_is_a_project() {
        assert_eq!(verdicts("乡镇文化站免费开放经费全年预算40.00万元，支出38.00万元，执行率95.00%。"), vec![("执行率95.00%".into(), Verdict::Ok)]);
        assert_eq!(verdicts("3.基本公共卫生服务补助:预算50.00万元，支出48.00万元，执行率97.00%。"), vec![("执行率97.00%".into(), Verdict::Mismatch)]);
        // The unit's money, or its own accounts, however numbered, are no project.
        assert!(verdicts("全年经费预算1000万元，支出950万元，执行率95%。").is_empty());
        assert!(verdicts("公用经费预算40万元，支出38万元，执行率95%。").is_empty());
        assert!(verdicts("三公经费预算6万元，公用经费35万元，本年支出500万元，预算执行率95%。").is_empty());
        assert!(verdicts("1.预算执行情况:全年预算1000万元，支出950万元，执行率95%。").is_empty());
        assert!(verdicts("2.政府采购:预算300万元，支出285万元，执行率95%。").is_empty());
    }

    /// Each project rate's name and verdict.
    fn named(text: &str) -> Vec<(String, Verdict)> {
        let text = crate::core::audit::text::Normalised::new(text).text;
        judged(&text, &numbers(&text)).into_iter().map(|(_, j)| (j.detail.split("执行率").next().unwrap_or_default().trim_start_matches("报告写").to_string(), j.verdict)).collect()
    }

    #[test]
    fn projects_listed_in_one_sentence_each_by_its_own_name() {
        let listed = "其中，渔政执法船维护预算36.00万元，支出36.00万元，执行率100.00%，水生生物增殖放流预算18.00万元，支出15.30万元，执行率80.00%，渔业安全培训补助预算6.00万元、发放5.70万元、执行率95.00%。";
        assert_eq!(named(listed), vec![
            ("渔政执法船维护".into(), Verdict::Ok),
            ("水生生物增殖放流".into(), Verdict::Mismatch),
            ("渔业安全培训补助".into(), Verdict::Ok),
        ]);
        // A budget in 亿元, spending in 万元; a budget spent in full, said in words.
        assert_eq!(named("农村饮水工程补助资金全年预算2.15亿元，实际支出20,640.00万元，执行率96.00%。"), vec![("农村饮水工程补助资金".into(), Verdict::Ok)]);
        assert_eq!(named("乡村学校营养餐补助预算64.50万元，全部支出完毕，执行率100.00%。"), vec![("乡村学校营养餐补助".into(), Verdict::Ok)]);
        // Named in a clause of its own, after its number (“二是”).
        assert_eq!(named("①河道保洁预算8.00万元，支出8.00万元，执行率100.00%;②河岸绿化预算5.00万元，支出4.00万元，执行率80.00%。"), vec![
            ("河道保洁".into(), Verdict::Ok),
            ("河岸绿化".into(), Verdict::Ok),
        ]);
        // A numbered line whose first sentence is the name, the figures and rate in the next.
        assert_eq!(named("3.乡村学校营养餐补助（省级专项资金）。全年预算64.0000万元，实际支出60.8000万元，执行率95.00%。"), vec![("乡村学校营养餐补助".into(), Verdict::Ok)]);
        assert!(named("1.基本情况。全年预算500.00万元，实际支出480.00万元，执行率96.00%。").is_empty(), "a section of the report");
        assert_eq!(named("二是河湖长制巡查，预算40.00万元，支出36.00万元，执行率90.00%。"), vec![("河湖长制巡查".into(), Verdict::Ok)]);
        assert_eq!(named("垃圾转运（预算90.00万元，支出90.00万元，执行率100.00%）。"), vec![("垃圾转运".into(), Verdict::Ok)]);
        assert_eq!(named("道路清扫保洁服务：全年预算5400000元，支出5130000元，执行率95.00%。"), vec![("道路清扫保洁服务".into(), Verdict::Ok)]);
        assert_eq!(named("困难人员临时救助资金预算30.00万元，支出27.00万元，执行率90.00%。"), vec![("困难人员临时救助资金".into(), Verdict::Ok)]);
        assert_eq!(named("人员经费预算30.00万元，支出27.00万元，执行率90.00%。"), vec![]);
        assert_eq!(named("三个项目全年预算合计60.00万元，支出合计57.00万元，项目执行率95.00%。"), vec![("所列项目合计".into(), Verdict::Ok)]);
        assert_eq!(named("三项合计预算45.00万元，支出41.40万元，项目总体执行率92.00%。"), vec![("所列项目合计".into(), Verdict::Ok)]);
        // The rate of all the items is not the last one's.
        assert!(named("主要是河道巡查预算10.00万元、执行9.00万元，堤防养护预算20.00万元、执行19.00万元，两项合计执行率93.33%。").iter().all(|(name, _)| name != "堤防养护"));
    }

    #[test]
    fn a_rate_of_the_listed_projects_together_is_on_their_sums() {
        let listed = "项目支出40.00万元，主要是桥梁巡检预算20.00万元、执行19.00万元，路灯维护预算12.00万元、执行11.00万元，两项合计执行率93.75%。";
        assert_eq!(verdicts(listed), vec![("执行率93.75%".into(), Verdict::Ok)]);
        assert_eq!(verdicts(&listed.replace("93.75%", "95.00%")), vec![("执行率95.00%".into(), Verdict::Mismatch)]);
        assert!(verdicts("桥梁巡检预算20.00万元，路灯维护预算12.00万元、执行11.00万元，合计执行率93.75%。").is_empty(), "a project without its spending");
    }

    fn details(text: &str) -> Vec<String> {
        judged(text, &numbers(text)).into_iter().map(|(_, j)| j.detail).collect()
    }

    #[test]
    fn a_projects_name_is_shown_without_its_numbering_or_the_years_words() {
        let numbered = details("（二）留守儿童关爱资金预算50000.00元，实际使用45000.00元，执行率90.00%。");
        assert!(numbered[0].starts_with("留守儿童关爱资金执行率"), "{numbered:?}");
        let initial = details("2.法律援助经费:年初预算80000.00元，全年实际执行76000.00元，执行率95.00%。");
        assert!(initial[0].starts_with("法律援助经费执行率"), "{initial:?}");
        // The words between its colon and its budget qualify the budget, not the name.
        let adjusted = details("（3）档案数字化加工经费:年初及调整后预算36.00万元，实际支出35.10万元，执行率97.50%。");
        assert!(adjusted[0].starts_with("档案数字化加工经费执行率"), "{adjusted:?}");
        let together = details("两个项目预算合计100.00万元，实际支出合计92.00万元，项目执行率为92.00%。");
        assert!(together[0].starts_with("所列项目合计执行率"), "{together:?}");
        let own = details("项目评审专家劳务经费预算10.00万元，支出9.00万元，执行率90.00%。");
        assert!(own[0].starts_with("项目评审专家劳务经费执行率"), "{own:?}");
        // A numbered heading of the unit's rate names no project.
        assert!(verdicts("（一）预算执行率93.75%＝全年支出750.00万元÷全年预算数800.00万元×100%。").is_empty());
    }

    #[test]
    fn a_project_qualified_in_brackets_or_named_alone_before_its_budget() {
        // Its name qualified by a bracket at its end, paid (已支付) rather than spent.
        let qualified = "2．村卫生室改造（含诊室、药房两个子项）:预算80.00万元，已支付70.00万元，执行率85.00%，余款待审计后支付;";
        assert_eq!(verdicts(qualified), vec![("执行率85.00%".into(), Verdict::Mismatch)]);
        let allotted = "（二）防汛物资储备（市级补助）:下达资金40.00万元，当年支出30.00万元，执行率75.00%，余款结转下年。";
        assert_eq!(verdicts(allotted), vec![("执行率75.00%".into(), Verdict::Ok)]);
        let detail = &judged(allotted, &numbers(allotted))[0].1.detail;
        assert!(detail.starts_with("防汛物资储备执行率"), "{detail}");
        // A bare name, then its budget's clause.
        assert_eq!(verdicts("文物巡查保护，年度预算16.00万元，实际支出12.00万元，执行率75.00%。"), vec![("执行率75.00%".into(), Verdict::Ok)]);
        assert_eq!(verdicts("文物巡查保护，全年预算16.00万元，实际支出12.00万元，执行率57.00%。"), vec![("执行率57.00%".into(), Verdict::Mismatch)]);
        // All of it spent, said in words.
        assert_eq!(verdicts("3．困难群众临时救助:预算45.00万元，全部拨付到救助对象账户，执行率100%;"), vec![("执行率100%".into(), Verdict::Ok)]);
        assert_eq!(verdicts("3．困难群众临时救助:预算45.00万元，全部拨付到救助对象账户，执行率95%;"), vec![("执行率95%".into(), Verdict::Mismatch)]);
        // A low rate, said so.
        assert_eq!(verdicts("（一）禁毒宣传项目预算8万元，实际使用5.2万元，执行率仅60.00%，主要是…;"), vec![("执行率仅60.00%".into(), Verdict::Mismatch)]);
        assert!(verdicts("本单位，年度预算300万元，支出285万元，执行率95%。").is_empty());
        assert!(verdicts("2024年全年预算数800万元，全年执行数760万元，预算执行率95%。").is_empty(), "the year's budget");
        // A numbered heading of the unit's own rate names no project.
        assert!(verdicts("（一）预算执行率93.00%＝全年支出93.00万元÷全年预算数100.00万元×100%。").is_empty());
        let one_stop = "（二）一站式服务大厅运维:预算20.00万元，支出19.00万元，执行率95.00%。";
        assert_eq!(verdicts(one_stop), vec![("执行率95.00%".into(), Verdict::Ok)]);
        let detail = &judged(one_stop, &numbers(one_stop))[0].1.detail;
        assert!(detail.starts_with("一站式服务大厅运维执行率"), "{detail}");
    }

    #[test]
    fn what_a_project_completed_in_things_counted_is_no_spending() {
        let text = "古籍修复项目预算40.00万元，支出36.00万元，完成古籍扫描12万页，执行率90.00%。";
        assert_eq!(verdicts(text), vec![("执行率90.00%".into(), Verdict::Ok)]);
        assert_eq!(verdicts("古籍修复项目预算40.00万元，实际完成36.00万元，执行率90.00%。"), vec![("执行率90.00%".into(), Verdict::Ok)]);
    }

    #[test]
    fn a_rate_listed_after_its_projects_figures_were_given_by_its_name() {
        let text = "项目支出60.00万元:方志编纂（预算40.00万元，支出36.00万元）、史料征集（预算25.00万元，支出24.00万元）。本年采购方志编纂服务10.00万元。\n三、项目执行:方志编纂执行率90.0%，史料征集执行率95.0%。";
        assert_eq!(verdicts(text), vec![("执行率90.0%".into(), Verdict::Ok), ("执行率95.0%".into(), Verdict::Mismatch)]);
        // What is left unspent after its rate is not what it spent.
        let rest = "（四）雨污分流改造预算300.00万元，当年拨付240.00万元，执行率80.00%，其余60.00万元结转下年。\n五、存在问题\n（一）雨污分流改造资金执行率仅80.00%。";
        assert_eq!(verdicts(rest), vec![("执行率80.00%".into(), Verdict::Ok), ("资金执行率仅80.00%".into(), Verdict::Ok)]);
        assert!(verdicts("绩效目标:河道保洁执行率100%。").is_empty(), "no figures given for it");
    }

    #[test]
    fn a_clause_opened_by_a_bare_name_and_its_budget_is_a_project() {
        let listed = "答:乡村学校营养餐补助预算64.00万元，实际支出60.80万元，执行率95.00%;农村饮水安全巡检预算25.00万元，实际支出20.00万元，执行率82.00%。";
        assert_eq!(verdicts(listed), vec![("执行率95.00%".into(), Verdict::Ok), ("执行率82.00%".into(), Verdict::Mismatch)]);
        assert_eq!(verdicts("残疾人康复救助资金预算30.00万元，支出27.00万元，执行率90.00%。"), vec![("执行率90.00%".into(), Verdict::Ok)]);
        // The rate first, its figures after it.
        assert_eq!(verdicts("农村饮水安全巡检执行率为80.00%（实际支出20.00万元÷预算25.00万元×100%）。"), vec![("执行率为80.00%".into(), Verdict::Ok)]);
        assert_eq!(verdicts("病媒防制项目执行率90.00%，预算40.00万元，支出38.00万元。"), vec![("执行率90.00%".into(), Verdict::Mismatch)]);
        assert!(verdicts("本单位执行率95%，预算300万元，支出285万元。").is_empty());
        assert!(verdicts("该项目执行率95%，预算300万元，支出285万元。").is_empty());
        // The rate in the next sentence.
        assert_eq!(verdicts("农村饮水安全巡检预算25.00万元，实际支出20.00万元。该项目执行率为82.00%。"), vec![("执行率为82.00%".into(), Verdict::Mismatch)]);
        assert!(verdicts("全年预算1000万元，支出950万元。执行率95%。").is_empty());
        assert!(verdicts("河道巡护预算25.00万元，实际支出20.00万元。全年新增巡护里程12公里，执行率80.00%。").is_empty(), "not alone");
        assert!(verdicts("2022年年初预算300万元，年中追加20万元，支出304万元，执行率95%。").is_empty(), "the unit's accounts");
        // The unit's money, by whatever clause opens it, is no project.
        for unit in ["本单位", "我局", "一般公共", "政府采购", "财政资金", "2024年度全年", "2022年年初", "上年结转", "基本支出", "财政拨款", "合计"] {
            assert!(verdicts(&format!("{unit}预算300万元，支出285万元，执行率95%。")).is_empty(), "{unit}");
        }
    }

    /// A report pasted as one long line of rates has each rate's line read back no further than a long
    /// paragraph's (it was read to the line's start from every rate, which took seconds here); a numbered
    /// item's rate on a line of its own is still its project's.
    #[test]
    fn rates_on_one_long_line_are_read_near_them() {
        let text = format!("{}\n2.乡村公路养护:预算40.00万元，支出38.00万元，执行率95.00%。", "项目支出预算数7.5万元，实际支出7万元，执行率93.33%，".repeat(2500));
        let rates = found(&text, &numbers(&text));
        let named: Vec<(&str, Verdict)> = rates.iter().map(|r| (r.name.as_str(), r.judged.verdict)).collect();
        assert_eq!(named, [("乡村公路养护", Verdict::Ok)]);
    }
}
