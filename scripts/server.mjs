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

const app = next({ dev: false, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    for (const [k, v] of Object.entries(headersFor(pathname, hashesFor(pathname)))) res.setHeader(k, v);
    handle(req, res);
  })
  .listen(port, hostname, () => console.log(`Untangle: http://localhost:${port}`));
