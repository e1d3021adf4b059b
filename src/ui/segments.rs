//! Highlight segmentation: claim spans in, non-overlapping text pieces out.
//!
//! The source view never works out overlaps by itself. [`segments`] turns the
//! highlights of every claim (content, quoted words, claimant, cue) into an
//! ordered list of segments that covers the whole text exactly once; each
//! segment lists the highlights over it from the outermost to the innermost,
//! so the view renders it as nested `<mark>`s around one text node.

use crate::report::{ClaimId, Report};
use std::ops::Range;

/// What part of a claim a highlight shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// What is claimed.
    Content,
    /// Quoted words inside the content.
    Quote,
    /// The mention of who claims it.
    Claimant,
    /// The verb (or phrase) that attributes it.
    Cue,
    /// A figure (or the words answering one) that a dispute sets against
    /// another claim's.
    Disputed,
}

/// One stretch of text that belongs to a claim, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub range: Range<usize>,
    pub claim: ClaimId,
    pub role: Role,
}

/// A highlight as it applies to one segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layer {
    pub claim: ClaimId,
    pub role: Role,
    /// The claim is the selected one.
    pub selected: bool,
}

/// A piece of the text with the highlights over it, outermost first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    pub layers: Vec<Layer>,
}

impl Segment {
    /// The innermost claim over this piece, if any.
    pub fn claim(&self) -> Option<ClaimId> {
        self.layers.last().map(|l| l.claim)
    }
}

/// Splits `0..len` into ordered, non-overlapping, non-empty segments that
/// cover it exactly, each carrying the highlights that contain it.
///
/// Highlights are clamped to `0..len`; empty ones are dropped. Nesting
/// follows length: a longer highlight is outside a shorter one, and at equal
/// length the earlier highlight in `highlights` is outside. Offsets are cut
/// only at highlight ends, so when every highlight lies on `char` boundaries
/// every segment does too.
pub fn segments(len: usize, highlights: &[Highlight], selected: Option<ClaimId>) -> Vec<Segment> {
    // Normalise: clamp, drop empties, keep the input order as a tie-breaker.
    let mut hs: Vec<(usize, usize, usize)> = highlights
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let s = h.range.start.min(len);
            let e = h.range.end.min(len);
            (s < e).then_some((s, e, i))
        })
        .collect();
    // Outer before inner: longer first, then input order.
    hs.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.2.cmp(&b.2)));

    let mut cuts: Vec<usize> = Vec::with_capacity(hs.len() * 2 + 2);
    cuts.push(0);
    cuts.push(len);
    for &(s, e, _) in &hs {
        cuts.push(s);
        cuts.push(e);
    }
    cuts.sort_unstable();
    cuts.dedup();

    // Sweep the cuts in order, keeping the highlights open over the current
    // piece (few at any point), so the work grows with the highlights, not
    // with their square.
    let mut by_start: Vec<usize> = (0..hs.len()).collect();
    by_start.sort_by_key(|&k| hs[k].0);
    let mut next = 0;
    let mut open: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        if s >= e {
            continue;
        }
        open.retain(|&k| hs[k].1 > s);
        while next < by_start.len() && hs[by_start[next]].0 <= s {
            let k = by_start[next];
            if hs[k].1 > s {
                open.push(k);
            }
            next += 1;
        }
        // Outer first: the order of `hs`.
        open.sort_unstable();
        let layers = open
            .iter()
            .map(|&k| {
                let h = &highlights[hs[k].2];
                Layer {
                    claim: h.claim,
                    role: h.role,
                    selected: Some(h.claim) == selected,
                }
            })
            .collect();
        out.push(Segment {
            range: s..e,
            layers,
        });
    }
    if out.is_empty() && len > 0 {
        out.push(Segment {
            range: 0..len,
            layers: Vec::new(),
        });
    }
    out
}

/// The segments that fall inside `range` (for one paragraph), cut at its
/// edges. `segs` must be the ordered output of [`segments`].
pub fn within(segs: &[Segment], range: Range<usize>) -> Vec<Segment> {
    let first = segs.partition_point(|s| s.range.end <= range.start);
    segs[first..]
        .iter()
        .take_while(|s| s.range.start < range.end)
        .filter_map(|s| {
            let a = s.range.start.max(range.start);
            let b = s.range.end.min(range.end);
            (a < b).then(|| Segment {
                range: a..b,
                layers: s.layers.clone(),
            })
        })
        .collect()
}

/// One paragraph of the text: its segments, the claims that show in it and
/// the highlights that are tab stops.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub range: Range<usize>,
    pub segments: Vec<Segment>,
    /// Every claim with a highlight here, in order of first appearance.
    pub claims: Vec<ClaimId>,
    /// `(segment index, claim)`: where each claim's first content highlight
    /// in the whole text begins, when that is in this paragraph.
    pub tab_stops: Vec<(usize, ClaimId)>,
}

impl Paragraph {
    /// Whether a claim has a highlight in this paragraph.
    pub fn shows(&self, claim: ClaimId) -> bool {
        self.claims.contains(&claim)
    }

    /// Whether the content highlight of `claim` over segment `i` is the
    /// claim's tab stop.
    pub fn is_tab_stop(&self, i: usize, claim: ClaimId) -> bool {
        self.tab_stops.contains(&(i, claim))
    }
}

/// Cuts the ordered output of [`segments`] into paragraphs (ordered,
/// non-overlapping byte ranges), so that a change to one claim touches only
/// the paragraphs that show it. Each claim's first content segment in text
/// order is its one tab stop.
pub fn paragraphs(segs: &[Segment], ranges: &[Range<usize>]) -> Vec<Paragraph> {
    let mut seen: Vec<bool> = Vec::new();
    ranges
        .iter()
        .map(|r| {
            let segments = within(segs, r.clone());
            let mut claims: Vec<ClaimId> = Vec::new();
            let mut tab_stops = Vec::new();
            for (i, s) in segments.iter().enumerate() {
                for l in &s.layers {
                    if !claims.contains(&l.claim) {
                        claims.push(l.claim);
                    }
                    let c = l.claim.index();
                    if seen.len() <= c {
                        seen.resize(c + 1, false);
                    }
                    if l.role == Role::Content && !seen[c] {
                        seen[c] = true;
                        tab_stops.push((i, l.claim));
                    }
                }
            }
            Paragraph {
                range: r.clone(),
                segments,
                claims,
                tab_stops,
            }
        })
        .collect()
}

/// Every highlight of a report, claim by claim, in a stable order.
pub fn highlights(report: &Report) -> Vec<Highlight> {
    let mut out = Vec::new();
    for c in &report.claims {
        for s in &c.content {
            out.push(Highlight {
                range: s.range(),
                claim: c.id,
                role: Role::Content,
            });
        }
        for s in &c.quotes {
            out.push(Highlight {
                range: s.range(),
                claim: c.id,
                role: Role::Quote,
            });
        }
        if let Some(cl) = &c.claimant {
            out.push(Highlight {
                range: cl.span.range(),
                claim: c.id,
                role: Role::Claimant,
            });
        }
        if let Some(cue) = &c.cue {
            out.push(Highlight {
                range: cue.span.range(),
                claim: c.id,
                role: Role::Cue,
            });
        }
    }
    for (claim, span) in crate::ui::present::disputed_places(report) {
        out.push(Highlight {
            range: span.range(),
            claim,
            role: Role::Disputed,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(s: usize, e: usize, c: u32, role: Role) -> Highlight {
        Highlight {
            range: s..e,
            claim: ClaimId(c),
            role,
        }
    }

    /// Renders segments compactly: `[a..b c1:C,c2:Q*]` per segment.
    fn show(segs: &[Segment]) -> String {
        segs.iter()
            .map(|s| {
                let ls: Vec<String> = s
                    .layers
                    .iter()
                    .map(|l| {
                        let r = match l.role {
                            Role::Content => "C",
                            Role::Quote => "Q",
                            Role::Claimant => "W",
                            Role::Cue => "V",
                            Role::Disputed => "D",
                        };
                        format!(
                            "c{}:{}{}",
                            l.claim.0 + 1,
                            r,
                            if l.selected { "*" } else { "" }
                        )
                    })
                    .collect();
                format!("[{}..{} {}]", s.range.start, s.range.end, ls.join(","))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn check(len: usize, hs: &[Highlight], sel: Option<u32>, expect: &str) {
        let segs = segments(len, hs, sel.map(ClaimId));
        assert_eq!(show(&segs), expect);
        assert_covers(len, &segs);
    }

    fn assert_covers(len: usize, segs: &[Segment]) {
        let mut at = 0;
        for s in segs {
            assert_eq!(s.range.start, at, "gap or overlap in {segs:?}");
            assert!(s.range.start < s.range.end, "empty segment in {segs:?}");
            at = s.range.end;
        }
        assert_eq!(at, len, "does not reach the end: {segs:?}");
    }

    #[test]
    fn no_highlights_is_one_plain_segment() {
        check(10, &[], None, "[0..10 ]");
    }

    #[test]
    fn empty_text_has_no_segments() {
        check(0, &[h(0, 0, 0, Role::Content)], None, "");
    }

    #[test]
    fn one_claim_in_the_middle() {
        check(
            10,
            &[h(2, 5, 0, Role::Content)],
            None,
            "[0..2 ] [2..5 c1:C] [5..10 ]",
        );
    }

    #[test]
    fn selection_flags_only_that_claim() {
        check(
            6,
            &[h(0, 3, 0, Role::Content), h(3, 6, 1, Role::Content)],
            Some(1),
            "[0..3 c1:C] [3..6 c2:C*]",
        );
    }

    #[test]
    fn nested_quote_sits_inside_its_content() {
        check(
            10,
            &[h(0, 10, 0, Role::Content), h(3, 6, 0, Role::Quote)],
            Some(0),
            "[0..3 c1:C*] [3..6 c1:C*,c1:Q*] [6..10 c1:C*]",
        );
    }

    #[test]
    fn overlapping_claims_nest_longer_outside() {
        check(
            10,
            &[h(0, 6, 0, Role::Content), h(4, 8, 1, Role::Content)],
            None,
            "[0..4 c1:C] [4..6 c1:C,c2:C] [6..8 c2:C] [8..10 ]",
        );
    }

    #[test]
    fn equal_spans_keep_input_order() {
        check(
            4,
            &[h(0, 4, 1, Role::Content), h(0, 4, 0, Role::Content)],
            None,
            "[0..4 c2:C,c1:C]",
        );
    }

    #[test]
    fn claimant_and_cue_outside_content() {
        check(
            20,
            &[
                h(10, 20, 0, Role::Content),
                h(0, 3, 0, Role::Claimant),
                h(4, 8, 0, Role::Cue),
            ],
            None,
            "[0..3 c1:W] [3..4 ] [4..8 c1:V] [8..10 ] [10..20 c1:C]",
        );
    }

    #[test]
    fn out_of_range_highlights_are_clamped() {
        check(
            5,
            &[h(3, 99, 0, Role::Content), h(7, 9, 1, Role::Cue)],
            None,
            "[0..3 ] [3..5 c1:C]",
        );
    }

    #[test]
    fn within_cuts_at_paragraph_edges() {
        let segs = segments(10, &[h(2, 8, 0, Role::Content)], None);
        let p = within(&segs, 4..10);
        assert_eq!(show(&p), "[4..8 c1:C] [8..10 ]");
        assert!(within(&segs, 10..10).is_empty());
    }

    #[test]
    fn innermost_claim_is_the_last_layer() {
        let segs = segments(
            10,
            &[h(0, 10, 0, Role::Content), h(2, 4, 1, Role::Content)],
            None,
        );
        assert_eq!(segs[1].claim(), Some(ClaimId(1)));
        assert_eq!(segs[0].claim(), Some(ClaimId(0)));
    }

    #[test]
    fn paragraphs_list_their_claims_and_one_tab_stop_per_claim() {
        // c1's content runs over both paragraphs; c2 is only in the second.
        let segs = segments(
            20,
            &[
                h(2, 14, 0, Role::Content),
                h(0, 2, 0, Role::Claimant),
                h(12, 18, 1, Role::Content),
            ],
            None,
        );
        let ps = paragraphs(&segs, &[0..10, 10..20]);
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].claims, vec![ClaimId(0)]);
        assert_eq!(ps[1].claims, vec![ClaimId(0), ClaimId(1)]);
        assert_eq!(ps[0].tab_stops, vec![(1, ClaimId(0))]);
        assert_eq!(ps[1].tab_stops, vec![(1, ClaimId(1))]);
        assert!(ps[0].is_tab_stop(1, ClaimId(0)));
        assert!(!ps[1].is_tab_stop(0, ClaimId(0)), "one tab stop per claim");
        assert!(ps[1].shows(ClaimId(1)) && !ps[0].shows(ClaimId(1)));
        assert_eq!(
            show(&ps[1].segments),
            "[10..12 c1:C] [12..14 c1:C,c2:C] [14..18 c2:C] [18..20 ]"
        );
    }

    /// A small deterministic generator, so the property runs without extra
    /// crates in the library's test build.
    struct Rng(u64);
    impl Rng {
        /// xorshift64: a number below `n`.
        fn next(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    #[test]
    fn segments_join_back_to_the_whole_text_for_any_spans() {
        let text = "“Quoted words here”, she said — ünïcödé text, 4,500 units. Ende.";
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for round in 0..500 {
            let n = rng.next(8);
            let hs: Vec<Highlight> = (0..n)
                .map(|i| {
                    let a = bounds[rng.next(bounds.len())];
                    let b = bounds[rng.next(bounds.len())];
                    let role = [Role::Content, Role::Quote, Role::Claimant, Role::Cue][rng.next(4)];
                    h(a.min(b), a.max(b), i as u32, role)
                })
                .collect();
            let sel = (rng.next(3) == 0).then(|| ClaimId(rng.next(n.max(1)) as u32));
            let segs = segments(text.len(), &hs, sel);
            assert_covers(text.len(), &segs);
            let joined: String = segs.iter().map(|s| &text[s.range.clone()]).collect();
            assert_eq!(joined, text, "round {round}");
            for s in &segs {
                // Each layer's highlight really contains the segment, and every
                // highlight that contains it is listed.
                let containing = hs
                    .iter()
                    .filter(|x| x.range.start <= s.range.start && s.range.end <= x.range.end)
                    .count();
                assert_eq!(s.layers.len(), containing, "round {round}: {s:?}");
                for l in &s.layers {
                    assert_eq!(l.selected, Some(l.claim) == sel);
                }
                // Outer layers are never shorter than inner ones.
                let lens: Vec<usize> = s
                    .layers
                    .iter()
                    .map(|l| {
                        hs.iter()
                            .filter(|x| x.claim == l.claim && x.role == l.role)
                            .filter(|x| {
                                x.range.start <= s.range.start && s.range.end <= x.range.end
                            })
                            .map(|x| x.range.len())
                            .max()
                            .unwrap_or(0)
                    })
                    .collect();
                assert!(
                    lens.windows(2).all(|w| w[0] >= w[1]),
                    "round {round}: {lens:?}"
                );
            }
            // Paragraph cuts also join back.
            let mid = bounds[rng.next(bounds.len())];
            let a: String = within(&segs, 0..mid)
                .iter()
                .map(|s| &text[s.range.clone()])
                .collect();
            let b: String = within(&segs, mid..text.len())
                .iter()
                .map(|s| &text[s.range.clone()])
                .collect();
            assert_eq!(format!("{a}{b}"), text);
        }
    }
}
