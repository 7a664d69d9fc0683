/**
 * Several cloud PCs on one account (`context.subscriptions`): the subscriber picks the one to
 * unsubscribe on the first screen, before anything about it is shown as settled or sent.
 *
 * - With one subscription (no list, or a list of one) nothing changes: the context's subscription
 *   is the one, as before.
 * - With several, nothing is picked for the subscriber, except what the host page asked for
 *   (`subscription-id`) or what they picked before a reload. A pick that is not the context's
 *   subscription asks the back end for its context (`loadContext({ subscriptionId })`); until the
 *   context of the picked one is here, the step shows nothing of another one's terms and no guard
 *   lets the run go on.
 * - A context that answers for another cloud PC than the one asked for is caught: before anything
 *   is sent, the run stops with an error rather than unsubscribing the wrong one.
 * - A cloud PC already cancelled or expired cannot be picked; one whose cancellation is under way
 *   can: picking it opens its request's status.
 */
import type { SubscriptionChoice, UnsubscribeContext } from '../contract/types.js';
import type { FieldError, FlowState } from './types.js';

/** The cloud PCs to pick from: the context's list when it has two or more, else none (nothing to pick). */
export function subscriptionChoices(context: UnsubscribeContext | null): readonly SubscriptionChoice[] {
  const list = context?.subscriptions ?? [];
  return list.length >= 2 ? list : [];
}

/** Whether a cloud PC may be picked: not one that has ended (a cancellation under way opens its status). */
export function isPickable(choice: SubscriptionChoice): boolean {
  return choice.status !== 'cancelled' && choice.status !== 'expired';
}

/** Whether the subscriber still has to pick (or the picked one's context is still on its way). */
export function needsPick(state: FlowState): boolean {
  const context = state.context;
  if (subscriptionChoices(context).length === 0) return false;
  return state.answers.pickedSubscriptionId === null || state.answers.pickedSubscriptionId !== context?.subscription.id;
}

/** The guard of the first screen (and of `confirm`, so that nothing is sent for another one). */
export function pickErrors(state: FlowState): FieldError[] {
  return needsPick(state) ? [{ field: 'subscription', key: 'subscriptionRequired' }] : [];
}

/** What a freshly loaded context says about the pick, given what was asked for. */
export type PickCheck =
  /** One subscription, or the context is for the one picked: go on as usual. */
  | { kind: 'settled' }
  /** Several and none picked yet: the first screen asks. `unknown`: the id asked for is not on this account. */
  | { kind: 'ask'; unknown: boolean }
  /** The back end answered for another cloud PC than the one picked, which is on its list. */
  | { kind: 'mismatch' };

export function checkPick(picked: string | null, context: UnsubscribeContext): PickCheck {
  const choices = subscriptionChoices(context);
  if (choices.length === 0) return { kind: 'settled' };
  if (picked === null) return { kind: 'ask', unknown: false };
  if (picked === context.subscription.id) return { kind: 'settled' };
  const listed = choices.find((choice) => choice.id === picked);
  return listed === undefined || !isPickable(listed) ? { kind: 'ask', unknown: listed === undefined } : { kind: 'mismatch' };
}

/**
 * The subscriber picks a cloud PC. The context's own: settled at once. Another: what they
 * acknowledged and chose was about the other one, so it is cleared, and its context is asked for
 * (the caller makes the request). Returns null when the pick is refused (not listed, not pickable,
 * or the same as now).
 */
export function pick(state: FlowState, subscriptionId: string): { state: FlowState; load: boolean } | null {
  const choice = subscriptionChoices(state.context).find((c) => c.id === subscriptionId);
  if (choice === undefined || !isPickable(choice) || state.answers.pickedSubscriptionId === subscriptionId) return null;
  const fieldErrors = state.fieldErrors.filter((error) => error.field !== 'subscription');
  if (subscriptionId === state.context?.subscription.id) {
    return { state: { ...state, answers: { ...state.answers, pickedSubscriptionId: subscriptionId }, fieldErrors }, load: false };
  }
  const answers = {
    ...state.answers,
    pickedSubscriptionId: subscriptionId,
    backupAcknowledged: false,
    termsAcknowledged: false,
    effective: null,
  };
  const next: FlowState = {
    ...state,
    subscriptionId,
    answers,
    fieldErrors,
    quote: null,
    quotePending: null,
    offer: null,
    idempotencyKey: null,
    serviceError: null,
  };
  return { state: next, load: true };
}

/**
 * Whether the subscriber may go on to unsubscribe another of the account's cloud PCs: once this
 * one's request is sent (on `status` or `done`), while another on the list can be picked.
 */
export function mayPickAnother(state: FlowState): boolean {
  if (state.phase !== 'active' || state.requestId === null || (state.step !== 'status' && state.step !== 'done')) return false;
  const own = state.context?.subscription.id;
  return subscriptionChoices(state.context).some((choice) => choice.id !== own && isPickable(choice));
}
