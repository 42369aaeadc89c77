// After `next build` (or `npm run export` with --export): writes the service worker /sw.js
// that "Keep Untangle on this phone" registers, with this build's version and the files each
// language needs offline, and reports each language's precache size (gzip bytes).
//
// Why not Serwist or Workbox: both inject their precache list through a webpack plugin, and
// Next 16 builds with Turbopack. The list here is read from the pre-rendered build itself.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const exporting = process.argv.includes('--export');
const appDir = exporting ? 'out' : path.join('.next', 'server', 'app');
const staticDir = exporting ? path.join('out', '_next', 'static') : path.join('.next', 'static');
const outFile = exporting ? path.join('out', 'sw.js') : path.join('public', 'sw.js');
/**
 * A language's pages kept offline: everything a person reads or uses with no signal. Not the
 * navigator or the embed (a clinic and a partner site are online), and not the about page: its
 * list of every source is links, of no use offline, and it would take the precache over its
 * 600 KB budget (issue #17, tested in e2e/budget.spec.ts) in six languages.
 */
const KEPT_PAGES = /^\/[a-z]{2,3}(\/(check|learn(\/[a-z0-9-]+)?|card|plan|records|safety))?$/;

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const staticFiles = new Map(walk(staticDir).map((f) => ['/_next/static/' + path.relative(staticDir, f).replace(/\\/g, '/'), f]));

const locales = {};
for (const file of walk(appDir)) {
  const rel = '/' + path.relative(appDir, file).replace(/\\/g, '/');
  let url = null;
  if (rel.endsWith('.html')) url = rel.replace(/\.html$/, '');
  else if (/^\/[a-z]{2,3}\/results\.json(\.body)?$/.test(rel)) url = rel.replace(/\.body$/, '');
  if (!url) continue;
  const code = /^\/([a-z]{2,3})(\/|$)/.exec(url)?.[1];
  if (!code || (!KEPT_PAGES.test(url) && !url.endsWith('/results.json'))) continue;
  (locales[code] ??= []).push({ url, file });
}
if (Object.keys(locales).length === 0) throw new Error(`offline: no pages found in ${appDir}`);

/**
 * The build's files these pages need: every script and style their HTML names, then every
 * chunk those scripts name (loaded later, e.g. the results' screen), until none is new.
 * Chunks only the navigator or the embed use are left out.
 */
const needed = new Set();
for (const list of Object.values(locales))
  for (const { file } of list)
    if (file.endsWith('.html'))
      for (const m of readFileSync(file, 'utf8').matchAll(/\/_next\/static\/[^"'\s)\\]+/g)) needed.add(m[0].split('?')[0]);
const byName = new Map([...staticFiles.keys()].map((u) => [path.basename(u), u]));
for (let grew = true; grew;) {
  grew = false;
  for (const url of [...needed]) {
    const file = staticFiles.get(url);
    if (!file || !file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const [name, u] of byName) {
      if (needed.has(u) || !code.includes(name)) continue;
      needed.add(u);
      grew = true;
    }
  }
}
const shared = [...needed].filter((u) => staticFiles.has(u)).map((url) => ({ url, file: staticFiles.get(url) }));
for (const icon of ['icon-192.png', 'icon-512.png']) shared.push({ url: `/${icon}`, file: path.join('public', icon) });

const files = {
  shared: shared.map((s) => s.url).sort(),
  locales: Object.fromEntries(Object.entries(locales).map(([l, list]) => [l, list.map((p) => p.url).sort()])),
};
// The version changes whenever any kept file does (a text change keeps every URL the same).
const hash = createHash('sha256').update(JSON.stringify(files));
for (const s of shared) if (existsSync(s.file)) hash.update(readFileSync(s.file));
for (const list of Object.values(locales)) for (const p of list) hash.update(readFileSync(p.file));
const version = hash.digest('hex').slice(0, 16);
const source = readFileSync(path.join('features', 'offline', 'sw-source.js'), 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__FILES__', JSON.stringify(files));
writeFileSync(outFile, source);

const sharedGzip = shared.filter((s) => existsSync(s.file)).reduce((n, s) => n + gzip(s.file), 0);
const report = Object.fromEntries(Object.entries(locales).map(([l, list]) => [l, sharedGzip + list.reduce((n, p) => n + gzip(p.file), 0)]));
writeFileSync(
  exporting ? path.join('out', 'offline-report.json') : path.join('.next', 'offline-report.json'),
  JSON.stringify({ version, sharedGzip, perLocale: report }, null, 2),
);
console.log(
  `offline: wrote ${outFile} (version ${version}); precache per language, gzip bytes: ${Object.entries(report)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')}`,
);
