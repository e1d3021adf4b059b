// The engine's worker: reads a long report off the page's thread, so the page
// keeps answering while it works (src/ui/engine.rs; started by web/loader.js).
//
// It runs the reader's own WebAssembly, from the very files the page started
// from (their names come in its first message; the binary's integrity hash is
// checked as it arrives), with no page: src/main.rs sees no window and only
// answers `readInWorker`. The answer is the report's findings as bytes
// (src/report/wire.rs), handed over without a copy; the page checks them
// against the text it kept.

let engine;

function start({ glue, wasm, integrity }) {
  return import(glue).then(async (m) => {
    const binary = fetch(wasm, { integrity: integrity || undefined, credentials: 'same-origin' });
    await m.default({ module_or_path: binary });
    return m;
  });
}

// First `{ start: files }`, which starts the WebAssembly at once (the page
// sends it as soon as it knows a long report is coming), then `{ text }`.
self.onmessage = async (event) => {
  const { start: files, text } = event.data;
  if (files) {
    engine = start(files);
    // A failed start is answered by the read that needs it.
    engine.catch(() => {});
    return;
  }
  try {
    const m = await engine;
    const bytes = m.readInWorker(text);
    self.postMessage({ bytes }, [bytes.buffer]);
  } catch (err) {
    // The page ends this worker on an error: a failed start, or an
    // instance that stopped midway, is not used again.
    self.postMessage({ error: String(err?.message ?? err) });
  }
};
