// The first thing `npm start` and `npm test` do: install the dependencies when they are missing
// or older than package-lock.json (a fresh clone, or a pull that changed them), so that the two
// commands work on a fresh clone with nothing run before them. `npm ci` installs exactly the lock
// file; npm records each install in node_modules/.package-lock.json, whose time says when.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Why the dependencies of `dir` must be installed, or null when they are up to date. */
export function installNeeded(dir) {
  const lock = join(dir, 'package-lock.json');
  const installed = join(dir, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return 'node_modules is missing';
  if (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs) return 'package-lock.json is newer than node_modules';
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reason = installNeeded(root);
  if (reason !== null) {
    console.log(`Installing the dependencies (${reason}): npm ci`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
