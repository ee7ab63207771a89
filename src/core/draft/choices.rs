//! What the clerk chooses rather than types: the methods (口径) indicators are computed by, the rubric
//! preset and a rubric row's rule, source and options. Each is a draft field whose stored value is the
//! id below (the `<option value>` on the page); the first variant is the default. What a choice does
//! lives in the stage that uses it (calc, scoring); here is only what may be chosen.

use super::ids::labelled_ids;

/// One selectable value of a method: the id stored in drafts and used as `<option value>`, and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

/// Declares an enum of selectable values with their stored ids and labels (see [`labelled_ids`]) and
/// its `CHOICES` for a `<select>`; the first is the default.
macro_rules! choices {
    ($(#[$doc:meta])* $name:ident {
        $first:ident = $first_id:literal : $first_label:literal $(, $variant:ident = $id:literal : $label:literal)* $(,)?
    }) => {
        labelled_ids! { $(#[$doc])* $name { $first = $first_id : $first_label $(, $variant = $id : $label)* } }

        impl Default for $name {
            fn default() -> Self {
                Self::$first
            }
        }

        impl $name {
            pub const CHOICES: &'static [Choice] = &[Choice { id: $first_id, label: $first_label } $(, Choice { id: $id, label: $label })*];
        }
    };
}

choices! {
    /// 预算执行率的分母口径.
    ExecutionDenominator {
        AnnualWithCarryover = "annual_with_carryover": "全年预算数（含上年结转）",
        Annual = "annual": "全年预算数（不含上年结转）",
        Initial = "initial": "年初预算数",
        HunanCompletion = "hunan_completion": "预算完成率（湖南旧口径）",
    }
}

choices! {
    /// “三公”经费变动率的比较口径.
    SangongBasis {
        Budget = "budget": "预算数对比（本年预算与上年预算）",
        Actual = "actual": "决算数对比（本年决算与上年决算）",
    }
}

choices! {
    /// 编制与在职人数是否包含工勤人员.
    StaffScope {
        WithWorker = "with_worker": "含工勤人员",
        WithoutWorker = "without_worker": "不含工勤人员",
    }
}

choices! {
    /// 比率的舍入方式.
    Rounding {
        HalfUp2 = "half_up_2": "保留2位小数（四舍五入）",
        HalfUp1 = "half_up_1": "保留1位小数（四舍五入）",
        Truncate1 = "truncate_1": "保留1位小数（直接舍去）",
    }
}

impl Rounding {
    pub fn decimals(self) -> u32 {
        match self {
            Self::HalfUp2 => 2,
            Self::HalfUp1 | Self::Truncate1 => 1,
        }
    }

    pub fn rounds_half_up(self) -> bool {
        !matches!(self, Self::Truncate1)
    }
}

choices! {
    /// 评分表预设.
    RubricPreset {
        Hunan = "hunan": "湖南省部门整体支出绩效评价指标表",
        Yueyang = "yueyang": "岳阳市部门整体支出绩效评价指标表",
        SelfEvaluation = "self_evaluation": "部门整体支出绩效自评表（一体化系统）",
    }
}

choices! {
    /// 计分方法.
    RuleKind {
        Manual = "manual": "人工评分",
        Ceiling = "ceiling": "不超过限值得满分，超出扣分",
        Target = "target": "达到目标值得满分，低于扣分",
        Bands = "bands": "分档计分",
        Linear = "linear": "比率×分值（以分值为限）",
        Interpolate = "interpolate": "满分值与零分值之间按比例计分",
        Pass = "pass": "达标得满分，否则不得分",
    }
}

choices! {
    /// How a deduction per N points counts a part of a step (不足一档).
    StepMode {
        Whole = "whole": "满一档才扣",
        Started = "started": "不足一档按一档扣",
    }
}

choices! {
    /// What a row gets when its indicator does not apply (不适用时).
    NaPolicy {
        Pending = "pending": "待评分",
        Full = "full": "无发生额（0/0）得满分",
        BlankFull = "blank_full": "未填写或无发生额均视为无此事项，得满分",
    }
}

/// What a row may score (计分依据): manual, the row's typed value, a funds row, or an indicator. Ids are the source ids.
pub const SOURCES: &[Choice] = &[
    Choice { id: "manual", label: "人工评分" },
    Choice { id: "typed", label: "本行填写的实际完成值（百分比）" },
    Choice { id: "funds.total", label: "年度资金总额执行率" },
    Choice { id: "funds.basic", label: "基本支出执行率" },
    Choice { id: "funds.projects", label: "项目支出执行率" },
    Choice { id: "staff_control", label: "在职人员控制率" },
    Choice { id: "public_expense_control", label: "公用经费控制率" },
    Choice { id: "sangong_change", label: "“三公”经费变动率" },
    Choice { id: "sangong_control", label: "“三公”经费控制率" },
    Choice { id: "budget_execution", label: "预算执行率" },
    Choice { id: "budget_control", label: "预算控制率" },
    Choice { id: "budget_control_adjusted", label: "预算控制率（剔除政策性追加）" },
    Choice { id: "budget_adjustment", label: "预算调整率" },
    Choice { id: "carryover_rate", label: "结转结余率" },
    Choice { id: "balance_vs_carryover", label: "资金结余（与上年结转之比）" },
    Choice { id: "procurement_execution", label: "政府采购执行率" },
    Choice { id: "key_spending_ratio", label: "重点支出安排率" },
    Choice { id: "fixed_asset_utilization", label: "固定资产利用率" },
    Choice { id: "building_scale_control", label: "楼堂馆所规模控制率" },
    Choice { id: "building_investment_control", label: "楼堂馆所投资控制率" },
    Choice { id: "disclosure_timeliness", label: "预决算信息公开" },
];

choices! {
    /// 项目自评表的执行率得分舍入.
    ExecutionRounding {
        TwoDecimals = "two_decimals": "保留2位小数",
        Whole = "whole": "取整数（四舍五入）",
    }
}

/// The methods a draft has chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Methods {
    pub execution_denominator: ExecutionDenominator,
    pub sangong_basis: SangongBasis,
    pub staff_scope: StaffScope,
    pub rounding: Rounding,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_the_first_is_the_default() {
        for choice in Rounding::CHOICES {
            assert_eq!(Rounding::from_id(choice.id).map(Rounding::id), Some(choice.id));
        }
        assert_eq!(Rounding::CHOICES[0].id, Rounding::default().id());
        assert_eq!(ExecutionDenominator::default().id(), "annual_with_carryover");
        assert_eq!(SangongBasis::default().id(), "budget");
        assert_eq!(StaffScope::default().id(), "with_worker");
        assert_eq!(Rounding::from_id("half_up_3"), None);
    }
}
