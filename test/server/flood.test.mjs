// A flood does not grow the back end's memory past a ceiling, and does not cost a real subscriber
// their request: thousands of browsers without a cookie, feedback at the largest size allowed,
// oversized bodies, and one browser posting feedback over and over. The server runs as its own
// process so its memory is its own (VmHWM: the peak resident size, from /proc).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createVisitor, readyToSubmit } from './client.mjs';
import { ENGINES } from './databases.mjs';
import { memoryOf, startProcess } from './processes.mjs';

/** The ceiling the flood must stay under: the server's peak resident memory, whole process. */
export const RSS_CEILING_MIB = 160;
const CONCURRENCY = 16;

/** Runs `count` calls of `send(i)`, `CONCURRENCY` at a time; the statuses, counted. */
async function burst(count, send) {
  const statuses = new Map();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const status = await send(next++);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return Object.fromEntries(statuses);
}

describe('a flood', () => {
  const embedded = ENGINES[0];
  let database;
  let server;
  before(async () => {
    database = await embedded.create();
    // A request that stays `received` for the whole test, so it is still standing at the end.
    server = await startProcess({
      args: [...database.args, '--max-visitors', '100', '--processing-after-ms', '600000', '--done-after-ms', '600000'],
    });
  });
  after(async () => {
    await server?.kill('SIGKILL');
    await database?.drop();
  });

  it(`keeps the server under ${RSS_CEILING_MIB} MiB and the real subscriber's request where it was`, async () => {
    const subscriber = createVisitor(server.url);
    const { body, key } = await readyToSubmit(subscriber);
    const receipt = (await subscriber.post('/api/requests', body, { 'idempotency-key': key })).json;
    const before = memoryOf(server.pid);

    const url = (path) => new URL(path, server.url);
    const post = (path, text, headers = {}) =>
      fetch(url(path), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: text });
    const status = async (response) => {
      await response.arrayBuffer();
      return response.status;
    };
    const largest = '退'.repeat(4000);

    // 2,000 browsers without a cookie: each a new visitor, and the subscriber leaves the cache.
    assert.deepEqual(await burst(2000, async () => status(await fetch(url('/api/context')))), { 200: 2000 });
    // 500 new browsers each leave feedback of the largest size allowed (12 KB of UTF-8).
    assert.deepEqual(await burst(500, async () => status(await post('/api/feedback', JSON.stringify({ rating: 1, comment: largest })))), {
      204: 500,
    });
    // 500 feedback posts of 60 KB (refused by the schema) and 100 of 1 MB (refused unread).
    const sixty = JSON.stringify({ rating: 1, comment: 'x'.repeat(60 * 1024 - 40) });
    assert.deepEqual(await burst(500, async () => status(await post('/api/feedback', sixty))), { 422: 500 });
    const huge = 'x'.repeat(1024 * 1024);
    // The server answers 413 from Content-Length and closes the connection without reading: the
    // client may see the answer or, still sending, a closed socket.
    const oversized = await burst(100, () =>
      post('/api/feedback', huge)
        .then(status)
        .catch(() => 'closed'),
    );
    assert.deepEqual(
      Object.keys(oversized).filter((answer) => answer !== '413' && answer !== 'closed'),
      [],
      JSON.stringify(oversized),
    );
    // One browser posting feedback again and again: ten a day, then 429.
    const spammer = createVisitor(server.url);
    await spammer.get('/api/context');
    const spam = await burst(50, async () => (await spammer.post('/api/feedback', { rating: 1, comment: largest })).status);
    assert.deepEqual(spam, { 204: 10, 429: 40 });

    const afterwards = memoryOf(server.pid);
    console.log(
      `flood: resident ${before.rssMiB.toFixed(0)} MiB before, ${afterwards.rssMiB.toFixed(0)} MiB after, peak ${afterwards.peakMiB.toFixed(0)} MiB (ceiling ${RSS_CEILING_MIB})`,
    );
    assert.ok(afterwards.peakMiB < RSS_CEILING_MIB, `peak resident memory ${afterwards.peakMiB.toFixed(1)} MiB`);

    // The subscriber, long gone from the cache, still has their request.
    const back = createVisitor(server.url, subscriber.cookie);
    assert.equal((await back.get(`/api/requests/${receipt.requestId}`)).status, 200);
    assert.equal((await back.get('/api/context')).json.pendingRequest?.requestId, receipt.requestId);
    assert.equal((await back.post('/api/requests', body, { 'idempotency-key': key })).json.requestId, receipt.requestId);
  });
});
