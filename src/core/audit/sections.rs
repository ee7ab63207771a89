//! The report's outline in pasted text: the parts whose text goes into the draft's narrative fields,
//! the unit's name and the year.

/// A part of the outline and the field its text fills: (一级 numeral, 二级 numeral or none, field, the
/// words its heading has when it is numbered otherwise).
const PARTS: [(&str, Option<&str>, &str, &[&str]); 6] = [
    ("一", Some("一"), "unit.duties", &["职能", "职责"]),
    ("一", Some("二"), "unit.structure", &["机构"]),
    ("三", Some("三"), "narrative.performance", &["履职", "效能", "社会效应"]),
    ("四", None, "narrative.problems", &[]),
    ("五", None, "narrative.causes", &[]),
    ("六", None, "narrative.improvements", &[]),
];

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// One pasted line, classified.
enum Line<'a> {
    /// “四、存在的主要问题”
    Part(&'a str),
    /// “（三）履职效能…”, with the heading's own text after it
    SubPart(&'a str, &'a str),
    Text(&'a str),
}

fn classify(line: &str) -> Line<'_> {
    let line = line.trim();
    for numeral in NUMERALS {
        if line.strip_prefix(numeral).is_some_and(|rest| rest.starts_with(['、', '.', '．'])) {
            return Line::Part(numeral);
        }
        for open in ["（", "("] {
            if let Some(rest) = line.strip_prefix(open).and_then(|r| r.strip_prefix(numeral)) {
                if let Some(title) = rest.strip_prefix('）').or_else(|| rest.strip_prefix(')')) {
                    return Line::SubPart(numeral, title);
                }
            }
        }
    }
    Line::Text(line)
}

/// The text of each narrative part found, by field id; lines joined by line breaks, blank lines dropped.
pub fn narrative(pasted: &str) -> Vec<(&'static str, String)> {
    let mut found: Vec<(&'static str, String)> = Vec::new();
    let mut part: Option<&str> = None;
    let mut current: Option<usize> = None;
    for line in pasted.lines() {
        match classify(line) {
            Line::Part(numeral) => {
                part = Some(numeral);
                current = open(&mut found, part, None, "");
            }
            Line::SubPart(numeral, title) => {
                if part.is_some_and(|p| PARTS.iter().any(|(one, two, ..)| *one == p && two.is_some())) {
                    current = open(&mut found, part, Some(numeral), title);
                    // A heading that runs on into its text (“（一）坚定不移讲政治。进一步…”) is text too.
                    if current.is_some() && title.chars().count() > 20 {
                        append(&mut found, current, line.trim());
                    }
                } else {
                    append(&mut found, current, line.trim());
                }
            }
            Line::Text(text) => append(&mut found, current, text),
        }
    }
    found.retain(|(_, text)| !text.is_empty());
    found
}

/// The field a heading opens: the one its words name (“（五）履职效能…”), else the one its number is —
/// unless it states figures (“（三）“三公”经费变动率-4.00%=…”, an indicator numbered like the parts).
fn open(found: &mut Vec<(&'static str, String)>, part: Option<&str>, sub: Option<&str>, title: &str) -> Option<usize> {
    let of_part = || PARTS.iter().filter(|(one, two, ..)| Some(*one) == part && two.is_some() == sub.is_some());
    let named = of_part().find(|(.., words)| words.iter().any(|w| title.contains(w)));
    let states_figures = title.contains(|c: char| c.is_ascii_digit() || "%％=＝".contains(c));
    let numbered = of_part().find(|(_, two, ..)| *two == sub).filter(|_| !states_figures);
    let field = named.or(numbered).map(|(_, _, field, _)| *field)?;
    if let Some(index) = found.iter().position(|(f, _)| *f == field) {
        return Some(index);
    }
    found.push((field, String::new()));
    Some(found.len() - 1)
}

fn append(found: &mut [(&'static str, String)], current: Option<usize>, text: &str) {
    let Some((_, body)) = current.and_then(|i| found.get_mut(i)) else { return };
    if text.is_empty() {
        return;
    }
    if !body.is_empty() {
        body.push('\n');
    }
    body.push_str(text);
}

/// The first lines that carry text, with full-width digits made ASCII: where a title stands.
fn title_lines(pasted: &str) -> Vec<String> {
    pasted
        .lines()
        .map(|line| line.trim().chars().filter(|c| !c.is_whitespace()).map(ascii_digit).collect::<String>())
        .filter(|line| !line.is_empty())
        .take(8)
        .collect()
}

fn ascii_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        c => c,
    }
}

/// Where a title's year stands (“2024年度”, or “2024年” before 部门 / 整体 in a title about 绩效), and
/// where what follows it starts.
fn title_year(line: &str) -> Option<(usize, usize)> {
    let year_before = |at: usize| line.get(at.checked_sub(4)?..at).filter(|d| d.bytes().all(|b| b.is_ascii_digit())).map(|_| at - 4);
    if let Some(at) = line.find("年度") {
        return year_before(at).map(|start| (start, at + "年度".len()));
    }
    let at = line.match_indices('年').map(|(at, _)| at).find(|&at| ["部门", "整体", "单位"].iter().any(|w| line[at + '年'.len_utf8()..].starts_with(w)))?;
    line.contains("绩效").then(|| year_before(at).map(|start| (start, at + '年'.len_utf8()))).flatten()
}

/// How a unit's name ends (局, 所, 中心, 委员会 …): what tells a unit after “关于” from a verb (召开, 做好).
const UNIT_ENDS: [&str; 24] = ["局", "委", "办", "院", "所", "站", "中心", "会", "队", "部", "馆", "社", "校", "厅", "处", "室", "台", "宫", "联", "团", "政府", "街道", "镇", "乡"];

fn names_a_unit(name: &str) -> bool {
    name.chars().count() >= 3 && UNIT_ENDS.iter().any(|end| name.ends_with(end))
}

/// “田阳区青少年宫整体支出绩效自评报告” after “2024年度”: the name before what the report is.
fn named_after_the_year(rest: &str) -> &str {
    ["部门整体", "整体支出", "部门", "支出绩效", "绩效"].iter().filter_map(|w| rest.find(w)).min().map_or("", |at| &rest[..at])
}

/// The year evaluated, from the title (“2024年度部门整体支出绩效…”), if the first lines give it.
pub fn year(pasted: &str) -> Option<String> {
    let lines = title_lines(pasted);
    let before = |line: &str, word: &str| {
        let at = line.find(word)?;
        let digits: String = line[..at].chars().rev().take_while(|c| c.is_ascii_digit()).collect();
        (digits.len() == 4).then(|| digits.chars().rev().collect())
    };
    // “2023年度…”, else a title “…2023年部门整体支出绩效自评报告”.
    lines.iter().find_map(|line| before(line, "年度")).or_else(|| lines.iter().filter(|l| l.contains("绩效")).find_map(|line| before(line, "年")))
}

/// The year a text without a title speaks of: the first “2024年” (not a date's “2024年1月”). Reports state
/// their own year's figures before last year's and before next year's plans.
pub fn first_year(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    text.match_indices('年').find_map(|(at, _)| {
        let digits = bytes.get(at.checked_sub(4)?..at)?;
        let before = at.checked_sub(5).and_then(|i| bytes.get(i));
        let after = bytes.get(at + '年'.len_utf8());
        let whole = digits.iter().all(u8::is_ascii_digit) && !before.is_some_and(u8::is_ascii_digit) && !after.is_some_and(u8::is_ascii_digit);
        let year: u32 = std::str::from_utf8(digits).ok()?.parse().ok()?;
        (whole && (1990..=2099).contains(&year)).then_some(year)
    })
}

/// The unit's name: before the year in the title (“桃江县总工会2024年度…”, “某局关于2023年度…”, “关于某所
/// 2024年度…的报告”), the title's line above when the year starts its own line, or after the year
/// (“2024年度某宫整体支出绩效…”); else the subject of the first sentence of 职能职责 (“桃江县总工会是…”);
/// `true` when taken from that sentence (to be checked).
pub fn unit_name(pasted: &str) -> Option<(String, bool)> {
    let lines = title_lines(pasted);
    for (i, line) in lines.iter().enumerate() {
        let Some((year_at, after_year)) = title_year(line) else { continue };
        let before = &line[..year_at];
        let before = before.strip_suffix("关于").unwrap_or(before);
        // “关于召开2024年度…会议的通知”: a title that opens with 关于 names a unit only if one follows it.
        let name = match before.strip_prefix("关于") {
            Some(rest) if names_a_unit(rest) => rest,
            Some(_) => continue,
            None => before,
        };
        let above = i.checked_sub(1).and_then(|j| lines.get(j)).filter(|above| !above.contains(['。', '，', '：', ':']));
        let name = match (name.is_empty(), above) {
            (true, Some(above)) => above.as_str(),
            (true, None) => named_after_the_year(&line[after_year..]),
            (false, _) => name,
        };
        if (2..=40).contains(&name.chars().count()) {
            return Some((name.to_string(), false));
        }
    }
    let duties = narrative(pasted).into_iter().find(|(field, _)| *field == "unit.duties")?.1;
    let name = duties.split_once('是')?.0.trim();
    (2..=24).contains(&name.chars().count()).then(|| (name.to_string(), true))
}

#[cfg(test)]
mod tests {
    use super::narrative;

    /// Indicators numbered like the parts under 三 (“（三）“三公”经费变动率…”) are no 履职效能 text; the part is
    /// found by its words wherever it is numbered.
    #[test]
    fn the_performance_part_is_found_by_its_heading_not_by_an_indicator_numbered_like_it() {
        let report = "三、部门整体支出绩效情况\n（一）预算执行率98.20%=（支出合计491.00万元÷全年预算数500.00万元）×100%。\n\
                      （二）公用经费控制率96.00%。\n（三）“三公”经费变动率=（8.00－10.00）÷10.00×100%=-20.00%。\n说明：压减公务接待。\n\
                      （四）履职效能。\n全年办理档案查阅2300人次。\n四、存在的问题\n库房面积不足。";
        let found = narrative(report);
        let performance = found.iter().find(|(field, _)| *field == "narrative.performance").map(|(_, text)| text.as_str());
        assert_eq!(performance, Some("全年办理档案查阅2300人次。"), "{found:?}");
        assert!(found.iter().all(|(_, text)| !text.contains("变动率")), "{found:?}");
    }
}
