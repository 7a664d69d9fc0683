// `node scripts/build-demo-server.mjs`: the reference back end (demo/server/main.ts) as one ES
// module for Node 20, .cache/demo-server.mjs, with the package's contract and mock adapter and zod
// bundled in, so `node .cache/demo-server.mjs` runs without a TypeScript loader.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['demo/server/main.ts'],
  outfile: '.cache/demo-server.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  // The mock engine is a lazy import() in the browser builds; here it is inlined (no chunk files to keep beside the bundle).
  splitting: false,
  sourcemap: 'linked',
  logLevel: 'warning',
});
