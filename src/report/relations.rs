//! Relations between claims: disputed figures and claims said to lack evidence.

use super::figures::{ON_BOARD, STILL_HELD};
use super::lexicon::{has, is_function_word, whole_words};
use super::model::*;
use super::rebuttals::ACCOUNTS;
use super::span::Span;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;

/// How many neighbouring claims a claim is compared with: disputes are
/// stated near what they dispute, and a long report stays linear.
pub(super) const LOOK_BACK: usize = 60;

/// Words saying a count is wrong in one direction.
pub(super) const COMPARATIVES: &[&str] = &[
    "higher",
    "lower",
    "greater",
    "far more",
    "much more",
    "many more",
    "underestimated",
    "understated",
    "undercounted",
    "underreported",
    "inflated",
    "exaggerated",
    "overstated",
];

/// The share of voters who voted.
const TURNOUT: &str = "turnout";

/// The measures that measure_phrase names: counts people dispute.
pub(super) const MEASURES: &[&str] = &["deaths", "injuries", "arrests", STILL_HELD];

/// Words naming a count: "the number of people killed", "the death toll".
/// `l` is in lower case.
pub(super) fn measure_phrase(l: &str) -> Option<&'static str> {
    // The words of the measure lexicon, one measure whatever the word.
    let names = |m: &str| {
        super::lexicon::MEASURE_WORDS
            .iter()
            .find(|(k, _)| *k == m)
            .is_some_and(|(_, words)| words.iter().any(|w| has(l, w)))
    };
    // Words that name a count of any measure, each looked for once.
    let number = has(l, "number of") || has(l, "figure");
    if (number || has(l, "toll") || has(l, "count"))
        && (names("deaths") || has(l, "lost their lives"))
    {
        return Some("deaths");
    }
    if number && names("injuries") {
        return Some("injuries");
    }
    if number && names("arrests") {
        return Some("arrests");
    }
    None
}

pub(super) fn interval(text: &str, f: &Figure) -> (f64, f64) {
    let v = f.value;
    // "hundreds", "tens of thousands": any count up to ten times the scale.
    let plural_scale = f.span.of(text).split_whitespace().any(|w| {
        ["dozens", "hundreds", "thousands", "millions", "billions"]
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s))
    });
    if plural_scale {
        return (v, v * 10.0);
    }
    // "between 200 and 225", "40 or 45": from the least to the most.
    let top = f
        .alternatives
        .iter()
        .copied()
        .chain(f.high)
        .fold(v, f64::max);
    let v = f.alternatives.iter().copied().fold(v, f64::min);
    match f.qualifier {
        Qualifier::Exact => (v, top),
        Qualifier::MoreThan => (v + f64::EPSILON, f64::INFINITY),
        Qualifier::AtLeast => (v, f64::INFINITY),
        Qualifier::LessThan => (f64::NEG_INFINITY, top - f64::EPSILON),
        // "as many as 60", "up to 60": the speaker's estimate at its top,
        // not a bound ("no more than 60", "at most 60").
        Qualifier::AtMost if estimate_at_top(text, f) => (v * 0.9, top),
        Qualifier::AtMost => (f64::NEG_INFINITY, top),
        // "about 400": a round figure, within a tenth of it.
        Qualifier::Approximately => (v * 0.9, top * 1.1),
    }
}

/// Whether an upper figure is an estimate at its top ("as many as 60
/// people could still be under the mud", "up to 300 died") rather than a
/// bound that any lower count meets ("no more than 48 percent").
fn estimate_at_top(text: &str, f: &Figure) -> bool {
    let w: Vec<&str> = f.span.of(text).split_whitespace().take(3).collect();
    let is = |k: usize, x: &str| w.get(k).is_some_and(|y| y.eq_ignore_ascii_case(x));
    is(0, "as") && (is(1, "many") || is(1, "much")) && is(2, "as") || is(0, "up") && is(1, "to")
}

/// Whether two claims speak for the same side: the same entity, or one
/// speaks for the other (an NGO and "the NGO's researcher").
/// A claim's content fragments joined by spaces and lowercased, for the
/// phrase tests of disputes ("all civilians", "the number … is higher").
/// Double quotation marks are left out, so that a phrase reads the same
/// quoted in part or not: `the minister's numbers "assume …"`; curly
/// apostrophes are plain ones.
pub(super) fn content_lower(text: &str, c: &Claim) -> String {
    let mut out = String::with_capacity(c.content.iter().map(|s| s.len() + 1).sum());
    for (i, s) in c.content.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let piece = s.of(text);
        // A piece in ASCII, nearly every one, is copied and lowered whole.
        if piece.is_ascii() {
            let from = out.len();
            piece.split('"').for_each(|part| out.push_str(part));
            if let Some(added) = out.get_mut(from..) {
                added.make_ascii_lowercase();
            }
            continue;
        }
        // Else character by character, as `char::to_lowercase` does (not
        // `str::to_lowercase`, which ends a word's sigma differently).
        for ch in piece.chars() {
            if ch.is_ascii() {
                if ch != '"' {
                    out.push(ch.to_ascii_lowercase());
                }
            } else if matches!(ch, '’' | '‘') {
                // "isn’t", "the ministry’s": read as their plain forms.
                out.push('\'');
            } else if !matches!(ch, '“' | '”') {
                out.extend(ch.to_lowercase());
            }
        }
    }
    out
}

/// What the comparisons ask of a claim again and again, worked out once:
/// its content in lower case, the words its claimant is named by, and how
/// it characterises those it counts. Each claim is compared with up to
/// [`LOOK_BACK`] neighbours; building these strings at every comparison
/// made a paragraph of short disputed counts cost sixty times its reading.
/// One is made per report and shared by [`disputes`], [`denials`] and
/// [`no_evidence`].
pub(super) struct Memo<'r> {
    report: &'r Report,
    lower: Vec<OnceCell<String>>,
    /// The words of [`Memo::claimant_named`], each followed by a space.
    names: Vec<OnceCell<String>>,
    character: Vec<OnceCell<Option<Character>>>,
    facts: Vec<OnceCell<Vec<Facts>>>,
    /// Where in the text a word that tells the dead's character may start
    /// ([`character_starts`]), in order; found only where the claims'
    /// contents, read each on its own, would come to more than the text.
    character_starts: Option<Vec<usize>>,
    /// Each claim's side ([`side`]), for the [`same_side`] tests of every
    /// claim against its neighbours.
    sides: Vec<Option<Option<EntityId>>>,
}

impl<'r> Memo<'r> {
    pub(super) fn new(report: &'r Report) -> Self {
        let n = report.claims.len();
        Memo {
            report,
            lower: (0..n).map(|_| OnceCell::new()).collect(),
            names: (0..n).map(|_| OnceCell::new()).collect(),
            character: (0..n).map(|_| OnceCell::new()).collect(),
            facts: (0..n).map(|_| OnceCell::new()).collect(),
            character_starts: {
                let content: usize = report
                    .claims
                    .iter()
                    .flat_map(|c| &c.content)
                    .map(|s| s.len())
                    .sum();
                (content > report.text.len()).then(|| character_starts(&report.text))
            },
            sides: report.claims.iter().map(|c| side(report, c)).collect(),
        }
    }

    /// [`same_side`], from the sides worked out once.
    fn same_side(&self, a: &Claim, b: &Claim) -> bool {
        match (self.sides.get(a.id.index()), self.sides.get(b.id.index())) {
            (Some(&x), Some(&y)) => sides_match(x, y),
            _ => same_side(self.report, a, b),
        }
    }

    /// Whether `c`'s content may hold a word that [`character_in`] reads:
    /// a word of it starts at one of [`character_starts`], or a piece of
    /// it starts inside a word that does. Claims overlap, and reading the
    /// content of each again cost more than all the rest of a long
    /// sentence of claims. Content not all in ASCII, or of a report whose
    /// claims overlap little, is read itself.
    fn may_tell(&self, c: &Claim) -> bool {
        let text: &str = &self.report.text;
        let starts = match &self.character_starts {
            Some(starts) if c.content.iter().all(|s| s.of(text).is_ascii()) => starts,
            _ => return may_tell_character(&self.lower(c)),
        };
        c.content.iter().any(|s| {
            let k = starts.partition_point(|&p| p < s.start());
            // The first word, which may be cut out of a longer one.
            let quotes = s.of(text).bytes().take_while(|&b| b == b'"').count();
            starts.get(k).is_some_and(|&p| p < s.end())
                || key_at(text.as_bytes(), s.start() + quotes)
        })
    }

    /// [`content_lower`] of `c`.
    pub(super) fn lower(&self, c: &Claim) -> Cow<'_, str> {
        let make = || content_lower(&self.report.text, c);
        match self.lower.get(c.id.index()) {
            Some(cell) => Cow::Borrowed(cell.get_or_init(make)),
            None => Cow::Owned(make()),
        }
    }

    /// Whether one of the `named` words (see [`named_words`]) is a word of
    /// the claimant's name or of one of its other names ("The TPLF" for the
    /// Tigray People's Liberation Front).
    pub(super) fn claimant_named(&self, c: &Claim, named: &[&str]) -> bool {
        if named.is_empty() {
            return false;
        }
        // One string for all the words, so that a window of comparisons
        // does not make and free one per word.
        let make = || {
            let report = self.report;
            let mut words = String::new();
            let mut add = |n: &str| {
                for w in named_words(n) {
                    words.push_str(w);
                    words.push(' ');
                }
            };
            if let Some(n) = report.claimant_name(c) {
                add(&n);
            }
            let entity = c.claimant.as_ref().and_then(|w| w.entity);
            if let Some(e) = entity.and_then(|e| report.entity(e)) {
                e.aliases.iter().for_each(|a| add(a));
            }
            words
        };
        // Split as bytes: the words are ASCII spaces apart, and the empty
        // piece after the last space is no named word.
        let says = |words: &str| {
            words
                .as_bytes()
                .split(|&b| b == b' ')
                .any(|w| named.iter().any(|x| x.as_bytes().eq_ignore_ascii_case(w)))
        };
        match self.names.get(c.id.index()) {
            Some(cell) => says(cell.get_or_init(make)),
            None => says(&make()),
        }
    }

    /// What the comparisons of figures read of `c`'s figure `f`, worked
    /// out for all its figures at once.
    fn facts(&self, c: &Claim, f: &Figure) -> Cow<'_, Facts> {
        let text: &str = &self.report.text;
        let Some(cell) = self.facts.get(c.id.index()) else {
            return Cow::Owned(Facts::of(text, c, f));
        };
        let all = cell.get_or_init(|| c.figures.iter().map(|g| Facts::of(text, c, g)).collect());
        c.figures
            .iter()
            .position(|g| std::ptr::eq(g, f))
            .and_then(|k| all.get(k))
            .map_or_else(|| Cow::Owned(Facts::of(text, c, f)), Cow::Borrowed)
    }

    /// How `c` characterises those its figure `f` counts: by the counted
    /// noun ("22 militants") or by a phrase of its content ("40 killed, all
    /// civilians").
    fn character(&self, c: &Claim, f: &Figure) -> Option<Character> {
        let text: &str = &self.report.text;
        if let Some(u) = f.unit {
            let head = u.of(text).rsplit(' ').next().unwrap_or("");
            let head = if head.chars().any(char::is_uppercase) {
                Cow::Owned(head.to_lowercase())
            } else {
                Cow::Borrowed(head)
            };
            if let Some(ch) = Character::of_word(&head) {
                return Some(ch);
            }
        }
        self.told(c)
    }

    /// How `c`'s content characterises those it tells of
    /// ([`content_character`]).
    fn told(&self, c: &Claim) -> Option<Character> {
        let make = || {
            self.may_tell(c)
                .then(|| content_character(&self.lower(c)))
                .flatten()
        };
        match self.character.get(c.id.index()) {
            Some(cell) => *cell.get_or_init(make),
            None => make(),
        }
    }
}

/// What a figure's comparisons read of it: the values it allows
/// ([`interval`]), whether it is told of a part ([`local`]), whether it
/// counts some of a group ([`of_a_group`]), whether it is denied
/// ([`denied_figure`]) and its counted noun ([`unit_noun`]).
#[derive(Clone)]
struct Facts {
    interval: (f64, f64),
    local: bool,
    group: bool,
    denied: bool,
    noun: Option<Rc<str>>,
}

impl Facts {
    fn of(text: &str, c: &Claim, f: &Figure) -> Facts {
        Facts {
            interval: interval(text, f),
            local: local(text, c, f),
            group: of_a_group(text, f),
            denied: denied_figure(text, f),
            // "the number of jobs lost would be close to 2,000" counts
            // jobs; "the worst 20 CEOs" counts something else.
            noun: unit_noun(text, f)
                .or_else(|| {
                    let next = text.get(f.span.end()..).unwrap_or("").trim_start();
                    (f.measure.as_deref() == Some("jobs") && !next.starts_with(char::is_uppercase))
                        .then(|| "job".to_string())
                })
                .map(Rc::from),
        }
    }

    fn clashes(&self, other: &Facts) -> bool {
        let ((a0, a1), (b0, b1)) = (self.interval, other.interval);
        a1 < b0 || b1 < a0
    }
}

pub(super) fn same_side(report: &Report, a: &Claim, b: &Claim) -> bool {
    sides_match(side(report, a), side(report, b))
}

/// The side a claim speaks for: none when it has no claimant; else the
/// entity its claimant speaks for (its affiliation, else itself), when
/// the claimant is one.
fn side(report: &Report, c: &Claim) -> Option<Option<EntityId>> {
    let claimant = c.claimant.as_ref()?;
    Some(
        claimant
            .entity
            .map(|e| report.entity(e).and_then(|en| en.affiliation).unwrap_or(e)),
    )
}

/// [`same_side`] of two claims' [`side`]s: claims of no one are of one
/// side, and claimants of one entity.
fn sides_match(a: Option<Option<EntityId>>, b: Option<Option<EntityId>>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.is_some() && x == y,
        (None, None) => true,
        _ => false,
    }
}

/// The claimant's name for a note ([`Report::claimant_label`]), "the
/// report" for a claim of no one's.
pub(super) fn who<'r>(report: &'r Report, c: &Claim) -> &'r str {
    report.claimant_label(c).unwrap_or("the report")
}

/// A note's words joined: one string of the right size, where `format!`
/// costs several times the copying, and a paragraph of disputed counts
/// has a note for each of thousands of relations.
fn note(pieces: &[&str]) -> String {
    let mut s = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    pieces.iter().for_each(|p| s.push_str(p));
    s
}

/// The verb for a claimant: "Officials say", "the minister says".
pub(super) fn verb(report: &Report, c: &Claim, plural: &str) -> String {
    note(&[plural, verb_ending(report, c)])
}

/// The ending of a verb in the present for a claimant ([`verb`]): "s" for
/// one, none for many.
fn verb_ending(report: &Report, c: &Claim) -> &'static str {
    let singular = c
        .claimant
        .as_ref()
        .and_then(|k| k.entity)
        .and_then(|e| report.entity(e))
        .is_some_and(|e| {
            // The head noun, before a place: "aid workers on the ground".
            let head = e
                .name
                .split(' ')
                .take_while(|w| !matches!(*w, "in" | "at" | "on" | "of" | "from" | "near"))
                .last()
                .unwrap_or("");
            let plural_head = head.starts_with(|ch: char| ch.is_lowercase())
                && head.ends_with('s')
                && !head.ends_with("ss");
            e.kind != EntityKind::Group && !plural_head
        });
    if singular {
        "s"
    } else {
        ""
    }
}

/// The mark that makes `name` a possessive: "Police'", "the ministry's".
pub(super) fn possessive_ending(name: &str) -> &'static str {
    if name.ends_with('s') {
        "'"
    } else {
        "'s"
    }
}

/// Figures that count "the number", "the toll" or "the figure" without
/// naming what is counted take the measure of the nearest earlier counted
/// figure: "Police said 45 people were detained; activists put the number
/// at 300" makes both counts of arrests.
#[inline(never)]
pub fn measures_by_reference(report: &mut Report) {
    const BACK: usize = 12;
    let text: &str = &report.text;
    for i in 0..report.claims.len() {
        // Not "the number of people in need at 1.2 million", which names
        // what it counts.
        let refers = |c: &Claim| {
            c.content.iter().any(|s| {
                // A noun after a determiner, maybe with one word between:
                // "the number", "the true number"; not the verb in "we
                // count the bodies".
                let mut words = s
                    .of(text)
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .peekable();
                let determiner = |w: &str| {
                    ["the", "that", "this", "its", "their", "our", "his", "her"]
                        .iter()
                        .any(|d| w.eq_ignore_ascii_case(d))
                };
                let (mut back1, mut back2) = ("", "");
                while let Some(x) = words.next() {
                    let reference = ["number", "toll", "figure", "total", "tally", "count"]
                        .iter()
                        .any(|w| x.eq_ignore_ascii_case(w));
                    if reference
                        && (determiner(back1) || determiner(back2))
                        && words.peek().is_none_or(|n| !n.eq_ignore_ascii_case("of"))
                    {
                        return true;
                    }
                    (back2, back1) = (back1, x);
                }
                false
            })
        };
        let needs = report.claims[i]
            .figures
            .iter()
            .any(|f| f.measure.is_none() && f.part_of.is_none() && f.unit.is_none());
        if !needs || !refers(&report.claims[i]) {
            continue;
        }
        let Some(m) = report.claims[i.saturating_sub(BACK)..i]
            .iter()
            .rev()
            .flat_map(|c| c.figures.iter().rev())
            .find_map(|f| {
                f.measure
                    .as_deref()
                    .filter(|m| {
                        matches!(
                            *m,
                            "deaths"
                                | "injuries"
                                | "arrests"
                                | DISPLACED
                                | "missing people"
                                | "population"
                        )
                    })
                    .map(str::to_string)
            })
        else {
            continue;
        };
        for f in &mut report.claims[i].figures {
            if f.measure.is_none() && f.part_of.is_none() && f.unit.is_none() {
                f.measure = Some(m.clone());
            }
        }
    }
}

/// A bare figure ("the study says at least 575,000") counts what the words
/// before it in its sentence, or else the sentence before it in the same
/// paragraph, name: "Heat killed thousands across the region. Over the
/// decade, the study says at least 575,000" counts deaths.
#[inline(never)]
pub fn measures_from_context(report: &mut Report) {
    let text: &str = &report.text;
    let bare = |f: &Figure| {
        f.measure.is_none()
            && f.unit.is_none()
            && f.part_of.is_none()
            && f.kind == FigureKind::Count
    };
    // Not a word of a name: "the Office for Displaced Persons put it at".
    let named = |s: &str| -> Option<&'static str> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            .filter_map(|w| super::lexicon::measure_word(&w.to_ascii_lowercase()))
            .min_by_key(|m| m.0)
            .map(|m| m.1)
    };
    for c in report.claims.iter_mut() {
        let Some(first) = c.figures.iter().find(|f| bare(f)).map(|f| f.span.start()) else {
            continue;
        };
        let here = text.get(c.sentence.start()..first).unwrap_or("");
        let si = report
            .sentences
            .partition_point(|s| s.end() <= c.sentence.start());
        let before = si
            .checked_sub(1)
            .and_then(|p| report.sentences.get(p))
            .filter(|p| {
                // In the same paragraph.
                let para = report
                    .paragraphs
                    .partition_point(|x| x.end() <= c.sentence.start());
                report
                    .paragraphs
                    .get(para)
                    .is_some_and(|x| x.start() <= p.start())
            });
        // "the number of people in need at 1.2 million" names what it
        // counts, in words no measure has: nothing borrowed from before.
        let names_own = here
            .to_ascii_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| matches!(w[0], "number" | "count" | "total" | "numbers") && w[1] == "of");
        let borrowed = || {
            before
                .filter(|_| !names_own)
                .and_then(|p| named(p.of(text)))
        };
        let Some(m) = named(here).or_else(borrowed) else {
            continue;
        };
        for f in c.figures.iter_mut().filter(|f| bare(f)) {
            f.measure = Some(m.to_string());
        }
    }
}

/// "the number", "that figure", "the real toll": a count named only by
/// reference to one given before. `lc` is in lower case.
pub(super) fn by_reference(lc: &str) -> bool {
    let words: Vec<&str> = words(lc, false).collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "number" | "figure" | "toll" | "count")
            && match i.checked_sub(1).map(|k| words[k]) {
                Some("the" | "that" | "this") => true,
                // "the real number", "the official figure", "the turnout
                // figure"; not "the higher figure", which is sized, not
                // restated (see [`disputes`]).
                Some(w) => {
                    !w.ends_with("er")
                        && !w.ends_with("est")
                        && i >= 2
                        && matches!(words[i - 2], "the" | "that" | "this")
                }
                _ => false,
            }
    })
}

/// Finds `disputes` relations. `count_nouns`: where the words naming a count
/// start, in order (see [`super::lexicon::COUNT_NOUN`]).
#[inline(never)]
pub fn disputes(report: &Report, memo: &Memo, count_nouns: &[usize]) -> Vec<Relation> {
    let text: &str = &report.text;
    let mut out = Vec::new();
    for (bi, b) in report.claims.iter().enumerate() {
        if b.kind == ClaimKind::Unattributed {
            continue;
        }
        // A comparative about a measure: "the number of people killed is higher".
        // Every phrase naming a count has one of these words.
        let names_count = b.content.iter().any(|s| {
            let k = count_nouns.partition_point(|&p| p < s.start());
            count_nouns.get(k).is_some_and(|&p| p < s.end())
        });
        let lc = if names_count {
            memo.lower(b)
        } else {
            Cow::Borrowed("")
        };
        // "the number is much lower": a count named only by reference is
        // the one the nearest earlier claim of another claimant gave.
        let referring = || {
            report.claims[bi.saturating_sub(LOOK_BACK)..bi]
                .iter()
                .rev()
                .filter(|a| !memo.same_side(a, b) && a.kind != ClaimKind::Unattributed)
                .find_map(|a| {
                    a.figures
                        .iter()
                        .find(|f| f.part_of.is_none())
                        .and_then(|f| f.measure.as_deref())
                })
        };
        let measure = measure_phrase(&lc).or_else(|| {
            if !by_reference(&lc) {
                return None;
            }
            comparative_in(&lc)?;
            // "the turnout figure" names its measure.
            let m = if says_any(&lc, &[TURNOUT]) {
                TURNOUT
            } else {
                referring()?
            };
            // Only the counts that disputes are about, and turnout.
            MEASURES.iter().copied().chain([TURNOUT]).find(|k| *k == m)
        });
        if let (Some(m), Some(cmp)) = (measure, measure.and_then(|_| comparative_in(&lc))) {
            // The nearest earlier claim of another claimant with a figure on it.
            let target = report.claims[bi.saturating_sub(LOOK_BACK)..bi]
                .iter()
                .rev()
                .chain(report.claims[bi + 1..].iter().take(LOOK_BACK))
                .find(|a| {
                    !memo.same_side(a, b)
                        && a.kind != ClaimKind::Unattributed
                        && a.figures.iter().any(|f| {
                            f.part_of.is_none()
                                && (f.kind == FigureKind::Count
                                    || f.kind == FigureKind::Percent && m == TURNOUT)
                                && f.measure.as_deref() == Some(m)
                        })
                });
            if let Some(a) = target {
                let fig = overall_figure(text, a, |f| f.measure.as_deref() == Some(m));
                out.push(Relation {
                    kind: RelationKind::Disputes,
                    from: Some(b.id),
                    to: a.id,
                    span: b.content_cover(),
                    note: {
                        // "underestimated", "inflated": said of the figure
                        // itself.
                        let against = if cmp.ends_with("er") || cmp.contains("more") {
                            " than "
                        } else {
                            ", against "
                        };
                        let (wb, wa) = (who(report, b), who(report, a));
                        note(&[
                            wb,
                            " say",
                            verb_ending(report, b),
                            " the ",
                            m,
                            " figure is ",
                            cmp,
                            against,
                            wa,
                            possessive_ending(wa),
                            " ",
                            &fig,
                        ])
                    },
                });
                continue;
            }
        }
        // "The government has disputed the commission's figures": a doubt
        // about a count given earlier, named but not restated.
        // So is a count said to be false: "said the ministry's figure was
        // not credible".
        let doubting = || {
            b.cue.is_some_and(|c| c.strength == CueStrength::Doubting)
                || discredits(&lc)
                || belittles(&lc)
                || characterises(&lc)
        };
        // Not when the same speaker gives a count of their own in the
        // sentence ("disputed the figures, saying only 40 had died"): that
        // count is the dispute.
        let own_count = || {
            report.claims[bi.saturating_sub(LOOK_BACK)..(bi + LOOK_BACK).min(report.claims.len())]
                .iter()
                .any(|c| {
                    c.id != b.id
                        && c.sentence == b.sentence
                        && memo.same_side(c, b)
                        && !c.figures.is_empty()
                })
        };
        // "rejected the higher figure" names the count it rejects, even
        // beside a count of the speaker's own.
        let sized = || {
            [
                "higher", "highest", "larger", "bigger", "lower", "lowest", "smaller",
            ]
            .iter()
            .any(|w| {
                lc.match_indices(w).any(|(i, _)| {
                    [" figure", " toll", " number", " estimate"]
                        .iter()
                        .any(|n| lc[i + w.len()..].starts_with(n))
                })
            })
        };
        // "Our own count is certainly too low": a doubt about the speaker's
        // own count disputes nobody.
        let of_own = || {
            says_any(
                &lc,
                &[
                    "our own",
                    "our count",
                    "our figure",
                    "our figures",
                    "our estimate",
                    "our numbers",
                    "its own count",
                    "its own figure",
                    "its own figures",
                ],
            )
        };
        // It restates no count of its own ("the figures were weeks out
        // of date, and three villages had no water" may tell of villages).
        if names_count
            && !b.figures.iter().any(disputed_count)
            && doubting()
            && (sized() || !own_count())
            && !of_own()
        {
            // In the content's own case, so that an acronym counts: "the
            // CLO's figures".
            let cased = b
                .content
                .iter()
                .map(|s| s.of(text))
                .collect::<Vec<_>>()
                .join(" ");
            let named = named_words(&cased);
            let candidates = || {
                report.claims[bi.saturating_sub(LOOK_BACK)..bi]
                    .iter()
                    .rev()
                    .filter(|a| !memo.same_side(a, b) && a.kind != ClaimKind::Unattributed)
                    .filter(|a| a.figures.iter().any(disputed_count))
            };
            // "rejected the higher figure": the claim with the highest
            // count; "the lower figure": the lowest.
            let top = |a: &&Claim| {
                a.figures
                    .iter()
                    .filter(|f| f.part_of.is_none() && f.measure.is_some())
                    .map(|f| f.high.unwrap_or(f.value))
                    .fold(f64::NEG_INFINITY, f64::max)
            };
            let words: Vec<&str> = words(&lc, false).collect();
            let before_count = |adj: &[&str]| {
                words.windows(2).any(|w| {
                    adj.contains(&w[0])
                        && matches!(
                            w[1],
                            "figure"
                                | "figures"
                                | "number"
                                | "numbers"
                                | "toll"
                                | "count"
                                | "estimate"
                                | "estimates"
                                | "tally"
                        )
                })
            };
            let by_size = if before_count(&[
                "higher", "highest", "larger", "largest", "bigger", "biggest",
            ]) {
                candidates().max_by(|x, y| top(x).total_cmp(&top(y)))
            } else if before_count(&["lower", "lowest", "smaller", "smallest"]) {
                candidates().min_by(|x, y| top(x).total_cmp(&top(y)))
            } else {
                None
            };
            // The one whose count it names ("the commission's figures"),
            // else the nearest; of that claimant's counts, the weightiest
            // ("the ministry's figure" after a death toll and a count of
            // injured officers is the death toll).
            let rank = |a: &&Claim| {
                a.figures
                    .iter()
                    .filter_map(|f| {
                        // Those held now rank as the arrested.
                        let m = match f.measure.as_deref() {
                            Some(STILL_HELD) => Some("arrests"),
                            m => m,
                        };
                        MEASURES.iter().position(|x| Some(*x) == m)
                    })
                    .min()
                    .unwrap_or(MEASURES.len())
            };
            // Of counts alike, the one given first: "the report was wrong
            // on the numbers" is about its headline count.
            let weightiest = |first: &Claim| {
                candidates()
                    .filter(|a| memo.same_side(a, first))
                    .min_by_key(|a| (rank(a), a.id.index()))
            };
            // "the minister's figure": the claim of the one so named or so
            // described, whatever it counts ("about $1.2 billion a year").
            let possessor: Vec<&str> = lc
                .split_whitespace()
                .take(4)
                .filter_map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")))
                .filter(|w| w.len() >= 4)
                .collect();
            // Whether a name or role holds one of the possessor's words.
            let possessed = |s: &str| {
                s.split(|c: char| !c.is_alphanumeric())
                    .any(|w| possessor.iter().any(|p| p.eq_ignore_ascii_case(w)))
            };
            let described = |a: &Claim| {
                let e = a.claimant.as_ref().and_then(|c| c.entity);
                e.and_then(|e| report.entity(e))
                    .is_some_and(|e| possessed(&e.name) || e.role.as_deref().is_some_and(possessed))
            };
            // Of the claims of the one so described, the weightiest count,
            // else the first with a figure: "the charity's death toll" is
            // its count of the dead, "the minister's figure" her headline
            // sum, not a share she gave later of something else.
            let owned = || {
                let window = || {
                    report.claims[bi.saturating_sub(LOOK_BACK)..bi]
                        .iter()
                        .filter(|a| !memo.same_side(a, b) && a.kind != ClaimKind::Unattributed)
                        .filter(|a| a.figures.iter().any(|f| f.part_of.is_none()))
                };
                let owner = window()
                    .rev()
                    .find(|a| !possessor.is_empty() && described(a))?;
                // "the governor's figure for insured losses": the claim of
                // hers that tells of them.
                let topic = topic_of(&lc);
                let told = |a: &&Claim| {
                    !topic.is_empty()
                        && topic
                            .iter()
                            .all(|w| whole_words(&memo.lower(a), w).next().is_some())
                };
                window()
                    .filter(|a| memo.same_side(a, owner))
                    .min_by_key(|a| (!told(a), rank(a), a.id.index()))
            };
            // "the ministry's figures were not out of date", in the
            // ministry's own mouth, answers whoever said they were: a
            // denial (see [`denials`]), not a dispute of another's count.
            let own_side = !possessor.is_empty() && {
                let entity = b.claimant.as_ref().and_then(|c| c.entity);
                let side = entity
                    .and_then(|e| report.entity(e))
                    .and_then(|e| e.affiliation)
                    .and_then(|a| report.entity(a));
                described(b) || side.is_some_and(|e| possessed(&e.name))
            };
            // "the coalition's figure of 18,000 tonnes counted only …":
            // the claim that gave the figure restated.
            let restated = || {
                report.claims[bi.saturating_sub(LOOK_BACK)..bi]
                    .iter()
                    .rev()
                    .filter(|a| !memo.same_side(a, b) && a.kind != ClaimKind::Unattributed)
                    .find(|a| {
                        a.figures.iter().any(|fa| {
                            fa.part_of.is_none()
                                && b.figures
                                    .iter()
                                    .any(|fb| fb.value == fa.value && same_unit(text, fa, fb))
                        })
                    })
            };
            let target = by_size
                .or_else(restated)
                .or_else(|| {
                    candidates()
                        .find(|a| memo.claimant_named(a, &named))
                        .and_then(weightiest)
                })
                .or_else(owned)
                .or_else(|| candidates().next().and_then(weightiest))
                .filter(|_| !own_side);
            if let Some(first) = target {
                // "rejected the CLO's figures": every count of that side
                // on a measure of its own (its arrests and its injured),
                // not only the weightiest.
                // Only figures so owned: "wrong on the numbers" is about
                // the headline count.
                let owned_ref = lc
                    .split_whitespace()
                    .take(4)
                    .any(|w| w.ends_with("'s") || w.ends_with("’s"));
                let plural = by_size.is_none()
                    && owned_ref
                    && words.iter().any(|w| {
                        matches!(
                            *w,
                            "figures"
                                | "numbers"
                                | "estimates"
                                | "counts"
                                | "statistics"
                                | "tallies"
                        )
                    });
                let mut targets = vec![first];
                if plural {
                    // Each claim's measures: "it had documented 11 deaths,
                    // and that at least 90 people were detained" is the
                    // side's count of the detained, even after an earlier
                    // count of the dead.
                    let measures = |c: &Claim| -> Vec<String> {
                        c.figures
                            .iter()
                            .filter(|f| disputed_count(f))
                            .filter_map(|f| f.measure.clone())
                            .collect()
                    };
                    let mut seen: Vec<String> = measures(first);
                    let mut more: Vec<&Claim> = candidates()
                        .filter(|c| c.id != first.id && memo.same_side(c, first))
                        .collect();
                    more.reverse();
                    for c in more {
                        let ms = measures(c);
                        if ms.iter().any(|m| !seen.contains(m)) {
                            seen.extend(ms);
                            targets.push(c);
                        }
                    }
                    targets.sort_by_key(|c| c.id.index());
                }
                for a in targets {
                    // A count on a measure, else the largest sum it gave.
                    let mut fig = overall_figure(text, a, |f| f.measure.is_some());
                    if fig.is_empty() {
                        fig = overall_figure(text, a, |_| true);
                    }
                    out.push(Relation {
                        kind: RelationKind::Disputes,
                        from: Some(b.id),
                        to: a.id,
                        span: b.content_cover(),
                        note: {
                            let (wb, wa) = (who(report, b), who(report, a));
                            note(&[
                                wb,
                                " dispute",
                                verb_ending(report, b),
                                " ",
                                wa,
                                possessive_ending(wa),
                                " ",
                                &fig,
                            ])
                        },
                    });
                }
                continue;
            }
        }
        // Incompatible figures on the same measure from different claimants.
        // Counts, not shares: "9 percent of the deaths" is no death toll.
        let counted = |f: &Figure| {
            f.part_of.is_none()
                && (f.kind == FigureKind::Count
                    && matches!(
                        f.measure.as_deref(),
                        Some(
                            "deaths"
                                | "injuries"
                                | "arrests"
                                | STILL_HELD
                                | "missing people"
                                | DISPLACED
                                | ON_BOARD
                                | "shots"
                                | "jobs"
                                // The damage of a disaster: land burned
                                // or flooded, homes destroyed.
                                | "hectares"
                                | "acres"
                                | "homes"
                                | "houses"
                                | "population"
                        )
                    )
                    || f.measure.as_deref() == Some(VOTE_SHARE)
                    // Turnout, whose count has no date to it; a rate of
                    // unemployment or inflation is often a goal ("would get
                    // it down to 6 percent") or of another month.
                    || f.kind == FigureKind::Percent && f.measure.as_deref() == Some(TURNOUT))
        };
        // A sum or count cut down to a bound, against a larger one of the
        // other side: "investigators traced no more than $310,000 to her
        // client" after "he had taken at least $4.2 million".
        if let Some(rel) = limited(report, bi) {
            out.push(rel);
            continue;
        }
        // Sums of money on the same thing: "the shortfall would be about
        // 212 million florins" against "a deficit of 84 million florins".
        if let Some(rel) = sums_on_one_topic(report, bi) {
            out.push(rel);
            continue;
        }
        // "the city owed Corvane nothing" against "the city owed it 58
        // million florins".
        if let Some(rel) = nothing_against(report, memo, bi) {
            out.push(rel);
            continue;
        }
        // "denied hundreds of people remained in police cells": the count
        // is the one denied, not the speaker's own.
        let denied = b.cue.is_some_and(|c| {
            c.span
                .of(text)
                .get(..3)
                .is_some_and(|w| w.eq_ignore_ascii_case("den"))
        });
        if denied || !b.figures.iter().any(counted) {
            continue;
        }
        // One claim may dispute several, one claim of each other side.
        // Of each side, the claim it gave its count in first: "Dravo said
        // it would cut 800 jobs" rather than its chief executive's "all
        // 5,000 jobs at risk" later. Each entry: a claim of the side, and
        // what it is disputed on, in the order the sides were first met;
        // the relations are written once the window is read.
        let mut disputed: Vec<(&Claim, Against)> = Vec::new();
        // Its counts, each with its measure and what is read of it.
        let counts: Vec<(&Figure, &str, Cow<Facts>)> = b
            .figures
            .iter()
            .filter(|f| counted(f) && !denied_figure(text, f) && !anothers_figure(text, f))
            .filter(|f| f.measure.as_deref() != Some(DISPLACED) || !admitting(&memo.lower(b)))
            .filter_map(|f| Some((f, f.measure.as_deref()?, memo.facts(b, f))))
            .collect();
        // "the real national turnout was closer to 64 percent": a count
        // set against another as the real one disputes it even where an
        // estimate's margin would take both in.
        let insisting = OnceCell::new();
        let insists = || {
            *insisting
                .get_or_init(|| says_any(&memo.lower(b), &["the real", "the true", "the actual"]))
        };
        let insisted = |fa: &Figure, fb: &Figure| {
            fa.value != fb.value
                && fb.high.is_none()
                && matches!(fb.qualifier, Qualifier::Exact | Qualifier::Approximately)
        };
        // Those it tells as civilians or as fighters.
        let told: Vec<(&Figure, &str, Character)> = counts
            .iter()
            .filter_map(|&(f, m, _)| Some((f, m, memo.character(b, f)?)))
            .collect();
        for a in report.claims[bi.saturating_sub(LOOK_BACK)..bi].iter().rev() {
            if memo.same_side(a, b) || a.kind == ClaimKind::Unattributed {
                continue;
            }
            // Only a whole count on a measure is told apart or clashes
            // below.
            if !a
                .figures
                .iter()
                .any(|f| f.part_of.is_none() && f.measure.is_some())
            {
                continue;
            }
            let prior = disputed.iter().position(|(d, _)| memo.same_side(d, a));
            if prior.is_some_and(|k| matches!(disputed[k].1, Against::Character(_))) {
                continue;
            }
            // The same dead told as civilians by one side and as fighters
            // by the other: "40 people were killed, all civilians" against
            // "22 militants were killed".
            let character = prior.is_none().then(|| {
                told.iter().find_map(|&(fb, mb, cb)| {
                    a.figures
                        .iter()
                        .filter(|fa| fa.part_of.is_none() && fa.measure.as_deref() == Some(mb))
                        .find_map(|fa| {
                            let ca = memo.character(a, fa)?;
                            (ca != cb).then_some((fa, fb, mb, ca, cb))
                        })
                })
            });
            if let Some((_, fb, m, ca, cb)) = character.flatten() {
                let rel = told_apart(report, (b, cb), (a, ca), fb.span, &format!("the {m}"));
                disputed.push((a, Against::Character(rel)));
                continue;
            }
            let clash = counts.iter().find_map(|(fb, mb, xb)| {
                a.figures
                    .iter()
                    .filter(|fa| fa.part_of.is_none())
                    .find(|fa| {
                        let Some(ma) = fa.measure.as_deref() else {
                            return false;
                        };
                        // More still held than were ever arrested: "35
                        // people were detained" against "more than 300
                        // remained in custody". Fewer held than arrested
                        // is no dispute.
                        let held =
                            matches!((ma, *mb), ("arrests", STILL_HELD) | (STILL_HELD, "arrests"));
                        if ma != *mb && !held {
                            return false;
                        }
                        if ma == DISPLACED && admitting(&memo.lower(a)) {
                            return false;
                        }
                        let xa = memo.facts(a, fa);
                        if xa.denied {
                            return false;
                        }
                        if held {
                            let (now, all) = if ma == STILL_HELD {
                                (&xa, xb)
                            } else {
                                (xb, &xa)
                            };
                            return now.interval.0 > all.interval.1
                                && same_noun(xa.noun.as_deref(), xb.noun.as_deref());
                        }
                        // "two of them had gunshot wounds" is some of a
                        // group: fewer than another's count is no clash,
                        // more is ("71 of those patients died" against 38
                        // dead in all).
                        let part =
                            |xp: &Facts, xw: &Facts| !xp.group || xp.interval.0 > xw.interval.1;
                        // "11 soldiers" is part of "700 people", not
                        // another count.
                        part(&xa, xb)
                            && part(xb, &xa)
                            && same_noun(xa.noun.as_deref(), xb.noun.as_deref())
                            // "above 95 percent in several districts" is
                            // not the national turnout.
                            && xa.local == xb.local
                            // Shares of the vote of one candidate, not of two.
                            && (*mb != VOTE_SHARE
                                || candidate(text, a, fa) == candidate(text, b, fb))
                            && (xa.clashes(xb) || insists() && insisted(fa, fb))
                    })
                    .map(|fa| (fa, *fb, *mb))
            });
            if let Some((fa, fb, m)) = clash {
                // Read from the nearest back: the last clash of a side is
                // its first in the text.
                // A count on the same measure before one held against all
                // those arrested.
                let alike = |f: &Figure| f.measure.as_deref() == Some(m);
                let entry = Against::Clash(a, fa, fb, m);
                match prior {
                    // Another count of the same side on the same measure,
                    // told otherwise: "more than 140,000 people" and
                    // "counted 141,800 residents" against "78,000".
                    Some(k)
                        if matches!(disputed[k].1, Against::Clash(_, pa, _, pm)
                            if pm == m && pa.measure == fa.measure && pa.value != fa.value) =>
                    {
                        disputed.push((a, entry))
                    }
                    Some(k) => {
                        let keep = matches!(disputed[k].1, Against::Clash(_, pa, _, _) if alike(pa))
                            && !alike(fa);
                        if !keep {
                            disputed[k] = (a, entry);
                        }
                    }
                    None => disputed.push((a, entry)),
                }
            }
        }
        for (_, against) in disputed {
            match against {
                Against::Character(rel) => out.push(rel),
                Against::Clash(a, fa, fb, m) => {
                    // The count as its claimant first gave it: "40 people
                    // were killed" before "We have counted 40 bodies".
                    let first = bi.saturating_sub(LOOK_BACK);
                    let (a, fa) = report
                        .claims
                        .get(first..a.id.index().max(first))
                        .unwrap_or_default()
                        .iter()
                        .filter(|e| memo.same_side(e, a))
                        .find_map(|e| {
                            e.figures
                                .iter()
                                .find(|f| {
                                    f.part_of.is_none()
                                        && f.value == fa.value
                                        && f.measure.as_deref() == Some(m)
                                })
                                .map(|f| (e, f))
                        })
                        .unwrap_or((a, fa));
                    out.push(figure_against(report, (b, fb), (a, fa), Some(m)));
                }
            }
        }
    }
    continued(report, &mut out);
    out
}

/// The same people told apart with no count of them: "the dead were
/// farmers and shepherds" against "its troops had killed 23 militants";
/// "the five were all of them fishermen" against "they were smugglers".
/// A claim that tells those it speaks of as civilians (or as fighters)
/// disputes the nearest recent claim of another side that told them the
/// other way, by its words or by its count's noun, unless a relation
/// already joins the two.
pub fn characterisations(report: &Report, memo: &Memo, done: &[Relation]) -> Vec<Relation> {
    let mut out = Vec::new();
    for (bi, b) in report.claims.iter().enumerate() {
        if b.kind == ClaimKind::Unattributed {
            continue;
        }
        // Only a claim that tells them so at all: most tell nothing.
        if memo.told(b).is_none() {
            continue;
        }
        let Some(cb) = character_in(&memo.lower(b), true) else {
            continue;
        };
        let opposed = report.claims[bi.saturating_sub(CHARACTER_BACK)..bi]
            .iter()
            .rev()
            .filter(|a| !same_side(report, a, b) && a.kind != ClaimKind::Unattributed)
            .find(|a| {
                let ca = a
                    .figures
                    .iter()
                    .filter(|f| f.part_of.is_none() && f.measure.as_deref() == Some("deaths"))
                    .find_map(|f| memo.character(a, f))
                    .or_else(|| memo.told(a).and(character_in(&memo.lower(a), true)));
                ca == Some(cb.other())
            });
        let Some(a) = opposed else {
            continue;
        };
        if done.iter().any(|r| r.from == Some(b.id) && r.to == a.id) {
            continue;
        }
        out.push(told_apart(
            report,
            (b, cb),
            (a, cb.other()),
            b.content_cover(),
            "they",
        ));
    }
    out
}

/// `b` tells `who` (the dead, or "they") as one character where `a`
/// told them as the other.
fn told_apart(
    report: &Report,
    (b, cb): (&Claim, Character),
    (a, ca): (&Claim, Character),
    span: Span,
    who_they: &str,
) -> Relation {
    Relation {
        kind: RelationKind::Disputes,
        from: Some(b.id),
        to: a.id,
        span,
        note: note(&[
            who(report, b),
            " say",
            verb_ending(report, b),
            " ",
            who_they,
            " were ",
            cb.word(),
            " where ",
            who(report, a),
            " say",
            verb_ending(report, a),
            " they were ",
            ca.word(),
        ]),
    }
}

/// How far back [`characterisations`] looks, in claims: the same people
/// are told apart within a few paragraphs.
const CHARACTER_BACK: usize = 12;

/// "rejected the CLO's figures, saying the group was inventing numbers":
/// the participle clause disputes what the rejection disputed. A claim
/// whose cue is such a participle, right after a claim of the same
/// claimant in the same sentence that disputes counts with no figure of
/// its own, and that disputes nothing itself, disputes the same claims.
fn continued(report: &Report, out: &mut Vec<Relation>) {
    let text: &str = &report.text;
    // The relations each claim is the source of, by claim index.
    let mut from: Vec<Vec<usize>> = vec![Vec::new(); report.claims.len()];
    for (k, r) in out.iter().enumerate() {
        if let Some(f) = r.from.and_then(|c| from.get_mut(c.index())) {
            f.push(k);
        }
    }
    let mut added = Vec::new();
    for (n, c) in report.claims.iter().enumerate().skip(1) {
        let p = &report.claims[n - 1];
        let participle = c.cue.is_some_and(|k| {
            let w = k.span.of(text);
            [
                "saying",
                "adding",
                "arguing",
                "insisting",
                "calling",
                "accusing",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        });
        let entity = |x: &Claim| x.claimant.as_ref().and_then(|w| w.entity);
        if !participle
            || entity(p).is_none()
            || entity(p) != entity(c)
            || p.sentence != c.sentence
            || !p.figures.is_empty()
            || !from[n].is_empty()
        {
            continue;
        }
        for &k in &from[n - 1] {
            let r = &out[k];
            if r.kind == RelationKind::Disputes && r.to != c.id {
                added.push(Relation {
                    from: Some(c.id),
                    span: c.content_cover(),
                    ..r.clone()
                });
            }
        }
    }
    out.extend(added);
}

/// What one claim is disputed on, of one side: how the dead were told
/// (the relation, written), or a figure that clashes with one of the
/// disputing claim (its claim and figure, the disputing figure, and the
/// measure).
enum Against<'a> {
    Character(Relation),
    Clash(&'a Claim, &'a Figure, &'a Figure, &'a str),
}

/// What a figure is counted in, when that alone says two figures are alike:
/// the currency of a sum ("$", "crowns"), or the counted noun of a count
/// that has no measure ("shipments").
fn denomination(text: &str, f: &Figure) -> Option<String> {
    let unit = f
        .unit
        .map(|u| u.of(text).rsplit(' ').next().unwrap_or("").to_lowercase());
    match f.kind {
        FigureKind::Money => {
            let sign = f
                .span
                .of(text)
                .chars()
                .find(|c| matches!(c, '$' | '€' | '£' | '¥' | '₹'));
            match (sign, unit) {
                (Some(c), _) => Some(c.to_string()),
                (None, Some(u)) => Some(match u.trim_end_matches('s') {
                    "dollar" => "$".to_string(),
                    "euro" => "€".to_string(),
                    "pound" => "£".to_string(),
                    w => w.to_string(),
                }),
                (None, None) => None,
            }
        }
        FigureKind::Count if f.measure.is_none() || f.measure == unit => {
            unit.map(|u| u.trim_end_matches('s').to_string())
        }
        _ => None,
    }
}

/// Whether a figure is cut down to a bound by its own words: "no more
/// than $310,000", "fewer than 200 shipments"; not "as many as 60", an
/// estimate at its top. "Only" is not enough: "only $1 million on phone
/// calls" after "$2.5 million on advertising" counts something else.
fn bounded_above(text: &str, f: &Figure) -> bool {
    matches!(f.qualifier, Qualifier::AtMost | Qualifier::LessThan) && !estimate_at_top(text, f)
}

/// A dispute by a bound: claim `bi` gives a sum or count no larger than
/// its figure, and a claim of another side before it gave a floor of the
/// same denomination above it ("at least $4.2 million"), or any sum above
/// it but within ten times it ("no more than $400 million" against "about
/// $1.2 billion"). Further apart, the bound is too often of something else
/// ("incomes of less than $300,000" after "a tax rise of $498 billion").
fn limited(report: &Report, bi: usize) -> Option<Relation> {
    let text: &str = &report.text;
    let b = report.claims.get(bi)?;
    // A range is bounded above by its top: "a realistic figure was between
    // $600 million and $800 million" against "about $1.2 billion". Only
    // "between": "from $7.25 to $12" is a change, "$9 million to $10
    // million short" a shortfall.
    let (fb, db) = b.figures.iter().find_map(|f| {
        // A sum only: a count of the dead or of jobs in a range meets
        // every other side's count in the comparison of counts below.
        let range = f.qualifier == Qualifier::Exact
            && f.high.is_some()
            && f.measure.is_none()
            && f.span
                .of(text)
                .get(..8)
                .is_some_and(|w| w.eq_ignore_ascii_case("between "));
        (f.part_of.is_none() && (bounded_above(text, f) || range))
            .then(|| denomination(text, f).map(|d| (f, d)))
            .flatten()
    })?;
    let (_, b1) = interval(text, fb);
    let (a, fa) = nearest_other_figure(report, bi, |_, fa| {
        fa.part_of.is_none()
            && fa.kind == fb.kind
            && interval(text, fa).0 > b1
            // A floor, or a sum within ten times the bound.
            && (matches!(fa.qualifier, Qualifier::AtLeast | Qualifier::MoreThan)
                || matches!(fa.qualifier, Qualifier::Exact | Qualifier::Approximately)
                    && fa.value <= b1 * 10.0)
            && denomination(text, fa).as_deref() == Some(db.as_str())
    })?;
    Some(figure_against(report, (b, fb), (a, fa), None))
}

/// Of the [`LOOK_BACK`] claims before claim `bi`, the nearest of another
/// side with a figure that `keep` takes, and that figure.
fn nearest_other_figure(
    report: &Report,
    bi: usize,
    keep: impl Fn(&Claim, &Figure) -> bool,
) -> Option<(&Claim, &Figure)> {
    let b = report.claims.get(bi)?;
    report.claims[bi.saturating_sub(LOOK_BACK)..bi]
        .iter()
        .rev()
        .filter(|a| !same_side(report, a, b) && a.kind != ClaimKind::Unattributed)
        .find_map(|a| a.figures.iter().find(|fa| keep(a, fa)).map(|fa| (a, fa)))
}

/// What a sum of money is told to be, from the words just before it in its
/// claim: "a deficit of 84 million florins", "the shortfall would be about
/// 212 million", "insured losses of between $140 million and $190 million".
/// The topic's class (one word for "deficit", "shortfall" and "gap"), and
/// the word before the topic when it narrows it ("insured", "uninsured",
/// "farmers'"); none for words that only weigh it ("real", "total").
fn money_topic(text: &str, c: &Claim, f: &Figure) -> Option<(&'static str, String)> {
    if f.kind != FigureKind::Money || f.part_of.is_some() {
        return None;
    }
    let piece = c.content.iter().find(|s| s.contains(f.span))?;
    let before = text.get(piece.start()..f.span.start())?.to_lowercase();
    let words: Vec<&str> = before
        .split(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’')
        .filter(|w| !w.is_empty())
        .collect();
    // Up to six words back, not past another clause's verb of its own.
    let n = words.len();
    let (k, class) = (n.saturating_sub(6)..n).rev().find_map(|k| {
        let class = match words[k] {
            "deficit" | "deficits" | "shortfall" | "gap" | "hole" => "deficit",
            "cost" | "costs" | "bill" => "cost",
            "loss" | "losses" | "damage" | "damages" => "losses",
            "debt" | "debts" => "debt",
            "revenue" | "revenues" | "income" | "receipts" => "revenue",
            "severance" | "compensation" | "payout" | "payouts" => "compensation",
            _ => return None,
        };
        Some((k, class))
    })?;
    let modifier = k
        .checked_sub(1)
        .map(|m| words[m])
        .filter(|w| {
            !is_function_word(w)
                && !matches!(
                    *w,
                    "real"
                        | "true"
                        | "actual"
                        | "total"
                        | "overall"
                        | "annual"
                        | "projected"
                        | "estimated"
                        | "expected"
                        | "likely"
                        | "final"
                        | "official"
                        | "full"
                        | "city's"
                        | "state's"
                        | "country's"
                        | "government's"
                        | "budget"
                )
        })
        .unwrap_or("")
        .to_string();
    Some((class, modifier))
}

/// A sum of claim `bi` against the nearest sum of another side on the same
/// topic in the same currency, when the two cannot both hold.
fn sums_on_one_topic(report: &Report, bi: usize) -> Option<Relation> {
    let text: &str = &report.text;
    let b = report.claims.get(bi)?;
    let (fb, tb, db) = b.figures.iter().find_map(|f| {
        let t = money_topic(text, b, f)?;
        Some((f, t, denomination(text, f)?))
    })?;
    let ib = interval(text, fb);
    let (a, fa) = nearest_other_figure(report, bi, |a, fa| {
        money_topic(text, a, fa).as_ref() == Some(&tb)
            && denomination(text, fa).as_deref() == Some(db.as_str())
    })?;
    let ia = interval(text, fa);
    (ia.1 < ib.0 || ib.1 < ia.0).then(|| figure_against(report, (b, fb), (a, fa), None))
}

/// A claim that a sum was nothing ("the city owed Corvane nothing", "the
/// firm had paid nothing") against the nearest claim of another side in
/// the last eight that gave a sum with the same verb ("the city owed it 58
/// million florins").
fn nothing_against(report: &Report, memo: &Memo, bi: usize) -> Option<Relation> {
    let text: &str = &report.text;
    let b = report.claims.get(bi)?;
    if !b.figures.is_empty() || !b.content.iter().any(|s| s.of(text).contains("nothing")) {
        return None;
    }
    let lc = memo.lower(b);
    let words: Vec<&str> = lc
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // The verb of money a few words before "nothing".
    let money_verb = words.iter().enumerate().find_map(|(i, w)| {
        (*w == "nothing").then(|| {
            words[i.saturating_sub(3)..i].iter().rev().find(|v| {
                matches!(
                    **v,
                    "owed"
                        | "owes"
                        | "owe"
                        | "paid"
                        | "pays"
                        | "pay"
                        | "cost"
                        | "costs"
                        | "received"
                        | "receives"
                        | "spent"
                        | "lost"
                        | "earned"
                        | "charged"
                )
            })
        })
    })??;
    let stem = money_verb.trim_end_matches('s');
    let a = report.claims[bi.saturating_sub(8)..bi]
        .iter()
        .rev()
        .filter(|a| !same_side(report, a, b) && a.kind != ClaimKind::Unattributed)
        .find(|a| {
            a.figures
                .iter()
                .any(|f| f.kind == FigureKind::Money && f.part_of.is_none())
                && {
                    let la = memo.lower(a);
                    la.split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.trim_end_matches('s') == stem)
                }
        })?;
    let fa = a.figures.iter().find(|f| f.kind == FigureKind::Money)?;
    Some(Relation {
        kind: RelationKind::Disputes,
        from: Some(b.id),
        to: a.id,
        span: b.content_cover(),
        note: format!(
            "{} {} nothing was {money_verb}, where {} {} {}",
            who(report, b),
            verb(report, b, "say"),
            who(report, a),
            verb(report, a, "give"),
            fa.span.of(text)
        ),
    })
}

/// Claim `b`'s figure `fb` disputes claim `a`'s figure `fa`: "the coalition
/// gives 15 people deaths where the ministry gives eight".
fn figure_against(
    report: &Report,
    (b, fb): (&Claim, &Figure),
    (a, fa): (&Claim, &Figure),
    measure: Option<&str>,
) -> Relation {
    let text: &str = &report.text;
    // "1,150 arrests", not "1,150 arrests arrests".
    let named = |m: &str| {
        fb.span
            .of(text)
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case(m))
    };
    let (space, measure) = match measure.filter(|m| !named(m)) {
        Some(m) => (" ", m),
        None => ("", ""),
    };
    Relation {
        kind: RelationKind::Disputes,
        from: Some(b.id),
        to: a.id,
        span: fb.span,
        note: note(&[
            who(report, b),
            " give",
            verb_ending(report, b),
            " ",
            fb.span.of(text),
            space,
            measure,
            " where ",
            who(report, a),
            " give",
            verb_ending(report, a),
            " ",
            fa.span.of(text),
        ]),
    }
}

/// Whether a figure is one its claim says is wrong: "Six people died, not
/// 11", "it isn't 4,000".
fn denied_figure(text: &str, f: &Figure) -> bool {
    let before = text.get(..f.span.start()).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    word.eq_ignore_ascii_case("not") || word.ends_with("n't") || word.ends_with("n’t")
}

/// Whether a figure is given as another's: "dismissed the union's
/// estimate of 31 dead", "the ministry's figure of 12".
fn anothers_figure(text: &str, f: &Figure) -> bool {
    let before = text.get(..f.span.start()).unwrap_or("");
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'));
    let (of, noun, owner) = (words.next(), words.next(), words.next());
    of == Some("of")
        && noun.is_some_and(|n| {
            matches!(
                n.to_ascii_lowercase().as_str(),
                "estimate" | "figure" | "count" | "toll" | "tally" | "total" | "number"
            )
        })
        && owner.is_some_and(|o| o.ends_with("'s") || o.ends_with("’s") || o.ends_with("s'"))
}

/// Whether a figure counts some of a group counted before: "two of them
/// had gunshot wounds", "seventy-one of those patients died".
fn of_a_group(text: &str, f: &Figure) -> bool {
    let after = text.get(f.span.end()..).unwrap_or("");
    let mut w = after.split_whitespace();
    w.next() == Some("of") && matches!(w.next(), Some("them" | "those" | "these" | "whom"))
}

/// Whether a figure is told of a part of the whole it could be compared
/// with: "turnout in several districts", "the highest turnout in any
/// district", "in some provinces". The words before it in its clause say so.
fn local(text: &str, c: &Claim, f: &Figure) -> bool {
    let Some(piece) = c.content.iter().find(|s| s.contains(f.span)) else {
        return false;
    };
    let before = text.get(piece.start()..f.span.start()).unwrap_or("");
    let clause = before
        .rsplit([',', ';'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "in three northern provinces, where the commission reported turnout
    // of more than 85 percent": told of the place just named.
    if clause.trim_start().starts_with("where ") {
        return true;
    }
    [
        "in several ",
        "in some ",
        "in many ",
        "in certain ",
        "in parts of ",
        "in a few ",
        "in any ",
        "in one ",
    ]
    .iter()
    .any(|p| has(&clause, p))
}

/// Who the dead or hurt were, as a claim tells them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Character {
    Civilians,
    Fighters,
}

impl Character {
    fn word(self) -> &'static str {
        match self {
            Character::Civilians => "civilians",
            Character::Fighters => "fighters",
        }
    }

    fn other(self) -> Character {
        match self {
            Character::Civilians => Character::Fighters,
            Character::Fighters => Character::Civilians,
        }
    }

    /// The nouns that tell the dead as civilians, singular or without
    /// their plural's "s" (see [`Character::of_word`]).
    const CIVILIANS: [&str; 16] = [
        "civilian",
        "non-combatant",
        "noncombatant",
        "bystander",
        "child",
        "children",
        "farmer",
        "shepherd",
        "herder",
        "fisherman",
        "fishermen",
        "villager",
        "student",
        "pilgrim",
        "labourer",
        "laborer",
    ];

    /// The nouns that tell them as fighters.
    const FIGHTERS: [&str; 13] = [
        "militant",
        "fighter",
        "insurgent",
        "terrorist",
        "gunmen",
        "gunman",
        "rebel",
        "combatant",
        "jihadist",
        "extremist",
        "smuggler",
        "trafficker",
        "pirate",
    ];

    /// The character a counted noun gives: "civilians", "militants".
    fn of_word(w: &str) -> Option<Character> {
        let w = w.trim_end_matches('s');
        if Character::CIVILIANS.contains(&w) {
            Some(Character::Civilians)
        } else if Character::FIGHTERS.contains(&w) {
            Some(Character::Fighters)
        } else {
            None
        }
    }
}

/// The first four letters of every word of [`Character::CIVILIANS`] and
/// [`Character::FIGHTERS`], and of those of arms that [`character_in`]
/// reads ("unarmed", "carrying"), in order, each read as one number
/// ([`key`]).
const CHARACTER_KEYS: [u32; 30] = [
    key(b"bear"),
    key(b"byst"),
    key(b"carr"),
    key(b"chil"),
    key(b"civi"),
    key(b"comb"),
    key(b"defe"),
    key(b"extr"),
    key(b"farm"),
    key(b"figh"),
    key(b"fish"),
    key(b"gunm"),
    key(b"herd"),
    key(b"hold"),
    key(b"insu"),
    key(b"jiha"),
    key(b"labo"),
    key(b"mili"),
    key(b"non-"),
    key(b"nonc"),
    key(b"pilg"),
    key(b"pira"),
    key(b"rebe"),
    key(b"shep"),
    key(b"smug"),
    key(b"stud"),
    key(b"terr"),
    key(b"traf"),
    key(b"unar"),
    key(b"vill"),
];

/// Four bytes as one number, in the order of the bytes.
const fn key(bytes: &[u8; 4]) -> u32 {
    u32::from_be_bytes(*bytes)
}

/// Whether the four bytes from `i` of `bytes`, lowered, double quotation
/// marks left out as [`content_lower`] leaves them, are one of
/// [`CHARACTER_KEYS`].
fn key_at(bytes: &[u8], i: usize) -> bool {
    let mut first = [0u8; 4];
    let mut letters = bytes.iter().skip(i).filter(|&&b| b != b'"');
    for k in &mut first {
        match letters.next() {
            Some(b) => *k = b.to_ascii_lowercase(),
            None => return false,
        }
    }
    CHARACTER_KEYS.binary_search(&key(&first)).is_ok()
}

/// Where in `text` a word may start that [`character_in`] reads in the
/// content of a claim: the ASCII words (the marks that [`content_lower`]
/// leaves out passed over) whose first four letters, lowered, are one of
/// [`CHARACTER_KEYS`]. A character outside ASCII is taken to end a word.
fn character_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut in_word = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'"' {
            continue;
        }
        let word = b.is_ascii_alphanumeric() || b == b'-';
        if word && !in_word && key_at(bytes, i) {
            out.push(i);
        }
        in_word = word;
    }
    out
}

/// Whether the lower-case `lc` may hold a word that [`character_in`]
/// reads: a word that starts with one of [`CHARACTER_KEYS`]. A quick test
/// of the bytes, where reading the words costs several times more; a
/// character outside ASCII is taken to end a word, so that no word it
/// reads is missed (they are all in ASCII).
fn may_tell_character(lc: &str) -> bool {
    let bytes = lc.as_bytes();
    let mut in_word = false;
    for (i, &b) in bytes.iter().enumerate() {
        let word = b.is_ascii_alphanumeric() || b == b'-';
        if word && !in_word {
            let first = bytes
                .get(i..i + 4)
                .and_then(|k| <&[u8; 4]>::try_from(k).ok());
            if first.is_some_and(|k| CHARACTER_KEYS.binary_search(&key(k)).is_ok()) {
                return true;
            }
        }
        in_word = word;
    }
    false
}

/// How a claim's content (in lower case) characterises those it counts:
/// "40 killed, all civilians"; "most of them civilians".
fn content_character(lc: &str) -> Option<Character> {
    character_in(lc, false)
}

/// [`content_character`]; when `whole`, only where the content tells all
/// of them so ("they were smugglers", "all of them fishermen"), not a part
/// ("30 percent of them children", "including two civilians").
fn character_in(lc: &str, whole: bool) -> Option<Character> {
    // The content of every claim is read so, and most tell nothing.
    if !may_tell_character(lc) {
        return None;
    }
    // One pass over the words, with no list of them.
    let words = words(lc, true);
    // "They were unarmed"; "Not one of them was carrying a weapon".
    let (mut unarmed, mut armed, mut negated) = (false, false, false);
    // "all civilians", "all of them militants", "mostly civilians": the
    // first word so told. The three words before the current one, "" before
    // the first.
    let mut found = None;
    let (mut two_back, mut one_back, mut prev) = ("", "", "");
    for w in words {
        unarmed |= matches!(w, "unarmed" | "defenceless" | "defenseless");
        negated |= matches!(w, "not" | "none" | "no" | "nobody");
        if !prev.is_empty() {
            armed |= matches!(prev, "carrying" | "carried" | "holding" | "bearing")
                && matches!(w, "a" | "any" | "weapons" | "arms" | "guns");
            if found.is_none() {
                let said = match prev {
                    "all" | "mostly" | "were" | "being" => true,
                    "them" | "including" if !whole => true,
                    "them" => two_back == "all" && one_back == "of",
                    _ => false,
                };
                if said || prev == "not" {
                    if let Some(ch) = Character::of_word(w) {
                        // "They were not fighters": the other character.
                        found = Some(if said { ch } else { ch.other() });
                        if whole {
                            return found;
                        }
                    }
                }
            }
        }
        (two_back, one_back, prev) = (one_back, prev, w);
    }
    // Said of one of them ("an unarmed man"), which tells nothing of all.
    if !whole && (unarmed || armed && negated) {
        return Some(Character::Civilians);
    }
    found
}

/// The words of `s`: its longest runs of letters and digits, and of
/// hyphens too when `hyphen` ("non-combatant").
fn words(s: &str, hyphen: bool) -> impl Iterator<Item = &str> {
    s.split(move |c: char| !(c.is_alphanumeric() || hyphen && c == '-'))
        .filter(|w| !w.is_empty())
}

/// The overall count a claim gives among its figures that `keep`: the
/// largest whole (not a part of another), as written.
fn overall_figure(text: &str, c: &Claim, keep: impl Fn(&Figure) -> bool) -> String {
    c.figures
        .iter()
        .filter(|f| f.part_of.is_none() && keep(f))
        .max_by(|x, y| x.value.total_cmp(&y.value))
        .map(|f| f.span.of(text).to_string())
        .unwrap_or_default()
}

/// Whether two figures count the same thing: the same counted noun
/// (singular or plural); a bare number ("put the toll at 300") counts
/// people, not soldiers or officers.
pub(super) fn same_unit(text: &str, a: &Figure, b: &Figure) -> bool {
    same_noun(unit_noun(text, a).as_deref(), unit_noun(text, b).as_deref())
}

/// The counted noun of a figure, in lower case and singular ("people" for
/// "persons").
fn unit_noun(text: &str, f: &Figure) -> Option<String> {
    f.unit.map(|u| {
        // "hectares of forest" counts hectares.
        let unit = u.of(text);
        let head = unit.split(" of ").next().unwrap_or(unit);
        let w = head.rsplit(' ').next().unwrap_or("").to_lowercase();
        match w.as_str() {
            "person" | "persons" => "people".to_string(),
            _ => w.strip_suffix('s').map(str::to_string).unwrap_or(w),
        }
    })
}

/// [`same_unit`] on two figures' counted nouns.
fn same_noun(x: Option<&str>, y: Option<&str>) -> bool {
    // "12 people" and "40 civilians" count the same dead; "11 soldiers" are
    // not among "700 people" killed by soldiers.
    let people = |w: &str| {
        matches!(
            w,
            "people"
                | "individual"
                | "civilian"
                | "protester"
                | "protestor"
                | "demonstrator"
                | "resident"
                | "villager"
                | "victim"
                // "three members of the public", "40 patients".
                | "member"
                | "patient"
                // "41 men", "30 others": people, told apart by nothing.
                | "men"
                | "man"
                | "women"
                | "woman"
                | "other"
                // "27 children had died" against "four deaths".
                | "children"
                | "child"
                | "adult"
                | "person"
                // "85 deaths", "30 dead": the people the count is of.
                | "death"
                | "dead"
                | "fatalitie"
                | "fatality"
                | "casualtie"
                | "casualty"
                // "24 bodies had been recovered": the dead.
                | "bodie"
                | "body"
                | "corpse"
                // "1,150 arrests" and "412 people" arrested: the people
                // the count is of.
                | "arrest"
                | "detention"
                | "detainee"
                | "injurie"
                | "injury"
        )
    };
    // "400 jobs" and "450 posts" count the same cuts.
    let job = |w: &str| matches!(w, "job" | "post" | "position" | "role");
    // "two rounds", "14 spent cartridge cases": the shots fired.
    let shot = |w: &str| {
        matches!(
            w,
            "shot" | "round" | "bullet" | "gunshot" | "cartridge" | "case" | "casing"
        )
    };
    // "1,500 families" and "400 households" count the same homes.
    let home = |w: &str| matches!(w, "household" | "familie" | "family");
    match (x, y) {
        (Some(x), Some(y)) => {
            x == y
                || people(x) && people(y)
                || job(x) && job(y)
                || shot(x) && shot(y)
                || home(x) && home(y)
        }
        // "38 households" against "the true number was 11".
        (Some(x), None) | (None, Some(x)) => people(x) || home(x),
        (None, None) => true,
    }
}

/// Whether a claim's lower-case content calls something false: "the
/// figure was not credible", "the toll is wrong", "a fabricated number",
/// "the minister's figure does not match what we see".
pub(super) fn discredits(lc: &str) -> bool {
    const FALSE: [&str; 31] = [
        "impossible to reconcile",
        "cannot be reconciled",
        "can't be reconciled",
        "does not match",
        "do not match",
        "doesn't match",
        "don't match",
        "does not add up",
        "doesn't add up",
        "out of date",
        "out-of-date",
        "outdated",
        "fantasy",
        "a fiction",
        "pure fiction",
        "nonsense",
        "absurd",
        "unrealistic",
        "not credible",
        "invented",
        "false",
        "wrong",
        "untrue",
        "not true",
        "inaccurate",
        "not accurate",
        "misleading",
        "fabricated",
        "made up",
        "a lie",
        "not reliable",
    ];
    says_any(lc, &FALSE)
}

/// Whether a claim opens by saying what another's count is: "the
/// ministry's figure is a count of paperwork, not of people", "the
/// office's estimate was a statistical model", "the mayor's figure was a
/// fairy tale". Told of someone else's count, such words take its measure
/// down; not when they vouch for it ("the ministry's figure was
/// accurate") or only tell where it came from ("was based on hospital
/// records").
fn characterises(lc: &str) -> bool {
    if !possessed_count(lc).is_some_and(|next| matches!(next, "is" | "was" | "are" | "were")) {
        return false;
    }
    // Missing evidence is a relation of its own (see [`no_evidence`] and
    // [`super::rebuttals`]).
    evidence_phrase(lc).is_none()
        && !super::rebuttals::unbacked(lc)
        && !says_any(
            lc,
            &[
                "accurate",
                "correct",
                "right",
                "reliable",
                "credible",
                "sound",
                "robust",
                "consistent",
                "in line",
                "close to",
                "similar",
                "based on",
                "drawn from",
                "taken from",
                "likely",
                "expected",
                "provisional",
                "preliminary",
            ],
        )
}

/// Where, among the first words of `lc`, a count someone is said to own
/// is named: "the mp's death toll", "the ministry's figure". The word
/// after the count's ("" when none follows among them).
fn possessed_count(lc: &str) -> Option<&str> {
    let words: Vec<&str> = lc
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .take(8)
        .collect();
    let p = words
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))
        .filter(|&p| p <= 3)?;
    // The count, after at most one word of what it counts ("death toll").
    (p + 1..(p + 3).min(words.len()))
        .find(|&k| {
            matches!(
                words[k],
                "figure"
                    | "figures"
                    | "estimate"
                    | "estimates"
                    | "toll"
                    | "count"
                    | "number"
                    | "numbers"
                    | "tally"
                    | "total"
                    | "statistics"
            )
        })
        .map(|k| words.get(k + 1).copied().unwrap_or(""))
}

/// Whether one of `phrases` stands in `lc` as whole words.
pub(super) fn says_any(lc: &str, phrases: &[&str]) -> bool {
    phrases
        .iter()
        .any(|w| super::lexicon::whole_words(lc, w).next().is_some())
}

/// Whether a claim's lower-case content says a count leaves something
/// out or is off in one direction: "the official figures count only those
/// who reach a clinic", "the total was probably too high", "management is
/// shrinking the number".
pub(super) fn belittles(lc: &str) -> bool {
    const PHRASES: [&str; 31] = [
        "too high",
        "too low",
        "count only",
        "counts only",
        "counted only",
        "only count",
        "only counts",
        "include only",
        "includes only",
        "included only",
        "only include",
        "only includes",
        "shrinking",
        "inflating",
        "inflated",
        "exaggerated",
        "exaggerates",
        "exaggerating",
        "overstated",
        "overstates",
        "understated",
        "understates",
        // What the count rests on: "the minister's numbers assume …".
        "numbers assume",
        "figures assume",
        "figure assumes",
        "estimate assumes",
        "estimates assume",
        "numbers ignore",
        "figures ignore",
        "figure ignores",
        "estimate ignores",
    ];
    says_any(lc, &PHRASES)
}

/// The measure of people driven from their homes.
const DISPLACED: &str = "displaced people";

/// Whether a claim tells of refugees taken in, a quota or a goal ("had
/// reached its goal of accepting 10,000 refugees"): a policy, not a count
/// of people displaced that another side could dispute.
fn admitting(lc: &str) -> bool {
    says_any(
        lc,
        &[
            "accept",
            "accepted",
            "accepting",
            "admit",
            "admitted",
            "admitting",
            "resettle",
            "resettled",
            "resettling",
            "take in",
            "taken in",
            "quota",
            "ceiling",
            "goal",
            "target",
            "limit",
            "cap",
        ],
    )
}

/// A count of the kind disputes are about: the dead, the hurt, the held,
/// the missing, jobs; a whole, not a part of another.
pub(super) fn disputed_count(f: &Figure) -> bool {
    f.part_of.is_none()
        && f.kind == FigureKind::Count
        && matches!(
            f.measure.as_deref(),
            Some("deaths" | "injuries" | "arrests" | STILL_HELD | "missing people" | "jobs")
        )
}

/// What a figure named by reference counts, as the doubt about it says:
/// "the governor's figure for insured losses" gives "insured" and
/// "losses"; up to two words, none a function word.
fn topic_of(lc: &str) -> Vec<&str> {
    const LEADS: [&str; 8] = [
        "figure for ",
        "figures for ",
        "estimate for ",
        "estimate of ",
        "count of ",
        "tally of ",
        "total for ",
        "numbers for ",
    ];
    let Some(rest) = LEADS
        .iter()
        .find_map(|l| lc.find(l).map(|k| &lc[k + l.len()..]))
    else {
        return Vec::new();
    };
    rest.split(|c: char| !c.is_alphanumeric() && c != '-')
        .skip_while(|w| matches!(*w, "the" | "a" | "an" | "its" | "their" | "his" | "her"))
        .take_while(|w| !w.is_empty() && !is_function_word(w))
        .take(2)
        .collect()
}

/// The first of [`COMPARATIVES`] that occurs in `lc` as whole words.
fn comparative_in(lc: &str) -> Option<&'static str> {
    let words: Vec<&str> = words(lc, false).collect();
    COMPARATIVES.iter().copied().find(|phrase| {
        let first = phrase.split(' ').next().unwrap_or("");
        words.iter().enumerate().any(|(i, w)| {
            *w == first
                && phrase
                    .split(' ')
                    .skip(1)
                    .enumerate()
                    .all(|(k, r)| words.get(i + 1 + k) == Some(&r))
        })
    })
}

/// Where a sentence says a claim lacks evidence: the span of the phrase.
pub fn evidence_phrase(s: &str) -> Option<(usize, usize)> {
    if !(s.contains("vidence") || s.contains("proof") || s.contains("substantiated")) {
        return None;
    }
    // ASCII lower case keeps byte offsets.
    let l = s.to_ascii_lowercase();
    if let Some(i) = l.find("unsubstantiated") {
        return Some((i, i + "unsubstantiated".len()));
    }
    // A negation shortly before "evidence" or "proof": "has not produced any
    // evidence", "did not provide evidence", "offered no proof", "without
    // evidence".
    const NEGATIONS: &[&str] = &[
        "not ", "no ", "without ", "n't ", "never ", "lack of ", "lacked ", "lacks ",
    ];
    for noun in ["evidence", "proof"] {
        for (at, _) in l.match_indices(noun) {
            let mut from = at.saturating_sub(36);
            while !l.is_char_boundary(from) {
                from += 1;
            }
            let window = &l[from..at];
            // The nearest negation, not across a clause boundary.
            let neg = NEGATIONS
                .iter()
                .filter_map(|n| window.rfind(n).map(|k| from + k))
                .max();
            if let Some(start) = neg {
                let between = &l[start..at];
                if between.contains(',') || between.contains(';') || between.contains(" but ") {
                    continue;
                }
                return Some((start, at + noun.len()));
            }
        }
    }
    None
}

/// Finds `no_evidence` relations: a sentence of the report (or a phrase in a
/// claim's own sentence) saying a claim was made without evidence.
/// `candidates[i]`: sentence `i` has a word about evidence (see
/// [`super::lexicon::EVIDENCE_WORD`]); only these are read.
#[inline(never)]
pub fn no_evidence(
    report: &Report,
    memo: &Memo,
    subjects: &[Option<EntityId>],
    candidates: &[bool],
) -> Vec<Relation> {
    let text: &str = &report.text;
    let mut out = Vec::new();
    for (si, s) in report.sentences.iter().enumerate() {
        if !candidates.get(si).copied().unwrap_or(false) {
            continue;
        }
        let st = s.of(text);
        let Some((a, b)) = evidence_phrase(st) else {
            continue;
        };
        let span = Span::new(text, s.start() + a, s.start() + b).unwrap_or(*s);
        let from_i = report
            .claims
            .partition_point(|c| c.sentence.end() <= s.start());
        let here: Vec<&Claim> = report.claims[from_i..]
            .iter()
            .take_while(|c| c.sentence.start() < s.end())
            .filter(|c| s.contains(c.sentence) || c.sentence.contains(*s))
            .collect();
        // "Police said there was no evidence of foul play": the claimant's
        // own words, not the report's judgement. When those words name a
        // figure someone else gave ("there is no evidence for 37 deaths"),
        // they point at that claim.
        if let Some(own) = here.iter().find(|c| {
            c.kind != ClaimKind::Unattributed && c.content.iter().any(|x| x.contains(span))
        }) {
            let doubted = own.figures.iter().find(|f| f.span.start() >= span.end());
            let ci = report.claims.partition_point(|c| c.id < own.id);
            let target = doubted.and_then(|fd| {
                report.claims[ci.saturating_sub(LOOK_BACK)..ci]
                    .iter()
                    .rev()
                    .chain(
                        report.claims[(ci + 1).min(report.claims.len())..]
                            .iter()
                            .take(LOOK_BACK),
                    )
                    .find(|a| {
                        !same_side(report, a, own)
                            && a.kind != ClaimKind::Unattributed
                            && a.figures.iter().any(|fa| {
                                fa.value == fd.value
                                    && (fa.measure == fd.measure
                                        || fa.measure.is_none()
                                        || fd.measure.is_none())
                            })
                    })
            });
            // "There was no evidence of ballot stuffing, the chairwoman
            // said": the claim that spoke of ballot stuffing.
            let target = target.or_else(|| {
                let end = own.content_cover().end().max(span.end());
                let after = text.get(span.end()..end)?;
                let after: String = after
                    .chars()
                    .filter(|c| !matches!(c, '"' | '“' | '”'))
                    .collect();
                let object = after.split([',', '.', ';']).next().unwrap_or("").trim();
                let object = object
                    .strip_prefix("whatsoever ")
                    .or_else(|| object.strip_prefix("at all "))
                    .unwrap_or(object);
                let object = ["of ", "for ", "that "]
                    .iter()
                    .find_map(|w| object.strip_prefix(w))?;
                let words: Vec<&str> = object
                    .split_whitespace()
                    .filter(|w| w.len() >= 5 && w.starts_with(char::is_lowercase))
                    .filter(|w| !is_function_word(w))
                    .collect();
                if words.is_empty() || doubted.is_some() {
                    return None;
                }
                let tells = |a: &&Claim, all: bool| {
                    !same_side(report, a, own) && a.kind != ClaimKind::Unattributed && {
                        let la = memo.lower(a);
                        let has = |w: &&str| whole_words(&la, w).next().is_some();
                        if all {
                            words.iter().all(has)
                        } else {
                            words.iter().any(has)
                        }
                    }
                };
                let before = || report.claims[ci.saturating_sub(LOOK_BACK)..ci].iter().rev();
                // Else the nearest recent claim of another side that tells
                // of some of it: "no evidence at all that votes had been
                // added to the count" after "inflated by at least 400,000
                // votes".
                before()
                    .find(|a| tells(a, true))
                    .or_else(|| before().take(8).find(|a| tells(a, false)))
            });
            // "Ben Salem said the ministry had offered no evidence for its
            // figure": no figure restated, but the claimant named before
            // the missing evidence, and that claimant's count.
            let target = target.or_else(|| {
                let lead = text.get(own.content_cover().start()..span.start())?;
                let named = named_words(lead);
                if named.is_empty() || doubted.is_some() {
                    return None;
                }
                let theirs = || {
                    report.claims[ci.saturating_sub(LOOK_BACK)..ci]
                        .iter()
                        .rev()
                        .filter(|a| {
                            !same_side(report, a, own)
                                && a.kind != ClaimKind::Unattributed
                                && memo.claimant_named(a, &named)
                        })
                };
                theirs()
                    .find(|a| !a.figures.is_empty())
                    .or_else(|| theirs().next())
            });
            // "the MP's death toll was not supported by any evidence": the
            // count so owned, the nearest of another side on its measure.
            let target = target.or_else(|| {
                let lead = text.get(own.content_cover().start()..span.start())?;
                let lead = lead.to_lowercase();
                if doubted.is_some() || possessed_count(&lead).is_none() {
                    return None;
                }
                let measure = measure_phrase(&lead);
                report.claims[ci.saturating_sub(LOOK_BACK)..ci]
                    .iter()
                    .rev()
                    .filter(|a| !same_side(report, a, own) && a.kind != ClaimKind::Unattributed)
                    .find(|a| {
                        a.figures.iter().any(|f| {
                            f.part_of.is_none()
                                && (measure.is_none() || f.measure.as_deref() == measure)
                        })
                    })
            });
            if let Some(a) = target {
                out.push(Relation {
                    kind: RelationKind::NoEvidence,
                    from: Some(own.id),
                    to: a.id,
                    span,
                    note: match doubted {
                        Some(f) => format!(
                            "{} {} there is no evidence for {}",
                            who(report, own),
                            verb(report, own, "say"),
                            f.span.of(text)
                        ),
                        None => format!(
                            "{} {} {} produced no evidence",
                            who(report, own),
                            verb(report, own, "say"),
                            who(report, a)
                        ),
                    },
                });
            }
            continue;
        }
        let from_claim = here
            .iter()
            .find(|c| c.kind == ClaimKind::Unattributed)
            .map(|c| c.id);
        let attributed_here = here.iter().find(|c| {
            c.kind != ClaimKind::Unattributed && c.content.iter().all(|x| !x.contains(span))
        });
        // "X claimed, without evidence, that …": the claim in this sentence.
        let target = if let Some(c) = attributed_here {
            Some(c.id)
        } else {
            // The sentence's subject, else the previous attributed claim.
            let subject = subjects.get(si).copied().flatten();
            let upto = report
                .claims
                .partition_point(|c| c.sentence.end() <= s.start());
            let before: Vec<&Claim> = report.claims[upto.saturating_sub(LOOK_BACK)..upto]
                .iter()
                .filter(|c| c.kind != ClaimKind::Unattributed)
                .collect();
            // Who the sentence names before the missing evidence: "The
            // government has not provided evidence" is about the government,
            // not about whoever spoke last.
            let named = named_words(st.get(..a).unwrap_or(""));
            // What the evidence would be of, when the sentence says it ("no
            // evidence that foreign fighters took part"): the recent claim
            // that told it, whoever the sentence's subject is.
            let object: Vec<String> = st
                .get(b..)
                .map(|rest| {
                    let rest = rest.trim_start();
                    ["that ", "of ", "for "]
                        .iter()
                        .find_map(|w| rest.strip_prefix(w))
                        .unwrap_or("")
                })
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() >= 5 && w.chars().all(|c| c.is_ascii_lowercase()))
                .filter(|w| !is_function_word(w))
                .filter(|w| {
                    !matches!(
                        *w,
                        "claim" | "claims" | "allegation" | "allegations" | "assertion"
                    )
                })
                .map(str::to_string)
                .collect();
            let told = || {
                before.iter().rev().take(8).find(|c| {
                    let lc = memo.lower(c);
                    object.iter().any(|w| whole_words(&lc, w).next().is_some())
                })
            };
            let target = subject
                .and_then(|e| {
                    before
                        .iter()
                        .rev()
                        .find(|c| c.claimant.as_ref().and_then(|x| x.entity) == Some(e))
                })
                // "… for its claim that foreign fighters are behind it": the
                // claim is told here, and none said before is it.
                .or_else(|| {
                    let restated = st.get(b..).is_some_and(|rest| {
                        let l = rest.to_ascii_lowercase();
                        [
                            "claim that",
                            "claims that",
                            "assertion that",
                            "allegation that",
                        ]
                        .iter()
                        .any(|p| l.contains(p))
                    });
                    before
                        .iter()
                        .rev()
                        .filter(|_| !restated)
                        .find(|c| memo.claimant_named(c, &named))
                })
                .or(before
                    .last()
                    .filter(|_| subject.is_some() || named.is_empty()));
            // Where the sentence holds it against someone, the claim that
            // told what it says lacks evidence, if a recent one did.
            target
                .map(|t| told().filter(|_| !object.is_empty()).unwrap_or(t))
                .map(|c| c.id)
        };
        if let Some(to) = target {
            let note = match report.claim(to).and_then(|c| report.claimant_name(c)) {
                Some(n) => format!("the report says {n} produced no evidence for this claim"),
                None => "the report says no evidence was produced for this claim".to_string(),
            };
            out.push(Relation {
                kind: RelationKind::NoEvidence,
                from: if attributed_here.is_some() {
                    None
                } else {
                    from_claim
                },
                to,
                span,
                note,
            });
        }
    }
    out
}

/// A denial points at what it denies: "Mattar denied taking any money"
/// at the claim that he took it, "denied Oudeh's account that …" at
/// Oudeh's account, "denied that any detainee had been mistreated" at the
/// claim about detainees. The target is, among the [`LOOK_BACK`] claims
/// before it of other claimants, the nearest by the claimant the denial
/// names, else the nearest that names the one who denies, else the nearest
/// that shares a noun of its content. A claim by the same claimant right
/// after it, in the same paragraph, that says "never" or "not" denies the
/// same ("'I have never accepted a bribe,' he told the court"). Claims that
/// already dispute a figure (`done`) are left as they are.
pub fn denials(report: &Report, memo: &Memo, done: &[Relation]) -> Vec<Relation> {
    let text: &str = &report.text;
    let mut out: Vec<Relation> = Vec::new();
    // The last denial: its claim and what it denied.
    let mut last: Option<(usize, Vec<ClaimId>)> = None;
    // The claims that already dispute a figure, by index.
    let mut disputing = vec![false; report.claims.len()];
    for r in done {
        if let Some(k) = r.from.map(ClaimId::index) {
            if let Some(d) = disputing.get_mut(k) {
                *d = true;
            }
        }
    }
    for (bi, b) in report.claims.iter().enumerate() {
        if b.kind == ClaimKind::Unattributed || disputing[bi] {
            continue;
        }
        let cue = b.cue.map(|c| c.span.of(text)).unwrap_or_default();
        let denying = [
            "den", "reject", "dismiss", "disput", "refut", "rebut", "contest",
        ]
        .iter()
        .any(|w| {
            cue.get(..w.len())
                .is_some_and(|c| c.eq_ignore_ascii_case(w))
        });
        let may_continue = last.as_ref().is_some_and(|(from, _)| from + 1 == bi);
        // "That's simply not true", "rejects that account": what was
        // just said. A short look at the text first.
        let may_point = b.content.first().is_some_and(|c| {
            let head = c.of(text).trim_start();
            [
                "that", "That", "this", "This", "those", "these", "is ", "was ", "isn",
            ]
            .iter()
            .any(|w| head.starts_with(w))
        });
        // Most claims deny nothing and restate no figure: nothing to read.
        if !denying && b.figures.is_empty() && !may_continue && !may_point {
            continue;
        }
        let lc = memo.lower(b);
        // Not when the speaker's own count follows in the sentence
        // ("disputes that figure, saying the true number is 248"): that
        // count is the dispute.
        let own_count = || {
            report.claims[bi + 1..]
                .iter()
                .take_while(|c| c.sentence == b.sentence)
                .any(|c| same_side(report, c, b) && !c.figures.is_empty())
        };
        if may_point && points_back(&lc, denying) && !own_count() {
            // The nearest claim of another side, in this paragraph or the
            // one before.
            let here = paragraph_of(report, b.sentence);
            let cover = b.content_cover();
            let said = report.claims[bi.saturating_sub(LOOK_BACK)..bi]
                .iter()
                .rev()
                .filter(|a| !same_side(report, a, b) && a.kind != ClaimKind::Unattributed)
                .find(|a| !a.content.iter().any(|c| c.contains(cover)))
                .filter(|a| paragraph_of(report, a.sentence) + 1 >= here);
            if let Some(a) = said {
                out.push(denial(report, b, a));
                last = Some((bi, vec![a.id]));
                continue;
            }
        }
        // Not the claim that reports this one: in "officials said the
        // ambassador had rejected the accusations" the officials are not
        // what he rejects.
        let cover = b.content_cover();
        let earlier = || {
            report.claims[bi.saturating_sub(LOOK_BACK)..bi]
                .iter()
                .rev()
                .filter(|a| !same_side(report, a, b) && a.kind != ClaimKind::Unattributed)
                .filter(move |a| !a.content.iter().any(|c| c.contains(cover)))
        };
        let mut targets: Vec<&Claim> = Vec::new();
        if denying {
            // "Oudeh's account", "the ministry's claims": the possessor.
            let possessor: Vec<&str> = lc
                .split_whitespace()
                .take(4)
                .filter_map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")))
                .collect();
            let own_names: Vec<String> = b
                .claimant
                .as_ref()
                .and_then(|c| c.entity)
                .and_then(|e| report.entity(e))
                .map(|e| {
                    let mut v: Vec<String> = named_words(&e.name)
                        .into_iter()
                        .filter(|w| w.starts_with(char::is_uppercase))
                        .map(str::to_lowercase)
                        .collect();
                    v.extend(e.aliases.iter().map(|a| a.to_lowercase()));
                    v
                })
                .unwrap_or_default();
            // Words of its content as written in lower case: "detainee",
            // not "British".
            let written: String = b
                .content
                .iter()
                .map(|c| c.of(text))
                .collect::<Vec<_>>()
                .join(" ");
            let nouns: Vec<String> = named_words(&written)
                .into_iter()
                .filter(|w| w.starts_with(char::is_lowercase))
                .filter(|w| w.len() >= 5 && !is_function_word(w))
                .map(str::to_lowercase)
                .collect();
            let shares = |a: &Claim| {
                let la = memo.lower(a);
                nouns.iter().any(|n| {
                    let stem = n.trim_end_matches('s');
                    stem.len() >= 5 && la.contains(stem)
                })
            };
            if let Some(a) = earlier()
                .find(|a| !possessor.is_empty() && memo.claimant_named(a, &possessor))
                // "The opposition claims turnout was inflated, an
                // allegation the commission rejects": the sentence's own.
                .or_else(|| earlier().find(|a| a.sentence == b.sentence))
                // "denied that the ministry's figures were out of date"
                // after "the ministry's figures were weeks out of date":
                // a recent claim that says the same of the same thing. (A
                // denial that restates a count is read by its count.)
                .or_else(|| {
                    if !b.figures.is_empty() {
                        return None;
                    }
                    earlier().take(6).find(|a| {
                        let la = memo.lower(a);
                        let mut stems: Vec<&str> = nouns
                            .iter()
                            .map(|n| n.trim_end_matches('s'))
                            .filter(|s| s.len() >= 5 && la.contains(*s))
                            .collect();
                        stems.sort_unstable();
                        stems.dedup();
                        stems.len() >= 2 && (discredits(&lc) == discredits(&la))
                    })
                })
                // "rejected the results as cooked": the count first given
                // by the nearest side that gave counts.
                .or_else(|| {
                    let results = lc.split_whitespace().take(3).any(|w| {
                        matches!(
                            w.trim_matches(|c: char| !c.is_alphanumeric()),
                            "results" | "count" | "figures" | "tally" | "numbers" | "estimate"
                        )
                    });
                    // Not when its own count follows in the sentence ("disputed
                    // the figures, saying only 40 had died"): that count disputes.
                    let own = report.claims[bi + 1..]
                        .iter()
                        .take_while(|c| c.sentence == b.sentence)
                        .any(|c| same_side(report, c, b) && !c.figures.is_empty());
                    let near = earlier()
                        .find(|a| !a.figures.is_empty())
                        .filter(|_| results && !own)?;
                    earlier().rfind(|a| same_side(report, a, near) && !a.figures.is_empty())
                })
            {
                targets.push(a);
            } else {
                // Every recent claim about the one who denies, one per
                // claimant: "he took bribes" (the judge) and "he signed off
                // on the shipments" (prosecutors) are both denied by
                // "denied taking any money".
                // A denial of a clause ("denied that it had received any
                // report of leaks") denies one account, the nearest; one of
                // a deed ("denied taking any money") every charge of it.
                let clause = b.cue.zip(b.content.first()).is_some_and(|(c, first)| {
                    text.get(c.span.end()..first.start())
                        .is_some_and(|between| {
                            between
                                .trim_end()
                                .rsplit(char::is_whitespace)
                                .next()
                                .is_some_and(|w| w.eq_ignore_ascii_case("that"))
                        })
                });
                for a in earlier().take(8) {
                    let la = memo.lower(a);
                    let about = own_names
                        .iter()
                        .any(|n| whole_words(&la, n).next().is_some());
                    if about && !targets.iter().any(|d| same_side(report, d, a)) {
                        targets.push(a);
                        if clause {
                            break;
                        }
                    }
                }
                if targets.is_empty() {
                    targets.extend(earlier().take(6).find(|a| shares(a)));
                }
            }
        }
        // A figure another claimant gave, restated to be denied: "We never
        // offered 4 or 5 percent", "The $14 million is a number invented to
        // frighten people".
        let negated = discredits(&lc)
            || lc
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|w| matches!(w, "never" | "not" | "no") || w.ends_with("n't"));
        if targets.is_empty() && negated && !b.figures.is_empty() {
            // The same value of the same thing: "4 or 5 percent" again, not
            // "three days" or "one out of three" after "three schools".
            let word = |f: &Figure| {
                f.unit
                    .map(|u| u.of(text).rsplit(' ').next().unwrap_or("").to_lowercase())
            };
            let restated = |a: &&Claim| {
                a.figures.iter().any(|fa| {
                    b.figures.iter().any(|fb| {
                        fb.value == fa.value
                            && fb.kind == fa.kind
                            && !fb.vague
                            && match (word(fa), word(fb)) {
                                (Some(x), Some(y)) => {
                                    x == y
                                        && !matches!(
                                            x.trim_end_matches('s'),
                                            "minute" | "hour" | "day" | "week" | "month" | "year"
                                        )
                                }
                                (None, None) => fb.kind != FigureKind::Count,
                                _ => false,
                            }
                            // "the 11 million figure was wrong": a count
                            // named as a figure is the one that gave it.
                            || fb.value == fa.value
                                && fb.kind == FigureKind::Count
                                && word(fb).is_some_and(|w| {
                                    matches!(
                                        w.as_str(),
                                        "figure" | "estimate" | "count" | "total" | "tally"
                                    )
                                })
                            // "It is not 38, it is 11", "it isn't 4,000":
                            // a count named to be denied, bare or on the
                            // same measure ("not 19 dead").
                            || fb.value == fa.value
                                && denied_figure(text, fb)
                                && (word(fb).is_none()
                                    || fb.measure.is_some() && fb.measure == fa.measure)
                    })
                })
            };
            // The nearest claim that gave it; for a count, each: "eight
            // shots, not two" answers every account of two shots.
            let mut gave = earlier().take(8).filter(restated);
            if let Some(first) = gave.next() {
                targets.push(first);
                let counts = b.figures.iter().all(|f| {
                    f.kind == FigureKind::Count && (f.unit.is_some() || f.measure.is_some())
                });
                if counts {
                    targets.extend(gave);
                }
            }
        }
        if !targets.is_empty() || denying {
        } else if let Some((from, to)) = &last {
            // The same claimant denying again in its next words.
            let prev = &report.claims[*from];
            if from + 1 == bi
                && same_side(report, prev, b)
                && paragraph_of(report, prev.sentence) == paragraph_of(report, b.sentence)
                && (lc
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| matches!(w, "never" | "not" | "no"))
                    // "That is simply invented."
                    || discredits(&lc))
            {
                targets.extend(to.iter().map(|id| &report.claims[id.index()]));
            }
        }
        if !targets.is_empty() {
            out.extend(targets.iter().map(|a| denial(report, b, a)));
            last = Some((bi, targets.iter().map(|a| a.id).collect()));
        }
    }
    out
}

/// Nouns for what someone said beyond an account's
/// ([`super::rebuttals::ACCOUNTS`]): "that description", "this
/// suggestion".
const SAID_NOUNS: [&str; 10] = [
    "description",
    "characterisation",
    "characterization",
    "assertion",
    "assertions",
    "statement",
    "suggestion",
    "argument",
    "picture",
    "narrative",
];

/// Whether a claim's lower-case content answers what was just said by
/// pointing at it: "that account" (after "rejects"), "That's simply not
/// true", "is not true" (of "said that is not true", whose "that" the
/// content leaves out).
fn points_back(lc: &str, denying: bool) -> bool {
    let ws: Vec<&str> = lc
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    let demonstrative = |w: &str| matches!(w, "that" | "this" | "those" | "these");
    // "rejects that account", "dismissed this version".
    if denying && ws.len() <= 3 && ws.first().is_some_and(|w| demonstrative(w)) {
        return ws
            .get(1)
            .is_some_and(|n| ACCOUNTS.contains(n) || SAID_NOUNS.contains(n));
    }
    // "That's simply not true", "That is false", "is not true".
    let rest: &[&str] = match ws.as_slice() {
        ["that's", rest @ ..] => rest,
        ["that" | "this", "is" | "was", rest @ ..] => rest,
        ["is" | "was", rest @ ..] => rest,
        ["isn't" | "wasn't", rest @ ..] => {
            return matches!(rest, ["true", ..]);
        }
        _ => return false,
    };
    let rest = match rest {
        ["simply" | "just" | "completely" | "absolutely" | "totally" | "plainly", more @ ..] => {
            more
        }
        _ => rest,
    };
    matches!(
        rest,
        ["not", "true", ..] | ["untrue", ..] | ["false", ..] | ["wrong", ..] | ["nonsense", ..]
    )
}

/// `b` denies what `a` says.
fn denial(report: &Report, b: &Claim, a: &Claim) -> Relation {
    let denies = if verb(report, b, "say") == "says" {
        "denies"
    } else {
        "deny"
    };
    Relation {
        kind: RelationKind::Disputes,
        from: Some(b.id),
        to: a.id,
        span: b.content_cover(),
        note: format!(
            "{} {denies} what {} {}",
            who(report, b),
            who(report, a),
            verb(report, a, "say")
        ),
    }
}

/// The measure of a candidate's share: "54.6 percent of the vote".
const VOTE_SHARE: &str = "share of the vote";

/// The candidate a share of the vote is of: the last capitalised word
/// before the figure in its content ("Chirwa" in "President Tobias Chirwa
/// won 54.6 percent", and in "showed Chirwa with no more than 48 percent").
fn candidate<'t>(text: &'t str, c: &Claim, f: &Figure) -> Option<&'t str> {
    let piece = c.content.iter().find(|s| s.contains(f.span))?;
    let before = text.get(piece.start()..f.span.start())?;
    before
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .rfind(|w| w.starts_with(char::is_uppercase) && !is_function_word(&w.to_lowercase()))
}

/// The index of the paragraph that holds `s`.
fn paragraph_of(report: &Report, s: Span) -> usize {
    report.paragraphs.partition_point(|p| p.end() <= s.start())
}

/// The words of `s` that can name a claimant: none of the pronouns and
/// joining words ("He has not", "But the"), only nouns and names of four or
/// more letters ("government", "Ministry", "officials"), and acronyms ("RSF").
fn named_words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            w.chars().count() >= 4 || w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
        })
        .filter(|w| {
            !matches!(
                w.to_ascii_lowercase().as_str(),
                "they"
                    | "their"
                    | "them"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "there"
                    | "with"
                    | "from"
                    | "have"
                    | "been"
                    | "also"
                    | "still"
                    | "however"
                    | "since"
                    | "when"
                    | "while"
                    | "what"
                    | "which"
                    | "yet"
                    | "said"
                    | "says"
                    | "claim"
                    | "claims"
                    | "claimed"
                    | "such"
                    | "some"
                    | "even"
                    | "again"
                    | "once"
                    | "only"
                    | "ever"
                    | "never"
                    | "nothing"
                    | "none"
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_read_for_a_character_has_its_key() {
        let arms = [
            "unarmed",
            "defenceless",
            "defenseless",
            "carrying",
            "carried",
            "holding",
            "bearing",
        ];
        assert!(CHARACTER_KEYS.windows(2).all(|w| w[0] < w[1]));
        for w in Character::CIVILIANS
            .iter()
            .chain(&Character::FIGHTERS)
            .chain(&arms)
        {
            assert!(may_tell_character(w), "{w}");
            assert!(may_tell_character(&format!("they were {w}s.")), "{w}");
        }
        assert!(!may_tell_character(
            "the officials said police told reporters"
        ));
    }

    #[test]
    fn character_words_are_found_in_the_text_as_in_the_lowered_content() {
        let text = "All \"civ\"ilians, said NON-COMBATANT groups; x-Rebels and unarmed";
        let starts: Vec<&str> = character_starts(text)
            .into_iter()
            .map(|p| &text[p..p + 4])
            .collect();
        assert_eq!(starts, ["civ\"", "NON-", "unar"]);
        assert!(key_at(text.as_bytes(), 4));
        assert!(!key_at(text.as_bytes(), 0));
    }

    #[test]
    fn a_character_is_read_as_before() {
        assert_eq!(
            character_in("40 killed, all civilians", true),
            Some(Character::Civilians)
        );
        assert_eq!(
            character_in("they were not fighters", true),
            Some(Character::Civilians)
        );
        assert_eq!(
            character_in("all of them militants", true),
            Some(Character::Fighters)
        );
        assert_eq!(character_in("including civilians", true), None);
        assert_eq!(
            character_in("including civilians", false),
            Some(Character::Civilians)
        );
        assert_eq!(
            character_in("he was unarmed", false),
            Some(Character::Civilians)
        );
        assert_eq!(character_in("he was unarmed", true), None);
        assert_eq!(
            character_in("none was carrying a weapon; they were fighters", false),
            Some(Character::Civilians)
        );
        assert_eq!(
            character_in("the non-combatants were children", true),
            Some(Character::Civilians)
        );
    }
}
