//! The grade (等级) of a total, and the cap some 一体化 systems put on the total by 预算执行率.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use crate::core::calc::rate::Rate;

/// 财政部预算司 bands: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    Excellent,
    Good,
    Fair,
    Poor,
}

impl Grade {
    /// Best first.
    pub const ALL: [Grade; 4] = [Self::Excellent, Self::Good, Self::Fair, Self::Poor];

    /// The grade of a total as printed (two decimals): 89.99 is 良, 90.00 is 优.
    pub fn of(total: Decimal) -> Self {
        Self::ALL.into_iter().find(|grade| total >= grade.lowest()).unwrap_or(Self::Poor)
    }

    /// The lowest total of the band.
    pub fn lowest(self) -> Decimal {
        Decimal::from(match self {
            Self::Excellent => 90,
            Self::Good => 80,
            Self::Fair => 60,
            Self::Poor => 0,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Excellent => "优",
            Self::Good => "良",
            Self::Fair => "中",
            Self::Poor => "差",
        }
    }
}

/// A limit on the total and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cap {
    pub limit: Decimal,
    pub reason: String,
}

/// The cap for an execution rate: 70–80% → 89, 60–70% → 79, 50–60% → 69, < 50% → 59, else none.
pub fn execution_cap(rate: &Rate, shown: &str) -> Option<Cap> {
    let below = |percent: i64| rate.cmp_percent(Decimal::from(percent)) == Some(Ordering::Less);
    let (limit, band) = if below(50) {
        (59, "低于50%")
    } else if below(60) {
        (69, "在50%至60%之间")
    } else if below(70) {
        (79, "在60%至70%之间")
    } else if below(80) {
        (89, "在70%至80%之间")
    } else {
        return None;
    };
    Some(Cap { limit: Decimal::from(limit), reason: format!("预算执行率{shown}，{band}，总分不超过{limit}分") })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    #[test]
    fn grades_at_their_edges() {
        assert_eq!(Grade::of(d("90")), Grade::Excellent);
        assert_eq!(Grade::of(d("89.99")), Grade::Good);
        assert_eq!(Grade::of(d("80")), Grade::Good);
        assert_eq!(Grade::of(d("79.99")), Grade::Fair);
        assert_eq!(Grade::of(d("60")), Grade::Fair);
        assert_eq!(Grade::of(d("59.99")), Grade::Poor);
        assert_eq!(Grade::of(Decimal::ZERO).label(), "差");
    }

    #[test]
    fn caps_by_execution_rate_bands() {
        let cap = |num: &str| execution_cap(&Rate::new(d(num), d("100")).unwrap(), "x").map(|c| c.limit);
        assert_eq!(cap("80"), None);
        assert_eq!(cap("79.99"), Some(d("89")));
        assert_eq!(cap("70"), Some(d("89")));
        assert_eq!(cap("69.99"), Some(d("79")));
        assert_eq!(cap("60"), Some(d("79")));
        assert_eq!(cap("55"), Some(d("69")));
        assert_eq!(cap("49.99"), Some(d("59")));
    }
}
