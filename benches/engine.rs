//! Engine throughput over the embedded report, repeated to about 1 MB.

use claim_reader::report;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let seed = claim_reader::seeds::SEEDS[0].text;
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(seed);
        big.push('\n');
    }
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("1MB", |b| {
        b.iter(|| report::parse(std::hint::black_box(&big)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
