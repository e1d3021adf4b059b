//! Markdown to plain text with its paragraphs, for the engine.
//!
//! The reader shows and analyses prose, so the result keeps every word a
//! reader of the rendered page would see and drops the markup. The Markdown
//! is read by `pulldown-cmark` (CommonMark, with tables, strikethrough,
//! footnotes and task lists); this module walks its events to text:
//!
//! - paragraphs stay paragraphs (separated by a blank line); lines wrapped
//!   inside a paragraph are joined with spaces, hard breaks included;
//! - headings become their own paragraphs, without marks;
//! - each list item becomes a paragraph (markers and task boxes dropped);
//! - block quotes lose their `>`; table rows become one paragraph each, the
//!   cells separated by ` | `;
//! - emphasis, strong and strikethrough marks go (by CommonMark's flanking
//!   rules, so `5 * 3`, `snake_case`, `~200` and apostrophes stay);
//! - links become their text; images are dropped (their alt text describes
//!   a picture, not the report's words); inline code and fenced code blocks
//!   are kept as text (a code block keeps its lines, less the indentation
//!   they share), since they are words of the document and nothing is lost
//!   silently; indented blocks are read as prose (pasted text is often
//!   indented);
//! - HTML comments, `<script>` and `<style>` blocks (closed ones), link
//!   reference definitions, footnote marks and thematic breaks are dropped;
//!   other HTML tags are removed, keeping their text; character references
//!   (`&amp;`) are decoded;
//! - YAML (`---`) or TOML (`+++`) front matter is dropped, and its `title`
//!   offered as the title.
//!
//! The title is the front matter's, else the first level-one heading, else
//! the first heading, else a guess from the first line
//! ([`super::guess_title`]). Never panics.

use super::Opened;
use super::{clean_title, Meta};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Converts Markdown to plain text; the title goes in `meta.title`.
pub fn to_text(markdown: &str) -> Opened {
    let cleaned = strip_hidden_html(markdown);
    let lines: Vec<&str> = cleaned
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .collect();
    let (front_title, body_start) = front_matter(&lines);
    let body = lines[body_start..].join("\n");
    let mut w = Walker::default();
    w.walk(&body, true);
    let text = w.out.join("\n\n");
    let title = front_title
        .and_then(|t| clean_title(&t))
        .or(w.first_h1)
        .or(w.first_heading)
        .or_else(|| super::guess_title(&text));
    Opened {
        text,
        meta: Meta {
            title,
            ..Meta::default()
        },
        warnings: Vec::new(),
        pdf: None,
    }
}

/// Walks the parser's events, gathering paragraphs.
#[derive(Default)]
struct Walker {
    /// Finished paragraphs.
    out: Vec<String>,
    /// The text of the block being read.
    block: String,
    /// Inside an image: its alt text is left out.
    images: usize,
    /// Inside a code block: its kind (fenced or not) and its lines so far.
    code: Option<(bool, String)>,
    /// Inside a heading: its level and where its text starts in `block`.
    heading: Option<(HeadingLevel, usize)>,
    /// Inside an HTML block: its lines so far.
    html: Option<String>,
    /// Whether an HTML block's text is read as Markdown (see [`Walker::walk`]).
    html_as_markdown: bool,
    /// Cells of the table row so far.
    cells: usize,
    first_h1: Option<String>,
    first_heading: Option<String>,
}

impl Walker {
    /// Reads `markdown`; `html_as_markdown` is whether the text left of an
    /// HTML block (once its tags are gone) is read as Markdown in turn, for
    /// its character references (once only: that text has no tags left).
    fn walk(&mut self, markdown: &str, html_as_markdown: bool) {
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_TASKLISTS;
        self.html_as_markdown = html_as_markdown;
        for event in Parser::new_ext(markdown, options) {
            match event {
                Event::Start(tag) => self.start(tag),
                Event::End(tag) => self.end(tag),
                Event::Text(t) | Event::Code(t) => self.text(&t),
                Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
                Event::SoftBreak | Event::HardBreak => self.text("\n"),
                Event::InlineHtml(tag) => {
                    // A line break or a block-level tag separates words.
                    if tag_breaks_words(&tag) {
                        self.text(" ");
                    }
                }
                Event::Html(html) => match &mut self.html {
                    Some(block) => block.push_str(&html),
                    None => self.text(&strip_tags(&html)),
                },
                Event::Rule => self.flush(),
                Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
            }
        }
        self.flush();
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Image { .. } => self.images += 1,
            Tag::CodeBlock(kind) => {
                self.flush();
                self.code = Some((matches!(kind, CodeBlockKind::Fenced(_)), String::new()));
            }
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some((level, self.block.len()));
            }
            Tag::HtmlBlock => {
                self.flush();
                self.html = Some(String::new());
            }
            Tag::TableCell => {
                if self.cells > 0 {
                    self.block.push_str(" | ");
                }
                self.cells += 1;
            }
            Tag::TableHead | Tag::TableRow => {
                self.flush();
                self.cells = 0;
            }
            Tag::Paragraph
            | Tag::Item
            | Tag::BlockQuote(_)
            | Tag::List(_)
            | Tag::FootnoteDefinition(_)
            | Tag::Table(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_) => self.flush(),
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. } => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Image => self.images = self.images.saturating_sub(1),
            TagEnd::CodeBlock => {
                if let Some((fenced, code)) = self.code.take() {
                    if fenced {
                        self.push(dedent(&code));
                    } else {
                        // Indented text is read as prose, one paragraph per
                        // run of lines.
                        for para in code.split("\n\n") {
                            self.block.push_str(para);
                            self.flush();
                        }
                    }
                }
            }
            TagEnd::HtmlBlock => {
                let text = strip_tags(&self.html.take().unwrap_or_default());
                if self.html_as_markdown {
                    let mut inner = Walker::default();
                    inner.walk(&text, false);
                    self.out.append(&mut inner.out);
                } else {
                    self.block.push_str(&text);
                    self.flush();
                }
            }
            TagEnd::Heading(_) => {
                if let Some((level, from)) = self.heading.take() {
                    let title = clean_title(&collapse(self.block.get(from..).unwrap_or("")));
                    if level == HeadingLevel::H1 && self.first_h1.is_none() {
                        self.first_h1.clone_from(&title);
                    }
                    if self.first_heading.is_none() {
                        self.first_heading = title;
                    }
                }
                self.flush();
            }
            TagEnd::Paragraph
            | TagEnd::Item
            | TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::FootnoteDefinition
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::MetadataBlock(_) => self.flush(),
            TagEnd::TableCell
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link => {}
        }
    }

    fn text(&mut self, t: &str) {
        if self.images > 0 {
            return;
        }
        match &mut self.code {
            Some((_, code)) => code.push_str(t),
            None => self.block.push_str(t),
        }
    }

    /// Ends the block being read: its words, whitespace collapsed, become a
    /// paragraph unless there are none.
    fn flush(&mut self) {
        if self.heading.is_some() || self.code.is_some() {
            return;
        }
        let block = std::mem::take(&mut self.block);
        self.push(collapse(&block));
    }

    fn push(&mut self, para: String) {
        if !para.is_empty() {
            self.out.push(para);
        }
    }
}

/// Runs of whitespace made one space, and none at either end.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A code block's lines without the indentation they share and without
/// blank lines (a blank line would read as a paragraph break); the block
/// starts with text.
fn dedent(code: &str) -> String {
    let lines: Vec<&str> = code
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    let indent = |l: &str| l.chars().take_while(|c| c.is_whitespace()).count();
    let shared = lines.iter().map(|l| indent(l)).min().unwrap_or(0);
    let kept: Vec<&str> = lines
        .iter()
        .map(|l| l.char_indices().nth(shared).map_or("", |(i, _)| &l[i..]))
        .collect();
    kept.join("\n").trim().to_string()
}

/// Whether an inline tag stands between words: a line break or the edge of
/// a block-level element.
fn tag_breaks_words(tag: &str) -> bool {
    let name: String = tag
        .trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        name.as_str(),
        "br" | "p" | "div" | "li" | "tr" | "td" | "th" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
    )
}

/// HTML with its tags removed: a tag is `<` followed by a letter, `/`, `!`
/// or `?`, up to the next `>` (a `<` in prose, as in `3 < 5`, stays). Tags
/// are replaced by a space when they separate words. Linear: once no `>`
/// follows, the rest is text.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt + 1..];
        let is_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        let gt = if is_tag { after.find('>') } else { None };
        match gt {
            Some(gt) => {
                if tag_breaks_words(&rest[lt..lt + 1 + gt + 1]) {
                    out.push(' ');
                }
                rest = &after[gt + 1..];
            }
            None if is_tag => {
                // No `>` anywhere after: no tag closes from here on.
                out.push_str(&rest[lt..]);
                rest = "";
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
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
