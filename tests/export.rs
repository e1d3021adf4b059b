//! Exports: every TextPositionSelector selects exactly its
//! TextQuoteSelector's text; the CSV reads back with a standard CSV reader
//! to the same claims and is safe in a spreadsheet; every ClaimReview has
//! the properties Google's fact-check guide requires; the memo carries the
//! findings; and the `claims` CLI's `--format` writes them all.

use claim_reader::desk::{Desk, Edit, Findings};
use claim_reader::export::{self, csv as csv_export, Doc, Format};
use claim_reader::import::Meta;
use claim_reader::report::json::CodePoints;
use claim_reader::report::{self, Report};
use serde_json::Value;
use std::path::Path;

/// Every text the tests export: the embedded reports, the Brown press texts
/// and the variants, and a few made to be awkward.
fn texts() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = claim_reader::seeds::SEEDS
        .iter()
        .map(|s| (s.key.to_string(), s.text.to_string()))
        .collect();
    for dir in ["tests/fixtures/brown", "tests/fixtures/variants"] {
        let mut files: Vec<_> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for f in files
            .into_iter()
            .filter(|f| f.extension().is_some_and(|e| e == "txt"))
            .take(12)
        {
            out.push((
                f.display().to_string(),
                std::fs::read_to_string(&f).unwrap(),
            ));
        }
    }
    out.push((
        "awkward".into(),
        "=HYPERLINK(\"http://evil.example\") said the mayor.\n\n«Ça va», a dit Zoë, \"les 12 ponts sont fermés.\" 😀 Officials said -40 was +3 @ noon, 'or so'.\n\nThe minister said \"tabs\tand\r\nreturns\" were fine.".into(),
    ));
    out
}

fn meta() -> Meta {
    // Read as the JSON of an export, so that metadata added later leaves
    // this unchanged.
    serde_json::from_value(serde_json::json!({
        "title": "A report",
        "source_url": "https://news.example/report",
        "published": "2024-05-01",
    }))
    .unwrap()
}

/// Findings on the first three claims with figures, the first with a
/// verdict off the numeric scale.
fn findings(r: &Report) -> Findings {
    let mut d = Desk::default();
    let verdicts = ["Unproven", "Mostly false", "True"];
    for (c, v) in r
        .claims
        .iter()
        .filter(|c| !c.figures.is_empty())
        .zip(verdicts)
    {
        d = d
            .apply(r, Edit::Verdict(c.id, Some(v.into())), 1_714_567_890_123)
            .unwrap();
        d = d
            .apply(
                r,
                Edit::Note(c.id, format!("=cmd| note on {}", c.id.label())),
                1_714_567_890_123,
            )
            .unwrap();
        d = d
            .apply(
                r,
                Edit::Sources(c.id, "https://example.org/a https://example.org/b".into()),
                1_714_567_890_123,
            )
            .unwrap();
    }
    if let Some(c) = r.claims.first() {
        d = d
            .apply(r, Edit::Checked(c.id, true), 1_714_567_890_123)
            .unwrap();
    }
    d.findings
}

fn doc<'a>(r: &'a Report, m: &'a Meta, f: Option<&'a Findings>) -> Doc<'a> {
    Doc {
        name: "report.txt",
        report: r,
        meta: m,
        findings: f,
        address: Some("https://reader.example/tools/#/r/local-4"),
        today: Some("2024-06-01"),
    }
}

#[test]
fn every_text_position_selector_selects_exactly_its_quote() {
    let mut checked = 0;
    for (name, text) in texts() {
        let r = report::parse(&text);
        let f = findings(&r);
        let m = meta();
        let page: Value =
            serde_json::from_str(&export::export(Format::Annotation, &doc(&r, &m, Some(&f))))
                .unwrap();
        assert_eq!(page["type"], "AnnotationPage");
        assert_eq!(page["@context"], "http://www.w3.org/ns/anno.jsonld");
        let chars: Vec<char> = text.chars().collect();
        let items = page["items"].as_array().unwrap();
        assert_eq!(items.len(), r.claims.len() + r.relations.len(), "{name}");
        for a in items {
            let targets: Vec<&Value> = match &a["target"] {
                Value::Array(t) => t.iter().collect(),
                other => vec![other],
            };
            let mut bodies: Vec<&Value> = match &a["body"] {
                Value::Array(b) => b.iter().collect(),
                other => vec![other],
            };
            bodies.retain(|b| b.get("selector").is_some());
            for t in targets.into_iter().chain(bodies) {
                let Some(sels) = t["selector"].as_array() else {
                    continue;
                };
                let quote = sels
                    .iter()
                    .find(|s| s["type"] == "TextQuoteSelector")
                    .unwrap();
                let pos = sels
                    .iter()
                    .find(|s| s["type"] == "TextPositionSelector")
                    .unwrap();
                let (s, e) = (
                    pos["start"].as_u64().unwrap() as usize,
                    pos["end"].as_u64().unwrap() as usize,
                );
                let selected: String = chars[s..e].iter().collect();
                assert_eq!(selected, quote["exact"].as_str().unwrap(), "{name}");
                let before: String = chars[s.saturating_sub(32)..s].iter().collect();
                let after: String = chars[e..(e + 32).min(chars.len())].iter().collect();
                assert_eq!(
                    (before.as_str(), after.as_str()),
                    (
                        quote["prefix"].as_str().unwrap(),
                        quote["suffix"].as_str().unwrap()
                    ),
                    "{name}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} selectors checked");
}

#[test]
fn annotations_carry_claimant_cue_verdict_note_sources_and_link_relations() {
    let text = claim_reader::seeds::SEEDS[0].text;
    let r = report::parse(text);
    let f = findings(&r);
    let m = meta();
    let page: Value =
        serde_json::from_str(&export::export(Format::Annotation, &doc(&r, &m, Some(&f)))).unwrap();
    let items = page["items"].as_array().unwrap();
    let with_verdict = r
        .claims
        .iter()
        .find(|c| f.get(c.id).is_some_and(|x| x.verdict.is_some()))
        .unwrap();
    let a = &items[with_verdict.id.index()];
    assert_eq!(a["motivation"], "oa:assessing");
    let purposes: Vec<&str> = a["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["purpose"].as_str().unwrap())
        .collect();
    assert_eq!(
        purposes,
        [
            "describing",
            "tagging",
            "oa:assessing",
            "commenting",
            "linking",
            "linking",
            "tagging"
        ]
    );
    assert_eq!(
        a["body"][6]["value"], "checked",
        "the first claim is checked"
    );
    assert!(with_verdict.id.index() == 0);
    assert_eq!(a["target"][0]["source"], "https://news.example/report");
    // Relations: a linking annotation from the annotation of one claim to another's.
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    let links: Vec<&Value> = items
        .iter()
        .filter(|i| i["motivation"] == "linking")
        .collect();
    assert_eq!(links.len(), r.relations.len());
    assert!(!links.is_empty());
    for l in links {
        assert!(ids.contains(&l["target"].as_str().unwrap()));
        let from = &l["body"][0];
        assert!(
            from.is_object() || ids.contains(&from.as_str().unwrap()),
            "{from}"
        );
    }
}

#[test]
fn the_csv_reads_back_with_a_standard_reader_to_the_same_claims() {
    for (name, text) in texts() {
        let r = report::parse(&text);
        let f = findings(&r);
        let m = meta();
        let out = export::export(Format::Csv, &doc(&r, &m, Some(&f)));
        let mut rd = csv::ReaderBuilder::new().from_reader(out.as_bytes());
        let header: Vec<String> = rd.headers().unwrap().iter().map(str::to_string).collect();
        let expected: Vec<&str> = csv_export::COLUMNS
            .iter()
            .chain(&csv_export::FINDING_COLUMNS)
            .copied()
            .collect();
        assert_eq!(header, expected);
        let rows: Vec<csv::StringRecord> = rd.records().map(|x| x.unwrap()).collect();
        assert_eq!(rows.len(), r.claims.len(), "{name}");
        let cp = CodePoints::new(&text);
        for (c, row) in r.claims.iter().zip(&rows) {
            let cell = |k: &str| {
                csv_export::unescape(&row[header.iter().position(|h| h == k).unwrap()]).to_string()
            };
            assert_eq!(cell("id"), c.id.label());
            assert_eq!(cell("kind"), c.kind.as_str());
            assert_eq!(cell("claimant"), r.claimant_name(c).unwrap_or_default());
            assert_eq!(
                cell("cue"),
                c.cue
                    .map(|q| r.slice(q.span).to_string())
                    .unwrap_or_default()
            );
            let pieces: Vec<&str> = c.content.iter().map(|s| r.slice(*s)).collect();
            assert_eq!(cell("content"), pieces.join(" … "), "{name}");
            let figures: Vec<&str> = c.figures.iter().map(|x| r.slice(x.span)).collect();
            assert_eq!(cell("figures"), figures.join("; "));
            let cover = c.content_cover();
            assert_eq!(
                cell("start").parse::<usize>().unwrap(),
                cp.of(cover.start())
            );
            assert_eq!(cell("end").parse::<usize>().unwrap(), cp.of(cover.end()));
            let x = f.get(c.id);
            assert_eq!(
                cell("verdict"),
                x.and_then(|x| x.verdict.clone()).unwrap_or_default()
            );
            assert_eq!(cell("note"), x.map(|x| x.note.clone()).unwrap_or_default());
            assert_eq!(
                cell("sources"),
                x.map(|x| x.sources.join(" ")).unwrap_or_default()
            );
        }
        // No cell starts as a formula would.
        for row in &rows {
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: {cell:?}"
                );
            }
        }
    }
}

#[test]
fn csv_cells_that_look_like_formulas_are_escaped_and_read_back_exactly() {
    for cell in [
        "=1+1", "+3", "-40", "@SUM(A1)", "\tx", "\rx", "'quoted", "''", "'=x", "plain", "", "a=b",
    ] {
        let e = csv_export::escape(cell);
        assert!(
            !e.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{cell:?} became {e:?}"
        );
        assert_eq!(csv_export::unescape(&e), cell);
    }
    let r = report::parse("=HYPERLINK(\"http://evil.example\") said the mayor.");
    let m = Meta::default();
    let out = export::export(Format::Csv, &doc(&r, &m, None));
    assert!(out.contains("'=HYPERLINK"), "{out}");
    assert!(
        out.starts_with("id,kind,"),
        "no finding columns without findings: {out}"
    );
}

#[test]
fn every_claim_review_has_the_properties_google_requires() {
    let text = claim_reader::seeds::SEEDS[0].text;
    let r = report::parse(text);
    let mut f = findings(&r);
    let m = meta();
    let g: Value =
        serde_json::from_str(&export::export(Format::Schema, &doc(&r, &m, Some(&f)))).unwrap();
    assert_eq!(g["@context"], "https://schema.org");
    let nodes = g["@graph"].as_array().unwrap();
    assert_eq!(nodes.len(), r.claims.len());
    let reviews: Vec<&Value> = nodes
        .iter()
        .filter(|n| n["@type"] == "ClaimReview")
        .collect();
    assert_eq!(reviews.len(), 3);
    for rv in &reviews {
        for k in [
            "claimReviewed",
            "reviewRating",
            "itemReviewed",
            "author",
            "datePublished",
            "url",
        ] {
            assert!(
                rv.get(k).is_some_and(|v| !v.is_null()),
                "ClaimReview without {k}: {rv}"
            );
        }
        assert!(rv["reviewRating"]["alternateName"].is_string());
        assert_eq!(rv["itemReviewed"]["@type"], "Claim");
        assert!(rv["itemReviewed"]["appearance"]["url"] == "https://news.example/report");
        assert!(rv["author"]["name"].is_string());
        assert_eq!(rv["datePublished"], "2024-05-01");
        assert!(rv["url"]
            .as_str()
            .unwrap()
            .starts_with("https://reader.example/tools/#/r/local-4/c"));
    }
    // On the scale: the numbers; off it: the words alone.
    let mostly_false = reviews
        .iter()
        .find(|r| r["reviewRating"]["alternateName"] == "Mostly false")
        .unwrap();
    assert_eq!(
        (
            mostly_false["reviewRating"]["ratingValue"].as_u64(),
            mostly_false["reviewRating"]["bestRating"].as_u64()
        ),
        (Some(2), Some(5))
    );
    let unproven = reviews
        .iter()
        .find(|r| r["reviewRating"]["alternateName"] == "Unproven")
        .unwrap();
    assert!(unproven["reviewRating"].get("ratingValue").is_none());
    // Claims: text, an author of the right kind, where and when they appeared.
    let claims: Vec<&Value> = nodes.iter().filter(|n| n["@type"] == "Claim").collect();
    for c in &claims {
        assert!(c["text"].is_string());
        assert_eq!(c["datePublished"], "2024-05-01");
    }
    assert!(claims
        .iter()
        .any(|c| c["author"]["@type"] == "Organization"));
    assert!(claims.iter().any(|c| c["author"]["@type"] == "Person"));
    // The reviewer and the review's address, when the user gave them.
    assert!(f.apply(
        &r,
        Edit::About {
            reviewer: "Desk of Example News".into(),
            review_url: "https://example.org/checks/1".into()
        },
        1
    ));
    let g: Value =
        serde_json::from_str(&export::export(Format::Schema, &doc(&r, &m, Some(&f)))).unwrap();
    let rv = g["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@type"] == "ClaimReview")
        .unwrap()
        .clone();
    assert_eq!(
        (rv["author"]["name"].as_str(), rv["url"].as_str()),
        (
            Some("Desk of Example News"),
            Some("https://example.org/checks/1")
        )
    );
    // Without the reader (the CLI): claims only.
    let g: Value = serde_json::from_str(&export::export(
        Format::Schema,
        &Doc {
            findings: None,
            address: None,
            ..doc(&r, &m, None)
        },
    ))
    .unwrap();
    assert!(g["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["@type"] == "Claim"));
}

#[test]
fn the_memo_lists_each_claim_with_its_verdict_note_and_sources_as_plain_text() {
    let text = claim_reader::seeds::SEEDS[0].text;
    let r = report::parse(text);
    let f = findings(&r);
    let m = meta();
    let md = export::export(Format::Memo, &doc(&r, &m, Some(&f)));
    assert!(md.starts_with("# Review memo: A report\n"));
    assert!(md.contains("Source: <https://news.example/report>"));
    assert!(md.contains("- Verdict: **Mostly false**"));
    assert!(md.contains("- Source: <https://example.org/a>"));
    assert!(md.contains("## Checked"));
    assert_eq!(md.matches("\n### ").count(), r.claims.len());
    // User text is escaped: a note cannot become a link or markup.
    let mut f2 = f.clone();
    let c = r.claims[0].id;
    f2.apply(
        &r,
        Edit::Note(c, "<script>x</script> [a](javascript:1) *b*".into()),
        2,
    );
    let md = export::export(Format::Memo, &doc(&r, &m, Some(&f2)));
    assert!(
        md.contains("- Note: \\<script\\>x\\</script\\> \\[a\\](javascript:1) \\*b\\*"),
        "{md}"
    );
}

#[test]
fn the_cli_writes_every_format_and_json_is_the_same_as_format_json() {
    let bin = env!("CARGO_BIN_EXE_claims");
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/hrw-kazakhstan-january-events.txt");
    let brown = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/brown/ca01.txt");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(bin).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let s = seed.to_str().unwrap();
    let b = brown.to_str().unwrap();
    assert_eq!(run(&["--json", s]), run(&["--format", "json", s]));
    assert_eq!(run(&["--json", s, b]), run(&["--format=json", s, b]));
    assert_eq!(run(&["--json", s, b]).lines().count(), 2);
    let r = report::parse(&std::fs::read_to_string(&seed).unwrap());
    // CSV: one header, then a row per claim of each file, with a file column for several.
    let one = run(&["--format", "csv", s]);
    assert_eq!(
        csv::Reader::from_reader(one.as_bytes()).records().count(),
        r.claims.len()
    );
    let two = run(&["--format", "csv", s, b]);
    let mut rd = csv::Reader::from_reader(two.as_bytes());
    assert_eq!(&rd.headers().unwrap()[0], "file");
    let files: Vec<String> = rd.records().map(|x| x.unwrap()[0].to_string()).collect();
    assert!(files.contains(&s.to_string()) && files.contains(&b.to_string()));
    // JSON-LD: one pretty document for one file, one line each for several.
    let page: Value = serde_json::from_str(&run(&["--format", "annotation", s])).unwrap();
    assert_eq!(page["type"], "AnnotationPage");
    let lines = run(&["--format", "schema", s, b]);
    assert_eq!(lines.lines().count(), 2);
    for l in lines.lines() {
        assert_eq!(
            serde_json::from_str::<Value>(l).unwrap()["@context"],
            "https://schema.org"
        );
    }
    let bad = std::process::Command::new(bin)
        .args(["--format", "xml", s])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--format needs one of"));
}
