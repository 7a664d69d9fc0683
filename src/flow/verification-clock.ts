/**
 * The clock of identity verification, computed from the flow state and "now" in milliseconds:
 * when another SMS code may be asked for, when the code expires, when a lock-out ends. The one
 * place these rules live: the machine's guards, the `verify` step and the element's timers all
 * ask here, so what is shown, what is refused and when the screen changes agree on every instant.
 */
import type { SmsChallenge, VerificationMethod } from '../contract/types.js';
import type { FlowState, MethodHold } from './types.js';

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

/** The back end's refusal of `method` in force at `now`, or null. */
export function holdAt(state: FlowState, method: VerificationMethod | null, now: number): MethodHold | null {
  const hold = method === null ? undefined : state.verification.holds[method];
  return hold !== undefined && Date.parse(hold.until) > now ? hold : null;
}

/** Whether the chosen method is locked out at `now` (too many wrong answers): no check may be sent. */
export function isLockedAt(state: FlowState, now: number): boolean {
  return holdAt(state, state.answers.method, now)?.kind === 'locked';
}

/**
 * How far a lock-out reaches, as far as the widget knows at `now`: `none`; `method`, the chosen
 * method only (another allowed method may still be tried); `all`, every method the operator
 * allows (the back end locks the account, or there is no other method).
 */
export function lockScope(state: FlowState, now: number): 'none' | 'method' | 'all' {
  if (!isLockedAt(state, now)) return 'none';
  const methods = state.context?.verificationMethods ?? [];
  return methods.every((m) => holdAt(state, m, now)?.kind === 'locked') ? 'all' : 'method';
}

/** The methods the subscriber may turn to at `now`: allowed, not the chosen one, not locked. */
export function methodsOpenAt(state: FlowState, now: number): VerificationMethod[] {
  const methods = state.context?.verificationMethods ?? [];
  return methods.filter((m) => m !== state.answers.method && holdAt(state, m, now)?.kind !== 'locked');
}

/**
 * Whether a new challenge may be asked for at `now`. The resend countdown protects the back end
 * from a flood of texts; an expired code may be replaced at once; a method the back end refuses
 * for now waits until it said.
 */
export function mayResendAt(state: FlowState, now: number): boolean {
  if (holdAt(state, state.answers.method, now) !== null) return false;
  const sms = smsClock(state, now);
  if (sms === null || state.verification.lastFailure === 'expired') return true;
  return now >= sms.resendAt;
}

export type WaitUnit = 'second' | 'minute' | 'hour';

/** A wait as it is said ("in 15 minutes"): rounded up, so nobody is sent back too early. */
export interface Countdown {
  readonly value: number;
  readonly unit: WaitUnit;
  /** When the words change: the value drops by one, or the unit gets smaller. */
  readonly changesAt: number;
}

const UNIT_MS: Readonly<Record<WaitUnit, number>> = { second: 1000, minute: 60_000, hour: 3_600_000 };

/** The wait until `until` as a whole number of seconds (up to a minute), minutes (up to an hour) or hours. */
export function countdown(until: number, now: number): Countdown {
  const left = Math.max(0, until - now);
  const unit: WaitUnit = left <= UNIT_MS.minute ? 'second' : left <= UNIT_MS.hour ? 'minute' : 'hour';
  const value = Math.max(1, Math.ceil(left / UNIT_MS[unit]));
  return { value, unit, changesAt: until - (value - 1) * UNIT_MS[unit] };
}

/**
 * The next instant at which what the step shows changes by itself: the resend countdown's next
 * second, the code's expiry, the next step of a lock-out's countdown and its end. Null when
 * nothing is going to change.
 */
export function nextChange(state: FlowState, now: number): number | null {
  if (!isVerifying(state)) return null;
  const candidates: number[] = [];
  const sms = smsClock(state, now);
  if (sms !== null) {
    if (sms.secondsToResend > 0) candidates.push(sms.resendAt - (sms.secondsToResend - 1) * 1000);
    if (now < sms.expiresAt) candidates.push(sms.expiresAt);
  }
  // A refused method's wait is said in words that count down, and it ends.
  for (const method of state.context?.verificationMethods ?? []) {
    const hold = holdAt(state, method, now);
    if (hold === null) continue;
    const until = Date.parse(hold.until);
    candidates.push(until, countdown(until, now).changesAt);
  }
  const future = candidates.filter((at) => at > now);
  return future.length === 0 ? null : Math.min(...future);
}
