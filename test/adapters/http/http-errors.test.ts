import { expect, waitUntil } from '@open-wc/testing';
import { parseRetryAfter } from '../../../src/adapters/http/problem.js';
import { UnsubscribeError, type UnsubscribeErrorCode } from '../../../src/contract/index.js';
import { validContext, validFeedbackInput, validStatusInput, validSubmitInput } from '../../contract/fixtures.js';
import { harness, json, problem, rejection, textAnswer } from './fake-fetch.js';

/** The UnsubscribeError a call rejected with; fails the test for anything else. */
async function errorOf(promise: Promise<unknown>): Promise<UnsubscribeError> {
  const thrown = await rejection(promise);
  expect(thrown).to.be.instanceOf(UnsubscribeError);
  return thrown as UnsubscribeError;
}

describe('createHttpAdapter: errors by status', () => {
  const table: Array<[status: number, code: UnsubscribeErrorCode, retryable: boolean]> = [
    [400, 'invalid-input', false],
    [401, 'unauthenticated', false],
    [403, 'unauthenticated', false],
    [404, 'not-found', false],
    [408, 'timeout', true],
    [409, 'conflict', false],
    [410, 'not-found', false],
    [413, 'invalid-input', false],
    [418, 'server', false],
    [422, 'invalid-input', false],
    [429, 'rate-limited', true],
    [500, 'server', true],
    [502, 'server', true],
    [503, 'server', true],
    [504, 'server', true],
  ];

  for (const [status, code, retryable] of table) {
    it(`${status} with no problem body is ${code}${retryable ? ', retryable' : ''}`, async () => {
      const { adapter } = harness([textAnswer(status, '<html><body>Service Unavailable</body></html>')], { retries: 0 });
      const error = await errorOf(adapter.loadContext({}));
      expect(error.code).to.equal(code);
      expect(error.retryable).to.equal(retryable);
      expect(error.retryAfterSeconds).to.equal(undefined);
      // The server's markup is never copied anywhere, not even into the developer message.
      expect(error.message).to.not.contain('<html>');
      expect(error.message).to.contain(String(status));
      expect(error.message).to.contain('loadContext');
    });
  }

  it('takes the code of a problem+json body over the status', async () => {
    const cases: Array<[status: number, code: UnsubscribeErrorCode]> = [
      [400, 'conflict'],
      [403, 'not-found'],
      [409, 'invalid-input'],
      [500, 'rate-limited'],
      [418, 'unauthenticated'],
      [503, 'invalid-response'],
    ];
    for (const [status, code] of cases) {
      const { adapter } = harness([problem(status, { code })], { retries: 0 });
      const error = await errorOf(adapter.getStatus(validStatusInput()));
      expect(error.code, `${status} with code ${code}`).to.equal(code);
    }
  });

  it('reads the code of a plain application/json error body too', async () => {
    const { adapter } = harness([json(400, { code: 'conflict', title: 'Already requested' })]);
    expect((await errorOf(adapter.loadContext({}))).code).to.equal('conflict');
  });

  it('falls back to the status when the problem code is not one of the contract', async () => {
    const { adapter } = harness([problem(409, { code: 'ALREADY_EXISTS' }), problem(422, { code: 42 }), problem(401, {})]);
    expect((await errorOf(adapter.loadContext({}))).code).to.equal('conflict');
    expect((await errorOf(adapter.loadContext({}))).code).to.equal('invalid-input');
    expect((await errorOf(adapter.loadContext({}))).code).to.equal('unauthenticated');
  });

  it('survives a problem body that is not JSON after all', async () => {
    const { adapter } = harness([textAnswer(409, '{not json', 'application/problem+json')]);
    expect((await errorOf(adapter.loadContext({}))).code).to.equal('conflict');
  });

  it('puts the problem title and detail in the developer message, on one clipped line', async () => {
    const detail = `第一行\n${'很长的说明'.repeat(200)}`;
    const { adapter } = harness([problem(409, { code: 'conflict', title: 'Request exists', detail })]);
    const error = await errorOf(adapter.submit(validSubmitInput()));
    expect(error.message).to.match(/^submit: HTTP 409 Request exists \(第一行 很长的说明/);
    expect(error.message).to.not.contain('\n');
    expect(error.message.length).to.be.below(400);
    expect(error.message.endsWith('…)')).to.equal(true);
  });
});

describe('createHttpAdapter: Retry-After', () => {
  it('reads delay-seconds from the header of a 429', async () => {
    const { adapter } = harness([problem(429, { code: 'rate-limited' }, { 'Retry-After': '7' })], { retries: 0 });
    const error = await errorOf(adapter.loadContext({}));
    expect(error.code).to.equal('rate-limited');
    expect(error.retryable).to.equal(true);
    expect(error.retryAfterSeconds).to.equal(7);
  });

  it('reads an HTTP-date in the header as seconds from now', async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    const { adapter } = harness([new Response(null, { status: 429, headers: { 'Retry-After': at } })], { retries: 0 });
    const seconds = (await errorOf(adapter.loadContext({}))).retryAfterSeconds;
    // toUTCString drops the milliseconds, so the date lands up to a second earlier.
    expect(seconds).to.be.within(119, 120);
  });

  it('reads a date already past as no wait at all', async () => {
    const { adapter } = harness([new Response(null, { status: 429, headers: { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' } })], {
      retries: 0,
    });
    expect((await errorOf(adapter.loadContext({}))).retryAfterSeconds).to.equal(0);
  });

  it('falls back to retryAfterSeconds in the problem body, rounded up', async () => {
    const { adapter } = harness([problem(429, { code: 'rate-limited', retryAfterSeconds: 12.2 })], { retries: 0 });
    expect((await errorOf(adapter.loadContext({}))).retryAfterSeconds).to.equal(13);
  });

  it('prefers the header to the body, and ignores a header it cannot read', async () => {
    const both = harness([problem(429, { retryAfterSeconds: 50 }, { 'Retry-After': '5' })], { retries: 0 });
    expect((await errorOf(both.adapter.loadContext({}))).retryAfterSeconds).to.equal(5);
    const unreadable = harness([problem(429, { retryAfterSeconds: 50 }, { 'Retry-After': 'soon' })], { retries: 0 });
    expect((await errorOf(unreadable.adapter.loadContext({}))).retryAfterSeconds).to.equal(50);
  });

  it('parseRetryAfter: seconds, dates, and nothing else', () => {
    const now = Date.parse('2026-03-12T08:00:00Z');
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter(' 30 ', now)).to.equal(30);
    expect(parseRetryAfter('Thu, 12 Mar 2026 08:01:30 GMT', now)).to.equal(90);
    expect(parseRetryAfter('Thu, 12 Mar 2026 07:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('1.5', now)).to.equal(undefined);
    expect(parseRetryAfter('-3', now)).to.equal(undefined);
    expect(parseRetryAfter('', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});

describe('createHttpAdapter: answers that are not JSON, and failures of fetch', () => {
  it('a 2xx whose body is not JSON is invalid-response, not retried', async () => {
    for (const answer of [textAnswer(200, '<!doctype html><title>Portal</title>'), textAnswer(200, ''), textAnswer(204, null)]) {
      const { adapter, requests } = harness([answer]);
      const error = await errorOf(adapter.loadContext({}));
      expect(error.code).to.equal('invalid-response');
      expect(error.retryable).to.equal(false);
      expect(error.message).to.not.contain('doctype');
      expect(requests).to.have.length(1);
    }
  });

  it('fetch rejecting with a TypeError is network, retryable, with the TypeError as cause', async () => {
    const failure = new TypeError('Failed to fetch');
    const { adapter } = harness([failure], { retries: 0 });
    const error = await errorOf(adapter.loadContext({}));
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(error.cause).to.equal(failure);
  });

  it('a body cut off mid-way (a TypeError while reading) is network too', async () => {
    const broken = () => {
      const half = new TextEncoder().encode(JSON.stringify(validContext()).slice(0, 40));
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(half);
          controller.error(new TypeError('network error'));
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const { adapter } = harness([broken], { retries: 0 });
    expect((await errorOf(adapter.loadContext({}))).code).to.equal('network');
  });

  it('an UnsubscribeError from a custom fetch passes through', async () => {
    const own = new UnsubscribeError('unauthenticated', 'the gateway says no');
    const { adapter } = harness([own]);
    expect(await rejection(adapter.loadContext({}))).to.equal(own);
  });

  it('any other rejection of a custom fetch passes through as it is, and is not retried', async () => {
    const bug = new RangeError('bad wrapper');
    const { adapter, requests } = harness([bug]);
    expect(await rejection(adapter.loadContext({}))).to.equal(bug);
    expect(requests).to.have.length(1);
  });
});

describe('createHttpAdapter: timeouts and aborts', () => {
  it('an attempt with no answer within timeoutMs is timeout, retryable', async () => {
    const { adapter, requests } = harness(['never'], { timeoutMs: 20, retries: 0 });
    const error = await errorOf(adapter.loadContext({}));
    expect(error.code).to.equal('timeout');
    expect(error.retryable).to.equal(true);
    expect(error.message).to.contain('20 ms');
    expect(requests).to.have.length(1);
    expect(requests[0]!.init.signal!.aborted).to.equal(true);
  });

  it('each attempt has its own time limit, and a timed-out GET is tried again', async () => {
    const { adapter, requests } = harness(['never', 'never', json(200, validContext())], { timeoutMs: 20, retries: 2 });
    expect(await adapter.loadContext({})).to.deep.equal(validContext());
    expect(requests).to.have.length(3);
  });

  it('a timed-out POST that is not submit is not tried again', async () => {
    const { adapter, requests } = harness(['never'], { timeoutMs: 20 });
    expect((await errorOf(adapter.sendFeedback(validFeedbackInput()))).code).to.equal('timeout');
    expect(requests).to.have.length(1);
  });

  it('the caller’s abort rejects with the caller’s AbortError, and is never retried', async () => {
    const { adapter, requests, sleeps } = harness(['never']);
    const controller = new AbortController();
    const call = rejection(adapter.getStatus(validStatusInput(), { signal: controller.signal }));
    await waitUntil(() => requests.length === 1, 'fetch was not called');
    controller.abort();
    const thrown = await call;
    expect(thrown).to.be.instanceOf(DOMException);
    expect((thrown as DOMException).name).to.equal('AbortError');
    expect(thrown).to.equal(controller.signal.reason);
    expect(requests).to.have.length(1);
    expect(sleeps).to.deep.equal([]);
  });

  it('rejects with the caller’s own reason when it gave one', async () => {
    const { adapter, requests } = harness(['never']);
    const controller = new AbortController();
    const reason = new Error('element removed');
    const call = rejection(adapter.loadContext({}, { signal: controller.signal }));
    await waitUntil(() => requests.length === 1, 'fetch was not called');
    controller.abort(reason);
    expect(await call).to.equal(reason);
  });

  it('an already aborted signal sends nothing', async () => {
    const { adapter, requests } = harness([json(200, validContext())]);
    const thrown = await rejection(adapter.loadContext({}, { signal: AbortSignal.abort() }));
    expect((thrown as DOMException).name).to.equal('AbortError');
    expect(requests).to.have.length(0);
  });

  it('a caller abort that arrives after an error answer still wins (nothing is reported for an abandoned call)', async () => {
    const controller = new AbortController();
    const { adapter } = harness([
      () => {
        controller.abort();
        return problem(500, { code: 'server' });
      },
    ]);
    const thrown = await rejection(adapter.loadContext({}, { signal: controller.signal }));
    expect((thrown as DOMException).name).to.equal('AbortError');
  });
});
