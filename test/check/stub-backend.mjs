// A small back end that keeps the contract, for testing the checker without the reference back
// end: one state per `sid` cookie (so the walk only passes if the checker's cookie jar works), an
// inbox like the reference's, and a hook to break any answer on purpose.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';

export const SMS_CODE = '246810';
/** Wrong codes before the stub locks. */
const MAX_WRONG = 5;
const JSON_PROBLEM = { 'content-type': 'application/problem+json' };

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

function route(method, url, body, headers, state, rules) {
  const path = url.pathname;
  if (method === 'GET' && path === '/demo/inbox') return json(200, { messages: state.inbox });
  if (method === 'GET' && path === '/api/context') return json(200, CONTEXT);
  if (method === 'POST' && path === '/api/verifications') {
    if (body?.method !== 'sms') return problem(422, 'invalid-input', 'method');
    if (state.wrongs >= MAX_WRONG && rules.lockout !== 'none')
      return { ...problem(429, 'rate-limited', 'locked'), headers: { ...JSON_PROBLEM, 'retry-after': '900' } };
    state.sends += 1;
    state.challengeId = `CH-${state.sends}`;
    // The first SMS carries SMS_CODE (what --code gives), each later one a new code unless told otherwise.
    state.code = rules.newCodePerSend ? String(Number(SMS_CODE) + state.sends - 1) : SMS_CODE;
    state.challengeWrongs = 0;
    state.inbox.unshift({ to: '138****0000', code: state.code, sentAt: new Date().toISOString() });
    return json(200, {
      challengeId: state.challengeId,
      method: 'sms',
      maskedPhone: '138****0000',
      codeLength: 6,
      resendAfterSeconds: 0,
      expiresInSeconds: 300,
    });
  }
  const check = /^\/api\/verifications\/([^/]+)\/check$/.exec(path);
  if (method === 'POST' && check) {
    if (decodeURIComponent(check[1]) !== state.challengeId) return problem(404, 'not-found', 'challenge');
    if (body?.code === state.code) return json(200, { ok: true, proof: 'PF-1' });
    state.wrongs += 1;
    state.challengeWrongs += 1;
    // A careful back end counts per account; a careless one per challenge (a new challenge starts over), or not at all.
    const counted = rules.lockout === 'per-challenge' ? state.challengeWrongs : state.wrongs;
    if (rules.lockout !== 'none' && counted >= MAX_WRONG) return json(200, { ok: false, reason: 'locked', retryAfterSeconds: 900 });
    return json(
      200,
      rules.lockout === 'none' ? { ok: false, reason: 'wrong' } : { ok: false, reason: 'wrong', attemptsLeft: MAX_WRONG - counted },
    );
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
 * @param {{
 *   alter?: (reply: { status: number, headers: Record<string, string>, body: unknown }, request: { method: string, url: URL }) => object | Promise<object>,
 *   lockout?: 'per-account' | 'per-challenge' | 'none',
 *   newCodePerSend?: boolean,
 * }} [options]
 *   `alter` may change or replace any answer (or wait first, to test timeouts); `lockout` and
 *   `newCodePerSend` make it careless about guessing on purpose.
 */
export async function startStub({ alter = (reply) => reply, lockout = 'per-account', newCodePerSend = true } = {}) {
  const rules = { lockout, newCodePerSend };
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
        visitors.set(sid, { inbox: [], keys: new Map(), sends: 0, wrongs: 0, challengeWrongs: 0 });
        setCookie.push(`sid=${sid}; Path=/; HttpOnly; SameSite=Lax`);
      }
      const body = req.method === 'POST' ? await readJson(req) : undefined;
      const reply = await alter(route(req.method, url, body, req.headers, visitors.get(sid), rules), { method: req.method, url });
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
