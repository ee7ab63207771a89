//! Draft files: saving one to the user's disk (export) and reading one the user chose (import).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::document::MAX_DOCUMENT_BYTES;

/// Offers `text` as a download named `filename`.
pub fn download_text(filename: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    offer(filename, &parts, "application/json;charset=utf-8")
}

/// Offers `bytes` of type `mime` as a download named `filename`.
pub fn download_bytes(filename: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    offer(filename, &parts, mime)
}

fn offer(filename: &str, parts: &js_sys::Array, mime: &str) -> Result<(), String> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("页面不可用")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(parts, &options).map_err(|_| "无法生成文件")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "无法生成文件")?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(|_| "无法生成文件")?.dyn_into().map_err(|_| "无法生成文件")?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a chosen file as text, refusing oversized files before reading them.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    // A byte count, not money: JS numbers hold file sizes exactly.
    let bytes = file.size() as u64;
    if bytes > MAX_DOCUMENT_BYTES as u64 {
        return Err(format!(
            "文件“{}”过大（{} KB），草稿文件不应超过 {} KB，未导入",
            file.name(),
            bytes / 1024,
            MAX_DOCUMENT_BYTES / 1024
        ));
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| format!("无法读取文件“{}”", file.name()))?;
    text.as_string().ok_or_else(|| format!("文件“{}”不是文本文件", file.name()))
}

/// A file name people recognise: `桃江县总工会2024年度绩效自评草稿.json`, without characters file systems refuse.
pub fn draft_file_name(name: &str) -> String {
    let safe: String = name.chars().filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')).collect();
    format!("{}绩效自评草稿.json", safe.trim())
}
