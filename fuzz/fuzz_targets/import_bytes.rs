//! Fuzzes reading bytes as text (the file importer), as a Word document and
//! as share links: any bytes are decoded or refused with a message, never a
//! panic; what is decoded has `\n` line endings, no NUL and some text.
#![no_main]

use claim_reader::import::bytes::{decode, decode_str};
use claim_reader::import::{docx, share};
use libfuzzer_sys::fuzz_target;

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fuzz_target!(|data: &[u8]| {
    match decode(data) {
        Ok(d) => {
            assert!(!d.text.contains('\r') && !d.text.contains('\0'));
            assert!(!d.text.trim().is_empty());
            let _ = d.warnings();
            // Decoding is done once: its output passes through unchanged.
            assert_eq!(
                decode_str(&d.text).map(|again| again.text),
                Ok(d.text.clone())
            );
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    let _ = decode_str(&String::from_utf8_lossy(data));
    // The same bytes as a .docx: a ZIP archive read or refused, and as the
    // document's XML.
    if let Err(e) = docx::open(data) {
        assert!(!e.to_string().is_empty());
    }
    let _ = docx::paragraphs(&String::from_utf8_lossy(data));
    // The same bytes as a share link: raw, and as a well-formed base64url
    // payload so that the inflater sees arbitrary bit streams.
    let _ = share::decode(&String::from_utf8_lossy(data));
    let payload: String = data
        .iter()
        .map(|b| BASE64URL[(b & 63) as usize] as char)
        .collect();
    // Both versions of the link the reader reads.
    for version in ["1", "2"] {
        if let Ok(s) = share::decode(&format!("{version}.{payload}")) {
            assert!(!s.text.trim().is_empty());
        }
    }
});
