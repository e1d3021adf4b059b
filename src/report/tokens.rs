//! Tokens of one sentence: words, numbers, punctuation and quotation marks.

use super::span::Span;
use super::text::Quote;
use std::cell::Cell;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Punct(char),
    OpenQuote,
    CloseQuote,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tok {
    pub span: Span,
    pub kind: TokKind,
    /// [`CAPITALISED`] and [`HAS_UPPER`], worked out once.
    pub case: u8,
    /// Word classes from the lexicon ([`MONTH`], [`CUE`], …), looked up once
    /// per token by [`Toks::new`] so that each stage can skip the words that
    /// cannot start what it looks for.
    pub class: u8,
    /// Grammatical classes from the lexicon ([`super::lexicon::DETERMINER`],
    /// …) of the word lower-cased, looked up once per token by
    /// [`Toks::new`]: the stages ask them of the same words again and
    /// again, and a bit is cheaper than comparing with a list.
    pub grammar: u8,
}

pub use super::lexicon::{
    COUNT_NOUN, CUE, DATE_WORD, EVIDENCE_WORD, MONTH, NUMERAL, PHRASAL_CUE, WEEKDAY,
};

/// The word classes and the grammatical classes of token `i`.
fn class_of(t: &Toks, i: usize) -> (u8, u8) {
    use super::lexicon::{month, number_word, token_grammar, word_class, word_classes};
    let Some(tok) = t.toks.get(i) else {
        return (0, 0);
    };
    if tok.kind != TokKind::Word {
        return (0, 0);
    }
    let lower = t.lower(i);
    let (mut c, listed) = word_classes(lower);
    // Month and weekday names count when capitalised: "May", not "may".
    if c & (MONTH | WEEKDAY) != 0
        && (tok.case & CAPITALISED == 0 || c & MONTH != 0 && month(t.s(i)).is_none())
    {
        c &= !(MONTH | WEEKDAY);
    }
    if matches!(lower, "a" | "an")
        && matches!(t.lower(i + 1), "dozen" | "hundred" | "thousand" | "million")
    {
        c |= NUMERAL;
    }
    if tok.case & HAS_HYPHEN != 0 {
        // "twenty-five"
        if number_word(lower).is_some() {
            c |= NUMERAL;
        }
        // "death-toll", "evidence-free": the words of a compound.
        for part in lower.split('-') {
            c |= word_class(part) & (COUNT_NOUN | EVIDENCE_WORD);
        }
    }
    (c, token_grammar(lower, listed))
}

/// The first character is upper case.
pub const CAPITALISED: u8 = 1;
/// Some character is upper case.
pub const HAS_UPPER: u8 = 2;
/// The word joins parts with a hyphen-minus: "twenty-five", "death-toll".
pub const HAS_HYPHEN: u8 = 4;

/// The buffers one sentence's [`Toks`] is built in, handed on to the next
/// sentence's so that a report's sentences allocate them once between them.
#[derive(Default)]
pub struct Buffers<'a> {
    toks: Vec<Tok>,
    words: Vec<&'a str>,
    lowered: String,
    prepositions: Vec<usize>,
}

/// One sentence, tokenised, with its text at hand.
pub struct Toks<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// Each token's text, sliced once here: the stages ask for a token's
    /// text many times over, and slicing checks both ends of the span
    /// each time.
    words: Vec<&'a str>,
    /// The tokens that are prepositions as written, in order: a search
    /// for one from each cue of a long sentence reads these, not every
    /// token after the cue.
    pub prepositions: Vec<usize>,
    /// Where `lowered` starts in `text`.
    base: usize,
    /// The sentence with ASCII capitals lowered: the same length and char
    /// boundaries as the original, so a token's span indexes it directly.
    lowered: String,
    /// The last answer of the attribution stage's search for where a
    /// claim's content ends (`(from, body, end)`: no such end lies in
    /// `from..end` for a sentence body ending at `body`), so that the
    /// searches from each cue word of a long sentence cover it once
    /// between them.
    pub content_end: Cell<Option<(usize, usize, usize)>>,
}

impl<'a> Toks<'a> {
    /// Tokenises `sentence` of `text`, reusing `buffers`.
    #[inline(never)]
    pub fn new(text: &'a str, sentence: Span, quotes: &[Quote], buffers: Buffers<'a>) -> Self {
        let Buffers {
            mut toks,
            mut words,
            mut lowered,
            mut prepositions,
        } = buffers;
        tokenize(text, sentence, quotes, &mut toks);
        words.clear();
        words.extend(toks.iter().map(|t| t.span.of(text)));
        lowered.clear();
        lowered.push_str(sentence.of(text));
        lowered.make_ascii_lowercase();
        prepositions.clear();
        let mut t = Toks {
            text,
            toks,
            words,
            prepositions,
            base: sentence.start(),
            lowered,
            content_end: Cell::new(None),
        };
        for i in 0..t.toks.len() {
            let (class, grammar) = class_of(&t, i);
            if let Some(tok) = t.toks.get_mut(i) {
                tok.class = class;
                tok.grammar = grammar;
            }
            if t.lower_word_is(i, super::lexicon::PREPOSITION) {
                t.prepositions.push(i);
            }
        }
        t
    }

    /// Whether token `i` has any of the `classes`.
    #[inline]
    pub fn has(&self, i: usize, classes: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & classes != 0)
    }

    /// Whether token `i` is a word of any of the grammatical `classes`, its
    /// capitals lowered: `t.word_is(i, DETERMINER)` answers as
    /// `is_determiner(t.lower(i))` does (no list holds a number or a mark).
    #[inline]
    pub fn word_is(&self, i: usize, classes: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.grammar & classes != 0)
    }

    /// Whether token `i`, as written, is a word of any of the grammatical
    /// `classes`: the lists are in lower case, so this is `word_is` for a
    /// word with no capitals, and `t.lower_word_is(i, DETERMINER)` answers
    /// as `is_determiner(t.s(i))` does. (Not for
    /// [`super::lexicon::AUX_OR_ADVERB`], whose test takes "Reportedly" as
    /// written.)
    #[inline]
    pub fn lower_word_is(&self, i: usize, classes: u8) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.case & HAS_UPPER == 0 && t.grammar & classes != 0)
    }

    /// Gives back the buffers for the next sentence.
    pub fn into_buffers(self) -> Buffers<'a> {
        Buffers {
            toks: self.toks,
            words: self.words,
            lowered: self.lowered,
            prepositions: self.prepositions,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    #[inline]
    pub fn s(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokKind::Word))
    }

    #[inline]
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TokKind::Punct(c))
    }

    /// A word that starts with a capital letter.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Word && t.case & CAPITALISED != 0)
    }

    /// A word with no capital letters.
    #[inline]
    pub fn is_lower(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Word && t.case & HAS_UPPER == 0)
    }

    /// The word with ASCII capitals lowered.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.case & HAS_UPPER != 0 => self
                .lowered
                .get(t.span.start() - self.base..t.span.end() - self.base)
                .unwrap_or(""),
            Some(_) => self.s(i),
            None => "",
        }
    }

    /// Adds to `out` the words of this sentence that start with a capital
    /// letter: each run of letters and digits, so "anti-Smith" gives
    /// "Smith".
    #[inline(never)]
    pub fn capital_words(&self, out: &mut Vec<Span>) {
        for t in &self.toks {
            if t.kind != TokKind::Word || t.case & HAS_UPPER == 0 {
                continue;
            }
            let w = t.span.of(self.text);
            // Most are one plain word: "The", "Smith".
            if w.bytes().all(|b| b.is_ascii_alphanumeric()) {
                if t.case & CAPITALISED != 0 {
                    out.push(t.span);
                }
                continue;
            }
            let mut run: Option<usize> = None;
            for (i, c) in w.char_indices().chain(std::iter::once((w.len(), ' '))) {
                match (c.is_alphanumeric(), run) {
                    (true, None) => run = Some(i),
                    (false, Some(st)) => {
                        run = None;
                        if w[st..].starts_with(char::is_uppercase) {
                            let at = t.span.start();
                            out.extend(Span::new(self.text, at + st, at + i));
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    #[inline]
    pub fn eq_lower(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.s(i).eq_ignore_ascii_case(w)
    }

    #[inline]
    pub fn span(&self, i: usize) -> Span {
        self.toks.get(i).map(|t| t.span).unwrap_or(Span::EMPTY)
    }

    /// The span from token `a` through token `b` (inclusive).
    pub fn range(&self, a: usize, b: usize) -> Span {
        self.span(a).cover(self.span(b))
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‑' | '.' | '&')
}

/// Tokenises `span` of `text`. Quotation marks that belong to `quotes` become
/// `OpenQuote`/`CloseQuote`; other marks are punctuation.
pub fn tokenize(text: &str, span: Span, quotes: &[Quote], out: &mut Vec<Tok>) {
    out.clear();
    let s = span.of(text);
    let base = span.start();
    // The marks of `quotes` as (start, length, opens), sorted, so that each
    // mark in the text is one binary search however many quotations there are.
    let mut marks: Vec<(usize, usize, bool)> = quotes
        .iter()
        .flat_map(|q| {
            let close = q.close.map(|c| (c.start(), c.len(), false));
            std::iter::once((q.open.start(), q.open.len(), true)).chain(close)
        })
        .collect();
    marks.sort_unstable();
    let is_mark =
        |at: usize, len: usize, opens: bool| marks.binary_search(&(at, len, opens)).is_ok();
    let mut i = 0;
    while let Some((c, clen)) = char_at(s, i) {
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut end = i + clen;
            let mut all_digits = c.is_ascii_digit();
            let mut has_dot = false;
            let mut has_hyphen = false;
            // The token's case, worked out as it is read.
            let capitalised = c.is_uppercase();
            let mut has_upper = capitalised;
            let bytes = s.as_bytes();
            loop {
                // ASCII letters and digits first: find the run's end, then
                // read its digits and capitals in one pass each.
                let mut seen = 0u8;
                while let Some(&b) = bytes.get(end) {
                    let k = ASCII_CLASS[usize::from(b)];
                    if k == 0 {
                        break;
                    }
                    seen |= k;
                    end += 1;
                }
                all_digits &= seen & (ASCII_UPPER | ASCII_LOWER) == 0;
                has_upper |= seen & ASCII_UPPER != 0;
                let Some((d, dlen)) = char_at(s, end) else {
                    break;
                };
                if d.is_alphanumeric() || d == '\u{0301}' {
                    all_digits &= d.is_ascii_digit();
                    has_upper |= d.is_uppercase();
                    end += dlen;
                    continue;
                }
                let j = end;
                // A joiner inside a word or number: "one-sided", "it’s", "1,000", "3.5", "U.S".
                let after = char_at(s, j + dlen).map(|(a, _)| a);
                let joins = match d {
                    ',' => {
                        all_digits
                            && after.is_some_and(|a| a.is_ascii_digit())
                            && digits_ahead(&s[j + 1..]) == 3
                    }
                    '.' => {
                        after.is_some_and(|a| a.is_alphanumeric())
                            && (all_digits
                                || end - word_start(s, end) <= 2
                                || s[word_start(s, end)..end].contains('.'))
                    }
                    _ if is_joiner(d) => after.is_some_and(|a| a.is_alphanumeric()),
                    _ => false,
                };
                if joins {
                    if d != ',' && d != '.' {
                        all_digits = false;
                    }
                    has_dot |= d == '.';
                    has_hyphen |= d == '-';
                    end = j + dlen;
                    continue;
                }
                // Possessive of a plural: "authorities'" keeps its mark.
                if matches!(d, '\'' | '’')
                    && s[..end].ends_with('s')
                    && after.is_none_or(|a| a.is_whitespace())
                {
                    end = j + dlen;
                    all_digits = false;
                }
                break;
            }
            // A dotted acronym keeps its final stop: "U.S.".
            if !all_digits && has_dot && s[end..].starts_with('.') {
                end += 1;
                // Its possessive too: "the U.N.'s humanitarian chief".
                for mark in ["'s", "’s"] {
                    if s[end..].starts_with(mark)
                        && !s[end + mark.len()..].starts_with(char::is_alphanumeric)
                    {
                        end += mark.len();
                        break;
                    }
                }
            }
            // A number with a scale letter: "£1.3bn", "$5m", "10k" read as
            // the number and its scale word.
            if !all_digits && c.is_ascii_digit() {
                let word = &s[start..end];
                let digits = word
                    .find(|ch: char| !(ch.is_ascii_digit() || ch == '.' || ch == ','))
                    .unwrap_or(word.len());
                if digits > 0
                    && word.as_bytes()[digits - 1].is_ascii_digit()
                    && matches!(&word[digits..], "bn" | "m" | "mn" | "tn" | "k")
                {
                    if let (Some(n), Some(w)) = (
                        Span::new(text, base + start, base + start + digits),
                        Span::new(text, base + start + digits, base + end),
                    ) {
                        out.push(Tok {
                            span: n,
                            kind: TokKind::Number,
                            case: 0,
                            class: 0,
                            grammar: 0,
                        });
                        out.push(Tok {
                            span: w,
                            kind: TokKind::Word,
                            case: 0,
                            class: 0,
                            grammar: 0,
                        });
                        i = end;
                        continue;
                    }
                }
            }
            if let Some(sp) = Span::new(text, base + start, base + end) {
                out.push(Tok {
                    span: sp,
                    kind: if all_digits {
                        TokKind::Number
                    } else {
                        TokKind::Word
                    },
                    case: if has_hyphen { HAS_HYPHEN } else { 0 }
                        | match (capitalised, has_upper) {
                            (true, _) => CAPITALISED | HAS_UPPER,
                            (false, true) => HAS_UPPER,
                            (false, false) => 0,
                        },
                    class: 0,
                    grammar: 0,
                });
            }
            i = end;
            continue;
        }
        let at = base + i;
        // Two apostrophes that the layout paired as a quotation mark.
        let clen = if s[i..].starts_with("''") && (is_mark(at, 2, true) || is_mark(at, 2, false)) {
            2
        } else {
            clen
        };
        i += clen;
        let Some(sp) = Span::new(text, at, at + clen) else {
            continue;
        };
        let kind = if !is_quote_mark(c) {
            TokKind::Punct(c)
        } else if is_mark(at, clen, true) {
            TokKind::OpenQuote
        } else if is_mark(at, clen, false) {
            TokKind::CloseQuote
        } else {
            TokKind::Punct(c)
        };
        out.push(Tok {
            span: sp,
            kind,
            case: 0,
            class: 0,
            grammar: 0,
        });
    }
}

const ASCII_DIGIT: u8 = 1;
const ASCII_UPPER: u8 = 2;
const ASCII_LOWER: u8 = 4;

/// What each byte is when it is an ASCII letter or digit; 0 for any other byte.
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'0'..=b'9' => ASCII_DIGIT,
            b'A'..=b'Z' => ASCII_UPPER,
            b'a'..=b'z' => ASCII_LOWER,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The character at byte `i` of `s` and its length, decoding only outside ASCII.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Marks that may open or close a quotation: anything but letters, digits,
/// spaces and the common punctuation, which never do.
fn is_quote_mark(c: char) -> bool {
    !c.is_alphanumeric()
        && !c.is_whitespace()
        && !matches!(c, '.' | ',' | '(' | ')' | ';' | ':' | '!' | '?' | '-')
}

/// Where the word ending at `end` starts (after the last space), looking
/// back no further than 32 bytes: what reads it only asks whether the word
/// is short or holds a stop, so a run of text with no space costs no search
/// back to its start.
fn word_start(s: &str, end: usize) -> usize {
    let mut lo = end.saturating_sub(32);
    while !s.is_char_boundary(lo) {
        lo -= 1;
    }
    s[lo..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(lo, |(i, c)| lo + i + c.len_utf8())
}

/// How many digits `s` starts with, counting to 4 at most (a thousands
/// group has 3).
fn digits_ahead(s: &str) -> usize {
    s.bytes().take(4).take_while(|b| b.is_ascii_digit()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(t, Span::new(t, 0, t.len()).unwrap(), &[], &mut v);
        v.iter().map(|k| k.span.of(t)).collect()
    }

    /// Each grammatical class bit answers as the test of its list does,
    /// for the word lower-cased and as written.
    #[test]
    fn grammar_bits_answer_as_the_lists() {
        use crate::report::lexicon::*;
        let text = "The officials said that it was THE one. Reportedly, they and \
            She had also been in Italy since May; several, whose own \
            rally was early, were publicly there, during the Assembly's \
            vote at 3.5 percent, via $5m, so-called it's where's Is AND \
            Those who'd often be here however.";
        let sentence = Span::new(text, 0, text.len()).unwrap();
        let t = Toks::new(text, sentence, &[], Buffers::default());
        type Test = fn(&str) -> bool;
        let tests: [(u8, Test); 7] = [
            (CLAUSE_BOUNDARY, is_clause_boundary),
            (AUX_OR_ADVERB, is_aux_or_adverb),
            (DETERMINER, is_determiner),
            (PREPOSITION, is_preposition),
            (SUBJECT_PRONOUN, is_subject_pronoun),
            (FUNCTION_WORD, is_function_word),
            (BE, is_be),
        ];
        for k in 0..t.len() + 1 {
            for (class, test) in tests {
                assert_eq!(t.word_is(k, class), test(t.lower(k)), "{:?}", t.s(k));
                if class != AUX_OR_ADVERB {
                    assert_eq!(t.lower_word_is(k, class), test(t.s(k)), "{:?}", t.s(k));
                }
            }
        }
    }

    #[test]
    fn words_numbers_and_joiners() {
        assert_eq!(
            words("over 1,000 one-sided it’s U.S. 3.5, NATO's authorities' (x)"),
            [
                "over",
                "1,000",
                "one-sided",
                "it’s",
                "U.S.",
                "3.5",
                ",",
                "NATO's",
                "authorities'",
                "(",
                "x",
                ")"
            ]
        );
    }

    #[test]
    fn sentence_final_stop_is_punctuation() {
        assert_eq!(words("the end."), ["the", "end", "."]);
        assert_eq!(words("in 2022."), ["in", "2022", "."]);
    }
}
