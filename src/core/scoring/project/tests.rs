use proptest::prelude::*;

use super::*;
use crate::core::draft::project::{IndicatorColumn as C, ProjectColumn as P};
use crate::core::evaluation::evaluate;

fn d(text: &str) -> Decimal {
    Decimal::from_str_exact(text).unwrap()
}

/// A draft with one project: its cells and its indicator rows (一级, 二级, 三级, 指标值, 完成值, 分值, 得分).
fn draft_with(cells: &[(P, &str)], rows: &[[&str; 7]]) -> Draft {
    let mut draft = Draft::new();
    let project = draft.add_project();
    for (column, text) in cells {
        draft.set_project_cell(project, *column, text);
    }
    for row in rows {
        let columns = [C::Level1, C::Level2, C::Name, C::Target, C::Actual, C::Points, C::Score];
        let cells: Vec<(C, &str)> = columns.into_iter().zip(row.iter().copied()).collect();
        draft.add_indicator(project, &cells);
    }
    draft
}

/// The project findings' codes, sorted; the split of points has tests of its own.
fn codes(draft: &Draft) -> Vec<&'static str> {
    let project = |c: &&str| c.starts_with("project_") && *c != "project_weights";
    let mut codes: Vec<&str> = evaluate(draft).findings.iter().map(|f| f.code.id()).filter(project).collect();
    codes.sort_unstable();
    codes
}

/// 天长市水利局 2022, 水旱灾害防御经费 (SPEC §12), as filed.
fn tianchang() -> Draft {
    draft_with(
        &[(P::Name, "水旱灾害防御经费"), (P::Initial, "880"), (P::Budget, "880"), (P::Actual, "880")],
        &[
            ["产出指标", "数量指标", "完成中型灌区节水改造项目数量", "1", "1", "10", ""],
            ["产出指标", "数量指标", "完成农业综合水价改革项目", "1", "1", "10", ""],
            ["产出指标", "质量指标", "工程质量合格", "", "", "10", "10"],
            ["产出指标", "时效指标", "年度资金支付完成率100%", "", "", "10", "10"],
            ["产出指标", "成本指标", "资金执行在预算范围内", "", "", "10", "10"],
            ["效益指标", "经济效益指标", "全市安全度汛", "", "", "10", "10"],
            ["效益指标", "社会效益指标", "保护全市人口财产不受损失", "", "", "10", "10"],
            ["效益指标", "生态效益指标", "生态效益", "/", "/", "", ""],
            ["效益指标", "可持续影响指标", "已建工程良性运行", "", "", "10", "10"],
            ["满意度指标", "服务对象满意度指标", "服务对象满意度", "90%", "100%", "10", ""],
        ],
    )
}

#[test]
fn tianchang_scores_as_filed_and_flags_the_rows_without_values() {
    let draft = tianchang();
    let evaluation = evaluate(&draft);
    let project = &evaluation.projects[0];
    assert_eq!(project.execution.score, Some(d("10")));
    assert_eq!(project.execution.rate, Some(Decimal::ONE));
    assert_eq!(project.total_text(), "100.00");
    assert_eq!(project.grade, Grade::Excellent);
    let ecology = project.rows.iter().find(|r| r.name == "生态效益").unwrap();
    assert_eq!(ecology.attainment, Attainment::NotApplicable);
    let quality = project.rows.iter().find(|r| r.name == "工程质量合格").unwrap();
    assert_eq!((quality.computed, quality.filed, quality.attainment), (None, Some(d("10")), Attainment::Pending));
    assert_eq!(quality.note, "未填写年度指标值和实际完成值");
    let found = codes(&draft);
    assert_eq!(found.iter().filter(|c| **c == "project_unquantified").count(), 6, "{found:?}");
    assert!(found.contains(&"project_level_mismatch"), "全市安全度汛 under 经济效益: {found:?}");
    assert!(!found.contains(&"project_weights"), "{found:?}");
    let mismatch = evaluation.findings.iter().find(|f| f.code.id() == "project_level_mismatch").unwrap();
    assert!(mismatch.message.starts_with("项目“水旱灾害防御经费”绩效指标第6行“全市安全度汛”："), "{}", mismatch.message);
    assert_eq!(mismatch.fields, ["spend.projects.0.indicators.5.level2"]);
}

/// 黄冈 渔业成品油价格改革补贴 2020 (SPEC §12): Hubei's 20 / 40 / 40 split.
fn huanggang() -> Draft {
    let mut draft = draft_with(
        &[(P::Name, "渔业成品油价格改革补贴"), (P::Budget, "1.56"), (P::Actual, "1.56")],
        &[
            ["产出指标", "数量指标", "补贴渔船数", "6", "6", "20", ""],
            ["产出指标", "质量指标", "渔船补贴发放率", "100%", "100%", "10", ""],
            ["产出指标", "时效指标", "12月底之前完成", "100%", "100%", "10", ""],
            ["满意度指标", "服务对象满意度指标", "退捕渔民抽样调查满意度", "90%", "≥90%", "40", "40"],
        ],
    );
    draft.set("project_eval.execution_points", "20").unwrap();
    draft
}

#[test]
fn huanggang_totals_100_under_its_own_split_and_its_satisfaction_was_not_measured() {
    let draft = huanggang();
    let project = &evaluate(&draft).projects[0];
    assert_eq!(project.execution.score, Some(d("20")));
    assert_eq!(project.total_text(), "100.00");
    assert_eq!(codes(&draft), ["project_not_measured"]);
    let weights = evaluate(&draft).findings.into_iter().find(|f| f.code.id() == "project_weights").unwrap();
    assert_eq!(weights.severity, crate::core::calc::findings::Severity::Warning);
    assert!(weights.message.contains("预算执行率20分、产出指标40分、效益指标0分、满意度指标40分"), "{}", weights.message);
}

#[test]
fn a_timeliness_row_with_a_deadline_is_measured_by_its_dates() {
    let draft = draft_with(
        &[(P::Budget, "10"), (P::Actual, "10")],
        &[
            ["产出指标", "时效指标", "设备采购完成时间", "9月30日前", "2024年9月12日", "10", ""],
            ["产出指标", "时效指标", "资金拨付时间", "2024年6月底前", "2024年8月5日", "10", ""],
        ],
    );
    let project = &evaluate(&draft).projects[0];
    assert_eq!(project.rows[0].computed, Some(d("10.00")), "on time: full");
    assert_eq!(project.rows[1].computed, Some(d("3.00")), "late: 未达成, by the tiers' default");
    assert_eq!(project.rows[1].note, "晚于指标值的时间，未达成（0%～60%），得3.00分");
    assert!(!codes(&draft).contains(&"project_unquantified"), "a deadline is measurable: {:?}", codes(&draft));

    // A deadline without its year is in the year evaluated: done the next March is late.
    let mut next_year = draft_with(&[(P::Budget, "10"), (P::Actual, "10")], &[["产出指标", "时效指标", "验收完成时间", "12月底前", "2025年3月", "10", ""]]);
    next_year.set("unit.year", "2024").unwrap();
    assert_eq!(evaluate(&next_year).projects[0].rows[0].computed, Some(d("3.00")));
}

#[test]
fn a_missed_target_scores_in_proportion_and_says_so() {
    let draft = draft_with(
        &[(P::Budget, "10"), (P::Actual, "10")],
        &[["产出指标", "数量指标", "培训人次", "43.2", "37.24", "10", ""], ["效益指标", "社会效益指标", "覆盖率", "≥95%", "95%", "80", ""]],
    );
    let row = &evaluate(&draft).projects[0].rows[0];
    assert_eq!(row.computed, Some(d("8.62")));
    assert_eq!(row.note, "完成值37.24低于指标值43.2，按比例得8.62分");
    assert_eq!(codes(&draft), ["project_deviation_reason"]);
}

#[test]
fn points_adding_up_to_110_are_an_error() {
    let draft = draft_with(
        &[(P::Name, "职工书屋"), (P::Budget, "10"), (P::Actual, "10")],
        &[["产出指标", "数量指标", "新建书屋", "≥3个", "3个", "60", ""], ["效益指标", "社会效益指标", "借阅人次", "≥500人次", "800人次", "40", ""]],
    );
    let weights: Vec<_> = evaluate(&draft).findings.into_iter().filter(|f| f.code.id() == "project_weights").collect();
    assert_eq!(weights.len(), 1);
    assert_eq!(weights[0].message, "项目“职工书屋”的分值合计为110分（含预算执行率10分），应为100分");
    assert_eq!(weights[0].severity, crate::core::calc::findings::Severity::Error);
}

#[test]
fn execution_is_capped_at_its_points_and_may_be_rounded_to_whole_points() {
    let mut draft = draft_with(&[(P::Budget, "100"), (P::Actual, "86.2")], &[["产出指标", "数量指标", "x", "1", "1", "90", ""]]);
    assert_eq!(evaluate(&draft).projects[0].execution.score, Some(d("8.62")));
    draft.set("project_eval.execution_rounding", "whole").unwrap();
    assert_eq!(evaluate(&draft).projects[0].execution.score, Some(d("9")), "some counties print 9 for 8.62");
    draft.set("spend.projects.0.actual", "120").unwrap();
    assert_eq!(evaluate(&draft).projects[0].execution.score, Some(d("10")), "never above its points");
    draft.set("spend.projects.0.budget", "0").unwrap();
    let execution = evaluate(&draft).projects[0].execution.clone();
    assert_eq!((execution.score, execution.note.as_str()), (None, "全年预算数为0，预算执行率不适用"));
    assert_eq!(execution.score_text(), "不适用", "shown and printed as such, not 待评");
    draft.set("spend.projects.0.budget", "").unwrap();
    assert_eq!(evaluate(&draft).projects[0].execution.score_text(), "待评");
}

#[test]
fn rows_that_do_not_apply_are_left_out_and_the_rest_keep_the_part_total() {
    let draft = draft_with(
        &[(P::Budget, "10"), (P::Actual, "10")],
        &[
            ["产出指标", "数量指标", "甲", "≥2个", "2个", "30", ""],
            ["产出指标", "质量指标", "乙", "/", "/", "30", ""],
            ["效益指标", "社会效益指标", "丙", "效果明显", "效果明显", "30", ""],
        ],
    );
    let project = &evaluate(&draft).projects[0];
    assert!(project.rescaled);
    assert_eq!(project.rows[0].effective_points, Some(d("45")));
    assert_eq!(project.rows[2].score(), Some(d("45")));
    assert_eq!(project.total_text(), "100.00");
}

#[test]
fn rescaled_points_add_up_to_the_part_total_to_the_cent() {
    // 15/15/10/10/10/10/10 of 90 with one 10 left out: 16.875 and 11.25 would print 16.88 + 16.88 + 11.25 × 5
    // = 90.01, and a project that meets every target would score 100.01.
    let met = |name: &'static str, points: &'static str| ["产出指标", "数量指标", name, "≥1个", "1个", points, ""];
    let draft = draft_with(
        &[(P::Budget, "50"), (P::Actual, "50")],
        &[
            met("甲", "15"), met("乙", "15"), met("丙", "10"), met("丁", "10"),
            ["效益指标", "经济效益指标", "带动相关产业", "/", "/", "10", ""],
            met("戊", "10"), met("己", "10"), met("庚", "10"),
        ],
    );
    let project = &evaluate(&draft).projects[0];
    let points: Vec<String> = project.rows.iter().map(|r| r.effective_points.map(two).unwrap_or_default()).collect();
    assert_eq!(points, ["16.88", "16.87", "11.25", "11.25", "", "11.25", "11.25", "11.25"]);
    assert_eq!(project.total_text(), "100.00");
}

#[test]
fn a_rate_per_hundred_thousand_is_measured() {
    let draft = draft_with(
        &[(P::Budget, "50"), (P::Actual, "50")],
        &[
            ["效益指标", "社会效益指标", "孕产妇死亡率", "≤10/10万", "8/10万", "50", ""],
            ["效益指标", "社会效益指标", "传染病报告发病率", "≤300/10万", "330/10万", "40", ""],
        ],
    );
    let project = &evaluate(&draft).projects[0];
    assert_eq!(project.rows[0].score(), Some(d("50")), "{}", project.rows[0].note);
    assert_eq!(project.rows[1].score(), Some(d("36.36")), "{}", project.rows[1].note);
}

#[test]
fn filed_scores_are_kept_and_checked() {
    let draft = draft_with(
        &[(P::Budget, "10"), (P::Actual, "10")],
        &[
            ["产出指标", "数量指标", "慰问户数", "≥100户", "80户", "30", "30"],
            ["产出指标", "质量指标", "发放准确率", "100%", "100%", "30", "25"],
            ["效益指标", "社会效益指标", "困难职工获得感", "明显提升", "基本实现", "20", "19"],
            ["满意度指标", "服务对象满意度指标", "受助职工满意度", "≥90%", "96%", "10", "12"],
        ],
    );
    let project = &evaluate(&draft).projects[0];
    assert_eq!(project.rows[0].score(), Some(d("30")), "kept as filed");
    assert_eq!(project.rows[0].computed, Some(d("24")));
    // 慰问户数 missed and 获得感 met only in part (基本实现), neither with a reason.
    assert_eq!(
        codes(&draft),
        ["project_deviation_reason", "project_deviation_reason", "project_met_not_full", "project_missed_full", "project_score_out_of_band", "project_score_out_of_band"]
    );
}

/// A road-maintenance project filled the way clerks write: per-unit costs in 万元/公里, dates as
/// spreadsheets export them, 零事故 against 0, one unit spelt two ways, 无 against a real target.
fn road_maintenance() -> Draft {
    draft_with(
        &[(P::Name, "乡村道路养护"), (P::Initial, "300"), (P::Budget, "300"), (P::Actual, "300")],
        &[
            ["产出指标", "数量指标", "养护里程", "≥30公里", "31.2km", "10", ""],
            ["产出指标", "数量指标", "新建错车道", "4处", "无", "10", ""],
            ["产出指标", "质量指标", "路面病害处置", "30日内", "25天", "10", ""],
            ["产出指标", "时效指标", "汛前整治完成时间", "2024.5.31前", "2024.5.20", "10", ""],
            ["产出指标", "成本指标", "每公里养护成本", "≤2.5万元/公里", "2.36万元/公里", "10", ""],
            ["效益指标", "社会效益指标", "道路安全事故", "零事故", "0起", "10", ""],
            ["效益指标", "社会效益指标", "养护资金管理", "不超过预算", "未超预算", "10", ""],
            ["效益指标", "经济效益指标", "降低群众出行费用", "有所降低", "有所降低", "10", ""],
            ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", "10", ""],
        ],
    )
}

#[test]
fn clerks_spellings_are_scored_as_meant() {
    let draft = road_maintenance();
    let project = &evaluate(&draft).projects[0];
    let score = |k: usize| project.rows[k].score_text();
    assert_eq!(score(0), "10.00", "km is 公里: {}", project.rows[0].note);
    assert_eq!(score(1), "0.00", "无 against 4处 is nothing done, not 不适用: {}", project.rows[1].note);
    assert!(!project.rescaled, "no points handed to the other rows");
    assert_eq!(score(2), "10.00", "日 is 天");
    assert_eq!(score(3), "10.00", "a dotted date on time");
    assert_eq!(score(4), "10.00", "万元/公里 is a unit");
    assert_eq!(score(5), "10.00", "零事故 against 0起");
    assert_eq!(score(6), "10.00", "未超预算 is good news");
    assert_eq!(project.total_text(), "90.00");
    // 新建错车道 missed without a reason; nothing else to say (降低…费用 is a benefit, not a misfiled cost).
    assert_eq!(codes(&draft), ["project_deviation_reason"]);
}

#[test]
fn a_real_target_is_not_dropped_for_a_dash_and_a_waiting_row_is_said() {
    let draft = draft_with(
        &[(P::Budget, "100"), (P::Actual, "100")],
        &[
            ["产出指标", "数量指标", "购置设备", "12台", "/", "45", ""],
            ["产出指标", "数量指标", "安装调试", "12台", "12台", "45", ""],
        ],
    );
    let project = &evaluate(&draft).projects[0];
    assert_eq!(project.rows[0].score_text(), "待评");
    assert!(!project.rescaled);
    assert_eq!(project.total_text(), "55.00");
    assert_eq!(codes(&draft), ["project_not_measured"]);
}

#[test]
fn a_target_of_none_is_a_ceiling_however_it_is_named() {
    let draft = draft_with(
        &[(P::Budget, "40"), (P::Actual, "40")],
        &[
            ["效益指标", "社会效益指标", "重大动物疫情发生次数", "0起", "0起", "10", ""],
            ["效益指标", "社会效益指标", "违规使用资金问题", "0个", "2个", "10", ""],
            ["效益指标", "生态效益指标", "露天焚烧火点", "零", "3个", "10", ""],
            ["效益指标", "社会效益指标", "农产品质量安全事件", "零起", "0起", "10", ""],
        ],
    );
    let project = &evaluate(&draft).projects[0];
    let scores: Vec<String> = project.rows.iter().map(|r| r.score_text()).collect();
    assert_eq!(scores, ["10.00", "0.00", "0.00", "10.00"], "{:?}", project.rows.iter().map(|r| &r.note).collect::<Vec<_>>());
    assert!(!codes(&draft).contains(&"project_not_measured"), "零 against a count is measured: {:?}", codes(&draft));
}

#[test]
fn farm_projects_usual_benefits_are_not_called_misfiled() {
    let rows = [
        ["效益指标", "生态效益指标", "秸秆综合利用率", "≥90%", "92%", "10", ""],
        ["效益指标", "生态效益指标", "化肥使用量减少", "≥3%", "3.5%", "10", ""],
        ["效益指标", "生态效益指标", "露天焚烧火点数", "≤2个", "1个", "10", ""],
        ["效益指标", "经济效益指标", "示范基地亩均增产", "≥50公斤", "56公斤", "10", ""],
    ];
    let draft = draft_with(&[(P::Budget, "40"), (P::Actual, "40")], &rows);
    assert!(!codes(&draft).contains(&"project_level_mismatch"), "{:?}", codes(&draft));
}

#[test]
fn a_deadline_in_a_year_before_the_one_evaluated_is_asked_about() {
    let rows = [
        ["产出指标", "时效指标", "监测报告报送时间", "２０２４年１１月底前", "2025年11月20日", "10", ""],
        ["产出指标", "时效指标", "培训完成时间", "2025年6月底前", "2025年5月30日", "10", ""],
        ["产出指标", "时效指标", "验收时间", "10月底前", "10月15日", "10", ""],
        ["效益指标", "可持续影响指标", "较2020年基线提高", "≥5%", "6%", "10", ""],
    ];
    let mut draft = draft_with(&[(P::Budget, "10"), (P::Actual, "10")], &rows);
    draft.set("unit.year", "2025").unwrap();
    let findings = evaluate(&draft).findings;
    let stale: Vec<_> = findings.iter().filter(|f| f.code.id() == "project_deadline_year").collect();
    assert_eq!(stale.len(), 1, "only last year's deadline: {stale:?}");
    assert_eq!(stale[0].fields, ["spend.projects.0.indicators.0.target"]);
    assert!(stale[0].message.contains("的时间在2024年，早于评价年度2025年"), "{}", stale[0].message);
    draft.set("unit.year", "").unwrap();
    assert!(!codes(&draft).contains(&"project_deadline_year"), "no year evaluated, nothing to compare");
}

#[test]
fn a_late_deadline_or_a_partial_result_asks_for_its_reason() {
    let draft = draft_with(
        &[(P::Budget, "100"), (P::Actual, "100")],
        &[
            ["产出指标", "时效指标", "主体完工", "2024-10-31前", "2024-11-05", "45", ""],
            ["效益指标", "社会效益指标", "群众出行条件", "显著改善", "有所改善", "45", ""],
        ],
    );
    let project = &evaluate(&draft).projects[0];
    assert_eq!(project.rows[0].score_text(), "13.50", "late: 未达成, {}", project.rows[0].note);
    assert_eq!(codes(&draft), ["project_deviation_reason", "project_deviation_reason"]);
}

#[test]
fn words_where_a_figure_was_set_are_asked_about() {
    let draft = draft_with(
        &[(P::Budget, "100"), (P::Actual, "100")],
        &[["产出指标", "质量指标", "设备使用年限", "≥8年", "达到", "90", ""]],
    );
    assert_eq!(evaluate(&draft).projects[0].rows[0].score_text(), "90.00");
    assert_eq!(codes(&draft), ["project_not_measured"]);
}

#[test]
fn chinese_numerals_beside_a_figure_are_that_figure() {
    let draft = draft_with(
        &[(P::Budget, "100"), (P::Actual, "100")],
        &[
            ["产出指标", "数量指标", "新建候车亭", "≥4座", "五座", "18", ""],
            ["产出指标", "数量指标", "巡查里程", "≥100公里", "一百二十公里", "18", ""],
            ["产出指标", "数量指标", "举办培训班", "6期", "两期", "18", ""],
            ["产出指标", "质量指标", "验收合格率", "100%", "百分之百", "18", ""],
            ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "十分满意", "18", ""],
        ],
    );
    let project = &evaluate(&draft).projects[0];
    let score = |k: usize| project.rows[k].score_text();
    assert_eq!(score(0), "18.00", "{}", project.rows[0].note);
    assert_eq!(score(1), "18.00", "{}", project.rows[1].note);
    assert_eq!(score(2), "6.00", "two of six, scored in proportion: {}", project.rows[2].note);
    assert_eq!(score(3), "18.00", "{}", project.rows[3].note);
    // 十分 is “very”, not ten: words where a figure was set are asked about, not read as 10.
    assert!(matches!(project.rows[4].actual, TargetValue::Words(_)));
    // Two of six 期 is a shortfall that asks for its reason, as in figures.
    assert_eq!(codes(&draft), ["project_deviation_reason", "project_not_measured"]);
}

#[test]
fn spending_without_a_budget_is_said_on_the_project_screen() {
    let draft = draft_with(&[(P::Budget, "0"), (P::Actual, "12.5")], &[["产出指标", "数量指标", "培训人次", "100人次", "120人次", "90", ""]]);
    let evaluation = evaluate(&draft);
    let findings = review::review_table(&evaluation.projects[0], "");
    assert!(findings.iter().any(|f| f.message.contains("全年预算数为0，却有执行数12.50万元")), "{findings:?}");
}

#[test]
fn funds_parts_must_add_up_and_a_cut_budget_is_named() {
    let draft = draft_with(
        &[
            (P::Initial, "50"),
            (P::Budget, "40"),
            (P::Actual, "40"),
            (P::AppropriationFullYear, "30"),
            (P::CarryoverFullYear, "5"),
        ],
        &[["产出指标", "数量指标", "x", "1", "1", "90", ""]],
    );
    assert_eq!(codes(&draft), ["project_budget_cut", "project_execution_reason", "project_funds_parts"]);
    let messages: Vec<String> = evaluate(&draft).findings.into_iter().map(|f| f.message).collect();
    assert!(messages.iter().any(|m| m.contains("全年预算数：其中各项合计35.00万元，与总数40.00万元不符（相差5.00万元）")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("按年初预算数计算，执行率为80.00%")), "{messages:?}");
}

#[test]
fn placeholders_money_as_output_and_units_that_do_not_compare() {
    let draft = draft_with(
        &[(P::Budget, "10"), (P::Actual, "10"), (P::FundsReason, "—")],
        &[
            ["产出指标", "数量指标", "指标1", "≥1个", "1个", "30", ""],
            ["产出指标", "数量指标", "补助资金", "≥30万元", "30万元", "30", ""],
            ["产出指标", "质量指标", "达标率", "≥95%", "3个", "30", ""],
        ],
    );
    assert_eq!(codes(&draft), ["project_money_as_output", "project_placeholder", "project_unit_mismatch"]);
}

#[test]
fn a_project_without_a_table_has_no_score_and_no_findings() {
    let mut draft = Draft::new();
    let project = draft.add_project();
    draft.set_project_cell(project, P::Name, "春节送温暖");
    assert!(evaluate(&draft).projects.is_empty());
    assert!(codes(&draft).is_empty());
}

#[test]
fn unreadable_cells_are_reported_beside_their_field() {
    let draft = draft_with(&[(P::Initial, "abc")], &[["产出指标", "数量指标", "x", "1", "1", "十分", ""]]);
    let fields: Vec<String> = evaluate(&draft).findings.into_iter().filter(|f| f.code.id() == "invalid_input").flat_map(|f| f.fields).collect();
    assert_eq!(fields, ["spend.projects.0.initial", "spend.projects.0.indicators.0.points"]);
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("/".to_string()),
        Just("无".to_string()),
        "(≥|≤|=|>|<)?[0-9]{1,4}(\\.[0-9]{1,2})?(%|个|万元|元|天)?",
        "(不低于|不超过|达到)?[0-9]{1,3}(%|个)?(以上|以内)?",
        "(效果明显|基本完成|未完成|合规|较好|\\PC{0,6})",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever is typed, every row's score stays within [0, its 分值] and the total within [0, 分值 sum].
    #[test]
    fn scores_stay_within_their_points(rows in prop::collection::vec((value(), value(), 0u32..40, prop::option::of(0u32..45)), 1..8), budget in 0u32..100, actual in 0u32..150) {
        let rows: Vec<[String; 7]> = rows
            .into_iter()
            .map(|(target, actual, points, score)| {
                ["产出指标".into(), "数量指标".into(), "指标".into(), target, actual, points.to_string(), score.map(|s| s.to_string()).unwrap_or_default()]
            })
            .collect();
        let refs: Vec<[&str; 7]> = rows.iter().map(|r| std::array::from_fn(|i| r[i].as_str())).collect();
        let draft = draft_with(&[(P::Budget, &budget.to_string()), (P::Actual, &actual.to_string())], &refs);
        let evaluation = evaluate(&draft);
        for project in &evaluation.projects {
            for row in &project.rows {
                if let (Some(score), Some(points)) = (row.computed, row.effective_points) {
                    prop_assert!(score >= Decimal::ZERO && score <= points, "{row:?}");
                }
            }
            let execution = project.execution.score.unwrap_or_default();
            prop_assert!(execution >= Decimal::ZERO && execution <= project.execution.points);
            prop_assert!(project.total >= Decimal::ZERO);
        }
    }
}

#[test]
fn spending_above_the_budget_is_said_under_the_table() {
    let draft = draft_with(&[(P::Initial, "100"), (P::Budget, "100"), (P::Actual, "110")], &[["产出指标", "数量指标", "甲", "≥1个", "1个", "90", ""]]);
    let project = &evaluate(&draft).projects[0];
    assert_eq!(project.execution.score, Some(d("10")), "the formula caps it at its points");
    let table = review::review_table(project, "");
    assert!(table.iter().any(|f| f.code.id() == "over_limit" && f.message.contains("执行率110.00%")), "{table:?}");
    let panel = evaluate(&draft).findings;
    assert_eq!(panel.iter().filter(|f| f.code.id() == "over_limit").count(), 1, "said once in the findings panel: {panel:?}");
}

#[test]
fn a_table_whose_rows_all_do_not_apply_is_not_reported() {
    let draft = draft_with(&[(P::Budget, "10"), (P::Actual, "10")], &[["产出指标", "数量指标", "甲", "/", "/", "45", ""], ["效益指标", "社会效益指标", "乙", "无", "无", "45", ""]]);
    let evaluation = evaluate(&draft);
    assert!(!evaluation.projects[0].is_reported());
    assert!(evaluation.findings.iter().any(|f| f.message.contains("的绩效指标均为不适用，报告和附件3暂不列入此项目")));
}

/// Projects without indicators are said once for all of them, under a code of their own (project_weights is
/// a table's points); the 项目自评 screen still says it under each such table.
#[test]
fn projects_not_evaluated_are_said_once() {
    let mut draft = Draft::new();
    for name in ["河道保洁", "路灯维护", "绿化养护"] {
        let row = draft.add_project();
        draft.set_project_cell(row, P::Name, name);
        draft.set_project_cell(row, P::Actual, "12");
        draft.set_project_cell(row, P::Initial, "12");
    }
    let said: Vec<_> = evaluate(&draft).findings.into_iter().filter(|f| f.code.id() == "project_not_evaluated").collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].message.starts_with("3个项目（项目“河道保洁”、项目“路灯维护”、项目“绿化养护”）尚未填写绩效指标"), "{}", said[0].message);
    assert!(evaluate(&draft).findings.iter().all(|f| f.code.id() != "project_weights"));
    let under_its_table = review::review_table(&evaluate(&draft).projects[1], "");
    assert!(under_its_table.iter().any(|f| f.message == "项目“路灯维护”尚未填写绩效指标，报告和附件3暂不列入此项目"), "{under_its_table:?}");
}
