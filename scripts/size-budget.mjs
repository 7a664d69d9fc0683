// The size budget: what a subscriber's browser downloads, gzip level 9. Fails the test command
// when a budget is exceeded, and prints every chunk so growth is visible in the log.
//
// Three numbers per build, each with its own budget:
// - entry: the file a page loads plus every chunk it imports statically. This is what has to
//   arrive before <cloudpc-unsubscribe> is defined and starts loading the subscription. It holds
//   the flow machine, the contract's schemas, the adapters' facades, the shell and the boot strings.
//   Issue 2 set this budget: 35 KB standalone, 20 KB for the ESM entry's own code.
// - first screen, per language: the entry plus what the first step needs to show in that language
//   (the shell's strings, the `prepare` step's code, styles and strings, and the steps' kit), which the element
//   fetches while the subscription loads. This is what a subscriber waits for.
// - everything, per language: every chunk a run in that language could load (all steps, the QR
//   encoder, both adapters' engines), but not the other language's strings, which it never loads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const dist = new URL('../dist/', import.meta.url);
const LOCALES = ['zh-CN', 'en'];

// The entry budgets are issue 2's. The others are the measurement when they were set plus a
// little room: any growth has to be argued for.
const builds = [
  {
    file: 'cloudpc-unsubscribe.standalone.js',
    chunks: 'standalone',
    what: 'standalone (lit and zod inside)',
    budgets: { entry: 35 * KB, firstScreen: 42 * KB, everything: 79 * KB },
  },
  {
    file: 'index.js',
    chunks: 'chunks',
    what: 'ESM entry, own code (lit, @lit/context, zod, lean-qr external)',
    budgets: { entry: 20 * KB, firstScreen: 28 * KB, everything: 61 * KB },
  },
];

/** The sources of the first screen besides the entry, per language. */
const firstScreenSources = (locale) => [
  `src/i18n/messages/${locale}/core.ts`,
  'src/steps/prepare.ts',
  `src/i18n/messages/${locale}/prepare.ts`,
  // steps/kit.ts, which every step loads with it (it only re-exports these).
  'src/ui/field.styles.ts',
  'src/ui/error-summary.ts',
  'src/i18n/format.ts',
];

const gz = (path) => gzipSync(readFileSync(new URL(path, dist)), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** The file and every chunk it imports statically (`import … from "./x.js"`, `import "./x.js"`), as paths under dist/. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(new URL(file, dist), 'utf8');
  for (const match of source.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(posix.normalize(posix.join(posix.dirname(file), match[1])), seen);
  }
  return seen;
}

/** Every .js file under a folder of dist/, as paths under dist/. */
function chunksIn(folder) {
  const found = [];
  let names = [];
  try {
    names = readdirSync(new URL(`${folder}/`, dist));
  } catch {
    return found;
  }
  for (const name of names) {
    const path = `${folder}/${name}`;
    if (statSync(new URL(path, dist)).isDirectory()) found.push(...chunksIn(path));
    else if (name.endsWith('.js')) found.push(path);
  }
  return found.sort();
}

/** The source files a chunk was built from, from its source map (paths from the project root). */
function sourcesOf(path) {
  const map = JSON.parse(readFileSync(new URL(`${path}.map`, dist), 'utf8'));
  return map.sources.map((source) => posix.normalize(posix.join('dist', posix.dirname(path), source)));
}

/** The language a chunk's strings are in, or null for code. */
function localeOf(path) {
  return LOCALES.find((locale) => path.includes(`/messages/${locale}/`)) ?? null;
}

const sum = (paths) => [...paths].reduce((total, path) => total + gz(path), 0);

let failed = false;
function check(label, size, max, what = '') {
  const ok = size <= max;
  failed ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${label}: ${kb(size)} of ${kb(max)}${what ? ` - ${what}` : ''}`);
}

console.log('size budget (gzip -9):');
for (const { file, chunks, what, budgets } of builds) {
  let entryFiles;
  try {
    entryFiles = staticClosure(file);
  } catch {
    console.error(`  dist/${file}: missing; run npm run build first`);
    failed = true;
    continue;
  }
  const all = chunksIn(chunks);
  const shared = entryFiles.size - 1;
  check(`entry: dist/${file}${shared > 0 ? ` + ${shared} chunk(s) it imports` : ''}`, sum(entryFiles), budgets.entry, what);

  for (const locale of LOCALES) {
    const wanted = firstScreenSources(locale);
    const screen = new Set(entryFiles);
    for (const path of all) {
      if (sourcesOf(path).some((source) => wanted.includes(source))) for (const needed of staticClosure(path)) screen.add(needed);
    }
    check(`first screen (${locale}): entry + ${screen.size - entryFiles.size} chunk(s)`, sum(screen), budgets.firstScreen);
  }
  for (const locale of LOCALES) {
    const run = new Set([...entryFiles, ...all.filter((path) => localeOf(path) === null || localeOf(path) === locale)]);
    check(`everything a run in ${locale} can load`, sum(run), budgets.everything);
  }
  for (const path of all) if (!entryFiles.has(path)) console.log(`         on demand: dist/${path}: ${kb(gz(path))}`);
}
if (failed) {
  console.error('size budget exceeded');
  process.exit(1);
}
