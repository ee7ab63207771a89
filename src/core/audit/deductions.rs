//! A score table's row that gives its 扣分 beside its 分值 and its 得分 (“应急广播运行率 | 10 | 1.50 | 10.00”):
//! the 得分 is the 分值 less the 扣分. Where the three disagree one of them is the slip, and the table's total
//! tells which: a total made with the 得分 as written leaves the 扣分 wrong; a total that is the 分值 less the
//! 扣分, row by row (the 得分 as written making another), leaves the 得分 wrong — marked where it is written.

use rust_decimal::Decimal;

use crate::core::exact::Exact;

use super::verdicts::{trim, Judged};
use super::Verdict;

/// A row's 扣分 with its 分值 and 得分.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deduction {
    /// The 扣分's number (an index).
    pub number: usize,
    /// The 得分's number (an index).
    pub score_number: usize,
    pub points: Decimal,
    pub deducted: Decimal,
    pub score: Decimal,
    /// The row's place among its score table's rows.
    pub row: usize,
    /// Whether the table's total bears out the 分值 less the 扣分, not the 得分 written: the 得分 is the slip.
    pub score_slip: bool,
}

impl Deduction {
    /// What is left of the 分值 once the 扣分 is taken off (“-2”: points taken off, written with their sign).
    pub fn left(&self) -> Option<Decimal> {
        self.points.minus(self.deducted.abs())
    }

    /// Whether the row's 分值, 扣分 and 得分 disagree.
    pub fn off(&self) -> bool {
        self.left().is_some_and(|left| left != self.score)
    }

    /// The verdict on the row: on its 得分 where that is the slip, else on its 扣分.
    pub fn judged(&self, total: Option<Decimal>) -> Judged {
        if !self.score_slip {
            return super::score_total::of_deduction(self.deducted, self.points, self.score);
        }
        let Some(left) = self.left() else {
            return Judged::new(Verdict::Unverifiable, "表中得分无法核对".to_string());
        };
        let formula = format!("分值{}分－扣分{}分", trim(self.points), trim(self.deducted.abs()));
        let detail = format!("表中写得分{}分，按{formula}应为{}分", trim(self.score), trim(left));
        let note = total.map(|total| format!("表中合计{}分是按{}分加总的", trim(total), trim(left)));
        Judged::new(Verdict::Mismatch, detail).noted(note)
    }
}

/// Whether the rows `off` (each disagreeing with itself) are the 得分's slips: the `stated` total is what the
/// rows make with each of those 得分 put at its 分值 less its 扣分 (`fixed`), and not what they make as written.
pub fn scores_slipped(stated: Decimal, written: Option<Decimal>, fixed: Option<Decimal>) -> bool {
    fixed == Some(stated) && written != Some(stated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap_or_default()
    }

    fn row(points: &str, deducted: &str, score: &str, score_slip: bool) -> Deduction {
        Deduction { number: 0, score_number: 1, points: d(points), deducted: d(deducted), score: d(score), row: 0, score_slip }
    }

    #[test]
    fn the_total_tells_which_of_the_two_is_the_slip() {
        // A 合计 the rows make with a 得分 put at its 分值 less its 扣分: the 得分 written is the slip.
        assert!(scores_slipped(d("88.5"), Some(d("89.5")), Some(d("88.5"))));
        // 合计 made with the 得分 as written: the 扣分 is the slip.
        assert!(!scores_slipped(d("89.5"), Some(d("89.5")), Some(d("88.5"))));
        // Neither: nothing to tell by.
        assert!(!scores_slipped(d("90"), Some(d("89.5")), Some(d("88.5"))));
    }

    #[test]
    fn a_score_slip_is_marked_on_the_score() {
        let slip = row("8", "1", "8.00", true);
        assert!(slip.off());
        let judged = slip.judged(Some(d("88.5")));
        assert_eq!(judged.verdict, Verdict::Mismatch);
        assert!(judged.detail.contains("表中写得分8分，按分值8分－扣分1分应为7分"), "{}", judged.detail);
        // A deduction slip is judged on the 扣分, as before.
        let judged = row("8", "1", "8.00", false).judged(None);
        assert!(judged.detail.contains("表中写扣分1分"), "{}", judged.detail);
        // Written with its sign, agreeing.
        assert!(!row("6", "-0.5", "5.5", false).off());
    }
}
