/**
 * What a change of state means for someone using a screen reader or the keyboard: what is
 * announced through the live region and where focus goes. Pure, from two states; the element
 * puts the words to it and moves focus after the render.
 */
import type { RequestStatusValue } from '../contract/types.js';
import type { UnsubscribeErrorCode } from '../contract/errors.js';
import { visibleStep } from './events.js';
import { stepsOf } from './machine.js';
import type { BlockedReason, FlowState, StepId } from './types.js';
import { isVerifying } from './verification-clock.js';

export type Announcement =
  | { readonly kind: 'step'; readonly step: StepId; readonly current: number; readonly total: number }
  | { readonly kind: 'blocked'; readonly reason: BlockedReason }
  | { readonly kind: 'service-error'; readonly code: UnsubscribeErrorCode }
  | { readonly kind: 'code-sent'; readonly maskedPhone: string }
  | { readonly kind: 'face-waiting' }
  /** Verified on the one-click screen, where no step change follows to say so. */
  | { readonly kind: 'verified' }
  | { readonly kind: 'offer'; readonly offerId: string }
  /** The request moved on while the subscriber watched (not the stage it had on arrival). */
  | { readonly kind: 'status-stage'; readonly stage: RequestStatusValue }
  /** "Refresh now" found the request where it was (the element's status refresh says so). */
  | { readonly kind: 'status-refreshed'; readonly stage: RequestStatusValue }
  /** The feedback form was sent (the element's feedback controller says so). */
  | { readonly kind: 'feedback-sent' }
  /** A wait the back end asked for (`Retry-After`) is over: the retry is enabled again (the element's wait clock says so). */
  | { readonly kind: 'retry-ready' };

/** Where focus goes after the render: the step's heading, the error summary, or the retention offer's heading. */
export type FocusTarget = 'heading' | 'summary' | 'offer';

export interface ScreenChanges {
  readonly announcements: readonly Announcement[];
  readonly focus: FocusTarget | null;
}

export function screenChanges(previous: FlowState, next: FlowState): ScreenChanges {
  const announcements: Announcement[] = [];
  let focus: FocusTarget | null = null;

  if (next.phase !== previous.phase) {
    if (next.phase === 'kept' || next.phase === 'offer-accepted') focus = 'heading';
    if (next.phase === 'blocked') {
      announcements.push({ kind: 'blocked', reason: next.blocked?.reason ?? 'unreachable' });
      if (previous.phase === 'active') focus = 'heading';
    }
  }

  const shown = visibleStep(next);
  const before = visibleStep(previous);
  if (shown !== null && shown !== before) {
    const steps = stepsOf(next);
    announcements.push({ kind: 'step', step: shown, current: steps.indexOf(shown) + 1, total: steps.length });
    // The first step appears without moving focus: the host page may be busy elsewhere.
    if (before !== null) focus = 'heading';
  }
  if (next.fieldErrors.length > 0 && next.fieldErrors !== previous.fieldErrors && shown === before) focus = 'summary';
  if (next.serviceError !== null && next.serviceError !== previous.serviceError) {
    announcements.push({ kind: 'service-error', code: next.serviceError.error.code });
  }

  // A new challenge: the code is on its way, or the face check waits for the phone.
  const challenge = next.verification.challenge;
  if (
    challenge !== null &&
    challenge !== previous.verification.challenge &&
    isVerifying(next) &&
    challenge.method === next.answers.method
  ) {
    if (challenge.method === 'sms') announcements.push({ kind: 'code-sent', maskedPhone: challenge.maskedPhone });
    if (challenge.method === 'face') announcements.push({ kind: 'face-waiting' });
  }
  if (next.step === 'one-click' && next.phase === 'active' && previous.secrets.proof === null && next.secrets.proof !== null) {
    announcements.push({ kind: 'verified' });
  }

  // The shell takes Continue away while an offer is up, so focus would fall to the page: it goes
  // to the offer's heading.
  if (next.offer !== null && next.offer.offerId !== previous.offer?.offerId) {
    announcements.push({ kind: 'offer', offerId: next.offer.offerId });
    focus = 'offer';
  }

  const stage = next.status;
  if (
    stage !== null &&
    previous.status !== null &&
    stage.requestId === previous.status.requestId &&
    stage.status !== previous.status.status
  ) {
    announcements.push({ kind: 'status-stage', stage: stage.status });
  }
  return { announcements, focus };
}
