#!/usr/bin/env bash
#! What the app's WebAssembly is made of, and what wasm-opt's flags make of it.
#
# Usage: scripts/wasm-items.sh OUT.md [BENCHMARKS.md]
#
# With BENCHMARKS.md, the section also goes there, in place of the one there
# (or at the end).
#
# Needs a release build (`trunk build --release --public-url ./`): reads the
# shipped dist/claim-reader-…_bg.wasm and cargo's own output,
# $CARGO_TARGET_DIR/wasm32-unknown-unknown/release/claim-reader.wasm, which
# still has its function names. Writes a Markdown section (`## What the
# WebAssembly is made of`):
#   - the shipped file's size raw, gzip -9 and brotli 11;
#   - twiggy's largest items (by their own size) and the generic functions
#     with the most code over their instantiations, in cargo's output
#     (before wasm-bindgen and wasm-opt, so the sizes are larger than shipped
#     but the names are there);
#   - cargo's output through wasm-bindgen, then wasm-opt with each set of
#     flags measured, raw, gzip and brotli.
#   WASM_ITEMS_FLAGS="-Oz;-Os"  the wasm-opt flag sets to measure (see below).
# Needs twiggy (`cargo install twiggy --locked`), wasm-bindgen, wasm-opt
# (node_modules/.bin) and node.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${1:?usage: scripts/wasm-items.sh OUT.md}"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
RAW="$TARGET/wasm32-unknown-unknown/release/claim-reader.wasm"
SHIPPED="$(ls dist/claim-reader-*_bg.wasm | head -n 1)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# sizes FILE: "raw gzip brotli" in bytes.
sizes() {
    node -e '
const z = require("node:zlib"), b = require("node:fs").readFileSync(process.argv[1]);
const br = z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } });
console.log(b.length, z.gzipSync(b, { level: 9 }).length, br.length);' "$1"
}
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1000 }'; }
row() { # LABEL FILE
    local r g b
    read -r r g b < <(sizes "$2")
    echo "| $1 | $(kb "$r") | $(kb "$g") | $(kb "$b") |"
}

# twiggy's CSV: the top items and the generic functions, as table rows.
twiggy top -n 60 -f csv "$RAW" >"$TMP/top.csv"
twiggy monos -m 12 -n 0 -f csv "$RAW" >"$TMP/monos.csv"
rows() { # CSV NAME_COLUMN SIZE_COLUMN PERCENT_COLUMN
    python3 - "$@" <<'EOF'
import csv, sys
path, name, size, pct = sys.argv[1:]
shown = 0
for r in csv.DictReader(open(path)):
    # Custom sections (names, wasm-bindgen's descriptions) are not shipped.
    if r[name].startswith("custom section") or "subsection" in r[name] or shown == 25:
        continue
    shown += 1
    n = r[name].replace("|", "\\|")
    if len(n) > 110:
        n = n[:107] + "…"
    print(f"| `{n}` | {int(r[size]):,} | {float(r[pct]):.2f} % |")
EOF
}

# wasm-opt's flags on the same wasm-bindgen output.
wasm-bindgen --target web --no-typescript --out-dir "$TMP/bg" "$RAW"
BG="$TMP/bg/claim-reader_bg.wasm"
KEEP="--one-caller-inline-max-function-size 200"
# WASM_ITEMS_FLAGS: the sets to measure, separated by ";" (each takes minutes).
# Set and empty: none.
FLAGS=()
IFS=';' read -r -a FLAGS <<<"${WASM_ITEMS_FLAGS--Oz $KEEP;-Os $KEEP;-Oz;-Oz $KEEP --converge;-O3 $KEEP}"
opt_rows=""
[ "${#FLAGS[@]}" -eq 0 ] && opt_rows="| (none measured in this run: WASM_ITEMS_FLAGS was empty) | | | |"$'\n'
for f in ${FLAGS[@]+"${FLAGS[@]}"}; do
    # shellcheck disable=SC2086
    wasm-opt $f "$BG" -o "$TMP/opt.wasm"
    opt_rows+="$(row "\`wasm-opt $f\`" "$TMP/opt.wasm")"$'\n'
done

cat >"$OUT" <<EOF
## What the WebAssembly is made of

The app's WebAssembly as shipped (\`trunk build --release\`: the \`release\`
profile, then \`wasm-opt -Oz --one-caller-inline-max-function-size 200\`, as
\`index.html\` asks):

| file | raw | gzip -9 | brotli 11 |
|---|---|---|---|
$(row "\`$(basename "$SHIPPED" | sed -E 's/-[0-9a-f]{12,}/-…/')\`" "$SHIPPED")

Its 25 largest items by their own size, from \`twiggy top\` on cargo's
output (\`$(basename "$RAW")\`, $(kb "$(stat -c %s "$RAW")") before wasm-bindgen
and wasm-opt, which keeps the function names; shipped sizes are smaller).
Custom sections (function names, wasm-bindgen's descriptions), which are
not shipped, are left out; the percentages are of the whole file:

| item | bytes | of the file |
|---|---|---|
$(rows "$TMP/top.csv" Name ShallowSize ShallowSizePercent)

Generic functions by the code their instantiations add beyond one copy
(\`twiggy monos\`; the last row is every other generic function):

| generic function | bytes beyond one copy | of the file |
|---|---|---|
$(rows "$TMP/monos.csv" Generic ApproximateMonomorphizationBloatBytes ApproximateMonomorphizationBloatPercent)

wasm-opt's flags, each on the same wasm-bindgen output of cargo's build
(\`-Oz $KEEP\` is what the app ships):

| wasm-opt flags | raw | gzip -9 | brotli 11 |
|---|---|---|---|
${opt_rows}
Command: \`scripts/wasm-items.sh OUT.md\` (twiggy $(twiggy --version | awk '{print $2}'), wasm-opt $(wasm-opt --version | awk '{print $3}')).
EOF
cat "$OUT"
if [ -n "${2:-}" ]; then
    python3 - "$OUT" "$2" <<'EOF'
import re, sys
md = open(sys.argv[1], encoding="utf-8").read()
doc = open(sys.argv[2], encoding="utf-8").read()
pattern = re.compile(r"^## What the WebAssembly is made of\n.*?(?=^## |\Z)", re.S | re.M)
doc = pattern.sub(lambda _: md + "\n", doc) if pattern.search(doc) else doc.rstrip("\n") + "\n\n" + md
open(sys.argv[2], "w", encoding="utf-8").write(doc)
EOF
fi
