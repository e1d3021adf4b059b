//! The embedded report and the fixture reports (tests/fixtures/reports/,
//! reports written for these tests in the styles news and NGOs publish)
//! against their expected claims (`*.gold.json`), scored as the gold README
//! says: content Dice ≥ 0.5 (with the claim's whole cover or one of its
//! pieces, so a continuation quote joined to its speaker's claim is found),
//! claimant by name or alias, figures by value and
//! overlap, relations by kind, and no extras.

use claim_reader::report::{json, parse};
use serde_json::Value;
use std::collections::HashMap;

fn dice(a: [usize; 2], b: [usize; 2]) -> f64 {
    let inter = a[1].min(b[1]).saturating_sub(a[0].max(b[0]));
    let total = (a[1] - a[0]) + (b[1] - b[0]);
    if total == 0 {
        return 0.0;
    }
    2.0 * inter as f64 / total as f64
}

fn overlaps(a: [usize; 2], b: [usize; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

fn norm(s: &str) -> String {
    let s = s.replace('’', "'").to_lowercase();
    s.strip_prefix("the ").unwrap_or(&s).to_string()
}

fn span(v: &Value) -> [usize; 2] {
    [
        v[0].as_u64().unwrap() as usize,
        v[1].as_u64().unwrap() as usize,
    ]
}

/// The cover of a reported claim's content spans.
fn cover(c: &json::ClaimJson) -> [usize; 2] {
    let a = c.content.iter().map(|x| x.span[0]).min().unwrap_or(0);
    let b = c.content.iter().map(|x| x.span[1]).max().unwrap_or(0);
    [a, b]
}

#[derive(Default)]
struct Score {
    failures: Vec<String>,
    /// Required gold claims, and those found.
    claims: (usize, usize),
    /// Found attributed claims, and those with the right claimant.
    claimants: (usize, usize),
    /// Required gold figures, and those found.
    figures: (usize, usize),
    /// Gold relations, and those found.
    relations: (usize, usize),
}

fn score(text: &str, gold: &Value) -> Score {
    let parsed = parse(text);
    let report = json::to_json(&parsed);
    let mut failures = Vec::new();
    let (mut claims, mut claimants, mut figures, mut relations) = ((0, 0), (0, 0), (0, 0), (0, 0));
    assert_eq!(
        report.text.chars().count() as u64,
        gold["text_length"].as_u64().unwrap()
    );
    let entities: HashMap<&str, &json::EntityJson> =
        report.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let gold_entities = gold["entities"].as_object().unwrap();
    let names_of_gold = |id: &str| -> Vec<String> {
        let e = &gold_entities[id];
        let mut v = vec![norm(e["name"].as_str().unwrap())];
        v.extend(
            e["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| norm(a.as_str().unwrap())),
        );
        v
    };
    // Which reported claims match each gold claim.
    let mut matched_reported: Vec<bool> = vec![false; report.claims.len()];
    let mut gold_to_reported: HashMap<String, Vec<usize>> = HashMap::new();
    for g in gold["claims"].as_array().unwrap() {
        let gid = g["id"].as_str().unwrap();
        let gspan = span(&g["content"]["span"]);
        let optional = g["optional"].as_bool().unwrap_or(false);
        let hits: Vec<usize> = report
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                dice(cover(c), gspan) >= 0.5
                    // A continuation quote joined to its speaker's claim
                    // counts for each gold claim it joins.
                    || c.content.iter().any(|p| dice(p.span, gspan) >= 0.5)
                    // Finer splits of the gold claim count as parts of it.
                    || c.content.iter().all(|p| p.span[0] >= gspan[0] && p.span[1] <= gspan[1])
            })
            .map(|(i, _)| i)
            .collect();
        for &i in &hits {
            matched_reported[i] = true;
        }
        gold_to_reported.insert(gid.to_string(), hits.clone());
        if !optional {
            claims.0 += 1;
            claims.1 += usize::from(!hits.is_empty());
        }
        if hits.is_empty() {
            if !optional {
                failures.push(format!("{gid}: not found"));
            }
            continue;
        }
        // The claimant.
        let c = &report.claims[hits[0]];
        match g["claimant"].as_str() {
            None => {
                if c.claimant.is_some() && c.kind.as_str() != "unattributed" {
                    failures.push(format!(
                        "{gid}: expected the report's own assertion, got {:?}",
                        c.claimant
                    ));
                }
            }
            Some(ge) => {
                claimants.0 += 1;
                let want = names_of_gold(ge);
                let got = c
                    .claimant
                    .as_ref()
                    .and_then(|cl| cl.entity.as_ref())
                    .and_then(|e| entities.get(e.as_str()))
                    .map(|e| {
                        let mut v = vec![norm(&e.name)];
                        v.extend(e.aliases.iter().map(|a| norm(a)));
                        v
                    })
                    .unwrap_or_default();
                if got.iter().any(|n| want.contains(n)) {
                    claimants.1 += 1;
                } else {
                    failures.push(format!("{gid}: claimant {got:?}, expected one of {want:?}"));
                }
                if let Some(gk) = g["kind"].as_str() {
                    if c.kind.as_str() != gk {
                        failures.push(format!("{gid}: kind {}, expected {gk}", c.kind.as_str()));
                    }
                }
                if let Some(cue) = g.get("cue") {
                    let gc = span(&cue["span"]);
                    if !c.cue.as_ref().is_some_and(|rc| overlaps(rc.span, gc)) {
                        failures.push(format!(
                            "{gid}: cue {:?}, expected {}",
                            c.cue.as_ref().map(|x| &x.text),
                            cue["text"]
                        ));
                    }
                }
            }
        }
        // Figures.
        for f in g["figures"].as_array().unwrap() {
            if f["optional"].as_bool().unwrap_or(false) {
                continue;
            }
            let fs = span(&f["span"]);
            let value = f["value"].as_f64().unwrap();
            let found = hits
                .iter()
                .flat_map(|&i| report.claims[i].figures.iter())
                .any(|rf| rf.value == value && overlaps(rf.span, fs));
            figures.0 += 1;
            if found {
                figures.1 += 1;
            } else {
                failures.push(format!("{gid}: figure {} ({value}) missing", f["text"]));
            }
        }
    }
    for (i, m) in matched_reported.iter().enumerate() {
        if !m {
            failures.push(format!(
                "extra claim {}: {:?}",
                report.claims[i].id,
                report.claims[i].content.first().map(|c| &c.text)
            ));
        }
    }
    // Relations.
    let sentences_of = |gid: &str| -> Vec<[usize; 2]> {
        gold["claims"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["id"] == gid)
            .map(|c| span(&c["content"]["span"]))
            .collect()
    };
    for r in gold["relations"].as_array().unwrap() {
        let kind = r["kind"].as_str().unwrap();
        let from = r["from"].as_str().unwrap_or("");
        let to = r["to"].as_str().unwrap();
        let ids = |gid: &str| -> Vec<String> {
            gold_to_reported
                .get(gid)
                .map(|v| v.iter().map(|&i| report.claims[i].id.clone()).collect())
                .unwrap_or_default()
        };
        let (from_ids, to_ids) = (ids(from), ids(to));
        let from_spans = sentences_of(from);
        let ok = report.relations.iter().any(|rr| {
            rr.kind.as_str() == kind
                && to_ids.contains(&rr.to)
                && (rr.from.as_ref().is_some_and(|f| from_ids.contains(f))
                    || (kind == "no_evidence" && from_spans.iter().any(|s| overlaps(rr.span, *s))))
        });
        relations.0 += 1;
        if ok {
            relations.1 += 1;
        } else {
            failures.push(format!("relation {kind} {from} -> {to} missing"));
        }
    }
    Score {
        failures,
        claims,
        claimants,
        figures,
        relations,
    }
}

/// Scores `text` against `gold` (JSON) and fails on any difference.
#[track_caller]
fn matches_exactly(text: &str, gold: &str) {
    let gold: Value = serde_json::from_str(gold).unwrap();
    let s = score(text, &gold);
    assert!(
        s.failures.is_empty(),
        "differences from the gold claims:\n{}",
        s.failures.join("\n")
    );
}

#[test]
fn the_embedded_report_matches_its_gold_claims_exactly() {
    let text = include_str!("../seeds/hrw-kazakhstan-january-events.txt");
    let gold = include_str!("fixtures/hrw-kazakhstan-january-events.gold.json");
    matches_exactly(text, gold);
    // No relation beyond the gold's either: each gold relation is found,
    // so as many drawn means none extra.
    let gold: Value = serde_json::from_str(gold).unwrap();
    let drawn = parse(text).relations;
    assert_eq!(
        drawn.len(),
        gold["relations"].as_array().map_or(0, Vec::len),
        "relations drawn beyond the gold: {drawn:?}"
    );
}

#[test]
fn the_scorer_notices_a_wrong_claimant_a_missing_figure_and_a_missing_relation() {
    // The scorer must be able to fail: change the gold, not the engine.
    let text = include_str!("../seeds/hrw-kazakhstan-january-events.txt");
    let gold: Value = serde_json::from_str(include_str!(
        "fixtures/hrw-kazakhstan-january-events.gold.json"
    ))
    .unwrap();
    let mut wrong = gold.clone();
    let claims = wrong["claims"].as_array_mut().unwrap();
    let first_attributed = claims
        .iter()
        .position(|c| c["claimant"].is_string())
        .unwrap();
    let other = gold["entities"]
        .as_object()
        .unwrap()
        .keys()
        .find(|k| **k != claims[first_attributed]["claimant"])
        .unwrap()
        .clone();
    claims[first_attributed]["claimant"] = Value::from(other);
    let with_figure = claims
        .iter()
        .position(|c| !c["figures"].as_array().unwrap().is_empty())
        .unwrap();
    claims[with_figure]["figures"][0]["value"] = Value::from(123456.0);
    wrong["relations"].as_array_mut().unwrap()[0]["kind"] = Value::from("supports");
    let s = score(text, &wrong);
    assert_eq!(s.failures.len(), 3, "{:?}", s.failures);
}

/// "found/total" as a percentage, "–" for none.
fn rate((total, found): (usize, usize)) -> String {
    if total == 0 {
        "–".into()
    } else {
        format!(
            "{found}/{total} ({:.0} %)",
            100.0 * found as f64 / total as f64
        )
    }
}

/// The least share of the fixture reports' gold that the engine finds,
/// over all of them: claims, claimants right, figures, relations. These
/// are today's levels, so that no change loses ground; the aims are 95 %
/// for claimants and figures and 90 % for relations (QUALITY.md, "Reports
/// written for the tests").
const FLOORS: [(&str, f64); 4] = [
    ("claims found", 0.99),
    ("claimants right", 0.94),
    ("figures found", 0.97),
    ("relations found", 0.52),
];

#[test]
fn the_fixture_reports_hold_their_floors() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reports");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 27, "{names:?}");
    let mut failed = Vec::new();
    let mut total = [(0, 0); 4];
    println!("| report | claims found | claimants right | figures found | relations found |");
    println!("|---|---|---|---|---|");
    for name in names {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
        let gold_file = format!("{dir}/{}.gold.json", name.trim_end_matches(".txt"));
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&gold_file).unwrap())
            .unwrap_or_else(|e| panic!("{gold_file}: {e}"));
        let s = score(&text, &gold);
        println!(
            "| {name} | {} | {} | {} | {} |",
            rate(s.claims),
            rate(s.claimants),
            rate(s.figures),
            rate(s.relations)
        );
        for (t, x) in total
            .iter_mut()
            .zip([s.claims, s.claimants, s.figures, s.relations])
        {
            t.0 += x.0;
            t.1 += x.1;
        }
        failed.extend(s.failures.iter().map(|f| format!("{name}: {f}")));
    }
    println!(
        "| all | {} | {} | {} | {} |",
        rate(total[0]),
        rate(total[1]),
        rate(total[2]),
        rate(total[3])
    );
    println!("\ndifferences from the gold claims:\n{}", failed.join("\n"));
    let below: Vec<String> = FLOORS
        .iter()
        .zip(total)
        .filter(|((_, floor), (n, found))| (*found as f64) < floor * *n as f64)
        .map(|((what, floor), t)| format!("{what}: {} is below {floor}", rate(t)))
        .collect();
    assert!(
        below.is_empty(),
        "{}\n\ndifferences from the gold claims:\n{}",
        below.join("\n"),
        failed.join("\n")
    );
}

#[test]
fn the_first_fixture_report_matches_its_gold_claims_exactly() {
    matches_exactly(
        include_str!("fixtures/reports/protest-fuel-prices.txt"),
        include_str!("fixtures/reports/protest-fuel-prices.gold.json"),
    );
}
