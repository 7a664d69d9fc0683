// The conformance check's fairness section: the rules of src/flow/fairness.ts over the back end's
// answers and the widget options the operator's page sets (--options), against the contract stub.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, describe, test } from 'node:test';
import { startStub } from './stub-backend.mjs';
import { buildChecker, failures, root } from './support.mjs';

let checker;
let scratch;
before(async () => {
  checker = await buildChecker();
  scratch = mkdtempSync(join(tmpdir(), 'cpu-fairness-'));
});
after(() => {
  checker.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

async function withStub(use, alter = undefined) {
  const stub = await startStub(alter ? { alter } : {});
  try {
    return await use(stub.url);
  } finally {
    await stub.close();
  }
}

const check = (options = {}, alter = undefined) =>
  withStub((url) => checker.lib.runConformance({ baseUrl: `${url}/api`, inboxUrl: `${url}/demo/inbox`, ...options }), alter);

/** The context with no reasons of its own: the widget then offers the options' reasons (and their offers). */
const withoutReasons = (reply, request) => {
  if (request.method !== 'GET' || request.url.pathname !== '/api/context') return reply;
  const { reasons: _dropped, ...body } = reply.body;
  return { ...reply, body };
};

const rulesIn = (findings) => findings.map((f) => f.message.split(':')[0]);

/** Options a pushy operator might set: two offers, one against the clock, a comment demanded for a named reason, sign-up in two steps. */
const PUSHY = {
  reasons: [
    { id: 'price', label: { 'zh-CN': '太贵', en: 'Too expensive' }, offerId: 'half', requiresComment: true },
    { id: 'unused', label: { 'zh-CN': '用得少', en: 'Rarely used' }, offerId: 'pause' },
  ],
  offers: [
    { id: 'half', title: { 'zh-CN': '限时半价，今天截止', en: 'Half price, ends today' }, description: '三个月' },
    { id: 'pause', title: '暂停三个月', description: '保留数据' },
  ],
  signUpSteps: 2,
};

describe('the fairness check', () => {
  test('passes a back end and a page that set nothing unfair, and says what it judged', async () => {
    const report = await check();
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    assert.deepEqual(rulesIn(report.endpoints.fairness), [
      'one-offer',
      'nothing-paid-preselected',
      'no-required-survey',
      'no-countdown-pressure',
    ]);
  });

  test("names each dark pattern in the page's options, and only under fairness", async () => {
    const report = await check({ widgetOptions: PUSHY }, withoutReasons);
    assert.equal(report.ok, false);
    const failed = failures(report);
    assert.deepEqual([...new Set(failed.map((f) => f.endpoint))], ['fairness'], checker.lib.formatReport(report));
    assert.deepEqual(rulesIn(failed), ['one-offer', 'no-required-survey', 'no-countdown-pressure', 'no-harder-than-sign-up']);
    assert.match(checker.lib.formatReport(report), /✗ fairness — one-offer: 2 retention offers are configured \(half, pause\)/);
    assert.match(checker.lib.formatReport(report), /cancelling takes 4 steps and signing up 2/);
  });

  test('counts one step to cancel in one-click mode', async () => {
    const report = await check({ widgetOptions: { signUpSteps: 2 }, mode: 'one-click' });
    assert.equal(report.ok, true, checker.lib.formatReport(report));
    assert.ok(report.endpoints.fairness.some((f) => f.ok && /cancelling takes 1 steps, signing up 2/.test(f.message)));
  });

  test('passes a back end whose first effective time refunds less: with a choice, the widget pre-selects none', async () => {
    const report = await check({}, (reply, request) => {
      if (request.method === 'GET' && request.url.pathname === '/api/context') {
        return { ...reply, body: { ...reply.body, terms: { ...reply.body.terms, effectiveOptions: ['end-of-term', 'immediately'] } } };
      }
      return reply;
    });
    assert.deepEqual(rulesIn(failures(report)), [], checker.lib.formatReport(report));
    assert.ok(report.endpoints.fairness.some((f) => f.ok && /nothing that costs money is pre-selected/.test(f.message)));
  });

  test('a bad option is reported, not thrown', async () => {
    const report = await check({ widgetOptions: { signUpSteps: 0 } });
    assert.ok(
      failures(report).some((f) => f.endpoint === 'fairness' && /the widget options: options\.signUpSteps is invalid/.test(f.message)),
    );
  });

  test('the command line reads --options from a file and --mode, and exits 1 on a dark pattern', async () => {
    const file = join(scratch, 'options.json');
    writeFileSync(file, JSON.stringify(PUSHY));
    const run = (args) =>
      new Promise((resolve) => {
        execFile(process.execPath, [checker.cliPath, ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
          resolve({ code: error ? error.code : 0, stdout, stderr });
        });
      });
    const result = await withStub(
      (url) => run([`${url}/api`, '--inbox', `${url}/demo/inbox`, '--no-guessing', '--options', file, '--mode', 'guided', '--json']),
      withoutReasons,
    );
    assert.equal(result.code, 1, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.ok(report.endpoints.fairness.some((f) => !f.ok && /^one-offer/.test(f.message)));
    assert.equal((await run(['http://127.0.0.1:9/api', '--mode', 'fast'])).code, 2);
    assert.equal((await run(['http://127.0.0.1:9/api', '--options', join(scratch, 'missing.json')])).code, 2);
  });
});
