// The bench's child processes: commands run to completion, servers and Lighthouse runs.
// Every child is started detached, so it leads a process group of its own, and is tracked
// until stopAll(), which also runs on SIGINT, SIGTERM and SIGHUP (installSignalHandlers).
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOGS, ROOT } from './config.mjs';

export const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The last lines of a log file ('' when it cannot be read). */
export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Children we started, each the leader of its own process group (kept until stopAll). */
const children = new Set();
export const track = (child) => children.add(child);
export const untrack = (child) => children.delete(child);
export const alive = (c) => c.exitCode === null && c.signalCode === null;

let stopping = false;
export const isStopping = () => stopping;
export const checkNotStopping = () => {
  if (stopping) throw new Error('interrupted');
};

/** Spawns a tracked, detached child with its stdout and stderr in `logFile`. */
export function spawnLogged(cmd, cmdArgs, { cwd, env = {}, logFile, flags = 'w' }) {
  const out = createWriteStream(logFile, { flags });
  const child = spawn(cmd, cmdArgs, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  track(child);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  return { child, out };
}

/** Runs a command to completion with its output in a log file; rejects on failure or timeout. */
export function run(name, cmd, cmdArgs, { cwd = ROOT, env = {}, timeoutMs }) {
  checkNotStopping();
  const logFile = join(LOGS, `${name}.log`);
  return new Promise((resolvePromise, reject) => {
    const { child, out } = spawnLogged(cmd, cmdArgs, { cwd, env, logFile });
    const timer = setTimeout(() => {
      log(`${name}: no result after ${timeoutMs / 1000}s, stopping it`);
      killGroup(child, 'SIGTERM');
      setTimeout(() => alive(child) && killGroup(child, 'SIGKILL'), 5_000).unref();
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      untrack(child);
      reject(new Error(`${name}: cannot run ${cmd}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      untrack(child);
      out.end();
      if (code === 0) resolvePromise(logFile);
      else reject(new Error(`${name} failed (${signal ?? `exit ${code}`}); see ${relative(ROOT, logFile)}:\n${tail(logFile)}`));
    });
  });
}

/**
 * Signals the process group a child leads (we start every child detached, so each is the
 * leader of a group of its own). The group is signalled even when its leader has exited,
 * so that a grandchild left behind (e.g. the server under scripts/start.mjs) goes too.
 */
export function killGroup(child, signal) {
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
export async function stopLighthouse(child) {
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

/** Stops every child still tracked: Lighthouse runs first, then the others (TERM, then KILL). */
export async function stopAll() {
  const all = [...children];
  if (all.length === 0) return;
  await Promise.all(all.filter((c) => c.lighthouse).map(stopLighthouse));
  for (const c of all) if (!c.lighthouse) killGroup(c, 'SIGTERM');
  const deadline = Date.now() + 8_000;
  while (Date.now() < deadline && all.some(alive)) await sleep(100);
  for (const c of all) killGroup(c, 'SIGKILL');
  children.clear();
}

/** On exit, kills whatever is left; on SIGINT, SIGTERM or SIGHUP, stops the children and exits 130. */
export function installSignalHandlers() {
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
}
