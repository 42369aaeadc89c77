// Production builds of the app and of the baseline page (bench/baseline, a bare Next.js
// page built from a copy under .bench/ against the repo's own node_modules).
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_APP, BASELINE_SRC, BUILD_TIMEOUT_MS, NEXT_BIN, ROOT } from './config.mjs';
import { log, run } from './processes.mjs';

/** Builds the app, unless `skipBuild` and there is a build already. */
export async function buildApp(skipBuild) {
  if (skipBuild && existsSync(join(ROOT, '.next', 'BUILD_ID'))) {
    log('--skip-build: reusing .next');
    return;
  }
  // `npm run build` is `next build` plus the project's post-build steps (the CSP manifest
  // that scripts/start.mjs needs); fall back to `npx next build` if there is no build script.
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const [cmd, cmdArgs] = pkg.scripts?.build ? ['npm', ['run', 'build']] : ['npx', ['next', 'build']];
  log(`building the app (${cmd} ${cmdArgs.join(' ')})…`);
  const t = Date.now();
  await run('build-app', cmd, cmdArgs, { timeoutMs: BUILD_TIMEOUT_MS });
  log(`  built in ${((Date.now() - t) / 1000).toFixed(0)}s`);
}

/**
 * Builds the baseline page from a fresh copy of bench/baseline in .bench/baseline-app,
 * unless `skipBuild` and there is a build already. BENCH_REPO_ROOT tells its next.config.js
 * to resolve next and react from the repo's node_modules (the same versions as the app).
 */
export async function buildBaseline(skipBuild) {
  if (skipBuild && existsSync(join(BASELINE_APP, '.next', 'BUILD_ID'))) {
    log('--skip-build: reusing the baseline build');
    return;
  }
  log('building the baseline page (bench/baseline)…');
  rmSync(BASELINE_APP, { recursive: true, force: true });
  cpSync(BASELINE_SRC, BASELINE_APP, { recursive: true });
  await run('build-baseline', process.execPath, [NEXT_BIN, 'build'], {
    cwd: BASELINE_APP,
    env: { BENCH_REPO_ROOT: ROOT },
    timeoutMs: BUILD_TIMEOUT_MS,
  });
}
