//! The browser clock, for the `saved_at` stamp and aside-keys.

/// Now, as ISO 8601 (`2025-03-01T08:00:00.000Z`).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
