//! The report's outline in pasted text: the parts whose text goes into the draft's narrative fields,
//! the unit's name and the year.

use super::damage::{self, Join};
use crate::core::reading::date::parse_date;

/// What a part of the report is about, from its title: the unit (一、部门概况) or its performance
/// (三、部门整体支出绩效情况) — whatever its number, as reports number them differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Overview,
    Performance,
}

/// A sub-part of the outline and the field its text fills: (the part it is under, 二级 numeral, field,
/// the words its heading has when it is numbered otherwise).
const SUB_PARTS: [(Kind, &str, &str, &[&str]); 3] = [
    (Kind::Overview, "一", "unit.duties", &["职能", "职责"]),
    (Kind::Overview, "二", "unit.structure", &["机构"]),
    (Kind::Performance, "三", "narrative.performance", &["履职", "效能", "社会效应", "社会效益"]),
];

/// Words of a sub-heading that names an indicator or the unit's money or staff (“（三）公用经费控制率”,
/// “（二）人员情况”): its text is no 职能, 机构 or 履职效能, whatever its number.
const NAMES_FIGURES: [&str; 12] = ["率", "经费", "预算", "支出", "资金", "资产", "采购", "公开", "人员", "编制", "结转", "得分"];

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// One pasted line, classified.
enum Line<'a> {
    /// “四、存在的主要问题”, with the heading's own text after it
    Part(&'a str, &'a str),
    /// “（三）履职效能…”, with the heading's own text after it
    SubPart(&'a str, &'a str),
    /// “附件：…”, “附件1”: the attachments, after the 正文
    Attachments,
    /// “2025年3月20日” alone on its line: the 落款's date
    Date(&'a str),
    Text(&'a str),
}

fn classify(line: &str) -> Line<'_> {
    let line = line.trim();
    for numeral in NUMERALS {
        if let Some(title) = line.strip_prefix(numeral).and_then(|rest| rest.strip_prefix(['、', '.', '．'])) {
            return Line::Part(numeral, title);
        }
        for open in ["（", "("] {
            if let Some(rest) = line.strip_prefix(open).and_then(|r| r.strip_prefix(numeral)) {
                if let Some(title) = rest.strip_prefix('）').or_else(|| rest.strip_prefix(')')) {
                    return Line::SubPart(numeral, title);
                }
            }
        }
    }
    if let Some(rest) = line.strip_prefix("附件") {
        if rest.is_empty() || rest.starts_with(['：', ':', '１', '２', '３', '４', '５']) || rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Line::Attachments;
        }
    }
    if is_date(line) || chinese_date(line).is_some() {
        return Line::Date(line);
    }
    Line::Text(line)
}

/// “2025年3月20日”, “2025年03月20日”: a date and nothing else.
fn is_date(line: &str) -> bool {
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let Some((year, rest)) = line.split_once('年') else { return false };
    let Some((month, rest)) = rest.split_once('月') else { return false };
    let Some(day) = rest.strip_suffix('日') else { return false };
    digits(year, 4..=4) && digits(month, 1..=2) && digits(day, 1..=2)
}

/// Words of a part's title about what the unit achieved.
const PERFORMANCE: [&str; 6] = ["履职", "效能", "效益", "成效", "效果", "社会效应"];

/// The field a part's title names: 原因 (not of the problems that exist), else the first of 问题 or
/// 改进 words its title has (“存在的问题及整改措施” are problems, “下步解决问题的措施” improvements).
fn part_field(title: &str) -> Option<&'static str> {
    if title.contains("原因") && !title.contains("存在") {
        return Some("narrative.causes");
    }
    let first = |words: &[&str]| words.iter().filter_map(|w| title.find(w)).min();
    let problems = first(&["问题", "不足"]);
    let improvements = first(&["改进", "措施", "努力", "下一步", "下步", "建议", "打算", "整改"]);
    match (problems, improvements) {
        (Some(p), Some(i)) if i < p => Some("narrative.improvements"),
        (Some(_), _) => Some("narrative.problems"),
        (None, Some(_)) => Some("narrative.improvements"),
        // “四、履职效益”, “四、履职产出与效果”: the 履职效能 as a part of its own.
        (None, None) => PERFORMANCE.iter().any(|w| title.contains(w)).then_some("narrative.performance"),
    }
}

/// The report's outline as a draft takes it.
#[derive(Debug, Default)]
pub struct Outline {
    /// The text of each narrative part found, by field id; one paragraph a line: a line the copy broke
    /// inside a sentence joins the next, page numbers and running headers go, spaced-out letters close up.
    pub parts: Vec<(&'static str, String)>,
    /// Headings whose text goes into no field (and is not read as figures): for the clerk to carry over.
    pub dropped: Vec<String>,
    /// The 落款's date (“2025年3月20日” on its own line after the text), in Arabic numerals.
    pub signature_date: Option<String>,
    /// Whether the report's problems part is also its causes' (“四、存在的问题及原因”) and states them
    /// inside its problems, in no paragraph of their own.
    pub causes_within_problems: bool,
    /// The line last appended, to which part, and where its text starts in that part.
    last: Option<(usize, damage::Line, usize)>,
    /// A blank line since the last appended: a paragraph's end.
    blank: bool,
}

/// Words opening a paragraph about the causes of the problems above it (“产生上述问题的原因：…”).
const CAUSES_OPEN: [&str; 10] = ["原因", "主要原因", "产生上述问题", "产生以上问题", "产生问题的", "造成上述问题", "造成以上问题", "出现上述问题", "究其原因", "问题产生的原因"];

/// “（二）原因分析”, “（二）产生问题的主要原因”: a sub-heading over the causes, not a problem that has one.
fn names_causes(title: &str) -> bool {
    let title = title.split(['。', '：', ':']).next().unwrap_or_default();
    let short = title.chars().count() <= 12;
    short && (CAUSES_OPEN.iter().any(|w| title.starts_with(w)) || title.ends_with("原因") || title.ends_with("原因分析"))
}

/// The lines before an overview's first sub-heading (“一、部门概况⏎某局是市政府工作部门，主要负责…”):
/// its 职能 when they open on them.
const LEAD: &str = "overview.lead";

/// Words of a sentence that states a unit's 职能.
const DUTIES: [&str; 4] = ["负责", "职能", "职责", "主管"];

/// Where each of `pasted.lines()` starts.
fn line_starts(pasted: &str) -> impl Iterator<Item = usize> + '_ {
    pasted.split_inclusive('\n').scan(0, |start, piece| {
        let here = *start;
        *start += piece.len();
        Some(here)
    })
}

/// The narrative parts of the text, up to its attachments or its 落款 (unit name and date), which are no
/// part of any narrative.
pub fn outline(pasted: &str) -> Outline {
    let mut outline = Outline::default();
    let copied = damage::lines(pasted);
    let kinds = part_kinds(pasted);
    let named = named_sub_parts(pasted, &kinds);
    let mut part: Option<(Kind, bool)> = None;
    let mut current: Option<usize> = None;
    // The heading being read when its text goes nowhere, and whether it had any.
    let mut unfiled: Option<(String, bool)> = None;
    let mut attached = false;
    // The problems part being read: a sub-part on their causes goes to the causes, the next problem back.
    let mut problems: Option<usize> = None;
    // The mark of the numbered headings (“1．职能职责。”) an overview's parts are under, once one is read.
    let mut numbered: Option<char> = None;
    // A date above the last part (under the title, in a list) is no 落款.
    let last_part = pasted.lines().enumerate().filter(|(_, line)| matches!(classify(line), Line::Part(..))).map(|(i, _)| i).last().unwrap_or(0);
    let mut copies = copied.iter().peekable();
    for (index, (line, line_start)) in pasted.lines().zip(line_starts(pasted)).enumerate() {
        // A table row the copy broke is one damage line over two pasted ones: its rest was read with it.
        let Some(copy) = copies.next_if(|copy| copy.start == line_start).copied() else {
            if copies.peek().is_some_and(|copy| copy.start > line_start) {
                continue;
            }
            break;
        };
        if copy.dropped || is_a_title(line) {
            continue;
        }
        if line.trim().is_empty() {
            outline.blank = true;
            continue;
        }
        let line_read = match classify(line) {
            Line::Date(date) if index < last_part => Line::Text(date),
            read => read,
        };
        // After “附件：” only the 落款's date is looked for (it may follow the attachments).
        if attached && !matches!(line_read, Line::Date(_)) {
            continue;
        }
        match line_read {
            Line::Part(numeral, title) => {
                part = kinds.get(index).copied().flatten();
                numbered = None;
                outline.drop_unfiled(unfiled.take());
                let field = part_field(title);
                current = field.map(|field| outline.open(field));
                problems = current.filter(|_| field == Some("narrative.problems"));
                outline.causes_within_problems |= problems.is_some() && title.contains("原因");
                if part.is_some_and(|(kind, _)| kind == Kind::Overview) && current.is_none() {
                    current = Some(outline.open(LEAD));
                }
                // 一、二、三 are read as figures: only their named sub-parts are text.
                if current.is_none() && part.is_none() && !["一", "二", "三"].contains(&numeral) && !names_an_indicator(title) {
                    unfiled = Some((line.trim().to_string(), false));
                }
            }
            Line::SubPart(numeral, title) => {
                if let Some((kind, as_the_template)) = part {
                    outline.drop_unfiled(unfiled.take());
                    numbered = None;
                    let field = sub_part_field(kind, numeral, title, &named, as_the_template);
                    current = field.map(|field| outline.open(field));
                    match field.and_then(|field| after_own_heading(title, field)) {
                        // “（一）职能职责。某局是…”: the draft prints its own heading for the part.
                        Some(text) => outline.append_from(pasted, current, &copy, text),
                        // A heading that runs on into its text (“（一）坚定不移讲政治。进一步…”) is text too.
                        None if current.is_some() && title.chars().count() > 20 => outline.append(pasted, current, &copy),
                        None => {}
                    }
                    if current.is_none() && kind == Kind::Performance && !names_an_indicator(title) {
                        unfiled = Some((line.trim().to_string(), false));
                    }
                } else {
                    if let Some(problems) = problems {
                        // “（二）原因分析” under “四、存在的问题及原因”: the causes, in their own field.
                        current = Some(if names_causes(title) { outline.open("narrative.causes") } else { problems });
                    }
                    outline.append(pasted, current, &copy);
                    mark(&mut unfiled, current, line);
                }
            }
            Line::Attachments => {
                outline.drop_unfiled(unfiled.take());
                attached = true;
                current = None;
            }
            Line::Date(date) => {
                // The 落款: the unit's name on the line above is no part of the text before it.
                outline.signature_date = in_arabic_numerals(date);
                outline.strip_signature(current);
                break;
            }
            Line::Text(text) if part.is_some_and(|(kind, _)| kind == Kind::Overview) && numbered_heading(text).is_some() => {
                // “1．职能职责。某局是…⏎2．机构设置：…⏎3．人员情况。…”: the overview's parts numbered as a list.
                let Some((mark, heading, text)) = numbered_heading(text) else { continue };
                let field = SUB_PARTS.iter().filter(|(kind, ..)| *kind == Kind::Overview).find(|(.., words)| words.iter().any(|w| heading.contains(w)));
                let in_the_lead = current.and_then(|at| outline.parts.get(at)).is_some_and(|(field, _)| *field == LEAD);
                match field {
                    Some((_, _, field, _)) if in_the_lead || numbered == Some(mark) => {
                        numbered = Some(mark);
                        current = Some(outline.open(field));
                        outline.append_from(pasted, current, &copy, text);
                    }
                    // “3．人员情况。” after them: figures, read as such.
                    _ if numbered == Some(mark) => current = Some(outline.open(LEAD)),
                    _ => outline.append(pasted, current, &copy),
                }
            }
            Line::Text(text) => {
                if outline.opens_causes(pasted, current, &copy, text) {
                    current = Some(outline.open("narrative.causes"));
                }
                outline.append(pasted, current, &copy);
                mark(&mut unfiled, current, text);
            }
        }
    }
    outline.drop_unfiled(unfiled.take());
    outline.duties_from_the_lead();
    outline.parts.retain(|(_, text)| !text.is_empty());
    outline.causes_within_problems &= !outline.parts.iter().any(|(field, _)| *field == "narrative.causes");
    outline
}

/// Each line's part kind (for the lines that open a part): by its title, else — where no title says so
/// — 一 is the overview and 三 the performance, as the template numbers them; and whether the part has
/// the template's number (its sub-parts then too: “（三）” under “三、” is the 履职效能).
fn part_kinds(pasted: &str) -> Vec<Option<(Kind, bool)>> {
    let parts: Vec<(usize, &str, &str)> = pasted
        .lines()
        .enumerate()
        .filter_map(|(i, line)| match classify(line) {
            Line::Part(numeral, title) => Some((i, numeral, title)),
            _ => None,
        })
        .collect();
    let titled: Vec<Option<Kind>> = parts.iter().map(|(_, _, title)| titled_kind(title)).collect();
    let mut kinds = vec![None; pasted.lines().count()];
    for ((i, numeral, title), kind) in parts.iter().zip(&titled) {
        let by_number = match *numeral {
            "一" => Some(Kind::Overview),
            "三" => Some(Kind::Performance),
            _ => None,
        };
        let untitled = by_number.filter(|k| !titled.contains(&Some(*k)) && part_field(title).is_none());
        if let Some(slot) = kinds.get_mut(*i) {
            *slot = kind.or(untitled).map(|kind| (kind, by_number == Some(kind)));
        }
    }
    kinds
}

/// “一、部门（单位）基本情况”, “二、单位概况”: the unit; “四、部门整体支出绩效情况”, “四、绩效评价指标分析”: its
/// performance (not “绩效评价结论”, the results' use or a part of problems and measures).
fn titled_kind(title: &str) -> Option<Kind> {
    if ["概况", "基本情况"].iter().any(|w| title.contains(w)) {
        return Some(Kind::Overview);
    }
    let other = ["结论", "结果", "应用", "公开", "问题", "措施", "建议", "原因"].iter().any(|w| title.contains(w));
    (title.contains("绩效") && !other && part_field(title).is_none()).then_some(Kind::Performance)
}

/// Where the text after a sub-heading naming its part starts (“职能职责。某局是…”, “机构设置：局机关内设…”, the
/// heading's title being `title`): the report's own number and words, which the draft's heading for that part
/// stands for. None where the heading says more than the part's name (“坚定不移讲政治。进一步…”).
fn after_own_heading<'a>(title: &'a str, field: &str) -> Option<&'a str> {
    let at = title.find(['。', '：', ':'])?;
    let (heading, rest) = title.split_at(at);
    let rest = rest[rest.chars().next().map_or(0, char::len_utf8)..].trim_start();
    let performance: &[&str] = if field == "narrative.performance" { &PERFORMANCE } else { &[] };
    let words = SUB_PARTS.iter().filter(|(_, _, of, _)| *of == field).flat_map(|(.., words)| words.iter()).chain(performance);
    let names_the_part = heading.chars().count() <= 16 && !heading.contains(['，', ',', '；', ';']) && words.into_iter().any(|w| heading.contains(w));
    names_the_part.then_some(rest)
}

/// “1．职能职责。某局是…”, “2、机构设置：…”: a line opening on an Arabic number and a short heading — the
/// number's mark, the heading, and the text after it.
fn numbered_heading(line: &str) -> Option<(char, &str, &str)> {
    let digits = line.len() - line.trim_start_matches(|c: char| ascii_digit(c).is_ascii_digit()).len();
    let after = line.get(digits..)?;
    let mark = after.chars().next().filter(|c| ['．', '.', '、'].contains(c) && digits > 0)?;
    let title = &after[mark.len_utf8()..];
    let at = title.find(['。', '：', ':']).filter(|&at| (2..=10).contains(&title[..at].chars().count()))?;
    let heading = &title[..at];
    let text = &title[at..];
    let text = text[text.chars().next().map_or(0, char::len_utf8)..].trim_start();
    (!heading.contains(['，', ',', '；', ';'])).then_some((mark, heading, text))
}

/// The fields some sub-heading names by its words (“（四）履职效能”) under a part of their kind: a
/// sub-heading merely numbered like that field (“（三）管理制度”) is then some other sub-part.
fn named_sub_parts(pasted: &str, kinds: &[Option<(Kind, bool)>]) -> Vec<&'static str> {
    let mut part = None;
    let mut named = Vec::new();
    for (i, line) in pasted.lines().enumerate() {
        match classify(line) {
            Line::Part(..) => part = kinds.get(i).copied().flatten().map(|(kind, _)| kind),
            Line::SubPart(_, title) => {
                let by_words = SUB_PARTS.iter().filter(|(kind, ..)| Some(*kind) == part).find(|(.., words)| words.iter().any(|w| title.contains(w)));
                named.extend(by_words.map(|(_, _, field, _)| *field));
            }
            _ => {}
        }
    }
    named
}

/// The text of each narrative part found, by field id.
pub fn narrative(pasted: &str) -> Vec<(&'static str, String)> {
    outline(pasted).parts
}

fn mark(unfiled: &mut Option<(String, bool)>, current: Option<usize>, text: &str) {
    if let (Some((_, had_text)), None) = (unfiled.as_mut(), current) {
        *had_text |= !text.trim().is_empty();
    }
}

/// “（三）公用经费控制率”, “（二）“三公”经费变动率-9.33%”: a heading over an indicator the figures are read from.
fn names_an_indicator(title: &str) -> bool {
    let of_money = INDICATOR_TOPICS.iter().any(|w| title.contains(w)) && !title.contains("绩效管理");
    title.replace("效率", "").contains('率') || of_money || title.contains(|c: char| c.is_ascii_digit())
}

/// What the indicators' headings speak of (“（二）预算调整”, “四、预决算信息公开”): figures the draft reads
/// into its fields, no text to carry over (“预算绩效管理工作” is).
const INDICATOR_TOPICS: [&str; 17] =
    ["三公", "预算", "经费", "公开", "采购", "资产", "执行", "调整", "结转", "结余", "人员", "编制", "得分", "控制", "成本", "管理效率", "收支"];

/// The field a sub-heading opens: the one its words name (“（五）履职效能…”), else the one its number is —
/// in a part numbered as the template — unless it names an indicator or money (“（三）公用经费控制率”,
/// “（三）“三公”经费变动率-4.00%=…”), or another sub-heading names that field and this one speaks of
/// something else (“（三）管理制度” before “（四）履职效能”; not “（三）产出及效益”).
fn sub_part_field(kind: Kind, sub: &str, title: &str, named_elsewhere: &[&str], as_the_template: bool) -> Option<&'static str> {
    let of_part = || SUB_PARTS.iter().filter(|(k, ..)| *k == kind);
    let named = of_part().find(|(.., words)| words.iter().any(|w| title.contains(w)));
    let states_figures = title.contains(|c: char| c.is_ascii_digit() || "%％=＝".contains(c)) || NAMES_FIGURES.iter().any(|w| title.contains(w));
    let of_achievements = kind == Kind::Performance && PERFORMANCE.iter().chain(&["产出", "完成情况"]).any(|w| title.contains(w));
    let numbered = of_part()
        .find(|(_, two, field, _)| *two == sub && (of_achievements || !named_elsewhere.contains(field)))
        .filter(|_| as_the_template && !states_figures);
    named.or(numbered).map(|(_, _, field, _)| *field)
}

/// “某中心2021年度部门整体支出绩效自评报告” alone on a line: the report's title, repeated at the top of a
/// page (once only, so not found as a running header), never a narrative's text.
fn is_a_title(line: &str) -> bool {
    let line = line.trim();
    let count = line.chars().count();
    (10..=60).contains(&count) && line.ends_with("报告") && line.contains("绩效") && !line.contains(['。', '，', '；', '：', ':', ',', ';'])
}

/// Whether a line the copy did not break mid-sentence starts a paragraph (rather than going on the one
/// before it in the same part).
fn runs_on(pasted: &str, before: &damage::Line, after: &damage::Line) -> bool {
    let left = pasted[before.start..before.end].trim_end();
    let closed = left.trim_end_matches(['”', '’', '）', ')', '」', '』']);
    if closed.ends_with(['。', '！', '？', '!', '?', '：', ':', '；', ';']) {
        return false;
    }
    match damage::join(pasted, before, after) {
        Join::Number => true,
        Join::Break => false,
        // A short line is a title or a paragraph's last words, not a line the copy wrapped.
        Join::Soft | Join::Gap => left.chars().count() >= damage::WRAPPED_LINE,
    }
}

/// A line's text as the report has it: “预 算 执 行 率” closed up (a run of blanks between two Latin
/// letters or digits stays one blank).
fn as_written(pasted: &str, line: &damage::Line) -> String {
    let text = pasted[line.start..line.end].trim();
    if !line.spaced {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut blanks = 0;
    for c in text.chars() {
        if c.is_whitespace() {
            blanks += 1;
            continue;
        }
        let latin = |c: char| c.is_ascii_alphanumeric();
        if blanks >= 2 && out.chars().next_back().is_some_and(latin) && latin(c) {
            out.push(' ');
        }
        blanks = 0;
        out.push(c);
    }
    out
}

/// “2025年3月20日”, “二〇二五年三月二十日”: the date in Arabic numerals, as the draft's 成文日期 is printed.
fn in_arabic_numerals(date: &str) -> Option<String> {
    if is_date(date) {
        return Some(date.chars().map(ascii_digit).collect());
    }
    chinese_date(date).map(|date| date.to_string())
}

/// “二〇二四年四月十八日” (〇 also written ○ or Ｏ) alone on its line: a date in Chinese numerals.
fn chinese_date(line: &str) -> Option<crate::core::reading::date::CivilDate> {
    let line: String = line.chars().filter(|c| !c.is_whitespace()).map(|c| if "○ＯO".contains(c) { '〇' } else { c }).collect();
    let numerals = line.chars().all(|c| "〇零一二三四五六七八九十年月日".contains(c));
    if !numerals || !line.ends_with('日') || !line.contains('月') {
        return None;
    }
    parse_date(&line).ok().flatten()
}

impl Outline {
    fn open(&mut self, field: &'static str) -> usize {
        if let Some(index) = self.parts.iter().position(|(f, _)| *f == field) {
            return index;
        }
        self.parts.push((field, String::new()));
        self.parts.len() - 1
    }

    /// Adds a pasted line to the part being read: on the paragraph before it when the copy broke a
    /// sentence there, else as a paragraph of its own.
    fn append(&mut self, pasted: &str, current: Option<usize>, line: &damage::Line) {
        let text = as_written(pasted, line);
        let Some(index) = current else { return };
        if text.is_empty() {
            return;
        }
        let goes_on = match self.last {
            Some((part, before, _)) => part == index && !self.blank && runs_on(pasted, &before, line),
            None => false,
        };
        let Some((_, body)) = self.parts.get_mut(index) else { return };
        let start = body.len();
        if !body.is_empty() && !goes_on {
            body.push('\n');
        }
        body.push_str(&text);
        self.last = Some((index, *line, start));
        self.blank = false;
    }

    /// Adds what a pasted line has from `text` (a slice of `pasted`) on, as [`Outline::append`] adds the line.
    fn append_from(&mut self, pasted: &str, current: Option<usize>, line: &damage::Line, text: &str) {
        let Some(start) = (text.as_ptr() as usize).checked_sub(pasted.as_ptr() as usize).filter(|&start| start >= line.start && start <= line.end) else { return };
        self.append(pasted, current, &damage::Line { start, ..*line });
    }

    /// Whether `text`, a line of the problems, opens a paragraph of their causes (“产生上述问题的原因：…”).
    fn opens_causes(&self, pasted: &str, current: Option<usize>, line: &damage::Line, text: &str) -> bool {
        let in_problems = current.and_then(|i| self.parts.get(i)).is_some_and(|(field, _)| *field == "narrative.problems");
        let text = text.trim();
        let opens = CAUSES_OPEN.iter().any(|w| text.starts_with(w)) && text.chars().take(16).collect::<String>().contains("原因");
        let new_paragraph = match self.last {
            Some((part, before, _)) => Some(part) != current || self.blank || !runs_on(pasted, &before, line),
            None => true,
        };
        in_problems && opens && new_paragraph
    }

    /// Takes the unit's name (a short last line without a sentence's marks) off the part being read.
    fn strip_signature(&mut self, current: Option<usize>) {
        let Some((part, _, start)) = self.last.filter(|(part, ..)| Some(*part) == current) else { return };
        let Some((_, body)) = self.parts.get_mut(part) else { return };
        let Some(last) = body.get(start..) else { return };
        let last = last.trim_start_matches('\n');
        if (2..=30).contains(&last.chars().count()) && !last.contains(['。', '；', ';', '，', ',', '：', ':']) {
            body.truncate(start);
        }
    }

    /// The 职能 an overview states before its sub-parts (“某局是…部门，主要负责…。本局核定编制…”): its
    /// first sentences, up to the first with a figure, when they speak of duties and no sub-part did.
    fn duties_from_the_lead(&mut self) {
        let Some(at) = self.parts.iter().position(|(field, _)| *field == LEAD) else { return };
        let (_, lead) = self.parts.remove(at);
        if self.parts.iter().any(|(field, text)| *field == "unit.duties" && !text.is_empty()) {
            return;
        }
        let first = lead.lines().next().unwrap_or_default();
        let duties: String = first.split_inclusive('。').take_while(|s| !s.contains(|c: char| ascii_digit(c).is_ascii_digit()) && !s.contains("编制")).collect();
        if DUTIES.iter().any(|w| duties.contains(w)) {
            let index = self.open("unit.duties");
            if let Some((_, text)) = self.parts.get_mut(index) {
                *text = duties;
            }
        }
    }

    fn drop_unfiled(&mut self, unfiled: Option<(String, bool)>) {
        if let Some((heading, true)) = unfiled {
            // A heading that runs on into its text is named by its title alone.
            let title = heading.split(['。', '：', ':']).next().unwrap_or_default();
            self.dropped.push(title.chars().take(24).collect());
        }
    }
}

/// The first lines that carry text, with full-width digits and a year in Chinese numerals made ASCII:
/// where a title stands.
fn title_lines(pasted: &str) -> Vec<String> {
    pasted
        .lines()
        .map(|line| arabic_years(&line.trim().chars().filter(|c| !c.is_whitespace()).map(ascii_digit).collect::<String>()))
        .filter(|line| !line.is_empty())
        .take(8)
        .collect()
}

/// “二〇二三年” as “2023年”: a title may spell its year in numerals, digit by digit. Only four numerals
/// right before 年 are a year; others (“第一中学”, “二中”) are names.
fn arabic_years(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c).or_else(|| (c == '零' || c == 'Ｏ' || c == 'O').then_some(0));
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let run = chars.get(i..i + 4).filter(|run| run.iter().all(|&c| digit(c).is_some()));
        let after_a_numeral = i.checked_sub(1).and_then(|j| chars.get(j)).is_some_and(|&c| digit(c).is_some());
        let starts_a_year = run.is_some() && chars.get(i + 4) == Some(&'年') && !after_a_numeral;
        match run.filter(|_| starts_a_year) {
            Some(run) => {
                out.extend(run.iter().filter_map(|&c| digit(c)).filter_map(|d| char::from_digit(d as u32, 10)));
                i += 4;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
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

/// “单位名称：某市统计局” under the title: the name the report gives itself.
fn labelled_name(line: &str) -> Option<String> {
    let rest = ["单位名称", "部门名称", "填报单位"].iter().find_map(|label| line.strip_prefix(label))?;
    let name = rest.strip_prefix(['：', ':'])?;
    // “填报单位：某局（盖章）单位：万元”: the name ends where the next label or remark starts.
    let name = name.split(['（', '(', '，', ',', '；', ';']).next().unwrap_or_default();
    let name = name.split("单位：").next().unwrap_or_default();
    (2..=40).contains(&name.chars().count()).then(|| name.to_string())
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
        // “根据《某县财政局关于做好2023年度…的通知》”: a sentence citing a notice is no title.
        if name.contains(['《', '》', '，']) {
            continue;
        }
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
    if let Some(name) = lines.iter().find_map(|line| labelled_name(line)) {
        return Some((name, false));
    }
    named_in_its_duties(pasted)
}

/// “某局是县政府工作部门，…”: the name the duties' first sentence opens with. Worked once per text: the audit
/// asks at every head count that may be a part's, and the outline of a long report is its slowest reading
/// (a 140-page report took five times as long with it worked each time).
fn named_in_its_duties(pasted: &str) -> Option<(String, bool)> {
    use std::cell::RefCell;
    use std::hash::{Hash, Hasher};
    /// The text last asked about (its hash) and its answer.
    type Known = Option<(u64, Option<(String, bool)>)>;
    thread_local! {
        static LAST: RefCell<Known> = const { RefCell::new(None) };
    }
    let mut hasher = std::hash::DefaultHasher::new();
    pasted.hash(&mut hasher);
    let key = hasher.finish();
    if let Some(known) = LAST.with(|last| last.borrow().as_ref().filter(|(k, _)| *k == key).map(|(_, name)| name.clone())) {
        return known;
    }
    let duties = narrative(pasted).into_iter().find(|(field, _)| *field == "unit.duties").map(|(_, text)| text);
    let name = duties.as_deref().and_then(|d| d.split_once('是')).map(|(name, _)| name.trim()).filter(|name| (2..=24).contains(&name.chars().count()));
    let found = name.map(|name| (name.to_string(), true));
    LAST.with(|last| *last.borrow_mut() = Some((key, found.clone())));
    found
}

#[cfg(test)]
mod tests {
    use super::{arabic_years, narrative, outline, unit_name, year};

    fn field<'a>(found: &'a super::Outline, id: &str) -> Option<&'a str> {
        found.parts.iter().find(|(f, _)| *f == id).map(|(_, text)| text.as_str())
    }

    /// A copy from a PDF: lines wrapped mid-sentence and mid-figure, a page number and the title repeated
    /// at the top of the next page, a full stop alone on a line, a passage spaced out letter by letter.
    /// Each paragraph is one line again; a line ending in ：or ； and a numbered item still start their own.
    #[test]
    fn the_narrative_is_one_paragraph_a_line_without_the_copys_damage() {
        let report = "某县水利站2022年度部门整体支出绩效自评报告\n三、部门整体支出绩效情况\n（三）履职效能\n\
                      全年巡查堤防共计41公里，清理河道淤积点27处，完成小型水库安全鉴定\n\
                      5座，群众对防汛服务的满意度达到9\n7%，较上年有所提高，汛期未发生人员伤亡\n。\n\
                      - 3 -\n某县水利站2022年度部门整体支出绩效自评报告\n\
                      主 要 做 法 是 ： 分 段 包 干 ， 每 月 巡 查 1 2 次 。\n\
                      四、存在的主要问题\n（一）经费安排偏紧。防汛物资储备所需资金在年初预算中安排不\n\
                      足，只能依靠年中追加；\n另外设备老化。\n（二）人员不足。\n";
        let found = outline(report);
        assert_eq!(
            field(&found, "narrative.performance"),
            Some("全年巡查堤防共计41公里，清理河道淤积点27处，完成小型水库安全鉴定5座，群众对防汛服务的满意度达到97%，较上年有所提高，汛期未发生人员伤亡。\n主要做法是：分段包干，每月巡查12次。"),
            "{found:?}"
        );
        assert_eq!(
            field(&found, "narrative.problems"),
            Some("（一）经费安排偏紧。防汛物资储备所需资金在年初预算中安排不足，只能依靠年中追加；\n另外设备老化。\n（二）人员不足。"),
            "{found:?}"
        );
    }

    /// “（三）管理制度” numbered like the 履职效能 of the template, before the sub-heading that names it: its
    /// text (and the note under it) is no 履职效能, and the clerk is told it was left out. A sub-part of
    /// achievements so numbered (“（三）产出及效益”) still is.
    #[test]
    fn a_sub_part_numbered_like_the_performance_but_about_rules_is_left_out_and_named() {
        let report = "三、部门整体支出绩效情况\n（一）运行成本\n公用经费控制率96.00%。\n（三）管理制度\n修订了差旅费报销细则。\n\
                      注：百分比保留两位小数。\n（四）履职效能\n全年受理咨询880件。\n四、存在的主要问题\n宣传不够。";
        let found = outline(report);
        assert_eq!(field(&found, "narrative.performance"), Some("全年受理咨询880件。"), "{found:?}");
        assert_eq!(found.dropped, ["（三）管理制度"]);
        let achievements = report.replace("（三）管理制度", "（三）产出及效益");
        let found = outline(&achievements);
        assert_eq!(field(&found, "narrative.performance"), Some("修订了差旅费报销细则。\n注：百分比保留两位小数。\n全年受理咨询880件。"));
    }

    /// Causes the report sets apart — a sub-part of their own, or a paragraph opening on them — go to the
    /// causes; causes inside each problem stay there, and the outline says so.
    #[test]
    fn causes_set_apart_go_to_the_causes_field() {
        let sub_part = "四、存在的问题及原因\n（一）存在的问题\n台账登记滞后。\n（二）原因分析\n专职人员只有1名。\n五、改进措施\n增设岗位。";
        let found = outline(sub_part);
        assert_eq!(field(&found, "narrative.problems"), Some("（一）存在的问题\n台账登记滞后。"), "{found:?}");
        assert_eq!(field(&found, "narrative.causes"), Some("（二）原因分析\n专职人员只有1名。"), "{found:?}");
        assert!(!found.causes_within_problems);

        let paragraph = "四、存在的主要问题\n（一）台账登记滞后。\n（二）培训偏少。\n造成以上问题的原因：一是人手少，二是制度不细。\n五、改进措施\n增设岗位。";
        let found = outline(paragraph);
        assert_eq!(field(&found, "narrative.problems"), Some("（一）台账登记滞后。\n（二）培训偏少。"), "{found:?}");
        assert_eq!(field(&found, "narrative.causes"), Some("造成以上问题的原因：一是人手少，二是制度不细。"));

        let within = "四、存在的问题及原因\n（一）台账登记滞后，原因是人手少。\n五、改进措施\n增设岗位。";
        let found = outline(within);
        assert_eq!(field(&found, "narrative.problems"), Some("（一）台账登记滞后，原因是人手少。"));
        assert_eq!(field(&found, "narrative.causes"), None);
        assert!(found.causes_within_problems);
    }

    /// The parts are found by their titles wherever they are numbered: 履职效益 under a 四 on performance,
    /// the 职能 and 机构 of an evaluation whose first part is its conclusion, and 职能 stated right under
    /// “一、部门概况” without a sub-heading (its sentences up to the first figure).
    #[test]
    fn parts_are_found_by_their_titles_wherever_numbered() {
        let fourth = "三、项目支出情况\n（三）培训项目\n支出12.00万元。\n四、部门整体支出绩效情况\n（三）履职效益\n培训社区骨干340人次。\n五、存在的问题\n场地不足。";
        assert_eq!(field(&outline(fourth), "narrative.performance"), Some("培训社区骨干340人次。"));

        let evaluation = "一、评价结论\n（一）总体评价\n综合得分88分。\n二、单位基本情况\n（一）主要职能\n负责全区老年人日间照料。\n\
                          （二）机构与编制\n内设两个科室。\n三、部门整体支出情况\n支出合计80.00万元。";
        let found = outline(evaluation);
        assert_eq!(field(&found, "unit.duties"), Some("负责全区老年人日间照料。"), "{found:?}");
        assert_eq!(field(&found, "unit.structure"), Some("内设两个科室。"), "{found:?}");

        let lead = "一、部门概况\n某区档案局是区政府工作部门，主要负责全区档案的收集和保管。核定编制9名，实有8人。\n二、部门整体支出管理及使用情况\n支出合计60.00万元。";
        assert_eq!(field(&outline(lead), "unit.duties"), Some("某区档案局是区政府工作部门，主要负责全区档案的收集和保管。"));
        let no_duties = "一、部门概况\n本局核定编制9名，实有8人。\n二、部门整体支出管理及使用情况\n支出合计60.00万元。";
        assert_eq!(field(&outline(no_duties), "unit.duties"), None);
    }

    /// A table row the copy broke inside a cell is one line of the damage's reading over two pasted lines:
    /// the parts after it stay in their fields, and the 落款's date is still found.
    #[test]
    fn a_table_row_the_copy_broke_leaves_the_parts_after_it_in_place() {
        let report = "二、部门整体支出情况\n序号\t项目\t预算数\t支出数\t执行率\n1\t渠道清淤\t90.00\t88\n.20\t98.00%\n\
                      2\t泵站维修\t40.00\t39.20\t98.00%\n三、绩效情况\n（四）履职效能\n清淤渠道12公里。\n\
                      四、存在的主要问题\n汛前准备偏晚。\n五、改进措施\n提前安排汛前检查。\n某县水利站\n2023年3月9日\n";
        let found = outline(report);
        assert_eq!(field(&found, "narrative.performance"), Some("清淤渠道12公里。"));
        assert_eq!(field(&found, "narrative.problems"), Some("汛前准备偏晚。"));
        assert_eq!(field(&found, "narrative.improvements"), Some("提前安排汛前检查。"));
        assert_eq!(found.signature_date.as_deref(), Some("2023年3月9日"));
    }

    /// A 落款 dated in Chinese numerals, a page number between the unit and the date: the date in Arabic
    /// numerals, the unit's name off the text.
    #[test]
    fn a_signature_dated_in_chinese_numerals() {
        let report = "六、改进措施\n加强培训。\n某县林业站\n— 5 —\n二〇二三年三月九日\n";
        let found = outline(report);
        assert_eq!(found.signature_date.as_deref(), Some("2023年3月9日"));
        assert_eq!(field(&found, "narrative.improvements"), Some("加强培训。"));
        assert_eq!(outline("六、改进措施\n加强培训。\n二〇二三年十三月九日\n").signature_date, None, "no such month");
    }

    /// “单位名称：××市气象台” under a title without a unit: the name as the report gives it, not the
    /// subject of its first sentence on duties.
    #[test]
    fn the_unit_named_under_the_title() {
        let report = "2022年度部门整体支出绩效自评报告\n单位名称：××市气象台\n一、基本情况\n（一）主要职能\n市气象台是市气象局所属事业单位。";
        assert_eq!(unit_name(report), Some(("××市气象台".to_string(), false)));
    }

    /// Parts are found by their titles' words (a report of five parts whose 五、 is its improvements), an
    /// indicator's paragraph is no 履职效能, and the attachments and the 落款 belong to no part: the 落款's
    /// date is the draft's, and the text left out is named.
    #[test]
    fn the_parts_are_found_by_their_titles_and_end_before_the_attachments_and_the_signature() {
        let report = "三、绩效目标完成情况\n（一）预算执行率\n执行率为97.50%。\n（二）重点工作成效\n完成档案征集1200卷。\n\
                      （三）运行成本控制率\n2023年运行成本预算80.00万元，实际支出76.00万元，控制率95.00%。\n（四）履职效能\n开放查阅4300人次。\n\
                      四、存在问题\n库房不足。\n五、下一步工作打算\n新建库房一座。\n附件：1．基础数据表\n附件1\n项目\t本年预算数\n支出总额\t300.00\n\
                      某市档案馆\n2024年2月28日\n";
        let found = outline(report);
        let field = |id: &str| found.parts.iter().find(|(f, _)| *f == id).map(|(_, text)| text.as_str());
        assert_eq!(field("narrative.performance"), Some("开放查阅4300人次。"), "{found:?}");
        assert_eq!(field("narrative.problems"), Some("库房不足。"), "{found:?}");
        assert_eq!(field("narrative.causes"), None, "{found:?}");
        assert_eq!(field("narrative.improvements"), Some("新建库房一座。"), "{found:?}");
        assert_eq!(found.signature_date.as_deref(), Some("2024年2月28日"));
        assert_eq!(found.dropped, ["（二）重点工作成效"], "{found:?}");

        // The 落款 right after the last part, no attachments; a date under the title is none.
        let signed = outline("某市档案馆2023年度绩效自评报告\n2024年2月1日\n四、存在问题\n库房不足。\n六、改进措施\n加强培训。\n某市档案馆\n2024年3月1日");
        assert_eq!(signed.parts, [("narrative.problems", "库房不足。".to_string()), ("narrative.improvements", "加强培训。".to_string())]);
        assert_eq!(signed.signature_date.as_deref(), Some("2024年3月1日"));
    }

    /// A title whose year is spelt in numerals (二〇二三年度) gives its year and its unit — on the title's
    /// line or the line above — rather than the notice quoted in the first sentence; a name with numerals
    /// in it (第二中学) stays a name.
    #[test]
    fn a_year_in_chinese_numerals_is_the_titles_year() {
        let notice = "\n依据《某县财政局关于做好2020年度部门整体支出绩效评价工作的通知》要求，现报告如下。\n一、基本情况\n";
        let one_line = format!("某县第二中学二〇二〇年度部门整体支出绩效自评报告{notice}");
        assert_eq!(unit_name(&one_line), Some(("某县第二中学".to_string(), false)));
        assert_eq!(year(&one_line).as_deref(), Some("2020"));
        let two_lines = format!("某县气象服务中心\n二〇一九年度部门整体支出绩效自评报告{notice}");
        assert_eq!(unit_name(&two_lines), Some(("某县气象服务中心".to_string(), false)));
        assert_eq!(year(&two_lines).as_deref(), Some("2019"));
        assert_eq!(arabic_years("一二三四五年"), "一二三四五年", "a year is four numerals, no more");
        assert_eq!(arabic_years("十二年"), "十二年");
        let untitled = "按照《某县财政局关于做好2022年度部门整体支出绩效自评工作的通知》要求，现报告如下。\n一、部门基本情况\n某县气象服务中心是县政府直属事业单位。";
        assert_ne!(unit_name(untitled).map(|(name, _)| name), Some("按照《某县财政局关于做好".to_string()));
    }

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

    /// The draft prints its own heading over each part: a report's heading that runs on into the part's text
    /// (“（一）主要职责。某局…”) is left off it, however short the text after it.
    #[test]
    fn a_sub_heading_naming_its_part_is_left_off_the_text() {
        let report = "某县气象局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n\
                      （一）主要职责。县气象局负责全县天气监测、预报预警和人工影响天气作业。\n（二）机构设置：内设2个股室。\n\
                      三、部门整体支出绩效情况\n（四）履职成效。全年发布预警信号58次，无一漏报。\n四、存在的问题\n站点老化。";
        let found = outline(report);
        assert_eq!(field(&found, "unit.duties"), Some("县气象局负责全县天气监测、预报预警和人工影响天气作业。"));
        assert_eq!(field(&found, "unit.structure"), Some("内设2个股室。"));
        assert_eq!(field(&found, "narrative.performance"), Some("全年发布预警信号58次，无一漏报。"));
    }

    #[test]
    fn an_overview_numbered_as_a_list_gives_its_parts_without_their_headings() {
        let report = "某县气象局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n\
                      1．职能职责：县气象局负责全县天气监测和预报预警。\n2．机构设置。局内设综合办、业务股2个股室。\n\
                      3．人员情况。核定编制12名，实有11人。\n二、部门整体支出情况\n全年支出合计300.00万元。";
        let found = outline(report);
        assert_eq!(field(&found, "unit.duties"), Some("县气象局负责全县天气监测和预报预警。"));
        assert_eq!(field(&found, "unit.structure"), Some("局内设综合办、业务股2个股室。"), "the staff's figures are no part of it");
    }

    /// Words that open the text and say more than the part's name are the report's own: they stay.
    #[test]
    fn a_lead_in_that_is_the_texts_own_stays() {
        let report = "某县气象局2024年度部门整体支出绩效自评报告\n三、部门整体支出绩效情况\n（三）履职效能\n\
                      一是履职效能明显提升。全年发布预警信号58次。\n四、存在的问题\n站点老化。";
        assert_eq!(field(&outline(report), "narrative.performance"), Some("一是履职效能明显提升。全年发布预警信号58次。"));
        let heading_says_more = "某县气象局2024年度部门整体支出绩效自评报告\n三、部门整体支出绩效情况\n\
                                 （三）履职尽责，服务大局。全年发布预警信号58次。\n四、存在的问题\n站点老化。";
        assert_eq!(field(&outline(heading_says_more), "narrative.performance"), Some("（三）履职尽责，服务大局。全年发布预警信号58次。"));
    }
}
