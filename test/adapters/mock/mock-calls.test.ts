import { expect } from '@open-wc/testing';
import { createMockAdapter } from '../../../src/adapters/mock/index.js';
import { UnsubscribeError, contextSchema, type FeedbackInput } from '../../../src/contract/index.js';
import { expectUnsubscribeError, expectValid, fakeClock, rejectionOf } from './mock-fixtures.js';

/** Counts the timers started through `window.setTimeout` and not yet fired or cleared, while `run` runs. */
async function withTimerCount(run: (pending: () => number) => Promise<void>): Promise<void> {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const live = new Set<number>();
  window.setTimeout = ((handler: () => void, ms?: number) => {
    const id = realSet(() => {
      live.delete(id);
      handler();
    }, ms);
    live.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    realClear(id);
  }) as typeof window.clearTimeout;
  try {
    await run(() => live.size);
  } finally {
    window.setTimeout = realSet;
    window.clearTimeout = realClear;
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function isAbortError(thrown: unknown): boolean {
  return thrown instanceof DOMException && thrown.name === 'AbortError';
}

describe('mock adapter: latency and abort', () => {
  it('answers after latencyMs', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, latencyMs: 30 });
    const started = performance.now();
    expectValid(contextSchema, await adapter.loadContext({}));
    expect(performance.now() - started).to.be.at.least(25);
  });

  it('rejects with an AbortError when aborted during the delay, and leaves no timer behind', async () => {
    await withTimerCount(async (pendingTimers) => {
      const adapter = createMockAdapter({ now: fakeClock().now, latencyMs: 60_000 });
      const controller = new AbortController();
      const call = adapter.loadContext({}, { signal: controller.signal });
      // The delay starts once the engine has loaded (it is a chunk of its own). Waiting uses
      // MessageChannel tasks, not setTimeout, so the wait itself adds no timer to the count.
      for (let i = 0; i < 500 && pendingTimers() === 0; i += 1) await nextTask();
      expect(pendingTimers()).to.equal(1);
      controller.abort();
      expect(isAbortError(await rejectionOf(call))).to.equal(true);
      expect(pendingTimers()).to.equal(0);
    });
  });

  it('rejects at once with an AbortError when the signal was already aborted, without starting a timer', async () => {
    await withTimerCount(async (pendingTimers) => {
      const adapter = createMockAdapter({ now: fakeClock().now, latencyMs: 60_000 });
      const call = adapter.getStatus({ requestId: 'TD202611240001' }, { signal: AbortSignal.abort() });
      expect(pendingTimers()).to.equal(0);
      expect(isAbortError(await rejectionOf(call))).to.equal(true);
    });
  });

  it('honours an aborted signal with no latency too', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    expect(isAbortError(await rejectionOf(adapter.loadContext({}, { signal: AbortSignal.abort() })))).to.equal(true);
  });

  it('does nothing on the back end for an aborted call', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, latencyMs: 20, verificationMethods: [] });
    const quote = await adapter.quoteRefund({ subscriptionId: 'CPC-SW-8800012345', effective: 'immediately' });
    const controller = new AbortController();
    const input = {
      subscriptionId: 'CPC-SW-8800012345',
      reasonIds: [],
      effective: 'immediately' as const,
      quoteId: quote.quoteId,
      idempotencyKey: 'k',
    };
    const call = adapter.submit(input, { signal: controller.signal });
    controller.abort();
    await rejectionOf(call);
    expect(adapter.requests()).to.deep.equal([]);
  });
});

describe('mock adapter: failure injection', () => {
  it('fails the first N calls of a method with the chosen error, then succeeds', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, failures: { loadContext: { code: 'network', times: 2 } } });
    const first = await expectUnsubscribeError(adapter.loadContext({}), 'network');
    expect(first.retryable).to.equal(true);
    await expectUnsubscribeError(adapter.loadContext({}), 'network');
    expectValid(contextSchema, await adapter.loadContext({}));
  });

  it('fails once by default, counts per method, and carries retryAfterSeconds', async () => {
    const adapter = createMockAdapter({
      now: fakeClock().now,
      failures: { startVerification: { code: 'rate-limited', retryAfterSeconds: 30 }, getStatus: { code: 'server' } },
    });
    const error = await expectUnsubscribeError(adapter.startVerification({ method: 'sms' }), 'rate-limited');
    expect(error.retryAfterSeconds).to.equal(30);
    expectValid(contextSchema, await adapter.loadContext({}));
    expect((await adapter.startVerification({ method: 'sms' })).method).to.equal('sms');
    await expectUnsubscribeError(adapter.getStatus({ requestId: 'x' }), 'server');
    await expectUnsubscribeError(adapter.getStatus({ requestId: 'x' }), 'not-found');
  });

  it('fails every call with times Infinity', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, failures: { loadContext: { code: 'unauthenticated', times: Infinity } } });
    for (let i = 0; i < 5; i += 1) {
      const error = await expectUnsubscribeError(adapter.loadContext({}), 'unauthenticated');
      expect(error.retryable).to.equal(false);
    }
  });

  it('does not spend an injected failure on an aborted call', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, failures: { loadContext: { code: 'timeout' } } });
    const aborted = await rejectionOf(adapter.loadContext({}, { signal: AbortSignal.abort() }));
    expect(aborted).to.not.be.instanceOf(UnsubscribeError);
    await expectUnsubscribeError(adapter.loadContext({}), 'timeout');
  });
});

describe('mock adapter: calls log and feedback', () => {
  it('records every call in order with its method and input, including failed ones', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    await adapter.loadContext({ subscriptionId: 'CPC-SW-8800012345' });
    const input = { method: 'sms' as const };
    await adapter.startVerification(input);
    input.method = 'face' as 'sms';
    await rejectionOf(adapter.getStatus({ requestId: 'TD-unknown' }));

    expect(adapter.calls).to.deep.equal([
      { method: 'loadContext', input: { subscriptionId: 'CPC-SW-8800012345' } },
      { method: 'startVerification', input: { method: 'sms' } },
      { method: 'getStatus', input: { requestId: 'TD-unknown' } },
    ]);
  });

  it('stores feedback, with or without a request, and refuses a bad rating or an unknown request', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, pendingRequestId: 'TD202611230042' });
    const given: FeedbackInput[] = [{ requestId: 'TD202611230042', rating: 5, comment: '流程很清楚' }, { rating: 2 }];
    for (const entry of given) expect(await adapter.sendFeedback(entry)).to.equal(undefined);
    expect(adapter.feedback()).to.deep.equal(given);

    await expectUnsubscribeError(adapter.sendFeedback({ rating: 6 }), 'invalid-input');
    await expectUnsubscribeError(adapter.sendFeedback({ rating: 3, requestId: 'TD-unknown' }), 'not-found');
    expect(adapter.feedback()).to.have.length(2);
  });
});
