//! Report JSON exports read back: the contract's types
//! ([`crate::report::json::read`]) checked against their text and made a
//! [`Report`] again, exactly the one exported.
//!
//! A damaged or foreign file gets one clear message naming the item and
//! the problem ("claim c4, content part 1 points past the end of the
//! text …"); nothing here panics, whatever the input.

use super::human_size;
use crate::report::json::{clip, read, CodePoints, ReportJson, Unreadable, FORMAT};
use crate::report::json::{ClaimJson, EntityJson, FigureJson, RelationJson, TextSpanJson};
use crate::report::{self, *};

pub use crate::report::json::Meta;

/// The largest export [`from_json`] reads, in bytes.
pub const MAX_JSON_BYTES: usize = 32 * 1024 * 1024;

/// The longest text an imported report may hold, in bytes.
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

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
/// The inverse of [`report::json::to_json`]:
/// `from_json(&to_json_string(&r)) == Ok(r)`. Every offset is checked
/// against the text and converted back to bytes, every id must be `c1, c2,
/// …` (claims) or `e1, e2, …` (entities) in order, every reference must name
/// an existing item and the text quoted beside each span must be the text
/// at that span. Unknown members are ignored, so later compatible additions
/// still open. Never panics.
pub fn from_json(json: &str) -> Result<Report, ImportError> {
    from_json_with_meta(json).map(|i| i.report)
}

/// [`from_json`], also returning the optional `"meta"` member, cleaned: a
/// title trimmed to one line of at most [`super::MAX_TITLE_CHARS`]
/// characters, a source URL kept only when it is an absolute `http`/`https`
/// URL.
pub fn from_json_with_meta(json: &str) -> Result<Imported, ImportError> {
    if json.len() > MAX_JSON_BYTES {
        return Err(ImportError::TooLarge { bytes: json.len() });
    }
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let doc = read(json).map_err(|e| match e {
        Unreadable::Syntax(detail) => ImportError::Syntax { detail },
        Unreadable::NotAReport => ImportError::NotAReport,
        Unreadable::Version(found) => ImportError::Version { found },
        Unreadable::Shape(m) => ImportError::Invalid(m),
    })?;
    check(doc).map_err(ImportError::Invalid)
}

/// A message naming the item and the problem, without the leading
/// "This report cannot be opened".
type Check<T> = Result<T, String>;

/// The document checked against its text, as the report it describes.
fn check(doc: ReportJson) -> Check<Imported> {
    let text = &*doc.text;
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

    let sentences = r.spans(&doc.sentences, "sentence")?;
    for (i, w) in sentences.windows(2).enumerate() {
        if w[1].start() < w[0].end() {
            return Err(format!(
                "sentence {} starts before sentence {} ends",
                i + 2,
                i + 1
            ));
        }
    }

    for (i, e) in doc.entities.iter().enumerate() {
        id(&e.id, 'e', i, "entity")?;
    }
    for (i, c) in doc.claims.iter().enumerate() {
        id(&c.id, 'c', i, "claim")?;
    }
    let n_entities = doc.entities.len();
    let n_claims = doc.claims.len();

    let entities = doc
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| r.entity(e, i, n_entities))
        .collect::<Check<Vec<Entity>>>()?;

    let mut claims: Vec<Claim> = Vec::with_capacity(n_claims);
    for (i, c) in doc.claims.iter().enumerate() {
        let claim = r.claim(c, i, n_entities, &sentences)?;
        if let Some(prev) = claims.last() {
            if claim.content[0].start() < prev.content[0].start() {
                return Err(format!(
                    "claim {} comes before claim {} in the text, but after it in the list",
                    claim.id.label(),
                    prev.id.label()
                ));
            }
        }
        claims.push(claim);
    }

    let relations = doc
        .relations
        .iter()
        .enumerate()
        .map(|(i, v)| r.relation(v, i, n_claims))
        .collect::<Check<Vec<Relation>>>()?;
    let diagnostics = doc
        .diagnostics
        .iter()
        .enumerate()
        .map(|(i, d)| {
            Ok(Diagnostic {
                span: r.span(d.span, &format!("diagnostic {}", i + 1))?,
                message: d.message.to_string(),
            })
        })
        .collect::<Check<Vec<Diagnostic>>>()?;

    let mut warnings = Vec::new();
    let meta = doc.meta.unwrap_or_default().cleaned(&mut warnings);
    let report = Report {
        text: std::rc::Rc::from(text),
        paragraphs: report::paragraphs(text),
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

/// The id of item `i`, which must be `<prefix><i + 1>`.
fn id(id: &str, prefix: char, i: usize, kind: &str) -> Check<()> {
    let expected = format!("{prefix}{}", i + 1);
    if id == expected {
        return Ok(());
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
fn reference(label: &str, prefix: char, n: usize, what: &str, key: &str) -> Check<u32> {
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

/// Checks the parts of one report against its text.
struct Reader<'t> {
    text: &'t str,
    cp: CodePoints,
}

impl Reader<'_> {
    /// A code-point offset converted to bytes.
    fn offset(&self, n: usize, what: &str) -> Check<usize> {
        self.cp.byte(n, self.text.len()).ok_or_else(|| {
            format!(
                "{what} points past the end of the text (offset {n}; the text has {} characters)",
                self.cp.count(self.text.len())
            )
        })
    }

    /// A `[start, end)` pair of code-point offsets as a byte [`Span`].
    fn span(&self, [start, end]: [usize; 2], what: &str) -> Check<Span> {
        let (a, b) = (self.offset(start, what)?, self.offset(end, what)?);
        Span::new(self.text, a, b)
            .ok_or_else(|| format!("{what}: its span [{start}, {end}] ends before it starts"))
    }

    fn spans(&self, pairs: &[[usize; 2]], what: &str) -> Check<Vec<Span>> {
        pairs
            .iter()
            .enumerate()
            .map(|(i, p)| self.span(*p, &format!("{what} {}", i + 1)))
            .collect()
    }

    /// A span and the text quoted beside it, which must agree.
    fn text_span(&self, pair: [usize; 2], said: &str, what: &str) -> Check<Span> {
        let span = self.span(pair, what)?;
        let there = span.of(self.text);
        if there == said {
            return Ok(span);
        }
        Err(format!(
            "{what}: its text \"{}\" is not the text at its span (\"{}\"); the offsets may not be counted in characters",
            clip(said, 40),
            clip(there, 40)
        ))
    }

    fn entity(&self, e: &EntityJson, i: usize, n: usize) -> Check<Entity> {
        let what = format!("entity e{}", i + 1);
        let affiliation = match &e.affiliation {
            None => None,
            Some(a) => Some(EntityId(reference(a, 'e', n, &what, "affiliation")?)),
        };
        Ok(Entity {
            id: EntityId(i as u32),
            name: e.name.to_string(),
            kind: e.kind,
            aliases: e.aliases.clone(),
            role: e.role.clone(),
            affiliation,
            mentions: self.spans(&e.mentions, &format!("{what}, mention"))?,
        })
    }

    fn claim(
        &self,
        c: &ClaimJson,
        i: usize,
        n_entities: usize,
        sentences: &[Span],
    ) -> Check<Claim> {
        let what = format!("claim c{}", i + 1);
        let claimant = match &c.claimant {
            None => None,
            Some(cl) => {
                let cw = format!("{what}'s claimant");
                if c.kind == ClaimKind::Unattributed {
                    return Err(format!("{what} is unattributed but names a claimant"));
                }
                let entity = match &cl.entity {
                    None => None,
                    Some(e) => Some(EntityId(reference(e, 'e', n_entities, &cw, "entity")?)),
                };
                if cl.unnamed && entity.is_some() {
                    return Err(format!("{cw} is unnamed but names an entity"));
                }
                Some(Claimant {
                    entity,
                    span: self.text_span(cl.span, &cl.text, &cw)?,
                    unnamed: cl.unnamed,
                })
            }
        };
        let cue = match &c.cue {
            None => None,
            Some(cue) => Some(Cue {
                span: self.text_span(cue.span, &cue.text, &format!("{what}'s cue"))?,
                strength: cue.strength,
            }),
        };
        let content = c
            .content
            .iter()
            .enumerate()
            .map(|(k, p): (usize, &TextSpanJson)| {
                self.text_span(p.span, &p.text, &format!("{what}, content part {}", k + 1))
            })
            .collect::<Check<Vec<Span>>>()?;
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
        let quotes = self.spans(&c.quotes, &format!("{what}, quotation"))?;
        let figures = c
            .figures
            .iter()
            .enumerate()
            .map(|(k, f)| self.figure(f, &format!("{what}, figure {}", k + 1), k))
            .collect::<Check<Vec<Figure>>>()?;
        let dates = c
            .dates
            .iter()
            .enumerate()
            .map(|(k, d)| {
                Ok(DateMention {
                    span: self.text_span(d.span, &d.text, &format!("{what}, date {}", k + 1))?,
                    kind: d.kind,
                })
            })
            .collect::<Check<Vec<DateMention>>>()?;

        let cover = content.iter().fold(content[0], |acc, s| acc.cover(*s));
        Ok(Claim {
            id: ClaimId(i as u32),
            kind: c.kind,
            claimant,
            cue,
            content,
            quotes,
            sentence: sentence_of(sentences, cover),
            figures,
            dates,
            rule: c.rule,
            confidence: c.confidence,
        })
    }

    fn figure(&self, f: &FigureJson, what: &str, index: usize) -> Check<Figure> {
        let span = self.text_span(f.span, &f.text, what)?;
        // The unit is exported as text; it is the end of the figure's span
        // ("200 people"), or failing that its last occurrence inside it. A
        // rate's is its first after the number's first character ("3
        // deaths per 1,000 births"; "six six per cent" counts the second
        // "six").
        let rate = f.kind == Some(FigureKind::Rate);
        let unit = match &f.unit {
            None => None,
            Some(u) => {
                let there = span.of(self.text);
                let at = if rate {
                    let first = there.chars().next().map_or(0, char::len_utf8);
                    there
                        .get(first..)
                        .and_then(|rest| rest.find(&**u))
                        .map(|i| i + first)
                        .or_else(|| there.find(&**u))
                } else if there.ends_with(&**u) {
                    Some(there.len() - u.len())
                } else {
                    there.rfind(&**u)
                };
                let at = at.ok_or_else(|| {
                    format!(
                        "{what}: its unit \"{}\" is not part of its text \"{}\"",
                        clip(u, 40),
                        clip(there, 40)
                    )
                })?;
                Span::new(self.text, span.start() + at, span.start() + at + u.len())
            }
        };
        if let Some(p) = f.part_of.filter(|p| *p >= index) {
            return Err(format!(
                "{what} is part of figure {p}, which is not an earlier figure of the same claim"
            ));
        }
        if let Some(h) = f.high.filter(|h| *h < f.value) {
            return Err(format!(
                "{what}: its high end {h} is not a number at least its value"
            ));
        }
        Ok(Figure {
            span,
            value: f.value,
            qualifier: f.qualifier,
            unit,
            measure: f.measure.as_deref().map(str::to_string),
            part_of: f.part_of,
            high: f.high,
            alternatives: f.alternatives.clone(),
            vague: f.vague,
            kind: f.kind.unwrap_or_default(),
        })
    }

    fn relation(&self, v: &RelationJson, i: usize, n_claims: usize) -> Check<Relation> {
        let what = format!("relation {}", i + 1);
        let from = match &v.from {
            None => None,
            Some(f) => Some(ClaimId(reference(f, 'c', n_claims, &what, "from")?)),
        };
        Ok(Relation {
            kind: v.kind,
            from,
            to: ClaimId(reference(&v.to, 'c', n_claims, &what, "to")?),
            span: self.span(v.span, &what)?,
            note: v.note.to_string(),
        })
    }
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
