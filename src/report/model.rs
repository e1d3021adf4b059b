//! The `Report`: what the engine finds in a text, as spans into that text.
//!
//! Invariants, upheld by the engine and relied on by the reader:
//! - every [`Span`] lies inside `text` on `char` boundaries;
//! - `claims` are in text order (by their first content span) and their ids
//!   are their positions (`ClaimId(i)` is `claims[i]`), likewise entities;
//! - every `EntityId` and `ClaimId` stored anywhere refers to an existing item;
//! - a claim has at least one content span, and its content spans are ordered
//!   and do not overlap.

use super::span::Span;
use std::rc::Rc;

/// Index of a claim in [`Report::claims`].
#[derive(
    serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub struct ClaimId(pub u32);

/// Index of an entity in [`Report::entities`].
#[derive(
    serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub struct EntityId(pub u32);

impl ClaimId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
    /// The id used in JSON and in the DOM: `c1`, `c2`, … (one-based).
    pub fn label(self) -> String {
        format!("c{}", self.0 + 1)
    }
    /// Reads a label made by [`ClaimId::label`].
    pub fn from_label(label: &str) -> Option<ClaimId> {
        let n: u32 = label.strip_prefix('c')?.parse().ok()?;
        n.checked_sub(1).map(ClaimId)
    }
}

impl EntityId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
    pub fn label(self) -> String {
        format!("e{}", self.0 + 1)
    }
}

/// A parsed report. Cheap to clone: the text is shared.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The source text, exactly as given.
    pub text: Rc<str>,
    /// Paragraphs (non-blank lines or blocks), trimmed.
    pub paragraphs: Vec<Span>,
    /// Sentences, trimmed, in order; a quotation that closes within its
    /// paragraph is never split.
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub claims: Vec<Claim>,
    pub relations: Vec<Relation>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    Organization,
    /// A plural or collective source without a proper name ("officials").
    Group,
    Unknown,
}

impl EntityKind {
    /// Every value, in order.
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Group,
        EntityKind::Unknown,
    ];

    /// The name in the JSON contract and wherever a kind is written out.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
            EntityKind::Unknown => "unknown",
        }
    }
}

/// One canonical claimant: a person, organisation or group.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Entity {
    pub id: EntityId,
    /// The canonical name. Usually a mention's text; built when a mention
    /// carries a title or a leading article that is not part of the name.
    pub name: String,
    pub kind: EntityKind,
    /// Other names used for it in the text (acronyms, surnames), distinct.
    pub aliases: Vec<String>,
    /// A role or title, such as "senior researcher" or "President".
    pub role: Option<String>,
    /// The organisation the entity speaks for, when the text says so.
    pub affiliation: Option<EntityId>,
    /// Every place the text refers to it, pronouns included, in order.
    pub mentions: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimKind {
    /// The content is a quotation.
    Direct,
    /// Reported speech with no quotation marks.
    Indirect,
    /// Reported speech with quoted words inside.
    Mixed,
    /// The report's own assertion; it has no claimant.
    Unattributed,
}

impl ClaimKind {
    /// Every value, in order.
    pub const ALL: [ClaimKind; 4] = [
        ClaimKind::Direct,
        ClaimKind::Indirect,
        ClaimKind::Mixed,
        ClaimKind::Unattributed,
    ];

    /// The name in the JSON contract and wherever a kind is written out.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Mixed => "mixed",
            ClaimKind::Unattributed => "unattributed",
        }
    }
}

/// How strongly the cue verb commits the claimant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CueStrength {
    /// "said", "added", "told".
    #[default]
    Neutral,
    /// "insisted", "warned", "blamed", "called out".
    Assertive,
    /// "claimed", "alleged", "denied": the text keeps its distance.
    Doubting,
    /// "believes", "thinks", "fears", "expects": a state of mind, not a
    /// statement.
    Belief,
    /// "wants", "hopes", "plans", "seeks": an intention, not a statement.
    Intention,
}

impl CueStrength {
    /// Every value, in order.
    pub const ALL: [CueStrength; 5] = [
        CueStrength::Neutral,
        CueStrength::Assertive,
        CueStrength::Doubting,
        CueStrength::Belief,
        CueStrength::Intention,
    ];

    /// The name in the JSON contract and wherever a kind is written out.
    pub fn as_str(self) -> &'static str {
        match self {
            CueStrength::Neutral => "neutral",
            CueStrength::Assertive => "assertive",
            CueStrength::Doubting => "doubting",
            CueStrength::Belief => "belief",
            CueStrength::Intention => "intention",
        }
    }
}

/// The construction of the engine's rule table (`attribution::rules`) that
/// found a claim. Each has a name in the JSON (`rule`, [`Rule::as_str`]) and a precision
/// measured on the development corpus, which is the claim's confidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// `X said (that) …`, `X told reporters: "…"`.
    SpeakerBefore,
    /// `The plan, officials said, will fail.`
    SplitReported,
    /// `"…," X said.`, `…, X said.`, `"…," X said, "…"`.
    TrailingSpeaker,
    /// `"…," said X.`, `…, said X, a spokesman for Y.`
    Inverted,
    /// `According to X, …`, `…, according to X.`
    AccordingTo,
    /// `In a Herald poll released Monday, 50 percent …`: what a poll found.
    InPoll,
    /// `X welcomed the ruling, calling it "…"`: the sentence's subject.
    ParticipleOfSubject,
    /// `…, adding that …`, `X urged calm but said …`: the same speaker again.
    SameSpeaker,
    /// `X was quoted as saying …`.
    QuotedAsSaying,
    /// `It was reported that …`, `…, it is alleged.`
    ImpersonalPassive,
    /// `He was told that …`: someone unnamed told them.
    ToldPassive,
    /// `X is said to …`, `X is reported to have …`.
    SaidToBe,
    /// `Several said …`, `Many of those interviewed told us …`.
    QuantifierSubject,
    /// `…, a figure the army disputes.`
    ReactionApposition,
    /// `X declined to comment on …, but said …`, `X seized the floor and
    /// said …`: a second verb of the sentence's subject.
    CoordinatedVerb,
    /// `…, with three in ten saying …`.
    WithSaying,
    /// `X went on to say …`, `X was quick to point out …`.
    InfinitiveCue,
    /// `her claim that …`, `allegations that …`, `the minister's warning that …`.
    CueNoun,
    /// `The general reportedly fled`, `The suspect allegedly stole …`.
    HearsayAdverb,
    /// `a statement from the ministry saying …`.
    DocumentSaying,
    /// `The plan was criticized by the union`, `The move was first
    /// reported by the Daily Star`: the agent of a passive cue speaks.
    PassiveAgent,
    /// `The figures appear to be wrong`, `The team seemed paralyzed`: the
    /// narrator's inference, hedged, with no one named as making it.
    Evidential,
    /// `Asked whether she would run, Ruiz said no`, `… she said when asked
    /// about the merger`: a question put by someone the sentence does not
    /// name.
    AskedQuestion,
    /// A headline in title case: `Senator Vale Says Tariffs Are Dead`,
    /// `Tariffs Are Dead, Senator Vale Says`.
    TitleCaseHeadline,
    /// `The mayor said:` closing a paragraph, and the quotation after it.
    ColonIntroduced,
    /// A quotation signed after a dash: `"…" ― Dana Holt`.
    QuoteByline,
    /// A sentence that is wholly a quotation: its speaker was named before.
    ContinuationQuote,
    /// A headline or transcript line: `Senator Vale: tariffs "dead on
    /// arrival"`, `MORALES: We never agreed to that.`
    LabelColon,
    /// A cue that no rule names, read by the learned model: `Senators
    /// voiced support for the bill`, `questions about her health`.
    LearnedCue,
    /// A sentence of the report with no attribution: its own assertion.
    ReportAssertion,
}

impl Rule {
    /// Every rule, in the order of the table.
    pub const ALL: [Rule; 30] = [
        Rule::SpeakerBefore,
        Rule::SplitReported,
        Rule::TrailingSpeaker,
        Rule::Inverted,
        Rule::AccordingTo,
        Rule::InPoll,
        Rule::ParticipleOfSubject,
        Rule::SameSpeaker,
        Rule::QuotedAsSaying,
        Rule::ImpersonalPassive,
        Rule::ToldPassive,
        Rule::SaidToBe,
        Rule::QuantifierSubject,
        Rule::ReactionApposition,
        Rule::CoordinatedVerb,
        Rule::WithSaying,
        Rule::InfinitiveCue,
        Rule::CueNoun,
        Rule::HearsayAdverb,
        Rule::DocumentSaying,
        Rule::PassiveAgent,
        Rule::Evidential,
        Rule::AskedQuestion,
        Rule::TitleCaseHeadline,
        Rule::ColonIntroduced,
        Rule::QuoteByline,
        Rule::ContinuationQuote,
        Rule::LabelColon,
        Rule::LearnedCue,
        Rule::ReportAssertion,
    ];

    /// The rule's name in the JSON and in the evaluation's tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::SpeakerBefore => "speaker_before",
            Rule::SplitReported => "split_reported",
            Rule::TrailingSpeaker => "trailing_speaker",
            Rule::Inverted => "inverted",
            Rule::AccordingTo => "according_to",
            Rule::InPoll => "in_poll",
            Rule::ParticipleOfSubject => "participle_of_subject",
            Rule::SameSpeaker => "same_speaker",
            Rule::QuotedAsSaying => "quoted_as_saying",
            Rule::ImpersonalPassive => "impersonal_passive",
            Rule::ToldPassive => "told_passive",
            Rule::SaidToBe => "said_to_be",
            Rule::QuantifierSubject => "quantifier_subject",
            Rule::ReactionApposition => "reaction_apposition",
            Rule::CoordinatedVerb => "coordinated_verb",
            Rule::WithSaying => "with_saying",
            Rule::InfinitiveCue => "infinitive_cue",
            Rule::CueNoun => "cue_noun",
            Rule::HearsayAdverb => "hearsay_adverb",
            Rule::DocumentSaying => "document_saying",
            Rule::PassiveAgent => "passive_agent",
            Rule::Evidential => "evidential",
            Rule::AskedQuestion => "asked_question",
            Rule::TitleCaseHeadline => "title_case_headline",
            Rule::ColonIntroduced => "colon_introduced",
            Rule::QuoteByline => "quote_byline",
            Rule::ContinuationQuote => "continuation_quote",
            Rule::LabelColon => "label_colon",
            Rule::LearnedCue => "learned_cue",
            Rule::ReportAssertion => "report_assertion",
        }
    }

    /// How often a claim found by this rule is an attribution that trained
    /// annotators also marked: the rule's precision on the development
    /// corpus (PolNeAR's training split; see QUALITY.md), which is the
    /// claim's confidence.
    pub fn confidence(self) -> f32 {
        // From `scripts/eval.sh PATH-TO-POLNEAR --split train --confidence`:
        // the share of the rule's claims that annotators also marked, for
        // a rule seen on few claims shrunk toward 0.9.
        match self {
            Rule::TrailingSpeaker => 0.97,
            Rule::Inverted => 0.96,
            Rule::AccordingTo => 0.93,
            Rule::SameSpeaker | Rule::SaidToBe => 0.92,
            Rule::SpeakerBefore
            | Rule::CoordinatedVerb
            | Rule::ToldPassive
            | Rule::ImpersonalPassive => 0.91,
            Rule::SplitReported
            | Rule::QuotedAsSaying
            | Rule::HearsayAdverb
            | Rule::DocumentSaying
            | Rule::QuoteByline
            | Rule::InPoll => 0.9,
            Rule::ParticipleOfSubject => 0.89,
            Rule::Evidential | Rule::AskedQuestion | Rule::TitleCaseHeadline => 0.85,
            Rule::InfinitiveCue | Rule::QuantifierSubject => 0.87,
            Rule::ColonIntroduced | Rule::ReactionApposition => 0.86,
            Rule::WithSaying | Rule::PassiveAgent => 0.8,
            Rule::CueNoun => 0.79,
            Rule::LabelColon => 0.7,
            Rule::ContinuationQuote => 0.61,
            Rule::LearnedCue => 0.6,
            // The report's own assertions are no attributions; nothing
            // measures them.
            Rule::ReportAssertion => 0.6,
        }
    }
}

#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Claimant {
    /// The resolved entity; `None` only when no entity could be formed.
    pub entity: Option<EntityId>,
    /// The mention in the claim's sentence, or the entity's last mention
    /// before the claim when the sentence names no speaker.
    pub span: Span,
    /// The text attributes the claim without naming anyone: "It was
    /// reported that …", "allegations that …", "Several said …". `span`
    /// is then the words that attribute it, and `entity` is `None`.
    pub unnamed: bool,
}

#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Cue {
    pub span: Span,
    pub strength: CueStrength,
}

#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Claim {
    pub id: ClaimId,
    pub kind: ClaimKind,
    /// `None` exactly when `kind` is `Unattributed`, or for a quotation
    /// whose speaker cannot be found (with a diagnostic).
    pub claimant: Option<Claimant>,
    pub cue: Option<Cue>,
    /// What is claimed; more than one span when the attribution splits it.
    pub content: Vec<Span>,
    /// The quoted stretches inside `content`, marks excluded.
    pub quotes: Vec<Span>,
    /// The sentence (or sentences) the claim comes from.
    pub sentence: Span,
    pub figures: Vec<Figure>,
    pub dates: Vec<DateMention>,
    /// The construction that found the claim; `None` for a claim read from
    /// an export that does not say.
    pub rule: Option<Rule>,
    /// How sure the engine is, from 0 to 1.
    pub confidence: f32,
}

impl Claim {
    /// Takes in `more`, the next stretch of the same speaker's words: its
    /// content, quotations, figures and dates join this claim's, and the
    /// claim's sentence grows to cover both. A claim that was all quotation
    /// stays direct only if the new part is too.
    pub fn continue_with(&mut self, more: Claim) {
        let offset = self.figures.len();
        self.content.extend(more.content);
        self.quotes.extend(more.quotes);
        self.figures.extend(more.figures.into_iter().map(|mut f| {
            f.part_of = f.part_of.map(|p| p + offset);
            f
        }));
        self.dates.extend(more.dates);
        self.sentence = self.sentence.cover(more.sentence);
        self.kind = match (self.kind, more.kind) {
            (ClaimKind::Direct, ClaimKind::Direct) => ClaimKind::Direct,
            (ClaimKind::Indirect, ClaimKind::Indirect) => ClaimKind::Indirect,
            _ => ClaimKind::Mixed,
        };
    }

    /// The span from the first content span to the last.
    pub fn content_cover(&self) -> Span {
        let first = self.content.first().copied().unwrap_or(self.sentence);
        self.content.iter().fold(first, |acc, s| acc.cover(*s))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Exact,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
    Approximately,
}

impl Qualifier {
    /// Every value, in order.
    pub const ALL: [Qualifier; 6] = [
        Qualifier::Exact,
        Qualifier::MoreThan,
        Qualifier::LessThan,
        Qualifier::AtLeast,
        Qualifier::AtMost,
        Qualifier::Approximately,
    ];

    /// The name in the JSON contract and wherever a kind is written out.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::Approximately => "approximately",
        }
    }
}

/// What a figure counts, when the engine can tell.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Figure {
    /// Qualifier, number and counted noun: "more than 40 people".
    pub span: Span,
    pub value: f64,
    pub qualifier: Qualifier,
    /// The counted noun ("people", "fishing boats").
    pub unit: Option<Span>,
    /// The measure, normalised so that figures of different claims can be
    /// compared: "deaths", "injuries", "arrests", or the counted noun.
    pub measure: Option<String>,
    /// Index (in the same claim's `figures`) of the whole this is part of:
    /// "40 people, including 7 officers".
    pub part_of: Option<usize>,
    /// The top of a range, whose bottom is `value`: "between 200 and 225",
    /// "a 30- to 60-year term".
    pub high: Option<f64>,
    /// Other values given as alternatives to `value`: "40 or 45 people".
    pub alternatives: Vec<f64>,
    /// A vague quantity ("dozens", "scores", "hundreds of"): `value` is
    /// its least, never an exact count.
    pub vague: bool,
    /// What kind of quantity: a count, a percentage, a rate or money.
    pub kind: FigureKind,
}

/// What kind of quantity a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum FigureKind {
    /// A count of things or people: "200 people".
    #[default]
    Count,
    /// A share: "7.5 percent", "40%".
    Percent,
    /// A count against a base: "3 deaths per 1,000 births".
    Rate,
    /// An amount of money: "$60 billion", "3 million euros".
    Money,
}

impl FigureKind {
    /// Every value, in order.
    pub const ALL: [FigureKind; 4] = [
        FigureKind::Count,
        FigureKind::Percent,
        FigureKind::Rate,
        FigureKind::Money,
    ];

    /// The name in the JSON contract and wherever a kind is written out.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Percent => "percent",
            FigureKind::Rate => "rate",
            FigureKind::Money => "money",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DateKind {
    /// "March 3", "May 2023".
    #[default]
    Absolute,
    /// "earlier this year", "a year on".
    Relative,
}

impl DateKind {
    /// Every value, in order.
    pub const ALL: [DateKind; 2] = [DateKind::Absolute, DateKind::Relative];

    /// The name in the JSON contract and wherever a kind is written out.
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::Absolute => "absolute",
            DateKind::Relative => "relative",
        }
    }
}

#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct DateMention {
    pub span: Span,
    pub kind: DateKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// `from` contradicts a figure or statement of `to`.
    Disputes,
    /// The text says `to` is made without evidence.
    NoEvidence,
    Supports,
}

impl RelationKind {
    /// Every value, in order.
    pub const ALL: [RelationKind; 3] = [
        RelationKind::Disputes,
        RelationKind::NoEvidence,
        RelationKind::Supports,
    ];

    /// The name in the JSON contract and wherever a kind is written out.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Disputes => "disputes",
            RelationKind::NoEvidence => "no_evidence",
            RelationKind::Supports => "supports",
        }
    }
}

#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Relation {
    pub kind: RelationKind,
    /// `None` when the challenge is a stretch of the report that is not a
    /// claim; `span` locates it either way.
    pub from: Option<ClaimId>,
    pub to: ClaimId,
    pub span: Span,
    pub note: String,
}

#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Report {
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.claims.get(id.index())
    }

    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.index())
    }

    /// The slice of the text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// The claimant's display name: the entity's name, else the mention.
    pub fn claimant_name(&self, claim: &Claim) -> Option<String> {
        self.claimant_label(claim).map(str::to_string)
    }

    /// [`Report::claimant_name`], borrowed.
    pub fn claimant_label(&self, claim: &Claim) -> Option<&str> {
        let c = claim.claimant.as_ref()?;
        match c.entity.and_then(|e| self.entity(e)) {
            Some(e) => Some(&e.name),
            None => Some(self.slice(c.span)),
        }
    }

    /// Relations pointing at a claim of a kind.
    pub fn relations_to(
        &self,
        id: ClaimId,
        kind: RelationKind,
    ) -> impl Iterator<Item = &Relation> + '_ {
        self.relations
            .iter()
            .filter(move |r| r.to == id && r.kind == kind)
    }
}
