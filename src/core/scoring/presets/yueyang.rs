//! 岳阳市 (municipal) 部门整体支出绩效评价指标表.

use super::{PresetRow, ROW};

pub const NOTE: &str = "依据岳阳市部门整体支出绩效评价指标表：投入15分（财政供养人员控制率、“三公”经费变动率、\
重点支出安排率各5分），过程40分，其中预算调整率、支付进度、资金结余、“三公”经费控制率、管理制度、资金使用合规性、\
信息公开的分值与规则取自原表。公用经费控制率、政府采购执行率、资产管理各项的分值，以及产出25分、效果20分的分项，\
原表未载，本工具补足为100分，请按本地评分表核改。资金结余按年末结转结余与上年结转之比评分。";

pub const ROWS: &[PresetRow] = &[
    PresetRow {
        id: "staff_control",
        level1: "投入",
        level2: "预算配置",
        level3: "财政供养人员控制率",
        points: "5",
        target: "≤100%",
        criteria: "财政供养人员控制率≤100%得满分；每超过1个百分点扣0.5分，扣完为止。",
        source: "staff_control",
        rule: "ceiling",
        threshold: "100",
        deduct: "0.5",
        ..ROW
    },
    PresetRow {
        id: "sangong_change",
        level1: "投入",
        level2: "预算配置",
        level3: "“三公”经费变动率",
        points: "5",
        target: "≤0",
        criteria: "“三公”经费变动率≤0得满分；每增加1个百分点扣0.5分，扣完为止；本年度与上年度均无“三公”经费的得满分。",
        source: "sangong_change",
        rule: "ceiling",
        threshold: "0",
        deduct: "0.5",
        na: "full",
        ..ROW
    },
    PresetRow {
        id: "key_spending_ratio",
        level1: "投入",
        level2: "预算配置",
        level3: "重点支出安排率",
        points: "5",
        target: "≥90%",
        criteria: "重点支出安排率≥90%得满分；80%（含）—90%得4分；70%（含）—80%得3分；60%（含）—70%得2分；低于60%不得分。",
        source: "key_spending_ratio",
        rule: "bands",
        bands: "x≥90% → 满分；80%≤x<90% → 80%；70%≤x<80% → 60%；60%≤x<70% → 40%；x<60% → 0分",
        ..ROW
    },
    PresetRow {
        id: "budget_adjustment",
        level1: "过程",
        level2: "预算执行",
        level3: "预算调整率",
        points: "3",
        target: "0",
        criteria: "预算调整率=0得3分；0<预算调整率≤10%得2分；10%<预算调整率≤20%得1分；20%<预算调整率≤30%得0.5分；预算调整率>30%不得分。",
        source: "budget_adjustment",
        rule: "bands",
        bands: "x=0 → 3分；0<x≤10% → 2分；10%<x≤20% → 1分；20%<x≤30% → 0.5分；x>30% → 0分",
        ..ROW
    },
    PresetRow {
        id: "payment_progress",
        level1: "过程",
        level2: "预算执行",
        level3: "支付进度",
        points: "3",
        target: "达到序时进度",
        criteria: "资金支付达到序时进度得满分；每低于序时进度5个百分点扣1分，扣完为止。",
        ..ROW
    },
    PresetRow {
        id: "balance_vs_carryover",
        level1: "过程",
        level2: "预算执行",
        level3: "资金结余",
        points: "3",
        target: "无结余",
        criteria: "年末无结余资金得满分；结余资金不超过上年结转的得2分；结余资金超过上年结转的不得分。",
        source: "balance_vs_carryover",
        rule: "bands",
        bands: "x=0 → 3分；0<x≤100% → 2分；x>100% → 0分",
        na: "full",
        ..ROW
    },
    PresetRow {
        id: "sangong_control",
        level1: "过程",
        level2: "预算执行",
        level3: "“三公”经费控制率",
        points: "6",
        target: "≤100%",
        criteria: "“三公”经费控制率≤100%得满分；每超过1个百分点扣1分，扣完为止；未安排也未发生“三公”经费的得满分。",
        source: "sangong_control",
        rule: "ceiling",
        threshold: "100",
        deduct: "1",
        na: "full",
        ..ROW
    },
    PresetRow {
        id: "public_expense_control",
        level1: "过程",
        level2: "预算执行",
        level3: "公用经费控制率",
        points: "4",
        target: "≤100%",
        criteria: "公用经费控制率≤100%得满分；每超过1个百分点扣0.5分，扣完为止。",
        source: "public_expense_control",
        rule: "ceiling",
        threshold: "100",
        deduct: "0.5",
        ..ROW
    },
    PresetRow {
        id: "procurement_execution",
        level1: "过程",
        level2: "预算执行",
        level3: "政府采购执行率",
        points: "3",
        target: "100%",
        criteria: "政府采购执行率=100%得满分；低于100%的，按政府采购执行率×分值计分；未安排政府采购的得满分。",
        source: "procurement_execution",
        rule: "linear",
        na: "blank_full",
        ..ROW
    },
    PresetRow {
        id: "management_system",
        level1: "过程",
        level2: "预算管理",
        level3: "管理制度健全性",
        points: "3",
        target: "制度健全、执行有效",
        criteria: "已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度等管理制度，并得到有效执行得满分。",
        ..ROW
    },
    PresetRow {
        id: "fund_compliance",
        level1: "过程",
        level2: "预算管理",
        level3: "资金使用合规性",
        points: "3",
        target: "无违规使用",
        criteria: "资金使用符合财经法规和财务管理制度，无截留、挤占、挪用、虚列支出等情况得满分；每发现一例违规扣1分，扣完为止。",
        ..ROW
    },
    PresetRow {
        id: "disclosure_timeliness",
        level1: "过程",
        level2: "预算管理",
        level3: "信息公开",
        points: "3",
        target: "批复后20日内公开",
        criteria: "按规定在批复后20日内公开部门预算、决算信息得满分；未按规定时限公开的不得分。",
        source: "disclosure_timeliness",
        rule: "pass",
        ..ROW
    },
    PresetRow {
        id: "asset_system",
        level1: "过程",
        level2: "资产管理",
        level3: "资产管理制度健全性",
        points: "3",
        target: "制度健全、执行有效",
        criteria: "已制定资产管理制度并得到有效执行得满分。",
        ..ROW
    },
    PresetRow {
        id: "asset_security",
        level1: "过程",
        level2: "资产管理",
        level3: "资产管理安全性",
        points: "3",
        target: "资产安全完整",
        criteria: "资产保存完整、配置合理、处置规范、收入及时足额上缴得满分；每发现一项问题扣1分，扣完为止。",
        ..ROW
    },
    PresetRow {
        id: "fixed_asset_utilization",
        level1: "过程",
        level2: "资产管理",
        level3: "固定资产利用率",
        points: "3",
        target: "100%",
        criteria: "固定资产利用率=100%得满分；低于100%的，按固定资产利用率×分值计分。",
        source: "fixed_asset_utilization",
        rule: "linear",
        ..ROW
    },
    PresetRow {
        id: "output_completion",
        level1: "产出",
        level2: "职责履行",
        level3: "重点工作完成率",
        points: "10",
        target: "100%",
        criteria: "部门年度重点工作全部完成得满分；按实际完成率×分值计分。",
        ..ROW
    },
    PresetRow {
        id: "output_quality",
        level1: "产出",
        level2: "职责履行",
        level3: "质量达标率",
        points: "8",
        target: "100%",
        criteria: "重点工作质量均达标得满分；按质量达标率×分值计分。",
        ..ROW
    },
    PresetRow {
        id: "output_timeliness",
        level1: "产出",
        level2: "职责履行",
        level3: "完成及时率",
        points: "7",
        target: "100%",
        criteria: "重点工作均按时完成得满分；按完成及时率×分值计分。",
        ..ROW
    },
    PresetRow {
        id: "performance_benefit",
        level1: "效果",
        level2: "履职效益",
        level3: "社会效益、经济效益、生态效益",
        points: "12",
        target: "效益明显",
        criteria: "根据部门履职对经济发展、社会发展、生态环境的影响程度评分。",
        ..ROW
    },
    PresetRow {
        id: "satisfaction",
        level1: "效果",
        level2: "满意度",
        level3: "社会公众或服务对象满意度",
        points: "8",
        target: "≥90%",
        criteria: "满意度≥90%得满分；每低1个百分点扣0.5分，扣完为止。",
        ..ROW
    },
];
