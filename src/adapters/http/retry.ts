/**
 * When and how long to wait before trying a call again. Only calls that are safe to repeat reach
 * here with `idempotent` set: GETs, and `submit`, which carries the same Idempotency-Key on every
 * attempt so the back end creates one request whatever happens on the wire.
 */
import { UnsubscribeError } from '../../contract/index.js';
import { abortReason, throwIfAborted } from '../../platform/abort.js';
import type { ResolvedHttpOptions } from './options.js';

type RetryOptions = Pick<ResolvedHttpOptions, 'retries' | 'retryBaseMs' | 'retryCapMs' | 'maxRetryAfterMs' | 'random' | 'sleep'>;

/**
 * Capped exponential backoff with full jitter: before retry `n` (0 for the first), a random wait in
 * [0, min(cap, base * 2^n)). Full jitter spreads the retries of many subscribers hit by the same
 * outage, instead of sending them back in waves.
 */
export function backoffDelay(retry: number, options: RetryOptions): number {
  return Math.floor(options.random() * Math.min(options.retryCapMs, options.retryBaseMs * 2 ** retry));
}

/** A timer that stops and rejects with the signal's reason when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const abort = () => {
      clearTimeout(timer);
      reject(signal ? abortReason(signal) : undefined);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Runs `attempt` until it succeeds, fails in a way a repeat cannot mend, the retries are spent, or
 * the call's deadline (`deadlineAt`, a `Date.now()` instant) comes. Each attempt is given the time
 * left. A `Retry-After` the server gave replaces the backoff; a wait longer than
 * `maxRetryAfterMs`, or one that would end past the deadline, is not waited for: the error goes to
 * the widget at once, which shows the wait. The caller's abort ends it all.
 */
export async function withRetries<T>(
  options: RetryOptions,
  idempotent: boolean,
  signal: AbortSignal | undefined,
  deadlineAt: number,
  attempt: (msLeft: number) => Promise<T>,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(Math.max(1, deadlineAt - Date.now()));
    } catch (error) {
      if (!idempotent || retry >= options.retries || !(error instanceof UnsubscribeError) || !error.retryable) throw error;
      const wait = error.retryAfterSeconds === undefined ? backoffDelay(retry, options) : error.retryAfterSeconds * 1000;
      if (wait > options.maxRetryAfterMs || Date.now() + wait >= deadlineAt) throw error;
      await (options.sleep ?? sleep)(wait, signal);
      // An injected sleep may not watch the signal; the caller's abort still wins.
      throwIfAborted(signal);
    }
  }
}
