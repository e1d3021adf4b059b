//! How many times each card and each paragraph of the text has rendered.
//!
//! A render costs one counter bump. The selection latency benchmark reads the
//! counts through the module's exports `cardRenders()` and
//! `paragraphRenders()` to check that a selection re-renders only the cards
//! and paragraphs whose look it changes. Production builds leave it out: it
//! is compiled with the cargo feature `render-counts` (and for its own test).

use std::cell::RefCell;

/// What is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// The card of the claim with this index.
    Card(usize),
    /// The paragraph with this index in the text.
    Paragraph(usize),
}

thread_local! {
    static COUNTS: RefCell<[Vec<u32>; 2]> = const { RefCell::new([Vec::new(), Vec::new()]) };
}

/// Counts one render.
pub fn note(what: Counted) {
    let (kind, i) = match what {
        Counted::Card(i) => (0, i),
        Counted::Paragraph(i) => (1, i),
    };
    COUNTS.with(|c| {
        let v = &mut c.borrow_mut()[kind];
        if v.len() <= i {
            v.resize(i + 1, 0);
        }
        v[i] = v[i].wrapping_add(1);
    });
}

/// Renders so far of each card (by claim index), or of each paragraph.
pub fn counts(paragraphs: bool) -> Vec<u32> {
    COUNTS.with(|c| c.borrow()[usize::from(paragraphs)].clone())
}

/// Renders so far of each card, by claim index.
#[cfg(all(target_arch = "wasm32", feature = "render-counts"))]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = cardRenders)]
pub fn card_renders() -> Vec<u32> {
    counts(false)
}

/// Renders so far of each paragraph of the text, in order.
#[cfg(all(target_arch = "wasm32", feature = "render-counts"))]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = paragraphRenders)]
pub fn paragraph_renders() -> Vec<u32> {
    counts(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_card_and_paragraph_counts_apart() {
        note(Counted::Card(2));
        note(Counted::Paragraph(0));
        note(Counted::Paragraph(0));
        assert_eq!(counts(false), vec![0, 0, 1]);
        assert_eq!(counts(true), vec![2]);
    }
}
