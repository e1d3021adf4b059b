//! HTML to the article's text: the pure half of the reader's HTML import.
//!
//! The browser parses the file with `DOMParser` (`text/html`: scripts never
//! run, nothing is rendered or fetched, entities are decoded), and the glue
//! walks the resulting document in order, telling a [`Builder`] what it
//! meets:
//!
//! ```text
//! fn walk(node, b: &mut Builder) {
//!     for child in node.child_nodes() {
//!         match child {
//!             Element(el) => {
//!                 let tag = el.local_name();               // lower case
//!                 if b.open(&tag, |name| el.get_attribute(name)) == Descend::Enter {
//!                     walk(el, b);
//!                     b.close();
//!                 }                                        // Skip: neither walk nor close
//!             }
//!             Text(t) => b.text(&t.data()),
//!             _ => {}                                      // comments, processing instructions
//!         }
//!     }
//! }
//! walk(document.document_element(), &mut b); let opened = b.finish()?;
//! ```
//!
//! The builder decides everything else:
//!
//! - **Skipped with their content:** `script`, `style`, `noscript`,
//!   `template`, `iframe`, `svg`, `math`, `canvas`, `video`, `audio`,
//!   `object`, `embed`, `img`, `picture`, `nav`, `aside`, `footer`, `form`,
//!   `button`, `select`, `textarea`, `input`, `dialog`, `menu`; a `header`
//!   unless it is inside an `article`, `main` or `section` (where it holds
//!   the headline); any element with the `hidden` attribute,
//!   `aria-hidden="true"`, an inline `display: none` or `visibility:
//!   hidden`, an ARIA role of page furniture (`navigation`, `banner`,
//!   `contentinfo`, `complementary`, `search`, `menu`, `menubar`,
//!   `toolbar`, `dialog`, `alertdialog`), or a class or id naming page
//!   furniture (`nav`, `menu`, `share`, `related`, `comments`, `cookie`,
//!   `newsletter`, `advert`, `sidebar` …) unless it also names content
//!   (`article`, `content`, `main`, `post`, `story`, `body`, `entry`,
//!   `text`), as Mozilla's Readability does. `<head>` contributes only its
//!   title and metadata.
//! - **The article is preferred:** text is collected for the whole page and
//!   for every `article`, `main`, `role="main"`, `role="article"` and
//!   `itemprop="articleBody"` element at once; [`Builder::finish`] keeps
//!   the largest article-like element when it holds at least two fifths of
//!   the main element's (or page's) text, else the main element, else the
//!   page. One walk, no pre-selection needed from the glue.
//! - **Paragraphs:** block elements (`p`, `div`, `li`, `h1`–`h6`,
//!   `blockquote`, `section`, `tr`, `figcaption`, `pre` …) are separated by
//!   a blank line; one `<br>` is a line break and two in a row a paragraph
//!   break; table cells in a row are separated by ` | `; `<q>` gets
//!   quotation marks (which the browser would add with CSS).
//! - **Whitespace** is collapsed as a browser lays it out: runs of ASCII
//!   whitespace become one space, none at the start or end of a block;
//!   `<pre>` keeps its line breaks and spaces. Non-breaking spaces are kept.
//! - **Metadata:** the title is the first `<h1>` of the chosen article,
//!   else `og:title` (or `twitter:title`), else `<title>`, else the page's
//!   first `<h1>`, else a guess from the first line; the source URL is
//!   `<link rel="canonical">` or `og:url` when absolute `http(s)`; the
//!   publication date is `article:published_time` or a `date`-like meta.
//!
//! The builder never panics, whatever the order of calls (an unmatched
//! [`Builder::close`] is ignored), and its work is linear in the text times
//! a small constant (at most [`MAX_OPEN_CANDIDATES`] nested collectors).
//! [`tokenize`] drives it from an HTML string natively, for the CLI and
//! fuzzing; the tests drive it from html5ever's tree, as the glue does from
//! `DOMParser`'s, which the reader itself uses.

pub mod defuse;
pub mod tokenize;

use super::Opened;
use super::{clean_title, clean_url, Meta};

/// At most this many article-like elements collect text at the same time
/// (deeper ones are read only as part of their ancestors).
pub const MAX_OPEN_CANDIDATES: usize = 8;
/// At most this many article-like elements are compared.
const MAX_CANDIDATES: usize = 256;

/// Whether the glue should walk an element's children (and then call
/// [`Builder::close`]) or skip the element entirely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Descend {
    Enter,
    Skip,
}

/// A page with no readable text once navigation, scripts and the like are
/// left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmptyPage;

impl std::fmt::Display for EmptyPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "This page has no readable text: only navigation, scripts, images or other page furniture."
        )
    }
}

impl std::error::Error for EmptyPage {}

/// Collects the text of an HTML document from walk events.
#[derive(Debug, Default)]
pub struct Builder {
    stack: Vec<Frame>,
    /// Text of the whole page.
    page: Sink,
    candidates: Vec<Candidate>,
    /// Indexes (in `candidates`) of the ones currently open.
    open_candidates: Vec<usize>,
    /// Depth of `<pre>` elements around the current point.
    pre: usize,
    /// Depth of `<q>` elements around the current point.
    quotes: usize,
    /// Depth of `<head>`: text there is not page text.
    head: usize,
    /// Depth of `article`, `main` and `section` elements.
    sectioning: usize,
    title: Option<String>,
    title_buf: Option<String>,
    og_title: Option<String>,
    first_h1: Option<String>,
    h1_buf: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
    published: Option<String>,
}

#[derive(Debug, Default)]
struct Frame {
    block: bool,
    pre: bool,
    q: bool,
    head: bool,
    sectioning: bool,
    title: bool,
    h1: bool,
    candidate: bool,
    cell: bool,
}

#[derive(Debug, Default)]
struct Candidate {
    article_like: bool,
    sink: Sink,
    first_h1: Option<String>,
}

/// Separators owed before the next text, weakest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    #[default]
    None,
    Space,
    Cell,
    Line,
    Paragraph,
}

/// Text with collapsed whitespace and the separator owed before more.
#[derive(Debug, Default)]
struct Sink {
    out: String,
    gap: Gap,
}

impl Sink {
    fn gap(&mut self, g: Gap) {
        self.gap = self.gap.max(g);
    }

    /// Appends words (already collapsed), paying the owed separator.
    fn words(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            self.out.push_str(match self.gap {
                Gap::None => "",
                Gap::Space => " ",
                Gap::Cell => " | ",
                Gap::Line => "\n",
                Gap::Paragraph => "\n\n",
            });
        }
        self.gap = Gap::None;
        self.out.push_str(s);
    }
}

const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "video", "audio",
    "object", "embed", "img", "picture", "nav", "aside", "footer", "form", "button", "select",
    "textarea", "input", "dialog", "menu", "frameset", "frame", "map", "link", "base",
];

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "dialog",
    "alertdialog",
];

/// Class or id words that name page furniture.
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "disqus",
    "footer",
    "gdpr",
    "masthead",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "pager",
    "pagination",
    "popup",
    "promo",
    "related",
    "share",
    "sharing",
    "sidebar",
    "skip",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "toolbar",
];

/// Class or id words that name content, which outweigh furniture words.
const CONTENT_WORDS: &[&str] = &[
    "article", "body", "column", "content", "entry", "main", "post", "story", "text",
];

/// Whole class names of text meant only for screen readers.
const SCREEN_READER_ONLY: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screenreader-only",
];

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    /// An element starts. `tag` is its local name (any case); `attr` reads
    /// one of its attributes by name (`Element::get_attribute`). On
    /// [`Descend::Enter`] the glue walks the children and then calls
    /// [`Builder::close`]; on [`Descend::Skip`] it does neither.
    pub fn open(&mut self, tag: &str, attr: impl Fn(&str) -> Option<String>) -> Descend {
        let tag = tag.to_ascii_lowercase();
        let tag = tag.as_str();
        match tag {
            "meta" => {
                self.meta(&attr);
                return Descend::Skip;
            }
            "link" => {
                let rel = attr("rel").unwrap_or_default().to_ascii_lowercase();
                if rel.split_ascii_whitespace().any(|r| r == "canonical")
                    && self.canonical.is_none()
                {
                    self.canonical = attr("href").and_then(|h| clean_url(&h));
                }
                return Descend::Skip;
            }
            "br" => {
                // One break is a line break, two in a row a paragraph break.
                self.for_sinks(|s| {
                    s.gap(if s.gap >= Gap::Line {
                        Gap::Paragraph
                    } else {
                        Gap::Line
                    })
                });
                return Descend::Skip;
            }
            "hr" => {
                self.for_sinks(|s| s.gap(Gap::Paragraph));
                return Descend::Skip;
            }
            "title" if self.title.is_none() && self.title_buf.is_none() => {
                self.title_buf = Some(String::new());
                self.stack.push(Frame {
                    title: true,
                    ..Frame::default()
                });
                return Descend::Enter;
            }
            _ => {}
        }
        if self.skips(tag, &attr) {
            return Descend::Skip;
        }
        let role = attr("role").unwrap_or_default().to_ascii_lowercase();
        let itemprop = attr("itemprop").unwrap_or_default();
        let article_like = tag == "article"
            || role == "article"
            || itemprop
                .split_ascii_whitespace()
                .any(|p| p == "articleBody");
        let main_like = tag == "main" || role == "main";
        let mut frame = Frame {
            block: BLOCKS.contains(&tag),
            pre: tag == "pre" || tag == "listing" || tag == "xmp" || tag == "plaintext",
            q: tag == "q",
            head: tag == "head",
            sectioning: matches!(tag, "article" | "main" | "section"),
            h1: tag == "h1" && self.h1_buf.is_none(),
            cell: tag == "td" || tag == "th",
            ..Frame::default()
        };
        if frame.block {
            self.for_sinks(|s| s.gap(Gap::Paragraph));
        }
        if frame.cell {
            self.for_sinks(|s| s.gap(Gap::Cell));
        }
        if (article_like || main_like)
            && self.open_candidates.len() < MAX_OPEN_CANDIDATES
            && self.candidates.len() < MAX_CANDIDATES
        {
            self.open_candidates.push(self.candidates.len());
            self.candidates.push(Candidate {
                article_like,
                ..Candidate::default()
            });
            frame.candidate = true;
        }
        if frame.pre {
            self.pre += 1;
        }
        if frame.head {
            self.head += 1;
        }
        if frame.sectioning {
            self.sectioning += 1;
        }
        if frame.h1 {
            self.h1_buf = Some(String::new());
        }
        if frame.q {
            let mark = if self.quotes.is_multiple_of(2) {
                "“"
            } else {
                "‘"
            };
            self.quotes += 1;
            self.put(mark);
        }
        self.stack.push(frame);
        Descend::Enter
    }

    /// The element opened last (and entered) ends. Ignored when none is open.
    pub fn close(&mut self) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        if frame.title {
            let t = self.title_buf.take().unwrap_or_default();
            // An empty <title> leaves the way open for a later one.
            self.title = Some(collapse(&t)).filter(|t| !t.is_empty());
            return;
        }
        if frame.q {
            self.quotes = self.quotes.saturating_sub(1);
            self.put(if self.quotes.is_multiple_of(2) {
                "”"
            } else {
                "’"
            });
        }
        if frame.h1 {
            let h = self
                .h1_buf
                .take()
                .map(|h| collapse(&h))
                .filter(|h| !h.is_empty());
            if let Some(h) = h {
                if self.first_h1.is_none() {
                    self.first_h1 = Some(h.clone());
                }
                for &c in &self.open_candidates {
                    if let Some(cand) = self.candidates.get_mut(c) {
                        if cand.first_h1.is_none() {
                            cand.first_h1 = Some(h.clone());
                        }
                    }
                }
            }
        }
        if frame.pre {
            self.pre = self.pre.saturating_sub(1);
        }
        if frame.head {
            self.head = self.head.saturating_sub(1);
        }
        if frame.sectioning {
            self.sectioning = self.sectioning.saturating_sub(1);
        }
        if frame.block {
            self.for_sinks(|s| s.gap(Gap::Paragraph));
        }
        if frame.candidate {
            self.open_candidates.pop();
        }
    }

    /// A text node's data (entities already decoded by the parser).
    pub fn text(&mut self, data: &str) {
        if let Some(t) = self.title_buf.as_mut() {
            if self.stack.last().is_some_and(|f| f.title) {
                t.push_str(data);
                return;
            }
        }
        if self.head > 0 {
            return;
        }
        if let Some(h) = self.h1_buf.as_mut() {
            h.push_str(data);
            h.push(' ');
        }
        if self.pre > 0 {
            self.preformatted(data);
            return;
        }
        let leading = data.starts_with(|c: char| c.is_ascii_whitespace());
        let trailing = data.ends_with(|c: char| c.is_ascii_whitespace());
        let words = collapse(data);
        if words.is_empty() {
            if leading || trailing {
                self.for_sinks(|s| s.gap(Gap::Space));
            }
            return;
        }
        if leading {
            self.for_sinks(|s| s.gap(Gap::Space));
        }
        self.put(&words);
        if trailing {
            self.for_sinks(|s| s.gap(Gap::Space));
        }
    }

    /// The article's text and what the page says about itself, or
    /// [`EmptyPage`] when nothing readable is left.
    pub fn finish(mut self) -> Result<Opened, EmptyPage> {
        while !self.stack.is_empty() {
            self.close();
        }
        let size = |s: &Sink| s.out.trim().len();
        let main = self
            .candidates
            .iter()
            .filter(|c| !c.article_like && size(&c.sink) > 0)
            .max_by_key(|c| size(&c.sink));
        let article = self
            .candidates
            .iter()
            .filter(|c| c.article_like && size(&c.sink) > 0)
            .max_by_key(|c| size(&c.sink));
        let scope_size = main.map_or(size(&self.page), |m| size(&m.sink));
        let (text, h1) = match (article, main) {
            (Some(a), _) if size(&a.sink) * 5 >= scope_size * 2 => (&a.sink.out, &a.first_h1),
            (_, Some(m)) => (&m.sink.out, &m.first_h1),
            _ => (&self.page.out, &None),
        };
        let text = tidy(text);
        if text.is_empty() {
            return Err(EmptyPage);
        }
        let title = h1
            .as_deref()
            .and_then(clean_title)
            .or_else(|| self.og_title.as_deref().and_then(clean_title))
            .or_else(|| self.title.as_deref().and_then(clean_title))
            .or_else(|| self.first_h1.as_deref().and_then(clean_title))
            .or_else(|| super::guess_title(&text));
        Ok(Opened {
            text,
            meta: Meta {
                title,
                source_url: self.canonical.or(self.og_url),
                published: self.published,
            },
            warnings: Vec::new(),
            pdf: None,
        })
    }

    fn skips(&self, tag: &str, attr: &impl Fn(&str) -> Option<String>) -> bool {
        if SKIPPED.contains(&tag) {
            return true;
        }
        if tag == "header" && self.sectioning == 0 {
            return true;
        }
        if attr("hidden").is_some() {
            return true;
        }
        if attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
            return true;
        }
        if let Some(style) = attr("style") {
            let s: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            if s.contains("display:none") || s.contains("visibility:hidden") {
                return true;
            }
        }
        let role = attr("role").unwrap_or_default().to_ascii_lowercase();
        if role
            .split_ascii_whitespace()
            .any(|r| FURNITURE_ROLES.contains(&r))
        {
            return true;
        }
        if matches!(tag, "html" | "body" | "main" | "article") {
            return false;
        }
        let class = attr("class").unwrap_or_default().to_ascii_lowercase();
        if class
            .split_ascii_whitespace()
            .any(|c| SCREEN_READER_ONLY.contains(&c))
        {
            return true;
        }
        let id = attr("id").unwrap_or_default().to_ascii_lowercase();
        let words = || {
            class
                .split(|c: char| !c.is_ascii_alphanumeric())
                .chain(id.split(|c: char| !c.is_ascii_alphanumeric()))
                .filter(|w| !w.is_empty())
        };
        words().any(|w| FURNITURE_WORDS.contains(&w))
            && !words().any(|w| CONTENT_WORDS.contains(&w))
    }

    fn meta(&mut self, attr: &impl Fn(&str) -> Option<String>) {
        let key = attr("property")
            .or_else(|| attr("name"))
            .or_else(|| attr("itemprop"))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let Some(content) = attr("content") else {
            return;
        };
        match key.trim() {
            "og:title" | "twitter:title" if self.og_title.is_none() => {
                self.og_title = clean_title(&content);
            }
            "og:url" if self.og_url.is_none() => self.og_url = clean_url(&content),
            "article:published_time"
            | "og:article:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "publishdate"
            | "publish-date"
            | "dc.date"
            | "dc.date.issued"
            | "dcterms.date"
            | "citation_publication_date"
            | "parsely-pub-date"
            | "sailthru.date"
                if self.published.is_none() =>
            {
                let mut none = Vec::new();
                self.published = Meta {
                    published: Some(content),
                    ..Meta::default()
                }
                .cleaned(&mut none)
                .published;
            }
            _ => {}
        }
    }

    /// Text inside `<pre>`: spaces and line breaks kept.
    fn preformatted(&mut self, data: &str) {
        let data = data.replace("\r\n", "\n").replace('\r', "\n");
        let mut lines = data.split('\n');
        if let Some(first) = lines.next() {
            self.put(first.trim_end_matches(' '));
        }
        for line in lines {
            let line = line.trim_end_matches(' ');
            // A blank line inside <pre> separates paragraphs.
            let gap = if line.is_empty() {
                Gap::Paragraph
            } else {
                Gap::Line
            };
            self.for_sinks(|s| s.gap(gap));
            self.put(line);
        }
    }

    /// Words for the page and every open article-like element.
    fn put(&mut self, words: &str) {
        if self.head > 0 {
            return;
        }
        self.page.words(words);
        for &c in &self.open_candidates {
            if let Some(cand) = self.candidates.get_mut(c) {
                cand.sink.words(words);
            }
        }
    }

    fn for_sinks(&mut self, f: impl Fn(&mut Sink)) {
        f(&mut self.page);
        for &c in &self.open_candidates {
            if let Some(cand) = self.candidates.get_mut(c) {
                f(&mut cand.sink);
            }
        }
    }
}

/// ASCII whitespace runs to single spaces, trimmed (the browser's rule;
/// U+00A0 and other spaces are kept).
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Trims every line's end and the whole text, and keeps at most one blank
/// line between paragraphs.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.split('\n') {
        let l = line.trim_end();
        if l.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(l);
    }
    out
}
