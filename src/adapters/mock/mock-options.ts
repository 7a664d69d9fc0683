/**
 * The knobs of the mock adapter, their defaults, and the one place they are checked.
 * A bad knob throws when the adapter is created, not halfway through a story or a test.
 */
import type {
  Account,
  AdapterMethod,
  FeedbackInput,
  Reason,
  Receipt,
  Subscription,
  Support,
  Terms,
  UnsubscribeAdapter,
  UnsubscribeErrorCode,
  VerificationMethod,
} from '../../contract/index.js';
import { CN_CALENDAR, type WorkingDayCalendar } from '../../refund/index.js';
import { DEFAULT_ACCOUNT, DEFAULT_SECURITY_QUESTIONS, type MockSecurityQuestion } from './mock-data.js';

export type { MockSecurityQuestion } from './mock-data.js';

/**
 * Overrides of the default context, part by part. Each given part is merged one level deep over
 * the default part (`terms: { effectiveOptions: ['immediately'] }` keeps the other terms); a key
 * set to `undefined` removes an optional field (`terms: { penalty: undefined }`).
 * `reasons` is absent by default (the widget has its own list) and replaces nothing when given.
 */
export interface MockContextOverrides {
  account?: Partial<Account>;
  subscription?: Partial<Subscription>;
  terms?: Partial<Terms>;
  support?: Partial<Support>;
  reasons?: Reason[];
  /** Same as `pendingRequestId`: the back end already holds a request for this subscription. */
  pendingRequest?: { requestId: string };
}

/** Makes the first `times` calls of one adapter method reject, then lets them through. */
export interface MockFailure {
  /** The `UnsubscribeError` code the call rejects with. */
  code: UnsubscribeErrorCode;
  /** How many calls fail, counted per method. Default 1; `Infinity` fails every call. */
  times?: number;
  /** Put on the error, as a `Retry-After` would be (useful with `rate-limited`). */
  retryAfterSeconds?: number;
}

/**
 * How a submitted request moves on, measured from its `submittedAt` on the mock's clock:
 * `received`, then `processing` from `processingAfterMs`, then `outcome` from `doneAfterMs`.
 */
export interface MockStatusTimeline {
  /** Default 3000. */
  processingAfterMs?: number;
  /** Default 8000; not before `processingAfterMs`. */
  doneAfterMs?: number;
  /** Default `'completed'`. */
  outcome?: 'completed' | 'rejected';
  /** Shown with a `rejected` outcome; a default operator-style sentence otherwise. */
  rejectionReason?: string;
}

export interface MockAdapterOptions {
  /** The clock every time-based behaviour reads (code expiry, lock-out, status). Default `() => new Date()`. */
  now?: () => Date;
  /** Delay of every call in milliseconds, through `setTimeout`. Default 0 (answers on the next microtask, no timer). */
  latencyMs?: number;
  /** Overrides of the default context (a 移动云电脑 software-edition yearly plan). */
  context?: MockContextOverrides;
  /** The methods offered, in order. Default `['sms', 'face', 'security-questions']`; `[]` means no verification and no proof needed. */
  verificationMethods?: VerificationMethod[];
  /** The code every SMS carries: 4 to 8 digits; the challenge's `codeLength` is its length. Default `'123456'`. */
  smsCode?: string;
  /** Seconds before another SMS may be requested. Default 60. */
  resendAfterSeconds?: number;
  /** Seconds an SMS code stays valid. Default 300. */
  codeExpiresInSeconds?: number;
  /** The security questions and their answers (compared trimmed, case-insensitively). Default: two questions in Chinese. */
  securityQuestions?: MockSecurityQuestion[];
  /** Wrong codes or answers allowed per challenge; the last one locks verification. Default 5. */
  maxAttempts?: number;
  /** How long verification stays locked after `maxAttempts` wrong attempts. Default 900. */
  lockoutSeconds?: number;
  /** The face hand-off link is this plus the challenge id. Default `'https://example.com/face/'`. */
  faceHandoffBaseUrl?: string;
  /** The face challenge's `pollAfterSeconds`. Default 2. */
  facePollAfterSeconds?: number;
  /**
   * Face recognition is approved once this many checks (`verify` calls) have answered `pending`.
   * Default 2 (the third check succeeds); 0 approves at the first check; `Infinity` waits for `approveFace()`.
   */
  faceApproveAfterChecks?: number;
  /** Failure injection per method. */
  failures?: Partial<Record<AdapterMethod, MockFailure>>;
  /** A request already under way for this subscription: reported by `loadContext`, `processing` in `getStatus`. */
  pendingRequestId?: string;
  /** How a submitted request's status moves on over the clock. */
  statusTimeline?: MockStatusTimeline;
  /** The working-day calendar for refund arrival dates. Default `CN_CALENDAR`. */
  calendar?: WorkingDayCalendar;
  /** The quote's refund arrival window in working days. Default `{ min: 7, max: 15 }`. */
  arrivalWorkingDays?: { min: number; max: number };
}

/** One call the adapter received, in order. `input` is a copy taken when the call was made. */
export interface MockCall {
  readonly method: AdapterMethod;
  readonly input: unknown;
}

/** What a test, a story or the demo can ask the mock back end or make it do. */
export interface MockControls {
  /** Every call, in the order made, including calls that failed or were aborted. */
  readonly calls: ReadonlyArray<MockCall>;
  /** The receipts of the requests created by `submit`, oldest first. */
  requests(): Receipt[];
  /** The feedback received, oldest first. */
  feedback(): FeedbackInput[];
  /** Approves a face challenge as if the subscriber had passed on their phone. Throws for an id that is not a face challenge. */
  approveFace(challengeId: string): void;
  /** The code in the last SMS the fake phone received, or `undefined` before any was sent. */
  lastSmsCode(): string | undefined;
}

/** The mock adapter: the full adapter contract (including `sendFeedback`) plus its controls. */
export type MockAdapter = UnsubscribeAdapter & Required<Pick<UnsubscribeAdapter, 'sendFeedback'>> & MockControls;

export const DEFAULT_REJECTION_REASON = '该账户存在未结清的费用，暂时无法退订。请结清欠费后重新提交，或拨打 10086 咨询。';

export interface ResolvedMockOptions {
  now: () => Date;
  latencyMs: number;
  context: MockContextOverrides;
  verificationMethods: VerificationMethod[];
  smsCode: string;
  resendAfterSeconds: number;
  codeExpiresInSeconds: number;
  securityQuestions: MockSecurityQuestion[];
  maxAttempts: number;
  lockoutSeconds: number;
  faceHandoffBaseUrl: string;
  facePollAfterSeconds: number;
  faceApproveAfterChecks: number;
  failures: Partial<Record<AdapterMethod, MockFailure>>;
  pendingRequestId: string | undefined;
  statusTimeline: Required<MockStatusTimeline>;
  calendar: WorkingDayCalendar;
  arrivalWorkingDays: { min: number; max: number };
}

function fail(option: string, expected: string, value: unknown): never {
  throw new RangeError(`createMockAdapter: option ${option} must be ${expected} (got ${String(value)})`);
}

function integer(option: string, value: number, min: number, allowInfinity = false): number {
  if (allowInfinity && value === Infinity) return value;
  if (!Number.isInteger(value) || value < min) fail(option, `an integer of at least ${min}${allowInfinity ? ' or Infinity' : ''}`, value);
  return value;
}

function nonNegative(option: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) fail(option, 'a finite number of at least 0', value);
  return value;
}

/** Fills in the defaults and checks every knob. */
export function resolveMockOptions(options: MockAdapterOptions = {}): ResolvedMockOptions {
  const smsCode = options.smsCode ?? '123456';
  if (!/^\d{4,8}$/.test(smsCode)) fail('smsCode', '4 to 8 digits', smsCode);

  const securityQuestions = (options.securityQuestions ?? DEFAULT_SECURITY_QUESTIONS).map((q) => ({ ...q }));
  if (securityQuestions.length === 0) fail('securityQuestions', 'a non-empty list', '[]');
  const ids = new Set<string>();
  for (const q of securityQuestions) {
    if (q.id === '' || q.prompt === '' || ids.has(q.id)) fail('securityQuestions', 'questions with unique ids and non-empty prompts', q.id);
    ids.add(q.id);
  }

  const failures: Partial<Record<AdapterMethod, MockFailure>> = {};
  for (const [method, failure] of Object.entries(options.failures ?? {}) as [AdapterMethod, MockFailure | undefined][]) {
    if (!failure) continue;
    if (failure.times !== undefined) integer(`failures.${method}.times`, failure.times, 0, true);
    if (failure.retryAfterSeconds !== undefined) integer(`failures.${method}.retryAfterSeconds`, failure.retryAfterSeconds, 0);
    failures[method] = { ...failure };
  }

  const timeline = options.statusTimeline ?? {};
  const processingAfterMs = nonNegative('statusTimeline.processingAfterMs', timeline.processingAfterMs ?? 3000);
  const doneAfterMs = nonNegative('statusTimeline.doneAfterMs', timeline.doneAfterMs ?? 8000);
  if (doneAfterMs < processingAfterMs) fail('statusTimeline.doneAfterMs', `at least processingAfterMs (${processingAfterMs})`, doneAfterMs);

  const arrival = options.arrivalWorkingDays ?? { min: 7, max: 15 };
  integer('arrivalWorkingDays.min', arrival.min, 0);
  integer('arrivalWorkingDays.max', arrival.max, arrival.min);

  const verificationMethods = [...(options.verificationMethods ?? (['sms', 'face', 'security-questions'] as const))];
  const accountOverride = options.context?.account ?? {};
  const maskedPhone = 'maskedPhone' in accountOverride ? accountOverride.maskedPhone : DEFAULT_ACCOUNT.maskedPhone;
  if (verificationMethods.includes('sms') && !maskedPhone)
    fail('context.account.maskedPhone', 'a masked phone number when SMS verification is offered', String(maskedPhone));

  return {
    now: options.now ?? (() => new Date()),
    latencyMs: nonNegative('latencyMs', options.latencyMs ?? 0),
    context: options.context ?? {},
    verificationMethods,
    smsCode,
    resendAfterSeconds: integer('resendAfterSeconds', options.resendAfterSeconds ?? 60, 0),
    codeExpiresInSeconds: integer('codeExpiresInSeconds', options.codeExpiresInSeconds ?? 300, 1),
    securityQuestions,
    maxAttempts: integer('maxAttempts', options.maxAttempts ?? 5, 1),
    lockoutSeconds: integer('lockoutSeconds', options.lockoutSeconds ?? 900, 1),
    faceHandoffBaseUrl: options.faceHandoffBaseUrl ?? 'https://example.com/face/',
    facePollAfterSeconds: integer('facePollAfterSeconds', options.facePollAfterSeconds ?? 2, 1),
    faceApproveAfterChecks: integer('faceApproveAfterChecks', options.faceApproveAfterChecks ?? 2, 0, true),
    failures,
    pendingRequestId: options.pendingRequestId ?? options.context?.pendingRequest?.requestId,
    statusTimeline: {
      processingAfterMs,
      doneAfterMs,
      outcome: timeline.outcome ?? 'completed',
      rejectionReason: timeline.rejectionReason ?? DEFAULT_REJECTION_REASON,
    },
    calendar: options.calendar ?? CN_CALENDAR,
    arrivalWorkingDays: { min: arrival.min, max: arrival.max },
  };
}
