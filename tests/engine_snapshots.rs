//! Whole-report snapshots over real 1961 US newspaper texts (Brown corpus,
//! press reportage; redistribution permitted), each read and judged by hand.
//! Also variants of the embedded report with other names and numbers.
//! One line per claim: id, kind, claimant, cue and content; figures and
//! relations below their claim.
//!
//! A snapshot records what the engine does, right or wrong. A line known to
//! be wrong is listed in `tests/fixtures/known-wrong.tsv` with what is wrong,
//! and the snapshot carries `    KNOWN WRONG: <what>` under it, so nobody
//! reads it as judged right. An entry that matches no line fails the test:
//! the engine changed that output, and the line is to be judged again.

use claim_reader::report::{parse, ClaimKind};

fn describe(text: &str) -> String {
    let r = parse(text);
    let mut out = String::new();
    for c in &r.claims {
        let who = match (&c.claimant, c.kind) {
            (None, ClaimKind::Unattributed) => "(report)".to_string(),
            _ => r.claimant_name(c).unwrap_or_else(|| "(unknown)".into()),
        };
        let cue = c.cue.map(|q| r.slice(q.span)).unwrap_or("-");
        let content: Vec<&str> = c.content.iter().map(|s| r.slice(*s)).collect();
        out.push_str(&format!(
            "{} {} | {} | {} | {}\n",
            c.id.label(),
            c.kind.as_str(),
            who,
            cue,
            content.join(" … ")
        ));
        for f in &c.figures {
            out.push_str(&format!(
                "    figure: {} = {} {}\n",
                r.slice(f.span),
                f.value,
                f.qualifier.as_str()
            ));
        }
    }
    for rel in &r.relations {
        out.push_str(&format!(
            "relation: {} {:?} -> {}: {}\n",
            rel.kind.as_str(),
            rel.from.map(|f| f.label()),
            rel.to.label(),
            rel.note
        ));
    }
    out
}

/// `described` with a `KNOWN WRONG` line under each claim line listed for
/// `file` in `tests/fixtures/known-wrong.tsv`.
fn mark_known_wrong(file: &str, described: &str) -> String {
    let list = include_str!("fixtures/known-wrong.tsv");
    let entries: Vec<(&str, &str)> = list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let (name, line, what) = (cols.next()?, cols.next()?, cols.next()?);
            (name == file).then_some((line, what))
        })
        .collect();
    let mut used = vec![false; entries.len()];
    let mut out = String::new();
    for line in described.lines() {
        out.push_str(line);
        out.push('\n');
        // The line without its id ("c4 ").
        let Some((_, rest)) = line.split_once(' ') else {
            continue;
        };
        for (i, (wrong, what)) in entries.iter().enumerate() {
            if !line.starts_with(' ') && rest == *wrong {
                used[i] = true;
                out.push_str(&format!("    KNOWN WRONG: {what}\n"));
            }
        }
    }
    for (i, (wrong, _)) in entries.iter().enumerate() {
        assert!(
            used[i],
            "{file}: known-wrong entry matches no line any more, judge it again: {wrong}"
        );
    }
    out
}

fn snapshot_of(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_str().unwrap();
    mark_known_wrong(name, &describe(&text))
}

/// Reports written for these tests in the shape of the embedded one (and of
/// wire copy), with other names, places and numbers: the engine must not
/// depend on the embedded report's wording.
#[test]
fn variants_with_other_names_and_numbers() {
    insta::glob!("fixtures/variants/*.txt", |path| {
        insta::assert_snapshot!(snapshot_of(path));
    });
}

#[test]
fn brown_press_reportage() {
    insta::glob!("fixtures/brown/*.txt", |path| {
        insta::assert_snapshot!(snapshot_of(path));
    });
}
