/**
 * The receipt's parts that `status` and `done` both show: the request number, the rows, and the
 * ways to keep it.
 *
 * The request number as a subscriber keeps it: on one line, large enough to read out on the phone,
 * with a button that copies it. `status` shows it under its receipt, `done` under the outcome.
 * The line under the copy button says whether it was copied or only selected (ui/copy-text.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { button } from '../ui/button.js';
import { copyText, sayIn } from '../ui/copy-text.js';
import { renderRich } from '../ui/rich-text.js';
import { downloadReceipt, type ReceiptRow } from './receipt-facts.js';
import type { StepView } from './view.js';

export function renderRequestNumber(view: StepView, requestId: string): TemplateResult {
  const { t } = view;
  const words = { copied: t('status.number.copied'), selected: t('status.number.selected') };
  return html`<div class="receipt-number">
    <span class="receipt-number__label" id="cpu-request-number-label">${t('status.receipt.number')}</span>
    <strong class="receipt-number__value nowrap">${requestId}</strong>
    <button
      type="button"
      part="secondary-action"
      class="button button--secondary receipt-number__copy no-print"
      aria-describedby="cpu-request-number-label"
      @click=${(e: Event) => {
        const box = (e.currentTarget as HTMLElement).closest('.receipt-number');
        copyText(requestId, box?.querySelector('.receipt-number__value') ?? null, words, (said) =>
          sayIn(box?.querySelector('.receipt-number__status'), said),
        );
      }}
    >
      ${t('status.number.copy')}
    </button>
    <p class="receipt-number__status hint no-print" role="status"></p>
  </div>`;
}

/** The receipt's rows, as `status` and `done` show them. */
export function renderReceiptRows(rows: readonly ReceiptRow[]): TemplateResult {
  return html`<dl class="summary-list receipt__rows">
    ${rows.map(
      (row) =>
        html`<dt>${row.label}</dt>
          <dd>${renderRich(row.value)}${row.hint ? html`<span class="receipt__hint hint">${renderRich(row.hint)}</span>` : nothing}</dd>`,
    )}
  </dl>`;
}

/** Print (or save as PDF from the print dialog) and save as a web page of its own: a receipt with date and time is a legal requirement in some markets. */
export function renderKeepActions(view: StepView): TemplateResult {
  const { t } = view;
  return html`<div class="actions receipt__actions">
    ${button({ kind: 'secondary', label: t('status.receipt.print'), onClick: () => window.print() })}
    <a
      href="#"
      class="receipt__download"
      @click=${(e: Event) => {
        e.preventDefault();
        downloadReceipt(view);
      }}
      >${t('status.receipt.download')}</a
    >
  </div>`;
}
