// The fact-checker's desk, end to end, on a phone (390×844) and a desktop
// (1280×800): a verdict and a note set on a claim are there after a
// reload, undo takes them back, the review lists claims to check and
// prints a memo, every export downloads (the JSON-LD ones expand with a
// real JSON-LD processor, offline, with nothing dropped), and the
// exported annotations open onto an edited copy of the text, listing what
// no longer fits. axe finds nothing in the new views.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { openReader, assertNoProblems, VIEWPORTS, waitForApp, scrollSettled } from './lib/browser.mjs';
import { KEY, pasteText, waitOpened, waitNotice, dismiss, currentReport } from './lib/open.mjs';
import { expandStrict, typesOf, valuesOf, asked } from './lib/jsonld.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const OA = 'http://www.w3.org/ns/oa#';
const SDO = 'http://schema.org/';

const REPORT = `Floods close river towns

The river burst its banks on Monday after three days of rain.

Mayor Ana Ruiz said 120 homes were damaged by the water. The fire brigade said "nobody was hurt in the town centre."

Residents insisted the warnings came too late. The weather office denied that claim, saying it had warned of "severe flooding" on Friday.

Officials said 40 people were moved to a school. A charity said more than 200 people had left their homes.`;

/** The same report a day later: one figure changed, a sentence added, one claim gone. */
const EDITED = REPORT.replace('said 120 homes were damaged', 'said 125 homes were damaged')
  .replace('Officials said 40 people', 'Roads reopened on Tuesday. Officials said 40 people')
  .replace('Residents insisted the warnings came too late. ', '');

async function expectNoViolations(page, what) {
  await scrollSettled(page);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary}`));
  assert.deepEqual(found, [], `${what}: accessibility violations:\n${found.join('\n')}`);
}

/** Visible controls smaller than a touch target (44 px on a phone). */
function smallTargets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.review button, .review select, .review input, .review summary, .review a[href], .finding button, .finding select, .finding input, .finding textarea, .finding a[href]')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el: el.outerHTML.slice(0, 80), h: Math.round(el.getBoundingClientRect().height) }))
      .filter((x) => x.h < 44),
  );
}

/** On a phone, the list of cards and the views are a pane of their own. */
async function showPanel(page) {
  const btn = page.locator('[data-pane="panel"]');
  if (await btn.isVisible()) await btn.click();
}

async function showView(page, view) {
  await showPanel(page);
  await page.locator(`.view-tabs [data-view="${view}"]`).click();
  await page.locator(`.view-tabs [data-view="${view}"][aria-pressed="true"]`).waitFor();
}

function card(page, id) {
  return page.locator(`article[data-claim-id="${id}"]`);
}

/** Opens the finding form on a card (the claims view, the panel on a phone). */
async function openFinding(page, id) {
  await showView(page, 'claims');
  const c = card(page, id);
  const toggle = c.locator('.finding-toggle');
  await toggle.scrollIntoViewIfNeeded();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await c.locator('.finding-form').waitFor();
  return c;
}

/** The stored findings on a report: a stored one by id, an embedded one by key. */
function storedFindings(page, key) {
  return page.evaluate(
    ([k, key]) => {
      const lib = JSON.parse(localStorage.getItem(k) || '{}');
      const e = (lib.entries || []).find((x) => x.id === key);
      return (e ? e.findings : (lib.embedded_findings || {})[key]) ?? null;
    },
    [KEY, key],
  );
}

/** Waits until the stored findings on a report hold `items` findings, each with a note, and (when given) this reviewer. */
async function waitStored(page, key, { items = null, reviewer = null }) {
  await page.waitForFunction(
    ([k, key, items, reviewer]) => {
      const lib = JSON.parse(localStorage.getItem(k) || '{}');
      const e = (lib.entries || []).find((x) => x.id === key);
      const f = (e ? e.findings : (lib.embedded_findings || {})[key]) ?? null;
      if (!f) return false;
      if (items !== null && !(f.items.length === items && f.items.every((i) => i.note))) return false;
      return reviewer === null || f.reviewer === reviewer;
    },
    [KEY, key, items, reviewer],
  );
}

/** The report's key from the address (`#/r/<key>/…`), or the embedded report's. */
async function reportKey(page) {
  const h = await currentReport(page);
  return h.startsWith('#/r/') ? h.slice(4) : null;
}

async function download(page, format) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export-format="${format}"]`).click()]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  describe(`findings on the embedded report, ${width} (${viewport.width}×${viewport.height})`, () => {
    let r;
    before(async () => {
      r = await openReader({ viewport });
    });
    after(async () => {
      await r?.close();
    });

    it('a verdict and a note set on a claim are there after a reload', async () => {
      const { page } = r;
      const c = await openFinding(page, 'c2');
      await c.locator('select[data-field="verdict"]').selectOption('Mostly false');
      await c.locator('textarea[data-field="note"]').fill('The ministry’s own list says otherwise.');
      await c.locator('input[data-field="checked"]').check();
      await c.locator('textarea[data-field="sources"]').fill('https://example.org/list\nnot a link');
      await c.locator('[data-sources-hint]').waitFor();
      assert.match(await c.locator('[data-sources-hint]').innerText(), /not a link/);
      // Stored under the embedded report's key.
      await page.waitForFunction(
        (k) => /ministry/.test(localStorage.getItem(k) || '') && /example\.org\/list/.test(localStorage.getItem(k) || ''),
        KEY,
      );
      const keys = await page.evaluate((k) => Object.keys(JSON.parse(localStorage.getItem(k)).embedded_findings), KEY);
      assert.equal(keys.length, 1);
      const stored = await storedFindings(page, keys[0]);
      assert.equal(stored.items.length, 1);
      assert.equal(stored.items[0].claim, 'c2');
      assert.equal(stored.items[0].verdict, 'Mostly false');
      assert.deepEqual(stored.items[0].sources, ['https://example.org/list']);
      assert.equal(stored.items[0].checked, true);

      await page.reload();
      await waitForApp(page);
      await showView(page, 'claims');
      const again = card(page, 'c2');
      await again.locator('.verdict-chip', { hasText: 'Mostly false' }).waitFor();
      await again.locator('.checked-chip').waitFor();
      assert.match(await again.locator('.finding-summary').innerText(), /ministry’s own list/);
      const form = await openFinding(page, 'c2');
      assert.equal(await form.locator('textarea[data-field="note"]').inputValue(), 'The ministry’s own list says otherwise.');
      assert.equal(await form.locator('select[data-field="verdict"]').inputValue(), 'Mostly false');
    });

    it('undo takes changes back one at a time, by button and by Ctrl+Z, and what is undone stays undone', async () => {
      const { page } = r;
      const c = await openFinding(page, 'c3');
      await c.locator('select[data-field="verdict"]').selectOption('True');
      await c.locator('textarea[data-field="note"]').fill('Confirmed by two witnesses.');
      await c.locator('.finding-summary', { hasText: 'Confirmed' }).waitFor();
      // The note typed in one go is one step.
      await c.locator('[data-undo-finding]').click();
      await page.waitForFunction(() => document.querySelector('article[data-claim-id="c3"] textarea[data-field="note"]')?.value === '');
      assert.equal(await c.locator('select[data-field="verdict"]').inputValue(), 'True');
      // Ctrl+Z outside a field undoes the verdict too.
      await c.locator('.card-num').click();
      await page.keyboard.press('Control+z');
      await card(page, 'c3').locator('.finding-none').waitFor();
      // Redo from the review brings the verdict back.
      await showView(page, 'review');
      await page.locator('[data-redo-review]').click();
      await page.locator('[data-review-claim="c3"] .verdict-chip', { hasText: 'True' }).waitFor();
      await page.locator('[data-undo-review]').click();
      await page.waitForFunction(() => !document.querySelector('[data-review-claim="c3"] .verdict-chip'));
      await page.waitForFunction((k) => !/Confirmed by two/.test(localStorage.getItem(k) || '') && !/"claim":"c3"/.test(localStorage.getItem(k) || ''), KEY);
      await page.reload();
      await waitForApp(page);
      await showView(page, 'claims');
      await card(page, 'c2').locator('.verdict-chip').waitFor();
      assert.equal(await card(page, 'c3').locator('.verdict-chip').count(), 0);
    });

    it('the review lists claims to check first and groups the rest by verdict; axe finds nothing', async () => {
      const { page } = r;
      await showView(page, 'review');
      const groups = await page.locator('.rv-group').evaluateAll((gs) => gs.map((g) => g.dataset.group));
      assert.equal(groups[0], 'To check');
      assert.ok(groups.includes('Checked · Mostly false'), groups.join(', '));
      // Check-worthy first: the first claims to check carry reasons.
      const first = page.locator('.rv-group[data-group="To check"] .rv-item').first();
      assert.ok((await first.locator('.chip.reason').count()) > 0, 'the first claim to check gives no reason');
      assert.match(await page.locator('[data-review-counts]').innerText(), /1 with a verdict · 1 checked/);
      await page.locator('.rv-box summary', { hasText: 'Export and import' }).click();
      await page.locator('.rv-box summary', { hasText: 'Rating scale' }).click();
      // From the review's top: opening the boxes may leave the page scrolled
      // with a button half under the sticky tabs, which axe counts as too small.
      await page.evaluate(() => {
        scrollTo(0, 0);
        document.querySelector('.panel').scrollTop = 0;
      });
      await expectNoViolations(page, `review, ${width}`);
      if (width === 'phone') assert.deepEqual(await smallTargets(page), [], 'small touch targets in the review');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoViolations(page, `review, ${width}, dark`);
      await page.emulateMedia({ colorScheme: 'light' });
      // A claim in the review opens its card.
      await page.locator('[data-review-claim="c2"] [data-claim-link]').click();
      await page.locator('article[data-claim-id="c2"][aria-current="true"]').waitFor();
      await openFinding(page, 'c2');
      // The open form, scanned with the list at its top: a card scrolled
      // half under the sticky tabs has buttons axe counts as obscured, in
      // any view of the reader.
      await page.evaluate(() => {
        document.querySelector('.panel').scrollTop = 0;
        window.scrollTo(0, 0);
      });
      await openFinding(page, 'c1');
      await expectNoViolations(page, `finding form, ${width}`);
      if (width === 'phone') assert.deepEqual(await smallTargets(page), [], 'small touch targets in the finding form');
    });

    it('prints the memo: title, each claim with its verdict, note and sources, and nothing else', async () => {
      const { page } = r;
      await showView(page, 'review');
      await page.emulateMedia({ media: 'print' });
      try {
        const memo = page.locator('[data-memo]');
        await memo.waitFor({ state: 'visible' });
        const text = await memo.innerText();
        assert.match(text, /^Review memo: /);
        assert.match(text, /Verdict: Mostly false/);
        assert.match(text, /Note: The ministry’s own list says otherwise\./);
        assert.match(text, /Source: https:\/\/example\.org\/list/);
        assert.equal(await page.locator('main.text-pane').isVisible(), false, 'the report text prints with the memo');
        assert.equal(await page.locator('.rv-actions').isVisible(), false);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      assert.equal(await page.locator('[data-memo]').isVisible(), false, 'the memo shows on screen');
      assertNoProblems(r.problems);
    });
  });
}

describe('exports and annotations onto an edited text', () => {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    it(`every format downloads, and annotations open onto an edited copy (${width})`, async () => {
      const r = await openReader({ viewport });
      const { page } = r;
      try {
        await pasteText(page, REPORT);
        await waitOpened(page);
        const key = await reportKey(page);
        assert.match(key, /^local-\d+/);
        const homes = await page.locator('article[data-claim-id]', { hasText: '120 homes' }).getAttribute('data-claim-id');
        // By its own words: the weather office's denial shows them too.
        const late = await page.locator('article[data-claim-id][aria-label*="warnings came too late"]').getAttribute('data-claim-id');
        let c = await openFinding(page, homes);
        await c.locator('select[data-field="verdict"]').selectOption('Mostly true');
        await c.locator('textarea[data-field="note"]').fill('=Council records say 118.');
        c = await openFinding(page, late);
        await c.locator('select[data-field="verdict"]').selectOption('False');
        await c.locator('textarea[data-field="note"]').fill('Warnings went out on Friday.');
        await c.locator('textarea[data-field="sources"]').fill('https://example.org/warning');
        await waitStored(page, key, { items: 2 });
        await showView(page, 'review');
        await page.locator('.rv-box summary', { hasText: 'Rating scale' }).click();
        await page.locator('[data-about-form] input[name="reviewer"]').fill('River Desk');
        await page.locator('[data-about-form] button[type="submit"]').click();
        await waitStored(page, key, { reviewer: 'River Desk' });
        await page.locator('.rv-box summary', { hasText: 'Export and import' }).click();

        const csv = await download(page, 'csv');
        assert.equal(csv.name, 'floods-close-river-towns.claims.csv');
        const lines = csv.text.trim().split('\r\n');
        assert.equal(lines[0], 'id,kind,claimant,role,cue,strength,content,figures,dates,start,end,disputes,disputed_by,no_evidence,verdict,checked,note,sources');
        assert.equal(lines.length - 1, await page.locator('.rv-item').count());
        assert.ok(lines.some((l) => l.includes(",'=Council records say 118.,")), 'the formula-like note was not escaped');

        const anno = await download(page, 'annotation');
        assert.equal(anno.name, 'floods-close-river-towns.annotations.jsonld');
        const page1 = JSON.parse(anno.text);
        assert.equal(page1.type, 'AnnotationPage');
        const expanded = await expandStrict(page1);
        const types = typesOf(expanded);
        for (const t of ['Annotation', 'TextQuoteSelector', 'TextPositionSelector', 'TextualBody']) assert.ok(types.includes(OA + t), `no ${t} after expansion`);
        assert.ok(valuesOf(expanded, OA + 'hasPurpose').some((p) => p['@id'] === OA + 'assessing'));

        const schema = await download(page, 'schema');
        assert.equal(schema.name, 'floods-close-river-towns.claimreview.jsonld');
        const sx = await expandStrict(JSON.parse(schema.text));
        const reviews = sx.filter((n) => (n['@type'] || []).includes(SDO + 'ClaimReview'));
        assert.equal(reviews.length, 2);
        for (const rv of reviews) {
          for (const p of ['claimReviewed', 'reviewRating', 'itemReviewed', 'author', 'datePublished', 'url']) assert.ok(rv[SDO + p], `ClaimReview without ${p}`);
          assert.ok(rv[SDO + 'reviewRating'][0][SDO + 'alternateName']);
          assert.equal(rv[SDO + 'author'][0][SDO + 'name'][0]['@value'], 'River Desk');
        }
        assert.ok(asked.every((u) => /anno\.jsonld|schema\.org/.test(u)));

        const memo = await download(page, 'memo');
        assert.equal(memo.name, 'floods-close-river-towns.memo.md');
        assert.match(memo.text, /^# Review memo: Floods close river towns/);
        assert.match(memo.text, /- Verdict: \*\*False\*\*/);
        assert.match(memo.text, /- Source: <https:\/\/example\.org\/warning>/);

        const json = await download(page, 'json');
        assert.equal(JSON.parse(json.text).format, 'claim-reader.report/1');

        // The edited copy: open it, then bring the annotations onto it.
        const from = await currentReport(page);
        await pasteText(page, EDITED);
        await waitOpened(page, { from });
        await dismiss(page);
        await showView(page, 'review');
        await page.locator('.rv-box summary', { hasText: 'Export and import' }).click();
        await page.locator('[data-annotations-input]').setInputFiles({ name: 'floods.annotations.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(anno.text) });
        const notice = await waitNotice(page, 'info');
        assert.match(notice, /Imported 2 findings: 1 placed on claims, 1 not on a claim/);
        const orphan = page.locator('[data-orphans] [data-orphan]');
        await orphan.waitFor();
        assert.match(await orphan.innerText(), /Warnings went out on Friday\./);
        assert.match(await orphan.innerText(), /no longer in the text/);
        const changed = await page.locator('.rv-item', { hasText: '125 homes' }).first();
        assert.match(await changed.innerText(), /Mostly true/);
        await expectNoViolations(page, `review with an orphan, ${width}`);
        // The import is one step of undo.
        await page.locator('[data-undo-review]').click();
        await page.waitForFunction(() => !document.querySelector('[data-orphans]'));
        assertNoProblems(r.problems);
      } finally {
        await r.close();
      }
    });
  }

  it('an annotation file opened as a report says what to do with it', async () => {
    const r = await openReader();
    try {
      const { openFile } = await import('./lib/open.mjs');
      await openFile(r.page, 'notes.jsonld', 'application/ld+json', JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [] }));
      const text = await waitNotice(r.page, 'error');
      assert.match(text, /holds annotations, not a report: open the report they belong to, then choose Review, then Import annotations/);
      // And a file that holds no annotations, given to Import annotations, is refused with the findings unchanged.
      await dismiss(r.page);
      const before = await r.page.evaluate((k) => localStorage.getItem(k), KEY);
      await showView(r.page, 'review');
      await r.page.locator('.rv-box summary', { hasText: 'Export and import' }).click();
      await r.page.locator('[data-annotations-input]').setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "claim-reader.report/1", "text": "x"}') });
      assert.match(await waitNotice(r.page, 'error'), /This file holds no W3C Web Annotations/);
      assert.equal(await r.page.evaluate((k) => localStorage.getItem(k), KEY), before);
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });
});
