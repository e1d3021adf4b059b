//! The two sides of a dispute: for a `disputes` relation, which figure of
//! the disputed claim is disputed, and the figure (or, when it gives none,
//! the words such as "higher") the disputing claim sets against it.
//!
//! The reader draws a dispute as figure against figure from these places;
//! they are worked out from the report (its claims, figures and the
//! relation), the same way the relation itself was found.

use super::model::*;
use super::relations::{
    by_reference, content_lower, interval, measure_phrase, same_unit, COMPARATIVES, MEASURES,
};
use super::span::Span;

/// Where the two sides of one dispute are.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sides {
    /// The disputed claim's figure that is disputed (an index into its
    /// `figures`), when the engine found one.
    pub disputed: Option<usize>,
    /// The disputing claim's figure set against it (an index into its
    /// `figures`).
    pub by_figure: Option<usize>,
    /// When the disputing side gives no figure: the words that say how the
    /// figure is wrong ("higher", "inflated"), else its cue ("disputed");
    /// for a stretch of the report that is not a claim, that stretch.
    pub by_words: Option<Span>,
    /// What the disputed figures count ("deaths"), when known.
    pub measure: Option<String>,
}

/// The sides of `rel`; empty for a relation that is not a dispute or that
/// names a claim the report does not hold.
pub fn sides(report: &Report, rel: &Relation) -> Sides {
    let text: &str = &report.text;
    if rel.kind != RelationKind::Disputes {
        return Sides::default();
    }
    let Some(to) = report.claim(rel.to) else {
        return Sides::default();
    };
    let Some(by) = rel.from.and_then(|id| report.claim(id)) else {
        // The text disputes it outside any claim.
        let disputed = largest(to, |f| f.measure.is_some());
        return Sides {
            disputed,
            by_figure: None,
            by_words: Some(rel.span),
            measure: disputed.and_then(|k| to.figures[k].measure.clone()),
        };
    };

    // Figure against figure: the relation's place is the disputing figure.
    if let Some(i) = by.figures.iter().position(|f| f.span == rel.span) {
        let fb = &by.figures[i];
        let same = |fa: &&Figure| {
            fa.part_of.is_none() && fa.measure == fb.measure && same_unit(text, fa, fb)
        };
        let apart = |fa: &&Figure| {
            let (a0, a1) = interval(text, fa);
            let (b0, b1) = interval(text, fb);
            a1 < b0 || b1 < a0
        };
        let disputed = to
            .figures
            .iter()
            .position(|fa| same(&fa) && apart(&fa))
            .or_else(|| to.figures.iter().position(|fa| same(&fa)));
        return Sides {
            disputed,
            by_figure: Some(i),
            by_words: None,
            measure: fb.measure.clone(),
        };
    }

    // A count named in words and said to be wrong ("the number of people
    // killed is higher"), or a doubt about the figures given before.
    let lc = content_lower(text, by);
    let named = measure_phrase(&lc).map(str::to_string).or_else(|| {
        by_reference(&lc)
            .then(|| {
                to.figures
                    .iter()
                    .filter(|f| f.part_of.is_none())
                    .find_map(|f| f.measure.as_deref())
                    .filter(|m| MEASURES.contains(m))
                    .map(str::to_string)
            })
            .flatten()
    });
    let disputed = match &named {
        Some(m) => largest(to, |f| f.measure.as_deref() == Some(m)),
        None => largest(to, |f| f.measure.is_some()),
    };
    let measure = named.or_else(|| disputed.and_then(|k| to.figures[k].measure.clone()));
    let by_figure = measure.as_deref().and_then(|m| {
        by.figures
            .iter()
            .position(|f| f.part_of.is_none() && f.measure.as_deref() == Some(m))
    });
    let by_words = match by_figure {
        Some(_) => None,
        None => comparative(text, by).or(by.cue.map(|c| c.span)),
    };
    Sides {
        disputed,
        by_figure,
        by_words,
        measure,
    }
}

/// The largest whole figure of a claim that `keep`s (the overall count).
fn largest(c: &Claim, keep: impl Fn(&Figure) -> bool) -> Option<usize> {
    c.figures
        .iter()
        .enumerate()
        .filter(|(_, f)| f.part_of.is_none() && keep(f))
        .max_by(|x, y| x.1.value.total_cmp(&y.1.value))
        .map(|(k, _)| k)
}

/// Where a claim's content first says a count is wrong in one direction
/// ("higher", "far more"), as whole words.
fn comparative(text: &str, c: &Claim) -> Option<Span> {
    for s in &c.content {
        let piece = s.of(text);
        // Words with their byte ranges in `piece`.
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, ch) in piece.char_indices() {
            match (ch.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(b)) => {
                    words.push((b, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(b) = start {
            words.push((b, piece.len()));
        }
        for phrase in COMPARATIVES {
            let parts: Vec<&str> = phrase.split(' ').collect();
            let found = (0..words.len()).find(|&i| {
                parts.iter().enumerate().all(|(k, p)| {
                    words
                        .get(i + k)
                        .is_some_and(|&(a, b)| piece[a..b].eq_ignore_ascii_case(p))
                })
            });
            if let Some(i) = found {
                let (a, _) = words[i];
                let (_, b) = words[i + parts.len() - 1];
                return Span::new(text, s.start() + a, s.start() + b);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::parse;

    /// The sides of the report's first dispute, as the words they point at.
    fn check(text: &str, disputed: Option<&str>, by: Option<&str>) {
        let r = parse(text);
        let rel = r
            .relations
            .iter()
            .find(|x| x.kind == RelationKind::Disputes)
            .unwrap_or_else(|| panic!("no dispute in {text:?}: {:#?}", r.relations));
        let s = sides(&r, rel);
        let to = r.claim(rel.to).unwrap();
        let from = rel.from.and_then(|id| r.claim(id)).unwrap();
        let shown = |c: &Claim, k: Option<usize>| k.map(|k| c.figures[k].span.of(&r.text));
        assert_eq!(
            shown(to, s.disputed),
            disputed,
            "disputed figure in {text:?}"
        );
        let by_side = shown(from, s.by_figure).or(s.by_words.map(|w| w.of(&r.text)));
        assert_eq!(by_side, by, "disputing side in {text:?}");
    }

    #[test]
    fn figure_against_figure() {
        check(
            "Police said 40 people died in the fire. The Red Crescent said at least 112 people died.",
            Some("40 people"),
            Some("at least 112 people"),
        );
    }

    #[test]
    fn a_comparative_without_a_figure_is_the_disputing_words() {
        check(
            "Port officials said 31 people were killed in the blast. Local doctors insist that the number of people killed is far higher.",
            Some("31 people"),
            Some("higher"),
        );
    }

    #[test]
    fn no_dispute_gives_no_sides() {
        let r = parse("The mayor said 12 homes flooded.");
        let rel = Relation {
            kind: RelationKind::NoEvidence,
            from: None,
            to: ClaimId(0),
            span: r.claims[0].sentence,
            note: String::new(),
        };
        assert_eq!(sides(&r, &rel), Sides::default());
        let rel = Relation {
            kind: RelationKind::Disputes,
            to: ClaimId(9),
            ..rel
        };
        assert_eq!(sides(&r, &rel), Sides::default());
    }

    #[test]
    fn the_text_itself_disputing_is_its_own_words() {
        let r = parse("The mayor said 12 homes flooded. That is not true.");
        let span = Span::new(&r.text, 33, 50).unwrap();
        let rel = Relation {
            kind: RelationKind::Disputes,
            from: None,
            to: ClaimId(0),
            span,
            note: String::new(),
        };
        let s = sides(&r, &rel);
        assert_eq!(s.by_words.map(|w| w.of(&r.text)), Some("That is not true."));
        assert_eq!(s.disputed, Some(0));
    }
}
