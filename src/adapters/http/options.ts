/**
 * The options of the HTTP adapter, as types only (so importing them costs the entry nothing).
 * They are checked when the adapter is created (`options-check.ts`, in the entry) and given their
 * defaults in the engine chunk (`options-resolve.ts`).
 */
import type { UnsubscribeAdapter } from '../../contract/index.js';

/** The HTTP adapter: the full adapter contract, the optional `sendFeedback`, `withdraw` and `sendReceipt` included. */
export type HttpAdapter = UnsubscribeAdapter & Required<Pick<UnsubscribeAdapter, 'sendFeedback' | 'withdraw' | 'sendReceipt'>>;

/** Extra request headers: fixed, or computed for every request (a CSRF token that may change). */
export type HttpHeaders = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

/** The part of `fetch` the adapter uses; `globalThis.fetch` is one. */
export type HttpFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface HttpAdapterOptions {
  /**
   * Where the REST contract lives (README, "The adapter contract"), with or without a trailing slash:
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
  /** Each attempt's time limit in milliseconds; an attempt over it fails with `timeout` (and may be retried). Default 10000. */
  timeoutMs?: number;
  /**
   * The whole call's time limit in milliseconds, attempts, retries and waits between them
   * included: past it the call fails with `timeout`, and a wait (a backoff or a `Retry-After`)
   * that would end past it is not waited for: the call fails at once with its error. Keep it under
   * the widget's own deadline (`options.callTimeoutSeconds`, 20 s by default), so the widget
   * hears this adapter's error rather than its own timeout. Default 15000.
   */
  deadlineMs?: number;
  /**
   * The largest answer body read, in bytes; a longer one is cancelled unread and the call fails
   * with `invalid-response`. Error bodies are read up to 16 KB (beyond, only the status counts).
   * Default 262144 (256 KB: a context is about 3 KB).
   */
  maxResponseBytes?: number;
  /** Further attempts after a retryable failure of a GET, of `submit`, `withdraw` or `sendReceipt` (never of the other POSTs). Default 2. */
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

/** Every option with its default filled in: what the engine reads. */
export interface ResolvedHttpOptions {
  /** The absolute base URL without a trailing slash. */
  base: string;
  fetch: HttpFetch | undefined;
  headers: HttpHeaders | undefined;
  credentials: RequestCredentials;
  timeoutMs: number;
  deadlineMs: number;
  maxResponseBytes: number;
  retries: number;
  retryBaseMs: number;
  retryCapMs: number;
  maxRetryAfterMs: number;
  random: () => number;
  sleep: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}
