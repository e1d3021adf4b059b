#!/usr/bin/env node
// Trunk post_build step (run by scripts/post-build.sh, after the prerender):
// writes the build's file list and version into the service worker, so that it precaches exactly the files this
// build produced, with Trunk's hashed names.
//
// Reads TRUNK_STAGING_DIR (the finished build, before Trunk moves it to dist/)
// and TRUNK_PROFILE. The version is a hash of the worker's code and of every
// file's name and content, so any change to the build gives the worker new
// bytes (which is how browsers notice an update) and a new cache name. A debug build gets an empty list: the worker then caches
// nothing and `trunk serve` always shows the latest code.

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('precache: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const WORKER = 'sw.js';
const MARKER = /^const BUILD = .*; \/\/ precache: written by scripts\/precache\.mjs$/m;

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .sort();
}

const workerPath = path.join(staging, WORKER);
const worker = await readFile(workerPath, 'utf8');
if (!MARKER.test(worker)) {
  console.error(`precache: ${WORKER} has no "const BUILD = …" line to fill in`);
  process.exit(1);
}

let build = { version: 'dev', files: [] };
if (process.env.TRUNK_PROFILE !== 'debug') {
  const names = (await filesUnder(staging)).filter((name) => name !== WORKER);
  const hash = createHash('sha256');
  // The worker's own code counts too: a change to it alone is a new build.
  hash.update(worker);
  for (const name of names) {
    hash.update(`${name}\0`);
    hash.update(await readFile(path.join(staging, name)));
    hash.update('\0');
  }
  // The page itself is cached as the scope's URL ("./"), which is how it is opened.
  const files = names.map((name) => (name === 'index.html' ? './' : name));
  build = { version: hash.digest('hex').slice(0, 16), files };
}

await writeFile(workerPath, worker.replace(MARKER, `const BUILD = ${JSON.stringify(build)}; // precache: written by scripts/precache.mjs`));
console.log(`precache: ${WORKER} version ${build.version}, ${build.files.length} files`);
