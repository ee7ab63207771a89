//! What a person typed, made comparable: full-width forms (全角) folded to ASCII, outer blanks trimmed.
//!
//! Chinese input methods produce full-width digits and punctuation by default; a clerk should never have
//! to switch modes to enter a figure.

/// Folds full-width digits, point, comma, minus and space to ASCII and trims blanks at both ends.
pub fn normalise(typed: &str) -> String {
    typed
        .chars()
        .map(fold_full_width)
        .collect::<String>()
        .trim()
        .to_string()
}

fn fold_full_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' | '。' => '.',
        '，' => ',',
        '－' | '−' | '—' => '-',
        '\u{3000}' | '\u{a0}' | '\t' => ' ',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn folds_full_width_forms() {
        assert_eq!(normalise("　１，２３４．５ "), "1,234.5");
        assert_eq!(normalise("－３"), "-3");
    }
}
