/**
 * "Send it to me", beside print and save on `status` and `done`: one button per channel the back
 * end offers (SMS to the masked phone, e-mail to the masked address), a line that says where it
 * went, and an error with a retry. Drawn only when the adapter has `sendReceipt`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReceiptChannel } from '../contract/types.js';
import { receiptChannels, type ChannelDelivery } from '../flow/receipt-delivery.js';
import { button } from '../ui/button.js';
import type { StepView } from './view.js';

function statusLine(view: StepView, delivery: ChannelDelivery): string {
  const { t } = view;
  if (delivery.phase === 'sending') return t('status.send.sending');
  if (delivery.phase === 'sent') return t('status.send.sent', { to: delivery.sentTo ?? '' });
  if (delivery.phase !== 'failed') return '';
  if (delivery.failure === 'rate-limited') return t('status.send.tooMany');
  return delivery.retryable ? t('status.send.failed') : t('status.send.refused');
}

export function renderReceiptSend(view: StepView): TemplateResult | typeof nothing {
  const { t, state, receiptDelivery } = view;
  const offers = receiptChannels(state.context, state.config.canSendReceipt === true);
  if (offers.length === 0 || state.requestId === null) return nothing;
  const label = (channel: ReceiptChannel, to: string, delivery: ChannelDelivery): string => {
    const sms = channel === 'sms';
    if (delivery.phase === 'failed' && delivery.retryable) return t(sms ? 'status.send.sms.retry' : 'status.send.email.retry', { to });
    if (delivery.phase === 'sent') return t(sms ? 'status.send.sms.again' : 'status.send.email.again', { to });
    return t(sms ? 'status.send.sms' : 'status.send.email', { to });
  };
  return html`<div class="receipt-send no-print" role="group" aria-labelledby="cpu-receipt-send-title">
    <p class="receipt-send__title" id="cpu-receipt-send-title">${t('status.send.title')}</p>
    ${offers.map(({ channel, to }) => {
      const delivery = receiptDelivery.channels[channel];
      return html`<div class="receipt-send__channel" data-channel=${channel}>
        ${button({
          kind: 'secondary',
          label: label(channel, to, delivery),
          busy: delivery.phase === 'sending',
          onClick: () => view.sendReceipt(channel),
        })}
        <p class="receipt-send__status hint" role="status">${statusLine(view, delivery)}</p>
      </div>`;
    })}
  </div>`;
}
