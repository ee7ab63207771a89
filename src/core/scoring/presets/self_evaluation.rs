//! 部门整体支出绩效自评表 of the 预算管理一体化 system (附件2).

use super::{PresetRow, ROW};

pub const NOTE: &str = "依据预算管理一体化系统的部门整体支出绩效自评表：年度资金总额10分，按预算执行率×分值计分、\
以分值为限；产出指标50分、效益指标30分、满意度指标10分。已有计算指标的行（在职人员控制率、公用经费控制率、\
“三公”经费控制率、预算控制率、预决算信息公开）自动计分，其余各行由单位填写实际完成值并评分；各行分值为本工具的建议，\
请按本单位申报的绩效目标核改。";

pub const ROWS: &[PresetRow] = &[
    PresetRow {
        id: "funds.total",
        level1: "预算执行",
        level2: "年度资金总额",
        level3: "预算执行率",
        points: "10",
        target: "100%",
        criteria: "按预算执行率×分值计分，最高不超过分值。",
        source: "funds.total",
        rule: "linear",
        ..ROW
    },
    PresetRow {
        id: "output_quantity",
        level1: "产出指标",
        level2: "数量指标",
        level3: "年度重点工作任务完成数",
        points: "10",
        target: "按年度工作计划",
        criteria: "全部完成得满分；按完成比例计分。",
        ..ROW
    },
    PresetRow {
        id: "output_quality",
        level1: "产出指标",
        level2: "质量指标",
        level3: "重点工作质量达标率",
        points: "10",
        target: "100%",
        criteria: "质量全部达标得满分；按达标率×分值计分。",
        ..ROW
    },
    PresetRow {
        id: "disclosure_timeliness",
        level1: "产出指标",
        level2: "时效指标",
        level3: "预决算信息公开及时性",
        points: "5",
        target: "批复后20日内公开",
        criteria: "在批复后20日内公开部门预算、决算信息得满分；未按时公开不得分。",
        source: "disclosure_timeliness",
        rule: "pass",
        ..ROW
    },
    PresetRow {
        id: "output_timeliness",
        level1: "产出指标",
        level2: "时效指标",
        level3: "重点工作完成及时率",
        points: "5",
        target: "100%",
        criteria: "均按时完成得满分；按及时率×分值计分。",
        ..ROW
    },
    PresetRow {
        id: "public_expense_control",
        level1: "产出指标",
        level2: "成本指标",
        level3: "公用经费控制率",
        points: "5",
        target: "≤100%",
        criteria: "公用经费控制率≤100%得满分；每超过1个百分点扣1分，扣完为止。",
        source: "public_expense_control",
        rule: "ceiling",
        threshold: "100",
        deduct: "1",
        ..ROW
    },
    PresetRow {
        id: "sangong_control",
        level1: "产出指标",
        level2: "成本指标",
        level3: "“三公”经费控制率",
        points: "5",
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
        id: "staff_control",
        level1: "产出指标",
        level2: "成本指标",
        level3: "在职人员控制率",
        points: "5",
        target: "≤100%",
        criteria: "在职人员控制率≤100%得满分；每超过1个百分点扣0.5分，扣完为止。",
        source: "staff_control",
        rule: "ceiling",
        threshold: "100",
        deduct: "0.5",
        ..ROW
    },
    PresetRow {
        id: "budget_control",
        level1: "产出指标",
        level2: "成本指标",
        level3: "预算控制率",
        points: "5",
        target: "0",
        criteria: "预算控制率=0得满分；0<预算控制率≤10%得80%；10%<预算控制率≤20%得60%；20%<预算控制率≤30%得40%；预算控制率>30%不得分。",
        source: "budget_control",
        rule: "bands",
        bands: "x=0 → 满分；0<x≤10% → 80%；10%<x≤20% → 60%；20%<x≤30% → 40%；x>30% → 0分",
        ..ROW
    },
    PresetRow {
        id: "benefit_social",
        level1: "效益指标",
        level2: "社会效益指标",
        level3: "履职对社会发展的促进作用",
        points: "15",
        target: "作用明显",
        criteria: "根据部门履职对社会发展的影响程度评分。",
        ..ROW
    },
    PresetRow {
        id: "benefit_economic",
        level1: "效益指标",
        level2: "经济效益指标",
        level3: "履职对经济发展的促进作用",
        points: "5",
        target: "作用明显",
        criteria: "根据部门履职对经济发展的影响程度评分。",
        ..ROW
    },
    PresetRow {
        id: "benefit_ecological",
        level1: "效益指标",
        level2: "生态效益指标",
        level3: "履职对生态环境的影响",
        points: "5",
        target: "无不良影响",
        criteria: "根据部门履职对生态环境的影响评分。",
        ..ROW
    },
    PresetRow {
        id: "benefit_sustainable",
        level1: "效益指标",
        level2: "可持续影响指标",
        level3: "长效管理机制健全性",
        points: "5",
        target: "机制健全",
        criteria: "建立长效管理机制并有效运行得满分。",
        ..ROW
    },
    PresetRow {
        id: "satisfaction",
        level1: "满意度指标",
        level2: "服务对象满意度指标",
        level3: "社会公众或服务对象满意度",
        points: "10",
        target: "≥90%",
        criteria: "满意度≥90%得满分；每低1个百分点扣0.5分，扣完为止。",
        ..ROW
    },
];
