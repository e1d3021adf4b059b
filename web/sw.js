// The service worker: keeps one build of claim-reader in a cache so that the
// app opens and works with the network off after the first visit.
//
// - The build's file list and version are written into the line below by
//   scripts/precache.mjs (a Trunk post_build hook); a development build gets
//   an empty list, so the worker then caches nothing and passes every request on.
// - Cache-first for the build's own files: they are named by content hash, and
//   index.html is served from the same cache, so a page always gets one build.
// - A new build installs beside the old one and waits; the page asks the user,
//   and only their consent (a `skip-waiting` message) activates it. Activation
//   deletes this scope's older caches.
// - Nothing outside the scope and nothing cross-origin is touched.

const BUILD = { version: 'dev', files: [] }; // precache: written by scripts/precache.mjs

const SCOPE = self.registration.scope;
const PREFIX = `claim-reader ${SCOPE} `;
const CACHE = PREFIX + BUILD.version;
const FILES = new Set(BUILD.files.map((file) => new URL(file, SCOPE).href));
const INDEX = new URL('./', SCOPE).href;
/** Trunk's content-hashed file names: `main-0123456789abcdef.css`, `app-…_bg.wasm`. */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;

/** A copy of `response` that a navigation may use (it must not be marked redirected). */
async function clean(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        [...FILES].map(async (url) => {
          // A content-hashed name always holds the same bytes, so the copy
          // the page just loaded will do; anything else comes fresh.
          const mode = HASHED.test(url) ? 'force-cache' : 'reload';
          const response = await fetch(new Request(url, { cache: mode }));
          if (!response.ok) throw new Error(`precache: ${url}: HTTP ${response.status}`);
          await cache.put(url, await clean(response));
        }),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

/** The cache key for a request this worker answers, or null to leave it to the network. */
function keyFor(request) {
  if (request.method !== 'GET' || FILES.size === 0) return null;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    url.search = '';
    return url.href === INDEX || url.href === INDEX + 'index.html' ? INDEX : null;
  }
  return FILES.has(url.href) ? url.href : null;
}

self.addEventListener('fetch', (event) => {
  const key = keyFor(event.request);
  if (!key) return;
  event.respondWith(
    (async () => {
      const cached = await caches.match(key, { cacheName: CACHE });
      return cached ?? fetch(event.request);
    })(),
  );
});
