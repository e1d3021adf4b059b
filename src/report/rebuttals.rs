//! Rebuttals: a claim that names another side's account and answers it.
//!
//! Sides in a dispute rarely restate each other's figures. They name the
//! other's account and say what is wrong with it: "the union's figures
//! were exaggerated", "Tallis's report was riddled with errors", "the
//! official figures leave out people held before trial", "the ministry's
//! figure isn't backed by any data". Or they say how the other side
//! counted: "they counted only the patients who finished the trial", "the
//! fire service is counting the bodies it carried out, we are counting the
//! names of those who never came out".
//!
//! Such a claim disputes the account it names: the nearest earlier claim of
//! the side it names (a claim with a figure, when the account is a count).
//! When it says the account has nothing behind it ("isn't backed by any
//! data", "no basis"), the relation is `no_evidence`.
//!
//! What this pass does not draw, to stay precise: an account of the
//! speaker's own side ("our figures", "the ministry's figure was based on a
//! survey" said by the ministry), an account named without a word against
//! it ("the union's figures show …"), or one vouched for ("the ministry's
//! figures were accurate").
//!
//! Runs after the other relation passes; a claim that already disputes or
//! doubts something is left as they read it.

use super::model::*;
use super::relations::{
    belittles, discredits, disputed_count, evidence_phrase, possessive_ending, same_side, says_any,
    verb, who, Memo, LOOK_BACK,
};
use super::span::Span;

/// Nouns for an account someone gives: a count, a document, a story.
pub(super) const ACCOUNTS: [&str; 31] = [
    "figure",
    "figures",
    "number",
    "numbers",
    "estimate",
    "estimates",
    "count",
    "toll",
    "tally",
    "total",
    "totals",
    "statistics",
    "data",
    "list",
    "lists",
    "calculation",
    "calculations",
    "report",
    "study",
    "survey",
    "analysis",
    "findings",
    "account",
    "version",
    "story",
    "explanation",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusations",
];

/// Of [`ACCOUNTS`], the ones that are counts: they are answered in the
/// other side's claim that gives a figure.
fn is_count(noun: &str) -> bool {
    matches!(
        noun,
        "figure"
            | "figures"
            | "number"
            | "numbers"
            | "estimate"
            | "estimates"
            | "count"
            | "toll"
            | "tally"
            | "total"
            | "totals"
            | "statistics"
            | "data"
            | "list"
            | "lists"
            | "calculation"
            | "calculations"
    )
}

/// Words for the state and its services: "the government's numbers" and
/// "the official figures" name whichever of them gave the count.
const OFFICIAL: [&str; 16] = [
    "government",
    "official",
    "officials",
    "authorities",
    "authority",
    "state",
    "ministry",
    "minister",
    "police",
    "army",
    "military",
    "department",
    "regime",
    "service",
    "agency",
    "council",
];

/// Common nouns an organisation is called by after its name: "the
/// group's figures" names the nearest organisation of another side.
const BODIES: [&str; 18] = [
    "group",
    "organisation",
    "organization",
    "company",
    "firm",
    "charity",
    "association",
    "federation",
    "union",
    "coalition",
    "network",
    "campaign",
    "centre",
    "center",
    "institute",
    "watchdog",
    "monitor",
    "bank",
];

/// Words that vouch for an account rather than answer it.
const VOUCH: [&str; 13] = [
    "accurate",
    "correct",
    "reliable",
    "credible",
    "sound",
    "robust",
    "confirmed",
    "confirms",
    "consistent",
    "in line",
    "agrees",
    "agreed",
    "matches",
];

/// Words that say an account is wrong beyond those of
/// [`discredits`] and [`belittles`].
const AGAINST: [&str; 18] = [
    "errors",
    "error",
    "mistakes",
    "flawed",
    "leave out",
    "leaves out",
    "left out",
    "ignore",
    "ignores",
    "ignored",
    "exclude",
    "excludes",
    "excluded",
    "omit",
    "omits",
    "omitted",
    "selective",
    "distorted",
];

/// Phrases that say an account has nothing behind it, beside those of
/// [`evidence_phrase`].
const UNBACKED: [&str; 9] = [
    "not backed",
    "isn't backed",
    "is not backed",
    "no basis",
    "no data",
    "not supported",
    "unsupported",
    "baseless",
    "unfounded",
];

/// Whether `lc` says something has nothing behind it ("not backed by any
/// data", "no basis").
pub(super) fn unbacked(lc: &str) -> bool {
    says_any(lc, &UNBACKED)
}

/// Verbs of counting and measuring: "they counted only …".
const COUNTING: [&str; 5] = ["counted", "counts", "count", "counting", "included"];

/// What, said of a way of counting, says it was wrong: "counted only",
/// "forgot the farms", "counted people already freed".
const MISCOUNT: [&str; 10] = [
    "only", "not", "never", "forgot", "forget", "missed", "already", "twice", "even", "ignored",
];

/// The lower-case words of `lc`, apostrophes kept ("ministry's"): the
/// runs of letters, digits and apostrophes, without the apostrophes at
/// their ends.
fn words(lc: &str) -> Words<'_> {
    Words { rest: lc }
}

/// See [`words`]. Reads ASCII a byte at a time: claims' contents are long
/// and overlap many times over in a paragraph with no sentence end.
struct Words<'a> {
    rest: &'a str,
}

impl Words<'_> {
    /// Where the run of characters that are (`inside`) or are not part of
    /// a word, from byte `i` on, ends.
    fn run(&self, mut i: usize, inside: bool) -> usize {
        let b = self.rest.as_bytes();
        while let Some(&x) = b.get(i) {
            let (part, len) = if x.is_ascii() {
                (x.is_ascii_alphanumeric() || x == b'\'', 1)
            } else {
                match self.rest.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) => (c.is_alphanumeric() || c == '’', c.len_utf8()),
                    None => return b.len(),
                }
            };
            if part != inside {
                break;
            }
            i += len;
        }
        i
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        while !self.rest.is_empty() {
            let start = self.run(0, false);
            let end = self.run(start, true);
            let w = self.rest.get(start..end).unwrap_or("");
            self.rest = self.rest.get(end..).unwrap_or("");
            let w = w.trim_matches(|c| c == '\'' || c == '’');
            if !w.is_empty() {
                return Some(w);
            }
        }
        None
    }
}

/// Whether the words hold a plain negation.
fn negated(ws: &[&str]) -> bool {
    ws.iter()
        .any(|w| matches!(*w, "not" | "never" | "no" | "none" | "nothing") || w.ends_with("n't"))
}

/// One account a claim's content names: where its noun is among the
/// content's words, the owner's word ("ministry" in "the ministry's own
/// figures"; "official" in "the official figures"), the noun, and what it
/// is an account of ("admissions" in "the company's figure for hospital
/// admissions"), when said.
struct Named<'a> {
    at: usize,
    owner: &'a str,
    noun: &'a str,
    topic: Option<&'a str>,
}

/// How far into a claim's words an account it answers may be named.
const FIRST_WORDS: usize = 20;

/// Every account of someone the words name, in order.
fn named_accounts<'a>(ws: &[&'a str]) -> Vec<Named<'a>> {
    let mut out = Vec::new();
    // Within the first words of what is said: an account named deep in a
    // long sentence ("… based on a subsidiary's share of the company's
    // total assets") is seldom what the sentence answers.
    for (k, w) in ws.iter().enumerate().take(FIRST_WORDS) {
        // The owner right before the noun, or one word before it ("the
        // union's total", "the government's own numbers", "the mp's death
        // toll").
        let owner = (1..=2).find_map(|back| {
            let owner = *ws.get(k.checked_sub(back)?)?;
            owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("’s"))
                .or_else(|| (back == 1 && owner == "official").then_some(owner))
        });
        let Some(owner) = owner else { continue };
        if !ACCOUNTS.contains(w) {
            continue;
        }
        // "for hospital admissions": the last word of the phrase after
        // "for", "of" or "on", before the next joining word.
        let topic = ws
            .get(k + 1)
            .filter(|p| matches!(**p, "for" | "of" | "on"))
            .and_then(|_| {
                ws[k + 2..]
                    .iter()
                    .take(4)
                    .skip_while(|w| matches!(**w, "the" | "a" | "an" | "its" | "their"))
                    .take_while(|w| !is_joining(w))
                    .last()
                    .copied()
            });
        out.push(Named {
            at: k,
            owner,
            noun: w,
            topic,
        });
    }
    out
}

/// Words that end a noun phrase: "the figure for admissions that …".
fn is_joining(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "was"
            | "were"
            | "is"
            | "are"
            | "and"
            | "but"
            | "or"
            | "in"
            | "at"
            | "by"
            | "with"
            | "from"
            | "to"
            | "had"
            | "has"
            | "have"
            | "would"
            | "could"
    )
}

/// The claim of another side than claim `bi`'s whose account an owner's
/// word names, among the earlier ones: the nearest whose claimant is
/// called by the word, else the nearest that speaks for an organisation
/// so called ("Tallis's report" is the firm's before its founder's); for a
/// word of the state ("the government's numbers", "the official figures")
/// or a common noun for an organisation ("the group's figures"), the
/// nearest claimant that is such. With `count`, a claim that gives a figure
/// comes first, one that is not vague before one that is ("hundreds").
fn owner_claim<'r>(
    report: &'r Report,
    memo: &Memo,
    bi: usize,
    named: &Named,
    counted: &[&str],
    restating: &[bool],
) -> Option<&'r Claim> {
    let b = &report.claims[bi];
    let count = is_count(named.noun);
    let owner = match named.owner {
        "minister" => "ministry",
        owner => owner,
    };
    let window = || {
        report.claims[bi.saturating_sub(LOOK_BACK)..bi]
            .iter()
            .rev()
            .filter(|a| a.kind != ClaimKind::Unattributed && !same_side(report, a, b))
    };
    // 2: the claimant is so called; 1: the organisation it speaks for.
    let called = |c: &Claim, words: &[&str]| -> u8 {
        let said = |e: &Entity| {
            e.name
                .split(|c: char| !c.is_alphanumeric())
                .chain(e.role.iter().flat_map(|r| r.split(' ')))
                .any(|w| {
                    let w = w.to_lowercase();
                    let w = if w == "minister" {
                        "ministry".to_string()
                    } else {
                        w
                    };
                    words.iter().any(|x| x.eq_ignore_ascii_case(&w))
                })
        };
        let entity = c
            .claimant
            .as_ref()
            .and_then(|k| k.entity)
            .and_then(|e| report.entity(e));
        if memo.claimant_named(c, words) || entity.is_some_and(said) {
            2
        } else if side_entity(report, c).is_some_and(said) {
            1
        } else {
            0
        }
    };
    let stem = named
        .topic
        .map(|t| t.trim_end_matches('s'))
        .filter(|t| t.len() >= 4);
    // Their own account: "the ministry's figure was based on a survey",
    // said for the ministry.
    if called(b, &[owner]) > 0 {
        return None;
    }
    let official = OFFICIAL.contains(&owner);
    // One service of the state on another's figures is not a dispute
    // between sides.
    if official && called(b, &OFFICIAL) > 0 {
        return None;
    }
    // By the owner's own word (4: the claimant, 3: its organisation), else
    // by its kind: of the state (2, 1), or any organisation (2).
    let rank = |a: &Claim| -> u8 {
        match called(a, &[owner]) {
            2 => 4,
            1 => 3,
            _ if official => called(a, &OFFICIAL),
            _ if BODIES.contains(&owner) => {
                2 * u8::from(side_entity(report, a).is_some_and(|e| {
                    matches!(e.kind, EntityKind::Organization | EntityKind::Unknown)
                }))
            }
            _ => 0,
        }
    };
    // The claims it may name, nearest first, and their ranks.
    let ranked: Vec<(&Claim, u8)> = window()
        .map(|a| (a, rank(a)))
        .filter(|&(_, r)| r > 0)
        .collect();
    let figure = |a: &Claim, measured: bool, vague: bool| {
        !restating[a.id.index()]
            && a.figures.iter().any(|f| {
                f.part_of.is_none() && (vague || !f.vague) && (!measured || disputed_count(f))
            })
    };
    // "the company's figure for admissions": of those it may name, the
    // nearest about admissions, of the highest rank.
    if let Some(t) = stem {
        let about = |a: &Claim| memo.lower(a).contains(t);
        if let Some(&(a, _)) = (1..=4)
            .rev()
            .find_map(|r| ranked.iter().find(|&&(a, k)| k == r && about(a)))
        {
            return Some(a);
        }
    }
    // Named by its own word if any is; then, for a count, one that gives a
    // figure (with what it counts, then any not vague, then any).
    let top = if ranked.iter().any(|&(_, r)| r >= 3) {
        3
    } else {
        1
    };
    // "their count included people who are not hungry", "they are counting
    // the bodies": a figure of what the words say was counted.
    if count {
        let text: &str = &report.text;
        let counts_said = |a: &Claim| {
            !restating[a.id.index()]
                && a.figures.iter().any(|f| {
                    f.part_of.is_none()
                        && f.unit.is_some_and(|u| {
                            let head = u.of(text).rsplit(' ').next().unwrap_or("");
                            let head = head.trim_end_matches('s');
                            head.len() >= 4
                                && counted
                                    .iter()
                                    .any(|w| w.trim_end_matches('s').eq_ignore_ascii_case(head))
                        })
                })
        };
        if let Some(&(a, _)) = (top..=4)
            .rev()
            .find_map(|r| ranked.iter().find(|&&(a, k)| k == r && counts_said(a)))
        {
            return Some(a);
        }
    }
    let tiers: &[(bool, bool)] = if count {
        &[(true, false), (false, false), (false, true)]
    } else {
        &[]
    };
    tiers
        .iter()
        .find_map(|&(measured, vague)| {
            (top..=4).rev().find_map(|r| {
                ranked
                    .iter()
                    .find(|&&(a, k)| k == r && figure(a, measured, vague))
            })
        })
        .or_else(|| {
            (top..=4)
                .rev()
                .find_map(|r| ranked.iter().find(|&&(_, k)| k == r))
        })
        .map(|&(a, _)| a)
}

/// The entity a claim speaks for: its claimant's organisation, else the
/// claimant.
fn side_entity<'r>(report: &'r Report, c: &Claim) -> Option<&'r Entity> {
    let e = report.entity(c.claimant.as_ref()?.entity?)?;
    match e.affiliation.and_then(|a| report.entity(a)) {
        Some(org) => Some(org),
        None => Some(e),
    }
}

/// `name` as an owner: "Kestrel's", "the police'".
fn possessive(name: &str) -> String {
    let mut s = String::from(name);
    s.push_str(possessive_ending(name));
    s
}

/// What a claim's text, as written, holds when it may name someone's
/// account ("the ministry's", "official") or tell of counting.
const MAY_NAME: [&str; 6] = ["'s", "'S", "’s", "’S", "fficial", "FFICIAL"];
const MAY_COUNT: [&str; 4] = ["ount", "OUNT", "nclude", "NCLUDE"];

/// Where, in a report's text, the words that let a claim be read as a
/// rebuttal are: found in one pass, so that claims' contents, which may be
/// long or many and overlap many times over in a paragraph with no
/// sentence end, are neither searched nor lowered one by one. Byte
/// offsets.
struct Marks {
    /// Per word of [`Marks::WORDS`], where it starts.
    at: Vec<Vec<u32>>,
    /// Where "official" starts and no letter or digit follows it.
    official_end: Vec<u32>,
    /// Where a byte is not ASCII or is a double quotation mark: a content
    /// without them is lowered byte for byte.
    unclean: Vec<u32>,
}

impl Marks {
    /// "count", "included", "'s" and "official" in any case, then
    /// [`MAY_NAME`] and [`MAY_COUNT`] as written.
    const LOWERED: usize = 4;
    const OFFICIAL: usize = 3;
    const WORDS: [&'static str; 14] = [
        "count",
        "included",
        "'s",
        "official", //
        MAY_NAME[0],
        MAY_NAME[1],
        MAY_NAME[2],
        MAY_NAME[3],
        MAY_NAME[4],
        MAY_NAME[5], //
        MAY_COUNT[0],
        MAY_COUNT[1],
        MAY_COUNT[2],
        MAY_COUNT[3],
    ];

    /// `None` for a text too long for the offsets.
    fn new(text: &str) -> Option<Marks> {
        u32::try_from(text.len()).ok()?;
        // Per byte, the words that may start with it.
        let mut first = [0u16; 256];
        for (k, w) in Self::WORDS.iter().enumerate() {
            let x = w.as_bytes().first().copied().unwrap_or(0);
            first[x as usize] |= 1 << k;
            if k < Self::LOWERED {
                first[x.to_ascii_uppercase() as usize] |= 1 << k;
            }
        }
        let mut m = Marks {
            at: vec![Vec::new(); Self::WORDS.len()],
            official_end: Vec::new(),
            unclean: Vec::new(),
        };
        let b = text.as_bytes();
        for (i, &x) in b.iter().enumerate() {
            let i32 = i as u32;
            if !x.is_ascii() || x == b'"' {
                m.unclean.push(i32);
            }
            let mut ks = first[x as usize];
            while ks != 0 {
                let k = ks.trailing_zeros() as usize;
                ks &= ks - 1;
                let w = Self::WORDS[k].as_bytes();
                let Some(here) = b.get(i..i + w.len()) else {
                    continue;
                };
                if k < Self::LOWERED && here.eq_ignore_ascii_case(w) || here == w {
                    m.at[k].push(i32);
                    if k == Self::OFFICIAL
                        && !b.get(i + w.len()).is_some_and(u8::is_ascii_alphanumeric)
                    {
                        m.official_end.push(i32);
                    }
                }
            }
        }
        Some(m)
    }

    /// Whether `list` has an offset at or after `from` with `len` bytes
    /// from it ending by `to`.
    fn within(list: &[u32], len: usize, from: usize, to: usize) -> bool {
        let k = list.partition_point(|&p| (p as usize) < from);
        list.get(k).is_some_and(|&p| p as usize + len <= to)
    }

    /// Whether one of the spans holds one of the words `ks` of
    /// [`Marks::WORDS`].
    fn holds(&self, spans: &[Span], ks: std::ops::Range<usize>) -> bool {
        spans.iter().any(|s| {
            ks.clone().any(|k| {
                let len = Self::WORDS[k].len();
                self.at
                    .get(k)
                    .is_some_and(|list| Self::within(list, len, s.start(), s.end()))
            })
        })
    }

    /// Whether the spans hold a word of [`MAY_NAME`] or [`MAY_COUNT`].
    fn may_name_or_count(&self, spans: &[Span]) -> bool {
        self.holds(spans, Self::LOWERED..Self::WORDS.len())
    }

    /// Whether every span is lowered byte for byte.
    fn clean(&self, spans: &[Span]) -> bool {
        spans
            .iter()
            .all(|s| !Self::within(&self.unclean, 1, s.start(), s.end()))
    }

    /// For [`Marks::clean`] spans: whether their lowered text holds a word
    /// of counting or an owner's word, as the check on the lowered text in
    /// [`rebuttals`] reads it.
    fn may_answer(&self, spans: &[Span]) -> bool {
        let n = Self::WORDS[Self::OFFICIAL].len();
        self.holds(spans, 0..Self::OFFICIAL)
            || spans.iter().any(|s| {
                let (from, to) = (s.start(), s.end());
                Self::within(&self.official_end, n, from, to)
                    // "official" at the span's end: the next word is another.
                    || to >= from + n
                        && self.at[Self::OFFICIAL]
                            .binary_search(&((to - n) as u32))
                            .is_ok()
            })
    }
}

/// Finds rebuttals: see the module's comment. `done`: the relations found
/// so far.
pub fn rebuttals(report: &Report, memo: &Memo, done: &[Relation]) -> Vec<Relation> {
    let mut related = vec![false; report.claims.len()];
    // Claims that restate a figure of the claim they answer ("rejected the
    // estimate of 23,000 as speculative"): that figure is not theirs.
    let mut restating = vec![false; report.claims.len()];
    for r in done {
        let Some(from) = r.from.and_then(|f| report.claim(f)) else {
            continue;
        };
        related[from.id.index()] = true;
        if let Some(to) = report.claim(r.to) {
            restating[from.id.index()] |= from
                .figures
                .iter()
                .any(|f| to.figures.iter().any(|g| g.value == f.value));
        }
    }
    let marks = Marks::new(&report.text);
    let mut out = Vec::new();
    for (bi, b) in report.claims.iter().enumerate() {
        if b.kind == ClaimKind::Unattributed || related[bi] {
            continue;
        }
        // Most claims name no one's account and tell of no counting: a
        // look at their text first spares lowering it (claims may overlap
        // many times over in a paragraph with no sentence end).
        let may = match &marks {
            Some(m) => {
                m.may_name_or_count(&b.content)
                    && (!m.clean(&b.content) || m.may_answer(&b.content))
            }
            None => {
                let raw = |words: &[&str]| {
                    b.content
                        .iter()
                        .any(|c| words.iter().any(|w| c.of(&report.text).contains(w)))
                };
                raw(&MAY_NAME) || raw(&MAY_COUNT)
            }
        };
        if !may {
            continue;
        }
        let lc = memo.lower(b);
        // Either reading needs a word of counting or an owner's word
        // ("ministry's", "official"): without them in the lowered text, the
        // words are not looked at.
        let official = lc.match_indices("official").any(|(i, w)| {
            lc.get(i + w.len()..)
                .and_then(|r| r.chars().next())
                .is_none_or(|c| !c.is_alphanumeric())
        });
        if !official
            && !["count", "included", "'s", "’s"]
                .iter()
                .any(|w| lc.contains(w))
        {
            continue;
        }
        // What either reading looks at first lies within the first words:
        // an account named among the first [`FIRST_WORDS`] (with its owner
        // before it and its topic a few words after it), a verb of
        // counting among the first six. A claim with neither is not split
        // further (its content may be long, and claims overlap).
        let mut rest = words(&lc);
        let mut ws: Vec<&str> = Vec::with_capacity(FIRST_WORDS + 6);
        ws.extend(rest.by_ref().take(FIRST_WORDS + 6));
        if named_accounts(&ws).is_empty() && !ws.iter().take(6).any(|w| COUNTING.contains(w)) {
            continue;
        }
        ws.extend(rest);
        if let Some(r) = answers_account(report, memo, &restating, bi, (&lc, &ws)) {
            out.push(r);
        } else if let Some(r) = answers_counting(report, memo, &restating, bi, &ws) {
            out.push(r);
        }
    }
    out
}

/// "the union's figures were exaggerated": a claim that names another
/// side's account and says it is wrong or unfounded.
fn answers_account(
    report: &Report,
    memo: &Memo,
    restating: &[bool],
    bi: usize,
    (lc, ws): (&str, &[&str]),
) -> Option<Relation> {
    if !(lc.contains("'s ") || lc.contains("’s ") || lc.contains("official ")) {
        return None;
    }
    let b = &report.claims[bi];
    let accounts = named_accounts(ws);
    let doubting = b.cue.is_some_and(|c| c.strength == CueStrength::Doubting);
    // Each account is judged by the words from the one before it to the
    // one after it: in "the agency's figure was based on a survey, and the
    // coalition's count included people who are not hungry", only the
    // coalition's is answered.
    let (named, unbacked, a) = accounts.iter().enumerate().find_map(|(i, n)| {
        let from = if i == 0 { 0 } else { accounts[i - 1].at + 1 };
        let to = accounts
            .get(i + 1)
            .map_or(ws.len(), |m| m.at.saturating_sub(2));
        let part = &ws[from..to.max(n.at + 1)];
        let said = part.join(" ");
        let unbacked = evidence_phrase(&said).is_some() || unbacked(&said);
        let against = negated(part)
            || discredits(&said)
            || belittles(&said)
            || says_any(&said, &AGAINST)
            || doubting;
        if !(unbacked || against) || says_any(&said, &VOUCH) && !negated(part) {
            return None;
        }
        let a = owner_claim(
            report,
            memo,
            bi,
            n,
            &part[part.len().min(n.at + 1 - from)..],
            restating,
        )?;
        Some((n, unbacked, a))
    })?;
    let noun = named.noun;
    let (kind, note) = if unbacked {
        (
            RelationKind::NoEvidence,
            format!(
                "{} {} {} {noun} {} nothing behind {}",
                who(report, b),
                verb(report, b, "say"),
                possessive(who(report, a)),
                if noun.ends_with('s') && noun != "analysis" && noun != "statistics" {
                    "have"
                } else {
                    "has"
                },
                if noun.ends_with('s') { "them" } else { "it" }
            ),
        )
    } else {
        (
            RelationKind::Disputes,
            format!(
                "{} {} {} {noun}",
                who(report, b),
                verb(report, b, "dispute"),
                possessive(who(report, a))
            ),
        )
    };
    Some(Relation {
        kind,
        from: Some(b.id),
        to: a.id,
        span: b.content_cover(),
        note,
    })
}

/// "they counted only the patients who finished the trial": a claim that
/// tells how another side counted, and what its count left out or took in
/// wrongly.
fn answers_counting(
    report: &Report,
    memo: &Memo,
    restating: &[bool],
    bi: usize,
    ws: &[&str],
) -> Option<Relation> {
    // The subject and its verb among the first words: "they counted",
    // "the ministry had counted", "the fire service is counting".
    let v = ws.iter().take(6).position(|w| COUNTING.contains(w))?;
    if v == 0 || !ws[v + 1..].iter().take(12).any(|w| MISCOUNT.contains(w)) && !negated(ws) {
        return None;
    }
    let subject: Vec<&str> = ws[..v]
        .iter()
        .copied()
        .filter(|w| {
            !matches!(
                *w,
                "the" | "had" | "has" | "have" | "is" | "are" | "was" | "were" | "been" | "only"
            )
        })
        .collect();
    let b = &report.claims[bi];
    let a = match subject.as_slice() {
        ["they"] => report.claims[bi.saturating_sub(LOOK_BACK)..bi]
            .iter()
            .rev()
            .filter(|a| a.kind != ClaimKind::Unattributed && !same_side(report, a, b))
            .find(|a| {
                a.figures
                    .iter()
                    .any(|f| f.part_of.is_none() && !f.vague && f.kind != FigureKind::Money)
            })?,
        [.., head] if *head != "we" && *head != "i" && *head != "it" => {
            let asked = Named {
                at: v,
                owner: head,
                noun: "count",
                topic: None,
            };
            owner_claim(report, memo, bi, &asked, &ws[v + 1..], restating)?
        }
        _ => return None,
    };
    Some(Relation {
        kind: RelationKind::Disputes,
        from: Some(b.id),
        to: a.id,
        span: b.content_cover(),
        note: format!(
            "{} {} how {} counted",
            who(report, b),
            verb(report, b, "dispute"),
            who(report, a)
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::{words, Marks, MAY_COUNT, MAY_NAME};
    use crate::report::span::Span;

    #[test]
    fn marks_find_what_the_lowered_text_holds() {
        let text = "The Official figures. OFFICIALS counted; the Ministry'S \"data\" officialdom \
                    included é official’s ’S FFICIAL AMOUNT nclude";
        let m = Marks::new(text).unwrap();
        let lowered = |from: usize, to: usize| text[from..to].to_ascii_lowercase();
        for from in 0..text.len() {
            for to in from..=text.len() {
                let Some(span) = Span::new(text, from, to) else {
                    continue;
                };
                let raw = MAY_NAME
                    .iter()
                    .chain(&MAY_COUNT)
                    .any(|w| text[from..to].contains(w));
                assert_eq!(m.may_name_or_count(&[span]), raw, "{:?}", &text[from..to]);
                if !m.clean(&[span]) {
                    assert!(text[from..to].contains(|c: char| c == '"' || !c.is_ascii()));
                    continue;
                }
                let lc = lowered(from, to);
                let official = lc.match_indices("official").any(|(i, w)| {
                    lc[i + w.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
                });
                let holds = official || ["count", "included", "'s"].iter().any(|w| lc.contains(w));
                assert_eq!(m.may_answer(&[span]), holds, "{lc:?}");
            }
        }
    }

    #[test]
    fn words_are_the_runs_of_letters_digits_and_apostrophes() {
        for lc in [
            "",
            "'",
            " ’ ",
            "the ministry's figures",
            "it's ’the’ ministry’s  ''x'' é́ ünï ﬁ 3,000 — a.b '''' ’ done'",
            "«x» 'quoted' they counted—only",
        ] {
            let split: Vec<&str> = lc
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words(lc).collect::<Vec<_>>(), split, "{lc}");
        }
    }
}
