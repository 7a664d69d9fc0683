// --broken <endpoint>: each deliberately broken answer really goes out (the conformance check must catch it).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SUBSCRIPTION_ID, assertValid, contract, createDemoServer, quote, readyToSubmit, startServer } from './client.mjs';

/** Runs `body` against a server broken at `endpoint`. */
async function withBroken(endpoint, body) {
  const server = await startServer({ broken: endpoint });
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

const fails = (schema, value) => !schema.safeParse(value).success;

describe('demo server: --broken', () => {
  it('context: a float price, and only there', () =>
    withBroken('context', async (server) => {
      const visitor = server.visitor();
      const context = await visitor.get('/api/context');
      assert.equal(context.status, 200);
      assert.ok(!Number.isInteger(context.json.subscription.price.amount));
      assert.ok(fails(contract.contextSchema, context.json));
      assertValid(contract.quoteSchema, await quote(visitor), 'quoteRefund');
      assert.deepEqual(server.logs, []);
    }));

  it('refund-quote: a refund larger than what was paid', () =>
    withBroken('refund-quote', async (server) => {
      const refund = await quote(server.visitor());
      assert.ok(refund.refund.amount > refund.paid.amount);
      assert.ok(fails(contract.quoteSchema, refund));
    }));

  it('requests: the same key twice creates two requests', () =>
    withBroken('requests', async (server) => {
      const visitor = server.visitor();
      const { body, key } = await readyToSubmit(visitor);
      const first = await visitor.post('/api/requests', body, { 'idempotency-key': key });
      const second = await visitor.post('/api/requests', body, { 'idempotency-key': key });
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.notEqual(first.json.requestId, second.json.requestId);
      assert.equal((await visitor.get('/demo/requests')).json.requests.length, 2);
    }));

  it('status: a 200 in text/plain', () =>
    withBroken('status', async (server) => {
      const visitor = server.visitor();
      const { body, key } = await readyToSubmit(visitor);
      const { requestId } = (await visitor.post('/api/requests', body, { 'idempotency-key': key })).json;
      const status = await visitor.get(`/api/requests/${requestId}`);
      assert.equal(status.status, 200);
      assert.match(status.headers.get('content-type'), /^text\/plain/);
      assert.equal(status.text, 'received');
    }));

  it('errors: a 404 becomes a 500 HTML page; other problems stay', () =>
    withBroken('errors', async (server) => {
      const visitor = server.visitor();
      for (const path of ['/api/nothing', '/api/requests/TD404', `/api/context?subscriptionId=OTHER`]) {
        const response = await visitor.get(path);
        assert.equal(response.status, 500, path);
        assert.match(response.headers.get('content-type'), /^text\/html/, path);
      }
      const invalid = await visitor.get(`/api/refund-quote?subscriptionId=${SUBSCRIPTION_ID}&effective=never`);
      assert.equal(invalid.status, 422);
    }));

  it('several at once, and an unknown name is refused', async () => {
    await withBroken(['context', 'status'], async (server) => {
      assert.ok(fails(contract.contextSchema, (await server.visitor().get('/api/context')).json));
    });
    await assert.rejects(() => createDemoServer({ port: 0, broken: 'everything' }), RangeError);
  });
});
