#!/usr/bin/env bash
#! Scores the engine on the PolNeAR development corpus: scripts/eval.sh PATH-TO-POLNEAR [eval.py options].
#
# PATH-TO-POLNEAR is a checkout of the public corpus (github.com/networkdynamics/PolNeAR),
# kept outside this repository: its texts carry no licence and are never committed.
# Builds the `claims` CLI and runs scripts/eval.py on the dev split (`--split train`
# for the training split; the test split is refused). Prints overlap and exact
# P/R/F1, source and cue accuracy, recall by category and per-rule figures;
# `--agreement` adds the annotators scored against each other, `--json FILE`
# writes the figures, `--misses N` / `--wrong N` show examples on the terminal.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 1 ] || { echo "usage: scripts/eval.sh PATH-TO-POLNEAR [--split dev|train] [--agreement] [--json FILE] [--misses N]" >&2; exit 2; }
corpus="$1"; shift
cargo build --quiet --release --bin claims --manifest-path "$ROOT/Cargo.toml"
exec python3 "$ROOT/scripts/eval.py" "$corpus" --claims "$ROOT/target/release/claims" "$@"
