//! Scoring (自评得分, SPEC §6): rubrics as data, presets, the 附件2 funds block, every row's score with
//! the reason for points lost, the total and the grade, and the findings a reviewer would write about
//! a 自评表. [`scores::score`] is the entry; rules are data in [`rubric`], applied by [`rules`].

pub mod funds;
pub mod grade;
pub mod presets;
pub mod project;
pub mod review;
pub mod rubric;
pub mod rules;
pub mod score_sheet;
pub mod scores;
