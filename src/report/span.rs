//! Byte spans into the source text, checked once where they are made.
//!
//! Every offset inside the engine is a byte offset into the report's text.
//! A [`Span`] is only built through [`Span::new`] (or from another span),
//! which checks that it is ordered and lies on `char` boundaries, so slicing
//! the text with it can never panic. The one other way in, deserializing,
//! serves [`super::wire::decode`], which checks every span it reads. Code points appear only at the JSON edge
//! (see [`super::json`]).

use std::ops::Range;

/// A half-open byte range `[start, end)` into a report's text.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// Makes a span of `text`, or `None` when it is backwards, past the end,
    /// or splits a character.
    #[inline]
    pub fn new(text: &str, start: usize, end: usize) -> Option<Span> {
        if start > end
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
            || end > u32::MAX as usize
        {
            return None;
        }
        Some(Span {
            start: start as u32,
            end: end as u32,
        })
    }

    /// The empty span at the start of any text.
    pub const EMPTY: Span = Span { start: 0, end: 0 };

    #[inline]
    pub fn start(self) -> usize {
        self.start as usize
    }

    #[inline]
    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start()..self.end()
    }

    /// The text this span covers. Returns `""` if the span does not belong
    /// to `text` (a programming error that must not become a panic).
    #[inline]
    pub fn of(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// The smallest span covering both. Both come from the same text, so
    /// the result lies on boundaries too.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The common part of two spans of the same text, if any.
    pub fn intersect(self, other: Span) -> Option<Span> {
        let start = self.start.max(other.start);
        let end = self.end.min(other.end);
        (start < end).then_some(Span { start, end })
    }

    /// Shrinks the span past leading and trailing whitespace of `text`.
    pub fn trim(self, text: &str) -> Span {
        let s = self.of(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead + trail >= s.len() {
            return Span {
                start: self.start + lead as u32,
                end: self.start + lead as u32,
            };
        }
        Span {
            start: self.start + lead as u32,
            end: self.end - trail as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_backwards_out_of_range_and_split_characters() {
        let t = "a’b";
        assert!(Span::new(t, 2, 1).is_none());
        assert!(Span::new(t, 0, 99).is_none());
        assert!(Span::new(t, 0, 2).is_none(), "splits the curly apostrophe");
        assert_eq!(Span::new(t, 0, 4).unwrap().of(t), "a’");
    }

    #[test]
    fn trim_shrinks_to_the_words() {
        let t = "  two words \n";
        let s = Span::new(t, 0, t.len()).unwrap().trim(t);
        assert_eq!(s.of(t), "two words");
        let blank = Span::new(t, 0, 2).unwrap().trim(t);
        assert!(blank.is_empty());
    }
}
