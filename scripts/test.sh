#!/usr/bin/env bash
#! Runs every test layer of claim-reader (after scripts/setup.sh) and fails if any fails.
#
# Layers, in order:
#   fmt     cargo fmt --check
#   clippy  cargo clippy, natively (all targets) and for wasm32 (lib, bins, browser tests)
#   native  cargo test --no-fail-fast: unit tests, tests/*.rs, doc tests
#   linear  cargo bench --bench worst -- --growth: each text built to slow the
#           engine down, parsed at 1 MB and 2 MB; fails if twice the input
#           takes more than 2.5x the time (a step quadratic somewhere)
#   fuzz    scripts/fuzz.sh $FUZZ_SECONDS: every cargo-fuzz target for a short
#           while (20 s each by default) from a fresh corpus of the seeds,
#           with its summary table of executions and crashes
#   wasm    cargo test --target wasm32-unknown-unknown --test 'web*': tests/web*.rs
#           in headless Chromium through wasm-bindgen-test-runner and chromedriver
#   e2e     trunk build --release --public-url ./, then node --test e2e/*.spec.mjs
#           against that build served from "/" and again from "/claim-reader/"
#
# Every layer runs even when an earlier one failed; the exit status is non-zero
# if any failed. At the end it prints each runner's closing counts and the time
# every step took.
#
# Environment:
#   TEST_SKIP="wasm e2e"   skip the named layers (for quick local runs; CI skips nothing)
#   SETUP_SKIP=1           do not check or install tools first (see scripts/setup.sh)
#   FUZZ_SECONDS=20        how long the fuzz layer runs each target

set -euo pipefail

# The fuzzing tools are needed only by the fuzz layer.
if [[ " ${TEST_SKIP:-} " == *" fuzz "* ]]; then export SETUP_FUZZ=0; fi

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

LOGS=$(mktemp -d "${TMPDIR:-/tmp}/claim-reader-test.XXXXXX")
trap 'rm -rf "$LOGS"' EXIT
FAILED=()
SKIPPED=()

skipped() { [[ " ${TEST_SKIP:-} " == *" $1 "* ]]; }

# layer NAME STEP-NAME COMMAND...: runs one step of a layer unless the layer is skipped.
layer() {
    local name="$1" title="$2"; shift 2
    if skipped "$name"; then
        [[ " ${SKIPPED[*]-} " == *" $name "* ]] || SKIPPED+=("$name")
        return 0
    fi
    step "$title" "$@"
    [ "$STEP_STATUS" -eq 0 ] || FAILED+=("$title")
}

# logged NAME COMMAND...: runs COMMAND with its output shown and kept in $LOGS/NAME.log.
logged() {
    local log="$LOGS/$1.log"; shift
    "$@" 2>&1 | tee "$log"
}

export CHROMEDRIVER WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

wasm_tests() {
    # Fail rather than pass when no browser test was found or run.
    logged wasm cargo test --target wasm32-unknown-unknown --test 'web*'
    grep -q '^test result: ok\. [1-9]' "$LOGS/wasm.log" || { echo "no browser test ran" >&2; exit 1; }
}

# serve_and_test LABEL DIR SUBPATH: serves DIR with python's http.server on a free
# port and runs the end-to-end specs against http://127.0.0.1:PORT/SUBPATH.
serve_and_test() {
    local label="$1" dir="$2" sub="$3" port="" i
    local log="$LOGS/server-$label.log"
    # Created here, not by the background job's redirection, which may come later.
    : >"$log"
    python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$dir" >>"$log" 2>&1 &
    # Global, not local: the EXIT trap runs after this function has returned.
    SERVER_PID=$!
    trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    for i in $(seq 100); do
        port=$(sed -n 's/^Serving HTTP on .* port \([0-9]*\).*/\1/p' "$log")
        [ -n "$port" ] && break
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.1
    done
    [ -n "$port" ] || { echo "http.server did not start" >&2; exit 1; }
    local url="http://127.0.0.1:$port/$sub"
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=10).read()' "$url" \
        || { echo "$url does not answer" >&2; exit 1; }
    echo "serving $dir at $url"
    local specs=(e2e/*.spec.mjs)
    [ -e "${specs[0]}" ] || { echo "no e2e/*.spec.mjs found" >&2; exit 1; }
    E2E_BASE_URL="$url" logged "e2e-$label" node --test --test-reporter=spec "${specs[@]}"
    grep -q 'tests [1-9]' "$LOGS/e2e-$label.log" || { echo "no end-to-end test ran" >&2; exit 1; }
}

e2e_subpath() {
    # A parent directory in which the build appears as claim-reader/.
    local parent="$LOGS/site"
    mkdir -p "$parent"
    ln -sfn "$ROOT/dist" "$parent/claim-reader"
    serve_and_test subpath "$parent" claim-reader/
}

layer fmt "fmt: cargo fmt --check" logged fmt cargo fmt --all --check
layer clippy "clippy: native, all targets" \
    logged clippy-native cargo clippy --all-targets -- -D warnings
layer clippy "clippy: wasm32 lib, bins, browser tests" \
    logged clippy-wasm cargo clippy --target wasm32-unknown-unknown --lib --bins --test 'web*' -- -D warnings
layer native "native: cargo test" logged native cargo test --no-fail-fast
# A fresh corpus of the seeds only, so that the run takes as long here as on CI.
layer linear "linear: cargo bench --bench worst -- --growth" \
    logged linear cargo bench --bench worst -- --growth
layer fuzz "fuzz: every target for ${FUZZ_SECONDS:-20}s" \
    logged fuzz env SETUP_SKIP=1 FUZZ_CORPUS="$LOGS/fuzz-corpus" scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
layer wasm "wasm: cargo test in headless Chromium" wasm_tests
layer e2e "e2e: trunk build --release --public-url ./" logged trunk trunk build --release --public-url ./
if ! skipped e2e && [[ " ${FAILED[*]-} " == *"trunk build"* ]]; then
    FAILED+=("e2e: specs (not run: no build)")
else
    layer e2e "e2e: specs served from /" serve_and_test root "$ROOT/dist" ""
    layer e2e "e2e: specs served from /claim-reader/" e2e_subpath
fi

# Closing counts of each runner, from the kept logs.
echo
echo "Closing counts:"
cargo_counts() {
    awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^(passed|failed|ignored);?$/) { k = $(i); sub(/;/, "", k); n[k] += $(i-1) } } r++ }
         END { if (r) printf "%d passed, %d failed, %d ignored (%d test binaries)\n", n["passed"], n["failed"], n["ignored"], r; else print "no results" }' "$1"
}
node_counts() {
    # The marker before each count is a multi-byte character: match it as
    # any run of non-spaces, whatever the locale.
    grep -E '^[^ ]+ (tests|pass|fail|cancelled|skipped|todo) [0-9]+$' "$1" | sed 's/^[^ ]* //' | paste -sd' ' -
}
[ -f "$LOGS/native.log" ] && printf '  %-28s %s\n' "native cargo test:" "$(cargo_counts "$LOGS/native.log")"
[ -f "$LOGS/fuzz.log" ] && printf '  %-28s %s\n' "fuzz (cargo fuzz):" \
    "$(awk '/^  all / { printf "%d executions, %d crashes", $2, $3; f = 1 } END { if (!f) print "no results" }' "$LOGS/fuzz.log")"
[ -f "$LOGS/wasm.log" ] && printf '  %-28s %s\n' "wasm cargo test (Chromium):" "$(cargo_counts "$LOGS/wasm.log")"
[ -f "$LOGS/e2e-root.log" ] && printf '  %-28s %s\n' "e2e from /:" "$(node_counts "$LOGS/e2e-root.log")"
[ -f "$LOGS/e2e-subpath.log" ] && printf '  %-28s %s\n' "e2e from /claim-reader/:" "$(node_counts "$LOGS/e2e-subpath.log")"
# The strict page's record (e2e/lib/browser.mjs prints one line per spec file).
strict_counts() {
    cat "$@" 2>/dev/null | awk '/^strict page: / { v += $3; o += $6; s += $10 }
        END { if (s) printf "%d CSP violations, %d off-origin requests in %d browser sessions\n", v, o, s; else print "no results" }'
}
ls "$LOGS"/e2e-*.log >/dev/null 2>&1 && printf '  %-28s %s\n' "e2e strict page:" "$(strict_counts "$LOGS"/e2e-*.log)"

print_timings

echo
[ "${#SKIPPED[@]}" -eq 0 ] || echo "Skipped layers (TEST_SKIP): ${SKIPPED[*]}"
if [ "${#FAILED[@]}" -ne 0 ]; then
    echo "FAILED:"
    printf '  %s\n' "${FAILED[@]}"
    exit 1
fi
echo "All test layers passed."
