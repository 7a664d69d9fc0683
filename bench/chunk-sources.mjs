// Which of the widget's steps a file of dist/ belongs to, read from its source map: chunk names
// and hashes change with every build, the sources they were built from do not.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { pathOf } from './first-screen.mjs';

const dist = new URL('../dist/', import.meta.url);

/** The steps after `reason`, their shared parts (quote, receipt, feedback form, status refresh) and their strings. */
export const LATER_STEP_SOURCES = [
  /^src\/steps\/(verify|confirm|status|done|one-click|quote-parts|receipt-|feedback-form)[^/]*\.ts$/,
  /^src\/element\/status-poller\.ts$/,
  /^src\/i18n\/messages\/[^/]+\/(verify|confirm|status|done)\.ts$/,
];

/** Every step but the first (`prepare`): the later steps and `reason`. */
export const OTHER_STEP_SOURCES = [...LATER_STEP_SOURCES, /^src\/steps\/reason[^/]*\.ts$/, /^src\/i18n\/messages\/[^/]+\/reason\.ts$/];

/** The project's sources a script under /dist/ was built from (paths from the repository root), or [] for anything else. */
export function chunkSources(url) {
  const path = pathOf(url).replace(/\?.*$/, '');
  if (!path.startsWith('/dist/') || !path.endsWith('.js')) return [];
  const file = path.slice('/dist/'.length);
  const mapFile = new URL(`${file}.map`, dist);
  if (!existsSync(mapFile))
    throw new Error(`dist/${file}: no source map beside it to tell what it was built from (npm run build writes them)`);
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  return map.sources.map((source) => posix.normalize(posix.join('dist', posix.dirname(file), source)));
}

/** The sources of `url` that `patterns` name. */
export function sourcesMatching(url, patterns) {
  return chunkSources(url).filter((source) => patterns.some((pattern) => pattern.test(source)));
}
