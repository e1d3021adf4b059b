//! Worst cases: inputs built to make the engine slow, each parsed at 1 MB
//! and at 2 MB. Prints, per generator, the time for 1 MB and the ratio of
//! the time for 2 MB to it; a linear engine gives about 2×. Exits 1 when a
//! ratio is above 2.5× or 1 MB takes more than 100 ms (the budgets of
//! BENCHMARKS.md), unless `--no-budget` is given; with `--growth`, only
//! when a ratio is above 2.5× (the test command's check that the engine
//! stays linear: a generator over it is measured twice more, and its
//! smallest ratio counts, so that a moment of load on a shared machine does
//! not fail it, while an engine that is quadratic somewhere stays over it).
//! Times are the parsing
//! thread's processor time, fastest of several parses; the wall time is
//! printed beside them.
//!
//! `cargo bench --bench worst [-- NAME... ] [--size BYTES] [--rounds N]
//! [--no-budget | --growth] [--markdown FILE] [--write DIR]`
//!
//! `--markdown FILE` writes the table as a section of BENCHMARKS.md (what
//! `scripts/bench.sh` collects). `--write DIR` writes each generator's text
//! for 1x to `DIR/NAME.txt`, to read it or to give it to `claims`.

use claim_reader::report;
use std::time::{Duration, Instant};

/// A generator: a name, what it makes, and the piece it repeats.
struct Gen {
    name: &'static str,
    what: &'static str,
    make: fn(usize) -> String,
}

/// Repeats `piece` until `n` bytes are reached.
fn repeat(piece: &str, n: usize) -> String {
    let mut s = String::with_capacity(n + piece.len());
    while s.len() < n {
        s.push_str(piece);
    }
    s
}

/// Repeats pieces chosen in turn from `pieces` with a small deterministic
/// generator, so the text is not one period of a short cycle.
fn mix(pieces: &[&str], n: usize) -> String {
    let mut s = String::with_capacity(n + 64);
    let mut x: u32 = 0x2545_f491;
    while s.len() < n {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        s.push_str(pieces[(x as usize) % pieces.len()]);
    }
    s
}

/// Claims by ever new speakers: names made of syllables, so that each is
/// an entity of its own.
fn speakers(n: usize) -> String {
    const SYL: [&str; 12] = [
        "ka", "lo", "mi", "ra", "ten", "vo", "su", "del", "an", "ko", "ri", "bel",
    ];
    let mut s = String::with_capacity(n + 128);
    let mut x: u32 = 0x9e37_79b9;
    let mut name = || {
        let mut w = String::new();
        for _ in 0..3 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            w.push_str(SYL[(x as usize) % SYL.len()]);
        }
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    while s.len() < n {
        let (a, b, c) = (name(), name(), name());
        s.push_str(&format!(
            "\"We will stay,\" said {a} {b}. He added that the {c} Council ({}C) had agreed. {b} said it was true. ",
            &c[..1]
        ));
    }
    s
}

const GENS: &[Gen] = &[
    Gen {
        name: "quote-per-sentence",
        what: "one paragraph, a short quotation in each sentence: `The word \"term\" appears here.`",
        make: |n| repeat("The word \"term\" appears here. ", n),
    },
    Gen {
        name: "quotes-in-a-paragraph",
        what: "one paragraph of quotations and no sentence end: `She said \"yes\", he said \"no\",`",
        make: |n| repeat("She said \"yes\", he said \"no\", ", n),
    },
    Gen {
        name: "quotation-sentences",
        what: "one paragraph: a claim, then sentences that are each a whole quotation: `\"It ignores the evidence.\"`",
        make: |n| {
            let mut s = String::from("\"We will appeal,\" Okafor said. ");
            s.push_str(&repeat("\"It ignores the evidence.\" ", n));
            s
        },
    },
    Gen {
        name: "bare-marks",
        what: "straight, curly, single and doubled marks alone between words, none paired sensibly",
        make: |n| mix(&["\" ", "word ", "“ ", "‘ ", "'' ", "” ", "’ ", "« ", "„ ", "» "], n),
    },
    Gen {
        name: "unbalanced-marks",
        what: "every sentence opens a quotation that never closes, in one paragraph",
        make: |n| mix(&["He said \"it is so. ", "She said ‘no. ", "They wrote “more. ", "Then we left. "], n),
    },
    Gen {
        name: "one-long-sentence",
        what: "no stops at all: one sentence of words, speakers and cue verbs",
        make: |n| mix(&["the officials said ", "that ", "Smith told ", "reporters ", "and ", "according to ", "police ", "it "], n),
    },
    Gen {
        name: "capitalised-words",
        what: "one paragraph of capitalised words and names, few stops",
        make: |n| mix(&["Alpha ", "Beta ", "Gamma Delta ", "Mr. Smith ", "John F. Kennedy ", "U.S. ", "NATO ", "(UN) ", "Said. "], n),
    },
    Gen {
        name: "figures",
        what: "one paragraph of figures, qualifiers and counted nouns",
        make: |n| mix(&["more than 200 people ", "1,000 ", "3.5 percent ", "twenty-five ", "$5m ", "nearly 40 deaths, ", "of whom 12 ", "on Jan. 5 2022 "], n),
    },
    Gen {
        name: "disputed-figures",
        what: "one paragraph of short claims giving, disputing and doubting counts",
        make: |n| mix(&["Police said 40 people died. ", "The group disputed the figures. ", "Officials said more than 200 were killed. ", "He has not produced any evidence. ", "The toll rose to 75, the ministry said. ", "Rights groups say the number is higher. "], n),
    },
    Gen {
        name: "parentheses",
        what: "one paragraph of nested and unbalanced brackets around names",
        make: |n| mix(&["( ", "(Human Rights Group) ", ") ", "[a ", "b] ", "the Group (HRG) said ", "(( ", ")) "], n),
    },
    Gen {
        name: "no-spaces",
        what: "words joined by dots, hyphens and apostrophes, with no space anywhere",
        make: |n| mix(&["a.", "B.", "x-", "it's", "1,000.", "U.S."], n),
    },
    Gen {
        name: "many-speakers",
        what: "one paragraph of claims by thousands of different people and groups, with pronouns and acronyms",
        make: speakers,
    },
    Gen {
        name: "paragraph-per-line",
        what: "for comparison: the first generator with a blank line after each sentence",
        make: |n| repeat("The word \"term\" appears here.\n\n", n),
    },
];

/// The processor time this thread has used so far: on a machine shared with
/// other work, the wall clock also counts the time given to others.
fn thread_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the call to write.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The fastest of `rounds` parses of `text` in processor time and in wall
/// time, and its claim count.
fn time(text: &str, rounds: usize) -> (Duration, Duration, usize) {
    let mut best = (Duration::MAX, Duration::MAX);
    let mut claims = 0;
    for _ in 0..rounds.max(1) {
        let (c, t) = (thread_time(), Instant::now());
        let r = report::parse(std::hint::black_box(text));
        best = (best.0.min(thread_time() - c), best.1.min(t.elapsed()));
        claims = r.claims.len();
    }
    (best.0, best.1, claims)
}

fn main() {
    let mut names: Vec<String> = Vec::new();
    let mut size = 1_000_000;
    let mut rounds = 3;
    let mut budget = true;
    let mut growth_only = false;
    let mut write: Option<std::path::PathBuf> = None;
    let mut markdown: Option<std::path::PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--size" => size = args.next().and_then(|v| v.parse().ok()).unwrap_or(size),
            "--rounds" => rounds = args.next().and_then(|v| v.parse().ok()).unwrap_or(rounds),
            "--no-budget" => budget = false,
            // At least five parses each: the smallest time is the
            // least disturbed by other work on the machine.
            "--growth" => {
                growth_only = true;
                rounds = rounds.max(5);
            }
            "--write" => write = args.next().map(Into::into),
            "--markdown" => markdown = args.next().map(Into::into),
            // What cargo bench passes to every bench target.
            "--bench" => {}
            s if s.starts_with('-') => {}
            s => names.push(s.to_string()),
        }
    }
    let mut missed = 0;
    let mut rows = String::new();
    println!(
        "worst cases: {size} bytes and twice that, fastest of {rounds} parses each (bench profile); \
         processor time of the parsing thread, and wall time for 1x"
    );
    println!(
        "{:<22} {:>9} {:>9} {:>7} {:>9} {:>7}  what",
        "generator", "1x ms", "2x ms", "2x/1x", "1x wall", "claims"
    );
    for g in GENS {
        if !names.is_empty() && !names.iter().any(|n| g.name.contains(n.as_str())) {
            continue;
        }
        let one = (g.make)(size);
        let two = (g.make)(2 * size);
        if let Some(dir) = &write {
            let path = dir.join(format!("{}.txt", g.name));
            if let Err(e) = std::fs::create_dir_all(dir).and_then(|_| std::fs::write(&path, &one)) {
                eprintln!("worst: cannot write {}: {e}", path.display());
                std::process::exit(2);
            }
        }
        let measure = || {
            let (c1, w1, n1) = time(&one, rounds);
            let (c2, _, _) = time(&two, rounds);
            (
                c1,
                c2,
                w1,
                n1,
                c2.as_secs_f64() / c1.as_secs_f64().max(1e-9),
            )
        };
        let (mut c1, mut c2, mut w1, mut n1, mut ratio) = measure();
        if growth_only {
            for _ in 0..2 {
                if ratio <= 2.5 {
                    break;
                }
                let again = measure();
                if again.4 < ratio {
                    (c1, c2, w1, n1, ratio) = again;
                }
            }
        }
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        // Per 10^6 bytes, for the budget.
        let per_mb = ms(c1) * 1e6 / one.len() as f64;
        let ok = ratio <= 2.5 && (growth_only || per_mb <= 100.0);
        if !ok {
            missed += 1;
        }
        println!(
            "{:<22} {:>9.1} {:>9.1} {:>6.2}x {:>9.1} {:>7} {} {}",
            g.name,
            ms(c1),
            ms(c2),
            ratio,
            ms(w1),
            n1,
            if ok { " " } else { "!" },
            g.what
        );
        rows.push_str(&format!(
            "| {} | {} | {:.1} ms | {:.1} ms | {:.2}× | {} |\n",
            g.name,
            g.what,
            ms(c1),
            ms(c2),
            ratio,
            if ok { "met" } else { "**MISSED**" }
        ));
        // One line for scripts to read.
        println!(
            "worst-case {} bytes={} ms={:.3} ms2={:.3} wall={:.3} ratio={:.3}",
            g.name,
            one.len(),
            ms(c1),
            ms(c2),
            ms(w1),
            ratio
        );
    }
    if let Some(path) = &markdown {
        let md = format!(
            "## Worst cases\n\n\
             Texts made to slow the engine down (`benches/worst.rs`), each parsed at \
             {size} bytes and at twice that, natively (the `bench` profile); the time is \
             the parsing thread's processor time, the fastest of {rounds} parses. A \
             linear engine takes about 2× for twice the input. Budgets: 1 MB (10⁶ bytes) \
             in at most 100 ms, and twice the input in at most 2.5× the time.\n\n\
             | generator | text | 1× | 2× | 2× ÷ 1× | result |\n\
             |---|---|---|---|---|---|\n{rows}\n\
             Command: `cargo bench --bench worst -- --no-budget --markdown OUT.md` \
             (`--write DIR` writes the texts).\n"
        );
        if let Err(e) = std::fs::write(path, md) {
            eprintln!("worst: cannot write {}: {e}", path.display());
            std::process::exit(2);
        }
    }
    if growth_only && missed > 0 {
        println!("{missed} generator(s) grow faster than the input (2x/1x above 2.5)");
        std::process::exit(1);
    }
    if budget && !growth_only && missed > 0 {
        println!("{missed} generator(s) over budget (2x/1x at most 2.5, 1 MB at most 100 ms)");
        std::process::exit(1);
    }
}
