//! Bands (分档): ranges of a rate, each worth some points or a share of the row's 分值, written the way
//! rubrics state them and a clerk can edit them:
//!
//! `x=0 → 8分；0<x≤10% → 6分；10%<x≤20% → 4分；20%<x≤30% → 2分；x>30% → 0分`
//!
//! A band is a condition on `x` (the rate in percent: `x=a`, `x<a`, `x≤a`, `x>a`, `x≥a`, or `a<x≤b` with
//! either end open or closed — 含 / 不含), an arrow (`→`, `->`, `:`, `得`) and an award: `N分`, a share of
//! the 分值 `N%` (`满分` is 100%, `不得分` is 0). Bands are separated by `；`, `;` or new lines, and the
//! first band that holds the value wins.

use std::cmp::Ordering;
use std::fmt;

use rust_decimal::Decimal;

use crate::core::reading::points::{parse_percent, parse_points};
use crate::core::exact::Exact;

/// One end of a band: a percentage and whether it belongs to the band (含).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    pub value: Decimal,
    pub inclusive: bool,
}

/// What a band is worth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Award {
    Points(Decimal),
    /// A share of the row's 分值, in percent.
    Share(Decimal),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub lower: Option<Bound>,
    pub upper: Option<Bound>,
    pub award: Award,
}

impl Band {
    /// Whether the band holds a value, given how the value compares with a percentage.
    pub fn holds(&self, compare: impl Fn(Decimal) -> Option<Ordering>) -> bool {
        let above_lower = self.lower.is_none_or(|b| match compare(b.value) {
            Some(Ordering::Greater) => true,
            Some(Ordering::Equal) => b.inclusive,
            _ => false,
        });
        let below_upper = self.upper.is_none_or(|b| match compare(b.value) {
            Some(Ordering::Less) => true,
            Some(Ordering::Equal) => b.inclusive,
            _ => false,
        });
        above_lower && below_upper
    }

    /// The points this band gives on a row worth `points`.
    pub fn points_of(&self, points: Decimal) -> Decimal {
        match self.award {
            Award::Points(award) => award,
            Award::Share(share) => points.times(share).and_then(|p| p.divided_by(Decimal::ONE_HUNDRED)).unwrap_or_default(),
        }
    }
}

/// Why a band text could not be read; `Display` is the message beside the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandsError {
    /// Which band (1-based) is wrong, and how.
    pub band: usize,
    pub problem: String,
}

impl fmt::Display for BandsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "第{}档：{}（写法如“0<x≤10% → 6分”“x>30% → 0分”，各档以分号隔开）",
            self.band, self.problem
        )
    }
}

/// Reads the bands of a rubric row. Blank text is no bands (which the rule reports).
pub fn parse_bands(text: &str) -> Result<Vec<Band>, BandsError> {
    text.split(['；', ';', '\n'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .enumerate()
        .map(|(index, part)| parse_band(part).map_err(|problem| BandsError { band: index + 1, problem }))
        .collect()
}

fn parse_band(text: &str) -> Result<Band, String> {
    let folded = fold(text);
    let (condition, award) = ["->", "→", "：", ":", "得"]
        .iter()
        .find_map(|arrow| folded.rsplit_once(arrow))
        .ok_or_else(|| "缺少“→”及其后的得分".to_string())?;
    let (lower, upper) = parse_condition(condition.trim())?;
    Ok(Band { lower, upper, award: parse_award(award.trim())? })
}

/// Folds the many ways of writing a comparison to one each: ≤ ≥ < > =.
fn fold(text: &str) -> String {
    text.replace("<=", "≤")
        .replace(">=", "≥")
        .replace(['≦', '⩽'], "≤")
        .replace(['≧', '⩾'], "≥")
        .replace('＜', "<")
        .replace('＞', ">")
        .replace('＝', "=")
        .replace(['X', 'ｘ', 'Ｘ'], "x")
}

type Bounds = (Option<Bound>, Option<Bound>);

fn parse_condition(text: &str) -> Result<Bounds, String> {
    let text = text.replace(' ', "");
    let ops = |c: char| matches!(c, '<' | '>' | '≤' | '≥' | '=');
    let Some((left, right)) = text.split_once('x') else {
        // `>30%`, `=0`, `≤100%`: the x is understood.
        return one_sided(&text);
    };
    match (left.is_empty(), right.is_empty()) {
        (true, false) => one_sided(right),
        (false, false) => {
            // `a<x≤b`: the left end reads backwards (`a<x` is x > a).
            let op = left.chars().last().filter(|c| ops(*c)).ok_or("“x”左侧缺少比较符号")?;
            let lower = percent(left.strip_suffix(op).unwrap_or(left))?;
            let lower = match op {
                '<' => Bound { value: lower, inclusive: false },
                '≤' => Bound { value: lower, inclusive: true },
                _ => return Err("双边范围应写作“a<x≤b”".into()),
            };
            let (_, upper) = one_sided(right)?;
            let upper = upper.filter(|_| right.starts_with(['<', '≤'])).ok_or("双边范围应写作“a<x≤b”")?;
            if upper.value < lower.value {
                return Err("范围下限大于上限".into());
            }
            Ok((Some(lower), Some(upper)))
        }
        _ => Err("比较条件不完整".into()),
    }
}

/// `<a`, `≤a`, `>a`, `≥a`, `=a`.
fn one_sided(text: &str) -> Result<Bounds, String> {
    let mut chars = text.chars();
    let op = chars.next().ok_or("缺少比较条件")?;
    let value = percent(chars.as_str())?;
    let at = |inclusive| Some(Bound { value, inclusive });
    Ok(match op {
        '<' => (None, at(false)),
        '≤' => (None, at(true)),
        '>' => (at(false), None),
        '≥' => (at(true), None),
        '=' => (at(true), at(true)),
        _ => return Err("比较条件应以 <、≤、>、≥ 或 = 开头".into()),
    })
}

fn percent(text: &str) -> Result<Decimal, String> {
    match parse_percent(text) {
        Ok(Some(value)) => Ok(value),
        Ok(None) => Err("缺少数值".into()),
        Err(error) => Err(format!("“{text}”{error}")),
    }
}

fn parse_award(text: &str) -> Result<Award, String> {
    match text {
        "满分" => return Ok(Award::Share(Decimal::ONE_HUNDRED)),
        "不得分" | "0" => return Ok(Award::Points(Decimal::ZERO)),
        _ => {}
    }
    let share = text.strip_prefix("分值×").or_else(|| text.strip_prefix("分值*")).unwrap_or(text);
    if share.ends_with(['%', '％']) {
        return match parse_percent(share) {
            Ok(Some(value)) if !value.is_sign_negative() => Ok(Award::Share(value)),
            _ => Err(format!("得分“{text}”应为分值的百分比，例如 80%")),
        };
    }
    match parse_points(text) {
        Ok(Some(points)) if text.ends_with('分') => Ok(Award::Points(points)),
        _ => Err(format!("得分“{text}”应写作“6分”或“80%”")),
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.value.normalize())
    }
}

impl Band {
    /// The band's condition as a filed document and the score panel say it: `高于10%、不高于20%`
    /// (its [`Display`](fmt::Display) spelling, `10%<x≤20%`, is the rubric editor's).
    pub fn condition_in_words(&self) -> String {
        let lower = |b: Bound| format!("{}{b}", if b.inclusive { "不低于" } else { "高于" });
        let upper = |b: Bound| format!("{}{b}", if b.inclusive { "不高于" } else { "低于" });
        match (self.lower, self.upper) {
            (Some(l), Some(u)) if l == u && l.inclusive => format!("等于{l}"),
            (Some(l), Some(u)) => format!("{}、{}", lower(l), upper(u)),
            (Some(l), None) => lower(l),
            (None, Some(u)) => upper(u),
            (None, None) => "不论高低".to_string(),
        }
    }
}

impl fmt::Display for Band {
    /// The canonical spelling, which [`parse_bands`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let less = |b: &Bound| if b.inclusive { '≤' } else { '<' };
        let greater = |b: &Bound| if b.inclusive { '≥' } else { '>' };
        match (self.lower, self.upper) {
            (Some(l), Some(u)) if l == u && l.inclusive => write!(f, "x={l}")?,
            (Some(l), Some(u)) => write!(f, "{l}{}x{}{u}", less(&l), less(&u))?,
            (Some(l), None) => write!(f, "x{}{l}", greater(&l))?,
            (None, Some(u)) => write!(f, "x{}{u}", less(&u))?,
            (None, None) => f.write_str("x≥-1000000%")?,
        }
        match self.award {
            Award::Points(points) => write!(f, " → {}分", points.normalize()),
            Award::Share(share) => write!(f, " → {}%", share.normalize()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    fn at(value: &str, inclusive: bool) -> Option<Bound> {
        Some(Bound { value: d(value), inclusive })
    }

    fn award_for(bands: &[Band], value: &str) -> Option<Award> {
        let value = d(value);
        bands.iter().find(|b| b.holds(|bound| Some(value.cmp(&bound)))).map(|b| b.award)
    }

    #[test]
    fn a_bands_condition_is_said_in_words() {
        let bands = parse_bands("x=0 → 7分；0<x≤15% → 5分；15%<x<25% → 3分；25%≤x<40% → 1分；x≥40% → 0分").unwrap();
        let said: Vec<String> = bands.iter().map(Band::condition_in_words).collect();
        assert_eq!(said, ["等于0%", "高于0%、不高于15%", "高于15%、低于25%", "不低于25%、低于40%", "不低于40%"]);
        assert_eq!(parse_bands("x<60% → 0分").unwrap()[0].condition_in_words(), "低于60%");
    }

    #[test]
    fn reads_the_hunan_budget_control_bands() {
        let bands = parse_bands("x=0 → 8分；0<x≤10% → 6分；10%<x≤20% → 4分；20%<x≤30% → 2分；x>30% → 0分").unwrap();
        assert_eq!(bands.len(), 5);
        assert_eq!(bands[1], Band { lower: at("0", false), upper: at("10", true), award: Award::Points(d("6")) });
        assert_eq!(award_for(&bands, "0"), Some(Award::Points(d("8"))));
        assert_eq!(award_for(&bands, "0.01"), Some(Award::Points(d("6"))));
        assert_eq!(award_for(&bands, "10"), Some(Award::Points(d("6"))), "10% is in (0,10%]");
        assert_eq!(award_for(&bands, "10.0001"), Some(Award::Points(d("4"))));
        assert_eq!(award_for(&bands, "30"), Some(Award::Points(d("2"))));
        assert_eq!(award_for(&bands, "39.94"), Some(Award::Points(d("0"))));
        assert_eq!(award_for(&bands, "-1"), None, "a value no band holds");
    }

    #[test]
    fn reads_shares_closed_lower_ends_and_other_spellings() {
        let bands = parse_bands("x>=90% : 满分\n80%<=x<90% -> 80%; 70≦x＜80 得 分值×60%; x<70% → 不得分").unwrap();
        assert_eq!(bands[0].lower, at("90", true));
        assert_eq!(bands[0].award, Award::Share(d("100")));
        assert_eq!(bands[1], Band { lower: at("80", true), upper: at("90", false), award: Award::Share(d("80")) });
        assert_eq!(bands[2].award, Award::Share(d("60")));
        assert_eq!(bands[3].award, Award::Points(Decimal::ZERO));
        assert_eq!(award_for(&bands, "90"), Some(Award::Share(d("100"))));
        assert_eq!(award_for(&bands, "89.99"), Some(Award::Share(d("80"))));
        assert_eq!(bands[1].points_of(d("5")), d("4"));
    }

    #[test]
    fn says_which_band_is_wrong() {
        let error = parse_bands("x=0 → 8分；0<x≤10% 6分").unwrap_err();
        assert_eq!(error.band, 2);
        assert!(error.to_string().contains("第2档"), "{error}");
        assert!(parse_bands("x=0 → 八分").is_err());
        assert!(parse_bands("20<x≤10 → 1分").unwrap_err().problem.contains("下限大于上限"));
        assert!(parse_bands("10>x>5 → 1分").is_err());
        assert!(parse_bands("x → 1分").is_err());
        assert_eq!(parse_bands(" ；\n"), Ok(vec![]));
    }

    fn bound() -> impl Strategy<Value = Option<Bound>> {
        prop::option::of((-100_000i64..100_000, any::<bool>()).prop_map(|(units, inclusive)| Bound { value: Decimal::new(units, 2), inclusive }))
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,60}") {
            let _ = parse_bands(&text);
        }

        #[test]
        fn the_canonical_spelling_reads_back(lower in bound(), upper in bound(), points in 0i64..10_000, share in any::<bool>()) {
            let award = if share { Award::Share(Decimal::new(points, 2)) } else { Award::Points(Decimal::new(points, 2)) };
            let (lower, upper) = match (lower, upper) {
                (Some(l), Some(u)) if u.value < l.value => (Some(u), Some(l)),
                (Some(l), Some(u)) if u.value == l.value => (Some(Bound { inclusive: true, ..l }), Some(Bound { inclusive: true, ..l })),
                other => other,
            };
            prop_assume!(lower.is_some() || upper.is_some());
            let band = Band { lower, upper, award };
            let normal = |b: Band| Band {
                lower: b.lower.map(|x| Bound { value: x.value.normalize(), ..x }),
                upper: b.upper.map(|x| Bound { value: x.value.normalize(), ..x }),
                award: match b.award { Award::Points(p) => Award::Points(p.normalize()), Award::Share(s) => Award::Share(s.normalize()) },
            };
            prop_assert_eq!(parse_bands(&band.to_string()).map(|b| b.into_iter().map(normal).collect::<Vec<_>>()), Ok(vec![normal(band)]));
        }
    }
}
