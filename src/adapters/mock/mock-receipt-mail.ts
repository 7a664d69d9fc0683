/**
 * The mock's post room for `sendReceipt`: it "sends" a receipt by SMS to the account's masked
 * phone or by e-mail to its masked address, and keeps what it sent so a test or a story can read
 * it (`receiptDeliveries()`). One press is one message: a repeated idempotency key answers the
 * first delivery again instead of sending another.
 */
import { UnsubscribeError, type Account, type ReceiptDelivery, type SendReceiptInput } from '../../contract/index.js';
import { toShanghaiIso } from './mock-time.js';

export interface ReceiptPostRoom {
  send(input: SendReceiptInput, now: number): ReceiptDelivery;
  /** Every receipt sent, oldest first. */
  sent(): ReceiptDelivery[];
}

export function createReceiptPostRoom(account: () => Account, hasRequest: (requestId: string) => boolean): ReceiptPostRoom {
  const byKey = new Map<string, ReceiptDelivery>();
  const sent: ReceiptDelivery[] = [];
  return {
    send({ requestId, channel, idempotencyKey }, now) {
      const earlier = byKey.get(idempotencyKey);
      if (earlier) return { ...earlier };
      if (!hasRequest(requestId)) throw new UnsubscribeError('not-found', `mock sendReceipt: no request ${requestId}`);
      const sentTo = channel === 'sms' ? account().maskedPhone : account().maskedEmail;
      if (!sentTo)
        throw new UnsubscribeError(
          'invalid-input',
          `mock sendReceipt: the account has no ${channel === 'sms' ? 'phone' : 'e-mail address'}`,
        );
      const delivery: ReceiptDelivery = { requestId, channel, sentTo, sentAt: toShanghaiIso(now) };
      byKey.set(idempotencyKey, delivery);
      sent.push(delivery);
      return { ...delivery };
    },
    sent: () => sent.map((delivery) => ({ ...delivery })),
  };
}
