//! Anchors: a stretch of a report's text described so that it can be found
//! again in a text that has changed a little.
//!
//! An [`Anchor`] is what a W3C Web Annotation's `TextQuoteSelector` and
//! `TextPositionSelector` say together: the exact words, up to
//! [`CONTEXT_CHARS`] characters before and after them, and their position
//! in Unicode code points. [`locate`] finds it again, in this order:
//!
//! 1. at its position, when the exact words are still there;
//! 2. wherever the exact words occur, the best by context and then by
//!    nearness to the old position;
//! 3. approximately ([`super::approx`]), scored as Hypothesis scores its
//!    anchors: the quote's likeness weighs 50, the prefix's and the
//!    suffix's 20 each, nearness to the old position 2. A place is taken
//!    when at most a quarter of the quote changed, or at most half of it
//!    with a prefix and suffix that still agree (three quarters alike).
//!
//! What is not found is not guessed: the caller keeps it as an orphan.

use super::approx::{self, Match};
use crate::report::json::CodePoints;
use crate::report::Span;

/// Characters of context kept before and after the quote.
pub const CONTEXT_CHARS: usize = 32;

/// Quotes shorter than this (in bytes) are found only exactly.
const MIN_FUZZY_BYTES: usize = 8;

/// The most errors an approximate search allows.
const MAX_ERRORS: usize = 256;

/// A stretch of text, by quote, context and code-point position.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Anchor {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    /// Code points, half-open; `None` when the source gave no position.
    pub position: Option<(usize, usize)>,
}

/// How an anchor was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quality {
    /// The exact words at the old position.
    Same,
    /// The exact words, elsewhere.
    Moved,
    /// Words a little different; `errors` edits (by bytes) from the quote.
    Fuzzy { errors: usize },
}

/// Where an anchor was found: a byte span of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located {
    pub span: Span,
    pub quality: Quality,
}

impl Anchor {
    /// The anchor of a byte span of `text` (on character boundaries).
    pub fn of(text: &str, cp: &CodePoints, span: Span) -> Anchor {
        let before = &text[..span.start()];
        let after = &text[span.end()..];
        let prefix_start = before
            .char_indices()
            .rev()
            .take(CONTEXT_CHARS)
            .last()
            .map_or(before.len(), |(i, _)| i);
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        Anchor {
            exact: span.of(text).to_string(),
            prefix: before[prefix_start..].to_string(),
            suffix: after[..suffix_end].to_string(),
            position: Some((cp.of(span.start()), cp.of(span.end()))),
        }
    }
}

/// The byte offset of code point `n`, or `None` past the end.
fn byte_of(text: &str, cp: &CodePoints, n: usize) -> Option<usize> {
    cp.byte(n, text.len())
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// How well the words around a place agree with the anchor's context,
/// each from 0 to 1: (before, after).
fn context(text: &str, start: usize, end: usize, a: &Anchor) -> (f64, f64) {
    let before = &text[floor(text, start.saturating_sub(a.prefix.len()))..start];
    let after = &text[end..ceil(text, end + a.suffix.len())];
    let score = |want: &str, have: &str| {
        if want.is_empty() {
            1.0
        } else {
            approx::similarity(want, have)
        }
    };
    (score(&a.prefix, before), score(&a.suffix, after))
}

/// Nearness to the old position, from 0 (a whole text away) to 1.
fn nearness(text: &str, start: usize, hint: Option<usize>) -> f64 {
    match hint {
        Some(h) if !text.is_empty() => {
            1.0 - (start.abs_diff(h) as f64 / text.len() as f64).min(1.0)
        }
        _ => 0.5,
    }
}

/// Finds `anchor` in `text` (see the module docs); `None` when it is not
/// there. Never panics, whatever the anchor says.
pub fn locate(text: &str, cp: &CodePoints, anchor: &Anchor) -> Option<Located> {
    let exact = anchor.exact.as_str();
    if exact.is_empty() || text.is_empty() {
        return None;
    }
    let hint = anchor.position.and_then(|(s, e)| {
        let (s, e) = (byte_of(text, cp, s)?, byte_of(text, cp, e)?);
        (s <= e).then_some((s, e))
    });
    if let Some((s, e)) = hint {
        if text.get(s..e) == Some(exact) {
            return Some(Located {
                span: Span::new(text, s, e)?,
                quality: Quality::Same,
            });
        }
    }
    let hint_start = hint.map(|h| h.0);
    // Exact words elsewhere, scored like the approximate places below
    // (a perfect quote); taken at once when their context agrees.
    let score = |quote: f64, s: usize, e: usize| {
        let (p, q) = context(text, s, e, anchor);
        (
            50.0 * quote + 20.0 * p + 20.0 * q + 2.0 * nearness(text, s, hint_start),
            (p + q) / 2.0,
        )
    };
    let mut best: Option<(f64, Match)> = None;
    let mut context_agrees = false;
    for (count, s) in memchr::memmem::find_iter(text.as_bytes(), exact.as_bytes()).enumerate() {
        if count >= 1000 {
            break;
        }
        let e = s + exact.len();
        let (sc, ctx) = score(1.0, s, e);
        if best.is_none_or(|(b, _)| sc > b) {
            best = Some((
                sc,
                Match {
                    start: s,
                    end: e,
                    errors: 0,
                },
            ));
            context_agrees = ctx >= 0.5;
        }
    }
    if !context_agrees && exact.len() >= MIN_FUZZY_BYTES {
        let max_errors = (exact.len() / 2).min(MAX_ERRORS);
        for m in approx::search(text.as_bytes(), exact.as_bytes(), max_errors) {
            if m.errors == 0 {
                continue;
            }
            let (s, e) = (floor(text, m.start), ceil(text, m.end));
            let (sc, ctx) = score(1.0 - m.errors as f64 / exact.len() as f64, s, e);
            let close = m.errors * 4 <= exact.len() || ctx >= 0.75;
            if close && best.is_none_or(|(b, _)| sc > b) {
                best = Some((
                    sc,
                    Match {
                        start: s,
                        end: e,
                        errors: m.errors,
                    },
                ));
            }
        }
    }
    let (_, m) = best?;
    Some(Located {
        span: Span::new(text, m.start, m.end)?,
        quality: if m.errors == 0 {
            Quality::Moved
        } else {
            Quality::Fuzzy { errors: m.errors }
        },
    })
}
