#!/usr/bin/env node
// `npm run bench`: performance budgets of the production build.
//
//   1. builds the app (`npm run build`, i.e. `next build` + post-build steps) and a bare Next
//      page (bench/baseline, built from a copy under .bench/ with the repo's own node_modules,
//      so the same next/react versions);
//   2. serves both on free loopback ports (the app through scripts/start.mjs);
//   3. measures the first-load JS (gzip -9 of every non-noModule <script src>) and CSS (gzip -9
//      of every <link rel=stylesheet>) of each route in BUDGET_ROUTES of tooling/firstload.ts,
//      the routes, budgets and code of e2e/budget.spec.ts, as ../shared/tools/firstload.sh does;
//   4. runs Lighthouse 12.2.3 (installed on demand into .bench/lighthouse) 3 times each on
//      /en, /en/check and the baseline page (a control), mobile preset, and takes medians;
//   5. prints a Markdown table (also written to .bench/report.md and .bench/report.json)
//      and exits 1 when a target fails. Servers are stopped at the end, also on error.
//
// Options: --skip-build (reuse .next and .bench/baseline-app/.next), --no-lighthouse,
//          --runs=N (Lighthouse runs per route, default 3), --port=N (app on N, baseline on N+1).
// Env: CHROME_PATH (default /usr/bin/chromium).
// No dependencies beyond the repo's own (typescript, next) and lighthouse in .bench/.
//
// Modules: config.mjs (paths, targets, options), processes.mjs (children, logs, stopping),
// build.mjs (1), servers.mjs (2), measure.mjs (3), lighthouse.mjs and lighthouse-metrics.mjs (4),
// report.mjs and format.mjs (5).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp, buildBaseline } from './build.mjs';
import { BENCH, LOGS, NEXT_BIN, ROOT, parseOptions } from './config.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { loadFirstload, measureAll } from './measure.mjs';
import { checkNotStopping, installSignalHandlers, isStopping, log, stopAll } from './processes.mjs';
import { buildReport, reportData } from './report.mjs';
import { startServers } from './servers.mjs';

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

async function main(opts) {
  mkdirSync(LOGS, { recursive: true });
  if (!existsSync(NEXT_BIN)) throw new Error('node_modules/next is missing: run `npm ci` first');
  const fl = await loadFirstload();
  const checked = { failures: [], notes: [] };

  await buildApp(opts.skipBuild);
  await buildBaseline(opts.skipBuild);
  const { app, baseline } = await startServers(opts.fixedPort);
  const bytes = await measureAll(fl, app, baseline, checked);
  const lh = await runLighthouse(app, baseline, opts, checked);
  checkNotStopping();
  await stopAll();

  const versions = { next: versionOf('next'), react: versionOf('react'), node: process.versions.node };
  const data = { ...bytes, ...checked, lh, versions, runs: opts.runs, localeDelta: fl.BUDGETS.localeDelta };
  const report = buildReport(data);
  mkdirSync(BENCH, { recursive: true });
  writeFileSync(join(BENCH, 'report.md'), report + '\n');
  writeFileSync(join(BENCH, 'report.json'), JSON.stringify(reportData(data), null, 2) + '\n');
  process.stdout.write(report + '\n');
  return checked.failures.length ? 1 : 0;
}

installSignalHandlers();
main(parseOptions(process.argv.slice(2)))
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (err) => {
    if (isStopping()) return; // the signal handler stops the servers and exits
    log(`error: ${err?.stack ?? err}`);
    await stopAll();
    process.exit(2);
  });
