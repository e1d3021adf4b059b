//! The Report JSON contract (version 1): code-point offsets, made at this edge only.
//!
//! [`to_json`] exports a [`Report`]; [`from_json`] reads an export back and
//! checks everything in it, so that importing an export reproduces the same
//! report exactly and a damaged or foreign file gets one clear message.
//!
//! Version 1 has one optional member that older readers ignore: `"meta"`, an
//! object with optional `"title"`, `"source_url"` and `"published"` strings
//! ([`Meta`]). [`to_json`] never writes it; [`to_json_with_meta`] writes it
//! when any of them is set.

use super::model::*;
use super::span::Span;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "claim-reader.report/1";

/// Converts byte offsets of one text to Unicode code-point offsets.
pub struct CodePoints {
    /// `starts[i]` is the byte offset of code point `i`; the last entry is
    /// the text's length.
    starts: Vec<u32>,
    ascii: bool,
}

impl CodePoints {
    pub fn new(text: &str) -> CodePoints {
        if text.is_ascii() {
            return CodePoints {
                starts: Vec::new(),
                ascii: true,
            };
        }
        let mut starts: Vec<u32> = text.char_indices().map(|(i, _)| i as u32).collect();
        starts.push(text.len() as u32);
        CodePoints {
            starts,
            ascii: false,
        }
    }

    /// The code-point offset of a byte offset that lies on a boundary.
    pub fn of(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        match self.starts.binary_search(&(byte as u32)) {
            Ok(i) | Err(i) => i,
        }
    }

    pub fn span(&self, s: Span) -> [usize; 2] {
        [self.of(s.start()), self.of(s.end())]
    }

    /// The number of code points in the text, for a text of `len` bytes.
    fn count(&self, len: usize) -> usize {
        if self.ascii {
            len
        } else {
            self.starts.len() - 1
        }
    }

    /// The byte offset of code point `cp`, or `None` past the end.
    pub fn byte(&self, cp: usize, len: usize) -> Option<usize> {
        if self.ascii {
            return (cp <= len).then_some(cp);
        }
        self.starts.get(cp).map(|b| *b as usize)
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ReportJson {
    pub format: String,
    pub text: String,
    pub sentences: Vec<[usize; 2]>,
    pub entities: Vec<EntityJson>,
    pub claims: Vec<ClaimJson>,
    pub relations: Vec<RelationJson>,
    pub diagnostics: Vec<DiagnosticJson>,
    /// Optional, added compatibly: absent unless there is metadata to keep.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// What is known about a report besides its text: kept with exports and in
/// the library. Every field is optional.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// A human title ("Floods leave thousands homeless").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the text came from: an absolute `http` or `https` URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// When the source was published, as its author wrote it or as an ISO
    /// date (`2024-05-01`); kept as text, never interpreted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

impl Meta {
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.source_url.is_none() && self.published.is_none()
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct EntityJson {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    pub mentions: Vec<[usize; 2]>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct TextSpanJson {
    pub text: String,
    pub span: [usize; 2],
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ClaimantJson {
    pub entity: Option<String>,
    pub text: String,
    pub span: [usize; 2],
    /// The claim is attributed without a named source ("It was reported
    /// that …"); optional, absent when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unnamed: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct CueJson {
    pub text: String,
    pub span: [usize; 2],
    pub strength: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct FigureJson {
    pub text: String,
    pub value: f64,
    pub qualifier: String,
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// Index in the same claim's figures of the whole this figure is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<usize>,
    /// The top of a range whose bottom is `value` ("between 200 and 225");
    /// optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// Values given as alternatives to `value` ("40 or 45"); optional.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<f64>,
    /// A vague quantity ("dozens", "scores"); optional, absent when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
    /// `percent`, `rate` or `money`; optional, absent for a count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub span: [usize; 2],
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct DateJson {
    pub text: String,
    #[serde(default = "absolute")]
    pub kind: String,
    pub span: [usize; 2],
}

fn absolute() -> String {
    "absolute".into()
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ClaimJson {
    pub id: String,
    pub kind: String,
    pub claimant: Option<ClaimantJson>,
    pub cue: Option<CueJson>,
    pub content: Vec<TextSpanJson>,
    #[serde(default)]
    pub quotes: Vec<[usize; 2]>,
    pub figures: Vec<FigureJson>,
    pub dates: Vec<DateJson>,
    /// The construction that found the claim ([`Rule::name`]); optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    pub confidence: f32,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct RelationJson {
    pub kind: String,
    pub from: Option<String>,
    pub to: String,
    pub span: [usize; 2],
    pub note: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct DiagnosticJson {
    pub span: [usize; 2],
    pub message: String,
}

pub fn kind_name(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Direct => "direct",
        ClaimKind::Indirect => "indirect",
        ClaimKind::Mixed => "mixed",
        ClaimKind::Unattributed => "unattributed",
    }
}

pub fn entity_kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Group => "group",
        EntityKind::Unknown => "unknown",
    }
}

pub fn strength_name(s: CueStrength) -> &'static str {
    match s {
        CueStrength::Neutral => "neutral",
        CueStrength::Assertive => "assertive",
        CueStrength::Doubting => "doubting",
        CueStrength::Belief => "belief",
        CueStrength::Intention => "intention",
    }
}

pub fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::MoreThan => "more_than",
        Qualifier::LessThan => "less_than",
        Qualifier::AtLeast => "at_least",
        Qualifier::AtMost => "at_most",
        Qualifier::Approximately => "approximately",
    }
}

/// The name of a figure's kind in the contract; `None` for a count.
pub fn figure_kind_name(k: FigureKind) -> Option<&'static str> {
    match k {
        FigureKind::Count => None,
        FigureKind::Percent => Some("percent"),
        FigureKind::Rate => Some("rate"),
        FigureKind::Money => Some("money"),
    }
}

pub fn relation_name(k: RelationKind) -> &'static str {
    match k {
        RelationKind::Disputes => "disputes",
        RelationKind::NoEvidence => "no_evidence",
        RelationKind::Supports => "supports",
    }
}

/// The report as the version-1 JSON document.
pub fn to_json(report: &Report) -> ReportJson {
    let text: &str = &report.text;
    let cp = CodePoints::new(text);
    let ts = |s: Span| TextSpanJson {
        text: s.of(text).to_string(),
        span: cp.span(s),
    };
    ReportJson {
        format: FORMAT.to_string(),
        text: text.to_string(),
        sentences: report.sentences.iter().map(|s| cp.span(*s)).collect(),
        entities: report
            .entities
            .iter()
            .map(|e| EntityJson {
                id: e.id.label(),
                name: e.name.clone(),
                kind: entity_kind_name(e.kind).to_string(),
                aliases: e.aliases.clone(),
                role: e.role.clone(),
                affiliation: e.affiliation.map(|a| a.label()),
                mentions: e.mentions.iter().map(|m| cp.span(*m)).collect(),
            })
            .collect(),
        claims: report
            .claims
            .iter()
            .map(|c| ClaimJson {
                id: c.id.label(),
                kind: kind_name(c.kind).to_string(),
                claimant: c.claimant.as_ref().map(|cl| ClaimantJson {
                    entity: cl.entity.map(|e| e.label()),
                    text: cl.span.of(text).to_string(),
                    span: cp.span(cl.span),
                    unnamed: cl.unnamed,
                }),
                cue: c.cue.map(|cue| CueJson {
                    text: cue.span.of(text).to_string(),
                    span: cp.span(cue.span),
                    strength: strength_name(cue.strength).to_string(),
                }),
                content: c.content.iter().map(|s| ts(*s)).collect(),
                quotes: c.quotes.iter().map(|s| cp.span(*s)).collect(),
                figures: c
                    .figures
                    .iter()
                    .map(|f| FigureJson {
                        text: f.span.of(text).to_string(),
                        value: f.value,
                        qualifier: qualifier_name(f.qualifier).to_string(),
                        unit: f.unit.map(|u| u.of(text).to_string()),
                        measure: f.measure.clone(),
                        part_of: f.part_of,
                        high: f.high,
                        alternatives: f.alternatives.clone(),
                        vague: f.vague,
                        kind: figure_kind_name(f.kind).map(str::to_string),
                        span: cp.span(f.span),
                    })
                    .collect(),
                dates: c
                    .dates
                    .iter()
                    .map(|d| DateJson {
                        text: d.span.of(text).to_string(),
                        kind: match d.kind {
                            DateKind::Absolute => "absolute",
                            DateKind::Relative => "relative",
                        }
                        .to_string(),
                        span: cp.span(d.span),
                    })
                    .collect(),
                rule: c.rule.map(|r| r.name().to_string()),
                confidence: c.confidence,
            })
            .collect(),
        relations: report
            .relations
            .iter()
            .map(|r| RelationJson {
                kind: relation_name(r.kind).to_string(),
                from: r.from.map(|f| f.label()),
                to: r.to.label(),
                span: cp.span(r.span),
                note: r.note.clone(),
            })
            .collect(),
        diagnostics: report
            .diagnostics
            .iter()
            .map(|d| DiagnosticJson {
                span: cp.span(d.span),
                message: d.message.clone(),
            })
            .collect(),
        meta: None,
    }
}

/// The report with its metadata; `"meta"` is left out when `meta` is empty.
pub fn to_json_with_meta(report: &Report, meta: &Meta) -> ReportJson {
    let mut j = to_json(report);
    if !meta.is_empty() {
        j.meta = Some(meta.clone());
    }
    j
}

/// The report as a JSON string (one line).
pub fn to_json_string(report: &Report) -> String {
    serde_json::to_string(&to_json(report)).unwrap_or_else(|_| "{}".to_string())
}

/// The report and its metadata as a JSON string (one line): what the reader
/// exports and [`from_json_with_meta`] reads back.
pub fn to_json_string_with_meta(report: &Report, meta: &Meta) -> String {
    serde_json::to_string(&to_json_with_meta(report, meta)).unwrap_or_else(|_| "{}".to_string())
}

/// The largest export [`from_json`] reads, in bytes.
pub const MAX_JSON_BYTES: usize = 32 * 1024 * 1024;

/// The longest text an imported report may hold, in bytes.
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// The longest title kept, in characters; longer ones are cut with "…".
pub const MAX_TITLE_CHARS: usize = 200;

/// Why an export could not be read. `Display` gives the message to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than [`MAX_JSON_BYTES`].
    TooLarge { bytes: usize },
    /// Empty, or only whitespace.
    Empty,
    /// Not JSON at all; `detail` names the place ("… at line 3 column 7").
    Syntax { detail: String },
    /// JSON, but not a claim-reader report.
    NotAReport,
    /// A claim-reader report of another version (`found` is its `format`).
    Version { found: String },
    /// A report whose content is inconsistent; the message names the item
    /// and the problem ("claim c4: its content points past the end of the
    /// text …").
    Invalid(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "This file is {}; a report export can be at most {}.",
                human_size(*bytes),
                human_size(MAX_JSON_BYTES)
            ),
            ImportError::Empty => write!(f, "This file is empty."),
            ImportError::Syntax { detail } => {
                write!(f, "This file is not valid JSON ({detail}).")
            }
            ImportError::NotAReport => write!(
                f,
                "This JSON is not a claim-reader report: it has no \"format\": \"{FORMAT}\"."
            ),
            ImportError::Version { found } => write!(
                f,
                "This report was exported as \"{found}\", which this version of claim-reader cannot read (it reads \"{FORMAT}\")."
            ),
            ImportError::Invalid(m) => write!(f, "This report cannot be opened: {m}."),
        }
    }
}

impl std::error::Error for ImportError {}

/// A size in bytes for people: "812 bytes", "4.2 KB", "31.5 MB" (powers of
/// 1024, one decimal).
pub fn human_size(bytes: usize) -> String {
    const K: f64 = 1024.0;
    let b = bytes as f64;
    if b < K {
        format!("{bytes} bytes")
    } else if b < K * K {
        format!("{:.1} KB", b / K)
    } else {
        format!("{:.1} MB", b / (K * K))
    }
}

/// A report read back from its JSON, with the metadata stored beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub report: Report,
    pub meta: Meta,
    /// What was left out and why, for a notice ("The source URL was not an
    /// http or https address and was left out."). Empty for an export made
    /// by claim-reader.
    pub warnings: Vec<String>,
}

/// Reads a Report JSON export back into the [`Report`] it was made from.
///
/// The inverse of [`to_json`]: `from_json(&to_json_string(&r)) == Ok(r)`.
/// Every offset is checked against the text and converted back to bytes,
/// every id must be `c1, c2, …` (claims) or `e1, e2, …` (entities) in order,
/// every reference must name an existing item and the text quoted beside
/// each span must be the text at that span. Unknown members are ignored, so
/// later compatible additions still open. Never panics.
pub fn from_json(json: &str) -> Result<Report, ImportError> {
    from_json_with_meta(json).map(|i| i.report)
}

/// [`from_json`], also returning the optional `"meta"` member, cleaned: a
/// title trimmed to one line of at most [`MAX_TITLE_CHARS`] characters, a
/// source URL kept only when it is an absolute `http`/`https` URL.
pub fn from_json_with_meta(json: &str) -> Result<Imported, ImportError> {
    if json.len() > MAX_JSON_BYTES {
        return Err(ImportError::TooLarge { bytes: json.len() });
    }
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(json).map_err(|e| ImportError::Syntax {
        detail: e.to_string(),
    })?;
    let Value::Object(top) = &value else {
        return Err(ImportError::NotAReport);
    };
    match top.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) if f.starts_with("claim-reader.report/") => {
            return Err(ImportError::Version { found: clip(f, 60) })
        }
        _ => return Err(ImportError::NotAReport),
    }
    read_report(top).map_err(ImportError::Invalid)
}

use serde_json::{Map, Value};

/// A message naming the item and the problem, without the leading
/// "This report cannot be opened".
type Check<T> = Result<T, String>;

fn read_report(top: &Map<String, Value>) -> Check<Imported> {
    let text = match top.get("text") {
        Some(Value::String(t)) => t.as_str(),
        Some(_) => return Err("its \"text\" is not a string".into()),
        None => return Err("it has no \"text\"".into()),
    };
    if text.len() > MAX_TEXT_BYTES {
        return Err(format!(
            "its text is {}, more than the {} a report can hold",
            human_size(text.len()),
            human_size(MAX_TEXT_BYTES)
        ));
    }
    let r = Reader {
        text,
        cp: CodePoints::new(text),
    };

    let sentences = r.spans(list(top, "sentences", "the report")?, "sentence")?;
    for (i, w) in sentences.windows(2).enumerate() {
        if w[1].start() < w[0].end() {
            return Err(format!(
                "sentence {} starts before sentence {} ends",
                i + 2,
                i + 1
            ));
        }
    }

    let entities_json = list(top, "entities", "the report")?;
    let claims_json = list(top, "claims", "the report")?;
    for (i, e) in entities_json.iter().enumerate() {
        r.id(e, 'e', i, "entity")?;
    }
    let mut claim_names = Vec::with_capacity(claims_json.len());
    for (i, c) in claims_json.iter().enumerate() {
        claim_names.push(r.id(c, 'c', i, "claim")?);
    }
    let n_entities = entities_json.len();
    let n_claims = claims_json.len();

    let mut entities = Vec::with_capacity(n_entities);
    for (i, e) in entities_json.iter().enumerate() {
        entities.push(r.entity(e, i, n_entities)?);
    }

    let mut claims: Vec<Claim> = Vec::with_capacity(n_claims);
    for (i, c) in claims_json.iter().enumerate() {
        let claim = r.claim(c, i, &claim_names[i], n_entities, &sentences)?;
        if let Some(prev) = claims.last() {
            if claim.content[0].start() < prev.content[0].start() {
                return Err(format!(
                    "claim {} comes before claim {} in the text, but after it in the list",
                    claim_names[i],
                    claim_names[i - 1]
                ));
            }
        }
        claims.push(claim);
    }

    let mut relations = Vec::new();
    for (i, v) in list(top, "relations", "the report")?.iter().enumerate() {
        relations.push(r.relation(v, i, n_claims)?);
    }
    let mut diagnostics = Vec::new();
    for (i, v) in list(top, "diagnostics", "the report")?.iter().enumerate() {
        let what = format!("diagnostic {}", i + 1);
        let o = object(v, &what)?;
        diagnostics.push(Diagnostic {
            span: r.span(field(o, "span", &what)?, &what)?,
            message: string(field(o, "message", &what)?, &what, "message")?.to_string(),
        });
    }

    let mut warnings = Vec::new();
    let meta = match top.get("meta") {
        None | Some(Value::Null) => Meta::default(),
        Some(Value::Object(m)) => {
            let get = |k: &str| match m.get(k) {
                Some(Value::String(s)) => Some(s.clone()),
                _ => None,
            };
            Meta {
                title: get("title"),
                source_url: get("source_url"),
                published: get("published"),
            }
            .cleaned(&mut warnings)
        }
        Some(_) => {
            warnings.push("The report's \"meta\" was not an object and was left out.".into());
            Meta::default()
        }
    };

    let report = Report {
        text: std::rc::Rc::from(text),
        paragraphs: super::text::segment(text).paragraphs,
        sentences,
        entities,
        claims,
        relations,
        diagnostics,
    };
    Ok(Imported {
        report,
        meta,
        warnings,
    })
}

impl Meta {
    /// The metadata made safe to show and store: one-line title of at most
    /// [`MAX_TITLE_CHARS`], a source URL only if it is an absolute `http` or
    /// `https` URL, a short publication date. What is dropped is said in
    /// `warnings`.
    pub fn cleaned(self, warnings: &mut Vec<String>) -> Meta {
        let title = self.title.as_deref().and_then(clean_title);
        let source_url = match self.source_url.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(u) => match clean_url(u) {
                Some(u) => Some(u),
                None => {
                    warnings.push(format!(
                        "The source URL \"{}\" is not an http or https address and was left out.",
                        clip(u, 60)
                    ));
                    None
                }
            },
        };
        let published = self
            .published
            .as_deref()
            .map(one_line)
            .filter(|p| !p.is_empty())
            .map(|p| clip(&p, 64));
        Meta {
            title,
            source_url,
            published,
        }
    }
}

/// A title on one line: whitespace and control characters collapsed to
/// single spaces, trimmed, cut to [`MAX_TITLE_CHARS`] at a word boundary
/// with "…". `None` when nothing is left.
pub fn clean_title(raw: &str) -> Option<String> {
    let t = one_line(raw);
    if t.is_empty() {
        return None;
    }
    if t.chars().count() <= MAX_TITLE_CHARS {
        return Some(t);
    }
    let cut: String = t.chars().take(MAX_TITLE_CHARS - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    Some(format!("{}…", cut.trim_end()))
}

/// An absolute `http://` or `https://` URL with a host and no whitespace or
/// control characters, at most 2,048 bytes; anything else (`javascript:`,
/// relative paths) is `None`, so a stored URL is always safe as a link.
pub fn clean_url(raw: &str) -> Option<String> {
    let u = raw.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &u[8..]
    } else if lower.starts_with("http://") {
        &u[7..]
    } else {
        return None;
    };
    let host_ok = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '[');
    let clean = !u.chars().any(|c| c.is_whitespace() || c.is_control());
    (host_ok && clean && u.len() <= 2048).then(|| u.to_string())
}

/// Whitespace and control characters collapsed to single spaces, trimmed.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(1024));
    for w in s
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// At most `n` characters of `s`, with "…" when cut.
fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

fn object<'v>(v: &'v Value, what: &str) -> Check<&'v Map<String, Value>> {
    v.as_object()
        .ok_or_else(|| format!("{what} is not an object"))
}

fn field<'v>(o: &'v Map<String, Value>, key: &str, what: &str) -> Check<&'v Value> {
    o.get(key).ok_or_else(|| format!("{what} has no \"{key}\""))
}

fn string<'v>(v: &'v Value, what: &str, key: &str) -> Check<&'v str> {
    v.as_str()
        .ok_or_else(|| format!("{what}: its \"{key}\" is not a string"))
}

fn opt_string(o: &Map<String, Value>, key: &str, what: &str) -> Check<Option<String>> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("{what}: its \"{key}\" is not a string")),
    }
}

/// An array member; a missing one counts as empty.
fn list<'v>(o: &'v Map<String, Value>, key: &str, what: &str) -> Check<&'v [Value]> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(format!("{what}: its \"{key}\" is not a list")),
    }
}

/// A value as it appears in the file, for messages: numbers as numbers,
/// anything else by its kind.
fn shown(v: &Value) -> String {
    match v {
        Value::Number(n) => clip(&n.to_string(), 40),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::String(_) => "a string".into(),
        Value::Array(a) if a.len() == 2 => format!("[{}, {}]", shown(&a[0]), shown(&a[1])),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// Reads the parts of one report against its text.
struct Reader<'t> {
    text: &'t str,
    cp: CodePoints,
}

impl Reader<'_> {
    fn chars(&self) -> usize {
        self.cp.count(self.text.len())
    }

    /// A code-point offset converted to bytes.
    fn offset(&self, v: &Value, what: &str) -> Check<usize> {
        let n = v.as_u64().ok_or_else(|| {
            format!(
                "{what}: {} is not a character offset (a whole number from 0)",
                shown(v)
            )
        })?;
        usize::try_from(n)
            .ok()
            .and_then(|n| self.cp.byte(n, self.text.len()))
            .ok_or_else(|| {
                format!(
                    "{what} points past the end of the text (offset {n}; the text has {} characters)",
                    self.chars()
                )
            })
    }

    /// A `[start, end)` pair of code-point offsets as a byte [`Span`].
    fn span(&self, v: &Value, what: &str) -> Check<Span> {
        let pair = match v.as_array() {
            Some(p) if p.len() == 2 => p,
            _ => {
                return Err(format!(
                    "{what}: its span {} is not a pair [start, end]",
                    shown(v)
                ))
            }
        };
        let start = self.offset(&pair[0], what)?;
        let end = self.offset(&pair[1], what)?;
        Span::new(self.text, start, end)
            .ok_or_else(|| format!("{what}: its span {} ends before it starts", shown(v)))
    }

    fn spans(&self, vs: &[Value], what: &str) -> Check<Vec<Span>> {
        vs.iter()
            .enumerate()
            .map(|(i, v)| self.span(v, &format!("{what} {}", i + 1)))
            .collect()
    }

    /// `span` and `text` members that must agree.
    fn text_span(&self, o: &Map<String, Value>, what: &str) -> Check<Span> {
        let span = self.span(field(o, "span", what)?, what)?;
        let said = string(field(o, "text", what)?, what, "text")?;
        self.agrees(span, said, what)?;
        Ok(span)
    }

    fn agrees(&self, span: Span, said: &str, what: &str) -> Check<()> {
        let there = span.of(self.text);
        if there == said {
            return Ok(());
        }
        Err(format!(
            "{what}: its text \"{}\" is not the text at its span (\"{}\"); the offsets may not be counted in characters",
            clip(said, 40),
            clip(there, 40)
        ))
    }

    /// The id of item `i`, which must be `<prefix><i + 1>`.
    fn id(&self, v: &Value, prefix: char, i: usize, kind: &str) -> Check<String> {
        let what = format!("{kind} {}", i + 1);
        let o = object(v, &what)?;
        let id = string(field(o, "id", &what)?, &what, "id")?;
        let expected = format!("{prefix}{}", i + 1);
        if id == expected {
            return Ok(expected);
        }
        let well_formed = id.strip_prefix(prefix).is_some_and(|n| {
            !n.is_empty() && !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit())
        });
        if well_formed {
            Err(format!(
                "{kind} {} has the id \"{}\"; {kind}s must be numbered {prefix}1, {prefix}2, … in order (a repeated or missing id)",
                i + 1,
                clip(id, 20)
            ))
        } else {
            Err(format!(
                "{kind} {} has the id \"{}\", which is not like \"{expected}\"",
                i + 1,
                clip(id, 20)
            ))
        }
    }

    /// A reference to item `c1`…`c<n>` (or `e…`), as its index.
    fn reference(&self, v: &Value, prefix: char, n: usize, what: &str, key: &str) -> Check<u32> {
        let label = v
            .as_str()
            .ok_or_else(|| format!("{what}: its \"{key}\" is not an id"))?;
        label
            .strip_prefix(prefix)
            .filter(|d| !d.starts_with('0') && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|k| *k >= 1 && (*k as usize) <= n)
            .map(|k| k - 1)
            .ok_or_else(|| {
                format!(
                    "{what}: its \"{key}\" names \"{}\", which is not in the report",
                    clip(label, 20)
                )
            })
    }

    fn entity(&self, v: &Value, i: usize, n: usize) -> Check<Entity> {
        let what = format!("entity e{}", i + 1);
        let o = object(v, &what)?;
        let name = string(field(o, "name", &what)?, &what, "name")?.to_string();
        let kind = match string(field(o, "kind", &what)?, &what, "kind")? {
            "person" => EntityKind::Person,
            "organization" => EntityKind::Organization,
            "group" => EntityKind::Group,
            "unknown" => EntityKind::Unknown,
            other => return Err(unknown(&what, "kind", other)),
        };
        let mut aliases = Vec::new();
        for a in list(o, "aliases", &what)? {
            aliases.push(string(a, &what, "aliases")?.to_string());
        }
        let affiliation = match o.get("affiliation") {
            None | Some(Value::Null) => None,
            Some(a) => Some(EntityId(self.reference(a, 'e', n, &what, "affiliation")?)),
        };
        let mentions = self.spans(list(o, "mentions", &what)?, &format!("{what}, mention"))?;
        Ok(Entity {
            id: EntityId(i as u32),
            name,
            kind,
            aliases,
            role: opt_string(o, "role", &what)?,
            affiliation,
            mentions,
        })
    }

    fn claim(
        &self,
        v: &Value,
        i: usize,
        name: &str,
        n_entities: usize,
        sentences: &[Span],
    ) -> Check<Claim> {
        let what = format!("claim {name}");
        let o = object(v, &what)?;
        let kind = match string(field(o, "kind", &what)?, &what, "kind")? {
            "direct" => ClaimKind::Direct,
            "indirect" => ClaimKind::Indirect,
            "mixed" => ClaimKind::Mixed,
            "unattributed" => ClaimKind::Unattributed,
            other => return Err(unknown(&what, "kind", other)),
        };
        let claimant = match o.get("claimant") {
            None | Some(Value::Null) => None,
            Some(c) => {
                let cw = format!("{what}'s claimant");
                let co = object(c, &cw)?;
                if kind == ClaimKind::Unattributed {
                    return Err(format!("{what} is unattributed but names a claimant"));
                }
                let entity = match co.get("entity") {
                    None | Some(Value::Null) => None,
                    Some(e) => Some(EntityId(self.reference(e, 'e', n_entities, &cw, "entity")?)),
                };
                let unnamed = match co.get("unnamed") {
                    None | Some(Value::Null) => false,
                    Some(Value::Bool(b)) => *b,
                    Some(other) => {
                        return Err(format!(
                            "{cw}: \"unnamed\" is {}, not true or false",
                            shown(other)
                        ))
                    }
                };
                if unnamed && entity.is_some() {
                    return Err(format!("{cw} is unnamed but names an entity"));
                }
                Some(Claimant {
                    entity,
                    span: self.text_span(co, &cw)?,
                    unnamed,
                })
            }
        };
        let cue = match o.get("cue") {
            None | Some(Value::Null) => None,
            Some(c) => {
                let cw = format!("{what}'s cue");
                let co = object(c, &cw)?;
                let strength = match co.get("strength") {
                    None | Some(Value::Null) => CueStrength::Neutral,
                    Some(s) => match string(s, &cw, "strength")? {
                        "neutral" => CueStrength::Neutral,
                        "assertive" => CueStrength::Assertive,
                        "doubting" => CueStrength::Doubting,
                        "belief" => CueStrength::Belief,
                        "intention" => CueStrength::Intention,
                        other => return Err(unknown(&cw, "strength", other)),
                    },
                };
                Some(Cue {
                    span: self.text_span(co, &cw)?,
                    strength,
                })
            }
        };
        let mut content = Vec::new();
        for (k, p) in list(o, "content", &what)?.iter().enumerate() {
            let pw = format!("{what}, content part {}", k + 1);
            content.push(self.text_span(object(p, &pw)?, &pw)?);
        }
        if content.is_empty() {
            return Err(format!("{what} has no content"));
        }
        for (k, w) in content.windows(2).enumerate() {
            if w[1].start() < w[0].end() {
                return Err(format!(
                    "{what}: content part {} overlaps or comes before part {}",
                    k + 2,
                    k + 1
                ));
            }
        }
        let quotes = self.spans(list(o, "quotes", &what)?, &format!("{what}, quotation"))?;

        let mut figures = Vec::new();
        for (k, f) in list(o, "figures", &what)?.iter().enumerate() {
            figures.push(self.figure(f, &format!("{what}, figure {}", k + 1), k)?);
        }
        let mut dates = Vec::new();
        for (k, d) in list(o, "dates", &what)?.iter().enumerate() {
            let dw = format!("{what}, date {}", k + 1);
            let dobj = object(d, &dw)?;
            let kind = match dobj.get("kind") {
                None | Some(Value::Null) => DateKind::Absolute,
                Some(k) => match string(k, &dw, "kind")? {
                    "absolute" => DateKind::Absolute,
                    "relative" => DateKind::Relative,
                    other => return Err(unknown(&dw, "kind", other)),
                },
            };
            dates.push(DateMention {
                span: self.text_span(dobj, &dw)?,
                kind,
            });
        }
        let rule = match o.get("rule") {
            None | Some(Value::Null) => None,
            Some(r) => {
                let name = string(r, &what, "rule")?;
                Some(Rule::from_name(name).ok_or_else(|| unknown(&what, "rule", name))?)
            }
        };
        let cv = field(o, "confidence", &what)?;
        let confidence = cv
            .as_f64()
            .filter(|c| (0.0..=1.0).contains(c))
            .ok_or_else(|| {
                format!(
                    "{what}: its confidence {} is not a number from 0 to 1",
                    shown(cv)
                )
            })? as f32;

        let cover = content.iter().fold(content[0], |acc, s| acc.cover(*s));
        let sentence = sentence_of(sentences, cover);
        Ok(Claim {
            id: ClaimId(i as u32),
            kind,
            claimant,
            cue,
            content,
            quotes,
            sentence,
            figures,
            dates,
            rule,
            confidence,
        })
    }

    fn figure(&self, v: &Value, what: &str, index: usize) -> Check<Figure> {
        let o = object(v, what)?;
        let span = self.text_span(o, what)?;
        let vv = field(o, "value", what)?;
        let value = vv
            .as_f64()
            .filter(|x| x.is_finite())
            .ok_or_else(|| format!("{what}: its value {} is not a number", shown(vv)))?;
        let qualifier = match string(field(o, "qualifier", what)?, what, "qualifier")? {
            "exact" => Qualifier::Exact,
            "more_than" => Qualifier::MoreThan,
            "less_than" => Qualifier::LessThan,
            "at_least" => Qualifier::AtLeast,
            "at_most" => Qualifier::AtMost,
            "approximately" => Qualifier::Approximately,
            other => return Err(unknown(what, "qualifier", other)),
        };
        // The unit is exported as text; it is the end of the figure's span
        // ("200 people"), or failing that its last occurrence inside it.
        let unit = match opt_string(o, "unit", what)? {
            None => None,
            Some(u) => {
                let there = span.of(self.text);
                let at = if there.ends_with(u.as_str()) {
                    Some(there.len() - u.len())
                } else {
                    there.rfind(u.as_str())
                };
                let at = at.ok_or_else(|| {
                    format!(
                        "{what}: its unit \"{}\" is not part of its text \"{}\"",
                        clip(&u, 40),
                        clip(there, 40)
                    )
                })?;
                Span::new(self.text, span.start() + at, span.start() + at + u.len())
            }
        };
        let part_of = match o.get("part_of") {
            None | Some(Value::Null) => None,
            Some(p) => Some(
                p.as_u64()
                    .and_then(|p| usize::try_from(p).ok())
                    .filter(|p| *p < index)
                    .ok_or_else(|| {
                        format!(
                            "{what} is part of figure {}, which is not an earlier figure of the same claim",
                            shown(p)
                        )
                    })?,
            ),
        };
        let number = |v: &Value| v.as_f64().filter(|x| x.is_finite());
        let high = match o.get("high") {
            None | Some(Value::Null) => None,
            Some(h) => Some(number(h).filter(|h| *h >= value).ok_or_else(|| {
                format!(
                    "{what}: its high end {} is not a number at least its value",
                    shown(h)
                )
            })?),
        };
        let alternatives = list(o, "alternatives", what)?
            .iter()
            .map(|a| {
                number(a)
                    .ok_or_else(|| format!("{what}: its alternative {} is not a number", shown(a)))
            })
            .collect::<Check<Vec<f64>>>()?;
        let vague = match o.get("vague") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                return Err(format!(
                    "{what}: \"vague\" is {}, not true or false",
                    shown(other)
                ))
            }
        };
        let kind = match opt_string(o, "kind", what)?.as_deref() {
            None | Some("count") => FigureKind::Count,
            Some("percent") => FigureKind::Percent,
            Some("rate") => FigureKind::Rate,
            Some("money") => FigureKind::Money,
            Some(other) => return Err(unknown(what, "kind", other)),
        };
        Ok(Figure {
            span,
            value,
            qualifier,
            unit,
            measure: opt_string(o, "measure", what)?,
            part_of,
            high,
            alternatives,
            vague,
            kind,
        })
    }

    fn relation(&self, v: &Value, i: usize, n_claims: usize) -> Check<Relation> {
        let what = format!("relation {}", i + 1);
        let o = object(v, &what)?;
        let kind = match string(field(o, "kind", &what)?, &what, "kind")? {
            "disputes" => RelationKind::Disputes,
            "no_evidence" => RelationKind::NoEvidence,
            "supports" => RelationKind::Supports,
            other => return Err(unknown(&what, "kind", other)),
        };
        let from = match o.get("from") {
            None | Some(Value::Null) => None,
            Some(f) => Some(ClaimId(self.reference(f, 'c', n_claims, &what, "from")?)),
        };
        let to = ClaimId(self.reference(field(o, "to", &what)?, 'c', n_claims, &what, "to")?);
        let note = match o.get("note") {
            None | Some(Value::Null) => String::new(),
            Some(n) => string(n, &what, "note")?.to_string(),
        };
        Ok(Relation {
            kind,
            from,
            to,
            span: self.span(field(o, "span", &what)?, &what)?,
            note,
        })
    }
}

fn unknown(what: &str, key: &str, value: &str) -> String {
    format!(
        "{what}: its {key} \"{}\" is not one this version knows",
        clip(value, 30)
    )
}

/// The sentence a claim comes from: the first one containing all of its
/// content, else the content itself.
fn sentence_of(sentences: &[Span], cover: Span) -> Span {
    let from = sentences.partition_point(|s| s.end() < cover.start());
    if let Some(s) = sentences[from..]
        .iter()
        .take_while(|s| s.start() <= cover.start())
        .find(|s| s.contains(cover))
    {
        return *s;
    }
    // A claim that goes on into later sentences ("…," she said. "…"):
    // the sentences from its first content to its last.
    let first = sentences[from..]
        .iter()
        .find(|s| s.start() <= cover.start() && cover.start() < s.end());
    let last = sentences[from..]
        .iter()
        .take_while(|s| s.start() < cover.end())
        .last();
    match (first, last) {
        (Some(a), Some(b)) if a.start() <= b.start() => a.cover(*b),
        _ => cover,
    }
}
