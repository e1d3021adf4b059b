//! The rule table: each construction that makes a cue word a claim, in order.
//!
//! [`read_cue`] reads one cue word of a sentence. It prepares what every step
//! needs ([`At`]: the cue, the verb group before it, whether it is passive),
//! then walks [`CUE_STEPS`] in order. A step is either a veto (a named
//! function in [`super::vetoes`] that says "this is not a claim") or a
//! construction, which either finds the claim, decides there is none, or
//! leaves the cue to the next step. The first decision wins, so a step's
//! place in the table is its precedence: vetoes that rule out a word's other
//! uses come first, then the constructions that need the most specific
//! context, and the plain speaker-before-cue reading last.
//!
//! To add a construction: write a function `fn(&At) -> Verdict` here with
//! its example sentences in its doc comment, give it a [`Rule`] (in
//! `model.rs`, with its JSON name), put it in [`CUE_STEPS`] where its
//! precedence belongs, and add a test group in `tests/engine_rules.rs` with
//! positive and negative cases. Constructions that do not hang on a cue
//! verb ("according to", a quotation that continues its speaker, a colon
//! introducing the next paragraph) are at the end of this file.

use super::content::*;
use super::speaker::*;
use super::vetoes;
use super::{quote_ranges, Found, Phrase, Speaker};
use crate::report::lexicon::*;
use crate::report::model::{CueStrength, EntityKind, Rule};
use crate::report::span::Span;
use crate::report::tokens::{TokKind, Toks, CUE, EVIDENCE_WORD, MONTH, PHRASAL_CUE, WEEKDAY};

/// What a step decides about a cue.
pub(super) enum Verdict {
    /// The cue makes this claim.
    Claim(Found),
    /// The cue makes no claim; no later step is tried.
    NotAClaim,
    /// This construction does not apply; try the next step.
    Next,
}

impl Verdict {
    /// A construction that applies: its claim, or none when the parts it
    /// needs are missing.
    fn decided(found: Option<Found>) -> Verdict {
        found.map_or(Verdict::NotAClaim, Verdict::Claim)
    }
}

/// One cue word of a sentence, as every step sees it.
pub(super) struct At<'t, 'a> {
    pub t: &'t Toks<'a>,
    /// The cue's first token.
    pub c: usize,
    /// Its last token ("called out", "expressed concern").
    pub c_end: usize,
    pub cw: CueWord,
    /// The cue's span and strength, as the claim carries them.
    pub cue: Option<(Span, CueStrength)>,
    /// The first token of the verb group: the cue, or the auxiliaries and
    /// adverbs before it ("has repeatedly said"), or a time between the
    /// speaker and the verb group ("on Tuesday said").
    pub j: usize,
    /// A form of "be" right before the cue: "was reported".
    pub passive: bool,
    /// A modal or a negation in the verb group: "would not comment".
    pub hedged: bool,
    /// The claims found earlier in the sentence.
    pub found: &'t [Found],
    /// The earlier claim whose content holds this cue, if any.
    pub inside_prev: Option<usize>,
    /// Quoted stretches of the sentence as token ranges.
    pub quotes: &'t [(usize, usize)],
}

/// A step of the table: a veto or a construction.
pub(super) enum Step {
    Veto(fn(&At) -> bool),
    Rule(fn(&At) -> Verdict),
}

/// The steps tried at each cue, in order of precedence.
pub(super) const CUE_STEPS: &[Step] = &[
    Step::Veto(vetoes::put_without_count),
    Step::Veto(vetoes::plural_noun_before_verb),
    Step::Rule(passive_agent),
    Step::Veto(vetoes::participle_with_agent),
    Step::Veto(vetoes::accused_of),
    Step::Veto(vetoes::hedged),
    Step::Veto(vetoes::offers_no_evidence),
    Step::Veto(vetoes::adds_a_figure),
    Step::Veto(vetoes::plural_noun_after_determiner),
    Step::Veto(vetoes::noun_without_complement),
    Step::Veto(vetoes::answer_without_object),
    Step::Veto(vetoes::accepted_without_that),
    Step::Veto(vetoes::continued_for_a_time),
    Step::Veto(vetoes::cue_as_noun),
    Step::Veto(vetoes::possessive_before_cue),
    Step::Rule(participle_of_subject),
    Step::Rule(same_speaker),
    Step::Rule(quoted_as_saying),
    Step::Rule(with_saying),
    Step::Rule(document_saying),
    Step::Rule(infinitive_cue),
    Step::Veto(vetoes::bare_participle),
    Step::Veto(vetoes::request),
    Step::Rule(impersonal_passive),
    Step::Rule(told_passive),
    Step::Rule(said_to_be),
    Step::Veto(vetoes::other_passive),
    Step::Rule(quantifier_subject),
    Step::Rule(inverted),
    Step::Rule(reaction_apposition_claim),
    Step::Veto(vetoes::no_subject),
    Step::Rule(coordinated_verb),
    Step::Rule(speaker_before_cue),
];

/// A veto said the cue makes no claim ("would not comment").
pub(super) struct Vetoed;

/// Reads the cue at token `c` (through `c_end` for a phrasal cue) with the
/// table's steps: its claim, none when no construction could read it, or
/// [`Vetoed`] when a veto refused it.
pub(super) fn read_cue(
    t: &Toks,
    c: usize,
    c_end: usize,
    cw: CueWord,
    found: &[Found],
    inside_prev: Option<usize>,
    quotes: &[(usize, usize)],
) -> Result<Option<Found>, Vetoed> {
    let at = At::new(t, c, c_end, cw, found, inside_prev, quotes);
    for step in CUE_STEPS {
        match step {
            Step::Veto(veto) => {
                if veto(&at) {
                    return Err(Vetoed);
                }
            }
            Step::Rule(rule) => match rule(&at) {
                Verdict::Claim(f) => return Ok(Some(f)),
                Verdict::NotAClaim => return Ok(None),
                Verdict::Next => {}
            },
        }
    }
    Ok(None)
}

impl<'t, 'a> At<'t, 'a> {
    fn new(
        t: &'t Toks<'a>,
        c: usize,
        c_end: usize,
        cw: CueWord,
        found: &'t [Found],
        inside_prev: Option<usize>,
        quotes: &'t [(usize, usize)],
    ) -> Self {
        // Walk left over auxiliaries and adverbs.
        let mut j = c;
        let mut passive = false;
        let mut hedged = false;
        // "have in the past said": a time between the auxiliary and the verb.
        let time_inside = |j: usize| {
            j >= 4
                && matches!(t.lower(j - 3), "in" | "over" | "during")
                && t.word_is(j - 2, DETERMINER)
                && matches!(
                    t.lower(j - 1),
                    "past" | "meantime" | "interim" | "weeks" | "months" | "years" | "days"
                )
                && t.is_lower(j - 4)
                && matches!(t.s(j - 4), "has" | "have" | "had" | "will" | "would")
        };
        if time_inside(j) {
            j -= 3;
        }
        while j > 0 && t.is_lower(j - 1) && is_verb_group_word(t.s(j - 1)) {
            let w = t.s(j - 1);
            // "was told" is passive; "is saying that", "were urging the
            // board to" are not ("the changes he is proposing to make" is
            // no claim: an intention with no clause).
            let progressive =
                is_ing(t.s(c)) && t.is_word(c_end + 1) && !t.eq_lower(c_end + 1, "to");
            if t.word_is(j - 1, BE) && j == c && !progressive {
                passive = true;
            }
            // "would not comment", "did not say", "could tell": nothing was claimed.
            if is_modal_or_negation(w) {
                hedged = true;
            }
            j -= 1;
        }
        // "is not expected to", "is widely seen as": an adverb or a
        // negation between "be" and a verb of expecting or seeing.
        if !passive
            && j < c
            && t.lower_word_is(j, BE)
            && !t.eq_lower(j, "being")
            && (j + 1..c).all(|k| !t.lower_word_is(k, BE) && !is_auxiliary(t.s(k)))
            && (matches!(
                (t.s(c), t.lower(c_end + 1)),
                ("expected" | "thought" | "believed", "to")
                    | (
                        "seen" | "viewed" | "regarded" | "perceived" | "considered",
                        "as"
                    )
            ) || t.s(c).ends_with("ed")
                // "is often criticized", "was repeatedly accused": how
                // often, between "be" and the participle.
                && (j + 1..c).all(|k| {
                    matches!(
                        t.s(k),
                        "often"
                            | "sometimes"
                            | "frequently"
                            | "repeatedly"
                            | "regularly"
                            | "routinely"
                            | "widely"
                    )
                }))
        {
            passive = true;
        }
        if !hedged {
            // A time between the speaker and the cue: "Amnesty on Tuesday
            // accused", "the ministry last week said".
            j = back_over_asides(t, j);
            // "A report by Amnesty released last month found": the
            // document's participle before the time belongs with the
            // speaker, not the phrase.
            if j < c && j >= 2 && t.is_lower(j - 1) && published_in(t, j - 1) {
                j -= 1;
            }
        }
        At {
            t,
            c,
            c_end,
            cw,
            cue: Some((t.range(c, c_end), cw.strength)),
            j,
            passive,
            hedged,
            found,
            inside_prev,
            quotes,
        }
    }

    /// A finding of this cue by `rule`.
    fn claim(&self, rule: Rule, speaker: Speaker, content: Vec<Span>) -> Found {
        Found {
            speaker,
            cue: self.cue,
            content,
            rule,
        }
    }

    /// A participle right after a comma: "…, adding that …".
    /// After a quotation's comma too (`…, "small-town values," saying …`),
    /// and after a dash (`… on the spot – saying …`).
    fn participle(&self) -> bool {
        let (t, c, j) = (self.t, self.c, self.j);
        j == c
            && j > 0
            && is_ing(t.s(c))
            && (t.is_punct(j - 1, ',')
                || matches!(t.kind(j - 1), Some(TokKind::Punct('—' | '–')))
                || j >= 2 && t.kind(j - 1) == Some(TokKind::CloseQuote) && t.is_punct(j - 2, ','))
    }

    /// The content after the cue.
    fn content_after(&self) -> Option<(Vec<Span>, bool)> {
        content_after(self.t, self.c_end + 1, self.cw, self.quotes)
    }
}

/// `The Anti-Corruption Commission welcomed the ruling, calling it "…"`,
/// `Fiorina was open about her dislike of the plan, saying …`: a
/// participle after a comma, with no cue before it in the sentence, speaks
/// for the subject of the sentence's main verb. Not when that subject is
/// no speaker ("The storm flattened the village, calling it …").
fn participle_of_subject(at: &At) -> Verdict {
    if !(at.participle() && at.found.is_empty()) {
        return Verdict::Next;
    }
    Verdict::decided((|| {
        let speaker = sentence_subject(at.t, at.c)?;
        let (content, _) = at.content_after()?;
        Some(at.claim(Rule::ParticipleOfSubject, speaker, content))
    })())
}

/// `While saying that he respects her, he doubts her record`, `After
/// suggesting on Wednesday that he regretted it, Ruiz …`: a participle
/// that opens a fronted clause (cue `c`, the clause ending at the comma
/// `comma`) speaks for the subject of the main clause after the comma. Its
/// content ends at the comma.
pub(super) fn fronted_participle(
    t: &Toks,
    c: usize,
    c_end: usize,
    cw: CueWord,
    comma: usize,
    quotes: &[(usize, usize)],
) -> Option<Found> {
    let body = sentence_body_end(t);
    let verb = (comma + 2..body.min(comma + 10)).find(|&k| is_finite_verb(t, k))?;
    let mut v = verb;
    while v > comma + 2 && t.is_lower(v - 1) && is_aux_or_adverb(t.s(v - 1)) {
        v -= 1;
    }
    let (start, speaker) = speaker_before(t, v - 1)?;
    if start != comma + 1 {
        return None;
    }
    let (content, _) = content_after(t, c_end + 1, cw, quotes)?;
    let mut f = Found {
        speaker,
        cue: Some((t.range(c, c_end), cw.strength)),
        content,
        rule: Rule::ParticipleOfSubject,
    };
    cut_before(&mut f, t, t.span(comma).start());
    f.content.iter().any(|sp| !sp.is_empty()).then_some(f)
}

/// From `j`, the verb's first token, back over what may stand between a
/// subject and its verb: a time ("on Tuesday", "later Thursday", "earlier
/// this week", "last month") and a floating quantifier or a pronoun of
/// emphasis ("Strategists all agree", "they both said", "Ford itself
/// said").
fn back_over_asides(t: &Toks, j: usize) -> usize {
    let mut j = j;
    if j >= 2
        && t.is_lower(j - 1)
        && matches!(
            t.s(j - 1),
            "all" | "both" | "itself" | "himself" | "herself" | "themselves"
        )
        && t.is_word(j - 2)
        // Not "the kind of society they themselves want": a clause.
        && !(t.is_lower(j - 2) && t.lower_word_is(j - 2, SUBJECT_PRONOUN))
    {
        j -= 1;
    }
    let day = |k: usize| {
        t.is_cap(k) && is_weekday(t.s(k))
            || t.is_lower(k) && matches!(t.s(k), "yesterday" | "today")
    };
    if j >= 3
        && t.is_lower(j - 1)
        && matches!(t.s(j - 1), "night" | "morning" | "afternoon" | "evening")
        && day(j - 2)
    {
        j -= 1;
    }
    let mut time = false;
    if j >= 2 && day(j - 1) {
        j -= 1;
        time = true;
    } else if j >= 2 && t.eq_lower(j - 1, "tonight") {
        j -= 1;
    } else if j >= 3
        && matches!(t.lower(j - 2), "last" | "this")
        && matches!(t.lower(j - 1), "week" | "month" | "year" | "weekend")
    {
        j -= 2;
        time = true;
    }
    if time
        && j >= 2
        && t.is_lower(j - 1)
        && matches!(t.s(j - 1), "on" | "late" | "early" | "later" | "earlier")
    {
        j -= 1;
    }
    j
}

/// The subject of the sentence's main verb, when it opens the sentence
/// (after a dateline or an opening adjunct) and can speak: the speaker of a
/// participle or of a second verb that has none of its own.
pub(super) fn sentence_subject(t: &Toks, before: usize) -> Option<Speaker> {
    let start = dateline_end(t);
    let mut verb = (start + 1..before).find(|&k| is_finite_verb(t, k))?;
    // "He also staked out …": adverbs before the verb.
    while verb > start + 1 && t.is_lower(verb - 1) && is_aux_or_adverb(t.s(verb - 1)) {
        verb -= 1;
    }
    // "Hale on Thursday stepped up his attacks, saying …".
    let verb = back_over_asides(t, verb).max(start + 1);
    let (phrase_start, speaker) = speaker_before(t, verb - 1)?;
    let opens = phrase_start == start
        || phrase_start > start
            && t.is_punct(phrase_start - 1, ',')
            && opening_adjunct(t, start, phrase_start - 1);
    if !opens {
        return None;
    }
    match speaker {
        Speaker::Phrase(p)
            if p.kind != EntityKind::Unknown
                || p.name.of(t.text).starts_with(char::is_uppercase) =>
        {
            Some(Speaker::Phrase(p))
        }
        Speaker::Pronoun(sp) => Some(Speaker::Pronoun(sp)),
        _ => None,
    }
}

/// Whether token `k` reads as the finite verb after a subject: an
/// auxiliary or form of "be", a past tense, a cue, or a third-person form
/// right after a name.
pub(super) fn is_finite_verb(t: &Toks, k: usize) -> bool {
    if !t.is_lower(k) {
        return false;
    }
    let w = t.s(k);
    let after_article = k > 0 && t.is_word(k - 1) && t.word_is(k - 1, DETERMINER);
    is_be(w)
        || is_auxiliary(w)
        || is_irregular_past(w)
        || !after_article && (w.ends_with("ed") || t.has(k, CUE))
        || w.ends_with('s')
            && !w.ends_with("ss")
            && k > 0
            && t.is_cap(k - 1)
            && !t.word_is(k - 1, DETERMINER)
}

/// The previous speaker goes on: a participle right after a comma
/// (`…, adding that …`), or a second verb a few words after the first cue
/// (`urged calm but said …`, `denied wrongdoing and said …`,
/// `dismissed the report as "biased" and said …`).
fn same_speaker(at: &At) -> Verdict {
    let (t, c) = (at.t, at.c);
    // The verb group's start: "and has called for", "but also said".
    let v = at.j;
    let second_verb = at.inside_prev.is_some_and(|p| {
        v >= 2
            && (v == c || v + 1 == c && matches!(t.s(v), "has" | "have" | "had" | "also"))
            && t.is_lower(v - 1)
            && matches!(t.s(v - 1), "and" | "but" | "then")
            // ", but insists …", ", then says …"; not ", and" (a new clause
            // may begin there).
            && (!t.is_punct(v - 2, ',') || t.s(v - 1) != "and")
            && (t.s(v - 1) != "then" || t.is_punct(v - 2, ','))
            && at.found[p].cue.is_some_and(|(cs, _)| {
                // "calling it "a farce" and asserting that …": a second
                // participle only after a first.
                if is_ing(t.s(c)) && !is_ing(cs.of(t.text)) {
                    return false;
                }
                // A verb whose object is a thing, not what was said, may
                // have a longer object before the second verb; so may a
                // quotation: `said it was "looking into it" and accused …`.
                let quoted = t.kind(v - 2) == Some(TokKind::CloseQuote);
                // A contrasting second verb of saying speaks for the first
                // speaker however long the first claim: "said she had met
                // him twice but said …" ("and said" may be the reported
                // subject's: "said the soldiers entered and said nothing").
                let past = |w: &str| w.len() > 3 && w.ends_with("ed") || is_irregular_past(w);
                // "noted that the day would have been his birthday and
                // quoted …": a past tense after a clause with a verb group
                // of its own goes with the first cue, as its tense does.
                // (Not after a comma: ", and Hale got a permit and
                // promised …" is another subject's.)
                let own_verb_group = || {
                    let clause = || {
                        (c.saturating_sub(40)..c - 1)
                            .skip_while(move |&k| t.span(k).start() <= cs.start())
                    };
                    !clause().any(|k| t.is_punct(k, ','))
                        && clause().any(|k| {
                            t.is_lower(k)
                                && matches!(
                                    t.s(k),
                                    "would"
                                        | "will"
                                        | "could"
                                        | "can"
                                        | "should"
                                        | "might"
                                        | "may"
                                        | "must"
                                )
                        })
                };
                // "said … and said that …", "said … and says …": a verb of
                // saying that opens a "that" clause, or in another tense
                // than the first cue, is a second statement.
                let first = cs.of(t.text).to_ascii_lowercase();
                let another_tense = || past(&first) != past(t.s(c));
                // ", but insists …", ", then says …", "and has called for
                // …": a predicate of its own after the first claim.
                // In the first cue's tense: not `pledged that Ruiz "really
                // is" for it, but wants …`, the reported subject's.
                let tensed = if matches!(t.s(v), "has" | "have") {
                    false
                } else if t.s(v) == "had" {
                    true
                } else {
                    past(t.s(c))
                };
                let own_predicate =
                    (t.is_punct(v - 2, ',') || v < c) && tensed == past(&first);
                let reach = if own_predicate
                    || is_say_verb(t.lower(c))
                        && (t.s(v - 1) == "but" || t.eq_lower(c + 1, "that") || another_tense())
                {
                    c
                } else if past(t.s(c)) && past(&first) && own_verb_group()
                    // `called the plan "a disgrace," and threatened …`:
                    // a quotation closes the first claim's object.
                    || quoted && (past(t.s(c)) && past(&first) || is_ing(t.s(c)))
                {
                    40
                } else if is_object_cue(cs.of(t.text)) || quoted {
                    14
                } else {
                    6
                };
                (c.saturating_sub(reach)..c - 1).any(|k| t.span(k).start() == cs.start())
            })
    });
    if !(at.participle() || second_verb) {
        return Verdict::Next;
    }
    Verdict::decided(
        at.content_after()
            .map(|(content, _)| at.claim(Rule::SameSpeaker, Speaker::SameAsPrevious, content)),
    )
}

/// `The minister was quoted by state media as saying …`: the subject of
/// "was quoted" speaks.
fn quoted_as_saying(at: &At) -> Verdict {
    let (t, c) = (at.t, at.c);
    if !(is_ing(t.s(c)) && at.j == c && c >= 4 && t.eq_lower(c - 1, "as")) {
        return Verdict::Next;
    }
    let Some(q) = (c.saturating_sub(9)..c - 1)
        .find(|&q| q >= 2 && matches!(t.lower(q), "quoted" | "cited") && t.word_is(q - 1, BE))
    else {
        return Verdict::Next;
    };
    Verdict::decided((|| {
        let (_, speaker) = speaker_before(t, q - 2)?;
        let (content, _) = at.content_after()?;
        Some(at.claim(Rule::QuotedAsSaying, speaker, content))
    })())
}

/// `It was reported that …`, `It is alleged that …`; and after the
/// content, `…, it was testified.`: a claim with no named source.
fn impersonal_passive(at: &At) -> Verdict {
    let (t, j, c_end) = (at.t, at.j, at.c_end);
    if !at.passive {
        return Verdict::Next;
    }
    if j >= 1
        && t.eq_lower(j - 1, "it")
        // "…, though it was widely reported that …": after a joining word too.
        && (j == 1
            || !t.is_word(j - 2)
            || t.is_lower(j - 2) && (is_subordinator(t.s(j - 2)) || is_coordinator(t.s(j - 2))))
        && t.eq_lower(c_end + 1, "that")
    {
        let body = sentence_body_end(t);
        return Verdict::decided(content_span(t, c_end + 2, body).map(|content| {
            at.claim(
                Rule::ImpersonalPassive,
                Speaker::Impersonal(t.range(j - 1, c_end)),
                vec![content],
            )
        }));
    }
    let body = sentence_body_end(t);
    if j >= 3
        && t.eq_lower(j - 1, "it")
        && t.is_punct(j - 2, ',')
        && c_end + 1 == body
        && !(0..j).any(|k| matches!(t.kind(k), Some(TokKind::OpenQuote | TokKind::CloseQuote)))
    {
        return Verdict::decided(content_span(t, 0, j - 2).map(|content| {
            at.claim(
                Rule::ImpersonalPassive,
                Speaker::Impersonal(t.range(j - 1, c_end)),
                vec![content],
            )
        }));
    }
    Verdict::Next
}

/// Where the clause's subject starts, before token `j`: after an opening
/// adjunct and its comma ("In the north, several roads …"), else at 0.
fn after_opening_adjunct(t: &Toks, j: usize) -> usize {
    (1..j)
        .find(|&k| t.is_punct(k, ','))
        .filter(|&k| opening_adjunct(t, 0, k))
        .map_or(0, |k| k + 1)
}

/// `The plan was criticized by the union`, `The move was first reported by
/// the Daily Star`, `Hale has been accused by rivals of lying`: the agent of
/// a passive cue speaks, about the clause's subject and what follows the
/// agent ("as unfair", "of lying"). Not a participle after a noun ("the
/// events described by witnesses"), not in a clause of its own ("after it
/// was reported by …"), and not with a modal ("would be opposed by").
fn passive_agent(at: &At) -> Verdict {
    let (t, j, c, c_end) = (at.t, at.j, at.c, at.c_end);
    let by = c_end + 1;
    let participle = t.s(c).ends_with("ed") || is_irregular_participle(t.s(c));
    // "was quoted by state media as saying": the saying is the cue.
    if !(participle
        && t.s(c) != "quoted"
        && t.eq_lower(by, "by")
        && !at.hedged
        && at.inside_prev.is_none()
        && j >= 1
        && (j..c).any(|k| t.word_is(k, BE) && !t.eq_lower(k, "being")))
    {
        return Verdict::Next;
    }
    // The subject: from the clause's start (after an opening adjunct) to
    // the verb group, with no clause or quotation before it.
    let s0 = after_opening_adjunct(t, j);
    if s0 >= j
        || (s0..j).any(|k| {
            !t.is_word(k) && t.kind(k) != Some(TokKind::Number) && !t.is_punct(k, '\'')
                || t.is_lower(k)
                    && (is_subordinator(t.s(k))
                        || matches!(t.s(k), "that" | "which" | "who" | "and" | "or" | "but")
                        || t.has(k, CUE)
                        || t.lower_word_is(k, SUBJECT_PRONOUN) && k > s0)
        })
    {
        return Verdict::Next;
    }
    // The agent: a noun phrase up to a preposition other than "of", a
    // clause word or punctuation.
    let a = by + 1;
    let mut b = a;
    while b < t.len()
        && b - a < 12
        && (t.is_word(b)
            || t.kind(b) == Some(TokKind::Number)
            || t.is_punct(b, '.') && b > a && t.is_word(b + 1))
        && !(t.is_lower(b)
            && (t.lower_word_is(b, PREPOSITION) && t.s(b) != "of"
                || t.lower_word_is(b, CLAUSE_BOUNDARY)
                || matches!(t.s(b), "as" | "who" | "which" | "that")))
    {
        b += 1;
    }
    if b == a {
        return Verdict::Next;
    }
    let Some(agent) = parse_phrase(t, a, b - 1).or_else(|| source_phrase(t, a, b - 1)) else {
        return Verdict::Next;
    };
    let body = sentence_body_end(t);
    Verdict::decided((|| {
        let mut content = vec![content_span(t, s0, j)?];
        // "… as unfair", "… for failing to …", "… of lying".
        if b < body && t.is_lower(b) && matches!(t.s(b), "as" | "for" | "of" | "over") {
            content.extend(content_span(t, b, body));
        }
        Some(at.claim(Rule::PassiveAgent, Speaker::Phrase(agent), content))
    })())
}

/// `He was told that his visa had been revoked`, `Reporters were told the
/// meeting was off`: someone unnamed told them.
fn told_passive(at: &At) -> Verdict {
    let (t, j, c, c_end) = (at.t, at.j, at.c, at.c_end);
    if !(at.passive
        && j >= 1
        && matches!(t.s(c), "told" | "informed")
        && t.is_word(j - 1)
        && j <= 4)
    {
        return Verdict::Next;
    }
    match at.content_after() {
        Some((content, _)) => Verdict::Claim(at.claim(
            Rule::ToldPassive,
            Speaker::Impersonal(t.range(0, c_end)),
            content,
        )),
        None => Verdict::Next,
    }
}

/// `Some member states are said to be sceptical`, `He is reported to have
/// fled`: a claim with no named source, around its cue. Not "reported to
/// the floor", and not in a subordinate clause ("after they are reported
/// to …").
fn said_to_be(at: &At) -> Verdict {
    let (t, j, c, c_end) = (at.t, at.j, at.c, at.c_end);
    let to_verb = t.eq_lower(c_end + 1, "to")
        && matches!(
            t.s(c),
            "said"
                | "reported"
                | "alleged"
                | "believed"
                | "rumoured"
                | "rumored"
                | "expected"
                | "thought"
                | "understood"
                | "estimated"
        )
        && t.is_lower(c_end + 2)
        && !t.lower_word_is(c_end + 2, DETERMINER)
        && !t.lower_word_is(c_end + 2, PREPOSITION);
    // "The senator is widely seen as the favourite": how others see her.
    let seen_as = t.eq_lower(c_end + 1, "as")
        && matches!(
            t.s(c),
            "seen" | "viewed" | "regarded" | "perceived" | "considered"
        )
        && t.is_word(c_end + 2)
        // "It is considered a threat to the troops".
        || t.s(c) == "considered" && matches!(t.lower(c_end + 1), "a" | "an");
    // "Peacekeepers have been accused of hurting civilians", "The bloc is
    // often criticized for being slow": an accusation by no one named.
    let prep_in_cue = c_end > c && matches!(t.lower(c_end), "of" | "for");
    let accused = matches!(
        t.s(c),
        "accused" | "blamed" | "criticized" | "criticised" | "faulted"
    ) && (prep_in_cue || matches!(t.lower(c_end + 1), "of" | "for"));
    // "delegates who are expected to …": the relative pronoun is the
    // subject.
    let relative_subject =
        |k: usize| k + 1 == j && t.is_lower(k) && matches!(t.s(k), "which" | "who" | "that");
    // "The bank, which has held rates low, is expected to …": a clause
    // between commas inside the subject.
    let aside = |k: usize| {
        t.is_lower(k)
            && matches!(t.s(k), "which" | "who")
            && k >= 1
            && t.is_punct(k - 1, ',')
            && j >= 2
            && t.is_punct(j - 1, ',')
    };
    // Not a second verb: "… startled observers and was viewed as …".
    let applies = at.passive
        && (to_verb || seen_as || accused)
        && j >= 1
        && (t.is_word(j - 1) && !matches!(t.lower(j - 1), "and" | "but" | "or")
            || j >= 2 && t.is_punct(j - 1, ',') && (0..j).any(aside));
    let applies = applies
        // Not inside someone's claim: "He said the bill is expected to
        // pass" is his.
        && at.inside_prev.is_none()
        && !(0..(0..j).find(|&k| aside(k)).unwrap_or(j)).any(|k| {
            t.is_word(k)
                && (is_subordinator(t.lower(k))
                    || matches!(t.lower(k), "that" | "which" | "who") && !relative_subject(k)
                    || t.is_lower(k) && t.has(k, CUE))
        })
        && !(0..j).any(|k| matches!(t.kind(k), Some(TokKind::OpenQuote | TokKind::CloseQuote)));
    if !applies {
        return Verdict::Next;
    }
    let body = sentence_body_end(t);
    // "In the north, several roads are expected to reopen": the subject,
    // without the opening adjunct; after a noun, its relative pronoun.
    let s0 = if relative_subject(j - 1) {
        j - 1
    } else {
        after_opening_adjunct(t, j)
    };
    Verdict::decided((|| {
        let subject = content_span(t, s0, j)?;
        let from = if accused && !prep_in_cue {
            c_end + 2
        } else {
            c_end + 1
        };
        let rest = content_span(t, from, body)?;
        Some(at.claim(
            Rule::SaidToBe,
            Speaker::Impersonal(t.range(j, c_end)),
            vec![subject, rest],
        ))
    })())
}

/// `Several said …`, `Many of those interviewed told us …`: some of the
/// people the text spoke of, not named.
fn quantifier_subject(at: &At) -> Verdict {
    let (t, j) = (at.t, at.j);
    if !(j >= 1 && t.is_cap(0) && is_quantifier_subject(t.lower(0))) {
        return Verdict::Next;
    }
    let subject_ok = j == 1
        || t.eq_lower(1, "of")
            && (2..j).all(|k| t.is_word(k))
            && j <= 5
            && !(2..j).any(|k| t.has(k, CUE) && k + 1 < j);
    if !subject_ok {
        return Verdict::Next;
    }
    match at.content_after() {
        Some((content, _)) => Verdict::Claim(at.claim(
            Rule::QuantifierSubject,
            Speaker::Impersonal(t.range(0, j - 1)),
            content,
        )),
        None => Verdict::Next,
    }
}

/// `…, a figure Israel disputes.`, `…, a claim the army denies.`: the
/// reaction, with nothing after its doubting cue, is that speaker's claim
/// about what was said before the comma.
fn reaction_apposition_claim(at: &At) -> Verdict {
    let (t, j, c_end) = (at.t, at.j, at.c_end);
    if !(at.cw.strength == CueStrength::Doubting && j >= 5 && sentence_body_end(t) == c_end + 1) {
        return Verdict::Next;
    }
    let k = j - 1;
    let comma = (k.saturating_sub(6)..k.saturating_sub(2)).rev().find(|&m| {
        t.is_punct(m, ',')
            && matches!(t.lower(m + 1), "a" | "an")
            && is_reaction_noun(t.lower(m + 2))
    });
    match comma.and_then(|m| parse_phrase(t, m + 3, k).map(|p| (m, p))) {
        Some((m, p)) => Verdict::Claim(at.claim(
            Rule::ReactionApposition,
            Speaker::Phrase(p),
            vec![t.range(m + 1, m + 2)],
        )),
        None => Verdict::Next,
    }
}

/// `A spokesperson declined to comment on the number of deaths, but said
/// …`, `House Democrats seized the floor on Wednesday and said …`: a second
/// verb with no subject of its own, and no claim before it in the
/// sentence, speaks for the subject of the sentence's main verb.
fn coordinated_verb(at: &At) -> Verdict {
    // The verb group may have its own auxiliaries: "has studied the costs
    // but has said …".
    let (t, c, g) = (at.t, at.c, at.j);
    if !(g >= 3 && t.is_lower(g - 1) && matches!(t.s(g - 1), "but" | "and")) {
        return Verdict::Next;
    }
    // "declined to comment on the toll, but said …": the second verb goes
    // on with the speaker of the claim that ends before it.
    if let Some(prev) = at.found.last() {
        let before = t.span(g - 1).start();
        let named = matches!(prev.speaker, Speaker::Phrase(_) | Speaker::Pronoun(_));
        // "Police announced an arrest and said a curfew would hold": a verb
        // of saying joined to the last claim's verb is a claim of its own,
        // which ends that claim's content (the caller cuts it).
        let joined_inside = at.inside_prev == Some(at.found.len() - 1)
            && (is_say_verb(t.lower(c))
                || matches!(
                    t.lower(c),
                    "noted"
                        | "argued"
                        | "insisted"
                        | "warned"
                        | "acknowledged"
                        | "stressed"
                        | "explained"
                        | "conceded"
                        | "admitted"
                        | "suggested"
                        | "predicted"
                ))
            && !t.is_punct(g - 2, ',')
            && prev.cue.is_some_and(|(cs, _)| {
                // After a verb of saying, "and said" more likely joins a
                // verb of the reported clause ("said the soldiers came and
                // said nothing"); "but" turns back to the speaker.
                cs.end() <= before
                    && (t.s(g - 1) == "but" || !is_say_verb(&cs.of(t.text).to_ascii_lowercase()))
            })
            && named;
        let ended = prev.content.iter().all(|s| s.end() <= before) && named || joined_inside;
        return match at.content_after().filter(|_| ended) {
            Some((content, _)) => {
                Verdict::Claim(at.claim(Rule::CoordinatedVerb, Speaker::SameAsPrevious, content))
            }
            None => Verdict::Next,
        };
    }
    match sentence_subject(t, g - 1).and_then(|sp| Some((sp, at.content_after()?))) {
        Some((speaker, (content, _))) => {
            Verdict::Claim(at.claim(Rule::CoordinatedVerb, speaker, content))
        }
        None => Verdict::Next,
    }
}

/// `Bryne went on to say, "…"`, `The senator was quick to point out that
/// …`, `She continued to insist …`: a cue in an infinitive speaks for the
/// subject of the sentence's main verb. So does a gerund after "by":
/// `Dean responded by saying he would …`, `began the hearing by insisting …`.
fn infinitive_cue(at: &At) -> Verdict {
    let (t, c) = (at.t, at.c);
    if at.j == c && c >= 2 && t.eq_lower(c - 1, "by") && is_ing(t.s(c)) && at.found.is_empty() {
        return match sentence_subject(t, c - 1).and_then(|sp| Some((sp, at.content_after()?))) {
            Some((speaker, (content, _))) => {
                Verdict::Claim(at.claim(Rule::InfinitiveCue, speaker, content))
            }
            None => Verdict::Next,
        };
    }
    if !(at.j == c && c >= 3 && t.eq_lower(c - 1, "to") && at.found.is_empty()) {
        return Verdict::Next;
    }
    // "went on to say", "continued to argue", "was quick to note"; not "told
    // him to say" (someone else's words) nor "the right to say".
    let before = t.lower(c - 2);
    let governed = t.is_lower(c - 2)
        && (matches!(
            before,
            "on" | "quick" | "eager" | "careful" | "sure" | "able" | "ready" | "willing"
        ) || before.ends_with("ed") && !t.has(c - 2, CUE)
            || is_irregular_past(before)
            || matches!(
                before,
                "continues" | "wants" | "tries" | "seems" | "appears"
            ));
    if !governed {
        return Verdict::Next;
    }
    match sentence_subject(t, c - 1).and_then(|sp| Some((sp, at.content_after()?))) {
        Some((speaker, (content, _))) => {
            Verdict::Claim(at.claim(Rule::InfinitiveCue, speaker, content))
        }
        None => Verdict::Next,
    }
}

/// `A statement from the ministry saying the strike was illegal …`, `The
/// town released a statement Wednesday saying …`: a document that says
/// something speaks for its author, named after "from" or "by", or else the
/// subject of the sentence that issued it.
fn document_saying(at: &At) -> Verdict {
    let (t, c) = (at.t, at.c);
    if !(is_ing(t.s(c)) && at.j == c && at.found.is_empty()) {
        return Verdict::Next;
    }
    let Some(d) = (c.saturating_sub(7)..c)
        .rev()
        .find(|&k| t.is_word(k) && is_document_noun(t.lower(k)))
    else {
        return Verdict::Next;
    };
    if (d + 1..c).any(|k| {
        !t.is_word(k) && t.kind(k) != Some(TokKind::Number)
            || t.is_lower(k) && (t.lower_word_is(k, BE) || t.has(k, CUE))
    }) {
        return Verdict::Next;
    }
    // The author: "from the ministry", "by Amnesty".
    let author = (d + 1..c)
        .find(|&k| t.is_lower(k) && matches!(t.s(k), "from" | "by"))
        .and_then(|k| {
            let end = (k + 1..c)
                .take_while(|&m| t.is_word(m) && !t.has(m, WEEKDAY))
                .last()?;
            parse_phrase(t, k + 1, end).map(Speaker::Phrase)
        });
    let speaker = match author {
        Some(sp) => Some(sp),
        None if d > 1 => sentence_subject(t, d),
        None => None,
    };
    let Some(speaker) = speaker else {
        return Verdict::Next;
    };
    // In the subject ("A statement … saying X was read out"), the content
    // ends where the sentence's verb begins.
    let Some((mut content, _)) = at.content_after() else {
        return Verdict::Next;
    };
    if d <= 2 {
        if let Some(last) = content.last_mut() {
            let from = t
                .toks
                .iter()
                .position(|x| x.span.start() >= last.start())
                .unwrap_or(c + 1);
            let first_verb = (from + 1..t.len()).find(|&k| is_clause_verb(t, k));
            if let Some(v) = first_verb.and_then(|v| {
                (v + 1..t.len()).find(|&k| {
                    is_clause_verb(t, k)
                        && !t.word_is(k - 1, BE)
                        && !t.word_is(k - 1, AUX_OR_ADVERB)
                })
            }) {
                if let Some(cut) = Span::new(t.text, last.start(), t.span(v - 1).end()) {
                    *last = cut;
                }
            }
        }
    }
    Verdict::Claim(at.claim(Rule::DocumentSaying, speaker, content))
}

/// `…, with about three in ten saying they are very liberal`, `with the
/// campaign of the former senator saying …`: the noun phrase after "with"
/// speaks.
fn with_saying(at: &At) -> Verdict {
    let (t, c) = (at.t, at.c);
    if !(is_ing(t.s(c)) && at.j == c) {
        return Verdict::Next;
    }
    let Some(w) = (c.saturating_sub(10)..c.saturating_sub(1))
        .rev()
        .find(|&k| t.eq_lower(k, "with"))
    else {
        return Verdict::Next;
    };
    let Some(p) = parse_phrase(t, w + 1, c - 1).or_else(|| quantity_phrase(t, w + 1, c - 1)) else {
        return Verdict::Next;
    };
    match at.content_after() {
        Some((content, _)) => {
            Verdict::Claim(at.claim(Rule::WithSaying, Speaker::Phrase(p), content))
        }
        None => Verdict::Next,
    }
}

/// The speaker before the cue, and the content after it, before it, or on
/// both sides:
/// - `X said (that) …`, `X told reporters: "…"` ([`Rule::SpeakerBefore`]);
/// - `The plan, officials said, will fail.` ([`Rule::SplitReported`]);
/// - `"…," X said.`, `"…," X said, "…"` ([`Rule::TrailingSpeaker`]).
///
/// Inside an earlier claim's content only a coordinated clause starts a new
/// claim: `…, while X said …`, `…; X said …`, `…, after the UN warned that …`.
fn speaker_before_cue(at: &At) -> Verdict {
    Verdict::decided(speaker_before_claim(at))
}

fn speaker_before_claim(at: &At) -> Option<Found> {
    let (t, j, c_end, cw, found, quotes) = (at.t, at.j, at.c_end, at.cw, at.found, at.quotes);
    let np_end = j - 1;
    let (phrase_start, speaker) = speaker_before(t, np_end)?;

    if at.inside_prev.is_some() {
        let ok = phrase_start >= 2
            && t.is_lower(phrase_start - 1)
            && (is_coordinator(t.s(phrase_start - 1))
                || t.is_punct(phrase_start - 2, ',') && is_when_conjunction(t.s(phrase_start - 1)))
            && (matches!(t.kind(phrase_start - 2), Some(TokKind::Punct(',' | ';')))
                // The comma inside the quotation: `called it "a farce," while X said …`.
                || (phrase_start >= 3
                    && t.kind(phrase_start - 2) == Some(TokKind::CloseQuote)
                    && t.is_punct(phrase_start - 3, ',')))
            || phrase_start >= 1 && t.is_punct(phrase_start - 1, ';')
            // A relative clause is a claim of its own: "angered activists
            // who decried the plan".
            || matches!(&speaker, Speaker::Phrase(p) if matches!(p.mention.of(t.text), "who" | "which"))
            // A clause of its own that tells when or why: "opposed the bill
            // when he said it would hurt lenders".
            || phrase_start >= 2 && t.is_lower(phrase_start - 1) && is_subordinator(t.s(phrase_start - 1));
        if !ok {
            return None;
        }
    }

    // "As Reuters reported on Monday, the talks stalled", "The talks
    // stalled, as the mayor noted": "as" ties the source to the clause
    // beside it.
    if phrase_start >= 1 && t.eq_lower(phrase_start - 1, "as") && at.inside_prev.is_none() {
        let body = sentence_body_end(t);
        let as_at = phrase_start - 1;
        let mut k = c_end + 1;
        while k < body && !t.is_punct(k, ',') && is_adjunct_token(t, k) {
            k += 1;
        }
        if as_at == dateline_end(t) {
            if k < body && t.is_punct(k, ',') {
                let content = content_span(t, k + 1, body)?;
                return Some(at.claim(Rule::SpeakerBefore, speaker, vec![content]));
            }
            // "As the mayor said he would leave, the crowd cheered": the
            // claim ends with the fronted clause.
            if let Some(comma) = (k..body).find(|&m| t.is_punct(m, ',')) {
                let (content, _) = content_after(t, c_end + 1, cw, quotes)?;
                let mut f = at.claim(Rule::SpeakerBefore, speaker, content);
                cut_before(&mut f, t, t.span(comma).start());
                return Some(f);
            }
        } else if as_at >= 1 && t.is_punct(as_at - 1, ',') && k >= body {
            let start = clause_start_before(t, as_at - 1, found);
            let content = content_span(t, start, as_at - 1)?;
            return Some(at.claim(Rule::TrailingSpeaker, speaker, vec![content]));
        }
    }

    // What stands before the speaker: nothing (or an opening adjunct), or
    // content followed by a comma or a closing quotation mark.
    // "Spending on ads rose, the mayor said.": with nothing after the cue,
    // a gerund that opens the sentence is its subject, not a participle
    // clause ("Speaking on condition of anonymity, the official said …").
    let gerund_subject = c_end + 1 >= sentence_body_end(t)
        && t.is_cap(0)
        && t.lower(0).ends_with("ing")
        && !t.word_is(0, CLAUSE_BOUNDARY);
    // `In an interview on "Face the Nation," the senator said …`: a fronted
    // place or occasion whose title is in quotation marks, not a quotation;
    // it may open with its day: `Wednesday on NBC's "Nightly," …`.
    let titled_adjunct = phrase_start > 2
        && phrase_start < 24
        && t.is_cap(0)
        && (t.word_is(0, PREPOSITION)
            || t.has(0, WEEKDAY | DATE_WORD) && t.is_lower(1) && t.lower_word_is(1, PREPOSITION))
        && (1..phrase_start).any(|k| t.kind(k) == Some(TokKind::OpenQuote))
        && (1..phrase_start).all(|k| {
            t.kind(k) != Some(TokKind::OpenQuote)
                || t.is_word(k - 1) && t.is_cap(k + 1) && (k + 1..phrase_start).count() <= 8
        });
    // "If this fails, Ruiz argues, there are other tools": a fronted clause
    // of condition, concession, time or purpose before an attribution set
    // off by commas is the first part of what is said.
    // Not before a quotation: `When asked why, Tyler said, "…"`.
    let fronted_clause = t.is_punct(c_end + 1, ',')
        && t.kind(c_end + 2) != Some(TokKind::OpenQuote)
        && t.is_cap(0)
        && (is_subordinator(t.lower(0)) && t.lower(0) != "after" && t.lower(0) != "before"
            || t.lower(0) == "to" && t.is_lower(1) && !t.lower_word_is(1, DETERMINER));
    let before_is_content = phrase_start > 0
        && matches!(
            t.kind(phrase_start - 1),
            Some(TokKind::Punct(',') | TokKind::CloseQuote)
        )
        && !titled_adjunct
        && (gerund_subject || fronted_clause || !opening_adjunct(t, 0, phrase_start - 1));

    // Content after the cue? Not a time before a participle clause: in
    // "…, the air force said Sunday, adding that …" the content is before.
    let after = if before_is_content && adjunct_then_participle(t, c_end + 1) {
        None
    } else {
        content_after(t, c_end + 1, cw, quotes)
    };
    match (after, before_is_content) {
        (Some((content, _)), false) => {
            let mut f = at.claim(Rule::SpeakerBefore, speaker, content);
            // In a relative clause between commas the claim ends with the
            // clause: "Kapata, who denied the charges throughout the trial,
            // plans to appeal".
            if j >= 2 && matches!(t.lower(j - 1), "who" | "which") && t.is_punct(j - 2, ',') {
                if let Some(comma) = (c_end + 1..sentence_body_end(t)).find(|&k| t.is_punct(k, ','))
                {
                    cut_before(&mut f, t, t.span(comma).start());
                }
            }
            Some(f)
        }
        // Reported speech on both sides: "The plan, officials said, will
        // fail" splits the content; "Noting X, Y said Z" keeps Z.
        (Some((after, false)), true)
            if t.kind(phrase_start - 1) != Some(TokKind::CloseQuote)
                && (phrase_start < 2 || t.kind(phrase_start - 2) != Some(TokKind::CloseQuote))
                // "…, the minister told the council.": the one told, and
                // the content is before.
                && !(cw.takes_object && addressee_to_end(t, c_end + 1))
                // "…, the mayor said on Monday as she presented the
                // budget": when or how it was said, and the content is
                // before.
                && !time_clause_after(t, c_end + 1) =>
        {
            let mut content = Vec::new();
            // "officials said, will fail"; "officials said on Tuesday, will
            // fail": the time is the attribution's, not the content's.
            let time_then_comma = adjunct_to_comma(t, c_end + 1);
            if t.is_punct(c_end + 1, ',') || time_then_comma.is_some() {
                let start = clause_start_before(t, phrase_start - 1, found);
                content.extend(content_span(t, start, phrase_start - 1));
            }
            match time_then_comma.and_then(|k| content_after(t, k + 1, cw, quotes)) {
                Some((rest, _)) => content.extend(rest),
                None => content.extend(after),
            }
            Some(at.claim(Rule::SplitReported, speaker, content))
        }
        (after, true) => {
            // Trailing attribution: the content is before the speaker.
            let pre_end = phrase_start - 1; // the comma or closing mark
            let start = clause_start_before(t, pre_end, found);
            let end_excl = if t.kind(pre_end) == Some(TokKind::CloseQuote) {
                pre_end + 1
            } else {
                pre_end
            };
            let first = unquote(t, start, end_excl, quotes)?;
            let mut content = vec![first];
            // A split quotation: `"…," X said, "…"` / `"…" X said. "…"`.
            // Reported content after a trailing attribution is not taken.
            if let Some((more, true)) = after {
                content.extend(more);
            }
            Some(at.claim(Rule::TrailingSpeaker, speaker, content))
        }
        (None, false) => None,
    }
}

/// Whether a clause of time opens at token `from` (after a cue) or after
/// the cue's adjuncts: "said on Monday as she presented the budget", "said
/// while visiting the site", "said after he met the envoy". Not "said
/// after the vote that …", whose content follows "that".
fn time_clause_after(t: &Toks, from: usize) -> bool {
    let opens = |k: usize| {
        t.is_lower(k)
            && matches!(
                t.s(k),
                "as" | "while" | "whilst" | "when" | "after" | "before" | "upon"
            )
            && (t.word_is(k + 1, SUBJECT_PRONOUN)
                || t.is_lower(k + 1) && t.s(k + 1).len() > 4 && t.s(k + 1).ends_with("ing"))
    };
    // Over the adjuncts of the cue ("on Monday"), at most eight.
    let mut k = from;
    while k < from + 8 && !opens(k) && !t.is_punct(k, ',') && is_adjunct_token(t, k) {
        k += 1;
    }
    opens(k) && !(from..k).any(|m| t.eq_lower(m, "that"))
}

/// The inverted order after content: `"…," said X.`, `…, said X, a
/// spokesman for Y.`, `"…," said the mayor on Tuesday, "…"`.
fn inverted(at: &At) -> Verdict {
    let (t, c) = (at.t, at.c);
    let applies = at.j == c
        && c > 0
        && matches!(
            t.kind(c - 1),
            Some(TokKind::Punct(',') | TokKind::CloseQuote)
        )
        && at.inside_prev.is_none();
    if !applies {
        return Verdict::Next;
    }
    match inverted_claim(t, c, at.c_end, at.cw, at.quotes)
        .or_else(|| inverted_after_quote(t, c, at.c_end, at.cw, at.quotes))
    {
        Some(f) => Verdict::Claim(f),
        None => Verdict::Next,
    }
}

/// Whether cue `c` comes right after a quotation: `"…," said`, `"…", said`.
fn after_quotation(t: &Toks, c: usize) -> bool {
    c >= 1
        && (t.kind(c - 1) == Some(TokKind::CloseQuote)
            || c >= 2 && t.is_punct(c - 1, ',') && t.kind(c - 2) == Some(TokKind::CloseQuote))
}

/// The end (exclusive) of the content before cue `c`: after a closing
/// quotation mark, before a comma.
fn end_before_cue(t: &Toks, c: usize) -> usize {
    if t.kind(c - 1) == Some(TokKind::CloseQuote) {
        c
    } else {
        c - 1
    }
}

/// Whether verb `w` puts its speaker after it: "said Ann Roe".
fn is_inverting(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "added"
            | "adds"
            | "asked"
            | "wrote"
            | "writes"
            | "explained"
            | "continued"
            | "recalled"
            | "noted"
            | "replied"
            | "answered"
            | "observed"
            | "remarked"
            | "declared"
            | "insisted"
            | "testified"
    )
}

/// `"…," said X …` that [`inverted_claim`] could not read to the end: right
/// after a quotation, a verb of saying names the quotation's speaker
/// whatever else the sentence tells of them: `"…," said Ann Roe of the law
/// school`, `said party spokesman Ivo Marsh
/// in a Friday tweet`. The speaker is the longest phrase after the verb
/// that can speak; what follows it is left to the narrator. A later
/// `, "…"` is the quotation's second piece.
fn inverted_after_quote(
    t: &Toks,
    c: usize,
    c_end: usize,
    cw: CueWord,
    quotes: &[(usize, usize)],
) -> Option<Found> {
    let body = sentence_body_end(t);
    let a = c_end + 1;
    let after_quote = after_quotation(t, c);
    // The quotation opens the sentence: `Voss, who called it "a farce,"
    // said the council …` has its speaker before.
    let opens = t.kind(0) == Some(TokKind::OpenQuote);
    if !after_quote || !opens || cw.takes_object || !is_inverting(t.lower(c)) || a >= body {
        return None;
    }
    // The speaker's words: names, numbers, a description; not past a
    // comma, a quotation, a verb or a preposition other than "of".
    let mut e = a;
    while e < body
        && e < a + 10
        && (t.is_word(e) || t.kind(e) == Some(TokKind::Number) || t.is_punct(e, '.') && e > a)
        && !(t.is_lower(e) && {
            let w = t.s(e);
            is_clause_boundary(w)
                || is_be(w)
                || is_aux_or_adverb(w)
                || is_subject_pronoun(w)
                || is_preposition(w) && w != "of"
                || t.has(e, CUE | PHRASAL_CUE | DATE_WORD | WEEKDAY)
        })
    {
        e += 1;
    }
    // Not the subject of a clause: `"…," said the council would …`.
    if t.is_lower(e) && (t.lower_word_is(e, BE) || is_aux_or_adverb(t.s(e))) {
        return None;
    }
    // The longest that can speak; a name ends with a name ("Ann Roe of the
    // law school" is Ann Roe, "Bank of America" a name).
    let phrase = (a..e).rev().find_map(|b| {
        let p = parse_phrase(t, a, b)?;
        let name = p.name.of(t.text);
        let capital = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
        let named = capital(name.split(' ').next()) && capital(name.rsplit(' ').next());
        (named || source_noun(t.lower(b)).is_some() && !capital(name.split(' ').next()))
            .then_some(p)
    })?;
    let end_excl = end_before_cue(t, c);
    let mut content = vec![unquote(t, 0, end_excl, quotes)?];
    if let Some(f) =
        (e..body).find(|&k| t.is_punct(k, ',') && t.kind(k + 1) == Some(TokKind::OpenQuote))
    {
        content.push(content_or_quote(
            t,
            f + 1,
            body.max(f + 2).min(t.len()),
            quotes,
        )?);
    }
    Some(Found {
        speaker: Speaker::Phrase(phrase),
        cue: Some((t.range(c, c_end), cw.strength)),
        content,
        rule: Rule::Inverted,
    })
}

/// The inverted order: `said X`, `said X, a spokesman for Y`.
fn inverted_claim(
    t: &Toks,
    c: usize,
    c_end: usize,
    _cw: CueWord,
    quotes: &[(usize, usize)],
) -> Option<Found> {
    let body = sentence_body_end(t);
    let a = c_end + 1;
    // After "told", "informed": the one told, never the speaker.
    if a >= body || _cw.takes_object {
        return None;
    }
    // After the cue, only a name, a pronoun or a short described source:
    // "said Jane Doe", "said the spokesman", "said the old magistrate";
    // never a clause.
    // Only verbs of saying invert before a description; "rejected the
    // accusations" has an object there, not a speaker.
    let inverting = is_inverting(t.lower(c));
    // …and then right after a quotation: `"…," said the old man`.
    let after_quote = after_quotation(t, c);
    let plain_word = |k: usize| {
        t.is_lower(k) && {
            let w = t.s(k);
            !is_preposition(w)
                && !is_clause_boundary(w)
                && !is_be(w)
                && !is_aux_or_adverb(w)
                && !is_subject_pronoun(w)
                && !t.has(k, CUE | PHRASAL_CUE | DATE_WORD | WEEKDAY)
        }
    };
    // `"…," said retired nurse Helen Park`: a short description, then the
    // name it describes.
    let before_name = (a..a + 4)
        .take_while(|&k| k < body && plain_word(k))
        .last()
        .is_some_and(|k| t.is_cap(k + 1));
    // After reported content too: "…, said former curator Nils Aho".
    let described = inverting
        && (after_quote && t.is_lower(a) && t.lower_word_is(a, DETERMINER)
            || before_name && (after_quote || c >= 1 && t.is_punct(c - 1, ',')));
    let speaker_word = |k: usize| {
        t.is_cap(k)
            || t.is_lower(k) && {
                let w = t.s(k);
                is_determiner(w)
                    // "said the bakery's owner".
                    || (w.ends_with("'s") || w.ends_with("’s")) && k > a
                    || source_noun(w).is_some()
                    || matches!(w, "of" | "for")
                    // "said an adviser to the governor".
                    || w == "to" && k > a && source_noun(t.lower(k - 1)).is_some()
                    || is_subject_pronoun(w)
                    // Adjectives and nouns of a description: "the old man".
                    || described
                        && (k > a || before_name)
                        && !is_preposition(w)
                        && !is_clause_boundary(w)
                        && !is_be(w)
                        && !is_aux_or_adverb(w)
                        && !t.has(k, CUE | PHRASAL_CUE | DATE_WORD | WEEKDAY)
            }
    };
    // The speaker runs to the end, a comma, a quotation or an adjunct.
    let mut e = a;
    while e < body && (t.is_word(e) && speaker_word(e) || t.is_punct(e, '.') && e + 1 < body) {
        e += 1;
    }
    if e == a || e - a > 8 {
        return None;
    }
    // "said a person familiar with the talks", "said an aide close to the
    // senator": a description of who knows, to the end of the sentence.
    let knowing =
        |k: usize| t.is_lower(k) && matches!(t.s(k), "familiar" | "close" | "briefed" | "involved");
    let knows_at = if knowing(e) {
        Some(e)
    } else if e > a + 1 && knowing(e - 1) {
        Some(e - 1)
    } else {
        None
    };
    let mut knows = None;
    if let Some(k) = knows_at.filter(|&k| {
        matches!(
            (t.s(k), t.lower(k + 1)),
            ("familiar", "with") | ("close", "to") | ("briefed", "on") | ("involved", "in")
        )
    }) {
        let end = (k + 2..body).find(|&g| {
            !(t.is_word(g) || t.kind(g) == Some(TokKind::Number) || t.is_punct(g, '.'))
                || t.is_lower(g) && (t.lower_word_is(g, CLAUSE_BOUNDARY) || t.lower_word_is(g, BE))
        });
        // "…, who asked not to be named": a relative clause on the same
        // speaker.
        let relative =
            |g: usize| t.eq_lower(g, "who") || t.is_punct(g, ',') && t.eq_lower(g + 1, "who");
        if end.is_none_or(relative) && k > a {
            e = body;
            knows = Some(k);
        }
    }
    // A party and state, or an acronym, after a name: "said Rep. Dan Hume
    // (D-Ore.)", "said the Rural Health Alliance (RHA)".
    if t.is_punct(e, '(') && t.is_cap(e - 1) {
        if let Some(close) = (e + 2..(e + 7).min(body)).find(|&k| t.is_punct(k, ')')) {
            if (e + 1..close).all(|k| t.is_word(k) || t.is_punct(k, '.') || t.is_punct(k, '-')) {
                e = close + 1;
            }
        }
    }
    // A time or place after the speaker: "said the spokesman on Tuesday",
    // "said Jane Doe in Paris", "said the mayor yesterday".
    let adjunct_start = t.is_lower(e)
        && (t.lower_word_is(e, PREPOSITION) && !matches!(t.s(e), "of" | "for" | "to")
            || t.has(e, DATE_WORD));
    if adjunct_start {
        let mut g = e + 1;
        while g < body
            && (t.is_word(g) || t.kind(g) == Some(TokKind::Number) || t.is_punct(g, '.'))
            && !(t.is_lower(g) && {
                let w = t.lower(g);
                is_clause_boundary(w) || is_be(w) || t.has(g, CUE)
            })
        {
            g += 1;
        }
        if g == body || t.is_punct(g, ',') {
            let phrase = parse_phrase(t, a, e - 1)?;
            let end_excl = end_before_cue(t, c);
            let mut content = vec![unquote(t, 0, end_excl, quotes)?];
            // `"…," said the mayor on Tuesday, "and we will."`
            if g < body && t.kind(g + 1) == Some(TokKind::OpenQuote) {
                content.push(content_or_quote(
                    t,
                    g + 1,
                    body.max(g + 2).min(t.len()),
                    quotes,
                )?);
            } else if g < body && !(after_quote && inverting) {
                // Right after a quotation the quotation is hers whatever
                // follows: `"…," said the mayor at the time, adding that …`.
                return None;
            }
            return Some(Found {
                speaker: Speaker::Phrase(phrase),
                cue: Some((t.range(c, c_end), _cw.strength)),
                content,
                rule: Rule::Inverted,
            });
        }
        return None;
    }
    // Any other word after the speaker makes it a clause, but for a
    // relative clause about the speaker to the end: "said a strategist who
    // spoke on condition of anonymity".
    // Not a clause that is the content's subject: "said the player who
    // took his armband should be benched".
    let relative_to_end = e < body
        && t.is_lower(e)
        && matches!(t.s(e), "who" | "whose")
        && !(e + 2..body).any(|k| {
            t.is_lower(k)
                && matches!(
                    t.s(k),
                    "should"
                        | "would"
                        | "will"
                        | "must"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                )
                && !(t.is_lower(k - 1)
                    && (is_aux_or_adverb(t.s(k - 1)) || t.lower_word_is(k - 1, SUBJECT_PRONOUN)))
        });
    // Nor is a quotation straight after the phrase: `, said he "would …"`
    // has "he" the subject of the words quoted.
    if e < body && (t.is_word(e) && !relative_to_end || t.kind(e) == Some(TokKind::OpenQuote)) {
        return None;
    }
    if e - a == 1 && t.is_lower(a) && t.lower_word_is(a, SUBJECT_PRONOUN) {
        // `"…," said he.`
        let end_excl = end_before_cue(t, c);
        let first = unquote(t, 0, end_excl, quotes)?;
        return Some(Found {
            speaker: Speaker::Pronoun(t.span(a)),
            cue: Some((t.range(c, c_end), _cw.strength)),
            content: vec![first],
            rule: Rule::Inverted,
        });
    }
    let mut phrase = match knows {
        Some(k) => {
            let mut p = parse_phrase(t, a, k - 1)?;
            p.mention = t.range(a, e - 1);
            p
        }
        // "said Ray Cole Jr., the director": the name ends before the
        // suffix's stop.
        None if e >= a + 2 && t.is_punct(e - 1, '.') => parse_phrase(t, a, e - 2)?,
        None => parse_phrase(t, a, e - 1)?,
    };
    let mut tail = e;
    let mut split = Vec::new();
    if t.is_punct(e, ',') {
        if t.kind(e + 1) == Some(TokKind::OpenQuote) {
            split.push(content_or_quote(
                t,
                e + 1,
                body.max(e + 2).min(t.len()),
                quotes,
            )?);
            tail = body;
        } else {
            // Apposition: ", a spokesman for the ministry".
            let mut f = e + 1;
            while f < body && !t.is_punct(f, ',') && t.kind(f) != Some(TokKind::OpenQuote) {
                f += 1;
            }
            // "said the magistrate, K. J. Moore".
            if let Some(person) = named_in_apposition(t, &phrase, (a, e - 1), (e + 1, f - 1)) {
                phrase = person;
            } else if f > e + 1 {
                phrase.role = role_from_apposition(t, e + 1, f - 1).or(phrase.role);
                kind_from_apposition(t, &mut phrase);
                if phrase.kind == EntityKind::Unknown {
                    phrase.kind = EntityKind::Person;
                }
            }
            tail = f;
            // Further appositions: ", president of X, committee chairman."
            while t.is_punct(tail, ',')
                && t.kind(tail + 1) != Some(TokKind::OpenQuote)
                && tail + 1 < body
            {
                let mut g = tail + 1;
                while g < body && !t.is_punct(g, ',') && t.kind(g) != Some(TokKind::OpenQuote) {
                    g += 1;
                }
                // A relative clause about the speaker ends the sentence:
                // "said Maria Souza, 54, who was sheltering in a school".
                // So does an apposition whose noun has one: "said Ivo Marsh,
                // a partner at Greyline, a consultancy that advises insurers".
                let relative = t.is_lower(tail + 1)
                    && matches!(t.s(tail + 1), "who" | "whose" | "which" | "where")
                    || g == body
                        && (tail + 2..g).any(|k| {
                            t.is_lower(k)
                                && matches!(t.s(k), "that" | "which" | "who")
                                && t.is_word(k - 1)
                        });
                if !relative
                    && (tail + 1..g).any(|k| {
                        t.is_lower(k)
                            && (t.lower_word_is(k, CLAUSE_BOUNDARY) && t.s(k) != "and"
                                || t.has(k, CUE))
                    })
                {
                    break;
                }
                tail = g;
            }
            if t.is_punct(tail, ',') && t.kind(tail + 1) == Some(TokKind::OpenQuote) {
                let f = tail;
                split.push(content_or_quote(
                    t,
                    f + 1,
                    body.max(f + 2).min(t.len()),
                    quotes,
                )?);
                tail = body;
            }
        }
    }
    // A participle after the speaker goes on with the same speaker (a claim
    // of its own): "said Erik Flannigan, the channel's head, referring to …".
    let participle_follows = t.is_punct(tail, ',') && t.is_lower(tail + 1) && is_ing(t.s(tail + 1));
    // Right after a quotation, a verb of saying and its speaker attribute
    // the quotation whatever tells more of the speaker: `"…," said Ann
    // Roe, 67, of Dover, after the vote`, `…, said Ann Roe, who runs a
    // firm that …`.
    let more_of_speaker = after_quote
        && inverting
        && (t.is_punct(tail, ',')
            // "the author of "Power and Glory"".
            || t.kind(tail) == Some(TokKind::OpenQuote) && t.is_word(tail - 1)
            || t.is_lower(tail)
                && (t.lower_word_is(tail, PREPOSITION)
                    || is_subordinator(t.s(tail))
                    || matches!(t.s(tail), "who" | "whose")));
    if tail < body
        && split.is_empty()
        && !participle_follows
        && !relative_to_end
        && !more_of_speaker
    {
        return None;
    }
    let end_excl = end_before_cue(t, c);
    let first = unquote(t, 0, end_excl, quotes)?;
    let mut content = vec![first];
    content.extend(split);
    Some(Found {
        speaker: Speaker::Phrase(phrase),
        cue: Some((t.range(c, c_end), _cw.strength)),
        content,
        rule: Rule::Inverted,
    })
}

// Constructions that do not hang on a cue verb.

/// "According to X, …" / "…, according to X."
/// The most tokens read as the source after "according to" (the longest in
/// the development corpus is far shorter).
const LONGEST_SOURCE: usize = 40;

pub(super) fn according_to(t: &Toks, i: usize) -> Option<Found> {
    let body = sentence_body_end(t);
    let a = i + 2;
    let mut e = a;
    while e < body && !t.is_punct(e, ',') && t.kind(e) != Some(TokKind::OpenQuote) {
        e += 1;
        // No source runs this long without a comma: the words are a clause,
        // and reading them from every "according to" of a long sentence
        // would grow with the square of its length.
        if e - a > LONGEST_SOURCE {
            return None;
        }
    }
    if e == a {
        return None;
    }
    // "according to UN estimates", "according to police figures": the
    // source is the one who made the estimate.
    let data_noun = t.is_lower(e - 1) && is_data_noun(t.s(e - 1));
    // "according to figures from the labour ministry": the maker of the
    // figures is the source.
    let maker_after = (a..e.saturating_sub(2)).find(|&k| {
        t.is_lower(k)
            && is_data_noun(t.s(k))
            && t.is_lower(k + 1)
            && matches!(t.s(k + 1), "from" | "by" | "of" | "compiled")
    });
    let maker = maker_after.and_then(|k| {
        let mut r0 = k + 2;
        if t.eq_lower(r0 - 1, "compiled") && t.eq_lower(r0, "by") {
            r0 += 1;
        }
        let mut p = parse_phrase(t, r0, e - 1)?;
        p.mention = t.range(a, e - 1);
        Some(p)
    });
    // "according to lawyers interviewed by the group", "according to
    // diplomats who spoke on condition of anonymity": the source is who
    // comes before the words that describe them.
    // The source is who comes before the words that describe them: "lawyers
    // interviewed by the group" are lawyers; "diplomats who spoke on
    // condition of anonymity" diplomats, when the whole is no phrase;
    // "people familiar with the talks" stays whole.
    let cut_at = |words: &[&str]| {
        let cut = (a + 1..e).find(|&k| t.is_lower(k) && words.contains(&t.s(k)))?;
        let mut p = parse_phrase(t, a, cut - 1)?;
        p.mention = t.range(a, cut - 1);
        Some(p)
    };
    let by_whom = || {
        cut_at(&[
            "interviewed",
            "cited",
            "quoted",
            "contacted",
            "consulted",
            "questioned",
            "surveyed",
            "polled",
        ])
    };
    let described = || {
        cut_at(&[
            "who",
            "whom",
            "which",
            "that",
            "familiar",
            "close",
            "speaking",
            "involved",
            "briefed",
            "knowledgeable",
        ])
    };
    let mut phrase = match maker
        .or_else(by_whom)
        .or_else(|| parse_phrase(t, a, e - 1))
        .or_else(described)
    {
        Some(p) => p,
        None if data_noun && e - 1 > a => {
            // A named maker ("UN estimates", "World Bank figures") speaks;
            // otherwise the estimates themselves ("Western estimates").
            let maker = (a..e - 1).filter(|&k| t.is_cap(k)).count();
            let acronym = e - 1 == a + 1 && is_acronym(t.s(a));
            match parse_phrase(t, a, e - 2) {
                Some(mut p) if acronym || maker >= 2 => {
                    p.mention = t.range(a, e - 1);
                    p
                }
                _ if (a..e - 1).all(|k| t.is_word(k)) => Phrase {
                    mention: t.range(a, e - 1),
                    name: t.range(a, e - 1),
                    role: None,
                    affiliation: None,
                    acronym: None,
                    kind: EntityKind::Organization,
                },
                _ => return None,
            }
        }
        None => source_phrase(t, a, e - 1)?,
    };
    let quotes = quote_ranges(t);
    // Leading only after nothing or a single opening adjunct: in "When the
    // plan is used, it works, according to X" the content is before.
    let one_adjunct = i > 0
        && t.is_punct(i - 1, ',')
        && opening_adjunct(t, 0, i - 1)
        && !(0..i - 1).any(|k| t.is_punct(k, ','));
    let content = if i == 0 || one_adjunct {
        // Leading: the content follows the comma (skipping an apposition).
        let mut s = e;
        if t.is_punct(s, ',') {
            s += 1;
        }
        // "According to the official, who asked not to be named, 40 …".
        if matches!(t.lower(s), "who" | "which") {
            if let Some(c) = (s + 1..body).find(|&k| t.is_punct(k, ',')) {
                s = c + 1;
            }
        }
        unquote(t, s, body, &quotes)?
    } else {
        // Trailing: the content precedes ", according to".
        let mut end = i;
        if end > 0 && t.is_punct(end - 1, ',') {
            end -= 1;
        }
        let before = unquote(t, 0, end, &quotes)?;
        if e < body && t.is_punct(e, ',') {
            // "X, according to Y, did Z": the content continues after Y.
            // "…, according to X, a group that …": an apposition, a role.
            let rest_is_clause = (e + 1..body).any(|k| {
                t.is_lower(k)
                    && (t.lower_word_is(k, BE)
                        || matches!(t.s(k), "has" | "have" | "had" | "will" | "would" | "could"))
            }) && !matches!(
                t.lower(e + 1),
                "a" | "an" | "the" | "which" | "who"
            );
            if rest_is_clause {
                let after = content_span(t, e + 1, body)?;
                return Some(Found {
                    speaker: Speaker::Phrase(phrase),
                    cue: Some((t.range(i, i + 1), CueStrength::Neutral)),
                    content: vec![before, after],
                    rule: Rule::AccordingTo,
                });
            }
            // "according to a decorator, Leland Alden".
            match named_in_apposition(t, &phrase, (a, e - 1), (e + 1, body - 1)) {
                Some(person) => phrase = person,
                None => phrase.role = role_from_apposition(t, e + 1, body - 1).or(phrase.role),
            }
        }
        before
    };
    Some(Found {
        speaker: Speaker::Phrase(phrase),
        cue: Some((t.range(i, i + 1), CueStrength::Neutral)),
        content: vec![content],
        rule: Rule::AccordingTo,
    })
}

/// A sentence that only introduces what follows: "The Mayor said:" at the
/// end of a paragraph, with the quotation in the next one. Returns the
/// speaker and the cue.
pub fn colon_intro(t: &Toks) -> Option<(Speaker, (Span, CueStrength))> {
    let n = t.len();
    let colon = n.checked_sub(1)?;
    if !t.is_punct(colon, ':') || n < 3 {
        return None;
    }
    // The cue, then only adjuncts up to the colon: "said in a statement:".
    // Or a verb of issuing a statement, which says what follows: "released
    // the following statement:", "issued a brief statement on Monday:".
    let message = |k: usize| {
        t.is_lower(k)
            && matches!(
                t.s(k),
                "statement" | "message" | "remarks" | "response" | "reply" | "note" | "comment"
            )
    };
    let issues = |k: usize| {
        t.is_lower(k)
            && matches!(
                t.s(k),
                "released" | "issued" | "releases" | "issues" | "sent" | "put"
            )
            && (k + 1..colon).any(message)
    };
    let c = (1..colon)
        .rev()
        .find(|&k| t.is_lower(k) && t.has(k, CUE) || issues(k))?;
    let filler = |k: usize| {
        message(k)
            || t.is_lower(k)
                && matches!(
                    t.s(k),
                    "following" | "out" | "brief" | "short" | "written" | "joint" | "lengthy"
                )
    };
    if !(c + 1..colon).all(|k| is_adjunct_token(t, k) || filler(k)) {
        return None;
    }
    let cw = if issues(c) {
        CueWord {
            strength: CueStrength::Neutral,
            takes_object: false,
            particle: None,
        }
    } else {
        cue_word(t.s(c), "")?
    };
    let mut j = c;
    while j > 0 && t.is_lower(j - 1) && is_aux_or_adverb(t.s(j - 1)) {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    let (_, speaker) = speaker_before(t, j - 1)?;
    Some((speaker, (t.span(c), cw.strength)))
}

/// A sentence that opens with a quotation, taken whole: what a preceding
/// "X said:" introduced, even when the quotation runs on past it.
pub fn introduced_quote(t: &Toks) -> Option<Found> {
    if t.kind(0) != Some(TokKind::OpenQuote) {
        return None;
    }
    let quotes = quote_ranges(t);
    let content = unquote(t, 0, sentence_body_end(t).max(1), &quotes)?;
    Some(Found {
        speaker: Speaker::Continuation,
        cue: None,
        content: vec![content],
        rule: Rule::ColonIntroduced,
    })
}

/// A sentence that is only a quotation, or lies inside one: it continues
/// the previous speaker.
pub(super) fn quotation_only(
    t: &Toks,
    sentence: Span,
    inside_quote: bool,
    quotes: &[(usize, usize)],
) -> Option<Found> {
    let body = sentence_body_end(t);
    if body == 0 {
        return None;
    }
    let whole_quote = quotes
        .iter()
        .any(|&(o, c)| o == 0 && (c + 1 >= body || c >= t.len()));
    if whole_quote {
        let a = 0;
        let b = quotes
            .iter()
            .find(|&&(o, _)| o == 0)
            .map(|&(_, c)| (c + 1).min(t.len()))
            .unwrap_or(body);
        let content = unquote(t, a, b.max(body), quotes)?;
        return Some(Found {
            speaker: Speaker::Continuation,
            cue: None,
            content: vec![content],
            rule: Rule::ContinuationQuote,
        });
    }
    if inside_quote {
        let content = content_span(t, 0, t.len())?;
        let _ = sentence;
        return Some(Found {
            speaker: Speaker::Continuation,
            cue: None,
            content: vec![content],
            rule: Rule::ContinuationQuote,
        });
    }
    None
}

/// Any noun phrase after "according to" is the source, whether it can
/// speak or not: "according to the charity's tally", "according to a
/// university poll released Sunday", "according to several members". Its
/// name ends before a participle that says what was done to it.
fn source_phrase(t: &Toks, a: usize, b: usize) -> Option<Phrase> {
    if b < a || b - a > 12 {
        return None;
    }
    let wordlike = |k: usize| {
        t.is_word(k)
            || t.kind(k) == Some(TokKind::Number)
            || matches!(
                t.kind(k),
                Some(TokKind::Punct('.' | '-' | '/' | '&' | '\'' | '’'))
            )
    };
    if !(a..=b).all(wordlike) || !t.is_word(b) && !t.is_punct(b, '.') {
        return None;
    }
    // No clause: a verb of its own makes it no phrase.
    if (a..=b)
        .any(|k| t.is_lower(k) && (t.lower_word_is(k, BE) || t.lower_word_is(k, SUBJECT_PRONOUN)))
    {
        return None;
    }
    let mut start = a;
    while start < b && t.is_lower(start) && matches!(t.s(start), "the" | "a" | "an") {
        start += 1;
    }
    let end = (start + 1..=b)
        .find(|&k| t.is_lower(k) && (is_document_participle(t.s(k)) || t.s(k) == "conducted"))
        .map_or(b, |k| k - 1);
    let kind = if (start..=end).any(|k| t.is_cap(k)) {
        EntityKind::Organization
    } else {
        EntityKind::Group
    };
    Some(Phrase {
        mention: t.range(a, b),
        name: t.range(start, end),
        role: None,
        affiliation: None,
        acronym: None,
        kind,
    })
}

/// A line labelled with its speaker, as headlines and transcripts write
/// them: `Senator Vale: tariffs "dead on arrival"`, `MORALES: We never
/// agreed to that.` The label is one to six capitalised words at the start
/// of the sentence, then a colon and at least two words. A question is no
/// claim (a host asking), and labels of page furniture ("Note:",
/// "Update:", "Photo:") are no speakers.
pub(super) fn label_colon(t: &Toks) -> Option<Found> {
    // A transcript quoted paragraph by paragraph: `"MORALES: We never …`.
    let s = usize::from(t.kind(0) == Some(TokKind::OpenQuote));
    let colon = (s + 1..t.len().min(s + 8)).find(|&k| t.is_punct(k, ':'))?;
    let label_word = |k: usize| {
        t.is_cap(k)
            || t.is_punct(k, '.') && k > 0 && t.is_cap(k - 1)
            || t.is_punct(k, '-')
            || t.is_lower(k) && matches!(t.s(k), "of" | "de" | "van" | "von" | "al")
    };
    // "HESKETH (recorded):", "LUND (on tape):": a note on the clip after
    // the name, in lower case, is no part of the label.
    let end = (colon >= s + 4 && t.is_punct(colon - 1, ')'))
        .then(|| (s + 1..colon - 1).rfind(|&k| t.is_punct(k, '(')))
        .flatten()
        .filter(|&open| (open + 1..colon - 1).all(|k| t.is_lower(k) || t.is_punct(k, '-')))
        .unwrap_or(colon);
    if !(s..end).all(label_word) || !t.is_cap(s) || is_label_furniture(t.lower(s)) {
        return None;
    }
    // Within a quotation, only a label in capitals, as transcripts write
    // it: `"Senator Vale: …` may be a headline quoted.
    if s == 1 && !(s..end).all(|k| !t.is_word(k) || t.s(k).chars().all(|c| !c.is_lowercase())) {
        return None;
    }
    let body = sentence_body_end(t);
    let words = (colon + 1..body).filter(|&k| t.is_word(k)).count();
    if words < 2 || t.is_punct(t.len().saturating_sub(1), '?') {
        return None;
    }
    // A time ("At 11:00:") or a date is no label.
    if (s..end).any(|k| t.has(k, MONTH | WEEKDAY)) {
        return None;
    }
    let speaker = match parse_phrase(t, s, end - 1) {
        Some(p) if p.kind != EntityKind::Organization || end > s + 1 => p,
        // A name in capitals, as transcripts write it: "MORALES", named
        // in full where the transcript opens ("Ana Morales, the minister").
        _ => Phrase {
            mention: t.range(s, end - 1),
            name: (end == s + 1)
                .then(|| introduced_name(t, s))
                .flatten()
                .unwrap_or(t.range(s, end - 1)),
            role: None,
            affiliation: None,
            acronym: None,
            kind: EntityKind::Person,
        },
    };
    let quotes = quote_ranges(t);
    let content = content_or_quote(t, colon + 1, body.max(colon + 2).min(t.len()), &quotes)?;
    Some(Found {
        speaker: Speaker::Phrase(speaker),
        cue: Some((t.span(colon), CueStrength::Neutral)),
        content: vec![content],
        rule: Rule::LabelColon,
    })
}

/// A headline in title case: "Senator Vale Says Tariffs Are Dead On
/// Arrival", "Tariffs Are Dead, Senator Vale Says", "Mayor Urges Calm After
/// Floods". Every word but the small ones is capitalised, so the verb of
/// saying is found by its form among a headline's verbs; the speaker is the
/// name before it (or after the comma when the verb ends the line), the
/// content the rest.
pub(super) fn title_case_headline(t: &Toks, quotes: &[(usize, usize)]) -> Option<Found> {
    // Most sentences open with a capital and soon have a word in lower
    // case that is no small word: one pass, stopping there.
    if !t.is_cap(0) || t.is_lower(1) && t.s(1).len() > 4 {
        return None;
    }
    let body = sentence_body_end(t);
    let small =
        |k: usize| t.is_lower(k) && t.lower_word_is(k, FUNCTION_WORD) || t.eq_lower(k, "and");
    let (mut words, mut capitalised) = (0, 0);
    for k in (0..body).filter(|&k| t.is_word(k)) {
        if t.is_cap(k) {
            capitalised += 1;
        } else if !small(k) {
            return None;
        }
        words += 1;
    }
    if !(4..=24).contains(&words) || capitalised * 4 < words * 3 {
        return None;
    }
    let cue = (1..body).find(|&k| t.is_cap(k) && is_headline_verb(t.lower(k)))?;
    let (speaker, content) = if cue + 1 == body {
        // "…, Senator Vale Says": the speaker after the last comma.
        let comma = (0..cue).rev().find(|&k| t.is_punct(k, ','))?;
        (
            parse_phrase(t, comma + 1, cue - 1)?,
            content_span(t, 0, comma)?,
        )
    } else {
        // Not "What Vale Says About Tariffs", "How Vale Says …".
        let first = t.lower(0);
        if cue > 6
            || (0..cue).any(|k| !t.is_word(k) && !t.is_punct(k, '.'))
            || is_clause_boundary(first)
            || is_subordinator(first)
            || matches!(first, "how" | "why" | "where")
            || t.word_is(cue + 1, PREPOSITION)
        {
            return None;
        }
        (
            parse_phrase(t, 0, cue - 1)?,
            content_or_quote(t, cue + 1, body.max(cue + 2).min(t.len()), quotes)?,
        )
    };
    Some(Found {
        speaker: Speaker::Phrase(speaker),
        cue: Some((t.span(cue), CueStrength::Neutral)),
        content: vec![content],
        rule: Rule::TitleCaseHeadline,
    })
}

/// The verbs a headline reports with, in the present tense it uses.
fn is_headline_verb(w: &str) -> bool {
    matches!(
        w,
        "says"
            | "say"
            | "tells"
            | "warns"
            | "warn"
            | "urges"
            | "urge"
            | "claims"
            | "claim"
            | "admits"
            | "denies"
            | "deny"
            | "insists"
            | "predicts"
            | "vows"
            | "slams"
            | "blasts"
            | "praises"
            | "accuses"
            | "defends"
            | "calls"
            | "asks"
            | "thinks"
            | "suggests"
            | "explains"
    )
}

/// How far into a transcript its introduction names its speakers.
const INTRODUCTION_BYTES: usize = 3000;

/// The full name that a transcript's label in capitals ("OSEI", token `k`)
/// stands for: a first name and the same surname ("Halima Osei") in the
/// transcript's first [`INTRODUCTION_BYTES`], before the label.
fn introduced_name(t: &Toks, k: usize) -> Option<Span> {
    let label = t.s(k);
    if label.chars().count() < 3 || !label.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    let mut chars = label.chars();
    let first = chars.next()?;
    let surname: String = std::iter::once(first)
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    let start = t.span(k).start();
    let mut end = start.min(INTRODUCTION_BYTES);
    while !t.text.is_char_boundary(end) {
        end -= 1;
    }
    let intro = &t.text[..end];
    let found = whole_words(intro, &surname).find_map(|i| {
        // The word before: a capitalised first name.
        let before = intro[..i].strip_suffix(' ')?;
        let w0 = before
            .rfind(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .map_or(0, |p| {
                p + before[p..].chars().next().map_or(1, char::len_utf8)
            });
        let first_name = &before[w0..];
        (first_name.starts_with(char::is_uppercase) && first_name.chars().count() >= 2)
            .then(|| Span::new(t.text, w0, i + surname.len()))
            .flatten()
    });
    found
}

/// A noun that reports, then "that" and what was reported: "her claim that
/// the vote was rigged", "the minister's warning that …", "allegations by
/// two aides that …", "the announcement that the plant would close". The
/// speaker is the possessor or the agent after "by"/"from"; with neither,
/// the claim has no named source. In the sentence's subject the clause ends
/// where the sentence's own verb begins ("… has been rejected").
pub(super) fn cue_noun(t: &Toks, i: usize, quotes: &[(usize, usize)]) -> Option<Found> {
    if !is_cue_noun(t.lower(i)) || !t.eq_lower(i + 1, "that") {
        return None;
    }
    // A noun, not a verb: after an article, a possessive or an adjective,
    // or opening the sentence ("Allegations that …"); not "The United
    // States hopes that …".
    let noun = i == 0
        || t.is_word(i - 1) && {
            let w = t.lower(i - 1);
            is_determiner(w)
                || matches!(w, "his" | "her" | "their" | "its" | "our" | "my" | "your")
                || w.ends_with("'s")
                || w.ends_with("’s")
                || t.is_lower(i - 1)
                    && !is_function_word(w)
                    && !is_aux_or_adverb(w)
                    && !is_be(w)
                    && !t.has(i - 1, CUE | PHRASAL_CUE)
                    && !w.ends_with('s')
        };
    // "no evidence for his claim that …" restates a claim; the sentence is
    // about its evidence, and the claim was made before.
    let restated = (i.saturating_sub(4)..i).any(|k| t.has(k, EVIDENCE_WORD));
    if !noun || restated {
        return None;
    }
    let body = sentence_body_end(t);
    let a = i + 2;
    if a >= body {
        return None;
    }
    // Who: "her claim", "the minister's claim", "claims by X".
    let before = i.checked_sub(1);
    let speaker = match before {
        Some(k) if t.is_word(k) && matches!(t.lower(k), "his" | "her" | "their" | "its") => {
            Speaker::Pronoun(t.span(k))
        }
        Some(k) if t.s(k).ends_with("'s") || t.s(k).ends_with("’s") => {
            let mut s0 = k;
            while s0 > 0
                && (t.is_cap(s0 - 1)
                    || t.is_punct(s0 - 1, '.')
                    || t.is_lower(s0 - 1) && matches!(t.s(s0 - 1), "the" | "of"))
            {
                s0 -= 1;
            }
            match parse_phrase(t, s0, k) {
                Some(mut p) => {
                    // The possessive mark is no part of the name.
                    let name = p.name.of(t.text);
                    let bare = without_possessive(name);
                    if let Some(sp) = Span::new(t.text, p.name.start(), p.name.start() + bare.len())
                    {
                        p.name = sp;
                    }
                    Speaker::Phrase(p)
                }
                None => Speaker::Impersonal(t.span(i)),
            }
        }
        _ => Speaker::Impersonal(t.span(i)),
    };
    // Where the clause ends: in the subject, before the sentence's verb.
    let subject = i <= 3 && (0..i).all(|k| t.is_word(k));
    let mut end = predicate_end(t, a, body, quotes);
    if subject {
        let first = (a + 1..end).find(|&k| is_clause_verb(t, k))?;
        if let Some(k) = (first + 1..end).find(|&k| {
            is_clause_verb(t, k) && !t.is_lower(k - 1)
                || is_clause_verb(t, k)
                    && !matches!(t.lower(k - 1), "and" | "or" | "but")
                    && !t.word_is(k - 1, AUX_OR_ADVERB)
                    && !t.word_is(k - 1, BE)
                    && !t.eq_lower(k - 1, "not")
        }) {
            end = k;
        } else {
            return None;
        }
    }
    let content = content_or_quote(t, a, end, quotes)?;
    Some(Found {
        speaker,
        cue: Some((t.span(i), cue_noun_strength(t.lower(i)))),
        content: vec![content],
        rule: Rule::CueNoun,
    })
}

/// A verb that heads a clause: an auxiliary, a form of "be", a past tense
/// or a present form after a noun.
fn is_clause_verb(t: &Toks, k: usize) -> bool {
    t.is_lower(k) && {
        let w = t.s(k);
        is_be(w)
            || matches!(
                w,
                "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
            )
            || w.len() > 3 && w.ends_with("ed")
            || is_irregular_past(w)
    }
}

/// A question put by someone the sentence does not name, in a clause
/// without a subject: "Asked whether she would run, Ruiz said no", "Asked
/// on Monday about the merger, the firm …", "…, she said when asked what
/// the plan would cost". The question is a claim of an unnamed asker
/// ("asked", with "about" when it follows); the answer is the main
/// clause's. `i` is the token "asked".
pub(super) fn asked_question(t: &Toks, i: usize, quotes: &[(usize, usize)]) -> Option<Found> {
    if t.toks.get(i).is_none_or(|k| k.span.len() != 5)
        || !t.eq_lower(i, "asked")
        || super::inside(quotes, i)
    {
        return None;
    }
    // "Asked …" opening the sentence, or "when asked …", "if asked …"
    // with no subject of its own.
    let fronted = i == 0;
    let reduced = i >= 1 && matches!(t.lower(i - 1), "when" | "if" | "once" | "whenever");
    if !(fronted && t.is_cap(i) || reduced) {
        return None;
    }
    let body = sentence_body_end(t);
    // Where the question ends: the fronted clause's comma (and a main
    // clause after it), or else the sentence's end or a comma.
    // A comma inside a quotation ends the question when the quotation
    // closes on it: `Asked whether she "has the integrity to serve," …`.
    let comma = (i + 1..body).find(|&k| {
        t.is_punct(k, ',')
            && (!super::inside(quotes, k) || t.kind(k + 1) == Some(TokKind::CloseQuote))
    });
    let end = match comma {
        Some(k) => k,
        None if fronted || i == 1 => return None,
        None => body,
    };
    // "asked specifically", "asked again": an adverb goes with the cue.
    let mut cue_end = i;
    if t.is_lower(i + 1) && (t.s(i + 1).ends_with("ly") || matches!(t.s(i + 1), "again" | "later"))
    {
        cue_end = i + 1;
    }
    // The question: what follows "about", or a question word or "if"
    // after at most a short adjunct ("on Monday", "by reporters").
    let start = if t.eq_lower(cue_end + 1, "about") {
        cue_end += 1;
        cue_end + 1
    } else {
        (cue_end + 1..(cue_end + 8).min(end)).find(|&k| {
            t.is_lower(k)
                && matches!(
                    t.s(k),
                    "whether" | "if" | "what" | "why" | "how" | "who" | "whom" | "which" | "where"
                )
        })?
    };
    // Between the cue and the question only an adjunct: a preposition's
    // phrase or a time, no verb.
    if (cue_end + 1..start).any(|k| {
        !t.is_word(k)
            || t.has(k, CUE)
            || t.is_lower(k) && (t.lower_word_is(k, BE) || is_auxiliary(t.s(k)))
    }) {
        return None;
    }
    if start + 1 >= end {
        return None;
    }
    Some(Found {
        speaker: Speaker::Impersonal(t.range(i, cue_end)),
        cue: Some((t.range(i, cue_end), CueStrength::Neutral)),
        content: vec![content_span(t, start, end)?],
        rule: Rule::AskedQuestion,
    })
}

/// `The general reportedly fled to the capital.`, `The suspect allegedly
/// stole three cars.`: an adverb that says the sentence is hearsay makes it
/// a claim with no named source; the content is the sentence around it.
pub(super) fn hearsay_adverb(t: &Toks, quotes: &[(usize, usize)]) -> Option<Found> {
    let in_quote = |i: usize| quotes.iter().any(|&(a, b)| a < i && i < b);
    // Each of them is 9 to 11 letters and ends in "ly": the length and
    // the last letter skip most words unread.
    let bytes = t.text.as_bytes();
    let k = (0..t.len()).find(|&k| {
        let sp = t.span(k);
        (9..=11).contains(&sp.len())
            && bytes.get(sp.end() - 1) == Some(&b'y')
            && t.is_word(k)
            && is_hearsay_adverb(t.lower(k))
            && !in_quote(k)
    })?;
    let body = sentence_body_end(t);
    let mut content = Vec::new();
    content.extend(content_span(t, 0, k));
    content.extend(content_span(t, k + 1, body));
    if content.is_empty() || (0..body).filter(|&m| t.is_word(m)).count() < 4 {
        return None;
    }
    let strength = if t.lower(k).starts_with("report") {
        CueStrength::Neutral
    } else {
        CueStrength::Doubting
    };
    Some(Found {
        speaker: Speaker::Impersonal(t.span(k)),
        cue: Some((t.span(k), strength)),
        content,
        rule: Rule::HearsayAdverb,
    })
}

/// `The figures appear to be wrong.`, `The team seemed paralyzed.`, `It
/// seems that the vote will be delayed.`: the narrator's inference, which
/// the text hedges with "seem" or "appear" and names no one as making. The
/// content is the clause's subject and what it seems to be or do ("to be
/// wrong", "paralyzed", "like …"); after "It" only what follows. Not "He
/// appeared on television" (no complement), not "what appears to be" or
/// "that seemed to …" (a relative clause), not "It seems to me".
pub(super) fn evidential(t: &Toks, quotes: &[(usize, usize)]) -> Option<Found> {
    let in_quote = |i: usize| quotes.iter().any(|&(a, b)| a <= i && i <= b);
    let body = sentence_body_end(t);
    // Most sentences have neither verb: a look at each word's first
    // letter and length skips the rest.
    let bytes = t.text.as_bytes();
    let k = (1..body).find(|&k| {
        let sp = t.span(k);
        (4..=8).contains(&sp.len())
            && matches!(bytes.get(sp.start()), Some(b's' | b'a'))
            && matches!(
                t.s(k),
                "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
            )
            && t.is_lower(k)
            && !in_quote(k)
    })?;
    // The verb group: "may seem", "does not appear", "now seems".
    let mut j = k;
    while j > 0 && t.is_lower(j - 1) && is_verb_group_word(t.s(j - 1)) {
        j -= 1;
    }
    // The subject: from the clause's start (after an opening adjunct) to
    // the verb group, with no clause, cue or quotation in it.
    let mut s0 = after_opening_adjunct(t, j);
    // "Now the plan seems …", "But there seemed …": a time adverb or a
    // conjunction opening the sentence.
    while s0 + 1 < j
        && matches!(
            t.lower(s0),
            "now" | "still" | "yet" | "so" | "again" | "then" | "but" | "and"
        )
    {
        s0 += 1;
    }
    if s0 >= j
        || j - s0 > 12
        || t.word_is(s0, PREPOSITION)
        || (s0..j).any(|m| {
            !(t.is_word(m)
                || t.kind(m) == Some(TokKind::Number)
                || t.is_punct(m, '\'')
                || t.is_punct(m, '.')
                || t.is_punct(m, '-'))
                || t.is_word(m)
                    && (matches!(
                        t.lower(m),
                        "that"
                            | "which"
                            | "who"
                            | "what"
                            | "where"
                            | "why"
                            | "how"
                            | "whether"
                            | "as"
                    ) || m > s0 && matches!(t.lower(m), "and" | "or" | "but"))
                || t.is_word(m) && (is_subordinator(t.lower(m)) || t.word_is(m, AUX_OR_ADVERB))
                || t.is_lower(m) && (t.has(m, CUE) || t.lower_word_is(m, SUBJECT_PRONOUN) && m > s0)
        })
    {
        return None;
    }
    let it = j == s0 + 1 && t.eq_lower(s0, "it");
    // The complement, after an aside between commas ("It appears, though,").
    let mut c = k + 1;
    if t.is_punct(c, ',') {
        c = (c + 1..body.min(c + 5)).find(|&m| t.is_punct(m, ','))? + 1;
    }
    // "to" before someone it seems so to, not before a verb.
    let to_hearer = |m: usize| {
        let h = t.lower(m + 1);
        matches!(
            h,
            "me" | "us" | "him" | "her" | "them" | "you" | "many" | "some" | "reporters"
        ) || !t.is_lower(m + 1)
            || is_determiner(h)
    };
    let w = t.lower(c);
    let complement = match w {
        // "It seems to me", "appeared to reporters": a hearer, no verb.
        "to" if to_hearer(c) => return None,
        "to" => c,
        "that" if it => c,
        "like" | "as" if it || t.lower(c + 1) != "a" => c,
        _ if !t.is_lower(c) || t.has(c, CUE) => return None,
        _ => {
            // An adjective or participle, after a degree word: "paralyzed",
            // "somewhat uneasy", "more concerned with", "unlikely to …".
            let mut a = c;
            while a < body
                && matches!(
                    t.s(a),
                    "more"
                        | "less"
                        | "most"
                        | "least"
                        | "very"
                        | "somewhat"
                        | "increasingly"
                        | "equally"
                        | "almost"
                        | "quite"
                        | "so"
                        | "too"
                        | "rather"
                        | "fairly"
                )
            {
                a += 1;
            }
            let adj = t.s(a);
            if a >= body
                || !t.is_lower(a)
                || is_preposition(adj)
                || is_determiner(adj)
                || is_aux_or_adverb(adj)
                || is_clause_boundary(adj)
                || adj.ends_with("ing")
                || adj.ends_with("ly") && !matches!(adj, "likely" | "unlikely")
                || matches!(
                    adj,
                    "together"
                        | "alongside"
                        | "onstage"
                        | "again"
                        | "here"
                        | "there"
                        | "live"
                        | "today"
                        | "tonight"
                        | "twice"
                        | "once"
                        | "before"
                        | "after"
                )
                // "seems credible to me", "seemed far away to European
                // citizens": someone's impression, who is its source.
                || (a + 1..(a + 4).min(body)).any(|m| t.eq_lower(m, "to") && to_hearer(m))
            {
                return None;
            }
            c
        }
    };
    if (0..body).filter(|&m| t.is_word(m)).count() < 4 {
        return None;
    }
    // "New Hampshire seems stable, but that could change": the clause
    // after the comma is the narrator's own.
    let end = (complement + 1..body)
        .find(|&m| {
            t.is_punct(m, ';')
                || t.is_punct(m, ':')
                || t.is_punct(m, ',')
                    && t.is_lower(m + 1)
                    && matches!(
                        t.s(m + 1),
                        "but"
                            | "yet"
                            | "although"
                            | "though"
                            | "while"
                            | "as"
                            | "despite"
                            | "when"
                            | "even"
                            | "and"
                            | "so"
                    )
        })
        .unwrap_or(body);
    // "It seems as if …", "It seems like …": the comparison is the cue's.
    let mut complement = complement;
    if it && t.eq_lower(complement, "like") {
        complement += 1;
    } else if it
        && t.eq_lower(complement, "as")
        && matches!(t.lower(complement + 1), "if" | "though")
    {
        complement += 2;
    }
    let mut content = Vec::new();
    if !it {
        content.push(content_span(t, s0, j)?);
    }
    content.push(content_span(t, complement, end)?);
    Some(Found {
        speaker: Speaker::Impersonal(t.span(k)),
        cue: Some((t.span(k), CueStrength::Doubting)),
        content,
        rule: Rule::Evidential,
    })
}

/// A sentence that opens with the poll or survey it reports: "In a Herald
/// poll released Monday, 50 percent of respondents chose Ruiz", "In the
/// latest survey, most voters back the plan". The poll is the source, "In"
/// the cue, and the clause after the comma what it found. Only a sentence
/// with no other attribution (the caller's test), so "In a poll, most
/// said …" stays the respondents'.
pub(super) fn in_poll(t: &Toks, quotes: &[(usize, usize)]) -> Option<Found> {
    if !t.eq_lower(0, "in")
        || !t.is_lower(1)
        || !matches!(
            t.s(1),
            "a" | "an" | "the" | "its" | "their" | "this" | "that"
        )
    {
        return None;
    }
    let comma = (2..t.len().min(16)).find(|&k| t.is_punct(k, ','))?;
    let poll = (2..comma)
        .any(|k| t.is_lower(k) && matches!(t.s(k), "poll" | "polls" | "survey" | "surveys"));
    if !poll || (1..comma).any(|k| super::inside(quotes, k)) {
        return None;
    }
    let source = source_phrase(t, 1, comma - 1)?;
    let body = sentence_body_end(t);
    // A clause of its own after the comma: a subject and more.
    if body < comma + 3 {
        return None;
    }
    let content = content_or_quote(t, comma + 1, body, quotes)?;
    Some(Found {
        speaker: Speaker::Phrase(source),
        cue: Some((t.span(0), CueStrength::Neutral)),
        content: vec![content],
        rule: Rule::InPoll,
    })
}
