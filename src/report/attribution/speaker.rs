//! The speaker phrase: who a claim is attributed to, taken apart into name,
//! role, affiliation and acronym.
//!
//! [`speaker_before`] walks left from a cue to the start of its subject;
//! [`parse_phrase`] checks that a stretch of tokens can speak ("the
//! ministry", "Amnesty's researcher Jane Doe", "officials in Kyiv") and
//! returns its parts as spans.

use super::content::opening_adjunct;
use super::{Phrase, Speaker};
use crate::report::lexicon::*;
use crate::report::model::EntityKind;
use crate::report::span::Span;
use crate::report::tokens::{TokKind, Toks, CUE, MONTH, NUMERAL, WEEKDAY};

pub(super) fn role_from_apposition(t: &Toks, a: usize, b: usize) -> Option<Span> {
    let mut a = a;
    // "who is a judge in …": the role follows the relative pronoun.
    if t.eq_lower(a, "who") && matches!(t.lower(a + 1), "is" | "was") {
        a += 2;
    }
    while a <= b && t.is_lower(a) && matches!(t.s(a), "a" | "an" | "the") {
        a += 1;
    }
    // "a former aide who served with her": the role ends at the clause.
    let b = (a + 1..=b)
        .find(|&k| t.is_lower(k) && matches!(t.s(k), "who" | "whose" | "which" | "that"))
        .map_or(b, |k| k - 1);
    if a > b || b - a > 9 {
        return None;
    }
    // An age is no role: "Maria Souza, 54,".
    if a == b && t.kind(a) == Some(TokKind::Number) {
        return None;
    }
    // A participle phrase is what the speaker was doing, not who they are:
    // "speaking on condition of anonymity", "writing in a newspaper".
    if t.is_lower(a) && is_ing(t.s(a)) {
        return None;
    }
    // Nor is what was done to it: "published on Tuesday", "seen by AFP".
    if t.is_lower(a)
        && t.s(a).ends_with("ed")
        && t.is_lower(a + 1)
        && (t.lower_word_is(a + 1, PREPOSITION)
            || matches!(t.s(a + 1), "last" | "this" | "earlier"))
    {
        return None;
    }
    // A clause is no role.
    if (a..=b).any(|k| {
        matches!(t.kind(k), Some(TokKind::OpenQuote | TokKind::CloseQuote))
            || t.is_word(k) && {
                let w = t.lower(k);
                is_clause_boundary(w) && w != "and" || is_be(w) || t.has(k, CUE)
            }
    }) {
        return None;
    }
    if a > b {
        return None;
    }
    Some(t.range(a, b))
}

/// What a name is, by the noun its apposition describes it with: "Tanah
/// Kita Relief, a volunteer network that …" and "Porto Limpo, a watchdog"
/// are organisations, whatever their names look like. The head is the
/// last word before a clause or a preposition.
pub(super) fn kind_from_apposition(t: &Toks, p: &mut Phrase) {
    let proper = p.name.of(t.text).starts_with(char::is_uppercase);
    if let Some(k) = p
        .role
        .filter(|_| proper)
        .and_then(|r| apposition_kind(t, r))
    {
        p.kind = k;
    }
}

fn apposition_kind(t: &Toks, role: Span) -> Option<EntityKind> {
    // "one of the country's largest makers of car parts": the noun after
    // "one of".
    let role = role.of(t.text);
    let role = role
        .strip_prefix("one of ")
        .or_else(|| role.strip_prefix("among "))
        .unwrap_or(role);
    let head = role
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "that" | "which" | "who" | "of" | "for" | "in" | "at" | "with" | "based" | "from"
            )
        })
        .last()?
        .trim_end_matches(',')
        .to_lowercase();
    // What a business is described by: "a maker of gearboxes", "the
    // country's largest lender".
    if matches!(
        head.strip_suffix('s').unwrap_or(&head),
        "maker"
            | "carmaker"
            | "automaker"
            | "drugmaker"
            | "chipmaker"
            | "manufacturer"
            | "producer"
            | "supplier"
            | "retailer"
            | "lender"
            | "insurer"
            | "exporter"
            | "importer"
            | "conglomerate"
            | "airline"
    ) {
        return Some(EntityKind::Organization);
    }
    match source_noun(&head)? {
        EntityKind::Organization if !is_document_noun(&head) => Some(EntityKind::Organization),
        _ => None,
    }
}

/// "A spokesman for the army, Maj. Gen. Zaw Tun", "the magistrate, K. J.
/// Moore": when a description (tokens `desc`) is followed by a name in
/// apposition (tokens `app`, inclusive), the name is the speaker and the
/// description its role.
pub(super) fn named_in_apposition(
    t: &Toks,
    described: &Phrase,
    desc: (usize, usize),
    app: (usize, usize),
) -> Option<Phrase> {
    // Not "A Ministry of Health spokesman", whose head is a role.
    let proper = described
        .name
        .of(t.text)
        .starts_with(|c: char| c.is_uppercase())
        && !t.is_lower(desc.1);
    // "The mayor of Canoas, Jairo Jorge": a role of a named place or body
    // describes the person named next, as "the head of the agency" does.
    // So does a title of one, capitalised or not: "The Mayor of London, Sadiq Khan".
    let name = described.name.of(t.text);
    // So does one placed somewhere: "FRN's medical coordinator in Maro
    // Bend, Dr Joaquim Lenz".
    let placed = described.affiliation.is_some()
        && described
            .role
            .is_some_and(|r| r.of(t.text).starts_with(|c: char| c.is_lowercase()))
        && (desc.0..desc.1).any(|k| t.is_lower(k) && matches!(t.s(k), "in" | "at"));
    let role_of_name = proper
        && (described.affiliation.is_none()
            && (desc.0..desc.1).any(|k| t.is_lower(k) && t.s(k) == "of")
            || placed)
        && match described.role {
            Some(r) => r.of(t.text).starts_with(|c: char| c.is_lowercase()),
            None => name.contains(" of ") && name.split(' ').next().is_some_and(is_title),
        };
    let common = described.acronym.is_none() && (!proper || role_of_name);
    let (a, b) = app;
    // "That witness, former customs inspector Fábio Rezende": the name may
    // follow words of a role of its own, in lower case, with no verb.
    let mut n = a;
    // A capitalised adjective may stand among them: "former Zambian
    // vice-president Mutale Chisanga".
    while n <= b
        && (t.is_lower(n) || t.is_cap(n) && n < b && t.is_lower(n + 1))
        && (t.s(n) == "former" || !t.word_is(n, FUNCTION_WORD))
        && !t.has(n, CUE)
        && !t.word_is(n, BE)
    {
        n += 1;
    }
    let named = n <= b
        && (n..=b).all(|k| t.is_cap(k) || t.is_punct(k, '.'))
        && (n..=b).filter(|&k| t.is_cap(k)).count() >= 2;
    if !(common && named) {
        return None;
    }
    let mut person = parse_phrase(t, a, b)?;
    if !matches!(
        person.kind,
        EntityKind::Person | EntityKind::Unknown | EntityKind::Organization
    ) || n > a && person.name != t.range(n, b)
    {
        return None;
    }
    // "its maker, Helvara Therapeutics": a company named in apposition
    // speaks as itself, the description its role.
    if person.kind != EntityKind::Organization {
        person.kind = EntityKind::Person;
    }
    // The description without its article or possessor: "A police
    // spokesperson" is a "police spokesperson"; in "Amnesty's executive
    // director" the organisation is the affiliation.
    person.role = Some(if role_of_name {
        // The whole description without its article: "mayor of Canoas";
        // without its possessor: "medical coordinator in Maro Bend".
        let first = match described.role.filter(|_| placed) {
            Some(r) => t
                .toks
                .partition_point(|x| x.span.start() < r.start())
                .min(desc.1)
                .max(desc.0),
            None => (desc.0..=desc.1)
                .find(|&k| !(t.is_word(k) && matches!(t.lower(k), "the" | "a" | "an")))
                .unwrap_or(desc.0),
        };
        t.range(first, desc.1)
    } else {
        described.name
    });
    if person.affiliation.is_none() {
        person.affiliation = described.affiliation;
    }
    person.mention = t.range(desc.0, b);
    Some(person)
}

/// The speaker phrase that ends at token `end` (inclusive), found by walking
/// left to the start of its clause. Returns its first token and the speaker.
pub(super) fn speaker_before(t: &Toks, end: usize) -> Option<(usize, Speaker)> {
    // "Carter however said", "Farmers here say": an adverb between the
    // subject and a verb of saying, without the commas that would set it
    // off ("the association here offered a reward" offers no words).
    if end >= 1
        && matches!(
            t.s(end + 1),
            "said" | "says" | "say" | "told" | "tells" | "added" | "noted" | "wrote"
        )
        && t.is_lower(end)
        && matches!(
            t.s(end),
            "however" | "here" | "there" | "meanwhile" | "instead"
        )
        && t.is_word(end - 1)
        && (!t.is_lower(end - 1) || !t.lower_word_is(end - 1, FUNCTION_WORD))
    {
        return speaker_before(t, end - 1);
    }
    // "Rep. Ines Moro (a first-term member from the coast) says": an aside
    // in brackets after the name, longer than a party tag or an acronym.
    if t.is_punct(end, ')') {
        let open = (end.saturating_sub(30)..end)
            .rev()
            .find(|&k| t.is_punct(k, '(') || t.is_punct(k, ')'))
            .filter(|&k| {
                t.is_punct(k, '(')
                    && k >= 1
                    && end - k > 6
                    && t.is_cap(k - 1)
                    && t.is_lower(k + 1)
                    && (k + 1..end).all(|m| {
                        t.is_word(m)
                            || t.kind(m) == Some(TokKind::Number)
                            || t.is_punct(m, ',')
                            || t.is_punct(m, '-')
                    })
            });
        if let Some(open) = open {
            return speaker_before(t, open - 1);
        }
    }
    // "liberals who decried the tests", "the group, which said …": the
    // relative pronoun speaks for the noun before it.
    if let Some(found) = relative_speaker(t, end) {
        return Some(found);
    }
    if let Some(found) = reduced_relative(t, end) {
        return Some(found);
    }
    if let Some(found) = people_asked(t, end) {
        return Some(found);
    }
    let found = speaker_before_plain(t, end).or_else(|| speaker_before_relative(t, end));
    // "The party that rules the country said": the object of a relative
    // clause is not who speaks; the noun before the clause is.
    // "Officials who spoke to AFP said": the same, with a preposition.
    // "Doctors who treated the wounded said": with an object that is no
    // speaker at all.
    let start = found.as_ref().map_or(end, |f| f.0);
    let verb = |k: usize| {
        t.is_lower(k)
            && !t.lower_word_is(k, PREPOSITION)
            && !t.lower_word_is(k, DETERMINER)
            && !t.word_is(k, CLAUSE_BOUNDARY)
            && !t.lower_word_is(k, SUBJECT_PRONOUN)
    };
    // "that night", "that week": a time, not a clause.
    let that_time = |k: usize| {
        t.eq_lower(k, "that")
            && matches!(
                t.lower(k + 1),
                "night" | "day" | "morning" | "evening" | "afternoon" | "week" | "month" | "year"
            )
    };
    let relative = (start.saturating_sub(4)..=start).rev().find(|&r| {
        r >= 1
            && t.is_lower(r)
            && matches!(t.s(r), "that" | "who" | "which")
            && !that_time(r)
            && t.is_word(r - 1)
            && r < end
            && verb(r + 1)
            && (r + 2..=start.max(r + 1)).all(|k| {
                k > end
                    || k == start
                    || t.is_lower(k)
                        && (t.lower_word_is(k, PREPOSITION) || t.lower_word_is(k, DETERMINER))
            })
    });
    // A longer restrictive clause between the subject and its verb: "Farmers
    // who have met the minister in person say", "Nurses who were working
    // at the clinic that night said", "Growers whose permits were
    // cancelled say". The clause's words run to the cue without a comma
    // or a quotation, and the subject opens the sentence.
    let relative = relative.or_else(|| {
        let r = (start.min(end).saturating_sub(10)..start.min(end))
            .rev()
            .take_while(|&k| t.is_word(k) || t.kind(k) == Some(TokKind::Number))
            .find(|&r| {
                r >= 1
                    && t.is_lower(r)
                    && matches!(t.s(r), "who" | "whose" | "that")
                    && !that_time(r)
                    && t.is_word(r - 1)
                    && match t.s(r) {
                        "whose" => true,
                        // "that" may open a reported clause: "added that
                        // officials said …"; its verb must be finite.
                        "that" => super::rules::is_finite_verb(t, r + 1),
                        _ => verb(r + 1),
                    }
            })?;
        let (s0, _) = speaker_before_plain(t, r - 1)?;
        let opens = s0 == 0 || t.is_punct(s0 - 1, ',') && opening_adjunct(t, 0, s0 - 1);
        let clause_ok = (r + 1..=end).all(|k| {
            !t.is_lower(k)
                || that_time(k)
                || !(t.word_is(k, SUBJECT_PRONOUN) || t.word_is(k, CLAUSE_BOUNDARY) && k > r + 2)
        });
        (opens && clause_ok).then_some(r)
    });
    if let Some(r) = relative {
        if let Some((s0, Speaker::Phrase(mut p))) = speaker_before_plain(t, r - 1) {
            p.mention = t.range(s0, r - 1);
            return Some((s0, Speaker::Phrase(p)));
        }
        // "Those who backed the plan hailed it": people named only by the
        // clause, which is their name.
        let w = t.lower(r - 1);
        if (r == 1 || !t.is_word(r - 2))
            && matches!(
                w,
                "those" | "people" | "many" | "some" | "anyone" | "all" | "others"
            )
        {
            let whole = t.range(r - 1, end);
            return Some((
                r - 1,
                Speaker::Phrase(Phrase {
                    mention: whole,
                    name: whole,
                    role: None,
                    affiliation: None,
                    acronym: None,
                    kind: EntityKind::Group,
                }),
            ));
        }
    }
    // "59 percent of voters said", "One in three said": a share of the
    // people asked, which the plain walk stops short of at the number.
    let start = found.as_ref().map_or(end + 1, |f| f.0);
    if let Some((q0, p)) = quantity_before(t, end) {
        if q0 < start {
            return Some((q0, Speaker::Phrase(p)));
        }
    }
    // A subject that opens the sentence and is described after its noun:
    // "A person familiar with the schedule says", "Tenants trying to stop
    // the sale say", "current and former staff at the port and in the
    // customs office have said". The plain walk stops inside the
    // description, or finds nothing.
    if let Some((s0, h, p)) = described_subject(t, end) {
        let inside = found.as_ref().is_none_or(|f| f.0 > h);
        if inside {
            return Some((s0, Speaker::Phrase(p)));
        }
    }
    found
}

/// Participles that describe people after their noun: "officials based in
/// Kyiv", "a source briefed on the talks".
fn is_described_by_participle(w: &str) -> bool {
    matches!(
        w,
        "based"
            | "briefed"
            | "involved"
            | "interviewed"
            | "polled"
            | "surveyed"
            | "quoted"
            | "named"
            | "cited"
            | "elected"
            | "appointed"
            | "employed"
            | "hired"
            | "gathered"
            | "assembled"
            | "aligned"
            | "allied"
            | "affiliated"
            | "associated"
            | "connected"
            | "linked"
            | "tied"
            | "stationed"
            | "deployed"
            | "detained"
            | "injured"
            | "wounded"
            | "displaced"
            | "trapped"
            | "opposed"
    )
}

/// The sentence's subject when it runs from the clause's start to `end`
/// (the word before the verb group) as a noun that can speak and a
/// description after it. Returns the first token, the noun's last token and
/// the phrase.
fn described_subject(t: &Toks, end: usize) -> Option<(usize, usize, Phrase)> {
    // "A poll taken over the past week", "emails combed through by
    // reporters": a document described by what was done to it.
    let document_participle = |k: usize| {
        k > 0
            && t.is_lower(k)
            && t.is_word(k - 1)
            && (is_document(t.lower(k - 1).trim_end_matches('s'))
                || is_evidence_source(t.lower(k - 1)))
            && (t.s(k).ends_with("ed") || is_irregular_participle(t.s(k)))
            && (t.is_lower(k + 1)
                && (t.lower_word_is(k + 1, PREPOSITION) || matches!(t.s(k + 1), "last" | "this"))
                // "polls released Sunday"
                || t.has(k + 1, WEEKDAY))
    };
    let mut s0 = super::content::dateline_end(t);
    if t.is_word(s0) && matches!(t.lower(s0), "but" | "and" | "yet" | "still" | "so") {
        s0 += 1;
    }
    // It ends with a word of its own, not "at", "the" or a count, nor a
    // relative pronoun ("The hacker who revealed it").
    if end < s0
        || end - s0 > 18
        || !t.is_word(end)
        || t.is_lower(end) && t.lower_word_is(end, FUNCTION_WORD)
        || t.has(end, NUMERAL)
    {
        return None;
    }
    // The noun: the words before the first preposition, relative pronoun,
    // adjective of knowing or participle after a noun.
    let breaker = |k: usize| {
        t.is_lower(k) && {
            let w = t.s(k);
            is_preposition(w)
                || matches!(
                    w,
                    "who"
                        | "whose"
                        | "that"
                        | "familiar"
                        | "close"
                        | "knowledgeable"
                        | "aware"
                        | "involved"
                        | "briefed"
                        | "opposed"
                        | "loyal"
                        | "not"
                )
                // "Tenants trying to …", "officials briefed on …"; not a
                // past tense ("Anger grew among …").
                || k > s0
                    && (is_ing(w) || is_described_by_participle(w))
                    && t.is_word(k - 1)
                    && !t.word_is(k - 1, DETERMINER)
                || document_participle(k)
        }
    };
    let first_break = (s0 + 1..=end).find(|&k| breaker(k)).unwrap_or(end + 1);
    let plain = (s0..=end).all(|k| match t.kind(k) {
        Some(TokKind::Word) => {
            let w = t.lower(k);
            !(t.is_lower(k)
                && (is_be(w)
                    || is_auxiliary(w)
                    || is_subject_pronoun(w)
                    // A past tense makes a clause: "Ruiz drew a foul",
                    // "… and jogged off as". An adjective before its
                    // noun does not ("retired teachers").
                    || (w.ends_with("ed") || is_irregular_past(w))
                        && !is_described_by_participle(w)
                        && !(k == first_break && document_participle(k))
                        && !(k < first_break && t.is_lower(k + 1) && !t.word_is(k + 1, FUNCTION_WORD))
                    // In the description a cue is an infinitive or a
                    // participle ("trying to win", "hoping to see"); a
                    // finite cue makes a clause.
                    // The noun itself may be one: "An earlier report in a
                    // regional weekly said".
                    || t.has(k, CUE)
                        && (k < first_break && !(k + 1 == first_break && k > s0)
                            || w.ends_with('s')
                            || matches!(w, "said" | "told")
                            || t.eq_lower(k + 1, "that"))))
        }
        Some(TokKind::Number) => true,
        Some(TokKind::Punct('-' | '.' | '\'' | '’')) => true,
        _ => false,
    });
    if !plain {
        return None;
    }
    let h = first_break - 1;
    let head = t.lower(h);
    let noun_ok = (t.is_lower(h) || h == s0)
        && (source_noun(head).is_some()
            || document_participle(first_break)
            || looks_like_agent(head)
            || matches!(
                head,
                "person" | "people" | "source" | "sources" | "someone" | "those"
            ));
    if !noun_ok || (s0..h).any(|k| t.is_lower(k) && t.lower_word_is(k, PREPOSITION)) {
        return None;
    }
    let mut n0 = s0;
    while n0 < h && t.word_is(n0, DETERMINER) {
        n0 += 1;
    }
    let kind = if head.ends_with('s') || head == "people" {
        EntityKind::Group
    } else {
        EntityKind::Person
    };
    Some((
        s0,
        h,
        Phrase {
            mention: t.range(s0, end),
            name: t.range(n0, h),
            role: None,
            affiliation: None,
            acronym: None,
            kind,
        },
    ))
}

/// A share of people that ends at token `end`: "59 percent", "Only 49
/// percent of Republicans", "one in three", "nearly eight in 10 voters".
fn quantity_before(t: &Toks, end: usize) -> Option<(usize, Phrase)> {
    // "Just over a third, 35 percent, say": the share, then its figure
    // between commas.
    if end >= 4 && t.is_punct(end, ',') {
        let inner = (end.saturating_sub(5)..end)
            .rev()
            .find(|&k| t.is_punct(k, ','))?;
        let (_, figure) = quantity_before(t, end - 1)?;
        if figure.mention.start() != t.span(inner + 1).start() {
            return None;
        }
        let (q0, mut share) = quantity_before(t, inner - 1)?;
        share.mention = t.range(q0, end - 1);
        share.name = share.mention;
        return Some((q0, share));
    }
    let mut k = end;
    loop {
        let ok = match t.kind(k) {
            Some(TokKind::Number) | Some(TokKind::Punct('%')) => true,
            Some(TokKind::Word) => {
                !(t.is_lower(k)
                    && (t.word_is(k, CLAUSE_BOUNDARY | BE)
                        || t.word_is(k, AUX_OR_ADVERB) && !is_quantity_qualifier(t.lower(k))
                        || t.has(k, CUE)))
            }
            _ => false,
        };
        if !ok || end - k > 9 {
            k += 1;
            break;
        }
        if k == 0 {
            break;
        }
        k -= 1;
    }
    if k > end {
        return None;
    }
    quantity_phrase(t, k, end).map(|p| (k, p))
}

/// Tokens `a..=b` as a share of people: a count first (after qualifiers such
/// as "only", "nearly", "some"), then "percent", "in N" or "of …".
pub(super) fn quantity_phrase(t: &Toks, a: usize, b: usize) -> Option<Phrase> {
    if a > b || b >= t.len() {
        return None;
    }
    let mut k = a;
    // "only", "nearly"; "a mere", "the remaining".
    while k < b
        && t.is_word(k)
        && (is_quantity_qualifier(t.lower(k))
            || matches!(t.lower(k), "a" | "an" | "the")
                && t.is_word(k + 1)
                && is_quantity_qualifier(t.lower(k + 1)))
    {
        k += 1;
    }
    // "at least half", "more than 40 percent".
    if k + 1 < b
        && matches!(
            (t.lower(k), t.lower(k + 1)),
            ("at", "least" | "most") | ("more" | "fewer" | "less", "than")
        )
    {
        k += 2;
    }
    // "half", "a third", "two-thirds", "a majority": a share by itself.
    let fraction = |k: usize| {
        let w = t.lower(k);
        matches!(
            w,
            "half"
                | "majority"
                | "majorities"
                | "plurality"
                | "minority"
                | "third"
                | "quarter"
                | "fifth"
        ) || w.ends_with("-thirds")
            || w.ends_with("-third")
            || w.ends_with("-quarters")
            || w.ends_with("-fifths")
    };
    if matches!(t.lower(k), "a" | "the") && k < b && fraction(k + 1) {
        k += 1;
    }
    if fraction(k) && (k == b || t.eq_lower(k + 1, "of")) {
        let words_ok = (k..=b).all(|m| t.is_word(m));
        return words_ok.then(|| Phrase {
            mention: t.range(a, b),
            name: t.range(a, b),
            role: None,
            affiliation: None,
            acronym: None,
            kind: EntityKind::Group,
        });
    }
    let count = t.kind(k) == Some(TokKind::Number) || t.has(k, NUMERAL);
    if !count {
        return None;
    }
    let share = matches!(t.lower(k + 1), "percent" | "in" | "of")
        || t.is_punct(k + 1, '%')
        || t.lower(k).contains("-third")
        || t.lower(k).contains("-quarter");
    let words_ok = (k..=b).all(|m| {
        t.is_word(m)
            || t.kind(m) == Some(TokKind::Number)
            || t.is_punct(m, '%')
            || t.is_punct(m, '-')
    });
    if !share || !words_ok {
        return None;
    }
    Some(Phrase {
        mention: t.range(a, b),
        name: t.range(a, b),
        role: None,
        affiliation: None,
        acronym: None,
        kind: EntityKind::Group,
    })
}

/// "Jane Doe, who retired in 1955 said …": a relative clause between the
/// speaker and the cue, when no speaker stands right before the cue.
pub(super) fn speaker_before_relative(t: &Toks, end: usize) -> Option<(usize, Speaker)> {
    // Not before a plural noun used as a cue ("hit-run charges") nor after
    // an auxiliary ("who will be urged").
    let cue = t.s(end + 1);
    if cue.ends_with('s')
        || t.is_lower(end) && (is_aux_or_adverb(t.s(end)) || t.lower_word_is(end, BE))
    {
        return None;
    }
    let w = (end.saturating_sub(20)..=end).rev().find(|&k| {
        k >= 2 && t.is_lower(k) && matches!(t.s(k), "who" | "which") && t.is_punct(k - 1, ',')
    })?;
    let clean = (w + 1..end).all(|k| !t.is_punct(k, ',') && t.kind(k) != Some(TokKind::OpenQuote));
    if !clean
        || matches!(
            t.kind(end),
            Some(TokKind::OpenQuote | TokKind::CloseQuote) | None
        )
    {
        return None;
    }
    let (start, sp) = speaker_before_plain(t, w - 2)?;
    let Speaker::Phrase(mut ph) = sp else {
        return None;
    };
    if ph.role.is_none() {
        let last = if t.is_punct(end, ',') { end - 1 } else { end };
        ph.role = role_from_apposition(t, w, last);
    }
    Some((start, Speaker::Phrase(ph)))
}

pub(super) fn speaker_before_plain(t: &Toks, end: usize) -> Option<(usize, Speaker)> {
    // "X, a doctor, said": an apposition between commas, or between dashes
    // ("NATO - the alliance - said").
    // `Voss, the owner of the "Daily Star," said`: the apposition's comma
    // inside the closing mark of a title in quotation marks.
    // So is `Voss, who called the plan "a farce," said`: a relative clause
    // (who, which, whose) or a participle (`Voss, citing "the law," said`)
    // that ends in a quotation.
    let title = t.kind(end) == Some(TokKind::CloseQuote)
        && end >= 3
        && t.is_punct(end - 1, ',')
        && (end.saturating_sub(16)..end - 1)
            .rev()
            .find(|&k| t.kind(k) == Some(TokKind::OpenQuote))
            .is_some_and(|o| {
                let title =
                    end - o <= 8 && o + 1 < end - 1 && (o + 1..end - 1).all(|k| t.is_cap(k));
                let described = || {
                    (o.saturating_sub(12)..o)
                        .rev()
                        .find(|&k| t.is_punct(k, ',') || t.kind(k) != Some(TokKind::Word))
                        .is_some_and(|c| {
                            t.is_punct(c, ',')
                                && c + 1 < o
                                && (matches!(t.lower(c + 1), "who" | "which" | "whose")
                                    || t.is_lower(c + 1) && is_ing(t.s(c + 1)))
                        })
                };
                title || described()
            });
    let end = if title { end - 1 } else { end };
    let sep = match t.kind(end) {
        Some(TokKind::Punct(c @ (',' | '—' | '–' | '-'))) => Some(c),
        _ => None,
    };
    if let Some(sep) = sep {
        // "Hart -- a lawyer -- said": a dash written as two hyphens.
        let double = sep == '-' && end >= 1 && t.is_punct(end - 1, '-');
        let end = if double { end - 1 } else { end };
        let mut p = end;
        while p > 0 {
            p -= 1;
            if t.is_punct(p, sep) {
                if double && !(p >= 1 && t.is_punct(p - 1, '-')) {
                    return None;
                }
                // "Tom Baker, of Eugene, Ore., said": a state after its
                // town is part of the place, not an apposition of its own.
                // The state is written short: "Ore.", "N.Y.", "DC".
                let short = (1..=4).contains(&(end - p - 1))
                    && (p + 1..end).all(|k| t.is_cap(k) || t.is_punct(k, '.'))
                    && (t.is_punct(end - 1, '.')
                        || end - p == 2 && all_caps(t.s(p + 1)) && t.s(p + 1).len() == 2);
                let state = sep == ','
                    && p >= 3
                    && t.is_cap(p - 1)
                    && !is_title(t.s(p - 1))
                    && short
                    && (p.saturating_sub(6)..p - 1)
                        .any(|k| t.is_lower(k) && matches!(t.s(k), "of" | "from" | "in"));
                // "a teacher from Turku, Finland, said": a country after its
                // town, inside an apposition that opened with a comma.
                let country = sep == ','
                    && end - p == 2
                    && t.is_cap(p + 1)
                    && !is_title(t.s(p + 1))
                    && p >= 4
                    && t.is_cap(p - 1)
                    && (p - 3..p - 1).any(|k| t.is_lower(k) && matches!(t.s(k), "from" | "in"))
                    && (p.saturating_sub(12)..p - 3).any(|k| t.is_punct(k, ','));
                if state || country {
                    continue;
                }
                break;
            }
            let inside = t.is_word(p)
                || title && t.kind(p) == Some(TokKind::OpenQuote)
                || t.is_punct(p, '.')
                || t.is_punct(p, '-') && sep != '-'
                || t.is_punct(p, '(')
                || t.is_punct(p, ')')
                || t.kind(p) == Some(TokKind::Number);
            if !inside {
                return None;
            }
        }
        if p == 0 || !t.is_punct(p, sep) || end - p < 2 {
            // "Sen. Dan Hume (D-Ore.), said": a stray comma after a party
            // tag closes no apposition.
            if sep == ',' && end >= 2 && t.is_punct(end - 1, ')') {
                return speaker_before(t, end - 1);
            }
            return None;
        }
        // What comes before the apposition ends before `l`: its comma, or
        // the first hyphen of a double one.
        let l = if double { p - 1 } else { p };
        if l == 0 {
            return None;
        }
        // An age ("Jane Doe, 54, said") or a discourse adverb ("The
        // minister, however, said") between commas is no role.
        let discourse_adverb = |w: &str| {
            matches!(
                w,
                "however"
                    | "meanwhile"
                    | "too"
                    | "also"
                    | "though"
                    | "instead"
                    | "nevertheless"
                    | "nonetheless"
                    | "separately"
                    | "therefore"
                    | "moreover"
                    | "furthermore"
                    | "likewise"
                    | "again"
                    | "earlier"
                    | "later"
                    | "previously"
                    | "initially"
            )
        };
        // "Sperling, then 38, said": an age then.
        // "Holm, now 81 and retired in Leeds, said": and what else now.
        if end - p >= 3
            && t.is_lower(p + 1)
            && matches!(t.s(p + 1), "then" | "now")
            && t.kind(p + 2) == Some(TokKind::Number)
            && t.s(p + 2).len() <= 3
            && (end - p == 3 || t.eq_lower(p + 3, "and") && end - p <= 12)
        {
            return speaker_before(t, l - 1);
        }
        if end - p == 2 {
            let w = t.lower(p + 1);
            let age = t.kind(p + 1) == Some(TokKind::Number) && w.len() <= 3;
            let adverb = t.is_lower(p + 1) && discourse_adverb(w);
            if age || adverb {
                return speaker_before(t, l - 1);
            }
        }
        // A participle phrase between commas says what the speaker was
        // doing, not who they are: "Pia Laine, a teacher, visiting the fair
        // on Saturday, said".
        if t.is_lower(p + 1)
            && is_ing(t.s(p + 1))
            && !matches!(
                t.s(p + 1),
                "leading" | "ruling" | "governing" | "opposing" | "managing"
            )
            && end - p <= 12
        {
            // After another apposition: "Pia Laine, a teacher, visiting …".
            return speaker_before(t, l).or_else(|| speaker_before(t, l - 1));
        }
        // So does a time or circumstance: "Dalton, in the middle of a
        // survey, told reporters", "Holm, after the vote, said".
        if t.is_lower(p + 1)
            && matches!(
                t.s(p + 1),
                "in" | "on"
                    | "after"
                    | "during"
                    | "despite"
                    | "amid"
                    | "before"
                    | "following"
                    | "under"
                    | "unlike"
                    | "like"
            )
            && end - p <= 24
        {
            if let Some(found) = speaker_before(t, l).or_else(|| speaker_before(t, l - 1)) {
                return Some(found);
            }
        }
        // Any other number makes it an address or a score, not a role; but
        // a relative clause may hold one ("an aide who served in 2011").
        // So may a relative clause that opened before a list's comma: "The
        // company, which makes gearboxes, axles and columns and employs 900
        // people, said".
        let relative_before = (p.saturating_sub(16)..p).any(|k| {
            k >= 1
                && t.is_punct(k - 1, ',')
                && t.is_lower(k)
                && matches!(t.s(k), "who" | "whose" | "which")
        });
        // "an independent group that sent 3,100 monitors", "a charity
        // working in 90 countries": "that" and a participle open one too.
        let relative_at = if relative_before {
            p + 1
        } else {
            (p + 1..end)
                .find(|&k| {
                    t.is_lower(k)
                        && (matches!(t.s(k), "who" | "whose" | "which" | "that")
                            || k > p + 2 && is_ing(t.s(k)))
                })
                .unwrap_or(end)
        };
        // A rank is a role: "the No. 2 Democrat in the Senate".
        // A number inside a name is no address: "Teamsters Local 294".
        let in_name = |k: usize| k >= 1 && t.is_cap(k - 1) && k - 1 > p + 1;
        let rank = |k: usize| {
            let before = if k >= 1 && t.is_punct(k - 1, '.') {
                k.saturating_sub(2)
            } else {
                k - 1
            };
            k >= 1 && t.is_cap(before) && matches!(t.s(before), "No" | "Number")
        };
        // A year after a word is a time: "a lawyer in its 2012 case".
        let year = |k: usize| {
            let w = t.s(k);
            k >= 1
                && t.is_lower(k - 1)
                && w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
        };
        if (p + 1..relative_at)
            .any(|k| t.kind(k) == Some(TokKind::Number) && !rank(k) && !in_name(k) && !year(k))
        {
            return None;
        }
        // An age or a discourse adverb before the apposition: "John Smith,
        // 54, a farmer, said", "Moran, meanwhile, who has …, said".
        let inner_end = if l >= 3
            && (t.kind(l - 1) == Some(TokKind::Number) && t.s(l - 1).len() <= 3
                || t.is_lower(l - 1) && discourse_adverb(t.s(l - 1)))
            && t.is_punct(l - 2, ',')
        {
            l - 3
        } else {
            l - 1
        };
        let (start, sp) = speaker_before(t, inner_end)?;
        // "Ana Ruiz, the attorney general of Ohio, one of the states suing,
        // said": two appositions; the name before the first one speaks.
        if start >= 3 && t.is_punct(start - 1, ',') && t.is_lower(start) && sep == ',' {
            if let Some((s2, Speaker::Phrase(mut named))) = speaker_before(t, start - 2) {
                if named.kind == EntityKind::Person
                    && t.is_cap(s2)
                    && named.name.end() < t.span(start).start()
                {
                    if named.role.is_none() {
                        named.role = role_from_apposition(t, start, inner_end);
                    }
                    named.mention = t.range(s2, end - 1);
                    return Some((s2, Speaker::Phrase(named)));
                }
            }
        }
        if let Speaker::Phrase(mut ph) = sp {
            // "A spokesman for the army, Maj. Gen. Zaw Tun, said".
            if let Some(person) = named_in_apposition(t, &ph, (start, inner_end), (p + 1, end - 1))
            {
                return Some((start, Speaker::Phrase(person)));
            }
            if ph.role.is_none() {
                ph.role = role_from_apposition(t, p + 1, end - 1);
                kind_from_apposition(t, &mut ph);
            }
            if ph.kind == EntityKind::Unknown {
                ph.kind = EntityKind::Person;
            }
            // A title keeps its closing mark: `the "Daily Star,"`.
            ph.mention = t.range(start, if title { end + 1 } else { end - 1 });
            return Some((start, Speaker::Phrase(ph)));
        }
        return None;
    }
    if t.is_word(end) && t.is_lower(end) && t.lower_word_is(end, SUBJECT_PRONOUN) {
        return Some((end, Speaker::Pronoun(t.span(end))));
    }
    // "He’s predicting", "They’re saying", "We’ve said": a pronoun with
    // its auxiliary run into it; the pronoun speaks.
    if let Some(n) = contracted_pronoun(t.s(end)) {
        let start = t.span(end).start();
        if let Some(sp) = Span::new(t.text, start, start + n) {
            return Some((end, Speaker::Pronoun(sp)));
        }
    }
    if t.is_word(end)
        && matches!(t.s(end), "It" | "He" | "She" | "They" | "We" | "I")
        && (end == 0 || !t.is_word(end - 1))
    {
        return Some((end, Speaker::Pronoun(t.span(end))));
    }
    let mut start = end;
    let mut k = end;
    loop {
        match t.kind(k) {
            Some(TokKind::Word) => {
                let lw = t.lower(k);
                // "While the council said": a capitalised conjunction too.
                if k != end && t.is_cap(k) && t.word_is(k, CLAUSE_BOUNDARY) && !all_caps(t.s(k)) {
                    break;
                }
                // "the National Search and Rescue Authority (NSRA)": an
                // "and" inside a body's name, between capitals, when the
                // name ends in a word for a body.
                if lw == "and"
                    && t.is_lower(k)
                    && k != end
                    && k >= 1
                    && t.is_cap(k - 1)
                    && t.is_cap(k + 1)
                    && (k + 1..=end)
                        .rev()
                        .find(|&j| t.is_word(j) && !all_caps(t.s(j)))
                        .is_some_and(|j| t.is_cap(j) && is_org_word(t.s(j)))
                {
                    start = k;
                    if k == 0 {
                        break;
                    }
                    k -= 1;
                    continue;
                }
                if t.is_lower(k) && k != end && !published_in(t, k) {
                    // "the kind of society they themselves want": a clause
                    // with a subject of its own.
                    if t.word_is(k, SUBJECT_PRONOUN) && lw != "it" {
                        break;
                    }
                    if t.word_is(k, CLAUSE_BOUNDARY)
                        || t.word_is(k, AUX_OR_ADVERB) && !t.word_is(k, DETERMINER)
                        || (t.has(k, CUE)
                            && !(k > 0 && t.is_word(k - 1) && t.word_is(k - 1, DETERMINER)))
                    {
                        break;
                    }
                    if lw.ends_with("ed")
                        && !matches!(
                            lw,
                            "armed"
                                | "united"
                                | "based"
                                | "retired"
                                | "unnamed"
                                | "detained"
                                | "accused"
                                | "injured"
                                | "wounded"
                                | "concerned"
                                | "advanced"
                        )
                        // "a noted author": an adjective after a determiner.
                        && !(k > 0 && t.is_word(k - 1) && t.word_is(k - 1, DETERMINER))
                    {
                        break;
                    }
                }
                start = k;
            }
            Some(TokKind::Punct(')')) => {
                // "(WHO)": a short parenthesis inside the phrase.
                let mut p = k;
                let mut ok = false;
                while p > 0 && k - p < 5 {
                    p -= 1;
                    if t.is_punct(p, '(') {
                        ok = true;
                        break;
                    }
                }
                if !ok || p == 0 {
                    break;
                }
                start = p;
                k = p;
            }
            // A spaced dash ends a dateline ("MOSCOW (Reuters) - …"); `&` and
            // initials' stops stay inside names.
            // So does the stop of a suffix: "Ray Cole Jr. said".
            Some(TokKind::Punct('&' | '.'))
                if k != end || k >= 1 && matches!(t.s(k - 1), "Jr" | "Sr") =>
            {
                start = k
            }
            _ => break,
        }
        if k == 0 {
            break;
        }
        k -= 1;
    }
    // Trim leading tokens that cannot open a phrase ("and", "so-called").
    while start < end
        && (t.word_is(start, CLAUSE_BOUNDARY) && !all_caps(t.s(start))
            || t.is_cap(start) && t.s(start).len() > 4 && t.s(start).ends_with("ly"))
    {
        start += 1;
    }
    if start > end {
        return None;
    }
    // An article after a noun starts a new phrase: "an allegation the
    // commission rejects" has the speaker "the commission".
    if let Some(k) = (start + 1..end).rev().find(|&k| {
        matches!(t.s(k), "the" | "a" | "an")
            && t.is_lower(k - 1)
            && !t.lower_word_is(k - 1, DETERMINER)
            && !t.lower_word_is(k - 1, PREPOSITION)
    }) {
        start = k;
    }
    // A fronted place or time: "In their cottage the police found …" keeps
    // the phrase after its last article; with none, there is no speaker.
    if t.word_is(start, PREPOSITION) {
        let article = (start + 1..=end)
            .rev()
            .find(|&k| matches!(t.lower(k), "the" | "a" | "an"))?;
        if article == end || (start + 1..article).all(|k| t.is_lower(k)) && article == start + 1 {
            return None;
        }
        start = article;
    }
    // A gerund or an infinitive opens a clause, not a speaker: "placing
    // aged-care under …", "to give it a favourable report".
    if t.is_lower(start) && t.s(start).ends_with("ing") {
        return None;
    }
    // "Those close to him" is no infinitive.
    if (start..end).any(|k| {
        t.eq_lower(k, "to")
            && t.is_lower(k + 1)
            && !t.lower_word_is(k + 1, DETERMINER)
            && !matches!(t.s(k + 1), "him" | "her" | "them" | "us" | "me")
    }) {
        return None;
    }
    if end - start > 14 {
        return None;
    }
    // The name ends before a suffix's stop.
    let end = if t.is_punct(end, '.') && end > start {
        end - 1
    } else {
        end
    };
    let phrase = match parse_phrase(t, start, end) {
        Some(p) => p,
        // "Experts on trade and farming said": the "and" joins what the
        // experts are on, not two speakers.
        None if start >= 2 && t.is_lower(start - 1) && t.s(start - 1) == "and" => {
            let (ls, left) = speaker_before_plain(t, start - 2)?;
            let Speaker::Phrase(mut left) = left else {
                return None;
            };
            // Only people placed by a preposition: "Experts on trade".
            let placed = placed_source(t, ls, start - 2, left.mention, None).is_some();
            // Or a second group that opens the sentence with the first:
            // "Farmers and ranchers said", "The mayor and others said".
            let plural = start == end
                && t.is_lower(end)
                && (t.s(end) == "others"
                    || t.s(end).len() > 3
                        && t.s(end).ends_with('s')
                        && !t.s(end).ends_with("ss")
                        && !t.lower_word_is(end, FUNCTION_WORD));
            let opens = ls == 0 || t.is_punct(ls - 1, ',') && opening_adjunct(t, 0, ls - 1);
            if !placed && plural && opens {
                let mut n0 = ls;
                while n0 < end && t.is_lower(n0) && t.lower_word_is(n0, DETERMINER) {
                    n0 += 1;
                }
                return Some((
                    ls,
                    Speaker::Phrase(Phrase {
                        mention: t.range(ls, end),
                        name: t.range(n0, end),
                        role: None,
                        affiliation: None,
                        acronym: None,
                        kind: EntityKind::Group,
                    }),
                ));
            }
            if !placed || left.affiliation.is_some() || end - ls > 14 {
                return None;
            }
            left.mention = t.range(ls, end);
            left.name = left.name.cover(t.span(end));
            return Some((ls, Speaker::Phrase(left)));
        }
        None => return None,
    };
    // Two speakers joined by "and" at the start of the sentence speak
    // together: "Smith and Jones said", "The senator and the governor said".
    if start >= 2 && t.is_lower(start - 1) && t.s(start - 1) == "and" && t.is_word(start - 2) {
        if let Some((ls, Speaker::Phrase(left))) = speaker_before_plain(t, start - 2) {
            let opens = ls == 0 || t.is_punct(ls - 1, ',') && opening_adjunct(t, 0, ls - 1);
            if opens && left.mention.end() < phrase.mention.start() {
                return Some((
                    ls,
                    Speaker::Phrase(Phrase {
                        mention: t.range(ls, end),
                        name: left.name.cover(phrase.name),
                        role: None,
                        affiliation: None,
                        acronym: None,
                        kind: EntityKind::Group,
                    }),
                ));
            }
        }
    }
    Some((start, Speaker::Phrase(phrase)))
}

/// A person named at the start of the sentence, before `before`: the
/// likeliest referent of a "he" or "she" later in the same sentence
/// ("Dewey Lawrence, a banker, warned … when he said …").
pub fn subject_person(t: &Toks, before: usize) -> Option<Phrase> {
    // "When Royal was told …, he said": a clause, not a name, opens it.
    if matches!(
        t.lower(0),
        "when"
            | "after"
            | "as"
            | "while"
            | "if"
            | "because"
            | "since"
            | "before"
            | "although"
            | "though"
            | "once"
            | "until"
            | "unless"
            | "but"
            | "and"
            | "so"
            | "yet"
            | "then"
    ) || is_preposition(t.lower(0))
    {
        // "For Brask, back at the school, …": a preposition opens it.
        return None;
    }
    let mut e = 0;
    while e < t.len()
        && e < before
        && (t.is_cap(e) || t.is_punct(e, '.') && e > 0 && t.s(e - 1).chars().count() == 1)
    {
        e += 1;
    }
    if !(2..=5).contains(&e) || e >= before {
        return role_then_name(t, before);
    }
    let p = parse_phrase(t, 0, e - 1)?;
    (p.kind == EntityKind::Person && p.affiliation.is_none()).then_some(p)
}

/// "The region's governor, Ilse Rovane, gave a far larger estimate": a
/// role, then the name between commas, opens the sentence.
fn role_then_name(t: &Toks, before: usize) -> Option<Phrase> {
    let j =
        (2..8.min(before)).find(|&j| t.is_punct(j, ',') && t.is_cap(j + 1) && t.is_cap(j + 2))?;
    let m = (j + 1..(j + 6).min(before)).find(|&m| !t.is_cap(m))?;
    if !t.is_punct(m, ',') || !t.is_lower(m + 1) {
        return None;
    }
    match speaker_before(t, m)? {
        (0, Speaker::Phrase(p)) if p.kind == EntityKind::Person => Some(p),
        _ => None,
    }
}

/// "Police in the capital", "Kenyan officials in Nairobi", "a spokesman at
/// the embassy": a source noun (not an organisation's) before a preposition
/// of place, then where (tokens `a..=b`, no verbs in them).
pub(super) fn placed_source(
    t: &Toks,
    a: usize,
    b: usize,
    mention: Span,
    acronym: Option<Span>,
) -> Option<Phrase> {
    let k = (a + 1..b).find(|&k| {
        t.is_lower(k)
            && (matches!(
                t.s(k),
                "in" | "at" | "from" | "across" | "near" | "inside" | "outside" | "on" | "with"
            )
            // "a resident of Idlib", "residents of the town".
            || t.s(k) == "of"
                && matches!(t.lower(k - 1), "resident" | "residents" | "inhabitants" | "villagers"))
    })?;
    // "the health ministry in Gaza" is a source too; "the report in …" not.
    let kind = source_noun(t.lower(k - 1))
        .filter(|kd| *kd != EntityKind::Organization || !is_document_noun(t.lower(k - 1)))?;
    if k - a > 3 || !(a..=b).all(|j| t.is_word(j) || j > k && t.is_punct(j, '.')) {
        return None;
    }
    // Only the last word before the noun may be a capitalised adjective
    // ("Kenyan officials"); a name before it is a person ("Smith at …").
    if (a..k - 1).any(|j| t.is_cap(j) && !t.word_is(j, DETERMINER)) && k - 1 > a + 1 {
        return None;
    }
    let mut start = a;
    while start < k - 1 && (t.word_is(start, DETERMINER) || t.eq_lower(start, "one")) {
        start += 1;
    }
    let mut r0 = k + 1;
    while r0 < b && matches!(t.lower(r0), "the" | "a" | "an") {
        r0 += 1;
    }
    let organisation = (r0..=b).any(|j| t.is_cap(j) && is_org_word(t.s(j)));
    Some(Phrase {
        mention,
        name: t.range(start, b),
        role: None,
        affiliation: organisation.then(|| t.range(r0, b)),
        acronym,
        kind,
    })
}

/// An organisation named at the start of the sentence, before `before`:
/// what "the organisation" or "it" stands for later in the same sentence
/// ("Amnesty International has documented …, the organisation said").
pub fn subject_organisation(t: &Toks, before: usize) -> Option<Phrase> {
    let mut e = 0;
    while e < before
        && e < t.len()
        && (t.is_cap(e)
            || e > 0
                && t.is_lower(e)
                && matches!(t.s(e), "of" | "for" | "and" | "on")
                && t.is_cap(e + 1))
    {
        e += 1;
    }
    if !(1..=6).contains(&e) || e >= before {
        return None;
    }
    let p = parse_phrase(t, 0, e - 1)?;
    (p.kind == EntityKind::Organization && p.affiliation.is_none()).then_some(p)
}

/// Takes a speaker phrase (tokens `a..=b`) apart into name, role,
/// affiliation and acronym, and checks that it can speak.
pub fn parse_phrase(t: &Toks, a: usize, b: usize) -> Option<Phrase> {
    if a > b || b >= t.len() {
        return None;
    }
    let mention = t.range(a, b);
    // A pronoun alone.
    if a == b && t.word_is(a, SUBJECT_PRONOUN) {
        return None;
    }
    // Acronym in parentheses at the end: "World Health Organization (WHO)".
    let mut b2 = b;
    let mut acronym = None;
    if t.is_punct(b, ')') && b >= 2 && t.is_punct(b - 2, '(') && is_acronym(t.s(b - 1)) {
        if b < 3 || b - 3 < a {
            return None;
        }
        acronym = Some(t.span(b - 1));
        b2 = b - 3;
    } else if t.is_punct(b, ')') {
        // A party and state after a politician's name: "Sen. Mitch
        // McConnell (R-Ky.)", "Gov. John Kasich (R-Ohio)".
        let open = (b.saturating_sub(5)..b)
            .rev()
            .find(|&k| t.is_punct(k, '('))?;
        let tag = (open + 1..b).all(|k| t.is_word(k) || t.is_punct(k, '.') || t.is_punct(k, '-'));
        if !tag || open <= a || !t.is_cap(open - 1) {
            return None;
        }
        b2 = open - 1;
    }
    // "The latest poll released Friday": the document, without when or
    // where it came out.
    // "released Friday", "released in late August", "published in May".
    let when = |k: usize| {
        t.has(k + 1, WEEKDAY | MONTH)
            || matches!(t.lower(k + 1), "on" | "last" | "this" | "earlier")
            || t.eq_lower(k + 1, "in")
                && (t.has(k + 2, MONTH) || matches!(t.lower(k + 2), "late" | "early" | "mid"))
    };
    if let Some(k) = (a + 1..=b2).find(|&k| t.is_lower(k) && published_in(t, k) && when(k)) {
        let mut p = parse_phrase(t, a, k - 1)?;
        p.mention = mention;
        return Some(p);
    }
    // The head must be a name or a noun that can speak.
    let head = t.s(b2);
    let head_l = t.lower(b2);
    if !t.is_word(b2) || t.word_is(b2, FUNCTION_WORD) && !is_acronym(head) {
        return None;
    }
    // A verb inside makes it a clause, not a phrase: "the clinic had no power".
    if (a..b2).any(|k| {
        t.is_lower(k) && {
            let w = t.s(k);
            t.word_is(k, BE)
                || matches!(
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
                        | "not"
                )
                || t.has(k, CUE) && !(k > 0 && t.is_word(k - 1) && t.word_is(k - 1, DETERMINER))
        }
    }) {
        return None;
    }
    if t.is_cap(b2) && (month(head).is_some() && head.len() > 3 || is_weekday(head)) {
        return None;
    }
    // "Police in the capital", "officials in Kyiv", "doctors at Al-Shifa
    // Hospital": people named by what they are and where they are, not the
    // place. Where it is an organisation, that is their affiliation.
    if let Some(p) = placed_source(t, a, b2, mention, acronym) {
        return Some(p);
    }
    // "Officials said" at a sentence's start is the common noun.
    let sentence_initial_noun = t.is_cap(b2) && b2 == a && a == 0 && source_noun(head_l).is_some();
    // "a lawyer for the family", "a spokesman for the families": a person
    // before "for" or "of" speaks, though those after could speak too.
    if t.is_lower(b2) && source_noun(head_l) == Some(EntityKind::Group) {
        if let Some(p) = speaker_for_whom(t, a, b2, mention, true) {
            return Some(p);
        }
    }
    let noun_kind = if t.is_lower(b2) || sentence_initial_noun {
        // "director-general", "secretary-general": the first part's kind.
        let hyphen_head = head_l.split('-').next().filter(|_| head_l.contains('-'));
        match source_noun(head_l).or_else(|| hyphen_head.and_then(source_noun)) {
            Some(k) => Some(k),
            // "Polling averages show …": data speak for whoever made them.
            // "the ruling said": a document with its article speaks.
            None if is_document_noun(head_l) && b2 > a && t.word_is(b2 - 1, DETERMINER) => {
                Some(EntityKind::Unknown)
            }
            // Not "UN estimates", whose maker speaks.
            None if is_evidence_source(head_l)
                && !(a..b2).any(|k| {
                    k > 0 && t.is_cap(k) || t.s(k).ends_with("'s") || t.s(k).ends_with("’s")
                }) =>
            {
                Some(EntityKind::Unknown)
            }
            None if looks_like_agent(head_l) => Some(if head_l.ends_with('s') {
                EntityKind::Group
            } else {
                EntityKind::Person
            }),
            // "the panel", "a noted author", "Ukraine's air force": a
            // described source.
            None if (a..b2).any(|k| {
                t.is_word(k)
                    && (t.word_is(k, DETERMINER)
                        || t.s(k).ends_with("'s")
                        || t.s(k).ends_with("’s"))
            }) && ![
                "ing", "al", "ous", "ive", "ic", "ible", "able", "ful", "less", "ary", "ed", "ly",
            ]
            .iter()
            .any(|suf| head_l.ends_with(suf)) =>
            {
                Some(EntityKind::Unknown)
            }
            // "a lawyer for the family", "a friend of the couple": the one
            // before "for" or "of" speaks, for whoever follows.
            None => return speaker_for_whom(t, a, b2, mention, false),
        }
    } else {
        None
    };

    // Possessive split: "Amnesty's senior researcher Jane Doe", "the ministry's spokesman".
    // Not inside a name its acronym spells: "Tigray People's Liberation Front (TPLF)".
    let spelled = acronym.is_some_and(|ac| {
        let letters: String = (a..=b2)
            .filter(|&k| t.is_cap(k))
            .filter_map(|k| t.s(k).chars().next())
            .collect();
        letters.len() >= 2 && letters == ac.of(t.text)
    });
    let mut name_start = a;
    let mut affiliation = None;
    // Where a possessor in lower case begins: "the mine's operator".
    let mut common_possessor = None;
    for k in a..b2 {
        let w = t.s(k);
        if (w.ends_with("'s") || w.ends_with("’s")) && t.is_word(k) && !spelled {
            let next_lower = t.is_lower(k + 1);
            let next_org = t.is_cap(k + 1) && is_org_word(t.s(k + 1));
            if next_lower || !next_org {
                let mut s0 = a;
                while s0 < k && t.is_lower(s0) && t.lower_word_is(s0, DETERMINER) {
                    s0 += 1;
                }
                let base_end = t.span(k).end() - if w.ends_with("'s") { 2 } else { "’s".len() };
                affiliation = Span::new(t.text, t.span(s0).start(), base_end);
                common_possessor = ((s0..=k).all(|j| t.is_lower(j))).then_some(s0);
                name_start = k + 1;
            }
        }
    }
    // "the mine's operator", "the prosecutor general's office": a role of
    // a body named by a common noun is named with it, not as "operator"
    // or "office" alone.
    if let Some(s0) = common_possessor {
        if (name_start..=b2).all(|j| t.is_lower(j)) && !is_document_noun(t.lower(b2)) {
            name_start = s0;
        }
    }
    // Drop a leading article or possessive pronoun: "Its foreign ministry".
    while name_start < b2
        && matches!(
            t.lower(name_start),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
        )
    {
        name_start += 1;
    }

    // "The union's statement added", "the ministry's report said": the
    // document's owner speaks. So does the owner of a count, with words
    // before it: "The group's own sample count put turnout at …" (not
    // "figures", which may be people: "the party's top figures").
    let counted = |w: &str| {
        matches!(
            w,
            "count"
                | "tally"
                | "estimate"
                | "estimates"
                | "data"
                | "records"
                | "statistics"
                | "numbers"
        )
    };
    if t.is_lower(b2)
        && (name_start == b2 && (is_document_noun(t.lower(b2)) || counted(t.lower(b2)))
            || name_start < b2
                && (name_start..=b2).all(|j| t.is_lower(j))
                && (is_document_noun(t.lower(b2)) || counted(t.lower(b2))))
    {
        if let Some(owner) = affiliation {
            let head = owner
                .of(t.text)
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let kind = source_noun(&head).unwrap_or(EntityKind::Unknown);
            return Some(Phrase {
                mention,
                name: owner,
                role: None,
                affiliation: None,
                acronym,
                kind,
            });
        }
    }
    // "a statement from the Ministry of Defence", "a report by Amnesty":
    // the document's author speaks. "A study published in The Lancet": the
    // study does.
    if name_start < b2 && t.is_lower(name_start) && is_document(t.lower(name_start)) {
        // "a headcount completed this week by FRN": the author may follow
        // what was done, in a few words of lower case.
        let prep = if t.is_lower(name_start + 1) && t.s(name_start + 1).ends_with("ed") {
            (name_start + 2..(name_start + 6).min(b2))
                .take_while(|&k| t.is_lower(k) && !t.has(k, CUE))
                .find(|&k| t.s(k) == "by")
                .unwrap_or(name_start + 1)
        } else {
            name_start + 1
        };
        if matches!(t.lower(prep), "from" | "by" | "of") && t.is_lower(prep) {
            let mut r0 = prep + 1;
            while r0 < b2 && matches!(t.lower(r0), "the" | "a" | "an") {
                r0 += 1;
            }
            if t.is_cap(r0) {
                // "a report by Amnesty released last month": the author ends
                // before the document's participle.
                let end = (r0 + 1..=b)
                    .find(|&k| t.is_lower(k) && is_document_participle(t.s(k)))
                    .map_or(b, |k| k - 1);
                if let Some(mut p) = parse_phrase(t, r0, end) {
                    p.mention = mention;
                    return Some(p);
                }
            }
        }
        if published_in(t, prep) {
            return Some(Phrase {
                mention,
                name: t.range(name_start, b2),
                role: None,
                affiliation: None,
                acronym,
                kind: EntityKind::Unknown,
            });
        }
    }

    // "Dr. Ruth Alma of the Geological Survey": a person, then where they work,
    // whatever the place is called ("of the civil protection agency").
    for k in name_start + 1..b2 {
        if t.is_lower(k)
            && matches!(t.s(k), "of" | "at" | "from" | "in")
            && t.is_cap(k - 1)
            && !is_org_word(t.s(k - 1))
            && !is_title(t.s(k - 1))
        {
            if let Some(mut left) = parse_phrase(t, a, k - 1) {
                if left.kind == EntityKind::Person && left.affiliation.is_none() {
                    let mut r0 = k + 1;
                    while r0 < b2 && t.is_lower(r0) && matches!(t.s(r0), "the" | "a" | "an") {
                        r0 += 1;
                    }
                    left.affiliation = Some(t.range(r0, b2));
                    left.mention = mention;
                    return Some(left);
                }
            }
            break;
        }
    }
    if let Some(kind) = noun_kind {
        // A common-noun phrase: "local officials", "a spokesman for the ministry".
        // A capitalised name at its end ("spokesman John Smith") is handled below.
        let name = t.range(name_start, b2);
        let kind = if affiliation.is_some() && kind == EntityKind::Organization {
            EntityKind::Organization
        } else {
            kind
        };
        // "a spokeswoman for the company": the head stands before the
        // preposition, and it is a person.
        let head_before_preposition = (name_start + 1..b2)
            .find(|&k| t.is_lower(k) && matches!(t.s(k), "for" | "of" | "at" | "from" | "with"))
            .and_then(|k| source_noun(t.lower(k - 1)));
        let kind = match head_before_preposition {
            Some(EntityKind::Person) => EntityKind::Person,
            _ => kind,
        };
        // Reject long lower-case runs: likely a clause, not a phrase.
        if b2 - name_start > 6 {
            return None;
        }
        return Some(Phrase {
            mention,
            name,
            role: None,
            affiliation,
            acronym,
            kind,
        });
    }

    // A capitalised name: the trailing run of capitalised words; before it,
    // titles and role words.
    let is_initial_dot = |k: usize| {
        t.is_punct(k, '.')
            && k >= 1
            && t.is_cap(k - 1)
            && (t.s(k - 1).chars().count() == 1 || is_title(t.s(k - 1)) || is_honorific(t.s(k - 1)))
    };
    let mut n0 = b2;
    while n0 > name_start
        && (t.is_cap(n0 - 1)
            || t.is_punct(n0 - 1, '-')
            || t.is_punct(n0 - 1, '&')
            || is_initial_dot(n0 - 1)
            || (t.is_lower(n0 - 1)
                && (matches!(
                    t.s(n0 - 1),
                    "of" | "for" | "and" | "the" | "de" | "al" | "van" | "von" | "bin"
                )
                    // "Commission on Human Rights", not "Smith on Tuesday".
                    || t.s(n0 - 1) == "on" && n0 < b2 && is_org_word(t.s(n0 - 2)))
                && n0 >= 2
                && t.is_cap(n0 - 2))
            // "Committee of the Red Cross", "Office for the Coordination …".
            || (t.s(n0 - 1) == "the"
                && n0 >= 3
                && matches!(t.s(n0 - 2), "of" | "for" | "on")
                && t.is_cap(n0 - 3)))
    {
        n0 -= 1;
    }
    // "The Coalition of Aid Agencies in Ombaru (CAAO)": a name its acronym
    // spells is one name, whatever small words join it.
    let spelled_whole = acronym.is_some_and(|ac| {
        let letters: String = (name_start..=b2)
            .filter(|&k| t.is_cap(k))
            .filter_map(|k| t.s(k).chars().next())
            .collect();
        letters.len() >= 3
            && letters == ac.of(t.text)
            && (name_start..=b2).all(|k| t.is_cap(k) || t.is_lower(k) && is_function_word(t.s(k)))
    });
    if spelled_whole {
        return Some(Phrase {
            mention,
            name: t.range(name_start, b2),
            role: None,
            affiliation,
            acronym,
            kind: EntityKind::Organization,
        });
    }
    // "The top health official in the northern district of Bel Kadir": the
    // capitalised words name where the official works, not who speaks.
    if n0 >= name_start + 3
        && t.is_lower(n0 - 1)
        && matches!(t.s(n0 - 1), "of" | "in")
        && t.is_lower(n0 - 2)
        && is_place_noun(t.s(n0 - 2))
    {
        let head = (name_start..n0 - 2)
            .rev()
            .find(|&k| t.is_lower(k) && source_noun(t.lower(k)) == Some(EntityKind::Person));
        if let Some(h) = head.filter(|&h| (name_start..h).all(|k| t.is_lower(k))) {
            return Some(Phrase {
                mention,
                name: t.range(name_start, h),
                role: None,
                affiliation,
                acronym,
                kind: EntityKind::Person,
            });
        }
    }
    // Titles in the run belong to the role: the last title word after which
    // only a person's name follows ("State Party Chairman James W. Dorsey").
    let mut role_end: Option<usize> = None;
    for r in (n0..b2).rev() {
        if t.is_cap(r) && is_title(t.s(r)) {
            let rest = r + 1..=b2;
            // A name starts with a capital: "Commissioner for Human Rights"
            // is one title, not a title and a name.
            let rest_is_name = (t.is_cap(r + 1) || t.is_punct(r + 1, '.'))
                && rest.clone().any(|k| t.is_cap(k) && !is_title(t.s(k)))
                && !rest.clone().any(|k| t.is_cap(k) && is_org_word(t.s(k)));
            if rest_is_name {
                let mut e = r;
                if is_initial_dot(r + 1) {
                    e = r + 1;
                }
                role_end = Some(e);
            }
            break;
        }
    }
    let honorific_only =
        role_end.is_some_and(|r| (n0..=r).all(|k| is_honorific(t.s(k)) || t.is_punct(k, '.')));
    let name_first = match role_end {
        Some(r) => r + 1,
        None => n0,
    };
    if name_first > b2 {
        return None;
    }
    let role = if name_first > name_start && !honorific_only {
        let r0 = name_start;
        // Drop honorifics (and their stops) at the end of the role.
        let mut r1 = name_first - 1;
        while r1 > r0 && (is_honorific(t.s(r1)) || t.is_punct(r1, '.') && is_honorific(t.s(r1 - 1)))
        {
            r1 -= 1;
        }
        // "a member of the Kenya Defence Forces": the role is "member".
        while r1 > r0 && t.is_lower(r1) && matches!(t.s(r1), "of" | "the" | "for" | "at" | "from") {
            r1 -= 1;
        }
        if is_honorific(t.s(r1)) {
            None
        } else {
            Some(t.range(r0, r1))
        }
    } else {
        None
    };
    // Leading lower-case words in front of a capitalised name that are not a
    // role (e.g. a verb) make it no phrase.
    let name = t.range(name_first, b2);
    let name_text = name.of(t.text);
    let words = name_text.split_whitespace().count();
    let kind =
        if (name_first..=b2).any(|k| t.is_cap(k) && is_org_word(t.s(k))) || is_acronym(name_text) {
            EntityKind::Organization
        } else if role.is_some() || role_end.is_some() || words_have_initial(t, name_first, b2) {
            EntityKind::Person
        } else if name_first == b2 && is_title(t.s(b2)) {
            // "the President"
            EntityKind::Person
        } else if name_first > a && t.eq_lower(name_first - 1, "the") {
            EntityKind::Organization
        } else if (2..=4).contains(&words)
            && (name_first..=b2).all(|k| t.is_cap(k) || t.is_punct(k, '-'))
        {
            EntityKind::Person
        } else {
            EntityKind::Unknown
        };
    if words > 8 {
        return None;
    }
    // "fleet-tracking group Orvik Telematics", "the charity Aid Now": what
    // the name is, said before it.
    let said_before = role.and_then(|r| {
        let head = r.of(t.text).rsplit(' ').next()?.to_lowercase();
        (source_noun(&head) == Some(EntityKind::Organization) && !is_document_noun(&head))
            .then_some(EntityKind::Organization)
    });
    let kind = said_before.unwrap_or(kind);
    Some(Phrase {
        mention,
        name,
        role,
        affiliation,
        acronym,
        kind,
    })
}

/// A noun for an area that a place's name follows: "the district of …".
fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "district"
            | "province"
            | "region"
            | "city"
            | "town"
            | "village"
            | "state"
            | "county"
            | "area"
            | "municipality"
            | "island"
            | "valley"
    )
}

/// "James W. Dorsey": a single-letter initial marks a person's name.
pub(super) fn words_have_initial(t: &Toks, a: usize, b: usize) -> bool {
    (a..b).any(|k| t.is_cap(k) && t.s(k).chars().count() == 1 && t.is_punct(k + 1, '.'))
}

/// Lower-case nouns for people by their suffix: "researchers", "lawmakers".
pub(super) fn looks_like_agent(w: &str) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    stem.len() > 4
        && (stem.ends_with("ist")
            || stem.ends_with("ian")
            || stem.ends_with("ker")
            || stem.ends_with("man")
            || stem.ends_with("men")
            || stem.ends_with("woman")
            || stem.ends_with("person")
            || stem.ends_with("official")
            || stem.ends_with("eer")
            || stem.ends_with("ant")
                && !matches!(stem, "important" | "significant" | "relevant" | "distant")
            || stem.ends_with("ent")
                && !matches!(
                    stem,
                    "government"
                        | "event"
                        | "moment"
                        | "statement"
                        | "agreement"
                        | "development"
                        | "treatment"
                        | "comment"
                        | "payment"
                        | "element"
                        | "incident"
                        | "percent"
                        | "content"
                        | "intent"
                        | "extent"
                        | "present"
                        | "recent"
                        | "current"
                        | "independent"
                        | "different"
                        | "violent"
                        | "silent"
                        | "evident"
                        | "frequent"
                        | "consistent"
                        | "argument"
                        | "document"
                )
            || stem.ends_with("tor") && !matches!(stem, "sector" | "factor" | "motor")
            || stem.ends_with("ter")
                && !matches!(
                    stem,
                    "matter"
                        | "letter"
                        | "center"
                        | "water"
                        | "quarter"
                        | "chapter"
                        | "disaster"
                        | "winter"
                        | "twitter"
                        | "later"
                        | "after"
                        | "better"
                        | "greater"
                )
            || stem.ends_with("der")
                && !matches!(stem, "order" | "border" | "under" | "wonder" | "murder")
            || stem.ends_with("ger")
                && !matches!(
                    stem,
                    "danger" | "finger" | "anger" | "longer" | "stronger" | "hunger"
                ))
}

/// "WHO", "UN", "NATO": two to eight capitals (digits and & allowed).
/// "A study published in The Lancet", "a report released by the UN": a
/// document's participle inside the speaker phrase.
pub(super) fn published_in(t: &Toks, k: usize) -> bool {
    k > 0
        && is_document_participle(t.lower(k))
        && (matches!(
            t.lower(k + 1),
            "in" | "by" | "on" | "last" | "this" | "earlier"
        ) || t.has(k + 1, WEEKDAY))
        && (is_document(t.lower(k - 1))
            // "a report by Amnesty International released on Tuesday".
            || (k.saturating_sub(8)..k.saturating_sub(2)).any(|m| {
                is_document(t.lower(m))
                    && t.is_lower(m + 1)
                    && matches!(t.s(m + 1), "by" | "from" | "of")
                    && (m + 2..k).all(|j| {
                        t.is_cap(j) || t.is_lower(j) && matches!(t.s(j), "the" | "of" | "for" | "and")
                    })
            }))
}

/// A study or any other document: "a study published in", "a statement
/// released by".
fn is_document(w: &str) -> bool {
    is_study_noun(w) || is_document_noun(w)
}

/// What is done to a document: "published", "released".
pub(super) fn is_document_participle(w: &str) -> bool {
    matches!(
        w,
        "published"
            | "released"
            | "issued"
            | "commissioned"
            | "conducted"
            | "posted"
            | "filed"
            | "sent"
            | "circulated"
            | "obtained"
    )
}

pub(super) fn is_study_noun(w: &str) -> bool {
    matches!(
        w,
        "study"
            | "report"
            | "survey"
            | "analysis"
            | "paper"
            | "review"
            | "poll"
            | "investigation"
            | "audit"
            | "assessment"
            // Counts made by someone: "a headcount completed by", "a tally
            // by".
            | "headcount"
            | "census"
            | "tally"
    )
}

/// "WHO", "AND": an acronym in capitals, not the word spelled the same.
pub(super) fn all_caps(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
}

pub fn is_acronym(w: &str) -> bool {
    let w = without_possessive(w);
    // The cheap tests first: most words asked about are long or lower case.
    w.len() <= 40
        && w.chars().count() <= 10
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&' || c == '.' || c == '-')
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// A relative pronoun right before the verb ("who", "which"): the speaker is
/// the noun phrase it follows, and its mention is the pronoun, as in "the
/// hacker who first revealed that …", "Amnesty, which said …".
fn relative_speaker(t: &Toks, end: usize) -> Option<(usize, Speaker)> {
    if !(t.is_lower(end) && matches!(t.s(end), "who" | "which") && end >= 1) {
        return None;
    }
    let mut e = end - 1;
    // "a Clinton endorser whose district went for her but who suggested".
    if t.is_lower(e) && matches!(t.s(e), "but" | "and") && e >= 1 {
        e -= 1;
    }
    let comma = t.is_punct(e, ',');
    if comma && e >= 1 {
        e -= 1;
    }
    // The noun phrase right before: names, nouns, adjectives, articles and
    // "of", back to a preposition, a verb or the clause's start.
    let mut start = e;
    while start > 0 && {
        let k = start - 1;
        t.is_cap(k)
            || t.is_punct(k, '.') && k > 0 && t.is_cap(k - 1)
            || t.is_lower(k) && {
                let w = t.s(k);
                is_determiner(w)
                    || w == "of"
                    || !(is_preposition(w)
                        || is_clause_boundary(w)
                        || is_be(w)
                        || is_aux_or_adverb(w)
                        || w.ends_with("ed")
                        || is_irregular_past(w)
                        || t.has(k, CUE))
            }
    } {
        start -= 1;
    }
    let mut p = match parse_phrase(t, start, e) {
        Some(p) => p,
        // "activists who decried …": a plural noun names a group.
        None if t.is_lower(e) && t.s(e).ends_with('s') && !t.lower_word_is(e, FUNCTION_WORD) => {
            Phrase {
                mention: t.range(start, e),
                name: t.span(e),
                role: None,
                affiliation: None,
                acronym: None,
                kind: EntityKind::Group,
            }
        }
        None => return None,
    };
    // "which" stands for an organisation or a group; a person is "who".
    if t.s(end) == "which" && !matches!(p.kind, EntityKind::Organization | EntityKind::Group) {
        return None;
    }
    // A clause that restricts the sentence's subject ("The hacker who
    // revealed it was sentenced") runs into the main verb: not here.
    if !comma && start == 0 {
        return None;
    }
    p.mention = t.span(end);
    Some((start, Speaker::Phrase(p)))
}

/// "Those polled say", "Most of those surveyed said", "voters questioned
/// in March said": the people a poll asked, named by its participle (tokens
/// up to `end`).
fn people_asked(t: &Toks, end: usize) -> Option<(usize, Speaker)> {
    let asked = |k: usize| {
        t.is_lower(k)
            && matches!(
                t.s(k),
                "polled" | "surveyed" | "questioned" | "interviewed" | "sampled" | "asked"
            )
    };
    // The participle, perhaps with a short time or place after it: "polled
    // last week", "surveyed in March".
    let p = (end.saturating_sub(3)..=end).find(|&k| asked(k))?;
    if p == 0
        || !(p + 1..=end).all(|k| {
            t.is_word(k)
                && (t.is_cap(k)
                    || t.lower_word_is(k, PREPOSITION)
                    || t.has(k, WEEKDAY | MONTH)
                    || matches!(t.lower(k), "last" | "this" | "week" | "month" | "year"))
        })
    {
        return None;
    }
    let head = p - 1;
    let hw = t.lower(head);
    if !t.is_word(head)
        || !(hw == "those"
            || t.is_lower(head)
                && (matches!(
                    source_noun(hw),
                    Some(EntityKind::Person | EntityKind::Group)
                ) || looks_like_agent(hw)))
    {
        return None;
    }
    // Back over "most of", "half of", "the", "a majority of".
    let mut s0 = head;
    while s0 > 0
        && t.is_word(s0 - 1)
        && (matches!(
            t.lower(s0 - 1),
            "of" | "the"
                | "all"
                | "most"
                | "many"
                | "some"
                | "half"
                | "few"
                | "majority"
                | "a"
                | "among"
                | "voters"
                | "adults"
                | "americans"
        ) || t.has(s0 - 1, NUMERAL))
        && head - s0 < 5
    {
        s0 -= 1;
    }
    let whole = t.range(s0, end);
    Some((
        s0,
        Speaker::Phrase(Phrase {
            mention: whole,
            name: whole,
            role: None,
            affiliation: None,
            acronym: None,
            kind: EntityKind::Group,
        }),
    ))
}

/// "All the economists I asked said", "the voters we spoke to said": a
/// relative clause with no pronoun of its own, whose subject is the writer
/// or someone else; the people before it speak (tokens up to `end`).
fn reduced_relative(t: &Toks, end: usize) -> Option<(usize, Speaker)> {
    if end < 2 || !t.is_lower(end) {
        return None;
    }
    // The clause's verb: "interviewed", or "spoke to" / "talked with".
    let verb = if matches!(t.s(end), "to" | "with") {
        end.checked_sub(1)
            .filter(|&v| matches!(t.lower(v), "spoke" | "talked" | "surveyed"))?
    } else {
        end
    };
    let past = t.is_lower(verb)
        && (t.s(verb).ends_with("ed") || matches!(t.s(verb), "spoke" | "talked" | "met"))
        && !t.has(verb, CUE);
    let pron = verb.checked_sub(1)?;
    if !past || pron == 0 || !matches!(t.lower(pron), "i" | "we" | "they" | "he" | "she" | "you") {
        return None;
    }
    let (start, sp) = speaker_before_plain(t, pron - 1)?;
    let Speaker::Phrase(mut ph) = sp else {
        return None;
    };
    // Only people described by a noun: "the experts", "voters".
    let head = t.lower(pron - 1);
    if !t.is_lower(pron - 1)
        || !matches!(
            source_noun(head),
            Some(EntityKind::Person | EntityKind::Group)
        ) && !looks_like_agent(head)
    {
        return None;
    }
    // "All the experts I asked": the people, without how many of them.
    let mut n0 = start;
    while n0 < pron - 1
        && matches!(
            t.lower(n0),
            "all" | "the" | "some" | "many" | "most" | "several"
        )
    {
        n0 += 1;
    }
    ph.mention = t.range(start, end);
    ph.name = t.range(n0, end);
    ph.kind = EntityKind::Group;
    Some((start, Speaker::Phrase(ph)))
}

/// "a lawyer for the family", "a friend of the couple": the one before
/// "for" or "of" (a noun that can speak; with `person`, a person's) speaks,
/// for whoever follows, who is their affiliation.
fn speaker_for_whom(t: &Toks, a: usize, b2: usize, mention: Span, person: bool) -> Option<Phrase> {
    let pk = (a + 1..b2).find(|&k| {
        t.is_lower(k)
            && matches!(t.s(k), "for" | "of")
            && t.is_lower(k + 1)
            && matches!(t.s(k + 1), "the" | "a" | "an" | "his" | "her" | "their")
    })?;
    let kind = source_noun(t.lower(pk - 1))?;
    if person && kind != EntityKind::Person {
        return None;
    }
    let mut p = parse_phrase(t, a, pk - 1)?;
    let mut r0 = pk + 1;
    while r0 < b2 && t.is_lower(r0) && t.lower_word_is(r0, DETERMINER) {
        r0 += 1;
    }
    p.mention = mention;
    p.affiliation = p.affiliation.or(Some(t.range(r0, b2)));
    Some(p)
}
