//! Attribution: in each sentence, who says what, with which cue.
//!
//! The work is split by what it decides:
//! - [`rules`]: the rule table, each construction a named [`Rule`] with its
//!   example sentences, tried in a documented order at every cue word; and
//!   the constructions that need no cue verb ("according to", a quotation
//!   continuing its speaker, a colon introducing the next paragraph);
//! - [`vetoes`]: each reason why a cue word makes no claim, by name;
//! - [`speaker`]: the speaker phrase, taken apart into name, role,
//!   affiliation and acronym;
//! - [`content`]: where the content starts and ends.
//!
//! This file finds the cue words of a sentence and runs the table at each.
//! Word lists live in [`crate::report::lexicon`]. The speaker phrase is
//! returned as spans; entities are formed by [`super::entities`].

mod content;
mod cue_model;
mod rules;
mod speaker;
mod vetoes;

pub use content::dateline_end;
pub use rules::{colon_intro, introduced_quote};
pub use speaker::{is_acronym, subject_organisation, subject_person};

use super::lexicon::*;
use super::model::{CueStrength, EntityKind, Rule};
use super::span::Span;
use super::tokens::{TokKind, Toks, CUE, DATE_WORD, MONTH, PHRASAL_CUE, WEEKDAY};
use content::{cut_before, sentence_body_end};

/// The speaker phrase of a claim, taken apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    /// The whole mention, as the text has it: "Amnesty's senior researcher Jane Doe".
    pub mention: Span,
    /// The name inside it: "Jane Doe".
    pub name: Span,
    /// A role or title: "senior researcher", "President".
    pub role: Option<Span>,
    /// A possessor that the speaker belongs to: "Amnesty" in "Amnesty's researcher".
    pub affiliation: Option<Span>,
    /// An acronym given in parentheses after the name.
    pub acronym: Option<Span>,
    pub kind: EntityKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Speaker {
    Phrase(Phrase),
    /// "he", "she", "it", "they", "we", "I".
    Pronoun(Span),
    /// The same speaker as the sentence's previous claim ("…, adding that").
    SameAsPrevious,
    /// A quotation with no speaker in its sentence: the previous speaker.
    Continuation,
    /// "It was reported that …": a claim with no source.
    Impersonal(Span),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub speaker: Speaker,
    pub cue: Option<(Span, CueStrength)>,
    pub content: Vec<Span>,
    /// The construction that found it.
    pub rule: Rule,
}

/// The words that name a speaker, as written: "he", "the mayor".
fn said_by<'t>(t: &Toks<'t>, s: &Speaker) -> Option<&'t str> {
    match s {
        Speaker::Phrase(p) => Some(p.mention.of(t.text)),
        Speaker::Pronoun(sp) => Some(sp.of(t.text)),
        _ => None,
    }
}

/// The claims of one sentence: the rule table's, in order, then the
/// learned model's.
#[inline(never)]
pub fn find(t: &Toks, sentence: Span, inside_quote: bool) -> Vec<Found> {
    let (mut out, refused) = find_by_rules(t, sentence, inside_quote);
    if !inside_quote {
        learned_cues(t, &mut out, &refused);
    }
    for f in &mut out {
        preposition_into_cue(t, f);
    }
    out
}

/// A preposition right after the cue is the cue's, not the content's:
/// "joked about moving abroad" is a joke about "moving abroad", "called for
/// more aid", "pointed to the attacks". A time between them is neither:
/// "announced on Monday a new inquiry" announces "a new inquiry".
fn preposition_into_cue(t: &Toks, f: &mut Found) {
    let (Some((cue, strength)), Some(first)) = (f.cue, f.content.first().copied()) else {
        return;
    };
    let k = t.toks.partition_point(|x| x.span.start() < cue.end());
    if k + 1 >= t.len() || t.span(k).start() != first.start() || !t.is_lower(k) {
        return;
    }
    // A weekday or month after "on" or "in": "on Monday", "in May".
    let mut e = k + 1;
    while e < t.len() && e < k + 3 && t.has(e, WEEKDAY | MONTH) {
        e += 1;
    }
    let timed = e > k + 1 && matches!(t.s(k), "on" | "in");
    let takes = match t.s(k) {
        "about" | "for" | "at" | "of" | "on" | "against" | "with" | "over" | "into" => true,
        // "pointed to the attacks"; not "wants to leave".
        "to" => {
            t.is_cap(k + 1)
                || t.is_lower(k + 1)
                    && (t.lower_word_is(k + 1, DETERMINER)
                        || matches!(t.s(k + 1), "his" | "her" | "their" | "its" | "our"))
        }
        _ => false,
    };
    // "said at least 40 died", "said over 1,000 were held": a quantity.
    let quantity = t.kind(k + 1) == Some(TokKind::Number)
        || t.has(k + 1, NUMERAL)
        || matches!(t.lower(k + 1), "least" | "most" | "half");
    let start = if timed { e } else { k + 1 };
    if quantity || !(timed || takes) || start >= t.len() || t.span(start).start() >= first.end() {
        return;
    }
    if t.is_punct(start, ',') || t.eq_lower(start, "that") {
        return;
    }
    if !timed {
        f.cue = Some((cue.cover(t.span(k)), strength));
    }
    if let Some(rest) = Span::new(t.text, t.span(start).start(), first.end()) {
        f.content[0] = rest;
    }
}

/// What the rule table made of a word, in a training row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowState {
    /// No claim holds it and no veto refused it: the model reads it.
    Free,
    /// A claim of the table holds it as its cue, content or speaker.
    Held,
    /// A veto refused it as a cue ("would not comment").
    Refused,
    /// A word the model may not read as a cue: no cue verb, reporting
    /// noun or word of stance, or one only a rule reads.
    NoCue,
}

/// Whether the model may read word `i` as a cue: a cue verb, a reporting
/// noun, a verb of seeming or a word of stance, and none that only a rule
/// of the table reads ("according to", "refused to").
fn may_be_learned_cue(t: &Toks, i: usize) -> bool {
    let w = t.lower(i);
    (t.has(i, CUE | PHRASAL_CUE) || is_cue_noun(w) || is_stance_word(w))
        && !is_not_learned_cue(w, t.lower(i + 1))
}

/// The rows the cue model is trained on (`examples/cue-rows.rs`): each
/// lower-case word outside quotation marks, what the rule table made of
/// it, and its features.
pub fn cue_rows(
    t: &Toks,
    sentence: Span,
    inside_quote: bool,
    row: &mut dyn FnMut(Span, RowState, &[String]),
) {
    if inside_quote {
        return;
    }
    let (out, refused) = find_by_rules(t, sentence, inside_quote);
    let ranges = quote_ranges(t);
    let mut buf = String::new();
    let mut feats = Vec::new();
    for i in 0..t.len() {
        if !t.is_lower(i) || inside(&ranges, i) {
            continue;
        }
        feats.clear();
        cue_model::features(t, i, &mut buf, &mut |f| feats.push(f.to_string()));
        let state = if holds(&out, t.span(i)) {
            RowState::Held
        } else if !may_be_learned_cue(t, i) {
            RowState::NoCue
        } else if refused.contains(&i) {
            RowState::Refused
        } else {
            RowState::Free
        };
        row(t.span(i), state, &feats);
    }
}

/// Whether a claim found holds `sp`: between the first and the last of
/// its speaker, cue and content ("said in a statement on Monday that").
fn holds(out: &[Found], sp: Span) -> bool {
    out.iter().any(|f| {
        let mut parts = f.content.iter().copied().chain(f.cue.map(|(c, _)| c));
        let first = parts.next();
        let cover = parts.fold(first, |acc, p| acc.map(|a| a.cover(p)));
        let cover = match (&f.speaker, cover) {
            (Speaker::Phrase(p), Some(c)) => Some(c.cover(p.mention)),
            (Speaker::Pronoun(p), Some(c)) => Some(c.cover(*p)),
            (_, c) => c,
        };
        cover.is_some_and(|c| c.overlaps(sp))
    })
}

/// The rule table's claims of one sentence, in order, and the cue words
/// it refused: a veto's ("would not comment"), or a cue inside a clause
/// that tells when or on what condition ("If she said so, …").
fn find_by_rules(t: &Toks, sentence: Span, inside_quote: bool) -> (Vec<Found>, Vec<usize>) {
    let mut out: Vec<Found> = Vec::new();
    let mut refused = Vec::new();
    let n = t.len();
    if n == 0 {
        return (out, refused);
    }
    // Quoted stretches as token ranges (open index, close index).
    let quote_ranges = quote_ranges(t);
    let in_quote = |i: usize| inside(&quote_ranges, i);

    // "Senator Vale: …", "MORALES: …": a line labelled with its speaker.
    if let Some(f) = rules::label_colon(t) {
        out.push(f);
    }
    let label_verb = labelling_verb(t, &quote_ranges);
    let mut i = 0;
    while i < n {
        // Most words are neither a cue nor "according": one look at the
        // token's classes and length skips them.
        let (class, len) = t.toks.get(i).map_or((0, 0), |k| (k.class, k.span.len()));
        if class & (CUE | PHRASAL_CUE) == 0
            && len != "according".len()
            && !(t.eq_lower(i + 1, "that") && is_cue_noun(t.lower(i)))
            && label_verb != Some(i)
        {
            i += 1;
            continue;
        }
        // "According to X"
        if t.eq_lower(i, "according") && t.eq_lower(i + 1, "to") && !in_quote(i) {
            if let Some(f) = rules::according_to(t, i) {
                // "X insulted guests, according to insiders": the source
                // after "according to" says all of it, the verb of stance
                // inside included.
                let stance_inside = |g: &Found| {
                    g.cue.is_some_and(|(cs, _)| {
                        is_learned_cue(&cs.of(t.text).to_ascii_lowercase())
                            && f.content.iter().any(|c| c.contains(cs))
                    })
                };
                if !overlaps_found(&out, &f) {
                    out.push(f);
                } else if out
                    .iter()
                    .filter(|g| overlaps_found(std::slice::from_ref(g), &f))
                    .all(stance_inside)
                {
                    out.retain(|g| !overlaps_found(std::slice::from_ref(g), &f));
                    out.push(f);
                }
            }
            i += 2;
            continue;
        }
        // "her claim that …", "Allegations that …": a noun that reports.
        if t.eq_lower(i + 1, "that") && !in_quote(i) {
            if let Some(f) = rules::cue_noun(t, i, &quote_ranges) {
                if !overlaps_found(&out, &f) {
                    out.push(f);
                }
                i += 2;
                continue;
            }
        }
        // "Asked whether …, Ruiz said", "… when asked about …": a question
        // put by no one named.
        if let Some(f) = rules::asked_question(t, i, &quote_ranges) {
            if !overlaps_found(&out, &f) {
                out.push(f);
            }
            i += 1;
            continue;
        }
        if !t.is_lower(i) || !t.has(i, CUE | PHRASAL_CUE) && label_verb != Some(i) || in_quote(i) {
            i += 1;
            continue;
        }
        // A cue inside a fronted subordinate clause: "When the governor
        // said she would veto it, …" is the governor's claim, up to the
        // clause's comma; but "Before he testified for an hour, …" and
        // "If she said so, …" tell when or on what condition.
        let fronted = is_subordinator(t.lower(0)) && !(0..i).any(|k| t.is_punct(k, ','));
        let clause_end = fronted
            .then(|| (i + 1..n).find(|&k| t.is_punct(k, ',')))
            .flatten();
        // "While saying that …, he …": the fronted clause's participle
        // speaks for the main clause's subject (`fronted_participle`).
        let fronted_ing =
            fronted && i == 1 && is_ing(t.s(i)) && !matches!(t.lower(0), "if" | "unless" | "until");
        if fronted
            && !fronted_ing
            && (clause_end.is_none() || !is_reporting_subordinator(t.lower(0)))
        {
            refused.push(i);
            i += 1;
            continue;
        }
        let w = t.s(i);
        let next = if t.is_word(i + 1) { t.s(i + 1) } else { "" };
        let Some(cw) = cue_word(w, next)
            .or_else(|| calling_quoted(t, i))
            .or_else(|| {
                (label_verb == Some(i)).then_some(CueWord {
                    strength: CueStrength::Assertive,
                    takes_object: false,
                    particle: None,
                })
            })
            .or_else(|| calling_complement(t, i))
            .or_else(|| declined_to_comment(t, i))
            .or_else(|| evidence_verb(t, i))
        else {
            i += 1;
            continue;
        };
        let mut cue_end = if cw.particle.is_some() { i + 1 } else { i };
        // "pointed to the polls", "talked about the economy", "warned
        // against cuts": the preposition belongs to the cue.
        if cw.particle.is_none() && takes_preposition(t, i, cw) {
            cue_end = i + 1;
        }
        if fronted_ing {
            match clause_end.and_then(|comma| {
                rules::fronted_participle(t, i, cue_end, cw, comma, &quote_ranges)
            }) {
                Some(f) => out.push(f),
                None => refused.extend(i..=cue_end),
            }
            i = cue_end + 1;
            continue;
        }
        let cue_span = t.range(i, cue_end);
        let inside_prev = out
            .iter()
            .position(|f| f.content.iter().any(|c| c.contains(cue_span)));
        // A trailing attribution for the whole sentence outranks a cue
        // inside what it attributes: in "X has documented abuses, the group
        // said" and in "The council rejected the plan, the mayor said" the
        // trailing speaker says all of it. A verb of saying of the same
        // speaker stays, and only loses the trailing words: in "He said he
        // favours raises, he added" the first verb tells what he said.
        // The cue read as if the claim it is inside were not found yet,
        // which both this test and the next one ask for: read once, for
        // each cue of a long sentence of claims.
        let mut read_alone = inside_prev.and_then(|p| {
            let f = rules::read_cue(t, i, cue_end, cw, &out[..p], None, &quote_ranges).ok()??;
            Some((p, f))
        });
        let outer = read_alone.as_ref().and_then(|&(p, ref f)| {
            let (cs, _) = out[p].cue?;
            let covers = matches!(f.rule, Rule::TrailingSpeaker | Rule::Inverted)
                && f.content.iter().any(|c| c.contains(cs));
            if !covers {
                return None;
            }
            // The same speaker by name, or a person named first and then
            // "she" or "he": "Ana Ruiz said she felt …, she said."
            let pronoun_again = matches!(&out[p].speaker, Speaker::Phrase(ph)
                    if matches!(ph.kind, EntityKind::Person | EntityKind::Unknown))
                && matches!(&f.speaker, Speaker::Pronoun(sp)
                    if matches!(sp.of(t.text).to_ascii_lowercase().as_str(), "he" | "she"));
            let again = is_say_verb(&cs.of(t.text).to_ascii_lowercase())
                && (pronoun_again
                    || said_by(t, &out[p].speaker)
                        .zip(said_by(t, &f.speaker))
                        .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b)));
            Some(again)
        });
        let outer = outer.and_then(|again| read_alone.take().map(|(p, f)| (p, f, again)));
        if let Some((p, f, again)) = outer {
            if again {
                if let Some(end) = f.content.last().map(|c| c.end()) {
                    cut_before(&mut out[p], t, end);
                }
            } else {
                out.truncate(p);
                out.push(f);
            }
            i = cue_end + 1;
            continue;
        }
        // A claim reported inside another: in "Lee said the minister had
        // claimed the figures were wrong" the outer claim is Lee's and the
        // inner one the minister's, inside it. Only a verb of saying or of
        // stance with a named speaker of its own.
        let nested = read_alone.and_then(|(p, inner)| {
            let named = matches!(&inner.speaker, Speaker::Phrase(ph) if out[p].content.iter().any(|c| c.contains(ph.mention)));
            let saying = is_say_verb(t.lower(i))
                || matches!(cw.strength, CueStrength::Doubting | CueStrength::Assertive);
            (inner.rule == Rule::SpeakerBefore && named && saying && !is_learned_cue(t.lower(i)))
                .then_some(inner)
        });
        if let Some(mut inner) = nested {
            label_only(t, i, &quote_ranges, &mut inner);
            if !matches!(
                rules::read_cue(t, i, cue_end, cw, &out, inside_prev, &quote_ranges),
                Ok(Some(_))
            ) {
                // "Republicans said they were convinced, and Democrats
                // accused them …": a clause of its own, coordinated, ends
                // the first claim's words.
                if let (Speaker::Phrase(ph), Some(p)) = (&inner.speaker, inside_prev) {
                    let k = t
                        .toks
                        .partition_point(|x| x.span.start() < ph.mention.start());
                    if k > 0 && t.is_lower(k - 1) && matches!(t.s(k - 1), "and" | "but") {
                        let at = if k > 1 && t.is_punct(k - 2, ',') {
                            k - 2
                        } else {
                            k - 1
                        };
                        cut_before(&mut out[p], t, t.span(at).start());
                    }
                }
                out.push(inner);
                i = cue_end + 1;
                continue;
            }
        }
        let read = rules::read_cue(t, i, cue_end, cw, &out, inside_prev, &quote_ranges);
        if read.is_err() {
            refused.extend(i..=cue_end);
        }
        if let Ok(Some(mut f)) = read {
            label_only(t, i, &quote_ranges, &mut f);
            if let Some(comma) = clause_end {
                cut_before(&mut f, t, t.span(comma).start());
                if f.content.iter().any(|c| c.end() > t.span(comma).start()) {
                    i = cue_end + 1;
                    continue;
                }
            }
            if let Some(p) = inside_prev {
                // A second attribution coordinated inside the first one's
                // content ends that content before the coordinator.
                if let Some(Speaker::Phrase(ph)) = Some(&f.speaker) {
                    cut_before(&mut out[p], t, ph.mention.start());
                } else if let Speaker::Pronoun(sp) = &f.speaker {
                    cut_before(&mut out[p], t, sp.start());
                } else if f.speaker == Speaker::SameAsPrevious {
                    // Before the verb group: "announced an arrest and has
                    // said …".
                    let mut g = i;
                    while g > 0 && t.is_lower(g - 1) && is_aux_or_adverb(t.s(g - 1)) {
                        g -= 1;
                    }
                    cut_before(&mut out[p], t, t.span(g).start());
                }
            }
            out.push(f);
        }
        i = cue_end + 1;
    }

    // "In a Herald poll released Monday, 50 percent …": what a poll found.
    if out.is_empty() && !inside_quote {
        if let Some(f) = rules::in_poll(t, &quote_ranges) {
            out.push(f);
        }
    }
    // "Senator Vale Says Tariffs Are Dead": a headline in title case.
    if out.is_empty() && !inside_quote {
        if let Some(f) = rules::title_case_headline(t, &quote_ranges) {
            out.push(f);
        }
    }
    if out.is_empty() {
        if let Some(f) = rules::quotation_only(t, sentence, inside_quote, &quote_ranges) {
            out.push(f);
        }
    }
    // "The general reportedly fled": reported, by no one named.
    if out.is_empty() {
        if let Some(f) = rules::hearsay_adverb(t, &quote_ranges) {
            out.push(f);
        }
    }
    // "The figures appear to be wrong": the narrator's hedged inference.
    if out.is_empty() && !inside_quote {
        if let Some(f) = rules::evidential(t, &quote_ranges) {
            out.push(f);
        }
    }
    out.retain(|f| f.content.iter().any(|c| !c.is_empty()));
    (out, refused)
}

/// Adds a claim at each word that the learned model ([`cue_model`]) reads
/// as a cue, of those [`may_be_learned_cue`] allows, outside the sentence's
/// claims and the words a veto refused: "The governor has been critical of
/// the tariffs", "Ruiz is convinced the vaccine will arrive". A sentence
/// with quotation marks, or one that ends in a colon before its quotation,
/// is the rules' alone. See [`learned_claim`] for its speaker and content.
fn learned_cues(t: &Toks, out: &mut Vec<Found>, refused: &[usize]) {
    // "The mayor said in a statement:": the quotation after it is the
    // claim (`colon_intro`).
    if t.len() > 1 && t.is_punct(t.len() - 1, ':') {
        return;
    }
    // A sentence with quotation marks is the rules' to read: who speaks
    // the quotation is what matters there.
    if t.toks
        .iter()
        .any(|k| matches!(k.kind, TokKind::OpenQuote | TokKind::CloseQuote))
    {
        return;
    }
    let mut buf = String::new();
    let n = t.len();
    let mut i = 0;
    while i < n {
        // Cheapest first: most words are not in the model at all.
        if !t.is_lower(i)
            || !cue_model::knows(t.lower(i))
            || !may_be_learned_cue(t, i)
            || refused.contains(&i)
            || holds(out, t.span(i))
            || cue_model::score(t, i, &mut buf) <= 0
        {
            i += 1;
            continue;
        }
        match learned_claim(t, i) {
            Some((f, end)) => {
                out.push(f);
                i = end + 1;
            }
            None => i += 1,
        }
    }
}

/// The claim at learned cue `i`, and the cue's last token.
///
/// - The cue takes a particle and a preposition after it: "spoke out
///   against", "critical of", "known for".
/// - The content runs from after the cue (and "that" or a colon) to the
///   sentence's end; a time alone is no content ("opposed in the past").
/// - The speaker: the agent after "by" in a passive ("was criticised by
///   the union for"); nobody named for another passive of what is said or
///   known ("was asked about", "is known for"); else [`learned_speaker`].
///   With no speaker that can speak, no claim.
/// - No claim for a modal or a negation in the verb group ("would not be
///   critical"), a verb form used as an adjective ("along expected
///   lines"), a verb inside the subject's relative clause, "see" without
///   "as" or "that", or a stance after a verb of saying the rules could not
///   read.
fn learned_claim(t: &Toks, i: usize) -> Option<(Found, usize)> {
    let body = sentence_body_end(t);
    let mut cue_end = i;
    if t.is_lower(i + 1) && matches!(t.s(i + 1), "out" | "up" | "off" | "back" | "down") {
        cue_end += 1;
    }
    if t.is_lower(cue_end + 1)
        && t.lower_word_is(cue_end + 1, PREPOSITION)
        && t.s(cue_end + 1) != "that"
    {
        cue_end += 1;
    }
    // The verb group before the cue: "has not yet", "is", "would", "remain".
    let mut j = i;
    while j > 0
        && t.is_lower(j - 1)
        && (is_verb_group_word(t.s(j - 1))
            || matches!(
                t.s(j - 1),
                "remain"
                    | "remains"
                    | "remained"
                    | "become"
                    | "becomes"
                    | "became"
                    | "stay"
                    | "stays"
                    | "stayed"
            ))
    {
        j -= 1;
    }
    // "The members, after …, said they thought …": a verb of saying before
    // that the rules could not read; the stance is inside its content.
    if (0..j).any(|k| t.is_lower(k) && is_say_verb(t.s(k))) {
        return None;
    }
    // "would not comment", "did not say": nothing was claimed.
    if (j..i).any(|k| is_modal_or_negation(t.s(k))) {
        return None;
    }
    // "along expected lines": a verb form after a determiner or a
    // preposition is an adjective.
    if j == i && i > 0 && t.has(i, CUE) && !is_cue_noun(t.lower(i)) && t.is_lower(i - 1) {
        let w = t.s(i - 1);
        if is_determiner(w) || is_preposition(w) {
            return None;
        }
    }
    // "Voters who opposed the plan criticized it": a verb inside the
    // subject's relative clause; the rules read the main verb.
    if j > 0 && t.is_lower(j - 1) && matches!(t.s(j - 1), "who" | "which" | "that") {
        return None;
    }
    // "see the game" is no stance; "see him as a leader" is.
    if is_view_verb(t.lower(i))
        && !t.eq_lower(i + 1, "that")
        && !(i + 1..(i + 9).min(body)).any(|k| t.eq_lower(k, "as") || t.eq_lower(k, "like"))
    {
        return None;
    }
    let passive =
        i > 0 && t.is_lower(i - 1) && t.lower_word_is(i - 1, BE) && is_theme_passive(t.lower(i));
    let mut start = cue_end + 1;
    let mut agent = None;
    if passive && t.eq_lower(cue_end, "by") {
        let end = agent_end(t, cue_end + 1, body);
        agent = speaker::parse_phrase(t, cue_end + 1, end.checked_sub(1)?).map(Speaker::Phrase);
        start = end;
        if t.is_lower(start) && t.lower_word_is(start, PREPOSITION) {
            start += 1;
        }
    }
    if t.eq_lower(start, "that") || t.is_punct(start, ':') || t.is_punct(start, ',') {
        start += 1;
    }
    if start >= body {
        return None;
    }
    // "has opposed in the past": a time, not what was opposed.
    if (start..body)
        .all(|k| t.has(k, DATE_WORD | MONTH | WEEKDAY) || t.word_is(k, DETERMINER) || !t.is_word(k))
    {
        return None;
    }
    let content = content::content_span(t, start, body)?;
    let cue = t.range(i, cue_end);
    let speaker = if passive && agent.is_none() {
        Speaker::Impersonal(cue)
    } else {
        agent.or_else(|| learned_speaker(t, i, j))?
    };
    Some((
        Found {
            speaker,
            cue: Some((cue, strength_of(t.lower(i)))),
            content: vec![content],
            rule: Rule::LearnedCue,
        },
        cue_end,
    ))
}

/// The end (exclusive) of the agent named after "by" at token `a`: before
/// a comma, a preposition or a word that opens a clause.
fn agent_end(t: &Toks, a: usize, body: usize) -> usize {
    let mut k = a;
    while k < body
        && k < a + 8
        && (t.is_word(k) || t.is_punct(k, '.'))
        && !(t.is_lower(k)
            && (t.lower_word_is(k, PREPOSITION)
                || is_subordinator(t.s(k))
                || matches!(
                    t.s(k),
                    "that" | "why" | "whether" | "how" | "what" | "who" | "to"
                )))
    {
        k += 1;
    }
    k
}

/// Who speaks at learned cue `i`, whose verb group starts at `j`: the
/// possessor of a noun ("her critique of", "the senator's support for"),
/// the subject before the verb group, else, for a participle after a
/// comma, the sentence's subject; only a pronoun, a name or a phrase that
/// can speak.
fn learned_speaker(t: &Toks, i: usize, j: usize) -> Option<Speaker> {
    if i > 0
        && t.is_lower(i - 1)
        && matches!(t.s(i - 1), "his" | "her" | "their" | "its" | "our" | "my")
    {
        return Some(Speaker::Pronoun(t.span(i - 1)));
    }
    let possessor =
        i > 0 && t.is_cap(i - 1) && (t.s(i - 1).ends_with("'s") || t.s(i - 1).ends_with("’s"));
    let end = if possessor { i } else { j };
    let can_speak = |sp: &Speaker| match sp {
        // Not a fronted phrase: "In a statement", "There's a general".
        Speaker::Phrase(p) => {
            let first = p.mention.of(t.text).split(' ').next().unwrap_or("");
            let fronted = is_preposition(&first.to_ascii_lowercase())
                || first.starts_with("There")
                || first.starts_with("It");
            !fronted
                && (p.kind != EntityKind::Unknown
                    || p.name.of(t.text).starts_with(char::is_uppercase))
        }
        Speaker::Pronoun(_) => true,
        _ => false,
    };
    end.checked_sub(1)
        .and_then(|e| speaker::speaker_before(t, e))
        .map(|(_, sp)| sp)
        .filter(can_speak)
        // "…, arguing that": a participle after a comma speaks for the
        // sentence's subject; "with aides speaking out" does not.
        .or_else(|| {
            (j > 0 && t.is_punct(j - 1, ','))
                .then(|| rules::sentence_subject(t, i))
                .flatten()
        })
}

fn overlaps_found(out: &[Found], f: &Found) -> bool {
    out.iter().any(|g| {
        g.content
            .iter()
            .any(|a| f.content.iter().any(|b| a.overlaps(*b)))
    })
}

/// Token index pairs (open, close) of quotations within the sentence. An
/// unclosed quotation runs to the sentence's end.
pub fn quote_ranges(t: &Toks) -> Vec<(usize, usize)> {
    let mut v = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..t.len() {
        match t.kind(i) {
            Some(TokKind::OpenQuote) if open.is_none() => open = Some(i),
            Some(TokKind::CloseQuote) => {
                if let Some(o) = open.take() {
                    v.push((o, i));
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        v.push((o, t.len()));
    }
    v
}

/// Whether token `i` lies strictly inside one of `ranges` (from
/// [`quote_ranges`]: in order, none overlapping): one binary search.
pub fn inside(ranges: &[(usize, usize)], i: usize) -> bool {
    let k = ranges.partition_point(|&(a, _)| a < i);
    k > 0 && ranges.get(k - 1).is_some_and(|&(_, b)| i < b)
}

/// "Surveys show most voters …", "The audit found the agency had …":
/// "show" and "find" without "that" are cues when what shows or finds is a
/// study, a document or data.
fn evidence_verb(t: &Toks, i: usize) -> Option<CueWord> {
    if !matches!(
        t.s(i),
        "show"
            | "shows"
            | "showed"
            | "find"
            | "finds"
            | "found"
            | "conclude"
            | "concludes"
            | "concluded"
    ) {
        return None;
    }
    let mut k = i;
    while k > 0 && t.is_lower(k - 1) && is_aux_or_adverb(t.s(k - 1)) {
        k -= 1;
    }
    // The subject's head may stand back from the verb: "a poll released
    // Friday shows", "an analysis of campaign filings shows".
    let head = (k.saturating_sub(8)..k).rev().take_while(|&j| {
        t.kind(j) == Some(TokKind::Number)
            || t.is_punct(j, '/')
            || t.is_word(j)
                && !(t.is_lower(j)
                    && (t.lower_word_is(j, CLAUSE_BOUNDARY)
                        || t.lower_word_is(j, BE)
                        || t.lower_word_is(j, SUBJECT_PRONOUN)
                        // "new fundraising reports show", "polls
                        // released Sunday show": a source or what was
                        // done to it, though it reads as a cue.
                        || t.has(j, CUE)
                            && !is_evidence_source(t.s(j))
                            && !speaker::is_document_participle(t.s(j))))
    });
    // People whose work is finding: "the researchers found", "auditors
    // concluded".
    let finders = |w: &str| {
        matches!(
            w,
            "researchers" | "investigators" | "scientists" | "auditors" | "inspectors" | "authors"
        )
    };
    let found = head.into_iter().any(|j| {
        (is_evidence_source(t.lower(j)) || finders(t.lower(j)))
            && (j + 1 == k || {
                let next = t.s(j + 1);
                matches!(
                    next,
                    "of" | "by"
                        | "from"
                        | "released"
                        | "published"
                        | "conducted"
                        | "taken"
                        | "compiled"
                        // "a poll last month showed", "a survey out this
                        // week shows", "a poll in January found".
                        | "last"
                        | "this"
                        | "out"
                        | "in"
                        | "earlier"
                )
            })
    });
    (k > 0 && found).then_some(CueWord {
        strength: CueStrength::Neutral,
        takes_object: false,
        particle: None,
    })
}

/// "has been pounding the senator as a “con artist”", "openly admires the
/// general as a “strong leader”", "rated the claim as “false”": a verb
/// whose object is named, after "as", in quoted words labels it, and the
/// label is the subject's claim. The verb is the last one before "as",
/// at most eight words back, with only the object between.
fn labelling_verb(t: &Toks, quotes: &[(usize, usize)]) -> Option<usize> {
    // From each opening quotation mark back to its "as" ("as a" …): most
    // sentences have none.
    let k = quotes.iter().find_map(|&(q, _)| {
        let as_at = |k: usize| t.is_lower(k) && t.s(k) == "as" && !inside(quotes, k);
        if q >= 2 && as_at(q - 1) {
            Some(q - 1)
        } else if q >= 3 && t.is_lower(q - 1) && matches!(t.s(q - 1), "a" | "an") && as_at(q - 2) {
            Some(q - 2)
        } else {
            None
        }
    })?;
    let mut v = k;
    while v > 0 && k - v < 9 {
        v -= 1;
        if matches!(t.kind(v), Some(TokKind::Number | TokKind::Punct('%'))) {
            continue;
        }
        if !t.is_word(v) {
            return None;
        }
        let w = t.s(v);
        if !t.is_lower(v) || is_determiner(w) || is_preposition(w) {
            continue;
        }
        if is_be(w) || is_auxiliary(w) || is_clause_boundary(w) {
            return None;
        }
        let after_article = v > 0 && t.is_lower(v - 1) && t.lower_word_is(v - 1, DETERMINER);
        let verb = t.has(v, CUE)
            || (w.ends_with("ed") || w.ends_with("ing")) && w.len() > 4 && !after_article
            || w.ends_with('s')
                && !w.ends_with("ss")
                && v > 0
                && (t.is_cap(v - 1) || t.is_lower(v - 1) && is_aux_or_adverb(t.s(v - 1)));
        // "worked as a “consultant”": with no object, only a cue labels.
        if verb {
            return (t.has(v, CUE) || v + 1 < k).then_some(v);
        }
    }
    None
}

/// "called the vote \"a historic moment\"": naming something in quoted
/// words is a claim; "called him Bob" or "called the meeting" is not.
fn calling_quoted(t: &Toks, i: usize) -> Option<CueWord> {
    if !matches!(t.s(i), "call" | "calls" | "called" | "calling") {
        return None;
    }
    // "which Ms. Cook called “a disgrace”", "what aides call “a reset”":
    // a quotation right after the verb of a relative clause is the
    // speaker's label for what the clause points back to.
    if t.kind(i + 1) == Some(TokKind::OpenQuote) && relative_speaker_before(t, i) {
        return Some(CueWord {
            strength: CueStrength::Assertive,
            takes_object: false,
            particle: None,
        });
    }
    // An abbreviation's stop is part of the object: "called Mr. Vale's
    // remarks \"a wake-up call\"".
    let q = (i + 2..=i + 7).find(|&k| !(t.is_word(k) || t.is_punct(k, '.') && t.is_cap(k - 1)))?;
    // A short capitalised quotation is a name: "called the trucks \"Hoover
    // carts\"".
    let closes = (q + 1..=q + 5).find(|&k| t.kind(k) == Some(TokKind::CloseQuote));
    if t.is_cap(q + 1) && closes.is_some() {
        return None;
    }
    (t.kind(q) == Some(TokKind::OpenQuote)).then_some(CueWord {
        strength: CueStrength::Assertive,
        takes_object: false,
        particle: None,
    })
}

/// "which Ms. Cook called “a disgrace,” blaming …": in a relative clause,
/// the label quoted after the verb at `i` is all the claim says.
fn label_only(t: &Toks, i: usize, quotes: &[(usize, usize)], f: &mut Found) {
    if t.kind(i + 1) == Some(TokKind::OpenQuote)
        && matches!(t.s(i), "call" | "calls" | "called" | "calling")
        && relative_speaker_before(t, i)
    {
        if let Some(&(o, c)) = quotes.iter().find(|&&(o, _)| o == i + 1) {
            if let Some(label) = content::unquote(t, o, (c + 1).min(t.len()), quotes) {
                f.content = vec![label];
            }
        }
    }
}

/// Whether a relative pronoun opens the clause of the verb at `i`, with
/// only its subject between: "which Apple's chief, Tim Cook, | called",
/// "what he | called", "a country that Mr. Romney | called".
fn relative_speaker_before(t: &Toks, i: usize) -> bool {
    let Some(r) = (i.saturating_sub(10)..i)
        .rev()
        .find(|&k| t.is_lower(k) && matches!(t.s(k), "what" | "which" | "who" | "whom" | "that"))
    else {
        return false;
    };
    r + 1 < i
        && (r + 1..i).all(|k| {
            t.is_word(k) && !(t.is_lower(k) && (t.lower_word_is(k, BE) || t.has(k, CUE)))
                || t.is_punct(k, ',')
                || t.is_punct(k, '.') && t.is_cap(k - 1)
        })
}

/// "called the charges false", "called it a mistake": naming something as
/// what it is, with an object and then its complement, is a claim; "called
/// a meeting", "called for calm" and "called him a day later" are not.
fn calling_complement(t: &Toks, i: usize) -> Option<CueWord> {
    if !matches!(t.s(i), "call" | "calls" | "called" | "calling") {
        return None;
    }
    // "was called", "is called": a name given, not a claim.
    if i > 0 && t.is_lower(i - 1) && t.lower_word_is(i - 1, BE) {
        return None;
    }
    let first = i + 1;
    // The object may be a name: "called Clinton a liar".
    let named = t.is_cap(first) && t.is_word(first);
    if !(t.is_lower(first) || named)
        || t.lower_word_is(first, PREPOSITION)
        || matches!(
            t.s(first),
            "a" | "an" | "off" | "up" | "out" | "back" | "in"
        )
    {
        return None;
    }
    // The clause after the verb, up to a comma or the sentence's end.
    let body = sentence_body_end(t);
    let end = (first..body)
        .find(|&k| !t.is_word(k) && t.kind(k) != Some(TokKind::Number) && !t.is_punct(k, '-'))
        .unwrap_or(body);
    // A clause after the complement is no part of the test: "called him a
    // political opportunist who has neglected his duties", "called her son
    // her hero before leaving".
    let end = (first + 2..end)
        .find(|&k| {
            t.is_lower(k)
                && t.lower_word_is(k, CLAUSE_BOUNDARY)
                && t.s(k) != "and"
                && !t.eq_lower(k - 1, "and")
        })
        .unwrap_or(end);
    if end <= first + 1 || end - first > 14 {
        return None;
    }
    let words = first..end;
    // No verb of its own and no place or time after the object.
    if words.clone().any(|k| {
        t.is_lower(k)
            && (t.lower_word_is(k, BE)
                || t.lower_word_is(k, CLAUSE_BOUNDARY) && t.s(k) != "and"
                // "the charges" is a noun, not a verb of saying.
                || t.has(k, CUE) && !(k > first && t.word_is(k - 1, DETERMINER)))
    }) {
        return None;
    }
    // The complement: "a/an …" after the object ("it a mistake"), or an
    // adjective that ends the clause ("the charges false").
    let article = (first + 1..end).find(|&k| t.is_lower(k) && matches!(t.s(k), "a" | "an"));
    let noun_complement = article.is_some_and(|k| {
        !matches!(
            t.lower(k + 1),
            "day" | "week" | "month" | "year" | "few" | "second" | "couple" | "number" | "lot"
        ) && !t.lower_word_is(k - 1, PREPOSITION)
    });
    let last = t.lower(end - 1);
    let adjective = t.is_lower(end - 1)
        && [
            "ous", "ble", "ful", "ive", "al", "ic", "less", "ent", "ant", "ary", "ish", "ated",
        ]
        .iter()
        .any(|suf| last.ends_with(suf))
        || matches!(
            last,
            "false"
                | "wrong"
                | "unfair"
                | "absurd"
                | "ridiculous"
                | "baseless"
                | "unfounded"
                | "fake"
        );
    (noun_complement || adjective).then_some(CueWord {
        strength: CueStrength::Assertive,
        takes_object: false,
        particle: None,
    })
}

/// "declined to comment", "refused to discuss the case": a refusal to say
/// is what the speaker said, with its content the refusal itself.
fn declined_to_comment(t: &Toks, i: usize) -> Option<CueWord> {
    let refuses = matches!(
        t.s(i),
        "declined" | "declines" | "decline" | "declining" | "refused" | "refuses" | "refusing"
    );
    let say = matches!(
        t.lower(i + 2),
        "comment"
            | "say"
            | "discuss"
            | "elaborate"
            | "answer"
            | "specify"
            | "confirm"
            | "disclose"
            | "reveal"
            | "respond"
            | "identify"
            | "name"
            | "speculate"
    );
    // A refusal to act is a stand taken: "refused to release the memo";
    // not the bare "refuse", as often a plan or a dare ("will refuse to").
    // Nor in a relative clause that tells who someone is: "people who
    // refused to leave were beaten".
    let act = matches!(t.s(i), "refused" | "refuses" | "refusing")
        && t.is_lower(i + 2)
        && !t.lower_word_is(i + 2, FUNCTION_WORD)
        && !(i >= 1 && matches!(t.lower(i - 1), "who" | "which" | "that"));
    (refuses && t.eq_lower(i + 1, "to") && (say || act)).then_some(CueWord {
        strength: CueStrength::Neutral,
        takes_object: false,
        particle: None,
    })
}

/// Whether the word after a verb of stance or thought is a preposition that
/// belongs to the cue ("pointed to the polls", "worried about costs",
/// "called on the regime to …"), not the start of what was said. Never
/// after a verb of saying ("said to reporters", "said on Monday"), and
/// never "to" before a verb ("wants to leave").
fn takes_preposition(t: &Toks, c: usize, cw: CueWord) -> bool {
    let w = t.lower(c);
    let stance = is_learned_cue(w)
        || matches!(cw.strength, CueStrength::Belief | CueStrength::Intention)
        || is_prepositional_cue(w);
    if !stance || is_say_verb(w) || !t.is_lower(c + 1) {
        return false;
    }
    let p = t.s(c + 1);
    if !matches!(
        p,
        "to" | "about" | "for" | "on" | "against" | "of" | "with" | "at" | "over"
    ) {
        return false;
    }
    // "warned of", "thought of"; but "a capsule view of the plans" is a noun.
    if p == "of" && !(w.ends_with("ed") || is_irregular_past(w)) {
        return false;
    }
    // An object must follow: a determiner, a name, a number or a pronoun;
    // not a time ("replied on Tuesday") nor a figure's qualifier
    // ("documented at least 12 cases").
    let next = c + 2;
    if t.has(next, WEEKDAY | MONTH)
        || matches!(
            t.lower(next),
            "least" | "most" | "yesterday" | "today" | "tonight" | "last" | "this" | "next"
        )
        || t.kind(next) == Some(TokKind::Number)
    {
        return false;
    }
    let object = t.is_cap(next)
        || t.kind(next) == Some(TokKind::Number)
        || t.kind(next) == Some(TokKind::OpenQuote)
        || t.is_lower(next)
            && (t.lower_word_is(next, DETERMINER)
                || matches!(
                    t.s(next),
                    "him"
                        | "her"
                        | "them"
                        | "it"
                        | "us"
                        | "me"
                        | "what"
                        | "how"
                        | "why"
                        | "whether"
                ));
    let noun = t.is_lower(next) && !t.lower_word_is(next, FUNCTION_WORD) && !is_ing(t.s(next));
    if p == "to" {
        object
    } else {
        object || noun
    }
}
