//! Bytes of an opened file (or pasted text) to the text the engine reads.
//!
//! The decoded text is what the reader stores, parses and exports, so every
//! normalisation happens here, once: byte-order marks are removed, line
//! endings become `\n` (the report's offsets then refer to this text), and
//! invalid sequences become U+FFFD and are counted for a visible warning.
//!
//! Order of checks: size ([`MAX_FILE_BYTES`] for texts, or the format's
//! [`super::Format::max_bytes`]; before any decoding, and the glue can
//! refuse a `File` by its size with [`check_size`] before reading it), then
//! what the bytes look like (images, PDFs, archives and other binary data
//! are refused with a message naming what they seem to be), then decoding,
//! then emptiness.

use super::human_size;

/// The largest text file the reader opens, in bytes (5 MB). Report JSON
/// exports, which hold more than their text, may be larger
/// ([`super::Format::max_bytes`]).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// How many leading bytes are searched for NUL bytes, the sign of binary
/// data (as `git` does). NULs further on are replaced and counted.
const SNIFF_BYTES: usize = 8000;

/// The encoding a text was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

/// A decoded text and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, with `\n` line endings and no byte-order mark.
    pub text: String,
    pub encoding: Encoding,
    /// Whether the bytes began with a byte-order mark.
    pub bom: bool,
    /// Invalid bytes (UTF-8) or code units (UTF-16), and NUL characters,
    /// replaced with U+FFFD.
    pub replaced: usize,
    /// Carriage returns removed or turned into `\n`.
    pub line_endings_changed: bool,
}

impl Decoded {
    /// What the reader should tell the user about this text (empty when
    /// it was clean UTF-8 or UTF-16 with a byte-order mark).
    pub fn warnings(&self) -> Vec<String> {
        let mut w = Vec::new();
        if self.replaced > 0 {
            let unit = match (self.encoding, self.replaced) {
                (Encoding::Utf8, 1) => "invalid byte was",
                (Encoding::Utf8, _) => "invalid bytes were",
                (_, 1) => "invalid character was",
                _ => "invalid characters were",
            };
            w.push(format!(
                "{} {unit} replaced with \u{FFFD}; the file may not be UTF-8 or UTF-16 text.",
                self.replaced
            ));
        }
        if !self.bom && self.encoding != Encoding::Utf8 {
            let order = if self.encoding == Encoding::Utf16Le {
                "little-endian"
            } else {
                "big-endian"
            };
            w.push(format!(
                "The file has no byte-order mark; it was read as UTF-16 ({order})."
            ));
        }
        w
    }
}

/// Why bytes could not become a text. `Display` gives the message to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BytesError {
    /// Larger than `limit`; `bytes` is its size.
    TooLarge { bytes: usize, limit: usize },
    /// No bytes at all.
    Empty,
    /// Only whitespace once decoded.
    Blank,
    /// Not text; `looks_like` names what it seems to be ("a PNG image").
    Binary { looks_like: &'static str },
}

impl std::fmt::Display for BytesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BytesError::TooLarge { bytes, limit } => write!(
                f,
                "This file is {}; the reader opens files of up to {}.",
                human_size(*bytes),
                human_size(*limit)
            ),
            BytesError::Empty => write!(f, "This file is empty."),
            BytesError::Blank => write!(f, "This file has no text, only blank space."),
            BytesError::Binary { looks_like } => write!(
                f,
                "This file is not text: it looks like {looks_like}. Open a .txt, .md, .html or .json file, or paste the text."
            ),
        }
    }
}

impl std::error::Error for BytesError {}

/// Refuses a file by its size alone, before it is read: `limit` is
/// [`MAX_FILE_BYTES`] or the format's [`super::Format::max_bytes`].
pub fn check_size(bytes: usize, limit: usize) -> Result<(), BytesError> {
    if bytes > limit {
        Err(BytesError::TooLarge { bytes, limit })
    } else {
        Ok(())
    }
}

/// Reads a text file's bytes (at most [`MAX_FILE_BYTES`]): UTF-8 with or
/// without a byte-order mark, UTF-16 with one (or, recognisably, without).
/// Never panics.
pub fn decode(bytes: &[u8]) -> Result<Decoded, BytesError> {
    decode_within(bytes, MAX_FILE_BYTES)
}

/// [`decode`] with another size limit (a Report JSON export's).
pub fn decode_within(bytes: &[u8], limit: usize) -> Result<Decoded, BytesError> {
    check_size(bytes.len(), limit)?;
    if bytes.is_empty() {
        return Err(BytesError::Empty);
    }
    let (encoding, bom, body) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (Encoding::Utf8, true, rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (Encoding::Utf16Le, true, rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (Encoding::Utf16Be, true, rest)
    } else if let Some(kind) = magic(bytes) {
        return Err(BytesError::Binary { looks_like: kind });
    } else if let Some(e) = utf16_without_bom(bytes) {
        (e, false, bytes)
    } else {
        let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
        if memchr::memchr(0, head).is_some() {
            return Err(BytesError::Binary {
                looks_like: "binary data (it contains NUL bytes)",
            });
        }
        (Encoding::Utf8, false, bytes)
    };
    let (raw, replaced) = match encoding {
        Encoding::Utf8 => utf8_lossy(body),
        Encoding::Utf16Le => utf16_lossy(body, u16::from_le_bytes),
        Encoding::Utf16Be => utf16_lossy(body, u16::from_be_bytes),
    };
    finish(raw, encoding, bom, replaced)
}

/// Pasted text, prepared like a file's: size limit, line endings, NULs,
/// leading byte-order marks, emptiness. Text that came out of [`decode`]
/// passes through unchanged.
pub fn decode_str(text: &str) -> Result<Decoded, BytesError> {
    check_size(text.len(), MAX_FILE_BYTES)?;
    if text.is_empty() {
        return Err(BytesError::Empty);
    }
    finish(text.to_string(), Encoding::Utf8, false, 0)
}

fn finish(
    raw: String,
    encoding: Encoding,
    bom: bool,
    replaced: usize,
) -> Result<Decoded, BytesError> {
    let (mut text, nuls, changed) = normalise(raw);
    // Marks left at the start (a second one, or one in pasted text).
    let marks = text.len() - text.trim_start_matches('\u{feff}').len();
    text.drain(..marks);
    if text.trim().is_empty() {
        return Err(BytesError::Blank);
    }
    Ok(Decoded {
        text,
        encoding,
        bom,
        replaced: replaced + nuls,
        line_endings_changed: changed,
    })
}

/// `\r\n` and lone `\r` to `\n`, NUL to U+FFFD. Returns the text, the NULs
/// replaced and whether any line ending changed.
fn normalise(raw: String) -> (String, usize, bool) {
    if !raw.bytes().any(|b| b == b'\r' || b == 0) {
        return (raw, 0, false);
    }
    let mut out = String::with_capacity(raw.len());
    let mut nuls = 0;
    let mut changed = false;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                changed = true;
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\0' => {
                nuls += 1;
                out.push('\u{FFFD}');
            }
            c => out.push(c),
        }
    }
    (out, nuls, changed)
}

/// UTF-8 with each maximal invalid sequence replaced by one U+FFFD (as
/// `String::from_utf8_lossy`), and the number of invalid bytes.
fn utf8_lossy(bytes: &[u8]) -> (String, usize) {
    let mut out = String::with_capacity(bytes.len());
    let mut invalid = 0;
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            invalid += chunk.invalid().len();
            out.push('\u{FFFD}');
        }
    }
    (out, invalid)
}

/// UTF-16 with unpaired surrogates (and an odd last byte) replaced, and
/// the number replaced.
fn utf16_lossy(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> (String, usize) {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let mut out = String::with_capacity(bytes.len());
    let mut bad = 0;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => out.push(c),
            Err(_) => {
                bad += 1;
                out.push('\u{FFFD}');
            }
        }
    }
    if bytes.len() % 2 == 1 {
        bad += 1;
        out.push('\u{FFFD}');
    }
    (out, bad)
}

/// UTF-16 without a byte-order mark, recognised by its zero bytes: mostly
/// Latin text has a zero in every other byte, always on the same side.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(512) & !1];
    let pairs = head.len() / 2;
    if pairs < 4 {
        return None;
    }
    let even = head.iter().step_by(2).filter(|b| **b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    if odd * 4 >= pairs * 3 && even * 16 <= pairs {
        Some(Encoding::Utf16Le)
    } else if even * 4 >= pairs * 3 && odd * 16 <= pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// What well-known binary formats the bytes start like.
fn magic(b: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(usize, &[u8], &str)] = &[
        (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (0, b"\xFF\xD8\xFF", "a JPEG image"),
        (0, b"GIF87a", "a GIF image"),
        (0, b"GIF89a", "a GIF image"),
        (8, b"WEBP", "a WebP image"),
        (0, b"%PDF-", "a PDF document (copy its text and paste it instead)"),
        (0, b"PK\x03\x04", "a ZIP archive, such as a Word (.docx), OpenDocument or EPUB file (save it as text or HTML first)"),
        (0, b"PK\x05\x06", "a ZIP archive"),
        (0, b"PK\x07\x08", "a ZIP archive"),
        (0, b"\x1F\x8B", "a gzip archive"),
        (0, b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (0, b"Rar!\x1A\x07", "a RAR archive"),
        (0, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an older Microsoft Office document (.doc or .xls; save it as text first)"),
        (0, b"{\\rtf", "an RTF document (save it as plain text first)"),
        (4, b"ftyp", "a video or audio file"),
        (0, b"ID3", "an MP3 audio file"),
        (0, b"OggS", "an Ogg audio or video file"),
        (0, b"\x00asm", "a WebAssembly module"),
        (0, b"\x7FELF", "a program"),
    ];
    SIGNATURES
        .iter()
        .find(|(at, sig, _)| b.get(*at..at + sig.len()) == Some(*sig))
        .map(|(_, _, name)| *name)
}
