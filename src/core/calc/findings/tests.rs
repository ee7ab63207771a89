use super::*;
use crate::core::draft::Draft;
use crate::core::evaluation::evaluate;
use crate::core::examples::{self, with};

fn codes(draft: &Draft) -> Vec<&'static str> {
    evaluate(draft).findings.iter().map(|f| f.code.id()).collect()
}

fn find(draft: &Draft, code: FindingCode) -> Option<Finding> {
    evaluate(draft).findings.into_iter().find(|f| f.code == code)
}

#[test]
fn the_seed_is_unbalanced_by_1_14() {
    let finding = find(&examples::taojiang_2024(), FindingCode::FundsUnbalanced).unwrap();
    assert_eq!(finding.severity, Severity::Error);
    assert!(finding.message.contains("＝1.14万元"), "{}", finding.message);
    assert!(finding.message.contains("有1.14万元资金去向不明"));
    assert_eq!(finding.fields[0], "spend.closing_balance");
    let balanced = with(examples::taojiang_2024(), &[("spend.closing_balance", "1.14")]);
    assert_eq!(find(&balanced, FindingCode::FundsUnbalanced), None);
}

#[test]
fn the_seed_has_no_error_besides_the_balance() {
    let errors: Vec<_> = evaluate(&examples::taojiang_2024())
        .findings
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code)
        .collect();
    assert_eq!(errors, vec![FindingCode::FundsUnbalanced]);
}

#[test]
fn policy_additions_cannot_exceed_additions() {
    let draft = with(examples::taojiang_2024(), &[("budget.policy_additions", "80")]);
    let finding = find(&draft, FindingCode::PolicyExceedsAdditions).unwrap();
    assert!(finding.message.contains("政策性追加80.00万元大于年中追加73.72万元"));
    assert_eq!(find(&examples::taojiang_2024(), FindingCode::PolicyExceedsAdditions), None);
}

#[test]
fn reductions_cannot_exceed_what_was_available() {
    let draft = with(Draft::new(), &[("budget.initial", "100"), ("budget.reductions", "100.01")]);
    assert!(find(&draft, FindingCode::ReductionsExceedAvailable).is_some());
    let fine = with(draft, &[("budget.reductions", "100")]);
    assert_eq!(find(&fine, FindingCode::ReductionsExceedAvailable), None);
}

#[test]
fn negative_amounts_are_named_including_project_cells() {
    let draft = with(examples::taojiang_2024(), &[("spend.projects.1.actual", "-30"), ("public.budget", "－1")]);
    let fields: Vec<_> = evaluate(&draft)
        .findings
        .into_iter()
        .filter(|f| f.code == FindingCode::NegativeAmount)
        .flat_map(|f| f.fields)
        .collect();
    assert_eq!(fields, vec!["public.budget", "spend.projects.1.actual"]);
}

/// “-30” typed for 年中调减 (a reduction naturally written with its minus) is named, and neither added to the
/// 全年预算数 nor taken for a blank: what rests on it waits for the figure to be typed positive.
#[test]
fn a_negative_part_leaves_its_total_and_rates_uncomputed() {
    let typed = with(examples::taojiang_2024(), &[("budget.reductions", "-30"), ("spend.projects.1.actual", "－8")]);
    let evaluation = evaluate(&typed);
    assert_eq!(evaluation.totals.annual_budget, None);
    assert_eq!(evaluation.totals.projects, None);
    assert_eq!(evaluation.totals.spend, None);
    let execution = evaluation.indicator(crate::core::calc::indicators::IndicatorId::BudgetExecution).unwrap();
    assert!(!execution.value.missing_fields().is_empty(), "{}: {}", execution.text, execution.sentence);
    let found = codes(&typed);
    assert!(found.contains(&"negative_amount"), "{found:?}");
    assert!(!found.contains(&"funds_unbalanced"), "{found:?}");
    let public = with(examples::taojiang_2024(), &[("spend.public", "-12")]);
    let blank_said = evaluate(&public).findings.into_iter().filter(|f| f.code == FindingCode::MissingInput).find(|f| f.message.starts_with("公用经费未填写"));
    assert_eq!(blank_said, None, "a negative 公用经费 is no blank");
    let positive = with(typed, &[("budget.reductions", "30"), ("spend.projects.1.actual", "8")]);
    assert!(evaluate(&positive).totals.annual_budget.is_some());
}

#[test]
fn over_limit_rates_forbid_full_marks() {
    let draft = with(examples::taojiang_2024(), &[("spend.public", "12"), ("staff.actual.institution", "12")]);
    let messages: Vec<_> = evaluate(&draft)
        .findings
        .into_iter()
        .filter(|f| f.code == FindingCode::OverLimit)
        .map(|f| f.message)
        .collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].starts_with("在职人员控制率为105.56%，超过100%"), "{}", messages[0]);
    assert!(messages.iter().all(|m| m.contains("不得评为满分")));
}

#[test]
fn execution_above_100_percent_is_over_limit() {
    let draft = with(examples::taojiang_2024(), &[("budget.initial", "150")]);
    let finding = find(&draft, FindingCode::OverLimit).unwrap();
    assert!(finding.message.starts_with("预算执行率为112.93%，超过100%"), "{}", finding.message);
}

#[test]
fn more_staff_of_a_type_than_its_quota_is_flagged() {
    let draft = with(examples::taojiang_2024(), &[("staff.actual.admin", "8"), ("staff.actual.institution", "10")]);
    let finding = find(&draft, FindingCode::ImplausibleStaff).unwrap();
    assert!(finding.message.contains("行政在职人数8人多于行政编制数7个"));
    assert_eq!(codes(&draft).iter().filter(|c| **c == "over_limit").count(), 0, "the total is within quota");
    let typo = with(Draft::new(), &[("staff.actual.admin", "18000")]);
    assert!(find(&typo, FindingCode::ImplausibleStaff).unwrap().message.contains("远超"));
}

#[test]
fn a_small_units_figures_typed_in_yuan_are_asked_about() {
    // A one-person 文化站 copying its ledger in 元: every rate looks plausible, the amounts are 10,000× too big.
    let in_yuan = [("staff.quota.institution", "2"), ("staff.actual.institution", "2"), ("budget.initial", "960000"), ("spend.personnel", "712000"), ("spend.public", "98000")];
    let draft = with(Draft::new(), &in_yuan);
    let finding = find(&draft, FindingCode::ImplausibleStaff).unwrap();
    assert_eq!(finding.fields, ["spend.personnel"]);
    assert_eq!(finding.message, "人员经费712000.00万元，合在职每人356000.00万元，是否按元填写？如是，请在数后加“元”");
    // The same figures in 万元, and a large unit's real ones, are not; nor is a unit with nobody in post yet.
    let in_wan = [("staff.actual.institution", "2"), ("budget.initial", "96"), ("spend.personnel", "71.2")];
    assert!(find(&with(Draft::new(), &in_wan), FindingCode::ImplausibleStaff).is_none());
    assert!(find(&examples::taojiang_2024(), FindingCode::ImplausibleStaff).is_none());
    let large = [("staff.actual.admin", "420"), ("spend.personnel", "15800")];
    assert!(find(&with(Draft::new(), &large), FindingCode::ImplausibleStaff).is_none());
    assert!(find(&with(Draft::new(), &[("spend.personnel", "712000")]), FindingCode::ImplausibleStaff).is_none());
}

#[test]
fn a_signature_dated_within_the_year_evaluated_is_questioned() {
    let early = with(Draft::new(), &[("unit.year", "2025"), ("unit.signature_date", "2025-11-30")]);
    let finding = find(&early, FindingCode::InvalidInput).unwrap();
    assert_eq!(finding.message, "成文日期2025年11月30日不在评价年度2025年之后，请核对年份");
    assert_eq!(finding.fields, ["unit.signature_date"]);
    assert!(find(&with(Draft::new(), &[("unit.year", "2025"), ("unit.signature_date", "2024年12月1日")]), FindingCode::InvalidInput).is_some());
    assert!(find(&with(Draft::new(), &[("unit.year", "2025"), ("unit.signature_date", "2026年3月2日")]), FindingCode::InvalidInput).is_none());
    assert!(find(&with(Draft::new(), &[("unit.signature_date", "2025年3月2日")]), FindingCode::InvalidInput).is_none(), "no year, nothing to compare");
}

#[test]
fn zero_denominators_ask_for_an_explanation() {
    let draft = with(Draft::new(), &[("sangong.budget", "2"), ("sangong.last_budget", "0")]);
    let finding = find(&draft, FindingCode::ZeroDenominator).unwrap();
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(finding.fields, vec!["sangong.last_budget"]);
    assert_eq!(find(&examples::taojiang_2024(), FindingCode::ZeroDenominator), None, "0/0 is not asked about");
}

#[test]
fn missing_inputs_name_the_fields() {
    let finding = evaluate(&Draft::new())
        .findings
        .into_iter()
        .find(|f| f.code == FindingCode::MissingInput && f.message.starts_with("公用经费控制率"))
        .unwrap();
    assert_eq!(finding.fields, vec!["spend.public", "public.budget"]);
    assert_eq!(finding.severity, Severity::Info);
}

#[test]
fn unreadable_input_is_an_error_on_its_field() {
    let draft = with(examples::taojiang_2024(), &[("budget.initial", "1e3")]);
    let finding = find(&draft, FindingCode::InvalidInput).unwrap();
    assert_eq!(finding.fields, vec!["budget.initial"]);
    assert!(finding.message.starts_with("“年初预算”无法识别：含有无法识别的字符“e”"));
}

#[test]
fn an_unreadable_part_leaves_its_total_and_rates_uncomputed_not_counted_as_zero() {
    let draft = with(examples::taojiang_2024(), &[("spend.personnel", "abc")]);
    let evaluation = evaluate(&draft);
    assert_eq!((evaluation.totals.basic, evaluation.totals.spend), (None, None));
    let execution = evaluation.indicator(crate::core::calc::indicators::IndicatorId::BudgetExecution).unwrap();
    assert!(!matches!(execution.value, crate::core::calc::indicators::Value::Rate(_)), "{}", execution.text);
    assert!(codes(&draft).contains(&"invalid_input"));
    assert!(!codes(&draft).contains(&"funds_unbalanced"), "no money goes missing because of a typo");
}

#[test]
fn an_unreadable_head_count_leaves_the_staff_rate_uncomputed_not_counted_as_zero() {
    // 在职 “9位” and 11 of 20: counting the refused part as 0 would show 55.00% and score it.
    let draft = with(Draft::new(), &[("staff.quota.admin", "20"), ("staff.actual.admin", "9位"), ("staff.actual.institution", "11")]);
    let evaluation = evaluate(&draft);
    assert_eq!((evaluation.totals.quota, evaluation.totals.staff), (Some(20), None));
    let staff = evaluation.indicator(crate::core::calc::indicators::IndicatorId::StaffControl).unwrap();
    assert!(!matches!(staff.value, crate::core::calc::indicators::Value::Rate(_)), "{}", staff.text);
    assert!(codes(&draft).contains(&"invalid_input"));
    let counted = with(draft, &[("staff.actual.admin", "9名")]);
    assert_eq!(evaluate(&counted).totals.staff, Some(20), "名 is a counter like 人");
}

#[test]
fn a_blank_main_part_beside_a_typed_one_is_said() {
    let draft = with(examples::taojiang_2024(), &[("spend.personnel", "")]);
    let finding = evaluate(&draft).findings.into_iter().find(|f| f.code == FindingCode::MissingInput && f.fields == ["spend.personnel"]).unwrap();
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(finding.message, "人员经费未填写，基本支出暂按0计");
    let budget = with(examples::taojiang_2024(), &[("budget.initial", "")]);
    assert!(evaluate(&budget).findings.iter().any(|f| f.code == FindingCode::MissingInput && f.fields == ["budget.initial"]));
    assert!(!evaluate(&Draft::new()).findings.iter().any(|f| f.fields == ["spend.personnel"] && f.severity == Severity::Warning), "an empty draft is not nagged");
}

#[test]
fn both_main_parts_blank_beside_other_basic_spending_are_said() {
    let draft = with(Draft::new(), &[("spend.basic_other", "12")]);
    let blank: Vec<_> = evaluate(&draft).findings.into_iter().filter(|f| f.code == FindingCode::MissingInput).flat_map(|f| f.fields).collect();
    assert!(blank.contains(&"spend.personnel".to_string()) && blank.contains(&"spend.public".to_string()), "{blank:?}");
}

#[test]
fn a_project_with_a_budget_and_no_actual_is_said() {
    let draft = with(examples::taojiang_2024(), &[("spend.projects.1.actual", "")]);
    let found = evaluate(&draft).findings.into_iter().find(|f| f.fields == ["spend.projects.1.actual"]).unwrap();
    assert_eq!((found.code, found.severity), (FindingCode::MissingInput, Severity::Warning));
    assert_eq!(found.message, "项目“2024年春节送温暖资金”实际支出未填写，暂按0计；未支出请填0");
    let zero = with(draft, &[("spend.projects.1.actual", "0")]);
    assert!(!evaluate(&zero).findings.iter().any(|f| f.fields == ["spend.projects.1.actual"]), "a typed 0 is an answer");
    let unreadable = with(examples::taojiang_2024(), &[("spend.projects.1.actual", "约30")]);
    let said: Vec<_> = evaluate(&unreadable).findings.into_iter().filter(|f| f.fields == ["spend.projects.1.actual"]).map(|f| f.code).collect();
    assert_eq!(said, [FindingCode::InvalidInput], "the unreadable figure is said once, as unreadable");
}

#[test]
fn stated_total_must_be_the_spending_not_the_income() {
    let income = with(
        examples::taojiang_2024(),
        &[("income.total", "253.79"), ("spend.stated_total", "253.79")],
    );
    assert!(find(&income, FindingCode::ExecutionUsesIncome).unwrap().message.contains("等于本年收入合计"));
    let typo = with(examples::taojiang_2024(), &[("spend.stated_total", "252.56")]);
    assert!(find(&typo, FindingCode::SumMismatch).unwrap().message.contains("相差-0.09万元"));
    let right = with(examples::taojiang_2024(), &[("spend.stated_total", "252.65")]);
    assert_eq!(find(&right, FindingCode::SumMismatch), None);
}

#[test]
fn sangong_parts_must_add_up() {
    let draft = with(
        Draft::new(),
        &[("sangong.budget", "10"), ("sangong.reception.budget", "4"), ("sangong.car_running.budget", "5")],
    );
    assert!(find(&draft, FindingCode::SumMismatch).unwrap().message.contains("分项之和9.00万元与合计10.00万元不符"));
    let fixed = with(draft, &[("sangong.abroad.budget", "1")]);
    assert_eq!(find(&fixed, FindingCode::SumMismatch), None);
}

#[test]
fn disclosure_later_than_twenty_days() {
    let draft = with(
        Draft::new(),
        &[("disclosure.final_approved", "2024-10-01"), ("disclosure.final_published", "2024-10-22")],
    );
    assert!(find(&draft, FindingCode::DisclosureLate).unwrap().message.contains("21日"));
    let on_time = with(draft, &[("disclosure.final_published", "2024-10-21")]);
    assert_eq!(find(&on_time, FindingCode::DisclosureLate), None);
}

#[test]
fn errors_come_first() {
    let severities: Vec<_> = evaluate(&Draft::new()).findings.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
}

#[test]
fn public_expense_parts_cannot_exceed_it() {
    let draft = with(examples::taojiang_2024(), &[("public.office", "8"), ("public.utilities_travel", "4")]);
    assert!(find(&draft, FindingCode::SumMismatch).unwrap().message.contains("之和12.00万元超过公用经费11.60万元"));
    let fine = with(draft, &[("public.utilities_travel", "3.6")]);
    assert_eq!(find(&fine, FindingCode::SumMismatch), None);
}

#[test]
fn building_over_approval_is_over_limit() {
    let draft = with(Draft::new(), &[("buildings.approved_scale", "100"), ("buildings.actual_scale", "120")]);
    assert!(find(&draft, FindingCode::OverLimit).unwrap().message.contains("楼堂馆所超批复规模"));
}

#[test]
fn a_project_spending_more_than_its_budget_is_named() {
    let draft = with(examples::taojiang_2024(), &[("spend.projects.1.actual", "31.5")]);
    let findings = evaluate(&draft).findings;
    let found = findings.iter().find(|f| f.code == FindingCode::OverLimit && f.message.starts_with("项目")).unwrap();
    assert_eq!(found.message, "项目“2024年春节送温暖资金”实际支出31.50万元，超过预算数30.00万元（超支1.50万元），请核对或说明");
    assert_eq!(found.fields, ["spend.projects.1.actual"]);
    assert_eq!(find(&examples::taojiang_2024(), FindingCode::OverLimit), None);
}

#[test]
fn a_blank_closing_balance_is_not_entered_and_said_once() {
    let findings = evaluate(&examples::taojiang_2024()).findings;
    let balance = findings.iter().find(|f| f.code == FindingCode::FundsUnbalanced).unwrap();
    assert_eq!(balance.message, "年末结转结余未填写：全年预算数253.79万元－支出合计252.65万元＝1.14万元。如有结转结余，请填入；否则有1.14万元资金去向不明");
    let closing: Vec<_> = findings.iter().filter(|f| f.fields.contains(&"spend.closing_balance".to_string())).collect();
    assert_eq!(closing.len(), 1, "{closing:?}");
    let entered = with(examples::taojiang_2024(), &[("spend.closing_balance", "0")]);
    assert!(find(&entered, FindingCode::FundsUnbalanced).unwrap().message.contains("年末结转结余0.00万元＝1.14万元"));
}

#[test]
fn findings_go_to_json_and_back() {
    let findings = evaluate(&examples::taojiang_2024()).findings;
    assert_eq!(findings_from_json(&findings_to_json(&findings)), Some(findings));
    assert_eq!(findings_from_json(r#"[["no_such_code","error","x"]]"#), None);
    assert_eq!(findings_from_json("[]"), Some(Vec::new()));
    for code in FindingCode::ALL {
        assert_eq!(FindingCode::from_id(code.id()), Some(*code));
    }
}

#[test]
fn a_negative_budget_gives_no_rate() {
    let draft = with(examples::taojiang_2024(), &[("budget.reductions", "500")]);
    let evaluation = evaluate(&draft);
    let execution = evaluation.indicator(crate::core::calc::indicators::IndicatorId::BudgetExecution).unwrap();
    assert_eq!(execution.text, "不适用");
    assert!(execution.sentence.contains("分母为负数"), "{}", execution.sentence);
    assert!(codes(&draft).contains(&"reductions_exceed_available"));
}

/// A 年中调减 typed but unusable (negative, or unreadable) is not taken for none in the 预算调整率.
#[test]
fn a_reduction_typed_wrong_is_not_counted_as_none_in_the_adjustment_rate() {
    for typed in ["-30", "3O"] {
        let draft = with(examples::taojiang_2024(), &[("budget.reductions", typed)]);
        let evaluation = evaluate(&draft);
        let adjustment = evaluation.indicator(crate::core::calc::indicators::IndicatorId::BudgetAdjustment).unwrap();
        assert_eq!(adjustment.value.missing_fields(), ["budget.reductions"], "{typed}: {}", adjustment.sentence);
    }
    let blank = with(examples::taojiang_2024(), &[("budget.reductions", "")]);
    let adjustment = evaluate(&blank).indicator(crate::core::calc::indicators::IndicatorId::BudgetAdjustment).unwrap().clone();
    assert!(adjustment.value.missing_fields().is_empty(), "{}", adjustment.sentence);
}

/// “934500” typed for 公用经费 (934,500元 on the paper) beside a 全年预算数 in 万元: asked about first, by how many
/// times it is the year's budget; a budget part typed in 元 beside spending in 万元 likewise. Real figures are not.
#[test]
fn an_amount_hundreds_of_times_its_whole_is_asked_about_first() {
    let typed = with(examples::taojiang_2024(), &[("spend.public", "128000")]);
    let evaluation = evaluate(&typed);
    let asked = evaluation.findings.iter().find(|f| f.code == FindingCode::ImplausibleAmount).expect("asked");
    assert!(asked.message.starts_with("公用经费128000.00万元，是全年预算数"), "{}", asked.message);
    assert!(asked.message.ends_with("倍，是否按元填写？如是，请在数后加“元”"), "{}", asked.message);
    assert_eq!(asked.fields, ["spend.public"]);
    assert_eq!(evaluation.findings.first().map(|f| f.code), Some(FindingCode::ImplausibleAmount), "said before the balance it throws out");

    let budget_in_yuan = with(examples::taojiang_2024(), &[("budget.carryover", "2000000")]);
    assert!(evaluate(&budget_in_yuan).findings.iter().any(|f| f.code == FindingCode::ImplausibleAmount && f.fields == ["budget.carryover"]));
    assert!(evaluate(&examples::taojiang_2024()).findings.iter().all(|f| f.code != FindingCode::ImplausibleAmount));
}

/// No project marked 重点: a reminder (提示, never an error that would hold up printing) that says both
/// ways out — mark the key projects, or leave it where the unit has none — and leads to the first mark.
#[test]
fn unmarked_key_projects_are_a_reminder_that_says_what_to_do() {
    let draft = with(examples::taojiang_2024(), &[]);
    let finding = evaluate(&draft)
        .findings
        .into_iter()
        .find(|f| f.message.starts_with("重点支出安排率"))
        .expect("a reminder about the marks");
    assert_eq!(finding.severity, Severity::Info);
    assert_eq!(finding.fields, ["spend.projects.0.key"]);
    assert!(finding.message.contains("缺少重点项目标记"), "{}", finding.message);
    assert!(finding.message.contains("没有重点项目可不填"), "{}", finding.message);
    let marked = with(draft, &[("spend.projects.0.key", "true")]);
    assert!(!evaluate(&marked).findings.iter().any(|f| f.message.starts_with("重点支出安排率")));
}
