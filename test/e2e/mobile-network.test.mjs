// A subscriber on a phone's mobile network: 80 ms of latency on every request, 1.6 Mbit/s down and
// 750 kbit/s up (a "fast 3G", or a poor 4G), emulated by Chromium itself (DevTools'
// Network.emulateNetworkConditions). One guided run on the demo portal from prepare to done: it
// completes, the first step's files go out beside the first call to the back end, each step is
// drawn once, and nothing is fetched twice but what is meant to repeat.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openWatched, repeats } from './pages.mjs';
import {
  chooseImmediately,
  button,
  createDemoServer,
  launch,
  serverRequests,
  throughPrepareAndReason,
  verifyBySms,
  waitForStep,
  widgetText,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await createDemoServer({ port: 0, host: '127.0.0.1', processingAfterMs: 200, doneAfterMs: 600 });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const LATENCY_MS = 80;
const DOWN_BYTES_PER_SECOND = 1_600_000 / 8;
const UP_BYTES_PER_SECOND = 750_000 / 8;

/** Requests a run makes more than once on purpose, and why. Anything else asked for twice is a waste. */
const MEANT_TO_REPEAT = [
  { method: 'GET', path: /^\/demo\/inbox$/, why: "the portal's demo phone checks its texts every 2 s, and the test reads the code there" },
  { method: 'GET', path: /^\/api\/requests\/[^/]+$/, why: 'the status step refreshes the request until it is done' },
];

const meantToRepeat = (key) => {
  const [method, url] = key.split(' ');
  return MEANT_TO_REPEAT.some((rule) => rule.method === method && rule.path.test(new URL(url).pathname));
};

describe('on a mobile network (80 ms a request, 1.6 Mbit/s down, 750 kbit/s up)', () => {
  it('one guided run from prepare to done, with every file and call fetched once', { timeout: 50_000 }, async (t) => {
    const timeline = [];
    let startedAt;
    const watched = await openWatched(browser, server.url, {
      setup: async (page, context) => {
        const devtools = await context.newCDPSession(page);
        await devtools.send('Network.enable');
        await devtools.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: LATENCY_MS,
          downloadThroughput: DOWN_BYTES_PER_SECOND,
          uploadThroughput: UP_BYTES_PER_SECOND,
        });
        page.on('request', (request) => timeline.push(`request ${request.url()}`));
        page.on('response', (response) => timeline.push(`response ${response.url()}`));
        startedAt = Date.now();
      },
    });
    const { page, widget, requests, errors } = watched;
    try {
      await waitForStep(page, 'prepare');
      const firstStepMs = Date.now() - startedAt;
      await throughPrepareAndReason(page, widget);
      await verifyBySms(page, widget);
      await chooseImmediately(widget);
      await button(widget, '确认退订').click();
      await waitForStep(page, 'status');
      await waitForStep(page, 'done', 20000);
      assert.match(await widgetText(page), /已退订/);
      assert.equal((await serverRequests(page)).length, 1);
      t.diagnostic(`first step drawn ${firstStepMs} ms after the page was asked for; done after ${Date.now() - startedAt} ms`);

      // The network really was slow: every file waited out the latency, and the entry its size at 1.6 Mbit/s.
      const timings = await page.evaluate(() =>
        performance.getEntriesByType('resource').map(({ name, duration, transferSize }) => ({ name, duration, transferSize })),
      );
      for (const { name, duration } of timings) assert.ok(duration >= LATENCY_MS, `${name} took ${duration} ms`);
      const entry = timings.find((timing) => timing.name.endsWith('/dist/cloudpc-unsubscribe.standalone.js'));
      assert.ok(entry.duration >= (entry.transferSize / DOWN_BYTES_PER_SECOND) * 1000, JSON.stringify(entry));

      // One wave: the first step's code and strings were asked for before the context came back.
      const index = (line) => timeline.findIndex((event) => line.test(event));
      const contextBack = index(/^response .*\/api\/context$/);
      for (const first of [/^request .*\/standalone\/prepare-[^/]+\.js$/, /^request .*\/standalone\/messages\/zh-CN\/prepare-[^/]+\.js$/]) {
        assert.ok(index(first) !== -1 && index(first) < contextBack, `${first} before the context: ${timeline.join('\n')}`);
      }

      assert.deepEqual(await watched.stepChanges(), ['prepare', 'reason', 'verify', 'confirm', 'status', 'done'], 'each step drawn once');
      const keys = requests.map((request) => `${request.method()} ${request.url()}`);
      const repeated = Object.entries(repeats(keys));
      t.diagnostic(`meant to repeat: ${JSON.stringify(Object.fromEntries(repeated.filter(([key]) => meantToRepeat(key))))}`);
      assert.deepEqual(Object.fromEntries(repeated.filter(([key]) => !meantToRepeat(key))), {}, 'nothing else is fetched twice');
      assert.deepEqual(errors, []);
    } finally {
      await watched.context.close();
    }
  });
});
