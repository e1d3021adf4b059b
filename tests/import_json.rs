//! Importing Report JSON: an export opens as exactly the report it was made
//! from, with its metadata; a damaged, foreign or hostile file gets one
//! clear message naming what is wrong.

use claim_reader::import::json::{from_json, from_json_with_meta, ImportError, MAX_JSON_BYTES};
use claim_reader::report::json::{to_json, to_json_string, to_json_string_with_meta, Meta};
use claim_reader::report::parse;
use proptest::prelude::*;
use serde_json::{json, Value};

const SAMPLE: &str = "Floods in the north\n\nThe ministry said on Tuesday that more than 40 people, including 7 children, had died in the floods. Aid workers said the number was higher. “We have seen no evidence for the official figure,” said Maria Ortiz, a spokeswoman for Relief Now (RN). Ortiz added that hundreds of families were homeless since last week.\n";

fn fixtures() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["seeds", "tests/fixtures/brown", "tests/fixtures/variants"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            out.push((
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            ));
        }
    }
    out
}

fn assert_round_trip(text: &str) {
    let r = parse(text);
    let back = from_json(&to_json_string(&r));
    assert_eq!(
        back.as_ref().err(),
        None,
        "the export of {text:?} did not open"
    );
    assert!(
        back.unwrap() == r,
        "the export of {text:?} opened as another report"
    );
}

#[test]
fn every_fixture_export_opens_as_the_same_report() {
    let all = fixtures();
    assert!(all.len() >= 15, "the fixtures are missing");
    for (name, text) in &all {
        let r = parse(text);
        assert!(!r.claims.is_empty(), "{name} has no claims to compare");
        let back = from_json(&to_json_string(&r)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(back == r, "{name}: the imported report differs");
    }
}

#[test]
fn the_sample_round_trips_with_figures_parts_dates_entities_and_relations() {
    let r = parse(SAMPLE);
    assert!(r
        .claims
        .iter()
        .any(|c| c.figures.iter().any(|f| f.part_of.is_some())));
    assert!(r.claims.iter().any(|c| !c.dates.is_empty()));
    assert!(r.entities.iter().any(|e| !e.aliases.is_empty()));
    assert_round_trip(SAMPLE);
}

#[test]
fn text_with_windows_line_endings_and_astral_characters_round_trips() {
    assert_round_trip(
        "“Prices rose by 12%,” the minister said. 👩‍👩‍👧\r\nOfficials said 300 people left.\r\n",
    );
    assert_round_trip("");
    assert_round_trip("é");
}

#[test]
fn metadata_travels_with_the_export() {
    let r = parse(SAMPLE);
    let meta = Meta {
        title: Some("Floods in the north".into()),
        source_url: Some("https://example.org/floods".into()),
        published: Some("2024-05-01".into()),
    };
    let s = to_json_string_with_meta(&r, &meta);
    let imported = from_json_with_meta(&s).unwrap();
    assert!(imported.report == r);
    assert_eq!(imported.meta, meta);
    assert!(imported.warnings.is_empty());
    // An export without metadata is the version-1 document as before.
    assert!(!to_json_string(&r).contains("\"meta\""));
    assert_eq!(
        from_json_with_meta(&to_json_string(&r)).unwrap().meta,
        Meta::default()
    );
}

#[test]
fn an_unsafe_source_url_is_left_out_with_a_notice() {
    let mut v = export(SAMPLE);
    v["meta"] = json!({"title": "  Two\nlines  ", "source_url": "javascript:alert(1)"});
    let imported = from_json_with_meta(&v.to_string()).unwrap();
    assert_eq!(imported.meta.title.as_deref(), Some("Two lines"));
    assert_eq!(imported.meta.source_url, None);
    assert!(imported.warnings[0].contains("not an http or https address"));
}

#[test]
fn an_export_of_the_documented_shape_opens() {
    // The contract's example leaves out `strength`, `quotes`, date kinds and
    // optional members: they take their defaults.
    let doc = json!({
        "format": "claim-reader.report/1",
        "text": "Officials said 12 people died.",
        "sentences": [[0, 30]],
        "entities": [{"id": "e1", "name": "Officials", "kind": "group", "aliases": [],
                      "role": null, "mentions": [[0, 9]]}],
        "claims": [{"id": "c1", "kind": "indirect",
                    "claimant": {"entity": "e1", "text": "Officials", "span": [0, 9]},
                    "cue": {"text": "said", "span": [10, 14]},
                    "content": [{"text": "12 people died", "span": [15, 29]}],
                    "figures": [{"text": "12 people", "value": 12, "qualifier": "exact",
                                 "unit": "people", "span": [15, 24]}],
                    "dates": [], "confidence": 0.9}],
        "relations": [],
        "diagnostics": []
    });
    let r = from_json(&doc.to_string()).unwrap();
    assert_eq!(r.claims.len(), 1);
    assert_eq!(r.slice(r.claims[0].figures[0].unit.unwrap()), "people");
    assert_eq!(r.claims[0].sentence, r.sentences[0]);
}

fn export(text: &str) -> Value {
    serde_json::to_value(to_json(&parse(text))).unwrap()
}

/// The message for the sample's export after `change`.
fn refused(change: impl FnOnce(&mut Value)) -> String {
    let mut v = export(SAMPLE);
    change(&mut v);
    match from_json(&v.to_string()) {
        Ok(_) => panic!("accepted: {v}"),
        Err(e) => e.to_string(),
    }
}

fn check(change: impl FnOnce(&mut Value), expected: &str) {
    let m = refused(change);
    assert!(m.contains(expected), "{m:?} does not say {expected:?}");
}

#[test]
fn offsets_past_the_end_name_the_claim() {
    check(
        |v| v["claims"][3]["content"][0]["span"] = json!([300, 5000]),
        "claim c4, content part 1 points past the end of the text (offset 5000; the text has 336 characters)",
    );
    check(
        |v| v["sentences"][1] = json!([21, 9999]),
        "sentence 2 points past the end of the text",
    );
}

#[test]
fn offsets_counted_in_another_unit_are_caught_by_the_quoted_text() {
    // A claim whose offsets were shifted by one, as UTF-16 or byte offsets
    // would be after a curly quotation mark.
    check(
        |v| {
            let s = v["claims"][3]["content"][0]["span"].clone();
            v["claims"][3]["content"][0]["span"] =
                json!([s[0].as_u64().unwrap() + 1, s[1].as_u64().unwrap() + 1]);
        },
        "claim c4, content part 1: its text \"We have seen no evidence for the officia…\" is not the text at its span (\"e have seen no evidence for the official…\"); the offsets may not be counted in characters",
    );
}

#[test]
fn wrong_format_versions_and_non_reports_are_named() {
    assert_eq!(
        from_json(r#"{"format": "claim-reader.report/2", "text": ""}"#)
            .unwrap_err()
            .to_string(),
        "This report was exported as \"claim-reader.report/2\", which this version of claim-reader cannot read (it reads \"claim-reader.report/1\")."
    );
    assert_eq!(from_json(r#"{"text": "x"}"#), Err(ImportError::NotAReport));
    assert_eq!(from_json("[1, 2]"), Err(ImportError::NotAReport));
    assert_eq!(from_json("  \n"), Err(ImportError::Empty));
    let m = from_json("{\"format\": ").unwrap_err().to_string();
    assert!(
        m.starts_with("This file is not valid JSON (EOF while parsing"),
        "{m}"
    );
    assert!(m.contains("line 1 column 11"), "{m}");
}

#[test]
fn huge_and_strange_numbers_are_refused_clearly() {
    check(
        |v| v["claims"][1]["cue"]["span"] = json!([1e30, 2e30]),
        "claim c2's cue: 1e+30 is not a character offset (a whole number from 0)",
    );
    check(
        |v| v["claims"][1]["cue"]["span"] = json!([-3, 2]),
        "claim c2's cue: -3 is not a character offset",
    );
    check(
        |v| v["claims"][1]["confidence"] = json!(7),
        "claim c2: its confidence 7 is not a number from 0 to 1",
    );
    check(
        |v| v["claims"][1]["figures"][0]["value"] = Value::Null,
        "claim c2, figure 1: its value null is not a number",
    );
    check(
        |v| v["claims"][1]["figures"][1]["part_of"] = json!(18446744073709551615u64),
        "claim c2, figure 2 is part of figure 18446744073709551615, which is not an earlier figure of the same claim",
    );
    let big = "{\"format\":\"claim-reader.report/1\",\"text\":\"a\",\"sentences\":[[0,1e999]]}";
    assert!(from_json(big)
        .unwrap_err()
        .to_string()
        .contains("number out of range"));
}

#[test]
fn duplicate_malformed_and_dangling_ids_are_refused() {
    check(
        |v| v["claims"][2]["id"] = json!("c2"),
        "claim 3 has the id \"c2\"; claims must be numbered c1, c2, … in order (a repeated or missing id)",
    );
    check(
        |v| v["entities"][0]["id"] = json!("person-1"),
        "entity 1 has the id \"person-1\", which is not like \"e1\"",
    );
    check(
        |v| v["claims"][1]["claimant"]["entity"] = json!("e9"),
        "claim c2's claimant: its \"entity\" names \"e9\", which is not in the report",
    );
    check(
        |v| {
            v["relations"] =
                json!([{"kind": "disputes", "from": "c3", "to": "c77", "span": [0, 0], "note": ""}])
        },
        "relation 1: its \"to\" names \"c77\", which is not in the report",
    );
    check(
        |v| v["entities"][2]["affiliation"] = json!("e01"),
        "entity e3: its \"affiliation\" names \"e01\", which is not in the report",
    );
}

#[test]
fn broken_structure_is_refused_with_the_item_named() {
    check(
        |v| v["claims"][0]["content"] = json!([]),
        "claim c1 has no content",
    );
    check(
        |v| v["claims"][1]["kind"] = json!("rumour"),
        "claim c2: its kind \"rumour\" is not one this version knows",
    );
    check(
        |v| {
            v["claims"].as_array_mut().unwrap().swap(1, 2);
            v["claims"][1]["id"] = json!("c2");
            v["claims"][2]["id"] = json!("c3");
        },
        "claim c3 comes before claim c2 in the text, but after it in the list",
    );
    check(
        |v| v["claims"][0]["claimant"] = json!({"entity": null, "text": "Floods", "span": [0, 6]}),
        "claim c1 is unattributed but names a claimant",
    );
    check(
        |v| v["claims"][1]["figures"][0]["unit"] = json!("cats"),
        "claim c2, figure 1: its unit \"cats\" is not part of its text \"more than 40 people\"",
    );
    check(
        |v| {
            v.as_object_mut().unwrap().remove("text");
        },
        "it has no \"text\"",
    );
    check(
        |v| v["sentences"] = json!([[21, 121], [0, 19]]),
        "sentence 2 starts before sentence 1 ends",
    );
    check(
        |v| v["claims"] = json!({}),
        "the report: its \"claims\" is not a list",
    );
    check(
        |v| v["claims"][1]["cue"]["span"] = json!([40, 34]),
        "claim c2's cue: its span [40, 34] ends before it starts",
    );
}

#[test]
fn a_file_over_the_limit_is_refused_before_reading() {
    let big = " ".repeat(MAX_JSON_BYTES + 1);
    let e = from_json(&big).unwrap_err();
    assert_eq!(
        e.to_string(),
        "This file is 32.0 MB; a report export can be at most 32.0 MB."
    );
}

#[test]
fn a_leading_byte_order_mark_is_accepted() {
    let r = parse(SAMPLE);
    let s = format!("\u{feff}{}", to_json_string(&r));
    assert!(from_json(&s).unwrap() == r);
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
        ".",
        ",",
        ":",
        "\n",
        "\n\n",
        " ",
        " said ",
        " told reporters ",
        " according to ",
        "Mr. ",
        "It ",
        "He ",
        "added",
        "that ",
        "more than ",
        "1,000 ",
        "40 people",
        ", including 7 children",
        "six ",
        "January ",
        "December 20",
        "(RN)",
        "Relief Now",
        "officials",
        "é",
        "👩‍👩‍👧",
        "\u{0301}",
        "\r\n",
        "…",
        "Ortiz",
        "the number is higher",
        "no evidence",
        "nearly 300 arrests",
        "last week",
        "per cent",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn news_like_exports_open_as_the_same_report(s in news_like()) {
        let r = parse(&s);
        let back = from_json(&to_json_string(&r));
        prop_assert!(back.as_ref().is_ok_and(|b| *b == r), "{:?}", back.err());
    }

    #[test]
    fn any_text_exports_open_as_the_same_report(s in any::<String>()) {
        let r = parse(&s);
        let back = from_json(&to_json_string(&r));
        prop_assert!(back.as_ref().is_ok_and(|b| *b == r), "{:?}", back.err());
    }

    #[test]
    fn any_string_is_refused_or_read_without_panicking(s in any::<String>()) {
        let _ = from_json(&s);
    }

    #[test]
    fn a_damaged_export_is_refused_or_read_without_panicking(
        cut in 0usize..4000,
        byte in any::<u8>(),
    ) {
        let s = to_json_string(&parse(SAMPLE));
        let mut b = s.into_bytes();
        let at = cut % b.len();
        b[at] = byte;
        let damaged = String::from_utf8_lossy(&b);
        if let Ok(r) = from_json(&damaged) {
            // Whatever opens keeps every span inside its text.
            for c in &r.claims {
                for sp in &c.content {
                    prop_assert!(r.text.get(sp.range()).is_some());
                }
            }
        }
        let _ = from_json(damaged.get(..at).unwrap_or(""));
    }
}

#[test]
fn ranges_alternatives_vague_quantities_and_kinds_round_trip() {
    let text = "Police said between 200 and 225 people were arrested. Witnesses said 40 or 45 people were injured. Activists said dozens of people died. The bank said inflation reached 12%.";
    let r = parse(text);
    let figs: Vec<_> = r.claims.iter().flat_map(|c| c.figures.iter()).collect();
    assert_eq!(figs.iter().filter(|f| f.high == Some(225.0)).count(), 1);
    assert_eq!(figs.iter().filter(|f| f.alternatives == [45.0]).count(), 1);
    assert_eq!(figs.iter().filter(|f| f.vague).count(), 1);
    let v = export(text);
    let all: Vec<&Value> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["figures"].as_array().unwrap())
        .collect();
    assert!(all.iter().any(|f| f["high"] == json!(225.0)));
    assert!(all.iter().any(|f| f["alternatives"] == json!([45.0])));
    assert!(all.iter().any(|f| f["vague"] == json!(true)));
    assert!(all.iter().any(|f| f["kind"] == json!("percent")));
    // A plain count carries none of them: version-1 documents look as before.
    assert!(all
        .iter()
        .filter(|f| f["text"] == json!("dozens of people"))
        .all(|f| f.get("high").is_none()
            && f.get("alternatives").is_none()
            && f.get("kind").is_none()));
    assert_round_trip(text);
}

#[test]
fn a_bad_range_alternative_or_figure_kind_is_refused() {
    let text = "Police said between 200 and 225 people were arrested.";
    let refuse = |change: &dyn Fn(&mut Value), expected: &str| {
        let mut v = export(text);
        change(&mut v);
        let m = from_json(&v.to_string())
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(m.contains(expected), "{m:?} does not say {expected:?}");
    };
    refuse(
        &|v| v["claims"][0]["figures"][0]["high"] = json!(10),
        "high end 10 is not a number at least its value",
    );
    refuse(
        &|v| v["claims"][0]["figures"][0]["alternatives"] = json!(["many"]),
        "alternative",
    );
    refuse(
        &|v| v["claims"][0]["figures"][0]["vague"] = json!("yes"),
        "\"vague\"",
    );
    refuse(
        &|v| v["claims"][0]["figures"][0]["kind"] = json!("weight"),
        "its kind \"weight\" is not one this version knows",
    );
}

#[test]
fn members_of_the_wrong_type_name_their_item() {
    check(|v| v["claims"][2] = json!(5), "claim c3 is not an object");
    check(
        |v| {
            v["claims"][1]["cue"]
                .as_object_mut()
                .unwrap()
                .remove("text");
        },
        "claim c2's cue has no \"text\"",
    );
    check(
        |v| v["claims"][1]["content"] = json!("x"),
        "claim c2: its \"content\" is not a list",
    );
    check(
        |v| v["entities"][0]["name"] = json!(1),
        "entity e1: its \"name\" is not a string",
    );
    check(
        |v| v["entities"][0]["mentions"][0] = json!([0.5, 2]),
        "entity e1, mention 1: 0.5 is not a character offset",
    );
    check(
        |v| v["claims"][1]["quotes"] = json!([[1, 2, 3]]),
        "claim c2, quotation 1: its span a list is not a pair [start, end]",
    );
    check(
        |v| v["claims"][1]["cue"]["strength"] = json!("loud"),
        "claim c2's cue: its strength \"loud\" is not one this version knows",
    );
    check(
        |v| v["relations"] = json!([{"kind": "disputes", "span": [0, 0]}]),
        "relation 1 has no \"to\"",
    );
}

#[test]
fn absent_and_null_optional_members_take_their_defaults() {
    let mut v = export(SAMPLE);
    v["relations"] = Value::Null;
    v["claims"][1]["dates"] = Value::Null;
    v["claims"][1]["cue"]["strength"] = Value::Null;
    v["meta"] = json!("not an object");
    let imported = from_json_with_meta(&v.to_string()).unwrap();
    assert!(imported.report.relations.is_empty());
    assert_eq!(imported.meta, Meta::default());
}

#[test]
fn a_rate_whose_unit_recurs_in_its_base_reopens_as_the_same_report() {
    // The unit is exported as text: a rate's is its first occurrence, not
    // one inside the base ("six" in "centsix").
    let r = parse(" said 1,000 six per centsix ");
    assert!(r.claims[0].figures[0].unit.is_some());
    let back = from_json(&to_json_string(&r)).unwrap();
    assert_eq!(back.claims[0].figures, r.claims[0].figures);
    assert!(back == r);
}

#[test]
fn a_rate_whose_number_is_spelled_like_its_unit_opens_as_the_same_report() {
    // Found by `news_like_exports_open_as_the_same_report`.
    let r = parse("six six per cent");
    assert_eq!(from_json(&to_json_string(&r)).ok(), Some(r));
}
