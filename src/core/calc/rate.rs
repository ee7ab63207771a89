//! Rates (比率) as exact fractions, rounded once, at display, by the draft's rounding method.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use crate::core::draft::choices::Rounding;
use crate::core::exact::Exact;

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
        let scaled = self.numerator.times(Decimal::ONE_HUNDRED)?.times(scale)?;
        let negative = !scaled.is_zero() && scaled.is_sign_negative() != self.denominator.is_sign_negative();
        let (dividend, divisor) = (scaled.abs(), self.denominator.abs());
        let (quotient, remainder) = exact_div_rem(dividend, divisor)?;
        let round_up = rounding.rounds_half_up() && remainder.times(Decimal::TWO)? >= divisor;
        let units = if round_up { quotient.plus(Decimal::ONE)? } else { quotient };
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

    /// The percentage as an exact decimal where it terminates within 28 digits (1/3 does not: it is
    /// then correct to 28 significant digits). For arithmetic such as deductions; comparisons use
    /// [`Self::cmp_percent`], which is exact.
    pub fn percent_value(&self) -> Option<Decimal> {
        self.numerator.times(Decimal::ONE_HUNDRED)?.divided_by(self.denominator)
    }

    /// How the percentage compares with `percent` (100 for 100%), exactly, by cross-multiplication.
    pub fn cmp_percent(&self, percent: Decimal) -> Option<Ordering> {
        let (left, right) = self.scaled_sides(percent)?;
        Some(left.cmp(&right))
    }

    /// How many whole `step`s of percentage points the rate lies beyond `from` (above it, or below it
    /// when `above` is false), and whether part of a step remains. `None` when it does not lie beyond.
    pub fn steps_beyond(&self, from: Decimal, step: Decimal, above: bool) -> Option<(Decimal, bool)> {
        let (left, right) = self.scaled_sides(from)?;
        // |denominator| × (percent − from), exactly.
        let beyond = if above { left.minus(right)? } else { right.minus(left)? };
        if beyond.is_sign_negative() || beyond.is_zero() || step <= Decimal::ZERO {
            return None;
        }
        let (steps, remainder) = exact_div_rem(beyond, step.times(self.denominator.abs())?)?;
        Some((steps, !remainder.is_zero()))
    }

    /// `numerator × 100` and `percent × denominator`, both multiplied by the denominator's sign, so that
    /// comparing them compares the rate with `percent`.
    fn scaled_sides(&self, percent: Decimal) -> Option<(Decimal, Decimal)> {
        let left = self.numerator.times(Decimal::ONE_HUNDRED)?;
        let right = percent.times(self.denominator)?;
        if self.denominator.is_sign_negative() {
            Some((-left, -right))
        } else {
            Some((left, right))
        }
    }

    /// Exactly above zero.
    pub fn is_positive(&self) -> bool {
        !self.numerator.is_zero() && self.numerator.is_sign_positive() == self.denominator.is_sign_positive()
    }
}

/// Whole quotient and remainder of two non-negative decimals, with `dividend = q·divisor + r`, `0 ≤ r < divisor`.
fn exact_div_rem(dividend: Decimal, divisor: Decimal) -> Option<(Decimal, Decimal)> {
    let mut quotient = dividend.divided_by(divisor)?.trunc();
    let mut remainder = dividend.minus(quotient.times(divisor)?)?;
    // Decimal division rounds its 28th digit, so the truncated quotient can be one off either way.
    while remainder.is_sign_negative() && !remainder.is_zero() {
        quotient = quotient.minus(Decimal::ONE)?;
        remainder = remainder.plus(divisor)?;
    }
    while remainder >= divisor {
        quotient = quotient.plus(Decimal::ONE)?;
        remainder = remainder.minus(divisor)?;
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
    fn compares_with_a_percentage_exactly() {
        assert_eq!(rate("1", "3").cmp_percent(d("33.3333333333333333333333333")), Some(Ordering::Greater));
        assert_eq!(rate("10", "100").cmp_percent(d("10")), Some(Ordering::Equal));
        assert_eq!(rate("-10", "-100").cmp_percent(d("10")), Some(Ordering::Equal));
        assert_eq!(rate("1", "-100").cmp_percent(d("0")), Some(Ordering::Less));
        assert_eq!(rate("73.72", "180.07").percent_value().map(|p| p.round_dp(4)), Some(d("40.9396")));
    }

    #[test]
    fn counts_whole_steps_beyond_a_threshold() {
        // 115% is three steps of 5 above 100, with nothing left over; 116% leaves part of a fourth.
        assert_eq!(rate("115", "100").steps_beyond(d("100"), d("5"), true), Some((d("3"), false)));
        assert_eq!(rate("116", "100").steps_beyond(d("100"), d("5"), true), Some((d("3"), true)));
        assert_eq!(rate("99.55", "100").steps_beyond(d("100"), d("5"), false), Some((d("0"), true)));
        assert_eq!(rate("90", "100").steps_beyond(d("100"), d("5"), false), Some((d("2"), false)));
        assert_eq!(rate("100", "100").steps_beyond(d("100"), d("5"), true), None, "not beyond");
        assert_eq!(rate("1", "3").steps_beyond(d("0"), d("11.1111"), true), Some((d("3"), true)));
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
