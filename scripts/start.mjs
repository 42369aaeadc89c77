// `npm start`: serve the production build on $PORT (default 3000), building it first if there is none.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build found: running `next build` first.');
  run('npx', ['next', 'build']);
}
const port = process.env.PORT || '3000';
const server = spawn('npx', ['next', 'start', '-p', port, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
