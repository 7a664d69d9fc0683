/**
 * The knobs of the mock adapter and what it offers, as types only (so importing them costs the
 * entry nothing). The knobs are checked when the adapter is created (`mock-options-check.ts`, in
 * the entry) and given their defaults in the engine chunk (`mock-options-resolve.ts`), which is
 * where the default content is.
 */
import type {
  Account,
  Agreement,
  ReceiptDelivery,
  RetentionOffer,
  AdapterMethod,
  FeedbackInput,
  Reason,
  Receipt,
  Subscription,
  SubscriptionChoice,
  Support,
  Terms,
  UnsubscribeAdapter,
  UnsubscribeErrorCode,
  VerificationMethod,
} from '../../contract/index.js';
import type { WorkingDayCalendar } from '../../refund/index.js';
import type { MockSecurityQuestion } from './mock-data.js';
import type { MockOfferKind } from './mock-offers.js';

export type { MockSecurityQuestion } from './mock-data.js';
export type { MockOfferKind } from './mock-offers.js';

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
  /** Retention offers with figures, as given (see also `MockAdapterOptions.offers`, which places them on the clock). */
  offers?: RetentionOffer[];
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
  /**
   * The code the first SMS carries: 4 to 8 digits; the challenge's `codeLength` is its length.
   * Every later SMS carries a new code: each digit one more (mod 10) than in the one before
   * (`123456`, `234567`, `345678`…), so a test still knows it. Default `'123456'`.
   */
  smsCode?: string;
  /** Seconds before another SMS may be requested. Default 60. */
  resendAfterSeconds?: number;
  /** Seconds an SMS code stays valid. Default 300. */
  codeExpiresInSeconds?: number;
  /** The security questions and their answers (compared trimmed, case-insensitively). Default: two questions in Chinese. */
  securityQuestions?: MockSecurityQuestion[];
  /**
   * Wrong codes or answers allowed per account within `attemptWindowSeconds`, across challenges and
   * methods (a new challenge does not give them back); the last one locks verification. Default 5.
   */
  maxAttempts?: number;
  /** The window `maxAttempts` is counted in; a lock-out starts the count again. Default 3600. */
  attemptWindowSeconds?: number;
  /** How long verification stays locked after `maxAttempts` wrong attempts. Default 900. */
  lockoutSeconds?: number;
  /** Wrong codes or answers allowed in any 24 hours; the last one locks until the oldest of them is a day old. Default 20. */
  maxWrongPerDay?: number;
  /** SMS sends allowed in any 24 hours. Default 10. */
  maxSmsPerDay?: number;
  /** Security-question challenges, and face challenges, allowed per hour (each method counted apart). Default 10. */
  maxChallengesPerHour?: number;
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
  /**
   * Default retention offers to put in the context (`acceptOffer` answers them): `'pause'` (1, 3
   * or 6 months, a ¥5 monthly storage fee, for the reasons too-expensive and rarely-used) and
   * `'downgrade'` (a ¥29-a-month plan, for too-expensive and performance). Default none: the context has
   * no `offers`. `context.offers` wins when given.
   */
  offers?: MockOfferKind[];
  /**
   * More cloud PCs on the account besides the one in `context.subscription`: the context then lists
   * them all (`subscriptions`) and the first screen asks which one to unsubscribe. Each is merged
   * over the default subscription and needs its own `id`; `dataRetentionDays` is its terms' (the
   * default terms' when left out). Default none: one cloud PC, as before.
   */
  otherSubscriptions?: MockSubscription[];
}

/** A cloud PC of `otherSubscriptions`: its id, and what differs from the default subscription. */
export type MockSubscription = Partial<SubscriptionChoice> & { id: string };

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
  /** What `acceptOffer` agreed to, oldest first. */
  agreements(): Agreement[];
  /** The receipts `sendReceipt` sent (by SMS or e-mail, and to where), oldest first. */
  receiptDeliveries(): ReceiptDelivery[];
}

/** The mock adapter: the full adapter contract (including the optional `sendFeedback`, `withdraw` and `sendReceipt`) plus its controls. */
export type MockAdapter = UnsubscribeAdapter &
  Required<Pick<UnsubscribeAdapter, 'sendFeedback' | 'acceptOffer' | 'withdraw' | 'sendReceipt'>> &
  MockControls;

/** Every knob with its default filled in: what the engine's desks read. */
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
  attemptWindowSeconds: number;
  lockoutSeconds: number;
  maxWrongPerDay: number;
  maxSmsPerDay: number;
  maxChallengesPerHour: number;
  faceHandoffBaseUrl: string;
  facePollAfterSeconds: number;
  faceApproveAfterChecks: number;
  failures: Partial<Record<AdapterMethod, MockFailure>>;
  pendingRequestId: string | undefined;
  statusTimeline: Required<MockStatusTimeline>;
  calendar: WorkingDayCalendar;
  arrivalWorkingDays: { min: number; max: number };
  offers: MockOfferKind[];
  otherSubscriptions: MockSubscription[];
}
