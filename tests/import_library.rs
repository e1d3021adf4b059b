//! The library on the device: add, rename, delete with undo, a versioned
//! stored form, and loading that keeps what it can from damaged, older or
//! newer stored values, says what it dropped and keeps the raw value aside.

use claim_reader::import::library::{quota_message, rows, Library, ASIDE_KEY, KEY, VERSION};
use claim_reader::import::Meta;
use claim_reader::seeds::SEEDS;
use serde_json::{json, Value};

fn meta(title: &str) -> Meta {
    Meta {
        title: Some(title.into()),
        source_url: Some("https://example.org/r".into()),
        published: Some("2024-05-01".into()),
    }
}

fn two() -> Library {
    let mut lib = Library::new();
    lib.add("First text. Officials said so.", &meta("First"), 1, 1_000)
        .unwrap();
    lib.add("Second text.", &meta("Second"), 0, 2_000).unwrap();
    lib
}

#[test]
fn added_reports_are_listed_newest_first_with_their_details() {
    let lib = two();
    let titles: Vec<&str> = lib.entries.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Second", "First"]);
    let e = lib.get("local-1").unwrap();
    assert_eq!((e.added, e.claim_count), (1_000, 1));
    assert_eq!(e.source_url.as_deref(), Some("https://example.org/r"));
    assert_eq!(e.meta(), meta("First"));
}

#[test]
fn the_stored_form_reads_back_the_same() {
    let lib = two();
    let stored = lib.to_json();
    let v: Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(v["version"], json!(VERSION));
    assert_eq!(v["entries"][0]["id"], json!("local-2"));
    let loaded = Library::load(Some(&stored));
    assert_eq!(loaded.library, lib);
    assert!(loaded.dropped.is_empty());
    assert_eq!(loaded.aside, None);
    assert_eq!(
        (KEY, ASIDE_KEY),
        ("claim-reader.library", "claim-reader.library.aside")
    );
}

#[test]
fn rename_cleans_the_title_and_refuses_an_empty_one() {
    let mut lib = two();
    lib.rename("local-1", "  New\nname ").unwrap();
    assert_eq!(lib.get("local-1").unwrap().title, "New name");
    assert_eq!(
        lib.rename("local-1", " \n").unwrap_err().to_string(),
        "A title cannot be empty."
    );
    assert_eq!(
        lib.rename("local-9", "x").unwrap_err().to_string(),
        "This report is no longer in the library."
    );
}

#[test]
fn delete_then_undo_puts_the_report_back_where_it_was() {
    let mut lib = two();
    let before = lib.clone();
    let removed = lib.remove("local-2").unwrap();
    assert_eq!(lib.entries.len(), 1);
    assert!(lib.remove("local-2").is_none());
    lib.restore(removed);
    assert_eq!(lib, before);
}

#[test]
fn ids_are_never_reused_so_old_links_never_open_another_report() {
    let mut lib = two();
    lib.remove("local-2");
    let id = lib.add("Third.", &Meta::default(), 0, 3).unwrap();
    assert_eq!(id, "local-3");
    // Even after a reload.
    let mut reloaded = Library::load(Some(&lib.to_json())).library;
    assert_eq!(
        reloaded.add("Fourth.", &Meta::default(), 0, 4).unwrap(),
        "local-4"
    );
}

#[test]
fn a_full_quota_gets_a_message_that_says_nothing_was_lost() {
    assert_eq!(
        quota_message(2_400_000),
        "The library is full: this browser would not store 2.3 MB more. Nothing saved was lost. Delete reports you no longer need, or export this one as a file."
    );
}

#[test]
fn adding_refuses_empty_text_and_keeps_unsafe_urls_out() {
    let mut lib = Library::new();
    assert_eq!(
        lib.add(" ", &Meta::default(), 0, 0)
            .unwrap_err()
            .to_string(),
        "There is no text to keep."
    );
    let bad = Meta {
        title: None,
        source_url: Some("javascript:alert(1)".into()),
        published: None,
    };
    let id = lib.add("Text.", &bad, 0, 0).unwrap();
    let e = lib.get(&id).unwrap();
    assert_eq!(
        (e.title.as_str(), e.source_url.as_deref()),
        ("Untitled report", None)
    );
}

#[test]
fn nothing_stored_is_an_empty_library_without_notices() {
    for stored in [None, Some(""), Some("  ")] {
        let l = Library::load(stored);
        assert!(l.library.entries.is_empty() && l.dropped.is_empty() && l.aside.is_none());
    }
}

#[test]
fn corrupted_storage_starts_empty_and_keeps_the_raw_value_aside() {
    let raw = "{\"version\": 1, \"entries\": [{\"id\": \"local-1\", \"te";
    let l = Library::load(Some(raw));
    assert!(l.library.entries.is_empty());
    assert_eq!(l.aside.as_deref(), Some(raw));
    assert_eq!(
        l.dropped,
        ["The saved library could not be read, so it was set aside and the library starts empty."]
    );
    let l = Library::load(Some("[1, 2, 3]"));
    assert_eq!(l.aside.as_deref(), Some("[1, 2, 3]"));
}

#[test]
fn damaged_entries_are_dropped_one_by_one_and_the_rest_kept() {
    let stored = json!({
        "version": 1,
        "next_id": 3,
        "entries": [
            {"id": "local-2", "title": "Good", "added": 5, "source_url": null,
             "published": null, "text": "Kept text.", "claim_count": 2},
            {"id": "local-1", "title": "No text"},
            "not a record",
            {"id": "local-2", "title": "Same id", "text": "Also kept.", "added": -1,
             "claim_count": "many", "source_url": "ftp://x"},
            {"text": "No id, no title\nsecond line"}
        ]
    })
    .to_string();
    let l = Library::load(Some(&stored));
    let kept: Vec<(&str, &str)> = l
        .library
        .entries
        .iter()
        .map(|e| (e.id.as_str(), e.title.as_str()))
        .collect();
    assert_eq!(
        kept,
        [
            ("local-2", "Good"),
            ("local-3", "Same id"),
            ("local-4", "No id, no title")
        ]
    );
    let same = &l.library.entries[1];
    assert_eq!(
        (same.added, same.claim_count, same.source_url.clone()),
        (0, 0, None)
    );
    assert_eq!(
        l.dropped,
        [
            "Report 2 was dropped: it had no text.",
            "Report 3 was dropped: it was not a record.",
            "Report 4 (“Same id”) had an id already in use and was given a new one; links to it by its old id will not open it.",
            "Report 5 (“No id, no title”) had no valid id and was given a new one.",
        ]
    );
    assert_eq!(l.aside.as_deref(), Some(stored.as_str()));
}

#[test]
fn a_newer_or_older_version_keeps_what_it_can_read_and_sets_the_original_aside() {
    let newer = json!({"version": 7, "entries": [{"id": "local-5", "title": "T", "text": "Body.",
                        "added": 9, "claim_count": 1, "colour": "blue"}]})
    .to_string();
    let l = Library::load(Some(&newer));
    assert_eq!(l.library.entries.len(), 1);
    assert_eq!(l.library.version, VERSION);
    assert_eq!(l.aside.as_deref(), Some(newer.as_str()));
    assert!(l.dropped[0].starts_with(
        "The library was saved by a newer version of claim-reader (library version 7)"
    ));
    // Writing back makes the next id larger than any kept one.
    let mut lib = l.library;
    assert_eq!(lib.add("x", &Meta::default(), 0, 0).unwrap(), "local-6");

    let older = json!({"entries": [{"id": "a", "title": "Old", "text": "Old body."}]}).to_string();
    let l = Library::load(Some(&older));
    assert_eq!(l.library.entries[0].title, "Old");
    assert!(l.dropped[0].starts_with("The library was saved in an older or unknown form"));
    assert!(l.aside.is_some());
}

#[test]
fn embedded_reports_are_listed_first_and_cannot_be_deleted() {
    let lib = two();
    let r = rows(SEEDS, &lib);
    assert_eq!(r.len(), SEEDS.len() + 2);
    assert!(r[..SEEDS.len()]
        .iter()
        .all(|x| x.embedded && x.added.is_none()));
    assert_eq!(r[0].key, SEEDS[0].key);
    assert_eq!(r[SEEDS.len()].title, "Second");
    assert_eq!(r[SEEDS.len()].claim_count, Some(0));
    assert!(!r[SEEDS.len()].embedded);
    // A stored entry can never take an embedded report's place.
    let mut lib = Library::new();
    lib.add("text", &Meta::default(), 0, 0).unwrap();
    lib.entries[0].id = SEEDS[0].key.to_string();
    assert_eq!(rows(SEEDS, &lib).len(), SEEDS.len());
}

#[test]
fn details_change_together_and_an_unsafe_url_is_left_out_with_a_notice() {
    let mut lib = two();
    let notes = lib
        .set_details(
            "local-1",
            &Meta {
                title: Some("  New\ntitle ".into()),
                source_url: Some("javascript:alert(1)".into()),
                published: Some("May 2024".into()),
            },
        )
        .unwrap();
    let e = lib.get("local-1").unwrap();
    assert_eq!(e.title, "New title");
    assert_eq!(e.source_url, None);
    assert_eq!(e.published.as_deref(), Some("May 2024"));
    assert_eq!(notes.len(), 1, "{notes:?}");
    let blank = Meta {
        title: Some(" ".into()),
        ..Meta::default()
    };
    assert!(lib.set_details("local-1", &blank).is_err());
    assert_eq!(lib.get("local-1").unwrap().title, "New title");
    assert!(lib.set_details("local-99", &meta("x")).is_err());
}

#[test]
fn the_same_text_is_found_and_claim_counts_are_recorded_later() {
    let mut lib = two();
    assert_eq!(
        lib.find_text("Second text.").map(|e| e.id.as_str()),
        Some("local-2")
    );
    assert!(lib.find_text("Second text").is_none());
    lib.set_claim_count("local-2", 7);
    assert_eq!(lib.get("local-2").unwrap().claim_count, 7);
}

#[test]
fn a_report_from_a_pdf_keeps_its_file_name_and_pages() {
    use claim_reader::import::pdf::Source;
    let mut lib = two();
    let text = "Page one text. Page two text.";
    let id = lib.add(text, &meta("From a PDF"), 0, 3_000).unwrap();
    let src = Source {
        file: "annual.pdf".into(),
        page_count: 2,
        pages: vec![(0, 1), (15, 2)],
    };
    lib.set_pdf(&id, src.clone());
    let back = Library::load(Some(&lib.to_json())).library;
    let e = back.get(&id).unwrap();
    assert_eq!(e.pdf.as_ref(), Some(&src));
    assert_eq!(e.pdf.as_ref().and_then(|p| p.page_at(20)), Some(2));
    // A stored value with pages out of order or beyond the text is dropped.
    let mut raw: Value = serde_json::from_str(&lib.to_json()).unwrap();
    raw["entries"][0]["pdf"]["pages"] = json!([[0, 1], [999, 2]]);
    let back = Library::load(Some(&raw.to_string())).library;
    assert_eq!(back.get(&id).unwrap().pdf, None);
    assert_eq!(back.get(&id).unwrap().text, text);
}
