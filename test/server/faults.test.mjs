// POST /demo/faults: the next calls of a method answer a chosen status, then the server recovers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, assertValid, contract, startServer } from './client.mjs';

describe('demo server: injected faults', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('makes the next call 503, then the method recovers', async () => {
    const visitor = server.visitor();
    const armed = await visitor.post('/demo/faults', { method: 'loadContext', status: 503 });
    assert.equal(armed.status, 200);
    assert.deepEqual(armed.json, { method: 'loadContext', status: 503, times: 1 });
    assertProblem(await visitor.get('/api/context'), 503, 'server');
    const recovered = await visitor.get('/api/context');
    assert.equal(recovered.status, 200);
    assertValid(contract.contextSchema, recovered.json, 'loadContext');
  });

  it('answers `times` calls, only of that method, only for that visitor', async () => {
    const visitor = server.visitor();
    const other = server.visitor();
    await other.get('/api/context');
    await visitor.post('/demo/faults', { method: 'quoteRefund', status: 500, times: 2 });
    assert.equal((await visitor.get('/api/context')).status, 200);
    assert.equal((await other.get('/api/refund-quote?subscriptionId=CPC-SW-8800012345&effective=immediately')).status, 200);
    const quote = '/api/refund-quote?subscriptionId=CPC-SW-8800012345&effective=immediately';
    assertProblem(await visitor.get(quote), 500, 'server');
    assertProblem(await visitor.get(quote), 500, 'server');
    assert.equal((await visitor.get(quote)).status, 200);
  });

  it('a 429 carries Retry-After, given or one second by default', async () => {
    const visitor = server.visitor();
    await visitor.post('/demo/faults', { method: 'submit', status: 429, retryAfterSeconds: 7 });
    const limited = await visitor.post('/api/requests', { anything: true }, { 'idempotency-key': 'k' });
    const problem = assertProblem(limited, 429, 'rate-limited');
    assert.equal(limited.headers.get('retry-after'), '7');
    assert.equal(problem.retryAfterSeconds, 7);

    await visitor.post('/demo/faults', { method: 'getStatus', status: 429 });
    const fallback = await visitor.get('/api/requests/TD1');
    assertProblem(fallback, 429, 'rate-limited');
    assert.equal(fallback.headers.get('retry-after'), '1');
  });

  it('maps other statuses to their codes', async () => {
    const visitor = server.visitor();
    for (const [status, code] of [
      [401, 'unauthenticated'],
      [404, 'not-found'],
      [409, 'conflict'],
      [422, 'invalid-input'],
      [502, 'server'],
    ]) {
      await visitor.post('/demo/faults', { method: 'verify', status });
      assertProblem(await visitor.post('/api/verifications/CH-1/check', { method: 'sms', code: '1' }), status, code);
    }
  });

  it('refuses a bad fault, and reset clears an armed one', async () => {
    const visitor = server.visitor();
    assert.match(
      assertProblem(await visitor.post('/demo/faults', { method: 'fetch', status: 503 }), 422, 'invalid-input').detail,
      /^method: /,
    );
    assert.match(
      assertProblem(await visitor.post('/demo/faults', { method: 'verify', status: 200 }), 422, 'invalid-input').detail,
      /^status: /,
    );
    assert.match(
      assertProblem(await visitor.post('/demo/faults', { method: 'verify', status: 503, times: 0 }), 422, 'invalid-input').detail,
      /^times: /,
    );
    await visitor.post('/demo/faults', { method: 'loadContext', status: 503 });
    assert.equal((await visitor.post('/demo/reset')).status, 204);
    assert.equal((await visitor.get('/api/context')).status, 200);
  });
});
