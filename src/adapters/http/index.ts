/**
 * The built-in HTTP adapter (DESIGN section 4): talks to a back end implementing the REST
 * contract, with timeouts, retries of what is safe to repeat, and problem+json errors.
 *
 * The engine (`http-adapter.ts`) is part of the entry, not a chunk loaded on demand: the first
 * thing the widget does is ask the back end for the context, and an engine still on its way would
 * hold that request back by a whole round trip (on a phone's network, 80 ms or more) for about
 * 2 KB saved only on pages that bring their own adapter.
 */
import { buildHttpAdapter } from './http-adapter.js';
import { checkHttpOptions } from './options-check.js';
import type { HttpAdapter, HttpAdapterOptions } from './options.js';

export type { HttpAdapter, HttpAdapterOptions, HttpFetch, HttpHeaders } from './options.js';

/**
 * Creates an adapter that sends each call to `options.baseUrl` (see `HttpAdapterOptions`).
 * Answers are parsed as JSON but not checked against the contract: the widget does that for
 * every adapter (`withValidation`); wrap it yourself when calling it from other code.
 * @throws RangeError naming the option when one is missing or out of range.
 */
export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  return buildHttpAdapter(checkHttpOptions(options));
}
