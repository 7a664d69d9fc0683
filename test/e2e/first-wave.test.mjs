// The first screen comes in one wave: on a phone's mobile network every round trip costs, so once
// the entry has run, everything the first step needs is asked for at once, and nothing else
// competes with it. The page is opened at 80 ms of emulated latency per request; every request is
// recorded with its start and the end of its response, and the first paint is found as the bench
// finds it (bench/first-screen.mjs).
// When it fails it prints the waves it saw and which file waited for which.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE_VIEWPORT,
  WIDGET_ENTRY,
  emulateLatency,
  firstPaint,
  pathOf,
  recordRequests,
  watchFirstPaint,
  widgetPageHtml,
} from '../../bench/first-screen.mjs';
import { LATER_STEP_SOURCES, sourcesMatching } from '../../bench/chunk-sources.mjs';
import { createDemoServer, launch } from './harness.mjs';

const LATENCY_MS = 80;
const PAGE = '/first-wave.html';
const ms = (value) => `${Math.round(value)} ms`;
const short = (url) => pathOf(url).replace(/^\/dist\/standalone\//, '');

/**
 * Numbers the wave each request belongs to: 1 when none of the others had finished when it
 * started, else one more than the latest wave among those that had. Each request also names what
 * it waited for: the script that asked for it when Chromium says so and that had arrived, else the
 * response of the previous wave that ended last before it started.
 */
function wavesOf(requests) {
  const numbered = [];
  for (const request of [...requests].sort((a, b) => a.start - b.start)) {
    const arrived = numbered.filter((other) => other.end !== null && other.end <= request.start);
    const wave = arrived.length === 0 ? 1 : 1 + Math.max(...arrived.map((other) => other.wave));
    const asker = arrived.find((other) => other.url === request.initiator);
    const latest = arrived.filter((other) => other.wave === wave - 1).sort((a, b) => b.end - a.end)[0];
    numbered.push({ ...request, wave, waitedFor: asker ?? latest ?? null });
  }
  return numbered;
}

/** The waves as a subscriber's phone saw them, one request a line. */
function describeWaves({ page, entry, waves, paint }) {
  const span = (request) => `${ms(request.start).padStart(7)} → ${request.end === null ? '(no end)' : ms(request.end)}`.padEnd(20);
  const count = Math.max(0, ...waves.map((request) => request.wave));
  const lines = [
    `After the entry, the first screen came in ${count} wave(s) at ${LATENCY_MS} ms of latency per request; the step was on screen at ${ms(paint.shownAt)}:`,
    `  page    ${span(page)} ${pathOf(page.url)}`,
    `  entry   ${span(entry)} ${pathOf(entry.url)}`,
  ];
  for (const request of waves) {
    const label = `wave ${request.wave}`.padEnd(7);
    const waited = request.waitedFor ? `, waited for ${short(request.waitedFor.url)} (ended ${ms(request.waitedFor.end)})` : '';
    const by = request.initiator && request.initiator !== request.waitedFor?.url ? `, asked by ${short(request.initiator)}` : '';
    lines.push(`  ${label} ${span(request)} ${short(request.url)}${waited}${by}`);
  }
  return lines.join('\n');
}

describe('the first screen on a phone at 80 ms per request', () => {
  let server;
  let browser;
  let seen;

  before(async () => {
    server = await createDemoServer({ port: 0, host: '127.0.0.1' });
    browser = await launch();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE_VIEWPORT });
    try {
      await watchFirstPaint(context, 'cloudpc-unsubscribe');
      const page = await context.newPage();
      await page.route(`**${PAGE}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: widgetPageHtml() }));
      const network = recordRequests(await emulateLatency(context, page, LATENCY_MS));
      await page.goto(new URL(PAGE, server.url).href, { waitUntil: 'commit' });
      const paint = await firstPaint(page);
      // Later steps may load once the first is on screen; wait for them so a second fetch of anything is seen.
      await network.settled();
      const requests = network.requests(paint.timeOrigin);
      const pageRequest = requests.find((request) => pathOf(request.url) === PAGE);
      const entryRequest = requests.find((request) => pathOf(request.url) === WIDGET_ENTRY);
      assert.ok(
        pageRequest && entryRequest,
        `the page and the entry were requested (saw ${requests.map((r) => pathOf(r.url)).join(', ')})`,
      );
      const prePaint = requests.filter((request) => request.start < paint.shownAt);
      const waves = wavesOf(prePaint.filter((request) => request !== pageRequest && request !== entryRequest));
      seen = { requests, prePaint, paint, page: pageRequest, entry: entryRequest, waves };
    } finally {
      await context.close();
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fetches no file twice', () => {
    const byUrl = new Map();
    for (const request of seen.requests) {
      const key = `${request.method} ${pathOf(request.url)}`;
      byUrl.set(key, [...(byUrl.get(key) ?? []), request]);
    }
    const twice = [...byUrl].filter(([, list]) => list.length > 1);
    assert.deepEqual(
      twice.map(([key, list]) => `${key} at ${list.map((request) => ms(request.start)).join(', ')}`),
      [],
      'these were fetched more than once',
    );
  });

  it('asks for everything the first step needs at once, as soon as the entry has run', (t) => {
    const description = describeWaves(seen);
    for (const line of description.split('\n')) t.diagnostic(line);
    const late = seen.waves.filter((request) => request.wave > 1);
    assert.equal(late.length, 0, `${late.length} request(s) before the first paint waited for another's response:\n${description}`);
  });

  it('leaves the verify, confirm, status and done steps until the first step is on screen', () => {
    const early = seen.prePaint
      .map((request) => ({ request, sources: sourcesMatching(request.url, LATER_STEP_SOURCES) }))
      .filter(({ sources }) => sources.length > 0)
      .map(({ request, sources }) => `${short(request.url)} at ${ms(request.start)} (${sources.join(', ')})`);
    assert.deepEqual(early, [], `requested before the first step was on screen (${ms(seen.paint.shownAt)})`);
  });
});
