import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.join(__dirname, 'install-browser.sh');

/**
 * Runs the install step with stub commands first on PATH: `apt-get` logs how it was called
 * (and "installs" chromium by creating the file), `id` says which user we are, and `sudo`
 * logs itself and runs the rest. Nothing real is installed.
 */
function runWithStubs({ uid, aptFails = false }: { uid: number; aptFails?: boolean }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'install-browser-'));
  const log = path.join(dir, 'calls.log');
  const chromium = path.join(dir, 'chromium');
  const stub = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  };
  stub(
    'apt-get',
    `echo "apt-get DEBIAN_FRONTEND=\${DEBIAN_FRONTEND:-} $*" >> "${log}"\n${aptFails ? 'exit 100' : ''}\nif [ "$1" = install ] || [ "$2" = install ] || [ "$3" = install ]; then printf '#!/bin/sh\\n' > "${chromium}"; chmod +x "${chromium}"; fi`,
  );
  stub('id', `echo ${uid}`);
  stub('sudo', `echo "sudo $1" >> "${log}"\nexec "$@"`);
  const result = spawnSync('bash', [SCRIPT], {
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, CHROMIUM_PATH: chromium },
    encoding: 'utf8',
  });
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { status: result.status, output: result.stdout + result.stderr, calls, installed: existsSync(chromium) };
}

describe('scripts/install-browser.sh (the browser install step of npm test)', () => {
  it('as root, asks apt-get itself to install chromium, non-interactively', () => {
    const r = runWithStubs({ uid: 0 });
    expect(r.output).not.toMatch(/command not found/);
    expect(r.calls.some((c) => c.startsWith('sudo'))).toBe(false);
    expect(r.calls).toContainEqual(expect.stringMatching(/^apt-get DEBIAN_FRONTEND=noninteractive .*install .*chromium/));
    expect(r.status).toBe(0);
    expect(r.installed).toBe(true);
  });

  it('as another user, goes through sudo', () => {
    const r = runWithStubs({ uid: 1000 });
    expect(r.calls.filter((c) => c.startsWith('sudo'))).toHaveLength(2);
    expect(r.calls).toContainEqual(expect.stringMatching(/^apt-get DEBIAN_FRONTEND=noninteractive .*install .*chromium/));
    expect(r.status).toBe(0);
  });

  it('fails with a clear message when apt-get fails', () => {
    const r = runWithStubs({ uid: 0, aptFails: true });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('Could not install chromium');
  });

  it('does nothing when chromium is already there', () => {
    const r = spawnSync('bash', [SCRIPT], { env: { ...process.env, CHROMIUM_PATH: process.execPath }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
