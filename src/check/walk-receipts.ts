/**
 * Sending the receipt (`POST /requests/{id}/receipt-deliveries`), an optional endpoint: skipped
 * when the back end answers 404, 405 or 501 for the request the walk made (it has no such
 * endpoint). When it has one, the check sends one receipt to where the context says the receipt
 * may go (SMS to `account.maskedPhone`, else e-mail to `account.maskedEmail`) and checks that the
 * answer parses and names that request and channel, that the same key again answers the same
 * delivery (nothing sent twice), and that an unknown request is 404. One message reaches the test
 * account, never more: the rate limit is not probed.
 */
import { contextSchema, receiptDeliverySchema } from '../contract/schemas.js';
import type { ReceiptChannel } from '../contract/types.js';
import { expectProblem, parseSuccess } from './expectations.js';
import type { CallOutcome } from './http-client.js';
import type { Walk } from './walk.js';

const ENDPOINT = 'POST /requests/{id}/receipt-deliveries';
/** What a back end without the endpoint answers. */
const ABSENT = new Set([404, 405, 501]);

/** Where the context lets a receipt go, SMS first; undefined when the account has neither. */
async function channelOf(walk: Walk): Promise<ReceiptChannel | undefined> {
  const query: Record<string, string> = walk.facts.subscriptionId === undefined ? {} : { subscriptionId: walk.facts.subscriptionId };
  const parsed = parseSuccess(
    await walk.client.call('GET /context', { method: 'GET', path: '/context', query }),
    contextSchema,
    'the context',
  );
  if (!parsed.ok) return undefined;
  const { maskedPhone, maskedEmail } = parsed.value.account;
  return maskedPhone ? 'sms' : maskedEmail ? 'email' : undefined;
}

export async function checkSendReceipt(walk: Walk): Promise<void> {
  const { findings, requestId } = walk;
  if (requestId === undefined) return findings.skip(ENDPOINT, 'no request to send the receipt of: POST /requests created none');
  const channel = await channelOf(walk);
  if (channel === undefined) return findings.skip(ENDPOINT, 'the context names no phone and no e-mail address to send a receipt to');
  const key = crypto.randomUUID();
  const send = (id: string, idempotencyKey: string, body: object = { channel }): Promise<CallOutcome> =>
    walk.client.call(ENDPOINT, {
      method: 'POST',
      path: `/requests/${encodeURIComponent(id)}/receipt-deliveries`,
      headers: { 'Idempotency-Key': idempotencyKey },
      body: { ...body, requestId: id, idempotencyKey },
    });

  const outcome = await send(requestId, key);
  if (outcome.exchange !== undefined && ABSENT.has(outcome.exchange.status)) {
    return findings.skip(ENDPOINT, `answered ${outcome.exchange.status} for ${requestId}: sending the receipt is not offered (optional)`);
  }
  const first = parseSuccess(outcome, receiptDeliverySchema, 'the delivery');
  if (!first.ok) return findings.fail(ENDPOINT, first.message);
  const { value } = first;
  findings.expect(
    ENDPOINT,
    value.requestId !== requestId
      ? `sent the receipt of ${value.requestId}, not ${requestId}`
      : value.channel !== channel
        ? `sent it by ${value.channel}, not ${channel}`
        : undefined,
    `sends the receipt of ${requestId} by ${channel} to ${value.sentTo}`,
  );

  const again = parseSuccess(await send(requestId, key), receiptDeliverySchema, 'the repeated delivery');
  findings.expect(
    ENDPOINT,
    !again.ok
      ? `the same key again: ${again.message}`
      : again.value.sentAt !== value.sentAt
        ? `the same key again answers another delivery (${again.value.sentAt}, not ${value.sentAt}): the receipt was sent twice`
        : undefined,
    'the same key again answers the same delivery (nothing sent twice)',
  );

  findings.expect(
    ENDPOINT,
    expectProblem(await send('cloudpc-check-no-such-request', crypto.randomUUID()), 404, 'not-found'),
    'an unknown request is 404 not-found',
  );
  findings.expect(
    ENDPOINT,
    expectProblem(await send(requestId, crypto.randomUUID(), { channel: 'fax' }), 422, 'invalid-input'),
    'a channel other than sms or email is 422 invalid-input',
  );
}
