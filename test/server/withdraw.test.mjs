// Withdrawing a request (撤销退订) on the reference back end: once per request whatever arrives,
// only before it takes effect, and kept in the database across a restart, on each engine.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, assertValid, contract, createDemoServer, createVisitor, readyToSubmit } from './client.mjs';
import { ENGINES } from './databases.mjs';

/** A visitor with a submitted request; its id. */
async function submitted(visitor) {
  const { body, key } = await readyToSubmit(visitor);
  const created = await visitor.post('/api/requests', body, { 'idempotency-key': key });
  assert.equal(created.status, 201, created.text);
  return created.json.requestId;
}

const withdraw = (visitor, requestId, key) =>
  visitor.post(`/api/requests/${requestId}/withdrawal`, { requestId, idempotencyKey: key }, { 'idempotency-key': key });

for (const engine of ENGINES) {
  describe(`demo server: withdrawing on ${engine.name}`, { skip: engine.skip }, () => {
    let database;
    let server;
    const start = async (timeline) => {
      server = await createDemoServer({ port: 0, host: '127.0.0.1', log: () => {}, ...database.options, ...timeline });
      return server;
    };
    before(async () => {
      database = await engine.create();
    });
    after(async () => {
      await server?.close();
      await database?.drop();
    });

    it('the status says until when; the same key answers the same withdrawal (201, then 200); it survives a restart', async () => {
      await start({ processingAfterMs: 60_000, doneAfterMs: 120_000 });
      let visitor = createVisitor(server.url);
      const requestId = await submitted(visitor);
      const status = (await visitor.get(`/api/requests/${requestId}`)).json;
      assert.equal(status.status, 'received');
      assert.ok(Date.parse(status.withdrawableUntil) > Date.now(), status.withdrawableUntil);

      const first = await withdraw(visitor, requestId, 'withdraw-key-1');
      assert.equal(first.status, 201, first.text);
      assertValid(contract.withdrawResultSchema, first.json, 'the withdrawal');
      const again = await withdraw(visitor, requestId, 'withdraw-key-1');
      assert.equal(again.status, 200);
      assert.deepEqual(again.json, first.json);

      await server.close();
      await start({ processingAfterMs: 60_000, doneAfterMs: 120_000 });
      visitor = createVisitor(server.url, visitor.cookie);
      const after = (await visitor.get(`/api/requests/${requestId}`)).json;
      assert.equal(after.status, 'withdrawn');
      assert.equal(after.withdrawableUntil, undefined);
      assert.deepEqual((await withdraw(visitor, requestId, 'withdraw-key-2')).json, first.json, 'a second withdrawal answers the first');
      const context = (await visitor.get('/api/context')).json;
      assert.equal(context.pendingRequest, undefined);
      assert.equal(context.subscription.status, 'active');
      await server.close();
      server = undefined;
    });

    it('a request that has taken effect is a 409; an unknown one, or another visitor’s, a 404; no key, a 422', async () => {
      await start({ processingAfterMs: 0, doneAfterMs: 0 });
      const visitor = createVisitor(server.url);
      const requestId = await submitted(visitor);
      assert.equal((await visitor.get(`/api/requests/${requestId}`)).json.withdrawableUntil, undefined);
      assertProblem(await withdraw(visitor, requestId, 'late-key'), 409, 'conflict');
      assertProblem(await withdraw(createVisitor(server.url), requestId, 'other-key'), 404, 'not-found');
      assertProblem(await withdraw(visitor, 'TD000000000000', 'unknown-key'), 404, 'not-found');
      assertProblem(await visitor.post(`/api/requests/${requestId}/withdrawal`, { requestId }), 422, 'invalid-input');
      await server.close();
      server = undefined;
    });
  });
}
