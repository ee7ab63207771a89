//! The browser clock, for the `saved_at` stamp and aside-keys, and the day a report is dated.

use crate::core::reading::date::CivilDate;

/// Now, as ISO 8601 (`2025-03-01T08:00:00.000Z`).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today on the clerk's own calendar (local time): the 成文日期 when the draft leaves it blank.
pub fn today() -> CivilDate {
    let now = js_sys::Date::new_0();
    CivilDate { year: now.get_full_year() as i32, month: now.get_month() + 1, day: now.get_date() }
}
