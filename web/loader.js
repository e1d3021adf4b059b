// Starts claim-reader from an external file, so the page needs no inline
// script, then registers the service worker that keeps the app for offline use.
//
// Trunk writes the hashed names of the WebAssembly glue and binary only into
// the preload links it adds to index.html (with their integrity hashes); with
// `pattern_script = ""` in Trunk.toml it writes no inline loader. This file
// reads those links, so it needs no build step of its own and works under any
// sub-path: every URL is resolved against the page or this file.

const glue = document.querySelector('link[rel="modulepreload"][href$=".js"]');
const binary = document.querySelector('link[rel="preload"][as="fetch"][type="application/wasm"]');

async function start() {
  if (!glue || !binary) throw new Error('claim-reader: the build left no preload links to start from');
  // The same request as the preload (CORS, same-origin credentials, the same
  // integrity), so the browser reuses it and checks the hash.
  const wasm = fetch(binary.href, { integrity: binary.integrity || undefined, credentials: 'same-origin' });
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

try {
  await start().catch(showStartFailure);
} finally {
  keepOffline().catch((err) => console.warn('claim-reader: offline copy unavailable:', err));
}
