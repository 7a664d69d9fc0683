// Several cloud PCs on one account (`--cloud-pcs`): the context lists them, each has its own
// context, quotes and requests, and a quote for one never unsubscribes another.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SUBSCRIPTION_ID, assertProblem, assertValid, contract, severalCloudPcs, startServer, verifyBySms } from './client.mjs';

const HOME_PC = 'CPC-SW-8800067890';
const OLD_PC = 'CPC-SW-8800011111';

async function quoteFor(visitor, subscriptionId) {
  const response = await visitor.get(`/api/refund-quote?subscriptionId=${subscriptionId}&effective=immediately`);
  assert.equal(response.status, 200, response.text);
  return response.json;
}

const submitBody = (subscriptionId, quoteId, proof) => ({
  subscriptionId,
  reasonIds: ['too-expensive'],
  effective: 'immediately',
  quoteId,
  proof,
});

describe('demo server: several cloud PCs on one account', () => {
  let server;
  before(async () => {
    // `--cloud-pcs 3`: an office PC, a home PC on a monthly plan, an old one already cancelled.
    server = await startServer({ mockOptions: severalCloudPcs(3) });
  });
  after(() => server.close());

  it('the context lists every cloud PC with its name, plan, price and data, the first one its own', async () => {
    const context = (await server.visitor().get('/api/context')).json;
    assertValid(contract.contextSchema, context, 'loadContext');
    assert.equal(context.subscription.id, SUBSCRIPTION_ID);
    assert.deepEqual(
      context.subscriptions.map((s) => [s.id, s.name, s.status, s.price.amount, s.dataRetentionDays]),
      [
        [SUBSCRIPTION_ID, '办公电脑', 'active', 58800, 7],
        [HOME_PC, '家里的电脑', 'active', 2900, 15],
        [OLD_PC, '旧电脑', 'cancelled', 58800, 7],
      ],
    );
  });

  it('each cloud PC has its own context, with its own terms; one not on the account is a 404', async () => {
    const visitor = server.visitor();
    const home = (await visitor.get(`/api/context?subscriptionId=${HOME_PC}`)).json;
    assertValid(contract.contextSchema, home, 'loadContext');
    assert.equal(home.subscription.id, HOME_PC);
    assert.equal(home.subscription.billingCycle, 'month');
    assert.equal(home.terms.dataRetentionDays, 15);
    assertProblem(await visitor.get('/api/context?subscriptionId=CPC-SOMEONE-ELSES'), 404, 'not-found');
  });

  it('a quote is for one cloud PC: submitting it for another is refused, and nothing is created', async () => {
    const visitor = server.visitor();
    const proof = await verifyBySms(visitor);
    const officeQuote = await quoteFor(visitor, SUBSCRIPTION_ID);
    const wrong = await visitor.post('/api/requests', submitBody(HOME_PC, officeQuote.quoteId, proof), { 'idempotency-key': 'K-WRONG' });
    assertProblem(wrong, 422, 'invalid-input');
    assert.deepEqual((await visitor.get('/demo/requests')).json.requests ?? [], []);
  });

  it('unsubscribing one leaves the other active, and the list says which one is being cancelled', async () => {
    const visitor = server.visitor();
    const proof = await verifyBySms(visitor);
    const homeQuote = await quoteFor(visitor, HOME_PC);
    assert.equal(homeQuote.paid.amount, 2900);
    const created = await visitor.post('/api/requests', submitBody(HOME_PC, homeQuote.quoteId, proof), { 'idempotency-key': 'K-HOME' });
    assert.equal(created.status, 201, created.text);

    const home = (await visitor.get(`/api/context?subscriptionId=${HOME_PC}`)).json;
    assert.equal(home.pendingRequest?.requestId, created.json.requestId);
    const office = (await visitor.get('/api/context')).json;
    assert.equal(office.pendingRequest, undefined, 'the other cloud PC has no request');
    assert.equal(office.subscription.status, 'active');
    assert.equal(office.subscriptions.find((s) => s.id === HOME_PC).status, 'pending-cancellation');

    // The office PC can still be unsubscribed on its own: the standing request is the home PC's.
    const officeQuote = await quoteFor(visitor, SUBSCRIPTION_ID);
    const second = await visitor.post('/api/requests', submitBody(SUBSCRIPTION_ID, officeQuote.quoteId, proof), {
      'idempotency-key': 'K-OFFICE',
    });
    assert.equal(second.status, 201, second.text);
    assert.notEqual(second.json.requestId, created.json.requestId, 'one request number each');
  });

  it('a server started with one cloud PC sends no list, as before', async () => {
    const plain = await startServer();
    try {
      assert.equal((await plain.visitor().get('/api/context')).json.subscriptions, undefined);
    } finally {
      await plain.close();
    }
  });
});
