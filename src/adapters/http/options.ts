/**
 * The options of the HTTP adapter, their defaults, and the one place they are checked. This file
 * is in the entry chunk (the facade needs it at creation), so it stays small: the engine is not.
 */
import type { UnsubscribeAdapter } from '../../contract/index.js';

/** The HTTP adapter: the full adapter contract, `sendFeedback` included. */
export type HttpAdapter = UnsubscribeAdapter & Required<Pick<UnsubscribeAdapter, 'sendFeedback'>>;

/** Extra request headers: fixed, or computed for every request (a CSRF token that may change). */
export type HttpHeaders = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

/** The part of `fetch` the adapter uses; `globalThis.fetch` is one. */
export type HttpFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface HttpAdapterOptions {
  /**
   * Where the REST contract lives (DESIGN section 4), with or without a trailing slash:
   * `https://cloudpc.example.cn/api`, or `/api`, resolved against `document.baseURI` in a browser
   * (elsewhere it must be absolute). No query or fragment.
   */
  baseUrl: string;
  /** Default: the global `fetch`, looked up at each request (so a fetch wrapped later by the page is used). */
  fetch?: HttpFetch;
  /** Added to every request; a function is called before every attempt, retries included. */
  headers?: HttpHeaders;
  /** Passed to `fetch`. Default `'same-origin'`: the session cookie goes to the page's own origin only. */
  credentials?: RequestCredentials;
  /** Each attempt's time limit in milliseconds; an attempt over it fails with `timeout`. Default 15000. */
  timeoutMs?: number;
  /** Further attempts after a retryable failure of a GET or of `submit` (never of the other POSTs). Default 2. */
  retries?: number;
  /** Backoff before retry n (from 0): a random delay in [0, min(retryCapMs, retryBaseMs * 2^n)). Default 300. */
  retryBaseMs?: number;
  /** Default 5000. */
  retryCapMs?: number;
  /** A `Retry-After` longer than this is not waited for: the call fails with it (`rate-limited`). Default 30000. */
  maxRetryAfterMs?: number;
  /** For tests: the jitter's source of numbers in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** For tests: waits between attempts; must reject with `signal.reason` when `signal` aborts. Default: a timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface ResolvedHttpOptions {
  /** The absolute base URL without a trailing slash. */
  base: string;
  fetch: HttpFetch | undefined;
  headers: HttpHeaders | undefined;
  credentials: RequestCredentials;
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
  retryCapMs: number;
  maxRetryAfterMs: number;
  random: () => number;
  sleep: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** The longest delay `setTimeout` honours (a longer one fires at once). */
const MAX_MS = 2 ** 31 - 1;

function check(ok: boolean, option: string, expected: string): asserts ok {
  if (!ok) throw new RangeError(`createHttpAdapter: ${option} must be ${expected}`);
}

function number(options: HttpAdapterOptions, option: keyof HttpAdapterOptions, fallback: number, min: number, max: number): number {
  const value = options[option] ?? fallback;
  check(typeof value === 'number' && value >= min && value <= max, option, `a number from ${min} to ${max}`);
  return value as number;
}

function optionalFunction<T>(options: HttpAdapterOptions, option: keyof HttpAdapterOptions): T | undefined {
  const value = options[option];
  check(value === undefined || typeof value === 'function', option, 'a function');
  return value as T | undefined;
}

function resolveBase(baseUrl: unknown): string {
  check(typeof baseUrl === 'string' && baseUrl.trim() !== '', 'baseUrl', 'a non-empty URL');
  let url: URL | undefined;
  try {
    url = new URL(baseUrl as string, typeof document === 'undefined' ? undefined : document.baseURI);
  } catch {
    // a relative URL with no document to resolve it against, or no URL at all
  }
  check(
    url !== undefined && /^https?:$/.test(url.protocol) && url.search === '' && url.hash === '',
    'baseUrl',
    'an http(s) URL without query or fragment',
  );
  return url.href.replace(/\/+$/, '');
}

/**
 * Checks every option and fills in the defaults.
 * @throws RangeError naming the first bad option.
 */
export function resolveHttpOptions(options: HttpAdapterOptions): ResolvedHttpOptions {
  check(typeof options === 'object' && options !== null, 'the options', 'an object with a baseUrl');
  const headers = options.headers;
  check(
    headers === undefined || typeof headers === 'function' || (typeof headers === 'object' && headers !== null),
    'headers',
    'an object or a function',
  );
  const credentials = options.credentials ?? 'same-origin';
  check(['omit', 'same-origin', 'include'].includes(credentials), 'credentials', "'omit', 'same-origin' or 'include'");
  const retries = number(options, 'retries', 2, 0, 10);
  check(Number.isInteger(retries), 'retries', 'an integer');
  return {
    base: resolveBase(options.baseUrl),
    fetch: optionalFunction(options, 'fetch'),
    headers,
    credentials,
    timeoutMs: number(options, 'timeoutMs', 15000, 1, MAX_MS),
    retries,
    retryBaseMs: number(options, 'retryBaseMs', 300, 0, MAX_MS),
    retryCapMs: number(options, 'retryCapMs', 5000, 0, MAX_MS),
    maxRetryAfterMs: number(options, 'maxRetryAfterMs', 30000, 0, MAX_MS),
    random: optionalFunction(options, 'random') ?? Math.random,
    sleep: optionalFunction(options, 'sleep'),
  };
}
