// `npm start`: serve the production build on $PORT (default 3000), building it first if there is none.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync('.next/BUILD_ID') || !existsSync('.next/csp-manifest.json')) {
  console.log('No production build found: running `npm run build` first.');
  run('npm', ['run', 'build']);
}
const server = spawn(process.execPath, ['scripts/server.mjs'], { stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
