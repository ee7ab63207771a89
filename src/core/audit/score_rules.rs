//! A 评分标准 a score table writes beside its row, read for the one score it gives a result: 分值 × the result
//! (“执行率×分值”), or full marks within a bound (“≤10%得满分”) less so many points a percentage point past it
//! (“每超1个百分点扣0.5分”), or down in proportion to a bound where nothing is left (“≥115%不得分，中间按比例
//! 计算”). These are arithmetic, not the scorer's judgement: a rule of any other shape is not read (no claim).

use rust_decimal::{Decimal, RoundingStrategy};

use crate::core::exact::Exact;

use super::verdicts::trim;

/// How a rule names its formula (a rate's row: its 执行率 is its 实际完成值).
pub const TIMES_POINTS: [&str; 3] = ["实际完成值×分值", "完成值×分值", "执行率×分值"];

/// A rule read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// 分值 × the result, a percentage.
    TimesPoints,
    /// Full marks within `bound`; past it, as `past` says.
    Within { bound: Bound, past: Past },
}

/// A bound on the result, in percent: at most (≤, <, 以内, 以下) or at least (≥, >, 以上) `value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    pub at_most: bool,
    pub strict: bool,
    pub value: Decimal,
}

/// What a result past the bound scores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Past {
    /// The rule does not say (“≥95%得满分” alone): not judged.
    Unsaid,
    /// 分值 × the result (“≥95%得满分，低于95%按执行率×分值计算”).
    TimesPoints,
    /// `off` points for every `step` percentage points past the bound, in proportion for part of a step
    /// (the usual reading: 3.5 points past at 0.5 a point is 1.75 off), never below 0.
    PerPoint { step: Decimal, off: Decimal },
    /// Nothing at `zero` or past it, in proportion between the bound and it.
    Proportional { zero: Decimal },
    /// So many points for a result in a band (“10%—20%得3分”: from, to and the points, both ends in it), and
    /// nothing past `zero` (“超过20%不得分”) where the rule says; anywhere else, not judged.
    Bands { bands: Vec<(Decimal, Decimal, Decimal)>, zero: Option<Bound> },
}

/// A rule cell read, quotes and spaces out: None unless every clause of it is of a shape above (the proportion
/// a short clause of its own, “中间按比例计算”, not a sentence that mentions one).
pub fn read(rule: &str) -> Option<Rule> {
    let rule: String = rule.chars().filter(|c| !matches!(c, '“' | '”' | '"' | ' ' | '\u{3000}')).map(half_width).collect();
    let mut clauses = clauses_of(&rule).into_iter().filter(|c| !c.is_empty());
    // Full marks within a bound first, then the formula past it; else a formula alone.
    let full_marks = |clause: &str| bound(clause.strip_suffix("得满分")?.trim_end_matches(['的', '时']));
    let Some(full) = clauses.next().and_then(full_marks) else {
        return TIMES_POINTS.iter().any(|w| rule.contains(w)).then_some(Rule::TimesPoints);
    };
    let (mut per_point, mut zero, mut proportional, mut bands, mut times) = (None, None, false, Vec::new(), false);
    for clause in clauses {
        if ["扣完为止", "扣完即止", "最低0分", "最低为0分"].contains(&clause) {
            continue;
        }
        // “低于95%的，每降低1个百分点扣0.5分”: the way past the bound named before the rule for it.
        if bound(clause.trim_end_matches(['的', '时'])).is_some_and(|b| b.value == full.value && b.at_most != full.at_most) {
            continue;
        }
        if times_points_past(clause, &full) {
            times = true;
        } else if let Some(each) = clause.strip_prefix('每') {
            per_point = Some(per_point_off(each, full.at_most)?);
        } else if let Some(bound) = clause.strip_suffix("不得分").and_then(|b| bound(b.trim_end_matches(['的', '时']))) {
            zero = Some(bound);
        } else if let Some(band) = band(clause) {
            bands.push(band);
        } else if clause.contains("按比例") && clause.chars().count() <= 12 {
            proportional = true;
        } else {
            return None;
        }
    }
    // Nothing left at a bound the other way round (≥ after ≤), on the far side of the full marks' one.
    let beyond = |zero: &Bound| zero.at_most != full.at_most && (zero.value > full.value) == full.at_most;
    let past = match (per_point, zero, proportional, bands.is_empty()) {
        (None, None, false, true) if times => Past::TimesPoints,
        _ if times => return None,
        (None, None, false, true) => Past::Unsaid,
        (Some((step, off)), None, false, true) => Past::PerPoint { step, off },
        (None, Some(zero), true, true) if beyond(&zero) => Past::Proportional { zero: zero.value },
        (None, zero, false, false) if zero.as_ref().is_none_or(beyond) => Past::Bands { bands, zero },
        _ => return None,
    };
    Some(Rule::Within { bound: full, past })
}

/// A rule read for a row of `points` (its 分值): a band's share of them (“(10%,20%]得60%”) is so many points.
pub fn read_for(rule: &str, points: Decimal) -> Option<Rule> {
    let rule: String = rule.chars().map(half_width).collect();
    let clauses: Option<Vec<String>> = clauses_of(&rule)
        .into_iter()
        .map(|clause| match clause.split_once('得').filter(|(_, share)| share.ends_with('%')) {
            Some((range, share)) => {
                let share: Decimal = share.strip_suffix('%')?.parse().ok()?;
                Some(format!("{range}得{}分", trim(points.times(share)?.divided_by(Decimal::ONE_HUNDRED)?)))
            }
            None => Some(clause.to_string()),
        })
        .collect();
    read(&clauses?.join("；"))
}

/// A rule's clauses, apart by “，” or “；” — not by the comma inside an interval (“(0,10%]”).
fn clauses_of(rule: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    for (at, c) in rule.char_indices() {
        match c {
            '(' | '[' | '（' | '【' => depth += 1,
            ')' | ']' | '）' | '】' => depth = depth.saturating_sub(1),
            '，' | ',' | '；' | ';' | '。' if depth == 0 => {
                out.push(&rule[from..at]);
                from = at + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&rule[from..]);
    out
}

/// “低于95%按执行率×分值计算”, “其余按实际完成值×分值计分”: 分值 × the result past the full marks' bound — a bound
/// the clause names being that one, the other way round.
fn times_points_past(clause: &str, full: &Bound) -> bool {
    let Some((before, _)) = TIMES_POINTS.iter().find_map(|w| clause.split_once(w)) else { return false };
    let before = before.trim_end_matches('按').trim_end_matches('的').trim_end_matches('时');
    if ["", "其余", "其他", "否则"].contains(&before) {
        return true;
    }
    bound(before).is_some_and(|b| b.value == full.value && b.at_most != full.at_most)
}

/// “≤5%”, “<100%”, “95%以上”, “10%以内”, “不超过5%”, “超过115%”: the bound, in percent (a bare 0 as 0%).
fn bound(words: &str) -> Option<Bound> {
    const AT_MOST: [(&str, bool); 6] = [("≤", false), ("<", true), ("不超过", false), ("不高于", false), ("低于", true), ("小于", true)];
    const AT_LEAST: [(&str, bool); 6] = [("≥", false), (">", true), ("不低于", false), ("不少于", false), ("超过", true), ("高于", true)];
    const AFTER: [(&str, bool); 3] = [("以内", true), ("以下", true), ("以上", false)];
    let before = AT_MOST.iter().map(|(w, strict)| (w, true, *strict)).chain(AT_LEAST.iter().map(|(w, strict)| (w, false, *strict))).find_map(|(w, at_most, strict)| Some((words.strip_prefix(w)?, at_most, strict)));
    let after = || AFTER.iter().find_map(|(w, at_most)| Some((words.strip_suffix(w)?, *at_most, false)));
    // “0得满分” (a rate none of which is wanted, 预算控制率): at most nothing.
    let bare_zero = || ["0", "0%", "为0"].contains(&words).then_some(("0", true, false));
    let (figure, at_most, strict) = before.or_else(after).or_else(bare_zero)?;
    let value: Decimal = match figure.strip_suffix('%') {
        Some(percent) => percent.parse().ok()?,
        None => figure.parse().ok().filter(|v: &Decimal| v.is_zero())?,
    };
    Some(Bound { at_most, strict, value })
}

/// “超1个百分点扣0.5分” (after its 每): 0.5 off a point past a bound of at most — the way past named as the
/// bound is (超, 增加 past an upper bound; 低, 减少 under a lower one). The step and the points off.
fn per_point_off(each: &str, at_most: bool) -> Option<(Decimal, Decimal)> {
    const UP: [&str; 7] = ["超过", "超出", "超", "增加", "提高", "高于", "上升"];
    const DOWN: [&str; 7] = ["低于", "减少", "降低", "下降", "少", "低", "减"];
    let ways = if at_most { &UP } else { &DOWN };
    let rest = ways.iter().find_map(|w| each.strip_prefix(w))?;
    let (step, rest) = rest.split_once("个百分点")?;
    let off = rest.strip_prefix('扣')?.strip_suffix('分')?;
    let (step, off): (Decimal, Decimal) = (step.parse().ok()?, off.parse().ok()?);
    (step > Decimal::ZERO && off >= Decimal::ZERO).then_some((step, off))
}

/// “10%—20%得3分” (or 10%-20%, 10%~20%, 10%至20%): from, to (in percent) and the points.
fn band(clause: &str) -> Option<(Decimal, Decimal, Decimal)> {
    let (range, points) = clause.split_once('得')?;
    // “80%（含）-90%”: the end a band holds, as every band's ends are held here.
    let range = range.replace("（含）", "").replace("(含)", "");
    let range = range.as_str();
    // “(10%,20%]”: an interval (its ends both held in the band, as the dashed form's are).
    let interval = range.strip_prefix(['(', '[', '（', '【']).and_then(|r| r.strip_suffix([')', ']', '）', '】'])).and_then(|r| r.split_once([',', '，']));
    let (from, to) = interval.or_else(|| range.split_once(['—', '-', '~', '～', '至']))?;
    let percent = |words: &str| if words == "0" { Some(Decimal::ZERO) } else { words.trim_start_matches('—').strip_suffix('%')?.parse::<Decimal>().ok() };
    let (from, to, points) = (percent(from)?, percent(to)?, points.strip_suffix('分')?.parse::<Decimal>().ok()?);
    (from < to).then_some((from, to, points))
}

/// Full-width comparators as the half-width ones.
fn half_width(c: char) -> char {
    match c {
        '＜' => '<',
        '＞' => '>',
        '≦' => '≤',
        '≧' => '≥',
        '％' => '%',
        '＝' => '=',
        c => c,
    }
}

/// The score a rule gives `points` for the result `actual` (in percent), rounded half up to the cent, and
/// how, in words — None where the rule does not say (past a bound it gives nothing for).
pub fn scored(rule: &Rule, points: Decimal, actual: Decimal) -> Option<(Decimal, String)> {
    let cent = |v: Decimal| v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let (p, a) = (trim(points), trim(actual));
    match rule {
        Rule::TimesPoints => {
            if actual > Decimal::ONE_HUNDRED || actual.is_sign_negative() {
                return None;
            }
            let due = cent(points.times(actual)?.divided_by(Decimal::ONE_HUNDRED)?);
            Some((due, format!("{a}%×{p}分={}分", trim(due))))
        }
        Rule::Within { bound, past } => {
            let v = trim(bound.value);
            let (within, sign) = match (bound.at_most, bound.strict) {
                (true, false) => (actual <= bound.value, "≤"),
                (true, true) => (actual < bound.value, "<"),
                (false, false) => (actual >= bound.value, "≥"),
                (false, true) => (actual > bound.value, ">"),
            };
            if within {
                return Some((points, format!("完成值{a}%{sign}{v}%，得满分{p}分")));
            }
            past_bound(*bound, past, points, actual)
        }
    }
}

/// The score of a result past the bound of full marks, as the rule's `past` says, and how.
fn past_bound(bound: Bound, past: &Past, points: Decimal, actual: Decimal) -> Option<(Decimal, String)> {
    let cent = |v: Decimal| v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let (p, a, v) = (trim(points), trim(actual), trim(bound.value));
    match *past {
        Past::Unsaid => None,
        Past::TimesPoints => scored(&Rule::TimesPoints, points, actual),
        Past::PerPoint { step, off } => {
            let beyond = if bound.at_most { actual.minus(bound.value)? } else { bound.value.minus(actual)? };
            let taken = cent(off.times(beyond)?.divided_by(step)?);
            let due = cent(points.minus(taken)?.max(Decimal::ZERO));
            let way = if bound.at_most { "超出" } else { "低于" };
            let per = if step == Decimal::ONE { String::new() } else { format!("÷{}", trim(step)) };
            Some((due, format!("完成值{a}%，{way}{v}%共{}个百分点，扣{}{per}×{}={}分，{p}分−{}分={}分", trim(beyond), trim(beyond), trim(off), trim(taken), trim(taken), trim(due))))
        }
        Past::Proportional { zero } => {
            let (z, reached) = (trim(zero), if bound.at_most { actual >= zero } else { actual <= zero });
            if reached {
                return Some((Decimal::ZERO, format!("完成值{a}%，达到不得分的{z}%，得0分")));
            }
            let (left, span) = if bound.at_most { (zero.minus(actual)?, zero.minus(bound.value)?) } else { (actual.minus(zero)?, bound.value.minus(zero)?) };
            let due = cent(points.times(left)?.divided_by(span)?);
            let formula = if bound.at_most { format!("（{z}%−{a}%）/（{z}%−{v}%）") } else { format!("（{a}%−{z}%）/（{v}%−{z}%）") };
            Some((due, format!("完成值{a}%，{p}分×{formula}={}分", trim(due))))
        }
        Past::Bands { ref bands, zero } => {
            let band = bands.iter().find(|(from, to, _)| (*from..=*to).contains(&actual));
            let none = zero.filter(|z| if z.at_most { actual < z.value || !z.strict && actual == z.value } else { actual > z.value || !z.strict && actual == z.value });
            match (band, none) {
                (Some((from, to, due)), None) => Some((*due, format!("完成值{a}%，在{}%至{}%之间，得{}分", trim(*from), trim(*to), trim(*due)))),
                (None, Some(zero)) => Some((Decimal::ZERO, format!("完成值{a}%，过了不得分的{}%，得0分", trim(zero.value)))),
                // In no band the rule names, or in two at once: what it gives is not said.
                _ => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(rule: &str, points: i64, actual: &str) -> Option<String> {
        scored(&read(rule)?, Decimal::from(points), actual.parse().ok()?).map(|(due, _)| trim(due))
    }

    #[test]
    fn a_formula_rule_scores_points_times_the_result() {
        assert_eq!(read("得分＝“执行率×分值”"), Some(Rule::TimesPoints));
        assert_eq!(score("执行率×分值", 8, "96.25"), Some("7.7".to_string()));
        assert_eq!(score("执行率×分值", 8, "103"), None, "over 100% is no share of the 分值");
    }

    #[test]
    fn a_bound_alone_gives_full_marks_within_and_says_nothing_past_it() {
        assert_eq!(score("≤20%得满分", 6, "12.4"), Some("6".to_string()));
        assert_eq!(score("98%以上得满分", 4, "99.1"), Some("4".to_string()));
        assert_eq!(score("≥98%得满分", 4, "97.9"), None, "missed, and the rule gives no score for it");
        assert_eq!(score("≤0得满分", 3, "-2.75"), Some("3".to_string()));
        assert_eq!(read("≥98%"), None, "a target, not a rule");
        assert_eq!(read("≤3次得满分"), None, "a count, not a rate");
    }

    #[test]
    fn points_off_a_percentage_point_past_the_bound_in_proportion_down_to_nothing() {
        // 2.4 points over 8%, 1.5 off a point: 3.6 off 8.
        assert_eq!(score("≤8%得满分，每超过1个百分点扣1.5分", 8, "10.4"), Some("4.4".to_string()));
        // 2 points under 90%, 1 off every 0.5 point: 4 off 6, and no less than nothing for 20 under.
        assert_eq!(score("不低于90%得满分；每降低0.5个百分点扣1分，扣完为止", 6, "88"), Some("2".to_string()));
        assert_eq!(score("不低于90%得满分；每降低0.5个百分点扣1分，扣完为止", 6, "70"), Some("0".to_string()));
        // The way past must be the bound's: an upper bound's rule of points under it is not read.
        assert_eq!(read("≤8%得满分，每降低1个百分点扣1分"), None);
    }

    #[test]
    fn between_full_marks_and_none_in_proportion() {
        // 6 points, full to 95%, none from 80%: 87.5% keeps half.
        assert_eq!(score("≥95%得满分，<80%不得分，中间按比例计分", 6, "87.5"), Some("3".to_string()));
        assert_eq!(score("≥95%得满分，<80%不得分，中间按比例计分", 6, "79"), Some("0".to_string()));
        assert_eq!(score("≤100%得满分，≥120%不得分，之间按比例扣分", 4, "103.5"), Some("3.3".to_string()));
        // A bound of none without the proportion, or on the wrong side, or bands by step: not read.
        assert_eq!(read("≤100%得满分，≥120%不得分"), None);
        assert_eq!(read("≤100%得满分，≤90%不得分，中间按比例计算"), None);
    }

    #[test]
    fn full_marks_within_a_bound_and_points_times_the_result_short_of_it() {
        let rule = "≥95%得满分，低于95%按执行率×分值计算";
        assert_eq!(score(rule, 10, "95.77"), Some("10".to_string()));
        assert_eq!(score(rule, 10, "92.5"), Some("9.25".to_string()));
        assert_eq!(score("90%以上得满分；其余按实际完成值×分值计分", 20, "86.4"), Some("17.28".to_string()));
        assert_eq!(score("≥95%得满分；低于95%的，每降低1个百分点扣0.5分", 10, "93"), Some("9".to_string()));
        // The formula's bound must be the full marks' own, the other way round.
        assert_eq!(read("≥95%得满分，低于90%按执行率×分值计算"), None);
        assert_eq!(read("≥95%得满分，低于95%按执行率×分值计算，每低1个百分点扣1分"), None);
        assert_eq!(read("得分=执行率×分值"), Some(Rule::TimesPoints));
    }

    #[test]
    fn bands_as_intervals_scoring_a_share_of_the_points() {
        let rule = "0得满分；(0,10%]得80%；(10%,20%]得60%；(20%,30%]得40%；30%以上不得分";
        let at = |actual: &str| scored(&read_for(rule, Decimal::from(8))?, Decimal::from(8), actual.parse().ok()?).map(|(due, _)| trim(due));
        assert_eq!(at("12.34"), Some("4.8".to_string()));
        assert_eq!(at("6.5"), Some("6.4".to_string()));
        assert_eq!(at("0"), Some("8".to_string()));
        assert_eq!(at("31"), Some("0".to_string()));
        assert_eq!(at("10"), Some("6.4".to_string()), "(0,10%] holds its upper end");
        assert_eq!(read(rule), None, "a share of points unknown");
        // As the text normalised gives it: brackets full-width, clauses apart by “;”.
        let normalised = "0得满分;（0,10%）得80%;（10%,20%）得60%;（20%,30%）得40%;30%以上不得分";
        assert_eq!(read_for(normalised, Decimal::from(8)), read_for(rule, Decimal::from(8)));
    }

    #[test]
    fn a_band_of_the_rule_scores_its_points() {
        let rule = "≤5%得满分，5%—15%得2分，超过15%不得分";
        assert_eq!(score(rule, 4, "4.2"), Some("4".to_string()));
        assert_eq!(score(rule, 4, "11.3"), Some("2".to_string()));
        assert_eq!(score(rule, 4, "15"), Some("2".to_string()), "the band's end is in it; 超过 is past it");
        assert_eq!(score(rule, 4, "21"), Some("0".to_string()));
        assert_eq!(score("≥90%得满分，80%~90%得5分", 8, "85"), Some("5".to_string()));
        assert_eq!(score("≥90%得满分；80%（含）-90%得8分；70%以下不得分", 10, "85"), Some("8".to_string()));
        assert_eq!(score("≥90%得满分，80%~90%得5分", 8, "72"), None, "no band for it");
        assert_eq!(read("≥90%得满分，80%~90%得5分，≥95%不得分"), None, "nothing left on the wrong side");
    }
}
