//! `claims`: the engine on the command line. Prints a readable view, Report
//! JSON, CSV, W3C annotations or schema.org JSON-LD (all written by `export`).
//!
//! Paths may be files, folders (read recursively: `.txt`, `.md`, `.html`
//! and their kin) or `-`, a list of paths on standard input, one a line.
//! Files are read and parsed in parallel on every core (rayon) and written
//! in path order, each naming its file once there are several; a file that
//! cannot be read gives an error line and the run goes on; the exit status
//! is 1 if any failed. On a terminal, stderr shows a progress bar; after a
//! run of several files it shows a summary (files, claims, MB/s).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

// The CLI reads files and runs threads: nothing for the WebAssembly build.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use claim_reader::export::{Doc, Format, Writer};
    use claim_reader::import::{self, bytes::BytesError, html, markdown, Meta};
    use claim_reader::report;
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    use std::collections::BTreeMap;
    use std::io::{BufWriter, IsTerminal, Read, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc;
    use std::time::Instant;

    const USAGE: &str =
        "usage: claims [--json | --format text|json|csv|annotation|schema|memo] PATH...
  PATH: a file; a folder, read recursively (.txt, .text, .md, .markdown, .html, .htm);
        or -, a list of paths on standard input, one a line
  --stdin: read one text from standard input instead";

    /// What a folder holds that `claims` reads. (`.pdf` is not read yet.)
    const EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm"];

    /// One input: where it is and the name it is given in the output.
    enum Input {
        File(PathBuf),
        Stdin,
        /// A path that could not be listed (a folder that cannot be read).
        Unlisted(String, String),
    }

    impl Input {
        fn name(&self) -> String {
            match self {
                Input::File(p) => p.to_string_lossy().into_owned(),
                Input::Stdin => "-".into(),
                Input::Unlisted(p, _) => p.clone(),
            }
        }
    }

    /// One file's part of the output, made on a worker thread.
    struct Done {
        name: String,
        bytes: usize,
        claims: usize,
        /// Something to tell beside the output (invalid bytes replaced).
        warning: Option<String>,
        result: Result<Vec<u8>, String>,
    }

    /// A file that failed, in the JSON output: `{"file": …, "error": …}`.
    #[derive(serde::Serialize)]
    struct ErrorLine<'a> {
        file: &'a str,
        error: &'a str,
    }

    pub fn main() -> ExitCode {
        let start = Instant::now();
        let args: Vec<String> = std::env::args().skip(1).collect();
        let mut format = Format::Text;
        let mut paths: Vec<&str> = Vec::new();
        let mut stdin_text = false;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let name = match a.as_str() {
                "--json" => Some("json"),
                "--format" => it.next().map(String::as_str),
                "--stdin" => {
                    stdin_text = true;
                    continue;
                }
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                s if s.starts_with("--format=") => Some(&s["--format=".len()..]),
                s if s.starts_with("--") => {
                    eprintln!("claims: unknown option {s}\n{USAGE}");
                    return ExitCode::from(2);
                }
                _ => {
                    paths.push(a);
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
        if stdin_text && paths.contains(&"-") {
            eprintln!("claims: standard input holds either a text (--stdin) or a list of paths (-)\n{USAGE}");
            return ExitCode::from(2);
        }
        if paths.is_empty() && !stdin_text {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }

        // A folder or a list makes a corpus: its output names each file.
        let mut corpus = false;
        let mut inputs: Vec<Input> = Vec::new();
        if stdin_text {
            inputs.push(Input::Stdin);
        }
        for p in paths {
            if p == "-" {
                corpus = true;
                let mut list = String::new();
                if let Err(e) = std::io::stdin().lock().read_to_string(&mut list) {
                    eprintln!("claims: cannot read the list of paths on standard input: {e}");
                    return ExitCode::from(2);
                }
                for line in list.lines() {
                    let line = line.strip_suffix('\r').unwrap_or(line);
                    if !line.trim().is_empty() {
                        corpus |= add_path(Path::new(line), &mut inputs);
                    }
                }
            } else {
                corpus |= add_path(Path::new(p), &mut inputs);
            }
        }
        let writer = if corpus {
            Writer::corpus(format)
        } else {
            Writer::new(format, inputs.len())
        };
        let several = corpus || inputs.len() > 1;
        run(inputs, writer, format, several, start)
    }

    /// Adds a path: a folder's readable files in name order, or the file.
    /// Returns whether it was a folder.
    fn add_path(path: &Path, inputs: &mut Vec<Input>) -> bool {
        if !path.is_dir() {
            inputs.push(Input::File(path.to_path_buf()));
            return false;
        }
        for entry in walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
        {
            match entry {
                Ok(e) if e.file_type().is_file() && readable(e.path()) => {
                    inputs.push(Input::File(e.into_path()));
                }
                Ok(_) => {}
                Err(e) => {
                    let at = e.path().unwrap_or(path).to_string_lossy().into_owned();
                    let why = e
                        .io_error()
                        .map_or_else(|| e.to_string(), ToString::to_string);
                    inputs.push(Input::Unlisted(at, format!("cannot list: {why}")));
                }
            }
        }
        true
    }

    fn readable(path: &Path) -> bool {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
    }

    fn run(
        inputs: Vec<Input>,
        writer: Writer,
        format: Format,
        several: bool,
        start: Instant,
    ) -> ExitCode {
        let progress = if std::io::stderr().is_terminal() && inputs.len() > 1 {
            let bar = ProgressBar::with_draw_target(
                Some(inputs.len() as u64),
                ProgressDrawTarget::stderr(),
            );
            if let Ok(style) = ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files, {msg} [{elapsed_precise}, {eta} left]",
            ) {
                bar.set_style(style);
            }
            bar
        } else {
            ProgressBar::hidden()
        };

        let next = AtomicUsize::new(0);
        let threads = rayon::current_num_threads().max(1);
        // Bounded: workers wait while the output catches up.
        let (tx, rx) = mpsc::sync_channel::<(usize, Done)>(threads * 4);
        let mut files = 0usize;
        let mut failed = 0usize;
        let mut claims = 0usize;
        let mut bytes = 0usize;
        let mut broken_pipe = false;
        std::thread::scope(|scope| {
            let (inputs, writer, next) = (&inputs, &writer, &next);
            scope.spawn(move || {
                rayon::scope(|s| {
                    for _ in 0..threads {
                        let tx = tx.clone();
                        s.spawn(move |_| loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(input) = inputs.get(i) else { break };
                            let done = process(input, writer, i == 0);
                            if tx.send((i, done)).is_err() {
                                break;
                            }
                        });
                    }
                });
            });

            // Written in order as they come: a part that is early waits.
            let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            let mut pending: BTreeMap<usize, Done> = BTreeMap::new();
            let mut want = 0usize;
            let mut written_any = false;
            for (i, done) in rx.iter() {
                pending.insert(i, done);
                while let Some(done) = pending.remove(&want) {
                    want += 1;
                    files += 1;
                    bytes += done.bytes;
                    progress.inc(1);
                    progress.set_message(format!("{} MB", mb(bytes)));
                    if let Some(w) = &done.warning {
                        progress.suspend(|| eprintln!("claims: {}: {w}", done.name));
                    }
                    let wrote = match done.result {
                        Ok(part) => {
                            claims += done.claims;
                            let r = if written_any || want == 1 {
                                out.write_all(&part)
                            } else {
                                // The first file failed: this part opens the output.
                                let sep = writer.separator().as_bytes();
                                let body = part.strip_prefix(sep).unwrap_or(&part);
                                out.write_all(writer.header().as_bytes())
                                    .and_then(|_| out.write_all(body))
                            };
                            written_any = true;
                            r
                        }
                        Err(why) => {
                            failed += 1;
                            progress.suspend(|| eprintln!("claims: {}: {why}", done.name));
                            if format == Format::Json {
                                let line = ErrorLine {
                                    file: &done.name,
                                    error: &why,
                                };
                                serde_json::to_writer(&mut out, &line)
                                    .map_err(std::io::Error::from)
                                    .and_then(|_| out.write_all(b"\n"))
                            } else {
                                Ok(())
                            }
                        }
                    };
                    if wrote.is_err() {
                        broken_pipe = true;
                    }
                }
                if broken_pipe {
                    break;
                }
            }
            if out.flush().is_err() {
                broken_pipe = true;
            }
            // Dropping the receiver stops the workers after their file.
            drop(rx);
        });
        progress.finish_and_clear();
        if broken_pipe {
            return ExitCode::from(1);
        }
        if several {
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "claims: {files} files ({failed} failed), {claims} claims, {} MB in {secs:.2} s: {:.1} MB/s",
                mb(bytes),
                bytes as f64 / 1e6 / secs.max(1e-9)
            );
        }
        if failed > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }

    fn mb(bytes: usize) -> String {
        format!("{:.2}", bytes as f64 / 1e6)
    }

    /// Reads, opens and parses one input and writes its part of the output.
    fn process(input: &Input, writer: &Writer, first: bool) -> Done {
        let name = input.name();
        let raw = match input {
            Input::File(p) => std::fs::read(p).map_err(|e| format!("cannot read: {e}")),
            Input::Stdin => {
                let mut b = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut b)
                    .map(|_| b)
                    .map_err(|e| format!("cannot read standard input: {e}"))
            }
            Input::Unlisted(_, why) => Err(why.clone()),
        };
        let bytes = raw.as_ref().map_or(0, Vec::len);
        let opened = raw.and_then(|raw| open(&name, &raw));
        let (text, meta, warning) = match opened {
            Ok(o) => o,
            Err(why) => {
                return Done {
                    name,
                    bytes,
                    claims: 0,
                    warning: None,
                    result: Err(why),
                }
            }
        };
        let r = report::parse(&text);
        let doc = Doc {
            name: &name,
            report: &r,
            meta: &meta,
            findings: None,
            address: None,
            today: None,
        };
        let mut part = Vec::with_capacity(text.len() * 2);
        let result = writer
            .part(&doc, first, &mut part)
            .map(|_| part)
            .map_err(|e| format!("cannot write: {e}"));
        Done {
            claims: r.claims.len(),
            warning,
            name,
            bytes,
            result,
        }
    }

    /// A file's text, as the reader opens it: decoded (UTF-8 or UTF-16,
    /// line endings made `\n`), Markdown and HTML made plain text.
    fn open(name: &str, raw: &[u8]) -> Result<(String, Meta, Option<String>), String> {
        let decoded = import::bytes::decode_within(raw, usize::MAX).map_err(|e| match e {
            BytesError::Empty => "empty file".to_string(),
            BytesError::Blank => "only blank space".to_string(),
            BytesError::Binary { looks_like } => format!("not text: it looks like {looks_like}"),
            e => e.to_string(),
        })?;
        let warning = (decoded.replaced > 0).then(|| {
            format!(
                "{} invalid bytes were replaced with U+FFFD",
                decoded.replaced
            )
        });
        match import::Format::of_file(name, "") {
            import::Format::Markdown => {
                let o = markdown::to_text(&decoded.text);
                Ok((o.text, o.meta, warning))
            }
            import::Format::Html => html::tokenize::to_text(&decoded.text)
                .map(|o| (o.text, o.meta, warning))
                .map_err(|e| e.to_string()),
            _ => Ok((decoded.text, Meta::default(), warning)),
        }
    }
}
