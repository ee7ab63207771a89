//! The seed report pasted whole, other counties' wording, figures in 元, a table copied from 附件1, and
//! any text at all.

use proptest::prelude::*;

use super::*;
use crate::core::draft::fields::ProjectColumn;

const SEED: &str = include_str!("../../../tests/fixtures/taojiang-federation-of-trade-unions-2024.txt");

fn claims<'a>(audit: &'a Audit, id: &str) -> Vec<&'a Claim> {
    audit.claims.iter().filter(|c| c.id == id).collect()
}

fn verdicts(audit: &Audit, id: &str) -> Vec<(String, Verdict)> {
    claims(audit, id).iter().map(|c| (c.stated.clone(), c.verdict)).collect()
}

#[test]
fn the_seed_shows_its_four_known_mistakes() {
    let audit = audit(SEED);
    assert_eq!(verdicts(&audit, "public_expense_control"), vec![
        ("公用经费控制率100%".into(), Verdict::Ok),
        ("2024年公用经费控制率100%=（实际支出公用经费总额11.6万元/预算安排公用经费总额11.6万元）×100%".into(), Verdict::Ok),
    ]);
    let sangong = claims(&audit, "sangong_change");
    assert_eq!(sangong.len(), 1);
    assert_eq!(sangong[0].verdict, Verdict::Mismatch);
    assert!(sangong[0].detail.contains("0/0"), "{}", sangong[0].detail);

    let execution = claims(&audit, "budget_execution");
    assert_eq!(execution.len(), 2, "heading and body");
    assert_eq!((execution[0].stated.as_str(), execution[0].verdict), ("预算执行率100%", Verdict::Mismatch));
    assert!(execution[0].detail.contains("99.55%"), "{}", execution[0].detail);
    assert_eq!((execution[1].stated.as_str(), execution[1].verdict), ("预算执行率为99.5%", Verdict::Ok));
    assert!(execution[1].notes.iter().any(|n| n.contains("舍去") && n.contains("99.6%")), "{:?}", execution[1].notes);
    assert!(audit.remarks.iter().any(|r| r.contains("预算执行率前后写法不一") && r.contains("100%、99.5%")), "{:?}", audit.remarks);

    let control = claims(&audit, "budget_control");
    assert!(!control.is_empty() && control.iter().all(|c| c.verdict == Verdict::Mismatch));
    assert!(control[0].detail.contains("40.94%"), "{}", control[0].detail);
    assert!(control[0].notes.iter().any(|n| n.contains("政策性追加剔除")), "{:?}", control[0].notes);

    assert_eq!(verdicts(&audit, "staff_control"), vec![("2024年在职人员控制率100%=（在职人员数18人/编制数18）×100%".into(), Verdict::Ok)]);
    assert_eq!(verdicts(&audit, "basic"), vec![("2024年基本支出共计221.65万元".into(), Verdict::Ok)]);
    assert_eq!(verdicts(&audit, "projects"), vec![("2024年项目支出共计31万元".into(), Verdict::Ok)]);
    // One phrase, one verdict: the spending figure adds up, but 1.14万元 are unaccounted for.
    let balance = claims(&audit, "funds_balance");
    assert_eq!(balance.len(), 1);
    assert_eq!((balance[0].stated.as_str(), balance[0].verdict), ("2024年支出252.65万元", Verdict::Mismatch));
    assert!(balance[0].detail.contains("1.14"), "{}", balance[0].detail);
    assert!(balance[0].notes.iter().any(|n| n.contains("基本支出221.65万元+项目支出31万元，相符")), "{:?}", balance[0].notes);
    assert!(claims(&audit, "spend").is_empty());
    let mut marked: Vec<std::ops::Range<usize>> = audit.claims.iter().map(|c| c.span.clone()).collect();
    marked.dedup();
    assert_eq!(marked.len(), audit.claims.len(), "no phrase marked twice");
}

#[test]
fn claims_point_at_their_place_in_the_text() {
    let audit = audit(SEED);
    for claim in &audit.claims {
        let marked: String = SEED[claim.span.clone()].split_whitespace().collect();
        assert_eq!(marked, claim.stated, "{claim:?}");
    }
    let heading = &claims(&audit, "budget_execution")[0];
    assert!(SEED[..heading.span.start].ends_with("1．"), "the heading “1．预算执行率100%”");
}

#[test]
fn a_draft_from_the_seed_reproduces_its_figures() {
    let started = draft_from_text(SEED);
    let draft = &started.draft;
    for (id, value) in [
        ("unit.name", "桃江县总工会"),
        ("unit.year", "2024"),
        ("staff.quota.admin", "7"),
        ("staff.actual.admin", "7"),
        ("staff.quota.institution", "11"),
        ("staff.actual.institution", "11"),
        ("staff.retired", "13"),
        ("budget.carryover", "0"),
        ("budget.initial", "180.07"),
        ("budget.additions", "73.72"),
        ("spend.personnel", "209.95"),
        ("spend.public", "11.6"),
        ("spend.basic_other", "0.1"),
        ("public.budget", "11.6"),
        ("sangong.budget", "0"),
        ("sangong.last_budget", "0"),
    ] {
        assert_eq!(draft.get(id), value, "{id}");
    }
    let names: Vec<&str> = draft.projects().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["2024年驻村帮扶“第一书记”专项工作经费", "2024年春节送温暖资金"]);
    assert!(draft.get("narrative.problems").starts_with("人员编制问题。"));
    assert!(draft.get("narrative.causes").contains("（三）带头作用还不够明显。"));
    assert!(draft.get("narrative.improvements").starts_with("（一）坚定不移讲政治。"));
    assert!(draft.get("narrative.performance").starts_with("一是始终坚持正确的政治方向"));
    assert!(draft.get("unit.duties").starts_with("桃江县总工会是全县"));
    assert!(started.notes.iter().any(|n| n.starts_with("其中：政策性追加")), "{:?}", started.notes);
    assert!(started.notes.iter().any(|n| n.starts_with("单位名称")), "{:?}", started.notes);

    let evaluation = crate::core::evaluation::evaluate(draft);
    let text = |id| evaluation.indicator(id).map(|i| i.text.clone()).unwrap_or_default();
    use crate::core::calc::indicators::IndicatorId::*;
    assert_eq!(text(BudgetExecution), "99.55%");
    assert_eq!(text(BudgetControl), "40.94%");
    assert_eq!(text(StaffControl), "100.00%");
    assert_eq!(text(PublicExpenseControl), "100.00%");
}

#[test]
fn another_countys_wording_in_yuan_with_pdf_line_breaks() {
    let text = "某某县农业农村局2023年度部门整体支出绩效自评报告\n\
        （二）预算执行情况\n2023年度全年预算数为12,345,600元，其中上年结转1,000,000元，年初\n预算9,000,000元，追加预算\n2,345,600元。\
        全年支出合计12,000,000元，年末结转结余345,600元。\n— 2 —\n预算执行率为97.2%(支出合计/全年预算数*100%)。\
        预算完成率达97.20%。在职人员控制率为95%，编制数20个，在职人数19人。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("2023年度全年预算数为12,345,600元".into(), Verdict::Ok)]);
    assert_eq!(verdicts(&audit, "budget_execution").iter().map(|(_, v)| *v).collect::<Vec<_>>(), vec![Verdict::Ok, Verdict::Ok]);
    let balance = claims(&audit, "funds_balance");
    assert_eq!(balance[0].verdict, Verdict::Ok, "{}", balance[0].detail);
    // 编制 and 在职 given only as totals are figures all the same: 19/20.
    assert_eq!(verdicts(&audit, "staff_control")[0].1, Verdict::Ok);
}

#[test]
fn a_table_copied_from_attachment_1_as_tab_separated_text() {
    let text = "项目\t金额（万元）\n年初预算\t180.07\n年中追加\t73.72\n上年结转\t0\n人员经费\t209.95\n公用经费\t11.6\n\
        基本支出\t221.65\n公用经费预算\t11.6\n公用经费控制率\t100%\n预算执行率\t98%\n";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "public_expense_control")[0].1, Verdict::Ok);
    assert_eq!(verdicts(&audit, "basic")[0].1, Verdict::Unverifiable, "其他基本支出 is not in the table");

}

#[test]
fn a_whole_hundred_percent_for_99_55_is_wrong_but_99_6_is_right() {
    let base = "上年结转0万元，年初预算180.07万元，年中追加73.72万元。人员经费209.95万元，公用经费11.6万元，代管资金0.1万元。项目支出31万元，为A项目31万元。";
    for (rate, verdict) in [("100%", Verdict::Mismatch), ("99.6%", Verdict::Ok), ("99.55%", Verdict::Ok), ("99.5%", Verdict::Ok), ("99.4%", Verdict::Mismatch), ("99.54%", Verdict::Mismatch)] {
        let audit = audit(&format!("{base}预算执行率为{rate}。"));
        assert_eq!(verdicts(&audit, "budget_execution")[0].1, verdict, "{rate}");
    }
}

/// The sentences issue 20 quotes, each as a reviewer pasted it.
#[test]
fn the_sentences_a_reviewer_could_not_check_before() {
    let one = |text: &str, id: &str| {
        let audit = audit(text);
        let found = claims(&audit, id);
        assert_eq!(found.len(), 1, "{text}: {:?}", audit.claims);
        found[0].clone()
    };
    let staff = one("核定编制20名，实有在职21人。在职人员控制率为105%。", "staff_control");
    assert_eq!(staff.verdict, Verdict::Ok, "{}", staff.detail);
    let execution = one("预算执行率＝1928.7÷1946.86×100%＝99.07%", "budget_execution");
    assert_eq!((execution.verdict, execution.stated.as_str()), (Verdict::Ok, "预算执行率＝1928.7÷1946.86×100%＝99.07%"));
    let public = one("公用经费控制率＝公用经费实际支出÷公用经费预算×100%＝35.6÷40×100%＝89%。", "public_expense_control");
    assert_eq!(public.verdict, Verdict::Ok, "{}", public.detail);
    let wrong = one("公用经费控制率＝公用经费实际支出÷公用经费预算×100%＝35.6÷40×100%＝98%。", "public_expense_control");
    assert_eq!(wrong.verdict, Verdict::Mismatch, "{}", wrong.detail);
    let lacking = one("公用经费支出35.6万元。公用经费控制率为89%。", "public_expense_control");
    assert_eq!(lacking.verdict, Verdict::Unverifiable);
    assert!(lacking.detail.starts_with("缺少预算安排公用经费"), "{}", lacking.detail);
    assert!(!lacking.detail.contains("public.budget") && !lacking.detail.contains("public_expense"), "{}", lacking.detail);
    // Parts in the next sentence, one in 元; a “三公” sentence broken by a line and a page number.
    let text = "本年支出356.20万元。其中：基本支出3,082,000元；项目支出48万元。
2023年“三公”经费预算6万元，上年“三公”经费预算
— 2 —
8万元，“三公”经费变动
率为-25%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "spend"), vec![("本年支出356.20万元".into(), Verdict::Ok)]);
    assert_eq!(verdicts(&audit, "sangong_change"), vec![("“三公”经费变动率为-25%".into(), Verdict::Ok)]);
}

/// A figure the text states is used as stated; a “三公” figure is never part of spending.
#[test]
fn stated_totals_are_used_as_stated() {
    let stated = audit("全年预算数1000万元，年初预算800万元。支出合计950万元，年末结转结余50万元。预算执行率为95%。");
    assert_eq!(verdicts(&stated, "budget_execution")[0].1, Verdict::Ok);
    let some = audit("基本支出500万元，项目支出合计300万元，主要为A项目100万元等。全年预算数850万元，年末结转结余50万元。预算执行率为94.12%。");
    assert_eq!(verdicts(&some, "budget_execution")[0].1, Verdict::Ok, "{:?}", some.claims);
    assert!(claims(&some, "projects").is_empty(), "a list of some projects (主要为…等) is no claim");
    let memo = audit("支出合计100万元，其中基本支出80万元、项目支出20万元、“三公”经费支出3万元。");
    assert_eq!(verdicts(&memo, "spend")[0].1, Verdict::Ok, "{:?}", memo.claims);
}

/// “达到90%以上” is a bound, not a value: it holds for 95.05%.
#[test]
fn a_rate_stated_as_a_bound_is_judged_as_one() {
    let base = "全年预算1000万元，支出合计950.5万元，年末结转结余49.5万元。";
    for (said, verdict) in [
        ("预算执行率达到90%以上", Verdict::Ok),
        ("预算执行率不低于96%", Verdict::Mismatch),
        ("预算执行率控制在100%以内", Verdict::Ok),
        ("预算执行率约95%", Verdict::Ok),
        ("预算执行率为90%", Verdict::Mismatch),
    ] {
        let audit = audit(&format!("{base}{said}。"));
        assert_eq!(verdicts(&audit, "budget_execution")[0].1, verdict, "{said}: {:?}", audit.claims);
    }
    let twice = audit(&format!("{base}预算执行率为95.05%，达到90%以上。预算执行率达到90%以上。"));
    assert!(twice.remarks.is_empty(), "a bound and a value are not two values: {:?}", twice.remarks);
}

/// “若不含…，执行率可达…以上”: a bound on a basis the report only supposes states nothing its own figures check.
#[test]
fn a_bound_on_a_supposed_basis_is_no_claim() {
    let audit = audit("全年预算800万元，支出合计704万元，年末结转结余96万元，预算执行率88.00%。若不含质保金等跨年支付，执行率指标即预算执行率在97%以上。");
    assert_eq!(verdicts(&audit, "budget_execution"), vec![("预算执行率88.00%".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
}

/// “编制人数/实有人数:25/23”: figures joined by “/” go one to each label joined by “/”, in order.
#[test]
fn figures_paired_with_labels_by_slashes_go_one_to_each() {
    let staff = "2024年度。本站核定编制25名，其中行政编制15名、事业编制10名。年末实有人员23人，其中行政14人、事业9人。";
    // Alone on its line, or after a line of figures the text runs into.
    for summary in ["\n基本情况\n编制人数/实有人数:25/23\n", "\n概况\n　　结余资金：12.00万元\n　　编制人数／实有人数：25／23\n"] {
        let audit = audit(&format!("{staff}{summary}"));
        assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
        assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);
    }
}

/// “在岗6人，比核定编制少…”, “超出预算…”: a figure after a comparison with a label is a difference, not the label's figure.
#[test]
fn a_shortfall_from_a_label_is_not_its_figure() {
    let audit = audit("2023年度。本所编制18名，其中行政编制11名、事业编制7名。存在问题：下属工作站在岗4人，不足编制3人。");
    assert_eq!(verdicts(&audit, "quota"), vec![("编制18名".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
}

/// “公用经费84.20万元（去年91.60万元，…）”: last year's figure in brackets beside a total is no part of it.
#[test]
fn last_years_figure_in_brackets_is_no_part() {
    let audit = audit("2024年度。全年支出600.00万元，其中基本支出420.00万元，项目支出180.00万元。公用经费84.20万元（去年91.60万元，同比下降8.08%）。");
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
}

/// “核减公用经费预算5.00万元”: a cut of a kind's budget is the cut, not that budget — the budget stated
/// elsewhere stays the only one.
#[test]
fn a_cut_of_a_kinds_budget_is_not_that_budget() {
    let audit = audit("2022年度。年初预算620.00万元，年中追加30.00万元，核减公用经费预算5.00万元，全年预算645.00万元。全年公用经费预算70.00万元，实际支出63.00万元，公用经费控制率为90.00%。");
    assert_eq!(verdicts(&audit, "public_expense_control"), vec![("公用经费控制率为90.00%".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("全年预算645.00万元".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
}

/// “对年初预算200万元以上的项目开展事前评估”: a threshold the report sets, not the unit's 年初预算.
#[test]
fn a_figure_bounding_a_label_is_not_its_figure() {
    let text = "2023年度。上年结转40.00万元，年初预算1,260.00万元，年中追加90.00万元，全年预算1,390.00万元。\n\
                本年度对年初预算200万元以上的4个项目开展了事前绩效评估，对支出50万元以下的项目实行简易评价。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("全年预算1,390.00万元".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:#?}", audit.remarks);
}

/// “另有2021年结转资金…” in a report on 2022: the year before's carry-over is this year's 上年结转.
#[test]
fn last_years_carry_over_named_by_its_year_is_the_carry_over() {
    let audit = audit("2022年度部门整体支出绩效自评报告。年初预算300.00万元，追加25.00万元，另有2021年结转资金7.50万元，全年预算332.50万元。");
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("全年预算332.50万元".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
}

/// A 政府性基金 or 国有资本经营 budget beside the 一般公共预算 whose 年初预算 and 追加 are given as its own is the
/// year's money too; listed among the 年初预算's parts, it is within it.
#[test]
fn the_budgets_beside_the_general_budget_are_the_years_funds() {
    let text = "2024年度。本年收入3,150.00万元，其中一般公共预算财政拨款940.00万元（年初预算800.00万元，年中追加140.00万元），\
                政府性基金预算财政拨款600.00万元，国有资本经营预算财政拨款110.00万元，事业收入1,500.00万元。\
                加上年结转50.00万元，全年可用资金3,200.00万元。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("全年可用资金3,200.00万元".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "income").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", audit.claims);
    let within = "2024年度。上年结转50.00万元，年初预算1,400.00万元，其中一般公共预算800.00万元、政府性基金预算财政拨款600.00万元，全年预算1,450.00万元。";
    assert_eq!(verdicts(&super::audit(within), "annual_budget"), vec![("全年预算1,450.00万元".to_string(), Verdict::Ok)]);
    let apart = "2024年度。上年结转50.00万元，年初预算1,400.00万元，全年预算1,450.00万元。本年收入1,400.00万元，其中一般公共预算财政拨款800.00万元，政府性基金预算财政拨款600.00万元。";
    assert_eq!(crate::core::audit::draft_from_text(apart).draft.get("budget.other_funds"), "");
}

/// “2023年与2022年预算都是6.00万元”: one figure gives both years' “三公” budgets.
#[test]
fn one_figure_for_both_years_sangong_budgets() {
    let audit = audit("2023年度。（三）“三公”经费：2023年与2022年预算都是6.00万元，变动率为0；实际支出4.50万元，控制率75.00%。");
    assert_eq!(audit.count(Verdict::Unverifiable), 0, "{:#?}", audit.claims);
    assert_eq!(audit.count(Verdict::Ok), 2, "{:#?}", audit.claims);
}

/// A 项目支出绩效自评表's funds row (“项目资金 | 年初预算数 | 全年预算数 | 全年执行数”) gives one project's
/// figures, not the unit's budget and spending.
#[test]
fn a_projects_funds_header_heads_that_projects_figures() {
    let audit = audit("2024年度。年初预算800.00万元，年中追加50.00万元，全年预算850.00万元。全年支出810.00万元。\n下表为乡村道路养护的自评情况：\n项目名称\t乡村道路养护\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\n\t120.00\t120.00\t110.00\t91.67%\n");
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);
    assert_eq!(verdicts(&audit, "annual_budget").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", audit.claims);
}

/// “机关公用经费…；下属所公用经费…。合计公用经费…”: a field stated unit by unit and then for the whole is
/// the whole's figure, not a figure in doubt.
#[test]
fn a_field_stated_by_unit_and_for_the_whole_is_the_whole() {
    let audit = audit("2023年度。分单位看：机关人员经费310.00万元、公用经费42.40万元；下属所人员经费120.00万元、公用经费18.60万元。全部门人员经费合计430.00万元，公用经费合计61.00万元。公用经费预算64.00万元，实际支出61.00万元，公用经费控制率为95.31%。");
    assert_eq!(verdicts(&audit, "public_expense_control"), vec![("公用经费控制率为95.31%".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);
}

/// A department's 编制 and 实有 stated whole, by type and then unit by unit, each unit in its own types: the
/// units together make the whole, the reviewer sees it so, and no unit's figure is another value of a type.
#[test]
fn a_departments_head_counts_unit_by_unit_add_up() {
    let head = "某市林业局2024年度部门整体支出绩效自评报告\n（三）人员情况\n";
    let counts = "全局核定编制60名，其中行政编制18名、事业编制38名、工勤编制4名；实有在职人员55人，其中行政17人、事业35人、工勤3人。\
                  分单位看：局机关核定行政编制18名、工勤编制4名，实有在编17人、工勤3人；林业站事业编制23名，实有21人；防火中心事业编制15名，实有14人。";
    let whole = audit(&format!("{head}{counts}\n"));
    let heads: Vec<(&str, Verdict)> = whole.claims.iter().filter(|c| matches!(c.id.as_str(), "quota" | "staff")).map(|c| (c.id.as_str(), c.verdict)).collect();
    assert_eq!(heads, vec![("quota", Verdict::Ok), ("staff", Verdict::Ok)], "{:#?}", whole.claims);
    assert!(whole.remarks.iter().all(|r| !r.contains("不同数字")), "{:?}", whole.remarks);
    // A unit's people left out of the sum are a slip the reviewer is shown.
    let slipped = audit(&format!("{head}实有在职人员46人，分单位为：机关本级15人（行政13人、工勤2人），林业站20人，防火中心9人。\n"));
    let staff = claims(&slipped, "staff");
    assert_eq!(staff.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{staff:#?}");
    assert!(staff[0].detail.contains("各单位实有人数之和为44人"), "{}", staff[0].detail);
}

/// “其中主治医师…、护师…、药剂及行政人员…、工勤人员…”: staff split by post are the parts of the staff in
/// post (not a 行政 count and a 工勤 count only), and a later mention of that total is checked on them.
#[test]
fn staff_split_by_post_are_its_parts() {
    let audit = audit("2023年度。年末在职人员44人，其中主治医师13人、护师17人、药剂及行政人员11人、工勤人员3人；退休人员9人。\n本院核定编制46名，实有在职44人。");
    assert_eq!(audit.count(Verdict::Unverifiable), 0, "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "staff").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Ok, Verdict::Ok], "{:#?}", audit.claims);
    // Some grades only: a sum short of the total is no finding.
    let some = super::audit("2023年度。年末在职人员44人，其中高级职称6人、中级职称15人。");
    assert_eq!(some.count(Verdict::Mismatch), 0, "{:#?}", some.claims);
}

/// A 项目支出 stated in the summary, its projects in their own section, numbered, each with its budget and what
/// it spent in whatever verb: checked on them — and the 支出合计 that holds on their sum is not blamed for it.
#[test]
fn projects_of_their_own_section_make_the_project_spending() {
    let text = "2022年度。\n一、部门收支\n全年预算320.00万元，全年支出300.00万元，其中基本支出180.00万元，项目支出122.00万元，年末结转结余20.00万元。\n二、项目支出情况\n共有以下项目：\n（一）河道保洁，预算70.00万元，已拨付68.00万元，保洁河道12公里。\n（二）水质监测，全年预算55.00万元，完成支付52.00万元。\n三、绩效情况\n";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "projects").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "spend").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// The section's first line states the projects' own total, opening on the year: no numbered item of the list
/// (“2023” is no numbering), but its total — the projects listed under it make it.
#[test]
fn a_year_led_line_over_numbered_projects_is_their_total_not_an_item() {
    let text = "2022年度。\n一、部门收支\n全年预算410.00万元，全年支出400.00万元，其中基本支出272.50万元，项目支出127.50万元，年末结转结余10.00万元。\n二、项目支出情况\n2022年站里共实施3个项目，预算131.00万元，实际支出127.50万元，执行率97.33%。\n1.水源地巡护：全年预算60.00万元，实际支出58.20万元，执行率97.00%。\n2.水质在线监测：全年预算45.00万元，实际支出43.30万元，执行率96.22%。\n3.宣传培训：全年预算26.00万元，实际支出26.00万元，执行率100.00%。\n三、绩效情况\n";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert!(verdicts(&audit, "projects").iter().all(|(_, v)| *v == Verdict::Ok), "{:#?}", audit.claims);
    // Counted the other way round (“实施项目3个”), the line is their total all the same.
    let counted = super::audit(&text.replace("2022年站里共实施3个项目", "本年度站里实施项目3个"));
    assert!(!verdicts(&counted, "projects").is_empty() && verdicts(&counted, "projects").iter().all(|(_, v)| *v == Verdict::Ok), "{:#?}", counted.claims);
}

/// The “三公” given item by item, then summed in clauses opening on 合计 that name no item: those sums are the
/// “三公” budget and spending, and the rate is judged on them.
#[test]
fn sangong_summed_after_their_items_are_the_sangong_figures() {
    let text = "2023年度。三、“三公”经费\n因公出国（境）费预算6.00万元，实际5.10万元；公务接待费预算2.50万元，实际1.90万元；两项合计预算8.50万元，实际7.00万元，“三公”经费控制率84.35%。\n";
    let audit = audit(text);
    let rate = claims(&audit, "sangong_control");
    assert!(rate.len() == 1 && rate[0].verdict == Verdict::Mismatch && rate[0].detail.contains("82.35%"), "{:#?}", audit.claims);
    // The items each in a sentence of its own, the sum in the next.
    let apart = super::audit(&text.replace("实际5.10万元；", "实际5.10万元。").replace("实际1.90万元；两项合计", "实际1.90万元。以上合计"));
    let rate = claims(&apart, "sangong_control");
    assert!(rate.len() == 1 && rate[0].verdict == Verdict::Mismatch && rate[0].detail.contains("82.35%"), "{:#?}", apart.claims);
}

/// The “三公” budget never stated but item by item, beside each item's spending and the stated “三公” spending:
/// the items' budgets together are it. Not where an item that spent goes without its budget.
#[test]
fn a_sangong_budget_given_only_by_its_items_is_their_sum() {
    let text = "2023年度。三、“三公”经费\n公务接待费预算1.20万元，支出0.96万元；公务用车运行维护费预算7.80万元，支出7.14万元；“三公”经费合计支出8.10万元，控制率90.00%。\n";
    let audit = audit(text);
    let rate = claims(&audit, "sangong_control");
    assert!(rate.len() == 1 && rate[0].verdict == Verdict::Ok, "{:#?}", audit.claims);
    let partly = super::audit(&text.replace("公务接待费预算1.20万元，支出", "公务接待费支出"));
    let rate = claims(&partly, "sangong_control");
    assert!(rate.len() == 1 && rate[0].verdict == Verdict::Unverifiable, "{:#?}", partly.claims);
}

/// A table of projects grouped under a 类别 column merged down its group: each row is named by its 项目名称 cell,
/// not by the category written on its group's first row.
#[test]
fn a_project_row_is_named_by_its_name_column_not_its_category() {
    let text = "2024年度。\n项目支出情况（单位：万元）\n序号\t类别\t项目名称\t全年预算\t实际支出\t执行率\n1\t公共文化\t送戏下乡\t40.00\t38.00\t95.00%\n2\t\t农家书屋更新\t25.00\t24.00\t96.00%\n3\t文物保护\t古桥修缮\t60.00\t57.00\t95.00%\n合计\t\t\t125.00\t119.00\t95.20%\n";
    let audit = audit(text);
    let details: Vec<&str> = claims(&audit, "project.execution").iter().map(|c| c.detail.as_str()).collect();
    assert!(details.iter().any(|d| d.starts_with("送戏下乡执行率")) && details.iter().any(|d| d.starts_with("古桥修缮执行率")), "{details:#?}");
    assert!(!details.iter().any(|d| d.starts_with("公共文化") || d.starts_with("文物保护")), "{details:#?}");
}

/// Head-counts stated unit by unit, then for the whole: the whole is the unit's figure — no doubt about
/// which to use, no other reading offered for a rate on it.
#[test]
fn head_counts_by_unit_then_for_the_whole_are_the_whole() {
    let audit = audit("2024年度。机关核定编制20名，实有在职18人；所属检测站核定编制12名，实有在职12人。合计核定编制32名，实有在职人员30人。\n在职人员控制率=30÷32×100%=93.75%。");
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
    let rate = claims(&audit, "staff_control");
    assert!(rate.len() == 1 && rate[0].verdict == Verdict::Ok && rate[0].notes.is_empty(), "{:#?}", audit.claims);
}

/// A 部门汇总's units after “分单位看：”, the first with its posts by type in brackets: each unit's 编制 and
/// 实有 are its own, and the two lists make the department's totals — or fail to, where a figure slips.
#[test]
fn units_after_the_department_with_types_in_brackets_are_the_units() {
    let report = |people: &str| {
        format!("2023年度。全部门核定编制90个，其中行政编制12个、事业编制75个、工勤编制3个；实有在职人员{people}人，其中行政11人、事业71人、工勤3人。分单位看：局机关编制20个（行政12、事业5、工勤3），实有19人；县职校编制41个，实有39人；县幼儿园编制29个，实有27人。")
    };
    let right = audit(&report("85"));
    let heads: Vec<&Claim> = right.claims.iter().filter(|c| matches!(c.id.as_str(), "quota" | "staff")).collect();
    assert_eq!(heads.len(), 2, "{heads:#?}");
    assert!(heads.iter().all(|c| c.verdict == Verdict::Ok), "{heads:#?}");
    assert!(heads[0].detail.contains("20人+41人+29人"), "{}", heads[0].detail);
    let wrong = audit(&report("88"));
    let staff = claims(&wrong, "staff");
    assert_eq!(staff.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{staff:#?}");
    assert!(staff[0].detail.contains("各单位实有人数之和为85人"), "{}", staff[0].detail);
    assert_eq!(claims(&wrong, "quota").iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok]);
}

/// A sum written out with its terms named (“基本支出=人员经费…万元+公用经费…万元=…万元”), then its share: a
/// wrong sum is that sum's slip, and the share written for the right sum is no second one.
#[test]
fn a_named_sum_written_out_wrong_is_its_own_slip() {
    for sep in ["", "\n"] {
        let report = |basic: &str| {
            format!("2022年度支出合计800.00万元。{sep}其中：基本支出=人员经费402.17万元+公用经费57.30万元={basic}万元，占支出总额的57.43%；项目支出340.53万元，占42.57%。")
        };
        let right = audit(&report("459.47"));
        assert_eq!(verdicts(&right, "formula_sum").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok]);
        assert!(right.claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", right.claims);
        let slipped = audit(&report("495.47"));
        let sum = claims(&slipped, "formula_sum");
        assert_eq!(sum.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch]);
        assert!(sum[0].detail.contains("应为459.47"), "{}", sum[0].detail);
        // The next part's share, of the whole named before it, is still checked.
        assert_eq!(verdicts(&slipped, "share").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok]);
    }
}

#[test]
fn nothing_to_check_gives_no_claims() {
    assert_eq!(audit("").claims, vec![]);
    assert_eq!(audit("本单位认真贯彻落实各项工作部署。").claims, vec![]);
    assert_eq!(audit("\u{0}\u{1}\u{fffd}%%%万元元元1.1.1.1亿").claims.len(), 0);
}

/// Over a hundred pages: the seed (about 7 printed pages) twenty times over; how fast is the bench's
/// business. Every stated rate and total is found in every copy; the budget figures are the document's,
/// checked once.
#[test]
fn a_hundred_page_report_is_audited_whole() {
    let once = audit(SEED);
    let long = SEED.repeat(20);
    let audit = audit(&long);
    for claim in &once.claims {
        // The funds balance is one fact, judged at the first mention of its spending figure.
        let copies = if claim.id == "funds_balance" { 1 } else { 20 };
        assert_eq!(claims(&audit, &claim.id).len(), copies * claims(&once, &claim.id).len(), "{}", claim.id);
    }
    assert!(audit.claims.iter().all(|c| long.get(c.span.clone()).is_some()));
}

/// Megabytes of binary garbage (a .docx pasted as text, say): cut at the limit, said so, no panic.
#[test]
fn megabytes_of_binary_garbage_are_cut_with_a_remark() {
    let bytes: Vec<u8> = (0..MAX_TEXT + 1024 * 1024).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let garbage = String::from_utf8_lossy(&bytes);
    let audit = audit(&garbage);
    assert!(audit.remarks.iter().any(|r| r.contains("只核对了前")), "{:?}", audit.remarks);
    assert!(audit.claims.iter().all(|c| garbage.get(c.span.clone()).is_some()));
    let _ = draft_from_text(&garbage);
}

proptest! {
    #[test]
    fn never_panics_on_any_text(text in ".{0,400}") {
        let audit = audit(&text);
        for claim in &audit.claims {
            prop_assert!(text.get(claim.span.clone()).is_some());
        }
        let _ = draft_from_text(&text);
    }

    #[test]
    fn never_panics_on_report_like_text(parts in proptest::collection::vec(prop_oneof![
        Just("预算执行率".to_string()), Just("为".to_string()), Just("100%".to_string()), Just("万元".to_string()),
        Just("元".to_string()), Just("，".to_string()), Just("。".to_string()), Just("\n".to_string()), Just("0".to_string()),
        Just("年初预算".to_string()), Just("基本支出".to_string()), Just("项目支出共计".to_string()), Just("四、".to_string()),
        Just("（三）".to_string()), Just("１２．５".to_string()), Just(" ".to_string()), Just("—3—".to_string()), "[0-9.,]{1,12}",
        Just("本年度".to_string()), Just("2024年".to_string()), Just("=".to_string()), Just("÷".to_string()), Just("（".to_string()),
        Just("）".to_string()), Just("×100%".to_string()), Just("\t".to_string()), Just("其中：".to_string()), Just("-".to_string()),
        Just("分别为".to_string()), Just("、".to_string()), Just("核定编制".to_string()), Just("行政".to_string()), Just("人".to_string()),
        Just("全年执行数".to_string()), Just("执行率".to_string()), Just("得分".to_string()), Just("预 算 执 行 率".to_string()),
        Just("２，１８６．４".to_string()), Just("第 2 页".to_string()), Just("“三公”经费".to_string()),
        Just("较上年".to_string()), Just("下降".to_string()), Just("计算过程：".to_string()), Just("评价：".to_string()),
        Just("（单位：元）".to_string()), Just("2023年".to_string()), Just("公务接待费".to_string()), Just("实际支出".to_string()),
        Just("资金总额".to_string()), Just("事业收入".to_string()), Just("政法专项编制".to_string()), Just("综上，综合得分".to_string()),
        Just("控制率".to_string()), Just("年末结转结余".to_string()), Just("。".to_string()),
    ], 0..80)) {
        let text = parts.concat();
        let _ = audit(&text);
        let _ = draft_from_text(&text);
    }

    #[test]
    fn a_seed_claim_is_found_amid_random_text(before in "[^\\d%.０-９％．]{0,200}", after in "[^\\d%.０-９％．]{0,200}") {
        let text = format!("{before}。2024年公用经费控制率100%=（实际支出公用经费总额11.6万元/预算安排公用经费总额11.6万元）×100%。{after}");
        let audit = audit(&text);
        let claim = audit.claims.iter().find(|c| c.id == "public_expense_control");
        prop_assert!(claim.is_some_and(|c| c.verdict == Verdict::Ok), "{:?}", audit.claims);
    }
}

#[test]
fn last_years_figures_and_figures_in_other_forms_are_read_as_written() {
    // No title: the year is the first one the text names; 2023's figures are last year's.
    let audit = audit("2024年年初预算180.07万元，年中追加73.72万元，全年预算数253.79万元，全年支出252.65万元，年末结转结余1.14万元，预算执行率99.55%。2023年年初预算170.00万元，2023年全年预算数240.00万元，2023年全年支出238.00万元。上年支出合计230万元。");
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
    assert_eq!(verdicts(&audit, "budget_execution"), vec![("预算执行率99.55%".into(), Verdict::Ok)]);

    // Half-width digits with a full-width thousands comma.
    let audit = super::audit("全年预算数1，520.00万元，全年支出1，486.52万元，年末结转结余33.48万元，预算执行率为97.80%。");
    assert_eq!(verdicts(&audit, "budget_execution"), vec![("预算执行率为97.80%".into(), Verdict::Ok)]);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);

    // Head-counts named by whom they count.
    let audit = super::audit("核定编制１２８个，在编教职工１３１名，在职人员控制率为97.71%。");
    let staff = claims(&audit, "staff_control");
    assert_eq!(staff.len(), 1);
    assert_eq!(staff[0].verdict, Verdict::Mismatch);
    assert!(staff[0].detail.contains("102.34%"), "{}", staff[0].detail);
}

#[test]
fn a_rate_written_in_words_is_checked() {
    let audit = audit("公用经费预算300万元，实际支出289.8万元，公用经费控制率为百分之九十五点六。");
    let control = claims(&audit, "public_expense_control");
    assert_eq!(control.len(), 1, "{:#?}", audit.claims);
    assert_eq!((control[0].stated.as_str(), control[0].verdict), ("公用经费控制率为百分之九十五点六", Verdict::Mismatch));
    assert!(control[0].detail.contains("96.60%"), "{}", control[0].detail);
}

#[test]
fn the_sangong_total_is_checked_against_its_items() {
    let audit = audit("“三公”经费支出28.60万元，其中：公务接待费6.20万元，公务用车运行维护费19.40万元，因公出国（境）费0万元，公务用车购置费0万元。");
    let sangong = claims(&audit, "sangong");
    assert_eq!(sangong.len(), 1, "{:#?}", audit.claims);
    assert_eq!(sangong[0].verdict, Verdict::Mismatch);
    assert!(sangong[0].detail.contains("25.6"), "{}", sangong[0].detail);
    let right = super::audit("“三公”经费支出25.60万元，其中：公务接待费6.20万元，公务用车运行维护费19.40万元。");
    assert_eq!(verdicts(&right, "sangong").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", right.claims);
}

#[test]
fn publication_dates_are_checked_against_the_twenty_days() {
    let audit = audit("某局2023年度部门整体支出绩效自评报告\n（五）预决算信息公开。2023年度部门决算于2024年7月5日批复，2024年8月30日在县政府门户网站及时公开。");
    let claims = claims(&audit, "disclosure_timeliness");
    assert_eq!(claims.len(), 1, "{:#?}", audit.claims);
    assert_eq!(claims[0].verdict, Verdict::Mismatch);
    assert_eq!(claims[0].stated, "2024年7月5日批复，2024年8月30日在县政府门户网站及时公开");
    assert!(claims[0].detail.contains("相隔56日"), "{}", claims[0].detail);
}

#[test]
fn a_few_items_of_public_expense_are_some_of_them() {
    let some = audit("公用经费344.05万元（其中办公费120.00万元、差旅费30.00万元）。");
    assert_eq!(some.count(Verdict::Mismatch), 0, "{:#?}", some.claims);
    let too_many = audit("公用经费100万元（其中办公费120.00万元、差旅费30.00万元）。");
    assert_eq!(too_many.count(Verdict::Mismatch), 1, "{:#?}", too_many.claims);
}

#[test]
fn last_years_rates_are_not_this_years() {
    let audit = audit("某局2024年度部门整体支出绩效自评报告\n全年预算数500万元，支出合计480万元，预算执行率96%。2023年预算执行率97.78%，上年在职人员控制率为100%。");
    assert_eq!(verdicts(&audit, "budget_execution"), vec![("预算执行率96%".into(), Verdict::Ok)]);
    assert!(claims(&audit, "staff_control").is_empty(), "{:#?}", audit.claims);
}

#[test]
fn impossible_budget_figures_are_remarked() {
    let audit = audit("年初预算180万元，年中追加50万元，其中政策性追加80万元，预算控制率为0。");
    assert!(audit.remarks.iter().any(|r| r.contains("政策性追加80.00万元大于年中追加50.00万元")), "{:?}", audit.remarks);
    let negative = super::audit("年初预算180万元，年中追加-20万元，全年预算数160万元。");
    assert!(negative.remarks.iter().any(|r| r.contains("为负数")), "{:?}", negative.remarks);
}

#[test]
fn a_paragraph_headed_by_sangong_speaks_of_sangong() {
    let text = "全年预算1,280.00万元，全年支出1,255.36万元，年末结转结余24.64万元。\n3.“三公”经费。本年预算6.00万元，上年预算6.50万元，变动率-7.69%；本年实际支出5.46万元，控制率91.00%。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("5.46")), "{:?}", audit.remarks);
}

#[test]
fn spending_listed_as_sangong_items_is_the_sangong_spending() {
    let text = "“三公”经费：2024年“三公”经费预算8.5万元，与2023年预算8.5万元持平，变动率为0。全年实际支出76,320元，其中公务接待费12,480元、公务用车运行维护费63,840元，因公出国（境）费和公务用车购置费均为0。“三公”经费控制率为89.79%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "sangong_control"), vec![("“三公”经费控制率为89.79%".to_string(), Verdict::Ok)]);
    assert!(claims(&audit, "funds_balance").is_empty() && claims(&audit, "spend").is_empty(), "{:?}", audit.claims);
}

#[test]
fn a_total_the_report_does_not_state_is_not_rebuilt_from_one_part() {
    let audit = audit("2023年度。年中追加564.00万元，主要为上级下达的补助。2023年预算执行率为97.33%。全年支出5,412.38万元。");
    let execution = claims(&audit, "budget_execution");
    assert_eq!(execution[0].verdict, Verdict::Unverifiable, "{}", execution[0].detail);
    assert!(execution[0].detail.contains("缺少全年预算数"), "{}", execution[0].detail);
}

#[test]
fn a_score_of_a_row_named_like_a_head_count_is_no_head_count() {
    let audit = audit("2023年度。核定编制63名，实有在编60人。投入指标中，预算编制１８分。");
    assert!(!audit.claims.iter().any(|c| c.stated.contains("１８") || c.detail.contains("18人")), "{:?}", audit.claims);
}

#[test]
fn a_list_of_sangong_items_ends_where_last_years_figure_begins() {
    let audit = audit("2023年“三公”经费预算186,000.00元，其中公务接待费36,000.00元、公务用车运行维护费150,000.00元，未安排因公出国（境）费；2022年“三公”经费预算200,000.00元。");
    assert_eq!(verdicts(&audit, "sangong"), vec![("2023年“三公”经费预算186,000.00元".to_string(), Verdict::Ok)]);
}

#[test]
fn amounts_in_yuan_with_cents_are_checked() {
    let audit = audit("2024年度。公用经费预算5,420,000.00元，实际支出5,307,692.68元，公用经费控制率97.93%。");
    assert_eq!(verdicts(&audit, "public_expense_control"), vec![("公用经费控制率97.93%".to_string(), Verdict::Ok)]);
}

#[test]
fn a_change_rate_with_the_wrong_sign_is_wrong() {
    let text = "2023年度部门整体支出绩效自评报告\n（四）“三公”经费\n2023年“三公”经费年初预算15.60万元，上年年初预算14.40万元，“三公”经费变动率为-8.33%，较上年有所下降。";
    let change = claims(&audit(text), "sangong_change").into_iter().cloned().collect::<Vec<_>>();
    assert_eq!(change.len(), 1);
    assert_eq!(change[0].verdict, Verdict::Mismatch, "{}", change[0].detail);
    assert!(change[0].detail.contains("8.33%"), "{}", change[0].detail);
}

#[test]
fn text_copied_from_a_pdf_with_radicals_reads_as_the_same_report() {
    let radicals = SEED.replace('人', "⼈").replace('门', "⻔").replace('支', "⽀").replace('行', "⾏").replace('工', "⼯");
    let (plain, copied) = (audit(SEED), audit(&radicals));
    let verdicts = |a: &Audit| a.claims.iter().map(|c| (c.id.clone(), c.verdict)).collect::<Vec<_>>();
    assert_eq!(verdicts(&copied), verdicts(&plain));
}

#[test]
fn the_tools_own_project_lines_are_the_projects_not_the_units_spending() {
    let text = "2024年项目支出共计78.50万元，共2个项目：\n1．档案数字化，预算50.00万元，实际支出48.50万元。\n2．库房维修，预算30.00万元，实际支出30.00万元。\n全年预算数300.00万元，支出合计290.00万元，年末结转结余10.00万元，预算执行率96.67%。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:?}", audit.claims);
}

#[test]
fn a_draft_from_text_says_which_stated_totals_it_could_not_split() {
    let started = draft_from_text("某县统计局2023年度部门整体支出绩效自评报告\n核定编制63名，实有在编60人。全年预算数300.00万元，支出合计290.00万元，年末结转结余10.00万元。");
    for expected in ["编制数：报告只写了合计63名", "在职人数：报告只写了合计60人", "全年预算数：报告只写了合计300万元"] {
        assert!(started.notes.iter().any(|n| n.starts_with(expected)), "{expected}: {:?}", started.notes);
    }
}

#[test]
fn a_draft_from_text_takes_the_disclosure_dates_and_says_when_it_could_not_list_the_projects() {
    let started = draft_from_text(
        "某县档案馆2024年度部门整体支出绩效自评报告\n项目支出86.40万元，主要用于档案数字化和库房改造。\n本馆2024年部门预算于2024年2月2日批复，2月19日在县政府网站公开；2023年度部门决算于2024年8月6日批复，9月3日公开。",
    );
    for (id, date) in [
        ("disclosure.budget_approved", "2024年2月2日"),
        ("disclosure.budget_published", "2024年2月19日"),
        ("disclosure.final_approved", "2024年8月6日"),
        ("disclosure.final_published", "2024年9月3日"),
    ] {
        assert_eq!(started.draft.get(id), date, "{id}");
    }
    // The total stands in one row, said so, so the draft's totals and rates are the report's own.
    assert!(started.notes.iter().any(|n| n.starts_with("项目支出明细：报告只写了项目支出合计86.4万元")), "{:?}", started.notes);
    let rows: Vec<(&str, &str)> = started.draft.projects().iter().map(|p| (p.name(), p.cell(crate::core::draft::fields::ProjectColumn::Actual))).collect();
    assert_eq!(rows, [("项目支出（报告未分项）", "86.4")]);
}

/// A report whose part on problems also holds their causes, inside each problem: the causes are left
/// empty and the clerk is told where they are; a report that sets them apart fills them.
#[test]
fn a_draft_from_text_says_where_the_causes_are_when_it_cannot_part_them() {
    let within = "某县农技站2023年度部门整体支出绩效自评报告\n四、存在的问题及原因\n（一）示范田验收滞后，原因是天气多雨。\n五、改进措施\n提前验收。";
    let started = draft_from_text(within);
    assert_eq!(started.draft.get("narrative.problems"), "（一）示范田验收滞后，原因是天气多雨。");
    assert_eq!(started.draft.get("narrative.causes"), "");
    assert!(started.notes.iter().any(|n| n.starts_with("产生问题的主要原因：报告在“存在的问题及原因”中把原因与问题一并写出")), "{:?}", started.notes);

    let apart = within.replace("，原因是天气多雨。", "。\n产生上述问题的原因是天气多雨。");
    let started = draft_from_text(&apart);
    assert_eq!(started.draft.get("narrative.causes"), "产生上述问题的原因是天气多雨。");
    assert!(started.notes.iter().all(|n| !n.starts_with("产生问题的主要原因")), "{:?}", started.notes);
}

/// A reviewer's counter-examples to this stop's readings: each was right before them and must stay so.
#[test]
fn the_new_readings_stay_within_their_cases() {
    let verdicts_of = |text: &str, id: &str| verdicts(&audit(text), id).into_iter().map(|(_, v)| v).collect::<Vec<_>>();
    assert_eq!(verdicts_of("2024年度。全年预算数300万元，包括年初预算250万元、年中追加14.6万元和上年结转结余35.4万元。", "annual_budget"), [Verdict::Ok], "上年结转 is a part of a budget");
    assert!(verdicts_of("2024年度。本单位自评得分92分，评价等级为“优”。其中，投入指标扣2分、过程指标扣3分、产出指标扣3分。", "score_total").is_empty());
    let short_first = "2024年度。\n“三公”经费预算6.00万元。全年预算数1,280.00万元，实际支出1,255.36万元，预算执行率98.08%。\n“三公”经费控制率为91.00%。";
    assert_eq!(verdicts_of(short_first, "budget_execution"), [Verdict::Ok], "a short first sentence is no heading");
    let unit_budget = "2024年度。2024年部门年初预算1,280.00万元，其中“三公”经费6.00万元，上年年初预算1,150.00万元。“三公”经费变动率为-7.69%。";
    assert!(!verdicts_of(unit_budget, "sangong_change").contains(&Verdict::Mismatch), "the unit's last budget is no “三公” budget");
    let years = "2024年度。全年预算数1,400.00万元，预算执行率89.67%。\n2023年决算数\t2024年决算数\t增减率\n1,150.00\t1,255.36\t9.16%";
    assert!(!verdicts_of(years, "budget_execution").contains(&Verdict::Mismatch), "last year's column is no figure of this year");
    let numbered = "2024年度。\n（1）“三公”经费：预算6.00万元，实际支出5.46万元，“三公”经费控制率为91.00%。";
    assert_eq!(verdicts_of(numbered, "sangong_control"), [Verdict::Ok], "a numbered line naming its topic is the topic's");
    let memo = "2024年度。全年预算数1,280.00万元，全年支出1,255.36万元，其中公务用车运行维护费5.46万元，预算执行率98.08%。";
    assert_eq!(verdicts_of(memo, "budget_execution"), [Verdict::Ok], "one memo item does not make the unit's spending “三公”");
    let no_projects = "2024年度。基本支出200万元（人员经费150万元，公用经费50万元），无项目支出。全年预算数220万元，预算执行率90.91%。";
    assert_eq!(verdicts_of(no_projects, "budget_execution"), [Verdict::Ok], "无项目支出 is a 0");
}

#[test]
fn rates_named_without_their_topic_under_its_heading_are_read() {
    let text = "2022年度。全年预算1,280.00万元，全年支出1,255.36万元，年末结转结余24.64万元。\n3.“三公”经费。本年预算6.00万元，上年预算6.50万元，变动率-7.69%；本年实际支出5.46万元，控制率91.00%。\n4.其他。在职人员控制率为95%，控制率良好。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "sangong_change"), vec![("变动率-7.69%".to_string(), Verdict::Ok)]);
    assert_eq!(verdicts(&audit, "sangong_control"), vec![("控制率91.00%".to_string(), Verdict::Ok)]);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:?}", audit.claims);
}

#[test]
fn a_scoring_table_row_copied_from_a_pdf_states_a_target_not_a_rate() {
    let text = "2024年度\n全年预算数253.79万元，支出合计252.65万元，年初预算180.07万元，年中追加73.72万元。\n指标 指标值 实际完成值 分值 得分\n预算完成率 100% 99.55% 8 8.00\n预算控制率 0 40.94% 8 0.00";
    let audit = audit(text);
    assert!(claims(&audit, "budget_execution").is_empty() && claims(&audit, "budget_control").is_empty(), "{:?}", audit.claims);
}

#[test]
fn amounts_in_yuan_with_cents_are_shown_in_yuan_not_with_six_decimals() {
    let audit = audit("2024年度。全年预算102,896,420.35元，全年支出102,000,000.00元，年末结转结余800,000.00元。");
    let balance = claims(&audit, "funds_balance");
    assert_eq!(balance.len(), 1, "{:?}", audit.claims);
    assert!(balance[0].detail.contains("全年预算数102,896,420.35元") && balance[0].detail.contains("全年预算数比支出与结余多96,420.35元"), "{}", balance[0].detail);
    assert!(!balance[0].detail.contains("10289.642035"), "{}", balance[0].detail);
}

#[test]
fn a_funds_imbalance_is_one_mismatch_however_often_its_spending_is_stated() {
    let audit = audit("2024年度。全年预算数6,218.45万元，全年实际支出6,034.27万元，年末结转结余164.18万元。\n二、预算执行。全年实际支出6,034.27万元，预算执行率97.04%。");
    assert_eq!(claims(&audit, "funds_balance").len(), 1, "{:?}", audit.claims);
    assert_eq!(audit.count(Verdict::Mismatch), 1);
}

/// What a “三公” item cost is the item's: neither the unit's spending nor, in a sentence of its own, a
/// total to check against 基本支出 and 项目支出.
#[test]
fn a_sangong_items_spending_is_not_the_units_spending() {
    let text = "2023年度。公务用车运行维护费预算5.00万元，实际支出4.35万元，年内保有车辆2辆。全年支出830.00万元，其中基本支出700.00万元，项目支出130.00万元。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "spend"), vec![("全年支出830.00万元".to_string(), Verdict::Ok)]);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
}

/// A paragraph about the “三公” goes on about them after a full stop: “实际支出” there is theirs.
#[test]
fn spending_in_a_sangong_paragraph_is_the_sangong_spending() {
    let text = "某中心2023年度部门整体支出绩效自评报告\n本中心“三公”经费只有公务用车运行维护费一项。2023年“三公”经费预算80,000.00元，2022年预算90,000.00元。2023年实际支出72,400.00元，“三公”经费控制率为90.50%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "sangong_control"), vec![("“三公”经费控制率为90.50%".to_string(), Verdict::Ok)]);
    assert!(claims(&audit, "spend").is_empty() && audit.remarks.is_empty(), "{:?} {:?}", audit.claims, audit.remarks);
    // The unit's own figures in the sentence keep its spending the unit's.
    let unit = "2023年度。\n“三公”经费预算6.00万元。2023年实际支出1,255.36万元，其中基本支出1,000.00万元，项目支出255.36万元。";
    assert_eq!(verdicts(&super::audit(unit), "spend"), vec![("2023年实际支出1,255.36万元".to_string(), Verdict::Ok)]);
}

/// The year's funds named as a 资金总额 or 可支配资金, with income beside the budget (经营收入, 医疗收入,
/// 其他收入): the rate and the balance are judged on all of them.
#[test]
fn funds_beyond_the_budget_count_in_the_years_funds() {
    let total = "某站2023年度部门整体支出绩效自评报告\n2023年本站资金总额842.60万元，其中上年结转22.40万元，年初预算610.00万元，年中追加150.20万元，经营收入60.00万元。2023年支出合计820.30万元，预算执行率97.35%，年末结转结余22.30万元。";
    let audit = audit(total);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "budget_execution"), vec![("预算执行率97.35%".to_string(), Verdict::Ok)]);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("资金总额842.60万元".to_string(), Verdict::Ok)]);
    let kinds = "某院2023年度部门整体支出绩效自评报告\n上年结转1,200,000.00元。年初预算20,000,000.00元，年中追加3,000,000.00元；医疗收入150,000,000.00元，其他收入2,500,000.00元。全年可支配资金合计176,700,000.00元。全年支出合计170,000,000.00元，预算执行率为96.21%。年末结转结余6,700,000.00元。";
    let audit = super::audit(kinds);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "budget_execution"), vec![("预算执行率为96.21%".to_string(), Verdict::Ok)]);
    assert!(audit.remarks.is_empty(), "two kinds of income are two parts, not two values: {:?}", audit.remarks);
}

/// Budget parts that add up to less than the spending are not all of the funds: the rate and the balance
/// cannot be checked on them, and the reviewer is told why.
#[test]
fn budget_parts_short_of_the_spending_are_no_budget_to_judge_by() {
    let text = "某院2023年度部门整体支出绩效自评报告\n上年结转1,200,000.00元。年初预算20,000,000.00元，年中追加3,000,000.00元。全年支出合计170,000,000.00元，预算执行率为96.21%。年末结转结余6,700,000.00元。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    let execution = claims(&audit, "budget_execution");
    assert_eq!(execution[0].verdict, Verdict::Unverifiable, "{}", execution[0].detail);
    assert!(execution[0].notes.iter().any(|n| n.contains("其他资金")), "{:?}", execution[0].notes);
    // Income in an account of income may lie within the 年初预算: it is not added to it.
    let income = "2024年度。本年收入合计600.00万元，其中财政拨款收入580.00万元，事业收入20.00万元。年初预算560.00万元，年中追加40.00万元，支出合计590.00万元，预算执行率为98.33%。";
    assert_eq!(verdicts(&super::audit(income), "budget_execution"), vec![("预算执行率为98.33%".to_string(), Verdict::Ok)]);
}

/// A formula whose own figures give its rate holds, though the text writes one of them otherwise
/// elsewhere: the figure written twice is the finding, not the formula. A formula that swaps or changes
/// the report's figures is still wrong.
#[test]
fn a_formula_true_to_its_own_figures_holds_against_a_figure_written_otherwise() {
    let text = "2024年度。全年预算数520.00万元。2024年支出合计505.60万元，其中基本支出400.00万元，项目支出95.60万元。预算执行率=支出合计495.60万元÷全年预算数520.00万元×100%=95.31%。";
    let audit = audit(text);
    let execution = claims(&audit, "budget_execution");
    assert_eq!(execution[0].verdict, Verdict::Ok, "{}", execution[0].detail);
    assert!(execution[0].notes.iter().any(|n| n.contains("另处")), "{:?}", execution[0].notes);
    assert_eq!(verdicts(&audit, "spend"), vec![("2024年支出合计505.60万元".to_string(), Verdict::Mismatch)]);

    let swapped = super::audit("2024年度。公用经费预算数126.00万元，实际支出公用经费118.63万元。公用经费控制率=公用经费预算数126.00万元÷实际支出公用经费118.63万元×100%=106.21%。");
    let control = claims(&swapped, "public_expense_control");
    assert_eq!(control[0].verdict, Verdict::Mismatch, "{}", control[0].detail);
    assert!(control[0].notes.iter().any(|n| n.contains("颠倒")), "{:?}", control[0].notes);
    let other_base = super::audit("2024年度。全年预算数1000万元，年初预算800万元，支出合计950万元。预算执行率=支出合计950万元÷年初预算800万元×100%=118.75%。");
    assert_eq!(verdicts(&other_base, "budget_execution")[0].1, Verdict::Mismatch, "{:?}", other_base.claims);
}

/// A figure stated twice with two values, one of which the report's own sums bear out: a rate whose formula
/// takes the other holds on its own figures but is wrong, and says which value its sums confirm and what the
/// rate is on it; the total those sums make is checked on the confirmed value.
#[test]
fn a_rate_on_the_slip_of_a_figure_stated_twice_is_wrong_where_the_sums_confirm_the_other() {
    let text = "某站2024年度部门整体支出绩效自评报告\n全年预算数640.00万元，由上年结转20.00万元、年初预算512.50万元、年中追加107.50万元组成。\n预算控制率：年初预算521.50万元，年中追加107.50万元，预算控制率=107.50÷521.50×100%=20.61%。";
    let audit = audit(text);
    let control = claims(&audit, "budget_control");
    assert_eq!(control[0].verdict, Verdict::Mismatch, "{}", control[0].detail);
    for said in ["年初预算为521.5万元", "另处写年初预算512.5万元", "全年预算数的各部分之和", "20.98%"] {
        assert!(control[0].detail.contains(said), "{said}: {}", control[0].detail);
    }
    let budget = claims(&audit, "annual_budget");
    assert_eq!(budget[0].verdict, Verdict::Ok, "{}", budget[0].detail);
    assert!(budget[0].notes.iter().any(|n| n.contains("521.5")), "{:?}", budget[0].notes);

    // The parts listed under 基本支出 confirm its 公用经费; a control rate over the other value is the slip.
    let public = "2024年度。基本支出300.00万元，其中人员经费262.70万元、公用经费37.30万元。公用经费控制率=实际公用经费37.03万元÷公用经费预算40.00万元×100%=92.58%。";
    let control = audit_claims(public, "public_expense_control");
    assert_eq!(control.0, Verdict::Mismatch, "{}", control.1);
    assert!(control.1.contains("93.25%") && control.1.contains("37.03万元") && control.1.contains("基本支出"), "{}", control.1);
    // The other way round: the formula's value is the one that makes up 基本支出, the list's is the slip.
    let listed_slip = "2024年度。基本支出300.00万元，其中人员经费262.70万元、公用经费37.03万元。公用经费控制率=实际公用经费37.30万元÷公用经费预算40.00万元×100%=93.25%。";
    assert_eq!(audit_claims(listed_slip, "public_expense_control").0, Verdict::Ok);

    // A total: the spending its parts and the funds balance bear out, and a formula on another.
    let spend = "2024年度。全年预算数800.00万元。全年支出合计776.40万元，其中基本支出500.00万元，项目支出276.40万元；年末结转结余23.60万元。预算执行率=实际支出767.40万元÷全年预算800.00万元×100%=95.93%。";
    let execution = audit_claims(spend, "budget_execution");
    assert_eq!(execution.0, Verdict::Mismatch, "{}", execution.1);
    assert!(execution.1.contains("776.4万元") && execution.1.contains("97.05%"), "{}", execution.1);
}

/// Two values of a figure and nothing in the report to tell which is right: a rate on one of them cannot be
/// checked, and both values are named. Last year's figure of the same name is no second value.
#[test]
fn a_rate_on_one_of_two_unconfirmed_values_cannot_be_checked() {
    let text = "2024年度。年初预算512.50万元，年中追加107.50万元。预算控制率：年初预算521.50万元，预算控制率=107.50÷521.50×100%=20.61%。";
    let control = audit_claims(text, "budget_control");
    assert_eq!(control.0, Verdict::Unverifiable, "{}", control.1);
    assert!(control.1.contains("512.5万元") && control.1.contains("521.5万元"), "{}", control.1);

    let last_year = "2024年度。全年预算数640.00万元，由上年结转20.00万元、年初预算512.50万元、年中追加107.50万元组成。2023年年初预算521.50万元。预算控制率=年中追加107.50万元÷年初预算512.50万元×100%=20.98%。";
    let audit = audit(last_year);
    assert_eq!(verdicts(&audit, "budget_control")[0].1, Verdict::Ok, "{:#?}", audit.claims);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
}

/// “追加资金全部为政策性追加，剔除政策性因素后预算控制率为0”: the whole of the additions taken out leaves 0.
/// A rate other than 0 beside that sentence is wrong; additions said to be mostly policy-driven give no figure.
#[test]
fn additions_all_policy_driven_leave_an_adjusted_control_rate_of_nought() {
    let said = |rest: &str| format!("2024年度。年中追加60.00万元，年初预算480.00万元，预算控制率为12.50%；{rest}");
    let nought = audit_claims(&said("追加资金全部为上级下达的救灾资金，属于政策性追加，剔除政策性因素后预算控制率为0。"), "budget_control_adjusted");
    assert_eq!(nought.0, Verdict::Ok, "{}", nought.1);
    assert!(nought.1.contains("政策性追加60.00万元"), "{}", nought.1);
    let text = said("追加资金全部为上级下达的救灾资金，属于政策性追加，剔除政策性因素后预算控制率为0。");
    let audit = audit(&text);
    assert!(claims(&audit, "budget_control_adjusted")[0].notes.iter().any(|n| n.contains("全部属政策性")), "{:#?}", audit.claims);
    let not_nought = audit_claims(&said("追加资金均为政策性追加，剔除政策性因素后预算控制率为2.50%。"), "budget_control_adjusted");
    assert_eq!(not_nought.0, Verdict::Mismatch, "{}", not_nought.1);
    let mostly = audit_claims(&said("追加资金主要为政策性追加，剔除政策性因素后预算控制率为0。"), "budget_control_adjusted");
    assert_eq!(mostly.0, Verdict::Unverifiable, "{}", mostly.1);
}

fn audit_claims(text: &str, id: &str) -> (Verdict, String) {
    let audit = audit(text);
    let claim = claims(&audit, id).first().map(|c| (c.verdict, c.detail.clone()));
    claim.unwrap_or_else(|| panic!("no {id} claim: {:#?}", audit.claims))
}

/// A court's or a police bureau's staffing has types of its own (政法专项编制, 法官): the three types the
/// reading knows are then some of the parts, and the stated totals make the rate.
#[test]
fn staff_types_the_reading_does_not_know_leave_the_totals_standing() {
    let text = "某县人民法院2024年度部门整体支出绩效自评报告\n全院核定编制120名（政法专项编制100名、行政编制12名、事业编制8名），年末实有在编人员114名（法官42名、审判辅助人员56名、行政人员10名、事业人员6名）。在职人员控制率为95%。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "staff_control"), vec![("在职人员控制率为95%".to_string(), Verdict::Ok)]);
    assert!(audit.remarks.is_empty(), "a type in the 编制's brackets is not carried to the staff: {:?}", audit.remarks);
    // Known types that do not add up are still a slip, in brackets or after 其中.
    for slip in ["核定编制32名（行政编制9名、事业编制21名），实有在编人员30人。", "核定编制32名，其中行政编制9名、事业编制21名；实有在编人员30人。"] {
        assert_eq!(verdicts(&super::audit(&format!("2024年度。{slip}")), "quota").first().map(|v| v.1), Some(Verdict::Mismatch), "{slip}");
    }
}

/// Money the unit audits, supervises or hands out is others': however large, it is no 全年预算数 of its own.
#[test]
fn money_the_unit_audits_or_supervises_is_not_its_budget() {
    let text = "某县审计所2023年度部门整体支出绩效自评报告\n全年预算数320.00万元，由年初预算300.00万元和年中追加20.00万元组成。全年完成审计项目18个，审计资金总额8.50亿元；监管资金总额2,600.00万元。支出合计310.00万元，年末结转结余10.00万元。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("全年预算数320.00万元".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert!(audit.remarks.iter().all(|r| !r.contains("全年预算数")), "{:?}", audit.remarks);
}

/// “核定政法专项编制26名、工勤编制2名，共计28名”: the sum closing a list of 编制 types is the 编制, though
/// the list names a type the reading does not know.
#[test]
fn a_sum_closing_a_list_of_quota_types_is_the_quota() {
    let text = "某县司法所2024年度部门整体支出绩效自评报告\n本所核定政法专项编制26名、工勤编制2名，共计28名。年末实有在职人员25人，退休人员9人。在职人员控制率为89.29%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "staff_control"), vec![("在职人员控制率为89.29%".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
    let slip = super::audit(&text.replace("89.29%", "92.59%"));
    assert_eq!(marks(&slip, "staff_control"), vec![Verdict::Mismatch], "{:#?}", slip.claims);
    // A sum over the retired too counts neither.
    let with_retired = super::audit("2024年度。核定编制28名。实有在职人员25人、退休人员9人，共计34人。在职人员控制率为89.29%。");
    assert_eq!(marks(&with_retired, "staff_control"), vec![Verdict::Ok], "{:#?}", with_retired.claims);
    assert!(with_retired.remarks.is_empty(), "{:?}", with_retired.remarks);
}

/// “实有参公人员18人、工勤人员2人，共20人”: the 参公 in post are those of the 行政 type, the 工勤 beside them —
/// not all in post, the 工勤 dropped from the 在职人数.
#[test]
fn managed_staff_in_post_are_the_admin_type_beside_the_workers() {
    let text = "2024年度。本局核定参公编制20名、工勤编制2名；年末实有参公人员18人、工勤人员2人，共20人；离退休人员7人。在职人员控制率为90.91%。";
    let audit = audit(text);
    let control = claims(&audit, "staff_control");
    assert_eq!(control.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert!(control[0].detail.contains("在职人员数20人/编制数22人"), "{}", control[0].detail);
    let slip = super::audit(&text.replace("90.91%", "81.82%"));
    assert_eq!(marks(&slip, "staff_control"), vec![Verdict::Mismatch], "{:#?}", slip.claims);
}

/// 政法专项编制 are administrative 编制: beside 事业 or 工勤 编制 they are the unit's 行政编制 (the 编制 their
/// sum), alone the whole 编制 — and a count in post named by its 干警 is the count in post.
#[test]
fn political_quota_is_the_units_administrative_quota() {
    let typed = audit("2023年度。本院核定政法专项编制52名、工勤编制3名。年末实有在职人员50人。在职人员控制率为90.91%。");
    assert_eq!(marks(&typed, "staff_control"), vec![Verdict::Ok], "{:#?}", typed.claims);
    let alone = audit("2023年度。全院核定政法专项编制60名，年末实有在编干警57人。\n在职人员控制率＝57÷60×100%＝95.00%。");
    let control = claims(&alone, "staff_control");
    assert_eq!(control.len(), 1, "{:#?}", alone.claims);
    assert_eq!(control[0].verdict, Verdict::Ok);
    assert!(control[0].detail.contains("编制数60人"), "{}", control[0].detail);
}

/// “其中法官18人、法官助理11人、司法行政人员9人、工勤人员3人”: 司法行政 is a post of a court, beside its judges —
/// not the 行政编制 type; a list by post says nothing is missing of the types.
#[test]
fn a_courts_judicial_administration_staff_are_a_post_not_a_type() {
    let text = "某县人民法院2021年度部门整体支出绩效自评报告\n本院核定政法专项编制44名、工勤编制3名，合计47名。年末实有在编人员41人（含借调至县委政法委1人），其中法官18人、法官助理11人、司法行政人员9人、工勤人员3人。在职人员控制率为87.23%。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Unverifiable), 0, "{:#?}", audit.claims);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert!(claims(&audit, "staff").iter().all(|c| !c.detail.contains("行政在职")), "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "staff_control"), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// “实有在编执法队员及协管人员8人”: whom the count in post counts, named in words of its own, is still the count.
#[test]
fn a_count_in_post_may_name_whom_it_counts() {
    let text = "2023年度。核定行政编制9名，实有在编执法队员及协管人员8人，在职人员控制率88.89%；退休人员3人。";
    let audit = audit(text);
    assert_eq!(marks(&audit, "staff_control"), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// ““三公”经费预算2.60万元，与上年持平（上年2.60万元）”: the bracket after saying the two are level gives last
/// year's “三公” budget.
#[test]
fn last_years_sangong_budget_in_brackets_after_level_with_it() {
    let audit = audit("2024年度。“三公”经费预算2.60万元，与上年持平（上年2.60万元），变动率为0；实际支出2.34万元，控制率为90.00%。");
    assert_eq!(marks(&audit, "sangong_change"), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// A task named before a colon (“档案数字化：全年预算…，实际支出…”, “2．设备更新：年初预算…”) owns the budget
/// and spending after its colon, though its name has no word of a project's: never the unit's figures.
#[test]
fn a_task_named_before_its_colon_owns_its_budget_and_spending() {
    let text = "某馆2023年度部门整体支出绩效自评报告\n全年预算数500.00万元，由上年结转20.00万元、年初预算430.00万元和年中追加50.00万元组成。支出合计480.00万元，其中基本支出400.00万元、项目支出80.00万元；年末结转结余20.00万元。预算控制率11.63%。\n（三）项目实施情况。档案数字化：全年预算40.00万元，实际支出36.00万元，执行率90.00%，完成扫描12万页；展陈更新：预算40.00万元，已支付44.00万元，执行率110.00%。\n2．设备更新：年初预算15.00万元，全年实际执行12.00万元，执行率80.00%。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(audit.count(Verdict::Unverifiable), 0, "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "project.execution"), vec![Verdict::Ok, Verdict::Ok, Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "budget_control"), vec![Verdict::Ok], "{:#?}", audit.claims);
    let slip = super::audit(&text.replace("执行率90.00%", "执行率92.00%"));
    assert_eq!(marks(&slip, "project.execution"), vec![Verdict::Mismatch, Verdict::Ok, Verdict::Ok], "{:#?}", slip.claims);
    // An account of the unit's money before its colon is no task, nor is a breakdown's “其中：”.
    let account = super::audit("2023年度。资金来源：全年预算500.00万元，全年支出480.00万元，年末结转结余20.00万元。");
    assert_eq!(marks(&account, "funds_balance"), vec![Verdict::Ok], "{:#?}", account.claims);
    let breakdown = super::audit("2023年度。上年结转20.00万元，年初预算480.00万元。\n其中：全年预算500.00万元，全年支出480.00万元，年末结转结余20.00万元。");
    assert_eq!(marks(&breakdown, "funds_balance"), vec![Verdict::Ok], "{:#?}", breakdown.claims);
}

/// “执行率仅为65.00%” in the 问题 section: a rate called low is stated all the same, and checked on the
/// figures before it (“已支付”), under the fund's own name.
#[test]
fn a_project_rate_called_low_is_checked() {
    let audit = audit("五、存在的问题\n一是个别项目进度偏慢，乡村诊所补助预算20.00万元，已支付12.00万元，执行率仅为65.00%；二是绩效目标不够细化。");
    let rates = claims(&audit, "project.execution");
    assert_eq!(rates.len(), 1, "{:#?}", audit.claims);
    assert_eq!(rates[0].verdict, Verdict::Mismatch);
    assert!(rates[0].detail.contains("60.00%") && !rates[0].detail.contains("偏慢"), "{}", rates[0].detail);
}

/// A project's sub-items in rows merged into its own (number, name, budget and rate cells spanning them):
/// its 执行率 is on their spending together, not on its first row's.
#[test]
fn a_projects_merged_rows_spend_together() {
    let table = "单位：万元\n序号\t项目名称\t子项\t全年预算\t实际支出\t执行率\n1\t农家书屋更新\t图书采购\t30.00\t12.00\t90.00%\n\t\t期刊订阅\t\t15.00\t\n2\t馆舍维修\t—\t20.00\t18.00\t90.00%\n合计\t50.00\t45.00\t90.00%\n";
    let audit = audit(table);
    assert_eq!(marks(&audit, "project.execution"), vec![Verdict::Ok, Verdict::Ok, Verdict::Ok], "{:#?}", audit.claims);
    // In the table's 合计, the project spent its sub-items' spending together.
    let total = claims(&audit, "projects");
    assert!(total.len() == 1 && total[0].verdict == Verdict::Ok && total[0].detail.contains("农家书屋更新27万元"), "{:#?}", audit.claims);
    let slip = super::audit(&table.replace("\t15.00\t", "\t14.00\t"));
    let first = &claims(&slip, "project.execution")[0];
    assert_eq!(first.verdict, Verdict::Mismatch, "{:#?}", slip.claims);
    assert!(first.detail.contains("86.67%"), "{}", first.detail);
    // A breakdown of a project's spending is within it.
    let breakdown = "单位：万元\n序号\t项目名称\t子项\t全年预算\t实际支出\t执行率\n1\t农家书屋更新\t—\t30.00\t27.00\t90.00%\n\t\t其中：省级资金\t\t20.00\t\n";
    let audit = super::audit(breakdown);
    assert_eq!(marks(&audit, "project.execution"), vec![Verdict::Ok], "{:#?}", audit.claims);
    // A 小计 row over its sub-items already sums them.
    let subtotal = "单位：万元\n序号\t项目名称\t子项\t全年预算\t实际支出\t执行率\n1\t农家书屋更新\t小计\t30.00\t27.00\t90.00%\n\t\t图书采购\t—\t12.00\t—\n\t\t期刊订阅\t—\t15.00\t—\n";
    let audit = super::audit(subtotal);
    assert_eq!(marks(&audit, "project.execution"), vec![Verdict::Ok], "{:#?}", audit.claims);
    let summed = super::audit(&format!("{subtotal}2\t馆舍维修\t—\t20.00\t18.00\t90.00%\n合计\t50.00\t45.00\t90.00%\n"));
    assert_eq!(marks(&summed, "projects"), vec![Verdict::Ok], "{:#?}", summed.claims);
}

/// A tab-separated 收支 table's 支出合计 row is checked on its own 基本支出 and 项目支出 rows, in its 决算 column,
/// in the table's unit.
#[test]
fn a_tables_spending_total_is_checked_on_its_rows() {
    let table = "2023年度。全年支出4,106,250.00元，年末结转结余93,750.00元。\n表2  收支情况（单位：元）\n项目\t上年决算数\t本年预算数\t本年决算数\n支出合计\t3980000.00\t4200000.00\t4106250.00\n一、基本支出\t3500000.00\t3700000.00\t3650000.00\n  其中：人员经费\t3000000.00\t3150000.00\t3120000.00\n        公用经费\t500000.00\t550000.00\t530000.00\n二、项目支出\t480000.00\t500000.00\t456250.00\n";
    let audit = audit(table);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    let slip = super::audit(&table.replace("\t4106250.00\n", "\t4116250.00\n"));
    let spend: Vec<&Claim> = claims(&slip, "spend").into_iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert_eq!(spend.len(), 1, "{:#?}", slip.claims);
    assert!(spend[0].detail.contains("4,106,250.00元") && spend[0].detail.contains("相差10,000.00元"), "{}", spend[0].detail);
    // Spending beside the two parts: the total is no sum of them alone.
    let other = super::audit(&table.replace("\t4106250.00\n", "\t4116250.00\n").replace("二、项目支出", "三、其他支出\t0\t0\t10000.00\n二、项目支出"));
    assert!(!marks(&other, "spend").contains(&Verdict::Mismatch), "{:#?}", other.claims);
}

/// A row with more cells than its header (“其中 | 基本支出 | …” under a “项目” heading spanning two columns)
/// has its figures aligned from the right: its 全年执行数 is not its 全年预算数.
#[test]
fn a_row_with_an_extra_name_cell_aligns_from_the_right() {
    let table = "2024年度。\n项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n年度资金总额\t300\t320\t310\t96.88%\n其中\t基本支出\t250\t260\t255\t98.08%\n\t项目支出\t50\t60\t55\t91.67%\n";
    let audit = audit(table);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "funds.basic.execution"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "funds.projects.execution"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
}

/// An indicator table (指标 | 计算公式 | 本年值): each row states its rate, computed by the formula in its own cell.
#[test]
fn an_indicator_tables_rows_state_their_rates() {
    let table = "2023年度。\n指标\t计算公式\t本年值\n公用经费控制率\t41260.00÷45000.00×100%\t91.69%\n“三公”经费变动率\t（9000.00－12000.00）÷12000.00×100%\t-25.00%\n在职人员控制率\t11÷12×100%\t91.67%\n";
    let audit = audit(table);
    assert_eq!(marks(&audit, "public_expense_control"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "sangong_change"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "staff_control"), vec![Verdict::Ok], "{:#?}", audit.claims);
    let slip = super::audit(&table.replace("\t91.69%", "\t92.69%").replace("\t-25.00%", "\t25.00%"));
    assert_eq!(marks(&slip, "public_expense_control"), vec![Verdict::Mismatch], "{:#?}", slip.claims);
    assert_eq!(marks(&slip, "sangong_change"), vec![Verdict::Mismatch], "{:#?}", slip.claims);
}

/// A “三公” change between two level years is 0 whichever year the formula divides by: no sign of a wrong base.
#[test]
fn a_change_between_level_years_names_no_wrong_base() {
    let audit = audit("2024年度。“三公”经费变动率=（3.60-3.60）/3.60×100%=0.00%。");
    assert_eq!(marks(&audit, "sangong_change"), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// “序号 | 项目 | 全年预算 | 全年执行 | 执行率”: the 全年执行 column is each project's spending, with or without a 合计 row.
#[test]
fn a_project_tables_column_of_the_years_execution_is_its_spending() {
    let table = "2023年度。\n单位：万元\n序号\t项目\t全年预算\t全年执行\t执行率\n1\t调解员培训\t12.00\t11.40\t95.00%\n2\t矛盾排查\t8.00\t7.00\t87.50%\n";
    let audit = audit(table);
    assert_eq!(marks(&audit, "project.execution"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(marks(&super::audit(&table.replace("87.50%", "78.50%")), "project.execution"), vec![Verdict::Ok, Verdict::Mismatch]);
}

/// “…“三公”经费预算…，全部为公务接待费；较上年预算…减少…，变动率…”: the item the “三公” consist of, named
/// last, leaves the change the “三公”'s.
#[test]
fn a_sangong_change_after_its_sole_item_is_the_sangong() {
    let text = "2023年度。“三公”经费预算3.00万元，实际支出2.70万元，全部为公务接待费；较上年预算4.00万元减少1.00万元，变动率-25.00%。";
    assert_eq!(marks(&audit(text), "sangong_change"), vec![Verdict::Ok]);
    assert_eq!(marks(&audit(&text.replace("-25.00%", "-33.33%")), "sangong_change"), vec![Verdict::Mismatch]);
}

/// Funds that do not balance are marked where the closing balance is stated with the budget and spending
/// (“全年预算数…，支出…，年末结转结余…”: a bare 支出 after the year's budget is the year's), not at the
/// spending's first mention.
#[test]
fn an_unbalanced_closing_balance_is_marked_in_its_own_sentence() {
    let text = "2023年度。（二）支出情况。全年支出合计600.00万元，其中基本支出500.00万元、项目支出100.00万元。\n（四）结转结余。全年预算数640.00万元，支出600.00万元，年末结转结余30.00万元。";
    let audit = audit(text);
    let balance = claims(&audit, "funds_balance");
    assert_eq!(balance.len(), 1, "{:#?}", audit.claims);
    assert_eq!(balance[0].verdict, Verdict::Mismatch);
    assert!(balance[0].span.start > text.find("（四）").unwrap_or(0), "{:#?}", balance[0]);
    assert_eq!(marks(&audit, "spend"), vec![Verdict::Ok], "{:#?}", audit.claims);
    // A task's 全年预算 and 支出 under its own heading, with no balance after them, are not the year's.
    let task = super::audit("2023年度。全年预算数640.00万元，年末结转结余30.00万元。\n5．校舍维修。全年预算40.00万元，支出38.00万元，执行率95.00%。");
    assert_eq!(task.count(Verdict::Mismatch), 0, "{:#?}", task.claims);
}

/// The funds line of a self-evaluation in prose (“年度资金总额执行率…，得分…（分值…）”) is checked as its table row is.
#[test]
fn a_funds_line_in_prose_is_scored() {
    let text = "2023年度。按自评表打分：年度资金总额执行率96.40%，得分9.46分（分值10分）；产出指标得分45分。";
    let audit = audit(text);
    let line = claims(&audit, "funds.total");
    assert_eq!(line.len(), 1, "{:#?}", audit.claims);
    assert_eq!(line[0].verdict, Verdict::Mismatch);
    assert!(line[0].detail.contains("应为9.64分"), "{}", line[0].detail);
}

/// A budget written in brackets beside a figure of spending is what was budgeted, not a part of it.
#[test]
fn a_budget_in_brackets_beside_spending_is_no_part_of_it() {
    let text = "2022年度。基本支出530.00万元，其中：人员经费470.00万元，公用经费60.00万元（公用经费预算62.50万元，控制率96.00%）。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "basic"), vec![("基本支出530.00万元".to_string(), Verdict::Ok)]);
    // Items of 公用经费 in brackets that add up to more than it are still wrong, and said plainly.
    let over = super::audit("2022年度。公用经费60.00万元（办公费40.00万元、差旅费25.00万元）。");
    let public = claims(&over, "public");
    assert_eq!(public.len(), 1, "{:#?}", over.claims);
    assert_eq!(public[0].verdict, Verdict::Mismatch);
    assert!(public[0].detail.contains("所列部分项目之和已达65万元（办公费40万元+差旅费25万元），超过合计"), "{}", public[0].detail);
}

/// A report that speaks of its year-end balance without a figure the reading finds is not taken to say
/// it is 0; one that never speaks of it is.
#[test]
fn a_year_end_balance_spoken_of_but_not_read_is_not_taken_as_zero() {
    let named = audit("2023年度。全年预算数900.00万元，全年支出870.00万元，年末结转结余情况详见附表。");
    let balance = claims(&named, "funds_balance");
    assert_eq!(balance.len(), 1, "{:#?}", named.claims);
    assert_eq!(balance[0].verdict, Verdict::Unverifiable, "{}", balance[0].detail);
    assert!(balance[0].detail.contains("缺少年末结转结余"), "{}", balance[0].detail);
    let silent = audit("2023年度。全年预算数900.00万元，全年支出870.00万元。");
    assert_eq!(verdicts(&silent, "funds_balance").first().map(|v| v.1), Some(Verdict::Mismatch), "{:#?}", silent.claims);
}

/// “人员控制率” without 在职 is the same indicator.
#[test]
fn a_staff_rate_named_without_zaizhi_is_read() {
    for (stated, verdict) in [("93.00%", Verdict::Mismatch), ("92.00%", Verdict::Ok)] {
        let audit = audit(&format!("2022年度。核定编制50名，实有人数46人。人员控制率=实有人数÷编制数×100%=46÷50×100%={stated}。"));
        assert_eq!(verdicts(&audit, "staff_control").first().map(|v| v.1), Some(verdict), "{stated}: {:#?}", audit.claims);
    }
}

/// Numbered indicators, each a formula in words on one line, the same in figures on the next (计算过程：)
/// and a comment after it (评价：): each rate is read, its figures named by the words.
#[test]
fn indicator_blocks_with_a_formula_line_a_working_line_and_a_comment_are_read() {
    let text = "某站2024年度部门整体支出绩效自评报告\n核定事业编制20名，年末在编在岗19名。全年预算数300.00万元，全年支出288.00万元，年末结转结余12.00万元。公用经费支出27.00万元。\n\
        指标1：预算执行率\n计算公式：预算执行率=（全年支出÷全年预算数）×100%\n计算过程：288.00万元÷300.00万元×100%=96.60%\n评价：执行较好。\n\
        指标2：公用经费控制率\n计算公式：公用经费控制率=（公用经费预算数÷公用经费支出）×100%\n计算过程：30.00万元÷27.00万元×100%=111.11%\n评价：控制较好。\n\
        指标3：在职人员控制率\n计算公式：在职人员控制率=（在职人员数÷编制数）×100%\n计算过程：19÷20×100%=95.00%\n评价：未超编。";
    let audit = audit(text);
    let verdict = |id: &str| claims(&audit, id).first().map(|c| c.verdict);
    assert_eq!(verdict("budget_execution"), Some(Verdict::Mismatch), "{:#?}", audit.claims);
    let public = claims(&audit, "public_expense_control");
    assert_eq!(public.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", audit.claims);
    assert!(public[0].detail.contains("90.00%") && public[0].notes.iter().any(|n| n.contains("颠倒")), "{:?}", public[0]);
    assert_eq!(verdict("staff_control"), Some(Verdict::Ok), "{:#?}", audit.claims);
    // A scoring rule (“…=0得8分”) is no claim.
    assert!(super::audit("2024年度。评分标准：预算控制率=0得8分；0<预算控制率≤10%得6分。").claims.is_empty());
}

/// One equation, one unit: where a figure has cents, every amount of it is shown in 元, with thousands
/// separators, and a funds gap says which side is larger instead of carrying a sign.
#[test]
fn an_equation_shows_its_amounts_in_one_unit_and_a_gap_in_words() {
    let audit = audit("2024年度。全年预算数5,432,156.78元，其中上年结转112,156.78元，年初预算480.00万元，年中追加52.00万元。");
    let budget = claims(&audit, "annual_budget");
    assert_eq!(budget.len(), 1, "{:#?}", audit.claims);
    assert_eq!(budget[0].detail, "全年预算数5,432,156.78元=上年结转112,156.78元+年初预算4,800,000.00元+年中追加520,000.00元，相符");
    // Written in 万元 with four decimals, it stays in 万元.
    let wan = super::audit("2022年度。全年预算数2,000.1230万元，其中上年结转100.1230万元，年初预算1,500.0000万元，年中追加400.0000万元。");
    assert_eq!(claims(&wan, "annual_budget")[0].detail, "全年预算数2000.123万元=上年结转100.123万元+年初预算1500万元+年中追加400万元，相符");
    let over = super::audit("2024年度。全年预算数600.00万元，全年支出590.00万元，年末结转结余20.00万元。");
    let balance = claims(&over, "funds_balance");
    assert!(balance[0].detail.contains("支出与结余比全年预算数多10万元") && !balance[0].detail.contains("-10"), "{}", balance[0].detail);
    assert_eq!(over.largest_mismatch().and_then(|c| c.off_by.as_ref()).map(|o| o.words.as_str()), Some("资金收支不平衡：支出与结余比全年预算数多10万元"));
}

/// What a report says of one part (“主要用于…等；”) is not the next part's name.
#[test]
fn a_parts_description_is_not_the_next_parts_name() {
    let audit = audit("2023年度。基本支出612,345.67元，包括人员经费450,000.00元，主要用于工资和社保缴费等；公用经费162,345.67元，主要为办公费等。");
    let basic = claims(&audit, "basic");
    assert_eq!(basic.len(), 1, "{:#?}", audit.claims);
    assert_eq!(basic[0].detail, "基本支出612,345.67元=人员经费450,000.00元+公用经费162,345.67元，相符");
}

/// “控制率” and “变动率” after their topic in the same sentence are that topic's rates, said in full.
#[test]
fn a_bare_rate_after_its_topic_in_the_sentence_is_the_topics() {
    let audit = audit("2023年度。公用经费预算60.00万元，实际支出57.00万元，控制率95.00%。2023年“三公”经费预算4.40万元，上年预算4.00万元，变动率为-10.00%，比上年减少。");
    assert_eq!(verdicts(&audit, "public_expense_control"), vec![("控制率95.00%".to_string(), Verdict::Ok)]);
    let change = claims(&audit, "sangong_change");
    assert_eq!(change.len(), 1, "{:#?}", audit.claims);
    assert_eq!(change[0].verdict, Verdict::Mismatch);
    assert!(change[0].detail.starts_with("报告写“三公”经费变动率-10.00%，按报告自身数字应为10.00%"), "{}", change[0].detail);
    // A “三公” item's own rate is not the whole “三公”'s.
    let item = super::audit("2023年度。公务接待费预算2.00万元，实际支出1.50万元，控制率75.00%。");
    assert!(claims(&item, "sangong_control").is_empty(), "{:#?}", item.claims);
}

/// One slip, one mark: a total whose part is itself at odds with that part's own items, and which those
/// items make up, is not marked a second time.
#[test]
fn a_total_is_not_marked_for_a_slip_in_one_of_its_parts() {
    let text = "2023年度。全年支出合计500.00万元，其中基本支出420.00万元（人员经费330.00万元，公用经费80.00万元）；项目支出90.00万元。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "basic"), vec![("基本支出420.00万元".to_string(), Verdict::Mismatch)]);
    let spend = claims(&audit, "spend");
    assert_eq!(spend[0].verdict, Verdict::Ok, "{}", spend[0].detail);
    assert!(spend[0].notes.iter().any(|n| n.contains("基本支出写420万元")), "{:?}", spend[0].notes);
    // A total wrong on its own account still is.
    let both = super::audit(&text.replace("500.00", "505.00"));
    assert_eq!(verdicts(&both, "spend").first().map(|v| v.1), Some(Verdict::Mismatch), "{:#?}", both.claims);
}

/// A table of two years under a header of years: the report's year's column is this year's figures,
/// named by their rows; the other year's is not; a “三公” row named 合计 is the “三公”'s total.
#[test]
fn a_table_with_a_column_per_year_gives_this_years_figures() {
    let text = "某校2023年度部门整体支出绩效自评报告\n表1 收支对比（万元）\n项目\t2022年\t2023年\t增减额\n支出合计\t800.00\t860.00\t60.00\n年末结转结余\t12.00\t25.00\t13.00\n\n\
        全年预算数885.00万元，全年支出860.00万元。\n表2 “三公”经费（万元）\n项目\t2022年预算\t2022年决算\t2023年预算\t2023年决算\n“三公”经费合计\t3.00\t2.80\t2.60\t2.40\n\n\
        “三公”经费控制率为92.31%，“三公”经费变动率为-13.33%。";
    let audit = audit(text);
    let balance = claims(&audit, "funds_balance");
    assert_eq!(balance.len(), 1, "{:#?}", audit.claims);
    assert_eq!(balance[0].verdict, Verdict::Ok, "{}", balance[0].detail);
    assert_eq!(verdicts(&audit, "sangong_control"), vec![("“三公”经费控制率为92.31%".to_string(), Verdict::Ok)]);
    assert_eq!(verdicts(&audit, "sangong_change"), vec![("“三公”经费变动率为-13.33%".to_string(), Verdict::Ok)]);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
    // The 合计 of a table of “三公” items is theirs, not the unit's spending.
    let items = super::audit("2023年度。全年支出860.00万元。\n项目\t2022年预算\t2023年预算\t2023年决算\n公务接待费\t1.00\t0.80\t0.70\n合计\t1.00\t0.80\t0.70\n\n“三公”经费控制率为87.50%。");
    assert_eq!(verdicts(&items, "sangong_control"), vec![("“三公”经费控制率为87.50%".to_string(), Verdict::Ok)]);
    assert!(items.remarks.is_empty(), "{:?}", items.remarks);
}

/// A heading that is only the rate's name, then the formula in figures as a sentence of its own.
#[test]
fn a_formula_under_a_heading_naming_its_rate_is_that_rates() {
    let text = "2023年度。全年预算数250.00万元，全年支出240.00万元，年末结转结余10.00万元。\n（一）预算执行率\n全年支出240.00万元÷全年预算数250.00万元×100%=96.50%。\n（二）预算控制率。年中追加20.00万元÷年初预算200.00万元×100%=10.00%。\n（三）在职人员控制率\n本单位严格控制编制，未超编。";
    let audit = audit(text);
    let execution = claims(&audit, "budget_execution");
    assert_eq!(execution.len(), 1, "{:#?}", audit.claims);
    assert_eq!((execution[0].stated.as_str(), execution[0].verdict), ("全年支出240.00万元÷全年预算数250.00万元×100%=96.50%", Verdict::Mismatch));
    assert_eq!(verdicts(&audit, "budget_control"), vec![("年中追加20.00万元÷年初预算200.00万元×100%=10.00%".to_string(), Verdict::Ok)]);
    assert!(claims(&audit, "staff_control").is_empty(), "{:#?}", audit.claims);
}

/// Each 一级指标's score on a numbered line of its own, then the total: the total is their sum.
#[test]
fn a_total_score_after_one_line_per_part_is_their_sum() {
    let lines = "2023年度。\n（一）投入指标（分值20分），自评得分19分。\n（二）过程指标（分值30分），自评得分26.5分。其中预算执行14分，得13分。\n（三）产出指标（分值30分），自评得分28分。\n（四）效果指标（分值20分），自评得分17分。\n";
    for (total, verdict) in [("91.5", Verdict::Mismatch), ("90.5", Verdict::Ok)] {
        let audit = audit(&format!("{lines}综上，本单位自评综合得分{total}分，等级为“优”。"));
        let scores = claims(&audit, "score_total");
        assert_eq!(scores.len(), 1, "{:#?}", audit.claims);
        assert_eq!(scores[0].verdict, verdict, "{}", scores[0].detail);
    }
}

/// Each 一级指标 with its score, then its 二级 items in the sentence after it, and the total last: the total is
/// the parts' scores summed, the items no more parts.
#[test]
fn a_total_after_parts_each_with_its_items_is_the_parts_sum() {
    let parts = "2022年度。\n各一级指标得分情况如下：\n决策（20分）：得18分。其中项目立项10分得9分，绩效目标10分得9分。\n过程（30分）：得27.5分。其中资金管理15分得14分（报账滞后，扣1分），组织实施15分得13.5分。\n产出（30分）：得28分。其中数量15分得14分，质量15分得14分。\n效益（20分）：得18.5分。其中社会效益10分得9.5分，满意度10分得9分。\n";
    for (total, verdict) in [("91", Verdict::Mismatch), ("92", Verdict::Ok)] {
        let audit = audit(&format!("{parts}综上，本局自评总分为{total}分，等级为“优”。"));
        let scores = claims(&audit, "score_total");
        assert_eq!(scores.len(), 1, "{:#?}", audit.claims);
        assert_eq!(scores[0].verdict, verdict, "{}", scores[0].detail);
        assert!(scores[0].detail.contains("决策18分+过程27.5分+产出28分+效益18.5分"), "{}", scores[0].detail);
    }
}

/// The “三公”'s spending compared with the year before the one evaluated, named by its number (“比2022年实际支出…”):
/// the change is on this year's “三公” spending stated before.
#[test]
fn the_sangongs_change_on_a_named_year_is_checked() {
    let text = |rate: &str| format!("2023年度。\n（三）“三公”经费\n2023年“三公”经费预算8.00万元，实际支出6.30万元，控制在预算以内。其中：公务用车运行维护费4.10万元；公务接待费2.20万元。2023年“三公”经费比2022年实际支出7.00万元下降{rate}。");
    let wrong = audit(&text("9.00%"));
    let growth = claims(&wrong, "growth");
    assert!(growth.len() == 1 && growth[0].verdict == Verdict::Mismatch && growth[0].detail.contains("10.00%"), "{:#?}", wrong.claims);
    let right = audit(&text("10.00%"));
    assert_eq!(claims(&right, "growth").iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
}

/// A score table copied one cell to a line (“一级指标⏎分值⏎得分⏎决策⏎15⏎13.5⏎…⏎合计⏎100⏎91”) is summed as its
/// copy with tabs is: its 合计 and the total restated under it are its rows' 得分 together.
#[test]
fn a_score_table_of_one_cell_a_line_is_summed() {
    let table = |total: &str| format!("2023年度。\n评分情况如下：\n\n一级指标\n分值\n得分\n决策\n15\n13.5\n过程\n35\n31\n产出\n30\n27.5\n效益\n20\n18\n合计\n100\n{total}\n\n自评得分{total}分，等级为“优”。");
    let wrong = audit(&table("91"));
    let scores = claims(&wrong, "score_total");
    assert!(!scores.is_empty() && scores.iter().all(|c| c.verdict == Verdict::Mismatch), "{:#?}", wrong.claims);
    assert!(scores[0].detail.contains("90分"), "{}", scores[0].detail);
    let right = audit(&table("90"));
    let scores = claims(&right, "score_total");
    assert!(!scores.is_empty() && scores.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", right.claims);
}

/// The same table broken by a page: its number (“- 4 -”, “— 4 —”) between blank lines is the page's break,
/// no empty cell — the rows after it are read in step, and the 总分 is their sum with the rows before.
#[test]
fn a_score_table_of_one_cell_a_line_runs_on_over_a_page_number() {
    let table = |page: &str, total: &str| {
        format!("2024年度。\n四、评分表\n指标\n分值\n得分\n档案接收率\n30\n28.50\n查档办结率\n20\n20.00\n{page}数字化完成率\n30\n27.25\n利用者满意度\n20\n19.00\n总分\n100\n{total}\n说明：其余指标达到目标值得满分。\n")
    };
    for page in ["\n- 4 -\n\n", "\n\n— 4 —\n\n", "- 4 -\n"] {
        let wrong = audit(&table(page, "95.75"));
        let scores = claims(&wrong, "score_total");
        assert!(scores.iter().any(|c| c.stated == "95.75" && c.verdict == Verdict::Mismatch && c.detail.contains("之和为94.75分")), "{page:?}: {:#?}", wrong.claims);
        let right = audit(&table(page, "94.75"));
        let scores = claims(&right, "score_total");
        assert!(!scores.is_empty() && scores.iter().all(|c| c.verdict == Verdict::Ok), "{page:?}: {:#?}", right.claims);
    }
}

/// A table of projects copied one cell to a line whose 合计 spans 序号 and the name (a cell short): its total
/// row is read as its copy with tabs is, each column summed.
#[test]
fn a_stacked_project_tables_short_total_row_is_summed() {
    let table = |spent: &str, rate: &str| {
        format!("2023年度。\n各项目执行情况见下表（单位：万元）：\n\n序号\n项目名称\n预算数\n实际支出\n执行率\n1\n河道保洁\n50.00\n48.00\n96.00%\n2\n路灯维修\n30.00\n30.00\n100.00%\n3\n文体活动\n20.00\n19.00\n95.00%\n合计\n100.00\n{spent}\n{rate}\n\n以上项目均已完工。")
    };
    let wrong = audit(&table("98.00", "98.00%"));
    let slips: Vec<_> = wrong.claims.iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert!(slips.len() == 1 && slips[0].stated == "98.00" && slips[0].detail.contains("所列各项之和为97万元"), "{:#?}", wrong.claims);
    // The total row's rate is the listed projects' together, named so.
    assert!(claims(&wrong, "project.execution").last().is_some_and(|c| c.detail.starts_with("所列项目合计执行率")), "{:#?}", wrong.claims);
    let right = audit(&table("97.00", "97.00%"));
    assert_eq!(verdicts(&right, "projects"), [("97.00".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    assert!(right.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", right.claims);
}

/// The indicator system walked item by item under its 一级 headings, then the total (“综上，…自评得分…”): the
/// total is every item's score summed, not the last heading's; an item scored above its 分值 is a slip.
#[test]
fn a_total_after_a_walk_through_every_item_is_their_sum() {
    let walk = "2021年度。\n逐项评分如下：\n1.决策指标（分值10分）\n（1）立项依据：依据充分。分值10分，得9.5分。\n2.过程指标（分值40分）\n（2）资金到位：到位率100%。分值20分，得20分。\n（3）执行率：全年执行率96.10%。分值20分，得18分。\n3.产出指标（分值30分）\n（4）完成培训1200人次。分值30分，得28.5分。\n4.效益指标（分值20分）\n（5）社会效益：培训后就业率81%。分值10分，得9分。\n（6）学员满意度95%。分值10分，得9.5分。\n";
    let right = audit(&format!("{walk}综上，本中心部门整体支出自评得分94.5分，等级为“优”。"));
    assert_eq!(verdicts(&right, "score_total"), [("自评得分94.5分".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&format!("{walk}综上，本中心部门整体支出自评得分95.5分，等级为“优”。"));
    let scores = claims(&wrong, "score_total");
    assert!(scores.len() == 1 && scores[0].detail.contains("之和为94.5分（决策9.5分+过程38分+产出28.5分+效益18.5分）"), "{:#?}", wrong.claims);
    let over = audit(&format!("{}综上，本中心部门整体支出自评得分96分，等级为“优”。", walk.replace("分值10分，得9.5分。\n2", "分值10分，得10分。\n2").replace("分值10分，得9分", "分值10分，得10.5分").replace("得20分", "得19.5分")));
    assert_eq!(verdicts(&over, "score_total"), [("得10.5分".to_string(), Verdict::Mismatch), ("自评得分96分".to_string(), Verdict::Ok)], "{:#?}", over.claims);
    // A summary table under the total whose row differs from its heading's items: its wrong total names the row.
    let table = "自评得分汇总表\n一级指标\t分值\t得分\n决策\t10\t9.5\n过程\t40\t39\n产出\t30\t28.5\n效益\t20\t18.5\n合计\t100\t94.5\n";
    let tabled = audit(&format!("{walk}综上，本中心部门整体支出自评得分94.5分，等级为“优”。\n{table}"));
    let scores = claims(&tabled, "score_total");
    let wrong: Vec<_> = scores.iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert!(wrong.len() == 1 && wrong[0].stated == "94.5", "{:#?}", tabled.claims);
    assert!(wrong[0].notes.contains(&"另：表中过程39分，上文逐项评分中其下各项得分之和为38分".to_string()), "{:#?}", wrong[0]);
}

/// A copy from a PDF that breaks a line between a part's points and their 分 (“过程指标22⏎分”) keeps the
/// part in the list: the total is still the sum of all of them.
#[test]
fn a_parts_points_broken_from_their_word_by_a_line_still_count() {
    let text = |total: &str| format!("2022年度。\n经综合评定，本所整体支出绩效自评总分为{total}分，其中：决策指标16分，过程指标22\n分，产出指标31分，效益指标19分，评价等级为“良”。\n");
    let right = audit(&text("88"));
    assert_eq!(verdicts(&right, "score_total").iter().map(|v| v.1).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("89"));
    let score = claims(&wrong, "score_total");
    assert!(score.len() == 1 && score[0].detail.contains("之和为88分"), "{:#?}", wrong.claims);
    // A line opening on a word that starts with 分 is no unit of the figure before it.
    let words = audit("2022年度。\n项目支出合计120.00万元，其中甲项目80.00万元，乙项目40.00万元，共2\n分项实施，进展顺利。");
    assert!(claims(&words, "score_total").is_empty(), "{:#?}", words.claims);
}

/// The “三公” items' spending stated sentence by sentence, then the “三公” total: the items are its parts
/// (some of them: an item that spent nothing may go unsaid).
#[test]
fn a_sangong_total_after_its_items_sentence_by_sentence_is_checked() {
    let text = |total: &str| format!("2023年度部门整体支出绩效自评报告\n（三）“三公”经费\n2023年“三公”经费预算5.0000万元。\n未发生因公出国（境）支出。\n公务用车运行维护费支出2.4100万元。\n公务接待费预算1.5000万元，实际支出1.3200万元。\n全年“三公”经费实际支出合计{total}万元。");
    let right = audit(&text("3.7300"));
    assert_eq!(verdicts(&right, "sangong").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", right.claims);
    let wrong = audit(&text("3.6300"));
    let sangong = claims(&wrong, "sangong");
    assert_eq!(sangong.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", wrong.claims);
    assert!(sangong[0].detail.contains("公务用车2.41万元+公务接待1.32万元"), "{}", sangong[0].detail);
}

/// A table “（单位：元）” gives its bare figures in 元: the same amounts as the text's, not 10,000 times them.
#[test]
fn a_table_in_yuan_gives_amounts_in_yuan() {
    let text = "2023年度。年初预算5,000,000.00元，年中追加400,000.00元，全年预算5,400,000.00元，预算控制率8.00%。\n表1 收支情况（单位：元）\n项目\t年初预算\t全年预算\t全年支出\n合计\t5,000,000.00\t5,400,000.00\t5,300,000.00\n";
    let audit = audit(text);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
    assert_eq!(verdicts(&audit, "budget_control"), vec![("预算控制率8.00%".to_string(), Verdict::Ok)]);
}

/// The “三公” budget's change said in words (“较上年…下降10.00%”) is the 变动率 with its sign; items listed
/// in brackets do not change what the sentence speaks of; a change of 决算 is another 口径, not judged here.
#[test]
fn a_sangong_change_said_in_words_is_judged_with_its_direction() {
    let text = |direction: &str| format!("2024年度。2024年“三公”经费预算6.60万元（公务用车运行维护费4.00万元、公务接待费2.60万元），2023年预算6.00万元（公务用车运行维护费3.80万元、公务接待费2.20万元），较上年{direction}。");
    let wrong = audit(&text("减少0.60万元，下降10.00%"));
    assert_eq!(verdicts(&wrong, "sangong_change"), vec![("下降10.00%".to_string(), Verdict::Mismatch)], "{:#?}", wrong.claims);
    let right = audit(&text("增加0.60万元，增长10.00%"));
    assert_eq!(verdicts(&right, "sangong_change"), vec![("增长10.00%".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let actuals = audit("2024年度。2024年“三公”经费预算6.60万元，2023年预算6.00万元。“三公”经费决算数5.40万元，比上年决算6.00万元减少0.60万元，下降10.00%。");
    assert!(claims(&actuals, "sangong_change").is_empty(), "{:#?}", actuals.claims);
}

/// “…控制率…；较上年预算…下降…”: the comparison opens its clause after the “;”, the “三公” named in the clause before.
#[test]
fn a_sangong_budget_change_after_the_semicolon_has_the_clause_before_for_subject() {
    let text = |rate: &str| format!("2020年度。\n“三公”经费：预算18,000元，决算16,200元，控制率90.0%；较上年预算20,000元下降{rate}。");
    assert_eq!(marks(&audit(&text("10.0%")), "sangong_change"), [Verdict::Ok]);
    assert_eq!(marks(&audit(&text("11.1%")), "sangong_change"), [Verdict::Mismatch]);
    // A clause with a subject of its own is not the “三公”'s.
    assert!(marks(&audit("2020年度。\n“三公”经费：预算18,000元，决算16,200元；培训费较上年预算20,000元下降10.0%。"), "sangong_change").is_empty());
}

/// The verdicts of one id, without the phrases.
fn marks(audit: &Audit, id: &str) -> Vec<Verdict> {
    claims(audit, id).iter().map(|c| c.verdict).collect()
}

/// A breakdown ends where the next subject begins: the actual spending after a “三公” budget's items,
/// last year's budget, a cap the spending kept under, 项目支出 after 基本支出's items, a per-head figure, a
/// grand total — none of them is a part, and adding them made correct totals wrong.
#[test]
fn a_breakdown_ends_where_the_next_subject_begins() {
    let budget_then_actual = audit("2024年度。2024年“三公”经费预算15.00万元，其中公务接待费4.00万元、公务用车运行维护费11.00万元；本年实际支出13.20万元，其中公务接待费3.20万元、公务用车运行维护费10.00万元。");
    assert_eq!(marks(&budget_then_actual, "sangong").first(), Some(&Verdict::Ok), "{:#?}", budget_then_actual.claims);
    let last_year = audit("2024年度。“三公”经费：2024年预算6.50万元，其中公务接待费1.50万元、公务用车运行维护费5.00万元，2023年预算7.00万元。");
    assert_eq!(marks(&last_year, "sangong").first(), Some(&Verdict::Ok), "{:#?}", last_year.claims);
    let basic = audit("2024年度。基本支出60.00万元，其中人员经费52.00万元，公用经费8.00万元，生均公用经费1,500.00元；项目支出40.00万元，其中设备购置40.00万元。");
    assert_eq!(marks(&basic, "basic"), vec![Verdict::Ok], "{:#?}", basic.claims);
    let income = audit("2024年度。本年收入合计520.00万元，其中财政拨款收入500.00万元、其他收入20.00万元；加上年结转30.00万元，收入总计550.00万元。");
    assert!(!marks(&income, "income").contains(&Verdict::Mismatch), "{:#?}", income.claims);
}

/// The guard: a slip inside such a breakdown is still found, and a cap after the items is no item.
#[test]
fn a_slip_in_a_breakdown_that_ends_early_is_still_found() {
    let capped = audit("2024年度。“三公”经费支出9.40万元，其中公务接待费2.00万元、公务用车运行维护费7.00万元，支出控制在年初预算12.00万元以内。");
    let sangong = claims(&capped, "sangong");
    assert_eq!(sangong.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", capped.claims);
    assert!(sangong[0].detail.contains("所列各项之和为9万元"), "{}", sangong[0].detail);
    let basic = audit("2024年度。基本支出61.00万元，其中人员经费52.00万元，公用经费8.00万元；项目支出40.00万元。");
    assert_eq!(marks(&basic, "basic"), vec![Verdict::Mismatch], "{:#?}", basic.claims);
}

/// A rate stated on a basis of its own — after “剔除…后”, under “如不含…”, or with its method written out —
/// is judged on that basis or not at all, never against the default 口径.
#[test]
fn a_rate_on_a_stated_basis_is_judged_on_that_basis() {
    let adjusted = audit("2024年度。年初预算300.00万元，年中追加60.00万元，预算控制率为20.00%。年中追加中有45.00万元属上级下达的政策性资金，剔除后预算控制率为5.00%。");
    assert!(!adjusted.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", adjusted.claims);
    let without_workers = audit("2024年度。核定编制40名，其中行政编制36名、工勤编制4名；实有在编38人，其中行政35人、工勤3人。在职人员控制率=38÷40×100%=95.00%；如不含工勤人员，行政人员控制率为97.22%（35÷36）。");
    assert_eq!(marks(&without_workers, "staff_control"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", without_workers.claims);
    let gross = |rate: &str| format!("2024年度。年初预算800.00万元，年中追加120.00万元，其中政策性追加100.00万元，调减40.00万元。预算调整率{rate}，计算方法为（年中追加120.00万元+调减40.00万元）÷年初预算800.00万元×100%。");
    let right = audit(&gross("20.00%"));
    assert_eq!(marks(&right, "budget_adjustment"), vec![Verdict::Ok], "{:#?}", right.claims);
}

/// The guard: a stated basis does not excuse wrong arithmetic, nor a rate stated with none.
#[test]
fn a_stated_basis_does_not_excuse_wrong_arithmetic() {
    let gross = audit("2024年度。年初预算800.00万元，年中追加120.00万元，其中政策性追加100.00万元，调减40.00万元。预算调整率15.00%，计算方法为（年中追加120.00万元+调减40.00万元）÷年初预算800.00万元×100%。");
    assert_eq!(marks(&gross, "budget_adjustment"), vec![Verdict::Mismatch], "{:#?}", gross.claims);
    let qualified = audit("2024年度。核定编制40名，其中行政编制36名、工勤编制4名；实有在编38人，其中行政35人、工勤3人。如不含工勤人员，行政人员控制率为96.22%（35÷36）。");
    assert_eq!(marks(&qualified, "staff_control"), vec![Verdict::Mismatch], "{:#?}", qualified.claims);
    let plain = audit("2024年度。年初预算300.00万元，年中追加60.00万元，预算控制率为22.00%。");
    assert_eq!(marks(&plain, "budget_control"), vec![Verdict::Mismatch], "{:#?}", plain.claims);
}

/// 编制 split by who funds them (中央 / 国家 / 地方) are parts of the 编制 or of the staff in post, not
/// totals of their own: the unit's rate still stands on its totals.
#[test]
fn quota_split_by_funding_source_is_no_total() {
    let text = |rate: &str| format!("2024年度。核定编制30名（国家水文事业编制24名，地方编制6名），年末在职29人（国家编制23人，地方编制6人）。在职人员控制率{rate}。");
    let right = audit(&text("96.67%"));
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
    assert_eq!(marks(&right, "staff_control"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("95.00%"));
    assert_eq!(marks(&wrong, "staff_control"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// A project's own “全年预算” in a sentence about that project is the project's, never the unit's
/// 全年预算数: read as the unit's it made a correct execution rate and a balanced account wrong.
#[test]
fn a_projects_annual_budget_is_not_the_units() {
    let project = "专项项目乡村道路养护全年预算150.00万元，支出144.00万元，执行率96.00%。";
    let right = audit(&format!("2024年度。全年收入总计800.00万元，支出合计760.00万元，年末结转结余40.00万元，预算执行率95.00%。{project}"));
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
    let wrong = audit(&format!("2024年度。全年预算800.00万元，支出合计760.00万元，年末结转结余40.00万元，预算执行率94.00%。{project}"));
    assert_eq!(marks(&wrong, "budget_execution"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "budget_execution")[0].detail.contains("95.00%"), "{:#?}", wrong.claims);
}

/// A wrong stated 全年预算数 does not make a correct formula wrong: where 年初+追加−调减 and the books
/// (支出 + 年末结转结余) agree on another figure, the stated total is the slip and is marked, and the
/// rates are recomputed on the agreed figure.
#[test]
fn a_wrong_annual_budget_is_the_slip_not_the_formula_using_the_right_one() {
    let text = |annual: &str| format!("2024年度。年初预算120.00万元，年中追加30.00万元，调减5.00万元，全年预算{annual}万元。全年支出140.00万元，年末结转结余5.00万元。预算执行率=140.00÷145.00×100%=96.55%。");
    let wrong = audit(&text("150.00"));
    assert_eq!(marks(&wrong, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert_eq!(marks(&wrong, "budget_execution"), vec![Verdict::Ok], "{:#?}", wrong.claims);
    let right = audit(&text("145.00"));
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
}

/// The guard: without the books to confirm them, parts short of a stated 全年预算数 may lack a 上年结转 the
/// text does not give, and the total stays unverifiable.
#[test]
fn parts_short_of_an_annual_budget_without_the_books_stay_unverifiable() {
    let audit = audit("2024年度。年初预算120.00万元，年中追加30.00万元，调减5.00万元，全年预算150.00万元。全年支出140.00万元。");
    assert_eq!(marks(&audit, "annual_budget"), vec![Verdict::Unverifiable], "{:#?}", audit.claims);
}

/// A count in post with its breakdown by post (专业技术 / 管理 / 工勤) is the whole unit's count, 工勤
/// within: not the 事业 count with the 工勤 added on top.
#[test]
fn a_staff_breakdown_is_not_added_to_its_own_total() {
    let text = |technical: &str| format!("2024年度。核定事业编制25名，年末实有在编人员24人（专业技术人员{technical}人、管理人员4人、工勤人员2人）。在职人员控制率96.00%。");
    let right = audit(&text("18"));
    assert_eq!(marks(&right, "staff_control"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
    let wrong = audit(&text("19"));
    let staff = claims(&wrong, "staff");
    assert_eq!(staff.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", wrong.claims);
    assert!(staff[0].detail.contains("25人"), "{}", staff[0].detail);
    assert_eq!(marks(&wrong, "staff_control"), vec![Verdict::Ok], "{:#?}", wrong.claims);
}

/// Last year's “三公” budget opened by its year after this year's items (“…公务用车运行维护费6.50万元，
/// 2023年预算10.00万元”) is the “三公”'s, not the last item's: the change rate can be checked, sign and all.
#[test]
fn last_years_sangong_budget_after_the_items_is_the_sangongs() {
    let text = |rate: &str| format!("2024年度。“三公”经费方面，2024年预算9.00万元，其中公务接待费2.50万元、公务用车运行维护费6.50万元，2023年预算10.00万元，“三公”经费变动率为{rate}。");
    let right = audit(&text("-10.00%"));
    assert_eq!(marks(&right, "sangong_change"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("10.00%"));
    assert_eq!(marks(&wrong, "sangong_change"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert_eq!(marks(&wrong, "sangong"), vec![Verdict::Ok], "{:#?}", wrong.claims);
}

/// 公用经费's own items include a car's upkeep: a list with it is checked, and one that adds up to more
/// than the total is wrong.
#[test]
fn a_public_expense_list_with_a_car_item_is_checked() {
    let text = |travel: &str| format!("2024年度。公用经费25.0000万元，其中：办公费8.0000万元，邮电费3.0000万元，差旅费{travel}万元，公务用车运行维护费9.0000万元。");
    let wrong = audit(&text("6.0000"));
    assert_eq!(marks(&wrong, "public"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    let right = audit(&text("5.0000"));
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
}

/// A list opened after a short remark (“…，均为上级专项资金，分别是…”) is the total's parts, in 元 under a
/// total in 万元 as well.
#[test]
fn a_list_opened_after_a_short_remark_is_read() {
    let text = |publicity: &str| format!("2024年度。项目支出40.00万元，均为上级专项资金，分别是设备购置经费150,000元、人员培训经费100,000元、宣传经费{publicity}元。");
    let wrong = audit(&text("15,000"));
    assert_eq!(marks(&wrong, "projects"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    let right = audit(&text("150,000"));
    assert_eq!(marks(&right, "projects"), vec![Verdict::Ok], "{:#?}", right.claims);
}

/// A change on last year stated with its amounts (“比上年的…万元增加…万元，增长x%”) is recomputed from
/// them; one without its amounts is no claim.
#[test]
fn a_change_on_last_year_is_checked_against_its_amounts() {
    let text = |rate: &str| format!("2024年度。本年支出合计480.00万元，比上年的400.00万元增加80.00万元，增长{rate}，主要是新增设备购置。");
    let wrong = audit(&text("16.67%"));
    let growth = claims(&wrong, "growth");
    assert_eq!(growth.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", wrong.claims);
    assert!(growth[0].detail.contains("20.00%"), "{}", growth[0].detail);
    let right = audit(&text("20.00%"));
    assert_eq!(marks(&right, "growth"), vec![Verdict::Ok], "{:#?}", right.claims);
    let alone = audit("2024年度。接待来访群众同比下降8.5%。");
    assert!(alone.claims.is_empty(), "{:#?}", alone.claims);
}

/// Figures that are not the unit's are not read as its own: a per-head figure (生均…元), the year's
/// opening balance (年初结转结余 is the carry-over, not the closing balance), a 基本支出 sub-item's
/// 支出, and the cap the “三公” spending kept under — so no remark says a figure has two values, and no
/// note says a stated figure could not be read.
#[test]
fn figures_of_something_else_are_not_the_units() {
    let per_head = audit("2024年度。基本支出500.00万元，其中人员经费420.00万元，公用经费80.00万元，生均公用经费2,000.00元。");
    assert!(per_head.remarks.is_empty(), "{:?}", per_head.remarks);
    let opening = audit("2024年度。本年收入400.00万元，加上年初结转结余20.00万元，全年可支配资金420.00万元。本年支出410.00万元，年末结转结余10.00万元。");
    assert!(opening.remarks.is_empty(), "{:?}", opening.remarks);
    assert!(!opening.claims.iter().any(|c| c.detail.contains("未能读出")), "{:#?}", opening.claims);
    let items = audit("2024年度。基本支出1,000,000.00元，其中工资福利支出800,000.00元，商品和服务支出200,000.00元。");
    assert!(items.remarks.is_empty(), "{:?}", items.remarks);
    assert_eq!(marks(&items, "basic"), vec![Verdict::Ok], "{:#?}", items.claims);
    let capped = |annual: &str| format!("2024年度。年初预算500.00万元，年中追加50.00万元，调减预算10.00万元，调整后全年预算{annual}万元。“三公”经费支出3.00万元，未超过年初预算5.00万元。");
    let right = audit(&capped("540.00"));
    assert!(right.remarks.is_empty(), "{:?}", right.remarks);
    assert_eq!(marks(&right, "annual_budget"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&capped("530.00"));
    assert_eq!(marks(&wrong, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// A total restated rounded in brackets (“本年收入合计18,642.70万元（约1.86亿元），其中：…”) still has the list
/// after the brackets for its parts.
#[test]
fn a_total_restated_rounded_in_brackets_keeps_its_list() {
    let text = |total: &str| format!("2024年度。本年收入合计{total}万元（约1.86亿元），其中：财政拨款收入2,415.30万元，事业收入16,027.40万元，其他收入200.00万元。");
    let right = audit(&text("18,642.70"));
    assert_eq!(marks(&right, "income"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("18,624.70"));
    assert_eq!(marks(&wrong, "income"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// A remark in brackets after an item (“事业收入15.00万元（培训费收入）”) is no part of the next item's name.
#[test]
fn an_items_bracketed_remark_is_not_shown_as_an_addend() {
    let audit = audit("2024年度。收入合计100.00万元，其中财政拨款收入80.00万元、事业收入15.00万元（培训费收入），其他收入5.00万元。");
    let income = claims(&audit, "income");
    assert_eq!(income.first().map(|c| c.verdict), Some(Verdict::Ok), "{:#?}", audit.claims);
    assert!(income[0].detail.contains("+其他收入5万元") && !income[0].detail.contains("（培训费收入）"), "{}", income[0].detail);
}

/// “事业收入（门票、讲解收入）48.00万元” among the budget's parts: the gloss names kinds of that income, so
/// the figure is the 事业收入 and the parts listed are all of the budget — a sum they miss is 不符.
#[test]
fn an_income_glossed_with_several_kinds_is_a_part_of_the_budget() {
    let text = |total: &str| format!("2024年度。全年预算数{total}万元，其中：上年结转12.00万元，年初预算520.00万元，年中追加30.00万元，事业收入（门票、讲解收入）48.00万元。");
    let right = audit(&text("610.00"));
    assert_eq!(marks(&right, "annual_budget"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("616.00"));
    assert_eq!(marks(&wrong, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "annual_budget")[0].detail.contains("相差6万元"), "{:#?}", wrong.claims);
}

/// A head count stated twice (“实有在职人员22人，其中公务员15人、事业人员7人” and 21 in the rate's formula):
/// the types' counts make 22, so the rate built on 21 is 不符; with nothing to settle it, it is not.
#[test]
fn a_head_count_settled_by_its_types_makes_the_other_a_slip() {
    let text = |types: &str| {
        format!("2024年度。核定编制24个，其中行政编制16个、事业编制8个。年末实有在职人员22人，{types}。\n在职人员控制率＝在职人员21人÷编制24个×100%＝87.50%。\n")
    };
    let settled = audit(&text("其中公务员15人、事业人员7人"));
    let control = claims(&settled, "staff_control");
    assert_eq!(control.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", settled.claims);
    assert!(control[0].detail.contains("应为91.67%"), "{}", control[0].detail);
    let open = audit(&text("另有退休人员9人"));
    assert!(claims(&open, "staff_control").iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", open.claims);
}

/// A report that prints a rate to one decimal gets its correction to one decimal (97.8%, usable as it
/// stands), one that prints two decimals to two.
#[test]
fn a_correction_has_as_many_decimals_as_the_report_writes() {
    let one = audit("2024年度。公用经费预算40.00万元，实际支出公用经费39.13万元，公用经费控制率为98.0%。");
    let control = claims(&one, "public_expense_control");
    assert_eq!(control.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", one.claims);
    assert!(control[0].detail.contains("应为97.8%："), "{}", control[0].detail);
    let two = audit("2024年度。公用经费预算40.00万元，实际支出公用经费39.13万元，公用经费控制率为98.00%。");
    assert!(claims(&two, "public_expense_control")[0].detail.contains("应为97.83%："), "{:#?}", two.claims);
}

/// The report's own execution-rate formula confirms its budget as well as the books do: dividing by
/// 年初+追加, it shows a stated 全年预算数 above them to be the slip, and the formula holds.
#[test]
fn an_execution_formula_confirms_the_budget_its_parts_make() {
    let with_formula = audit("2024年度。年初预算80.00万元，年中追加20.00万元，全年预算120.00万元。全年支出90.00万元。预算执行率=90.00÷100.00×100%=90.00%。");
    assert_eq!(marks(&with_formula, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", with_formula.claims);
    assert_eq!(marks(&with_formula, "budget_execution"), vec![Verdict::Ok], "{:#?}", with_formula.claims);
    let without = audit("2024年度。年初预算80.00万元，年中追加20.00万元，全年预算120.00万元。全年支出90.00万元。预算执行率为75.00%。");
    assert_eq!(marks(&without, "annual_budget"), vec![Verdict::Unverifiable], "{:#?}", without.claims);
}

/// “全年可用资金” is the year's budget by another name: a rate over it is checked, right or wrong.
#[test]
fn the_years_available_funds_are_its_budget() {
    let text = |rate: &str| format!("2024年度。全年可用资金300.00万元，包括上年结转20.00万元、县级财政拨款250.00万元和上级专项补助30.00万元。全年支出282.00万元，年末结转结余18.00万元。预算执行率为{rate}。");
    let right = audit(&text("94.00%"));
    assert_eq!(marks(&right, "budget_execution"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("95.00%"));
    assert_eq!(marks(&wrong, "budget_execution"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// Last year's “三公” budget named by its year alone (“2023年为…”, “较2023年的…”) is read, so the change
/// rate is checked; a comparison of spending is not taken for it.
#[test]
fn last_years_sangong_budget_named_by_its_year_alone() {
    let said_as = |rate: &str| format!("2024年度。2024年“三公”经费预算8.00万元，2023年为10.00万元。“三公”经费变动率{rate}。");
    assert_eq!(marks(&audit(&said_as("-20.00%")), "sangong_change"), vec![Verdict::Ok]);
    assert_eq!(marks(&audit(&said_as("-25.00%")), "sangong_change"), vec![Verdict::Mismatch]);
    let compared = audit("2024年度。“三公”经费预算8.00万元；“三公”经费预算较2023年的10.00万元下降，变动率-20.00%。");
    assert_eq!(marks(&compared, "sangong_change"), vec![Verdict::Ok], "{:#?}", compared.claims);
    let spending = audit("2024年度。“三公”经费预算8.00万元，实际支出7.00万元，比2023年的9.00万元减少。“三公”经费变动率-20.00%。");
    assert_eq!(marks(&spending, "sangong_change"), vec![Verdict::Unverifiable], "{:#?}", spending.claims);
    let next_sentence = audit("2024年度。2024年“三公”经费预算9.00万元，其中公务接待费2.50万元，公务用车运行维护费6.50万元。2023年预算10.00万元。“三公”经费变动率-10.00%。");
    assert_eq!(marks(&next_sentence, "sangong_change"), vec![Verdict::Ok], "{:#?}", next_sentence.claims);
}

/// Two splits of the same staff in one list (by 编制 type and by post) are not added together.
#[test]
fn two_splits_of_the_same_staff_are_not_added_together() {
    let audit = audit("2024年度。核定编制40名，实有在编38人，其中行政35人、工勤3人，专业技术人员10人。在职人员控制率95.00%。");
    assert!(!audit.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", audit.claims);
}

/// A total the report wrote in 万元 is said in 万元 (with its 元 beside it) though its parts, having cents
/// of 元, are shown in 元.
#[test]
fn a_total_written_in_wan_is_said_in_wan() {
    let audit = audit("2024年度。基本支出100.00万元，其中人员经费800,060.50元，公用经费200,000.00元。");
    let basic = claims(&audit, "basic");
    assert_eq!(basic.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", audit.claims);
    assert!(basic[0].detail.starts_with("报告写基本支出100万元（1,000,000.00元）"), "{}", basic[0].detail);
}

/// A remark on a figure stated twice shows amounts with cents of 元 in 元, not as 6-decimal 万元.
#[test]
fn a_remark_shows_yuan_amounts_in_yuan() {
    let audit = audit("2024年度。公用经费12,345.67元。公用经费12,354.67元。");
    assert!(audit.remarks.iter().any(|r| r.contains("12,345.67元、12,354.67元")), "{:?}", audit.remarks);
}

/// The final accounts' approval named after its date (“8月20日收到2023年度部门决算批复”) is the 决算's.
#[test]
fn a_final_accounts_approval_named_after_its_date_is_the_final_accounts() {
    let audit = audit("2024年度。2024年8月12日收到2023年度部门决算批复，2024年8月26日在县政府网站公开。");
    let disclosure = claims(&audit, "disclosure_timeliness");
    assert_eq!(disclosure.first().map(|c| c.verdict), Some(Verdict::Ok), "{:#?}", audit.claims);
    assert!(disclosure[0].detail.starts_with("决算批复后14日公开"), "{}", disclosure[0].detail);
    let after = super::audit("2024年度。2024年8月12日批复2023年度部门决算，2024年8月26日予以公开。");
    assert!(claims(&after, "disclosure_timeliness")[0].detail.starts_with("决算批复后14日公开"), "{:#?}", after.claims);
}

/// The one item the “三公” consist of (“仅有公务用车运行维护费”) gives their budget and spending: the control
/// rate is checked, right or wrong.
#[test]
fn the_sole_sangong_item_is_the_sangong() {
    let text = |rate: &str| format!("2024年度。本所“三公”经费仅有公务接待费，预算2.00万元，支出1.80万元，“三公”经费控制率{rate}。");
    assert_eq!(marks(&audit(&text("90.00%")), "sangong_control"), vec![Verdict::Ok]);
    assert_eq!(marks(&audit(&text("95.00%")), "sangong_control"), vec![Verdict::Mismatch]);
}

/// A rate stated and at once restated with its formula is judged by that formula in both places.
#[test]
fn a_rate_restated_at_once_with_its_formula_is_judged_by_it() {
    let audit = audit("2024年度。（三）公用经费控制率103.00%：公用经费控制率=40.00÷41.20×100%=103.00%。");
    assert_eq!(marks(&audit, "public_expense_control"), vec![Verdict::Mismatch, Verdict::Mismatch], "{:#?}", audit.claims);
    let right = super::audit("2024年度。（三）公用经费控制率97.09%：公用经费控制率=40.00÷41.20×100%=97.09%。");
    assert_eq!(marks(&right, "public_expense_control"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
}

/// “加上级补助收入” is an item (上级补助收入), not “加上年结转”: the list goes on past it.
#[test]
fn an_item_after_jia_shangji_is_still_a_part() {
    let audit = audit("2024年度。本年收入合计100.00万元，其中财政拨款收入90.00万元，加上级补助收入10.00万元。");
    assert_eq!(marks(&audit, "income"), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// A “三公” item written “公务车…” is an item, its year (“本年…”) notwithstanding.
#[test]
fn a_sangong_item_written_gongwuche_is_an_item() {
    let audit = audit("2024年度。“三公”经费支出10.00万元，其中接待费2.00万元、本年公务车运行维护费8.00万元。");
    assert_eq!(marks(&audit, "sangong"), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// Where a list's first items make its total exactly and later figures take it past, the reading may have
/// run past the list's end: 无法核对, not 不符. A list that never makes its total is still a slip.
#[test]
fn a_list_that_runs_past_its_total_abstains() {
    let past = audit("2024年度。项目支出30.00万元，其中设备购置费10.00万元、宣传费20.00万元，另安排调研经费5.00万元。");
    assert_eq!(marks(&past, "projects"), vec![Verdict::Unverifiable], "{:#?}", past.claims);
    let wrong = audit("2024年度。项目支出30.00万元，其中设备购置费12.00万元、宣传费20.00万元。");
    assert_eq!(marks(&wrong, "projects"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// A sentence that opens on 公用经费 or the “三公” and their budget speaks of them to its end: its
/// 全年实际支出 is theirs, not the unit's (whose total is stated elsewhere and right).
#[test]
fn spending_in_a_sentence_opened_by_its_topic_is_the_topics() {
    let public = audit("2024年度。全年支出合计512.30万元，其中基本支出401.30万元，项目支出111.00万元。公用经费年初预算280,000元，全年实际支出263,500元，公用经费控制率为94.11%。");
    assert!(!public.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", public.claims);
    assert_eq!(marks(&public, "public_expense_control"), vec![Verdict::Ok], "{:#?}", public.claims);
    let sangong = audit("2024年度。全年支出合计512.30万元，其中基本支出401.30万元，项目支出111.00万元。2024年“三公”经费预算6.00万元，上年预算6.60万元，变动率-9.09%；全年实际支出5.10万元，控制率85.00%。");
    assert!(!sangong.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", sangong.claims);
    assert_eq!(marks(&sangong, "sangong_control"), vec![Verdict::Ok], "{:#?}", sangong.claims);
    // A sentence that lists several things still gives the unit's spending.
    let listed = audit("2024年度。全年预算数530.00万元。三公经费本年预算6.5万元，公用经费35万元，本年实际支出512.30万元，预算执行率为96.66%。");
    assert_eq!(marks(&listed, "budget_execution"), vec![Verdict::Ok], "{:#?}", listed.claims);
}

/// A part of 基本支出 with its own items after “包括” (公用经费 listed down to 其他商品和服务支出): the items
/// are 公用经费's, not further parts of 基本支出; a list closing on “其他…” is the whole of 公用经费, so a
/// 公用经费 that its items do not make is the slip, and 基本支出 is judged by what they give.
#[test]
fn items_of_public_spending_after_baokuo_are_its_own_and_the_whole_of_it() {
    let text = |public: &str| {
        format!(
            "2024年度。基本支出500.00万元。其中人员经费420.00万元；公用经费支出{public}万元，包括办公费30.00万元、差旅费20.00万元、维修费10.00万元、其他商品和服务支出20.00万元。"
        )
    };
    let slip = audit(&text("82.00"));
    assert_eq!(marks(&slip, "basic"), vec![Verdict::Ok], "{:#?}", slip.claims);
    assert_eq!(marks(&slip, "public"), vec![Verdict::Mismatch], "{:#?}", slip.claims);
    let right = audit(&text("80.00"));
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
}

/// A few of 公用经费's items, with no catch-all among them, are only some of it: less than the total is no slip.
#[test]
fn a_few_public_items_without_the_rest_are_some_of_it() {
    let text = "2024年度。基本支出500.00万元。其中人员经费420.00万元；公用经费支出80.00万元，包括办公费30.00万元、差旅费20.00万元。";
    let audit = audit(text);
    assert!(!audit.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "basic"), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// A spending total its own parts contradict (and marked 不符 for it) is no ground to call a rate wrong:
/// the rate is judged on what the parts give — and a rate wrong on that figure too is still wrong.
#[test]
fn a_rate_is_not_blamed_on_a_spending_total_its_parts_reject() {
    let text = |rate: &str| {
        format!("2024年度。全年预算总额500.00万元。全年支出合计480.00万元，其中基本支出300.00万元，项目支出150.00万元。年末结转结余50.00万元。预算执行率{rate}。")
    };
    let parts_right = audit(&text("90.00%"));
    assert_eq!(marks(&parts_right, "spend"), vec![Verdict::Mismatch], "{:#?}", parts_right.claims);
    assert_eq!(marks(&parts_right, "budget_execution"), vec![Verdict::Ok], "{:#?}", parts_right.claims);
    let wrong_anyway = audit(&text("85.00%"));
    assert_eq!(marks(&wrong_anyway, "budget_execution"), vec![Verdict::Mismatch], "{:#?}", wrong_anyway.claims);
}

/// Where the books confirm the stated spending (it and the closing balance make the year's budget), the
/// parts may be the slip: the rate stays on the stated figure.
#[test]
fn a_spending_total_the_books_confirm_still_carries_the_rate() {
    let text = |rate: &str| {
        format!("2024年度。全年预算总额500.00万元。全年支出合计480.00万元，其中基本支出300.00万元，项目支出170.00万元。年末结转结余20.00万元。预算执行率{rate}。")
    };
    let on_stated = audit(&text("96.00%"));
    assert_eq!(marks(&on_stated, "budget_execution"), vec![Verdict::Ok], "{:#?}", on_stated.claims);
    let on_parts = audit(&text("94.00%"));
    assert_eq!(marks(&on_parts, "budget_execution"), vec![Verdict::Mismatch], "{:#?}", on_parts.claims);
}

/// A change stated with both years' amounts takes its direction and size from them: a fall written for a
/// rise is wrong, even where the written change over last year's amount gives the written rate.
#[test]
fn a_change_written_as_a_fall_when_the_year_rose_is_wrong() {
    let text = |word: &str, rate: &str| format!("2024年度。本年支出合计250.00万元，较上年支出200.00万元{word}50.00万元，{rate}25.00%。");
    let reversed = audit(&text("减少", "下降"));
    assert_eq!(marks(&reversed, "growth"), vec![Verdict::Mismatch], "{:#?}", reversed.claims);
    assert!(claims(&reversed, "growth")[0].detail.contains("应为增长"), "{:#?}", reversed.claims);
    assert!(reversed.claims.iter().any(|c| c.notes.iter().any(|n| n.contains("实为增加"))), "{:#?}", reversed.claims);
    let right = audit(&text("增加", "增长"));
    assert_eq!(marks(&right, "growth"), vec![Verdict::Ok], "{:#?}", right.claims);
}

/// Brackets after a 公用经费 rate give its operands: a bare 年初预算 there is 公用经费's budget, not the
/// unit's — so a rate divided the wrong way round is caught, and the unit's own 年初预算 stays unchallenged.
#[test]
fn a_bare_budget_in_the_brackets_of_a_public_rate_is_its_budget() {
    let text = |rate: &str| {
        format!("2024年度。年初预算1200.00万元。公用经费控制率为{rate}（2024年公用经费实际支出90.00万元，年初预算100.00万元），控制在预算以内。")
    };
    let inverted = audit(&text("111.11%"));
    assert_eq!(marks(&inverted, "public_expense_control"), vec![Verdict::Mismatch], "{:#?}", inverted.claims);
    assert!(inverted.claims.iter().any(|c| c.detail.contains("90.00%")), "{:#?}", inverted.claims);
    let right = audit(&text("90.00%"));
    assert_eq!(marks(&right, "public_expense_control"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(!right.remarks.iter().any(|r| r.contains("年初预算")), "{:?}", right.remarks);
}

/// Part scores listed before the total they make (“投入类指标得分…、…，总得分…”) are checked against it; a
/// score of an item the list does not name, earlier in the sentence, leaves the total unchecked.
#[test]
fn part_scores_before_their_total_are_added_up() {
    let text = |total: &str| format!("经自评，本单位2024年度投入类指标得分19分、过程类指标得分28分、产出类指标得分30分、效益类指标得分15分，总得分{total}分，等级为“优”。");
    let wrong = audit(&text("94"));
    assert_eq!(marks(&wrong, "score_total"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(wrong.claims.iter().any(|c| c.detail.contains("之和为92分")), "{:#?}", wrong.claims);
    let right = audit(&text("92"));
    assert_eq!(marks(&right, "score_total"), vec![Verdict::Ok], "{:#?}", right.claims);
    let unnamed = audit("综合评价，资金执行率该项得分9.5分；产出指标得50分，效益指标得30分，合计得分89.5分。");
    assert!(marks(&unnamed, "score_total").is_empty(), "{:#?}", unnamed.claims);
}

/// An item of a breakdown opened by “包括” whose name ends in 支出 (其他商品和服务支出) is the item's, not a
/// second figure of the topic's own spending: the topic's control rate stays checkable.
#[test]
fn an_item_ending_in_spending_after_baokuo_is_the_items() {
    let audit = audit("2024年度。公用经费支出38.40万元，包括办公费11.20万元、差旅费9.60万元、维修费12.10万元、其他商品和服务支出5.50万元。公用经费年初预算400,000元，全年实际支出384,000元，公用经费控制率为96.00%。");
    assert!(audit.remarks.iter().all(|r| !r.contains("不同数字")), "{:?}", audit.remarks);
    assert_eq!(marks(&audit, "public_expense_control"), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// “年初结转” is what the year starts with — last year's carry-over — so an annual budget counting it is
/// checked; “年末结转” stays the closing balance, never a part of the year's funds.
#[test]
fn carry_over_at_the_years_start_is_last_years_carry_over() {
    let text = |total: &str| format!("2024年度。本年年初结转8.00万元，年初预算150.00万元，年中追加12.00万元，全年预算数{total}万元。全年支出160.00万元，年末结转结余10.00万元。");
    let right = audit(&text("170.00"));
    assert_eq!(marks(&right, "annual_budget"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("178.00"));
    assert_eq!(marks(&wrong, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    let closing = audit("2024年度。年初预算150.00万元，年中追加12.00万元，全年预算数162.00万元，年末结转8.00万元。");
    assert_eq!(marks(&closing, "annual_budget"), vec![Verdict::Ok], "{:#?}", closing.claims);
}

/// The 年初预算 and 年中追加 named with their source (“年初财政拨款预算”, “年中追加财政拨款”) are the budget's
/// parts all the same, so the annual budget they make is checked; “调整后财政拨款预算” stays no part of it.
#[test]
fn budget_parts_named_with_their_source_are_the_budgets_parts() {
    let text = |total: &str| format!("2024年度。上年结转5.00万元，年初财政拨款预算300.00万元，年中追加财政拨款40.00万元，全年预算数{total}万元。全年支出330.00万元，年末结转结余15.00万元。");
    let right = audit(&text("345.00"));
    assert_eq!(marks(&right, "annual_budget"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("354.00"));
    assert_eq!(marks(&wrong, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    let adjusted = audit("2024年度。年初预算300.00万元，年中追加40.00万元，调整后财政拨款预算340.00万元。全年预算数345.00万元。");
    assert!(!adjusted.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", adjusted.claims);
}

/// “较上年预算…元” names last year's “三公” budget, the base of their change rate, which is then checked;
/// a change amount after the same comparison (“较上年减少…”) is no figure of either year.
#[test]
fn last_years_sangong_budget_after_a_comparison_is_read() {
    let text = |rate: &str| format!("2024年度。本年“三公”经费预算36,000.00元，较上年预算40,000.00元减少4,000.00元，变动率为{rate}。");
    let right = audit(&text("-10.00%"));
    assert_eq!(marks(&right, "sangong_change"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("-11.11%"));
    assert_eq!(marks(&wrong, "sangong_change"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    let amount_only = audit("2024年度。本年“三公”经费预算36,000.00元，较上年减少4,000.00元，变动率为-10.00%。");
    assert_eq!(marks(&amount_only, "sangong_change"), vec![Verdict::Unverifiable], "{:#?}", amount_only.claims);
}

/// In a table whose rows count the year's funds (上年结转, 年初预算 …), a row of income beside the budget
/// (上级补助收入, 事业收入) is other funds, so the table's 全年预算数 is checked; in a table of income alone it
/// is no part of the budget a sentence states.
#[test]
fn income_rows_in_a_table_of_the_years_funds_are_other_funds() {
    let table = |total: &str| format!("2024年度。\n表1 资金来源（万元）\n项目\t金额\n上年结转\t6.5000\n年初预算\t210.0000\n年中追加\t30.0000\n事业收入\t8.0000\n全年预算数\t{total}\n");
    let right = audit(&table("254.5000"));
    assert_eq!(marks(&right, "annual_budget"), vec![Verdict::Ok], "{:#?}", right.claims);
    let income = audit("2024年度。上年结转6.50万元，年初预算210.00万元，年中追加30.00万元，全年预算数246.50万元。\n表2 收入（万元）\n本年收入合计\t248.0000\n财政拨款收入\t240.0000\n事业收入\t8.0000\n");
    assert_eq!(marks(&income, "annual_budget"), vec![Verdict::Ok], "{:#?}", income.claims);
}

/// The policy part of the 年中追加 named after its amount (“…中45.00万元是…，系政策性追加”) is read, so the
/// 预算控制率 without it is checked; an amount said not to be policy-driven, or one followed by another
/// amount before the words, is not taken for it.
#[test]
fn a_policy_addition_named_after_its_amount_is_read() {
    let text = |rate: &str| format!("2024年度。年初预算500.00万元，年中追加60.00万元，预算控制率为12.00%。追加部分中有45.00万元是上级下达的救灾资金，系政策性追加，剔除后预算控制率为{rate}。");
    let right = audit(&text("3.00%"));
    assert_eq!(marks(&right, "budget_control_adjusted"), vec![Verdict::Ok], "{:#?}", right.claims);
    // A wrong rate on a basis it names is not called right (as when the amount is named before it).
    let wrong = audit(&text("4.00%"));
    assert_ne!(marks(&wrong, "budget_control_adjusted"), vec![Verdict::Ok], "{:#?}", wrong.claims);
    let not_policy = audit("2024年度。年初预算500.00万元，年中追加60.00万元，预算控制率为12.00%。追加部分中有45.00万元不属于政策性追加，剔除政策性因素后预算控制率为3.00%。");
    assert_eq!(marks(&not_policy, "budget_control_adjusted"), vec![Verdict::Unverifiable], "{:#?}", not_policy.claims);
    let another = audit("2024年度。年初预算500.00万元，年中追加60.00万元，预算控制率为12.00%。追加部分中15.00万元为一般性追加，其余45.00万元为政策性追加，剔除后预算控制率为3.00%。");
    assert_eq!(marks(&another, "budget_control_adjusted"), vec![Verdict::Ok], "{:#?}", another.claims);
}

#[test]
fn figures_in_brackets_after_their_names_are_read() {
    let text = "一、资金情况\n本年可用资金：全年预算数（860.00万元），包括：上年结转（40.00万元）、年初预算（760.00万元）、年中追加（60.00万元）。\
全年支出（815.50万元），其中基本支出（600.00万元）、项目支出（215.50万元）。年末结转结余（54.50万元），为未完工的维修工程款。\n\
二、指标\n1．在职人员控制率（92.00%）＝实有在编人员（23人）÷核定编制（25名）×100%。\n\
2．预算执行率（94.83%）＝全年支出（815.50万元）÷全年预算数（860.00万元）×100%。\n\
3．公用经费预算（50.00万元），实际支出（47.00万元），公用经费控制率（94.00%）。";
    let audit = audit(text);
    let balance = claims(&audit, "funds_balance");
    assert_eq!(balance.len(), 1);
    assert_eq!(balance[0].verdict, Verdict::Mismatch, "{}", balance[0].detail);
    assert!(balance[0].detail.contains("多10万元"), "{}", balance[0].detail);
    assert_eq!(balance[0].stated, "全年支出（815.50万元）", "marked with its brackets");
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("全年预算数（860.00万元）".into(), Verdict::Ok)]);
    for id in ["staff_control", "budget_execution", "public_expense_control"] {
        let found = claims(&audit, id);
        assert_eq!(found.len(), 1, "{id}: {:?}", audit.claims);
        assert_eq!(found[0].verdict, Verdict::Ok, "{id}: {}", found[0].detail);
    }
    // A remark in brackets is no figure of the name before it; a figure restated in another unit is not read twice.
    let remarks = super::audit("全年预算数500.00万元（含上年结转20.00万元），全年支出4,800,000.00元（480.00万元），年末结转结余20.00万元。");
    assert_eq!(remarks.count(Verdict::Mismatch), 0, "{:?}", remarks.claims);
}

#[test]
fn head_counts_in_words_are_read_where_a_count_is_expected() {
    let audit = audit("核定编制三十二名，其中行政编制十四名、事业编制十八名；年末实有在职人员二十九人。在职人员控制率为90.63%。");
    assert_eq!(verdicts(&audit, "quota"), vec![("核定编制三十二名".into(), Verdict::Ok)]);
    let staff = claims(&audit, "staff_control");
    assert_eq!(staff[0].verdict, Verdict::Ok, "{}", staff[0].detail);
    assert!(staff[0].detail.contains("29人/编制数32人"), "{}", staff[0].detail);
}

#[test]
fn the_figure_after_unchanged_is_last_years() {
    let audit = audit("本年度“三公”经费预算6.40万元，与上年预算持平（6.40万元），“三公”经费变动率为0%。");
    let change = claims(&audit, "sangong_change");
    assert_eq!(change.len(), 1);
    assert_eq!(change[0].verdict, Verdict::Ok, "{}", change[0].detail);
    let wrong = super::audit("本年度“三公”经费预算6.40万元，与上年预算持平（6.40万元），“三公”经费变动率为-5.00%。");
    assert_eq!(claims(&wrong, "sangong_change")[0].verdict, Verdict::Mismatch);
}

#[test]
fn sangong_items_in_the_sentence_after_their_total_and_its_rate() {
    let text = "本年度“三公”经费支出15.30万元，“三公”经费控制率=15.30/18.00×100%=85.00%。其中公务接待费4.10万元，公务用车运行维护费10.20万元。";
    let audit = audit(text);
    let sangong = claims(&audit, "sangong");
    assert_eq!(sangong.len(), 1, "{:?}", audit.claims);
    assert_eq!(sangong[0].verdict, Verdict::Mismatch, "{}", sangong[0].detail);
    assert!(sangong[0].detail.contains("之和为14.3万元"), "{}", sangong[0].detail);
    let other = super::audit("本年度“三公”经费支出15.30万元，较上年减少2.00万元。其中公务接待费4.10万元，公务用车运行维护费10.20万元。");
    assert!(claims(&other, "sangong").is_empty(), "another amount between: the list may be of it");
}

/// An item line named by its project before a colon (“3．乡村公路养护工程：全年预算…”), or under a heading
/// naming it, speaks of that project: its 全年预算 is the project's, not a second, conflicting 全年预算数 of
/// the unit.
#[test]
fn a_project_named_before_its_figures_gives_its_own_budget() {
    let unit = "2024年度。上年结转40.00万元，年初预算600.00万元，年中追加60.00万元。全年预算数700.00万元，全年支出665.00万元，年末结转结余35.00万元。\n";
    for item in [
        "2．村级道路硬化工程：全年预算210.00万元，支出205.80万元，执行率98.00%。",
        "（三）“智慧养老”试点项目：全年预算88.50万元，实际支出80.00万元，执行率为90.40%。",
        "（四）老旧管网更新工程\n全年预算64.00万元，支出60.80万元，执行率95.00%。",
        "4.老旧管网更新工程。全年预算64.00万元，支出60.80万元，执行率95.00%。",
    ] {
        let audit = audit(&format!("{unit}{item}"));
        // Its own rate is checked on its own figures.
        assert_eq!(marks(&audit, "project.execution"), vec![Verdict::Ok], "{item}: {:#?}", audit.claims);
        assert!(!audit.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{item}: {:#?}", audit.claims);
        assert!(!audit.remarks.iter().any(|r| r.contains("全年预算数在文中有不同数字")), "{item}: {:?}", audit.remarks);
    }
    // An item of the unit's accounts is the unit's: its 全年预算 too.
    let accounts = audit("2024年度。（一）部门收支项目：上年结转40.00万元，年初预算600.00万元，年中追加60.00万元，全年预算710.00万元。");
    assert_eq!(claims(&accounts, "annual_budget").len(), 1, "{:#?}", accounts.claims);
}

/// A table of projects (项目名称 | 预算 | 支出 | 执行率, and its 合计) gives the projects' rates, each checked on
/// its own row — never the unit's 预算执行率, nor a second 全年预算数 or 支出合计.
#[test]
fn a_table_of_projects_gives_the_projects_rates() {
    let unit = "2022年度。全年预算数1,200.00万元，支出合计1,150.00万元，年末结转结余50.00万元。预算执行率95.83%。\n\n";
    let table = |total_rate: &str| {
        format!("附表 重点项目情况（单位：万元）\n项目名称\t全年预算\t实际支出\t执行率\n河道清淤\t150.00\t141.00\t94.00%\n防汛物资储备\t50.00\t50.00\t100.00%\n合计\t200.00\t191.00\t{total_rate}\n")
    };
    let right = audit(&format!("{unit}{}", table("95.50%")));
    assert_eq!(marks(&right, "budget_execution"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(right.claims.iter().all(|c| c.notes.iter().all(|n| !n.contains("请核对"))), "{:#?}", right.claims);
    assert_eq!(marks(&right, "project.execution"), vec![Verdict::Ok; 3], "{:#?}", right.claims);
    assert!(right.remarks.is_empty(), "{:?}", right.remarks);
    let wrong = audit(&format!("{unit}{}", table("95.05%")));
    assert_eq!(marks(&wrong, "project.execution"), vec![Verdict::Ok, Verdict::Ok, Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "project.execution")[2].detail.contains("所列项目合计执行率写95.05%，按该行数字应为95.50%"), "{:#?}", wrong.claims);
    // A row of figures under a row of labels, under a title naming 项目, is still the unit's.
    let labelled = audit("2022年度。\n表1 预算项目资金情况表（单位：万元）\n上年结转\t年初预算\t年中追加\t全年预算\t全年支出\t年末结转结余\n50.00\t1,000.00\t150.00\t1,200.00\t1,150.00\t50.00\n\n预算执行率95.83%。");
    assert_eq!(marks(&labelled, "budget_execution"), vec![Verdict::Ok], "{:#?}", labelled.claims);
}

/// A rate on the 年初 口径 the report names (“按年初预算口径…”) is judged on that 口径: right
/// where its figures bear it out, and no second value of the default rate; wrong where they do not.
#[test]
fn a_rate_on_the_basis_the_report_names_is_judged_on_it() {
    let unit = "2023年度。上年结转20.00万元，年初预算400.00万元，年中追加80.00万元。全年预算数500.00万元，本年支出470.00万元，年末结转结余30.00万元。预算执行率为94.00%。\n";
    for named in ["另按年初预算口径计算，预算执行率为117.50%。", "以年初预算数为分母计算的预算执行率为117.50%。", "（2）以年初预算为口径，预算执行率=本年支出÷年初预算数×100%=470.00÷400.00×100%=117.50%。"] {
        let audit = audit(&format!("{unit}{named}"));
        assert_eq!(marks(&audit, "budget_execution"), vec![Verdict::Ok, Verdict::Ok], "{named}: {:#?}", audit.claims);
        assert!(claims(&audit, "budget_execution")[1].detail.contains("口径"), "{named}: {:#?}", audit.claims);
        assert!(audit.remarks.is_empty(), "{named}: {:?}", audit.remarks);
    }
    let off = audit(&format!("{unit}（2）以年初预算为口径，预算执行率=本年支出÷年初预算数×100%=470.00÷410.00×100%=114.63%。"));
    assert_eq!(marks(&off, "budget_execution"), vec![Verdict::Ok, Verdict::Mismatch], "{:#?}", off.claims);
}

/// A change whose formula divides by this year's figure instead of last year's is wrong for that — not for
/// figures that differ from the text's (they are the text's own) — and gets its right value.
#[test]
fn a_change_over_this_years_figure_has_the_wrong_base() {
    // With its figures stated, then with the formula the text's only word on them: its own figures give
    // the right value.
    let stated = "2024年度。本年“三公”经费预算为12.60万元，上年“三公”经费预算为14.00万元。“三公”经费变动率=（12.60-14.00）/12.60×100%=-11.11%。";
    for text in [stated, "2024年度。三公经费变动率＝(18.00－20.00)／18.00×100%＝-11.11%。"] {
        let audit = audit(text);
        let [change] = claims(&audit, "sangong_change")[..] else { panic!("{:#?}", audit.claims) };
        let said = format!("{}{}", change.detail, change.notes.concat());
        assert_eq!(change.verdict, Verdict::Mismatch, "{said}");
        assert!(said.contains("应为-10.00%") && said.contains("以本年数为分母") && !said.contains("不一致"), "{said}");
    }
    // Stated without a formula, a value that dividing by this year's figure gives says so too.
    for text in ["2024年度。2024年“三公”经费预算18.00万元，2023年预算20.00万元，“三公”经费变动率为-11.11%。", "2024年度。公用经费支出90.00万元，比上年的100.00万元下降11.11%。"] {
        let audit = audit(text);
        let [change] = audit.claims.iter().filter(|c| c.verdict == Verdict::Mismatch).collect::<Vec<_>>()[..] else { panic!("{:#?}", audit.claims) };
        assert!(change.notes.iter().any(|n| n.contains("以本年数为分母")) && change.detail.contains("10.00%"), "{:#?}", change);
    }
}

/// A formula's bare amounts are in the unit they are written in: in 元 beside figures in 元 or 万元, in 万元
/// beside figures in 元. The 全年预算数 it names balances the books; read at ten thousand times itself it
/// made a gap of billions.
#[test]
fn a_formulas_bare_amounts_keep_their_own_scale() {
    let formulas = ["3,456,000.00/3,600,000.00", "3456000/3600000", "345.60/360.00"];
    let spendings = ["本年支出合计3,456,000.00元", "本年支出合计3456000元", "本年支出合计345.60万元"];
    for (formula, spending) in formulas.iter().flat_map(|f| spendings.iter().map(move |s| (f, s))) {
        let text = format!("2023年度。{spending}，年末结转结余144,000.00元。预算执行率=支出合计/全年预算数×100%={formula}×100%=96.00%。");
        let audit = audit(&text);
        assert_eq!(marks(&audit, "funds_balance"), vec![Verdict::Ok], "{text}: {:#?}", audit.claims);
        let detail = &claims(&audit, "funds_balance")[0].detail;
        assert!(["全年预算数3,600,000.00元", "全年预算数360万元"].iter().any(|w| detail.contains(w)), "{text}: {detail}");
    }
}

/// A rate right on the spending its parts give, where they reject the stated spending, is right for that —
/// not a truncation of the rate on the stated figure, though it may look like one.
#[test]
fn a_rate_rounded_on_the_parts_is_no_truncation() {
    let audit = audit("2023年度。全年预算数1,000.00万元。支出合计965.08万元，其中基本支出400.00万元，项目支出565.00万元。预算执行率为96.50%。");
    let [rate] = claims(&audit, "budget_execution")[..] else { panic!("{:#?}", audit.claims) };
    assert_eq!(rate.verdict, Verdict::Ok);
    assert!(rate.notes.iter().any(|n| n.contains("按各项之和相符")) && !rate.notes.iter().any(|n| n.contains("舍去")), "{:?}", rate.notes);
}

/// A correction in a report printing rates to three or four decimals has as many — from the text's figures,
/// from a formula's own, or for a change on last year — never rounded to two.
#[test]
fn a_correction_keeps_three_or_four_decimals() {
    let text = "2023年度。日常公用经费预算80.000万元，实际支出77.123万元，公用经费控制率为96.504%。";
    let control = audit(text);
    assert!(claims(&control, "public_expense_control")[0].detail.contains("应为96.404%"), "{:#?}", control.claims);
    let formula = audit("2023年度。在职人员控制率=27÷30×100%=91.0000%。");
    assert!(claims(&formula, "staff_control")[0].detail.contains("应为90.0000%"), "{:#?}", formula.claims);
    let growth = audit("2023年度。项目支出640.000万元，较上年的600.000万元增长6.776%。");
    let said: Vec<&str> = growth.claims.iter().map(|c| c.detail.as_str()).collect();
    assert!(said.iter().any(|d| d.contains("应为增长6.667%")), "{said:?}");
}

/// A project's or a fund's own budget, then a bare 实际支出: the spending is that item's, not the unit's
/// 支出合计 — however the item's name ends (…经费, …补助) and however many items a sentence lists.
#[test]
fn spending_after_an_items_own_budget_is_the_items() {
    let text = "2023年本单位全年预算数500.00万元，支出合计480.00万元，其中基本支出300.00万元、项目支出180.00万元，年末结转结余20.00万元。\
                （三）重点工作。民族团结宣讲经费预算60.00万元，实际支出57.30万元，执行率95.50%；非遗传承人补助预算40.00万元，实际支出38.20万元，执行率95.50%。";
    let audit = audit(text);
    no_mismatch(&audit);
    assert!(!audit.remarks.iter().any(|r| r.contains("57.3") || r.contains("38.2")), "{:?}", audit.remarks);
}

/// A sentence that opens on the “三公” budget (after the unit's short name, or naming the “三公” again
/// before a “；”) speaks of them to its end: its 全年实际支出 is their spending, checked against their
/// 控制率, never the unit's 支出合计.
#[test]
fn spending_closing_a_sangong_sentence_is_theirs() {
    let unit = "2023年全年支出1,200.00万元，其中基本支出700.00万元、项目支出500.00万元。";
    let named = format!("{unit}县农业技术推广服务中心2023年“三公”经费预算5.00万元，比2022年预算4.00万元增加1.00万元，增长25.00%，主要是新增外事接待任务；全年实际支出4.60万元，控制率92.00%。");
    let audit_named = audit(&named);
    assert_eq!(marks(&audit_named, "sangong_control"), vec![Verdict::Ok], "{:#?}", audit_named.claims);
    no_mismatch(&audit_named);
    let again = format!("{unit}2023年“三公”经费预算8.00万元，2022年预算10.00万元，“三公”经费比上年下降20.00%；全年实际支出7.10万元，未超预算。");
    let audit_again = audit(&again);
    no_mismatch(&audit_again);
    assert!(!audit_again.remarks.iter().any(|r| r.contains("7.1")), "{:?}", audit_again.remarks);
    // The guard: spending split into the unit's own parts is the unit's, and its slip is still found.
    let split = audit("2023年“三公”经费预算3.00万元，实际支出2.70万元；全年实际支出800.00万元，其中基本支出450.00万元、项目支出300.00万元。");
    assert_eq!(marks(&split, "spend"), vec![Verdict::Mismatch], "{:#?}", split.claims);
}

/// Spending under a “三公” heading (“本年实际支出…”), or followed by a bare 控制率 in a paragraph about the
/// “三公”, is theirs: the unit's spending has no 控制率 of its own.
#[test]
fn spending_with_the_sangong_control_rate_is_theirs() {
    let unit = "2023年全年支出2,400.00万元，其中基本支出1,500.00万元、项目支出900.00万元。\n";
    let headed = audit(&format!("{unit}“三公”经费：2023年预算12.00万元，2022年预算15.00万元；本年实际支出10.80万元，控制率90.00%。"));
    no_mismatch(&headed);
    assert_eq!(marks(&headed, "sangong_control"), vec![Verdict::Ok], "{:#?}", headed.claims);
    let after = audit(&format!("{unit}（三）成本控制\n2023年“三公”经费预算12.00万元，较上年减少3.00万元。全年实际支出10.80万元，控制率90.00%。"));
    no_mismatch(&after);
    assert!(!after.remarks.iter().any(|r| r.contains("10.8")), "{:?}", after.remarks);
}

/// A control rate whose formula's own words divide the budget (or the 编制) by the actual is upside
/// down, even where no other sentence gives its figures.
#[test]
fn a_control_rate_with_its_labels_upside_down_is_wrong_on_its_own() {
    let public = audit("公用经费控制率=公用经费预算数÷公用经费实际数×100%=50.00÷45.00×100%=111.11%。");
    one_mismatch_saying(&public, "public_expense_control", "90.00%");
    let staff = audit("在职人员控制率=核定编制数/实有在职人数×100%=40/36×100%=111.11%。");
    one_mismatch_saying(&staff, "staff_control", "90.00%");
    let right = audit("公用经费控制率=公用经费实际数÷公用经费预算数×100%=45.00÷50.00×100%=90.00%。");
    assert_eq!(marks(&right, "public_expense_control"), vec![Verdict::Ok], "{:#?}", right.claims);
}

/// “…编制8名、…编制10名，编制数合计20名”: a 合计 closing the sentence that lists its parts sums them all,
/// so an unlisted 工勤 cannot explain the gap — and a rate on that sum is not wrong for the total's slip.
#[test]
fn a_head_count_total_closing_its_own_list_is_their_sum() {
    let audit = audit("人员情况：核定行政编制8名、事业编制10名，编制数合计20名；实有在职人员17人。在职人员控制率=17÷18×100%=94.44%。");
    one_mismatch_saying(&audit, "quota", "18人");
    // The slip is the total's: a rate on the types' sum holds.
    assert_eq!(marks(&audit, "staff_control"), vec![Verdict::Ok], "{:#?}", audit.claims);
}

fn no_mismatch(audit: &Audit) {
    assert!(audit.claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", audit.claims);
}

/// The one claim of `id` is a mismatch whose judgement gives `right`.
fn one_mismatch_saying(audit: &Audit, id: &str, right: &str) {
    assert_eq!(marks(audit, id), vec![Verdict::Mismatch], "{:#?}", audit.claims);
    let judged = claims(audit, id);
    assert!(judged[0].detail.contains(right), "{}", judged[0].detail);
}

/// A table of projects may head its columns on two rows (“工程 | 本年度（万元） | 执行率” over “ | 预算 | 支出 | ”,
/// the cells merged down left empty), number its rows under 序号, give only the 年初预算 or name its spending
/// 全年支出, and list a project named like a “三公” item: each project's rate is still checked on its row.
#[test]
fn a_table_of_projects_read_whatever_its_header_looks_like() {
    let unit = "2023年度。全年预算数900.00万元，支出合计860.00万元，年末结转结余40.00万元。\n";
    let two_rows = audit(&format!("{unit}重点工程\n项目名称\t2023年（万元）\t执行率\n\t全年预算\t实际支出\t\n水库除险加固\t300.00\t285.00\t95.00%\n村道养护\t80.00\t76.00\t96.00%\n"));
    assert_eq!(marks(&two_rows, "project.execution"), vec![Verdict::Ok, Verdict::Mismatch], "{:#?}", two_rows.claims);
    assert!(claims(&two_rows, "project.execution")[1].detail.contains("村道养护执行率写96.00%，按该行数字应为95.00%"), "{:#?}", two_rows.claims);
    let numbered = audit(&format!("{unit}项目情况\n序号\t项目\t年初预算\t全年支出\t执行率\n1\t公务用车购置更新\t40.00\t38.00\t95.00%\n2\t档案数字化\t60.00\t57.00\t96.00%\n合计\t100.00\t95.00\t95.00%\n"));
    assert_eq!(marks(&numbered, "project.execution"), vec![Verdict::Ok, Verdict::Mismatch, Verdict::Ok], "{:#?}", numbered.claims);
    assert!(claims(&numbered, "project.execution")[1].detail.contains("档案数字化执行率"), "{:#?}", numbered.claims);
    assert!(numbered.remarks.is_empty() && claims(&numbered, "budget_execution").is_empty(), "{:?} {:#?}", numbered.remarks, numbered.claims);
}

/// A score table (一级指标 | 分值 | 得分) states its 合计 or 总分 as the sum of its rows; not where a row is no
/// 一级指标 of its own (a second level), which a sum would count twice.
#[test]
fn a_score_tables_total_is_the_sum_of_its_rows() {
    let table = |total: &str| format!("2023年度。\n评价结果\n一级指标\t分值\t得分\n决策\t15\t14\n过程\t25\t22.5\n产出\t35\t33\n效益\t25\t23\n{total}\n");
    let right = audit(&table("总分\t100\t92.5"));
    assert_eq!(verdicts(&right, "score_total"), vec![("92.5".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&table("合计\t100\t93"));
    assert_eq!(marks(&wrong, "score_total"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "score_total")[0].detail.contains("之和为92.5分"), "{:#?}", wrong.claims);
    let nested = audit("2023年度。\n一级指标\t分值\t得分\n决策\t15\t14\n决策 目标设定\t5\t5\n过程\t25\t22.5\n合计\t100\t41.5\n");
    assert!(claims(&nested, "score_total").is_empty(), "{:#?}", nested.claims);
}

/// A scoring table of three levels (一级 | 二级 | 三级 | 分值 | 得分): its 合计 is the sum of its rows' scores,
/// each once — a 一级's own row over its 三级 rows is their subtotal, not one more part — and its 分值 the
/// sum of theirs.
#[test]
fn a_scoring_tables_total_counts_each_row_once() {
    let merged = |total: &str, last_points: &str| format!("2023年度。\n评分表\n一级指标\t二级指标\t三级指标\t分值\t得分\n决策\t\t\t20\t18\n\t目标设定\t绩效目标合理性\t10\t9\n\t\t绩效指标明确性\t10\t9\n过程\t资金管理\t资金到位率\t15\t15\n\t\t预算执行率\t15\t13.5\n产出\t产出数量\t实际完成率\t25\t24\n效益\t社会效益\t服务对象满意度\t{last_points}\t23\n合计\t100\t{total}\n");
    let right = audit(&merged("93.5", "25"));
    assert_eq!(verdicts(&right, "score_total"), vec![("93.5".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&merged("94.5", "25"));
    let total = claims(&wrong, "score_total");
    assert_eq!(total.len(), 1, "{:#?}", wrong.claims);
    assert!(total[0].verdict == Verdict::Mismatch && total[0].detail.contains("之和为93.5分（决策18分+过程28.5分+产出24分+效益23分）"), "{:#?}", total[0]);
    // Weights that do not make the stated 分值 are a slip of their own, marked on that figure.
    let weights = audit(&merged("93.5", "20"));
    assert_eq!(verdicts(&weights, "score_total"), vec![("100".to_string(), Verdict::Mismatch), ("93.5".to_string(), Verdict::Ok)], "{:#?}", weights.claims);
    // Aligned by spaces, each row naming its 一级 again.
    let spaced = "2023年度。\n一级指标   二级指标   三级指标          分值   得分\n决策       目标设定   绩效目标合理性    10     9\n决策       目标设定   绩效指标明确性    10     9\n过程       资金管理   预算执行率        30     27\n产出       产出数量   实际完成率        50     46\n合计                                   100    92\n";
    let spaced = audit(spaced);
    assert_eq!(verdicts(&spaced, "score_total"), vec![("92".to_string(), Verdict::Mismatch)], "{:#?}", spaced.claims);
    // A 一级's subtotal row with dashes under the lower levels heads its rows all the same.
    let dashed = audit(&merged("93.5", "25").replace("决策\t\t\t20\t18", "决策\t—\t—\t20\t18"));
    assert_eq!(verdicts(&dashed, "score_total"), vec![("93.5".to_string(), Verdict::Ok)], "{:#?}", dashed.claims);
}

/// A 部门整体 indicator table pasted from a paged document: 指标值, 实际完成值 and 偏差原因 columns beside 分值 and
/// 得分, merged 一级/二级 cells left empty, a page number and the running title between its rows, and a reason
/// opening on 个 (“个别…”) that is no unit of the score before it. Its 总分 row and the score the text
/// announces above it are the sum of its 得分 column.
#[test]
fn an_indicator_table_across_a_page_break_sums_its_score_column() {
    let title = "县林业站2022年度部门整体支出绩效自评报告";
    let report = |overall: &str, reason_row: &str| {
        format!(
            "{title}

一、基本情况
本站2022年度部门整体支出绩效自评得分{overall}分，等级为“优”，详见下表。
             一级指标	二级指标	三级指标	指标值	实际完成值	分值	得分	偏差原因分析及改进措施
             投入	预算编制	目标完整性	完整	完整	10	10	
             		指标量化程度	量化	基本量化	10	{reason_row}
             	预算配置	在职人员控制率	≤100%	95.00%	10	10	
             过程	资金管理	预算执行率	100%	97.20%	20	19	年末1笔款项未付
             - 3 -
{title}
             产出	数量	造林面积	≥300亩	312亩	20	20	
             效果	社会效益	林区火灾	0起	0起	20	20	
             	满意度	林农满意度	≥90%	92%	10	9	
             总分					100	{overall}	
             - 4 -
{title}

二、存在问题
无。
"
        )
    };
    // 10+9+10+19+20+20+9 = 97.
    let right = audit(&report("97", "9	个别指标未细化"));
    assert_eq!(marks(&right, "score_total"), [Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
    assert!(claims(&right, "score_total")[1].notes.iter().any(|n| n.contains("分值合计100分")), "{:#?}", right.claims);
    let wrong = audit(&report("98", "9	个别指标未细化"));
    assert_eq!(marks(&wrong, "score_total"), [Verdict::Mismatch, Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "score_total").iter().all(|c| c.detail.contains("之和为97分")), "{:#?}", wrong.claims);
}

/// A whole rubric's indicator table with no 总分 row of its own, just under the sentence stating the score:
/// that score is the sum of its 得分 column, its 分值 making 100. A table whose 分值 do not make 100 may be
/// part of the rubric only: no total is claimed from it.
#[test]
fn a_score_stated_over_a_table_without_its_total_row_is_the_sum_of_its_rows() {
    let report = |overall: &str, last_points: &str| {
        format!(
            "2021年度。
三、自评结论
经逐项打分，本馆自评得分{overall}分，等级为优。
             一级指标	二级指标	三级指标	指标值	实际完成值	分值	得分	偏差原因
             投入	预算配置	公用经费控制率	≤100%	96.10%	15	15	
             过程	预算执行	预算执行率	100%	93.40%	25	22	个别采购延期
             	资产管理	资产账实相符	相符	相符	10	10	
             产出	数量	接待观众	≥5万人次	5.6万人次	30	29	
             效果	满意度	观众满意度	≥90%	94%	{last_points}	18.5	
             
四、问题
展陈更新偏慢。
"
        )
    };
    // 15+22+10+29+18.5 = 94.5; 分值 15+25+10+30+20 = 100.
    let right = audit(&report("94.5", "20"));
    assert_eq!(verdicts(&right, "score_total"), [("自评得分94.5分".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&report("95.5", "20"));
    assert_eq!(marks(&wrong, "score_total"), [Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "score_total")[0].detail.contains("之和为94.5分"), "{:#?}", wrong.claims);
    let partial = audit(&report("95.5", "10"));
    assert!(claims(&partial, "score_total").is_empty(), "{:#?}", partial.claims);
}

/// A row of a scoring table that does not apply (“10 | /”) keeps its 分值 in the 分值 total and adds no 得分;
/// a 得分 that is no figure (“待评”) leaves the total unchecked rather than summed without it.
#[test]
fn a_scoring_row_that_does_not_apply_counts_its_weight_but_no_score() {
    let table = |score: &str| format!("2024年度。\n一级指标\t二级指标\t三级指标\t分值\t得分\n产出\t数量\t宣讲场次\t40\t38\n\t质量\t覆盖率\t30\t30\n效益\t生态效益\t绿化面积\t10\t/\n满意度\t满意度\t群众满意度\t20\t{score}\n合计\t100\t87\n");
    let right = audit(&table("19"));
    assert_eq!(verdicts(&right, "score_total"), vec![("87".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    assert!(claims(&right, "score_total")[0].notes.iter().any(|n| n.contains("分值合计100分")), "{:#?}", right.claims);
    let unread = audit(&table("待评"));
    assert!(claims(&unread, "score_total").is_empty(), "{:#?}", unread.claims);
}

/// A score table whose rows name no 一级 (its levels start at the 二级) sums each row by its own name, not
/// every score under the first row's; a long list is counted rather than spelt out.
#[test]
fn a_score_tables_rows_under_no_first_level_are_named_each_in_the_sum() {
    let short = "2024年度。\n评分表\n二级指标\t三级指标\t分值\t得分\n预算管理\t预算编制准确性\t30\t28\n\t预算执行率\t30\t27\n资产管理\t资产登记完整性\t20\t20\n履职成效\t服务对象满意度\t20\t18\n合计\t100\t94\n";
    let found = audit(short);
    let total = claims(&found, "score_total");
    assert_eq!(total.len(), 1, "{:#?}", found.claims);
    assert_eq!(total[0].verdict, Verdict::Mismatch);
    assert_eq!(total[0].detail, "报告写总分94分，所列各项得分之和为93分（预算编制准确性28分+预算执行率27分+资产登记完整性20分+服务对象满意度18分），相差1分");
    let names = ["目标设定", "预算编制", "在职人员控制率", "“三公”经费变动率", "预算执行率", "结转结余率", "公用经费控制率", "制度建设", "资产管理", "信息公开", "案件办结率", "普法覆盖率", "群众满意度"];
    let rows: String = names.iter().enumerate().map(|(k, name)| format!("{}\t{name}\t{}\t{}\n", if k == 0 { "履职" } else { "" }, if k < 12 { 8 } else { 4 }, match k { 3 => 6, 12 => 4, _ => 8 })).collect();
    let long = |total: &str| format!("2024年度。\n评分表\n二级指标\t三级指标\t分值\t得分\n{rows}合计\t100\t{total}\n");
    let counted = audit(&long("97"));
    assert_eq!(claims(&counted, "score_total").iter().map(|c| c.detail.as_str()).collect::<Vec<_>>(), ["报告写总分97分，所列13项得分之和为98分，相差1分"], "{:#?}", counted.claims);
    let right = audit(&long("98"));
    assert_eq!(claims(&right, "score_total").iter().map(|c| c.detail.as_str()).collect::<Vec<_>>(), ["总分98分=所列13项得分之和，相符"], "{:#?}", right.claims);
}

/// A rule written beside a row (“支出合计/全年预算数…”) does not make the row the table's 合计: the total
/// below is checked over every row. A total whose rows cannot be told apart as its parts is said to be
/// unchecked, not left silent.
#[test]
fn a_score_tables_total_is_its_own_row_and_one_unchecked_is_said() {
    let table = |rule: &str, score: &str| format!("2024年度。\n一级指标\t二级指标\t三级指标\t指标解释\t分值\t得分\n投入\t预算配置\t人员控制\t实有人数/编制数\t30\t30\n过程\t预算执行\t执行率\t{rule}\t40\t{score}\n产出\t职责履行\t办结率\t办结件数/受理件数\t30\t28\n合计\t\t\t\t100\t94\n");
    let read = audit(&table("支出合计/全年预算数，按比例计分", "36"));
    assert_eq!(verdicts(&read, "score_total"), vec![("94".to_string(), Verdict::Ok)], "{:#?}", read.claims);
    assert!(read.remarks.is_empty(), "{:?}", read.remarks);
    let unread = audit(&table("支出合计/全年预算数，按比例计分", "待评"));
    assert!(claims(&unread, "score_total").is_empty(), "{:#?}", unread.claims);
    assert_eq!(unread.remarks, ["评分表的合计94分未核对：未能确定表中哪些行的得分计入合计，请人工核对"]);
}

/// The paragraph just above a score table that states the total and points to the table (“…自评得分为86分
/// …，具体评分见下表：”, perhaps over the table's title) states the table's total: the sum of its rows.
#[test]
fn a_total_score_announcing_the_table_below_is_its_rows_sum() {
    let text = |total: &str| format!("2023年度。\n经评价，本站2023年度整体支出绩效自评得分为{total}分，评价等级为“良”，具体评分见下表：\n表6 绩效评价评分表\n一级指标\t二级指标\t三级指标\t分值\t得分\n投入\t预算配置\t在职人员控制率\t20\t17\n过程\t预算执行\t预算执行率\t30\t26\n产出\t职责履行\t任务完成率\t30\t27\n效果\t满意度\t群众满意度\t20\t16\n合计\t100\t{total}\n");
    let right = audit(&text("86"));
    assert_eq!(verdicts(&right, "score_total"), vec![("自评得分为86分".to_string(), Verdict::Ok), ("86".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&text("88"));
    assert_eq!(marks(&wrong, "score_total"), vec![Verdict::Mismatch, Verdict::Mismatch], "{:#?}", wrong.claims);
    // A paragraph that does not point to the table states some other score.
    let apart = audit(&text("86").replace("，具体评分见下表：", "。"));
    assert_eq!(marks(&apart, "score_total"), vec![Verdict::Ok], "{:#?}", apart.claims);
}

/// A 项目支出绩效自评表 (SPEC §12): the 年度资金总额 row's 得分 is its 分值 × 执行率 (at most the 分值), and the
/// 总分 the sum of that 得分 and the 绩效指标 rows' — the funds block and the indicators under headers of
/// their own, the 年度总体目标 between them in a row or in lines of text.
#[test]
fn a_project_self_evaluation_tables_funds_score_and_total_are_checked() {
    let table = |funds: &str, total: &str, goal: &str| {
        format!("2024年度。\n附件：项目支出绩效自评表\n项目名称\t乡村道路养护\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t60.00\t80.00\t72.00\t10\t90.00%\t{funds}\n其中：当年财政拨款\t60.00\t80.00\t72.00\t—\t—\t—\n{goal}\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n产出指标\t数量指标\t养护里程\t≥120公里\t126公里\t25\t25\t\n\t质量指标\t路况优良率\t≥85%\t82%\t15\t14.47\t雨季塌方\n\t时效指标\t完工及时率\t100%\t100%\t10\t10\t\n效益指标\t社会效益指标\t群众出行便利\t明显改善\t明显改善\t30\t30\t\n满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t94%\t10\t10\t\n总分\t100\t{total}\t自评等级：优\n")
    };
    let in_a_row = "年度总体目标\t预期目标：养护道路120公里\t实际完成情况：养护道路126公里";
    let in_lines = "年度总体目标：全年养护农村公路120公里以上，路况优良率保持在85%以上。\n实际完成情况：养护农村公路126公里，汛期及时抢通。";
    for goal in [in_a_row, in_lines] {
        let right = audit(&table("9.00", "98.47", goal));
        assert_eq!(verdicts(&right, "project.score"), vec![("9.00".to_string(), Verdict::Ok)], "{:#?}", right.claims);
        assert_eq!(verdicts(&right, "score_total"), vec![("98.47".to_string(), Verdict::Ok)], "{:#?}", right.claims);
        assert!(claims(&right, "score_total")[0].detail.contains("年度资金总额9分+产出49.47分+效益30分+满意度10分"), "{:#?}", right.claims);
        // The funds row scored above 分值 × 执行率, the 总分 adding it up as printed: the 总分 follows its slip.
        let funds = audit(&table("9.60", "99.07", goal));
        assert_eq!(verdicts(&funds, "project.score"), vec![("9.60".to_string(), Verdict::Mismatch)], "{:#?}", funds.claims);
        assert!(claims(&funds, "project.score")[0].detail.contains("应为9"), "{:#?}", funds.claims);
        assert_eq!(marks(&funds, "score_total"), vec![Verdict::KnockOn]);
        assert!(claims(&funds, "score_total")[0].detail.contains("应为98.47分，随之有误"), "{:#?}", funds.claims);
        let total = audit(&table("9.00", "99.47", goal));
        assert_eq!(verdicts(&total, "score_total"), vec![("99.47".to_string(), Verdict::Mismatch)], "{:#?}", total.claims);
    }
}

/// A 项目支出绩效自评表 whose 总分 adds up its rows as written, one row scored above what its rule allows: the
/// row is the slip, the 总分 follows it (随之有误, with what the rule makes it) — not a second 不符, nor 相符.
#[test]
fn a_total_over_a_row_scored_above_its_rule_follows_that_row() {
    let table = |share: &str, total: &str| {
        format!("2024年度。\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t50.00\t50.00\t50.00\t10\t100.00%\t10\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n产出指标\t数量指标\t维修道路里程\t≥40公里\t36公里\t40\t{share}\t雨季停工\n效益指标\t社会效益指标\t群众出行满意度\t≥90%\t95%\t50\t50\t\n总分\t\t\t\t\t100\t{total}\t\n")
    };
    let generous = audit(&table("38", "98"));
    assert_eq!(marks(&generous, "project.indicator"), vec![Verdict::Mismatch, Verdict::Ok], "{:#?}", generous.claims);
    let total = claims(&generous, "score_total");
    assert!(total.iter().any(|c| c.stated == "98" && c.verdict == Verdict::KnockOn && c.detail.contains("应为96分")), "{:#?}", generous.claims);
    assert_eq!(generous.count(Verdict::Mismatch), 1, "{:#?}", generous.claims);
    // The row by its rule: the total on it is right. A total that does not add up its rows stays 不符.
    let right = audit(&table("36", "96"));
    assert!(claims(&right, "score_total").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", right.claims);
    let off = audit(&table("38", "97"));
    assert!(claims(&off, "score_total").iter().any(|c| c.stated == "97" && c.verdict == Verdict::Mismatch), "{:#?}", off.claims);
}

/// A 项目支出绩效自评表's 绩效指标 row's 得分 by SPEC §12's rules: a target met scores its 分值, one missed its
/// share (reversed where less is better), a result in words a score in its tier's band. Only a score the
/// rule cannot allow is 不符; one below it is a strict scorer's, said and left 相符.
#[test]
fn a_project_indicator_rows_score_follows_its_target_and_result() {
    let table = |share: &str, cost: &str, result: &str, words: &str| {
        format!("2024年度。\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t6.00\t6.00\t4.32\t10\t72.00%\t7.20\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n产出指标\t数量指标\t培训农户人次\t≥400人次\t360人次\t20\t{share}\t农忙推迟\n\t成本指标\t每人次培训成本\t≤150元\t120元\t10\t{cost}\t\n效益指标\t社会效益指标\t农户技能\t明显提高\t{result}\t20\t{words}\t\n")
    };
    let right = audit(&table("18", "10", "明显提高", "18"));
    assert_eq!(marks(&right, "project.indicator"), vec![Verdict::Ok, Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
    assert!(claims(&right, "project.indicator")[0].detail.contains("按比例得18分"), "{:#?}", right.claims);
    // A missed target scored above its share, a cost scored above its 分值, a result only partly reached
    // scored above its tier's band.
    let generous = audit(&table("19", "11", "部分提高", "18"));
    assert_eq!(marks(&generous, "project.indicator"), vec![Verdict::Mismatch, Verdict::Mismatch, Verdict::Mismatch], "{:#?}", generous.claims);
    let said: Vec<String> = claims(&generous, "project.indicator").iter().map(|c| c.detail.clone()).collect();
    assert!(said[0].contains("高于按规则最多可得的18分") && said[1].contains("超过分值10分") && said[2].contains("12～16分"), "{said:#?}");
    // Each marked below the rule, with or without a reason: the scorer's strictness, not a slip.
    let strict = audit(&table("17", "8", "明显提高", "10"));
    assert_eq!(marks(&strict, "project.indicator"), vec![Verdict::Ok, Verdict::Ok, Verdict::Ok], "{:#?}", strict.claims);
    assert!(claims(&strict, "project.indicator")[0].detail.contains("低于按规则计算的18分，属从严评分"), "{:#?}", strict.claims);
    assert!(claims(&strict, "project.indicator")[2].detail.contains("低于按规则计算的区间下限16分"), "{:#?}", strict.claims);
    // A share printed to fewer decimals is the same score; more than it, rounded, is not.
    let odd = |share: &str| audit(&table(share, "10", "明显提高", "18").replace("≥400人次\t360人次", "≥400人次\t373人次"));
    assert_eq!(marks(&odd("18.65"), "project.indicator")[0], Verdict::Ok, "the share is 18.65");
    assert_eq!(marks(&odd("18.7"), "project.indicator")[0], Verdict::Ok);
    assert_eq!(marks(&odd("19"), "project.indicator")[0], Verdict::Ok);
    assert_eq!(marks(&odd("18.8"), "project.indicator")[0], Verdict::Mismatch);
    // A result in words no tier knows (“建成投用” for “明显提高”) may be the target met: full marks are no
    // finding, more than the 分值 still is; words that say it fell short keep theirs.
    let unknown = audit(&table("18", "10", "建成投用", "20"));
    assert_eq!(verdicts(&unknown, "project.indicator").iter().filter(|(_, v)| *v == Verdict::Mismatch).count(), 0, "{:#?}", unknown.claims);
    let over = audit(&table("18", "10", "建成投用", "22"));
    assert!(claims(&over, "project.indicator").iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("超过分值20分")), "{:#?}", over.claims);
    let short = audit(&table("18", "10", "未完成", "20"));
    assert!(claims(&short, "project.indicator").iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("未达成")), "{:#?}", short.claims);
    // Rows under the unit's own funds block (附件2, its 年度资金总额 no project's) are the unit's: not a project's.
    let rubric = audit(&table("20", "8", "明显提高", "10").replace("项目资金（万元）", "资金"));
    assert!(claims(&rubric, "project.indicator").is_empty(), "{:#?}", rubric.claims);
}

/// The unit's own 部门整体支出绩效自评表 (附件2) laid out as a project's — its 年度资金总额 block in 元, then the
/// 绩效指标 rows with 年度指标值 and 实际完成值 — has its rows scored by the same rules: a missed target scored
/// above its share is 不符, and the 总分 that adds up the rows as written follows it.
#[test]
fn a_units_own_sheets_indicator_rows_are_scored_as_a_projects_are() {
    let sheet = |share: &str, total: &str| {
        format!(
            "2024年度部门整体支出绩效自评表\n单位名称：某县疾病预防控制中心    金额单位：元\n\
             项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\
             年度资金总额\t4,200,000.00\t4,500,000.00\t4,410,000.00\t10\t98.00%\t9.80\n\
             其中：当年财政拨款\t4,200,000.00\t4,500,000.00\t4,410,000.00\t—\t98.00%\t—\n\
             一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n\
             产出指标\t数量指标\t疫苗接种剂次\t≥6万剂次\t6.3万剂次\t30\t30.00\n\
             产出指标\t质量指标\t传染病报告及时率\t≥98%\t93.1%\t20\t{share}\n\
             效益指标\t社会效益指标\t适龄儿童建卡率\t≥95%\t97%\t30\t30.00\n\
             满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t10\t10.00\n\
             总分\t\t\t\t\t100\t{total}\n"
        )
    };
    // 20 × 93.1 / 98 = 19: scored 19.60 and added up as written, 99.40 holds 0.60 too much.
    let generous = audit(&sheet("19.60", "99.40"));
    let rows = claims(&generous, "indicator_score");
    assert_eq!(rows.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok, Verdict::Mismatch, Verdict::Ok, Verdict::Ok], "{:#?}", generous.claims);
    assert!(rows[1].detail.contains("高于按规则最多可得的19分"), "{}", rows[1].detail);
    let total = claims(&generous, "score_total");
    assert!(total.iter().any(|c| c.stated == "99.40" && c.verdict == Verdict::KnockOn && c.detail.contains("应为98.8分")), "{:#?}", generous.claims);
    // Its share, or less (a strict scorer's), is no slip: neither is the total on it.
    for (share, total) in [("19.00", "98.80"), ("18.50", "98.30")] {
        let right = audit(&sheet(share, total));
        assert_eq!(right.count(Verdict::Mismatch) + right.count(Verdict::KnockOn), 0, "{:#?}", right.claims);
    }
}

/// A score table whose 评分标准 column states arithmetic — 分值 × the rate, or full marks within a bound less
/// points for each percentage point past it, or in proportion down to a bound of none — gives one score: off
/// it either way is 不符 (named by the row's 三级指标, not its 一级), and a total adding it up as written follows.
#[test]
fn a_score_off_its_rows_written_arithmetic_is_wrong_either_way() {
    let table = |execution: &str, adjustment: &str, staff: &str, total: &str| {
        format!(
            "四、评价得分情况\n\
             一级指标\t二级指标\t三级指标\t评分标准\t分值\t完成值\t得分\n\
             投入\t预算配置\t财政供养人员控制率\t≤100%得满分，≥110%不得分，中间按比例计算\t8\t104%\t{staff}\n\
             过程\t预算执行\t预算执行率\t得分=执行率×分值\t20\t91.5%\t{execution}\n\
             \t预算执行\t预算调整率\t≤5%得满分，每超1个百分点扣0.4分\t6\t9.5%\t{adjustment}\n\
             \t预算执行\t结转结余率\t≥10%得满分\t6\t8%\t5\n\
             效益\t社会效益\t服务对象满意度\t≥85%\t60\t91%\t58\n\
             合计\t\t\t\t100\t\t{total}\n\n\
             经自评，总得分如上。\n"
        )
    };
    // 20 × 91.5% = 18.30; 4.5 points past 5% at 0.4 a point: 6 − 1.8 = 4.20; 8 × (110 − 104) / 10 = 4.80.
    let right = audit(&table("18.30", "4.20", "4.80", "90.30"));
    let scored = claims(&right, "indicator_score");
    assert_eq!(scored.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok; 3], "{:#?}", right.claims);
    assert!(scored[1].detail.starts_with("预算执行率得分") && scored[1].detail.contains("按该行评分标准“得分=执行率×分值”"), "{}", scored[1].detail);
    assert!(claims(&right, "score_total").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", right.claims);
    // Scored lower than its formula (18.03 for 18.30): the rule is arithmetic, not a strict scorer's; the
    // total adding it up as written follows it.
    let lower = audit(&table("18.03", "4.20", "4.80", "90.03"));
    let execution = claims(&lower, "indicator_score").into_iter().find(|c| c.stated == "18.03").cloned();
    assert_eq!(execution.as_ref().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", lower.claims);
    assert!(execution.is_some_and(|c| c.detail.contains("预算执行率得分写18.03分") && c.detail.contains("应为18.3分")));
    assert!(claims(&lower, "score_total").iter().any(|c| c.stated == "90.03" && c.verdict == Verdict::KnockOn && c.detail.contains("应为90.3分")), "{:#?}", lower.claims);
    // Points off past the bound taken whole (2 for 4.5 points, not 1.8), and full marks past a bound of
    // proportion: each 不符, with what the rule gives.
    let off = audit(&table("18.30", "4.00", "8", "92.30"));
    let said: Vec<(String, Verdict, String)> = claims(&off, "indicator_score").iter().map(|c| (c.stated.clone(), c.verdict, c.detail.clone())).collect();
    assert!(said.iter().any(|(s, v, d)| s == "4.00" && *v == Verdict::Mismatch && d.contains("应为4.2分")), "{said:#?}");
    assert!(said.iter().any(|(s, v, d)| s == "8" && *v == Verdict::Mismatch && d.contains("应为4.8分")), "{said:#?}");
    // A bound missed with no rule past it (结转结余率), and a target in the rule's column (满意度): not judged.
    assert!(said.iter().all(|(_, _, d)| !d.contains("结转结余率") && !d.contains("满意度")), "{said:#?}");
}

/// A result in words that says the target was met in its own way — paid in full by the month against a
/// deadline (“逐月足额拨付”), or moved the way a target of direction asks (“有所改善” for “逐步改善”) — is 达成:
/// its full 分值 is no 不符; more than the 分值 still is.
#[test]
fn a_result_paid_in_full_or_moved_as_asked_is_met() {
    let table = |paid: &str, moved: &str| {
        format!("2024年度。\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t30.00\t30.00\t30.00\t10\t100.00%\t10\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n产出指标\t时效指标\t补助拨付时限\t次月10日前\t逐月足额拨付\t20\t{paid}\t\n效益指标\t社会效益指标\t农户居住条件\t逐步改善\t有所改善\t25\t{moved}\t\n")
    };
    let right = audit(&table("20", "24"));
    assert_eq!(marks(&right, "project.indicator"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
    assert!(claims(&right, "project.indicator").iter().all(|c| c.detail.contains("为达成")), "{:#?}", right.claims);
    let over = audit(&table("22", "26"));
    assert_eq!(marks(&over, "project.indicator"), vec![Verdict::Mismatch, Verdict::Mismatch], "{:#?}", over.claims);
}

/// A year-on-year table (项目 | 上年数 | 本年数 | 增减额 | 增减率) right under a table of projects, only its short
/// title between: its rows are its own — each 增减额 this year's less last year's, each 增减率 that over last
/// year's — and none of them a project's 执行率.
#[test]
fn a_year_on_year_table_under_a_table_of_projects_is_read_for_what_it_is() {
    let text = |change: &str, rate: &str| {
        format!("2023年度。\n项目名称\t预算数\t实际支出\t执行率\n河道保洁\t40.00\t39.20\t98.00%\n堤防巡查\t25.00\t24.50\t98.00%\n合计\t65.00\t63.70\t98.00%\n（二）与上年对比（万元）\n项目\t上年数\t本年数\t增减额\t增减率\n支出合计\t250.00\t270.00\t{change}\t{rate}\n基本支出\t190.00\t206.30\t16.30\t8.58%\n")
    };
    let right = audit(&text("20.00", "8.00%"));
    assert!(claims(&right, "project.execution").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", right.claims);
    assert!(claims(&right, "funds.basic.execution").is_empty(), "{:#?}", right.claims);
    assert_eq!(marks(&right, "growth"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
    assert_eq!(marks(&right, "change"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
    let wrong_rate = audit(&text("20.00", "7.41%"));
    assert_eq!(marks(&wrong_rate, "growth"), vec![Verdict::Mismatch, Verdict::Ok], "{:#?}", wrong_rate.claims);
    let wrong_change = audit(&text("22.00", "8.00%"));
    assert_eq!(marks(&wrong_change, "change"), vec![Verdict::Mismatch, Verdict::Ok], "{:#?}", wrong_change.claims);
}

/// A 项目支出绩效自评表's 年度资金总额 is made by its sources (其中：当年财政拨款, 上年结转资金, 其他资金), column
/// by column.
#[test]
fn a_project_funds_total_is_made_by_its_sources_column_by_column() {
    let block = |executed: &str| format!("2023年度。\n项目名称\t社区养老助餐\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t120.00\t150.00\t{executed}\t10\t94.00%\t9.40\n其中：当年财政拨款\t100.00\t130.00\t121.00\t—\t—\t—\n上年结转资金\t20.00\t20.00\t20.00\t—\t—\t—\n其他资金\t0.00\t0.00\t0.00\t—\t—\t—\n年度总体目标\t预期目标：助餐点8个\t实际完成情况：助餐点8个\n");
    let right = audit(&block("141.00"));
    assert_eq!(marks(&right, "project.funds"), vec![Verdict::Ok, Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&block("142.00"));
    assert_eq!(marks(&wrong, "project.funds"), vec![Verdict::Ok, Verdict::Ok, Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "project.funds")[2].detail.contains("之和为141.00万元"), "{:#?}", wrong.claims);
}

/// A funds row's 得分 printed to a whole point, as some counties do (8.62 → 9), is the same score; another
/// whole number is not.
#[test]
fn a_funds_score_rounded_to_a_whole_point_is_the_same_score() {
    let row = |score: &str| audit(&format!("2024年度。\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t50.00\t50.00\t43.10\t10\t86.20%\t{score}\n"));
    assert_eq!(marks(&row("9"), "project.score"), vec![Verdict::Ok], "{:#?}", row("9").claims);
    assert_eq!(marks(&row("8.62"), "project.score"), vec![Verdict::Ok]);
    assert_eq!(marks(&row("8"), "project.score"), vec![Verdict::Mismatch]);
    assert_eq!(marks(&row("9.00"), "project.score"), vec![Verdict::Mismatch], "two decimals written: 8.62");
}

/// A 自评表 whose funds are in 元 (“（单位：元）”) gives only its amounts in 元: its 分值 of 10 is ten points,
/// not 0.001 of a 万元, so the 年度资金总额's 得分 is 10 × 执行率.
#[test]
fn a_funds_score_in_a_table_of_yuan_is_on_its_own_points() {
    let text = "2023年度。\n整体支出绩效自评表（单位：元）\n资金情况\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t3,150,000.00\t3,400,000.00\t3,297,660.00\t10\t96.99%\t9.70\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "funds.total"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert!(claims(&audit, "funds.total")[0].detail.contains("分值10×"), "{:#?}", audit.claims);
    assert!(!audit.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", audit.claims);
}

/// A score list one row a line, each row with its 分值 and 得分, names two rows as a rubric's parts
/// (资金管理, 资产管理) and then a row of its own: that row's 得分 is its own, not their sum; the list's 合计 sums
/// all its rows.
#[test]
fn a_score_list_row_after_two_named_parts_is_not_their_total() {
    let text = "2023年度。\n（五）评分情况\n自评得分86.5分，评为良。逐项得分：\n1. 预算编制：分值20分，得分18分\n2. 资金管理：分值15分，得分13分\n3. 资产管理：分值10分，得分8.5分\n4. 依法履职：分值30分，得分27分\n5. 群众评价：分值25分，得分20分\n合计：分值100分，得分86.5分。\n";
    let audit = audit(text);
    assert!(!audit.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", audit.claims);
    // The list's 合计 is its only total, over all five rows.
    let totals = claims(&audit, "score_total");
    assert_eq!(totals.len(), 1, "{:#?}", audit.claims);
    assert!(totals[0].detail.starts_with("合计得分86.5分=预算编制18分+"), "{}", totals[0].detail);
    let slip = super::audit(&text.replace("得分27分", "得分26分"));
    assert_eq!(marks(&slip, "score_total"), vec![Verdict::Mismatch], "{:#?}", slip.claims);
}

/// A count in post broken down by kind in brackets after it (“实有在职人员25人（行政19人、事业6人）”): the
/// kinds are its parts, not more staff beside it — the 控制率 is 25 over the 编制.
#[test]
fn staff_kinds_in_brackets_after_the_count_are_its_parts() {
    let text = "2023年度。\n一、基本情况\n本局下设服务中心一个。2023年末核定行政编制20名、事业编制6名，实有在职人员25人（行政19人、事业6人），在职人员控制率96.15%；离休人员2人。\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "staff_control"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert!(!audit.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", audit.claims);
}

/// A part's items after “主要为” (“公用经费…万元，主要为办公费…、其他商品和服务支出…”) are that part's, not more parts
/// of the 基本支出 above it: the two parts make the total, 相符.
#[test]
fn a_parts_main_items_are_not_parts_of_the_total_above_it() {
    let text = "2023年度。\n（一）基本支出\n基本支出864.30万元。其中：人员经费731.60万元，占基本支出的84.65%；公用经费132.70万元，主要为办公费21.40万元、差旅费18.90万元、物业管理费40.10万元、其他商品和服务支出52.30万元。\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "basic"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert!(!audit.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", audit.claims);
}

/// A budget published 25 days after its approval in a report that says the delay (“推迟至…公开”) and names it a
/// problem: the report is right about its dates; the claim says the interval and that it is over 20 days.
#[test]
fn a_late_publication_the_report_admits_is_no_slip_of_the_report() {
    let text = "2021年度。\n（三）预决算公开\n2021年部门预算于2021年1月8日批复，因网站改版推迟至2月2日公开。\n四、存在的问题\n预算公开未在批复后20日内完成。\n";
    let audit = audit(text);
    let found = claims(&audit, "disclosure_timeliness");
    assert_eq!(found.len(), 1, "{:#?}", audit.claims);
    assert_eq!(found[0].verdict, Verdict::Ok, "{:#?}", found);
    assert!(found[0].detail.contains("相隔25日，超过20日"), "{}", found[0].detail);
}

/// A two-column table under a caption in 元 (“收支表（单位：元）”, each row a label and its amount) gives
/// amounts in 元, the same as the text's “…元” — not 10,000 times them, nor a second value of each.
#[test]
fn a_label_and_amount_table_under_a_caption_in_yuan_is_in_yuan() {
    let text = "2022年度。\n二、收支\n收支表（单位：元）：\n上年结转\t12500.00\n年初预算\t850000.00\n年中追加\t37500.00\n全年预算数\t900000.00\n支出合计\t873000.00\n年末结转结余\t27000.00\n年中追加资金37500.00元用于设备更新。\n";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("全年预算数900000.00".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
    assert!(claims(&audit, "annual_budget")[0].detail.contains("900,000.00元"), "{:#?}", audit.claims);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
    assert!(!audit.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", audit.claims);
}

/// A two-column table whose amount column gives the unit itself (“科目 | 金额（元）”) is in 元 like one under a
/// caption: its bare amounts agree with the text's “…元”, and its 结转结余 row is this year's.
#[test]
fn a_label_and_amount_table_whose_head_says_yuan_is_in_yuan() {
    let text = "2021年度。\n一、收支\n年初预算640,000.00元，年中追加60,000.00元，全年预算700,000.00元，支出合计665,000.00元（基本支出500,000.00元、项目支出165,000.00元），年末结转结余35,000.00元。\n科目\t金额（元）\n年初预算\t640000.00\n年中追加\t60000.00\n全年预算\t700,000.00\n基本支出\t500000.00\n项目支出\t165000.00\n支出合计\t665,000.00\n年末结转结余\t35,000.00\n";
    let audit = audit(text);
    assert!(!audit.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", audit.claims);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
}

/// A table of income beside spending (收入项目 | 金额 | 支出项目 | 金额): its first row's amount is the
/// income's, though 人员经费 follows it in the next cell — no head-count of 人.
#[test]
fn a_side_by_side_table_reads_its_first_row() {
    let text = "2022年度。\n收入项目\t金额（万元）\t支出项目\t金额（万元）\n上年结转\t31.50\t人员经费\t402.10\n年初预算\t620.00\t公用经费\t57.40\n年中追加\t18.50\t项目支出\t180.00\n全年预算数\t670.00\t支出合计\t639.50\n\t\t年末结转结余\t30.50\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "annual_budget"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert!(!audit.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", audit.claims);
}

/// The 年初预算's own sources in brackets after it (“年初预算…（财政拨款…、事业收入…）”) are its parts: the
/// 事业收入 among them is not funds beside the budget, counted a second time.
#[test]
fn an_income_inside_the_initial_budgets_brackets_is_a_part_of_it() {
    let text = "2023年度。全年预算3,460.00万元，其中上年结转160.00万元，年初预算3,000.00万元（财政拨款2,400.00万元、事业收入600.00万元），年中追加300.00万元。\n资金表（单位：万元）\n项目\t金额\n上年结转\t160.00\n年初预算\t3,000.00\n年中追加\t300.00\n全年预算\t3,460.00\n";
    let nested = audit(text);
    assert_eq!(marks(&nested, "annual_budget"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", nested.claims);
    // Beside the 年初预算, not inside its brackets, an income is funds of its own.
    let beside = audit("2023年度。全年预算3,460.00万元，其中上年结转160.00万元，年初预算2,400.00万元，事业收入600.00万元，年中追加300.00万元。");
    assert_eq!(marks(&beside, "annual_budget"), vec![Verdict::Ok], "{:#?}", beside.claims);
}

/// “实际” alone after a topic's budget (“日常公用经费预算48.00万元，实际45.60万元”) is what the topic spent.
#[test]
fn actual_alone_after_a_topics_budget_is_its_spending() {
    let right = audit("2023年度。日常公用经费预算48.00万元，实际45.60万元，控制率95.00%。");
    assert_eq!(marks(&right, "public_expense_control"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit("2023年度。日常公用经费预算48.00万元，实际45.60万元，控制率96.00%。");
    assert_eq!(marks(&wrong, "public_expense_control"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// A rate's name, a colon, then its formula in figures (“资金执行率：支出…÷预算…×100%=93.8%”) is a claim.
#[test]
fn a_rates_name_and_a_colon_then_its_formula_is_a_claim() {
    let unit = "2021年度。全年预算数640.00万元，支出合计600.00万元，年末结转结余40.00万元。\n";
    let right = audit(&format!("{unit}预算执行率：全年支出600.00万元÷全年预算数640.00万元×100%=93.8%。"));
    assert_eq!(marks(&right, "budget_execution"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&format!("{unit}预算执行率：全年支出600.00万元÷全年预算数640.00万元×100%=98.3%。"));
    assert_eq!(marks(&wrong, "budget_execution"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    // A colon, then words without a formula: no claim read into them.
    let words = audit(&format!("{unit}预算执行率：较上年有所提高，全年支出进度均衡。"));
    assert!(claims(&words, "budget_execution").is_empty(), "{:#?}", words.claims);
}

/// A bare 执行率 after a 政府采购 budget and its spending (“政府采购预算…，实际采购…，执行率…”, “政府采购：预算…，
/// 完成…，执行率…”) is the 政府采购执行率 — not where another kind of purchase is spoken of.
#[test]
fn a_bare_execution_rate_after_procurement_is_the_procurement_rate() {
    for (figures, verdict) in [("预算300.00万元，完成282.00万元，执行率94.00%", Verdict::Ok), ("预算300.00万元，实际283.00万元，执行率94.00%", Verdict::Mismatch)] {
        let audit = audit(&format!("2022年度。2．政府采购：{figures}。"));
        assert_eq!(marks(&audit, "procurement_execution"), vec![verdict], "{figures}: {:#?}", audit.claims);
    }
    let bought = audit("2022年度。政府采购预算300.00万元，实际采购282.00万元，执行率94.00%。");
    assert_eq!(marks(&bought, "procurement_execution"), vec![Verdict::Ok], "{:#?}", bought.claims);
    let other = audit("2022年度。设备采购预算300.00万元，实际采购282.00万元，执行率94.00%。");
    assert!(claims(&other, "procurement_execution").is_empty(), "{:#?}", other.claims);
}

/// “项目 | 预算（元） | 支出（元） | 执行率” under a heading naming projects: 预算 and 支出 beside the rate are
/// its figures, and the check shows them in the 元 they were written in.
#[test]
fn a_project_table_headed_by_budget_and_spending_in_yuan() {
    let text = "2021年度。\n四、重点项目\n项目\t预算（元）\t支出（元）\t执行率\n农田水利维护\t250000.00\t240000.00\t96.00%\n防疫物资储备\t80000.00\t76000.00\t96.00%\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "project.execution"), vec![Verdict::Ok, Verdict::Mismatch], "{:#?}", audit.claims);
    assert!(claims(&audit, "project.execution")[1].detail.contains("76,000.00元"), "{:#?}", audit.claims);
}

/// The sentence just under a score table restating its total (“…自评总得分93分，等级为优。”) is judged on the
/// table's rows too.
#[test]
fn a_total_score_restated_under_its_table_is_the_sum_of_its_rows() {
    let text = "2023年度。\n一级指标\t分值\t得分\n决策\t15\t14\n过程\t25\t22.5\n产出\t35\t33\n效益\t25\t23\n合计\t100\t93\n本单位自评总得分93分，等级为优。\n";
    let under = audit(text);
    assert_eq!(verdicts(&under, "score_total"), vec![("93".to_string(), Verdict::Mismatch), ("总得分93分".to_string(), Verdict::Mismatch)], "{:#?}", under.claims);
    // Apart from the table, by a paragraph, it is not.
    let apart = audit(&text.replace("本单位", "评价过程严格规范。\n本单位"));
    assert_eq!(marks(&apart, "score_total"), vec![Verdict::Mismatch], "{:#?}", apart.claims);
}

/// “答：“三公”经费本年预算…，上年预算…，本年实际支出…”: an answer's lead-in before its colon is no subject,
/// so the sentence still opens on the “三公”, and its 本年实际支出 is theirs, not the unit's total.
#[test]
fn an_answer_opening_on_the_sangong_speaks_of_them_to_its_end() {
    let unit = "2022年全年支出860.00万元，其中基本支出610.00万元、项目支出250.00万元。\n";
    for lead in ["答：", "回答：", ""] {
        let audit = audit(&format!("{unit}问：成本控制得如何？\n{lead}“三公”经费本年预算7.50万元，上年预算8.10万元，本年实际支出6.90万元，均从严控制。"));
        no_mismatch(&audit);
        assert!(!audit.remarks.iter().any(|r| r.contains("6.9")), "{lead}: {:?}", audit.remarks);
    }
    // A breakdown's colon is no lead-in: “其中：” still lists the unit's figures.
    assert_eq!(super::labels::after_lead_in("其中:三公经费"), "其中:三公经费");
}

/// “渠道清淤维护预算…，实际支出…，执行率…”: a task named in words of its own, whatever its name ends with,
/// budgets the spending after it — not the unit's 支出合计.
#[test]
fn spending_after_a_named_tasks_own_budget_is_the_tasks() {
    let unit = "2022年全年支出860.00万元，其中基本支出610.00万元、项目支出250.00万元。\n";
    for task in ["渠道清淤维护", "边境巡查保障", "新生儿听力初筛", "农业技术推广奖补"] {
        let audit = audit(&format!("{unit}四、项目情况\n{task}预算64.00万元，实际支出60.80万元，执行率95.00%；其余均按计划实施。"));
        no_mismatch(&audit);
        assert!(!audit.remarks.iter().any(|r| r.contains("60.8")), "{task}: {:?}", audit.remarks);
    }
    // The unit's own budget, qualified as the unit's, keeps its spending the unit's.
    let own = audit("2022年度。年初财政拨款预算900.00万元，实际支出860.00万元，其中基本支出610.00万元、项目支出240.00万元。");
    one_mismatch_saying(&own, "spend", "850");
}

/// A rate checked on a spending whose own parts reject it — even where the parts are stated apart from
/// the total (“支出合计…，较上年…。其中：…”) — holds on what the parts give: the slip is the total's.
#[test]
fn a_rate_is_not_blamed_for_a_total_whose_parts_are_stated_after_a_comparison() {
    let text = "2022年度全年预算数400.00万元，其中上年结转20.00万元，年初预算380.00万元。\n\
                2022年度支出合计390.00万元，较上年增加2.00%（上年支出372.55万元）。其中：基本支出250.00万元（人员经费200.00万元，公用经费50.00万元）；项目支出130.00万元。年末结转结余20.00万元。\n\
                全年预算执行率为95.00%。";
    let audit = audit(text);
    assert_eq!(marks(&audit, "budget_execution"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert!(claims(&audit, "spend").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", audit.claims);
}

/// A copy that broke a line inside a figure's thousands (“6⏎,305,210.40元”) or inside a date written with
/// dashes (“2023⏎-03-02”) broke one figure: the two lines join as if never broken. Lines that merely end in
/// a figure before a new one stay apart.
#[test]
fn a_line_broken_inside_thousands_or_a_date_is_joined() {
    let money = "附：预算执行率＝（支出合计6,210,000.00元／全年预算数6\n,900,000.00元）×100%＝90.00%。";
    let audit_money = audit(money);
    assert!(claims(&audit_money, "annual_budget").is_empty(), "{:#?}", audit_money.claims);
    assert_eq!(marks(&audit_money, "budget_execution"), vec![Verdict::Ok], "{:#?}", audit_money.claims);
    let dated = "本单位2023年部门预算于2023-02-06经财政部门批复，于2023\n-03-02在政府门户网站公开，在批复后20日内完成公开。";
    assert_eq!(marks(&audit(dated), "disclosure_timeliness"), vec![Verdict::Mismatch], "{:#?}", audit(dated).claims);
    let slashed = "本单位2023年部门预算于2023/2/6经财政部门批复，于2023/2\n/20在政府门户网站公开，在批复后20日内完成公开。";
    assert_eq!(marks(&audit(slashed), "disclosure_timeliness"), vec![Verdict::Ok], "{:#?}", audit(slashed).claims);
}

/// A year-end balance written with two values is not “unread”: the one that balances the books is taken,
/// and where neither does, the check says they differ.
#[test]
fn a_closing_balance_written_twice_differently_is_named_not_missed() {
    let text = |second: &str| {
        format!("2021年度全年预算数500.00万元，其中上年结转30.00万元，年初预算470.00万元。2021年度支出合计488.00万元，其中基本支出300.00万元、项目支出188.00万元。年末结转结余12.00万元。\n五、结余\n年末结转结余{second}万元。")
    };
    let one_balances = audit(&text("21.00"));
    let notes: Vec<&String> = claims(&one_balances, "spend").iter().flat_map(|c| &c.notes).collect();
    assert!(notes.iter().any(|n| n.contains("资金收支平衡")), "{notes:?}");
    assert!(!notes.iter().any(|n| n.contains("未能读出")), "{notes:?}");
    let spend_wrong = audit(&text("21.00").replace("支出合计488.00", "支出合计478.00").replace("项目支出188.00", "项目支出178.00"));
    let notes: Vec<&String> = claims(&spend_wrong, "spend").iter().flat_map(|c| &c.notes).collect();
    assert!(notes.iter().any(|n| n.contains("写法不同") && n.contains("12") && n.contains("21")), "{notes:?}");
}

#[test]
fn a_change_on_a_total_its_parts_reject_is_judged_on_the_parts() {
    let text = "二、支出情况\n全年支出合计520.00万元，较上年下降4.00%（上年支出500.00万元）。其中：基本支出300.00万元，项目支出180.00万元。";
    let audit = audit(text);
    let growth = claims(&audit, "growth");
    assert_eq!(growth.len(), 1, "{:#?}", audit.claims);
    assert_eq!(growth[0].verdict, Verdict::Ok, "{}", growth[0].detail);
    assert!(growth[0].notes.iter().any(|n| n.contains("已在其处标出")), "{:?}", growth[0].notes);
    assert_eq!(marks(&audit, "spend"), vec![Verdict::Mismatch], "the total is the slip: {:#?}", audit.claims);
    // Where the parts do not give the stated rate either, the rate is wrong too.
    let both = super::audit(&text.replace("下降4.00%", "下降6.00%"));
    assert_eq!(claims(&both, "growth")[0].verdict, Verdict::Mismatch);
}

/// Projects listed one sentence each, all written alike (“①…：预算…，实际支出…，执行率…”, “…年度预算数…，执行数…，
/// 项目执行率为…”), are a run of projects though only the first (or none) is named as one: each item's spending is
/// its own — never the unit's 支出合计 — and each item's rate is checked on its own budget and spending.
#[test]
fn a_run_of_items_written_alike_is_a_run_of_projects() {
    let unit = "2021年度。全年预算数860.00万元，支出合计840.00万元（基本支出700.00万元，项目支出140.00万元），年末结转结余20.00万元。\n";
    let numbered = audit(&format!(
        "{unit}重点项目完成情况\n①乡村道路养护专项资金：预算70.00万元，实际支出66.50万元，执行率95.00%，养护道路41公里。\n\
         ②桥梁检测：预算40.00万元，实际支出38.00万元，执行率95.00%，检测桥梁12座。\n③应急抢通演练：预算30.00万元，实际支出35.50万元，执行率91.00%，开展演练3次。\n"
    ));
    assert!(claims(&numbered, "spend").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", numbered.claims);
    assert_eq!(marks(&numbered, "project.execution"), vec![Verdict::Ok, Verdict::Ok, Verdict::Mismatch], "{:#?}", numbered.claims);
    assert!(claims(&numbered, "project.execution")[1].detail.contains("桥梁检测"), "{:#?}", numbered.claims);
    // The heading over the list is no part of the first item's name.
    assert!(claims(&numbered, "project.execution")[0].detail.starts_with("乡村道路养护专项资金执行率"), "{:#?}", numbered.claims);
    assert!(numbered.remarks.is_empty(), "{:?}", numbered.remarks);

    let in_yuan = audit(
        "2021年度。全年预算数2,400,000.00元，决算数2,350,000.00元（基本支出1,900,000.00元，项目支出450,000.00元）。\n\
         课后托管补贴年度预算数200,000.00元，执行数190,000.00元，项目执行率为95.00%。服务学生600人次。\n\
         校舍维修年度预算数150,000.00元，执行数147,000.00元，项目执行率为98.00%。维修教室8间。\n\
         图书购置年度预算数100,000.00元，执行数113,000.00元，项目执行率为88.00%。购置图书2000册。\n",
    );
    assert!(claims(&in_yuan, "spend").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", in_yuan.claims);
    assert_eq!(marks(&in_yuan, "project.execution"), vec![Verdict::Ok, Verdict::Ok, Verdict::Mismatch], "{:#?}", in_yuan.claims);

    let one_paragraph = audit(&format!(
        "{unit}一是渔港清淤：预算50.00万元，实际支出48.00万元，执行率96.00%。二是航标维护：预算20.00万元，实际支出19.00万元，执行率95.00%。\n"
    ));
    assert!(claims(&one_paragraph, "spend").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", one_paragraph.claims);
    assert_eq!(marks(&one_paragraph, "project.execution"), vec![Verdict::Ok; 2], "{:#?}", one_paragraph.claims);

    // The unit's own accounts written alike are not projects: 公用经费 and the “三公” keep their meaning.
    let accounts = audit(&format!(
        "{unit}公用经费预算30.00万元，实际支出28.50万元，控制率95.00%。\n“三公”经费预算4.00万元，实际支出3.60万元，控制率90.00%。\n"
    ));
    assert_eq!(marks(&accounts, "public_expense_control"), vec![Verdict::Ok], "{:#?}", accounts.claims);
    assert_eq!(marks(&accounts, "sangong_control"), vec![Verdict::Ok], "{:#?}", accounts.claims);
    assert!(claims(&accounts, "project.execution").is_empty(), "{:#?}", accounts.claims);
}

/// “部门收入预算（年初）”: the 年初预算 named with its basis in brackets is still the 年初预算.
#[test]
fn an_initial_budget_named_with_its_basis_in_brackets_is_read() {
    let text = "经批复，2022年本馆部门收入预算（年初）315.40万元，加上年结转资金12.60万元、年内追加20.00万元、核减8.00万元，调整后全年预算340.00万元。";
    assert_eq!(marks(&audit(text), "annual_budget"), vec![Verdict::Ok]);
    let wrong = audit(&text.replace("340.00万元", "332.00万元"));
    assert_eq!(marks(&wrong, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// “本年预算…（上年…）”: last year's “三公” budget in brackets after this year's.
#[test]
fn last_years_sangong_budget_in_brackets_after_this_years_is_read() {
    let text = "“三公”经费：本年预算3.60万元（上年4.00万元），变动率为-10.00%，本年实际3.24万元，控制率90.00%。";
    assert_eq!(marks(&audit(text), "sangong_change"), vec![Verdict::Ok]);
    assert_eq!(marks(&audit(&text.replace("-10.00%", "-11.11%")), "sangong_change"), vec![Verdict::Mismatch]);
    // Spending named before the brackets: not the budget's last year.
    let spent = audit("“三公”经费本年实际支出3.24万元（上年3.50万元），变动率为-10.00%。");
    assert_ne!(marks(&spent, "sangong_change"), vec![Verdict::Ok], "{:#?}", spent.claims);
}

/// “…实际支出…，结余…，结转下年”: a bare 结余 after the year's spending is the closing balance.
#[test]
fn a_bare_balance_after_the_years_spending_is_the_closing_balance() {
    let text = |balance: &str| {
        format!("本年共安排预算资金620.00万元，实际支出601.50万元，结余{balance}万元，结转下年使用。其中上年结转20.00万元、年初预算560.00万元、年中追加40.00万元。\n本年支出合计601.50万元，其中基本支出450.00万元、项目支出151.50万元。")
    };
    let balanced = audit(&text("18.50"));
    let notes: Vec<&String> = balanced.claims.iter().flat_map(|c| c.notes.iter().chain([&c.detail])).collect();
    assert!(notes.iter().any(|n| n.contains("资金收支平衡")), "{:#?}", balanced.claims);
    assert!(!balanced.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", balanced.claims);
    let off = audit(&text("19.50"));
    let details: Vec<&String> = off.claims.iter().flat_map(|c| c.notes.iter().chain([&c.detail])).collect();
    assert!(details.iter().any(|n| n.contains("年末结转结余19.5万元") && n.contains("不平衡")), "{details:?}");
    assert!(!details.iter().any(|n| n.contains("按0计")), "{details:?}");
    // Another 结余 (a project's, a recovered one) is not the year's.
    let project = audit("项目资金结余3.00万元已收回。");
    assert!(project.claims.is_empty(), "{:#?}", project.claims);
}

/// “核定行政编制十五名，其中工勤三名”: the 工勤 within a type's 编制 is a part of it, not beside it.
#[test]
fn workers_named_within_a_types_quota_are_part_of_it() {
    let text = "本局核定行政编制十五名，其中工勤三名；实有人数十二人，在职人员控制率为80.00%。";
    let audit_of = audit(text);
    assert_eq!(marks(&audit_of, "staff_control"), vec![Verdict::Ok], "{:#?}", audit_of.claims);
    let bracketed = audit("核定事业编制8个（工勤1个），在编7人，在职人员控制率87.50%。");
    assert_eq!(marks(&bracketed, "staff_control"), vec![Verdict::Ok], "{:#?}", bracketed.claims);
    // Beside it, as a type of its own, 工勤 still adds to the 编制.
    let beside = audit("核定行政编制10名、工勤编制2名，在职12人，在职人员控制率100.00%。");
    assert_eq!(marks(&beside, "staff_control"), vec![Verdict::Ok], "{:#?}", beside.claims);
}

/// “收入总额…，由财政拨款…和其他收入…构成”: the parts a total is said to be made of.
#[test]
fn an_income_made_of_its_sources_is_checked() {
    let text = "全年收入总额2,816,450.00元，由财政拨款2,600,000.00元和其他收入216,450.00元构成。";
    assert_eq!(marks(&audit(text), "income"), vec![Verdict::Ok]);
    let swapped = audit(&text.replace("2,816,450.00", "2,861,450.00"));
    assert_eq!(marks(&swapped, "income"), vec![Verdict::Mismatch], "{:#?}", swapped.claims);
}

/// “增长幅度…”, “降幅…”: a change's size named as such is its rate.
#[test]
fn a_change_named_by_its_size_is_a_rate() {
    let text = "对比上年（480.00万元），今年支出增加了36.00万元，增长幅度7.50%。";
    assert_eq!(marks(&audit(text), "growth"), vec![Verdict::Ok]);
    assert_eq!(marks(&audit(&text.replace("7.50%", "6.98%")), "growth"), vec![Verdict::Mismatch]);
    let fall = audit("与上年相比，全年支出比上年的500.00万元减少了40.00万元，降幅为8.00%。");
    assert_eq!(marks(&fall, "growth"), vec![Verdict::Ok], "{:#?}", fall.claims);
}

/// A table whose 基本支出 row disagrees with its “其中” rows below, the total right: the slip is 基本支出's.
#[test]
fn a_wrong_part_in_a_table_is_blamed_not_the_right_total() {
    let text = "本年决算数905,300.00元，执行率96.00%。\n项目\t金额\n基本支出\t611,200.00元\n　其中：人员经费\t540,000.00元\n　　　　日常公用经费\t70,200.00元\n项目支出\t295,100.00元\n支出总额\t905,300.00元\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "basic"), vec![Verdict::Mismatch], "{:#?}", audit.claims);
    assert!(claims(&audit, "basic")[0].detail.contains("610,200.00"), "{}", claims(&audit, "basic")[0].detail);
    assert!(!marks(&audit, "spend").contains(&Verdict::Mismatch), "{:#?}", audit.claims);
    // Where the 基本支出 row agrees with its rows, the wrong total is still the total's.
    let total_wrong = super::audit(&text.replace("611,200.00", "610,200.00").replace("905,300.00", "906,300.00"));
    assert!(marks(&total_wrong, "spend").contains(&Verdict::Mismatch), "{:#?}", total_wrong.claims);
    assert_eq!(marks(&total_wrong, "basic"), vec![Verdict::Ok]);
}

#[test]
fn an_unbalanced_closing_balance_says_what_it_would_be() {
    let audit = audit("全年预算数820.00万元，支出合计790.50万元，年末结转结余39.50万元。");
    let balance = claims(&audit, "funds_balance");
    assert_eq!(balance.len(), 1, "{:#?}", audit.claims);
    assert_eq!(balance[0].verdict, Verdict::Mismatch);
    assert!(balance[0].notes.iter().any(|n| n.contains("年末结转结余应为29.5万元")), "{:?}", balance[0].notes);
}

#[test]
fn a_tasks_bare_budget_and_spending_are_not_the_units_totals() {
    // Tasks named without any word of a project's, their figures in bare words (实际支出, 全年预算, 年支出).
    let text = "本中心全年预算数812.40万元，支出合计790.15万元，其中基本支出601.35万元，项目支出188.80万元，年末结转结余22.25万元。\n\
        水质监测网络运维，全年预算46.00万元，实际支出44.10万元，执行率95.87%。\n\
        二、流域巡查：年度预算30.00万元，当年支出27.00万元，执行率90.00%。";
    let audit = audit(text);
    let spend = verdicts(&audit, "spend");
    assert_eq!(spend, vec![("支出合计790.15万元".into(), Verdict::Ok)], "{:#?}", audit.claims);
    assert!(claims(&audit, "annual_budget").iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);
    // The unit's own words stay a claim however far off: a slip to mark.
    let slip = audit_text_with("支出合计79.01万元，其中基本支出601.35万元，项目支出188.80万元。");
    assert_eq!(verdicts(&slip, "spend").first().map(|v| v.1), Some(Verdict::Mismatch), "{:#?}", slip.claims);
}

fn audit_text_with(sentence: &str) -> Audit {
    audit(&format!("全年预算数812.40万元。{sentence}"))
}

#[test]
fn a_part_taken_back_is_taken_away_from_the_budget() {
    let text = "全年预算数为512.30万元，由上年结转12.30万元、年初预算480.00万元、年中追加28.00万元组成，并扣减了年中收回的8.00万元。";
    let audit = audit(text);
    let budget = claims(&audit, "annual_budget");
    assert_eq!(budget.len(), 1, "{:#?}", audit.claims);
    assert_eq!(budget[0].verdict, Verdict::Ok, "{}", budget[0].detail);
    assert!(budget[0].detail.contains("−年中收回8万元"), "{}", budget[0].detail);
}

#[test]
fn posts_managed_as_civil_servants_are_a_type_of_the_quota() {
    let audit = audit("本中心核定编制31名（参公编制12名、事业编制19名），年末实有在编人员29人。");
    assert!(claims(&audit, "quota").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("编制数在文中有不同数字")), "{:?}", audit.remarks);
}

#[test]
fn a_gloss_in_brackets_leaves_its_label_the_figures() {
    let audit = audit("全年预算数640.50万元，构成为：上年结转20.00万元，年初预算580.00万元，年中追加28.00万元，经营收入（场地租赁收入）12.50万元。");
    let budget = verdicts(&audit, "annual_budget");
    assert_eq!(budget, vec![("全年预算数640.50万元".into(), Verdict::Ok)], "{:#?}", audit.claims);
}

#[test]
fn a_table_of_projects_must_make_its_total_and_the_projects_spending() {
    let text = "全年支出合计420.00万元，其中基本支出300.00万元，项目支出120.00万元。\n（三）项目支出明细（单位：万元）\n项目\t全年预算\t实际支出\t执行率\n河道保洁\t60.00\t58.00\t96.67%\n堤防巡查\t40.00\t36.00\t90.00%\n水文测报\t25.00\t24.00\t96.00%\n合计\t125.00\t120.00\t\n以上项目均已完成。";
    let audit = audit(text);
    let projects = verdicts(&audit, "projects");
    assert_eq!(projects, vec![("项目支出120.00万元".into(), Verdict::Mismatch), ("120.00".into(), Verdict::Mismatch)], "{:#?}", audit.claims);
    assert!(claims(&audit, "projects")[0].detail.contains("之和为118万元"), "{}", claims(&audit, "projects")[0].detail);
    assert_eq!(claims(&audit, "project.execution").len(), 3, "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "its 合计 is no total of the unit's: {:?}", audit.remarks);
    let right = text.replace("120.00\t\n", "118.00\t\n").replace("项目支出120.00", "项目支出118.00").replace("合计420.00", "合计418.00");
    assert!(claims(&super::audit(&right), "projects").iter().all(|c| c.verdict == Verdict::Ok));
    // A category's cell merged down over its second project is left blank: the project is named by its own.
    let merged = "单位：万元\n类别\t项目名称\t全年预算\t实际支出\t执行率\n水利\t河道保洁\t60.00\t58.00\t96.67%\n\t堤防巡查\t40.00\t36.00\t90.00%\n合计\t\t100.00\t94.00\t94.00%\n";
    let audit = super::audit(merged);
    let total = claims(&audit, "projects");
    assert!(total.len() == 1 && total[0].detail.contains("+堤防巡查36万元"), "{:#?}", audit.claims);
}

#[test]
fn an_execution_formula_on_the_income_says_so_and_gives_the_right_rate() {
    let text = "本年度全年预算数5,000,000.00元，其中上年结转200,000.00元，年初预算4,800,000.00元。全年收入4,600,000.00元。全年支出4,850,000.00元，年末结转结余150,000.00元。\n预算执行率=全年执行数÷全年预算数×100%=4,600,000.00÷5,000,000.00×100%=92.00%。";
    let audit = audit(text);
    let execution = claims(&audit, "budget_execution");
    assert_eq!(execution.len(), 1, "{:#?}", audit.claims);
    assert_eq!(execution[0].verdict, Verdict::Mismatch);
    assert!(execution[0].detail.contains("应为97.00%"), "{}", execution[0].detail);
    assert!(execution[0].notes.iter().any(|n| n.contains("全年收入")), "{:?}", execution[0].notes);
}

#[test]
fn what_is_left_of_the_last_item_unspent_is_no_item_of_its_total() {
    let text = "项目支出310.00万元，具体为：乡村道路养护预算120.0000万元，实际支出118.0000万元；河长制巡查预算80.0000万元，使用72.0000万元；污水管网改造预算160.0000万元，当年拨付120.0000万元，其余40.0000万元随工程进度结转下年使用。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "projects"), vec![("项目支出310.00万元".into(), Verdict::Ok)], "{:#?}", audit.claims);
}

#[test]
fn a_rate_defined_in_words_then_in_figures_after_ji() {
    let text = "全年预算数200.00万元，全年支出188.00万元。预算执行率是全年支出与全年预算数的比率，即188.00万元/200.00万元×100%=95.0%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "budget_execution").first().map(|v| v.1), Some(Verdict::Mismatch), "{:#?}", audit.claims);
    let right = super::audit(&text.replace("=95.0%", "=94.0%"));
    assert_eq!(verdicts(&right, "budget_execution").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", right.claims);
}

#[test]
fn a_part_in_brackets_after_a_figure_is_no_other_value_of_it() {
    let text = "全年预算数150.00万元，其中年初预算120.00万元，年中追加30.00万元（市级补助18.00万元、区级文明创建追加12.00万元）。";
    let audit = audit(text);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("全年预算数150.00万元".into(), Verdict::Ok)], "{:#?}", audit.claims);
}

#[test]
fn a_formula_broken_before_its_bracket_closes_goes_on() {
    let text = "（二）运行成本。公用经费预算210.0000万元，实际支出205.0000万元，\n公用经费控制率97.62%。“三公”经费预算9.0000万元，上年预\n算10.0000万元，变动率=（9.0000-10.0000\n）/10.0000×100%=-10.00%；实际支出8.1000万元。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "sangong_change").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", audit.claims);
}

#[test]
fn a_large_projects_figures_checked_by_its_rate_are_the_projects() {
    // The project is most of the unit's money: its size alone would not tell it from the unit's.
    let text = "全年预算数200.00万元，支出合计190.00万元，其中基本支出60.00万元，项目支出130.00万元，年末结转结余10.00万元。\n1．污水厂运维：全年预算125.00万元，实际支出120.00万元，执行率96.00%。";
    let audit = audit(text);
    assert!(audit.claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", audit.claims);
    assert_eq!(claims(&audit, "project.execution").len(), 1);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);
}

#[test]
fn a_numbered_task_before_its_colon_owns_the_bare_budget_and_spending_after_it() {
    // No rate stated, and the task is most of the unit's money: only its place says whose figures these are.
    let text = "全年预算数300.00万元，支出合计280.00万元，其中基本支出90.00万元，项目支出190.00万元，年末结转结余20.00万元。\n2．农村饮水巡检维护：全年预算180.00万元，实际支出170.00万元。\n3．在职人员控制率：编制数12人，在职人员11人。";
    let audit = audit(text);
    assert!(audit.claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);
}

#[test]
fn a_total_rows_name_split_by_the_copy_keeps_its_figures_in_their_columns() {
    let text = "2.项目支出90.00万元，各项目执行情况如下（单位：万元）：\n项目名称                    预算数      支出数      执行率\n河道保洁                    60.00       58.00       96.67%\n堤防巡查                    40.00       32.00       80.00%\n合  计                      100.00      90.00       90.00%\n\n二是部分项目进度偏慢，堤防巡查预算40.00万元，实际支出32.00万元，执行率仅为75.00%。";
    let audit = audit(text);
    assert!(claims(&audit, "projects").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
    let execution = claims(&audit, "project.execution");
    let last = execution.last().map(|c| (c.verdict, c.detail.as_str()));
    assert!(last.is_some_and(|(v, d)| v == Verdict::Mismatch && d.starts_with("报告写堤防巡查执行率")), "{:#?}", audit.claims);
}

#[test]
fn projects_listed_with_their_figures_in_brackets_make_the_projects_spending() {
    let text = "全年支出合计300.00万元，其中基本支出230.00万元，项目支出70.00万元:史料征集（全年预算30.00万元，支出28.00万元，完成口述史访谈40人次）、方志编纂（预算25.00万元，支出24.00万元）和年鉴出版（预算20.00万元，支出19.00万元）三项合计。";
    let audit = audit(text);
    let projects = claims(&audit, "projects");
    assert_eq!(projects.len(), 1, "{:#?}", audit.claims);
    assert_eq!(projects[0].verdict, Verdict::Mismatch, "{}", projects[0].detail);
    assert!(projects[0].detail.contains("之和为71万元"), "{}", projects[0].detail);
}

#[test]
fn the_funds_line_restated_in_a_sentence_scores_its_points_times_its_rate() {
    let right = "按照自评表，年度资金总额全年预算数500.00万元，全年执行数480.00万元，执行率96.00%，分值10分，得分9.6分。";
    assert_eq!(verdicts(&audit(right), "funds.total"), vec![("得分9.6分".into(), Verdict::Ok)]);
    let wrong = right.replace("得分9.6分", "得分9.8分");
    assert_eq!(verdicts(&audit(&wrong), "funds.total"), vec![("得分9.8分".into(), Verdict::Mismatch)]);
    assert!(claims(&audit(&wrong), "funds.total")[0].detail.starts_with("报告写年度资金总额得分9.8分"), "{:?}", claims(&audit(&wrong), "funds.total"));
    assert!(verdicts(&audit("年度资金总额全年预算数500.00万元，分值10分，得分9.6分。"), "funds.total").is_empty(), "no execution stated");
}

#[test]
fn a_tables_total_row_is_the_sum_of_the_rows_above_it() {
    // Copied with tabs: the budget column adds up, the spending column does not (7.30+5.05+2.40 = 14.75).
    let tabbed = "项目明细表（单位：万元）\n项目名称\t调整后预算\t实际支出\t执行率\n河道保洁\t8.00\t7.30\t91.25%\n堤防巡查\t5.20\t5.05\t97.12%\n水质检测\t2.40\t2.40\t100.00%\n合计\t15.60\t14.57\t93.40%\n";
    let tabbed_audit = audit(tabbed);
    assert_eq!(verdicts(&tabbed_audit, "table_total"), vec![("15.60".into(), Verdict::Ok)]);
    // The projects' spending 合计 is judged as their spending.
    let wrong = tabbed_audit.claims.iter().find(|c| c.stated == "14.57").expect("the spending total judged");
    assert_eq!(wrong.verdict, Verdict::Mismatch, "{}", wrong.detail);
    assert!(wrong.detail.contains("14.75"), "{}", wrong.detail);
    let budgets = &claims(&tabbed_audit, "table_total")[0].detail;
    assert!(budgets.contains("“调整后预算”列"), "{budgets}");
    // Aligned by spaces, amounts in 元 with thousands separators, a name spread by spaces (“合  计”).
    let spaced = "各项目支出情况（单位：元）：\n\n  项目              预算数       支出数      执行率\n  乡村道路养护      310,500      298,040     95.99%\n  路灯维修          42,000       42,000     100.00%\n  合  计            352,500      340,040     96.47%\n";
    let audit_spaced = audit(spaced);
    assert_eq!(verdicts(&audit_spaced, "table_total"), vec![("352,500".into(), Verdict::Ok)]);
    assert!(audit_spaced.claims.iter().any(|c| c.stated == "340,040" && c.verdict == Verdict::Ok), "{:#?}", audit_spaced.claims);
    assert_eq!(claims(&audit_spaced, "project.execution").len(), 3, "each row's rate and the total's");
    let grand = audit("项目明细（万元）\n项目        全年预算      实际支出      执行率\n河道保洁      8.00      7.30      91.25%\n堤防巡查      5.20      5.05      97.12%\n总计          13.20      12.35      93.56%\n");
    assert!(claims(&grand, "project.execution").last().is_some_and(|c| c.detail.starts_with("所列项目合计")), "{:#?}", grand.claims);
    // Sub-items under a row are no parts of the 合计 beside their row.
    let nested = "项目\t上年决算数\t本年决算数\n基本支出\t60.00\t62.00\n其中：人员经费\t50.00\t51.00\n项目支出\t30.00\t28.00\n合计\t90.00\t90.00\n";
    assert!(claims(&audit(nested), "table_total").is_empty());
    let unmarked = "项目\t本年预算\t本年支出\n公务接待费\t1.20\t1.05\n公务用车购置及运行维护费\t4.00\t3.60\n公务用车购置费\t0.00\t0.00\n公务用车运行维护费\t4.00\t3.60\n合计\t5.20\t4.65\n";
    assert!(claims(&audit(unmarked), "table_total").is_empty(), "a row over its own items, unmarked");
}

#[test]
fn the_additions_other_than_the_policy_ones_are_a_part_of_them() {
    let text = "2024年全年预算数512.30万元，其中年初预算430.00万元，年中追加82.30万元，其中政策性追加60.00万元，其他追加22.30万元。\n预算控制率（剔除政策性追加）为5.19%。\n";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("2024年全年预算数512.30万元".into(), Verdict::Ok)]);
    assert_eq!(claims(&audit, "budget_control_adjusted").first().map(|c| c.verdict), Some(Verdict::Ok), "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("年中追加")), "{:?}", audit.remarks);
}

#[test]
fn last_years_sangong_budget_by_its_year_alone_or_as_unchanged() {
    let by_year = audit("2025年“三公”经费预算8,400元，2024年9,600元，“三公”经费变动率为－12.5%。\n");
    assert_eq!(claims(&by_year, "sangong_change").first().map(|c| c.verdict), Some(Verdict::Ok), "{:#?}", by_year.claims);
    let unchanged = audit("2025年“三公”经费预算3.20万元，与2024年预算持平，变动率0.00%。\n");
    assert_eq!(claims(&unchanged, "sangong_change").first().map(|c| c.verdict), Some(Verdict::Ok), "{:#?}", unchanged.claims);
    let wrong = audit("2025年“三公”经费预算3.20万元，与上年持平，变动率-5.00%。\n");
    assert_eq!(claims(&wrong, "sangong_change").first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", wrong.claims);
    let near = audit("2025年“三公”经费预算3.20万元，与上年基本持平，变动率-1.54%。\n");
    assert_ne!(claims(&near, "sangong_change").first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", near.claims);
    // Spending level with last year's says nothing of last year's budget.
    let spent = audit("2025年“三公”经费预算3.20万元，实际支出与上年持平，变动率0.00%。\n");
    assert_ne!(claims(&spent, "sangong_change").first().map(|c| c.verdict), Some(Verdict::Ok), "{:#?}", spent.claims);
}

#[test]
fn a_list_that_makes_its_total_and_ends_there_is_its_total() {
    // 310.40+55.25 = 365.65; after the “;” come other facts of the year's funds.
    let text = "2024年本年收入365.65万元，全部为财政拨款，其中年初预算310.40万元、年中追加55.25万元；上年结转12.10万元；全年预算数377.75万元。\n";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "income"), vec![("2024年本年收入365.65万元".into(), Verdict::Ok)], "{:#?}", audit.claims);
}

#[test]
fn an_execution_rate_on_the_income_is_wrong_where_the_spending_is_confirmed() {
    let text = "2025年本年收入152.40万元，其中年初预算140.00万元、年中追加12.40万元；上年结转6.00万元；全年预算数158.40万元。\n2025年本年支出合计150.90万元，其中：基本支出121.30万元，项目支出29.60万元。年末结转结余7.50万元。\n预算执行率=全年执行数152.40万元/全年预算数158.40万元×100%=96.21%。\n";
    let audit = audit(text);
    let rate = claims(&audit, "budget_execution");
    assert_eq!(rate.len(), 1, "{:#?}", audit.claims);
    assert_eq!(rate[0].verdict, Verdict::Mismatch);
    assert!(rate[0].detail.contains("95.27%"), "{}", rate[0].detail);
    assert!(rate[0].notes.iter().any(|n| n.contains("本年收入")), "{:?}", rate[0].notes);
}

#[test]
fn a_control_rate_over_the_whole_budget_is_given_on_the_initial_one() {
    let text = "2024年全年预算数530.00万元，其中年初预算450.00万元，年中追加80.00万元。\n预算控制率=年中追加/全年预算数×100%=80.00/530.00×100%=15.09%。\n";
    let audit = audit(text);
    let control = claims(&audit, "budget_control");
    assert_eq!(control.len(), 1, "{:#?}", audit.claims);
    assert_eq!(control[0].verdict, Verdict::Mismatch);
    assert!(control[0].detail.contains("应为17.78%"), "{}", control[0].detail);
    assert!(control[0].notes.iter().any(|n| n.contains("以年初预算数为分母")), "{:?}", control[0].notes);
}

#[test]
fn a_list_that_leaves_the_rest_unnamed_is_no_whole_sum() {
    let text = "年末结转结余35.60万元，即全年预算数420.00万元减去支出合计384.40万元。其中道路改造结转21.00万元，设备尾款8.40万元，其余为公用经费结余。\n";
    let audit = audit(text);
    assert!(audit.claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", audit.claims);
}

#[test]
fn a_rate_given_as_the_ratio_of_two_figures_in_words() {
    let text = "年初预算640.00万元，年中追加96.00万元。\n预算控制率：年中追加96.00万元与年初预算640.00万元的比率为15.00%。\n公用经费控制率：实际支出公用经费31.20万元与预算安排公用经费30.00万元的比率为101.00%。\n";
    let audit = audit(text);
    assert_eq!(claims(&audit, "budget_control").first().map(|c| c.verdict), Some(Verdict::Ok), "{:#?}", audit.claims);
    assert_eq!(claims(&audit, "public_expense_control").first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", audit.claims);
}

#[test]
fn an_unbalanced_year_is_marked_where_the_balance_is_stated() {
    let text = "（二）支出情况\n2024年度实际支出612.40万元，其中基本支出500.00万元，项目支出112.40万元。\n（三）结转结余\n全年预算数650.00万元，当年支出612.40万元，年末结转结余40.60万元。\n";
    let audit = audit(text);
    let balance = claims(&audit, "funds_balance");
    assert_eq!(balance.len(), 1, "{:#?}", audit.claims);
    assert_eq!(balance[0].verdict, Verdict::Mismatch);
    assert!(text[balance[0].span.clone()].starts_with("年支出612.40"), "{}", &text[balance[0].span.clone()]);
}

#[test]
fn a_total_restated_rounded_in_brackets_is_no_part_of_it() {
    let text = "2024年度。全年支出合计23,618.40万元（约2.36亿元），比上年决算数22,140.00万元增长6.68%。其中：基本支出15,002.15万元，项目支出8,616.25万元。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "spend").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "growth").first().map(|v| v.1), Some(Verdict::Ok), "the change on the exact amount: {:#?}", audit.claims);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
}

#[test]
fn the_projects_together_or_funds_held_for_others_are_not_the_units_totals() {
    let unit = "2023年度。全年预算数5,210.00万元，全年支出合计4,980.50万元，年末结转结余229.50万元。其中：基本支出1,830.50万元，项目支出3,150.00万元。";
    for others in [
        "四个项目全年预算合计3,300.00万元，支出合计3,150.00万元，项目执行率95.45%。",
        "上述项目支出合计3,150.00万元。",
        "以上三个专项预算合计3,300.00万元，支出合计3,150.00万元。",
        "另外，本单位代管的失业保险基金和工伤保险基金全年支出合计1.02亿元，不纳入本报告范围。",
    ] {
        let audit = audit(&format!("{unit}{others}"));
        assert_eq!(audit.count(Verdict::Mismatch), 0, "{others}: {:#?}", audit.claims);
        assert!(verdicts(&audit, "spend").iter().all(|(_, v)| *v == Verdict::Ok), "{others}: {:#?}", audit.claims);
    }
}

/// A table copied with its merged cells left blank (Excel, or a Word table read cell by cell): a heading
/// spanning two columns named one by one in the row under it, a column named only in the upper row, and a
/// 合计 spanning 序号 and the name. Each project's rate is read from its own row, the 合计 too.
#[test]
fn a_two_row_header_with_merged_cells_gives_each_column() {
    let table = |third: &str| {
        format!(
            "2021年度。\n（二）重点项目\n序号\t项目名称\t经费（万元）\t\t完成率\n\t\t预算数\t执行数\t\n1\t渔港疏浚\t64.00\t60.80\t95.00%\n2\t苗种放流\t25.00\t24.00\t{third}\n合计\t\t89.00\t84.80\t95.28%\n"
        )
    };
    let right = audit(&table("96.00%"));
    assert_eq!(marks(&right, "project.execution"), vec![Verdict::Ok; 3], "{:#?}", right.claims);
    assert_eq!(marks(&right, "projects"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(claims(&right, "projects")[0].detail.contains("渔港疏浚60.8万元+苗种放流24万元"), "{:#?}", right.claims);
    let wrong = audit(&table("98.00%"));
    assert_eq!(marks(&wrong, "project.execution"), vec![Verdict::Ok, Verdict::Mismatch, Verdict::Ok], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "project.execution")[1].detail.contains("96.00%"), "{:#?}", wrong.claims);
    // An upper row naming no two columns itself, over a lower row of the plain words beside a rate.
    let plain = audit("2021年度。\n项目\t资金（万元）\t\t执行率\n\t预算\t支出\t\n渔港疏浚\t64.00\t60.80\t95.00%\n苗种放流\t25.00\t24.00\t98.00%\n");
    assert_eq!(marks(&plain, "project.execution"), vec![Verdict::Ok, Verdict::Mismatch], "{:#?}", plain.claims);
    // A title row with the unit and trailing tabs over a row of labels: no column of its own.
    let titled = audit("2021年度。\n本年收入\t（万元）\t\t\t\n上年结转\t年初预算\t年中追加\t全年预算数\n6.00\t150.00\t24.00\t180.00\n本年全年预算数180.00万元。");
    assert_eq!(marks(&titled, "annual_budget"), vec![Verdict::Ok], "{:#?}", titled.claims);
}

/// A staffing table whose 编制 heading spans a column of its kind and one of its number (“类别 | 人数”): the
/// number is the 编制's, and its 合计 is checked like the 在职's.
#[test]
fn a_heading_spanning_its_own_columns_names_the_figures_under_it() {
    let staff = "2020年度。\n单位\t核定编制\t\t实有人员\n\t性质\t人数\t\n站本级\t参公\t9\t8\n检测所\t事业\t21\t19\n合计\t\t30\t26\n";
    let staffed = audit(staff);
    let totals = claims(&staffed, "table_total");
    assert_eq!(totals.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok, Verdict::Mismatch], "{:#?}", staffed.claims);
    assert!(totals[1].detail.contains("27"), "{:#?}", totals);
    // A share of a spanned amount (“占比” under “支出”) is no amount of it.
    let shares = audit("2020年度。支出合计50.00万元，其中基本支出30.00万元，项目支出20.00万元。\n序号\t科目\t支出\t\n\t\t金额（万元）\t占比\n一\t基本支出\t30.00\t60.00%\n二\t项目支出\t20.00\t40.00%\n");
    assert!(shares.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", shares.claims);
    assert!(shares.remarks.is_empty(), "{:?}", shares.remarks);
}

/// “…如下表（单位：元）：” after figures in 万元 in the same sentence: the unit of the table is the one
/// “单位” names, so its cells are the prose's figures in 元, not other figures.
#[test]
fn a_tables_unit_named_in_the_sentence_leading_into_it() {
    let text = "2020年度。全年支出合计96.40万元，其中基本支出60.40万元，项目支出36.00万元，明细见下表（单位：元）：\n科目\t全年预算数\t全年支出数\n基本支出\t620,000.00\t604,000.00\n其中：公用经费\t50,000.00\t46,500.00\n项目支出\t380,000.00\t360,000.00\n支出合计\t1,000,000.00\t964,000.00\n\n公用经费预算5.00万元，实际支出4.65万元，公用经费控制率93.00%。";
    let audit = audit(text);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
    assert_eq!(marks(&audit, "public_expense_control"), vec![Verdict::Ok], "{:#?}", audit.claims);
    // “本单位…” before figures in 万元, then the unit named as “单位为元”.
    let named = text.replace("2020年度。全年", "2020年度。本单位全年").replace("（单位：元）", "（金额单位为元）");
    let named = super::audit(&named);
    assert!(named.remarks.is_empty(), "{:?}", named.remarks);
    // The unit in a row of its own under the header, one cell a column.
    let under = super::audit("2020年度。公用经费预算5.00万元，实际支出4.65万元，公用经费控制率93.00%。\n科目\t全年预算数\t全年支出数\n\t（元）\t（元）\n公用经费\t50,000.00\t46,500.00\n");
    assert!(under.remarks.is_empty(), "{:?}", under.remarks);
    assert_eq!(marks(&under, "public_expense_control"), vec![Verdict::Ok], "{:#?}", under.claims);
}

/// A 合计 row whose spending is not what its projects spent, while its rate is on what they spent: the
/// amount is the mistake, the rate is right.
#[test]
fn a_total_rows_rate_on_its_rows_is_right_though_its_amount_is_not() {
    let table = "2019年度。\n项目名称\t全年预算\t实际支出\t执行率\n校舍维修\t80.00\t76.00\t95.00%\n课桌椅更新\t20.00\t18.00\t90.00%\n合计\t100.00\t95.00\t94.00%\n";
    let audit = audit(table);
    assert_eq!(marks(&audit, "projects"), vec![Verdict::Mismatch], "{:#?}", audit.claims);
    let rates = claims(&audit, "project.execution");
    assert_eq!(rates.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok; 3], "{:#?}", audit.claims);
    assert!(rates[2].notes.iter().any(|n| n.contains("不符")), "{:#?}", rates[2]);
}

/// A project's rate is named by its name's cell alone: not by the 序号 before it (“二”) nor the cells after
/// it (承办科室, 资金来源).
#[test]
fn a_project_rate_is_named_by_its_name_cell_alone() {
    let table = "2018年度。\n序号\t项目名称\t承办科室\t全年预算\t实际支出\t执行率\n一\t河长制巡查\t河湖科\t40.00\t36.00\t90.00%\n二\t堤防白蚁防治\t工管科\t10.00\t9.00\t80.00%\n合计\t\t\t50.00\t45.00\t90.00%\n";
    let audit = audit(table);
    let rates = claims(&audit, "project.execution");
    assert_eq!(rates.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok, Verdict::Mismatch, Verdict::Ok], "{:#?}", audit.claims);
    assert!(rates[0].detail.starts_with("河长制巡查执行率"), "{}", rates[0].detail);
    assert!(rates[1].detail.contains("堤防白蚁防治执行率写80.00%"), "{}", rates[1].detail);
    assert!(rates[2].detail.starts_with("所列项目合计"), "{}", rates[2].detail);
}

/// A table of the unit's spending item by item (人员经费, 公用经费, then its projects), each with its 执行率:
/// every row's rate is checked on its own row, though the table is no table of projects alone.
#[test]
fn each_rows_rate_in_a_table_of_the_units_spending_is_checked() {
    let table = |rate: &str| {
        format!("2017年度。\n序号\t支出项目\t全年预算数\t全年支出数\t执行率\n1\t人员经费\t300.00\t294.00\t98.00%\n2\t公用经费\t40.00\t38.00\t95.00%\n3\t档案数字化\t60.00\t48.00\t{rate}\n")
    };
    assert_eq!(marks(&audit(&table("80.00%")), "project.execution"), vec![Verdict::Ok; 3]);
    let wrong = audit(&table("85.00%"));
    assert_eq!(marks(&wrong, "project.execution"), vec![Verdict::Ok, Verdict::Ok, Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "project.execution")[2].detail.contains("档案数字化执行率写85.00%，按该行数字应为80.00%"), "{:#?}", wrong.claims);
}

/// A project's row marked as the 合计 of the rows of its sub-items under it (their names after their
/// figures, its own cells merged down): their spending must make its spending.
#[test]
fn a_projects_sub_items_under_its_row_add_up_to_its_spending() {
    let table = |second: &str| {
        format!("2016年度。\n序号\t项目名称\t预算数\t支出数\t执行率\t说明\n1\t送教下乡\t12.00\t11.40\t95.00%\t合计\n\t\t\t6.40\t\t其中：教材印制\n\t\t\t{second}\t\t教师交通补助\n2\t学籍系统运维\t8.00\t8.00\t100.00%\t\n合计\t\t20.00\t19.40\t97.00%\t\n")
    };
    let right = audit(&table("5.00"));
    let items = claims(&right, "sub_items");
    assert_eq!(items.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(items[0].detail.contains("11.40=6.40+5.00"), "{}", items[0].detail);
    let wrong = audit(&table("4.00"));
    let items = claims(&wrong, "sub_items");
    assert_eq!(items.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(items[0].detail.contains("之和为10.40"), "{}", items[0].detail);
    // A row between them that is no item as read here: the list is not known whole, nothing is said.
    let broken = audit(&table("4.00").replace("\t教师交通补助\n", "\t教师交通补助\n\t\t1.00\t\t\t调剂\n\t\t\t1.00\t\t资料费\n"));
    assert!(claims(&broken, "sub_items").is_empty(), "{:#?}", broken.claims);
}

/// Years heading two columns each (“2020年 | ” over “预算 | 决算”): last year's 决算 is last year's, not
/// this year's spending read by its lower heading alone.
#[test]
fn a_year_spanning_its_budget_and_actual_columns_says_whose_they_are() {
    let table = |rate: &str| format!("2021年度。\n科目\t2020年\t\t2021年\t\n\t预算\t决算\t预算\t决算\n公用经费\t30.00\t28.20\t40.00\t36.00\n\n公用经费控制率{rate}。");
    let right = audit(&table("90.00%"));
    assert_eq!(marks(&right, "public_expense_control"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(right.remarks.is_empty(), "{:?}", right.remarks);
    assert_eq!(marks(&audit(&table("94.00%")), "public_expense_control"), vec![Verdict::Mismatch]);
}

/// A table of the unit's spending by kind, its total first (“支出总额 | 上年决算 | 本年预算 | 本年决算”):
/// each column's total is its 基本支出 and 项目支出, not only this year's 决算.
#[test]
fn each_column_of_a_spending_table_adds_its_parts() {
    let table = |budget: &str| {
        format!("2015年度。\n指标\t上年决算数\t本年预算数\t本年决算数\n支出总额\t210.50\t{budget}\t228.00\n基本支出\t150.25\t160.00\t158.00\n其中：公用经费\t20.10\t21.00\t20.50\n项目支出\t60.25\t72.00\t70.00\n")
    };
    let right = audit(&table("232.00"));
    assert_eq!(marks(&right, "table_total"), vec![Verdict::Ok; 2], "{:#?}", right.claims);
    let wrong = audit(&table("223.00"));
    let totals = claims(&wrong, "table_total");
    assert_eq!(totals.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok, Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(totals[1].detail.contains("“本年预算数”列") && totals[1].detail.contains("232.00"), "{}", totals[1].detail);
}

/// One amount written to the fen in 元 and again to two decimals of 万元 (2,718,281.83元, 271.83万元) is
/// one figure, not two: no remark of different figures.
#[test]
fn an_amount_in_yuan_restated_rounded_in_wan_is_one_figure() {
    let text = "2014年度。全年预算数290.00万元。\n2014年本单位支出合计2,718,281.83元。\n预算执行率=全年支出合计271.83万元÷全年预算数290.00万元×100%=93.74%。";
    let audit = audit(text);
    assert!(audit.remarks.iter().all(|r| !r.contains("不同数字")), "{:?}", audit.remarks);
    // Two amounts that differ at the precision they share are two.
    let two = super::audit(&text.replace("271.83万元", "271.38万元").replace("93.74%", "93.58%"));
    assert!(two.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", two.remarks);
}

#[test]
fn a_clause_opening_on_last_year_with_the_unit_named_is_last_years_figure() {
    let unit = "2025年度。全年预算数860.00万元，其中年初预算700.00万元，年中追加160.00万元。全年支出合计812.30万元，其中基本支出512.30万元，项目支出300.00万元，年末结转结余47.70万元。";
    for last_year in [
        "2024年本中心全年支出合计为7,650,000.00元。",
        "2024年同期全年预算数为790.00万元。",
        "2024年度我站支出合计701.20万元，比2024年增加111.10万元。",
    ] {
        let audit = audit(&format!("{unit}{last_year}"));
        assert_eq!(audit.count(Verdict::Mismatch), 0, "{last_year}: {:#?}", audit.claims);
        assert_eq!(audit.count(Verdict::Unverifiable), 0, "{last_year}: {:#?}", audit.claims);
        assert!(audit.remarks.iter().all(|r| !r.contains("不同数字")), "{last_year}: {:?}", audit.remarks);
    }
}

#[test]
fn rates_listed_after_the_projects_figures_are_each_checked_on_their_own_projects() {
    let text = "2．项目支出。涉及三项工作：城区绿化养护资金全年预算300.00万元、实际支出300.00万元，河道保洁资金预算120.00万元、支出110.40万元，路灯维修补助预算40.00万元、实际支付36.00万元。\n各项目执行情况如下：城区绿化养护资金执行率100%；河道保洁执行率92.00%，余款为质保金；路灯维修补助执行率90.00%。";
    let audit = audit(text);
    let rates = verdicts(&audit, "project.execution");
    assert_eq!(rates.len(), 3, "{:#?}", audit.claims);
    assert!(rates.iter().all(|(_, v)| *v == Verdict::Ok), "{:#?}", audit.claims);
}

#[test]
fn a_formulas_figures_named_in_brackets_after_them_are_those_figures() {
    let right = audit("2023年度。公用经费控制率88.00%=13.20万元（实际公用经费）/15.00万元（公用经费预算）×100%。");
    assert_eq!(verdicts(&right, "public_expense_control").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", right.claims);
    assert!(right.claims[0].detail.contains("预算安排公用经费总额15.00万元"), "{:#?}", right.claims);
    let wrong = audit("2023年度。“三公”经费控制率为91.00%＝（2.64万元（“三公”经费实际支出）/3.00万元（“三公”经费预算））×100%。");
    assert_eq!(verdicts(&wrong, "sangong_control").first().map(|v| v.1), Some(Verdict::Mismatch), "{:#?}", wrong.claims);
    assert!(wrong.claims[0].detail.contains("88.00%"), "{:#?}", wrong.claims);
}

#[test]
fn the_sangong_spending_before_their_control_rate_is_theirs_across_a_clause() {
    // The rate named again by the topic after the spending.
    let named = audit("2024年度。（二）“三公”经费\n2024年“三公”经费预算6.40万元，与上年持平。全年实际支出5.12万元，“三公”经费控制率80.00%。其中公务接待费1.02万元，公务用车运行维护费4.10万元。");
    assert_eq!(verdicts(&named, "sangong_control"), vec![("“三公”经费控制率80.00%".into(), Verdict::Ok)], "{:#?}", named.claims);
    // A bare 控制率 after a clause saying one item was all of it.
    let bare = audit("2024年度。“三公”经费：2024年“三公”经费预算2.50万元；全年实际支出2.30万元，全部为公务用车运行维护费，控制率90.00%。");
    assert_eq!(verdicts(&bare, "sangong_control"), vec![("控制率90.00%".into(), Verdict::Mismatch)], "{:#?}", bare.claims);
    assert!(bare.claims.iter().any(|c| c.detail.contains("92.00%")), "{:#?}", bare.claims);
}

#[test]
fn a_numbered_projects_own_budgets_are_not_the_units_even_with_a_bracketed_qualifier() {
    let text = "2023年度。2023年年初预算2,310.00万元，年中追加480.00万元，调整后预算为2,790.00万元。\n（1）乡村学校校舍改造（中央资金）：年初预算300.00万元，调整后预算420.00万元，已拨付400.00万元，执行率95.24%。\n（2）教师培训：预算60.00万元，支出57.00万元，执行率95.00%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("调整后预算为2,790.00万元".into(), Verdict::Ok)], "{:#?}", audit.claims);
    assert_eq!(audit.count(Verdict::Unverifiable), 0, "{:#?}", audit.claims);
    assert!(audit.remarks.iter().all(|r| !r.contains("不同数字")), "{:?}", audit.remarks);
}

#[test]
fn a_project_named_for_what_it_buys_does_not_give_the_units_procurement() {
    let text = "2022年度。项目支出两项。执法装备采购（市级专项资金）全年预算86.00万元，实际支出81.70万元，执行率95.00%；档案数字化：预算24.00万元，支出22.80万元，执行率95.00%。\n全年政府采购预算112.00万元，实际采购98.56万元，政府采购执行率88.00%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "procurement_execution"), vec![("政府采购执行率88.00%".into(), Verdict::Ok)], "{:#?}", audit.claims);
    assert!(audit.remarks.iter().all(|r| !r.contains("不同数字")), "{:?}", audit.remarks);
}

#[test]
fn each_units_share_of_a_kind_of_posts_is_no_second_value_of_it() {
    let text = "2023年度。核定编制45名，其中局机关行政编制15名，县水文站事业编制18名，县水保站事业编制12名。在职人员控制率为93.33%（在职人员42人，编制45名）。";
    let shares = audit(text);
    assert_eq!(verdicts(&shares, "quota").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", shares.claims);
    assert!(shares.remarks.iter().all(|r| !r.contains("不同数字")), "{:?}", shares.remarks);
    // The same kind stated again for the whole unit is a second value.
    let twice = audit("2023年度。核定编制45名，其中行政编制15名，事业编制30名。年末事业编制28名。");
    assert!(twice.remarks.iter().any(|r| r.contains("事业编制数在文中有不同数字")), "{:?}", twice.remarks);
}

#[test]
fn the_spending_of_the_whole_department_is_its_total() {
    let right = audit("2023年度。2023年全部门支出862.40万元，其中局机关支出610.00万元，所属中心支出252.40万元。");
    assert_eq!(verdicts(&right, "spend"), vec![("2023年全部门支出862.40万元".into(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit("2023年度。2023年全部门支出862.40万元。按支出性质分：基本支出600.00万元；项目支出252.40万元。");
    assert_eq!(verdicts(&wrong, "spend").first().map(|v| v.1), Some(Verdict::Mismatch), "{:#?}", wrong.claims);
}

#[test]
fn the_years_funds_as_budget_income_or_raised_by_an_adjustment_are_checked_on_their_parts() {
    let income = audit("2022年度。全年预算收入612.40万元，其中上年结转20.40万元，年初预算530.00万元，年中追加62.00万元。");
    assert_eq!(verdicts(&income, "annual_budget"), vec![("全年预算收入612.40万元".into(), Verdict::Ok)], "{:#?}", income.claims);
    let raised = audit("2022年度。2022年年初预算2,045.00万元。年度执行中，调整增加预算215.50万元，调整后预算为2,260.50万元。");
    assert_eq!(verdicts(&raised, "annual_budget"), vec![("调整后预算为2,260.50万元".into(), Verdict::Ok)], "{:#?}", raised.claims);
}

#[test]
fn the_additions_share_of_the_initial_budget_is_the_budget_control_rate() {
    let text = "2023年度。年初预算820.00万元，年中追加98.40万元。年中追加占年初预算的13.00%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "budget_control"), vec![("年中追加占年初预算的13.00%".into(), Verdict::Mismatch)], "{:#?}", audit.claims);
    assert!(audit.claims.iter().any(|c| c.detail.contains("12.00%")), "{:#?}", audit.claims);
}

#[test]
fn a_change_said_after_both_years_amounts_then_its_rate_is_checked() {
    let text = "2024年度。2024年度支出合计1,260.00万元，上年同期为1,200.00万元，同比增加60.00万元，增长6.00%。";
    let audit = audit(text);
    let growth = claims(&audit, "growth");
    assert_eq!(growth.len(), 1, "{:#?}", audit.claims);
    assert_eq!(growth[0].verdict, Verdict::Mismatch, "{:#?}", growth);
    assert!(growth[0].detail.contains("5.00%"), "{:#?}", growth);
}

#[test]
fn a_projects_rate_after_its_budget_is_checked_on_the_spending_listed_before() {
    let text = "2025年度。项目支出96.00万元，主要包括乡村客运补助52.00万元、站场维护44.00万元。其中乡村客运补助全年预算60.00万元，执行率88.67%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "project.execution"), vec![("执行率88.67%".into(), Verdict::Mismatch)], "{:#?}", audit.claims);
    assert!(audit.claims.iter().any(|c| c.detail.contains("86.67%")), "{:#?}", audit.claims);
    assert!(claims(&audit, "annual_budget").is_empty(), "the project's budget is not the unit's: {:#?}", audit.claims);
}

#[test]
fn a_rate_named_as_a_heading_then_said_as_a_ratio_in_words_is_checked() {
    let text = "2022年度。年初预算640.00万元，年中追加80.00万元。\n3．预算控制率。年中追加80.00万元与年初预算640.00万元的比率为12.80%，追加均为政策性追加。";
    let audit = audit(text);
    let control = claims(&audit, "budget_control");
    assert_eq!(control.len(), 1, "{:#?}", audit.claims);
    assert_eq!(control[0].verdict, Verdict::Mismatch, "{:#?}", control);
    assert!(control[0].detail.contains("12.50%"), "{:#?}", control);
}

#[test]
fn a_projects_total_over_the_numbered_projects_below_it_is_their_sum() {
    let list = "（1）河道清淤：预算300.00万元，支出288.00万元，执行率96.00%。\n（2）堤防加固：预算500.00万元，拨付475.00万元，执行率95.00%。\n";
    let wrong = audit(&format!("2024年度。项目支出773.00万元，具体如下：\n{list}（二）结转结余。"));
    assert_eq!(verdicts(&wrong, "projects"), vec![("项目支出773.00万元".into(), Verdict::Mismatch)], "{:#?}", wrong.claims);
    assert!(wrong.claims.iter().any(|c| c.detail.contains("河道清淤288万元+堤防加固475万元")), "{:#?}", wrong.claims);
    // An item without its own rate is still read with the list: all of them make the total.
    let whole = audit(&format!("2024年度。项目支出823.00万元，具体如下：\n{list}（3）水文监测：预算60.00万元，支出60.00万元。\n"));
    assert_eq!(verdicts(&whole, "projects"), vec![("项目支出823.00万元".into(), Verdict::Ok)], "{:#?}", whole.claims);
    assert!(whole.claims.iter().any(|c| c.detail.contains("+水文监测60万元")), "{:#?}", whole.claims);
    // An item whose spending is not given leaves the list unknown: no sum of some of them.
    let unknown = audit(&format!("2024年度。项目支出823.00万元，具体如下：\n{list}（3）水文监测：预算60.00万元，尚在招标。\n"));
    assert!(claims(&unknown, "projects").is_empty(), "{:#?}", unknown.claims);
}

/// “增加-x%” is how some clerks write a fall: right when the amounts fell by x%, with a plainer wording
/// offered; a minus after a rise that did happen is still wrong.
#[test]
fn a_rise_written_with_a_minus_sign_is_a_fall() {
    let fell = audit("2025年度。本年支出合计760.00万元，上年为800.00万元，同比增加-5.00%。");
    assert_eq!(verdicts(&fell, "growth"), vec![("同比增加-5.00%".to_string(), Verdict::Ok)], "{:#?}", fell.claims);
    assert!(fell.claims.iter().any(|c| c.notes.iter().any(|n| n.contains("下降5.00%"))), "{:#?}", fell.claims);
    let rose = audit("2025年度。本年支出合计840.00万元，上年为800.00万元，同比增加-5.00%。");
    assert_eq!(verdicts(&rose, "growth"), vec![("同比增加-5.00%".to_string(), Verdict::Mismatch)], "{:#?}", rose.claims);
}

/// A rate with one figure in brackets after it (its budget, its base) gives no formula: that figure alone
/// is not the rate worked out.
#[test]
fn a_rate_with_its_budget_in_brackets_is_no_formula() {
    let audit = audit("2024年度。公用经费支出27.00万元。\n二、指标\n公用经费控制率 90.00%（公用经费预算30.00万元）\n");
    assert_eq!(verdicts(&audit, "public_expense_control"), vec![("公用经费控制率90.00%（公用经费预算30.00万元）".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
}

/// “其中” opening the next sentence splits that sentence's first total (here by subordinate unit), not the
/// last one it names: parts more than the last total are not its parts.
#[test]
fn units_listed_after_a_sentence_split_its_first_total() {
    let audit = audit("2023年度。全年支出1200.00万元，基本支出700.00万元、项目支出500.00万元。其中局机关支出850.00万元，下属站支出350.00万元。");
    assert!(!audit.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", audit.claims);
}

/// What was added or cut, named between the word and its amount (“追加市级“乡村书屋”专项…”, “核减差旅
/// 经费…”), is the year's addition or reduction.
#[test]
fn an_addition_or_a_cut_named_by_its_money_is_still_one() {
    let added = audit("2024年度。年初预算500.00万元，年中追加市级“乡村书屋”专项资金45.50万元，全年预算545.50万元。");
    assert_eq!(verdicts(&added, "annual_budget"), vec![("全年预算545.50万元".to_string(), Verdict::Ok)], "{:#?}", added.claims);
    let cut = audit("2024年度。年初预算500.00万元，年中追加20.00万元，按要求核减差旅经费6.00万元，全年预算514.00万元。");
    assert_eq!(verdicts(&cut, "annual_budget"), vec![("全年预算514.00万元".to_string(), Verdict::Ok)], "{:#?}", cut.claims);
}

/// A balance named, then worked out (“结余：预算…-支出…=x”), states x as the balance: a wrong x is caught.
#[test]
fn a_balance_worked_out_after_its_name_is_its_figure() {
    let wrong = audit("2022年度。全年预算数640.00万元，支出合计600.50万元。年末结转结余：全年预算数640.00万元－支出合计600.50万元＝40.50万元。");
    let balance: Vec<_> = wrong.claims.iter().filter(|c| c.id == "funds_balance").collect();
    assert!(balance.iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("40.50") || c.notes.iter().any(|n| n.contains("39.5"))), "{:#?}", wrong.claims);
    let right = audit("2022年度。全年预算数640.00万元，支出合计600.50万元。年末结转结余：全年预算数640.00万元－支出合计600.50万元＝39.50万元。");
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
}

/// A rate given in words as a ratio, a comma before its value (“…与…的比率，为x%”), is checked.
#[test]
fn a_ratio_in_words_with_a_comma_before_its_value_is_checked() {
    let audit = audit("2021年度。核定编制25名，实有在职人员20人。\n3．在职人员控制率：在职人数与编制人数的比率，为125.00%。");
    let staff = claims(&audit, "staff_control");
    assert_eq!(staff.len(), 1, "{:#?}", audit.claims);
    assert_eq!(staff[0].verdict, Verdict::Mismatch, "{:#?}", staff);
    assert!(staff[0].detail.contains("80.00%"), "{:#?}", staff);
}

/// A budget total after a clause counting the projects (“共三个项目，预算总额…”) is theirs, not the unit's.
#[test]
fn a_budget_total_after_a_count_of_projects_is_theirs() {
    let audit = audit("2024年度。上年结转20.00万元，年初预算600.00万元，全年预算620.00万元。项目支出180.00万元，共三个项目，预算总额190.00万元，分项如下：");
    assert!(verdicts(&audit, "annual_budget").iter().all(|(stated, _)| !stated.contains("190")), "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("190")), "{:#?}", audit.remarks);
}

/// A project named after the purchases it oversees (“政府采购代理…”), or the next project after it, has a
/// project's 执行率, not the 政府采购执行率; the purchases' own rate still is one.
#[test]
fn a_project_named_for_procurement_has_no_procurement_rate() {
    let listed = audit("2022年度。项目支出如下：政府采购代理服务全年预算50.00万元、实际支出45.00万元，执行率90.00%；档案数字化全年预算40.00万元、实际支出38.00万元，执行率95.00%。");
    assert!(claims(&listed, "procurement_execution").is_empty(), "{:#?}", listed.claims);
    let own = audit("2022年度。政府采购预算200.00万元，实际采购190.00万元，执行率95.00%。");
    assert_eq!(verdicts(&own, "procurement_execution"), vec![("执行率95.00%".to_string(), Verdict::Ok)], "{:#?}", own.claims);
    // Nor are the project's figures the purchases': no second 实际采购金额.
    let both = audit("2022年度。项目支出如下：政府采购代理服务全年预算50.00万元、实际支出45.00万元；档案数字化全年预算40.00万元、实际支出38.00万元。\n政府采购预算200.00万元，实际采购190.00万元。");
    assert!(!both.remarks.iter().any(|r| r.contains("政府采购实际金额在文中有不同数字")), "{:?}", both.remarks);
}

/// “河道保洁项目支出…” is one project's spending: no second figure for the unit's 项目支出.
#[test]
fn a_named_projects_spending_is_not_the_units_project_spending() {
    let named = audit("2020年度。全年支出300.00万元，其中基本支出220.00万元，项目支出80.00万元。\n五、存在的问题\n河道保洁项目支出12.50万元，进度偏慢。");
    assert!(!named.remarks.iter().any(|r| r.contains("项目支出在文中有不同数字")), "{:?}", named.remarks);
    let unit = audit("2020年度。全年支出300.00万元，其中基本支出220.00万元，项目支出80.00万元。\n五、存在的问题\n全年项目支出82.00万元，进度偏慢。");
    assert!(unit.remarks.iter().any(|r| r.contains("项目支出在文中有不同数字")), "{:?}", unit.remarks);
}

/// A total restated in the 问题 part with another figure than the one that makes the 支出合计 is wrong; two
/// figures neither of which is confirmed stay a remark.
#[test]
fn a_total_restated_with_another_figure_is_wrong_where_the_first_adds_up() {
    let head = "2021年度。全年支出合计900.00万元，其中基本支出640.00万元，项目支出260.00万元。\n四、存在的问题\n";
    let wrong = audit(&format!("{head}一是进度偏慢，全年项目支出265.00万元，其中设备购置仅支出40.00万元。"));
    let restated = verdicts(&wrong, "projects");
    assert_eq!(restated, vec![("项目支出265.00万元".to_string(), Verdict::Mismatch)], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "projects")[0].detail.contains("260"), "{:#?}", wrong.claims);
    let unconfirmed = audit("2021年度。全年支出合计900.00万元，项目支出260.00万元。\n四、存在的问题\n一是进度偏慢，全年项目支出265.00万元。");
    assert!(claims(&unconfirmed, "projects").is_empty(), "{:#?}", unconfirmed.claims);
}

/// “上年同口径预算…” is last year's budget (on this year's basis), not a second figure for this year's.
#[test]
fn last_years_budget_on_the_same_basis_is_last_years() {
    let audit = audit("2024年度。\n（三）“三公”经费。2024年“三公”经费预算9.00万元，上年同口径预算10.00万元，全年实际支出8.10万元。“三公”经费变动率为-10.00%。");
    assert!(!audit.remarks.iter().any(|r| r.contains("在文中有不同数字")), "{:?}", audit.remarks);
    assert_eq!(verdicts(&audit, "sangong_change"), vec![("“三公”经费变动率为-10.00%".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
}

/// A count of things after a label of money (“审核政府采购计划2,410笔”) is no amount of that label.
#[test]
fn a_count_of_things_is_no_amount() {
    let audit = audit("2023年度。政府采购预算80.00万元，实际采购76.00万元。全年审核政府采购计划2,410笔。");
    assert!(!audit.remarks.iter().any(|r| r.contains("在文中有不同数字")), "{:?}", audit.remarks);
}

/// A heading that is the rate's name alone, then a line opening on the value and its formula, is checked.
#[test]
fn a_rate_headed_alone_then_its_value_and_formula_is_checked() {
    let right = audit("2025年度。\n（四）在职人员控制率\n90.00%=在职人员27人÷编制30人×100%。\n");
    assert_eq!(claims(&right, "staff_control").iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit("2025年度。\n（四）在职人员控制率\n95.00%=在职人员27人÷编制30人×100%。\n");
    assert_eq!(claims(&wrong, "staff_control").iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// A bare 控制率 in the paragraph under a heading alone on its line (“（五）“三公”经费”) is the heading topic's.
#[test]
fn a_bare_rate_under_a_heading_line_is_its_topics() {
    let audit = audit("2022年度。\n（五）“三公”经费\n“三公”经费预算8.00万元，与上年持平。实际支出7.20万元，控制率90.00%。\n");
    assert_eq!(verdicts(&audit, "sangong_control"), vec![("控制率90.00%".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
}

/// “上年预算同为…” gives last year's budget (the same figure): a change of 0 is checked.
#[test]
fn last_years_budget_said_to_be_the_same_is_read() {
    let audit = audit("2023年度。\n（四）“三公”经费：“三公”经费预算6.40万元，实际支出5.12万元，控制率80.00%；上年预算同为6.40万元，变动率为0。");
    assert_eq!(verdicts(&audit, "sangong_change").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Ok], "{:#?}", audit.claims);
}

/// The projects a report lists — numbered items with their rates, a table pasted with tabs, items in one
/// sentence — become one row each with their budget and spending, never one row of the 项目支出.
#[test]
fn a_draft_from_text_has_one_row_per_listed_project_with_its_budget() {
    let rows_of = |text: &str| {
        let started = draft_from_text(text);
        let rows: Vec<(String, String, String)> = started
            .draft
            .projects()
            .iter()
            .map(|p| {
                let cell = |c| p.cell(c).to_string();
                (p.name().to_string(), cell(crate::core::draft::fields::ProjectColumn::Budget), cell(crate::core::draft::fields::ProjectColumn::Actual))
            })
            .collect();
        (rows, started.notes)
    };
    let expected = |list: &[(&str, &str, &str)]| list.iter().map(|(n, b, a)| (n.to_string(), b.to_string(), a.to_string())).collect::<Vec<_>>();
    let numbered = "某市档案馆2023年度部门整体支出绩效自评报告\n项目支出103.20万元，主要用于：\n1．馆藏修复工程，全年预算64.00万元，实际支出61.50万元，执行率96.09%。\n\
                    2．数字档案馆建设专项，全年预算45.00万元，实际支出41.70万元，执行率92.67%。\n";
    let (rows, notes) = rows_of(numbered);
    assert_eq!(rows, expected(&[("馆藏修复工程", "64", "61.5"), ("数字档案馆建设专项", "45", "41.7")]), "{notes:?}");
    assert!(notes.iter().all(|n| !n.contains("未逐项列出") && !n.contains("预算数未填")), "{notes:?}");

    // Names opening on their year, or with a road's number in them.
    let yearly = numbered.replace("1．馆藏修复工程", "1．2023年馆藏修复工程").replace("2．数字档案馆建设专项", "2．G210线档案库房搬迁");
    let (rows, notes) = rows_of(&yearly);
    assert_eq!(rows, expected(&[("2023年馆藏修复工程", "64", "61.5"), ("G210线档案库房搬迁", "45", "41.7")]), "{notes:?}");
    assert!(notes.iter().all(|n| !n.contains("全年预算数")), "a project's 全年预算 is not the unit's: {notes:?}");

    let table = "某市档案馆2023年度部门整体支出绩效自评报告\n项目支出103.20万元，明细如下表（单位：万元）：\n序号\t项目名称\t全年预算数\t实际支出\t执行率\n\
                 1\t馆藏修复工程\t64.00\t61.50\t96.09%\n2\t数字档案馆建设专项\t45.00\t41.70\t92.67%\n\t合计\t109.00\t103.20\t94.68%\n";
    assert_eq!(rows_of(table).0, expected(&[("馆藏修复工程", "64", "61.5"), ("数字档案馆建设专项", "45", "41.7")]));

    // In 元, without rates, and its items adding to more than the 项目支出 it states: said in the notice.
    let unrated = "某市档案馆2023年度部门整体支出绩效自评报告\n项目支出1,022,000.00元，其中：\n（1）馆藏修复：预算640,000.00元，支出615,000.00元；\n\
                   （2）档案征集：预算450,000.00元，支出417,000.00元。\n";
    let (rows, notes) = rows_of(unrated);
    assert_eq!(rows, expected(&[("馆藏修复", "64", "61.5"), ("档案征集", "45", "41.7")]), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("实际支出合计103.2万元，与报告写的项目支出102.2万元不同")), "{notes:?}");

    // Some projects listed of a larger 项目支出: the rest in a row of its own, so the totals stay the report's.
    let some = "某市档案馆2023年度部门整体支出绩效自评报告\n项目支出150.00万元，主要用于修缮和数字化。\n重点项目情况：\n1．馆藏修复工程，全年预算64.00万元，实际支出61.50万元，执行率96.09%。\n";
    let (rows, notes) = rows_of(some);
    assert_eq!(rows, expected(&[("馆藏修复工程", "64", "61.5"), ("其他项目（报告未逐项列出）", "", "88.5")]), "{notes:?}");
}

/// Each 项目支出绩效自评表 (附件3) of last year's report is a project of the new draft: named by its 项目名称, its
/// 年初预算数 / 全年预算数 / 全年执行数 from its 年度资金总额 row, and its 绩效指标 rows in the project's grid, a
/// merged 一级 / 二级 heading given to the rows under it.
#[test]
fn a_draft_from_text_takes_each_projects_self_evaluation_table() {
    use crate::core::draft::fields::{IndicatorColumn as I, ProjectColumn as P};
    let sheet = |name: &str, funds: &str, rows: &str| {
        format!(
            "项目支出绩效自评表\n项目名称\t{name}\n\t年初预算数（万元）\t全年预算数（万元）\t全年执行数（万元）\t分值\t执行率\t得分\n年度资金总额\t{funds}\n\
             其中：当年财政拨款\t{funds}\n年度总体目标\t为{name}定下的年度任务。\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n{rows}总分\t\t\t\t\t100\t99\n\n"
        )
    };
    let text = format!(
        "某县水务局2022年度部门整体支出绩效自评报告\n项目支出233.10万元，各项目情况见附后的项目支出绩效自评表。\n附件\n{}{}",
        sheet("山塘清淤整治", "90.00\t140.00\t137.20\t10\t98.00%\t9.80", "产出指标\t数量指标\t清淤山塘\t≥25口\t27口\t30\t30\n\t\t新增蓄水\t≥4万方\t4.3万方\t20\t20\n满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\t93%\t50\t49\n"),
        sheet("农村饮水水质检测", "100.00\t100.00\t95.90\t10\t95.90%\t9.59", "产出指标\t质量指标\t水样检测覆盖率\t100%\t100%\t100\t100\n"),
    );
    let started = draft_from_text(&text);
    let rows: Vec<[&str; 4]> = started.draft.projects().iter().map(|p| [p.cell(P::Name), p.cell(P::Initial), p.cell(P::Budget), p.cell(P::Actual)]).collect();
    assert_eq!(rows, [["山塘清淤整治", "90", "140", "137.2"], ["农村饮水水质检测", "100", "100", "95.9"]], "{:?}", started.notes);
    let first = &started.draft.projects()[0];
    assert_eq!(first.cell(P::GoalExpected), "为山塘清淤整治定下的年度任务。");
    let appropriation = [P::AppropriationInitial, P::AppropriationFullYear, P::AppropriationExecuted].map(|c| first.cell(c));
    assert_eq!(appropriation, ["90", "140", "137.2"]);
    let grid: Vec<[&str; 7]> = first.indicators.iter().map(|r| [r.cell(I::Level1), r.cell(I::Level2), r.cell(I::Name), r.cell(I::Target), r.cell(I::Actual), r.cell(I::Points), r.cell(I::Score)]).collect();
    assert_eq!(
        grid,
        [
            ["产出指标", "数量指标", "清淤山塘", "≥25口", "27口", "30", "30"],
            ["产出指标", "数量指标", "新增蓄水", "≥4万方", "4.3万方", "20", "20"],
            ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "93%", "50", "49"],
        ]
    );
    assert_eq!(started.draft.projects()[1].indicators.len(), 1);
    assert!(started.notes.iter().all(|n| !n.contains("项目支出明细") && !n.contains("预算数")), "{:?}", started.notes);

    // Rows whose 分值 is no figure were not copied under their columns: none is taken, and the notice says so.
    let shifted = text.replace("\t\t新增蓄水\t≥4万方\t4.3万方\t20\t20", "新增蓄水\t≥4万方\t4.3万方\t20\t20");
    let started = draft_from_text(&shifted);
    assert!(started.draft.projects()[0].indicators.is_empty());
    assert!(started.notes.iter().any(|n| n.contains("“山塘清淤整治”的绩效指标行未能按列读出")), "{:?}", started.notes);
}

/// A table of projects with a 预算数 column but no 执行率 — tab-separated, between bars, or copied one cell to
/// a line — gives each project its budget; the unit's own funds table is no list of projects.
#[test]
fn a_draft_from_text_takes_the_budgets_of_a_table_of_projects_without_rates() {
    use crate::core::draft::fields::ProjectColumn as P;
    let rows_of = |text: &str| {
        let started = draft_from_text(text);
        let rows: Vec<(String, String, String)> = started.draft.projects().iter().map(|p| (p.cell(P::Name).to_string(), p.cell(P::Budget).to_string(), p.cell(P::Actual).to_string())).collect();
        (rows, started.notes)
    };
    let expected = vec![("图书馆古籍修复".to_string(), "48".to_string(), "46.3".to_string()), ("乡镇文化站设备更新".to_string(), "27.5".to_string(), "27.5".to_string())];
    let head = "某县文旅广体局2021年度部门整体支出绩效自评报告\n项目支出73.80万元，主要为：\n";
    for table in [
        "项目名称\t预算数（万元）\t实际支出（万元）\n图书馆古籍修复\t48.00\t46.30\n乡镇文化站设备更新\t27.50\t27.50\n",
        "| 序号 | 项目名称 | 预算数（万元） | 实际支出（万元） |\n| 1 | 图书馆古籍修复 | 48.00 | 46.30 |\n| 2 | 乡镇文化站设备更新 | 27.50 | 27.50 |\n| | 合计 | 75.50 | 73.80 |\n",
        "序号\n项目名称\n预算数\n实际支出\n1\n图书馆古籍修复\n48.00\n46.30\n2\n乡镇文化站设备更新\n27.50\n27.50\n合计\n75.50\n73.80\n（单位：万元）\n",
    ] {
        let (rows, notes) = rows_of(&format!("{head}{table}"));
        assert_eq!(rows, expected, "{table}\n{notes:?}");
        assert!(notes.iter().all(|n| !n.contains("预算数未填") && !n.contains("未逐项列出")), "{table}\n{notes:?}");
    }

    // “年初及追加预算…，全年执行数…” in a numbered list after the 项目支出: the budget is the item's.
    let list = "某县文旅广体局2021年度部门整体支出绩效自评报告\n项目支出73.80万元，具体为：\n1.图书馆古籍修复：年初及追加预算48.00万元，全年执行数46.30万元；\n2.乡镇文化站设备更新：年初及追加预算27.50万元，全年执行数27.50万元。\n";
    assert_eq!(rows_of(list).0, expected);

    // Items a line each, the budget and the spending in cells of their own.
    let tabbed = format!("{head}1．图书馆古籍修复\t预算48.00万元\t支出46.30万元\n2．乡镇文化站设备更新\t预算27.50万元\t支出27.50万元\n");
    assert_eq!(rows_of(&tabbed).0, expected);

    // A row the copy broke inside a cell (“46⏎.30”) reads as the one row it was.
    let broken = format!("{head}项目名称\t预算数（万元）\t实际支出（万元）\n图书馆古籍修复\t48.00\t46\n.30\n乡镇文化站设备更新\t27.50\t27.50\n");
    assert_eq!(rows_of(&broken).0, expected, "{broken}");

    // One sentence listing them, a budget in brackets for some: what it does not give is said, not guessed.
    let sentence = "某县文旅广体局2021年度部门整体支出绩效自评报告\n项目支出73.80万元，分别为：图书馆古籍修复项目支出46.30万元，乡镇文化站设备更新支出27.50万元（预算27.50万元）。\n";
    let (rows, notes) = rows_of(sentence);
    let named = |name: &str, budget: &str, actual: &str| (name.to_string(), budget.to_string(), actual.to_string());
    assert_eq!(rows, vec![named("图书馆古籍修复项目", "", "46.3"), named("乡镇文化站设备更新", "27.5", "27.5")], "{notes:?}");
    assert!(notes.iter().any(|n| n == "项目预算数：报告未写图书馆古籍修复项目的预算数，未填"), "{notes:?}");

    // Nor does a table of the “三公” items.
    let sangong = "某县文旅广体局2021年度部门整体支出绩效自评报告\n项目支出73.80万元。\n项目\t预算数\t实际支出\n公务接待费\t3.00\t2.40\n公务用车运行维护费\t6.00\t5.10\n";
    assert_eq!(rows_of(sangong).0, vec![("项目支出（报告未分项）".to_string(), String::new(), "73.8".to_string())]);

    // The unit's funds by 基本支出 and 项目支出 under the same headings lists no project: its 项目支出 row gives
    // the one row's budget.
    let funds = "某县文旅广体局2021年度部门整体支出绩效自评报告\n项目支出73.80万元。\n项目\t预算数\t实际支出\n基本支出\t210.00\t205.40\n项目支出\t75.50\t73.80\n";
    let (rows, _) = rows_of(funds);
    assert_eq!(rows, vec![("项目支出（报告未分项）".to_string(), "75.5".to_string(), "73.8".to_string())]);
}

/// A 项目支出 whose one part is written “其中：某某预算…，实际支出…” is not a project called 实际支出; a draft whose
/// parts do not make the report's 支出合计 says by how much.
#[test]
fn a_draft_from_text_names_no_project_by_a_figures_label_and_says_what_spending_it_could_not_read() {
    let started = draft_from_text(
        "某区疾控中心2025年度部门整体支出绩效自评报告\n基本支出612.40万元，其中人员经费540.00万元，公用经费72.40万元。\n\
         项目支出96.00万元，其中：免疫规划预算100.00万元，实际支出96.00万元。\n全年支出合计708.40万元。\n",
    );
    let rows: Vec<(&str, &str)> = started.draft.projects().iter().map(|p| (p.name(), p.actual())).collect();
    assert_eq!(rows, [("项目支出（报告未分项）", "96")], "{:?}", started.notes);
    assert!(started.notes.iter().all(|n| !n.contains("预算数未填") && !n.contains("支出合计：")), "{:?}", started.notes);

    let one_item = "某区疾控中心2025年度部门整体支出绩效自评报告\n基本支出612.40万元，其中人员经费540.00万元，公用经费72.40万元。\n\
                    1．免疫规划，预算100.00万元，实际支出96.00万元。\n全年支出合计708.40万元。\n";
    let notes = draft_from_text(one_item).notes;
    assert!(notes.iter().any(|n| n == "支出合计：报告写708.4万元，草稿各项之和为612.4万元，少96万元；请核对基本支出和项目支出"), "{notes:?}");
}

/// Posts managed as civil servants' (参照公务员法管理) are 行政编制; a type the draft cannot hold is named.
#[test]
fn a_draft_from_text_counts_civil_servant_managed_posts_as_administrative_and_names_what_it_left_out() {
    let started = draft_from_text("某县档案馆2023年度部门整体支出绩效自评报告\n本馆核定编制20名，其中参照公务员法管理编制14名、事业编制6名。");
    assert_eq!((started.draft.get("staff.quota.admin"), started.draft.get("staff.quota.institution")), ("14", "6"), "{:?}", started.notes);

    let started = draft_from_text("某县司法局2023年度部门整体支出绩效自评报告\n核定编制31名，其中行政编制18名、政法专项编制9名、事业编制4名。");
    assert!(started.notes.iter().any(|n| n.starts_with("编制数：报告写合计31名，其中9名的类型未能读出")), "{:?}", started.notes);
}

/// A part of the 全年预算数 stated with two values (a project's, elsewhere in the text) is the one that makes
/// the stated total with the other parts; with none or both making it, it stays blank and is named.
#[test]
fn a_draft_from_text_takes_the_budget_part_that_makes_the_stated_annual_budget() {
    let text = "某县档案馆2023年度部门整体支出绩效自评报告\n上年结转12.40万元，年初预算286.30万元，年中追加20.00万元，全年预算数318.70万元。\n\
                对年初预算50万元的档案数字化工作开展了事前评估。";
    let started = draft_from_text(text);
    assert_eq!(started.draft.get("budget.initial"), "286.3", "{:?}", started.notes);
    assert!(started.notes.iter().any(|n| n.starts_with("年初预算：文中有不同数字（286.3、50），按报告写的全年预算数及其各项取286.3万元")), "{:?}", started.notes);

    let unresolved = draft_from_text(&text.replace("全年预算数318.70万元", "全年预算数400.00万元"));
    assert_eq!(unresolved.draft.get("budget.initial"), "", "{:?}", unresolved.notes);
    assert!(unresolved.notes.iter().any(|n| n.contains("未填，请核对后填写")), "{:?}", unresolved.notes);
    assert!(started.notes.iter().all(|n| !n.contains("类型未能读出")), "{:?}", started.notes);
}

/// Two parts of the 全年预算数 each stated twice (this year's and, in a comparison, last year's): the one
/// choice of both that makes the stated total is taken, not left blank because neither makes it alone.
#[test]
fn a_draft_from_text_settles_two_budget_parts_in_doubt_together() {
    let text = "某县气象服务站2022年度部门整体支出绩效自评报告\n\
                2022年全年预算数680.00万元，包括上年结转8.20万元、年初预算640.50万元、年中追加31.30万元；\
                2021年全年预算数655.40万元，包括上年结转5.10万元、年初预算612.00万元、年中追加38.30万元。";
    let started = draft_from_text(text);
    assert_eq!(started.draft.get("budget.initial"), "640.5", "{:?}", started.notes);
    assert_eq!(started.draft.get("budget.carryover"), "8.2", "{:?}", started.notes);
    assert!(started.notes.iter().any(|n| n.starts_with("上年结转：文中有不同数字（8.2、5.1），按报告写的全年预算数及其各项取8.2万元")), "{:?}", started.notes);
}

#[test]
fn a_project_tables_rows_are_checked_under_a_spanned_header_of_budget_and_execution() {
    // A fund-type column, then “金额（元）” spanning 预算 / 执行 / 执行率 in the row under it.
    let table = |rate: &str| {
        format!("二〇一九年度。\n序号\t项目\t资金类别\t金额（元）\t\t\n\t\t\t预算金额\t执行\t执行率\n1\t河道保洁\t区级\t400,000.00\t380,000.00\t95.00%\n2\t堤防巡查\t上级补助\t250,000.00\t200,000.00\t{rate}\n合计\t\t\t650,000.00\t580,000.00\t89.23%\n")
    };
    let right = audit(&table("80.00%"));
    let slip = audit(&table("85.00%"));
    assert_eq!(verdicts(&right, "project.execution").iter().filter(|(_, v)| *v == Verdict::Ok).count(), 3, "{:#?}", right.claims);
    assert_eq!(verdicts(&slip, "project.execution").iter().filter(|(_, v)| *v == Verdict::Mismatch).count(), 1, "{:#?}", slip.claims);
}

#[test]
fn a_projects_rate_restated_by_its_name_is_judged_on_its_tables_row() {
    let report = |restated: &str| {
        format!("二〇一九年度。\n序号\t项目名称\t预算数\t执行数\t执行率\n1\t乡村公路养护工程\t300.00\t270.00\t90.00%\n2\t渡口安全监管（省补）\t80.00\t72.80\t91.00%\n合计\t380.00\t342.80\t90.21%\n四、问题\n一是乡村公路养护工程的执行率仅为{restated}，二是渡口安全监管执行率91.00%。\n")
    };
    let right = audit(&report("90.00%"));
    let slip = audit(&report("92.00%"));
    let restated = |audit: &Audit| claims(audit, "project.execution").iter().filter(|c| c.stated.contains("执行率")).map(|c| (c.stated.clone(), c.verdict)).collect::<Vec<_>>();
    assert_eq!(restated(&right), [("乡村公路养护工程的执行率仅为90.00%".to_string(), Verdict::Ok), ("渡口安全监管执行率91.00%".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    assert_eq!(restated(&slip)[0].1, Verdict::Mismatch, "{:#?}", slip.claims);
    // A name of a few characters that is not the table's project: no claim.
    assert!(restated(&audit(&report("90.00%").replace("一是乡村公路养护工程的执行率", "一是公路的执行率"))).len() == 1);
}

#[test]
fn a_projects_rate_restated_after_its_name_and_spending_is_judged_on_its_tables_row() {
    // The rate said again under the table, after the project's name and the spending its row gives.
    let report = |restated: &str| {
        format!("二〇二三年度。\n序号\t项目名称\t预算数\t实际支出\t执行率\n1\t档案数字化加工\t60.00\t51.00\t85.00%\n2\t库房温湿度改造\t20.00\t19.00\t95.00%\n合计\t\t80.00\t70.00\t87.50%\n\
                 其中，档案数字化加工项目支出51.00万元，执行率{restated}，主要是合同尾款未到期。\n")
    };
    let restated = |audit: &Audit| claims(audit, "project.execution").iter().filter(|c| c.stated.starts_with("档案数字化加工项目支出")).map(|c| c.verdict).collect::<Vec<_>>();
    assert_eq!(restated(&audit(&report("85.00%"))), [Verdict::Ok]);
    // Another project's rate (库房's) put to this one: a slip.
    assert_eq!(restated(&audit(&report("95.00%"))), [Verdict::Mismatch]);
    // A spending other than its row's is no restatement of that row: not judged on it.
    assert!(restated(&audit(&report("95.00%").replace("项目支出51.00万元", "项目支出50.00万元"))).is_empty());
}

#[test]
fn a_rate_cut_at_two_decimals_or_one_is_accepted_and_no_further() {
    // 1,388.20 / 1,541.30 = 90.0669…%: half up 90.07%, cut 90.06%; at one decimal 90.1% or, cut, 90.0%.
    let judged = |rate: &str| {
        let text = format!("2019年度。全年预算数1,541.30万元，全年支出1,388.20万元，预算执行率{rate}。");
        verdicts(&audit(&text), "budget_execution").into_iter().map(|(_, v)| v).collect::<Vec<_>>()
    };
    assert_eq!(judged("90.07%"), [Verdict::Ok]);
    assert_eq!(judged("90.06%"), [Verdict::Ok]);
    assert_eq!(judged("90.05%"), [Verdict::Mismatch]);
    assert_eq!(judged("90.1%"), [Verdict::Ok]);
    assert_eq!(judged("90.0%"), [Verdict::Ok]);
    assert_eq!(judged("90.066%"), [Verdict::Mismatch]);
}

#[test]
fn a_projects_rate_restated_by_its_name_is_judged_on_the_figures_in_brackets_by_its_name() {
    let report = |rate: &str| {
        format!("二〇一九年度。\n项目支出包括档案数字化加工41.20万元（预算45.00万元）和库房恒温改造（预算20.00万元，实际支出18.60万元）。\n（五）项目执行：档案数字化加工执行率91.56%，库房恒温改造执行率{rate}。\n")
    };
    let marks = |text: &str| verdicts(&audit(text), "project.execution").into_iter().map(|(_, v)| v).collect::<Vec<_>>();
    // The first project's figures end with its own brackets: the next project's are not its.
    assert_eq!(marks(&report("93.00%")), [Verdict::Ok, Verdict::Ok]);
    assert_eq!(marks(&report("96.00%")), [Verdict::Ok, Verdict::Mismatch]);
    assert_eq!(marks(&report("93.00%").replace("91.56%", "92.56%")), [Verdict::Mismatch, Verdict::Ok]);
}

#[test]
fn a_projects_rate_restated_by_its_name_is_judged_on_the_figures_it_was_first_read_with() {
    let report = |restated: &str| {
        format!("二〇二〇年度。\n（一）项目执行情况\n1.城区路灯维护，全年预算150.00万元，支出141.60万元，执行率94.40%。全年更换灯具一批。\n2.公园绿化养护，全年预算60.00万元，支出60.00万元，执行率100.00%。\n五、存在的问题\n城区路灯维护项目执行率仅为{restated}，部分灯具未能按期安装。\n")
    };
    let restated = |text: &str| verdicts(&audit(text), "project.execution").into_iter().filter(|(s, _)| s.contains("仅为")).map(|(_, v)| v).collect::<Vec<_>>();
    assert_eq!(restated(&report("94.40%")), [Verdict::Ok]);
    assert_eq!(restated(&report("91.40%")), [Verdict::Mismatch]);
}

#[test]
fn a_carry_over_among_a_projects_figures_is_the_projects() {
    let text = "2020年度。全年预算数520.00万元，其中上年结转20.00万元、年初预算500.00万元；全年支出510.00万元，年末结转结余10.00万元。\n（二）项目情况\n病虫害监测：年度预算30.00万元，实际支出33.00万元（含使用上年结转资金3.00万元），执行率110.00%。\n";
    let audit = audit(text);
    assert!(!audit.remarks.iter().any(|r| r.contains("上年结转")), "{:?}", audit.remarks);
    assert_eq!(verdicts(&audit, "project.execution"), [("执行率110.00%".to_string(), Verdict::Ok)]);
}

#[test]
fn project_rates_listed_after_their_names_are_judged_on_each_projects_budget_and_spending() {
    let report = |second: &str| {
        format!("二〇一九年度。\n项目支出中，河湖水质监测全年预算64.00万元，实际支出60.80万元；水土保持宣传预算12.00万元，已全部用于宣传活动，使用11.40万元。\n（三）项目执行率：河湖水质监测95.00%，水土保持宣传{second}。\n")
    };
    let marks = |text: &str| verdicts(&audit(text), "project.execution");
    assert_eq!(marks(&report("95.00%")), [("河湖水质监测95.00%".to_string(), Verdict::Ok), ("水土保持宣传95.00%".to_string(), Verdict::Ok)]);
    assert_eq!(marks(&report("59.00%"))[1].1, Verdict::Mismatch);
    // Rates after words that are no project's name are no claims.
    assert!(marks("二〇一九年度。\n（三）执行率：第一季度25.00%，第二季度50.00%。\n").is_empty());
}

#[test]
fn a_rate_in_an_indicator_tables_row_is_no_amount_of_its_topic() {
    let text = "二〇一九年度。公用经费46.20万元，公用经费预算48.00万元，公用经费控制率96.25%。\n一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n产出指标\t成本指标\t公用经费控制率\t≤100%\t96.25%\t10\t10\n";
    let audit = audit(text);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);
}

/// A report that writes its own funds identity on the income side (年初结转 + 收入 − 支出 = 年末结转) and
/// holds there is balanced, though its 全年预算数 differs from 年初结转 + 收入; one that holds on neither
/// side is judged on the side it writes, with the year-end balance that side gives.
#[test]
fn funds_balanced_on_the_reports_own_income_side_are_balanced() {
    let held = audit("2022年度。全年预算数880.00万元。本年收入851.30万元，本年支出843.75万元。年初结转结余40.15万元，年末结转结余47.70万元。");
    let balance = claims(&held, "funds_balance");
    assert_eq!(balance.len(), 1, "{:#?}", held.claims);
    assert_eq!(balance[0].verdict, Verdict::Ok, "{:#?}", balance[0]);
    assert!(balance[0].detail.contains("年初结转结余40.15万元+本年收入851.3万元−支出合计843.75万元=年末结转结余47.7万元"), "{}", balance[0].detail);
    // Off on both sides: the stated closing balance is measured against the side the report writes.
    let off = audit("2022年度。全年预算数880.00万元。本年收入851.30万元，本年支出843.75万元。年初结转结余40.15万元，年末结转结余57.70万元。");
    let balance = claims(&off, "funds_balance");
    assert_eq!(balance[0].verdict, Verdict::Mismatch, "{:#?}", balance[0]);
    assert!(balance.iter().flat_map(|c| c.notes.iter()).any(|n| n.contains("年末结转结余应为47.7万元")), "{:#?}", balance[0]);
    // No 全年预算数 at all: the income side alone is checked.
    let alone = audit("2021年度。年初结转结余1,200.00元，本年收入35,800.00元，本年支出33,600.00元，年末结转结余2,400.00元。");
    let balance = claims(&alone, "funds_balance");
    assert_eq!(balance.len(), 1, "{:#?}", alone.claims);
    assert_eq!(balance[0].verdict, Verdict::Mismatch, "{:#?}", balance[0]);
    assert!(balance[0].notes.iter().any(|n| n.contains("年末结转结余应为3,400.00元")), "{:#?}", balance[0]);
    // “年初结转” alone is the opening balance too; the budget adjusted to a figure of its own.
    let opening = audit("2023年度。本年收入合计206.40万元。年初预算200.00万元，年中调整为215.00万元。年初结转3.10万元，年末结转结余6.50万元。本年支出203.00万元。");
    let balance = claims(&opening, "funds_balance");
    assert!(balance.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", opening.claims);
}

/// 上年结转 counted among the year's funds (其中上年结转…) is no opening balance: the budget side alone judges.
#[test]
fn a_carryover_among_the_years_funds_opens_no_income_side() {
    let audit = audit("2023年度。全年预算数420.00万元，其中上年结转15.00万元，年初预算405.00万元。本年收入合计418.00万元。全年支出400.00万元，年末结转结余20.00万元。");
    let balance = claims(&audit, "funds_balance");
    assert!(balance.iter().all(|c| c.verdict == Verdict::Ok && c.detail.contains("全年预算数420万元=支出合计400万元+年末结转结余20万元")), "{:#?}", audit.claims);
    let off = super::audit("2023年度。全年预算数420.00万元，其中上年结转15.00万元，年初预算405.00万元。本年收入合计418.00万元。全年支出400.00万元，年末结转结余25.00万元。");
    let balance = claims(&off, "funds_balance");
    assert!(balance.iter().any(|c| c.notes.iter().any(|n| n.contains("年末结转结余应为20万元"))), "{:#?}", off.claims);
}

/// A budget adjusted twice in the year: its last figure is the year's budget, not 上年结转 + 年初预算.
#[test]
fn a_budget_adjusted_more_than_once_is_the_last_adjustments_figure() {
    let audit = audit("2025年度。年初结转结余12.00万元。部门预算年中作过两次调整：年初预算300.00万元，5月调整为320.00万元，11月再次调整至335.50万元。全年支出330.00万元，年末结转结余5.50万元。");
    let balance = claims(&audit, "funds_balance");
    assert_eq!(balance.len(), 1, "{:#?}", audit.claims);
    assert_eq!(balance[0].verdict, Verdict::Ok, "{:#?}", balance[0]);
    assert!(balance[0].detail.contains("全年预算数335.5万元"), "{}", balance[0].detail);
    assert!(audit.claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", audit.claims);
}

/// “调整后预算X” where the adjustments are not stated is no sum to check: no claim, not 无法核对.
#[test]
fn an_adjusted_budget_without_its_adjustments_is_no_claim() {
    let audit = audit("2021年度。上年结转8.40万元。年初预算512.00万元，调整后预算为547.60万元。全年支出540.10万元。");
    assert!(claims(&audit, "annual_budget").is_empty(), "{:#?}", audit.claims);
    let audit = super::audit("2021年度。上年结转8.40万元，年初预算512.00万元，经两次调整至556.00万元。全年支出540.10万元。");
    assert!(claims(&audit, "annual_budget").is_empty(), "{:#?}", audit.claims);
}

/// Posts the report sets apart in brackets (“（不纳入控制率计算）”) are no part of the 编制数 its rate divides by.
#[test]
fn posts_set_apart_from_the_rate_are_not_counted_in_it() {
    let audit = audit("2024年度。核定参公编制35名，实有在编人员33人；另核定工勤事业编制6名（不计入控制率）。在职人员控制率＝33÷35×100%＝94.29%。");
    assert!(audit.claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", audit.claims);
    assert!(claims(&audit, "staff_control").iter().any(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
}

/// A budget glossed “（调整后）” after a qualified name is the year's budget, what its execution rate divides by.
#[test]
fn a_budget_glossed_as_adjusted_is_the_years_budget() {
    let audit = audit("2022年度。全年支出866.40万元。本年部门综合预算（调整后）912.00万元，约0.09亿元，预算执行率95.00%。");
    let rate = claims(&audit, "budget_execution");
    assert_eq!(rate.len(), 1, "{:#?}", audit.claims);
    assert_eq!(rate[0].verdict, Verdict::Ok, "{:#?}", rate[0]);
}

/// “执行率＝a/b×100%” written without its result, beside a rate stated elsewhere: its budget is the year's.
#[test]
fn a_formula_without_its_result_names_the_years_budget() {
    let audit = audit("2023年度。全年支出2,468.1200万元。预算执行率为97.50%。计算口径：预算执行率＝2468.1200÷2531.4051×100%；公用经费另计。");
    let rate = claims(&audit, "budget_execution");
    assert_eq!(rate.len(), 1, "{:#?}", audit.claims);
    assert_eq!(rate[0].verdict, Verdict::Ok, "{:#?}", rate[0]);
    // Named by a formula only, the budget starts no check of a balance the report never speaks of.
    assert!(claims(&audit, "funds_balance").is_empty(), "{:#?}", audit.claims);
}

/// “2022年收入…” is the year's income (and opens the income side of the funds); “上年收入” is not.
#[test]
fn the_years_income_by_its_year_is_the_income() {
    let audit = audit("2022年度。2022年收入505.00万元：财政拨款收入480.00万元，其他收入25.00万元。年初预算490.00万元，年中调整为530.00万元。年初结转结余9.00万元，年末结转结余14.00万元。本年支出500.00万元。");
    let income = claims(&audit, "income");
    assert_eq!(income.len(), 1, "{:#?}", audit.claims);
    assert_eq!(income[0].verdict, Verdict::Ok, "{:#?}", income[0]);
    assert!(claims(&audit, "funds_balance").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
    assert!(claims(&super::audit("2022年度。上年收入505.00万元，其中财政拨款收入480.00万元，其他收入20.00万元。"), "income").is_empty());
}

/// “（“三公”经费全部为公务用车运行维护费，实际…，预算…）”: what the “三公” wholly are leaves the figures theirs.
#[test]
fn figures_after_what_the_sangong_wholly_are_stay_the_sangongs() {
    let audit = audit("2022年度。“三公”经费控制率为76.00%（“三公”经费均为公务用车运行维护费，实际3.80万元，预算5.00万元）。");
    let rate = claims(&audit, "sangong_control");
    assert_eq!(rate.len(), 1, "{:#?}", audit.claims);
    assert_eq!(rate[0].verdict, Verdict::Ok, "{:#?}", rate[0]);
}

/// A fall written as a rise, the comparison said after this year (“本年比上年增长…”) and this year's spending
/// stated in an earlier sentence: the direction is checked.
#[test]
fn a_fall_written_as_a_rise_on_last_years_spending_is_found() {
    let text = "2024年度。全年支出合计1372.50万元，其中基本支出1100.00万元，项目支出272.50万元。上年支出1415.00万元，本年较上年增长3.00%。";
    let audit = audit(text);
    let [change] = claims(&audit, "growth")[..] else { panic!("{:#?}", audit.claims) };
    assert_eq!(change.verdict, Verdict::Mismatch, "{change:#?}");
    assert!(format!("{}{}", change.detail, change.notes.concat()).contains("下降3.00%"), "{change:#?}");
}

/// A rate restated in the problems section with words that say it is low (“只有”, “仅有”) is a claim of
/// its own: restated wrong, it is found.
#[test]
fn a_rate_restated_as_low_in_the_problems_is_checked() {
    let text = "2023年度。全年预算数为812.00万元，支出合计780.30万元，预算执行率96.10%。\n三、存在的问题\n（一）预算执行率仅有95.10%，个别工程进度滞后。\n";
    let audit = audit(text);
    let said = verdicts(&audit, "budget_execution");
    assert_eq!(said.iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok, Verdict::Mismatch], "{:#?}", audit.claims);
    let text = text.replace("仅有95.10%", "只有96.10%");
    assert!(verdicts(&super::audit(&text), "budget_execution").iter().all(|(_, v)| *v == Verdict::Ok));
}

/// A control rate named in brackets after its words (“…的比率（公用经费控制率）为…”) or not named at all, the
/// ratio of the two figures just given (“两者之比为…”): each is read and checked.
#[test]
fn a_rate_named_in_brackets_or_as_the_ratio_of_the_two_is_read() {
    let bracketed = "2022年度。公用经费支出73.40万元，公用经费预算80.00万元。公用经费支出与公用经费预算的比率（公用经费控制率）为91.75%。";
    assert_eq!(verdicts(&audit(bracketed), "public_expense_control").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok]);
    let both = "2022年度。“三公”经费实际支出4.20万元，“三公”经费预算5.00万元，两者之比为86.00%。";
    let audit = audit(both);
    assert_eq!(verdicts(&audit, "sangong_control").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", audit.claims);
}

/// The ratio of the staff in post to the posts, said without the rate's name (“在编人员…人与核定编制…名的比率
/// 为…”), is the 在职人员控制率.
#[test]
fn an_unnamed_ratio_of_staff_to_posts_is_the_staff_control_rate() {
    let right = audit("2024年度。实有在编人员23人与核定编制25名的比率为92.00%。");
    assert_eq!(verdicts(&right, "staff_control").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit("2024年度。在职在编人员23人与核定行政编制25名的比率为93.00%。");
    assert_eq!(verdicts(&wrong, "staff_control").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", wrong.claims);
    // A ratio of other things is none.
    assert!(verdicts(&audit("2024年度。培训人员23人与计划人数25人的比率为92.00%。"), "staff_control").is_empty());
}

/// An account opened by a sentence of 支出 (or 收入) and its amount alone, its parts in the next sentence
/// (“（二）支出…万元。基本支出…；项目支出…”), gives the year's total — summed, and balanced on the income side.
#[test]
fn a_total_alone_in_its_sentence_opening_its_account_is_the_years() {
    let text = "2023年度。\n（一）收入356.00万元。财政拨款收入350.00万元，其他收入6.00万元。\n（二）支出347.20万元。基本支出300.00万元；项目支出47.20万元。\n（三）年初结转结余2.20万元，年末结转结余11.00万元。\n";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "spend").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", audit.claims);
    assert!(audit.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
    let off = super::audit(&text.replace("项目支出47.20万元", "项目支出45.20万元"));
    assert!(off.claims.iter().any(|c| c.id == "spend" && c.verdict == Verdict::Mismatch), "{:#?}", off.claims);
}

/// “甲培训全年预算…；“乙”救助全年预算…，实际使用…，执行率…”: each project's budget is the project's, its
/// label starting before the figures its rate was checked on — the unit's rate is not judged on it.
#[test]
fn a_projects_budget_labelled_before_its_figures_is_the_projects() {
    let text = "全年支出合计300.00万元。\n本年实施项目：甲培训全年预算20.00万元，实际支出19.00万元，执行率95.00%；“乙”救助全年预算50.00万元，实际使用48.00万元，执行率96.00%。\n二、指标\n预算执行率为96.50%。";
    let execution = claims(&audit(text), "budget_execution").iter().map(|c| c.verdict).collect::<Vec<_>>();
    assert_eq!(execution, [Verdict::Unverifiable]);
}

/// “年末实有27人”, “实有救援人员36人”: a bare “实有” opening its clause counts the unit's staff in post — the
/// rate is checked on it — but not the retired, one type's staff, nor a part of the unit named before it.
#[test]
fn a_bare_count_in_post_is_the_units_staff() {
    let stated = |text: &str| {
        let audit = audit(text);
        claims(&audit, "staff_control").first().map(|c| (c.verdict, c.detail.contains("在职人员数")))
    };
    assert_eq!(stated("2021年度。本站核定编制30名，年末实有27人。在职人员控制率为91.00%。"), Some((Verdict::Mismatch, true)));
    assert_eq!(stated("2021年度。本队核定编制40名，实有救援人员36人。在职人员控制率为90.00%。"), Some((Verdict::Ok, true)));
    // The retired are nobody's staff in post; a part of the unit counts its own.
    assert_eq!(stated("2021年度。本队核定编制40名，实有离退休人员36人。在职人员控制率为90.00%。"), Some((Verdict::Unverifiable, true)));
    assert_eq!(stated("2021年度。本所核定编制40名，下属站实有36人。在职人员控制率为90.00%。"), Some((Verdict::Unverifiable, true)));
}

/// “本年收入…，其中财政拨款…、事业收入…；加上年结转…，全年可用资金…”: the year's funds as its income and
/// the carry-over, with no 年初预算 or 追加 written, are checked on those two.
#[test]
fn the_years_funds_as_income_and_carry_over_are_checked() {
    let text = "2021年度。本年收入合计640.00万元，其中财政拨款收入600.00万元、经营收入40.00万元；加上年结转15.50万元，全年可支配资金655.50万元。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "annual_budget").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", audit.claims);
    // A sum that does not make it is not settled so.
    let off = super::audit(&text.replace("655.50", "665.50"));
    assert!(!verdicts(&off, "annual_budget").iter().any(|(_, v)| *v == Verdict::Ok), "{:#?}", off.claims);
}

/// “因公出国（境）费和公务接待费共计预算…，支出…，“三公”经费控制率…”: the “三公” told as their items
/// summed in one clause are the “三公” figures the rate is checked on.
#[test]
fn the_sangong_told_as_their_items_summed_are_the_sangong() {
    let text = "2022年度。“三公”经费方面，因公出国（境）费和公务接待费共计预算12.00万元，支出10.20万元，“三公”经费控制率为85.50%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "sangong_control").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", audit.claims);
    let right = super::audit(&text.replace("85.50", "85.00"));
    assert_eq!(verdicts(&right, "sangong_control").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
}

/// “人员经费…（工资福利支出…加对个人和家庭的补助…）”: the 人员经费 with its two parts listed is checked on them.
#[test]
fn personnel_spending_with_its_parts_listed_is_checked_on_them() {
    let text = "2020年度。基本支出中，人员经费812.40万元（工资福利支出760.15万元加对个人和家庭的补助50.25万元），公用经费95.00万元。";
    let audit = audit(text);
    let personnel = claims(&audit, "personnel");
    assert_eq!(personnel.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", audit.claims);
    assert!(personnel[0].detail.contains("810.4") && !personnel[0].detail.contains("+加"), "{}", personnel[0].detail);
    let right = super::audit(&text.replace("812.40", "810.40"));
    assert_eq!(verdicts(&right, "personnel").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
}

/// “年初预算…，其中中央财政资金…、地方财政资金…”: the initial budget split by source is checked on its parts.
#[test]
fn the_initial_budget_split_by_source_is_checked_on_its_parts() {
    let text = "2019年度。本年年初预算460.50万元，其中省级财政资金300.00万元、县级财政资金150.50万元；上年结转12.00万元。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "initial").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", audit.claims);
    let right = super::audit(&text.replace("460.50", "450.50"));
    assert_eq!(verdicts(&right, "initial").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
    // One source alone is only a part of it.
    assert!(verdicts(&super::audit("2019年度。本年年初预算460.50万元，其中省级财政资金300.00万元。"), "initial").is_empty());
}

/// “序号 | 单位名称 | 支出金额” with a 合计 row: a table of one amount column, its 合计 summed.
#[test]
fn a_table_of_spending_by_unit_sums_to_its_total_row() {
    let text = "2021年度。所属单位支出如下（单位：万元）。\n序号\t单位\t支出金额\n1\t本级\t640.10\n2\t培训中心\t210.40\n合计\t\t860.50\n以上。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "table_total").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", audit.claims);
    let right = super::audit(&text.replace("860.50", "850.50"));
    assert_eq!(verdicts(&right, "table_total").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
}

/// “人员经费＝工资福利支出＋对个人和家庭的补助＝…＋…＝…元”: the result names the 人员经费 (so the 基本支出 is
/// checked on it), and its figures are its parts — a slip in the sum is marked there, not on the 基本支出.
#[test]
fn a_figure_worked_out_from_its_named_parts_is_that_figure_with_those_parts() {
    let text = "2020年度。本年支出合计5,000,000.00元：基本支出4,200,000.00元，项目支出800,000.00元。人员经费＝工资福利支出＋对个人和家庭的补助＝3,100,000.00＋400,000.00＝3,500,000.00元；公用经费700,000.00元。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "basic").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "personnel").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", audit.claims);
    let off = super::audit(&text.replace("＋400,000.00", "＋410,000.00"));
    assert_eq!(verdicts(&off, "personnel").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", off.claims);
    assert_eq!(verdicts(&off, "basic").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", off.claims);
}

/// “预算完成率（湖南口径）＝…”: brackets that only name whose method a rate follows do not hide the rate;
/// brackets that restrict its basis still do.
#[test]
fn a_rate_whose_name_is_followed_by_its_method_in_brackets_is_read() {
    let text = |rate: &str| format!("2023年度。上年结转10.00万元，年初预算200.00万元，年中追加40.00万元，年末结余5.00万元。\n（二）预算完成率（按省厅计算口径）=（10.00+200.00+40.00-5.00）/（10.00+200.00+40.00）×100%={rate}。");
    let right = audit(&text("98.00%"));
    assert_eq!(verdicts(&right, "budget_execution").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("99.80%"));
    let execution = claims(&wrong, "budget_execution");
    assert_eq!(execution.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(execution[0].detail.contains("98.00%"), "{}", execution[0].detail);
    let restricted = audit("2023年度。年初预算200.00万元。预算执行率（不含结转口径）为93.00%。");
    assert!(claims(&restricted, "budget_execution").is_empty(), "{:#?}", restricted.claims);
}

/// A rate's formula, then last year's rate and the change in 个百分点: the change is the difference of the
/// two rates, judged beside the rate's own claim.
#[test]
fn a_rates_change_in_points_beside_its_formula_is_judged() {
    let text = |word: &str| format!("2023年度。\n公用经费控制率=43.20/48.00×100%=90.00%，上年为92.50%，较上年{word}2.50个百分点。");
    let right = audit(&text("下降"));
    assert_eq!(verdicts(&right, "rate_change").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("提高"));
    assert_eq!(verdicts(&wrong, "rate_change").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", wrong.claims);
    assert_eq!(verdicts(&wrong, "public_expense_control").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok]);
}

/// “（二）某工程，年度支出…，其中：…；…；…”: a project named before a comma still has its items under its spending.
#[test]
fn a_projects_items_after_its_name_and_a_comma_make_its_spending() {
    let text = |last: &str| format!("2022年度。本年支出500.00万元，其中基本支出400.00万元，项目支出100.00万元。\n（二）农村饮水安全巩固工程，年度支出64.50万元，其中：管网改造30.00万元；水质检测12.50万元；水源保护{last}万元。");
    let right = audit(&text("22.00"));
    assert_eq!(verdicts(&right, "project.spend").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("20.00"));
    let spend = claims(&wrong, "project.spend");
    assert_eq!(spend.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(spend[0].detail.contains("62.5"), "{}", spend[0].detail);
}

/// A score table with a column of each 一级's subtotal beside its rows' 得分: each subtotal is the sum of its
/// rows, the total theirs; a prose restating a wrong subtotal blames that part, not a total the rows bear out.
#[test]
fn a_score_tables_first_level_subtotals_are_sums_of_their_rows() {
    let text = |effect: &str| format!("2021年度。评分结果见下表:\n一级指标\t一级指标得分\t二级指标\t分值\t得分\n决策\t18.5\t目标设定\t10\t9.5\n\t\t决策过程\t10\t9\n过程\t27\t资金管理\t20\t18\n\t\t组织实施\t10\t9\n效果\t{effect}\t社会效益\t30\t27.5\n\t\t满意度\t20\t19\n合计\t\t\t100\t92\n即决策得{effect_prose}分，过程得27分，效果得{effect}分，自评总分92分。", effect_prose = "18.5");
    let right = audit(&text("46.5"));
    let scores = verdicts(&right, "score_total");
    assert!(scores.len() >= 5 && scores.iter().all(|(_, v)| *v == Verdict::Ok), "{scores:#?}");
    let wrong = audit(&text("45.5"));
    let mismatched: Vec<&Claim> = claims(&wrong, "score_total").into_iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert_eq!(mismatched.len(), 2, "{:#?}", wrong.claims);
    assert_eq!(mismatched[0].stated, "45.5");
    assert!(mismatched[0].detail.contains("46.5"), "{}", mismatched[0].detail);
    assert!(mismatched[1].detail.contains("效果写45.5分") && mismatched[1].detail.contains("总分92分="), "{}", mismatched[1].detail);
}

/// “A、B、C三个项目年度预算分别为…，实际支出分别为…”: the lists paired one by one give each project its
/// figures, and its rate restated by name elsewhere is judged on them.
#[test]
fn projects_listed_with_their_budgets_and_spending_respectively_are_known_by_name() {
    let text = |rate: &str| format!("2021年度。\n档案数字化、库房改造、安防设施升级三个项目年度预算分别为50.00万元、30.00万元、20.00万元，实际支出分别为45.00万元、30.00万元、16.00万元。\n二、存在问题\n安防设施升级项目执行率{rate}，进度偏慢。");
    let rates = |rate: &str| verdicts(&audit(&text(rate)), "project.execution").iter().map(|(_, v)| *v).collect::<Vec<_>>();
    assert_eq!(rates("80.00%"), [Verdict::Ok]);
    assert_eq!(rates("85.00%"), [Verdict::Mismatch]);
}

/// “项目支出执行率…” with every project given elsewhere by its budget and spending (their spending makes the
/// 项目支出): the rate is theirs together; with a project missing, no claim.
#[test]
fn the_rate_of_all_projects_is_theirs_together_when_they_make_the_projects_spending() {
    let text = |projects: &str, rate: &str| format!("2019年度。全年支出300.00万元，其中基本支出220.00万元，项目支出{projects}万元。\n水质监测站建设（市级补助30.00万元+县级配套20.00万元）全年预算50.00万元，支出46.00万元；河道巡查全年预算40.00万元，支出34.00万元。\n五、问题\n项目支出执行率{rate}，部分工程未完工。");
    let rates = |projects: &str, rate: &str| verdicts(&audit(&text(projects, rate)), "project.execution").iter().map(|(_, v)| *v).collect::<Vec<_>>();
    assert_eq!(rates("80.00", "88.89%"), [Verdict::Ok]);
    assert_eq!(rates("80.00", "89.89%"), [Verdict::Mismatch]);
    assert!(rates("95.00", "88.89%").is_empty());
}

/// “某项目部分资金（…万元）结转下年”: a project known by its figures carries over what its budget leaves; more
/// than that is wrong, less may be a part of it and says nothing.
#[test]
fn what_a_project_carries_over_is_what_its_budget_leaves() {
    let text = |carried: &str| format!("2018年度。\n林区防火道维修、护林员培训两项全年预算分别为60.00万元、10.00万元，实际支出分别为52.50万元、10.00万元。林区防火道维修部分资金（{carried}万元）结转下年。");
    let carried = |c: &str| verdicts(&audit(&text(c)), "project.carryover").iter().map(|(_, v)| *v).collect::<Vec<_>>();
    assert_eq!(carried("7.50"), [Verdict::Ok]);
    assert_eq!(carried("8.50"), [Verdict::Mismatch]);
    assert!(carried("5.00").is_empty());
}

#[test]
fn the_budgets_parts_are_not_what_was_spent() {
    // Both the budget and the spending split into 基本支出 and 项目支出, each adding up: all of it holds.
    let text = "（一）收入预算\n年初预算3,050,000元，年中追加300,000元。全年预算数合计335.00万元，其中基本支出290.00万元、项目支出45.00万元。\n\
                （二）支出决算\n全年支出合计328.40万元，其中基本支出285.10万元、项目支出43.30万元。年末结转结余6.60万元。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "annual_budget"), vec![("全年预算数合计335.00万元".into(), Verdict::Ok)]);
    let spend = claims(&audit, "spend");
    assert_eq!(spend.len(), 1);
    assert_eq!(spend[0].verdict, Verdict::Ok);
    assert!(spend[0].detail.contains("基本支出285.1万元+项目支出43.3万元"), "{}", spend[0].detail);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);

    // The budget's parts that do not make it are the budget's slip, not the spending's.
    let slipped = text.replace("项目支出45.00万元", "项目支出48.00万元");
    let audit = super::audit(&slipped);
    let budget = claims(&audit, "annual_budget");
    assert_eq!(budget.len(), 1);
    assert_eq!(budget[0].verdict, Verdict::Mismatch);
    assert!(budget[0].detail.contains("338万元"), "{}", budget[0].detail);
    assert!(claims(&audit, "spend").iter().all(|c| c.verdict == Verdict::Ok));
    assert!(claims(&audit, "projects").iter().all(|c| c.verdict != Verdict::Mismatch));
}

/// “年初预算…（其中：基本支出…，项目支出…）”, and the same for an addition (“年中追加…（其中基本支出…；项目支出…）”):
/// the parts in brackets after a budget's figure divide that budget, not the year's spending.
#[test]
fn bracketed_parts_of_a_budget_or_an_addition_are_not_spending() {
    let text = "2024年度。\n年初预算512.30万元（其中：基本支出402.10万元，项目支出110.20万元），年中追加26.40万元（其中基本支出4.40万元，用于调资；项目支出22.00万元，为专项补助），上年结转8.00万元，全年预算数546.70万元。\n\
                全年支出合计530.90万元，其中基本支出405.90万元，项目支出125.00万元；年末结转结余15.80万元。基本支出中人员经费360.50万元、公用经费45.40万元。";
    let audit = audit(text);
    no_mismatch(&audit);
    let spend = claims(&audit, "spend");
    assert!(!spend.is_empty() && spend.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
    assert!(spend[0].detail.contains("基本支出405.9万元+项目支出125万元"), "{}", spend[0].detail);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);

    // Spending whose own parts do not make it is still caught.
    let slipped = super::audit(&text.replace("项目支出125.00万元", "项目支出128.00万元"));
    assert!(claims(&slipped, "spend").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", slipped.claims);
}

/// “全年预算中，基本支出…，项目支出…”: words saying the budget is being divided make the parts the budget's.
#[test]
fn parts_named_within_the_budget_are_the_budgets() {
    let text = "2023年度。全年预算数760.00万元。全年预算中，基本支出590.00万元，项目支出170.00万元。全年支出合计742.50万元，其中基本支出585.20万元，项目支出157.30万元；年末结转结余17.50万元。";
    let audit = audit(text);
    no_mismatch(&audit);
    assert!(claims(&audit, "spend").iter().all(|c| c.detail.contains("项目支出157.3万元")), "{:#?}", audit.claims);

    // Once what was spent is named after “按预算”, the parts are the spending's and must add up.
    let spent = super::audit("2023年度。全年预算数760.00万元。按预算执行，全年支出合计742.50万元，其中基本支出585.20万元，项目支出160.30万元。");
    assert!(claims(&spent, "spend").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", spent.claims);
    // “按预算安排支出，…”: the budget followed, not divided — the parts after it are what was spent.
    let followed = super::audit("2023年度。全年预算数760.00万元。全年支出合计742.50万元。严格按预算安排支出，全年基本支出585.20万元，项目支出160.30万元。");
    assert!(claims(&followed, "spend").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", followed.claims);

    // “年初预算中基本支出…、项目支出…”: with no comma after 中, both parts are still the budget's.
    let initial = "2023年度。年初预算数412.00万元，年中追加36.00万元，全年预算数448.00万元。年初预算中基本支出301.00万元、项目支出111.00万元。全年支出合计440.80万元，其中基本支出298.60万元，项目支出142.20万元；年末结转结余7.20万元。";
    let split = super::audit(initial);
    no_mismatch(&split);
    assert!(claims(&split, "spend").iter().any(|c| c.verdict == Verdict::Ok && c.detail.contains("项目支出142.2万元")), "{:#?}", split.claims);
    // The spending's own parts that do not make it are still caught.
    let slipped = super::audit(&initial.replace("项目支出142.20万元", "项目支出146.20万元"));
    assert!(claims(&slipped, "spend").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", slipped.claims);
}

/// A paragraph headed by one project's name (“非遗展演项目：…”) speaks of that project: its bare 项目支出 is the
/// project's own, not the unit's.
#[test]
fn a_projects_own_paragraph_gives_its_own_spending() {
    let unit = "2023年度。全年支出合计300.00万元，其中基本支出240.00万元，项目支出60.00万元。\n";
    let audit = audit(&format!("{unit}非遗展演项目：全年开展展演18场，观众逾万人次。项目支出14.60万元，节余0.90万元。"));
    no_mismatch(&audit);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", audit.remarks);

    // Under a heading that names no project, a second 项目支出 is the unit's and must agree.
    let unit_again = super::audit(&format!("{unit}二、项目执行：全年开展展演18场。项目支出64.60万元。"));
    assert!(claims(&unit_again, "projects").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", unit_again.claims);
}

/// “检测站仅有在编人员11名”: the staff of one station of the unit are not the unit's 在职人数.
#[test]
fn a_stations_staff_are_not_the_units() {
    let unit = "2023年度。核定编制30个，其中行政编制18个、事业编制12个；实有人数27名，其中行政16名、事业11名。\n";
    let audit = audit(&format!("{unit}（三）人手不足。检测站仅有在编人员11名，承担任务繁重。"));
    no_mismatch(&audit);
    assert!(!audit.remarks.iter().any(|r| r.contains("在职人数在文中有不同数字")), "{:?}", audit.remarks);

    // The unit itself (“本局”) counting fewer is a figure of the unit's, to be checked.
    let whole = super::audit(&format!("{unit}（三）人手不足。本局仅有在编人员25名，承担任务繁重。"));
    assert!(claims(&whole, "staff").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", whole.claims);
}

/// “公务接待费5300元即0.53万元”: one item said in 元 and again in 万元, not two items.
#[test]
fn an_item_restated_in_another_unit_is_one_item() {
    let text = |total: &str| format!("2023年度。“三公”经费预算4.00万元，实际支出{total}万元，其中：公务用车运行维护费3.20万元，公务接待费5300元即0.53万元，因公出国（境）费0元。");
    assert_eq!(verdicts(&audit(&text("3.73")), "sangong").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok]);
    assert_eq!(verdicts(&audit(&text("3.93")), "sangong").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch]);
}

/// “其中局机关核定编制18个，实有在编17人；县水文站核定编制12个…；两个防汛站各有在编人员4名”: the head counts
/// of the unit's parts — named after 其中, a named 站/所/中心 after the unit's own counts, or 各有 — are theirs.
#[test]
fn the_head_counts_of_the_units_parts_are_theirs() {
    let unit = "临溪县水利局2024年度部门整体支出绩效自评报告\n本局核定编制40名，其中行政编制30名、事业编制8名、工勤编制2名；实有在编38人，其中行政28人、事业8人、工勤2人。\n";
    let parts = "其中局机关核定编制18个，实有在编17人；县水文站核定编制12个，实有11人；三个水管所核定编制共10个，实有10人。两个防汛站各有在编人员4名。\n";
    let right = audit(&format!("{unit}{parts}在职人员控制率为95.00%。"));
    no_mismatch(&right);
    assert_eq!(verdicts(&right, "staff_control"), vec![("在职人员控制率为95.00%".into(), Verdict::Ok)], "{:#?}", right.claims);
    assert!(!right.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", right.remarks);

    // The unit's own staff, named by its name, above its 编制 is still a figure of the unit's, to be checked.
    let over = audit(&format!("{unit}{parts}临溪县水利局实有在编42人，在职人员控制率为95.00%。"));
    assert!(claims(&over, "staff").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", over.claims);
    // The unit by a shortened name, after a part's counts, states its own.
    let shortened = audit("临溪县水利局2024年度部门整体支出绩效自评报告\n（三）人员编制情况\n县水文站核定编制12个，实有11人。\n县水利局核定编制40名，其中行政编制30名、事业编制8名、工勤编制2名。");
    assert_eq!(verdicts(&shortened, "quota"), vec![("核定编制40名".into(), Verdict::Ok)], "{:#?}", shortened.claims);
    // “局本级及下属单位核定编制…” is the whole unit's.
    let whole = audit("2024年度。局本级及下属单位核定编制50名，其中行政编制20名、事业编制28名。");
    assert_eq!(verdicts(&whole, "quota").first().map(|v| v.1), Some(Verdict::Mismatch), "{:#?}", whole.claims);
}

/// “支出合计520.00万元，包括基本支出300.00万元和项目支出220.00万元，比上年的500.00万元增长4.00%”: what is
/// compared with last year is the sentence's subject, not the last part its list names.
#[test]
fn a_growth_after_a_list_of_parts_is_the_subjects() {
    let text = |rate: &str| format!("2024年度。全年支出合计520.00万元，包括基本支出300.00万元和项目支出220.00万元，比上年的500.00万元增长{rate}。");
    let right = audit(&text("4.00%"));
    assert_eq!(verdicts(&right, "growth"), vec![("比上年的500.00万元增长4.00%".into(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&text("4.40%"));
    let growth = claims(&wrong, "growth");
    assert_eq!(growth.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", wrong.claims);
    assert!(growth[0].detail.contains("应为增长4.00%"), "{}", growth[0].detail);
}

/// “本站核定事业编制20名，其中行政编制0名、事业编制18名、工勤编制2名”: a 事业单位's 编制 named after its type
/// and then broken down by type is the total, not a second 事业编制.
#[test]
fn typed_posts_broken_down_by_type_are_the_total() {
    let text = |quota: &str, rate: &str| {
        format!("2024年度。本站核定事业编制{quota}名，其中行政编制0名、事业编制18名、工勤编制2名；实有在编人员19人，其中行政0人、事业17人、工勤2人。在职人员控制率为{rate}。")
    };
    let right = audit(&text("20", "95.00%"));
    no_mismatch(&right);
    assert_eq!(verdicts(&right, "quota"), vec![("事业编制20名".into(), Verdict::Ok)], "{:#?}", right.claims);
    assert_eq!(verdicts(&right, "staff_control").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", right.claims);
    assert!(!right.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", right.remarks);
    // A total its types do not make up, or a rate wrong on it, is still caught.
    assert_eq!(verdicts(&audit(&text("21", "95.00%")), "quota").first().map(|v| v.1), Some(Verdict::Mismatch));
    assert_eq!(verdicts(&audit(&text("20", "90.00%")), "staff_control").first().map(|v| v.1), Some(Verdict::Mismatch));
}

/// “人员经费…，主要为工资福利支出…和对个人和家庭的补助…；日常公用经费…”: the list of 人员经费's kinds ends
/// where the other part of 基本支出 begins.
#[test]
fn the_personnel_list_ends_at_the_public_expenses() {
    let text = |wages: &str| {
        format!("2024年度。基本支出350.00万元，其中人员经费300.00万元，主要为工资福利支出{wages}万元和对个人和家庭的补助40.00万元；日常公用经费50.00万元，主要用于办公费、差旅费等。")
    };
    let right = audit(&text("260.00"));
    assert!(claims(&right, "personnel").iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", right.claims);
    // Its kinds adding up to more than it is still caught, without the 公用经费 among them.
    let over = audit(&text("280.00"));
    let personnel = claims(&over, "personnel");
    assert_eq!(personnel.first().map(|c| c.verdict), Some(Verdict::Mismatch), "{:#?}", over.claims);
    assert!(!personnel[0].detail.contains("公用经费"), "{}", personnel[0].detail);
}

#[test]
fn a_rate_the_unit_aims_at_is_no_claim() {
    let text = "全年预算数500.00万元，支出合计460.00万元，年末结转结余40.00万元，预算执行率为92.00%。\n下一步，严格执行进度，确保年度预算执行率达到95%以上，力争公用经费控制率控制在100%以内。\n";
    let claims = audit(text).claims;
    assert!(claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{claims:?}");
    assert_eq!(claims.iter().filter(|c| c.id == "budget_execution").count(), 1, "{claims:?}");
    // What was reached, after the effort, is still judged.
    let reached = "全年预算数500.00万元，支出合计460.00万元，年末结转结余40.00万元。经过努力，预算执行率达到95%以上。\n";
    assert!(audit(reached).claims.iter().any(|c| c.id == "budget_execution" && c.verdict == Verdict::Mismatch));
}

#[test]
fn a_rate_among_the_years_targets_is_no_claim() {
    let figures = "全年预算数640.00万元，支出合计601.60万元，年末结转结余38.40万元。";
    let targets = format!("{figures}\n本年度设定的绩效目标为：群众满意度不低于92%；完成巡查不少于40次；预算执行率不低于96%。\n");
    let claims = audit(&targets).claims;
    assert!(claims.iter().all(|c| c.id != "budget_execution"), "{claims:?}");
    // The same list as a copy out of a PDF breaks it.
    let broken = format!("{figures}\n本年度设定的绩效目\n标为：群众满意度不低于92%；项目按期完工率100%；\n预算执行率不低于96%。\n");
    let claims = audit(&broken).claims;
    assert!(claims.iter().all(|c| c.id != "budget_execution"), "{claims:?}");
    // What the sentence turns to after its target is what was reached: judged (601.60 ÷ 640.00 = 94.00%).
    let reached = format!("{figures}\n年度目标为预算执行率不低于96%，实际预算执行率为95.00%。\n");
    assert!(audit(&reached).claims.iter().any(|c| c.id == "budget_execution" && c.verdict == Verdict::Mismatch));
    let compared = format!("{figures}\n对照年度目标，预算执行率达到96%以上。\n");
    assert!(audit(&compared).claims.iter().any(|c| c.id == "budget_execution" && c.verdict == Verdict::Mismatch));
}

/// “年初设定：…；部门预算执行率不低于90%”, “2025年计划完成…；预算执行率不低于95%”: a bound among what the
/// unit set out to do is its target, not a result — the report's 87.50% that falls short of it is no slip.
#[test]
fn a_bound_among_what_the_unit_set_out_to_do_is_no_claim() {
    let figures = "全年预算数800.00万元，支出合计700.00万元，年末结转结余100.00万元。";
    for plan in ["年初设定：游客接待量增长8%以上；部门预算执行率不低于90%，“三公”经费只减不增。", "2025年计划完成农田灌溉渠道改造42公里、泵站更新6座；部门预算执行率不低于95%。"] {
        let claims = audit(&format!("{figures}\n{plan}\n")).claims;
        assert!(claims.iter().all(|c| c.id != "budget_execution"), "{plan}: {claims:?}");
    }
    // What the plan's sentence turns to after it is what was reached: judged (700 ÷ 800 = 87.50%).
    let reached = format!("{figures}\n全年计划完成渠道改造42公里，实际预算执行率达到90%以上。\n");
    assert!(audit(&reached).claims.iter().any(|c| c.id == "budget_execution" && c.verdict == Verdict::Mismatch));
    // A value stated as such after “计划完成” is a result: judged.
    let stated = format!("{figures}\n全年计划完成的工程均按期交付，预算执行率90.00%。\n");
    assert!(audit(&stated).claims.iter().any(|c| c.id == "budget_execution" && c.verdict == Verdict::Mismatch));
}

/// “1．农村人居环境整治。全年预算数260.00万元，执行数247.00万元，…”: a numbered heading naming an item alone,
/// then its budget and spending in a sentence that names nothing — the item's money, not the unit's
/// 全年预算数 (which its parts make 600.00万元).
#[test]
fn a_budget_under_a_numbered_heading_naming_an_item_is_the_items() {
    let figures = "全年预算数600.00万元，其中上年结转40.00万元，年初预算480.00万元，年中追加80.00万元。支出合计570.00万元，年末结转结余30.00万元。\n";
    let items = "（四）项目绩效自评情况\n1．农村人居环境整治。全年预算数260.00万元，执行数247.00万元，预算执行率95.00%，得9.5分。新建户厕1200座。\n2．高标准农田建设（省级补助）。全年预算数180.00万元，执行数171.00万元，预算执行率95.00%。\n";
    let claims = audit(&format!("{figures}{items}")).claims;
    assert!(claims.iter().all(|c| c.verdict == Verdict::Ok), "{claims:?}");
    assert!(claims.iter().all(|c| c.id != "annual_budget" || c.stated.contains("600")), "{claims:?}");
    // A heading of the unit's money is no item: its 全年预算数 is the unit's, and judged.
    let own = "（四）预算执行\n1．预算执行情况。全年预算数610.00万元，执行数570.00万元，预算执行率93.44%。\n";
    let claims = audit(&format!("{figures}{own}")).claims;
    assert!(claims.iter().any(|c| c.id == "annual_budget" && c.stated.contains("610") && c.verdict == Verdict::Mismatch), "{claims:?}");
}

#[test]
fn a_score_in_brackets_after_its_weight_is_the_parts_score() {
    let text = |total: &str| format!("本单位自评得分为：投入20分（得18分），过程30分（得28.5分），产出30分（得27分），效果20分（得19分），合计{total}分，等级为优。\n");
    let right = audit(&text("92.5")).claims;
    let totals: Vec<_> = right.iter().filter(|c| c.id == "score_total").collect();
    assert!(!totals.is_empty() && totals.iter().all(|c| c.verdict == Verdict::Ok), "{right:?}");
    let wrong = audit(&text("93.5")).claims;
    assert!(wrong.iter().any(|c| c.id == "score_total" && c.verdict == Verdict::Mismatch && c.detail.contains("92.5")), "{wrong:?}");
}

#[test]
fn posts_of_another_type_within_a_typed_quota_are_part_of_it() {
    let text = |staff: &str| format!("学校核定事业编制120名（其中工勤编制4名），年末实有在编人员{staff}人，在职人员控制率为95.00%。\n");
    let right = audit(&text("114")).claims;
    assert!(right.iter().all(|c| c.verdict == Verdict::Ok), "{right:?}");
    assert!(right.iter().any(|c| c.id == "staff_control"), "{right:?}");
    // On the 124 a sum would make, the rate would be wrong; on the 120 stated it is right — and a wrong rate
    // is still wrong.
    let wrong = audit(&text("110")).claims;
    assert!(wrong.iter().any(|c| c.id == "staff_control" && c.verdict == Verdict::Mismatch && c.detail.contains("91.67%")), "{wrong:?}");
}

/// “预算执行率为（a/b）×100%=N%”: the formula after 为, its rate last, is the rate's claim, bracketed or not.
#[test]
fn a_rate_said_as_its_formula_after_wei_is_claimed() {
    for formula in ["（2,376.52/2,410.00）×100%=98.61%", "2,376.52/2,410.00×100%=98.61%"] {
        let text = format!("2023年度。全年预算数2,410.00万元，支出合计2,376.52万元，年末结转结余33.48万元，预算执行率为{formula}。");
        assert_eq!(verdicts(&audit(&text), "budget_execution").first().map(|v| v.1), Some(Verdict::Ok), "{formula}");
        let slip = text.replace("98.61%", "97.16%");
        assert_eq!(verdicts(&audit(&slip), "budget_execution").first().map(|v| v.1), Some(Verdict::Mismatch), "{formula}");
    }
    // A bare 0 after 为 is still the rate itself.
    let nought = "2023年度。年初预算500.00万元，年中追加0万元，预算控制率为0。";
    assert_eq!(verdicts(&audit(nought), "budget_control").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", audit(nought).claims);
}

/// One line a formula (no punctuation at the line ends): each rate is its own claim, with its own result.
#[test]
fn formulas_one_a_line_are_each_their_rate() {
    let text = "2023年度。全年预算数1,250.00万元，支出合计1,230.00万元，年末结转结余20.00万元。\n（一）指标计算\n预算执行率＝1,230.00／1,250.00×100%＝98.40%\n结转结余率＝20.00／1,250.00×100%＝1.60%\n";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "budget_execution").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "carryover_rate").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", audit.claims);
}

/// “支出合计X万元（Y亿元），比上年…增长N%”: the bracketed restatement is the same figure, rounded; the
/// growth is of the exact one.
#[test]
fn a_growth_after_a_restatement_in_brackets_is_of_the_exact_figure() {
    let text = "2023年度。全年支出合计13,472.80万元（1.35亿元），比上年的12,905.30万元增长4.40%。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "growth").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", audit.claims);
    assert_eq!(verdicts(&audit, "restated").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", audit.claims);
    // A restatement rounded wrongly is still said.
    let wrong = super::audit(&text.replace("1.35亿元", "1.53亿元"));
    assert_eq!(verdicts(&wrong, "restated").first().map(|v| v.1), Some(Verdict::Mismatch), "{:#?}", wrong.claims);
    assert_eq!(verdicts(&wrong, "growth").first().map(|v| v.1), Some(Verdict::Ok), "{:#?}", wrong.claims);
}

/// “项目支出：全年预算…，实际支出…，执行率…”: a line opened by a part of the spending and its colon gives that
/// part's figures — never a second 全年预算数 beside the unit's.
#[test]
fn a_line_opened_by_a_part_gives_that_parts_budget() {
    let text = "某中心2024年度部门整体支出绩效自评报告\n全年预算数900.00万元，其中年初预算820.00万元，年中追加80.00万元。全年支出870.00万元，年末结转结余30.00万元。\n基本支出：全年预算330.00万元，实际支出318.00万元。\n项目支出：全年预算570.00万元，实际支出552.00万元，执行率96.84%。\n";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert!(claims(&audit, "annual_budget").iter().all(|c| !c.stated.contains("570") && !c.stated.contains("330")), "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("全年预算数在文中有不同数字")), "{:?}", audit.remarks);
    // The unit's own line after the parts is the unit's still.
    let slip = super::audit(&text.replace("全年支出870.00万元，年末结转结余30.00万元", "全年支出870.00万元，年末结转结余20.00万元"));
    assert_eq!(marks(&slip, "funds_balance"), vec![Verdict::Mismatch], "{:#?}", slip.claims);
}

/// “重点支出安排率为62.50%，即…重点项目预算250.00万元占项目预算400.00万元的比例”: the rate glossed with both its
/// figures is checked on them.
#[test]
fn a_share_glossed_with_its_two_figures_is_checked_on_them() {
    let text = "2024年度。重点支出安排率为62.50%，即三个重点项目预算250.00万元占项目预算400.00万元的比例。";
    assert_eq!(marks(&audit(text), "key_spending_ratio"), vec![Verdict::Ok]);
    let slip = audit(&text.replace("62.50%", "65.20%"));
    let claim = &claims(&slip, "key_spending_ratio")[0];
    assert_eq!(claim.verdict, Verdict::Mismatch, "{:#?}", slip.claims);
    assert!(claim.detail.contains("62.50%"), "{}", claim.detail);
    // A gloss with one figure only says nothing to check.
    let lone = audit("2024年度。重点支出安排率为62.50%，即重点项目预算250.00万元占项目预算的比例。");
    assert_eq!(marks(&lone, "key_spending_ratio"), vec![Verdict::Unverifiable]);
    // What a report lacks is the key projects' budget, not the marks the page asks its clerk for.
    let detail = &claims(&lone, "key_spending_ratio")[0].detail;
    assert!(detail.starts_with("缺少重点项目预算") && !detail.contains("标记"), "{detail}");
}

/// “（六）项目执行情况：档案库房维护预算90.00万元，执行率98.22%”: a project's budget alone beside its rate; what it
/// spent is what the list of the spending said, never its budget again.
#[test]
fn a_projects_spending_comes_from_what_it_spent_not_its_budget() {
    let text = "2024年度。\n2．项目支出150.00万元，包括档案库房维护88.40万元、数字档案馆运维61.60万元。\n（六）项目执行情况：档案库房维护预算90.00万元，执行率98.22%；数字档案馆运维预算64.00万元，执行率96.25%。\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "project.execution"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", audit.claims);
    let first = &claims(&audit, "project.execution")[0];
    assert!(first.detail.contains("88.4万元") && first.detail.contains("90万元"), "{}", first.detail);
    let slip = super::audit(&text.replace("98.22%", "100.00%"));
    let first = &claims(&slip, "project.execution")[0];
    assert_eq!(first.verdict, Verdict::Mismatch, "{:#?}", slip.claims);
    assert!(first.detail.contains("98.22%"), "{}", first.detail);
}

/// “河道保洁项目。年度预算60.00万元，实际支出57.00万元，执行率95.00%。”: a project given a paragraph of its own,
/// its name the first sentence, is checked as a listed one.
#[test]
fn a_project_in_its_own_paragraph_is_checked() {
    let text = "（四）项目支出情况\n\n河道保洁项目。年度预算60.00万元，实际支出57.00万元，执行率95.00%。全年保洁河道42公里。\n\n水质监测项目。年度预算24.00万元，实际支出23.40万元，执行率97.80%。布设监测点16个。\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "project.execution"), vec![Verdict::Ok, Verdict::Mismatch], "{:#?}", audit.claims);
    let slip = &claims(&audit, "project.execution")[1];
    assert!(slip.detail.contains("水质监测项目") && slip.detail.contains("97.50%"), "{}", slip.detail);
    // A paragraph opened by a count of projects names none of them.
    let counted = super::audit("全年实施4个项目。年度预算84.00万元，实际支出80.40万元，执行率95.71%。\n");
    assert!(claims(&counted, "project.execution").is_empty(), "{:#?}", counted.claims);
}

/// “…水质监测项目预算50.00万元，实际支出49.20万元，结余0.80万元上缴财政”: the 结余 after a project's own figures
/// is the project's, not the unit's 年末结转结余.
#[test]
fn a_projects_balance_is_the_projects() {
    let text = "2024年度。全年预算数300.00万元，全年支出296.00万元，年末结转结余4.00万元。其中：水质监测项目预算50.00万元，实际支出49.20万元，结余0.80万元按规定上缴财政。";
    let audit = audit(text);
    assert_eq!(marks(&audit, "funds_balance"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("结转结余")), "{:?}", audit.remarks);
    // The unit's own spending then 结余 is the unit's.
    let own = super::audit("2024年度。全年预算数300.00万元，实际支出296.00万元，结余5.00万元。");
    assert_eq!(marks(&own, "funds_balance"), vec![Verdict::Mismatch], "{:#?}", own.claims);
}

/// “年初及追加预算60.00万元” of a listed project is that project's whole budget, not the year's additions:
/// the 预算控制率 is checked on the 年中追加 the report gives for the unit.
#[test]
fn a_projects_initial_and_added_budget_is_no_second_addition() {
    let text = "某县文化馆2023年度部门整体支出绩效自评报告\n全年预算数520.00万元，其中年初预算480.00万元、年中追加40.00万元。\n主要项目：\n1.非遗保护传承，年初及追加预算60.00万元，实际支出58.20万元；\n2.送戏下乡，年初和追加预算35.00万元，实际支出35.00万元。\n预算控制率为8.33%。";
    let audit = audit(text);
    assert_eq!(marks(&audit, "budget_control"), [Verdict::Ok], "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("年中追加")), "{:?}", audit.remarks);
}

/// “本年收入合计…。本年收入包括：财政拨款收入…；事业收入…”: the income's sources listed in the sentence after
/// it must make it.
#[test]
fn the_years_income_is_judged_on_the_sources_listed_after_it() {
    let report = |total: &str| {
        audit(&format!(
            "桐溪县档案馆2023年度部门整体支出绩效自评报告\n2023年度收入总计530.00万元，其中上年结转20.00万元，本年收入合计{total}万元。本年收入包括：财政拨款收入480.00万元；事业收入25.00万元；其他收入5.00万元。\n"
        ))
    };
    assert_eq!(verdicts(&report("510.00"), "income"), vec![("本年收入合计510.00万元".into(), Verdict::Ok)]);
    let wrong = report("501.00");
    assert_eq!(marks(&wrong, "income"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "income")[0].detail.contains("所列各项之和为510万元"), "{:#?}", wrong.claims);
}

/// A figure written twice, its digits swapped in one place: the sums bear out the other, so the swapped one is
/// marked where it stands, saying which the sums bear out. A different figure read under the label (a part of
/// 人员经费 taken for it) is only remarked.
#[test]
fn a_figure_with_its_digits_swapped_is_wrong_where_it_stands() {
    let head = "桐溪县档案馆2023年度部门整体支出绩效自评报告\n全年预算数500.00万元，其中年初预算462.00万元，年中追加38.00万元。\n";
    let swapped = audit(&format!("{head}附表：\n项目\t金额\n年初预算\t426.00\n年中追加\t38.00\n"));
    let marked = claims(&swapped, "restated_figure");
    assert_eq!(marked.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", swapped.claims);
    assert!(marked[0].detail.contains("写年初预算426万元") && marked[0].detail.contains("此处应为462万元"), "{}", marked[0].detail);
    let another = audit(&format!("{head}附表：\n项目\t金额\n年初预算\t380.00\n年中追加\t38.00\n"));
    assert!(claims(&another, "restated_figure").is_empty(), "{:#?}", another.claims);
}

/// “基本支出860.25万元，其中人员经费705.10万元，公用经费155.51万元” where the 公用经费 is 155.15 everywhere else: one
/// slip, marked where it was written — the 基本支出 its other parts make is right, and says why.
#[test]
fn a_parts_slip_in_a_totals_list_is_marked_on_the_part_not_the_total() {
    let text = |public: &str| {
        format!(
            "某县气象局2023年度部门整体支出绩效自评报告\n全年支出1,520.40万元，其中基本支出860.25万元，项目支出660.15万元。\n基本支出860.25万元，其中人员经费705.10万元，公用经费{public}万元。\n\
             附表：\n项目\t金额\n人员经费\t705.10\n公用经费\t155.15\n基本支出\t860.25\n\
             公用经费控制率=（155.15/160.00）×100%=96.97%。\n"
        )
    };
    let right = audit(&text("155.15"));
    assert!(claims(&right, "restated_figure").is_empty() && right.count(Verdict::Mismatch) == 0, "{:#?}", right.claims);
    let wrong = audit(&text("155.51"));
    let marked = claims(&wrong, "restated_figure");
    assert_eq!(marked.iter().map(|c| (c.stated.as_str(), c.verdict)).collect::<Vec<_>>(), [("公用经费155.51万元", Verdict::Mismatch)], "{:#?}", wrong.claims);
    assert!(marked[0].detail.contains("此处应为155.15万元"), "{}", marked[0].detail);
    assert_eq!(wrong.count(Verdict::Mismatch), 1, "{:#?}", wrong.claims);
    let basic = claims(&wrong, "basic");
    assert!(!basic.is_empty() && basic.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", wrong.claims);
    assert!(basic.iter().any(|c| c.notes.iter().any(|n| n.contains("公用经费此处写作155.51万元") && n.contains("按155.15万元核对"))), "{basic:#?}");
}

/// A projects' table aligned by spaces whose 合计 row leaves its 责任科室 blank: each figure is its own column's
/// 合计 — the budgets' where they stand, the spending's where it stands.
#[test]
fn a_total_row_with_a_blank_cell_is_read_in_the_columns_it_stands_under() {
    let table = |spent: &str| {
        format!(
            "某区水务局2023年度部门整体支出绩效自评报告\n\
             表2  项目支出情况（万元）\n\
             工程名称            责任科室  年初预算    决算数      完成率\n\
             河道清淤            工程科    260.00      251.40      96.69%\n\
             泵站改造            运管科    150.00      146.60      97.73%\n\
             总计                          410.00      {spent}\n"
        )
    };
    let right = audit(&table("398.00"));
    assert_eq!(right.count(Verdict::Mismatch), 0, "{:#?}", right.claims);
    let wrong = audit(&table("389.00"));
    let marked: Vec<&Claim> = wrong.claims.iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert_eq!(marked.iter().map(|c| c.stated.as_str()).collect::<Vec<_>>(), ["389.00"], "{:#?}", wrong.claims);
    assert!(marked[0].detail.contains("398"), "{}", marked[0].detail);
}

/// A 部门汇总's units each with 编制 and 实有: the department's totals are judged on each list, never on the
/// posts and people added together.
#[test]
fn a_summary_reports_units_give_two_lists_of_head_counts() {
    let report = |people: u32| {
        audit(&format!(
            "桐溪县文旅局2023年度部门整体支出绩效自评报告\n部门汇总核定编制30名，年末实有在职人员{people}人，具体为：局机关行政编制12名、实有11人；文化馆事业编制10名、实有9人；图书馆事业编制8名、实有8人。\n"
        ))
    };
    let right = report(28);
    no_mismatch(&right);
    assert_eq!(marks(&right, "staff"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert_eq!(marks(&right, "quota"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = report(26);
    let staff = claims(&wrong, "staff");
    assert_eq!(staff.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(staff[0].detail.contains("各单位实有人数之和为28人"), "{}", staff[0].detail);
}

/// Spending listed by 功能分类 and by 经济分类: each list must make the 支出合计.
#[test]
fn each_classification_of_the_spending_must_make_it() {
    let report = |health: &str| {
        audit(&format!(
            "桐溪县卫健局2023年度部门整体支出绩效自评报告\n2023年度支出合计800.00万元，其中基本支出500.00万元，项目支出300.00万元。\n按功能分类：卫生健康支出{health}万元，社会保障和就业支出160.00万元。\n按经济分类：工资福利支出420.00万元；商品和服务支出300.00万元；资本性支出80.00万元。\n"
        ))
    };
    assert_eq!(marks(&report("640.00"), "spend_by_class"), vec![Verdict::Ok, Verdict::Ok]);
    assert_eq!(marks(&report("604.00"), "spend_by_class"), vec![Verdict::Mismatch, Verdict::Ok]);
}

/// After each type's 编制 and 实有, “编制合计…、实有在职…” are the whole unit's, not the last type's.
#[test]
fn the_count_in_post_after_a_total_of_the_types_is_the_units() {
    let text = "某县人民检察院2024年度部门整体支出绩效自评报告\n本院核定政法专项编制52名、实有49人，事业编制4名、实有3人，编制合计56名、实有在职52人。\n在职人员控制率为92.86%。";
    let audit = audit(text);
    assert_eq!(marks(&audit, "staff_control"), [Verdict::Ok], "{:#?} {:?}", audit.claims, audit.remarks);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
}

/// “项目预算执行率…” is the projects' rate: judged on the projects' budget and spending its sentence states
/// (a formula after it, or 合计s before it), never against the unit's 支出合计 and 全年预算数.
#[test]
fn the_projects_budget_execution_rate_is_never_the_units() {
    let unit = "2023年度。全年预算数400.00万元，实际支出392.00万元，预算执行率为98.00%。\n";
    let formula = |rate: &str| format!("{unit}2.项目预算执行率{rate}＝项目实际支出72.00万元／项目预算80.00万元×100%。\n");
    let together = |rate: &str| format!("{unit}项目预算合计80.00万元，实际支出合计72.00万元，项目预算执行率{rate}。\n");
    for text in [formula("90.00%"), together("90.00%")] {
        let audit = audit(&text);
        assert_eq!(verdicts(&audit, "budget_execution"), [("预算执行率为98.00%".into(), Verdict::Ok)], "{text}");
        assert_eq!(verdicts(&audit, "project.execution").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{text}");
        assert!(!audit.remarks.iter().any(|r| r.contains("预算执行率前后写法不一")), "{:?}", audit.remarks);
    }
    for text in [formula("92.00%"), together("92.00%")] {
        let audit = audit(&text);
        assert_eq!(verdicts(&audit, "project.execution").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{text}");
    }
    // The unit's figures beside it are not the projects': no figures of theirs, no claim — and still not the unit's.
    let audit = audit(&format!("{unit}全年预算数400.00万元，支出392.00万元，项目预算执行率90.00%。\n"));
    assert!(verdicts(&audit, "project.execution").is_empty());
    assert!(verdicts(&audit, "budget_execution").iter().all(|(s, _)| !s.contains("90.00%")));
}

/// “基本支出中，人员经费…，主要为…；商品和服务支出…”: 商品和服务支出 stands beside 人员经费 as 基本支出's other
/// part (公用经费's kind), never as an item of 人员经费.
#[test]
fn goods_and_services_beside_personnel_is_no_part_of_it() {
    let text = |basic: &str| format!("2022年度。基本支出{basic}万元。\n基本支出中，人员经费620.50万元，主要为职工工资、津贴补贴和社会保险缴费；商品和服务支出880.40万元，主要为耗材费、电费、保洁费等运行支出。\n");
    let audit = audit(&text("1,500.90"));
    assert!(verdicts(&audit, "personnel").iter().all(|(_, v)| *v != Verdict::Mismatch), "{:?}", verdicts(&audit, "personnel"));
    assert!(verdicts(&audit, "basic").iter().all(|(_, v)| *v == Verdict::Ok), "{:?}", verdicts(&audit, "basic"));
    assert!(verdicts(&self::audit(&text("1,490.90")), "basic").iter().any(|(_, v)| *v == Verdict::Mismatch));
}

/// “基本支出全年预算…，项目支出全年预算…”: each part's budget named by the part right before 全年预算 — not
/// a second 全年预算数 of the unit.
#[test]
fn a_parts_full_year_budget_is_not_the_units() {
    let audit = audit("2021年度。全年预算数800.00万元，包括上年结转20.00万元、年初预算700.00万元、年中追加80.00万元。\n按支出性质划分，基本支出全年预算530.00万元，项目支出全年预算270.00万元。\n");
    assert_eq!(verdicts(&audit, "annual_budget").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok]);
    assert!(!audit.remarks.iter().any(|r| r.contains("全年预算数在文中有不同数字")), "{:?}", audit.remarks);
}

/// A total whose listed parts do not make it, stated again later (in the 预算执行率's working) with no parts
/// of its own: one slip, claimed once, where its parts stand.
#[test]
fn a_total_off_its_parts_is_claimed_once_not_at_each_restatement() {
    let audit = audit("2020年度。全年预算数600.00万元。\n全年支出580.00万元，其中基本支出400.00万元、项目支出190.00万元。\n三、绩效情况\n1．预算执行率。全年预算执行率为96.67%，计算方法：全年支出580.00万元÷全年预算数600.00万元×100%。\n");
    let spend = verdicts(&audit, "spend");
    assert_eq!(spend.iter().filter(|(_, v)| *v == Verdict::Mismatch).count(), 1, "{spend:?}");
}

/// “支出总额比上年…万元增长…%” after the year's spending is stated: the change of this year's whole spending
/// on last year's amount.
#[test]
fn a_sentence_opening_on_the_whole_spending_compared_with_last_years_amount_is_a_growth() {
    let text = |rate: &str| format!("2021年度。\n全年支出880.00万元，其中基本支出600.00万元、项目支出280.00万元。支出总额比上年800.00万元增长{rate}。\n");
    assert_eq!(verdicts(&audit(&text("10.00%")), "growth").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Ok]);
    assert_eq!(verdicts(&audit(&text("11.00%")), "growth").iter().map(|(_, v)| *v).collect::<Vec<_>>(), [Verdict::Mismatch]);
}

/// A score table headed only “评价内容 | 分值 | 得分”, its rows named by the rubric's own words (预算编制,
/// 资产管理 …, no 一级 of ours): where every row gives its 分值 and they make the 合计's, the rows are its
/// parts and the 合计's 得分 is their sum.
#[test]
fn a_flat_score_table_whose_points_make_the_total_is_added_up() {
    let text = |total: &str| format!("2022年度。\n评价内容\t分值\t得分\n预算编制\t15\t14\n预算执行\t30\t28\n资产管理\t15\t15\n履职产出\t25\t22\n社会效益\t15\t13\n合计\t100\t{total}\n");
    let scores = |total: &str| verdicts(&audit(&text(total)), "score_total").iter().map(|(_, v)| *v).collect::<Vec<_>>();
    assert_eq!(scores("92"), [Verdict::Ok]);
    assert_eq!(scores("94"), [Verdict::Mismatch]);
    // Rows whose 分值 do not make the total's may hold sub-items: no sum is claimed.
    assert!(scores("94").len() == 1 && verdicts(&audit(&text("94").replace("社会效益\t15", "社会效益\t10")), "score_total").is_empty());
}

/// “评价维度 | 得分” with each 一级 of a province's rubric giving its 分值 in brackets (“履职效能（40分）| 37”):
/// the 得分 are summed against the 合计 row and the score restated below it.
#[test]
fn a_score_table_of_a_provinces_parts_with_their_points_in_brackets_is_added_up() {
    let text = |total: &str| format!("2023年度。\n按四个维度打分如下：\n评价维度\t得分\n履职效能（40分）\t37\n运行成本（15分）\t14\n管理效率（25分）\t22\n社会效应（20分）\t18\n合计\t{total}\n经评价，自评得分{total}分。\n");
    let right = verdicts(&audit(&text("91")), "score_total");
    assert!(!right.is_empty() && right.iter().all(|(_, v)| *v == Verdict::Ok), "{right:?}");
    let wrong = audit(&text("93"));
    let totals = claims(&wrong, "score_total");
    assert!(totals.iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("91")), "{totals:?}");
    assert!(totals.iter().all(|c| c.verdict != Verdict::Ok), "{totals:?}");
}

/// A “三公” part the prose gives otherwise than 附件1's table: where the table's “三公” row is its parts' sum
/// only with the prose's figure, the table's figure is 不符 where it stands; a table that adds up either way
/// leaves the two named in a remark.
#[test]
fn a_sangong_part_in_the_table_unlike_the_prose_is_wrong_where_the_sum_settles_it() {
    let text = |reception: &str, total: &str| {
        format!(
            "某县档案馆2023年度部门整体支出绩效自评报告\n“三公”经费实际支出6.55万元，其中：公务接待费2.15万元，公务用车运行维护费4.40万元，因公出国（境）费0万元。\n附件1\n项目\t上年决算数\t本年预算数\t本年决算数\n“三公”经费\t7.00\t7.00\t{total}\n1．公务用车购置及运行维护费\t4.80\t4.60\t4.40\n  其中：公务用车购置\t0\t0\t0\n  公务用车运行维护\t4.80\t4.60\t4.40\n2．因公出国（境）\t0\t0\t0\n3．公务接待\t2.20\t2.40\t{reception}\n"
        )
    };
    let report = |reception: &str, total: &str| audit(&text(reception, total));
    let right = report("2.15", "6.55");
    assert!(claims(&right, "restated_figure").is_empty(), "{:#?}", right.claims);
    assert!(!right.remarks.iter().any(|r| r.contains("公务接待费在文中有不同数字")), "{:?}", right.remarks);
    let wrong = report("2.51", "6.55");
    let marked = claims(&wrong, "restated_figure");
    assert_eq!(marked.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(marked[0].stated.contains("2.51") && marked[0].detail.contains("此处应为2.15万元"), "{:#?}", marked[0]);
    // The table adds up on its own figure: which one is right, the report does not tell.
    let unsettled = report("2.51", "6.91");
    assert!(claims(&unsettled, "restated_figure").is_empty(), "{:#?}", unsettled.claims);
    assert!(unsettled.remarks.iter().any(|r| r.contains("公务接待费在文中有不同数字") && r.contains("2.15") && r.contains("2.51")), "{:?}", unsettled.remarks);
    // The table adds up and the prose's parts make its “三公” only with the table's figure: the prose's is wrong.
    let in_prose = audit(&text("2.15", "6.55").replace("其中：公务接待费2.15万元", "其中：公务接待费1.25万元"));
    let marked = claims(&in_prose, "restated_figure");
    assert_eq!(marked.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", in_prose.claims);
    assert!(marked[0].stated.contains("1.25") && marked[0].detail.contains("此处应为2.15万元"), "{:#?}", marked[0]);
}

/// “预算调整率＝（追加－政策性追加）／年初预算×100%＝N%（政策性追加…万元为…）”: a remark in brackets after the
/// result is no part of the value — the rate is claimed, and checked on the 政策性追加 the remark gives.
#[test]
fn a_remark_in_brackets_after_a_formulas_result_keeps_its_claim() {
    let text = |rate: &str| format!("某中心2023年度部门整体支出绩效自评报告\n全年预算数860.00万元（年初预算780.00万元，年中追加80.00万元）。\n预算调整率＝（80.00－50.00）／780.00×100%＝{rate}（政策性追加50.00万元为人员调资）\n");
    assert_eq!(marks(&audit(&text("3.85%")), "budget_adjustment"), [Verdict::Ok]);
    assert_eq!(marks(&audit(&text("3.58%")), "budget_adjustment"), [Verdict::Mismatch]);
}

/// “1.基本支出。基本支出…万元，包括人员⏎经费…”: a short numbered line whose sentence the copy broke goes on
/// into the next line — its list of parts is read whole and checked.
#[test]
fn a_list_broken_after_a_short_numbered_heading_is_still_checked() {
    let text = |public: &str| format!("2022年度。\n全年支出1,360.00万元，其中基本支出960.00万元、项目支出400.00万元。\n1.基本支出。基本支出960.00万元，包括人员\n经费812.30万元（主要为工资津贴）、日常公用经费{public}万元（主要为办公费）。\n");
    assert!(marks(&audit(&text("147.70")), "basic").iter().all(|v| *v == Verdict::Ok));
    assert!(!marks(&audit(&text("147.70")), "basic").is_empty());
    let wrong = audit(&text("157.70"));
    let basic = claims(&wrong, "basic");
    assert!(basic.iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("970万元")), "{basic:?}");
}

/// “‘三公’经费支出…万元（…元），比预算…万元节约…万元。具体为：公务用车…；公务接待费…；因公出国（境）费…。”: the
/// items in the next sentence are the spending's, whatever the budget beside it.
#[test]
fn sangong_items_after_a_sentence_comparing_the_spending_with_its_budget_are_checked() {
    let text = |reception: &str| format!("2022年度。\n3.“三公”经费支出。本年度“三公”经费支出6.40万元（64,000元），比预算7.00万元节约0.60万元。具体为：公务用车运行维护费4.90万元；公务接待费{reception}万元；因公出国（境）费0.00万元。\n");
    assert_eq!(marks(&audit(&text("1.50")), "sangong"), [Verdict::Ok]);
    assert_eq!(marks(&audit(&text("1.30")), "sangong"), [Verdict::Mismatch]);
}

/// “人员经费…万元（…元），公用经费…万元，两项合计…万元”: the sum said after its parts, one of them restated in 元.
#[test]
fn a_sum_after_its_parts_one_restated_in_yuan_is_checked() {
    let text = |sum: &str| format!("2022年度。\n基本支出当中，人员经费512.80万元（5128000元），公用经费47.20万元，两项合计{sum}万元。\n");
    assert_eq!(marks(&audit(&text("560.00")), "listed_sum"), [Verdict::Ok]);
    assert_eq!(marks(&audit(&text("565.00")), "listed_sum"), [Verdict::Mismatch]);
}

/// “支出总额…万元（上年…万元），比上年增长…”: last year's spending in brackets right after this year's is what
/// the growth is on; a rate off those two amounts is found, the right one holds.
#[test]
fn a_growth_on_last_years_spending_in_brackets_after_this_years() {
    let report = |rate: &str| format!("2022年度。全年支出合计735.00万元（上年700.00万元），比上年增长{rate}。其中基本支出600.00万元，项目支出135.00万元。");
    let wrong = audit(&report("3.50%"));
    assert_eq!(marks(&wrong, "growth"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "growth")[0].detail.contains("应为增长5.00%"), "{:#?}", wrong.claims);
    let right = audit(&report("5.00%"));
    assert_eq!(marks(&right, "growth"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert_eq!(right.count(Verdict::Mismatch), 0, "{:#?}", right.claims);
    let year_on_year = audit("2022年度。全年支出合计735.00万元（2021年700.00万元），同比增长5.00%。");
    assert_eq!(marks(&year_on_year, "growth"), vec![Verdict::Ok], "{:#?}", year_on_year.claims);
}

/// “本年“三公”经费预算比上年（…万元）减少…，变动率为…”: last year's “三公” budget in brackets after the
/// comparison is what the 变动率 needs; it is checked, not left 无法核对.
#[test]
fn a_sangong_change_on_last_years_budget_in_brackets_after_the_comparison() {
    let report = |rate: &str| {
        format!("2021年度。“三公”经费预算6.00万元，实际支出5.40万元。“三公”经费控制率90.00%，本年“三公”经费预算比上年（6.40万元）减少0.40万元，变动率为{rate}。")
    };
    let right = audit(&report("-6.25%"));
    assert_eq!(marks(&right, "sangong_change"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert_eq!(right.count(Verdict::Unverifiable), 0, "{:#?}", right.claims);
    let wrong = audit(&report("-5.25%"));
    assert_eq!(marks(&wrong, "sangong_change"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "sangong_change")[0].detail.contains("-6.25%"), "{:#?}", wrong.claims);
}

/// A project named after the 公用经费 it pays (“农村学校公用经费（省级补助）”) in a table of projects is a
/// project: its figures are no second 公用经费 of the unit's, so the 公用经费控制率 is checked on the unit's.
#[test]
fn a_project_named_after_public_funds_is_no_public_funds_of_the_unit() {
    let report = |rate: &str| {
        format!("2022年度。基本支出中人员经费300.00万元，公用经费45.00万元。\n序号\t项目名称\t预算数（万元）\t实际支出（万元）\t执行率\n1\t农村学校公用经费（省级补助）\t60.00\t57.00\t95.00%\n2\t校园安保\t20.00\t20.00\t100.00%\n合计\t\t80.00\t77.00\t96.25%\n日常公用经费预算安排50.00万元，公用经费控制率为{rate}。")
    };
    let right = audit(&report("90.00%"));
    assert_eq!(marks(&right, "public_expense_control"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(right.remarks.iter().all(|r| !r.contains("公用经费")), "{:?}", right.remarks);
    let wrong = audit(&report("92.00%"));
    assert_eq!(marks(&wrong, "public_expense_control"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    // The unit's own 公用经费 in a table stays the unit's.
    let own = audit("2022年度。\n序号\t支出项目\t全年预算数\t全年支出数\n1\t其中：公用经费\t50.00\t45.00\n公用经费控制率为90.00%。");
    assert_eq!(marks(&own, "public_expense_control"), vec![Verdict::Ok], "{:#?}", own.claims);
}

/// A table of projects copied one cell to a line (Word to a plain text box): read row by row as its header
/// says, its 合计 checked on the rows above it — with or without a 序号 column, a 合计 spanning the name.
#[test]
fn a_table_copied_one_cell_to_a_line_has_its_total_checked() {
    let bare = |total: &str| format!("2021年度。项目支出57.30万元，具体如下：\n项目名称\n预算数\n实际支出\n河道保洁\n40.00\n38.50\n堤防巡查\n20.00\n18.80\n合计\n60.00\n{total}\n各项目均按计划实施。");
    let wrong = audit(&bare("57.70"));
    assert!(marks(&wrong, "projects").contains(&Verdict::Mismatch), "{:#?}", wrong.claims);
    assert!(wrong.claims.iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("57.3")), "{:#?}", wrong.claims);
    let right = audit(&bare("57.30"));
    assert_eq!(right.count(Verdict::Mismatch), 0, "{:#?}", right.claims);
    assert!(marks(&right, "projects").contains(&Verdict::Ok), "{:#?}", right.claims);
    let numbered = |total: &str| format!("2021年度。项目支出57.30万元，明细如下：\n序号\n项目名称\n预算数（万元）\n实际支出（万元）\n1\n河道保洁\n40.00\n38.50\n2\n堤防巡查\n20.00\n18.80\n合计\n\n60.00\n{total}\n三、其他。");
    let wrong = audit(&numbered("57.70"));
    assert!(wrong.claims.iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("57.3")), "{:#?}", wrong.claims);
    let right = audit(&numbered("57.30"));
    assert_eq!(right.count(Verdict::Mismatch), 0, "{:#?}", right.claims);
}

/// A one-cell-a-line table whose first project's name reads like a column's (“人员编制核定”).
#[test]
fn a_one_cell_table_whose_first_name_reads_like_a_heading() {
    let table = |total: &str| format!("2021年度。项目支出57.30万元：\n项目名称\n预算数\n实际支出\n人员编制核定\n40.00\n38.50\n堤防巡查\n20.00\n18.80\n合计\n60.00\n{total}\n");
    let wrong = audit(&table("57.70"));
    assert!(wrong.claims.iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("57.3")), "{:#?}", wrong.claims);
    assert_eq!(audit(&table("57.30")).count(Verdict::Mismatch), 0);
}

/// A table of the 基本支出's parts (one cell a line) closed by “基本支出合计”: that row is the 基本支出, not
/// the unit's whole spending — no second 支出合计 is read from it.
#[test]
fn a_basic_spending_table_closed_by_its_own_total_is_no_unit_total() {
    let report = "2022年度。全年预算数905.00万元，全年支出总额880.00万元，年末结转结余25.00万元。\n基本支出612.00万元，明细如下（单位：万元）：\n项目\n预算数\n决算数\n人员经费\n560.00\n553.50\n公用经费\n62.00\n58.50\n基本支出合计\n622.00\n612.00\n";
    let audit = audit(report);
    assert!(audit.remarks.is_empty(), "{:?}", audit.remarks);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    let tab = "2022年度。全年预算数905.00万元，全年支出总额880.00万元，年末结转结余25.00万元。\n项目\t预算数\t决算数\n人员经费\t560.00\t553.50\n公用经费\t62.00\t58.50\n基本支出合计\t622.00\t612.00\n";
    assert!(super::audit(tab).remarks.is_empty(), "{:?}", super::audit(tab).remarks);
}

/// 项目支出 stated once where its list and the 支出合计 bear it out, and again beside its own budget with another
/// figure: the second is marked where it stands.
#[test]
fn the_projects_spending_restated_beside_its_budget_must_agree() {
    let text = |again: &str| {
        audit(&format!(
            "某镇文化站2022年度部门整体支出绩效自评报告\n全年支出合计410.00万元，其中基本支出300.00万元，项目支出110.00万元。\n\
             项目支出预算112.00万元，实际支出{again}万元，项目预算执行率98.21%。\n"
        ))
    };
    let same = text("110.00");
    assert!(same.claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", same.claims);
    let other = text("111.00");
    let marked: Vec<&Claim> = other.claims.iter().filter(|c| c.stated.contains("111.00")).collect();
    assert_eq!(marked.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", other.claims);
    assert!(marked[0].detail.contains("另处写项目支出110万元"), "{}", marked[0].detail);
}

/// “主要为…” lists some parts, so a sum short of the total is no slip — unless it falls short by just what two
/// neighbouring digits of one part swapped would make up.
#[test]
fn a_list_of_the_main_parts_short_by_a_swapped_pair_of_digits_is_wrong() {
    let text = |third: &str| audit(&format!("某镇环卫所2022年度部门整体支出绩效自评报告\n2.项目支出96.40万元，主要为：道路保洁52.30万元；绿化养护27.60万元；路灯维护{third}万元。\n"));
    assert_eq!(marks(&text("16.50"), "projects"), [Verdict::Ok]);
    let swapped = text("16.05");
    assert_eq!(marks(&swapped, "projects"), [Verdict::Mismatch], "{:#?}", swapped.claims);
    let claim = claims(&swapped, "projects")[0];
    assert!(claim.detail.contains("相差0.45万元") && claim.notes.iter().any(|n| n.contains("路灯维护写16.05万元，若为16.5万元")), "{claim:#?}");
    // Short by what other parts, unlisted, may well make: no claim.
    assert!(claims(&text("11.30"), "projects").iter().all(|c| c.verdict != Verdict::Mismatch));
}

/// “某费X万元，上年为Y万元，比上年减少Z万元，下降R%”: this year's amount is the one before the clause naming
/// last year's; the rate is judged on the two years, and a change amount written wrong marks the phrase,
/// the rate, right on the two years, said beside it.
#[test]
fn a_change_written_beside_both_years_amounts_is_checked_on_them() {
    let text = |change: &str| audit(&format!("2023年度“三公”经费支出情况：公务用车运行维护费2.30万元，上年为2.90万元，比上年减少{change}万元，下降20.69%。"));
    let wrong = text("0.50");
    assert_eq!(marks(&wrong, "change"), [Verdict::Mismatch], "{:#?}", wrong.claims);
    let claim = claims(&wrong, "change")[0];
    assert!(claim.detail.contains("应为0.6万元") && claim.notes.iter().any(|n| n.contains("相符")), "{claim:#?}");
    let right = text("0.60");
    assert_eq!(marks(&right, "growth"), [Verdict::Ok], "{:#?}", right.claims);
    assert!(marks(&right, "change").is_empty(), "{:#?}", right.claims);
}

/// A small unit's report in 元 throughout, its rates table copied one cell to a line with bare figures.
fn report_in_yuan(execution: &str, progress: &str, parts: (&str, &str)) -> String {
    format!(
        "二、部门整体支出情况\n金额单位：元。\n全年预算数820,000.00元，其中年初预算760,000.00元，年中追加60,000.00元。\n\
         本年支出合计779,000.00元，其中基本支出689,000.00元，项目支出90,000.00元。\n\
         基本支出中，人员经费611,500.00元，公用经费77,500.00元。\n年末结转结余41,000.00元。\n\
         指标\n计算公式\n结果\n预算执行率\n本年支出779,000.00÷全年预算数820,000.00×100%\n{execution}\n\
         预算调整率\n年中追加60,000.00÷年初预算760,000.00×100%\n7.89%\n\
         结转结余率\n年末结转结余41,000.00÷全年预算数820,000.00×100%\n5.00%\n\
         三、说明\n基本支出689,000.00元，其中人员经费{}元、公用经费{}元。\n\
         截至6月底累计支付418,200.00元，支付进度率为{progress}。\n",
        parts.0, parts.1
    )
}

#[test]
fn a_report_in_yuan_reads_its_bare_figures_in_yuan() {
    let right = audit(&report_in_yuan("95.00%", "51.00%", ("611,500.00", "77,500.00")));
    assert_eq!(right.count(Verdict::Mismatch), 0, "{:#?}", right.claims);
    // No figure is read in 万元 and found again ten thousand times larger.
    assert!(right.remarks.iter().all(|r| !r.contains("不同数字")), "{:?}", right.remarks);
    assert_eq!(verdicts(&right, "budget_execution"), vec![("预算执行率本年支出779,000.00÷全年预算数820,000.00×100%95.00%".into(), Verdict::Ok)]);
    assert_eq!(verdicts(&right, "budget_adjustment").len(), 1);
    assert_eq!(verdicts(&right, "carryover_rate").len(), 1);
    let spend = claims(&right, "spend");
    assert!(spend.iter().all(|c| c.verdict == Verdict::Ok && !c.detail.contains("万元")), "{spend:#?}");

    let wrong = audit(&report_in_yuan("95.90%", "53.00%", ("611,500.00", "77,500.00")));
    let execution = claims(&wrong, "budget_execution");
    assert_eq!(execution[0].verdict, Verdict::Mismatch);
    assert!(execution[0].detail.contains("应为95.00%"), "{}", execution[0].detail);
    let progress: Vec<_> = wrong.claims.iter().filter(|c| c.stated.contains("支付进度率")).collect();
    assert_eq!(progress.len(), 1, "{:#?}", wrong.claims);
    assert_eq!(progress[0].verdict, Verdict::Mismatch);
    assert!(progress[0].detail.contains("应为51.00%") && progress[0].detail.contains("418,200.00元"), "{}", progress[0].detail);
}

/// 人员经费 and 公用经费 swapped in one sentence: the parts still make 基本支出, so that sum bears out neither
/// value — both are said to differ, and no rate is worked on the swapped one.
#[test]
fn two_parts_swapped_in_one_sentence_bear_out_neither() {
    let swapped = audit(&report_in_yuan("95.00%", "51.00%", ("77,500.00", "611,500.00")));
    for label in ["人员经费在文中有不同数字", "公用经费在文中有不同数字"] {
        let remark = swapped.remarks.iter().find(|r| r.starts_with(label));
        assert!(remark.is_some_and(|r| !r.contains("已按其核对")), "{:?}", swapped.remarks);
    }
    assert_eq!(swapped.count(Verdict::Mismatch), 0, "{:#?}", swapped.claims);
}

/// A report in 万元 whose table, under “单位：万元”, gives bare figures: they stay 万元, and a figure in 元
/// said again in 万元 compares after conversion.
#[test]
fn bare_figures_under_a_caption_in_wan_stay_wan() {
    let text = "全年预算数236.40万元，本年支出合计224.58万元，其中公用经费186,300元（18.63万元），年末结转结余11.82万元。\n\
                表1 预算执行（单位：万元）\n项目\t全年预算数\t本年支出\t执行率\n合计\t236.40\t224.58\t95.00%\n\
                预算执行率＝224.58÷236.40×100%＝95.00%。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert!(audit.remarks.iter().all(|r| !r.contains("不同数字")), "{:?}", audit.remarks);
    assert!(verdicts(&audit, "budget_execution").iter().all(|(_, v)| *v == Verdict::Ok));
    // A bare figure with cents in a report that writes 万元 is not taken for 元.
    let mut figures = numbers::numbers("支出合计224.58万元，预算执行率＝224.58÷236.40×100%");
    numbers::read_bare_yuan("支出合计224.58万元，预算执行率＝224.58÷236.40×100%", &mut figures);
    assert_eq!(figures[1].value.to_string(), "224.58");
}

/// A report that gives all its money in 元 (bare figures with cents are 元) and then its score table: the
/// table's 分值 and 得分 are points all the same, and its 总分 is the sum of its rows as written.
#[test]
fn a_score_table_in_a_report_in_yuan_scores_points_not_yuan() {
    let text = |total: &str| {
        format!(
            "某区档案馆2024年度部门整体支出绩效自评报告\n全年预算数3,186,450.00元，全年支出3,052,118.40元，结余134,331.60元。\n\
             执行率＝3052118.40÷3186450.00×100%＝95.78%。\n\
             一级指标\t二级指标\t三级指标\t分值\t得分\n\
             决策\t预算编制\t预算编制科学性\t20\t18.25\n\
             过程\t预算执行\t预算执行率\t30\t28.73\n\
             产出\t产出数量\t档案数字化完成率\t30\t29.50\n\
             效益\t社会效益\t查档服务满意度\t20\t19\n\
             总分\t\t\t100\t{total}\n\
             自评得分{total}分，等级为“优”。\n"
        )
    };
    let right = audit(&text("95.48"));
    assert!(marks(&right, "score_total").iter().all(|v| *v == Verdict::Ok), "{:#?}", right.claims);
    assert!(right.claims.iter().any(|c| c.id == "score_total" && c.detail.contains("总分95.48分=决策18.25分+过程28.73分")), "{:#?}", right.claims);
    let wrong = audit(&text("96.48"));
    let slips: Vec<&Claim> = wrong.claims.iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert!(!slips.is_empty() && slips.iter().all(|c| c.id == "score_total" && c.detail.contains("之和为95.48分")), "{slips:#?}");
    // The money is still read in 元: the rate on it is right.
    assert!(marks(&right, "budget_execution").iter().all(|v| *v == Verdict::Ok), "{:#?}", right.claims);
}

/// A score table a 第三方 writes, by 一级指标 with 分值 / 得分 / 扣分 / 扣分原因: its 合计 row, one cell short of
/// the words column, is read column by column — 分值 with 分值, 得分 with 得分, 扣分 with 扣分 — and each
/// row's 扣分 is its 分值 less its 得分.
#[test]
fn a_score_table_with_deductions_and_their_reasons_is_read_column_by_column() {
    let table = |output_lost: &str| {
        format!(
            "三、评价结论\n经综合评价，该中心得分为90分。\n一级指标\t分值\t得分\t扣分\t扣分原因\n决策\t15\t13\t2\t绩效目标不够细化\n过程\t25\t22.5\t2.5\t个别合同未按期验收\n产出\t35\t32.5\t{output_lost}\t培训场次未达计划\n效益\t25\t22\t3\t回访记录不全\n合计\t100\t90\t10\n"
        )
    };
    let right = audit(&table("2.5"));
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
    assert!(right.claims.iter().any(|c| c.id == "score_total" && c.stated == "90" && c.verdict == Verdict::Ok), "{:#?}", right.claims);
    assert!(right.claims.iter().any(|c| c.id == "table_total" && c.stated == "10" && c.verdict == Verdict::Ok), "{:#?}", right.claims);
    assert_eq!(marks(&right, "score_total").iter().filter(|v| **v == Verdict::Ok).count(), 5, "four rows' 扣分 and the total: {:#?}", right.claims);
    let wrong = audit(&table("1.5"));
    let slips: Vec<&Claim> = wrong.claims.iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert!(slips.iter().any(|c| c.id == "score_total" && c.stated == "1.5" && c.detail.contains("应为2.5分")), "{slips:#?}");
    assert!(slips.iter().any(|c| c.id == "table_total" && c.stated == "10" && c.detail.contains("之和为9.0")), "{slips:#?}");
    assert!(!slips.iter().any(|c| c.stated == "90"), "the 得分 total is right: {slips:#?}");
    // Points taken off written with their sign are the same points.
    let signed = audit("一级指标\t分值\t得分\t扣分\t扣分原因\n决策\t40\t38\t-2\t目标不够细化\n产出\t60\t57\t-3\t进度滞后\n合计\t100\t95\t-5\n");
    assert!(!signed.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", signed.claims);
    assert_eq!(marks(&signed, "score_total").iter().filter(|v| **v == Verdict::Ok).count(), 3, "{:#?}", signed.claims);
}

/// “比上年增长…（2022年总支出…）”: last year's amount in brackets after the rate, named by its year.
#[test]
fn last_years_amount_in_brackets_named_by_its_year() {
    let text = |rate: &str| format!("2023年度部门整体支出绩效自评报告\n全年总支出520.00万元，比上年增长{rate}（2022年总支出480.00万元），主要是新增培训项目。");
    assert_eq!(marks(&audit(&text("8.33%")), "growth"), vec![Verdict::Ok]);
    assert_eq!(marks(&audit(&text("3.83%")), "growth"), vec![Verdict::Mismatch]);
    // A year that is not the one before the report's names no base of this change.
    let other = "2023年度部门整体支出绩效自评报告\n全年总支出520.00万元，比上年增长3.83%（2021年总支出480.00万元）。";
    assert!(marks(&audit(other), "growth").is_empty());
}

/// A rate in an indicator table's result cell with its ratio in brackets (“92.31%（12/13）”): the ratio is its
/// formula, and its figures must be the report's own.
#[test]
fn a_rate_with_its_ratio_in_brackets_is_judged_on_the_reports_figures() {
    let text = |cell: &str| format!("核定编制13名，年末实有在职人员12人。\n一级指标\t三级指标\t目标值\t实际完成值\t分值\t得分\n投入\t在职人员控制率\t≤100%\t{cell}\t5\t5\n");
    let right = audit(&text("92.31%（12/13）"));
    assert_eq!(marks(&right, "staff_control"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("85.71%（12/14）"));
    assert_eq!(marks(&wrong, "staff_control"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// 编制 after a verb on posts (“核减编制…名”, an 编办's work across the county) or as the budget's drafting in a
/// score table (“预算编制\t18”) is no head count of the unit: its own 编制 stands, checked on its types.
#[test]
fn posts_taken_back_and_a_budgets_drafting_are_no_head_count() {
    let report = "一、基本情况\n核定编制12名，其中行政编制10名、工勤编制2名；实有在编11人。\n\
                  全年完成8个单位机构编制评估，核减编制23名，收回空编15名。\n\
                  评价指标\t得分\n预算编制\t9\n预算执行\t18\n";
    let audit = audit(report);
    assert_eq!(marks(&audit, "quota"), [Verdict::Ok], "{:#?}", audit.claims);
    assert!(audit.remarks.iter().all(|r| !r.contains("编制数")), "{:?}", audit.remarks);
}

/// “本年支出合计…万元，其中：…。本年支出比上年…万元增长…%”: the change's subject names the total of the sentence
/// before without its 合计; the rate is judged on that total, not on the last part listed.
#[test]
fn a_growth_whose_subject_names_the_total_before_without_its_total_word() {
    let text = |rate: &str| audit(&format!("2021年本年支出合计386.40万元，其中：人员经费230.10万元、公用经费41.30万元、项目支出115.00万元。\n本年支出比上年352.60万元增长{rate}。"));
    assert_eq!(marks(&text("9.59%"), "growth"), [Verdict::Ok]);
    let wrong = text("8.59%");
    assert_eq!(marks(&wrong, "growth"), [Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "growth")[0].detail.contains("应为增长9.59%"), "{:#?}", wrong.claims);
}

/// “其中：人员经费…，对个人和家庭的补助…，公用经费…”: the subsidies listed beside the two are a third part of
/// 基本支出 (SPEC §11: a total is checked against every part the text gives); listed as 人员经费's own 经济分类
/// (工资福利支出…和对个人和家庭的补助…), they lie in it and are not counted twice.
#[test]
fn subsidies_listed_beside_personnel_and_public_spending_are_a_part_of_basic_spending() {
    let beside = |basic: &str| audit(&format!("1.基本支出{basic}万元。其中：人员经费250.00万元，对个人和家庭的补助12.50万元，公用经费37.50万元。\n"));
    let right = beside("300.00");
    assert!(!marks(&right, "basic").is_empty() && marks(&right, "basic").iter().all(|v| *v == Verdict::Ok), "{:#?}", right.claims);
    assert!(claims(&right, "basic")[0].detail.contains("对个人和家庭的补助12.5万元"), "{:#?}", right.claims);
    let wrong = beside("305.00");
    assert!(marks(&wrong, "basic").contains(&Verdict::Mismatch), "{:#?}", wrong.claims);
    let within = |basic: &str| {
        audit(&format!("1.基本支出{basic}万元。其中人员经费250.00万元，主要为工资福利支出237.50万元和对个人和家庭的补助12.50万元；公用经费50.00万元。\n"))
    };
    assert_eq!(marks(&within("300.00"), "basic"), [Verdict::Ok], "{:#?}", within("300.00").claims);
    assert_eq!(marks(&within("312.50"), "basic"), [Verdict::Mismatch]);
}

/// “按经济分类，基本支出中工资福利支出…、商品和服务支出…”: 中 opens the parts of 基本支出; each figure is a
/// part's, not 基本支出 stated again.
#[test]
fn figures_after_basic_spending_zhong_are_its_parts_not_itself() {
    let report = |basic: &str| {
        audit(&format!(
            "1.基本支出{basic}万元。其中：人员经费186.00万元，公用经费24.00万元。\n按经济分类，基本支出中工资福利支出177.00万元、商品和服务支出24.00万元、对个人和家庭的补助9.00万元。\n"
        ))
    };
    let right = report("210.00");
    assert_eq!(marks(&right, "basic"), [Verdict::Ok], "{:#?}", right.claims);
    assert!(right.claims.iter().all(|c| c.verdict != Verdict::Mismatch), "{:#?}", right.claims);
    assert_eq!(marks(&report("215.00"), "basic"), [Verdict::Mismatch]);
}

/// “…“三公”经费预算…，上年预算…；上年实际支出…，本年比上年下降…”: the change is the “三公” spending's, the
/// subject of the whole sentence, not the unit's; where it is not known, no claim rather than a guess.
#[test]
fn a_change_in_a_sangong_sentence_is_of_the_sangong_spending() {
    let report = |rate: &str, items: &str| {
        audit(&format!(
            "全年支出合计820.00万元，其中基本支出600.00万元，项目支出220.00万元。\n3.“三公”经费支出4.50万元{items}。“三公”经费预算5.20万元，上年预算5.60万元；上年实际支出5.00万元，本年比上年下降{rate}。\n"
        ))
    };
    let items = "，其中：公务接待费1.20万元，公务用车运行维护费3.30万元";
    assert_eq!(marks(&report("10.00%", items), "growth"), [Verdict::Ok]);
    let wrong = report("12.00%", items);
    assert_eq!(marks(&wrong, "growth"), [Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "growth")[0].detail.contains("应为下降10.00%"), "{:#?}", wrong.claims);
    assert!(!claims(&wrong, "growth")[0].detail.contains("820"), "{:#?}", wrong.claims);
}

/// “0.0412亿元（411.63万元）”: the 亿元 figure is the rounded one, so the 万元 figure within half its last digit
/// agrees; one beyond is marked, and the reader told what it should be near.
#[test]
fn a_figure_in_yi_yuan_restated_finer_in_wan_yuan_is_judged_at_its_own_digits() {
    let report = |wan: &str| audit(&format!("年末资产总额0.0412亿元（{wan}万元），其中固定资产原值200.00万元。\n"));
    assert_eq!(marks(&report("411.63"), "restated"), [Verdict::Ok]);
    let wrong = report("418.63");
    assert_eq!(marks(&wrong, "restated"), [Verdict::Mismatch]);
    assert_eq!(claims(&wrong, "restated")[0].detail, "0.0412亿元折合应约为412万元，报告写418.63万元");
}

/// “…调整后预算X，加上年结转Y，全年预算数X+Y”: the 调整后预算 is the budget before the carry-over — checked on
/// 年初 + 追加 − 调减, and the 全年预算数, the rates and the funds balance on the year's budget. Read as the
/// 全年预算数 it made a correct report's budget, balance and rates look wrong.
#[test]
fn a_budget_adjusted_before_the_carryover_is_not_the_years_budget() {
    let text = |adjusted: &str| {
        format!(
            "2022年度。年初预算500.00万元，年中追加80.00万元，调减20.00万元，调整后预算{adjusted}万元，加上年结转40.00万元，全年预算数600.00万元。\
             全年支出合计580.00万元，年末结转结余20.00万元。预算执行率=580.00÷600.00×100%=96.67%。结转结余率=20.00÷600.00×100%=3.33%。"
        )
    };
    let right = audit(&text("560.00"));
    assert!(!right.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", right.claims);
    assert_eq!(verdicts(&right, "adjusted_budget"), vec![("调整后预算560.00万元".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    assert_eq!(marks(&right, "annual_budget"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(!right.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", right.remarks);
    // The slip is the 调整后预算's own sum; the year's budget and its rates stay right.
    let wrong = audit(&text("570.00"));
    let adjusted = claims(&wrong, "adjusted_budget");
    assert_eq!(adjusted.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(adjusted[0].detail.contains("年初预算500万元+年中追加80万元−年中调减20万元") && adjusted[0].detail.contains("相差10万元"), "{}", adjusted[0].detail);
    assert_eq!(marks(&wrong, "annual_budget"), vec![Verdict::Ok], "{:#?}", wrong.claims);
    assert_eq!(marks(&wrong, "budget_execution"), vec![Verdict::Ok], "{:#?}", wrong.claims);
    assert_eq!(marks(&wrong, "carryover_rate"), vec![Verdict::Ok], "{:#?}", wrong.claims);
}

/// “调整后全年预算…，加上年结转…，全年可用资金…” with its sources listed after: the budget before the carry-over
/// is named with 全年预算 in it; an 其他收入 among the sources is inside it, not one more part of the year's funds.
#[test]
fn a_whole_years_budget_named_as_adjusted_is_the_budget_before_the_carryover() {
    let text = |adjusted: &str| {
        format!(
            "2023年度。年初预算820.00万元，年中追加预算150.00万元，调减预算30.00万元，调整后全年预算{adjusted}万元，加上年\n结转62.50万元，全年可用资金1,002.50万元。\n\
             按资金来源划分：一般公共预算拨款880.00万元，其他收入60.00万元。全年支出合计985.30万元，年末结转结余17.20万元。\n\
             预算执行率＝支出合计985.30万元÷全年预算数1,002.50万元×100%＝98.28%。\n"
        )
    };
    let right = audit(&text("940.00"));
    assert!(!right.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", right.claims);
    assert_eq!(marks(&right, "adjusted_budget"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert_eq!(marks(&right, "annual_budget"), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("950.00"));
    assert_eq!(marks(&wrong, "adjusted_budget"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert_eq!(marks(&wrong, "budget_execution"), vec![Verdict::Ok], "{:#?}", wrong.claims);
}

/// The same account with the year's funds told as its income (“调整后预算…；上年结转…。全年收入合计…”): the
/// 调整后预算 and the carry-over make the income, so the funds balance stands on the income, not on the
/// 调整后预算 (which left the carry-over out of the balance).
#[test]
fn a_budget_adjusted_before_the_carryover_that_makes_the_income_leaves_the_balance_alone() {
    let text = |income: &str| {
        format!(
            "2021年度。年初预算300.00万元，年中追加25.00万元，年中调减5.00万元，调整后预算320.00万元；上年结转15.00万元。全年收入合计{income}万元。\
             全年支出合计330.00万元，年末结转结余5.00万元。"
        )
    };
    let right = audit(&text("335.00"));
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
    assert_eq!(marks(&right, "adjusted_budget"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(!right.claims.iter().any(|c| c.id == "annual_budget"), "{:#?}", right.claims);
    // An income the two do not make is no account of them: the 调整后预算 stays the year's budget, read as
    // before (and short of its parts with the carry-over, it is marked).
    let apart = audit(&text("345.00"));
    assert!(claims(&apart, "adjusted_budget").is_empty(), "{:#?}", apart.claims);
    assert_eq!(marks(&apart, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", apart.claims);
}

/// A 调整后预算 stated alone is the year's budget, as many reports mean it: judged as the 全年预算数.
#[test]
fn a_budget_adjusted_with_no_carryover_after_it_stays_the_years_budget() {
    let right = audit("2023年度。年初预算210.00万元，年中追加30.00万元，调减6.00万元，调整后预算234.00万元。全年支出合计230.00万元，年末结转结余4.00万元。");
    assert_eq!(verdicts(&right, "annual_budget"), vec![("调整后预算234.00万元".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    assert!(claims(&right, "adjusted_budget").is_empty(), "{:#?}", right.claims);
    let wrong = audit("2023年度。年初预算210.00万元，年中追加30.00万元，调减6.00万元，调整后预算244.00万元。全年支出合计230.00万元，年末结转结余4.00万元。");
    assert_eq!(marks(&wrong, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    // Nothing carried over: the 调整后预算 and the 全年预算数 are one figure, both the year's budget.
    let none_carried = audit("2023年度。年初预算210.00万元，年中追加30.00万元，调减6.00万元，调整后预算234.00万元，上年结转0.00万元，全年预算数234.00万元。");
    assert_eq!(marks(&none_carried, "annual_budget"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", none_carried.claims);
    assert!(claims(&none_carried, "adjusted_budget").is_empty(), "{:#?}", none_carried.claims);
}

/// The projects' budgets (“项目支出共3个，年初预算合计…，调整后预算合计…”, “项目年初预算…，调整后预算…”, a
/// project's own 年初预算 in the lines under its name) are theirs: no second 年初预算 or 全年预算数 of the unit's
/// to doubt the unit's rates by.
#[test]
fn the_projects_budgets_are_not_the_units() {
    let unit = "2022年度。年初预算800.00万元，年中追加100.00万元，调减20.00万元，调整后预算880.00万元，加上年结转30.00万元，全年预算数910.00万元。\
                全年支出合计900.00万元，年末结转结余10.00万元。预算调整率=（100.00+20.00）÷800.00×100%=15.00%。预算执行率=900.00÷910.00×100%=98.90%。";
    for projects in [
        "项目支出共3个，年初预算合计260.00万元，调整后预算合计310.00万元，执行305.00万元。",
        "项目支出305.00万元。项目年初预算260.00万元，调整后预算310.00万元。",
        "\n1．乡村文化站建设项目：调整后预算90.00万元，支出88.00万元。年初预算110.00万元，年中调减20.00万元。\n",
    ] {
        let audit = audit(&format!("{unit}{projects}"));
        assert!(!audit.claims.iter().any(|c| c.verdict != Verdict::Ok), "{projects}: {:#?}", audit.claims);
        assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "{projects}: {:?}", audit.remarks);
        assert_eq!(marks(&audit, "budget_execution"), vec![Verdict::Ok], "{projects}");
    }
}

/// A project table copied from a PDF, its rows broken inside a cell and before the last one.
const BROKEN_ROWS: &str = "（二）支出情况\n全年支出2,000.00万元，其中基本支出597.83万元，项目支出1,402.17万元。各项目执行情况如下：\n序号\t项目名称\t年初预算\t调整后预算\t执行数\t执行率\n1\t农村公路养护\t800.00\t850.00\t836\n.42\t98.40%\n2\t桥梁检测\t400.00\t420.00\t411.25\n\t97.92%\n3\t道路应急抢修\t160.00\t160.00\t154.5\n0\t96.56%\n合计\t\t1,360.00\t1,430.00\t1,402.17\t98.\n05%\n";

#[test]
fn a_project_table_whose_rows_the_copy_broke_is_summed_whole() {
    let right = audit(BROKEN_ROWS);
    let projects = claims(&right, "projects");
    assert!(!projects.is_empty() && projects.iter().all(|c| c.verdict == Verdict::Ok), "{projects:?}");
    assert!(projects[0].detail.contains("农村公路养护836.42万元") && projects[0].detail.contains("桥梁检测411.25万元"), "{}", projects[0].detail);
    let rates = verdicts(&right, "project.execution");
    assert_eq!(rates.len(), 4, "{rates:?}");
    assert!(rates.iter().all(|(_, v)| *v == Verdict::Ok), "{rates:?}");

    // A row's figure slipped: the total no longer adds up, and the row is named.
    let wrong = audit(&BROKEN_ROWS.replace("411.25\n", "401.25\n"));
    let total = claims(&wrong, "projects").into_iter().find(|c| c.stated == "1,402.17").expect("the table's total is read");
    assert_eq!(total.verdict, Verdict::Mismatch);
    assert!(total.detail.contains("桥梁检测401.25万元") && total.detail.contains("1392.17"), "{}", total.detail);
}

/// “全年收入…，其中上年结转C，当年收入Y…调整后预算Y”, and the carry-over written otherwise once in a
/// formula: the carry-over the income settles is the one the 调整后预算 stands beside — the 调整后预算 is the
/// budget before it, not a 全年预算数 short of the carry-over.
#[test]
fn a_budget_adjusted_before_a_carryover_written_twice_is_not_the_years_budget() {
    let text = |carried: &str| {
        format!(
            "2022年度。全年收入805.00万元，其中上年结转25.00万元，当年收入780.00万元。年初预算700.00万元，年中追加90.00万元，调减10.00万元，调整后预算780.00万元。\
             全年支出790.00万元，年末结转结余15.00万元。预算执行率＝支出790.00万元÷（上年结转{carried}万元＋调整后预算780.00万元）×100%＝98.14%。"
        )
    };
    let right = audit(&text("25.00"));
    assert!(!right.claims.iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", right.claims);
    let wrong = audit(&text("52.00"));
    assert_eq!(marks(&wrong, "adjusted_budget"), vec![Verdict::Ok], "{:#?}", wrong.claims);
    assert!(!wrong.claims.iter().any(|c| c.id == "annual_budget" && c.verdict == Verdict::Mismatch), "{:#?}", wrong.claims);
    assert_eq!(marks(&wrong, "budget_execution"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(wrong.remarks.iter().any(|r| r.contains("上年结转") && r.contains("25")), "{:?}", wrong.remarks);
}

/// “预算执行率 |  | N%” in a row of its own under the score summary table: a rate stated like any other,
/// judged on the report's figures.
#[test]
fn a_rate_in_a_row_of_its_own_under_the_score_table_is_judged() {
    let text = |rate: &str| {
        format!(
            "2023年度。全年预算数400.00万元，全年支出合计390.00万元，年末结转结余10.00万元。预算执行率97.50%。\n综上，自评得分92.0分。\n\
             部门整体支出绩效自评得分汇总表\n一级指标\t分值\t得分\n决策\t20\t18.0\n过程\t30\t28.0\n产出\t30\t28.0\n效益\t20\t18.0\n合计\t100\t92.0\n\
             预算执行率\t\t{rate}\n（二）主要绩效目标完成情况\n"
        )
    };
    let right = audit(&text("97.50%"));
    assert_eq!(marks(&right, "budget_execution"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&text("100%"));
    assert_eq!(verdicts(&wrong, "budget_execution"), vec![("预算执行率97.50%".to_string(), Verdict::Ok), ("100%".to_string(), Verdict::Mismatch)], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "budget_execution")[1].detail.contains("97.50%"), "{:#?}", wrong.claims);
}

/// “公用经费35.50万元” among the 基本支出's parts, “实际支出35.05万元” of it later: a 0 swapped with the digit beside
/// it is a slip of the pen like any other swap, marked where it stands.
#[test]
fn a_figure_with_a_zero_swapped_is_wrong_where_it_stands() {
    let report = |spent: &str| {
        audit(&format!(
            "2023年度。基本支出150.00万元，其中人员经费114.50万元，公用经费35.50万元。\n公用经费预算36.00万元，实际支出{spent}万元，公用经费控制率98.61%。\n"
        ))
    };
    let right = report("35.50");
    assert!(claims(&right, "restated_figure").is_empty() && right.remarks.is_empty(), "{:#?} {:?}", right.claims, right.remarks);
    let wrong = report("35.05");
    let marked = claims(&wrong, "restated_figure");
    assert_eq!(marked.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(marked[0].detail.contains("写公用经费35.05万元") && marked[0].detail.contains("此处应为35.5万元"), "{}", marked[0].detail);
}

/// “经营收入…万元，为场馆租赁收入，较上年…万元增长…%”: last year's figure set beside a part of the income
/// is no further part of it — the parts add up, and a total that differs from them is still caught.
#[test]
fn last_years_figure_beside_a_part_is_no_part() {
    let report = |income: &str| {
        audit(&format!(
            "2023年度。\n（一）收入\n本年收入{income}万元。其中财政拨款收入700.00万元；经营收入260.50万元，为场馆租赁收入，较上年230.00万元增长13.26%；其他收入20.00万元。\n"
        ))
    };
    let right = report("980.50");
    assert_eq!(verdicts(&right, "income"), vec![("本年收入980.50万元".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = report("990.50");
    let income = claims(&wrong, "income");
    assert_eq!(income.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(income[0].detail.contains("980.5万元") && !income[0].detail.contains("230"), "{}", income[0].detail);
}

/// A table in 元 of the 基本支出's kinds, one figure a row, closed by “基本支出合计”: that row is the 基本支出 — no
/// second 支出合计 made of it, nor one wrong against the 基本支出 and 项目支出; a 基本支出合计 that differs is caught.
#[test]
fn a_basic_spending_total_row_in_yuan_is_the_basic_spending() {
    let report = |total: &str| {
        audit(&format!(
            "2022年度。\n（二）支出\n本年支出1,052.30万元，其中基本支出402.30万元，项目支出650.00万元。\n基本支出经济分类明细（单位：元）\t\n科目名称\t决算数\n\
             工资福利支出\t3,210,000.00\n  其中：基本工资\t1,100,000.00\n        津贴补贴\t2,110,000.00\n商品和服务支出\t813,000.00\n\
             基本支出合计\t{total}\n\n本年项目支出650.00万元。\n"
        ))
    };
    let right = report("4,023,000.00");
    assert_eq!(right.count(Verdict::Mismatch), 0, "{:#?}", right.claims);
    assert!(right.remarks.is_empty(), "{:?}", right.remarks);
    assert_eq!(verdicts(&right, "spend"), vec![("本年支出1,052.30万元".to_string(), Verdict::Ok)]);
    let wrong = report("4,032,000.00");
    let basic: Vec<_> = claims(&wrong, "basic").into_iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert_eq!(basic.len(), 1, "{:#?}", wrong.claims);
    assert!(basic[0].stated.starts_with("基本支出合计") && basic[0].detail.contains("4,023,000.00"), "{}", basic[0].detail);
    assert!(claims(&wrong, "spend").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", wrong.claims);
}

/// A “三公” spending its items contradict is the slip, marked where it stands; the control rate is right on the
/// items (so said) as on the stated figure, and wrong on both is still wrong.
#[test]
fn a_sangong_rate_on_the_items_when_they_reject_the_stated_total() {
    let report = |rate: &str| {
        audit(&format!(
            "2024年度。\n（三）“三公”经费\n“三公”经费预算6.00万元，全年“三公”经费支出5.10万元，其中公务用车运行维护费3.20万元、公务接待费1.40万元；因公出国（境）费为零。“三公”经费控制率{rate}。\n"
        ))
    };
    for rate in ["76.67%", "85.00%", "79.00%"] {
        let audit = report(rate);
        let sangong = claims(&audit, "sangong");
        assert!(sangong.iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("4.6万元")), "{rate}: {:#?}", audit.claims);
        let control = claims(&audit, "sangong_control");
        assert_eq!(control.len(), 1, "{rate}: {:#?}", audit.claims);
        let on_items = control[0].notes.iter().any(|n| n.contains("“三公”经费支出与其所列各项之和不符") && n.contains("按各项之和相符"));
        match rate {
            "76.67%" => assert!(control[0].verdict == Verdict::Ok && on_items && control[0].detail.contains("4.60万元"), "{:#?}", control[0]),
            "85.00%" => assert!(control[0].verdict == Verdict::Ok && !on_items, "{:#?}", control[0]),
            _ => assert_eq!(control[0].verdict, Verdict::Mismatch, "{:#?}", control[0]),
        }
    }
}

/// A “三公” rate whose own formula takes the items' sum where the text states another “三公” spending: the
/// formula's figure contradicts the stated one, a finding at the rate as well as at the total.
#[test]
fn a_sangong_formula_on_the_items_beside_another_stated_total_is_marked() {
    let audit = audit(
        "2024年度。\n（三）“三公”经费\n“三公”经费预算6.00万元，全年“三公”经费支出5.10万元，其中公务用车运行维护费3.20万元、公务接待费1.40万元；因公出国（境）费为零。\n“三公”经费控制率=4.60/6.00×100%=76.67%。\n",
    );
    assert!(claims(&audit, "sangong").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", audit.claims);
    assert_eq!(claims(&audit, "sangong_control").iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", audit.claims);
}

/// A “三公” total written with two neighbouring digits of its items' sum swapped (“5.52” for 4.10+1.15=5.25): the total is the slip, marked where it stands; a control rate whose formula takes
/// the sum the items bear out took the right figure — 相符, with a note. (A sum the total differs from otherwise,
/// 5.10 for 4.60, leaves the formula on the items a finding: see the test above.)
#[test]
fn a_sangong_formula_on_the_items_sum_its_total_mistypes_is_right() {
    let text = |formula: &str| {
        format!(
            "2023年度。\n（二）“三公”经费\n“三公”经费支出5.52万元，其中公务用车运行维护费4.10万元、公务接待费1.15万元，未发生因公出国（境）费。\n\
             “三公”经费预算6.00万元。“三公”经费控制率={formula}。\n"
        )
    };
    let right = audit(&text("5.25÷6.00×100%=87.50%"));
    assert_eq!(verdicts(&right, "sangong").iter().map(|(_, v)| *v).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", right.claims);
    let control = claims(&right, "sangong_control");
    assert!(control.len() == 1 && control[0].verdict == Verdict::Ok, "{:#?}", right.claims);
    assert!(control[0].notes.iter().any(|n| n.contains("按各项之和相符")), "{:#?}", control[0]);
}

/// A 预算执行率 the sentence names on the 财政拨款 alone is judged on the 财政拨款 figures its line gives:
/// the whole funds' rate written there is wrong, though it is right for the whole funds; with no 财政拨款
/// figures to judge it on, it is not claimed at all.
#[test]
fn an_execution_rate_named_on_the_fiscal_funds_is_judged_on_them() {
    let text = |line: &str| {
        format!("2024年度。本年收入合计620.00万元，其中财政拨款收入500.00万元，事业收入120.00万元；上年结转80.00万元。全年预算数700.00万元，支出合计650.00万元，年末结转结余50.00万元。\n{line}\n")
    };
    let said = |rate: &str| text(&format!("1.财政拨款：全年财政拨款预算500.00万元，财政拨款支出480.00万元。按财政拨款口径计算，预算执行率为{rate}。"));
    let right = audit(&said("96.00%"));
    assert_eq!(verdicts(&right, "budget_execution"), vec![("预算执行率为96.00%".to_string(), Verdict::Ok)]);
    let whole_funds = audit(&said("92.86%"));
    let execution = claims(&whole_funds, "budget_execution");
    assert_eq!(execution[0].verdict, Verdict::Mismatch, "{}", execution[0].detail);
    assert!(execution[0].detail.contains("应为96.00%"), "{}", execution[0].detail);

    // The budget summed in a formula, its parts before the sum: the sum is the budget.
    let summed = audit(&text("按财政拨款资金计算执行率：财政拨款全年预算数＝上年结转20.00万元＋年初预算460.00万元＋年中追加20.00万元＝500.00万元；财政拨款支出480.00万元；预算执行率为96.00%。"));
    assert_eq!(verdicts(&summed, "budget_execution"), vec![("预算执行率为96.00%".to_string(), Verdict::Ok)]);

    let unsaid = audit(&text("按财政拨款口径计算，预算执行率为92.86%。"));
    assert_eq!(verdicts(&unsaid, "budget_execution"), vec![]);
}

/// “全年预算数由上年结转…、年初预算…和年中追加…组成”: the budget is those parts alone; the kinds of income the
/// account of income lists are within the 年初预算, not funds added beside it.
#[test]
fn a_budget_said_to_be_made_of_its_parts_adds_no_income_beside_them() {
    let text = |rate: &str| {
        format!("2024年度。本年收入合计900.00万元，其中：财政拨款收入300.00万元，经营收入560.00万元，其他收入40.00万元。上年结转100.00万元。本年支出920.00万元，年末结转结余80.00万元。\n全年预算数由上年结转100.00万元、年初预算850.00万元和年中追加50.00万元组成。按全部资金口径（含上年结转）计算，预算执行率为{rate}。\n")
    };
    assert_eq!(verdicts(&audit(&text("92.00%")), "budget_execution"), vec![("预算执行率为92.00%".to_string(), Verdict::Ok)]);
    let without_carryover = audit(&text("102.22%"));
    let execution = claims(&without_carryover, "budget_execution");
    assert_eq!(execution[0].verdict, Verdict::Mismatch, "{}", execution[0].detail);
    assert!(execution[0].detail.contains("应为92.00%"), "{}", execution[0].detail);
}

/// “经营收入是…来源，占本年收入的…，比上年…增长…”: a change whose sentence opens on an income's name, with
/// clauses of no amount before the comparison, is of the amount the sentence before states under that name.
#[test]
fn a_change_of_an_income_named_at_the_sentence_opening_is_judged_on_its_amount() {
    let text = |rate: &str| {
        format!("2024年度。本年收入合计1,000.00万元，其中：财政拨款收入250.00万元，经营收入720.00万元，其他收入30.00万元；另有上年结转45.00万元。经营收入是中心主要资金来源，占本年收入的72.00%，比上年640.00万元增长{rate}，主要是业务量增加。")
    };
    assert_eq!(verdicts(&audit(&text("12.50%")), "growth"), vec![("比上年640.00万元增长12.50%".to_string(), Verdict::Ok)]);
    assert_eq!(verdicts(&audit(&text("13.75%")), "growth"), vec![("比上年640.00万元增长13.75%".to_string(), Verdict::Mismatch)]);
}

/// A table of spending by 科目 (“经济分类科目 | 金额”, “科目 | 基本支出 | 项目支出”) is read for its 合计 row:
/// each column must be the sum of the rows above it.
#[test]
fn a_table_by_subject_sums_each_column_to_its_total_row() {
    let one = |capital: &str| {
        format!("2024年度。\n项目支出按经济分类（单位：元）\n经济分类科目\t金额\n商品和服务支出\t830,000.00\n资本性支出\t{capital}\n项目支出合计\t1,250,000.00\n")
    };
    assert_eq!(verdicts(&audit(&one("420,000.00")), "table_total"), vec![("1,250,000.00".to_string(), Verdict::Ok)]);
    assert_eq!(verdicts(&audit(&one("520,000.00")), "table_total"), vec![("1,250,000.00".to_string(), Verdict::Mismatch)]);

    let two = |goods: &str| {
        format!("2024年度。\n支出按经济分类（单位：元）\n科目\t基本支出\t项目支出\n工资福利支出\t5310000.00\t0.00\n商品和服务支出\t{goods}\t760000.00\n资本性支出\t0.00\t390000.00\n合计\t6480000.00\t1150000.00\n")
    };
    let right = audit(&two("1170000.00"));
    assert_eq!(verdicts(&right, "table_total"), vec![("6480000.00".to_string(), Verdict::Ok), ("1150000.00".to_string(), Verdict::Ok)]);
    let wrong = audit(&two("1710000.00"));
    assert_eq!(verdicts(&wrong, "table_total"), vec![("6480000.00".to_string(), Verdict::Mismatch), ("1150000.00".to_string(), Verdict::Ok)]);
}

/// Scores listed with “财务管理” beside “资产管理” are a total's parts like any other; a list of the points
/// each part lost (“其中扣分项为：…”) is none.
#[test]
fn a_score_list_with_financial_management_sums_to_its_total_and_a_list_of_deductions_does_not() {
    let said = |total: &str| format!("2024年度。\n自评各项得分为：预算编制8分，预算执行19分，财务管理14分，资产管理9.5分，履职产出24分，履职效益17.5分，合计{total}分，等级为“优”。\n");
    assert_eq!(verdicts(&audit(&said("92")), "score_total").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Ok]);
    assert_eq!(verdicts(&audit(&said("93")), "score_total").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Mismatch]);

    let deductions = audit("2024年度。\n总得分93分，等级为“优”。其中扣分项为：预算编制2分（预算调整较多）、财务管理1分（凭证不全）、履职产出2分、履职效益1分、满意度1分。\n");
    assert_eq!(verdicts(&deductions, "score_total"), vec![]);
}

/// Staff managed as civil servants (参公) are of the 行政 type, in post as in 编制: a unit counting its people
/// that way is checked on them — and a slip in its list is found.
#[test]
fn staff_managed_as_civil_servants_are_the_administrative_ones() {
    let report = |admin: &str| format!("2024年度。局核定编制22个，其中参照公务员法管理编制12个、事业编制8个、工勤编制2个；实有在编人员20人，其中参公人员{admin}人、事业人员7人、工勤人员2人。\n在职人员控制率：实有在编人员20人，核定编制22个，控制率90.91%。");
    let right = audit(&report("11"));
    assert_eq!(right.count(Verdict::Unverifiable), 0, "{:#?}", right.claims);
    let staff = claims(&right, "staff");
    assert!(!staff.is_empty() && staff.iter().all(|c| c.verdict == Verdict::Ok), "{staff:#?}");
    assert!(staff[0].detail.contains("参公人员11人+事业人员7人+工勤人员2人"), "{}", staff[0].detail);
    let wrong = audit(&report("12"));
    let staff = claims(&wrong, "staff");
    assert!(staff.iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("各项之和为21人")), "{staff:#?}");
}

/// “…万元在用” after the amount, and “实际完成采购…万元”: the assets in use and the purchases made, so the rates
/// on them are checked rather than left to the reviewer.
#[test]
fn assets_in_use_said_after_the_amount_and_purchases_completed_are_read() {
    let report = |utilisation: &str, procurement: &str| {
        format!("2024年度。政府采购预算46.00万元，实际完成采购45.10万元，执行率{procurement}。年末单位固定资产306.20万元在用，固定资产总额311.75万元，固定资产利用率{utilisation}。")
    };
    let right = audit(&report("98.22%", "98.04%"));
    assert_eq!(verdicts(&right, "fixed_asset_utilization"), vec![("固定资产利用率98.22%".into(), Verdict::Ok)], "{:#?}", right.claims);
    assert_eq!(verdicts(&right, "procurement_execution").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Ok]);
    let wrong = audit(&report("99.22%", "98.40%"));
    assert_eq!(verdicts(&wrong, "fixed_asset_utilization").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Mismatch]);
    assert_eq!(verdicts(&wrong, "procurement_execution").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Mismatch]);
}

/// Last year's “三公” budget and spending stated after this year's: the control rate is this year's, checked
/// on this year's spending, with no conflict of two spendings to leave it unchecked.
#[test]
fn last_years_sangong_spending_after_its_budget_is_last_years() {
    let report = |rate: &str| format!("2024年度。“三公”经费预算4.10万元，实际支出3.30万元。上年“三公”经费预算4.60万元，实际支出3.95万元。\n“三公”经费控制率为{rate}。");
    let right = audit(&report("80.49%"));
    assert_eq!(verdicts(&right, "sangong_control"), vec![("“三公”经费控制率为80.49%".into(), Verdict::Ok)], "{:#?}", right.claims);
    assert!(!right.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", right.remarks);
    let wrong = audit(&report("96.34%"));
    assert_eq!(verdicts(&wrong, "sangong_control").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Mismatch]);
}

/// “调整预算数为…，加上上年结转…，全年可用资金…”: the 调整预算数 is the budget before the carry-over, checked on
/// the year's adjustments; a slip in it is marked there once, and the year's funds said to follow from it.
#[test]
fn an_adjusted_budget_named_tiaozheng_yusuan_shu_is_checked_on_its_adjustments() {
    let report = |adjusted: &str, funds: &str| {
        format!("2024年度。全年年初预算1,520.00万元；年中追加230.50万元；年中调减18.30万元。调整预算数为{adjusted}万元，加上上年结转41.80万元，全年可用资金{funds}万元。")
    };
    let right = audit(&report("1,732.20", "1,774.00"));
    assert_eq!(verdicts(&right, "adjusted_budget").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Ok], "{:#?}", right.claims);
    assert_eq!(verdicts(&right, "annual_budget").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Ok]);
    let wrong = audit(&report("1,750.20", "1,792.00"));
    let adjusted = claims(&wrong, "adjusted_budget");
    assert_eq!(adjusted.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(adjusted[0].detail.contains("所列各项之和为1732.2万元"), "{}", adjusted[0].detail);
    let funds = claims(&wrong, "annual_budget");
    assert_eq!(funds.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::KnockOn], "one slip, marked once: {funds:#?}");
    assert!(funds[0].detail.contains("随之有误") && funds[0].detail.contains("应为1774万元"), "{}", funds[0].detail);
    assert!(funds[0].notes.iter().any(|n| n.contains("调整后预算写1750.2万元") && n.contains("不另计")), "{:?}", funds[0].notes);
    assert_eq!(wrong.count(Verdict::Mismatch), 1, "{:#?}", wrong.claims);
}

/// A score list one part a line, each “名（分值）：得分”, then the total: the total is checked on the parts.
#[test]
fn a_score_list_one_weighed_part_a_line_makes_the_total() {
    let report = |total: &str| format!("2024年度。\n本单位自评得分如下：\n决策（15分）：14分；\n过程（25分）：23.5分；\n产出（40分）：37分；\n效益（20分）：18分。\n总得分{total}分，评价等级为“优”。\n");
    let right = audit(&report("92.5"));
    assert_eq!(verdicts(&right, "score_total"), vec![("总得分92.5分".into(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&report("93.5"));
    let total = claims(&wrong, "score_total");
    assert_eq!(total.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{total:#?}");
    assert!(total[0].detail.contains("之和为92.5分"), "{}", total[0].detail);
}

/// A year-end balance written twice differently, the 全年预算数 less the 支出合计 giving one of them: a rate
/// worked on the other is wrong, not left to the reviewer.
#[test]
fn a_carryover_rate_on_the_balance_the_books_reject_is_wrong() {
    let report = |balance: &str, rate: &str| {
        format!("2024年度。全年预算数640.00万元，支出总额626.40万元。年末结转结余13.60万元。\n结转结余率＝年末结转结余{balance}万元÷全年预算数640.00万元×100%＝{rate}。")
    };
    let right = audit(&report("13.60", "2.13%"));
    assert_eq!(verdicts(&right, "carryover_rate").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&report("16.30", "2.55%"));
    let rate = claims(&wrong, "carryover_rate");
    assert_eq!(rate.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{rate:#?}");
    assert!(rate[0].detail.contains("应为2.13%") && rate[0].detail.contains("资金收支平衡"), "{}", rate[0].detail);
}

/// “预算完成率：（全年支出…/全年预算数…）×100%”: named after the 湖南 口径 but worked as the usual execution
/// rate, on the text's own figures — right as written, and a wrong result still wrong.
#[test]
fn a_completion_rate_worked_as_the_usual_execution_rate_is_judged_on_it() {
    let report = |rate: &str| {
        format!("2024年度。全年预算数335.00万元，其中上年结转5.00万元，年初预算300.00万元，年中追加40.00万元，年中调减10.00万元。全年支出328.30万元，年末结转结余6.70万元。\n预算完成率：（全年支出328.30/全年预算数335.00）×100%＝{rate}。")
    };
    let right = audit(&report("98.00%"));
    assert_eq!(verdicts(&right, "budget_execution").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&report("98.60%"));
    assert_eq!(verdicts(&wrong, "budget_execution").into_iter().map(|(_, v)| v).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// An indicator table copied one cell to a line, its rule printed under it (“甲、乙按“实际完成值×分值”计分”):
/// a row that rule names scores its 分值 × 实际完成值 — full marks for a result short of 100% are wrong.
#[test]
fn an_indicator_rows_score_is_judged_on_the_rule_printed_under_its_table() {
    let report = |score: &str| {
        format!("2024年度。\n一级指标\n二级指标\n三级指标\n分值\n指标值\n实际完成值\n得分\n过程\n预算执行\n预算执行率\n8\n100%\n97.45%\n{score}\n过程\n预算执行\n公用经费控制率\n6\n≤100%\n92.10%\n6\n合计\n14\n\n计分规则：预算执行率按“实际完成值×分值”计分；公用经费控制率不超过100%得满分。\n")
    };
    let right = audit(&report("7.80"));
    let row = claims(&right, "indicator_score");
    assert_eq!(row.iter().map(|c| (c.stated.as_str(), c.verdict)).collect::<Vec<_>>(), vec![("7.80", Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&report("8"));
    let row = claims(&wrong, "indicator_score");
    assert_eq!(row.iter().map(|c| c.verdict).collect::<Vec<_>>(), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(row[0].detail.contains("应为7.8分"), "{}", row[0].detail);
}

/// “评分规则：预算执行率达到98%及以上得满分；…”: a scoring rule's thresholds are no rates the unit reached —
/// no claim, and no “前后写法不一” beside the real one; a real rate stated with its score stays a claim.
#[test]
fn a_scoring_rules_thresholds_are_no_claims() {
    let figures = "2024年度。全年预算数520.00万元，全年支出合计507.52万元，年末结转结余12.48万元，预算执行率97.6%。年初预算480.00万元，年中追加40.00万元，预算调整率8.33%。\n";
    for rule in [
        "评分规则：预算执行率达到98%及以上得满分；预算调整率超过25%不得分。",
        "计分规则：预算执行率按执行率乘以分值计分；预算调整率为0得满分，（0，10%]得80%分值，10%以上不得分。",
        "计分规则：预算调整率\n在15%至25%之间的得50%分值。",
        "预算执行率低于90%的，每低1个百分点扣0.5分。",
    ] {
        let audit = audit(&format!("{figures}{rule}"));
        no_mismatch(&audit);
        assert!(!audit.remarks.iter().any(|r| r.contains("前后写法不一")), "{rule}: {:?}", audit.remarks);
        assert_eq!(marks(&audit, "budget_execution"), vec![Verdict::Ok], "{rule}: {:#?}", audit.claims);
    }
    // A rate with the score it earned is the unit's, and wrong where the figures say otherwise.
    let scored = audit(&format!("{figures}按照评分标准，预算执行率96.6%，得9.66分。"));
    assert_eq!(marks(&scored, "budget_execution"), vec![Verdict::Ok, Verdict::Mismatch], "{:#?}", scored.claims);
    // Under a rule's heading too: the rule's threshold is none, the unit's rate with its score is judged.
    let under_the_heading = audit(&format!("{figures}计分规则：预算执行率达到98%及以上得满分，每低1个百分点扣0.5分；本单位预算执行率为96.6%，得9.2分。"));
    assert_eq!(marks(&under_the_heading, "budget_execution"), vec![Verdict::Ok, Verdict::Mismatch], "{:#?}", under_the_heading.claims);
}

/// A 全年预算数 that is the stated 调整后预算 and the carry-over is said to carry the 调整后预算's slip only where that
/// slip is marked; a 调整后预算 that cannot be checked leaves the 全年预算数 judged on its own parts.
#[test]
fn a_year_budget_carries_the_adjusted_budgets_slip_only_where_that_slip_is_marked() {
    let unchecked = audit("2024年度。全年预算数1,508.00万元，其中上年结转36.40万元、年初预算1,290.00万元、年中追加196.60万元。调整后预算1,471.60万元。");
    assert_eq!(marks(&unchecked, "annual_budget"), vec![Verdict::Mismatch], "{:#?}", unchecked.claims);
    let marked = audit("2024年度。年初预算1,290.00万元，年中追加196.60万元，年中调减12.00万元，调整后预算1,484.60万元，加上上年结转36.40万元，全年可用资金1,521.00万元。");
    assert_eq!(marks(&marked, "adjusted_budget"), vec![Verdict::Mismatch], "{:#?}", marked.claims);
    assert!(!marks(&marked, "annual_budget").contains(&Verdict::Mismatch), "{:#?}", marked.claims);
}

/// “预算完成率：（全年支出…/全年预算数…）×100%”: the 湖南 name over the spending and the full budget is judged
/// as its formula is written; a “三公” figure in doubt elsewhere is no doubt of it.
#[test]
fn a_completion_rate_written_over_the_full_budget_is_judged_as_written() {
    let text = |rate: &str| {
        format!(
            "2024年度。上年结转4.00万元，年初预算300.00万元，年中追加50.00万元，年中调减6.00万元，全年预算数348.00万元。\
             全年支出340.00万元，年末结转结余8.00万元。“三公”经费实际支出2.60万元。\n\
             2.预算完成率：（全年支出340.00/全年预算数348.00）×100%＝{rate}。\n本年“三公”经费支出3.10万元。"
        )
    };
    let right = audit(&text("97.70%"));
    let execution = claims(&right, "budget_execution");
    assert_eq!(execution.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
    assert!(!execution[0].detail.contains("三公"), "{}", execution[0].detail);
    let wrong = audit(&text("97.74%"));
    assert_eq!(marks(&wrong, "budget_execution"), [Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// “三公经费年初预算…，上年为…，变动率…”: the figure after 上年为 beside this year's “三公” budget is last year's
/// budget, and the change rate is judged on the two.
#[test]
fn last_years_sangong_budget_after_this_years_initial_one_is_read() {
    let text = |rate: &str| format!("2023年度。三公经费年初预算7.50万元，上年为8.00万元，变动率{rate}。全年三公经费实际支出6.90万元。");
    let right = audit(&text("-6.25%"));
    assert_eq!(verdicts(&right, "sangong_change"), vec![("变动率-6.25%".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&text("-6.67%"));
    assert_eq!(verdicts(&wrong, "sangong_change"), vec![("变动率-6.67%".to_string(), Verdict::Mismatch)], "{:#?}", wrong.claims);
}

/// A year-end balance written twice with its digits swapped: the one the budget less the spending leaves is
/// the report's, the other a slip marked where it stands, and the carry-over rate is judged on the first.
#[test]
fn a_year_end_balance_stated_twice_is_settled_by_what_the_budget_left() {
    let text = |rate: &str| {
        format!(
            "2024年度。全年预算数1,500.00万元，全年支出1,462.85万元，年末结转结余37.15万元，结转结余率{rate}。\n\
             存在问题：年末结转结余37.51万元，主要为跨年度项目资金。"
        )
    };
    let right = audit(&text("2.48%"));
    assert_eq!(marks(&right, "carryover_rate"), [Verdict::Ok], "{:#?}", right.claims);
    let slip = claims(&right, "restated_figure");
    assert_eq!(slip.len(), 1, "{:#?}", right.claims);
    assert_eq!((slip[0].stated.as_str(), slip[0].verdict), ("年末结转结余37.51万元", Verdict::Mismatch));
    assert!(slip[0].detail.contains("应为37.15万元"), "{}", slip[0].detail);
    assert!(right.remarks.iter().any(|r| r.contains("37.15") && r.contains("资金收支平衡")), "{:?}", right.remarks);
    let wrong = audit(&text("2.50%"));
    assert_eq!(marks(&wrong, "carryover_rate"), [Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// A 部门整体支出绩效自评表 exported one cell to a line: its funds row's 得分 is checked on its 执行率 and 分值,
/// and its total on the rows' 得分 and 分值, as the same table copied with tabs is.
#[test]
fn a_self_assessment_sheet_one_cell_a_line_is_read_as_a_table() {
    let sheet = |funds_score: &str, satisfaction_points: &str| {
        format!(
            "2023年度部门整体支出绩效自评报告\n全年预算数400.00万元，全年支出380.00万元，年末结转结余20.00万元。\n\n附：部门整体支出绩效自评表\n\n\
             年度资金总额（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n\
             年度资金总额\n360.00\n400.00\n380.00\n10\n95.00%\n{funds_score}\n\
             其中：财政拨款\n360.00\n400.00\n380.00\n\n\n95.00%\n\n\n\
             年度总体目标\n完成全年巡查任务。\n\
             一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n\
             产出指标\n数量指标\n巡查次数\n≥120次\n126次\n30\n30\n\n\n\
             时效指标\n整改按期完成率\n100%\n96%\n20\n19\n两处整改跨年，已督促完成\n\
             效益指标\n社会效益指标\n群众投诉下降率\n≥5%\n8%\n20\n20\n\n\
             满意度指标\n服务对象满意度指标\n群众满意度\n≥90%\n93%\n{satisfaction_points}\n10\n\n\
             总分\n100\n{total}\n自评等级\n优\n",
            total = if funds_score == "9.5" { "88.5" } else { "89" }
        )
    };
    let right = audit(&sheet("9.5", "20"));
    assert_eq!(marks(&right, "funds.total"), [Verdict::Ok], "{:#?}", right.claims);
    assert_eq!(marks(&right, "score_total"), [Verdict::Ok], "{:#?}", right.claims);
    assert_eq!(right.count(Verdict::Mismatch), 0, "{:#?}", right.claims);
    let slips = audit(&sheet("10", "10"));
    let funds = claims(&slips, "funds.total");
    assert_eq!(funds.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Mismatch], "{:#?}", slips.claims);
    assert!(funds[0].detail.contains("9.5"), "{}", funds[0].detail);
    let points = claims(&slips, "score_total").into_iter().find(|c| c.verdict == Verdict::Mismatch).expect("the 分值 total marked");
    assert_eq!(points.stated, "100");
    assert!(points.detail.contains("90"), "{}", points.detail);
    // A project's sheet: its funds row's 得分 named by its row, not by the words above the table.
    let project = audit(&sheet("9.5", "20").replace("年度资金总额（万元）", "项目资金（万元）"));
    let score = claims(&project, "project.score");
    assert_eq!(score.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", project.claims);
    assert!(score[0].detail.starts_with("年度资金总额得分9.5"), "{}", score[0].detail);
}

/// A 基础数据表's 年初预算 row gives the 年初预算 in its 本年预算数 column: written otherwise than the prose, the
/// one the 全年预算数's parts bear out is the report's and the table's figure is marked where it stands.
#[test]
fn a_budget_part_a_table_gives_otherwise_than_the_prose_is_marked_where_the_sums_settle_it() {
    let text = |in_table: &str| {
        format!(
            "2022年度。全年预算数512.40万元，其中上年结转6.10万元，年初预算468.30万元，年中追加40.00万元，年中调减2.00万元。\
             全年支出505.20万元，年末结转结余7.20万元。\n\n基础数据表（万元）\n\
             项目\t上年决算数\t本年预算数\t本年决算数\n支出总额\t480.00\t512.40\t505.20\n其中：年初预算\t—\t{in_table}\t—\n"
        )
    };
    let slip = audit(&text("486.30"));
    let marked = claims(&slip, "restated_figure");
    assert_eq!(marked.len(), 1, "{:#?}", slip.claims);
    assert_eq!((marked[0].stated.as_str(), marked[0].verdict), ("486.30", Verdict::Mismatch));
    assert!(marked[0].detail.contains("应为468.3"), "{}", marked[0].detail);
    let same = audit(&text("468.30"));
    assert_eq!(same.count(Verdict::Mismatch), 0, "{:#?}", same.claims);
}


#[test]
fn basic_spending_wrong_against_its_parts_in_the_next_sentence_is_blamed_not_the_total() {
    // 240 + 60 = 300, and 300 + 200 = 500: the 310 written for 基本支出 is the slip, not the 500.
    let text = "某站2024年度部门整体支出绩效自评报告\n本年支出500.00万元，其中基本支出310.00万元，项目支出200.00万元。\
基本支出中，人员经费240.00万元，主要用于工资和社会保障缴费；公用经费60.00万元，主要用于办公费、差旅费等。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "basic"), vec![("基本支出310.00万元".into(), Verdict::Mismatch)], "{:?}", audit.claims);
    assert!(claims(&audit, "basic")[0].detail.contains("300"), "{:?}", claims(&audit, "basic")[0].detail);
    let spend = claims(&audit, "spend");
    assert_eq!(spend.len(), 1, "{:?}", audit.claims);
    assert_eq!(spend[0].verdict, Verdict::Ok, "{}", spend[0].detail);
    assert_eq!(audit.count(Verdict::Mismatch), 1, "{:?}", audit.claims);
}

#[test]
fn a_part_the_total_and_a_rate_bear_out_otherwise_is_the_slip() {
    // 基本支出 500 with 项目支出 300 makes the 800 spent; 500 − 420 = 80, and 80 / 100 is the 80.00% stated:
    // the 78.00 written for 公用经费 is the one slip.
    let text = "某中心2023年度部门整体支出绩效自评报告\n全年支出800.00万元，其中基本支出500.00万元，项目支出300.00万元。\
基本支出500.00万元，其中：人员经费420.00万元，公用经费78.00万元。\n公用经费预算100.00万元，公用经费控制率为80.00%。";
    let audit = audit(text);
    let wrong: Vec<&Claim> = audit.claims.iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert_eq!(wrong.len(), 1, "{:?}", audit.claims);
    assert_eq!(wrong[0].stated, "公用经费78.00万元");
    assert!(wrong[0].detail.contains("应为80万元") && wrong[0].detail.contains("公用经费控制率80.00%"), "{}", wrong[0].detail);
    let basic: Vec<&Claim> = claims(&audit, "basic");
    assert!(!basic.is_empty() && basic.iter().all(|c| c.verdict == Verdict::Ok), "{:?}", basic);
    assert!(basic.iter().any(|c| c.notes.iter().any(|n| n.contains("公用经费写78万元"))), "{:?}", basic);
    let rate = claims(&audit, "public_expense_control");
    assert_eq!(rate.len(), 1, "{:?}", audit.claims);
    assert_eq!(rate[0].verdict, Verdict::Ok, "{}", rate[0].detail);
    assert!(rate[0].notes.iter().any(|n| n.contains("78万元") && n.contains("已在该处标出")), "{:?}", rate[0].notes);
    assert!(!audit.remarks.iter().any(|r| r.contains("不同数字")), "80 is written nowhere: {:?}", audit.remarks);
}

#[test]
fn a_part_wrong_with_no_rate_to_tell_leaves_the_total_blamed() {
    // Nothing but the total says which figure slipped: the sum is what is found wrong, as before.
    let text = "某中心2023年度部门整体支出绩效自评报告\n全年支出800.00万元，其中基本支出500.00万元，项目支出300.00万元。\
基本支出500.00万元，其中：人员经费420.00万元，公用经费78.00万元。";
    let audit = audit(text);
    let basic = claims(&audit, "basic");
    assert!(basic.iter().any(|c| c.verdict == Verdict::Mismatch), "{:?}", audit.claims);
}

#[test]
fn a_total_that_follows_a_slip_marked_elsewhere_is_its_own_kind_not_a_clean_match() {
    // 200 + 50 = 250, not the 260 written; the 270 is 10 + 260 — right by its words, wrong with them.
    let text = "某所2024年度部门整体支出绩效自评报告\n年初预算200.00万元，年中追加50.00万元，调整后预算260.00万元；加上年结转10.00万元，全年可用资金270.00万元。";
    let audit = audit(text);
    let knock_on: Vec<&Claim> = audit.claims.iter().filter(|c| c.verdict == Verdict::KnockOn).collect();
    assert_eq!(knock_on.len(), 1, "{:?}", audit.claims);
    assert_eq!(knock_on[0].verdict.label(), "随之有误");
    assert!(knock_on[0].detail.contains("应为260万元"), "{}", knock_on[0].detail);
    assert!(!knock_on[0].detail.contains("相符"), "{}", knock_on[0].detail);
    assert_eq!(audit.count(Verdict::Mismatch), 1, "one slip: {:?}", audit.claims);
    let row = pile::reviewed("所.txt", text, &audit);
    assert_eq!((row.mismatches, row.knock_ons), (1, 1));
    let csv = pile::csv(&[row]);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(lines[0].contains("\"无法核对\",\"随之有误\",\"相符\""), "{}", lines[0]);
    let claims_found = audit.claims.len();
    assert!(lines[1].contains(&format!("\"{claims_found}\",\"1\",\"0\",\"1\",\"{}\"", claims_found - 2)), "{}", lines[1]);
}

#[test]
fn a_figure_listed_under_personnel_spending_is_no_second_value_of_it() {
    // 工资福利支出 is a part of 人员经费, not the 人员经费 written otherwise.
    let text = "某站2024年度部门整体支出绩效自评报告\n基本支出560.00万元。其中人员经费500.00万元，主要为工资福利支出460.00万元和对个人和家庭的补助40.00万元；公用经费60.00万元，主要用于办公费、印刷费等。";
    let audit = audit(text);
    assert!(!audit.remarks.iter().any(|r| r.contains("人员经费在文中有不同数字")), "{:?}", audit.remarks);
    assert!(audit.claims.iter().all(|c| c.notes.iter().all(|n| !n.contains("另处写作460"))), "{:?}", audit.claims);
    assert!(claims(&audit, "basic").iter().any(|c| c.verdict == Verdict::Ok), "{:?}", audit.claims);
}

/// A county bureau's 下属单位 copied one cell a line, a page's number and the running header between two
/// units: each column's 合计 is the sum of the units above it, and the units are no “三公” items.
#[test]
fn a_units_table_of_one_cell_a_line_is_summed_across_a_page_break() {
    let report = |spent_total: &str| {
        format!(
            "青石县水利局2022年度部门整体支出绩效自评报告\n一、基本情况\n所属单位人员及收支如下（单位：人、万元）：\n单位\n编制\n实有\n全年预算\n支出数\n局本级\n\
             21\n19\n640.50\n612.30\n公务用车保障中心\n- 3 -\n青石县水利局2022年度部门整体支出绩效自评报告\n8\n8\n120.00\n118.20\n\
             水库管理所\n30\n27\n905.10\n880.70\n合计\n59\n54\n1665.60\n{spent_total}\n\n二、其他\n本局全年运转正常。\n- 4 -\n\
             青石县水利局2022年度部门整体支出绩效自评报告\n"
        )
    };
    let right = audit(&report("1611.20"));
    assert_eq!(verdicts(&right, "table_total").iter().map(|(_, v)| *v).collect::<Vec<_>>(), vec![Verdict::Ok; 4]);
    let wrong = audit(&report("1631.20"));
    let spent = claims(&wrong, "table_total");
    let slip = spent.iter().find(|c| c.verdict == Verdict::Mismatch).expect("the 支出数 column's slip");
    assert_eq!(slip.stated, "1631.20");
    assert!(slip.detail.contains("1611.20") && slip.detail.contains("612.30+118.20+880.70"), "{}", slip.detail);
    assert!(claims(&wrong, "sangong").is_empty() && claims(&wrong, "spend").is_empty(), "the units' figures are none of the bureau's own");
}

/// A score table typed with one space between its cells, a page's number between its rows: its 合计 and
/// the total the sentence under it states are the rows' 得分 added up.
#[test]
fn a_score_table_with_one_space_between_cells_is_summed() {
    let report = |total: &str| {
        format!(
            "（四）评分情况\n按四个方面评分如下：\n评价维度 分值 得分\n决策 15 14\n管理 35 31.5\n— 6 —\n产出 30 28\n效益 20 17\n合计 100 {total}\n\
             本单位自评得分{total}分。\n"
        )
    };
    let right = audit(&report("90.5"));
    assert!(claims(&right, "score_total").iter().all(|c| c.verdict == Verdict::Ok) && !claims(&right, "score_total").is_empty());
    let wrong = audit(&report("92.5"));
    let totals = claims(&wrong, "score_total");
    assert_eq!(totals.iter().map(|c| (c.stated.as_str(), c.verdict)).collect::<Vec<_>>(), vec![("92.5", Verdict::Mismatch), ("自评得分92.5分", Verdict::Mismatch)]);
    assert!(totals[0].detail.contains("90.5"), "{}", totals[0].detail);
    // Prose with a name and figures after single spaces, one line alone, is no table.
    assert!(claims(&audit("全年培训 12 期，覆盖 300 人。\n"), "score_total").is_empty());
}

/// A filled 部门整体支出绩效自评表 copied one cell a line, its funds block headed “项目” and its parts' rows with
/// “—” for their 分值 and 得分: read as its copy with tabs is — each part's 执行率, and the 总分 on the rows.
#[test]
fn a_units_sheet_of_one_cell_a_line_checks_its_parts_rates_and_its_total() {
    let sheet = |projects_rate: &str, total: &str| {
        format!(
            "附件：2023年度部门整体支出绩效自评表\n\n项目\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n\
             年度资金总额\n1,200.00\n1,300.00\n1,274.00\n10\n98.00%\n9.80\n其中：基本支出\n900.00\n950.00\n940.50\n—\n99.00%\n—\n\
             项目支出\n300.00\n350.00\n333.50\n—\n{projects_rate}\n—\n\
             年度总体目标\n保障全县道路养护，提升通行条件\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n\
             产出指标\n数量指标\n养护里程\n≥300公里\n310公里\n40\n40\n\n\
             效益指标\n社会效益指标\n通行满意度\n≥90%\n88%\n50\n45\n回访发现坑槽修补不及时，已建立巡查台账\n\
             总分\n100\n{total}\n"
        )
    };
    let right = audit(&sheet("95.29%", "94.80"));
    assert_eq!(verdicts(&right, "funds.projects.execution"), vec![("95.29%".into(), Verdict::Ok)]);
    assert_eq!(verdicts(&right, "funds.basic.execution"), vec![("99.00%".into(), Verdict::Ok)]);
    assert_eq!(verdicts(&right, "score_total"), vec![("94.80".into(), Verdict::Ok)]);
    let wrong = audit(&sheet("96.29%", "95.80"));
    assert_eq!(verdicts(&wrong, "funds.projects.execution"), vec![("96.29%".into(), Verdict::Mismatch)]);
    assert!(claims(&wrong, "funds.projects.execution")[0].detail.contains("95.29%"));
    assert_eq!(verdicts(&wrong, "score_total"), vec![("95.80".into(), Verdict::Mismatch)]);
    assert!(claims(&wrong, "score_total")[0].detail.contains("94.8"), "{}", claims(&wrong, "score_total")[0].detail);
}

/// A 到位率 after the sums due and received in its sentence is received over due.
#[test]
fn a_rate_after_its_two_figures_is_checked_in_the_report() {
    let report = |rate: &str| format!("（三）资金管理\n3.资金到位率：义务教育营养餐补助应到位186.00万元，实际到位181.35万元，资金到位率{rate}。\n");
    assert_eq!(verdicts(&audit(&report("97.50%")), "plan_rate"), vec![("97.50%".into(), Verdict::Ok)]);
    let wrong = audit(&report("98.75%"));
    assert_eq!(verdicts(&wrong, "plan_rate"), vec![("98.75%".into(), Verdict::Mismatch)]);
    assert!(claims(&wrong, "plan_rate")[0].detail.contains("97.50%"), "{}", claims(&wrong, "plan_rate")[0].detail);
}

/// Meetings and training are set beside the “三公” in many reports, never inside them: their spending is no
/// second figure of the “三公”'s, whether the paragraph simply goes on to them or says they are not “三公”.
#[test]
fn meetings_and_training_beside_the_sangong_are_not_its_spending() {
    let head = "某县农业农村局2023年度部门整体支出绩效自评报告\n（三）“三公”经费\n2023年“三公”经费预算12.00万元，全年实际支出10.80万元，其中公务用车运行维护费8.30万元，公务接待费2.50万元，因公出国（境）费0元。";
    let control = "\n“三公”经费控制率为90.00%（10.80万元/12.00万元）。";
    for beside in ["另外，全年会议费支出1.90万元、培训费支出3.40万元，不计入“三公”经费。", "会议费和培训费不属于“三公”经费，全年分别支出1.90万元和3.40万元。", "会议费支出1.90万元，培训费支出3.40万元。"] {
        let text = format!("{head}{beside}{control}");
        let audit = audit(&text);
        assert_eq!(marks(&audit, "sangong_control"), [Verdict::Ok], "{beside} {:#?}", audit.claims);
        assert!(!audit.remarks.iter().any(|r| r.contains("“三公”经费决算在文中有不同数字")), "{beside} {:?}", audit.remarks);
        assert_eq!(draft_from_text(&text).draft.get("sangong.actual"), "10.8", "{beside}");
    }
}

/// “基本支出预算执行率…” is 基本支出's own rate (its spending over its own budget), never the unit's 预算执行率.
#[test]
fn a_parts_own_execution_rate_is_not_the_units() {
    let text = "某县水利局2024年度部门整体支出绩效自评报告\n全年预算数500.00万元，其中基本支出200.00万元、项目支出300.00万元。全年支出480.00万元，预算执行率为96.00%。\n1.基本支出196.00万元，基本支出预算执行率98.00%。\n2.人员经费预算执行率99.10%。";
    let audit = audit(text);
    assert_eq!(verdicts(&audit, "budget_execution"), [("预算执行率为96.00%".to_string(), Verdict::Ok)], "{:#?}", audit.claims);
    assert!(audit.claims.iter().all(|c| !c.stated.contains("98.00%") && !c.stated.contains("99.10%") || c.verdict != Verdict::Mismatch), "{:#?}", audit.claims);
}

/// “变动率为（4.00%）”: a change written in brackets is negative, as accountants write it — right where the
/// figures give −4.00%, still wrong where they give another size.
#[test]
fn a_change_in_brackets_is_a_negative_one() {
    let text = |rate: &str| format!("某县司法局2024年度部门整体支出绩效自评报告\n2024年“三公”经费预算4.80万元，上年预算5.00万元。“三公”经费变动率为（{rate}），控制率为95.00%＝4.56÷4.80×100%。");
    let right = audit(&text("4.00%"));
    let change = claims(&right, "sangong_change");
    assert_eq!(change.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", right.claims);
    assert!(change[0].notes.iter().any(|n| n.contains("括号表示负数")), "{:?}", change[0].notes);
    assert_eq!(change[0].stated, "“三公”经费变动率为（4.00%）");
    assert_eq!(marks(&audit(&text("5.00%")), "sangong_change"), [Verdict::Mismatch]);
}

/// A grant named after what it pays for (“…公用经费补助”) is a project: its budget is no 公用经费预算.
#[test]
fn a_grant_named_after_public_expenses_is_a_project() {
    let text = "某县教体局2022年度部门整体支出绩效自评报告\n公用经费控制率=实际支出公用经费860.00万元÷公用经费预算900.00万元×100%=95.56%。\n项目支出具体为：\n（1）农村学校公用经费补助：预算数1200.00万元，实际支出1180.00万元；\n（2）校园安保：预算数300.00万元，实际支出290.00万元。";
    let audit = audit(text);
    assert_eq!(marks(&audit, "public_expense_control"), [Verdict::Ok], "{:#?} {:?}", audit.claims, audit.remarks);
    assert!(!audit.remarks.iter().any(|r| r.contains("公用经费预算在文中有不同数字")), "{:?}", audit.remarks);
}

/// “…，追加资金全部为政策性因素，剔除政策性追加后预算控制率为0”: the words that make all the additions policy
/// may follow the figure; the adjusted rate is then the report's own 0.
#[test]
fn all_additions_said_policy_after_their_figure_give_the_adjusted_rate() {
    let text = "某县应急管理局2021年度部门整体支出绩效自评报告\n年初预算600.00万元。年中追加90.00万元，占年初预算600.00万元的15.00%，追加资金全部为抗旱救灾等政策性因素，剔除政策性追加后预算控制率为0。";
    let audit = audit(text);
    assert_eq!(marks(&audit, "budget_control_adjusted"), [Verdict::Ok], "{:#?}", audit.claims);
}

/// “基本支出…，占支出合计的…%，包括人员经费…和公用经费…”: the sentence lists 基本支出's parts as its whole —
/// a sum that falls short is wrong, not a part missing; after 其中 the list may be some of them only.
#[test]
fn basic_spending_listed_whole_after_its_share() {
    let text = |intro: &str| format!("某县林业局2023年度部门整体支出绩效自评报告\n全年支出800.00万元。\n1.基本支出300.00万元，占支出合计的37.50%，{intro}人员经费250.00万元和公用经费40.00万元。");
    let listed = audit(&text("包括"));
    assert_eq!(marks(&listed, "basic"), [Verdict::Mismatch], "{:#?}", listed.claims);
    assert!(claims(&listed, "basic")[0].detail.contains("相差10万元"), "{:?}", claims(&listed, "basic"));
    let some = audit(&text("其中"));
    assert!(!marks(&some, "basic").contains(&Verdict::Mismatch), "{:#?}", some.claims);
}

/// “（二）项目支出情况⏎1．堤坝加固工程，年初预算…，年中追加…”: each project's 年初预算 and 追加 in the list of
/// projects are its own; the unit's, read from its own sentence, stay one figure each and its rates are checked.
#[test]
fn a_listed_projects_budget_parts_are_not_the_units() {
    let unit = "2023年度。本单位全年年初预算800.00万元，年中追加150.00万元，年中调减30.00万元，全年预算数920.00万元，全年支出874.00万元，预算执行率95.00%。\n（二）项目支出情况\n";
    for list in [
        "1．堤坝加固工程，年初预算260.00万元，年中追加90.00万元，全年预算350.00万元，实际支出340.00万元；\n2．水源地保护，年初预算120.00万元，年中追加40.00万元，年中调减10.00万元，全年预算150.00万元，实际支出142.00万元。\n",
        "（1）堤坝加固工程：年初预算260.00万元，追加90.00万元，支出340.00万元；\n（2）水源地保护：年初预算120.00万元，追加40.00万元，调减10.00万元，支出142.00万元。\n",
        "①堤坝加固工程，年初预算260.00万元，追加90.00万元；\n②水源地保护，年初预算120.00万元，追加40.00万元，调减10.00万元。\n",
        "（1）《××水库志（2001—2020）》修订，年初预算260.00万元，追加90.00万元；\n（2）水源地保护，年初预算120.00万元，追加40.00万元，调减10.00万元。\n",
    ] {
        let audit = audit(&format!("{unit}{list}"));
        for field in ["年初预算", "年中追加", "年中调减", "全年预算数"] {
            assert!(!audit.remarks.iter().any(|r| r.contains(&format!("{field}在文中有不同数字"))), "{list}: {:?}", audit.remarks);
        }
        assert!(!audit.claims.iter().any(|c| c.verdict == Verdict::Unverifiable && c.id.contains("budget")), "{list}: {:#?}", audit.claims);
        // The unit's own sentence is still read: its 全年预算数 is checked on its own parts.
        assert_eq!(marks(&audit, "annual_budget"), vec![Verdict::Ok], "{list}: {:#?}", audit.claims);
    }
}

/// A 部门整体 自评表 whose funds block (“项目 | … | 分值 | 执行率 | 得分”, its 其中 rows unscored) stands above
/// rows of 一级 and 二级 alone: the funds row's 分值 and 得分 are parts of the 总分, tabbed or one cell a line.
#[test]
fn a_funds_rows_points_count_in_the_total_of_a_sheet_of_levels_alone() {
    let tabbed = |total: &str| {
        format!(
            "2023年度。\n附表：部门整体支出绩效自评表\n项目\t年初预算数（万元）\t全年预算数（万元）\t全年执行数（万元）\t分值\t执行率\t得分\n\
             年度资金总额\t210.00\t250.00\t240.00\t15\t96.00%\t14.40\n其中：基本支出\t180.00\t180.00\t176.40\t—\t98.00%\t—\n\
             一级指标\t二级指标\t分值\t得分\n产出指标\t数量指标\t40\t38\n效益指标\t社会效益\t30\t27.5\n满意度指标\t满意度\t15\t13\n总分\t\t100\t{total}\n"
        )
    };
    let right = audit(&tabbed("92.9"));
    assert_eq!(verdicts(&right, "score_total"), [("92.9".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    assert!(claims(&right, "score_total")[0].detail.contains("年度资金总额14.4分"), "{:#?}", right.claims);
    assert!(claims(&right, "score_total")[0].notes.iter().any(|n| n.contains("分值合计100分")), "{:#?}", right.claims);
    let wrong = audit(&tabbed("93.9"));
    assert_eq!(marks(&wrong, "score_total"), [Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "score_total")[0].detail.contains("之和为92.9分"), "{:#?}", wrong.claims);
    let stacked = |total: &str| {
        let cells = [
            "项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
            "年度资金总额", "210.00", "250.00", "240.00", "15", "96.00%", "14.40",
            "其中：基本支出", "180.00", "180.00", "176.40", "—", "98.00%", "—",
            "一级指标", "二级指标", "分值", "得分",
            "产出指标", "数量指标", "40", "38", "效益指标", "社会效益", "30", "27.5", "满意度指标", "满意度", "15", "13",
            "总分", "100", total,
        ];
        format!("2023年度。\n附：部门整体支出绩效自评表\n{}\n自评等级\n优\n", cells.join("\n"))
    };
    let right = audit(&stacked("92.9"));
    assert_eq!(marks(&right, "score_total"), [Verdict::Ok], "{:#?}", right.claims);
    let wrong = audit(&stacked("91.9"));
    assert_eq!(marks(&wrong, "score_total"), [Verdict::Mismatch], "{:#?}", wrong.claims);
    assert!(claims(&wrong, "score_total")[0].detail.contains("之和为92.9分"), "{:#?}", wrong.claims);
}

/// A rubric giving 预算执行率 its 分值 works its 得分 out as 执行率 × 分值 in a sentence, perhaps in full-width
/// digits; the score list further on restates it. Both are judged on the rate the report worked from.
#[test]
fn a_score_worked_from_the_execution_rate_is_its_product() {
    let text = |score: &str| {
        format!(
            "某县文化馆２０２３年度部门整体支出绩效自评报告\n全年预算数８４０．００万元，全年支出８１２．３０万元，预算执行率＝８１２．３０÷８４０．００×１００％＝９６．７０％。\
             按照评分办法，预算执行率分值２０分，该项得分＝９６．７０％×２０＝{score}分。\n\
             自评得分情况：预算执行率２０分，得分{score}分；产出指标４０分，得分３７分；效益指标３０分，得分２８分；满意度指标１０分，得分９分。\n"
        )
    };
    let right = audit(&text("１９．３４"));
    assert_eq!(marks(&right, "score_from_rate"), [Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
    assert_eq!(claims(&right, "score_from_rate")[0].detail, "得分19.34分=执行率96.7%×分值20分，相符");
    let wrong = audit(&text("１９．４３"));
    assert_eq!(marks(&wrong, "score_from_rate"), [Verdict::Mismatch, Verdict::Mismatch], "{:#?}", wrong.claims);
    assert_eq!(claims(&wrong, "score_from_rate")[1].detail, "报告写得分19.43分，按执行率96.7%×分值20分应为19.34分");
    let banded = audit(&text("２０").replace("按照评分办法，", "按照评分办法，预算执行率达到９５％以上的得满分，"));
    assert!(claims(&banded, "score_from_rate").is_empty(), "{:#?}", banded.claims);
}

/// The “三公” spending never stated as such, one item spent and the others said to be none: that item is
/// the whole, and the control rate on it is checked. Where another kind is not said to be none, the one
/// item may be some of it only, and the rate stays unchecked.
#[test]
fn one_sangong_item_spent_the_others_none_is_the_whole() {
    let text = |none: &str| format!("2023年度。{none}2023年“三公”经费预算1.20万元，实际支出公务接待费0.90万元，“三公”经费控制率75.00%。");
    let whole = audit(&text("所无公务用车，全年无因公出国（境）。"));
    assert_eq!(verdicts(&whole, "sangong_control"), vec![("“三公”经费控制率75.00%".to_string(), Verdict::Ok)], "{:#?}", whole.claims);
    let unsaid = audit(&text("所无公务用车。"));
    assert!(claims(&unsaid, "sangong_control").iter().all(|c| c.verdict != Verdict::Ok), "{:#?}", unsaid.claims);
}

/// A total stated twice, once as its parts make it and once otherwise: the other statement is the slip
/// (不符, naming the figure the parts confirm), not 无法核对 as if some 其他基本支出 made the difference; and
/// the share written after the slip, right on the confirmed figure, is no second slip.
#[test]
fn a_total_restated_otherwise_than_its_parts_make_it_is_the_slip() {
    let text = "2024年度。一、支出情况\n全年支出合计2000.00万元。1.基本支出1260.00万元，其中人员经费1100.00万元，公用经费160.00万元。2.项目支出740.00万元。\n二、支出结构\n从支出结构看，基本支出1269.00万元，占支出总额的63.00%。\n";
    let audit = audit(text);
    let basic = claims(&audit, "basic");
    let slip = basic.iter().find(|c| c.stated.contains("1269.00")).expect("the restated 基本支出");
    assert_eq!(slip.verdict, Verdict::Mismatch, "{:#?}", audit.claims);
    assert!(slip.detail.contains("1269") && slip.detail.contains("1260"), "{}", slip.detail);
    let share = claims(&audit, "share");
    assert_eq!(share.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", audit.claims);
}

/// “项目支出…，占…%，<what it mostly is>（…），包括：…”: the list after the share and a remark is the
/// 项目支出's breakdown — 相符 where it makes the total, 不符 where it does not.
#[test]
fn a_list_after_a_share_and_a_remark_is_the_totals() {
    let text = |school: &str| format!("2023年度。\n（二）支出情况\n1．项目支出3,240.00万元，占支出总额的81.00%，主要是拨付到校的经费（义务教育保障），包括：学生营养改善计划1,520.00万元、校舍维修改造{school}万元、教师培训280.00万元。\n");
    let projects = |text: &str| audit(text).claims.into_iter().filter(|c| c.id == "projects").map(|c| (c.verdict, c.detail)).collect::<Vec<_>>();
    let right = projects(&text("1,440.00"));
    assert_eq!(right.iter().map(|(v, _)| *v).collect::<Vec<_>>(), [Verdict::Ok], "{right:?}");
    let off = projects(&text("1,404.00"));
    assert_eq!(off.iter().map(|(v, _)| *v).collect::<Vec<_>>(), [Verdict::Mismatch], "{off:?}");
    assert!(off[0].1.contains("校舍维修改造1404"), "{}", off[0].1);
}

/// Items listed each with its budget and its spending (“某项目，预算…，支出…；”) are named by the item, not
/// by the word “支出” before the figure.
#[test]
fn an_item_budgeted_then_spent_is_named_by_the_item() {
    let text = "2023年度。\n项目支出58.40万元，占全年支出的20.00%，包括：乡村道路养护项目，预算40.00万元，支出38.40万元，用于养护12公里；防汛物资储备项目，预算21.00万元，支出20.00万元，用于购置沙袋。\n";
    let audit = audit(text);
    let projects = claims(&audit, "projects");
    assert_eq!(projects.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Ok], "{:#?}", audit.claims);
    assert!(projects[0].detail.contains("乡村道路养护项目38.4万元+防汛物资储备项目20万元"), "{}", projects[0].detail);
}

/// A table pasted from a PDF can come as one line of thousands of figures, the same budget restated on every
/// row: the audit still answers in moments (each restatement was once rounded against every other, and the
/// sentence around each total read back to the line's start), and one figure stated many times is no
/// conflict.
#[test]
fn a_budget_restated_on_every_row_of_one_long_line_is_audited_in_moments() {
    let line = "全年预算73.50万元，其中省级补助40.00万元、".repeat(4000);
    // No timing asserted (speed lives in the bench): compared statement by statement, this line took 41 s
    // in a debug build, so a quadratic path back would show as a hung test.
    let audit = audit(&line);
    assert!(!audit.remarks.iter().any(|r| r.contains("有不同数字")), "{:?}", audit.remarks);
}

/// “上年预算5.60万元、支出4.90万元”: the 上年 opening a pair of bare figures makes both last year's — the
/// second is not this year's spending stated again with another value.
#[test]
fn a_pair_of_figures_opened_by_last_year_is_last_years() {
    let text = "2023年度。\n（三）“三公”经费：预算5.00万元，支出4.10万元，控制率82.00%；上年预算5.60万元、支出4.90万元，变动率-10.71%。\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "sangong_control"), [Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "sangong_change"), [Verdict::Ok], "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("三公")), "{:?}", audit.remarks);
    // Named by the year before, with 实际 for the spending, and a slip in the rate: found.
    let by_year = super::audit("2023年度。\n（三）“三公”经费：预算5.00万元，实际4.10万元，控制率82.50%；2022年预算5.60万元，实际4.90万元。\n");
    assert_eq!(marks(&by_year, "sangong_control"), [Verdict::Mismatch], "{:#?}", by_year.claims);
    // This year's named again after it (“本年预算…”) is this year's.
    let this_year = super::audit("2023年度。\n（三）“三公”经费：上年预算5.60万元，本年预算5.00万元，变动率-10.71%。\n");
    assert_eq!(marks(&this_year, "sangong_change"), [Verdict::Ok], "{:#?}", this_year.claims);
}

/// ““三公”经费：年初预算9.00万元”: the topic and its colon before the 年初预算 make it theirs, not the unit's.
#[test]
fn the_initial_budget_after_the_sangong_and_a_colon_is_theirs() {
    let text = "2023年度。\n年初预算860.00万元，年中追加40.00万元，全年预算数900.00万元。\n2.“三公”经费：年初预算9.00万元，实际支出7.65万元，控制率85.00%。\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "sangong_control"), [Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "annual_budget"), [Verdict::Ok], "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("年初预算")), "{:?}", audit.remarks);
}

/// “…年初预算6.40万元，上年7.00万元”, “…实际支出5.90万元（上年6.35万元）”: last year's “三公” budget by 上年
/// alone after this year's, and last year's spending in brackets after this year's.
#[test]
fn last_years_sangong_figures_after_this_years_by_last_year_alone() {
    let budget = audit("2023年度。“三公”经费年初预算6.40万元，上年7.00万元，变动率-8.57%。\n");
    assert_eq!(marks(&budget, "sangong_change"), [Verdict::Ok], "{:#?}", budget.claims);
    let started = draft_from_text("某县档案馆2023年度部门整体支出绩效自评报告\n“三公”经费实际支出5.90万元（上年6.35万元），预算6.40万元。\n");
    assert_eq!((started.draft.get("sangong.actual"), started.draft.get("sangong.last_actual")), ("5.9", "6.35"), "{:?}", started.notes);
    // Brackets naming last year's budget after this year's spending are no spending of last year's.
    let budgeted = draft_from_text("某县档案馆2023年度部门整体支出绩效自评报告\n“三公”经费实际支出5.90万元（上年预算6.80万元）。\n");
    assert_eq!(budgeted.draft.get("sangong.last_actual"), "", "{:?}", budgeted.notes);
}

/// “本年“三公”经费实际支出…元，其中公务用车运行维护费…元、公务接待费…元，控制率为…”: the items listed under the
/// “三公” spending leave the bare 控制率 closing the sentence theirs; and so do the items they wholly are.
#[test]
fn a_bare_control_rate_after_the_sangong_items_is_the_sangongs() {
    let text = "2023年度。\n3.“三公”经费变动率。本年“三公”经费预算105,000.00元，上年预算118,000.00元，变动率为-11.02%。\n4.“三公”经费控制率。本年“三公”经费实际支出86,420.00元，其中公务用车运行维护费70,120.00元、公务接待费16,300.00元，控制率为82.31%。\n";
    let audit = audit(text);
    let [rate] = claims(&audit, "sangong_control")[..] else { panic!("{:#?}", audit.claims) };
    assert_eq!(rate.verdict, Verdict::Mismatch, "{rate:#?}");
    assert!(rate.detail.contains("82.30%"), "{rate:#?}");
    // An item budgeted after the 其中 may have a rate of its own: not taken for the “三公”'s.
    let own = super::audit("2023年度。“三公”经费实际支出8.64万元，其中公务接待费预算2.00万元、支出1.63万元，控制率为81.50%。\n");
    assert!(claims(&own, "sangong_control").is_empty(), "{:#?}", own.claims);
    let wholly = super::audit("2023年度。\n（五）“三公”经费。本年预算3.80万元，全部为公务用车运行维护费和公务接待费，实际支出3.35万元，控制率88.16%；上年预算4.10万元、实际支出3.72万元，本年预算变动率-7.32%。\n");
    assert_eq!(marks(&wholly, "sangong_control"), [Verdict::Ok], "{:#?}", wholly.claims);
    assert_eq!(marks(&wholly, "sangong_change"), [Verdict::Ok], "{:#?}", wholly.claims);
}

/// “（二）“三公”经费情况” over a table whose 合计 row comes first, the items under it, this year's and last
/// year's columns by their years: the 合计's figures are the “三公”'s, not the unit's spending.
#[test]
fn a_sangong_table_opening_on_its_total_row_gives_the_sangong_figures() {
    let text = "某区统计局2023年度部门整体支出绩效自评报告\n全年支出合计512.30万元。\n（二）“三公”经费情况（单位：万元）\n项目\t2023年预算\t2023年实际\t2022年预算\t2022年实际\n合计\t4.50\t3.62\t4.80\t4.11\n公务用车运行维护费\t3.50\t2.90\t—\t—\n公务接待费\t1.00\t0.72\t—\t—\n\n“三公”经费控制率80.44%，变动率-6.25%。\n";
    let audit = audit(text);
    assert_eq!(marks(&audit, "sangong_control"), [Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "sangong_change"), [Verdict::Ok], "{:#?}", audit.claims);
    assert!(!audit.remarks.iter().any(|r| r.contains("支出合计")), "{:?}", audit.remarks);
    let started = draft_from_text(text);
    let totals = ["sangong.budget", "sangong.actual", "sangong.last_budget", "sangong.last_actual"].map(|id| started.draft.get(id));
    assert_eq!(totals, ["4.5", "3.62", "4.8", "4.11"], "{:?}", started.notes);
    assert_eq!(started.draft.get("last.spend_total"), "", "{:?}", started.notes);
}

/// A list of rates run together on one line with no sentence end (“预算执行率为98.5%，…”, copied from a PDF):
/// each rate's sentence is read back a few thousand bytes at most, not to the line's start, and a wrong one
/// among them is still found wrong. (No timing asserted: read back to the line's start from every rate, this
/// line took over a minute in a release build, so a quadratic path back would show as a hung test.)
#[test]
fn a_long_line_of_rates_without_a_sentence_end_is_audited_in_moments() {
    let run = "预算执行率为98.5%，".repeat(8400);
    let text = format!("{run}预算执行率=95.00/100.00×100%=96.00%，{run}");
    let audit = audit(&text);
    let rates = claims(&audit, "budget_execution");
    assert_eq!(rates.len(), 2 * 8400 + 1);
    let wrong: Vec<&str> = rates.iter().filter(|c| c.verdict == Verdict::Mismatch).map(|c| c.stated.as_str()).collect();
    assert_eq!(wrong, ["预算执行率=95.00/100.00×100%=96.00%"]);
}

/// The one figure that is wrong among thousands of right ones on one long line: `repeated` (right) written
/// about 100,000 characters long before `planted` and again after it. (No timing asserted: each shape below
/// once took from seconds to a minute, read back or on to the line's end from every figure, so a quadratic
/// path back would show as a hung test.)
fn wrong_among_repeated(repeated: &str, planted: &str) -> Vec<String> {
    let run = repeated.repeat(100_000 / repeated.chars().count());
    let audit = audit(&format!("{run}{planted}{run}"));
    audit.claims.iter().filter(|c| c.verdict == Verdict::Mismatch).map(|c| c.stated.clone()).collect()
}

/// A long “三公” list run together, “；” between its sentences and no “。”: the sentence after each total is
/// read a window long, not to the line's end.
#[test]
fn a_long_line_of_sangong_lists_is_audited_in_moments() {
    let wrong = wrong_among_repeated("“三公”经费支出12.40万元，其中公务接待费1.10万元、公务用车运行维护费11.30万元；", "“三公”经费支出12.40万元，其中公务接待费1.10万元、公务用车运行维护费11.20万元；");
    assert_eq!(wrong.len(), 1, "{wrong:?}");
}

/// 基本支出 and its parts restated on every row of a table run together as one line: each restatement is
/// summed, and the one 公用经费 written otherwise is the figure in doubt, the sum settling it.
#[test]
fn a_long_line_of_basic_spending_and_its_parts_is_audited_in_moments() {
    let run = "基本支出320.50万元，人员经费250.20万元，公用经费70.30万元，".repeat(2600);
    let audit = audit(&format!("{run}基本支出320.50万元，人员经费250.20万元，公用经费70.20万元，{run}"));
    let basic = claims(&audit, "basic");
    assert_eq!(basic.len(), 2 * 2600 + 1);
    assert!(basic.iter().all(|c| c.verdict == Verdict::Ok), "{:?}", basic.iter().find(|c| c.verdict != Verdict::Ok));
    assert!(audit.remarks.iter().any(|r| r.starts_with("公用经费在文中有不同数字：70.3、70.2")), "{:?}", audit.remarks);
}

/// Scores worked out on one long line of “；”-joined clauses: the sentence after each is read a window long.
#[test]
fn a_long_line_of_scores_is_audited_in_moments() {
    let wrong = wrong_among_repeated("得分=96.45%×20=19.29分；", "得分=96.45%×20=19.92分；");
    assert_eq!(wrong.len(), 1, "{wrong:?}");
}

/// A rate cut at two decimals (ROUNDDOWN in a county's sheet: 90.43% for 90.4387%) is right with a note saying
/// so, wherever a rate is judged — the unit's rate in prose, a project's in its sentence, a table of projects'
/// rows, a 项目支出绩效自评表's 年度资金总额 row; one hundredth below the cut stays wrong.
#[test]
fn a_rate_cut_at_two_decimals_is_right_with_a_note_everywhere() {
    let cut = |claim: &Claim, rounded: &str| claim.verdict == Verdict::Ok && claim.notes.iter().any(|n| n.contains("截尾保留两位小数") && n.contains(rounded));
    // 1,682.16 of 1,860.00: 90.43870…%.
    let unit = |rate: &str| audit(&format!("某县农业农村局2024年度部门整体支出绩效自评报告\n全年预算数1,860.00万元，支出合计1,682.16万元，年末结转结余177.84万元。全年预算执行率达{rate}。\n"));
    let cut_unit = unit("90.43%");
    assert!(claims(&cut_unit, "budget_execution").first().is_some_and(|c| cut(c, "90.44%")), "{:#?}", cut_unit.claims);
    assert_eq!(marks(&unit("90.44%"), "budget_execution"), vec![Verdict::Ok]);
    assert_eq!(marks(&unit("90.42%"), "budget_execution"), vec![Verdict::Mismatch]);
    // A project's rate in its sentence: 373.70 of 400.00 is 93.425% (figures large enough that their own
    // rounding cannot reach 93.41%).
    let project = |rate: &str| audit(&format!("2024年度。高标准农田建设项目预算400.00万元，实际支出373.70万元，执行率{rate}。"));
    let cut_project = project("93.42%");
    assert!(claims(&cut_project, "project.execution").first().is_some_and(|c| cut(c, "93.43%")), "{:#?}", cut_project.claims);
    assert_eq!(marks(&project("93.41%"), "project.execution"), vec![Verdict::Mismatch]);
    // A table of projects: 32.59 of 36.00 is 90.52777…%.
    let rows = |rate: &str| audit(&format!("2024年度。\n附表 重点项目情况（单位：万元）\n项目名称\t全年预算\t实际支出\t执行率\n冷链物流补助\t36.00\t32.59\t{rate}\n农机购置补贴\t64.00\t64.00\t100.00%\n合计\t100.00\t96.59\t96.59%\n"));
    let cut_rows = rows("90.52%");
    assert_eq!(marks(&cut_rows, "project.execution"), vec![Verdict::Ok; 3], "{:#?}", cut_rows.claims);
    assert!(cut(claims(&cut_rows, "project.execution")[0], "90.53%"), "{:#?}", cut_rows.claims);
    assert_eq!(marks(&rows("90.51%"), "project.execution"), vec![Verdict::Mismatch, Verdict::Ok, Verdict::Ok]);
    // A 项目支出绩效自评表's 年度资金总额: 67.85 of 75.00 is 90.4666…%, its 得分 10 × that, 9.05.
    let sheet = |rate: &str| audit(&format!("2024年度。\n附件：项目支出绩效自评表\n项目名称\t社区养老服务\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t70.00\t75.00\t67.85\t10\t{rate}\t9.05\n其中：当年财政拨款\t70.00\t75.00\t67.85\t—\t—\t—\n"));
    let cut_sheet = sheet("90.46%");
    assert!(claims(&cut_sheet, "project.execution").first().is_some_and(|c| cut(c, "90.47%")), "{:#?}", cut_sheet.claims);
    assert_eq!(marks(&sheet("90.45%"), "project.execution"), vec![Verdict::Mismatch]);
}

/// “公务接待费预算…，支出…”: each “三公” item listed with its budget and then its spending — the spending total is
/// the sum of the spendings, not of the first item's budget; the budget total, of the budgets.
#[test]
fn sangong_items_with_budget_and_spending_add_up_to_their_kind() {
    let text = "2023年度。本单位“三公”经费实际支出12.30万元，比预算少1.70万元。其中：因公出国（境）费为零；公务用车运行维护费预算10.00万元，实际支出9.10万元；公务接待费预算4.00万元，支出3.20万元。";
    let right = audit(text);
    assert!(claims(&right, "sangong").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", right.claims);
    let wrong = audit(&text.replace("3.20万元", "3.00万元"));
    assert!(claims(&wrong, "sangong").iter().any(|c| c.verdict == Verdict::Mismatch && c.detail.contains("12.1万元")), "{:#?}", wrong.claims);
    let budget = audit("2023年度。本单位“三公”经费预算14.00万元，其中公务用车运行维护费预算10.00万元，实际支出9.10万元；公务接待费预算4.00万元，支出3.20万元。");
    assert!(claims(&budget, "sangong").iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", budget.claims);
}

/// “政法专项（行政）编制”: a court's 编制 glossed as the administrative type it is, a type beside 事业 and 工勤
/// (not the unit's whole 编制); and “政法专项编制人员” beside 事业人员 and 工勤人员, those in post of that type.
#[test]
fn a_political_quota_glossed_or_counted_in_post_is_the_administrative_type() {
    let text = "2022年度。本院核定编制52名，其中政法专项（行政）编制45名、事业编制4名、工勤编制3名。在职实有49人，其中政法专项编制人员43人、事业人员3人、工勤人员3人。在职人员控制率为94.23%。";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
    assert_eq!(audit.count(Verdict::Unverifiable), 0, "{:#?}", audit.claims);
    assert!(claims(&audit, "staff_control").iter().any(|c| c.verdict == Verdict::Ok && c.detail.contains("49人")), "{:#?}", audit.claims);
}

/// A table of projects with a last column of marks (“是否完成”: 是 / 否) its 合计 row leaves blank: the 合计's
/// figures stand under 预算 and 支出, not one column to the right.
#[test]
fn a_projects_total_row_short_of_a_mark_column_is_read_under_its_headings() {
    let text = "2023年度。项目支出412.50万元。\n项目情况（单位：万元）\n项目名称      全年预算  支出数    是否完成\n老年助餐补贴  300.00    296.00    是\n助残服务经费  130.00    116.50    否\n合计          430.00    412.50\n";
    let audit = audit(text);
    assert_eq!(audit.count(Verdict::Mismatch), 0, "{:#?}", audit.claims);
}

/// “项目支出190.00万元” over a table of every project whose rows and 合计 make 180.00 — which with the 基本支出 makes
/// the 支出合计: the 项目支出 written in the prose is the slip, marked where it stands.
#[test]
fn a_projects_total_the_table_of_projects_does_not_bear_out_is_marked() {
    let text = "2022年度。全年支出500.00万元，其中基本支出320.00万元，项目支出190.00万元。\n项目明细（单位：万元）\n项目名称\t预算数\t支出数\n河道保洁经费\t100.00\t96.00\n水利设施维修\t90.00\t84.00\n合计\t190.00\t180.00\n";
    let wrong = audit(text);
    assert!(claims(&wrong, "projects").iter().any(|c| c.verdict == Verdict::Mismatch && c.stated.contains("190.00万元")), "{:#?}", wrong.claims);
    // One slip, marked once: the 支出合计 holds with the 项目支出 the table bears out.
    assert_eq!(wrong.count(Verdict::Mismatch), 1, "{:#?}", wrong.claims);
    assert!(claims(&wrong, "spend").iter().all(|c| c.verdict == Verdict::Ok && c.notes.iter().any(|n| n.contains("按180万元核对"))), "{:#?}", wrong.claims);
    let right = audit(&text.replace("项目支出190.00万元", "项目支出180.00万元"));
    assert_eq!(right.count(Verdict::Mismatch), 0, "{:#?}", right.claims);
}

/// A score table of indicators alone (no 一级 named), its total row giving the 得分 only: rows whose 分值 make
/// the whole rubric (100) are each a part of the total — written with tabs or aligned by blanks.
#[test]
fn a_score_table_of_indicators_whose_weights_make_the_rubric_sums_to_its_total() {
    let rows = [("预算编制科学性", "20", "18"), ("资金使用合规性", "30", "30"), ("项目完成率", "30", "27.5"), ("服务对象满意度", "20", "19")];
    let tabbed: String = rows.iter().map(|(name, points, score)| format!("{name}\t{points}\t{score}\n")).collect();
    let spaced: String = rows.iter().map(|(name, points, score)| format!("{name}\u{3000}\u{3000}  {points}      {score}\n")).collect();
    for (table, total) in [(format!("指标\t分值\t得分\n{tabbed}总分\t\t94.5\n"), "94.5"), (format!("指标名称　　　　  分值    得分\n{spaced}总分                94.5\n"), "94.5")] {
        let right = audit(&format!("2023年度评分情况：\n{table}"));
        assert!(claims(&right, "score_total").iter().any(|c| c.verdict == Verdict::Ok), "{table}\n{:#?}\n{:?}", right.claims, right.remarks);
        let wrong = audit(&format!("2023年度评分情况：\n{}", table.replace(total, "95.5")));
        assert!(claims(&wrong, "score_total").iter().any(|c| c.verdict == Verdict::Mismatch), "{table}\n{:#?}", wrong.claims);
    }
}

/// “年中追加和调减合计…” in a report's closing problems is the two changes together, not a second 年中调减; and
/// 附属单位上缴收入 beside 事业收入 in the brackets after the 其他资金 are its kinds, which make it.
#[test]
fn two_changes_summed_and_the_kinds_of_income_are_no_second_value() {
    let text = "2023年度全年预算数3,080.00万元：上年结转120.00万元，年初预算2,600.00万元，年中追加410.00万元，年中调减95.00万元，\
        其他资金45.00万元（事业收入30.50万元，为检测服务收入；附属单位上缴收入14.50万元）。预算调整率=（410.00+95.00）/2,600.00×100%=19.42%。\n\
        三、存在问题\n年中追加和调减合计505.00万元，调整幅度偏大，反映年初预算编制不够精细。";
    let audit = audit(text);
    assert!(!audit.remarks.iter().any(|r| r.contains("在文中有不同数字")), "{:?}", audit.remarks);
    assert_eq!(marks(&audit, "annual_budget"), vec![Verdict::Ok], "{:#?}", audit.claims);
    assert_eq!(marks(&audit, "budget_adjustment"), vec![Verdict::Ok], "{:#?}", audit.claims);
    let draft = draft_from_text(text).draft;
    assert_eq!(draft.get("budget.reductions"), "95");
    assert_eq!(draft.get("budget.other_funds"), "45");
}

/// A department's spending split by unit (本级 | 下属单位 | 合计) gives the whole department's figures in its 合计
/// column: a 公用经费 the prose writes otherwise (its digits swapped) is the slip, marked where written — not the
/// prose's 支出合计, which its table bears out.
#[test]
fn a_spending_table_split_by_unit_settles_a_part_the_prose_writes_otherwise() {
    let pasted = "某县水利局2023年度部门整体支出绩效自评报告\n\
                  全年支出1,589.40万元，其中人员经费803.10万元，公用经费147.50万元，项目支出611.80万元。\n\
                  表一  2023年支出分单位情况（单位：万元）\n\
                  项目\t局机关\t下属单位\t合计\n\
                  人员经费\t512.30\t290.80\t803.10\n\
                  公用经费\t91.20\t83.30\t174.50\n\
                  项目支出\t402.60\t209.20\t611.80\n\
                  支出合计\t1,006.10\t583.30\t1,589.40\n";
    let audit = audit(pasted);
    let restated = claims(&audit, "restated_figure");
    assert_eq!(restated.len(), 1, "{:?}", audit.claims);
    assert_eq!((restated[0].stated.as_str(), restated[0].verdict), ("公用经费147.50万元", Verdict::Mismatch));
    assert!(restated[0].detail.contains("174.5万元"), "{}", restated[0].detail);
    assert!(claims(&audit, "spend").iter().all(|c| c.verdict != Verdict::Mismatch), "{:?}", claims(&audit, "spend"));
}

/// A project's 自评总分 restated under its 自评表 with its groups' scores (“自评总分：92.39分（产出指标45分，…）”):
/// the project rubric has no 决策 or 过程 — the rest is the funds row's 得分 (or the prose's), which the sum adds.
#[test]
fn a_projects_total_under_its_sheet_adds_the_funds_rows_score() {
    let sheet = |score: &str, total: &str| {
        format!("2025年度。\n附件2\n乡村道路养护项目绩效自评表（资金部分）\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t250.00\t250.00\t231.50\t10\t92.60%\t{score}\n其中：当年财政拨款\t250.00\t250.00\t231.50\t—\t—\t—\n其他资金\t0.00\t0.00\t0.00\t—\t—\t—\n本项目绩效自评得分：{total}分（产出指标46.5分，效益指标27分，满意度指标9.5分）\n")
    };
    let right = audit(&sheet("9.26", "92.26"));
    assert_eq!(verdicts(&right, "score_total"), vec![("自评得分：92.26分（产出指标46.5分，效益指标27分，满意度指标9.5分）".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    assert!(claims(&right, "score_total")[0].detail.contains("预算执行率9.26分+产出46.5分"), "{:#?}", right.claims);
    let wrong = audit(&sheet("9.26", "93.26"));
    assert_eq!(marks(&wrong, "score_total"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
    // The prose gives the funds score instead of a sheet.
    let prose = audit("2025年度。\n年度资金总额执行率88.40%，得分8.84分（分值10分）。项目自评得分91.84分，其中产出指标48分、效益指标26分、满意度指标9分。\n");
    assert_eq!(marks(&prose, "score_total"), vec![Verdict::Ok], "{:#?}", prose.claims);
    // Nowhere: the remark names the funds row's score.
    let bare = audit("2025年度。\n项目自评得分91.84分，其中产出指标48分、效益指标26分、满意度指标9分。\n");
    assert_eq!(marks(&bare, "score_total"), vec![Verdict::Unverifiable], "{:#?}", bare.claims);
    assert!(claims(&bare, "score_total")[0].detail.contains("未列预算执行率的得分"), "{:#?}", bare.claims);
}

/// A project's 自评表 printing the rule its funds row is scored by (full marks from a bound, 分值 × 执行率 short
/// of it): the row's 得分 is what that rule gives — 10 at 96.38%, not 分值 × 执行率 — and the next sheet's row,
/// with no rule under it, is still 分值 × 执行率.
#[test]
fn a_funds_row_scored_by_the_rule_its_sheet_prints() {
    let sheet = |name: &str, spent: &str, score: &str, note: &str| {
        format!("{name}项目绩效自评表\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t80.00\t80.00\t{spent}\t10\t—\t{score}\n其中：当年财政拨款\t80.00\t80.00\t{spent}\t—\t—\t—\n{note}\n")
    };
    let note = "（注：资金执行按本项目评分办法计分：执行率≥95%得10分，低于95%按执行率×10分计算。）";
    let text = format!("2025年度。\n{}\n{}", sheet("农机购置补贴", "77.10", "10", note), sheet("高标准农田", "77.10", "9.64", ""));
    let found = audit(&text);
    assert_eq!(marks(&found, "project.score"), vec![Verdict::Ok, Verdict::Ok], "{:#?}", found.claims);
    assert!(claims(&found, "project.score")[0].detail.contains("评分标准"), "{:#?}", found.claims);
    // Short of the bound, the rule's own 分值 × 执行率.
    let short = audit(&format!("2025年度。\n{}", sheet("农机购置补贴", "72.90", "10", note)));
    assert_eq!(marks(&short, "project.score"), vec![Verdict::Mismatch], "{:#?}", short.claims);
    assert!(claims(&short, "project.score")[0].detail.contains("应为9.11"), "{:#?}", short.claims);
}

/// A scoring table aligned by spaces with a 评分标准 column whose rules run in clauses (“，”, “；”) and one rule
/// so long that its 得分 follows a single blank: every row is read (the 合计 sums them all), and a band of the
/// rule scoring a share of the 分值 (“(5%,15%]得50%”) gives the row's points.
#[test]
fn a_space_aligned_score_table_with_rules_of_clauses_reads_every_row() {
    let table = |score: &str, total: &str| {
        format!(
            "2024年度。\n五、评分情况\n一级指标   三级指标          分值   实际值     评分标准                                   得分\n\
             投入       人员控制率          10   98.00%     ≤100%得满分，每超1个百分点扣1分                  10\n\
             过程       预算调整率          20   7.20%      0得满分；(0,5%]得75%；(5%,15%]得50%；15%以上不得分 {score}\n\
             过程       制度健全性          30   健全       酌情扣分                                    28\n\
             产出       完成率              40   100%       ≥95%得满分                                  40\n\
             合计                          100                                                        {total}\n\
             经自评，本单位得分{total}分。\n"
        )
    };
    let right = audit(&table("10", "88"));
    assert_eq!(marks(&right, "indicator_score"), vec![Verdict::Ok, Verdict::Ok, Verdict::Ok], "{:#?}", right.claims);
    assert!(right.claims.iter().filter(|c| c.id == "score_total").all(|c| c.verdict == Verdict::Ok), "{:#?}", right.claims);
    assert!(right.claims.iter().any(|c| c.id == "score_total"), "{:#?}", right.claims);
    let slipped = audit(&table("15", "94"));
    assert_eq!(marks(&slipped, "indicator_score"), vec![Verdict::Ok, Verdict::Mismatch, Verdict::Ok], "{:#?}", slipped.claims);
    assert!(slipped.claims.iter().any(|c| c.id == "score_total" && c.verdict == Verdict::Mismatch), "{:#?}", slipped.claims);
}

/// A 项目支出绩效自评表 exported from the 一体化系统, its columns named its own way (资金来源 | … | 权重分 | 执行率得分,
/// 指标类型 | 指标分类 | 指标名称 | 目标值 | 完成值 | 权重分 | 自评得分) and its total a row of its own beside its
/// grade (“自评总分 | 93.40 | 自评等级 | 优”): the funds block's 合计 row is the year's funds, and the total sums it
/// with the indicators' 得分.
#[test]
fn an_exported_project_sheet_sums_its_funds_row_and_indicators() {
    let sheet = |total: &str| {
        format!(
            "2023年度。\n项目支出绩效自评表\n资金来源\t年初预算数(万元)\t调整后预算数(万元)\t实际支出数(万元)\t预算执行率\t权重分\t执行率得分\n\
             合计\t50.00\t50.00\t47.00\t94.00%\t10\t9.40\n财政拨款\t50.00\t50.00\t47.00\t\t\t\n\
             指标类型\t指标分类\t指标名称\t目标值\t完成值\t权重分\t自评得分\t未完成原因\n\
             产出指标\t数量指标\t改造站点数\t≥12个\t12个\t50\t50\t\n\
             效益指标\t社会效益指标\t服务人次\t≥3万\t2.7万\t30\t24\t客流不及预期\n\
             满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t10\t10\t\n\
             自评总分\t{total}\t自评等级\t优\n"
        )
    };
    let right = audit(&sheet("93.40"));
    assert_eq!(marks(&right, "score_total"), vec![Verdict::Ok], "{:#?}", right.claims);
    assert!(claims(&right, "score_total")[0].detail.contains("年度资金总额9.4分"), "{:#?}", right.claims);
    let wrong = audit(&sheet("94.40"));
    assert_eq!(marks(&wrong, "score_total"), vec![Verdict::Mismatch], "{:#?}", wrong.claims);
}

/// A projects table aligned by spaces whose header gives its unit in ASCII brackets (“预算额(元)”), a page
/// number between header and rows: its figures are 元 as the prose's are — no 不符 against the stated 项目支出,
/// and the draft takes them in 万元.
#[test]
fn a_header_in_ascii_brackets_gives_its_tables_unit() {
    let text = "2023年度。\n全年支出3,486,200.00元，其中：基本支出3,120,000.00元，项目支出366,200.00元。\n项目支出具体如下：\n项目名称                预算额(元)       支出额(元)       执行率\n— 2 —\n档案数字化加工          250,000.00       243,700.00     97.48%\n库房消防改造            130,000.00       122,500.00     94.23%\n合计                    380,000.00       366,200.00     96.37%\n三、绩效情况\n";
    let audit = audit(text);
    assert!(audit.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
    assert_eq!(drafted_projects(text), [["档案数字化加工", "25", "24.37"], ["库房消防改造", "13", "12.25"]]);
}

/// A header aligned by spaces whose headings set close keep one blank between them (“编号 项目名称      全年预算
/// 支出数 执行率”) heads its rows as one with a wider blank would: each row is a project — checked, and taken
/// by the draft.
#[test]
fn headings_one_blank_apart_head_a_table_aligned_by_spaces() {
    let text = "2022年度。\n全年支出612.40万元，其中基本支出402.10万元，项目支出210.30万元。\n编号 项目名称             全年预算 支出数 执行率\n1    渔政执法船艇维护            85.00    80.30  94.47%\n2    增殖放流                   132.00   130.00  98.48%\n     合计                      217.00   210.30  96.91%\n三、绩效情况\n";
    let audit = audit(text);
    assert!(audit.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
    assert_eq!(claims(&audit, "project.execution").len(), 3, "{:#?}", audit.claims);
    assert_eq!(drafted_projects(text), [["渔政执法船艇维护", "85", "80.3"], ["增殖放流", "132", "130"]]);
}

/// A projects table drawn with box characters (copied from OCR): its rules are no rows, its cells are between
/// the bars — each project checked, and taken by the draft in the unit its header gives.
#[test]
fn a_table_drawn_with_box_characters_lists_its_projects() {
    let text = "2023年度。\n全年支出4,380,500.00元，其中基本支出3,650,000.00元，项目支出730,500.00元。\n┌──┬────────┬──────┬──────┬────┐\n│序号│项目名称        │预算数(元)  │实际支出(元)│执行率  │\n├──┼────────┼──────┼──────┼────┤\n│1 │城乡规划编制    │480,000.00│472,300.00│98.40%│\n│2 │测绘成果更新│270,000.00│258,200.00│95.63％│\n│合计│        │750,000.00│730,500.00│97.40%│\n└──┴────────┴──────┴──────┴────┘\n三、绩效情况\n";
    let audit = audit(text);
    assert!(audit.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
    assert_eq!(claims(&audit, "project.execution").len(), 3, "{:#?}", audit.claims);
    assert_eq!(drafted_projects(text), [["城乡规划编制", "48", "47.23"], ["测绘成果更新", "27", "25.82"]]);
}

/// A projects table aligned by no-break spaces (U+00A0, as a web page or a PDF copies them) whose headings wrap
/// onto a second line (“年初预算及⏎追加（全年）”, “实际⏎支出”): its rows are checked against the whole headings, and
/// the draft takes them.
#[test]
fn a_table_aligned_by_no_break_spaces_with_wrapped_headings_lists_its_projects() {
    let text = "2024年度。\n全年支出356.40万元，其中基本支出300.00万元，项目支出56.40万元，明细如下（单位：万元）：\n项目名称\u{a0} \u{a0} 年初预算及\u{a0} \u{a0} 实际\u{a0} \u{a0} 执行率\n\u{a0} \u{a0} \u{a0} \u{a0} \u{a0} \u{a0} 追加（全年）\u{a0} \u{a0}支出\n侨务联络经费\u{a0} \u{a0} 36.00\u{a0} \u{a0} 35.10\u{a0} \u{a0} 97.50%\n归侨侨眷帮扶\u{a0} \u{a0} 22.00\u{a0} \u{a0} 21.30\u{a0} \u{a0} 96.82%\n合计\u{a0} \u{a0} 58.00\u{a0} \u{a0} 56.40\u{a0} \u{a0} 97.24%\n三、绩效情况\n";
    let audit = audit(text);
    assert!(audit.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", audit.claims);
    assert_eq!(claims(&audit, "project.execution").len(), 3, "{:#?}", audit.claims);
    assert_eq!(drafted_projects(text), [["侨务联络经费", "36", "35.1"], ["归侨侨眷帮扶", "22", "21.3"]]);
}

/// The projects a draft from `text` lists: name, 预算数 and 实际支出 as the draft holds them.
fn drafted_projects(text: &str) -> Vec<[String; 3]> {
    let draft = draft_from_text(text).draft;
    draft.projects().iter().map(|p| [ProjectColumn::Name, ProjectColumn::Budget, ProjectColumn::Actual].map(|c| p.cell(c).to_string())).collect()
}

/// A table of the unit's spending in 元 (人员经费 and 公用经费 rows beside its projects, a 合计 under them): the
/// 人员经费 row written otherwise than the 基本支出 less the 公用经费 leaves, and the 合计 bears that value out
/// while a rate vouches for the 公用经费 as written — the row is the one slip, marked where it stands; the
/// 基本支出 and the 合计 hold on the value they bear out.
#[test]
fn a_row_the_basic_total_and_the_tables_own_total_bear_out_otherwise_is_the_slip() {
    let text = |personnel: &str| {
        format!(
            "某县档案馆2024年度部门整体支出绩效自评报告\n2024年度全年支出3,482,600.00元，其中基本支出2,690,100.00元、项目支出792,500.00元。\n\
             表2  支出明细（单位：元）\n支出项目\t预算数\t实际支出数\n人员经费\t—\t{personnel}\n公用经费\t300,000.00\t281,400.00\n\
             馆藏档案数字化\t500,000.00\t486,300.00\n档案库房安防改造\t320,000.00\t306,200.00\n合计\t—\t3,482,600.00\n\n公用经费控制率93.80%。\n"
        )
    };
    let report = |personnel: &str| audit(&text(personnel));
    let right = report("2,408,700.00");
    assert_eq!(right.count(Verdict::Mismatch), 0, "{:#?}", right.claims);
    let wrong = report("2,480,700.00");
    let marked: Vec<&Claim> = wrong.claims.iter().filter(|c| c.verdict == Verdict::Mismatch).collect();
    assert_eq!(marked.len(), 1, "{:#?}", wrong.claims);
    assert_eq!(marked[0].stated, "2,480,700.00");
    assert!(marked[0].detail.contains("此处应为2,408,700.00元") && marked[0].detail.contains("合计3,482,600.00元"), "{}", marked[0].detail);
    let total = claims(&wrong, "table_total");
    assert!(total.iter().all(|c| c.verdict == Verdict::Ok) && total.iter().any(|c| c.notes.iter().any(|n| n.contains("已在该处标出"))), "{:#?}", total);
    // No rate to vouch for the 公用经费: the 合计 cannot tell which row slipped, and the 基本支出 stays blamed.
    let unvouched = audit(&text("2,480,700.00").replace("公用经费控制率93.80%。", ""));
    assert!(claims(&unvouched, "basic").iter().any(|c| c.verdict == Verdict::Mismatch), "{:#?}", unvouched.claims);
}

/// A score table giving each row's 分值, 扣分 and 得分: a row whose 得分 is not its 分值 less its 扣分, under a
/// 合计 the rows make with the 分值 less the 扣分, has its 得分 wrong — marked there, the 合计 and the 扣分 right;
/// tabbed or one cell a line.
#[test]
fn a_score_written_against_its_deduction_is_the_slip_where_the_total_bears_the_deduction_out() {
    let rows = [
        ["一级指标", "二级指标", "分值", "扣分", "得分", "扣分原因"],
        ["决策", "目标设定", "20", "2", "18.00", "指标不够量化"],
        ["过程", "资金管理", "30", "1.5", "30.00", "两笔支出未附凭证"],
        ["产出", "产出数量", "30", "0", "30.00", ""],
        ["效益", "社会效益", "20", "0.5", "19.50", "宣传不够"],
        ["合计", "", "100", "4", "96.00", ""],
    ];
    let tabbed: String = rows.iter().map(|r| r.join("\t") + "\n").collect();
    let stacked: String = rows.iter().flat_map(|r| r.iter().map(|c| format!("{c}\n"))).collect();
    for table in [tabbed, stacked] {
        let text = format!("四、评分情况\n按评分细则逐项打分如下：\n{table}\n五、存在的问题\n无。\n");
        let audited = audit(&text);
        let slips: Vec<&Claim> = audited.claims.iter().filter(|c| c.verdict != Verdict::Ok).collect();
        assert_eq!(slips.len(), 1, "{table}\n{:#?}", audited.claims);
        assert!(slips[0].id == "score_total" && slips[0].stated == "30.00" && slips[0].detail.contains("应为28.5分"), "{slips:#?}");
        assert!(audited.claims.iter().any(|c| c.stated == "96.00" && c.verdict == Verdict::Ok), "{:#?}", audited.claims);
    }
    // The 合计 made with the 得分 as written: the 扣分 is the slip, as before.
    let text = "一级指标\t分值\t扣分\t得分\n决策\t20\t2\t18\n过程\t30\t1.5\t30\n产出\t50\t0\t50\n合计\t100\t3.5\t98\n";
    let audited = audit(text);
    let slips: Vec<&Claim> = audited.claims.iter().filter(|c| c.verdict == Verdict::Mismatch && c.id == "score_total").collect();
    assert!(slips.len() == 1 && slips[0].stated == "1.5" && slips[0].detail.contains("应为0分"), "{:#?}", audited.claims);
}

/// A score table of 分值 and 扣分 with no column of 得分, aligned by spaces, its rules of deduction in words
/// (“，” inside them), and its total said in words of its last row (“总计  100  综合得分88.5分”): each row's
/// 得分 is its 分值 less its 扣分, and the total their sum.
#[test]
fn a_total_said_under_rows_of_points_and_deductions_is_their_points_less_what_was_taken_off() {
    let table = |total: &str| {
        format!(
            "六、自评结果\n维度  评价内容              权重分  扣分    说明\n投入  预算编制                20     1    绩效目标偏粗，扣1分\n过程  资金支付进度            30     0.5  一季度进度偏慢，每低5个百分点扣0.5分\n产出  任务完成                30     0    全部完成\n效益  群众满意度              20     0    满意度98%\n总计                    100          综合得分{total}分\n\n七、下一步打算\n"
        )
    };
    let right = audit(&table("98.5"));
    assert!(!right.claims.iter().any(|c| c.verdict != Verdict::Ok), "{:#?}", right.claims);
    assert!(right.claims.iter().any(|c| c.id == "score_total" && c.stated.contains("98.5")), "{:#?}", right.claims);
    let wrong = audit(&table("99.5"));
    let slips: Vec<&Claim> = wrong.claims.iter().filter(|c| c.verdict != Verdict::Ok).collect();
    assert!(slips.len() == 1 && slips[0].stated.contains("99.5") && slips[0].detail.contains("98.5"), "{slips:#?}");
    assert!(slips[0].notes.iter().any(|n| n.contains("分值减扣分")), "{slips:#?}");
}

/// A 项目支出绩效自评表 copied one cell a line whose rows give “无” as their 偏差原因: each row read whole, so its
/// 总分 is checked on them — the funds row's 得分 and the indicators'.
#[test]
fn a_sheet_one_cell_a_line_with_no_deviation_words_has_its_total_checked() {
    let sheet = |total: &str| {
        let cells = [
            "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
            "年度资金总额", "50.00", "50.00", "48.00", "10", "96.00%", "9.60",
            "其中：当年财政拨款", "50.00", "50.00", "48.00", "—", "—", "—",
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
            "产出指标", "数量指标", "培训农户人次", "≥500人次", "520人次", "40", "40", "无",
            "效益指标", "社会效益指标", "农户增收", "稳步提高", "稳步提高", "40", "40", "—",
            "满意度指标", "服务对象满意度指标", "参训农户满意度", "≥90%", "95%", "10", "10", "无",
            "总分", "100", total, "自评等级", "优",
        ];
        format!("2024年度。\n附件：项目支出绩效自评表（农民技能培训）\n{}\n\n四、问题\n无。\n", cells.join("\n"))
    };
    let right = audit(&sheet("99.60"));
    assert_eq!(verdicts(&right, "score_total"), vec![("99.60".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let wrong = audit(&sheet("99.06"));
    assert!(claims(&wrong, "score_total").iter().any(|c| c.stated == "99.06" && c.verdict == Verdict::Mismatch && c.detail.contains("99.6")), "{:#?}", wrong.claims);
}

/// A 自评表 aligned by spaces, a 其中 row under its 年度资金总额 (its figures a cell short of the 得分), its funds
/// row scored above 分值 × 执行率: the 总分 adding it up as written follows that slip — 随之有误, not unchecked.
#[test]
fn a_total_adding_up_a_funds_score_above_its_rate_follows_it() {
    let text = "2024年度。\n项目支出绩效自评表\n项目资金（万元）     年初预算数   全年预算数   全年执行数   分值     执行率     得分\n年度资金总额          200.00    200.00    170.00    10   85.00%   10.00\n其中：当年财政拨款     200.00    200.00    170.00\n一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施\n产出指标  数量指标  改造校舍面积  ≥3000平方米  3100平方米  50  50  \n效益指标  社会效益指标  办学条件  明显改善  明显改善  30  30  \n满意度指标  服务对象满意度指标  师生满意度  ≥90%  96%  10  10  \n总分  100  100.00  自评等级：优\n\n五、问题\n";
    let audited = audit(text);
    assert_eq!(marks(&audited, "project.score"), vec![Verdict::Mismatch], "{:#?}", audited.claims);
    let total = claims(&audited, "score_total");
    assert!(total.len() == 1 && total[0].verdict == Verdict::KnockOn && total[0].detail.contains("应为98.5分"), "{:#?}", audited.claims);
    assert!(audited.remarks.iter().all(|r| !r.contains("未核对")), "{:#?}", audited.remarks);
}

/// A deadline missed (“2024年10月底前” done “11月15日”), no rule printed for the row: the house reads it 未达成,
/// but the scorer may judge it partly met — a score in that band stands; one above it is still 不符.
#[test]
fn a_late_deadline_scored_as_partly_met_is_the_scorers_judgment() {
    let sheet = |late: &str| {
        format!("2024年度。\n附件：项目支出绩效自评表\n项目名称\t村级道路硬化\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t100.00\t100.00\t100.00\t10\t100.00%\t10.00\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n产出指标\t数量指标\t硬化里程\t≥8公里\t8.2公里\t40\t40\t\n产出指标\t时效指标\t完工时间\t2024年10月底前\t2024年11月15日\t10\t{late}\t雨季延误\n效益指标\t社会效益指标\t通行条件\t明显改善\t明显改善\t30\t30\t\n满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\t95%\t10\t10\t\n总分\t100\t\t\n")
    };
    let partly = audit(&sheet("7.5"));
    assert_eq!(marks(&partly, "project.indicator").iter().filter(|v| **v != Verdict::Ok).count(), 0, "{:#?}", partly.claims);
    let full = audit(&sheet("10"));
    assert!(claims(&full, "project.indicator").iter().any(|c| c.stated == "10" && c.verdict == Verdict::Mismatch && c.detail.contains("8分")), "{:#?}", full.claims);
}

/// A list of projects under its own heading (“项目支出明细：”), each item “（1）名称经费：年初及调整后预算…，实际支出…，
/// 执行率…”: the 调整后预算 of an item is the project's, not the unit's 全年预算数 — no 不符 against the year's
/// budget, no remark of its “different figures” — and the draft lists every item with its budget.
#[test]
fn an_items_adjusted_budget_under_a_projects_heading_is_the_projects() {
    let text = "某县水利局2023年度部门整体支出绩效自评报告\n上年结转20.00万元，年初预算1,180.00万元，年中追加60.00万元，全年预算数1,260.00万元。\n\
                全年支出1,250.00万元，其中基本支出1,100.00万元，项目支出150.00万元。年末结转结余10.00万元。\n项目支出明细：\n\
                （1）河道巡查管护经费：年初及调整后预算80.00万元，实际支出78.50万元，执行率98.13%；\n\
                （2）小型水库安全监测经费：调整后预算45.00万元，实际支出44.10万元，执行率98.00%；\n\
                （3）防汛物资储备经费：年初及调整后预算28.00万元，实际支出27.40万元，执行率97.86%；\n三、绩效情况\n";
    let listed = audit(text);
    assert!(listed.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", listed.claims);
    assert_eq!(verdicts(&listed, "annual_budget"), vec![("全年预算数1,260.00万元".to_string(), Verdict::Ok)]);
    assert!(!listed.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", listed.remarks);
    assert_eq!(
        drafted_projects(text),
        [["河道巡查管护经费", "80", "78.5"], ["小型水库安全监测经费", "45", "44.1"], ["防汛物资储备经费", "28", "27.4"]]
    );
    // The unit's own 调整后预算 in a numbered line of its account stays the year's budget.
    let own = audit("2023年度。\n（一）预算情况\n1．部门预算：年初预算500.00万元，年中追加40.00万元，调减6.00万元，调整后预算544.00万元。\n全年支出524.00万元，年末结转结余10.00万元。");
    assert_eq!(verdicts(&own, "annual_budget"), vec![("调整后预算544.00万元".to_string(), Verdict::Mismatch)], "{:#?}", own.claims);
}

/// A summary line in 亿元 (“全年预算2.4816亿元，全年支出2.46亿元”) before the account in 万元, and a projects table
/// broken by a page's number and running title, its 合计 row's wide figures one blank apart: the 2.46亿元 is the
/// exact spending rounded to its digits (相符, the balance judged on the exact figure), the 合计 row's rate no
/// 项目支出, and the draft lists the table's projects, not the prose's “其余项目支出”.
#[test]
fn a_summary_in_yi_yuan_is_the_exact_figures_rounded_and_a_broken_table_still_lists_its_projects() {
    let text = |closing: &str| {
        format!(
            "某县水利局2024年度部门整体支出绩效自评报告\n二、收支情况\n2024年度部门全年预算2.4816亿元，全年支出2.46亿元，年末结转结余{closing}万元。\n\
             （一）收入：上年结转120.00万元；年初预算22,000.00万元；年中追加2,696.00万元；全年预算合计24,816.00万元。\n\
             （二）支出：全年支出24,596.38万元。\n1.基本支出1,096.38万元，其中人员经费900.00万元，公用经费196.38万元。\n\
             2.项目支出23,500.00万元，其中：水库除险加固工程支出20,000.00万元，其余项目支出3,500.00万元。各项目执行情况如下（单位：万元）：\n\
             项目名称                 预算数       执行数     执行率\n水库除险加固工程         20,100.00  20,000.00  99.50%\n\
             农村饮水安全巩固         2,400.00   2,300.00   95.83%\n\n— 2 —\n\n某县水利局2024年度部门整体支出绩效自评报告\n\
             河道清淤疏浚             1,250.00   1,200.00   96.00%\n合计                 23,750.00 23,500.00  98.95%\n\n三、绩效情况\n"
        )
    };
    let right = audit(&text("219.62"));
    assert!(right.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", right.claims);
    assert!(!right.remarks.iter().any(|r| r.contains("不同数字")), "{:?}", right.remarks);
    let balance = right.claims.iter().flat_map(|c| &c.notes).any(|n| n.contains("资金收支平衡") && n.contains("支出合计24596.38万元"));
    assert!(balance, "{:#?}", right.claims);
    assert_eq!(
        drafted_projects(&text("219.62")),
        [["水库除险加固工程", "20100", "20000"], ["农村饮水安全巩固", "2400", "2300"], ["河道清淤疏浚", "1250", "1200"]]
    );
    // A balance the exact figures do not make is still marked.
    let off = audit(&text("209.62"));
    assert!(off.claims.iter().any(|c| c.id == "funds_balance" && c.verdict == Verdict::Mismatch), "{:#?}", off.claims);
}

/// A report that states its procurement as “政府采购：计划…，实际…”, its fixed assets as “固定资产（含…）原值…，
/// 在用…”, and its posts as the seat's types summed by a 合计 (“县文联机关核定参公编制9名、事业编制4名（…），合计
/// 13名”): its rates are checked on those figures — no 无法核对 — and the draft takes them.
#[test]
fn procurement_planned_assets_glossed_and_the_seats_posts_summed_are_read() {
    let text = "某县文学艺术界联合会2024年度部门整体支出绩效自评报告\n（二）人员编制\n县文联机关核定参公编制9名、事业编制4名（县文化艺术服务中心），合计13名。\
                年末实有在编人员12名（参公8名、事业4名）。\n三、绩效情况\n3.政府采购：计划15.00万元，实际14.40万元，执行率96.00%。\n\
                固定资产（含公租房）原值2,460.30万元，在用2,318.75万元，固定资产利用率94.25%。在职人员控制率=12/13×100%=92.31%。\n";
    let checked = audit(text);
    assert!(checked.claims.iter().all(|c| c.verdict == Verdict::Ok), "{:#?}", checked.claims);
    assert_eq!(verdicts(&checked, "procurement_execution"), vec![("执行率96.00%".to_string(), Verdict::Ok)], "{:#?}", checked.claims);
    assert_eq!(verdicts(&checked, "fixed_asset_utilization").iter().map(|(_, v)| *v).collect::<Vec<_>>(), vec![Verdict::Ok], "{:#?}", checked.claims);
    let draft = draft_from_text(text).draft;
    let got: Vec<&str> = ["staff.quota.admin", "staff.quota.institution", "procurement.budget", "procurement.actual", "assets.total", "assets.in_use"].map(|f| draft.get(f)).to_vec();
    assert_eq!(got, ["9", "4", "15", "14.4", "2460.3", "2318.75"]);
}

/// A 事业单位 spends from its business too: its 支出合计 is 基本支出, 项目支出 and the 经营支出 it lists — the
/// sum checks with that part written out, a slip in any of them is still marked, and the draft (with no
/// field for it) says where its parts fall short of the total.
#[test]
fn a_units_business_spending_is_part_of_its_total_spending() {
    let report = |business: &str| {
        format!(
            "某市水利勘测设计院2025年度部门整体支出绩效自评报告\n本年支出合计3,118.75万元，其中：基本支出2,046.30万元（人员经费1,812.40万元，公用经费233.90万元），\
             项目支出806.15万元，经营支出{business}万元。\n"
        )
    };
    let right = audit(&report("266.30"));
    assert_eq!(verdicts(&right, "spend"), vec![("本年支出合计3,118.75万元".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    let slip = audit(&report("262.30"));
    assert_eq!(verdicts(&slip, "spend"), vec![("本年支出合计3,118.75万元".to_string(), Verdict::Mismatch)], "{:#?}", slip.claims);
    assert!(claims(&slip, "spend")[0].detail.contains("经营支出262.3万元"), "{:#?}", slip.claims);
    let notes = draft_from_text(&report("266.30")).notes;
    assert!(notes.iter().any(|n| n == "支出合计：报告写3118.75万元，含经营支出266.3万元（草稿无此栏），基本支出和项目支出之和为2852.45万元，请核对"), "{notes:?}");
    // Stated in a sentence of its own after the list of the two: a part where the total falls short by just it.
    let own = |total: &str| {
        format!(
            "某县广播电视台2025年度部门整体支出绩效自评报告\n全年支出合计{total}万元，其中基本支出812.60万元，项目支出245.00万元。\n\
             经营支出为133.70万元，主要为广告制作成本。\n"
        )
    };
    let apart = audit(&own("1,191.30"));
    assert_eq!(verdicts(&apart, "spend"), vec![("全年支出合计1,191.30万元".to_string(), Verdict::Ok)], "{:#?}", apart.claims);
    assert!(claims(&apart, "spend")[0].detail.contains("经营支出133.7万元"), "{:#?}", apart.claims);
    let short = audit(&own("1,119.30"));
    assert_eq!(verdicts(&short, "spend"), vec![("全年支出合计1,119.30万元".to_string(), Verdict::Mismatch)], "{:#?}", short.claims);
    // Said beside a total the two make alone: the total is theirs.
    let beside = audit("某县广播电视台2025年度部门整体支出绩效自评报告\n财政资金支出合计1,057.60万元，其中基本支出812.60万元，项目支出245.00万元，另有经营支出133.70万元。\n");
    assert!(verdicts(&beside, "spend").iter().all(|(_, v)| *v == Verdict::Ok), "{:#?}", beside.claims);
    // Money passed up to the parent body, in other words: a part as well.
    let passed_up = audit("某县林场2025年度部门整体支出绩效自评报告\n全年支出980.00万元，包括基本支出600.00万元、项目支出330.00万元和上缴上级支出50.00万元。\n");
    assert_eq!(verdicts(&passed_up, "spend"), vec![("全年支出980.00万元".to_string(), Verdict::Ok)], "{:#?}", passed_up.claims);
}

/// A 事业单位's year: its account of income (财政拨款收入 with 事业收入, 经营收入 … beside it) and the appropriation
/// made of the 年初预算 and its changes — the 全年预算数 is the carry-over and all that income, and checks so.
#[test]
fn a_units_year_budget_holds_the_incomes_beside_its_appropriation() {
    let report = |budget: &str| {
        format!(
            "某县中心血站2025年度部门整体支出绩效自评报告\n2025年收入合计3,486.40万元，其中：财政拨款收入1,920.00万元，事业收入（采供血收费）1,402.60万元，\
             上级补助收入100.00万元，其他收入63.80万元。财政拨款收入中，年初预算1,850.00万元，年中追加95.00万元，年中调减25.00万元。上年结转210.30万元。\n\
             全年预算数{budget}万元（上年结转+本年收入），全年支出3,401.95万元，预算执行率为92.03%。\n"
        )
    };
    let right = audit(&report("3,696.70"));
    assert_eq!(verdicts(&right, "annual_budget"), vec![("全年预算数3,696.70万元".to_string(), Verdict::Ok)], "{:#?}", right.claims);
    assert_eq!(draft_from_text(&report("3,696.70")).draft.get("budget.other_funds"), "1566.4");
    let slip = audit(&report("3,669.70"));
    assert_eq!(verdicts(&slip, "annual_budget"), vec![("全年预算数3,669.70万元".to_string(), Verdict::Mismatch)], "{:#?}", slip.claims);
}

/// A 收入支出决算总表 in four columns (收入 | 金额 | 支出 | 金额) whose spending half opens a row on “其中：”: every
/// income row is the table's, the 事业收入 beside “其中：人员经费” as much as the others — the year's other funds.
#[test]
fn an_income_row_beside_a_spending_rows_lead_is_of_the_funds_table() {
    let report = "某县职业中专2025年度部门整体支出绩效自评报告\n表1  2025年度收入支出决算总表（单位：万元）\n收入\t金额\t支出\t金额\n\
                  一、财政拨款收入\t2150.00\t一、基本支出\t1980.40\n二、事业收入\t310.50\t  其中：人员经费\t1700.00\n\
                  三、上级补助收入\t60.00\t        公用经费\t280.40\n四、其他收入\t12.30\t二、项目支出\t420.60\n\
                  本年收入合计\t2532.80\t本年支出合计\t2401.00\n上年结转\t45.20\t年末结转结余\t177.00\n总计\t2578.00\t总计\t2578.00\n\
                  年初预算2100.00万元，年中追加80.00万元，年中调减30.00万元。\n全年预算数2578.00万元，全年支出2401.00万元，预算执行率93.13%。\n";
    let audited = audit(report);
    assert_eq!(verdicts(&audited, "annual_budget"), vec![("全年预算数2578.00万元".to_string(), Verdict::Ok)], "{:#?}", audited.claims);
    assert_eq!(draft_from_text(report).draft.get("budget.other_funds"), "382.8");
}

/// A two-year table of thousands of rows whose 本年数 cells the prose states otherwise: each row looks the
/// prose's figure up, not walking every figure of the text — the audit answers in moments.
#[test]
fn a_long_two_year_table_of_slipped_cells_is_audited_in_moments() {
    let mut table = String::from("某院2025年度部门整体支出绩效自评报告\n本年事业收入1,364.80万元。\n项目\t上年数\t本年数\t增减额\t增减率\n");
    table.push_str(&"事业收入\t1,238.50\t1,346.80\t126.30\t10.20%\n".repeat(2000));
    let audited = audit(&table);
    assert_eq!(marks(&audited, "restated_figure").len(), 2000);
    assert!(marks(&audited, "growth").iter().all(|v| *v == Verdict::Ok));
}
