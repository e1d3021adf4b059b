// A long report opened as a user opens one (the page's file input, from a
// file on disk, so no test harness work runs in the page), in a fresh
// browser per run at 1280×800: where it was read (the engine's worker or
// the page's thread), the longest main-thread task while the engine read it,
// the longest over the whole opening (reading the file, keeping it, the
// first render), and the first card on screen.
//
// "While the engine read it" is, for the worker, from the question to the
// worker (`claimReaderEngine.read`, web/loader.js) to its answer; a task
// counts if any part of it falls inside. On the page's thread the reading
// is one task with the first render, so there it is the longest task while
// the progress line says "Finding claims…".
//
// With `refuseWorker` the worker's script is refused (as a browser without
// module workers would), so the same build reads on the page's thread: the
// comparison, side by side in one run.
//
// usage: node benches/long-report.mjs APP_URL REPORT_FILE [RUNS] [page]
//        APP_URL serves the release build; `page` refuses the worker;
//        prints JSON.
import { launch, watchOffOrigin } from './lib/chromium.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 120_000;

/** Installed before the page's scripts: long tasks, reads by the worker, the progress line. */
function watchPage() {
  const w = { tasks: [], reads: [], finding: [], card: NaN, changed: NaN };
  window.__long = w;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let open = null;
  const look = () => {
    const busy = /Finding claims/.test(document.querySelector('[data-busy]')?.textContent ?? '');
    if (busy && open === null) open = performance.now();
    if (!busy && open !== null) {
      w.finding.push([open, performance.now()]);
      open = null;
    }
    if (Number.isNaN(w.card) && !Number.isNaN(w.changed) && location.hash.includes('/r/local-') && document.querySelector('article[data-claim-id]')) {
      requestAnimationFrame(() => {
        if (Number.isNaN(w.card)) w.card = performance.now() - w.changed;
      });
    }
  };
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    document.addEventListener('change', () => (w.changed = performance.now()), true);
  });
  // Wraps the worker's entry once the loader has defined it.
  const wrap = setInterval(() => {
    const engine = globalThis.claimReaderEngine;
    if (!engine) return;
    clearInterval(wrap);
    const read = engine.read.bind(engine);
    engine.read = (text) => {
      const asked = performance.now();
      return read(text).then((bytes) => {
        w.reads.push([asked, performance.now()]);
        return bytes;
      });
    };
  }, 5);
}

function longestIn(tasks, windows) {
  let longest = 0;
  for (const [s, d] of tasks) if (windows.some(([a, b]) => s < b && s + d > a)) longest = Math.max(longest, d);
  return longest;
}

export async function measureLongReport(appUrl, file, runs = 3, { refuseWorker = false } = {}) {
  const res = { where: [], whileRead: [], overall: [], firstCard: [], readMs: [], offOrigin: [] };
  for (let r = 0; r < runs; r++) {
    const browser = await launch();
    try {
      const context = await browser.newContext({ viewport: VIEWPORT });
      context.setDefaultTimeout(TIMEOUT);
      watchOffOrigin(context, res.offOrigin);
      if (refuseWorker) await context.route(/\/engine-worker\.js$/, (route) => route.abort());
      await context.addInitScript(watchPage);
      const page = await context.newPage();
      const workers = [];
      page.on('worker', (w) => workers.push(w.url()));
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(appUrl);
      await page.waitForSelector('html.hydrated', { state: 'attached' });
      await page.locator('input[type="file"]').first().setInputFiles(file);
      await page.waitForFunction(() => !Number.isNaN(window.__long.card), null, { timeout: TIMEOUT });
      // Whatever the opening still does after the first card (the claim count kept).
      await page.waitForTimeout(1500);
      const w = await page.evaluate(() => window.__long);
      const inWorker = workers.some((u) => u.endsWith('/engine-worker.js'));
      const opening = [[w.changed, w.changed + w.card + 1500]];
      if (refuseWorker === inWorker) throw new Error(`read ${inWorker ? 'in the worker' : "on the page's thread"}, not as asked`);
      res.where.push(inWorker ? 'worker' : 'page');
      res.whileRead.push(longestIn(w.tasks, inWorker ? w.reads : w.finding));
      res.readMs.push(inWorker ? w.reads[0][1] - w.reads[0][0] : w.finding[0][1] - w.finding[0][0]);
      res.overall.push(longestIn(w.tasks, opening));
      res.firstCard.push(w.card);
      if (errors.length) throw new Error(`the reader failed: ${errors.join('; ')}`);
    } finally {
      await browser.close();
    }
  }
  return res;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [appUrl, file, runs, where] = process.argv.slice(2);
  if (!appUrl || !file) {
    console.error('usage: node benches/long-report.mjs APP_URL REPORT_FILE [RUNS]');
    process.exit(2);
  }
  console.log(JSON.stringify(await measureLongReport(appUrl, file, Number(runs ?? 3), { refuseWorker: where === 'page' })));
}
