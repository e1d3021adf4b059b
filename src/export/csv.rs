//! CSV: one row per claim, for spreadsheets, written with the `csv` crate.
//!
//! Columns: `id, kind, claimant, role, cue, strength, content, figures,
//! dates, start, end, disputes, disputed_by, no_evidence`, and with
//! findings `verdict, checked, note, sources`; several reports (the CLI
//! given several files) add a first column, `file`. `content` joins a
//! claim's pieces with " … "; lists join their items with "; ". `start` and
//! `end` are code points, the first content piece's start and the last
//! one's end.
//!
//! **Spreadsheet-safe.** A cell a spreadsheet would take for a formula
//! (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
//! leading `'`, which spreadsheets show as text; so does a cell that
//! already starts with `'`, so that [`unescape`] gives back every cell
//! exactly.

use super::Doc;
use crate::desk::review;
use crate::report::json::CodePoints;
use crate::report::{ClaimId, RelationKind, Report};

/// The columns of every row (the `file` column and those of findings
/// aside).
pub const COLUMNS: [&str; 14] = [
    "id",
    "kind",
    "claimant",
    "role",
    "cue",
    "strength",
    "content",
    "figures",
    "dates",
    "start",
    "end",
    "disputes",
    "disputed_by",
    "no_evidence",
];

/// The columns a report with findings adds.
pub const FINDING_COLUMNS: [&str; 4] = ["verdict", "checked", "note", "sources"];

/// A cell as written: with a leading `'` where a spreadsheet would see a
/// formula (see the module docs).
pub fn escape(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// A cell as it was before [`escape`].
pub fn unescape(cell: &str) -> &str {
    let mut chars = cell.chars();
    match (chars.next(), chars.next()) {
        (Some('\''), Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'')) => &cell[1..],
        _ => cell,
    }
}

fn ids(list: impl Iterator<Item = ClaimId>) -> String {
    list.map(|c| c.label()).collect::<Vec<_>>().join("; ")
}

/// The header row alone, as [`write`] puts it first: with a `file` column
/// when `file`, and the finding columns when `findings`.
pub fn header(file: bool, findings: bool) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut row: Vec<&str> = Vec::new();
    row.extend(file.then_some("file"));
    row.extend(COLUMNS);
    if findings {
        row.extend(FINDING_COLUMNS);
    }
    let _ = w.write_record(row.iter().map(|c| escape(c)));
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The rows of one report (with the header when `header`).
pub fn write(doc: &Doc, file: Option<&str>, header: bool) -> String {
    let report: &Report = doc.report;
    let text: &str = &report.text;
    let cp = CodePoints::new(text);
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let with_findings = doc.findings.is_some();
    let mut row: Vec<String> = Vec::new();
    let put = |w: &mut ::csv::Writer<Vec<u8>>, row: &mut Vec<String>| {
        let _ = w.write_record(row.iter().map(|c| escape(c)));
        row.clear();
    };
    if header {
        row.extend(file.map(|_| "file".to_string()));
        row.extend(COLUMNS.iter().map(|c| c.to_string()));
        if with_findings {
            row.extend(FINDING_COLUMNS.iter().map(|c| c.to_string()));
        }
        put(&mut w, &mut row);
    }
    for c in &report.claims {
        let cover = c.content_cover();
        let role = c
            .claimant
            .as_ref()
            .and_then(|cl| cl.entity)
            .and_then(|e| report.entity(e))
            .and_then(|e| e.role.clone());
        let disputes = report
            .relations
            .iter()
            .filter(|r| r.kind == RelationKind::Disputes && r.from == Some(c.id))
            .map(|r| r.to);
        let disputed_by: Vec<String> = report
            .relations_to(c.id, RelationKind::Disputes)
            .map(|r| r.from.map_or_else(|| "text".to_string(), |f| f.label()))
            .collect();
        let no_evidence: Vec<String> = report
            .relations_to(c.id, RelationKind::NoEvidence)
            .map(|r| r.from.map_or_else(|| "text".to_string(), |f| f.label()))
            .collect();
        row.extend(file.map(str::to_string));
        row.extend([
            c.id.label(),
            c.kind.as_str().to_string(),
            report.claimant_name(c).unwrap_or_default(),
            role.unwrap_or_default(),
            c.cue
                .map(|q| q.span.of(text).to_string())
                .unwrap_or_default(),
            c.cue
                .map(|q| q.strength.as_str().to_string())
                .unwrap_or_default(),
            review::content(report, c),
            c.figures
                .iter()
                .map(|f| f.span.of(text))
                .collect::<Vec<_>>()
                .join("; "),
            c.dates
                .iter()
                .map(|d| d.span.of(text))
                .collect::<Vec<_>>()
                .join("; "),
            cp.of(cover.start()).to_string(),
            cp.of(cover.end()).to_string(),
            ids(disputes),
            disputed_by.join("; "),
            no_evidence.join("; "),
        ]);
        if let Some(findings) = doc.findings {
            let f = findings.get(c.id);
            row.extend([
                f.and_then(|f| f.verdict.clone()).unwrap_or_default(),
                if f.is_some_and(|f| f.checked) {
                    "yes"
                } else {
                    ""
                }
                .to_string(),
                f.map(|f| f.note.clone()).unwrap_or_default(),
                f.map(|f| f.sources.join(" ")).unwrap_or_default(),
            ]);
        }
        put(&mut w, &mut row);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}
