//! Compression by the browser's own `CompressionStream` and `DecompressionStream`: nearly free in the
//! Wasm, where a compression crate costs 4–13 KB (measured: see README, Bytes).
//!
//! Share links carry raw deflate. Every supported browser (Chromium 80+) compresses the zlib format
//! (`'deflate'`), which is that raw data inside a small wrapping, so links are always made that way and
//! the wrapping taken off (`core::document::zlib`): one path, the same links everywhere. Browsers from
//! Chromium 103 inflate raw deflate directly; older ones are given the payload in the zlib wrapping.
//!
//! Inflating reads the stream piece by piece and stops past a limit, so a small link that unpacks to
//! gigabytes is refused without ever holding them.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair, Response};

use crate::core::document::zlib::{adler32, unwrap_zlib, wrap_zlib};

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
        let compressor = CompressionStream::new("deflate")?;
        let compressed = stream_of(bytes)?.pipe_through(compressor.unchecked_ref::<ReadableWritablePair>());
        let response = Response::new_with_opt_readable_stream(Some(&compressed))?;
        let buffer = JsFuture::from(response.array_buffer()?).await?;
        Ok::<_, JsValue>(Uint8Array::new(&buffer).to_vec())
    };
    let zlib = run.await.map_err(|_| "此浏览器无法压缩数据，请改用“导出草稿文件”".to_string())?;
    unwrap_zlib(&zlib).map(<[u8]>::to_vec).ok_or_else(|| "此浏览器压缩的数据格式不对，请改用“导出草稿文件”".to_string())
}

/// Inflates raw deflate data, refusing to produce more than `limit` bytes.
pub async fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    match decompress("deflate-raw", bytes, limit).await {
        Ok(output) if output.whole => Ok(output.bytes),
        Ok(_) => Err(InflateError::Damaged),
        Err(InflateError::Unsupported) => inflate_as_zlib(bytes, limit).await,
        Err(error) => Err(error),
    }
}

/// Inflates raw deflate data given to the browser in the zlib wrapping, for browsers that cannot
/// decompress raw deflate (Chromium before 103). The wrapping ends with the checksum of what comes out,
/// unknown until it has come out: a first pass without it gives the output (the decompressor complains
/// only where the checksum should follow), a second with it proves the data whole and unchanged.
pub async fn inflate_as_zlib(raw: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    let first = decompress("deflate", &wrap_zlib(raw, None), limit).await?;
    let checked = decompress("deflate", &wrap_zlib(raw, Some(adler32(&first.bytes))), limit).await?;
    if checked.whole { Ok(checked.bytes) } else { Err(InflateError::Damaged) }
}

/// What a decompressor gave: its output, and whether its input ended where the format says it ends.
struct Output {
    bytes: Vec<u8>,
    whole: bool,
}

/// Decompresses `bytes` in `format`, keeping what comes out before any complaint about the data.
async fn decompress(format: &str, bytes: &[u8], limit: usize) -> Result<Output, InflateError> {
    let decompressor = DecompressionStream::new(format).map_err(|_| InflateError::Unsupported)?;
    let source = stream_of(bytes).map_err(|_| InflateError::Unsupported)?;
    let output = source.pipe_through(decompressor.unchecked_ref::<ReadableWritablePair>());
    let reader: ReadableStreamDefaultReader = output.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let Ok(piece) = next_piece(&reader).await else {
            return Ok(Output { bytes: out, whole: false });
        };
        let Some(piece) = piece else {
            return Ok(Output { bytes: out, whole: true });
        };
        if out.len() + piece.length() as usize > limit {
            let _ = reader.cancel();
            return Err(InflateError::TooLarge);
        }
        out.extend(piece.to_vec());
    }
}

/// The next piece a stream gives; `None` at its end; an error when the stream fails.
async fn next_piece(reader: &ReadableStreamDefaultReader) -> Result<Option<Uint8Array>, JsValue> {
    let chunk = JsFuture::from(reader.read()).await?;
    if js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))?.is_truthy() {
        return Ok(None);
    }
    Ok(Some(js_sys::Reflect::get(&chunk, &JsValue::from_str("value"))?.dyn_into()?))
}
