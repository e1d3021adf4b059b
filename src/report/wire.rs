//! A report as compact bytes, for the one place a report crosses from one
//! WebAssembly instance to another: the engine's worker reads a long text
//! and hands the page what it found (see `ui::engine`).
//!
//! The bytes carry everything but the text, which the page already holds:
//! [`encode`] writes the paragraphs, sentences, entities, claims, relations
//! and diagnostics with `postcard` (serde's compact binary format), and
//! [`decode`] reads them back onto the same text. For a 5 MB report they are
//! a few megabytes and decode in milliseconds, where the Report JSON export
//! (with code points, names and validation for files people edit) is six
//! times larger and takes half a second.
//!
//! [`decode`] takes no byte on trust: every span must lie inside the text on
//! `char` boundaries, every id must name an existing item and every claim
//! must keep the [`Report`] invariants, or it answers an error instead of a
//! report. So a span read here keeps the promise of [`Span::new`].

use super::model::{Claim, Diagnostic, Entity, Relation, Report};
use super::span::Span;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Why bytes could not be read back as a report of the given text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireError {
    /// The bytes are not a report at all (cut short or of another build).
    Malformed,
    /// The bytes are a report, but not one of this text.
    Inconsistent(&'static str),
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WireError::Malformed => write!(f, "the engine's answer could not be read"),
            WireError::Inconsistent(what) => {
                write!(f, "the engine's answer does not fit the text ({what})")
            }
        }
    }
}

impl std::error::Error for WireError {}

/// What is written: the report without its text.
#[derive(Serialize)]
struct Parts<'a> {
    len: u32,
    paragraphs: &'a [Span],
    sentences: &'a [Span],
    entities: &'a [Entity],
    claims: &'a [Claim],
    relations: &'a [Relation],
    diagnostics: &'a [Diagnostic],
}

/// What is read back.
#[derive(Deserialize)]
struct Owned {
    len: u32,
    paragraphs: Vec<Span>,
    sentences: Vec<Span>,
    entities: Vec<Entity>,
    claims: Vec<Claim>,
    relations: Vec<Relation>,
    diagnostics: Vec<Diagnostic>,
}

/// The report's findings as bytes (its text is left out).
pub fn encode(report: &Report) -> Vec<u8> {
    let parts = Parts {
        len: report.text.len() as u32,
        paragraphs: &report.paragraphs,
        sentences: &report.sentences,
        entities: &report.entities,
        claims: &report.claims,
        relations: &report.relations,
        diagnostics: &report.diagnostics,
    };
    // Serialising plain data into a growing vector cannot fail.
    postcard::to_allocvec(&parts).unwrap_or_default()
}

/// The report that [`encode`] wrote for `text`, checked against it.
pub fn decode(text: Rc<str>, bytes: &[u8]) -> Result<Report, WireError> {
    let o: Owned = postcard::from_bytes(bytes).map_err(|_| WireError::Malformed)?;
    if o.len as usize != text.len() {
        return Err(WireError::Inconsistent("another length of text"));
    }
    let report = Report {
        text,
        paragraphs: o.paragraphs,
        sentences: o.sentences,
        entities: o.entities,
        claims: o.claims,
        relations: o.relations,
        diagnostics: o.diagnostics,
    };
    check(&report)?;
    Ok(report)
}

/// Every invariant of [`Report`] that the reader relies on, in one pass.
fn check(r: &Report) -> Result<(), WireError> {
    let text: &str = &r.text;
    let span = |s: &Span| {
        Span::new(text, s.start(), s.end())
            .map(|_| ())
            .ok_or(WireError::Inconsistent("a span outside the text"))
    };
    let entity = |e: Option<super::EntityId>| match e {
        Some(e) if e.index() >= r.entities.len() => {
            Err(WireError::Inconsistent("an unknown entity"))
        }
        _ => Ok(()),
    };
    let claim = |c: super::ClaimId| match c.index() < r.claims.len() {
        true => Ok(()),
        false => Err(WireError::Inconsistent("an unknown claim")),
    };
    r.paragraphs.iter().chain(&r.sentences).try_for_each(span)?;
    for (i, e) in r.entities.iter().enumerate() {
        if e.id.index() != i {
            return Err(WireError::Inconsistent("entities out of order"));
        }
        entity(e.affiliation)?;
        e.mentions.iter().try_for_each(span)?;
    }
    for (i, c) in r.claims.iter().enumerate() {
        if c.id.index() != i {
            return Err(WireError::Inconsistent("claims out of order"));
        }
        if c.content.is_empty() || c.content.windows(2).any(|w| w[0].end() > w[1].start()) {
            return Err(WireError::Inconsistent("a claim's content"));
        }
        c.content.iter().chain(&c.quotes).try_for_each(span)?;
        span(&c.sentence)?;
        if let Some(who) = &c.claimant {
            entity(who.entity)?;
            span(&who.span)?;
        }
        if let Some(cue) = &c.cue {
            span(&cue.span)?;
        }
        for f in &c.figures {
            span(&f.span)?;
            f.unit.iter().try_for_each(span)?;
            if f.part_of.is_some_and(|p| p >= c.figures.len()) {
                return Err(WireError::Inconsistent("a figure part of nothing"));
            }
        }
        c.dates.iter().try_for_each(|d| span(&d.span))?;
    }
    for rel in &r.relations {
        claim(rel.to)?;
        rel.from.map(claim).transpose()?;
        span(&rel.span)?;
    }
    r.diagnostics.iter().try_for_each(|d| span(&d.span))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::parse;

    const TEXT: &str = "The ministry said 40 people died on Monday. “That is false,” said Ana Ruiz, a lawyer for the families, who put the toll at 52. Police declined to comment.\n\nIt said the count would be published “soon”.";

    #[test]
    fn a_report_comes_back_whole_onto_its_text() {
        let r = parse(TEXT);
        assert!(r.claims.len() >= 2 && !r.relations.is_empty(), "{r:#?}");
        let back = decode(r.text.clone(), &encode(&r)).expect("reads back");
        assert_eq!(back, r);
    }

    #[test]
    fn the_embedded_reports_come_back_whole() {
        for seed in crate::seeds::SEEDS {
            let r = parse(seed.text);
            assert_eq!(decode(r.text.clone(), &encode(&r)), Ok(r));
        }
    }

    #[test]
    fn bytes_of_another_text_or_cut_short_are_refused() {
        let r = parse(TEXT);
        let bytes = encode(&r);
        let shorter: Rc<str> = TEXT[..40].into();
        assert_eq!(
            decode(shorter, &bytes),
            Err(WireError::Inconsistent("another length of text"))
        );
        // The same length, but a span now splits a character.
        let other: Rc<str> = TEXT.replacen("The", "Thé", 1)[..TEXT.len()].into();
        assert!(decode(other, &bytes).is_err());
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(
                decode(r.text.clone(), &bytes[..cut]),
                Err(WireError::Malformed),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn no_bytes_make_it_panic() {
        let r = parse(TEXT);
        let bytes = encode(&r);
        // Every single byte changed to every value a byte can take: an error
        // or a report that keeps the invariants, never a panic.
        for i in 0..bytes.len() {
            for v in [0u8, 1, 0x7f, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] = v;
                if let Ok(back) = decode(r.text.clone(), &b) {
                    for c in &back.claims {
                        let _ = back.slice(c.sentence);
                    }
                }
            }
        }
    }
}
