/**
 * One attempt at one call of the REST contract: builds the request, sends it under a time limit,
 * and turns what comes back (or does not) into a value or an `UnsubscribeError`.
 *
 * Redirects are refused (`redirect: 'manual'`): a 3xx is an error, never followed. Followed, a
 * redirect to another origin handed it the request (on verify or submit, the code or the proof)
 * and its answer was taken as the back end's. Bodies are read up to `maxResponseBytes`.
 *
 * Answers are parsed as JSON and nothing more: the widget wraps every adapter with
 * `withValidation`, which checks each value against the contract's schema.
 */
import { UnsubscribeError, type CallLocale } from '../../contract/index.js';
import { abortReason, anySignal, throwIfAborted, timeoutSignal } from '../../platform/abort.js';
import { discardBody, readLimited } from './body.js';
import type { ResolvedHttpOptions } from './options.js';
import { errorFromResponse } from './problem.js';

export interface HttpCall {
  /** The adapter method, for messages. */
  operation: string;
  method: 'GET' | 'POST';
  /** Appended to the base URL; ids in it are already encoded. */
  path: string;
  /** Query parameters; undefined ones are left out. */
  query?: Record<string, string | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** A POST that is safe to send again after a retryable failure (`submit`, `withdraw`, `sendReceipt`, by their Idempotency-Key); GETs always are. */
  idempotent?: boolean;
  /** Any 2xx will do and its body is not read (`sendFeedback`). */
  noContent?: boolean;
}

const ACCEPT = 'application/json, application/problem+json';

export function urlOf(base: string, call: HttpCall): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(call.query ?? {})) if (value !== undefined) query.append(name, value);
  const search = query.toString();
  return `${base}${call.path}${search && `?${search}`}`;
}

/** What one attempt is told by its call: the subscriber's language, and the time it may take. */
export interface AttemptLimits {
  locale?: CallLocale | undefined;
  timeoutMs: number;
}

async function headersFor(options: ResolvedHttpOptions, call: HttpCall, json: boolean, locale: CallLocale | undefined): Promise<Headers> {
  const headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
  // What the contract depends on is set last, so an operator's header of the same name cannot change it.
  headers.set('Accept', ACCEPT);
  // The back end's texts (terms, reasons, support hours) in the subscriber's language.
  if (locale !== undefined) headers.set('Accept-Language', locale);
  if (json) headers.set('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(call.headers ?? {})) headers.set(name, value);
  return headers;
}

/** A redirect answer: what `redirect: 'manual'` gives a browser (an opaque one) or a server-side `fetch` (the 3xx itself). */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/**
 * Sends `call` once. Rejects with the caller's own abort reason when `signal` aborts (never an
 * `UnsubscribeError`: the caller asked for it and nothing should be retried or shown), with
 * `timeout` when `limits.timeoutMs` passes first, with `network` when `fetch` cannot reach the
 * server, with `server` (not retryable) on a redirect, with `invalid-response` on an answer over
 * `maxResponseBytes` or not JSON.
 */
export async function attempt(
  options: ResolvedHttpOptions,
  call: HttpCall,
  body: string | undefined,
  signal: AbortSignal | undefined,
  limits: AttemptLimits,
): Promise<unknown> {
  throwIfAborted(signal);
  // Outside the try below: a bad header or a failing headers() is the page's bug, not the network's.
  const headers = await headersFor(options, call, body !== undefined, limits.locale);
  const timeout = timeoutSignal(limits.timeoutMs);
  const linked = anySignal([signal, timeout.signal]);
  const init: RequestInit = {
    method: call.method,
    headers,
    credentials: options.credentials,
    // A status page polls the same URL: an HTTP cache between must never answer for the server.
    cache: 'no-store',
    redirect: 'manual',
    signal: linked.signal,
  };
  if (body !== undefined) init.body = body;
  const url = urlOf(options.base, call);
  try {
    const response = await (options.fetch ? options.fetch(url, init) : fetch(url, init));
    if (isRedirect(response)) {
      discardBody(response);
      throw new UnsubscribeError(
        'server',
        `${call.operation}: HTTP ${response.status || '3xx'}, a redirect, which is not followed: serve the API at ${options.base} itself`,
        { retryable: false },
      );
    }
    if (!response.ok) throw await errorFromResponse(response, call.operation);
    if (call.noContent) {
      discardBody(response);
      return undefined;
    }
    const text = await readLimited(response, options.maxResponseBytes);
    if (text === null) {
      throw new UnsubscribeError(
        'invalid-response',
        `${call.operation}: an answer larger than ${options.maxResponseBytes} bytes (maxResponseBytes)`,
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new UnsubscribeError('invalid-response', `${call.operation}: HTTP ${response.status} with a body that is not JSON`, { cause });
    }
  } catch (thrown) {
    if (signal?.aborted) throw abortReason(signal);
    if (thrown instanceof UnsubscribeError) throw thrown;
    if (timeout.signal.aborted)
      throw new UnsubscribeError('timeout', `${call.operation}: no answer within ${limits.timeoutMs} ms`, { cause: thrown });
    // fetch rejects with a TypeError when the request cannot be made or the connection fails.
    if (thrown instanceof TypeError) throw new UnsubscribeError('network', `${call.operation}: could not reach ${url}`, { cause: thrown });
    throw thrown;
  } finally {
    timeout.dispose();
    linked.dispose();
  }
}
