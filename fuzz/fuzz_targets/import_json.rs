//! Fuzzes the Report JSON importer: any input is read or refused with a
//! message, never a panic; whatever is read keeps every span inside its
//! text and exports to a document that reads back as the same report.
#![no_main]

use claim_reader::import::json::from_json;
use claim_reader::report::json::to_json_string;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    match from_json(&s) {
        Ok(r) => {
            let t: &str = &r.text;
            let spans = r
                .sentences
                .iter()
                .chain(r.entities.iter().flat_map(|e| &e.mentions))
                .chain(
                    r.claims
                        .iter()
                        .flat_map(|c| c.content.iter().chain(&c.quotes)),
                )
                .chain(r.relations.iter().map(|x| &x.span));
            for sp in spans {
                assert!(t.get(sp.range()).is_some());
            }
            let mut again =
                from_json(&to_json_string(&r)).expect("an import exports and reads back");
            // JSON numbers with long mantissas or large exponents may read
            // back one unit in the last place away; anything else is equal.
            for (a, b) in again.claims.iter_mut().zip(&r.claims) {
                assert!(close(
                    a.confidence as f64,
                    b.confidence as f64,
                    f32::EPSILON as f64
                ));
                a.confidence = b.confidence;
                for (x, y) in a.figures.iter_mut().zip(&b.figures) {
                    assert!(close(x.value, y.value, f64::EPSILON));
                    x.value = y.value;
                }
            }
            assert!(again == r);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});

fn close(a: f64, b: f64, eps: f64) -> bool {
    a == b || (a - b).abs() <= 4.0 * eps * a.abs().max(b.abs())
}
