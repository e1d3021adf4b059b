// Helpers for the specs that open reports: through the page's file input,
// the paste box, and the reports screen; and what the library holds.
//
//   openFile(page, name, mimeType, bytes)  sets the page's <input type="file">
//   pasteText(page, text)                  the reports screen's paste box, then "Read"
//   showReports(page)                      the "Reports" button, waits for the screen
//   stored(page)                           the raw stored library (string or null)
//   storedEntries(page)                    its entries [{id, title, text, …}]
//   waitOpened(page, { from })             waits until a report other than `from`
//                                          (a fragment) is open with its text shown;
//                                          returns { hash, title, text, cards }
//   waitNotice(page, tone)                 waits for a notice ('error', 'warning',
//                                          'info'); returns its text
//   dismiss(page)                          closes any notice
//   mainText(page)                         the report text as shown (its headline and
//                                          paragraphs joined by \n\n)

import assert from 'node:assert/strict';
import { waitForApp } from './browser.mjs';

export const KEY = 'claim-reader.library';

export async function openFile(page, name, mimeType, bytes) {
  // The input is in the static page too; only the app reads what it is given.
  await waitForApp(page);
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

export async function showReports(page) {
  await waitForApp(page);
  if ((await page.locator('.reports').count()) === 0) {
    await page.locator('[data-open="reports"]').click();
  }
  await page.locator('.reports').waitFor();
}

export async function pasteText(page, text) {
  await showReports(page);
  await page.locator('#paste-text').fill(text);
  await page.locator('[data-paste]').click();
}

export function stored(page) {
  return page.evaluate((k) => localStorage.getItem(k), KEY);
}

export async function storedEntries(page) {
  const raw = await stored(page);
  return raw ? JSON.parse(raw).entries : [];
}

export async function mainText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main .source-text :is(p, .headline)')].map((p) => p.textContent).join('\n\n'),
  );
}

export async function waitOpened(page, { from } = {}) {
  await page.waitForFunction(
    (from) =>
      /^#\/r\/[^/]+/.test(location.hash) &&
      location.hash.split('/').slice(0, 3).join('/') !== from &&
      !document.querySelector('[data-busy]') &&
      document.querySelector('main .source-text'),
    from ?? null,
  );
  return page.evaluate(() => ({
    hash: location.hash,
    title: document.querySelector('h1').textContent,
    cards: document.querySelectorAll('article[data-claim-id]').length,
  }));
}

/** The fragment naming the report on show, without the claim. */
export async function currentReport(page) {
  return page.evaluate(() => location.hash.split('/').slice(0, 3).join('/'));
}

export async function waitNotice(page, tone) {
  const n = page.locator(`[data-notice="${tone}"]`);
  try {
    await n.waitFor();
  } catch (e) {
    // Say what the page showed instead, so that a failure can be understood.
    const state = await page
      .evaluate(() => ({
        hash: location.hash,
        hydrated: document.documentElement.classList.contains('hydrated'),
        busy: document.querySelector('[data-busy]')?.textContent ?? null,
        notices: [...document.querySelectorAll('[data-notice]')].map((x) => `${x.dataset.notice}: ${x.textContent}`),
        screen: document.querySelector('h1')?.textContent ?? null,
      }))
      .catch((err) => String(err));
    e.message += `\nno ${tone} notice; the page: ${JSON.stringify(state)}`;
    throw e;
  }
  return n.innerText();
}

export async function dismiss(page) {
  const buttons = page.locator('[data-dismiss]');
  while ((await buttons.count()) > 0) {
    await buttons.first().click();
  }
  await page.waitForFunction(() => !document.querySelector('[data-notice]'));
}

/** Opens a file expected to be refused: checks the message and that the library did not change. */
export async function expectRefused(page, name, mimeType, bytes, pattern) {
  await dismiss(page);
  const before = await stored(page);
  const hash = await page.evaluate(() => location.hash);
  await openFile(page, name, mimeType, bytes);
  const text = await waitNotice(page, 'error');
  assert.match(text, pattern);
  assert.equal(await stored(page), before, 'the library changed after a refused file');
  assert.equal(await page.evaluate(() => location.hash), hash, 'a refused file changed the report on show');
  return text;
}
