// The reader with a report open: time to the first card and to the rest,
// the renderer's memory, selection latency and long tasks while scrolling.
// Measured for the embedded report (opened from the app's own URL) and for a
// report of about 1 MB (opened the way a user opens another report); each run
// is a fresh browser at 1280×800.
//
// usage: node benches/reader.mjs SITE_URL (seed SEED_TEXT_FILE | file REPORT_FILE) [RUNS]
//        SITE_URL serves the release build at app/ (scripts/bench.sh builds
//        and serves it); prints JSON.
import { readFileSync } from 'node:fs';
import { launch, nextFrame, sampleRendererMemory, watchOffOrigin } from './lib/chromium.mjs';
import { pageMarks } from './lib/marks.mjs';
import { expectations } from './load.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 60_000;
/** The DOM counts as settled after this long without a change. */
export const QUIET_MS = 1000;
/** Selections timed per run. */
export const SELECTIONS = 10;
/** The reading-pace part of each scroll sweep: this many wheel steps of READING_PX. */
const READING_STEPS = 60;
const READING_PX = 200;

/** Thrown when the reader offers no way to take the measurement. */
export class NotMeasurable extends Error {}

/**
 * Opens `text` in the reader already loaded in `page`, as a user opens a
 * report of their own: through the page's file input. The marks in the page
 * count from the input's change event.
 */
export async function openReport(page, text) {
  const input = page.locator('input[type="file"]');
  if ((await input.count()) === 0) {
    throw new NotMeasurable(
      'not measurable yet: the reader cannot open other reports until import lands (the page has no file input)',
    );
  }
  await page.evaluate((o) => window.__benchArm(o), { ...expectations(text), need: 0 });
  await input.first().setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
}

/** Waits until the DOM has not changed for QUIET_MS; returns when it last painted a change. */
async function settled(page) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const { quietFor, lastPaint } = await page.evaluate(() => ({
      quietFor: window.__benchNow() - (Number.isNaN(window.__bench.lastMutation) ? 0 : window.__bench.lastMutation),
      lastPaint: window.__bench.lastPaint,
    }));
    if (quietFor >= QUIET_MS) return Number.isNaN(lastPaint) ? 0 : lastPaint;
    if (Date.now() > deadline) throw new Error(`the reader kept changing the page for ${TIMEOUT} ms`);
    await page.waitForTimeout(200);
  }
}

/**
 * Selects `count` cards spread over the list by a click each; input→DOM and
 * input→paint per selection. A long list has only the cards near the view
 * in the DOM (the reader renders it in windows), so each pick scrolls the
 * list to an evenly spread place, waits until the reader has rendered
 * there, and clicks the card nearest the middle of the view (on its kind
 * label, clear of its buttons and of the sticky bars), as a user would.
 * Only the click is timed.
 */
async function selections(page, count) {
  const dom = [];
  const paint = [];
  for (let k = 0; k < count; k++) {
    const f = count > 1 ? k / (count - 1) : 0;
    await page.evaluate((f) => {
      const first = document.querySelector('article[data-claim-id]');
      if (!first) return;
      let s = first.parentElement;
      const scrolls = (el) => el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY);
      while (s && s !== document.body && !scrolls(s)) s = s.parentElement;
      const el = s && s !== document.body ? s : document.scrollingElement;
      el.scrollTop = f * (el.scrollHeight - el.clientHeight);
    }, f);
    // A jump renders once the scrolling settles (80 ms in the reader).
    await page.waitForTimeout(250);
    await nextFrame(page);
    // The card nearest the middle whose kind label (a part of the card that
    // is not a control) is on screen and not under a sticky bar.
    const pick = await page.evaluate(() => {
      const mid = innerHeight / 2;
      let best = null;
      for (const a of document.querySelectorAll('article[data-claim-id]')) {
        const r = a.getBoundingClientRect();
        const label = a.querySelector('.kind-label')?.getBoundingClientRect();
        if (!label || r.height === 0) continue;
        const x = label.left + 8;
        const y = (label.top + label.bottom) / 2;
        if (y < 0 || y > innerHeight || document.elementFromPoint(x, y)?.closest('article') !== a) continue;
        const d = Math.abs((r.top + r.bottom) / 2 - mid);
        if (!best || d < best.d) best = { d, id: a.dataset.claimId, x, y };
      }
      return best;
    });
    if (!pick) throw new Error(`no card to click on screen at ${Math.round(f * 100)} % of the list`);
    await page.evaluate((id) => window.__benchSelect(id), pick.id);
    await page.mouse.click(pick.x, pick.y);
    await page.waitForFunction(() => !Number.isNaN(window.__sel.paint), null, { timeout: TIMEOUT });
    const s = await page.evaluate(() => window.__sel);
    dom.push(s.dom);
    paint.push(s.paint);
    await page.keyboard.press('Escape');
    await nextFrame(page);
  }
  return { dom, paint };
}

/**
 * Scrolls the element holding `selector`'s first match from top to bottom
 * with the mouse wheel, a step per frame, then back in its middle at a
 * reading pace (READING_STEPS steps of READING_PX), and returns the long
 * tasks (50 ms or more) seen meanwhile: { steps, distance, longTasks: [ms] }.
 * On a long report the sweep moves more than a view per frame; the reader
 * then renders nothing until the scrolling settles (a fling shows spacers
 * and fills in where it stops), so the reading-pace part is what times its
 * rendering of each window as the view moves.
 */
async function scrollSweep(page, selector) {
  const target = await page.evaluate((sel) => {
    const first = document.querySelector(sel);
    if (!first) return null;
    let s = first.parentElement;
    const scrolls = (el) => el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY);
    while (s && s !== document.body && !scrolls(s)) s = s.parentElement;
    const el = s && s !== document.body ? s : document.scrollingElement;
    el.scrollTop = 0;
    const r = el === document.scrollingElement ? { left: 0, top: 0, width: innerWidth, height: innerHeight } : el.getBoundingClientRect();
    const x = Math.min(innerWidth - 2, Math.max(1, r.left + Math.min(r.width, innerWidth) / 2));
    const y = Math.min(innerHeight - 2, Math.max(1, r.top + Math.min(r.height, innerHeight) / 2));
    window.__long = [];
    window.__longObs?.disconnect();
    window.__longObs = new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration)));
    window.__longObs.observe({ type: 'longtask' });
    return { x, y, distance: el.scrollHeight - el.clientHeight };
  }, selector);
  if (!target) return { steps: 0, distance: 0, longTasks: [] };
  await nextFrame(page);
  const steps = Math.min(200, Math.max(1, Math.ceil(target.distance / 600)));
  const delta = Math.max(100, Math.ceil(target.distance / steps));
  await page.mouse.move(target.x, target.y);
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, delta);
    await nextFrame(page);
  }
  await nextFrame(page);
  const reading = Math.min(READING_STEPS, Math.floor(target.distance / READING_PX));
  if (reading > 0) {
    await page.evaluate((sel) => {
      const first = document.querySelector(sel);
      let s = first?.parentElement;
      const scrolls = (el) => el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY);
      while (s && s !== document.body && !scrolls(s)) s = s.parentElement;
      const el = s && s !== document.body ? s : document.scrollingElement;
      el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    }, selector);
    await page.waitForTimeout(250);
    for (let i = 0; i < reading; i++) {
      await page.mouse.wheel(0, READING_PX);
      await nextFrame(page);
    }
    await nextFrame(page);
  }
  const longTasks = await page.evaluate(() => {
    window.__longObs.disconnect();
    return window.__long;
  });
  return { steps, distance: target.distance, longTasks };
}

/**
 * The processor time (thread time, ms) of the longest task on the page's
 * main thread in a Chromium trace of the `toplevel` category. Long tasks
 * are wall-clock time, which on a shared machine includes time the
 * processor spent on other programs; this is the reader's own share.
 */
export function longestMainThreadTask(trace) {
  const events = trace.traceEvents || [];
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const k = `${e.pid}:${e.tid}`;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push((e.tdur ?? e.dur) / 1000);
  }
  // The page's renderer is the busiest one (the other draws the browser's own UI).
  const tasks = [...byThread.values()].sort((a, b) => b.length - a.length)[0] || [];
  return Math.max(0, ...tasks);
}

/**
 * Runs `runs` fresh sessions with one report open. `which` is 'seed' (the
 * embedded report, `text` its text) or 'file' (`text` opened with
 * openReport). Returns per-run lists: firstCard, rest, memory (bytes),
 * longestTask (ms, 0 when none), longestTaskCpu (ms: the processor time
 * of the page's longest task while scrolling), scrolled (px), claims
 * (claims offered); and over all runs: selectDom, selectPaint, longTasks (ms).
 * Throws NotMeasurable when the report cannot be opened.
 */
export async function measureReader(siteUrl, which, text, runs = 5, perRun = SELECTIONS) {
  const appUrl = new URL('app/', siteUrl).href;
  const res = { firstCard: [], rest: [], memory: [], selectDom: [], selectPaint: [], longTasks: [], longestTask: [], longestTaskCpu: [], scrolled: [], claims: [], offOrigin: [] };
  for (let r = 0; r < runs; r++) {
    const browser = await launch();
    try {
      res.chromium = browser.version();
      const memory = await sampleRendererMemory(browser);
      const context = await browser.newContext({ viewport: VIEWPORT });
      context.setDefaultTimeout(TIMEOUT);
      watchOffOrigin(context, res.offOrigin);
      const seedExpect = which === 'seed' ? expectations(text) : { snippet: '', need: 0 };
      await context.addInitScript(pageMarks, { ...seedExpect, need: 0 });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(appUrl, { waitUntil: 'commit' });
      await page.waitForFunction(() => !Number.isNaN(window.__bench.card));
      // The cards may come in the HTML; the app answers input once it has taken the page over.
      await page.waitForSelector('html.hydrated', { state: 'attached' });
      if (which === 'file') {
        try {
          await openReport(page, text);
        } catch (e) {
          await memory.stop();
          throw e;
        }
        await page.waitForFunction(() => !Number.isNaN(window.__bench.card), null, { timeout: TIMEOUT });
      }
      res.firstCard.push(await page.evaluate(() => window.__bench.card));
      res.rest.push(await settled(page));
      // The claims the reader offers (the count on its Claims button), not
      // the cards in the DOM: a long list renders only those near the view.
      // "The rest" above is likewise the last change to the page after
      // opening: every card is then available, the ones near the view drawn.
      res.claims.push(Number(await page.locator('.pane-btn[data-pane="panel"] .count').first().textContent()));
      const sel = await selections(page, perRun);
      res.selectDom.push(...sel.dom);
      res.selectPaint.push(...sel.paint);
      let scrolled = 0;
      const long = [];
      await browser.startTracing(page, { categories: ['toplevel'] });
      for (const selector of ['mark[data-claim-id]', 'article[data-claim-id]']) {
        const s = await scrollSweep(page, selector);
        long.push(...s.longTasks);
        scrolled += s.distance;
      }
      res.longestTaskCpu.push(longestMainThreadTask(JSON.parse((await browser.stopTracing()).toString())));
      res.longTasks.push(...long);
      res.longestTask.push(Math.max(0, ...long));
      res.scrolled.push(scrolled);
      res.memory.push(await memory.stop());
      if (errors.length) throw new Error(`the reader failed: ${errors.join('; ')}`);
    } finally {
      await browser.close();
    }
  }
  return res;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, which, file, runs] = process.argv.slice(2);
  if (!url || !['seed', 'file'].includes(which) || !file) {
    console.error('usage: node benches/reader.mjs SITE_URL (seed SEED_TEXT_FILE | file REPORT_FILE) [RUNS]');
    process.exit(2);
  }
  try {
    console.log(JSON.stringify(await measureReader(url, which, readFileSync(file, 'utf8'), Number(runs) || 5), null, 1));
  } catch (e) {
    if (!(e instanceof NotMeasurable)) throw e;
    console.error(e.message);
    process.exit(3);
  }
}
