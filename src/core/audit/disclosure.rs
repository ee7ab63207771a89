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

/// What a report may say of its publication in the words around its dates: that it was in time, or that it
/// was late. A claim of time is not one where the words say the delay (“未在20日内”, “超过规定时限”) — but a
/// delay denied (“未超过20日”) is one.
const IN_TIME: [&str; 9] = ["及时", "20日内", "二十日内", "20天内", "规定时限", "规定时间", "规定期限", "按时", "按期"];
const LATE: [&str; 11] = ["延至", "延迟", "延后", "推迟", "滞后", "逾期", "超过", "超出", "未在", "未按", "不及时"];
const DENIED: [&str; 4] = ["未超过", "不超过", "没有超过", "未超出"];

/// What the words around an approval and its publication say of its timeliness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    InTime,
    Late,
    Nothing,
}

fn said(words: &str) -> Said {
    let undenied = DENIED.iter().fold(words.to_string(), |rest, denied| rest.replace(denied, ""));
    let late = LATE.iter().any(|w| undenied.match_indices(w).any(|(at, _)| !OVER.contains(w) || of_time(&undenied[at + w.len()..])));
    let delay_denied = DENIED.iter().any(|d| words.match_indices(d).any(|(at, _)| of_time(&words[at + d.len()..])));
    if late {
        Said::Late
    } else if delay_denied || IN_TIME.iter().any(|w| words.contains(w)) {
        Said::InTime
    } else {
        Said::Nothing
    }
}

/// Words of the delay only where a time follows them (“超过20日”, “超出规定时限”): a “超过” of anything else
/// (“支出未超出预算”, “公开内容超过规定要求”) says nothing of when it was published.
const OVER: [&str; 2] = ["超过", "超出"];

/// Whether the words right after “超过” (in its clause) are a time: days, or a time limit.
fn of_time(after: &str) -> bool {
    let clause = &after[..after.find(['，', '。', '；', ',', ';', '、']).unwrap_or(after.len())];
    let near: String = clause.chars().take(8).collect();
    ["日", "天", "时", "期限"].iter().any(|w| near.contains(w))
}

/// A sentence's first stated approval and publication, judged: the range from the approval's date to the
/// word 公开 (in the sentence), and the verdict.
#[cfg(test)]
fn judged(sentence: &str) -> Option<(Range<usize>, Judged)> {
    all_judged(sentence).into_iter().next()
}

/// An approval and its publication, judged on what the words around them `said`: the range of the words
/// stating them, and the verdict. Dates more than 20 days apart make a report wrong only where it calls the
/// publication timely; where it says nothing of it, or says the delay, its dates are a fact the reviewer
/// weighs in the score, not a slip of the report.
fn judge(Stated { span, what, approved, published }: Stated, said: Said) -> (Range<usize>, Judged) {
    let days = approved.days_until(published);
    let interval = format!("{what}于{approved}批复、{published}公开，相隔{days}日，超过{DAYS_ALLOWED}日（预算法第十四条）");
    let judged = if days < 0 {
        Judged::new(Verdict::Mismatch, format!("{what}公开日期{published}早于批复日期{approved}：未批复不能公开，日期有误"))
    } else if days <= DAYS_ALLOWED {
        Judged::new(Verdict::Ok, format!("{what}批复后{days}日公开，在{DAYS_ALLOWED}日内，相符"))
    } else if said == Said::InTime {
        Judged::new(Verdict::Mismatch, format!("{interval}，报告称按时公开，与日期不符"))
    } else {
        let how = if said == Said::Late { "报告已写明公开延后" } else { "报告未称按时公开" };
        Judged::new(Verdict::Ok, format!("{interval}；{how}，所写与日期相符"))
            .noted([format!("{what}公开超过批复后{DAYS_ALLOWED}日，预决算信息公开按评分规则不应得满分")])
    };
    (span, judged)
}

/// Each approval and publication a sentence states, judged, in order (“…批复我局2022年部门预算，…公开部门预算，
/// 2021年度部门决算于…批复、…公开”: the budget's, then the accounts'), each on the words from the one before
/// it up to the one after (“…，在20日内公开” speaks for the last; “…，均在20日内公开” for each whose own words
/// say nothing of it).
pub fn all_judged(sentence: &str) -> Vec<(Range<usize>, Judged)> {
    let stated = all_stated(sentence);
    let spans: Vec<Range<usize>> = stated.iter().map(|s| s.span.clone()).collect();
    let words = |i: usize| {
        let from = i.checked_sub(1).and_then(|before| spans.get(before)).map_or(0, |span| span.end);
        let to = spans.get(i + 1).map_or(sentence.len(), |span| span.start);
        sentence.get(from..to).unwrap_or_default()
    };
    let after_all = spans.last().and_then(|last| sentence.get(last.end..)).unwrap_or_default();
    let of_each = if ["均", "都", "皆", "全部"].iter().any(|w| after_all.contains(w)) { said(after_all) } else { Said::Nothing };
    let said_of = |i: usize| match said(words(i)) {
        Said::Nothing => of_each,
        own => own,
    };
    stated.into_iter().enumerate().map(|(i, one)| judge(one, said_of(i))).collect()
}

/// Each approval and publication a sentence states, in order, each with its range in the sentence.
pub fn all_stated(sentence: &str) -> Vec<Stated> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(mut next) = sentence.get(from..).and_then(stated) {
        next.span = from + next.span.start..from + next.span.end;
        from = next.span.end;
        found.push(next);
    }
    found
}

/// The approval and publication a sentence states, if it states both.
pub fn stated(sentence: &str) -> Option<Stated> {
    let first = sentence.find("批复")?;
    if let Some(bracketed) = approval_in_brackets(sentence, first) {
        return Some(bracketed);
    }
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

/// “预算于2025年2月12日公开（批复日期1月24日）”, “…3月2日公开（2月20日批复）”: the approval named at
/// `approved_at` in brackets right after the word 公开 dates the publication written before it. An
/// approval without its year is the latest on or before the publication.
fn approval_in_brackets(sentence: &str, approved_at: usize) -> Option<Stated> {
    let opening = sentence[..approved_at].rfind(['（', '('])?;
    if sentence[opening..approved_at].contains(['）', ')']) {
        return None;
    }
    let published_at = opening.checked_sub("公开".len()).filter(|&at| sentence.get(at..opening) == Some("公开"))?;
    let closing = approved_at + sentence[approved_at..].find(['）', ')'])?;
    let what = document(&sentence[..published_at]);
    let (words, published) = dates(&sentence[..published_at]).pop().or_else(|| undated_publication(sentence, published_at, what))?;
    let inside = opening..closing;
    let approved = match dates(&sentence[inside.clone()]).pop() {
        Some((_, date)) => date,
        None => [published.year, published.year - 1].into_iter().find_map(|year| {
            let new_year = parse_date(&format!("{year}-01-01")).ok().flatten()?;
            same_year(sentence, inside.clone(), new_year).map(|(_, date)| date).filter(|date| *date <= published)
        })?,
    };
    Some(Stated { span: words.start..closing + sentence[closing..].chars().next()?.len_utf8(), what, approved, published })
}

/// “2024年部门预算于2月6日公开”: a publication dated without its year is in the budget's own year, or the
/// year after the one whose 决算 it publishes.
fn undated_publication(sentence: &str, published_at: usize, what: &str) -> Option<(Range<usize>, CivilDate)> {
    let year = i32::try_from(first_year(sentence)?).ok()?;
    let year = if what == "决算" { year + 1 } else { year };
    let words = sentence[..published_at].rfind('，').map_or(0, |at| at + '，'.len_utf8())..published_at;
    same_year(sentence, words, parse_date(&format!("{year}-01-01")).ok().flatten()?)
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
        let late = verdicts("2023年度部门决算于2023年7月5日批复，2023年8月30日按时公开。");
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
        let late = verdicts("2024年部门预算于2024年1月25日批复，2月28日在政府门户网站及时公开。");
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
        let accounts = verdicts("2023年度部门决算于7月20日批复，8月25日按规定时限公开。");
        assert_eq!(accounts[0].0, Verdict::Mismatch);
        assert!(accounts[0].1.contains("2024年7月20日批复") && accounts[0].1.contains("相隔36日"), "{}", accounts[0].1);
        assert!(verdicts("于1月18日批复，2月3日公开。").is_empty(), "no year named: nothing to say");
    }

    #[test]
    fn the_approval_dated_is_read_when_an_undated_one_is_named_before_it() {
        let budget = verdicts("2025年镇级预算经镇人大审议通过、区财政局批复后于2月3日批复，3月5日在区政府网站按时公开。");
        assert_eq!(budget[0].0, Verdict::Mismatch);
        assert!(budget[0].1.contains("2025年2月3日批复") && budget[0].1.contains("相隔30日"), "{}", budget[0].1);
        let by_the_parent = verdicts("本校预算由教育局统一批复，2025年预算于3月2日批复，3月14日随教育局公开。");
        assert_eq!(by_the_parent, vec![(Verdict::Ok, "预算批复后12日公开，在20日内，相符".to_string())]);
    }

    #[test]
    fn a_sentence_may_state_the_budgets_and_the_accounts_disclosure() {
        let both = all_judged("市财政局于2025年1月20日批复本院2025年部门预算，本院于2025年2月6日公开部门预算，2024年度部门决算于2025年7月10日批复、8月5日公开，均在批复后20日内公开。");
        let details: Vec<(Verdict, &str)> = both.iter().map(|(_, j)| (j.verdict, j.detail.as_str())).collect();
        assert_eq!(details.len(), 2, "{details:?}");
        assert_eq!(details[0], (Verdict::Ok, "预算批复后17日公开，在20日内，相符"));
        assert_eq!(details[1].0, Verdict::Mismatch, "{details:?}");
        assert!(details[1].1.starts_with("决算") && details[1].1.contains("相隔26日"), "{details:?}");
    }

    #[test]
    fn a_late_publication_is_the_reports_slip_only_where_it_claims_time() {
        // Dates 27 days apart: a report that says nothing of time, or says the delay, states no error.
        for said in ["2022年部门预算于2022年2月3日批复，3月2日公开。", "2022年部门预算于2022年2月3日批复，受系统升级影响推迟至3月2日公开。"] {
            let found = all_judged(said);
            assert_eq!(found.len(), 1, "{said}");
            assert_eq!(found[0].1.verdict, Verdict::Ok, "{said}: {}", found[0].1.detail);
            assert!(found[0].1.detail.contains("相隔27日，超过20日"), "{}", found[0].1.detail);
            assert!(found[0].1.notes.iter().any(|n| n.contains("不应得满分")), "{:?}", found[0].1.notes);
        }
        // One that calls it timely is contradicted by its own dates; a claim of time denied is no such claim.
        let claimed = all_judged("2022年部门预算于2022年2月3日批复，3月2日在规定时间内公开。");
        assert_eq!(claimed[0].1.verdict, Verdict::Mismatch, "{}", claimed[0].1.detail);
        let denied = all_judged("2022年部门预算于2022年2月3日批复，3月2日公开，未在规定时间内公开。");
        assert_eq!(denied[0].1.verdict, Verdict::Ok, "{}", denied[0].1.detail);
        let no_delay = all_judged("2022年部门预算于2022年2月3日批复，3月2日公开，未超过规定时限。");
        assert_eq!(no_delay[0].1.verdict, Verdict::Mismatch, "{}", no_delay[0].1.detail);
    }

    #[test]
    fn a_claim_of_time_for_both_after_the_last_speaks_for_each() {
        // The budget 41 days after its approval, the accounts 12: “均…” says both were in time.
        let both = all_judged("2023年部门预算于2023年2月6日批复，2023年3月19日公开；2022年度部门决算于2023年8月1日批复，8月13日公开，均在批复后20日内公开。");
        let verdicts: Vec<Verdict> = both.iter().map(|(_, j)| j.verdict).collect();
        assert_eq!(verdicts, [Verdict::Mismatch, Verdict::Ok], "{:?}", both.iter().map(|(_, j)| &j.detail).collect::<Vec<_>>());
        assert!(both[0].1.detail.contains("相隔41日") && both[0].1.detail.contains("报告称按时公开"), "{}", both[0].1.detail);
        // Without “均” it speaks for the last only; a word of the first's own stands.
        let last = all_judged("2023年部门预算于2023年2月6日批复，2023年3月19日公开；2022年度部门决算于2023年8月1日批复，8月13日公开，在批复后20日内公开。");
        assert_eq!(last[0].1.verdict, Verdict::Ok, "{}", last[0].1.detail);
        let own = all_judged("2023年部门预算于2023年2月6日批复，因故推迟至2023年3月19日公开；2022年度部门决算于2023年8月1日批复，8月13日公开，均已公开。");
        assert!(own[0].1.detail.contains("报告已写明公开延后"), "{}", own[0].1.detail);
    }

    #[test]
    fn going_beyond_something_other_than_a_time_says_nothing_of_the_publication() {
        // 26 days apart: what the spending or the content exceeded, or did not, is no word on the publication.
        let quiet = all_judged("2023年部门预算于2023年3月1日批复，3月27日公开，当年支出未超出预算。");
        assert_eq!(quiet[0].1.verdict, Verdict::Ok, "{}", quiet[0].1.detail);
        assert!(quiet[0].1.detail.contains("报告未称按时公开"), "{}", quiet[0].1.detail);
        let claimed = all_judged("2023年部门预算于2023年3月1日批复，3月27日在门户网站及时公开，公开内容超过规定要求。");
        assert_eq!(claimed[0].1.verdict, Verdict::Mismatch, "{}", claimed[0].1.detail);
        assert!(claimed[0].1.detail.contains("报告称按时公开"), "{}", claimed[0].1.detail);
        // Beyond a time it still says the delay, or denies it.
        let late = all_judged("2023年部门预算于2023年3月1日批复，3月27日公开，超出规定时限。");
        assert!(late[0].1.detail.contains("报告已写明公开延后"), "{}", late[0].1.detail);
        let denied = all_judged("2023年部门预算于2023年3月1日批复，3月27日公开，未超过批复后20天。");
        assert_eq!(denied[0].1.verdict, Verdict::Mismatch, "{}", denied[0].1.detail);
    }

    #[test]
    fn an_approval_in_brackets_after_the_publication_is_its_own() {
        // Each publication with the approval in the brackets after it; the year of an undated approval is the
        // publication's.
        let both = all_judged("2023年部门预算于2023年3月6日公开（批复日期2月17日），2022年度部门决算于2023年9月1日公开（8月16日批复），均在20日内公开。");
        let details: Vec<(Verdict, &str)> = both.iter().map(|(_, j)| (j.verdict, j.detail.as_str())).collect();
        assert_eq!(details, vec![(Verdict::Ok, "预算批复后17日公开，在20日内，相符"), (Verdict::Ok, "决算批复后16日公开，在20日内，相符")]);
        let late = all_judged("2023年部门预算于2023年3月16日公开（批复日期2023年2月17日），在规定时限内完成。");
        assert_eq!(late[0].1.verdict, Verdict::Mismatch, "{}", late[0].1.detail);
        assert!(late[0].1.detail.contains("2023年2月17日批复、2023年3月16日公开，相隔27日"), "{}", late[0].1.detail);
        // An approval dated in December is the year before a publication in January.
        let across = all_judged("2024年部门预算于2024年1月10日公开（12月29日批复）。");
        assert_eq!(across[0].1.verdict, Verdict::Ok, "{}", across[0].1.detail);
        assert!(across[0].1.detail.contains("批复后12日"), "{}", across[0].1.detail);
    }

    #[test]
    fn a_sentence_without_both_dates_states_nothing() {
        assert!(verdicts("预算批复后按规定及时公开。").is_empty());
        assert!(verdicts("2024年1月25日批复。2024年2月8日公开。").is_empty(), "two sentences");
        assert!(verdicts("于2024年1月批复，2月公开").is_empty());
    }
}
