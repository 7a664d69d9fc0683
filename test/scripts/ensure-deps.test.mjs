// `npm start` and `npm test` install the dependencies themselves on a fresh clone, and again when
// a pull changes package-lock.json; otherwise they install nothing (scripts/ensure-deps.mjs).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { installNeeded } from '../../scripts/ensure-deps.mjs';

describe('ensure-deps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cloudpc-ensure-deps-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (path, seconds) => utimesSync(path, seconds, seconds);

  test('installs on a fresh clone, where node_modules is missing', () => {
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    assert.equal(installNeeded(dir), 'node_modules is missing');
  });

  test('installs nothing once npm has installed the lock file', () => {
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', '.package-lock.json'), '{}');
    at(join(dir, 'package-lock.json'), 1_000);
    at(join(dir, 'node_modules', '.package-lock.json'), 2_000);
    assert.equal(installNeeded(dir), null);
  });

  test('installs again when the lock file changed after the last install', () => {
    at(join(dir, 'package-lock.json'), 3_000);
    assert.equal(installNeeded(dir), 'package-lock.json is newer than node_modules');
  });

  test('runs first in both commands', async () => {
    const { scripts } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.match(scripts.start, /^node scripts\/ensure-deps\.mjs && /);
    assert.match(scripts.test, /^node scripts\/ensure-deps\.mjs && /);
  });
});
