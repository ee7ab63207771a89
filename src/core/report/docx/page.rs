//! GB/T 9704-2012 in OOXML units: the page, the type sizes and the fonts, in one place.

/// Twentieths of a point per millimetre (1 mm = 72 / 25.4 pt).
const fn mm(millimetres: u32) -> u32 {
    millimetres * 1440 * 10 / 254
}

pub const PAGE_WIDTH: u32 = 11906; // A4, 210 mm
pub const PAGE_HEIGHT: u32 = 16838; // 297 mm
pub const MARGIN_TOP: u32 = mm(37);
pub const MARGIN_BOTTOM: u32 = mm(35);
pub const MARGIN_LEFT: u32 = mm(28);
pub const MARGIN_RIGHT: u32 = mm(26);
/// The footer's one line, exactly 4号 (14 pt) high and off the body's line grid, so that it sits
/// where it is put.
pub const FOOTER_LINE: u32 = 280;
/// Word measures the footer from the page's bottom edge to the foot of its line: that line's top is
/// then 7 mm below the text block (GB/T 9704 §7.5, as the print stylesheet places it).
pub const FOOTER: u32 = MARGIN_BOTTOM - mm(7) - FOOTER_LINE;
/// The text block's width, 156 mm.
pub const TEXT_WIDTH: u32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

/// Hundredths of a character (Word's `*Chars` unit; a body line holds 28 characters) in twips.
pub const fn chars(hundredths: u32) -> u32 {
    hundredths * TEXT_WIDTH / 2800
}
/// 22 lines in the 225 mm text block: the exact line pitch, in twentieths of a point.
pub const LINE: u32 = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / 22;
/// 28 characters of 16 pt in the 156 mm line: each set this many twips closer than its size (a run's
/// condensed spacing). Not a character grid: LibreOffice gives a 16 pt character two cells of a grid
/// narrower than it, half filling every line, while spacing is laid out alike by Word, WPS and LibreOffice.
pub const CONDENSED: i32 = (TEXT_WIDTH / 28) as i32 - 16 * 20;

/// Half-points: 3号 16 pt, 2号 22 pt, 4号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt.
pub const SIZE_3: u32 = 32;
pub const SIZE_2: u32 = 44;
pub const SIZE_4: u32 = 28;
pub const SIZE_SMALL_4: u32 = 24;
pub const SIZE_5: u32 = 21;
pub const SIZE_SMALL_5: u32 = 18;

/// The faces GB/T 9704 names, each with the names it goes by on Windows and 统信/麒麟 (fontTable's
/// altName, which WPS and Word use when the first is not installed).
pub const FONTS: [(&str, &str); 5] = [
    (FANGSONG, "仿宋,FangSong,STFangsong"),
    (XIAOBIAOSONG, "方正小标宋_GBK,华文中宋,STZhongsong,宋体"),
    (HEITI, "黑体,SimHei,STHeiti"),
    (KAITI, "楷体,KaiTi,STKaiti"),
    (SONGTI, "SimSun,STSong"),
];
pub const FANGSONG: &str = "仿宋_GB2312";
pub const XIAOBIAOSONG: &str = "方正小标宋简体";
pub const HEITI: &str = "黑体";
pub const KAITI: &str = "楷体_GB2312";
pub const SONGTI: &str = "宋体";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_is_22_lines_of_28_characters() {
        assert_eq!((MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT), (2097, 1984, 1587, 1474));
        assert_eq!(LINE, 579, "28.95 pt");
        assert_eq!(TEXT_WIDTH, 8845);
        // 28 characters of 16 pt, condensed, fit the line; one twip less condensed and they would not.
        let line = |condensed: i32| 28 * (16 * 20 + condensed);
        assert!(line(CONDENSED) <= TEXT_WIDTH as i32 && line(CONDENSED + 1) > TEXT_WIDTH as i32, "{CONDENSED}");
        assert_eq!(CONDENSED, -5, "a quarter point");
        assert_eq!(chars(2800), TEXT_WIDTH);
    }

    #[test]
    fn the_page_number_line_starts_7_mm_below_the_text_block() {
        // From the page's foot: the footer distance, then the number's line; above it, 7 mm to the block.
        assert_eq!(MARGIN_BOTTOM - FOOTER - FOOTER_LINE, mm(7));
        assert_eq!(FOOTER, 1308);
    }
}
