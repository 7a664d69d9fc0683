/**
 * The `status` step (退订申请已提交): the receipt of the request (its number with a copy button,
 * when it was sent, what was asked, when the service stops, the refund and when it arrives, when
 * the data is erased, when the request should be done), to print or save as a text file; the live
 * progress, which the shell's status poller refreshes by itself; and how to ask about it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RequestStatusValue } from '../contract/types.js';
import type { StepView } from './view.js';
import { secondsUntil } from '../flow/retry-wait.js';
import { button } from '../ui/button.js';
import { waitText } from '../ui/wait.js';
import { renderContact } from './receipt-contact.js';
import { renderWithdraw } from './withdraw-panel.js';
import { nowrap, rich } from '../ui/rich-text.js';
import { currentStage, hasOwnReceipt, receiptRows, requestNumber } from './receipt-facts.js';
import { renderKeepActions, renderReceiptRows, renderRequestNumber } from './receipt-parts.js';
import { renderReceiptSend } from './receipt-send.js';
import { renderPickAnother } from './subscription-picker.js';

// What the element takes in with the step when its chunk arrives (see steps/index.ts).
export { statusStyles } from './status.styles.js';

type StageKey = 'received' | 'processing' | 'done' | 'completed' | 'rejected';
type StageState = 'done' | 'current' | 'upcoming';

export function renderStatus(view: StepView): TemplateResult {
  return html`<div class="status">
    ${renderReceipt(view)} ${renderProgress(view)} ${renderWithdraw(view)}
    ${renderContact(view, { id: 'status-support', title: view.t('status.support.title') })} ${renderPickAnother(view)}
  </div>`;
}

function renderReceipt(view: StepView): TemplateResult {
  const { t } = view;
  const number = requestNumber(view);
  const rows = receiptRows(view);
  return html`<section class="receipt" aria-labelledby="cpu-receipt-title">
    <h3 id="cpu-receipt-title">${t('status.receipt.title')}</h3>
    <p>${hasOwnReceipt(view) ? t('status.receipt.intro') : t('status.receipt.introPending')}</p>
    ${number === null ? nothing : renderRequestNumber(view, number)} ${renderReceiptRows(rows)} ${renderKeepActions(view)}
    ${renderReceiptSend(view)}
  </section>`;
}

function stagesOf(stage: RequestStatusValue | null): Array<{ key: StageKey; state: StageState }> {
  const index = stage === null ? -1 : stage === 'received' ? 0 : stage === 'processing' ? 1 : 2;
  const last: StageKey = stage === 'completed' || stage === 'rejected' ? stage : 'done';
  const keys: StageKey[] = ['received', 'processing', last];
  return keys.map((key, i) => ({ key, state: i < index ? 'done' : i === index ? (i === 2 ? 'done' : 'current') : 'upcoming' }));
}

function renderProgress(view: StepView): TemplateResult {
  const { t, statusRefresh, state } = view;
  const stage = currentStage(view);
  const checked = statusRefresh.checkedAt ?? state.status?.updatedAt ?? null;
  // The back end asked not to be asked before then (Retry-After): "refresh now" waits too, and says for how long.
  const wait = secondsUntil(statusRefresh.retryAt, view.now);
  return html`<section class="progress" aria-labelledby="cpu-progress-title">
    <h3 id="cpu-progress-title">${t('status.progress.title')}</h3>
    ${stage === null ? html`<p class="progress__checking">${t('status.checking')}</p>` : nothing}
    <ol class="stages">
      ${stagesOf(stage).map((item, i) => {
        // The outcome, once reached, is both done and where the request stands.
        const current = item.state === 'current' || (i === 2 && item.state === 'done');
        return html`<li class="stage stage--${item.state}" aria-current=${current ? 'step' : 'false'}>
          <span class="stage__mark" aria-hidden="true">${t(`status.mark.${item.state}`)}</span>
          <span class="stage__text">
            <span class="stage__name">${t(`status.stage.${item.key}`)}</span>
            <span class="stage__state">${t('status.stageState', { state: t(`status.stageState.${item.state}`) })}</span>
            ${
              item.key === 'received' || item.key === 'processing' || item.key === 'done'
                ? html`<span class="stage__hint hint">${t(`status.stage.${item.key}.hint`)}</span>`
                : nothing
            }
          </span>
        </li>`;
      })}
    </ol>
    <p class="progress__updated">
      ${
        checked !== null
          ? html`<span
              >${rich(view, 'status.updated', { time: nowrap(view.fmt.dateTime(checked)), zone: nowrap(t('timezone.beijing')) })}</span
            >`
          : nothing
      }
      <span class="no-print"
        >${button({
          kind: 'link',
          label: t('status.refresh'),
          onClick: () => view.refreshStatus(),
          disabled: wait > 0,
        })}</span
      >
    </p>
    ${wait > 0 ? html`<p class="progress__wait hint no-print">${waitText(t, wait)}</p>` : nothing}
    ${statusRefresh.failing ? html`<p class="progress__reconnecting hint no-print">${t('status.reconnecting')}</p>` : nothing}
    <p class="hint no-print">${t('status.autoRefresh')}</p>
  </section>`;
}
