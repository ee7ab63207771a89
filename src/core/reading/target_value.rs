//! 年度指标值 and 实际完成值 of a project's indicator grid (SPEC §12), read the way people write them:
//!
//! - a comparator and a number with its unit: `≥95%`, `=2个`, `≤30万元`, `﹦ 72890 元`, `满意度≥90%`;
//! - a number with a comparator in words: `95%以上`, `30万元以内`, `不低于95%`, `不超过30万元`, `达到100%`,
//!   `3天内`;
//! - a bare number (`100`, `43.2`): its unit comes from the other value of the row;
//! - words (`效果明显`, `合规`, `及时`), and dates (`2024年12月底前`, `11月20日`: compared as dates);
//! - not applicable: `无`, `/`, `—`, `不适用`.
//!
//! Full-width forms, `﹦` `＝`, `≧` `≦`, `>=` `<=`, `百分比` and spaces are folded first, so a value reads the
//! same however it was typed. Reading never fails: what is not a number is words.

use std::fmt;

use rust_decimal::Decimal;

use crate::core::exact::Exact;
use crate::core::reading::deadline::{read_year_day, MonthEnd};

/// The comparison a value states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    AtLeast,
    AtMost,
    More,
    Less,
    Equal,
}

impl Comparator {
    pub fn symbol(self) -> &'static str {
        match self {
            Self::AtLeast => "≥",
            Self::AtMost => "≤",
            Self::More => ">",
            Self::Less => "<",
            Self::Equal => "=",
        }
    }
}

/// A value of the indicator grid, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetValue {
    /// Nothing typed.
    Empty,
    /// 不适用.
    NotApplicable,
    /// A number with the comparison it states (if any) and its unit as written (`""` for a bare number).
    Number { comparator: Option<Comparator>, value: Decimal, unit: String },
    /// Words: a qualitative value, as typed (trimmed).
    Words(String),
}

/// Comparators written as words before the number; a longer spelling comes before any it ends with
/// (不低于 before 低于).
const WORDS_BEFORE: &[(&str, Comparator)] = &[
    ("大于或等于", Comparator::AtLeast),
    ("小于或等于", Comparator::AtMost),
    ("大于等于", Comparator::AtLeast),
    ("小于等于", Comparator::AtMost),
    ("不低于", Comparator::AtLeast),
    ("不少于", Comparator::AtLeast),
    ("不小于", Comparator::AtLeast),
    ("不超过", Comparator::AtMost),
    ("不高于", Comparator::AtMost),
    ("不多于", Comparator::AtMost),
    ("不大于", Comparator::AtMost),
    ("控制在", Comparator::AtMost),
    ("至少", Comparator::AtLeast),
    ("达到", Comparator::AtLeast),
    ("最多", Comparator::AtMost),
    ("超过", Comparator::More),
    ("高于", Comparator::More),
    ("大于", Comparator::More),
    ("多于", Comparator::More),
    ("低于", Comparator::Less),
    ("小于", Comparator::Less),
    ("少于", Comparator::Less),
    ("等于", Comparator::Equal),
];

/// Comparators written as words after the number and its unit.
const WORDS_AFTER: &[(&str, Comparator)] = &[
    ("及以上", Comparator::AtLeast),
    ("以上", Comparator::AtLeast),
    ("及以下", Comparator::AtMost),
    ("以下", Comparator::AtMost),
    ("以内", Comparator::AtMost),
    ("之内", Comparator::AtMost),
    ("内", Comparator::AtMost),
];

/// Words that mean 不适用 on their own.
const NOT_APPLICABLE: &[&str] = &["无", "/", "-", "--", "不适用", "n/a", "N/A", "NA"];

/// The longest unit a number may carry (`平方米`, `人次`, `万元`): anything longer is words.
const MAX_UNIT_CHARS: usize = 4;

/// Reads a typed value. Never fails: what is not a number is words.
pub fn read_value(typed: &str) -> TargetValue {
    let text = fold(typed);
    if text.is_empty() {
        return TargetValue::Empty;
    }
    if NOT_APPLICABLE.contains(&text.as_str()) || text.chars().all(|c| c == '-') {
        return TargetValue::NotApplicable;
    }
    // `11月20日` is a date, not 11 of a unit `月20日` (reading::deadline compares dates); `年底前完成率100%`
    // is a rate that names its deadline.
    let date = read_year_day(&text, MonthEnd::Completion).is_some();
    match number(&text) {
        Some(TargetValue::Number { unit, .. }) if date && unit.starts_with(['年', '月', '日']) => TargetValue::Words(typed.trim().to_string()),
        Some(value) => value,
        None => TargetValue::Words(typed.trim().to_string()),
    }
}

/// Full-width forms to ASCII, the comparator spellings to one each, spaces and 千分位 commas out.
pub fn fold(typed: &str) -> String {
    let mut out = String::with_capacity(typed.len());
    for c in typed.chars() {
        let c = match half_width(c) {
            '﹦' => '=',
            '≧' => '≥',
            '≦' => '≤',
            '﹤' => '<',
            '﹥' => '>',
            '。' => '.',
            '—' | '–' | '−' => '-',
            c if c.is_whitespace() => continue,
            c => c,
        };
        out.push(c);
    }
    out.replace(">=", "≥").replace("<=", "≤").replace("=>", "≥").replace("=<", "≤").replace("百分比", "%").replace("个百分点", "%").replace("百分点", "%")
}

/// A full-width form (`９`, `％`, `．`, `Ａ`) as its ASCII character; anything else as it is.
pub fn half_width(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        c => c,
    }
}

/// `[label][comparator]number[unit][comparator words]`, or `None` when the text is not of that shape.
fn number(text: &str) -> Option<TargetValue> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let (before, rest) = text.split_at(start);
    let (digits, after) = split_number(rest)?;
    // A sign belongs to the number only right before it (−5%); elsewhere a `-` is a dash.
    let (before, negative) = match before.strip_suffix('-') {
        Some(label) if label.is_empty() || label.ends_with(|c: char| "≥≤<>=".contains(c)) => (label, true),
        _ => (before, false),
    };
    let mut value = Decimal::from_str_exact(&digits).ok()?;
    value.set_sign_negative(negative && !value.is_zero());
    let (unit, suffix) = split_unit(after)?;
    let comparator = comparator_before(before).or(suffix);
    Some(TargetValue::Number { comparator, value, unit: unit.to_string() })
}

/// The digits of a number (commas between digit groups dropped) and the text after it.
fn split_number(text: &str) -> Option<(String, &str)> {
    let mut digits = String::new();
    let mut end = 0;
    let mut seen_dot = false;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next_is_digit = chars.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit());
        match c {
            '0'..='9' => digits.push(c),
            '.' if !seen_dot && next_is_digit => {
                seen_dot = true;
                digits.push(c);
            }
            ',' if !seen_dot && next_is_digit && !digits.is_empty() => {}
            _ => break,
        }
        end = at + c.len_utf8();
    }
    // More than 20 digits is not a figure anyone types; it would not fit a decimal either.
    (digits.len() <= 20).then(|| (digits, &text[end..]))
}

/// Splits what follows the number into its unit and a comparator in words; `None` when it holds
/// another number or runs too long to be a unit (then the whole value is words).
fn split_unit(after: &str) -> Option<(&str, Option<Comparator>)> {
    let after = after.trim_end_matches(['。', '.', '；', ';', '，', ',']);
    let after = strip_parenthesis(after);
    let (unit, comparator) = WORDS_AFTER
        .iter()
        .find_map(|(words, comparator)| after.strip_suffix(words).map(|unit| (unit, Some(*comparator))))
        .unwrap_or((after, None));
    let per_base = per_base(unit);
    // `万元/公里`: each side of a rate's `/` is a unit of its own.
    let short = unit.split('/').count() <= 2 && unit.split('/').all(|part| part.chars().count() <= MAX_UNIT_CHARS);
    let plain = short && !unit.contains(|c: char| (c.is_ascii_digit() && !per_base) || "≥≤<>=".contains(c));
    plain.then_some((unit, comparator))
}

/// A rate per a round base — “/10万”, “/1000”, “/万人”, as 孕产妇死亡率 ≤10/10万 is written — is a unit,
/// digits and all; “/20” is a fraction, not a unit.
fn per_base(unit: &str) -> bool {
    let Some(base) = unit.strip_prefix('/') else { return false };
    let digits = base.len() - base.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, words) = base.split_at(digits);
    let round = number.is_empty() || (number.starts_with('1') && number[1..].bytes().all(|b| b == b'0'));
    round && (number.len() >= 2 || !words.is_empty()) && !words.contains(|c: char| c.is_ascii_digit())
}

/// `95%（含）` → `95%`: a trailing remark in brackets says nothing about the value.
fn strip_parenthesis(text: &str) -> &str {
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(inner) = text.strip_suffix(close) {
            if let Some(at) = inner.rfind(open) {
                return &text[..at];
            }
        }
    }
    text
}

/// A symbol right before the number wins; otherwise comparator words ending the label.
fn comparator_before(label: &str) -> Option<Comparator> {
    let symbol = match label.chars().last()? {
        '≥' => Some(Comparator::AtLeast),
        '≤' => Some(Comparator::AtMost),
        '>' => Some(Comparator::More),
        '<' => Some(Comparator::Less),
        '=' | '为' => Some(Comparator::Equal),
        _ => None,
    };
    symbol.or_else(|| WORDS_BEFORE.iter().find(|(words, _)| label.ends_with(words)).map(|(_, c)| *c))
}

impl TargetValue {
    /// Whether the value is money, and then its amount in 万元 (元 and 亿元 converted).
    pub fn in_wan(&self) -> Option<Decimal> {
        let Self::Number { value, unit, .. } = self else { return None };
        match unit.as_str() {
            "万元" | "万" => Some(*value),
            "元" => value.divided_by(Decimal::from(10_000)),
            "亿元" | "亿" => value.times(Decimal::from(10_000)),
            _ => None,
        }
    }

    /// The value in its unit's plain form, for comparing spellings of one unit: `3.5万人` is 35000 `人`,
    /// `2.5万元/公里` 25000 `元/公里`, `25日` 25 `天`, `31.2km` 31.2 `公里`.
    pub fn in_plain_unit(&self) -> Option<(Decimal, String)> {
        let Self::Number { value, unit, .. } = self else { return None };
        let (per, base) = match unit.split_once('/') {
            Some((unit, base)) => (unit, format!("/{}", same_unit(base))),
            None => (unit.as_str(), String::new()),
        };
        let (factor, per) = match (per.strip_prefix('万'), per.strip_prefix('亿')) {
            (Some(rest), _) if !rest.is_empty() => (Decimal::from(10_000), rest),
            (_, Some(rest)) if !rest.is_empty() => (Decimal::from(100_000_000), rest),
            _ => (Decimal::ONE, per),
        };
        Some((value.times(factor)?, format!("{}{base}", same_unit(per))))
    }

    pub fn unit(&self) -> Option<&str> {
        match self {
            Self::Number { unit, .. } => Some(unit),
            _ => None,
        }
    }

    pub fn comparator(&self) -> Option<Comparator> {
        match self {
            Self::Number { comparator, .. } => *comparator,
            _ => None,
        }
    }

    pub fn is_number(&self) -> bool {
        matches!(self, Self::Number { .. })
    }
}

/// One spelling for units written several ways.
fn same_unit(unit: &str) -> &str {
    match unit {
        "日" => "天",
        "km" | "KM" | "千米" => "公里",
        "m" => "米",
        "㎡" | "m2" | "m²" | "平米" => "平方米",
        "t" => "吨",
        other => other,
    }
}

/// `≥ 95 %`, `= 2 个`, `43.2`, `定性：效果明显`, `不适用`: what the reader understood.
impl fmt::Display for TargetValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => Ok(()),
            Self::NotApplicable => f.write_str("不适用"),
            Self::Number { comparator, value, unit } => {
                if let Some(comparator) = comparator {
                    write!(f, "{} ", comparator.symbol())?;
                }
                write!(f, "{}", value.normalize())?;
                if !unit.is_empty() {
                    write!(f, " {unit}")?;
                }
                Ok(())
            }
            Self::Words(words) => write!(f, "定性：{words}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn number(comparator: Option<Comparator>, value: &str, unit: &str) -> TargetValue {
        TargetValue::Number { comparator, value: Decimal::from_str_exact(value).unwrap(), unit: unit.to_string() }
    }

    #[test]
    fn reads_comparators_in_symbols() {
        use Comparator::*;
        assert_eq!(read_value("≥95%"), number(Some(AtLeast), "95", "%"));
        assert_eq!(read_value("=2个"), number(Some(Equal), "2", "个"));
        assert_eq!(read_value("≤30万元"), number(Some(AtMost), "30", "万元"));
        assert_eq!(read_value("﹦ 72890 元"), number(Some(Equal), "72890", "元"));
        assert_eq!(read_value("＞＝９０％"), number(Some(AtLeast), "90", "%"));
        assert_eq!(read_value("≧90%"), number(Some(AtLeast), "90", "%"));
        assert_eq!(read_value("<=3天"), number(Some(AtMost), "3", "天"));
        assert_eq!(read_value("满意度≥90%"), number(Some(AtLeast), "90", "%"));
        assert_eq!(read_value("72,890元"), number(None, "72890", "元"));
        assert_eq!(read_value("95百分比"), number(None, "95", "%"));
        // Rates per a base, as health indicators are written.
        assert_eq!(read_value("≤10/10万"), number(Some(AtMost), "10", "/10万"));
        assert_eq!(read_value("8/10万"), number(None, "8", "/10万"));
        assert!(matches!(read_value("10/20"), TargetValue::Words(_)), "a fraction is no unit");
    }

    #[test]
    fn reads_comparators_in_words() {
        use Comparator::*;
        assert_eq!(read_value("95%以上"), number(Some(AtLeast), "95", "%"));
        assert_eq!(read_value("30万元以内"), number(Some(AtMost), "30", "万元"));
        assert_eq!(read_value("不低于95%"), number(Some(AtLeast), "95", "%"));
        assert_eq!(read_value("不超过30万元"), number(Some(AtMost), "30", "万元"));
        assert_eq!(read_value("达到100%"), number(Some(AtLeast), "100", "%"));
        assert_eq!(read_value("3天内"), number(Some(AtMost), "3", "天"));
        assert_eq!(read_value("低于5%"), number(Some(Less), "5", "%"));
        assert_eq!(read_value("完成率不低于98.5%（含）"), number(Some(AtLeast), "98.5", "%"));
        assert_eq!(read_value("控制在10万元以内"), number(Some(AtMost), "10", "万元"));
    }

    #[test]
    fn reads_bare_numbers_words_and_not_applicable() {
        assert_eq!(read_value("100"), number(None, "100", ""));
        assert_eq!(read_value("43.2"), number(None, "43.2", ""));
        assert_eq!(read_value("-5%"), number(None, "-5", "%"));
        assert_eq!(read_value("效果明显"), TargetValue::Words("效果明显".into()));
        assert_eq!(read_value("2024年12月底前完成"), TargetValue::Words("2024年12月底前完成".into()), "a date is not one number");
        assert_eq!(read_value("11月20日"), TargetValue::Words("11月20日".into()), "nor 11 of a unit 月20日");
        assert_eq!(read_value("12个月"), number(None, "12", "个月"), "a span of months is a number");
        assert_eq!(read_value("年底前完成率100%"), number(None, "100", "%"), "a rate that names its deadline is the rate");
        assert_eq!(read_value("≥95%（12月底前）"), number(Some(Comparator::AtLeast), "95", "%"));
        assert_eq!(read_value("全年开展培训4期以上，覆盖全体职工"), TargetValue::Words("全年开展培训4期以上，覆盖全体职工".into()));
        for na in ["无", "/", "／", "—", "——", "不适用", " - "] {
            assert_eq!(read_value(na), TargetValue::NotApplicable, "{na}");
        }
        assert_eq!(read_value("  "), TargetValue::Empty);
    }

    #[test]
    fn money_compares_in_wan() {
        assert_eq!(read_value("72890元").in_wan(), Some(Decimal::from_str_exact("7.289").unwrap()));
        assert_eq!(read_value("≤30万元").in_wan(), Some(Decimal::from(30)));
        assert_eq!(read_value("1.5亿元").in_wan(), Some(Decimal::from(15_000)));
        assert_eq!(read_value("95%").in_wan(), None);
    }

    #[test]
    fn rates_per_unit_and_percentage_points_are_numbers() {
        use Comparator::*;
        assert_eq!(read_value("≤2.5万元/公里"), number(Some(AtMost), "2.5", "万元/公里"));
        assert_eq!(read_value("2.36万元/公里"), number(None, "2.36", "万元/公里"));
        assert_eq!(read_value("提高1.5个百分点"), number(None, "1.5", "%"));
    }

    #[test]
    fn spellings_of_one_unit_compare_alike() {
        let plain = |typed: &str| read_value(typed).in_plain_unit().map(|(v, u)| (v.normalize().to_string(), u));
        assert_eq!(plain("3.5万人"), Some(("35000".into(), "人".into())));
        assert_eq!(plain("30日内"), Some(("30".into(), "天".into())));
        assert_eq!(plain("31.2km"), Some(("31.2".into(), "公里".into())));
        assert_eq!(plain("2.5万元/公里"), Some(("25000".into(), "元/公里".into())));
        assert_eq!(plain("万元"), None, "no number");
    }

    #[test]
    fn says_what_it_read() {
        assert_eq!(read_value("≥95%").to_string(), "≥ 95 %");
        assert_eq!(read_value("100").to_string(), "100");
        assert_eq!(read_value("合规").to_string(), "定性：合规");
        assert_eq!(read_value("/").to_string(), "不适用");
    }

    /// Half-width text and its full-width spelling, as an input method gives it.
    fn full_width(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '!'..='~' => char::from_u32(c as u32 + 0xfee0).unwrap_or(c),
                ' ' => '\u{3000}',
                c => c,
            })
            .collect()
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,40}") {
            let _ = read_value(&text).to_string();
        }

        #[test]
        fn half_and_full_width_read_the_same(text in "[0-9.,%<>=/ 万元个天≥≤以上内不低于达到满意度-]{0,16}") {
            prop_assert_eq!(read_value(&full_width(&text)), read_value(&text).with_words_folded(&full_width(&text)));
        }
    }

    impl TargetValue {
        /// Words are kept as typed; the reading of the other spelling differs only there.
        fn with_words_folded(self, typed: &str) -> Self {
            match self {
                Self::Words(_) => Self::Words(typed.trim().to_string()),
                other => other,
            }
        }
    }
}
