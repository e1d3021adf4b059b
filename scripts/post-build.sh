#!/usr/bin/env bash
#! Trunk post_build hook (see Trunk.toml), on the staged build (TRUNK_STAGING_DIR):
#!   1. writes the reader's first render into index.html (src/bin/prerender.rs,
#!      built natively), so the report shows before and without the WebAssembly;
#!   2. copies Mozilla's pdf.js (node_modules/pdfjs-dist, pinned in
#!      package.json; `npm ci` installs it) into pdfjs/, loaded only when a
#!      PDF is opened (web/pdf-open.js), as .js so any server sends a
#!      JavaScript type;
#!   3. writes the build's file list and version into the service worker
#!      (scripts/precache.mjs).
#! One hook, in this order: Trunk runs the hooks of a stage side by side, and
#! the worker's version must hash the final index.html.

set -euo pipefail

: "${TRUNK_STAGING_DIR:?run me as a Trunk hook (TRUNK_STAGING_DIR is not set)}"
cargo run --quiet --locked --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
pdfjs=node_modules/pdfjs-dist
[ -f "$pdfjs/build/pdf.min.mjs" ] || { echo "post-build: $pdfjs is missing: run npm ci" >&2; exit 1; }
mkdir -p "$TRUNK_STAGING_DIR/pdfjs"
cp "$pdfjs/build/pdf.min.mjs" "$TRUNK_STAGING_DIR/pdfjs/pdf.min.js"
cp "$pdfjs/build/pdf.worker.min.mjs" "$TRUNK_STAGING_DIR/pdfjs/pdf.worker.min.js"
cp "$pdfjs/LICENSE" "$TRUNK_STAGING_DIR/pdfjs/LICENSE.txt"
node scripts/precache.mjs
