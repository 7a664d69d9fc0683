/**
 * No leaks: 200 mounts and removals of the element, each removed while work is pending (the
 * context loading, an SMS countdown with a check in flight, a status refresh in flight), leave
 * no timer, no listener on document or window and no unaborted adapter call behind.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { AdapterMethod, UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { SNAPSHOT_VERSION } from '../../src/flow/snapshot.js';
import { click, field, keepPageVisible, root, settled, type } from '../element/drive.js';

/** A frame of the widget's own code in the stack: what the test runner and these helpers do is not counted. */
function byWidget(): boolean {
  return (new Error().stack ?? '').split('\n').some((frame) => frame.includes('/src/') && !frame.includes('node_modules'));
}

interface Instruments {
  timers(): number;
  listeners(): string[];
  restore(): void;
}

/** Wraps the timer functions and add/removeEventListener of document and window, counting what the widget leaves live. */
function instrument(): Instruments {
  const stackLimit = Error.stackTraceLimit;
  // Deep enough to reach the widget's frame below Lit's and the adapter wrappers' frames.
  Error.stackTraceLimit = 60;
  const timers = new Set<number>();
  const listeners = new Map<string, { target: EventTarget; type: string }>();
  const saved = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
  };
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: object) => ids.get(value) ?? (ids.set(value, ++nextId), nextId);
  const keyOf = (
    target: EventTarget,
    kind: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ) => {
    const capture = typeof options === 'boolean' ? options : (options?.capture ?? false);
    return `${target === window ? 'window' : 'document'}:${kind}:${idOf(listener)}:${capture}`;
  };

  type Start = (handler: TimerHandler, ms?: number, ...args: unknown[]) => number;
  type Stop = (id?: number) => void;
  const real = {
    setTimeout: saved.setTimeout.bind(window) as unknown as Start,
    setInterval: saved.setInterval.bind(window) as unknown as Start,
    clearTimeout: saved.clearTimeout.bind(window) as unknown as Stop,
    clearInterval: saved.clearInterval.bind(window) as unknown as Stop,
  };
  const setTimeoutCounted: Start = (handler, ms, ...args) => {
    const counted = byWidget();
    const id = real.setTimeout(
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    if (counted) timers.add(id);
    return id;
  };
  const setIntervalCounted: Start = (handler, ms, ...args) => {
    const id = real.setInterval(handler, ms, ...args);
    if (byWidget()) timers.add(id);
    return id;
  };
  const clearCounted =
    (stop: Stop): Stop =>
    (id) => {
      if (id !== undefined) timers.delete(id);
      stop(id);
    };
  Object.assign(window, {
    setTimeout: setTimeoutCounted,
    setInterval: setIntervalCounted,
    clearTimeout: clearCounted(real.clearTimeout),
    clearInterval: clearCounted(real.clearInterval),
  });

  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    kind: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (listener !== null && (this === window || this === document) && byWidget()) {
      const key = keyOf(this, kind, listener, options);
      listeners.set(key, { target: this, type: kind });
      // A listener added with a signal goes when the signal aborts.
      if (typeof options === 'object' && options.signal) saved.add.call(options.signal, 'abort', () => listeners.delete(key));
    }
    saved.add.call(this, kind, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    kind: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    if (listener !== null && (this === window || this === document)) listeners.delete(keyOf(this, kind, listener, options));
    saved.remove.call(this, kind, listener, options);
  };

  return {
    timers: () => timers.size,
    listeners: () => [...listeners.keys()],
    restore() {
      Object.assign(window, { setTimeout: saved.setTimeout, clearTimeout: saved.clearTimeout });
      Object.assign(window, { setInterval: saved.setInterval, clearInterval: saved.clearInterval });
      EventTarget.prototype.addEventListener = saved.add;
      EventTarget.prototype.removeEventListener = saved.remove;
      Error.stackTraceLimit = stackLimit;
    },
  };
}

/** Every signal the widget handed to a call that hangs; a hanging call ends only when its signal aborts. */
const signals: AbortSignal[] = [];

/** The mock, with `hang` made to hang until aborted. */
function hangingAdapter(hang: AdapterMethod[], options: Parameters<typeof createMockAdapter>[0] = {}): UnsubscribeAdapter {
  const mock = createMockAdapter({ verificationMethods: ['sms'], latencyMs: 0, ...options });
  const adapter: Record<string, unknown> = { ...mock };
  for (const method of hang) {
    adapter[method] = (_input: unknown, callOptions?: { signal?: AbortSignal }) =>
      new Promise((_resolve, reject) => {
        const signal = callOptions?.signal;
        if (signal === undefined) return;
        signals.push(signal);
        signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
      });
  }
  return adapter as unknown as UnsubscribeAdapter;
}

const STORAGE_KEY = 'cloudpc-unsubscribe:default';

/** A resume snapshot that lands on `step` at once: prepare and reason already answered. */
function snapshotAt(step: 'verify' | 'status'): string {
  return JSON.stringify({
    version: SNAPSHOT_VERSION,
    mode: 'guided',
    step,
    subscriptionId: null,
    answers: {
      backupAcknowledged: true,
      termsAcknowledged: true,
      reasonIds: ['too-expensive'],
      comment: '',
      effective: null,
      method: 'sms',
    },
    offersSeen: [],
    idempotencyKey: null,
    receipt: null,
    requestId: step === 'status' ? 'TD202611250001' : null,
    verification: { challenge: null, issuedAt: null, attemptsLeft: null, holds: {} },
  });
}

function create(adapter: UnsubscribeAdapter, persist: 'session' | 'none'): CloudpcUnsubscribe {
  const el = document.createElement('cloudpc-unsubscribe') as CloudpcUnsubscribe;
  el.setAttribute('locale', 'zh-CN');
  el.setAttribute('persist', persist);
  el.adapter = adapter;
  document.body.append(el);
  return el;
}

const live = () => signals.filter((s) => !s.aborted).length;

/** Lets queued tasks run without a timer of our own. */
async function flushTasks(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }
}

/** Removed while its context is loading. */
async function loadingCycle(): Promise<void> {
  const before = signals.length;
  const el = create(hangingAdapter(['loadContext']), 'none');
  await waitUntil(() => signals.length === before + 1, 'the context was not asked for');
  el.remove();
}

/** Removed on verify with the SMS resend countdown running and the check of the code hanging. */
async function verifyCycle(instruments: Instruments): Promise<void> {
  sessionStorage.setItem(STORAGE_KEY, snapshotAt('verify'));
  const before = signals.length;
  const el = create(hangingAdapter(['verify']), 'session');
  await settled(el);
  expect(el.step).to.equal('verify');
  await click(el, '发送验证码');
  await waitUntil(() => root(el).querySelector('input#cpu-code'), 'no code field');
  await type(el, field(el, 'code'), '123456');
  await click(el, '验证');
  await waitUntil(() => signals.length === before + 1, 'the check did not start');
  expect(instruments.timers(), 'the countdown runs').to.be.greaterThan(0);
  expect(instruments.listeners().length, 'the countdown watches visibility').to.be.greaterThan(0);
  el.remove();
}

/** Removed on status with the status refresh hanging. */
async function statusCycle(instruments: Instruments): Promise<void> {
  sessionStorage.setItem(STORAGE_KEY, snapshotAt('status'));
  const before = signals.length;
  const el = create(hangingAdapter(['getStatus']), 'session');
  await waitUntil(() => signals.length === before + 1, 'no status refresh started');
  expect(el.step).to.equal('status');
  expect(instruments.listeners().length, 'the poller watches visibility').to.be.greaterThan(0);
  el.remove();
}

describe('200 mounts and removals with work pending', () => {
  keepPageVisible();
  let instruments: Instruments | undefined;
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    instruments?.restore();
    sessionStorage.clear();
    document.querySelectorAll('cloudpc-unsubscribe').forEach((el) => el.remove());
  });

  it('leave no timers, no document or window listeners, and no unaborted calls', async function () {
    this.timeout(60_000);
    instruments = instrument();
    const cycles: Array<() => Promise<void>> = [];
    for (let i = 0; i < 200; i += 1) {
      // Mostly the cheap one; every tenth cycle lands on verify or status instead.
      if (i % 10 === 3) cycles.push(() => verifyCycle(instruments!));
      else if (i % 10 === 7) cycles.push(() => statusCycle(instruments!));
      else cycles.push(loadingCycle);
    }
    for (const cycle of cycles) await cycle();
    await flushTasks();

    expect(signals.length).to.equal(200);
    expect(live(), 'adapter calls still waiting').to.equal(0);
    expect(instruments.timers(), 'widget timers still set').to.equal(0);
    expect(instruments.listeners(), 'widget listeners on document or window').to.deep.equal([]);
    expect(document.querySelectorAll('cloudpc-unsubscribe').length).to.equal(0);
  });
});
