//! The `claims` binary on a corpus: folders read recursively, `-` for a
//! list of paths, one JSON line per file in path order, an error line for a
//! file that fails (and the exit status), no progress bar in a pipe, and
//! the README's recipe for many machines (shards of the path list) run
//! here with `split` and `xargs`.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_claims");

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli_corpus-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn put(dir: &Path, rel: &str, bytes: &[u8]) -> String {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

/// A short news text of its own with `n` claims by a named speaker.
fn story(n: usize, speaker: &str) -> String {
    (0..n)
        .map(|i| format!("{speaker} said the bridge on road {i} would reopen in May.\n\n"))
        .collect()
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn files(lines: &[Value]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l["file"].as_str().unwrap().to_string())
        .collect()
}

/// A corpus whose names sort differently from the order they were made
/// in, nested, with files of kinds a folder does not read.
fn corpus(dir: &Path) -> Vec<String> {
    let b = put(dir, "b.txt", story(3, "Maria Lopez").as_bytes());
    let z = put(
        dir,
        "sub/z.md",
        format!("# Roads\n\n{}", story(2, "Tom Reed")).as_bytes(),
    );
    let a = put(dir, "a.txt", story(1, "Ana Silva").as_bytes());
    let c = put(
        dir,
        "sub/c.html",
        b"<html><body><p>Ruth Kim said the school would close.</p><script>say()</script></body></html>",
    );
    let m = put(dir, "sub/deeper/m.htm", story(4, "Lee Chan").as_bytes());
    put(dir, "notes.pdf", b"%PDF-1.4 not read yet");
    put(dir, "data.json", b"{}");
    put(dir, "image.png", b"\x89PNG\r\n\x1a\n....");
    vec![a, b, c, m, z]
}

#[test]
fn a_folder_gives_one_line_per_file_in_path_order_each_the_report_of_that_file() {
    let dir = folder("order");
    let expected = corpus(&dir);
    let out = run(&["--json", dir.to_str().unwrap()], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = lines(&out);
    assert_eq!(files(&got), expected);
    for (line, path) in got.iter().zip(&expected) {
        // The same report as the file alone, which does not name its file.
        let alone = run(&["--json", path], b"");
        assert!(alone.status.success());
        let mut alone: Value = serde_json::from_slice(&alone.stdout).unwrap();
        assert!(alone.get("file").is_none());
        alone["file"] = Value::String(path.clone());
        assert_eq!(line, &alone, "{path}");
    }
    let claims: Vec<usize> = got
        .iter()
        .map(|l| l["claims"].as_array().unwrap().len())
        .collect();
    assert_eq!(claims, vec![1, 3, 1, 4, 2]);
    // HTML and Markdown are read as text, as the reader opens them.
    assert_eq!(got[2]["text"], "Ruth Kim said the school would close.");
    assert!(!got[4]["text"].as_str().unwrap().contains('#'));
}

#[test]
fn a_file_that_fails_gives_an_error_line_and_the_run_goes_on_with_status_1() {
    let dir = folder("errors");
    let good = corpus(&dir);
    let bad = put(&dir, "sub/broken.txt", b"\x89PNG\r\n\x1a\n\x00\x00binary");
    let missing = dir.join("missing.txt").to_string_lossy().into_owned();
    let out = run(&["--json", dir.to_str().unwrap(), &missing], b"");
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    let mut expected = good.clone();
    expected.insert(2, bad.clone());
    expected.push(missing.clone());
    assert_eq!(files(&got), expected);
    assert_eq!(
        got[2],
        serde_json::json!({"file": bad, "error": "not text: it looks like a PNG image"})
    );
    assert!(got[6]["error"].as_str().unwrap().starts_with("cannot read"));
    for (i, l) in got.iter().enumerate() {
        assert_eq!(l.get("error").is_some(), i == 2 || i == 6, "{l}");
    }
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains(&format!("claims: {bad}: not text")), "{err}");
    assert!(err.contains("7 files (2 failed), 11 claims"), "{err}");

    // Every file read: status 0.
    let ok = run(&["--json", &good[0], &good[1]], b"");
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(files(&lines(&ok)), good[..2].to_vec());

    // The first file failing: the CSV still opens with its header, once.
    let csv = run(&["--format", "csv", &missing, &good[0], &good[1]], b"");
    assert_eq!(csv.status.code(), Some(1));
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("file,"), "{csv}");
    assert_eq!(csv.matches("file,").count(), 1);
    assert_eq!(csv.lines().count(), 1 + 1 + 3);
}

#[test]
fn a_dash_reads_a_list_of_paths_on_stdin_in_its_order() {
    let dir = folder("list");
    let paths = corpus(&dir);
    let sub = dir.join("sub").to_string_lossy().into_owned();
    let list = format!("{}\n\n{}\r\n{sub}\n", paths[3], paths[0]);
    let out = run(&["--json", "-"], list.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A folder in the list is read as on the command line.
    assert_eq!(
        files(&lines(&out)),
        vec![
            paths[3].clone(),
            paths[0].clone(),
            paths[2].clone(),
            paths[3].clone(),
            paths[4].clone()
        ]
    );
    // One file in a list is still named.
    let one = run(&["--json", "-"], paths[1].as_bytes());
    assert_eq!(files(&lines(&one)), vec![paths[1].clone()]);

    // --stdin reads one text.
    let text = run(&["--json", "--stdin"], story(2, "Ana Silva").as_bytes());
    assert!(text.status.success());
    let l = lines(&text);
    assert_eq!(l.len(), 1);
    assert_eq!(l[0]["claims"].as_array().unwrap().len(), 2);
    assert!(run(&["--json", "--stdin", "-"], b"").status.code() == Some(2));
}

#[test]
fn in_a_pipe_stderr_has_the_summary_and_no_progress_bar() {
    let dir = folder("pipe");
    for i in 0..40 {
        put(
            &dir,
            &format!("f{i:02}.txt"),
            story(1 + i % 3, "Ana Silva").as_bytes(),
        );
    }
    let out = run(&["--json", dir.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert_eq!(lines(&out).len(), 40);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains('\r') && !err.contains('\u{1b}'), "{err:?}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let summary = err.lines().next().unwrap();
    assert!(
        summary.starts_with("claims: 40 files (0 failed), 79 claims, 0.0"),
        "{summary}"
    );
    assert!(summary.ends_with(" MB/s"), "{summary}");
    // One file: the output alone, nothing on stderr.
    let one = run(&["--json", &dir.join("f00.txt").to_string_lossy()], b"");
    assert!(one.stderr.is_empty());
}

/// The README's recipe for many machines, with `xargs -P` for GNU parallel
/// and `sh` for `ssh`: the path list cut into shards by `split`, each shard
/// read by one `claims --json -`, the outputs joined.
#[test]
fn the_shard_recipe_gives_the_lines_of_one_run() {
    let dir = folder("shards");
    let corpus_dir = dir.join("corpus");
    for i in 0..30 {
        put(
            &corpus_dir,
            &format!("part{}/doc{i:02}.txt", i % 3),
            story(1 + i % 4, "Maria Lopez").as_bytes(),
        );
    }
    let script = format!(
        "set -e
export LC_ALL=C
cd '{dir}'
find corpus -type f -name '*.txt' | sort > paths.txt
split -n l/4 -d paths.txt shard.
ls shard.?? | xargs -P 2 -I{{}} sh -c '\"$0\" --json - < {{}} > {{}}.jsonl 2> {{}}.log' '{bin}'
cat shard.??.jsonl > all.jsonl",
        dir = dir.display(),
        bin = BIN
    );
    let status = Command::new("sh").arg("-c").arg(&script).status().unwrap();
    assert!(status.success());
    let shards: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let n = e.unwrap().file_name().into_string().unwrap();
            n.ends_with(".jsonl").then_some(n)
        })
        .collect();
    assert_eq!(shards.len(), 5, "{shards:?}"); // four shards and all.jsonl
    let joined = std::fs::read_to_string(dir.join("all.jsonl")).unwrap();
    let one = Command::new(BIN)
        .current_dir(&dir)
        .args(["--json", "corpus"])
        .output()
        .unwrap();
    assert!(one.status.success());
    let one = one.stdout;
    assert_eq!(joined, String::from_utf8(one).unwrap());
    assert_eq!(joined.lines().count(), 30);
}
