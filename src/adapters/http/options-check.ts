/**
 * The check of the HTTP adapter's options, run by the facade (`index.ts`) when the adapter is
 * created, so a bad option throws there. This file is in the package's entry chunk, so it holds no
 * defaults: an option left out (or `null`) takes its default in the engine chunk
 * (`options-resolve.ts`), and every default is valid.
 */
import type { HttpAdapterOptions } from './options.js';

/** The longest delay `setTimeout` honours (a longer one fires at once). */
const MAX_MS = 2 ** 31 - 1;

function check(ok: boolean, option: string, expected: string): asserts ok {
  if (!ok) throw new RangeError(`createHttpAdapter: ${option} must be ${expected}`);
}

function number(options: HttpAdapterOptions, option: keyof HttpAdapterOptions, min: number, max: number): void {
  const value = options[option];
  check(value == null || (typeof value === 'number' && value >= min && value <= max), option, `a number from ${min} to ${max}`);
}

function optionalFunction(options: HttpAdapterOptions, option: keyof HttpAdapterOptions): void {
  const value = options[option];
  check(value === undefined || typeof value === 'function', option, 'a function');
}

/**
 * The absolute form of `baseUrl`. A relative one is resolved here, against the document's base
 * as it is at creation: the page may change its URL (`history.pushState`) before the engine loads.
 */
function absoluteBase(baseUrl: unknown): string {
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
  return url.href;
}

/**
 * Checks every option, in a fixed order (the first bad one is named), and returns a copy of the
 * options with `baseUrl` made absolute: what the caller changes in its object afterwards is not
 * what the engine, loaded later, gets.
 * @throws RangeError naming the first bad option.
 */
export function checkHttpOptions(options: HttpAdapterOptions): HttpAdapterOptions {
  check(typeof options === 'object' && options !== null, 'the options', 'an object with a baseUrl');
  const headers = options.headers;
  check(
    headers === undefined || typeof headers === 'function' || (typeof headers === 'object' && headers !== null),
    'headers',
    'an object or a function',
  );
  const credentials = options.credentials;
  check(
    credentials == null || ['omit', 'same-origin', 'include'].includes(credentials),
    'credentials',
    "'omit', 'same-origin' or 'include'",
  );
  number(options, 'retries', 0, 10);
  check(options.retries == null || Number.isInteger(options.retries), 'retries', 'an integer');
  const baseUrl = absoluteBase(options.baseUrl);
  optionalFunction(options, 'fetch');
  number(options, 'timeoutMs', 1, MAX_MS);
  number(options, 'deadlineMs', 1, MAX_MS);
  number(options, 'maxResponseBytes', 1, 2 ** 30);
  number(options, 'retryBaseMs', 0, MAX_MS);
  number(options, 'retryCapMs', 0, MAX_MS);
  number(options, 'maxRetryAfterMs', 0, MAX_MS);
  optionalFunction(options, 'random');
  optionalFunction(options, 'sleep');
  return { ...options, baseUrl };
}
