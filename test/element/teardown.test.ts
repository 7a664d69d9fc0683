import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { AdapterMethod, UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { chooseEffective, choice, click, field, keepPageVisible, root, setChecked, settled, type, waitForStep } from './drive.js';
import { walkTo } from './walk.js';

/**
 * Tracks the timers the widget's own code starts (a frame under /src/ in the creating stack):
 * the test runner's and the test helpers' timers are not the widget's business.
 */
function trackWidgetTimers(): { live(): number; restore(): void } {
  const live = new Set<number>();
  const original = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
  };
  const real = {
    setTimeout: original.setTimeout.bind(window),
    clearTimeout: original.clearTimeout.bind(window),
    setInterval: original.setInterval.bind(window),
    clearInterval: original.clearInterval.bind(window),
  };
  const ours = () => (new Error().stack ?? '').split('\n').some((frame) => frame.includes('/src/') && !frame.includes('node_modules'));
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const mine = ours();
    const id: number = real.setTimeout(
      (...a: unknown[]) => {
        live.delete(id);
        if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    if (mine) live.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = real.setInterval(handler, ms, ...args);
    if (ours()) live.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    real.clearTimeout(id);
  }) as typeof window.clearTimeout;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    real.clearInterval(id);
  }) as typeof window.clearInterval;
  return {
    live: () => live.size,
    restore: () => Object.assign(window, original),
  };
}

/** The mock, with one method made to hang until its signal aborts; records that signal. */
function hanging(method: AdapterMethod, options: Parameters<typeof createMockAdapter>[0] = {}) {
  const mock = createMockAdapter({ verificationMethods: ['sms'], ...options });
  const signals: AbortSignal[] = [];
  let hang = false;
  const adapter: UnsubscribeAdapter = { ...mock };
  const real = mock[method] as (...args: unknown[]) => Promise<unknown>;
  (adapter as unknown as Record<string, unknown>)[method] = (input: unknown, callOptions?: { signal?: AbortSignal }) => {
    if (!hang) return real(input, callOptions);
    if (callOptions?.signal) signals.push(callOptions.signal);
    return new Promise((_resolve, reject) =>
      callOptions?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
    );
  };
  return { adapter, signals, startHanging: () => (hang = true) };
}

/** Lets queued tasks run (MessageChannel, so no timer of our own). */
async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }
}

describe('removing the element mid-flow', () => {
  keepPageVisible();
  let timers: ReturnType<typeof trackWidgetTimers> | undefined;
  afterEach(() => timers?.restore());

  it('during the SMS countdown with a check in flight: aborts the call and stops the countdown', async () => {
    const { adapter, signals, startHanging } = hanging('verify');
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe persist="none" .adapter=${adapter}></cloudpc-unsubscribe>`);
    await settled(el);
    timers = trackWidgetTimers();
    await walkTo(el, 'verify');
    await click(el, '发送验证码');
    await waitUntil(() => root(el).querySelector('input#cpu-code'));
    await type(el, field(el, 'code'), '123456');
    startHanging();
    await click(el, '验证');
    await waitUntil(() => signals.length === 1, 'the check did not start');
    expect(timers.live(), 'the countdown runs').to.be.greaterThan(0);
    el.remove();
    await flush();
    expect(signals[0]!.aborted).to.equal(true);
    expect(timers.live()).to.equal(0);
  });

  it('while face recognition is being polled: stops polling', async () => {
    const mock = createMockAdapter({ verificationMethods: ['face', 'sms'], faceApproveAfterChecks: Infinity, facePollAfterSeconds: 1 });
    const el = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe persist="none" .adapter=${mock as UnsubscribeAdapter}></cloudpc-unsubscribe>`,
    );
    await settled(el);
    timers = trackWidgetTimers();
    await walkTo(el, 'verify');
    await setChecked(el, choice(el, '人脸识别'));
    await click(el, '开始人脸识别');
    await waitUntil(() => mock.calls.filter((c) => c.method === 'verify').length >= 1, 'face was not polled', { timeout: 5000 });
    el.remove();
    await flush();
    const polls = mock.calls.filter((c) => c.method === 'verify').length;
    expect(timers.live()).to.equal(0);
    // A poll interval later, nothing more was asked.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(mock.calls.filter((c) => c.method === 'verify').length).to.equal(polls);
  });

  it('on status with a refresh in flight: aborts it and stops refreshing', async () => {
    const { adapter, signals, startHanging } = hanging('getStatus', { statusTimeline: { processingAfterMs: 0, doneAfterMs: 600_000 } });
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe persist="none" .adapter=${adapter}></cloudpc-unsubscribe>`);
    await settled(el);
    timers = trackWidgetTimers();
    startHanging();
    await walkTo(el, 'status');
    await waitUntil(() => signals.length === 1, 'no status refresh started');
    el.remove();
    await flush();
    expect(signals[0]!.aborted).to.equal(true);
    expect(timers.live()).to.equal(0);
  });

  it('while a step is loading the quote: aborts it', async () => {
    const { adapter, signals, startHanging } = hanging('quoteRefund');
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe persist="none" .adapter=${adapter}></cloudpc-unsubscribe>`);
    await settled(el);
    startHanging();
    await walkTo(el, 'verify');
    await click(el, '发送验证码');
    await waitUntil(() => root(el).querySelector('input#cpu-code'));
    await type(el, field(el, 'code'), '123456');
    await click(el, '验证');
    await waitForStep(el, 'confirm');
    await chooseEffective(el);
    await waitUntil(() => signals.length === 1, 'the quote was not asked for');
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
  });
});
