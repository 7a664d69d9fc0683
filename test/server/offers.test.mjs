// Pause and downgrade instead of unsubscribing: the reference back end offers them when started
// with them (`--offer`), answers acceptOffer once per key, and keeps what it agreed in its database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SUBSCRIPTION_ID, assertProblem, assertValid, contract, readyToSubmit, startServer } from './client.mjs';

const pause = (overrides = {}) => ({ subscriptionId: SUBSCRIPTION_ID, months: 3, reasonIds: ['price'], ...overrides });

describe('demo server: retention offers', () => {
  let server;
  before(async () => {
    server = await startServer({ mockOptions: { offers: ['pause', 'downgrade'] } });
  });
  after(() => server.close());

  it('the context carries a pause and a downgrade with their figures', async () => {
    const context = (await server.visitor().get('/api/context')).json;
    assertValid(contract.contextSchema, context, 'loadContext');
    assert.deepEqual(
      context.offers.map((o) => [o.offerId, o.kind]),
      [
        ['OF-PAUSE', 'pause'],
        ['OF-LITE', 'downgrade'],
      ],
    );
  });

  it('a server started without offers sends none, as before', async () => {
    const plain = await startServer();
    try {
      assert.equal((await plain.visitor().get('/api/context')).json.offers, undefined);
    } finally {
      await plain.close();
    }
  });

  it('accepting a pause answers what was agreed, the same for a retry, and stores it', async () => {
    const visitor = server.visitor();
    const first = await visitor.post('/api/offers/OF-PAUSE/accept', pause(), { 'idempotency-key': 'K-PAUSE-1' });
    assert.equal(first.status, 200, first.text);
    assertValid(contract.agreementSchema, first.json, 'acceptOffer');
    assert.equal(first.json.kind, 'pause');
    assert.equal(first.json.months, 3);
    assert.deepEqual(first.json.storageFeePerMonth, { amount: 500, currency: 'CNY' });
    const again = await visitor.post('/api/offers/OF-PAUSE/accept', pause(), { 'idempotency-key': 'K-PAUSE-1' });
    assert.deepEqual(again.json, first.json);
    assert.deepEqual((await visitor.get('/demo/agreements')).json.agreements, [first.json]);
  });

  it('the same key for another choice is a 422; months not offered are a 422; an unknown offer is a 404', async () => {
    const visitor = server.visitor();
    assert.equal((await visitor.post('/api/offers/OF-PAUSE/accept', pause(), { 'idempotency-key': 'K-1' })).status, 200);
    assertProblem(
      await visitor.post('/api/offers/OF-PAUSE/accept', pause({ months: 1 }), { 'idempotency-key': 'K-1' }),
      422,
      'invalid-input',
    );
    assertProblem(
      await visitor.post('/api/offers/OF-PAUSE/accept', pause({ months: 2 }), { 'idempotency-key': 'K-2' }),
      422,
      'invalid-input',
    );
    assertProblem(await visitor.post('/api/offers/OF-NONE/accept', pause(), { 'idempotency-key': 'K-3' }), 404, 'not-found');
    assertProblem(await visitor.post('/api/offers/OF-PAUSE/accept', pause()), 422, 'invalid-input');
  });

  it('a downgrade is answered in English when asked', async () => {
    const visitor = server.visitor();
    const agreed = await visitor.post('/api/offers/OF-LITE/accept', pause({ months: undefined }), {
      'idempotency-key': 'K-LITE',
      'accept-language': 'en',
    });
    assert.equal(agreed.status, 200, agreed.text);
    assert.equal(agreed.json.planName, 'Light, 2 cores and 4 GB · 40 GB cloud disk · monthly');
  });

  it('no offer can be taken while a request to unsubscribe stands', async () => {
    const visitor = server.visitor();
    const { body, key } = await readyToSubmit(visitor);
    assert.equal((await visitor.post('/api/requests', body, { 'idempotency-key': key })).status, 201);
    assertProblem(await visitor.post('/api/offers/OF-PAUSE/accept', pause(), { 'idempotency-key': 'K-LATE' }), 409, 'conflict');
  });
});
