//! The report's outline in pasted text: the parts whose text goes into the draft's narrative fields,
//! the unit's name and the year.

/// A sub-part of the outline and the field its text fills: (一级 numeral, 二级 numeral, field, the words
/// its heading has when it is numbered otherwise).
const SUB_PARTS: [(&str, &str, &str, &[&str]); 3] = [
    ("一", "一", "unit.duties", &["职能", "职责"]),
    ("一", "二", "unit.structure", &["机构"]),
    ("三", "三", "narrative.performance", &["履职", "效能", "社会效应", "社会效益"]),
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
    if is_date(line) {
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
    /// The text of each narrative part found, by field id; lines joined by line breaks, blank lines dropped.
    pub parts: Vec<(&'static str, String)>,
    /// Headings whose text goes into no field (and is not read as figures): for the clerk to carry over.
    pub dropped: Vec<String>,
    /// The 落款's date (“2025年3月20日” on its own line after the text), as written.
    pub signature_date: Option<String>,
}

/// The narrative parts of the text, up to its attachments or its 落款 (unit name and date), which are no
/// part of any narrative.
pub fn outline(pasted: &str) -> Outline {
    let mut outline = Outline::default();
    let mut part: Option<&str> = None;
    let mut current: Option<usize> = None;
    // The heading being read when its text goes nowhere, and whether it had any.
    let mut unfiled: Option<(String, bool)> = None;
    let mut attached = false;
    // A date above the last part (under the title, in a list) is no 落款.
    let last_part = pasted.lines().enumerate().filter(|(_, line)| matches!(classify(line), Line::Part(..))).map(|(i, _)| i).last().unwrap_or(0);
    for (index, line) in pasted.lines().enumerate() {
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
                part = Some(numeral);
                outline.drop_unfiled(unfiled.take());
                current = part_field(title).map(|field| outline.open(field));
                // 一、二、三 are read as figures: only their named sub-parts are text.
                if current.is_none() && !["一", "二", "三"].contains(&numeral) && !names_an_indicator(title) {
                    unfiled = Some((line.trim().to_string(), false));
                }
            }
            Line::SubPart(numeral, title) => {
                if part.is_some_and(|p| SUB_PARTS.iter().any(|(one, ..)| *one == p)) {
                    outline.drop_unfiled(unfiled.take());
                    current = sub_part_field(part, numeral, title).map(|field| outline.open(field));
                    // A heading that runs on into its text (“（一）坚定不移讲政治。进一步…”) is text too.
                    if current.is_some() && title.chars().count() > 20 {
                        outline.append(current, line.trim());
                    }
                    if current.is_none() && part == Some("三") && !names_an_indicator(title) {
                        unfiled = Some((line.trim().to_string(), false));
                    }
                } else {
                    outline.append(current, line.trim());
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
                outline.signature_date = Some(date.chars().map(ascii_digit).collect());
                outline.strip_signature(current);
                break;
            }
            Line::Text(text) => {
                outline.append(current, text);
                mark(&mut unfiled, current, text);
            }
        }
    }
    outline.drop_unfiled(unfiled.take());
    outline.parts.retain(|(_, text)| !text.is_empty());
    outline
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
/// unless it names an indicator or money (“（三）公用经费控制率”, “（三）“三公”经费变动率-4.00%=…”).
fn sub_part_field(part: Option<&str>, sub: &str, title: &str) -> Option<&'static str> {
    let of_part = || SUB_PARTS.iter().filter(|(one, ..)| Some(*one) == part);
    let named = of_part().find(|(.., words)| words.iter().any(|w| title.contains(w)));
    let states_figures = title.contains(|c: char| c.is_ascii_digit() || "%％=＝".contains(c)) || NAMES_FIGURES.iter().any(|w| title.contains(w));
    let numbered = of_part().find(|(_, two, ..)| *two == sub).filter(|_| !states_figures);
    named.or(numbered).map(|(_, _, field, _)| *field)
}

impl Outline {
    fn open(&mut self, field: &'static str) -> usize {
        if let Some(index) = self.parts.iter().position(|(f, _)| *f == field) {
            return index;
        }
        self.parts.push((field, String::new()));
        self.parts.len() - 1
    }

    fn append(&mut self, current: Option<usize>, text: &str) {
        let Some((_, body)) = current.and_then(|i| self.parts.get_mut(i)) else { return };
        if text.is_empty() {
            return;
        }
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(text);
    }

    /// Takes the unit's name (a short last line without a sentence's marks) off the part being read.
    fn strip_signature(&mut self, current: Option<usize>) {
        let Some((_, body)) = current.and_then(|i| self.parts.get_mut(i)) else { return };
        let Some(at) = body.rfind('\n') else { return };
        let last = &body[at + 1..];
        if (2..=30).contains(&last.chars().count()) && !last.contains(['。', '；', ';', '，', ',', '：', ':']) {
            body.truncate(at);
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
    let duties = narrative(pasted).into_iter().find(|(field, _)| *field == "unit.duties")?.1;
    let name = duties.split_once('是')?.0.trim();
    (2..=24).contains(&name.chars().count()).then(|| (name.to_string(), true))
}

#[cfg(test)]
mod tests {
    use super::{arabic_years, narrative, outline, unit_name, year};

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
}
