/* Untangle's service worker: registered only when a person chooses "Keep Untangle on this
 * phone". scripts/offline.mjs writes it to /sw.js after each build, with the build's version
 * and the files each language needs. Plain JavaScript: it runs as it is, in the worker.
 *
 * - It keeps only the languages the person kept (and the state's file they named), in one
 *   cache per build: a page and its scripts always come from the same build, never a mix.
 * - Kept files are served from the cache first, so the copy works with no network.
 * - A newer build installs beside it and waits: the page says "Newer information is
 *   available" and, on a tap, the new one takes over and the old cache is deleted.
 * - It sends nothing anywhere: it only fetches the app's own files, the same for everyone.
 */
/* global self, caches, fetch, Response, URL */
const VERSION = '__VERSION__';
const FILES = __FILES__; // { shared: [urls], locales: { en: [urls], ... } }
const CACHE = `untangle-${VERSION}`;
const KEPT = '/__untangle/kept.json';

async function keptOf(cache) {
  const r = await cache.match(KEPT);
  return r ? r.json() : { locales: [], places: [] };
}

async function keepAll(cache, kept) {
  const urls = new Set(FILES.shared);
  for (const l of kept.locales) for (const u of FILES.locales[l] ?? []) urls.add(u);
  for (const p of kept.places) if (/^[A-Z]{2}$/.test(p)) urls.add(`/places/${p}.json`);
  await cache.addAll([...urls]);
  await cache.put(KEPT, new Response(JSON.stringify(kept), { headers: { 'Content-Type': 'application/json' } }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A newer build keeps what the older one kept, before it may take over.
      const previous = (await caches.keys()).filter((k) => k.startsWith('untangle-') && k !== CACHE);
      const kept = { locales: [], places: [] };
      for (const name of previous) {
        const k = await keptOf(await caches.open(name));
        kept.locales.push(...k.locales);
        kept.places.push(...k.places);
      }
      kept.locales = [...new Set(kept.locales)].filter((l) => FILES.locales[l]);
      kept.places = [...new Set(kept.places)];
      if (kept.locales.length > 0) await keepAll(await caches.open(CACHE), kept);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('untangle-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const msg = event.data || {};
  const reply = (v) => event.ports[0] && event.ports[0].postMessage(v);
  if (msg.type === 'SKIP_WAITING') self.skipWaiting();
  if (msg.type === 'VERSION') reply({ version: VERSION });
  if (msg.type === 'KEEP' && FILES.locales[msg.locale]) {
    event.waitUntil(
      (async () => {
        try {
          const cache = await caches.open(CACHE);
          const kept = await keptOf(cache);
          kept.locales = [...new Set([...kept.locales, msg.locale])];
          if (typeof msg.place === 'string') kept.places = [...new Set([...kept.places, msg.place])];
          await keepAll(cache, kept);
          reply({ ok: true, version: VERSION, kept });
        } catch (e) {
          reply({ ok: false, error: String(e) });
        }
      })(),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // A page's data for in-app navigation is not kept: offline, the app falls back to the page itself.
  if (url.searchParams.has('_rsc')) return;
  event.respondWith(
    (async () => {
      // caches.match with a cacheName never creates a cache (after "Remove", none is left).
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
      const hit = await caches.match(path, { cacheName: CACHE, ignoreSearch: true });
      return hit || fetch(request);
    })(),
  );
});
