//! “收入合计5819.02万元，其中：财政拨款收入5039.90万元，事业收入612.85万元，上级补助收入120.00万元，其他收入46.27万元。
//! 财政拨款收入中，年初预算4862.30万元，年中追加215.60万元，年中调减38.00万元”: a 事业单位's account of its income.
//!
//! Its incomes beside the 财政拨款收入 are the year's other funds (SPEC §3, budget.other_funds) where the
//! 财政拨款收入 it lists is just what the 年初预算, 年中追加 and 年中调减 make: the budget's parts are then the
//! appropriation's alone, and the 事业收入, 经营收入 … lie beside them, not within the 年初预算. Where the
//! appropriation is not so made (a 年初预算 that counts every source), the account says nothing of the funds.

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::figures::{Recognised, Stated};
use super::labels::income_kind;
use super::numbers::Number;

/// The incomes of the report's account of income that lie beside an appropriation its budget's parts make,
/// each with its kind (事业收入, 经营收入 …), as the other funds are read from a sentence of the year's funds.
pub fn beside_the_appropriation(text: &str, numbers: &[Number], found: &Recognised) -> Vec<(&'static str, Stated)> {
    let Some(made) = appropriation_made(found) else { return Vec::new() };
    for total in found.totals.iter().filter(|t| t.id == "income" && !t.in_table) {
        let Some(parts) = total.parts.as_ref().filter(|p| !p.partial) else { continue };
        let name = |p: &super::parts::Part| text.get(p.name.clone()).unwrap_or_default();
        // “一般公共预算财政拨款收入…、政府性基金预算财政拨款收入…”: the appropriation in its parts, together.
        let (appropriation, others): (Vec<_>, Vec<_>) = parts.items.iter().partition(|p| name(p).contains("财政拨款"));
        let appropriated = appropriation.iter().try_fold(Decimal::ZERO, |sum, p| sum.plus(p.value));
        if appropriation.is_empty() || appropriated != Some(made) {
            continue;
        }
        let incomes: Option<Vec<(&'static str, Stated)>> = others
            .iter()
            .map(|p| {
                let kind = income_kind(text, p.name.start)?;
                // The figure right after the name (numbers stand in order: found by halving, not by a walk).
                let end = numbers.get(numbers.partition_point(|n| n.start < p.name.end)).map_or(p.name.end, |n| n.end);
                Some((kind, Stated { value: p.value, start: p.name.start, end }))
            })
            .collect();
        // Every other part a kind of income: a list with anything else in it is not the account read here.
        if let Some(incomes) = incomes.filter(|i| !i.is_empty()) {
            return incomes;
        }
    }
    Vec::new()
}

/// What the 年初预算, 年中追加 and 年中调减 stated make (a part not stated is none; one in doubt, no answer).
fn appropriation_made(found: &Recognised) -> Option<Decimal> {
    let part = |id: &str| match (found.fields.get(id), found.conflicts.contains_key(id)) {
        (_, true) => None,
        (Some(stated), false) => Some(stated.value),
        (None, false) => Some(Decimal::ZERO),
    };
    let initial = found.fields.get("budget.initial").and(part("budget.initial"))?;
    initial.plus(part("budget.additions")?)?.minus(part("budget.reductions")?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;
    use crate::core::audit::text::Normalised;

    fn incomes(pasted: &str) -> Vec<(&'static str, String)> {
        let text = Normalised::new(pasted);
        let numbers = numbers(&text.text);
        let tables = crate::core::audit::tables::read(pasted, &text, &numbers, Some(2025));
        let found = Recognised::read(pasted, &text, &numbers, &tables, Some(2025));
        beside_the_appropriation(&text.text, &numbers, &found).into_iter().map(|(kind, s)| (kind, s.value.normalize().to_string())).collect()
    }

    #[test]
    fn incomes_beside_an_appropriation_the_budget_makes_are_other_funds() {
        let account = "2025年本院收入合计2,640.50万元，其中：财政拨款收入1,210.00万元，事业收入1,302.30万元，经营收入88.20万元，附属单位上缴收入40.00万元。\
                       财政拨款收入由年初预算1,150.00万元、年中追加90.00万元和年中调减30.00万元构成。";
        assert_eq!(incomes(account), [("事业收入", "1302.3".to_string()), ("经营收入", "88.2".to_string()), ("附属单位上缴收入", "40".to_string())]);
        // A 年初预算 that counts every source: the appropriation is not what it makes, the incomes may lie within it.
        let within = account.replace("年初预算1,150.00万元", "年初预算2,520.00万元");
        assert!(incomes(&within).is_empty());
        // No 年中 change at all: the 年初预算 alone makes the appropriation.
        let plain = "本年收入合计500.00万元，其中财政拨款收入420.00万元、其他收入80.00万元。财政拨款收入中年初预算420.00万元，全年无调整。";
        assert_eq!(incomes(plain), [("其他收入", "80".to_string())]);
        // The appropriation by its budgets, in two parts.
        let split = "本年收入合计500.00万元，其中一般公共预算财政拨款收入380.00万元、政府性基金预算财政拨款收入40.00万元、事业收入80.00万元。\
                     财政拨款收入中年初预算400.00万元，年中追加20.00万元。";
        assert_eq!(incomes(split), [("事业收入", "80".to_string())]);
        // In 元, held in 万元 as every amount.
        let in_yuan = "本年收入合计5,000,000.00元，其中财政拨款收入4,200,000.00元，事业收入800,000.00元。财政拨款收入中年初预算4,000,000.00元，年中追加200,000.00元。";
        assert_eq!(incomes(in_yuan), [("事业收入", "80".to_string())]);
    }
}
