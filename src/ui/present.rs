//! Words the reader shows for a report: names, labels, figures, citations
//! and deep-link fragments. Pure functions, tested natively.

use crate::report::{
    Claim, ClaimId, ClaimKind, CueStrength, EntityId, EntityKind, Figure, Qualifier, Relation,
    RelationKind, Report, Span,
};
use crate::ui::state::Who;

/// How many claimant hues the palette has (see `styles/main.css`).
pub const PALETTE: usize = 12;

/// How many edge patterns tell apart claimants that share a hue: a
/// claimant's colour is its hue and its pattern, so 36 sources differ by
/// colour and pattern, and every card also shows its claimant's initials.
pub const PATTERNS: usize = 3;

/// The palette slot and pattern of an entity: `tint-N` and, past the first
/// round of hues, `pat-K`.
pub fn entity_tint(e: EntityId) -> String {
    let i = e.index();
    match (i / PALETTE) % PATTERNS {
        0 => format!("tint-{}", i % PALETTE),
        k => format!("tint-{} pat-{k}", i % PALETTE),
    }
}

/// The palette slot of a claim's claimant; `None` for the report's own
/// claims and for claimants without an entity.
pub fn tint(claim: &Claim) -> Option<usize> {
    claim
        .claimant
        .as_ref()
        .and_then(|c| c.entity)
        .map(|e| e.index() % PALETTE)
}

/// The CSS classes carrying a claim's colour.
pub fn tint_class(claim: &Claim) -> String {
    match claim.claimant.as_ref().map(|c| c.entity) {
        Some(Some(e)) => entity_tint(e),
        Some(None) => "tint-unresolved".to_string(),
        None => "tint-none".to_string(),
    }
}

/// Words too small to stand for a name in its initials.
const MINOR_WORDS: &[&str] = &[
    "of", "the", "and", "for", "in", "on", "at", "a", "an", "de", "la", "to", "&",
];

/// A claimant's initials, the cue beside its colour: an acronym the text
/// uses for it ("CRN"), else the first letters of the capitalised words of
/// its name ("Ada Lindqvist" → "AL"), else of its first two words
/// ("local officials" → "LO"). At most three letters, upper case.
pub fn initials(name: &str, aliases: &[String]) -> String {
    if let Some(a) = aliases
        .iter()
        .find(|a| (2..=4).contains(&a.chars().count()) && a.chars().all(|c| c.is_uppercase()))
    {
        return a.clone();
    }
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
        .filter(|w| !MINOR_WORDS.contains(&w.to_lowercase().as_str()))
        .collect();
    let capital: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    let pick = if capital.len() >= 2 { &capital } else { &words };
    let out: String = pick
        .iter()
        .take(if capital.len() >= 2 { 3 } else { 2 })
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    if out.is_empty() {
        "?".to_string()
    } else {
        out
    }
}

/// The initials of a claim's claimant; `None` for the report's own claims.
pub fn claimant_initials(report: &Report, claim: &Claim) -> Option<String> {
    let c = claim.claimant.as_ref()?;
    if c.unnamed {
        return Some("?".to_string());
    }
    Some(match c.entity.and_then(|e| report.entity(e)) {
        Some(e) => initials(&e.name, &e.aliases),
        None => initials(report.slice(c.span), &[]),
    })
}

/// Claims below this confidence are marked "check who said this", and can
/// be filtered and sorted by it. The engine's confidence is meant as the
/// measured precision of the rule that found the claim: below 70 %, one
/// claim in three or more found that way is wrong.
pub const LOW_CONFIDENCE: f32 = 0.7;

/// What a low-confidence card says.
pub const CHECK_WORDS: &str = "Check who said this";

/// Whether a claim is one to check.
pub fn is_unsure(claim: &Claim) -> bool {
    claim.confidence < LOW_CONFIDENCE
}

/// The confidence as a percentage, for a tooltip: "60 %".
pub fn confidence_words(claim: &Claim) -> String {
    let c = if claim.confidence.is_finite() {
        claim.confidence.clamp(0.0, 1.0)
    } else {
        0.0
    };
    format!("{:.0} %", c * 100.0)
}

/// Who makes a claim, for the filters.
pub fn who_of(claim: &Claim) -> Who {
    match &claim.claimant {
        None => Who::Report,
        Some(c) if c.unnamed => Who::Unnamed,
        Some(c) => c.entity.map(Who::Entity).unwrap_or(Who::Unresolved),
    }
}

/// What a card calls a claimant the text does not name.
pub const UNNAMED: &str = "Unnamed source";

/// The name shown for a claimant group.
pub fn who_name(report: &Report, who: Who) -> String {
    match who {
        Who::Entity(e) => report.entity(e).map(|e| e.name.clone()).unwrap_or_default(),
        Who::Unresolved => "Unresolved speakers".to_string(),
        Who::Unnamed => "Unnamed sources".to_string(),
        Who::Report => "The report itself".to_string(),
    }
}

/// The claimant's name for a claim, "Unnamed source" for one the text
/// does not name, or "The report" for its own claims.
pub fn speaker(report: &Report, claim: &Claim) -> String {
    if claim.claimant.as_ref().is_some_and(|c| c.unnamed) {
        return UNNAMED.to_string();
    }
    report
        .claimant_name(claim)
        .unwrap_or_else(|| "The report".to_string())
}

/// The claimant's role, when the engine found one; for an unnamed source,
/// the words that attribute the claim ("“reportedly”").
pub fn role(report: &Report, claim: &Claim) -> Option<String> {
    let c = claim.claimant.as_ref()?;
    if c.unnamed {
        let words = report.slice(c.span).trim();
        return (!words.is_empty()).then(|| format!("“{words}”"));
    }
    let e = c.entity?;
    let e = report.entity(e)?;
    let mut r = e.role.clone();
    if let Some(org) = e.affiliation.and_then(|a| report.entity(a)) {
        r = Some(match r {
            Some(r) => format!("{r}, {}", org.name),
            None => org.name.clone(),
        });
    }
    r
}

/// Whether a claim continues its speaker's words without a cue of its own
/// (a follow-on quote): the reader says so rather than invent a verb.
pub fn continues(claim: &Claim) -> bool {
    claim.cue.is_none() && claim.claimant.is_some()
}

/// The word shown for a follow-on quote in place of a verb.
pub const CONTINUES: &str = "continues";

/// The cue verb as written; "continues" for a follow-on quote, and
/// "states" for the report's own assertions.
pub fn cue_text(report: &Report, claim: &Claim) -> String {
    match claim.cue {
        Some(c) => report.slice(c.span).to_string(),
        None if claim.kind == ClaimKind::Unattributed => "states".to_string(),
        None => CONTINUES.to_string(),
    }
}

/// A sentence explaining a verb's strength, for a tooltip and screen readers.
pub fn strength_hint(s: CueStrength) -> &'static str {
    match s {
        CueStrength::Neutral => "a neutral reporting verb",
        CueStrength::Assertive => "an assertive verb: the claimant presses the point",
        CueStrength::Doubting => "a doubting verb: the text keeps its distance",
        CueStrength::Belief => "a verb of belief: what the claimant thinks, not what they said",
        CueStrength::Intention => {
            "a verb of intention: what the claimant wants or plans, not what they said"
        }
    }
}

pub fn kind_word(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Direct => "Direct quote",
        ClaimKind::Indirect => "Reported speech",
        ClaimKind::Mixed => "Reported speech with quoted words",
        ClaimKind::Unattributed => "The report's own assertion",
    }
}

/// Short kind names for the filter.
pub fn kind_short(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Direct => "Quotes",
        ClaimKind::Indirect => "Reported speech",
        ClaimKind::Mixed => "Mixed",
        ClaimKind::Unattributed => "Unattributed",
    }
}

pub const KINDS: [ClaimKind; 4] = [
    ClaimKind::Direct,
    ClaimKind::Indirect,
    ClaimKind::Mixed,
    ClaimKind::Unattributed,
];

pub fn entity_kind_word(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "Person",
        EntityKind::Organization => "Organisation",
        EntityKind::Group => "Group",
        EntityKind::Unknown => "Source",
    }
}

pub fn qualifier_words(q: Qualifier) -> &'static str {
    match q {
        // A plain number: the text claims no more precision than that.
        Qualifier::Exact => "",
        Qualifier::MoreThan => "more than",
        Qualifier::LessThan => "fewer than",
        Qualifier::AtLeast => "at least",
        Qualifier::AtMost => "at most",
        Qualifier::Approximately => "about",
    }
}

/// A number as people write it: `12,500`, `2.5`.
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return "?".to_string();
    }
    if v.fract() != 0.0 || v.abs() >= 1e15 {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// The counted noun of a figure, as written.
pub fn unit(report: &Report, f: &Figure) -> Option<String> {
    f.unit
        .map(|u| report.slice(u).to_string())
        .filter(|u| !u.is_empty())
}

/// What a figure measures, for grouping: the measure, else the counted noun.
pub fn measure(report: &Report, f: &Figure) -> String {
    f.measure
        .clone()
        .or_else(|| unit(report, f))
        .unwrap_or_else(|| "other figures".to_string())
}

/// A figure as the article wrote it: "hundreds of people", "$5 million",
/// "more than 40 people".
pub fn figure_words(report: &Report, f: &Figure) -> String {
    report.slice(f.span).trim().to_string()
}

/// Characters that name a currency before a number ("$5", "€3.2", "US$1").
fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₹'
            | '₽'
            | '₩'
            | '₪'
            | '₺'
            | '₦'
            | '₱'
            | '₫'
            | '฿'
            | '₴'
            | '₸'
    )
}

/// The figure's value in digits, as secondary information beside the words:
/// with its qualifier, its currency and its counted noun kept ("$5,000,000",
/// "6 people"). `None` when the words already show the number ("31
/// people", "over 1,000 homes"), and for a vague count written in
/// words ("hundreds", "dozens"), which no single number stands for.
pub fn figure_value(report: &Report, f: &Figure) -> Option<String> {
    if !f.value.is_finite() {
        return None;
    }
    let written = report.slice(f.span);
    let digit = written.find(|c: char| c.is_ascii_digit());
    if f.qualifier == Qualifier::Approximately && digit.is_none() {
        return None;
    }
    let n = number(f.value);
    if written.contains(&n) || written.contains(&n.replace(',', "")) {
        return None;
    }
    // The currency written right before the number ("$", "US$").
    let currency = digit
        .map(|d| {
            let before = &written[..d];
            let token = before.rsplit(char::is_whitespace).next().unwrap_or("");
            if token.chars().any(is_currency) {
                token.to_string()
            } else {
                String::new()
            }
        })
        .unwrap_or_default();
    let value = format!("{currency}{n}");
    let out = [
        qualifier_words(f.qualifier),
        &value,
        unit(report, f).as_deref().unwrap_or(""),
    ]
    .into_iter()
    .filter(|w| !w.is_empty())
    .collect::<Vec<_>>()
    .join(" ");
    Some(out)
}

/// Shortens text to at most `max` characters, on a word edge when it can.
pub fn truncate(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ';')
    )
}

/// Opening and closing quotation marks the reader adds itself.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '«', '»', '‘', '’', '\''];

/// Drops quotation marks around a whole quote (the card draws its own).
pub fn strip_quote_marks(s: &str) -> &str {
    let t = s.trim();
    let t = t.strip_prefix(QUOTE_MARKS).unwrap_or(t);
    let t = t.strip_suffix(QUOTE_MARKS).unwrap_or(t);
    // A quote that ended with ," keeps no dangling comma.
    t.trim_end_matches(',').trim()
}

/// The words of a claim: its content spans joined with an ellipsis.
pub fn content_text(report: &Report, claim: &Claim) -> String {
    claim
        .content
        .iter()
        .map(|s| report.slice(*s).trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" … ")
}

/// The accessible name of a card: "Claim 4 of 13: X said: …".
pub fn card_label(report: &Report, claim: &Claim) -> String {
    let n = claim.id.index() + 1;
    let total = report.claims.len();
    let words = truncate(&content_text(report, claim), 140);
    format!(
        "Claim {n} of {total}: {} {}: {words}",
        speaker(report, claim),
        cue_text(report, claim)
    )
}

/// Relations shown on a card as badges.
pub struct Badges {
    /// Claims that dispute this one.
    pub disputed_by: Vec<ClaimId>,
    /// The text disputes it outside any claim.
    pub disputed_by_text: bool,
    /// The claim that says this one has no evidence (or `None` when it is a
    /// stretch of the report that is not a claim).
    pub no_evidence: Vec<Option<ClaimId>>,
    /// Claims this one disputes.
    pub disputes: Vec<ClaimId>,
    /// Claims this one says lack evidence.
    pub denies_evidence_of: Vec<ClaimId>,
}

pub fn badges(report: &Report, id: ClaimId) -> Badges {
    let mut b = Badges {
        disputed_by: Vec::new(),
        disputed_by_text: false,
        no_evidence: Vec::new(),
        disputes: Vec::new(),
        denies_evidence_of: Vec::new(),
    };
    for r in &report.relations {
        if r.to == id {
            match (r.kind, r.from) {
                (RelationKind::Disputes, Some(f)) if !b.disputed_by.contains(&f) => {
                    b.disputed_by.push(f)
                }
                (RelationKind::Disputes, None) => b.disputed_by_text = true,
                (RelationKind::NoEvidence, f) if !b.no_evidence.contains(&f) => {
                    b.no_evidence.push(f)
                }
                _ => {}
            }
        }
        if r.from == Some(id) && r.to != id {
            match r.kind {
                RelationKind::Disputes if !b.disputes.contains(&r.to) => b.disputes.push(r.to),
                RelationKind::NoEvidence if !b.denies_evidence_of.contains(&r.to) => {
                    b.denies_evidence_of.push(r.to)
                }
                _ => {}
            }
        }
    }
    b
}

/// One side of a dispute: its words as written (a figure, or the words that
/// answer it, such as “higher”) and who gives them.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    /// The claim on this side; `None` for a stretch of the report that is
    /// not a claim.
    pub claim: Option<ClaimId>,
    /// What this side says, as written: "31 people", “higher”.
    pub words: String,
    /// Where those words are in the text.
    pub span: Option<Span>,
    /// Whether the words are a figure (else words about one, or the claim).
    pub figure: bool,
    /// Who gives them: the claimant, or "the report".
    pub who: String,
}

/// A dispute as the reader draws it: figure against figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Dispute {
    /// The disputed claim's side.
    pub disputed: Side,
    /// The disputing side.
    pub by: Side,
    /// What the figures count, when known ("deaths").
    pub measure: Option<String>,
}

impl Dispute {
    /// "31 people — officials · “higher” — local doctors".
    pub fn line(&self) -> String {
        format!("{} · {}", self.disputed.line(), self.by.line())
    }
}

impl Side {
    /// "31 people — officials".
    pub fn line(&self) -> String {
        format!("{} — {}", self.words, self.who)
    }
}

/// Who a claim is by, for a dispute: the claimant, or "the report".
fn side_who(report: &Report, claim: &Claim) -> String {
    report
        .claimant_name(claim)
        .unwrap_or_else(|| "the report".to_string())
}

/// A claim's words in short, in quotation marks, for a side with no figure.
fn side_quote(report: &Report, claim: &Claim) -> String {
    format!(
        "“{}”",
        truncate(strip_quote_marks(&content_text(report, claim)), 48)
    )
}

/// A `disputes` relation as figure against figure; `None` for any other
/// relation or one that names no claim of the report.
pub fn dispute(report: &Report, rel: &Relation) -> Option<Dispute> {
    if rel.kind != RelationKind::Disputes {
        return None;
    }
    let to = report.claim(rel.to)?;
    let s = crate::report::sides::sides(report, rel);
    let figure_side = |c: &Claim, k: usize| {
        c.figures.get(k).map(|f| Side {
            claim: Some(c.id),
            words: figure_words(report, f),
            span: Some(f.span),
            figure: true,
            who: side_who(report, c),
        })
    };
    let disputed = s
        .disputed
        .and_then(|k| figure_side(to, k))
        .unwrap_or_else(|| Side {
            claim: Some(to.id),
            words: side_quote(report, to),
            span: None,
            figure: false,
            who: side_who(report, to),
        });
    let by = match rel.from.and_then(|id| report.claim(id)) {
        Some(from) => s
            .by_figure
            .and_then(|k| figure_side(from, k))
            .unwrap_or_else(|| match s.by_words {
                Some(w) => Side {
                    claim: Some(from.id),
                    words: format!("“{}”", truncate(report.slice(w), 48)),
                    span: Some(w),
                    figure: false,
                    who: side_who(report, from),
                },
                None => Side {
                    claim: Some(from.id),
                    words: side_quote(report, from),
                    span: None,
                    figure: false,
                    who: side_who(report, from),
                },
            }),
        None => Side {
            claim: None,
            words: format!("“{}”", truncate(report.slice(rel.span), 48)),
            span: Some(rel.span),
            figure: false,
            who: "the report".to_string(),
        },
    };
    Some(Dispute {
        disputed,
        by,
        measure: s.measure,
    })
}

/// Every dispute a claim is on either side of, in the report's order.
pub fn disputes_of(report: &Report, id: ClaimId) -> Vec<Dispute> {
    report
        .relations
        .iter()
        .filter(|r| r.to == id || r.from == Some(id))
        .filter_map(|r| dispute(report, r))
        .collect()
}

/// The figures (and answering words) that disputes set against each other,
/// with their claim: the text marks these rather than the whole claim.
pub fn disputed_places(report: &Report) -> Vec<(ClaimId, Span)> {
    let mut out: Vec<(ClaimId, Span)> = Vec::new();
    for d in report.relations.iter().filter_map(|r| dispute(report, r)) {
        for side in [&d.disputed, &d.by] {
            if let (Some(c), Some(s)) = (side.claim, side.span) {
                if !out.contains(&(c, s)) {
                    out.push((c, s));
                }
            }
        }
    }
    out
}

/// Claimants with how many claims each makes, most first; the report's own
/// claims last.
pub fn claimant_counts(report: &Report) -> Vec<(Who, String, usize)> {
    let mut counts: Vec<(Who, usize)> = Vec::new();
    for c in &report.claims {
        let w = who_of(c);
        match counts.iter_mut().find(|(x, _)| *x == w) {
            Some((_, n)) => *n += 1,
            None => counts.push((w, 1)),
        }
    }
    counts.sort_by(|a, b| {
        (a.0 == Who::Report)
            .cmp(&(b.0 == Who::Report))
            .then(b.1.cmp(&a.1))
    });
    counts
        .into_iter()
        .map(|(w, n)| (w, who_name(report, w), n))
        .collect()
}

/// How many claims an entity makes.
pub fn claims_by(report: &Report, e: EntityId) -> Vec<ClaimId> {
    report
        .claims
        .iter()
        .filter(|c| who_of(c) == Who::Entity(e))
        .map(|c| c.id)
        .collect()
}

/// One claim's figure in a figures group.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    pub claim: ClaimId,
    /// Index in the claim's `figures`.
    pub figure: usize,
}

/// A claim that answers a figure with words rather than a figure of its
/// own ("the toll is higher").
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub claim: ClaimId,
    /// Its words, as written.
    pub words: Span,
    /// The figure it answers.
    pub against: FigureRow,
}

/// "Who says how many" for one measure.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureGroup {
    pub measure: String,
    pub rows: Vec<FigureRow>,
    /// Claims that dispute a figure here without a figure of their own.
    pub answers: Vec<Answer>,
}

/// Every figure, grouped by what it measures; groups with the most figures
/// first, rows in text order, and with each group the disputes that answer
/// one of its figures in words.
pub fn figure_groups(report: &Report) -> Vec<FigureGroup> {
    let mut groups: Vec<FigureGroup> = Vec::new();
    for c in &report.claims {
        for (i, f) in c.figures.iter().enumerate() {
            let m = measure(report, f);
            let row = FigureRow {
                claim: c.id,
                figure: i,
            };
            match groups.iter_mut().find(|g| g.measure == m) {
                Some(g) => g.rows.push(row),
                None => groups.push(FigureGroup {
                    measure: m,
                    rows: vec![row],
                    answers: Vec::new(),
                }),
            }
        }
    }
    for rel in &report.relations {
        let (Some(from), RelationKind::Disputes) = (rel.from, rel.kind) else {
            continue;
        };
        let s = crate::report::sides::sides(report, rel);
        let (Some(words), None, Some(k)) = (s.by_words, s.by_figure, s.disputed) else {
            continue;
        };
        let Some(f) = report.claim(rel.to).and_then(|c| c.figures.get(k)) else {
            continue;
        };
        let m = measure(report, f);
        if let Some(g) = groups.iter_mut().find(|g| g.measure == m) {
            g.answers.push(Answer {
                claim: from,
                words,
                against: FigureRow {
                    claim: rel.to,
                    figure: k,
                },
            });
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.rows.len()));
    groups
}

/// The claims worth a line in the overview: disputes (figure against
/// figure), claims said to lack evidence, and the first figure of each
/// measure.
pub struct Overview {
    /// One per disputed claim, in text order.
    pub disputes: Vec<Dispute>,
    pub no_evidence: Vec<ClaimId>,
    pub headline_figures: Vec<FigureRow>,
}

pub fn overview(report: &Report) -> Overview {
    let mut disputed: Vec<ClaimId> = Vec::new();
    let mut disputes: Vec<Dispute> = Vec::new();
    let mut no_evidence = Vec::new();
    let mut rels: Vec<&Relation> = report.relations.iter().collect();
    rels.sort_by_key(|r| r.to);
    for r in rels {
        match r.kind {
            RelationKind::Disputes if !disputed.contains(&r.to) => {
                if let Some(d) = dispute(report, r) {
                    disputed.push(r.to);
                    disputes.push(d);
                }
            }
            RelationKind::NoEvidence if !no_evidence.contains(&r.to) => no_evidence.push(r.to),
            _ => {}
        }
    }
    let headline_figures = figure_groups(report)
        .into_iter()
        .filter_map(|g| {
            // The whole rather than its parts: skip figures that are part of another.
            g.rows.into_iter().find(|r| {
                report
                    .claim(r.claim)
                    .and_then(|c| c.figures.get(r.figure))
                    .is_some_and(|f| f.part_of.is_none())
            })
        })
        .take(4)
        .collect();
    Overview {
        disputes,
        no_evidence,
        headline_figures,
    }
}

/// The fragment that names a report and, optionally, a claim:
/// `#/r/<key>` or `#/r/<key>/c4`.
pub fn fragment(key: &str, claim: Option<ClaimId>) -> String {
    match claim {
        Some(c) => format!("#/r/{key}/{}", c.label()),
        None => format!("#/r/{key}"),
    }
}

/// Where a report comes from, for citations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Provenance {
    pub title: String,
    /// The article's own address (`http(s)` only).
    pub source_url: Option<String>,
    /// The publication date, as given.
    pub published: Option<String>,
    /// Opened from a PDF: claims are cited with their page ("p. 14").
    pub pdf: Option<std::rc::Rc<crate::import::pdf::Source>>,
}

/// The page a claim comes from, when its report was a PDF.
pub fn claim_page(claim: &Claim, p: &Provenance) -> Option<u32> {
    p.pdf.as_ref()?.page_at(claim.sentence.start())
}

/// What a card needs to cite its claim: where the report comes from, its
/// key in links, and whether it is embedded in the build (then its links
/// open anywhere the reader is published; a report kept on one device is
/// cited with a share link instead).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cite {
    pub provenance: Provenance,
    pub key: String,
    pub embedded: bool,
}

/// A citation in the two forms a journalist pastes.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    pub plain: String,
    pub markdown: String,
}

impl Citation {
    /// What "Copy citation" copies: the plain text, then the Markdown.
    pub fn both(&self) -> String {
        format!("{}\n\n{}", self.plain, self.markdown)
    }
}

/// Text made safe inside Markdown link text or prose.
fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '[' | ']' | '*' | '_' | '`' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An address made safe as a Markdown link target.
fn md_url(u: &str) -> String {
    u.replace('(', "%28")
        .replace(')', "%29")
        .replace(' ', "%20")
}

/// A citation of one claim: its words, who said them (with role, and the
/// verb only when the article used one), the report's title, publication
/// date and source address, and `link`, an address that reopens the claim
/// for anyone (an embedded report's link or a share link), when there is
/// one.
pub fn citation(report: &Report, claim: &Claim, p: &Provenance, link: Option<&str>) -> Citation {
    let words = content_text(report, claim);
    let words = match claim.kind {
        ClaimKind::Direct => format!("“{}”", strip_quote_marks(&words)),
        _ => words,
    };
    let who = match claim.claimant {
        None => "the report's own statement".to_string(),
        Some(_) => {
            let mut w = speaker(report, claim);
            if let Some(r) = role(report, claim) {
                w.push_str(&format!(" ({r})"));
            }
            if let Some(c) = claim.cue {
                w.push(' ');
                w.push_str(report.slice(c.span));
            }
            w
        }
    };
    let n = claim.id.index() + 1;
    let date = p
        .published
        .as_deref()
        .map(|d| format!(", published {d}"))
        .unwrap_or_default();
    let page = claim_page(claim, p)
        .map(|n| format!(", p. {n}"))
        .unwrap_or_default();
    let date = format!("{page}{date}");
    let mut plain = format!("{words} — {who}, in “{}”{date}.", p.title);
    if let Some(u) = &p.source_url {
        plain.push_str(&format!(" {u}"));
    }
    if let Some(l) = link {
        plain.push_str(&format!(" Claim {n} in claim-reader: {l}"));
    }
    let title = match (&p.source_url, link) {
        (Some(u), _) => format!("[{}]({})", md_text(&p.title), md_url(u)),
        (None, Some(l)) => format!("[{}]({})", md_text(&p.title), md_url(l)),
        (None, None) => format!("“{}”", md_text(&p.title)),
    };
    let mut markdown = format!("{} — {}, in {title}{date}", md_text(&words), md_text(&who));
    if let (Some(_), Some(l)) = (&p.source_url, link) {
        markdown.push_str(&format!(" ([claim {n}]({}))", md_url(l)));
    }
    Citation { plain, markdown }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::report::*;
    use std::rc::Rc;

    fn sp(text: &str, needle: &str) -> Span {
        let i = text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in text"));
        Span::new(text, i, i + needle.len()).unwrap()
    }

    /// A small report with two named claimants, a quote, a figure dispute and
    /// a "no evidence" relation, built by hand.
    pub fn sample() -> Report {
        let text = "The Group said that “at least 10 people” died. Officials insist 8 people died in March. \"It was calm,\" Ann Lee, the group's director, added. The report adds that no proof was shown.";
        let t: &str = text;
        let e_group = Entity {
            id: EntityId(0),
            name: "The Group".into(),
            kind: EntityKind::Organization,
            aliases: vec![],
            role: None,
            affiliation: None,
            mentions: vec![sp(t, "The Group")],
        };
        let e_off = Entity {
            id: EntityId(1),
            name: "Officials".into(),
            kind: EntityKind::Group,
            aliases: vec![],
            role: None,
            affiliation: None,
            mentions: vec![sp(t, "Officials")],
        };
        let e_ann = Entity {
            id: EntityId(2),
            name: "Ann Lee".into(),
            kind: EntityKind::Person,
            aliases: vec![],
            role: Some("director".into()),
            affiliation: Some(EntityId(0)),
            mentions: vec![sp(t, "Ann Lee")],
        };
        let fig = |span: &str, unit: &str, v: f64, q: Qualifier| Figure {
            span: sp(t, span),
            value: v,
            qualifier: q,
            unit: Some(sp(t, unit)),
            measure: Some("deaths".into()),
            part_of: None,
            high: None,
            alternatives: vec![],
            vague: false,
            kind: FigureKind::Count,
        };
        let claims = vec![
            Claim {
                id: ClaimId(0),
                kind: ClaimKind::Mixed,
                claimant: Some(Claimant {
                    entity: Some(EntityId(0)),
                    span: sp(t, "The Group"),
                    unnamed: false,
                }),
                cue: Some(Cue {
                    span: sp(t, "said"),
                    strength: CueStrength::Neutral,
                }),
                content: vec![sp(t, "“at least 10 people” died")],
                quotes: vec![sp(t, "at least 10 people")],
                sentence: sp(t, "The Group said that “at least 10 people” died."),
                figures: vec![fig(
                    "at least 10 people",
                    "people”",
                    10.0,
                    Qualifier::AtLeast,
                )],
                dates: vec![],
                rule: None,
                confidence: 0.9,
            },
            Claim {
                id: ClaimId(1),
                kind: ClaimKind::Indirect,
                claimant: Some(Claimant {
                    entity: Some(EntityId(1)),
                    span: sp(t, "Officials"),
                    unnamed: false,
                }),
                cue: Some(Cue {
                    span: sp(t, "insist"),
                    strength: CueStrength::Assertive,
                }),
                content: vec![sp(t, "8 people died in March")],
                quotes: vec![],
                sentence: sp(t, "Officials insist 8 people died in March."),
                figures: vec![fig("8 people", "people died in", 8.0, Qualifier::Exact)],
                dates: vec![DateMention {
                    span: sp(t, "March"),
                    kind: DateKind::Absolute,
                }],
                rule: None,
                confidence: 0.9,
            },
            Claim {
                id: ClaimId(2),
                kind: ClaimKind::Direct,
                claimant: Some(Claimant {
                    entity: Some(EntityId(2)),
                    span: sp(t, "Ann Lee"),
                    unnamed: false,
                }),
                cue: Some(Cue {
                    span: sp(t, "added"),
                    strength: CueStrength::Neutral,
                }),
                content: vec![sp(t, "It was calm,")],
                quotes: vec![sp(t, "It was calm,")],
                sentence: sp(t, "\"It was calm,\" Ann Lee, the group's director, added."),
                figures: vec![],
                dates: vec![],
                rule: None,
                confidence: 0.8,
            },
            Claim {
                id: ClaimId(3),
                kind: ClaimKind::Unattributed,
                claimant: None,
                cue: None,
                content: vec![sp(t, "The report adds that no proof was shown.")],
                quotes: vec![],
                sentence: sp(t, "The report adds that no proof was shown."),
                figures: vec![],
                dates: vec![],
                rule: None,
                confidence: 0.5,
            },
        ];
        // Fix the unit spans to the bare noun.
        let mut claims = claims;
        claims[0].figures[0].unit = Some(
            Span::new(
                t,
                t.find("people”").unwrap(),
                t.find("people”").unwrap() + 6,
            )
            .unwrap(),
        );
        let p2 = t.find("8 people").unwrap() + 2;
        claims[1].figures[0].unit = Some(Span::new(t, p2, p2 + 6).unwrap());
        Report {
            text: Rc::from(text),
            paragraphs: vec![Span::new(t, 0, t.len()).unwrap()],
            sentences: claims.iter().map(|c| c.sentence).collect(),
            entities: vec![e_group, e_off, e_ann],
            claims,
            relations: vec![
                Relation {
                    kind: RelationKind::Disputes,
                    from: Some(ClaimId(0)),
                    to: ClaimId(1),
                    span: sp(t, "at least 10 people"),
                    note: "different death toll".into(),
                },
                Relation {
                    kind: RelationKind::NoEvidence,
                    from: Some(ClaimId(3)),
                    to: ClaimId(1),
                    span: sp(t, "no proof was shown"),
                    note: String::new(),
                },
            ],
            diagnostics: vec![],
        }
    }

    #[test]
    fn numbers_read_like_prose() {
        for (v, s) in [
            (0.0, "0"),
            (317.0, "317"),
            (4000.0, "4,000"),
            (1234567.0, "1,234,567"),
            (2.5, "2.5"),
            (-1500.0, "-1,500"),
        ] {
            assert_eq!(number(v), s);
        }
        assert_eq!(number(f64::NAN), "?");
    }

    #[test]
    fn truncate_cuts_on_words_and_characters() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("one two three four", 12), "one two…");
        assert_eq!(truncate("ünïcödé", 3), "ünï…");
    }

    #[test]
    fn quote_marks_are_stripped_once() {
        assert_eq!(strip_quote_marks("“It was calm,”"), "It was calm");
        assert_eq!(strip_quote_marks("\"a\""), "a");
        assert_eq!(strip_quote_marks("plain"), "plain");
    }

    #[test]
    fn fragments_name_report_and_claim() {
        assert_eq!(fragment("k", Some(ClaimId(3))), "#/r/k/c4");
        assert_eq!(fragment("k", None), "#/r/k");
    }

    #[test]
    fn card_labels_name_position_claimant_and_cue() {
        let r = sample();
        assert_eq!(
            card_label(&r, &r.claims[1]),
            "Claim 2 of 4: Officials insist: 8 people died in March"
        );
        assert!(card_label(&r, &r.claims[3]).starts_with("Claim 4 of 4: The report states: "));
    }

    #[test]
    fn roles_include_the_affiliation() {
        let r = sample();
        assert_eq!(
            role(&r, &r.claims[2]).as_deref(),
            Some("director, The Group")
        );
        assert_eq!(role(&r, &r.claims[0]), None);
    }

    #[test]
    fn tints_follow_the_entity_and_spare_the_report() {
        let r = sample();
        assert_eq!(tint_class(&r.claims[0]), "tint-0");
        assert_eq!(tint_class(&r.claims[2]), "tint-2");
        assert_eq!(tint_class(&r.claims[3]), "tint-none");
    }

    #[test]
    fn badges_read_relations_both_ways() {
        let r = sample();
        let b = badges(&r, ClaimId(1));
        assert_eq!(b.disputed_by, vec![ClaimId(0)]);
        assert_eq!(b.no_evidence, vec![Some(ClaimId(3))]);
        let b = badges(&r, ClaimId(0));
        assert_eq!(b.disputes, vec![ClaimId(1)]);
        assert!(b.disputed_by.is_empty());
    }

    #[test]
    fn counts_put_the_report_last() {
        let r = sample();
        let c = claimant_counts(&r);
        assert_eq!(c.last().map(|x| (x.0, x.2)), Some((Who::Report, 1)));
        assert_eq!(c.len(), 4);
        assert_eq!(claims_by(&r, EntityId(1)), vec![ClaimId(1)]);
    }

    #[test]
    fn figures_group_by_measure_with_words() {
        let r = sample();
        let g = figure_groups(&r);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].measure, "deaths");
        assert_eq!(g[0].rows.len(), 2);
        let f = &r.claims[0].figures[0];
        assert_eq!(figure_words(&r, f), "at least 10 people");
        assert_eq!(figure_words(&r, &r.claims[1].figures[0]), "8 people");
    }

    #[test]
    fn overview_lists_disputes_figure_first_unproven_and_headline_figures() {
        let r = sample();
        let o = overview(&r);
        assert_eq!(o.disputes.len(), 1);
        assert_eq!(
            o.disputes[0].line(),
            "8 people — Officials · at least 10 people — The Group"
        );
        assert_eq!(o.no_evidence, vec![ClaimId(1)]);
        assert_eq!(o.headline_figures.len(), 1);
    }

    #[test]
    fn a_dispute_is_figure_against_figure_with_who_gives_each() {
        let r = sample();
        let d = dispute(&r, &r.relations[0]).unwrap();
        assert_eq!(d.disputed.claim, Some(ClaimId(1)));
        assert_eq!(d.disputed.words, "8 people");
        assert_eq!(d.disputed.who, "Officials");
        assert!(d.disputed.figure);
        assert_eq!(d.by.claim, Some(ClaimId(0)));
        assert_eq!(d.by.words, "at least 10 people");
        assert_eq!(d.by.who, "The Group");
        assert_eq!(d.measure.as_deref(), Some("deaths"));
        // Both cards know it, and the text marks both figures.
        assert_eq!(disputes_of(&r, ClaimId(0)), vec![d.clone()]);
        assert_eq!(disputes_of(&r, ClaimId(1)), vec![d]);
        assert!(disputes_of(&r, ClaimId(2)).is_empty());
        let places = disputed_places(&r);
        let words: Vec<&str> = places.iter().map(|(_, s)| r.slice(*s)).collect();
        assert_eq!(words, vec!["8 people", "at least 10 people"]);
        assert!(dispute(&r, &r.relations[1]).is_none(), "not a dispute");
    }

    #[test]
    fn words_answering_a_figure_show_as_written_and_in_the_figures_view() {
        let r = crate::report::parse(
            "Port officials said 31 people were killed in the blast. Local doctors insist that the number of people killed is far higher.",
        );
        let rel = r
            .relations
            .iter()
            .find(|x| x.kind == RelationKind::Disputes)
            .expect("a dispute");
        let d = dispute(&r, rel).unwrap();
        assert_eq!(
            d.line(),
            "31 people — Port officials · “higher” — Local doctors"
        );
        let g = figure_groups(&r);
        let deaths = g.iter().find(|g| g.measure == "deaths").unwrap();
        assert_eq!(deaths.answers.len(), 1);
        assert_eq!(r.slice(deaths.answers[0].words), "higher");
    }

    #[test]
    fn a_claim_attributed_to_no_one_shows_as_an_unnamed_source() {
        let r = crate::report::parse(
            "The ferry operator said the route would reopen in May. The company was reportedly planning to sell two of its vessels.",
        );
        let unnamed = r
            .claims
            .iter()
            .find(|c| c.claimant.as_ref().is_some_and(|x| x.unnamed))
            .expect("the hearsay claim");
        assert_eq!(speaker(&r, unnamed), UNNAMED);
        assert_eq!(role(&r, unnamed).as_deref(), Some("“reportedly”"));
        assert_eq!(who_of(unnamed), Who::Unnamed);
        assert_eq!(claimant_initials(&r, unnamed).as_deref(), Some("?"));
        let named = r.claims.iter().find(|c| c.id != unnamed.id).unwrap();
        assert_eq!(speaker(&r, named), "ferry operator");
        let groups = claimant_counts(&r);
        assert!(groups
            .iter()
            .any(|(w, name, n)| *w == Who::Unnamed && name == "Unnamed sources" && *n == 1));
        let p = Provenance {
            title: "Ferries".into(),
            source_url: None,
            published: None,
            pdf: None,
        };
        assert!(
            citation(&r, unnamed, &p, None)
                .plain
                .contains("— Unnamed source (“reportedly”)"),
            "the citation names no one"
        );
    }

    #[test]
    fn figures_show_as_written_with_the_value_only_as_more() {
        let r = crate::report::parse(
            "The mayor said the storm caused $5 million in damage and that hundreds of people were wounded. Officials said six people died. The council said more than 200 homes were destroyed, and that repairs would cost €3.2 billion.",
        );
        let shown: Vec<(String, Option<String>)> = r
            .claims
            .iter()
            .flat_map(|c| c.figures.iter())
            .map(|f| (figure_words(&r, f), figure_value(&r, f)))
            .collect();
        let find = |w: &str| {
            shown
                .iter()
                .find(|(x, _)| x == w)
                .unwrap_or_else(|| panic!("{w:?} not among {shown:?}"))
                .1
                .clone()
        };
        assert_eq!(find("$5 million").as_deref(), Some("$5,000,000"));
        assert_eq!(find("€3.2 billion").as_deref(), Some("€3,200,000,000"));
        assert_eq!(find("hundreds of people"), None, "never one number");
        assert_eq!(find("six people").as_deref(), Some("6 people"));
        assert_eq!(find("more than 200 homes"), None);
    }

    #[test]
    fn a_follow_on_quote_continues_without_an_invented_verb() {
        let mut r = sample();
        r.claims[2].cue = None;
        assert!(continues(&r.claims[2]));
        assert_eq!(cue_text(&r, &r.claims[2]), "continues");
        assert!(card_label(&r, &r.claims[2]).contains("Ann Lee continues:"));
        let c = citation(&r, &r.claims[2], &Provenance::default(), None);
        assert!(
            c.plain
                .starts_with("“It was calm” — Ann Lee (director, The Group), in "),
            "{}",
            c.plain
        );
        assert!(!c.plain.contains("says") && !c.plain.contains("continues"));
        assert!(
            !continues(&r.claims[3]),
            "the report's own claims are not continuations"
        );
    }

    #[test]
    fn a_claim_from_a_pdf_is_cited_with_its_page() {
        let r = sample();
        let claim = &r.claims[2];
        let p = Provenance {
            title: "Flood".into(),
            source_url: None,
            published: None,
            pdf: Some(std::rc::Rc::new(crate::import::pdf::Source {
                file: "flood.pdf".into(),
                page_count: 20,
                pages: vec![
                    (0, 13),
                    (claim.sentence.start(), 14),
                    (claim.sentence.end() + 1, 15),
                ],
            })),
        };
        assert_eq!(claim_page(claim, &p), Some(14));
        let c = citation(&r, claim, &p, None);
        assert!(c.plain.ends_with("in “Flood”, p. 14."), "{}", c.plain);
        assert!(c.markdown.ends_with("in “Flood”, p. 14"), "{}", c.markdown);
    }

    #[test]
    fn citations_carry_title_source_date_claimant_and_a_link_for_anyone() {
        let r = sample();
        let p = Provenance {
            title: "Flood [update]".into(),
            source_url: Some("https://news.example/a(1)".into()),
            published: Some("2024-05-01".into()),
            pdf: None,
        };
        let c = citation(&r, &r.claims[2], &p, Some("https://app.example/#/s/2.x"));
        assert_eq!(
            c.plain,
            "“It was calm” — Ann Lee (director, The Group) added, in “Flood [update]”, published 2024-05-01. https://news.example/a(1) Claim 3 in claim-reader: https://app.example/#/s/2.x"
        );
        assert_eq!(
            c.markdown,
            "“It was calm” — Ann Lee (director, The Group) added, in [Flood \\[update\\]](https://news.example/a%281%29), published 2024-05-01 ([claim 3](https://app.example/#/s/2.x))"
        );
        assert!(c.both().starts_with(&c.plain) && c.both().ends_with(&c.markdown));
        // No source address: the title links to the claim.
        let p = Provenance {
            title: "T".into(),
            ..Provenance::default()
        };
        let c = citation(&r, &r.claims[3], &p, Some("u"));
        assert!(
            c.plain.contains("the report's own statement"),
            "{}",
            c.plain
        );
        assert!(c.markdown.ends_with("in [T](u)"), "{}", c.markdown);
        // Nothing to link: the title is named only.
        let c = citation(&r, &r.claims[3], &p, None);
        assert!(c.markdown.ends_with("in “T”"), "{}", c.markdown);
    }

    #[test]
    fn initials_and_tints_tell_many_sources_apart() {
        assert_eq!(initials("Mihail Stan", &[]), "MS");
        assert_eq!(initials("Office of the Ombudsman", &[]), "OO");
        assert_eq!(initials("Coastal Relief Network", &["CRN".into()]), "CRN");
        assert_eq!(initials("local officials", &[]), "LO");
        assert_eq!(
            initials("Bank of Northern Ports Authority Trust", &[]),
            "BNP"
        );
        assert_eq!(initials("", &[]), "?");
        assert_eq!(entity_tint(EntityId(1)), "tint-1");
        assert_eq!(entity_tint(EntityId(13)), "tint-1 pat-1");
        assert_eq!(entity_tint(EntityId(25)), "tint-1 pat-2");
        // 36 sources differ by hue or pattern.
        let all: std::collections::HashSet<String> = (0..(PALETTE * PATTERNS) as u32)
            .map(|i| entity_tint(EntityId(i)))
            .collect();
        assert_eq!(all.len(), PALETTE * PATTERNS);
    }

    #[test]
    fn low_confidence_is_below_the_named_threshold() {
        let r = sample();
        assert!(!is_unsure(&r.claims[2]), "0.8 is sure enough");
        assert!(is_unsure(&r.claims[3]), "0.5 is one to check");
        assert_eq!(confidence_words(&r.claims[3]), "50 %");
    }

    #[test]
    fn a_parsed_seed_gets_labels_without_panicking() {
        for seed in crate::seeds::SEEDS {
            let r = crate::report::parse(seed.text);
            let p = Provenance {
                title: seed.title.into(),
                ..Provenance::default()
            };
            for c in &r.claims {
                assert!(card_label(&r, c).starts_with("Claim "));
                let _ = citation(&r, c, &p, Some("u"));
                let _ = badges(&r, c.id);
                let _ = disputes_of(&r, c.id);
            }
            for rel in &r.relations {
                if let Some(d) = dispute(&r, rel) {
                    assert!(!d.disputed.words.is_empty() && !d.by.words.is_empty());
                }
            }
            let _ = overview(&r);
            let _ = claimant_counts(&r);
            let _ = figure_groups(&r);
        }
    }
}
