// Faults, end to end: a damaged, old or newer stored library still lets the
// reader start, keeps every report it can read, says what it dropped and keeps
// the stored value as it was under claim-reader.library.aside; and a panic
// while the engine runs loses nothing the user opened, because the text is on
// disk before the engine starts.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader, assertNoProblems, urlFor, waitForApp } from './lib/browser.mjs';
import { KEY, openFile, showReports, storedEntries, waitOpened, waitNotice, dismiss, mainText, currentReport } from './lib/open.mjs';

const ASIDE = 'claim-reader.library.aside';
const CARDS = 'article[data-claim-id]';

const entry = (id, title, text, extra = {}) => ({ id, title, added: 1714567890123, text, claim_count: 1, ...extra });
const FIRST = 'The mayor said 12 bridges were closed. Engineers said "all of them are safe."';
const NEW = 'A new report\n\nThe minister said 40 schools had closed.';
const SECOND = 'Officials said the river rose two metres overnight. Residents said it was more.';

/** Stores `raw` as the library, starts the reader afresh (no report in the address), and returns the startup notice's text (or null). */
async function startWith(page, raw, aside) {
  await page.evaluate(
    ([k, v, a, ak]) => {
      localStorage.clear();
      localStorage.setItem(k, v);
      if (a !== null) localStorage.setItem(ak, a);
    },
    [KEY, raw, aside ?? null, ASIDE],
  );
  // Let the page on show finish its own requests (its icon) before leaving it.
  await page.waitForLoadState('networkidle');
  await page.goto(urlFor(''));
  await page.locator(CARDS).first().waitFor({ state: 'visible' });
  // The cards come in the static page; the notice only once the app has read the library.
  await waitForApp(page);
  return (await page.locator('[data-notice]').count()) ? waitNotice(page, 'warning') : null;
}

/** The titles of the stored reports on the reports screen (the embedded one left out). */
async function storedTitles(page) {
  await showReports(page);
  const titles = await page.locator('.report-row .row-title').allInnerTexts();
  return titles.slice(1);
}

/** All localStorage keys that start with the aside key. */
function asides(page) {
  return page.evaluate((a) => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith(a)).map((k) => [k, localStorage.getItem(k)])), ASIDE);
}

/** Opens a new report; it must be kept, and the value set aside must stay as it was. */
async function addStillWorks(page) {
  const kept = await asides(page);
  await dismiss(page);
  const from = await currentReport(page);
  await openFile(page, 'new.txt', 'text/plain', NEW);
  await waitOpened(page, { from });
  const entries = await storedEntries(page);
  assert.equal(entries[0].text, NEW);
  assert.deepEqual(await asides(page), kept, 'the value set aside changed');
  return entries;
}

describe('a damaged stored library', () => {
  let r;
  before(async () => {
    r = await openReader();
  });
  after(async () => {
    await r?.close();
  });

  it('unreadable: the reader starts with an empty library, says so, and keeps the value aside', async () => {
    const raw = '{"version": 1, "next_id": 3, "entries": [{"id": "local-1", "text": "cut off here';
    const notice = await startWith(r.page, raw);
    assert.match(notice, /The saved library could not be read, so it was set aside and the library starts empty\./);
    assert.deepEqual(await asides(r.page), { [ASIDE]: raw });
    assert.deepEqual(await storedTitles(r.page), []);
    const entries = await addStillWorks(r.page);
    assert.equal(entries.length, 1);
  });

  it('partly damaged: keeps every readable report and names each one dropped', async () => {
    const raw = JSON.stringify({
      version: 1,
      next_id: 5,
      entries: [entry('local-4', 'Bridges', FIRST), entry('local-3', 'No text', '   '), 42, entry('local-2', 'River', SECOND), entry('local-2', 'River again', SECOND + ' Twice.')],
    });
    const notice = await startWith(r.page, raw);
    assert.match(notice, /Report 2 was dropped: it had no text\./);
    assert.match(notice, /Report 3 was dropped: it was not a record\./);
    assert.match(notice, /Report 5 \(“River again”\) had an id already in use and was given a new one/);
    assert.deepEqual(await asides(r.page), { [ASIDE]: raw });
    assert.deepEqual(await storedTitles(r.page), ['Bridges', 'River', 'River again']);
    // What was kept opens as it was stored.
    await r.page.locator('.report-row .row-title', { hasText: 'River' }).first().click();
    await r.page.waitForFunction(() => /^#\/r\/local-2/.test(location.hash) && document.querySelector('main .source-text'));
    assert.equal(await mainText(r.page), SECOND);
    // The next save writes the kept reports plus the new one; the damaged value stays aside.
    const entries = await addStillWorks(r.page);
    assert.deepEqual(
      entries.map((e) => e.title),
      ['A new report', 'Bridges', 'River', 'River again'],
    );
    assert.equal(new Set(entries.map((e) => e.id)).size, 4, 'ids are unique');
  });

  it('an older schema: keeps the reports it can read, says the form was old, keeps the value aside', async () => {
    // Before versions: a bare list of reports under "reports", then one with entries but no version.
    const bare = JSON.stringify({ reports: [entry('local-1', 'Bridges', FIRST)] });
    let notice = await startWith(r.page, bare);
    assert.match(notice, /saved in an older or unknown form/);
    assert.match(notice, /had no list of reports/);
    assert.deepEqual(await asides(r.page), { [ASIDE]: bare });
    const old = JSON.stringify({ entries: [entry('local-1', 'Bridges', FIRST), { id: 'local-2', body: SECOND }] });
    notice = await startWith(r.page, old);
    assert.match(notice, /saved in an older or unknown form; the reports that could be read are shown/);
    assert.match(notice, /Report 2 was dropped: it had no text\./);
    assert.deepEqual(await storedTitles(r.page), ['Bridges']);
    await addStillWorks(r.page);
  });

  it('a newer schema: shows what it can read, names the version, and never overwrites the value aside', async () => {
    const newer = JSON.stringify({ version: 7, next_id: 9, entries: [entry('local-8', 'Bridges', FIRST, { tags: ['x'] })], shelves: [] });
    const older = '{"an": "earlier value set aside"}';
    const notice = await startWith(r.page, newer, older);
    assert.match(notice, /saved by a newer version of claim-reader \(library version 7\)/);
    assert.deepEqual(await storedTitles(r.page), ['Bridges']);
    // An earlier value set aside is not overwritten: this one goes beside it.
    const kept = await asides(r.page);
    assert.equal(kept[ASIDE], older);
    const others = Object.entries(kept).filter(([k]) => k !== ASIDE);
    assert.equal(others.length, 1);
    assert.match(others[0][0], /^claim-reader\.library\.aside\.\d+$/);
    assert.equal(others[0][1], newer);
    const entries = await addStillWorks(r.page);
    assert.equal(entries.find((e) => e.title === 'Bridges')?.id, 'local-8', 'the kept report keeps its id');
  });

  it('has no console errors, page errors or failed requests', () => {
    assertNoProblems(r.problems);
  });
});

describe('a panic while the engine runs', () => {
  it('comes after the text is saved: a reload finds the report in the library', async () => {
    const r = await openReader();
    try {
      await r.page.evaluate(() => localStorage.clear());
      // Record, in order, every write of the library and the moment the page
      // says it is finding claims (the engine starts right after); panic then.
      await r.page.evaluate((key) => {
        window.__order = [];
        const set = Storage.prototype.setItem;
        Storage.prototype.setItem = function (k, v) {
          set.call(this, k, v);
          if (k === key) window.__order.push('saved');
        };
        new MutationObserver(() => {
          const busy = document.querySelector('[data-busy]');
          if (busy && /Finding claims/.test(busy.textContent) && !window.__order.includes('finding')) {
            window.__order.push('finding');
            window.dispatchEvent(new Event('claim-reader:fault'));
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      }, KEY);
      const text = 'A report opened just before a fault\n\nThe minister said 40 schools had closed, and teachers said "more than 60".';
      await openFile(r.page, 'fault.txt', 'text/plain', text);
      await r.page.locator('main.fault').waitFor({ state: 'visible' });
      const order = await r.page.evaluate(() => window.__order);
      assert.deepEqual(order.slice(0, 2), ['saved', 'finding'], 'the text was not saved before the engine started');
      assert.equal((await storedEntries(r.page))[0]?.text, text);
      r.problems.pageErrors.length = 0;
      r.problems.consoleErrors.length = 0;

      const reloaded = r.page.waitForEvent('load');
      await r.page.locator('main.fault').getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await r.page.locator(CARDS).first().waitFor({ state: 'visible' });
      assert.deepEqual(await storedTitles(r.page), ['A report opened just before a fault']);
      await r.page.locator('.report-row .row-title').nth(1).click();
      await r.page.waitForFunction(() => /^#\/r\/local-/.test(location.hash) && document.querySelector('main .source-text'));
      assert.equal(await mainText(r.page), text);
      assert.ok((await r.page.locator(CARDS).count()) > 0, 'no cards for the saved report');
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });
});
