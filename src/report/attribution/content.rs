//! Content cutting: where what was claimed starts and ends around a cue.
//!
//! Content starts right after the cue, its complementizer ("that") or its
//! colon, past adjuncts of time and place ("said on Monday that"); it ends at
//! the sentence's end, before a second predicate of the speaker's own
//! sentence, or before the narrator's note on how others took it.

use super::Found;
use crate::report::lexicon::*;
use crate::report::model::CueStrength;
use crate::report::span::Span;
use crate::report::tokens::{TokKind, Toks, CUE, DATE_WORD, MONTH, WEEKDAY};

/// Shortens a found claim's content so that it ends before `at`, dropping
/// a trailing comma, semicolon or coordinator.
pub(super) fn cut_before(f: &mut Found, t: &Toks, at: usize) {
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
                        && (is_coordinator(last)
                            || is_when_conjunction(last)
                            || is_subordinator(last)
                            || is_preposition(last));
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
pub(super) fn content_span(t: &Toks, a: usize, b: usize) -> Option<Span> {
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
    // "But with each contest, supporters say, it gets harder": the word
    // that joins the sentence to the one before is the narrator's.
    if a == 0
        && a + 2 < b
        && t.is_word(a)
        && matches!(t.lower(a), "but" | "and" | "so" | "yet" | "still")
    {
        a += 1;
        while a < b && t.is_punct(a, ',') {
            a += 1;
        }
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

/// The quotation of `quotes` (in order, from `quote_ranges`) that opens at
/// token `a`: one binary search.
fn opening_at(quotes: &[(usize, usize)], a: usize) -> Option<&(usize, usize)> {
    let k = quotes.partition_point(|&(o, _)| o < a);
    quotes.get(k).filter(|&&(o, _)| o == a)
}

/// Content that is exactly one quotation becomes its inner text (without
/// a trailing comma); otherwise the span stays as it is.
pub(super) fn unquote(t: &Toks, a: usize, b: usize, quotes: &[(usize, usize)]) -> Option<Span> {
    // b is exclusive. Drop trailing sentence punctuation outside the quote.
    let mut b2 = b;
    while b2 > a && matches!(t.kind(b2 - 1), Some(TokKind::Punct(',' | '.' | ':' | ';'))) {
        b2 -= 1;
    }
    let mut a2 = a;
    while a2 < b2 && matches!(t.kind(a2), Some(TokKind::Punct(',' | ':' | ';'))) {
        a2 += 1;
    }
    if let Some(&(o, c)) = opening_at(quotes, a2) {
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
pub(super) fn sentence_body_end(t: &Toks) -> usize {
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

/// An introductory adjunct before the speaker, ending in a comma: "On
/// Monday, …", "In a statement, …". Not content.
pub(super) fn opening_adjunct(t: &Toks, a: usize, comma: usize) -> bool {
    if comma <= a {
        return false;
    }
    let first = t.lower(a);
    // A fronted subordinate or participle clause: "While emphasizing …,".
    // Not when a main clause follows the fronted clause's own comma: in "If
    // the landlord refuses to mend the roof, tenants may withhold rent, Varga
    // said." the whole sentence is what Varga said.
    let main_clause_after = || {
        (a + 2..comma).any(|k| {
            t.is_punct(k, ',')
                && (k + 1..comma.min(k + 9)).any(|v| super::rules::is_finite_verb(t, v))
        })
    };
    if !matches!(t.kind(a), Some(TokKind::OpenQuote))
        && (is_clause_boundary(first)
            && !matches!(first, "that" | "and" | "but" | "or" | "so" | "yet" | "nor")
            && !main_clause_after()
            // "Asked about the merger, …": a question put to the speaker.
            || first == "asked" && t.is_cap(a)
            || first.ends_with("ing")
                && t.is_cap(a)
                && (t.eq_lower(a + 1, "that")
                    || t.word_is(a + 1, PREPOSITION)
                    || t.word_is(a + 1, DETERMINER)
                    || t.is_lower(a + 1) && t.lower_word_is(a + 1, SUBJECT_PRONOUN)))
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
    // "Minutes later,", "Two weeks ago,": a time counted back or on.
    let time_on = comma - a <= 4
        && matches!(
            t.lower(comma - 1),
            "later" | "earlier" | "ago" | "afterward" | "afterwards"
        );
    // "Still,", "Ultimately,": one adverb. Not one of viewpoint
    // ("Economically, …, Martin said, …"), which is the claim's own.
    let adverb = comma == a + 1
        && t.is_cap(a)
        && (is_aux_or_adverb(first)
            && !is_auxiliary(first)
            && !is_be(first)
            && !first.ends_with("ally")
            || matches!(first, "instead" | "indeed"));
    time_on
        || adverb
        || is_preposition(first)
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
pub(super) fn follows_quotation(t: &Toks, c: usize) -> bool {
    let mut k = c;
    while k > 0 && c - k < 8 && (t.is_word(k - 1) || t.is_punct(k - 1, '.')) {
        k -= 1;
    }
    k >= 2
        && (t.is_punct(k - 1, ',') && t.kind(k - 2) == Some(TokKind::CloseQuote)
            || t.kind(k - 1) == Some(TokKind::CloseQuote) && t.is_punct(k - 2, ','))
}

pub(super) fn quote_ranges_within(t: &Toks, a: usize, b: usize) -> bool {
    (a..b).any(|i| matches!(t.kind(i), Some(TokKind::OpenQuote | TokKind::CloseQuote)))
}

/// Where the content before a trailing attribution starts: the sentence's
/// start, or after an earlier claim in the same sentence.
pub(super) fn clause_start_before(t: &Toks, _end: usize, found: &[Found]) -> usize {
    let last_end = found
        .iter()
        .flat_map(|f| f.content.iter())
        .map(|s| s.end())
        .max();
    match last_end {
        // The first token at or after that end (tokens are in text order).
        Some(e) => t.toks.partition_point(|k| k.span.start() < e),
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
pub(super) fn content_after(
    t: &Toks,
    start: usize,
    cw: CueWord,
    quotes: &[(usize, usize)],
) -> Option<(Vec<Span>, bool)> {
    let body = sentence_body_end(t);
    let n = t.len();
    // "…, hydrologists say; in 2019 …": a semicolon ends the attribution.
    if t.is_punct(start, ';') {
        return None;
    }
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
                    | "paper"
                    | "station"
                    | "show"
                    | "program"
                    | "programme"
                    | "podcast"
                    | "panel"
                    | "jury"
                    | "committee"
                    | "hearing"
                    | "rally"
                    | "gathering"
                    | "voters"
                    | "students"
                    | "delegates"
            )
        {
            m += 1;
        }
        if m > caps {
            k = m;
        }
    }
    // "told the raucous crowd that …", "told the local paper, The Chief,
    // that …": past the one told to "that".
    if cw.takes_object {
        let that = (k + 1..(k + 14).min(body)).find(|&m| t.eq_lower(m, "that"));
        if let Some(m) = that.filter(|&m| (k..m).all(|x| is_noun_phrase_token(t, x))) {
            let (a, b) = (m + 1, predicate_end(t, m + 1, body, quotes));
            return Some((vec![content_or_quote(t, a, b, quotes)?], false));
        }
    }
    // "said in her opening remarks on the second day that …", "telling
    // voters and their families that …": a longer run of adjuncts or of the
    // one told, then "that".
    // (", among other things, that …": an aside in commas.)
    let aside = k + usize::from(t.is_punct(k, ','));
    // Not a figure's qualifier: "said at least 40 people died".
    let qualifier = t.eq_lower(aside, "at") && matches!(t.lower(aside + 1), "least" | "most");
    if (starts_adjunct(t, aside) || cw.takes_object) && !qualifier {
        if let Some(m) = complementizer_after(t, aside, body) {
            let (a, b) = (m + 1, predicate_end(t, m + 1, body, quotes));
            return Some((vec![content_or_quote(t, a, b, quotes)?], false));
        }
    }
    // "said of the governor, "He …"": what the quotation is about, then
    // the quotation.
    // ("of" may already be part of the cue.)
    let about = if t.eq_lower(k, "of") {
        Some(k + 1)
    } else if k > 0 && k == start && t.eq_lower(k - 1, "of") {
        Some(k)
    } else {
        None
    };
    if let Some(a) = about {
        let comma = (a + 1..(a + 9).min(body)).find(|&m| t.is_punct(m, ',') || t.is_punct(m, ':'));
        if let Some(m) = comma.filter(|&m| {
            (t.kind(m + 1) == Some(TokKind::OpenQuote) || t.is_punct(m, ':'))
                && (a..m).all(|x| t.is_word(x) || t.is_punct(x, '.'))
        }) {
            return Some((
                vec![content_or_quote(t, m + 1, body.max(m + 2).min(n), quotes)?],
                false,
            ));
        }
        // "said of the loss that …"; otherwise what was said of it is not
        // here ("What she said of the plan was kind").
        let that = (a + 1..(a + 9).min(body))
            .find(|&m| t.eq_lower(m, "that"))
            .filter(|&m| (a..m).all(|x| t.is_word(x)));
        if let Some(m) = that {
            let end = predicate_end(t, m + 1, body, quotes);
            return Some((vec![content_or_quote(t, m + 1, end, quotes)?], false));
        }
    }
    // Scan over adjuncts for "that", a colon or a quotation.
    let mut m = k;
    while m < body && m - k < 16 {
        if t.eq_lower(m, "that") && m > k {
            if !opens_clause(t, m, body) {
                // "in that case": a determiner, part of the adjunct.
                m += 1;
                continue;
            }
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
    // Only adjuncts after the cue: a trailing attribution ("…, X said on
    // Tuesday"). But a verb of stance takes an object that looks like one:
    // "criticized Clinton during a rally in Hartford".
    let object = k < body
        && start > 0
        && takes_object_content(t.lower(start - 1))
        && !t.has(k, WEEKDAY | MONTH | DATE_WORD)
        && (t.is_cap(k)
            || t.is_lower(k)
                && t.lower_word_is(k, DETERMINER)
                && !matches!(t.s(k), "this" | "last" | "next"));
    if m >= body && (m > k || k >= body) && !object {
        return None;
    }
    // Adjuncts, then a clause of when or why: still a trailing attribution
    // ("…, a prosecutor told the court on Tuesday as his trial opened").
    // Not "said as many as 40 died", nor with no adjunct before it ("…,
    // he said, because …" goes on with the content).
    let subordinate = match t.lower(m) {
        "as" => !matches!(
            t.lower(m + 1),
            "many" | "much" | "few" | "little" | "well" | "high" | "low" | "a" | "an" | "of"
        ),
        "when" | "while" | "because" | "whereas" | "although" | "though" => true,
        _ => false,
    };
    // Only after a plain verb of saying: "described it as unhinged" and
    // "asked when it is worth it" hold their content there.
    let plain = start > 0
        && matches!(
            t.lower(start - 1),
            "said" | "says" | "told" | "tells" | "added" | "adds"
        );
    if m > k
        && m < body
        && t.is_lower(m)
        && subordinate
        && plain
        && !object
        && (k..m).all(|x| t.is_word(x) || t.kind(x) == Some(TokKind::Number))
        // To the end with no main clause after it: "…, said on Monday
        // while he feared a split, that the talks …" goes on.
        && (m..body).all(|x| {
            !t.is_punct(x, ',')
                && !matches!(t.kind(x), Some(TokKind::OpenQuote | TokKind::CloseQuote))
        })
    {
        return None;
    }
    // After a quotation and its speaker, a prepositional phrase to the end
    // is about the quotation: `"…", Coach Lee said of the 9-7 victory.`
    if follows_quotation(t, start.saturating_sub(1))
        && t.is_lower(k)
        && t.lower_word_is(k, PREPOSITION)
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
    // A bare weekday, then the content: "said Friday an inquiry had found".
    if t.has(k, WEEKDAY)
        && k + 1 < body
        && (t.word_is(k + 1, DETERMINER)
            || t.is_cap(k + 1)
            || t.word_is(k + 1, SUBJECT_PRONOUN)
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
                || t.word_is(probe, DETERMINER)
                || t.word_is(probe, SUBJECT_PRONOUN)))
            || t.kind(probe) == Some(TokKind::Number)
        {
            k = probe;
        }
    }
    let mut end = predicate_end(t, k, body, quotes);
    if let Some(p) = occasion_start(t, k, end, quotes) {
        end = p;
    }
    Some((
        vec![content_or_quote(t, k, end.max(k + 1).min(n), quotes)?],
        false,
    ))
}

/// "criticized Clinton during a rally in Hartford", "posted the picture
/// on Twitter", "endorsed Vale in an interview with the Post": what a verb
/// of stance takes as its object ends before the occasion it was taken on
/// (a preposition, then within a few words a speech, a post, an interview
/// or a meeting). Not in a clause with a verb of its own before the
/// occasion, where the occasion may be the clause's ("said she would speak
/// at a rally").
fn occasion_start(t: &Toks, k: usize, end: usize, quotes: &[(usize, usize)]) -> Option<usize> {
    let end = end.min(t.len());
    // The occasion first, which few contents have; then the verbs.
    // (Over the sentence's prepositions only: this runs over the rest of
    // the sentence from each cue.)
    let after = t.prepositions.partition_point(|&p| p <= k);
    let candidates = t.prepositions.get(after..).unwrap_or(&[]);
    let p = candidates.iter().copied().take_while(|&p| p < end).find(|&p| {
        matches!(t.s(p), "in" | "at" | "during" | "on" | "via")
            // Not words quoted: "in the event Congress …".
            && !super::inside(quotes, p)
            && (p + 1..(p + 6).min(end)).any(|m| {
                // The noun heads its phrase: not "an email system", "a video
                // of the encounter".
                is_occasion_noun(t.lower(m))
                    && (p + 1..m).all(|x| !(t.is_lower(x) && t.lower_word_is(x, PREPOSITION)))
                    && !(t.is_lower(m + 1) && (!t.lower_word_is(m + 1, PREPOSITION) || t.s(m + 1) == "of"))
                    // A conference of the press, not of delegates.
                    && (t.lower(m) != "conference"
                        || matches!(t.lower(m - 1), "news" | "press" | "video" | "phone"))
            })
    })?;
    // Only before the occasion: what follows it ("…, saying the group
    // was …") is another clause.
    // A word in "-s" after a possessive name is a noun: "the CLO's figures".
    let possessed = |m: usize| {
        m > 0 && t.is_cap(m - 1) && (t.s(m - 1).ends_with("'s") || t.s(m - 1).ends_with("’s"))
    };
    let own_verb = (k..p).any(|m| {
        super::rules::is_finite_verb(t, m) && !possessed(m)
            || t.eq_lower(m, "that")
            || super::inside(quotes, m)
    });
    (!own_verb).then_some(p)
}

/// What a claim is made on or at: "a rally", "an interview", "Twitter".
fn is_occasion_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "interview"
            | "tweet"
            | "tweets"
            | "twitter"
            | "facebook"
            | "instagram"
            | "speech"
            | "debate"
            | "forum"
            | "appearance"
            | "rally"
            | "conference"
            | "email"
            | "e-mail"
            | "call"
            | "briefing"
            | "hall"
            | "event"
            | "website"
            | "op-ed"
            | "letter"
            | "broadcast"
            | "podcast"
            | "column"
            | "editorial"
            | "diatribe"
            | "remarks"
            | "video"
    )
}

/// Where reported content ends when the speaker's own sentence goes on with
/// a second predicate: "X has claimed that …, but has not produced any
/// evidence" ends the claim before ", but"; or with the writer's note on
/// how others took it: "X said 45 people were killed, a figure the
/// government rejected" ends it before ", a figure". Returns `body`
/// otherwise.
///
/// `quotes` are the sentence's own (`quote_ranges`), so for one `body` the
/// answer depends on `a` alone: the first end after it. The last search is
/// kept on `t`, and a search from inside the stretch it covered takes its
/// answer, so the searches from every cue word of a sentence look at each
/// token about once.
pub(super) fn predicate_end(t: &Toks, a: usize, body: usize, quotes: &[(usize, usize)]) -> usize {
    let from = a + 1;
    if let Some((f, b, end)) = t.content_end.get() {
        if b == body && f <= from && from <= end {
            return end;
        }
    }
    let end = predicate_end_from(t, from, body, quotes);
    t.content_end.set(Some((from, body, end)));
    end
}

fn predicate_end_from(t: &Toks, from: usize, body: usize, quotes: &[(usize, usize)]) -> usize {
    let in_quote = |i: usize| super::inside(quotes, i);
    // A dash with no second one after it sets off the narrator's aside:
    // "… as a “con artist” ― just as he did in 2012", "… to drilling —
    // probably not what she had in mind". A pair of dashes is a
    // parenthesis inside the claim.
    let dash = |k: usize| t.is_punct(k, '—') || t.is_punct(k, '―');
    // Not a dash before more of the same claim: "— including Jeb Bush",
    // "— and more", "— like helping the uninsured", "— “so that …”".
    let elaborates = |d: usize| {
        t.kind(d + 1) == Some(TokKind::OpenQuote)
            || t.is_lower(d + 1)
                && matches!(
                    t.s(d + 1),
                    "including"
                        | "and"
                        | "or"
                        | "like"
                        | "especially"
                        | "particularly"
                        | "not"
                        | "at"
                        | "for"
                        | "from"
                        | "such"
                        | "a"
                        | "an"
                        | "the"
                        | "something"
                        | "that"
                        | "if"
                        | "even"
                        | "assuming"
                )
    };
    let mut dashes = (from..body).filter(|&k| dash(k) && !in_quote(k));
    let body = match (dashes.next(), dashes.next()) {
        (Some(d), None) if d > from + 1 && !elaborates(d) => d,
        _ => body,
    };
    (from..body.saturating_sub(2))
        // Each end starts at a comma.
        .filter(|&k| t.is_punct(k, ','))
        .find(|&k| {
            reaction_apposition(t, k, body, &in_quote)
                || second_predicate(t, k, &in_quote)
                || narrators_aside(t, k, &in_quote)
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
pub(super) fn reaction_apposition(
    t: &Toks,
    k: usize,
    body: usize,
    in_quote: &dyn Fn(usize) -> bool,
) -> bool {
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

pub(super) fn content_or_quote(
    t: &Toks,
    a: usize,
    b: usize,
    quotes: &[(usize, usize)],
) -> Option<Span> {
    // A quotation that runs past the body end (its closing mark after the stop).
    let mut b = b;
    if let Some(&(_, c)) = opening_at(quotes, a) {
        if c >= b && c < t.len() {
            b = c + 1;
        }
    }
    unquote(t, a, b, quotes)
}

/// "Sunday, adding", "on Tuesday, saying": from `i`, a stretch of time or
/// place words, a comma, then a participle that goes on with the claim.
pub(super) fn adjunct_then_participle(t: &Toks, i: usize) -> bool {
    adjunct_to_comma(t, i).is_some_and(|k| t.is_lower(k + 1) && t.s(k + 1).ends_with("ing"))
}

/// From `i`, a stretch of time or place words ("Sunday", "on Tuesday", "in
/// a statement") that ends at a comma: the comma's index.
pub(super) fn adjunct_to_comma(t: &Toks, i: usize) -> Option<usize> {
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

pub(super) fn starts_adjunct(t: &Toks, i: usize) -> bool {
    let w = t.lower(i);
    // "said Friday the talks had failed".
    t.has(i, WEEKDAY)
        || t.word_is(i, PREPOSITION)
        || matches!(
            w,
            "earlier" | "later" | "last" | "this" | "yesterday" | "today"
        )
}

/// Words that may sit between a cue and its "that": "in a statement on
/// March 3", "earlier this year", "to reporters".
pub(super) fn is_adjunct_token(t: &Toks, i: usize) -> bool {
    match t.kind(i) {
        Some(TokKind::Number) => true,
        Some(TokKind::Punct(',')) => true,
        Some(TokKind::Word) => {
            if t.is_cap(i) {
                return true;
            }
            let w = t.lower(i);
            t.word_is(i, PREPOSITION | DETERMINER)
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
                        | "past"
                        | "future"
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

/// ", and continued to defend …", ", but later withdrew …": a comma and a
/// coordinator before a past tense with no subject of its own. The
/// speaker's sentence goes on with a second predicate, which is no part of
/// what was claimed.
fn second_predicate(t: &Toks, k: usize, in_quote: &dyn Fn(usize) -> bool) -> bool {
    if !(t.is_punct(k, ',')
        && !in_quote(k)
        && t.is_lower(k + 1)
        && matches!(t.s(k + 1), "and" | "but"))
    {
        return false;
    }
    let mut v = k + 2;
    while t.is_lower(v)
        && matches!(
            t.s(v),
            "then" | "later" | "also" | "still" | "again" | "quickly"
        )
    {
        v += 1;
    }
    t.is_lower(v) && {
        let w = t.s(v);
        w.len() > 3 && w.ends_with("ed") || is_irregular_past(w)
    }
}

/// From `k`, the first "that" within 30 tokens that opens a clause, when
/// only noun phrases and prepositional phrases stand before it: no verb in
/// the past tense, no quotation, no other clause. Not "that" pointing at a
/// noun ("in that case") nor a relative "that" before a verb ("in a report
/// that aired Monday").
fn complementizer_after(t: &Toks, k: usize, body: usize) -> Option<usize> {
    let mut m = k;
    while m < body && m < k + 30 {
        if t.eq_lower(m, "that") {
            if m == k {
                return None;
            }
            return opens_clause(t, m, body).then_some(m);
        }
        let ok = match t.kind(m) {
            Some(TokKind::Word) if t.is_lower(m) => {
                let w = t.s(m);
                if w == "and" {
                    t.is_cap(m + 1) || t.word_is(m + 1, DETERMINER) && !t.eq_lower(m + 1, "that")
                } else if matches!(w, "after" | "before" | "since" | "until") {
                    // "said after a lunch on Tuesday that": a preposition
                    // here, not a clause of its own.
                    t.is_cap(m + 1)
                        || t.kind(m + 1) == Some(TokKind::Number)
                        || t.word_is(m + 1, DETERMINER) && !t.eq_lower(m + 1, "that")
                } else {
                    is_noun_phrase_token(t, m)
                        && !is_subject_pronoun(w)
                        && !is_irregular_past(w)
                        && (!looks_past(w) || is_adjunct_token(t, m))
                }
            }
            Some(TokKind::Punct(';' | ':')) => false,
            _ => is_noun_phrase_token(t, m),
        };
        if !ok {
            return None;
        }
        m += 1;
    }
    None
}

/// Whether the "that" at `m` opens a clause of its own: not a relative
/// "that" before its verb ("a report that aired Monday"), nor one pointing
/// at a noun at the end ("disputes that figure.").
fn opens_clause(t: &Toks, m: usize, body: usize) -> bool {
    let next = t.lower(m + 1);
    let verb = t.is_lower(m + 1)
        && (is_be(next)
            || is_auxiliary(next)
            || is_irregular_past(next)
            || looks_past(next)
            || t.has(m + 1, CUE));
    let noun = t.is_lower(m + 1) && matches!(t.kind(m + 2), Some(TokKind::Punct(_)) | None);
    // "in that case", "for that reason": a determiner after a preposition.
    let determiner = m > 0 && t.is_lower(m - 1) && t.lower_word_is(m - 1, PREPOSITION);
    !verb && !noun && !determiner && m + 1 < body
}

/// "reached", "voted": a past tense or participle by its ending; not
/// "feed", "need".
fn looks_past(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed") && !w.ends_with("eed")
}

/// A token of a noun phrase, commas and names included: no verb, no
/// quotation.
/// Whether the words from `k` to the sentence's end only name the one told:
/// "…, the minister told the council.", "…, she told members of the
/// Rotary Club on Monday." No clause among them ("told the council the
/// plan had failed").
pub(super) fn addressee_to_end(t: &Toks, k: usize) -> bool {
    let body = sentence_body_end(t);
    // Someone who can be told: a name or a noun for people, not "told a
    // joke".
    let mut h = k;
    while h < body && t.is_lower(h) && t.lower_word_is(h, DETERMINER) {
        h += 1;
    }
    let someone = t.is_cap(h) || t.is_lower(h) && source_noun(t.s(h)).is_some();
    someone
        && k < body
        && body - k <= 12
        && (k..body).all(|m| {
            is_noun_phrase_token(t, m)
                && !(t.is_lower(m) && {
                    let w = t.s(m);
                    w == "that"
                        || t.word_is(m, SUBJECT_PRONOUN)
                        || looks_past(w)
                        || is_irregular_past(w)
                })
        })
}

fn is_noun_phrase_token(t: &Toks, k: usize) -> bool {
    match t.kind(k) {
        Some(TokKind::Word) => {
            t.is_cap(k) || {
                !(t.word_is(k, BE)
                    || t.word_is(k, AUX_OR_ADVERB) && !t.word_is(k, DETERMINER)
                    || t.has(k, CUE)
                    || t.word_is(k, CLAUSE_BOUNDARY))
            }
        }
        Some(TokKind::Number) | Some(TokKind::Punct(',' | '.' | '-' | '\'' | '’')) => true,
        _ => false,
    }
}

/// ", compared with 64 percent who …", ", despite complaints", ", up from
/// 40 percent": what the narrator sets beside the claim after a comma.
fn narrators_aside(t: &Toks, k: usize, in_quote: &dyn Fn(usize) -> bool) -> bool {
    t.is_punct(k, ',')
        && !in_quote(k)
        && t.is_lower(k + 1)
        && (matches!(t.s(k + 1), "compared" | "despite" | "according")
            // ", which the court has put on hold", ", who is 70": a relative
            // clause that closes the sentence tells the reader more of what
            // the claim names.
            || matches!(t.s(k + 1), "which" | "who" | "whose")
                && !(k + 2..t.len()).any(|m| t.is_punct(m, ',') || t.kind(m) == Some(TokKind::OpenQuote))
            || matches!(
                (t.s(k + 1), t.lower(k + 2)),
                ("up" | "down", "from") | ("even", "though" | "as")
            ))
}
