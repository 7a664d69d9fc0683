import { html, nothing, type TemplateResult } from 'lit';
import type { StepView } from './view.js';
import type { StepId } from '../flow/types.js';
import { reasonLabel } from '../ui/labels.js';
import { nowrap, rich } from '../ui/rich-text.js';
import { effectiveIsChoice, effectiveValue, renderEffectiveChoice, renderLoss, renderQuote, renderSubmit } from './quote-parts.js';

// What the element takes in with the step when its chunk arrives (see steps/index.ts).
export { confirmStyles } from './confirm.styles.js';

/** One row of the check page: what was answered, and a way back to the step that asked. */
interface Row {
  key: string;
  value: TemplateResult | string;
  /**
   * The step that asked, for an answer the subscriber can change there. Facts (the service, the
   * account) and what cannot be redone (a verification that passed) have no change link.
   */
  change?: StepId;
}

/**
 * A change link in the GOV.UK pattern: a button that looks like a link, whose accessible name
 * carries the row's label ("修改 退订原因"), so a list of links read out of context still says
 * what each one changes.
 */
function changeLink(view: StepView, step: StepId, what: string): TemplateResult {
  return html`<button type="button" part="link-action" class="button button--link" @click=${() => view.send({ type: 'GO_TO', step })}>
    ${view.t('confirm.change')}<span class="visually-hidden"> ${what}</span>
  </button>`;
}

function renderRows(view: StepView, rows: readonly Row[]): TemplateResult {
  return html`<dl class="check-list">
    ${rows.map(
      (row) =>
        html`<div class="check-list__row">
          <dt>${row.key}</dt>
          <dd class="check-list__value">${row.value}</dd>
          ${row.change === undefined ? nothing : html`<dd class="check-list__action">${changeLink(view, row.change, row.key)}</dd>`}
        </div>`,
    )}
  </dl>`;
}

/** The product and plan, then the account: shared with one-click's compact summary. */
export function serviceValue(view: StepView): TemplateResult | string {
  const subscription = view.state.context?.subscription;
  if (!subscription) return '';
  // The name the subscriber knows it by comes first: with several cloud PCs, it tells them apart.
  const name = subscription.name === undefined ? nothing : html`<strong>${subscription.name}</strong><br />`;
  return html`${name}${subscription.productName}<br /><span class="check-list__more">${subscription.planName}</span>`;
}

export function accountValue(view: StepView): TemplateResult | string {
  const account = view.state.context?.account;
  if (!account) return '';
  const name = account.maskedPhone
    ? rich(view, 'confirm.account.withPhone', { name: account.displayName, phone: nowrap(account.maskedPhone) })
    : account.displayName;
  return html`${name}<br /><span class="check-list__more">${rich(view, 'confirm.account.id', { id: nowrap(account.id) })}</span>`;
}

function reasonsValue(view: StepView): TemplateResult | string {
  const ids = view.state.answers.reasonIds;
  if (ids.length === 0) return view.t('confirm.none');
  if (ids.length === 1) return reasonLabel(view, ids[0] as string);
  return html`<ul class="check-list__items">
    ${ids.map((id) => html`<li>${reasonLabel(view, id)}</li>`)}
  </ul>`;
}

function commentValue(view: StepView): TemplateResult | string {
  const comment = view.state.answers.comment.trim();
  return comment === '' ? view.t('confirm.none') : html`<span class="check-list__comment">${comment}</span>`;
}

function methodValue(view: StepView): string {
  const method = view.state.answers.method;
  if (method === null) return view.t('confirm.none');
  const label = view.t(`method.${method}`);
  return view.state.secrets.proof === null ? label : view.t('confirm.method.verified', { method: label });
}

/**
 * The `confirm` step (确认退订信息): a "check your answers" page. One row per answer, with a change
 * link back to its step where the subscriber can change it (the reasons and the comment), the
 * effective-time choice, the refund quote line by line, what the subscriber loses, and 确认退订.
 * The shell renders Back and "keep my subscription" below.
 */
export function renderConfirm(view: StepView): TemplateResult {
  const { t, state } = view;
  const rows: Row[] = [
    { key: t('confirm.row.service'), value: serviceValue(view) },
    { key: t('confirm.row.account'), value: accountValue(view) },
    { key: t('confirm.row.reasons'), value: reasonsValue(view), change: 'reason' },
    { key: t('confirm.row.comment'), value: commentValue(view), change: 'reason' },
  ];
  if ((state.context?.verificationMethods.length ?? 0) > 0) rows.push({ key: t('confirm.row.method'), value: methodValue(view) });
  if (!effectiveIsChoice(view)) rows.push({ key: t('confirm.row.effective'), value: effectiveValue(view) });
  return html`<p class="hint">${t('confirm.intro')}</p>
    ${renderRows(view, rows)} ${renderEffectiveChoice(view)} ${renderQuote(view)} ${renderLoss(view)} ${renderSubmit(view)}`;
}
