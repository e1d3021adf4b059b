// PDF fixtures for e2e/pdf.spec.mjs, made at test time from texts written for
// these tests (an invented river authority), printed to PDF by Chromium's
// own print engine (`page.pdf()`), as a report's author would. Each fixture
// says which paragraphs its text must read as, in order.
//
//   makeFixtures()  → { oneColumn, twoColumns, running, hyphenation, footnotes,
//                       long, imageOnly, damaged, encrypted? } each { bytes, paragraphs? }
//   encrypted is made with qpdf (scripts/setup.sh installs it) when it is there.

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';

const STYLE = `
  @page { size: A4; margin: 22mm 20mm; }
  body { font: 11pt/1.45 serif; margin: 0; }
  h1 { font-size: 20pt; margin: 0 0 12pt; }
  p { margin: 0 0 8pt; text-align: justify; }
  .cols { column-count: 2; column-gap: 12mm; }
  .notes { font-size: 8.5pt; margin-top: 18pt; }
  .notes p { margin: 0 0 3pt; }
`;

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = (body, style = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${STYLE}${style}</style></head><body>${body}</body></html>`;

/** Sentences of an invented report, varied so no two paragraphs are alike. */
const PLACES = ['Alder Ford', 'Brackwater', 'Cresslow', 'Dunmere', 'Elmstead', 'Fallowby', 'Greyholm', 'Hartwell'];
const THINGS = ['pumping stations', 'flood gates', 'river gauges', 'levee banks', 'storage ponds', 'outfall pipes'];
function paragraph(n, sentences = 5) {
  const place = PLACES[n % PLACES.length];
  const thing = THINGS[n % THINGS.length];
  const out = [`Paragraph ${n} reports on the ${thing} near ${place}.`];
  for (let i = 1; i < sentences; i++) {
    const pct = 10 + ((n * 7 + i * 13) % 80);
    const who = ['the authority said', 'according to the inspectors', 'the survey found', 'engineers reported'][(n + i) % 4];
    out.push(`In district ${n}-${i}, ${who} that ${pct} percent of the ${thing} were inspected before the winter season began.`);
  }
  return out.join(' ');
}

async function print(browser, body, { style = '', header = null, footer = null } = {}) {
  const page = await browser.newPage();
  await page.setContent(html(body, style));
  const opts = { format: 'A4', printBackground: true, margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' } };
  if (header || footer) {
    Object.assign(opts, {
      displayHeaderFooter: true,
      headerTemplate: header ?? '<span></span>',
      footerTemplate: footer ?? '<span></span>',
    });
  }
  const bytes = await page.pdf(opts);
  await page.close();
  return bytes;
}

const HEADER = '<div style="font-size:8pt;width:100%;text-align:center;font-family:serif">Riverside Water Authority · Annual Review</div>';
const FOOTER = '<div style="font-size:8pt;width:100%;text-align:center;font-family:serif"><span class="pageNumber"></span></div>';

export async function makeFixtures() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const f = {};

    const one = [0, 1, 2].map((n) => paragraph(n, 4));
    f.oneColumn = {
      bytes: await print(browser, `<h1>Spring inspection summary</h1>${one.map((p) => `<p>${esc(p)}</p>`).join('')}`),
      paragraphs: ['Spring inspection summary', ...one],
    };

    const two = [10, 11, 12, 13, 14, 15].map((n) => paragraph(n, 4));
    f.twoColumns = {
      bytes: await print(browser, `<h1>Two-column bulletin</h1><div class="cols">${two.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`),
      paragraphs: ['Two-column bulletin', ...two],
    };

    // Long paragraphs over three pages, so that some run on to the next page.
    const run = Array.from({ length: 9 }, (_, i) => paragraph(20 + i, 9));
    f.running = {
      bytes: await print(browser, run.map((p) => `<p>${esc(p)}</p>`).join(''), { header: HEADER, footer: FOOTER }),
      paragraphs: run,
    };

    // Words cut at line ends by the author's hyphens (explicit line breaks).
    const lines = [
      'The inspectors said that the pump-',
      'ing stations at Cresslow were re-',
      'paired in March, and the author-',
      'ity confirmed the new gates',
      'work as designed.',
    ];
    f.hyphenation = {
      bytes: await print(browser, `<p>${lines.map(esc).join('<br>')}</p><p>A second paragraph follows on its own.</p>`),
      paragraphs: [
        'The inspectors said that the pumping stations at Cresslow were repaired in March, and the authority confirmed the new gates work as designed.',
        'A second paragraph follows on its own.',
      ],
    };

    f.footnotes = {
      bytes: await print(
        browser,
        `<p>The authority said that river levels rose sharply<sup>1</sup> during the storm, and that the gates held.</p>` +
          `<p>Repairs will cost less than planned<sup>2</sup> according to the council.</p>` +
          `<div class="notes"><p><sup>1</sup> Gauge readings from the upper river station.</p><p><sup>2</sup> Estimate given at the council meeting in May.</p></div>`,
      ),
      paragraphs: [
        'The authority said that river levels rose sharply[1] during the storm, and that the gates held.',
        'Repairs will cost less than planned[2] according to the council.',
        'Notes',
        '[1] Gauge readings from the upper river station.',
        '[2] Estimate given at the council meeting in May.',
      ],
    };

    // A 120-page report: headers, page numbers, paragraphs across pages.
    const long = [];
    let body = '';
    for (let n = 0; body.length < 125 * 4200; n++) {
      const p = paragraph(100 + n, 6);
      long.push(p);
      body += `<p>${esc(p)}</p>`;
    }
    f.long = {
      bytes: await print(browser, body, { header: HEADER, footer: FOOTER }),
      paragraphs: long,
    };

    const icon = (await readFile(new URL('../../web/icons/icon-192.png', import.meta.url))).toString('base64');
    f.imageOnly = { bytes: await print(browser, `<img src="data:image/png;base64,${icon}" width="400" height="400" alt="">`) };

    // A damaged file: a PDF cut short with its middle overwritten.
    const good = Buffer.from(f.oneColumn.bytes);
    const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x7f), good.subarray(Math.floor(good.length / 2), Math.floor(good.length / 2) + 300)]);
    f.damaged = { bytes: damaged };

    if (existsSync('/usr/bin/qpdf')) {
      const dir = await mkdtemp(path.join(tmpdir(), 'claim-reader-pdf-'));
      const plain = path.join(dir, 'plain.pdf');
      const locked = path.join(dir, 'locked.pdf');
      await writeFile(plain, f.oneColumn.bytes);
      execFileSync('/usr/bin/qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', plain, locked]);
      f.encrypted = { bytes: await readFile(locked) };
    }
    return f;
  } finally {
    await browser.close();
  }
}

/** A minimal Word document (`.docx`: a ZIP of word/document.xml, DEFLATE compressed) with `paragraphs`. */
export function makeDocx(paragraphs) {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p).replace(/"/g, '&quot;')}</w:t></w:r></w:p>`).join('') +
    '</w:body></w:document>';
  const files = [
    ['[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
    ['word/document.xml', Buffer.from(xml)],
  ];
  const parts = [];
  const dir = [];
  let offset = 0;
  for (const [name, data] of files) {
    const body = deflateRawSync(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, n, body);
    dir.push(central, n);
    offset += local.length + n.length + body.length;
  }
  const d = Buffer.concat(dir);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(d.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, d, end]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
