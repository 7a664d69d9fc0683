/**
 * Refund quotes: computed from the context's price, period and penalty with the package's own
 * estimate, and remembered so that `submit` can refer to one by its id.
 */
import { UnsubscribeError, type Effective, type QuoteInput, type RefundQuote, type UnsubscribeContext } from '../../contract/index.js';
import { cloneData } from '../../platform/clone.js';
import { estimateRefund } from '../../refund/index.js';
import type { ResolvedMockOptions } from './mock-options.js';
import { toShanghaiIso } from './mock-time.js';

export interface QuoteBook {
  /** Quotes for `input`, remembers the quote and returns it. */
  issue(input: QuoteInput, now: number): RefundQuote;
  /** The quote for `input` at `now`, checked against the subscription and its terms, not remembered (quoteId is empty). */
  price(input: QuoteInput, now: number): RefundQuote;
  /** The refund terms of `effective` at `now`, without remembering them (quoteId is empty). */
  compute(effective: Effective, now: number): RefundQuote;
  find(quoteId: string): RefundQuote | undefined;
}

/** `prefix` starts every quote id; several cloud PCs each have a book of their own, with a prefix of its own. */
export function createQuoteBook(options: ResolvedMockOptions, context: UnsubscribeContext, prefix = 'Q'): QuoteBook {
  const { subscription, terms } = context;
  const quotes = new Map<string, RefundQuote>();
  let counter = 0;

  function compute(effective: Effective, now: number): RefundQuote {
    const paid = subscription.price;
    const common = { effective, method: terms.refundMethod, arrivalWorkingDays: { ...options.arrivalWorkingDays } };
    if (effective === 'end-of-term') {
      // The term runs out as agreed: all of it is used, nothing comes back, and no early-termination penalty applies.
      const zero = { amount: 0, currency: paid.currency };
      return {
        quoteId: '',
        ...common,
        effectiveAt: subscription.currentPeriod.end,
        paid: { ...paid },
        used: { ...paid },
        penalty: zero,
        refund: { ...zero },
      };
    }
    const effectiveAt = toShanghaiIso(now);
    const estimate = estimateRefund({
      paid,
      penalty: terms.penalty,
      periodStart: subscription.currentPeriod.start,
      periodEnd: subscription.currentPeriod.end,
      effectiveAt,
    });
    return { quoteId: '', ...common, effectiveAt, ...estimate };
  }

  function price(input: QuoteInput, now: number): RefundQuote {
    if (input.subscriptionId !== subscription.id)
      throw new UnsubscribeError('not-found', `quoteRefund: no subscription ${input.subscriptionId}`);
    if (!terms.effectiveOptions.includes(input.effective)) {
      throw new UnsubscribeError('invalid-input', `quoteRefund: effective ${input.effective} is not offered`);
    }
    return compute(input.effective, now);
  }

  return {
    price,
    issue(input, now) {
      const quote = { ...price(input, now), quoteId: `${prefix}-${++counter}` };
      quotes.set(quote.quoteId, quote);
      return cloneData(quote);
    },
    compute,
    find: (quoteId) => quotes.get(quoteId),
  };
}
