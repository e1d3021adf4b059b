//! Exports: a report, and in the reader its findings, in the formats other
//! tools read. Pure Rust like the engine (no browser, no I/O): the reader
//! downloads what these functions return and the `claims` CLI prints it.
//!
//! - [`Format::Json`]: the Report JSON contract (`report::json`).
//! - [`Format::Csv`]: one row per claim for spreadsheets ([`csv`]).
//! - [`Format::Annotation`]: a W3C Web Annotation `AnnotationPage`
//!   ([`annotation`]).
//! - [`Format::Schema`]: schema.org `Claim` and `ClaimReview` JSON-LD
//!   ([`schema`]).
//! - [`Format::Memo`]: the review memo in Markdown ([`memo`]).
//! - [`Format::Text`]: the terminal view (`report::pretty`).
//!
//! [`Writer`] is the one entry point the CLI uses: it writes one report
//! after another in a format, with what goes between them (a CSV header
//! once, one JSON document per line naming its file when there are
//! several), straight into an `io::Write`.

pub mod annotation;
pub mod csv;
pub mod memo;
pub mod schema;

use crate::desk::Findings;
use crate::report::json::{self, Meta};
use crate::report::{pretty, Report};

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Text,
    Json,
    Csv,
    Annotation,
    Schema,
    Memo,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Json,
        Format::Csv,
        Format::Annotation,
        Format::Schema,
        Format::Memo,
    ];

    /// The name on the command line (`--format NAME`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Annotation => "annotation",
            Format::Schema => "schema",
            Format::Memo => "memo",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// What a downloaded file's name ends with.
    pub fn suffix(self) -> &'static str {
        match self {
            Format::Text => ".claims.txt",
            Format::Json => ".claims.json",
            Format::Csv => ".claims.csv",
            Format::Annotation => ".annotations.jsonld",
            Format::Schema => ".claimreview.jsonld",
            Format::Memo => ".memo.md",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Text => "text/plain;charset=utf-8",
            Format::Json => "application/json",
            Format::Csv => "text/csv;charset=utf-8",
            Format::Annotation => {
                "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\""
            }
            Format::Schema => "application/ld+json",
            Format::Memo => "text/markdown;charset=utf-8",
        }
    }
}

/// One report to export.
#[derive(Clone, Copy, Debug)]
pub struct Doc<'a> {
    /// The file it came from (CLI) or its title (reader).
    pub name: &'a str,
    pub report: &'a Report,
    pub meta: &'a Meta,
    /// What the user found (the reader only).
    pub findings: Option<&'a Findings>,
    /// The reader's absolute address of this report (`…#/r/local-3`);
    /// claim addresses add `/cN`. `None` on the command line.
    pub address: Option<&'a str>,
    /// Today, `YYYY-MM-DD`, for reviews whose finding has no date.
    pub today: Option<&'a str>,
}

/// One report in a format, as a whole file.
pub fn export(format: Format, doc: &Doc) -> String {
    Writer::new(format, 1).write(doc)
}

/// Writes reports one after another in one format.
pub struct Writer {
    format: Format,
    several: bool,
    written: usize,
}

/// Writes what it is given but its first byte: the `{` of a Report JSON
/// that goes on a line already opened with `{"file":…,`. Through `dyn
/// Write`, so the report's serialisation is compiled once.
struct AfterFirst<'a> {
    out: &'a mut dyn std::io::Write,
    skipped: bool,
}

impl std::io::Write for AfterFirst<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.skipped || buf.is_empty() {
            return self.out.write(buf);
        }
        self.skipped = true;
        self.out.write_all(&buf[1..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl Writer {
    /// `count` is how many reports will be written (several change the
    /// layout: one JSON document per line naming its file, a `file` column
    /// in CSV, a `==> name <==` line before each readable view).
    pub fn new(format: Format, count: usize) -> Writer {
        Writer {
            format,
            several: count > 1,
            written: 0,
        }
    }

    /// A writer of a corpus: laid out as for several reports, however many
    /// there turn out to be.
    pub fn corpus(format: Format) -> Writer {
        Writer::new(format, 2)
    }

    /// The next report's part of the output.
    pub fn write(&mut self, doc: &Doc) -> String {
        let mut out = Vec::new();
        // Writing into a `Vec` cannot fail.
        let _ = self.write_to(doc, &mut out);
        String::from_utf8(out).unwrap_or_default()
    }

    /// The next report's part of the output, written to `out` as it is
    /// made (no copy of the whole output in between).
    pub fn write_to(&mut self, doc: &Doc, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let first = self.written == 0;
        self.written += 1;
        self.part(doc, first, out)
    }

    /// One report's part of the output, as [`Writer::write_to`] writes it
    /// when it is the first (`first`) or a later one, without counting it:
    /// parts can be made in any order (on several threads) and written in
    /// order. A later part starts with [`Writer::separator`]; the first
    /// part of a CSV starts with [`Writer::header`].
    pub fn part(
        &self,
        doc: &Doc,
        first: bool,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let json_line = |v: &serde_json::Value, out: &mut dyn std::io::Write| {
            if self.several {
                serde_json::to_writer(&mut *out, v)?;
            } else {
                serde_json::to_writer_pretty(&mut *out, v)?;
            }
            out.write_all(b"\n")
        };
        match self.format {
            Format::Text => {
                if self.several {
                    let sep = if first { "" } else { self.separator() };
                    writeln!(out, "{sep}==> {} <==", doc.name)?;
                }
                out.write_all(pretty::pretty(doc.report).as_bytes())
            }
            Format::Json => {
                let report = json::to_json_with_meta(doc.report, doc.meta);
                // Buffered: the serialiser's many small writes stay out of
                // `dyn Write`, and its code is compiled once for both cases.
                let buffered = |out: &mut dyn std::io::Write| {
                    let mut w = std::io::BufWriter::with_capacity(1 << 16, out);
                    serde_json::to_writer(&mut w, &report)?;
                    std::io::Write::flush(&mut w)
                };
                if self.several {
                    // `"file"` first, then the report's members.
                    out.write_all(b"{\"file\":")?;
                    serde_json::to_writer(&mut *out, doc.name)?;
                    out.write_all(b",")?;
                    let mut rest = AfterFirst {
                        out: &mut *out,
                        skipped: false,
                    };
                    buffered(&mut rest)?;
                } else {
                    buffered(&mut *out)?;
                }
                out.write_all(b"\n")
            }
            Format::Csv => {
                let file = self.several.then_some(doc.name);
                out.write_all(csv::write(doc, file, first).as_bytes())
            }
            Format::Annotation => json_line(&annotation::page(doc), out),
            Format::Schema => json_line(&schema::graph(doc), out),
            Format::Memo => {
                if !first {
                    out.write_all(self.separator().as_bytes())?;
                }
                out.write_all(memo::markdown(doc).as_bytes())
            }
        }
    }

    /// What a part other than the first starts with (between reports).
    pub fn separator(&self) -> &'static str {
        match self.format {
            Format::Text if self.several => "\n",
            Format::Memo => "\n---\n\n",
            _ => "",
        }
    }

    /// What the first part starts with that later ones lack: the CSV
    /// header (for reports without findings), else nothing.
    pub fn header(&self) -> String {
        match self.format {
            Format::Csv => csv::header(self.several, false),
            _ => String::new(),
        }
    }
}

/// A file name for an export of a report with this title: lower-case
/// letters and digits joined by `-`, at most 60 characters, then the
/// format's suffix.
pub fn file_name(title: &str, format: Format) -> String {
    let mut slug = String::new();
    for w in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        if slug.chars().count() + w.chars().count() + 1 > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&w);
    }
    if slug.is_empty() {
        slug.push_str("report");
    }
    format!("{slug}{}", format.suffix())
}

/// A stable name for a text that has no address: `urn:claim-reader:`
/// and the 64-bit FNV-1a hash of its bytes in hex. Identifies, does not
/// protect.
pub fn text_urn(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("urn:claim-reader:{h:016x}")
}

/// An identifier for a part of the export: the text's URN, then `:`
/// and the part (`annotation:c3`, `claim:c3`).
pub fn iri(doc: &Doc, part: &str) -> String {
    format!("{}:{part}", text_urn(&doc.report.text))
}

/// The page a claim's review lives at: the review's address when the user
/// gave one, else the reader's address of the claim (`…/c3`).
pub fn review_url(doc: &Doc, label: &str) -> Option<String> {
    if let Some(u) = doc.findings.and_then(|f| f.review_url.clone()) {
        return Some(u);
    }
    doc.address
        .map(|a| format!("{}/{label}", a.trim_end_matches('/')))
}
