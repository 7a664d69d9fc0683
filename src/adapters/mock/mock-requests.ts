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
}

interface RequestRecord {
  readonly receipt: Receipt;
  readonly submittedAt: number;
  readonly quote: RefundQuote;
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

function bodyOf(input: SubmitInput): string {
  const body: Partial<SubmitInput> = { ...input };
  delete body.idempotencyKey;
  return canonicalJson(body);
}

export function createRequestBook(deps: RequestBookDependencies): RequestBook {
  const { options, subscriptionId, quotes } = deps;
  const timeline = options.statusTimeline;
  const records: RequestRecord[] = [];
  const byId = new Map<string, RequestRecord>();
  const byKey = new Map<string, RequestRecord>();
  let counter = 0;

  function record(requestId: string, submittedAt: number, quote: RefundQuote, input?: SubmitInput): RequestRecord {
    const created: RequestRecord = {
      receipt: {
        requestId,
        status: 'received',
        submittedAt: toShanghaiIso(submittedAt),
        expectedDoneBy: toShanghaiIso(submittedAt + DAY_MS),
      },
      submittedAt,
      quote: cloneData(quote),
      idempotencyKey: input?.idempotencyKey,
      fingerprint: input && bodyOf(input),
    };
    records.push(created);
    byId.set(requestId, created);
    if (input) byKey.set(input.idempotencyKey, created);
    return created;
  }

  /** `TD` + the Shanghai date + a 4-digit counter, skipping the number of a pre-existing request (`pendingRequestId`). */
  function nextRequestId(now: number): string {
    for (;;) {
      const requestId = `TD${shanghaiCompactDate(now)}${String(++counter).padStart(4, '0')}`;
      if (!byId.has(requestId)) return requestId;
    }
  }

  /** The status at `now`, and since when it has held. */
  function phase(request: RequestRecord, now: number): { status: RequestStatusValue; since: number } {
    const elapsed = now - request.submittedAt;
    if (elapsed >= timeline.doneAfterMs) return { status: timeline.outcome, since: request.submittedAt + timeline.doneAfterMs };
    if (elapsed >= timeline.processingAfterMs) return { status: 'processing', since: request.submittedAt + timeline.processingAfterMs };
    return { status: 'received', since: request.submittedAt };
  }

  function refundTracking(request: RequestRecord, status: RequestStatusValue): RefundTracking {
    const { refund, arrivalWorkingDays } = request.quote;
    if (status === 'rejected' || refund.amount === 0) return { status: 'none', amount: { amount: 0, currency: refund.currency } };
    return {
      status: status === 'completed' ? 'issued' : 'pending',
      amount: { ...refund },
      expectedBy: arrivalWindow(request.submittedAt, arrivalWorkingDays, options.calendar),
    };
  }

  /** The newest request that still stands (not rejected) at `now`. */
  function standing(now: number): RequestRecord | undefined {
    for (let i = records.length - 1; i >= 0; i -= 1) {
      const request = records[i];
      if (request && phase(request, now).status !== 'rejected') return request;
    }
    return undefined;
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
        if (earlier.fingerprint !== bodyOf(input)) {
          throw new UnsubscribeError(
            'invalid-input',
            `mock submit: idempotency key ${input.idempotencyKey} was used for a different request`,
          );
        }
        return cloneData(earlier.receipt);
      }
      const existing = standing(now);
      if (existing)
        throw new UnsubscribeError('conflict', `mock submit: request ${existing.receipt.requestId} already exists for this subscription`);
      const quote = quotes.find(input.quoteId);
      if (!quote) throw new UnsubscribeError('invalid-input', `mock submit: unknown quote ${input.quoteId}`);
      if (quote.effective !== input.effective) {
        throw new UnsubscribeError(
          'invalid-input',
          `mock submit: quote ${input.quoteId} is for ${quote.effective}, not ${input.effective}`,
        );
      }
      if (options.verificationMethods.length > 0 && (input.proof === undefined || !deps.isValidProof(input.proof))) {
        throw new UnsubscribeError('invalid-input', 'mock submit: a proof of a successful verification is required');
      }
      return cloneData(record(nextRequestId(now), now, quote, input).receipt);
    },

    status(requestId, now) {
      const request = byId.get(requestId);
      if (!request) throw new UnsubscribeError('not-found', `mock getStatus: no request ${requestId}`);
      const { status, since } = phase(request, now);
      const result: RequestStatus = { requestId, status, updatedAt: toShanghaiIso(since), refund: refundTracking(request, status) };
      if (status === 'rejected') result.rejectionReason = timeline.rejectionReason;
      return result;
    },

    has: (requestId) => byId.has(requestId),

    receipts: () => records.filter((r) => r.idempotencyKey !== undefined).map((r) => cloneData(r.receipt)),

    live(now) {
      const request = standing(now);
      if (!request) return {};
      const { status } = phase(request, now);
      if (status === 'received' || status === 'processing') {
        return { pendingRequestId: request.receipt.requestId, subscriptionStatus: 'pending-cancellation' };
      }
      // Completed: an immediate unsubscription has ended the service; an end-of-term one ends it when the term runs out.
      const endsAt = Date.parse(request.quote.effectiveAt);
      return { subscriptionStatus: now < endsAt ? 'pending-cancellation' : 'cancelled' };
    },
  };
}
