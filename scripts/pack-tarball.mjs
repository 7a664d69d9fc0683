// `npm pack` of the package as it would be published, into .cache/pack/cloudpc-unsubscribe.tgz:
// the one file that scripts/check-pack.mjs inspects and the consumer apps (test/consumers/)
// install. Builds first when dist/ is missing or older than src/.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale } from './freshness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const packDir = join(root, '.cache', 'pack');
export const TARBALL = join(packDir, 'cloudpc-unsubscribe.tgz');

/** Packs the package (building it first when needed) and returns the tarball's path. */
export function packTarball() {
  if (isStale(join(root, 'dist', 'index.js'), [join(root, 'src')])) {
    console.log('Building the package (dist/) before packing it…');
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  // --ignore-scripts: dist/ is already built; no lifecycle script runs twice.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [{ filename }] = JSON.parse(out);
  renameSync(join(packDir, filename), TARBALL);
  return TARBALL;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`packed ${packTarball()}`);
