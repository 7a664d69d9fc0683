/**
 * The clock work of the `verify` step, as a Lit ReactiveController on the element: render
 * functions cannot own timers, and the step needs three kinds.
 *
 * - **Ticking**: the SMS resend countdown changes every second, and the code's expiry and the end
 *   of a lock-out change what is shown. One timeout waits for the next such instant (see
 *   `nextChange`), then asks the host to render; nothing runs when nothing will change.
 * - **Face polling**: while a face challenge waits for its result (`lastFailure` null or
 *   `pending`, no proof, no service error), a `CHECK` is sent every `pollAfterSeconds`; and at
 *   once when the tab becomes visible again (the subscriber coming back from their phone).
 *   Hidden tabs are not polled.
 * - **Announcements**: a new challenge is announced once (SMS sent to …, waiting for the face
 *   result), and, in one-click mode where no step change follows, a successful verification.
 *
 * Everything is decided again from the state after each render (`hostUpdated`), so a method
 * change, a step change or the proof stops what is no longer needed; removing the element
 * clears everything (`hostDisconnected`).
 */
import type { ReactiveController } from 'lit';
import type { StepHost, StepView } from '../element/view.js';
import type { FlowState } from '../flow/types.js';
import { isLockedAt, isVerifying, nextChange } from './verify-clock.js';

/** setTimeout's longest delay is 2^31 - 1 ms; longer waits wake up early and look again. */
const MAX_DELAY_MS = 24 * 60 * 60 * 1000;
/** Wake a moment after the instant, so the render that follows is on the far side of it. */
const SLACK_MS = 15;

type Host = StepHost;

const controllers = new WeakMap<Host, VerifyTimers>();

export class VerifyTimers implements ReactiveController {
  /** The controller attached to `host`, or a new one attached now (one per element, however often asked). */
  static attach(host: Host, getView: () => StepView | null): VerifyTimers {
    return controllers.get(host) ?? new VerifyTimers(host, getView);
  }

  /** The controller attached to `host`, if any. */
  static of(host: Host): VerifyTimers | undefined {
    return controllers.get(host);
  }

  private readonly host: Host;
  private readonly getView: () => StepView | null;
  private tickTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** The face challenge being polled, or null. */
  private polling: string | null = null;
  private announced: string | null = null;
  private wasVerified = false;
  private connected = false;

  constructor(host: Host, getView: () => StepView | null) {
    this.host = host;
    this.getView = getView;
    controllers.set(host, this);
    host.addController(this);
    // Attached to an element already on the page: look at its state without waiting for a change.
    if (host.isConnected) host.requestUpdate();
  }

  /** True while a timer is set: what removal of the element must clear. */
  get active(): boolean {
    return this.tickTimer !== undefined || this.pollTimer !== undefined;
  }

  hostConnected(): void {
    if (this.connected) return;
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopTick();
    this.stopPolling();
  }

  hostUpdated(): void {
    if (!this.connected) return;
    const view = this.getView();
    if (view === null) {
      this.stopTick();
      this.stopPolling();
      return;
    }
    const { state } = view;
    const now = view.now();
    this.scheduleTick(nextChange(state, now), now);
    this.updatePolling(view);
    this.announce(view);
  }

  // ---- ticking

  private scheduleTick(at: number | null, now: number): void {
    this.stopTick();
    if (at === null) return;
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, at - now) + SLACK_MS);
    this.tickTimer = setTimeout(() => {
      this.tickTimer = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  private stopTick(): void {
    clearTimeout(this.tickTimer);
    this.tickTimer = undefined;
  }

  // ---- face polling

  /** The face challenge whose result the step is waiting for, or null. */
  private faceToPoll(state: FlowState, now: number): string | null {
    const challenge = state.verification.challenge;
    if (!isVerifying(state) || challenge?.method !== 'face' || state.answers.method !== 'face') return null;
    const failure = state.verification.lastFailure;
    if (failure !== null && failure !== 'pending') return null;
    if (state.serviceError !== null || isLockedAt(state, now)) return null;
    return challenge.challengeId;
  }

  private updatePolling(view: StepView): void {
    const { state } = view;
    const wanted = this.faceToPoll(state, view.now());
    if (wanted !== this.polling) {
      this.stopPolling();
      this.polling = wanted;
    }
    if (wanted === null || this.pollTimer !== undefined || state.pending !== null) return;
    const challenge = state.verification.challenge;
    const seconds = challenge?.method === 'face' ? challenge.pollAfterSeconds : 2;
    this.pollTimer = setTimeout(() => {
      this.pollTimer = undefined;
      // Hidden: the visibilitychange handler checks the moment the tab is shown again.
      if (document.visibilityState !== 'hidden') this.checkNow();
    }, seconds * 1000);
  }

  private stopPolling(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.polling = null;
  }

  private checkNow(): void {
    const view = this.getView();
    if (view === null || !this.connected) return;
    const wanted = this.faceToPoll(view.state, view.now());
    if (wanted === null || wanted !== this.polling || view.state.pending !== null) return;
    view.send({ type: 'CHECK', at: view.at() });
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'visible' || this.polling === null) return;
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.checkNow();
    // If no check could go out (one is already in flight), the next render schedules the next poll.
    this.host.requestUpdate();
  };

  // ---- announcements

  private announce(view: StepView): void {
    const { state, t } = view;
    const challenge = state.verification.challenge;
    let message: string | null = null;
    if (isVerifying(state) && challenge !== null && challenge.method === state.answers.method && challenge.challengeId !== this.announced) {
      this.announced = challenge.challengeId;
      if (challenge.method === 'sms') message = t('verify.sms.sent', { phone: challenge.maskedPhone });
      else if (challenge.method === 'face') message = t('verify.face.announceWaiting');
    }
    const verified = state.phase === 'active' && state.secrets.proof !== null;
    // In the guided flow a proof moves on to the next step, which the shell announces itself.
    if (verified && !this.wasVerified && state.step === 'one-click') message = t('verify.verified.title');
    this.wasVerified = verified;
    if (message === null) return;
    const text = message;
    // Not during this update: announcing changes the host's state, which would start another.
    queueMicrotask(() => {
      if (this.connected) view.announce(text);
    });
  }
}

/** The verify step's `attach` (see steps/index.ts): its timers on the element, once. */
export function attachVerifyTimers(host: StepHost, getView: () => StepView | null): void {
  VerifyTimers.attach(host, getView);
}
