/**
 * The one kind of controller for the work the element does beside the flow machine: refreshing a
 * request's status, waiting for a face recognition result, redrawing the verification countdown,
 * sending feedback. Each owns one visible-page timer and at most one adapter call; removing the
 * element clears the timer and aborts the call. Steps never do this work: they send intents, and
 * the element hands them to these controllers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CallLocale, CallOptions, UnsubscribeAdapter } from '../../contract/adapter.js';
import { toUnsubscribeError, type UnsubscribeError } from '../../contract/errors.js';
import type { PublicEvent } from '../../flow/events.js';
import type { Announcement } from '../../flow/screen-changes.js';
import type { ErrorInfo, FlowEvent, FlowIntent, FlowState } from '../../flow/types.js';
import type { ResolvedOptions } from '../../options/index.js';
import { callWithin } from '../call-within.js';
import { VisibleTimer } from './visible-timer.js';

/** What these controllers may see of the element, and how they report back to it. */
export interface BesideFlowHost extends ReactiveControllerHost {
  readonly flowState: FlowState;
  /** The validated adapter, or null when the page gave none. */
  readonly flowAdapter: Required<UnsubscribeAdapter> | null;
  readonly resolvedOptions: ResolvedOptions;
  /** The language the subscriber reads, told to every call. */
  readonly callLocale: CallLocale;
  /** Now, in milliseconds. */
  now(): number;
  /** An event for the flow machine (a status that arrived). */
  sendEvent(event: FlowEvent): void;
  /** Something the subscriber did, passed on as a step would. */
  sendIntent(intent: FlowIntent): void;
  /** A call beside the flow failed: the page hears `cloudpc-error`. */
  callFailed(error: ErrorInfo): void;
  dispatchPublic(event: PublicEvent): void;
  announce(announcement: Announcement): void;
  /** Moves focus to the element with this id once the next render is on screen. */
  focusAfterRender(id: string): void;
}

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: UnsubscribeError };

export abstract class BesideFlow implements ReactiveController {
  protected readonly host: BesideFlowHost;
  protected readonly timer = new VisibleTimer(() => this.due());
  protected connected = false;
  private inflight: AbortController | undefined;

  constructor(host: BesideFlowHost) {
    this.host = host;
    // Lit calls hostConnected at once when the element is already on the page.
    host.addController(this);
    // Look at the state now, without waiting for it to change.
    host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    this.timer.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.timer.stop();
    this.abortCall();
  }

  /** A timer is set or a call is on its way: what removing the element must clear. */
  get active(): boolean {
    return this.timer.pending || this.inflight !== undefined;
  }

  protected get calling(): boolean {
    return this.inflight !== undefined;
  }

  /** What to do when the timer comes due (and the page is visible). */
  protected abstract due(): void;

  /**
   * Runs one adapter call under the widget's deadline (`options.callTimeoutSeconds`: past it, a
   * `timeout` failure), told the subscriber's language. Removing the element (or `abortCall`)
   * aborts it; it then resolves null: nobody is waiting for the answer any more.
   */
  protected async call<T>(
    work: (adapter: Required<UnsubscribeAdapter>, options: CallOptions) => Promise<T>,
    operation: string,
  ): Promise<CallOutcome<T> | null> {
    const adapter = this.host.flowAdapter;
    if (adapter === null) return null;
    this.abortCall();
    const controller = new AbortController();
    this.inflight = controller;
    const locale = this.host.callLocale;
    const deadlineMs = this.host.resolvedOptions.callTimeoutSeconds * 1000;
    try {
      const value = await callWithin(deadlineMs, controller.signal, operation, (signal) => work(adapter, { signal, locale }));
      return controller.signal.aborted ? null : { ok: true, value };
    } catch (thrown) {
      return controller.signal.aborted ? null : { ok: false, error: toUnsubscribeError(thrown, operation) };
    } finally {
      if (this.inflight === controller) this.inflight = undefined;
    }
  }

  protected abortCall(): void {
    this.inflight?.abort();
    this.inflight = undefined;
  }
}
