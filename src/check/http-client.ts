/**
 * The checker's HTTP client: JSON in and out, a cookie jar so a session-based back end keeps one
 * subscriber across calls, a timeout on every request, and a record of every answer so the error
 * rules can be checked on all of them at the end.
 */
import type { CookieJar } from './cookie-jar.js';
import type { Endpoint } from './report.js';

export interface Exchange {
  /** The contract endpoint the call exercised; undefined for a helper such as the SMS inbox. */
  endpoint: Endpoint | undefined;
  /** `POST /requests`, relative to the base URL when it is under it. */
  label: string;
  status: number;
  /** The media type without parameters, lower case: `application/problem+json`. */
  mediaType: string;
  headers: Headers;
  /** The parsed body; undefined when it was empty or not JSON. */
  json: unknown;
}

export type CallOutcome = { exchange: Exchange; error?: undefined } | { exchange?: undefined; error: string };

export interface RequestSpec {
  method: 'GET' | 'POST';
  /** Under the base URL (`/requests`), or an absolute URL for a helper outside the contract. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ClientOptions {
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  jar: CookieJar;
  /** Sent with every request, e.g. an `Authorization` header for an operator's test account. */
  headers?: Record<string, string>;
  log?: (line: string) => void;
}

export interface HttpClient {
  call(endpoint: Endpoint | undefined, spec: RequestSpec): Promise<CallOutcome>;
  /** Every answer received, in order. */
  readonly exchanges: readonly Exchange[];
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeFailure(thrown: unknown, timeoutMs: number): string {
  const error = thrown as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = error.cause?.code ?? error.cause?.message ?? error.message;
  return `no answer: ${typeof cause === 'string' ? cause : String(thrown)}`;
}

export function createHttpClient(options: ClientOptions): HttpClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const exchanges: Exchange[] = [];

  async function call(endpoint: Endpoint | undefined, spec: RequestSpec): Promise<CallOutcome> {
    const absolute = /^https?:\/\//i.test(spec.path);
    const url = new URL(absolute ? spec.path : `${base}${spec.path}`);
    for (const [name, value] of Object.entries(spec.query ?? {})) url.searchParams.set(name, value);
    const label = `${spec.method} ${absolute ? url.href : `${spec.path}${url.search}`}`;

    const headers = new Headers({ accept: 'application/json, application/problem+json', ...options.headers, ...spec.headers });
    if (spec.body !== undefined) headers.set('content-type', 'application/json');
    // A cookie given with --header (a session made elsewhere) goes first; the jar adds what the back end set since.
    const cookie = [headers.get('cookie'), options.jar.header(url)].filter((part) => part !== null && part !== undefined).join('; ');
    if (cookie !== '') headers.set('cookie', cookie);

    try {
      // One signal for the request and its body: a server that sends headers and then stalls times out too.
      const signal = AbortSignal.timeout(options.timeoutMs);
      const init: RequestInit = { method: spec.method, headers, signal };
      if (spec.body !== undefined) init.body = JSON.stringify(spec.body);
      const response = await options.fetch(url, init);
      const setCookies = typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
      options.jar.store(url, setCookies);
      const text = await response.text();
      const exchange: Exchange = {
        endpoint,
        label,
        status: response.status,
        mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '',
        headers: response.headers,
        json: parseJson(text),
      };
      exchanges.push(exchange);
      options.log?.(`${label} → ${response.status}`);
      return { exchange };
    } catch (thrown) {
      const error = describeFailure(thrown, options.timeoutMs);
      options.log?.(`${label} → ${error}`);
      return { error: `${label}: ${error}` };
    }
  }

  return { call, exchanges };
}
