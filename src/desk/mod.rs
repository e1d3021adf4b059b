//! The fact-checker's desk: what a user found about each claim, kept with
//! the report on the device, with undo, following the claims through a
//! changed text. Pure Rust, like the engine: no browser, no I/O.
//!
//! - A [`Finding`] holds a verdict on the report's rating [`Scale`], a
//!   note, source links and a "checked" state, and an [`Anchor`]: the
//!   claim's words with their context and position, so that it finds its
//!   claim again when the engine or the text changes ([`Findings::attach`]).
//!   A finding that finds no claim is an orphan: kept and listed, never
//!   dropped.
//! - [`Findings`] is what the library stores per report (see
//!   [`crate::import::library`]); [`Findings::to_value`] and
//!   [`Findings::read`] are its JSON, read leniently.
//! - [`Desk`] is the findings of the report on show with their history:
//!   [`Desk::apply`] makes an [`Edit`], [`Desk::undo`] and [`Desk::redo`]
//!   walk back and forth; typing in one note is one step.
//!
//! `anchor` and `approx` find anchors again; `review` orders claims for
//! checking and makes the memo; `annotations` reads W3C annotation sets.

pub mod anchor;
pub mod annotations;
pub mod approx;
pub mod review;

use crate::import::clean_url;
use crate::report::json::CodePoints;
use crate::report::{ClaimId, Report, Span};
pub use anchor::Anchor;
use serde_json::{json, Map, Value};

/// The default rating scale, best first.
pub const DEFAULT_RATINGS: [&str; 5] =
    ["True", "Mostly true", "Half true", "Mostly false", "False"];
/// The default ratings that are not on the numeric scale.
pub const DEFAULT_OFF_SCALE: [&str; 1] = ["Unproven"];

/// The longest note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;
/// The most source links a finding keeps.
pub const MAX_SOURCES: usize = 50;
/// The most ratings a scale holds.
pub const MAX_RATINGS: usize = 20;

/// The ratings a report's verdicts are given on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scale {
    /// On the numeric scale, best first: the first is worth `ratings.len()`,
    /// the last 1.
    pub ratings: Vec<String>,
    /// Verdicts with no place on the scale ("Unproven").
    pub off_scale: Vec<String>,
}

impl Default for Scale {
    fn default() -> Scale {
        Scale {
            ratings: DEFAULT_RATINGS.iter().map(|s| s.to_string()).collect(),
            off_scale: DEFAULT_OFF_SCALE.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// A verdict's place on its scale, as schema.org's `Rating` gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RatingValue {
    pub value: usize,
    pub best: usize,
    pub worst: usize,
}

impl Scale {
    /// A scale from the lines a user typed: one rating per line, blank
    /// lines and repeats left out, each cut to 60 characters; at most
    /// [`MAX_RATINGS`] in all. `None` when no rating is left.
    pub fn from_lines(ratings: &str, off_scale: &str) -> Option<Scale> {
        let mut seen: Vec<String> = Vec::new();
        let mut take = |text: &str| {
            let mut out = Vec::new();
            for line in text.lines() {
                let l = one_line(line, 60);
                if l.is_empty()
                    || seen.iter().any(|s| s.eq_ignore_ascii_case(&l))
                    || seen.len() >= MAX_RATINGS
                {
                    continue;
                }
                seen.push(l.clone());
                out.push(l);
            }
            out
        };
        let scale = Scale {
            ratings: take(ratings),
            off_scale: take(off_scale),
        };
        (!scale.ratings.is_empty() || !scale.off_scale.is_empty()).then_some(scale)
    }

    /// Every rating, the scale's first, then those off it.
    pub fn all(&self) -> impl Iterator<Item = &String> {
        self.ratings.iter().chain(&self.off_scale)
    }

    /// Whether `label` is one of this scale's ratings.
    pub fn has(&self, label: &str) -> bool {
        self.all().any(|r| r == label)
    }

    /// The place of a rating on the numeric scale; `None` off it.
    pub fn value(&self, label: &str) -> Option<RatingValue> {
        let i = self.ratings.iter().position(|r| r == label)?;
        let n = self.ratings.len();
        Some(RatingValue {
            value: n - i,
            best: n,
            worst: 1,
        })
    }
}

/// What a user found about one claim.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Finding {
    /// The claim it belongs to (`c3`) in the report as last opened; `None`
    /// for an orphan.
    pub claim: Option<String>,
    /// The claim's words (first to last content span) with context.
    pub anchor: Anchor,
    pub verdict: Option<String>,
    pub note: String,
    /// Absolute `http(s)` addresses.
    pub sources: Vec<String>,
    pub checked: bool,
    /// Last changed, milliseconds since 1970 (0 when unknown).
    pub updated: u64,
    /// Why an orphan is one, for the list of orphans.
    pub why: Option<String>,
}

impl Finding {
    /// Whether it holds nothing a user gave.
    pub fn is_blank(&self) -> bool {
        self.verdict.is_none()
            && self.note.trim().is_empty()
            && self.sources.is_empty()
            && !self.checked
    }

    pub fn claim_id(&self) -> Option<ClaimId> {
        self.claim.as_deref().and_then(ClaimId::from_label)
    }
}

/// Everything found about one report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    /// The report's own scale; `None` for the default.
    pub scale: Option<Scale>,
    /// Who reviewed the claims (the ClaimReview's author).
    pub reviewer: Option<String>,
    /// Where the review is published (the ClaimReview's `url`).
    pub review_url: Option<String>,
    /// At most one per claim; orphans at the end, in the order they came.
    pub items: Vec<Finding>,
}

/// One change a user makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Verdict(ClaimId, Option<String>),
    Note(ClaimId, String),
    /// The lines of the sources field; only `http(s)` addresses are kept.
    Sources(ClaimId, String),
    Checked(ClaimId, bool),
    /// Clears a claim's finding.
    Clear(ClaimId),
    /// `None` returns to the default scale.
    Scale(Option<Scale>),
    /// Reviewer and review address.
    About {
        reviewer: String,
        review_url: String,
    },
    /// Attaches the orphan at this index of `items` to a claim.
    Adopt(usize, ClaimId),
    /// Removes the orphan at this index of `items`.
    DropOrphan(usize),
    /// Replaces everything (an import), as one step.
    Replace(Box<Findings>),
}

/// Which typing counts as one step of undo: edits of the same field of the
/// same claim, one after another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Typing {
    Note(ClaimId),
    Sources(ClaimId),
    About,
}

impl Edit {
    fn typing(&self) -> Option<Typing> {
        match self {
            Edit::Note(c, _) => Some(Typing::Note(*c)),
            Edit::Sources(c, _) => Some(Typing::Sources(*c)),
            Edit::About { .. } => Some(Typing::About),
            _ => None,
        }
    }
}

/// Text on one line, trimmed, at most `max` characters; trimmed again after
/// the cut, so that reading it twice gives the same text.
fn one_line(s: &str, max: usize) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = joined.chars().take(max).collect();
    cut.trim_end().to_string()
}

/// The absolute `http(s)` addresses among the lines of `text` (a line may
/// hold several, apart by spaces), without repeats; and the lines that are
/// not addresses.
pub fn parse_sources(text: &str) -> (Vec<String>, Vec<String>) {
    let mut ok: Vec<String> = Vec::new();
    let mut bad = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let urls: Option<Vec<String>> = line.split_whitespace().map(clean_url).collect();
        match urls {
            Some(urls) => {
                for u in urls {
                    if !ok.contains(&u) && ok.len() < MAX_SOURCES {
                        ok.push(u);
                    }
                }
            }
            None => bad.push(line.to_string()),
        }
    }
    (ok, bad)
}

/// The span a finding anchors to for a claim: its content, first to last.
pub fn claim_span(report: &Report, id: ClaimId) -> Option<Span> {
    report.claim(id).map(|c| c.content_cover())
}

impl Findings {
    /// The scale verdicts are given on.
    pub fn scale(&self) -> Scale {
        self.scale.clone().unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
            && self.scale.is_none()
            && self.reviewer.is_none()
            && self.review_url.is_none()
    }

    /// The finding about a claim.
    pub fn get(&self, id: ClaimId) -> Option<&Finding> {
        let label = id.label();
        self.items
            .iter()
            .find(|f| f.claim.as_deref() == Some(label.as_str()))
    }

    /// The orphans, with their index in `items`.
    pub fn orphans(&self) -> impl Iterator<Item = (usize, &Finding)> {
        self.items
            .iter()
            .enumerate()
            .filter(|(_, f)| f.claim.is_none())
    }

    /// Applies one edit; `report` is the report on show. Returns whether
    /// anything changed.
    pub fn apply(&mut self, report: &Report, edit: Edit, now: u64) -> bool {
        let before = self.clone();
        match edit {
            Edit::Verdict(c, v) => {
                let v = v.map(|v| one_line(&v, 60)).filter(|v| !v.is_empty());
                self.change(report, c, now, |f| f.verdict = v)
            }
            Edit::Note(c, n) => {
                let n: String = n.chars().take(MAX_NOTE_CHARS).collect();
                self.change(report, c, now, |f| f.note = n)
            }
            Edit::Sources(c, text) => {
                let (ok, _) = parse_sources(&text);
                self.change(report, c, now, |f| f.sources = ok)
            }
            Edit::Checked(c, on) => self.change(report, c, now, |f| f.checked = on),
            Edit::Clear(c) => {
                let label = c.label();
                self.items
                    .retain(|f| f.claim.as_deref() != Some(label.as_str()));
            }
            Edit::Scale(s) => self.scale = s.filter(|s| *s != Scale::default()),
            Edit::About {
                reviewer,
                review_url,
            } => {
                self.reviewer = Some(one_line(&reviewer, 200)).filter(|r| !r.is_empty());
                self.review_url = clean_url(&review_url);
            }
            Edit::Adopt(i, c) => {
                if self.items.get(i).is_some_and(|f| f.claim.is_none()) && report.claim(c).is_some()
                {
                    let mut orphan = self.items.remove(i);
                    orphan.claim = Some(c.label());
                    orphan.why = None;
                    if let Some(span) = claim_span(report, c) {
                        orphan.anchor =
                            Anchor::of(&report.text, &CodePoints::new(&report.text), span);
                    }
                    self.merge(orphan);
                }
            }
            Edit::DropOrphan(i) => {
                if self.items.get(i).is_some_and(|f| f.claim.is_none()) {
                    self.items.remove(i);
                }
            }
            Edit::Replace(f) => *self = *f,
        }
        *self != before
    }

    fn change(&mut self, report: &Report, c: ClaimId, now: u64, f: impl FnOnce(&mut Finding)) {
        let Some(span) = claim_span(report, c) else {
            return;
        };
        let label = c.label();
        let i = match self
            .items
            .iter()
            .position(|x| x.claim.as_deref() == Some(label.as_str()))
        {
            Some(i) => i,
            None => {
                let at = self
                    .items
                    .iter()
                    .position(|x| x.claim.is_none())
                    .unwrap_or(self.items.len());
                self.items.insert(
                    at,
                    Finding {
                        claim: Some(label),
                        anchor: Anchor::of(&report.text, &CodePoints::new(&report.text), span),
                        ..Finding::default()
                    },
                );
                at
            }
        };
        let before = self.items[i].clone();
        f(&mut self.items[i]);
        if self.items[i] != before {
            self.items[i].updated = now;
        }
        if self.items[i].is_blank() {
            self.items.remove(i);
        }
    }

    /// Adds a finding for a claim, merging with the one already there: the
    /// first verdict stays, notes are joined, sources added, checked if
    /// either was. Orphans go to the end.
    fn merge(&mut self, f: Finding) {
        let Some(label) = f.claim.clone() else {
            self.items.push(f);
            return;
        };
        match self
            .items
            .iter_mut()
            .find(|x| x.claim.as_deref() == Some(label.as_str()))
        {
            Some(x) => {
                if x.verdict.is_none() {
                    x.verdict = f.verdict;
                }
                let note = f.note.trim();
                if !note.is_empty() && !x.note.contains(note) {
                    if !x.note.trim().is_empty() {
                        x.note.push_str("\n\n");
                    }
                    x.note.push_str(note);
                }
                for s in f.sources {
                    if !x.sources.contains(&s) && x.sources.len() < MAX_SOURCES {
                        x.sources.push(s);
                    }
                }
                x.checked |= f.checked;
                x.updated = x.updated.max(f.updated);
            }
            None => {
                let at = self
                    .items
                    .iter()
                    .position(|x| x.claim.is_none())
                    .unwrap_or(self.items.len());
                self.items.insert(at, f);
            }
        }
    }

    /// The findings moved onto `report`: each finds its claim by its
    /// anchor (the same claim when its words are where they were), or
    /// becomes an orphan that says why. Findings on one claim merge.
    /// Nothing is dropped.
    pub fn attach(self, report: &Report) -> Findings {
        let cp = CodePoints::new(&report.text);
        let mut out = self;
        let items = std::mem::take(&mut out.items);
        // Same claims, same words: keep them before looking further.
        let mut rest = Vec::new();
        for f in items {
            let same = f
                .claim_id()
                .and_then(|c| claim_span(report, c))
                .is_some_and(|span| {
                    Some((cp.of(span.start()), cp.of(span.end()))) == f.anchor.position
                        && span.of(&report.text) == f.anchor.exact
                });
            if same {
                out.merge(Finding { why: None, ..f });
            } else {
                rest.push(f);
            }
        }
        for f in rest {
            out.merge(place(report, &cp, f));
        }
        out
    }

    /// Adds findings brought from elsewhere (an annotation set), each
    /// placed on a claim of `report` by its anchor or kept as an orphan.
    /// Returns how many found a claim and how many are orphans.
    pub fn import(&mut self, report: &Report, found: Vec<Finding>) -> (usize, usize) {
        let cp = CodePoints::new(&report.text);
        let (mut placed, mut orphans) = (0, 0);
        for f in found {
            let f = place(report, &cp, Finding { claim: None, ..f });
            if f.claim.is_some() {
                placed += 1;
            } else {
                orphans += 1;
            }
            self.merge(f);
        }
        (placed, orphans)
    }

    /// The JSON the library stores.
    pub fn to_value(&self) -> Value {
        let mut o = Map::new();
        if let Some(s) = &self.scale {
            o.insert(
                "scale".into(),
                json!({"ratings": s.ratings, "off_scale": s.off_scale}),
            );
        }
        if let Some(r) = &self.reviewer {
            o.insert("reviewer".into(), json!(r));
        }
        if let Some(u) = &self.review_url {
            o.insert("review_url".into(), json!(u));
        }
        let items: Vec<Value> = self
            .items
            .iter()
            .map(|f| {
                let mut i = Map::new();
                if let Some(c) = &f.claim {
                    i.insert("claim".into(), json!(c));
                }
                i.insert("exact".into(), json!(f.anchor.exact));
                i.insert("prefix".into(), json!(f.anchor.prefix));
                i.insert("suffix".into(), json!(f.anchor.suffix));
                if let Some((s, e)) = f.anchor.position {
                    i.insert("start".into(), json!(s));
                    i.insert("end".into(), json!(e));
                }
                if let Some(v) = &f.verdict {
                    i.insert("verdict".into(), json!(v));
                }
                if !f.note.is_empty() {
                    i.insert("note".into(), json!(f.note));
                }
                if !f.sources.is_empty() {
                    i.insert("sources".into(), json!(f.sources));
                }
                if f.checked {
                    i.insert("checked".into(), json!(true));
                }
                if f.updated > 0 {
                    i.insert("updated".into(), json!(f.updated));
                }
                if let Some(w) = &f.why {
                    i.insert("why".into(), json!(w));
                }
                Value::Object(i)
            })
            .collect();
        o.insert("items".into(), Value::Array(items));
        Value::Object(o)
    }

    /// Reads what [`Findings::to_value`] wrote, keeping what it can; the
    /// second value names what was left out (one sentence each).
    pub fn read(v: &Value) -> (Findings, Vec<String>) {
        let mut problems = Vec::new();
        let Some(o) = v.as_object() else {
            return (
                Findings::default(),
                vec!["its findings were not a record and were left out".into()],
            );
        };
        let s =
            |o: &Map<String, Value>, k: &str| o.get(k).and_then(Value::as_str).map(str::to_string);
        let lines = |v: Option<&Value>| -> String {
            v.and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default()
        };
        let scale = o.get("scale").and_then(Value::as_object).and_then(|sc| {
            Scale::from_lines(&lines(sc.get("ratings")), &lines(sc.get("off_scale")))
        });
        let mut out = Findings {
            scale,
            reviewer: s(o, "reviewer")
                .map(|r| one_line(&r, 200))
                .filter(|r| !r.is_empty()),
            review_url: s(o, "review_url").as_deref().and_then(clean_url),
            items: Vec::new(),
        };
        let items = o
            .get("items")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let mut bad = 0;
        for it in items {
            let Some(i) = it.as_object() else {
                bad += 1;
                continue;
            };
            let Some(exact) = s(i, "exact") else {
                bad += 1;
                continue;
            };
            let num = |k: &str| {
                i.get(k)
                    .and_then(Value::as_u64)
                    .and_then(|n| usize::try_from(n).ok())
            };
            let f = Finding {
                claim: s(i, "claim").filter(|c| ClaimId::from_label(c).is_some()),
                anchor: Anchor {
                    exact,
                    prefix: s(i, "prefix").unwrap_or_default(),
                    suffix: s(i, "suffix").unwrap_or_default(),
                    position: num("start").zip(num("end")),
                },
                verdict: s(i, "verdict")
                    .map(|v| one_line(&v, 60))
                    .filter(|v| !v.is_empty()),
                note: s(i, "note")
                    .map(|n| n.chars().take(MAX_NOTE_CHARS).collect())
                    .unwrap_or_default(),
                sources: parse_sources(&lines(i.get("sources"))).0,
                checked: i.get("checked").and_then(Value::as_bool).unwrap_or(false),
                updated: i.get("updated").and_then(Value::as_u64).unwrap_or(0),
                why: s(i, "why"),
            };
            if f.is_blank() {
                continue;
            }
            out.merge(f);
        }
        if bad > 0 {
            problems.push(if bad == 1 {
                "1 finding could not be read and was left out".to_string()
            } else {
                format!("{bad} findings could not be read and were left out")
            });
        }
        (out, problems)
    }
}

/// Places one finding on a claim of `report` by its anchor, or makes it an
/// orphan that says why.
fn place(report: &Report, cp: &CodePoints, mut f: Finding) -> Finding {
    let text: &str = &report.text;
    let orphan = |mut f: Finding, why: &str| {
        f.claim = None;
        f.why = Some(why.to_string());
        f
    };
    if f.anchor.exact.is_empty() {
        let why = f
            .why
            .clone()
            .unwrap_or_else(|| "It has no words to find in the text.".into());
        return orphan(f, &why);
    }
    let Some(found) = anchor::locate(text, cp, &f.anchor) else {
        return orphan(f, "Its words are no longer in the text.");
    };
    match claim_at(report, found.span) {
        Some(c) => {
            f.claim = Some(c.label());
            f.why = None;
            if let Some(span) = claim_span(report, c) {
                f.anchor = Anchor::of(text, cp, span);
            }
            f
        }
        None => {
            let at = Anchor::of(text, cp, found.span);
            f.anchor = at;
            orphan(
                f,
                "Its words are in the text, but no claim was found there.",
            )
        }
    }
}

/// The claim whose content holds most of `span` (at least half of it, or
/// of the claim's content).
pub fn claim_at(report: &Report, span: Span) -> Option<ClaimId> {
    let overlap = |a: Span, b: Span| {
        a.end()
            .min(b.end())
            .saturating_sub(a.start().max(b.start()))
    };
    let mut best: Option<(usize, ClaimId)> = None;
    for c in &report.claims {
        let shared: usize = c.content.iter().map(|s| overlap(*s, span)).sum();
        if shared == 0 {
            continue;
        }
        let content: usize = c.content.iter().map(|s| s.len()).sum();
        let enough = shared * 2 >= span.len().max(1) || shared * 2 >= content.max(1);
        if enough && best.is_none_or(|(b, _)| shared > b) {
            best = Some((shared, c.id));
        }
    }
    best.map(|(_, c)| c)
}

/// A date in milliseconds since 1970 (UTC) as `YYYY-MM-DD`; `None` for 0
/// (unknown).
pub fn iso_date(ms: u64) -> Option<String> {
    if ms == 0 {
        return None;
    }
    // Howard Hinnant's days-to-civil algorithm.
    let z = (ms / 86_400_000) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// The findings of the report on show, with undo and redo.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Desk {
    pub findings: Findings,
    undo: Vec<(Findings, Option<Typing>)>,
    redo: Vec<Findings>,
}

/// The most steps undo remembers.
pub const UNDO_STEPS: usize = 200;

impl Desk {
    pub fn new(findings: Findings) -> Desk {
        Desk {
            findings,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// The desk after an edit, or `None` when the edit changes nothing.
    /// Typing in one field of one claim, one edit after another, is one
    /// step of undo.
    pub fn apply(&self, report: &Report, edit: Edit, now: u64) -> Option<Desk> {
        let typing = edit.typing();
        let mut next = self.clone();
        if !next.findings.apply(report, edit, now) {
            return None;
        }
        let same_typing = typing.is_some() && self.undo.last().is_some_and(|(_, t)| *t == typing);
        if !same_typing {
            next.undo.push((self.findings.clone(), typing));
            if next.undo.len() > UNDO_STEPS {
                next.undo.remove(0);
            }
        }
        next.redo.clear();
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The desk one step back.
    pub fn undo(&self) -> Option<Desk> {
        let mut next = self.clone();
        let (prev, _) = next.undo.pop()?;
        next.redo.push(std::mem::replace(&mut next.findings, prev));
        Some(next)
    }

    /// The desk one undone step forward again.
    pub fn redo(&self) -> Option<Desk> {
        let mut next = self.clone();
        let f = next.redo.pop()?;
        next.undo
            .push((std::mem::replace(&mut next.findings, f), None));
        Some(next)
    }
}
