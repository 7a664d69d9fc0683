// Killed without warning (SIGKILL) at any point of the flow, the reference back end restarts with
// everything it had answered: the SMS sent, the proof, the quote, the request, its idempotency key
// and its receipt. On each engine (databases.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, createVisitor, SUBSCRIPTION_ID } from './client.mjs';
import { ENGINES } from './databases.mjs';
import { startProcess } from './processes.mjs';

const TIMELINE = ['--processing-after-ms', '200', '--done-after-ms', '600'];

for (const engine of ENGINES) {
  describe(`SIGKILL and restart on ${engine.name}`, { skip: engine.skip }, () => {
    let database;
    let running;
    before(async () => {
      database = await engine.create();
    });
    after(async () => {
      await running?.kill('SIGKILL');
      await database?.drop();
    });

    /** Kills the running back end at once and starts another on the same database; the browser keeps its cookie. */
    async function crashAndRestart(visitor) {
      if (running) assert.equal((await running.kill('SIGKILL')).signal, 'SIGKILL');
      running = await startProcess({ args: [...database.args, ...TIMELINE], env: database.env });
      return createVisitor(running.url, visitor?.cookie);
    }

    it('loses nothing: killed after the SMS, after verifying, and after submitting, the same flow finishes', async () => {
      let visitor = await crashAndRestart();
      const challenge = await visitor.post('/api/verifications', { method: 'sms' });
      assert.equal(challenge.status, 200, challenge.text);

      // Killed with the code on its way: the code, the challenge and the resend wait survive.
      visitor = await crashAndRestart(visitor);
      const [message] = (await visitor.get('/demo/inbox')).json.messages;
      assertProblem(await visitor.post('/api/verifications', { method: 'sms' }), 429, 'rate-limited');
      const verified = await visitor.post(`/api/verifications/${challenge.json.challengeId}/check`, { method: 'sms', code: message.code });
      assert.equal(verified.json.ok, true, verified.text);
      const quote = await visitor.get(`/api/refund-quote?subscriptionId=${SUBSCRIPTION_ID}&effective=immediately`);
      assert.equal(quote.status, 200);

      // Killed between the check page and the button: the proof and the quote survive.
      visitor = await crashAndRestart(visitor);
      const body = {
        subscriptionId: SUBSCRIPTION_ID,
        reasonIds: ['too-expensive'],
        effective: 'immediately',
        quoteId: quote.json.quoteId,
        proof: verified.json.proof,
      };
      const key = `durability-${Date.now()}`;
      const created = await visitor.post('/api/requests', body, { 'idempotency-key': key });
      assert.equal(created.status, 201, created.text);

      // Killed right after answering the submit (the answer may never have arrived): the retry gets the same receipt.
      visitor = await crashAndRestart(visitor);
      const retried = await visitor.post('/api/requests', body, { 'idempotency-key': key });
      assert.equal(retried.status, 200, retried.text);
      assert.deepEqual(retried.json, created.json);
      // (Pending, or already completed on a slow machine: either way not active any more.)
      assert.notEqual((await visitor.get('/api/context')).json.subscription.status, 'active');
      // Not a second cancellation with the same number: a new key is a conflict.
      assertProblem(await visitor.post('/api/requests', body, { 'idempotency-key': `${key}-again` }), 409, 'conflict');

      // And the request goes on to completed.
      let status;
      for (let i = 0; i < 100 && status !== 'completed'; i += 1) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await visitor.get(`/api/requests/${created.json.requestId}`)).json.status;
      }
      assert.equal(status, 'completed');
      assert.deepEqual((await visitor.get('/demo/requests')).json.requests, [created.json]);
    });
  });
}
