/**
 * After a change of language the context is asked for again, in the new language, for its texts
 * only: the subscriber's answers, the step, the verification and the quote stay as they are. Only
 * what is read is taken from the new answer:
 * - the account's display name, the product and plan names;
 * - the terms' title, link, highlights and refund method, when the terms are the same version
 *   (other terms are not swapped under a subscriber who acknowledged the first);
 * - each reason's label, by id (the list itself, and what was ticked, stay);
 * - the support contacts and hours;
 * - the quote's refund method, when it is the terms' (the quote keeps its id, so a submit
 *   retried after the change keeps its idempotency key).
 * An answer about another subscription changes nothing.
 */
import type { UnsubscribeContext } from '../contract/types.js';
import type { FlowState } from './types.js';

export function withFreshTexts(state: FlowState, fresh: UnsubscribeContext): FlowState {
  const old = state.context;
  if (old === null || fresh.subscription.id !== old.subscription.id) return state;
  const sameTerms = fresh.terms.version === old.terms.version;
  const { title, url, highlights, refundMethod } = fresh.terms;
  const context: UnsubscribeContext = {
    ...old,
    account: { ...old.account, displayName: fresh.account.displayName },
    subscription: { ...old.subscription, productName: fresh.subscription.productName, planName: fresh.subscription.planName },
    terms: sameTerms ? { ...old.terms, title, url, highlights, refundMethod } : old.terms,
    support: fresh.support,
  };
  if (old.reasons !== undefined) {
    const labels = new Map((fresh.reasons ?? []).map((reason) => [reason.id, reason.label]));
    context.reasons = old.reasons.map((reason) => ({ ...reason, label: labels.get(reason.id) ?? reason.label }));
  }
  const quote =
    state.quote !== null && sameTerms && state.quote.method === old.terms.refundMethod
      ? { ...state.quote, method: refundMethod }
      : state.quote;
  return { ...state, context, quote };
}
