import type * as z from 'zod/mini';
import type { AdapterMethod, CallOptions, UnsubscribeAdapter } from './adapter.js';
import { UnsubscribeError, toUnsubscribeError } from './errors.js';
import { challengeSchema, contextSchema, quoteSchema, receiptSchema, statusSchema, verifyResultSchema } from './schemas.js';

/** `refund.amount`, `questions[0].prompt`: the path a developer searches their payload for. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Parses `value` with `schema`, or throws an `invalid-response` error naming the first bad field.
 * Exported for the reference back end and the conformance check, which apply the same rule.
 */
export function parseResponse<S extends z.ZodMiniType>(schema: S, value: unknown, operation: string): z.output<S> {
  const result = readSafely(() => schema.safeParse(value), operation);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = formatIssuePath(issue?.path ?? []);
  const detail = issue?.message ?? 'invalid value';
  throw new UnsubscribeError('invalid-response', `${operation} returned an invalid value at ${path}: ${detail}`, {
    path,
    cause: result.error,
  });
}

/**
 * safeParse reports bad data but lets what the value itself throws escape: a getter or a Proxy
 * trap in an adapter's answer. That is a broken answer too, not a crash of the widget.
 */
function readSafely<T>(parse: () => T, operation: string): T {
  try {
    return parse();
  } catch (thrown) {
    throw new UnsubscribeError('invalid-response', `${operation} returned a value that could not be read`, {
      path: '(root)',
      cause: thrown,
    });
  }
}

async function call<T>(operation: AdapterMethod, run: () => Promise<unknown>, schema: z.ZodMiniType<T> | undefined): Promise<T> {
  let raw: unknown;
  try {
    raw = await run();
  } catch (thrown) {
    throw toUnsubscribeError(thrown, operation);
  }
  return schema ? parseResponse(schema, raw, operation) : (undefined as T);
}

const VALIDATED = new WeakSet<UnsubscribeAdapter>();

/**
 * Wraps any adapter so that every resolved value has been parsed by its schema and every
 * rejection is an `UnsubscribeError`. The widget only ever talks to a wrapped adapter, so an
 * operator's adapter that returns `{ amount: 12.5 }` or throws a string cannot crash it.
 * Wrapping twice is harmless.
 */
export function withValidation(adapter: UnsubscribeAdapter): UnsubscribeAdapter {
  if (VALIDATED.has(adapter)) return adapter;
  const wrapped: UnsubscribeAdapter = {
    loadContext: (input, options?: CallOptions) => call('loadContext', () => adapter.loadContext(input, options), contextSchema),
    startVerification: (input, options) => call('startVerification', () => adapter.startVerification(input, options), challengeSchema),
    verify: (input, options) => call('verify', () => adapter.verify(input, options), verifyResultSchema),
    quoteRefund: (input, options) => call('quoteRefund', () => adapter.quoteRefund(input, options), quoteSchema),
    submit: (input, options) => call('submit', () => adapter.submit(input, options), receiptSchema),
    getStatus: (input, options) => call('getStatus', () => adapter.getStatus(input, options), statusSchema),
  };
  const sendFeedback = adapter.sendFeedback?.bind(adapter);
  if (sendFeedback) {
    wrapped.sendFeedback = (input, options) => call<undefined>('sendFeedback', () => sendFeedback(input, options), undefined);
  }
  VALIDATED.add(wrapped);
  return wrapped;
}
