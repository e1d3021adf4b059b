// Bad input, end to end: each file is opened through the page's file input
// and either opens as the right text (and is kept in the library) or is
// refused with a clear message (and the library is exactly as it was).
// docs/bad-input.md lists every case with what the user sees.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openReader, assertNoProblems } from './lib/browser.mjs';
import { openFile, pasteText, stored, storedEntries, waitOpened, waitNotice, dismiss, mainText, currentReport, expectRefused, showReports } from './lib/open.mjs';

/** Opens a file that must open: the text shown and kept is `expected`. */
async function expectOpens(page, name, mime, bytes, expected, { warning } = {}) {
  await dismiss(page);
  const before = await storedEntries(page);
  const from = await currentReport(page);
  await openFile(page, name, mime, bytes);
  await waitOpened(page, { from });
  const shown = await mainText(page);
  const after = await storedEntries(page);
  assert.equal(after.length, before.length + 1, `${name}: not kept in the library`);
  assert.equal(after[0].text, expected, `${name}: the kept text differs`);
  if (warning) assert.match(await waitNotice(page, 'warning'), warning);
  else assert.equal(await page.locator('[data-notice="warning"], [data-notice="error"]').count(), 0, `${name}: an unexpected message`);
  return shown;
}

/** The shown text, with paragraphs as the engine cut them. */
const paragraphs = (text) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).join('\n\n');

describe('bad input, end to end', () => {
  let r;
  before(async () => {
    r = await openReader();
  });
  after(async () => {
    await r?.close();
  });

  it('refuses empty, blank, binary and oversized files with a message, and keeps the library', async () => {
    await expectRefused(r.page, 'empty.txt', 'text/plain', Buffer.alloc(0), /^This file is empty\./);
    await expectRefused(r.page, 'blank.txt', 'text/plain', ' \n\t\r\n \u00a0 ', /This file has no text, only blank space\./);
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await expectRefused(r.page, 'data.txt', 'text/plain', binary, /This file is not text/);
    await expectRefused(r.page, 'photo.txt', 'text/plain', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /looks like a PNG image/);
    await expectRefused(r.page, 'report.pdf', 'application/pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /This PDF is damaged and cannot be read/);
    const t0 = Date.now();
    await expectRefused(r.page, 'ten.txt', 'text/plain', Buffer.alloc(10 * 1024 * 1024, 'word '), /This file is 10\.0 MB; the reader opens files of up to 5\.0 MB\./);
    assert.ok(Date.now() - t0 < 5000, 'refusing a 10 MB file took long');
  });

  it('opens one character, encodings and line ends as the right text', async () => {
    await expectOpens(r.page, 'one.txt', 'text/plain', 'A', 'A');
    assert.match(await r.page.locator('.panel').innerText(), /No claims found in this text\./);
    await expectOpens(r.page, 'bad.txt', 'text/plain', Buffer.from([0x4f, 0x6b, 0xc3, 0x28, 0x20, 0xff, 0x21]), 'Ok\uFFFD( \uFFFD!', { warning: /2 invalid bytes were replaced with �/ });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Он сказал: «Да».', 'utf16le')]);
    await expectOpens(r.page, 'le.txt', 'text/plain', le, 'Он сказал: «Да».');
    const be = Buffer.from('Sie sagte: „Nein.“', 'utf16le').swap16();
    await expectOpens(r.page, 'be.txt', 'text/plain', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'Sie sagte: „Nein.“');
    await expectOpens(r.page, 'bom.txt', 'text/plain', Buffer.from('\uFEFFThe mayor said yes.'), 'The mayor said yes.');
    const shown = await expectOpens(r.page, 'crlf.txt', 'text/plain', 'First line said this.\r\n\r\nSecond one.\rThird one.\r\n', 'First line said this.\n\nSecond one.\nThird one.\n');
    assert.equal(shown, 'First line said this.\n\nSecond one.\nThird one.');
  });

  it('opens right-to-left text, joined emoji and combining marks unchanged', async () => {
    const rtl = 'قال الوزير إن 40 شخصا أصيبوا.\n\nאמר הדובר: "אין ראיות".';
    assert.equal(await expectOpens(r.page, 'rtl.txt', 'text/plain', rtl, rtl), rtl);
    const emoji = 'The family 👩‍👩‍👧‍👦 said the flag 🏳️‍🌈 was "back" 👍🏽.';
    assert.equal(await expectOpens(r.page, 'emoji.txt', 'text/plain', emoji, emoji), emoji);
    const marks = 'Zoe\u0308 said the cafe\u0301 was clo\u0336sed; Z̷̢a̸l̵g̴o said "n̶o̷".';
    assert.equal(await expectOpens(r.page, 'marks.txt', 'text/plain', marks, marks), marks);
    // Highlights never split a character: every mark's text is whole.
    const broken = await r.page.evaluate(() => [...document.querySelectorAll('mark')].some((m) => /^[\u0300-\u036f]/.test(m.textContent)));
    assert.equal(broken, false);
  });

  it('opens a 100,000-character line, 10,000 quotation marks and tangled quotes', async () => {
    const line = Array.from({ length: 20000 }, (_, i) => (i % 50 === 49 ? 'said.' : 'word')).join(' ').slice(0, 100000);
    assert.equal(line.length, 100000);
    await expectOpens(r.page, 'line.txt', 'text/plain', line, line);
    assert.equal((await mainText(r.page)).length, 100000);
    const quotes = '"'.repeat(10000);
    await expectOpens(r.page, 'quotes.txt', 'text/plain', quotes, quotes);
    const tangled = 'He said "she said \'they said “no «yes „maybe“ » ” \' and then" "unclosed\n\n«Open» » « “ ” ” “\n\nShe said "one "two "three.';
    const shown = await expectOpens(r.page, 'tangled.txt', 'text/plain', tangled, tangled);
    assert.equal(shown, paragraphs(tangled));
  });

  it('shows markup in a text file and a page title as the characters they are, and keeps no script: address', async () => {
    const dialogs = [];
    r.page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    const markup = 'The <b>mayor</b> said <img src=x onerror="alert(1)"> "<script>alert(2)</script>" &amp; left.';
    assert.equal(await expectOpens(r.page, 'markup.txt', 'text/plain', markup, markup), markup);
    const page = `<html><head><title>&lt;img src=x onerror=alert(3)&gt; Vote</title>
      <link rel="canonical" href="javascript:alert(4)"></head>
      <body><article><p>The council said the vote passed.</p></article></body></html>`;
    const from = await currentReport(r.page);
    await openFile(r.page, 'page.html', 'text/html', page);
    await waitOpened(r.page, { from });
    assert.equal(await r.page.locator('h1').innerText(), '<img src=x onerror=alert(3)> Vote');
    assert.equal(await r.page.locator('main a[data-source]').count(), 0, 'a javascript: address was kept as the source');
    await r.page.evaluate(() => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 100))));
    const injected = await r.page.evaluate(() => document.querySelectorAll('body img, body script, main b, [onerror], [href^="javascript:"]').length);
    assert.equal(injected, 0, 'report text became markup');
    assert.deepEqual(dialogs, []);
    await dismiss(r.page);
  });

  it('refuses Report JSON with the wrong schema, huge numbers or duplicate ids, naming the problem', async () => {
    await expectOpens(r.page, 'base.txt', 'text/plain', 'The minister said 40 schools had closed. Teachers said "more than 60" had.', 'The minister said 40 schools had closed. Teachers said "more than 60" had.');
    await showReports(r.page);
    const [dl] = await Promise.all([r.page.waitForEvent('download'), r.page.locator('[data-export]').click()]);
    const good = JSON.parse(await readFile(await dl.path(), 'utf8'));
    assert.ok(good.claims.length >= 2, 'the base report needs two claims');
    const json = (o) => JSON.stringify(o);
    await expectRefused(r.page, 'x.json', 'application/json', '{"format": "something-else/1", "text": "hi"}', /This JSON is not a claim-reader report/);
    await expectRefused(r.page, 'x.json', 'application/json', json({ ...good, format: 'claim-reader.report/9' }), /exported as "claim-reader\.report\/9", which this version of claim-reader cannot read/);
    await expectRefused(r.page, 'x.json', 'application/json', '{"format": "claim-reader.report/1", "text": ', /This file is not valid JSON \(.*line 1/);
    await expectRefused(r.page, 'x.json', 'application/json', json({ ...good, claims: [good.claims[0], { ...good.claims[1], id: good.claims[0].id }] }), /This report cannot be opened: .*c1/);
    const huge = json(good).replace(/"sentences":\[\[0,/, '"sentences":[[0,').replace(/"span":\[(\d+),(\d+)\]/, '"span":[$1,1e300]');
    await expectRefused(r.page, 'x.json', 'application/json', huge, /This report cannot be opened/);
    const nines = json(good).replace(/"span":\[(\d+),(\d+)\]/, '"span":[$1,99999999999999999999999999]');
    await expectRefused(r.page, 'x.json', 'application/json', nines, /This report cannot be opened/);
    await expectRefused(r.page, 'x.json', 'application/json', '[1, 2, 3]', /not a claim-reader report/);
    await dismiss(r.page);
  });

  it('refuses pasting nothing or only blank space, and keeps the library', async () => {
    for (const blank of ['', ' \n\t\u00a0 \r\n ']) {
      await dismiss(r.page);
      const before = await stored(r.page);
      const hash = await r.page.evaluate(() => location.hash);
      await pasteText(r.page, blank);
      assert.match(await waitNotice(r.page, 'error'), /There is no text to read: paste a report first\./);
      assert.equal(await stored(r.page), before, 'the library changed');
      assert.equal(await r.page.evaluate(() => location.hash), hash, 'the report on show changed');
    }
    await dismiss(r.page);
    await r.page.locator('[data-back]').click();
  });

  it('says a share link cut short, garbled or from a newer version cannot be opened, and keeps the report on show', async () => {
    await showReports(r.page);
    await r.page.locator('[data-share]').click();
    const link = await r.page.locator('[data-share-link]').inputValue();
    const payload = link.split('#/s/')[1];
    assert.match(payload, /^2\.[A-Za-z0-9_-]{20,}$/);
    await r.page.locator('[data-back]').click();
    const text = await mainText(r.page);
    const cases = [
      [`2.${payload.slice(2, Math.floor(payload.length / 2))}`, /This share link is damaged: it may have been cut short or altered/],
      ['1.%%%not-base64%%%', /This share link is damaged|This is not a claim-reader share link/],
      [`9.${payload.slice(2)}`, /made by a newer version of claim-reader \(link version 9\)/],
    ];
    for (const [bad, message] of cases) {
      await dismiss(r.page);
      const before = await stored(r.page);
      await r.page.evaluate((p) => (location.hash = `#/s/${p}`), bad);
      assert.match(await waitNotice(r.page, 'error'), message);
      assert.equal(await stored(r.page), before, 'the library changed');
      assert.equal(await mainText(r.page), text, 'the report on show changed');
    }
    await dismiss(r.page);
  });

  it('keeps every report it opened through a reload', async () => {
    const before = await stored(r.page);
    await r.page.reload();
    await r.page.locator('.reports, main .source-text').first().waitFor();
    assert.equal(await stored(r.page), before);
    await showReports(r.page);
    assert.equal(await r.page.locator('.report-row').count(), (await storedEntries(r.page)).length + 1);
  });

  it('has no console errors, page errors or failed requests', () => {
    assertNoProblems(r.problems);
  });
});
