#!/usr/bin/env bash
#! Trunk post_build hook (see Trunk.toml), on the staged build (TRUNK_STAGING_DIR):
#!   1. writes the reader's first render into index.html (src/bin/prerender.rs,
#!      built natively), so the report shows before and without the WebAssembly;
#!   2. writes the build's file list and version into the service worker
#!      (scripts/precache.mjs).
#! One hook, in this order: Trunk runs the hooks of a stage side by side, and
#! the worker's version must hash the final index.html.

set -euo pipefail

: "${TRUNK_STAGING_DIR:?run me as a Trunk hook (TRUNK_STAGING_DIR is not set)}"
cargo run --quiet --locked --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
node scripts/precache.mjs
