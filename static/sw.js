// Loyalty Lab's service worker: after the first visit the app works offline.
//
// - The page (navigations, `/` and `index.html`) is network-first: a new
//   build is picked up on the next visit with a network, and the cached page
//   is served when there is none.
// - Files whose names carry Trunk's content hash (`name-<hex>.ext`) never
//   change, so they are cache-first.
// - Files without a hash (the worker, its loader and wasm, the manifest, the
//   icons) are network-first, so the page and its worker always come from
//   the same build when online.
// - On install, the page and everything it references are cached; whenever
//   the page is fetched from the network, hashed files it no longer
//   references (an old build's) are deleted from the cache.
//
// Only same-origin GET requests are handled: the app makes no other kind.

const CACHE = 'loyalty-lab';
const UNHASHED = ['worker_loader.js', 'worker.js', 'worker_bg.wasm', 'xlsx_worker_loader.js',
  'xlsx_worker.js', 'xlsx_worker_bg.wasm', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png'];
const HASHED = /-[0-9a-f]{10,}(_bg)?\.(js|wasm|css|svg|png)$/;

function scopeUrl(rel) {
  return new URL(rel, self.registration.scope).href;
}

/** The same-origin files a page's HTML references. */
function referenced(html) {
  const out = new Set();
  for (const m of html.matchAll(/["'](\.{0,2}\/[^"'#?\s]+\.(?:js|wasm|css|svg|png|webmanifest))["']/g)) {
    const url = new URL(m[1], self.registration.scope);
    if (url.origin === self.location.origin) out.add(url.href);
  }
  return out;
}

/** Caches the page's HTML and what it references; drops an old build's hashed files. */
async function refresh(cache, response) {
  const html = await response.clone().text();
  const wanted = referenced(html);
  for (const name of UNHASHED) wanted.add(scopeUrl(name));
  await cache.put(scopeUrl('./'), response.clone());
  for (const request of await cache.keys()) {
    if (HASHED.test(new URL(request.url).pathname) && !wanted.has(request.url)) {
      await cache.delete(request);
    }
  }
  return wanted;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch(scopeUrl('./'), { cache: 'no-cache' });
    if (!page.ok) throw new Error(`the page answered ${page.status}`);
    const wanted = await refresh(cache, page);
    wanted.delete(scopeUrl('./'));
    // A missing optional file (an icon) must not stop the install.
    await Promise.all([...wanted].map(async (url) => {
      try {
        const r = await fetch(url, { cache: 'no-cache' });
        if (r.ok) await cache.put(url, r);
      } catch (_) { /* cached later, when the page asks for it */ }
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

async function networkFirst(request, key, isPage) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      if (isPage) await refresh(cache, response);
      else await cache.put(key, response.clone());
    }
    return response;
  } catch (err) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request.url, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  const rel = url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : url.pathname;
  if (request.mode === 'navigate' || rel === '' || rel === 'index.html') {
    event.respondWith(networkFirst(request, scopeUrl('./'), true));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request, url.origin + url.pathname, false));
  }
});
