//! The Report JSON contract (version 1): its types, both ways, with
//! code-point offsets made at this edge only.
//!
//! One set of types is the document: [`to_json`] fills them from a
//! [`Report`], and [`read`] fills them from a string with serde, naming the
//! item in a document of the wrong shape ("claim c4's cue: -3 is not a
//! character offset"). Checking what they say against their text, and
//! building the [`Report`] again, is the importer's (`crate::import::json`).
//!
//! Version 1 grows only by optional members that older readers ignore (the
//! fields below marked optional), and unknown members are ignored when
//! reading. One of them is `"meta"`, an object with optional `"title"`,
//! `"source_url"` and `"published"` strings ([`Meta`]): [`to_json`] never
//! writes it; [`to_json_with_meta`] writes it when any of them is set.
//!
//! Every enum is written by its `as_str` name (`"more_than"`,
//! `"speaker_before"`) and read back by the same name.

use super::model::*;
use super::span::Span;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

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
    pub fn count(&self, len: usize) -> usize {
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

/// The whole document. Spans are `[start, end)` code-point offsets into
/// `text`; ids are `e1, e2, …` and `c1, c2, …` in order.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ReportJson<'a> {
    pub format: String,
    pub text: Cow<'a, str>,
    #[serde(default, deserialize_with = "de::spans")]
    pub sentences: Vec<[usize; 2]>,
    #[serde(default, deserialize_with = "de::nullable")]
    pub entities: Vec<EntityJson<'a>>,
    #[serde(default, deserialize_with = "de::nullable")]
    pub claims: Vec<ClaimJson<'a>>,
    #[serde(default, deserialize_with = "de::nullable")]
    pub relations: Vec<RelationJson<'a>>,
    #[serde(default, deserialize_with = "de::nullable")]
    pub diagnostics: Vec<DiagnosticJson<'a>>,
    /// Optional, added compatibly: absent unless there is metadata to keep.
    /// A `"meta"` that is not an object is read as absent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de::meta"
    )]
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
pub struct EntityJson<'a> {
    pub id: String,
    pub name: Cow<'a, str>,
    pub kind: EntityKind,
    #[serde(default, deserialize_with = "de::nullable")]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub role: Option<String>,
    /// The id of the organisation it speaks for; optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    #[serde(default, deserialize_with = "de::spans")]
    pub mentions: Vec<[usize; 2]>,
}

/// A span with the text it covers, which must agree.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct TextSpanJson<'a> {
    pub text: Cow<'a, str>,
    #[serde(deserialize_with = "de::span")]
    pub span: [usize; 2],
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ClaimantJson<'a> {
    #[serde(default)]
    pub entity: Option<String>,
    pub text: Cow<'a, str>,
    #[serde(deserialize_with = "de::span")]
    pub span: [usize; 2],
    /// The claim is attributed without a named source ("It was reported
    /// that …"); optional, absent when false.
    #[serde(
        default,
        skip_serializing_if = "std::ops::Not::not",
        deserialize_with = "de::flag"
    )]
    pub unnamed: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct CueJson<'a> {
    pub text: Cow<'a, str>,
    #[serde(deserialize_with = "de::span")]
    pub span: [usize; 2],
    /// Neutral when absent.
    #[serde(default, deserialize_with = "de::nullable")]
    pub strength: CueStrength,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct FigureJson<'a> {
    pub text: Cow<'a, str>,
    #[serde(deserialize_with = "de::number")]
    pub value: f64,
    pub qualifier: Qualifier,
    /// The counted noun, as text; it ends the figure's text.
    #[serde(default)]
    pub unit: Option<Cow<'a, str>>,
    /// What the figure counts, normalised so that figures of different
    /// claims compare ("deaths", "arrests", or the counted noun, such as
    /// "boats" or "victims of torture"): an open set, so a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Cow<'a, str>>,
    /// Index in the same claim's figures of the whole this figure is part of.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de::index"
    )]
    pub part_of: Option<usize>,
    /// The top of a range whose bottom is `value` ("between 200 and 225");
    /// optional.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de::high"
    )]
    pub high: Option<f64>,
    /// Values given as alternatives to `value` ("40 or 45"); optional.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "de::alternatives"
    )]
    pub alternatives: Vec<f64>,
    /// A vague quantity ("dozens", "scores"); optional, absent when false.
    #[serde(
        default,
        skip_serializing_if = "std::ops::Not::not",
        deserialize_with = "de::flag"
    )]
    pub vague: bool,
    /// `percent`, `rate` or `money`; optional, absent for a count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<FigureKind>,
    #[serde(deserialize_with = "de::span")]
    pub span: [usize; 2],
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct DateJson<'a> {
    pub text: Cow<'a, str>,
    /// Absolute when absent.
    #[serde(default, deserialize_with = "de::nullable")]
    pub kind: DateKind,
    #[serde(deserialize_with = "de::span")]
    pub span: [usize; 2],
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ClaimJson<'a> {
    pub id: String,
    pub kind: ClaimKind,
    #[serde(default)]
    pub claimant: Option<ClaimantJson<'a>>,
    #[serde(default)]
    pub cue: Option<CueJson<'a>>,
    #[serde(default, deserialize_with = "de::nullable")]
    pub content: Vec<TextSpanJson<'a>>,
    #[serde(default, deserialize_with = "de::spans")]
    pub quotes: Vec<[usize; 2]>,
    #[serde(default, deserialize_with = "de::nullable")]
    pub figures: Vec<FigureJson<'a>>,
    #[serde(default, deserialize_with = "de::nullable")]
    pub dates: Vec<DateJson<'a>>,
    /// The construction that found the claim ([`Rule::as_str`]); optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
    #[serde(deserialize_with = "de::confidence")]
    pub confidence: f32,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct RelationJson<'a> {
    pub kind: RelationKind,
    #[serde(default)]
    pub from: Option<String>,
    pub to: String,
    #[serde(deserialize_with = "de::span")]
    pub span: [usize; 2],
    #[serde(default, deserialize_with = "de::nullable")]
    pub note: Cow<'a, str>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct DiagnosticJson<'a> {
    #[serde(deserialize_with = "de::span")]
    pub span: [usize; 2],
    pub message: Cow<'a, str>,
}

/// The contract's enums are written as their `as_str` names and read back
/// by the same names; an unknown name is refused with the name in the
/// message.
macro_rules! by_name {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = String::deserialize(d)?;
                <$t>::ALL
                    .into_iter()
                    .find(|k| k.as_str() == name)
                    .ok_or_else(|| de::problem(format!(
                        ": its {{key}} \"{}\" is not one this version knows",
                        clip(&name, 30)
                    )))
            }
        }
    )*};
}

by_name!(
    ClaimKind,
    EntityKind,
    CueStrength,
    Qualifier,
    FigureKind,
    DateKind,
    RelationKind,
    Rule
);

/// The report as the version-1 JSON document.
pub fn to_json(report: &Report) -> ReportJson<'_> {
    let text: &str = &report.text;
    let cp = CodePoints::new(text);
    let ts = |s: Span| TextSpanJson {
        text: Cow::Borrowed(s.of(text)),
        span: cp.span(s),
    };
    ReportJson {
        format: FORMAT.to_string(),
        text: Cow::Borrowed(text),
        sentences: report.sentences.iter().map(|s| cp.span(*s)).collect(),
        entities: report
            .entities
            .iter()
            .map(|e| EntityJson {
                id: e.id.label(),
                name: Cow::Borrowed(&e.name),
                kind: e.kind,
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
                kind: c.kind,
                claimant: c.claimant.as_ref().map(|cl| ClaimantJson {
                    entity: cl.entity.map(|e| e.label()),
                    text: Cow::Borrowed(cl.span.of(text)),
                    span: cp.span(cl.span),
                    unnamed: cl.unnamed,
                }),
                cue: c.cue.map(|cue| CueJson {
                    text: Cow::Borrowed(cue.span.of(text)),
                    span: cp.span(cue.span),
                    strength: cue.strength,
                }),
                content: c.content.iter().map(|s| ts(*s)).collect(),
                quotes: c.quotes.iter().map(|s| cp.span(*s)).collect(),
                figures: c
                    .figures
                    .iter()
                    .map(|f| FigureJson {
                        text: Cow::Borrowed(f.span.of(text)),
                        value: f.value,
                        qualifier: f.qualifier,
                        unit: f.unit.map(|u| Cow::Borrowed(u.of(text))),
                        measure: f.measure.as_deref().map(Cow::Borrowed),
                        part_of: f.part_of,
                        high: f.high,
                        alternatives: f.alternatives.clone(),
                        vague: f.vague,
                        kind: (f.kind != FigureKind::Count).then_some(f.kind),
                        span: cp.span(f.span),
                    })
                    .collect(),
                dates: c
                    .dates
                    .iter()
                    .map(|d| DateJson {
                        text: Cow::Borrowed(d.span.of(text)),
                        kind: d.kind,
                        span: cp.span(d.span),
                    })
                    .collect(),
                rule: c.rule,
                confidence: c.confidence,
            })
            .collect(),
        relations: report
            .relations
            .iter()
            .map(|r| RelationJson {
                kind: r.kind,
                from: r.from.map(|f| f.label()),
                to: r.to.label(),
                span: cp.span(r.span),
                note: Cow::Borrowed(&r.note),
            })
            .collect(),
        diagnostics: report
            .diagnostics
            .iter()
            .map(|d| DiagnosticJson {
                span: cp.span(d.span),
                message: Cow::Borrowed(&d.message),
            })
            .collect(),
        meta: None,
    }
}

/// The report with its metadata; `"meta"` is left out when `meta` is empty.
pub fn to_json_with_meta<'a>(report: &'a Report, meta: &Meta) -> ReportJson<'a> {
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
/// exports and the importer reads back.
pub fn to_json_string_with_meta(report: &Report, meta: &Meta) -> String {
    serde_json::to_string(&to_json_with_meta(report, meta)).unwrap_or_else(|_| "{}".to_string())
}

/// Why a string is not a Report JSON document of this version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON at all; the detail names the place ("… at line 3 column 7").
    Syntax(String),
    /// JSON, but not a claim-reader report.
    NotAReport,
    /// A claim-reader report of another version: its `format`, clipped.
    Version(String),
    /// A report of this version with a member of the wrong shape: the item
    /// and the problem ("claim c2, figure 1: its value null is not a
    /// number").
    Shape(String),
}

/// Reads a document into the contract's types: JSON of this version, every
/// member of the type the contract gives it. Unknown members are ignored;
/// missing optional members take their defaults. What the members say is
/// not checked against the text here. Never panics.
pub fn read(json: &str) -> Result<ReportJson<'static>, Unreadable> {
    // One pass that keeps the path to each member, so a member of the
    // wrong shape can be named; the only instance of the contract's
    // reading code in the build.
    let mut reader = serde_json::Deserializer::from_str(json);
    let error = match serde_path_to_error::deserialize::<_, ReportJson>(&mut reader) {
        Ok(doc) => {
            reader
                .end()
                .map_err(|e| Unreadable::Syntax(e.to_string()))?;
            format_of(Some(&doc.format))?;
            return Ok(doc);
        }
        Err(e) => e,
    };
    let inner = error.inner();
    if !inner.is_data() {
        return Err(Unreadable::Syntax(inner.to_string()));
    }
    // A member of the wrong shape, or no report at all? The whole text
    // must be JSON, and a report of this version, before a member is
    // blamed.
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| Unreadable::Syntax(e.to_string()))?;
    format_of(value.get("format").and_then(|f| f.as_str()))?;
    let message = inner.to_string();
    let at = format!(" at line {} column {}", inner.line(), inner.column());
    let message = message.strip_suffix(&at).unwrap_or(&message);
    Err(Unreadable::Shape(de::explain(error.path(), message)))
}

fn format_of(format: Option<&str>) -> Result<(), Unreadable> {
    match format {
        Some(FORMAT) => Ok(()),
        Some(f) if f.starts_with("claim-reader.report/") => Err(Unreadable::Version(clip(f, 60))),
        _ => Err(Unreadable::NotAReport),
    }
}

/// At most `n` characters of `s`, with "…" when cut.
pub fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// How members of the wrong shape are read and named.
///
/// A member whose message needs its own wording is read by a function here
/// that says what is wrong after a marker; [`explain`] puts the item's
/// name, from the path to the member, before it.
mod de {
    use super::{clip, Meta};
    use serde::de::Error;
    use serde::{Deserialize, Deserializer};
    use serde_json::Value;
    use serde_path_to_error::{Path, Segment};

    /// Starts a message made here: the rest follows the item's name, with
    /// `{key}` for the member's name.
    const MARK: char = '\u{1}';

    pub(super) fn problem<E: Error>(rest: String) -> E {
        E::custom(format!("{MARK}{rest}"))
    }

    /// A member that may be absent or `null`: its default then.
    pub(super) fn nullable<'de, D, T>(d: D) -> Result<T, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de> + Default,
    {
        Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
    }

    /// A `[start, end]` pair of code-point offsets (their order is the
    /// importer's to check).
    pub(super) fn span<'de, D: Deserializer<'de>>(d: D) -> Result<[usize; 2], D::Error> {
        Pair::deserialize(d).map(|p| p.0)
    }

    /// A list of spans; absent or `null` is empty.
    pub(super) fn spans<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<[usize; 2]>, D::Error> {
        let pairs: Option<Vec<Pair>> = Option::deserialize(d)?;
        Ok(pairs.unwrap_or_default().into_iter().map(|p| p.0).collect())
    }

    struct Pair([usize; 2]);

    impl<'de> Deserialize<'de> for Pair {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pair, D::Error> {
            let v = Value::deserialize(d)?;
            let pair = match v.as_array() {
                Some(p) if p.len() == 2 => p,
                _ => {
                    return Err(problem(format!(
                        ": its span {} is not a pair [start, end]",
                        shown(&v)
                    )))
                }
            };
            let offset = |o: &Value| {
                // Past the end either way: a larger number than the
                // platform counts is refused as such by the importer.
                o.as_u64()
                    .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
                    .ok_or_else(|| {
                        problem(format!(
                            ": {} is not a character offset (a whole number from 0)",
                            shown(o)
                        ))
                    })
            };
            Ok(Pair([offset(&pair[0])?, offset(&pair[1])?]))
        }
    }

    fn finite(v: &Value) -> Option<f64> {
        v.as_f64().filter(|x| x.is_finite())
    }

    pub(super) fn number<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        let v = Value::deserialize(d)?;
        finite(&v).ok_or_else(|| problem(format!(": its {{key}} {} is not a number", shown(&v))))
    }

    pub(super) fn high<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        match Option::<Value>::deserialize(d)? {
            None => Ok(None),
            Some(v) => finite(&v).map(Some).ok_or_else(|| {
                problem(format!(
                    ": its high end {} is not a number at least its value",
                    shown(&v)
                ))
            }),
        }
    }

    pub(super) fn alternatives<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<f64>, D::Error> {
        let vs: Option<Vec<Value>> = Option::deserialize(d)?;
        vs.unwrap_or_default()
            .iter()
            .map(|a| {
                finite(a).ok_or_else(|| {
                    problem(format!(": its alternative {} is not a number", shown(a)))
                })
            })
            .collect()
    }

    pub(super) fn confidence<'de, D: Deserializer<'de>>(d: D) -> Result<f32, D::Error> {
        let v = Value::deserialize(d)?;
        v.as_f64()
            .filter(|c| (0.0..=1.0).contains(c))
            .map(|c| c as f32)
            .ok_or_else(|| {
                problem(format!(
                    ": its confidence {} is not a number from 0 to 1",
                    shown(&v)
                ))
            })
    }

    /// `part_of`: the index of an earlier figure (which one is the
    /// importer's to check).
    pub(super) fn index<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
        match Option::<Value>::deserialize(d)? {
            None => Ok(None),
            Some(v) => v
                .as_u64()
                .and_then(|p| usize::try_from(p).ok())
                .map(Some)
                .ok_or_else(|| {
                    problem(format!(
                        " is part of figure {}, which is not an earlier figure of the same claim",
                        shown(&v)
                    ))
                }),
        }
    }

    /// `true` or `false`; absent or `null` is false.
    pub(super) fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        match Option::<Value>::deserialize(d)? {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(b),
            Some(v) => Err(problem(format!(
                ": \"{{key}}\" is {}, not true or false",
                shown(&v)
            ))),
        }
    }

    /// `"meta"`: its string members; anything else is left out.
    pub(super) fn meta<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Meta>, D::Error> {
        let Some(Value::Object(m)) = Option::<Value>::deserialize(d)? else {
            return Ok(None);
        };
        let get = |k: &str| m.get(k).and_then(Value::as_str).map(str::to_string);
        Ok(Some(Meta {
            title: get("title"),
            source_url: get("source_url"),
            published: get("published"),
        }))
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

    /// The message for a member of the wrong shape at `path`: the item it
    /// belongs to ("claim c2, figure 1"), then what is wrong.
    pub(super) fn explain(path: &Path, message: &str) -> String {
        let (what, key) = place(path);
        if let Some(rest) = message.strip_prefix(MARK) {
            return format!("{what}{}", rest.replace("{key}", key.unwrap_or("value")));
        }
        if let Some(field) = message
            .strip_prefix("missing field `")
            .and_then(|m| m.strip_suffix('`'))
        {
            let what = if key.is_none() && path.iter().len() == 0 {
                "it"
            } else {
                &what
            };
            return format!("{what} has no \"{field}\"");
        }
        let expected = message.rsplit_once(", expected ").map_or("", |(_, e)| e);
        match key {
            None if expected.starts_with("struct ") => format!("{what} is not an object"),
            Some(k) if expected == "a string" => format!("{what}: its \"{k}\" is not a string"),
            Some(k) if expected == "a sequence" => format!("{what}: its \"{k}\" is not a list"),
            Some(k) if expected.starts_with("struct ") => {
                format!("{what}: its \"{k}\" is not an object")
            }
            Some(k) => format!(
                "{what}: its \"{k}\" is not readable ({})",
                clip(message, 80)
            ),
            None => format!("{what} is not readable ({})", clip(message, 80)),
        }
    }

    /// The item a path leads to, as the messages name it, and the member of
    /// it that is wrong (`None` when the item itself is).
    fn place(path: &Path) -> (String, Option<&str>) {
        let mut what = String::from("the report");
        let mut key = None;
        let mut depth = 0;
        let mut segments = path.iter().peekable();
        while let Some(s) = segments.next() {
            let Segment::Map { key: k } = s else {
                // An index into a member that is a list of values
                // ("alternatives", "aliases"): the member names it.
                continue;
            };
            if key.is_some() {
                break;
            }
            let index = match segments.peek() {
                Some(Segment::Seq { index }) => Some(*index + 1),
                _ => None,
            };
            let item = match (depth, k.as_str(), index) {
                (0, "sentences", Some(i)) => Some(format!("sentence {i}")),
                (0, "entities", Some(i)) => Some(format!("entity e{i}")),
                (0, "claims", Some(i)) => Some(format!("claim c{i}")),
                (0, "relations", Some(i)) => Some(format!("relation {i}")),
                (0, "diagnostics", Some(i)) => Some(format!("diagnostic {i}")),
                (1, "mentions", Some(i)) => Some(format!("{what}, mention {i}")),
                (1, "content", Some(i)) => Some(format!("{what}, content part {i}")),
                (1, "quotes", Some(i)) => Some(format!("{what}, quotation {i}")),
                (1, "figures", Some(i)) => Some(format!("{what}, figure {i}")),
                (1, "dates", Some(i)) => Some(format!("{what}, date {i}")),
                (1, "claimant" | "cue", _) if what.starts_with("claim ") => {
                    Some(format!("{what}'s {k}"))
                }
                _ => None,
            };
            match item {
                Some(item) => {
                    what = item;
                    depth += 1;
                    if index.is_some() {
                        segments.next();
                    }
                }
                None => key = Some(k.as_str()),
            }
        }
        (what, key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each enum is written as its `as_str` name and read back from it.
    fn names_round_trip<T>(all: &[T], name: impl Fn(&T) -> &'static str)
    where
        T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug,
    {
        for k in all {
            let written = serde_json::to_string(k).unwrap();
            assert_eq!(written, format!("\"{}\"", name(k)));
            assert_eq!(&serde_json::from_str::<T>(&written).unwrap(), k);
        }
    }

    #[test]
    fn every_enum_is_written_and_read_by_its_name() {
        names_round_trip(&ClaimKind::ALL, |k| k.as_str());
        names_round_trip(&EntityKind::ALL, |k| k.as_str());
        names_round_trip(&CueStrength::ALL, |k| k.as_str());
        names_round_trip(&Qualifier::ALL, |k| k.as_str());
        names_round_trip(&FigureKind::ALL, |k| k.as_str());
        names_round_trip(&DateKind::ALL, |k| k.as_str());
        names_round_trip(&RelationKind::ALL, |k| k.as_str());
        names_round_trip(&Rule::ALL, |k| k.as_str());
        assert_eq!(Qualifier::MoreThan.as_str(), "more_than");
        assert_eq!(RelationKind::NoEvidence.as_str(), "no_evidence");
    }
}
