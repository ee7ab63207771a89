//! Rates (比率) as exact fractions, rounded once, at display, by the draft's rounding method.

use rust_decimal::Decimal;

use crate::core::calc::methods::Rounding;

/// A rate `numerator / denominator`, kept exact so that it is rounded once, from the true quotient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub numerator: Decimal,
    pub denominator: Decimal,
}

impl Rate {
    /// `None` for a zero denominator: a rate that does not exist is never shown as 0%.
    pub fn new(numerator: Decimal, denominator: Decimal) -> Option<Self> {
        (!denominator.is_zero()).then_some(Self { numerator, denominator })
    }

    /// The percentage rounded by `rounding`, e.g. 99.55 for 252.65 / 253.79.
    ///
    /// Computed as an exact integer division with remainder, so a quotient such as x.xx5 is never
    /// mis-rounded by the finite precision of decimal division. `None` only on absurd magnitudes.
    pub fn percent(&self, rounding: Rounding) -> Option<Decimal> {
        let decimals = rounding.decimals();
        let scale = Decimal::from(10u32.pow(decimals));
        let scaled = self.numerator.checked_mul(Decimal::ONE_HUNDRED)?.checked_mul(scale)?;
        let negative = !scaled.is_zero() && scaled.is_sign_negative() != self.denominator.is_sign_negative();
        let (dividend, divisor) = (scaled.abs(), self.denominator.abs());
        let (quotient, remainder) = exact_div_rem(dividend, divisor)?;
        let round_up = rounding.rounds_half_up() && remainder.checked_mul(Decimal::TWO)? >= divisor;
        let units = if round_up { quotient.checked_add(Decimal::ONE)? } else { quotient };
        let mut percent = Decimal::from_i128_with_scale(units.mantissa(), decimals);
        percent.set_sign_negative(negative && !percent.is_zero());
        Some(percent)
    }

    /// The percentage as people read it: `99.55%`, `100.0%`.
    pub fn display(&self, rounding: Rounding) -> String {
        match self.percent(rounding) {
            Some(percent) => {
                let mut text = percent.to_string();
                crate::core::reading::amount::pad_decimals(&mut text, rounding.decimals() as usize);
                format!("{text}%")
            }
            None => "—".to_string(),
        }
    }

    /// Exactly above 100%, without rounding (rounding may hide 100.004% as 100.00%).
    pub fn exceeds_one(&self) -> bool {
        if self.denominator.is_sign_positive() {
            self.numerator > self.denominator
        } else {
            self.numerator < self.denominator
        }
    }

    /// Exactly above zero.
    pub fn is_positive(&self) -> bool {
        !self.numerator.is_zero() && self.numerator.is_sign_positive() == self.denominator.is_sign_positive()
    }
}

/// Whole quotient and remainder of two non-negative decimals, with `dividend = q·divisor + r`, `0 ≤ r < divisor`.
fn exact_div_rem(dividend: Decimal, divisor: Decimal) -> Option<(Decimal, Decimal)> {
    let mut quotient = dividend.checked_div(divisor)?.trunc();
    let mut remainder = dividend.checked_sub(quotient.checked_mul(divisor)?)?;
    // Decimal division rounds its 28th digit, so the truncated quotient can be one off either way.
    while remainder.is_sign_negative() && !remainder.is_zero() {
        quotient = quotient.checked_sub(Decimal::ONE)?;
        remainder = remainder.checked_add(divisor)?;
    }
    while remainder >= divisor {
        quotient = quotient.checked_add(Decimal::ONE)?;
        remainder = remainder.checked_sub(divisor)?;
    }
    Some((quotient.normalize(), remainder))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    fn rate(num: &str, den: &str) -> Rate {
        Rate::new(d(num), d(den)).unwrap()
    }

    #[test]
    fn seed_execution_rate_under_each_rounding() {
        let execution = rate("252.65", "253.79");
        assert_eq!(execution.display(Rounding::HalfUp2), "99.55%");
        assert_eq!(execution.display(Rounding::HalfUp1), "99.6%");
        assert_eq!(execution.display(Rounding::Truncate1), "99.5%");
    }

    #[test]
    fn midpoints_round_away_from_zero_not_to_even() {
        // 12.345% is a midpoint at two decimals: 四舍五入 gives 12.35%, banker's rounding 12.34%.
        assert_eq!(rate("0.12345", "1").display(Rounding::HalfUp2), "12.35%");
        assert_eq!(rate("0.12345", "1").display(Rounding::Truncate1), "12.3%");
        assert_eq!(rate("0.00125", "1").display(Rounding::HalfUp2), "0.13%");
        assert_eq!(rate("-0.12345", "1").display(Rounding::HalfUp2), "-12.35%");
    }

    #[test]
    fn rounds_once_from_the_exact_quotient() {
        // 0.99949… rounds to 99.95% at 2 decimals, but rounding that again to 1 decimal would give 100.0%.
        let r = rate("0.999449", "1");
        assert_eq!(r.display(Rounding::HalfUp2), "99.94%");
        assert_eq!(r.display(Rounding::HalfUp1), "99.9%");
        let r = rate("0.9994999", "1");
        assert_eq!(r.display(Rounding::HalfUp1), "99.9%");
    }

    #[test]
    fn thirds_and_whole_numbers() {
        assert_eq!(rate("1", "3").display(Rounding::HalfUp2), "33.33%");
        assert_eq!(rate("2", "3").display(Rounding::HalfUp2), "66.67%");
        assert_eq!(rate("2", "3").display(Rounding::Truncate1), "66.6%");
        assert_eq!(rate("18", "18").display(Rounding::HalfUp2), "100.00%");
        assert_eq!(rate("0", "18").display(Rounding::HalfUp1), "0.0%");
    }

    #[test]
    fn zero_denominator_is_no_rate() {
        assert_eq!(Rate::new(d("5"), Decimal::ZERO), None);
    }

    #[test]
    fn exceeding_one_is_exact() {
        assert!(rate("100.004", "100").exceeds_one());
        assert_eq!(rate("100.004", "100").display(Rounding::HalfUp2), "100.00%");
        assert!(!rate("100", "100").exceeds_one());
    }

    proptest! {
        #[test]
        fn matches_a_reference_on_small_integers(num in -100_000i64..100_000, den in 1i64..100_000) {
            // Reference: integer arithmetic on percent·100, half away from zero.
            let scaled = (num as i128) * 10_000;
            let (q, r) = (scaled.abs() / den as i128, scaled.abs() % den as i128);
            let units = if 2 * r >= den as i128 { q + 1 } else { q } * scaled.signum();
            let expected = Decimal::from_i128_with_scale(units, 2);
            prop_assert_eq!(rate(&num.to_string(), &den.to_string()).percent(Rounding::HalfUp2), Some(expected));
        }

        #[test]
        fn never_panics_on_extreme_values(a in any::<i64>(), sa in 0u32..=8, b in any::<i64>(), sb in 0u32..=8) {
            if let Some(r) = Rate::new(Decimal::new(a, sa), Decimal::new(b, sb)) {
                for rounding in [Rounding::HalfUp2, Rounding::HalfUp1, Rounding::Truncate1] {
                    let _ = r.display(rounding);
                }
            }
        }
    }
}
