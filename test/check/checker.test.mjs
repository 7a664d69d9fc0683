// The conformance check against a small contract-keeping stub (stub-backend.mjs): it passes a
// back end that keeps the contract, and names the endpoint of each rule a back end breaks.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SMS_CODE, startStub } from './stub-backend.mjs';
import { buildChecker, failures, skips } from './support.mjs';

let checker;
before(async () => {
  checker = await buildChecker();
});
after(() => checker.cleanup());

/** Runs the check against a stub (altered as given) and closes it. */
async function check(options = {}, alter = undefined, stubOptions = {}) {
  const stub = await startStub({ ...(alter ? { alter } : {}), ...stubOptions });
  try {
    return await checker.lib.runConformance({ baseUrl: `${stub.url}/api`, inboxUrl: `${stub.url}/demo/inbox`, ...options });
  } finally {
    await stub.close();
  }
}

const failingEndpoints = (report) => [...new Set(failures(report).map((f) => f.endpoint))];

describe('against a back end that keeps the contract', () => {
  test('every check passes, with the SMS code read from the inbox', async () => {
    const report = await check();
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    assert.equal(report.failed, 0);
    for (const endpoint of checker.lib.ENDPOINTS) assert.ok(report.endpoints[endpoint].length > 0, `no finding for ${endpoint}`);
    // The steps that cannot run: the list of cloud PCs and the offers (this back end sends neither,
    // which is allowed), the Retry-After rule (it never rate-limits), the withdrawal (optional; this
    // back end's status has no withdrawableUntil) and sending the receipt (optional; it answers 404).
    assert.deepEqual(
      skips(report).map((f) => f.endpoint),
      [
        'GET /context?subscriptionId',
        'POST /offers/{id}/accept',
        'errors',
        'POST /requests/{id}/withdrawal',
        'POST /requests/{id}/receipt-deliveries',
      ],
    );
    assert.match(report.endpoints['POST /requests/{id}/receipt-deliveries'][0].message, /answered 404 .*not offered \(optional\)/);
  });

  test('the code can be given instead of an inbox', async () => {
    const report = await check({ inboxUrl: undefined, code: SMS_CODE });
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    assert.ok(report.endpoints['POST /requests'].some((f) => f.ok && !f.skipped));
  });

  test('without a code the steps that need it are skipped, not failed', async () => {
    const report = await check({ inboxUrl: undefined });
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    const skipped = skips(report).map((f) => f.endpoint);
    for (const endpoint of ['POST /verifications/{id}/check', 'POST /requests', 'GET /requests/{id}'])
      assert.ok(skipped.includes(endpoint), endpoint);
    assert.ok(report.endpoints['POST /verifications/{id}/check'].some((f) => f.ok && !f.skipped && /wrong/.test(f.message)));
    assert.ok(report.endpoints['GET /refund-quote'].some((f) => f.ok && !f.skipped));
  });

  test('the session cookie is kept: a back end without it would send the code to another visitor', async () => {
    const stub = await startStub();
    try {
      await checker.lib.runConformance({ baseUrl: `${stub.url}/api`, inboxUrl: `${stub.url}/demo/inbox` });
      const withoutCookie = stub.received.filter((r) => r.headers.cookie === undefined);
      assert.equal(withoutCookie.length, 1, 'only the first request goes without the cookie');
      assert.ok(stub.received.slice(1).every((r) => r.headers.cookie === 'sid=v1'));
    } finally {
      await stub.close();
    }
  });

  test('the given fetch, headers and Idempotency-Key are used', async () => {
    const stub = await startStub();
    let calls = 0;
    try {
      const report = await checker.lib.runConformance({
        baseUrl: `${stub.url}/api/`,
        inboxUrl: `${stub.url}/demo/inbox`,
        headers: { authorization: 'Bearer test' },
        fetch: (...args) => {
          calls += 1;
          return fetch(...args);
        },
      });
      assert.equal(report.ok, true, checker.lib.formatReport(report));
      assert.equal(calls, stub.received.length);
      assert.ok(stub.received.every((r) => r.headers.authorization === 'Bearer test'));
      const submits = stub.received.filter((r) => r.method === 'POST' && r.path === '/api/requests');
      assert.equal(submits.length, 4);
      assert.equal(submits[0].headers['idempotency-key'], submits[1].headers['idempotency-key']);
      assert.equal(submits[0].headers['idempotency-key'], submits[2].headers['idempotency-key']);
      assert.notEqual(submits[0].headers['idempotency-key'], submits[3].headers['idempotency-key']);
    } finally {
      await stub.close();
    }
  });
});

describe('against a back end that breaks a rule', () => {
  test('a context that fails its schema names the field', async () => {
    const report = await check({}, (reply, { url }) => {
      if (url.pathname !== '/api/context') return reply;
      const period = { start: '2026-12-01T00:00:00+08:00', end: '2026-11-01T00:00:00+08:00' };
      return { ...reply, body: { ...reply.body, subscription: { ...reply.body.subscription, currentPeriod: period } } };
    });
    assert.deepEqual(failingEndpoints(report), ['GET /context']);
    assert.match(failures(report)[0].message, /subscription\.currentPeriod\.end/);
    // One bad field does not stop the walk: the rest still ran and passed.
    assert.ok(report.endpoints['POST /requests'].some((f) => f.ok && !f.skipped));
  });

  test('a refund that is not paid − used − penalty', async () => {
    const report = await check({}, (reply, { url }) =>
      url.pathname === '/api/refund-quote' && reply.status === 200
        ? { ...reply, body: { ...reply.body, refund: { amount: 1, currency: 'CNY' } } }
        : reply,
    );
    assert.deepEqual(failingEndpoints(report), ['GET /refund-quote']);
    assert.match(failures(report)[0].message, /refund\.amount/);
  });

  test('a retry under the same key that creates another request', async () => {
    let n = 0;
    const report = await check({}, (reply, { url }) => {
      if (url.pathname !== '/api/requests' || reply.status !== 200) return reply;
      n += 1;
      return { ...reply, body: { ...reply.body, requestId: `REQ-copy-${n}` } };
    });
    assert.deepEqual(failingEndpoints(report), ['POST /requests']);
    assert.match(failures(report)[0].message, /second request/);
  });

  test('a wrong code that is not answered as { ok: false, reason: "wrong" }', async () => {
    const report = await check({}, (reply, { url }) =>
      url.pathname.endsWith('/check') && reply.body?.ok === false ? { ...reply, body: { ok: false, reason: 'expired' } } : reply,
    );
    assert.deepEqual(failingEndpoints(report), ['POST /verifications/{id}/check']);
  });

  test('wrong answers counted per challenge: a new challenge gives the attempts back', async () => {
    const report = await check({}, undefined, { lockout: 'per-challenge' });
    assert.deepEqual(failingEndpoints(report), ['guessing']);
    assert.match(failures(report)[0].message, /a new challenge gave the attempts back \(\d left, then 4\)/);
  });

  test('no lock-out at all: the guessing loop stops by itself and says so', async () => {
    const stub = await startStub({ lockout: 'none' });
    try {
      const report = await checker.lib.runConformance({ baseUrl: `${stub.url}/api`, inboxUrl: `${stub.url}/demo/inbox` });
      assert.deepEqual(failingEndpoints(report), ['guessing']);
      assert.match(failures(report)[0].message, /^25 wrong answers over 25 sms challenges and no lock-out: anyone can keep guessing/);
      // Bounded: the loop sent two requests a round, and nothing after its last round.
      const guesses = stub.received.filter((r) => r.method === 'POST' && r.path.startsWith('/api/verifications'));
      assert.ok(guesses.length <= 2 * 25 + 4, String(guesses.length));
    } finally {
      await stub.close();
    }
  });

  test('the same code in every SMS', async () => {
    const report = await check({}, undefined, { newCodePerSend: false });
    assert.deepEqual(failingEndpoints(report), ['guessing']);
    assert.match(failures(report)[0].message, /a second SMS carries the same code as the first/);
  });

  test('--no-guessing leaves the guessing step out', async () => {
    const report = await check({ guessing: false }, undefined, { lockout: 'none' });
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    assert.deepEqual(
      report.endpoints.guessing.map((f) => f.message),
      ['left out (--no-guessing)'],
    );
  });

  test('errors that are not application/problem+json', async () => {
    const report = await check({}, (reply) =>
      reply.status >= 400 ? { status: reply.status, headers: { 'content-type': 'text/plain' }, body: 'Not Found' } : reply,
    );
    assert.ok(failingEndpoints(report).includes('errors'));
    assert.ok(failures(report).some((f) => f.endpoint === 'errors' && /application\/problem\+json/.test(f.message)));
  });

  test('a problem whose code does not match its status', async () => {
    const report = await check({}, (reply) => (reply.status === 404 ? { ...reply, body: { ...reply.body, code: 'server' } } : reply));
    assert.ok(failures(report).some((f) => f.endpoint === 'errors' && /"server".*"not-found"/.test(f.message)));
  });

  test('a 429 without Retry-After', async () => {
    const report = await check({}, (reply, { url }) =>
      url.pathname === '/api/feedback'
        ? {
            status: 429,
            headers: { 'content-type': 'application/problem+json' },
            body: { type: 'about:blank', title: 'slow down', status: 429, code: 'rate-limited' },
          }
        : reply,
    );
    assert.deepEqual(failingEndpoints(report), ['POST /feedback', 'errors']);
    assert.ok(failures(report).some((f) => f.endpoint === 'errors' && /Retry-After/.test(f.message)));
  });

  test('a 429 with Retry-After passes the Retry-After rule', async () => {
    const report = await check({}, (reply, { url }) =>
      url.pathname === '/api/feedback'
        ? {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '30' },
            body: { type: 'about:blank', title: 'slow down', status: 429, code: 'rate-limited', retryAfterSeconds: 30 },
          }
        : reply,
    );
    assert.deepEqual(failingEndpoints(report), ['POST /feedback']);
    assert.ok(report.endpoints.errors.some((f) => f.ok && !f.skipped && /429 has Retry-After/.test(f.message)));
  });

  test('a status that does not answer in time', async () => {
    const report = await check({ timeoutMs: 300 }, async (reply, { url }) => {
      if (url.pathname.startsWith('/api/requests/')) await new Promise((resolve) => setTimeout(resolve, 1500));
      return reply;
    });
    assert.ok(failures(report).some((f) => f.endpoint === 'GET /requests/{id}' && /no answer within 0\.3 s/.test(f.message)));
  });

  test('a back end that does not answer at all fails once and skips the rest', async () => {
    const stub = await startStub();
    await stub.close();
    const report = await checker.lib.runConformance({ baseUrl: `${stub.url}/api` });
    assert.equal(report.failed, 1);
    assert.equal(failures(report)[0].endpoint, 'GET /context');
    assert.equal(report.skipped, checker.lib.ENDPOINTS.length - 1);
  });
});

describe('the report', () => {
  test('reads one line per finding and ends with the summary', () => {
    const report = {
      baseUrl: 'http://x/api',
      ok: false,
      passed: 1,
      failed: 1,
      skipped: 1,
      endpoints: Object.fromEntries(checker.lib.ENDPOINTS.map((e) => [e, []])),
    };
    report.endpoints['GET /context'].push({ endpoint: 'GET /context', ok: true, message: 'fine' });
    report.endpoints['POST /requests'].push({ endpoint: 'POST /requests', ok: true, skipped: true, message: 'no proof' });
    report.endpoints.errors.push({ endpoint: 'errors', ok: false, message: 'text/plain' });
    const lines = checker.lib.formatReport(report).split('\n');
    assert.ok(lines.includes('✓ GET /context — fine'));
    assert.ok(lines.includes('- POST /requests — skipped: no proof'));
    assert.ok(lines.includes('✗ errors — text/plain'));
    assert.equal(lines.at(-1), '1 passed, 1 failed, 1 skipped');
  });
});

describe('the cookie jar', () => {
  test('sends a cookie back to its host under its path until it expires', () => {
    let now = 0;
    const jar = new checker.lib.CookieJar(() => now);
    jar.store(new URL('http://a.test/api/context'), ['sid=1; Path=/; HttpOnly', 'api=2; Max-Age=10', 'scoped=3; Path=/demo']);
    assert.equal(jar.header(new URL('http://a.test/api/requests')), 'sid=1; api=2');
    assert.equal(jar.header(new URL('http://a.test/demo/inbox')), 'sid=1; scoped=3');
    assert.equal(jar.header(new URL('http://b.test/api/context')), undefined);
    now = 11_000;
    assert.equal(jar.header(new URL('http://a.test/api/requests')), 'sid=1');
  });

  test('a Domain cookie reaches subdomains, and Max-Age=0 deletes', () => {
    const jar = new checker.lib.CookieJar();
    jar.store(new URL('http://portal.example.com/'), ['s=1; Domain=.example.com; Path=/']);
    assert.equal(jar.header(new URL('http://api.example.com/x')), 's=1');
    jar.store(new URL('http://portal.example.com/'), ['s=; Domain=example.com; Path=/; Max-Age=0']);
    assert.equal(jar.header(new URL('http://api.example.com/x')), undefined);
  });
});

describe('the command line', () => {
  const parse = (...argv) => checker.lib.parseCliArgs(argv);

  test('takes a base URL and options', () => {
    const command = parse('http://h/api', '--code', '123456', '--timeout', '2.5', '--header', 'Authorization: Bearer x', '--json');
    assert.deepEqual(command, {
      kind: 'run',
      json: true,
      verbose: false,
      options: { baseUrl: 'http://h/api', code: '123456', timeoutMs: 2500, headers: { authorization: 'Bearer x' } },
    });
    assert.equal(parse('http://h/api', '--inbox', 'http://h/demo/inbox').options.inboxUrl, 'http://h/demo/inbox');
    assert.equal(parse('http://h/api', '--no-guessing').options.guessing, false);
    assert.equal(parse('http://h/api').options.guessing, undefined);
    assert.deepEqual(parse('--help'), { kind: 'help' });
  });

  for (const argv of [
    [],
    ['not a url'],
    ['ftp://h/api'],
    ['http://h/api', 'http://other/api'],
    ['http://h/api', '--timeout', '0'],
    ['http://h/api', '--code', 'abc'],
    ['http://h/api', '--inbox', 'nope'],
    ['http://h/api', '--header', 'no colon'],
    ['http://h/api', '--frobnicate'],
  ]) {
    test(`refuses ${JSON.stringify(argv)}`, () => assert.equal(parse(...argv).kind, 'usage-error'));
  }

  test('a wrong code differs from the right one in every digit', () => {
    assert.equal(checker.lib.wrongCodeFor('109'), '210');
  });
});
