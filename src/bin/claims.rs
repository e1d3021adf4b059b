//! `claims`: the engine on the command line. Prints a readable view, Report
//! JSON, CSV, W3C annotations or schema.org JSON-LD (all written by `export`).

use claim_reader::export::{Doc, Format, Writer};
use claim_reader::report::{self, json::Meta};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: claims [--json | --format text|json|csv|annotation|schema|memo] FILE... (use - for standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut format = Format::Text;
    let mut files: Vec<&String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let name = match a.as_str() {
            "--json" => Some("json"),
            "--format" => it.next().map(String::as_str),
            s if s.starts_with("--format=") => Some(&s["--format=".len()..]),
            s if s.starts_with("--") => {
                eprintln!("claims: unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => {
                files.push(a);
                continue;
            }
        };
        match name.and_then(Format::from_name) {
            Some(f) => format = f,
            None => {
                eprintln!("claims: --format needs one of text, json, csv, annotation, schema, memo\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut writer = Writer::new(format, files.len());
    let mut out = std::io::stdout().lock();
    let mut status = ExitCode::SUCCESS;
    for f in files {
        let mut bytes = Vec::new();
        let read = if f == "-" {
            std::io::stdin().read_to_end(&mut bytes).map(|_| ())
        } else {
            std::fs::read(f).map(|b| bytes = b)
        };
        if let Err(e) = read {
            eprintln!("claims: cannot read {f}: {e}");
            status = ExitCode::from(1);
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        if matches!(text, std::borrow::Cow::Owned(_)) {
            eprintln!("claims: {f}: invalid UTF-8 was replaced with U+FFFD");
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let r = report::parse(text);
        let meta = Meta::default();
        let doc = Doc {
            name: f,
            report: &r,
            meta: &meta,
            findings: None,
            address: None,
            today: None,
        };
        if out.write_all(writer.write(&doc).as_bytes()).is_err() {
            return ExitCode::from(1);
        }
    }
    status
}
