/**
 * The `done` step (退订完成): the outcome (completed, or rejected with the operator's reason),
 * refund tracking, after-care (uninstalling the client, clearing saved sign-in details, closing
 * the account, the operator's alternatives), contact details to keep, and a short feedback form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RequestStatus } from '../contract/types.js';
import type { StepView } from './view.js';
import type { MessageKey } from '../i18n/index.js';
import { localized } from '../options/index.js';
import { arrivalWindow } from '../refund/index.js';
import { externalLink } from '../ui/fields.js';
import { safeUrl } from '../ui/safe-url.js';
import { renderFeedback } from './feedback-form.js';
import { renderContact } from './receipt-contact.js';
import { renderWithdraw, renderWithdrawn } from './withdraw-panel.js';
import { nowrap, nowrapRange, rich } from '../ui/rich-text.js';
import { beijingTime, dataRow, hasOwnReceipt, ownQuote, requestNumber, type ReceiptRow } from './receipt-facts.js';
import { renderKeepActions, renderReceiptRows, renderRequestNumber } from './receipt-parts.js';
import { renderReceiptSend } from './receipt-send.js';
import { renderPickAnother } from './subscription-picker.js';

// What the element takes in with the step when its chunk arrives (see steps/index.ts).
export { doneStyles } from './done.styles.js';
export { statusStyles } from './status.styles.js';

const BUILT_IN_PLATFORMS = ['windows', 'macos', 'android', 'ios'] as const;

interface Guide {
  id: string;
  label: string;
  steps: string[];
}

export function renderDone(view: StepView): TemplateResult {
  const status = finalStatus(view);
  return html`<div class="done">
    ${view.state.status?.status === 'withdrawn' ? renderWithdrawn(view) : html`${renderOutcome(view, status)} ${renderWithdraw(view)}`}
    ${status?.status === 'completed' ? html`${renderRefund(view, status)} ${renderKeepActions(view)} ${renderReceiptSend(view)} ${renderAfterCare(view)}` : nothing}
    ${renderContact(view, { id: 'done-contact', title: view.t('done.contact.title') })} ${renderPickAnother(view)}
    <div class="no-print">${renderFeedback(view)}</div>
  </div>`;
}

/** The request's final status, or null when the widget came back to `done` without one (a reload). */
function finalStatus(view: StepView): RequestStatus | null {
  const { status } = view.state;
  if (status === null || status.requestId !== requestNumber(view)) return null;
  return status.status === 'completed' || status.status === 'rejected' ? status : null;
}

/**
 * The outcome under the step's heading, which already says it ("退订完成", "退订申请未通过"), so
 * the box says what it means, not the same words again.
 */
function renderOutcome(view: StepView, status: RequestStatus | null): TemplateResult {
  const { t } = view;
  const number = requestNumber(view);
  if (status === null) {
    return html`<div class="outcome"><p>${t('done.outcome.unknown', { requestId: number ?? '' })}</p></div>`;
  }
  if (status.status === 'rejected') {
    return html`<div class="outcome outcome--rejected notice notice--danger">
      ${
        status.rejectionReason
          ? html`<p class="outcome__reason"><strong>${t('done.outcome.rejected.reasonLabel')}</strong>${status.rejectionReason}</p>`
          : html`<p>${t('done.outcome.rejected.noReason')}</p>`
      }
      <p>${t('done.outcome.rejected.kept')}</p>
      <p>${t('done.outcome.rejected.next')}</p>
      ${number === null ? nothing : html`<p class="hint">${rich(view, 'done.outcome.number', { requestId: nowrap(number) })}</p>`}
    </div>`;
  }
  // When the service stops is in the sentence above; the data's fate is counted from it.
  const rows: ReceiptRow[] = [
    { label: t('done.outcome.doneAtLabel'), value: beijingTime(view, status.updatedAt) },
    dataRow(view, ownQuote(view)?.effectiveAt ?? null),
  ];
  return html`<div class="outcome outcome--completed">
    <p class="outcome__body">${completedBody(view, status)}</p>
    ${number === null ? nothing : renderRequestNumber(view, number)} ${renderReceiptRows(rows)}
  </div>`;
}

/** What happened, with when the service stops: now, or at the end of the paid period when that was asked (and is still ahead). */
function completedBody(view: StepView, status: RequestStatus): TemplateResult | string {
  const product = view.state.context?.subscription.productName ?? '';
  const quote = ownQuote(view);
  if (quote === null) return view.t('done.outcome.completed.body', { product });
  if (quote.effective === 'end-of-term' && Date.parse(quote.effectiveAt) > Date.parse(status.updatedAt)) {
    return rich(view, 'done.outcome.completed.endsAt', {
      product,
      time: nowrap(view.fmt.dateTime(quote.effectiveAt)),
      zone: nowrap(view.t('timezone.beijing')),
    });
  }
  return view.t('done.outcome.completed.endsNow', { product });
}

function renderRefund(view: StepView, status: RequestStatus): TemplateResult {
  const { t, fmt, state } = view;
  const refund = status.refund;
  const quote = hasOwnReceipt(view) ? state.quote : null;
  const amount = refund?.amount ?? quote?.refund ?? null;
  let body: TemplateResult;
  if (refund?.status === 'none' || amount?.amount === 0) {
    body = html`<p>${t('done.refund.none')}</p>`;
  } else if (amount === null) {
    body = html`<p>${t('done.refund.unknown')}</p>`;
  } else {
    const method = quote?.method ?? state.context?.terms.refundMethod;
    const arrival = refund?.status === 'arrived' ? null : arrivalOf(view, status);
    body = html`<dl class="summary-list refund">
      <dt>${t('done.refund.amount')}</dt>
      <dd class="refund__amount nowrap">${fmt.money(amount)}</dd>
      ${
        method
          ? html`<dt>${t('done.refund.method')}</dt>
              <dd>${method}</dd>`
          : nothing
      }
      ${
        refund
          ? html`<dt>${t('done.refund.status')}</dt>
              <dd>${t(`done.refund.status.${refund.status}`)}</dd>`
          : nothing
      }
      ${
        arrival
          ? html`<dt>${t('done.refund.expected')}</dt>
              <dd>${nowrapRange(arrival.range)}<span class="hint refund__hint">${arrival.hint}</span></dd>`
          : nothing
      }
    </dl>`;
  }
  return html`<section class="refund-tracking" aria-labelledby="cpu-refund-title">
    <h3 id="cpu-refund-title">${t('done.refund.title')}</h3>
    ${body}
  </section>`;
}

/**
 * The back end's dates when it gives them; otherwise the window counted here on the operator's
 * working-day calendar from when the request was submitted (or finished, when that is all we know).
 */
function arrivalOf(view: StepView, status: RequestStatus): { range: string; hint: string } | null {
  const { t, fmt, state, options } = view;
  const expected = status.refund?.expectedBy;
  if (expected) return { range: fmt.dateRange(expected.earliest, expected.latest), hint: t('done.refund.expectedHint') };
  const own = hasOwnReceipt(view);
  const days = (own ? state.quote?.arrivalWorkingDays : undefined) ?? options.arrivalWorkingDays;
  const from = own && state.receipt ? state.receipt.submittedAt : status.updatedAt;
  try {
    const window = arrivalWindow(from, days, options.calendar);
    return { range: fmt.dateRange(window.earliest, window.latest), hint: t('done.refund.estimated', { min: days.min, max: days.max }) };
  } catch {
    // A date the calendar cannot count (a malformed calendar): better no date than a wrong one.
    return null;
  }
}

function guidesOf(view: StepView): Guide[] {
  const { t, locale, options } = view;
  if (options.uninstallGuides) {
    return options.uninstallGuides.map((g) => ({
      id: g.platform,
      label: localized(g.label, locale),
      steps: g.steps.map((s) => localized(s, locale)),
    }));
  }
  return BUILT_IN_PLATFORMS.map((p) => ({
    id: p,
    label: t(`done.uninstall.${p}.label`),
    steps: [1, 2, 3].map((n) => t(`done.uninstall.${p}.${n}` as MessageKey)),
  }));
}

function renderAfterCare(view: StepView): TemplateResult {
  const { t, locale, options } = view;
  const deleteUrl = safeUrl(options.deleteAccountUrl ?? undefined, 'options.deleteAccountUrl');
  const alternatives = options.alternatives.map((a, i) => ({
    title: localized(a.title, locale),
    description: a.description === undefined ? '' : localized(a.description, locale),
    url: safeUrl(a.url, `options.alternatives[${i}].url`),
  }));
  return html`<section class="aftercare" aria-labelledby="cpu-aftercare-title">
    <h3 id="cpu-aftercare-title">${t('done.aftercare.title')}</h3>
    <h4>${t('done.uninstall.title')}</h4>
    <p>${t('done.uninstall.intro')}</p>
    ${guidesOf(view).map(
      (guide) =>
        html`<details class="guide" data-platform=${guide.id}>
          <summary>${guide.label}</summary>
          <ol>
            ${guide.steps.map((step) => html`<li>${step}</li>`)}
          </ol>
        </details>`,
    )}
    <h4>${t('done.cache.title')}</h4>
    <ul>
      <li>${t('done.cache.1')}</li>
      <li>${t('done.cache.2')}</li>
      <li>${t('done.cache.3')}</li>
    </ul>
    ${
      deleteUrl === null
        ? nothing
        : html`<h4>${t('done.deleteAccount.title')}</h4>
            <p>${t('done.deleteAccount.body')}</p>
            <p class="aftercare__delete">${externalLink(view, deleteUrl, t('done.deleteAccount.link'))}</p>`
    }
    ${
      alternatives.length === 0
        ? nothing
        : html`<h4>${t('done.alternatives.title')}</h4>
            <ul class="alternatives">
              ${alternatives.map(
                (a) =>
                  html`<li>
                    ${a.url === null ? html`<strong>${a.title}</strong>` : externalLink(view, a.url, a.title)}
                    ${a.description ? html`<span class="hint alternatives__description">${a.description}</span>` : nothing}
                  </li>`,
              )}
            </ul>`
    }
  </section>`;
}
