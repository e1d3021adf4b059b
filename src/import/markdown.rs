//! Markdown to plain text with its paragraphs, for the engine.
//!
//! The reader shows and analyses prose, so the result keeps every word a
//! reader of the rendered page would see and drops the markup:
//!
//! - paragraphs stay paragraphs (separated by a blank line); lines wrapped
//!   inside a paragraph are joined with spaces, hard breaks included;
//! - headings (`#` or underlined) become their own paragraphs, without marks;
//! - each list item becomes a paragraph (markers and task boxes dropped);
//! - block quotes lose their `>`; table rows become one paragraph each, the
//!   cells separated by ` | `, the delimiter row dropped;
//! - emphasis, strong and strikethrough marks are removed by CommonMark's
//!   flanking rules, so `5 * 3`, `snake_case`, `~200` and apostrophes stay;
//! - links become their text; images are dropped (their alt text describes
//!   a picture, not the report's words); inline code and fenced code blocks
//!   are kept as text (a code block keeps its lines), since they are words
//!   of the document and nothing is lost silently; indented blocks are read
//!   as prose (pasted text is often indented);
//! - HTML comments, `<script>` and `<style>` blocks, link reference
//!   definitions and thematic breaks are dropped; other inline HTML tags are
//!   removed, keeping their text; character references (`&amp;`) are decoded;
//! - YAML (`---`) or TOML (`+++`) front matter is dropped, and its `title`
//!   offered as the title.
//!
//! The title is the front matter's, else the first level-one heading, else
//! the first heading, else a guess from the first line
//! ([`super::guess_title`]). Linear in the input: every look-ahead is
//! bounded. Never panics.

use super::Opened;
use crate::report::json::{clean_title, Meta};

/// How far a link destination, an HTML tag or an autolink may reach.
const MAX_DESTINATION: usize = 4096;
/// Link texts nest at most this deep; deeper brackets stay as they are.
const MAX_NESTING: u8 = 4;
/// Reference labels remembered per kind.
const MAX_LABELS: usize = 512;

/// Converts Markdown to plain text; the title goes in `meta.title`.
pub fn to_text(markdown: &str) -> Opened {
    let cleaned = strip_hidden_html(markdown);
    let lines: Vec<&str> = cleaned
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .collect();
    let (front_title, body_start) = front_matter(&lines);
    let refs = definitions(&lines[body_start..]);
    let mut b = Blocks {
        refs,
        out: Vec::new(),
        para: Vec::new(),
        in_item: false,
        first_h1: None,
        first_heading: None,
    };
    b.run(&lines[body_start..]);
    let text = b.out.join("\n\n");
    let title = front_title
        .and_then(|t| clean_title(&t))
        .or(b.first_h1)
        .or(b.first_heading)
        .or_else(|| super::guess_title(&text));
    Opened {
        text,
        meta: Meta {
            title,
            ..Meta::default()
        },
        warnings: Vec::new(),
    }
}

/// Link reference labels and footnote labels, normalised; at most
/// [`MAX_LABELS`] of each (further definitions are still dropped from the
/// text, but links to them stay as written).
struct Refs {
    links: Vec<String>,
    footnotes: Vec<String>,
}

impl Refs {
    fn link(&self, label: &str) -> bool {
        let l = normalise_label(label);
        self.links.contains(&l)
    }

    fn footnote(&self, label: &str) -> bool {
        let l = normalise_label(label);
        self.footnotes.contains(&l)
    }
}

struct Blocks {
    refs: Refs,
    /// Finished paragraphs.
    out: Vec<String>,
    /// Lines of the paragraph being read.
    para: Vec<String>,
    /// Whether that paragraph is a list item (another item may follow it
    /// directly, whatever its number).
    in_item: bool,
    first_h1: Option<String>,
    first_heading: Option<String>,
}

/// An open fenced code block: its character, length and indentation.
struct Fence {
    ch: char,
    len: usize,
    indent: usize,
    depth: usize,
    lines: Vec<String>,
}

impl Blocks {
    fn run(&mut self, lines: &[&str]) {
        let mut fence: Option<Fence> = None;
        let mut prev_depth = 0;
        let mut in_table = false;
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            i += 1;
            let (depth, rest) = strip_quotes(line);
            if let Some(mut f) = fence.take() {
                let body = if depth >= f.depth {
                    strip_quotes_n(line, f.depth)
                } else {
                    line
                };
                let (indent, s) = indentation(body);
                let run = s.chars().take_while(|c| *c == f.ch).count();
                if indent <= 3 && run >= f.len && s[run..].trim().is_empty() {
                    self.code(f.lines);
                } else {
                    f.lines.push(remove_indent(body, f.indent).to_string());
                    fence = Some(f);
                }
                continue;
            }
            if rest.trim().is_empty() {
                self.flush();
                in_table = false;
                prev_depth = depth;
                continue;
            }
            if depth > prev_depth {
                self.flush();
            }
            prev_depth = depth;
            let (indent, s) = indentation(rest);
            let s = s.trim_end();

            if indent <= 3 {
                if let Some((ch, len)) = fence_open(s) {
                    self.flush();
                    fence = Some(Fence {
                        ch,
                        len,
                        indent,
                        depth,
                        lines: Vec::new(),
                    });
                    continue;
                }
                if let Some((level, title)) = atx_heading(s) {
                    self.flush();
                    self.heading(level, title);
                    continue;
                }
                if !self.para.is_empty() && !self.in_item {
                    if let Some(level) = setext_underline(s) {
                        let text = std::mem::take(&mut self.para).join(" ");
                        self.heading(level, &text);
                        continue;
                    }
                }
                if thematic_break(s) {
                    self.flush();
                    continue;
                }
            }
            if let Some(text) = footnote_definition(s) {
                self.flush();
                self.para.push(text.to_string());
                continue;
            }
            if indent <= 3 && self.para.is_empty() && link_definition(s).is_some() {
                continue;
            }
            if s.contains('|') {
                let next_is_delimiter = lines
                    .get(i)
                    .is_some_and(|n| table_delimiter(strip_quotes(n).1));
                if next_is_delimiter {
                    self.flush();
                    self.row(s);
                    in_table = true;
                    i += 1;
                    continue;
                }
                if in_table {
                    self.row(s);
                    continue;
                }
            }
            in_table = false;
            if let Some((ordered_not_one, item)) = list_item(s) {
                if !ordered_not_one || self.para.is_empty() || self.in_item {
                    self.flush();
                    if !item.is_empty() {
                        self.para.push(item.to_string());
                        self.in_item = true;
                    }
                    continue;
                }
            }
            if only_tags(s) {
                self.flush();
                continue;
            }
            let s = s.strip_suffix('\\').unwrap_or(s);
            self.para.push(s.to_string());
        }
        if let Some(f) = fence {
            self.code(f.lines);
        }
        self.flush();
    }

    fn flush(&mut self) {
        self.in_item = false;
        if self.para.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.para).join(" ");
        let plain = inline(&text, &self.refs, 0);
        if !plain.is_empty() {
            self.out.push(plain);
        }
    }

    fn heading(&mut self, level: usize, raw: &str) {
        let plain = inline(raw, &self.refs, 0);
        if plain.is_empty() {
            return;
        }
        if level == 1 && self.first_h1.is_none() {
            self.first_h1 = clean_title(&plain);
        }
        if self.first_heading.is_none() {
            self.first_heading = clean_title(&plain);
        }
        self.out.push(plain);
    }

    fn code(&mut self, lines: Vec<String>) {
        let mut lines = lines;
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        let first = lines.iter().position(|l| !l.trim().is_empty());
        if let Some(first) = first {
            // A blank line inside would split the block into paragraphs.
            let kept: Vec<&str> = lines[first..]
                .iter()
                .map(|l| l.trim_end())
                .filter(|l| !l.is_empty())
                .collect();
            // The indentation all lines share goes, and the block starts
            // with text like every paragraph (the text as a whole is trimmed).
            let common = kept
                .iter()
                .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
                .min()
                .unwrap_or(0);
            let block = kept
                .iter()
                .map(|l| &l[common..])
                .collect::<Vec<_>>()
                .join("\n");
            self.out.push(block.trim_start().to_string());
        }
    }

    fn row(&mut self, s: &str) {
        let cells: Vec<String> = table_cells(s)
            .iter()
            .map(|c| inline(c, &self.refs, 0))
            .filter(|c| !c.is_empty())
            .collect();
        if !cells.is_empty() {
            self.out.push(cells.join(" | "));
        }
    }
}

/// Removes HTML comments and `<script>`/`<style>` blocks that are closed;
/// an unclosed one is kept as text, so nothing vanishes by accident.
fn strip_hidden_html(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    let mut out = String::with_capacity(s.len());
    // Once a closing mark is missing after some point it is missing after
    // any later point too: remember, so that each search runs once.
    let mut unclosed = [false; 3];
    let mut at = 0;
    while at < s.len() {
        let Some(lt) = memchr::memchr(b'<', &lower.as_bytes()[at..]).map(|k| at + k) else {
            break;
        };
        let tail = &lower[lt..];
        let (kind, open_len, close) = if tail.starts_with("<!--") {
            (0, 4, "-->")
        } else if tail.starts_with("<script") {
            (1, 7, "</script")
        } else if tail.starts_with("<style") {
            (2, 6, "</style")
        } else {
            (3, 0, "")
        };
        let delimited = kind == 0
            || matches!(
                tail.as_bytes().get(open_len),
                Some(b'>' | b' ' | b'\t' | b'\n' | b'/')
            );
        let end = if kind < 3 && delimited && !unclosed[kind] {
            let found = lower[lt + open_len..].find(close).and_then(|k| {
                let c = lt + open_len + k;
                if kind == 0 {
                    Some(c + 3)
                } else {
                    lower[c..].find('>').map(|m| c + m + 1)
                }
            });
            if found.is_none() {
                unclosed[kind] = true;
            }
            found
        } else {
            None
        };
        match end {
            Some(e) => {
                out.push_str(&s[at..lt]);
                // Keep the lines apart: a comment between paragraphs must not
                // join them.
                if s[lt..e].contains('\n') {
                    out.push('\n');
                }
                at = e;
            }
            None => {
                out.push_str(&s[at..=lt]);
                at = lt + 1;
            }
        }
    }
    out.push_str(&s[at.min(s.len())..]);
    out
}

/// Front matter at the very start: its title and the first line after it.
fn front_matter(lines: &[&str]) -> (Option<String>, usize) {
    let Some(open) = lines.first().map(|l| l.trim_end()) else {
        return (None, 0);
    };
    let toml = match open {
        "---" => false,
        "+++" => true,
        _ => return (None, 0),
    };
    let limit = lines.len().min(500);
    let Some(close) = (1..limit).find(|&k| {
        let l = lines[k].trim_end();
        if toml {
            l == "+++"
        } else {
            l == "---" || l == "..."
        }
    }) else {
        return (None, 0);
    };
    let inside = &lines[1..close];
    let sep = if toml { '=' } else { ':' };
    let is_key = |l: &str| {
        l.split_once(sep).is_some_and(|(k, _)| {
            let k = k.trim();
            !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
    };
    if !inside.iter().any(|l| is_key(l)) {
        return (None, 0);
    }
    let title = inside.iter().find_map(|l| {
        let (k, v) = l.split_once(sep)?;
        (k.trim() == "title").then(|| {
            let v = v.trim();
            let unquoted = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(v);
            unquoted.to_string()
        })
    });
    (title, close + 1)
}

/// Labels of link reference definitions and footnotes.
fn definitions(lines: &[&str]) -> Refs {
    let mut refs = Refs {
        links: Vec::new(),
        footnotes: Vec::new(),
    };
    for line in lines {
        let (_, rest) = strip_quotes(line);
        let (indent, s) = indentation(rest);
        if indent > 3 {
            continue;
        }
        if let Some(label) = s.strip_prefix("[^").and_then(|r| r.split_once("]:")) {
            if refs.footnotes.len() < MAX_LABELS {
                refs.footnotes.push(normalise_label(label.0));
            }
        } else if let Some(label) = link_definition(s) {
            if refs.links.len() < MAX_LABELS {
                refs.links.push(normalise_label(label));
            }
        }
    }
    refs
}

/// Labels match case-insensitively (ASCII) with whitespace collapsed.
fn normalise_label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_ascii_lowercase());
    }
    out
}

/// `[label]: destination`, returning the label.
fn link_definition(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('[')?;
    let (label, after) = inner.split_once("]:")?;
    if label.trim().is_empty() || label.starts_with('^') || label.contains('[') {
        return None;
    }
    let dest = after.trim();
    (!dest.is_empty() && !dest.starts_with('(')).then_some(label)
}

/// `[^label]: text`, returning the text.
fn footnote_definition(s: &str) -> Option<&str> {
    let rest = s.strip_prefix("[^")?;
    let (label, text) = rest.split_once("]:")?;
    (!label.is_empty() && !label.contains(char::is_whitespace)).then(|| text.trim())
}

/// Leading `>` markers (each with one optional space): depth and the rest.
fn strip_quotes(line: &str) -> (usize, &str) {
    let mut depth = 0;
    let mut s = line;
    loop {
        let (indent, t) = indentation(s);
        match t.strip_prefix('>') {
            Some(after) if indent <= 3 => {
                depth += 1;
                s = after.strip_prefix(' ').unwrap_or(after);
            }
            _ => return (depth, s),
        }
    }
}

fn strip_quotes_n(line: &str, n: usize) -> &str {
    let mut s = line;
    for _ in 0..n {
        let t = s.trim_start_matches([' ', '\t']);
        match t.strip_prefix('>') {
            Some(after) => s = after.strip_prefix(' ').unwrap_or(after),
            None => break,
        }
    }
    s
}

/// Leading spaces (a tab counts four) and the rest.
fn indentation(s: &str) -> (usize, &str) {
    let mut n = 0;
    for (i, c) in s.char_indices() {
        match c {
            ' ' => n += 1,
            '\t' => n += 4,
            _ => return (n, &s[i..]),
        }
    }
    (n, "")
}

fn remove_indent(s: &str, n: usize) -> &str {
    let spaces = s.bytes().take(n).take_while(|b| *b == b' ').count();
    &s[spaces..]
}

fn fence_open(s: &str) -> Option<(char, usize)> {
    let ch = s.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = s.chars().take_while(|c| *c == ch).count();
    if len < 3 || (ch == '`' && s[len..].contains('`')) {
        return None;
    }
    Some((ch, len))
}

fn atx_heading(s: &str) -> Option<(usize, &str)> {
    let level = s.bytes().take_while(|b| *b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &s[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let rest = rest.trim();
    // A closing run of `#` preceded by a space is not part of the title.
    let body = rest.trim_end_matches('#');
    let text = if body.is_empty() {
        ""
    } else if body.len() < rest.len() && !body.ends_with([' ', '\t']) {
        rest
    } else {
        body.trim_end()
    };
    Some((level, text))
}

fn setext_underline(s: &str) -> Option<usize> {
    let t = s.trim_end();
    if !t.is_empty() && t.bytes().all(|b| b == b'=') {
        Some(1)
    } else if !t.is_empty() && t.bytes().all(|b| b == b'-') {
        Some(2)
    } else {
        None
    }
}

fn thematic_break(s: &str) -> bool {
    let mut marks = s.chars().filter(|c| *c != ' ' && *c != '\t');
    let Some(first) = marks.next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_') && {
        let mut n = 1;
        for c in marks {
            if c != first {
                return false;
            }
            n += 1;
        }
        n >= 3
    }
}

/// A list item: whether it is ordered and not numbered 1 (such a line
/// cannot interrupt a paragraph: "in\n2019. The"), and its text without the
/// marker or a task box.
fn list_item(s: &str) -> Option<(bool, &str)> {
    let b = s.as_bytes();
    let (ordered_not_one, marker_len) = match b.first()? {
        b'-' | b'*' | b'+' => (false, 1),
        b'0'..=b'9' => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 9 || !matches!(b.get(digits), Some(b'.' | b')')) {
                return None;
            }
            (s[..digits].trim_start_matches('0') != "1", digits + 1)
        }
        _ => return None,
    };
    let rest = &s[marker_len..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let rest = rest.trim_start();
    let rest = ["[ ] ", "[x] ", "[X] "]
        .iter()
        .find_map(|b| rest.strip_prefix(b))
        .unwrap_or(rest);
    Some((ordered_not_one, rest))
}

/// `| --- | :---: |`: the row under a table's header.
fn table_delimiter(line: &str) -> bool {
    let t = line.trim();
    if !t.contains('-') {
        return false;
    }
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    let cells: Vec<&str> = t.split('|').collect();
    (line.contains('|') || cells.len() > 1)
        && cells.iter().all(|c| {
            let c = c.trim();
            let c = c.strip_prefix(':').unwrap_or(c);
            let c = c.strip_suffix(':').unwrap_or(c);
            !c.is_empty() && c.bytes().all(|b| b == b'-')
        })
}

/// The cells of a table row, split at `|` that is neither escaped nor
/// inside a code span.
fn table_cells(s: &str) -> Vec<&str> {
    let t = s.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = if t.ends_with('|') && !t.ends_with("\\|") {
        &t[..t.len() - 1]
    } else {
        t
    };
    let mut cells = Vec::new();
    let mut start = 0;
    let mut in_code = false;
    let mut prev = '\0';
    for (i, c) in t.char_indices() {
        match c {
            '`' => in_code = !in_code,
            '|' if !in_code && prev != '\\' => {
                cells.push(&t[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        prev = c;
    }
    cells.push(&t[start..]);
    cells
}

/// A line made only of HTML tags (`<div>`, `</p>`), which separates blocks.
fn only_tags(s: &str) -> bool {
    if !s.starts_with('<') {
        return false;
    }
    let mut rest = s;
    while let Some(r) = rest.strip_prefix('<') {
        match html_tag(r) {
            Some((len, _)) => rest = r[len..].trim_start(),
            None => return false,
        }
    }
    rest.is_empty()
}

/// HTML elements whose tags are removed from Markdown text; the `bool` says
/// whether the tag separates words (a block or a line break).
const TAGS: &[(&str, bool)] = &[
    ("a", false),
    ("abbr", false),
    ("b", false),
    ("bdi", false),
    ("big", false),
    ("cite", false),
    ("code", false),
    ("del", false),
    ("dfn", false),
    ("em", false),
    ("font", false),
    ("i", false),
    ("img", false),
    ("ins", false),
    ("kbd", false),
    ("mark", false),
    ("q", false),
    ("s", false),
    ("samp", false),
    ("small", false),
    ("span", false),
    ("strike", false),
    ("strong", false),
    ("sub", false),
    ("sup", false),
    ("time", false),
    ("u", false),
    ("var", false),
    ("wbr", false),
    ("article", true),
    ("aside", true),
    ("blockquote", true),
    ("br", true),
    ("caption", true),
    ("center", true),
    ("dd", true),
    ("details", true),
    ("div", true),
    ("dl", true),
    ("dt", true),
    ("figcaption", true),
    ("figure", true),
    ("footer", true),
    ("h1", true),
    ("h2", true),
    ("h3", true),
    ("h4", true),
    ("h5", true),
    ("h6", true),
    ("header", true),
    ("hr", true),
    ("li", true),
    ("main", true),
    ("nav", true),
    ("ol", true),
    ("p", true),
    ("picture", true),
    ("pre", true),
    ("section", true),
    ("source", true),
    ("summary", true),
    ("table", true),
    ("tbody", true),
    ("td", true),
    ("tfoot", true),
    ("th", true),
    ("thead", true),
    ("tr", true),
    ("ul", true),
    ("video", true),
];

/// An HTML tag of a known element after `<`: its length up to and
/// including `>`, and whether it separates words.
fn html_tag(after_lt: &str) -> Option<(usize, bool)> {
    let t = after_lt.strip_prefix('/').unwrap_or(after_lt);
    let slash = after_lt.len() - t.len();
    let name_len = t.bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
    let name = t[..name_len].to_ascii_lowercase();
    let &(_, separates) = TAGS.iter().find(|(n, _)| *n == name)?;
    let after_name = &t[name_len..];
    if !(after_name.starts_with(['>', ' ', '\t', '/'])) {
        return None;
    }
    let window = &after_name.as_bytes()[..after_name.len().min(MAX_DESTINATION)];
    let close = window.iter().position(|b| *b == b'>')?;
    if window[..close].contains(&b'<') {
        return None;
    }
    Some((slash + name_len + close + 1, separates))
}

/// A run of emphasis characters, or text.
enum Piece {
    Text(String),
    Delim {
        ch: char,
        n: usize,
        can_open: bool,
        can_close: bool,
    },
}

/// Inline Markdown to plain text: escapes, code spans, links, images,
/// autolinks, HTML tags, character references and emphasis; whitespace
/// collapsed.
fn inline(s: &str, refs: &Refs, depth: u8) -> String {
    let mut pieces = scan(s, refs, depth);
    emphasis(&mut pieces);
    let mut out = String::with_capacity(s.len());
    for p in &pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Delim { ch, n, .. } => {
                for _ in 0..*n {
                    out.push(*ch);
                }
            }
        }
    }
    collapse(&out)
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() || (!c.is_alphanumeric() && !c.is_whitespace() && !c.is_control())
}

fn scan(s: &str, refs: &Refs, depth: u8) -> Vec<Piece> {
    let brackets = Brackets::new(s);
    let ticks = TickRuns::new(s);
    let b = s.as_bytes();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let push_text = |pieces: &mut Vec<Piece>, text: &mut String| {
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(text)));
        }
    };
    while i < b.len() {
        match b[i] {
            b'\\' => match s[i + 1..].chars().next() {
                Some(c) if c.is_ascii_punctuation() => {
                    text.push(c);
                    i += 2;
                }
                _ => {
                    text.push('\\');
                    i += 1;
                }
            },
            b'`' => {
                let n = b[i..].iter().take_while(|c| **c == b'`').count();
                match ticks.closing(i, n) {
                    Some(j) => {
                        let code = s[i + n..j].replace('\n', " ");
                        let code = if code.len() >= 2
                            && code.starts_with(' ')
                            && code.ends_with(' ')
                            && !code.trim().is_empty()
                        {
                            code[1..code.len() - 1].to_string()
                        } else {
                            code
                        };
                        text.push_str(&code);
                        i = j + n;
                    }
                    None => {
                        text.push_str(&s[i..i + n]);
                        i += n;
                    }
                }
            }
            b'!' if b.get(i + 1) == Some(&b'[') => {
                match (depth < MAX_NESTING)
                    .then(|| link(s, i + 1, &brackets, refs))
                    .flatten()
                {
                    Some((_, end)) => i = end,
                    None => {
                        text.push('!');
                        i += 1;
                    }
                }
            }
            b'[' => {
                let footnote = b.get(i + 1) == Some(&b'^')
                    && brackets
                        .close(i)
                        .is_some_and(|close| refs.footnote(&s[i + 2..close]));
                if footnote {
                    i = brackets.close(i).map_or(i + 1, |c| c + 1);
                    continue;
                }
                match (depth < MAX_NESTING)
                    .then(|| link(s, i, &brackets, refs))
                    .flatten()
                {
                    Some((label, end)) => {
                        text.push_str(&inline(label, refs, depth + 1));
                        i = end;
                    }
                    None => {
                        text.push('[');
                        i += 1;
                    }
                }
            }
            b'<' => {
                if let Some((url, len)) = autolink(&s[i + 1..]) {
                    text.push_str(url);
                    i += 1 + len;
                } else if let Some((len, separates)) = html_tag(&s[i + 1..]) {
                    if separates {
                        text.push(' ');
                    }
                    i += 1 + len;
                } else {
                    text.push('<');
                    i += 1;
                }
            }
            b'&' => match entity(&s[i..]) {
                Some((c, len)) => {
                    text.push(c);
                    i += len;
                }
                None => {
                    text.push('&');
                    i += 1;
                }
            },
            b'*' | b'_' | b'~' => {
                let ch = b[i] as char;
                let n = b[i..].iter().take_while(|c| **c == b[i]).count();
                if ch == '~' && n != 2 {
                    text.push_str(&s[i..i + n]);
                    i += n;
                    continue;
                }
                let before = s[..i].chars().next_back().unwrap_or(' ');
                let after = s[i + n..].chars().next().unwrap_or(' ');
                let left = !after.is_whitespace()
                    && (!is_punct(after) || before.is_whitespace() || is_punct(before));
                let right = !before.is_whitespace()
                    && (!is_punct(before) || after.is_whitespace() || is_punct(after));
                let (can_open, can_close) = if ch == '_' {
                    (
                        left && (!right || is_punct(before)),
                        right && (!left || is_punct(after)),
                    )
                } else {
                    (left, right)
                };
                push_text(&mut pieces, &mut text);
                pieces.push(Piece::Delim {
                    ch,
                    n,
                    can_open,
                    can_close,
                });
                i += n;
            }
            _ => {
                let c = s[i..].chars().next().unwrap_or(' ');
                text.push(c);
                i += c.len_utf8();
            }
        }
    }
    push_text(&mut pieces, &mut text);
    pieces
}

/// Pairs emphasis delimiters, one stack per character (so each closer looks
/// only at the nearest opener of its kind), and leaves unmatched runs as
/// text. Matching an opener closes every other opener after it.
fn emphasis(pieces: &mut [Piece]) {
    let mut stacks: [Vec<usize>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    let slot = |ch: char| match ch {
        '*' => 0,
        '_' => 1,
        _ => 2,
    };
    for k in 0..pieces.len() {
        let Piece::Delim {
            ch,
            can_open,
            can_close,
            ..
        } = pieces[k]
        else {
            continue;
        };
        let st = slot(ch);
        if can_close {
            while let Some(&o) = stacks[st].last() {
                let (Piece::Delim { n: on, .. }, Piece::Delim { n: cn, .. }) =
                    (&pieces[o], &pieces[k])
                else {
                    break;
                };
                let used = (*on).min(*cn);
                if used == 0 {
                    break;
                }
                if let Piece::Delim { n, .. } = &mut pieces[o] {
                    *n -= used;
                }
                let left = if let Piece::Delim { n, .. } = &mut pieces[k] {
                    *n -= used;
                    *n
                } else {
                    0
                };
                // Openers of other kinds between the two can no longer match.
                for (other, s) in stacks.iter_mut().enumerate() {
                    if other != st {
                        while s.last().is_some_and(|&x| x > o) {
                            s.pop();
                        }
                    }
                }
                if matches!(pieces[o], Piece::Delim { n: 0, .. }) {
                    stacks[st].pop();
                }
                if left == 0 {
                    break;
                }
            }
        }
        if can_open && matches!(pieces[k], Piece::Delim { n, .. } if n > 0) {
            stacks[st].push(k);
        }
    }
}

/// Every `[` in order, with its matching `]` (`usize::MAX` when none),
/// ignoring escaped brackets.
struct Brackets(Vec<(usize, usize)>);

impl Brackets {
    fn new(s: &str) -> Brackets {
        let b = s.as_bytes();
        let mut pairs = Vec::new();
        let mut stack = Vec::new();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\\' => i += 1,
                b'[' => {
                    stack.push(pairs.len());
                    pairs.push((i, usize::MAX));
                }
                b']' => {
                    if let Some(k) = stack.pop() {
                        pairs[k].1 = i;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Brackets(pairs)
    }

    /// The `]` that closes the `[` at `open`.
    fn close(&self, open: usize) -> Option<usize> {
        let k = self.0.binary_search_by_key(&open, |p| p.0).ok()?;
        Some(self.0[k].1).filter(|c| *c != usize::MAX)
    }
}

/// Backtick runs of a paragraph, for finding a code span's closing run.
struct TickRuns {
    /// (position, length) of every run, in order.
    runs: Vec<(usize, usize)>,
    /// Lengths known to have no run after some position: the position.
    none_after: std::cell::RefCell<Vec<(usize, usize)>>,
}

impl TickRuns {
    fn new(s: &str) -> TickRuns {
        let b = s.as_bytes();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'\\' {
                i += 2;
                continue;
            }
            if b[i] == b'`' {
                let n = b[i..].iter().take_while(|c| **c == b'`').count();
                runs.push((i, n));
                i += n;
            } else {
                i += 1;
            }
        }
        TickRuns {
            runs,
            none_after: Default::default(),
        }
    }

    /// The start of the first run of exactly `n` backticks after `at`.
    fn closing(&self, at: usize, n: usize) -> Option<usize> {
        let known = self
            .none_after
            .borrow()
            .iter()
            .find(|x| x.0 == n)
            .map(|x| x.1);
        if known.is_some_and(|p| p <= at) {
            return None;
        }
        let from = self.runs.partition_point(|r| r.0 <= at);
        let found = self.runs[from..].iter().find(|r| r.1 == n).map(|r| r.0);
        if found.is_none() {
            let mut none = self.none_after.borrow_mut();
            match none.iter_mut().find(|x| x.0 == n) {
                Some(x) => x.1 = x.1.min(at),
                None => none.push((n, at)),
            }
        }
        found
    }
}

/// A link or image at `[` (index `open`): its text and the end of the
/// whole link. Inline (`[t](url "title")`), full (`[t][ref]`), collapsed
/// (`[t][]`) or shortcut (`[t]`) when `ref` is defined.
fn link<'s>(s: &'s str, open: usize, brackets: &Brackets, refs: &Refs) -> Option<(&'s str, usize)> {
    let close = brackets.close(open)?;
    let label = &s[open + 1..close];
    let after = close + 1;
    let b = s.as_bytes();
    match b.get(after) {
        Some(b'(') => {
            let mut depth = 0usize;
            let end = (after + MAX_DESTINATION).min(b.len());
            let mut k = after + 1;
            while k < end {
                match b[k] {
                    b'\\' => k += 1,
                    b'(' => depth += 1,
                    b')' if depth == 0 => return Some((label, k + 1)),
                    b')' => depth -= 1,
                    _ => {}
                }
                k += 1;
            }
            None
        }
        Some(b'[') => {
            let close2 = brackets.close(after)?;
            let r = &s[after + 1..close2];
            let key = if r.trim().is_empty() { label } else { r };
            refs.link(key).then_some((label, close2 + 1))
        }
        _ => refs.link(label).then_some((label, after)),
    }
}

/// `<scheme:…>` or `<name@host>` after `<`: the address and the length up
/// to and including `>`.
fn autolink(after_lt: &str) -> Option<(&str, usize)> {
    let window = &after_lt[..floor_boundary(after_lt, MAX_DESTINATION)];
    let close = window.find('>')?;
    let inner = &window[..close];
    if inner.is_empty() || inner.contains(|c: char| c.is_whitespace() || c == '<') {
        return None;
    }
    let scheme_ok = inner.split_once(':').is_some_and(|(scheme, _)| {
        (2..=32).contains(&scheme.len())
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
    });
    let email = inner
        .split_once('@')
        .is_some_and(|(a, h)| !a.is_empty() && h.contains('.') && !h.contains('@'));
    (scheme_ok || email).then_some((inner, close + 1))
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A character reference at `&`: the character and the reference's length.
pub(crate) fn entity(s: &str) -> Option<(char, usize)> {
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
