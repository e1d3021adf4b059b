// Engine throughput in headless Chromium: the claim-reader engine compiled to
// WebAssembly (benches/wasm-engine; as the app ships it, and at opt-level 3),
// wink-nlp and compromise, each parsing the same corpus in the same page,
// interleaved round by round.
//
// usage: node benches/throughput.mjs SITE_URL [ROUNDS]
//        SITE_URL serves the engine page at engine/ (scripts/bench.sh builds
//        and serves it); prints the result as JSON.
import { launch, watchOffOrigin } from './lib/chromium.mjs';

export const ENGINES = ['claim-reader', 'claim-reader-speed', 'wink-nlp', 'wink-nlp-sbd-ner', 'compromise'];

/**
 * Returns { bytes, chars, ms: { name: [per round] }, out: { name: findings },
 * wasmMemory, offOrigin }. One untimed warm-up pass per engine comes first.
 */
export async function measureThroughput(siteUrl, rounds = 7) {
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const offOrigin = [];
    watchOffOrigin(context, offOrigin);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL('engine/', siteUrl).href);
    const info = await page.evaluate(() => window.bench.ready);
    const ms = Object.fromEntries(ENGINES.map((n) => [n, []]));
    const out = {};
    for (const name of ENGINES) out[name] = (await page.evaluate((n) => window.bench.run(n), name)).out;
    for (let r = 0; r < rounds; r++) {
      for (const name of ENGINES) {
        const res = await page.evaluate((n) => window.bench.run(n), name);
        ms[name].push(res.ms);
      }
    }
    const wasmMemory = await page.evaluate(() => window.bench.wasmMemory());
    if (errors.length) throw new Error(`the engine page failed: ${errors.join('; ')}`);
    return { ...info, ms, out, wasmMemory, offOrigin, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, rounds] = process.argv.slice(2);
  if (!url) {
    console.error('usage: node benches/throughput.mjs SITE_URL [ROUNDS]');
    process.exit(2);
  }
  console.log(JSON.stringify(await measureThroughput(url, Number(rounds) || 7), null, 1));
}
