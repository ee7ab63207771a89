//! A 事业单位's 支出合计 is its 基本支出, 项目支出 and what it spends beyond them — 经营支出 on its business,
//! 上缴上级支出, 对附属单位补助支出 — where it has any. The list after the total may leave such a part to a
//! sentence of its own (“支出合计…，其中基本支出…、项目支出…。经营支出296.85万元，主要为…”), or name it beside
//! a total that is of the other two only: the sums are read as the report's figures bear out.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::figures::StatedTotal;
use super::numbers::{Number, Unit};
use super::parts::Part;

/// Parts of spending beside 基本支出 and 项目支出.
pub const BEYOND: [&str; 3] = ["经营支出", "上缴上级支出", "对附属单位补助支出"];

/// Each figure the text states for such a part of this year's spending (“经营支出296.85万元”, “经营支出为…”):
/// its name's range and value, by value (each total looks up the one it falls short by, however many).
pub fn stated(text: &str, numbers: &[Number]) -> BTreeMap<Decimal, Vec<Part>> {
    let mut found: BTreeMap<Decimal, Vec<Part>> = BTreeMap::new();
    for n in numbers.iter().filter(|n| n.unit == Unit::Wan) {
        let before = text.get(n.start.saturating_sub(40)..n.start).or_else(|| text.get(..n.start)).unwrap_or_default();
        let label = ["为", ":", "共计", "合计", "计"].iter().find_map(|w| before.strip_suffix(w)).unwrap_or(before);
        let Some(name) = BEYOND.iter().find(|w| label.ends_with(**w)) else { continue };
        // Last year's (“上年经营支出…”) is no part of this year's total.
        let lead = label.get(..label.len() - name.len()).unwrap_or_default();
        if ["上年", "去年", "上一年"].iter().any(|w| lead.ends_with(w)) {
            continue;
        }
        let end = n.start - (before.len() - label.len());
        found.entry(n.value).or_default().push(Part { name: end - name.len()..end, value: n.value });
    }
    found
}

/// A 支出合计's parts, read again with what is spent beyond 基本支出 and 项目支出: a part stated in a sentence of
/// its own joins a list of the two that falls short of the total by just it; a part listed beside a total
/// that the two make alone leaves the list (the total is theirs, the part said beside it).
pub fn settle(text: &str, total: &mut StatedTotal, beyond: &BTreeMap<Decimal, Vec<Part>>) {
    let Some(parts) = total.parts.as_mut().filter(|p| !p.partial) else { return };
    let is_beyond = |p: &Part| text.get(p.name.clone()).is_some_and(|name| BEYOND.iter().any(|w| name.contains(w)));
    let (two, listed_beyond): (Vec<Part>, Vec<Part>) = parts.items.iter().cloned().partition(|p| !is_beyond(p));
    let named = |word: &str| two.iter().any(|p| text.get(p.name.clone()).is_some_and(|name| name.contains(word)));
    if two.len() != 2 || !named("基本支出") || !named("项目支出") {
        return;
    }
    let Some(of_two) = two.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.value)) else { return };
    let stated = total.stated.value;
    if !listed_beyond.is_empty() {
        let with_them = listed_beyond.iter().try_fold(of_two, |sum, p| sum.plus(p.value));
        if of_two == stated && with_them != Some(stated) {
            parts.items = two;
        }
        return;
    }
    // One figure only (stated once, or restated alike) makes up the rest.
    let Some(short) = stated.minus(of_two).filter(|short| !short.is_zero()) else { return };
    if let Some(part) = beyond.get(&short).and_then(|alike| alike.first()) {
        parts.items.push(part.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::text::Normalised;

    #[test]
    fn a_business_spending_of_its_own_sentence_is_found_and_last_years_is_not() {
        let text = Normalised::new("经营支出为128.40万元，主要为设计服务成本。上年经营支出110.00万元。上缴上级支出20.00万元。").text;
        let found: Vec<(String, String)> = stated(&text, &numbers(&text)).values().flatten().map(|p| (text[p.name.clone()].to_string(), p.value.normalize().to_string())).collect();
        assert_eq!(found, [("上缴上级支出".to_string(), "20".to_string()), ("经营支出".to_string(), "128.4".to_string())]);
    }
}
