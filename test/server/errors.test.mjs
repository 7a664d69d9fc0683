// What the HTTP layer refuses before the adapter, and how every refusal is spelled.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { SUBSCRIPTION_ID, assertProblem, contract, createVisitor, startServer } from './client.mjs';

describe('demo server: bad requests', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('a bad input is a 422 whose detail names the field', async () => {
    const visitor = server.visitor();
    const cases = [
      [() => visitor.get(`/api/refund-quote?subscriptionId=${SUBSCRIPTION_ID}&effective=tomorrow`), /^effective: /],
      [() => visitor.get('/api/refund-quote?effective=immediately'), /^subscriptionId: /],
      [() => visitor.get('/api/context?subscriptionId='), /^subscriptionId: /],
      [() => visitor.post('/api/verifications', { method: 'carrier-pigeon' }), /^method: /],
      [() => visitor.post('/api/verifications', undefined), /^method: /],
      [() => visitor.post('/api/verifications/CH-1/check', { method: 'sms', code: 123456 }), /^code: /],
      [
        () => visitor.post('/api/verifications/CH-1/check', { method: 'security-questions', answers: [{ questionId: 'q' }] }),
        /^answers\[0\]\.answer: /,
      ],
      [() => visitor.post('/api/feedback', { rating: 9 }), /^rating: /],
      [() => visitor.post('/api/feedback', { rating: 3.5 }), /^rating: /],
      [
        () =>
          visitor.post(
            '/api/requests',
            { subscriptionId: SUBSCRIPTION_ID, effective: 'immediately', quoteId: 'Q-1' },
            { 'idempotency-key': 'k' },
          ),
        /^reasonIds: /,
      ],
      [() => visitor.post('/api/feedback', [1, 2]), /^\(root\): /],
    ];
    for (const [send, detail] of cases) {
      const problem = assertProblem(await send(), 422, 'invalid-input');
      assert.match(problem.detail, detail);
    }
  });

  it('every field has a size limit: one character over it is a 422 naming the field, and nothing is stored', async () => {
    const { INPUT_LIMITS } = contract;
    const visitor = server.visitor();
    const over = (limit) => 'x'.repeat(limit + 1);
    const submit = {
      subscriptionId: SUBSCRIPTION_ID,
      reasonIds: ['too-expensive'],
      effective: 'immediately',
      quoteId: 'Q-1',
      proof: 'PF-1',
    };
    const cases = [
      [() => visitor.post('/api/feedback', { rating: 1, comment: over(INPUT_LIMITS.comment) }), /^comment: /],
      [() => visitor.post('/api/requests', { ...submit, comment: over(INPUT_LIMITS.comment) }, { 'idempotency-key': 'k' }), /^comment: /],
      [() => visitor.post('/api/requests', submit, { 'idempotency-key': over(INPUT_LIMITS.idempotencyKey) }), /^idempotencyKey: /],
      [() => visitor.post('/api/requests', { ...submit, proof: over(INPUT_LIMITS.proof) }, { 'idempotency-key': 'k' }), /^proof: /],
      [
        () => visitor.post('/api/requests', { ...submit, reasonIds: [over(INPUT_LIMITS.id)] }, { 'idempotency-key': 'k' }),
        /^reasonIds\[0\]: /,
      ],
      [
        () =>
          visitor.post('/api/requests', { ...submit, reasonIds: Array(INPUT_LIMITS.reasonIds + 1).fill('r') }, { 'idempotency-key': 'k' }),
        /^reasonIds: /,
      ],
      [() => visitor.post('/api/verifications/CH-1/check', { method: 'sms', code: over(INPUT_LIMITS.code) }), /^code: /],
      [
        () =>
          visitor.post('/api/verifications/CH-1/check', {
            method: 'security-questions',
            answers: [{ questionId: 'q-first-city', answer: over(INPUT_LIMITS.answer) }],
          }),
        /^answers\[0\]\.answer: /,
      ],
      [
        () =>
          visitor.post('/api/verifications/CH-1/check', {
            method: 'security-questions',
            answers: Array(INPUT_LIMITS.answers + 1).fill({ questionId: 'q', answer: 'a' }),
          }),
        /^answers: /,
      ],
      [() => visitor.post(`/api/verifications/${over(INPUT_LIMITS.id)}/check`, { method: 'sms', code: '1' }), /^challengeId: /],
      [() => visitor.get(`/api/requests/${over(INPUT_LIMITS.id)}`), /^requestId: /],
    ];
    for (const [send, detail] of cases) {
      const problem = assertProblem(await send(), 422, 'invalid-input');
      assert.match(problem.detail, detail);
    }
    // At the limit is fine: the largest comment the schema allows is stored.
    assert.equal((await visitor.post('/api/feedback', { rating: 1, comment: 'x'.repeat(INPUT_LIMITS.comment) })).status, 204);
  });

  it('a body that is not JSON is refused: 422 when malformed, 415 when of another type, 413 above 64 KB', async () => {
    const visitor = server.visitor();
    assertProblem(await visitor.post('/api/verifications', '{"method":'), 422, 'invalid-input');
    assertProblem(
      await visitor.post('/api/verifications', 'method=sms', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'invalid-input',
    );
    const big = JSON.stringify({ method: 'sms', padding: 'x'.repeat(70 * 1024) });
    assertProblem(await visitor.post('/api/verifications', big), 413, 'invalid-input');
    // The server still answers afterwards.
    assert.equal((await visitor.get('/api/context')).status, 200);
  });

  it('a chunked body with no Content-Length is cut off at 64 KB too', async () => {
    const status = await new Promise((resolve, reject) => {
      const req = request(
        new URL('/api/feedback', server.url),
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      // The server may close the connection before the last chunk: that is the point.
      req.on('error', (error) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
      const chunk = 'x'.repeat(16 * 1024);
      req.write('{"rating":3,"comment":"');
      for (let i = 0; i < 5; i += 1) req.write(chunk);
      req.end('"}');
    });
    assert.equal(status, 413);
  });

  it('an unknown route is a 404 problem, a wrong method a 405 with Allow', async () => {
    const visitor = server.visitor();
    assertProblem(await visitor.get('/api/nothing-here'), 404, 'not-found');
    assertProblem(await visitor.get('/api/context/extra'), 404, 'not-found');
    const wrong = await visitor.request('/api/context', { method: 'DELETE' });
    assertProblem(wrong, 405, 'invalid-input');
    assert.equal(wrong.headers.get('allow'), 'GET, HEAD');
    const get = await visitor.get('/api/feedback');
    assertProblem(get, 405, 'invalid-input');
    assert.equal(get.headers.get('allow'), 'POST');
  });

  it('an unknown challenge is a 404 problem', async () => {
    assertProblem(await server.visitor().post('/api/verifications/CH-99/check', { method: 'sms', code: '123456' }), 404, 'not-found');
  });

  it('an answer that fails the contract is a 500 problem and is logged, never sent', async () => {
    // The mock does not validate its context (stories feed the widget broken ones): a float price gets as far as the server's check.
    const broken = await startServer({ mockOptions: { context: { subscription: { price: { amount: 588.5, currency: 'CNY' } } } } });
    try {
      const response = await createVisitor(broken.url).get('/api/context');
      const problem = assertProblem(response, 500, 'server');
      assert.doesNotMatch(response.text, /588\.5/);
      assert.match(problem.detail, /loadContext/);
      assert.equal(broken.logs.length, 1);
      assert.match(broken.logs[0], /BUG: loadContext returned an invalid value at subscription\.price\.amount/);
    } finally {
      await broken.close();
    }
  });

  it('a visitor that makes too many calls is rate limited until it resets', async () => {
    const small = await startServer({ maxCallsPerVisitor: 3 });
    try {
      const visitor = small.visitor();
      for (let i = 0; i < 3; i += 1) assert.equal((await visitor.get('/api/context')).status, 200);
      const limited = await visitor.get('/api/context');
      assertProblem(limited, 429, 'rate-limited');
      assert.equal(limited.headers.get('retry-after'), '60');
      assert.equal((await visitor.post('/demo/reset')).status, 204);
      assert.equal((await visitor.get('/api/context')).status, 200);
    } finally {
      await small.close();
    }
  });
});
