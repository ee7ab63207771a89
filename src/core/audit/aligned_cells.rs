//! A table aligned by spaces leaves a blank cell as a wider run of blanks (“合计      7,210.00    7,068.31”
//! under “项目名称  实施单位  预算数  实际支出  执行率”): read piece by piece, its figures would be aligned
//! from the right and each taken for the column after its own. Where the row's pieces stand under the
//! header's headings — as typed, a Chinese character two columns wide, an ASCII one — says which column
//! each is in, and where the blank cells are.

use std::ops::Range;

/// “…30%以上不得分 6.4”: a row aligned by spaces one cell short of its header's `width`, its last cell words
/// then a figure after a single blank (the typist's run of spaces shortened to one by a long rule): that
/// figure is the last column's, a cell of its own.
pub fn figure_run_on(pasted: &str, cells: &[Range<usize>], width: usize) -> Option<Vec<Range<usize>>> {
    let last = cells.last()?;
    let cell = pasted.get(last.clone())?;
    if cells.len() + 1 != width || cell.contains('\t') {
        return None;
    }
    let (words, figure) = cell.rsplit_once(' ')?;
    let is_figure = figure.starts_with(|c: char| c.is_ascii_digit()) && figure.chars().all(|c| c.is_ascii_digit() || c == '.') && figure.matches('.').count() <= 1;
    if !is_figure || words.is_empty() || words.ends_with(' ') || !words.ends_with(|c: char| !c.is_ascii()) {
        return None;
    }
    let mut out = cells.get(..cells.len() - 1)?.to_vec();
    out.push(last.start..last.start + words.len());
    out.push(last.end - figure.len()..last.end);
    Some(out)
}

/// The row's cells, one for each of the header's (a blank cell an empty range where it stands), where
/// its pieces fall under distinct headings in order; else the pieces as read. Only a row of fewer pieces
/// than the header has headings, both aligned by spaces (no tab), with two figures or more, is read so.
pub fn under_headings(pasted: &str, header: &Range<usize>, header_cells: &[Range<usize>], row: &Range<usize>, cells: &[Range<usize>]) -> Option<Vec<Range<usize>>> {
    let (header_line, row_line) = (pasted.get(header.clone())?, pasted.get(row.clone())?);
    if header_line.contains('\t') || row_line.contains('\t') || cells.len() >= header_cells.len() || cells.is_empty() {
        return None;
    }
    // One figure alone (“总分                94.5”) is the row's last column's, as typed loosely as it may be:
    // only figures side by side need telling apart.
    let figures = cells.iter().filter(|c| pasted.get((*c).clone()).is_some_and(|s| s.contains(|ch: char| ch.is_ascii_digit()))).count();
    if figures < 2 {
        return None;
    }
    // Each heading's column reaches to where the next one starts.
    let starts: Vec<usize> = header_cells.iter().map(|c| typed_width(pasted.get(header.start..c.start)?)).collect::<Option<_>>()?;
    let mut placed: Vec<Option<Range<usize>>> = vec![None; header_cells.len()];
    let mut last: Option<usize> = None;
    for cell in cells {
        let from = typed_width(pasted.get(row.start..cell.start)?)?;
        let to = from + typed_width(pasted.get(cell.clone())?)?;
        let column = most_under(&starts, from, to)?;
        // Two pieces under one heading, or out of order: not a row this reading can place.
        if last.is_some_and(|l| column <= l) {
            return None;
        }
        last = Some(column);
        *placed.get_mut(column)? = Some(cell.clone());
    }
    // A blank cell stands where the cell before it ends (at the row's start for the first).
    let mut at = row.start;
    let mut out = Vec::with_capacity(placed.len());
    for cell in placed {
        match cell {
            Some(cell) => {
                at = cell.end;
                out.push(cell);
            }
            None => out.push(at..at),
        }
    }
    Some(out)
}

/// “项目名称    年初预算及    实际    执行率⏎            追加（全年）   支出”: a header aligned by spaces whose
/// headings wrap onto a line of their rest — each piece of words under a heading of its own. The headings
/// whole (the rest joined to each), or `None` where the line is no such rest.
pub fn wrapped_headings(pasted: &str, header: &Range<usize>, header_cells: &[Range<usize>], line: &Range<usize>) -> Option<Vec<String>> {
    let (header_line, rest) = (pasted.get(header.clone())?, pasted.get(line.clone())?);
    if header_line.contains('\t') || rest.contains('\t') || !rest.starts_with([' ', '\u{3000}', '\u{a0}']) || rest.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let starts: Vec<usize> = header_cells.iter().map(|c| typed_width(pasted.get(header.start..c.start)?)).collect::<Option<_>>()?;
    let mut headings: Vec<String> = header_cells.iter().map(|c| pasted.get(c.clone()).unwrap_or_default().to_string()).collect();
    let mut last: Option<usize> = None;
    for (at, piece) in crate::core::audit::damage::space_aligned_cells(rest) {
        let from = typed_width(rest.get(..at)?)?;
        let column = most_under(&starts, from, from + typed_width(piece)?)?;
        if last.is_some_and(|l| column <= l) {
            return None;
        }
        last = Some(column);
        headings.get_mut(column)?.push_str(piece);
    }
    last.map(|_| headings)
}

/// The heading whose column (from its start to the next one's) the span `from..to` overlaps most; the
/// first of two alike.
fn most_under(starts: &[usize], from: usize, to: usize) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(usize::MAX);
        let overlap = to.min(end).saturating_sub(from.max(start));
        if overlap > 0 && best.is_none_or(|(_, b)| overlap > b) {
            best = Some((k, overlap));
        }
    }
    best.map(|(k, _)| k)
}

/// The width of `text` as typed in a fixed-width font: a Chinese character (or any other beyond ASCII) two
/// columns, an ASCII character (or a no-break space) one. `None` on a tab, whose width the reading cannot know.
fn typed_width(text: &str) -> Option<usize> {
    (!text.contains('\t')).then(|| text.chars().map(|c| if c.is_ascii() || c == '\u{a0}' { 1 } else { 2 }).sum())
}

#[cfg(test)]
mod run_on_tests {
    use super::*;

    #[test]
    fn a_figure_after_one_blank_at_the_end_of_a_short_row_is_the_last_columns() {
        let row = "过程   控制率   8   12.34%   (0,10%]得80%；30%以上不得分 6.4";
        let cells: Vec<Range<usize>> = crate::core::audit::damage::space_aligned_cells(row).map(|(at, c)| at..at + c.len()).collect();
        let split = figure_run_on(row, &cells, 6).expect("the score run on");
        assert_eq!(split.iter().map(|c| &row[c.clone()]).collect::<Vec<_>>(), ["过程", "控制率", "8", "12.34%", "(0,10%]得80%；30%以上不得分", "6.4"]);
        assert!(figure_run_on(row, &cells, 5).is_none(), "as many cells as the header: nothing run on");
        let year = "投入   预算   8   12.34%   截至2024年 12";
        let cells: Vec<Range<usize>> = crate::core::audit::damage::space_aligned_cells(year).map(|(at, c)| at..at + c.len()).collect();
        assert!(figure_run_on(year, &cells, 6).is_some_and(|c| &year[c[5].clone()] == "12"));
        let units = "投入   预算   8   12.34%   达到 95%";
        let cells: Vec<Range<usize>> = crate::core::audit::damage::space_aligned_cells(units).map(|(at, c)| at..at + c.len()).collect();
        assert!(figure_run_on(units, &cells, 6).is_none(), "a rate is no score");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::audit::tables::cells;

    fn placed(header: &str, row: &str) -> Option<Vec<String>> {
        let pasted = format!("{header}\n{row}");
        let header_range = 0..header.len();
        let row_range = header.len() + 1..pasted.len();
        let header_cells = cells(&pasted, header_range.start, header_range.end);
        let row_cells = cells(&pasted, row_range.start, row_range.end);
        let out = under_headings(&pasted, &header_range, &header_cells, &row_range, &row_cells)?;
        Some(out.iter().map(|c| pasted[c.clone()].to_string()).collect())
    }

    /// A header whose headings wrap onto a line of their rest: each piece joins the heading it stands under.
    #[test]
    fn the_rest_of_wrapped_headings_joins_the_heading_above_it() {
        let header = "工程名称      调整后      累计    完成率";
        let rest = "              预算数      拨付";
        let pasted = format!("{header}\n{rest}");
        let (header_range, rest_range) = (0..header.len(), header.len() + 1..pasted.len());
        let heads = cells(&pasted, header_range.start, header_range.end);
        let whole = wrapped_headings(&pasted, &header_range, &heads, &rest_range);
        assert_eq!(whole, Some(vec!["工程名称".into(), "调整后预算数".into(), "累计拨付".into(), "完成率".into()]));
        // A row of figures, or of words not indented under the headings, is no rest of them.
        assert_eq!(wrapped_headings(&format!("{header}\n河堤加固      80.00"), &header_range, &heads, &(header.len() + 1..header.len() + 1 + "河堤加固      80.00".len())), None);
        assert_eq!(wrapped_headings(&format!("{header}\n说明      见附件"), &header_range, &heads, &(header.len() + 1..header.len() + 1 + "说明      见附件".len())), None);
    }

    /// A 合计 row with its 责任科室 cell blank: its figures stand under 年初预算 and 决算数, not one column on.
    #[test]
    fn a_blank_cell_is_placed_by_where_the_figures_stand() {
        let header = "工程名称            责任科室  年初预算    决算数      完成率";
        let row = "总计                          412.50      398.20";
        assert_eq!(placed(header, row), Some(vec!["总计".into(), "".into(), "412.50".into(), "398.20".into(), "".into()]));
        // Figures set flush right under their headings are placed so too.
        let right = "总计                            412.50      398.20";
        assert_eq!(placed(header, right).map(|cells| cells[2..4].to_vec()), Some(vec!["412.50".into(), "398.20".into()]));
        // A full row, or one with tabs, is left as read.
        assert_eq!(placed(header, "道路维修            工务科    120.00      118.00      98.33%"), None);
        assert_eq!(placed("工程名称\t责任科室\t年初预算", "总计\t412.50"), None);
        // One figure alone is left to be read from the right, however loosely it was typed.
        assert_eq!(placed("指标名称　　　　  分值    得分", "总分                94.5"), None);
    }
}
