//! The engine alone, exported to JavaScript: `parse_count(text)` parses a
//! report and returns how many claims it found. Used by `benches/throughput.mjs`.

use wasm_bindgen::prelude::*;

/// Parses `text` with the engine and returns the number of claims.
#[wasm_bindgen]
pub fn parse_count(text: &str) -> u32 {
    claim_reader::report::parse(text).claims.len() as u32
}
