// Shared by the server tests: start the built demo server (.cache/demo-server.mjs, made by
// scripts/build-demo-server.mjs) on a free port, and talk to it as one browser would, keeping the
// visitor cookie that fetch alone does not keep.
import assert from 'node:assert/strict';
import { contract, createDemoServer, severalCloudPcs } from '../../.cache/demo-server.mjs';

export { contract, createDemoServer, severalCloudPcs };

/** A demo server on a free port; its log lines are collected instead of printed. */
export async function startServer(options = {}) {
  const logs = [];
  const server = await createDemoServer({ port: 0, log: (line) => logs.push(line), ...options });
  return { url: server.url, port: server.port, close: () => server.close(), logs, visitor: () => createVisitor(server.url) };
}

/** One browser: its own cookie jar of one cookie (`cookie`: a browser that already has one). */
export function createVisitor(baseUrl, cookie = undefined) {
  async function request(path, { method = 'GET', body, headers = {} } = {}) {
    const init = { method, headers: { ...headers }, redirect: 'manual' };
    if (cookie !== undefined) init.headers.cookie = cookie;
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(new URL(path, baseUrl), init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const json = type.includes('json') && text !== '' ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, text, json };
  }
  return {
    request,
    get: (path, headers) => request(path, { headers }),
    post: (path, body, headers) => request(path, { method: 'POST', body, headers }),
    get cookie() {
      return cookie;
    },
  };
}

/** Asserts `value` passes a contract schema (the same check the widget makes), naming the first bad field otherwise. */
export function assertValid(schema, value, what) {
  assert.doesNotThrow(() => contract.parseResponse(schema, value, what));
}

/** Asserts a problem+json answer with this status and code, and returns its body. */
export function assertProblem(response, status, code) {
  assert.equal(response.status, status, response.text);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(response.json.status, status);
  assert.equal(response.json.code, code);
  assert.equal(response.json.type, `https://cloudpc-unsubscribe.dev/problems/${code}`);
  assert.equal(typeof response.json.title, 'string');
  return response.json;
}

export const SUBSCRIPTION_ID = 'CPC-SW-8800012345';

/** Verifies by SMS with the code read from the fake phone; the proof. */
export async function verifyBySms(visitor) {
  const challenge = await visitor.post('/api/verifications', { method: 'sms' });
  assert.equal(challenge.status, 200, challenge.text);
  const inbox = await visitor.get('/demo/inbox');
  const code = inbox.json.messages.find((message) => message.kind === 'code').code;
  const result = await visitor.post(`/api/verifications/${challenge.json.challengeId}/check`, { method: 'sms', code });
  assert.equal(result.json.ok, true, result.text);
  return result.json.proof;
}

export async function quote(visitor, effective = 'immediately') {
  const response = await visitor.get(`/api/refund-quote?subscriptionId=${SUBSCRIPTION_ID}&effective=${effective}`);
  assert.equal(response.status, 200, response.text);
  return response.json;
}

/** A verified visitor's submit body and a fresh key, ready to POST to /api/requests. */
export async function readyToSubmit(visitor) {
  const proof = await verifyBySms(visitor);
  const { quoteId } = await quote(visitor);
  return {
    body: { subscriptionId: SUBSCRIPTION_ID, reasonIds: ['too-expensive'], effective: 'immediately', quoteId, proof },
    key: `key-${Math.random().toString(36).slice(2)}`,
  };
}
