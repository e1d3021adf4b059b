// Long reports are read in the engine's worker (src/ui/engine.rs,
// web/engine-worker.js): the page keeps answering, the progress line offers
// Cancel, Cancel keeps nothing, and a worker that cannot start leaves the
// reading to the page. Short reports and the first view start no worker.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader, VIEWPORTS, waitForApp } from './lib/browser.mjs';
import { openFile, pasteText, storedEntries, waitOpened, waitNotice, dismiss, currentReport } from './lib/open.mjs';
import { longReport } from './lib/long-text.mjs';

/** The engine's worker's script, as web/loader.js starts it. */
const ENGINE = /\/engine-worker\.js$/;
/** The largest text file the reader opens is 5 MiB. */
const LONG = longReport(5_000_000);

/** Records the page's long tasks, and when the engine's worker was asked and answered. */
async function watch(page) {
  await page.evaluate(() => {
    const w = { tasks: [], reads: [] };
    window.__watch = w;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    const engine = globalThis.claimReaderEngine;
    const read = engine.read.bind(engine);
    engine.read = (text) => {
      const asked = performance.now();
      return read(text).then((bytes) => {
        w.reads.push([asked, performance.now()]);
        return bytes;
      });
    };
  });
}

/** The longest task between a question to the worker and its answer (0: none of 50 ms or more). */
function longestWhileRead(page) {
  return page.evaluate(() => {
    const { tasks, reads } = window.__watch;
    let longest = 0;
    for (const [s, d] of tasks) {
      if (reads.some(([a, b]) => s < b && s + d > a)) longest = Math.max(longest, d);
    }
    return { longest, reads: reads.length };
  });
}

describe('long reports in the engine’s worker', () => {
  let r;
  const workers = [];
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.desktop });
    r.page.on('worker', (w) => workers.push(w.url()));
  });
  after(async () => {
    await r?.close();
  });

  it('starts no worker for the first view or a short report', async () => {
    await waitForApp(r.page);
    const from = await currentReport(r.page);
    await pasteText(r.page, 'Officials said 12 people were hurt.\n\nWitnesses said the number was higher.');
    const o = await waitOpened(r.page, { from });
    assert.equal(o.cards, 2);
    assert.deepEqual(workers.filter((u) => ENGINE.test(u)), []);
  });

  it('cancels a long read and keeps nothing', async () => {
    await dismiss(r.page);
    const before = await storedEntries(r.page);
    const hash = await r.page.evaluate(() => location.hash);
    await openFile(r.page, 'long.txt', 'text/plain', LONG.text);
    await r.page.locator('[data-busy]', { hasText: 'Finding claims' }).locator('[data-cancel]').click();
    assert.match(await waitNotice(r.page, 'info'), /Finding claims was cancelled: the report was not opened, and nothing was kept/);
    assert.equal(await r.page.locator('[data-busy]').count(), 0);
    assert.deepEqual(await storedEntries(r.page), before, 'the library changed after a cancel');
    assert.equal(await r.page.evaluate(() => location.hash), hash);
  });

  it('reads a 5 MB report off the page’s thread, with progress and Cancel, and finds every claim', async () => {
    await dismiss(r.page);
    await watch(r.page);
    const from = await currentReport(r.page);
    const started = workers.length;
    await openFile(r.page, 'long-report.txt', 'text/plain', LONG.text);
    await r.page.locator('[data-busy]', { hasText: /Finding claims in 4\.\d MB of text/ }).locator('[data-cancel]').waitFor();
    const o = await waitOpened(r.page, { from });
    assert.ok(workers.slice(started).some((u) => ENGINE.test(u)), 'no engine worker started');
    await r.page.waitForFunction(
      (k) => JSON.parse(localStorage.getItem(k) ?? '{"entries":[]}').entries.some((e) => e.claim_count > 0),
      'claim-reader.library',
    );
    const entry = (await storedEntries(r.page)).find((e) => e.text.length === LONG.text.length);
    assert.equal(entry?.claim_count, LONG.paragraphs, 'a claim per paragraph');
    assert.ok(o.cards > 0);
    // The first card: the first paragraph's speaker, as the page itself would read it.
    const first = r.page.locator('article[data-claim-id="c1"]');
    assert.match(await first.innerText(), /Maria Okafor/);
    // The page kept answering: while the progress line showed, no task took
    // a tenth of what reading 5 MB on the page's own thread takes (seconds).
    const { longest, reads } = await longestWhileRead(r.page);
    assert.equal(reads, 1);
    console.log(`worker: 5 MB read, longest main-thread task meanwhile ${longest.toFixed(0)} ms (0: none of 50 ms or more)`);
    assert.ok(longest < 200, `a task of ${longest.toFixed(0)} ms while the report was read`);
  });

  it('reads on the page’s thread when the worker cannot start', async () => {
    const s = await openReader({
      viewport: VIEWPORTS.desktop,
      prepare: (context) => context.route(ENGINE, (route) => route.abort()),
    });
    const warnings = [];
    s.page.on('console', (m) => warnings.push(m.text()));
    try {
      const from = await currentReport(s.page);
      const text = longReport(700_000);
      await openFile(s.page, 'long.txt', 'text/plain', text.text);
      await waitOpened(s.page, { from });
      await s.page.waitForFunction(() => document.querySelectorAll('article[data-claim-id]').length > 0);
      const entries = await storedEntries(s.page);
      assert.equal(entries.length, 1);
      await s.page.waitForFunction(
        (k) => JSON.parse(localStorage.getItem(k)).entries[0].claim_count > 0,
        'claim-reader.library',
      );
      assert.equal((await storedEntries(s.page))[0].claim_count, text.paragraphs);
      assert.equal(await s.page.locator('[data-notice="error"]').count(), 0);
      assert.ok(warnings.some((w) => /reading on the page’s thread|reading on the page's thread/.test(w)), 'the worker was not refused');
    } finally {
      await s.close();
    }
  });
});
