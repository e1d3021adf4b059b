//! A Word document's (`.docx`) text: the ZIP archive is read here (its
//! central directory, then `word/document.xml`, stored or DEFLATE
//! compressed, inflated by `miniz_oxide` with a limit), and the
//! XML walked for its paragraphs (`<w:p>`) and their text runs (`<w:t>`,
//! tabs and line breaks; deleted text of tracked changes left out).
//! Pure, never panics, and never inflates more than [`MAX_XML_BYTES`].

use super::Meta;
use super::{guess_title, Opened};

/// The largest `.docx` file the reader opens (20 MB: pictures make them large).
pub const MAX_DOCX_BYTES: usize = 20 * 1024 * 1024;

/// The largest `word/document.xml` inflated (its markup is many times its text).
pub const MAX_XML_BYTES: usize = 64 * 1024 * 1024;

/// Why a `.docx` could not be opened. The `Display` is the user's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxError {
    /// An OLE compound file: an encrypted `.docx` or an old `.doc`.
    OldOrEncrypted,
    /// A ZIP archive, but no `word/document.xml` in it.
    NotWord,
    /// Not a ZIP archive that can be read.
    Damaged(&'static str),
    /// No text in it.
    NoText,
}

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocxError::OldOrEncrypted => write!(f, "This Word file is either protected with a password or in the old .doc format, which the reader cannot open: save it from Word as an unprotected .docx, or copy its text."),
            DocxError::NotWord => write!(f, "This file is a ZIP archive but not a Word document (it has no word/document.xml)."),
            DocxError::Damaged(why) => write!(f, "This Word document is damaged and cannot be read ({why})."),
            DocxError::NoText => write!(f, "This Word document has no text."),
        }
    }
}

impl std::error::Error for DocxError {}

fn u16_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?) as usize)
}

fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?) as usize)
}

/// The bytes of the member `name` of a ZIP archive, inflated.
fn member(zip: &[u8], name: &str) -> Result<Option<Vec<u8>>, DocxError> {
    let damaged = DocxError::Damaged;
    // The end of central directory record: within the last 64 KB + 22 bytes.
    let from = zip.len().saturating_sub(65_557);
    let eocd = (from..zip.len().saturating_sub(21))
        .rev()
        .find(|&i| zip[i..].starts_with(b"PK\x05\x06"))
        .ok_or(damaged("no ZIP directory"))?;
    let count = u16_at(zip, eocd + 10).ok_or(damaged("cut short"))?;
    let mut at = u32_at(zip, eocd + 16).ok_or(damaged("cut short"))?;
    for _ in 0..count {
        if !zip.get(at..).is_some_and(|b| b.starts_with(b"PK\x01\x02")) {
            return Err(damaged("a broken ZIP directory"));
        }
        let get = |o| u16_at(zip, at + o).ok_or(damaged("cut short"));
        let method = get(10)?;
        let size = u32_at(zip, at + 20).ok_or(damaged("cut short"))?;
        let (n, extra, comment) = (get(28)?, get(30)?, get(32)?);
        let local = u32_at(zip, at + 42).ok_or(damaged("cut short"))?;
        let this = zip.get(at + 46..at + 46 + n).ok_or(damaged("cut short"))?;
        at += 46 + n + extra + comment;
        if this != name.as_bytes() {
            continue;
        }
        if !zip
            .get(local..)
            .is_some_and(|b| b.starts_with(b"PK\x03\x04"))
        {
            return Err(damaged("a broken ZIP entry"));
        }
        let start = local
            + 30
            + u16_at(zip, local + 26).unwrap_or(0)
            + u16_at(zip, local + 28).unwrap_or(0);
        let data = zip
            .get(start..start.saturating_add(size))
            .ok_or(damaged("cut short"))?;
        return match method {
            0 => Ok(Some(data.to_vec())),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_XML_BYTES)
                .map(Some)
                .map_err(|_| damaged("its text does not decompress")),
            _ => Err(damaged("an unknown compression method")),
        };
    }
    Ok(None)
}

fn unescape(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..end];
        let c = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => ent
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// The paragraphs of a `word/document.xml`, one per `<w:p>` with text.
pub fn paragraphs(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut para = String::new();
    let mut rest = xml;
    let mut in_text = false;
    while let Some(lt) = rest.find('<') {
        if in_text {
            unescape(&rest[..lt], &mut para);
        }
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        let closing = tag.starts_with('/');
        let empty = tag.ends_with('/');
        match name {
            "w:t" => in_text = !closing && !empty,
            "w:tab" if !closing => para.push('\t'),
            "w:br" | "w:cr" if !closing => para.push(' '),
            "w:p" if closing || empty => {
                let p = para.split_whitespace().collect::<Vec<_>>().join(" ");
                if !p.is_empty() {
                    out.push(p);
                }
                para.clear();
            }
            _ => {}
        }
    }
    out
}

/// Opens a `.docx` file's bytes as text, one paragraph per Word paragraph.
pub fn open(bytes: &[u8]) -> Result<Opened, DocxError> {
    if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        return Err(DocxError::OldOrEncrypted);
    }
    if !bytes.starts_with(b"PK") {
        return Err(DocxError::Damaged("it is not a ZIP archive"));
    }
    let xml = member(bytes, "word/document.xml")?.ok_or(DocxError::NotWord)?;
    let xml = String::from_utf8_lossy(&xml);
    let text = paragraphs(&xml).join("\n\n");
    if text.trim().is_empty() {
        return Err(DocxError::NoText);
    }
    if text.len() > super::bytes::MAX_FILE_BYTES {
        return Err(DocxError::Damaged("its text is larger than 5 MB"));
    }
    Ok(Opened {
        meta: Meta {
            title: guess_title(&text),
            ..Meta::default()
        },
        text,
        warnings: Vec::new(),
        pdf: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ZIP archive of `files`, each DEFLATE compressed (or stored).
    fn zip(files: &[(&str, &[u8], bool)]) -> Vec<u8> {
        let (mut out, mut dir) = (Vec::new(), Vec::new());
        for (name, data, compress) in files {
            let body = if *compress {
                miniz_oxide::deflate::compress_to_vec(data, 6)
            } else {
                data.to_vec()
            };
            let method: u16 = if *compress { 8 } else { 0 };
            let offset = out.len() as u32;
            out.extend_from_slice(b"PK\x03\x04");
            out.extend_from_slice(&[20, 0, 0, 0]);
            out.extend_from_slice(&method.to_le_bytes());
            out.extend_from_slice(&[0; 8]); // time, date, crc (unchecked)
            out.extend_from_slice(&(body.len() as u32).to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&[0, 0]);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&body);
            dir.extend_from_slice(b"PK\x01\x02");
            dir.extend_from_slice(&[20, 0, 20, 0, 0, 0]);
            dir.extend_from_slice(&method.to_le_bytes());
            dir.extend_from_slice(&[0; 8]);
            dir.extend_from_slice(&(body.len() as u32).to_le_bytes());
            dir.extend_from_slice(&(data.len() as u32).to_le_bytes());
            dir.extend_from_slice(&(name.len() as u16).to_le_bytes());
            dir.extend_from_slice(&[0; 12]);
            dir.extend_from_slice(&offset.to_le_bytes());
            dir.extend_from_slice(name.as_bytes());
        }
        let at = out.len() as u32;
        out.extend_from_slice(&dir);
        out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        out.extend_from_slice(&(files.len() as u16).to_le_bytes());
        out.extend_from_slice(&(files.len() as u16).to_le_bytes());
        out.extend_from_slice(&(dir.len() as u32).to_le_bytes());
        out.extend_from_slice(&at.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    const XML: &str = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Dam repairs</w:t></w:r><w:r><w:t xml:space="preserve"> finished</w:t></w:r></w:p>
<w:p><w:r><w:t>The engineer said: &quot;It holds&quot; &amp; </w:t></w:r><w:r><w:delText>not this</w:delText><w:t>more</w:t><w:br/><w:t>after&#x2014;a break.</w:t></w:r></w:p>
<w:p/><w:p><w:r><w:t/></w:r></w:p>
<w:p><w:r><w:t>Last&#8217;s</w:t><w:tab/><w:t>word</w:t></w:r></w:p></w:body></w:document>"#;

    #[test]
    fn reads_paragraphs_and_runs_of_a_word_document() {
        for compress in [true, false] {
            let z = zip(&[
                ("[Content_Types].xml", b"<Types/>", compress),
                ("word/document.xml", XML.as_bytes(), compress),
            ]);
            let o = open(&z).unwrap();
            assert_eq!(
                o.text,
                "Dam repairs finished\n\nThe engineer said: \"It holds\" & more after\u{2014}a break.\n\nLast\u{2019}s word"
            );
            assert_eq!(o.meta.title.as_deref(), Some("Dam repairs finished"));
        }
    }

    #[test]
    fn refuses_what_is_not_a_readable_word_document() {
        assert_eq!(
            open(&[0xd0, 0xcf, 0x11, 0xe0, 1, 2]),
            Err(DocxError::OldOrEncrypted)
        );
        assert_eq!(
            open(&zip(&[("a.txt", b"hi", true)])),
            Err(DocxError::NotWord)
        );
        let empty = zip(&[(
            "word/document.xml",
            b"<w:document><w:p/></w:document>",
            true,
        )]);
        assert_eq!(open(&empty), Err(DocxError::NoText));
        assert!(matches!(open(b"plain text"), Err(DocxError::Damaged(_))));
        // Every cut of a good file is refused or read, never a panic.
        let good = zip(&[("word/document.xml", XML.as_bytes(), true)]);
        for n in 0..good.len() {
            let _ = open(&good[..n]);
            let mut bad = good.clone();
            bad[n] ^= 0x5a;
            let _ = open(&bad);
        }
        for e in [
            DocxError::OldOrEncrypted,
            DocxError::NotWord,
            DocxError::Damaged("x"),
            DocxError::NoText,
        ] {
            assert!(e.to_string().ends_with('.'));
        }
    }
}
