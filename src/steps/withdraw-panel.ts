/**
 * 撤销退订 on `status` and `done`: while the back end says the request may still be taken back
 * (`withdrawableUntil`) and the adapter can, one action, then a confirmation that says what it
 * means (the service goes on, nothing is charged). And, once withdrawn, the outcome on `done`.
 * The flow decides (flow/withdrawal.ts); this draws it and sends the subscriber's intents.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { withdrawableUntil } from '../flow/withdrawal.js';
import { button } from '../ui/button.js';
import { requestNumber } from './receipt-facts.js';
import type { StepView } from './view.js';

/** Ids the element moves focus to (element/reactions.ts): the confirmation's heading, and the action that opened it. */
export const WITHDRAW_CONFIRM_TITLE_ID = 'cpu-withdraw-confirm-title';
export const WITHDRAW_START_ID = 'cpu-withdraw-start';

function productOf(view: StepView): string {
  return view.state.context?.subscription.productName ?? '';
}

/** The action, or its confirmation; nothing when the request cannot be withdrawn (any more) or the adapter has no `withdraw`. */
export function renderWithdraw(view: StepView): TemplateResult | typeof nothing {
  const until = withdrawableUntil(view.state, view.now);
  if (until === null) return nothing;
  const { t, state } = view;
  if (!state.withdrawal.confirming) {
    return html`<section class="withdraw no-print" aria-labelledby="cpu-withdraw-title">
      <h3 id="cpu-withdraw-title">${t('withdraw.title')}</h3>
      <p>${t('withdraw.intro', { time: view.fmt.dateTime(until), zone: t('timezone.beijing') })}</p>
      <div class="actions">
        ${button({ kind: 'secondary', id: WITHDRAW_START_ID, label: t('withdraw.action'), onClick: () => view.send({ type: 'ASK_WITHDRAW' }) })}
      </div>
    </section>`;
  }
  const busy = state.pending?.operation === 'withdraw';
  return html`<section class="withdraw withdraw--confirming notice no-print" aria-labelledby=${WITHDRAW_CONFIRM_TITLE_ID}>
    <h3 id=${WITHDRAW_CONFIRM_TITLE_ID} tabindex="-1">${t('withdraw.confirm.title')}</h3>
    <p>${t('withdraw.confirm.body', { product: productOf(view) })}</p>
    <p>${t('withdraw.confirm.free')}</p>
    <p class="hint">${t('withdraw.intro', { time: view.fmt.dateTime(until), zone: t('timezone.beijing') })}</p>
    <div class="actions">
      ${button({ kind: 'primary', label: t('withdraw.confirm.yes'), busy, disabled: busy, onClick: () => view.send({ type: 'WITHDRAW' }) })}
      ${button({ kind: 'secondary', label: t('withdraw.confirm.no'), disabled: busy, onClick: () => view.send({ type: 'CANCEL_WITHDRAW' }) })}
    </div>
  </section>`;
}

/** The outcome on `done` once the request was withdrawn (here or elsewhere). */
export function renderWithdrawn(view: StepView): TemplateResult | typeof nothing {
  const { t, state } = view;
  const status = state.status;
  if (status === null || status.status !== 'withdrawn') return nothing;
  return html`<div class="outcome outcome--withdrawn">
    <p>${t('withdraw.done.body', { product: productOf(view) })}</p>
    <p class="hint">
      ${t('done.outcome.number', { requestId: requestNumber(view) ?? status.requestId })}<br />
      ${t('withdraw.done.at', { time: view.fmt.dateTime(status.updatedAt), zone: t('timezone.beijing') })}
    </p>
  </div>`;
}
