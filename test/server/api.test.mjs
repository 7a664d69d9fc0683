// The contract's happy path over real HTTP: every answer passes the contract's schemas.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SUBSCRIPTION_ID, assertValid, contract, quote, readyToSubmit, startServer, verifyBySms } from './client.mjs';

describe('demo server: the REST contract', () => {
  let server;
  before(async () => {
    // Long enough that a loaded machine still sees the request standing before it moves on.
    server = await startServer({ processingAfterMs: 1500, doneAfterMs: 2500 });
  });
  after(() => server.close());

  it('GET /api/context answers a valid context and sets the visitor cookie once', async () => {
    const visitor = server.visitor();
    const first = await visitor.get('/api/context');
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-type'), /^application\/json/);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assertValid(contract.contextSchema, first.json, 'loadContext');
    assert.equal(first.json.subscription.id, SUBSCRIPTION_ID);
    assert.deepEqual(first.json.verificationMethods, ['sms', 'face', 'security-questions']);
    const cookie = first.headers.get('set-cookie');
    assert.match(cookie, /^cpu_visitor=[A-Za-z0-9_-]{32}; Path=\/; HttpOnly; SameSite=Lax$/);

    const second = await visitor.get(`/api/context?subscriptionId=${SUBSCRIPTION_ID}`);
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('set-cookie'), null);
  });

  it('GET /api/context for another subscription is a 404 problem', async () => {
    const response = await server.visitor().get('/api/context?subscriptionId=CPC-OTHER');
    assert.equal(response.status, 404);
    assert.equal(response.json.code, 'not-found');
  });

  it('walks the whole flow: SMS from the inbox, quote, submit, status over time, feedback', async () => {
    const visitor = server.visitor();
    const challenge = await visitor.post('/api/verifications', { method: 'sms' });
    assert.equal(challenge.status, 200);
    assertValid(contract.challengeSchema, challenge.json, 'startVerification');
    assert.equal(challenge.json.codeLength, 6);

    const inbox = await visitor.get('/demo/inbox');
    assert.equal(inbox.status, 200);
    assert.equal(inbox.json.messages.length, 1);
    const [message] = inbox.json.messages;
    assert.equal(message.to, challenge.json.maskedPhone);
    assert.match(message.code, /^\d{6}$/);
    assert.ok(!Number.isNaN(Date.parse(message.sentAt)));

    const verified = await visitor.post(`/api/verifications/${challenge.json.challengeId}/check`, { method: 'sms', code: message.code });
    assert.equal(verified.status, 200);
    assertValid(contract.verifyResultSchema, verified.json, 'verify');
    assert.equal(verified.json.ok, true);

    for (const effective of ['immediately', 'end-of-term']) {
      const refund = await quote(visitor, effective);
      assertValid(contract.quoteSchema, refund, 'quoteRefund');
      assert.equal(refund.effective, effective);
    }
    const { quoteId } = await quote(visitor);

    const body = {
      subscriptionId: SUBSCRIPTION_ID,
      reasonIds: ['too-expensive'],
      effective: 'immediately',
      quoteId,
      proof: verified.json.proof,
    };
    const receipt = await visitor.post('/api/requests', body, { 'idempotency-key': 'flow-1' });
    assert.equal(receipt.status, 201);
    assertValid(contract.receiptSchema, receipt.json, 'submit');
    assert.equal(receipt.headers.get('location'), `/api/requests/${receipt.json.requestId}`);

    const context = await visitor.get('/api/context');
    assert.deepEqual(context.json.pendingRequest, { requestId: receipt.json.requestId });

    const received = await visitor.get(`/api/requests/${receipt.json.requestId}`);
    assert.equal(received.status, 200);
    assertValid(contract.statusSchema, received.json, 'getStatus');
    assert.equal(received.json.status, 'received');
    // The status moves on by itself: ask as the widget does until it is done.
    let done;
    for (const giveUpAt = Date.now() + 15000; Date.now() < giveUpAt; await new Promise((resolve) => setTimeout(resolve, 250))) {
      done = await visitor.get(`/api/requests/${receipt.json.requestId}`);
      if (done.json.status === 'completed') break;
    }
    assertValid(contract.statusSchema, done.json, 'getStatus');
    assert.equal(done.json.status, 'completed');
    assert.equal(done.json.refund.status, 'issued');

    const feedback = await visitor.post('/api/feedback', { requestId: receipt.json.requestId, rating: 4, comment: '流程清楚' });
    assert.equal(feedback.status, 204);
    assert.equal(feedback.text, '');
  });

  it('verifies with security questions', async () => {
    const visitor = server.visitor();
    const challenge = await visitor.post('/api/verifications', { method: 'security-questions' });
    assertValid(contract.challengeSchema, challenge.json, 'startVerification');
    const answers = [
      { questionId: 'q-first-city', answer: '杭州' },
      { questionId: 'q-pet-name', answer: ' doudou ' },
    ];
    const result = await visitor.post(`/api/verifications/${challenge.json.challengeId}/check`, { method: 'security-questions', answers });
    assert.equal(result.json.ok, true);
  });

  it('lists the created requests at /demo/requests', async () => {
    const visitor = server.visitor();
    assert.deepEqual((await visitor.get('/demo/requests')).json, { requests: [] });
    const { body, key } = await readyToSubmit(visitor);
    const receipt = await visitor.post('/api/requests', body, { 'idempotency-key': key });
    assert.deepEqual((await visitor.get('/demo/requests')).json, { requests: [receipt.json] });
  });

  it('a proof is needed to submit', async () => {
    const visitor = server.visitor();
    await verifyBySms(visitor);
    const { quoteId } = await quote(visitor);
    const response = await visitor.post(
      '/api/requests',
      { subscriptionId: SUBSCRIPTION_ID, reasonIds: [], effective: 'immediately', quoteId, proof: 'PF-forged' },
      { 'idempotency-key': 'k' },
    );
    assert.equal(response.status, 422);
    assert.equal(response.json.code, 'invalid-input');
  });
});
