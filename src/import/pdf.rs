//! A PDF's text, reassembled as a reader expects it, from the positioned
//! text items that pdf.js reads out of each page (`web/pdf-open.js`).
//!
//! A PDF holds no paragraphs, only runs of glyphs placed on a page. This
//! module rebuilds the text from their positions, as pure functions tested
//! natively with synthetic pages:
//!
//! - **columns**: a page whose text leaves an empty vertical gutter near its
//!   middle is read left column, then right column; lines that cross the
//!   gutter (a title, a full-width heading) are read before the columns when
//!   above them, after when below;
//! - **running headers, footers and page numbers** are dropped: a line among
//!   the first or last lines of a page whose text (digits aside) comes back
//!   at the same height on other pages, and a bare page number ("14",
//!   "Page 3 of 9", "– 7 –", "xii") there;
//! - **footnotes**: smaller lines at the foot of a page that begin with a
//!   marker are taken out of the running text and put under "Notes" at the
//!   end; a raised, smaller marker inside a line becomes `[n]` right after
//!   its word (never glued into it);
//! - **paragraphs**: a new one begins after a gap larger than the line
//!   spacing, at an indented first line, after a short line ending a
//!   sentence, and at a change of type size (headings). A paragraph that
//!   runs on to the next column or page is one paragraph;
//! - **hyphenation**: a word cut by a hyphen at the end of a line (followed by
//!   a line beginning in lower case), or by a soft hyphen, is joined.
//!
//! Nothing here panics, whatever the numbers (NaN, negative, huge).

use super::{guess_title, Opened};
use crate::report::json::Meta;
use serde::{Deserialize, Serialize};

/// The largest PDF file the reader opens (50 MB): its text is much smaller.
pub const MAX_PDF_BYTES: usize = 50 * 1024 * 1024;

/// One run of text as pdf.js gives it: `[text, x, y, width, size]`, with `x`
/// and `y` the start of its baseline in points from the page's bottom-left
/// corner, and `size` the font size in points.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Item(pub String, pub f32, pub f32, pub f32, pub f32);

/// A page: its size in points and its text items in content order.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Page {
    #[serde(default)]
    pub w: f32,
    #[serde(default)]
    pub h: f32,
    #[serde(default)]
    pub items: Vec<Item>,
}

/// What the browser glue hands over: the pages, or why there are none.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Read {
    #[serde(default)]
    pub pages: Vec<Page>,
    /// The document's own title (its Info dictionary), if any.
    #[serde(default)]
    pub title: Option<String>,
    /// `encrypted`, `damaged`, `cancelled` or `unavailable` when reading failed.
    #[serde(default)]
    pub error: Option<String>,
    /// The reason pdf.js gave, for `damaged` and `unavailable`.
    #[serde(default)]
    pub detail: Option<String>,
}

/// Why a PDF could not be opened. The `Display` is the user's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// No page has any text: a scan, or pictures of text.
    NoText { pages: usize },
    /// Protected by a password.
    Encrypted,
    /// Not a PDF that can be read.
    Damaged(String),
    /// The user stopped it.
    Cancelled,
    /// The PDF reader itself could not be loaded (offline before it was kept).
    Unavailable(String),
    /// Its text is larger than the reader opens.
    TooLong { bytes: usize },
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PdfError::NoText { pages } => write!(
                f,
                "This PDF has no text; it needs OCR. Its {} {} only pictures (a scan?): run it through a text-recognition (OCR) tool, then open the result.",
                pages,
                if *pages == 1 { "page holds" } else { "pages hold" }
            ),
            PdfError::Encrypted => write!(
                f,
                "This PDF is encrypted with a password, so its text cannot be read. Open it in a PDF viewer with its password and save or print an unprotected copy, then open that."
            ),
            PdfError::Damaged(why) if why.is_empty() => {
                write!(f, "This PDF is damaged and cannot be read.")
            }
            PdfError::Damaged(why) => write!(
                f,
                "This PDF is damaged and cannot be read ({}).",
                why.trim_end_matches('.')
            ),
            PdfError::Cancelled => write!(f, "Opening the PDF was cancelled; nothing was kept."),
            PdfError::Unavailable(why) => write!(
                f,
                "The PDF reader could not be loaded ({}). Reload the page while online once, then try again.",
                why.trim_end_matches('.')
            ),
            PdfError::TooLong { bytes } => write!(
                f,
                "This PDF holds {} of text; the reader opens texts of up to {}.",
                super::human_size(*bytes),
                super::human_size(super::bytes::MAX_FILE_BYTES)
            ),
        }
    }
}

impl std::error::Error for PdfError {}

/// A PDF's text with where each page's text begins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reassembled {
    pub text: String,
    /// `(byte offset, page number from 1)`, in text order: the text from
    /// each offset on comes from that page (until the next entry).
    pub pages: Vec<(usize, u32)>,
    /// How many pages the PDF has.
    pub page_count: u32,
    /// Pages with no text at all (scanned pages), numbered from 1.
    pub empty_pages: Vec<u32>,
}

impl Reassembled {
    /// The page a byte offset of the text comes from.
    pub fn page_at(&self, offset: usize) -> Option<u32> {
        page_at(&self.pages, offset)
    }
}

/// Where a report's text came from when it was a PDF: kept with it in the
/// library, so that a claim can say its page ("p. 14").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The PDF's file name.
    pub file: String,
    /// How many pages it has.
    pub page_count: u32,
    /// `(byte offset, page)`: the text from each offset on comes from that page.
    pub pages: Vec<(usize, u32)>,
}

impl Source {
    /// The same, if it fits a text of `len` bytes: offsets in order and
    /// within the text, pages from 1 to the page count (a stored value may
    /// have been edited).
    pub fn checked(self, len: usize) -> Option<Source> {
        let ok = self.pages.windows(2).all(|w| w[0].0 <= w[1].0)
            && self
                .pages
                .iter()
                .all(|&(o, p)| o <= len && p >= 1 && p <= self.page_count);
        (ok && self.file.len() <= 1000).then_some(self)
    }

    /// The page of the text at `offset`.
    pub fn page_at(&self, offset: usize) -> Option<u32> {
        page_at(&self.pages, offset)
    }
}

/// The page a byte offset comes from, given `(offset, page)` starts in text order.
pub fn page_at(pages: &[(usize, u32)], offset: usize) -> Option<u32> {
    let i = pages.partition_point(|(o, _)| *o <= offset);
    i.checked_sub(1).map(|i| pages[i].1)
}

/// Opens what the glue read: the text for the engine, with the file name
/// and page count in its warnings' company, or the user's message.
pub fn open(read: Read, file_name: &str) -> Result<(Opened, Reassembled), PdfError> {
    match read.error.as_deref() {
        None => {}
        Some("encrypted") => return Err(PdfError::Encrypted),
        Some("cancelled") => return Err(PdfError::Cancelled),
        Some("unavailable") => return Err(PdfError::Unavailable(read.detail.unwrap_or_default())),
        Some(_) => return Err(PdfError::Damaged(read.detail.unwrap_or_default())),
    }
    if read.pages.is_empty() {
        return Err(PdfError::Damaged("it has no pages".into()));
    }
    let r = reassemble(&read.pages);
    if r.text.trim().is_empty() {
        return Err(PdfError::NoText {
            pages: read.pages.len(),
        });
    }
    if r.text.len() > super::bytes::MAX_FILE_BYTES {
        return Err(PdfError::TooLong {
            bytes: r.text.len(),
        });
    }
    let mut warnings = Vec::new();
    if !r.empty_pages.is_empty() {
        warnings.push(format!(
            "{} of {} pages of “{}” have no text (scanned pictures?) and are left out: {}.",
            r.empty_pages.len(),
            r.page_count,
            file_name,
            list_pages(&r.empty_pages)
        ));
    }
    let title = read
        .title
        .as_deref()
        .and_then(super::clean_title)
        .filter(|t| real_title(t))
        .or_else(|| guess_title(&r.text));
    Ok((
        Opened {
            text: r.text.clone(),
            meta: Meta {
                title,
                ..Meta::default()
            },
            warnings,
            pdf: Some(Source {
                file: file_name.to_string(),
                page_count: r.page_count,
                pages: r.pages.clone(),
            }),
        },
        r,
    ))
}

/// Whether a PDF's own title is a title, not what the making program left
/// there ("about:blank", "Microsoft Word - draft3.docx", a URL, "Untitled").
fn real_title(t: &str) -> bool {
    let l = t.to_ascii_lowercase();
    t.chars().count() > 3
        && ![
            "about:",
            "http:",
            "https:",
            "file:",
            "microsoft word",
            "untitled",
        ]
        .iter()
        .any(|p| l.starts_with(p))
        && ![".doc", ".pdf", ".indd", ".htm", ".odt", ".rtf", ".txt"]
            .iter()
            .any(|x| l.contains(x))
}

fn list_pages(pages: &[u32]) -> String {
    let mut out: Vec<String> = pages.iter().take(12).map(|p| format!("p. {p}")).collect();
    if pages.len() > 12 {
        out.push(format!("and {} more", pages.len() - 12));
    }
    out.join(", ")
}

/// A line of text on a page, top-down coordinates.
#[derive(Clone, Debug)]
struct Line {
    page: usize,
    /// 0 across the page (or no columns), 1 left column, 2 right column.
    col: u8,
    x0: f32,
    x1: f32,
    /// Baseline, from the top of the page.
    y: f32,
    size: f32,
    text: String,
    /// Starts with a footnote marker (a raised small number, or "1 " in small type).
    marked: bool,
}

fn finite(v: f32) -> f32 {
    if v.is_finite() {
        v.clamp(-1.0e6, 1.0e6)
    } else {
        0.0
    }
}

/// Rebuilds the text of `pages` (see the module's docs).
pub fn reassemble(pages: &[Page]) -> Reassembled {
    let body = body_size(pages);
    let mut lines: Vec<Vec<Line>> = Vec::with_capacity(pages.len());
    let mut empty_pages = Vec::new();
    for (n, p) in pages.iter().enumerate() {
        let l = page_lines(n, p, body);
        if l.is_empty() {
            empty_pages.push(n as u32 + 1);
        }
        lines.push(l);
    }
    drop_running(&mut lines, pages);
    let mut notes: Vec<(usize, String)> = Vec::new();
    for page in lines.iter_mut() {
        take_footnotes(page, body, &mut notes);
    }
    let ordered: Vec<Line> = lines.into_iter().flat_map(order).collect();
    let mut out = Builder::default();
    let blocks = blocks(&ordered);
    // Paragraphs: breaks decided from each line and the one before it.
    let metrics: Vec<Block> = block_metrics(&ordered, &blocks, body);
    for (i, line) in ordered.iter().enumerate() {
        let b = &metrics[blocks[i]];
        let new_para = match i.checked_sub(1) {
            None => true,
            Some(j) => breaks(&ordered[j], &metrics[blocks[j]], line, b, body),
        };
        out.line(&line.text, line.page as u32 + 1, new_para);
    }
    if !notes.is_empty() {
        out.line("Notes", notes[0].0 as u32 + 1, true);
        for (page, note) in &notes {
            out.line(note, *page as u32 + 1, true);
        }
    }
    Reassembled {
        text: out.text,
        pages: out.pages,
        page_count: pages.len() as u32,
        empty_pages,
    }
}

/// The size of the body text: the median font size, weighted by characters.
fn body_size(pages: &[Page]) -> f32 {
    let mut sizes: Vec<(f32, usize)> = pages
        .iter()
        .flat_map(|p| p.items.iter())
        .map(|i| (finite(i.4).abs(), i.0.trim().chars().count()))
        .filter(|(s, n)| *s > 0.5 && *n > 0)
        .collect();
    sizes.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: usize = sizes.iter().map(|s| s.1).sum();
    let mut seen = 0;
    for (s, n) in &sizes {
        seen += n;
        if seen * 2 >= total {
            return *s;
        }
    }
    10.0
}

/// An item placed top-down.
#[derive(Clone, Debug)]
struct Placed<'a> {
    text: &'a str,
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
}

fn is_marker(s: &str) -> bool {
    let t = s.trim();
    let n = t.chars().count();
    (1..=3).contains(&n) && t.chars().all(|c| c.is_ascii_digit())
        || (1..=2).contains(&n) && t.chars().all(|c| "*†‡§¶".contains(c))
}

/// The widest x range near the middle of the page that (almost) no item
/// crosses, with enough text on each side: the gutter between two columns.
fn gutter(items: &[Placed], width: f32, body: f32) -> Option<f32> {
    let width = if width > 1.0 {
        width
    } else {
        items.iter().map(|i| i.x1).fold(0.0, f32::max)
    };
    if items.len() < 10 || width <= 1.0 {
        return None;
    }
    let cells = (width.ceil() as usize).clamp(1, 5000);
    let scale = cells as f32 / width;
    let mut diff = vec![0i32; cells + 2];
    for i in items {
        let a = ((i.x0 * scale).ceil().max(0.0) as usize).min(cells);
        let b = ((i.x1 * scale).floor().max(0.0) as usize).min(cells);
        if a < b {
            diff[a] += 1;
            diff[b] -= 1;
        }
    }
    let limit = 2 + items.len() as i32 / 40;
    let (lo, hi) = ((cells as f32 * 0.3) as usize, (cells as f32 * 0.7) as usize);
    let mut cross = 0;
    let mut best: Option<(usize, usize)> = None;
    let mut run: Option<usize> = None;
    for (x, d) in diff.iter().enumerate().take(hi + 1) {
        cross += d;
        let open = x >= lo && cross <= limit;
        match (open, run) {
            (true, None) => run = Some(x),
            (false, Some(s)) => {
                if best.is_none_or(|(a, b)| x - s > b - a) {
                    best = Some((s, x));
                }
                run = None;
            }
            _ => {}
        }
    }
    if let Some(s) = run {
        if best.is_none_or(|(a, b)| hi + 1 - s > b - a) {
            best = Some((s, hi + 1));
        }
    }
    let (a, b) = best?;
    if ((b - a) as f32) / scale < 0.8 * body {
        return None;
    }
    let mid = (a + b) as f32 / 2.0 / scale;
    let left = items.iter().filter(|i| i.x1 <= mid).count();
    let right = items.iter().filter(|i| i.x0 >= mid).count();
    (left >= 5 && right >= 5).then_some(mid)
}

/// The lines of one page, each in its column.
fn page_lines(n: usize, p: &Page, body: f32) -> Vec<Line> {
    let h = finite(p.h);
    let items: Vec<Placed> = p
        .items
        .iter()
        .filter(|i| !i.0.trim().is_empty())
        .map(|i| {
            let size = finite(i.4).abs();
            let size = if size > 0.5 { size } else { body };
            let x0 = finite(i.1);
            Placed {
                text: i.0.as_str(),
                x0,
                x1: x0 + finite(i.3).max(0.0),
                y: h - finite(i.2),
                size,
            }
        })
        .collect();
    let mid = gutter(&items, finite(p.w), body);
    let mut cols: [Vec<Placed>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for i in items {
        let c = match mid {
            Some(m) if i.x1 <= m => 1,
            Some(m) if i.x0 >= m => 2,
            _ => 0,
        };
        cols[c].push(i);
    }
    let mut out = Vec::new();
    for (c, mut col) in cols.into_iter().enumerate() {
        col.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
        let mut cur: Vec<Placed> = Vec::new();
        let mut base = (0.0f32, 0.0f32); // (y, size) of the largest item
        for i in col {
            if !cur.is_empty() && (i.y - base.0).abs() > 0.45 * i.size.max(base.1) {
                out.extend(make_line(n, c as u8, std::mem::take(&mut cur)));
            }
            if cur.is_empty() || i.size > base.1 {
                base = (i.y, i.size);
            }
            cur.push(i);
        }
        out.extend(make_line(n, c as u8, cur));
    }
    out
}

fn make_line(page: usize, col: u8, mut items: Vec<Placed>) -> Option<Line> {
    if items.is_empty() {
        return None;
    }
    items.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let (y, size) = items.iter().fold((0.0f32, 0.0f32), |acc, i| {
        if i.size > acc.1 {
            (i.y, i.size)
        } else {
            acc
        }
    });
    let mut text = String::new();
    let mut marked = false;
    let mut last_x1 = f32::MIN;
    for (k, i) in items.iter().enumerate() {
        let raised = i.size < 0.85 * size && i.y < y - 0.15 * size && is_marker(i.text);
        if raised {
            if k == 0 {
                marked = true;
                text.push_str(&format!("[{}] ", i.text.trim()));
            } else {
                let t = text.trim_end().len();
                text.truncate(t);
                text.push_str(&format!("[{}] ", i.text.trim()));
            }
            last_x1 = i.x1;
            continue;
        }
        let gap = i.x0 - last_x1;
        if !text.is_empty()
            && !text.ends_with(char::is_whitespace)
            && !i.text.starts_with(char::is_whitespace)
            && gap > 0.15 * i.size
        {
            text.push(' ');
        }
        text.push_str(i.text);
        last_x1 = i.x1;
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return None;
    }
    Some(Line {
        page,
        col,
        x0: items.iter().map(|i| i.x0).fold(f32::MAX, f32::min),
        x1: items.iter().map(|i| i.x1).fold(f32::MIN, f32::max),
        y,
        size,
        text,
        marked,
    })
}

/// "14", "Page 3", "page 3 of 9", "3 / 9", "– 7 –", "xii".
fn is_page_number(s: &str) -> bool {
    let t = s
        .trim()
        .trim_matches(|c: char| c == '-' || c == '–' || c == '—' || c.is_whitespace())
        .to_lowercase();
    let t = t
        .strip_prefix("page")
        .or_else(|| t.strip_prefix("pg."))
        .or_else(|| t.strip_prefix("p."))
        .unwrap_or(&t)
        .trim();
    let parts: Vec<&str> = t
        .split(|c: char| c == '/' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "of")
        .collect();
    let number = |w: &str| {
        (1..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
            || (1..=6).contains(&w.len()) && w.chars().all(|c| "ivx".contains(c))
    };
    (1..=2).contains(&parts.len()) && parts.iter().all(|w| number(w))
}

fn running_key(s: &str) -> String {
    let mut k = String::new();
    let mut digit = false;
    for c in s.to_lowercase().chars() {
        if c.is_ascii_digit() {
            if !digit {
                k.push('#');
            }
            digit = true;
        } else {
            digit = false;
            if !c.is_whitespace() {
                k.push(c);
            }
        }
    }
    k
}

/// The first lines of `order` (up to three) followed by a gap wider than
/// 1.6 lines: a page's header or footer zone. None when no such gap.
fn apart(page: &[Line], order: &[usize]) -> Vec<usize> {
    if order.len() == 1 {
        return order.to_vec();
    }
    for k in 0..order.len().saturating_sub(1).min(3) {
        let (a, b) = (&page[order[k]], &page[order[k + 1]]);
        if (b.y - a.y).abs() > 1.6 * a.size.max(b.size) {
            return order[..=k].to_vec();
        }
    }
    Vec::new()
}

/// Drops running headers and footers and page numbers.
fn drop_running(lines: &mut [Vec<Line>], pages: &[Page]) {
    // The lines set apart at the top and at the bottom of each page: up to
    // three, before a gap wider than the line spacing.
    let edges: Vec<Vec<usize>> = lines
        .iter()
        .map(|page| {
            let mut idx: Vec<usize> = (0..page.len()).collect();
            idx.sort_by(|&a, &b| page[a].y.total_cmp(&page[b].y));
            let mut e = apart(page, &idx);
            idx.reverse();
            e.extend(apart(page, &idx));
            e.sort_unstable();
            e.dedup();
            e
        })
        .collect();
    let with_text = lines.iter().filter(|l| !l.is_empty()).count();
    let need = 2.max((with_text as f32 * 0.3).ceil() as usize);
    let mut seen: std::collections::HashMap<String, Vec<(usize, f32)>> = Default::default();
    for (p, e) in edges.iter().enumerate() {
        for &i in e {
            seen.entry(running_key(&lines[p][i].text))
                .or_default()
                .push((p, lines[p][i].y));
        }
    }
    let mut drop: Vec<Vec<usize>> = vec![Vec::new(); lines.len()];
    for (p, e) in edges.iter().enumerate() {
        let h = pages.get(p).map_or(0.0, |pg| finite(pg.h));
        let tol = 2.0 + 0.02 * h.abs();
        for &i in e {
            let l = &lines[p][i];
            let again = seen.get(&running_key(&l.text)).map_or(0, |v| {
                let mut ps: Vec<usize> = v
                    .iter()
                    .filter(|(_, y)| (y - l.y).abs() <= tol)
                    .map(|(q, _)| *q)
                    .collect();
                ps.dedup();
                ps.len()
            });
            if again >= need || is_page_number(&l.text) {
                drop[p].push(i);
            }
        }
    }
    for (page, d) in lines.iter_mut().zip(drop) {
        let mut k = 0;
        page.retain(|_| {
            k += 1;
            !d.contains(&(k - 1))
        });
    }
}

/// Takes the footnotes (small lines at the foot of the page beginning with a
/// marker) out of `page` into `notes`.
fn take_footnotes(page: &mut Vec<Line>, body: f32, notes: &mut Vec<(usize, String)>) {
    let mut idx: Vec<usize> = (0..page.len()).collect();
    idx.sort_by(|&a, &b| page[a].y.total_cmp(&page[b].y));
    let small = |l: &Line| l.size <= 0.9 * body;
    let foot: Vec<usize> = idx
        .iter()
        .rev()
        .take_while(|&&i| small(&page[i]))
        .copied()
        .collect();
    if foot.is_empty() || foot.len() == page.len() {
        return;
    }
    let starts = |l: &Line| {
        l.marked || {
            let d = l.text.chars().take_while(char::is_ascii_digit).count();
            (1..=3).contains(&d) && l.text[d..].starts_with([' ', '.'])
        }
    };
    // The block, read top-down, must begin with a marker.
    let mut foot: Vec<usize> = foot.into_iter().rev().collect();
    while foot.first().is_some_and(|&i| !starts(&page[i])) {
        foot.remove(0);
    }
    if foot.is_empty() {
        return;
    }
    let mut b = Builder::default();
    let n = page[foot[0]].page;
    let mut first = true;
    for &i in &foot {
        let l = &page[i];
        let mut t = l.text.clone();
        if !l.marked && starts(l) {
            let d = t.chars().take_while(char::is_ascii_digit).count();
            t = format!(
                "[{}] {}",
                &t[..d],
                t[d..].trim_start_matches('.').trim_start()
            );
        }
        b.line(&t, 0, first || starts(l));
        first = false;
    }
    for note in b.text.split("\n\n") {
        notes.push((n, note.to_string()));
    }
    let mut k = 0;
    page.retain(|_| {
        k += 1;
        !foot.contains(&(k - 1))
    });
}

/// A page's lines in reading order: across-the-page lines above the
/// columns, the left column, the right column, then the rest.
fn order(mut page: Vec<Line>) -> Vec<Line> {
    page.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let top = page
        .iter()
        .filter(|l| l.col != 0)
        .map(|l| l.y)
        .fold(f32::MAX, f32::min);
    let rank = |l: &Line| match l.col {
        0 if l.y < top => 0,
        0 => 3,
        c => c,
    };
    page.sort_by_key(rank);
    page
}

/// The block (page and column) of each line, as indexes into one list.
fn blocks(lines: &[Line]) -> Vec<usize> {
    let mut out = Vec::with_capacity(lines.len());
    let mut n = 0;
    for (i, l) in lines.iter().enumerate() {
        if i > 0 && (lines[i - 1].page != l.page || lines[i - 1].col != l.col) {
            n += 1;
        }
        out.push(n);
    }
    out
}

/// A column on a page: its margins and its usual line spacing.
#[derive(Clone, Debug)]
struct Block {
    left: f32,
    right: f32,
    gap: f32,
    /// Most lines end at the right margin: a short line is a paragraph's last.
    justified: bool,
}

fn block_metrics(lines: &[Line], blocks: &[usize], body: f32) -> Vec<Block> {
    let count = blocks.last().map_or(0, |b| b + 1);
    let mut out = vec![
        Block {
            left: f32::MAX,
            right: f32::MIN,
            gap: 0.0,
            justified: false,
        };
        count
    ];
    let mut gaps: Vec<Vec<f32>> = vec![Vec::new(); count];
    for (i, l) in lines.iter().enumerate() {
        let b = &mut out[blocks[i]];
        b.left = b.left.min(l.x0);
        b.right = b.right.max(l.x1);
        if i > 0 && blocks[i - 1] == blocks[i] {
            let p = &lines[i - 1];
            let d = l.y - p.y;
            if d > 0.0 && (p.size - l.size).abs() < 0.12 * l.size {
                gaps[blocks[i]].push(d);
            }
        }
    }
    // The smaller third: paragraph gaps are the larger ones. A column of
    // few lines takes the document's spacing.
    let third = |g: &mut Vec<f32>| {
        g.sort_by(f32::total_cmp);
        g.get(g.len().saturating_sub(1) / 3).copied()
    };
    let mut all: Vec<f32> = gaps.iter().flatten().copied().collect();
    let few = all.len() < 4;
    // Too few lines to tell line spacing from paragraph spacing: at most
    // a usual leading.
    let doc = third(&mut all).map_or(1.25 * body, |g| if few { g.min(1.3 * body) } else { g });
    let mut at_margin = vec![(0usize, 0usize); count];
    for (i, l) in lines.iter().enumerate() {
        let b = blocks[i];
        at_margin[b].1 += 1;
        if l.x1 >= out[b].right - 0.5 {
            at_margin[b].0 += 1;
        }
    }
    for (b, (m, n)) in out.iter_mut().zip(at_margin) {
        b.justified = n >= 3 && m * 2 >= n;
    }
    for (b, mut g) in out.iter_mut().zip(gaps) {
        b.gap = if g.len() >= 3 {
            third(&mut g).unwrap_or(doc)
        } else {
            doc
        };
    }
    out
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', ':'])
}

/// Whether line `l` (in column `lb`) begins a new paragraph after `p` (in `pb`).
fn breaks(p: &Line, pb: &Block, l: &Line, lb: &Block, body: f32) -> bool {
    let size = l.size.max(p.size);
    if (l.size - p.size).abs() > 0.12 * size {
        return true;
    }
    let same = p.page == l.page && p.col == l.col;
    if same && l.y - p.y > 1.45 * lb.gap.max(0.5 * body) {
        return true;
    }
    if l.x0 > lb.left + 0.9 * l.size && (!same || l.x0 - p.x0 > 0.5 * l.size) {
        return true;
    }
    let width = (pb.right - pb.left).max(1.0);
    let slack = if pb.justified { 0.5 } else { 2.0 };
    let short = p.x1 < pb.right - slack * p.size;
    if short && ends_sentence(&p.text) {
        return true;
    }
    let starts_upper = l.text.chars().next().is_some_and(char::is_uppercase);
    if p.x1 - p.x0 < 0.6 * width && starts_upper && !p.text.ends_with([',', '-', ';']) {
        return true;
    }
    false
}

/// Writes paragraphs, joining lines and hyphenated words, and notes where
/// each page's text begins.
#[derive(Default)]
struct Builder {
    text: String,
    pages: Vec<(usize, u32)>,
}

impl Builder {
    fn line(&mut self, line: &str, page: u32, new_para: bool) {
        let line = line.trim();
        if line.is_empty() {
            return;
        }
        let before = self
            .text
            .strip_suffix('-')
            .and_then(|t| t.chars().next_back());
        let next = line.chars().next();
        // "govern-" + "ment": a word cut at the line's end; "22-" + "4" or
        // "long-" + "Term": a hyphen of the text itself, kept.
        let cut = self.text.ends_with('\u{ad}')
            || before.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_lowercase);
        let joined =
            before.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        if self.text.is_empty() {
        } else if new_para {
            self.text.push_str("\n\n");
        } else if cut {
            self.text.pop();
        } else if !joined {
            self.text.push(' ');
        }
        if self.pages.last().is_none_or(|&(_, p)| p != page) {
            self.pages.push((self.text.len(), page));
        }
        self.text.push_str(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: f32 = 600.0;
    const H: f32 = 800.0;

    /// An item from top-down coordinates, 0.5 × size wide per character.
    fn item(x: f32, top: f32, size: f32, text: &str) -> Item {
        let w = text.chars().count() as f32 * size * 0.5;
        Item(text.to_string(), x, H - top, w, size)
    }

    /// A page of lines `(x, top, text)` at size 10.
    fn page(lines: &[(f32, f32, &str)]) -> Page {
        Page {
            w: W,
            h: H,
            items: lines
                .iter()
                .map(|(x, y, t)| item(*x, *y, 10.0, t))
                .collect(),
        }
    }

    /// Lines of `n` characters of filler per line (a full measure is 90).
    fn filler(words: &str, n: usize) -> String {
        let mut s = String::new();
        while s.len() < n {
            s.push_str(words);
            s.push(' ');
        }
        s.truncate(n);
        s.trim().to_string()
    }

    #[test]
    fn one_column_paragraphs_from_spacing_and_indent() {
        let a = filler("alpha beta gamma", 90);
        let b = filler("delta epsilon", 90);
        let p = page(&[
            (50.0, 100.0, &a),
            (50.0, 112.0, &a),
            (50.0, 124.0, "end of the first."),
            (70.0, 136.0, &b),
            (50.0, 148.0, "second ends here."),
            (50.0, 172.0, "Third after a gap."),
        ]);
        let r = reassemble(&[p]);
        let paras: Vec<&str> = r.text.split("\n\n").collect();
        assert_eq!(paras.len(), 3, "{:?}", r.text);
        assert!(paras[0].ends_with("end of the first."));
        assert!(paras[1].starts_with("delta") && paras[1].ends_with("second ends here."));
        assert_eq!(paras[2], "Third after a gap.");
        assert_eq!(r.pages, vec![(0, 1)]);
    }

    #[test]
    fn hyphenated_words_are_joined_and_compounds_kept() {
        let p = page(&[
            (50.0, 100.0, "The ministry said the govern-"),
            (50.0, 112.0, "ment would act, a long-"),
            (50.0, 124.0, "Term plan; a soft\u{ad}"),
            (50.0, 136.0, "ware update."),
        ]);
        let r = reassemble(&[p]);
        assert_eq!(
            r.text,
            "The ministry said the government would act, a long-Term plan; a software update."
        );
    }

    #[test]
    fn two_columns_read_left_then_right_with_title_first() {
        let mut lines = vec![(
            50.0,
            60.0,
            "A title across the page, set wide and long enough",
        )];
        let left: Vec<String> = (0..12)
            .map(|i| format!("left line {i:02} of text here"))
            .collect();
        let right: Vec<String> = (0..12)
            .map(|i| format!("right line {i:02} of text"))
            .collect();
        for i in 0..12 {
            lines.push((50.0, 100.0 + 12.0 * i as f32, left[i].as_str()));
            lines.push((320.0, 100.0 + 12.0 * i as f32, right[i].as_str()));
        }
        let r = reassemble(&[page(&lines)]);
        let t = &r.text;
        assert!(t.starts_with("A title across the page"), "{t}");
        let l0 = t.find("left line 00").unwrap();
        let l11 = t.find("left line 11").unwrap();
        let r0 = t.find("right line 00").unwrap();
        let r11 = t.find("right line 11").unwrap();
        assert!(l0 < l11 && l11 < r0 && r0 < r11, "{t}");
        // No line mixes the columns: each left line follows the one above it.
        assert!(t.contains("left line 00 of text here left line 01"), "{t}");
        assert!(t.contains("right line 00 of text right line 01"), "{t}");
    }

    #[test]
    fn running_headers_footers_and_page_numbers_are_dropped() {
        let pages: Vec<Page> = (1..=4)
            .map(|n| {
                let body = filler(
                    [
                        "words of the report",
                        "more of it",
                        "and so on",
                        "to the end",
                    ][n - 1],
                    90,
                );
                let num = n.to_string();
                let foot = format!("Page {n} of 4");
                let mut p = page(&[
                    (50.0, 30.0, "Annual Review 2031 · Water"),
                    (50.0, 100.0, &body),
                    (50.0, 112.0, &body),
                    (290.0, 770.0, &num),
                    (450.0, 785.0, &foot),
                ]);
                let close = ["one", "two", "three", "four"][n - 1];
                p.items.push(item(
                    50.0,
                    124.0,
                    10.0,
                    &format!("Closing line of page {close}."),
                ));
                p
            })
            .collect();
        let r = reassemble(&pages);
        assert!(!r.text.contains("Annual Review"), "{}", r.text);
        assert!(!r.text.contains("Page "), "{}", r.text);
        assert!(!r.text.split_whitespace().any(|w| w.parse::<u32>().is_ok()));
        assert_eq!(r.text.matches("Closing line of page").count(), 4);
        assert_eq!(r.page_count, 4);
        assert_eq!(r.pages.len(), 4);
        assert_eq!(r.page_at(r.text.len() - 1), Some(4));
        assert_eq!(r.page_at(0), Some(1));
    }

    #[test]
    fn a_paragraph_runs_on_across_pages() {
        let a = filler("the first page text", 90);
        let p1 = page(&[(50.0, 100.0, &a), (50.0, 112.0, "which runs on to the")]);
        let mut p1b = p1.clone();
        p1b.items[1] = item(50.0, 112.0, 10.0, &filler("which runs on to the", 90));
        let p2 = page(&[
            (50.0, 100.0, "next page and ends there."),
            (50.0, 124.0, "Another."),
        ]);
        let r = reassemble(&[p1b, p2]);
        let paras: Vec<&str> = r.text.split("\n\n").collect();
        assert_eq!(paras.len(), 2, "{}", r.text);
        assert!(paras[0].ends_with("next page and ends there."));
        let at = r.text.find("next page").unwrap();
        assert_eq!(r.page_at(at), Some(2));
        assert_eq!(r.page_at(at - 2), Some(1));
    }

    #[test]
    fn footnotes_and_markers_are_kept_apart() {
        let a = filler("text of the body", 90);
        let mut p = page(&[(50.0, 100.0, &a), (50.0, 112.0, "the rate rose sharply")]);
        // A raised, small marker after "sharply", then the sentence goes on.
        p.items.push(item(155.0, 108.0, 6.0, "3"));
        p.items.push(item(160.0, 112.0, 10.0, " last year."));
        p.items.push(item(50.0, 700.0, 6.0, "3"));
        p.items
            .push(item(55.0, 703.0, 8.0, "Figures from the survey office."));
        p.items.push(item(50.0, 713.0, 8.0, "4 A second note."));
        let r = reassemble(&[p]);
        assert!(r.text.contains("rose sharply[3] last year."), "{}", r.text);
        assert!(
            r.text
                .ends_with("Notes\n\n[3] Figures from the survey office.\n\n[4] A second note."),
            "{}",
            r.text
        );
    }

    #[test]
    fn errors_and_empty_pages() {
        let scan = Read {
            pages: vec![Page::default(), Page::default()],
            ..Read::default()
        };
        let e = open(scan, "scan.pdf").unwrap_err();
        assert!(e
            .to_string()
            .starts_with("This PDF has no text; it needs OCR"));
        for (code, want) in [
            ("encrypted", "encrypted"),
            ("damaged", "damaged"),
            ("cancelled", "cancelled"),
            ("unavailable", "could not be loaded"),
        ] {
            let r = Read {
                error: Some(code.into()),
                detail: Some("Invalid PDF structure.".into()),
                ..Read::default()
            };
            assert!(open(r, "x.pdf").unwrap_err().to_string().contains(want));
        }
        let mixed = Read {
            pages: vec![page(&[(50.0, 100.0, "Some words.")]), Page::default()],
            title: Some("A report".into()),
            ..Read::default()
        };
        let (o, r) = open(mixed.clone(), "mixed.pdf").unwrap();
        assert_eq!(o.meta.title.as_deref(), Some("A report"));
        for junk in [
            "about:blank",
            "Microsoft Word - draft3.docx",
            "report_final.pdf",
            "https://x.example/a",
        ] {
            let read = Read {
                title: Some(junk.into()),
                ..mixed.clone()
            };
            assert_eq!(
                open(read, "m.pdf").unwrap().0.meta.title.as_deref(),
                Some("Some words.")
            );
        }
        assert_eq!(r.empty_pages, vec![2]);
        assert!(o.warnings[0].contains("p. 2"));
    }

    #[test]
    fn page_number_shapes() {
        for s in [
            "14",
            "Page 3",
            "page 3 of 9",
            "3 / 9",
            "– 7 –",
            "xii",
            "p. 4",
        ] {
            assert!(is_page_number(s), "{s}");
        }
        for s in ["2031 report", "In 14 cases", "civil", "Page one"] {
            assert!(!is_page_number(s), "{s}");
        }
    }

    #[test]
    fn hostile_numbers_never_panic() {
        let weird = [
            f32::NAN,
            f32::INFINITY,
            -f32::INFINITY,
            -1.0e30,
            0.0,
            1.0e30,
        ];
        let mut items = Vec::new();
        for &a in &weird {
            for &b in &weird {
                items.push(Item("x".into(), a, b, a, b));
                items.push(Item("".into(), b, a, b, a));
            }
        }
        let pages = vec![
            Page {
                w: f32::NAN,
                h: f32::INFINITY,
                items: items.clone(),
            },
            Page {
                w: -5.0,
                h: 0.0,
                items: items
                    .iter()
                    .map(|i| Item("y".into(), i.1, i.2, i.3, i.4))
                    .collect(),
            },
        ];
        let r = reassemble(&pages);
        assert!(r.text.contains('x'));
        let parsed: Read =
            serde_json::from_str(r#"{"pages":[{"w":1,"h":1,"items":[["a",0,0,1,1]]}]}"#).unwrap();
        assert_eq!(reassemble(&parsed.pages).text, "a");
    }
}
