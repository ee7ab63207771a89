use super::*;
use crate::core::evaluation::evaluate;
use crate::core::calc::findings::FindingCode;
use crate::core::draft::fields::rubric_field_id;
use crate::core::draft::rubric::RubricColumn;
use crate::core::examples::{self, with};
use crate::core::draft::rubric::{manual_row, RubricColumn as C};
use crate::core::scoring::presets::preset;

fn d(text: &str) -> Decimal {
    Decimal::from_str_exact(text).unwrap()
}

fn scores(draft: &Draft) -> Scores {
    evaluate(draft).scores
}

fn score_of(scores: &Scores, id: &str) -> Option<Decimal> {
    scores.row(id).unwrap_or_else(|| panic!("no row {id}")).score
}

fn codes(draft: &Draft) -> Vec<&'static str> {
    evaluate(draft).findings.iter().map(|f| f.code.id()).collect()
}

#[test]
fn the_seed_under_the_hunan_preset() {
    let seed = examples::taojiang_2024();
    let s = scores(&seed);
    assert_eq!(s.preset, RubricPreset::Hunan, "a draft without a rubric follows the default preset");
    assert!(!s.edited);
    assert_eq!(s.weights, d("100"));
    assert_eq!(score_of(&s, "staff_control"), Some(d("8")));
    assert_eq!(score_of(&s, "sangong_change"), Some(d("8")), "no 三公 either year: nothing to control");
    assert_eq!(score_of(&s, "budget_execution"), Some(d("8")), "99.55% is less than one 5-point step below");
    assert_eq!(score_of(&s, "budget_control"), Some(d("0")), "40.94% is over 30%");
    let control = s.row("budget_control").unwrap();
    assert_eq!(control.note, "40.94%，高于30%，得0.00分", "in words, not the rubric's x and →");
    assert_eq!(score_of(&s, "building_scale_control"), Some(d("5")), "no new building: full");
    assert_eq!(score_of(&s, "disclosure_timeliness"), None, "only the publication date is entered");
    assert_eq!(score_of(&s, "management_system"), None, "manual rows wait for the clerk");
    assert_eq!(s.total, d("34"), "8 + 8 + 8 + 0 + 5 + 5 so far");
    assert_eq!(s.grade, Grade::Poor);
    assert!(codes(&seed).contains(&"score_pending"));
}

#[test]
fn manual_scores_complete_the_seed_and_grade_it() {
    let mut draft = with(
        examples::taojiang_2024(),
        &[
            ("disclosure.budget_approved", "2024-01-10"),
            ("score.management_system", "4"),
            ("score.fund_compliance", "3"),
            ("score.fund_compliance.reason", "发现1例报销手续不全"),
            ("score.asset_system", "3"),
            ("score.asset_security", "3"),
            ("score.output_completion", "7.5"),
            ("score.output_timeliness", "5"),
            ("score.output_quality", "5"),
            ("score.performance_benefit", "9"),
            ("score.satisfaction", "8"),
            ("assets.in_use", "90"),
            ("assets.total", "100"),
        ],
    );
    let s = scores(&draft);
    assert_eq!(score_of(&s, "disclosure_timeliness"), Some(d("4")));
    assert_eq!(score_of(&s, "fixed_asset_utilization"), Some(d("3.6")), "90% × 4");
    assert_eq!(s.pending().count(), 0);
    // 8+8+8+0+5+5 + 4+3+4 + 3+3+3.6 + 7.5+5+5 + 9+8 = 89.1
    assert_eq!(s.total, d("89.1"));
    assert_eq!(s.total_text(), "89.10");
    assert_eq!(s.grade, Grade::Good);
    let findings = codes(&draft);
    assert!(!findings.contains(&"score_pending"));
    assert!(findings.contains(&"score_without_reason"), "manual scores without their basis: {findings:?}");
    // Excluding the policy-driven additions (as the seed report did) is a rubric choice the clerk makes.
    draft.own_rubric(preset(RubricPreset::Hunan).rows.iter().map(|r| r as &dyn RubricCells));
    draft.set(&rubric_field_id(3, RubricColumn::Source), "budget_control_adjusted").unwrap();
    let s = scores(&draft);
    assert!(s.edited);
    assert_eq!(score_of(&s, "budget_control_adjusted"), Some(d("8")));
    assert_eq!(s.grade, Grade::Excellent, "97.10");
}

#[test]
fn the_hunan_2018_unit_scores_as_the_spec_says() {
    let unit = with(examples::hunan_2018(), &[("rubric.preset", "yueyang")]);
    let s = scores(&unit);
    assert_eq!(score_of(&s, "staff_control"), Some(d("5")), "95.10% is within quota");
    assert_eq!(score_of(&s, "sangong_change"), Some(d("0")), "+98.31% at −0.5 per point on 5 points");
    assert_eq!(s.row("sangong_change").unwrap().note, "比上年增长98.31%，扣5.00分（扣完为止）");
    let hunan = scores(&examples::hunan_2018());
    assert_eq!(score_of(&hunan, "budget_control"), Some(d("0")), "39.94% > 30% → 0");
    assert_eq!(score_of(&hunan, "staff_control"), Some(d("8")));
    assert_eq!(score_of(&hunan, "sangong_change"), Some(d("0")));
    assert_eq!(score_of(&hunan, "budget_execution"), Some(d("8")), "预算完成率 99.27%, under one step below");
}

#[test]
fn the_self_evaluation_preset_scores_the_funds_block() {
    let draft = with(
        examples::taojiang_2024(),
        &[("rubric.preset", "self_evaluation"), ("budget.basic", "222.79"), ("funds.basic.initial", "149.07"), ("funds.projects.initial", "31")],
    );
    let s = scores(&draft);
    let [total, basic, projects] = &s.funds;
    assert_eq!((total.initial, total.annual, total.actual), (Some(d("180.07")), Some(d("253.79")), Some(d("252.65"))));
    assert_eq!(total.rate_text, "99.55%");
    assert_eq!(score_of(&s, "funds.total"), Some(d("9.96")), "99.55% × 10 = 9.955, rounded once");
    assert_eq!(basic.rate_text, "99.49%");
    assert_eq!((projects.annual, projects.actual), (Some(d("31")), Some(d("31"))));
    assert_eq!(projects.rate_text, "100.00%");
    assert!(!codes(&draft).contains(&"sum_mismatch"), "149.07 + 31 = 180.07; 222.79 + 31 = 253.79");
    let off = with(draft, &[("funds.projects.initial", "30")]);
    let findings = evaluate(&off).findings;
    let mismatch = findings.iter().find(|f| f.code == FindingCode::SumMismatch).expect("parts do not add up");
    assert!(mismatch.message.contains("179.07万元，不等于年初预算180.07万元"), "{}", mismatch.message);
}

#[test]
fn the_funds_blocks_full_year_budget_stays_the_full_year_under_every_denominator() {
    // The 口径 changes the rate's denominator, not what the column headed 全年预算数 holds: its parts are
    // full-year figures, and a sum that never added up would be blamed on the clerk.
    let base = with(
        examples::taojiang_2024(),
        &[("rubric.preset", "self_evaluation"), ("budget.basic", "222.79"), ("funds.basic.initial", "149.07"), ("funds.projects.initial", "31")],
    );
    for denominator in ["annual_with_carryover", "annual", "initial", "hunan_completion"] {
        let draft = with(base.clone(), &[("method.execution_denominator", denominator)]);
        let s = scores(&draft);
        assert_eq!(s.funds[0].annual, Some(d("253.79")), "{denominator}");
        assert!(!codes(&draft).contains(&"sum_mismatch"), "{denominator}: 222.79 + 31 = 253.79");
    }
}

#[test]
fn full_marks_for_a_rate_over_its_limit_are_flagged() {
    // 执行率 140.31% (spending over the initial budget) scored as 执行率 × 分值 is capped at full marks.
    let draft = with(examples::taojiang_2024(), &[("rubric.preset", "self_evaluation"), ("method.execution_denominator", "initial")]);
    let s = scores(&draft);
    // …and so waits: full marks are not allowed for it, and the total is provisional.
    assert_eq!(score_of(&s, "funds.total"), None);
    assert!(s.row("funds.total").unwrap().full_marks_over_limit());
    assert_eq!(s.row("funds.total").unwrap().note, "超出限值，不得评为满分");
    assert!(codes(&draft).contains(&"full_marks_over_limit"));
    assert!(!codes(&examples::taojiang_2024()).contains(&"full_marks_over_limit"));
}

#[test]
fn manual_scores_are_bounded_to_the_points() {
    let draft = with(examples::taojiang_2024(), &[("score.management_system", "5"), ("score.satisfaction", "abc")]);
    let s = scores(&draft);
    assert_eq!(score_of(&s, "management_system"), None);
    assert!(s.problems.iter().any(|p| p.field == "score.management_system" && p.message == "得分不能超过分值4分"));
    assert!(s.problems.iter().any(|p| p.field == "score.satisfaction"));
    assert!(codes(&draft).contains(&"invalid_input"));
    // The findings name the row as the clerk knows it, not by the field's id.
    let messages: Vec<String> = evaluate(&draft).findings.iter().map(|f| f.message.clone()).collect();
    assert!(messages.iter().any(|m| m == "“管理制度健全性”得分不能超过分值4分"), "{messages:?}");
    assert!(messages.iter().all(|m| !m.contains("management_system") && !m.contains("satisfaction")), "{messages:?}");
}

#[test]
fn an_edited_rubric_is_kept_and_its_weights_checked() {
    let mut draft = examples::taojiang_2024();
    draft.own_rubric(preset(RubricPreset::Hunan).rows.iter().map(|r| r as &dyn RubricCells));
    draft.set(&rubric_field_id(0, RubricColumn::Points), "10").unwrap();
    assert!(codes(&draft).contains(&"weights_not_100"));
    draft.set(&rubric_field_id(3, RubricColumn::Bands), "x=0 → 8分；x>0 → 9分").unwrap();
    let s = scores(&draft);
    assert_eq!(score_of(&s, "budget_control"), None, "a band worth more than its row waits for a fix");
    assert!(s.problems.iter().any(|p| p.field == "rubric.rows.3.bands" && p.message == "第2档得9分，超过分值8分"));
    draft.set(&rubric_field_id(0, RubricColumn::Threshold), "abc").unwrap();
    let s = scores(&draft);
    assert_eq!(score_of(&s, "staff_control"), None, "an unreadable rule waits for a fix");
    assert!(s.problems.iter().any(|p| p.field == "rubric.rows.0.threshold"));
    // Switching presets does not touch an edited rubric; following the preset again does.
    draft.set("rubric.preset", "yueyang").unwrap();
    assert_eq!(scores(&draft).row("staff_control").unwrap().row.points, d("10"));
    draft.follow_preset();
    assert_eq!(scores(&draft).row("staff_control").unwrap().row.points, d("5"));
}

#[test]
fn the_cap_and_deviation_options_are_off_by_default() {
    let low = with(examples::taojiang_2024(), &[("spend.personnel", "100"), ("score.management_system", "4")]);
    let s = scores(&low);
    assert_eq!(s.cap, None);
    let capped = scores(&with(low.clone(), &[("rubric.cap_by_execution", "true")]));
    // 执行率 (100 + 11.6 + 0.1 + 31) / 253.79 = 56.23% → total at most 69.
    assert_eq!(capped.cap.as_ref().map(|c| c.limit), Some(d("69")));
    assert_eq!(capped.total, capped.sum.min(d("69")));
    let deviating = scores(&with(low, &[("rubric.deviation_deduction", "true"), ("rubric.preset", "self_evaluation")]));
    let funds = deviating.row("funds.total").unwrap();
    assert_eq!(funds.score, Some(d("3.62")), "56.23% × 10 = 5.62, less 2 for deviating 43.77% from 100%");
    assert!(funds.note.ends_with("完成值偏离指标值43.77%，扣2分"), "{}", funds.note);
}

#[test]
fn the_total_is_the_sum_of_the_printed_row_scores() {
    // Three rows at a third of a point each print 0.33; the total is 0.99, never a rounded 1.00.
    let mut draft = Draft::new();
    draft.own_rubric(std::iter::empty());
    for source in ["fixed_asset_utilization", "procurement_execution", "public_expense_control"] {
        draft.add_rubric_row(&manual_row(&[(C::Id, source), (C::Points, "1"), (C::Source, source), (C::Rule, "linear")]));
    }
    let draft = with(
        draft,
        &[("assets.in_use", "1"), ("assets.total", "3"), ("procurement.actual", "1"), ("procurement.budget", "3"), ("spend.public", "1"), ("public.budget", "3")],
    );
    let s = scores(&draft);
    assert_eq!(s.rows.iter().map(|r| r.score).collect::<Vec<_>>(), vec![Some(d("0.33")); 3]);
    assert_eq!(s.total_text(), "0.99");
}

#[test]
fn two_rows_scoring_one_indicator_count_once() {
    let mut draft = Draft::new();
    draft.own_rubric(std::iter::empty());
    for _ in 0..2 {
        draft.add_rubric_row(&manual_row(&[(C::Level3, "在职人员控制率"), (C::Points, "1"), (C::Source, "staff_control"), (C::Rule, "linear")]));
    }
    let s = scores(&draft);
    assert_eq!(s.rows.len(), 1);
    let duplicate = s.problems.iter().find(|p| p.field == "rubric.rows.1.source").unwrap();
    assert_eq!(duplicate.message, "与第1行的“在职人员控制率”重复，本行不计分", "said in the clerk's words, not by row id");
}

#[test]
fn rows_of_one_name_are_told_apart_by_their_group() {
    let findings = crate::core::evaluation::evaluate(&examples::taojiang_2024()).findings;
    let pending = findings.iter().find(|f| f.code.id() == "score_pending").unwrap();
    assert!(pending.message.contains("预算管理·管理制度健全性") && pending.message.contains("资产管理·管理制度健全性"), "{}", pending.message);
    assert!(pending.message.contains("、资金使用合规性、"), "a name no other row has stays plain: {}", pending.message);
}

#[test]
fn a_row_blank_as_no_such_item_shows_none_beside_its_full_marks() {
    let mut seen = 0;
    for preset in ["hunan", "yueyang", "self_evaluation"] {
        let mut draft = Draft::new();
        draft.set("rubric.preset", preset).unwrap();
        let scores = evaluate(&draft).scores;
        for row in scores.rows.iter().filter(|r| r.note == "本年度无此事项，得满分") {
            assert_eq!(row.actual, "无", "{preset}: {}", row.row.level3);
            seen += 1;
        }
    }
    assert!(seen > 0, "some preset counts a blank row as no such item");
}

#[test]
fn hunan_rows_score_the_rate_typed_as_their_actual_value_by_their_stated_rule() {
    let draft = with(
        examples::taojiang_2024(),
        &[
            ("score.output_completion.actual", "97%"),
            ("score.output_timeliness.actual", "９５％"),
            ("score.output_quality.actual", "104%"),
            ("score.satisfaction.actual", "86.5%"),
        ],
    );
    let s = scores(&draft);
    // 实际完成率 × 分值: 97% of 8, 95% of 5; above 100% no more than the 分值.
    assert_eq!(score_of(&s, "output_completion"), Some(d("7.76")));
    assert_eq!(s.row("output_completion").unwrap().note, "97%×8分，计7.76分");
    assert_eq!(score_of(&s, "output_timeliness"), Some(d("4.75")));
    assert_eq!(score_of(&s, "output_quality"), Some(d("5")));
    // 满意度≥90%得满分；每低1个百分点扣0.5分: 3.5 points under, 1.75 off.
    assert_eq!(score_of(&s, "satisfaction"), Some(d("6.25")));
    assert!(s.row("satisfaction").unwrap().note.contains("扣1.75分"), "{}", s.row("satisfaction").unwrap().note);
    assert_eq!(s.row("satisfaction").unwrap().actual, "86.5%", "the value as typed, for the printed 附件2");
    let satisfied = scores(&with(draft.clone(), &[("score.satisfaction.actual", "92%")]));
    assert_eq!(score_of(&satisfied, "satisfaction"), Some(d("8")));
    assert!(!evaluate(&draft).findings.iter().any(|f| f.code == FindingCode::ScoreWithoutReason), "a score by the rule needs no basis written");
}

#[test]
fn a_typed_score_still_wins_and_a_value_that_is_no_percentage_waits() {
    let base = examples::taojiang_2024();
    let typed = |pairs: &[(&str, &str)]| scores(&with(base.clone(), pairs));
    let over = typed(&[("score.output_completion.actual", "97%"), ("score.output_completion", "6"), ("score.output_completion.reason", "两项工作延期")]);
    assert_eq!(score_of(&over, "output_completion"), Some(d("6")), "the clerk's 得分 over the rule's 7.76");
    for (actual, note) in [
        ("", "请填写实际完成值（如98%）或得分"),
        ("97", "实际完成值不是百分比，请写作如98%，或填写得分"),
        ("基本完成", "实际完成值不是百分比，请写作如98%，或填写得分"),
        ("9七%", "实际完成值不是百分比，请写作如98%，或填写得分"),
    ] {
        let s = typed(&[("score.output_completion.actual", actual)]);
        let row = s.row("output_completion").unwrap();
        assert_eq!((row.score_text().as_str(), row.note.as_str()), ("待评", note), "{actual:?}");
    }
    let by_hand = evaluate(&with(base, &[("score.satisfaction", "7")]));
    assert!(by_hand.findings.iter().any(|f| f.code == FindingCode::ScoreWithoutReason), "a typed score still asks for its basis");
}

#[test]
fn the_yueyang_rows_that_say_the_same_score_the_same_way() {
    let draft = with(
        examples::taojiang_2024(),
        &[("rubric.preset", "yueyang"), ("score.output_completion.actual", "90%"), ("score.satisfaction.actual", "80%")],
    );
    let s = scores(&draft);
    assert_eq!(score_of(&s, "output_completion"), Some(d("9")), "90% of 10");
    assert_eq!(score_of(&s, "satisfaction"), Some(d("3")), "10 points under 90%: 5 off 8");
    assert_eq!(score_of(&s, "payment_progress"), None, "支付进度 is measured against 序时进度, not typed: still by hand");
}

#[test]
fn a_computed_row_whose_figures_the_paper_lacks_takes_a_typed_score_with_its_basis() {
    // The seed's 预决算信息公开 has no approval dates; a paper may say only “批复后第9天公开”.
    let seed = examples::taojiang_2024();
    let waiting = scores(&seed);
    let row = waiting.row("disclosure_timeliness").unwrap();
    assert_eq!(row.score, None);
    assert!(row.figures_missing && !row.by_hand);
    assert_eq!(row.note, "缺少计算所需的数据，待评分");
    assert!(waiting.pending().any(|r| r.row.id == "disclosure_timeliness"));

    let typed = with(seed.clone(), &[("score.disclosure_timeliness", "4")]);
    let s = scores(&typed);
    let row = s.row("disclosure_timeliness").unwrap();
    assert_eq!((row.score, row.by_hand), (Some(d("4")), true));
    assert!(s.pending().all(|r| r.row.id != "disclosure_timeliness"), "no longer waits");
    assert_eq!(s.total, waiting.total.plus(d("4")).unwrap(), "counted in the total");
    let asks = evaluate(&typed).findings.into_iter().find(|f| f.code == FindingCode::ScoreWithoutReason).unwrap();
    assert!(asks.message.contains("未写评分依据"), "{}", asks.message);
    let with_basis = with(typed, &[("score.disclosure_timeliness.reason", "预算批复后第9天、决算批复后第14天公开")]);
    assert!(!codes(&with_basis).contains(&"score_without_reason"));

    let over = scores(&with(seed.clone(), &[("score.disclosure_timeliness", "9")]));
    assert_eq!(score_of(&over, "disclosure_timeliness"), None, "bounded by its 分值 as any typed score");
}

#[test]
fn once_the_figures_are_there_the_rule_scores_and_a_typed_score_is_not_taken() {
    let dated = with(
        examples::taojiang_2024(),
        &[("disclosure.budget_approved", "2024-01-10"), ("disclosure.final_approved", "2024-07-01"), ("disclosure.final_published", "2024-07-30")],
    );
    let s = scores(&with(dated, &[("score.disclosure_timeliness", "4")]));
    let row = s.row("disclosure_timeliness").unwrap();
    assert_eq!((row.score, row.by_hand, row.figures_missing), (Some(d("0")), false, false), "published 29 days after: the rule's 0");
}

#[test]
fn a_row_with_nothing_to_measure_that_waits_may_be_scored_by_hand() {
    // An edited rubric whose 三公 row waits where there was no 三公 either year (na = pending).
    let mut draft = examples::taojiang_2024();
    draft.own_rubric(preset(RubricPreset::Hunan).rows.iter().map(|r| r as &dyn RubricCells));
    let at = draft.rubric().unwrap().iter().position(|r| r.cell(C::Source) == "sangong_change").unwrap();
    draft.set(&rubric_field_id(at, C::NotApplicable), "pending").unwrap();
    let row = scores(&draft).row("sangong_change").unwrap().clone();
    assert_eq!((row.score, row.figures_missing), (None, true));
    assert_eq!(row.note, "无发生额，请人工评分");
    let s = scores(&with(draft, &[("score.sangong_change", "8")]));
    assert_eq!(score_of(&s, "sangong_change"), Some(d("8")));
}

#[test]
fn the_self_evaluation_rows_score_the_percentage_typed_as_their_criteria_say() {
    let draft = with(
        examples::taojiang_2024(),
        &[
            ("rubric.preset", "self_evaluation"),
            ("score.satisfaction.actual", "96.5%"),
            ("score.output_quality.actual", "92%"),
            ("score.output_timeliness.actual", "100%"),
        ],
    );
    let s = scores(&draft);
    assert_eq!(score_of(&s, "satisfaction"), Some(d("10")), "≥90%: full marks");
    assert_eq!(score_of(&s, "output_quality"), Some(d("9.20")), "92% × 10");
    assert_eq!(score_of(&s, "output_timeliness"), Some(d("5")));
    let low = scores(&with(draft, &[("score.satisfaction.actual", "86%")]));
    assert_eq!(score_of(&low, "satisfaction"), Some(d("8")), "4 points below 90%: 2 off");
    assert_eq!(low.row("satisfaction").unwrap().note, "86%，低于90%目标4.00个百分点，扣2.00分");
}
