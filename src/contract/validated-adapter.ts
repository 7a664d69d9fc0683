import type * as z from 'zod/mini';
import {
  ADAPTER_METHODS,
  ANSWERING_OPTIONAL_METHODS,
  OPTIONAL_ADAPTER_METHODS,
  type AdapterMethod,
  type CallOptions,
  type UnsubscribeAdapter,
} from './adapter.js';
import { UnsubscribeError, toUnsubscribeError } from './errors.js';
import { capLists, type CappedList } from './list-caps.js';
import {
  agreementSchema,
  challengeSchema,
  contextSchema,
  quoteSchema,
  receiptDeliverySchema,
  receiptSchema,
  statusSchema,
  verifyResultSchema,
  withdrawResultSchema,
} from './schemas.js';

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

/** What each method's answer must be; `sendFeedback` resolves nothing. */
const RESPONSE_SCHEMAS: Readonly<Record<AdapterMethod, z.ZodMiniType | undefined>> = {
  loadContext: contextSchema,
  startVerification: challengeSchema,
  verify: verifyResultSchema,
  quoteRefund: quoteSchema,
  submit: receiptSchema,
  getStatus: statusSchema,
  sendFeedback: undefined,
  acceptOffer: agreementSchema,
  withdraw: withdrawResultSchema,
  sendReceipt: receiptDeliverySchema,
};

type AnyMethod = (input: unknown, options?: CallOptions) => Promise<unknown>;

/**
 * The adapter's method, read when it is called rather than when the adapter was given: an
 * operator's object may be a Proxy, have getters that throw, or gain a method after the page set
 * it. Null for an optional method it does not have.
 */
function methodOf(adapter: UnsubscribeAdapter, method: AdapterMethod): AnyMethod | null {
  const value: unknown = Reflect.get(adapter, method);
  if (typeof value === 'function') return (input, options) => Reflect.apply(value, adapter, [input, options]) as Promise<unknown>;
  if (value == null && OPTIONAL_ADAPTER_METHODS.has(method) && !ANSWERING_OPTIONAL_METHODS.has(method)) return null;
  throw new UnsubscribeError('server', `the adapter has no ${method} method`, { retryable: false });
}

/** What the widget is told about the answers it takes in. */
export interface ValidationOptions {
  /** A list in an answer was longer than its cap (`LIST_CAPS`) and was cut to it. */
  onCapped?(capped: CappedList): void;
}

async function call(
  adapter: UnsubscribeAdapter,
  method: AdapterMethod,
  input: unknown,
  options: CallOptions | undefined,
  validation: ValidationOptions,
): Promise<unknown> {
  let raw: unknown;
  try {
    const run = methodOf(adapter, method);
    if (run === null) return undefined;
    raw = await run(input, options);
  } catch (thrown) {
    throw toUnsubscribeError(thrown, method);
  }
  const schema = RESPONSE_SCHEMAS[method];
  if (!schema) return undefined;
  // Cut before parsing: a list of a million items is neither parsed nor drawn, and a bad item past
  // the cap does not spoil the answer.
  const { value, capped } = readSafely(() => capLists(method, raw), method);
  for (const notice of capped) validation.onCapped?.(notice);
  return parseResponse(schema, value, method);
}

const VALIDATED = new WeakSet<UnsubscribeAdapter>();

/**
 * Wraps any adapter so that every resolved value has been parsed by its schema, its lists cut to
 * their caps (`LIST_CAPS`), and every rejection is an `UnsubscribeError`. The widget only ever
 * talks to a wrapped adapter, so an operator's adapter that returns `{ amount: 12.5 }`, 10,000
 * reasons, throws a string, or has a getter that throws cannot crash it. An optional method the
 * adapter lacks resolves nothing. Wrapping twice is harmless.
 */
export function withValidation(adapter: UnsubscribeAdapter, validation: ValidationOptions = {}): Required<UnsubscribeAdapter> {
  if (VALIDATED.has(adapter)) return adapter as Required<UnsubscribeAdapter>;
  const wrapped = Object.fromEntries(
    ADAPTER_METHODS.map((method) => [method, (input: unknown, options?: CallOptions) => call(adapter, method, input, options, validation)]),
  ) as unknown as Required<UnsubscribeAdapter>;
  VALIDATED.add(wrapped);
  return wrapped;
}
