/**
 * The clock of identity verification, computed from the flow state and "now" in milliseconds:
 * when another SMS code may be asked for, when the code expires, when a lock-out ends. The one
 * place these rules live: the machine's guards, the `verify` step and the element's timers all
 * ask here, so what is shown, what is refused and when the screen changes agree on every instant.
 */
import type { SmsChallenge } from '../contract/types.js';
import type { FlowState } from './types.js';

export interface SmsClock {
  readonly challenge: SmsChallenge;
  /** When another code may be asked for (the machine refuses earlier). */
  readonly resendAt: number;
  /** When the code stops working. */
  readonly expiresAt: number;
  /** Whole seconds left before another code may be asked for; 0 when it may. */
  readonly secondsToResend: number;
  /** The code has run out, by the clock or by the back end's word. */
  readonly expired: boolean;
}

/** Whether the step is waiting for the subscriber to verify: the timers only run then. */
export function isVerifying(state: FlowState): boolean {
  return (
    state.phase === 'active' &&
    (state.step === 'verify' || state.step === 'one-click') &&
    state.secrets.proof === null &&
    (state.context?.verificationMethods.length ?? 0) > 0
  );
}

/** The current SMS challenge's clock, or null when no SMS code is out. */
export function smsClock(state: FlowState, now: number): SmsClock | null {
  const { challenge, issuedAt } = state.verification;
  if (challenge?.method !== 'sms' || issuedAt === null || state.answers.method !== 'sms') return null;
  const issued = Date.parse(issuedAt);
  const resendAt = issued + challenge.resendAfterSeconds * 1000;
  const expiresAt = issued + challenge.expiresInSeconds * 1000;
  return {
    challenge,
    resendAt,
    expiresAt,
    secondsToResend: Math.max(0, Math.ceil((resendAt - now) / 1000)),
    expired: now >= expiresAt || state.verification.lastFailure === 'expired',
  };
}

/** Whether the back end refuses attempts at `now` (the machine's `lockedUntil`). */
export function isLockedAt(state: FlowState, now: number): boolean {
  const until = state.verification.lockedUntil;
  return until !== null && Date.parse(until) > now;
}

/**
 * Whether a new challenge may be asked for at `now`. The resend countdown protects the back end
 * from a flood of texts; an expired code may be replaced at once.
 */
export function mayResendAt(state: FlowState, now: number): boolean {
  const sms = smsClock(state, now);
  if (sms === null || state.verification.lastFailure === 'expired') return true;
  return now >= sms.resendAt;
}

/**
 * The next instant at which what the step shows changes by itself: the resend countdown's next
 * second, the code's expiry, the end of a lock-out. Null when nothing is going to change.
 */
export function nextChange(state: FlowState, now: number): number | null {
  if (!isVerifying(state)) return null;
  const candidates: number[] = [];
  const sms = smsClock(state, now);
  if (sms !== null) {
    if (sms.secondsToResend > 0) candidates.push(sms.resendAt - (sms.secondsToResend - 1) * 1000);
    if (now < sms.expiresAt) candidates.push(sms.expiresAt);
  }
  const until = state.verification.lockedUntil;
  if (until !== null && Date.parse(until) > now) candidates.push(Date.parse(until));
  return candidates.length === 0 ? null : Math.min(...candidates);
}
