//! A pasted report made searchable: one normalised string, each of whose bytes remembers where it
//! came from in the pasted text, so that a claim found in the normalised text is marked in the original.
//!
//! Text copied from Word, WPS or a PDF viewer breaks lines mid-sentence, mixes 全角 and ASCII forms,
//! writes ×100% as *100%, brackets as 〔〕 or (), and carries page numbers (“— 3 —”) in the middle of
//! sentences. Normalising removes these differences so that the recogniser looks for one spelling.

/// The normalised text and, for each of its bytes, the byte offset of the pasted character it came from.
#[derive(Debug, Default)]
pub struct Normalised {
    pub text: String,
    origin: Vec<u32>,
}

/// Marks a place where blanks separated two figures (“209.95\t11.6”): they must not run together.
pub const GAP: char = '|';

impl Normalised {
    pub fn new(pasted: &str) -> Self {
        let mut out = Normalised { text: String::with_capacity(pasted.len()), origin: Vec::new() };
        out.origin.reserve(pasted.len());
        let mut offset = 0;
        for line in pasted.split_inclusive('\n') {
            if !is_page_number(line) {
                out.push_line(line, offset);
            }
            offset += line.len();
        }
        out
    }

    fn push_line(&mut self, line: &str, offset: usize) {
        for (at, c) in line.char_indices() {
            let origin = offset + at;
            if c.is_whitespace() {
                // Blanks vanish, except after a figure, where they end it (“209.95\t11.6”, a table's
                // “180.07⏎年中追加”) unless its unit follows (“99.5 %”).
                let after_digit = self.text.ends_with(|c: char| c.is_ascii_digit());
                let next = pasted_rest_first(&line[at..]);
                let unit_follows = next.is_some_and(|c| "%万元亿人个名".contains(c));
                if after_digit && !unit_follows {
                    self.push(GAP, origin);
                }
                continue;
            }
            if c == ',' && self.is_thousands_separator(&line[at + 1..]) {
                continue;
            }
            match fold(c) {
                '\0' => {}
                folded => self.push(folded, origin),
            }
        }
    }

    /// “2,099,500”: a comma after a digit followed by exactly three digits.
    fn is_thousands_separator(&self, after: &str) -> bool {
        let digits = after.chars().take_while(|c| fold(*c).is_ascii_digit()).count();
        self.text.ends_with(|c: char| c.is_ascii_digit()) && digits == 3
    }

    fn push(&mut self, c: char, origin: usize) {
        self.text.push(c);
        let origin = u32::try_from(origin).unwrap_or(u32::MAX);
        self.origin.extend(std::iter::repeat_n(origin, c.len_utf8()));
    }

    /// The byte range of `pasted` (the text this was made from) for the normalised range `start..end`.
    pub fn span(&self, pasted: &str, start: usize, end: usize) -> std::ops::Range<usize> {
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
}

/// The first character after the blanks at the start of `rest` (the line's end reads as a blank).
fn pasted_rest_first(rest: &str) -> Option<char> {
    rest.chars().find(|c| !c.is_whitespace()).map(fold)
}

/// One spelling for the many a pasted report uses; `'\0'` for characters that carry nothing (quotes).
fn fold(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' => '.',
        '％' => '%',
        '：' => ':',
        '＝' => '=',
        '／' | '÷' => '/',
        '*' | '＊' | '✕' | '╳' => '×',
        '〔' | '(' | '（' | '［' | '[' | '【' => '（',
        '〕' | ')' | '）' | '］' | ']' | '】' => '）',
        '－' | '−' | '–' => '-',
        '；' => ';',
        '“' | '”' | '"' | '‘' | '’' | '\'' | '「' | '」' | '\u{feff}' | '\u{200b}' => '\0',
        c if c.is_control() => '\0',
        c => c,
    }
}

/// A line that is only a page number: “— 3 —”, “-3-”, “第3页”, “第 3 页 共 12 页”.
fn is_page_number(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 16 {
        return false;
    }
    let digits = line.chars().filter(|c| fold(*c).is_ascii_digit()).count();
    let decorated = line.starts_with(['—', '-', '－', '–']) && line.ends_with(['—', '-', '－', '–']);
    let paged = line.starts_with('第') && line.contains('页');
    let only = line.chars().all(|c| fold(c).is_ascii_digit() || "—-－–第页共/ \u{3000}".contains(c));
    digits > 0 && only && (decorated || paged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_forms_and_joins_broken_lines() {
        let pasted = "公用经费控制率１００％＝〔实际支出\n公用经费11.6万元/预算 11.6万元〕*100%";
        let n = Normalised::new(pasted);
        assert_eq!(n.text, "公用经费控制率100%=（实际支出公用经费11.6万元/预算11.6万元）×100%");
    }

    #[test]
    fn drops_page_numbers_and_thousands_separators_but_keeps_figures_apart() {
        let n = Normalised::new("人员经费 2,099,500元\n— 3 —\n合计\t209.95\t11.6\n第 4 页\n");
        assert_eq!(n.text, "人员经费2099500元合计209.95|11.6|");
    }

    #[test]
    fn spans_point_back_into_the_pasted_text() {
        let pasted = "预算执行率为\n９９．５％。";
        let n = Normalised::new(pasted);
        let start = n.text.find("99.5%").unwrap();
        let span = n.span(pasted, start, start + "99.5%".len());
        assert_eq!(&pasted[span.start..], "９９．５％。");
    }
}
