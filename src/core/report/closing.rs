//! The end of the 正文 (GB/T 9704-2012 §7.3.4, §7.3.5): the 附件说明 and the 落款, each line placed
//! here once, in hundredths of a character (the unit of Word's `*Chars` indents), so that print and
//! Word set them alike.

use super::{Align, Attachment};

/// One line of the closing: its text, alignment and indents in hundredths of a character of the body
/// text (a line is 28 characters). `hanging` pulls the first line back out of `left`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub text: String,
    pub align: Align,
    pub left: u32,
    pub hanging: u32,
    pub right: u32,
}

/// The 落款: the unit's name over the 成文日期 (`2025年3月20日`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    pub name: String,
    pub date: String,
}

/// One character, in the hundredths the indents are measured in.
const CHAR: u32 = 100;
/// The 附件说明 starts two characters in, like a paragraph (左空二字).
const NOTE_INDENT: u32 = 2 * CHAR;
const NOTE_LABEL: &str = "附件：";
/// The 成文日期 ends four characters from the right edge (右空四字).
const DATE_RIGHT: u32 = 4 * CHAR;

/// `附件：1．部门整体支出绩效评价基础数据表`, then `2．…` under the `1`: every attachment, in order (one of
/// several pages says how many: `3．项目支出绩效自评表（共2份）`). A name that runs over a line continues
/// under its own first character (§7.3.4).
pub fn attachment_note(attachments: &[Attachment]) -> Vec<Placed> {
    let numbers = Attachment::numbers(attachments);
    let mut lines = Vec::new();
    for (index, attachment) in attachments.iter().enumerate() {
        let number = numbers.get(index).copied().unwrap_or(index + 1);
        if index > 0 && numbers.get(index - 1) == Some(&number) {
            continue;
        }
        let copies = numbers.iter().filter(|n| **n == number).count();
        let title = if copies > 1 { format!("{}（共{copies}份）", attachment.title) } else { attachment.title.clone() };
        let number = format!("{number}．");
        let (lead, start) = if index == 0 { (NOTE_LABEL, NOTE_INDENT) } else { ("", NOTE_INDENT + width(NOTE_LABEL)) };
        let left = NOTE_INDENT + width(NOTE_LABEL) + width(&number);
        lines.push(Placed { text: format!("{lead}{number}{title}"), align: Align::Left, left, hanging: left - start, right: 0 });
    }
    lines
}

impl Signature {
    /// The name and the date, per §7.3.5.1 (a document to be sealed): the date 右空四字, the name
    /// centred over the date. A name too long to centre without crossing the right edge ends at the
    /// edge, and the date moves left with it, so the two stay centred on each other.
    pub fn lines(&self) -> [Placed; 2] {
        let (name, date) = (width(&self.name), width(&self.date));
        // Centred, the name's right space is the date's plus half of what the date is wider: twice it
        // is `centred - name`; a longer name's overrun, halved, is the shift.
        let centred = 2 * DATE_RIGHT + date;
        let shift = name.saturating_sub(centred) / 2;
        let right = |text: &str, right: u32| Placed { text: text.to_string(), align: Align::Right, left: 0, hanging: 0, right };
        [right(&self.name, centred.saturating_sub(name) / 2), right(&self.date, DATE_RIGHT + shift)]
    }
}

/// The width of `text` as set: a Chinese character or full-width mark is one character, an ASCII
/// digit or letter half of one (the year in `2025年3月20日` is two characters wide).
fn width(text: &str) -> u32 {
    text.chars().map(|c| if c.is_ascii() { CHAR / 2 } else { CHAR }).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attachment(title: &str) -> Attachment {
        Attachment { title: title.to_string(), blocks: Vec::new(), small_type: false }
    }

    #[test]
    fn the_note_lists_each_attachment_with_the_numbers_aligned() {
        let note = attachment_note(&[attachment("部门整体支出绩效评价基础数据表"), attachment("部门整体支出绩效自评表")]);
        let texts: Vec<&str> = note.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["附件：1．部门整体支出绩效评价基础数据表", "2．部门整体支出绩效自评表"]);
        // Names start 2 + 3 (附件：) + 1.5 (1．) characters in; the first line starts at 2, the second at 5.
        assert_eq!((note[0].left, note[0].left - note[0].hanging), (650, 200));
        assert_eq!((note[1].left, note[1].left - note[1].hanging), (650, 500));
        assert!(attachment_note(&[]).is_empty());
        let note = attachment_note(&[attachment("甲表"), attachment("乙表"), attachment("乙表")]);
        assert_eq!(note.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), ["附件：1．甲表", "2．乙表（共2份）"]);
        assert_eq!(Attachment::numbers(&[attachment("甲表"), attachment("乙表"), attachment("乙表")]), [1, 2, 2]);
    }

    #[test]
    fn the_name_is_centred_over_the_date_which_ends_four_characters_in() {
        let signature = Signature { name: "桃江县总工会".into(), date: "2025年3月20日".into() };
        let [name, date] = signature.lines();
        assert_eq!(date.right, 400);
        // The date is 6.5 characters, the name 6: a quarter of a character more space on the name's right.
        assert_eq!(name.right, 425);
        assert_eq!((name.align, date.align), (Align::Right, Align::Right));
        let long = Signature { name: "中共桃江县委机构编制委员会办公室".into(), date: "2025年3月20日".into() };
        let [name, date] = long.lines();
        // 16 characters centred on the date would cross the edge by 0.75: both move left by that much.
        assert_eq!((name.right, date.right), (0, 475));
    }
}
