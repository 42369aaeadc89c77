// Lighthouse runs: installs the pinned version into .bench/lighthouse on demand, then runs it
// round-robin over the gated routes and the baseline page (a control for how busy the
// machine is), several times each, and returns each page's medians.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  BENCH,
  CHROME_FLAGS,
  CHROME_PATH,
  INSTALL_TIMEOUT_MS,
  LH_DIR,
  LH_VERSION,
  LIGHTHOUSE_ROUTES,
  LIGHTHOUSE_TIMEOUT_MS,
  ROOT,
} from './config.mjs';
import { fmt, pct } from './format.mjs';
import { metricsOf, summarizeRuns } from './lighthouse-metrics.mjs';
import { checkNotStopping, log, run, sleep, stopLighthouse, track, untrack } from './processes.mjs';
import { ensureServer } from './servers.mjs';

/**
 * Runs Lighthouse `runs` times on each page; returns { [route or 'baseline']: summary }, or
 * null when it was skipped (--no-lighthouse, noted) or there is no Chromium (a failure).
 */
export async function runLighthouse(app, baseline, { noLighthouse, runs }, { failures, notes }) {
  if (noLighthouse) {
    notes.push('Lighthouse skipped (--no-lighthouse): its targets were not checked.');
    return null;
  }
  if (!existsSync(CHROME_PATH)) {
    failures.push(`Lighthouse: no Chromium at ${CHROME_PATH} (apt-get install -y chromium)`);
    return null;
  }
  const cli = await ensureLighthouse();
  const reports = join(BENCH, 'lighthouse-reports');
  mkdirSync(reports, { recursive: true });
  // Round-robin over the pages so that a burst of load elsewhere on the machine hits
  // them alike; the baseline page is a control (report only) for how noisy the host is.
  const pages = [
    ...LIGHTHOUSE_ROUTES.map((route) => ({ key: route, url: app.base + route, server: app })),
    { key: 'baseline', url: `${baseline.base}/`, server: baseline },
  ];
  const runsOf = Object.fromEntries(pages.map((p) => [p.key, []]));
  for (let i = 1; i <= runs; i++)
    for (const page of pages) {
      checkNotStopping();
      log(`lighthouse ${page.key} run ${i}/${runs}…`);
      const outFile = join(reports, `${page.key.replace(/\W+/g, '_').replace(/^_/, '')}-${i}.json`);
      runsOf[page.key].push(await runPage(cli, page, outFile, notes));
    }
  return Object.fromEntries(pages.map(({ key }) => [key, summarizeRuns(runsOf[key])]));
}

/** One run on one page, run again once on a restarted server if the server went away under it. */
async function runPage(cli, { url, server }, outFile, notes) {
  let r;
  for (let attempt = 1; attempt <= 2; attempt++) {
    await ensureServer(server, notes);
    rmSync(outFile, { force: true });
    // How busy the machine is with other work just before the run (our servers are idle).
    const busy = await cpuBusy();
    r = { ...(await lighthouseRun(cli, url, outFile)), busy };
    if (!r.error || !server.exited) break;
  }
  if (r.error) log(`  failed: ${r.error}`);
  else
    log(
      `  perf ${r.performance}, a11y ${r.accessibility}, LCP ${fmt(r.lcp)} ms, TBT ${fmt(r.tbt)} ms, ` +
        `CLS ${r.cls?.toFixed(3)} (benchmarkIndex ${fmt(r.benchmarkIndex)}, CPU busy before ${pct(r.busy)})`,
    );
  return r;
}

/** The Lighthouse CLI in .bench/lighthouse, installed there first when it is not LH_VERSION. */
async function ensureLighthouse() {
  const cli = join(LH_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const pkg = join(LH_DIR, 'node_modules', 'lighthouse', 'package.json');
  const installed = existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : null;
  if (installed !== LH_VERSION) {
    log(`installing lighthouse@${LH_VERSION} into ${relative(ROOT, LH_DIR)}/ (once)`);
    mkdirSync(LH_DIR, { recursive: true });
    writeFileSync(
      join(LH_DIR, 'package.json'),
      JSON.stringify({ name: 'untangle-bench-tools', private: true, dependencies: {} }, null, 2) + '\n',
    );
    await run(
      'install-lighthouse',
      'npm',
      ['install', '--prefix', LH_DIR, '--no-audit', '--no-fund', '--save-exact', `lighthouse@${LH_VERSION}`],
      { timeoutMs: INSTALL_TIMEOUT_MS },
    );
  }
  if (!existsSync(cli)) throw new Error(`lighthouse CLI missing at ${relative(ROOT, cli)}`);
  return cli;
}

/** One Lighthouse run; resolves to its metrics or to { error }. */
function lighthouseRun(cli, url, outFile) {
  checkNotStopping();
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        `--output-path=${outFile}`,
        '--only-categories=performance,accessibility',
        `--chrome-flags=${CHROME_FLAGS}`,
        '--quiet',
      ],
      { cwd: ROOT, env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    );
    child.lighthouse = true;
    track(child);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${LIGHTHOUSE_TIMEOUT_MS / 1000}s`;
      stopLighthouse(child);
    }, LIGHTHOUSE_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      untrack(child);
      if (code !== 0 || !existsSync(outFile))
        resolvePromise({ error: `lighthouse exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
      else resolvePromise(readReport(outFile));
    });
  });
}

function readReport(outFile) {
  try {
    return metricsOf(JSON.parse(readFileSync(outFile, 'utf8')));
  } catch (err) {
    return { error: `unreadable report: ${err.message}` };
  }
}

/** Share of the machine's CPU time (0..1) spent busy over `ms`, from /proc/stat; null elsewhere. */
async function cpuBusy(ms = 1000) {
  const sample = () => {
    try {
      const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      const idle = (f[3] ?? 0) + (f[4] ?? 0);
      return { idle, total: f.slice(0, 8).reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = sample();
  await sleep(ms);
  const b = sample();
  if (!a || !b || b.total === a.total) return null;
  return 1 - (b.idle - a.idle) / (b.total - a.total);
}
