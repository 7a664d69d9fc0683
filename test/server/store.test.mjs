// The store suite: what the reference back end keeps, kept in its database, on each engine it
// runs on (the embedded default and a real PostgreSQL server; see databases.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, createVisitor, readyToSubmit, startServer } from './client.mjs';
import { ENGINES } from './databases.mjs';
import { startProcess } from './processes.mjs';

const wrongAnswers = { answers: [{ questionId: 'q-first-city', answer: '北京' }] };

for (const engine of ENGINES) {
  describe(`the store on ${engine.name}`, { skip: engine.skip }, () => {
    let database;
    before(async () => {
      database = await engine.create();
    });
    after(() => database?.drop());

    it('keeps requests, receipts and idempotency keys across a restart, and never repeats a request number', async () => {
      let server = await startServer(database.options);
      let receipt;
      let cookie;
      let submit;
      try {
        const visitor = server.visitor();
        submit = await readyToSubmit(visitor);
        const created = await visitor.post('/api/requests', submit.body, { 'idempotency-key': submit.key });
        assert.equal(created.status, 201, created.text);
        receipt = created.json;
        cookie = visitor.cookie;
      } finally {
        await server.close();
      }
      server = await startServer(database.options);
      try {
        const visitor = createVisitor(server.url, cookie);
        const again = await visitor.post('/api/requests', submit.body, { 'idempotency-key': submit.key });
        assert.equal(again.status, 200, again.text);
        assert.deepEqual(again.json, receipt);
        assertProblem(await visitor.post('/api/requests', submit.body, { 'idempotency-key': `${submit.key}-2` }), 409, 'conflict');
        assert.equal((await visitor.get('/api/context')).json.pendingRequest?.requestId, receipt.requestId);
        assert.equal((await visitor.get(`/api/requests/${receipt.requestId}`)).status, 200);
        assert.deepEqual((await visitor.get('/demo/requests')).json.requests, [receipt]);

        const other = server.visitor();
        const next = await readyToSubmit(other);
        const second = await other.post('/api/requests', next.body, { 'idempotency-key': next.key });
        assert.equal(second.status, 201, second.text);
        assert.notEqual(second.json.requestId, receipt.requestId);
        // The other account cannot read the first one's request.
        assertProblem(await other.get(`/api/requests/${receipt.requestId}`), 404, 'not-found');
      } finally {
        await server.close();
      }
    });

    it('keeps wrong answers and lock-outs per account across a restart', async () => {
      const options = { ...database.options, mockOptions: { maxAttempts: 3 } };
      let server = await startServer(options);
      let cookie;
      try {
        const visitor = server.visitor();
        for (const left of [2, 1]) {
          const { challengeId } = (await visitor.post('/api/verifications', { method: 'security-questions' })).json;
          const result = await visitor.post(`/api/verifications/${challengeId}/check`, { method: 'security-questions', ...wrongAnswers });
          assert.deepEqual(result.json, { ok: false, reason: 'wrong', attemptsLeft: left });
        }
        cookie = visitor.cookie;
      } finally {
        await server.close();
      }
      server = await startServer(options);
      try {
        const visitor = createVisitor(server.url, cookie);
        const { challengeId } = (await visitor.post('/api/verifications', { method: 'security-questions' })).json;
        const result = await visitor.post(`/api/verifications/${challengeId}/check`, { method: 'security-questions', ...wrongAnswers });
        assert.equal(result.json.reason, 'locked', result.text);
        assertProblem(await visitor.post('/api/verifications', { method: 'sms' }), 429, 'rate-limited');
      } finally {
        await server.close();
      }
    });

    it('two instances on one database create exactly one request for one key under concurrent submits', async () => {
      const instances = await Promise.all([0, 1].map(() => startProcess({ args: database.args, env: database.env })));
      try {
        const first = createVisitor(instances[0].url);
        const { body, key } = await readyToSubmit(first);
        // The same browser, through either instance: its cookie names one account in the database.
        const through = instances.map((instance) => createVisitor(instance.url, first.cookie));
        const answers = await Promise.all(
          Array.from({ length: 16 }, (_, i) => through[i % 2].post('/api/requests', body, { 'idempotency-key': key })),
        );
        assert.deepEqual(
          answers.map((a) => a.status).sort((a, b) => a - b),
          [...Array(15).fill(200), 201],
          answers.map((a) => a.text).join('\n'),
        );
        assert.equal(new Set(answers.map((a) => a.json.requestId)).size, 1);
        // Another key while it stands: refused by both, concurrently.
        const others = await Promise.all(
          Array.from({ length: 8 }, (_, i) => through[i % 2].post('/api/requests', body, { 'idempotency-key': `${key}-other-${i}` })),
        );
        assert.deepEqual(
          others.map((a) => a.status),
          Array(8).fill(409),
        );
        for (const visitor of through) assert.equal((await visitor.get('/demo/requests')).json.requests.length, 1);
      } finally {
        await Promise.all(instances.map((instance) => instance.kill()));
      }
    });
  });
}
