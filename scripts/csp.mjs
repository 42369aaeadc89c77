// After `next build`: hash every pre-rendered page's inline scripts so the server can send a
// Content-Security-Policy without 'unsafe-inline'. Writes:
//   .next/csp-manifest.json  route -> script hashes (read by scripts/server.mjs)
//   .next/_headers           the same headers in the `_headers` format that static hosts
//                            (Netlify, Cloudflare Pages) read; see README "Static hosting".
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFor, inlineScriptHashes } from './security-headers.mjs';

// `--export`: hash the static export in out/ and write out/_headers next to it.
const exporting = process.argv.includes('--export');
const appDir = exporting ? 'out' : path.join('.next', 'server', 'app');
const outDir = exporting ? 'out' : '.next';
const manifest = {};
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) {
      let route =
        '/' +
        path
          .relative(appDir, p)
          .replace(/\\/g, '/')
          .replace(/\.html$/, '');
      if (route === '/index') route = '/';
      if (exporting && route === '/404') route = '/_not-found';
      manifest[route] = inlineScriptHashes(readFileSync(p, 'utf8'));
    }
  }
};
walk(appDir);
if (!manifest['/_not-found']) throw new Error('csp: no pre-rendered 404 page found');
if (!exporting) writeFileSync(path.join('.next', 'csp-manifest.json'), JSON.stringify(manifest, null, 2));

const lines = [];
for (const [route, hashes] of Object.entries(manifest)) {
  if (route.startsWith('/_')) continue;
  lines.push(route);
  for (const [k, v] of Object.entries(headersFor(route, hashes))) lines.push(`  ${k}: ${v}`);
}
lines.push('/widget.js');
for (const [k, v] of Object.entries(headersFor('/widget.js', []))) lines.push(`  ${k}: ${v}`);
// The data files the pages load (each locale's results, each place's file): the base headers.
for (const pattern of [
  '/*/results.json',
  '/*/summary.json',
  '/*/manifest.webmanifest',
  '/*/manifest-plain.webmanifest',
  '/sw.js',
  '/places/*',
]) {
  lines.push(pattern);
  for (const [k, v] of Object.entries(headersFor(pattern, []))) lines.push(`  ${k}: ${v}`);
}
writeFileSync(path.join(outDir, '_headers'), lines.join('\n') + '\n');
// Static hosts: a path under a language that is not a page gets that language's 404 page
// (`npm start` does the same in scripts/server.mjs). Netlify reads _redirects this way; Cloudflare
// Pages does not rewrite with a 404 status, and serves its own 404 there.
if (exporting) {
  const codes = [
    ...new Set(
      Object.keys(manifest)
        .map((r) => /^\/([a-z]{2,3})(?:\/|$)/.exec(r)?.[1])
        .filter(Boolean),
    ),
  ].sort();
  writeFileSync(path.join(outDir, '_redirects'), codes.map((c) => `/${c}/*  /${c}/page-not-found  404`).join('\n') + '\n');
}
console.log(`csp: hashed inline scripts of ${Object.keys(manifest).length} pages; wrote ${path.join(outDir, '_headers')}`);
