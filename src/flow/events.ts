/**
 * The public `cloudpc-*` events (README, "Events"): their details, and which of them a change of
 * state means. `publicEvents(previous, next)` is pure; the element dispatches what it returns.
 * `cloudpc-error` is not here: it reports a failed adapter call, which may leave the state as it
 * was (the element fires it where the call fails).
 */
import type { Agreement, RequestStatusValue, VerificationMethod } from '../contract/types.js';
import type { UnsubscribeErrorCode } from '../contract/errors.js';
import type { FlowState, StepId } from './types.js';

export interface StepChangeDetail {
  step: StepId;
  previousStep: StepId | null;
}
export interface VerifiedDetail {
  method: VerificationMethod;
}
export interface SubmittedDetail {
  requestId: string;
}
export interface StatusChangeDetail {
  requestId: string;
  status: RequestStatusValue;
}
export interface CompleteDetail {
  requestId: string;
  /** Where the request ended. */
  status: Extract<RequestStatusValue, 'completed' | 'rejected'>;
}
/** The request was taken back before it took effect (撤销退订): the subscription goes on. */
export interface WithdrawDetail {
  requestId: string;
  /** When the back end took it back (ISO instant). */
  withdrawnAt: string;
}
export interface KeepDetail {
  step: StepId;
}
export interface OfferAcceptedDetail {
  offerId: string;
  reasonIds: string[];
  /** What the back end agreed to, for a pause or downgrade offer (`acceptOffer`); absent for the operator's own offers. */
  agreement?: Agreement;
}
export interface FeedbackDetail {
  rating: number;
  comment: string;
}
export interface ErrorDetail {
  code: UnsubscribeErrorCode;
  /** The step shown when the call failed, or null while loading. */
  step: StepId | null;
  retryable: boolean;
}
export type LoginRequiredDetail = Record<string, never>;

/** Every public event with its detail. */
export interface PublicEventDetails {
  'cloudpc-step-change': StepChangeDetail;
  'cloudpc-verified': VerifiedDetail;
  'cloudpc-submitted': SubmittedDetail;
  'cloudpc-status-change': StatusChangeDetail;
  'cloudpc-complete': CompleteDetail;
  'cloudpc-keep': KeepDetail;
  'cloudpc-offer-accepted': OfferAcceptedDetail;
  'cloudpc-feedback': FeedbackDetail;
  'cloudpc-error': ErrorDetail;
  'cloudpc-login-required': LoginRequiredDetail;
  'cloudpc-withdraw': WithdrawDetail;
}

export type PublicEventName = keyof PublicEventDetails;

/** One event to dispatch: its name and detail, matched. */
export type PublicEvent = { [N in PublicEventName]: { readonly name: N; readonly detail: PublicEventDetails[N] } }[PublicEventName];

/** The step a subscriber sees, or null while loading, blocked or ended. */
export function visibleStep(state: FlowState): StepId | null {
  return state.phase === 'active' ? state.step : null;
}

/**
 * What happened between two states, as the page hears it, in the order it happened: identity
 * verified before the step that follows it, the request accepted before its status, a status
 * before the step it opens.
 */
export function publicEvents(previous: FlowState, next: FlowState): PublicEvent[] {
  const events: PublicEvent[] = [];
  if (previous.secrets.proof === null && next.secrets.proof !== null && next.answers.method !== null) {
    events.push({ name: 'cloudpc-verified', detail: { method: next.answers.method } });
  }
  if (previous.receipt === null && next.receipt !== null) {
    events.push({ name: 'cloudpc-submitted', detail: { requestId: next.receipt.requestId } });
  }
  if (next.status !== null && next.status.status !== previous.status?.status) {
    const { requestId, status } = next.status;
    events.push({ name: 'cloudpc-status-change', detail: { requestId, status } });
    if (status === 'completed' || status === 'rejected') events.push({ name: 'cloudpc-complete', detail: { requestId, status } });
    if (status === 'withdrawn') events.push({ name: 'cloudpc-withdraw', detail: { requestId, withdrawnAt: next.status.updatedAt } });
  }
  if (next.phase !== previous.phase) {
    if (next.phase === 'kept') events.push({ name: 'cloudpc-keep', detail: { step: previous.step } });
    if (next.phase === 'offer-accepted' && previous.offer !== null) {
      events.push({
        name: 'cloudpc-offer-accepted',
        detail: {
          offerId: previous.offer.offerId,
          reasonIds: [...previous.answers.reasonIds],
          ...(next.agreement !== null ? { agreement: next.agreement } : {}),
        },
      });
    }
    if (next.phase === 'blocked' && next.blocked?.reason === 'login-required') events.push({ name: 'cloudpc-login-required', detail: {} });
  }
  const shown = visibleStep(next);
  const before = visibleStep(previous);
  if (shown !== null && shown !== before) events.push({ name: 'cloudpc-step-change', detail: { step: shown, previousStep: before } });
  return events;
}
