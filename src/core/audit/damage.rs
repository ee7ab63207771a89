//! The damage copying does to a report, found line by line (SPEC §11): page-number lines (“— 2 —”,
//! “- 2 -”, “第2页”) and running headers standing in the middle of a sentence, lines with a space between
//! every character, a table's rows, headings; and, between two lines, whether the break is a paragraph's
//! end, a hard line break inside a sentence, or one inside a number.

use std::collections::BTreeMap;

/// One pasted line, classified. Offsets are bytes in the pasted text; `end` excludes the line break (a table
/// row the copy broke and that is rejoined spans the break inside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    /// A page number or a running header: not part of the report's text.
    pub dropped: bool,
    /// “预 算 执 行 率 为 9 8 %”: single spaces between characters are no blanks at all.
    pub spaced: bool,
    /// A row of a table copied as tab-separated cells.
    pub table: bool,
    /// “二、…”, “（三）…”, “1．…”: a heading starts a paragraph of its own.
    pub heading: bool,
}

/// How two consecutive kept lines join.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// A line broken inside a number (“1,04⏎6.50万元”): joined as if never broken.
    Number,
    /// A paragraph's end, a heading or a table row: a boundary no label or list reaches across.
    Break,
    /// A line ending in a figure (“人员经费 209.95⏎公用经费”): the figure ends there.
    Gap,
    /// A hard line break inside a sentence: joined.
    Soft,
}

/// Lines shorter than this are cells or headings, never a wrapped line of running text.
pub(super) const WRAPPED_LINE: usize = 12;

/// A heading's line is shorter than this; a longer one is a paragraph that starts with a number.
const HEADING_LINE: usize = 26;

/// The pasted text's lines, classified.
pub fn lines(pasted: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in pasted.split_inclusive('\n') {
        let end = start + piece.trim_end_matches(['\n', '\r']).len();
        let text = &pasted[start..end];
        lines.push(Line {
            start,
            end,
            dropped: is_page_number(text) || is_box_border(text),
            spaced: is_spaced(text),
            table: is_table_row(text) || lines.last().is_some_and(|above: &Line| above.table) && (is_total_row(text) || is_rule_row(text)),
            heading: is_heading(text),
        });
        start += piece.len();
    }
    drop_running_headers(pasted, &mut lines);
    single_spaced_tables(pasted, &mut lines);
    rejoin_broken_rows(pasted, lines)
}

/// The lines of the report's own text: not a page's number or running header, nor a blank line whose
/// nearest line with words, before or after it, is one — those blanks are the page break's, and a table the
/// page broke goes on after them.
pub fn kept(pasted: &str) -> Vec<Line> {
    let all = lines(pasted);
    let blank = |line: &Line| pasted.get(line.start..line.end).is_none_or(|words| words.trim().is_empty());
    // For each line, whether the nearest line with words before it (after it) was dropped.
    let nearest_dropped = |order: &mut dyn Iterator<Item = (usize, &Line)>| {
        let mut beside = vec![false; all.len()];
        let mut last = false;
        for (k, line) in order {
            beside[k] = last;
            if !blank(line) {
                last = line.dropped;
            }
        }
        beside
    };
    let after_break = nearest_dropped(&mut all.iter().enumerate());
    let before_break = nearest_dropped(&mut all.iter().enumerate().rev());
    let page_break = |k: usize| after_break.get(k) == Some(&true) || before_break.get(k) == Some(&true);
    all.iter().enumerate().filter(|(k, line)| !(line.dropped || blank(line) && page_break(*k))).map(|(_, line)| *line).collect()
}

/// “一级指标 分值 得分⏎投入 20 18⏎…⏎合计 100 93.5”: a table typed with one space between its cells — a header
/// of short names, then rows of a name and its figures, as many cells each. Its rows are a table's (a page's
/// number or running header between them changes nothing); one such row alone may be prose, and stays so.
fn single_spaced_tables(pasted: &str, lines: &mut [Line]) {
    let kept: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].dropped && !lines[i].table).collect();
    let words = |i: usize| single_spaced(&pasted[lines[i].start..lines[i].end]);
    let mut tabled = Vec::new();
    let mut k = 0;
    while k < kept.len() {
        let header = words(kept[k]).filter(|cells| cells.len() >= 3 && cells.iter().all(|c| is_heading_cell(c)));
        let Some(width) = header.map(|cells| cells.len()) else {
            k += 1;
            continue;
        };
        // (Consecutive among the kept lines: a line of a table copied with tabs between ends the run.)
        let next = |j: usize| kept.get(j).filter(|&&i| kept.get(j - 1).is_some_and(|&p| lines[p + 1..i].iter().all(|l| l.dropped)));
        let rows = (k + 1..).take_while(|&j| next(j).is_some_and(|&i| words(i).is_some_and(|cells| cells.len() == width && is_named_row(&cells)))).count();
        if rows >= 2 {
            tabled.extend_from_slice(&kept[k..=k + rows]);
        }
        k += rows + 1;
    }
    for i in tabled {
        lines[i].table = true;
    }
}

/// A line's cells between single spaces, where it has no wider gaps (those are [`space_aligned_cells`]'s).
pub fn single_spaced(line: &str) -> Option<Vec<&str>> {
    let line = line.trim();
    let cells: Vec<&str> = line.split(' ').collect();
    (cells.len() >= 2 && cells.iter().all(|c| !c.is_empty() && !c.contains(['\t', '\u{3000}']))).then_some(cells)
}

/// A header's cell: a short name (一级指标, 分值, 得分).
fn is_heading_cell(cell: &str) -> bool {
    (2..=8).contains(&cell.chars().count()) && cell.chars().all(char::is_alphabetic)
}

/// A row of a name (no figure, no sentence) and figures alone after it — points, not rates: a row of
/// rates so spaced is a 自评表's copied from a PDF, its 指标值 first, read by its words.
fn is_named_row(cells: &[&str]) -> bool {
    let figure = |c: &str| c.chars().any(|c| fold_digit(c).is_ascii_digit()) && c.chars().all(|c| fold_digit(c).is_ascii_digit() || ".．".contains(c));
    let Some((name, figures)) = cells.split_first() else { return false };
    name.chars().count() <= 12 && name.chars().all(char::is_alphabetic) && figures.iter().all(|c| figure(c))
}

/// “1⇥保洁⇥1,500.00⇥1,620.00⇥1,612⏎.30⇥99.52%”, “…⇥551.84⏎⇥98.54%”, “…⇥95.2⏎3%”: a table copied from a PDF
/// whose rows the copy broke inside a cell or before the last ones. The row and its rest are one line —
/// read apart, the row lacks its last figures and its cells fall under the wrong columns.
fn rejoin_broken_rows(pasted: &str, lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // The cells of the widest row of the table being read: its header's, usually.
    let mut width = 0;
    for line in lines {
        let goes_on = out.last().is_some_and(|row| width > 0 && row.table && !row.dropped && !line.dropped && !line.heading && rest_of_row(pasted, row, &line, width));
        if let Some(row) = out.last_mut().filter(|_| goes_on) {
            row.end = line.end;
            continue;
        }
        width = if line.table { width.max(cell_count(&pasted[line.start..line.end])) } else { 0 };
        out.push(line);
    }
    out
}

/// Whether `line` is the rest of the table row `row` the copy broke: figures alone (“.30⇥99.52%”, “3%”), the
/// break inside a figure or before a cell, and no more cells together than the table's `width`.
fn rest_of_row(pasted: &str, row: &Line, line: &Line, width: usize) -> bool {
    const REST_CELLS: usize = 2;
    let (left, right) = (&pasted[row.start..row.end], &pasted[line.start..line.end]);
    let figures_alone = !right.trim().is_empty() && right.chars().all(|c| c.is_ascii_digit() || ".,%\t ".contains(c));
    let broken_figure = figure_broken(left.rsplit(['\t', ' ']).next().unwrap_or(left), right.split(['\t', ' ']).next().unwrap_or(right));
    let broken_before_cell = right.starts_with('\t') && !left.ends_with(char::is_whitespace);
    let whole = format!("{left}{right}");
    figures_alone && (broken_figure || broken_before_cell) && right.split('\t').count() <= REST_CELLS && cell_count(&whole) <= width
}

/// “1,612⏎.30”, “95.2⏎3%”, “98.⏎72%”: a figure broken before its decimal point or among its decimals (one
/// point in all) — not two figures, a cell's end and the next cell on a line of its own (“148.00⏎98.67%”).
fn figure_broken(head: &str, tail: &str) -> bool {
    let digit_or_point = |c: char| c.is_ascii_digit() || c == '.';
    let among_decimals = head.contains('.') && tail.starts_with(|c: char| c.is_ascii_digit());
    let points = head.matches('.').count() + tail.matches('.').count();
    head.ends_with(digit_or_point) && head.starts_with(|c: char| c.is_ascii_digit()) && (tail.starts_with('.') || among_decimals) && points == 1
}

/// How many cells a table row has: between tabs, or else between runs of spaces.
fn cell_count(row: &str) -> usize {
    if row.contains('\t') { row.trim_end().split('\t').count() } else { space_aligned_cells(row.trim()).count() }
}

/// How `before` and `after` (kept lines, perhaps with dropped ones between) join.
pub fn join(pasted: &str, before: &Line, after: &Line) -> Join {
    let (left, right) = (pasted[before.start..before.end].trim_end(), pasted[after.start..after.end].trim_start());
    let last = left.chars().next_back().map(fold_digit);
    let first = right.chars().next().map(fold_digit);
    let wrapped = left.chars().count() >= WRAPPED_LINE && !before.table && !after.table;
    let number_ends = last.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let number_goes_on = first.is_some_and(|c| c.is_ascii_digit() || c == '.');
    let broken = (number_ends && number_goes_on) || thousands_go_on(left, right) || date_goes_on(left, right);
    if (wrapped && broken || decimals_go_on(left, right)) && !after.heading {
        return Join::Number;
    }
    let sentence_ends = last.is_some_and(|c| "。！？!?".contains(c));
    // A heading stands alone; a long line that starts like one is a paragraph wrapped by the copy.
    let heading = before.heading && left.chars().count() < HEADING_LINE && !runs_on_past_title(left);
    if sentence_ends || heading || before.table || after.heading || after.table || formula_then_rate(left, right) || result_cell_then_rate_name(left, right) {
        return Join::Break;
    }
    if last.is_some_and(|c| c.is_ascii_digit()) {
        return Join::Gap;
    }
    Join::Soft
}

/// “1.基本支出。基本支出…万元，包括人员⏎经费…”: a heading's title closed by “。” or “：”, then a sentence of
/// its own that the copy broke before its end — the line is a paragraph, however short, and goes on.
fn runs_on_past_title(line: &str) -> bool {
    const SENTENCE_AFTER: usize = 4;
    line.split_once(['。', '：', ':']).is_some_and(|(_, sentence)| sentence.chars().count() >= SENTENCE_AFTER)
}

/// “全年支出总额641⏎.90万元”: a line opening on a decimal point and digits goes on the figure before it,
/// however short the line it ends (no line of a report starts with “.90” otherwise).
fn decimals_go_on(left: &str, right: &str) -> bool {
    let digit_ends = left.chars().next_back().map(fold_digit).is_some_and(|c| c.is_ascii_digit());
    let mut rest = right.chars().map(fold_digit);
    digit_ends && rest.next() == Some('.') && rest.next().is_some_and(|c| c.is_ascii_digit())
}

/// “控制率＝71／74×100%＝95.95%⏎节约率＝…”: a block of formulas, one rate a line and no punctuation at the
/// ends — a line that gives its result (＝N% or 为N%, perhaps with a bracketed remark after it) and a line
/// that opens on a rate's name and its ＝ or 为 are two sentences, not one that the last result closes.
fn formula_then_rate(left: &str, right: &str) -> bool {
    result_ends(left) && rate_label_opens(right)
}

fn result_ends(line: &str) -> bool {
    let line: String = line.chars().map(fold_digit).collect();
    // A remark in brackets after the result (“＝5.58%（含政策性追加）”) still ends the formula.
    let body = match line.strip_suffix(['）', ')']) {
        Some(inner) => inner.rfind(['（', '(']).map_or(inner, |open| &inner[..open]),
        None => &line,
    };
    let Some(figure) = body.strip_suffix(['%', '％']) else { return false };
    let digits = figure.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let digits = digits.strip_suffix(['-', '－']).unwrap_or(digits);
    digits.len() < figure.len() && digits.ends_with(['＝', '=', '为'])
}

/// “…×100%⏎97.90%⏎预算调整率⏎…”: a table of rates copied one cell to a line — a result cell alone, then the
/// next row's rate name alone. The row ends at its result: the name opens the next row, not a clause that
/// runs on from the figure.
fn result_cell_then_rate_name(left: &str, right: &str) -> bool {
    let figure: String = left.chars().map(fold_digit).collect();
    let lone_rate = figure.strip_suffix(['%', '％']).is_some_and(|digits| {
        let digits = digits.strip_prefix(['-', '－']).unwrap_or(digits);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
    });
    let name = right.trim();
    let name_alone = (2..=16).contains(&name.chars().count()) && name.ends_with('率') && !name.chars().any(|c| fold_digit(c).is_ascii_digit() || "，。；,;：:=＝".contains(c));
    lone_rate && name_alone
}

fn rate_label_opens(line: &str) -> bool {
    let Some(sign) = line.find(['＝', '=', '为']) else { return false };
    let label = line[..sign].trim_end();
    let short = (2..=16).contains(&label.chars().count());
    short && label.ends_with('率') && !label.chars().any(|c| fold_digit(c).is_ascii_digit() || "，。；,;".contains(c))
}

/// “全年预算数7⏎,719,867.89元”: a line ending in a digit and the next opening on a thousands separator
/// and three digits — the rest of the number (a sentence never opens on a comma before digits).
fn thousands_go_on(left: &str, right: &str) -> bool {
    let digit_ends = left.chars().next_back().map(fold_digit).is_some_and(|c| c.is_ascii_digit());
    let mut rest = right.chars().map(fold_digit);
    let comma = rest.next() == Some(',');
    let group = rest.by_ref().take(3).filter(char::is_ascii_digit).count() == 3;
    digit_ends && comma && group && !rest.next().is_some_and(|c| c.is_ascii_digit())
}

/// “于2024⏎-02-04公开”, “2024-02⏎-04”: a date written with dashes or slashes, broken at a separator —
/// the two ends together read as a whole date (a year 19xx or 20xx, a month and a day), and nothing but
/// the date's characters stands on either side of the break.
fn date_goes_on(left: &str, right: &str) -> bool {
    let is_part = |c: &char| c.is_ascii_digit() || *c == '-' || *c == '/';
    let tail: String = left.chars().rev().map(fold_digit).take_while(is_part).collect::<Vec<_>>().into_iter().rev().collect();
    let head: String = right.chars().map(fold_digit).take_while(is_part).collect();
    let before_tail = left.chars().rev().map(fold_digit).nth(tail.chars().count());
    let figure_before = before_tail.is_some_and(|c| c == '.' || c == ',');
    let at_separator = tail.ends_with(['-', '/']) || head.starts_with(['-', '/']);
    !figure_before && at_separator && is_whole_date(&format!("{tail}{head}"))
}

/// “2024-02-04”, “2024/2/4”: year, month and day, one separator throughout.
fn is_whole_date(date: &str) -> bool {
    let Some(separator) = date.chars().find(|c| *c == '-' || *c == '/') else { return false };
    let parts: Vec<&str> = date.split(separator).collect();
    let [year, month, day] = parts[..] else { return false };
    let digits = |part: &str, most: usize| (1..=most).contains(&part.len()) && part.chars().all(|c| c.is_ascii_digit());
    year.len() == 4 && (year.starts_with("19") || year.starts_with("20")) && digits(month, 2) && digits(day, 2)
}

fn fold_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' => '.',
        c => c,
    }
}

/// A line that is only a page number: “— 3 —”, “-3-”, “第3页”, “第 3 页 共 12 页”.
pub fn is_page_number(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 16 {
        return false;
    }
    let digits = line.chars().filter(|c| fold_digit(*c).is_ascii_digit()).count();
    let decorated = line.starts_with(DASHES) && line.ends_with(DASHES);
    let paged = line.starts_with('第') && line.contains('页');
    let only = line.chars().all(|c| fold_digit(c).is_ascii_digit() || "—-－–第页共/ \u{3000}\t".contains(c));
    digits > 0 && only && (decorated || paged)
}

const DASHES: [char; 4] = ['—', '-', '－', '–'];

/// “预 算 执 行 率 为 9 8 %”: most characters followed by one space and another character.
fn is_spaced(line: &str) -> bool {
    let chars: Vec<char> = line.trim().chars().collect();
    let solid = chars.iter().filter(|c| !c.is_whitespace()).count();
    if solid < 6 {
        return false;
    }
    let spaced = chars.windows(3).filter(|w| !w[0].is_whitespace() && w[1] == ' ' && !w[2].is_whitespace()).count();
    spaced * 2 >= solid
}

/// Cells separated by tabs (a table copied from Word, WPS or Excel), or aligned by runs of spaces (one
/// copied from a PDF or typeset by hand: “项目      2023年预算    2022年预算    增减额”) — three cells at
/// least, and no sentence among them.
fn is_table_row(line: &str) -> bool {
    let line = line.trim();
    if line.contains('\t') || box_cells(line).is_some_and(|cells| cells.len() >= 2) {
        return true;
    }
    !is_spaced(line) && !line.contains(['。', '，', '；', ';']) && !has_sentence_comma(line) && (space_aligned_cells(line).count() >= 3 || spaced_headings(line).is_some_and(|cells| cells.len() >= 3))
}

/// “┌────┬──────┐”, “├────┼──────┤”: a rule of a table drawn with box characters (copied from OCR or a
/// text export) — no row of it, dropped as a page number is, so its rows read on across it.
fn is_box_border(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.chars().all(|c| ('\u{2500}'..='\u{257F}').contains(&c) || c.is_whitespace()) && !line.contains(BOX_BARS)
}

/// The most columns a table's header or box-drawn row is read with (a header has tens at most).
const MOST_COLUMNS: usize = 60;

/// The vertical bars of a table drawn with box characters.
const BOX_BARS: [char; 2] = ['│', '┃'];

/// “│1   │某某经费│42.00│41.20│98.10%│”: a row of a table drawn with box characters, its cells between its bars
/// (each with where it starts in `line`, trimmed). `None` for a line without two bars.
pub fn box_cells(line: &str) -> Option<Vec<(usize, &str)>> {
    // A table has tens of columns at most: a line of more bars is no row to read cell by cell.
    if line.matches(BOX_BARS).nth(MOST_COLUMNS).is_some() {
        return None;
    }
    let first = line.find(BOX_BARS)?;
    let last = line.rfind(BOX_BARS).filter(|&last| last > first)?;
    let inner = line.get(first..last)?;
    let mut out = Vec::new();
    for (at, bar) in inner.match_indices(BOX_BARS) {
        let from = first + at + bar.len();
        let to = inner.get(at + bar.len()..).and_then(|rest| rest.find(BOX_BARS)).map_or(last, |next| from + next);
        let cell = line.get(from..to)?;
        let lead = cell.len() - cell.trim_start().len();
        out.push((from + lead, cell.trim()));
    }
    Some(out)
}

/// “序号 项目名称          预算数（万元） 实际支出（万元） 执行率”: a header aligned by spaces over its rows may
/// keep one blank between headings set close — each word of a line of short headings alone (no figure, no
/// sentence), in pieces by runs of blanks, is a heading of its own, as its rows' cells under it are. `None`
/// for any other line, or one of one word to a piece already.
pub fn spaced_headings(line: &str) -> Option<Vec<(usize, &str)>> {
    if line.split(' ').filter(|w| !w.is_empty()).nth(MOST_COLUMNS).is_some() {
        return None;
    }
    let pieces: Vec<(usize, &str)> = space_aligned_cells(line).collect();
    let heading = |w: &str| (1..=10).contains(&w.chars().count()) && !w.chars().any(|c| fold_digit(c).is_ascii_digit() || "，。；：,;:、".contains(c));
    let all_headings = pieces.iter().all(|(_, piece)| piece.split(' ').filter(|w| !w.is_empty()).all(heading));
    if pieces.len() < 2 || !all_headings || pieces.iter().all(|(_, piece)| !piece.contains(' ')) {
        return None;
    }
    let mut out = Vec::with_capacity(pieces.len() + 4);
    for (start, piece) in pieces {
        let mut at = start;
        for word in piece.split(' ') {
            if !word.is_empty() {
                out.push((at, word));
            }
            at += word.len() + 1;
        }
    }
    Some(out)
}

/// “过程    预算执行    预算完成率    8    97.02%    100%得满分，每低5个百分点扣2分    6” under a table aligned by
/// spaces: a row whose one cell of words is a 评分标准 with its clauses (“，”, “；” inside it) — still a row of the
/// table. A line of prose spaced out leaves its marks at its pieces' ends (“全年支出  120万元，  比上年…”).
fn is_rule_row(line: &str) -> bool {
    let line = line.trim();
    let cells: Vec<&str> = space_aligned_cells(line).map(|(_, cell)| cell).collect();
    const MARKS: [char; 4] = ['，', '；', ';', ','];
    let mut with_marks = cells.iter().filter(|cell| cell.contains(MARKS));
    let inside = |cell: &str| !cell.starts_with(MARKS) && !cell.ends_with(MARKS);
    // A rule of its score (“得分”), or why points were taken off (“每超1个百分点扣0.5分”).
    let one_cell = with_marks.next().is_some_and(|cell| inside(cell) && cell.contains(['得', '扣']) && cell.contains('分')) && with_marks.next().is_none();
    !is_spaced(line) && !line.contains('。') && cells.len() >= 4 && one_cell
}

/// “总分                92.31” under a table aligned by spaces: its total row, two cells only (its name and one
/// figure, the other columns left blank) — still a row of the table, not a line of words ending it.
fn is_total_row(line: &str) -> bool {
    let mut cells = space_aligned_cells(line.trim());
    let (Some((_, name)), Some((_, figure)), None) = (cells.next(), cells.next(), cells.next()) else { return false };
    let figure_only = figure.chars().all(|c| c.is_ascii_digit() || ".,%".contains(c)) && figure.starts_with(|c: char| c.is_ascii_digit());
    ["合计", "总计", "总分", "总得分", "小计"].iter().any(|w| name.starts_with(w)) && name.chars().count() <= 8 && figure_only
}

/// Whether a “,” in `line` separates clauses, not a figure's thousands (“210,000”).
fn has_sentence_comma(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    let digit_at = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_some_and(char::is_ascii_digit);
    (0..chars.len()).any(|i| chars[i] == ',' && !(digit_at(i.checked_sub(1)) && digit_at(Some(i + 1))))
}

/// The cells of a line aligned by spaces: its pieces between runs of two blanks or more.
pub fn space_aligned_cells(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pieces = Vec::new();
    let (mut start, mut blanks, mut run_start) = (0, 0, 0);
    for (at, c) in line.char_indices() {
        // A no-break space (U+00A0) a PDF or a web page copies is a blank as a space is.
        if c == ' ' || c == '\u{3000}' || c == '\u{a0}' {
            if blanks == 0 {
                run_start = at;
            }
            blanks += 1;
            continue;
        }
        // “合计   11,620.00 11,595.49  99.79%”: a cell whose figure was wide takes up its gap to the next — one
        // blank after an amount with its decimals, before another figure, parts two cells all the same.
        let amounts_apart = blanks == 1 && (c.is_ascii_digit() || c == '-') && ends_on_decimals(&line[start..run_start]);
        if (blanks >= 2 || amounts_apart) && run_start > start {
            pieces.push((start, &line[start..run_start]));
            start = at;
        } else if blanks >= 2 {
            start = at;
        }
        blanks = 0;
    }
    let last = line[start..].trim_end_matches([' ', '\u{3000}', '\u{a0}']);
    if !last.is_empty() {
        pieces.push((start, last));
    }
    pieces.into_iter()
}

/// Whether a cell ends on an amount with its decimals (“11,620.00”, “99.79%”): a figure complete, so a blank
/// after it is no thousands' gap an OCR left (“1 068.55”).
fn ends_on_decimals(cell: &str) -> bool {
    let figure = cell.trim_end_matches('%');
    let decimals = figure.len() - figure.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    decimals > 0 && figure[..figure.len() - decimals].ends_with('.') && figure[..figure.len() - decimals - 1].ends_with(|c: char| c.is_ascii_digit())
}

/// “一、”, “（三）”, “(2)”, “1．”, “2、”, “第一部分”: a heading or a numbered paragraph starts here.
pub fn is_heading(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\u{3000}', '\t']);
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let mut chars = line.chars();
    let Some(first) = chars.next() else { return false };
    let rest: String = chars.clone().collect();
    if numeral(first) {
        let after = rest.trim_start_matches(numeral);
        return after.starts_with(['、', '.', '．']);
    }
    if "（(".contains(first) {
        let inner = rest.trim_start_matches(|c: char| numeral(c) || fold_digit(c).is_ascii_digit());
        return inner.len() < rest.len() && inner.starts_with(['）', ')']);
    }
    if fold_digit(first).is_ascii_digit() {
        let after = rest.trim_start_matches(|c: char| fold_digit(c).is_ascii_digit());
        let mut after = after.chars();
        // “1．预算执行率” is a heading, “1.5万元” a number.
        return match (after.next(), after.next()) {
            (Some('、'), _) => true,
            (Some('.' | '．'), Some(next)) => !fold_digit(next).is_ascii_digit(),
            _ => false,
        };
    }
    first == '第' && rest.chars().take_while(|c| numeral(*c)).count() > 0 && ["部分", "章", "节"].iter().any(|w| rest.contains(w))
}

/// A running header: a short line without a sentence's end or a figure, repeated on several pages (the
/// report's title, usually), perhaps with its page number on the same line.
fn drop_running_headers(pasted: &str, lines: &mut [Line]) {
    let key = |line: &Line| header_key(&pasted[line.start..line.end]);
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for line in lines.iter().filter(|l| !l.heading && !l.table && !l.dropped) {
        if let Some(key) = key(line) {
            *counts.entry(key).or_default() += 1;
        }
    }
    for line in lines.iter_mut().filter(|l| !l.heading && !l.table && !l.dropped) {
        if key(line).is_some_and(|k| counts.get(&k).is_some_and(|n| *n >= 2) && names_the_report_or_unit(&k)) {
            line.dropped = true;
        }
    }
    drop_title_beside_page_numbers(pasted, lines);
}

/// Whether a line said again and again names the report or the unit, as a page's running header does — not a
/// label of a table copied one cell to a line, which each 自评表 repeats (“年度资金总额”, “上年结转资金”).
fn names_the_report_or_unit(key: &str) -> bool {
    const REPORT: [&str; 5] = ["报告", "自评", "评价", "绩效", "总结"];
    const UNIT: [&str; 16] = ["局", "委", "委员会", "办", "办公室", "中心", "院", "所", "站", "馆", "会", "部", "政府", "处", "队", "社"];
    REPORT.iter().any(|w| key.contains(w)) || UNIT.iter().any(|w| key.ends_with(w))
}

/// “第3页⏎某县人民检察院2020年度部门整体支出绩效自评情况报告”: the report's title (its first line, or its first
/// two where it is broken over them) once more right beside a page number is that page's running header, though
/// it runs only once.
fn drop_title_beside_page_numbers(pasted: &str, lines: &mut [Line]) {
    let words = |line: &Line| pasted[line.start..line.end].trim();
    let written: Vec<usize> = (0..lines.len()).filter(|&i| !words(&lines[i]).is_empty()).collect();
    let (Some(&first), second) = (written.first(), written.get(1).copied()) else { return };
    let mut titles: Vec<String> = header_key(words(&lines[first])).into_iter().collect();
    if let Some(second) = second {
        titles.extend(header_key(&format!("{}{}", words(&lines[first]), words(&lines[second]))));
    }
    // The title's words from its year on (“年度部门整体支出绩效自评报告”): a running header may shorten the unit's
    // name before them (“某县残联2024年度…” for “某县残疾人联合会2024年度…”), not these.
    let kinds: Vec<String> = titles.iter().filter_map(|title| title.find("年度").map(|at| title[at..].to_string())).filter(|kind| kind.chars().count() >= 8).collect();
    let paged: Vec<usize> = written.iter().copied().filter(|&i| lines[i].dropped && is_page_number(words(&lines[i]))).collect();
    for page in paged {
        let at = written.partition_point(|&i| i < page);
        let beside = [at.checked_sub(1).and_then(|k| written.get(k)), written.get(at + 1)];
        for &i in beside.into_iter().flatten() {
            let title = header_key(words(&lines[i])).is_some_and(|key| titles.contains(&key) || kinds.iter().any(|kind| key.len() > kind.len() && key.ends_with(kind.as_str())));
            if i > second.unwrap_or(first) && title && !lines[i].table {
                lines[i].dropped = true;
            }
        }
    }
}

/// What a header line says without its blanks and page number, if it can be a running header.
fn header_key(line: &str) -> Option<String> {
    let line = line.trim();
    let count = line.chars().count();
    if !(6..=60).contains(&count) || line.contains(['。', '，', '；', ',', ';', '：', ':']) {
        return None;
    }
    // Digits only as a year (“2024年度”) or a page number: a line with a figure is content.
    let mut digits = 0;
    let mut key = String::new();
    for c in line.chars() {
        if fold_digit(c).is_ascii_digit() {
            digits += 1;
            continue;
        }
        if digits > 0 && digits != 4 && !"—-－–页/ \u{3000}".contains(c) {
            return None;
        }
        digits = 0;
        if !c.is_whitespace() && !"—-－–第页共/".contains(c) {
            key.push(c);
        }
    }
    (key.chars().count() >= 6).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_their_usual_shapes() {
        for line in ["— 2 —", "-2-", "- 12 -", "第2页", "第 3 页 共 12 页", "－３－"] {
            assert!(is_page_number(line), "{line}");
        }
        for line in ["2", "第一书记", "预算执行率100%", "— 说明 —"] {
            assert!(!is_page_number(line), "{line}");
        }
    }

    #[test]
    fn headings_and_not_numbers() {
        for line in ["一、部门概况", "（三）履职效能", "(2)预算控制率", "1．预算执行率100%", "2、公用经费", "十二、附件", "第一部分 部门概况"] {
            assert!(is_heading(line), "{line}");
        }
        for line in ["1.5万元的结余", "2024年度", "（其中：政策性追加）", "预算执行率"] {
            assert!(!is_heading(line), "{line}");
        }
    }

    /// A table drawn with box characters: its rules are dropped as page numbers are, its rows are rows, their
    /// cells between the bars.
    #[test]
    fn a_table_drawn_with_box_characters() {
        for rule in ["┌──┬────┐", "├──┼────┤", "  └──┴────┘"] {
            assert!(is_box_border(rule), "{rule}");
        }
        assert!(!is_box_border("│1 │甲│") && !is_box_border("———"), "a row, a dash");
        let row = "│2   │河道清淤│ 18.50│17.95 │97.03%│";
        let cells: Vec<&str> = box_cells(row).into_iter().flatten().map(|(at, cell)| &row[at..at + cell.len()]).collect();
        assert_eq!(cells, ["2", "河道清淤", "18.50", "17.95", "97.03%"]);
        assert!(is_table_row(row));
        assert_eq!(box_cells("只有一条│竖线"), None);
        assert_eq!(box_cells(&"│甲".repeat(100)), None, "no table has a hundred columns");
        assert_eq!(spaced_headings(&"预算 支出  ".repeat(100)), None, "nor a header two hundred headings");
    }

    /// Headings one blank apart inside a header's pieces are headings each; a line of words, or of figures, is
    /// no such header.
    #[test]
    fn headings_one_blank_apart_are_cells_of_their_own() {
        let header = "序号 工程名称          年初预算 决算数（元） 完成率";
        let cells: Vec<&str> = spaced_headings(header).into_iter().flatten().map(|(at, cell)| &header[at..at + cell.len()]).collect();
        assert_eq!(cells, ["序号", "工程名称", "年初预算", "决算数（元）", "完成率"]);
        assert!(is_table_row(header));
        assert_eq!(spaced_headings("道路养护          120.00 118.00"), None, "figures are no headings");
        assert_eq!(spaced_headings("工程名称          年初预算     决算数"), None, "one heading to a piece already");
        assert_eq!(spaced_headings("说明：以下各项          均按 实际发生数 列支"), None, "a sentence");
    }

    #[test]
    fn rows_with_a_rule_of_clauses_under_a_table_aligned_by_spaces_are_its_rows() {
        assert!(is_rule_row("过程       预算执行           预算完成率        8   97.02%        100%得满分，每低5个百分点扣2分       6"));
        assert!(is_rule_row("效果   满意度   90   ≥95%得满分；每低1个百分点扣0.5分   9.5"));
        assert!(!is_rule_row("全年支出  120万元，  比上年减少  5万元"));
        assert!(!is_rule_row("全年支出  120万元，比上年减少5万元，  得分  5分"), "clauses in two pieces");
        assert!(!is_rule_row("说明：其余指标  得满分，每超  1个百分点扣0.5分。"));
        let text = "一级指标   三级指标        分值   实际值    评分标准                        得分\n过程       预算完成率       8   97.02%    100%得满分，每低5个百分点扣2分    6\n";
        assert!(lines(text).iter().all(|line| line.table), "{:?}", lines(text));
        assert!(!lines("全年支出  120万元，  比上年  减少5万元  得分，  共5分\n").iter().any(|line| line.table));
    }

    #[test]
    fn rows_aligned_by_spaces_are_table_rows() {
        assert!(is_table_row("科目          本年预算     上年预算     差额"));
        assert!(is_table_row("  其中：办公费      3.10       2.95      0.15"));
        assert!(!is_table_row("表3  支出情况表（单位：万元）"));
        assert!(!is_table_row("全年支出  120万元，  比上年减少  5万元"));
        assert!(is_table_row("  乡村道路养护          310,500      298,040     95.99%"), "thousands separators are no clauses");
        assert!(!is_table_row("全年支出  120万元,  比上年减少  5万元"));
        let text = "指标          分值    得分\n资金到位率    40      38\n总得分              88.5\n说明  见附件3\n";
        let table: Vec<bool> = lines(text).iter().map(|l| l.table).collect();
        assert_eq!(table, [true, true, true, false], "a total row of two cells under the table is its row");
        let cells: Vec<(usize, &str)> = space_aligned_cells("合 计    1.50   2\u{3000}\u{3000}x ").collect();
        assert_eq!(cells, vec![(0, "合 计"), (11, "1.50"), (18, "2"), (25, "x")]);
        // A wide figure leaves one blank before the next: two cells still; a blank inside an amount's
        // thousands (an OCR's) is none.
        let cells: Vec<&str> = space_aligned_cells("合计        4,250.00 4,012.36   94.41%").map(|(_, c)| c).collect();
        assert_eq!(cells, ["合计", "4,250.00", "4,012.36", "94.41%"]);
        let cells: Vec<&str> = space_aligned_cells("馆舍维修    1 068.55    1 020.40").map(|(_, c)| c).collect();
        assert_eq!(cells, ["馆舍维修", "1 068.55", "1 020.40"]);
    }

    #[test]
    fn spaced_lines() {
        assert!(is_spaced("预 算 执 行 率 为 9 8 . 6 7 %"));
        assert!(!is_spaced("预算执行率为98.67%"));
        assert!(!is_spaced("Budget execution rate was high"));
    }

    #[test]
    fn a_title_repeated_as_running_header_is_dropped_but_not_a_line_with_figures() {
        let text = "某局2023年度部门整体支出绩效自评报告\n正文一\n— 2 —\n某局2023年度部门整体支出绩效自评报告\n正文二\n合计 100\n合计 100\n";
        let kept: Vec<&str> = lines(text).iter().filter(|l| !l.dropped).map(|l| &text[l.start..l.end]).collect();
        assert_eq!(kept, ["正文一", "正文二", "合计 100", "合计 100"]);
    }

    /// Two 自评表 copied one cell to a line repeat their labels (“年度资金总额”, “上年结转资金”): those are cells, kept;
    /// the report's title said again between them is its running header.
    #[test]
    fn labels_each_sheet_repeats_are_no_running_header() {
        let sheet = "项目资金（万元）\n年初预算数\n全年执行数\n年度资金总额\n50.00\n48.00\n上年结转资金\n0.00\n0.00\n";
        let text = format!("某县档案馆2024年度部门整体支出绩效自评报告\n{sheet}某县档案馆2024年度部门整体支出绩效自评报告\n{sheet}");
        let dropped: Vec<&str> = lines(&text).iter().filter(|l| l.dropped).map(|l| &text[l.start..l.end]).collect();
        assert_eq!(dropped, ["某县档案馆2024年度部门整体支出绩效自评报告"; 2]);
    }

    /// The title naming the unit in full over two lines, its running header with the unit's short name.
    #[test]
    fn a_running_header_shortening_the_units_name_beside_a_page_number_is_dropped() {
        let text = "某某县农业农村局\n2022年度部门整体支出绩效自评报告\n正文一\n— 3 —\n某县农业局2022年度部门整体支出绩效自评报告\n正文二\n";
        let kept: Vec<&str> = lines(text).iter().filter(|l| !l.dropped).map(|l| &text[l.start..l.end]).collect();
        assert_eq!(kept, ["某某县农业农村局", "2022年度部门整体支出绩效自评报告", "正文一", "正文二"]);
    }

    #[test]
    fn a_running_title_shortening_the_units_name_beside_a_page_number_is_dropped() {
        let text = "某某市气象灾害防御服务中心\n2022年度部门整体支出绩效自评报告\n正文一\n第3页\n某市气防中心2022年度部门整体支出绩效自评报告\n正文二\n某市气防中心年度工作总结报告\n";
        let kept: Vec<&str> = lines(text).iter().filter(|l| !l.dropped).map(|l| &text[l.start..l.end]).collect();
        // Not beside a page number, or not ending on the title's words, a line is the text's.
        assert_eq!(kept, ["某某市气象灾害防御服务中心", "2022年度部门整体支出绩效自评报告", "正文一", "正文二", "某市气防中心年度工作总结报告"]);
    }

    #[test]
    fn joins() {
        let text = "本单位本年度全年预算数为1,04\n6.50万元，其中\n人员经费 209.95\n公用经费。\n（二）项目";
        let l = lines(text);
        assert_eq!(join(text, &l[0], &l[1]), Join::Number);
        assert_eq!(join(text, &l[1], &l[2]), Join::Soft);
        assert_eq!(join(text, &l[2], &l[3]), Join::Gap);
        assert_eq!(join(text, &l[3], &l[4]), Join::Break);
    }

    #[test]
    fn a_short_heading_whose_sentence_runs_on_is_a_wrapped_paragraph() {
        let text = "2.项目支出。项目支出86.40万元，主要为\n防汛物资采购52.10万元。\n（三）政府采购\n全年采购12.00万元。";
        let l = lines(text);
        assert!(l[0].heading);
        assert_eq!(join(text, &l[0], &l[1]), Join::Soft);
        assert_eq!(join(text, &l[2], &l[3]), Join::Break, "a title alone still stands apart");
        let titled = "（一）自评结论：良\n本单位全年工作";
        let l = lines(titled);
        assert_eq!(join(titled, &l[0], &l[1]), Join::Break, "a word or two after the colon is the heading's own");
    }

    #[test]
    fn a_short_line_broken_before_the_decimal_point_is_one_figure() {
        let text = "本年支出合计38\n．25万元，较上年\n2024\n年度";
        let l = lines(text);
        assert_eq!(join(text, &l[0], &l[1]), Join::Number);
        assert_eq!(join(text, &l[2], &l[3]), Join::Gap, "a year before 年 on the next line is no decimal");
    }

    #[test]
    fn a_block_of_formulas_one_a_line_is_one_sentence_a_line() {
        let text = "人员控制率＝40／42×100%＝95.24%\n“三公”经费节约率＝（8.00－7.20）／8.00×100%＝10.00%（主要为压减公务接待）\n执行率为99.10%\n比上年提高1.2个百分点";
        let l = lines(text);
        assert_eq!(join(text, &l[0], &l[1]), Join::Break);
        assert_eq!(join(text, &l[1], &l[2]), Join::Break);
        assert_eq!(join(text, &l[2], &l[3]), Join::Soft, "a sentence going on after its rate is still healed");
        let wrapped = "本年度部门预算执行率＝1,205.40／1,230.00×100%＝98.\n00%\n较上年提高";
        let l = lines(wrapped);
        assert_eq!(join(wrapped, &l[0], &l[1]), Join::Number);
    }

    #[test]
    fn a_table_row_the_copy_broke_is_one_row_again() {
        let text = "序号\t项目\t预算\t执行数\t执行率\n1\t巡河保洁\t90.00\t88\n.20\t98.00%\n2\t水质监测\t40.00\t36.80\n\t92.00%\n3\t堤岸修缮\t60.00\t57.60\t96.0\n0%\n";
        let rows: Vec<&str> = lines(text).iter().map(|l| &text[l.start..l.end]).collect();
        assert_eq!(rows[1..], ["1\t巡河保洁\t90.00\t88\n.20\t98.00%", "2\t水质监测\t40.00\t36.80\n\t92.00%", "3\t堤岸修缮\t60.00\t57.60\t96.0\n0%"]);
    }

    #[test]
    fn a_whole_row_under_a_merged_cell_is_a_row_of_its_own() {
        let text = "项目\t预算\t执行数\t执行率\n人员经费\t100.00\t99.00\t99.00%\n\t50.00\t49.00\t98.00%\n合计\t150.00\t148.00\n98.67%\n\t25.00\t24\n98.00%\n";
        let rows: Vec<&str> = lines(text).iter().map(|l| &text[l.start..l.end]).collect();
        assert_eq!(rows, ["项目\t预算\t执行数\t执行率", "人员经费\t100.00\t99.00\t99.00%", "\t50.00\t49.00\t98.00%", "合计\t150.00\t148.00", "98.67%", "\t25.00\t24", "98.00%"]);
    }
}
