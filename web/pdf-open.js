// Reads the text items of a PDF with Mozilla's pdf.js, in this browser; the
// app (src/ui/opener.rs) rebuilds the text from them (src/import/pdf.rs).
//
// Loaded only when a PDF is opened (web/loader.js imports it on demand), so
// the first view fetches none of it. pdf.js and its worker are this site's
// own files (copied from node_modules/pdfjs-dist into pdfjs/ by
// scripts/post-build.sh, and precached by the service worker): the worker is
// a module worker from the page's origin, which the page's
// Content-Security-Policy allows with `worker-src 'self'`. Nothing is
// uploaded; no font, image or eval is used (text only).

let lib = null;

async function pdfjs() {
  if (!lib) {
    const base = document.baseURI;
    lib = await import(new URL('pdfjs/pdf.min.js', base).href);
    lib.GlobalWorkerOptions.workerSrc = new URL('pdfjs/pdf.worker.min.js', base).href;
  }
  return lib;
}

/** What went wrong, as the codes src/import/pdf.rs reads. */
function failure(err) {
  const name = err?.name ?? '';
  const detail = String(err?.message ?? err ?? '');
  if (name === 'PasswordException') return { error: 'encrypted', detail };
  return { error: 'damaged', detail };
}

/**
 * Reads `bytes` (a Uint8Array, handed over to pdf.js). `onPage(n, total)` is
 * called before each page is read; when it returns false, reading stops.
 * Resolves to a JSON string: `{pages: [{w, h, items: [[text, x, y, width,
 * size], …]}], title}` or `{error, detail}`; never rejects.
 */
export async function readPdf(bytes, onPage) {
  let pdf;
  try {
    pdf = await pdfjs();
  } catch (err) {
    return JSON.stringify({ error: 'unavailable', detail: String(err?.message ?? err) });
  }
  const task = pdf.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const total = doc.numPages;
    const pages = [];
    for (let n = 1; n <= total; n++) {
      if (onPage(n, total) === false) return JSON.stringify({ error: 'cancelled' });
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent({ disableNormalization: false });
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || it.str === '') continue;
        const t = it.transform;
        const size = Math.hypot(t[2], t[3]) || it.height || 0;
        items.push([it.str, t[4] - x0, t[5] - y0, it.width, size]);
      }
      pages.push({ w: x1 - x0, h: y1 - y0, items });
      page.cleanup();
    }
    let title = null;
    try {
      const meta = await doc.getMetadata();
      title = meta?.info?.Title || null;
    } catch {
      // No title: one is guessed from the text.
    }
    return JSON.stringify({ pages, title });
  } catch (err) {
    return JSON.stringify(failure(err));
  } finally {
    task.destroy();
  }
}
