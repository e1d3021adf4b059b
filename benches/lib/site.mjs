// Lays out the directory the browser benchmarks serve:
//   app/      a copy of the release build (dist/)
//   floor/    the same report text as a plain static HTML page, no script or style
//   engine/   the engine page: the engine's WebAssembly packages (pkg: the
//             app's profile; pkg-speed: opt-level 3), wink-nlp with
//             its model packed into one script, compromise's ES module, the corpus
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCjs } from './cjs-bundle.mjs';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const modules = path.join(ROOT, 'node_modules');

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The floor: the report as plain HTML, one <p> per paragraph. */
export function floorPage(title, text) {
  const paras = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p)}</p>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="icon" href="data:,">
</head>
<body>
<h1>${escape(title)}</h1>
<main>
${paras.join('\n')}
</main>
</body>
</html>
`;
}

/**
 * Builds `site` from { dist, enginePkg, enginePkgSpeed, corpus, title, text }; returns the
 * site directory.
 */
export function buildSite(site, { dist, enginePkg, enginePkgSpeed, corpus, title, text }) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(path.join(site, 'floor'), { recursive: true });
  mkdirSync(path.join(site, 'engine', 'lib'), { recursive: true });
  cpSync(dist, path.join(site, 'app'), { recursive: true });
  writeFileSync(path.join(site, 'floor', 'index.html'), floorPage(title, text));
  cpSync(path.join(ROOT, 'benches', 'pages', 'engine.html'), path.join(site, 'engine', 'index.html'));
  cpSync(enginePkg, path.join(site, 'engine', 'pkg'), { recursive: true });
  cpSync(enginePkgSpeed, path.join(site, 'engine', 'pkg-speed'), { recursive: true });
  cpSync(corpus, path.join(site, 'engine', 'corpus.txt'));
  cpSync(
    path.join(modules, 'compromise', 'builds', 'three', 'compromise-three.mjs'),
    path.join(site, 'engine', 'lib', 'compromise.mjs'),
  );
  writeFileSync(
    path.join(site, 'engine', 'lib', 'wink.js'),
    bundleCjs({
      winkNLP: path.join(modules, 'wink-nlp', 'src', 'wink-nlp.js'),
      winkModel: path.join(modules, 'wink-eng-lite-web-model', 'dist', 'model.js'),
    }),
  );
  return site;
}

/** The version of an installed npm package. */
export function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version;
}
