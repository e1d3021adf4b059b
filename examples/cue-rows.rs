//! Prints the rows the learned cue model is trained on, for
//! `scripts/train-cue-model.py`: for each file a line `#<TAB>path`, then
//! for each word outside quotation marks
//! `start<TAB>end<TAB>state<TAB>features` (byte offsets; `state` is 0 when
//! the model reads the word, 1 when a rule's claim holds it, 2 when a veto
//! refused it as a cue, 3 when the model may not read it as one; features
//! separated by spaces).
//!
//! Usage: cargo run --release --example cue-rows -- FILE...

use claim_reader::report::RowState;
use std::io::Write;

fn main() {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("cue-rows: {path}: {e}");
                std::process::exit(1);
            }
        };
        let _ = writeln!(out, "#\t{path}");
        claim_reader::report::cue_rows(&text, &mut |span, state, feats| {
            let state = match state {
                RowState::Free => 0,
                RowState::Held => 1,
                RowState::Refused => 2,
                RowState::NoCue => 3,
            };
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}",
                span.start(),
                span.end(),
                state,
                feats.join(" ")
            );
        });
    }
}
