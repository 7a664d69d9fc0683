/**
 * The HTTP adapter's defaults, filled in by the engine (`http-adapter.ts`) when it loads, so a
 * page that never creates an HTTP adapter never downloads them.
 */
import type { HttpAdapterOptions, ResolvedHttpOptions } from './options.js';

/**
 * Every option, its default filled in where the caller gave none (`undefined` or `null`).
 * `options` have passed `checkHttpOptions`, so `baseUrl` is absolute; it loses its trailing slashes here.
 */
export function resolveHttpOptions(options: HttpAdapterOptions): ResolvedHttpOptions {
  return {
    base: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.fetch,
    headers: options.headers,
    credentials: options.credentials ?? 'same-origin',
    timeoutMs: options.timeoutMs ?? 10000,
    deadlineMs: options.deadlineMs ?? 15000,
    maxResponseBytes: options.maxResponseBytes ?? 256 * 1024,
    retries: options.retries ?? 2,
    retryBaseMs: options.retryBaseMs ?? 300,
    retryCapMs: options.retryCapMs ?? 5000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30000,
    random: options.random ?? Math.random,
    sleep: options.sleep,
  };
}
