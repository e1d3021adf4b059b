//! Share links: a report's text, title, source address, publication date
//! and selected claim, compressed into a string that fits in a URL fragment
//! and opens with no server.
//!
//! The payload is `2.` (the version) followed by base64url (no padding) of
//! a raw DEFLATE stream of: the title, the source address and the
//! publication date (each its length in LEB128, then its bytes; empty when
//! unknown), the selected claim (LEB128: 0 for none, else its index + 1),
//! then the text. Version 1 links (`1.`, made before the source address and
//! date were carried) hold only the title, the claim and the text, and are
//! still read. Every character is safe in a fragment without escaping. The
//! reader puts it after `#/s/`; the receiver parses the text again, so the
//! link stays small and a newer engine reads it the way it reads everything
//! else.
//!
//! [`encode`] refuses a text whose link would exceed [`MAX_LINK_CHARS`]
//! (the message suggests exporting a file instead), and refuses texts over
//! [`MAX_SHARE_TEXT_BYTES`] before compressing, so the page never works
//! long for a link it cannot make. [`decode`] never panics: garbage, a cut
//! link, a newer version or a compression bomb each get a clear message.

use super::bytes::{decode_str, MAX_FILE_BYTES};
use super::{clean_title, human_size, Meta};
use crate::report::ClaimId;

/// The version written by [`encode`]; [`decode`] reads it and
/// [`VERSION_1`].
pub const VERSION: &str = "2";
/// The first version: title, claim and text only.
pub const VERSION_1: &str = "1";
/// The longest payload [`encode`] makes, in characters (32 KB). Links this
/// long open in every current browser and survive most messaging apps.
pub const MAX_LINK_CHARS: usize = 32 * 1024;
/// Texts longer than this are refused without trying to compress them.
pub const MAX_SHARE_TEXT_BYTES: usize = 1024 * 1024;

/// What a share link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub text: String,
    pub title: Option<String>,
    /// The article's address (`http(s)` only); `None` in version 1 links.
    pub source_url: Option<String>,
    /// The publication date, as given; `None` in version 1 links.
    pub published: Option<String>,
    pub claim: Option<ClaimId>,
}

/// Why a link could not be made or read. `Display` gives the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The text would make a link longer than [`MAX_LINK_CHARS`]:
    /// `link_chars` is how long (unknown when the text was refused before
    /// compressing).
    TooLong {
        text_bytes: usize,
        link_chars: Option<usize>,
    },
    /// Nothing to share, or a link with no text.
    Empty,
    /// Not a share link of claim-reader.
    NotALink,
    /// Made by a newer version of claim-reader (`version` is its tag).
    NewerVersion { version: String },
    /// Cut short or altered on the way.
    Damaged,
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::TooLong {
                link_chars: Some(n),
                ..
            } => write!(
                f,
                "This report is too long to share as a link: the link would be {}, and share links are kept under {} so that they open everywhere. Export it as a file instead.",
                human_size(*n),
                human_size(MAX_LINK_CHARS)
            ),
            ShareError::TooLong { text_bytes, .. } => write!(
                f,
                "This report is too long to share as a link ({} of text; a link holds up to {} once compressed). Export it as a file instead.",
                human_size(*text_bytes),
                human_size(MAX_LINK_CHARS)
            ),
            ShareError::Empty => write!(f, "This link holds no text."),
            ShareError::NotALink => write!(f, "This is not a claim-reader share link."),
            ShareError::NewerVersion { version } => write!(
                f,
                "This link was made by a newer version of claim-reader (link version {version}); open it with that version, or ask for the report as a file."
            ),
            ShareError::Damaged => write!(
                f,
                "This share link is damaged: it may have been cut short or altered when it was copied. Ask for the link again, or for the report as a file."
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// The fragment payload for a text, its title and the selected claim. The
/// text should be one the reader opened (see [`super::Opened`]): it comes
/// back exactly, except that a leading byte-order mark is dropped.
pub fn encode(
    text: &str,
    title: Option<&str>,
    claim: Option<ClaimId>,
) -> Result<String, ShareError> {
    let meta = Meta {
        title: title.map(str::to_string),
        ..Meta::default()
    };
    encode_with(text, &meta, claim)
}

/// The fragment payload for a text with its title, source address and
/// publication date (a source address that is not `http(s)` is left out),
/// and the selected claim.
pub fn encode_with(text: &str, meta: &Meta, claim: Option<ClaimId>) -> Result<String, ShareError> {
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(ShareError::Empty);
    }
    if text.len() > MAX_SHARE_TEXT_BYTES {
        return Err(ShareError::TooLong {
            text_bytes: text.len(),
            link_chars: None,
        });
    }
    let meta = meta.clone().cleaned(&mut Vec::new());
    let field = |v: &Option<String>| v.clone().unwrap_or_default();
    let (title, url, published) = (
        field(&meta.title),
        field(&meta.source_url),
        field(&meta.published),
    );
    let mut raw = Vec::with_capacity(text.len() + title.len() + url.len() + published.len() + 24);
    for f in [&title, &url, &published] {
        leb128(&mut raw, f.len() as u64);
        raw.extend_from_slice(f.as_bytes());
    }
    leb128(&mut raw, claim.map_or(0, |c| c.0 as u64 + 1));
    raw.extend_from_slice(text.as_bytes());
    let payload = format!("{VERSION}.{}", base64url(&deflate(&raw)));
    if payload.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong {
            text_bytes: text.len(),
            link_chars: Some(payload.len()),
        });
    }
    Ok(payload)
}

/// A string field: its length in LEB128, then its bytes.
fn read_field<'a>(raw: &'a [u8], at: &mut usize) -> Result<&'a str, ShareError> {
    let len = read_leb128(raw, at).ok_or(ShareError::Damaged)?;
    let end = usize::try_from(len)
        .ok()
        .and_then(|n| at.checked_add(n))
        .filter(|&e| e <= raw.len())
        .ok_or(ShareError::Damaged)?;
    let s = std::str::from_utf8(&raw[*at..end]).map_err(|_| ShareError::Damaged)?;
    *at = end;
    Ok(s)
}

/// Raw DEFLATE (RFC 1951) of `data`, at `miniz_oxide`'s best level.
fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(data, 9)
}

/// Inflates a raw DEFLATE stream to at most `limit` bytes; `None` for a
/// damaged stream or one that would be longer (a compression bomb).
fn inflate(data: &[u8], limit: usize) -> Option<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit).ok()
}

/// Reads a payload made by [`encode`] (what follows `#/s/`), of this
/// version or version 1. The text is prepared as pasted text is
/// ([`decode_str`]).
pub fn decode(payload: &str) -> Result<Shared, ShareError> {
    let p = payload.trim();
    let Some((version, data)) = p.split_once('.') else {
        return Err(if p.is_empty() {
            ShareError::Empty
        } else {
            ShareError::NotALink
        });
    };
    if version != VERSION && version != VERSION_1 {
        return Err(
            if !version.is_empty()
                && version.len() <= 4
                && version.bytes().all(|b| b.is_ascii_digit())
            {
                ShareError::NewerVersion {
                    version: version.to_string(),
                }
            } else {
                ShareError::NotALink
            },
        );
    }
    if p.len() > MAX_LINK_CHARS * 2 {
        return Err(ShareError::Damaged);
    }
    let z = unbase64url(data).ok_or(ShareError::Damaged)?;
    let raw = inflate(&z, MAX_FILE_BYTES + 1024).ok_or(ShareError::Damaged)?;
    let mut at = 0;
    let title = read_field(&raw, &mut at)?;
    let (url, published) = if version == VERSION_1 {
        ("", "")
    } else {
        (read_field(&raw, &mut at)?, read_field(&raw, &mut at)?)
    };
    let claim = read_leb128(&raw, &mut at).ok_or(ShareError::Damaged)?;
    let claim = match claim {
        0 => None,
        k => Some(ClaimId(
            u32::try_from(k - 1).map_err(|_| ShareError::Damaged)?,
        )),
    };
    let text = std::str::from_utf8(&raw[at..]).map_err(|_| ShareError::Damaged)?;
    let decoded = decode_str(text).map_err(|_| ShareError::Empty)?;
    let meta = Meta {
        title: Some(title.to_string()),
        source_url: Some(url.to_string()),
        published: Some(published.to_string()),
    }
    .cleaned(&mut Vec::new());
    Ok(Shared {
        text: decoded.text,
        title: clean_title(title),
        source_url: meta.source_url,
        published: meta.published,
        claim,
    })
}

fn leb128(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn read_leb128(b: &[u8], at: &mut usize) -> Option<u64> {
    let mut v: u64 = 0;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*at)?;
        *at += 1;
        v |= ((byte & 0x7F) as u64).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5).
fn base64url(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (k, &b)| acc | (b as u32) << (16 - 8 * k));
        for k in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(s: &str) -> Option<Vec<u8>> {
    if s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 2);
    for chunk in s.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (k, &c) in chunk.iter().enumerate() {
            let v = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'-' => 62,
                b'_' => 63,
                _ => return None,
            };
            n |= (v as u32) << (18 - 6 * k);
        }
        for k in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * k)) as u8);
        }
    }
    Some(out)
}
