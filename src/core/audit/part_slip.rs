//! “基本支出920.17万元，其中：人员经费786.35万元，公用经费131.82万元” where 基本支出 with 项目支出 makes the stated
//! 支出合计, and the 公用经费控制率 stated holds on 920.17 − 786.35 = 133.82, not on 131.82: the total is borne
//! out twice over, the part once wrong — the slip is the part's, not the total's nor the rate's.

use rust_decimal::Decimal;

use super::claims::StatedRate;
use super::figures::{Recognised, Settled, Stated};
use super::recompute::Basis;
use super::verdicts::{as_typed, compare, shown, Match};
use crate::core::calc::indicators::Value;
use crate::core::exact::Exact;

/// The parts of 基本支出 the data contract holds, by the words that name them in a list.
const PARTS: [(&str, &str); 2] = [("公用经费", "spend.public"), ("人员经费", "spend.personnel")];

/// Settles a part of 基本支出 on what the total less its other parts leaves, where the total is borne out by
/// the 支出合计 and that value (not the written one) makes a stated rate right. Whether one was settled (the
/// rates are then to be judged anew).
pub fn settle(found: &mut Recognised, text: &str, rates: &[StatedRate], basis: &Basis) -> bool {
    let Some((settled, implied)) = implied_part(found, text, rates, basis) else { return false };
    let Some(written) = settled.elsewhere.first() else { return false };
    found.fields.insert(settled.id, Stated { value: implied, ..written.clone() });
    found.settled.push(settled);
    true
}

/// The part settled, and the value the total implies for it.
fn implied_part(found: &Recognised, text: &str, rates: &[StatedRate], basis: &Basis) -> Option<(Settled, Decimal)> {
    let spend = found.total("spend")?;
    let projects = found.total("projects")?;
    let borne_out = |basic: Decimal| basic.plus(projects) == Some(spend);
    let basics = found.totals.iter().filter(|t| t.id == "basic" && !t.in_table && borne_out(t.stated.value));
    for total in basics {
        let Some(parts) = total.parts.as_ref().filter(|p| !p.partial && p.items.len() >= 2) else { continue };
        let Some(sum) = parts.sum().filter(|sum| *sum != total.stated.value) else { continue };
        for part in &parts.items {
            let name = text.get(part.name.clone()).unwrap_or_default();
            let Some(id) = PARTS.iter().find(|(word, _)| name.contains(word)).map(|(_, id)| *id) else { continue };
            let Some(written) = found.fields.get(id).filter(|s| s.value == part.value && !found.conflicts.contains_key(id)) else { continue };
            let Some(implied) = sum.minus(part.value).and_then(|others| total.stated.value.minus(others)).filter(|v| *v > Decimal::ZERO) else { continue };
            let holds = |rate: &StatedRate, value: Decimal| {
                let indicator = basis.indicator_with(rate.id, id, &as_typed(value));
                matches!(indicator.map(|i| i.value), Some(Value::Rate(r)) if matches!(compare(rate.value, rate.decimals, &r), Some(Match::Rounded | Match::Truncated(_))))
            };
            let confirming: Vec<(usize, String)> =
                rates.iter().filter(|r| holds(r, implied) && !holds(r, part.value)).map(|r| (r.start, format!("{}{}", shown(r), r.written))).collect();
            if confirming.is_empty() {
                continue;
            }
            let settled = Settled { id, others: vec![part.value], by: "basic", elsewhere: vec![written.clone()], implied_for: confirming };
            return Some((settled, implied));
        }
    }
    None
}
