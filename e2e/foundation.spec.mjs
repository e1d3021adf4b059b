// The release build loads and works in a real browser, on a phone and a desktop
// viewport, from whatever path it is served under (scripts/test.sh runs this
// file once against "/" and once against "/claim-reader/").

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { openReader, assertNoProblems, baseUrl, VIEWPORTS } from './lib/browser.mjs';

// The reader opens the first embedded report (src/seeds.rs); its first words
// must be on screen as text.
const seed = await readFile(new URL('../seeds/hrw-kazakhstan-january-events.txt', import.meta.url), 'utf8');
const opening = [...seed.split('\n')[0]].slice(0, 40).join('');

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  describe(`reader at ${viewport.width}×${viewport.height} (${name}) from ${new URL(baseUrl()).pathname}`, () => {
    let reader;
    before(async () => {
      reader = await openReader({ viewport });
      // Let late requests and errors surface before judging the page.
      await reader.page.waitForLoadState('networkidle');
    });
    after(async () => {
      await reader?.close();
    });

    it('shows claim cards', async () => {
      const cards = reader.page.locator('article[data-claim-id]');
      assert.ok((await cards.count()) >= 1, 'no claim card');
      const ids = await cards.evaluateAll((els) => els.map((e) => e.dataset.claimId));
      assert.ok(ids.every((id) => id && id.length > 0), `a card has an empty id: ${JSON.stringify(ids)}`);
      assert.equal(new Set(ids).size, ids.length, `duplicate card ids: ${JSON.stringify(ids)}`);
      const firstText = await cards.first().innerText();
      assert.notEqual(firstText.trim(), '', 'the first card is empty');
    });

    it('shows the report text on screen', async () => {
      const text = reader.page.getByText(opening).first();
      await text.waitFor({ state: 'visible' });
      const box = await text.boundingBox();
      assert.ok(box, 'the report text has no box');
      assert.ok(box.y < viewport.height && box.x < viewport.width, `the report text starts off screen at ${JSON.stringify(box)}`);
    });

    it('has no console errors, page errors, failed or off-origin requests', () => {
      assertNoProblems(reader.problems);
    });

    it('passes an axe scan for WCAG 2 A and AA', async () => {
      const { violations } = await new AxeBuilder({ page: reader.page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], `accessibility violations:\n${found.join('\n')}`);
    });

    it('loads every asset from under its own path', async () => {
      const assets = await reader.page.evaluate(() =>
        [...document.querySelectorAll('script[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href')),
      );
      const absolute = assets.filter((a) => a.startsWith('/') || /^https?:/.test(a));
      assert.deepEqual(absolute, [], 'assets must use relative URLs so the build works under any sub-path');
    });
  });
}
