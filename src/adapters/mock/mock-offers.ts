/**
 * The mock back end's retention offers (`MockAdapterOptions.offers`): a pause and a downgrade
 * with figures placed around the clock's time when the adapter is created, and the desk that
 * answers `acceptOffer` (idempotent on its key, like `submit`).
 */
import { UnsubscribeError, type AcceptOfferInput, type Agreement, type RetentionOffer } from '../../contract/index.js';
import { cloneData } from '../../platform/clone.js';
import { shanghaiMonthStart, toShanghaiIso } from './mock-time.js';

export type MockOfferKind = 'pause' | 'downgrade';

/** A Shanghai calendar date `months` months after the start of the current month of `ms`. */
function monthsOn(ms: number, months: number): string {
  return toShanghaiIso(shanghaiMonthStart(ms, months)).slice(0, 10);
}

/** The default offers: pause for 1, 3 or 6 months (¥5 a month to keep the data), or the ¥29-a-month light plan. */
export function defaultOffers(kinds: readonly MockOfferKind[], createdAt: Date): RetentionOffer[] {
  const ms = createdAt.getTime();
  return kinds.map((kind): RetentionOffer =>
    kind === 'pause'
      ? {
          offerId: 'OF-PAUSE',
          kind: 'pause',
          choices: [1, 3, 6].map((months) => ({ months, resumesOn: monthsOn(ms, months + 1) })),
          storageFeePerMonth: { amount: 500, currency: 'CNY' },
          reasonIds: ['too-expensive', 'rarely-used'],
        }
      : {
          offerId: 'OF-LITE',
          kind: 'downgrade',
          planName: '轻享型 2核4G · 40GB 云盘 · 包月',
          price: { amount: 2900, currency: 'CNY' },
          billingCycle: 'month',
          startsAt: toShanghaiIso(shanghaiMonthStart(ms, 1)),
          losses: ['云盘从 100GB 减为 40GB，超出部分需先清理', '不再支持 4K 画质和多屏显示'],
          reasonIds: ['too-expensive', 'performance'],
        },
  );
}

/** The request an acceptance answers, without its key: a retry under the same key must repeat it. */
export function acceptFingerprint(input: AcceptOfferInput): string {
  return JSON.stringify([input.offerId, input.subscriptionId, input.months ?? null, [...input.reasonIds].sort()]);
}

export interface OfferDesk {
  accept(input: AcceptOfferInput, at: number, subscriptionId: string): Agreement;
  agreements(): Agreement[];
}

export function createOfferDesk(offers: () => readonly RetentionOffer[]): OfferDesk {
  const byKey = new Map<string, { input: string; agreement: Agreement }>();
  return {
    accept(input, at, subscriptionId) {
      const body = acceptFingerprint(input);
      const earlier = byKey.get(input.idempotencyKey);
      if (earlier !== undefined) {
        if (earlier.input !== body)
          throw new UnsubscribeError(
            'invalid-input',
            `acceptOffer: idempotency key ${input.idempotencyKey} was used for a different acceptance`,
          );
        return cloneData(earlier.agreement);
      }
      if (input.subscriptionId !== subscriptionId)
        throw new UnsubscribeError('not-found', `mock acceptOffer: no subscription ${input.subscriptionId}`);
      const offer = offers().find((o) => o.offerId === input.offerId);
      if (offer === undefined) throw new UnsubscribeError('not-found', `mock acceptOffer: no offer ${input.offerId}`);
      const agreedAt = toShanghaiIso(at);
      let agreement: Agreement;
      if (offer.kind === 'pause') {
        const choice = offer.choices.find((c) => c.months === input.months);
        if (choice === undefined)
          throw new UnsubscribeError('invalid-input', `mock acceptOffer: ${String(input.months)} months is not offered`);
        agreement = { offerId: offer.offerId, kind: 'pause', months: choice.months, resumesOn: choice.resumesOn, agreedAt };
        if (offer.storageFeePerMonth !== undefined) agreement.storageFeePerMonth = { ...offer.storageFeePerMonth };
      } else {
        const { planName, price, billingCycle, startsAt } = offer;
        agreement = { offerId: offer.offerId, kind: 'downgrade', planName, price: { ...price }, billingCycle, startsAt, agreedAt };
      }
      byKey.set(input.idempotencyKey, { input: body, agreement });
      return cloneData(agreement);
    },
    agreements: () => [...byKey.values()].map((entry) => cloneData(entry.agreement)),
  };
}
