/**
 * A local, pro-rata refund estimate in integer minor units (README, "Refund and working days"). The back end's quote
 * is the authority; this is what the mock adapter and the local preview use. Pure and DOM-free.
 */
import type { Money } from '../contract/types.js';
import { daysBetween, shanghaiDate } from './calendar.js';

export interface RefundEstimateInput {
  /** What was paid for the current period, in integer minor units (fen for CNY). */
  paid: Money;
  /** The penalty (违约金) for ending early, in `paid`'s currency; 0 when absent. */
  penalty?: Money;
  /** Start of the paid period: an ISO 8601 date-time with an offset. */
  periodStart: string;
  /** End of the paid period (exclusive): an ISO 8601 date-time with an offset. */
  periodEnd: string;
  /** When the unsubscription takes effect: an ISO 8601 date-time with an offset. */
  effectiveAt: string;
}

export interface RefundEstimate {
  paid: Money;
  used: Money;
  penalty: Money;
  /** `max(0, paid - used - penalty)`: never below zero, never above `paid`. */
  refund: Money;
}

function checkMoney(value: Money, field: string): void {
  if (typeof value !== 'object' || value === null) throw new RangeError(`${field} must be money { amount, currency }`);
  if (!Number.isSafeInteger(value.amount) || value.amount < 0) {
    throw new RangeError(`${field}.amount must be a non-negative safe integer in minor units, got ${String(value.amount)}`);
  }
  if (typeof value.currency !== 'string' || value.currency === '') throw new RangeError(`${field}.currency must be a currency code`);
}

/**
 * Estimates the refund for ending a paid period early, pro rata by calendar days in Asia/Shanghai.
 *
 * - `totalDays` = days from the Shanghai date of `periodStart` to the Shanghai date of `periodEnd`
 *   (the end date excluded), at least 1.
 * - `usedDays` = days from the Shanghai date of `periodStart` up to and including the Shanghai date of
 *   `effectiveAt` (the day in progress counts as used), clamped to `[0, totalDays]`: taking effect
 *   before the period starts uses nothing, on or after its last day uses everything.
 * - `used.amount` = `paid.amount × usedDays / totalDays` rounded to the nearest whole minor unit,
 *   an exact half rounded up: `floor((2 × paid.amount × usedDays + totalDays) / (2 × totalDays))`,
 *   computed exactly in BigInt integer arithmetic (no floating point), so it is exact for every
 *   safe-integer amount and `0 <= used <= paid`.
 * - `penalty` defaults to 0 in `paid`'s currency and is returned as given.
 * - `refund.amount` = `max(0, paid.amount − used.amount − penalty.amount)`: never below zero and
 *   never above `paid`.
 *
 * Every amount returned is in `paid`'s currency.
 * @throws RangeError when an amount is not a non-negative safe integer, the currencies differ,
 * a time is not a valid ISO 8601 date-time with an offset, or the period ends before it starts.
 */
export function estimateRefund(input: RefundEstimateInput): RefundEstimate {
  const { paid, periodStart, periodEnd, effectiveAt } = input;
  checkMoney(paid, 'paid');
  const penalty = input.penalty ?? { amount: 0, currency: paid.currency };
  checkMoney(penalty, 'penalty');
  if (penalty.currency !== paid.currency) {
    throw new RangeError(`penalty is in ${penalty.currency} but paid is in ${paid.currency}: currencies must be the same`);
  }

  const start = shanghaiDate(periodStart);
  const periodDays = daysBetween(start, shanghaiDate(periodEnd));
  if (periodDays < 0) throw new RangeError(`periodEnd ${periodEnd} is before periodStart ${periodStart}`);
  const totalDays = Math.max(1, periodDays);
  const usedDays = Math.min(totalDays, Math.max(0, daysBetween(start, shanghaiDate(effectiveAt)) + 1));

  const total = BigInt(totalDays);
  const usedAmount = Number((2n * BigInt(paid.amount) * BigInt(usedDays) + total) / (2n * total));
  const refundAmount = Math.max(0, paid.amount - usedAmount - penalty.amount);

  const currency = paid.currency;
  return {
    paid: { amount: paid.amount, currency },
    used: { amount: usedAmount, currency },
    penalty: { amount: penalty.amount, currency },
    refund: { amount: refundAmount, currency },
  };
}
