// The service worker (written into each release build by scripts/post-build.mjs): after one visit the
// site opens and works without a network, and a new release is picked up on a later online visit.
//   - install: every file of this build is cached under the build's name: the page fetched afresh, the
//     hashed files from the browser's HTTP cache when the visit just loaded them (a hash never goes stale);
//   - activate: caches of other builds are deleted;
//   - pages: network first, with a short timeout, so that a redeploy is seen; the cached page otherwise;
//   - everything else (file names carry a content hash): from the cache, else the network.
// Drafts live in localStorage and are never touched here.
const BUILD = "__BUILD__";
const CACHE = `jixiao-${BUILD}`;
const FILES = [/* __FILES__ */];
const PAGE_TIMEOUT_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: isPage(file) ? "reload" : "default" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("jixiao-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === "navigate" ? page(request) : asset(request));
});

function isPage(file) {
  return file === "./" || file.endsWith(".html");
}

async function page(request) {
  try {
    return await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), PAGE_TIMEOUT_MS)),
    ]);
  } catch {
    const cache = await caches.open(CACHE);
    return (await cache.match(request, { ignoreSearch: true })) ||
      (await cache.match(new URL("./", self.location).href)) ||
      Response.error();
  }
}

async function asset(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  return cached || fetch(request);
}
