// The conformance check against the reference back end (demo/server/): it passes the real one,
// fails each deliberately broken variant naming the endpoint, and the command's exit status says so.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import process from 'node:process';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildChecker, failures, root } from './support.mjs';

/** Which endpoint of the report each `--broken` variant of the reference back end breaks. */
const BROKEN = {
  context: 'GET /context',
  'refund-quote': 'GET /refund-quote',
  requests: 'POST /requests',
  status: 'GET /requests/{id}',
  errors: 'errors',
};

let checker;
let createDemoServer;
before(async () => {
  checker = await buildChecker();
  execFileSync(process.execPath, ['scripts/build-demo-server.mjs'], { cwd: root, stdio: 'inherit' });
  ({ createDemoServer } = await import(pathToFileURL(`${root}.cache/demo-server.mjs`).href));
});
after(() => checker.cleanup());

/** Starts the reference back end, gives `use` its origin (no trailing slash), and stops it. */
async function withServer(options, use) {
  const server = await createDemoServer({ port: 0, host: '127.0.0.1', log: () => {}, ...options });
  try {
    return await use(server.url.replace(/\/$/, ''));
  } finally {
    await server.close();
  }
}

const conformance = (origin) => checker.lib.runConformance({ baseUrl: `${origin}/api`, inboxUrl: `${origin}/demo/inbox` });

/** Runs dist/check.js's build with `args`; resolves its exit code and output. */
function runCli(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [checker.cliPath, ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

describe('the reference back end', () => {
  test('with offers, refuses what it must without an offer ever being taken', async () => {
    const report = await withServer({ mockOptions: { offers: ['pause', 'downgrade'] } }, conformance);
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    const offers = report.endpoints['POST /offers/{id}/accept'].map((f) => f.message);
    assert.deepEqual(offers, [
      'an offer the context did not send is refused: 404 not-found',
      'a pause of 7 months, which OF-PAUSE does not list, is refused: 422 invalid-input',
      'an acceptance without an Idempotency-Key is refused: 422 invalid-input',
      'an offer taken once a request to unsubscribe stands is refused: 409 conflict',
    ]);
  });

  test('passes every check', async () => {
    // The request stays `received` for the whole walk, so its withdrawal is always checked, however slow the machine.
    const report = await withServer({ processingAfterMs: 10 * 60_000, doneAfterMs: 20 * 60_000 }, conformance);
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    // Skipped: Retry-After (the walk never meets a 429) and the second SMS (a 60 s resend wait is more than the check waits).
    // Skipped too: the offers and the list of cloud PCs, which the reference back end sends only when started with them.
    assert.equal(report.skipped, 4, checker.lib.formatReport(report));
    assert.ok(report.endpoints['GET /context?subscriptionId'].some((f) => f.skipped && /one cloud PC/.test(f.message)));
    assert.ok(report.endpoints['POST /offers/{id}/accept'].some((f) => f.skipped && /no offers/.test(f.message)));
    assert.ok(report.endpoints.errors.some((f) => f.skipped && /429/.test(f.message)));
    assert.ok(report.endpoints.guessing.some((f) => f.skipped && /must wait (59|60) s/.test(f.message)));
    assert.ok(
      report.endpoints.guessing.some((f) => f.ok && !f.skipped && /^locked after \d+ wrong answers over \d+ challenges/.test(f.message)),
    );
  });

  test('withdraws the request it made exactly once, and the status then reads withdrawn', async () => {
    const report = await withServer({ processingAfterMs: 10 * 60_000, doneAfterMs: 20 * 60_000 }, conformance);
    const withdrawal = report.endpoints['POST /requests/{id}/withdrawal'];
    assert.ok(withdrawal.length >= 4, checker.lib.formatReport(report));
    assert.ok(
      withdrawal.every((f) => f.ok && !f.skipped),
      checker.lib.formatReport(report),
    );
    assert.ok(withdrawal.some((f) => /the same key again answers the same withdrawal/.test(f.message)));
    assert.ok(withdrawal.some((f) => /the status then reads withdrawn/.test(f.message)));
  });

  test('with several cloud PCs, each answers its own context and one not on the account a 404', async () => {
    const several = {
      context: { subscription: { name: '办公电脑' } },
      otherSubscriptions: [{ id: 'CPC-SW-8800067890', name: '家里的电脑' }],
    };
    const report = await withServer({ mockOptions: several }, conformance);
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    const findings = report.endpoints['GET /context?subscriptionId'];
    assert.deepEqual(
      findings.map((f) => [f.ok, f.skipped === true, f.message]),
      [
        [true, false, 'answers the context of CPC-SW-8800012345, listing the same 2 cloud PCs'],
        [true, false, 'answers the context of CPC-SW-8800067890, listing the same 2 cloud PCs'],
        [true, false, 'a cloud PC not on the account answers 404 not-found'],
      ],
    );
  });

  test('--broken subscriptions (the first cloud PC answered for any) fails, naming GET /context?subscriptionId', async () => {
    const several = { otherSubscriptions: [{ id: 'CPC-SW-8800067890' }] };
    const report = await withServer({ mockOptions: several, broken: 'subscriptions' }, conformance);
    assert.equal(report.ok, false, checker.lib.formatReport(report));
    const failed = failures(report).filter((f) => f.endpoint === 'GET /context?subscriptionId');
    assert.equal(failed.length, 2, checker.lib.formatReport(report));
    assert.match(failed[0].message, /asked for CPC-SW-8800067890, answered the context of CPC-SW-8800012345/);
  });

  test('sends the receipt of the request it made once: the answer parses, the same key sends nothing more', async () => {
    const { report, receipts } = await withServer({}, async (origin) => {
      const first = await fetch(`${origin}/demo/inbox`);
      const cookie = first.headers.getSetCookie()[0].split(';')[0];
      const result = await checker.lib.runConformance({ baseUrl: `${origin}/api`, inboxUrl: `${origin}/demo/inbox`, headers: { cookie } });
      const { messages } = await (await fetch(`${origin}/demo/inbox`, { headers: { cookie } })).json();
      return { report: result, receipts: messages.filter((m) => m.kind === 'receipt') };
    });
    const sent = report.endpoints['POST /requests/{id}/receipt-deliveries'];
    assert.ok(sent.length === 4 && sent.every((f) => f.ok && !f.skipped), checker.lib.formatReport(report));
    assert.match(sent[0].message, /^sends the receipt of TD\d+ by sms to 138\*{4}8000$/);
    assert.equal(receipts.length, 1, 'one message reached the test account');
  });

  test('with a short resend wait, the check sees a new code in every SMS', async () => {
    const report = await withServer({ mockOptions: { resendAfterSeconds: 1 } }, conformance);
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    assert.ok(report.endpoints.guessing.some((f) => f.ok && !f.skipped && /a second SMS carries a new code/.test(f.message)));
  });

  for (const [broken, endpoint] of Object.entries(BROKEN)) {
    test(`--broken ${broken} fails, naming ${endpoint}`, async () => {
      const report = await withServer({ broken }, conformance);
      assert.equal(report.ok, false, checker.lib.formatReport(report));
      const failed = failures(report);
      assert.ok(
        failed.some((f) => f.endpoint === endpoint),
        `expected a failure under ${endpoint}:\n${checker.lib.formatReport(report)}`,
      );
    });
  }
  test('a 429 met on the way carries Retry-After', async () => {
    const report = await withServer({}, async (origin) => {
      // The fault is armed for one visitor; the check is sent as that visitor through its cookie.
      const first = await fetch(`${origin}/demo/inbox`);
      const cookie = first.headers.getSetCookie()[0].split(';')[0];
      const armed = await fetch(`${origin}/demo/faults`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'sendFeedback', status: 429, retryAfterSeconds: 7 }),
      });
      assert.equal(armed.status, 200);
      return checker.lib.runConformance({ baseUrl: `${origin}/api`, inboxUrl: `${origin}/demo/inbox`, headers: { cookie } });
    });
    assert.deepEqual(
      failures(report).map((f) => f.endpoint),
      ['POST /feedback'],
    );
    assert.ok(report.endpoints.errors.some((f) => f.ok && !f.skipped && /POST \/feedback → 429 has Retry-After/.test(f.message)));
  });
});

describe('the command', () => {
  test('exits 0 when every check passes', async () => {
    const slow = { processingAfterMs: 10 * 60_000, doneAfterMs: 20 * 60_000 };
    const result = await withServer(slow, (origin) => runCli([`${origin}/api`, '--inbox', `${origin}/demo/inbox`]));
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^✓ GET \/context — /m);
    // Skipped: the offers and the list of cloud PCs (this back end sends neither by default), the new-code-per-send check
    // (a 60 s wait) and Retry-After (no 429).
    assert.match(result.stdout, /^\d+ passed, 0 failed, 4 skipped$/m);
  });

  test('exits 1 when a check fails, and --json prints the report', async () => {
    const result = await withServer({ broken: 'refund-quote' }, (origin) =>
      runCli([`${origin}/api`, '--inbox', `${origin}/demo/inbox`, '--json']),
    );
    assert.equal(result.code, 1, result.stdout + result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.ok, false);
    assert.ok(report.endpoints['GET /refund-quote'].some((f) => !f.ok));
  });

  test('exits 1 when the back end does not answer', async () => {
    const origin = await withServer({}, async (o) => o);
    const result = await runCli([`${origin}/api`, '--timeout', '2']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^✗ GET \/context — /m);
  });

  test('exits 2 on a usage error', async () => {
    for (const args of [[], ['not-a-url'], ['http://127.0.0.1:9/api', '--timeout', 'soon'], ['http://127.0.0.1:9/api', '--nope']]) {
      const result = await runCli(args);
      assert.equal(result.code, 2, `${JSON.stringify(args)}: ${result.stderr}`);
      assert.match(result.stderr, /Usage: cloudpc-unsubscribe-check <base-url>/);
    }
  });

  test('--help prints the usage and exits 0', async () => {
    const result = await runCli(['--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /--inbox <url>/);
  });
});
