//! Fuzzes the HTML importer: any string through the test tokenizer, and any
//! sequence of the glue's calls (open, text, close in any order) straight
//! into the builder; no panic, and readable text or the empty-page message.
#![no_main]

use claim_reader::import::html::{tokenize, Builder};
use libfuzzer_sys::fuzz_target;

const TAGS: &[&str] = &[
    "html",
    "head",
    "title",
    "body",
    "main",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "div",
    "p",
    "span",
    "br",
    "hr",
    "pre",
    "q",
    "h1",
    "h2",
    "li",
    "ul",
    "table",
    "tr",
    "td",
    "script",
    "style",
    "meta",
    "link",
    "aside",
    "blockquote",
    "em",
];
const ATTRS: &[(&str, &str)] = &[
    ("role", "main"),
    ("role", "navigation"),
    ("hidden", ""),
    ("aria-hidden", "true"),
    ("style", "display:none"),
    ("class", "share social"),
    ("class", "post sidebar"),
    ("itemprop", "articleBody"),
    ("property", "og:title"),
    ("content", "A title"),
    ("rel", "canonical"),
    ("href", "https://example.org/a"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 0 {
        let html = String::from_utf8_lossy(rest);
        check(tokenize::to_text(&html));
        return;
    }
    // Each byte is a call: open a tag (with one attribute), close, or text.
    let mut b = Builder::new();
    let mut i = 0;
    while i < rest.len() {
        let op = rest[i];
        i += 1;
        match op % 4 {
            0 | 1 => {
                let tag = TAGS[(op as usize / 4) % TAGS.len()];
                let (k, v) = ATTRS[rest.get(i).copied().unwrap_or(0) as usize % ATTRS.len()];
                i += 1;
                let _ = b.open(tag, |name: &str| (name == k).then(|| v.to_string()));
            }
            2 => b.close(),
            _ => {
                let n = (op as usize / 4).min(rest.len() - i);
                b.text(&String::from_utf8_lossy(&rest[i..i + n]));
                i += n;
            }
        }
    }
    check(b.finish());
});

fn check(r: Result<claim_reader::import::Opened, claim_reader::import::html::EmptyPage>) {
    match r {
        Ok(o) => {
            assert!(!o.text.trim().is_empty());
            assert!(!o.text.contains("\n\n\n"));
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}
