/** The context the mock back end reports: the defaults, the operator's overrides, and what has happened since. */
import { cloneData } from '../../platform/clone.js';
import type { SubscriptionChoice, SubscriptionStatus, UnsubscribeContext } from '../../contract/index.js';
import { DEFAULT_ACCOUNT, DEFAULT_SUPPORT, DEFAULT_TERMS, currentPeriodOf, defaultSubscription } from './mock-data.js';
import { defaultOffers } from './mock-offers.js';
import type { ResolvedMockOptions } from './mock-options.js';
import type { LiveState } from './mock-requests.js';

/** `{ ...defaults, ...overrides }`, then keys whose value is `undefined` dropped, so an override can remove an optional field. */
function mergePart<T extends object>(defaults: T, overrides: Partial<T> | undefined): T {
  const merged = Object.entries({ ...defaults, ...overrides }).filter(([, value]) => value !== undefined);
  return cloneData(Object.fromEntries(merged)) as T;
}

/**
 * The context as configured, fixed when the adapter is created (the paid period is placed around
 * the clock's time then). Deliberately not validated: a story may feed the widget a broken context
 * to show how it copes; the widget's own validation reports it.
 */
export function buildBaseContext(options: ResolvedMockOptions, createdAt: Date): UnsubscribeContext {
  const overrides = options.context;
  const context: UnsubscribeContext = {
    account: mergePart(DEFAULT_ACCOUNT, overrides.account),
    subscription: mergePart(defaultSubscription(createdAt), overrides.subscription),
    terms: mergePart(DEFAULT_TERMS, overrides.terms),
    verificationMethods: [...options.verificationMethods],
    support: mergePart(DEFAULT_SUPPORT, overrides.support),
  };
  if (overrides.reasons) context.reasons = cloneData(overrides.reasons);
  const offers = overrides.offers ?? defaultOffers(options.offers, createdAt);
  if (offers.length > 0) context.offers = cloneData(offers);
  return context;
}

/** A fresh copy of the context as the back end sees it now: a request under way shows as `pendingRequest`. */
export function contextAt(base: UnsubscribeContext, live: LiveState): UnsubscribeContext {
  const context = cloneData(base);
  if (live.subscriptionStatus) context.subscription.status = live.subscriptionStatus;
  if (live.pendingRequestId !== undefined) context.pendingRequest = { requestId: live.pendingRequestId };
  return context;
}

/**
 * The base context of every cloud PC on the account, the configured one first: with
 * `otherSubscriptions`, each is the default subscription with its own overrides, its terms'
 * `dataRetentionDays` its own, and every context lists them all (`subscriptions`). Without, the
 * one context, as before.
 * @throws RangeError when another cloud PC has the configured one's id.
 */
export function buildSubscriptionContexts(options: ResolvedMockOptions, createdAt: Date): UnsubscribeContext[] {
  const main = buildBaseContext(options, createdAt);
  if (options.otherSubscriptions.length === 0) return [main];
  const others = options.otherSubscriptions.map((other): UnsubscribeContext => {
    if (other.id === main.subscription.id) {
      throw new RangeError(`createMockAdapter: option otherSubscriptions has the id of context.subscription (${other.id})`);
    }
    const { dataRetentionDays, ...subscription } = other;
    const terms = { ...main.terms };
    if (dataRetentionDays !== undefined) terms.dataRetentionDays = dataRetentionDays;
    // A plan billed on another cycle has a period of that cycle, unless one is given.
    const cycle = subscription.billingCycle ?? main.subscription.billingCycle;
    const base = { ...defaultSubscription(createdAt), currentPeriod: currentPeriodOf(cycle, createdAt) };
    return { ...cloneData(main), subscription: mergePart(base, subscription), terms };
  });
  const contexts = [main, ...others];
  const list = contexts.map((context) => choiceOf(context));
  return contexts.map((context) => ({ ...context, subscriptions: cloneData(list) }));
}

function choiceOf({ subscription, terms }: UnsubscribeContext): SubscriptionChoice {
  return terms.dataRetentionDays === undefined ? { ...subscription } : { ...subscription, dataRetentionDays: terms.dataRetentionDays };
}

/** The list of cloud PCs with each one's status as the back end sees it now (a cancellation under way, one done). */
export function withListStatuses(
  context: UnsubscribeContext,
  statusOf: (subscriptionId: string) => SubscriptionStatus | undefined,
): UnsubscribeContext {
  if (context.subscriptions === undefined) return context;
  const subscriptions = context.subscriptions.map((choice) => {
    const status = statusOf(choice.id);
    return status === undefined ? choice : { ...choice, status };
  });
  return { ...context, subscriptions };
}
