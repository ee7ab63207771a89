//! Reports that come as files (SPEC §13): a `.txt` is text; a `.docx` is a zip whose
//! `word/document.xml` (or the part its `_rels/.rels` names) holds the body ([`zip`] finds it, the browser inflates it, [`document`] reads its
//! text). Other kinds get a message saying how to get their text; a damaged or hostile file, its problem.

pub mod document;
pub mod zip;

#[cfg(test)]
mod header_tests;
#[cfg(test)]
mod tests;

/// The body of a Word document in its archive.
pub const DOCUMENT: &str = "word/document.xml";

/// The package's relationships, which name the body where it is not at [`DOCUMENT`].
pub const PACKAGE_RELATIONSHIPS: &str = "_rels/.rels";

/// The body's name in the archive as the package's relationships give it (`_rels/.rels`): some editors
/// and converters save it as `word/document2.xml` or elsewhere, which the package format allows.
pub fn main_part(relationships: &[u8]) -> Option<String> {
    let xml = String::from_utf8_lossy(relationships);
    let attribute = |element: &str, name: &str| {
        let at = element.find(&format!(" {name}="))? + name.len() + 2;
        let quote = element[at..].chars().next().filter(|q| *q == '"' || *q == '\'')?;
        let value = &element[at + 1..];
        value.find(quote).map(|end| value[..end].to_string())
    };
    xml.split("<Relationship ").skip(1).find_map(|element| {
        // Its attributes, each after a blank (the first one's was split off).
        let element = format!(" {}", element.split('>').next().unwrap_or_default());
        let element = element.as_str();
        let kind = attribute(element, "Type")?;
        kind.ends_with("/officeDocument").then(|| attribute(element, "Target")).flatten()
    })
    .map(|target| target.trim_start_matches('/').to_string())
    .filter(|name| !name.is_empty() && !name.contains(".."))
}

/// A document's body larger than this when unpacked is refused: a report's is a few megabytes at most.
pub const MAX_XML: u64 = 48 * 1024 * 1024;

/// A text file larger than this is refused unread: a report's text is a few hundred kilobytes.
pub const MAX_TEXT_FILE: u64 = 16 * 1024 * 1024;

/// What kind of file a reviewer chose, by its name and first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Word,
    /// A zip archive of files (units send their reports packed): each report in it is read on its own.
    Archive,
    /// Not readable here; the problem says how to get the text.
    Other(Problem),
}

/// Why a file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// An old Word (.doc) or WPS (.wps) file, or an encrypted Word file (the same container).
    OldWord,
    Pdf,
    /// A photo or scan of a page: no text to read.
    Image,
    /// A JSON file: a draft of this tool, most likely, not a report.
    Json,
    /// Neither text nor a Word document: an image, a spreadsheet …
    Unknown,
    NotZip,
    Damaged,
    Encrypted,
    /// Compressed in a way Word never uses, or a zip64 archive.
    Unsupported,
    /// A zip without `word/document.xml` (a spreadsheet or a presentation renamed .docx).
    NoDocument,
    /// Unpacks to more than [`MAX_XML`]: damaged or a zip bomb.
    TooLarge,
    TextTooLarge,
    NotXml,
    /// The browser cannot unpack (too old).
    NoInflate,
    /// An archive that cannot be opened.
    BadArchive,
    /// An archive holding no file at all that could be a report.
    EmptyArchive,
    /// An archive inside an archive: not unpacked here.
    NestedArchive,
    /// A RAR or 7z archive, which the browser cannot unpack.
    OtherArchive,
    /// A file with no text: a blank document, or one whose pages are pictures.
    Empty,
}

impl Problem {
    /// What the reviewer is told.
    pub fn message(self) -> String {
        const COPY: &str = "或在 Word/WPS 中打开后全选复制，粘贴到上面的文本框";
        match self {
            Self::OldWord => format!("这是旧版 Word（.doc）或 WPS（.wps）格式，也可能是加密的文档：请在 Word 或 WPS 中打开，“另存为”Word 文档（.docx）后再选，{COPY}"),
            Self::Pdf => "PDF 文件无法直接读取：请在 PDF 阅读器中全选复制文字，粘贴到上面的文本框；如有原 Word 文件，请改选 .docx".to_string(),
            Self::Image => "这是图片，无法读取其中的文字：请改选报告的 Word 文档（.docx）或文本文件；如只有扫描件，请先用文字识别（OCR）转成文字再粘贴".to_string(),
            Self::Json => "这是 JSON 文件，不是报告：如是本工具导出的草稿文件，请在“草稿”中导入".to_string(),
            Self::Unknown => "不是报告文件：只能读取 Word 文档（.docx）和文本文件（.txt）".to_string(),
            Self::NotZip => format!("不是有效的 Word 文档（.docx）：文件可能已损坏，或只是改了扩展名。请在 Word 或 WPS 中打开后“另存为”.docx，{COPY}"),
            Self::Damaged => format!("Word 文档已损坏，无法读取：请在 Word 或 WPS 中打开并另存后再选，{COPY}"),
            Self::Encrypted => format!("Word 文档已加密：请在 Word 或 WPS 中取消密码后另存，{COPY}"),
            Self::Unsupported => format!("Word 文档的存储方式不受支持：请在 Word 或 WPS 中另存为 .docx 后再选，{COPY}"),
            Self::NoDocument => "文件中没有 Word 正文（不是 Word 文档，可能是改了扩展名的表格或演示文稿）".to_string(),
            Self::TooLarge => format!("Word 正文解压后超过 {} MB，疑似损坏或恶意文件，未读取", MAX_XML >> 20),
            Self::TextTooLarge => format!("文本文件超过 {} MB，不像一份报告，未读取：请确认选对了文件", MAX_TEXT_FILE >> 20),
            Self::NotXml => format!("Word 正文不是有效的 XML，文件已损坏：请在 Word 或 WPS 中打开并另存后再选，{COPY}"),
            Self::NoInflate => "此浏览器无法解压 Word 文档，请改用新版 Chrome、Edge 或 360 极速模式，或复制全文粘贴".to_string(),
            Self::BadArchive => "压缩包已损坏或格式不受支持，无法打开：请先解压，再选择其中的报告文件".to_string(),
            Self::EmptyArchive => "压缩包中没有 Word 文档（.docx）或文本文件（.txt）：请先解压，确认其中有报告后再选".to_string(),
            Self::NestedArchive => "压缩包中的压缩包未打开：请先解压，再选择其中的报告文件".to_string(),
            Self::OtherArchive => "RAR、7z 压缩包无法在浏览器中打开：请先解压，再选择其中的报告文件（.zip 压缩包可直接选）".to_string(),
            Self::Empty => "文件为空：没有文字（空白文档，或正文只是图片、扫描件）".to_string(),
        }
    }
}

/// The kind of the file named `name` whose first bytes are `head` (a few are enough).
pub fn kind(name: &str, head: &[u8]) -> Kind {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    // The bytes decide where they are clear: a renamed file is what it is.
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Kind::Other(Problem::OldWord);
    }
    if head.starts_with(b"%PDF") {
        return Kind::Other(Problem::Pdf);
    }
    if head.starts_with(b"PK") {
        return if extension == "zip" { Kind::Archive } else { Kind::Word };
    }
    // PNG, JPEG, GIF: their first bytes could pass for text.
    if [&b"\x89PNG"[..], &[0xFF, 0xD8, 0xFF], b"GIF8"].iter().any(|magic| head.starts_with(magic)) {
        return Kind::Other(Problem::Image);
    }
    match extension.as_str() {
        "docx" | "docm" => Kind::Other(Problem::NotZip),
        "zip" => Kind::Other(Problem::BadArchive),
        "rar" | "7z" => Kind::Other(Problem::OtherArchive),
        "doc" | "wps" | "dot" => Kind::Other(Problem::OldWord),
        "pdf" => Kind::Other(Problem::Pdf),
        "png" | "jpg" | "jpeg" | "gif" | "bmp" | "tif" | "tiff" | "webp" | "heic" => Kind::Other(Problem::Image),
        "json" => Kind::Other(Problem::Json),
        "txt" | "text" | "csv" | "md" => Kind::Text,
        _ if looks_like_text(head) => Kind::Text,
        _ => Kind::Other(Problem::Unknown),
    }
}

/// Text, in UTF-8, UTF-16 or GB18030: no NUL bytes outside UTF-16, few control characters.
fn looks_like_text(head: &[u8]) -> bool {
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    !head.is_empty() && !head.contains(&0) && head.iter().filter(|b| **b < 0x09).count() == 0
}
