//! A reviewer's report files read in the browser (SPEC §13), never sent anywhere: a `.txt` decoded
//! (UTF-8, UTF-16 or GB18030, as Notepad and WPS save them), a `.docx` read by byte ranges — its tail,
//! its directory, one entry (or the package's relationships, then the entry they name) — and that entry
//! unpacked by the browser's own `DecompressionStream`. What the bytes mean is the core's business
//! (`core::audit::word`); the edge only moves them.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, TextDecoder};

use super::deflate::{inflate, InflateError};
use crate::core::audit::word::zip::{self, Method, LOCAL_HEADER, TAIL};
use crate::core::audit::word::{document, kind, main_part, Kind, Problem, DOCUMENT, MAX_TEXT_FILE, MAX_XML, PACKAGE_RELATIONSHIPS};

/// The text of a report file, or what to tell the reviewer about it.
pub async fn report_text(file: &File) -> Result<String, String> {
    read(file).await.map_err(Problem::message)
}

async fn read(file: &File) -> Result<String, Problem> {
    // A byte count, not money: JS numbers hold file sizes exactly.
    let size = file.size() as u64;
    let head = bytes(file, 0, size.min(8)).await?;
    match kind(&file.name(), &head) {
        Kind::Text if size > MAX_TEXT_FILE => Err(Problem::TextTooLarge),
        Kind::Text => Ok(decoded(&bytes(file, 0, size).await?)),
        Kind::Word => word(file, size).await,
        Kind::Other(problem) => Err(problem),
    }
}

/// The body of a .docx: four small reads, whatever the file's size (two more where the body is not at
/// its usual name and the package's relationships say where it is).
async fn word(file: &File, size: u64) -> Result<String, Problem> {
    let tail_start = size.saturating_sub(TAIL);
    let directory = zip::find_directory(&bytes(file, tail_start, size).await?, size)?;
    if directory.size > MAX_XML {
        return Err(Problem::Damaged);
    }
    let listing = bytes(file, directory.offset, directory.offset + directory.size).await?;
    match zip::find_entry(&listing, DOCUMENT) {
        Err(Problem::NoDocument) => {
            let relationships = unpacked(file, size, &zip::find_entry(&listing, PACKAGE_RELATIONSHIPS)?).await?;
            let entry = zip::find_entry(&listing, &main_part(&relationships).ok_or(Problem::NoDocument)?)?;
            // A workbook or a presentation renamed .docx names its own main part: not a Word body.
            document::text(&unpacked(file, size, &entry).await?).map_err(|_| Problem::NoDocument)
        }
        found => document::text(&unpacked(file, size, &found?).await?),
    }
}

/// An entry's bytes, inflated by the browser where they are packed.
async fn unpacked(file: &File, size: u64, entry: &zip::Entry) -> Result<Vec<u8>, Problem> {
    let header = bytes(file, entry.local_offset, entry.local_offset + LOCAL_HEADER).await?;
    let data = zip::data(&header, entry, size)?;
    let packed = bytes(file, data.start, data.end).await?;
    match entry.method {
        Method::Stored => Ok(packed),
        Method::Deflated => inflate(&packed, usize::try_from(MAX_XML).unwrap_or(usize::MAX)).await.map_err(|e| match e {
            InflateError::TooLarge => Problem::TooLarge,
            InflateError::Damaged => Problem::Damaged,
            InflateError::Unsupported => Problem::NoInflate,
        }),
    }
}

/// Bytes `from..to` of the file.
async fn bytes(file: &File, from: u64, to: u64) -> Result<Vec<u8>, Problem> {
    // `Blob.slice` takes JavaScript numbers; byte offsets below 2^53 are exact in them.
    let blob: Blob = file.slice_with_f64_and_f64(from as f64, to as f64).map_err(|_| Problem::Damaged)?;
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(|_| Problem::Damaged)?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    // A file changed or cut short while being read.
    if bytes.len() as u64 != to.saturating_sub(from) {
        return Err(Problem::Damaged);
    }
    Ok(bytes)
}

/// Text in the encoding it was saved in: a byte-order mark's, else UTF-8 if it is valid, else GB18030
/// (older Chinese Windows). The browser decodes; replacement characters mark what it could not.
fn decoded(bytes: &[u8]) -> String {
    let label = match bytes {
        [0xEF, 0xBB, 0xBF, ..] => "utf-8",
        [0xFF, 0xFE, ..] => "utf-16le",
        [0xFE, 0xFF, ..] => "utf-16be",
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => return text.to_string(),
            Err(_) => "gb18030",
        },
    };
    TextDecoder::new_with_label(label)
        .ok()
        .and_then(|decoder| decoder.decode_with_u8_array(bytes).ok())
        .map(|text| text.trim_start_matches('\u{feff}').to_string())
        .unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned())
}

/// The files of a file input's or a drop's list.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<File> {
    let Some(list) = list else { return vec![] };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Waits for the browser to run what is due (paint the progress, handle a click) before going on.
pub async fn breathe() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}
