import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasAdapterMethod, type CallLocale, type CallOptions, type UnsubscribeAdapter } from '../contract/adapter.js';
import { isErrorCode, toUnsubscribeError } from '../contract/errors.js';
import type { CappedList } from '../contract/list-caps.js';
import { withValidation } from '../contract/validated-adapter.js';
import { initialState, transition } from '../flow/machine.js';
import { requestsFor, type AdapterCall } from '../flow/requests.js';
import { slowAfterMs } from '../flow/shell.js';
import { parseSnapshot, toSnapshot } from '../flow/snapshot.js';
import { randomUuid } from '../platform/ids.js';
import { toEvent } from '../flow/intents.js';
import type { ErrorInfo, FlowConfig, FlowEvent, FlowIntent, FlowState } from '../flow/types.js';
import { callWithin } from './call-within.js';

export interface FlowControllerOptions {
  /** The adapter to talk to, or null when the host has not provided one yet. */
  adapter(): UnsubscribeAdapter | null;
  config(): FlowConfig;
  subscriptionId(): string | null;
  /** The language the subscriber reads, told to every call. */
  locale(): CallLocale;
  /** Each call's deadline in milliseconds (`options.callTimeoutSeconds`). */
  deadlineMs(): number;
  /** Where the resume snapshot lives, or null for `persist="none"`. */
  storage(): Storage | null;
  /** The clock; the machine never reads one itself. */
  now?(): Date;
  /** A fresh idempotency key for a new attempt at unsubscribing. */
  newKey?(): string;
  /** Called after every change of state, with the state before it. */
  onTransition?(previous: FlowState, next: FlowState): void;
  /** Called when an adapter call fails, after the state has taken the failure in. */
  onError?(error: ErrorInfo, operation: string): void;
}

const STORAGE_PREFIX = 'cloudpc-unsubscribe:';

/** A call on its way: how to abandon it, when it started, and the timer that redraws when it turns slow. */
interface Inflight {
  readonly controller: AbortController;
  readonly startedAt: number;
  readonly slowTimer: ReturnType<typeof setTimeout>;
}

/** What the console says of a list cut to its cap: the page still works, the back end should be mended. */
function warnCapped({ operation, path, length, max }: CappedList): void {
  console.warn(`<cloudpc-unsubscribe>: ${operation} answered ${length} items in ${path}; only the first ${max} are used (LIST_CAPS).`);
}

/**
 * Runs the flow machine for an element: keeps the state, performs the adapter calls the state
 * asks for (each with its own AbortSignal), feeds their results back, and saves the resume
 * snapshot. Removing the element aborts every call in flight.
 */
export class FlowController implements ReactiveController {
  state: FlowState;

  private readonly host: ReactiveControllerHost;
  private readonly options: FlowControllerOptions;
  private readonly inflight = new Map<number, Inflight>();
  private adapterInUse: Required<UnsubscribeAdapter> | null = null;
  private connected = false;
  private needsStart = false;

  constructor(host: ReactiveControllerHost, options: FlowControllerOptions) {
    this.host = host;
    this.options = options;
    this.state = initialState({ config: options.config() });
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Started at the next update, not here: a page that creates the element, appends it and
    // then sets `adapter` or `options` in the same task must have them used from the start.
    this.needsStart = true;
  }

  hostUpdate(): void {
    if (!this.needsStart) return;
    this.needsStart = false;
    this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.abortAll();
  }

  /** Starts (or starts over) from the context, resuming from storage when there is a snapshot. */
  start(): void {
    this.needsStart = false;
    this.abortAll();
    const raw = this.adapterOrNull();
    this.adapterInUse = raw === null ? null : withValidation(raw, { onCapped: warnCapped });
    const previous = this.state;
    this.state = initialState({
      // What the optional methods allow is read from the operator's adapter itself (the validated one has them all).
      config: {
        ...this.options.config(),
        canWithdraw: raw !== null && hasAdapterMethod(raw, 'withdraw'),
        canSendReceipt: raw !== null && hasAdapterMethod(raw, 'sendReceipt'),
        canAcceptOffers: raw !== null && hasAdapterMethod(raw, 'acceptOffer'),
      },
      subscriptionId: this.options.subscriptionId(),
      snapshot: parseSnapshot(this.readStorage()),
    });
    this.options.onTransition?.(previous, this.state);
    this.host.requestUpdate();
    this.runPending();
  }

  /** The validated adapter in use, or null when the host gave none. */
  get adapter(): Required<UnsubscribeAdapter> | null {
    return this.adapterInUse;
  }

  send(event: FlowEvent): void {
    const previous = this.state;
    const next = transition(previous, event);
    if (next === previous) return;
    this.state = next;
    this.save();
    this.options.onTransition?.(previous, next);
    this.host.requestUpdate();
    this.abortStale();
    if (next.pending !== previous.pending || next.quotePending !== previous.quotePending || next.textsPending !== previous.textsPending)
      this.runPending();
  }

  /** What the subscriber did, with the clock and, for a submit, a key for a new attempt (flow/intents.ts). */
  intent(intent: FlowIntent): void {
    this.send(toEvent(intent, this.at(), () => this.newKey()));
  }

  /** The current time as the ISO instant events carry. */
  at(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  /** How long the subscriber's call in flight (`state.pending`) has been on its way, in ms; null when none is. */
  waitedMs(): number | null {
    const seq = this.state.pending?.seq;
    const call = seq === undefined ? undefined : this.inflight.get(seq);
    return call === undefined ? null : Date.parse(this.at()) - call.startedAt;
  }

  /** A fresh idempotency key (the machine keeps the attempt's first one for every retry). */
  private newKey(): string {
    return this.options.newKey?.() ?? randomUuid();
  }

  // ---- private

  private adapterOrNull(): UnsubscribeAdapter | null {
    try {
      return this.options.adapter();
    } catch {
      return null;
    }
  }

  /** Starts every call the state asks for that is not already on its way. */
  private runPending(): void {
    if (!this.connected) return;
    const adapter = this.adapterInUse;
    const calls = requestsFor(this.state);
    for (const pending of [this.state.pending, this.state.quotePending, this.state.textsPending]) {
      if (pending === null || this.inflight.has(pending.seq)) continue;
      const call = calls.find((c) => c.seq === pending.seq);
      if (adapter === null || call === undefined) {
        // No adapter, or a request the state cannot build (a bug): fail it so the UI shows a way on.
        const error: ErrorInfo = { code: adapter === null ? 'network' : 'invalid-input', retryable: false };
        queueMicrotask(() => this.send({ type: 'FAILED', seq: pending.seq, operation: pending.operation, error, at: this.at() }));
        continue;
      }
      void this.perform(adapter, call);
    }
  }

  private async perform(adapter: Required<UnsubscribeAdapter>, call: AdapterCall): Promise<void> {
    const controller = new AbortController();
    // Redrawn when the wait turns long, so the frame can offer to try again (flow/shell.ts, slowWait).
    const deadlineMs = this.options.deadlineMs();
    const slowTimer = setTimeout(() => this.host.requestUpdate(), slowAfterMs(deadlineMs));
    this.inflight.set(call.seq, { controller, startedAt: Date.parse(this.at()), slowTimer });
    const locale = this.options.locale();
    try {
      const value = await callWithin(deadlineMs, controller.signal, call.operation, (signal) => invoke(adapter, call, { signal, locale }));
      if (controller.signal.aborted) return;
      this.send({ type: 'RESOLVED', seq: call.seq, at: this.at(), operation: call.operation, value } as FlowEvent);
    } catch (thrown) {
      if (controller.signal.aborted) return;
      const error = toUnsubscribeError(thrown, call.operation);
      // Not one of the contract's errors: a bug in an adapter or a browser missing an API. The
      // subscriber sees a way forward; whoever runs the page needs the cause.
      if (error.code === 'server' && !isErrorCode((thrown as { code?: unknown } | null)?.code))
        console.error(`<cloudpc-unsubscribe>: ${call.operation} failed:`, thrown);
      const info: ErrorInfo = { code: error.code, retryable: error.retryable };
      if (error.retryAfterSeconds !== undefined) info.retryAfterSeconds = error.retryAfterSeconds;
      this.send({ type: 'FAILED', seq: call.seq, operation: call.operation, error: info, at: this.at() });
      this.options.onError?.(info, call.operation);
    } finally {
      clearTimeout(slowTimer);
      if (this.inflight.get(call.seq)?.controller === controller) this.inflight.delete(call.seq);
    }
  }

  private abortStale(): void {
    const current = new Set([this.state.pending?.seq, this.state.quotePending?.seq, this.state.textsPending?.seq]);
    for (const [seq, call] of this.inflight) {
      if (!current.has(seq)) {
        abandon(call);
        this.inflight.delete(seq);
      }
    }
  }

  private abortAll(): void {
    for (const call of this.inflight.values()) abandon(call);
    this.inflight.clear();
  }

  private storageKey(): string {
    return `${STORAGE_PREFIX}${this.options.subscriptionId() ?? 'default'}`;
  }

  private readStorage(): string | null {
    try {
      return this.options.storage()?.getItem(this.storageKey()) ?? null;
    } catch {
      return null;
    }
  }

  private save(): void {
    const storage = this.options.storage();
    if (storage === null) return;
    try {
      const ended = this.state.phase === 'kept' || this.state.phase === 'offer-accepted';
      if (ended) storage.removeItem(this.storageKey());
      else if (this.state.phase === 'active') storage.setItem(this.storageKey(), JSON.stringify(toSnapshot(this.state)));
    } catch {
      // Storage full or forbidden (private mode, sandboxed frame): resume is a convenience, not a must.
    }
  }
}

function abandon(call: Inflight): void {
  clearTimeout(call.slowTimer);
  call.controller.abort();
}

/** Calls the adapter method the flow asked for (the validated adapter has every method). */
function invoke(adapter: Required<UnsubscribeAdapter>, call: AdapterCall, options: CallOptions): Promise<unknown> {
  const method = adapter[call.operation] as (input: unknown, options: CallOptions) => Promise<unknown>;
  return method(call.input, options);
}
