//! Approximate search: where a pattern occurs in a text with the fewest edits.
//!
//! Myers' bit-parallel algorithm (1999) in Hyyrö's block form, as Edlib and
//! Hypothesis' `approx-string-match` use it: one column of the edit
//! distance table per text byte, 64 pattern bytes per machine word, so a
//! search costs `O(text × ⌈pattern / 64⌉)` word operations for patterns of
//! any length. It works on bytes; [`crate::desk::anchor`] snaps what it
//! finds to character boundaries. See the README for why this is written
//! here rather than taken from a crate.

/// One place the pattern occurs: bytes `start..end` of the text, `errors`
/// edits away from the pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub errors: usize,
}

/// At most this many places are returned (the fewest errors first).
pub const MAX_MATCHES: usize = 64;

/// The pattern's bits per byte value, block by block.
struct Pattern {
    blocks: usize,
    /// `peq[byte * blocks + block]`: which positions of the block hold `byte`.
    peq: Vec<u64>,
    /// The bit of the pattern's last byte in the last block.
    last: u64,
    len: usize,
}

impl Pattern {
    fn new(pattern: &[u8]) -> Pattern {
        let blocks = pattern.len().div_ceil(64).max(1);
        let mut peq = vec![0u64; 256 * blocks];
        for (i, &b) in pattern.iter().enumerate() {
            peq[b as usize * blocks + i / 64] |= 1u64 << (i % 64);
        }
        Pattern {
            blocks,
            peq,
            last: 1u64 << ((pattern.len().max(1) - 1) % 64),
            len: pattern.len(),
        }
    }
}

/// Advances one block by one text byte; returns the horizontal delta out of
/// its last row.
#[inline]
fn advance(pv: &mut u64, mv: &mut u64, eq: u64, hin: i8, high: u64) -> i8 {
    let xv = eq | *mv;
    let eq = if hin < 0 { eq | 1 } else { eq };
    let xh = ((eq & *pv).wrapping_add(*pv) ^ *pv) | eq;
    let mut ph = *mv | !(xh | *pv);
    let mut mh = *pv & xh;
    let hout = if ph & high != 0 {
        1
    } else if mh & high != 0 {
        -1
    } else {
        0
    };
    ph <<= 1;
    mh <<= 1;
    if hin < 0 {
        mh |= 1;
    } else if hin > 0 {
        ph |= 1;
    }
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    hout
}

/// Calls `each(i, d)` after text byte `i` with `d`, the edit distance
/// between the pattern and the best stretch of text ending there; with
/// `anchored`, the stretch must start at the text's beginning (so `d` is
/// the plain edit distance of the pattern and `text[..=i]`).
fn columns(
    p: &Pattern,
    text: impl Iterator<Item = u8>,
    anchored: bool,
    mut each: impl FnMut(usize, usize) -> bool,
) {
    let mut pv = vec![!0u64; p.blocks];
    let mut mv = vec![0u64; p.blocks];
    let mut score = p.len as isize;
    for (i, b) in text.enumerate() {
        let row = &p.peq[b as usize * p.blocks..(b as usize + 1) * p.blocks];
        let mut h: i8 = if anchored { 1 } else { 0 };
        for k in 0..p.blocks {
            let high = if k + 1 == p.blocks {
                p.last
            } else {
                1u64 << 63
            };
            h = advance(&mut pv[k], &mut mv[k], row[k], h, high);
        }
        score += h as isize;
        if !each(i, score.max(0) as usize) {
            return;
        }
    }
}

/// The places where `pattern` occurs in `text` with at most `max_errors`
/// edits (insertions, deletions, substitutions of bytes), fewest errors
/// first, then in text order; at most [`MAX_MATCHES`]. Each dip of the
/// distance is one place, so places may overlap (a caller scores them by
/// their context). An empty pattern matches nowhere.
pub fn search(text: &[u8], pattern: &[u8], max_errors: usize) -> Vec<Match> {
    if pattern.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let p = Pattern::new(pattern);
    // Ends where the distance is within bounds and lowest among its
    // neighbours (a dip in a run of good ends is one place).
    let mut ends: Vec<(usize, usize)> = Vec::new();
    let mut prev: Option<usize> = None;
    let mut dip: Option<(usize, usize)> = None;
    columns(&p, text.iter().copied(), false, |i, d| {
        if d > max_errors {
            ends.extend(dip.take());
            prev = None;
            return true;
        }
        match prev {
            None => dip = Some((i + 1, d)),
            Some(pd) if d < pd => dip = Some((i + 1, d)),
            Some(pd) if d > pd => ends.extend(dip.take()),
            Some(_) => {}
        }
        prev = Some(d);
        true
    });
    ends.extend(dip);
    ends.sort_by_key(|&(e, d)| (d, e));
    let mut out: Vec<Match> = Vec::new();
    for (end, errors) in ends {
        if out.len() >= MAX_MATCHES {
            break;
        }
        let start = start_of(text, pattern, end, errors);
        if out.iter().any(|m| m.start == start && m.end == end) {
            continue;
        }
        out.push(Match { start, end, errors });
    }
    out
}

/// Where a match that ends at `end` with `errors` edits starts: the start
/// whose stretch is that many edits from the pattern and whose length is
/// nearest the pattern's (an anchored search backwards from `end`).
fn start_of(text: &[u8], pattern: &[u8], end: usize, errors: usize) -> usize {
    let window = (pattern.len() + errors).min(end);
    let reversed: Vec<u8> = pattern.iter().rev().copied().collect();
    let p = Pattern::new(&reversed);
    let mut best: Option<(usize, usize, usize)> = None; // (distance, length gap, length)
    columns(
        &p,
        text[end - window..end].iter().rev().copied(),
        true,
        |i, d| {
            let len = i + 1;
            let gap = len.abs_diff(pattern.len());
            if best.is_none_or(|(bd, bg, _)| (d, gap) < (bd, bg)) {
                best = Some((d, gap, len));
            }
            true
        },
    );
    match best {
        Some((_, _, len)) => end - len,
        None => end,
    }
}

/// The edit distance between two short strings, by bytes.
pub fn distance(a: &[u8], b: &[u8]) -> usize {
    if a.is_empty() {
        return b.len();
    }
    let p = Pattern::new(a);
    let mut last = a.len();
    columns(&p, b.iter().copied(), true, |_, d| {
        last = d;
        true
    });
    last
}

/// How alike two strings are, from 0 (nothing alike) to 1 (the same).
pub fn similarity(a: &str, b: &str) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    1.0 - distance(a.as_bytes(), b.as_bytes()) as f64 / longest as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The textbook table, for comparison.
    fn naive_distance(a: &[u8], b: &[u8]) -> usize {
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, &x) in a.iter().enumerate() {
            let mut cur = vec![i + 1; b.len() + 1];
            for (j, &y) in b.iter().enumerate() {
                cur[j + 1] = (prev[j] + usize::from(x != y))
                    .min(prev[j + 1] + 1)
                    .min(cur[j] + 1);
            }
            prev = cur;
        }
        prev[b.len()]
    }

    /// The best distance of the pattern to any stretch of text ending at each byte.
    fn naive_ends(text: &[u8], pattern: &[u8]) -> Vec<usize> {
        let mut prev: Vec<usize> = (0..=pattern.len()).collect();
        let mut out = Vec::new();
        for &t in text {
            let mut cur = vec![0; pattern.len() + 1];
            for (i, &p) in pattern.iter().enumerate() {
                cur[i + 1] = (prev[i] + usize::from(p != t))
                    .min(prev[i + 1] + 1)
                    .min(cur[i] + 1);
            }
            out.push(cur[pattern.len()]);
            prev = cur;
        }
        out
    }

    #[test]
    fn finds_an_exact_and_a_changed_place() {
        let text =
            b"The mayor said 12 bridges were closed. Later the mayor said 13 bridges were shut.";
        let found = search(text, b"said 12 bridges were closed", 6);
        assert_eq!(found[0].errors, 0);
        assert_eq!(
            &text[found[0].start..found[0].end],
            b"said 12 bridges were closed"
        );
        let later = text.iter().position(|&b| b == b'L').unwrap();
        let second = found
            .iter()
            .filter(|m| m.start > later)
            .min_by_key(|m| m.errors)
            .expect("the changed place");
        assert_eq!(second.errors, 6);
        assert!(text[second.start..second.end].starts_with(b"said 13 bridges were s"));
    }

    #[test]
    fn long_patterns_span_several_words() {
        let pattern =
            "a fairly long sentence that needs more than one machine word of bits, ".repeat(3);
        let mut text = String::from("Before. ");
        text.push_str(&pattern.replace("machine", "mashine"));
        text.push_str(" After.");
        let found = search(text.as_bytes(), pattern.as_bytes(), 20);
        assert_eq!(found[0].errors, 3);
        assert_eq!(found[0].start, "Before. ".len());
    }

    #[test]
    fn distances_and_similarity() {
        assert_eq!(distance(b"kitten", b"sitting"), 3);
        assert_eq!(distance(b"", b"abc"), 3);
        assert_eq!(distance(b"abc", b""), 3);
        assert!((similarity("same", "same") - 1.0).abs() < 1e-9);
        assert!(similarity("", "") > 0.99);
    }

    proptest! {
        #[test]
        fn distance_agrees_with_the_table(a in "[abc]{0,80}", b in "[abc]{0,80}") {
            prop_assert_eq!(distance(a.as_bytes(), b.as_bytes()), naive_distance(a.as_bytes(), b.as_bytes()));
        }

        #[test]
        fn every_end_agrees_with_the_table(text in "[abc]{0,150}", pattern in "[abc]{1,140}") {
            let p = Pattern::new(pattern.as_bytes());
            let mut got = Vec::new();
            columns(&p, text.bytes(), false, |_, d| { got.push(d); true });
            prop_assert_eq!(got, naive_ends(text.as_bytes(), pattern.as_bytes()));
        }

        #[test]
        fn each_match_is_as_far_as_it_says(text in "[abcd ]{0,200}", pattern in "[abcd ]{1,70}", k in 0usize..10) {
            for m in search(text.as_bytes(), pattern.as_bytes(), k) {
                prop_assert!(m.errors <= k);
                let d = naive_distance(pattern.as_bytes(), &text.as_bytes()[m.start..m.end]);
                prop_assert_eq!(d, m.errors);
            }
        }
    }
}
