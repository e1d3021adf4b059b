//! Fuzzes the Markdown importer: any text converts without panicking, to
//! trimmed paragraphs separated by one blank line.
#![no_main]

use claim_reader::import::markdown::to_text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let md = String::from_utf8_lossy(data);
    let out = to_text(&md);
    assert_eq!(out.text.trim(), out.text);
    assert!(!out.text.contains("\n\n\n"));
    if let Some(t) = out.meta.title {
        assert!(!t.is_empty() && !t.contains('\n'));
    }
});
