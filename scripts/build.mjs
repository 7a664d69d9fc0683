// `npm run build`: dist/index.js (ESM; lit, @lit/context and zod left to the consumer's bundler),
// dist/cloudpc-unsubscribe.standalone.js (minified, with lit and zod inside, no bare imports),
// their type declarations, and custom-elements.json.
//
// Both entries load what not every subscriber needs on demand: the later steps, the QR encoder
// for face recognition, the mock back end. Their chunks sit beside the entry (dist/chunks/ and
// dist/standalone/) and are found relative to it, so a plain <script type="module" src> works
// as long as the dist folder is served as it is.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { buildNodeTools } from './build-node-tools.mjs';
import { cssTargets, jsTargets } from './browser-targets.mjs';
import { linkStandalone } from './link-standalone.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
// The package's dependencies stay imports for the consumer's bundler to resolve and share.
const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^lean-qr($|\/)/];

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

// Lit templates and styles are strings the JS minifier leaves alone: their whitespace, comments and
// long CSS forms are taken out here (html-minifier-next for html``, lightningcss for css``).
const minifyTemplates = () => minifyLiterals({ failOnError: true, options: { minifyOptions: { minifyCSS: { targets: cssTargets } } } });

const common = { root, configFile: false, logLevel: 'warn' };

// Everything the entry imports statically stays in the entry file, even what the lazy chunks also
// use: rolldown would otherwise put those shared modules in chunks of their own, and every extra
// chunk costs its import and export lists. The lazy chunks import the entry back by its file name,
// so a page loads it by a URL without a query string (README, "Builds and budgets").
const shellInEntry = {
  groups: [
    { name: 'shell', tags: ['$initial'] },
    // What the steps share (form fields, labels, the error summary, ids, the picker of several cloud
    // PCs that prepare and one-click both show) in one chunk rather than several small ones: fewer
    // requests in the first step's wave, one gzip window.
    { name: 'kit', test: /[\\/]src[\\/](ui[\\/]|steps[\\/](kit|subscription-picker)\.ts|i18n[\\/]format\.ts)/ },
  ],
};

/** Chunk names: a message table's chunk sits in a folder of its language (`chunks/messages/en/core-….js`), the rest flat. */
const chunkFileNames = (dir) => (chunk) => {
  const locale = chunk.moduleIds.map((id) => /[\\/]i18n[\\/]messages[\\/](zh-CN|en)[\\/]/.exec(id)?.[1]).find(Boolean);
  return locale ? `${dir}/messages/${locale}/[name]-[hash].js` : `${dir}/[name]-[hash].js`;
};

/** One of the package's browser builds: `fileName` in dist/, its chunks (if any) in `chunkDir`. */
function packageBuild({ fileName, chunkDir, external, sourcemap = true, output = {}, ...vite }) {
  return build({
    ...common,
    ...vite,
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      // The browser floor (package.json "browserslist"): syntax newer than it is lowered.
      target: jsTargets,
      // Minified like lit's own published modules; which builds ship their source maps: see forPages.
      sourcemap,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        external,
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, chunkFileNames: chunkFileNames(chunkDir), codeSplitting: shellInEntry, ...output },
      },
    },
  });
}

// Lit's production build: no dev-mode warnings and checks in the bundles a page loads.
// Source maps: the ESM build's ship (with the sources inside), because a consumer's bundler chains
// them into the app's own maps and the developer then sees our TypeScript. The standalone and
// one-file builds are served to subscribers as they are; their maps (mostly lit and zod) are made
// for the size budget and the syntax-floor check, but hidden (no sourceMappingURL) and left out
// of the package (package.json "files").
const forPages = {
  sourcemap: 'hidden',
  external: [],
  resolve: { conditions: ['production', 'module', 'browser', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
};

await packageBuild({ fileName: 'index.js', chunkDir: 'chunks', external });
await packageBuild({ fileName: 'cloudpc-unsubscribe.standalone.js', chunkDir: 'standalone', ...forPages });
// Its chunks become leaves that the entry links itself (scripts/link-standalone.mjs): one copy of
// the code from any URL (a query string, a fingerprinted name, a CDN), and a lost chunk can be retried.
linkStandalone(fileURLToPath(new URL('../dist', import.meta.url)), 'cloudpc-unsubscribe.standalone.js', 'standalone');
// Everything in one file, for hosts that can serve only one: nothing is loaded beside it.
await packageBuild({
  fileName: 'cloudpc-unsubscribe.single-file.js',
  chunkDir: 'single-file',
  ...forPages,
  output: { codeSplitting: false },
});

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
// `cloudpc-unsubscribe/react` and `/vue` are typings; an empty module beside each lets a value
// import (`import 'cloudpc-unsubscribe/react'`) resolve in bundlers as well as type-only imports.
for (const framework of ['react', 'vue']) {
  writeFileSync(
    new URL(`../dist/frameworks/${framework}.js`, import.meta.url),
    `// Typings only: see ${framework}.d.ts. This empty module lets \`import 'cloudpc-unsubscribe/${framework}'\` resolve.\nexport {};\n`,
  );
}
// What goes into custom-elements.json (the element only, public members only) is in custom-elements-manifest.config.mjs.
execFileSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
// The conformance check (dist/check.js, the package's bin) and the OpenAPI document of the REST contract.
await buildNodeTools();
console.log(
  'built dist/index.js, dist/cloudpc-unsubscribe.standalone.js, dist/*.d.ts, custom-elements.json, dist/check.js and dist/openapi.json',
);
