//! Numbers written in Chinese numerals, as clerks sometimes type a result or a count: `三`, `十二`,
//! `一百零五`, `两千三百`, the spoken `一百五` (150) and `两万三` (23000), digit by digit `二〇二四`, and
//! `三点五`. Reading never panics: a run too long for a figure is not one.

use rust_decimal::Decimal;

/// The value of the Chinese numerals that `text` starts with, and the text after them; `None` when it
/// does not start with one. `百分之九十五` is not read here (see `percent`).
pub fn leading(text: &str) -> Option<(Decimal, &str)> {
    let end = text.find(|c: char| !is_numeral(c)).unwrap_or(text.len());
    let (numerals, rest) = text.split_at(end);
    let whole = whole_number(numerals)?;
    match rest.strip_prefix('点') {
        Some(after) => {
            let end = after.find(|c: char| digit(c).is_none()).unwrap_or(after.len());
            let (fraction, after) = after.split_at(end);
            if fraction.is_empty() {
                return Some((whole, rest)); // `十点`: a time of day, not a fraction
            }
            let digits: String = fraction.chars().filter_map(digit).map(|d| char::from(b'0' + d)).collect();
            let value = Decimal::from_str_exact(&format!("{whole}.{digits}")).ok()?;
            Some((value, after))
        }
        None => Some((whole, rest)),
    }
}

/// `百分之九十五` as 95 (a percentage), with the text after it.
pub fn percent(text: &str) -> Option<(Decimal, &str)> {
    leading(text.strip_prefix("百分之")?)
}

fn is_numeral(c: char) -> bool {
    digit(c).is_some() || unit(c).is_some() || section(c).is_some()
}

fn digit(c: char) -> Option<u8> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// 十, 百, 千: multiply the digit before them within a section.
fn unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// 万, 亿: close a section.
fn section(c: char) -> Option<u64> {
    Some(match c {
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// The value of a run of numerals; `None` for an empty or malformed run, or one too large.
fn whole_number(numerals: &str) -> Option<Decimal> {
    if numerals.is_empty() || numerals.chars().count() > 20 {
        return None;
    }
    let value = if numerals.chars().all(|c| digit(c).is_some()) { positional(numerals)? } else { with_units(numerals)? };
    Some(Decimal::from(value))
}

/// `二〇二四`: each numeral a digit, which a 〇 or 零 shows; two digits without one (`三四`) is a range in
/// words, not a figure.
fn positional(numerals: &str) -> Option<u64> {
    if numerals.chars().count() > 1 && !numerals.contains(['〇', '零']) {
        return None;
    }
    numerals.chars().filter_map(digit).try_fold(0u64, |value, d| value.checked_mul(10)?.checked_add(u64::from(d)))
}

/// `一百零五`, `两万三千`, `十二`; a digit left after a unit counts in the next unit down, as it is said
/// (`一百五` is 150), unless a 零 came before it (`一百零五` is 105).
fn with_units(numerals: &str) -> Option<u64> {
    let (mut total, mut part) = (0u64, 0u64);
    let (mut pending, mut last_unit, mut after_zero) = (None::<u64>, 1u64, false);
    for c in numerals.chars() {
        if let Some(d) = digit(c) {
            if pending.is_some() {
                return None; // two digits in a row (`三四`) is a range or a slip, not a figure
            }
            after_zero |= d == 0;
            pending = (d != 0).then_some(u64::from(d));
        } else if let Some(u) = unit(c) {
            // `十二`: a unit with no digit before it counts once.
            part = part.checked_add(pending.take().unwrap_or(1).checked_mul(u)?)?;
            (last_unit, after_zero) = (u, false);
        } else if let Some(s) = section(c) {
            let closed = part.checked_add(pending.take().unwrap_or(0))?;
            total = if s > 10_000 { total.checked_add(closed)?.checked_mul(s)? } else { total.checked_add(closed.checked_mul(s)?)? };
            (part, last_unit, after_zero) = (0, s, false);
        }
    }
    if let Some(d) = pending {
        let spoken = if after_zero || last_unit < 100 { 1 } else { last_unit / 10 };
        part = part.checked_add(d.checked_mul(spoken)?)?;
    }
    total.checked_add(part)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `n` (below 10⁸) as it is written out in full: 一万零三十, 二千零五.
    fn written(n: u64) -> String {
        const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        let group = |n: u64| {
            let (mut out, mut gap, mut started) = (String::new(), false, false);
            for (d, unit) in [(n / 1000, "千"), (n / 100 % 10, "百"), (n / 10 % 10, "十"), (n % 10, "")] {
                if d == 0 {
                    gap |= started;
                    continue;
                }
                if gap {
                    out.push('零');
                }
                out.push_str(DIGITS[d as usize]);
                out.push_str(unit);
                (gap, started) = (false, true);
            }
            out
        };
        let (high, low) = (n / 10_000, n % 10_000);
        let mut out = if high > 0 { group(high) + "万" } else { String::new() };
        if high > 0 && low > 0 && low < 1000 {
            out.push('零');
        }
        out.push_str(&group(low));
        if out.is_empty() { "零".into() } else { out }
    }

    proptest! {
        #[test]
        fn never_panics(text in "[零〇一二两三四五六七八九十百千万亿点a-z0-9]{0,24}") {
            let _ = leading(&text);
        }

        #[test]
        fn reads_every_figure_written_out(n in 0u64..100_000_000) {
            let text = written(n) + "个";
            prop_assert_eq!(leading(&text), Some((Decimal::from(n), "个")), "{}", text);
        }
    }

    fn read(text: &str) -> Option<(String, &str)> {
        leading(text).map(|(value, rest)| (value.to_string(), rest))
    }

    #[test]
    fn reads_counts_as_they_are_written() {
        assert_eq!(read("三座"), Some(("3".into(), "座")));
        assert_eq!(read("十二个"), Some(("12".into(), "个")));
        assert_eq!(read("二十"), Some(("20".into(), "")));
        assert_eq!(read("一百零五人"), Some(("105".into(), "人")));
        assert_eq!(read("一百二十公里"), Some(("120".into(), "公里")));
        assert_eq!(read("两千三百户"), Some(("2300".into(), "户")));
        assert_eq!(read("三万零六百"), Some(("30600".into(), "")));
        assert_eq!(read("一亿二千万元"), Some(("120000000".into(), "元")));
        assert_eq!(read("二〇二四年"), Some(("2024".into(), "年")));
        assert_eq!(read("零"), Some(("0".into(), "")));
    }

    #[test]
    fn reads_the_spoken_short_forms_and_fractions() {
        assert_eq!(read("一百五"), Some(("150".into(), "")));
        assert_eq!(read("两万三"), Some(("23000".into(), "")));
        assert_eq!(read("一千零二"), Some(("1002".into(), "")));
        assert_eq!(read("三点五公里"), Some(("3.5".into(), "公里")));
        assert_eq!(read("十点"), Some(("10".into(), "点")));
        assert_eq!(percent("百分之九十五").map(|(v, r)| (v.to_string(), r)), Some(("95".into(), "")));
    }

    #[test]
    fn what_is_not_a_figure_is_not_read() {
        assert_eq!(read("效果明显"), None);
        assert_eq!(read(""), None);
        assert_eq!(read("三四个"), None, "a range in words");
        assert_eq!(read(&"九".repeat(21)), None);
        assert_eq!(read(&"九亿".repeat(6)), None, "too large for a figure");
    }
}
