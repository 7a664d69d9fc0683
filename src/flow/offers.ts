/**
 * Retention offers, decided from the state: which one (if any) to show when the subscriber
 * leaves the reason step, and what accepting or declining it does.
 *
 * Two kinds of offer exist side by side: the operator's own (`options.offers`, attached to
 * reasons: a discount described in words, accepted without a call) and the back end's
 * (`context.offers`: a pause or a downgrade with figures, accepted through `acceptOffer`, which
 * returns what was agreed). Whatever their source:
 * - at most one offer is shown per run, and never again once declined;
 * - none is shown once the subscriber has reached `confirm`: going back from there to change a
 *   reason does not put an offer between them and 确认退订;
 * - a pause's months are never pre-selected (a pause may cost a storage fee).
 */
import type { RetentionOffer } from '../contract/types.js';
import { reasonRules } from './guards.js';
import type { FlowState, ShownOffer } from './types.js';

/** The back end's offer with this id, if the context has one. */
export function backendOffer(state: FlowState, offerId: string): RetentionOffer | undefined {
  return state.context?.offers?.find((o) => o.offerId === offerId);
}

/** Whether the back end's offer answers one of the chosen reasons (an offer naming none answers any). */
function answers(offer: RetentionOffer, reasonIds: readonly string[]): string | undefined {
  if (offer.reasonIds === undefined) return reasonIds[0];
  return reasonIds.find((id) => offer.reasonIds?.includes(id));
}

/**
 * The offer to show on leaving the reason step, or null: the operator's offer attached to a
 * chosen reason first, else the back end's first offer that answers a chosen reason; none
 * once any offer has been shown in this run.
 */
export function offerToShow(state: FlowState): ShownOffer | null {
  if (state.offersSeen.length > 0) return null;
  const { reasonIds } = state.answers;
  for (const rule of reasonRules(state)) {
    if (rule.offerId !== undefined && reasonIds.includes(rule.id)) return shown(rule.offerId, rule.id);
  }
  // The back end's offers need its acceptOffer: one that cannot be taken is not offered.
  const takeable = state.config.canAcceptOffers === false ? [] : (state.context?.offers ?? []);
  for (const offer of takeable) {
    const reasonId = answers(offer, reasonIds);
    if (reasonId !== undefined) return shown(offer.offerId, reasonId);
  }
  return null;
}

function shown(offerId: string, reasonId: string): ShownOffer {
  return { offerId, reasonId, months: null, idempotencyKey: null };
}

/** Every offer this run could show, marked as seen: reached on `confirm`, the run shows none any more. */
export function closeOffers(state: FlowState): FlowState {
  const ids = new Set(state.offersSeen);
  for (const rule of reasonRules(state)) if (rule.offerId !== undefined) ids.add(rule.offerId);
  for (const offer of state.context?.offers ?? []) ids.add(offer.offerId);
  return ids.size === state.offersSeen.length ? state : { ...state, offersSeen: [...ids] };
}

/** Whether the acceptance of the offer on screen is on its way to the back end. */
export function isAccepting(state: FlowState): boolean {
  return state.pending?.operation === 'acceptOffer';
}

/** The subscriber picks how many months to pause: one of the back end's choices, or nothing changes. */
export function setOfferMonths(state: FlowState, months: number): FlowState {
  const offer = state.offer;
  if (offer === null || isAccepting(state)) return state;
  const backend = backendOffer(state, offer.offerId);
  if (backend?.kind !== 'pause' || !backend.choices.some((c) => c.months === months) || offer.months === months) return state;
  // Another choice is another request: it gets its own key.
  return { ...state, offer: { ...offer, months, idempotencyKey: null }, fieldErrors: [] };
}

/**
 * Accepting: the operator's own offer ends the run at once (no call, as before); the back end's
 * asks `acceptOffer` (the flow waits on the offer for what was agreed), after checking that a
 * pause has its months.
 */
export function acceptOffer(state: FlowState, idempotencyKey: string, request: (state: FlowState) => FlowState): FlowState {
  const offer = state.offer;
  if (offer === null || isAccepting(state)) return state;
  const backend = backendOffer(state, offer.offerId);
  if (backend === undefined) return { ...state, phase: 'offer-accepted', pending: null, quotePending: null, textsPending: null };
  if (backend.kind === 'pause' && offer.months === null)
    return { ...state, fieldErrors: [{ field: 'offerMonths', key: 'offerMonthsRequired' }] };
  const keyed: FlowState = { ...state, offer: { ...offer, idempotencyKey: offer.idempotencyKey ?? idempotencyKey }, fieldErrors: [] };
  return request(keyed);
}

/** Declining: the offer is seen for good and the subscriber goes on (refused while an acceptance is on its way). */
export function declineOffer(state: FlowState, goForward: (state: FlowState) => FlowState): FlowState {
  if (state.offer === null || isAccepting(state)) return state;
  return goForward({ ...state, offersSeen: [...state.offersSeen, state.offer.offerId], offer: null, serviceError: null });
}
