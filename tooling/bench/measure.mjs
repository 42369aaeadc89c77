// First-load bytes of each budgeted route and of the baseline page, measured with
// tooling/firstload.ts: the same routes, budgets and code as e2e/budget.spec.ts.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH, FETCH_TIMEOUT_MS, FIRSTLOAD_TS, ROOT } from './config.mjs';
import { checkNotStopping } from './processes.mjs';
import { ensureServer } from './servers.mjs';

/**
 * tooling/firstload.ts as a module: transpiled with the repo's own TypeScript into
 * .bench/firstload.mjs (Node 20 does not run TypeScript) and imported from there.
 */
export async function loadFirstload() {
  const require = createRequire(join(ROOT, 'package.json'));
  const ts = require('typescript');
  const { outputText } = ts.transpileModule(readFileSync(FIRSTLOAD_TS, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: 'firstload.ts',
  });
  mkdirSync(BENCH, { recursive: true });
  const file = join(BENCH, 'firstload.mjs');
  writeFileSync(file, outputText);
  return import(pathToFileURL(file).href);
}

async function fetchOk(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  const body = new Uint8Array(await res.arrayBuffer());
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return body;
}

/** Measures one route; null when it is 404. Also records each script's content hash. */
async function measureRoute(fl, base, route, hashes) {
  const res = await fetch(base + route, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  const html = await res.text();
  if (res.status === 404) return null;
  if (res.status !== 200) throw new Error(`${route} answered ${res.status}`);
  return fl.measureFirstLoad(html, base + route, async (url) => {
    const body = await fetchOk(url);
    hashes.set(url, createHash('sha256').update(body).digest('hex'));
    return body;
  });
}

/**
 * Measures every route of fl.BUDGET_ROUTES on the app against its budget, then the baseline
 * page. Routes that answer 404 are noted and skipped, but fl.REQUIRED_ROUTES must be there.
 * Returns the measured routes, the baseline's figures and every script's hash on each side.
 */
export async function measureAll(fl, app, baseline, { failures, notes }) {
  const hashes = new Map();
  const baseHashes = new Map();
  const measured = [];
  for (const route of fl.BUDGET_ROUTES) {
    checkNotStopping();
    await ensureServer(app, notes);
    const m = await measureRoute(fl, app.base, route, hashes);
    if (!m) {
      notes.push(`${route} answered 404: not measured (the page does not exist yet).`);
      continue;
    }
    const budget = fl.budgetFor(route);
    const pass = m.js.gzip <= budget;
    if (!pass) failures.push(`${route} first-load JS ${m.js.gzip} > ${budget}`);
    measured.push({ route, budget, pass, ...m });
  }
  await ensureServer(baseline, notes);
  const base = await measureRoute(fl, baseline.base, '/', baseHashes);
  if (!base) throw new Error('the baseline page answered 404');
  if (fl.REQUIRED_ROUTES.some((route) => !measured.some((m) => m.route === route)))
    failures.push(`${fl.REQUIRED_ROUTES.join(' or ')} is missing`);
  return { measured, base, hashes, baseHashes };
}
