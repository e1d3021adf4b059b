// A reader a journalist can trust and pass on, at a phone (390×844), a phone
// held sideways (844×390), a desktop (1280×800), and both at 200 % zoom (the
// same screens with half as many CSS pixels each way): disputes as figure
// against figure, numbers as written, citations and share links that carry
// the source address, title and date to a fresh browser, no verb the article
// did not use, the headline as the title, search and tabs in view while the
// cards scroll, the keyboard help, focus that follows a dispute link, claims
// to check marked and filtered, the reading controls and the key, the sheet,
// the title bar on short screens. The report is opened as a saved web page,
// as a journalist's would be.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader, assertNoProblems, baseUrl, VIEWPORTS, until, scrollSettled } from './lib/browser.mjs';
import { openFile, waitOpened, showReports } from './lib/open.mjs';

const CARDS = 'article[data-claim-id]';
const SELECTED_CARD = `${CARDS}[aria-current="true"]`;

const TITLE = 'Harbour fire leaves dozens homeless as costs mount';
const SOURCE = 'https://news.example.org/harbour-fire';
const DATE = '2025-03-14';
const PARAGRAPHS = [
  'The harbour master said on Monday that the fire had caused $5 million in damage and that hundreds of people were wounded. "We will rebuild the quay," she said.',
  'Crews worked through the night to contain the blaze.',
  // A quotation that goes on from her words after the report's own
  // paragraph, with no verb of its own: a claim of its own, "continues".
  '"Every berth will be open by spring."',
  'Port police said 14 people died in the blaze. The Coastal Relief Network said at least 40 people died, and that the police figure left out the crews of three trawlers.',
  'Several said the fire alarms had been silent for weeks.',
  'Dock workers insist that the number of people killed is higher, and blamed the port authority for blocked exits.',
  'The port authority has not produced evidence that the exits were open.',
];
const PAGE = `<!doctype html><html><head><title>Harbour News | ${TITLE}</title>
<link rel="canonical" href="${SOURCE}">
<meta property="article:published_time" content="${DATE}"></head>
<body><article><h1>${TITLE}</h1>
${PARAGRAPHS.map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('\n')}
</article></body></html>`;

const VIEWS = {
  'a phone (390×844)': { viewport: VIEWPORTS.phone },
  'a phone held sideways (844×390)': { viewport: { width: 844, height: 390 } },
  'a desktop (1280×800)': { viewport: VIEWPORTS.desktop },
  'a phone at 200 % zoom': { viewport: { width: 195, height: 422 }, deviceScaleFactor: 2 },
  'a desktop at 200 % zoom': { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
};

/** Whether the element (its first line, for text that wraps) is on screen and not covered at its centre. */
function inView(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    if (r.height === 0 || r.top < 0 || r.bottom > innerHeight + 0.5 || r.left < 0 || r.right > innerWidth + 0.5) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (el === hit || el.contains(hit));
  }, selector);
}

async function expectInView(page, selector, what) {
  await until(
    page,
    (sel) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
    },
    selector,
    what ?? `${selector} on screen`,
  );
}

/** The id of the card whose claimant is `name`, the first if several. */
function cardOf(page, name) {
  return page
    .locator(CARDS)
    .evaluateAll((cards, name) => cards.find((c) => c.querySelector('.who .name')?.textContent === name)?.dataset.claimId, name);
}

/** The id of the first card whose text holds `words`. */
function cardWith(page, words) {
  return page.locator(CARDS).evaluateAll((cards, words) => cards.find((c) => c.textContent.includes(words))?.dataset.claimId, words);
}

const isNarrow = (page) => page.evaluate(() => !matchMedia('(min-width: 52.01rem)').matches);

/** Taps a claim's highlight in the text, where it shows uncovered. */
async function tapHighlight(page, id) {
  await page.locator(`.source-text mark.hl-content[data-claim-id="${id}"]`).first().evaluate((m) => m.scrollIntoView({ block: 'center' }));
  await scrollSettled(page);
  const point = await page.evaluate((id) => {
    for (const m of document.querySelectorAll(`.source-text mark[data-claim-id="${id}"]`)) {
      for (const r of m.getClientRects()) {
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (document.elementFromPoint(x, y)?.closest('mark[data-claim-id]')?.dataset.claimId === id) return { x, y };
      }
    }
    return null;
  }, id);
  assert.ok(point, `no uncovered highlight of ${id}`);
  await page.mouse.click(point.x, point.y);
}

/** Selects a claim as a reader would: its highlight on a narrow screen (the sheet), its card on a wide one. */
async function selectClaim(page, id) {
  if (await isNarrow(page)) {
    if ((await page.locator('[data-pane="text"][aria-pressed="true"]').count()) === 0) {
      await page.locator('[data-pane="text"]').click();
    }
    await tapHighlight(page, id);
    await page.locator('.sheet-open').waitFor();
  } else {
    await page.locator(`${CARDS}[data-claim-id="${id}"] .card-head`).click({ position: { x: 4, y: 4 } });
  }
  await page.locator(`${SELECTED_CARD}[data-claim-id="${id}"]`).waitFor({ state: 'visible' });
}

/** The card list on show, with every filter cleared. */
async function showCards(page) {
  await page.keyboard.press('Escape');
  if (await isNarrow(page)) await page.locator('[data-pane="panel"]').click();
  await page.locator('[data-view="claims"]').click();
  const clear = page.locator('.shown button');
  if (await clear.count()) await clear.click();
  await page.locator(CARDS).first().waitFor();
}

/** Opens the report as a saved web page. */
async function openReport(page) {
  await openFile(page, 'harbour-fire.html', 'text/html', PAGE);
  await waitOpened(page);
  await page.locator('h1').filter({ hasText: TITLE }).waitFor();
  await page.locator(CARDS).first().waitFor();
}

for (const [name, { viewport, deviceScaleFactor }] of Object.entries(VIEWS)) {
  describe(`a reader to trust on ${name}`, () => {
    let r;
    before(async () => {
      r = await openReader({ viewport, deviceScaleFactor });
      await r.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openReport(r.page);
    });
    after(async () => {
      await r?.close();
    });

    it('shows the headline as the title, not as a claim', async () => {
      assert.equal((await r.page.locator('h1').innerText()).trim(), TITLE);
      assert.equal((await r.page.locator('.source-text .headline').innerText()).trim(), TITLE);
      assert.equal(await r.page.locator('.source-text .headline mark').count(), 0, 'the headline is highlighted as a claim');
      const words = await r.page.locator(`${CARDS} .content`).allTextContents();
      assert.ok(words.length >= 6, `only ${words.length} cards`);
      assert.ok(!words.some((w) => w.includes('Harbour fire leaves')), 'a card holds the headline');
    });

    it('shows a dispute as both figures and both sources, on the card, in the overview and in the figures', async () => {
      const police = await cardOf(r.page, 'Port police');
      await selectClaim(r.page, police);
      const card = r.page.locator(SELECTED_CARD);
      const block = card.locator('.dispute[data-dispute="disputed"]');
      // Each side shows on screen (scrolled to, in the sheet on a small screen).
      for (const side of ['.side.own .dfig', '.badge .dfig']) {
        const sel = `${SELECTED_CARD} .dispute[data-dispute="disputed"] ${side}`;
        await r.page.locator(sel).evaluate((e) => e.scrollIntoView({ block: 'center' }));
        await scrollSettled(r.page);
        assert.ok(await inView(r.page, sel), `${side} of the dispute is not on screen`);
      }
      const line = (await block.textContent()).replace(/\s+/g, ' ');
      for (const part of ['14 people', 'Port police', 'at least 40 people', 'Coastal Relief Network']) {
        assert.ok(line.includes(part), `the dispute lacks "${part}": ${line}`);
      }
      assert.match(line, /14 people — Port police.*against.*at least 40 people — Coastal Relief Network/);
      // The disputed figure itself is marked, on the card and in the text.
      assert.deepEqual(await card.locator('.chip.figure.disputed .fig-w').allTextContents(), ['14 people']);
      assert.deepEqual(
        await r.page.locator(`.source-text mark.hl-disputed[data-claim-id="${police}"]`).allTextContents(),
        ['14 people'],
      );
      // The overview leads with the figure.
      await r.page.keyboard.press('Escape');
      if (await isNarrow(r.page)) await r.page.locator('[data-pane="text"]').click();
      const overview = r.page.locator('.overview');
      if (!(await overview.evaluate((d) => d.open))) await overview.locator('summary').click();
      const entries = (await r.page.locator('.overview .ov-dispute').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      assert.ok(
        entries.some((e) => e.startsWith('14 people — Port police') && e.includes('at least 40 people — Coastal Relief Network')),
        `no overview entry leads with the disputed figure: ${JSON.stringify(entries)}`,
      );
      // The Figures view sets them side by side.
      await showCards(r.page);
      await r.page.locator('[data-view="figures"]').click();
      const row = r.page.locator('.figure-row.disputed').filter({ has: r.page.locator('.fr-who', { hasText: /^Port police$/ }) });
      assert.match((await row.textContent()).replace(/\s+/g, ' '), /14 people.*disputed against at least 40 people — Coastal Relief Network/);
      const answer = r.page.locator('.figure-row.answer');
      assert.match((await answer.textContent()).replace(/\s+/g, ' '), /Dock workers.*“higher”.*disputes at least 40 people — Coastal Relief Network/);
      await r.page.locator('[data-view="claims"]').click();
    });

    it('shows "hundreds" and "$5 million" as written, the value only beside them', async () => {
      await showCards(r.page);
      const master = await cardOf(r.page, 'harbour master');
      const chips = r.page.locator(`${CARDS}[data-claim-id="${master}"] .chip.figure`);
      const words = await chips.locator('.fig-w').allTextContents();
      assert.ok(words.includes('$5 million'), `the chips read ${JSON.stringify(words)}`);
      assert.ok(words.includes('hundreds of people'), `the chips read ${JSON.stringify(words)}`);
      const all = (await chips.allTextContents()).join(' | ');
      assert.match(all, /\$5 million.*\$5,000,000/, 'the value keeps its currency');
      assert.doesNotMatch(all, /(^|[^$\d,])5,000,000/, 'a value without its currency');
      const hundreds = await chips.filter({ hasText: 'hundreds of people' }).innerText();
      assert.doesNotMatch(hundreds, /\d/, `"hundreds" became a number: ${hundreds}`);
      // Nowhere does "hundreds" become one number.
      const page = await r.page.evaluate(() => document.body.innerText);
      assert.doesNotMatch(page, /about 100 people/);
    });

    it('uses no verb the article did not use: a follow-on quote continues its speaker', async () => {
      await showCards(r.page);
      const text = PARAGRAPHS.join(' ');
      const cues = await r.page.locator(CARDS).evaluateAll((cards) =>
        cards.map((c) => ({
          id: c.dataset.claimId,
          verb: c.querySelector('.cue-verb')?.textContent ?? '',
          continues: !!c.querySelector('.cue.continues'),
          own: c.classList.contains('unattributed'),
          words: c.querySelector('.content')?.textContent ?? '',
        })),
      );
      for (const c of cues) {
        if (c.continues) assert.equal(c.verb, 'continues');
        else if (!c.own) assert.ok(text.includes(c.verb), `card ${c.id} shows the verb "${c.verb}", which the article does not use`);
      }
      const follow = cues.find((c) => c.words.includes('Every berth will be open by spring'));
      assert.ok(follow?.continues, `the follow-on quote is not a continuation: ${JSON.stringify(follow)}`);
      // Its citation names the speaker with no verb at all.
      await selectClaim(r.page, follow.id);
      await r.page.locator(`${SELECTED_CARD} button.copy`).click();
      await r.page.locator(`${SELECTED_CARD} .copy-status :is(.copied, textarea)`).waitFor();
      const copied = await r.page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /^“Every berth will be open by spring\.?” — harbour master, in “/);
      assert.doesNotMatch(copied, /\b(says|said|continues)\b/);
      await r.page.keyboard.press('Escape');
    });

    it('copies a citation with title, source, date and claimant whose link opens for anyone', async () => {
      const relief = await cardOf(r.page, 'Coastal Relief Network');
      await selectClaim(r.page, relief);
      await r.page.locator(`${SELECTED_CARD} button.copy`).click();
      await r.page.locator(`${SELECTED_CARD} .copy-status :is(.copied, textarea)`).waitFor();
      const copied = await r.page.evaluate(() => navigator.clipboard.readText());
      const [plain, markdown] = copied.split('\n\n');
      for (const part of [TITLE, SOURCE, `published ${DATE}`, 'Coastal Relief Network said', 'at least 40 people died']) {
        assert.ok(plain.includes(part), `the citation lacks "${part}": ${plain}`);
      }
      assert.ok(markdown.includes(`[${TITLE}](${SOURCE})`), `the Markdown does not link the title to the source: ${markdown}`);
      const link = /Claim \d+ in claim-reader: (\S+)$/.exec(plain)?.[1];
      assert.ok(link?.startsWith(`${baseUrl()}#/s/2.`), `the citation's link is not a share link: ${link}`);
      assert.ok(markdown.includes(`(${link})`), 'the Markdown lacks the claim link');
      await r.page.keyboard.press('Escape');
      // A fresh browser, with nothing on it: the claim, the title, the source and the date.
      const b = await openReader({ viewport, deviceScaleFactor, path: link.slice(baseUrl().length) });
      try {
        await b.page.locator(`${SELECTED_CARD}[data-claim-id="${relief}"]`).waitFor({ state: 'attached' });
        assert.equal((await b.page.locator('h1').innerText()).trim(), TITLE);
        assert.equal(await b.page.locator('main a[data-source]').getAttribute('href'), SOURCE);
        assert.match(await b.page.locator('main .source-line').innerText(), new RegExp(`published ${DATE}`));
        assertNoProblems(b.problems);
      } finally {
        await b.close();
      }
    });

    it('makes a share link that keeps the source address, title and date in a fresh browser', async () => {
      await showReports(r.page);
      await r.page.locator('[data-share]').click();
      const link = await r.page.locator('[data-share-link]').inputValue();
      await r.page.locator('[data-back]').click();
      await r.page.locator(CARDS).first().waitFor();
      const b = await openReader({ viewport, deviceScaleFactor, path: link.slice(baseUrl().length) });
      try {
        await b.page.locator('h1').filter({ hasText: TITLE }).waitFor();
        assert.equal(await b.page.locator('main a[data-source]').getAttribute('href'), SOURCE);
        assert.equal(await b.page.locator('main a[data-source]').getAttribute('rel'), 'noopener noreferrer');
        assert.match(await b.page.locator('main .source-line').innerText(), new RegExp(`published ${DATE}`));
        await showReports(b.page);
        assert.equal(await b.page.locator('[data-details] input[name="source_url"]').inputValue(), SOURCE);
        assert.equal(await b.page.locator('[data-details] input[name="published"]').inputValue(), DATE);
        assertNoProblems(b.problems);
      } finally {
        await b.close();
      }
    });

    it('fits the four view tabs in the panel, and opening the last never shifts the panel sideways', async () => {
      await showCards(r.page);
      const fit = () =>
        r.page.evaluate(() => {
          const tabs = document.querySelector('.view-tabs');
          const box = tabs.getBoundingClientRect();
          return [...tabs.querySelectorAll('.tab')].every((t) => {
            const b = t.getBoundingClientRect();
            return b.left >= box.left - 1 && b.right <= box.right + 1;
          });
        });
      assert.ok(await fit(), 'a view tab is cut off');
      await r.page.locator('.view-tabs [data-view="review"]').click();
      assert.equal(await r.page.locator('.panel').evaluate((p) => p.scrollLeft), 0, 'the panel scrolled sideways');
      assert.ok(await fit(), 'a view tab is cut off after opening Review');
      await r.page.locator('.view-tabs [data-view="claims"]').click();
    });

    it('keeps the search and the view tabs in view while the cards scroll', async () => {
      await showCards(r.page);
      const first = await r.page.locator(CARDS).first().getAttribute('data-claim-id');
      if (await isNarrow(r.page)) {
        await r.page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      } else {
        await r.page.locator('.panel').evaluate((p) => p.scrollTo(0, p.scrollHeight));
      }
      await scrollSettled(r.page);
      const scrolled = await r.page.evaluate(() => Math.max(scrollY, document.querySelector('.panel').scrollTop));
      assert.ok(scrolled > 100, `the cards did not scroll (${scrolled})`);
      assert.ok(!(await inView(r.page, `${CARDS}[data-claim-id="${first}"] .card-head`)), 'the first card is still in view: nothing scrolled under');
      assert.ok(await inView(r.page, '.view-tabs [aria-pressed="true"]'), 'the view tabs scrolled away');
      assert.ok(await inView(r.page, '.search-box input[type="search"]'), 'the search scrolled away');
      // And they still work from there.
      await r.page.locator('.search-box input[type="search"]').fill('trawlers');
      await until(r.page, (card) => document.querySelectorAll(card).length === 1, CARDS, 'the search to narrow the cards');
      await r.page.locator('.shown button').click();
    });

    it('? opens the keyboard help, and Esc closes it without clearing the selection', async () => {
      const police = await cardOf(r.page, 'Port police');
      await selectClaim(r.page, police);
      await r.page.locator('body').press('?');
      const dialog = r.page.locator('dialog[data-help-dialog]');
      await dialog.waitFor({ state: 'visible' });
      assert.ok(await dialog.evaluate((d) => d.open && d.matches(':modal')));
      assert.match(await dialog.innerText(), /next claim/);
      await r.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await r.page.locator(SELECTED_CARD).getAttribute('data-claim-id'), police, 'Esc in the help cleared the selection');
      await r.page.keyboard.press('Escape');
    });

    it('moves the focus to the card a "disputed" link leads to', async () => {
      const police = await cardOf(r.page, 'Port police');
      const relief = await cardOf(r.page, 'Coastal Relief Network');
      await selectClaim(r.page, police);
      const link = r.page.locator(`${SELECTED_CARD} .dispute [data-claim-link="${relief}"]`);
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await r.page.locator(`${SELECTED_CARD}[data-claim-id="${relief}"]`).waitFor();
      await until(r.page, (id) => document.activeElement?.dataset?.claimId === id, relief, 'the focus to follow the link');
      await expectInView(r.page, `${CARDS}[data-claim-id="${relief}"]`, 'the target card on screen');
      await r.page.keyboard.press('Escape');
    });

    it('names no one for a claim the text attributes to no one', async () => {
      await showCards(r.page);
      const several = await cardOf(r.page, 'Unnamed source');
      assert.ok(several, 'no card for the unnamed "several"');
      const card = r.page.locator(`${CARDS}[data-claim-id="${several}"]`);
      assert.equal((await card.locator('.who .role').innerText()).trim(), '“Several”');
      const who = r.page.locator('select[data-filter="who"] option[value="unnamed"]');
      assert.match(await who.textContent(), /^Unnamed sources \(1\)$/);
    });

    it('marks a claim to check, and filters and sorts by it', async () => {
      await showCards(r.page);
      // The follow-on quote has no verb of its own: the reader is less sure who said it.
      const residents = await cardWith(r.page, 'Every berth');
      assert.ok(residents, 'no card for the follow-on quote');
      const card = r.page.locator(`${CARDS}[data-claim-id="${residents}"]`);
      assert.equal((await card.locator('.unsure').innerText()).trim(), 'Check who said this');
      const police = await cardOf(r.page, 'Port police');
      assert.equal(await r.page.locator(`${CARDS}[data-claim-id="${police}"] .unsure`).count(), 0);
      const select = r.page.locator('select[data-filter="confidence"]');
      const option = await select.locator('option[value="check"]').textContent();
      const n = Number(/\((\d+)\)$/.exec(option)[1]);
      await select.selectOption('check');
      await until(r.page, ({ card, n }) => document.querySelectorAll(card).length === n, { card: CARDS, n }, `${n} cards to check`);
      const marked = await r.page.locator(CARDS).evaluateAll((cs) => cs.every((c) => c.querySelector('.unsure')));
      assert.ok(marked, 'the filter shows a card not marked to check');
      assert.ok(await r.page.locator(`${CARDS}[data-claim-id="${residents}"]`).count());
      await select.selectOption('');
      await r.page.locator('select[data-sort]').selectOption('unsure');
      await until(r.page, (card) => !!document.querySelector(card)?.querySelector('.unsure'), CARDS, 'a card to check first');
      await r.page.locator('select[data-sort]').selectOption('text');
    });

    it('has reading controls and a key that open by tap, remembered across a reload', async () => {
      await r.page.keyboard.press('Escape');
      if (await isNarrow(r.page)) await r.page.locator('[data-pane="text"]').click();
      await r.page.evaluate(() => {
        scrollTo(0, 0);
        document.querySelector('.text-pane').scrollTop = 0;
      });
      const key = r.page.locator('.tool.key');
      await key.locator('summary').click();
      await key.locator('.tool-body').waitFor({ state: 'visible' });
      assert.match(await key.innerText(), /assertive/);
      assert.match(await key.innerText(), /doubting/);
      await key.locator('summary').click();
      const display = r.page.locator('.tool.display');
      await display.locator('summary').click();
      const size = () => r.page.locator('.source-text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      const before = await size();
      await display.locator('[data-size="larger"]').click();
      await until(r.page, (b) => parseFloat(getComputedStyle(document.querySelector('.source-text')).fontSize) > b, before, 'larger text');
      await display.locator('[data-highlights="off"]').click();
      const shaded = () =>
        r.page.evaluate(
          () => [...document.querySelectorAll('.source-text mark.hl-content')].filter((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)').length,
        );
      await until(r.page, () => document.querySelector('.app.hl-off'), null, 'highlights off');
      assert.equal(await shaded(), 0, 'highlights still shaded with highlights off');
      // The choices outlive a reload.
      await r.page.reload();
      await r.page.locator('html.hydrated').waitFor({ state: 'attached' });
      await r.page.locator('.app.hl-off').waitFor({ state: 'attached' });
      assert.ok((await size()) > before, 'the text size was forgotten');
      await r.page.locator('.tool.display summary').click();
      await r.page.locator('[data-highlights="all"]').click();
      await r.page.locator('[data-size="smaller"]').click();
      await until(r.page, () => document.querySelector('.app.hl-all.text-normal'), null, 'the defaults again');
      assert.ok((await shaded()) > 0);
      await r.page.locator('.tool.display summary').click();
    });

    it('shows a first-visit hint once, until dismissed', async () => {
      const hint = r.page.locator('[data-first-hint]');
      await hint.waitFor({ state: 'visible' });
      await hint.locator('[data-hint-dismiss]').click();
      await hint.waitFor({ state: 'detached' });
      await r.page.reload();
      await r.page.locator('html.hydrated').waitFor({ state: 'attached' });
      await r.page.locator(CARDS).first().waitFor();
      assert.equal(await hint.count(), 0, 'the dismissed hint came back');
    });

    it('shows the whole title on a tap where it is cut short', async () => {
      const toggle = r.page.locator('.title-toggle');
      const cut = () => toggle.evaluate((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1);
      if (!(await cut())) return; // the whole title already shows at this width
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.ok(!(await cut()), 'the title is still cut short');
      await toggle.click();
    });

    it('has no console errors, page errors or failed requests', () => {
      assertNoProblems(r.problems);
    });
  });
}

describe('the claim sheet on a phone', () => {
  for (const [name, viewport, deviceScaleFactor] of [
    ['390×844', VIEWPORTS.phone, 1],
    ['at 200 % zoom', { width: 195, height: 422 }, 2],
  ]) {
    it(`drags to full height and back, and leaves the text readable (${name})`, async () => {
      const r = await openReader({ viewport, deviceScaleFactor });
      try {
        await openReport(r.page);
        const police = await cardOf(r.page, 'Port police');
        await selectClaim(r.page, police);
        await scrollSettled(r.page);
        // At half height the text shows between the title bar and the sheet, the claim in it.
        const band = await r.page.evaluate((id) => {
          const sheet = document.querySelector('.sheet-open .panel').getBoundingClientRect();
          const top = Math.max(0, document.querySelector('.topbar').getBoundingClientRect().bottom);
          const mark = document.querySelector(`.source-text mark.hl-content[data-claim-id="${id}"]`).getBoundingClientRect();
          const line = parseFloat(getComputedStyle(document.querySelector('.source-text')).lineHeight);
          return { top, bottom: sheet.top, mark: mark.top, line, height: innerHeight };
        }, police);
        assert.ok(band.bottom - band.top >= 4 * band.line, `less than four lines of text show: ${JSON.stringify(band)}`);
        assert.ok(band.mark >= band.top && band.mark + band.line <= band.bottom + 1, `the claim is not in view: ${JSON.stringify(band)}`);
        // Drag the handle up: full height.
        const grip = await r.page.locator('[data-sheet="grip"]').boundingBox();
        const x = grip.x + grip.width / 2;
        const y = grip.y + grip.height / 2;
        await r.page.mouse.move(x, y);
        await r.page.mouse.down();
        await r.page.mouse.move(x, y - viewport.height * 0.2, { steps: 5 });
        await r.page.mouse.move(x, Math.max(2, y - viewport.height * 0.45), { steps: 5 });
        await r.page.mouse.up();
        await r.page.locator('.sheet-full').waitFor({ state: 'attached' });
        await until(
          r.page,
          () => document.querySelector('.sheet-open .panel').getBoundingClientRect().height > innerHeight * 0.7,
          null,
          'the sheet at full height',
        );
        assert.equal(await r.page.locator('[data-sheet="grip"]').getAttribute('aria-expanded'), 'true');
        // The drag and the sticky offsets set no style attribute anywhere.
        assert.deepEqual(await r.page.locator('[style]').evaluateAll((els) => els.map((e) => e.tagName)), []);
        // A tap brings it back to half.
        await r.page.locator('[data-sheet="grip"]').click();
        await until(r.page, () => !document.querySelector('.sheet-full'), null, 'the sheet at half height');
        assert.ok(
          (await r.page.locator('.sheet-open .panel').boundingBox()).height <= viewport.height * 0.55,
          'the sheet covers more than half the screen',
        );
        assertNoProblems(r.problems);
      } finally {
        await r.close();
      }
    });
  }

  it("offers the phone's own share sheet where the browser has one", async () => {
    const r = await openReader({
      viewport: VIEWPORTS.phone,
      prepare: (context) =>
        context.addInitScript(() => {
          navigator.share = async (data) => {
            window.__shared = data;
          };
        }),
    });
    try {
      await openReport(r.page);
      const relief = await cardOf(r.page, 'Coastal Relief Network');
      await selectClaim(r.page, relief);
      const share = r.page.locator(`${SELECTED_CARD} button.share`);
      await share.waitFor({ state: 'visible' });
      await share.click();
      const shared = await until(r.page, () => window.__shared, null, 'navigator.share to be called');
      assert.equal(shared.title, TITLE);
      assert.equal(shared.url, SOURCE);
      assert.ok(shared.text.includes('Coastal Relief Network said') && shared.text.includes(`published ${DATE}`), shared.text);
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });

  it('has no share button where the browser has no share sheet', async () => {
    const r = await openReader({ viewport: VIEWPORTS.phone });
    try {
      const id = await r.page.locator(CARDS).nth(1).getAttribute('data-claim-id');
      await selectClaim(r.page, id);
      assert.equal(await r.page.locator(`${SELECTED_CARD} button.share`).isVisible(), false);
    } finally {
      await r.close();
    }
  });
});

describe('the title bar held sideways (844×390)', () => {
  it('is compact: one row, at most a seventh of the height', async () => {
    const r = await openReader({ viewport: { width: 844, height: 390 } });
    try {
      const h = await r.page.locator('.topbar').evaluate((b) => b.getBoundingClientRect().height);
      assert.ok(h <= 390 / 7, `the title bar is ${h} px high`);
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });
});
