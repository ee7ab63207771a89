//! Compression by the browser's own `CompressionStream('deflate-raw')` (Chromium 103+): nearly free
//! in the Wasm, where a compression crate costs 4–13 KB (measured: see README, Bytes).
//!
//! Inflating reads the stream piece by piece and stops past a limit, so a small link that unpacks to
//! gigabytes is refused without ever holding them.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair, Response};

#[wasm_bindgen]
extern "C" {
    /// web-sys has these only behind its unstable-API flag; the constructor is all that is needed.
    #[wasm_bindgen(js_name = CompressionStream)]
    type CompressionStream;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type DecompressionStream;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// Why bytes could not be inflated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InflateError {
    /// Not deflate data (cut short, or changed).
    Damaged,
    /// More than the limit would come out.
    TooLarge,
    /// The browser cannot decompress (too old).
    Unsupported,
}

fn stream_of(bytes: &[u8]) -> Result<ReadableStream, JsValue> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    Ok(Blob::new_with_u8_array_sequence(&parts)?.stream())
}

/// Compresses bytes with raw deflate.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let run = async {
        let compressor = CompressionStream::new("deflate-raw")?;
        let compressed = stream_of(bytes)?.pipe_through(compressor.unchecked_ref::<ReadableWritablePair>());
        let response = Response::new_with_opt_readable_stream(Some(&compressed))?;
        let buffer = JsFuture::from(response.array_buffer()?).await?;
        Ok::<_, JsValue>(Uint8Array::new(&buffer).to_vec())
    };
    run.await.map_err(|_| "此浏览器无法压缩数据，请改用“导出草稿文件”".to_string())
}

/// Inflates raw deflate data, refusing to produce more than `limit` bytes.
pub async fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    let decompressor = DecompressionStream::new("deflate-raw").map_err(|_| InflateError::Unsupported)?;
    let source = stream_of(bytes).map_err(|_| InflateError::Unsupported)?;
    let output = source.pipe_through(decompressor.unchecked_ref::<ReadableWritablePair>());
    let reader: ReadableStreamDefaultReader = output.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| InflateError::Damaged)?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done")).map_err(|_| InflateError::Damaged)?;
        if done.is_truthy() {
            return Ok(out);
        }
        let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).map_err(|_| InflateError::Damaged)?;
        let piece: Uint8Array = value.dyn_into().map_err(|_| InflateError::Damaged)?;
        if out.len() + piece.length() as usize > limit {
            let _ = reader.cancel();
            return Err(InflateError::TooLarge);
        }
        out.extend(piece.to_vec());
    }
}
