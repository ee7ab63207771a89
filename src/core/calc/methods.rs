//! Methods (口径): the locality-dependent choices a draft makes about how indicators are computed.
//!
//! Each is a draft field (`method.*`) whose stored value is the id below; the first variant is the default.

/// One selectable value of a method: the id stored in drafts and used as `<option value>`, and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

/// Declares an enum of selectable values with their stored ids and labels; the first is the default.
macro_rules! choices {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal : $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub enum $name {
            #[default]
            $($variant),+
        }

        impl $name {
            pub const CHOICES: &'static [Choice] = &[$(Choice { id: $id, label: $label }),+];

            pub fn id(self) -> &'static str {
                match self { $(Self::$variant => $id),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label),+ }
            }

            /// Reads a stored id; anything unknown is `None` so the caller can report it.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some(Self::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use choices;

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
