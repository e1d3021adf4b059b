//! Words the reader shows for a report: names, labels, figures, citations
//! and deep-link fragments. Pure functions, tested natively.

use crate::report::{
    Claim, ClaimId, ClaimKind, CueStrength, EntityId, EntityKind, Figure, Qualifier, Report,
};
use crate::ui::state::Who;

/// How many claimant colours the palette has (see `styles/main.css`).
pub const PALETTE: usize = 8;

/// The palette slot of a claim's claimant; `None` for the report's own
/// claims and for claimants without an entity.
pub fn tint(claim: &Claim) -> Option<usize> {
    claim
        .claimant
        .as_ref()
        .and_then(|c| c.entity)
        .map(|e| e.index() % PALETTE)
}

/// The CSS class carrying a claim's colour.
pub fn tint_class(claim: &Claim) -> String {
    match tint(claim) {
        Some(i) => format!("tint-{i}"),
        None if claim.claimant.is_some() => "tint-unresolved".to_string(),
        None => "tint-none".to_string(),
    }
}

/// Who makes a claim, for the filters.
pub fn who_of(claim: &Claim) -> Who {
    match &claim.claimant {
        None => Who::Report,
        Some(c) => c.entity.map(Who::Entity).unwrap_or(Who::Unresolved),
    }
}

/// The name shown for a claimant group.
pub fn who_name(report: &Report, who: Who) -> String {
    match who {
        Who::Entity(e) => report.entity(e).map(|e| e.name.clone()).unwrap_or_default(),
        Who::Unresolved => "Unresolved speakers".to_string(),
        Who::Report => "The report itself".to_string(),
    }
}

/// The claimant's name for a claim, or "The report" for its own claims.
pub fn speaker(report: &Report, claim: &Claim) -> String {
    report
        .claimant_name(claim)
        .unwrap_or_else(|| "The report".to_string())
}

/// The claimant's role, when the engine found one.
pub fn role(report: &Report, claim: &Claim) -> Option<String> {
    let e = claim.claimant.as_ref()?.entity?;
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

/// The cue verb as written, or a neutral stand-in.
pub fn cue_text(report: &Report, claim: &Claim) -> String {
    match claim.cue {
        Some(c) => report.slice(c.span).to_string(),
        None if claim.kind == ClaimKind::Unattributed => "states".to_string(),
        None => "says".to_string(),
    }
}

pub fn strength_word(s: CueStrength) -> &'static str {
    match s {
        CueStrength::Neutral => "neutral",
        CueStrength::Assertive => "assertive",
        CueStrength::Doubting => "doubting",
        CueStrength::Belief => "belief",
        CueStrength::Intention => "intention",
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

/// The parts of a figure chip: qualifier in words, the value, the noun.
pub fn figure_parts(report: &Report, f: &Figure) -> (&'static str, String, Option<String>) {
    (
        qualifier_words(f.qualifier),
        number(f.value),
        unit(report, f),
    )
}

/// A figure in words: "more than 50 people".
pub fn figure_words(report: &Report, f: &Figure) -> String {
    let (q, v, u) = figure_parts(report, f);
    [q, &v, u.as_deref().unwrap_or("")]
        .into_iter()
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
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
    use crate::report::RelationKind;
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

/// "Who says how many" for one measure.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureGroup {
    pub measure: String,
    pub rows: Vec<FigureRow>,
}

/// Every figure, grouped by what it measures; groups with the most figures
/// first, rows in text order.
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
                }),
            }
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.rows.len()));
    groups
}

/// The claims worth a line in the overview: disputed ones, ones said to lack
/// evidence, and the first figure of each measure.
pub struct Overview {
    pub disputed: Vec<ClaimId>,
    pub no_evidence: Vec<ClaimId>,
    pub headline_figures: Vec<FigureRow>,
}

pub fn overview(report: &Report) -> Overview {
    use crate::report::RelationKind;
    let mut disputed = Vec::new();
    let mut no_evidence = Vec::new();
    for r in &report.relations {
        let list = match r.kind {
            RelationKind::Disputes => &mut disputed,
            RelationKind::NoEvidence => &mut no_evidence,
            RelationKind::Supports => continue,
        };
        if !list.contains(&r.to) {
            list.push(r.to);
        }
    }
    disputed.sort();
    no_evidence.sort();
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
        disputed,
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

/// Reads a fragment made by [`fragment`]; the leading `#` is optional.
/// Returns the report key (if any) and the claim (if any and well formed).
pub fn parse_fragment(hash: &str) -> (Option<&str>, Option<ClaimId>) {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let h = h.strip_prefix('/').unwrap_or(h);
    let mut parts = h.split('/').filter(|p| !p.is_empty());
    match parts.next() {
        Some("r") => {
            let key = parts.next();
            let claim = parts.next().and_then(ClaimId::from_label);
            (key, claim)
        }
        Some(other) => (None, ClaimId::from_label(other)),
        None => (None, None),
    }
}

/// A citation of one claim: its words, who said them (with role), the
/// report's title and a link that reopens the claim.
pub fn citation(report: &Report, claim: &Claim, title: &str, url: &str) -> String {
    let words = content_text(report, claim);
    let words = match claim.kind {
        ClaimKind::Direct => format!("“{}”", strip_quote_marks(&words)),
        _ => words,
    };
    let who = match (claim.claimant.is_some(), role(report, claim)) {
        (false, _) => "the report's own statement".to_string(),
        (true, Some(r)) => format!(
            "{} ({r}) {}",
            speaker(report, claim),
            cue_text(report, claim)
        ),
        (true, None) => format!("{} {}", speaker(report, claim), cue_text(report, claim)),
    };
    format!("{words} — {who}, in “{title}”. {url}")
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
    fn fragments_round_trip() {
        assert_eq!(fragment("k", Some(ClaimId(3))), "#/r/k/c4");
        assert_eq!(fragment("k", None), "#/r/k");
        assert_eq!(parse_fragment("#/r/k/c4"), (Some("k"), Some(ClaimId(3))));
        assert_eq!(parse_fragment("#/r/k"), (Some("k"), None));
        assert_eq!(parse_fragment("#/r/k/c0"), (Some("k"), None));
        assert_eq!(parse_fragment("#/r/k/zz"), (Some("k"), None));
        assert_eq!(parse_fragment("#c2"), (None, Some(ClaimId(1))));
        assert_eq!(parse_fragment(""), (None, None));
        assert_eq!(parse_fragment("#"), (None, None));
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
    fn overview_lists_disputed_unproven_and_headline_figures() {
        let r = sample();
        let o = overview(&r);
        assert_eq!(o.disputed, vec![ClaimId(1)]);
        assert_eq!(o.no_evidence, vec![ClaimId(1)]);
        assert_eq!(o.headline_figures.len(), 1);
    }

    #[test]
    fn citation_has_words_claimant_role_title_and_link() {
        let r = sample();
        let c = citation(&r, &r.claims[2], "A Title", "https://x/#/r/k/c3");
        assert_eq!(
            c,
            "“It was calm” — Ann Lee (director, The Group) added, in “A Title”. https://x/#/r/k/c3"
        );
        let c = citation(&r, &r.claims[3], "T", "u");
        assert!(c.contains("the report's own statement"), "{c}");
    }

    #[test]
    fn a_parsed_seed_gets_labels_without_panicking() {
        for seed in crate::seeds::SEEDS {
            let r = crate::report::parse(seed.text);
            for c in &r.claims {
                assert!(card_label(&r, c).starts_with("Claim "));
                let _ = citation(&r, c, seed.title, "u");
                let _ = badges(&r, c.id);
            }
            let _ = overview(&r);
            let _ = claimant_counts(&r);
        }
    }
}
