// `npm start`: the demo portal against the reference back end, on 127.0.0.1.
// Builds the package when dist/ is missing or older than src/, bundles the back end, then runs
// it in the foreground (Ctrl+C stops it). PORT picks the port (default 4173). Other arguments go
// to the back end: `npm start -- --fresh` starts with an empty demo database (.cache/demo-db/),
// and DATABASE_URL points it at PostgreSQL instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function run(script) {
  const result = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = join(root, 'dist', 'cloudpc-unsubscribe.standalone.js');
if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src'))) {
  console.log('Building the package (dist/)…');
  run('scripts/build.mjs');
}
run('scripts/build-demo-server.mjs');

const port = process.env.PORT ?? '4173';
const server = spawn(process.execPath, ['.cache/demo-server.mjs', '--port', port, '--host', '127.0.0.1', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
