import { expect, waitUntil } from '@open-wc/testing';
import type { HttpAdapter } from '../../../src/adapters/http/index.js';
import { backoffDelay, sleep } from '../../../src/adapters/http/retry.js';
import { UnsubscribeError } from '../../../src/contract/index.js';
import {
  validContext,
  validFeedbackInput,
  validQuoteInput,
  validReceipt,
  validReceiptDelivery,
  validSendReceiptInput,
  validStatusInput,
  validSubmitInput,
  validVerifyInput,
} from '../../contract/fixtures.js';
import { harness, json, problem, rejection } from './fake-fetch.js';

const unavailable = () => problem(503, { code: 'server', title: 'Service Unavailable' });

type Call = [name: string, run: (adapter: HttpAdapter) => Promise<unknown>];

const SAFE_TO_REPEAT: Call[] = [
  ['loadContext', (a) => a.loadContext({})],
  ['quoteRefund', (a) => a.quoteRefund(validQuoteInput())],
  ['getStatus', (a) => a.getStatus(validStatusInput())],
  ['submit', (a) => a.submit(validSubmitInput())],
];

const NOT_SAFE_TO_REPEAT: Call[] = [
  ['startVerification', (a) => a.startVerification({ method: 'sms' })],
  ['verify', (a) => a.verify(validVerifyInput())],
  ['sendFeedback', (a) => a.sendFeedback(validFeedbackInput())],
];

describe('createHttpAdapter: which calls are retried, and how often', () => {
  for (const [name, run] of SAFE_TO_REPEAT) {
    it(`${name} on a lasting 503 makes exactly retries + 1 attempts, then fails with server`, async () => {
      for (const [retries, attempts] of [
        [undefined, 3],
        [0, 1],
        [4, 5],
      ] as const) {
        const { adapter, requests } = harness([unavailable()], retries === undefined ? {} : { retries });
        const thrown = await rejection(run(adapter));
        expect((thrown as UnsubscribeError).code).to.equal('server');
        expect(requests, `retries: ${String(retries)}`).to.have.length(attempts);
      }
    });
  }

  for (const [name, run] of NOT_SAFE_TO_REPEAT) {
    it(`${name} on a 503 makes exactly one attempt`, async () => {
      const { adapter, requests, sleeps } = harness([unavailable()], { retries: 5 });
      expect(((await rejection(run(adapter))) as UnsubscribeError).code).to.equal('server');
      expect(requests).to.have.length(1);
      expect(sleeps).to.deep.equal([]);
    });

    it(`${name} on a network failure makes exactly one attempt`, async () => {
      const { adapter, requests } = harness([new TypeError('Failed to fetch')]);
      expect(((await rejection(run(adapter))) as UnsubscribeError).code).to.equal('network');
      expect(requests).to.have.length(1);
    });
  }

  it('resolves with the answer that finally comes', async () => {
    const { adapter, requests } = harness([unavailable(), new TypeError('Failed to fetch'), json(200, validContext())]);
    expect(await adapter.loadContext({})).to.deep.equal(validContext());
    expect(requests).to.have.length(3);
  });

  it('does not retry what a repeat cannot mend', async () => {
    for (const answer of [
      problem(404, {}),
      problem(422, { code: 'invalid-input' }),
      problem(401, {}),
      problem(418, {}),
      problem(409, {}),
    ]) {
      const { adapter, requests } = harness([answer]);
      await rejection(adapter.getStatus(validStatusInput()));
      expect(requests, `status ${answer.status}`).to.have.length(1);
    }
  });

  it('retries 408, 429 and every 5xx', async () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      const { adapter, requests } = harness([problem(status, {}), json(200, validContext())]);
      expect(await adapter.loadContext({})).to.deep.equal(validContext());
      expect(requests, `status ${status}`).to.have.length(2);
    }
  });

  it('sends the same Idempotency-Key and the same body on every submit attempt', async () => {
    const input = validSubmitInput();
    const { adapter, requests } = harness([unavailable(), new TypeError('Failed to fetch'), json(201, validReceipt())]);
    expect(await adapter.submit(input)).to.deep.equal(validReceipt());
    expect(requests).to.have.length(3);
    expect(requests.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(Array(3).fill(input.idempotencyKey));
    expect(new Set(requests.map((r) => r.rawBody)).size).to.equal(1);
    expect(requests[0]!.body).to.deep.equal(input);
  });

  it('sends a receipt again after a lost answer with the same Idempotency-Key, so the back end sends one message', async () => {
    const input = validSendReceiptInput();
    const { adapter, requests } = harness([new TypeError('Failed to fetch'), json(201, validReceiptDelivery())]);
    expect(await adapter.sendReceipt(input)).to.deep.equal(validReceiptDelivery());
    expect(requests.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal([input.idempotencyKey, input.idempotencyKey]);
  });

  it('calls the headers function again for every attempt', async () => {
    let calls = 0;
    const { adapter, requests } = harness([unavailable(), unavailable(), json(200, validContext())], {
      headers: () => ({ 'X-CSRF-Token': `t${++calls}` }),
    });
    await adapter.loadContext({});
    expect(requests.map((r) => r.headers.get('X-CSRF-Token'))).to.deep.equal(['t1', 't2', 't3']);
  });
});

describe('createHttpAdapter: the wait between attempts', () => {
  async function delays(random: number, options: { retries?: number; retryBaseMs?: number; retryCapMs?: number } = {}): Promise<number[]> {
    const { adapter, sleeps } = harness([unavailable()], { random: () => random, ...options });
    await rejection(adapter.loadContext({}));
    return sleeps;
  }

  it('is full jitter on 300 ms doubling: random 0, 0.5 and 0.999', async () => {
    expect(await delays(0)).to.deep.equal([0, 0]);
    expect(await delays(0.5)).to.deep.equal([150, 300]);
    expect(await delays(0.999)).to.deep.equal([299, 599]);
  });

  it('never grows past the cap', async () => {
    expect(await delays(0.5, { retries: 5, retryCapMs: 1000 })).to.deep.equal([150, 300, 500, 500, 500]);
    expect(await delays(0.999, { retries: 8 })).to.deep.equal([299, 599, 1198, 2397, 4795, 4995, 4995, 4995]);
  });

  it('follows retryBaseMs', async () => {
    expect(await delays(0.5, { retries: 3, retryBaseMs: 1000, retryCapMs: 3000 })).to.deep.equal([500, 1000, 1500]);
  });

  it('backoffDelay is random × min(cap, base × 2^n), floored', () => {
    const options = { retries: 2, retryBaseMs: 300, retryCapMs: 5000, maxRetryAfterMs: 30000, sleep: undefined };
    expect(backoffDelay(0, { ...options, random: () => 0.999 })).to.equal(299);
    expect(backoffDelay(4, { ...options, random: () => 0.999 })).to.equal(4795);
    expect(backoffDelay(5, { ...options, random: () => 0.999 })).to.equal(4995);
    expect(backoffDelay(30, { ...options, random: () => 0 })).to.equal(0);
  });

  it('is the Retry-After of a 429 instead of the backoff', async () => {
    const { adapter, sleeps } = harness([problem(429, { code: 'rate-limited' }, { 'Retry-After': '2' }), json(200, validContext())], {
      random: () => 0.999,
    });
    expect(await adapter.loadContext({})).to.deep.equal(validContext());
    expect(sleeps).to.deep.equal([2000]);
  });

  it('is an HTTP-date Retry-After, counted from now', async () => {
    const at = new Date(Date.now() + 10_000).toUTCString();
    const { adapter, sleeps } = harness([problem(429, {}, { 'Retry-After': at }), json(200, validContext())]);
    await adapter.loadContext({});
    expect(sleeps).to.have.length(1);
    expect(sleeps[0]).to.be.within(9000, 10000);
  });

  it('is the backoff for a 429 that gives no Retry-After', async () => {
    const { adapter, sleeps } = harness([problem(429, {}), json(200, validContext())], { random: () => 0.5 });
    await adapter.loadContext({});
    expect(sleeps).to.deep.equal([150]);
  });

  it('gives up at once on a Retry-After over maxRetryAfterMs, reporting the wait', async () => {
    const { adapter, requests, sleeps } = harness([problem(429, { code: 'rate-limited' }, { 'Retry-After': '60' })]);
    const error = (await rejection(adapter.submit(validSubmitInput()))) as UnsubscribeError;
    expect(error).to.be.instanceOf(UnsubscribeError);
    expect(error.code).to.equal('rate-limited');
    expect(error.retryAfterSeconds).to.equal(60);
    expect(requests).to.have.length(1);
    expect(sleeps).to.deep.equal([]);
  });

  it('waits out a long Retry-After when maxRetryAfterMs and the deadline allow it', async () => {
    const { adapter, sleeps } = harness([problem(429, {}, { 'Retry-After': '60' }), json(201, validReceipt())], {
      maxRetryAfterMs: 60_000,
      deadlineMs: 120_000,
    });
    expect(await adapter.submit(validSubmitInput())).to.deep.equal(validReceipt());
    expect(sleeps).to.deep.equal([60_000]);
  });

  it('an abort during the wait rejects with the caller’s AbortError and sends nothing more', async () => {
    // The real timer: a 5 s wait that the abort must cut short.
    const { adapter, requests } = harness([unavailable()], { random: () => 0.999, retryBaseMs: 5000, sleep: undefined });
    const controller = new AbortController();
    const call = rejection(adapter.loadContext({}, { signal: controller.signal }));
    await waitUntil(() => requests.length === 1, 'fetch was not called');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    controller.abort();
    const thrown = await call;
    expect(performance.now() - started).to.be.below(1000);
    expect(thrown).to.equal(controller.signal.reason);
    expect(requests).to.have.length(1);
  });

  it('an injected sleep that ignores the signal still ends with the abort', async () => {
    const controller = new AbortController();
    const { adapter, requests } = harness([unavailable()], {
      sleep: async () => {
        controller.abort();
      },
    });
    const thrown = await rejection(adapter.loadContext({}, { signal: controller.signal }));
    expect((thrown as DOMException).name).to.equal('AbortError');
    expect(requests).to.have.length(1);
  });
});

describe('the default sleep', () => {
  it('waits, then resolves', async () => {
    const started = performance.now();
    await sleep(30);
    expect(performance.now() - started).to.be.at.least(25);
  });

  it('rejects at once with the reason of an aborted signal', async () => {
    const reason = new Error('gone');
    expect(await rejection(sleep(10_000, AbortSignal.abort(reason)))).to.equal(reason);
    const controller = new AbortController();
    const waiting = rejection(sleep(10_000, controller.signal));
    controller.abort(reason);
    expect(await waiting).to.equal(reason);
  });
});
