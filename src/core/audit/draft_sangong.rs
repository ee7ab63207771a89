//! What a report says of its “三公” items (“其中：公务用车运行维护费3.60万元，公务接待费1.52万元，因公出国（境）费
//! 和公务用车购置费均为0”) and of its 政策性追加's use (“主要用于…”), for a new draft: each in its field where the
//! draft has one; an item it has none for (“公务用车购置及运行维护费”) is said, not dropped unsaid.

use rust_decimal::Decimal;

use super::figures::Recognised;
use super::labels::{without_numbering, SANGONG_ITEMS};
use super::numbers::{Number, Unit};
use super::tables::SangongItemRow;
use super::text::Normalised;
use super::verdicts::{as_typed, trim};
use crate::core::draft::fields::label_of;
use crate::core::draft::Draft;
use crate::core::exact::Exact;

/// What was filled, and what was found but not placed.
#[derive(Debug, Default)]
pub struct Placed {
    pub filled: usize,
    pub notes: Vec<String>,
}

/// The draft's “三公” item an item's name is (its field id's prefix); none for a name of two items together
/// or of none.
pub(super) fn item_of(name: &str) -> Option<&'static str> {
    let car = name.contains('车');
    let purchase = name.contains("购置");
    let running = ["运行", "运维", "维护"].iter().any(|w| name.contains(w));
    match (name.contains("出国"), name.contains("接待"), car && purchase, car && running) {
        (true, false, false, false) => Some("sangong.abroad"),
        (false, true, false, false) => Some("sangong.reception"),
        (false, false, true, false) => Some("sangong.car_purchase"),
        (false, false, false, true) => Some("sangong.car_running"),
        _ => None,
    }
}

/// The items listed as parts of this year's “三公” budget or spending, each in its field; those said to be
/// nothing (“…和…均为0”) as 0.
pub fn items(draft: &mut Draft, found: &Recognised, text: &str) -> Placed {
    let mut placed = Placed::default();
    let mut unplaced = Vec::new();
    for total in found.totals.iter().filter(|t| t.id == "sangong") {
        let stated_as = |id: &str| found.fields.get(id).is_some_and(|s| s.start == total.stated.start && s.value == total.stated.value);
        let Some(column) = ["actual", "budget"].into_iter().find(|column| stated_as(&format!("sangong.{column}"))) else { continue };
        let mut put = |item: &str, value: &str| {
            let id = format!("{item}.{column}");
            if draft.get(&id).is_empty() && draft.set(&id, value).is_ok() {
                placed.filled += 1;
            }
        };
        for part in total.parts.iter().flat_map(|parts| &parts.items) {
            let name = text.get(part.name.clone()).unwrap_or_default();
            match items_of_a_part(name, part.value) {
                Some(items) => items.into_iter().for_each(|(item, value)| put(item, &as_typed(value))),
                None => unplaced.push(format!("{}{}万元", last_clause(name), trim(part.value))),
            }
        }
        for item in said_to_be_nothing(text, total.stated.end) {
            put(item, "0");
        }
    }
    if !unplaced.is_empty() {
        placed.notes.push(format!(
            "“三公”经费分项：报告写{}，草稿分项（因公出国（境）费、公务用车购置费、公务用车运行维护费、公务接待费）中无一项与之对应，未填；请分项填写",
            unplaced.join("、")
        ));
    }
    placed
}

/// The draft's four “三公” items, whose figures together are the “三公”'s.
pub(super) const ITEMS: [&str; 4] = ["sangong.abroad", "sangong.car_purchase", "sangong.car_running", "sangong.reception"];

/// The rows of a “三公” table item by item (“公务用车运行维护费 | 4.80 | 3.96 | 4.35” under “本年预算 | 本年决算 |
/// 上年决算”): each figure in its item's field of its column. An item whose rows disagree is left empty.
pub fn table_items(draft: &mut Draft, rows: &[SangongItemRow]) -> usize {
    let mut filled = 0;
    for column in ["budget", "actual", "last_actual"] {
        let of = |row: &SangongItemRow| match column {
            "budget" => row.budget,
            "actual" => row.actual,
            _ => row.last_actual,
        };
        let mut values = Vec::new();
        for row in rows {
            if let Some(item) = item_of(&row.label) {
                once_each(&mut values, item, of(row));
            }
        }
        for (item, value) in values {
            filled += usize::from(value.is_some_and(|value| fill(draft, &format!("{item}.{column}"), value)));
        }
    }
    filled
}

/// An item's figure where it is stated again: another value (or none) puts it in doubt, as `None`.
fn once_each(values: &mut Vec<(&'static str, Option<Decimal>)>, item: &'static str, value: Option<Decimal>) {
    match values.iter_mut().find(|(named, _)| *named == item) {
        Some((_, first)) if *first != value => *first = None,
        Some(_) => {}
        None => values.push((item, value)),
    }
}

/// Puts `value` in the field `id` where it is empty; whether it did.
fn fill(draft: &mut Draft, id: &str, value: Decimal) -> bool {
    draft.get(id).is_empty() && draft.set(id, &as_typed(value)).is_ok()
}

/// Words that compare a figure with last year's just before it (“比上年0.97万元减少…”).
const COMPARED: [&str; 8] = ["比上年度", "较上年度", "比上年的", "较上年的", "比上年", "较上年", "比去年", "较去年"];
/// Words of a change that follow last year's figure.
const CHANGED: [&str; 8] = ["下降", "减少", "降低", "增长", "增加", "上升", "压减", "持平"];
/// Labels of an item's spending between its name and its figure.
const SPENT: [&str; 5] = ["实际支出", "支出", "决算数", "决算", "实际"];

/// “公务接待费支出0.86万元，比上年0.97万元减少0.11万元”, “公务用车运行维护费3.20万元（上年3.50万元）”: an item's
/// spending last year, stated right after its spending this year — compared with it before the change, or
/// alone in brackets — in its item's 上年决算 field. An item stated so with two figures is left empty.
pub fn last_years_items(draft: &mut Draft, text: &str, numbers: &[Number], year: Option<u32>) -> usize {
    let last = year.and_then(|y| y.checked_sub(1));
    let by_year: Vec<String> = last.into_iter().flat_map(|y| ["比", "较"].map(|w| [format!("{w}{y}年的"), format!("{w}{y}年度"), format!("{w}{y}年")])).flatten().collect();
    let bracketed: Vec<String> = ["（上年度".to_string(), "（上年".to_string()].into_iter().chain(last.map(|y| format!("（{y}年"))).collect();
    let mut found = Vec::new();
    for number in numbers.iter().filter(|n| n.unit == Unit::Wan) {
        let before = text.get(..number.start).unwrap_or_default();
        let after = text.get(number.end..).unwrap_or_default();
        let compared = COMPARED.iter().copied().chain(by_year.iter().map(String::as_str)).find(|w| before.ends_with(w)).filter(|_| CHANGED.iter().any(|w| after.starts_with(w)));
        let in_brackets = || bracketed.iter().map(String::as_str).find(|w| before.ends_with(w)).filter(|_| after.starts_with('）'));
        let Some(opener) = compared.or_else(in_brackets) else { continue };
        if let Some(item) = spending_item_before(&before[..before.len() - opener.len()]) {
            once_each(&mut found, item, Some(number.value));
        }
    }
    let mut filled = 0;
    for (item, value) in found {
        filled += usize::from(value.is_some_and(|value| fill(draft, &format!("{item}.last_actual"), value)));
    }
    filled
}

/// The item whose spending this year the words `head` end on (“公务接待费支出0.86万元，”, “其中公务用车运行维护费
/// 实际支出”): its name, then perhaps a spending label and its amount — not its budget, nor the “三公” whole.
fn spending_item_before(head: &str) -> Option<&'static str> {
    let head = head.strip_suffix(['，', ',']).unwrap_or(head);
    let amount = head.strip_suffix("万元").or_else(|| head.strip_suffix('元'));
    let head = amount.map_or(head, |h| h.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ','));
    let head = head.strip_suffix('为').unwrap_or(head);
    let head = SPENT.iter().find_map(|w| head.strip_suffix(w)).unwrap_or(head);
    let clause = head.rsplit(['，', ',', '、', ';', ':', '。', '\n']).next().unwrap_or(head);
    // Inside brackets (“实际支出7.10万元（公务接待费…”), the name opens after them — but “因公出国（境）费” is one.
    let clause = match clause.rfind('（') {
        Some(at) if !clause[at..].starts_with("（境）") => &clause[at + '（'.len_utf8()..],
        _ => clause,
    };
    let name = without_numbering(clause.strip_prefix("其中").unwrap_or(clause));
    let named = SANGONG_ITEMS.iter().any(|w| name.starts_with(w)) && name.ends_with('费');
    named.then(|| item_of(name)).flatten()
}

/// Where the report states no “三公” total of a column (本年预算, 本年决算, 上年决算) and the draft has every item's
/// figure of it, the total is theirs together — said in the notes.
pub fn totals_of_items(draft: &mut Draft, found: &Recognised) -> Placed {
    let mut placed = Placed::default();
    for column in ["budget", "actual", "last_actual"] {
        let total = format!("sangong.{column}");
        if !draft.get(&total).is_empty() || found.conflicts.contains_key(total.as_str()) {
            continue;
        }
        let each: Option<Vec<Decimal>> = ITEMS.iter().map(|item| draft.get(&format!("{item}.{column}")).parse::<Decimal>().ok()).collect();
        let Some(sum) = each.and_then(|each| each.iter().try_fold(Decimal::ZERO, |sum, v| sum.plus(*v))) else { continue };
        if fill(draft, &total, sum) {
            placed.filled += 1;
            placed.notes.push(format!("{}：报告未写合计，按各分项之和{}万元填入，请核对", label_of(&total), trim(sum)));
        }
    }
    placed
}

/// Words closing a clause that says its items spent nothing (“…均为0”, “…为零”, “…无”).
const NOTHING: [&str; 10] = ["均为0万元", "均为0元", "均为0", "均为零", "为0万元", "为0元", "为0", "为零", "均无", "无"];

/// The items a part of a “三公” figure is, as the audit reads its name (the words before its figure, which
/// may run over the clauses before it: “因公出国（境）费为零、公务用车购置费为零、公务用车运行维护费”, “②公务用车购置及
/// 运行维护费:公务用车运行维护费”), each with its value; those the clauses before say spent nothing, 0. None
/// where the figure's own item is none of the draft's.
fn items_of_a_part(name: &str, value: Decimal) -> Option<Vec<(&'static str, Decimal)>> {
    let own = last_clause(name);
    // “因公出国（境）费和公务用车购置费均0万元”: several items of one figure, nothing.
    let own = own.strip_suffix("均为").or_else(|| own.strip_suffix('均')).unwrap_or(own);
    let mut items = match item_of(own) {
        Some(item) => vec![(item, value)],
        // Spending is never below 0: both cars' 0 together is each one's 0 — a figure above it is never split.
        None if value.is_zero() && is_both_cars(own) => vec![("sangong.car_purchase", value), ("sangong.car_running", value)],
        None if value.is_zero() => own.split(['和', '、', '及', '与']).map(|name| item_of(name).map(|item| (item, value))).collect::<Option<Vec<_>>>()?,
        None => return None,
    };
    let before = &name[..name.len() - last_clause(name).len()];
    for clause in before.split(CLAUSES) {
        let Some(named) = NOTHING.iter().find_map(|w| clause.strip_suffix(w)) else { continue };
        let nothing: Option<Vec<&'static str>> = named.split(['和', '、', '及', '与']).map(item_of).collect();
        items.extend(nothing.into_iter().flatten().map(|item| (item, Decimal::ZERO)));
    }
    Some(items)
}

/// “公务用车购置及运行维护费”: the two car items named as one, which the draft has no one field for.
fn is_both_cars(name: &str) -> bool {
    name.contains('车') && name.contains("购置") && ["运行", "运维", "维护"].iter().any(|w| name.contains(w)) && !name.contains("出国") && !name.contains("接待")
}

/// What separates the clauses of a part's name.
const CLAUSES: [char; 7] = [',', '，', '、', ';', '；', ':', '：'];

/// The last clause of a part's name: its own item's.
fn last_clause(name: &str) -> &str {
    name.rsplit(CLAUSES).next().unwrap_or(name)
}

/// “因公出国（境）费和公务用车购置费均为0”, “公务接待费为零”: the items the sentence after a “三公” figure ending
/// at `from` says spent nothing.
fn said_to_be_nothing(text: &str, from: usize) -> Vec<&'static str> {
    let rest = text.get(from..).unwrap_or_default();
    let sentence = &rest[..rest.find(['。', '\n']).unwrap_or(rest.len())];
    let mut items = Vec::new();
    for clause in sentence.split([',', '，', ';', '；']) {
        let Some(named) = NOTHING.iter().find_map(|w| clause.strip_suffix(w)) else { continue };
        let names: Vec<Option<&'static str>> = named.split(['和', '、', '及', '与']).map(item_of).collect();
        if names.iter().all(Option::is_some) {
            items.extend(names.into_iter().flatten());
        }
    }
    items
}

/// “其中政策性追加40.00万元，主要用于某某普查”, “政策性追加12.00万元（防汛抢险）”: what the report says the 政策性追加
/// was for, in its own words, into `budget.policy_reason`; whether it was.
pub fn policy_reason(draft: &mut Draft, found: &Recognised, pasted: &str, text: &Normalised) -> bool {
    let Some(stated) = found.fields.get("budget.policy_additions") else { return false };
    let rest = text.text.get(stated.end..).unwrap_or_default();
    let (from, to) = if let Some(inner) = rest.strip_prefix(['(', '（']) {
        // A remark in brackets naming the use: words, not a figure (“（含上年结转…）”).
        let close = inner.find([')', '）']).unwrap_or(inner.len());
        let words = &inner[..close];
        if words.contains(|c: char| c.is_ascii_digit()) || ["含", "其中", "占"].iter().any(|w| words.starts_with(w)) {
            return false;
        }
        let open = rest.len() - inner.len();
        (open, open + close)
    } else {
        let clause = rest.trim_start_matches([',', '，']);
        if !["主要用于", "用于", "专项用于", "全部用于"].iter().any(|w| clause.starts_with(w)) {
            return false;
        }
        let start = rest.len() - clause.len();
        (start, start + clause.find([')', '）', '。', ';', '；', '\n']).unwrap_or(clause.len()))
    };
    let reason = text.quote(pasted, &text.span(pasted, stated.end + from, stated.end + to));
    let reason = reason.trim();
    !reason.is_empty() && reason.chars().count() <= 60 && draft.get("budget.policy_reason").is_empty() && draft.set("budget.policy_reason", reason).is_ok()
}

#[cfg(test)]
mod tests {
    use crate::core::audit::draft_from_text;

    const REPORT: &str = "某县气象局2024年度部门整体支出绩效自评报告\n\
        （一）预算情况。全年预算数300.00万元，其中：年初预算260.00万元，年中追加40.00万元（其中政策性追加25.00万元，主要用于人工增雨作业点建设）。\n\
        （三）“三公”经费情况。2024年“三公”经费预算4.00万元，实际支出3.10万元，其中：公务用车运行维护费2.30万元，公务接待费0.80万元，因公出国（境）费和公务用车购置费均为零。\n";

    #[test]
    fn the_sangong_items_and_the_policy_additions_use_go_in_their_fields() {
        let started = draft_from_text(REPORT);
        let draft = &started.draft;
        let items = ["sangong.car_running.actual", "sangong.reception.actual", "sangong.abroad.actual", "sangong.car_purchase.actual"].map(|id| draft.get(id));
        assert_eq!(items, ["2.3", "0.8", "0", "0"]);
        assert_eq!(draft.get("budget.policy_reason"), "主要用于人工增雨作业点建设");
        assert!(!started.notes.iter().any(|note| note.contains("三公")), "{:?}", started.notes);
    }

    #[test]
    fn an_item_the_draft_has_no_one_field_for_is_named_in_the_notes() {
        let report = REPORT.replace("公务用车运行维护费2.30万元", "公务用车购置及运行维护费2.30万元").replace("，因公出国（境）费和公务用车购置费均为零", "");
        let started = draft_from_text(&report);
        assert_eq!(started.draft.get("sangong.reception.actual"), "0.8");
        assert_eq!(started.draft.get("sangong.car_running.actual"), "");
        assert_eq!(started.draft.get("sangong.car_purchase.actual"), "");
        let note = started.notes.iter().find(|note| note.starts_with("“三公”经费分项")).expect("a note on the item");
        assert!(note.contains("公务用车购置及运行维护费2.3万元"), "{note}");
    }

    /// The figures a draft holds of the “三公”'s four items in `column` (budget, actual, last_actual), in the
    /// order 因公出国（境）费, 公务用车购置费, 公务用车运行维护费, 公务接待费.
    fn items_of(draft: &crate::core::draft::Draft, column: &str) -> Vec<String> {
        super::ITEMS.iter().map(|item| draft.get(&format!("{item}.{column}")).to_string()).collect()
    }

    /// A table of the items with this year's budget and spending and last year's spending: each in its item's
    /// field; the totals, stated nowhere, are the items' together (and said); a dash is no figure.
    #[test]
    fn a_table_of_the_items_by_year_fills_each_item_and_the_totals_it_leaves_unsaid() {
        let report = "某县自然资源局2024年度部门整体支出绩效自评报告\n表4 “三公”经费支出情况（单位：元）\n科目\t本年预算数\t本年决算数\t上年决算数\n\
            因公出国（境）费\t0.00\t0.00\t0.00\n公务用车购置费\t0.00\t0.00\t185,000.00\n公务用车运行维护费\t64,000.00\t58,260.00\t61,430.00\n公务接待费\t16,000.00\t12,740.00\t14,980.00\n";
        let started = draft_from_text(report);
        let draft = &started.draft;
        assert_eq!(items_of(draft, "budget"), ["0", "0", "6.4", "1.6"]);
        assert_eq!(items_of(draft, "actual"), ["0", "0", "5.826", "1.274"]);
        assert_eq!(items_of(draft, "last_actual"), ["0", "18.5", "6.143", "1.498"]);
        let totals = ["sangong.budget", "sangong.actual", "sangong.last_actual", "sangong.last_budget"].map(|id| draft.get(id));
        assert_eq!(totals, ["8", "7.1", "26.141", ""], "{:?}", started.notes);
        assert!(started.notes.iter().any(|n| n.starts_with("上年“三公”经费决算：报告未写合计，按各分项之和26.141万元填入")), "{:?}", started.notes);
        // Last year's column left blank for an item (“—”): last year's total is not the others' sum.
        let dashed = draft_from_text(&report.replace("\t185,000.00\n", "\t—\n"));
        assert_eq!(dashed.draft.get("sangong.car_purchase.last_actual"), "");
        assert_eq!(dashed.draft.get("sangong.last_actual"), "", "{:?}", dashed.notes);
        // A total the report states is the total: no sum of the items said.
        let stated = draft_from_text(&report.replace("上年决算数\n", "上年决算数\n合计\t80,000.00\t71,000.00\t261,410.00\n"));
        assert_eq!(stated.draft.get("sangong.last_actual"), "26.141", "{:?}", stated.notes);
        assert!(!stated.notes.iter().any(|n| n.contains("按各分项之和")), "{:?}", stated.notes);
    }

    /// “公务接待费支出1.27万元，比上年1.50万元减少0.23万元”, “…运行维护费5.83万元（上年6.14万元）”: last year's
    /// spending of an item, compared with or bracketed after this year's, in the item's field; not a budget's
    /// nor the “三公” whole's, and not the total while some item's last year is unsaid.
    #[test]
    fn last_years_spending_of_an_item_said_beside_this_years_is_read() {
        let report = "某镇人民政府2024年度部门整体支出绩效自评报告\n（三）“三公”经费。2024年“三公”经费预算8.00万元，实际支出7.10万元。其中：公务接待费支出1.27万元，比上年1.50万元减少0.23万元；公务用车运行维护费5.83万元（上年6.14万元）。\n";
        let started = draft_from_text(report);
        assert_eq!(items_of(&started.draft, "last_actual"), ["", "", "6.14", "1.5"], "{:?}", started.notes);
        assert_eq!(started.draft.get("sangong.last_actual"), "", "{:?}", started.notes);
        // By the year before, in 元.
        let in_yuan = draft_from_text(&report.replace("公务接待费支出1.27万元，比上年1.50万元减少0.23万元", "公务接待费支出12,700元，较2023年的15,000元下降15.33%"));
        assert_eq!(in_yuan.draft.get("sangong.reception.last_actual"), "1.5", "{:?}", in_yuan.notes);
        // An item's budget compared with last year's, and the “三公” whole's spending: no item's spending.
        let budget = draft_from_text(&report.replace("公务接待费支出1.27万元，比上年1.50万元", "公务接待费预算1.40万元，比上年1.50万元"));
        assert_eq!(budget.draft.get("sangong.reception.last_actual"), "", "{:?}", budget.notes);
        let whole = draft_from_text("某镇人民政府2024年度部门整体支出绩效自评报告\n“三公”经费支出7.10万元，比上年7.64万元减少0.54万元。\n");
        assert!(items_of(&whole.draft, "last_actual").iter().all(String::is_empty), "{:?}", whole.notes);
        // Every item's last year said: the total is theirs together.
        let all = draft_from_text(&report.replace("（上年6.14万元）。", "（上年6.14万元），因公出国（境）费0万元（上年0万元），公务用车购置费0万元（上年0万元）。"));
        assert_eq!(all.draft.get("sangong.last_actual"), "7.64", "{:?}", all.notes);
    }

    /// A part's name as read may run over the clauses before its figure: those saying an item spent nothing
    /// are 0, a heading over the item is no item.
    #[test]
    fn a_parts_name_over_several_clauses_gives_each_item_said() {
        use super::items_of_a_part;
        use rust_decimal::Decimal;
        let spent = Decimal::new(275, 2);
        assert_eq!(
            items_of_a_part("因公出国（境）费无、公务用车购置费为零、公务接待费", spent),
            Some(vec![("sangong.reception", spent), ("sangong.abroad", Decimal::ZERO), ("sangong.car_purchase", Decimal::ZERO)])
        );
        assert_eq!(items_of_a_part("1．公务用车购置及运行维护费：公务用车运行维护费", spent), Some(vec![("sangong.car_running", spent)]));
        assert_eq!(items_of_a_part("因公出国（境）费和公务用车购置费均", Decimal::ZERO), Some(vec![("sangong.abroad", Decimal::ZERO), ("sangong.car_purchase", Decimal::ZERO)]));
        assert_eq!(items_of_a_part("因公出国（境）费无，公务用车购置及运行费", spent), None);
        // Both cars' 0 is each one's; a figure above 0 is not split.
        assert_eq!(items_of_a_part("公务用车购置及运行维护费", Decimal::ZERO), Some(vec![("sangong.car_purchase", Decimal::ZERO), ("sangong.car_running", Decimal::ZERO)]));
        assert_eq!(items_of_a_part("公务用车购置及运行维护费", spent), None);
    }
}
