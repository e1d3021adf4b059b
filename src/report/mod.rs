//! The claims engine: `parse(&str) -> Report`, pure Rust, no I/O, never panics.
//!
//! Stages, each in its own module: layout (`text`: paragraphs, quotations,
//! sentences), `tokens`, `attribution` (who says what in each sentence),
//! `entities` (one canonical claimant per entity), `figures` (figures and
//! dates) and `relations` (disputes, lack of evidence); `sides` says which
//! figures a dispute sets against each other. Everything is a byte
//! span into the input; `json` converts to code points at the edge, and
//! `wire` carries a report between the engine's worker and the page.
//!
//! `parse` itself is a few named stages over those modules: the layout,
//! then each sentence in order (`Reading::sentence`: its words noted,
//! its attributions found, each speaker resolved to a claimant, each claim
//! made or joined to the one it continues, else the report's own
//! assertion), then `Reading::finish` (claims ordered and numbered,
//! entities, measures, relations).
//!
//! The entry point of each stage that `parse` calls once is marked
//! `#[inline(never)]`: with every stage inlined, `parse` became one very large
//! function that V8 compiles to slower WebAssembly code (about 15 % slower in
//! Chromium and Node, the same natively). The app's `wasm-opt` step is told not
//! to inline them either (index.html).

mod attribution;
pub use attribution::RowState;
mod entities;
mod figures;
pub mod json;
mod lexicon;
pub mod model;
pub mod pretty;
mod rebuttals;
mod relations;
pub mod sides;
pub mod span;
mod text;
mod tokens;
pub mod wire;

pub use model::*;
pub use span::Span;

use attribution::Speaker;
use std::rc::Rc;
use text::Quote;
use tokens::{Buffers, Toks};

/// How many paragraphs after its speaker's last claim a quotation with no
/// speaker of its own still continues it.
const CONTINUATION_PARAGRAPHS: usize = 2;

/// Sentences with fewer words than this are headings or datelines, not
/// assertions of the report.
const MIN_ASSERTION_WORDS: usize = 4;

/// Finds every claim in `text`. Never fails and never panics: problems with
/// the input become [`Diagnostic`]s inside the report.
///
/// The text is laid out once (`text::segment`); then each sentence, in
/// order, is tokenised and read by `Reading::sentence`, which carries what
/// later sentences need; then `Reading::finish` orders and numbers the
/// claims, forms the entities and relates the claims.
pub fn parse(text: &str) -> Report {
    let layout = text::segment(text);
    let mut reading = Reading::new(text, &layout);
    each_sentence(text, &layout, |toks, at| reading.sentence(toks, at));
    reading.finish(layout.paragraphs, layout.sentences)
}

/// Tokenises each sentence of `layout` in order and hands it to `read`,
/// with the quotations near it, found in one pass over them all; the token
/// buffers are reused from one sentence to the next.
fn each_sentence(text: &str, layout: &text::Layout, mut read: impl FnMut(&Toks, Sentence)) {
    let mut near_quotes = text::QuoteWindow::new(&layout.quotes);
    let mut buffers = Buffers::default();
    for (si, &s) in layout.sentences.iter().enumerate() {
        let pi = layout.sentence_paragraph.get(si).copied().unwrap_or(0);
        let quotes: &[Quote] = near_quotes.at(s, pi);
        let toks = Toks::new(text, s, quotes, buffers);
        read(&toks, Sentence { si, pi, s, quotes });
        buffers = toks.into_buffers();
    }
}

/// The rows the learned cue model is trained on, for each sentence of
/// `text` in order (see `attribution::cue_rows`): a word's span, what the
/// rule table made of it, and its features.
pub fn cue_rows(text: &str, row: &mut dyn FnMut(Span, attribution::RowState, &[String])) {
    let layout = text::segment(text);
    each_sentence(text, &layout, |toks, at| {
        attribution::cue_rows(toks, at.s, at.inside_quotation(), row);
    });
}

/// One sentence as the per-sentence stages see it.
#[derive(Clone, Copy)]
struct Sentence<'q> {
    /// Its index among the report's sentences.
    si: usize,
    /// The index of its paragraph.
    pi: usize,
    s: Span,
    /// The quotations near it ([`text::QuoteWindow`]).
    quotes: &'q [Quote],
}

impl Sentence<'_> {
    /// Whether the whole sentence lies inside a quotation that opened
    /// before it: a quotation's later sentences.
    fn inside_quotation(&self) -> bool {
        self.quotes.iter().any(|q| {
            q.inner.start() <= self.s.start()
                && self.s.end() <= q.inner.end() + 4
                && q.open.end() <= self.s.start()
        })
    }
}

/// Where words that the last stages look for stand, gathered while the
/// sentences are read so that those stages need not read the text again.
struct Index {
    /// Where names can start, for finding every mention of each entity.
    capital_words: Vec<Span>,
    /// Where words naming a count start: only these can hold a dispute's
    /// wording.
    count_nouns: Vec<usize>,
    /// The sentences with a word about evidence.
    evidence_sentences: Vec<bool>,
    /// The entity each sentence is about when it opens with a pronoun
    /// ([`subject_of`]).
    subjects: Vec<Option<EntityId>>,
}

/// A speaker and cue that introduce the quotation after them: "The Mayor
/// said:".
type Intro = (Speaker, (Span, CueStrength));

/// What [`parse`] carries from one sentence to the next: the claims so far,
/// and what a later sentence needs to know about earlier ones.
struct Reading<'t> {
    text: &'t str,
    resolver: entities::Resolver<'t>,
    claims: Vec<Claim>,
    diagnostics: Vec<Diagnostic>,
    index: Index,
    /// "The Mayor said:" closing the last sentence: its speaker and cue,
    /// handed to the quotation that follows.
    pending_intro: Option<Intro>,
    /// The paragraph of the last claim with a known claimant.
    last_said: Option<usize>,
    /// The paragraph and sentence of the last claim found, for a quotation
    /// that goes on.
    last_claim_at: Option<(usize, usize)>,
    /// A person named at the start of the last sentence, when nobody made a
    /// claim in it: "President Jane Doe has defended the police. He said …".
    prev_subject: Option<(usize, attribution::Phrase)>,
    /// Whether the first sentence is the report's title: a short first
    /// line of its own, with no closing stop, before the paragraphs.
    titled: bool,
    /// The paragraph of the transcript turn being read, and whether its
    /// label was the host's: a speaker's later sentences in the turn are
    /// theirs; the host's are no claims.
    turn: Option<(usize, bool)>,
    /// The words of a quotation signed after it (`"…" ― Dana Holt`) while
    /// its sentences are read.
    signed_quote: Option<Span>,
    /// Its dash and signer's name, no sentence of the report's own when
    /// the sentences end at the quotation's closing mark.
    signature: Option<Span>,
    /// The sentence's first capitalised word outside quotation marks after
    /// its first word, once a pronoun's claimant asks.
    first_named: Option<Option<usize>>,
}

impl<'t> Reading<'t> {
    /// Nothing read yet: the layout's diagnostics, and the acronyms the
    /// text introduces ("Relief Now (RN)") known to the resolver.
    fn new(text: &'t str, layout: &text::Layout) -> Reading<'t> {
        let n = layout.sentences.len();
        Reading {
            text,
            resolver: entities::Resolver::new(text, entities::acronyms(text)),
            claims: Vec::new(),
            diagnostics: layout.diagnostics.clone(),
            index: Index {
                capital_words: Vec::new(),
                count_nouns: Vec::new(),
                evidence_sentences: vec![false; n],
                subjects: vec![None; n],
            },
            pending_intro: None,
            last_said: None,
            last_claim_at: None,
            prev_subject: None,
            titled: is_titled(text, layout),
            turn: None,
            signed_quote: None,
            signature: None,
            first_named: None,
        }
    }

    /// Reads one sentence, in text order: notes its words in the
    /// [`Index`], finds its attributions, turns each into a claim (or more
    /// of the claim before it), else makes the sentence the report's own
    /// assertion, and remembers what the next sentence needs.
    fn sentence(&mut self, toks: &Toks, at: Sentence) {
        let inside_quote = at.inside_quotation();
        self.first_named = None;
        self.note_words(toks, at.si);
        self.resolver.at_paragraph(at.pi);
        self.index.subjects[at.si] = subject_of(toks, &mut self.resolver);
        // A quotation's signature read as a sentence of its own
        // (`"… win!" ― Julie A. Diaz.`) says nothing.
        if self
            .signature
            .is_some_and(|sig| sig.start() <= at.s.start() && at.s.end() <= sig.end() + 1)
        {
            return;
        }
        // A transcript turn: "HOST: …" asks, "OSEI: …" answers, and the
        // turn's later sentences are the same speaker's.
        let turn = self.turn.filter(|&(p, _)| p == at.pi);
        if host_label(toks) || turn.is_some_and(|(_, host)| host) {
            self.turn = Some((at.pi, true));
            return;
        }
        // A quotation signed after it (`"…" ― Dana Holt`) is the signer's,
        // from its first sentence on, as if introduced ("Holt said:").
        let byline = (toks.kind(0) == Some(tokens::TokKind::OpenQuote))
            .then(|| at.quotes.iter().find(|q| q.open.start() == at.s.start()))
            .flatten()
            .and_then(|q| Some((q.inner, text::quote_byline(self.text, q.close?.end())?)));
        let byline = byline.is_some_and(|(inner, (dash, name))| {
            let signer = attribution::Phrase {
                mention: name,
                name,
                role: None,
                affiliation: None,
                acronym: None,
                kind: if name.of(self.text).split(' ').any(lexicon::is_org_word) {
                    EntityKind::Organization
                } else {
                    EntityKind::Person
                },
            };
            self.pending_intro = Some((Speaker::Phrase(signer), (dash, CueStrength::Neutral)));
            self.signed_quote = Some(inner);
            let rest = &self.text[name.end()..];
            let line_end = name.end() + rest.find('\n').unwrap_or(rest.len());
            self.signature = Span::new(self.text, dash.start(), line_end);
            true
        });
        // A title ("Army says militants were the target") heads the
        // report; what it says, the report says again below with its source.
        let (mut found, intro) = if self.titled && at.si == 0 {
            (Vec::new(), None)
        } else {
            self.attributions(toks, at.s, inside_quote)
        };
        // The signed quotation's words are the claim, not the signature.
        if let Some(inner) = self.signed_quote {
            if at.s.start() > inner.end() {
                self.signed_quote = None;
            } else {
                for f in found
                    .iter_mut()
                    .filter(|f| f.speaker == Speaker::Continuation)
                {
                    for c in &mut f.content {
                        *c = c.intersect(inner).map_or(*c, |x| x.trim(self.text));
                    }
                }
            }
        }
        // Inside a turn quoted paragraph by paragraph (`"OSEI: … . But …`),
        // the quotation's later sentences are the turn's too.
        if turn.is_some() && found.iter().all(|f| f.rule == Rule::ContinuationQuote) {
            found.clear();
        }
        if found.is_empty() && turn.is_some() && !toks.is_punct(toks.len().saturating_sub(1), '?') {
            found.push(attribution::Found {
                speaker: Speaker::Continuation,
                cue: None,
                content: vec![at.s],
                rule: Rule::LabelColon,
            });
        }
        let labelled = found.iter().any(|f| f.rule == Rule::LabelColon);
        // "ABARA: The agency said … that the fish suffocated": the label's
        // speaker reads out another's claim, which is the sentence's.
        if let Some(li) = found.iter().position(|f| f.rule == Rule::LabelColon) {
            let after_colon = found[li].cue.map(|(c, _)| {
                let rest = &self.text[c.end()..];
                c.end() + (rest.len() - rest.trim_start().len())
            });
            let relayed = found.iter().any(|g| {
                g.rule != Rule::LabelColon
                    && matches!(&g.speaker, Speaker::Phrase(p) if Some(p.mention.start()) == after_colon)
            });
            if relayed {
                found.remove(li);
            }
        }
        if labelled {
            self.turn = Some((at.pi, false));
        } else if turn.is_none() {
            self.turn = None;
        }
        let sentence_dates = figures::dates(toks, 0, toks.len());
        // This sentence's claims, pushed straight onto the report's list.
        let first_here = self.claims.len();
        // A quotation joined to the claim before it is this sentence's claim
        // too, though it adds none to the list.
        let mut continued_here = false;
        for f in &found {
            let introduced = matches!(f.speaker, Speaker::Continuation)
                .then_some(intro.as_ref())
                .flatten();
            let (speaker, cue) = match introduced {
                Some((sp, c)) => (sp, Some(*c)),
                None => (&f.speaker, f.cue),
            };
            let claimant = self.claimant(speaker, toks, at, first_here);
            // Only the sentence's dates are tested against them, so a
            // sentence with none (most, and every one of a long run of
            // claims) does not gather them for each claim.
            let others: Vec<Span> = if sentence_dates.is_empty() {
                Vec::new()
            } else {
                found
                    .iter()
                    .filter(|g| !std::ptr::eq(*g, f))
                    .flat_map(|g| g.content.iter().copied())
                    .collect()
            };
            let claim = claim_of(
                f,
                claimant,
                cue,
                toks,
                at,
                inside_quote,
                &sentence_dates,
                &others,
            );
            let mut claim = claim;
            if byline && introduced.is_some() {
                claim.rule = Some(Rule::QuoteByline);
                claim.confidence = Rule::QuoteByline.confidence();
            }
            // A transcript's words are the speaker's own.
            let label_in_capitals = toks.s(0).chars().count() >= 2
                && toks
                    .s(0)
                    .chars()
                    .all(|c| c.is_uppercase() || !c.is_alphabetic());
            if f.rule == Rule::LabelColon
                && claim.kind == ClaimKind::Indirect
                && (label_in_capitals || turn.is_some())
            {
                claim.kind = ClaimKind::Direct;
            }
            let follows = f.speaker == Speaker::Continuation && introduced.is_none();
            let opens_quoted = follows
                && toks.kind(0) == Some(tokens::TokKind::OpenQuote)
                && self.quotation_ends_line(&at);
            if follows
                && (self.continue_last(&claim, &at, opens_quoted) || self.same_quotation(&at))
            {
                if let Some(prev) = self.claims.last_mut() {
                    prev.continue_with(claim);
                }
                continued_here = true;
            } else {
                self.claims.push(claim);
            }
            self.last_claim_at = Some((at.pi, at.si));
        }
        // An introduction ("The Mayor said:") is not an assertion of its own.
        if self.claims.len() == first_here && !continued_here && self.pending_intro.is_none() {
            self.claims
                .extend(assertion(self.text, toks, at, sentence_dates));
        }
        self.remember(toks, at, first_here, continued_here);
    }

    /// Consumes a sentence's tokens; adds where its capitalised words and
    /// count nouns stand, and whether it speaks of evidence, to the
    /// [`Index`].
    fn note_words(&mut self, toks: &Toks, si: usize) {
        toks.capital_words(&mut self.index.capital_words);
        for t in &toks.toks {
            if t.class & tokens::COUNT_NOUN != 0 {
                self.index.count_nouns.push(t.span.start());
            }
            if t.class & tokens::EVIDENCE_WORD != 0 {
                self.index.evidence_sentences[si] = true;
            }
        }
    }

    /// Consumes a sentence's tokens; produces its attributions (the rule
    /// table's, [`attribution::find`]) and the introduction the sentence
    /// before left ("The Mayor said:"), which a sentence with no attribution
    /// of its own takes as a quotation's speaker. A sentence with none that
    /// ends on an introduction leaves it for the next.
    fn attributions(
        &mut self,
        toks: &Toks,
        s: Span,
        inside_quote: bool,
    ) -> (Vec<attribution::Found>, Option<Intro>) {
        let mut found = attribution::find(toks, s, inside_quote);
        let intro = self.pending_intro.take();
        if found.is_empty() && intro.is_some() {
            found.extend(attribution::introduced_quote(toks));
        }
        if found.is_empty() {
            self.pending_intro = attribution::colon_intro(toks);
        }
        (found, intro)
    }

    /// Consumes an attribution's speaker; produces its [`Claimant`], with
    /// the entity the resolver gives it: a phrase's organisation named
    /// first in the sentence or its own entity, a pronoun's person or
    /// organisation, the speaker of this sentence's claim before, or the
    /// speaker heard lately for a quotation with none (else a diagnostic
    /// and no claimant).
    fn claimant(
        &mut self,
        speaker: &Speaker,
        toks: &Toks,
        at: Sentence,
        first_here: usize,
    ) -> Option<Claimant> {
        let resolver = &mut self.resolver;
        match speaker {
            Speaker::Phrase(p) => {
                // "X has done …, the organisation said": X, named first
                // in the same sentence.
                let k = toks
                    .toks
                    .iter()
                    .position(|t| t.span.start() == p.mention.start());
                // Not a transcript's label: in "ABARA: The agency said …"
                // the agency speaks, not the one who reads it out.
                let label = |o: &attribution::Phrase| {
                    self.text[o.mention.end()..].trim_start().starts_with(':')
                };
                let subject = k
                    .filter(|_| resolver.describes_organisation(p))
                    .and_then(|k| attribution::subject_organisation(toks, k))
                    .filter(|o| !label(o));
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
                // The pronoun's token, or the one it opens ("She’s").
                let k = toks
                    .toks
                    .iter()
                    .position(|t| t.span.start() == sp.start())
                    .unwrap_or(0);
                let pronoun = sp.of(self.text).to_lowercase();
                let subject = match pronoun.as_str() {
                    "he" | "she" | "his" | "her" => {
                        attribution::subject_person(toks, k).or_else(|| {
                            // Not when this sentence names someone before the
                            // pronoun: "when Royal was informed, he said". The
                            // sentence's first name is found once for all its
                            // pronouns.
                            let first_named = *self.first_named.get_or_insert_with(|| {
                                let quoted = attribution::quote_ranges(toks);
                                (1..toks.len()).find(|&j| {
                                    toks.is_cap(j)
                                        && !toks.has(j, tokens::MONTH | tokens::WEEKDAY)
                                        && !attribution::inside(&quoted, j)
                                })
                            });
                            let named_here = first_named.is_some_and(|j| j < k);
                            self.prev_subject
                                .as_ref()
                                .filter(|(i, _)| i + 1 == at.si && !named_here)
                                .map(|(_, p)| p.clone())
                        })
                    }
                    "it" | "its" => attribution::subject_organisation(toks, k),
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
            Speaker::SameAsPrevious => self.claims[first_here..]
                .last()
                .and_then(|c| c.claimant.clone()),
            // Only a speaker heard lately: a quotation paragraphs away
            // from the last one is no continuation.
            Speaker::Continuation => match resolver.last().filter(|_| {
                self.last_said
                    .is_some_and(|p| at.pi <= p + CONTINUATION_PARAGRAPHS)
            }) {
                Some(e) => Some(Claimant {
                    entity: Some(e),
                    span: resolver
                        .last_mention(e, at.s.start())
                        .unwrap_or(Span::EMPTY),
                    unnamed: false,
                }),
                None => {
                    self.diagnostics.push(Diagnostic {
                        span: at.s,
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
        }
    }

    /// Whether `claim`, a quotation with no speaker of its own, goes on
    /// from the claim found last, by the same named speaker, who had a
    /// cue: in the same paragraph (`"We'll appeal," Okafor said. "The
    /// ruling ignores the evidence."`), or opening the next one with a
    /// quotation right after that claim's sentence (`… Okafor said.¶"It
    /// ignores the evidence."`), as a reporter quotes one speech over
    /// several paragraphs.
    fn continue_last(&self, claim: &Claim, at: &Sentence, opens_quoted: bool) -> bool {
        let near = self.last_claim_at.is_some_and(|(pi, si)| {
            pi == at.pi || opens_quoted && pi + 1 == at.pi && si + 1 == at.si
        });
        self.claims.last().is_some_and(|prev| {
            near && prev.kind != ClaimKind::Unattributed
                && (prev.cue.is_some() || prev.rule == Some(Rule::ContinuationQuote))
                && prev.claimant.as_ref().and_then(|c| c.entity).is_some()
                && prev.claimant.as_ref().map(|c| c.entity)
                    == claim.claimant.as_ref().map(|c| c.entity)
        })
    }

    /// Whether the quotation that opens sentence `at` runs to the end of its
    /// line, or on into another: `"It ignores the evidence."` alone, not
    /// `"Who are they?" Holm said of the board, …`, whose speaker follows.
    fn quotation_ends_line(&self, at: &Sentence) -> bool {
        let Some(q) = at.quotes.iter().find(|q| q.open.start() == at.s.start()) else {
            return false;
        };
        let Some(close) = q.close else {
            return true;
        };
        // Only the spaces after the mark are read: linear however long
        // the line.
        let rest = self.text.get(close.end()..).unwrap_or("");
        let rest = rest.trim_start_matches([' ', '\t', '\r']);
        rest.is_empty() || rest.starts_with(['\n', '"', '“', '\'', '‘', '«', '„'])
    }

    /// Whether sentence `at` carries on the quotation that the last claim's
    /// words end in: `"We will appeal. The ruling ignores the evidence. It
    /// will not stand."` is one speaker's, and one claim, whoever spoke it.
    fn same_quotation(&self, at: &Sentence) -> bool {
        let Some(end) = self
            .claims
            .last()
            .filter(|c| c.kind != ClaimKind::Unattributed)
            .and_then(|c| c.content.last())
            .map(|s| s.end())
        else {
            return false;
        };
        at.quotes.iter().any(|q| {
            q.open.end() <= at.s.start()
                && at.s.start() <= q.inner.end()
                && q.inner.start() <= end
                && end <= q.inner.end()
        })
    }

    /// Consumes the sentence's claims (from `first_here` on); keeps for the
    /// next sentence the paragraph of the last named claimant, and the
    /// person the sentence opens with when it made no attributed claim.
    fn remember(&mut self, toks: &Toks, at: Sentence, first_here: usize, continued_here: bool) {
        let here = &self.claims[first_here..];
        if here
            .iter()
            .any(|c| c.claimant.as_ref().is_some_and(|w| w.entity.is_some()))
        {
            self.last_said = Some(at.pi);
        }
        self.prev_subject =
            if !continued_here && here.iter().all(|c| c.kind == ClaimKind::Unattributed) {
                // Two capitalised words open a name ("President William Ruto"),
                // or follow a role's comma ("The region's governor, Ilse
                // Rovane, …"): a cheap test before the phrase is read.
                let named_after_role = || {
                    (2..8.min(toks.len().saturating_sub(2)))
                        .any(|j| toks.is_punct(j, ',') && toks.is_cap(j + 1) && toks.is_cap(j + 2))
                };
                (toks.is_cap(0) && (toks.is_cap(1) || toks.is_punct(1, '.') || named_after_role()))
                    .then(|| attribution::subject_person(toks, toks.len()))
                    .flatten()
                    .map(|p| (at.si, p))
            } else {
                None
            };
    }

    /// Consumes the claims of every sentence and the layout's paragraphs
    /// and sentences; produces the report: claims in text order numbered
    /// `c1, c2, …`, the entities the resolver formed (every mention found
    /// from the [`Index`]'s capitalised words), measures for figures that
    /// named none, and the relations between claims.
    #[inline(never)]
    fn finish(mut self, paragraphs: Vec<Span>, sentences: Vec<Span>) -> Report {
        self.claims
            .sort_by_key(|c| c.content.first().map(|s| s.start()).unwrap_or(0));
        for (i, c) in self.claims.iter_mut().enumerate() {
            c.id = ClaimId(i as u32);
        }
        let mut report = Report {
            text: Rc::from(self.text),
            paragraphs,
            sentences,
            entities: Vec::new(),
            claims: self.claims,
            relations: Vec::new(),
            diagnostics: self.diagnostics,
        };
        report.entities = self.resolver.finish(self.text, &self.index.capital_words);
        relations::measures_by_reference(&mut report);
        relations::measures_from_context(&mut report);
        let memo = relations::Memo::new(&report);
        let mut rel = relations::disputes(&report, &memo, &self.index.count_nouns);
        let denied = relations::denials(&report, &memo, &rel);
        rel.extend(denied);
        let told = relations::characterisations(&report, &memo, &rel);
        rel.extend(told);
        rel.extend(relations::no_evidence(
            &report,
            &memo,
            &self.index.subjects,
            &self.index.evidence_sentences,
        ));
        let answered = rebuttals::rebuttals(&report, &memo, &rel);
        rel.extend(answered);
        report.relations = rel;
        report
    }
}

/// Consumes one attribution of a sentence and its claimant and cue;
/// produces its claim: the content, the quotations inside it and so its
/// kind, the figures in the content, and the sentence's dates that no
/// other claim of the sentence holds (`others`: their content).
#[allow(clippy::too_many_arguments)]
fn claim_of(
    f: &attribution::Found,
    claimant: Option<Claimant>,
    cue: Option<(Span, CueStrength)>,
    toks: &Toks,
    at: Sentence,
    inside_quote: bool,
    sentence_dates: &[DateMention],
    others: &[Span],
) -> Claim {
    let content = f.content.clone();
    let quoted = quoted_parts(&content, at.quotes, inside_quote, at.s);
    let kind = kind_of(&content, &quoted);
    let figures = content
        .iter()
        .flat_map(|c| {
            let (a, b) = figures::token_range_of(toks, *c);
            figures::figures(toks, a, b)
        })
        .collect();
    let dates = sentence_dates
        .iter()
        .copied()
        .filter(|d| {
            !others.iter().any(|o| o.contains(d.span)) || content.iter().any(|c| c.contains(d.span))
        })
        .collect();
    Claim {
        id: ClaimId(0),
        kind,
        claimant,
        cue: cue.map(|(span, strength)| Cue { span, strength }),
        content,
        quotes: quoted,
        sentence: at.s,
        figures,
        dates,
        rule: Some(f.rule),
        confidence: f.rule.confidence(),
    }
}

/// Consumes a sentence with no claim; produces the report's own assertion
/// of it (without a wire dateline, "WASHINGTON (Reuters) - "), unless it is
/// too short to assert anything or is page furniture.
fn assertion(text: &str, toks: &Toks, at: Sentence, dates: Vec<DateMention>) -> Option<Claim> {
    let words = toks
        .toks
        .iter()
        .filter(|t| t.kind == tokens::TokKind::Word)
        .count();
    if words < MIN_ASSERTION_WORDS || page_furniture(toks) {
        return None;
    }
    let s = at.s;
    let body = match attribution::dateline_end(toks) {
        0 => s,
        d => Span::new(text, toks.span(d).start(), s.end()).unwrap_or(s),
    };
    Some(Claim {
        id: ClaimId(0),
        kind: ClaimKind::Unattributed,
        claimant: None,
        cue: None,
        content: vec![body],
        quotes: quoted_parts(&[body], at.quotes, false, s),
        sentence: s,
        figures: figures::figures(toks, 0, toks.len()),
        dates,
        rule: Some(Rule::ReportAssertion),
        confidence: Rule::ReportAssertion.confidence(),
    })
}

/// A transcript's label for the one who asks: "HOST:", "INTERVIEWER:",
/// "Q:". What follows it is questions and thanks, not claims.
fn host_label(toks: &Toks) -> bool {
    toks.is_punct(1, ':')
        && matches!(
            toks.s(0),
            "HOST"
                | "Host"
                | "INTERVIEWER"
                | "Interviewer"
                | "MODERATOR"
                | "Moderator"
                | "ANCHOR"
                | "Anchor"
                | "PRESENTER"
                | "Presenter"
                | "Q"
                | "QUESTION"
        )
}

/// Whether the text opens with a title: its first paragraph is one line
/// of at most [`TITLE_WORDS`] words that ends with no stop, and paragraphs
/// follow it. "Tunisia: Hundreds held without charge" and "Army says
/// militants were the target" are titles; "The army said 22 militants were
/// killed." is a sentence.
fn is_titled(text: &str, layout: &text::Layout) -> bool {
    let (Some(&first), true) = (layout.paragraphs.first(), layout.paragraphs.len() > 1) else {
        return false;
    };
    let line = first.of(text).trim();
    let one_sentence = layout
        .sentence_paragraph
        .iter()
        .filter(|&&p| p == 0)
        .count()
        == 1;
    one_sentence
        && !line.contains('\n')
        && line.split_whitespace().count() <= TITLE_WORDS
        && !line.ends_with(['.', '!', '?', ':', '"', '”', '\'', '’'])
}

/// The most words a title line has.
const TITLE_WORDS: usize = 20;

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
