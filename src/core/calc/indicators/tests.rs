use super::*;
use crate::core::draft::Draft;
use crate::core::examples::{self, with};

fn indicators(draft: &Draft) -> Vec<Indicator> {
    let figures = Figures::read(draft);
    compute(&figures, &Totals::of(&figures))
}

fn get(draft: &Draft, id: IndicatorId) -> Indicator {
    indicators(draft).into_iter().find(|i| i.id == id).unwrap()
}

fn text(draft: &Draft, id: IndicatorId) -> String {
    get(draft, id).text
}

#[test]
fn every_indicator_is_computed_once_in_order() {
    let ids: Vec<_> = indicators(&Draft::new()).iter().map(|i| i.id).collect();
    assert_eq!(ids, IndicatorId::ALL.to_vec());
}

#[test]
fn seed_with_default_methods() {
    use IndicatorId::*;
    let seed = examples::taojiang_2024();
    assert_eq!(text(&seed, StaffControl), "100.00%");
    assert_eq!(text(&seed, PublicExpenseControl), "100.00%");
    assert_eq!(text(&seed, SangongChange), "不适用");
    assert_eq!(text(&seed, BudgetExecution), "99.55%");
    assert_eq!(text(&seed, BudgetControl), "40.94%");
    assert_eq!(text(&seed, BudgetControlAdjusted), "0.00%");
    assert_eq!(text(&seed, BudgetAdjustment), "0.00%");
    assert_eq!(text(&seed, KeySpendingRatio), "待填", "no project is marked 重点");
}

#[test]
fn seed_sentences_read_like_the_reports() {
    let seed = examples::taojiang_2024();
    assert_eq!(
        get(&seed, IndicatorId::PublicExpenseControl).sentence,
        "公用经费控制率100.00%=（实际支出公用经费总额11.60万元/预算安排公用经费总额11.60万元）×100%"
    );
    assert_eq!(get(&seed, IndicatorId::StaffControl).sentence, "在职人员控制率100.00%=（在职人员数18人/编制数18人）×100%");
    assert_eq!(
        get(&seed, IndicatorId::BudgetExecution).sentence,
        "预算执行率99.55%=（支出合计252.65万元/全年预算数253.79万元）×100%"
    );
    assert_eq!(
        get(&seed, IndicatorId::SangongChange).sentence,
        "“三公”经费变动率不适用：本年度与上年度均未安排“三公”经费。"
    );
    assert_eq!(
        get(&seed, IndicatorId::BudgetControlAdjusted).sentence,
        "预算控制率（剔除政策性追加）0.00%=〔（年中追加73.72万元－政策性追加73.72万元）/年初预算数180.07万元〕×100%"
    );
}

#[test]
fn seed_under_each_rounding_method() {
    use IndicatorId::*;
    let cases = [
        ("half_up_2", ["99.55%", "40.94%", "100.00%"]),
        ("half_up_1", ["99.6%", "40.9%", "100.0%"]),
        ("truncate_1", ["99.5%", "40.9%", "100.0%"]),
    ];
    for (rounding, [execution, control, staff]) in cases {
        let draft = with(examples::taojiang_2024(), &[("method.rounding", rounding)]);
        assert_eq!(text(&draft, BudgetExecution), execution, "{rounding}");
        assert_eq!(text(&draft, BudgetControl), control, "{rounding}");
        assert_eq!(text(&draft, StaffControl), staff, "{rounding}");
    }
}

#[test]
fn hunan_2018_example() {
    use IndicatorId::*;
    let hunan = examples::hunan_2018();
    assert_eq!(text(&hunan, StaffControl), "95.10%");
    assert_eq!(text(&hunan, SangongChange), "98.31%");
    assert_eq!(text(&hunan, BudgetExecution), "99.27%");
    assert_eq!(get(&hunan, BudgetExecution).name, "预算完成率");
    assert!(get(&hunan, BudgetExecution).sentence.starts_with(
        "预算完成率99.27%=〔（上年结转19.80万元＋年初预算1922.76万元＋年中追加767.86万元－年末结余19.80万元）/"
    ));
    assert_eq!(text(&hunan, BudgetControl), "39.94%");
    let one_decimal = with(hunan, &[("method.rounding", "truncate_1")]);
    assert_eq!(text(&one_decimal, StaffControl), "95.1%");
    assert_eq!(text(&one_decimal, SangongChange), "98.3%");
    assert_eq!(text(&one_decimal, BudgetExecution), "99.2%");
}

#[test]
fn each_execution_denominator_changes_the_rate() {
    let draft = with(
        examples::taojiang_2024(),
        &[("budget.carryover", "20"), ("budget.other_funds", "5"), ("spend.closing_balance", "6.14")],
    );
    // 支出 252.65; 全年预算 278.79 (含结转) / 258.79 (不含) ; 年初 180.07; 完成率 (20+180.07+73.72−6.14)/273.79.
    for (method, expected) in [
        ("annual_with_carryover", "90.62%"),
        ("annual", "97.63%"),
        ("initial", "140.31%"),
        ("hunan_completion", "97.76%"),
    ] {
        let draft = with(draft.clone(), &[("method.execution_denominator", method)]);
        assert_eq!(text(&draft, IndicatorId::BudgetExecution), expected, "{method}");
    }
}

#[test]
fn sangong_basis_compares_budgets_or_final_accounts() {
    let draft = with(
        Draft::new(),
        &[("sangong.budget", "10"), ("sangong.last_budget", "8"), ("sangong.actual", "9"), ("sangong.last_actual", "10")],
    );
    assert_eq!(text(&draft, IndicatorId::SangongChange), "25.00%");
    let actual = with(draft, &[("method.sangong_basis", "actual")]);
    assert_eq!(text(&actual, IndicatorId::SangongChange), "-10.00%");
    assert!(get(&actual, IndicatorId::SangongChange).sentence.contains("决算数"));
}

#[test]
fn staff_scope_changes_the_rate() {
    let draft = with(
        Draft::new(),
        &[("staff.quota.admin", "10"), ("staff.quota.worker", "2"), ("staff.actual.admin", "10"), ("staff.actual.worker", "3")],
    );
    assert_eq!(text(&draft, IndicatorId::StaffControl), "108.33%");
    let without = with(draft, &[("method.staff_scope", "without_worker")]);
    assert_eq!(text(&without, IndicatorId::StaffControl), "100.00%");
}

#[test]
fn zero_denominators_are_not_applicable_with_a_reason() {
    let new_sangong = with(Draft::new(), &[("sangong.budget", "3"), ("sangong.last_budget", "0")]);
    let indicator = get(&new_sangong, IndicatorId::SangongChange);
    assert_eq!(indicator.text, "不适用");
    assert_eq!(indicator.value, Value::NotApplicable(NotApplicable::ZeroDenominator(vec!["sangong.last_budget"])));
    assert!(indicator.sentence.contains("新增"));
}

#[test]
fn blank_figures_are_missing_never_zero() {
    let indicator = get(&Draft::new(), IndicatorId::PublicExpenseControl);
    assert_eq!(indicator.text, "待填", "to be filled, not a rate that does not apply");
    assert_eq!(indicator.value, Value::NotApplicable(NotApplicable::Missing(vec!["spend.public", "public.budget"])));
    assert_eq!(indicator.sentence, "公用经费控制率待填：缺少实际支出公用经费总额、预算安排公用经费总额。");
}

#[test]
fn key_spending_ratio_counts_marked_projects() {
    let mut draft = examples::taojiang_2024();
    assert_eq!(text(&draft, IndicatorId::KeySpendingRatio), "待填", "no project marked is a mark not yet made, not 0%");
    // What to do is said: mark them, or leave it where the unit has none.
    assert!(get(&draft, IndicatorId::KeySpendingRatio).sentence.contains("缺少重点项目标记（没有重点项目可不填）"));
    draft.set("spend.projects.1.key", "true").unwrap();
    assert_eq!(text(&draft, IndicatorId::KeySpendingRatio), "96.77%");
}

#[test]
fn disclosure_within_twenty_days() {
    let timely = with(
        Draft::new(),
        &[("disclosure.budget_approved", "2024-01-05"), ("disclosure.budget_published", "2024-01-25")],
    );
    assert_eq!(text(&timely, IndicatorId::DisclosureTimeliness), "及时");
    let late = with(timely, &[("disclosure.final_approved", "2024-10-01"), ("disclosure.final_published", "2024-11-12")]);
    let indicator = get(&late, IndicatorId::DisclosureTimeliness);
    assert_eq!(indicator.text, "不及时");
    assert!(indicator.sentence.contains("部门决算于2024年10月1日批复、2024年11月12日公开，间隔42日"), "{}", indicator.sentence);
    assert_eq!(text(&Draft::new(), IndicatorId::DisclosureTimeliness), "待填");
    assert!(indicator.sentence.ends_with("间隔42日，超过批复后20日的公开时限22日。"), "says which was late, by how much");
}

#[test]
fn a_date_written_without_its_year_is_shown_in_full_with_the_year_taken() {
    let draft = with(
        Draft::new(),
        &[("unit.year", "2025"), ("disclosure.budget_approved", "1月16日"), ("disclosure.budget_published", "2月3日")],
    );
    let indicator = get(&draft, IndicatorId::DisclosureTimeliness);
    assert_eq!(indicator.text, "及时");
    assert!(indicator.sentence.starts_with("部门预算于2025年1月16日批复、2025年2月3日公开，间隔18日，在批复后20日内公开"), "{}", indicator.sentence);
}

#[test]
fn a_missing_date_is_named_on_screen_and_left_blank_for_the_report() {
    let seed = get(&examples::taojiang_2024(), IndicatorId::DisclosureTimeliness);
    assert_eq!(seed.sentence, "预决算信息公开待填：缺少部门预算的批复日期、部门决算的批复日期和公开日期。");
    let fields = ["disclosure.budget_approved", "disclosure.final_approved", "disclosure.final_published"];
    assert_eq!(seed.value, Value::NotApplicable(NotApplicable::Missing(fields.to_vec())), "the fields to fill, not the one filled");
    assert_eq!(seed.blanks.as_deref(), Some("部门预算于【此处填写】批复、2024年1月25日公开；部门决算于【此处填写】批复、【此处填写】公开。"));
    let ratio = get(&with(examples::taojiang_2024(), &[("public.budget", "")]), IndicatorId::PublicExpenseControl);
    assert_eq!(ratio.sentence, "公用经费控制率待填：缺少预算安排公用经费总额。");
    assert_eq!(ratio.blanks.as_deref(), Some("公用经费控制率【此处填写】%=（实际支出公用经费总额11.60万元/预算安排公用经费总额【此处填写】万元）×100%"));
    assert_eq!(get(&examples::taojiang_2024(), IndicatorId::PublicExpenseControl).blanks, None);
}

#[test]
fn buildings_within_approval() {
    let draft = with(
        Draft::new(),
        &[
            ("buildings.approved_scale", "1200平方米"),
            ("buildings.actual_scale", "1260"),
            ("buildings.budget_investment", "300"),
            ("buildings.actual_investment", "285"),
        ],
    );
    assert_eq!(text(&draft, IndicatorId::BuildingScaleControl), "105.00%");
    assert_eq!(
        get(&draft, IndicatorId::BuildingScaleControl).sentence,
        "楼堂馆所规模控制率105.00%=（实际规模1260.00平方米/批复规模1200.00平方米）×100%"
    );
    assert_eq!(text(&draft, IndicatorId::BuildingInvestmentControl), "95.00%");
}
