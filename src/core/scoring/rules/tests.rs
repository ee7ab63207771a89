use proptest::prelude::*;

use super::*;
use crate::core::reading::bands::parse_bands;

fn d(text: &str) -> Decimal {
    Decimal::from_str_exact(text).unwrap()
}

fn rate(percent: &str) -> Rate {
    Rate::new(d(percent), Decimal::ONE_HUNDRED).unwrap()
}

fn subject(points: &str, source: Source) -> Subject<'static> {
    Subject { points: d(points), source, shown: "x%", na: NaPolicy::Pending }
}

/// The rounded score and the note for a rate (in percent) under a rule.
fn outcome(rule: &Rule, percent: &str, points: &str, source: Source) -> (Option<Decimal>, String) {
    match apply(rule, &Measure::Rate(rate(percent)), &subject(points, source)) {
        Outcome::Scored { score, note } => (Some(round_score(score)), note),
        Outcome::Pending(note) => (None, note),
    }
}

fn score(rule: &Rule, percent: &str, points: &str) -> Option<Decimal> {
    outcome(rule, percent, points, Source::Manual).0
}

fn deduction(threshold: &str, deduct: &str, step: Option<&str>, mode: StepMode) -> Deduction {
    Deduction { threshold: d(threshold), deduct: d(deduct), step: step.map(d), mode }
}

const STAFF: Source = Source::Indicator(IndicatorId::StaffControl);

#[test]
fn ceiling_per_point_at_and_around_its_limit() {
    let rule = Rule::Ceiling(deduction("100", "0.5", None, StepMode::Whole));
    assert_eq!(score(&rule, "95.1", "8"), Some(d("8")), "under the limit: full marks");
    assert_eq!(score(&rule, "100", "8"), Some(d("8")), "at the limit: full marks");
    assert_eq!(score(&rule, "100.01", "8"), Some(d("8")), "7.995 prints as 8.00 (and is flagged as full marks over the limit)");
    assert_eq!(score(&rule, "100.02", "8"), Some(d("7.99")));
    assert_eq!(score(&rule, "116", "8"), Some(d("0")), "floored at 0");
    assert_eq!(score(&rule, "200", "8"), Some(d("0")));
    // 125 staff on 115 quota: 108.6956…%, 8.70 points over, 4.35 off.
    let over = Rate::new(d("125"), d("115")).unwrap();
    let Outcome::Scored { score, note } = apply(&rule, &Measure::Rate(over), &subject("8", STAFF)) else { panic!() };
    assert_eq!(round_score(score), d("3.65"));
    assert_eq!(note, "超编8.70个百分点，扣4.35分");
}

#[test]
fn the_hunan_2018_sangong_change_gets_nothing_on_the_5_point_rule() {
    // 三公 budget 63.46 against last year's 32: +98.31%.
    let change = Rate::new(d("31.46"), d("32")).unwrap();
    let rule = Rule::Ceiling(deduction("0", "0.5", None, StepMode::Whole));
    let sangong = Subject { points: d("5"), source: Source::Indicator(IndicatorId::SangongChange), shown: "98.31%", na: NaPolicy::Full };
    let Outcome::Scored { score, note } = apply(&rule, &Measure::Rate(change), &sangong) else { panic!() };
    assert_eq!(score, Decimal::ZERO);
    assert_eq!(note, "比上年增长98.31%，扣5.00分（扣完为止）");
    assert_eq!(score_of_zero_change(), Some(d("5")));
}

fn score_of_zero_change() -> Option<Decimal> {
    score(&Rule::Ceiling(deduction("0", "0.5", None, StepMode::Whole)), "0", "5")
}

#[test]
fn ceiling_by_steps_counts_whole_or_started_steps() {
    let whole = Rule::Ceiling(deduction("100", "2", Some("5"), StepMode::Whole));
    assert_eq!(score(&whole, "104.99", "5"), Some(d("5")), "less than one step over");
    assert_eq!(score(&whole, "105", "5"), Some(d("3")), "exactly one step");
    assert_eq!(score(&whole, "110", "5"), Some(d("1")));
    assert_eq!(score(&whole, "115", "5"), Some(d("0")));
    let started = Rule::Ceiling(deduction("100", "2", Some("5"), StepMode::Started));
    assert_eq!(score(&started, "100", "5"), Some(d("5")));
    assert_eq!(score(&started, "100.01", "5"), Some(d("3")), "a started step counts");
    assert_eq!(score(&started, "105", "5"), Some(d("3")));
    assert_eq!(score(&started, "105.01", "5"), Some(d("1")));
}

#[test]
fn target_by_steps_below() {
    let rule = Rule::Target(deduction("100", "2", Some("5"), StepMode::Whole));
    let (seed, note) = outcome(&rule, "99.55", "8", Source::Indicator(IndicatorId::BudgetExecution));
    assert_eq!(seed, Some(d("8")), "the seed's 99.55% is less than a step below");
    assert_eq!(note, "x%，低于100%目标0.45个百分点，不足5个百分点，不扣分");
    assert_eq!(score(&rule, "100", "8"), Some(d("8")));
    assert_eq!(score(&rule, "120", "8"), Some(d("8")), "above the target is not below it");
    assert_eq!(score(&rule, "95", "8"), Some(d("6")));
    assert_eq!(score(&rule, "92.87", "8"), Some(d("6")), "7.13 points below: one whole step");
    assert_eq!(score(&rule, "90", "8"), Some(d("4")));
    assert_eq!(score(&rule, "70", "8"), Some(d("0")));
    let continuous = Rule::Target(deduction("90", "0.5", None, StepMode::Whole));
    assert_eq!(score(&continuous, "88", "10"), Some(d("9")));
}

#[test]
fn bands_with_open_and_closed_ends() {
    let rule = Rule::Bands(parse_bands("x=0 → 8分；0<x≤10% → 6分；10%<x≤20% → 4分；20%<x≤30% → 2分；x>30% → 0分").unwrap());
    assert_eq!(score(&rule, "0", "8"), Some(d("8")));
    assert_eq!(score(&rule, "0.0001", "8"), Some(d("6")));
    assert_eq!(score(&rule, "10", "8"), Some(d("6")));
    assert_eq!(score(&rule, "10.0001", "8"), Some(d("4")));
    assert_eq!(score(&rule, "30", "8"), Some(d("2")));
    assert_eq!(score(&rule, "39.94", "8"), Some(d("0")), "the Hunan 2018 unit: 39.94% → 0");
    assert_eq!(score(&rule, "135", "8"), Some(d("0")), "a 135% 预算控制率 gets nothing");
    let (_, note) = outcome(&rule, "40.94", "8", Source::Manual);
    assert_eq!(note, "x%，高于30%，得0.00分");
    assert_eq!(score(&rule, "-5", "8"), Some(d("0")), "no band: 0, with a note");
    let shares = Rule::Bands(parse_bands("x≥90% → 满分；80%≤x<90% → 80%；x<80% → 0分").unwrap());
    assert_eq!(score(&shares, "90", "5"), Some(d("5")));
    assert_eq!(score(&shares, "89.99", "5"), Some(d("4")));
}

#[test]
fn linear_is_capped_at_the_points() {
    assert_eq!(score(&Rule::Linear, "99.55", "10"), Some(d("9.96")));
    assert_eq!(score(&Rule::Linear, "92.87", "10"), Some(d("9.29")));
    assert_eq!(score(&Rule::Linear, "100", "10"), Some(d("10")));
    assert_eq!(score(&Rule::Linear, "140.31", "10"), Some(d("10")), "capped (and flagged elsewhere)");
    assert_eq!(score(&Rule::Linear, "-3", "10"), Some(d("0")));
}

#[test]
fn interpolation_either_way_round() {
    // Hebei: full at ≤100%, none at ≥115%.
    let lower_better = Rule::Interpolate { full: d("100"), zero: d("115") };
    assert_eq!(score(&lower_better, "100", "8"), Some(d("8")));
    assert_eq!(score(&lower_better, "107.5", "8"), Some(d("4")));
    assert_eq!(score(&lower_better, "115", "8"), Some(d("0")));
    assert_eq!(score(&lower_better, "130", "8"), Some(d("0")));
    let higher_better = Rule::Interpolate { full: d("90"), zero: d("60") };
    assert_eq!(score(&higher_better, "95", "10"), Some(d("10")));
    assert_eq!(score(&higher_better, "75", "10"), Some(d("5")));
    assert_eq!(score(&higher_better, "60", "10"), Some(d("0")));
}

#[test]
fn not_applicable_follows_the_rows_policy() {
    let rule = Rule::Ceiling(deduction("100", "2", Some("5"), StepMode::Whole));
    let with = |na, measure: Measure| match apply(&rule, &measure, &Subject { na, ..subject("5", Source::Manual) }) {
        Outcome::Scored { score, .. } => Some(score),
        Outcome::Pending(_) => None,
    };
    assert_eq!(with(NaPolicy::BlankFull, Measure::Missing), Some(d("5")), "no new building entered: full");
    assert_eq!(with(NaPolicy::Full, Measure::Missing), None, "blank is not yet entered");
    assert_eq!(with(NaPolicy::Full, Measure::Nothing), Some(d("5")), "0/0: nothing to control");
    assert_eq!(with(NaPolicy::Pending, Measure::Nothing), None);
    assert_eq!(with(NaPolicy::BlankFull, Measure::ZeroDenominator("x".into())), Some(Decimal::ZERO));
}

#[test]
fn pass_scores_timeliness() {
    let s = subject("4", Source::Indicator(IndicatorId::DisclosureTimeliness));
    assert_eq!(apply(&Rule::Pass, &Measure::Timely(true), &s), Outcome::Scored { score: d("4"), note: String::new() });
    assert!(matches!(apply(&Rule::Pass, &Measure::Timely(false), &s), Outcome::Scored { score, .. } if score.is_zero()));
    assert!(matches!(apply(&Rule::Pass, &Measure::Rate(rate("100")), &s), Outcome::Pending(_)));
}

fn any_rule() -> impl Strategy<Value = Rule> {
    let number = || (-20_000i64..40_000).prop_map(|n| Decimal::new(n, 2));
    let deduction = (number(), 0i64..2_000, prop::option::of(1i64..2_000), any::<bool>()).prop_map(|(threshold, deduct, step, started)| Deduction {
        threshold,
        deduct: Decimal::new(deduct, 2),
        step: step.map(|s| Decimal::new(s, 2)),
        mode: if started { StepMode::Started } else { StepMode::Whole },
    });
    prop_oneof![
        deduction.clone().prop_map(Rule::Ceiling),
        deduction.prop_map(Rule::Target),
        Just(Rule::Linear),
        (number(), number()).prop_filter("distinct", |(a, b)| a != b).prop_map(|(full, zero)| Rule::Interpolate { full, zero }),
        prop::collection::vec((number(), any::<bool>(), 0i64..=100), 1..6).prop_map(|cuts| {
            let bands = cuts.into_iter().map(|(at, inclusive, share)| crate::core::reading::bands::Band {
                lower: Some(crate::core::reading::bands::Bound { value: at, inclusive }),
                upper: None,
                award: crate::core::reading::bands::Award::Share(Decimal::from(share)),
            });
            Rule::Bands(bands.collect())
        }),
    ]
}

proptest! {
    #[test]
    fn a_score_is_always_within_zero_and_the_points(
        rule in any_rule(),
        numerator in -10_000_000i64..10_000_000,
        denominator in prop_oneof![1i64..10_000_000, -10_000i64..-1],
        points in 0i64..=10_000,
    ) {
        let rate = Rate::new(Decimal::new(numerator, 2), Decimal::new(denominator, 2)).unwrap();
        let points = Decimal::new(points, 2);
        let subject = Subject { points, source: STAFF, shown: "x", na: NaPolicy::Pending };
        if let Outcome::Scored { score, .. } = apply(&rule, &Measure::Rate(rate), &subject) {
            prop_assert!(score >= Decimal::ZERO && score <= points, "{score} of {points}");
        }
    }
}
