// Shared helpers for the end-to-end specs: a fresh headless Chromium, the
// reader's base URL, and a record of everything that went wrong on the page.
// Every browser opened here also holds the page to its strict rules: no
// request to any origin but the served one, and no Content-Security-Policy
// violation; close() fails the test that broke either.
//
// API
//   baseUrl()                  The reader's URL, from E2E_BASE_URL (default
//                              http://127.0.0.1:8080/), always ending in "/".
//                              scripts/test.sh serves the release build from "/"
//                              and from "/claim-reader/" and runs every spec twice.
//   urlFor(path = '')          `path` resolved against baseUrl(); pass relative
//                              paths such as '' or '#/r/key', never '/…'.
//   openReader({ viewport, deviceScaleFactor, path, waitForCards = true, base = baseUrl(), javaScript = true, prepare })
//                              Launches Chromium with a fresh profile, opens
//                              `path` resolved against `base`, and (unless
//                              waitForCards is false) waits until an
//                              `article[data-claim-id]` is visible and, with
//                              JavaScript on, the app has taken the page over
//                              (waitForApp). `base` is for a spec that serves
//                              the app itself (a proxy); its origin is then the
//                              one allowed. `javaScript: false` opens the page
//                              as a browser with scripting off. `prepare`, an
//                              async function of the context, runs before the
//                              page opens (to add routes, say). A viewport of
//                              half the CSS pixels with deviceScaleFactor 2 is
//                              that screen at 200 % zoom.
//   waitForApp(page)           Waits until the app runs the page: the text and
//                              cards come in the HTML, but clicks and keys are
//                              answered only once the app has taken them over
//                              and set `<html class="hydrated">`.
//                              Returns { page, context, problems, close }.
//   problems                   { consoleErrors, pageErrors, failedRequests,
//                                offOriginRequests, outsideBaseRequests,
//                                cspViolations }:
//                              arrays of strings, filled as the page runs, for
//                              every page of the context and its service worker.
//                              Requests to any origin but the served one are
//                              aborted and recorded (the app uses no data: or
//                              blob: URLs; about:blank is fine). Every
//                              `securitypolicyviolation` event of every page
//                              is recorded (a listener added before any page
//                              script runs).
//   assertNoProblems(problems) Fails the test, listing every problem, if any
//                              array is non-empty.
//   close()                    Closes the browser and removes the profile; then
//                              throws (failing the test or hook that called it)
//                              if there was any off-origin request or CSP
//                              violation, whatever the spec checked itself.
//   strictTally()              { sessions, cspViolations, offOriginRequests }
//                              counted over every browser this process opened;
//                              printed as one line when the process exits.
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

/** Whether `url` may be requested: the origin of `base`, or about:blank. */
function isOwn(url, base) {
  const u = new URL(url);
  if (u.protocol === 'about:') return true;
  return u.origin === new URL(base).origin;
}

// Counted over every browser this process opens (see strictTally).
const tally = { sessions: 0, cspViolations: 0, offOriginRequests: 0 };
export function strictTally() {
  return { ...tally };
}
process.on('exit', () => {
  if (tally.sessions > 0) {
    console.log(
      `strict page: ${tally.cspViolations} CSP violations, ${tally.offOriginRequests} off-origin requests in ${tally.sessions} browser sessions`,
    );
  }
});

/** Runs in every page before its own scripts: reports each CSP violation to the test. */
function listenForViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    globalThis.__claimReaderCspViolation?.(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}` +
        (e.sample ? ` (${e.sample})` : ''),
    );
  });
}

export async function waitForApp(page) {
  await page.locator('html.hydrated').waitFor({ state: 'attached' });
}

export async function openReader({
  viewport = VIEWPORTS.desktop,
  deviceScaleFactor = 1,
  path: rel = '',
  waitForCards = true,
  base = baseUrl(),
  javaScript = true,
  prepare = null,
} = {}) {
  assert.ok(!rel.startsWith('/'), `openReader takes a relative path, got ${rel}`);
  const profile = await mkdtemp(path.join(tmpdir(), 'claim-reader-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor,
    javaScriptEnabled: javaScript,
  });
  const problems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    offOriginRequests: [],
    outsideBaseRequests: [],
    cspViolations: [],
  };
  tally.sessions += 1;
  const dispose = async () => {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await dispose();
    tally.cspViolations += problems.cspViolations.length;
    tally.offOriginRequests += problems.offOriginRequests.length;
    const strict = [
      ...problems.cspViolations.map((v) => `CSP violation: ${v}`),
      ...problems.offOriginRequests.map((u) => `off-origin request: ${u}`),
    ];
    assert.deepEqual(strict, [], `the page broke its strict rules:\n${strict.join('\n')}`);
  };
  try {
    context.setDefaultTimeout(TIMEOUT);
    context.setDefaultNavigationTimeout(TIMEOUT);

    await context.exposeBinding('__claimReaderCspViolation', (_source, text) => problems.cspViolations.push(String(text)));
    await context.addInitScript(listenForViolations);

    // Every request of every page and of the service worker, from the
    // browser's request log; those to another origin are also stopped.
    context.on('request', (req) => {
      const url = req.url();
      if (!isOwn(url, base)) problems.offOriginRequests.push(url);
      else if (url.startsWith('http') && !url.startsWith(base)) problems.outsideBaseRequests.push(url);
    });
    await context.route('**/*', (route) => {
      if (!isOwn(route.request().url(), base)) return route.abort('blockedbyclient');
      return route.continue();
    });
    context.on('requestfailed', (req) => {
      if (!isOwn(req.url(), base)) return; // already recorded as off-origin
      problems.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText}`);
    });
    context.on('response', (res) => {
      if (res.status() >= 400) problems.failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
    });

    // Console errors and uncaught errors of every page the context opens.
    const watch = (p) => {
      p.on('console', (msg) => {
        if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
      });
      p.on('pageerror', (err) => problems.pageErrors.push(String(err)));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    const page = context.pages()[0] ?? (await context.newPage());

    if (prepare) await prepare(context);
    await page.goto(new URL(rel, base).href, { waitUntil: 'load' });
    if (waitForCards) {
      await page.locator('article[data-claim-id]').first().waitFor({ state: 'visible' });
      if (javaScript) await waitForApp(page);
    }
    return { page, context, problems, close };
  } catch (err) {
    await dispose();
    throw err;
  }
}

export function assertNoProblems(problems) {
  const lines = Object.entries(problems).flatMap(([kind, list]) => list.map((item) => `${kind}: ${item}`));
  assert.deepEqual(lines, [], `the page had problems:\n${lines.join('\n')}`);
}

/** Waits until `fn(arg)` is truthy in the page; returns its value. `what` names it in the error. */
export async function until(page, fn, arg, what) {
  try {
    return await (await page.waitForFunction(fn, arg)).jsonValue();
  } catch (err) {
    throw new Error(`gave up waiting for ${what}: ${err.message}`);
  }
}

/** Waits until nothing has scrolled (the page, the text, the panel) for ten frames. */
export async function scrollSettled(page) {
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const where = () =>
          [scrollY, ...['.text-pane', '.panel'].map((s) => document.querySelector(s)?.scrollTop ?? 0)].join(' ');
        let last = where();
        let same = 0;
        const frame = () => {
          const now = where();
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 10) resolve(true);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}
