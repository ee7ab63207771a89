//! The example (填入示例): the seed report in full, figures and text, as a draft document. It lives
//! here rather than in the page's module because its text is more bytes than the first visit should
//! carry for a button pressed once.

use wasm_bindgen::prelude::*;

use crate::core::document::write_document;
use crate::core::examples::taojiang_2024_in_full;

/// The example as a draft document's text.
#[wasm_bindgen]
pub fn example_document() -> String {
    write_document(&taojiang_2024_in_full(), None)
}
