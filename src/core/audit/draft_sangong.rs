//! What a report says of its “三公” items (“其中：公务用车运行维护费3.60万元，公务接待费1.52万元，因公出国（境）费
//! 和公务用车购置费均为0”) and of its 政策性追加's use (“主要用于…”), for a new draft: each in its field where the
//! draft has one; an item it has none for (“公务用车购置及运行维护费”) is said, not dropped unsaid.

use rust_decimal::Decimal;

use super::figures::Recognised;
use super::text::Normalised;
use super::verdicts::{as_typed, trim};
use crate::core::draft::Draft;

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
    }
}
