//! Engine throughput and peak memory over real news text.
//!
//! Input: the Brown corpus press texts in tests/fixtures/brown (1961 US
//! newspapers), joined and repeated to 10 KB, 100 KB, 1 MB and 10 MB; or the
//! file named by `CLAIM_READER_CORPUS` (for instance all press sections made
//! by scripts/brown-text.py). Prints MB/s per size and peak heap per input
//! byte, measured with a counting allocator.

use claim_reader::report;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let now = CURRENT.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn corpus() -> String {
    if let Ok(path) = std::env::var("CLAIM_READER_CORPUS") {
        if let Ok(t) = std::fs::read_to_string(&path) {
            return t;
        }
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/brown");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn sized(base: &str, n: usize) -> String {
    let mut s = String::with_capacity(n + base.len());
    while s.len() < n {
        s.push_str(base);
        s.push_str("\n\n");
    }
    // Cut on a paragraph boundary at or after n.
    let cut = s[n.min(s.len())..]
        .find("\n\n")
        .map(|i| n + i)
        .unwrap_or(s.len());
    s.truncate(cut);
    s
}

fn peak_ratio(text: &str) -> f64 {
    let before = CURRENT.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let r = report::parse(text);
    let peak = PEAK.load(Ordering::Relaxed) - before;
    drop(r);
    peak as f64 / text.len() as f64
}

fn bench(c: &mut Criterion) {
    let base = corpus();
    let mut g = c.benchmark_group("parse");
    for (label, n) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let text = sized(&base, n);
        eprintln!(
            "parse/{label}: input {} bytes, {} claims, peak heap {:.2}x the input",
            text.len(),
            report::parse(&text).claims.len(),
            peak_ratio(&text)
        );
        g.throughput(Throughput::Bytes(text.len() as u64));
        if n >= 10_000_000 {
            g.sample_size(10);
        }
        g.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, t| {
            b.iter(|| report::parse(std::hint::black_box(t)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
