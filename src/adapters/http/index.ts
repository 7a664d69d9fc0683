/**
 * The built-in HTTP adapter (DESIGN section 4): talks to a back end implementing the REST
 * contract, with timeouts, retries of what is safe to repeat, and problem+json errors.
 *
 * `createHttpAdapter` checks its options at once (a bad one throws here) and loads the engine
 * (`http-adapter.ts`) on demand, starting at creation: it is a separate chunk of the builds, so a
 * page with its own adapter never downloads it.
 */
import { lazyAdapter } from '../lazy-adapter.js';
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
  const checked = checkHttpOptions(options);
  return lazyAdapter(() => import('./http-adapter.js').then((m) => m.buildHttpAdapter(checked))).methods;
}
