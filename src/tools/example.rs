//! The example (填入示例): the seed report in full, figures and text, as a draft document. It lives
//! here rather than in the page's module because its text is more bytes than the first visit should
//! carry for a button pressed once.

use wasm_bindgen::prelude::*;

use crate::core::document::write_document;
use crate::core::examples::taojiang_2024_in_full;

/// What to tell the clerk once the example is in, what to tell them when it was not put in (they had
/// started typing), and the example as a draft document's text, a line each. The notes are said here,
/// not in the page: their words are first-visit bytes for a button pressed once.
#[wasm_bindgen]
pub fn example_document() -> String {
    format!("{EXAMPLE_NOTE}\n{NOT_LOADED}\n{}", write_document(&taojiang_2024_in_full(), None))
}

const EXAMPLE_NOTE: &str = "已填入示例：桃江县总工会2024年度报告的数字和文字。其中1.14万元资金去向不明，是原报告本身的错漏，审校意见会指出它。";
const NOT_LOADED: &str = "已开始填写，示例未载入（不会覆盖已填写的内容）。";
