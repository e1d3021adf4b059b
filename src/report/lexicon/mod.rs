//! Word lists of general English news: cue verbs, titles, nouns for sources.
//!
//! Nothing here names a particular report's people, places or figures.

mod learned;

use super::model::CueStrength;
use learned::LEARNED_CUES;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// What kind of cue a word is, when it is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueWord {
    pub strength: CueStrength,
    /// "tell" takes an object before its content: "told reporters that".
    pub takes_object: bool,
    /// Needs a particle: "called out", "pointed out".
    pub particle: Option<&'static str>,
}

/// Cue verb forms by strength; "tell" verbs take an addressee first.
const NEUTRAL_CUES: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "add",
    "adds",
    "added",
    "adding",
    "stated",
    "note",
    "notes",
    "noted",
    "explain",
    "explains",
    "explained",
    "report",
    "reports",
    "reported",
    "announce",
    "announces",
    "announced",
    "write",
    "writes",
    "wrote",
    "chanted",
    "shouted",
    "posted",
    "comment",
    "comments",
    "commented",
    "remark",
    "remarked",
    "respond",
    "responded",
    "reply",
    "replied",
    "replies",
    "recall",
    "recalls",
    "recalled",
    "observe",
    "observed",
    "disclose",
    "disclosed",
    "reveal",
    "revealed",
    "reveals",
    "mention",
    "mentioned",
    "indicate",
    "indicated",
    "estimate",
    "estimated",
    "estimates",
    "testify",
    "testified",
    "ask",
    "asked",
    "asks",
    "tweet",
    "tweeted",
    "admit",
    "admits",
    "admitted",
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "concede",
    "conceded",
    "concedes",
    "accepted",
    "accepts",
    "agree",
    "agreed",
    "agrees",
    "confirm",
    "confirms",
    "confirmed",
    "announcing",
    "explaining",
    "noting",
    "recommend",
    "recommends",
    "recommended",
];
/// States of mind: what the claimant believes or fears, not what they said.
const BELIEF_CUES: &[&str] = &["believe", "believes", "believed", "fear", "fears", "feared"];
const ADDRESSEE_CUES: &[&str] = &[
    "tell",
    "tells",
    "told",
    "telling",
    "inform",
    "informed",
    "informing",
    "assure",
    "assured",
    "assures",
    "assuring",
    "reassured",
];
/// "reminded viewers that …": an addressee, then what the speaker insists on.
const REMINDER_CUES: &[&str] = &["remind", "reminds", "reminded", "reminding"];
const ASSERTIVE_CUES: &[&str] = &[
    // "described the decision as …", "branded the vote a sham".
    "describe",
    "describes",
    "described",
    "branded",
    "brands",
    "labelled",
    "labeled",
    "insist",
    "insists",
    "insisted",
    "argue",
    "argues",
    "argued",
    "assert",
    "asserts",
    "asserted",
    "maintain",
    "maintains",
    "maintained",
    "stress",
    "stresses",
    "stressed",
    "emphasise",
    "emphasised",
    "emphasize",
    "emphasized",
    "emphasises",
    "emphasizes",
    "warn",
    "warns",
    "warned",
    "accuse",
    "accuses",
    "accused",
    "blame",
    "blames",
    "blamed",
    "condemn",
    "condemns",
    "condemned",
    "criticise",
    "criticised",
    "criticize",
    "criticized",
    "criticises",
    "criticizes",
    "demand",
    "demands",
    "demanded",
    "urge",
    "urges",
    "urged",
    "declare",
    "declares",
    "declared",
    "vow",
    "vows",
    "vowed",
    "pledge",
    "pledged",
    "pledges",
    "promise",
    "promised",
    "promises",
    "threaten",
    "threatened",
    "threatens",
    "contend",
    "contends",
    "contended",
    "conclude",
    "concluded",
    "concludes",
    "reiterate",
    "reiterated",
    "reiterates",
    "affirm",
    "affirmed",
    "affirms",
    "predict",
    "predicted",
    "predicts",
    "charge",
    "charged",
    "charges",
    "insisting",
    "warning",
    "accusing",
    "urging",
];
const DOUBTING_CUES: &[&str] = &[
    "claim",
    "claims",
    "claimed",
    "allege",
    "alleges",
    "alleged",
    "deny",
    "denies",
    "denied",
    "dispute",
    "disputes",
    "disputed",
    "reject",
    "rejects",
    "rejected",
    "dismiss",
    "dismisses",
    "dismissed",
    "question",
    "questioned",
    "questions",
    "suggest",
    "suggests",
    "suggested",
    "doubt",
    "doubts",
    "doubted",
    "claiming",
    "alleging",
    "denying",
];

/// Defines a test of a word against a list, and the list: the test is a
/// `match` on the words, and [`word_classes`] gives each word of the list
/// its grammatical class from the same words, so that a token's class bit
/// and the test always agree.
macro_rules! word_list {
    ($(#[$doc:meta])* $vis:vis fn $name:ident / $list:ident = [$($w:literal),+ $(,)?]) => {
        $(#[$doc])*
        $vis fn $name(w: &str) -> bool {
            matches!(w, $($w)|+)
        }
        const $list: &[&str] = &[$($w),+];
    };
}

/// A small, fast hash for the word tables (FNV-1a).
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

/// A map keyed by borrowed words, hashed with [`Fnv`].
pub type FnvWordMap<'a, V> = HashMap<&'a str, V, BuildHasherDefault<Fnv>>;

/// A table of words for the one look-up of every token ([`word_classes`]):
/// open addressing in a power of two of slots, at most a quarter full, with
/// a hash of the word's first eight bytes and its length, so that a word
/// costs a few operations and one comparison where a general map costs
/// several times that.
struct WordTable<V> {
    slots: Vec<Option<(&'static str, V)>>,
    /// The number of bits of a slot's index.
    bits: u32,
}

impl<V: Copy + Default> WordTable<V> {
    fn new(words: FnvMap<V>) -> Self {
        let bits = (words.len().max(1) * 4)
            .next_power_of_two()
            .trailing_zeros();
        let mut slots = vec![None; 1 << bits];
        let mask = slots.len() - 1;
        for (w, v) in words {
            let mut i = Self::slot(w, bits);
            while slots.get(i).is_some_and(|s| s.is_some()) {
                i = (i + 1) & mask;
            }
            if let Some(s) = slots.get_mut(i) {
                *s = Some((w, v));
            }
        }
        WordTable { slots, bits }
    }

    #[inline]
    fn slot(w: &str, bits: u32) -> usize {
        let b = w.as_bytes();
        let mut h = b.len() as u64;
        for &c in b.iter().take(8) {
            h = (h << 8) | u64::from(c);
        }
        (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
    }

    /// The value of `w`, or the default for a word not in the table.
    #[inline]
    fn get(&self, w: &str) -> V {
        let mask = self.slots.len() - 1;
        let mut i = Self::slot(w, self.bits);
        // The table is at most a quarter full, so an empty slot ends
        // every search.
        while let Some(Some((k, v))) = self.slots.get(i) {
            if *k == w {
                return *v;
            }
            i = (i + 1) & mask;
        }
        V::default()
    }
}

/// A quick test that rules most words out of a table before it is hashed:
/// one bit per (length, first letter, last letter) of the table's words.
pub struct Sieve([u64; Sieve::WORDS]);

impl Sieve {
    const SLOTS: usize = 16 * 26 * 26;
    const WORDS: usize = Self::SLOTS.div_ceil(64);

    #[inline]
    fn slot(w: &str) -> Option<usize> {
        let b = w.as_bytes();
        let (f, l) = (*b.first()?, *b.last()?);
        if b.len() >= 16 || !f.is_ascii_lowercase() || !l.is_ascii_lowercase() {
            return None;
        }
        Some((b.len() * 26 + usize::from(f - b'a')) * 26 + usize::from(l - b'a'))
    }

    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Sieve {
        let mut bits = [0u64; Self::WORDS];
        for w in words {
            match Self::slot(w) {
                Some(i) => bits[i / 64] |= 1 << (i % 64),
                // A word the sieve cannot place: let every word through.
                None => bits = [u64::MAX; Self::WORDS],
            }
        }
        Sieve(bits)
    }

    /// False only when `w` is certainly not one of the words.
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        match Self::slot(w) {
            Some(i) => self.0.get(i / 64).is_some_and(|b| b & (1 << (i % 64)) != 0),
            None => self.0.iter().all(|b| *b == u64::MAX),
        }
    }
}

/// A capitalised month name or abbreviation: "January", "Jan".
pub const MONTH: u8 = 1;
/// A capitalised weekday: "Monday".
pub const WEEKDAY: u8 = 2;
/// A word that reads as a number: "five", "dozens", "a" before "dozen".
pub const NUMERAL: u8 = 4;
/// A word that may open a relative date: "yesterday", "last", "a" (year ago).
pub const DATE_WORD: u8 = 8;
/// A cue verb form on its own: `cue_word(w, "")` holds.
pub const CUE: u8 = 16;
/// A verb that is a cue only with the word after it: "found that", "called out".
pub const PHRASAL_CUE: u8 = 32;
/// A word naming a count, as disputes over figures name it: "number",
/// "toll", "figure", "undercounted".
pub const COUNT_NOUN: u8 = 64;
/// A word that a sentence saying a claim lacks evidence turns on:
/// "evidence", "proof", "unsubstantiated".
pub const EVIDENCE_WORD: u8 = 128;

/// Grammatical classes of a word, kept per token in `Tok::grammar`
/// ([`word_classes`]): a clause boundary ([`is_clause_boundary`]).
pub const CLAUSE_BOUNDARY: u8 = 1;
/// An auxiliary or adverb ([`is_aux_or_adverb`]).
pub const AUX_OR_ADVERB: u8 = 2;
/// A determiner ([`is_determiner`]).
pub const DETERMINER: u8 = 4;
/// A preposition ([`is_preposition`]).
pub const PREPOSITION: u8 = 8;
/// A subject pronoun ([`is_subject_pronoun`]).
pub const SUBJECT_PRONOUN: u8 = 16;
/// A word that never heads a speaker's noun phrase ([`is_function_word`]).
pub const FUNCTION_WORD: u8 = 32;
/// A form of "be" ([`is_be`]).
pub const BE: u8 = 64;

/// The classes of a word in lower case, from one table. [`MONTH`] and
/// [`WEEKDAY`] are given for the lower-case name; the caller checks capitals.
pub fn word_class(lower: &str) -> u8 {
    word_classes(lower).0
}

/// The classes of a word in lower case ([`word_class`]) and its
/// grammatical classes ([`DETERMINER`], …, without the "-ly" adverbs of
/// [`AUX_OR_ADVERB`]), from one table, so that a token's are one look-up.
pub fn word_classes(lower: &str) -> (u8, u8) {
    static TABLE: OnceLock<WordTable<(u8, u8)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut m: FnvMap<(u8, u8)> = FnvMap::default();
        let mut add = |words: &[&'static str], class: u8| {
            for w in words {
                m.entry(*w).or_default().0 |= class;
            }
        };
        add(
            &[
                "january",
                "jan",
                "february",
                "feb",
                "march",
                "mar",
                "april",
                "apr",
                "may",
                "june",
                "jun",
                "july",
                "jul",
                "august",
                "aug",
                "september",
                "sept",
                "sep",
                "october",
                "oct",
                "november",
                "nov",
                "december",
                "dec",
            ],
            MONTH,
        );
        add(
            &[
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            ],
            WEEKDAY,
        );
        add(
            NUMBER_WORDS
                .iter()
                .map(|(w, _)| *w)
                .collect::<Vec<_>>()
                .as_slice(),
            NUMERAL,
        );
        add(
            &["dozens", "hundreds", "thousands", "millions", "tens"],
            NUMERAL,
        );
        add(
            &[
                "number",
                "numbers",
                "numbered",
                "toll",
                "tolls",
                "figure",
                "figures",
                "count",
                "counts",
                "counted",
                "counting",
                "recount",
                "recounted",
                "headcount",
                "undercount",
                "undercounted",
                "undercounting",
                "overcount",
                "overcounted",
                "miscounted",
                "total",
                "tally",
                "estimate",
                "estimates",
            ],
            COUNT_NOUN,
        );
        add(
            &[
                "evidence",
                "evidenced",
                "proof",
                "proofs",
                "substantiated",
                "unsubstantiated",
            ],
            EVIDENCE_WORD,
        );
        add(
            &[
                "yesterday",
                "today",
                "tomorrow",
                "tonight",
                "earlier",
                "later",
                "this",
                "last",
                "next",
                "past",
                "a",
                "one",
                "two",
                "three",
                "several",
                "few",
                "in",
            ],
            DATE_WORD,
        );
        add(
            cue_table().1.keys().copied().collect::<Vec<_>>().as_slice(),
            CUE,
        );
        add(
            &[
                "find",
                "finds",
                "found",
                "show",
                "shows",
                "showed",
                "document",
                "documents",
                "documented",
                "conclude",
                "concludes",
                "concluded",
                "determined",
                "established",
                "plead",
                "pleads",
                "pleaded",
                "pled",
                "rule",
                "rules",
                "ruled",
                "put",
                "puts",
                "point",
                "points",
                "pointed",
                "call",
                "calls",
                "called",
                "calling",
                "expressed",
                "expresses",
                "express",
                "voiced",
                "voices",
                // "declined to comment" (attribution::declined_to_comment).
                "declined",
                "declines",
                "decline",
                "declining",
                "refused",
                "refuses",
                "refusing",
            ],
            PHRASAL_CUE,
        );
        let grammar: [(&[&str], u8); 7] = [
            (CLAUSE_BOUNDARIES, CLAUSE_BOUNDARY | FUNCTION_WORD),
            (DETERMINERS, DETERMINER | FUNCTION_WORD),
            (PREPOSITIONS, PREPOSITION | FUNCTION_WORD),
            (OTHER_FUNCTION_WORDS, FUNCTION_WORD),
            (SUBJECT_PRONOUNS, SUBJECT_PRONOUN),
            (BE_FORMS, BE),
            (AUX_OR_ADVERBS, AUX_OR_ADVERB),
        ];
        for (words, class) in grammar {
            // No word token holds a comma ("several,").
            for w in words.iter().filter(|w| !w.contains(',')) {
                m.entry(*w).or_default().1 |= class;
            }
        }
        WordTable::new(m)
    });
    table.get(lower)
}

/// The grammatical classes of a token's lower-cased word: those of
/// [`word_classes`], and [`AUX_OR_ADVERB`] for an adverb in "-ly", so that
/// each class bit answers as its test does.
pub fn token_grammar(lower: &str, listed: u8) -> u8 {
    if is_ly_adverb(lower) {
        listed | AUX_OR_ADVERB
    } else {
        listed
    }
}

fn cue_table() -> &'static (Sieve, FnvMap<CueWord>) {
    static TABLE: OnceLock<(Sieve, FnvMap<CueWord>)> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = FnvMap::default();
        let groups: [(&[&str], CueStrength, bool); 6] = [
            (NEUTRAL_CUES, CueStrength::Neutral, false),
            (BELIEF_CUES, CueStrength::Belief, false),
            (ADDRESSEE_CUES, CueStrength::Neutral, true),
            (REMINDER_CUES, CueStrength::Assertive, true),
            (ASSERTIVE_CUES, CueStrength::Assertive, false),
            (DOUBTING_CUES, CueStrength::Doubting, false),
        ];
        // The long tail, learned from a corpus; the lists above win.
        for (w, strength, _, _) in LEARNED_CUES {
            m.insert(
                *w,
                CueWord {
                    strength: *strength,
                    takes_object: false,
                    particle: None,
                },
            );
        }
        for (words, strength, takes_object) in groups {
            for w in words {
                m.insert(
                    *w,
                    CueWord {
                        strength,
                        takes_object,
                        particle: None,
                    },
                );
            }
        }
        (Sieve::new(m.keys().copied()), m)
    })
}

/// A cue verb form, written in lower case. `next` is the following word,
/// for the phrasal cues ("called out", "pointed out", "called for").
pub fn cue_word(w: &str, next: &str) -> Option<CueWord> {
    if w.len() < 3 || w.len() > 12 {
        return None;
    }
    match w {
        // "The report found that …", "data show that …": only with "that".
        "find" | "finds" | "found" | "show" | "shows" | "showed" | "document" | "documents"
        | "documented" | "conclude" | "concludes" | "concluded" | "determined" | "established"
        | "plead" | "pleads" | "pleaded" | "pled" | "rule" | "rules" | "ruled"
            if next == "that" =>
        {
            Some(CueWord {
                strength: CueStrength::Neutral,
                takes_object: false,
                particle: None,
            })
        }
        // "Police put the number at five."
        // "It put turnout at 71 percent."
        "put" | "puts"
            if !next.is_empty()
                && !matches!(
                    next,
                    "on" | "off"
                        | "up"
                        | "out"
                        | "down"
                        | "in"
                        | "forward"
                        | "together"
                        | "aside"
                        | "away"
                        | "back"
                        | "into"
                        | "through"
                        | "it"
                        | "them"
                        | "pressure"
                ) =>
        {
            Some(CueWord {
                strength: CueStrength::Neutral,
                takes_object: false,
                particle: None,
            })
        }
        // "expressed concern that …", "voiced hope that …".
        "expressed" | "expresses" | "express" | "voiced" | "voices"
            if matches!(
                next,
                "concern"
                    | "hope"
                    | "fear"
                    | "fears"
                    | "confidence"
                    | "doubt"
                    | "doubts"
                    | "alarm"
                    | "regret"
                    | "optimism"
                    | "scepticism"
                    | "skepticism"
            ) =>
        {
            Some(CueWord {
                strength: if matches!(next, "doubt" | "doubts" | "scepticism" | "skepticism") {
                    CueStrength::Doubting
                } else {
                    CueStrength::Neutral
                },
                takes_object: false,
                particle: Some("concern"),
            })
        }
        // "asked for bail" is a request, not a claim.
        "ask" | "asks" | "asked" if next == "for" => None,
        "point" | "points" | "pointed" | "pointing" if next == "out" => Some(CueWord {
            strength: CueStrength::Neutral,
            takes_object: false,
            particle: Some("out"),
        }),
        "call" | "calls" | "called" | "calling" if matches!(next, "out" | "for" | "on") => {
            Some(CueWord {
                strength: CueStrength::Assertive,
                takes_object: false,
                particle: if next == "out" { Some("out") } else { None },
            })
        }
        _ => {
            let (sieve, table) = cue_table();
            if sieve.may_hold(w) {
                table.get(w).copied()
            } else {
                None
            }
        }
    }
}

/// Verbs of the hand-written lists that take a preposition before what
/// they are about: "warned against", "complained about", "commented on".
pub fn is_prepositional_cue(w: &str) -> bool {
    matches!(
        w,
        "warn"
            | "warns"
            | "warned"
            | "warning"
            | "complain"
            | "complains"
            | "complained"
            | "comment"
            | "comments"
            | "commented"
            | "testify"
            | "testified"
            | "agree"
            | "agreed"
            | "agrees"
            | "respond"
            | "responded"
            | "reply"
            | "replied"
            | "replies"
            | "insisted"
            | "insists"
            | "argued"
            | "argues"
            | "call"
            | "calls"
            | "called"
            | "calling"
    )
}

/// A cue whose object is what it is about, whatever it looks like: a verb
/// of stance ("criticized Clinton", "praised the ruling"), not of saying.
pub fn takes_object_content(w: &str) -> bool {
    if is_learned_cue(w) || is_object_cue(w) {
        return true;
    }
    cue_word(w, "").is_some_and(|c| {
        matches!(
            c.strength,
            CueStrength::Assertive
                | CueStrength::Doubting
                | CueStrength::Belief
                | CueStrength::Intention
        )
    }) && !is_say_verb(w)
}

/// What shows or finds something without speaking: studies, documents and
/// data ("the audit found", "surveys show", "records indicate").
pub fn is_evidence_source(w: &str) -> bool {
    matches!(
        w,
        "survey"
            | "surveys"
            | "poll"
            | "polls"
            | "polling"
            | "study"
            | "studies"
            | "report"
            | "reports"
            | "audit"
            | "audits"
            | "data"
            | "records"
            | "figures"
            | "numbers"
            | "statistics"
            | "analysis"
            | "research"
            | "investigation"
            | "inquiry"
            | "review"
            | "evidence"
            | "results"
            | "documents"
            | "emails"
            | "filings"
            | "averages"
            | "average"
            | "projections"
            | "forecast"
            | "forecasts"
            | "tests"
            | "test"
            | "autopsy"
            | "footage"
            | "probe"
            | "assessment"
            | "estimates"
            | "count"
            | "tally"
            | "experiment"
            | "trial"
            | "findings"
    )
}

/// The plain verbs of saying: "said", "told", "added".
pub fn is_say_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "stated"
    )
}

/// Words that qualify a share of people: "only 49 percent", "nearly eight
/// in 10", "some 55 percent".
pub fn is_quantity_qualifier(w: &str) -> bool {
    matches!(
        w,
        "only"
            | "nearly"
            | "almost"
            | "about"
            | "around"
            | "some"
            | "roughly"
            | "just"
            | "over"
            | "under"
            | "another"
            | "mere"
            | "remaining"
            | "other"
            | "additional"
    )
}

/// Irregular past participles that end in no "-ed", as after a noun: "a
/// poll taken last week", "the figures given by the ministry", "emails
/// sent to donors".
pub fn is_irregular_participle(w: &str) -> bool {
    matches!(
        w,
        "taken"
            | "given"
            | "shown"
            | "seen"
            | "written"
            | "done"
            | "drawn"
            | "known"
            | "driven"
            | "chosen"
            | "spoken"
            | "broken"
            | "stolen"
            | "hidden"
            | "begun"
            | "overseen"
            | "undertaken"
            | "made"
            | "held"
            | "sent"
            | "kept"
            | "found"
            | "brought"
            | "paid"
            | "run"
            | "put"
            | "set"
            | "cut"
            | "read"
    )
}

/// Common irregular past tenses, which end in no "-ed": "left", "took".
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "left"
            | "took"
            | "made"
            | "gave"
            | "went"
            | "came"
            | "got"
            | "kept"
            | "held"
            | "won"
            | "lost"
            | "ran"
            | "met"
            | "sent"
            | "spent"
            | "brought"
            | "built"
            | "bought"
            | "paid"
            | "began"
            | "became"
            | "stood"
            | "sat"
            | "led"
            | "drew"
            | "threw"
            | "wrote"
            | "spoke"
            | "told"
            | "said"
            | "felt"
            | "thought"
            | "knew"
            | "saw"
            | "found"
            | "put"
            | "set"
            | "cut"
            | "hit"
            | "let"
            | "struck"
            | "fought"
            | "sought"
            | "caught"
            | "taught"
            | "chose"
            | "rose"
            | "fell"
            | "broke"
            | "shook"
            | "swore"
            | "withdrew"
            | "overtook"
            | "undertook"
            | "upheld"
            | "foresaw"
    )
}

/// Labels that head a line of a page without naming a speaker: "Note:",
/// "Update:", "Photo:".
pub fn is_label_furniture(w: &str) -> bool {
    matches!(
        w,
        "note"
            | "notes"
            | "update"
            | "updated"
            | "correction"
            | "editor"
            | "editors"
            | "photo"
            | "photos"
            | "image"
            | "video"
            | "watch"
            | "read"
            | "related"
            | "source"
            | "sources"
            | "credit"
            | "caption"
            | "disclosure"
            | "warning"
            | "q"
            | "a"
            | "question"
            | "answer"
            | "breaking"
            | "live"
            | "exclusive"
            | "opinion"
            | "analysis"
            | "listen"
            | "see"
            | "more"
            | "also"
            | "tags"
            | "topics"
            | "share"
            // A transcript's list of who takes part: "Speakers: …".
            | "speakers"
            | "participants"
            | "present"
            | "panel"
            | "panellists"
            | "panelists"
            | "guests"
            | "attendees"
    )
}

/// A cue form the lexicon learned from a corpus ([`learned`]) and the
/// hand-written lists do not have: a verb of stance or thought ("opposed",
/// "documented") more often than of saying.
pub fn is_learned_cue(w: &str) -> bool {
    let (sieve, table) = cue_table();
    sieve.may_hold(w)
        && table.contains_key(w)
        && !(NEUTRAL_CUES.contains(&w)
            || BELIEF_CUES.contains(&w)
            || ADDRESSEE_CUES.contains(&w)
            || REMINDER_CUES.contains(&w)
            || ASSERTIVE_CUES.contains(&w)
            || DOUBTING_CUES.contains(&w))
}

/// Cue forms that are participles or gerunds: they attach to a clause
/// ("…, adding that …") rather than head one.
pub fn is_ing(w: &str) -> bool {
    w.ends_with("ing")
}

/// A word of the verb group before a verb: an auxiliary, an adverb or a
/// negation ("has not yet", "would never", "didn't").
pub fn is_verb_group_word(w: &str) -> bool {
    is_aux_or_adverb(w) || matches!(w, "not" | "never" | "cannot") || w.ends_with("n't")
}

word_list! {
    /// The auxiliaries and adverbs of [`is_aux_or_adverb`] that it lists.
    fn is_listed_aux_or_adverb / AUX_OR_ADVERBS = [
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "did",
        "does",
        "do",
        "also",
        "then",
        "again",
        "later",
        "earlier",
        "once",
        "often",
        "long",
        "sometimes",
        "further",
        "still",
        "even",
        "already",
        "since",
        "always",
        "ever",
        "first",
        "too",
        "now",
        "is",
        "be",
        "are",
        "am",
        "was",
        "were",
        "been",
    ]
}

/// Auxiliaries and adverbs that may stand between a speaker and its cue.
pub fn is_aux_or_adverb(w: &str) -> bool {
    is_listed_aux_or_adverb(w) || is_ly_adverb(w)
}

/// An adverb in "-ly", which [`is_aux_or_adverb`] takes beside its list:
/// "reportedly", "publicly"; not "Italy" or "assembly".
fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "italy"
                | "family"
                | "july"
                | "rally"
                | "ally"
                | "assembly"
                | "supply"
                | "reply"
                | "daily"
                | "only"
                | "early"
                | "holy"
                | "likely"
        )
}

/// An auxiliary or modal verb: "has", "would", "might", "did".
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "did"
            | "does"
            | "do"
            | "might"
            | "may"
            | "must"
            | "should"
            | "shall"
    )
}

word_list! {
    /// Forms of "be": a cue after one of them is passive ("it was reported").
    pub fn is_be / BE_FORMS = [
        "is",
        "are",
        "was",
        "were",
        "been",
        "be",
        "being",
    ]
}

word_list! {
    /// Words that end the search for a speaker to the left of a cue.
    pub fn is_clause_boundary / CLAUSE_BOUNDARIES = [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "but",
        "and",
        "or",
        "as",
        "because",
        "since",
        "although",
        "though",
        "if",
        "after",
        "before",
        "than",
        "so",
        "whereas",
        "unless",
        "until",
        "whether",
        "how",
        "why",
        "nor",
        "yet",
        "once",
        "where's",
        "whilst",
        "then",
    ]
}

/// Words that may begin a second attribution inside a sentence.
pub fn is_coordinator(w: &str) -> bool {
    matches!(
        w,
        "while" | "but" | "whereas" | "whilst" | "and" | "although" | "though"
    )
}

/// A word that opens a clause telling when, which may hold a claim of its
/// own after a comma: "denied blocking aid, after the UN warned that …".
pub fn is_when_conjunction(w: &str) -> bool {
    matches!(w, "after" | "as" | "when" | "since")
}

word_list! {
    pub fn is_determiner / DETERMINERS = [
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "several",
        "other",
        "another",
        "two",
        "three",
        "both",
        "most",
        "all",
        "few",
        "each",
        "one",
        "several,",
        "various",
    ]
}

word_list! {
    /// The words of [`is_function_word`] besides determiners, clause
    /// boundaries and prepositions.
    fn is_other_function_word / OTHER_FUNCTION_WORDS = [
        "not",
        "no",
        "to",
        "be",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "it's",
        "there",
        "here",
        "very",
        "more",
        "less",
        "so-called",
        "such",
        "aforementioned",
        "said",
        "same",
        "latter",
        "former",
        "also",
        "own",
        "just",
        "only",
        "already",
        "never",
        "ever",
        "however",
        "thus",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
    ]
}

/// Words that never head a speaker's noun phrase.
pub fn is_function_word(w: &str) -> bool {
    is_determiner(w) || is_clause_boundary(w) || is_preposition(w) || is_other_function_word(w)
}

word_list! {
    pub fn is_preposition / PREPOSITIONS = [
        "in",
        "on",
        "at",
        "of",
        "for",
        "with",
        "by",
        "from",
        "to",
        "into",
        "about",
        "over",
        "under",
        "during",
        "via",
        "through",
        "against",
        "among",
        "amid",
        "across",
        "along",
        "after",
        "before",
        "without",
        "within",
        "between",
        "behind",
        "upon",
        "above",
        "below",
        "toward",
        "towards",
        "per",
        "despite",
        "outside",
        "inside",
        "following",
        "near",
    ]
}

/// "He’s", "they're", "I’ve": a subject pronoun with its auxiliary run
/// into it; the pronoun's length in bytes.
pub fn contracted_pronoun(w: &str) -> Option<usize> {
    let a = w.find(['\'', '’'])?;
    let mark = w[a..].chars().next()?.len_utf8();
    let base = &w[..a];
    // "He", "he", not "HE".
    let pronoun = base.chars().skip(1).all(char::is_lowercase)
        && is_subject_pronoun(&base.to_ascii_lowercase());
    (pronoun && matches!(&w[a + mark..], "s" | "re" | "ve" | "d" | "ll" | "m")).then_some(a)
}

word_list! {
    pub fn is_subject_pronoun / SUBJECT_PRONOUNS = [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
    ]
}

/// Titles and role words that stand before a name: "President", "Foreign
/// Minister", "Gen.". They are a role, not part of the name.
pub fn is_title(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    // "Vice-President", "Attorney-General".
    if w.contains('-') && w != "Secretary-General" {
        return w.split('-').any(is_title);
    }
    matches!(
        w,
        "President"
            | "Vice"
            | "Prime"
            | "Minister"
            | "Secretary"
            | "Senator"
            | "Sen"
            | "Rep"
            | "Representative"
            | "Governor"
            | "Gov"
            | "Mayor"
            | "Chairman"
            | "Chairwoman"
            | "Chair"
            | "Director"
            | "Chief"
            | "Spokesman"
            | "Spokeswoman"
            | "Spokesperson"
            | "General"
            | "Gen"
            | "Judge"
            | "Justice"
            | "Ambassador"
            | "Commissioner"
            | "Officer"
            | "Col"
            | "Colonel"
            | "Lt"
            | "Lieutenant"
            | "Sgt"
            | "Sergeant"
            | "Capt"
            | "Captain"
            | "Major"
            | "Admiral"
            | "Adm"
            | "Dr"
            | "Professor"
            | "Prof"
            | "Pope"
            | "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Sheikh"
            | "Chancellor"
            | "Premier"
            | "Deputy"
            | "Foreign"
            | "Interior"
            | "Defence"
            | "Defense"
            | "Finance"
            | "Health"
            | "Attorney"
            | "State"
            | "Secretary-General"
            | "Leader"
            | "Head"
            | "CEO"
            | "Speaker"
            | "Supervisor"
            | "Policeman"
            | "Patrolman"
            | "Trooper"
            | "Alderman"
            | "Treasurer"
            | "Comptroller"
            | "Controller"
            | "Auditor"
            | "Clerk"
            | "Administrator"
            | "Sheriff"
            | "Prosecutor"
            | "Counsel"
            | "Barrister"
            | "Solicitor"
            | "Principal"
            | "Dean"
            | "Provost"
            | "Magistrate"
            | "Coroner"
            | "Commander"
            | "Marshal"
            | "Warden"
            | "Detective"
            | "Inspector"
            | "Superintendent"
            | "Bishop"
            | "Archbishop"
            | "Rabbi"
            | "Imam"
            | "Father"
            | "Reverend"
            | "Rev"
            | "Senior"
            | "Assistant"
            | "Associate"
            | "Executive"
            | "Managing"
            | "Editor"
            | "Coach"
            | "Councillor"
            | "Cllr"
            | "Councilman"
            | "Councilwoman"
            | "Congressman"
            | "Congresswoman"
            | "Lawmaker"
            | "MP"
            | "Economy"
            | "Trade"
            | "Education"
            | "Energy"
            | "Labor"
            | "Labour"
            | "Agriculture"
            | "Transport"
            | "Culture"
            | "Emir"
            | "Crown"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Miss"
            | "Mme"
            | "Dame"
            | "Sir"
            | "Lord"
            | "Lady"
            | "of"
    )
}

/// Honorifics: dropped from the name, and no role.
pub fn is_honorific(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mme" | "Messrs"
    )
}

/// Capitalised words that mark an organisation's name.
pub fn is_org_word(w: &str) -> bool {
    let w = without_possessive(w);
    matches!(
        w,
        "Watch"
            | "Office"
            | "Ministry"
            | "Organization"
            | "Organisation"
            | "Council"
            | "Committee"
            | "Agency"
            | "Department"
            | "Court"
            | "Party"
            | "Bank"
            | "Union"
            | "Association"
            | "Institute"
            | "University"
            | "Inc"
            | "Inc."
            | "Corp"
            | "Corp."
            | "Company"
            | "Commission"
            | "Police"
            | "Army"
            | "Forces"
            | "Government"
            | "Service"
            | "Services"
            | "News"
            | "Times"
            | "Post"
            | "International"
            | "Fund"
            | "Foundation"
            | "Center"
            | "Centre"
            | "Society"
            | "Board"
            | "Bureau"
            | "Authority"
            | "Group"
            | "Network"
            | "Federation"
            | "Coalition"
            | "Alliance"
            | "Movement"
            | "Front"
            | "Parliament"
            | "Senate"
            | "Congress"
            | "Assembly"
            | "Cabinet"
            | "Administration"
            | "Kremlin"
            | "Pentagon"
            | "Reuters"
            | "Press"
            | "Journal"
            | "Tribune"
            | "Herald"
            | "Amnesty"
            | "Nations"
            | "Ltd"
            | "LLC"
            | "Co"
            | "Corporation"
            | "Industries"
            | "Airlines"
            // A company's line of business closes its name: "Cordova
            // Mining", "Baltic Shipping", "Asteria Pharmaceuticals".
            | "Minerals"
            | "Mining"
            | "Resources"
            | "Energy"
            | "Holdings"
            | "Motors"
            | "Technologies"
            | "Pharmaceuticals"
            | "Pharma"
            | "Therapeutics"
            | "Biosciences"
            | "Laboratories"
            | "Foods"
            | "Textiles"
            | "Electronics"
            | "Freight"
            | "Petroleum"
            | "Steel"
            | "Telecom"
            | "Airways"
            | "Railways"
            | "Logistics"
            | "Insurance"
            | "Chemicals"
            | "Shipping"
            | "Prosecutor's"
            | "Secretariat"
            | "Directorate"
            | "Inspectorate"
            | "Council's"
            | "Mission"
            | "Embassy"
            | "Consulate"
            | "Hospital"
            | "School"
            | "College"
            | "Church"
            | "Club"
            | "Team"
            | "Trust"
            | "Partnership"
            | "Initiative"
            | "Project"
            | "Program"
            | "Programme"
            | "Unit"
            | "Command"
            | "Guard"
            | "Navy"
            | "Military"
            | "Office's"
            // A company's or a club's legal form closes its name: "Volvo
            // AB", "Brunnvik IF", "Ajax FC".
            | "AG"
            | "SA"
            | "AB"
            | "ASA"
            | "NV"
            | "BV"
            | "PLC"
            | "plc"
            | "GmbH"
            | "SpA"
            | "IF"
            | "FC"
            | "AFC"
            | "CF"
            | "United"
            | "Rovers"
            | "Wanderers"
    )
}

/// The word without its possessive endings: every "'s" at its end, then
/// every "’s". What `trim_end_matches("'s").trim_end_matches("’s")` gives,
/// without building a substring searcher for each word, which costs more
/// than the rest of a lexicon test.
pub fn without_possessive(w: &str) -> &str {
    let mut w = w;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

/// Lower-case nouns that can head a speaker phrase, with the kind they make.
pub fn source_noun(w: &str) -> Option<super::model::EntityKind> {
    use super::model::EntityKind::*;
    let k = match w {
        "officials" | "authorities" | "groups" | "activists" | "police" | "residents"
        | "witnesses" | "analysts" | "experts" | "sources" | "lawyers" | "doctors"
        | "researchers" | "critics" | "observers" | "prosecutors" | "investigators"
        | "diplomats" | "leaders" | "officers" | "members" | "organisers" | "organizers"
        | "protesters" | "protestors" | "demonstrators" | "rebels" | "campaigners"
        | "lawmakers" | "legislators" | "scientists" | "economists" | "workers" | "families"
        | "family" | "relatives" | "survivors" | "victims" | "people" | "students" | "teachers"
        | "parents" | "villagers" | "farmers" | "journalists" | "reporters" | "monitors"
        | "advocates" | "supporters" | "opponents" | "representatives" | "spokespeople"
        | "ministers" | "governments" | "agencies" | "organizations" | "organisations"
        | "companies" | "unions" | "parties" | "medics" | "nurses" | "troops" | "soldiers"
        | "militants" | "insurgents" | "fighters" | "negotiators" | "mediators" | "voters"
        | "citizens" | "locals" | "neighbours" | "neighbors" | "staff" | "employees"
        | "executives" | "shareholders" | "investors" | "traders" | "aides" | "officials,"
        | "scholars" | "academics" | "historians" | "judges" | "senators" | "congressmen"
        | "delegates" | "envoys" | "generals" | "commanders" | "clerics" | "refugees"
        | "migrants" | "detainees" | "prisoners" | "pollsters" | "economists," | "vendors"
        | "drivers" | "guards" | "volunteers" | "engineers" | "shopkeepers" | "allies"
        | "advisers" | "advisors" | "strategists" | "politicians" | "conservatives"
        | "liberals" | "progressives" | "rivals" | "insiders" | "friends" | "donors"
        | "backers" | "colleagues" | "staffers" | "operatives" | "candidates" | "women" | "men"
        | "crowd" | "speakers" | "participants" | "attendees" | "lobbyists" | "commentators"
        | "pundits" => Group,
        "media" | "press" | "outlets" | "newspapers" | "broadcasters" | "networks" | "reports"
        | "studies" | "surveys" | "polls" => Organization,
        "spokesman" | "spokeswoman" | "spokesperson" | "official" | "source" | "doctor"
        | "witness" | "resident" | "lawyer" | "analyst" | "expert" | "researcher" | "activist"
        | "minister" | "president" | "director" | "chairman" | "chairwoman" | "head" | "chief"
        | "officer" | "prosecutor" | "investigator" | "diplomat" | "leader" | "member"
        | "representative" | "lawmaker" | "senator" | "governor" | "mayor" | "judge"
        | "professor" | "scientist" | "economist" | "worker" | "survivor" | "victim"
        | "student" | "teacher" | "mother" | "father" | "son" | "daughter" | "wife" | "husband"
        | "brother" | "sister" | "man" | "woman" | "journalist" | "reporter" | "correspondent"
        | "commander" | "general" | "colonel" | "ambassador" | "envoy" | "negotiator"
        | "mediator" | "secretary" | "adviser" | "advisor" | "aide" | "campaigner"
        | "organiser" | "organizer" | "protester" | "owner" | "manager" | "executive"
        | "founder" | "coordinator" | "nurse" | "medic" | "paramedic" | "soldier"
        | "commissioner" | "inspector" | "detective" | "sheriff" | "coroner" | "pathologist"
        | "farmer" | "villager" | "priest" | "imam" | "chancellor" | "author" | "writer"
        | "premier" | "trader" | "vendor" | "shopkeeper" | "driver" | "detainee" | "prisoner"
        | "refugee" | "migrant" | "fighter" | "rebel" | "engineer" | "businessman"
        | "businesswoman" | "mechanic" | "pharmacist" | "fisherman" | "shepherd" | "parent"
        | "relative" | "neighbour" | "neighbor" | "employee" | "guard" | "volunteer"
        | "surgeon" | "midwife" | "pilot" | "labourer" | "laborer" | "admiral" | "captain"
        | "sergeant" | "lieutenant" | "marshal" | "principal" | "bishop" | "pastor" | "rabbi"
        | "cardinal" | "coach" | "candidate" | "nominee" | "congressman" | "congresswoman"
        | "strategist" | "pollster" | "consultant" | "donor" | "delegate" | "attorney"
        | "counsel" | "historian" | "scholar" | "host" | "anchor" | "columnist" | "editor"
        | "publisher" | "veteran" | "physician" | "psychologist" | "administrator"
        | "superintendent" | "treasurer" | "auditor" | "deputy" | "boss" | "ceo" | "ally"
        | "friend" | "supporter" | "backer" | "rival" | "insider" | "colleague" | "staffer"
        | "operative" | "person" | "lobbyist" | "commentator" | "pundit" => Person,
        "ministry" | "government" | "company" | "agency" | "department" | "office" | "court"
        | "committee" | "commission" | "council" | "party" | "military" | "army" | "embassy"
        | "report" | "statement" | "study" | "survey" | "organisation" | "organization"
        | "group" | "firm" | "bank" | "union" | "administration" | "parliament" | "cabinet"
        | "prosecutor's" | "regulator" | "watchdog" | "network" | "channel" | "newspaper"
        | "broadcaster" | "outlet" | "agency's" | "coalition" | "alliance" | "opposition"
        | "campaign" | "charity" | "hospital" | "university" | "institute" | "junta" | "regime"
        | "kremlin" | "white house" | "presidency" | "mission" | "document" | "memo" | "letter"
        | "filing" | "lawsuit" | "complaint" | "indictment" | "analysis" | "investigation"
        | "inquiry" | "audit" | "review" | "poll" | "panel" | "board" | "tribunal" | "jury"
        | "senate" | "body" | "team" | "camp" => Organization,
        // Documents speak for whoever wrote them: "the editorial said".
        _ if is_document_noun(w) => Organization,
        _ => return None,
    };
    Some(k)
}

/// Sources that are documents rather than bodies of people: a report can
/// "find" something, but "the group" never refers back to it.
pub fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "statement"
            | "study"
            | "survey"
            | "document"
            | "memo"
            | "letter"
            | "filing"
            | "lawsuit"
            | "complaint"
            | "indictment"
            | "analysis"
            | "investigation"
            | "inquiry"
            | "audit"
            | "review"
            | "poll"
            | "ruling"
            | "order"
            | "verdict"
            | "editorial"
            | "ad"
            | "advertisement"
            | "email"
            | "e-mail"
            | "video"
            | "tweet"
            | "website"
            | "article"
            | "column"
    )
}

pub fn month(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "January" | "Jan" => 1,
        "February" | "Feb" => 2,
        "March" | "Mar" => 3,
        "April" | "Apr" => 4,
        "May" => 5,
        "June" | "Jun" => 6,
        "July" | "Jul" => 7,
        "August" | "Aug" => 8,
        "September" | "Sept" | "Sep" => 9,
        "October" | "Oct" => 10,
        "November" | "Nov" => 11,
        "December" | "Dec" => 12,
        _ => return None,
    })
}

pub fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// Number words and their values.
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("thousand", 1000.0),
    ("million", 1e6),
    ("billion", 1e9),
    ("dozen", 12.0),
];

/// Number words and their values.
pub fn number_word(w: &str) -> Option<f64> {
    if w.len() < 3 || w.len() > 15 {
        return None;
    }
    // Most words are ruled out by their first letter and length alone.
    let plausible = match w.as_bytes()[0] {
        b'o' | b'd' => w.len() <= 5,
        b't' | b's' | b'f' | b'e' | b'n' => w.len() <= 13,
        b'h' | b'm' | b'b' => matches!(w.len(), 7 | 8),
        _ => false,
    };
    if !plausible {
        return None;
    }
    static TABLE: OnceLock<(Sieve, FnvMap<f64>)> = OnceLock::new();
    let (sieve, table) = TABLE.get_or_init(|| {
        let table: FnvMap<f64> = NUMBER_WORDS.iter().copied().collect();
        (Sieve::new(table.keys().copied()), table)
    });
    if sieve.may_hold(w) {
        if let Some(v) = table.get(w) {
            return Some(*v);
        }
    }
    if !w.contains('-') {
        return None;
    }
    // "twenty-five"
    let (a, b) = w.split_once('-')?;
    let tens = *table.get(a)?;
    let ones = *table.get(b)?;
    ((20.0..=90.0).contains(&tens) && ones < 10.0 && tens % 10.0 == 0.0).then_some(tens + ones)
}

/// Scale words after a number: "5 million".
pub fn scale(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(100.0),
        "thousand" | "k" => Some(1e3),
        "million" | "millions" | "mln" | "mn" | "m" => Some(1e6),
        "billion" | "billions" | "bn" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

/// Cue verbs that take a thing as their object ("dismissed the report",
/// "condemned the attack"), after which "and said …" is the same speaker's
/// next claim.
pub fn is_object_cue(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "dismissed"
            | "rejected"
            | "denied"
            | "condemned"
            | "criticised"
            | "criticized"
            | "denounced"
            | "blamed"
            | "welcomed"
            | "praised"
            | "disputed"
    )
}

/// A word that stands for some of a group named before: "Several said …".
pub fn is_quantifier_subject(w: &str) -> bool {
    matches!(
        w,
        "several"
            | "many"
            | "some"
            | "most"
            | "another"
            | "one"
            | "both"
            | "few"
            | "all"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "dozens"
            | "hundreds"
    )
}

/// What figures come in: "according to UN estimates", "police figures".
pub fn is_data_noun(w: &str) -> bool {
    matches!(
        w,
        "estimates"
            | "estimate"
            | "figures"
            | "data"
            | "statistics"
            | "records"
            | "documents"
            | "reports"
            | "sources"
            | "tallies"
            | "calculations"
    )
}

/// A noun for what someone said, that others react to: ", a figure the
/// government rejected", ", a claim officials deny".
pub fn is_reaction_noun(w: &str) -> bool {
    matches!(
        w,
        "figure"
            | "number"
            | "toll"
            | "total"
            | "estimate"
            | "claim"
            | "charge"
            | "allegation"
            | "accusation"
            | "account"
            | "assertion"
            | "version"
    )
}

/// A modal verb or a negation in a verb group: "would not comment", "could
/// tell", "didn't say". Nothing was claimed.
pub fn is_modal_or_negation(w: &str) -> bool {
    matches!(
        w,
        "not"
            | "never"
            | "cannot"
            | "could"
            | "would"
            | "might"
            | "may"
            | "should"
            | "can"
            | "must"
            | "will"
            | "shall"
    ) || w.ends_with("n't")
}

/// A subordinating conjunction: it opens a clause that tells when, why or on
/// what condition ("Before he testified, …", "after they are reported to …").
pub fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "before"
            | "after"
            | "when"
            | "while"
            | "since"
            | "although"
            | "though"
            | "if"
            | "because"
            | "until"
            | "once"
            | "unless"
            | "whereas"
    )
}

/// Nouns that report what someone said or thinks, before "that": "her
/// claim that", "allegations that", "a warning that".
pub fn is_cue_noun(w: &str) -> bool {
    cue_noun_strength(w) != CueStrength::Neutral
        || matches!(
            w,
            "announcement"
                | "statement"
                | "report"
                | "reports"
                | "suggestion"
                | "argument"
                | "assurance"
                | "assurances"
                | "admission"
                | "prediction"
                | "acknowledgment"
                | "acknowledgement"
                | "confirmation"
                | "testimony"
                | "remarks"
                | "comments"
                | "message"
                | "news"
                | "word"
                | "rumors"
                | "rumours"
                | "speculation"
        )
}

/// Participles whose passive subject is what was said or asked about, not
/// the one who said it: "She was asked about the leak", "The vote is
/// expected to fail". Their claims name no source.
pub fn is_theme_passive(w: &str) -> bool {
    matches!(
        w,
        "asked"
            | "told"
            | "expected"
            | "seen"
            | "known"
            | "considered"
            | "reported"
            | "viewed"
            | "regarded"
            | "thought"
            | "believed"
            | "described"
            | "called"
            | "quoted"
            | "urged"
            | "accused"
            | "criticized"
            | "criticised"
            | "praised"
            | "blamed"
            | "pressed"
    )
}

/// Words the learned cue model may not read as cues, though the corpus it
/// learned from marks them: each is a claim only in a construction of the
/// rule table, and an act otherwise. "refused to pay" is a refusal to act
/// ("refused to comment" is the table's); "called her mother" and "called
/// him Bob" are no claims ("called the plan reckless" is the table's);
/// "expressed" is one only with what it expresses ("expressed concern");
/// "asked for bail" is a request for a thing; "according to" is the
/// table's alone.
pub fn is_not_learned_cue(w: &str, next: &str) -> bool {
    matches!(
        w,
        "refuse"
            | "refuses"
            | "refused"
            | "refusing"
            | "call"
            | "calls"
            | "called"
            | "calling"
            | "express"
            | "expresses"
            | "expressed"
            | "expressing"
            | "according"
    ) || matches!(w, "ask" | "asks" | "asked" | "asking") && next == "for"
}

/// Verbs that take a view of someone only with "as", "like" or "that":
/// "see him as a leader", not "see the game".
pub fn is_view_verb(w: &str) -> bool {
    matches!(
        w,
        "see"
            | "sees"
            | "saw"
            | "seen"
            | "seeing"
            | "view"
            | "views"
            | "viewed"
            | "regard"
            | "regards"
            | "regarded"
            | "look"
            | "looks"
            | "looking"
            | "looked"
    )
}

/// Words of perception, knowledge, feeling and stance that the learned cue
/// model may read as cues besides the cue verbs and reporting nouns: "voters
/// see him as", "she is wary of", "broad support for", "his opposition
/// to", "voted against". Verbs of action ("signed", "passed", "named")
/// are no claims, however often a corpus marks them.
pub fn is_stance_word(w: &str) -> bool {
    is_view_verb(w)
        || matches!(
            w,
            "know"
                | "knows"
                | "knew"
                | "known"
                | "knowing"
                | "think"
                | "thinks"
                | "thought"
                | "thinking"
                | "feel"
                | "feels"
                | "felt"
                | "understand"
                | "understands"
                | "understood"
                | "consider"
                | "considers"
                | "considered"
                | "vote"
                | "votes"
                | "voted"
                | "voting"
                | "favor"
                | "favour"
                | "favorably"
                | "favourably"
                | "aware"
                | "convinced"
                | "concerned"
                | "worried"
                | "skeptical"
                | "sceptical"
                | "wary"
                | "supportive"
                | "critical"
                | "eager"
                | "willing"
                | "reluctant"
                | "adamant"
                | "upbeat"
                | "optimistic"
                | "pessimistic"
                | "confident"
                | "proud"
                | "interested"
                | "unapologetic"
                | "open"
                | "clear"
                | "unclear"
                | "sure"
                | "unsure"
                | "support"
                | "supports"
                | "supporter"
                | "supporters"
                | "opposition"
                | "criticism"
                | "critique"
                | "endorsement"
                | "praise"
                | "passion"
                | "interest"
                | "reluctance"
                | "opinion"
                | "opinions"
                | "questions"
                | "doubts"
                | "enthusiasm"
                | "frustration"
                | "anger"
                | "outrage"
                | "disdain"
                | "contempt"
                | "skepticism"
                | "distrust"
                | "advocate"
                | "advocates"
                | "spoke"
                | "spoken"
                | "speak"
                | "speaks"
                | "speaking"
        )
}

/// The strength of any word read as a cue: a verb form's from the cue
/// lists, a reporting noun's, else neutral.
pub fn strength_of(w: &str) -> CueStrength {
    let (sieve, table) = cue_table();
    if sieve.may_hold(w) {
        if let Some(cw) = table.get(w) {
            return cw.strength;
        }
    }
    cue_noun_strength(w)
}

/// The strength of a noun that reports: a claim keeps its distance, a
/// warning presses, a belief is a state of mind.
pub fn cue_noun_strength(w: &str) -> CueStrength {
    match w {
        "claim" | "claims" | "allegation" | "allegations" | "assertion" | "assertions"
        | "accusation" | "accusations" | "charge" | "charges" | "contention" | "denial"
        | "denials" => CueStrength::Doubting,
        "warning" | "warnings" | "insistence" | "promise" | "promises" | "pledge" | "pledges"
        | "vow" | "demand" | "demands" | "threat" | "threats" => CueStrength::Assertive,
        "belief" | "beliefs" | "view" | "fear" | "fears" | "concern" | "concerns" | "suspicion"
        | "suspicions" | "conviction" | "assumption" | "impression" | "sense" | "feeling"
        | "expectation" | "expectations" => CueStrength::Belief,
        "hope" | "hopes" | "wish" | "intention" | "plan" | "plans" => CueStrength::Intention,
        _ => CueStrength::Neutral,
    }
}

/// Adverbs that make a sentence hearsay: "reportedly", "allegedly".
pub fn is_hearsay_adverb(w: &str) -> bool {
    matches!(w, "reportedly" | "allegedly" | "purportedly" | "supposedly")
}

/// Subordinators whose clause may report a claim as a fact of its own:
/// "When the governor said …", "As officials warned …"; not "if", "unless"
/// or "before", which make it a condition or a time.
pub fn is_reporting_subordinator(w: &str) -> bool {
    matches!(
        w,
        "when" | "after" | "as" | "while" | "since" | "because" | "although" | "though"
    )
}

/// Cue forms that are as often nouns ("the report", "their claims") or
/// verbs of many uses ("shouted at the crowd", "posted a video"): cues only
/// with a complement that says what was said.
pub fn is_ambiguous_cue_form(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "claim"
            | "charge"
            | "question"
            | "dispute"
            | "doubt"
            | "comment"
            | "remark"
            | "note"
            | "tweet"
            | "demand"
            | "pledge"
            | "promise"
            | "estimate"
            | "reply"
            | "mention"
            | "fear"
            | "stress"
            | "warning"
            | "shouted"
            | "chanted"
            | "posted"
    )
}

/// The measures people count and dispute, each with the words that name it,
/// in order of precedence: a figure followed by "killed" and "arrested"
/// counts deaths. Different words, one measure: "died", "deaths", "killed",
/// "dead", "toll" all count deaths; "arrested", "detained", "in custody"
/// count arrests.
pub const MEASURE_WORDS: &[(&str, &[&str])] = &[
    (
        "deaths",
        &[
            "died",
            "die",
            "dies",
            "dead",
            "killed",
            "deaths",
            "death",
            "perished",
            "dying",
            "toll",
            "fatalities",
            "fatality",
            "killings",
            "bodies",
            "corpses",
        ],
    ),
    (
        "injuries",
        &["injured", "wounded", "hurt", "injuries", "injury", "wounds"],
    ),
    (
        "arrests",
        &[
            "arrested",
            "detained",
            "arrests",
            "detentions",
            "detainees",
            "custody",
            "detention",
            "jailed",
            "imprisoned",
        ],
    ),
    (
        "prosecutions",
        &[
            "prosecuted",
            "charged",
            "indicted",
            "prosecutions",
            "charges",
        ],
    ),
    (
        "convictions",
        &["convicted", "sentenced", "jailed", "convictions"],
    ),
    (
        "displaced people",
        &[
            "displaced",
            "fled",
            "evacuated",
            "refugees",
            "homeless",
            "evicted",
            "uprooted",
            "resettled",
            "relocated",
            "rehoused",
        ],
    ),
    (
        "missing people",
        &["missing", "disappeared", "trapped", "unaccounted"],
    ),
    (
        "jobs",
        &["jobs", "posts", "layoffs", "redundancies", "vacancies"],
    ),
    ("torture", &["tortured", "torture"]),
    // Last: people counted where they live, unless something happened
    // to them ("300 residents were evacuated" are displaced).
    (
        "population",
        &["population", "residents", "inhabitants", "living", "live"],
    ),
];

/// Whether `needle` stands anywhere in `hay`, as `str::contains` tells,
/// without the searcher `str::contains` sets up for each needle: most
/// haystacks asked about are a claim's few words, most needles absent.
#[inline]
pub fn has(hay: &str, needle: &str) -> bool {
    memchr::memmem::find(hay.as_bytes(), needle.as_bytes()).is_some()
}

/// Where `word` stands in `hay` as a whole word (not inside a longer
/// one), in order: "false" in "it is false", not in "falsehood".
pub fn whole_words<'a>(hay: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    // Most words looked for are absent: those need no searcher.
    let found = has(hay, word).then(|| hay.match_indices(word));
    found
        .into_iter()
        .flatten()
        .map(|(i, _)| i)
        .filter(move |&i| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// The measure a word names (lower case), with its rank in [`MEASURE_WORDS`].
pub fn measure_word(w: &str) -> Option<(u8, &'static str)> {
    MEASURE_WORDS
        .iter()
        .enumerate()
        .find(|(_, (_, words))| words.contains(&w))
        .map(|(k, (m, _))| (k as u8 + 1, *m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sieve_lets_every_table_word_through_and_stops_most_others() {
        let (sieve, table) = cue_table();
        for w in table.keys() {
            assert!(sieve.may_hold(w), "{w}");
            assert!(cue_word(w, "").is_some(), "{w}");
        }
        let stopped = ["the", "of", "and", "police", "government", "yesterday"]
            .iter()
            .filter(|w| !sieve.may_hold(w))
            .count();
        assert!(stopped >= 4, "only {stopped} common words stopped");
        // A table word it cannot place (a capital, a final mark) rules nothing out.
        let odd = Sieve::new(["said", "Reported"]);
        assert!(odd.may_hold("the") && odd.may_hold("x"));
        let plain = Sieve::new(["said", "told"]);
        assert!(plain.may_hold("said") && !plain.may_hold("the") && !plain.may_hold("sad"));
    }

    #[test]
    fn number_words_with_and_without_hyphens() {
        assert_eq!(number_word("twelve"), Some(12.0));
        assert_eq!(number_word("twenty-five"), Some(25.0));
        assert_eq!(number_word("five-year"), None);
        assert_eq!(number_word("thirty-twelve"), None);
        assert_eq!(number_word("them"), None);
    }
}
