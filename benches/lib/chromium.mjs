// Headless Chromium for the benchmarks (the same binary and flags as the
// end-to-end specs), a page-memory sampler, and a check that pages made no
// request off 127.0.0.1.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/lib/browser.mjs';

/**
 * Launches Chromium. No spare renderer process is kept, so a browser with one
 * page has one renderer for it (besides the browser's own UI renderer).
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-features=SpareRendererForSitePerProcess'],
  });
  return browser;
}

/** Records every request a context makes that leaves 127.0.0.1. */
export function watchOffOrigin(context, into) {
  context.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol.startsWith('http') && u.hostname !== '127.0.0.1') into.push(req.url());
  });
}

function kib(status, key) {
  const m = status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) * 1024 : 0;
}

/**
 * Samples the private memory (resident anonymous pages plus swap, from
 * /proc) of the browser's page renderers every `everyMs`; `stop()` resolves
 * to the largest sample in bytes. Shared and file-backed pages (Chromium's
 * own code) are left out.
 */
export async function sampleRendererMemory(browser, everyMs = 50) {
  const cdp = await browser.newBrowserCDPSession();
  let peak = 0;
  let pids = [];
  const refresh = async () => {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    pids = processInfo
      .filter((p) => p.type === 'renderer')
      .map((p) => p.id)
      .filter((pid) => {
        try {
          return !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--top-chrome-webui');
        } catch {
          return false;
        }
      });
  };
  const sample = () => {
    for (const pid of pids) {
      try {
        const st = readFileSync(`/proc/${pid}/status`, 'utf8');
        peak = Math.max(peak, kib(st, 'RssAnon') + kib(st, 'VmSwap'));
      } catch {
        // The process has gone.
      }
    }
  };
  await refresh();
  let n = 0;
  const timer = setInterval(async () => {
    if (n++ % 4 === 0) await refresh().catch(() => {});
    sample();
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await refresh().catch(() => {});
      sample();
      await cdp.detach().catch(() => {});
      return peak;
    },
  };
}

/** Waits for the page's next frame to be produced (rAF, then a task). */
export function nextFrame(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}
