//! Opening the browser's print dialog (where the clerk chooses “save as PDF”).

/// Opens the print dialog; returns whether the browser accepted.
pub fn print_page() -> bool {
    web_sys::window().is_some_and(|window| window.print().is_ok())
}
