/**
 * The built-in HTTP adapter (DESIGN section 4): talks to a back end implementing the REST
 * contract, with timeouts, retries of what is safe to repeat, and problem+json errors.
 *
 * `createHttpAdapter` checks its options at once (a bad one throws here) and loads the engine
 * (`http-adapter.ts`) on demand, starting at creation: it is a separate chunk of the builds, so a
 * page with its own adapter never downloads it.
 */
import type { CallOptions } from '../../contract/index.js';
import type { HttpAdapter, HttpAdapterOptions } from './options.js';
import { resolveHttpOptions } from './options.js';

export type { HttpAdapter, HttpAdapterOptions, HttpFetch, HttpHeaders } from './options.js';

/**
 * Creates an adapter that sends each call to `options.baseUrl` (see `HttpAdapterOptions`).
 * Answers are parsed as JSON but not checked against the contract: the widget does that for
 * every adapter (`withValidation`); wrap it yourself when calling it from other code.
 * @throws RangeError naming the option when one is missing or out of range.
 */
export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const config = resolveHttpOptions(options);
  let engine: HttpAdapter | undefined;
  let loading: Promise<HttpAdapter> | undefined;
  const load = (): Promise<HttpAdapter> =>
    (loading ??= import('./http-adapter.js').then(
      (m) => (engine = m.buildHttpAdapter(config)),
      (error: unknown) => {
        // A chunk that failed to arrive (a network blip) is asked for again by the next call.
        loading = undefined;
        throw error;
      },
    ));
  load().catch(() => undefined);

  function forward<K extends keyof HttpAdapter>(method: K): HttpAdapter[K] {
    return (async (input: never, callOptions?: CallOptions) => {
      const target = engine ?? (await load());
      return (target[method] as (input: never, options?: CallOptions) => Promise<never>)(input, callOptions);
    }) as HttpAdapter[K];
  }

  return {
    loadContext: forward('loadContext'),
    startVerification: forward('startVerification'),
    verify: forward('verify'),
    quoteRefund: forward('quoteRefund'),
    submit: forward('submit'),
    getStatus: forward('getStatus'),
    sendFeedback: forward('sendFeedback'),
  };
}
