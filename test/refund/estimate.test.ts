import { expect } from '@open-wc/testing';
import type { Money } from '../../src/contract/types.js';
import { quoteSchema } from '../../src/contract/schemas.js';
import { estimateRefund, type RefundEstimateInput } from '../../src/refund/index.js';

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

/** September 2025 in Shanghai: 30 days, written in UTC so the browser's zone (Los Angeles) would see other dates. */
const SEPTEMBER = { periodStart: '2025-08-31T16:00:00Z', periodEnd: '2025-09-30T16:00:00Z' };

/** Takes effect at noon Shanghai time on the given day of September 2025, so `day` days are used. */
const onSeptember = (day: number): string => `2025-09-${String(day).padStart(2, '0')}T12:00:00+08:00`;

function estimate(paid: number, effectiveAt: string, extra: Partial<RefundEstimateInput> = {}) {
  return estimateRefund({ paid: cny(paid), ...SEPTEMBER, effectiveAt, ...extra });
}

describe('estimateRefund', () => {
  it('charges the used share pro rata by Shanghai calendar days and refunds the rest', () => {
    expect(estimate(3000, onSeptember(10))).to.deep.equal({ paid: cny(3000), used: cny(1000), penalty: cny(0), refund: cny(2000) });
  });

  it('rounds an exact half fen up', () => {
    // 10001 × 15 / 30 = 5000.5 fen
    expect(estimate(10001, onSeptember(15)).used).to.deep.equal(cny(5001));
    // 3 × 1 / 2 = 1.5 fen, over a two-day period
    const twoDays = { periodStart: '2025-09-01T00:00:00+08:00', periodEnd: '2025-09-03T00:00:00+08:00' };
    expect(estimateRefund({ paid: cny(3), ...twoDays, effectiveAt: '2025-09-01T08:00:00+08:00' }).used).to.deep.equal(cny(2));
    expect(estimateRefund({ paid: cny(1), ...twoDays, effectiveAt: '2025-09-01T08:00:00+08:00' }).used).to.deep.equal(cny(1));
  });

  it('rounds just below half a fen down and just above it up', () => {
    expect(estimate(10001, onSeptember(4)).used).to.deep.equal(cny(1333)); // 1333.4667
    expect(estimate(10001, onSeptember(26)).used).to.deep.equal(cny(8668)); // 8667.5333
    expect(estimate(10001, onSeptember(1)).used).to.deep.equal(cny(333)); // 333.3667
  });

  it('counts the day in progress as used, from its first moment in Shanghai', () => {
    expect(estimate(3000, '2025-08-31T16:00:00Z').used).to.deep.equal(cny(100)); // 1 September 00:00 in Shanghai
    expect(estimate(3000, '2025-09-01T15:59:59Z').used).to.deep.equal(cny(100)); // 1 September 23:59:59
    expect(estimate(3000, '2025-09-01T16:00:00Z').used).to.deep.equal(cny(200)); // 2 September 00:00
  });

  it('uses the Shanghai date of the effective time, not the browser’s', () => {
    const effectiveAt = '2025-09-14T20:00:00Z'; // 15 September in Shanghai, 14 September in Los Angeles
    expect(new Date(effectiveAt).getDate()).to.equal(14);
    expect(estimate(3000, effectiveAt).used).to.deep.equal(cny(1500));
  });

  it('uses nothing when the unsubscription takes effect before the period starts', () => {
    const result = estimate(3000, '2025-08-31T15:59:59Z'); // 31 August 23:59:59 in Shanghai
    expect(result.used).to.deep.equal(cny(0));
    expect(result.refund).to.deep.equal(cny(3000));
  });

  it('uses everything from the last day of the period onwards', () => {
    expect(estimate(3000, onSeptember(30)).used).to.deep.equal(cny(3000));
    expect(estimate(3000, SEPTEMBER.periodEnd).used).to.deep.equal(cny(3000));
    const late = estimate(3000, '2026-01-01T00:00:00+08:00');
    expect(late.used).to.deep.equal(cny(3000));
    expect(late.refund).to.deep.equal(cny(0));
  });

  it('floors the refund at zero when the penalty exceeds what is left, and reports the penalty as given', () => {
    const result = estimate(10000, onSeptember(20), { penalty: cny(5000) }); // used 6666.67 → 6667
    expect(result).to.deep.equal({ paid: cny(10000), used: cny(6667), penalty: cny(5000), refund: cny(0) });
  });

  it('subtracts a penalty that fits', () => {
    expect(estimate(10000, onSeptember(3), { penalty: cny(2000) }).refund).to.deep.equal(cny(7000));
  });

  it('never refunds more than was paid, nor less than zero, and always matches the quote contract', () => {
    for (const paid of [0, 1, 2, 3, 7, 999, 10001, 2_999_900]) {
      for (const penalty of [0, 1, 500, 10_000_000]) {
        let previousUsed = 0;
        for (let day = 0; day <= 32; day += 1) {
          const effectiveAt =
            day === 0 ? '2025-08-30T12:00:00+08:00' : new Date(Date.UTC(2025, 7, 31, 16) + (day - 1) * 86_400_000).toISOString();
          const result = estimate(paid, effectiveAt, { penalty: cny(penalty) });
          expect(result.refund.amount).to.be.within(0, paid);
          expect(result.used.amount).to.be.within(previousUsed, paid);
          expect(result.refund.amount).to.equal(Math.max(0, paid - result.used.amount - penalty));
          previousUsed = result.used.amount;
          const quote = {
            quoteId: 'q',
            effective: 'immediately',
            effectiveAt,
            method: '原路退回',
            arrivalWorkingDays: { min: 7, max: 15 },
          };
          expect(quoteSchema.safeParse({ ...quote, ...result }).success).to.equal(true);
        }
      }
    }
  });

  it('keeps amounts near Number.MAX_SAFE_INTEGER exact integers', () => {
    const paid = Number.MAX_SAFE_INTEGER; // 9007199254740991
    const half = estimate(paid, onSeptember(15));
    expect(half.used.amount).to.equal(4503599627370496); // 4503599627370495.5 rounded up
    expect(half.refund.amount).to.equal(4503599627370495);
    expect(Number.isSafeInteger(half.used.amount) && Number.isSafeInteger(half.refund.amount)).to.equal(true);
    expect(half.used.amount + half.refund.amount).to.equal(paid);
    expect(estimate(paid, onSeptember(1)).used.amount).to.equal(300239975158033);
    expect(estimate(paid, onSeptember(29)).used.amount).to.equal(8706959279582958);
  });

  it('defaults the penalty to zero in the currency paid, and answers in that currency', () => {
    const result = estimateRefund({ paid: { amount: 3000, currency: 'HKD' }, ...SEPTEMBER, effectiveAt: onSeptember(10) });
    expect(result.penalty).to.deep.equal({ amount: 0, currency: 'HKD' });
    expect(new Set([result.paid, result.used, result.penalty, result.refund].map((m) => m.currency))).to.deep.equal(new Set(['HKD']));
  });

  it('counts a period that starts and ends on the same Shanghai date as one day', () => {
    const sameDay = { periodStart: '2025-09-01T08:00:00+08:00', periodEnd: '2025-09-01T20:00:00+08:00' };
    expect(estimateRefund({ paid: cny(500), ...sameDay, effectiveAt: '2025-09-01T09:00:00+08:00' }).used).to.deep.equal(cny(500));
  });

  it('throws a RangeError for an amount that is not a non-negative safe integer', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, '100' as unknown as number]) {
      expect(() => estimate(bad, onSeptember(10)), `paid ${String(bad)}`).to.throw(RangeError);
      expect(() => estimate(100, onSeptember(10), { penalty: cny(bad) }), `penalty ${String(bad)}`).to.throw(RangeError);
    }
    expect(() => estimateRefund({ ...SEPTEMBER, paid: null as unknown as Money, effectiveAt: onSeptember(1) })).to.throw(RangeError);
  });

  it('throws a RangeError when the penalty is in another currency', () => {
    expect(() => estimate(3000, onSeptember(10), { penalty: { amount: 100, currency: 'USD' } })).to.throw(RangeError, 'currencies');
    expect(() => estimate(3000, onSeptember(10), { penalty: { amount: 100, currency: '' } })).to.throw(RangeError);
    expect(() => estimateRefund({ ...SEPTEMBER, paid: { amount: 1 } as Money, effectiveAt: onSeptember(1) })).to.throw(RangeError);
  });

  it('throws a RangeError for a bad time or a period that ends before it starts', () => {
    expect(() => estimate(3000, 'tomorrow')).to.throw(RangeError);
    expect(() => estimate(3000, '2025-09-10T12:00:00')).to.throw(RangeError); // no offset
    expect(() => estimate(3000, onSeptember(10), { periodStart: '2025-09-31T00:00:00+08:00' })).to.throw(RangeError);
    expect(() =>
      estimateRefund({ paid: cny(3000), periodStart: SEPTEMBER.periodEnd, periodEnd: SEPTEMBER.periodStart, effectiveAt: onSeptember(10) }),
    ).to.throw(RangeError, 'before');
  });
});
