//! A reviewer's report files read in the browser (SPEC §13), never sent anywhere: a `.txt` decoded
//! (UTF-8, UTF-16 or GB18030, as Notepad and WPS save them), a `.docx` read by byte ranges — its tail,
//! its directory, one entry (or the package's relationships, then the entry they name) — and that entry
//! unpacked by the browser's own `DecompressionStream`; a `.zip` of reports, each file it packs unpacked
//! and read as if chosen. What the bytes mean is the core's business
//! (`core::audit::word`); the edge only moves them.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, TextDecoder};

use super::deflate::{inflate, InflateError};
use crate::core::audit::word::zip::{self, Method, LOCAL_HEADER, TAIL};
use crate::core::audit::word::{document, kind, main_part, Kind, Problem, DOCUMENT, MAX_TEXT_FILE, MAX_XML, PACKAGE_RELATIONSHIPS};

/// The reports a chosen file holds, each named and read: the file itself, or each file of a .zip
/// (“三家单位.zip/甲局.docx”), one packed in it given its own row and reason.
pub async fn report_texts(file: &File) -> Vec<(String, Result<String, String>)> {
    let name = file.name();
    let source = Source::File(file.clone());
    let head = source.bytes(0, source.size().min(8)).await.unwrap_or_default();
    if kind(&name, &head) != Kind::Archive {
        return vec![(name.clone(), read(&source, &name).await.map_err(Problem::message))];
    }
    match archive(&source, &name).await {
        Ok(reports) if reports.is_empty() => vec![(name, Err(Problem::EmptyArchive.message()))],
        Ok(reports) => reports,
        Err(problem) => vec![(name, Err(problem.message()))],
    }
}

/// Where a report's bytes are: a chosen file, read by ranges, or a file unpacked from an archive.
enum Source {
    File(File),
    Unpacked(Vec<u8>),
}

impl Source {
    fn size(&self) -> u64 {
        match self {
            // A byte count, not money: JS numbers hold file sizes exactly.
            Self::File(file) => file.size() as u64,
            Self::Unpacked(bytes) => bytes.len() as u64,
        }
    }

    /// Bytes `from..to`.
    async fn bytes(&self, from: u64, to: u64) -> Result<Vec<u8>, Problem> {
        match self {
            Self::File(file) => bytes(file, from, to).await,
            Self::Unpacked(bytes) => {
                let range = usize::try_from(from).ok().zip(usize::try_from(to).ok());
                range.and_then(|(from, to)| bytes.get(from..to)).map(<[u8]>::to_vec).ok_or(Problem::Damaged)
            }
        }
    }
}

/// The text of the file `name`, or why there is none to read.
async fn read(source: &Source, name: &str) -> Result<String, Problem> {
    let size = source.size();
    let head = source.bytes(0, size.min(8)).await?;
    let text = match kind(name, &head) {
        Kind::Text if size > MAX_TEXT_FILE => Err(Problem::TextTooLarge),
        Kind::Text => Ok(decoded(&source.bytes(0, size).await?)),
        Kind::Word => word(source, size).await,
        Kind::Archive => Err(Problem::NestedArchive),
        Kind::Other(problem) => Err(problem),
    }?;
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    Ok(text)
}

/// Each file an archive packs, read as if chosen, named after the archive; folders and what a Mac adds
/// to what it packs are no one's report.
async fn archive(source: &Source, name: &str) -> Result<Vec<(String, Result<String, String>)>, Problem> {
    let size = source.size();
    let directory = zip::find_directory(&source.bytes(size.saturating_sub(TAIL), size).await.map_err(|_| Problem::BadArchive)?, size).map_err(|_| Problem::BadArchive)?;
    if directory.size > MAX_XML {
        return Err(Problem::BadArchive);
    }
    let listing = source.bytes(directory.offset, directory.offset + directory.size).await?;
    let files: Vec<zip::Listed> = zip::entries(&listing).map_err(|_| Problem::BadArchive)?.into_iter().filter(|l| !l.is_packing()).collect();
    let (mut reports, mut budget) = (Vec::new(), zip::Budget::default());
    for (at, listed) in files.iter().enumerate() {
        let declared = listed.entry.as_ref().map_or(0, |entry| entry.size);
        let room = match budget.room_for(declared) {
            Ok(room) => room,
            Err(spent) => {
                reports.push((name.to_string(), Err(budget.left_unread(spent, files.len() - at))));
                break;
            }
        };
        let inner = entry_name(listed);
        let read = match listed.entry {
            Ok(entry) => match unpacked(source, size, &entry, room).await {
                // Past what is left of the archive's budget, not past one file's own cap.
                Err(Problem::TooLarge) if room < MAX_XML => {
                    reports.push((name.to_string(), Err(budget.left_unread(zip::Spent::Bytes, files.len() - at))));
                    break;
                }
                Ok(bytes) => {
                    let unpacked = bytes.len() as u64;
                    let read = read(&Source::Unpacked(bytes), &inner).await;
                    // The text kept counts too: a .docx's body is unpacked again from what the archive held.
                    budget.spend(unpacked + read.as_ref().map_or(0, |text| text.len() as u64));
                    read
                }
                Err(problem) => {
                    budget.spend(0);
                    Err(problem)
                }
            },
            Err(problem) => {
                budget.spend(0);
                Err(problem)
            }
        };
        reports.push((format!("{name}/{inner}"), read.map_err(Problem::message)));
    }
    Ok(reports)
}

/// An archived file's name as its sender saw it: UTF-8 where the archive says so or the bytes are, else
/// GBK (Chinese Windows's own zip packs names so).
fn entry_name(listed: &zip::Listed) -> String {
    match std::str::from_utf8(&listed.name) {
        Ok(name) => name.to_string(),
        Err(_) if listed.utf8 => String::from_utf8_lossy(&listed.name).into_owned(),
        Err(_) => decoded_as(&listed.name, "gb18030"),
    }
}

/// The body of a .docx: four small reads, whatever the file's size (two more where the body is not at
/// its usual name and the package's relationships say where it is).
async fn word(source: &Source, size: u64) -> Result<String, Problem> {
    let tail_start = size.saturating_sub(TAIL);
    let directory = zip::find_directory(&source.bytes(tail_start, size).await?, size)?;
    if directory.size > MAX_XML {
        return Err(Problem::Damaged);
    }
    let listing = source.bytes(directory.offset, directory.offset + directory.size).await?;
    match zip::find_entry(&listing, DOCUMENT) {
        Err(Problem::NoDocument) => {
            let relationships = unpacked(source, size, &zip::find_entry(&listing, PACKAGE_RELATIONSHIPS)?, MAX_XML).await?;
            let entry = zip::find_entry(&listing, &main_part(&relationships).ok_or(Problem::NoDocument)?)?;
            // A workbook or a presentation renamed .docx names its own main part: not a Word body.
            document::text(&unpacked(source, size, &entry, MAX_XML).await?).map_err(|_| Problem::NoDocument)
        }
        found => document::text(&unpacked(source, size, &found?, MAX_XML).await?),
    }
}

/// An entry's bytes, inflated by the browser where they are packed.
async fn unpacked(source: &Source, size: u64, entry: &zip::Entry, limit: u64) -> Result<Vec<u8>, Problem> {
    let header = source.bytes(entry.local_offset, entry.local_offset + LOCAL_HEADER).await?;
    let data = zip::data(&header, entry, size)?;
    let packed = source.bytes(data.start, data.end).await?;
    match entry.method {
        Method::Stored => Ok(packed),
        Method::Deflated => inflate(&packed, usize::try_from(limit).unwrap_or(usize::MAX)).await.map_err(|e| match e {
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
    decoded_as(bytes, label)
}

fn decoded_as(bytes: &[u8], label: &str) -> String {
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
