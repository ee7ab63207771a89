//! A project's name as the report writes it, its quotes in their places (“双师型”教师培训项目): the
//! normalised text the readers work on has none (a copy may split a quote from its words), so a name
//! read from it is looked up again in the pasted text where the report lists it.

/// Quotes that open a quoted word, and those that close it.
const OPENING: &str = "“‘「『〝＂\"'";
const CLOSING: &str = "”’」』〞〟＂\"'";

/// Whether `c` is any quote, opening or closing.
fn is_quote(c: char) -> bool {
    OPENING.contains(c) || CLOSING.contains(c)
}

/// `name` as the pasted text writes it at or after byte `from`: with the quotes inside it or opening it
/// (“村BA”篮球联赛), where they pair up. A name the report quotes whole (开展“某某培训”) is the words
/// inside; a name not found there, or whose quotes do not pair, is `name` as read.
pub fn as_written(pasted: &str, from: usize, name: &str) -> String {
    let words: String = name.chars().filter(|c| !is_quote(*c) && !c.is_whitespace()).collect();
    if words.is_empty() {
        return name.to_string();
    }
    let from = (0..=from.min(pasted.len())).rev().find(|&at| pasted.is_char_boundary(at)).unwrap_or(0);
    let Some(rest) = pasted.get(from..) else { return name.to_string() };
    // The rest without quotes and blanks, each kept character with where it stands in the pasted text.
    let kept: Vec<(usize, char)> = rest.char_indices().filter(|(_, c)| !is_quote(*c) && !c.is_whitespace()).map(|(at, c)| (from + at, c)).collect();
    let wanted: Vec<char> = words.chars().collect();
    let Some(first) = kept.windows(wanted.len()).position(|run| run.iter().map(|(_, c)| *c).eq(wanted.iter().copied())) else { return name.to_string() };
    let (Some(&(start, _)), Some(&(last, last_char))) = (kept.get(first), kept.get(first + wanted.len() - 1)) else { return name.to_string() };
    let mut start = start;
    let mut end = last + last_char.len_utf8();
    // A quote right before the name opens it; one right after closes a quote opened inside it.
    if let Some(quote) = pasted.get(..start).and_then(|before| before.chars().next_back()).filter(|c| OPENING.contains(*c)) {
        start -= quote.len_utf8();
    }
    if let Some(quote) = pasted.get(end..).and_then(|after| after.chars().next()).filter(|c| CLOSING.contains(*c)) {
        end += quote.len_utf8();
    }
    let written: String = pasted.get(start..end).unwrap_or_default().chars().filter(|c| !c.is_whitespace()).collect();
    let quotes: Vec<char> = written.chars().filter(|c| is_quote(*c)).collect();
    if quotes.is_empty() || !paired(&quotes) {
        return if name.chars().any(is_quote) { words } else { name.to_string() };
    }
    // Quoted whole, one pair around all of it: the quotes are the sentence's, not the name's.
    if quotes.len() == 2 && written.starts_with(|c| OPENING.contains(c)) && written.ends_with(|c| CLOSING.contains(c)) {
        return words;
    }
    written
}

/// Whether the quotes go in pairs, each opening one closed before the next opens.
fn paired(quotes: &[char]) -> bool {
    quotes.len().is_multiple_of(2) && quotes.chunks(2).all(|pair| matches!(pair, [open, close] if OPENING.contains(*open) && CLOSING.contains(*close)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_opening_on_a_quote_keeps_it() {
        let pasted = "（3）“三下乡”文化惠民演出，预算18.00万元，支出17.20万元；";
        assert_eq!(as_written(pasted, 0, "三下乡文化惠民演出"), "“三下乡”文化惠民演出");
        // One quote kept by the reader, the other lost: both as written.
        assert_eq!(as_written(pasted, 0, "三下乡”文化惠民演出"), "“三下乡”文化惠民演出");
        // Quotes inside the name, and a name split by a blank of the copy.
        let inside = "其中：农村“厕所 革命”奖补45.00万元（预算50.00万元）。";
        assert_eq!(as_written(inside, 0, "农村厕所革命奖补"), "农村“厕所革命”奖补");
    }

    #[test]
    fn the_name_is_taken_where_it_is_listed_not_where_a_sentence_quotes_it() {
        let pasted = "推进“智慧图书馆”建设。\n项目支出：智慧图书馆建设20.00万元（预算22.00万元）。";
        let listed_at = pasted.find("项目支出").unwrap_or(0);
        assert_eq!(as_written(pasted, listed_at, "智慧图书馆建设"), "智慧图书馆建设");
        // Read from the sentence's start, the quotes are the prose's around part of the name: paired, kept.
        assert_eq!(as_written(pasted, 0, "智慧图书馆建设"), "“智慧图书馆”建设");
    }

    #[test]
    fn a_name_quoted_whole_or_with_unpaired_quotes_is_its_words() {
        assert_eq!(as_written("年内开展“青年志愿服务”活动经费3.00万元", 0, "青年志愿服务"), "青年志愿服务");
        assert_eq!(as_written("某某”补助项目12.00万元", 0, "某某”补助项目"), "某某补助项目");
        // Not found at all: the name as read.
        assert_eq!(as_written("别的文字", 0, "某某项目"), "某某项目");
        // A position inside a character is no panic.
        assert_eq!(as_written("“甲”乙项目", 1, "甲乙项目"), "“甲”乙项目");
    }
}
