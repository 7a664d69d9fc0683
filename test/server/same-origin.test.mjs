// Cross-site request forgery: every route that changes state refuses a browser request from
// another site (403 problem+json), by Sec-Fetch-Site or, where a browser sends none, by Origin.
// The widget's own same-origin requests, and clients that are not browsers, go through.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, readyToSubmit, startServer } from './client.mjs';

describe('demo server: cross-site requests', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  const crossSite = [
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://attacker.example' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site', origin: 'http://other.127.0.0.1.nip.io' }],
    ['only Origin, of another site (a browser without Sec-Fetch-Site)', { origin: 'https://attacker.example' }],
    ['Origin: null (a sandboxed frame or a data: page)', { origin: 'null' }],
  ];

  for (const [what, headers] of crossSite) {
    it(`refuses every state-changing route with 403 problem+json: ${what}`, async () => {
      const visitor = server.visitor();
      const { body, key } = await readyToSubmit(visitor);
      const { handoffUrl } = (await visitor.post('/api/verifications', { method: 'face' })).json;
      const writes = [
        ['/demo/reset', undefined],
        [`${handoffUrl}/approve`, undefined],
        ['/demo/faults', { method: 'submit', status: 500 }],
        ['/api/verifications', { method: 'security-questions' }],
        ['/api/requests', body],
        ['/api/feedback', { rating: 1 }],
      ];
      for (const [path, sent] of writes) {
        const problem = assertProblem(await visitor.post(path, sent, { ...headers, 'idempotency-key': key }), 403, 'unauthenticated');
        assert.equal(problem.title, 'Forbidden');
        assert.match(problem.detail, /cross-site request refused/);
      }
      // None of them happened.
      assert.deepEqual((await visitor.get('/demo/requests')).json.requests, []);
      assert.equal((await visitor.get('/api/context')).json.pendingRequest, undefined);
      // Reading is not changing: a cross-site GET is answered (the browser keeps the answer from the other site).
      assert.equal((await visitor.get('/api/context', headers)).status, 200);
    });
  }

  it("lets through the widget's own requests (same-origin) and clients that are not browsers", async () => {
    const visitor = server.visitor();
    const origin = server.url.replace(/\/$/, '');
    const { body, key } = await readyToSubmit(visitor);
    const sameOrigin = { 'sec-fetch-site': 'same-origin', origin };
    assert.equal((await visitor.post('/api/requests', body, { ...sameOrigin, 'idempotency-key': key })).status, 201);
    // An older browser: Origin alone, of this server.
    assert.equal((await visitor.post('/api/feedback', { rating: 5 }, { origin })).status, 204);
    // Typed into the address bar or a bookmark: `none`.
    assert.equal((await visitor.post('/demo/faults', { method: 'getStatus', status: 503 }, { 'sec-fetch-site': 'none' })).status, 200);
    // No Origin and no Sec-Fetch-Site: curl, a server, the conformance check.
    assert.equal((await visitor.post('/demo/reset')).status, 204);
  });
});
