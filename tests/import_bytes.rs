//! Opening a file's bytes as text: encodings, replaced bytes with a visible
//! warning, binary files named, empty files and the size limit refused with
//! a clear message; one normalisation of line endings.

use claim_reader::import::bytes::{
    check_size, decode, decode_str, decode_within, BytesError, Encoding, MAX_FILE_BYTES,
};
use claim_reader::import::Format;
use proptest::prelude::*;

fn refusal(bytes: &[u8]) -> String {
    decode(bytes).unwrap_err().to_string()
}

fn utf16(s: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = std::iter::once(0xFEFF)
        .filter(|_| bom)
        .chain(s.encode_utf16());
    for u in units {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf8_is_read_as_it_is_and_a_byte_order_mark_is_dropped() {
    let d = decode("Officials said “12” — é.".as_bytes()).unwrap();
    assert_eq!(d.text, "Officials said “12” — é.");
    assert_eq!((d.encoding, d.bom, d.replaced), (Encoding::Utf8, false, 0));
    assert!(d.warnings().is_empty());
    let d = decode(b"\xEF\xBB\xBFHello").unwrap();
    assert_eq!((d.text.as_str(), d.bom), ("Hello", true));
}

#[test]
fn line_endings_become_line_feeds() {
    let d = decode(b"one\r\ntwo\rthree\n\r\nfour").unwrap();
    assert_eq!(d.text, "one\ntwo\nthree\n\nfour");
    assert!(d.line_endings_changed);
    assert!(!decode(b"a\nb").unwrap().line_endings_changed);
}

#[test]
fn invalid_utf8_is_replaced_and_counted_for_a_warning() {
    // Latin-1 "café" and a stray continuation byte.
    let d = decode(b"caf\xE9 au lait \x80\x80 ok").unwrap();
    assert_eq!(d.text, "caf\u{FFFD} au lait \u{FFFD}\u{FFFD} ok");
    assert_eq!(d.replaced, 3);
    assert_eq!(
        d.warnings(),
        vec!["3 invalid bytes were replaced with \u{FFFD}; the file may not be UTF-8 or UTF-16 text."]
    );
    // A truncated sequence is one replacement of its bytes.
    let d = decode(b"end \xE2\x80").unwrap();
    assert_eq!((d.text.as_str(), d.replaced), ("end \u{FFFD}", 2));
    assert!(decode(b"x\xFF").unwrap().warnings()[0].starts_with("1 invalid byte was replaced"));
}

#[test]
fn utf16_with_a_byte_order_mark_is_read_in_either_order() {
    let s = "Officials said “12 people” died. 👩‍👩‍👧\r\nNext.";
    for be in [false, true] {
        let d = decode(&utf16(s, be, true)).unwrap();
        assert_eq!(d.text, "Officials said “12 people” died. 👩‍👩‍👧\nNext.");
        assert_eq!(
            d.encoding,
            if be {
                Encoding::Utf16Be
            } else {
                Encoding::Utf16Le
            }
        );
        assert!(d.warnings().is_empty());
    }
}

#[test]
fn utf16_without_a_byte_order_mark_is_recognised_and_said() {
    let d = decode(&utf16(
        "Plain English text, long enough to tell.",
        false,
        false,
    ))
    .unwrap();
    assert_eq!(d.text, "Plain English text, long enough to tell.");
    assert_eq!(
        d.warnings(),
        vec!["The file has no byte-order mark; it was read as UTF-16 (little-endian)."]
    );
    let d = decode(&utf16("Big-endian words here.", true, false)).unwrap();
    assert_eq!(d.encoding, Encoding::Utf16Be);
}

#[test]
fn broken_utf16_is_replaced_and_counted() {
    let mut b = utf16("ab", false, true);
    b.extend([0x00, 0xD8]); // a lone high surrogate
    b.extend([0x63, 0x00]);
    b.push(0x64); // an odd last byte
    let d = decode(&b).unwrap();
    assert_eq!(d.text, "ab\u{FFFD}c\u{FFFD}");
    assert_eq!(d.replaced, 2);
    assert!(d.warnings()[0].starts_with("2 invalid characters were replaced"));
}

#[test]
fn binary_files_are_refused_naming_what_they_look_like() {
    let cases: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "a PNG image"),
        (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\0\x01\0", "a GIF image"),
        (b"RIFF\x10\0\0\0WEBPVP8 ", "a WebP image"),
        (b"%PDF-1.7\n%\xE2\xE3", "a PDF document"),
        (
            b"PK\x03\x04\x14\0\x06\0",
            "a ZIP archive, such as a Word (.docx)",
        ),
        (b"\x1F\x8B\x08\0", "a gzip archive"),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "an older Microsoft Office document",
        ),
        (b"{\\rtf1\\ansi hello}", "an RTF document"),
        (b"some\0binary\0data", "binary data (it contains NUL bytes)"),
    ];
    for (bytes, name) in cases {
        let m = refusal(bytes);
        assert!(
            m.starts_with("This file is not text: it looks like "),
            "{m}"
        );
        assert!(m.contains(name), "{m} does not name {name}");
        assert!(m.ends_with("Open a .txt, .md, .html or .json file, or paste the text."));
    }
}

#[test]
fn a_late_nul_is_replaced_not_a_reason_to_refuse() {
    let mut b = b"word ".repeat(2000);
    b.push(0);
    b.extend_from_slice(b" end");
    let d = decode(&b).unwrap();
    assert!(d.text.ends_with("\u{FFFD} end"));
    assert_eq!(d.replaced, 1);
}

#[test]
fn empty_and_blank_files_are_refused() {
    assert_eq!(refusal(b""), "This file is empty.");
    assert_eq!(
        refusal(b" \r\n\t\n"),
        "This file has no text, only blank space."
    );
    assert_eq!(
        refusal(b"\xEF\xBB\xBF"),
        "This file has no text, only blank space."
    );
    assert_eq!(decode_str("\u{feff} \n").unwrap_err(), BytesError::Blank);
    assert_eq!(decode_str("").unwrap_err(), BytesError::Empty);
}

#[test]
fn the_size_limit_is_checked_before_decoding_with_the_size_in_the_message() {
    assert_eq!(MAX_FILE_BYTES, 5 * 1024 * 1024);
    assert!(check_size(MAX_FILE_BYTES, MAX_FILE_BYTES).is_ok());
    assert_eq!(
        check_size(7_654_321, MAX_FILE_BYTES)
            .unwrap_err()
            .to_string(),
        "This file is 7.3 MB; the reader opens files of up to 5.0 MB."
    );
    // Even bytes that would be refused as binary are refused by size first.
    let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
    big.resize(MAX_FILE_BYTES + 1, b'a');
    assert_eq!(
        decode(&big),
        Err(BytesError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES
        })
    );
}

#[test]
fn every_leading_byte_order_mark_goes() {
    assert_eq!(
        decode("\u{feff}\u{feff}Text".as_bytes()).unwrap().text,
        "Text"
    );
    assert_eq!(decode_str("\u{feff}\u{feff}Text").unwrap().text, "Text");
}

#[test]
fn exports_may_be_larger_than_text_files() {
    let json_limit = Format::ReportJson.max_bytes();
    assert_eq!(json_limit, 32 * 1024 * 1024);
    assert_eq!(Format::Html.max_bytes(), MAX_FILE_BYTES);
    let mut big = b"{\"format\": \"claim-reader.report/1\"".to_vec();
    big.resize(MAX_FILE_BYTES + 10, b' ');
    assert!(decode(&big).is_err());
    assert!(decode_within(&big, json_limit).is_ok());
    assert_eq!(
        check_size(40 * 1024 * 1024, json_limit)
            .unwrap_err()
            .to_string(),
        "This file is 40.0 MB; the reader opens files of up to 32.0 MB."
    );
}

#[test]
fn pasted_text_is_prepared_like_a_file() {
    let d = decode_str("\u{feff}Line one\r\nLine\0two").unwrap();
    assert_eq!(d.text, "Line one\nLine\u{FFFD}two");
    assert_eq!(d.replaced, 1);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, .. ProptestConfig::default() })]

    #[test]
    fn any_bytes_decode_or_are_refused_without_panicking(b in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(d) = decode(&b) {
            prop_assert!(!d.text.contains('\r') && !d.text.contains('\0'));
            prop_assert!(!d.text.trim().is_empty());
        }
    }

    #[test]
    fn clean_utf8_text_comes_back_unchanged(s in "[^\r\0]{1,200}") {
        prop_assume!(!s.trim().is_empty());
        // Text that starts like a known binary format is refused by design.
        if let Ok(d) = decode(s.as_bytes()) {
            prop_assert_eq!(&d.text, s.trim_start_matches('\u{feff}'));
            prop_assert_eq!(d.replaced, 0);
        }
    }

    #[test]
    fn utf16_with_a_mark_always_reads_back(s in "[^\r\0]{1,200}", be in any::<bool>()) {
        prop_assume!(!s.trim().is_empty() && !s.starts_with('\u{feff}'));
        let d = decode(&utf16(&s, be, true)).unwrap();
        prop_assert_eq!(d.text, s);
        prop_assert_eq!(d.replaced, 0);
    }

    #[test]
    fn replacements_are_counted_exactly_like_the_standard_library(b in prop::collection::vec(any::<u8>(), 1..300)) {
        let b: Vec<u8> = b.into_iter().map(|x| if x == 0 || x == b'\r' { b'x' } else { x }).collect();
        if let Ok(d) = decode(&b) {
            if d.encoding == Encoding::Utf8 {
                let body = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&b);
                let lossy = String::from_utf8_lossy(body);
                prop_assert_eq!(&d.text, lossy.trim_start_matches('\u{feff}'));
                prop_assert_eq!(d.replaced == 0, std::str::from_utf8(body).is_ok());
            }
        }
    }
}
