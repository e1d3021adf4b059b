#!/usr/bin/env bash
# Fuzzes the engine with cargo-fuzz (libFuzzer) for a while, seeded from
# seeds/ and the test fixtures. Usage: scripts/fuzz.sh [SECONDS]  (default 600)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-600}"
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz: installing the nightly toolchain (cargo fuzz needs it)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version 2>/dev/null | grep -q '0.13.2'; then
  echo "fuzz: installing cargo-fuzz 0.13.2"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi
corpus=fuzz/corpus/parse
mkdir -p "$corpus"
cp seeds/*.txt tests/fixtures/brown/*.txt "$corpus"/ 2>/dev/null || true
echo "fuzz: running the parse target for ${secs}s"
cargo +nightly fuzz run parse "$corpus" -- -max_total_time="$secs" -max_len=65536 2>&1 | tee fuzz/last-run.log | grep -E "^#[0-9]+ +(DONE|pulse)|ERROR|panicked|Done" || true
if grep -qE "ERROR: libFuzzer|panicked" fuzz/last-run.log; then
  echo "fuzz: a crash was found; see fuzz/artifacts/parse" >&2
  exit 1
fi
grep -E "^stat::number_of_executed_units|Done [0-9]+ runs" fuzz/last-run.log || true
