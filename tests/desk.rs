//! The fact-checker's desk: findings kept with a report and undone, found
//! again in a changed text (inserted, deleted and changed sentences, a
//! moved paragraph, a claim that is gone), the review's order, the library
//! that stores them (old and new versions), and annotation sets read back.

use claim_reader::desk::anchor::{locate, Anchor, Quality};
use claim_reader::desk::review::{self, Reason, State};
use claim_reader::desk::{annotations, Desk, Edit, Findings, Scale};
use claim_reader::export::{self, Doc, Format};
use claim_reader::import::library::{Library, VERSION};
use claim_reader::import::Meta;
use claim_reader::report::json::CodePoints;
use claim_reader::report::{self, ClaimId, Report, Span};
use serde_json::{json, Value};

const TEXT: &str = "The river burst its banks on Monday after three days of rain.

Mayor Ana Ruiz said 120 homes were damaged by the water. The fire brigade said \"nobody was hurt in the town centre.\"

Residents insisted the warnings came too late. The weather office denied that claim, saying it had warned of \"severe flooding\" on Friday.

Officials said 40 people were moved to a school. A charity said more than 200 people had left their homes.";

/// The claim whose content holds `words`.
fn claim(r: &Report, words: &str) -> ClaimId {
    r.claims
        .iter()
        .find(|c| c.content.iter().any(|s| r.slice(*s).contains(words)))
        .unwrap_or_else(|| panic!("no claim holds {words:?}"))
        .id
}

fn content(r: &Report, id: ClaimId) -> String {
    review::content(r, r.claim(id).unwrap())
}

/// A verdict, a note, a source and "checked" on the claim holding `words`.
fn find(desk: &Desk, r: &Report, words: &str, verdict: &str, note: &str) -> Desk {
    let c = claim(r, words);
    let d = desk
        .apply(r, Edit::Verdict(c, Some(verdict.into())), 1_000)
        .unwrap();
    let d = d.apply(r, Edit::Note(c, note.into()), 2_000).unwrap();
    let d = d
        .apply(
            r,
            Edit::Sources(c, "https://example.org/source\nnot a link".into()),
            3_000,
        )
        .unwrap();
    d.apply(r, Edit::Checked(c, true), 4_000).unwrap()
}

fn sample_desk(r: &Report) -> Desk {
    let d = find(
        &Desk::default(),
        r,
        "120 homes",
        "Mostly true",
        "Council records say 118.",
    );
    let d = find(
        &d,
        r,
        "more than 200 people",
        "Unproven",
        "No list of names yet.",
    );
    find(
        &d,
        r,
        "warnings came too late",
        "False",
        "Warnings went out on Friday.",
    )
}

/// Where each finding sits after the text changed: the words of its
/// claim, or `None` for an orphan.
fn placed(f: &Findings, r: &Report) -> Vec<(Option<String>, String)> {
    let mut out: Vec<(Option<String>, String)> = f
        .items
        .iter()
        .map(|x| (x.claim_id().map(|c| content(r, c)), x.note.clone()))
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

#[test]
fn a_finding_holds_verdict_note_sources_and_checked_and_blank_ones_go() {
    let r = report::parse(TEXT);
    let d = find(
        &Desk::default(),
        &r,
        "120 homes",
        "Mostly true",
        "Council records say 118.",
    );
    let f = d.findings.get(claim(&r, "120 homes")).unwrap();
    assert_eq!(f.verdict.as_deref(), Some("Mostly true"));
    assert_eq!(f.note, "Council records say 118.");
    assert_eq!(
        f.sources,
        ["https://example.org/source"],
        "only http(s) addresses are kept"
    );
    assert!(f.checked);
    assert_eq!(f.updated, 4_000);
    assert_eq!(f.anchor.exact, content(&r, claim(&r, "120 homes")));
    // Clearing every field leaves nothing behind.
    let c = claim(&r, "120 homes");
    let mut d2 = d.clone();
    for e in [
        Edit::Verdict(c, None),
        Edit::Note(c, "  ".into()),
        Edit::Sources(c, String::new()),
        Edit::Checked(c, false),
    ] {
        d2 = d2.apply(&r, e, 5_000).unwrap();
    }
    assert!(d2.findings.items.is_empty());
    // An edit that changes nothing is no step of undo.
    assert!(d.apply(&r, Edit::Checked(c, true), 6_000).is_none());
}

#[test]
fn undo_walks_back_one_step_at_a_time_and_typing_in_a_note_is_one_step() {
    let r = report::parse(TEXT);
    let c = claim(&r, "120 homes");
    let d = Desk::default()
        .apply(&r, Edit::Verdict(c, Some("False".into())), 1)
        .unwrap();
    let mut typed = d.clone();
    for (i, n) in ["C", "Co", "Cou", "Council"].iter().enumerate() {
        typed = typed
            .apply(&r, Edit::Note(c, n.to_string()), 10 + i as u64)
            .unwrap();
    }
    assert_eq!(typed.findings.get(c).unwrap().note, "Council");
    let back = typed.undo().unwrap();
    assert_eq!(
        back.findings.get(c).unwrap().note,
        "",
        "the whole note went in one step"
    );
    assert_eq!(
        back.findings.get(c).unwrap().verdict.as_deref(),
        Some("False")
    );
    let start = back.undo().unwrap();
    assert!(start.findings.items.is_empty());
    assert!(!start.can_undo());
    let again = start.redo().unwrap().redo().unwrap();
    assert_eq!(again.findings, typed.findings);
    // A new edit after undo forgets what could be redone.
    let other = back.apply(&r, Edit::Checked(c, true), 99).unwrap();
    assert!(!other.can_redo());
}

#[test]
fn scales_default_custom_and_values() {
    let s = Scale::default();
    assert_eq!(
        s.all().cloned().collect::<Vec<_>>(),
        [
            "True",
            "Mostly true",
            "Half true",
            "Mostly false",
            "False",
            "Unproven"
        ]
    );
    let v = s.value("Mostly false").unwrap();
    assert_eq!((v.value, v.best, v.worst), (2, 5, 1));
    assert_eq!(s.value("Unproven"), None, "off the numeric scale");
    let custom = Scale::from_lines("Correct\n\n  Misleading \ncorrect\nWrong", "Satire").unwrap();
    assert_eq!(custom.ratings, ["Correct", "Misleading", "Wrong"]);
    assert_eq!(custom.off_scale, ["Satire"]);
    assert_eq!(Scale::from_lines(" \n", ""), None);
    // A verdict not on a new scale is kept, and named as such by the review.
    let r = report::parse(TEXT);
    let d = find(&Desk::default(), &r, "120 homes", "Mostly true", "n");
    let d = d.apply(&r, Edit::Scale(Some(custom.clone())), 5).unwrap();
    assert_eq!(d.findings.scale(), custom);
    assert_eq!(
        d.findings
            .get(claim(&r, "120 homes"))
            .unwrap()
            .verdict
            .as_deref(),
        Some("Mostly true")
    );
    assert!(!d.findings.scale().has("Mostly true"));
}

#[test]
fn the_review_puts_claims_worth_checking_first_and_groups_by_state_and_verdict() {
    let r = report::parse(TEXT);
    let d = sample_desk(&r);
    let groups = review::groups(&r, &d.findings);
    let titles: Vec<String> = groups.iter().map(|g| g.title()).collect();
    assert_eq!(
        titles,
        [
            "To check",
            "Checked · Mostly true",
            "Checked · False",
            "Checked · Unproven"
        ]
    );
    assert_eq!(groups[0].state, State::ToCheck);
    // Figures and assertive or doubting cues before the plain claims.
    let first = r.claim(groups[0].claims[0]).unwrap();
    assert!(!review::reasons(&r, first).is_empty());
    let worths: Vec<u32> = groups[0]
        .claims
        .iter()
        .map(|c| review::worth(&r, r.claim(*c).unwrap()))
        .collect();
    assert!(worths.windows(2).all(|w| w[0] >= w[1]), "{worths:?}");
    // Insisted on, and denied by the weather office ("denied that claim").
    let insisted = r.claim(claim(&r, "warnings came too late")).unwrap();
    assert_eq!(
        review::reasons(&r, insisted),
        [Reason::Disputed, Reason::Assertive]
    );
    let counts = review::counts(&r, &d.findings);
    assert_eq!(
        (counts.checked, counts.with_verdict, counts.orphans),
        (3, 3, 0)
    );
}

// Re-anchoring: each case edits the text and checks where the findings land.

fn moved_onto(edited: &str) -> (Findings, Report) {
    let r = report::parse(TEXT);
    let d = sample_desk(&r);
    let r2 = report::parse(edited);
    (d.findings.clone().attach(&r2), r2)
}

#[test]
fn reanchoring_an_unchanged_text_keeps_every_finding_on_its_claim() {
    let r = report::parse(TEXT);
    let d = sample_desk(&r);
    assert_eq!(d.findings.clone().attach(&r), d.findings);
}

#[test]
fn reanchoring_after_an_inserted_sentence() {
    let edited = TEXT.replace(
        "Residents insisted",
        "A spokesman said roads reopened on Tuesday. Residents insisted",
    );
    let (f, r2) = moved_onto(&edited);
    assert_eq!(
        placed(&f, &r2),
        [
            (
                Some("120 homes were damaged by the water".into()),
                "Council records say 118.".into()
            ),
            (
                Some("more than 200 people had left their homes".into()),
                "No list of names yet.".into()
            ),
            (
                Some("the warnings came too late".into()),
                "Warnings went out on Friday.".into()
            ),
        ]
    );
}

#[test]
fn reanchoring_after_a_deleted_sentence() {
    let edited = TEXT.replace(
        "The river burst its banks on Monday after three days of rain.\n\n",
        "",
    );
    let (f, r2) = moved_onto(&edited);
    assert!(f.items.iter().all(|x| x.claim.is_some()), "{:?}", f.items);
    assert_eq!(
        placed(&f, &r2)[0].0.as_deref(),
        Some("120 homes were damaged by the water")
    );
}

#[test]
fn reanchoring_after_a_changed_sentence_finds_the_claim_by_its_likeness() {
    let edited = TEXT.replace(
        "said 120 homes were damaged by the water",
        "said 125 homes were damaged by flood water",
    );
    let (f, r2) = moved_onto(&edited);
    let homes = f
        .items
        .iter()
        .find(|x| x.note.starts_with("Council"))
        .unwrap();
    assert_eq!(
        homes.claim_id().map(|c| content(&r2, c)).as_deref(),
        Some("125 homes were damaged by flood water")
    );
    // And the anchor now names the new words, so the next open is exact.
    assert_eq!(homes.anchor.exact, "125 homes were damaged by flood water");
}

#[test]
fn reanchoring_after_a_moved_paragraph() {
    let paras: Vec<&str> = TEXT.split("\n\n").collect();
    let edited = [paras[3], paras[0], paras[1], paras[2]].join("\n\n");
    let (f, r2) = moved_onto(&edited);
    assert_eq!(
        placed(&f, &r2)
            .iter()
            .map(|p| p.0.clone())
            .collect::<Vec<_>>(),
        [
            Some("120 homes were damaged by the water".to_string()),
            Some("more than 200 people had left their homes".to_string()),
            Some("the warnings came too late".to_string()),
        ]
    );
}

#[test]
fn a_claim_whose_text_is_gone_becomes_an_orphan_that_says_why() {
    let edited = TEXT.replace("Residents insisted the warnings came too late. ", "");
    let (f, r2) = moved_onto(&edited);
    let orphans: Vec<_> = f.orphans().collect();
    assert_eq!(orphans.len(), 1);
    let (_, o) = orphans[0];
    assert_eq!(o.note, "Warnings went out on Friday.");
    assert_eq!(o.verdict.as_deref(), Some("False"));
    assert_eq!(
        o.why.as_deref(),
        Some("Its words are no longer in the text.")
    );
    assert_eq!(review::counts(&r2, &f).orphans, 1);
    // It stays through saving and loading, and can be put on a claim by hand.
    let (read, problems) = Findings::read(&f.to_value());
    assert!(problems.is_empty());
    assert_eq!(read, f);
    let (i, _) = read.orphans().next().unwrap();
    let mut adopted = read.clone();
    assert!(adopted.apply(&r2, Edit::Adopt(i, claim(&r2, "40 people")), 7));
    assert_eq!(adopted.orphans().count(), 0);
    assert_eq!(
        adopted.get(claim(&r2, "40 people")).unwrap().note,
        "Warnings went out on Friday."
    );
}

#[test]
fn anchors_are_found_at_their_place_elsewhere_approximately_or_not_at_all() {
    let text = "Alpha said the bridge is safe. Beta said the bridge is safe. Gamma said something else entirely.";
    let cp = CodePoints::new(text);
    let second = text.rfind("the bridge is safe").unwrap();
    let a = Anchor::of(text, &cp, Span::new(text, second, second + 18).unwrap());
    assert_eq!(
        a.prefix,
        "Alpha said the bridge is safe. Beta said "
            .chars()
            .skip(9)
            .collect::<String>()
    );
    assert_eq!(a.suffix, ". Gamma said something else enti");
    assert_eq!(locate(text, &cp, &a).unwrap().quality, Quality::Same);
    // The same words twice: the context picks the right one.
    let shifted = format!("Intro. {text}");
    let found = locate(&shifted, &CodePoints::new(&shifted), &a).unwrap();
    assert_eq!(
        (found.span.start(), found.quality),
        (second + 7, Quality::Moved)
    );
    // Changed a little.
    let changed = text.replace(
        "Beta said the bridge is safe",
        "Beta said the bridges are safe",
    );
    let found = locate(&changed, &CodePoints::new(&changed), &a).unwrap();
    assert!(matches!(found.quality, Quality::Fuzzy { .. }));
    assert_eq!(found.span.of(&changed), "the bridges are safe");
    // Gone.
    let gone = "Nothing of the kind is here any more, only other words.";
    assert_eq!(locate(gone, &CodePoints::new(gone), &a), None);
    // Non-ASCII text: positions are code points.
    let t = "«Ça va», a dit Zoë. Le maire a dit que 12 ponts étaient fermés.";
    let cp = CodePoints::new(t);
    let s = t.find("12 ponts").unwrap();
    let a = Anchor::of(
        t,
        &cp,
        Span::new(t, s, s + "12 ponts étaient fermés".len()).unwrap(),
    );
    let (start, end) = a.position.unwrap();
    assert_eq!(
        t.chars().skip(start).take(end - start).collect::<String>(),
        a.exact
    );
}

#[test]
fn the_library_keeps_findings_and_reads_a_version_1_library_without_complaint() {
    let r = report::parse(TEXT);
    let d = sample_desk(&r);
    let mut lib = Library::new();
    let id = lib.add(TEXT, &Meta::default(), r.claims.len(), 1).unwrap();
    lib.set_findings(&id, d.findings.clone()).unwrap();
    lib.set_findings("an-embedded-report", d.findings.clone())
        .unwrap();
    assert!(lib.set_findings("local-99", d.findings.clone()).is_err());
    let stored = lib.to_json();
    let v: Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(v["version"], json!(VERSION));
    let loaded = Library::load(Some(&stored));
    assert!(loaded.dropped.is_empty(), "{:?}", loaded.dropped);
    assert_eq!(loaded.library.findings(&id), Some(&d.findings));
    assert_eq!(
        loaded.library.findings("an-embedded-report"),
        Some(&d.findings)
    );
    // Clearing them removes them from what is stored.
    let mut lib2 = loaded.library.clone();
    lib2.set_findings(&id, Findings::default()).unwrap();
    assert!(
        !lib2.to_json().contains("\"findings\":{"),
        "{}",
        lib2.to_json()
    );

    // A version-1 library (before findings) loads as it is, with no notice.
    let v1 = json!({"version": 1, "next_id": 2, "entries": [{"id": "local-1", "title": "T", "added": 5, "text": TEXT, "claim_count": 8}]});
    let l = Library::load(Some(&v1.to_string()));
    assert!(l.dropped.is_empty() && l.aside.is_none(), "{:?}", l.dropped);
    assert_eq!(l.library.entries[0].findings, None);
    assert_eq!(l.library.version, VERSION);

    // Damaged findings: what can be read is kept, the rest named.
    let mut bad: Value = serde_json::from_str(&stored).unwrap();
    bad["entries"][0]["findings"]["items"]
        .as_array_mut()
        .unwrap()
        .push(json!(42));
    bad["entries"][0]["findings"]["items"]
        .as_array_mut()
        .unwrap()
        .push(json!({"note": "no words"}));
    let l = Library::load(Some(&bad.to_string()));
    assert_eq!(l.library.findings(&id), Some(&d.findings));
    assert_eq!(
        l.dropped,
        ["Report 1 (“Untitled report”): 2 findings could not be read and were left out."]
    );
    assert!(l.aside.is_some(), "the value as it was is kept aside");
}

fn doc<'a>(r: &'a Report, meta: &'a Meta, f: Option<&'a Findings>) -> Doc<'a> {
    Doc {
        name: "t.txt",
        report: r,
        meta,
        findings: f,
        address: Some("https://reader.example/app/#/r/local-1"),
        today: Some("2024-06-01"),
    }
}

#[test]
fn an_exported_annotation_set_reads_back_onto_the_same_and_an_edited_text() {
    let r = report::parse(TEXT);
    let d = sample_desk(&r);
    let meta = Meta::default();
    let page = export::export(Format::Annotation, &doc(&r, &meta, Some(&d.findings)));
    let read = annotations::read(&page).unwrap();
    assert_eq!(read.findings.len(), 3);
    assert_eq!(read.without_finding, r.claims.len() - 3 + r.relations.len());
    assert!(read.problems.is_empty());
    let mut same = Findings::default();
    assert_eq!(same.import(&r, read.findings.clone()), (3, 0));
    for f in &d.findings.items {
        let back = same.get(f.claim_id().unwrap()).unwrap();
        assert_eq!(
            (&back.verdict, &back.note, &back.sources, back.checked),
            (&f.verdict, &f.note, &f.sources, f.checked)
        );
    }
    // Onto an edited copy: one claim changed a little, one gone.
    let edited = TEXT
        .replace("said 120 homes were damaged", "said 125 homes were damaged")
        .replace("Residents insisted the warnings came too late. ", "");
    let r2 = report::parse(&edited);
    let mut onto = Findings::default();
    assert_eq!(onto.import(&r2, read.findings), (2, 1));
    let (_, orphan) = onto.orphans().next().unwrap();
    assert_eq!(orphan.note, "Warnings went out on Friday.");
}

#[test]
fn annotations_from_elsewhere_and_files_that_are_not_annotations() {
    // One annotation, a comment and a tag, a quote and no position.
    let one = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "motivation": "commenting",
        "body": [{"type": "TextualBody", "value": "Check with the council"}, "https://example.org/minutes"],
        "target": {"source": "https://news.example/flood", "selector": {"type": "TextQuoteSelector", "exact": "40 people were moved to a school"}}
    });
    let read = annotations::read(&one.to_string()).unwrap();
    assert_eq!(read.findings.len(), 1);
    assert_eq!(read.findings[0].note, "Check with the council");
    assert_eq!(read.findings[0].sources, ["https://example.org/minutes"]);
    let r = report::parse(TEXT);
    let mut f = Findings::default();
    assert_eq!(f.import(&r, read.findings), (1, 0));
    assert!(f.get(claim(&r, "40 people")).is_some());
    // A verdict as the Recommendation's vocabulary names it, bare or
    // prefixed, and the working draft's "reviewing".
    for purpose in [
        "assessing",
        "oa:assessing",
        "http://www.w3.org/ns/oa#assessing",
        "reviewing",
    ] {
        let a = json!({"type": "Annotation", "body": {"type": "TextualBody", "purpose": purpose, "value": "False"},
            "target": {"selector": {"type": "TextQuoteSelector", "exact": "40 people were moved to a school"}}});
        let read = annotations::read(&a.to_string()).unwrap();
        assert_eq!(
            read.findings[0].verdict.as_deref(),
            Some("False"),
            "{purpose}"
        );
    }
    // No quote at all: an orphan, not dropped.
    let bare = json!([{"type": "Annotation", "bodyValue": "A thought", "target": "https://news.example/flood"}]);
    let read = annotations::read(&bare.to_string()).unwrap();
    assert_eq!(read.problems.len(), 1);
    let mut f = Findings::default();
    assert_eq!(f.import(&r, read.findings), (0, 1));
    assert_eq!(
        f.items[0].why.as_deref(),
        Some("It came with no quote to find in the text.")
    );
    // An annotation file opened as a report is told apart from a report.
    assert_eq!(
        claim_reader::import::Format::of_file("notes.jsonld", ""),
        claim_reader::import::Format::ReportJson
    );
    assert!(annotations::looks_like(&one.to_string()));
    assert!(!annotations::looks_like(
        "{\"format\": \"claim-reader.report/1\", \"text\": \"x\"}"
    ));
    // Not annotations.
    assert_eq!(
        annotations::read("{\"format\": \"claim-reader.report/1\"}"),
        Err(annotations::ReadError::NotAnnotations)
    );
    assert!(matches!(
        annotations::read("{oops"),
        Err(annotations::ReadError::Syntax(_))
    ));
}

#[test]
fn a_long_verdict_is_cut_without_a_trailing_space_and_reads_back_the_same() {
    // 59 characters, then a space at the 60th: the cut must not keep it.
    let verdict = format!("{} authorities said otherwise", "x".repeat(59));
    let v = json!({"items": [{"claim": "c1", "exact": "40 people", "verdict": verdict, "checked": true}]});
    let (once, problems) = Findings::read(&v);
    assert!(problems.is_empty());
    let kept = once.items[0].verdict.clone().unwrap();
    assert!(kept.chars().count() <= 60);
    assert_eq!(
        kept,
        kept.trim_end(),
        "the verdict keeps a trailing space: {kept:?}"
    );
    let (twice, _) = Findings::read(&once.to_value());
    assert_eq!(twice, once);
}
