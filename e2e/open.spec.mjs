// Opening any report: pasted text, .txt, .md and .html files, the library on
// the device (reload, rename, delete and undo), details, share links in a
// fresh browser, export and import, hostile HTML, bad files and a full
// storage quota. Each opening goes through the page's own file input or
// paste box, as a user's would.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openReader, assertNoProblems, baseUrl, VIEWPORTS, waitForApp } from './lib/browser.mjs';
import {
  openFile, pasteText, showReports, stored, storedEntries, waitOpened, waitNotice, dismiss,
  mainText, currentReport, expectRefused,
} from './lib/open.mjs';

const CARDS = 'article[data-claim-id]';

const REPORT = [
  'Floods leave thousands homeless in river towns',
  'The regional governor said on Monday that more than 2,000 people had lost their homes. "We are doing everything we can," she said.',
  'Aid groups disputed the figure. Relief Now said at least 5,000 people were sleeping in shelters, and accused officials of playing down the damage.',
  'The governor has not produced evidence for her figure, the group added.',
].join('\n\n');

/** Opens a report from the reports screen's list; waits until the reader shows it. */
async function openRow(page, key) {
  await page.locator(`.report-row[data-report-key="${key}"] .row-title`).click();
  await page.waitForFunction((key) => location.hash === `#/r/${key}` && document.querySelector('main .source-text p'), key);
}

describe('opening reports', () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.desktop });
  });
  after(async () => {
    await r?.close();
  });

  it('turns pasted text into cards and keeps it on the device', async () => {
    const from = await currentReport(r.page);
    await pasteText(r.page, REPORT);
    const o = await waitOpened(r.page, { from });
    assert.match(o.hash, /^#\/r\/local-1$/);
    assert.equal(o.title, 'Floods leave thousands homeless in river towns');
    assert.ok(o.cards >= 3, `only ${o.cards} cards`);
    assert.equal(await mainText(r.page), REPORT);
    const [e] = await storedEntries(r.page);
    assert.equal(e.text, REPORT);
    assert.equal(e.claim_count, o.cards);
  });

  it('opens .txt, .md and .html files, and UTF-16 text', async () => {
    let from = await currentReport(r.page);
    await openFile(r.page, 'notes.txt', 'text/plain', 'Officials said 12 people were hurt.\r\n\r\nWitnesses said the number was higher.');
    let o = await waitOpened(r.page, { from });
    assert.equal(await mainText(r.page), 'Officials said 12 people were hurt.\n\nWitnesses said the number was higher.');
    assert.equal(o.title, 'Officials said 12 people were hurt.');

    from = await currentReport(r.page);
    await openFile(r.page, 'story.md', 'text/markdown', '# Water shortage\n\nThe **mayor** said [the reservoir](https://example.org/r) was *nearly* empty.\n\n- Farmers said crops had failed.\n');
    o = await waitOpened(r.page, { from });
    assert.equal(o.title, 'Water shortage');
    const md = await mainText(r.page);
    assert.match(md, /The mayor said the reservoir was nearly empty\./);
    assert.doesNotMatch(md, /[*#[\]]|https:/);

    from = await currentReport(r.page);
    const page = `<!doctype html><html><head><title>Site | Port strike</title>
      <link rel="canonical" href="https://news.example.org/port-strike">
      <meta property="article:published_time" content="2024-05-01">
      <style>.x{color:red}</style><script>window.bad = 1</script></head>
      <body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
      <article><h1>Port strike enters second week</h1>
      <p>The union said 3,000 workers had walked out.</p><p>The port authority said only 800 had.</p></article>
      <footer>Copyright footer text</footer></body></html>`;
    await openFile(r.page, 'page.html', 'text/html', page);
    o = await waitOpened(r.page, { from });
    assert.equal(o.title, 'Port strike enters second week');
    const html = await mainText(r.page);
    assert.match(html, /The union said 3,000 workers had walked out\./);
    assert.doesNotMatch(html, /menu|Copyright|window\.bad|color:red/);
    const source = r.page.locator('main a[data-source]');
    assert.equal(await source.getAttribute('href'), 'https://news.example.org/port-strike');
    assert.equal(await source.getAttribute('rel'), 'noopener noreferrer');
    assert.match(await r.page.locator('main .source-line').innerText(), /published 2024-05-01/);
    assert.equal(await r.page.evaluate(() => window.bad), undefined);

    from = await currentReport(r.page);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Die Ministerin sagte, 40 Häuser seien zerstört.', 'utf16le')]);
    await openFile(r.page, 'bericht.txt', 'text/plain', utf16);
    await waitOpened(r.page, { from });
    assert.equal(await mainText(r.page), 'Die Ministerin sagte, 40 Häuser seien zerstört.');
  });

  it('keeps the library through a reload, and a report’s link reopens it', async () => {
    const before = await storedEntries(r.page);
    const hash = await r.page.evaluate(() => location.hash);
    const text = await mainText(r.page);
    await r.page.reload();
    await r.page.locator(CARDS).first().waitFor();
    // The static page shows the embedded report until the app has taken
    // over and opened the stored one from the library.
    await waitForApp(r.page);
    await waitOpened(r.page);
    await r.page
      .waitForFunction((t) => [...document.querySelectorAll('main .source-text :is(p, .headline)')].map((p) => p.textContent).join('\n\n') === t, text, { timeout: 10_000 })
      .catch(() => {});
    assert.equal(await r.page.evaluate(() => location.hash), hash);
    assert.equal(await mainText(r.page), text);
    assert.deepEqual(await storedEntries(r.page), before);
    await showReports(r.page);
    const titles = await r.page.locator('.report-row .row-title').allInnerTexts();
    assert.equal(titles.length, before.length + 1, 'the embedded report and every stored one');
    assert.deepEqual(titles.slice(1), before.map((e) => e.title));
    assert.equal(await r.page.locator('.report-row').first().locator('[data-delete]').count(), 0, 'the embedded report cannot be deleted');
    await openRow(r.page, 'local-1');
    assert.equal(await mainText(r.page), REPORT);
  });

  it('renames, deletes and undoes a delete', async () => {
    await showReports(r.page);
    const row = r.page.locator('.report-row[data-report-key="local-2"]');
    await row.locator('[data-rename]').click();
    await row.locator('input').fill('  Hurt in the\nriver town  ');
    await row.locator('input').press('Enter');
    await r.page.waitForFunction(() => document.querySelector('[data-report-key="local-2"] .row-title')?.textContent === 'Hurt in the river town');
    assert.equal((await storedEntries(r.page)).find((e) => e.id === 'local-2').title, 'Hurt in the river town');

    const before = await storedEntries(r.page);
    await row.locator('[data-delete]').click();
    assert.match(await waitNotice(r.page, 'info'), /Deleted “Hurt in the river town”/);
    await r.page.waitForFunction(() => !document.querySelector('[data-report-key="local-2"]'));
    assert.equal((await storedEntries(r.page)).length, before.length - 1);
    await r.page.locator('[data-undo]').click();
    await r.page.locator('.report-row[data-report-key="local-2"]').waitFor();
    assert.deepEqual(await storedEntries(r.page), before, 'undo puts the report back where it was');
    await dismiss(r.page);
  });

  it('keeps a title, source address and date for the report on show', async () => {
    await showReports(r.page);
    await openRow(r.page, 'local-1');
    await showReports(r.page);
    const form = r.page.locator('[data-details]');
    await form.locator('input[name="title"]').fill('River floods');
    await form.locator('input[name="source_url"]').fill('https://example.org/floods');
    await form.locator('input[name="published"]').fill('2024-06-02');
    await form.locator('button[type="submit"]').click();
    assert.match(await waitNotice(r.page, 'info'), /details were saved/);
    const e = (await storedEntries(r.page)).find((x) => x.id === 'local-1');
    assert.deepEqual([e.title, e.source_url, e.published], ['River floods', 'https://example.org/floods', '2024-06-02']);
    await r.page.locator('[data-back]').click();
    await r.page.locator(CARDS).first().waitFor();
    assert.equal(await r.page.locator('h1').innerText(), 'River floods');
    const link = r.page.locator('main a[data-source]');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.getAttribute('target'), '_blank');
  });

  it('says when a file cannot be opened, and the library keeps everything', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await expectRefused(r.page, 'photo.txt', 'text/plain', png, /not text: it looks like a PNG image/);
    await expectRefused(r.page, 'empty.txt', 'text/plain', Buffer.alloc(0), /This file is empty/);
    await expectRefused(r.page, 'huge.txt', 'text/plain', Buffer.alloc(10 * 1024 * 1024 + 7, 'a'), /10\.0 MB; the reader opens files of up to 5\.0 MB/);
    await dismiss(r.page);
    const from = await currentReport(r.page);
    await openFile(r.page, 'latin1.txt', 'text/plain', Buffer.from([...Buffer.from('The mayor said the caf'), 0xe9, ...Buffer.from(' was closed.')]));
    await waitOpened(r.page, { from });
    assert.match(await waitNotice(r.page, 'warning'), /1 invalid byte was replaced with �/);
    assert.equal(await mainText(r.page), 'The mayor said the caf\uFFFD was closed.');
  });

  it('has no console errors, page errors or failed requests', () => {
    assertNoProblems(r.problems);
  });
});

describe('a text with no attributions', () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.desktop });
  });
  after(async () => {
    await r?.close();
  });

  it('says so when nobody in the text is quoted or reported', async () => {
    const recipe = [
      'Lentil soup',
      'Rinse the lentils and drain them well.',
      'Fry the onion in oil until soft, then add the lentils and two litres of water.',
      'Simmer for 40 minutes and season to taste.',
    ].join('\n\n');
    let from = await currentReport(r.page);
    await pasteText(r.page, recipe);
    await waitOpened(r.page, { from });
    const note = r.page.locator('.no-attributions');
    await note.waitFor();
    assert.match(await note.textContent(), /No attributed claims\..*Nobody in this text is quoted or reported/);
    // A report with a speaker shows no such note.
    from = await currentReport(r.page);
    await pasteText(r.page, 'Officials said 12 people were hurt.');
    await waitOpened(r.page, { from });
    assert.equal(await r.page.locator('.no-attributions').count(), 0);
    assertNoProblems(r.problems);
  });
});

describe('sharing, exporting and links between browsers', () => {
  it('a share link opens the same report and claim in a fresh browser', async () => {
    const a = await openReader();
    let link, text, title, claim;
    try {
      await pasteText(a.page, REPORT);
      await waitOpened(a.page);
      const card = a.page.locator(CARDS).nth(2);
      claim = await card.getAttribute('data-claim-id');
      await card.locator('.card-head').click({ position: { x: 4, y: 4 } });
      await a.page.waitForFunction((c) => location.hash.endsWith(`/${c}`), claim);
      text = await mainText(a.page);
      title = await a.page.locator('h1').innerText();
      await showReports(a.page);
      await a.page.locator('[data-share]').click();
      link = await a.page.locator('[data-share-link]').inputValue();
    } finally {
      await a.close();
    }
    assert.ok(link.startsWith(baseUrl() + '#/s/2.'), link);
    const b = await openReader({ path: link.slice(baseUrl().length) });
    try {
      await b.page.locator(`${CARDS}[aria-current="true"]`).waitFor();
      assert.equal(await b.page.locator(`${CARDS}[aria-current="true"]`).getAttribute('data-claim-id'), claim);
      assert.equal(await mainText(b.page), text);
      assert.equal(await b.page.locator('h1').innerText(), title);
      assert.match(await b.page.evaluate(() => location.hash), new RegExp(`^#/r/local-1/${claim}$`));
      assert.equal((await storedEntries(b.page))[0].text, text, 'the shared report is kept on the new device');
      assertNoProblems(b.problems);
    } finally {
      await b.close();
    }
  });

  it('an export imported in another browser is the same report, exactly', async () => {
    const a = await openReader();
    let first;
    try {
      await pasteText(a.page, REPORT);
      await waitOpened(a.page);
      await showReports(a.page);
      const [dl] = await Promise.all([a.page.waitForEvent('download'), a.page.locator('[data-export]').click()]);
      assert.equal(dl.suggestedFilename(), 'floods-leave-thousands-homeless-in-river-towns.claims.json');
      first = await readFile(await dl.path(), 'utf8');
    } finally {
      await a.close();
    }
    const exported = JSON.parse(first);
    assert.equal(exported.format, 'claim-reader.report/1');
    assert.equal(exported.text, REPORT);
    const b = await openReader();
    try {
      const from = await currentReport(b.page);
      await openFile(b.page, 'floods.claims.json', 'application/json', first);
      const o = await waitOpened(b.page, { from });
      assert.equal(o.cards, exported.claims.length);
      await showReports(b.page);
      const [dl] = await Promise.all([b.page.waitForEvent('download'), b.page.locator('[data-export]').click()]);
      assert.equal(await readFile(await dl.path(), 'utf8'), first, 'the second export differs from the first');
      assertNoProblems(b.problems);
    } finally {
      await b.close();
    }
  });

  it('a link to a report that is not on this device says so', async () => {
    const r = await openReader({ path: '#/r/local-42/c2' });
    try {
      const text = await waitNotice(r.page, 'warning');
      assert.match(text, /“local-42”\) is not on this device/);
      assert.match(text, /share link/);
      await showReports(r.page);
      assert.equal(await r.page.locator('.report-row').count(), 1);
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });
});

describe('hostile HTML', () => {
  it('runs nothing and requests nothing', async () => {
    const r = await openReader();
    try {
      const dialogs = [];
      r.page.on('dialog', (d) => {
        dialogs.push(d.message());
        d.dismiss();
      });
      const requests = [];
      // The browser may fetch the page's own icon at any time; anything else
      // would come from the opened file.
      const ownIcon = (u) => /\/icons\/[^/]+$/.test(new URL(u).pathname);
      r.page.on('request', (q) => ownIcon(q.url()) || requests.push(q.url()));
      const hostile = `<!doctype html><html><head>
        <meta http-equiv="refresh" content="0; url=https://evil.example/">
        <link rel="stylesheet" href="https://evil.example/s.css"><link rel="prefetch" href="/prefetched">
        <style>@import url(https://evil.example/i.css); body { background: url(/bg.png) }</style>
        <script>alert('script'); fetch('/from-script')</script>
        <script src="https://evil.example/x.js"></script></head>
        <body onload="alert('onload')"><article><h1>Council vote</h1>
        <p>The council said <img src="/pixel.png" onerror="alert('onerror')">the vote passed.</p>
        <p>Critics said <a href="javascript:alert('link')">the count</a> was wrong.</p>
        <iframe src="https://evil.example/frame"></iframe><iframe srcdoc="<script>alert('srcdoc')</script>"></iframe>
        <svg onload="alert('svg')"><image href="/svg.png"/></svg>
        <object data="/object.swf"></object><embed src="/embed.swf"><video src="/v.mp4" poster="/poster.png"></video>
        <form action="https://evil.example/post"><input name="q" value="typed"></form>
        </article></body></html>`;
      const from = await currentReport(r.page);
      await openFile(r.page, 'hostile.html', 'text/html', hostile);
      await waitOpened(r.page, { from });
      const text = await mainText(r.page);
      assert.equal(text, 'Council vote\n\nThe council said the vote passed.\n\nCritics said the count was wrong.');
      assert.equal(await r.page.locator('h1').innerText(), 'Council vote');
      // Give anything that might have been scheduled a chance to run.
      await r.page.evaluate(() => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 100))));
      assert.deepEqual(dialogs, []);
      assert.deepEqual(requests, [], 'opening the page made requests');
      const injected = await r.page.evaluate(
        () => document.querySelectorAll('body script, body iframe, body img, body object, body embed, body video, body svg[onload], [href^="javascript:"], [onerror], [onload]').length,
      );
      assert.equal(injected, 0);
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });
});

describe('a full storage quota', () => {
  it('says the report was not kept, opens it anyway and loses nothing saved', async () => {
    const r = await openReader();
    try {
      await pasteText(r.page, REPORT);
      await waitOpened(r.page);
      const before = await stored(r.page);
      // Fill the rest of the origin's storage.
      await r.page.evaluate(() => {
        let size = 8 * 1024 * 1024;
        let i = 0;
        while (size >= 16) {
          try {
            localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
          } catch {
            size = Math.floor(size / 2);
          }
        }
      });
      const from = await currentReport(r.page);
      await openFile(r.page, 'another.txt', 'text/plain', 'Another report. The minister said 40 schools had closed, and teachers said more had.');
      const o = await waitOpened(r.page, { from });
      assert.ok(o.cards > 0);
      assert.match(await waitNotice(r.page, 'warning'), /The library is full: .* Nothing saved was lost\./);
      assert.equal(await stored(r.page), before);
      await showReports(r.page);
      assert.equal(await r.page.locator('.report-row').count(), 2);
      // Deleting is refused the same way, and keeps the report.
      await r.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });
});

describe('the reports screen on a phone (390×844)', () => {
  it('has touch targets of 44 px and no sideways scrolling', async () => {
    const r = await openReader({ viewport: VIEWPORTS.phone });
    try {
      await pasteText(r.page, REPORT);
      await waitOpened(r.page);
      const bar = await r.page.locator('.topbar button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      assert.ok(bar.every((h) => h >= 44), `title bar buttons: ${bar}`);
      await showReports(r.page);
      const small = await r.page.evaluate(() =>
        [...document.querySelectorAll('.reports button, .reports a, .reports input, .topbar button')]
          .filter((e) => e.getBoundingClientRect().height < 44)
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      assert.deepEqual(small, []);
      const wide = await r.page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
      assert.ok(wide <= 0, `the page scrolls sideways by ${wide} px`);
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });
});
