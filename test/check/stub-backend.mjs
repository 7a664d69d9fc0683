// A small back end that keeps the contract, for testing the checker without the reference back
// end: one state per `sid` cookie (so the walk only passes if the checker's cookie jar works), an
// inbox like the reference's, and a hook to break any answer on purpose.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';

export const SMS_CODE = '246810';

const CONTEXT = {
  account: { id: 'ACC-1', displayName: 'Test subscriber', maskedPhone: '138****0000' },
  subscription: {
    id: 'SUB-1',
    productName: 'Cloud PC',
    planName: 'Basic',
    status: 'active',
    billingCycle: 'month',
    currentPeriod: { start: '2026-11-01T00:00:00+08:00', end: '2026-12-01T00:00:00+08:00' },
    price: { amount: 10000, currency: 'CNY' },
  },
  terms: {
    title: 'Terms',
    url: 'https://example.com/terms',
    version: '1',
    highlights: ['data is erased'],
    refundMethod: 'original payment method',
    effectiveOptions: ['immediately', 'end-of-term'],
  },
  reasons: [{ id: 'price', label: 'Too expensive' }],
  verificationMethods: ['sms'],
  support: { hotline: '10086' },
};

const money = (amount) => ({ amount, currency: 'CNY' });

const quote = (effective) => ({
  quoteId: `Q-${effective}`,
  effective,
  effectiveAt: '2026-11-25T00:00:00+08:00',
  paid: money(10000),
  used: money(effective === 'immediately' ? 3000 : 10000),
  penalty: money(effective === 'immediately' ? 1000 : 0),
  refund: money(effective === 'immediately' ? 6000 : 0),
  method: 'original payment method',
  arrivalWorkingDays: { min: 7, max: 15 },
});

const json = (status, body) => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body });
const problem = (status, code, detail) => ({
  status,
  headers: { 'content-type': 'application/problem+json' },
  body: { type: 'about:blank', title: code, status, code, detail },
});

function route(method, url, body, headers, state) {
  const path = url.pathname;
  if (method === 'GET' && path === '/demo/inbox') return json(200, { messages: state.inbox });
  if (method === 'GET' && path === '/api/context') return json(200, CONTEXT);
  if (method === 'POST' && path === '/api/verifications') {
    if (body?.method !== 'sms') return problem(422, 'invalid-input', 'method');
    state.challengeId = `CH-${state.inbox.length + 1}`;
    state.inbox.unshift({ to: '138****0000', code: SMS_CODE, sentAt: new Date().toISOString() });
    return json(200, {
      challengeId: state.challengeId,
      method: 'sms',
      maskedPhone: '138****0000',
      codeLength: 6,
      resendAfterSeconds: 60,
      expiresInSeconds: 300,
    });
  }
  const check = /^\/api\/verifications\/([^/]+)\/check$/.exec(path);
  if (method === 'POST' && check) {
    if (decodeURIComponent(check[1]) !== state.challengeId) return problem(404, 'not-found', 'challenge');
    return json(200, body?.code === SMS_CODE ? { ok: true, proof: 'PF-1' } : { ok: false, reason: 'wrong', attemptsLeft: 4 });
  }
  if (method === 'GET' && path === '/api/refund-quote') {
    const effective = url.searchParams.get('effective');
    if (effective !== 'immediately' && effective !== 'end-of-term') return problem(422, 'invalid-input', 'effective');
    if (url.searchParams.get('subscriptionId') !== 'SUB-1') return problem(404, 'not-found', 'subscription');
    return json(200, quote(effective));
  }
  if (method === 'POST' && path === '/api/requests') {
    const key = headers['idempotency-key'];
    if (typeof key !== 'string') return problem(422, 'invalid-input', 'Idempotency-Key');
    const fingerprint = JSON.stringify({ ...body, idempotencyKey: undefined });
    const earlier = state.keys.get(key);
    if (earlier) return earlier.fingerprint === fingerprint ? json(200, state.receipt) : problem(422, 'invalid-input', 'key reused');
    if (state.receipt) return problem(409, 'conflict', 'a request exists');
    if (body?.proof !== 'PF-1') return problem(422, 'invalid-input', 'proof');
    state.receipt = {
      requestId: 'REQ-1',
      status: 'received',
      submittedAt: '2026-11-25T10:00:00+08:00',
      expectedDoneBy: '2026-11-27T10:00:00+08:00',
    };
    state.keys.set(key, { fingerprint });
    return json(201, state.receipt);
  }
  const status = /^\/api\/requests\/([^/]+)$/.exec(path);
  if (method === 'GET' && status) {
    if (!state.receipt || decodeURIComponent(status[1]) !== state.receipt.requestId) return problem(404, 'not-found', 'request');
    return json(200, { requestId: state.receipt.requestId, status: 'processing', updatedAt: '2026-11-25T10:05:00+08:00' });
  }
  if (method === 'POST' && path === '/api/feedback') return { status: 204, headers: {}, body: undefined };
  return problem(404, 'not-found', path);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

/**
 * @param {{ alter?: (reply: { status: number, headers: Record<string, string>, body: unknown }, request: { method: string, url: URL }) => object | Promise<object> }} [options]
 *   `alter` may change or replace any answer (or wait first, to test timeouts).
 */
export async function startStub({ alter = (reply) => reply } = {}) {
  const visitors = new Map();
  const received = [];
  const server = createServer((req, res) => {
    (async () => {
      const url = new URL(req.url ?? '/', 'http://stub');
      received.push({ method: req.method, path: url.pathname, headers: req.headers });
      let sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      const setCookie = [];
      if (sid === undefined || !visitors.has(sid)) {
        sid = `v${visitors.size + 1}`;
        visitors.set(sid, { inbox: [], keys: new Map() });
        setCookie.push(`sid=${sid}; Path=/; HttpOnly; SameSite=Lax`);
      }
      const body = req.method === 'POST' ? await readJson(req) : undefined;
      const reply = await alter(route(req.method, url, body, req.headers, visitors.get(sid)), { method: req.method, url });
      const headers = { ...reply.headers, ...(setCookie.length > 0 ? { 'set-cookie': setCookie } : {}) };
      res.writeHead(reply.status, headers);
      res.end(reply.body === undefined ? undefined : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    })().catch((error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
