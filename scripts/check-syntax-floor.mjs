// `npm run check:floor`: every JavaScript file the package ships to browsers parses as ES2020, the
// syntax that Chromium 87, Safari 14 and Firefox 78 (package.json "browserslist") all understand.
// Class fields and static blocks, `??=`, private `#x`, top-level await and the like fail here with
// the file, the line and the source it came from, before a subscriber's browser throws a
// SyntaxError and never defines the element.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { browserQuery } from './browser-targets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
/** Node-only files of the package (the conformance check's bin), not for browsers. */
const NODE_ONLY = new Set(['check.js']);

function shippedScripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return shippedScripts(path);
    return entry.name.endsWith('.js') && !(dir === dist && NODE_ONLY.has(entry.name)) ? [path] : [];
  });
}

/** Where a position of a built file came from, when its source map says. */
function origin(file, line, column) {
  if (!existsSync(`${file}.map`)) return null;
  const found = originalPositionFor(new TraceMap(readFileSync(`${file}.map`, 'utf8')), { line, column });
  return found.source ? `${found.source.replace(/^(\.\.\/)+/, '')}:${found.line}:${found.column + 1}` : null;
}

if (!existsSync(dist)) {
  console.error('check:floor: dist/ is missing; run npm run build first');
  process.exit(1);
}

/**
 * CSS logical shorthands that Safari 14.0 / iOS 14.0–14.4 drop (14.1 has them). lightningcss writes
 * them as longhands for the floor, except where the value holds var(): write those as longhands
 * (margin-block-start and -end) in src/.
 */
const LOGICAL_SHORTHAND = /[;{]((?:margin|padding)-(?:block|inline)|inset):/g;

function lineAndColumn(code, index) {
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length };
}

const files = shippedScripts(dist);
const failures = [];
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  try {
    parse(code, { ecmaVersion: 2020, sourceType: 'module', locations: true });
  } catch (error) {
    const { line, column } = error.loc ?? { line: 0, column: 0 };
    const excerpt = (code.split('\n')[line - 1] ?? '').slice(Math.max(0, column - 40), column + 40);
    const from = origin(file, line, column);
    failures.push(
      `${relative(root, file)}:${line}:${column + 1}: ${error.message.replace(/ \(\d+:\d+\)$/, '')}` +
        `${from ? `\n    from ${from}` : ''}\n    …${excerpt}…`,
    );
  }
  for (const match of code.matchAll(LOGICAL_SHORTHAND)) {
    const { line, column } = lineAndColumn(code, match.index + 1);
    const from = origin(file, line, column);
    failures.push(
      `${relative(root, file)}:${line}:${column + 1}: CSS shorthand ${match[1]} (Safari 14.0 drops it: write its longhands)` +
        `${from ? `\n    from ${from}` : ''}\n    …${code.slice(match.index, match.index + 60)}…`,
    );
  }
}

if (failures.length > 0) {
  console.error(
    `check:floor: ${failures.length} place(s) in shipped files are newer than the floor (browserslist: ${browserQuery.join(', ')}):`,
  );
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(
  `check:floor: ${files.length} shipped browser files parse as ES2020 and hold no CSS logical shorthand (${browserQuery.join(', ')})`,
);
