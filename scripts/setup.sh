#!/usr/bin/env bash
#! Installs everything claim-reader needs to build, serve and test, skipping what is already there.
#
# Run it directly (`./scripts/setup.sh`) or source it from another script
# (`source scripts/setup.sh`): sourcing also leaves the environment set up
# (PATH with node_modules/.bin first, TRUNK_SKIP_VERSION_CHECK, CHROMEDRIVER)
# and the `step` / `print_timings` helpers that scripts/test.sh uses.
#
# Pinned versions: trunk 0.21.14; wasm-bindgen-cli = the wasm-bindgen version in
# Cargo.lock; npm packages exactly as in package-lock.json (playwright-core,
# @axe-core/playwright, binaryen whose wasm-opt trunk uses); Debian's chromium
# and chromium-driver; for fuzzing (scripts/fuzz.sh, the `fuzz` test layer) the
# nightly toolchain nightly-2026-05-20 (minimal profile) and cargo-fuzz 0.13.2.
# Every step prints what it did or skipped and how long it took.
#
# Environment:
#   SETUP_SKIP=1   check nothing and install nothing; only set up the environment.
#   SETUP_FUZZ=0   leave out the fuzzing tools (scripts/serve.sh, and
#                  scripts/test.sh when TEST_SKIP names `fuzz`).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
TRUNK_VERSION="0.21.14"
WASM_OPT_VERSION="132"
# cargo fuzz needs a nightly compiler; a dated one, so that a new nightly
# cannot break the test command.
FUZZ_TOOLCHAIN="nightly-2026-05-20"
CARGO_FUZZ_VERSION="0.13.2"

export PATH="$ROOT/node_modules/.bin:$CARGO_HOME/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# Step timings as "name<TAB>seconds<TAB>status" lines, printed by print_timings.
STEP_TIMINGS=()

now() { date +%s.%N; }

# step NAME COMMAND...: runs COMMAND in a subshell with `set -e` in force,
# records its duration, and leaves its exit status in STEP_STATUS. It always
# returns 0, so call it as a plain command, never as `step … || …` or in an
# `if`: bash ignores `set -e` inside anything called from such a context, and
# the command would then run on past its first failure.
STEP_STATUS=0
step() {
    local name="$1"; shift
    local start end secs errexit=0
    [[ $- == *e* ]] && errexit=1
    echo
    echo "==> $name"
    start=$(now)
    set +e
    (set -e; "$@")
    STEP_STATUS=$?
    [ "$errexit" -eq 1 ] && set -e
    end=$(now)
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
    if [ "$STEP_STATUS" -eq 0 ]; then
        STEP_TIMINGS+=("$name"$'\t'"$secs"$'\t'"ok")
        echo "<== $name: ok (${secs}s)"
    else
        STEP_TIMINGS+=("$name"$'\t'"$secs"$'\t'"FAILED ($STEP_STATUS)")
        echo "<== $name: FAILED with status $STEP_STATUS (${secs}s)" >&2
    fi
    return 0
}

print_timings() {
    echo
    echo "Step timings:"
    local line name secs status
    for line in "${STEP_TIMINGS[@]}"; do
        IFS=$'\t' read -r name secs status <<<"$line"
        printf '  %-48s %8ss  %s\n' "$name" "$secs" "$status"
    done
}

die() { echo "setup: $*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root (or sudo) to run: $*"; fi
}

# The wasm-bindgen version that Cargo.lock pins; wasm-bindgen-cli must match it exactly.
locked_wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

setup_rust_target() {
    command -v rustup >/dev/null || die "rustup not found; install Rust (1.95 or later) from https://rustup.rs"
    if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        echo "skip: wasm32-unknown-unknown is installed"
    else
        echo "install: rustup target add wasm32-unknown-unknown"
        rustup target add wasm32-unknown-unknown || die "could not add the wasm32-unknown-unknown target"
    fi
    if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
        echo "skip: rustfmt and clippy are installed"
    else
        echo "install: rustup component add rustfmt clippy"
        rustup component add rustfmt clippy || die "could not add the rustfmt and clippy components"
    fi
}

setup_chromium() {
    if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
        echo "skip: $(chromium --version 2>/dev/null | tail -n 1); $(chromedriver --version | cut -d' ' -f1-2)"
    else
        echo "install: apt-get install chromium chromium-driver"
        as_root apt-get update -q || die "apt-get update failed"
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q chromium chromium-driver \
            || die "could not install chromium and chromium-driver with apt-get"
    fi
    [ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing (the tests launch it from there)"
    [ -x "$CHROMEDRIVER" ] || die "$CHROMEDRIVER is missing"
    local browser driver
    browser=$(chromium --version 2>/dev/null | grep -o '[0-9]\+\.' | head -n 1)
    driver=$(chromedriver --version | grep -o '[0-9]\+\.' | head -n 1)
    [ "$browser" = "$driver" ] || die "chromium (major ${browser%.}) and chromedriver (major ${driver%.}) differ; upgrade both"
}

# qpdf makes the encrypted PDF fixture of e2e/pdf.spec.mjs (e2e/lib/pdf-fixtures.mjs).
setup_qpdf() {
    if [ -x /usr/bin/qpdf ]; then
        echo "skip: $(qpdf --version | head -n 1)"
    else
        echo "install: apt-get install qpdf"
        as_root apt-get update -q || die "apt-get update failed"
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q qpdf || die "could not install qpdf"
    fi
}

setup_trunk() {
    local have=""
    have=$(trunk --version 2>/dev/null || true)
    if [ "$have" = "trunk $TRUNK_VERSION" ]; then
        echo "skip: $have"
    else
        echo "install: trunk $TRUNK_VERSION (found: ${have:-none}); this takes about 10 minutes"
        cargo install trunk --version "$TRUNK_VERSION" --locked \
            || die "could not install trunk $TRUNK_VERSION"
    fi
}

setup_wasm_bindgen() {
    local want have="" runner=""
    want=$(locked_wasm_bindgen_version)
    [ -n "$want" ] || die "could not read the wasm-bindgen version from Cargo.lock"
    have=$(wasm-bindgen --version 2>/dev/null || true)
    runner=$(wasm-bindgen-test-runner --version 2>/dev/null || true)
    if [ "$have" = "wasm-bindgen $want" ] && [ -n "$runner" ]; then
        echo "skip: $have (wasm-bindgen-test-runner present)"
        return 0
    fi
    echo "install: wasm-bindgen-cli $want (found: ${have:-none}); this takes about 5 minutes"
    if cargo install wasm-bindgen-cli --version "$want" --locked --force; then
        return 0
    fi
    # The lock file shipped inside wasm-bindgen-cli can pin a crate release the
    # registry index does not have (0.2.130 pins webpki-roots 1.0.11). Build the
    # same source with that one crate stepped back to a release the index has.
    echo "retry: building wasm-bindgen-cli $want from its source with webpki-roots pinned to 1.0.10"
    local crate work
    crate=$(ls "$CARGO_HOME"/registry/cache/*/"wasm-bindgen-cli-$want.crate" 2>/dev/null | head -n 1 || true)
    [ -n "$crate" ] || die "wasm-bindgen-cli-$want.crate is not in $CARGO_HOME/registry/cache after the failed install"
    work=$(mktemp -d)
    tar -xzf "$crate" -C "$work"
    (
        cd "$work/wasm-bindgen-cli-$want"
        if grep -q '^name = "webpki-roots"$' Cargo.lock; then
            cargo update -p webpki-roots --precise 1.0.10
        fi
        cargo install --path . --locked --force
    ) || { rm -rf "$work"; die "could not install wasm-bindgen-cli $want, even with webpki-roots pinned"; }
    rm -rf "$work"
    have=$(wasm-bindgen --version 2>/dev/null || true)
    [ "$have" = "wasm-bindgen $want" ] || die "installed wasm-bindgen reports '${have:-nothing}', expected $want"
}

setup_npm() {
    command -v node >/dev/null && command -v npm >/dev/null \
        || die "node and npm not found; install Node.js 20 or later"
    local major
    major=$(node --version | sed 's/^v\([0-9]*\).*/\1/')
    [ "$major" -ge 20 ] || die "Node.js $(node --version) is too old; 20 or later is needed"
    # npm ci always wipes node_modules; skip it while the installed tree matches the lock.
    local stamp="$ROOT/node_modules/.setup-lock.sha256" want
    want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
        && wasm-opt --version 2>/dev/null | grep -q "version $WASM_OPT_VERSION\b"; then
        echo "skip: node_modules matches package-lock.json ($(wasm-opt --version))"
        return 0
    fi
    echo "install: npm ci"
    (cd "$ROOT" && npm ci --no-audit --no-fund) || die "npm ci failed"
    wasm-opt --version | grep -q "version $WASM_OPT_VERSION\b" \
        || die "node_modules/.bin/wasm-opt is not version $WASM_OPT_VERSION"
    echo "$want" >"$stamp"
    echo "installed: $(wasm-opt --version)"
}

setup_fuzz() {
    if rustup toolchain list | grep -q "^$FUZZ_TOOLCHAIN-"; then
        echo "skip: $FUZZ_TOOLCHAIN ($(rustc "+$FUZZ_TOOLCHAIN" --version))"
    else
        echo "install: rustup toolchain install $FUZZ_TOOLCHAIN --profile minimal"
        rustup toolchain install "$FUZZ_TOOLCHAIN" --profile minimal \
            || die "could not install the $FUZZ_TOOLCHAIN toolchain"
    fi
    local have=""
    have=$(cargo fuzz --version 2>/dev/null || true)
    if [ "$have" = "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
        echo "skip: $have"
    else
        echo "install: cargo-fuzz $CARGO_FUZZ_VERSION (found: ${have:-none}); this takes about a minute"
        cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked --force \
            || die "could not install cargo-fuzz $CARGO_FUZZ_VERSION"
    fi
    # libFuzzer itself is C++, built by the libfuzzer-sys crate.
    if ! command -v c++ >/dev/null; then
        echo "install: apt-get install g++ (libFuzzer is built from C++)"
        as_root apt-get update -q || die "apt-get update failed"
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q g++ || die "could not install g++"
    fi
    local locked=()
    [ "${CI:-}" = "true" ] && locked=(--locked)
    (cd "$ROOT/fuzz" && cargo fetch "${locked[@]}") || die "cargo fetch failed for fuzz/"
}

setup_cargo_fetch() {
    # Trunk builds offline, so every crate must be in the local registry first.
    local locked=()
    [ "${CI:-}" = "true" ] && locked=(--locked)
    (cd "$ROOT" && cargo fetch "${locked[@]}") || die "cargo fetch failed"
    echo "fetched: all crates in Cargo.lock are available offline"
}

# setup_step NAME FUNCTION: one installer step; a failure stops everything.
setup_step() {
    step "$@"
    if [ "$STEP_STATUS" -ne 0 ]; then
        print_timings
        echo "setup: '$1' failed; nothing was built or tested" >&2
        exit 1
    fi
}

setup_all() {
    command -v python3 >/dev/null || die "python3 not found (the end-to-end tests serve dist/ with it)"
    setup_step "setup: rust wasm32 target, rustfmt, clippy" setup_rust_target
    setup_step "setup: chromium + chromedriver" setup_chromium
    setup_step "setup: qpdf" setup_qpdf
    setup_step "setup: trunk $TRUNK_VERSION" setup_trunk
    setup_step "setup: wasm-bindgen-cli $(locked_wasm_bindgen_version)" setup_wasm_bindgen
    setup_step "setup: npm ci" setup_npm
    setup_step "setup: cargo fetch" setup_cargo_fetch
    if [ "${SETUP_FUZZ:-1}" != "0" ]; then
        setup_step "setup: $FUZZ_TOOLCHAIN + cargo-fuzz $CARGO_FUZZ_VERSION" setup_fuzz
    fi
}

if [ "${SETUP_SKIP:-}" = "1" ]; then
    echo "setup: skipped (SETUP_SKIP=1)"
else
    setup_all
fi

# When run directly rather than sourced, show the timings.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    print_timings
fi
