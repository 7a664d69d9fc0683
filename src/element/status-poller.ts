import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UnsubscribeAdapter } from '../contract/adapter.js';
import { UnsubscribeError, toUnsubscribeError } from '../contract/errors.js';
import type { RequestStatus } from '../contract/types.js';
import type { ErrorInfo, FlowState } from '../flow/types.js';

export interface StatusPollerOptions {
  adapter(): UnsubscribeAdapter | null;
  state(): FlowState;
  /** The first interval; it grows while nothing changes. */
  intervalSeconds(): number;
  onStatus(status: RequestStatus): void;
  onError(error: ErrorInfo): void;
}

/** While nothing changes the interval grows by half each time, up to this. */
export const MAX_POLL_SECONDS = 60;
const GROWTH = 1.5;

/**
 * Refreshes the request's status on `status` (and once on a reloaded `done`) without the subscriber doing anything: at once on
 * arrival, then on an interval that backs off while nothing changes, paused while the tab is
 * hidden and refreshed at once when it is shown again. Stops at `completed` or `rejected`, and
 * when the element is removed (the call in flight is aborted).
 */
export class StatusPoller implements ReactiveController {
  checkedAt: string | null = null;
  failing = false;

  private readonly host: ReactiveControllerHost;
  private readonly options: StatusPollerOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;
  private delaySeconds = 0;
  private requestId: string | null = null;
  private connected = false;

  constructor(host: ReactiveControllerHost, options: StatusPollerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
    this.requestId = null;
  }

  hostUpdated(): void {
    const wanted = this.wantedRequestId();
    if (wanted === this.requestId) return;
    this.stop();
    this.requestId = wanted;
    this.checkedAt = null;
    this.failing = false;
    if (wanted !== null) {
      this.delaySeconds = this.options.intervalSeconds();
      this.schedule(0);
    }
  }

  /** Check now (the "refresh" button), and start the interval again from its shortest. */
  refresh(): void {
    if (this.requestId === null) return;
    this.delaySeconds = this.options.intervalSeconds();
    this.stop();
    this.schedule(0);
  }

  /** True while a timer or a call is pending: what removal must clear. */
  get active(): boolean {
    return this.timer !== undefined || this.inflight !== undefined;
  }

  private wantedRequestId(): string | null {
    const state = this.options.state();
    const finished = state.status?.status === 'completed' || state.status?.status === 'rejected';
    // On `status` until the outcome; on `done` only when the outcome is not known yet (a reload
    // on done: the snapshot keeps the receipt, not the status), which the first answer settles.
    const wanted = (state.step === 'status' && !finished) || (state.step === 'done' && state.status === null);
    return this.connected && state.phase === 'active' && wanted ? state.requestId : null;
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.requestId !== null && this.inflight === undefined) {
      this.stop();
      this.schedule(0);
    }
  };

  private schedule(seconds: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Hidden tabs are not polled; becoming visible checks at once (onVisibility).
      if (document.visibilityState === 'hidden') return;
      void this.poll();
    }, seconds * 1000);
  }

  private async poll(): Promise<void> {
    const adapter = this.options.adapter();
    const requestId = this.requestId;
    if (adapter === null || requestId === null) return;
    const controller = new AbortController();
    this.inflight = controller;
    const before = this.options.state().status;
    try {
      const status = await adapter.getStatus({ requestId }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      // An answer about another request is a broken answer, not news: keep asking, quietly.
      if (status.requestId !== requestId) {
        throw new UnsubscribeError('invalid-response', `getStatus answered for ${status.requestId}, not ${requestId}`);
      }
      const changed =
        before === null ||
        status.status !== before.status ||
        status.updatedAt !== before.updatedAt ||
        JSON.stringify(status.refund) !== JSON.stringify(before.refund);
      this.checkedAt = new Date().toISOString();
      this.failing = false;
      this.delaySeconds = changed ? this.options.intervalSeconds() : Math.min(MAX_POLL_SECONDS, this.delaySeconds * GROWTH);
      this.options.onStatus(status);
    } catch (thrown) {
      if (controller.signal.aborted) return;
      const error = toUnsubscribeError(thrown, 'getStatus');
      this.failing = true;
      const wait = error.retryAfterSeconds ?? this.delaySeconds * 2;
      this.delaySeconds = Math.min(MAX_POLL_SECONDS, Math.max(wait, this.options.intervalSeconds()));
      this.options.onError({ code: error.code, retryable: error.retryable });
    } finally {
      if (this.inflight === controller) this.inflight = undefined;
    }
    this.host.requestUpdate();
    if (this.requestId === requestId && this.connected && this.timer === undefined) this.schedule(this.delaySeconds);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inflight?.abort();
    this.inflight = undefined;
  }
}
