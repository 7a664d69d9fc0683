/**
 * The one error type every adapter call rejects with (README, "The adapter contract").
 * The widget turns each `code` into a localized message with a way forward; it never shows
 * `message`, which is for developers and logs.
 */

export const ERROR_CODES = [
  'unauthenticated',
  'not-found',
  'conflict',
  'invalid-input',
  'rate-limited',
  'network',
  'timeout',
  'server',
  'invalid-response',
] as const;

export type UnsubscribeErrorCode = (typeof ERROR_CODES)[number];

/** Codes that a later identical call may get past without anything changing on the subscriber's side. */
const RETRYABLE_BY_DEFAULT: ReadonlySet<UnsubscribeErrorCode> = new Set(['rate-limited', 'network', 'timeout', 'server']);

export interface UnsubscribeErrorInit {
  retryable?: boolean;
  retryAfterSeconds?: number;
  /** For `invalid-response`: the path of the first field that failed its schema, e.g. `refund.amount`. */
  path?: string;
  cause?: unknown;
}

export class UnsubscribeError extends Error {
  override readonly name = 'UnsubscribeError';
  readonly code: UnsubscribeErrorCode;
  readonly retryable: boolean;
  readonly retryAfterSeconds?: number;
  readonly path?: string;
  /** What led to this error (set here rather than through `Error`'s options, which Chrome 93 and Safari 15 brought). */
  declare readonly cause?: unknown;

  constructor(code: UnsubscribeErrorCode, message: string, init: UnsubscribeErrorInit = {}) {
    super(message);
    if (init.cause !== undefined) Object.defineProperty(this, 'cause', { value: init.cause, writable: true, configurable: true });
    this.code = code;
    this.retryable = init.retryable ?? RETRYABLE_BY_DEFAULT.has(code);
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.path !== undefined) this.path = init.path;
  }
}

export function isErrorCode(value: unknown): value is UnsubscribeErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function isUnsubscribeError(value: unknown): value is UnsubscribeError {
  return value instanceof UnsubscribeError;
}

/**
 * Turns anything an adapter threw into an `UnsubscribeError`.
 *
 * Adapters written by operators may throw plain objects (`{ code: 'conflict' }`), `DOMException`s
 * from `fetch` or an `AbortSignal.timeout`, or `TypeError: Failed to fetch`; each gets the code a
 * subscriber-facing message can be chosen from. Duck-typing the `code` keeps a second copy of this
 * package (a different `UnsubscribeError` class) working.
 */
const NETWORK_FAILURE = /fetch|network|load failed/i;

export function toUnsubscribeError(thrown: unknown, operation = 'adapter call'): UnsubscribeError {
  if (thrown instanceof UnsubscribeError) return thrown;
  if (typeof thrown === 'object' && thrown !== null) {
    const candidate = thrown as {
      code?: unknown;
      retryable?: unknown;
      retryAfterSeconds?: unknown;
      path?: unknown;
      message?: unknown;
      name?: unknown;
    };
    if (isErrorCode(candidate.code)) {
      const init: UnsubscribeErrorInit = { cause: thrown };
      if (typeof candidate.retryable === 'boolean') init.retryable = candidate.retryable;
      if (
        typeof candidate.retryAfterSeconds === 'number' &&
        Number.isFinite(candidate.retryAfterSeconds) &&
        candidate.retryAfterSeconds >= 0
      ) {
        init.retryAfterSeconds = Math.ceil(candidate.retryAfterSeconds);
      }
      if (typeof candidate.path === 'string') init.path = candidate.path;
      const message = typeof candidate.message === 'string' ? candidate.message : `${operation} failed: ${candidate.code}`;
      return new UnsubscribeError(candidate.code, message, init);
    }
    if (candidate.name === 'TimeoutError') return new UnsubscribeError('timeout', `${operation} timed out`, { cause: thrown });
    if (candidate.name === 'AbortError') return new UnsubscribeError('network', `${operation} was aborted`, { cause: thrown });
    // fetch rejects with a TypeError when the network fails ("Failed to fetch", "NetworkError
    // when attempting to fetch resource.", "Load failed"); any other TypeError is a bug in the
    // adapter, which retrying will not mend.
    if (thrown instanceof TypeError) {
      return NETWORK_FAILURE.test(thrown.message)
        ? new UnsubscribeError('network', `${operation} could not reach the server`, { cause: thrown })
        : new UnsubscribeError('server', `${operation} failed: ${thrown.message}`, { cause: thrown, retryable: false });
    }
  }
  return new UnsubscribeError('server', `${operation} failed unexpectedly`, { cause: thrown });
}
