//! schema.org JSON-LD: a `Claim` per claim, and in the reader a
//! `ClaimReview` for each claim with a verdict.
//!
//! A `Claim` has its `text` (the content), its `author` (a `Person` or an
//! `Organization`; a group such as "officials" is an `Organization`; the
//! report's own assertions have none), `appearance` (the report, with its
//! address when known) and `datePublished` (the report's, when known).
//!
//! A `ClaimReview` has every property Google's fact-check guide requires:
//! `claimReviewed`, `reviewRating` (a `Rating` with `alternateName`, the
//! verdict, and `ratingValue`, `bestRating` and `worstRating` when the
//! verdict is on the scale), `itemReviewed` (the `Claim`), `author` (the
//! reviewer the user named, else "Anonymous reviewer"), `datePublished`
//! (when the finding last changed) and `url` (the review's address when
//! the user gave one, else the reader's address of the claim).

use super::{iri, review_url, Doc};
use crate::desk::iso_date;
use crate::desk::review;
use crate::desk::RatingValue;
use crate::report::{Claim, EntityKind, Report};
use serde_json::{json, Map, Value};

/// The schema.org context.
pub const CONTEXT: &str = "https://schema.org";

/// The author of a review whose reviewer was not named.
pub const ANONYMOUS: &str = "Anonymous reviewer";

fn author(report: &Report, c: &Claim) -> Option<Value> {
    // A claim the text attributes to no one has no author to name.
    if c.claimant.as_ref().is_some_and(|cl| cl.unnamed) {
        return None;
    }
    let name = report.claimant_name(c)?;
    let entity = c
        .claimant
        .as_ref()
        .and_then(|cl| cl.entity)
        .and_then(|e| report.entity(e));
    let kind = match entity.map(|e| e.kind) {
        Some(EntityKind::Organization | EntityKind::Group) => "Organization",
        _ => "Person",
    };
    let mut a = Map::new();
    a.insert("@type".into(), json!(kind));
    a.insert("name".into(), json!(name));
    if let Some(role) = entity.and_then(|e| e.role.clone()) {
        if kind == "Person" {
            a.insert("jobTitle".into(), json!(role));
        } else {
            a.insert("description".into(), json!(role));
        }
    }
    Some(Value::Object(a))
}

fn claim(doc: &Doc, c: &Claim) -> Value {
    let report = doc.report;
    let mut o = Map::new();
    o.insert("@type".into(), json!("Claim"));
    o.insert(
        "@id".into(),
        json!(iri(doc, &format!("claim:{}", c.id.label()))),
    );
    o.insert("text".into(), json!(review::content(report, c)));
    if let Some(a) = author(report, c) {
        o.insert("author".into(), a);
    }
    let mut appearance = Map::new();
    appearance.insert("@type".into(), json!("CreativeWork"));
    if let Some(t) = &doc.meta.title {
        appearance.insert("headline".into(), json!(t));
    }
    if let Some(u) = &doc.meta.source_url {
        appearance.insert("url".into(), json!(u));
    }
    if let Some(p) = &doc.meta.published {
        appearance.insert("datePublished".into(), json!(p));
        o.insert("datePublished".into(), json!(p));
    }
    o.insert("appearance".into(), Value::Object(appearance));
    Value::Object(o)
}

/// The JSON-LD graph of a report's claims and reviews.
pub fn graph(doc: &Doc) -> Value {
    let report = doc.report;
    let mut nodes = Vec::new();
    for c in &report.claims {
        let label = c.id.label();
        let finding = doc.findings.and_then(|f| f.get(c.id));
        let verdict = finding.and_then(|f| f.verdict.clone());
        let (Some(verdict), Some(f), Some(url)) = (verdict, finding, review_url(doc, &label))
        else {
            nodes.push(claim(doc, c));
            continue;
        };
        let scale = doc.findings.map(|f| f.scale()).unwrap_or_default();
        let mut rating = Map::new();
        rating.insert("@type".into(), json!("Rating"));
        rating.insert("alternateName".into(), json!(verdict));
        if let Some(RatingValue { value, best, worst }) = scale.value(&verdict) {
            rating.insert("ratingValue".into(), json!(value));
            rating.insert("bestRating".into(), json!(best));
            rating.insert("worstRating".into(), json!(worst));
        }
        let reviewer = doc.findings.and_then(|f| f.reviewer.clone());
        let date = iso_date(f.updated).or_else(|| doc.today.map(str::to_string));
        let mut r = Map::new();
        r.insert("@type".into(), json!("ClaimReview"));
        r.insert("@id".into(), json!(iri(doc, &format!("review:{label}"))));
        r.insert("url".into(), json!(url));
        r.insert("claimReviewed".into(), json!(review::content(report, c)));
        r.insert("itemReviewed".into(), claim(doc, c));
        r.insert("reviewRating".into(), Value::Object(rating));
        r.insert(
            "author".into(),
            json!({"@type": if reviewer.is_some() { "Person" } else { "Organization" }, "name": reviewer.unwrap_or_else(|| ANONYMOUS.to_string())}),
        );
        if let Some(d) = date {
            r.insert("datePublished".into(), json!(d));
        }
        if !f.note.trim().is_empty() {
            r.insert("reviewBody".into(), json!(f.note));
        }
        nodes.push(Value::Object(r));
    }
    json!({"@context": CONTEXT, "@graph": nodes})
}
