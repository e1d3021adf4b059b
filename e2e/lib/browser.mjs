// Shared helpers for the end-to-end specs: a fresh headless Chromium, the
// reader's base URL, and a record of everything that went wrong on the page.
//
// API
//   baseUrl()                  The reader's URL, from E2E_BASE_URL (default
//                              http://127.0.0.1:8080/), always ending in "/".
//                              scripts/test.sh serves the release build from "/"
//                              and from "/claim-reader/" and runs every spec twice.
//   urlFor(path = '')          `path` resolved against baseUrl(); pass relative
//                              paths such as '' or '#/r/key', never '/…'.
//   openReader({ viewport, path, waitForCards = true })
//                              Launches Chromium with a fresh profile, opens
//                              urlFor(path), and (unless waitForCards is false)
//                              waits until an `article[data-claim-id]` is visible.
//                              Returns { page, context, problems, close }.
//   problems                   { consoleErrors, pageErrors, failedRequests,
//                                offOriginRequests, outsideBaseRequests }:
//                              arrays of strings, filled as the page runs.
//                              Requests to any host but 127.0.0.1 are aborted
//                              and recorded; data: and blob: URLs are fine.
//   assertNoProblems(problems) Fails the test, listing every problem, if any
//                              array is non-empty.
//   close()                    Closes the browser and removes the profile.
//   VIEWPORTS                  { phone: 390×844, desktop: 1280×800 }.
//
// Wait for conditions (locator.waitFor, expect-style polling), never fixed sleeps.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

/** How long a page or condition may take before a test fails (milliseconds). */
export const TIMEOUT = 15_000;

export function baseUrl() {
  const url = new URL(process.env.E2E_BASE_URL || 'http://127.0.0.1:8080/');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export function urlFor(rel = '') {
  assert.ok(!rel.startsWith('/'), `urlFor takes a relative path, got ${rel}`);
  return new URL(rel, baseUrl()).href;
}

function isLocal(url) {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return u.hostname === '127.0.0.1';
}

export async function openReader({ viewport = VIEWPORTS.desktop, path: rel = '', waitForCards = true } = {}) {
  const profile = await mkdtemp(path.join(tmpdir(), 'claim-reader-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const close = async () => {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  };
  try {
    context.setDefaultTimeout(TIMEOUT);
    context.setDefaultNavigationTimeout(TIMEOUT);

    const problems = {
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      offOriginRequests: [],
      outsideBaseRequests: [],
    };
    const base = baseUrl();
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (!isLocal(url)) {
        problems.offOriginRequests.push(url);
        return route.abort('blockedbyclient');
      }
      if (url.startsWith('http') && !url.startsWith(base)) problems.outsideBaseRequests.push(url);
      return route.continue();
    });
    context.on('requestfailed', (req) => {
      if (!isLocal(req.url())) return; // already recorded as off-origin
      problems.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText}`);
    });
    context.on('response', (res) => {
      if (res.status() >= 400) problems.failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
    });

    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => problems.pageErrors.push(String(err)));

    await page.goto(urlFor(rel), { waitUntil: 'load' });
    if (waitForCards) {
      await page.locator('article[data-claim-id]').first().waitFor({ state: 'visible' });
    }
    return { page, context, problems, close };
  } catch (err) {
    await close();
    throw err;
  }
}

export function assertNoProblems(problems) {
  const lines = Object.entries(problems).flatMap(([kind, list]) => list.map((item) => `${kind}: ${item}`));
  assert.deepEqual(lines, [], `the page had problems:\n${lines.join('\n')}`);
}
