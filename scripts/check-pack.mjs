// What `npm publish` would ship, checked on the tarball itself (scripts/pack-tarball.mjs): the
// built entries with their type declarations, the manifest, README, LICENSE and CHANGELOG; never
// tests, stories, the demo or the sources; every path package.json and custom-elements.json name
// is in it; source maps only where they help a consumer; the repository links agree; and publint
// and arethetypeswrong (every entry under node10, node16 and bundler resolution) find nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packTarball } from './pack-tarball.mjs';
import { REPOSITORY_URL } from './repository.mjs';

const tarball = packTarball();
const problems = [];
const fail = (message) => problems.push(message);

const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
  .split('\n')
  .filter((line) => line && !line.endsWith('/'))
  .map((line) => line.replace(/^package\//, ''));
const shipped = new Set(files);
const read = (path) => execFileSync('tar', ['-xzOf', tarball, `package/${path}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const manifest = JSON.parse(read('package.json'));

const required = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/cloudpc-unsubscribe.standalone.js',
  'dist/cloudpc-unsubscribe.single-file.js',
  'dist/element/cloudpc-unsubscribe.d.ts',
  'dist/contract/schemas.d.ts',
  'dist/frameworks/react.js',
  'dist/frameworks/vue.js',
  'custom-elements.json',
  'dist/check.js',
  'dist/openapi.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'package.json',
];
const forbidden = [
  /^test\//,
  /^demo\//,
  /^stories\//,
  /^src\//,
  /^scripts\//,
  /^examples\//,
  /^docs\//,
  /\.test\./,
  /^coverage\//,
  /^\.ci\//,
];
for (const path of required.filter((path) => !shipped.has(path))) fail(`missing from the package: ${path}`);
for (const path of files.filter((path) => forbidden.some((re) => re.test(path)))) fail(`must not be in the package: ${path}`);

// Source maps: the ESM build's (a bundler chains them into the app's own) with the sources inside,
// since src/ is not shipped; none for the standalone and one-file builds, which pages load as they are.
const maps = files.filter((path) => path.endsWith('.map'));
for (const path of maps.filter((path) => !/^dist\/(index\.js|chunks\/.+\.js)\.map$/.test(path)))
  fail(`a source map no consumer uses: ${path}`);
if (!shipped.has('dist/index.js.map')) fail('dist/index.js.map is missing: bundlers chain it into the app’s own source map');
for (const path of maps) {
  const map = JSON.parse(read(path));
  if (map.sources.length !== (map.sourcesContent ?? []).filter((content) => typeof content === 'string').length) {
    fail(`${path} leaves out sources, which are not in the package`);
  }
}
for (const path of ['dist/cloudpc-unsubscribe.standalone.js', 'dist/cloudpc-unsubscribe.single-file.js']) {
  if (read(path).includes('sourceMappingURL=')) fail(`${path} points at a source map the package does not ship`);
}

// Every file package.json points at ships.
const targets = [];
const collect = (value) => {
  if (typeof value === 'string') targets.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(manifest.exports);
collect(manifest.typesVersions);
collect([manifest.main, manifest.module, manifest.types, manifest.customElements, ...Object.values(manifest.bin ?? {})]);
for (const target of new Set(targets.filter(Boolean).map((target) => target.replace(/^\.\//, '')))) {
  if (!shipped.has(target)) fail(`package.json points at ${target}, which is not in the package`);
}

// custom-elements.json names modules a consumer can import: files that ship, not src/*.ts.
const elements = JSON.parse(read('custom-elements.json'));
const modulePaths = [
  ...elements.modules.map((module) => module.path),
  ...elements.modules.flatMap((module) => (module.exports ?? []).map((entry) => entry.declaration?.module).filter(Boolean)),
];
for (const path of new Set(modulePaths)) if (!shipped.has(path)) fail(`custom-elements.json names ${path}, which is not in the package`);

// The registry page links to the repository, the same one the README links to.
if (manifest.repository?.url !== `git+${REPOSITORY_URL}.git`) fail(`package.json repository.url is not git+${REPOSITORY_URL}.git`);
if (manifest.homepage !== `${REPOSITORY_URL}#readme`) fail(`package.json homepage is not ${REPOSITORY_URL}#readme`);
if (manifest.bugs?.url !== `${REPOSITORY_URL}/issues`) fail(`package.json bugs.url is not ${REPOSITORY_URL}/issues`);

// publint: the package.json fields against the files, as bundlers and Node read them.
const lint = await publint({ pack: { tarball: readFileSync(tarball).buffer }, level: 'suggestion', strict: true });
for (const message of lint.messages) fail(`publint (${message.type}): ${formatMessage(message, lint.pkg)}`);

// arethetypeswrong: every entry's types under node10, node16 (ESM and CJS) and bundler resolution.
// One rule is set aside: a require() of this package reaches an ES module. The package is ESM only
// (so is lit); Node 20.19 and later, the package's engines, load it with require(), and
// TypeScript 5.8+ accepts it under `module: nodenext`; examples/typescript checks both.
const attw = fileURLToPath(new URL('../node_modules/@arethetypeswrong/cli/dist/index.js', import.meta.url));
try {
  execFileSync(process.execPath, [attw, tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii', '--no-color'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (error) {
  fail(`arethetypeswrong found problems:\n${error.stdout}${error.stderr}`);
}

console.log(`${tarball}: ${files.length} files, ${maps.length} source maps`);
for (const path of files) console.log(`  ${path}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log('package contents ok; publint and arethetypeswrong clean');
