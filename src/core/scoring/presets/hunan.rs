//! 湖南省部门整体支出绩效评价指标表 (filled copies for 2017 and 2018).

use super::{PresetRow, ROW};

pub const NOTE: &str = "依据湖南省部门整体支出绩效评价指标表（2017、2018年填报件）。在职人员控制率、“三公”经费变动率、\
预算完成率、预算控制率、新建楼堂馆所面积控制率和投资概算控制率的分值与评分规则取自原表；其后各项的分值原表未载，\
本工具按总分100分补足（预算管理12分、资产管理10分、产出18分、效果18分），请按本地评分表核改。原表的预算完成率按\
（上年结转＋年初预算＋年中追加－年末结余）÷（上年结转＋年初预算＋年中追加）计算，可在“口径”中选择“预算完成率（湖南旧口径）”。";

pub const ROWS: &[PresetRow] = &[
    PresetRow {
        id: "staff_control",
        level1: "投入",
        level2: "预算配置",
        level3: "在职人员控制率",
        points: "8",
        target: "≤100%",
        criteria: "在职人员控制率≤100%得满分；每超过1个百分点扣0.5分，扣完为止。",
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
        points: "8",
        target: "≤0",
        criteria: "“三公”经费变动率≤0得满分；每增加1个百分点扣0.8分，扣完为止；本年度与上年度均无“三公”经费的得满分。",
        source: "sangong_change",
        rule: "ceiling",
        threshold: "0",
        deduct: "0.8",
        na: "full",
        ..ROW
    },
    PresetRow {
        id: "budget_execution",
        level1: "过程",
        level2: "预算执行",
        level3: "预算完成率",
        points: "8",
        target: "100%",
        criteria: "预算完成率=100%得满分；每低5个百分点扣2分，扣完为止。",
        source: "budget_execution",
        rule: "target",
        threshold: "100",
        step: "5",
        deduct: "2",
        step_mode: "whole",
        ..ROW
    },
    PresetRow {
        id: "budget_control",
        level1: "过程",
        level2: "预算执行",
        level3: "预算控制率",
        points: "8",
        target: "0",
        criteria: "预算控制率=0得8分；0<预算控制率≤10%得6分；10%<预算控制率≤20%得4分；20%<预算控制率≤30%得2分；预算控制率>30%得0分。",
        source: "budget_control",
        rule: "bands",
        bands: "x=0 → 8分；0<x≤10% → 6分；10%<x≤20% → 4分；20%<x≤30% → 2分；x>30% → 0分",
        ..ROW
    },
    PresetRow {
        id: "building_scale_control",
        level1: "过程",
        level2: "预算执行",
        level3: "新建楼堂馆所面积控制率",
        points: "5",
        target: "≤100%",
        criteria: "面积控制率≤100%得满分；每超过5个百分点扣2分，扣完为止；无新建楼堂馆所项目的得满分。",
        source: "building_scale_control",
        rule: "ceiling",
        threshold: "100",
        step: "5",
        deduct: "2",
        step_mode: "whole",
        na: "blank_full",
        ..ROW
    },
    PresetRow {
        id: "building_investment_control",
        level1: "过程",
        level2: "预算执行",
        level3: "新建楼堂馆所投资概算控制率",
        points: "5",
        target: "≤100%",
        criteria: "投资概算控制率≤100%得满分；每超过5个百分点扣2分，扣完为止；无新建楼堂馆所项目的得满分。",
        source: "building_investment_control",
        rule: "ceiling",
        threshold: "100",
        step: "5",
        deduct: "2",
        step_mode: "whole",
        na: "blank_full",
        ..ROW
    },
    PresetRow {
        id: "management_system",
        level1: "过程",
        level2: "预算管理",
        level3: "管理制度健全性",
        points: "4",
        target: "制度健全、执行有效",
        criteria: "已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度等管理制度得2分；相关制度得到有效执行得2分。",
        ..ROW
    },
    PresetRow {
        id: "fund_compliance",
        level1: "过程",
        level2: "预算管理",
        level3: "资金使用合规性",
        points: "4",
        target: "无违规使用",
        criteria: "资金使用符合财经法规和财务管理制度，拨付有完整的审批程序和手续，无截留、挤占、挪用、虚列支出等情况得满分；每发现一例违规扣1分，扣完为止。",
        ..ROW
    },
    PresetRow {
        id: "disclosure_timeliness",
        level1: "过程",
        level2: "预算管理",
        level3: "预决算信息公开性",
        points: "4",
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
        level3: "管理制度健全性",
        points: "3",
        target: "制度健全、执行有效",
        criteria: "已制定或具有资产管理制度得1.5分；相关资产管理制度得到有效执行得1.5分。",
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
        points: "4",
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
        level3: "实际完成率",
        points: "8",
        target: "100%",
        criteria: "部门年度重点工作实际完成率=100%得满分；按实际完成率×分值计分。",
        ..ROW
    },
    PresetRow {
        id: "output_timeliness",
        level1: "产出",
        level2: "职责履行",
        level3: "完成及时率",
        points: "5",
        target: "100%",
        criteria: "重点工作均按时完成得满分；按完成及时率×分值计分。",
        ..ROW
    },
    PresetRow {
        id: "output_quality",
        level1: "产出",
        level2: "职责履行",
        level3: "质量达标率",
        points: "5",
        target: "100%",
        criteria: "重点工作质量均达标得满分；按质量达标率×分值计分。",
        ..ROW
    },
    PresetRow {
        id: "performance_benefit",
        level1: "效果",
        level2: "履职效益",
        level3: "经济效益、社会效益、生态效益、可持续影响",
        points: "10",
        target: "效益明显",
        criteria: "根据部门履职对经济发展、社会发展、生态环境的影响及可持续影响的程度评分。",
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
