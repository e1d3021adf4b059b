//! Tokens of one sentence: words, numbers, punctuation and quotation marks.

use super::span::Span;
use super::text::Quote;
use std::borrow::Cow;

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
}

/// The first character is upper case.
pub const CAPITALISED: u8 = 1;
/// Some character is upper case.
pub const HAS_UPPER: u8 = 2;

fn case_of(s: &str) -> u8 {
    let mut f = 0;
    if s.chars().next().is_some_and(|c| c.is_uppercase()) {
        f |= CAPITALISED | HAS_UPPER;
    } else if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            f |= HAS_UPPER;
        }
    } else if s.chars().any(|c| c.is_uppercase()) {
        f |= HAS_UPPER;
    }
    f
}

/// One sentence, tokenised, with its text at hand.
pub struct Toks<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
}

impl<'a> Toks<'a> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn s(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => t.span.of(self.text),
            None => "",
        }
    }

    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokKind::Word))
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TokKind::Punct(c))
    }

    /// A word that starts with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Word && t.case & CAPITALISED != 0)
    }

    /// A word with no capital letters.
    pub fn is_lower(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Word && t.case & HAS_UPPER == 0)
    }

    /// The word with ASCII capitals lowered; borrowed when it has none.
    pub fn lower(&self, i: usize) -> Cow<'a, str> {
        let w = self.s(i);
        if self.toks.get(i).is_some_and(|t| t.case & HAS_UPPER != 0) {
            Cow::Owned(w.to_ascii_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    }

    pub fn eq_lower(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.s(i).eq_ignore_ascii_case(w)
    }

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
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() || d == '\u{0301}' {
                    all_digits &= d.is_ascii_digit();
                    end = j + d.len_utf8();
                    it.next();
                    continue;
                }
                // A joiner inside a word or number: "one-sided", "it’s", "1,000", "3.5", "U.S".
                let after = s[j + d.len_utf8()..].chars().next();
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
                    end = j + d.len_utf8();
                    it.next();
                    continue;
                }
                // Possessive of a plural: "authorities'" keeps its mark.
                if matches!(d, '\'' | '’')
                    && s[..end].ends_with('s')
                    && after.is_none_or(|a| a.is_whitespace())
                {
                    end = j + d.len_utf8();
                    it.next();
                    all_digits = false;
                }
                break;
            }
            // A dotted acronym keeps its final stop: "U.S.".
            if !all_digits && s[i..end].contains('.') && s[end..].starts_with('.') {
                end += 1;
                it.next();
            }
            if let Some(sp) = Span::new(text, base + i, base + end) {
                out.push(Tok {
                    span: sp,
                    kind: if all_digits {
                        TokKind::Number
                    } else {
                        TokKind::Word
                    },
                    case: case_of(&s[i..end]),
                });
            }
            continue;
        }
        let at = base + i;
        let Some(sp) = Span::new(text, at, at + c.len_utf8()) else {
            continue;
        };
        let kind = if quotes.iter().any(|q| q.open == sp) {
            TokKind::OpenQuote
        } else if quotes.iter().any(|q| q.close == Some(sp)) {
            TokKind::CloseQuote
        } else {
            TokKind::Punct(c)
        };
        out.push(Tok {
            span: sp,
            kind,
            case: 0,
        });
    }
}

fn word_start(s: &str, end: usize) -> usize {
    s[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0)
}

fn digits_ahead(s: &str) -> usize {
    s.bytes().take_while(|b| b.is_ascii_digit()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(t, Span::new(t, 0, t.len()).unwrap(), &[], &mut v);
        v.iter().map(|k| k.span.of(t)).collect()
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
