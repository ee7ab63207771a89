//! A new draft from a finished report's text (`data-action="draft-from-text"`): every recognised
//! figure in its field, the unit and year, the project rows and the narrative parts. Nothing recognised
//! with doubt is filled silently: the draft comes with the list of what was left empty, and why.

use rust_decimal::Decimal;

use super::disclosure;
use super::draft_figures;
use super::draft_projects::{self, Listed, Sheet, UnitRow};
use super::draft_sangong;
use super::figures::Recognised;
use super::numbers::{numbers, Number, Unit};
use super::recompute::draft_of;
use super::sections::{outline, unit_name, year};
use super::tables;
use super::text::Normalised;
use super::verdicts::{as_typed, trim};
use crate::core::draft::fields::{label_of, FieldKind, IndicatorColumn, ProjectColumn, Section, FIELDS};
use crate::core::draft::project::{FundColumn, UNLISTED_PROJECTS, UNLISTED_REST};
use crate::core::draft::{Draft, RowId};
use crate::core::exact::Exact;
use crate::core::calc::indicators::IndicatorId;
use crate::core::calc::totals::Totals;
use crate::core::reading::figures::Figures;

/// A draft started from text, and what the clerk should check.
#[derive(Debug, Clone)]
pub struct TextDraft {
    pub draft: Draft,
    /// Fields left empty (or filled from a guess), each with the reason.
    pub notes: Vec<String>,
    /// How many figures were filled in.
    pub filled: usize,
}

/// The parts of the form a clerk knows figures by, in form order, as the note after a new draft names them.
const FILLED_KINDS: [(Section, &str); 9] = [
    (Section::Staff, "编制与人员"),
    (Section::Budget, "预算"),
    (Section::Spending, "支出"),
    (Section::PublicExpense, "公用经费"),
    (Section::Sangong, "“三公”经费"),
    (Section::Procurement, "政府采购"),
    (Section::Assets, "资产"),
    (Section::Disclosure, "预决算公开"),
    (Section::BasicData, "附件1补充数据"),
];

impl TextDraft {
    /// What the clerk is told of the new draft: the kinds of figures filled (not a bare count), then each
    /// point to check on a line of its own.
    pub fn note(&self) -> String {
        let filled = |section: Section| FIELDS.iter().any(|f| f.section == section && f.kind != FieldKind::Paragraphs && !self.draft.get(f.id).is_empty());
        let mut kinds: Vec<String> = FILLED_KINDS.iter().filter(|(section, _)| filled(*section)).map(|(_, kind)| kind.to_string()).collect();
        // A stand-in row is the report's 项目支出 not split by project: no project to count.
        let projects = self.draft.projects().iter().filter(|p| !p.is_stand_in()).count();
        if projects > 0 {
            kinds.push(format!("项目{projects}个"));
        } else if self.draft.projects().iter().any(|p| p.is_stand_in()) {
            kinds.push("项目支出合计".to_string());
        }
        let texts = FIELDS.iter().filter(|f| f.kind == FieldKind::Paragraphs && !self.draft.get(f.id).trim().is_empty()).count();
        let mut note = format!("据报告填入{}项数字", self.filled);
        if !kinds.is_empty() {
            note.push_str(&format!("（{}）", kinds.join("、")));
        }
        if texts > 0 {
            note.push_str(&format!("和{texts}段文字"));
        }
        note.push('。');
        if !self.notes.is_empty() {
            note.push_str("请核对：");
            for point in &self.notes {
                note.push_str("\n· ");
                note.push_str(point);
                note.push('。');
            }
        }
        note
    }
}

/// Words that label a figure, read as a part's name where a part is written “某某预算…，实际支出…”: the
/// parts are then no projects the draft can name, and its 项目支出 goes in one row.
const SPENDING_LABELS: [&str; 6] = ["实际支出", "支出", "执行数", "决算数", "实际执行", "使用"];

/// Starts a draft from `pasted`.
pub fn draft_from_text(pasted: &str) -> TextDraft {
    let pasted = &pasted[..floor_boundary(pasted, super::MAX_TEXT)];
    let text = Normalised::new(pasted);
    let stated_year = year(pasted);
    let mut numbers = numbers(&text.text);
    super::numbers::read_bare_yuan(&text.text, &mut numbers);
    let year_number = stated_year.as_deref().and_then(|y| y.parse().ok());
    let tables = tables::read(pasted, &text, &numbers, year_number);
    let mut found = Recognised::read(pasted, &text, &numbers, &tables, year_number);
    let mut notes = name_formulas_figures(&mut found, pasted, &text, &numbers, &tables, year_number);
    let mut draft = draft_of(&found);
    let mut filled = found.fields.len() - found.conflicts.len() + found.projects.len() + notes.len();

    let sheets = draft_projects::sheets(pasted);
    let unit_rows = draft_projects::unit_rows(pasted);
    let totals: Vec<(usize, Decimal)> = found.totals.iter().filter(|t| t.id == "projects").map(|t| (t.stated.end, t.stated.value)).collect();
    let listed = draft_projects::listed(pasted, &text, &numbers, &tables, &sheets, &totals);
    // The parts of a 项目支出 as the audit reads them (“其中：某某预算…，实际支出…” gives a part named by its
    // last words) are the listed projects where they spend the same: those carry names and budgets.
    let parts_spent = found.projects.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.actual));
    let relisted = !listed.is_empty() && parts_spent == Listed::total_spent(&listed);
    // Where the listed projects make the 项目支出 the report states and the parts do not, the parts hold the slip.
    let stated = found.total("projects");
    let listed_make_it = !listed.is_empty() && stated.is_some() && Listed::total_spent(&listed) == stated && parts_spent != stated;
    if !found.projects.is_empty() && (relisted || listed_make_it || found.projects.iter().any(|p| SPENDING_LABELS.contains(&p.name.as_str()))) {
        let rows: Vec<RowId> = draft.projects().iter().map(|p| p.row).collect();
        rows.into_iter().for_each(|row| draft.remove_project(row));
        filled = filled.saturating_sub(found.projects.len());
    }
    if !draft.projects().is_empty() {
        // The parts of the 项目支出 as the audit reads them, each with its budget where the report gives it.
        let budgets = budgets_by_name(&mut draft, &listed);
        filled += budgets;
        if budgets == 0 {
            notes.push("项目预算数：报告只写了各项目的支出数，预算数未填".to_string());
        } else if budgets < found.projects.len() {
            notes.push("项目预算数：报告只写了部分项目的预算数，其余未填".to_string());
        }
    } else if !listed.is_empty() {
        filled += listed.len() + listed.iter().filter(|p| p.budget.is_some()).count();
        fill_listed_projects(&mut draft, &listed);
        for project in &listed {
            if let Some(other) = project.set_aside {
                notes.push(format!("项目“{}”实际支出：文中有不同数字（{}、{}），按报告写的项目支出合计取{}万元，请核对", project.name, trim(project.actual), trim(other), trim(project.actual)));
            }
        }
        let unbudgeted: Vec<&str> = listed.iter().filter(|p| p.budget.is_none()).map(|p| p.name.as_str()).collect();
        if !unbudgeted.is_empty() {
            notes.push(format!("项目预算数：报告未写{}的预算数，未填", unbudgeted.join("、")));
        }
        let spent = Listed::total_spent(&listed);
        if let Some((total, spent)) = found.total("projects").zip(spent).filter(|(_, spent)| !found.agrees(&text.text, "projects", *spent)) {
            notes.push(format!("项目支出明细：已按报告所列{}个项目逐行填写，其实际支出合计{}万元，与报告写的项目支出{}万元不同，请核对", listed.len(), trim(spent), trim(total)));
            // The rest of a 项目支出 that lists some of its projects, in a row of its own: without it the
            // new draft's 支出合计 would be less than the report's. Not where the 支出合计 stated is the 基本支出
            // and the listed projects together: the sums bear the rows out, the 项目支出 is the figure in doubt.
            let borne_out = found.total("spend").zip(found.total("basic")).is_some_and(|(all, basic)| basic.plus(spent) == Some(all));
            if let Some(rest) = total.minus(spent).filter(|rest| rest.is_sign_positive() && !rest.is_zero() && !borne_out) {
                let row = draft.add_project();
                draft.set_project_cell(row, ProjectColumn::Name, UNLISTED_REST);
                draft.set_project_cell(row, ProjectColumn::Actual, &as_typed(rest));
                notes.push(format!("项目支出明细：其余{}万元已填作一行“{UNLISTED_REST}”；请按项目拆分填写", trim(rest)));
            }
        }
    } else if let Some(total) = found.total("projects") {
        // One row with the stated total: without it the new draft's 支出合计 and rates would be the report's
        // less its 项目支出, figures it never said.
        let row = draft.add_project();
        draft.set_project_cell(row, ProjectColumn::Name, UNLISTED_PROJECTS);
        draft.set_project_cell(row, ProjectColumn::Actual, &as_typed(total));
        filled += 1;
        notes.push(format!("项目支出明细：报告只写了项目支出合计{}万元，未逐项列出，已填作一行“{UNLISTED_PROJECTS}”；请按项目拆分填写", trim(total)));
        let (budget, note) = unlisted_budget(&text.text, &numbers, &unit_rows, total);
        if let Some(budget) = budget {
            draft.set_project_cell(row, ProjectColumn::Budget, &as_typed(budget));
            filled += 1;
        }
        notes.extend(note);
    }
    filled += sheets_attached(&mut draft, &sheets, &mut notes);
    // Settled once the project rows stand: a part in doubt may be the one that makes the stated 支出合计.
    let completed = draft_figures::complete(&mut draft, &found, &text.text, &numbers, year_number, &unit_rows);
    filled += completed.filled;
    notes.extend(completed.notes);
    for id in found.conflicts.keys().filter(|id| !completed.settled.contains(id)) {
        let values: Vec<String> = found.stated(id).map(|s| trim(s.value)).collect();
        notes.push(format!("{}：文中有不同数字（{}），未填，请核对后填写", label_of(id), values.join("、")));
    }
    // Totals the report states without the parts the draft is typed in.
    let totals: [(&str, &str, &str, &[&str]); 4] = [
        ("quota", "编制数", "名", &["staff.quota.admin", "staff.quota.institution", "staff.quota.worker"]),
        ("staff", "在职人数", "人", &["staff.actual.admin", "staff.actual.institution", "staff.actual.worker"]),
        ("annual_budget", "全年预算数", "万元", &["budget.initial"]),
        ("basic", "基本支出", "万元", &["spend.personnel", "spend.public"]),
    ];
    let units_off = super::unit_staff::sums_off_the_total(&text.text, &numbers);
    for (id, label, unit, parts) in totals {
        let Some(total) = found.total(id) else { continue };
        let off = units_off.iter().find(|(of, stated, ..)| *of == id && *stated == total);
        if let Some((_, _, sum, each)) = off.filter(|_| parts.iter().all(|part| draft.get(part).is_empty())) {
            let each: Vec<String> = each.iter().map(|v| trim(*v)).collect();
            notes.push(format!("{label}：报告写合计{}{unit}，所列各单位{label}之和为{}{unit}（{}），两数不符，各类型未填；请核对后填写", trim(total), trim(*sum), each.join("+")));
        } else if parts.iter().all(|part| draft.get(part).is_empty()) {
            notes.push(format!("{label}：报告只写了合计{}{unit}，未分项写明，未填；请按各项填写", trim(total)));
        } else if let Some(rest) = left_out(&draft, parts, total).filter(|_| ["quota", "staff"].contains(&id)) {
            notes.push(format!("{label}：报告写合计{}{unit}，其中{}{unit}的类型未能读出，未填；请核对后填入相应类型", trim(total), trim(rest)));
        }
    }
    if let Some(note) = spending_left_out(&draft, &found, &text.text) {
        notes.push(note);
    }
    filled += disclosure_dates(&text.text, &mut draft);
    let sangong = draft_sangong::items(&mut draft, &found, &text.text);
    filled += sangong.filled;
    notes.extend(sangong.notes);
    filled += draft_sangong::table_items(&mut draft, &tables.sangong_items);
    filled += draft_sangong::last_years_items(&mut draft, &text.text, &numbers, year_number);
    // Items said none are 0 once the figures stated are in: a sum of the items may then count them.
    let none = super::draft_sangong_none::fill(&mut draft, pasted, year_number);
    filled += none.filled;
    notes.extend(none.notes);
    let sangong = draft_sangong::totals_of_items(&mut draft, &found);
    filled += sangong.filled;
    notes.extend(sangong.notes);
    draft_sangong::policy_reason(&mut draft, &found, pasted, &text);
    if found.value("budget.additions").is_some() && draft.get("budget.policy_additions").is_empty() {
        notes.push("其中：政策性追加：报告未写金额，未填（如追加属政策性因素，请填写金额和事由）".to_string());
    }
    match unit_name(pasted) {
        Some((name, guessed)) => {
            let _ = draft.set("unit.name", &name);
            if guessed {
                notes.push(format!("单位名称：取自“职能职责”的第一句（{name}），请核对"));
            }
        }
        None => notes.push("单位名称：未找到，未填".to_string()),
    }
    match stated_year {
        Some(year) => {
            let _ = draft.set("unit.year", &year);
        }
        None => notes.push("评价年度：标题中未找到“××××年度”，未填".to_string()),
    }
    let outline = outline(pasted);
    for (id, body) in &outline.parts {
        let _ = draft.set(id, body);
    }
    if let Some(date) = &outline.signature_date {
        if draft.set("unit.signature_date", date).is_ok() {
            filled += 1;
        }
    }
    if outline.causes_within_problems {
        notes.push("产生问题的主要原因：报告在“存在的问题及原因”中把原因与问题一并写出，未单独成段，已随问题填入“存在的主要问题”，此项未填；请从中摘出原因填写".to_string());
    }
    if !outline.dropped.is_empty() {
        notes.push(format!("正文：{}的文字不属于表中任何一部分，未填入；如需保留，请补入相应部分", outline.dropped.join("、")));
    }
    TextDraft { draft, notes, filled }
}

/// Quotes that open a name (“三公”, ‘三公’, "三公", ＂三公＂, 〝三公〞, 「三公」).
const OPENING_QUOTES: &str = "“‘\"'＂〝「";

/// Figures a rate's formula gives without a label of their own (“公用经费控制率 = 27.45 ÷ 28.50 × 100%”, the
/// 公用经费预算 28.50), as the audit reads them: kept where the text states no other. Not a table's rates, a
/// project's or another year's.
/// Returns the notes of the figures so filled.
fn name_formulas_figures(found: &mut Recognised, pasted: &str, normalised: &Normalised, numbers: &[Number], tables: &tables::Tables, year: Option<u32>) -> Vec<String> {
    let text = normalised.text.as_str();
    let projects = super::project_rates::found(text, numbers);
    let mut notes = Vec::new();
    for rate in super::claims::units_rates(text, numbers, tables, year, &projects) {
        found.name_figures(text, numbers, &rate.named, year);
        // A rate's formula of bare figures, spent over budget (in use over the whole): where the text states one
        // of the two, the other is the other; where it states neither, the formula is where it gives them, the
        // rate's own definition saying which is which.
        let pairs = [
            (IndicatorId::PublicExpenseControl, "spend.public", "public.budget"),
            (IndicatorId::SangongControl, "sangong.actual", "sangong.budget"),
            (IndicatorId::ProcurementExecution, "procurement.actual", "procurement.budget"),
            (IndicatorId::FixedAssetUtilization, "assets.in_use", "assets.total"),
        ];
        let Some((pair, (spent, budget))) = pairs.iter().find(|(id, ..)| *id == rate.id).zip(spent_over_budget(&rate, text, numbers)) else { continue };
        let (_, spent_id, budget_id) = *pair;
        let unknown = |found: &Recognised, id: &str| !found.fields.contains_key(id) && !found.named.contains_key(id);
        let filled: Vec<(&str, Decimal)> = match (found.value(spent_id) == Some(spent), found.value(budget_id) == Some(budget)) {
            (true, false) if unknown(found, budget_id) => vec![(budget_id, budget)],
            (false, true) if unknown(found, spent_id) => vec![(spent_id, spent)],
            (false, false) if unknown(found, spent_id) && unknown(found, budget_id) && works_out(&rate, spent, budget) => vec![(spent_id, spent), (budget_id, budget)],
            _ => Vec::new(),
        };
        for (id, value) in filled {
            found.named.insert(id, value);
            let formula = quoted(pasted, normalised, &rate);
            notes.push(format!("{}：报告未另写，取自公式“{formula}”中的{}万元，请核对", label_of(id), trim(value)));
        }
    }
    notes
}

/// The rate's words as the report writes them, for a note.
fn quoted(pasted: &str, normalised: &Normalised, rate: &super::claims::StatedRate) -> String {
    let span = normalised.span(pasted, rate.start, rate.end);
    let mut words = normalised.quote(pasted, &span);
    // A name opening on a quote (“三公”…) may lose it, the span starting at its first ideograph.
    let open = pasted.get(..span.start).and_then(|before| before.chars().next_back()).filter(|c| OPENING_QUOTES.contains(*c));
    if let Some(open) = open.filter(|_| !words.starts_with(|c| OPENING_QUOTES.contains(c))) {
        words.insert(0, open);
    }
    words
}

/// “公用经费控制率=27.45÷28.50×100%”: the two bare figures of a formula that works one over the other, as
/// written — its value as computed scales both sides (×100%), so the figures are checked against it, not
/// read from it.
fn spent_over_budget(rate: &super::claims::StatedRate, text: &str, numbers: &[Number]) -> Option<(Decimal, Decimal)> {
    let formula = rate.formula?;
    let figures: Vec<&Number> = numbers.iter().filter(|n| n.start >= rate.start && n.end <= rate.end && n.unit != Unit::Percent).collect();
    let [spent, budget] = figures[..] else { return None };
    let over = text.get(spent.end..budget.start)?;
    let one_over_the_other = over.trim_start_matches("万元") == "/";
    let borne_out = spent.value.times(formula.denominator)? == budget.value.times(formula.numerator)?;
    (one_over_the_other && borne_out && !budget.value.is_zero()).then_some((spent.value, budget.value))
}

/// Whether `spent` over `budget` is the rate stated, at the digits it is written with: figures read from a
/// formula alone are taken only where the report's own result bears them out.
fn works_out(rate: &super::claims::StatedRate, spent: Decimal, budget: Decimal) -> bool {
    let worked = spent.times(Decimal::ONE_HUNDRED).and_then(|hundredfold| hundredfold.divided_by(budget));
    worked.is_some_and(|worked| worked.round_dp_with_strategy(rate.decimals, rust_decimal::RoundingStrategy::MidpointAwayFromZero) == rate.value)
}

/// The budget of the one row of a 项目支出 the report does not list, with its note: from the table row of the
/// 项目支出 (附件1) that spends the same, in the column its header names this year's budget; else from the
/// sentence of the total (“项目支出全年预算…万元，实际支出…万元”). Where the words leave doubt, none, said.
fn unlisted_budget(text: &str, numbers: &[Number], rows: &[UnitRow], total: Decimal) -> (Option<Decimal>, Option<String>) {
    let spent_alike = |row: &&UnitRow| row.label == "项目支出" && row.actual.as_ref().and_then(|(_, v)| *v) == Some(total);
    if let Some(row) = rows.iter().find(spent_alike) {
        return match &row.budget {
            Some((heading, Some(budget))) => (Some(*budget), Some(format!("{UNLISTED_PROJECTS}的预算数：取自表中“项目支出”行“{heading}”列{}万元，请核对", trim(*budget)))),
            Some((_, None)) => (None, None),
            None => (None, Some(format!("{UNLISTED_PROJECTS}的预算数：表中“项目支出”行的表头未写明哪一列是本年全年预算，未填，请核对后填写"))),
        };
    }
    let budgets = draft_figures::distinct(numbers.iter().filter(|n| n.unit == Unit::Wan && budget_of_the_projects(text, n.start)).map(|n| n.value));
    match budgets.as_slice() {
        [budget] => (Some(*budget), Some(format!("{UNLISTED_PROJECTS}的预算数：取自“项目支出…预算{}万元”，请核对", trim(*budget)))),
        [] => (None, None),
        several => (None, Some(format!("{UNLISTED_PROJECTS}的预算数：文中有不同数字（{}），未填，请核对后填写", draft_figures::listed(several)))),
    }
}

/// “项目支出全年预算1,160.00万元”, “全年项目预算1160万元”: the figure at `at` is the 项目支出's budget by the words
/// of its clause before it.
fn budget_of_the_projects(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    let clause = super::text::after_last(before, &['。', '\n', ';', '；', '，', ',']);
    let clause = clause.trim_start_matches("其中").trim_start_matches([':', '：']).trim_end_matches('为');
    let opens = ["项目支出", "全年项目预算", "项目全年预算", "项目预算"].iter().any(|w| clause.starts_with(w));
    opens && ["预算", "预算数"].iter().any(|w| clause.ends_with(w)) && !clause.contains("上年")
}

/// A 支出合计 the report states that the draft's parts do not make (a project or a part not read): said,
/// so the clerk does not file a draft whose totals silently differ from the report's. Parts that make it at
/// the digits it is written with do make it.
fn spending_left_out(draft: &Draft, found: &Recognised, text: &str) -> Option<String> {
    let (stated, made) = (found.total("spend")?, Totals::of(&Figures::read(draft)).spend?);
    if found.agrees(text, "spend", made) {
        return None;
    }
    let gap = stated.minus(made).filter(|gap| !gap.is_zero())?;
    if let Some(note) = spent_beyond_the_draft(found, text, stated, made) {
        return Some(note);
    }
    let (what, gap) = if gap.is_sign_positive() { ("少", gap) } else { ("多", gap.abs()) };
    Some(format!("支出合计：报告写{}万元，草稿各项之和为{}万元，{what}{}万元；请核对基本支出和项目支出", trim(stated), trim(made), trim(gap)))
}

/// “支出合计17822.16万元，其中基本支出…、项目支出…、经营支出365.20万元”: the stated total is the draft's parts
/// (SPEC §3 knows 基本支出 and 项目支出 only) and the report's own 经营支出 (or money passed up or down): said so, not taken for a part read wrong.
fn spent_beyond_the_draft(found: &Recognised, text: &str, stated: Decimal, made: Decimal) -> Option<String> {
    let listed = found.totals.iter().filter(|t| t.id == "spend" && t.stated.value == stated).find_map(|t| t.parts.as_ref())?;
    let beyond: Vec<&super::parts::Part> = listed.items.iter().filter(|p| text.get(p.name.clone()).is_some_and(|name| super::spent_beyond::BEYOND.iter().any(|w| name.contains(w)))).collect();
    let extra = beyond.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.value))?;
    if beyond.is_empty() || !found.agrees(text, "spend", made.plus(extra)?) {
        return None;
    }
    let named: Vec<String> = beyond.iter().map(|p| format!("{}{}万元", text.get(p.name.clone()).unwrap_or_default(), trim(p.value))).collect();
    Some(format!("支出合计：报告写{}万元，含{}（草稿无此栏），基本支出和项目支出之和为{}万元，请核对", trim(stated), named.join("、"), trim(made)))
}

/// What a stated total has beyond the parts filled (编制 of a type the draft has no field for), if anything.
fn left_out(draft: &Draft, parts: &[&str], total: Decimal) -> Option<Decimal> {
    let filled = parts.iter().filter_map(|part| draft.get(part).parse::<Decimal>().ok()).try_fold(Decimal::ZERO, |sum, n| sum.plus(n))?;
    total.minus(filled).filter(|rest| rest.is_sign_positive() && !rest.is_zero())
}

/// The projects the report lists, one row each with its budget and spending.
fn fill_listed_projects(draft: &mut Draft, listed: &[Listed]) {
    for project in listed {
        let row = draft.add_project();
        draft.set_project_cell(row, ProjectColumn::Name, &project.name);
        if let Some(budget) = project.budget {
            draft.set_project_cell(row, ProjectColumn::Budget, &as_typed(budget));
        }
        draft.set_project_cell(row, ProjectColumn::Actual, &as_typed(project.actual));
        if project.key {
            draft.set_project_cell(row, ProjectColumn::Key, "true");
        }
    }
}

/// Each project row's budget, from the project of the same name listed with its budget and the same
/// spending; how many were filled.
fn budgets_by_name(draft: &mut Draft, listed: &[Listed]) -> usize {
    let rows: Vec<(RowId, String, String)> =
        draft.projects().iter().map(|p| (p.row, p.cell(ProjectColumn::Name).to_string(), p.cell(ProjectColumn::Actual).to_string())).collect();
    let mut filled = 0;
    for (row, name, actual) in rows {
        let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(budget) = listed.iter().find(|p| p.name == name && as_typed(p.actual) == actual).and_then(|p| p.budget) {
            draft.set_project_cell(row, ProjectColumn::Budget, &as_typed(budget));
            filled += 1;
        }
    }
    filled
}

/// Each project row's 自评表 (附件3) where the report gives one, by the row's name or its figures: its
/// 年初预算数, the 其中 rows of its funds, its 年度总体目标 and 绩效指标 rows; how many figures and rows were
/// filled. A table not so placed, or whose rows could not be read in their columns, is said.
fn sheets_attached(draft: &mut Draft, sheets: &[Sheet], notes: &mut Vec<String>) -> usize {
    let rows: Vec<(RowId, String, String, String)> = draft
        .projects()
        .iter()
        .map(|p| (p.row, p.cell(ProjectColumn::Name).chars().filter(|c| !c.is_whitespace()).collect(), p.cell(ProjectColumn::Budget).to_string(), p.cell(ProjectColumn::Actual).to_string()))
        .collect();
    let mut filled = 0;
    for sheet in sheets {
        let typed = |value: Option<Decimal>| value.map(as_typed);
        let same_figures = |budget: &String, actual: &String| Some(budget) == typed(sheet.budget).as_ref() && Some(actual) == typed(sheet.actual).as_ref();
        let Some((row, ..)) = rows.iter().find(|(_, name, budget, actual)| *name == sheet.name || same_figures(budget, actual)) else {
            notes.push(format!("项目支出绩效自评表：“{}”的表未能对应到项目行，未填入；请核对", sheet.name));
            continue;
        };
        if let Some(initial) = sheet.initial {
            draft.set_project_cell(*row, ProjectColumn::Initial, &as_typed(initial));
            filled += 1;
        }
        for (source, figures) in &sheet.sources {
            for (column, figure) in FundColumn::ALL.into_iter().zip(figures) {
                if let Some(figure) = figure {
                    draft.set_project_cell(*row, ProjectColumn::fund(*source, column), &as_typed(*figure));
                    filled += 1;
                }
            }
        }
        if let Some((expected, actual)) = &sheet.goal {
            draft.set_project_cell(*row, ProjectColumn::GoalExpected, expected);
            draft.set_project_cell(*row, ProjectColumn::GoalActual, actual);
        }
        for cells in &sheet.indicators {
            let cells: Vec<(IndicatorColumn, &str)> = cells.iter().map(|(column, text)| (*column, text.as_str())).collect();
            filled += usize::from(draft.add_indicator(*row, &cells).is_some());
        }
        if sheet.rows_unread {
            notes.push(format!("项目支出绩效自评表：“{}”的绩效指标行未能按列读出，未填；请按报告填写", sheet.name));
        }
    }
    filled
}

/// The dates of approval and publication the report states (“2024年部门预算于1月18日批复，1月31日公开”),
/// each in its field; how many were filled.
fn disclosure_dates(text: &str, draft: &mut Draft) -> usize {
    let mut filled = 0;
    for sentence in text.split_inclusive(super::SENTENCE_ENDS) {
        for stated in disclosure::all_stated(sentence) {
            let of = if stated.what == "决算" { "final" } else { "budget" };
            for (when, date) in [("approved", stated.approved), ("published", stated.published)] {
                let id = format!("disclosure.{of}_{when}");
                if draft.get(&id).is_empty() && draft.set(&id, &date.to_string()).is_ok() {
                    filled += 1;
                }
            }
        }
    }
    filled
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::draft_from_text;

    #[test]
    fn the_note_names_the_kinds_of_figures_filled_and_lists_each_point_to_check() {
        let report = "某县气象局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n（一）职能职责。县气象局负责全县天气监测和预报预警。\n\
                      （二）人员情况。核定编制12名，其中行政编制8名、事业编制4名。\n二、部门整体支出情况\n\
                      全年预算数300.00万元，其中：年初预算260.00万元，年中追加40.00万元。“三公”经费预算4.00万元，实际支出3.10万元。\n\
                      七、自评结果\n自评得分91分。\n";
        let note = draft_from_text(report).note();
        let (summary, points) = note.split_once("请核对：").expect(&note);
        assert!(summary.starts_with("据报告填入") && summary.contains("（编制与人员、预算、“三公”经费）和1段文字。"), "{summary}");
        let points: Vec<&str> = points.lines().collect();
        assert_eq!(points[0], "", "the points start on a line of their own: {note}");
        assert!(points[1..].iter().all(|point| point.starts_with("· ") && point.ends_with('。')), "{note}");
        assert!(points.iter().any(|point| point.contains("七、自评结果")), "{note}");
    }

    /// A staffing table in full-width digits, split by unit with a 合计 column: each type filled from it (the
    /// 参公 rows with the 行政), agreeing with the totals the prose states — no note that the types are unsaid.
    /// An OCR'd report: “年初财政拨款１ ０６８．５５万元” (its thousands split by a space), “年中收回（调减）” — the
    /// 年初预算 and the 年中调减 all the same.
    #[test]
    fn the_years_first_appropriation_and_what_was_taken_back_fill_the_budget() {
        let report = "某县档案馆2024年度部门整体支出绩效自评报告\n二、部门整体支出情况\n2024年资金总额2 318.40万元，其中上年结转资金６２．１０万元，年初财政拨款２ ０９４．３０万元，年中追加204.00万元，年中收回（调减）42.00万元。\n";
        let started = draft_from_text(report);
        let budget = ["budget.carryover", "budget.initial", "budget.additions", "budget.reductions"].map(|id| started.draft.get(id));
        assert_eq!(budget, ["62.1", "2094.3", "204", "42"].map(String::from), "{:?}", started.draft);
    }

    #[test]
    fn a_staffing_tables_types_fill_the_draft() {
        let report = "某市医疗保障局２０２４年度部门整体支出绩效自评报告\n（二）人员情况\n类别\t编制数（机关）\t编制数（所属单位）\t编制数（合计）\t实有人数（机关）\t实有人数（所属单位）\t实有人数（合计）\n\
                      行政编制\t１５\t０\t１５\t１４\t０\t１４\n参公事业编制\t０\t２６\t２６\t０\t２４\t２４\n其他事业编制\t０\t９\t９\t０\t９\t９\n\
                      编制５０名，实有在职４７人，在职人员控制率为９４．００％。\n";
        let started = draft_from_text(report);
        let staff = ["staff.quota.admin", "staff.quota.institution", "staff.actual.admin", "staff.actual.institution"].map(|id| started.draft.get(id));
        assert_eq!(staff, ["41", "9", "38", "9"], "{:?}", started.notes);
        assert!(!started.notes.iter().any(|n| n.contains("未分项写明")), "{:?}", started.notes);
    }

    /// The assets' total under a heading before a colon, and last year's “三公” spending paired after its budget
    /// past the items: filled beside the figures read before.
    #[test]
    fn the_assets_total_under_a_heading_and_last_years_sangong_pair_fill_the_draft() {
        let report = "某县供销合作社联合社2024年度部门整体支出绩效自评报告\n4.固定资产：原值1,532.60万元，在用1,498.10万元，利用率97.75%。\n\
                      （五）资产管理：固定资产1,532.60万元，在用1,498.10万元。\n\
                      “三公”经费预算2.40万元，实际支出2.06万元，其中公务接待费0.66万元、公务用车运行维护费1.40万元，无因公出国（境）费；上年预算2.80万元，实际支出2.51万元。\n";
        let started = draft_from_text(report);
        let read = ["assets.total", "assets.in_use", "sangong.last_budget", "sangong.last_actual", "sangong.actual"].map(|id| started.draft.get(id));
        assert_eq!(read, ["1532.6", "1498.1", "2.8", "2.51", "2.06"], "{:?}", started.notes);
    }

    /// A row standing in for a 项目支出 the report does not list is no project: the note does not count it.
    #[test]
    fn the_note_counts_no_stand_in_row_as_a_project() {
        let report = "某区文旅局2024年度部门整体支出绩效自评报告\n全年支出合计500.00万元，其中：基本支出380.00万元，项目支出120.00万元。\n";
        let started = draft_from_text(report);
        assert!(started.draft.projects().iter().all(|p| p.is_stand_in()) && !started.draft.projects().is_empty());
        let note = started.note();
        assert!(note.contains("项目支出合计") && !note.contains("项目1个"), "{note}");
    }
}
