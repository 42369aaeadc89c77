// The production server behind `npm start`: Next.js serving the pre-rendered build, with the
// security headers on every response (CSP hashes per page from .next/csp-manifest.json).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import next from 'next';
import { headersFor } from './security-headers.mjs';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || '0.0.0.0';
const manifest = JSON.parse(readFileSync('.next/csp-manifest.json', 'utf8'));
const notFound = [...new Set([...(manifest['/_not-found'] ?? []), ...(manifest['/_global-error'] ?? [])])];

function hashesFor(pathname) {
  const route = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  return manifest[route] ?? notFound;
}

// A path under a language that is not a page gets that language's 404 page, with status 404.
const pages = new Set(Object.keys(manifest));
const LOCALE_PATH = /^\/([a-z]{2,3})(?:\/|$)/;
const localeCodes = new Set([...pages].map((p) => LOCALE_PATH.exec(p)?.[1]).filter(Boolean));
export function localizedNotFound(pathname) {
  const route = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const code = LOCALE_PATH.exec(route)?.[1];
  if (pages.has(route) || !code || !localeCodes.has(code) || /\.[a-z0-9]+$/i.test(route)) return null;
  return `/${code}/page-not-found`;
}

const app = next({ dev: false, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((req, res) => {
    let { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const missing = localizedNotFound(pathname);
    if (missing) {
      req.url = pathname = missing;
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (_status, ...rest) => writeHead(404, ...rest);
      res.statusCode = 404;
    }
    for (const [k, v] of Object.entries(headersFor(pathname, hashesFor(pathname)))) res.setHeader(k, v);
    handle(req, res);
  })
  .listen(port, hostname, () => console.log(`Untangle: http://localhost:${port}`));
