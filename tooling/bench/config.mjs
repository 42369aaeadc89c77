// Paths, targets, time limits and command-line options of `npm run bench` (see index.mjs).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH = join(ROOT, '.bench');
export const LOGS = join(BENCH, 'logs');
/** The one source of the routes, budgets and measuring code, shared with e2e/budget.spec.ts. */
export const FIRSTLOAD_TS = join(ROOT, 'tooling', 'firstload.ts');
export const BASELINE_SRC = join(ROOT, 'bench', 'baseline');
export const BASELINE_APP = join(BENCH, 'baseline-app');
export const LH_DIR = join(BENCH, 'lighthouse');
export const LH_VERSION = '12.2.3';
export const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-quic';

export const LIGHTHOUSE_ROUTES = ['/en', '/en/check'];
export const LH_GATED_ROUTE = '/en/check';
export const LH_TARGETS = { performance: 95, accessibility: 100, cls: 0.05, tbt: 150 };
// A run is flagged as noisy when other work kept the CPU this busy just before it, or when
// Lighthouse's own benchmarkIndex (about 1,700 on an idle 2-core machine here) drops this low.
export const BUSY_CPU = 0.25;
export const BUSY_BENCHMARK_INDEX = 1000;

export const BUILD_TIMEOUT_MS = 15 * 60_000;
export const INSTALL_TIMEOUT_MS = 10 * 60_000;
export const SERVER_START_TIMEOUT_MS = 120_000;
export const LIGHTHOUSE_TIMEOUT_MS = 180_000;
export const FETCH_TIMEOUT_MS = 30_000;

/**
 * The bench's options from its arguments: --skip-build, --no-lighthouse, --runs=N (at least 1,
 * default 3) and --port=N (the app on N, the baseline on N+1; free ports when absent).
 */
export function parseOptions(args) {
  const flag = (name) => args.includes(`--${name}`);
  const option = (name, fallback) => {
    const hit = args.find((a) => a.startsWith(`--${name}=`));
    return hit ? hit.slice(name.length + 3) : fallback;
  };
  return {
    skipBuild: flag('skip-build'),
    noLighthouse: flag('no-lighthouse'),
    runs: Math.max(1, Number(option('runs', '3')) || 3),
    fixedPort: option('port', '') ? Number(option('port', '')) : null,
  };
}
