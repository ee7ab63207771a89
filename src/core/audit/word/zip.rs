//! Finding one file in a zip archive (a .docx) from its central directory, reading only what is needed:
//! the archive's tail, its directory, and the entry's local header. The browser reads those byte
//! ranges of the chosen file one after another (a .docx full of photographs is never read whole) and
//! inflates the entry; nothing here trusts a size or an offset before checking it against the file.

use std::ops::Range;

use super::Problem;

/// How many bytes at the end of a file hold its end-of-directory record: the record and its comment.
pub const TAIL: u64 = 22 + 65_535;

/// The size of a local file header before its name and extra field.
pub const LOCAL_HEADER: u64 = 30;

/// Where the central directory stands in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Directory {
    pub offset: u64,
    pub size: u64,
}

/// How an entry is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Stored,
    Deflated,
}

/// One file of the archive, as its directory describes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub method: Method,
    pub local_offset: u64,
    pub compressed: u64,
    pub size: u64,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The directory of a zip file `file_size` bytes long, from its last bytes `tail` (at most [`TAIL`]).
pub fn find_directory(tail: &[u8], file_size: u64) -> Result<Directory, Problem> {
    let tail_start = file_size.checked_sub(tail.len() as u64).ok_or(Problem::NotZip)?;
    // The record is the last “PK\5\6” whose comment length reaches exactly to the file's end.
    let record = (0..tail.len().saturating_sub(21)).rev().find(|&at| {
        u32_at(tail, at) == Some(0x0605_4b50) && u16_at(tail, at + 20).is_some_and(|comment| at + 22 + usize::from(comment) == tail.len())
    });
    let Some(at) = record else {
        return Err(Problem::NotZip);
    };
    let size = u64::from(u32_at(tail, at + 12).ok_or(Problem::NotZip)?);
    let offset = u64::from(u32_at(tail, at + 16).ok_or(Problem::NotZip)?);
    if size == u64::from(u32::MAX) || offset == u64::from(u32::MAX) {
        return Err(Problem::Unsupported);
    }
    let end = offset.checked_add(size).ok_or(Problem::NotZip)?;
    if end > tail_start + at as u64 {
        return Err(Problem::Damaged);
    }
    Ok(Directory { offset, size })
}

/// One file of an archive as its directory lists it: its name's bytes (UTF-8 where the archive says so,
/// else most often GBK, as Chinese Windows packs them), and where its data stands or why it cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub name: Vec<u8>,
    /// The archive marks the name as UTF-8.
    pub utf8: bool,
    pub entry: Result<Entry, Problem>,
}

impl Listed {
    /// A folder, or what a Mac adds to an archive it packs (`__MACOSX/`, `._name`): no file of the sender's.
    pub fn is_packing(&self) -> bool {
        let last = self.name.rsplit(|b| *b == b'/').next().unwrap_or_default();
        self.name.ends_with(b"/") || self.name.starts_with(b"__MACOSX/") || last.starts_with(b"._") || last.is_empty()
    }
}

/// The record of the central directory `directory` at `at`, and where the next one starts.
fn record(directory: &[u8], at: usize) -> Result<(Listed, usize), Problem> {
    let field = |offset: usize| u32_at(directory, at + offset).ok_or(Problem::Damaged);
    let short = |offset: usize| u16_at(directory, at + offset).ok_or(Problem::Damaged);
    let (flags, method) = (short(8)?, short(10)?);
    let (compressed, size, local_offset) = (field(20)?, field(24)?, field(42)?);
    let (name_len, extra_len, comment_len) = (usize::from(short(28)?), usize::from(short(30)?), usize::from(short(32)?));
    let name = directory.get(at + 46..at + 46 + name_len).ok_or(Problem::Damaged)?.to_vec();
    let entry = if flags & 1 == 1 {
        Err(Problem::Encrypted)
    } else if [compressed, size, local_offset].contains(&u32::MAX) {
        Err(Problem::Unsupported)
    } else {
        match method {
            0 => Ok(Method::Stored),
            8 => Ok(Method::Deflated),
            _ => Err(Problem::Unsupported),
        }
        .map(|method| Entry { method, local_offset: u64::from(local_offset), compressed: u64::from(compressed), size: u64::from(size) })
    };
    Ok((Listed { name, utf8: flags & 0x800 != 0, entry }, at + 46 + name_len + extra_len + comment_len))
}

/// Every file the central directory `directory` lists, in its order.
pub fn entries(directory: &[u8]) -> Result<Vec<Listed>, Problem> {
    let (mut listed, mut at) = (Vec::new(), 0);
    while u32_at(directory, at) == Some(0x0201_4b50) {
        let (one, next) = record(directory, at)?;
        listed.push(one);
        at = next;
    }
    Ok(listed)
}

/// The most files one archive is read for: a unit's reports are a few dozen; beyond, the rest are left unread.
pub const MAX_ENTRIES: usize = 500;

/// The most bytes one archive unpacks in all (each file's own cap is [`super::MAX_XML`]): a pile's reports
/// are tens of megabytes; more is a damaged or hostile archive, and the rest is left unread.
pub const MAX_UNPACKED: u64 = 200 * 1024 * 1024;

/// What one archive may still unpack: files and bytes, spent as its files are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Budget {
    read: usize,
    unpacked: u64,
}

/// Why the rest of an archive was left unread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spent {
    Files,
    Bytes,
}

impl Budget {
    /// How many bytes the next file may unpack to, or why it is not read at all.
    pub fn room(&self) -> Result<u64, Spent> {
        if self.read >= MAX_ENTRIES {
            return Err(Spent::Files);
        }
        match MAX_UNPACKED.saturating_sub(self.unpacked) {
            0 => Err(Spent::Bytes),
            left => Ok(left.min(super::MAX_XML)),
        }
    }

    /// How many bytes a file its archive says unpacks to `declared` bytes may unpack to, or why it is not read.
    pub fn room_for(&self, declared: u64) -> Result<u64, Spent> {
        let room = self.room()?;
        if declared > room && room < super::MAX_XML {
            return Err(Spent::Bytes);
        }
        Ok(room)
    }

    /// A file read, `bytes` unpacked for it.
    pub fn spend(&mut self, bytes: u64) {
        self.read += 1;
        self.unpacked = self.unpacked.saturating_add(bytes);
    }

    /// What the reviewer is told of the `left` files not read.
    pub fn left_unread(&self, why: Spent, left: usize) -> String {
        match why {
            Spent::Files => format!("压缩包内文件过多，只读了前{}个，其余{left}个未读：请解压后分批选择", self.read),
            Spent::Bytes => format!("压缩包解压后超过 {} MB，只读了前{}个文件，其余{left}个未读：请解压后分批选择", MAX_UNPACKED >> 20, self.read),
        }
    }
}

/// The entry named `name` in the central directory `directory`.
pub fn find_entry(directory: &[u8], name: &str) -> Result<Entry, Problem> {
    let mut at = 0;
    while u32_at(directory, at) == Some(0x0201_4b50) {
        let (listed, next) = record(directory, at)?;
        if listed.name == name.as_bytes() {
            return listed.entry;
        }
        at = next;
    }
    Err(Problem::NoDocument)
}

/// Where the entry's data stands in the file, from its local header (its first [`LOCAL_HEADER`] bytes).
pub fn data(local_header: &[u8], entry: &Entry, file_size: u64) -> Result<Range<u64>, Problem> {
    if u32_at(local_header, 0) != Some(0x0403_4b50) {
        return Err(Problem::Damaged);
    }
    let name_len = u64::from(u16_at(local_header, 26).ok_or(Problem::Damaged)?);
    let extra_len = u64::from(u16_at(local_header, 28).ok_or(Problem::Damaged)?);
    let start = entry.local_offset + LOCAL_HEADER + name_len + extra_len;
    let end = start.checked_add(entry.compressed).ok_or(Problem::Damaged)?;
    if entry.size > super::MAX_XML || entry.compressed > super::MAX_XML {
        return Err(Problem::TooLarge);
    }
    if end > file_size || (entry.method == Method::Stored && entry.compressed != entry.size) {
        return Err(Problem::Damaged);
    }
    Ok(start..end)
}

/// The entry named `name` and its data's range, in a whole archive held in memory.
pub fn locate(bytes: &[u8], name: &str) -> Result<(Entry, Range<usize>), Problem> {
    let size = bytes.len() as u64;
    let tail_start = bytes.len().saturating_sub(TAIL as usize);
    let directory = find_directory(&bytes[tail_start..], size)?;
    let range = |from: u64, len: u64| -> Result<Range<usize>, Problem> {
        let from = usize::try_from(from).map_err(|_| Problem::Damaged)?;
        let to = from.checked_add(usize::try_from(len).map_err(|_| Problem::Damaged)?).ok_or(Problem::Damaged)?;
        bytes.get(from..to).map(|_| from..to).ok_or(Problem::Damaged)
    };
    let entry = find_entry(&bytes[range(directory.offset, directory.size)?], name)?;
    let header = range(entry.local_offset, LOCAL_HEADER)?;
    let data = data(&bytes[header], &entry, size)?;
    Ok((entry, range(data.start, data.end - data.start)?))
}
