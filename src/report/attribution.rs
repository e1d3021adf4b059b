//! Attribution: in each sentence, who says what, with which cue.
//!
//! Patterns, each tried at every cue verb of a sentence:
//! - speaker before the cue: `X said (that) …`, `X told reporters: "…"`;
//! - speaker after the content: `"…," X said.`, `…, said X, a doctor.`;
//! - a split quote: `"…," X said, "…"`;
//! - `According to X, …` and `…, according to X.`;
//! - a participle continuing the same speaker: `…, adding that …`;
//! - an impersonal passive: `It was reported that …`.
//!
//! A sentence that is wholly a quotation, with no cue, continues the previous
//! speaker. The speaker phrase is returned as spans; entities are formed by
//! [`super::entities`].

use super::lexicon::*;
use super::model::{CueStrength, EntityKind};
use super::span::Span;
use super::tokens::{TokKind, Toks, CUE, DATE_WORD, MONTH, PHRASAL_CUE, WEEKDAY};

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
    pub confidence: f32,
}

/// The claims of one sentence, in order.
#[inline(never)]
pub fn find(t: &Toks, sentence: Span, inside_quote: bool) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let n = t.len();
    if n == 0 {
        return out;
    }
    // Quoted stretches as token ranges (open index, close index).
    let quote_ranges = quote_ranges(t);
    let in_quote = |i: usize| quote_ranges.iter().any(|&(a, b)| a < i && i < b);

    let mut i = 0;
    while i < n {
        // Most words are neither a cue nor "according": one look at the
        // token's classes and length skips them.
        let (class, len) = t.toks.get(i).map_or((0, 0), |k| (k.class, k.span.len()));
        if class & (CUE | PHRASAL_CUE) == 0 && len != "according".len() {
            i += 1;
            continue;
        }
        // "According to X"
        if t.eq_lower(i, "according") && t.eq_lower(i + 1, "to") && !in_quote(i) {
            if let Some(f) = according_to(t, i) {
                if !overlaps_found(&out, &f) {
                    out.push(f);
                }
            }
            i += 2;
            continue;
        }
        if !t.is_lower(i) || !t.has(i, CUE | PHRASAL_CUE) || in_quote(i) {
            i += 1;
            continue;
        }
        // A cue inside a fronted subordinate clause tells when or why, not
        // who claims: "Before he testified for an hour, Stein admitted …".
        let fronted = matches!(
            t.lower(0),
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
        ) && !(0..i).any(|k| t.is_punct(k, ','));
        if fronted {
            i += 1;
            continue;
        }
        let w = t.s(i);
        let next = if t.is_word(i + 1) { t.s(i + 1) } else { "" };
        let Some(cw) = cue_word(w, next).or_else(|| calling_quoted(t, i)) else {
            i += 1;
            continue;
        };
        let cue_end = if cw.particle.is_some() { i + 1 } else { i };
        let cue_span = t.range(i, cue_end);
        let inside_prev = out
            .iter()
            .position(|f| f.content.iter().any(|c| c.contains(cue_span)));
        if let Some(f) = try_cue(t, i, cue_end, cw, &out, inside_prev, &quote_ranges) {
            if let Some(p) = inside_prev {
                // A second attribution coordinated inside the first one's
                // content ends that content before the coordinator.
                if let Some(Speaker::Phrase(ph)) = Some(&f.speaker) {
                    cut_before(&mut out[p], t, ph.mention.start());
                } else if let Speaker::Pronoun(sp) = &f.speaker {
                    cut_before(&mut out[p], t, sp.start());
                } else if f.speaker == Speaker::SameAsPrevious {
                    cut_before(&mut out[p], t, cue_span.start());
                }
            }
            out.push(f);
        }
        i = cue_end + 1;
    }

    if out.is_empty() {
        if let Some(f) = quotation_only(t, sentence, inside_quote, &quote_ranges) {
            out.push(f);
        }
    }
    out.retain(|f| f.content.iter().any(|c| !c.is_empty()));
    out
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

/// Shortens a found claim's content so that it ends before `at`, dropping
/// a trailing comma, semicolon or coordinator.
fn cut_before(f: &mut Found, t: &Toks, at: usize) {
    let mut new = Vec::new();
    for c in &f.content {
        if c.end() <= at {
            new.push(*c);
        } else if c.start() < at {
            if let Some(s) = Span::new(t.text, c.start(), at) {
                let mut s = s;
                loop {
                    let txt = s.of(t.text).trim_end();
                    let trimmed = txt.trim_end_matches([',', ';']).trim_end();
                    // Without the word that joined the next claim on.
                    let last = trimmed.rsplit(' ').next().unwrap_or("");
                    let joined = trimmed.len() > last.len()
                        && (is_coordinator(last) || is_when_conjunction(last));
                    let trimmed = if joined {
                        &trimmed[..trimmed.len() - last.len()]
                    } else {
                        trimmed
                    };
                    let trimmed = trimmed.trim_end().trim_end_matches([',', ';']).trim_end();
                    let ns = Span::new(t.text, s.start(), s.start() + trimmed.len()).unwrap_or(s);
                    if ns == s {
                        break;
                    }
                    s = ns;
                }
                if !s.is_empty() {
                    new.push(s);
                }
            }
        }
    }
    if !new.is_empty() {
        f.content = new;
    }
}

/// The span of tokens `a..b` (exclusive), trimmed of edge punctuation that
/// does not belong to a claim: commas, colons, dashes and a final stop
/// outside quotation marks.
fn content_span(t: &Toks, a: usize, b: usize) -> Option<Span> {
    let mut a = a;
    let mut b = b;
    while a < b
        && matches!(
            t.kind(a),
            Some(TokKind::Punct(',' | ':' | ';' | '—' | '–' | '-'))
        )
    {
        a += 1;
    }
    while b > a
        && matches!(
            t.kind(b - 1),
            Some(TokKind::Punct(',' | ':' | ';' | '.' | '—' | '–' | '-'))
        )
    {
        b -= 1;
    }
    if a >= b {
        return None;
    }
    Some(t.range(a, b - 1))
}

/// Content that is exactly one quotation becomes its inner text (without
/// a trailing comma); otherwise the span stays as it is.
fn unquote(t: &Toks, a: usize, b: usize, quotes: &[(usize, usize)]) -> Option<Span> {
    // b is exclusive. Drop trailing sentence punctuation outside the quote.
    let mut b2 = b;
    while b2 > a && matches!(t.kind(b2 - 1), Some(TokKind::Punct(',' | '.' | ':' | ';'))) {
        b2 -= 1;
    }
    let mut a2 = a;
    while a2 < b2 && matches!(t.kind(a2), Some(TokKind::Punct(',' | ':' | ';'))) {
        a2 += 1;
    }
    if let Some(&(o, c)) = quotes.iter().find(|&&(o, _)| o == a2) {
        if c + 1 == b2 || (c == t.len() && b2 == t.len()) || c >= b2.saturating_sub(1) {
            let inner_start = o + 1;
            let inner_end = c.min(t.len());
            if inner_start >= inner_end {
                return None;
            }
            let mut e = inner_end;
            while e > inner_start && matches!(t.kind(e - 1), Some(TokKind::Punct(',' | ':' | ';')))
            {
                e -= 1;
            }
            if e <= inner_start {
                return None;
            }
            return Some(t.range(inner_start, e - 1));
        }
    }
    content_span(t, a, b)
}

/// The index past the last content token of the sentence: before a final
/// stop that lies outside any quotation.
fn sentence_body_end(t: &Toks) -> usize {
    let mut e = t.len();
    while e > 0
        && matches!(
            t.kind(e - 1),
            Some(TokKind::Punct('.' | '!' | '?' | '…' | ';' | ':'))
        )
    {
        e -= 1;
    }
    e
}

/// Tries one cue at token `c` (through `c_end` for a phrasal cue).
fn try_cue(
    t: &Toks,
    c: usize,
    c_end: usize,
    cw: CueWord,
    found: &[Found],
    inside_prev: Option<usize>,
    quotes: &[(usize, usize)],
) -> Option<Found> {
    // "put the number at five" is a cue; "put the bill to a vote" is not.
    if matches!(t.s(c), "put" | "puts") {
        let counted = (c + 2..c + 4)
            .any(|k| matches!(t.lower(k), "number" | "toll" | "figure" | "total" | "count"));
        // "put the toll at 300", "put the toll higher".
        let at = (c + 3..c + 6).any(|k| {
            t.is_word(k) && matches!(t.lower(k), "at" | "higher" | "lower" | "above" | "below")
        });
        if !(counted && at) {
            return None;
        }
    }
    // A plural noun before its verb: "Local media reports put the toll
    // higher", "news reports say".
    if t.s(c).ends_with('s')
        && c_end == c
        && c > 0
        && t.is_word(c - 1)
        && !t.s(c - 1).ends_with("'s")
        && t.is_lower(c + 1)
        && (t.has(c + 1, CUE | PHRASAL_CUE) || matches!(t.s(c + 1), "put" | "suggest" | "show"))
    {
        return None;
    }
    // A participle with its agent is no cue: "the events described by
    // witnesses", "a man labelled by police as …".
    if t.s(c).ends_with("ed") && t.eq_lower(c_end + 1, "by") {
        return None;
    }
    // Nor one with what the subject is accused of: "police accused of
    // killing dozens" (the active verb names whom it accuses first).
    if matches!(t.s(c), "accused" | "charged" | "blamed")
        && t.is_lower(c_end + 1)
        && matches!(t.s(c_end + 1), "of" | "with" | "for")
    {
        return None;
    }

    let cue = Some((t.range(c, c_end), cw.strength));
    // Walk left over auxiliaries and adverbs.
    let mut j = c;
    let mut passive = false;
    let mut hedged = false;
    while j > 0
        && t.is_lower(j - 1)
        && (is_aux_or_adverb(t.s(j - 1))
            || matches!(t.s(j - 1), "not" | "never" | "cannot")
            || t.s(j - 1).ends_with("n't"))
    {
        let w = t.s(j - 1);
        if is_be(w) && j == c {
            passive = true;
        }
        // "would not comment", "did not say", "could tell": nothing was claimed.
        if matches!(
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
        {
            hedged = true;
        }
        j -= 1;
    }
    if hedged {
        return None;
    }
    // A time between the speaker and the cue: "Amnesty on Tuesday accused",
    // "the ministry last week said".
    if j >= 2 && t.is_cap(j - 1) && is_weekday(t.s(j - 1)) && t.eq_lower(j - 2, "on") {
        j -= 2;
    } else if j >= 1 && matches!(t.lower(j - 1), "yesterday" | "today" | "tonight") {
        j -= 1;
    } else if j >= 2
        && matches!(t.lower(j - 2), "last" | "this")
        && matches!(t.lower(j - 1), "week" | "month" | "year" | "weekend")
    {
        j -= 2;
    }
    // "A report by Amnesty released last month found": the document's
    // participle before the time belongs with the speaker, not the phrase.
    if j < c && j >= 2 && t.is_lower(j - 1) && published_in(t, j - 1) {
        j -= 1;
    }
    // Forms that are as often nouns ("the report", "their claims") count as
    // cues only after an auxiliary or before "that", a colon or a quotation.
    if j == c
        && matches!(
            t.s(c),
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
                // Verbs of many uses: "shouted at the crowd", "posted a video".
                | "shouted"
                | "chanted"
                | "posted"
        )
    {
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
        // A plural subject with a bare verb: "Critics claim the plan …".
        let plural_subject = c > 0
            && t.is_word(c - 1)
            && t.s(c - 1).ends_with('s')
            && !t.s(c).ends_with('s')
            && !t.s(c - 1).ends_with("'s");
        if !next_ok && !plural_subject {
            return None;
        }
    }
    // "have responded generously to appeals": an answer is a claim only
    // with what was answered.
    if matches!(
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
    {
        return None;
    }
    // A cue word used as a noun or an adjective: "the remark was made",
    // "the Mayor's reported plan".
    if matches!(
        t.lower(c_end + 1),
        "was" | "were" | "is" | "are" | "has" | "had" | "of"
    ) && t.is_word(c_end + 1)
        && !t.s(c).ends_with("ed")
        && !follows_quotation(t, c)
    {
        return None;
    }
    if j == c && c > 0 && (t.s(c - 1).ends_with("'s") || t.s(c - 1).ends_with("’s")) {
        return None;
    }
    // The previous speaker goes on: a participle right after a comma
    // ("…, adding that …"), or a second verb a few words after the first
    // cue ("urged calm but said …", "denied wrongdoing and said …").
    let participle = j == c && j > 0 && t.is_punct(j - 1, ',') && is_ing(t.s(c));
    if participle && found.is_empty() {
        // "The Anti-Corruption Commission welcomed the ruling, calling it
        // …": the subject of the sentence's verb, when no cue came before.
        let verb = (1..c).find(|&k| t.is_lower(k) && !is_determiner(t.s(k)))?;
        if !t.s(verb).ends_with("ed") {
            return None;
        }
        let p = parse_phrase(t, 0, verb - 1)?;
        if p.kind == EntityKind::Unknown {
            return None;
        }
        let (content, _) = content_after(t, c_end + 1, cw, quotes)?;
        return Some(Found {
            speaker: Speaker::Phrase(p),
            cue,
            content,
            confidence: 0.7,
        });
    }
    let second_verb = inside_prev.is_some_and(|p| {
        j == c
            && c >= 2
            && t.is_lower(c - 1)
            && matches!(t.s(c - 1), "and" | "but")
            && !t.is_punct(c - 2, ',')
            && !is_ing(t.s(c))
            && found[p].cue.is_some_and(|(cs, _)| {
                // A verb whose object is a thing, not what was said, may
                // have a longer object before the second verb: "dismissed
                // the U.N. report as "biased" and said …".
                // So may a quotation: `said it was "looking into it" and accused …`.
                let quoted = t.kind(c - 2) == Some(TokKind::CloseQuote);
                let reach = if is_object_cue(cs.of(t.text)) || quoted {
                    14
                } else {
                    6
                };
                (c.saturating_sub(reach)..c - 1).any(|k| t.span(k).start() == cs.start())
            })
    });
    if participle || second_verb {
        let (content, _) = content_after(t, c_end + 1, cw, quotes)?;
        return Some(Found {
            speaker: Speaker::SameAsPrevious,
            cue,
            content,
            confidence: 0.8,
        });
    }
    // "The minister was quoted by state media as saying …": the subject
    // of "was quoted" speaks.
    if is_ing(t.s(c)) && j == c && c >= 4 && t.eq_lower(c - 1, "as") {
        let quoted = (c.saturating_sub(9)..c - 1)
            .find(|&q| q >= 2 && matches!(t.lower(q), "quoted" | "cited") && is_be(t.lower(q - 1)));
        if let Some(q) = quoted {
            let (_, speaker) = speaker_before(t, q - 2)?;
            let (content, _) = content_after(t, c_end + 1, cw, quotes)?;
            return Some(Found {
                speaker,
                cue,
                content,
                confidence: 0.85,
            });
        }
    }
    if is_ing(t.s(c)) && j == c {
        return None;
    }

    // "who asked not to be named", "asked to remain anonymous": a request,
    // not a claim.
    if !passive
        && ((t.eq_lower(c_end + 1, "not") && t.eq_lower(c_end + 2, "to"))
            || (t.eq_lower(c_end + 1, "to")
                && matches!(t.lower(c_end + 2), "be" | "remain" | "stay" | "withhold")))
    {
        return None;
    }

    // Impersonal passive: "It was reported that …", "It is alleged that …".
    if passive {
        if j >= 1
            && t.eq_lower(j - 1, "it")
            && (j == 1 || !t.is_word(j - 2))
            && t.eq_lower(c_end + 1, "that")
        {
            let body = sentence_body_end(t);
            let content = content_span(t, c_end + 2, body)?;
            return Some(Found {
                speaker: Speaker::Impersonal(t.range(j - 1, c_end)),
                cue,
                content: vec![content],
                confidence: 0.6,
            });
        }
        // "…, it was testified.", "…, it is alleged.": the same, after the
        // content.
        let body = sentence_body_end(t);
        if j >= 3
            && t.eq_lower(j - 1, "it")
            && t.is_punct(j - 2, ',')
            && c_end + 1 == body
            && !(0..j).any(|k| matches!(t.kind(k), Some(TokKind::OpenQuote | TokKind::CloseQuote)))
        {
            let content = content_span(t, 0, j - 2)?;
            return Some(Found {
                speaker: Speaker::Impersonal(t.range(j - 1, c_end)),
                cue,
                content: vec![content],
                confidence: 0.6,
            });
        }
        // "He was told that his visa had been revoked", "Reporters were told
        // the meeting was off": someone unnamed told them.
        if j >= 1 && matches!(t.s(c), "told" | "informed") && t.is_word(j - 1) && j <= 4 {
            if let Some((content, _)) = content_after(t, c_end + 1, cw, quotes) {
                return Some(Found {
                    speaker: Speaker::Impersonal(t.range(0, c_end)),
                    cue,
                    content,
                    confidence: 0.6,
                });
            }
        }
        // "Some member states are said to be sceptical", "He is reported to
        // have fled": a claim with no named source, around its cue.
        if j >= 1
            && t.eq_lower(c_end + 1, "to")
            && matches!(t.s(c), "said" | "reported" | "alleged" | "believed" | "rumoured" | "rumored")
            && t.is_word(j - 1)
            // "to have fled", not "reported to the floor".
            && t.is_lower(c_end + 2)
            && !is_determiner(t.s(c_end + 2))
            && !is_preposition(t.s(c_end + 2))
            // A main clause, not "after they are reported to …".
            && !(0..j).any(|k| {
                t.is_word(k)
                    && matches!(
                        t.lower(k),
                        "after" | "when" | "because" | "that" | "which" | "who" | "if" | "while"
                            | "although" | "before" | "since" | "until" | "once"
                    )
            })
            && !(0..j).any(|k| matches!(t.kind(k), Some(TokKind::OpenQuote | TokKind::CloseQuote)))
        {
            let body = sentence_body_end(t);
            let subject = content_span(t, 0, j)?;
            let rest = content_span(t, c_end + 1, body)?;
            return Some(Found {
                speaker: Speaker::Impersonal(t.range(j, c_end)),
                cue,
                content: vec![subject, rest],
                confidence: 0.6,
            });
        }
        return None;
    }

    // "Several said …", "Many of those interviewed told us …": some of
    // the people the text spoke of, not named.
    if j >= 1 && t.is_cap(0) && is_quantifier_subject(t.lower(0)) {
        let subject_ok = j == 1
            || t.eq_lower(1, "of")
                && (2..j).all(|k| t.is_word(k))
                && j <= 5
                && !(2..j).any(|k| t.has(k, CUE) && k + 1 < j);
        if subject_ok {
            if let Some((content, _)) = content_after(t, c_end + 1, cw, quotes) {
                return Some(Found {
                    speaker: Speaker::Impersonal(t.range(0, j - 1)),
                    cue,
                    content,
                    confidence: 0.6,
                });
            }
        }
    }
    // Inverted: `"…," said X.` / `…, said X, a spokesman.`
    if j == c
        && c > 0
        && matches!(
            t.kind(c - 1),
            Some(TokKind::Punct(',') | TokKind::CloseQuote)
        )
        && inside_prev.is_none()
    {
        if let Some(f) = inverted(t, c, c_end, cw, quotes) {
            return Some(f);
        }
    }

    // ", a figure Israel disputes.", ", a claim the army denies.": the
    // reaction, with nothing after its cue, is that speaker's claim about
    // what was said before the comma.
    if cw.strength == CueStrength::Doubting && j >= 5 && sentence_body_end(t) == c_end + 1 {
        let k = j - 1;
        let comma = (k.saturating_sub(6)..k.saturating_sub(2)).rev().find(|&m| {
            t.is_punct(m, ',')
                && matches!(t.lower(m + 1), "a" | "an")
                && is_reaction_noun(t.lower(m + 2))
        });
        if let Some(m) = comma {
            if let Some(p) = parse_phrase(t, m + 3, k) {
                return Some(Found {
                    speaker: Speaker::Phrase(p),
                    cue,
                    content: vec![t.range(m + 1, m + 2)],
                    confidence: 0.7,
                });
            }
        }
    }
    if j == 0 {
        return None;
    }
    // "A spokesperson for the state government declined to comment …, but
    // said …": the subject who declined speaks.
    if j == c
        && c >= 3
        && found.is_empty()
        && t.is_lower(c - 1)
        && matches!(t.s(c - 1), "but" | "and")
    {
        let declined = (1..c - 1).find(|&k| {
            t.is_lower(k) && matches!(t.s(k), "declined" | "refused") && t.eq_lower(k + 1, "to")
        });
        if let Some(v) = declined {
            if let (Some(p), Some((content, _))) = (
                parse_phrase(t, 0, v - 1),
                content_after(t, c_end + 1, cw, quotes),
            ) {
                return Some(Found {
                    speaker: Speaker::Phrase(p),
                    cue,
                    content,
                    confidence: 0.8,
                });
            }
        }
    }
    let np_end = j - 1;
    let (phrase_start, speaker) = speaker_before(t, np_end)?;

    // Inside an earlier claim's content, only a coordinated clause starts a
    // new claim: "…, while X said …", "…; X said …"; or one that tells
    // when, after a comma: "denied blocking aid, after the UN warned that …".
    if inside_prev.is_some() {
        let ok = phrase_start >= 2
            && t.is_lower(phrase_start - 1)
            && (is_coordinator(t.s(phrase_start - 1))
                || t.is_punct(phrase_start - 2, ',') && is_when_conjunction(t.s(phrase_start - 1)))
            && (matches!(t.kind(phrase_start - 2), Some(TokKind::Punct(',' | ';')))
                // The comma inside the quotation: `called it "a farce," while X said …`.
                || (phrase_start >= 3
                    && t.kind(phrase_start - 2) == Some(TokKind::CloseQuote)
                    && t.is_punct(phrase_start - 3, ',')))
            || phrase_start >= 1 && t.is_punct(phrase_start - 1, ';');
        if !ok {
            return None;
        }
    }

    // What stands before the speaker: nothing (or an opening adjunct), or
    // content followed by a comma or a closing quotation mark.
    let before_is_content = phrase_start > 0
        && matches!(
            t.kind(phrase_start - 1),
            Some(TokKind::Punct(',') | TokKind::CloseQuote)
        )
        && !opening_adjunct(t, 0, phrase_start - 1);

    // Content after the cue? Not a time before a participle clause: in
    // "…, the air force said Sunday, adding that …" the content is before.
    let after = if before_is_content && adjunct_then_participle(t, c_end + 1) {
        None
    } else {
        content_after(t, c_end + 1, cw, quotes)
    };
    match (after, before_is_content) {
        (Some((content, _)), false) => {
            let mut f = Found {
                speaker,
                cue,
                content,
                confidence: 0.9,
            };
            // In a relative clause between commas the claim ends with the
            // clause: "Kapata, who denied the charges throughout the trial,
            // plans to appeal".
            if j >= 2 && t.eq_lower(j - 1, "who") && t.is_punct(j - 2, ',') {
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
                && (phrase_start < 2 || t.kind(phrase_start - 2) != Some(TokKind::CloseQuote)) =>
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
            Some(Found {
                speaker,
                cue,
                content,
                confidence: 0.85,
            })
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
            if let Some((more, split)) = after {
                if split {
                    content.extend(more);
                } else {
                    // Reported content both before and after: take the after part
                    // only when it is a quotation introduced by a colon or comma.
                }
            }
            Some(Found {
                speaker,
                cue,
                content,
                confidence: 0.9,
            })
        }
        (None, false) => None,
    }
}

/// An introductory adjunct before the speaker, ending in a comma: "On
/// Monday, …", "In a statement, …". Not content.
fn opening_adjunct(t: &Toks, a: usize, comma: usize) -> bool {
    if comma <= a {
        return false;
    }
    let first = t.lower(a);
    // A fronted subordinate or participle clause: "While emphasizing …,".
    if !matches!(t.kind(a), Some(TokKind::OpenQuote))
        && (is_clause_boundary(first)
            && !matches!(first, "that" | "and" | "but" | "or" | "so" | "yet" | "nor")
            || first.ends_with("ing")
                && t.is_cap(a)
                && (t.eq_lower(a + 1, "that")
                    || is_preposition(t.lower(a + 1))
                    || is_determiner(t.lower(a + 1))
                    || t.is_lower(a + 1) && is_subject_pronoun(t.s(a + 1))))
    {
        return true;
    }
    if comma - a > 8 || quote_ranges_within(t, a, comma) {
        return false;
    }
    // "At least 23 people were killed,", "Over 200 were detained,": a
    // figure's qualifier opens a clause, not an adjunct.
    let counted =
        |k: usize| t.kind(k) == Some(TokKind::Number) || t.has(k, NUMERAL) || t.eq_lower(k, "a");
    if matches!(
        (first, t.lower(a + 1)),
        ("at", "least" | "most") | ("up", "to")
    ) && counted(a + 2)
        || matches!(
            first,
            "over" | "about" | "around" | "nearly" | "almost" | "some"
        ) && counted(a + 1)
    {
        return false;
    }
    is_preposition(first)
        || matches!(
            first,
            "speaking"
                | "earlier"
                | "later"
                | "meanwhile"
                | "separately"
                | "however"
                | "yesterday"
                | "today"
                | "also"
                | "previously"
                | "asked"
                | "writing"
                | "responding"
                | "addressing"
        )
        || month(t.s(a)).is_some()
        || is_weekday(t.s(a))
        // "Last week,", "This morning,"; not "This is not true, …".
        || matches!(first, "last" | "this")
            && (t.has(a + 1, WEEKDAY | MONTH)
                || matches!(
                    t.lower(a + 1),
                    "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night"
                        | "weekend" | "spring" | "summer" | "autumn" | "fall" | "winter"
                        | "time" | "decade" | "century"
                ))
}

/// Whether the speaker before the cue at `c` follows a quotation:
/// `"…", Coach Lee said` or `"…," the mayor said`.
fn follows_quotation(t: &Toks, c: usize) -> bool {
    let mut k = c;
    while k > 0 && c - k < 8 && (t.is_word(k - 1) || t.is_punct(k - 1, '.')) {
        k -= 1;
    }
    k >= 2
        && (t.is_punct(k - 1, ',') && t.kind(k - 2) == Some(TokKind::CloseQuote)
            || t.kind(k - 1) == Some(TokKind::CloseQuote) && t.is_punct(k - 2, ','))
}

fn quote_ranges_within(t: &Toks, a: usize, b: usize) -> bool {
    (a..b).any(|i| matches!(t.kind(i), Some(TokKind::OpenQuote | TokKind::CloseQuote)))
}

/// Where the content before a trailing attribution starts: the sentence's
/// start, or after an earlier claim in the same sentence.
fn clause_start_before(t: &Toks, _end: usize, found: &[Found]) -> usize {
    let last_end = found
        .iter()
        .flat_map(|f| f.content.iter())
        .map(|s| s.end())
        .max();
    match last_end {
        Some(e) => {
            let mut i = 0;
            while i < t.len() && t.span(i).start() < e {
                i += 1;
            }
            // Skip the rest of that claim's attribution up to a comma.
            i
        }
        None => dateline_end(t),
    }
}

/// The first token after a wire dateline that opens the sentence:
/// "WASHINGTON (Reuters) - …", "KYIV, Ukraine — …". 0 when there is none.
pub fn dateline_end(t: &Toks) -> usize {
    let caps_place =
        t.is_word(0) && t.s(0).chars().count() >= 3 && t.s(0).chars().all(|c| !c.is_lowercase());
    // "(Beirut) –": a place in parentheses, as rights groups date their news.
    let bracketed_place = t.is_punct(0, '(')
        && t.is_cap(1)
        && (2..t.len().min(8))
            .find(|&k| t.is_punct(k, ')'))
            .is_some_and(|k| matches!(t.kind(k + 1), Some(TokKind::Punct('-' | '—' | '–'))));
    if !(caps_place || bracketed_place) {
        return 0;
    }
    let Some(dash) =
        (1..t.len().min(14)).find(|&k| matches!(t.kind(k), Some(TokKind::Punct('-' | '—' | '–'))))
    else {
        return 0;
    };
    let place_words = (0..dash).all(|k| match t.kind(k) {
        Some(TokKind::Word) => t.is_cap(k),
        Some(TokKind::Number) => true,
        Some(TokKind::Punct(',' | '(' | ')' | '.')) => true,
        _ => false,
    });
    // The sentence proper starts with a capital: "- The United States …".
    if place_words && (t.is_cap(dash + 1) || t.kind(dash + 1) == Some(TokKind::OpenQuote)) {
        dash + 1
    } else {
        0
    }
}

/// Content after a cue. Returns the content spans and whether it is the
/// second half of a split quotation (introduced by a comma or a colon and
/// an opening quotation mark after a complete attribution).
fn content_after(
    t: &Toks,
    start: usize,
    cw: CueWord,
    quotes: &[(usize, usize)],
) -> Option<(Vec<Span>, bool)> {
    let body = sentence_body_end(t);
    let n = t.len();
    let mut k = start;
    // "called out", "called for": the particle is part of the cue; "called
    // on X to …" keeps X.
    if cw.takes_object {
        // Skip the addressee: "told reporters", "told the BBC", "told AFP
        // news agency", "told a news conference".
        let mut m = k;
        if t.is_lower(m) && matches!(t.s(m), "the" | "a" | "an" | "his" | "her" | "their" | "its") {
            m += 1;
        }
        let caps = m;
        while m < body && t.is_cap(m) {
            m += 1;
        }
        while m < body
            && t.is_lower(m)
            && matches!(
                t.s(m),
                "reporters"
                    | "journalists"
                    | "news"
                    | "agency"
                    | "newspaper"
                    | "television"
                    | "radio"
                    | "conference"
                    | "briefing"
                    | "lawmakers"
                    | "parliament"
                    | "court"
                    | "broadcaster"
                    | "outlet"
                    | "channel"
                    | "website"
                    | "daily"
                    | "magazine"
                    | "crowd"
                    | "supporters"
                    | "audience"
                    | "me"
                    | "us"
                    | "him"
                    | "them"
                    | "officials"
                    | "local"
            )
        {
            m += 1;
        }
        if m > caps {
            k = m;
        }
    }
    // Scan over adjuncts for "that", a colon or a quotation.
    let mut m = k;
    while m < body && m - k < 16 {
        if t.eq_lower(m, "that") && m > k {
            let (a, b) = (m + 1, predicate_end(t, m + 1, body, quotes));
            return Some((vec![content_or_quote(t, a, b, quotes)?], false));
        }
        if t.is_punct(m, ':') || (t.is_punct(m, ',') && t.kind(m + 1) == Some(TokKind::OpenQuote)) {
            let split = t.is_punct(m, ',');
            return Some((
                vec![content_or_quote(t, m + 1, body.max(m + 2).min(n), quotes)?],
                split,
            ));
        }
        if t.kind(m) == Some(TokKind::OpenQuote) && m > k && starts_adjunct(t, k) {
            return Some((
                vec![content_or_quote(t, m, body.max(m + 1).min(n), quotes)?],
                false,
            ));
        }
        if !is_adjunct_token(t, m) {
            break;
        }
        m += 1;
    }
    if m >= body && (m > k || k >= body) {
        // Only adjuncts after the cue: a trailing attribution.
        return None;
    }
    // After a quotation and its speaker, a prepositional phrase to the end
    // is about the quotation: `"…", Coach Lee said of the 9-7 victory.`
    if follows_quotation(t, start.saturating_sub(1))
        && t.is_lower(k)
        && is_preposition(t.s(k))
        && !t.eq_lower(k, "to")
        && (k..body).all(|m| match t.kind(m) {
            Some(TokKind::Word) => {
                !(t.is_lower(m) && {
                    let w = t.lower(m);
                    is_clause_boundary(w) && !matches!(w, "and" | "after" | "before") || is_be(w)
                })
            }
            Some(TokKind::Number | TokKind::Punct(',' | '-' | '.')) => true,
            _ => false,
        })
    {
        return None;
    }
    // "that" opens the content, unless it points at a noun: "disputes that
    // figure", "denied that report."
    let determiner =
        t.is_lower(k + 1) && (k + 2 >= body || matches!(t.kind(k + 2), Some(TokKind::Punct(_))));
    if t.eq_lower(k, "that") && !determiner {
        k += 1;
    }
    if k >= body {
        return None;
    }
    // An instruction, not a claim: "asked Judge Cash to send his ruling",
    // "told residents to stay indoors".
    let directive = matches!(
        t.lower(start.saturating_sub(1)),
        "ask"
            | "asks"
            | "asked"
            | "tell"
            | "tells"
            | "told"
            | "urge"
            | "urges"
            | "urged"
            | "warn"
            | "warns"
            | "warned"
            | "order"
            | "orders"
            | "ordered"
            | "advise"
            | "advised"
            | "instruct"
            | "instructed"
            | "remind"
            | "reminded"
            | "encourage"
            | "encouraged"
            | "invite"
            | "invited"
    );
    if directive
        && !t.eq_lower(k.saturating_sub(1), "that")
        && (k..(k + 5).min(body))
            .find(|&m| {
                !t.is_word(m)
                    || t.eq_lower(m, "to")
                    || is_be(t.lower(m))
                    || is_aux_or_adverb(t.lower(m))
            })
            .is_some_and(|m| t.eq_lower(m, "to") && t.is_lower(m + 1) && !is_determiner(t.s(m + 1)))
    {
        return None;
    }
    // A bare weekday, then the content: "said Friday an inquiry had found".
    if t.has(k, WEEKDAY)
        && k + 1 < body
        && (is_determiner(t.lower(k + 1))
            || t.is_cap(k + 1)
            || is_subject_pronoun(t.lower(k + 1))
            || t.kind(k + 1) == Some(TokKind::Number)
            || t.kind(k + 1) == Some(TokKind::OpenQuote))
    {
        k += 1;
    }
    // An adjunct run starting with a preposition or a time word, then the
    // content without "that": "said on Monday the talks had failed".
    if m > k && m < body && starts_adjunct(t, k) && !t.is_punct(m, ',') {
        let probe = m;
        if (t.is_word(probe)
            && (t.is_cap(probe)
                || is_determiner(t.lower(probe))
                || is_subject_pronoun(t.lower(probe))))
            || t.kind(probe) == Some(TokKind::Number)
        {
            k = probe;
        }
    }
    let end = predicate_end(t, k, body, quotes);
    Some((
        vec![content_or_quote(t, k, end.max(k + 1).min(n), quotes)?],
        false,
    ))
}

/// Where reported content ends when the speaker's own sentence goes on with
/// a second predicate: "X has claimed that …, but has not produced any
/// evidence" ends the claim before ", but"; or with the writer's note on
/// how others took it: "X said 45 people were killed, a figure the
/// government rejected" ends it before ", a figure". Returns `body`
/// otherwise.
fn predicate_end(t: &Toks, a: usize, body: usize, quotes: &[(usize, usize)]) -> usize {
    let in_quote = |i: usize| quotes.iter().any(|&(o, c)| o < i && i < c);
    (a + 1..body.saturating_sub(2))
        .find(|&k| {
            reaction_apposition(t, k, body, &in_quote)
                || t.is_punct(k, ',')
                    && !in_quote(k)
                    && t.is_lower(k + 1)
                    && matches!(t.s(k + 1), "but" | "and" | "yet")
                    && t.is_lower(k + 2)
                    && {
                        let v = t.s(k + 2);
                        let auxiliary = matches!(v, "has" | "have" | "had" | "did" | "does" | "do")
                            || v.ends_with("n't");
                        // Only a predicate about backing the claim up: "but has
                        // not produced any evidence", "but declined to give details".
                        let about_support = (k + 2..body).any(|m| {
                            matches!(
                                t.lower(m),
                                "evidence" | "proof" | "details" | "substantiate" | "corroborate"
                            )
                        });
                        (auxiliary || matches!(v, "declined" | "refused" | "failed" | "offered"))
                            && about_support
                    }
        })
        .unwrap_or(body)
}

/// ", a figure the government rejected as …", ", a claim officials deny":
/// a noun for what was said, set off by a comma after the content, and
/// someone's reaction to it (a doubting cue: rejecting, denying, questioning).
fn reaction_apposition(t: &Toks, k: usize, body: usize, in_quote: &dyn Fn(usize) -> bool) -> bool {
    t.is_punct(k, ',')
        && !in_quote(k)
        && matches!(t.lower(k + 1), "a" | "an")
        && is_reaction_noun(t.lower(k + 2))
        // Someone's doubting verb from the cue lexicon: "rejected", "denies".
        && (k + 3..body).any(|m| {
            !in_quote(m)
                && t.has(m, CUE)
                && cue_word(t.lower(m), "").is_some_and(|c| c.strength == CueStrength::Doubting)
        })
}

fn content_or_quote(t: &Toks, a: usize, b: usize, quotes: &[(usize, usize)]) -> Option<Span> {
    // A quotation that runs past the body end (its closing mark after the stop).
    let mut b = b;
    if let Some(&(_, c)) = quotes.iter().find(|&&(o, _)| o == a) {
        if c >= b && c < t.len() {
            b = c + 1;
        }
    }
    unquote(t, a, b, quotes)
}

/// "Sunday, adding", "on Tuesday, saying": from `i`, a stretch of time or
/// place words, a comma, then a participle that goes on with the claim.
fn adjunct_then_participle(t: &Toks, i: usize) -> bool {
    adjunct_to_comma(t, i).is_some_and(|k| t.is_lower(k + 1) && t.s(k + 1).ends_with("ing"))
}

/// From `i`, a stretch of time or place words ("Sunday", "on Tuesday", "in
/// a statement") that ends at a comma: the comma's index.
fn adjunct_to_comma(t: &Toks, i: usize) -> Option<usize> {
    if !starts_adjunct(t, i) {
        return None;
    }
    let body = sentence_body_end(t);
    let mut k = i;
    while k < body && !t.is_punct(k, ',') {
        if !is_adjunct_token(t, k) {
            return None;
        }
        k += 1;
    }
    (k < body && t.is_punct(k, ',')).then_some(k)
}

fn starts_adjunct(t: &Toks, i: usize) -> bool {
    let w = t.lower(i);
    // "said Friday the talks had failed".
    t.has(i, WEEKDAY)
        || is_preposition(w)
        || matches!(
            w,
            "earlier" | "later" | "last" | "this" | "yesterday" | "today"
        )
}

/// Words that may sit between a cue and its "that": "in a statement on
/// December 20", "earlier this year", "to reporters".
fn is_adjunct_token(t: &Toks, i: usize) -> bool {
    match t.kind(i) {
        Some(TokKind::Number) => true,
        Some(TokKind::Punct(',')) => true,
        Some(TokKind::Word) => {
            if t.is_cap(i) {
                return true;
            }
            let w = t.lower(i);
            is_preposition(w)
                || is_determiner(w)
                || matches!(
                    w,
                    "statement"
                        | "statements"
                        | "interview"
                        | "conference"
                        | "reporters"
                        | "journalists"
                        | "earlier"
                        | "later"
                        | "last"
                        | "next"
                        | "year"
                        | "week"
                        | "month"
                        | "day"
                        | "weekend"
                        | "time"
                        | "news"
                        | "press"
                        | "briefing"
                        | "television"
                        | "radio"
                        | "separate"
                        | "written"
                        | "joint"
                        | "emailed"
                        | "online"
                        | "post"
                        | "tweet"
                        | "video"
                        | "speech"
                        | "address"
                        | "letter"
                        | "report"
                        | "released"
                        | "published"
                        | "issued"
                        | "yesterday"
                        | "today"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "recent"
                        | "televised"
                        | "message"
                        | "comments"
                        | "remarks"
                        | "telephone"
                        | "phone"
                        | "email"
                        | "social"
                        | "media"
                        | "platform"
                        | "website"
                        | "also"
                        | "previously"
                        | "publicly"
                        | "repeatedly"
                        | "again"
                        | "ago"
                        | "agency"
                        | "outlet"
                        | "newspaper"
                        | "broadcaster"
                        | "channel"
                        | "parliament"
                        | "session"
                        | "meeting"
                        | "hearing"
                        | "court"
                        | "summit"
                        | "rally"
                        | "visit"
                        | "evidence"
                        | "proof"
                        | "providing"
                        | "offering"
                        | "any"
                        | "posted"
                        | "shared"
                        | "account"
                        | "page"
                        | "blog"
                        | "regular"
                        | "daily"
                        | "weekly"
                        | "routine"
                        | "official"
                )
                || (w.len() > 4 && w.ends_with("ly"))
        }
        _ => false,
    }
}

/// The inverted order: `said X`, `said X, a spokesman for Y`.
fn inverted(
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
    let inverting = matches!(
        t.lower(c),
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
    );
    // …and then right after a quotation: `"…," said the old man`.
    let after_quote = c >= 1
        && (t.kind(c - 1) == Some(TokKind::CloseQuote)
            || c >= 2 && t.is_punct(c - 1, ',') && t.kind(c - 2) == Some(TokKind::CloseQuote));
    let described = inverting && after_quote && t.is_lower(a) && is_determiner(t.s(a));
    let speaker_word = |k: usize| {
        t.is_cap(k)
            || t.is_lower(k) && {
                let w = t.s(k);
                is_determiner(w)
                    || source_noun(w).is_some()
                    || matches!(w, "of" | "for")
                    || is_subject_pronoun(w)
                    // Adjectives and nouns of a description: "the old man".
                    || described
                        && k > a
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
    // A time or place after the speaker: "said the spokesman on Tuesday",
    // "said Jane Doe in Paris", "said the mayor yesterday".
    let adjunct_start = t.is_lower(e)
        && (is_preposition(t.s(e)) && !matches!(t.s(e), "of" | "for" | "to")
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
            let end_excl = if t.kind(c - 1) == Some(TokKind::CloseQuote) {
                c
            } else {
                c - 1
            };
            let mut content = vec![unquote(t, 0, end_excl, quotes)?];
            if g < body {
                // `"…," said the mayor on Tuesday, "and we will."`
                if t.kind(g + 1) != Some(TokKind::OpenQuote) {
                    return None;
                }
                content.push(content_or_quote(
                    t,
                    g + 1,
                    body.max(g + 2).min(t.len()),
                    quotes,
                )?);
            }
            return Some(Found {
                speaker: Speaker::Phrase(phrase),
                cue: Some((t.range(c, c_end), _cw.strength)),
                content,
                confidence: 0.8,
            });
        }
        return None;
    }
    // Any other word after the speaker makes it a clause.
    if e < body && t.is_word(e) {
        return None;
    }
    if e - a == 1 && t.is_lower(a) && is_subject_pronoun(t.s(a)) {
        // `"…," said he.`
        let end_excl = if t.kind(c - 1) == Some(TokKind::CloseQuote) {
            c
        } else {
            c - 1
        };
        let first = unquote(t, 0, end_excl, quotes)?;
        return Some(Found {
            speaker: Speaker::Pronoun(t.span(a)),
            cue: Some((t.range(c, c_end), _cw.strength)),
            content: vec![first],
            confidence: 0.8,
        });
    }
    let phrase = parse_phrase(t, a, e - 1)?;
    let mut phrase = phrase;
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
                phrase.role = role_from_apposition(t, e + 1, f - 1);
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
                let relative = t.is_lower(tail + 1) && matches!(t.s(tail + 1), "who" | "whose");
                if !relative
                    && (tail + 1..g).any(|k| {
                        t.is_lower(k)
                            && (is_clause_boundary(t.s(k)) && t.s(k) != "and" || t.has(k, CUE))
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
    if tail < body && split.is_empty() {
        return None;
    }
    let end_excl = if t.kind(c - 1) == Some(TokKind::CloseQuote) {
        c
    } else {
        c - 1
    };
    let first = unquote(t, 0, end_excl, quotes)?;
    let mut content = vec![first];
    content.extend(split);
    Some(Found {
        speaker: Speaker::Phrase(phrase),
        cue: Some((t.range(c, c_end), _cw.strength)),
        content,
        confidence: 0.85,
    })
}

fn role_from_apposition(t: &Toks, a: usize, b: usize) -> Option<Span> {
    let mut a = a;
    // "who is a judge in …": the role follows the relative pronoun.
    if t.eq_lower(a, "who") && matches!(t.lower(a + 1), "is" | "was") {
        a += 2;
    }
    while a <= b && t.is_lower(a) && matches!(t.s(a), "a" | "an" | "the") {
        a += 1;
    }
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
        && (is_preposition(t.s(a + 1)) || matches!(t.s(a + 1), "last" | "this" | "earlier"))
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

/// "A spokesman for the army, Maj. Gen. Zaw Tun", "the magistrate, K. J.
/// Moore": when a description (tokens `desc`) is followed by a name in
/// apposition (tokens `app`, inclusive), the name is the speaker and the
/// description its role.
fn named_in_apposition(
    t: &Toks,
    described: &Phrase,
    desc: (usize, usize),
    app: (usize, usize),
) -> Option<Phrase> {
    let proper = described
        .name
        .of(t.text)
        .starts_with(|c: char| c.is_uppercase());
    // "The mayor of Canoas, Jairo Jorge": a role of a named place or body
    // describes the person named next, as "the head of the agency" does.
    // So does a title of one, capitalised or not: "The Mayor of London, Sadiq Khan".
    let name = described.name.of(t.text);
    let role_of_name = proper
        && described.affiliation.is_none()
        && (desc.0..desc.1).any(|k| t.is_lower(k) && t.s(k) == "of")
        && match described.role {
            Some(r) => r.of(t.text).starts_with(|c: char| c.is_lowercase()),
            None => name.contains(" of ") && name.split(' ').next().is_some_and(is_title),
        };
    let common = described.acronym.is_none() && (!proper || role_of_name);
    let (a, b) = app;
    let named = a <= b
        && (a..=b).all(|k| t.is_cap(k) || t.is_punct(k, '.'))
        && (a..=b).filter(|&k| t.is_cap(k)).count() >= 2;
    if !(common && named) {
        return None;
    }
    let mut person = parse_phrase(t, a, b)?;
    if !matches!(person.kind, EntityKind::Person | EntityKind::Unknown) {
        return None;
    }
    person.kind = EntityKind::Person;
    // The description without its article or possessor: "A police
    // spokesperson" is a "police spokesperson"; in "Amnesty's executive
    // director" the organisation is the affiliation.
    person.role = Some(if role_of_name {
        // The whole description without its article: "mayor of Canoas".
        let first = (desc.0..=desc.1)
            .find(|&k| !(t.is_word(k) && matches!(t.lower(k), "the" | "a" | "an")))
            .unwrap_or(desc.0);
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

/// "According to X, …" / "…, according to X."
fn according_to(t: &Toks, i: usize) -> Option<Found> {
    let body = sentence_body_end(t);
    let a = i + 2;
    let mut e = a;
    while e < body && !t.is_punct(e, ',') && t.kind(e) != Some(TokKind::OpenQuote) {
        e += 1;
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
        None => return None,
    };
    let quotes = quote_ranges(t);
    let content = if i == 0
        || (i > 0 && opening_adjunct(t, 0, i.saturating_sub(1)) && t.is_punct(i - 1, ','))
    {
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
                    && (is_be(t.s(k))
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
                    confidence: 0.85,
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
        confidence: 0.85,
    })
}

/// A sentence that is only a quotation: it continues the previous speaker.
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
    let c = (1..colon).rev().find(|&k| t.is_lower(k) && t.has(k, CUE))?;
    if !(c + 1..colon).all(|k| is_adjunct_token(t, k)) {
        return None;
    }
    let cw = cue_word(t.s(c), "")?;
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
        confidence: 0.7,
    })
}

fn quotation_only(
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
            confidence: 0.7,
        });
    }
    if inside_quote {
        let content = content_span(t, 0, t.len())?;
        let _ = sentence;
        return Some(Found {
            speaker: Speaker::Continuation,
            cue: None,
            content: vec![content],
            confidence: 0.6,
        });
    }
    None
}

/// The speaker phrase that ends at token `end` (inclusive), found by walking
/// left to the start of its clause. Returns its first token and the speaker.
fn speaker_before(t: &Toks, end: usize) -> Option<(usize, Speaker)> {
    let found = speaker_before_plain(t, end).or_else(|| speaker_before_relative(t, end));
    // "The party that rules the country said": the object of a relative
    // clause is not who speaks; the noun before the clause is.
    // "Officials who spoke to AFP said": the same, with a preposition.
    // "Doctors who treated the wounded said": with an object that is no
    // speaker at all.
    let start = found.as_ref().map_or(end, |f| f.0);
    let verb = |k: usize| {
        t.is_lower(k)
            && !is_preposition(t.s(k))
            && !is_determiner(t.s(k))
            && !is_clause_boundary(t.lower(k))
            && !t.has(k, CUE)
    };
    let relative = (start.saturating_sub(4)..=start).rev().find(|&r| {
        r >= 1
            && t.is_lower(r)
            && matches!(t.s(r), "that" | "who" | "which")
            && t.is_word(r - 1)
            && r < end
            && verb(r + 1)
            && (r + 2..=start.max(r + 1)).all(|k| {
                k > end
                    || k == start
                    || t.is_lower(k) && (is_preposition(t.s(k)) || is_determiner(t.s(k)))
            })
    });
    if let Some(r) = relative {
        if let Some((s0, Speaker::Phrase(mut p))) = speaker_before_plain(t, r - 1) {
            p.mention = t.range(s0, r - 1);
            return Some((s0, Speaker::Phrase(p)));
        }
    }
    found
}

/// "Jane Doe, who retired in 1955 said …": a relative clause between the
/// speaker and the cue, when no speaker stands right before the cue.
fn speaker_before_relative(t: &Toks, end: usize) -> Option<(usize, Speaker)> {
    // Not before a plural noun used as a cue ("hit-run charges") nor after
    // an auxiliary ("who will be urged").
    let cue = t.s(end + 1);
    if cue.ends_with('s') || t.is_lower(end) && (is_aux_or_adverb(t.s(end)) || is_be(t.s(end))) {
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

fn speaker_before_plain(t: &Toks, end: usize) -> Option<(usize, Speaker)> {
    // "X, a doctor, said": an apposition between commas, or between dashes
    // ("NATO - the alliance - said").
    let sep = match t.kind(end) {
        Some(TokKind::Punct(c @ (',' | '—' | '–' | '-'))) => Some(c),
        _ => None,
    };
    if let Some(sep) = sep {
        let mut p = end;
        while p > 0 {
            p -= 1;
            if t.is_punct(p, sep) {
                break;
            }
            let inside = t.is_word(p)
                || t.is_punct(p, '.')
                || t.is_punct(p, '-') && sep != '-'
                || t.kind(p) == Some(TokKind::Number);
            if !inside {
                return None;
            }
        }
        if p == 0 || !t.is_punct(p, sep) || end - p < 2 {
            return None;
        }
        // An age ("Jane Doe, 54, said") or a discourse adverb ("The
        // minister, however, said") between commas is no role.
        if end - p == 2 {
            let w = t.lower(p + 1);
            let age = t.kind(p + 1) == Some(TokKind::Number) && w.len() <= 3;
            let adverb = t.is_lower(p + 1)
                && matches!(
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
                );
            if age || adverb {
                return speaker_before(t, p - 1);
            }
        }
        // Any other number makes it an address or a score, not a role.
        if (p + 1..end).any(|k| t.kind(k) == Some(TokKind::Number)) {
            return None;
        }
        // An age before the apposition: "John Smith, 54, a farmer, said".
        let inner_end = if p >= 3
            && t.kind(p - 1) == Some(TokKind::Number)
            && t.s(p - 1).len() <= 3
            && t.is_punct(p - 2, ',')
        {
            p - 3
        } else {
            p - 1
        };
        let (start, sp) = speaker_before(t, inner_end)?;
        if let Speaker::Phrase(mut ph) = sp {
            // "A spokesman for the army, Maj. Gen. Zaw Tun, said".
            if let Some(person) = named_in_apposition(t, &ph, (start, inner_end), (p + 1, end - 1))
            {
                return Some((start, Speaker::Phrase(person)));
            }
            if ph.role.is_none() {
                ph.role = role_from_apposition(t, p + 1, end - 1);
            }
            if ph.kind == EntityKind::Unknown {
                ph.kind = EntityKind::Person;
            }
            ph.mention = t.range(start, end - 1);
            return Some((start, Speaker::Phrase(ph)));
        }
        return None;
    }
    if t.is_word(end) && t.is_lower(end) && is_subject_pronoun(t.s(end)) {
        return Some((end, Speaker::Pronoun(t.span(end))));
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
                if k != end && t.is_cap(k) && is_clause_boundary(lw) && !all_caps(t.s(k)) {
                    break;
                }
                if t.is_lower(k) && k != end && !published_in(t, k) {
                    if is_clause_boundary(lw)
                        || is_aux_or_adverb(lw) && !is_determiner(lw)
                        || (t.has(k, CUE)
                            && !(k > 0 && t.is_word(k - 1) && is_determiner(t.lower(k - 1))))
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
                        && !(k > 0 && t.is_word(k - 1) && is_determiner(t.lower(k - 1)))
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
            Some(TokKind::Punct('&' | '.')) if k != end => start = k,
            _ => break,
        }
        if k == 0 {
            break;
        }
        k -= 1;
    }
    // Trim leading tokens that cannot open a phrase ("and", "so-called").
    while start < end
        && (is_clause_boundary(t.lower(start)) && !all_caps(t.s(start))
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
            && !is_determiner(t.s(k - 1))
            && !is_preposition(t.s(k - 1))
    }) {
        start = k;
    }
    // A fronted place or time: "In their cottage the police found …" keeps
    // the phrase after its last article; with none, there is no speaker.
    if is_preposition(t.lower(start)) {
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
    if (start..end).any(|k| t.eq_lower(k, "to") && t.is_lower(k + 1) && !is_determiner(t.s(k + 1)))
    {
        return None;
    }
    if end - start > 14 {
        return None;
    }
    let phrase = parse_phrase(t, start, end)?;
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
            | "in"
            | "on"
            | "at"
    ) {
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
        return None;
    }
    let p = parse_phrase(t, 0, e - 1)?;
    (p.kind == EntityKind::Person && p.affiliation.is_none()).then_some(p)
}

/// "called the vote \"a historic moment\"": naming something in quoted
/// words is a claim; "called him Bob" or "called the meeting" is not.
fn calling_quoted(t: &Toks, i: usize) -> Option<CueWord> {
    if !matches!(t.s(i), "call" | "calls" | "called" | "calling") {
        return None;
    }
    let q = (i + 2..=i + 6).find(|&k| !t.is_word(k))?;
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

/// "Police in the capital", "Kenyan officials in Nairobi", "a spokesman at
/// the embassy": a source noun (not an organisation's) before a preposition
/// of place, then where (tokens `a..=b`, no verbs in them).
fn placed_source(
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
                "in" | "at" | "from" | "across" | "near" | "inside" | "outside"
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
    if (a..k - 1).any(|j| t.is_cap(j) && !is_determiner(t.lower(j))) && k - 1 > a + 1 {
        return None;
    }
    let mut start = a;
    while start < k - 1 && (is_determiner(t.lower(start)) || t.eq_lower(start, "one")) {
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
    if a == b && is_subject_pronoun(t.lower(a)) {
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
    }
    // The head must be a name or a noun that can speak.
    let head = t.s(b2);
    let head_l = t.lower(b2);
    if !t.is_word(b2) || is_function_word(head_l) && !is_acronym(head) {
        return None;
    }
    // A verb inside makes it a clause, not a phrase: "the clinic had no power".
    if (a..b2).any(|k| {
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
                        | "did"
                        | "does"
                        | "not"
                )
                || t.has(k, CUE) && !(k > 0 && t.is_word(k - 1) && is_determiner(t.lower(k - 1)))
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
    let noun_kind = if t.is_lower(b2) || sentence_initial_noun {
        // "director-general", "secretary-general": the first part's kind.
        let hyphen_head = head_l.split('-').next().filter(|_| head_l.contains('-'));
        match source_noun(head_l).or_else(|| hyphen_head.and_then(source_noun)) {
            Some(k) => Some(k),
            None if looks_like_agent(head_l) => Some(if head_l.ends_with('s') {
                EntityKind::Group
            } else {
                EntityKind::Person
            }),
            // "the panel", "a noted author", "Ukraine's air force": a
            // described source.
            None if (a..b2).any(|k| {
                t.is_word(k)
                    && (is_determiner(t.lower(k))
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
            None => return None,
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
    for k in a..b2 {
        let w = t.s(k);
        if (w.ends_with("'s") || w.ends_with("’s")) && t.is_word(k) && !spelled {
            let next_lower = t.is_lower(k + 1);
            let next_org = t.is_cap(k + 1) && is_org_word(t.s(k + 1));
            if next_lower || !next_org {
                let mut s0 = a;
                while s0 < k && t.is_lower(s0) && is_determiner(t.s(s0)) {
                    s0 += 1;
                }
                let base_end = t.span(k).end() - if w.ends_with("'s") { 2 } else { "’s".len() };
                affiliation = Span::new(t.text, t.span(s0).start(), base_end);
                name_start = k + 1;
            }
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
    // document's owner speaks.
    if name_start == b2 && t.is_lower(b2) && is_document_noun(t.lower(b2)) {
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
    if name_start < b2 && t.is_lower(name_start) && is_document_noun(t.lower(name_start)) {
        let prep = name_start + 1;
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

    if let Some(kind) = noun_kind {
        // A common-noun phrase: "local officials", "a spokesman for the ministry".
        // A capitalised name at its end ("spokesman John Smith") is handled below.
        let name = t.range(name_start, b2);
        let kind = if affiliation.is_some() && kind == EntityKind::Organization {
            EntityKind::Organization
        } else {
            kind
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

    // "Dr. Ruth Alma of the Geological Survey": a person, then where they work.
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
    Some(Phrase {
        mention,
        name,
        role,
        affiliation,
        acronym,
        kind,
    })
}

/// "James W. Dorsey": a single-letter initial marks a person's name.
fn words_have_initial(t: &Toks, a: usize, b: usize) -> bool {
    (a..b).any(|k| t.is_cap(k) && t.s(k).chars().count() == 1 && t.is_punct(k + 1, '.'))
}

/// Lower-case nouns for people by their suffix: "researchers", "lawmakers".
fn looks_like_agent(w: &str) -> bool {
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
fn published_in(t: &Toks, k: usize) -> bool {
    k > 0
        && is_document_participle(t.lower(k))
        && matches!(
            t.lower(k + 1),
            "in" | "by" | "on" | "last" | "this" | "earlier"
        )
        && (is_study_noun(t.lower(k - 1))
            // "a report by Amnesty International released on Tuesday".
            || (k.saturating_sub(8)..k.saturating_sub(2)).any(|m| {
                is_study_noun(t.lower(m))
                    && t.is_lower(m + 1)
                    && matches!(t.s(m + 1), "by" | "from" | "of")
                    && (m + 2..k).all(|j| {
                        t.is_cap(j) || t.is_lower(j) && matches!(t.s(j), "the" | "of" | "for" | "and")
                    })
            }))
}

/// What is done to a document: "published", "released".
fn is_document_participle(w: &str) -> bool {
    matches!(
        w,
        "published" | "released" | "issued" | "commissioned" | "conducted"
    )
}

fn is_study_noun(w: &str) -> bool {
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
    )
}

/// "WHO", "AND": an acronym in capitals, not the word spelled the same.
fn all_caps(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
}

pub fn is_acronym(w: &str) -> bool {
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars().count() <= 10
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&' || c == '.' || c == '-')
}

/// Cue verbs that take a thing as their object ("dismissed the report",
/// "condemned the attack"), after which "and said …" is the same speaker's
/// next claim.
fn is_object_cue(w: &str) -> bool {
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
fn is_quantifier_subject(w: &str) -> bool {
    matches!(
        w,
        "several"
            | "many"
            | "some"
            | "most"
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
fn is_data_noun(w: &str) -> bool {
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
fn is_reaction_noun(w: &str) -> bool {
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
