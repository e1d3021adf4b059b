//! W3C Web Annotation JSON-LD: an `AnnotationPage` of one `Annotation` per
//! claim, and one linking `Annotation` per relation between claims.
//!
//! - A claim's annotation targets each piece of its content with a
//!   `TextQuoteSelector` (exact, and up to 32 characters of prefix and
//!   suffix) and a `TextPositionSelector` (start and end in Unicode code
//!   points, which select exactly the quote). The target's `source` is the
//!   report's address when known, else the text's URN.
//! - Its body describes the claim (claimant and cue, `describing`) and tags
//!   the claimant (`tagging`); in the reader it also carries the verdict
//!   (`oa:assessing`), the note (`commenting`), each source (`linking`)
//!   and, when checked, the tag `checked`. The motivation is
//!   `oa:assessing` when there is a verdict, else `describing`.
//! - A relation is an annotation with the motivation `linking`: its body is
//!   the annotation of the claim that disputes (or a stretch of text when
//!   the text itself does), plus a `describing` body naming the relation;
//!   its target is the annotation of the claim disputed.
//!
//! [`crate::desk::annotations`] reads such a page back onto a text.

use super::{iri, text_urn, Doc};
use crate::desk::anchor::Anchor;
use crate::desk::review;
use crate::report::json::CodePoints;
use crate::report::{Report, Span};
use serde_json::{json, Value};

/// The Web Annotation context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The purpose and motivation of a verdict: the vocabulary's
/// `oa:assessing`, written as a compact IRI because the context published
/// for the Recommendation (`anno.jsonld`) defines no short term for it
/// (its expansion in the tests would drop a bare `assessing`).
pub const ASSESSING: &str = "oa:assessing";

/// The tag a checked claim carries.
pub const CHECKED_TAG: &str = "checked";

fn selectors(text: &str, cp: &CodePoints, span: Span) -> Value {
    let a = Anchor::of(text, cp, span);
    let (start, end) = a.position.unwrap_or((0, 0));
    json!([
        {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ])
}

fn textual(purpose: &str, value: &str) -> Value {
    json!({"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"})
}

/// The annotation page of a report.
pub fn page(doc: &Doc) -> Value {
    let report: &Report = doc.report;
    let text: &str = &report.text;
    let cp = CodePoints::new(text);
    let source = doc
        .meta
        .source_url
        .clone()
        .unwrap_or_else(|| format!("{}:text", text_urn(text)));
    let mut items: Vec<Value> = Vec::new();
    for c in &report.claims {
        let label = c.id.label();
        let finding = doc.findings.and_then(|f| f.get(c.id));
        let mut body = vec![textual("describing", &review::who(report, c))];
        if let Some(name) = report.claimant_name(c) {
            body.push(json!({"type": "TextualBody", "purpose": "tagging", "value": name}));
        }
        if let Some(f) = finding {
            if let Some(v) = &f.verdict {
                body.push(textual(ASSESSING, v));
            }
            if !f.note.trim().is_empty() {
                body.push(textual("commenting", &f.note));
            }
            for s in &f.sources {
                body.push(json!({"type": "SpecificResource", "purpose": "linking", "source": s}));
            }
            if f.checked {
                body.push(
                    json!({"type": "TextualBody", "purpose": "tagging", "value": CHECKED_TAG}),
                );
            }
        }
        let motivation = if finding.is_some_and(|f| f.verdict.is_some()) {
            ASSESSING
        } else {
            "describing"
        };
        let target: Vec<Value> = c
            .content
            .iter()
            .map(|s| json!({"source": source, "selector": selectors(text, &cp, *s)}))
            .collect();
        items.push(json!({
            "id": iri(doc, &format!("annotation:{label}")),
            "type": "Annotation",
            "motivation": motivation,
            "body": body,
            "target": target,
        }));
    }
    for (i, r) in report.relations.iter().enumerate() {
        let from = match r.from {
            Some(f) => json!(iri(doc, &format!("annotation:{}", f.label()))),
            None => {
                json!({"type": "SpecificResource", "source": source, "selector": selectors(text, &cp, r.span)})
            }
        };
        let words = if r.note.is_empty() {
            r.kind.as_str().to_string()
        } else {
            format!("{}: {}", r.kind.as_str(), r.note)
        };
        items.push(json!({
            "id": iri(doc, &format!("relation:{}", i + 1)),
            "type": "Annotation",
            "motivation": "linking",
            "body": [from, textual("describing", &words)],
            "target": iri(doc, &format!("annotation:{}", r.to.label())),
        }));
    }
    json!({
        "@context": CONTEXT,
        "id": iri(doc, "annotations"),
        "type": "AnnotationPage",
        "startIndex": 0,
        "items": items,
    })
}
