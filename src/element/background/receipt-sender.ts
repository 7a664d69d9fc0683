/**
 * "Send it to me" on `status` and `done`: sends the receipt with the adapter's optional
 * `sendReceipt`, one press one message (flow/receipt-delivery.ts decides), and keeps each
 * channel's outcome per request. Removing the element aborts the call.
 */
import type { ReceiptChannel } from '../../contract/types.js';
import {
  deliveriesFor,
  delivered,
  deliveryFailed,
  maySend,
  noDeliveries,
  pressSend,
  type ReceiptDeliveryState,
} from '../../flow/receipt-delivery.js';
import { withRetryAt } from '../../flow/retry-wait.js';
import { randomUuid } from '../../platform/ids.js';
import { BesideFlow } from './beside-flow.js';

export class ReceiptSender extends BesideFlow {
  private current: ReceiptDeliveryState = noDeliveries(null);

  /** The deliveries of the request on screen (another request starts afresh). */
  get state(): ReceiptDeliveryState {
    this.current = deliveriesFor(this.current, this.host.flowState.requestId);
    return this.current;
  }

  retryAts(): Array<string | null> {
    const { sms, email } = this.state.channels;
    return [sms.retryAt, email.retryAt];
  }

  send(channel: ReceiptChannel): void {
    const now = this.host.now();
    if (this.host.flowState.config.canSendReceipt !== true || !maySend(this.state, channel, now)) return;
    this.update(pressSend(this.state, channel, randomUuid(), now));
    void this.deliver(channel);
  }

  protected due(): void {
    // No timer: a receipt is sent when the subscriber asks.
  }

  private update(next: ReceiptDeliveryState): void {
    this.current = next;
    this.host.requestUpdate();
  }

  private async deliver(channel: ReceiptChannel): Promise<void> {
    const { requestId, channels } = this.state;
    const idempotencyKey = channels[channel].idempotencyKey;
    if (requestId === null || idempotencyKey === null) return;
    const outcome = await this.call(
      (adapter, options) => adapter.sendReceipt({ requestId, channel, idempotencyKey }, options),
      'sendReceipt',
    );
    if (outcome === null) return;
    if (!outcome.ok) {
      const { code, retryable, retryAfterSeconds } = outcome.error;
      this.update(deliveryFailed(this.state, channel, { code, retryable, retryAfterSeconds }, this.host.now()));
      this.host.callFailed(
        withRetryAt(
          { code, retryable, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
          new Date(this.host.now()).toISOString(),
        ),
      );
      return;
    }
    this.update(delivered(this.state, outcome.value));
  }
}
