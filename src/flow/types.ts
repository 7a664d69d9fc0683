/**
 * The flow's state and events. Everything here is plain data: the machine is a pure function
 * from (state, event) to state, and the element only renders a state and sends events.
 */
import type {
  Agreement,
  Challenge,
  Effective,
  Receipt,
  RefundQuote,
  RequestStatus,
  UnsubscribeContext,
  VerificationMethod,
  VerifyFailureReason,
  VerifyResult,
  WithdrawResult,
} from '../contract/types.js';
import type { UnsubscribeErrorCode } from '../contract/errors.js';

/** Public step ids (README, "Events"), used in events, the `step` attribute and stories. */
export type StepId = 'prepare' | 'reason' | 'verify' | 'confirm' | 'one-click' | 'status' | 'done';

export type FlowMode = 'guided' | 'one-click';

/**
 * Why the flow cannot go on. `configuration` is an operator mistake (face recognition offered as
 * the only method); the others are the subscriber's situation or the back end's.
 */
export type BlockedReason = 'login-required' | 'nothing-to-unsubscribe' | 'unreachable' | 'rate-limited' | 'invalid-data' | 'configuration';

/** Where the flow stands overall. `kept` and `offer-accepted` end it with the subscription kept. */
export type FlowPhase = 'loading' | 'blocked' | 'active' | 'kept' | 'offer-accepted';

/** The adapter calls the flow asks for. Status polling and feedback run beside the flow. */
export type Operation = 'loadContext' | 'startVerification' | 'verify' | 'quoteRefund' | 'submit' | 'acceptOffer' | 'withdraw';

/** An error as plain data: what the UI needs to choose a message and a way forward. */
export interface ErrorInfo {
  code: UnsubscribeErrorCode;
  retryable: boolean;
  retryAfterSeconds?: number;
  /** ISO instant before which a retry is refused: when the failure came, plus `retryAfterSeconds` (flow/retry-wait.ts). */
  retryAt?: string;
}

/** A reason as the flow sees it: the label lives in the message table or the operator's options. */
export interface ReasonRule {
  id: string;
  requiresComment: boolean;
  /** The retention offer attached to this reason, if any (at most one). */
  offerId?: string;
}

export interface FlowConfig {
  mode: FlowMode;
  /** The reasons offered when the back end's context lists none. */
  reasons: readonly ReasonRule[];
  /** Offers by reason id, from the operator's options; applied to the back end's reasons too. */
  offersByReason: Readonly<Record<string, string>>;
  commentMaxLength: number;
  /** How many reasons may be ticked at once. */
  maxReasons: number;
  /** The adapter has `withdraw` (an optional method): a request not yet in effect may be taken back. */
  canWithdraw?: boolean;
  /**
   * The adapter has `acceptOffer` (optional): the back end's pause and downgrade offers
   * (`context.offers`) can be taken. Without it they are never shown, rather than shown and then
   * failing when the subscriber takes one. Unset counts as having it.
   */
  canAcceptOffers?: boolean;
  /** The adapter has `sendReceipt` (an optional method): the receipt may be sent by SMS or e-mail. */
  canSendReceipt?: boolean;
}

/** Taking back a submitted request (撤销退订), see flow/withdrawal.ts. */
export interface WithdrawalState {
  /** The subscriber asked to withdraw and is shown what it means, to confirm or cancel. */
  confirming: boolean;
  /** Made once per attempt at withdrawing and reused for every retry and double press. */
  idempotencyKey: string | null;
}

export type FieldId =
  | 'subscription'
  | 'offerMonths'
  | 'backup'
  | 'terms'
  | 'reasons'
  | 'comment'
  | 'method'
  | 'code'
  | 'answers'
  | 'effective'
  | `answer:${string}`;

/** Message keys of the field errors (the i18n table has one string per key and locale). */
export type FieldErrorKey =
  | 'subscriptionRequired'
  | 'subscriptionNotOnAccount'
  | 'subscriptionMismatch'
  | 'backupRequired'
  | 'termsRequired'
  | 'reasonRequired'
  | 'tooManyReasons'
  | 'commentRequired'
  | 'commentTooLong'
  | 'methodRequired'
  | 'codeRequired'
  | 'codeFormat'
  | 'codeWrong'
  | 'codeExpired'
  | 'verificationLocked'
  | 'challengeRefused'
  | 'answerRequired'
  | 'answerWrong'
  | 'verificationRequired'
  | 'effectiveRequired'
  | 'offerMonthsRequired';

export interface FieldError {
  field: FieldId;
  key: FieldErrorKey;
}

/** What the subscriber entered. All of it survives Back, errors and (through the snapshot) a reload. */
export interface FlowAnswers {
  /**
   * The cloud PC picked to unsubscribe when the account has several (flow/subscriptions.ts): the
   * host page's `subscription-id`, or the subscriber's pick. Null until then; unused with one.
   */
  pickedSubscriptionId: string | null;
  backupAcknowledged: boolean;
  termsAcknowledged: boolean;
  reasonIds: string[];
  comment: string;
  effective: Effective | null;
  method: VerificationMethod | null;
}

/**
 * Secrets: in memory only. Never in the snapshot, never in an event (README, "Resume and secrets").
 * Cleared as soon as the request is submitted.
 */
export interface FlowSecrets {
  code: string;
  answers: Record<string, string>;
  proof: string | null;
}

/**
 * Why, and until when, the back end refuses a verification method.
 * - `locked`: too many wrong codes or answers. The contract's `locked` does not say whether the
 *   lock covers one method or the whole account, so the widget records it for the method it was
 *   told about and still offers the others; when a start with another method is then refused
 *   (`rate-limited`), the lock covers the account: every method is recorded as `locked`.
 * - `wait`: a new challenge was refused for now (the resend interval, a daily cap) with no lock
 *   known: the subscriber waits, nothing is wrong.
 */
export interface MethodHold {
  /** ISO instant until which the method is refused. */
  until: string;
  kind: 'locked' | 'wait';
}

export interface VerificationState {
  challenge: Challenge | null;
  /** When the current challenge was issued (ISO instant), for the resend countdown. */
  issuedAt: string | null;
  attemptsLeft: number | null;
  /** The methods the back end refuses for now, each until an instant (see `MethodHold`). */
  holds: Partial<Record<VerificationMethod, MethodHold>>;
  lastFailure: VerifyFailureReason | null;
}

export interface PendingRequest {
  operation: Operation;
  /** Increases with every request; a result carrying an older number is stale and ignored. */
  seq: number;
  /**
   * A check started by 确认退订 on the one-click screen: on the proof, the request is submitted
   * with this idempotency key (the press's), in the same press.
   */
  thenSubmit?: string;
}

/** The retention offer on screen, with what the subscriber chose in it so far. */
export interface ShownOffer {
  offerId: string;
  reasonId: string;
  /** For a pause: the months picked (never pre-selected: a pause may cost a storage fee). */
  months: number | null;
  /** Kept for every retry of one acceptance, like the submit's key; a new choice makes a new one. */
  idempotencyKey: string | null;
}

export interface FlowState {
  phase: FlowPhase;
  config: FlowConfig;
  step: StepId;
  blocked: { reason: BlockedReason; error?: ErrorInfo } | null;
  /** Asked for by the host page (`subscription-id`), before the context says which one it is. */
  subscriptionId: string | null;
  context: UnsubscribeContext | null;
  answers: FlowAnswers;
  secrets: FlowSecrets;
  verification: VerificationState;
  /** The offer shown now, before the subscriber accepts or declines it. */
  offer: ShownOffer | null;
  /** Offers shown (or closed for the run, once `confirm` is reached): none is shown again (flow/offers.ts). */
  offersSeen: string[];
  /** What the back end agreed to when the subscriber took a pause or downgrade offer (`acceptOffer`). */
  agreement: Agreement | null;
  quote: RefundQuote | null;
  /** Made once per attempt at unsubscribing and reused for every retry (README, "The adapter contract"). */
  idempotencyKey: string | null;
  requestId: string | null;
  receipt: Receipt | null;
  status: RequestStatus | null;
  withdrawal: WithdrawalState;
  /** The subscriber's call in flight (context, verification, submit): one at a time. */
  pending: PendingRequest | null;
  /**
   * The refund quote in flight. It runs beside the subscriber's calls: on the one-click screen
   * the quote loads while the subscriber sends an SMS code, and neither may cancel the other.
   */
  quotePending: PendingRequest | null;
  /**
   * The context asked for again after a change of language, for its texts only (terms, reasons'
   * labels, support hours...): it runs beside the others and changes no answer and no step
   * (flow/fresh-texts.ts).
   */
  textsPending: PendingRequest | null;
  seq: number;
  fieldErrors: FieldError[];
  /** A failed adapter call that is not about a field: shown with a retry where it makes sense. */
  serviceError: { operation: Operation; error: ErrorInfo } | null;
  /** A snapshot waiting for the context before it can be applied. */
  restoring: FlowSnapshot | null;
}

/**
 * The public part of a challenge, as kept for resume: all of an SMS challenge (masked phone, code
 * length, resend and expiry) and all of a security-questions challenge (the prompts). A face
 * challenge is never kept: its hand-off link is a bearer link to the subscriber's face check.
 */
export type PublicChallenge = Extract<Challenge, { method: 'sms' | 'security-questions' }>;

/** What is kept of the verification for resume: the challenge's public part and the clock, never a code, answer or proof. */
export interface VerificationSnapshot {
  challenge: PublicChallenge | null;
  issuedAt: string | null;
  attemptsLeft: number | null;
  holds: Partial<Record<VerificationMethod, MethodHold>>;
}

/** What is kept for resume (`persist="session"`). Listed field by field in `snapshot.ts`. */
export interface FlowSnapshot {
  version: 2;
  mode: FlowMode;
  step: StepId;
  subscriptionId: string | null;
  answers: FlowAnswers;
  offersSeen: string[];
  idempotencyKey: string | null;
  receipt: Receipt | null;
  requestId: string | null;
  verification: VerificationSnapshot;
}

export type Resolution =
  | { operation: 'loadContext'; value: UnsubscribeContext }
  | { operation: 'startVerification'; value: Challenge }
  | { operation: 'verify'; value: VerifyResult }
  | { operation: 'quoteRefund'; value: RefundQuote }
  | { operation: 'submit'; value: Receipt }
  | { operation: 'acceptOffer'; value: Agreement }
  | { operation: 'withdraw'; value: WithdrawResult };

/** `at` is the time of the event as an ISO instant: the machine never reads a clock itself. */
export type FlowEvent =
  /** Try a failed call again (refused before the failure's `retryAt`). */
  | { type: 'RETRY'; at?: string }
  /** Give up on the call the subscriber is waiting for and make it again (flow/shell.ts, `slowWait`). */
  | { type: 'RESTART' }
  /** The subscriber's language changed: the context's texts are fetched again in it. */
  | { type: 'LOCALE_CHANGED' }
  | ({ type: 'RESOLVED'; seq: number; at: string } & Resolution)
  | { type: 'FAILED'; seq: number; operation: Operation; error: ErrorInfo; at: string }
  /** The cloud PC to unsubscribe, among the account's several (flow/subscriptions.ts). */
  | { type: 'PICK_SUBSCRIPTION'; subscriptionId: string }
  /** After this cloud PC's request: start over on the account's list, to unsubscribe another one. */
  | { type: 'PICK_ANOTHER' }
  | { type: 'SET_ACK'; which: 'backup' | 'terms'; value: boolean }
  | { type: 'SET_REASON'; reasonId: string; selected: boolean }
  | { type: 'SET_COMMENT'; comment: string }
  | { type: 'SET_EFFECTIVE'; effective: Effective }
  | { type: 'CHOOSE_METHOD'; method: VerificationMethod }
  | { type: 'REQUEST_CHALLENGE'; at: string }
  | { type: 'SET_CODE'; code: string }
  | { type: 'SET_ANSWER'; questionId: string; answer: string }
  | { type: 'CHECK'; at: string }
  | { type: 'CONTINUE' }
  | { type: 'BACK' }
  | { type: 'GO_TO'; step: StepId }
  | { type: 'ACCEPT_OFFER'; idempotencyKey: string }
  | { type: 'SET_OFFER_MONTHS'; months: number }
  | { type: 'DECLINE_OFFER' }
  | { type: 'KEEP' }
  | { type: 'SUBMIT'; idempotencyKey: string; at: string }
  /** 撤销退订: show what withdrawing means, with a confirm and a cancel. */
  | { type: 'ASK_WITHDRAW'; at: string }
  | { type: 'CANCEL_WITHDRAW' }
  /** The confirmation's 确认撤销: the request is taken back (refused once `withdrawableUntil` has passed). */
  | { type: 'WITHDRAW'; idempotencyKey: string; at: string }
  | { type: 'STATUS_UPDATED'; status: RequestStatus };

/**
 * What a screen may report: the subscriber's own actions. The clock and the request's
 * idempotency key are the flow controller's to add (`toEvent`), never a render's.
 */
export type FlowIntent = WithoutStamp<Exclude<FlowEvent, { type: 'RESOLVED' | 'FAILED' | 'STATUS_UPDATED' | 'LOCALE_CHANGED' }>>;
type WithoutStamp<E> = E extends unknown ? Omit<E, 'at' | 'idempotencyKey'> : never;
