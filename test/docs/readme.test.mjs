// The README is the package's page on the registry: it starts with the person embedding the tag,
// and every link it has works there (links to files the package does not ship point at the
// repository). Its contributor section names exactly the two commands that work on a fresh clone.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REPOSITORY_URL } from '../../scripts/repository.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const headings = [...readme.matchAll(/^(#{2,3}) (.+)$/gm)].map((match) => ({ level: match[1].length, text: match[2] }));
const section = (title) => {
  const start = readme.indexOf(`\n## ${title}`);
  assert.ok(start >= 0, `the README has a "${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
};

describe('README', () => {
  test('opens for someone embedding the tag: what it is, screenshots in both languages, install, embed, then the rest', () => {
    const firstSections = headings.filter((heading) => heading.level === 2).map((heading) => heading.text);
    assert.deepEqual(firstSections.slice(0, 3), ['Install', 'Embed it', 'Browser support']);
    const intro = readme.slice(0, readme.indexOf('\n## '));
    assert.match(intro, /!\[[^\]]*Chinese[^\]]*\]\([^)]*01-prepare\.zh-CN\.png\)/);
    assert.match(intro, /!\[[^\]]*English[^\]]*\]\([^)]*01-prepare\.en\.png\)/);
    const contributors = firstSections.findIndex((title) => /contributors/i.test(title));
    assert.ok(contributors > firstSections.indexOf('The adapter contract'), 'contributor material comes after what a consumer needs');
  });

  test('shows how to embed in each kind of app the examples test', () => {
    const embed = headings.filter((heading) => heading.level === 3).map((heading) => heading.text);
    for (const kind of [
      'A plain page, no build step',
      'With a bundler',
      'React 19',
      'React 18',
      'Next.js (App Router)',
      'Vue 3',
      'Angular',
    ]) {
      assert.ok(embed.includes(kind), `an "${kind}" recipe`);
    }
  });

  test('"two commands" means two, and both are scripts of the package', () => {
    const commands = [...section('For contributors: two commands').matchAll(/^npm (\w+)/gm)].map((match) => match[1]);
    assert.deepEqual(commands, ['start', 'test']);
    for (const command of commands) assert.ok(pkg.scripts[command], `npm ${command} exists`);
    assert.match(pkg.scripts.start, /ensure-deps/);
    assert.match(pkg.scripts.test, /ensure-deps/);
  });

  test('links only to what the registry page can reach: shipped files, or the repository', () => {
    const shipped = (path) => pkg.files.some((entry) => !entry.startsWith('!') && (path === entry || path.startsWith(entry)));
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    assert.ok(links.length > 0);
    for (const link of links) {
      if (link.startsWith('#') || /^https?:\/\//.test(link)) continue;
      const path = link.replace(/^\.\//, '').split('#')[0];
      assert.ok(shipped(path) && existsSync(join(root, path)), `${link} is not in the package: link ${REPOSITORY_URL}/blob/main/${path}`);
    }
    for (const link of links.filter((href) => href.startsWith(REPOSITORY_URL))) {
      const path = link.replace(/^.*\/(?:blob|raw|tree)\/main\//, '');
      assert.ok(existsSync(join(root, path)), `${link} names a file the repository has`);
    }
  });
});
