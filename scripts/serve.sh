#!/usr/bin/env bash
#! Installs what is missing (scripts/setup.sh), then serves the reader on http://127.0.0.1:8080.
#
# `trunk serve` builds the app with its embedded reports, serves it, and rebuilds
# on every change to the sources. Stop it with Ctrl-C.

set -euo pipefail

# Serving needs no fuzzing tools.
export SETUP_FUZZ="${SETUP_FUZZ:-0}"
# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

ADDRESS=127.0.0.1
PORT=8080
echo
echo "claim-reader: serving on http://$ADDRESS:$PORT/ (first build takes a minute or two)"
exec trunk serve --address "$ADDRESS" --port "$PORT"
