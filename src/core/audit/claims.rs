//! Rates a report states: a rate's name, perhaps 为 / 达, and a percentage (or a bare 0), in a heading
//! (“1．预算执行率100%”), a sentence (“预算执行率为99.5%”) or a formula sentence (“…控制率100%=（…）×100%”).

use rust_decimal::Decimal;

use super::numbers::{Number, Unit};
use crate::core::calc::indicators::IndicatorId;

/// The names reports give the indicators, as normalised (quotes removed).
const NAMES: [(&str, IndicatorId); 14] = [
    ("在职人员控制率", IndicatorId::StaffControl),
    ("财政供养人员控制率", IndicatorId::StaffControl),
    ("公用经费控制率", IndicatorId::PublicExpenseControl),
    ("三公经费变动率", IndicatorId::SangongChange),
    ("三公经费控制率", IndicatorId::SangongControl),
    ("预算执行率", IndicatorId::BudgetExecution),
    ("预算完成率", IndicatorId::BudgetExecution),
    ("预算控制率", IndicatorId::BudgetControl),
    ("预算调整率", IndicatorId::BudgetAdjustment),
    ("结转结余率", IndicatorId::CarryoverRate),
    ("政府采购执行率", IndicatorId::ProcurementExecution),
    ("重点支出安排率", IndicatorId::KeySpendingRatio),
    ("固定资产利用率", IndicatorId::FixedAssetUtilization),
    ("资产利用率", IndicatorId::FixedAssetUtilization),
];

/// The 湖南 name of the execution rate, computed by its own method.
pub const HUNAN_COMPLETION: &str = "预算完成率";

/// Words between a rate's name and its value.
const FILLER: [&str; 8] = ["为", "是", "达到", "达", "约", "仅", ":", "了"];

/// A rate as the report states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedRate {
    pub id: IndicatorId,
    /// The name as written (预算完成率 is judged by the 湖南 method).
    pub name: &'static str,
    pub value: Decimal,
    pub decimals: u32,
    /// The value as written, e.g. `99.5%`, `0`.
    pub written: String,
    /// Normalised byte range from the name to the value's end.
    pub start: usize,
    pub end: usize,
}

/// Every stated rate in `text`, in order; `numbers` are the text's numbers, in order.
pub fn stated_rates(text: &str, numbers: &[Number]) -> Vec<StatedRate> {
    let mut found = Vec::new();
    for (name, id) in NAMES {
        for (at, _) in text.match_indices(name) {
            // “财政供养人员控制率” also contains no other name; “资产利用率” inside “固定资产利用率” is skipped.
            if name == "资产利用率" && text[..at].ends_with("固定") {
                continue;
            }
            let value_at = skip_filler(text, at + name.len());
            let Ok(index) = numbers.binary_search_by_key(&value_at, |n| n.start) else { continue };
            let number = &numbers[index];
            let is_rate = number.unit == Unit::Percent || (number.unit == Unit::Bare && number.value.is_zero());
            if is_rate {
                let written = text[number.start..number.end].to_string();
                found.push(StatedRate { id, name, value: number.value, decimals: number.decimals, written, start: at, end: number.end });
            }
        }
    }
    found.sort_by_key(|rate| rate.start);
    found
}

fn skip_filler(text: &str, mut at: usize) -> usize {
    while let Some(word) = FILLER.iter().find(|word| text[at..].starts_with(**word)) {
        at += word.len();
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::numbers::numbers;

    fn rates(text: &str) -> Vec<(IndicatorId, String)> {
        stated_rates(text, &numbers(text)).into_iter().map(|r| (r.id, r.written)).collect()
    }

    #[test]
    fn headings_sentences_and_formulas() {
        assert_eq!(rates("1.预算执行率100%。预算执行率为99.5%。"),
            vec![(IndicatorId::BudgetExecution, "100%".into()), (IndicatorId::BudgetExecution, "99.5%".into())]);
        assert_eq!(rates("预算控制率为0。"), vec![(IndicatorId::BudgetControl, "0".into())]);
        assert_eq!(rates("公用经费控制率100%=（11.6万元/11.6万元）×100%"), vec![(IndicatorId::PublicExpenseControl, "100%".into())]);
        assert_eq!(rates("固定资产利用率为98%"), vec![(IndicatorId::FixedAssetUtilization, "98%".into())]);
    }

    #[test]
    fn a_name_without_a_value_is_no_claim() {
        assert_eq!(rates("预算控制率较上年下降，预算执行率指标完成较好"), vec![]);
        assert_eq!(rates("预算控制率为5万元"), vec![]);
    }
}
