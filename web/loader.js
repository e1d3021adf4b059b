// Starts claim-reader from an external file, so the page needs no inline
// script, then registers the service worker that keeps the app for offline use.
//
// The page arrives with the report's text and cards already in it (the
// prerender step, src/bin/prerender.rs); the app then takes it over. Trunk
// writes the hashed names of the WebAssembly glue and binary only into the
// preload links it adds to index.html (with their integrity hashes; with
// `pattern_script = ""` in Trunk.toml it writes no inline loader), and the
// prerender step moves those links into `<template id="app-files">`, where
// they fetch nothing. This file puts them into the head once the first view
// is painted, so that view does not wait on, or share the network with, the
// WebAssembly, then starts the app from them. It needs no build step of its
// own and works under any sub-path: every URL is resolved against the page
// or this file.

/** Resolves after the frame that shows the page as it arrived (or soon, in a tab not shown). */
function afterFirstPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });
}

/**
 * The links to the glue and the binary, from their template: the glue's
 * modulepreload goes into the head (its integrity then holds for the import
 * below); the binary's link is only read, its fetch is the loader's own.
 */
function appFiles() {
  const template = document.getElementById('app-files');
  const files = template?.content ?? document;
  const glue = files.querySelector('link[rel="modulepreload"][href$=".js"]');
  const binary = files.querySelector('link[rel="preload"][as="fetch"][type="application/wasm"]');
  if (template) {
    if (glue) document.head.append(glue);
    template.remove();
  }
  return { glue, binary };
}

/** The glue and binary the app started from, for the engine's worker. */
let appStartedFrom = null;

async function start() {
  await afterFirstPaint();
  const { glue, binary } = appFiles();
  if (!glue || !binary) throw new Error('claim-reader: the build left no preload links to start from');
  // The hash of the binary is checked as it arrives; the glue's by its
  // modulepreload link.
  // (A link still in the template resolves against the page only this way.)
  const wasmUrl = new URL(binary.getAttribute('href'), document.baseURI);
  appStartedFrom = { glue: glue.href, wasm: wasmUrl.href, integrity: binary.integrity || '' };
  const wasm = fetch(wasmUrl, { integrity: binary.integrity || undefined, credentials: 'same-origin' });
  const { default: init } = await import(glue.href);
  await init({ module_or_path: wasm });
}

/** The update offer: a polite status line with a Reload button. */
function offerUpdate(worker) {
  if (document.querySelector('.update-offer')) return;
  const offer = document.createElement('div');
  offer.className = 'update-offer';
  offer.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'Update available';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    reloadOnChange = true;
    worker.postMessage({ type: 'skip-waiting' });
  });
  offer.append(text, ' ', button);
  document.body.append(offer);
}

// The page reloads when a new worker takes over only after the user asked for
// it; the first worker claiming a fresh page changes nothing it shows.
let reloadOnChange = false;

async function keepOffline() {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register(new URL('sw.js', import.meta.url), {
    updateViaCache: 'none',
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadOnChange) location.reload();
  });
  // A new build waits until the user accepts it, and only when an older one
  // already runs this page (the very first install needs no consent).
  const offerIfWaiting = () => {
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  };
  offerIfWaiting();
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offerIfWaiting();
    });
  });
  // A tab left open checks for a new build when it is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine) registration.update().catch(() => {});
  });
}

/** Says so on the page when the app cannot start (no WebAssembly, a file missing). */
function showStartFailure(err) {
  const note = document.createElement('p');
  note.className = 'noscript';
  note.setAttribute('role', 'alert');
  note.textContent = `claim-reader could not start in this browser: ${err?.message ?? err}`;
  document.body.append(note);
  throw err;
}

// The PDF reader, fetched only when a PDF is opened (src/ui/opener.rs calls this).
globalThis.claimReaderReadPdf = (bytes, onPage) =>
  import(new URL('pdf-open.js', document.baseURI).href).then((m) => m.readPdf(bytes, onPage));

// The engine's worker, for long reports: web/engine-client.js, fetched on
// first use so the first view loads none of it (src/ui/engine.rs calls these).
let engineClient = null;
let engineLoading = null;
globalThis.claimReaderEngine = {
  load() {
    if (!appStartedFrom) return Promise.reject(new Error('the app has not started'));
    engineLoading ??= import(new URL('engine-client.js', import.meta.url).href).then((m) => {
      engineClient = m.engineClient(appStartedFrom);
      return engineClient;
    });
    return engineLoading;
  },
  warm() {
    this.load().then((c) => c.warm(), () => {});
  },
  read(text) {
    return this.load().then((c) => c.read(text));
  },
  stop() {
    return engineClient?.stop() ?? false;
  },
};

try {
  await start().catch(showStartFailure);
} finally {
  keepOffline().catch((err) => console.warn('claim-reader: offline copy unavailable:', err));
}
