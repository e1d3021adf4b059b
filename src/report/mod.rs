//! The claims engine: `parse(&str) -> Report`, pure Rust, no I/O, never panics.

pub mod json;
pub mod model;
pub mod span;
mod text;

pub use model::*;
pub use span::Span;

use std::rc::Rc;

/// Finds every claim in `text`. Never fails and never panics: problems with
/// the input become [`Diagnostic`]s inside the report.
pub fn parse(text: &str) -> Report {
    let layout = text::segment(text);
    let mut claims = Vec::new();
    for (i, s) in layout.sentences.iter().enumerate() {
        claims.push(Claim {
            id: ClaimId(i as u32),
            kind: ClaimKind::Unattributed,
            claimant: None,
            cue: None,
            content: vec![*s],
            quotes: Vec::new(),
            sentence: *s,
            figures: Vec::new(),
            dates: Vec::new(),
            confidence: 0.5,
        });
    }
    Report {
        text: Rc::from(text),
        paragraphs: layout.paragraphs,
        sentences: layout.sentences,
        entities: Vec::new(),
        claims,
        relations: Vec::new(),
        diagnostics: layout.diagnostics,
    }
}
