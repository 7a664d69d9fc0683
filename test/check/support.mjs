// Shared by the tests in this folder: builds the checker the way `npm run build` does, into a
// folder of this test process's own under .cache/ (dist/ is left alone, and parallel test files
// do not overwrite each other), plus a library bundle of src/check/ to call runConformance directly.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildNodeTools } from '../../scripts/build-node-tools.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export async function buildChecker() {
  const outDir = `.cache/check-test-${process.pid}`;
  await buildNodeTools({ outDir });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/check/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['zod'],
    outfile: `${outDir}/check-lib.mjs`,
    logLevel: 'warning',
  });
  const dir = new URL(`${outDir}/`, pathToFileURL(root));
  return {
    lib: await import(new URL('check-lib.mjs', dir).href),
    cliPath: fileURLToPath(new URL('check.js', dir)),
    openapiPath: fileURLToPath(new URL('openapi.json', dir)),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The failing findings of a report, flattened. */
export const failures = (report) => Object.values(report.endpoints).flatMap((findings) => findings.filter((f) => !f.ok));
export const skips = (report) => Object.values(report.endpoints).flatMap((findings) => findings.filter((f) => f.skipped));
