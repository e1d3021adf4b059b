// Offline use: after the first visit the service worker keeps the build, so
// the reader opens and works with the network off; a new build waits until
// the user accepts it. Runs from "/" and from "/claim-reader/" like every spec.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { AxeBuilder } from '@axe-core/playwright';
import { openReader, assertNoProblems, baseUrl, urlFor, waitForApp, VIEWPORTS } from './lib/browser.mjs';

const CARDS = 'article[data-claim-id]';
const SELECTED_CARD = 'article[data-claim-id][aria-current="true"]';

/** Waits until a service worker controls the page; returns its script URL. */
async function controlled(page) {
  const handle = await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL);
  return handle.jsonValue();
}

/** The names of this app's caches, and how many entries the current one holds. */
function cacheState(page) {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('claim-reader '));
    const entries = names.length ? (await (await caches.open(names.at(-1))).keys()).map((r) => r.url) : [];
    return { names, entries };
  });
}

describe(`offline from ${new URL(baseUrl()).pathname}`, () => {
  let r;
  before(async () => {
    r = await openReader({ viewport: VIEWPORTS.phone });
  });
  after(async () => {
    await r?.close();
  });

  it('registers a worker whose scope is the path the app is served from', async () => {
    const script = await controlled(r.page);
    assert.equal(script, urlFor('sw.js'));
    const scope = await r.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.equal(scope, baseUrl());
  });

  it('can be installed: the manifest parses and the browser finds nothing missing', async () => {
    await controlled(r.page);
    const cdp = await r.context.newCDPSession(r.page);
    try {
      const manifest = await cdp.send('Page.getAppManifest');
      assert.equal(manifest.url, urlFor('manifest.webmanifest'));
      assert.deepEqual(manifest.errors, []);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
    } finally {
      await cdp.detach();
    }
  });

  it('keeps every file the page loaded in one cache named for this build and scope', async () => {
    const { names, entries } = await cacheState(r.page);
    assert.equal(names.length, 1, `caches: ${JSON.stringify(names)}`);
    assert.match(names[0], new RegExp(`^claim-reader ${baseUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} [0-9a-f]{16}$`));
    const loaded = await r.page.evaluate(() => [
      location.href.split('#')[0],
      ...performance.getEntriesByType('resource').map((e) => e.name),
    ]);
    const own = loaded.filter((u) => u.startsWith(baseUrl()));
    assert.ok(own.some((u) => u.endsWith('.wasm')), `the page loaded no .wasm: ${own.join(', ')}`);
    const missing = own.filter((u) => !entries.includes(u));
    assert.deepEqual(missing, [], `loaded but not cached for offline use:\n${missing.join('\n')}`);
  });

  it('opens with the network off, shows the report and cards, and selects a claim', async () => {
    await controlled(r.page);
    await r.context.setOffline(true);
    try {
      const served = [];
      const onResponse = (res) => served.push({ url: res.url(), sw: res.fromServiceWorker() });
      r.page.on('response', onResponse);
      await r.page.reload({ waitUntil: 'load' });
      await r.page.locator(CARDS).first().waitFor({ state: 'visible' });
      await waitForApp(r.page);
      r.page.off('response', onResponse);

      const notFromWorker = served.filter((s) => !s.sw).map((s) => s.url);
      assert.deepEqual(notFromWorker, [], 'with the network off, every response must come from the worker');
      assert.ok(served.some((s) => s.url.endsWith('.wasm')), 'the reload did not load the .wasm');

      const text = r.page.locator('mark[data-claim-id]').first();
      await text.waitFor({ state: 'visible' });

      const id = await r.page.locator(CARDS).nth(1).getAttribute('data-claim-id');
      await r.page.locator(`${CARDS}[data-claim-id="${id}"] .card-head`).click({ position: { x: 4, y: 4 } });
      await r.page.waitForFunction(
        ({ sel, id }) => document.querySelector(sel)?.dataset.claimId === id,
        { sel: SELECTED_CARD, id },
      );
      assert.ok(
        await r.page.locator(`mark[data-claim-id="${id}"][data-selected]`).count(),
        'the selected claim is not highlighted in the text',
      );
    } finally {
      await r.context.setOffline(false);
    }
    // Not one failed request or error while offline.
    assertNoProblems(r.problems);
  });
});

/**
 * Serves the app from another port by passing every request on to baseUrl()'s
 * server, except that once `release()` is called the worker script comes with
 * a new version: to the browser, a new build has been deployed.
 */
async function deployment() {
  const upstream = new URL(baseUrl());
  let version = null;
  const server = createServer(async (req, res) => {
    try {
      const answer = await fetch(new URL(req.url, upstream.origin), { headers: { 'cache-control': 'no-cache' } });
      let body = Buffer.from(await answer.arrayBuffer());
      if (version && req.url.split('?')[0].endsWith('/sw.js')) {
        const text = body.toString('utf8');
        const next = text.replace(/"version":"[0-9a-f]{16}"/, `"version":"${version}"`);
        assert.notEqual(next, text, 'the worker script has no version to change');
        body = Buffer.from(next);
      }
      const headers = { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' };
      res.writeHead(answer.status, headers).end(body);
    } catch (err) {
      res.writeHead(502).end(String(err));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}${upstream.pathname}`;
  return {
    base,
    release: (v) => {
      version = v;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe(`a new build from ${new URL(baseUrl()).pathname}`, () => {
  let r;
  let site;
  before(async () => {
    site = await deployment();
    r = await openReader({ viewport: VIEWPORTS.desktop, base: site.base });
    await controlled(r.page);
  });
  after(async () => {
    try {
      await r?.close();
    } finally {
      await site?.close();
    }
  });

  it('waits for the user to accept it, then takes over and drops the old cache', async () => {
    const before = await cacheState(r.page);
    assert.equal(before.names.length, 1);
    const oldVersion = before.names[0].split(' ').at(-1);
    const newVersion = oldVersion === 'f'.repeat(16) ? '0'.repeat(16) : 'f'.repeat(16);
    const cacheName = (v) => `claim-reader ${site.base} ${v}`;
    assert.equal(before.names[0], cacheName(oldVersion));

    // A new build is deployed; opening the app again finds it, and the page
    // offers it without changing anything yet.
    site.release(newVersion);
    await r.page.reload({ waitUntil: 'load' });
    await r.page.locator(CARDS).first().waitFor({ state: 'visible' });
    const offer = r.page.locator('.update-offer');
    await offer.waitFor({ state: 'visible' });
    assert.equal((await offer.innerText()).replace(/\s+/g, ' ').trim(), 'Update available Reload');
    assert.equal(await offer.getAttribute('role'), 'status');
    const workers = await r.page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: reg.waiting?.state ?? null, active: reg.active?.state ?? null };
    });
    assert.deepEqual(workers, { waiting: 'installed', active: 'activated' }, 'the new worker must wait for consent');
    assert.deepEqual((await cacheState(r.page)).names.sort(), [cacheName(oldVersion), cacheName(newVersion)].sort());

    const { violations } = await new AxeBuilder({ page: r.page }).include('.update-offer').withTags(['wcag2a', 'wcag2aa']).analyze();
    assert.deepEqual(violations.map((v) => v.id), [], 'the update offer has accessibility violations');

    // Consent: the page reloads under the new worker, and the old cache is gone.
    await r.page.evaluate(() => {
      window.beforeUpdate = true;
    });
    const reloaded = r.page.waitForEvent('load');
    await offer.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await r.page.locator(CARDS).first().waitFor({ state: 'visible' });
    assert.equal(await r.page.evaluate(() => window.beforeUpdate ?? null), null, 'the page did not reload');
    await r.page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return !reg.waiting && reg.active?.state === 'activated';
    });
    assert.deepEqual((await cacheState(r.page)).names, [cacheName(newVersion)]);
    assert.equal(await r.page.locator('.update-offer').count(), 0, 'the offer is still shown after the update');
    assertNoProblems(r.problems);
  });
});
