//! The name a draft goes by in lists, headers and messages: its 草稿名称 if the clerk gave one, else the
//! unit and the year as the report will print them (`２０２４` typed reads `2024`), else 未命名草稿.

use crate::core::reading::date::parse_year;

pub fn draft_name(title: &str, unit: &str, year: &str) -> String {
    let (title, unit) = (title.trim(), unit.trim());
    if !title.is_empty() {
        return title.to_string();
    }
    let year = match parse_year(year) {
        Ok(Some(year)) => year.to_string(),
        _ => year.trim().to_string(),
    };
    match (unit.is_empty(), year.is_empty()) {
        (true, true) => "未命名草稿".to_string(),
        (false, true) => unit.to_string(),
        _ => format!("{unit}{year}年度"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_wins_then_unit_and_year_as_printed() {
        assert_eq!(draft_name(" 初稿 ", "桃江县总工会", "2024"), "初稿");
        assert_eq!(draft_name("", "桃江县总工会", "２０２４"), "桃江县总工会2024年度");
        assert_eq!(draft_name("", "桃江县总工会", ""), "桃江县总工会");
        assert_eq!(draft_name("", "", "2024年"), "2024年度");
        assert_eq!(draft_name("", "", "  "), "未命名草稿");
        assert_eq!(draft_name("", "某局", "二〇二四"), "某局二〇二四年度", "an unreadable year is kept as typed");
    }
}
