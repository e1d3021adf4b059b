// The engine's worker, seen from the page (web/loader.js imports this on the
// first long report; src/ui/engine.rs calls it through
// `globalThis.claimReaderEngine`; web/engine-worker.js is the worker).
//
// `engineClient(files)` answers { warm, read, stop }: `warm` starts the
// worker (and its WebAssembly, from `files`, the glue and binary the page
// started from) ahead of a read, while the file is still being read and
// kept; `read(text)` answers the findings as bytes, one read at a time;
// `stop` ends the worker and a read under way (its promise rejects with
// `stopped: true`), and is true if it stopped one. A worker that fails (its
// script refused, its start or its instance failed) is not used again: the
// next read starts afresh.

export function engineClient(files) {
  let worker = null;
  /** The read under way: { from, resolve, reject }. */
  let reading = null;

  /** Ends `w`; a read it had under way fails with `error`. */
  function drop(w, error) {
    if (worker === w) worker = null;
    w.terminate();
    if (reading?.from === w) {
      const { reject } = reading;
      reading = null;
      reject(error);
    }
  }

  function start() {
    if (worker) return worker;
    const w = new Worker(new URL('engine-worker.js', import.meta.url), { type: 'module', name: 'claim-reader engine' });
    w.onerror = (event) => {
      event.preventDefault();
      drop(w, new Error(event.message || 'the worker could not start'));
    };
    w.onmessage = (event) => {
      if (event.data.error) return drop(w, new Error(event.data.error));
      if (reading?.from !== w) return;
      const { resolve } = reading;
      reading = null;
      resolve(event.data.bytes);
    };
    w.postMessage({ start: files });
    worker = w;
    return w;
  }

  const client = {
    warm() {
      start();
    },
    read(text) {
      client.stop();
      const w = start();
      return new Promise((resolve, reject) => {
        reading = { from: w, resolve, reject };
        w.postMessage({ text });
      });
    },
    stop() {
      if (!reading) return false;
      drop(reading.from, Object.assign(new Error('stopped'), { stopped: true }));
      return true;
    },
  };
  return client;
}
