//! Fuzzes the engine: any bytes, read as text the way the reader does,
//! must parse without panicking, with every span valid, and serialise.
#![no_main]

use claim_reader::report::{json, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let r = parse(&text);
    let t: &str = &r.text;
    for c in &r.claims {
        for s in c.content.iter().chain(c.claimant.as_ref().map(|x| &x.span)) {
            assert!(t.get(s.range()).is_some());
        }
    }
    let j = json::to_json(&r);
    assert_eq!(j.claims.len(), r.claims.len());
});
