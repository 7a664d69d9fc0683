/**
 * The checks every step makes on an answer: a 2xx JSON body that passes its schema, or a problem
 * response with the expected code. Each returns a sentence for the report.
 */
import type * as z from 'zod/mini';
import { formatIssuePath } from '../contract/validated-adapter.js';
import { expectedCodeForStatus, problemSchema } from '../openapi/problem-schema.js';
import type { CallOutcome, Exchange } from './http-client.js';

/** The value at `path`, short enough for one line of the report. */
function shown(value: unknown, path: readonly PropertyKey[]): string {
  let at = value;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  const text = at === undefined ? 'nothing' : JSON.stringify(at);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * `at subscription.price.amount: Invalid input (got 587.99)`, or undefined when the value passes.
 * zod/mini's own messages are terse; the value that was sent is what an operator searches for.
 */
export function schemaProblem(schema: z.ZodMiniType, value: unknown): string | undefined {
  if (value === undefined) return 'the body is empty or not JSON';
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  return `at ${formatIssuePath(path)}: ${issue?.message ?? 'invalid value'} (got ${shown(value, path)})`;
}

/** How an unexpected answer reads: `answered 500 (server: Internal error)`. */
export function describeAnswer(exchange: Exchange): string {
  const body = exchange.json as { code?: unknown; title?: unknown } | undefined;
  const code = typeof body?.code === 'string' ? body.code : undefined;
  const title = typeof body?.title === 'string' ? body.title : undefined;
  const detail = [code, title].filter((part) => part !== undefined).join(': ');
  return `answered ${exchange.status}${detail === '' ? '' : ` (${detail})`}`;
}

export type Parsed<T> = { ok: true; value: T; exchange: Exchange } | { ok: false; message: string; exchange?: Exchange };

/** A 2xx answer with a JSON body that passes `schema`. */
export function parseSuccess<S extends z.ZodMiniType>(outcome: CallOutcome, schema: S, what: string): Parsed<z.output<S>> {
  if (outcome.error !== undefined) return { ok: false, message: outcome.error };
  const { exchange } = outcome;
  const fail = (problem: string): Parsed<z.output<S>> => ({ ok: false, message: `${exchange.label}: ${problem}`, exchange });
  if (exchange.status < 200 || exchange.status > 299) return fail(describeAnswer(exchange));
  if (!exchange.mediaType.endsWith('json')) return fail(`content type is "${exchange.mediaType}", expected application/json`);
  const result = schema.safeParse(exchange.json);
  if (!result.success) return fail(`${what} is invalid ${schemaProblem(schema, exchange.json) ?? ''}`);
  return { ok: true, value: result.data, exchange };
}

const judged = new WeakSet<Exchange>();

/** Whether a step already reported on this error answer, so the sweep over all errors does not repeat it. */
export const wasJudged = (exchange: Exchange): boolean => judged.has(exchange);

/**
 * What is wrong with an error answer as a problem: media type `application/problem+json`, a body
 * that passes the Problem schema, and a `status` and `code` that match the HTTP status.
 * (`Retry-After` on a 429 is a finding of its own.)
 */
function problemIssues(exchange: Exchange): string[] {
  judged.add(exchange);
  const issues: string[] = [];
  if (exchange.mediaType !== 'application/problem+json') {
    issues.push(`content type is "${exchange.mediaType}", expected application/problem+json`);
  }
  const invalid = schemaProblem(problemSchema, exchange.json);
  if (invalid !== undefined) {
    issues.push(`not a problem body: ${invalid}`);
    return issues;
  }
  const problem = exchange.json as z.output<typeof problemSchema>;
  const expected = expectedCodeForStatus(exchange.status);
  if (problem.status !== exchange.status) issues.push(`its status member is ${problem.status}, the HTTP status ${exchange.status}`);
  if (expected !== undefined && problem.code !== expected)
    issues.push(`code "${problem.code}" for HTTP ${exchange.status}, expected "${expected}"`);
  return issues;
}

/** `GET /x → 500: content type is "text/html", …`, or undefined for a proper problem answer. */
export function problemResponseIssue(exchange: Exchange): string | undefined {
  const issues = problemIssues(exchange);
  return issues.length > 0 ? `${exchange.label} → ${exchange.status}: ${issues.join('; ')}` : undefined;
}

/** A 429 must say when to come back, in whole seconds (the form the widget reads). */
export function retryAfterIssue(exchange: Exchange): string | undefined {
  const value = exchange.headers.get('retry-after');
  if (value === null) return 'no Retry-After header';
  if (!/^\d+$/.test(value.trim())) return `Retry-After is "${value}", expected whole seconds`;
  return undefined;
}

/** An error answer with the given status and problem code; one sentence for everything wrong with it. */
export function expectProblem(outcome: CallOutcome, status: number, code: string): string | undefined {
  if (outcome.error !== undefined) return outcome.error;
  const { exchange } = outcome;
  const issues = exchange.status >= 400 ? problemIssues(exchange) : [];
  if (exchange.status !== status) issues.unshift(`expected ${status} ${code}`);
  else if (issues.length === 0 && (exchange.json as { code: string }).code !== code) {
    issues.push(`code "${(exchange.json as { code: string }).code}", expected "${code}"`);
  }
  return issues.length > 0 ? `${exchange.label} ${describeAnswer(exchange)}: ${issues.join('; ')}` : undefined;
}
