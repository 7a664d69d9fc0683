/**
 * A failure that says how long to wait (`Retry-After`, as `retryAfterSeconds`): when a retry may
 * be made, and how the wait reads. Every screen that offers a retry after such a failure (the
 * blocked screen, the service problem on a step, the status refresh, the feedback form) shows the
 * wait and keeps its retry disabled until then; it enables itself when the time comes.
 */
import type { ErrorInfo, FlowState } from './types.js';

/** The end (ISO instant) of the wait on the flow's own retry: the blocked screen's, or a service problem's on a step. */
export function flowRetryAt(state: FlowState): string | undefined {
  return state.phase === 'blocked' ? state.blocked?.error?.retryAt : state.serviceError?.error.retryAt;
}

/** The error with `retryAt` set from the moment it came (`at`, ISO), when it asks to wait. */
export function withRetryAt(error: ErrorInfo, at: string): ErrorInfo {
  const seconds = error.retryAfterSeconds;
  if (seconds === undefined || seconds <= 0) return error;
  return { ...error, retryAt: new Date(Date.parse(at) + seconds * 1000).toISOString() };
}

/** Whole seconds left before a retry may be made at `now` (ms); 0 when it may be made now. */
export function secondsUntil(retryAt: string | null | undefined, now: number): number {
  if (retryAt === null || retryAt === undefined) return 0;
  return Math.max(0, Math.ceil((Date.parse(retryAt) - now) / 1000));
}

/** Whether the error still holds a retry back at `now`. */
export function isWaiting(error: ErrorInfo | null | undefined, now: number): boolean {
  return secondsUntil(error?.retryAt, now) > 0;
}

export type WaitUnit = 'seconds' | 'minutes' | 'hours';

/**
 * A wait as a subscriber reads it: seconds under a minute (counting down), whole minutes (rounded
 * up) under two hours, then whole hours (rounded up). "Try again in 3,600 seconds" is a number
 * nobody can read; "in 60 minutes" is.
 */
export function waitInWords(seconds: number): { unit: WaitUnit; count: number } {
  if (seconds < 60) return { unit: 'seconds', count: seconds };
  if (seconds < 2 * 60 * 60) return { unit: 'minutes', count: Math.ceil(seconds / 60) };
  return { unit: 'hours', count: Math.ceil(seconds / 3600) };
}

/**
 * When the words of a wait may next change at `now` (ms): at the next whole second in its last
 * minute, at the next whole minute before (so the page is not redrawn every second for an hour).
 * Null when there is no wait left.
 */
export function nextWaitChange(retryAt: string | null | undefined, now: number): number | null {
  if (retryAt === null || retryAt === undefined) return null;
  const left = Date.parse(retryAt) - now;
  if (left <= 0) return null;
  const step = left <= 61_000 ? 1000 : 60_000;
  return now + (left % step || step);
}
