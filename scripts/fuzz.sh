#!/usr/bin/env bash
#! Fuzzes the engine and every importer with cargo-fuzz (libFuzzer) and prints one summary table.
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#   SECONDS  how long each target runs (default 600)
#   TARGET   any of: parse import_bytes import_markdown import_html import_json import_annotations wire
#            (default: all of them, one after another)
#
# Each target's corpus is $FUZZ_CORPUS/TARGET (default fuzz/corpus, not in
# git, kept between runs; scripts/test.sh uses a fresh one), seeded on every run from seeds/ and tests/fixtures: the texts for every
# target, the Markdown and HTML fixtures for their importers (and a hostile
# page), UTF-16 copies for the bytes importer, and Report JSON exports made by
# the `claims` command for the JSON importer. Targets are built with debug
# assertions, so an arithmetic overflow counts as a crash too.
#
# A crashing, hanging (over 30 s) or memory-hungry input is written to
# fuzz/artifacts/TARGET/ and named in the summary with the command that
# replays it. The exit status is 1 if any target found one.
#
# Environment:
#   FUZZ_CORPUS=DIR  where the corpora live (default fuzz/corpus)
#   SETUP_SKIP=1     do not check or install the tools
#
# Needs the pinned nightly toolchain and cargo-fuzz: installed by
# scripts/setup.sh (setup_fuzz) unless SETUP_SKIP=1.

set -euo pipefail

ALL_TARGETS=(parse import_bytes import_markdown import_html import_json import_annotations wire)

secs="${1:-600}"
[[ "$secs" =~ ^[0-9]+$ ]] && [ "$secs" -gt 0 ] || { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2; }
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=("${ALL_TARGETS[@]}")
for t in "${targets[@]}"; do
    [[ " ${ALL_TARGETS[*]} " == *" $t "* ]] || { echo "fuzz: unknown target '$t' (targets: ${ALL_TARGETS[*]})" >&2; exit 2; }
done

# Environment and helpers only; this script installs just the fuzzing tools.
want_setup="${SETUP_SKIP:-}"
# shellcheck source=scripts/setup.sh
SETUP_SKIP=1 source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" >/dev/null
cd "$ROOT"
if [ "$want_setup" != "1" ]; then
    setup_step "setup: $FUZZ_TOOLCHAIN + cargo-fuzz $CARGO_FUZZ_VERSION" setup_fuzz
fi

FUZZ=(cargo "+$FUZZ_TOOLCHAIN" fuzz)
LOGDIR=$(mktemp -d "${TMPDIR:-/tmp}/claim-reader-fuzz.XXXXXX")
trap 'rm -rf "$LOGDIR"' EXIT

# seed NAME FILE: copies FILE into the corpus under a fixed name, so a rerun
# overwrites it rather than adding a copy.
seed() { cp "$2" "$corpus/seed-$1"; }

seed_texts() {
    local f
    for f in seeds/*.txt tests/fixtures/brown/*.txt tests/fixtures/variants/*.txt; do
        seed "$(basename "$f")" "$f"
    done
}

seed_markup() {
    seed brief.md tests/fixtures/import/brief.md
    seed news-page.html tests/fixtures/import/news-page.html
}

# A page with everything the reader must not run or fetch.
hostile_html() {
    cat <<'EOF'
<!doctype html><html><head><title>A &amp; B</title><meta http-equiv="refresh" content="0;url=https://example.org/">
<style>@import url(https://example.org/x.css); p { color: red }</style><script>alert(1)</script></head>
<body onload="alert(2)"><nav><a href="/">Home</a></nav><article><h1>Report</h1>
<p>The minister said that <q>12 people</q> were hurt.<img src=x onerror="alert(3)"></p>
<iframe src="https://example.org/" srcdoc="<script>alert(4)</script>"></iframe>
<p><a href="javascript:alert(5)">link</a> “Nothing happened,” a witness said.</p>
<svg><script>alert(6)</script></svg><object data="x.swf"></object><embed src="x"><form action="https://example.org/"><input></form>
<pre>  kept   as is  </pre><table><tr><td>1</td><td>2</td></tr></table></article><footer>© 2024</footer></body></html>
EOF
}

seed_parse() { seed_texts; seed_markup; }

seed_import_bytes() {
    seed_texts
    seed_markup
    local f=tests/fixtures/variants/wire-report.txt
    python3 - "$f" "$corpus" <<'EOF'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
out = sys.argv[2]
open(out + "/seed-utf16le-bom.txt", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))
open(out + "/seed-utf16be-bom.txt", "wb").write(b"\xfe\xff" + text.encode("utf-16-be"))
open(out + "/seed-utf8-bom-crlf.txt", "wb").write(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
open(out + "/seed-latin1.txt", "wb").write(text.encode("latin-1", "replace"))
EOF
}

seed_import_markdown() { seed_texts; seed_markup; }

seed_import_html() {
    # The target's first byte chooses the mode: an even byte (a space) sends
    # the rest through the HTML tokenizer.
    { printf ' '; cat tests/fixtures/import/news-page.html; } >"$corpus/seed-news-page.html"
    { printf ' '; hostile_html; } >"$corpus/seed-hostile.html"
    { printf ' '; cat tests/fixtures/variants/wire-report.txt; } >"$corpus/seed-plain.html"
}

seed_import_json() {
    # Report JSON exports of the embedded seed and the fixtures, one per file,
    # and one with the optional "meta" object the reader adds.
    local f name
    for f in seeds/*.txt tests/fixtures/variants/*.txt; do
        name=$(basename "$f" .txt)
        cargo run --quiet --bin claims -- --json "$f" >"$corpus/seed-$name.json"
    done
    python3 - "$corpus" <<'EOF'
import json, sys, glob
out = sys.argv[1]
src = sorted(glob.glob(out + "/seed-*.json"))
for p in src:
    if p.endswith("-meta.json"):
        continue
    doc = json.load(open(p, encoding="utf-8"))
    doc["meta"] = {"title": "A title", "source_url": "https://example.org/a", "published": "2024-05-01"}
    json.dump(doc, open(p[:-5] + "-meta.json", "w", encoding="utf-8"), ensure_ascii=False)
    break
EOF
}

seed_import_annotations() {
    # W3C annotation sets as the CLI exports them, and a stored library.
    local f name
    for f in seeds/*.txt tests/fixtures/variants/*.txt; do
        name=$(basename "$f" .txt)
        cargo run --quiet --bin claims -- --format annotation "$f" >"$corpus/seed-$name.jsonld"
    done
    printf '%s' '{"version":2,"next_id":2,"entries":[{"id":"local-1","title":"T","added":1,"text":"Officials said 40 people were moved.","claim_count":1,"findings":{"items":[{"claim":"c1","exact":"40 people were moved","prefix":"Officials said ","suffix":".","start":15,"end":35,"verdict":"True","note":"n","checked":true}]}}]}' >"$corpus/seed-library.json"
}

seed_wire() {
    # The target edits the real answer itself (see fuzz/fuzz_targets/wire.rs):
    # short seeds of edits, and the texts as raw bytes.
    printf '\000\000\377' >"$corpus/seed-edit-first"
    printf '\020\000\200\100\000\001' >"$corpus/seed-edit-two"
    seed_texts
}

# Summary rows: "target<TAB>seconds<TAB>executions<TAB>exec/s<TAB>corpus<TAB>crashes<TAB>artifact".
ROWS=()
CRASHES=0

run_target() {
    local t="$1" log="$LOGDIR/$1.log"
    corpus="${FUZZ_CORPUS:-fuzz/corpus}/$t"
    local art="fuzz/artifacts/$t"
    mkdir -p "$corpus" "$art"
    "seed_$t"
    # Long enough for every seed, and at least 64 KiB.
    local maxlen
    maxlen=$(find "$corpus" -name 'seed-*' -printf '%s\n' | sort -n | tail -n 1)
    [ "${maxlen:-0}" -ge 65536 ] || maxlen=65536
    local marker="$LOGDIR/$t.start"
    touch "$marker"
    echo "fuzz: $t for ${secs}s, from $(find "$corpus" -type f | wc -l) inputs in $corpus"
    local status=0
    "${FUZZ[@]}" run -a "$t" "$corpus" -- \
        -max_total_time="$secs" -max_len="$maxlen" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -print_pcs=0 >"$log" 2>&1 || status=$?
    local execs rate found artifact=""
    execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
    [ -n "$execs" ] || execs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
    found=$(find "$art" -type f -newer "$marker" | wc -l)
    if [ "$found" -gt 0 ]; then
        artifact=$(find "$art" -type f -newer "$marker" | head -n 1)
    elif [ "$status" -ne 0 ]; then
        # Failed without writing an input (a build error, a crash in start-up).
        found=1
        artifact="(no input written; see the log above)"
    fi
    if [ "$found" -gt 0 ]; then
        echo "fuzz: $t FAILED (status $status):" >&2
        # The panic or sanitizer report, each line cut short (they may quote the input).
        grep -E -A4 'panicked at|ERROR: (libFuzzer|AddressSanitizer)|^error' "$log" | head -n 20 | cut -c 1-300 >&2 \
            || grep -v '^#[0-9]' "$log" | tail -n 20 | cut -c 1-300 >&2
        [ -f "$artifact" ] && echo "fuzz: replay with: cargo +$FUZZ_TOOLCHAIN fuzz run -a $t $artifact" >&2
    fi
    CRASHES=$((CRASHES + found))
    ROWS+=("$t"$'\t'"$secs"$'\t'"${execs:-?}"$'\t'"${rate:-?}"$'\t'"$(find "$corpus" -type f | wc -l)"$'\t'"$found"$'\t'"$artifact")
    rm -f "$marker"
}

echo "fuzz: building ${targets[*]} with $FUZZ_TOOLCHAIN (release, debug assertions, AddressSanitizer)"
if [ "${#targets[@]}" -eq "${#ALL_TARGETS[@]}" ]; then
    "${FUZZ[@]}" build -a
else
    for t in "${targets[@]}"; do "${FUZZ[@]}" build -a "$t"; done
fi

for t in "${targets[@]}"; do
    run_target "$t"
done

echo
echo "Fuzzing summary (cargo fuzz run -a TARGET -- -max_total_time=$secs):"
printf '  %-16s %8s %12s %8s %8s %8s\n' target seconds executions exec/s corpus crashes
total=0
for row in "${ROWS[@]}"; do
    IFS=$'\t' read -r t s e r c n a <<<"$row"
    printf '  %-16s %8s %12s %8s %8s %8s' "$t" "$s" "$e" "$r" "$c" "$n"
    [ -n "$a" ] && printf '  %s' "$a"
    printf '\n'
    [[ "$e" =~ ^[0-9]+$ ]] && total=$((total + e))
done
printf '  %-16s %8s %12s %8s %8s %8s\n' all "" "$total" "" "" "$CRASHES"
if [ "$CRASHES" -ne 0 ]; then
    echo "fuzz: $CRASHES crashing input(s); see fuzz/artifacts/" >&2
    exit 1
fi
echo "fuzz: 0 crashes"
