//! `claims`: the engine on the command line. Prints Report JSON or a readable view.

use claim_reader::report::{self, json, pretty};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json_out = args.iter().any(|a| a == "--json");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if files.is_empty() {
        eprintln!("usage: claims [--json] FILE... (use - for standard input)");
        return ExitCode::from(2);
    }
    let files_count = files.len();
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
        if json_out {
            println!("{}", json::to_json_string(&r));
        } else {
            if files_count > 1 {
                println!("==> {f} <==");
            }
            print!("{}", pretty::pretty(&r));
        }
    }
    status
}
