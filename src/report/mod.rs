//! The claims engine: `parse(&str) -> Report`, pure Rust, no I/O, never panics.
//!
//! Stages, each in its own module: layout (`text`: paragraphs, quotations,
//! sentences), `tokens`, `attribution` (who says what in each sentence),
//! `entities` (one canonical claimant per entity), `figures` (figures and
//! dates) and `relations` (disputes, lack of evidence); `sides` says which
//! figures a dispute sets against each other. Everything is a byte
//! span into the input; `json` converts to code points at the edge.
//!
//! The entry point of each stage that `parse` calls once is marked
//! `#[inline(never)]`: with every stage inlined, `parse` became one very large
//! function that V8 compiles to slower WebAssembly code (about 15 % slower in
//! Chromium and Node, the same natively). The app's `wasm-opt` step is told not
//! to inline them either (index.html).

mod attribution;
mod entities;
mod figures;
pub mod json;
mod lexicon;
pub mod model;
pub mod pretty;
mod relations;
pub mod sides;
pub mod span;
mod text;
mod tokens;

pub use model::*;
pub use span::Span;

use attribution::Speaker;
use std::rc::Rc;
use text::Quote;
use tokens::{Tok, Toks};

/// How many paragraphs after its speaker's last claim a quotation with no
/// speaker of its own still continues it.
const CONTINUATION_PARAGRAPHS: usize = 2;

/// Sentences with fewer words than this are headings or datelines, not
/// assertions of the report.
const MIN_ASSERTION_WORDS: usize = 4;

/// Finds every claim in `text`. Never fails and never panics: problems with
/// the input become [`Diagnostic`]s inside the report.
pub fn parse(text: &str) -> Report {
    let layout = text::segment(text);
    let mut diagnostics = layout.diagnostics.clone();
    let mut resolver = entities::Resolver::new(text, entities::acronyms(text));
    let mut claims: Vec<Claim> = Vec::new();
    let mut subjects: Vec<Option<EntityId>> = vec![None; layout.sentences.len()];
    let mut buf: Vec<Tok> = Vec::new();
    let mut lowered = String::new();
    let mut pending_intro: Option<(Speaker, (Span, CueStrength))> = None;
    // The paragraph of the last claim with a known claimant.
    let mut last_said: Option<usize> = None;
    // Where names can start, for finding every mention at the end.
    let mut capital_words: Vec<Span> = Vec::new();
    // Where words naming a count start, and the sentences with a word about
    // evidence: only these can hold a relation's wording.
    let mut count_nouns: Vec<usize> = Vec::new();
    let mut evidence_sentences: Vec<bool> = vec![false; layout.sentences.len()];
    // A person named at the start of the last sentence, when nobody made a
    // claim in it: "President Jane Doe has defended the police. He said …".
    let mut prev_subject: Option<(usize, attribution::Phrase)> = None;
    // The paragraph of the last claim found, for a quotation that goes on.
    let mut last_claim_paragraph: Option<usize> = None;

    // The quotations near each sentence, found in one pass over them all.
    let mut near_quotes = text::QuoteWindow::new(&layout.quotes);

    for (si, &s) in layout.sentences.iter().enumerate() {
        let pi = layout.sentence_paragraph.get(si).copied().unwrap_or(0);
        let quotes: &[Quote] = near_quotes.at(s, pi);
        let toks = Toks::new(
            text,
            s,
            quotes,
            std::mem::take(&mut buf),
            std::mem::take(&mut lowered),
        );
        let inside_quote = quotes.iter().any(|q| {
            q.inner.start() <= s.start()
                && s.end() <= q.inner.end() + 4
                && q.open.end() <= s.start()
        });
        toks.capital_words(&mut capital_words);
        for t in &toks.toks {
            if t.class & tokens::COUNT_NOUN != 0 {
                count_nouns.push(t.span.start());
            }
            if t.class & tokens::EVIDENCE_WORD != 0 {
                evidence_sentences[si] = true;
            }
        }
        resolver.at_paragraph(pi);
        subjects[si] = subject_of(&toks, &mut resolver);
        let mut found = attribution::find(&toks, s, inside_quote);
        // "The Mayor said:" hands its speaker to the quotation that follows.
        let intro = pending_intro.take();
        if found.is_empty() && intro.is_some() {
            found.extend(attribution::introduced_quote(&toks));
        }
        if found.is_empty() {
            pending_intro = attribution::colon_intro(&toks);
        }
        let sentence_dates = figures::dates(&toks, 0, toks.len());
        // This sentence's claims, pushed straight onto the report's list.
        let first_here = claims.len();
        // A quotation joined to the claim before it is this sentence's claim
        // too, though it adds none to the list.
        let mut continued_here = false;
        for f in &found {
            let introduced = matches!(f.speaker, Speaker::Continuation)
                .then_some(intro.as_ref())
                .flatten();
            let speaker = match introduced {
                Some((sp, _)) => sp,
                None => &f.speaker,
            };
            let cue = match introduced {
                Some((_, c)) => Some(*c),
                None => f.cue,
            };
            let claimant = match speaker {
                Speaker::Phrase(p) => {
                    // "X has done …, the organisation said": X, named first
                    // in the same sentence.
                    let at = toks
                        .toks
                        .iter()
                        .position(|t| t.span.start() == p.mention.start());
                    let subject = at
                        .filter(|_| resolver.describes_organisation(p))
                        .and_then(|at| attribution::subject_organisation(&toks, at));
                    let entity = match subject {
                        Some(o) => {
                            let e = resolver.phrase(&o);
                            resolver.mention_pronoun(e, p.mention);
                            e
                        }
                        None => resolver.anaphor(p).unwrap_or_else(|| resolver.phrase(p)),
                    };
                    Some(Claimant {
                        entity: Some(entity),
                        span: p.mention,
                        unnamed: false,
                    })
                }
                Speaker::Pronoun(sp) => {
                    let at = toks.toks.iter().position(|t| t.span == *sp).unwrap_or(0);
                    let subject = match toks.lower(at) {
                        "he" | "she" | "his" | "her" => attribution::subject_person(&toks, at)
                            .or_else(|| {
                                // Not when this sentence names someone before the
                                // pronoun: "when Royal was informed, he said".
                                let quoted = attribution::quote_ranges(&toks);
                                let named_here = (1..at).any(|k| {
                                    toks.is_cap(k)
                                        && !toks.has(k, tokens::MONTH | tokens::WEEKDAY)
                                        && !quoted.iter().any(|&(a, b)| a < k && k < b)
                                });
                                prev_subject
                                    .as_ref()
                                    .filter(|(i, _)| i + 1 == si && !named_here)
                                    .map(|(_, p)| p.clone())
                            }),
                        "it" | "its" => attribution::subject_organisation(&toks, at),
                        _ => None,
                    };
                    let entity = match subject {
                        Some(p) => {
                            let e = resolver.phrase(&p);
                            resolver.mention_pronoun(e, *sp);
                            Some(e)
                        }
                        None => resolver.pronoun(*sp),
                    };
                    Some(Claimant {
                        entity,
                        span: *sp,
                        unnamed: false,
                    })
                }
                Speaker::SameAsPrevious => {
                    claims[first_here..].last().and_then(|c| c.claimant.clone())
                }
                // Only a speaker heard lately: a quotation paragraphs away
                // from the last one is no continuation.
                Speaker::Continuation => match resolver
                    .last()
                    .filter(|_| last_said.is_some_and(|p| pi <= p + CONTINUATION_PARAGRAPHS))
                {
                    Some(e) => Some(Claimant {
                        entity: Some(e),
                        span: resolver.last_mention(e, s.start()).unwrap_or(Span::EMPTY),
                        unnamed: false,
                    }),
                    None => {
                        diagnostics.push(Diagnostic {
                            span: s,
                            message: "A quotation with no speaker that the text names before it."
                                .to_string(),
                        });
                        None
                    }
                },
                Speaker::Impersonal(sp) => Some(Claimant {
                    entity: None,
                    span: *sp,
                    unnamed: true,
                }),
            };
            let content = f.content.clone();
            let quoted = quoted_parts(&content, quotes, inside_quote, s);
            let kind = kind_of(&content, &quoted);
            let figures = content
                .iter()
                .flat_map(|c| {
                    let (a, b) = figures::token_range_of(&toks, *c);
                    figures::figures(&toks, a, b)
                })
                .collect();
            let others: Vec<Span> = found
                .iter()
                .filter(|g| !std::ptr::eq(*g, f))
                .flat_map(|g| g.content.iter().copied())
                .collect();
            let dates = sentence_dates
                .iter()
                .copied()
                .filter(|d| {
                    !others.iter().any(|o| o.contains(d.span))
                        || content.iter().any(|c| c.contains(d.span))
                })
                .collect();
            let claim = Claim {
                id: ClaimId(0),
                kind,
                claimant,
                cue: cue.map(|(span, strength)| Cue { span, strength }),
                content,
                quotes: quoted,
                sentence: s,
                figures,
                dates,
                rule: Some(f.rule),
                confidence: f.rule.confidence(),
            };
            // A quotation that goes on from its speaker's claim just before,
            // in the same paragraph, is more of that claim: `"We'll appeal,"
            // Okafor said. "The ruling ignores the evidence."`
            let continued = (f.speaker == Speaker::Continuation && introduced.is_none())
                .then(|| claims.last_mut())
                .flatten()
                .filter(|prev| {
                    last_claim_paragraph == Some(pi)
                        && prev.kind != ClaimKind::Unattributed
                        && prev.cue.is_some()
                        && prev.claimant.as_ref().and_then(|c| c.entity).is_some()
                        && prev.claimant.as_ref().map(|c| c.entity)
                            == claim.claimant.as_ref().map(|c| c.entity)
                });
            match continued {
                Some(prev) => {
                    prev.continue_with(claim);
                    continued_here = true;
                }
                None => claims.push(claim),
            }
            last_claim_paragraph = Some(pi);
        }
        // An introduction ("The Mayor said:") is not an assertion of its own.
        if claims.len() == first_here && !continued_here && pending_intro.is_none() {
            let words = toks
                .toks
                .iter()
                .filter(|t| t.kind == tokens::TokKind::Word)
                .count();
            if words >= MIN_ASSERTION_WORDS && !page_furniture(&toks) {
                // Without a wire dateline ("WASHINGTON (Reuters) - ").
                let body = match attribution::dateline_end(&toks) {
                    0 => s,
                    d => Span::new(text, toks.span(d).start(), s.end()).unwrap_or(s),
                };
                claims.push(Claim {
                    id: ClaimId(0),
                    kind: ClaimKind::Unattributed,
                    claimant: None,
                    cue: None,
                    content: vec![body],
                    quotes: quoted_parts(&[body], quotes, false, s),
                    sentence: s,
                    figures: figures::figures(&toks, 0, toks.len()),
                    dates: sentence_dates,
                    rule: Some(Rule::ReportAssertion),
                    confidence: Rule::ReportAssertion.confidence(),
                });
            }
        }
        if claims[first_here..]
            .iter()
            .any(|c| c.claimant.as_ref().is_some_and(|w| w.entity.is_some()))
        {
            last_said = Some(pi);
        }
        prev_subject = if !continued_here
            && claims[first_here..]
                .iter()
                .all(|c| c.kind == ClaimKind::Unattributed)
        {
            // Two capitalised words open a name ("President William Ruto"):
            // a cheap test before the phrase is read.
            (toks.is_cap(0) && (toks.is_cap(1) || toks.is_punct(1, '.')))
                .then(|| attribution::subject_person(&toks, toks.len()))
                .flatten()
                .map(|p| (si, p))
        } else {
            None
        };
        (buf, lowered) = toks.into_buffers();
    }

    claims.sort_by_key(|c| c.content.first().map(|s| s.start()).unwrap_or(0));
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = ClaimId(i as u32);
    }
    let mut report = Report {
        text: Rc::from(text),
        paragraphs: layout.paragraphs,
        sentences: layout.sentences,
        entities: Vec::new(),
        claims,
        relations: Vec::new(),
        diagnostics,
    };
    report.entities = resolver.finish(text, &capital_words);
    relations::measures_by_reference(&mut report);
    relations::measures_from_context(&mut report);
    let mut rel = relations::disputes(&report, &count_nouns);
    rel.extend(relations::no_evidence(
        &report,
        &subjects,
        &evidence_sentences,
    ));
    report.relations = rel;
    report
}

/// The paragraphs of `text` as [`parse`] lays them out: for a report read
/// back from its export, which carries no paragraphs.
pub fn paragraphs(text: &str) -> Vec<Span> {
    text::segment(text).paragraphs
}

/// The entity a sentence is about when it opens with a pronoun or a known
/// name: "He has not produced any evidence".
#[inline(never)]
fn subject_of(t: &Toks, resolver: &mut entities::Resolver) -> Option<EntityId> {
    let first = t.lower(0);
    if matches!(first, "he" | "she" | "it" | "they") {
        return resolver.peek_pronoun(t.span(0));
    }
    None
}

/// The quoted stretches that lie inside the content.
fn quoted_parts(
    content: &[Span],
    quotes: &[Quote],
    inside_quote: bool,
    sentence: Span,
) -> Vec<Span> {
    let mut out = Vec::new();
    for c in content {
        if inside_quote
            && quotes.iter().any(|q| {
                q.inner.contains(sentence)
                    || q.inner.start() <= c.start() && c.end() <= q.inner.end()
            })
        {
            out.push(*c);
            continue;
        }
        for q in quotes {
            if c.contains(q.inner) && !q.inner.is_empty() {
                out.push(q.inner);
            } else if q.inner.contains(*c) {
                out.push(*c);
            } else if q.inner.overlaps(*c) {
                // A quotation closing inside the content: keep the overlap.
                if let Some(sp) = q.inner.intersect(*c) {
                    out.push(sp);
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn kind_of(content: &[Span], quoted: &[Span]) -> ClaimKind {
    if quoted.is_empty() {
        return ClaimKind::Indirect;
    }
    let covered = content.iter().all(|c| {
        let q: usize = quoted
            .iter()
            .filter(|q| c.contains(**q))
            .map(|q| q.len())
            .sum();
        q * 10 >= c.len() * 9
    });
    if covered {
        ClaimKind::Direct
    } else {
        ClaimKind::Mixed
    }
}

/// Lines a web page puts around an article, which assert nothing: a byline
/// ("By Jane Smith, Reuters"), credits ("(Reporting by …; Editing by …)",
/// "(AP Photo/John Doe)"), captions and links ("Photo: …", "Read more: …"),
/// a copyright line.
fn page_furniture(t: &tokens::Toks) -> bool {
    let first = t.lower(0);
    let words = || (0..t.len()).filter(|&k| t.kind(k) == Some(tokens::TokKind::Word));
    if matches!(first, "copyright" | "©") || t.s(0).starts_with('©') {
        return true;
    }
    // A byline: "By" and names, nothing in lower case but joining words.
    if first == "by"
        && t.is_cap(0)
        && words()
            .skip(1)
            .all(|k| t.is_cap(k) || matches!(t.s(k), "and" | "in" | "for"))
    {
        return true;
    }
    if t.is_punct(0, '(')
        && words().any(|k| {
            matches!(
                t.lower(k),
                "reporting" | "editing" | "writing" | "photo" | "photos" | "credit"
            )
        })
    {
        return true;
    }
    let labelled = t.is_punct(1, ':')
        && matches!(
            first,
            "photo" | "image" | "picture" | "video" | "watch" | "related" | "credit" | "caption"
        );
    let link = matches!(
        (first, t.lower(1)),
        ("read", "more") | ("see", "also") | ("sign", "up") | ("click", "here") | ("follow", "us")
    );
    labelled || link
}
