//! Reading W3C Web Annotation sets onto a report: an `AnnotationPage`
//! exported here, or annotations made in another tool against the same
//! text. Each annotation that carries a finding (a verdict, a note, a
//! source, the tag `checked`) becomes a [`Finding`] with its anchor; then
//! [`super::Findings::import`] places it on a claim, or keeps it as an
//! orphan. Lenient: what cannot be read is counted and named, never a
//! reason to refuse the rest.
//!
//! Read: a page (`items`), a collection (`first.items`), a JSON array of
//! annotations, or one annotation. A target's `TextQuoteSelector` (with
//! `prefix` and `suffix`) and `TextPositionSelector` give the anchor, also
//! inside a `selector` list or a `refinedBy`. Bodies: `assessing` (also as
//! `oa:assessing`, or the draft's `reviewing`) is the verdict, `commenting` (or a body with no purpose) the note, `linking`
//! or an `http(s)` resource a source, the tag `checked` the checked state;
//! `describing` and other tags describe the claim and are not findings.
//! Linking annotations (relations) are left out: the engine finds those.

use super::{parse_sources, Anchor, Finding, MAX_NOTE_CHARS};
use crate::export::annotation::CHECKED_TAG;
use serde_json::Value;

/// The largest annotation file read, in bytes.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// What an annotation set held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Read {
    /// The findings, in the order of the annotations.
    pub findings: Vec<Finding>,
    /// Annotations that only described a claim or linked two.
    pub without_finding: usize,
    /// One sentence per thing that could not be read.
    pub problems: Vec<String>,
}

/// Why an annotation set could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge,
    Syntax(String),
    NotAnnotations,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::TooLarge => write!(
                f,
                "This annotation file is larger than {}.",
                crate::import::human_size(MAX_BYTES)
            ),
            ReadError::Syntax(d) => write!(f, "This file is not valid JSON ({d})."),
            ReadError::NotAnnotations => write!(
                f,
                "This file holds no W3C Web Annotations (an AnnotationPage, a list of Annotations, or one)."
            ),
        }
    }
}

impl std::error::Error for ReadError {}

/// Whether a JSON text looks like an annotation set (for telling it from
/// a Report JSON export by its beginning).
pub fn looks_like(text: &str) -> bool {
    let head: String = text.chars().take(4096).collect();
    head.contains("anno.jsonld")
        || head.contains("\"AnnotationPage\"")
        || head.contains("\"Annotation\"")
}

fn types(v: &Value) -> Vec<&str> {
    let t = v.get("type").or_else(|| v.get("@type"));
    match t {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(other) => vec![other],
    }
}

fn is_annotation(v: &Value) -> bool {
    types(v)
        .iter()
        .any(|t| matches!(*t, "Annotation" | "oa:Annotation"))
}

/// The annotations of a document, wherever they are.
fn annotations(v: &Value) -> Option<Vec<&Value>> {
    if is_annotation(v) {
        return Some(vec![v]);
    }
    if let Value::Array(a) = v {
        return a.iter().any(is_annotation).then(|| a.iter().collect());
    }
    let t = types(v);
    if t.iter()
        .any(|t| matches!(*t, "AnnotationPage" | "as:OrderedCollectionPage"))
    {
        return Some(list(v.get("items")));
    }
    if t.iter()
        .any(|t| matches!(*t, "AnnotationCollection" | "as:OrderedCollection"))
    {
        return Some(list(v.get("first").and_then(|f| f.get("items"))));
    }
    None
}

fn text_of(v: &Value, k: &str) -> String {
    v.get(k).and_then(Value::as_str).unwrap_or("").to_string()
}

/// The anchor of a target: its quote and position selectors.
fn anchor(target: &Value) -> Option<Anchor> {
    let mut sels: Vec<&Value> = list(target.get("selector"));
    let mut i = 0;
    while i < sels.len() && sels.len() < 32 {
        let extra = list(sels[i].get("refinedBy"));
        sels.extend(extra);
        i += 1;
    }
    let mut a = Anchor::default();
    for s in sels {
        let t = types(s);
        if t.contains(&"TextQuoteSelector") {
            a.exact = text_of(s, "exact");
            a.prefix = text_of(s, "prefix");
            a.suffix = text_of(s, "suffix");
        } else if t.contains(&"TextPositionSelector") {
            let n = |k: &str| {
                s.get(k)
                    .and_then(Value::as_u64)
                    .and_then(|n| usize::try_from(n).ok())
            };
            if let (Some(st), Some(e)) = (n("start"), n("end")) {
                a.position = Some((st, e));
            }
        }
    }
    (!a.exact.is_empty()).then_some(a)
}

/// A motivation or purpose without its prefix (`oa:` or the full IRI);
/// the working draft's `reviewing` is `assessing`.
fn term(s: &str) -> &str {
    let t = s
        .strip_prefix("http://www.w3.org/ns/oa#")
        .or_else(|| s.strip_prefix("oa:"))
        .unwrap_or(s);
    if t == "reviewing" {
        "assessing"
    } else {
        t
    }
}

/// A body's purpose: its own, else the annotation's motivation.
fn purpose<'a>(body: &'a Value, motivation: &'a str) -> &'a str {
    body.get("purpose")
        .and_then(Value::as_str)
        .map_or(motivation, term)
}

/// Reads an annotation set (see the module docs). Never panics.
pub fn read(json: &str) -> Result<Read, ReadError> {
    if json.len() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let v: Value = serde_json::from_str(json).map_err(|e| ReadError::Syntax(e.to_string()))?;
    let all = annotations(&v).ok_or(ReadError::NotAnnotations)?;
    let mut out = Read::default();
    let mut unanchored = 0;
    for (n, a) in all.into_iter().enumerate() {
        if !is_annotation(a) {
            out.problems.push(format!(
                "Item {} is not an Annotation and was left out.",
                n + 1
            ));
            continue;
        }
        let motivation = a.get("motivation").and_then(Value::as_str).map_or("", term);
        if motivation == "linking" {
            out.without_finding += 1;
            continue;
        }
        let mut f = Finding::default();
        let mut notes: Vec<String> = Vec::new();
        let mut sources = String::new();
        if let Some(v) = a.get("bodyValue").and_then(Value::as_str) {
            notes.push(v.trim().to_string());
        }
        for b in list(a.get("body")) {
            match b {
                Value::String(s) => {
                    sources.push_str(s.as_str());
                    sources.push('\n');
                }
                Value::Object(_) => {
                    let value = b
                        .get("value")
                        .and_then(Value::as_str)
                        .or_else(|| b.get("chars").and_then(Value::as_str));
                    let p = purpose(b, motivation);
                    match (p, value) {
                        ("assessing", Some(v)) if f.verdict.is_none() => {
                            f.verdict = Some(v.trim().to_string()).filter(|v| !v.is_empty())
                        }
                        ("tagging", Some(v)) if v.trim().eq_ignore_ascii_case(CHECKED_TAG) => {
                            f.checked = true
                        }
                        ("commenting" | "replying" | "questioning" | "", Some(v)) => {
                            notes.push(v.trim().to_string())
                        }
                        (_, Some(_)) => {}
                        (_, None) => {
                            let r = b
                                .get("source")
                                .or_else(|| b.get("id"))
                                .and_then(Value::as_str)
                                .unwrap_or("");
                            sources.push_str(r);
                            sources.push('\n');
                        }
                    }
                }
                _ => {}
            }
        }
        f.note = notes
            .into_iter()
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
            .chars()
            .take(MAX_NOTE_CHARS)
            .collect();
        f.sources = parse_sources(&sources).0;
        f.verdict = f.verdict.map(|v| v.chars().take(60).collect());
        if f.is_blank() {
            out.without_finding += 1;
            continue;
        }
        // The first target with a quote anchors it; one without keeps its
        // finding as an orphan with no words.
        let targets = list(a.get("target"));
        match targets.iter().find_map(|t| anchor(t)) {
            Some(an) => f.anchor = an,
            None => {
                unanchored += 1;
                f.why = Some("It came with no quote to find in the text.".into());
            }
        }
        out.findings.push(f);
    }
    if unanchored > 0 {
        out.problems.push(format!(
            "{unanchored} annotation{} had no quote of the text (a TextQuoteSelector) and {} kept as orphan{}.",
            if unanchored == 1 { "" } else { "s" },
            if unanchored == 1 { "is" } else { "are" },
            if unanchored == 1 { "" } else { "s" },
        ));
    }
    Ok(out)
}
