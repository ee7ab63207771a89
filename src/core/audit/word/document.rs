//! The text of a Word document's body (`word/document.xml`), as a reader would copy it: paragraphs on
//! lines of their own, a tab where the text has one, a table's cells separated by tabs and its rows on
//! lines of their own — the shape a table has when copied out of Word. Runs are joined as they stand, so
//! a figure Word split into two runs (“19” “28.7”) is whole again.
//!
//! A cell spanning columns (`gridSpan`) is followed by an empty cell for each column it covers beyond its
//! first, and a row starting past the grid's first columns (`gridBefore`) by one for each it skips, as
//! Excel copies merged cells: every row then has a cell for each column of the grid, so the figures after
//! a merged heading or a merged 合计 stand under their own headings. (A cell merged down, `vMerge`, is a
//! cell of its own already, empty below the first.)
//!
//! Only what carries the text is read: deleted text, field codes and the fallback copy of a text box are
//! left out. Anything that is not well-formed XML with a `document` root is refused, never guessed at.

use super::Problem;

/// How deep elements may nest: far beyond any document, short of a hostile one.
const MAX_DEPTH: usize = 4096;

/// An open element: its local name, and for a table row how many cells it has had and how many columns
/// beyond its first the cell being read spans.
struct Open {
    name: String,
    cells: usize,
    spans: usize,
}

/// The body's text.
pub fn text(xml: &[u8]) -> Result<String, Problem> {
    let mut out = String::with_capacity(xml.len() / 4);
    let mut stack: Vec<Open> = Vec::new();
    let mut root = false;
    let mut at = 0;
    while at < xml.len() {
        let Some(open) = xml[at..].iter().position(|&b| b == b'<').map(|i| at + i) else {
            // Text after the root's end, or before any element: only blanks are allowed there.
            if xml[at..].iter().all(u8::is_ascii_whitespace) {
                break;
            }
            return Err(Problem::NotXml);
        };
        if open > at && reading_text(&stack) {
            push_text(&mut out, &xml[at..open])?;
        } else if open > at && stack.is_empty() && !xml[at..open].iter().all(|b| b.is_ascii_whitespace() || *b >= 0x80) {
            return Err(Problem::NotXml);
        }
        let (tag, next) = tag(xml, open)?;
        at = next;
        match tag {
            Tag::Other => {}
            Tag::Open(name, closed, attributes) => {
                if stack.is_empty() {
                    if root || name != "document" {
                        return Err(Problem::NotXml);
                    }
                    root = true;
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(Problem::NotXml);
                }
                started(&mut out, &mut stack, &name, closed);
                spanned(&mut out, &mut stack, &name, attributes);
                if !closed {
                    stack.push(Open { name, cells: 0, spans: 0 });
                }
            }
            Tag::Close(name) => {
                let Some(last) = stack.pop() else { return Err(Problem::NotXml) };
                if last.name != name {
                    return Err(Problem::NotXml);
                }
                ended(&mut out, &mut stack, &name);
            }
        }
    }
    if !root || !stack.is_empty() {
        return Err(Problem::NotXml);
    }
    Ok(out)
}

/// Whether character data here is the document's text: inside a `t` that is not in a skipped part.
fn reading_text(stack: &[Open]) -> bool {
    stack.last().is_some_and(|o| o.name == "t") && !stack.iter().any(|o| o.name == "Fallback")
}

fn within(stack: &[Open], name: &str) -> bool {
    stack.iter().any(|o| o.name == name)
}

/// What an element adds where it starts (or where it stands, when empty).
fn started(out: &mut String, stack: &mut [Open], name: &str, empty: bool) {
    if within(stack, "Fallback") {
        return;
    }
    let in_run = stack.last().is_some_and(|o| o.name == "r");
    match name {
        "tab" | "ptab" if in_run => out.push('\t'),
        "br" | "cr" if in_run => out.push('\n'),
        "noBreakHyphen" if in_run => out.push('-'),
        "tc" => {
            // A row's cells: a tab before each but the first.
            if let Some(row) = stack.iter_mut().rev().find(|o| o.name == "tr") {
                if row.cells > 0 {
                    out.push('\t');
                }
                row.cells += 1;
            }
        }
        "tbl" if !out.is_empty() && !out.ends_with('\n') => out.push('\n'),
        "p" if empty && !within(stack, "tc") => out.push('\n'),
        _ => {}
    }
}

/// The grid columns a cell spans beyond its first (`gridSpan`), kept for its end; those a row skips
/// before its first cell (`gridBefore`), as empty cells now.
fn spanned(out: &mut String, stack: &mut [Open], name: &str, attributes: &[u8]) {
    if within(stack, "Fallback") || !matches!(name, "gridSpan" | "gridBefore") {
        return;
    }
    // Beyond any real table's width: a hostile count adds no more than this.
    let columns = value(attributes).filter(|n| *n <= 64).unwrap_or(1);
    let Some(row) = stack.iter_mut().rev().find(|o| o.name == "tr") else { return };
    if name == "gridSpan" {
        row.spans = columns.saturating_sub(1);
    } else if row.cells == 0 && columns > 0 {
        // The first cell's own tab then stands after the last column skipped.
        out.extend(std::iter::repeat_n('\t', columns - 1));
        row.cells = 1;
    }
}

/// The number an element's `val` attribute gives (`w:val="3"`).
fn value(attributes: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(attributes).ok()?;
    let at = text.find("val=")? + 4;
    let quoted = text.get(at..)?;
    let quote = quoted.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    quoted[1..].split(quote).next()?.trim().parse().ok()
}

/// What an element adds where it ends.
fn ended(out: &mut String, stack: &mut [Open], name: &str) {
    if within(stack, "Fallback") {
        return;
    }
    match name {
        // A cell's paragraphs stand apart by a blank; the row ends the line.
        "p" if within(stack, "tc") => out.push(' '),
        "p" => out.push('\n'),
        "tc" => {
            let kept = out.trim_end_matches(' ').len();
            out.truncate(kept);
            if let Some(row) = stack.iter_mut().rev().find(|o| o.name == "tr") {
                out.extend(std::iter::repeat_n('\t', row.spans));
                row.cells += row.spans;
                row.spans = 0;
            }
        }
        "tr" => out.push('\n'),
        _ => {}
    }
}

/// Character data with its entities decoded; refused if an entity is malformed.
fn push_text(out: &mut String, raw: &[u8]) -> Result<(), Problem> {
    let text = String::from_utf8_lossy(raw);
    let mut rest = text.as_ref();
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let end = rest[amp..].find(';').filter(|e| *e <= 12).ok_or(Problem::NotXml)?;
        let entity = &rest[amp + 1..amp + end];
        let c = match entity {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = match entity.strip_prefix("#x").or_else(|| entity.strip_prefix("#X")) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => entity.strip_prefix('#').and_then(|d| d.parse().ok()),
                };
                code.and_then(char::from_u32).ok_or(Problem::NotXml)?
            }
        };
        out.push(c);
        rest = &rest[amp + end + 1..];
    }
    out.push_str(rest);
    Ok(())
}

/// A markup item.
enum Tag<'a> {
    /// An element's start, by its local name; `true` when it is empty (`<w:tab/>`); its attributes.
    Open(String, bool, &'a [u8]),
    Close(String),
    /// A comment, a processing instruction, a declaration or CDATA (never text here).
    Other,
}

/// The markup item starting at `open` (a `<`) and where the text after it begins.
fn tag(xml: &[u8], open: usize) -> Result<(Tag<'_>, usize), Problem> {
    let rest = &xml[open..];
    for (start, end) in [(&b"<!--"[..], &b"-->"[..]), (b"<![CDATA[", b"]]>"), (b"<?", b"?>")] {
        if rest.starts_with(start) {
            let close = find(rest, end).ok_or(Problem::NotXml)?;
            return Ok((Tag::Other, open + close + end.len()));
        }
    }
    if rest.starts_with(b"<!") {
        let close = rest.iter().position(|&b| b == b'>').ok_or(Problem::NotXml)?;
        return Ok((Tag::Other, open + close + 1));
    }
    // The tag's end: the first `>` outside quoted attribute values.
    let mut quote: Option<u8> = None;
    let mut end = None;
    for (i, &b) in rest.iter().enumerate().skip(1) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'<') => return Err(Problem::NotXml),
            (None, b'>') => {
                end = Some(i);
                break;
            }
            _ => {}
        }
    }
    let end = end.ok_or(Problem::NotXml)?;
    let inner = &rest[1..end];
    let closing = inner.first() == Some(&b'/');
    let empty = inner.last() == Some(&b'/');
    let body = &inner[usize::from(closing)..inner.len() - usize::from(empty && !closing)];
    let name_end = body.iter().position(|b| b.is_ascii_whitespace() || *b == b'/').unwrap_or(body.len());
    let qualified = std::str::from_utf8(&body[..name_end]).map_err(|_| Problem::NotXml)?;
    let valid = !qualified.is_empty() && qualified.chars().all(|c| c.is_alphanumeric() || "_-.:".contains(c));
    if !valid || (closing && empty) {
        return Err(Problem::NotXml);
    }
    let local = qualified.rsplit(':').next().unwrap_or(qualified).to_string();
    let tag = if closing { Tag::Close(local) } else { Tag::Open(local, empty, &body[name_end..]) };
    Ok((tag, open + end + 1))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
