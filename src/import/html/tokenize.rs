//! A small HTML tokenizer that drives a [`Builder`] from a string: how the
//! `claims` CLI reads HTML, and what the fuzz target feeds the builder.
//!
//! The reader never uses it: in the browser, `DOMParser` builds the tree
//! and the glue walks it. This is an approximation of the HTML parser that
//! `tests/import_html.rs` holds to html5ever's on ordinary pages, and that
//! stays linear on hostile ones (html5ever does not, on deep nesting):
//! tags, attributes (quoted, unquoted, bare), comments,
//! doctypes, raw text (`script`, `style`, `title`, `textarea` …), void
//! elements, character references, end tags that close what they enclose,
//! and the implied ends that matter for text (`p` before a block, `li`,
//! `dt`/`dd`, `td`/`th`, `tr`, `option`). Linear in the input.

use super::{Builder, Descend, EmptyPage};
use crate::import::Opened;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Elements whose start closes an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "li",
    "dd",
    "dt",
];

/// The article's text of an HTML document, through [`Builder`].
pub fn to_text(html: &str) -> Result<Opened, EmptyPage> {
    let mut b = Builder::new();
    drive(html, &mut b);
    b.finish()
}

/// Feeds every element and text of `html` to `builder`, as the glue does
/// for a parsed document.
pub fn drive(html: &str, builder: &mut Builder) {
    let lower = html.to_ascii_lowercase();
    let mut walker = Walker {
        b: builder,
        stack: Vec::new(),
        skipping: 0,
        open: std::collections::HashMap::new(),
        quirks: !lower
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with("<!doctype"),
    };
    let bytes = html.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let Some(lt) = memchr::memchr(b'<', &bytes[at..]).map(|k| at + k) else {
            walker.text(&html[at..]);
            break;
        };
        if lt > at {
            walker.text(&html[at..lt]);
        }
        let rest = &lower[lt..];
        if rest.starts_with("<!--") {
            at = match lower[lt + 4..].find("-->") {
                Some(k) => lt + 4 + k + 3,
                None => bytes.len(),
            };
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            at = match memchr::memchr(b'>', &bytes[lt..]) {
                Some(k) => lt + k + 1,
                None => bytes.len(),
            };
            continue;
        }
        let closing = rest.starts_with("</");
        let name_at = lt + if closing { 2 } else { 1 };
        let name_len = bytes[name_at..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b':')
            .count();
        if name_len == 0 || !bytes[name_at].is_ascii_alphabetic() {
            // Not a tag: a lone "<" is text.
            walker.text("<");
            at = lt + 1;
            continue;
        }
        let name = &lower[name_at..name_at + name_len];
        let (attrs, end) = attributes(html, name_at + name_len);
        at = end;
        if closing {
            walker.end(name);
            continue;
        }
        let self_closing = html[..end].ends_with("/>");
        walker.start(name, &attrs);
        if VOID.contains(&name) || self_closing && !RAW_TEXT.contains(&name) {
            walker.end(name);
            continue;
        }
        if RAW_TEXT.contains(&name) {
            let close = format!("</{name}");
            let stop = lower[at..].find(&close).map_or(bytes.len(), |k| at + k);
            let raw = &html[at..stop];
            if matches!(name, "title" | "textarea") {
                walker.raw(&decode(raw));
            } else {
                walker.raw(raw);
            }
            at = match memchr::memchr(b'>', &bytes[stop..]) {
                Some(k) => stop + k + 1,
                None => bytes.len(),
            };
            walker.end(name);
        }
    }
    while !walker.stack.is_empty() {
        walker.pop();
    }
}

/// The element stack, with what the builder said about each element.
struct Walker<'b> {
    b: &'b mut Builder,
    /// Open elements: name and whether the builder entered it.
    stack: Vec<(String, bool)>,
    /// Open elements inside a skipped one (the skipped one included).
    skipping: usize,
    /// How many elements of each name are open, so that an end tag or an
    /// implied end with nothing to close costs nothing.
    open: std::collections::HashMap<String, usize>,
    /// No doctype opens the page: a browser reads it in quirks mode, where
    /// a table does not close an open paragraph.
    quirks: bool,
}

/// How far down the stack an implied end looks.
const SCOPE_DEPTH: usize = 512;

impl Walker<'_> {
    fn text(&mut self, raw: &str) {
        if self.skipping == 0 && !raw.is_empty() {
            self.b.text(&decode(raw));
        }
    }

    fn raw(&mut self, raw: &str) {
        if self.skipping == 0 && !raw.is_empty() {
            self.b.text(raw);
        }
    }

    fn start(&mut self, name: &str, attrs: &[(String, String)]) {
        self.imply_ends(name);
        *self.open.entry(name.to_string()).or_insert(0) += 1;
        if self.skipping > 0 {
            self.stack.push((name.to_string(), false));
            self.skipping += 1;
            return;
        }
        let found = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let entered = self.b.open(name, found) == Descend::Enter;
        self.stack.push((name.to_string(), entered));
        if !entered {
            self.skipping += 1;
        }
    }

    fn end(&mut self, name: &str) {
        if self.open.get(name).copied().unwrap_or(0) == 0 {
            return;
        }
        // Every element above the match is closed, so the search costs no
        // more than the pops.
        if let Some(k) = self.stack.iter().rposition(|(n, _)| n == name) {
            while self.stack.len() > k {
                self.pop();
            }
        }
    }

    fn pop(&mut self) {
        if let Some((name, entered)) = self.stack.pop() {
            if let Some(n) = self.open.get_mut(&name) {
                *n = n.saturating_sub(1);
            }
            if self.skipping > 0 {
                self.skipping -= 1;
            } else if entered {
                self.b.close();
            }
        }
    }

    fn is_open(&self, name: &str, scope: &[&str]) -> Option<usize> {
        if self.open.get(name).copied().unwrap_or(0) == 0 {
            return None;
        }
        for (k, (n, _)) in self.stack.iter().enumerate().rev().take(SCOPE_DEPTH) {
            if n == name {
                return Some(k);
            }
            if scope.contains(&n.as_str()) {
                return None;
            }
        }
        None
    }

    /// The ends the HTML parser implies when `name` starts.
    fn imply_ends(&mut self, name: &str) {
        let close_to = |w: &mut Walker, k: usize| {
            while w.stack.len() > k {
                w.pop();
            }
        };
        if CLOSES_P.contains(&name) && !(name == "table" && self.quirks) {
            if let Some(k) = self.is_open("p", &["button", "table", "td", "th", "div", "li"]) {
                close_to(self, k);
            }
        }
        match name {
            "li" => {
                if let Some(k) = self.is_open("li", &["ul", "ol", "menu"]) {
                    close_to(self, k);
                }
            }
            "dt" | "dd" => {
                for other in ["dt", "dd"] {
                    if let Some(k) = self.is_open(other, &["dl"]) {
                        close_to(self, k);
                    }
                }
            }
            "td" | "th" => {
                for other in ["td", "th"] {
                    if let Some(k) = self.is_open(other, &["tr", "table"]) {
                        close_to(self, k);
                    }
                }
            }
            "tr" => {
                if let Some(k) = self.is_open("tr", &["table"]) {
                    close_to(self, k);
                }
            }
            "option" => {
                if let Some(k) = self.is_open("option", &["select"]) {
                    close_to(self, k);
                }
            }
            _ => {}
        }
    }
}

/// The attributes after a tag name, and the index just past the tag's `>`
/// (or the end of the input).
fn attributes(html: &str, from: usize) -> (Vec<(String, String)>, usize) {
    let b = html.as_bytes();
    let mut attrs = Vec::new();
    let mut i = from;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            return (attrs, b.len());
        }
        if b[i] == b'>' {
            return (attrs, i + 1);
        }
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        if i == name_start {
            // A stray "=": skip it.
            i += 1;
            continue;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let start = i + 1;
                let end = memchr::memchr(q, &b[start..]).map_or(b.len(), |k| start + k);
                value = decode(&html[start..end]);
                i = (end + 1).min(b.len());
            } else {
                let start = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = decode(&html[start..i]);
            }
        }
        if !attrs.iter().any(|(n, _)| *n == name) {
            attrs.push((name, value));
        }
    }
}

/// Character references decoded (those the Markdown reader knows, and
/// numeric ones).
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    while let Some(k) = s[at..].find('&') {
        let amp = at + k;
        out.push_str(&s[at..amp]);
        match entity(&s[amp..]) {
            Some((c, len)) => {
                out.push(c);
                at = amp + len;
            }
            None => {
                out.push('&');
                at = amp + 1;
            }
        }
    }
    out.push_str(&s[at..]);
    out
}

/// A character reference at `&`: the character and the reference's length.
fn entity(s: &str) -> Option<(char, usize)> {
    let window = &s.as_bytes()[..s.len().min(40)];
    let semi = window.iter().position(|b| *b == b';')?;
    let name = &s[1..semi];
    let c = if let Some(num) = name.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.len() <= 6 => u32::from_str_radix(hex, 16).ok()?,
            None if !num.is_empty() && num.len() <= 7 => num.parse::<u32>().ok()?,
            _ => return None,
        };
        if v == 0 {
            '\u{FFFD}'
        } else {
            char::from_u32(v).unwrap_or('\u{FFFD}')
        }
    } else {
        named_entity(name)?
    };
    Some((c, semi + 1))
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bdquo" => '„',
        "sbquo" => '‚',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "sect" => '§',
        "para" => '¶',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        "divide" => '÷',
        "plusmn" => '±',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "shy" => '\u{AD}',
        "zwj" => '\u{200D}',
        "zwnj" => '\u{200C}',
        _ => return None,
    })
}
