// One state per visitor cookie: independent, resettable, and bounded in number.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, readyToSubmit, startServer } from './client.mjs';

describe('demo server: visitors', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('two visitors are independent', async () => {
    const a = server.visitor();
    const b = server.visitor();
    const { body, key } = await readyToSubmit(a);
    const receipt = await a.post('/api/requests', body, { 'idempotency-key': key });
    assert.equal(receipt.status, 201);
    assert.notEqual(a.cookie, b.cookie);

    const contextB = await b.get('/api/context');
    assert.equal(contextB.json.pendingRequest, undefined);
    assert.equal(contextB.json.subscription.status, 'active');
    assert.deepEqual((await b.get('/demo/requests')).json, { requests: [] });
    assert.deepEqual((await b.get('/demo/inbox')).json, { messages: [] });
    // B may unsubscribe too: A's request is not B's conflict.
    const own = await readyToSubmit(b);
    assert.equal((await b.post('/api/requests', own.body, { 'idempotency-key': own.key })).status, 201);
  });

  it('each visitor gets its own SMS code', async () => {
    const codes = new Set();
    for (let i = 0; i < 5; i += 1) {
      const visitor = server.visitor();
      await visitor.post('/api/verifications', { method: 'sms' });
      codes.add((await visitor.get('/demo/inbox')).json.messages[0].code);
    }
    // Five random six-digit codes: all equal only once in 10^20 runs.
    assert.ok(codes.size > 1);
  });

  it('an unknown or forged cookie gets a fresh visitor with a new cookie', async () => {
    for (const cookie of ['cpu_visitor=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'cpu_visitor=../../x', 'other=1']) {
      const response = await fetch(new URL('/api/context', server.url), { headers: { cookie } });
      const set = response.headers.get('set-cookie');
      assert.match(set, /^cpu_visitor=/);
      assert.notEqual(set.split(';')[0], cookie);
    }
  });

  it('POST /demo/reset gives the visitor a fresh state under the same cookie', async () => {
    const visitor = server.visitor();
    const { body, key } = await readyToSubmit(visitor);
    const { requestId } = (await visitor.post('/api/requests', body, { 'idempotency-key': key })).json;
    const cookie = visitor.cookie;
    const reset = await visitor.post('/demo/reset');
    assert.equal(reset.status, 204);
    assert.equal(visitor.cookie, cookie);
    assert.deepEqual((await visitor.get('/demo/requests')).json, { requests: [] });
    assert.deepEqual((await visitor.get('/demo/inbox')).json, { messages: [] });
    assertProblem(await visitor.get(`/api/requests/${requestId}`), 404, 'not-found');
    assert.equal((await visitor.get('/api/context')).json.subscription.status, 'active');
  });

  it('keeps at most maxVisitors in memory; a visitor who left the cache comes back to their account from the database', async () => {
    const small = await startServer({ maxVisitors: 2 });
    try {
      const a = small.visitor();
      const { body, key } = await readyToSubmit(a);
      const { requestId } = (await a.post('/api/requests', body, { 'idempotency-key': key })).json;
      const passersBy = [small.visitor(), small.visitor(), small.visitor()];
      for (const visitor of passersBy) await visitor.get('/api/context'); // a leaves the cache
      const passerCookie = passersBy[0].cookie;
      // a's request, receipt and SMS are all still there, under the same cookie.
      const cookie = a.cookie;
      assert.equal((await a.get(`/api/requests/${requestId}`)).status, 200);
      assert.equal(a.cookie, cookie);
      assert.equal((await a.get('/api/context')).json.pendingRequest.requestId, requestId);
      assert.equal((await a.get('/demo/inbox')).json.messages.length, 1);
      assert.equal((await a.post('/api/requests', body, { 'idempotency-key': key })).json.requestId, requestId);
      // A visitor who only looked stored nothing: leaving the cache, it is a stranger again.
      const again = await passersBy[0].get('/api/context');
      assert.match(again.headers.get('set-cookie'), /^cpu_visitor=/);
      assert.notEqual(passersBy[0].cookie, passerCookie);
    } finally {
      await small.close();
    }
  });
});
