//! Opening reports: files, pasted text, share links and the library on the
//! device, as pure functions the browser glue calls.
//!
//! Nothing here touches the browser: the glue reads files, runs
//! `DOMParser`, and reads and writes storage; every decision about what
//! those bytes and strings mean is made here and tested natively. Nothing
//! here panics, whatever the input.
//!
//! # How the reader opens something
//!
//! 1. **A file** (dropped or picked): pick a [`Format`] with
//!    [`Format::of_file`] (name and MIME type); refuse it by `File.size`
//!    with [`bytes::check_size`]`(size, format.max_bytes())` before reading
//!    (so a huge file never freezes the page); read its bytes; then
//!    - `Text`, `Markdown`: [`bytes::decode`], then [`open_text`];
//!    - `Html`: [`bytes::decode`], parse the text with `DOMParser`
//!      (`text/html`; never inserted into the page), walk the document in
//!      order feeding an [`html::Builder`] (see its docs), then
//!      [`html::Builder::finish`];
//!    - `ReportJson`: [`bytes::decode_within`]`(bytes, format.max_bytes())`, then
//!      [`json::from_json_with_meta`]: the report as exported, not parsed
//!      again.
//! 2. **Pasted text**: [`bytes::decode_str`], then [`open_text`] with
//!    [`Format::sniff`] (or the `text/html` flavour of the clipboard through
//!    [`html::Builder`]).
//! 3. Every [`Opened`] text goes to [`crate::report::parse`] as it is: the
//!    offsets of the report refer to that text, which is also what the
//!    library stores and a share link carries. Show `warnings` beside the
//!    report; show the error's `Display` when something cannot be opened.
//! 4. **A share link**: the fragment payload goes to [`share::decode`];
//!    [`share::encode`] makes one (with its size limit and message).
//! 5. **The library**: [`library::Library::load`] on the stored string at
//!    start-up (keeps what it can, reports what it dropped, hands back the
//!    raw value to keep aside); each change is made on a clone, serialised
//!    with [`library::Library::to_json`], and swapped in only once the
//!    write succeeded, so a full quota loses nothing.

pub mod bytes;
pub mod docx;
pub mod html;
pub mod json;
pub mod library;
pub mod markdown;
mod meta;
pub mod pdf;
pub mod share;

pub use crate::report::json::Meta;
pub use meta::{clean_title, clean_url, MAX_TITLE_CHARS};

/// A guessed title is cut to this many characters ("trimmed to a sane
/// length"); a title given by the source may be up to [`MAX_TITLE_CHARS`].
pub const GUESSED_TITLE_CHARS: usize = 100;

/// What kind of document a file or a paste is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text: taken as it is.
    Text,
    /// Markdown: converted to plain text with its paragraphs.
    Markdown,
    /// HTML: the article's text, through `DOMParser` and [`html::Builder`].
    Html,
    /// A Report JSON export: read back with [`json::from_json_with_meta`].
    ReportJson,
    /// A Word document (`.docx`): [`docx::open`].
    Docx,
    /// A PDF: its text items read by pdf.js in the browser, then
    /// [`pdf::open`] rebuilds the text.
    Pdf,
}

impl Format {
    /// The format of a file from its name and MIME type (either may be
    /// empty). Unknown kinds are read as text: [`bytes::decode`] then
    /// refuses what is not text, naming what it looks like.
    pub fn of_file(name: &str, mime: &str) -> Format {
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        let mime = mime.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => return Format::Markdown,
            "html" | "htm" | "xhtml" => return Format::Html,
            "json" | "jsonld" => return Format::ReportJson,
            "txt" | "text" => return Format::Text,
            "pdf" => return Format::Pdf,
            "docx" => return Format::Docx,
            _ => {}
        }
        match mime.split(';').next().unwrap_or("").trim() {
            "text/markdown" | "text/x-markdown" => Format::Markdown,
            "text/html" | "application/xhtml+xml" => Format::Html,
            "application/json" | "application/ld+json" => Format::ReportJson,
            "application/pdf" | "application/x-pdf" => Format::Pdf,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => {
                Format::Docx
            }
            _ => Format::Text,
        }
    }

    /// The largest file of this format the reader opens: [`bytes::MAX_FILE_BYTES`]
    /// for texts, [`json::MAX_JSON_BYTES`] for exports.
    pub fn max_bytes(self) -> usize {
        match self {
            Format::ReportJson => json::MAX_JSON_BYTES,
            Format::Pdf => pdf::MAX_PDF_BYTES,
            Format::Docx => docx::MAX_DOCX_BYTES,
            _ => bytes::MAX_FILE_BYTES,
        }
    }

    /// The format of pasted (or unnamed) text from its beginning: a Report
    /// JSON export, an HTML document, Markdown with front matter, headings
    /// or links, else plain text. Plain prose is never taken for Markdown
    /// by a stray `*` or `#`.
    pub fn sniff(text: &str) -> Format {
        let head: &str = &text[..floor(text, 4096)];
        let t = head.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('{') && t.contains("\"claim-reader.report/") {
            return Format::ReportJson;
        }
        let lower = t.get(..t.len().min(256)).unwrap_or("").to_ascii_lowercase();
        if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
            return Format::Html;
        }
        let mut signs = 0;
        if t.starts_with("---\n") || t.starts_with("+++\n") {
            signs += 2;
        }
        for line in t.lines() {
            let l = line.trim_start();
            let hashes = l.bytes().take_while(|b| *b == b'#').count();
            if (1..=6).contains(&hashes) && l[hashes..].starts_with(' ') {
                signs += 1;
            }
            if l.starts_with("```") {
                signs += 1;
            }
        }
        if head.contains("](http") || head.contains("](/") {
            signs += 1;
        }
        if signs >= 2 {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// A size in bytes for people: "812 bytes", "4.2 KB", "31.5 MB" (powers of
/// 1024, one decimal).
pub fn human_size(bytes: usize) -> String {
    const K: f64 = 1024.0;
    let b = bytes as f64;
    if b < K {
        format!("{bytes} bytes")
    } else if b < K * K {
        format!("{:.1} KB", b / K)
    } else {
        format!("{:.1} MB", b / (K * K))
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A text ready for the engine, with what the source said about itself and
/// what the reader should tell the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opened {
    /// The text to parse, store and share.
    pub text: String,
    /// The title (always set when the text has a non-blank line), and the
    /// source URL and publication date when the source gave them.
    pub meta: Meta,
    /// Notices to show beside the report ("12 invalid bytes were replaced").
    pub warnings: Vec<String>,
    /// For a PDF: its file name, page count and where each page's text begins.
    pub pdf: Option<pdf::Source>,
}

/// Decoded text of a plain-text or Markdown source, ready for the engine.
/// (HTML goes through [`html::Builder`], Report JSON through
/// [`json::from_json_with_meta`]; given either here, the text is
/// taken as plain text.) The decoding's warnings are carried over.
pub fn open_text(format: Format, decoded: &bytes::Decoded) -> Opened {
    let mut opened = match format {
        Format::Markdown => markdown::to_text(&decoded.text),
        _ => Opened {
            meta: Meta {
                title: guess_title(&decoded.text),
                ..Meta::default()
            },
            text: decoded.text.clone(),
            warnings: Vec::new(),
            pdf: None,
        },
    };
    let mut warnings = decoded.warnings();
    warnings.append(&mut opened.warnings);
    opened.warnings = warnings;
    opened
}

/// A title from the first non-blank line, on one line and cut at a word
/// boundary to [`GUESSED_TITLE_CHARS`] with "…".
pub fn guess_title(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let title = clean_title(line)?;
    if title.chars().count() <= GUESSED_TITLE_CHARS {
        return Some(title);
    }
    let cut: String = title.chars().take(GUESSED_TITLE_CHARS - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    Some(format!("{}…", cut.trim_end_matches([' ', ',', ';', ':'])))
}
