//! A learned cue detector: words of stance and belief that no rule of the
//! table reads ("has been critical of", "is convinced", "is known for").
//!
//! An averaged perceptron over the words around a token decides whether
//! the token heads a cue. It is trained on PolNeAR's training split by
//! `scripts/train-cue-model.py`, on the rows that
//! `cargo run --release --example cue-rows` prints: the features of every
//! word outside quotation marks, worked out by [`features`] below, so that
//! training and reading see the same tokens. The weights in
//! `cue_model.txt` are numbers and words only; the same corpus gives the
//! same file.
//!
//! The rules run first; the model reads only the words that no claim of the
//! sentence holds and that can carry a claim (see `super::learned_cues`).
//! Scoring a word is a dozen lookups in a hash map built on first use.

use super::super::lexicon::{FnvWordMap, Sieve};
use super::super::tokens::{TokKind, Toks, CAPITALISED, CUE, PHRASAL_CUE};
use std::sync::OnceLock;

/// `weight<TAB>feature` lines; the weight of `b` is the bias.
const MODEL: &str = include_str!("cue_model.txt");

struct Model {
    weights: FnvWordMap<'static, i32>,
    /// The words with a weight of their own (`w=` features), and a sieve
    /// that rules most other words out before they are hashed.
    words: FnvWordMap<'static, ()>,
    sieve: Sieve,
}

fn model() -> &'static Model {
    static MODEL_TABLE: OnceLock<Model> = OnceLock::new();
    MODEL_TABLE.get_or_init(|| {
        let mut weights: FnvWordMap<'static, i32> =
            FnvWordMap::with_capacity_and_hasher(MODEL.len() / 16, Default::default());
        for line in MODEL.lines() {
            let Some((w, f)) = line.split_once('\t') else {
                continue;
            };
            if let Ok(w) = w.parse::<i32>() {
                weights.insert(f, w);
            }
        }
        let words: FnvWordMap<'static, ()> = weights
            .keys()
            .filter_map(|f| f.strip_prefix("w="))
            .map(|w| (w, ()))
            .collect();
        let sieve = Sieve::new(words.keys().copied());
        Model {
            weights,
            words,
            sieve,
        }
    })
}

/// Token `k` as the features spell it: the lowered word, `<num>` for a
/// number, `"` for any quotation mark, the character of a punctuation
/// mark, and `<s>` or `</s>` beyond the sentence.
fn norm<'t>(t: &'t Toks, k: isize) -> &'t str {
    if k < 0 {
        return "<s>";
    }
    let k = k as usize;
    match t.kind(k) {
        None => "</s>",
        Some(TokKind::Number) => "<num>",
        Some(TokKind::OpenQuote | TokKind::CloseQuote) => "\"",
        Some(TokKind::Punct(_)) => t.s(k),
        Some(TokKind::Word) => t.lower(k),
    }
}

/// The last three characters of a word.
fn suffix(w: &str) -> &str {
    let at = w.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
    &w[at..]
}

/// Calls `emit` with each feature of word `i`, built in `buf`.
pub fn features(t: &Toks, i: usize, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    let k = i as isize;
    let w = norm(t, k);
    let (p1, p2, n1, n2) = (
        norm(t, k - 1),
        norm(t, k - 2),
        norm(t, k + 1),
        norm(t, k + 2),
    );
    emit("b");
    let mut put = |parts: &[&str]| {
        buf.clear();
        for p in parts {
            buf.push_str(p);
        }
        emit(buf);
    };
    put(&["w=", w]);
    put(&["s3=", suffix(w)]);
    put(&["p1=", p1]);
    put(&["p2=", p2]);
    put(&["n1=", n1]);
    put(&["n2=", n2]);
    put(&["pw=", p1, "|", w]);
    put(&["wn=", w, "|", n1]);
    if t.toks.get(i).is_some_and(|x| x.case & CAPITALISED != 0) {
        emit("cap");
    }
    if t.has(i, CUE | PHRASAL_CUE) {
        emit("cue");
    }
    if i == 0 {
        emit("first");
    }
}

/// The model's score for word `i`: above zero, it heads a cue.
pub fn score(t: &Toks, i: usize, buf: &mut String) -> i32 {
    let weights = &model().weights;
    let mut sum = 0;
    features(t, i, buf, &mut |f| {
        sum += weights.get(f).copied().unwrap_or(0);
    });
    sum
}

/// Whether word `w` has a weight of its own in the model: the words the
/// model ever saw heading a cue. Others are not scored.
pub fn knows(w: &str) -> bool {
    let m = model();
    m.sieve.may_hold(w) && m.words.contains_key(w)
}
