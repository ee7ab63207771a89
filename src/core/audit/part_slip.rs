//! “基本支出920.17万元，其中：人员经费786.35万元，公用经费131.82万元” where 基本支出 with 项目支出 makes the stated
//! 支出合计, and the 公用经费控制率 stated holds on 920.17 − 786.35 = 133.82, not on 131.82: the total is borne
//! out twice over, the part once wrong — the slip is the part's, not the total's nor the rate's. A table's
//! 合计 row does as a rate does: “人员经费 | 7,263,418.00 … 合计 | 13,870,690.00” where the 合计 holds on the
//! value the 基本支出 implies and not on the row's.

use rust_decimal::Decimal;

use super::claims::StatedRate;
use super::column_totals::{in_wan, ColumnTotal, SumOf};
use super::figures::{Recognised, Settled, Stated};
use super::numbers::{Number, Unit};
use super::tables::Tables;
use super::recompute::Basis;
use super::verdicts::{as_typed, compare, shown, Match};
use crate::core::calc::indicators::Value;
use crate::core::exact::Exact;

/// The parts of 基本支出 the data contract holds, by the words that name them in a list.
const PARTS: [(&str, &str); 2] = [("公用经费", "spend.public"), ("人员经费", "spend.personnel")];

/// Settles a part of 基本支出 on what the total less its other parts leaves, where the total is borne out by
/// the 支出合计 and that value (not the written one) makes a stated rate right. Whether one was settled (the
/// rates are then to be judged anew).
pub fn settle(found: &mut Recognised, text: &str, rates: &[StatedRate], basis: &Basis, tables: &Tables, numbers: &[Number]) -> bool {
    let confirms = Confirms { rates, basis, tables, numbers, text };
    let Some((settled, implied)) = implied_part(found, &confirms) else { return false };
    let Some(written) = settled.elsewhere.first() else { return false };
    found.fields.insert(settled.id, Stated { value: implied, ..written.clone() });
    found.settled.push(settled);
    true
}

/// What may bear out the value a total implies for a part: the stated rates, and the tables' 合计 rows.
struct Confirms<'a> {
    rates: &'a [StatedRate],
    basis: &'a Basis,
    tables: &'a Tables,
    numbers: &'a [Number],
    text: &'a str,
}

impl Confirms<'_> {
    /// Where each rate that holds on `implied` and not on the part's `written` value stands, and how the
    /// report writes it.
    fn rates_holding(&self, id: &'static str, written: Decimal, implied: Decimal) -> Vec<(usize, String)> {
        let holds = |rate: &StatedRate, value: Decimal| {
            let indicator = self.basis.indicator_with(rate.id, id, &as_typed(value));
            matches!(indicator.map(|i| i.value), Some(Value::Rate(r)) if matches!(compare(rate.value, rate.decimals, &r), Some(Match::Rounded | Match::Truncated(_))))
        };
        self.rates.iter().filter(|r| holds(r, implied) && !holds(r, written)).map(|r| (r.start, format!("{}{}", shown(r), r.written))).collect()
    }

    /// The same of the tables' 合计 rows over the part's own row (`at`: where the part is written). A 合计
    /// cannot tell which of its rows slipped: the caller asks it only where the other parts are vouched for.
    fn tables_holding(&self, written: Decimal, at: usize, implied: Decimal) -> Vec<(usize, String)> {
        self.tables.column_totals.iter().filter_map(|total| self.table_total(total, written, at, implied)).collect()
    }

    /// A 合计 row over the part's own row that makes the sum of its column with `implied` and not with the
    /// row's figure: where it stands and its words (“表中“实际支出数”列合计13,870,690.00元”).
    fn table_total(&self, total: &ColumnTotal, written: Decimal, at: usize, implied: Decimal) -> Option<(usize, String)> {
        if total.of != SumOf::Rows {
            return None;
        }
        let in_wan = |n: &Number| in_wan(n, total.in_yuan);
        let on_the_parts_line = |n: &Number| self.text.get(at..n.start).is_some_and(|between| !between.contains('\n'));
        let rows: Vec<&Number> = total.rows.iter().filter_map(|&n| self.numbers.get(n)).collect();
        rows.iter().find(|n| on_the_parts_line(n) && in_wan(n) == Some(written))?;
        let sum = rows.iter().try_fold(Decimal::ZERO, |sum, n| sum.plus(in_wan(n)?))?;
        let stated = self.numbers.get(total.number)?;
        let corrected = sum.minus(written)?.plus(implied)?;
        (in_wan(stated)? == corrected && sum != corrected).then_some(())?;
        let column = total.heading.as_ref().map(|h| format!("“{h}”列")).unwrap_or_default();
        let value = in_wan(stated)?;
        Some((stated.start, format!("表中{column}合计{}", super::verdicts::Shown::of("万元", total.in_yuan, [value]).text(value))))
    }
}

/// The part settled, and the value the total implies for it.
fn implied_part(found: &Recognised, confirms: &Confirms) -> Option<(Settled, Decimal)> {
    let spend = found.total("spend")?;
    let projects = found.total("projects")?;
    let borne_out = |basic: Decimal| basic.plus(projects) == Some(spend);
    let basics = found.totals.iter().filter(|t| t.id == "basic" && !t.in_table && borne_out(t.stated.value));
    for total in basics {
        let Some((parts, sum, complete)) = parts_of(total, found, confirms.text) else { continue };
        if sum == total.stated.value {
            continue;
        }
        // What a part would be were it the slip: the total less the others.
        let implied_for = |value: Decimal| sum.minus(value).and_then(|others| total.stated.value.minus(others)).filter(|v| *v > Decimal::ZERO);
        // A part a rate holds on as written (and not as the total would have it) is no slip.
        let vouched = |&(id, value, _): &Named| implied_for(value).is_some_and(|other| !confirms.rates_holding(id, other, value).is_empty());
        for &(id, value, at) in &parts {
            let Some(written) = found.fields.get(id).filter(|s| s.value == value && !found.conflicts.contains_key(id)) else { continue };
            let Some(implied) = implied_for(value) else { continue };
            let mut confirming = confirms.rates_holding(id, value, implied);
            if confirming.is_empty() && complete && parts.iter().filter(|(other, ..)| *other != id).all(vouched) {
                confirming = confirms.tables_holding(value, at, implied);
            }
            if confirming.is_empty() {
                continue;
            }
            let settled = Settled { id, others: vec![value], by: "basic", elsewhere: vec![written.clone()], implied_for: confirming };
            return Some((settled, implied));
        }
    }
    None
}

/// A part of 基本支出 the data contract holds: its id, its value, and where it is written.
type Named = (&'static str, Decimal, usize);

/// The parts of a 基本支出 that are the data contract's (each its id, value, and where it is written), the
/// sum of all its parts, and whether those named are all of them: the parts listed with it, or where it
/// lists none, the contract's fields stated elsewhere (a table's 人员经费 and 公用经费 rows).
fn parts_of(total: &super::figures::StatedTotal, found: &Recognised, text: &str) -> Option<(Vec<Named>, Decimal, bool)> {
    if let Some(parts) = total.parts.as_ref() {
        let parts = Some(parts).filter(|p| !p.partial && p.items.len() >= 2)?;
        let named: Vec<_> = parts
            .items
            .iter()
            .filter_map(|part| {
                let name = text.get(part.name.clone()).unwrap_or_default();
                PARTS.iter().find(|(word, _)| name.contains(word)).map(|(_, id)| (*id, part.value, part.name.end))
            })
            .collect();
        let complete = named.len() == parts.items.len();
        return Some((named, parts.sum()?, complete));
    }
    let [personnel, public] = ["spend.personnel", "spend.public"].map(|id| found.fields.get(id));
    let (personnel, public) = (personnel?, public?);
    let other = found.value("spend.basic_other");
    let sum = personnel.value.plus(public.value)?.plus(other.unwrap_or_default())?;
    Some((vec![("spend.public", public.value, public.start), ("spend.personnel", personnel.value, personnel.start)], sum, other.is_none()))
}

/// A table's 合计 row that bore out a part settled otherwise than its row: judged on the settled value, the
/// row being marked where it stands (“人员经费行写726.34万元…，已在该处标出”).
pub fn table_total_judged(total: &ColumnTotal, numbers: &[Number], found: &Recognised) -> Option<super::verdicts::Judged> {
    let stated = numbers.get(total.number)?;
    let settled = found.settled.iter().find(|s| s.implied_for.iter().any(|(at, _)| *at == stated.start))?;
    let implied = found.value(settled.id)?;
    let written = *settled.others.first()?;
    let in_yuan = |n: &Number| n.unit == Unit::Bare && total.in_yuan;
    let row = total.rows.iter().copied().find(|&n| numbers.get(n).and_then(|n| in_wan(n, total.in_yuan)) == Some(written))?;
    let mut corrected = numbers.to_vec();
    let cell = corrected.get_mut(row)?;
    cell.value = if in_yuan(cell) { implied.times(Decimal::from(10_000))? } else { implied };
    let label = crate::core::draft::fields::label_of(settled.id);
    let shown = super::verdicts::Shown::of("万元", total.in_yuan, [written, implied]);
    let note = format!("{label}行写{}，与基本支出及其他各项不合，已在该处标出；本合计按{}（基本支出减其他各项）相符", shown.text(written), shown.text(implied));
    Some(super::column_totals::judged(total, &corrected).noted([note]))
}
