/**
 * Waits for the face recognition result, and fetches the QR code's library as soon as face
 * recognition is chosen. Waiting: while a face challenge waits (no result yet, or
 * `pending`), the widget checks every `pollAfterSeconds`, and at once when the page is shown again
 * (the subscriber coming back from their phone). Hidden pages are not polled; a method change, a
 * step change, the proof, a lock-out or a service error stops it. The check itself is the flow's
 * own `CHECK`, so the machine keeps deciding what a result means.
 */
import { isLockedAt, isVerifying } from '../../flow/verification-clock.js';
import type { FlowState } from '../../flow/types.js';
import { preloadQr } from '../../steps/verify-qr.js';
import { BesideFlow } from './beside-flow.js';

export class FacePoller extends BesideFlow {
  /** The face challenge being waited for, or null. */
  private polling: string | null = null;

  hostUpdated(): void {
    const state = this.host.flowState;
    // Face recognition chosen: fetch the QR code's library while the subscriber reads the instructions.
    if (this.connected && isVerifying(state) && state.answers.method === 'face') preloadQr(() => this.host.requestUpdate());
    const wanted = this.faceToPoll(state);
    if (wanted !== this.polling) {
      this.timer.cancel();
      this.polling = wanted;
    }
    if (wanted === null || this.timer.pending || state.pending !== null) return;
    const challenge = state.verification.challenge;
    const seconds = challenge?.method === 'face' ? challenge.pollAfterSeconds : 2;
    this.timer.schedule(seconds * 1000);
  }

  protected due(): void {
    const state = this.host.flowState;
    const wanted = this.faceToPoll(state);
    // A check already on its way: the next render schedules the next poll.
    if (wanted === null || wanted !== this.polling || state.pending !== null) {
      this.host.requestUpdate();
      return;
    }
    this.host.sendIntent({ type: 'CHECK' });
  }

  /** The face challenge whose result the step is waiting for, or null. */
  private faceToPoll(state: FlowState): string | null {
    if (!this.connected) return null;
    const challenge = state.verification.challenge;
    if (!isVerifying(state) || challenge?.method !== 'face' || state.answers.method !== 'face') return null;
    const failure = state.verification.lastFailure;
    if (failure !== null && failure !== 'pending') return null;
    if (state.serviceError !== null || isLockedAt(state, this.host.now())) return null;
    return challenge.challengeId;
  }
}
