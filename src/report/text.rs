//! Layout: paragraphs, quotations and sentences, as byte spans.
//!
//! Quotations are found before sentences so that a quotation which closes in
//! its paragraph is never split into sentences.

use super::model::Diagnostic;
use super::span::Span;

/// A quotation: its marks and what lies between them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quote {
    pub open: Span,
    /// `None` when no closing mark was found before the paragraph ended.
    pub close: Option<Span>,
    /// Between the marks, untrimmed.
    pub inner: Span,
    pub paragraph: usize,
}

#[derive(Debug, Default)]
pub struct Layout {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    /// Index of each sentence's paragraph.
    pub sentence_paragraph: Vec<usize>,
    pub quotes: Vec<Quote>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The quotations near each sentence, for sentences taken in order: those of
/// its paragraph that reach within [`QuoteWindow::MARGIN`] bytes of it, in
/// the order of their opening marks. Each quotation enters and leaves the
/// window once, so going through every sentence costs time in proportion to
/// the sentences and quotations, however many a paragraph holds.
pub struct QuoteWindow<'q> {
    quotes: &'q [Quote],
    next: usize,
    /// Quotations opened before the sentence's end that may reach it.
    near: Vec<Quote>,
    /// Those of them in the sentence's paragraph.
    here: Vec<Quote>,
}

impl<'q> QuoteWindow<'q> {
    /// How far from a sentence a quotation still counts as near it: a
    /// closing mark just after its stop (`." `) and the like.
    pub const MARGIN: usize = 4;

    /// A window over `quotes`, sorted by their opening marks.
    pub fn new(quotes: &'q [Quote]) -> Self {
        QuoteWindow {
            quotes,
            next: 0,
            near: Vec::new(),
            here: Vec::new(),
        }
    }

    /// The quotations of paragraph `paragraph` near `sentence`; the
    /// sentences must come in order.
    pub fn at(&mut self, sentence: Span, paragraph: usize) -> &[Quote] {
        let end = sentence.end() + Self::MARGIN;
        while let Some(q) = self.quotes.get(self.next) {
            if q.open.start() > end {
                break;
            }
            self.near.push(*q);
            self.next += 1;
        }
        let start = sentence.start();
        // A quotation of a later paragraph waits for its sentences.
        self.near.retain(|q| {
            q.paragraph > paragraph || q.paragraph == paragraph && reach(q) + Self::MARGIN >= start
        });
        self.here.clear();
        self.here
            .extend(self.near.iter().filter(|q| q.paragraph == paragraph));
        &self.here
    }
}

/// Where a quotation ends: after its closing mark, or where its text ends.
fn reach(q: &Quote) -> usize {
    q.close.map_or(q.inner.end(), |c| c.end())
}

/// Splits `text` into paragraphs, quotations and sentences.
#[inline(never)]
pub fn segment(text: &str) -> Layout {
    let mut layout = Layout {
        paragraphs: paragraphs(text),
        ..Layout::default()
    };
    let mut carry_open = false;
    for (pi, &p) in layout.paragraphs.clone().iter().enumerate() {
        let next_starts_with_open = layout
            .paragraphs
            .get(pi + 1)
            .map(|n| n.of(text))
            .is_some_and(|n| n.starts_with(['"', '“', '„', '«']) || n.starts_with("''"));
        let (quotes, still_open) = quotes_in(text, p, pi, carry_open, next_starts_with_open);
        if let Some(q) = quotes.iter().find(|q| q.close.is_none()) {
            if !still_open {
                layout.diagnostics.push(Diagnostic {
                    span: q.open,
                    message: "This quotation mark is never closed; the quotation is taken to run to the end of its paragraph.".to_string(),
                });
            }
        }
        carry_open = still_open;
        let before = layout.sentences.len();
        sentences_in(text, p, &quotes, &mut layout.sentences);
        if layout.sentences[before..]
            .iter()
            .any(|s| s.len() > LONGEST_SENTENCE)
        {
            let found = layout.sentences.split_off(before);
            for s in found {
                if s.len() > LONGEST_SENTENCE {
                    layout.diagnostics.push(Diagnostic {
                        span: s,
                        message: format!(
                            "This sentence is very long (over {LONGEST_SENTENCE} bytes with no stop); it was read in pieces of at most that length, so a claim that crosses a cut may be missed."
                        ),
                    });
                }
                cut_long(text, s, &mut layout.sentences);
            }
        }
        layout
            .sentence_paragraph
            .extend(std::iter::repeat_n(pi, layout.sentences.len() - before));
        layout.quotes.extend(quotes);
    }
    layout
}

/// The longest sentence, in bytes, that is read as one. The stages after
/// layout look across a whole sentence from each of its cue words, so their
/// work grows with the square of a sentence's length; a longer "sentence"
/// (text with no stops, a list run together, a quotation of many pages) is
/// cut into pieces of at most this length, which keeps the work on any input
/// in proportion to its length. News sentences are far shorter: the longest
/// in the Brown corpus press sections is 1,401 bytes.
pub const LONGEST_SENTENCE: usize = 1_000;

/// Pushes `sentence` onto `out`, cut into pieces of at most
/// [`LONGEST_SENTENCE`] bytes: each cut after the last stop, else semicolon,
/// else comma or colon, else space in the second half of the piece, else at
/// the piece's end.
fn cut_long(text: &str, sentence: Span, out: &mut Vec<Span>) {
    let mut start = sentence.start();
    let end = sentence.end();
    let bytes = text.as_bytes();
    while end - start > LONGEST_SENTENCE {
        let hi = start + LONGEST_SENTENCE;
        let lo = start + LONGEST_SENTENCE / 2;
        // The last place of each rank in the window: after a mark followed by
        // a space (stop, semicolon, comma or colon), or at a space.
        let mut best = [None; 4];
        for k in lo..hi {
            let (b, next) = (bytes[k], bytes.get(k + 1).copied().unwrap_or(b' '));
            let rank = match (b, next.is_ascii_whitespace()) {
                (b'.' | b'!' | b'?', true) => 0,
                (b';', true) => 1,
                (b',' | b':', true) => 2,
                (_, _) if b.is_ascii_whitespace() => 3,
                _ => continue,
            };
            best[rank] = Some(k + 1);
        }
        let mut cut = best.iter().flatten().next().copied().unwrap_or(hi);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(piece) = Span::new(text, start, cut) {
            let piece = piece.trim(text);
            if !piece.is_empty() {
                out.push(piece);
            }
        }
        start = cut;
    }
    if let Some(piece) = Span::new(text, start, end) {
        let piece = piece.trim(text);
        if !piece.is_empty() {
            out.push(piece);
        }
    }
}

/// Paragraphs are separated by blank lines when the text has any; otherwise
/// every line is a paragraph.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut lines: Vec<Span> = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        if let Some(s) = Span::new(text, start, nl) {
            lines.push(s);
        }
        start = nl + 1;
    }
    if let Some(s) = Span::new(text, start, text.len()) {
        lines.push(s);
    }
    let blank = |s: &Span| s.of(text).trim().is_empty();
    let has_blank_separator = lines
        .windows(3)
        .any(|w| !blank(&w[0]) && blank(&w[1]) && !blank(&w[2]));
    let mut out = Vec::new();
    if has_blank_separator {
        let mut cur: Option<Span> = None;
        for l in &lines {
            if blank(l) {
                if let Some(c) = cur.take() {
                    out.push(c.trim(text));
                }
            } else {
                // A list item starts a paragraph of its own.
                if list_marker_len(l.of(text).trim_start()) > 0 {
                    if let Some(c) = cur.take() {
                        out.push(c.trim(text));
                    }
                }
                cur = Some(match cur {
                    Some(c) => c.cover(*l),
                    None => *l,
                });
                // A quotation signed at the line's end (`"…" ― Dana
                // Holt`) ends its paragraph, as a pull quote does.
                // The last `"` or `”` (whose last byte is 0x9D), found by
                // one backward byte search.
                let line = l.of(text);
                let signed = memchr::memrchr2(b'"', 0x9D, line.as_bytes()).is_some_and(|q| {
                    (line.as_bytes()[q] == b'"' || line.get(..=q).is_some_and(|s| s.ends_with('”')))
                        && quote_byline(text, l.start() + q + 1).is_some()
                });
                if signed {
                    if let Some(c) = cur.take() {
                        out.push(c.trim(text));
                    }
                }
            }
        }
        if let Some(c) = cur {
            out.push(c.trim(text));
        }
    } else {
        out.extend(lines.iter().filter(|l| !blank(l)).map(|l| l.trim(text)));
    }
    out.retain(|s| !s.is_empty());
    out
}

fn is_open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '„' | '«'
                )
        }
    }
}

/// Finds the quotations of one paragraph. `carried` says a quotation from the
/// previous paragraph is still open (it reopens here with a mark).
/// Returns the quotations and whether one is left open into the next paragraph.
fn quotes_in(
    text: &str,
    para: Span,
    pi: usize,
    _carried: bool,
    next_starts_with_open: bool,
) -> (Vec<Quote>, bool) {
    let s = para.of(text);
    let base = para.start();
    let mut out = Vec::new();
    // (byte offset of the mark, its length, the mark)
    let mut open: Option<(usize, usize, char)> = None;
    // Only `"`, two apostrophes (`''`, as some newspapers print a double
    // mark), and the lead bytes of the curly marks (U+2018–U+201E start with
    // 0xE2) and guillemets (0xC2) can start a quotation mark.
    let mut doubled = memchr::memmem::find_iter(s.as_bytes(), b"''").peekable();
    let mut skip_to = 0;
    let mut singles = Singles::default();
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, s.as_bytes()).chain(std::iter::once(s.len())) {
        // The doubled apostrophes before this mark, in order with the others.
        while let Some(&d) = doubled.peek() {
            if d >= i {
                break;
            }
            doubled.next();
            if d < skip_to {
                continue;
            }
            // Three apostrophes closing a quotation end a quotation inside
            // it too (`''… 'No way.'''`): the single mark first, then the
            // double.
            let d = if open.is_some() && s.as_bytes().get(d + 2) == Some(&b'\'') {
                d + 1
            } else {
                d
            };
            skip_to = d + 2;
            let prev = s[..d].chars().next_back();
            let next = s[d + 2..].chars().next();
            if let Some(r) = straight_role(open.is_some(), prev, next) {
                mark(text, base + d, 2, '"', r, pi, &mut open, &mut out);
            }
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
        if !matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‘') {
            continue;
        }
        let prev = s[..i].chars().next_back();
        let next = s[i + c.len_utf8()..].chars().next();
        let at = base + i;
        let len = c.len_utf8();
        let role = match c {
            '“' => {
                // „…“ (German) closes with “.
                if matches!(open, Some((_, _, '„'))) {
                    Some(false)
                } else {
                    Some(true)
                }
            }
            '„' | '«' => Some(true),
            // A right mark where none is open, before a word, opens one:
            // Swedish and Finnish print ”…”, and mistyped web copy does too.
            '”' => Some(
                open.is_none() && is_open_context(prev) && next.is_some_and(char::is_alphanumeric),
            ),
            '»' => Some(false),
            '"' => straight_role(open.is_some(), prev, next),
            '‘' => {
                // A single opening mark: a quotation only if a matching
                // closing mark follows at a word's end within the paragraph.
                if is_open_context(prev) && open.is_none() {
                    single_quote(text, para, at, pi, &mut singles, &mut out);
                }
                None
            }
            _ => None,
        };
        if let Some(is_open) = role {
            mark(text, at, len, c, is_open, pi, &mut open, &mut out);
        }
    }
    let mut still_open = false;
    if let Some((o, ol, _)) = open {
        if let (Some(om), Some(inner)) = (
            Span::new(text, o, o + ol),
            Span::new(text, o + ol, para.end()),
        ) {
            out.push(Quote {
                open: om,
                close: None,
                inner,
                paragraph: pi,
            });
            still_open = next_starts_with_open;
        }
    }
    out.sort_by_key(|q| q.open.start());
    (out, still_open)
}

/// Whether a straight double mark (`"` or `''`) opens (`Some(true)`) or
/// closes a quotation, from what is open and the characters around it.
fn straight_role(open: bool, prev: Option<char>, next: Option<char>) -> Option<bool> {
    if open {
        // While a quotation is open, a straight mark closes it.
        return Some(false);
    }
    Some(
        is_open_context(prev)
            || next.is_none_or(|n| {
                !n.is_whitespace() && !matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')')
            }),
    )
}

/// Records a quotation mark of `len` bytes at `at`: opens a quotation, or
/// closes the open one into `out`.
#[allow(clippy::too_many_arguments)]
fn mark(
    text: &str,
    at: usize,
    len: usize,
    c: char,
    is_open: bool,
    pi: usize,
    open: &mut Option<(usize, usize, char)>,
    out: &mut Vec<Quote>,
) {
    match (is_open, *open) {
        (true, None) => *open = Some((at, len, c)),
        (true, Some(_)) => {
            // Nested or unbalanced opening mark of the same kind: keep the
            // outer quotation (a nested one would use single marks).
        }
        (false, Some((o, ol, _))) => {
            if let (Some(om), Some(cm), Some(inner)) = (
                Span::new(text, o, o + ol),
                Span::new(text, at, at + len),
                Span::new(text, o + ol, at),
            ) {
                out.push(Quote {
                    open: om,
                    close: Some(cm),
                    inner,
                    paragraph: pi,
                });
            }
            *open = None;
        }
        (false, None) => {
            // A stray closing mark; nothing to pair it with.
        }
    }
}

/// What the single opening marks of a paragraph have been paired with so
/// far, so that each ’ is looked at once.
#[derive(Default)]
struct Singles {
    /// The closing mark last paired, by its start.
    closed_at: Option<usize>,
    /// No closing mark follows: the last search reached the paragraph's end.
    exhausted: bool,
}

/// Pairs a ‘ at `at` with the first following ’ that ends a word (not an
/// apostrophe inside a word such as it’s), and records the quotation. A ’
/// closes one quotation only: a second ‘ before it opens none, so nested or
/// stray marks cost no second search.
fn single_quote(
    text: &str,
    para: Span,
    at: usize,
    pi: usize,
    singles: &mut Singles,
    out: &mut Vec<Quote>,
) {
    if singles.exhausted || singles.closed_at.is_some_and(|c| c > at) {
        return;
    }
    let from = at + '‘'.len_utf8();
    let rest = text.get(from..para.end()).unwrap_or("");
    let mut prev: Option<char> = None;
    let mut it = rest.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        if c == '’'
            && prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| !n.is_alphanumeric())
        {
            let close_at = from + i;
            singles.closed_at = Some(close_at);
            if let (Some(om), Some(cm), Some(inner)) = (
                Span::new(text, at, from),
                Span::new(text, close_at, close_at + c.len_utf8()),
                Span::new(text, from, close_at),
            ) {
                out.push(Quote {
                    open: om,
                    close: Some(cm),
                    inner,
                    paragraph: pi,
                });
            }
            return;
        }
        prev = Some(c);
    }
    singles.exhausted = true;
}

/// Abbreviations after which a full stop does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Maj"
            | "Brig"
            | "Cpl"
            | "Pvt"
            | "Lieut"
            | "Cdr"
            | "Supt"
            | "Insp"
            | "Det"
            | "Hon"
            | "Amb"
            | "Atty"
            | "Sens"
            | "Reps"
            | "Msgr"
            | "Fr"
            | "Mt"
            | "Ft"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "Cmdr"
            | "Adm"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Rev"
            | "St"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "vs"
            | "v"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "No"
            | "Nos"
            | "Fig"
            | "Ave"
            | "Blvd"
            | "approx"
            | "Messrs"
            | "Mme"
            | "Pres"
            | "Dept"
            | "Univ"
            | "Gov't"
            | "ca"
            | "cf"
            | "e.g"
            | "i.e"
            | "Calif"
            | "Mass"
            | "Conn"
            | "Ill"
            | "Ga"
            | "Fla"
            | "Penn"
            | "Tex"
            | "Wash"
            | "Mich"
            | "Minn"
            | "Ariz"
            | "Colo"
            | "Okla"
            | "Ore"
            | "Tenn"
            | "Va"
            | "Pa"
            | "Md"
            | "Ky"
            | "La"
            | "Ala"
            | "Miss"
            | "Mo"
            | "Neb"
            | "Nev"
            | "Wis"
            | "Del"
    )
}

/// Words that open sentences often enough to end a dotted acronym's sentence.
fn is_common_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "In"
            | "A"
            | "An"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "On"
            | "At"
            | "As"
            | "And"
            | "However"
            | "Meanwhile"
            | "There"
            | "Some"
            | "Many"
            | "Officials"
            | "After"
    )
}

fn is_closing_punct(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '“')
}

const ELLIPSIS: &[u8] = "…".as_bytes();

/// Splits one paragraph into sentences, never inside a closed quotation.
/// After a quotation that ends with its own stop (`"… okay?" Holm said.`),
/// whether the text goes on with its speaker and a verb of saying: then the
/// attribution is part of the quotation's sentence.
fn speaker_then_verb(next: &str) -> bool {
    const VERBS: [&str; 18] = [
        "said",
        "says",
        "asked",
        "asks",
        "told",
        "added",
        "adds",
        "wrote",
        "writes",
        "shouted",
        "replied",
        "tweeted",
        "exclaimed",
        "continued",
        "insisted",
        "explained",
        "recalled",
        "declared",
    ];
    let mut lower_nouns = 0;
    let mut words = next.split_whitespace();
    for (n, w) in words.by_ref().take(6).enumerate() {
        let bare = w.trim_end_matches(['.', ',', ';', ':']);
        // The attribution ends there: `Holm said.`, `Holm said, "…"`, or
        // after a short adjunct: `Holm said on Friday.`; not `Holm said
        // the count was fair.`, a sentence of its own.
        if n > 0 && VERBS.contains(&bare) {
            return bare.len() < w.len() || adjunct_then_stop(words);
        }
        let first = w.chars().next().unwrap_or(' ');
        let ok = if n == 0 {
            first.is_uppercase() && !matches!(bare, "But" | "And" | "It" | "This" | "That" | "So")
        } else if first.is_uppercase() {
            true
        } else {
            // "the mayor", "the city's chief": a short description.
            lower_nouns += 1;
            first.is_lowercase() && lower_nouns <= 3
        };
        if !ok || bare.len() < w.len() {
            return false;
        }
    }
    false
}

/// Whether the words after a verb of saying are a short adjunct that ends
/// the attribution: "on Twitter.", "Friday.", "in an interview with CNN,",
/// "rhetorically,", "reporters.", "of the ruling,"; not the start of a clause of its own
/// ("Friday the count was fair.").
fn adjunct_then_stop<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    const OPENERS: [&str; 24] = [
        "of",
        "about",
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "to",
        "from",
        "with",
        "via",
        "outside",
        "inside",
        "while",
        "late",
        "early",
        "last",
        "earlier",
        "later",
        "yesterday",
        "today",
        "tonight",
        "reporters",
    ];
    const CLAUSE: [&str; 20] = [
        "that", "he", "she", "they", "we", "i", "it", "there", "this", "these", "was", "is",
        "were", "are", "will", "would", "has", "have", "had", "can",
    ];
    for n in 0..8 {
        let Some(w) = words.next() else {
            return false;
        };
        let bare = w.trim_end_matches(['.', ',', ';', ':']);
        let lower = bare.to_lowercase();
        if n == 0 {
            let opens = OPENERS.contains(&lower.as_str())
                || bare.ends_with("ly")
                || bare.chars().next().is_some_and(char::is_uppercase);
            if !opens {
                return false;
            }
        }
        if n > 0 && CLAUSE.contains(&lower.as_str()) || bare.contains(['"', '“', '”']) {
            return false;
        }
        if bare.len() < w.len() {
            return true;
        }
    }
    false
}

fn sentences_in(text: &str, para: Span, quotes: &[Quote], out: &mut Vec<Span>) {
    let s = para.of(text);
    let base = para.start();
    let bytes = s.as_bytes();
    // A list item's marker ("- ", "• ", "3. ") is no part of its sentence.
    let mut start = list_marker_len(s);
    let mut i = start;
    // Whether `at` lies inside a closed quotation, for `at` increasing:
    // the quotations that open before it are taken in once, keeping the
    // furthest closing mark among them.
    let mut opened = 0;
    let mut furthest_close = 0;
    let mut inside_closed_quote = |at: usize| {
        while let Some(q) = quotes.get(opened).filter(|q| q.open.start() < at) {
            if let Some(c) = q.close {
                furthest_close = furthest_close.max(c.end());
            }
            opened += 1;
        }
        at < furthest_close
    };
    // Whether the quotation that closes between `j` and `k` (after a
    // sentence's stop) opened after a comma or colon (`She said, "…."`),
    // or inside the sentence that `from` starts (`She says it is the
    // "same system."`): its speaker came before it, so `He added, "…"`
    // after it is a sentence of its own. One binary search among the
    // quotations.
    let introduced = |from: usize, j: usize, k: usize| {
        let idx = quotes.partition_point(|q| q.open.start() < j);
        idx.checked_sub(1)
            .and_then(|i| quotes.get(i))
            .is_some_and(|q| {
                q.close.is_some_and(|c| c.start() >= j && c.end() <= k)
                    && (text
                        .get(..q.open.start())
                        .is_some_and(|before| before.trim_end().ends_with([',', ':']))
                        || text
                            .get(from..q.open.start())
                            .is_some_and(|before| before.split_whitespace().nth(1).is_some()))
            })
    };
    // The next possible start of an ellipsis ("…" begins with 0xE2).
    let mut next_e2 = memchr::memchr(0xE2, bytes);
    // The last search for a stop: where it started and what it found. It
    // holds until `i` passes the stop, so a paragraph of many "…"-like
    // marks and few stops is searched once, not once per mark.
    let mut stop_search: Option<(usize, Option<usize>)> = None;
    while i < bytes.len() {
        // Jump to the next terminator candidate.
        let stop = match stop_search {
            Some((from, found)) if from <= i && found.is_none_or(|p| p >= i) => found,
            _ => {
                let found = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map(|k| i + k);
                stop_search = Some((i, found));
                found
            }
        };
        while let Some(e) = next_e2.filter(|&e| e < i) {
            next_e2 = memchr::memchr(0xE2, &bytes[e + 1..]).map(|k| e + 1 + k);
        }
        let next = match (stop, next_e2) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => match a.or(b) {
                Some(x) => x,
                None => break,
            },
        };
        i = next;
        let b = bytes[i];
        let is_term = match b {
            b'.' | b'!' | b'?' => true,
            0xE2 => bytes[i..].starts_with(ELLIPSIS),
            _ => false,
        };
        if !is_term {
            i += 1;
            continue;
        }
        let term_at = i;
        // Run of terminators.
        let mut j = i;
        while j < bytes.len()
            && (matches!(bytes[j], b'.' | b'!' | b'?') || bytes[j..].starts_with(ELLIPSIS))
        {
            j += if bytes[j] < 0x80 { 1 } else { ELLIPSIS.len() };
        }
        // Closing quotes and brackets after it.
        let mut k = j;
        while let Some(c) = s[k..].chars().next() {
            if is_closing_punct(c) {
                k += c.len_utf8();
            } else {
                break;
            }
        }
        // Must be followed by whitespace then a likely sentence start, or the end.
        let after = &s[k..];
        let ws = after.len() - after.trim_start().len();
        let next = after.trim_start();
        let boundary = if next.is_empty() {
            true
        } else if ws == 0 {
            false
        } else {
            let nc = next.chars().next().unwrap_or(' ');
            let starts_well = nc.is_uppercase()
                || nc.is_ascii_digit()
                || matches!(
                    nc,
                    '"' | '“' | '‘' | '„' | '«' | '(' | '[' | '¿' | '¡' | '\''
                )
                || (!nc.is_alphabetic()
                    && !nc.is_ascii_punctuation()
                    && !nc.is_whitespace()
                    && !nc.is_lowercase());
            starts_well
                && !no_break_before(s, term_at, j, next)
                && !(k > j
                    && !introduced(base + start, base + j, base + k)
                    && speaker_then_verb(next))
        };
        if boundary && !inside_closed_quote(base + k) {
            if let Some(sp) = Span::new(text, base + start, base + k) {
                let sp = sp.trim(text);
                if !sp.is_empty() {
                    out.push(sp);
                }
            }
            start = k;
        }
        i = k.max(j).max(i + 1);
    }
    if let Some(sp) = Span::new(text, base + start, base + s.len()) {
        let sp = sp.trim(text);
        if !sp.is_empty() {
            out.push(sp);
        }
    }
}

/// The longest word, in bytes, that [`no_break_before`] takes for an
/// abbreviation, an initial or a dotted acronym.
const LONGEST_ABBREVIATION: usize = 32;

/// Whether the full stop at `term_at` belongs to an abbreviation or an
/// initial rather than ending the sentence.
fn no_break_before(s: &str, term_at: usize, term_end: usize, next: &str) -> bool {
    if s.as_bytes()[term_at] != b'.' || term_end - term_at != 1 {
        return false;
    }
    // Abbreviations, initials and dotted acronyms are short: the word is
    // looked for among the last `LONGEST_ABBREVIATION` bytes only, so a run
    // of text with no space costs no search back to its start.
    let mut lo = term_at.saturating_sub(LONGEST_ABBREVIATION);
    while !s.is_char_boundary(lo) {
        lo -= 1;
    }
    let found = s[lo..term_at]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '[' | '‘'))
        .map(|(i, c)| lo + i + c.len_utf8());
    let word_start = match found {
        Some(w) => w,
        None if lo == 0 => 0,
        None => return false,
    };
    let word = &s[word_start..term_at];
    if word.is_empty() {
        return false;
    }
    let next_word: &str = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // Titles, months before a day, "No. 5".
    if is_abbreviation(word) {
        // "Inc." and "Co." may end a sentence before a common opener.
        if matches!(word, "Inc" | "Corp" | "Ltd" | "Co" | "Jr" | "Sr") {
            return !is_common_sentence_starter(next_word);
        }
        return true;
    }
    // A single capital letter: an initial ("John F. Kennedy").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    // Dotted acronyms ("U.S.", "U.N."), unless a common opener follows.
    if word.len() >= 3
        && word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(|c| c.is_alphabetic()))
    {
        return !is_common_sentence_starter(next_word);
    }
    false
}

/// The length in bytes of a list item's marker and the spaces after it at
/// the start of `line` ("- ", "* ", "• ", "– ", "12. ", "3) "), or 0.
fn list_marker_len(line: &str) -> usize {
    let rest = line
        .strip_prefix(['-', '*', '•', '–', '—', '·'])
        .or_else(|| {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2)
                .contains(&digits)
                .then(|| line[digits..].strip_prefix(['.', ')']))
                .flatten()
        });
    match rest {
        Some(r) if r.starts_with([' ', '\t']) => {
            line.len() - r.trim_start_matches([' ', '\t']).len()
        }
        _ => 0,
    }
}

/// The name signed after a closing quotation mark, alone on the rest of its
/// line: `"…" ― Dana Holt`, `"…" — Luis Ortega, Fresno`, `"…" - Maria P.`,
/// as listicles, epigraphs and pull quotes credit what they quote. Gives
/// the dash and the name. Reads only the few bytes after the mark that
/// ends at `close_end`, never the rest of a long line: a paragraph of many
/// quotations asks once per quotation.
pub fn quote_byline(text: &str, close_end: usize) -> Option<(Span, Span)> {
    let rest = text.get(close_end..)?;
    let lead = rest.len() - rest.trim_start_matches(SPACE).len();
    let after_lead = &rest[lead..];
    // An em dash, a horizontal bar or an en dash; a hyphen (or two) only
    // after a space, as a typed dash.
    let dash_len = if after_lead.starts_with(['―', '—', '–']) {
        after_lead.chars().next().map_or(0, char::len_utf8)
    } else if lead > 0 && after_lead.starts_with("--") {
        2
    } else if lead > 0 && after_lead.starts_with('-') {
        1
    } else {
        return None;
    };
    let dash_at = close_end + lead;
    let dash = Span::new(text, dash_at, dash_at + dash_len)?;
    let tail = &after_lead[dash_len..];
    let name_at = dash.end() + (tail.len() - tail.trim_start_matches(SPACE).len());
    // The name and its description run to the line's end, at most 120
    // bytes on (a newline byte is never inside a character).
    let from_name = &text[name_at..];
    let window = &from_name.as_bytes()[..from_name.len().min(MAX_SIGNATURE + 1)];
    let line_len = match memchr::memchr(b'\n', window) {
        Some(k) => k,
        None if from_name.len() <= MAX_SIGNATURE => from_name.len(),
        None => return None,
    };
    let name_text = &from_name[..line_len];
    if name_text.contains(['"', '“', '”', '«', '»']) {
        return None;
    }
    // One to five capitalised words (an initial may end in a stop), then
    // the line's end, a stop, or a comma and a few words of description.
    let mut end = 0;
    let mut words = 0;
    let mut rest = name_text;
    loop {
        let word_len = rest
            .find(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.')))
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        let mut chars = word.chars();
        let initial = chars.next().is_some_and(char::is_uppercase);
        // "Holt", "Gonzàlez", "O’Neill", or an initial: "G.", "N".
        let capitalised =
            initial && (word.chars().any(char::is_lowercase) || matches!(chars.as_str(), "." | ""));
        let particle = words > 0 && matches!(word, "de" | "van" | "von" | "da" | "del");
        if !capitalised && !particle {
            break;
        }
        words += 1;
        end += word_len;
        rest = &rest[word_len..];
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        if gap != 1 || words == 5 {
            break;
        }
        end += gap;
        rest = &rest[gap..];
    }
    let name_str = name_text[..end].trim_end();
    // A name ends on a word, not a stop, unless that stop closes an initial.
    let name_str = match name_str.strip_suffix('.') {
        Some(s) if s.rsplit(' ').next().is_some_and(|w| w.chars().count() > 1) => s,
        _ => name_str,
    };
    let after = name_text[name_str.len()..].trim();
    if words == 0
        || !(after.is_empty() || after == "." || after.starts_with(',') && after.len() <= 80)
    {
        return None;
    }
    Some((dash, Span::new(text, name_at, name_at + name_str.len())?))
}

/// The longest signature after a quotation's dash, in bytes: a name and a
/// short description.
const MAX_SIGNATURE: usize = 120;

/// Spaces within a line, the no-break space included.
const SPACE: [char; 3] = [' ', '\t', '\u{a0}'];

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        segment(t).sentences.iter().map(|s| s.of(t)).collect()
    }

    #[test]
    fn splits_after_full_stops_before_capitals() {
        assert_eq!(sents("One fell. Two rose."), ["One fell.", "Two rose."]);
    }

    #[test]
    fn titles_initials_and_acronyms_do_not_end_sentences() {
        assert_eq!(
            sents("Mr. Smith met Dr. Jones and John F. Kennedy in the U.S. capital. Then he left."),
            [
                "Mr. Smith met Dr. Jones and John F. Kennedy in the U.S. capital.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn months_and_numbers_keep_their_stop() {
        assert_eq!(
            sents("It began on Jan. 5 with No. 3 on the list. It ended."),
            ["It began on Jan. 5 with No. 3 on the list.", "It ended."]
        );
    }

    #[test]
    fn decimals_and_ellipses_in_a_sentence() {
        assert_eq!(
            sents("Prices rose 3.5 percent... and then fell. Really."),
            ["Prices rose 3.5 percent... and then fell.", "Really."]
        );
    }

    #[test]
    fn a_sentence_ending_inside_a_quote() {
        assert_eq!(
            sents("He said \"go.\" She stayed."),
            ["He said \"go.\"", "She stayed."]
        );
    }

    #[test]
    fn a_closed_quotation_is_one_sentence() {
        assert_eq!(
            sents("\"We left. We came back,\" she said. Then rain."),
            ["\"We left. We came back,\" she said.", "Then rain."]
        );
    }

    #[test]
    fn paragraphs_by_line_or_by_blank_line() {
        let t = "First line.\nSecond line.";
        assert_eq!(segment(t).paragraphs.len(), 2);
        let t = "Wrapped first\nparagraph.\n\nSecond.";
        let l = segment(t);
        assert_eq!(l.paragraphs.len(), 2);
        assert_eq!(l.paragraphs[0].of(t), "Wrapped first\nparagraph.");
    }

    #[test]
    fn straight_open_closed_by_curly() {
        let t = "to investigate \"the serious loss” that occurred";
        let l = segment(t);
        assert_eq!(l.quotes.len(), 1);
        assert_eq!(l.quotes[0].inner.of(t), "the serious loss");
        assert!(l.diagnostics.is_empty());
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t = "The authorities' report and it’s Smith's view, the ‘reform’ plan.";
        let l = segment(t);
        assert_eq!(l.quotes.len(), 1);
        assert_eq!(l.quotes[0].inner.of(t), "reform");
    }

    #[test]
    fn guillemets_and_low_high_marks() {
        let t = "Er sagte „nein“ und «oui».";
        let q: Vec<&str> = segment(t).quotes.iter().map(|q| q.inner.of(t)).collect();
        assert_eq!(q, ["nein", "oui"]);
    }

    #[test]
    fn unbalanced_quote_gives_a_diagnostic_and_runs_to_paragraph_end() {
        let t = "He said \"this never ends. Next sentence.\nNew paragraph.";
        let l = segment(t);
        assert_eq!(l.diagnostics.len(), 1);
        assert_eq!(l.quotes[0].inner.of(t), "this never ends. Next sentence.");
        assert_eq!(l.sentences.len(), 3);
    }

    #[test]
    fn a_sentence_with_no_stop_is_read_in_pieces_with_a_diagnostic() {
        let t = "officials said that prices rose, ".repeat(100);
        let l = segment(&t);
        assert!(l.sentences.len() >= 3, "{}", l.sentences.len());
        assert!(l.sentences.iter().all(|s| s.len() <= LONGEST_SENTENCE));
        // Every word is in a piece, and each cut is after a comma.
        let joined: String = l
            .sentences
            .iter()
            .map(|s| s.of(&t))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(joined, t.trim_end());
        assert!(l.sentences[..l.sentences.len() - 1]
            .iter()
            .all(|s| s.of(&t).ends_with(',')));
        assert_eq!(l.diagnostics.len(), 1);
        assert!(l.diagnostics[0].message.contains("read in pieces"));
        // A long sentence with stops inside a quotation is cut at one.
        let q = format!("He said \"{}\"", "It rose. ".repeat(200));
        let l = segment(&q);
        assert!(l.sentences[..l.sentences.len() - 1]
            .iter()
            .all(|s| s.of(&q).ends_with('.')));
    }

    #[test]
    fn a_closing_single_mark_closes_one_quotation() {
        let t = "the ‘first ‘second’ plan and the ‘third’ one";
        let q: Vec<&str> = segment(t).quotes.iter().map(|q| q.inner.of(t)).collect();
        assert_eq!(q, ["first ‘second", "third"]);
    }

    #[test]
    fn each_sentence_sees_the_quotations_near_it() {
        let t = "He said \"one.\" She said \"two.\" They left.\n\n\"Three,\" he said.";
        let l = segment(t);
        let mut w = QuoteWindow::new(&l.quotes);
        let seen: Vec<Vec<&str>> = l
            .sentences
            .iter()
            .zip(&l.sentence_paragraph)
            .map(|(s, &p)| w.at(*s, p).iter().map(|q| q.inner.of(t)).collect())
            .collect();
        // A quotation that closes just before a sentence is near it too.
        assert_eq!(
            seen,
            [
                vec!["one."],
                vec!["one.", "two."],
                vec!["two."],
                vec!["Three,"]
            ]
        );
    }

    #[test]
    fn a_quote_reopened_in_the_next_paragraph_is_no_error() {
        let t = "\"We stayed all week.\n\"Then we left,\" she said.";
        let l = segment(t);
        assert!(l.diagnostics.is_empty());
    }
}
