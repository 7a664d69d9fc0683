// What `npm publish` would ship: the built entries with their type declarations, the manifest,
// README, LICENSE and CHANGELOG; never tests, stories, the demo or the sources.
import { execFileSync } from 'node:child_process';

const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
});
const files = JSON.parse(out)[0].files.map((f) => f.path);

const required = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/cloudpc-unsubscribe.standalone.js',
  'dist/cloudpc-unsubscribe.single-file.js',
  'dist/element/cloudpc-unsubscribe.d.ts',
  'dist/contract/schemas.d.ts',
  'custom-elements.json',
  'dist/check.js',
  'dist/openapi.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'package.json',
];
const forbidden = [/^test\//, /^demo\//, /^stories\//, /^src\//, /^scripts\//, /\.test\./, /^coverage\//, /^\.ci\//];

const missing = required.filter((path) => !files.includes(path));
const leaked = files.filter((path) => forbidden.some((re) => re.test(path)));

console.log(`npm pack --dry-run: ${files.length} files`);
for (const path of files) console.log(`  ${path}`);
if (missing.length > 0) console.error(`missing from the package: ${missing.join(', ')}`);
if (leaked.length > 0) console.error(`must not be in the package: ${leaked.join(', ')}`);
if (missing.length > 0 || leaked.length > 0) process.exit(1);
console.log('package contents ok');
