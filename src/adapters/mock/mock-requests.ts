/**
 * Unsubscribe requests: created once per idempotency key, then moving along the status timeline of
 * the mock's clock.
 */
import {
  UnsubscribeError,
  type Receipt,
  type RefundQuote,
  type RefundTracking,
  type RequestStatus,
  type RequestStatusValue,
  type SubmitInput,
  type SubscriptionStatus,
  type WithdrawInput,
  type WithdrawResult,
} from '../../contract/index.js';
import { cloneData } from '../../platform/clone.js';
import { arrivalWindow } from '../../refund/index.js';
import type { ResolvedMockOptions } from './mock-options.js';
import type { QuoteBook } from './mock-quotes.js';
import { shanghaiCompactDate, toShanghaiIso } from './mock-time.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What requests change in the context the back end reports. */
export interface LiveState {
  pendingRequestId?: string;
  subscriptionStatus?: SubscriptionStatus;
}

export interface RequestBook {
  submit(input: SubmitInput, now: number): Receipt;
  status(requestId: string, now: number): RequestStatus;
  has(requestId: string): boolean;
  /** Receipts of the requests `submit` created, oldest first. */
  receipts(): Receipt[];
  withdraw(input: WithdrawInput, now: number): WithdrawResult;
  live(now: number): LiveState;
}

export interface RequestBookDependencies {
  options: ResolvedMockOptions;
  subscriptionId: string;
  /** The effective option a pre-existing request (`pendingRequestId`) asked for. */
  seedEffective: RefundQuote['effective'];
  quotes: QuoteBook;
  isValidProof(proof: string): boolean;
  createdAt: number;
  /** The account's request numbers of the day, shared by the books of its cloud PCs. Default: the book's own count. */
  nextNumber?: () => number;
}

interface RequestRecord extends StandingFacts {
  withdrawnAt?: number;
  readonly receipt: Receipt;
  readonly idempotencyKey: string | undefined;
  /** The request body without its key, to tell a retry from a different request under the same key. */
  readonly fingerprint: string | undefined;
}

/** JSON with object keys sorted and `undefined` members left out: equal bodies give equal strings. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The request body without its key, canonical: equal for a retry, different for another request under the same key. */
export function submitFingerprint(input: SubmitInput): string {
  const body: Partial<SubmitInput> = { ...input };
  delete body.idempotencyKey;
  return canonicalJson(body);
}

/** `TD` + the Shanghai date + the day's number, 4 digits or more. */
export function requestNumber(now: number, n: number): string {
  return `TD${shanghaiCompactDate(now)}${String(n).padStart(4, '0')}`;
}

/** The receipt of a request submitted at `submittedAt`: expected within a day. */
export function receiptOf(requestId: string, submittedAt: number): Receipt {
  return { requestId, status: 'received', submittedAt: toShanghaiIso(submittedAt), expectedDoneBy: toShanghaiIso(submittedAt + DAY_MS) };
}

/** A request as the status rules read it. */
export interface StandingFacts {
  readonly requestId: string;
  readonly submittedAt: number;
  readonly quote: RefundQuote;
  /** When the subscriber took the request back (`withdraw`), if they did. */
  readonly withdrawnAt?: number | undefined;
}

/** The status at `now` on the timeline, and since when it has held. */
export function requestPhase(
  timeline: ResolvedMockOptions['statusTimeline'],
  submittedAt: number,
  now: number,
): { status: RequestStatusValue; since: number } {
  const elapsed = now - submittedAt;
  if (elapsed >= timeline.doneAfterMs) return { status: timeline.outcome, since: submittedAt + timeline.doneAfterMs };
  if (elapsed >= timeline.processingAfterMs) return { status: 'processing', since: submittedAt + timeline.processingAfterMs };
  return { status: 'received', since: submittedAt };
}

/**
 * Until when (ms) the request may be withdrawn at `now`, or null: before it takes effect. An
 * end-of-term request may be withdrawn until the term ends, even once processed; an immediate one
 * only while it is still `received` (from `processing` on, the service is being ended).
 */
export function withdrawableUntilOf(timeline: ResolvedMockOptions['statusTimeline'], request: StandingFacts, now: number): number | null {
  if (request.withdrawnAt !== undefined) return null;
  const { status } = requestPhase(timeline, request.submittedAt, now);
  if (status === 'rejected') return null;
  const until =
    request.quote.effective === 'end-of-term'
      ? Date.parse(request.quote.effectiveAt)
      : status === 'received'
        ? request.submittedAt + timeline.processingAfterMs
        : null;
  return until !== null && until > now ? until : null;
}

/** Why the request cannot be withdrawn at `now` (it has taken effect, or was turned down); `undefined`: it may. */
export function refuseWithdraw(
  timeline: ResolvedMockOptions['statusTimeline'],
  request: StandingFacts,
  now: number,
): UnsubscribeError | undefined {
  if (request.withdrawnAt !== undefined || withdrawableUntilOf(timeline, request, now) !== null) return undefined;
  return new UnsubscribeError('conflict', `withdraw: request ${request.requestId} can no longer be withdrawn`);
}

/** What `withdraw` answers for a withdrawn request. */
export function withdrawResultOf(requestId: string, withdrawnAt: number): WithdrawResult {
  return { requestId, status: 'withdrawn', withdrawnAt: toShanghaiIso(withdrawnAt) };
}

/** The request's status as `getStatus` answers it. */
export function statusOf(options: ResolvedMockOptions, request: StandingFacts, now: number): RequestStatus {
  if (request.withdrawnAt !== undefined) {
    const none = { status: 'none' as const, amount: { amount: 0, currency: request.quote.refund.currency } };
    return { requestId: request.requestId, status: 'withdrawn', updatedAt: toShanghaiIso(request.withdrawnAt), refund: none };
  }
  const { status, since } = requestPhase(options.statusTimeline, request.submittedAt, now);
  const { refund, arrivalWorkingDays } = request.quote;
  const tracking: RefundTracking =
    status === 'rejected' || refund.amount === 0
      ? { status: 'none', amount: { amount: 0, currency: refund.currency } }
      : {
          status: status === 'completed' ? 'issued' : 'pending',
          amount: { ...refund },
          expectedBy: arrivalWindow(request.submittedAt, arrivalWorkingDays, options.calendar),
        };
  const result: RequestStatus = { requestId: request.requestId, status, updatedAt: toShanghaiIso(since), refund: tracking };
  if (status === 'rejected') result.rejectionReason = options.statusTimeline.rejectionReason;
  const until = withdrawableUntilOf(options.statusTimeline, request, now);
  if (until !== null) result.withdrawableUntil = toShanghaiIso(until);
  return result;
}

/** The newest of `requests` (oldest first) that still stands at `now`: neither rejected nor withdrawn. */
export function standingRequest<R extends StandingFacts>(
  timeline: ResolvedMockOptions['statusTimeline'],
  requests: readonly R[],
  now: number,
): R | undefined {
  for (let i = requests.length - 1; i >= 0; i -= 1) {
    const request = requests[i];
    if (request && request.withdrawnAt === undefined && requestPhase(timeline, request.submittedAt, now).status !== 'rejected')
      return request;
  }
  return undefined;
}

/** What a standing request changes in the context at `now`. */
export function liveStateOf(timeline: ResolvedMockOptions['statusTimeline'], request: StandingFacts | undefined, now: number): LiveState {
  if (!request) return {};
  const { status } = requestPhase(timeline, request.submittedAt, now);
  if (status === 'received' || status === 'processing') {
    return { pendingRequestId: request.requestId, subscriptionStatus: 'pending-cancellation' };
  }
  // Completed: an immediate unsubscription has ended the service; an end-of-term one ends it when the term runs out.
  const endsAt = Date.parse(request.quote.effectiveAt);
  return { subscriptionStatus: now < endsAt ? 'pending-cancellation' : 'cancelled' };
}

/**
 * Why `input`, under a key not seen before, cannot create a request, in the order a careful back
 * end checks: a request already standing (conflict), an unknown quote or one for another
 * effective time, a missing or unknown proof (invalid-input). `undefined`: it may.
 */
export function refuseNewRequest(
  input: SubmitInput,
  facts: { standing: StandingFacts | undefined; quote: RefundQuote | undefined; proofRequired: boolean; proofValid: boolean },
): UnsubscribeError | undefined {
  if (facts.standing)
    return new UnsubscribeError('conflict', `submit: request ${facts.standing.requestId} already exists for this subscription`);
  if (!facts.quote) return new UnsubscribeError('invalid-input', `submit: unknown quote ${input.quoteId}`);
  if (facts.quote.effective !== input.effective) {
    return new UnsubscribeError('invalid-input', `submit: quote ${input.quoteId} is for ${facts.quote.effective}, not ${input.effective}`);
  }
  if (facts.proofRequired && (input.proof === undefined || !facts.proofValid)) {
    return new UnsubscribeError('invalid-input', 'submit: a proof of a successful verification is required');
  }
  return undefined;
}

/** A second request under a key already used, with another body. */
export function keyReusedError(idempotencyKey: string): UnsubscribeError {
  return new UnsubscribeError('invalid-input', `submit: idempotency key ${idempotencyKey} was used for a different request`);
}

export function createRequestBook(deps: RequestBookDependencies): RequestBook {
  const { options, subscriptionId, quotes } = deps;
  const timeline = options.statusTimeline;
  const records: RequestRecord[] = [];
  const byId = new Map<string, RequestRecord>();
  const byKey = new Map<string, RequestRecord>();
  let counter = 0;
  const nextNumber = deps.nextNumber ?? (() => ++counter);

  function record(requestId: string, submittedAt: number, quote: RefundQuote, input?: SubmitInput): RequestRecord {
    const created: RequestRecord = {
      requestId,
      receipt: receiptOf(requestId, submittedAt),
      submittedAt,
      quote: cloneData(quote),
      idempotencyKey: input?.idempotencyKey,
      fingerprint: input && submitFingerprint(input),
    };
    records.push(created);
    byId.set(requestId, created);
    if (input) byKey.set(input.idempotencyKey, created);
    return created;
  }

  /** The next number of the day, skipping the number of a pre-existing request (`pendingRequestId`). */
  function nextRequestId(now: number): string {
    for (;;) {
      const requestId = requestNumber(now, nextNumber());
      if (!byId.has(requestId)) return requestId;
    }
  }

  if (options.pendingRequestId !== undefined) {
    // Submitted just long enough ago to be `processing` when the adapter is created; it then goes on like any other.
    const submittedAt = deps.createdAt - timeline.processingAfterMs;
    record(options.pendingRequestId, submittedAt, quotes.compute(deps.seedEffective, submittedAt));
  }

  return {
    submit(input, now) {
      if (input.subscriptionId !== subscriptionId)
        throw new UnsubscribeError('not-found', `mock submit: no subscription ${input.subscriptionId}`);
      const earlier = byKey.get(input.idempotencyKey);
      if (earlier) {
        if (earlier.fingerprint !== submitFingerprint(input)) throw keyReusedError(input.idempotencyKey);
        return cloneData(earlier.receipt);
      }
      const refused = refuseNewRequest(input, {
        standing: standingRequest(timeline, records, now),
        quote: quotes.find(input.quoteId),
        proofRequired: options.verificationMethods.length > 0,
        proofValid: input.proof !== undefined && deps.isValidProof(input.proof),
      });
      if (refused) throw refused;
      const quote = quotes.find(input.quoteId) as RefundQuote;
      return cloneData(record(nextRequestId(now), now, quote, input).receipt);
    },

    status(requestId, now) {
      const request = byId.get(requestId);
      if (!request) throw new UnsubscribeError('not-found', `mock getStatus: no request ${requestId}`);
      return statusOf(options, request, now);
    },

    withdraw({ requestId }, now) {
      const request = byId.get(requestId);
      if (!request) throw new UnsubscribeError('not-found', `mock withdraw: no request ${requestId}`);
      // Withdrawing a withdrawn request again (a retry, a double press, another tab) answers the same.
      const refused = refuseWithdraw(timeline, request, now);
      if (refused) throw refused;
      request.withdrawnAt ??= now;
      return withdrawResultOf(request.requestId, request.withdrawnAt);
    },

    has: (requestId) => byId.has(requestId),

    receipts: () => records.filter((r) => r.idempotencyKey !== undefined).map((r) => cloneData(r.receipt)),

    live: (now) => liveStateOf(timeline, standingRequest(timeline, records, now), now),
  };
}
