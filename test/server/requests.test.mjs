// Submit is idempotent by its key: one request however often the same attempt is sent.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, readyToSubmit, startServer } from './client.mjs';

describe('demo server: idempotent submit', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('the same key and body answer the same receipt (201, then 200) and create one request', async () => {
    const visitor = server.visitor();
    const { body, key } = await readyToSubmit(visitor);
    const first = await visitor.post('/api/requests', body, { 'idempotency-key': key });
    const second = await visitor.post('/api/requests', body, { 'idempotency-key': key });
    assert.equal(first.status, 201);
    assert.equal(second.status, 200);
    assert.deepEqual(second.json, first.json);
    assert.equal((await visitor.get('/demo/requests')).json.requests.length, 1);
  });

  it('the same key with another body is a 422; another key while the request stands is a 409', async () => {
    const visitor = server.visitor();
    const { body, key } = await readyToSubmit(visitor);
    assert.equal((await visitor.post('/api/requests', body, { 'idempotency-key': key })).status, 201);
    assertProblem(await visitor.post('/api/requests', { ...body, comment: 'changed' }, { 'idempotency-key': key }), 422, 'invalid-input');
    assertProblem(await visitor.post('/api/requests', body, { 'idempotency-key': `${key}-other` }), 409, 'conflict');
    assert.equal((await visitor.get('/demo/requests')).json.requests.length, 1);
  });

  it('a missing Idempotency-Key is a 422 naming the header', async () => {
    const visitor = server.visitor();
    const { body } = await readyToSubmit(visitor);
    const problem = assertProblem(await visitor.post('/api/requests', body), 422, 'invalid-input');
    assert.match(problem.detail, /Idempotency-Key/);
    assert.equal((await visitor.get('/demo/requests')).json.requests.length, 0);
  });

  it('an unknown request, or another visitor’s, is a 404 problem', async () => {
    const owner = server.visitor();
    const { body, key } = await readyToSubmit(owner);
    const { requestId } = (await owner.post('/api/requests', body, { 'idempotency-key': key })).json;
    assert.equal((await owner.get(`/api/requests/${requestId}`)).status, 200);
    assertProblem(await server.visitor().get(`/api/requests/${requestId}`), 404, 'not-found');
    assertProblem(await owner.get('/api/requests/TD000000000000'), 404, 'not-found');
  });
});
