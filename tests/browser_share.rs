//! The share links' compression in a real browser (headless Chromium): deflate then inflate is the
//! identity, inflating stops at its limit, and damaged data is refused — both by the browser's raw
//! deflate and by the zlib path that browsers before Chromium 103 take.
#![cfg(target_arch = "wasm32")]

use jixiao::browser::deflate::{deflate, inflate, inflate_as_zlib, InflateError};
use jixiao::core::document::share::{fragment, link_text, read_fragment, MAX_UNPACKED_BYTES};
use jixiao::core::examples;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_draft_survives_deflate_fragment_and_inflate() {
    let text = link_text(&examples::taojiang_2024());
    let compressed = deflate(text.as_bytes()).await.unwrap();
    assert!(compressed.len() < text.len() / 2, "{} of {}", compressed.len(), text.len());
    let read = read_fragment(&fragment(&compressed)).unwrap();
    let unpacked = inflate(&read, MAX_UNPACKED_BYTES).await.unwrap();
    assert_eq!(String::from_utf8(unpacked).unwrap(), text);
}

#[wasm_bindgen_test]
async fn inflating_stops_at_its_limit() {
    let spaces = vec![b' '; 300_000];
    let compressed = deflate(&spaces).await.unwrap();
    assert_eq!(inflate(&compressed, 100_000).await, Err(InflateError::TooLarge));
    assert_eq!(inflate(&compressed, 300_000).await.map(|b| b.len()), Ok(300_000));
}

#[wasm_bindgen_test]
async fn damaged_data_is_refused() {
    let compressed = deflate("一份草稿".repeat(50).as_bytes()).await.unwrap();
    assert_eq!(inflate(&compressed[..compressed.len() / 2], MAX_UNPACKED_BYTES).await, Err(InflateError::Damaged));
    assert_eq!(inflate(&[0xff, 0xff, 0xff, 0x00], MAX_UNPACKED_BYTES).await, Err(InflateError::Damaged));
}

#[wasm_bindgen_test]
async fn the_zlib_path_reads_the_same_links_as_raw_deflate() {
    let text = link_text(&examples::taojiang_2024());
    let compressed = deflate(text.as_bytes()).await.unwrap();
    let unpacked = inflate_as_zlib(&compressed, MAX_UNPACKED_BYTES).await.unwrap();
    assert_eq!(String::from_utf8(unpacked).unwrap(), text);
    // Output that does not fill a single piece, and empty input.
    assert_eq!(inflate_as_zlib(&deflate(b"x").await.unwrap(), 10).await, Ok(b"x".to_vec()));
    assert_eq!(inflate_as_zlib(&deflate(b"").await.unwrap(), 10).await, Ok(Vec::new()));
}

#[wasm_bindgen_test]
async fn the_zlib_path_stops_at_its_limit_and_refuses_damaged_data() {
    let spaces = deflate(&vec![b' '; 300_000]).await.unwrap();
    assert_eq!(inflate_as_zlib(&spaces, 100_000).await, Err(InflateError::TooLarge));
    assert_eq!(inflate_as_zlib(&spaces, 300_000).await.map(|b| b.len()), Ok(300_000));
    let compressed = deflate("一份草稿".repeat(50).as_bytes()).await.unwrap();
    assert_eq!(inflate_as_zlib(&compressed[..compressed.len() / 2], MAX_UNPACKED_BYTES).await, Err(InflateError::Damaged));
    assert_eq!(inflate_as_zlib(&[0xff, 0xff, 0xff, 0x00], MAX_UNPACKED_BYTES).await, Err(InflateError::Damaged));
    let mut trailing = compressed.clone();
    trailing.extend_from_slice(b"junk");
    assert_eq!(inflate_as_zlib(&trailing, MAX_UNPACKED_BYTES).await, Err(InflateError::Damaged));
    assert_eq!(inflate(&trailing, MAX_UNPACKED_BYTES).await, Err(InflateError::Damaged));
}
