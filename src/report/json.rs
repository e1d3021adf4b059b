//! The Report JSON contract (version 1): code-point offsets, made at this edge only.

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
    }
}

/// The report as a JSON string (one line).
pub fn to_json_string(report: &Report) -> String {
    serde_json::to_string(&to_json(report)).unwrap_or_else(|_| "{}".to_string())
}
