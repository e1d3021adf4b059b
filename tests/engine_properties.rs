//! Properties of `parse` on any input: it never panics, every span lies on
//! character boundaries inside the text, ids refer to existing items, and the
//! same input gives the same output.

use claim_reader::report::{json, parse, Report, Span};
use proptest::prelude::*;

const SEED: &str = include_str!("../seeds/hrw-kazakhstan-january-events.txt");

fn check_span(r: &Report, s: Span, what: &str) {
    let t: &str = &r.text;
    assert!(
        s.start() <= s.end() && s.end() <= t.len(),
        "{what} {s:?} outside the text"
    );
    assert!(
        t.is_char_boundary(s.start()) && t.is_char_boundary(s.end()),
        "{what} {s:?} splits a character"
    );
}

/// Every invariant the reader relies on.
fn check_invariants(r: &Report) {
    for s in r.paragraphs.iter().chain(&r.sentences) {
        check_span(r, *s, "paragraph/sentence");
    }
    for w in r.sentences.windows(2) {
        assert!(
            w[0].end() <= w[1].start(),
            "sentences overlap or are out of order"
        );
    }
    for (i, e) in r.entities.iter().enumerate() {
        assert_eq!(e.id.index(), i);
        for m in &e.mentions {
            check_span(r, *m, "mention");
        }
        if let Some(a) = e.affiliation {
            assert!(r.entity(a).is_some());
        }
    }
    let mut last_start = 0;
    for (i, c) in r.claims.iter().enumerate() {
        assert_eq!(c.id.index(), i);
        assert!(!c.content.is_empty(), "a claim without content");
        let first = c.content[0].start();
        assert!(first >= last_start, "claims out of text order");
        last_start = first;
        for w in c.content.windows(2) {
            assert!(w[0].end() <= w[1].start(), "content spans overlap");
        }
        for s in c.content.iter().chain(&c.quotes) {
            check_span(r, *s, "content");
        }
        if let Some(cl) = &c.claimant {
            check_span(r, cl.span, "claimant");
            if let Some(e) = cl.entity {
                assert!(r.entity(e).is_some(), "claimant entity missing");
            }
        }
        if let Some(q) = c.cue {
            check_span(r, q.span, "cue");
        }
        for f in &c.figures {
            check_span(r, f.span, "figure");
            assert!(f.value.is_finite());
            if let Some(p) = f.part_of {
                assert!(p < c.figures.len());
            }
        }
        for d in &c.dates {
            check_span(r, d.span, "date");
        }
    }
    for rel in &r.relations {
        check_span(r, rel.span, "relation");
        assert!(r.claim(rel.to).is_some());
        if let Some(f) = rel.from {
            assert!(r.claim(f).is_some());
        }
        // The sides of a dispute point at figures and words of the report.
        let s = claim_reader::report::sides::sides(r, rel);
        let to = r.claim(rel.to).unwrap();
        assert!(s.disputed.is_none_or(|k| k < to.figures.len()));
        if let Some(k) = s.by_figure {
            assert!(k < rel.from.and_then(|f| r.claim(f)).unwrap().figures.len());
        }
        if let Some(w) = s.by_words {
            check_span(r, w, "disputing words");
        }
    }
    for d in &r.diagnostics {
        check_span(r, d.span, "diagnostic");
    }
    // The JSON edge works and its code-point offsets point at the same text.
    let j = json::to_json(r);
    let chars: Vec<char> = j.text.chars().collect();
    for c in &j.claims {
        for p in &c.content {
            assert!(p.span[1] <= chars.len());
            let s: String = chars[p.span[0]..p.span[1]].iter().collect();
            assert_eq!(s, p.text);
        }
    }
}

fn news_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        ".",
        ",",
        ":",
        ";",
        "\n",
        "\n\n",
        " ",
        " said ",
        " told reporters ",
        " according to ",
        "Mr. ",
        "U.S. ",
        "It ",
        "He ",
        "added",
        "that ",
        "more than ",
        "1,000 ",
        "238 people",
        "six ",
        "January ",
        "December 20",
        "HRW",
        "(HRW)",
        "Human Rights Watch",
        "officials",
        "é",
        "👩‍👩‍👧",
        "\u{0301}",
        "\r\n",
        "…",
        "Smith",
        "the number is higher",
        "no evidence",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn any_string_parses_with_valid_spans(s in any::<String>()) {
        check_invariants(&parse(&s));
    }

    #[test]
    fn news_like_strings_parse_with_valid_spans(s in news_like()) {
        check_invariants(&parse(&s));
    }

    #[test]
    fn same_input_same_output(s in news_like()) {
        prop_assert_eq!(parse(&s), parse(&s));
    }
}

#[test]
fn every_prefix_of_the_seed_parses() {
    for (i, _) in SEED.char_indices() {
        check_invariants(&parse(&SEED[..i]));
    }
}

#[test]
fn every_slice_of_the_seed_parses() {
    // Every i..j on character boundaries, with a stride to keep it quick
    // (about 70,000 slices).
    let bounds: Vec<usize> = SEED
        .char_indices()
        .map(|(i, _)| i)
        .chain([SEED.len()])
        .collect();
    for (a, &i) in bounds.iter().enumerate().step_by(7) {
        for &j in bounds[a..].iter().step_by(5) {
            check_invariants(&parse(&SEED[i..j]));
        }
    }
}

#[test]
fn hostile_shapes_parse() {
    let quotes = "\"".repeat(10_000);
    let long_line = "word said that ".repeat(7_000);
    let nested = "«„“\"‘".repeat(2_000);
    let rtl = "قال المتحدث إن \"الوضع خطير\" said the spokesman.";
    for s in [
        quotes.as_str(),
        long_line.as_str(),
        nested.as_str(),
        rtl,
        "\u{feff}\u{0}\u{1}",
        "\r\r\r",
        ".",
    ] {
        check_invariants(&parse(s));
    }
}
