//! Where a report's 项目支出绩效自评表 stand (附件3, SPEC §12): what they state — a project's 年中追加 in its
//! 执行率偏低或预算调整的原因, its 年度总体目标, its indicator rows — is the project's, never the unit's. A
//! project's “年中追加…200万元” read as the department's 年中追加 leaves every rate built on the real one in
//! doubt.

use std::ops::Range;

use super::damage;
use super::draft_projects;
use super::text::Normalised;

/// The titles a project's 自评表 goes by (not the 部门整体支出绩效自评表 of 附件2: that one is the unit's).
const TITLES: [&str; 2] = ["项目支出绩效自评表", "项目绩效自评表"];

/// The normalised spans of the report's 项目支出绩效自评表: each from its title (or its 项目名称 line) to the
/// next attachment's label, a heading of the 正文, or the end.
pub fn spans(pasted: &str, text: &Normalised) -> Vec<Range<usize>> {
    // Every line, kept or not: a PDF's copy repeats the title on each sheet's page, and it reads as a running
    // header — still where a sheet begins.
    let lines = damage::lines(pasted);
    let named: Vec<usize> = draft_projects::sheets(pasted).iter().map(|s| s.at).collect();
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (k, line) in lines.iter().enumerate() {
        let words = &pasted[line.start..line.end];
        // The next written line, looked for only after a 项目名称 (the text stays read in one pass).
        let next = || lines[k + 1..].iter().map(|l| &pasted[l.start..l.end]).find(|l| !l.trim().is_empty());
        if is_title(words) || named.contains(&line.start) || heads_a_sheet(words, next) {
            open = open.or(Some(line.start));
        } else if let Some(start) = open.filter(|_| !line.dropped && ends_a_sheet(words)) {
            spans.push(start..line.start);
            open = None;
        }
    }
    spans.extend(open.map(|start| start..pasted.len()));
    spans.into_iter().map(|s| text.position(s.start)..text.position(s.end)).filter(|s| !s.is_empty()).collect()
}

/// “项目支出绩效自评表”, “附件3：项目支出绩效自评表”, “2025年度项目支出绩效自评表（2025年度）”: a sheet's title,
/// alone on its line — not the 附件说明's “3．项目支出绩效自评表（共3份）”.
fn is_title(line: &str) -> bool {
    let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = |s: &str| s.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)).len();
    // Its 附件 label before it, on the same line.
    let rest = squeezed.strip_prefix("附件").map_or(squeezed.as_str(), |after| {
        let numbered = &after[after.len() - digits(after)..];
        let numbered = numbered.strip_prefix(['-', '－']).map_or(numbered, |n| &n[n.len() - digits(n)..]);
        numbered.trim_start_matches(['：', ':', '、', '．', '.'])
    });
    // Its year before it (“2025年度”), or after it in brackets.
    let rest = match rest.find("年度") {
        Some(at) if digits(&rest[..at]) == 0 && at > 0 => &rest[at + "年度".len()..],
        _ => rest,
    };
    let rest = rest.split_once(['（', '(']).filter(|(_, bracket)| bracket.contains("年")).map_or(rest, |(title, _)| title);
    TITLES.contains(&rest) || named_title(rest)
}

/// “人防工程维护管理项目支出绩效自评表（资金部分）”, “《某县志》编纂出版项目自评表”: a sheet's title led by its
/// project's name — a name, not a numbered entry (“3．项目支出绩效自评表”) nor a sentence (“详见项目支出绩效自评表。”).
fn named_title(rest: &str) -> bool {
    // A note in brackets after the title (“（资金部分）”) is none of it.
    let rest = match rest.strip_suffix(['）', ')']).and_then(|r| r.rfind(['（', '('])) {
        Some(at) => &rest[..at],
        None => rest,
    };
    let Some(name) = TITLES.iter().chain(["项目自评表"].iter()).find_map(|t| rest.strip_suffix(t)) else { return false };
    let numbered = name.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    !name.is_empty() && !numbered && !name.contains(['，', '。', '；', '：', ':', '、', '．', ',', ';']) && !name.contains("部门整体")
}

/// “项目名称：某某工程 ⇥（2025年度）” over “主管部门：某局 …”: a sheet's head, its title not copied.
fn heads_a_sheet<'a>(line: &str, next: impl FnOnce() -> Option<&'a str>) -> bool {
    let squeezed = |l: &str| l.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let named = squeezed(line).strip_prefix("项目名称").is_some_and(|rest| rest.starts_with(['：', ':']));
    named && next().is_some_and(|next| squeezed(next).starts_with("主管部门"))
}

/// A line that ends a sheet: the next attachment's label (“附件4”, “附件：”) or a heading of the 正文 (“四、…”,
/// “（二）…”) — never a numbered line of its own text (“1．完成…”).
fn ends_a_sheet(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\u{3000}', '\t']);
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let after_numerals = |s: &str| s.trim_start_matches(numeral).len() < s.len();
    let part = after_numerals(line) && line.trim_start_matches(numeral).starts_with(['、', '．', '.']);
    let bracketed = line.strip_prefix(['（', '(']).is_some_and(|inner| after_numerals(inner) && inner.trim_start_matches(numeral).starts_with(['）', ')']));
    let attachment = line.strip_prefix("附件").is_some_and(|rest| rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit() || "：:１２３４５６７８９".contains(c)));
    // The unit's own 部门整体支出绩效自评表 after the projects' (its label not copied): its figures are the unit's.
    let units_sheet = line.contains("整体支出绩效自评表") && line.chars().count() <= 40 && !line.contains('。');
    part || bracketed || attachment || units_sheet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheets_title_is_known_by_its_words_alone_on_its_line() {
        for title in ["项目支出绩效自评表", "附件3：项目支出绩效自评表", "附件3-2 项目支出绩效自评表", "2025年度项目支出绩效自评表", "项目支出绩效自评表（2025年度）", "  项 目 支 出 绩 效 自 评 表"] {
            assert!(is_title(title), "{title}");
        }
        for title in ["人防工程维护管理项目支出绩效自评表（资金部分）", "《某县志》编纂出版项目自评表", "河道保洁项目绩效自评表（2024年度）"] {
            assert!(is_title(title), "{title}");
        }
        for other in ["3．项目支出绩效自评表（共3份）", "部门整体支出绩效自评表", "附件：1．项目支出绩效自评表", "详见项目支出绩效自评表。", "某局部门整体项目支出绩效自评表", "共3个项目，见项目自评表"] {
            assert!(!is_title(other), "{other}");
        }
    }

    #[test]
    fn a_sheet_copied_without_its_title_starts_at_its_head() {
        let pasted = "（二）项目支出\n全年项目支出90万元。\n项目名称：河道保洁\t（2025年度）\n主管部门：某局\t实施单位：某站\n执行率偏低或预算调整的原因：年中追加30万元。\n";
        let text = Normalised::new(pasted);
        let spans = spans(pasted, &text);
        let inside: Vec<&str> = spans.iter().map(|s| &text.text[s.clone()]).collect();
        assert!(inside.len() == 1 && inside[0].contains("年中追加30万元") && !inside[0].contains("90万元"), "{inside:?}");
    }

    #[test]
    fn a_sheet_runs_to_the_next_attachment_or_heading_of_the_text() {
        let pasted = "二、项目支出\n甲。\n附件3\n项目支出绩效自评表\n项目名称：河道保洁\n年中追加30万元。\n附件4\n其他\n";
        let text = Normalised::new(pasted);
        let spans = spans(pasted, &text);
        assert_eq!(spans.len(), 1, "{spans:?}");
        let inside = &text.text[spans[0].clone()];
        assert!(inside.contains("年中追加30万元") && !inside.contains("其他") && !inside.contains("二、"), "{inside}");
    }

    /// The unit's 部门整体支出绩效自评表 after a project's, its 附件 label not copied, is no part of the project's.
    #[test]
    fn a_sheet_ends_at_the_units_own_sheet() {
        let pasted = "林场改造项目绩效自评表\n项目名称\t林场改造\n年中追加12万元。\n2024年度部门整体支出绩效自评表\n年中追加80万元。\n";
        let text = Normalised::new(pasted);
        let spans = spans(pasted, &text);
        assert_eq!(spans.len(), 1, "{spans:?}");
        let inside = &text.text[spans[0].clone()];
        assert!(inside.contains("年中追加12万元") && !inside.contains("80万元"), "{inside}");
    }
}
