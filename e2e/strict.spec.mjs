// The strict page: a Content-Security-Policy that allows only the site's own
// files, no inline script or style anywhere, hostile input shown as text, and
// a panic in the WebAssembly that leaves a way back instead of a dead page.
// (Every spec's browser also fails its test on any CSP violation or request to
// another origin: see e2e/lib/browser.mjs.)

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openReader, assertNoProblems, baseUrl, VIEWPORTS } from './lib/browser.mjs';

const CARDS = 'article[data-claim-id]';

/** The policy of the page's <meta http-equiv="Content-Security-Policy">, as directive -> sources. */
async function policy(page) {
  const text = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? '',
  );
  return Object.fromEntries(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** Inline script, inline style, event-handler attributes, embedded content, and links out without rel. */
function inlineCode(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' && !el.hasAttribute('src')) found.push('an inline <script>');
      if (tag === 'style') found.push('a <style> element');
      if (['iframe', 'object', 'embed', 'frame'].includes(tag)) found.push(`an <${tag}>`);
      if (el.hasAttribute('style')) found.push(`a style attribute on <${tag}>`);
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on')) found.push(`${attr} on <${tag}>`);
      }
      if (tag === 'a' && el.hasAttribute('href') && !el.getAttribute('href').startsWith('#')) {
        const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) found.push(`a link to ${el.href} without rel="noopener noreferrer"`);
        if (/^(javascript|data|vbscript):/i.test(el.href)) found.push(`a ${el.href.split(':')[0]}: link`);
      }
    }
    return found;
  });
}

describe(`the strict page from ${new URL(baseUrl()).pathname}`, () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.desktop });
  });
  after(async () => {
    await r?.close();
  });

  it('declares a Content-Security-Policy that allows only its own files and no inline code', async () => {
    const csp = await policy(r.page);
    assert.deepEqual(csp['default-src'], ["'self'"]);
    assert.deepEqual(csp['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(csp['style-src'], ["'self'"]);
    assert.deepEqual(csp['object-src'], ["'none'"]);
    assert.deepEqual(csp['base-uri'], ["'none'"]);
    const loose = Object.entries(csp).filter(([, sources]) =>
      sources.some((s) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:'].includes(s) || /\/\//.test(s)),
    );
    assert.deepEqual(loose, [], 'a directive allows inline code, eval or another origin');
    // A policy in <meta> governs only what comes after it.
    const before = await r.page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
      return [...document.querySelectorAll('script, link, style')]
        .filter((el) => meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
        .map((el) => el.outerHTML);
    });
    assert.deepEqual(before, [], 'elements before the policy escape it');
  });

  it('has no inline script, inline style or links out without rel="noopener noreferrer" in any view', async () => {
    const tabs = r.page.locator('nav.view-tabs button');
    const count = await tabs.count();
    assert.ok(count >= 2, 'no view tabs');
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await r.page.waitForFunction((i) => document.querySelectorAll('nav.view-tabs button')[i].matches('.current'), i);
      assert.deepEqual(await inlineCode(r.page), [], `view ${i + 1} of ${count}`);
    }
    assertNoProblems(r.problems);
  });

  it('refuses and reports inline script, inline style and other origins (the checks can fail)', async () => {
    const outcome = await r.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.body.append(script);
      const box = document.createElement('div');
      box.setAttribute('style', 'outline-color: rgb(1, 2, 3)');
      document.body.append(box);
      const styled = getComputedStyle(box).outlineColor === 'rgb(1, 2, 3)';
      box.remove();
      script.remove();
      let fetched = 'no error';
      try {
        await fetch('http://127.0.0.2:9/');
        fetched = 'fetched';
      } catch (err) {
        fetched = err.name;
      }
      // Violation events are queued as tasks: let them arrive.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { ran: window.inlineRan ?? false, styled, fetched };
    });
    assert.deepEqual(outcome, { ran: false, styled: false, fetched: 'TypeError' });
    await r.page.waitForFunction(() => true); // one more round trip for the reports
    const directives = r.problems.cspViolations.map((v) => v.split(' ')[0]).sort();
    assert.deepEqual(directives, ['connect-src', 'script-src-elem', 'style-src-attr']);
    assert.deepEqual(r.problems.offOriginRequests, [], 'the policy stopped the request before the network');
    // These were provoked on purpose: forget them, so that close() judges the rest.
    r.problems.cspViolations.length = 0;
    r.problems.consoleErrors.length = 0;
  });

  it('stops and records a request to another origin', async () => {
    const other = 'http://127.0.0.2:9/elsewhere';
    await assert.rejects(r.page.goto(other));
    assert.deepEqual(r.problems.offOriginRequests, [other]);
    r.problems.offOriginRequests.length = 0;
    r.problems.consoleErrors.length = 0;
    r.problems.failedRequests.length = 0;
  });
});

describe(`hostile input from ${new URL(baseUrl()).pathname}`, () => {
  it('shows markup in the address as nothing but text, and runs none of it', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const r = await openReader({ path: `#/r/${encodeURIComponent(hostile)}/${encodeURIComponent('"><svg onload=alert(3)>')}` });
    try {
      const dialogs = [];
      r.page.on('dialog', (d) => {
        dialogs.push(d.message());
        d.dismiss();
      });
      await r.page.locator(CARDS).first().waitFor({ state: 'visible' });
      const injected = await r.page.evaluate(() => document.querySelectorAll('body img, body script, body svg[onload], body iframe').length);
      assert.equal(injected, 0, 'markup from the address became elements');
      assert.deepEqual(await inlineCode(r.page), []);
      assert.deepEqual(dialogs, []);
      assertNoProblems(r.problems);
    } finally {
      await r.close();
    }
  });
});

describe(`a panic from ${new URL(baseUrl()).pathname}`, () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.phone });
  });
  after(async () => {
    await r?.close();
  });

  it('replaces the page with a message, the details and a Reload button that brings the reader back', async () => {
    // The release build listens for this event only under automation
    // (src/fault.rs); it panics inside the WebAssembly.
    await r.page.evaluate(() => window.dispatchEvent(new Event('claim-reader:fault')));

    const fault = r.page.locator('main.fault');
    await fault.waitFor({ state: 'visible' });
    await r.page.getByRole('heading', { name: 'Something went wrong while reading this report.' }).waitFor();
    assert.match(await fault.innerText(), /Your saved reports are safe\./);
    assert.equal(await r.page.locator(CARDS).first().isVisible(), false, 'the broken app is still shown');
    const reload = fault.getByRole('button', { name: 'Reload' });
    assert.ok(await reload.evaluate((b) => b === document.activeElement), 'focus is not on Reload');

    await fault.locator('summary').click();
    assert.match(await fault.locator('details pre').innerText(), /deliberate fault/);

    const { violations } = await new AxeBuilder({ page: r.page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, [], `accessibility violations:\n${found.join('\n')}`);

    // The panic was reported, once, and aborted the WebAssembly.
    assert.equal(r.problems.pageErrors.length, 1, r.problems.pageErrors.join('\n'));
    assert.match(r.problems.pageErrors[0], /unreachable/i);
    assert.ok(r.problems.consoleErrors.some((e) => /deliberate fault/.test(e)), 'the panic was not logged');
    r.problems.pageErrors.length = 0;
    r.problems.consoleErrors.length = 0;

    const reloaded = r.page.waitForEvent('load');
    await reload.click();
    await reloaded;
    await r.page.locator(CARDS).first().waitFor({ state: 'visible' });
    assert.equal(await r.page.locator('main.fault').count(), 0);
    assertNoProblems(r.problems);
  });
});
