// The Node side of the package, built by `npm run build` after the browser bundles:
// - dist/check.js: the `cloudpc-unsubscribe-check` command (src/check/cli.ts), one ES module for
//   Node 20 with zod left as an import (it is a dependency of the package);
// - dist/openapi.json: the OpenAPI document, made by running src/openapi/ once at build time.
//
// Exported as a function with an output folder so the tests can build the same bundle elsewhere
// without touching dist/.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const nodeBundle = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['zod'],
  logLevel: 'warning',
};

/** @param {{ outDir?: string }} [options] a folder relative to the project root (default `dist`) */
export async function buildNodeTools({ outDir = 'dist' } = {}) {
  const out = new URL(`${outDir}/`, pathToFileURL(root));
  mkdirSync(out, { recursive: true });

  const cli = fileURLToPath(new URL('check.js', out));
  await build({ ...nodeBundle, entryPoints: ['src/check/cli.ts'], outfile: cli, banner: { js: '#!/usr/bin/env node' } });
  // npm marks a bin executable when it installs the package; this makes ./dist/check.js runnable before that.
  chmodSync(cli, 0o755);

  // The generator runs from a throw-away bundle under .cache/: importing it from there resolves
  // zod from the project's node_modules.
  const generator = new URL(`.cache/openapi-generator-${process.pid}.mjs`, pathToFileURL(root));
  await build({ ...nodeBundle, entryPoints: ['src/openapi/build-openapi.ts'], outfile: fileURLToPath(generator) });
  try {
    const { buildOpenApi } = await import(generator.href);
    writeFileSync(new URL('openapi.json', out), `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
  } finally {
    rmSync(generator, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildNodeTools();
  console.log('built dist/check.js and dist/openapi.json');
}
