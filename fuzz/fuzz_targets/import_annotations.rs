//! Fuzzes what reads findings: any input as a W3C annotation set, placed
//! onto a report (every finding lands on a claim of it or is an orphan that
//! says why, and none is lost), and as a stored library (read or set aside,
//! never a panic); what is read stores and reads back the same.
#![no_main]

use claim_reader::desk::{annotations, Findings};
use claim_reader::import::library::Library;
use claim_reader::report;
use libfuzzer_sys::fuzz_target;

thread_local! {
    /// The report the findings are placed on, parsed once.
    static TARGET: report::Report = report::parse(claim_reader::seeds::SEEDS[0].text);
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    TARGET.with(|r| check(&s, r));
});

fn check(s: &str, r: &report::Report) {
    if let Ok(read) = annotations::read(s) {
        let n = read.findings.len();
        let mut f = Findings::default();
        let (placed, orphans) = f.import(r, read.findings);
        assert_eq!(placed + orphans, n);
        for x in &f.items {
            match x.claim_id() {
                Some(c) => assert!(c.index() < r.claims.len()),
                None => assert!(x.why.is_some()),
            }
        }
        let (back, problems) = Findings::read(&f.to_value());
        assert!(problems.is_empty());
        assert!(back == f);
        let again = f.clone().attach(r);
        assert_eq!(again.items.len(), f.items.len());
    }
    let loaded = Library::load(Some(s));
    let stored = loaded.library.to_json();
    let reread = Library::load(Some(&stored));
    assert!(reread.dropped.is_empty());
    assert!(reread.library == loaded.library);
}
