/**
 * Refreshes the request's status on `status` (and once on a reloaded `done`) without the
 * subscriber doing anything: at once on arrival, then on an interval that backs off while nothing
 * changes, paused while the page is hidden and refreshed at once when it is shown again. Stops at
 * `completed` or `rejected`, and when the element is removed (the call in flight is aborted).
 */
import { UnsubscribeError } from '../../contract/errors.js';
import type { RequestStatus } from '../../contract/types.js';
import { secondsUntil } from '../../flow/retry-wait.js';
import { BesideFlow } from './beside-flow.js';

/** While nothing changes the interval grows by half each time, up to this. */
export const MAX_POLL_SECONDS = 60;
const GROWTH = 1.5;

export class StatusPoller extends BesideFlow {
  /** When the back end last answered (ISO instant). */
  checkedAt: string | null = null;
  /** The last refresh failed (the poller keeps trying). */
  failing = false;
  /** Until when (ISO instant) the back end asked not to be asked (`Retry-After`): the next refresh waits, and "refresh now" too. */
  retryAt: string | null = null;

  private requestId: string | null = null;
  private delaySeconds = 0;
  /** A "refresh now" waits for its answer, to say what it found. */
  private refreshAsked = false;
  /** The language the last status was asked in: a new one asks again, for the status's texts. */
  private locale: string | undefined;

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.requestId = null;
  }

  hostUpdated(): void {
    const relocalized = this.locale !== undefined && this.locale !== this.host.callLocale;
    this.locale = this.host.callLocale;
    const wanted = this.wantedRequestId();
    if (relocalized) this.askAgainInNewLanguage(wanted);
    if (wanted === this.requestId) return;
    this.timer.cancel();
    this.abortCall();
    this.requestId = wanted;
    this.checkedAt = null;
    this.failing = false;
    this.retryAt = null;
    this.refreshAsked = false;
    if (wanted !== null) {
      this.delaySeconds = this.interval();
      this.timer.schedule(0);
    }
  }

  /** Check now (the "refresh" button), and start the interval again from its shortest. */
  refresh(): void {
    if (this.requestId === null || secondsUntil(this.retryAt, this.host.now()) > 0) return;
    this.refreshAsked = true;
    this.delaySeconds = this.interval();
    this.abortCall();
    this.timer.schedule(0);
  }

  /**
   * A new language: the status is asked for again at once, so its texts (a rejection reason) come
   * in it; also once on a finished request, whose status is no longer refreshed.
   */
  private askAgainInNewLanguage(wanted: string | null): void {
    if (wanted !== null && wanted === this.requestId) {
      if (secondsUntil(this.retryAt, this.host.now()) > 0) return;
      this.abortCall();
      this.timer.schedule(0);
      return;
    }
    const { requestId, status } = this.host.flowState;
    if (wanted === null && this.connected && requestId !== null && status?.rejectionReason !== undefined) void this.fetchOnce(requestId);
  }

  private async fetchOnce(requestId: string): Promise<void> {
    const outcome = await this.call((adapter, options) => adapter.getStatus({ requestId }, options), 'getStatus');
    if (outcome?.ok && outcome.value.requestId === requestId) this.host.sendEvent({ type: 'STATUS_UPDATED', status: outcome.value });
  }

  protected due(): void {
    void this.poll();
  }

  private interval(): number {
    return this.host.resolvedOptions.statusPollSeconds;
  }

  private wantedRequestId(): string | null {
    const state = this.host.flowState;
    const finished = state.status?.status === 'completed' || state.status?.status === 'rejected';
    // On `status` until the outcome; on `done` only when the outcome is not known yet (a reload
    // on done: the snapshot keeps the receipt, not the status), which the first answer settles.
    const wanted = (state.step === 'status' && !finished) || (state.step === 'done' && state.status === null);
    return this.connected && state.phase === 'active' && wanted ? state.requestId : null;
  }

  private async poll(): Promise<void> {
    const requestId = this.requestId;
    if (requestId === null) return;
    const before = this.host.flowState.status;
    const outcome = await this.call(async (adapter, options) => {
      const status = await adapter.getStatus({ requestId }, options);
      // An answer about another request is a broken answer, not news: keep asking, quietly.
      if (status.requestId !== requestId) {
        throw new UnsubscribeError('invalid-response', `getStatus answered for ${status.requestId}, not ${requestId}`);
      }
      return status;
    }, 'getStatus');
    if (outcome === null) return;
    if (outcome.ok) this.arrived(outcome.value, before);
    else {
      this.failing = true;
      const { code, retryable, retryAfterSeconds } = outcome.error;
      // A wait the back end asked for is honoured in full, however long; otherwise the interval doubles, up to a minute.
      this.delaySeconds =
        retryAfterSeconds !== undefined && retryAfterSeconds > 0
          ? Math.max(retryAfterSeconds, this.interval())
          : Math.min(MAX_POLL_SECONDS, Math.max(this.delaySeconds * 2, this.interval()));
      this.retryAt = retryAfterSeconds ? new Date(this.host.now() + retryAfterSeconds * 1000).toISOString() : null;
      this.host.callFailed({ code, retryable, ...(this.retryAt === null ? {} : { retryAfterSeconds, retryAt: this.retryAt }) });
    }
    this.host.requestUpdate();
    if (this.requestId === requestId && this.connected && !this.timer.pending) this.timer.schedule(this.delaySeconds * 1000);
  }

  private arrived(status: RequestStatus, before: RequestStatus | null): void {
    const changed =
      before === null ||
      status.status !== before.status ||
      status.updatedAt !== before.updatedAt ||
      JSON.stringify(status.refund) !== JSON.stringify(before.refund);
    this.checkedAt = new Date(this.host.now()).toISOString();
    this.failing = false;
    this.retryAt = null;
    this.delaySeconds = changed ? this.interval() : Math.min(MAX_POLL_SECONDS, this.delaySeconds * GROWTH);
    this.host.sendEvent({ type: 'STATUS_UPDATED', status });
    // A stage change announces itself (the element's screen changes); a refresh that found the same stage says so.
    if (this.refreshAsked) {
      this.refreshAsked = false;
      if (before === null || before.status === status.status) this.host.announce({ kind: 'status-refreshed', stage: status.status });
    }
  }
}
