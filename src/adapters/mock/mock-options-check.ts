/**
 * The check of the mock adapter's knobs, run by the facade (`index.ts`) when the adapter is
 * created, so a bad knob throws there and not halfway through a story or a test.
 *
 * This file is in the package's entry chunk, so it knows no default content: a knob the caller
 * leaves out (or sets to `null`) takes its default later, in the engine chunk
 * (`mock-options-resolve.ts`), and every default is valid. It must not import `mock-data.ts`.
 */
import type { AdapterMethod } from '../../contract/index.js';
import type { MockAdapterOptions, MockFailure, MockStatusTimeline } from './mock-options.js';

/**
 * The options as checked: a copy, so what the caller changes in its objects afterwards is not
 * what the engine, loaded later, gets. The clock is filled in because the facade reads it at once,
 * the status timing because checking the one against the other needs both.
 */
export interface CheckedMockOptions extends MockAdapterOptions {
  now: () => Date;
  statusTimeline: MockStatusTimeline & { processingAfterMs: number; doneAfterMs: number };
}

/** Knobs that are whole numbers of at least `min` (or `Infinity` when allowed), checked in this order. */
const INTEGER_OPTIONS: ReadonlyArray<[option: keyof MockAdapterOptions, min: number, allowInfinity?: boolean]> = [
  ['resendAfterSeconds', 0],
  ['codeExpiresInSeconds', 1],
  ['maxAttempts', 1],
  ['attemptWindowSeconds', 1],
  ['lockoutSeconds', 1],
  ['maxWrongPerDay', 1],
  ['maxSmsPerDay', 1],
  ['maxChallengesPerHour', 1],
  ['facePollAfterSeconds', 1],
  ['faceApproveAfterChecks', 0, true],
];

function fail(option: string, expected: string, value: unknown): never {
  throw new RangeError(`createMockAdapter: option ${option} must be ${expected} (got ${String(value)})`);
}

function integer(option: string, value: unknown, min: number, allowInfinity = false): void {
  if (allowInfinity && value === Infinity) return;
  if (!Number.isInteger(value) || (value as number) < min) {
    fail(option, `an integer of at least ${min}${allowInfinity ? ' or Infinity' : ''}`, value);
  }
}

function nonNegative(option: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) fail(option, 'a finite number of at least 0', value);
  return value;
}

/** Checks the caller's security questions (the default ones need no check) and copies them. */
function checkSecurityQuestions(questions: MockAdapterOptions['securityQuestions']): MockAdapterOptions['securityQuestions'] {
  if (questions == null) return undefined;
  if (questions.length === 0) fail('securityQuestions', 'a non-empty list', '[]');
  const ids = new Set<string>();
  for (const q of questions) {
    if (q.id === '' || q.prompt === '' || ids.has(q.id)) fail('securityQuestions', 'questions with unique ids and non-empty prompts', q.id);
    ids.add(q.id);
  }
  return questions.map((q) => ({ ...q }));
}

/** Checks the failure injections and copies them, leaving out the methods given no failure. */
function checkFailures(given: MockAdapterOptions['failures']): Partial<Record<AdapterMethod, MockFailure>> {
  const failures: Partial<Record<AdapterMethod, MockFailure>> = {};
  for (const [method, failure] of Object.entries(given ?? {}) as [AdapterMethod, MockFailure | undefined][]) {
    if (!failure) continue;
    if (failure.times !== undefined) integer(`failures.${method}.times`, failure.times, 0, true);
    if (failure.retryAfterSeconds !== undefined) integer(`failures.${method}.retryAfterSeconds`, failure.retryAfterSeconds, 0);
    failures[method] = { ...failure };
  }
  return failures;
}

/**
 * Checks every knob the caller gave, in a fixed order (the first bad one is named).
 * @throws RangeError naming the option.
 */
export function checkMockOptions(options: MockAdapterOptions = {}): CheckedMockOptions {
  if (options.smsCode != null && !/^\d{4,8}$/.test(options.smsCode)) fail('smsCode', '4 to 8 digits', options.smsCode);
  const securityQuestions = checkSecurityQuestions(options.securityQuestions);
  const failures = checkFailures(options.failures);

  // The timing defaults live here, not with the others: a given one is checked against the other.
  const timeline = options.statusTimeline ?? {};
  const processingAfterMs = nonNegative('statusTimeline.processingAfterMs', timeline.processingAfterMs ?? 3000);
  const doneAfterMs = nonNegative('statusTimeline.doneAfterMs', timeline.doneAfterMs ?? 8000);
  if (doneAfterMs < processingAfterMs) fail('statusTimeline.doneAfterMs', `at least processingAfterMs (${processingAfterMs})`, doneAfterMs);

  const arrival = options.arrivalWorkingDays;
  if (arrival != null) {
    integer('arrivalWorkingDays.min', arrival.min, 0);
    integer('arrivalWorkingDays.max', arrival.max, arrival.min);
  }

  // SMS is offered by default, and the default account has a phone: only an override that
  // explicitly sets a falsy one can leave an SMS with nowhere to go.
  const smsOffered = options.verificationMethods?.includes('sms') ?? true;
  const account = options.context?.account ?? {};
  if (smsOffered && 'maskedPhone' in account && !account.maskedPhone) {
    fail('context.account.maskedPhone', 'a masked phone number when SMS verification is offered', String(account.maskedPhone));
  }

  for (const kind of options.offers ?? []) {
    if (kind !== 'pause' && kind !== 'downgrade') fail('offers', "'pause' or 'downgrade'", String(kind));
  }

  // (The default subscription's own id is checked by the engine, which knows it.)
  const seen = new Set(options.context?.subscription?.id === undefined ? [] : [options.context.subscription.id]);
  for (const [index, other] of (options.otherSubscriptions ?? []).entries()) {
    const id: unknown = other?.id;
    if (typeof id !== 'string' || id === '' || seen.has(id))
      fail(`otherSubscriptions[${index}].id`, 'an id of its own, not empty and not used by another subscription', String(id));
    seen.add(id);
  }

  if (options.latencyMs != null) nonNegative('latencyMs', options.latencyMs);
  for (const [option, min, allowInfinity] of INTEGER_OPTIONS) {
    if (options[option] != null) integer(option, options[option], min, allowInfinity);
  }

  return {
    ...options,
    now: options.now ?? (() => new Date()),
    verificationMethods: options.verificationMethods == null ? undefined : [...options.verificationMethods],
    securityQuestions,
    failures,
    statusTimeline: { ...timeline, processingAfterMs, doneAfterMs },
    arrivalWorkingDays: arrival == null ? undefined : { min: arrival.min, max: arrival.max },
    offers: options.offers == null ? undefined : [...options.offers],
    otherSubscriptions: options.otherSubscriptions == null ? undefined : options.otherSubscriptions.map((other) => ({ ...other })),
  };
}
