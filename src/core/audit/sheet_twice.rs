//! A project's figures stated twice: in the prose (“（2）某某经费，年初预算…，追加后…，实际支出…”) and in its
//! 项目支出绩效自评表's 年度资金总额 row (年初预算数, 全年预算数, 全年执行数). The table may agree with itself
//! and still not with the prose: a reviewer marks that, on the table's figure (SPEC §11, §12).

use std::ops::Range;

use rust_decimal::{Decimal, RoundingStrategy};

use super::draft_projects::{self, Sheet};
use super::numbers::{Number, Unit};
use super::text::{start_after_last, Normalised};
use super::verdicts::Judged;
use super::Verdict;
use crate::core::exact::Exact;
use crate::core::reading::amount::parse_amount;
use crate::core::order;

/// The three figures a 自评表's 年度资金总额 row gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Initial,
    Budget,
    Spent,
}

impl Kind {
    fn column(self) -> &'static str {
        match self {
            Kind::Initial => "年初预算数",
            Kind::Budget => "全年预算数",
            Kind::Spent => "全年执行数",
        }
    }
}

/// How the prose names each figure right before it, longest first within a kind: 年初 before a bare 预算.
const LABELS: [(&str, Kind); 23] = [
    ("年初预算数", Kind::Initial),
    ("年初预算资金", Kind::Initial),
    ("年初预算", Kind::Initial),
    ("年初安排", Kind::Initial),
    ("全年预算数", Kind::Budget),
    ("全年预算", Kind::Budget),
    ("调整后预算数", Kind::Budget),
    ("调整后预算", Kind::Budget),
    ("调整后", Kind::Budget),
    ("追加后预算", Kind::Budget),
    ("追加后", Kind::Budget),
    ("预算资金", Kind::Budget),
    ("预算数", Kind::Budget),
    ("预算", Kind::Budget),
    ("全年执行数", Kind::Spent),
    ("全年支出", Kind::Spent),
    ("实际支出", Kind::Spent),
    ("实际执行", Kind::Spent),
    ("完成支出", Kind::Spent),
    ("执行数", Kind::Spent),
    ("决算数", Kind::Spent),
    ("支出", Kind::Spent),
    ("执行", Kind::Spent),
];

/// A figure the prose gives a project: its kind, the figure, and the words from the project's name to it
/// (in a table's row: the name's cell).
struct Said<'a> {
    kind: Kind,
    number: &'a Number,
    words: Range<usize>,
    in_table: bool,
    in_yuan: bool,
    /// Said with no label, right after the name in a list of the spending: the name must be the 自评表's own.
    unlabelled: bool,
}

/// A project the prose names with its figures: its name as a reviewer compares names, and what it says.
struct ProseProject<'a> {
    key: String,
    said: Vec<Said<'a>>,
}

/// A 自评表's figure: its kind, value (万元), the number where it stands and whether its table is in 元.
struct SheetFigure<'a> {
    kind: Kind,
    value: Decimal,
    number: &'a Number,
    in_yuan: bool,
}

/// Each 自评表 figure the prose gives otherwise for the same project: 不符, at the table's figure.
pub fn judged(pasted: &str, text: &Normalised, numbers: &[Number], year: Option<u32>) -> Vec<(Range<usize>, Judged)> {
    let sheets = draft_projects::sheets(pasted);
    let Some(first) = sheets.first() else { return vec![] };
    // The prose is what comes before the first 自评表 (they are filed after the 落款).
    let prose_end = text.position(first.at);
    let mut prose = prose_projects(&text.text, numbers, prose_end, year);
    prose.extend(table_projects(pasted, text, numbers, first.at));
    let keys: Vec<String> = sheets.iter().map(|s| key(&s.name)).collect();
    let mut found = Vec::new();
    for (k, sheet) in sheets.iter().enumerate() {
        let Some(said) = matched(&keys, k, &prose) else { continue };
        let end = sheets.get(k + 1).map_or(pasted.len(), |next| next.at);
        for figure in sheet_figures(pasted, text, numbers, sheet, end) {
            if let Some(judged) = judge(&text.text, &sheet.name, &figure, &said) {
                found.push((figure.number.start..figure.number.end, judged));
            }
        }
    }
    found
}

/// The prose's statements of the project whose 自评表 is `keys[k]`: those of one name only, that name the
/// same after a reviewer's tidying, else the one name containing it or contained in it — where no other
/// name of the prose fits it and that name fits no other 自评表 (a figure said with no label, only under the
/// 自评表's own name).
fn matched<'p, 'a>(keys: &[String], k: usize, prose: &'p [ProseProject<'a>]) -> Option<Vec<&'p Said<'a>>> {
    let own = &keys[k];
    let same: Vec<&ProseProject> = prose.iter().filter(|p| p.key == *own).collect();
    let exact = !same.is_empty();
    let chosen = if same.is_empty() {
        let fits = |a: &str, b: &str| a.chars().count().min(b.chars().count()) >= 4 && (a.contains(b) || b.contains(a));
        let mut names: Vec<&str> = prose.iter().filter(|p| fits(&p.key, own)).map(|p| p.key.as_str()).collect();
        order::sort(&mut names);
        names.dedup();
        let [name] = names[..] else { return None };
        let elsewhere = keys.iter().enumerate().any(|(j, other)| j != k && (other == name || fits(name, other)));
        if elsewhere {
            return None;
        }
        prose.iter().filter(|p| p.key == name).collect()
    } else {
        same
    };
    let said: Vec<&Said> = chosen.into_iter().flat_map(|p| p.said.iter()).filter(|s| exact || !s.unlabelled).collect();
    (!said.is_empty()).then_some(said)
}

/// Judges one 自评表 figure against the prose's figures of its kind: nothing where they agree (the 自评表 says
/// the same once more) or where the prose itself gives two, in doubt which it meant.
fn judge(text: &str, name: &str, figure: &SheetFigure, said: &[&Said]) -> Option<Judged> {
    let of_kind: Vec<&&Said> = said.iter().filter(|s| s.kind == figure.kind).collect();
    let first = of_kind.first()?;
    let (value, places) = (first.value()?, precision(text, first.number, first.in_yuan)?);
    if of_kind.iter().any(|s| s.value().zip(precision(text, s.number, s.in_yuan)).is_none_or(|said| !agree(said, (value, places)))) {
        return None;
    }
    let own = precision(text, figure.number, figure.in_yuan)?;
    if agree((figure.value, own), (value, places)) {
        return None;
    }
    let table_written = written(text, figure.number, figure.in_yuan);
    let prose_written = written(text, first.number, first.in_yuan);
    let place = first.place(text)?;
    let column = figure.kind.column();
    // The name as the sheet gives it, its own quotes aside (““智慧河湖”建设项目”).
    let name = name.replace(['“', '”', '"'], "");
    let detail = format!("“{name}”的项目支出绩效自评表{column}写{table_written}，{place}写{prose_written}，同一项目的同一数字两处不一致，请核对");
    let share = figure.value.minus(value)?.abs().divided_by(value.abs().max(Decimal::new(1, 2)))?;
    Some(Judged::new(Verdict::Mismatch, detail).off(share, format!("自评表{column}写{table_written}，正文写{prose_written}")))
}

impl Said<'_> {
    /// The figure in 万元: a table's bare figure in 元 held as written.
    fn value(&self) -> Option<Decimal> {
        match self.number.unit {
            Unit::Bare if self.in_yuan => self.number.value.divided_by(Decimal::from(10_000)),
            _ => Some(self.number.value),
        }
    }

    /// Where the prose says it, for a reader to find: its words, or its table's row.
    fn place(&self, text: &str) -> Option<String> {
        let words = quoted(text.get(self.words.clone())?);
        Some(if self.in_table { format!("正文表中“{words}”一行") } else { format!("正文“{words}”") })
    }
}

/// Two figures agree at the coarser's digits (381.3 and 381.27): the finer rounded half up to it.
fn agree((a, a_places): (Decimal, i64), (b, b_places): (Decimal, i64)) -> bool {
    let coarser = a_places.min(b_places);
    let Ok(places) = u32::try_from(coarser) else { return a == b };
    let round = |v: Decimal| v.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    round(a) == round(b)
}

/// The places of 万元 an amount is written to: 元 four more than its decimals, 亿元 four fewer.
fn precision(text: &str, number: &Number, in_yuan: bool) -> Option<i64> {
    let written = text.get(number.start..number.end)?;
    let decimals = i64::from(number.decimals);
    Some(if written.ends_with("亿元") {
        decimals - 4
    } else if written.ends_with("万元") {
        decimals
    } else if in_yuan || written.ends_with('元') {
        decimals + 4
    } else {
        decimals
    })
}

/// A table's figure as a reader sees it: with the unit its table is in.
fn written(text: &str, number: &Number, in_yuan: bool) -> String {
    let figure = text.get(number.start..number.end).unwrap_or_default();
    match number.unit {
        Unit::Bare if in_yuan => format!("{figure}元"),
        Unit::Bare => format!("{figure}万元"),
        _ => figure.to_string(),
    }
}

/// The prose's words quoted short: a long run is cut in the middle.
fn quoted(words: &str) -> String {
    let chars: Vec<char> = words.chars().filter(|c| !c.is_whitespace() && *c != super::text::GAP).collect();
    if chars.len() <= 40 {
        return chars.into_iter().collect();
    }
    // Cut where no figure is: “年初预算80.……” would read as a figure of its own.
    let in_figure = |c: &char| c.is_ascii_digit() || *c == '.' || *c == ',';
    let head_end = (1..=16).rev().find(|&k| !in_figure(&chars[k - 1]) && !in_figure(&chars[k])).unwrap_or(16);
    let tail_start = (chars.len() - 20..chars.len()).find(|&k| !in_figure(&chars[k - 1]) && !in_figure(&chars[k])).unwrap_or(chars.len() - 20);
    let (head, tail): (String, String) = (chars[..head_end].iter().collect(), chars[tail_start..].iter().collect());
    format!("{head}……{tail}")
}

/// The 年度资金总额 row's figures of `sheet` (its 项目名称 line at `sheet.at`, the next 自评表 at `end`, in
/// the pasted text), each with its number: the row's first figures are its 年初预算数, 全年预算数 and
/// 全年执行数 as the 自评表 was read, else it is not placed and left alone.
fn sheet_figures<'a>(pasted: &str, text: &Normalised, numbers: &'a [Number], sheet: &Sheet, end: usize) -> Vec<SheetFigure<'a>> {
    let Some(block) = pasted.get(sheet.at..end) else { return vec![] };
    let mut at = sheet.at;
    let row = block.split('\n').find_map(|line| {
        let start = at;
        at += line.len() + 1;
        // The label in the row's first written cell: a copy may leave the 项目资金 column's cell blank before it.
        let label: String = line.split('\t').find(|c| !c.trim().is_empty()).unwrap_or_default().chars().filter(|c| !c.is_whitespace()).collect();
        (label.starts_with("年度资金总额") && line.contains('\t')).then_some((start, line))
    });
    let Some((row_at, line)) = row else { return vec![] };
    let wanted = [(Kind::Initial, sheet.initial), (Kind::Budget, sheet.budget), (Kind::Spent, sheet.actual)];
    let mut wanted = wanted.into_iter().filter_map(|(kind, value)| Some((kind, value?)));
    let mut figures = Vec::new();
    for (start, cell) in cells_of(line, row_at).into_iter().filter(|(_, c)| !c.trim().is_empty()).skip(1) {
        let Some((kind, value)) = wanted.next() else { break };
        let trimmed = cell.trim();
        let lead = cell.len() - cell.trim_start().len();
        let Ok(Some(read)) = parse_amount(trimmed) else { return vec![] };
        let in_yuan = read != value;
        if in_yuan && read.divided_by(Decimal::from(10_000)) != Some(value) {
            return vec![];
        }
        let position = text.position(start + lead);
        let Some(number) = numbers.iter().find(|n| n.start == position) else { return vec![] };
        figures.push(SheetFigure { kind, value, number, in_yuan });
    }
    figures
}

/// Each project the prose (the normalised text up to `end`) names before its figures, clause by clause: its
/// name, then labelled amounts — not another year's, nor its parts' after a 其中. A clause may name several,
/// one after another (“甲项目支出…，乙项目支出…”), after a figure of none (“项目支出…，具体为：①甲经费，…”).
fn prose_projects<'a>(text: &str, numbers: &'a [Number], end: usize, year: Option<u32>) -> Vec<ProseProject<'a>> {
    let mut found = Vec::new();
    let mut start = 0;
    let prose = text.get(..end).unwrap_or_default();
    for clause in prose.split_inclusive(['。', '；', ';', '\n']) {
        let range = start..start + clause.len();
        start = range.end;
        let staged = stages_the_budget(clause);
        let in_clause = numbers.iter().filter(|n| range.start <= n.start && n.end <= range.end && n.unit == Unit::Wan);
        let mut head: Option<(usize, String)> = None;
        let mut said = Vec::new();
        let mut from = range.start;
        for number in in_clause {
            let before = &text[from..number.start];
            from = number.end;
            if before.contains("其中") {
                break;
            }
            let Some((kind, label_at, words)) = label(before).or_else(|| listed_spending(text, before, number.start)) else { continue };
            // After the first figure, only a label and its punctuation: more words are another subject.
            let between = before[..label_at].trim_matches(|c: char| "，,、|和及 ".contains(c) || c.is_whitespace());
            if head.is_some() && between.chars().count() > 4 {
                if let Some((_, name)) = head.take() {
                    found.push(ProseProject { key: key(&name), said: std::mem::take(&mut said) });
                }
            }
            // “预算120万元，年中追加28.60万元”: a bare 预算 beside the budget's stages is its first stage.
            let bare_budget = ["预算", "预算数", "预算资金"].contains(&words);
            let said_before = &text[range.start..number.start];
            if (bare_budget && staged) || another_year(said_before, year) || ["累计", "截至", "截止"].iter().any(|w| before.contains(w)) {
                continue;
            }
            let label_at = number.start - before.len() + label_at;
            if head.is_none() {
                let Some(name) = name_of(&text[range.start..label_at]) else { continue };
                head = Some((range.start + text[range.start..label_at].rfind(name.as_str()).unwrap_or(0), name));
            }
            let words_from = head.as_ref().map_or(range.start, |(at, _)| *at);
            said.push(Said { kind, number, words: words_from..number.end, in_table: false, in_yuan: false, unlabelled: words.is_empty() });
        }
        if let Some((_, name)) = head.filter(|_| !said.is_empty()) {
            found.push(ProseProject { key: key(&name), said });
        }
    }
    found
}

/// “项目支出包括：甲经费47.20万元，乙经费…”: a figure right after a project's name, in a sentence listing
/// what the 项目支出 spent, is that project's spending — with no label of its own (its label ends at the figure).
fn listed_spending(text: &str, before: &str, at: usize) -> Option<(Kind, usize, &'static str)> {
    let name = name_of(before)?;
    // The name opens an item: right after a mark, or its number in the list (“（2）”, “②”, “二是”).
    let list_number = |c: char| ('①'..='⑳').contains(&c) || c.is_ascii_digit() || "（()．.是一二三四五六七八九十".contains(c);
    let opens_item = before.trim_end().strip_suffix(name.as_str())?.trim_end().trim_end_matches(['）', ')']).trim_end_matches(list_number);
    let item_opened = opens_item.is_empty() || opens_item.ends_with(['，', ',', '：', ':', '、', '；', ';', '）', ')']);
    (item_opened && lists_spent_parts(text.get(..at)?)).then_some((Kind::Spent, before.len(), ""))
}

/// Whether the sentence `lead` ends in lists the parts of a spending: after 包括, 主要为, 具体为 or 分别为, with
/// the words before (or, where the list opens a sentence, the sentence before) on a 支出, not a budget.
fn lists_spent_parts(lead: &str) -> bool {
    const MARKS: [&str; 5] = ["包括", "主要为", "具体为", "分别为", "主要是"];
    let sentence = &lead[start_after_last(lead, &['。', '\n'])..];
    let Some(mark) = MARKS.iter().filter_map(|m| sentence.find(m)).min() else { return false };
    let head = sentence[..mark].trim_matches(|c: char| c.is_whitespace() || "，,：:".contains(c));
    let head = if head.is_empty() {
        let before = lead[..lead.len() - sentence.len()].trim_end_matches(['。', '\n']);
        &before[start_after_last(before, &['。', '\n'])..]
    } else {
        head
    };
    head.contains("支出") && !["预算", "安排", "下达", "拨付", "追加", "收入"].iter().any(|w| head.contains(w))
}

/// Whether words name a stage of the budget besides the whole: an addition (追加, 调增) or the first (年初).
fn stages_the_budget(words: &str) -> bool {
    let words = words.replace("追加后", "").replace("调整后", "");
    ["追加", "调增", "调减", "调整", "年初"].iter().any(|w| words.contains(w))
}

/// Whether the words before a figure speak of another year than the one evaluated (上年, 2023年).
fn another_year(before: &str, year: Option<u32>) -> bool {
    if ["上年", "去年", "上一年", "上年度"].iter().any(|w| before.contains(w)) {
        return true;
    }
    let bytes = before.as_bytes();
    let years = (0..bytes.len().saturating_sub(4)).filter(|&i| {
        bytes[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !bytes[i - 1].is_ascii_digit()) && before[i + 4..].starts_with('年')
    });
    years.filter_map(|i| before[i..i + 4].parse::<u32>().ok()).any(|stated| year.is_some_and(|y| y != stated))
}

/// Each row of a table of projects in the prose (the pasted text up to `end`): a header naming 项目名称 and
/// the columns of 年初预算, 全年预算 or 执行数, then the rows of the same cells.
fn table_projects<'a>(pasted: &str, text: &Normalised, numbers: &'a [Number], end: usize) -> Vec<ProseProject<'a>> {
    let mut found = Vec::new();
    let mut header: Option<(usize, Vec<Option<Kind>>, bool)> = None;
    let mut above = "";
    let mut at = 0;
    for line in pasted.get(..end).unwrap_or_default().split('\n') {
        let line_at = at;
        at += line.len() + 1;
        let line = line.trim_end_matches('\r');
        if !line.contains('\t') {
            header = None;
            if !line.trim().is_empty() {
                above = line;
            }
            continue;
        }
        let cells: Vec<(usize, &str)> = cells_of(line, line_at);
        let squeezed: Vec<String> = cells.iter().map(|(_, c)| c.chars().filter(|c| !c.is_whitespace()).collect()).collect();
        if let Some(name_at) = squeezed.iter().position(|c| c == "项目名称" || c == "项目") {
            // A bare 预算 column beside an addition's or the 年初预算's is the budget's first stage, or in doubt.
            let staged = squeezed.iter().any(|c| stages_the_budget(c));
            let kinds: Vec<Option<Kind>> = squeezed.iter().map(|c| column_kind(c).filter(|k| !(staged && *k == Kind::Budget && !c.contains("全年") && !c.contains("调整后") && !c.contains("追加后")))).collect();
            let in_yuan = [line, above].iter().any(|l| super::draft_projects::says_yuan(l));
            header = kinds.iter().any(Option::is_some).then_some((name_at, kinds, in_yuan));
            continue;
        }
        let Some((name_at, kinds, in_yuan)) = &header else { continue };
        let Some(name) = squeezed.get(*name_at).filter(|name| !["小计", "总计"].iter().any(|w| name.contains(w))) else { continue };
        if cells.len() != kinds.len() || !is_name(name) {
            continue;
        }
        let (name_start, name_cell) = cells[*name_at];
        let words = text.position(name_start)..text.position(name_start + name_cell.trim_end().len());
        let mut said = Vec::new();
        for ((start, cell), kind) in cells.iter().zip(kinds) {
            let Some(kind) = *kind else { continue };
            let lead = cell.len() - cell.trim_start().len();
            let position = text.position(start + lead);
            if let Some(number) = numbers.iter().find(|n| n.start == position) {
                said.push(Said { kind, number, words: words.clone(), in_table: true, in_yuan: *in_yuan, unlabelled: false });
            }
        }
        if !said.is_empty() {
            found.push(ProseProject { key: key(name), said });
        }
    }
    found
}

/// A line's tab-separated cells, each with where it starts in the pasted text.
fn cells_of(line: &str, at: usize) -> Vec<(usize, &str)> {
    let mut offset = at;
    let mut cells = Vec::new();
    for cell in line.split('\t') {
        cells.push((offset, cell));
        offset += cell.len() + 1;
    }
    cells
}

/// What a table's column of projects holds, by its heading: not a rate, nor last year's, nor a balance.
fn column_kind(heading: &str) -> Option<Kind> {
    if ["率", "上年", "结余", "结转", "追加"].iter().any(|w| heading.contains(w)) && !heading.contains("追加后") {
        return None;
    }
    if heading.contains("年初预算") {
        Some(Kind::Initial)
    } else if heading.contains("预算") {
        Some(Kind::Budget)
    } else if ["执行数", "实际支出", "决算数", "支出数", "全年支出"].iter().any(|w| heading.contains(w)) {
        Some(Kind::Spent)
    } else {
        None
    }
}

/// The label the words before a figure end on (“，年初预算” “追加后为”): its kind, where it starts, its words.
fn label(before: &str) -> Option<(Kind, usize, &'static str)> {
    let trimmed = before.trim_end_matches(['为', '是', '：', ':', '|', ' ', '共', '约']);
    LABELS.iter().find(|(words, _)| trimmed.ends_with(words)).map(|&(words, kind)| (kind, trimmed.len() - words.len(), words))
}

/// The project's name in the words before its first label: after the last comma or colon, without its
/// number in a list (“（2）”, “3．”, “一是”) and the punctuation after it.
fn name_of(words: &str) -> Option<String> {
    let words = words.trim_end_matches(['，', ',', '：', ':', '、', '的', ' ', '|']);
    let words = words.rsplit(['，', ',', '：', ':', '|']).next().unwrap_or(words);
    let words = super::labels::without_numbering(words);
    let words = words.strip_prefix("其中").unwrap_or(words);
    let name = words.trim();
    // A name of a few characters, not a figure's words (“全年”, “本年度项目”).
    is_name(name).then(|| name.to_string())
}

/// Whether words can be a project's name: a few characters, not a formula's or a rate's words (“预算执行率
/// 88.92%=”), nor the whole of the spending or its parts (资金总额, 其中：基本支出, 主要用于…).
fn is_name(words: &str) -> bool {
    let figure_words = ["%", "％", "=", "＝", "÷", "/", "率", "万元", "合计", "总额", "其中", "基本支出", "项目支出", "用于"];
    // “2024年” before a label is a date, no name: a name has words of its own.
    let own = words.chars().filter(|c| !c.is_ascii_digit() && *c != '年').count();
    own >= 4 && !figure_words.iter().any(|w| words.contains(w))
}

/// A project's name as a reviewer compares names: without blanks, quotes, a remark in brackets
/// (“（专项资金）”) and a trailing 项目, 经费 or 资金.
fn key(name: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '（' | '(' | '【' | '[' => depth += 1,
            '）' | ')' | '】' | ']' => depth = depth.saturating_sub(1),
            _ if depth > 0 || c.is_whitespace() || "“”\"'‘’「」《》".contains(c) => {}
            _ => out.push(c),
        }
    }
    let out = out.strip_suffix("项目").unwrap_or(&out);
    let out = out.strip_suffix("经费").or_else(|| out.strip_suffix("资金")).unwrap_or(out);
    out.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(pasted: &str) -> Vec<(Verdict, String)> {
        let text = Normalised::new(pasted);
        let numbers = super::super::numbers::numbers(&text.text);
        judged(pasted, &text, &numbers, Some(2024)).into_iter().map(|(range, j)| (j.verdict, format!("{}|{}", &text.text[range], j.detail))).collect()
    }

    /// A report whose prose gives a project's figures, then its 自评表 after the 落款.
    fn report(prose: &str, name: &str, row: &str) -> String {
        format!(
            "二、项目支出情况\n{prose}\n某某区水务局\n2025年3月10日\n附件3\n项目支出绩效自评表\n项目名称\t{name}\n主管部门\t某某区水务局\t实施单位\t某某区水务局\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n{row}\n"
        )
    }

    const ROW: &str = "年度资金总额\t120.00\t148.60\t142.35\t10\t95.79%\t9.58";

    #[test]
    fn the_same_figures_in_both_places_give_nothing() {
        let prose = "（1）河道保洁经费，年初预算120.00万元，追加后148.60万元，实际支出142.35万元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
    }

    #[test]
    fn a_spending_stated_otherwise_is_marked_on_the_tables_figure() {
        let prose = "（1）河道保洁经费，年初预算120.00万元，追加后148.60万元，实际支出144.90万元。";
        let found = claims(&report(prose, "河道保洁经费", ROW));
        assert_eq!(found.len(), 1, "{found:?}");
        let (verdict, said) = &found[0];
        assert_eq!(*verdict, Verdict::Mismatch);
        assert!(said.starts_with("142.35|"), "{said}");
        assert!(said.contains("全年执行数写142.35万元") && said.contains("写144.90万元") && said.contains("实际支出144.90万元"), "{said}");
    }

    #[test]
    fn a_figure_rounded_in_the_prose_agrees() {
        let prose = "（1）河道保洁经费，年初预算120万元，全年预算148.6万元，实际支出142.4万元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
        let off = "（1）河道保洁经费，年初预算120万元，全年预算148.6万元，实际支出142.5万元。";
        assert_eq!(claims(&report(off, "河道保洁经费", ROW)).len(), 1);
    }

    #[test]
    fn a_figure_in_yuan_is_the_same_figure_in_wan() {
        let prose = "河道保洁经费全年预算1,486,000.00元，实际支出1,423,500.00元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
        let off = "河道保洁经费全年预算1,486,000.00元，实际支出1,432,500.00元。";
        let found = claims(&report(off, "河道保洁经费", ROW));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("写1432500.00元") || found[0].1.contains("1,432,500.00元"), "{found:?}");
        // The table in 元, the prose in 万元.
        let in_yuan = "年度资金总额\t1200000.00\t1486000.00\t1423500.00\t10\t95.79%\t9.58".to_string();
        let table = report("河道保洁经费全年预算148.60万元，实际支出142.35万元。", "河道保洁经费", &in_yuan).replace("项目资金（万元）", "项目资金（元）");
        assert!(claims(&table).is_empty());
        let table = report("河道保洁经费全年预算148.60万元，实际支出124.35万元。", "河道保洁经费", &in_yuan).replace("项目资金（万元）", "项目资金（元）");
        let found = claims(&table);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("全年执行数写1423500.00元"), "{found:?}");
    }

    #[test]
    fn a_remark_in_brackets_or_a_trailing_word_names_the_same_project() {
        let prose = "（1）“河道保洁”项目，年初预算120.00万元，实际支出140.35万元。";
        assert_eq!(claims(&report(prose, "河道保洁经费（市级专项）", ROW)).len(), 1);
        let agreeing = "（1）河道保洁（专项资金），年初预算120.00万元，实际支出142.35万元。";
        assert!(claims(&report(agreeing, "河道保洁经费", ROW)).is_empty());
        let differing = "（1）河道保洁（专项资金），年初预算120.00万元，实际支出141.35万元。";
        assert_eq!(claims(&report(differing, "河道保洁经费", ROW)).len(), 1);
    }

    #[test]
    fn a_name_that_fits_two_projects_of_the_prose_is_left_alone() {
        let prose = "（1）城区河道保洁经费，实际支出130.00万元；（2）乡镇河道保洁经费，实际支出12.35万元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
        // One of them alone contains it: that is the project.
        let prose = "（1）城区河道保洁经费，实际支出130.00万元；（2）排涝泵站运行经费，实际支出12.35万元。";
        assert_eq!(claims(&report(prose, "河道保洁经费", ROW)).len(), 1);
    }

    #[test]
    fn last_years_figure_or_a_parts_is_no_restatement() {
        let prose = "河道保洁经费上年实际支出131.20万元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
        let prose = "河道保洁经费实际支出142.35万元，其中：人工费支出98.10万元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
    }

    #[test]
    fn a_sheet_the_prose_does_not_name_gives_nothing() {
        let prose = "排涝泵站运行经费，年初预算35.00万元，实际支出33.80万元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
    }

    #[test]
    fn the_audit_marks_the_figure_once() {
        let prose = "（1）河道保洁经费，年初预算120.00万元，追加后148.60万元，实际支出144.90万元。";
        let audit = crate::core::audit::audit(&report(prose, "河道保洁经费", ROW));
        let marked: Vec<&crate::core::audit::Claim> = audit.claims.iter().filter(|c| c.detail.contains("两处不一致") || c.notes.iter().any(|n| n.contains("两处不一致"))).collect();
        assert_eq!(marked.len(), 1, "{:?}", audit.claims);
        assert_eq!(marked[0].stated, "142.35");
        assert_eq!(marked[0].verdict, Verdict::Mismatch);
        // The pile's row counts it, and says it as its largest.
        let row = crate::core::audit::pile::review("河道.txt", &report(prose, "河道保洁经费", ROW));
        assert_eq!(row.mismatches, audit.count(Verdict::Mismatch));
        let csv = crate::core::audit::pile::csv(&[row]);
        assert!(csv.contains("自评表全年执行数写142.35万元，正文写144.90万元"), "{csv}");
        // Agreeing, the report has no mismatch at all.
        let agreeing = crate::core::audit::audit(&report(&prose.replace("144.90", "142.35"), "河道保洁经费", ROW));
        assert_eq!(agreeing.count(Verdict::Mismatch), 0, "{:?}", agreeing.claims);
    }

    #[test]
    fn a_table_of_projects_in_the_prose_is_compared_column_by_column() {
        let table = "项目名称\t年初预算\t全年预算\t实际支出\t执行率\n河道保洁经费\t120.00\t148.60\t142.35\t95.79%\n排涝泵站运行经费\t35.00\t35.00\t33.80\t96.57%";
        assert!(claims(&report(table, "河道保洁经费", ROW)).is_empty());
        let found = claims(&report(&table.replace("148.60", "184.60").replace("95.79%", "77.11%"), "河道保洁经费", ROW));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("148.60|") && found[0].1.contains("正文表中“河道保洁经费”一行写184.60万元"), "{found:?}");
    }

    #[test]
    fn a_bare_budget_beside_an_addition_or_another_years_figure_is_not_compared() {
        let prose = "河道保洁经费预算120.00万元，年中追加28.60万元，实际支出142.35万元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
        let prose = "河道保洁经费2023年实际支出131.20万元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
        // Two projects in one sentence: the second's figures are not the first's.
        let prose = "河道保洁经费年初预算120.00万元，排涝泵站运行经费实际支出33.80万元。";
        assert!(claims(&report(prose, "河道保洁经费", ROW)).is_empty());
    }

    /// A 自评表 as a copy from a PDF gives it: 项目名称 after a colon, and the 年度资金总额 row one cell in,
    /// under a header with a blank cell of its own.
    fn pdf_report(prose: &str, name_line: &str, figures: &str) -> String {
        format!(
            "二、项目支出情况\n{prose}\n某某县林业局\n2025年3月10日\n附件1\n项目支出绩效自评表\n{name_line}\n主管部门：某某县林业局\n项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\t年度资金总额\t{figures}\t10\t97.24%\t9.72\n"
        )
    }

    #[test]
    fn a_numbered_list_the_copy_broke_across_lines_is_read_item_by_item() {
        let prose = "项目支出由2个项目组成：（1）林下种植补助，预算62.00万元，\n支出60.15万元；（2）苗圃养护经费，年初预算210.00\n万元，追加后236.40万元，实际支出229.87万元；其余为零星支出。";
        let name = "项目名称\t苗圃养护经费";
        assert!(claims(&pdf_report(prose, name, "210.00\t236.40\t229.87")).is_empty());
        let found = claims(&pdf_report(prose, name, "210.00\t236.40\t231.07"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Verdict::Mismatch);
        assert!(found[0].1.starts_with("231.07|") && found[0].1.contains("全年执行数写231.07万元") && found[0].1.contains("写229.87万元"), "{found:?}");
        // The other item of the list is no other 自评表's.
        let other = claims(&pdf_report(prose, "项目名称\t林下种植补助", "62.00\t62.00\t60.15"));
        assert!(other.is_empty(), "{other:?}");
    }

    #[test]
    fn projects_a_sentence_lists_after_baokuo_are_compared_with_a_sheet_named_after_a_colon() {
        let prose = "项目支出352.60万元。包括：湿地巡护体系建设项目，预算180.00万元，实际支出176.40万元；候鸟监测经费，预算95.00万元，实际支出91.20万元。";
        let name = "项目名称：湿地巡护体系建设项目";
        assert!(claims(&pdf_report(prose, name, "180.00\t180.00\t176.40")).is_empty());
        let found = claims(&pdf_report(prose, name, "180.00\t180.00\t186.40"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("186.40|") && found[0].1.contains("正文“湿地巡护体系建设项目，预算180.00万元，实际支出176.40万元”写176.40万元"), "{found:?}");
    }

    #[test]
    fn items_numbered_with_circles_or_yi_shi_are_named_without_their_numbers() {
        for prose in ["①候鸟监测经费，预算95.00万元，实际支出93.10万元；②湿地补植经费，预算40.00万元，实际支出39.50万元。", "一是候鸟监测经费，预算95.00万元，实际支出93.10万元；二是湿地补植经费，预算40.00万元，实际支出39.50万元。"] {
            let found = claims(&pdf_report(prose, "项目名称\t候鸟监测经费", "95.00\t95.00\t91.20"));
            assert_eq!(found.len(), 1, "{prose}: {found:?}");
            assert!(found[0].1.contains("写93.10万元"), "{found:?}");
        }
    }

    #[test]
    fn a_line_of_the_prose_naming_a_project_after_a_colon_is_no_sheet() {
        // The prose's “项目名称：…” has no funds under it: the prose goes on, and its figures are compared.
        let prose = "（一）项目名称：候鸟监测经费\n候鸟监测经费，预算95.00万元，实际支出93.10万元。";
        let found = claims(&pdf_report(prose, "项目名称：候鸟监测经费", "95.00\t95.00\t91.20"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("91.20|"), "{found:?}");
    }

    #[test]
    fn projects_one_sentence_names_one_after_another_are_each_compared() {
        // The sentence opens on the whole spending, nameless; its projects follow, each with its own figure.
        let prose = "项目支出305.40万元，全年项目预算320.00万元，分别为：候鸟监测经费支出91.20万元，湿地补植经费支出214.20万元（预算225.00万元）。";
        assert!(claims(&pdf_report(prose, "项目名称\t候鸟监测经费", "90.00\t95.00\t91.20")).is_empty());
        let found = claims(&pdf_report(prose, "项目名称\t湿地补植经费", "220.00\t225.00\t241.20"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("241.20|") && found[0].1.contains("写214.20万元"), "{found:?}");
        // What the spending went to is no project of its own.
        let used = "候鸟监测经费，预算95.00万元，实际支出91.20万元，主要用于湿地补植经费支出30.00万元。";
        assert!(claims(&pdf_report(used, "项目名称\t湿地补植经费", "220.00\t225.00\t214.20")).is_empty());
    }

    #[test]
    fn a_first_stage_written_as_arranged_is_the_initial_budget() {
        let prose = "①候鸟监测经费：年初安排80.00万元，全年预算95.00万元，实际支出91.20万元；";
        assert!(claims(&pdf_report(prose, "项目名称\t候鸟监测经费", "80.00\t95.00\t91.20")).is_empty());
        let found = claims(&pdf_report(prose, "项目名称\t候鸟监测经费", "85.00\t95.00\t91.20"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("年初预算数写85.00万元") && found[0].1.contains("写80.00万元"), "{found:?}");
    }

    #[test]
    fn a_figure_right_after_a_name_in_a_list_of_the_spending_is_its_spending() {
        let prose = "项目支出186.30万元，包括：候鸟监测经费91.20万元（全年预算95.00万元），湿地补植经费95.10万元（全年预算98.00万元）。";
        assert!(claims(&pdf_report(prose, "项目名称\t湿地补植经费", "90.00\t98.00\t95.10")).is_empty());
        let found = claims(&pdf_report(prose, "项目名称\t湿地补植经费", "90.00\t98.00\t97.10"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("97.10|") && found[0].1.contains("写95.10万元"), "{found:?}");
        // A list opening the sentence after the whole spending's; items numbered, one a clause.
        let numbered = "项目支出186.30万元。主要为：（1）候鸟监测经费91.20万元；（2）湿地补植经费95.10万元。";
        assert_eq!(claims(&pdf_report(numbered, "项目名称\t湿地补植经费", "90.00\t98.00\t97.10")).len(), 1);
    }

    #[test]
    fn a_figure_after_a_name_in_a_list_of_the_budget_is_no_spending() {
        let prose = "全年项目支出预算193.00万元，包括：候鸟监测经费95.00万元，湿地补植经费98.00万元。";
        assert!(claims(&pdf_report(prose, "项目名称\t湿地补植经费", "90.00\t98.00\t95.10")).is_empty());
        // Nor a figure after words that open no item of a list.
        let prose = "项目支出186.30万元，包括：候鸟监测经费91.20万元，另向湿地补植经费拨入95.10万元。";
        assert!(claims(&pdf_report(prose, "项目名称\t湿地补植经费", "90.00\t98.00\t97.10")).is_empty());
    }
}
