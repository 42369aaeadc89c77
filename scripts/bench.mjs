#!/usr/bin/env node
// `npm run bench`: performance budgets of the production build.
//
//   1. builds the app (`npm run build`, i.e. `next build` + post-build steps) and a bare Next page (bench/baseline, built from a
//      copy under .bench/ with the repo's own node_modules, so the same next/react versions);
//   2. serves both on free loopback ports (the app through scripts/start.mjs);
//   3. measures each route's first-load JS (gzip -9 of every non-noModule <script src>)
//      and CSS (gzip -9 of every <link rel=stylesheet>), as ../shared/tools/firstload.sh does;
//   4. runs Lighthouse 12.2.3 (installed on demand into .bench/lighthouse) 3 times each on
//      /en, /en/check and the baseline page (a control), mobile preset, and takes medians;
//   5. prints a Markdown table (also written to .bench/report.md and .bench/report.json)
//      and exits 1 when a target fails. Servers are stopped at the end, also on error.
//
// Options: --skip-build (reuse .next and .bench/baseline-app/.next), --no-lighthouse,
//          --runs=N (Lighthouse runs per route, default 3), --port=N (app on N, baseline on N+1).
// Env: CHROME_PATH (default /usr/bin/chromium).
// No dependencies beyond the repo's own (typescript, next) and lighthouse in .bench/.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, '.bench');
const LOGS = join(BENCH, 'logs');
const BASELINE_SRC = join(ROOT, 'bench', 'baseline');
const BASELINE_APP = join(BENCH, 'baseline-app');
const LH_DIR = join(BENCH, 'lighthouse');
const LH_VERSION = '12.2.3';
const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-quic';

const ROUTES = ['/en', '/en/check', '/es', '/es/check', '/en/about', '/en/safety', '/en/learn'];
const LIGHTHOUSE_ROUTES = ['/en', '/en/check'];
const LH_GATED_ROUTE = '/en/check';
const LH_TARGETS = { performance: 95, accessibility: 100, cls: 0.05, tbt: 150 };
// A run is flagged as noisy when other work kept the CPU this busy just before it, or when
// Lighthouse's own benchmarkIndex (about 1,700 on an idle 2-core machine here) drops this low.
const BUSY_CPU = 0.25;
const BUSY_BENCHMARK_INDEX = 1000;

const BUILD_TIMEOUT_MS = 15 * 60_000;
const SERVER_START_TIMEOUT_MS = 120_000;
const LIGHTHOUSE_TIMEOUT_MS = 180_000;
const FETCH_TIMEOUT_MS = 30_000;

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const SKIP_BUILD = flag('skip-build');
const NO_LIGHTHOUSE = flag('no-lighthouse');
const RUNS = Math.max(1, Number(option('runs', '3')) || 3);
const FIXED_PORT = option('port', '') ? Number(option('port', '')) : null;

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const fmt = (n) => (n == null || Number.isNaN(n) ? '—' : Math.round(n).toLocaleString('en-US'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (x) => (x == null ? '?' : `${Math.round(x * 100)}%`);

// ---------------------------------------------------------------- processes

/** Children we started, each the leader of its own process group (kept until stopAll). */
const children = new Set();
const alive = (c) => c.exitCode === null && c.signalCode === null;

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Runs a command to completion with its output in a log file; rejects on failure or timeout. */
function run(name, cmd, cmdArgs, { cwd = ROOT, env = {}, timeoutMs }) {
  checkNotStopping();
  const logFile = join(LOGS, `${name}.log`);
  return new Promise((resolvePromise, reject) => {
    const out = createWriteStream(logFile);
    const child = spawn(cmd, cmdArgs, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.add(child);
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    const timer = setTimeout(() => {
      log(`${name}: no result after ${timeoutMs / 1000}s, stopping it`);
      killGroup(child, 'SIGTERM');
      setTimeout(() => alive(child) && killGroup(child, 'SIGKILL'), 5_000).unref();
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      children.delete(child);
      reject(new Error(`${name}: cannot run ${cmd}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      out.end();
      if (code === 0) resolvePromise(logFile);
      else
        reject(
          new Error(
            `${name} failed (${signal ?? `exit ${code}`}); see ${relative(ROOT, logFile)}:\n${tail(logFile)}`,
          ),
        );
    });
  });
}

/**
 * Signals the process group a child leads (we start every child detached, so each is the
 * leader of a group of its own). The group is signalled even when its leader has exited,
 * so that a grandchild left behind (e.g. the server under scripts/start.mjs) goes too.
 */
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    if (alive(child))
      try {
        child.kill(signal);
      } catch {
        /* already gone */
      }
  }
}

/** Pids whose parent is `ppid` (Linux /proc); [] elsewhere. */
function childPidsOf(ppid) {
  const out = [];
  let entries = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === ppid) out.push(Number(name));
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

/**
 * Stops a Lighthouse run. Its chrome-launcher starts Chromium in a process group of its
 * own and closes it on SIGINT; the Chromium pids (children of that Lighthouse process)
 * are noted first and their groups killed if they are still there afterwards.
 */
async function stopLighthouse(child) {
  if (!alive(child)) return;
  const browsers = childPidsOf(child.pid);
  try {
    process.kill(child.pid, 'SIGINT');
  } catch {
    /* gone */
  }
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && alive(child)) await sleep(100);
  killGroup(child, 'SIGKILL');
  for (const pid of browsers) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* closed by chrome-launcher */
      }
    }
  }
}

let stopping = false;
const checkNotStopping = () => {
  if (stopping) throw new Error('interrupted');
};

async function stopAll() {
  const all = [...children];
  if (all.length === 0) return;
  await Promise.all(all.filter((c) => c.lighthouse).map(stopLighthouse));
  for (const c of all) if (!c.lighthouse) killGroup(c, 'SIGTERM');
  const deadline = Date.now() + 8_000;
  while (Date.now() < deadline && all.some(alive)) await sleep(100);
  for (const c of all) killGroup(c, 'SIGKILL');
  children.clear();
}

process.on('exit', () => {
  for (const c of children) killGroup(c, 'SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    log(`${sig}: stopping servers`);
    stopAll().finally(() => process.exit(130));
  });
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePromise(port));
    });
  });
}

/** Starts a server and waits until `readyPath` answers 200 (bounded). */
async function startServer(name, cmd, cmdArgs, { cwd, env, port, readyPath }) {
  const server = { name, base: `http://127.0.0.1:${port}`, spec: { cmd, cmdArgs, cwd, env, port, readyPath }, restarts: 0 };
  await launch(server, 'w');
  return server;
}

async function launch(server, flags) {
  checkNotStopping();
  const { name, base } = server;
  const { cmd, cmdArgs, cwd, env, port, readyPath } = server.spec;
  const logFile = join(LOGS, `${name}.log`);
  const out = createWriteStream(logFile, { flags });
  const child = spawn(cmd, cmdArgs, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  server.child = child;
  server.exited = null;
  child.on('exit', (code, signal) => (server.exited = signal ?? `exit ${code}`));
  child.on('error', (err) => (server.exited = err.message));
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    checkNotStopping();
    if (server.exited)
      throw new Error(`${name} stopped (${server.exited}); see ${relative(ROOT, logFile)}:\n${tail(logFile)}`);
    try {
      const res = await fetch(base + readyPath, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      /* not up yet */
    }
    await sleep(300);
  }
  throw new Error(`${name} did not answer ${readyPath} within ${SERVER_START_TIMEOUT_MS / 1000}s:\n${tail(logFile)}`);
}

/**
 * Restarts a server that stopped under us (something else on a shared machine may end it),
 * at most twice, and says so in the report. Returns true when it had to restart it.
 */
async function ensureServer(server, notes) {
  if (!server.exited) return false;
  if (server.restarts >= 2) throw new Error(`${server.name} stopped again (${server.exited}); giving up`);
  server.restarts++;
  const msg = `${server.name} stopped during the bench (${server.exited}) and was restarted`;
  log(msg);
  notes.push(`${msg}: the figures after that come from a fresh server.`);
  killGroup(server.child, 'SIGKILL'); // whatever is left of the old one, so the port is free
  await sleep(500);
  await launch(server, 'a');
  return true;
}

// ---------------------------------------------------------------- measuring

/** tooling/firstload.ts, transpiled with the repo's TypeScript (one source for bench and tests). */
async function loadFirstload() {
  const require = createRequire(join(ROOT, 'package.json'));
  const ts = require('typescript');
  const source = readFileSync(join(ROOT, 'tooling', 'firstload.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: 'firstload.ts',
  });
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

// ---------------------------------------------------------------- lighthouse

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
      { timeoutMs: 10 * 60_000 },
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
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${LIGHTHOUSE_TIMEOUT_MS / 1000}s`;
      stopLighthouse(child);
    }, LIGHTHOUSE_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      if (code !== 0 || !existsSync(outFile)) {
        resolvePromise({ error: `lighthouse exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
        return;
      }
      try {
        const lhr = JSON.parse(readFileSync(outFile, 'utf8'));
        if (lhr.runtimeError?.code && lhr.runtimeError.code !== 'NO_ERROR')
          return resolvePromise({ error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` });
        const num = (id) => lhr.audits?.[id]?.numericValue ?? null;
        const score = (id) => (lhr.categories?.[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
        resolvePromise({
          performance: score('performance'),
          accessibility: score('accessibility'),
          lcp: num('largest-contentful-paint'),
          tbt: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          failedA11y: Object.values(lhr.audits ?? {})
            .filter((a) => a.score === 0 && lhr.categories?.accessibility?.auditRefs?.some((r) => r.id === a.id))
            .map((a) => a.id),
          version: lhr.lighthouseVersion,
          formFactor: lhr.configSettings?.formFactor,
          benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
        });
      } catch (err) {
        resolvePromise({ error: `unreadable report: ${err.message}` });
      }
    });
  });
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

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

// ---------------------------------------------------------------- main

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

async function main() {
  mkdirSync(LOGS, { recursive: true });
  if (!existsSync(NEXT_BIN)) throw new Error('node_modules/next is missing: run `npm ci` first');
  const fl = await loadFirstload();
  const failures = [];
  const notes = [];

  // Builds.
  if (SKIP_BUILD && existsSync(join(ROOT, '.next', 'BUILD_ID'))) log('--skip-build: reusing .next');
  else {
    // `npm run build` is `next build` plus the project's post-build steps (the CSP manifest
    // that scripts/start.mjs needs); fall back to `npx next build` if there is no build script.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const [cmd, cmdArgs] = pkg.scripts?.build ? ['npm', ['run', 'build']] : ['npx', ['next', 'build']];
    log(`building the app (${cmd} ${cmdArgs.join(' ')})…`);
    const t = Date.now();
    await run('build-app', cmd, cmdArgs, { timeoutMs: BUILD_TIMEOUT_MS });
    log(`  built in ${((Date.now() - t) / 1000).toFixed(0)}s`);
  }
  if (SKIP_BUILD && existsSync(join(BASELINE_APP, '.next', 'BUILD_ID'))) log('--skip-build: reusing the baseline build');
  else {
    log('building the baseline page (bench/baseline)…');
    rmSync(BASELINE_APP, { recursive: true, force: true });
    cpSync(BASELINE_SRC, BASELINE_APP, { recursive: true });
    await run('build-baseline', process.execPath, [NEXT_BIN, 'build'], {
      cwd: BASELINE_APP,
      env: { BENCH_REPO_ROOT: ROOT },
      timeoutMs: BUILD_TIMEOUT_MS,
    });
  }

  // Servers.
  const appPort = FIXED_PORT ?? (await freePort());
  const basePort = FIXED_PORT ? FIXED_PORT + 1 : await freePort();
  log(`serving the app on :${appPort} and the baseline on :${basePort}`);
  // scripts/start.mjs reads PORT (and HOST); `-H` is for versions that pass it to `next start`.
  const app = await startServer('server-app', process.execPath, ['scripts/start.mjs', '-H', '127.0.0.1'], {
    cwd: ROOT,
    port: appPort,
    readyPath: '/en',
  });
  const baseline = await startServer('server-baseline', process.execPath, [NEXT_BIN, 'start', '-p', String(basePort), '-H', '127.0.0.1'], {
    cwd: BASELINE_APP,
    env: { BENCH_REPO_ROOT: ROOT },
    port: basePort,
    readyPath: '/',
  });

  // Bytes.
  const hashes = new Map();
  const baseHashes = new Map();
  const measured = [];
  for (const route of ROUTES) {
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
  const byRoute = Object.fromEntries(measured.map((m) => [m.route, m]));
  const enCheck = byRoute['/en/check'];
  const esCheck = byRoute['/es/check'];
  if (!byRoute['/en'] || !enCheck) failures.push('/en or /en/check is missing');

  // Lighthouse.
  let lh = null;
  if (NO_LIGHTHOUSE) notes.push('Lighthouse skipped (--no-lighthouse): its targets were not checked.');
  else if (!existsSync(CHROME_PATH)) {
    failures.push(`Lighthouse: no Chromium at ${CHROME_PATH} (apt-get install -y chromium)`);
  } else {
    const cli = await ensureLighthouse();
    lh = {};
    const reports = join(BENCH, 'lighthouse-reports');
    mkdirSync(reports, { recursive: true });
    // Round-robin over the pages so that a burst of load elsewhere on the machine hits
    // them alike; the baseline page is a control (report only) for how noisy the host is.
    const pages = [
      ...LIGHTHOUSE_ROUTES.map((route) => ({ key: route, url: app.base + route, server: app })),
      { key: 'baseline', url: `${baseline.base}/`, server: baseline },
    ];
    const runsOf = Object.fromEntries(pages.map((p) => [p.key, []]));
    for (let i = 1; i <= RUNS; i++) {
      for (const { key, url, server } of pages) {
        checkNotStopping();
        log(`lighthouse ${key} run ${i}/${RUNS}…`);
        const outFile = join(reports, `${key.replace(/\W+/g, '_').replace(/^_/, '')}-${i}.json`);
        let r;
        for (let attempt = 1; attempt <= 2; attempt++) {
          await ensureServer(server, notes);
          rmSync(outFile, { force: true });
          // How busy the machine is with other work just before the run (our servers are idle).
          const busy = await cpuBusy();
          r = { ...(await lighthouseRun(cli, url, outFile)), busy };
          // A run that failed because the server went away is run again on a restarted one.
          if (!r.error || !server.exited) break;
        }
        if (r.error) log(`  failed: ${r.error}`);
        else
          log(
            `  perf ${r.performance}, a11y ${r.accessibility}, LCP ${fmt(r.lcp)} ms, TBT ${fmt(r.tbt)} ms, ` +
              `CLS ${r.cls?.toFixed(3)} (benchmarkIndex ${fmt(r.benchmarkIndex)}, CPU busy before ${pct(r.busy)})`,
          );
        runsOf[key].push(r);
      }
    }
    for (const { key } of pages) {
      const runs = runsOf[key];
      const ok = runs.filter((r) => !r.error);
      lh[key] = {
        runs,
        ok: ok.length,
        performance: median(ok.map((r) => r.performance)),
        accessibility: median(ok.map((r) => r.accessibility)),
        lcp: median(ok.map((r) => r.lcp)),
        tbt: median(ok.map((r) => r.tbt)),
        cls: median(ok.map((r) => r.cls)),
        failedA11y: [...new Set(ok.flatMap((r) => r.failedA11y))],
        version: ok[0]?.version,
        formFactor: ok[0]?.formFactor,
      };
    }
  }

  checkNotStopping();
  await stopAll();

  // ------------------------------------------------------------ report
  const out = [];
  const verdict = (pass) => (pass ? 'PASS' : '**FAIL**');
  out.push('## Performance budgets');
  out.push('');
  out.push(
    `next ${versionOf('next')}, react ${versionOf('react')}, node ${process.versions.node}` +
      (lh ? `, lighthouse ${lh[LH_GATED_ROUTE]?.version ?? LH_VERSION} (${lh[LH_GATED_ROUTE]?.formFactor ?? 'mobile'} preset)` : '') +
      `. Bytes are gzip -9 (zlib level 9).`,
  );
  out.push('');
  out.push('| route | first-load JS | budget | result | CSS | HTML | scripts |');
  out.push('| --- | ---: | ---: | --- | ---: | ---: | ---: |');
  for (const m of measured)
    out.push(
      `| ${m.route} | ${fmt(m.js.gzip)} | ${fmt(m.budget)} | ${verdict(m.pass)} | ${fmt(m.css.gzip)} | ${fmt(m.html.gzip)} | ${m.js.files.length} |`,
    );
  out.push(
    `| baseline \`/\` (bench/baseline) | ${fmt(base.js.gzip)} | — | — | ${fmt(base.css.gzip)} | ${fmt(base.html.gzip)} | ${base.js.files.length} |`,
  );
  out.push('');
  out.push('| check | value | target | result |');
  out.push('| --- | ---: | --- | --- |');
  if (enCheck && esCheck) {
    const delta = Math.abs(esCheck.js.gzip - enCheck.js.gzip);
    const pass = delta <= fl.BUDGETS.localeDelta;
    if (!pass) failures.push(`|/es/check − /en/check| = ${delta} > ${fl.BUDGETS.localeDelta}`);
    out.push(`| \\|/es/check − /en/check\\| JS | ${fmt(delta)} | ≤ ${fmt(fl.BUDGETS.localeDelta)} | ${verdict(pass)} |`);
  } else out.push(`| \\|/es/check − /en/check\\| JS | — | ≤ ${fmt(fl.BUDGETS.localeDelta)} | skipped: no /es/check |`);
  if (enCheck)
    out.push(
      `| /en/check JS ÷ baseline JS | ${(enCheck.js.gzip / base.js.gzip).toFixed(3)}× (+${fmt(enCheck.js.gzip - base.js.gzip)} B) | report only | — |`,
    );
  out.push('');

  if (lh) {
    const g = lh[LH_GATED_ROUTE];
    const checks = [
      ['performance (score)', 'performance', (v) => v >= LH_TARGETS.performance, `≥ ${LH_TARGETS.performance}`, (v) => fmt(v)],
      ['accessibility (score)', 'accessibility', (v) => v === LH_TARGETS.accessibility, `= ${LH_TARGETS.accessibility}`, (v) => fmt(v)],
      ['LCP', 'lcp', null, 'report only', (v) => `${fmt(v)} ms`],
      ['TBT', 'tbt', (v) => v < LH_TARGETS.tbt, `< ${LH_TARGETS.tbt} ms`, (v) => `${fmt(v)} ms`],
      ['CLS', 'cls', (v) => v < LH_TARGETS.cls, `< ${LH_TARGETS.cls}`, (v) => (v == null ? '—' : v.toFixed(3))],
    ];
    out.push(
      `Lighthouse, median of ${RUNS} runs per page (targets apply to ${LH_GATED_ROUTE}; the bare baseline page shows how fast this machine is right now):`,
    );
    out.push('');
    const cols = [...LIGHTHOUSE_ROUTES, 'baseline'];
    out.push(`| metric | ${cols.join(' | ')} | target (${LH_GATED_ROUTE}) | result |`);
    out.push(`| --- | ${cols.map(() => '---:').join(' | ')} | --- | --- |`);
    for (const [label, key, test, target, show] of checks) {
      const v = g?.[key];
      let result = '—';
      if (test) {
        const pass = g && g.ok > 0 && v != null && test(v);
        if (!pass) failures.push(`Lighthouse ${LH_GATED_ROUTE} ${label}: ${show(v)} (target ${target})`);
        result = verdict(pass);
      }
      out.push(`| ${label} | ${cols.map((r) => show(lh[r]?.[key])).join(' | ')} | ${target} | ${result} |`);
    }
    out.push('');
    for (const r of cols) {
      const perRun = lh[r].runs
        .map((x) =>
          x.error
            ? `error (${x.error})`
            : `${x.performance}/${x.accessibility}/${fmt(x.tbt)}ms/${x.cls?.toFixed(3)} [BI ${fmt(x.benchmarkIndex)}, busy ${pct(x.busy)}]`,
        )
        .join('; ');
      out.push(
        `- ${r} runs (perf/a11y/TBT/CLS [benchmarkIndex, CPU busy before the run]): ${perRun}` +
          (lh[r].failedA11y.length ? `; failing a11y audits: ${lh[r].failedA11y.join(', ')}` : ''),
      );
    }
    // Lighthouse's simulated throttling scales with the host's speed: a busy shared
    // machine (other builds or browsers running) inflates TBT and lowers the score.
    const busy = cols.flatMap((r) => lh[r].runs).filter(
      (x) => !x.error && ((x.busy ?? 0) > BUSY_CPU || (x.benchmarkIndex != null && x.benchmarkIndex < BUSY_BENCHMARK_INDEX)),
    );
    if (busy.length)
      notes.push(
        `${busy.length} Lighthouse run(s) started while other work used over ${pct(BUSY_CPU)} of the CPU or ` +
          `with a benchmarkIndex below ${BUSY_BENCHMARK_INDEX}: their TBT and score are pessimistic; ` +
          'rerun `npm run bench -- --skip-build` when the machine is idle.',
      );
    out.push('');
  }

  if (enCheck) {
    const baseSet = new Set(baseHashes.values());
    const top = [...enCheck.js.files].sort((a, b) => b.gzip - a.gzip).slice(0, 6);
    out.push('Largest first-load scripts of /en/check (gzip; "framework" = byte-identical chunk also loaded by the baseline page):');
    out.push('');
    for (const f of top)
      out.push(`- ${new URL(f.url).pathname}: ${fmt(f.gzip)} B${baseSet.has(hashes.get(f.url)) ? ' (framework)' : ''}`);
    out.push('');
  }

  for (const n of notes) out.push(`- Note: ${n}`);
  out.push('');
  out.push(
    failures.length
      ? `**${failures.length} target(s) failed:** ${failures.join('; ')}`
      : lh
        ? '**All targets met.**'
        : '**All byte budgets met; the Lighthouse targets were not checked.**',
  );

  const report = out.join('\n');
  mkdirSync(BENCH, { recursive: true });
  writeFileSync(join(BENCH, 'report.md'), report + '\n');
  writeFileSync(
    join(BENCH, 'report.json'),
    JSON.stringify(
      {
        routes: measured.map((m) => ({
          route: m.route,
          budget: m.budget,
          pass: m.pass,
          js: m.js.gzip,
          css: m.css.gzip,
          html: m.html.gzip,
          scripts: m.js.files.map((f) => ({ path: new URL(f.url).pathname, bytes: f.bytes, gzip: f.gzip })),
        })),
        baseline: { js: base.js.gzip, css: base.css.gzip, html: base.html.gzip },
        lighthouse: lh,
        failures,
        notes,
      },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(report + '\n');
  return failures.length ? 1 : 0;
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (err) => {
    if (stopping) return; // the signal handler stops the servers and exits
    log(`error: ${err?.stack ?? err}`);
    await stopAll();
    process.exit(2);
  });
