//! Publication dates (预决算信息公开, SPEC §4 `disclosure_timeliness`): a sentence that says when the
//! budget or the final accounts were approved (批复) and when they were published (公开) states that
//! they were published within 20 days (预算法第十四条) — or shows that they were not, or that they were
//! published before they were approved.

use std::ops::Range;

use crate::core::reading::date::{parse_date, CivilDate};

use super::sections::first_year;
use super::verdicts::Judged;
use super::Verdict;

/// The longest a publication may follow its approval (预算法第十四条).
const DAYS_ALLOWED: i64 = 20;

/// An approval and a publication a sentence states.
pub struct Stated {
    /// From the approval's date to the word 公开 (in the sentence).
    pub span: Range<usize>,
    /// 预算 or 决算.
    pub what: &'static str,
    pub approved: CivilDate,
    pub published: CivilDate,
}

/// A sentence's stated approval and publication, judged: the range from the approval's date to the word
/// 公开 (in the sentence), and the verdict.
pub fn judged(sentence: &str) -> Option<(Range<usize>, Judged)> {
    let Stated { span, what, approved, published } = stated(sentence)?;
    let days = approved.days_until(published);
    let (verdict, detail) = if days < 0 {
        (Verdict::Mismatch, format!("{what}公开日期{published}早于批复日期{approved}：未批复不能公开，日期有误"))
    } else if days > DAYS_ALLOWED {
        (Verdict::Mismatch, format!("{what}于{approved}批复、{published}公开，相隔{days}日，超过{DAYS_ALLOWED}日（预算法第十四条），公开不及时"))
    } else {
        (Verdict::Ok, format!("{what}批复后{days}日公开，在{DAYS_ALLOWED}日内，相符"))
    };
    Some((span, Judged::new(verdict, detail)))
}

/// Each approval and publication a sentence states, judged, in order (“…批复我局2022年部门预算，…公开部门预算，
/// 2021年度部门决算于…批复、…公开”: the budget's, then the accounts').
pub fn all_judged(sentence: &str) -> Vec<(Range<usize>, Judged)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some((range, judged)) = sentence.get(from..).and_then(judged) {
        let range = from + range.start..from + range.end;
        from = range.end;
        found.push((range, judged));
    }
    found
}

/// The approval and publication a sentence states, if it states both.
pub fn stated(sentence: &str) -> Option<Stated> {
    let first = sentence.find("批复")?;
    let published_at = first + sentence[first..].find("公开")?;
    // “…经人代会审议通过、财政局批复后于1月25日批复，2月10日…公开”: the approval may be named before the one
    // that is dated — the last before 公开 then.
    let last = sentence[..published_at].rfind("批复").filter(|&last| last != first);
    stated_from(sentence, first, published_at).or_else(|| stated_from(sentence, last?, published_at))
}

/// The approval named at `approved_at` and the publication at `published_at`, with their dates.
fn stated_from(sentence: &str, approved_at: usize, published_at: usize) -> Option<Stated> {
    let dates = dates(sentence);
    // The approval's date stands before 批复; the publication's between 批复 and 公开.
    let approval = dates.iter().rev().find(|(range, _)| range.end <= approved_at).cloned().or_else(|| undated_approval(sentence, approved_at))?;
    let between = approved_at..published_at;
    let (_, published) = dates
        .iter()
        .rev()
        .find(|(range, _)| range.start >= between.start && range.end <= between.end)
        .cloned()
        .or_else(|| same_year(sentence, between, approval.1))?;
    // “…收到2023年度部门决算批复”, “…批复2023年度部门决算，…公开”: the document is named up to 公开, after
    // the date as often as before it.
    let what = document(sentence.get(..published_at).unwrap_or_default());
    Some(Stated { span: approval.0.start..published_at + "公开".len(), what, approved: approval.1, published })
}

/// Which document the words before an approval speak of: the last of 预算 or 决算 named (“预决算公开：
/// 2024年部门预算于…” is the budget's).
fn document(before: &str) -> &'static str {
    let budget = before.rfind("预算");
    let accounts = before.match_indices("决算").map(|(at, _)| at).filter(|&at| !before[..at].ends_with('预')).last();
    if accounts > budget { "决算" } else { "预算" }
}

/// “于1月18日批复我局2024年部门预算”: an approval dated without its year is in the budget's own year, or
/// the year after the one whose 决算 it approves; with no year named, nothing can be said.
fn undated_approval(sentence: &str, approved_at: usize) -> Option<(Range<usize>, CivilDate)> {
    // The year the sentence names on its own (“2024年部门预算”, “2023年度决算”), not a date's.
    let year = i32::try_from(first_year(sentence)?).ok()?;
    let published_at = approved_at + sentence[approved_at..].find("公开")?;
    let year = if document(&sentence[..published_at]) == "决算" { year + 1 } else { year };
    same_year(sentence, 0..approved_at, parse_date(&format!("{year}-01-01")).ok().flatten()?)
}

/// “2024年1月25日批复，2月15日公开”: a date without its year, in the approval's year (or the next, when
/// that would put it before the approval: 12月28日批复，1月8日公开).
fn same_year(sentence: &str, within: Range<usize>, approval: CivilDate) -> Option<(Range<usize>, CivilDate)> {
    let text = sentence.get(within.clone())?;
    let month_at = text.find('月')?;
    let month_start = text[..month_at].trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let day_end = text[month_at + '月'.len_utf8()..].find('日')? + month_at + '月'.len_utf8();
    let (month, day) = (&text[month_start..month_at], &text[month_at + '月'.len_utf8()..day_end]);
    let read = |year: i32| parse_date(&format!("{year}-{month}-{day}")).ok().flatten();
    let date = read(approval.year).filter(|d| *d >= approval).or_else(|| read(approval.year + 1))?;
    Some((within.start + month_start..within.start + day_end + '日'.len_utf8(), date))
}

/// Every date in the sentence (“2024年1月25日”, “2024-01-25”, “2024/1/25”, “2024.1.25”), with its range.
fn dates(sentence: &str) -> Vec<(Range<usize>, CivilDate)> {
    let bytes = sentence.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let starts = bytes[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !bytes[i - 1].is_ascii_digit());
        if !starts {
            i += 1;
            continue;
        }
        // The longest run of what a date is written with, then the longest prefix of it that reads.
        let run = sentence[i..].char_indices().find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | '-' | '/' | '.'))).map_or(sentence.len() - i, |(at, _)| at);
        let text = &sentence[i..i + run];
        let date = text.char_indices().map(|(at, c)| at + c.len_utf8()).rev().find_map(|end| parse_date(&text[..end]).ok().flatten().map(|d| (end, d)));
        match date {
            Some((end, date)) => {
                found.push((i..i + end, date));
                i += end;
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::SENTENCE_ENDS;

    fn verdicts(text: &str) -> Vec<(Verdict, String)> {
        text.split_inclusive(SENTENCE_ENDS).filter_map(judged).map(|(_, j)| (j.verdict, j.detail)).collect()
    }

    #[test]
    fn within_twenty_days_holds_later_or_earlier_does_not() {
        let found = verdicts("2024年部门预算于2024年1月25日批复，2024年2月8日在县政府门户网站公开。");
        assert_eq!(found, vec![(Verdict::Ok, "预算批复后14日公开，在20日内，相符".to_string())]);
        let late = verdicts("2023年度部门决算于2023年7月5日批复，2023年8月30日公开。");
        assert_eq!(late[0].0, Verdict::Mismatch);
        assert!(late[0].1.contains("相隔56日") && late[0].1.starts_with("决算"), "{}", late[0].1);
        let early = verdicts("决算2023-08-20批复，2023-08-12公开");
        assert_eq!(early[0].0, Verdict::Mismatch);
        assert!(early[0].1.contains("早于批复日期"), "{}", early[0].1);
    }

    #[test]
    fn the_document_is_the_one_named_last_before_the_approval() {
        let found = verdicts("预决算公开：2024年部门预算于2024年1月25日批复，2024年3月28日公开。");
        assert!(found[0].1.starts_with("预算于"), "{}", found[0].1);
        assert!(verdicts("预决算公开：2023年度决算2024年7月5日批复，2024年8月30日公开。")[0].1.starts_with("决算于"));
    }

    #[test]
    fn a_publication_date_without_its_year_is_in_the_approvals() {
        let late = verdicts("2024年部门预算于2024年1月25日批复，2月28日在政府门户网站公开。");
        assert_eq!(late[0].0, Verdict::Mismatch);
        assert!(late[0].1.contains("2024年2月28日公开") && late[0].1.contains("相隔34日"), "{}", late[0].1);
        let next_year = verdicts("决算于2023年12月28日批复，1月8日公开。");
        assert_eq!(next_year, vec![(Verdict::Ok, "决算批复后11日公开，在20日内，相符".to_string())]);
    }

    #[test]
    fn an_approval_without_its_year_is_dated_by_the_document_it_approves() {
        // 2024 is a leap year: 26 February to 12 March is 15 days.
        let budget = verdicts("市财政局于2月26日批复本局2024年部门预算，本局于3月12日在门户网站公开预算及“三公”经费预算。");
        assert_eq!(budget, vec![(Verdict::Ok, "预算批复后15日公开，在20日内，相符".to_string())]);
        // The 2023 accounts are approved in 2024.
        let accounts = verdicts("2023年度部门决算于7月20日批复，8月25日公开。");
        assert_eq!(accounts[0].0, Verdict::Mismatch);
        assert!(accounts[0].1.contains("2024年7月20日批复") && accounts[0].1.contains("相隔36日"), "{}", accounts[0].1);
        assert!(verdicts("于1月18日批复，2月3日公开。").is_empty(), "no year named: nothing to say");
    }

    #[test]
    fn the_approval_dated_is_read_when_an_undated_one_is_named_before_it() {
        let budget = verdicts("2025年镇级预算经镇人大审议通过、区财政局批复后于2月3日批复，3月5日在区政府网站公开。");
        assert_eq!(budget[0].0, Verdict::Mismatch);
        assert!(budget[0].1.contains("2025年2月3日批复") && budget[0].1.contains("相隔30日"), "{}", budget[0].1);
        let by_the_parent = verdicts("本校预算由教育局统一批复，2025年预算于3月2日批复，3月14日随教育局公开。");
        assert_eq!(by_the_parent, vec![(Verdict::Ok, "预算批复后12日公开，在20日内，相符".to_string())]);
    }

    #[test]
    fn a_sentence_may_state_the_budgets_and_the_accounts_disclosure() {
        let both = all_judged("市财政局于2025年1月20日批复本院2025年部门预算，本院于2025年2月6日公开部门预算，2024年度部门决算于2025年7月10日批复、8月5日公开。");
        let details: Vec<(Verdict, &str)> = both.iter().map(|(_, j)| (j.verdict, j.detail.as_str())).collect();
        assert_eq!(details.len(), 2, "{details:?}");
        assert_eq!(details[0], (Verdict::Ok, "预算批复后17日公开，在20日内，相符"));
        assert_eq!(details[1].0, Verdict::Mismatch, "{details:?}");
        assert!(details[1].1.starts_with("决算") && details[1].1.contains("相隔26日"), "{details:?}");
    }

    #[test]
    fn a_sentence_without_both_dates_states_nothing() {
        assert!(verdicts("预算批复后按规定及时公开。").is_empty());
        assert!(verdicts("2024年1月25日批复。2024年2月8日公开。").is_empty(), "two sentences");
        assert!(verdicts("于2024年1月批复，2月公开").is_empty());
    }
}
