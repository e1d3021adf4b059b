// PDF import, end to end: fixtures printed to PDF by Chromium from texts
// written for these tests (e2e/lib/pdf-fixtures.mjs) are opened through the
// page's file input. pdf.js reads them in this browser, from the site's own
// files, under the page's Content-Security-Policy (openReader fails a test on
// any violation or off-origin request).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader } from './lib/browser.mjs';
import { openFile, storedEntries, stored, waitOpened, waitNotice, dismiss, currentReport, expectRefused } from './lib/open.mjs';
import { makeFixtures, makeDocx } from './lib/pdf-fixtures.mjs';

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Opens a PDF that must open; returns the library entry it became and the milliseconds it took. */
async function openPdf(page, name, bytes) {
  await dismiss(page);
  const before = await storedEntries(page);
  const from = await currentReport(page);
  const t0 = Date.now();
  await openFile(page, name, 'application/pdf', bytes);
  await waitOpened(page, { from });
  const ms = Date.now() - t0;
  const after = await storedEntries(page);
  assert.equal(after.length, before.length + 1, `${name}: not kept in the library`);
  return { entry: after[0], ms };
}

function assertParagraphs(name, text, expected) {
  const got = text.split(/\n\n/).map(norm);
  assert.deepEqual(got, expected.map(norm), `${name}: the paragraphs differ`);
}

describe('PDF import', () => {
  let r;
  let f;
  before(async () => {
    f = await makeFixtures();
    r = await openReader();
  });
  after(async () => {
    await r?.close();
  });

  it('opens one column, two columns, hyphenated words and footnotes as the right paragraphs', async () => {
    const failures = [];
    for (const [name, fx] of [
      ['one-column.pdf', f.oneColumn],
      ['two-columns.pdf', f.twoColumns],
      ['hyphenation.pdf', f.hyphenation],
      ['footnotes.pdf', f.footnotes],
    ]) {
      const { entry } = await openPdf(r.page, name, fx.bytes);
      try {
        assertParagraphs(name, entry.text, fx.paragraphs);
      } catch (e) {
        failures.push(`${e.message}\n${JSON.stringify(entry.text.split('\n\n'), null, 1)}`);
      }
      assert.equal(entry.pdf?.file, name, `${name}: the library does not remember the PDF`);
      // Chromium sets the PDF's own title to "about:blank": the first line is the title instead.
      if (name === 'one-column.pdf') assert.equal(entry.title, 'Spring inspection summary');
      assert.ok(!/about:blank/.test(entry.title), `${name}: the PDF's placeholder title was kept`);
      assert.ok(entry.pdf.page_count >= 1);
    }
    assert.deepEqual(failures, []);
  });

  it('drops running headers and page numbers, and a paragraph split across pages reads intact', async () => {
    const { entry } = await openPdf(r.page, 'running.pdf', f.running.bytes);
    assertParagraphs('running.pdf', entry.text, f.running.paragraphs);
    assert.ok(!entry.text.includes('Riverside Water Authority'), 'a running header is in the text');
    // The fixture's only bare numbers are "Paragraph N" and "N percent": any other is a page number.
    const rest = entry.text.replace(/Paragraph \d+ /g, '').replace(/\d+ percent/g, '');
    assert.ok(!/(^|\s)\d+(\s|$)/.test(rest), 'a page number is in the text');
    assert.ok(entry.pdf.page_count >= 3, `only ${entry.pdf.page_count} pages`);
    // At least one page begins inside a paragraph, and that paragraph is whole.
    const inside = entry.pdf.pages.filter(([offset]) => offset > 0 && entry.text.slice(offset - 2, offset) !== '\n\n');
    assert.ok(inside.length > 0, 'no paragraph runs on to the next page');
    const shown = await r.page.locator('main .source-text').innerText();
    for (const p of f.running.paragraphs) assert.ok(norm(shown).includes(norm(p)), `not shown whole: ${p.slice(0, 60)}…`);
  });

  it('shows a claim’s page on its card', async () => {
    const pages = await r.page.locator('article[data-claim-id] [data-page]').allInnerTexts();
    assert.ok(pages.length > 0, 'no card says its page');
    for (const p of pages) assert.match(p, /^p\. \d+$/);
  });

  it('cancels a long PDF and keeps nothing', async () => {
    await dismiss(r.page);
    const before = await stored(r.page);
    const hash = await r.page.evaluate(() => location.hash);
    // Before the long report is ever opened: had it not stopped, it would be kept.
    await openFile(r.page, 'long-again.pdf', 'application/pdf', f.long.bytes);
    await r.page.locator('[data-busy] [data-cancel]').click();
    assert.match(await waitNotice(r.page, 'info'), /cancelled; nothing was kept/);
    await r.page.waitForTimeout(500);
    assert.equal(await r.page.locator('[data-busy]').count(), 0);
    assert.equal(await stored(r.page), before, 'the library changed after a cancel');
    assert.equal(await r.page.evaluate(() => location.hash), hash);
  });

  it('opens a 120-page report in seconds, with page N of M, and measures it', async () => {
    let seen = '';
    const watch = r.page
      .waitForFunction(() => /Reading page \d+ of \d+/.test(document.querySelector('[data-busy]')?.textContent ?? ''), null, { timeout: 60_000 })
      .then(async () => {
        seen = await r.page.locator('[data-busy]').innerText();
      });
    const { entry, ms } = await openPdf(r.page, 'long-report.pdf', f.long.bytes);
    await watch;
    assert.match(seen, /Reading page \d+ of (\d+)/);
    assert.ok(entry.pdf.page_count >= 120, `the long fixture has ${entry.pdf.page_count} pages`);
    assertParagraphs('long-report.pdf', entry.text, f.long.paragraphs);
    assert.ok(!entry.text.includes('Riverside Water Authority'));
    console.log(`pdf: opened a ${entry.pdf.page_count}-page PDF (${(f.long.bytes.length / 1024).toFixed(0)} KB, ${(entry.text.length / 1024).toFixed(0)} KB of text) in ${ms} ms`);
    assert.ok(ms < 60_000, `the long PDF took ${ms} ms`);
  });

  it('refuses a scan, a damaged and an encrypted PDF with a message, and keeps the library', async () => {
    await expectRefused(r.page, 'scan.pdf', 'application/pdf', f.imageOnly.bytes, /This PDF has no text; it needs OCR/);
    await expectRefused(r.page, 'damaged.pdf', 'application/pdf', f.damaged.bytes, /This PDF is damaged and cannot be read/);
    // A PDF under another name is still read as a PDF.
    await expectRefused(r.page, 'damaged.txt', 'text/plain', f.damaged.bytes, /This PDF is damaged and cannot be read/);
    if (f.encrypted) {
      await expectRefused(r.page, 'locked.pdf', 'application/pdf', f.encrypted.bytes, /This PDF is encrypted with a password/);
    }
    // The page still shows the last report.
    assert.ok((await r.page.locator('main .source-text').innerText()).length > 0);
  });

  it('opens a Word document (.docx) as its paragraphs', async () => {
    const paragraphs = ['Dam repairs finished', 'The engineer said the new spillway "holds at full flow" & will be tested again in June.', 'A last paragraph.'];
    await dismiss(r.page);
    const before = await storedEntries(r.page);
    const from = await currentReport(r.page);
    await openFile(r.page, 'release.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', makeDocx(paragraphs));
    await waitOpened(r.page, { from });
    const after = await storedEntries(r.page);
    assert.equal(after.length, before.length + 1);
    assert.equal(after[0].text, paragraphs.join('\n\n'));
    assert.equal(after[0].title, 'Dam repairs finished');
    await expectRefused(r.page, 'old.docx', 'application/msword', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /protected with a password or in the old \.doc format/);
  });
});
