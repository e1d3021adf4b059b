//! Prepares HTML for the browser's parser under the reader's strict
//! Content-Security-Policy.
//!
//! A document made by `DOMParser` shares the page's policy, so every
//! inline event handler (`onerror="…"`), `style` attribute and `<style>`
//! element in an imported page is refused and reported as a policy
//! violation, even though that document never runs or shows anything. A
//! news page has dozens. [`defuse`] renames them before parsing: event
//! handler and `style` attributes become `data-defused-…` attributes, and
//! `<style>` elements become `<template>` elements (whose content is not
//! part of the document, and which [`super::Builder`] skips). Nothing else
//! changes, so the article's text is the same.
//!
//! The scan follows the HTML tokenizer's data state: a tag starts at `<`
//! followed by a letter (or `/` and a letter), comments are skipped, and
//! attribute values may be quoted or not. It may also rename inside the
//! raw text of a `<script>` or `<title>` (which the browser reads as text);
//! that text is never the article's. Linear in the input.

/// `html` with event handler attributes, `style` attributes and `<style>`
/// elements renamed (see the module docs).
pub fn defuse(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() + html.len() / 64);
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + off;
        if b[lt..].starts_with(b"<!--") {
            i = match find(b, lt + 4, b"-->") {
                Some(end) => end + 3,
                None => b.len(),
            };
            continue;
        }
        let close = b.get(lt + 1) == Some(&b'/');
        let name_at = lt + 1 + usize::from(close);
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            i = lt + 1;
            continue;
        }
        let name_end = name_at
            + b[name_at..]
                .iter()
                .position(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
                .unwrap_or(b.len() - name_at);
        if b[name_at..name_end].eq_ignore_ascii_case(b"style") {
            out.push_str(&html[copied..name_at]);
            out.push_str("template");
            copied = name_end;
        }
        // Attributes, up to the end of the tag.
        let mut j = name_end;
        loop {
            while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                j += 1;
            }
            if j >= b.len() || b[j] == b'>' {
                break;
            }
            let attr = j;
            j += 1;
            while j < b.len() && !b[j].is_ascii_whitespace() && !matches!(b[j], b'/' | b'>' | b'=')
            {
                j += 1;
            }
            let name = &b[attr..j];
            let risky = name.eq_ignore_ascii_case(b"style")
                || (name.len() > 2 && name[..2].eq_ignore_ascii_case(b"on"));
            if risky && !close {
                out.push_str(&html[copied..attr]);
                out.push_str("data-defused-");
                copied = attr;
            }
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if b.get(j) != Some(&b'=') {
                continue;
            }
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            match b.get(j) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    j = match memchr::memchr(q, &b[j + 1..]) {
                        Some(k) => j + 1 + k + 1,
                        None => b.len(),
                    };
                }
                _ => {
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                }
            }
        }
        i = j.min(b.len());
    }
    out.push_str(&html[copied..]);
    out
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::defuse;

    fn check(input: &str, expect: &str) {
        assert_eq!(defuse(input), expect);
    }

    #[test]
    fn handlers_and_styles_are_renamed() {
        check(
            r#"<img src=x onerror="alert(1)"><p STYLE='color:red' class=a OnClick=go()>Hi</p>"#,
            r#"<img src=x data-defused-onerror="alert(1)"><p data-defused-STYLE='color:red' class=a data-defused-OnClick=go()>Hi</p>"#,
        );
        check(
            "<style>p > a { color: red }</style><STYLE media=x>b{}</Style >",
            "<template>p > a { color: red }</template><template media=x>b{}</template >",
        );
        check(
            "<body\nonload = 'x()' >",
            "<body\ndata-defused-onload = 'x()' >",
        );
    }

    #[test]
    fn text_comments_and_lookalikes_are_left_alone() {
        for s in [
            "Prices rose 5% on=Monday, style= aside. a < b and c <3 d",
            "<!-- <img onerror=x> --><p>one</p>",
            "<a href=\"/on-the-road\" title='style guide'>on</a>",
            "<option selected>x</option><button formaction=x>",
            "<p data-x=\">\" >text</p>",
            "<p class=\"unterminated",
            "<a on>x</a><a o=1>",
            "<",
            "</",
            "<p",
        ] {
            check(s, s);
        }
        check(
            "ünïcödé <b onmouseover=x>✓</b>",
            "ünïcödé <b data-defused-onmouseover=x>✓</b>",
        );
    }
}
