//! How an indicator row of a 项目支出绩效自评表 is scored (SPEC §12): its direction, the comparison of
//! 实际完成值 with 年度指标值, and the qualitative tiers (read from `tiers.txt`, so a county's own words
//! and bands are a data change).

use std::sync::OnceLock;

use rust_decimal::Decimal;

use crate::core::exact::Exact;
use crate::core::reading::deadline::on_time;
use crate::core::reading::pipe_table::read_pipe_table;
use crate::core::reading::target_value::{Comparator, TargetValue};

/// Which way a row's 完成值 is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// 正向: more is better (≥).
    Positive,
    /// 反向: less is better (≤): costs, complaints, accidents.
    Reverse,
    /// 等于: exactly the target.
    Exact,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Self::Positive => "正向",
            Self::Reverse => "反向",
            Self::Exact => "等于",
        }
    }
}

/// Names of rows where less is better, when the 指标值 states no comparator.
const REVERSE_WORDS: &[&str] = &["投诉", "事故", "差错", "变质", "发生率"];

/// The direction: an explicit comparator in the 指标值 wins; otherwise 成本指标, the names of
/// complaints, accidents and errors, and a target of 0 (`0起`: at least none is met by anything, so a
/// count of zero is always a ceiling) are reverse, everything else positive.
pub fn direction(level2: &str, name: &str, target: &TargetValue) -> Direction {
    match target.comparator() {
        Some(Comparator::AtLeast | Comparator::More) => Direction::Positive,
        Some(Comparator::AtMost | Comparator::Less) => Direction::Reverse,
        Some(Comparator::Equal) => Direction::Exact,
        None if level2.contains("成本") || REVERSE_WORDS.iter().any(|w| name.contains(w)) => Direction::Reverse,
        None if matches!(target, TargetValue::Number { value, .. } if value.is_zero()) => Direction::Reverse,
        None => Direction::Positive,
    }
}

/// A qualitative tier (定性档次).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    Met,
    Partly,
    Missed,
}

impl Tier {
    pub fn label(self) -> &'static str {
        match self {
            Self::Met => "达成",
            Self::Partly => "部分达成",
            Self::Missed => "未达成",
        }
    }

    fn from_label(label: &str) -> Option<Self> {
        [Self::Met, Self::Partly, Self::Missed].into_iter().find(|t| t.label() == label)
    }
}

/// A tier's band of shares of the 分值, in percent, and the share given when no 得分 is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub tier: Tier,
    pub lower: Decimal,
    pub upper: Decimal,
    pub default: Decimal,
}

/// The tiers table: the word rules in the order they are tried, and each tier's band.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tiers {
    rules: Vec<(Tier, Vec<String>)>,
    bands: Vec<Band>,
}

impl Tiers {
    /// The tier of a qualitative 完成值: the first rule with a word the 完成值 has (and the 指标值 has not:
    /// the target's own words say nothing about how it went); a 完成值 that repeats its target is met
    /// unless it also says it was not; words no rule knows are 部分达成. A target that asks only for a
    /// direction (“逐步提升”) is met by a 完成值 that went that way (“有所提升”).
    pub fn tier_of(&self, target: &str, actual: &str) -> Tier {
        self.tier_said(target, actual).unwrap_or(Tier::Partly)
    }

    /// The tier a qualitative 完成值's words say, by a rule's word or the target's own; none where no rule
    /// knows them (“通过复审” for “持续推进”): 部分达成 is then a default, not what the words say.
    pub fn tier_said(&self, target: &str, actual: &str) -> Option<Tier> {
        let (target, actual) = (target.trim(), actual.trim());
        let asked = ["逐步", "逐年", "持续", "不断", "稳步"].iter().find_map(|w| target.strip_prefix(w)).unwrap_or(target);
        let new_words = |words: &Vec<String>| words.iter().any(|w| actual.contains(w.as_str()) && !target.contains(w.as_str()));
        // “基本建立” for “建立”: the target's own words, qualified as only partly so.
        let qualified = |words: &Vec<String>| words.iter().any(|w| !target.is_empty() && actual.contains(&format!("{w}{target}")));
        match self.rules.iter().find(|(_, words)| new_words(words)) {
            Some((Tier::Missed, _)) => Some(Tier::Missed),
            // A direction asked for and taken only partly (“部分提升” for “逐步提升”) is no direction met;
            // “有所” is how a direction taken is said (“有所提升”), not a part of it.
            Some((Tier::Partly, words)) if qualified(words) || (asked.len() < target.len() && words.iter().any(|w| w != "有所" && actual.contains(w.as_str()))) => {
                Some(Tier::Partly)
            }
            _ if !asked.is_empty() && actual.contains(asked) => Some(Tier::Met),
            found => found.map(|(tier, _)| *tier),
        }
    }

    pub fn band(&self, tier: Tier) -> Band {
        let fallback = Band { tier, lower: Decimal::ZERO, upper: Decimal::ONE_HUNDRED, default: Decimal::ONE_HUNDRED };
        self.bands.iter().find(|b| b.tier == tier).copied().unwrap_or(fallback)
    }
}

/// The tiers of `tiers.txt`, read once. The table is tested; if it could not be read, every word is
/// 部分达成 at 70% rather than a dead page.
pub fn tiers() -> &'static Tiers {
    static READ: OnceLock<Tiers> = OnceLock::new();
    READ.get_or_init(|| read_tiers(include_str!("tiers.txt")).unwrap_or_default())
}

/// Reads a tiers table; the error names what is wrong.
pub fn read_tiers(text: &str) -> Result<Tiers, String> {
    let table = read_pipe_table(text)?;
    let column = |name: &str| table.column(name).ok_or_else(|| format!("缺少“{name}”列"));
    let (tier, words, lower, upper, default) = (column("档次")?, column("词语")?, column("得分下限")?, column("得分上限")?, column("默认得分")?);
    let mut tiers = Tiers::default();
    for row in &table.rows {
        let found = Tier::from_label(&row[tier]).ok_or_else(|| format!("未知档次“{}”", row[tier]))?;
        let percent = |at: usize| Decimal::from_str_exact(&row[at]).map_err(|_| format!("“{}”不是百分数", row[at]));
        let band = Band { tier: found, lower: percent(lower)?, upper: percent(upper)?, default: percent(default)? };
        if !tiers.bands.iter().any(|b| b.tier == found) {
            tiers.bands.push(band);
        }
        tiers.rules.push((found, row[words].split('、').map(str::to_string).filter(|w| !w.is_empty()).collect()));
    }
    Ok(tiers)
}

/// What comparing a row's 完成值 with its 指标值 gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A quantitative comparison: the share of the 分值 earned (0 to 1) and the two values compared.
    Measured { share: Decimal, met: bool, beaten_by_30: bool, target: Decimal, actual: Decimal, unit: String },
    /// A qualitative 完成值 in its tier, with the tier's default share; for a date against a deadline,
    /// whether it was on time.
    Qualitative { tier: Tier, share: Decimal, on_time: Option<bool> },
    /// 不适用: the row is left out and the others are rescaled.
    NotApplicable,
    /// Not scorable yet, and why (待评).
    Pending(String),
}

/// Compares the row's values in `direction`; `year` is the year evaluated, for dates written without one.
pub fn compare(target: &TargetValue, actual: &TargetValue, direction: Direction, target_text: &str, year: Option<u32>) -> Outcome {
    use TargetValue as V;
    match (target, actual) {
        // Only the target decides that a row does not apply: “/” against a real target is no result, and
        // leaving the row out would hand its points to the others.
        (V::NotApplicable, _) | (V::Empty, V::NotApplicable) => Outcome::NotApplicable,
        (_, V::NotApplicable) => Outcome::Pending("年度指标值有目标，实际完成值却填“不适用”：请填写实际完成值；此项本年度确不适用的，年度指标值也填“/”".into()),
        (V::Empty, V::Empty) => Outcome::Pending("未填写年度指标值和实际完成值".into()),
        (V::Empty, _) => Outcome::Pending("未填写年度指标值".into()),
        (_, V::Empty) => Outcome::Pending("待填写实际完成值".into()),
        // “≥90%” as a result is the target copied, not a measurement: it earns nothing until one is typed.
        (_, V::Number { comparator: Some(_), .. }) => Outcome::Pending("实际完成值写的是目标，待填写实际达到的数值".into()),
        (_, V::Words(words)) if words == NONE => none_happened(direction),
        (_, V::Words(words)) => qualitative(target_text, words, year),
        (V::Words(_), V::Number { .. }) => Outcome::Pending("年度指标值为文字、实际完成值为数字，无法比较：请统一为数值或文字".into()),
        (V::Number { .. }, V::Number { .. }) => match comparable(target, actual) {
            Ok((t, a, unit)) => measured(t, a, unit, direction),
            Err(problem) => Outcome::Pending(problem),
        },
    }
}

/// “无” typed as a 完成值 where the target is in words.
pub const NONE: &str = "无";

/// “无” as a 完成值: nothing happened — good news where less is better (no accidents), a miss elsewhere.
fn none_happened(direction: Direction) -> Outcome {
    let tier = if direction == Direction::Reverse { Tier::Met } else { Tier::Missed };
    let share = tiers().band(tier).default.divided_by(Decimal::ONE_HUNDRED).unwrap_or(Decimal::ONE);
    Outcome::Qualitative { tier, share, on_time: None }
}

/// A 完成值 in words, in its tier; a date against a deadline is met on or before it (unless the words say
/// it was not done), and late after it.
fn qualitative(target: &str, actual: &str, year: Option<u32>) -> Outcome {
    let on_time = on_time(target, actual, year);
    let tier = match (tiers().tier_of(target, actual), on_time) {
        (Tier::Missed, _) | (_, Some(false)) => Tier::Missed,
        (_, Some(true)) => Tier::Met,
        (tier, None) => tier,
    };
    let share = tiers().band(tier).default.divided_by(Decimal::ONE_HUNDRED).unwrap_or(Decimal::ONE);
    Outcome::Qualitative { tier, share, on_time }
}

/// The two values in one unit: money in 万元, a bare number in the other's unit; other units must match.
pub fn comparable(target: &TargetValue, actual: &TargetValue) -> Result<(Decimal, Decimal, String), String> {
    if let (Some(t), Some(a)) = (target.in_wan(), actual.in_wan()) {
        return Ok((t, a, "万元".to_string()));
    }
    let (TargetValue::Number { value: t, unit: tu, .. }, TargetValue::Number { value: a, unit: au, .. }) = (target, actual) else {
        return Err("不是数值".to_string());
    };
    match (tu.as_str(), au.as_str()) {
        (tu, au) if tu == au => Ok((*t, *a, tu.to_string())),
        ("", unit) | (unit, "") => Ok((*t, *a, unit.to_string())),
        (tu, au) => match (target.in_plain_unit(), actual.in_plain_unit()) {
            // One unit spelt two ways (日 and 天, 万人 and 人): compared in its plain form.
            (Some((t, plain)), Some((a, other))) if plain == other => Ok((t, a, plain)),
            _ => Err(format!("单位不一致：年度指标值为“{tu}”，实际完成值为“{au}”，无法比较")),
        },
    }
}

/// 30%, as a share.
fn thirty_percent() -> Decimal {
    Decimal::new(3, 1)
}

fn measured(t: Decimal, a: Decimal, unit: String, direction: Direction) -> Outcome {
    let ratio = |num: Decimal, den: Decimal| if den.is_sign_positive() && !den.is_zero() { num.divided_by(den) } else { None };
    let (met, share) = match direction {
        Direction::Positive if a >= t => (true, Decimal::ONE),
        Direction::Positive => (false, ratio(a, t).unwrap_or(Decimal::ZERO)),
        Direction::Reverse if a <= t => (true, Decimal::ONE),
        // A zero target exceeded earns nothing (any accident against “0”).
        Direction::Reverse => (false, ratio(t, a).unwrap_or(Decimal::ZERO)),
        Direction::Exact if a == t => (true, Decimal::ONE),
        Direction::Exact => (false, ratio(a, t).min(ratio(t, a)).unwrap_or(Decimal::ZERO)),
    };
    let share = share.max(Decimal::ZERO).min(Decimal::ONE);
    let beaten_by_30 = match direction {
        Direction::Positive => t.is_sign_positive() && !t.is_zero() && t.times(Decimal::ONE + thirty_percent()).is_some_and(|limit| a >= limit),
        Direction::Reverse => t.is_sign_positive() && !t.is_zero() && t.times(Decimal::ONE - thirty_percent()).is_some_and(|limit| a <= limit),
        Direction::Exact => false,
    };
    Outcome::Measured { share, met, beaten_by_30, target: t, actual: a, unit }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::reading::target_value::read_value;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    fn share(target: &str, actual: &str) -> Decimal {
        let t = read_value(target);
        match compare(&t, &read_value(actual), direction("", "", &t), target, None) {
            Outcome::Measured { share, .. } | Outcome::Qualitative { share, .. } => share,
            other => panic!("{target} / {actual}: {other:?}"),
        }
    }

    #[test]
    fn positive_rows_are_full_at_or_above_the_target_and_proportional_below() {
        assert_eq!(share("≥95%", "95%"), Decimal::ONE);
        assert_eq!(share("≥95%", "100"), Decimal::ONE, "a bare 100 beside % is 100%");
        assert_eq!(share("43.2", "37.24") * d("10"), d("37.24") / d("43.2") * d("10"));
        assert_eq!(share(">=90%", "0%"), Decimal::ZERO);
    }

    #[test]
    fn reverse_rows_are_full_at_or_below_and_a_zero_target_exceeded_earns_nothing() {
        assert_eq!(share("≤30万元", "30万元"), Decimal::ONE);
        assert_eq!(share("≤30万元", "300000元"), Decimal::ONE, "元 converted");
        assert_eq!(share("≤30万元", "40万元"), d("0.75"));
        assert_eq!(share("≤0次", "0次"), Decimal::ONE);
        assert_eq!(share("≤0次", "1次"), Decimal::ZERO);
    }

    #[test]
    fn exact_rows_lose_either_way() {
        assert_eq!(share("=2个", "2个"), Decimal::ONE);
        assert_eq!(share("=2个", "1个"), d("0.5"));
        assert_eq!(share("=2个", "4个"), d("0.5"));
    }

    #[test]
    fn direction_from_comparator_then_level_and_name() {
        let none = read_value("5");
        assert_eq!(direction("成本指标", "人均培训费", &none), Direction::Reverse);
        assert_eq!(direction("质量指标", "群众投诉次数", &none), Direction::Reverse);
        let zero = TargetValue::Number { comparator: None, value: Decimal::ZERO, unit: "起".into() };
        assert_eq!(direction("社会效益指标", "重大动物疫情发生次数", &zero), Direction::Reverse, "at least none would be met by anything");
        assert_eq!(direction("数量指标", "培训人次", &none), Direction::Positive);
        assert_eq!(direction("成本指标", "x", &read_value("≥5")), Direction::Positive, "an explicit comparator wins");
    }

    #[test]
    fn units_must_match_unless_money_or_bare() {
        assert!(comparable(&read_value("5个"), &read_value("5%")).unwrap_err().contains("单位不一致"));
        assert_eq!(comparable(&read_value("30日内"), &read_value("25天")).unwrap(), (d("30"), d("25"), "天".into()));
        assert_eq!(comparable(&read_value("≥3.5万人"), &read_value("35000人")).unwrap(), (d("35000"), d("35000"), "人".into()));
        assert_eq!(comparable(&read_value("≥30公里"), &read_value("31.2km")).unwrap(), (d("30"), d("31.2"), "公里".into()));
        assert_eq!(share("≤2.5万元/公里", "2.36万元/公里"), Decimal::ONE);
        assert_eq!(share("≤2.5万元/公里", "25000元/公里"), Decimal::ONE, "money per unit in 元");
        assert!(comparable(&read_value("1次/季度"), &read_value("4次")).is_err(), "a rate per quarter is no count");
        assert_eq!(comparable(&read_value("1亿元"), &read_value("9000万元")).unwrap(), (d("10000"), d("9000"), "万元".into()));
    }

    #[test]
    fn beaten_by_thirty_percent_is_noted() {
        let t = read_value("≥100人");
        let beaten = |a: &str| matches!(compare(&t, &read_value(a), Direction::Positive, "", None), Outcome::Measured { beaten_by_30: true, .. });
        assert!(beaten("130人"));
        assert!(!beaten("129人"));
    }

    #[test]
    fn qualitative_tiers_follow_the_table() {
        let tiers = tiers();
        assert_eq!(tiers.tier_of("效果明显", "效果明显"), Tier::Met);
        assert_eq!(tiers.tier_of("显著提升", "基本完成"), Tier::Partly);
        assert_eq!(tiers.tier_of("合规", "未完成"), Tier::Missed);
        assert_eq!(tiers.tier_of("无重大事故", "未发生安全事故"), Tier::Met, "未发生 is good news");
        assert_eq!(tiers.tier_of("及时", "较好"), Tier::Partly, "较好 before 好");
        assert_eq!(tiers.tier_of("建立", "基本建立"), Tier::Partly, "the target, only partly");
        assert_eq!(tiers.tier_of("建立", "已建立，运行较好"), Tier::Met, "the target met, with a word of praise");
        assert_eq!(tiers.tier_of("逐步完善", "有所完善"), Tier::Met, "a direction asked for, taken");
        assert_eq!(tiers.tier_of("逐年减少", "减少"), Tier::Met);
        assert_eq!(tiers.tier_of("逐步提升", "部分提升"), Tier::Partly, "a direction taken only partly");
        assert_eq!(tiers.tier_of("逐步提升", "基本提升"), Tier::Partly);
        assert_eq!(tiers.tier_of("逐年减少", "未减少"), Tier::Missed);
        assert_eq!(tiers.tier_of("明显改善", "有所改善"), Tier::Partly, "a degree asked for, only partly reached");
        assert_eq!(tiers.tier_of("次月10日前", "逐月足额拨付"), Tier::Met, "paid in full");
        assert_eq!(tiers.tier_of("按季度发放", "按时发放"), Tier::Met);
        assert_eq!(tiers.tier_of("全覆盖", "全部覆盖"), Tier::Met);
        assert_eq!(tiers.tier_of("全覆盖", "未全部覆盖"), Tier::Missed);
        assert_eq!(tiers.band(Tier::Partly), Band { tier: Tier::Partly, lower: d("60"), upper: d("80"), default: d("70") });
        assert_eq!(share("效果明显", "达成预期指标"), Decimal::ONE);
        assert_eq!(share("效果明显", "一般"), d("0.7"));
        assert_eq!(share("合规", "不合规"), d("0.3"));
        assert_eq!(share("不超过预算", "未超预算"), Decimal::ONE, "未超 is good news");
        assert_eq!(share("≥8年", "达到"), Decimal::ONE);
        assert_eq!(share("按期完成", "逾期"), d("0.3"), "late is a miss, as a late date is");
        assert_eq!(share("按期完成", "延期完成"), d("0.3"));
        assert_eq!(share("按期完成", "未延期"), Decimal::ONE);
    }

    #[test]
    fn none_as_a_result_is_good_news_only_where_less_is_better() {
        let none = TargetValue::Words(NONE.into());
        let tier = |direction| match compare(&read_value("效果明显"), &none, direction, "效果明显", None) {
            Outcome::Qualitative { tier, .. } => tier,
            other => panic!("{other:?}"),
        };
        assert_eq!(tier(Direction::Positive), Tier::Missed);
        assert_eq!(tier(Direction::Reverse), Tier::Met);
    }

    #[test]
    fn a_deadline_is_met_on_or_before_its_date_and_missed_after() {
        assert_eq!(share("2024年12月31日前", "2024年11月20日"), Decimal::ONE);
        assert_eq!(share("12月底前完成", "12月"), Decimal::ONE);
        assert_eq!(share("2024年6月30日前", "2024年9月15日"), d("0.3"), "late: 未达成");
        assert_eq!(share("12月底前", "12月10日前未完成"), d("0.3"), "words saying it was not done win");
        assert_eq!(share("按时完成", "11月20日已完成"), Decimal::ONE, "no date in the target: the words decide");
    }

    #[test]
    fn what_cannot_be_compared_waits_and_says_why() {
        let pending = |t: &str, a: &str| match compare(&read_value(t), &read_value(a), Direction::Positive, t, None) {
            Outcome::Pending(why) => why,
            other => panic!("{other:?}"),
        };
        assert_eq!(pending("", ""), "未填写年度指标值和实际完成值");
        assert_eq!(pending("≥95%", ""), "待填写实际完成值");
        assert!(pending("效果明显", "95%").contains("无法比较"));
        assert_eq!(compare(&read_value("/"), &read_value("1"), Direction::Positive, "/", None), Outcome::NotApplicable);
        assert_eq!(compare(&read_value("/"), &read_value("/"), Direction::Positive, "/", None), Outcome::NotApplicable);
        assert!(pending("12台", "/").contains("请填写实际完成值"), "a real target is not dropped for a “/”");
        assert!(pending("12台", "—").contains("请填写实际完成值"));
        assert!(pending("≥90%", "≥90%").contains("写的是目标"), "a target copied into the result is no result");
        assert!(pending("≥500人次", "不少于500人次").contains("写的是目标"));
    }

    #[test]
    fn a_wrong_tiers_table_is_refused() {
        assert!(read_tiers("档次 | 词语 | 得分下限 | 得分上限 | 默认得分\n优秀 | 好 | 0 | 1 | 1").unwrap_err().contains("未知档次"));
        assert!(read_tiers("档次 | 词语\n达成 | 好").unwrap_err().contains("缺少"));
    }
}
