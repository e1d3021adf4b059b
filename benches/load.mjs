// First view of the reader beside its floor: the same report text as a plain
// static HTML page, served the same way, in the same browser and run. Every
// visit is a fresh browser context (empty cache) at 1280×800; the two pages
// alternate, after one untimed visit of each.
//
// usage: node benches/load.mjs SITE_URL SEED_TEXT_FILE [ROUNDS]
//        SITE_URL serves the release build at app/ and the plain page at
//        floor/ (scripts/bench.sh builds and serves both); prints JSON.
import { readFileSync } from 'node:fs';
import { launch, watchOffOrigin } from './lib/chromium.mjs';
import { pageMarks } from './lib/marks.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 30_000;

/** What the first-view checks look for: the opening words and the length. */
export function expectations(text) {
  const opening = text.trim().split(/\s+/).slice(0, 8).join(' ');
  return { snippet: opening, need: text.replace(/\s+/g, '').length };
}

async function visit(browser, url, expect, app) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const offOrigin = [];
  watchOffOrigin(context, offOrigin);
  const errors = [];
  try {
    context.setDefaultTimeout(TIMEOUT);
    await context.addInitScript(pageMarks, expect);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'commit' });
    if (app) {
      // The first input the page can answer: a click on the first card as
      // soon as it exists and the app has taken the page over (the text and
      // cards may come in the HTML, before the app runs; see `interactive`
      // in measureLoad).
      const card = page.locator('article[data-claim-id]').first();
      await card.waitFor({ state: 'attached' });
      await page.waitForFunction(() => !Number.isNaN(window.__bench.hydrated));
      const box = await card.boundingBox();
      await page.mouse.click(box.x + 8, box.y + 8);
      await page.waitForFunction(() => !Number.isNaN(window.__bench.selected));
    }
    await page.waitForFunction(
      (app) => !Number.isNaN(window.__bench.text) && (!app || !Number.isNaN(window.__bench.card)),
      app,
    );
    const b = await page.evaluate(() => window.__bench);
    // What the first view needed: the document and every resource the page
    // had asked for by the time text and cards were painted (not what the
    // service worker fetches for offline use, nor what came later).
    const requested = await page.evaluate((view) => [
      location.href.split('#')[0],
      ...performance.getEntriesByType('resource').filter((e) => e.startTime <= view).map((e) => e.name),
    ], Math.max(b.text, app ? b.card : 0));
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return { ...b, offOrigin, requested };
  } finally {
    await context.close();
  }
}

/**
 * Returns { floor: { text: [] }, app: { text: [], card: [], view: [], hydrated: [], interactive: [] },
 * ratio: [] (app view / floor text, per round), requested: [URLs the app's
 * first view needed, in any round], offOrigin: [] }.
 */
export async function measureLoad(siteUrl, seedText, rounds = 7) {
  const expect = expectations(seedText);
  const appUrl = new URL('app/', siteUrl).href;
  const floorUrl = new URL('floor/', siteUrl).href;
  const browser = await launch();
  const res = {
    floor: { text: [] },
    app: { text: [], card: [], view: [], hydrated: [], interactive: [] },
    ratio: [],
    requested: [],
    offOrigin: [],
    chromium: browser.version(),
  };
  try {
    await visit(browser, floorUrl, expect, false);
    await visit(browser, appUrl, expect, true);
    for (let r = 0; r < rounds; r++) {
      const f = await visit(browser, floorUrl, expect, false);
      const a = await visit(browser, appUrl, expect, true);
      res.floor.text.push(f.text);
      res.app.text.push(a.text);
      res.app.card.push(a.card);
      const view = Math.max(a.text, a.card);
      res.app.view.push(view);
      // Interactive: the first card on screen and the app running (its
      // listeners in place: the page answers no click before), whichever
      // comes later, plus the time the page took to answer a click given
      // then (input event to selection painted), so the test driver's own
      // delay before clicking does not count.
      res.app.hydrated.push(a.hydrated);
      res.app.interactive.push(Math.max(a.card, a.hydrated) + (a.selected - a.firstInput));
      res.ratio.push(view / f.text);
      res.requested = [...new Set([...res.requested, ...a.requested])];
      res.offOrigin.push(...f.offOrigin, ...a.offOrigin);
    }
  } finally {
    await browser.close();
  }
  return res;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, seedFile, rounds] = process.argv.slice(2);
  if (!url || !seedFile) {
    console.error('usage: node benches/load.mjs SITE_URL SEED_TEXT_FILE [ROUNDS]');
    process.exit(2);
  }
  const res = await measureLoad(url, readFileSync(seedFile, 'utf8'), Number(rounds) || 7);
  console.log(JSON.stringify(res, null, 1));
}
