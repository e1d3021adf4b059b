//! Fuzzes what reads the engine's worker's answer (`report::wire::decode`):
//! any bytes, and the real answer for an embedded report with the input's
//! bytes written over it, are either refused or a report whose every span
//! slices the text and whose every id names an item; never a panic.
#![no_main]

use claim_reader::report::{self, wire, Report};
use libfuzzer_sys::fuzz_target;
use std::rc::Rc;

thread_local! {
    /// An embedded report and its encoding, made once.
    static REAL: (Rc<str>, Vec<u8>) = {
        let r = report::parse(claim_reader::seeds::SEEDS[0].text);
        let bytes = wire::encode(&r);
        (r.text, bytes)
    };
}

fuzz_target!(|data: &[u8]| {
    REAL.with(|(text, real)| {
        if let Ok(r) = wire::decode(text.clone(), data) {
            check(&r);
        }
        // Each three input bytes: where (two bytes) and what to write.
        let mut edited = real.clone();
        for edit in data.chunks_exact(3) {
            let at = usize::from(u16::from_le_bytes([edit[0], edit[1]])) % edited.len();
            edited[at] = edit[2];
        }
        if let Ok(r) = wire::decode(text.clone(), &edited) {
            check(&r);
        }
    });
});

fn check(r: &Report) {
    let text: &str = &r.text;
    let ok = |s: report::Span| assert!(text.get(s.range()).is_some());
    r.paragraphs.iter().chain(&r.sentences).for_each(|s| ok(*s));
    for c in &r.claims {
        c.content.iter().chain(&c.quotes).for_each(|s| ok(*s));
        ok(c.sentence);
        if let Some(e) = c.claimant.as_ref().and_then(|w| w.entity) {
            assert!(r.entity(e).is_some());
        }
        let _ = r.claimant_name(c);
    }
    for rel in &r.relations {
        assert!(r.claim(rel.to).is_some());
    }
}
