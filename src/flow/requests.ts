/**
 * The adapter call that `state.pending` asks for, with its input built from the state. Kept
 * pure so the exact arguments of every call are tested without a DOM.
 */
import type {
  AcceptOfferInput,
  QuoteInput,
  StartVerificationInput,
  SubmitInput,
  VerifyInput,
  LoadContextInput,
  WithdrawInput,
} from '../contract/types.js';
import { normalizeCode } from './sms-code.js';
import type { FlowState, PendingRequest } from './types.js';

export type AdapterCall =
  | { operation: 'loadContext'; seq: number; input: LoadContextInput }
  | { operation: 'startVerification'; seq: number; input: StartVerificationInput }
  | { operation: 'verify'; seq: number; input: VerifyInput }
  | { operation: 'quoteRefund'; seq: number; input: QuoteInput }
  | { operation: 'submit'; seq: number; input: SubmitInput }
  | { operation: 'acceptOffer'; seq: number; input: AcceptOfferInput }
  | { operation: 'withdraw'; seq: number; input: WithdrawInput };

/** Every call the state asks for now: the subscriber's one, the quote and the texts in a new language, each at most once. */
export function requestsFor(state: FlowState): AdapterCall[] {
  const calls: AdapterCall[] = [];
  for (const pending of [state.pending, state.quotePending, state.textsPending]) {
    const call = pending === null ? null : callFor(state, pending);
    if (call !== null) calls.push(call);
  }
  return calls;
}

/** The subscriber's call the state asks for (or, when none, the quote). */
export function requestFor(state: FlowState): AdapterCall | null {
  const pending = state.pending ?? state.quotePending;
  return pending === null ? null : callFor(state, pending);
}

function callFor(state: FlowState, pending: PendingRequest): AdapterCall | null {
  const { seq } = pending;
  const subscriptionId = state.context?.subscription.id ?? state.subscriptionId;
  switch (pending.operation) {
    case 'loadContext': {
      // The one asked for: the host page's, the subscriber's pick among several, else the one in the context.
      const wanted = state.subscriptionId ?? subscriptionId;
      return { operation: 'loadContext', seq, input: wanted === null ? {} : { subscriptionId: wanted } };
    }
    case 'startVerification':
      return state.answers.method === null ? null : { operation: 'startVerification', seq, input: { method: state.answers.method } };
    case 'verify': {
      const challenge = state.verification.challenge;
      if (challenge === null) return null;
      const input: VerifyInput = { challengeId: challenge.challengeId, method: challenge.method };
      if (challenge.method === 'sms') input.code = normalizeCode(state.secrets.code);
      if (challenge.method === 'security-questions') {
        input.answers = challenge.questions.map((q) => ({ questionId: q.id, answer: (state.secrets.answers[q.id] ?? '').trim() }));
      }
      return { operation: 'verify', seq, input };
    }
    case 'quoteRefund':
      if (subscriptionId === null || state.answers.effective === null) return null;
      return { operation: 'quoteRefund', seq, input: { subscriptionId, effective: state.answers.effective } };
    case 'submit': {
      const { quote, idempotencyKey } = state;
      if (subscriptionId === null || quote === null || idempotencyKey === null) return null;
      const input: SubmitInput = {
        subscriptionId,
        reasonIds: [...state.answers.reasonIds],
        effective: quote.effective,
        quoteId: quote.quoteId,
        idempotencyKey,
      };
      const comment = state.answers.comment.trim();
      if (comment !== '') input.comment = comment;
      if (state.secrets.proof !== null) input.proof = state.secrets.proof;
      return { operation: 'submit', seq, input };
    }
    case 'acceptOffer': {
      const { offer } = state;
      if (subscriptionId === null || offer === null || offer.idempotencyKey === null) return null;
      const input: AcceptOfferInput = {
        offerId: offer.offerId,
        subscriptionId,
        reasonIds: [...state.answers.reasonIds],
        idempotencyKey: offer.idempotencyKey,
      };
      if (offer.months !== null) input.months = offer.months;
      return { operation: 'acceptOffer', seq, input };
    }
    case 'withdraw': {
      const { requestId } = state;
      const { idempotencyKey } = state.withdrawal;
      if (requestId === null || idempotencyKey === null) return null;
      return { operation: 'withdraw', seq, input: { requestId, idempotencyKey } };
    }
  }
}
