// Every consumer succeeds on the first try: each app of examples/ installs the packed package with
// plain `npm install` (no --legacy-peer-deps), builds with its own tools and type-checker, and in
// Chromium the widget opens with the app's own adapter and walks from `prepare` to `reason` while
// the app hears each step through its framework's event binding, with nothing in the console.
// `npm run test:consumers` packs the package first (scripts/pack-tarball.mjs).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort, installAndBuild, launch, serveStatic, startServer, walkFirstTwoSteps } from './harness.mjs';

const builtInto = (folder) => (dir) => serveStatic(join(dir, ...folder.split('/')));

/** `next start` on a free port: the App Router renders on the server, the browser hydrates. */
async function nextStart(dir) {
  const port = await freePort();
  return startServer(join(dir, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    url: `http://127.0.0.1:${port}/`,
  });
}

// The longest installs and builds first, so the two at a time finish together.
const APPS = [
  { name: 'angular', title: 'Angular 21 (zoneless, strict templates)', account: 'Angular example', serve: builtInto('dist/browser') },
  {
    name: 'next',
    title: 'Next.js 16 App Router (server-rendered page, widget on the client)',
    account: 'Next.js example',
    serve: nextStart,
  },
  { name: 'vue', title: 'Vue 3 single-file components (vue-tsc)', account: 'Vue 3 example', serve: builtInto('dist') },
  { name: 'react18', title: 'React 18 (adapter and listeners through a ref)', account: 'React 18 example', serve: builtInto('dist') },
  { name: 'react19', title: 'React 19 (typed props and on<event> handlers)', account: 'React 19 example', serve: builtInto('dist') },
  { name: 'vue2', title: 'Vue 2.7 (the adapter bound with .prop)', account: 'Vue 2.7 example', serve: builtInto('dist') },
  {
    name: 'html',
    title: 'a plain HTML page (the standalone build, copied as it is)',
    account: 'Plain HTML example',
    serve: builtInto('site'),
  },
];

describe('consumer apps', { concurrency: 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  for (const app of APPS) {
    test(`${app.title}: installs the package, builds, and walks prepare → reason with its own adapter`, async () => {
      const dir = await installAndBuild(app.name);
      const server = await app.serve(dir);
      try {
        const { problems } = await walkFirstTwoSteps(browser, server.url, { account: app.account });
        assert.deepEqual(problems, [], 'nothing in the console: no error, no warning from the widget, no failed request');
      } finally {
        await server.close();
      }
    });
  }

  // Its build script is the check: strict tsc under bundler, node16 and node10 resolution (every
  // entry's typings, the event map on document and window, CompleteDetail's two outcomes, the
  // Vue typings with Vue 3.2), then the entries in Node from ES modules and from require().
  test('strict TypeScript and Node: every entry resolves with its types under each module resolution, and loads on a server', async () => {
    await installAndBuild('typescript');
  });
});
