//! A pasted report made searchable: one repaired, normalised string, each of whose bytes remembers
//! where it came from in the pasted text, so that a claim found in the repaired text is marked in the
//! original, exactly.
//!
//! Text copied from Word, WPS or a PDF viewer breaks lines mid-sentence and mid-number, puts page numbers
//! and running headers in the middle of sentences, spaces out every character, mixes 全角 and ASCII
//! forms, writes ×100% as *100% and brackets as 〔〕 or (). Repairing and normalising removes these
//! differences so that the recogniser looks for one spelling ([`super::damage`] finds the damage).

use std::ops::Range;

use super::damage::{self, Join, Line};
use crate::core::reading::chinese_number;

/// The normalised text and, for each of its bytes, the byte offset of the pasted character it came from.
#[derive(Debug, Default)]
pub struct Normalised {
    pub text: String,
    origin: Vec<u32>,
    /// Pasted lines that are not the report's text (page numbers, running headers).
    dropped: Vec<Range<usize>>,
}

/// Marks a place where blanks separated two figures (“209.95\t11.6”): they must not run together.
pub const GAP: char = '|';

/// Marks a paragraph's end, a heading's or a table row's: no label, list or sentence reaches across.
pub const BREAK: char = '\n';

/// Characters that carry a formula on after a figure: a line opening on one is the same formula.
const FORMULA_GOES_ON: &str = "）)/÷×*=＝";

/// Characters a figure's unit starts with: a blank before them does not end the figure (“99.5 %”).
const UNIT_STARTS: &str = "%％万元亿人个名";

/// Whether `rest` opens on a figure's unit: one of [`UNIT_STARTS`], or points — 分 closing its clause
/// (“产出指标30⏎分，效益…”) or before what was scored of them (“30⏎分得27分”), not a word that starts with
/// it (“20⏎分项目看”, “分别”).
fn unit_follows(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        // “产出30⏎分得27分”: points weighed, then the points scored.
        Some('分') => chars.next().is_none_or(|c| !c.is_alphabetic() || c == '得'),
        Some(c) => UNIT_STARTS.contains(c),
        None => false,
    }
}

/// Whether the blank `blank` before `rest` parts table cells, the next one words of its own (“3.5 | 个别指标未
/// 量化”, a 得分 then its 偏差原因): a unit in a cell of its own is short (“12 | 人”).
fn next_cell_of_words(blank: char, rest: &str) -> bool {
    blank == '\t' && rest.split(['\t', '\n']).next().is_some_and(|cell| cell.trim_end().chars().count() > 2)
}

impl Normalised {
    pub fn new(pasted: &str) -> Self {
        let lines = damage::lines(pasted);
        let mut chars: Vec<(char, u32)> = Vec::with_capacity(pasted.len() / 2);
        let mut dropped = Vec::new();
        let mut previous: Option<Line> = None;
        for line in &lines {
            if line.dropped {
                dropped.push(line.start..line.end);
                continue;
            }
            if let Some(before) = previous {
                joined(pasted, &before, line, &mut chars);
            }
            push_line(pasted, line, &mut chars);
            previous = Some(*line);
        }
        without_thousands_separators(&mut chars);
        lone_figures_unbracketed(&mut chars);
        let mut out = Normalised { text: String::with_capacity(chars.len() * 3), origin: Vec::with_capacity(chars.len() * 3), dropped };
        for (c, origin) in chars {
            out.text.push(c);
            out.origin.extend(std::iter::repeat_n(origin, c.len_utf8()));
        }
        out
    }

    /// The byte range of `pasted` (the text this was made from) for the normalised range `start..end`.
    pub fn span(&self, pasted: &str, start: usize, end: usize) -> Range<usize> {
        let at = |i: usize| self.origin.get(i).map_or(pasted.len(), |&o| (o as usize).min(pasted.len()));
        let from = at(start);
        let to = match end.checked_sub(1).filter(|&last| last >= start) {
            Some(last) => {
                let last = at(last);
                last + pasted.get(last..).and_then(|rest| rest.chars().next()).map_or(0, char::len_utf8)
            }
            None => from,
        };
        from..to.max(from)
    }

    /// Whether the minus at the normalised byte `at` was written as an open bracket (“（7.69%）”, a
    /// negative as accountants write it).
    pub fn bracketed_minus(&self, pasted: &str, at: usize) -> bool {
        let origin = self.origin.get(at).map(|&o| o as usize);
        self.text.get(at..).is_some_and(|rest| rest.starts_with('-')) && origin.and_then(|o| pasted.get(o..)).is_some_and(|rest| rest.starts_with(['（', '(']))
    }

    /// The normalised position of the pasted byte `offset`: the first normalised byte at or after it.
    pub fn position(&self, offset: usize) -> usize {
        self.origin.partition_point(|&o| (o as usize) < offset)
    }

    /// Whether the pasted byte `offset` is on a line that is not the report's text (a page number, a running
    /// header copied into a table).
    pub fn dropped_at(&self, offset: usize) -> bool {
        self.dropped.iter().any(|d| d.contains(&offset))
    }

    /// What the pasted text says in `span`, as a reader quotes it: without blanks and without the page
    /// numbers and running headers copied into it.
    pub fn quote(&self, pasted: &str, span: &Range<usize>) -> String {
        let mut quoted = String::new();
        for (at, c) in pasted.get(span.clone()).unwrap_or_default().char_indices() {
            let at = span.start + at;
            if !c.is_whitespace() && !self.dropped.iter().any(|d| d.contains(&at)) {
                quoted.push(c);
            }
        }
        quoted
    }
}

/// What stands between two kept lines: nothing, a gap after a figure, or a paragraph break.
fn joined(pasted: &str, before: &Line, after: &Line, chars: &mut Vec<(char, u32)>) {
    let at = before.end as u32;
    match damage::join(pasted, before, after) {
        Join::Number | Join::Soft => {}
        Join::Break => chars.push((BREAK, at)),
        Join::Gap => {
            // “（11.30-12.80⏎）/12.80×100%”: a formula broken before its bracket's close or an operator goes on.
            let next = pasted[after.start..after.end].trim_start();
            let goes_on = unit_follows(next) || next.starts_with(|c| FORMULA_GOES_ON.contains(c));
            if !goes_on && !year_broken(pasted[before.start..before.end].trim_end(), pasted[after.start..after.end].trim_start()) {
                chars.push((GAP, at));
            }
        }
    }
}

/// “10 0%”, “9 8.67%”: one space inside a rate's digits, as a justified line copied from a PDF leaves
/// it — the rate's first digits before it, the rest and its % right after, at most three whole digits in
/// all. Figures a blank really separates have more before them (“209.95 11.6”), make no rate together
/// (“95 100%”) or have no % after.
fn splits_a_rate(before: &[(char, u32)], blank_on: &str) -> bool {
    let whole = before.iter().rev().take_while(|(c, _)| c.is_ascii_digit()).count();
    let figure_before = before.len() > whole && before.get(before.len() - whole - 1).is_some_and(|(c, _)| ".,%".contains(*c) || *c == GAP);
    let Some(rest) = blank_on.strip_prefix(' ') else { return false };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').len();
    let units = rest[..digits].split('.').next().map_or(0, str::len);
    // A rate of at most three whole digits once joined: “95 100%” is two figures.
    // A leading 0 is a figure of its own (“预算控制率 0 40.94%”: a target, then the rate).
    let leading_zero = before.len() >= whole && before.get(before.len() - whole).is_some_and(|(c, _)| *c == '0');
    whole + units <= 3 && !figure_before && !leading_zero && (1..=5).contains(&digits) && rest[digits..].starts_with(['%', '％'])
}

/// “与2022⏎年预算…持平”: a year broken from its 年 by the copy — a line ending in a year alone (four digits,
/// 19xx or 20xx, no figure's separator before them), the next opening on 年. Not “结余 209.95⏎年初预算”.
fn year_broken(left: &str, right: &str) -> bool {
    let digits = left.len() - left.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = left[..left.len() - digits].chars().next_back();
    let year = digits == 4 && ["19", "20"].iter().any(|century| left[left.len() - 4..].starts_with(century));
    year && !before.is_some_and(|c| c.is_ascii_digit() || ".,，".contains(c)) && right.starts_with('年')
}

fn push_line(pasted: &str, line: &Line, chars: &mut Vec<(char, u32)>) {
    let text = &pasted[line.start..line.end];
    let mut previous_blank = false;
    let mut skip_to = 0;
    for (at, c) in text.char_indices() {
        if at < skip_to {
            continue;
        }
        let origin = u32::try_from(line.start + at).unwrap_or(u32::MAX);
        // “百分之九十五点六”: a rate written in words is the figure 95.6%; “编制二十三名”, a head-count 23名.
        let in_words = match c {
            '百' => chinese_percent(&text[at..]),
            c if "零〇一二两三四五六七八九十".contains(c) => chinese_count(&text[at..], chars),
            _ => None,
        };
        if let Some((figure, length)) = in_words {
            // Its last character stands for the words' last, so a span of it quotes them all.
            let last = text[..at + length].chars().next_back().map_or(0, char::len_utf8);
            let last_origin = u32::try_from(line.start + at + length - last).unwrap_or(u32::MAX);
            let count = figure.chars().count();
            chars.extend(figure.chars().enumerate().map(|(i, c)| (c, if i + 1 == count { last_origin } else { origin })));
            skip_to = at + length;
            previous_blank = false;
            continue;
        }
        // A table row the copy broke and [`damage`] rejoined (“1,612⏎.30”): its break is no blank.
        if c == '\n' || c == '\r' {
            continue;
        }
        if c.is_whitespace() {
            let next = text[at + c.len_utf8()..].chars().next();
            // In a spaced-out line a single space is no blank; two are.
            let lone = c == ' ' && !previous_blank && next.is_some_and(|n| !n.is_whitespace());
            previous_blank = true;
            if line.spaced && lone {
                continue;
            }
            // “年初财政拨款1 068.55万元”: a lone space an OCR left between thousands is no blank.
            if lone && thousands_space(chars, &text[at + c.len_utf8()..]) {
                continue;
            }
            // Blanks vanish, except after a figure, where they end it (“209.95\t11.6”) unless its unit
            // follows (“99.5 %”).
            let after_digit = chars.last().is_some_and(|(c, _)| c.is_ascii_digit());
            let rest = text[at..].trim_start();
            let its_unit = unit_follows(rest) && !next_cell_of_words(c, rest);
            if after_digit && !its_unit && !rest.is_empty() && !splits_a_rate(chars, &text[at..]) {
                chars.push((GAP, origin));
            }
            continue;
        }
        previous_blank = false;
        // “２，１８６．４０”, “1，520.00”: between digits of either width a full-width comma separates thousands.
        if c == '，' && thousands_comma(text, at) {
            chars.push((',', origin));
            continue;
        }
        match fold(c) {
            '\0' => {}
            folded => chars.push((folded, origin)),
        }
    }
}

/// “百分之九十五点六” → (“95.6%”, its length in bytes); `None` unless numerals follow 百分之.
fn chinese_percent(text: &str) -> Option<(String, usize)> {
    let rest = text.strip_prefix("百分之")?;
    let digit = |c: char| "零一二三四五六七八九".find(c).map(|i| i / '零'.len_utf8()).or((c == '〇').then_some(0)).or((c == '两').then_some(2));
    let (mut whole, mut pending, mut used) = (0u32, None::<u32>, 0);
    let mut chars = rest.chars().peekable();
    while let Some(&c) = chars.peek() {
        match (c, digit(c)) {
            (_, Some(d)) => pending = Some(d as u32),
            ('十', _) => whole += pending.take().unwrap_or(1) * 10,
            ('百', _) => whole += pending.take()? * 100,
            _ => break,
        }
        used += c.len_utf8();
        chars.next();
    }
    if used == 0 {
        return None;
    }
    whole += pending.take().unwrap_or(0);
    let mut figure = whole.to_string();
    if chars.peek() == Some(&'点') {
        let decimals: String = chars.clone().skip(1).map_while(|c| digit(c).map(|d| char::from(b'0' + d as u8))).collect();
        if !decimals.is_empty() {
            figure.push('.');
            figure.push_str(&decimals);
            used += '点'.len_utf8() * (1 + decimals.len());
        }
    }
    figure.push('%');
    Some((figure, "百分之".len() + used))
}

/// Words a head-count follows (“核定编制二十三名”, “实有在职人员二十一人”), perhaps with 为, 共 or 有 between.
const HEAD_COUNTED: [&str; 9] = ["编制", "人员", "在职", "在编", "人数", "职工", "干部", "实有", "工勤"];

/// “核定编制二十三名” → (“23”, the numerals' length in bytes): a head-count in words where one is expected
/// — after the words of a count of posts or persons (`before`: what is normalised so far), before 名 or
/// 人 (not 人次, a count of visits), or 个 after 编制 (“编制二十个”).
fn chinese_count(text: &str, before: &[(char, u32)]) -> Option<(String, usize)> {
    let (count, rest) = chinese_number::leading(text)?;
    let used = text.len() - rest.len();
    let unit = rest.chars().next()?;
    if !count.fract().is_zero() {
        return None;
    }
    let tail: String = before.iter().rev().take(6).map(|(c, _)| *c).collect::<Vec<char>>().into_iter().rev().collect();
    let tail = ["为", "共", "有", "共有", "达"].iter().find_map(|w| tail.strip_suffix(w)).unwrap_or(&tail);
    let counted = match unit {
        '名' => true,
        '人' => !text[used..].starts_with("人次"),
        '个' => ["编制", "编制数"].iter().any(|w| tail.ends_with(w)),
        _ => false,
    };
    (counted && HEAD_COUNTED.iter().any(|w| tail.ends_with(w))).then(|| (count.to_string(), used))
}

/// A “，” between digits (ASCII or full-width), three of them after it (spaces between characters aside).
fn thousands_comma(line: &str, at: usize) -> bool {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let solid = |c: &char| *c != ' ';
    let before = line[..at].chars().rev().find(solid).is_some_and(digit);
    let mut after = line[at + '，'.len_utf8()..].chars().filter(solid);
    before && (0..3).all(|_| after.next().is_some_and(digit)) && !after.next().is_some_and(digit)
}

/// Whether a space after the figure so far (`chars`) separates its thousands: one to three digits before it
/// that open the figure, exactly three after it (of either width), then its cents and an amount's unit
/// (“1 068.55万元”, “3 500元”) — not two figures of a row (“12 345”, “3 500 万元” of two cells).
fn thousands_space(chars: &[(char, u32)], rest: &str) -> bool {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let run = chars.iter().rev().take_while(|(c, _)| c.is_ascii_digit()).count();
    let opens = chars.len().checked_sub(run + 1).and_then(|i| chars.get(i)).is_none_or(|(c, _)| !c.is_ascii_digit() && !matches!(c, '.' | ','));
    if !(1..=3).contains(&run) || !opens {
        return false;
    }
    let mut after = rest.char_indices().peekable();
    if !(0..3).all(|_| after.next().is_some_and(|(_, c)| digit(c))) {
        return false;
    }
    let mut tail = after.peek().map_or(rest.len(), |(i, _)| *i);
    if let Some(cents) = rest[tail..].strip_prefix(['.', '．']) {
        let figures = cents.chars().take_while(|c| digit(*c)).map(char::len_utf8).sum::<usize>();
        if figures == 0 {
            return false;
        }
        tail = rest.len() - cents.len() + figures;
    }
    let unit = &rest[tail..];
    !unit.starts_with(|c: char| digit(c)) && ["万元", "元", "亿元"].iter().any(|u| unit.starts_with(u))
}

/// “2,099,500”: a comma after a digit followed by exactly three digits goes (and so does one that a
/// line break had split from its digits, now joined).
fn without_thousands_separators(chars: &mut Vec<(char, u32)>) {
    let digit = |i: usize, chars: &[(char, u32)]| chars.get(i).is_some_and(|(c, _)| c.is_ascii_digit());
    let mut i = 0;
    while i < chars.len() {
        let separator = chars[i].0 == ','
            && i > 0
            && digit(i - 1, chars)
            && (1..=3).all(|k| digit(i + k, chars))
            && !digit(i + 4, chars);
        if separator {
            chars.remove(i);
        } else {
            i += 1;
        }
    }
}

/// “全年预算数（2,136.48万元）”, “在职人员控制率（95.65%）=实有在职人员（44人）÷…”: a figure alone in
/// brackets right after its name is the name's figure, as if the brackets were not there. Not a figure
/// restated after another (“2,622,723.27元（262.27万元）”, “44人（编制46名）”), nor brackets holding more
/// than the figure (“（含上年结转12万元）”, “（满分20分）”).
fn lone_figures_unbracketed(chars: &mut Vec<(char, u32)>) {
    const UNITS: [&str; 7] = ["万元", "亿元", "元", "%", "人", "名", "个"];
    let named = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c) && !"元人名个万亿".contains(c);
    let mut i = 1;
    while i < chars.len() {
        if chars[i].0 != '（' || !named(chars[i - 1].0) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        j += usize::from(chars.get(j).is_some_and(|(c, _)| *c == '-'));
        let digits = j;
        while chars.get(j).is_some_and(|(c, _)| c.is_ascii_digit() || *c == '.') {
            j += 1;
        }
        let rest: String = chars.iter().skip(j).take(3).map(|(c, _)| *c).collect();
        let unit = UNITS.iter().find(|u| rest.strip_prefix(**u).is_some_and(|r| r.starts_with('）')));
        match unit {
            // “变动率为（7.69%）”: a change written in brackets, as accountants write a negative — the
            // bracket becomes the minus (kept where the open bracket stood, so the quote is the report's own).
            Some(&"%") if j > digits && digits == i + 1 && chars[digits].0.is_ascii_digit() && names_a_change(&chars[..i]) => {
                chars.remove(j + 1);
                chars[i].0 = '-';
                i = j;
            }
            Some(unit) if j > digits && chars[digits].0.is_ascii_digit() => {
                let close = j + unit.chars().count();
                chars.remove(close);
                chars.remove(i);
                i = close - 1;
            }
            _ => i += 1,
        }
    }
}

/// Whether the words before a bracket name a rate that may be negative (a change: 变动率, 增长率, 增减率 …),
/// perhaps with “为” or “是” after it.
fn names_a_change(before: &[(char, u32)]) -> bool {
    const CHANGES: [&str; 5] = ["变动率", "增长率", "增减率", "变化率", "增减幅度"];
    let tail: String = before.iter().rev().take(6).map(|(c, _)| *c).collect::<Vec<char>>().into_iter().rev().collect();
    let name = tail.strip_suffix(['为', '是']).unwrap_or(&tail);
    CHANGES.iter().any(|w| name.ends_with(w))
}

/// The characters of the Kangxi Radicals block (U+2F00–U+2FD5), in order, as the ideographs they stand
/// for (their NFKC forms).
const KANGXI: &str = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

/// Where the words after the last of `marks` in `text` start (0 where there is none): the start of the
/// sentence or clause a figure stands in, read back from the figure.
pub fn start_after_last(text: &str, marks: &[char]) -> usize {
    text.char_indices().rfind(|(_, c)| marks.contains(c)).map_or(0, |(at, c)| at + c.len_utf8())
}

/// Where each of some marks ends in a text, found once, so that the start of the sentence or clause around
/// each of thousands of figures is a binary search: a report pasted as one line (a table run together, a
/// 140-page report from a PDF) has no sentence ends to stop a scan back from every figure, and scanning
/// back from each would take time quadratic in the line's length.
pub struct MarkIndex {
    /// Each mark's start and end, in order.
    spans: Vec<(usize, usize)>,
    len: usize,
}

impl MarkIndex {
    pub fn new(text: &str, marks: &[char]) -> Self {
        let spans = text.char_indices().filter(|(_, c)| marks.contains(c)).map(|(at, c)| (at, at + c.len_utf8())).collect();
        MarkIndex { spans, len: text.len() }
    }

    /// `start_after_last(&text[..at], marks)`: where the words after the last mark before `at` start.
    pub fn start_before(&self, at: usize) -> usize {
        let i = self.spans.partition_point(|&(_, end)| end <= at);
        i.checked_sub(1).map_or(0, |i| self.spans[i].1)
    }

    /// Where the first mark at or after `at` stands (the text's end where there is none).
    pub fn next_from(&self, at: usize) -> usize {
        self.spans.get(self.spans.partition_point(|&(start, _)| start < at)).map_or(self.len, |&(start, _)| start)
    }
}

/// Where each of some words stands in a text, found once, so that whether the words before each of
/// thousands of figures hold one is a binary search, not a reading of a clause that may run on for a whole
/// line (see [`MarkIndex`]). For words that cannot overlap themselves (a Chinese word such as “上年”).
pub struct WordIndex<'w> {
    words: Vec<(&'w str, Vec<usize>)>,
}

impl<'w> WordIndex<'w> {
    pub fn new(text: &str, words: &[&'w str]) -> Self {
        WordIndex { words: words.iter().map(|w| (*w, text.match_indices(w).map(|(at, _)| at).collect())).collect() }
    }

    /// Whether `text[within]` holds `word` (false for a word not indexed).
    pub fn holds(&self, within: &Range<usize>, word: &str) -> bool {
        let Some((_, starts)) = self.words.iter().find(|(w, _)| *w == word) else { return false };
        starts.get(starts.partition_point(|&at| at < within.start)).is_some_and(|&at| at + word.len() <= within.end)
    }
}

/// What `text` says after the last of `marks` (all of it where there is none).
pub fn after_last<'a>(text: &'a str, marks: &[char]) -> &'a str {
    &text[start_after_last(text, marks)..]
}

/// Whether `c` is a Chinese character (CJK Unified Ideographs): the stuff of names and labels, beside the
/// digits, punctuation and units around them.
pub fn ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// One spelling for the many a pasted report uses; `'\0'` for characters that carry nothing (quotes).
/// Text copied from a PDF may carry radicals for the ideographs whose glyphs they share (“⼈⾏⻔” for
/// 人行门: some PDF printers, Chromium 86's among them, map the glyph back to the radical).
pub fn fold(c: char) -> char {
    match c {
        '\u{2F00}'..='\u{2FD5}' => KANGXI.chars().nth(c as usize - 0x2F00).unwrap_or(c),
        '\u{2E80}'..='\u{2EF3}' => simplified_radical(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' => '.',
        '％' | '﹪' => '%',
        '：' => ':',
        '＝' | '﹦' => '=',
        '／' | '÷' => '/',
        '＋' => '+',
        '*' | '＊' | '✕' | '╳' | '✖' => '×',
        '〔' | '(' | '（' | '［' | '[' | '【' | '﹝' => '（',
        '〕' | ')' | '）' | '］' | ']' | '】' | '﹞' => '）',
        '－' | '−' | '–' | '﹣' => '-',
        '；' => ';',
        '，' => '，',
        // The full-width straight quotes (＂三公＂) and the double prime ones (〝三公〞) some fonts and
        // converters put for “三公”: quotes all the same.
        '“' | '”' | '"' | '‘' | '’' | '\'' | '「' | '」' | '『' | '』' | '＂' | '＇' | '〝' | '〞' | '〟' | '\u{feff}' | '\u{200b}' => '\0',
        c if c.is_control() => '\0',
        c => c,
    }
}

/// The ideograph a radical of the CJK Radicals Supplement stands for in simplified text (⻔ → 门).
fn simplified_radical(c: char) -> char {
    const PAIRS: [(char, char); 26] = [
        ('⺟', '母'), ('⺠', '民'), ('⺰', '纟'), ('⻅', '见'), ('⻆', '角'), ('⻈', '讠'), ('⻉', '贝'), ('⻋', '车'), ('⻐', '钅'),
        ('⻓', '长'), ('⻔', '门'), ('⻙', '韦'), ('⻚', '页'), ('⻛', '风'), ('⻜', '飞'), ('⻠', '饣'), ('⻢', '马'), ('⻥', '鱼'),
        ('⻦', '鸟'), ('⻧', '卤'), ('⻨', '麦'), ('⻩', '黄'), ('⻬', '齐'), ('⻮', '齿'), ('⻰', '龙'), ('⻳', '龟'),
    ];
    PAIRS.iter().find(|(radical, _)| *radical == c).map_or(c, |(_, ideograph)| *ideograph)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radicals_copied_from_a_pdf_read_as_their_ideographs() {
        let folded: String = "⼈员经费⽀出，部⻔⾏政".chars().map(fold).collect();
        assert_eq!(folded, "人员经费支出，部门行政");
        assert_eq!(KANGXI.chars().count(), 0x2FD6 - 0x2F00);
    }

    /// ＂三公＂ (full-width straight quotes) and 〝三公〞 (double primes) are “三公” as any other quotes.
    #[test]
    fn every_style_of_quotes_is_left_out() {
        for quoted in ["＂三公＂经费", "〝三公〞经费", "〝三公〟经费", "＇三公＇经费", "“三公”经费", "'三公'经费"] {
            assert_eq!(Normalised::new(quoted).text, "三公经费", "{quoted}");
        }
    }

    #[test]
    fn folds_forms_and_joins_broken_lines() {
        let pasted = "公用经费控制率１００％＝〔实际支出\n公用经费11.6万元/预算 11.6万元〕*100%";
        let n = Normalised::new(pasted);
        assert_eq!(n.text, "公用经费控制率100%=（实际支出公用经费11.6万元/预算11.6万元）×100%");
    }

    /// An OCR's space between thousands (“1 068.55万元”, “１ ０６８．５５万元”) is none, but two figures of a row
    /// stay apart.
    #[test]
    fn a_space_between_thousands_of_an_amount_goes() {
        assert_eq!(Normalised::new("年初财政拨款1 068.55万元，追加12 300元。").text, "年初财政拨款1068.55万元，追加12300元。");
        assert_eq!(Normalised::new("年初预算１ ０６８．５５万元").text, "年初预算1068.55万元");
        for apart in ["编制 12 345", "合计 1 068.55 万元", "2024 1 068.55万元", "共1 0685万元", "执行率98.5 100%"] {
            assert!(Normalised::new(apart).text.contains('|'), "{apart}: {}", Normalised::new(apart).text);
        }
    }

    #[test]
    fn drops_page_numbers_and_thousands_separators_but_keeps_figures_apart() {
        let n = Normalised::new("人员经费 2,099,500元\n— 3 —\n合计\t209.95\t11.6\n第 4 页\n");
        assert_eq!(n.text, "人员经费2099500元\n合计209.95|11.6");
    }

    /// A 得分 cell then a 偏差原因 cell opening on 个 (“个别…”): the reason is no unit of the score.
    #[test]
    fn a_cell_of_words_after_a_figure_is_no_unit_of_it() {
        let n = Normalised::new("指标明确性\t5\t4.5\t个别目标未细化\n人数\t12\t人\n");
        assert_eq!(n.text, "指标明确性5|4.5|个别目标未细化\n人数12人");
    }

    #[test]
    fn a_year_broken_from_its_year_sign_is_whole_again() {
        let wrapped = "本年度会议费预算共计12.50万元，与上一年度即2021\n年的预算数一致，未有增减变化，具体情况见下表所列各项：\n";
        assert!(Normalised::new(wrapped).text.contains("即2021年的预算数"), "{}", Normalised::new(wrapped).text);
        // A figure ending a line is still apart from a label opening on 年 (年初预算, 年末结余).
        let figure = "本年度会议费预算共计12.50万元，日常办公经费与上年相比基本持平约为2,021\n年初预算数为30.00万元，具体情况见下表所列各项内容：\n";
        assert!(!Normalised::new(figure).text.contains("2021年初"), "{}", Normalised::new(figure).text);
    }

    #[test]
    fn points_broken_from_their_figure_before_the_score_stay_with_it() {
        let wrapped = "本年度自评得分88.5分，其中决策类20分得18分、管理类25\n分得22.5分、效益类55分得48分，等级为良。\n";
        assert!(Normalised::new(wrapped).text.contains("管理类25分得22.5分"), "{}", Normalised::new(wrapped).text);
        // A word opening on 分 is no unit: the figure ends there.
        let word = "本年度对所属单位的各项目进行了抽查，共计抽查项目25\n分别涉及基层站所的建设与运行维护等工作内容。\n";
        assert!(!Normalised::new(word).text.contains("25分别"), "{}", Normalised::new(word).text);
    }

    #[test]
    fn spans_point_back_into_the_pasted_text() {
        let pasted = "预算执行率为\n９９．５％。";
        let n = Normalised::new(pasted);
        let start = n.text.find("99.5%").unwrap();
        let span = n.span(pasted, start, start + "99.5%".len());
        assert_eq!(&pasted[span.start..], "９９．５％。");
    }

    #[test]
    fn a_number_broken_by_a_line_and_a_page_break_is_whole_again() {
        let pasted = "本年度全年预算数为人民币壹仟余万元，即1,04\n— 2 —\n某局2023年度部门整体支出绩效自评报告\n6.50万元。\n某局2023年度部门整体支出绩效自评报告\n";
        let n = Normalised::new(pasted);
        assert!(n.text.contains("即1046.50万元。"), "{}", n.text);
        let start = n.text.find("1046.50万元").unwrap();
        let span = n.span(pasted, start, start + "1046.50万元".len());
        assert_eq!(n.quote(pasted, &span), "1,046.50万元");
    }

    #[test]
    fn a_full_width_comma_separates_thousands_between_digits_of_either_width() {
        let n = Normalised::new("全年预算数1，520.00万元，支出１，４８６．５２万元，分别为1，2，3项");
        assert_eq!(n.text, "全年预算数1520.00万元，支出1486.52万元，分别为1，2，3项");
    }

    #[test]
    fn rates_written_in_words_are_figures() {
        for (pasted, normalised) in [
            ("控制率为百分之九十五点六。", "控制率为95.6%。"),
            ("执行率百分之百", "执行率百分之百"),
            ("执行率为百分之一百，", "执行率为100%，"),
            ("占百分之十二点零五", "占12.05%"),
            ("百分之一百零五", "105%"),
            ("百分之八", "8%"),
            ("百分之", "百分之"),
        ] {
            assert_eq!(Normalised::new(pasted).text, normalised, "{pasted}");
        }
        let pasted = "率为百分之九十五点六。";
        let n = Normalised::new(pasted);
        let start = n.text.find("95.6%").unwrap();
        assert_eq!(n.quote(pasted, &n.span(pasted, start, start + "95.6%".len())), "百分之九十五点六");
    }

    #[test]
    fn head_counts_in_words_are_figures_only_where_a_count_is_expected() {
        for (pasted, normalised) in [
            ("核定编制一百零五名，实有在编人员为九十八人", "核定编制105名，实有在编人员为98人"),
            ("工勤人员两人、干部职工共十二人", "工勤人员2人、干部职工共12人"),
            ("接待群众一百二十人次，获第一名，三人小组", "接待群众一百二十人次，获第一名，三人小组"),
            ("在职人员十人次", "在职人员十人次"),
            ("事业编制为八个，在职人员三个方面", "事业编制为8个，在职人员三个方面"),
        ] {
            assert_eq!(Normalised::new(pasted).text, normalised, "{pasted}");
        }
    }

    #[test]
    fn a_figure_alone_in_brackets_after_its_name_loses_them() {
        for (pasted, normalised) in [
            ("年末结余（12.5万元），在编（7人）", "年末结余12.5万元，在编7人"),
            ("执行率（-3.5%）", "执行率-3.5%"),
            // A change in brackets is a negative one, as accountants write it; another rate's brackets are only brackets.
            ("变动率为（4.2%）。增减率（0.5%）", "变动率为-4.2%。增减率-0.5%"),
            ("执行率为（96.4%）", "执行率为96.4%"),
            ("支出100元（0.01万元），编制（含工勤2名），（满分20分），5人（其中3人）", "支出100元（0.01万元），编制（含工勤2名），（满分20分），5人（其中3人）"),
        ] {
            assert_eq!(Normalised::new(pasted).text, normalised, "{pasted}");
        }
    }

    #[test]
    fn a_space_inside_a_rates_digits_closes_up_but_not_between_figures() {
        assert_eq!(Normalised::new("控制率为10 0%=（36/35）").text, "控制率为100%=（36/35）");
        assert_eq!(Normalised::new("执行率9 7.35%").text, "执行率97.35%");
        for apart in ["人员经费209.95 11.6%", "合计 1,520 12%", "得分 95 100%以上", "控制率 35 36 102.86%", "预算控制率 0 40.94%"] {
            assert!(Normalised::new(apart).text.contains('|'), "{apart}");
        }
    }

    #[test]
    fn spaced_out_lines_close_up() {
        let n = Normalised::new("预 算 执 行 率 为 ９ ８ ． ６ ７ ％ 。\n人员经费  209.95");
        assert_eq!(n.text, "预算执行率为98.67%。\n人员经费209.95");
    }
}
