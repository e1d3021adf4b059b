// Accessibility: an axe-core scan (WCAG 2.0, 2.1 and 2.2, levels A and AA)
// of every main view of the reader, in the light and the dark theme, on a
// desktop and on a phone. Each state is reached as a user would reach it.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openReader, assertNoProblems, VIEWPORTS, scrollSettled } from './lib/browser.mjs';
import { pasteText, waitOpened } from './lib/open.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const CARDS = 'article[data-claim-id]';
const SELECTED_CARD = 'article[data-claim-id][aria-current="true"]';

/** Fails listing every violation (rule, impact, elements and why), once nothing scrolls. */
async function expectNoViolations(page, what) {
  await scrollSettled(page);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  );
  assert.deepEqual(found, [], `${what}: accessibility violations:\n${found.join('\n')}`);
}

/** The reports screen with a share link made and an error message showing. */
async function openReportsScreen(page) {
  await page.locator('[data-open="reports"]').click();
  await page.locator('.reports').waitFor();
  await page.locator('[data-share]').click();
  await page.locator('[data-share-link]').waitFor();
  await page.locator('#paste-text').fill(' ');
  await page.locator('[data-paste]').click();
  await page.locator('[data-notice="error"]').waitFor();
}

async function cardIds(page) {
  return page.locator(CARDS).evaluateAll((els) => els.map((e) => e.dataset.claimId));
}

async function waitSelected(page, id) {
  await page.waitForFunction(
    ({ sel, id }) => document.querySelector(sel)?.dataset.claimId === id,
    { sel: SELECTED_CARD, id },
  );
}

/** Waits until the theme's background is on the page. */
async function useScheme(page, colorScheme) {
  await page.emulateMedia({ colorScheme });
  const dark = colorScheme === 'dark';
  await page.waitForFunction((dark) => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
    return dark === r + g + b < 3 * 128;
  }, dark);
}

// A report of our own with a headline, a dispute of figures, a figure
// answered in words, a follow-on quote, money, a vague count and a claim to
// check.
const REPORT = [
  'Mine flood traps crews as pumps fail',
  'The mine operator said on Friday that 9 workers died and that repairs would cost $2 million. "We are pumping day and night," a spokeswoman said. "The shafts will be dry within a week."',
  'The rescue service said at least 23 workers died, and that hundreds of families had gathered at the gates.',
  'Several said the pumps had failed twice before.',
  "The miners' union insists that the number of people killed is higher.",
].join('\n\n');

/** The reading tools, the keyboard help and the claim views of REPORT, scanned at `viewport`. */
async function scanTrustViews(r, what) {
  const from = await r.page.evaluate(() => location.hash.split('/').slice(0, 3).join('/'));
  await pasteText(r.page, REPORT);
  await waitOpened(r.page, { from });
  await r.page.locator(CARDS).first().waitFor();
  await expectNoViolations(r.page, `${what}: a report with disputes and claims to check`);
  const narrow = await r.page.evaluate(() => !matchMedia('(min-width: 52.01rem)').matches);
  for (const tool of ['key', 'display']) {
    await r.page.locator(`.tool.${tool} summary`).click();
    await r.page.locator(`.tool.${tool} .tool-body`).waitFor({ state: 'visible' });
    await expectNoViolations(r.page, `${what}: the ${tool} open`);
    await r.page.locator(`.tool.${tool} summary`).click();
  }
  await r.page.locator('[data-help]').click();
  await r.page.locator('dialog[data-help-dialog]').waitFor({ state: 'visible' });
  await expectNoViolations(r.page, `${what}: the keyboard help`);
  await r.page.keyboard.press('Escape');
  await r.page.locator('dialog[data-help-dialog]').waitFor({ state: 'hidden' });
  // The disputed claim selected (in the sheet, on a phone, at full height).
  const mark = r.page.locator('.source-text mark.hl-disputed').first();
  const id = await mark.getAttribute('data-claim-id');
  if (narrow) {
    await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
    await mark.click();
    await r.page.locator('.sheet-open').waitFor();
    await r.page.locator('[data-sheet="grip"]').click();
    await r.page.locator('.sheet-full').waitFor();
  } else {
    await r.page.locator(`${CARDS}[data-claim-id="${id}"] .card-head`).click({ position: { x: 4, y: 4 } });
  }
  await waitSelected(r.page, id);
  await expectNoViolations(r.page, `${what}: a disputed claim selected`);
  await r.page.keyboard.press('Escape');
  if (narrow) await r.page.locator('[data-pane="panel"]').click();
  await r.page.locator('select[data-filter="confidence"]').selectOption('check');
  await r.page.locator('.shown button').waitFor();
  await expectNoViolations(r.page, `${what}: the claims to check`);
  await r.page.locator('.shown button').click();
  await r.page.locator('[data-view="figures"]').click();
  await r.page.locator('.figure-row.disputed').first().waitFor();
  await expectNoViolations(r.page, `${what}: figures with disputes`);
}

// Fourteen named sources: past the twelve hues, the patterns begin.
const SOURCES = [
  ['Ana Ortiz', 'the ferry left late'], ['Ben Haddad', 'the bridge was closed'], ['Carla Mendes', 'the market opened early'],
  ['Dmitri Volkov', 'the school reopened'], ['Elena Ruiz', 'the road was flooded'], ['Farid Nasser', 'the power came back'],
  ['Grace Okafor', 'the port was quiet'], ['Hugo Lambert', 'the trains were full'], ['Ines Duarte', 'the clinic had no staff'],
  ['Jonas Berg', 'the water was safe'], ['Kemal Aydin', 'the fire was out'], ['Lena Fischer', 'the shops were shut'],
  ['Marco Silva', 'the buses were late'], ['Nadia Haddou', 'the park was open'],
];
const MANY = ['Town council meeting ends in uproar', ...SOURCES.map(([who, what]) => `${who}, a local resident, said ${what} on Tuesday.`)].join('\n\n');

for (const colorScheme of ['light', 'dark']) {
  describe(`fourteen sources in view (1280×2400), ${colorScheme} theme`, () => {
    let r;
    before(async () => {
      r = await openReader({ viewport: { width: 1280, height: 2400 } });
      await useScheme(r.page, colorScheme);
      const from = await r.page.evaluate(() => location.hash.split('/').slice(0, 3).join('/'));
      await pasteText(r.page, MANY);
      await waitOpened(r.page, { from });
      await r.page.locator(CARDS).nth(13).waitFor();
    });
    after(async () => {
      await r?.close();
    });

    it('tells every source apart by colour, pattern or initials, and every colour passes contrast', async () => {
      const looks = await r.page.locator(CARDS).evaluateAll((cards) =>
        cards.map((c) => [[...c.classList].filter((k) => /^(tint|pat)-/.test(k)).sort().join(' '), c.querySelector('.initials')?.textContent]),
      );
      assert.equal(looks.length, SOURCES.length);
      assert.equal(new Set(looks.map((l) => l[0])).size, SOURCES.length, `two sources share a colour and pattern: ${JSON.stringify(looks)}`);
      assert.equal(new Set(looks.map((l) => l[1])).size, SOURCES.length, `two sources share initials: ${JSON.stringify(looks)}`);
      await expectNoViolations(r.page, 'fourteen sources');
      const last = await r.page.locator(CARDS).last().getAttribute('data-claim-id');
      await r.page.locator(`${CARDS}[data-claim-id="${last}"] .card-head`).click({ position: { x: 4, y: 4 } });
      await waitSelected(r.page, last);
      await expectNoViolations(r.page, 'fourteen sources, the last selected');
    });
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    describe(`accessibility of disputes, the reading tools and the help on a ${name}, ${colorScheme} theme`, () => {
      let r;
      before(async () => {
        r = await openReader({ viewport });
        await useScheme(r.page, colorScheme);
      });
      after(async () => {
        await r?.close();
      });

      it('has no violations in any of them', async () => {
        await scanTrustViews(r, `${name}, ${colorScheme}`);
      });

      it('has no console errors, page errors or failed requests', () => {
        assertNoProblems(r.problems);
      });
    });
  }

  describe(`accessibility on a desktop (1280×800), ${colorScheme} theme`, () => {
    let r;
    before(async () => {
      r = await openReader({ viewport: VIEWPORTS.desktop });
      await useScheme(r.page, colorScheme);
    });
    after(async () => {
      await r?.close();
    });

    it('the default view has no violations', async () => {
      await expectNoViolations(r.page, 'default view');
    });

    it('a selected claim has no violations', async () => {
      const [, second] = await cardIds(r.page);
      await r.page.locator(`article[data-claim-id="${second}"] .card-head`).click({ position: { x: 4, y: 4 } });
      await waitSelected(r.page, second);
      await expectNoViolations(r.page, 'selected claim');
    });

    it('the People view has no violations', async () => {
      await r.page.locator('[data-view="people"]').click();
      await r.page.locator('.people, .panel .empty').first().waitFor();
      await expectNoViolations(r.page, 'People view');
    });

    it('the Figures view has no violations', async () => {
      await r.page.locator('[data-view="figures"]').click();
      await r.page.locator('.figure-groups, .panel .empty').first().waitFor();
      await expectNoViolations(r.page, 'Figures view');
    });

    it('the search and filters in use have no violations', async () => {
      await r.page.locator('[data-view="claims"]').click();
      await r.page.keyboard.press('Escape');
      const ids = await cardIds(r.page);
      // A word from a card keeps at least that card; a kind filter narrows more.
      const words = await r.page.locator(`article[data-claim-id="${ids[0]}"] .content`).innerText();
      const word = words.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).find((w) => w.length >= 5) ?? '';
      await r.page.locator('.search-box input[type="search"]').fill(word);
      await r.page.locator('.shown button').waitFor();
      await r.page.locator('.filters .toggle input').uncheck().catch(() => {});
      await expectNoViolations(r.page, 'search in use');
      await r.page.locator('.shown button').click();
      const kinds = r.page.locator('.filters select').nth(1);
      const last = await kinds.locator('option').last().getAttribute('value');
      await kinds.selectOption(last);
      await r.page.locator('.shown button').waitFor();
      await expectNoViolations(r.page, 'kind filter in use');
      await r.page.locator('.shown button').click();
    });

    it('a keyboard preview of a highlight has no violations', async () => {
      await r.page.locator('mark[tabindex="0"]').first().focus();
      await r.page.locator('mark[data-preview]').first().waitFor();
      await expectNoViolations(r.page, 'focused highlight');
    });

    it('the reports screen (open, this report, the library) has no violations', async () => {
      await openReportsScreen(r.page);
      await expectNoViolations(r.page, 'reports screen');
      await r.page.locator('[data-back]').click();
      await r.page.locator(CARDS).first().waitFor();
    });

    it('has no console errors, page errors or failed requests', () => {
      assertNoProblems(r.problems);
    });
  });

  // axe checks the contrast of text in view only: a window tall enough to
  // show the whole report checks every highlight and every card.
  describe(`accessibility of the whole report in view (1280×7000), ${colorScheme} theme`, () => {
    let r;
    before(async () => {
      r = await openReader({ viewport: { width: 1280, height: 7000 } });
      await useScheme(r.page, colorScheme);
    });
    after(async () => {
      await r?.close();
    });

    it('every highlight and card, plain, selected and filtered out, has no violations', async () => {
      const fits = await r.page.evaluate(() => {
        const pane = document.querySelector('.text-pane');
        const panel = document.querySelector('.panel');
        return pane.scrollHeight <= pane.clientHeight && panel.scrollHeight <= panel.clientHeight;
      });
      assert.ok(fits, 'the report does not fit in the tall window, so axe would skip some of it');
      await expectNoViolations(r.page, 'whole report');
      const ids = await cardIds(r.page);
      for (const id of [ids[1], ids[ids.length - 1]]) {
        await r.page.locator(`article[data-claim-id="${id}"] .card-head`).click({ position: { x: 4, y: 4 } });
        await waitSelected(r.page, id);
        await expectNoViolations(r.page, `whole report with ${id} selected`);
      }
      const kinds = r.page.locator('.filters select').nth(1);
      await kinds.selectOption(await kinds.locator('option').nth(1).getAttribute('value'));
      await r.page.locator('mark.muted').first().waitFor({ state: 'attached' });
      await expectNoViolations(r.page, 'whole report with claims filtered out');
    });
  });

  describe(`accessibility on a phone (390×844), ${colorScheme} theme`, () => {
    let r;
    before(async () => {
      r = await openReader({ viewport: VIEWPORTS.phone });
      await useScheme(r.page, colorScheme);
    });
    after(async () => {
      await r?.close();
    });

    it('the default view has no violations', async () => {
      await expectNoViolations(r.page, 'phone default view');
    });

    it('the claim sheet has no violations', async () => {
      const ids = await cardIds(r.page);
      const mark = r.page.locator(`mark[data-claim-id="${ids[1]}"]`).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      await r.page.locator('.sheet-open').waitFor();
      await r.page.locator(SELECTED_CARD).waitFor({ state: 'visible' });
      await expectNoViolations(r.page, 'claim sheet');
      await r.page.locator('[data-sheet="close"]').click();
      await r.page.waitForFunction(() => !document.querySelector('.sheet-open'));
    });

    it('the card list tab has no violations', async () => {
      await r.page.locator('[data-pane="panel"]').click();
      await r.page.waitForFunction(() => getComputedStyle(document.querySelector('.text-pane')).display === 'none');
      await expectNoViolations(r.page, 'card list tab');
    });

    it('the People view on a phone has no violations', async () => {
      await r.page.locator('[data-view="people"]').click();
      await r.page.locator('.people, .panel .empty').first().waitFor();
      await expectNoViolations(r.page, 'phone People view');
    });

    it('the Figures view on a phone has no violations', async () => {
      await r.page.locator('[data-view="figures"]').click();
      await r.page.locator('.figure-groups, .panel .empty').first().waitFor();
      await expectNoViolations(r.page, 'phone Figures view');
    });

    it('the reports screen on a phone has no violations', async () => {
      await openReportsScreen(r.page);
      await expectNoViolations(r.page, 'phone reports screen');
    });

    it('has no console errors, page errors or failed requests', () => {
      assertNoProblems(r.problems);
    });
  });
}
