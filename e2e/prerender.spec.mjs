// The static first paint: the page arrives with the report's text and cards in
// its HTML (the prerender step, src/bin/prerender.rs), reads without
// JavaScript, and the app takes it over (hydration) without drawing it again
// and without errors.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openReader, assertNoProblems, baseUrl, waitForApp, VIEWPORTS } from './lib/browser.mjs';

const CARDS = 'article[data-claim-id]';
const MARKS = 'mark[data-claim-id]';
// Controls that only the app can answer.
const CONTROLS = ['.panes', '.view-tabs', '.search-box', '.filters', '.card-actions', '.bar-actions', '.tool.display', '.help-open'];

// The first embedded report opens by default; its paragraphs must read whole.
const seed = await readFile(new URL('../seeds/hrw-kazakhstan-january-events.txt', import.meta.url), 'utf8');
const squash = (s) => s.replace(/\s+/g, '');
const paragraphs = seed.split(/\n\s*\n/).map(squash).filter(Boolean);

/** Card ids in order, and the squashed text of the report pane. */
async function snapshot(page) {
  return {
    cards: await page.locator(CARDS).evaluateAll((as) => as.map((a) => a.dataset.claimId)),
    marks: await page.locator(MARKS).count(),
    text: squash(await page.locator('main').evaluate((m) => m.textContent)),
  };
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  describe(`without JavaScript at ${viewport.width}×${viewport.height} (${name}) from ${new URL(baseUrl()).pathname}`, () => {
    let r;
    const requests = [];
    before(async () => {
      r = await openReader({
        viewport,
        javaScript: false,
        waitForCards: false,
        prepare: async (context) => context.on('request', (req) => requests.push(new URL(req.url()).pathname)),
      });
      await r.page.waitForLoadState('networkidle');
    });
    after(async () => {
      await r?.close();
    });

    it('shows the whole report text with its highlights', async () => {
      const { text, marks } = await snapshot(r.page);
      const missing = paragraphs.filter((p) => !text.includes(p));
      assert.deepEqual(missing.map((p) => p.slice(0, 60)), [], 'paragraphs not in the text pane');
      assert.ok(marks > 0, 'no highlight in the text');
      await r.page.locator(MARKS).first().waitFor({ state: 'visible' });
      const opening = seed.trim().split(/\s+/).slice(0, 4).join(' ');
      await r.page.getByText(opening).first().waitFor({ state: 'visible' });
    });

    it('shows a card for every claim, each with its claimant and words', async () => {
      const { cards } = await snapshot(r.page);
      assert.ok(cards.length >= 5, `only ${cards.length} cards`);
      assert.deepEqual(cards, cards.map((_, i) => `c${i + 1}`), 'cards out of order');
      // Every card names its claimant and shows its words (text, not markup).
      const first = r.page.locator(CARDS).first();
      await first.waitFor({ state: 'visible' });
      for (const part of ['.who .name', '.content']) {
        const words = (await r.page.locator(`${CARDS} ${part}`).allInnerTexts()).filter((t) => t.trim());
        assert.equal(words.length, cards.length, `cards without ${part}`);
      }
      // Highlights and cards name the same claims.
      const marked = new Set(await r.page.locator(MARKS).evaluateAll((ms) => ms.map((m) => m.dataset.claimId)));
      assert.ok([...marked].every((id) => cards.includes(id)), 'a highlight without a card');
    });

    it('shows no control that needs JavaScript, and says what does', async () => {
      for (const selector of CONTROLS) {
        const shown = await r.page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
        assert.equal(shown, 0, `${selector} shows without JavaScript`);
      }
      const note = r.page.locator('noscript .noscript');
      await note.waitFor({ state: 'visible' });
      assert.match(await note.innerText(), /JavaScript/);
      const box = await note.boundingBox();
      assert.ok(box.y < viewport.height / 4, `the note is at y=${box.y}, not at the top`);
    });

    it('does not scroll sideways', async () => {
      const wide = await r.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(wide <= 0, `the page is ${wide}px wider than the screen`);
    });

    it('loads no script or WebAssembly, and has no problems', () => {
      const code = requests.filter((p) => /\.(js|wasm)$/.test(p));
      assert.deepEqual(code, [], 'files of code fetched with JavaScript off');
      assertNoProblems(r.problems);
    });
  });
}

describe(`the app takes over the prerendered page from ${new URL(baseUrl()).pathname}`, () => {
  let r;
  let release;
  let before_;
  before(async () => {
    // Opened with the WebAssembly held back, to look at the page before the
    // app runs.
    const held = new Promise((resolve) => {
      release = resolve;
    });
    r = await openReader({
      waitForCards: false,
      prepare: (context) =>
        context.route('**/*.wasm', async (route) => {
          await held;
          await route.continue();
        }),
    });
    await r.page.locator(CARDS).first().waitFor({ state: 'visible' });
    before_ = await snapshot(r.page);
    // Marks the first card and highlight, to find them again after.
    await r.page.evaluate(() => {
      document.querySelector('article[data-claim-id]').dataset.seen = 'before';
      document.querySelector('mark[data-claim-id]').dataset.seen = 'before';
    });
  });
  after(async () => {
    release?.();
    await r?.close();
  });

  it('shows text and cards before the WebAssembly arrives, with the controls held back', async () => {
    assert.ok(before_.cards.length > 0 && before_.marks > 0);
    assert.ok(paragraphs.every((p) => before_.text.includes(p)), 'the text is not whole before the app runs');
    assert.equal(await r.page.locator('html.hydrated').count(), 0, 'the app ran with its WebAssembly held back');
    const filters = await r.page.locator('.filters').evaluate((e) => getComputedStyle(e).visibility);
    assert.equal(filters, 'hidden', 'the filters show before the app can answer them');
  });

  it('keeps the same elements and text when it takes over, without errors', async () => {
    release();
    await waitForApp(r.page);
    assert.deepEqual(await snapshot(r.page), before_, 'the page changed when the app took it over');
    assert.equal(await r.page.locator(`${CARDS}[data-seen="before"]`).count(), 1, 'the cards were drawn again');
    assert.equal(await r.page.locator(`${MARKS}[data-seen="before"]`).count(), 1, 'the text was drawn again');
    assert.equal(await r.page.locator('.filters').evaluate((e) => getComputedStyle(e).visibility), 'visible');
    assertNoProblems(r.problems);
  });

  it('selects a card on click after taking over, in the text and the address', async () => {
    const id = before_.cards[2];
    await r.page.locator(`${CARDS}[data-claim-id="${id}"] .card-head`).click({ position: { x: 4, y: 4 } });
    await r.page.locator(`${CARDS}[data-claim-id="${id}"][aria-current="true"]`).waitFor();
    assert.ok(await r.page.locator(`${MARKS}[data-claim-id="${id}"][data-selected]`).count(), 'the highlight is not selected');
    await r.page.waitForFunction((id) => location.hash.endsWith(`/${id}`), id);
    assertNoProblems(r.problems);
  });
});

describe(`a deep link into the prerendered page from ${new URL(baseUrl()).pathname}`, () => {
  it('selects the claim once the app has taken over, without errors', async () => {
    const first = await openReader();
    let hash;
    try {
      const id = (await snapshot(first.page)).cards[4];
      await first.page.locator(`${CARDS}[data-claim-id="${id}"] .card-head`).click({ position: { x: 4, y: 4 } });
      await first.page.waitForFunction((id) => location.hash.endsWith(`/${id}`), id);
      hash = await first.page.evaluate(() => location.hash);
    } finally {
      await first.close();
    }
    const id = hash.split('/').at(-1);
    const r = await openReader({ path: hash });
    try {
      await r.page.locator(`${CARDS}[data-claim-id="${id}"][aria-current="true"]`).waitFor();
      assert.equal(await r.page.locator(`${CARDS}[aria-current="true"]`).count(), 1);
      assert.ok(await r.page.locator(`${MARKS}[data-claim-id="${id}"][data-selected]`).count(), 'the highlight is not selected');
      assert.equal(await r.page.evaluate(() => location.hash), hash, 'the address lost the claim');
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });
});
