#!/usr/bin/env node
// Draws the app's PNG icons from web/icons/icon.svg with headless Chromium
// (playwright-core): 192 and 512 pixels, and a 512-pixel maskable one whose
// drawing sits inside the central safe zone on a full-bleed background.
// Run it after changing the SVG: node scripts/icons.mjs

import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib/browser.mjs';

const dir = new URL('../web/icons/', import.meta.url);
const svg = await readFile(new URL('icon.svg', dir), 'utf8');
const inner = svg.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '').replace(/<title>.*?<\/title>/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#1f5fbf"/><g transform="translate(51.2 51.2) scale(0.8)">${inner}</g></svg>`;

const profile = await mkdtemp(path.join(tmpdir(), 'claim-reader-icons-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const [name, size, source] of [
    ['icon-192.png', 192, svg],
    ['icon-512.png', 512, svg],
    ['icon-maskable-512.png', 512, maskable],
  ]) {
    await page.setViewportSize({ width: size, height: size });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
    await page.locator('svg').screenshot({ path: new URL(name, dir).pathname, omitBackground: true });
    console.log(`wrote web/icons/${name}`);
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
