/**
 * The rules that make identity verification impossible to guess, as pure functions over an
 * account's recent history. The mock engine keeps that history in memory; the reference back end
 * (demo/server) keeps it in its database and calls the same functions, so both behave alike.
 *
 * - Wrong codes and answers are counted per account, across challenges and methods: `maxAttempts`
 *   wrong ones within `attemptWindowSeconds` lock all verification for `lockoutSeconds` (a count
 *   per challenge could be reset by asking for a new challenge). A lock-out starts the count again.
 * - At most `maxWrongPerDay` wrong answers in any 24 hours: the one that reaches it locks until
 *   the oldest of them is a day old.
 * - SMS: one send per `resendAfterSeconds`, at most `maxSmsPerDay` in 24 hours (every send carries
 *   a new code: see the desks).
 * - Security-question and face challenges: at most `maxChallengesPerHour` of each method an hour.
 */
import { UnsubscribeError, type VerificationMethod, type VerifyResult } from '../../contract/index.js';
import { secondsUntil } from './mock-time.js';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export interface VerificationLimits {
  maxAttempts: number;
  attemptWindowSeconds: number;
  lockoutSeconds: number;
  maxWrongPerDay: number;
  resendAfterSeconds: number;
  maxSmsPerDay: number;
  maxChallengesPerHour: number;
}

/** `wrong`: a wrong code or answer; the others: a challenge started with that method. */
export type VerificationEventKind = 'wrong' | VerificationMethod;

export interface VerificationEvent {
  kind: VerificationEventKind;
  /** Milliseconds since the epoch. */
  at: number;
}

/** What the rules read of an account: its lock-out and its events of the last 24 hours (older ones are ignored). */
export interface AccountGuard {
  /** When the current or last lock-out ends (0: never locked). */
  lockedUntil: number;
  events: readonly VerificationEvent[];
}

const timesOf = (guard: AccountGuard, kind: VerificationEventKind, since: number): number[] =>
  guard.events
    .filter((e) => e.kind === kind && e.at > since)
    .map((e) => e.at)
    .sort((a, b) => a - b);

/**
 * When a rolling count of `times` (sorted, each counting for `periodMs`) falls below `cap` again,
 * given that it has reached it: when enough of the oldest have aged out.
 */
const freeAt = (times: readonly number[], cap: number, periodMs: number): number => (times[times.length - cap] ?? 0) + periodMs;

function rateLimited(what: string, until: number, now: number): UnsubscribeError {
  const retryAfterSeconds = Math.max(1, secondsUntil(until, now));
  return new UnsubscribeError('rate-limited', `${what}: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
}

export function isLocked(guard: AccountGuard, now: number): boolean {
  return now < guard.lockedUntil;
}

/** The refusal of a new challenge, or undefined when one may start now. */
export function refuseStart(
  guard: AccountGuard,
  method: VerificationMethod,
  now: number,
  limits: VerificationLimits,
): UnsubscribeError | undefined {
  if (isLocked(guard, now)) return rateLimited('verification is locked', guard.lockedUntil, now);
  if (method === 'sms') {
    const sends = timesOf(guard, 'sms', now - DAY_MS);
    const last = sends[sends.length - 1];
    if (last !== undefined && now < last + limits.resendAfterSeconds * 1000) {
      return rateLimited('the next SMS may be sent later', last + limits.resendAfterSeconds * 1000, now);
    }
    if (sends.length >= limits.maxSmsPerDay) {
      return rateLimited(`at most ${limits.maxSmsPerDay} SMS a day`, freeAt(sends, limits.maxSmsPerDay, DAY_MS), now);
    }
    return undefined;
  }
  const starts = timesOf(guard, method, now - HOUR_MS);
  if (starts.length >= limits.maxChallengesPerHour) {
    return rateLimited(
      `at most ${limits.maxChallengesPerHour} ${method} challenges an hour`,
      freeAt(starts, limits.maxChallengesPerHour, HOUR_MS),
      now,
    );
  }
  return undefined;
}

/**
 * The answer to a wrong code or answer given at `now` (not yet among the guard's events; the
 * caller records it), and the lock-out it starts, if any.
 */
export function judgeWrong(guard: AccountGuard, now: number, limits: VerificationLimits): { result: VerifyResult; lockedUntil?: number } {
  // Counted since the window opened or the last lock-out ended, whichever is later.
  const since = Math.max(now - limits.attemptWindowSeconds * 1000, guard.lockedUntil - 1);
  const inWindow = timesOf(guard, 'wrong', since).length + 1;
  const today = [...timesOf(guard, 'wrong', now - DAY_MS), now];
  let lockedUntil: number | undefined;
  if (today.length >= limits.maxWrongPerDay)
    lockedUntil = Math.max(now + limits.lockoutSeconds * 1000, freeAt(today, limits.maxWrongPerDay, DAY_MS));
  else if (inWindow >= limits.maxAttempts) lockedUntil = now + limits.lockoutSeconds * 1000;
  if (lockedUntil !== undefined) {
    return { result: { ok: false, reason: 'locked', retryAfterSeconds: secondsUntil(lockedUntil, now) }, lockedUntil };
  }
  const attemptsLeft = Math.min(limits.maxAttempts - inWindow, limits.maxWrongPerDay - today.length);
  return { result: { ok: false, reason: 'wrong', attemptsLeft } };
}

/** The events worth keeping at `now`: the last 24 hours. */
export function recentEvents(events: readonly VerificationEvent[], now: number): VerificationEvent[] {
  return events.filter((e) => e.at > now - DAY_MS);
}

/** What the rules need to know of a challenge before its code, answers or approval are looked at. */
export interface ChallengeFacts {
  id: string;
  method: VerificationMethod;
  proof: string | null | undefined;
  spent: boolean;
}

/**
 * Everything `verify` answers before the secret is compared: an unknown challenge (not-found), a
 * check that does not fit it (invalid-input), a challenge that already succeeded (the same proof
 * again), a lock-out, a spent challenge (expired). `undefined`: go on and compare.
 * @throws UnsubscribeError not-found or invalid-input.
 */
export function answerBeforeChecking(
  record: ChallengeFacts | undefined,
  input: { challengeId: string; method: VerificationMethod; code?: string | undefined; answers?: unknown[] | undefined },
  guard: AccountGuard,
  now: number,
): VerifyResult | undefined {
  if (!record) throw new UnsubscribeError('not-found', `verify: no challenge ${input.challengeId}`);
  if (record.method !== input.method) {
    throw new UnsubscribeError('invalid-input', `verify: challenge ${record.id} is ${record.method}, not ${input.method}`);
  }
  if (record.method === 'sms' && input.code === undefined) throw new UnsubscribeError('invalid-input', 'verify: an SMS check needs a code');
  if (record.method === 'security-questions' && input.answers === undefined) {
    throw new UnsubscribeError('invalid-input', 'verify: a security-questions check needs answers');
  }
  // A proven face check answers again with its proof (the approval was the check). A proven SMS code
  // or set of answers is checked again: the proof goes only to whoever gives the right answer.
  if (record.proof && record.method === 'face') return { ok: true, proof: record.proof };
  if (isLocked(guard, now)) return { ok: false, reason: 'locked', retryAfterSeconds: secondsUntil(guard.lockedUntil, now) };
  if (record.spent && !record.proof) return { ok: false, reason: 'expired' };
  return undefined;
}

/** Whether two security answers match: trimmed, case-insensitive (NFKC, so full-width letters match too). */
export function sameAnswer(given: string, expected: string): boolean {
  const normalize = (answer: string): string => answer.normalize('NFKC').trim().toLowerCase();
  return normalize(given) === normalize(expected);
}
