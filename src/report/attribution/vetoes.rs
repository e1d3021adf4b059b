//! Vetoes: named reasons why a cue word makes no claim where it stands.
//!
//! Each takes the cue as the rule table sees it ([`At`]) and returns true
//! when the word is used in another sense. Their order is set by
//! [`super::rules::CUE_STEPS`].

use super::content::{follows_quotation, sentence_body_end};
use super::rules::At;
use crate::report::lexicon::*;
use crate::report::tokens::{TokKind, CUE, EVIDENCE_WORD, NUMERAL, PHRASAL_CUE};

/// "put the bill to a vote": "put" is a cue only for a count and where it
/// stands ("put the toll at 300", "put the number higher").
pub(super) fn put_without_count(at: &At) -> bool {
    let (t, c) = (at.t, at.c);
    if !matches!(t.s(c), "put" | "puts") {
        return false;
    }
    let counted = (c + 2..c + 4)
        .any(|k| matches!(t.lower(k), "number" | "toll" | "figure" | "total" | "count"));
    let at_value = (c + 3..c + 6).any(|k| {
        t.is_word(k) && matches!(t.lower(k), "at" | "higher" | "lower" | "above" | "below")
    });
    // "put turnout at 71 percent", "put the revenue lost at about $60
    // million": any measure, when a figure follows its "at".
    let number = |k: usize| t.kind(k) == Some(TokKind::Number) || t.has(k, NUMERAL);
    let at_figure = (c + 2..(c + 14).min(t.len())).any(|k| {
        t.eq_lower(k, "at")
            && (k + 1..k + 4).any(number)
            && (c + 1..k)
                .all(|j| t.is_word(j) && !t.has(j, CUE) && !t.word_is(j, BE) || t.is_punct(j, '\''))
    });
    !(counted && at_value || at_figure)
}

/// "Local media reports put the toll higher", "news reports say": a plural
/// noun right before the verb, not a verb.
pub(super) fn plural_noun_before_verb(at: &At) -> bool {
    let (t, c) = (at.t, at.c);
    t.s(c).ends_with('s')
        && at.c_end == c
        && c > 0
        && t.is_word(c - 1)
        && !t.s(c - 1).ends_with("'s")
        && t.is_lower(c + 1)
        && (t.has(c + 1, CUE | PHRASAL_CUE) || matches!(t.s(c + 1), "put" | "suggest" | "show"))
}

/// "the events described by witnesses", "a man labelled by police as …": a
/// participle with its agent.
pub(super) fn participle_with_agent(at: &At) -> bool {
    let (t, k) = (at.t, at.c_end + 1);
    // "the opinions voiced both by X and Y".
    let k = if matches!(t.lower(k), "both" | "also" | "only" | "jointly") {
        k + 1
    } else {
        k
    };
    t.s(at.c).ends_with("ed") && t.eq_lower(k, "by")
}

/// "police accused of killing dozens": what the subject is accused of (the
/// active verb names whom it accuses first).
pub(super) fn accused_of(at: &At) -> bool {
    let t = at.t;
    // A passive with no agent is an accusation by no one named
    // (`said_to_be`).
    let passive = at.passive && t.s(at.c) != "charged";
    !passive
        && matches!(t.s(at.c), "accused" | "charged" | "blamed")
        && t.is_lower(at.c_end + 1)
        && matches!(t.s(at.c_end + 1), "of" | "with" | "for")
}

/// "would not comment", "did not say", "could tell": a modal or a negation
/// in the verb group; nothing was claimed.
///
/// But a negated expectation is still one: "She is not expected to run".
pub(super) fn hedged(at: &At) -> bool {
    at.hedged
        && !(at.passive
            && matches!(at.t.s(at.c), "expected" | "thought" | "believed")
            && at.t.eq_lower(at.c_end + 1, "to"))
}

/// "the report", "their claims", "shouted at the crowd": forms that are as
/// often nouns or other verbs count as cues only after an auxiliary, before
/// "that", a colon or a quotation, after a comma or a quotation, or with a
/// plural subject ("Critics claim the plan …").
pub(super) fn noun_without_complement(at: &At) -> bool {
    let (t, c, c_end) = (at.t, at.c, at.c_end);
    if at.j != c || !is_ambiguous_cue_form(t.s(c)) {
        return false;
    }
    let next_ok = t.eq_lower(c_end + 1, "that")
        || t.is_punct(c_end + 1, ':')
        // A trailing attribution: `"Go home!" the crowd shouted.`
        || sentence_body_end(t) == c_end + 1 && t.kind(0) == Some(TokKind::OpenQuote)
        || t.kind(c_end + 1) == Some(TokKind::OpenQuote)
        || (c > 0
            && matches!(
                t.kind(c - 1),
                Some(TokKind::Punct(',') | TokKind::CloseQuote)
            ));
    let plural_subject = c > 0
        && t.is_word(c - 1)
        && t.s(c - 1).ends_with('s')
        && !t.s(c).ends_with('s')
        && !t.s(c - 1).ends_with("'s");
    !next_ok && !plural_subject
}

/// "have responded generously to appeals": an answer is a claim only with
/// what was answered (after "that", a colon, a comma or a quotation, or at
/// the end of a trailing attribution).
pub(super) fn answer_without_object(at: &At) -> bool {
    let (t, c, c_end) = (at.t, at.c, at.c_end);
    matches!(
        t.lower(c),
        "responded" | "responds" | "replied" | "replies" | "answered" | "answers" | "reacted"
    ) && !(t.eq_lower(c_end + 1, "that")
        || t.is_punct(c_end + 1, ':')
        || t.is_punct(c_end + 1, ',')
        || t.kind(c_end + 1) == Some(TokKind::OpenQuote)
        || sentence_body_end(t) <= c_end + 1
        || follows_quotation(t, c)
        || c > 0
            && matches!(
                t.kind(c - 1),
                Some(TokKind::Punct(',') | TokKind::CloseQuote)
            ))
}

/// "Aftershocks continued through Monday": going on for a time, not
/// going on speaking ("continued to question his record" stays a claim).
pub(super) fn continued_for_a_time(at: &At) -> bool {
    let (t, c, c_end) = (at.t, at.c, at.c_end);
    matches!(t.lower(c), "continued" | "continues")
        && t.is_lower(c_end + 1)
        && t.lower_word_is(c_end + 1, PREPOSITION)
        && !t.eq_lower(c_end + 1, "to")
}

/// "accepted the offer": an acceptance is a claim only of what is accepted
/// as true, after "that": "the witness accepted that the money was repaid".
pub(super) fn accepted_without_that(at: &At) -> bool {
    let (t, c, c_end) = (at.t, at.c, at.c_end);
    // Not "that" as a determiner: "accepted that invitation."
    let determiner = t.is_lower(c_end + 2)
        && (c_end + 3 >= sentence_body_end(t)
            || matches!(t.kind(c_end + 3), Some(TokKind::Punct(_))));
    matches!(t.lower(c), "accepted" | "accepts") && (!t.eq_lower(c_end + 1, "that") || determiner)
}

/// "the remark was made", "the Mayor's reported plan is": a cue word used
/// as a noun or an adjective before a verb or "of".
pub(super) fn cue_as_noun(at: &At) -> bool {
    let (t, c, c_end) = (at.t, at.c, at.c_end);
    matches!(
        t.lower(c_end + 1),
        "was" | "were" | "is" | "are" | "has" | "had" | "of"
    ) && t.is_word(c_end + 1)
        && !t.s(c).ends_with("ed")
        && !follows_quotation(t, c)
        // "said of the governor, …": a verb, whatever follows.
        && !matches!(t.s(c), "said" | "says" | "wrote" | "writes")
}

/// "the minister's statement", "Amnesty's report": after a possessive the
/// word is a noun.
pub(super) fn possessive_before_cue(at: &At) -> bool {
    let (t, c) = (at.t, at.c);
    at.j == c
        && c > 0
        && (t.s(c - 1).ends_with("'s") || t.s(c - 1).ends_with("’s"))
        && contracted_pronoun(t.s(c - 1)).is_none()
}

/// "saying" with no comma before it and no "quoted as": a gerund, not a
/// cue ("without saying why").
pub(super) fn bare_participle(at: &At) -> bool {
    // "He’s predicting": the auxiliary inside the pronoun.
    let contracted = at.c > 0 && contracted_pronoun(at.t.s(at.c - 1)).is_some();
    is_ing(at.t.s(at.c)) && at.j == at.c && !contracted
}

/// "who asked not to be named", "asked to remain anonymous": a request, not
/// a claim.
pub(super) fn request(at: &At) -> bool {
    let (t, c_end) = (at.t, at.c_end);
    !at.passive
        && ((t.eq_lower(c_end + 1, "not") && t.eq_lower(c_end + 2, "to"))
            || (t.eq_lower(c_end + 1, "to")
                && matches!(t.lower(c_end + 2), "be" | "remain" | "stay" | "withhold")))
}

/// "The bill was announced last year", "the figures were reported": any
/// other passive; what was said is the subject, not a claim.
pub(super) fn other_passive(at: &At) -> bool {
    at.passive
}

/// A cue with nothing before it: "Said to be …" opens no claim.
pub(super) fn no_subject(at: &At) -> bool {
    at.j == 0
}

/// "He offered no proof", "has provided no evidence": what the speaker did
/// not give is the report's observation, not the speaker's claim.
pub(super) fn offers_no_evidence(at: &At) -> bool {
    let t = at.t;
    let k = at.c_end + 1;
    matches!(t.lower(k), "no" | "any" | "little") && (k + 1..k + 3).any(|m| t.has(m, EVIDENCE_WORD))
}

/// "the economy adds 150,000 jobs", "shares added 3 percent": a verb of
/// saying with a figure for its object is arithmetic, not speech.
pub(super) fn adds_a_figure(at: &At) -> bool {
    let t = at.t;
    matches!(t.lower(at.c), "add" | "adds" | "added" | "adding")
        && (t.kind(at.c_end + 1) == Some(TokKind::Number)
            || t.has(at.c_end + 1, NUMERAL) && !t.eq_lower(at.c_end + 1, "a"))
}

/// "the last reports before the vote", "these claims", "her latest
/// remarks": a plural cue form after a determiner or an adjective of order
/// is a noun.
pub(super) fn plural_noun_after_determiner(at: &At) -> bool {
    let (t, c) = (at.t, at.c);
    at.j == c
        && c > 0
        && t.s(c).ends_with('s')
        && t.is_lower(c - 1)
        && matches!(
            t.s(c - 1),
            "the"
                | "these"
                | "those"
                | "such"
                | "last"
                | "first"
                | "latest"
                | "recent"
                | "earlier"
                | "new"
                | "similar"
                | "many"
                | "several"
                | "some"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "no"
                | "any"
        )
}
