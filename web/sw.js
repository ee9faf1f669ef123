// Service worker template: web/sw-build.mjs writes it, with this build's
// version and file list filled in, to sw.js next to index.html.
//
// One cache per build, holding exactly that build's files, each checked
// against its SHA-384 hash while installing, so a cache can never hold a
// mix of two builds, an error page or an HTML page under an asset's name.
// A new build installs in the background and waits: the page asks the
// person first, then sends 'skipWaiting' (web/pwa.js).

// Filled in by web/sw-build.mjs.
const VERSION = 'dev';
const FILES = [];

/** Caches of this app at this scope (another app on the origin keeps its own). */
const PREFIX = `symptom-explorer ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const url = (path) => new URL(path, self.location).href;
/** The page is stored under the folder's URL ('./'), the address people open. */
const PAGE = url('./');
const PAGE_HASH = FILES.find(([path]) => path === './')?.[1];
const ASSETS = new Set(FILES.map(([path]) => url(path)));
/** How long a navigation waits for the network before the cached page is used. */
const PATIENCE_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        FILES.map(async ([path, integrity]) => {
          // Past the HTTP cache, and refused unless the bytes match the build.
          const response = await fetch(new Request(url(path), { cache: 'no-cache', integrity }));
          if (!response.ok) throw new Error(`precache: HTTP ${response.status} for ${path}`);
          await cache.put(url(path), response);
        }),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      // The browser fetches the page while the worker starts, instead of
      // after: a warm start then waits for whichever is slower, not both.
      .then(() => self.registration.navigationPreload?.enable())
      // The first visit's page is already this build: control it now, so it
      // works offline without a reload.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const { origin, pathname } = new URL(request.url);
  const target = origin + pathname;
  if (request.mode === 'navigate' && (target === PAGE || target === url('index.html'))) {
    event.respondWith(page(request, event.preloadResponse));
  } else if (ASSETS.has(target)) {
    // Hashed names never change content: cache first.
    event.respondWith(caches.match(target, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  }
});

/**
 * Network first, but only this build's page: when the server already has a
 * newer one, its scripts would not match this cache, so the cached page is
 * served and the new build (which the browser fetches with this navigation)
 * waits for the person's go-ahead. Offline, slow or failing: the cached page.
 * `preloaded` is the browser's navigation preload (undefined without one).
 */
async function page(request, preloaded) {
  const cached = caches.match(PAGE, { cacheName: CACHE });
  try {
    const response = await Promise.race([
      Promise.resolve(preloaded).then((r) => r ?? fetch(request)),
      new Promise((_, reject) => setTimeout(reject, PATIENCE_MS)),
    ]);
    if (response.ok && (await sha384(response.clone())) === PAGE_HASH) return response;
  } catch {
    // Offline or too slow.
  }
  return (await cached) ?? fetch(request);
}

async function sha384(response) {
  const digest = await crypto.subtle.digest('SHA-384', await response.arrayBuffer());
  return 'sha384-' + btoa(String.fromCharCode(...new Uint8Array(digest)));
}
