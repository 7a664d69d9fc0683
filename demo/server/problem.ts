/**
 * Errors as the REST contract answers them: `application/problem+json` (RFC 9457) with a `code`
 * member the widget's HTTP adapter turns back into an `UnsubscribeError` (DESIGN section 4).
 */
import { isUnsubscribeError, type UnsubscribeErrorCode } from '../../src/contract/index.js';
import { jsonReply, type Reply } from './reply.js';

export const PROBLEM_TYPE_BASE = 'https://cloudpc-unsubscribe.dev/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** The HTTP status of each error code; the ones a server cannot meaningfully send (network, timeout…) are plain 500s. */
const STATUS_BY_CODE: Partial<Record<UnsubscribeErrorCode, number>> = {
  unauthenticated: 401,
  'not-found': 404,
  conflict: 409,
  'invalid-input': 422,
  'rate-limited': 429,
};

const TITLE_BY_CODE: Record<UnsubscribeErrorCode, string> = {
  unauthenticated: 'Not signed in',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'invalid-input': 'Invalid input',
  'rate-limited': 'Too many requests',
  network: 'Network error',
  timeout: 'Timed out',
  server: 'Server error',
  'invalid-response': 'Invalid response',
};

export function statusForCode(code: UnsubscribeErrorCode): number {
  return STATUS_BY_CODE[code] ?? 500;
}

/** The code a bare HTTP status stands for (used by injected faults, which name a status). */
export function codeForStatus(status: number): UnsubscribeErrorCode {
  if (status === 401 || status === 403) return 'unauthenticated';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 400 && status < 500) return 'invalid-input';
  return 'server';
}

export interface HttpProblemInit {
  title?: string;
  retryAfterSeconds?: number;
  headers?: Record<string, string>;
}

/** A problem to answer with; thrown anywhere below the dispatcher and turned into a reply there. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly code: UnsubscribeErrorCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, code: UnsubscribeErrorCode, detail?: string, init: HttpProblemInit = {}) {
    super(detail ?? code);
    this.name = 'HttpProblem';
    this.status = status;
    this.code = code;
    this.title = init.title ?? TITLE_BY_CODE[code];
    this.detail = detail;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.headers = init.headers ?? {};
  }
}

/**
 * The problem an adapter's `UnsubscribeError` becomes, or `undefined` for anything else (a bug:
 * the caller logs it and answers a bare 500).
 */
export function problemFromError(thrown: unknown): HttpProblem | undefined {
  if (thrown instanceof HttpProblem) return thrown;
  if (!isUnsubscribeError(thrown)) return undefined;
  const status = statusForCode(thrown.code);
  // A 429 always says when to come back; the mock gives the seconds, one second is the floor.
  const retryAfterSeconds = status === 429 ? Math.max(1, thrown.retryAfterSeconds ?? 1) : thrown.retryAfterSeconds;
  return new HttpProblem(status, thrown.code, thrown.message, retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
}

export function problemReply(problem: HttpProblem): Reply {
  const body: Record<string, unknown> = {
    type: PROBLEM_TYPE_BASE + problem.code,
    title: problem.title,
    status: problem.status,
    code: problem.code,
  };
  if (problem.detail !== undefined) body.detail = problem.detail;
  const headers: Record<string, string> = { ...problem.headers, 'Content-Type': PROBLEM_CONTENT_TYPE };
  if (problem.retryAfterSeconds !== undefined) {
    body.retryAfterSeconds = problem.retryAfterSeconds;
    headers['Retry-After'] = String(problem.retryAfterSeconds);
  }
  return jsonReply(problem.status, body, headers);
}

export function isProblemReply(reply: Reply): boolean {
  return reply.headers['Content-Type']?.startsWith('application/problem+json') === true;
}
