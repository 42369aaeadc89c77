// The two production servers the bench measures: the app (through scripts/start.mjs) and
// the baseline page, on loopback ports, restarted if something else stops them meanwhile.
import net from 'node:net';
import { join, relative } from 'node:path';
import { BASELINE_APP, LOGS, NEXT_BIN, ROOT, SERVER_START_TIMEOUT_MS } from './config.mjs';
import { checkNotStopping, killGroup, log, sleep, spawnLogged, tail } from './processes.mjs';

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

/** Serves the app and the baseline page, on `fixedPort` and the next one, or on free ports. */
export async function startServers(fixedPort) {
  const appPort = fixedPort ?? (await freePort());
  const basePort = fixedPort ? fixedPort + 1 : await freePort();
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
  return { app, baseline };
}

/** Starts a server and waits until `readyPath` answers 200 (bounded). */
async function startServer(name, cmd, cmdArgs, { cwd, env, port, readyPath }) {
  const server = { name, base: `http://127.0.0.1:${port}`, spec: { cmd, cmdArgs, cwd, env, port, readyPath }, restarts: 0 };
  await launch(server, 'w');
  return server;
}

/** (Re)starts `server`, its log file opened with `flags` ('w' the first time, 'a' on a restart). */
async function launch(server, flags) {
  checkNotStopping();
  const { cmd, cmdArgs, cwd, env, port } = server.spec;
  const logFile = join(LOGS, `${server.name}.log`);
  const { child } = spawnLogged(cmd, cmdArgs, {
    cwd,
    env: { PORT: String(port), HOST: '127.0.0.1', ...env },
    logFile,
    flags,
  });
  server.child = child;
  server.exited = null;
  child.on('exit', (code, signal) => (server.exited = signal ?? `exit ${code}`));
  child.on('error', (err) => (server.exited = err.message));
  await waitUntilReady(server, logFile);
}

async function waitUntilReady(server, logFile) {
  const { name, base } = server;
  const { readyPath } = server.spec;
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    checkNotStopping();
    if (server.exited) throw new Error(`${name} stopped (${server.exited}); see ${relative(ROOT, logFile)}:\n${tail(logFile)}`);
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
export async function ensureServer(server, notes) {
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
