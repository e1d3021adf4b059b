// The reader's interactions, through its stable hooks: cards are
// article[data-claim-id], highlights mark[data-claim-id], other links to a
// claim [data-claim-link]; the selected card has aria-current="true" and its
// highlights data-selected. Nothing here depends on how many claims the
// engine finds, only on there being a few.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader, assertNoProblems, VIEWPORTS, until } from './lib/browser.mjs';

const CARDS = 'article[data-claim-id]';
const SELECTED_CARD = 'article[data-claim-id][aria-current="true"]';

/** The id of the selected card, or null. */
function selectedId(page) {
  return page.evaluate((sel) => document.querySelector(sel)?.dataset.claimId ?? null, SELECTED_CARD);
}

/** Waits until exactly `id` is selected, in the cards and in the text. */
async function expectSelected(page, id) {
  await until(
    page,
    ({ id, card }) => {
      const cards = [...document.querySelectorAll(card)];
      const marks = [...document.querySelectorAll('mark[data-selected]')];
      return (
        cards.length === 1 &&
        cards[0].dataset.claimId === id &&
        marks.length > 0 &&
        marks.every((m) => m.dataset.claimId === id) &&
        document.querySelectorAll(`mark[data-claim-id="${id}"]:not([data-selected])`).length === 0
      );
    },
    { id, card: SELECTED_CARD },
    `claim ${id} to be the only selection`,
  );
}

async function expectNothingSelected(page) {
  await until(
    page,
    (card) => !document.querySelector(card) && !document.querySelector('mark[data-selected]'),
    SELECTED_CARD,
    'the selection to clear',
  );
}

/** Waits until the first element matching `selector` is on screen. */
async function expectOnScreen(page, selector) {
  await until(
    page,
    (sel) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
    },
    selector,
    `${selector} to scroll into view`,
  );
}

async function cardIds(page) {
  return page.locator(CARDS).evaluateAll((els) => els.map((e) => e.dataset.claimId));
}

/** Clicks a card on its number, away from its buttons. */
async function clickCard(page, id) {
  await page.locator(`article[data-claim-id="${id}"] .card-head`).click({ position: { x: 4, y: 4 } });
}

async function noHorizontalScroll(page) {
  const { sw, cw } = await page.evaluate(() => ({
    sw: document.documentElement.scrollWidth,
    cw: document.documentElement.clientWidth,
  }));
  assert.ok(sw <= cw, `the page scrolls sideways: ${sw} > ${cw}`);
}

describe('reader on a desktop (1280×800)', () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.desktop });
  });
  after(async () => {
    await r?.close();
  });

  it('renders the text as paragraphs with highlights, and a few cards', async () => {
    const ids = await cardIds(r.page);
    assert.ok(ids.length >= 3, `expected a few cards, got ${ids.length}`);
    for (const id of ids) {
      assert.ok((await r.page.locator(`mark[data-claim-id="${id}"]`).count()) > 0, `claim ${id} has no highlight`);
    }
    assert.ok((await r.page.locator('.source-text p').count()) >= 2, 'the text is not in paragraphs');
    await noHorizontalScroll(r.page);
  });

  it('selecting the second card marks its highlights and scrolls them into view', async () => {
    const [, second] = await cardIds(r.page);
    await clickCard(r.page, second);
    await expectSelected(r.page, second);
    await expectOnScreen(r.page, `mark[data-claim-id="${second}"]`);
    await until(r.page, (id) => location.hash.endsWith(`/${id}`), second, 'the fragment to name the claim');
    const live = await r.page.locator('[aria-live="polite"][data-announce]').innerText();
    assert.match(live, /^Selected Claim \d+ of \d+: /);
  });

  it('clicking a highlight selects its card and scrolls it into view', async () => {
    const ids = await cardIds(r.page);
    const last = ids[ids.length - 1];
    await r.page.locator(`mark[data-claim-id="${last}"]`).first().scrollIntoViewIfNeeded();
    await r.page.locator(`mark[data-claim-id="${last}"]`).first().click();
    await expectSelected(r.page, last);
    await expectOnScreen(r.page, `article[data-claim-id="${last}"]`);
  });

  it('j and arrow keys move through the claims, k goes back, Esc clears', async () => {
    const ids = await cardIds(r.page);
    await r.page.keyboard.press('Escape');
    await expectNothingSelected(r.page);
    await r.page.keyboard.press('j');
    await expectSelected(r.page, ids[0]);
    await r.page.keyboard.press('j');
    await expectSelected(r.page, ids[1]);
    await r.page.keyboard.press('ArrowDown');
    await expectSelected(r.page, ids[2]);
    await expectOnScreen(r.page, `article[data-claim-id="${ids[2]}"]`);
    await r.page.keyboard.press('k');
    await expectSelected(r.page, ids[1]);
    await r.page.keyboard.press('ArrowUp');
    await expectSelected(r.page, ids[0]);
    await r.page.keyboard.press('Escape');
    await expectNothingSelected(r.page);
    await until(r.page, () => !/\/c\d+$/.test(location.hash), null, 'the fragment to drop the claim');
  });

  it('hovering or focusing a card previews its highlights, and hovering a highlight previews its card', async () => {
    const [first, second] = await cardIds(r.page);
    await r.page.locator(`article[data-claim-id="${second}"]`).hover();
    await until(
      r.page,
      (id) => {
        const p = [...document.querySelectorAll('mark[data-preview]')];
        return p.length > 0 && p.every((m) => m.dataset.claimId === id);
      },
      second,
      'the hovered card to preview its highlights',
    );
    await r.page.locator(`mark[data-claim-id="${first}"]`).first().hover();
    await until(
      r.page,
      (id) => document.querySelector(`article[data-claim-id="${id}"]`)?.classList.contains('preview'),
      first,
      'the hovered highlight to preview its card',
    );
    await r.page.locator(`article[data-claim-id="${second}"]`).focus();
    await until(
      r.page,
      (id) => document.querySelector(`mark[data-preview]`)?.dataset.claimId === id,
      second,
      'the focused card to preview its highlights',
    );
    await r.page.keyboard.press('Enter');
    await expectSelected(r.page, second);
  });

  it('names every card "Claim N of M: who cue what" for assistive technology', async () => {
    const ids = await cardIds(r.page);
    for (const [i, id] of ids.entries()) {
      const card = r.page.locator(`article[data-claim-id="${id}"]`);
      const who = (await card.locator('.who .name').innerText()).trim();
      const cue = (await card.locator('.cue-verb').innerText()).trim();
      const named = r.page.getByRole('article', { name: `Claim ${i + 1} of ${ids.length}: ${who} ${cue}:` });
      assert.equal(await named.count(), 1, `card ${id} is not named "Claim ${i + 1} of ${ids.length}: ${who} ${cue}: …"`);
      assert.equal(await named.getAttribute('data-claim-id'), id);
    }
  });

  it('a deep link reopens the same claim', async () => {
    const ids = await cardIds(r.page);
    const pick = ids[Math.min(3, ids.length - 1)];
    await clickCard(r.page, pick);
    await expectSelected(r.page, pick);
    // The address follows once the selection is on screen.
    await until(r.page, (id) => location.hash.endsWith(`/${id}`), pick, 'the fragment to name the claim');
    const hash = await r.page.evaluate(() => location.hash);
    assert.match(hash, /^#\/r\/[^/]+\/c\d+$/);
    const again = await openReader({ viewport: VIEWPORTS.desktop, path: hash });
    try {
      await expectSelected(again.page, pick);
      await expectOnScreen(again.page, `article[data-claim-id="${pick}"]`);
      await expectOnScreen(again.page, `mark[data-claim-id="${pick}"]`);
      assertNoProblems(again.problems);
    } finally {
      await again.close();
    }
  });

  it('changing the fragment by hand selects that claim', async () => {
    const ids = await cardIds(r.page);
    const hash = await r.page.evaluate(() => location.hash);
    const target = ids[1];
    await r.page.evaluate((h) => {
      location.hash = h;
    }, hash.replace(/\/c\d+$/, '') + `/${target}`);
    await expectSelected(r.page, target);
  });

  it('/ focuses the search, which narrows the cards', async () => {
    await r.page.keyboard.press('Escape');
    const ids = await cardIds(r.page);
    await r.page.locator('body').click({ position: { x: 1, y: 1 } });
    await r.page.keyboard.press('/');
    await until(r.page, () => document.activeElement?.type === 'search', null, 'the search box to take focus');
    // A word from the second claim's content keeps that card.
    const words = await r.page
      .locator(`article[data-claim-id="${ids[1]}"] .content`)
      .innerText();
    const word = words.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).find((w) => w.length >= 7) ?? words.split(/\s+/)[0];
    await r.page.keyboard.type(word);
    await until(
      r.page,
      ({ card, id }) => [...document.querySelectorAll(card)].some((c) => c.dataset.claimId === id),
      { card: CARDS, id: ids[1] },
      'the searched card to stay',
    );
    const shown = (await cardIds(r.page)).length;
    assert.ok(shown <= ids.length);
    assert.match(await r.page.locator('.shown').innerText(), new RegExp(`Showing ${shown} of ${ids.length}`));
    // Esc leaves the field; clearing the filters brings every card back.
    await r.page.keyboard.press('Escape');
    await r.page.locator('.shown button').click();
    await until(r.page, ({ card, n }) => document.querySelectorAll(card).length === n, { card: CARDS, n: ids.length }, 'every card to return');
  });

  it('the claimant filter shows as many cards as it counts', async () => {
    const select = r.page.locator('.filters select').first();
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent })));
    assert.ok(options.length >= 2, 'no claimant to filter by');
    const { value, text } = options[1];
    const n = Number(/\((\d+)\)\s*$/.exec(text)[1]);
    await select.selectOption(value);
    await until(r.page, ({ card, n }) => document.querySelectorAll(card).length === n, { card: CARDS, n }, `${n} cards for ${text}`);
    await select.selectOption('');
  });

  it('the kind filter shows as many cards as it counts', async () => {
    const select = r.page.locator('.filters select').nth(1);
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent })));
    const { value, text } = options[options.length - 1];
    const n = Number(/\((\d+)\)\s*$/.exec(text)[1]);
    await select.selectOption(value);
    await until(r.page, ({ card, n }) => document.querySelectorAll(card).length === n, { card: CARDS, n }, `${n} cards of kind ${value}`);
    await select.selectOption('');
  });

  it("the report's own assertions can be hidden", async () => {
    const toggle = r.page.locator('.filters .toggle input');
    if ((await toggle.count()) === 0) return; // this report has none
    const before = (await cardIds(r.page)).length;
    await toggle.uncheck();
    await until(r.page, () => !document.querySelector('article.unattributed'), null, 'unattributed cards to hide');
    assert.ok((await cardIds(r.page)).length < before);
    await toggle.check();
    await until(r.page, ({ card, n }) => document.querySelectorAll(card).length === n, { card: CARDS, n: before }, 'them to return');
  });

  it('every link to a claim selects that claim', async () => {
    const links = r.page.locator('[data-claim-link]:visible');
    const n = await links.count();
    for (let i = 0; i < Math.min(n, 4); i++) {
      const link = links.nth(i);
      const id = await link.getAttribute('data-claim-link');
      await link.click();
      await expectSelected(r.page, id);
      await expectOnScreen(r.page, `article[data-claim-id="${id}"]`);
    }
  });

  it('People and Figures views list claimants and figures that lead to claims', async () => {
    await r.page.locator('[data-view="people"]').click();
    await r.page.locator('.people, .panel .empty').first().waitFor();
    assert.equal(await r.page.locator(CARDS).count(), 0, 'the cards stay under the People view');
    await r.page.locator('[data-view="figures"]').click();
    await r.page.locator('.figure-groups, .panel .empty').first().waitFor();
    const link = r.page.locator('.figure-groups [data-claim-link]').first();
    if (await link.count()) {
      const id = await link.getAttribute('data-claim-link');
      await link.click();
      await expectSelected(r.page, id);
    } else {
      await r.page.locator('[data-view="claims"]').click();
    }
    await r.page.locator(CARDS).first().waitFor();
  });

  it('copies a citation with the claim, the title and a link back, as plain text and Markdown', async () => {
    await r.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const [, second] = await cardIds(r.page);
    await clickCard(r.page, second);
    await expectSelected(r.page, second);
    await r.page.locator(`article[data-claim-id="${second}"] button.copy`).click();
    await r.page.locator(`article[data-claim-id="${second}"] .copy-status :is(.copied, textarea)`).waitFor();
    const copied = await r.page.evaluate(() => navigator.clipboard.readText());
    const title = await r.page.locator('.report-title').innerText();
    const [plain, markdown] = copied.split('\n\n');
    assert.ok(plain.includes(title), `the citation lacks the title: ${copied}`);
    assert.ok(plain.endsWith(`/${second}`), `the citation does not link back to ${second}: ${copied}`);
    assert.ok(markdown.includes(`[${title}](`) && markdown.includes(`/${second})`), `the Markdown lacks the link: ${markdown}`);
  });

  it('prints the text first, then every card, without controls', async () => {
    await r.page.emulateMedia({ media: 'print' });
    try {
      const layout = await r.page.evaluate(() => {
        const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
        const text = document.querySelector('.source-text').getBoundingClientRect();
        const card = document.querySelector('article[data-claim-id]').getBoundingClientRect();
        return { textFirst: text.top < card.top, controls: shown('.filters, .view-tabs, .card-actions') };
      });
      assert.deepEqual(layout, { textFirst: true, controls: false });
    } finally {
      await r.page.emulateMedia({ media: 'screen' });
    }
  });

  it('has no console errors, page errors or failed requests', () => {
    assertNoProblems(r.problems);
  });
});

describe('reader on a phone (390×844)', () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.phone });
  });
  after(async () => {
    await r?.close();
  });

  it('shows the text first, with no sideways scroll', async () => {
    const text = await r.page.locator('.source-text').boundingBox();
    const panel = await r.page.locator('.panel').boundingBox();
    assert.ok(text.y < VIEWPORTS.phone.height, 'the text does not start on screen');
    assert.ok(panel.y > text.y, 'the cards come before the text');
    await noHorizontalScroll(r.page);
  });

  it('does not scroll sideways at 360 px either', async () => {
    await r.page.setViewportSize({ width: 360, height: 740 });
    try {
      await noHorizontalScroll(r.page);
    } finally {
      await r.page.setViewportSize(VIEWPORTS.phone);
    }
  });

  it('has touch targets of at least 44 px', async () => {
    const small = await r.page.evaluate(() =>
      [...document.querySelectorAll('button, select, input[type="search"], summary, .toggle')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ el: el.outerHTML.slice(0, 80), h: el.getBoundingClientRect().height }))
        .filter((x) => x.h < 44),
    );
    assert.deepEqual(small, []);
  });

  it('tapping a highlight opens its card in a sheet, which closes again', async () => {
    const ids = await cardIds(r.page);
    const id = ids[1];
    const mark = r.page.locator(`mark[data-claim-id="${id}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await expectSelected(r.page, id);
    await r.page.locator('.sheet-open').waitFor();
    const card = r.page.locator(SELECTED_CARD);
    await card.waitFor({ state: 'visible' });
    const box = await card.boundingBox();
    assert.ok(box.y < VIEWPORTS.phone.height && box.y + 20 > VIEWPORTS.phone.height * 0.3, `the sheet card is not at the bottom: ${JSON.stringify(box)}`);
    // Only the selected card shows in the sheet.
    assert.equal(await r.page.locator(`${CARDS}:visible`).count(), 1);
    await expectOnScreen(r.page, `mark[data-claim-id="${id}"]`);
    await noHorizontalScroll(r.page);
    // j moves on inside the sheet.
    await r.page.keyboard.press('j');
    await expectSelected(r.page, ids[2]);
    await r.page.locator('[data-sheet="close"]').click();
    await until(r.page, () => !document.querySelector('.sheet-open'), null, 'the sheet to close');
    assert.equal(await selectedId(r.page), ids[2], 'closing the sheet keeps the selection');
  });

  it('the Claims tab switches to the card list and Show in text comes back', async () => {
    await r.page.locator('[data-pane="panel"]').click();
    await until(
      r.page,
      () => getComputedStyle(document.querySelector('.text-pane')).display === 'none',
      null,
      'the text to give way to the cards',
    );
    const ids = await cardIds(r.page);
    await expectOnScreen(r.page, `article[data-claim-id="${ids[0]}"]`);
    await noHorizontalScroll(r.page);
    const pick = ids[ids.length - 1];
    await r.page.locator(`article[data-claim-id="${pick}"] button.show-text`).click();
    await expectSelected(r.page, pick);
    await expectOnScreen(r.page, `mark[data-claim-id="${pick}"]`);
    assert.equal(await r.page.locator('[data-pane="text"]').getAttribute('aria-pressed'), 'true');
  });

  it('a deep link shows the claim in the text', async () => {
    const ids = await cardIds(r.page);
    const pick = ids[ids.length - 2];
    const hash = (await r.page.evaluate(() => location.hash)).replace(/\/c\d+$/, '') + `/${pick}`;
    const again = await openReader({ viewport: VIEWPORTS.phone, path: hash });
    try {
      await expectSelected(again.page, pick);
      await expectOnScreen(again.page, `mark[data-claim-id="${pick}"]`);
      assertNoProblems(again.problems);
    } finally {
      await again.close();
    }
  });

  it('a link in the overview opens its card in the sheet', async () => {
    await r.page.keyboard.press('Escape');
    await r.page.locator('.overview summary').click();
    const link = r.page.locator('.overview [data-claim-link]').first();
    if ((await link.count()) === 0) return; // nothing disputed, unproven or counted
    const id = await link.getAttribute('data-claim-link');
    await link.click();
    await expectSelected(r.page, id);
    await r.page.locator('.sheet-open').waitFor();
    await r.page.locator(SELECTED_CARD).waitFor({ state: 'visible' });
    await r.page.keyboard.press('Escape');
    await until(r.page, () => !document.querySelector('.sheet-open'), null, 'Esc to close the sheet');
  });

  it('has no console errors, page errors or failed requests', () => {
    assertNoProblems(r.problems);
  });
});

/** Waits until the page has not scrolled for ten frames in a row. */
async function scrollSettled(page) {
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        let last = scrollY;
        let same = 0;
        const frame = () => {
          same = scrollY === last ? same + 1 : 0;
          last = scrollY;
          if (same >= 10) resolve(true);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/**
 * Where the selected claim is, in viewport pixels: the highlights in the
 * paragraphs that hold its content, and the band between the title bar and
 * the sheet (or the bottom of the window) that nothing covers.
 */
function selectedBox(page) {
  return page.evaluate(() => {
    const content = [...document.querySelectorAll('mark.hl-content[data-selected]')].map((m) => m.closest('p'));
    const marks = [...document.querySelectorAll('mark[data-selected]')].filter((m) => content.includes(m.closest('p')));
    const rects = marks.map((m) => m.getBoundingClientRect()).filter((r) => r.height > 0);
    const sheet = document.querySelector('.sheet-open .panel');
    return {
      id: marks[0]?.dataset.claimId,
      top: Math.min(...rects.map((r) => r.top)),
      bottom: Math.max(...rects.map((r) => r.bottom)),
      bandTop: document.querySelector('.topbar').getBoundingClientRect().bottom,
      bandBottom: sheet ? innerHeight - sheet.offsetHeight : innerHeight,
    };
  });
}

/** Scrolls the page to `share` of its height, away from any selection. */
async function scrollToShare(page, share) {
  await page.evaluate((share) => window.scrollTo(0, document.documentElement.scrollHeight * share), share);
  await scrollSettled(page);
}

/**
 * Runs `act` while recording the frames the browser composites, and returns
 * how many there were and how many drew the title bar differently from the
 * first (its top strip, compared pixel by pixel).
 */
async function titleBarAcrossFrames(r, act) {
  const cdp = await r.context.newCDPSession(r.page);
  const frames = [];
  cdp.on('Page.screencastFrame', (f) => {
    frames.push(f.data);
    cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => {});
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  try {
    await act();
  } finally {
    await cdp.send('Page.stopScreencast');
    await cdp.detach();
  }
  const height = await r.page.evaluate(() => Math.floor(document.querySelector('.topbar').getBoundingClientRect().height) - 2);
  const probe = await r.context.newPage();
  try {
    const changed = await probe.evaluate(
      async ({ frames, height }) => {
        // Decoded from bytes, with no request for the image.
        const strip = async (b64) => {
          const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
          const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const c = new OffscreenCanvas(img.width, height);
          const g = c.getContext('2d');
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, img.width, height).data;
        };
        const first = await strip(frames[0]);
        let n = 0;
        for (const f of frames.slice(1)) {
          const d = await strip(f);
          if (d.length !== first.length || d.some((v, i) => v !== first[i])) n++;
        }
        return n;
      },
      { frames, height },
    );
    return { frames: frames.length, changed };
  } finally {
    await probe.close();
  }
}

describe('reader on a phone (390×844): selections show below the title bar', () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.phone });
  });
  after(async () => {
    await r?.close();
  });

  it('j from a text scrolled mid-way shows the whole claim below the title bar, which stays put', async () => {
    const ids = await cardIds(r.page);
    await r.page.keyboard.press('Escape');
    await expectNothingSelected(r.page);
    for (let i = 0; i < ids.length; i++) {
      // Scrolled away from the next claim: to the end half-way, or to the top.
      await scrollToShare(r.page, i < ids.length / 2 ? 0.6 : 0);
      const move = async () => {
        await r.page.keyboard.press('j');
        await expectSelected(r.page, ids[i]);
        await scrollSettled(r.page);
      };
      if (i === 0) {
        // The first move scrolls the farthest: watch every frame of it.
        const seen = await titleBarAcrossFrames(r, move);
        assert.ok(seen.frames >= 3, `too few frames recorded: ${seen.frames}`);
        assert.equal(seen.changed, 0, `the title bar moved in ${seen.changed} of ${seen.frames} frames`);
      } else {
        await move();
      }
      const box = await selectedBox(r.page);
      assert.equal(box.id, ids[i]);
      assert.ok(
        box.top >= box.bandTop && box.bottom <= box.bandBottom,
        `claim ${ids[i]} is not wholly between the title bar and the bottom: ${JSON.stringify(box)}`,
      );
    }
  });

  it('with the sheet open, j shows each claim from its top between the title bar and the sheet', async () => {
    const ids = await cardIds(r.page);
    await r.page.keyboard.press('Escape');
    await scrollToShare(r.page, 0);
    const mark = r.page.locator(`mark[data-claim-id="${ids[0]}"]`).first();
    await mark.click();
    await r.page.locator('.sheet-open').waitFor();
    for (let i = 1; i < ids.length; i++) {
      await r.page.keyboard.press('j');
      await expectSelected(r.page, ids[i]);
      await scrollSettled(r.page);
      const box = await selectedBox(r.page);
      assert.ok(box.top >= box.bandTop, `claim ${ids[i]} starts under the title bar: ${JSON.stringify(box)}`);
      // A claim taller than the room left by the sheet shows from its top.
      if (box.bottom - box.top <= box.bandBottom - box.bandTop - 32) {
        assert.ok(box.bottom <= box.bandBottom, `claim ${ids[i]} ends under the sheet: ${JSON.stringify(box)}`);
      }
    }
    await r.page.keyboard.press('Escape');
  });

  it('has no console errors, page errors or failed requests', () => {
    assertNoProblems(r.problems);
  });
});

describe('reader with reduced motion (390×844)', () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.phone });
    await r.page.emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await r?.close();
  });

  it('jumps to a selection in one step and opens the sheet without animation', async () => {
    const ids = await cardIds(r.page);
    await scrollToShare(r.page, 0.6);
    const positions = await r.page.evaluate(
      () =>
        new Promise((resolve) => {
          const seen = [scrollY];
          const frame = () => {
            if (seen[seen.length - 1] !== scrollY) seen.push(scrollY);
            if (performance.now() - t0 > 700) resolve(seen);
            else requestAnimationFrame(frame);
          };
          const t0 = performance.now();
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
          requestAnimationFrame(frame);
        }),
    );
    await expectSelected(r.page, ids[0]);
    assert.ok(positions.length === 2, `the page scrolled through ${JSON.stringify(positions)} instead of jumping`);
    const mark = r.page.locator(`mark[data-claim-id="${ids[1]}"]`).first();
    await mark.click();
    await r.page.locator('.sheet-open').waitFor();
    const animation = await r.page.evaluate(() => getComputedStyle(document.querySelector('.sheet-open .panel')).animationName);
    assert.equal(animation, 'none');
  });
});

describe('reader views at 360 px', () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: { width: 360, height: 740 } });
  });
  after(async () => {
    await r?.close();
  });

  /** Visible controls smaller than a 44 px touch target. */
  function smallTargets(page) {
    return page.evaluate(() =>
      [...document.querySelectorAll('button, select, input, summary, .toggle, a[href]')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !el.closest('.toggle') || el.matches('.toggle'))
        .map((el) => ({ el: el.outerHTML.slice(0, 80), h: Math.round(el.getBoundingClientRect().height) }))
        .filter((x) => x.h < 44),
    );
  }

  async function check(what) {
    await noHorizontalScroll(r.page);
    assert.deepEqual(await smallTargets(r.page), [], `small touch targets in ${what}`);
  }

  it('the text, the sheet, the card list, People and Figures fit and have large touch targets', async () => {
    await check('the text');
    const ids = await cardIds(r.page);
    const mark = r.page.locator(`mark[data-claim-id="${ids[1]}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await r.page.locator(SELECTED_CARD).waitFor({ state: 'visible' });
    await check('the sheet');
    await r.page.locator('[data-sheet="all"]').click();
    await until(r.page, () => getComputedStyle(document.querySelector('.text-pane')).display === 'none', null, 'the card list');
    await check('the card list');
    await r.page.locator('[data-view="people"]').click();
    await r.page.locator('.people, .panel .empty').first().waitFor();
    await check('People');
    await r.page.locator('[data-view="figures"]').click();
    await r.page.locator('.figure-groups, .panel .empty').first().waitFor();
    await check('Figures');
  });
});
