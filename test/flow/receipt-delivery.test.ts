/** "Send it to me": which channels are offered, what a press sends, and what the subscriber is told. */
import { expect } from '@open-wc/testing';
import {
  deliveriesFor,
  delivered,
  deliveryFailed,
  maySend,
  noDeliveries,
  pressSend,
  receiptChannels,
  type ReceiptDeliveryState,
} from '../../src/flow/receipt-delivery.js';
import { REQUEST_ID, validContext, validReceiptDelivery } from '../contract/fixtures.js';

const NOW = Date.parse('2026-03-12T10:25:00+08:00');
const withEmail = validContext({ account: { id: 'U-1', displayName: '王小明', maskedPhone: '138****5678', maskedEmail: 'w***@139.com' } });
const pressed = (state = noDeliveries(REQUEST_ID), key = 'key-1'): ReceiptDeliveryState => pressSend(state, 'sms', key, NOW);

describe('which ways to send the receipt are offered', () => {
  it('SMS to the masked phone, and e-mail to the masked address when the context has one', () => {
    expect(receiptChannels(validContext(), true)).to.deep.equal([{ channel: 'sms', to: '138****5678' }]);
    expect(receiptChannels(withEmail, true)).to.deep.equal([
      { channel: 'sms', to: '138****5678' },
      { channel: 'email', to: 'w***@139.com' },
    ]);
  });

  it('none when the adapter has no sendReceipt, whatever the context has', () => {
    expect(receiptChannels(withEmail, false)).to.deep.equal([]);
  });

  it('none without a destination: a context with neither phone nor address', () => {
    const bare = validContext({ account: { id: 'U-1', displayName: '王小明' } });
    expect(receiptChannels(bare, true)).to.deep.equal([]);
  });
});

describe('sending the receipt', () => {
  it('a press sends once with the key it made, and a second press while it is on its way sends nothing more', () => {
    const once = pressed();
    expect(once.channels.sms).to.include({ phase: 'sending', idempotencyKey: 'key-1' });
    expect(pressed(once, 'key-2')).to.equal(once);
  });

  it('the confirmation says where it went, as the back end answered', () => {
    const sent = delivered(pressed(), validReceiptDelivery({ sentTo: '138****8000' }));
    expect(sent.channels.sms).to.include({ phase: 'sent', sentTo: '138****8000' });
    expect(sent.channels.email.phase).to.equal('idle');
  });

  it('a retry after a failure sends the same key, so a lost answer never becomes a second message', () => {
    const failed = deliveryFailed(pressed(), 'sms', { code: 'network', retryable: true }, NOW);
    expect(failed.channels.sms).to.include({ phase: 'failed', failure: 'network', retryable: true });
    expect(pressed(failed, 'key-2').channels.sms.idempotencyKey).to.equal('key-1');
  });

  it('pressing again after it was sent sends a new message, with a new key', () => {
    const sent = delivered(pressed(), validReceiptDelivery());
    expect(pressed(sent, 'key-2').channels.sms).to.include({ phase: 'sending', idempotencyKey: 'key-2' });
  });

  it('when the back end asks to wait, nothing is sent before the time it gave', () => {
    const limited = deliveryFailed(pressed(), 'sms', { code: 'rate-limited', retryable: true, retryAfterSeconds: 600 }, NOW);
    expect(maySend(limited, 'sms', NOW + 599_000)).to.equal(false);
    expect(pressSend(limited, 'sms', 'key-2', NOW + 599_000)).to.equal(limited);
    expect(maySend(limited, 'sms', NOW + 600_000)).to.equal(true);
    expect(maySend(limited, 'email', NOW)).to.equal(true);
  });

  it('an answer about another request changes nothing, and another request starts afresh', () => {
    const state = pressed();
    expect(delivered(state, validReceiptDelivery({ requestId: 'TD-OTHER' }))).to.equal(state);
    expect(deliveriesFor(state, REQUEST_ID)).to.equal(state);
    expect(deliveriesFor(state, 'TD-OTHER').channels.sms.phase).to.equal('idle');
  });

  it('nothing is sent before there is a request', () => {
    expect(maySend(noDeliveries(null), 'sms', NOW)).to.equal(false);
  });
});
