// `npm run build`: dist/index.js (ESM; lit, @lit/context and zod left to the consumer's bundler),
// dist/cloudpc-unsubscribe.standalone.js (one minified module with everything inside), their type
// declarations, and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/];

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const common = { root, configFile: false, logLevel: 'warn', esbuild: { target: 'es2022' } };

await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: { entry, formats: ['es'], fileName: () => 'index.js' },
    // Minified like lit's own published modules; the source map leads back to src/.
    rolldownOptions: { external, output: { minify: true } },
  },
});

await build({
  ...common,
  // Lit's production build: no dev-mode warnings and checks in the bundle a page loads.
  resolve: { conditions: ['production', 'module', 'browser', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: { entry, formats: ['es'], fileName: () => 'cloudpc-unsubscribe.standalone.js' },
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
execFileSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--globs', 'src/element/*.ts'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
console.log('built dist/index.js, dist/cloudpc-unsubscribe.standalone.js, dist/*.d.ts and custom-elements.json');
