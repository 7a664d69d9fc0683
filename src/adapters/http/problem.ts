/**
 * Turns a non-2xx answer into an `UnsubscribeError`: the `code` of an RFC 9457 problem body when
 * it is one of the contract's codes, else the code its status means. The error's `message` is for
 * developers and logs (the widget shows its own words for the code), so the server's title and
 * detail may go there, clipped, but nowhere else.
 */
import { UnsubscribeError, isErrorCode, type UnsubscribeErrorCode, type UnsubscribeErrorInit } from '../../contract/index.js';
import { discardBody, readLimited } from './body.js';

/** A problem body is a few hundred bytes: more than this is not a problem body, and is not read. */
export const ERROR_BODY_LIMIT = 16 * 1024;

/**
 * What a status means when the body does not say. 403 is `unauthenticated`: the usual causes are a
 * session the back end no longer accepts or a stale CSRF token (frameworks answer both with 403),
 * and signing in again is the way forward; a back end that means something else sends a `code`.
 * Other statuses: 5xx is `server`, retryable; any other (an unknown 4xx such as 405 or 418) is a
 * mismatch between the widget and the service that the same request will meet again: `server`,
 * not retryable.
 */
const BY_STATUS: Readonly<Record<number, UnsubscribeErrorCode>> = {
  400: 'invalid-input',
  401: 'unauthenticated',
  403: 'unauthenticated',
  404: 'not-found',
  408: 'timeout',
  409: 'conflict',
  410: 'not-found',
  413: 'invalid-input',
  422: 'invalid-input',
  429: 'rate-limited',
};

/** The members of a problem body this adapter reads; anything else in it is ignored. */
interface Problem {
  code?: unknown;
  title?: unknown;
  detail?: unknown;
  retryAfterSeconds?: unknown;
}

/** The body as a problem when it is JSON (`application/problem+json`, or plain `application/json` as some frameworks send), else nothing. */
async function readProblem(response: Response): Promise<Problem> {
  if (!/[/+]json\s*(;|$)/i.test(response.headers.get('Content-Type') ?? '')) {
    discardBody(response);
    return {};
  }
  try {
    const text = await readLimited(response, ERROR_BODY_LIMIT);
    const body: unknown = text === null ? null : JSON.parse(text);
    return typeof body === 'object' && body !== null ? body : {};
  } catch {
    return {};
  }
}

/**
 * `Retry-After` as whole seconds from `now`: delay-seconds (`120`) or an HTTP-date in the past or
 * future; undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value);
  // Date.parse reads almost anything ("1.5" is a date in 2001); an HTTP-date always names a month or a zone.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Server text for a developer message: one line, at most `max` characters. */
function clip(value: unknown, max = 160): string {
  if (typeof value !== 'string') return '';
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export async function errorFromResponse(response: Response, operation: string, now = Date.now()): Promise<UnsubscribeError> {
  const { status } = response;
  const problem = await readProblem(response);
  const known = BY_STATUS[status];
  const init: UnsubscribeErrorInit = {};
  let code: UnsubscribeErrorCode;
  if (isErrorCode(problem.code)) code = problem.code;
  else if (known) code = known;
  else {
    code = 'server';
    init.retryable = status >= 500;
  }
  // The header is HTTP's own way to say it; the body's member serves a back end behind a proxy that drops headers.
  const bodyRetryAfter = problem.retryAfterSeconds;
  const retryAfter =
    parseRetryAfter(response.headers.get('Retry-After'), now) ??
    (typeof bodyRetryAfter === 'number' && Number.isFinite(bodyRetryAfter) && bodyRetryAfter >= 0 ? Math.ceil(bodyRetryAfter) : undefined);
  if (retryAfter !== undefined) init.retryAfterSeconds = retryAfter;
  const title = clip(problem.title);
  const detail = clip(problem.detail);
  return new UnsubscribeError(code, `${operation}: HTTP ${status}${title && ` ${title}`}${detail && ` (${detail})`}`, init);
}
