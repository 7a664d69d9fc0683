/**
 * "Send it to me": the receipt of a request sent by SMS or e-mail (`sendReceipt`), beside print
 * and save on `status` and `done`. Like the feedback form it runs beside the flow (the request is
 * already made), so its state is not the flow's; these are its rules. Pure.
 *
 * - Offered only when the adapter has `sendReceipt`, and per channel only where the context has a
 *   destination: SMS to `account.maskedPhone`, e-mail to `account.maskedEmail`.
 * - One press sends one message: the press makes an idempotency key, and a retry after a failure
 *   reuses it, so an answer lost on the way never becomes a second SMS. A press after a success
 *   is a new message (a new key).
 * - A back end that asks to wait (`Retry-After`) is not asked again before then.
 */
import type { UnsubscribeErrorCode } from '../contract/errors.js';
import type { ReceiptChannel, ReceiptDelivery, UnsubscribeContext } from '../contract/types.js';

/** A way the receipt can be sent, and the masked destination the subscriber is shown. */
export interface ReceiptChannelOffer {
  readonly channel: ReceiptChannel;
  readonly to: string;
}

export interface ChannelDelivery {
  readonly phase: 'idle' | 'sending' | 'sent' | 'failed';
  /** The key of the press under way or last failed: a retry sends it again. */
  readonly idempotencyKey: string | null;
  /** Where the back end said it went (`sent`). */
  readonly sentTo: string | null;
  readonly failure: UnsubscribeErrorCode | null;
  /** Whether pressing again may help (false for a refusal such as `invalid-input`). */
  readonly retryable: boolean;
  /** Until when (ISO instant) the back end asked not to be asked again; null when it did not. */
  readonly retryAt: string | null;
}

export interface ReceiptDeliveryState {
  /** The request whose receipt is sent: a new request starts afresh. */
  readonly requestId: string | null;
  readonly channels: Readonly<Record<ReceiptChannel, ChannelDelivery>>;
}

const IDLE: ChannelDelivery = { phase: 'idle', idempotencyKey: null, sentTo: null, failure: null, retryable: true, retryAt: null };

export function noDeliveries(requestId: string | null): ReceiptDeliveryState {
  return { requestId, channels: { sms: IDLE, email: IDLE } };
}

/** The same state for `requestId`, or a fresh one when the receipt shown is another request's. */
export function deliveriesFor(state: ReceiptDeliveryState, requestId: string | null): ReceiptDeliveryState {
  return state.requestId === requestId ? state : noDeliveries(requestId);
}

/** The channels offered, SMS first; none without `sendReceipt` or without a destination. */
export function receiptChannels(context: UnsubscribeContext | null, canSendReceipt: boolean): ReceiptChannelOffer[] {
  if (!canSendReceipt || context === null) return [];
  const offers: ReceiptChannelOffer[] = [];
  const { maskedPhone, maskedEmail } = context.account;
  if (maskedPhone) offers.push({ channel: 'sms', to: maskedPhone });
  if (maskedEmail) offers.push({ channel: 'email', to: maskedEmail });
  return offers;
}

/** Whether a press on `channel` at `now` (ms) would send: not while one is under way or the back end asked to wait. */
export function maySend(state: ReceiptDeliveryState, channel: ReceiptChannel, now: number): boolean {
  const delivery = state.channels[channel];
  if (state.requestId === null || delivery.phase === 'sending') return false;
  return delivery.retryAt === null || Date.parse(delivery.retryAt) <= now;
}

function withChannel(state: ReceiptDeliveryState, channel: ReceiptChannel, delivery: ChannelDelivery): ReceiptDeliveryState {
  return { ...state, channels: { ...state.channels, [channel]: delivery } };
}

/** A press: the key to send with (`freshKey`, or the failed press's key on a retry), or the state unchanged when it may not send. */
export function pressSend(state: ReceiptDeliveryState, channel: ReceiptChannel, freshKey: string, now: number): ReceiptDeliveryState {
  if (!maySend(state, channel, now)) return state;
  const before = state.channels[channel];
  const idempotencyKey = before.phase === 'failed' && before.idempotencyKey !== null ? before.idempotencyKey : freshKey;
  return withChannel(state, channel, { ...IDLE, phase: 'sending', idempotencyKey });
}

/** The back end sent it: the confirmation says where. An answer for another request is ignored. */
export function delivered(state: ReceiptDeliveryState, delivery: ReceiptDelivery): ReceiptDeliveryState {
  if (delivery.requestId !== state.requestId || state.channels[delivery.channel].phase !== 'sending') return state;
  return withChannel(state, delivery.channel, { ...IDLE, phase: 'sent', sentTo: delivery.sentTo });
}

export interface DeliveryFailure {
  readonly code: UnsubscribeErrorCode;
  readonly retryable: boolean;
  readonly retryAfterSeconds?: number | undefined;
}

/** It failed: the error shows with a retry (keeping the press's key), held until `Retry-After` when the back end gave one. */
export function deliveryFailed(
  state: ReceiptDeliveryState,
  channel: ReceiptChannel,
  failure: DeliveryFailure,
  now: number,
): ReceiptDeliveryState {
  const before = state.channels[channel];
  if (before.phase !== 'sending') return state;
  const wait = failure.retryAfterSeconds;
  const retryAt = wait !== undefined && wait > 0 ? new Date(now + wait * 1000).toISOString() : null;
  return withChannel(state, channel, {
    ...IDLE,
    phase: 'failed',
    idempotencyKey: before.idempotencyKey,
    failure: failure.code,
    retryable: failure.retryable,
    retryAt,
  });
}
