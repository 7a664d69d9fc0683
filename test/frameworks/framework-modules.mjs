/**
 * A web-test-runner plugin that lets browser tests import React and Vue by their package names.
 *
 * React 19 ships CommonJS only, which a browser cannot load; it is bundled once with esbuild into
 * one ES module (one copy of React, shared by react-dom, or hooks break), and each specifier is
 * served as a small module that re-exports its part. Vue's default ES build expects a bundler to
 * replace `process.env.NODE_ENV`, so `vue` is pointed at its self-contained browser build instead.
 * A relative `./x.js` import of a `./x.tsx` source is pointed at it, as TypeScript resolves it
 * (the esbuild plugin does that for `.ts` only).
 */
import { build } from 'esbuild';
import { access } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

const PREFIX = '/__framework-modules/';
const BUNDLE = `${PREFIX}react-bundle.js`;

/** Specifier → the file name it is served under. */
const REACT_MODULES = {
  react: 'react.js',
  'react/jsx-runtime': 'react-jsx-runtime.js',
  'react/jsx-dev-runtime': 'react-jsx-dev-runtime.js',
  'react-dom': 'react-dom.js',
  'react-dom/client': 'react-dom-client.js',
};
const VUE_BROWSER_BUILD = '/node_modules/vue/dist/vue.runtime.esm-browser.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

async function bundleReact(rootDir) {
  const entry = `module.exports = { ${Object.keys(REACT_MODULES)
    .map((specifier) => `${JSON.stringify(specifier)}: require(${JSON.stringify(specifier)})`)
    .join(', ')} };`;
  const result = await build({
    stdin: { contents: entry, resolveDir: rootDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * The names each React module exports, as Node sees them. Read in a child process: React's
 * development build patches `console` when it loads, which breaks the runner's own console.
 */
function exportNames(rootDir) {
  const script = `const names = {}; for (const s of ${JSON.stringify(Object.keys(REACT_MODULES))}) names[s] = Object.keys(require(s)); console.log(JSON.stringify(names));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: rootDir, encoding: 'utf8' }));
}

/** A module re-exporting one specifier's part of the bundle. */
function reExport(specifier, allNames) {
  const names = allNames[specifier].filter((name) => IDENTIFIER.test(name) && name !== 'default');
  return [
    `import all from '${BUNDLE}';`,
    `const m = all[${JSON.stringify(specifier)}];`,
    'export default m;',
    names.length > 0 ? `export const { ${names.join(', ')} } = m;` : '',
  ].join('\n');
}

/** `./app.js` → `./app.tsx` when only the `.tsx` source exists next to the importing file. */
async function tsxSibling(rootDir, importerPath, source) {
  const dir = path.join(rootDir, path.posix.dirname(importerPath));
  const tsx = `${source.slice(0, -3)}.tsx`;
  const exists = (file) =>
    access(path.join(dir, file)).then(
      () => true,
      () => false,
    );
  if ((await exists(source)) || (await exists(`${source.slice(0, -3)}.ts`))) return undefined;
  return (await exists(tsx)) ? tsx : undefined;
}

export function frameworkModules() {
  let rootDir = process.cwd();
  let bundle;
  let names;
  return {
    name: 'framework-modules',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    async resolveImport({ source, context }) {
      if (source in REACT_MODULES) return `${PREFIX}${REACT_MODULES[source]}`;
      if (source === 'vue') return VUE_BROWSER_BUILD;
      if (source.startsWith('.') && source.endsWith('.js')) return tsxSibling(rootDir, context.path, source);
      return undefined;
    },
    async serve(context) {
      if (context.path === BUNDLE) {
        bundle ??= bundleReact(rootDir);
        return { body: await bundle, type: 'js' };
      }
      const specifier = Object.keys(REACT_MODULES).find((s) => `${PREFIX}${REACT_MODULES[s]}` === context.path);
      if (!specifier) return undefined;
      names ??= exportNames(rootDir);
      return { body: reExport(specifier, names), type: 'js' };
    },
  };
}
