/**
 * The parts `confirm` and `one-click` share: the effective-time choice, the refund quote line by
 * line, what the subscriber loses, and the 确认退订 button. Pure render functions of the view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Effective, RefundQuote } from '../contract/types.js';
import type { StepView } from './view.js';
import type { MessageKey } from '../i18n/index.js';
import { arrivalWindow } from '../refund/index.js';
import { button } from '../ui/button.js';
import { choiceGroup } from '../ui/fields.js';
import { nowrap, nowrapRange, rich } from '../ui/rich-text.js';
import { erasedAt } from './service-end.js';

export type QuoteStatus =
  | { kind: 'ready'; quote: RefundQuote }
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  /** No effective time chosen yet: the quote depends on it, so it is not asked for. */
  | { kind: 'unchosen' };

/**
 * Whether the quote on screen may be shown. A quote for another effective time than the one
 * chosen is stale: its numbers are never shown, not even while the new one loads.
 */
export function quoteStatus(view: StepView): QuoteStatus {
  const { quote, quotePending, answers } = view.state;
  if (quotePending !== null) return { kind: 'loading' };
  if (answers.effective === null) return { kind: 'unchosen' };
  if (quote !== null && quote.effective === answers.effective) return { kind: 'ready', quote };
  return { kind: 'unavailable' };
}

function effectiveLabel(view: StepView): string {
  const effective = view.state.answers.effective;
  return effective === null ? view.t('confirm.none') : view.t(`effective.${effective}` as MessageKey);
}

/** "2026年9月28日 10:00（北京时间）", or null while the quote (which holds the instant) is not ready. */
function effectiveInstant(view: StepView): TemplateResult | null {
  const status = quoteStatus(view);
  if (status.kind !== 'ready') return null;
  return rich(view, 'confirm.effective.at', {
    time: nowrap(view.fmt.dateTime(status.quote.effectiveAt)),
    zone: nowrap(view.t('timezone.beijing')),
  });
}

/** The effective time as one value: the choice and, once quoted, the instant. For a summary row. */
export function effectiveValue(view: StepView): TemplateResult {
  const instant = effectiveInstant(view);
  return html`${effectiveLabel(view)}${instant === null ? nothing : html`<br /><span class="effective-instant">${instant}</span>`}`;
}

/**
 * What each effective time means, under its radio: when the service stops, and the penalty beside
 * the option that incurs it (the early one: a penalty is what ending the paid period early costs).
 */
function effectiveHint(view: StepView, value: Effective): TemplateResult {
  const { t, fmt, state } = view;
  const context = state.context;
  if (value === 'end-of-term') {
    const end = context ? fmt.dateTime(context.subscription.currentPeriod.end) : '';
    return rich(view, 'confirm.effective.hint.end-of-term', { end: nowrap(end), zone: nowrap(t('timezone.beijing')) });
  }
  const penalty = context?.terms.penalty;
  return penalty && penalty.amount > 0
    ? rich(view, 'confirm.effective.hint.immediately', { penalty: nowrap(fmt.money(penalty)) })
    : html`${t('confirm.effective.hint.immediatelyNoPenalty')}`;
}

/** Whether the operator lets the subscriber choose when the unsubscription takes effect. */
export function effectiveIsChoice(view: StepView): boolean {
  return (view.state.context?.terms.effectiveOptions.length ?? 0) > 1;
}

/**
 * The radio choice of the effective time, each with what it means under it. Nothing when there is
 * no choice. The instant the chosen one takes effect is said once, in "what happens" below.
 */
export function renderEffectiveChoice(view: StepView): TemplateResult | typeof nothing {
  if (!effectiveIsChoice(view)) return nothing;
  const { t, state } = view;
  const options = state.context?.terms.effectiveOptions ?? [];
  return choiceGroup(view, {
    field: 'effective',
    type: 'radio',
    legend: t('confirm.effective.legend'),
    items: options.map((value) => ({ value, label: t(`effective.${value}` as MessageKey), hint: effectiveHint(view, value) })),
    selected: state.answers.effective === null ? [] : [state.answers.effective],
    onChange: (value, selected) => {
      if (selected && (value === 'immediately' || value === 'end-of-term')) view.send({ type: 'SET_EFFECTIVE', effective: value });
    },
  });
}

/** "2026年10月13日至23日（7–15 个工作日）": the working days as real dates on the operator's calendar, counted from now. */
function arrivalText(view: StepView, quote: RefundQuote): TemplateResult | string {
  const { min, max } = quote.arrivalWorkingDays;
  try {
    const window = arrivalWindow(new Date(view.now).toISOString(), quote.arrivalWorkingDays, view.options.calendar);
    // The count of working days stays on one line too ("7–15 个工作日", never "工作 / 日").
    const days = nowrap(view.t('confirm.quote.arrivalDays', { min, max }));
    return rich(view, 'confirm.quote.arrivalValue', { range: nowrapRange(view.fmt.dateRange(window.earliest, window.latest)), days });
  } catch {
    // A calendar that cannot answer (a date past 9999) still leaves the plain count, which is true.
    return view.t('confirm.quote.arrivalDays', { min, max });
  }
}

/**
 * The refund quote, line by line. The status line is always in the page so that screen readers
 * hear "loading" and then the new refund when the effective time changes (a live region that
 * appears together with its text is often not announced).
 */
export function renderQuote(view: StepView): TemplateResult {
  const { t } = view;
  const status = quoteStatus(view);
  const statusText =
    status.kind === 'ready'
      ? t('confirm.quote.ready', { amount: view.fmt.money(status.quote.refund) })
      : t(
          status.kind === 'loading'
            ? 'confirm.quote.loading'
            : status.kind === 'unchosen'
              ? 'confirm.quote.choose'
              : 'confirm.quote.unavailable',
        );
  return html`<section class="quote" aria-labelledby="cpu-quote-title" aria-busy=${status.kind === 'loading' ? 'true' : 'false'}>
    <h3 id="cpu-quote-title" class="section-title">${t('confirm.quote.title')}</h3>
    <p role="status" class=${status.kind === 'ready' ? 'visually-hidden' : 'quote-status'}>${statusText}</p>
    ${status.kind === 'ready' ? renderQuoteLines(view, status.quote) : nothing}
  </section>`;
}

function renderQuoteLines(view: StepView, quote: RefundQuote): TemplateResult {
  const { t, fmt } = view;
  const line = (key: MessageKey, amount: string) =>
    html`<tr>
      <th scope="row">${t(key)}</th>
      <td>${nowrap(amount)}</td>
    </tr>`;
  const nothingBack = quote.refund.amount === 0;
  return html`<table class="quote-table" aria-labelledby="cpu-quote-title">
      <thead class="visually-hidden">
        <tr>
          <th scope="col">${t('confirm.quote.item')}</th>
          <th scope="col">${t('confirm.quote.amount')}</th>
        </tr>
      </thead>
      <tbody>
        ${line('confirm.quote.paid', fmt.money(quote.paid))} ${line('confirm.quote.used', fmt.money(quote.used))}
        ${line('confirm.quote.penalty', fmt.money(quote.penalty))}
        <tr class="quote-total">
          <th scope="row">${t('confirm.quote.refund')}</th>
          <td><strong class="nowrap">${fmt.money(quote.refund)}</strong></td>
        </tr>
      </tbody>
    </table>
    ${
      nothingBack
        ? html`<p class="quote-nothing">${t('confirm.quote.nothing')}</p>`
        : html`<dl class="summary-list quote-details">
            <dt>${t('confirm.quote.method')}</dt>
            <dd>${quote.method}</dd>
            <dt>${t('confirm.quote.arrival')}</dt>
            <dd>${arrivalText(view, quote)}<br /><span class="hint">${t('confirm.quote.arrivalHint')}</span></dd>
          </dl>`
    }`;
}

/**
 * What the subscriber loses, in plain words: when the service stops and, once that instant is
 * known, the exact time the data is erased (or, without a retention period from the back end,
 * only that it will be: the widget claims no timing it does not know).
 */
export function renderLoss(view: StepView): TemplateResult {
  const { t, state, fmt } = view;
  const status = quoteStatus(view);
  const zone = nowrap(t('timezone.beijing'));
  const stopsAt = status.kind === 'ready' ? status.quote.effectiveAt : null;
  const stops =
    stopsAt === null ? t('confirm.loss.stops') : rich(view, 'confirm.loss.stopsAt', { time: nowrap(fmt.dateTime(stopsAt)), zone });
  const days = state.context?.terms.dataRetentionDays;
  let data: TemplateResult | string;
  if (days === undefined) data = t('confirm.loss.dataNoDays');
  else if (days === 0) data = t('confirm.loss.dataAtOnce');
  else if (stopsAt === null) data = t('confirm.loss.data', { days });
  else data = rich(view, 'confirm.loss.dataUntil', { time: nowrap(fmt.dateTime(erasedAt(stopsAt, days))), zone });
  return html`<div class="notice loss">
    <h3 class="notice__title section-title">${t('confirm.loss.title')}</h3>
    <p>${stops}</p>
    <p>${data}</p>
  </div>`;
}

/**
 * The one primary action. It is disabled only while a quote is on its way or could not be had
 * (before an effective time is chosen it stays live, and pressing it says what is missing); while the
 * request is on its way it stays focusable and says it is busy (disabling a focused button drops
 * focus to the page, and the machine ignores a second SUBMIT anyway).
 */
export function renderSubmit(view: StepView): TemplateResult {
  const { t, state } = view;
  // On the one-click screen the press may check the code first and then submit: one action, one busy state.
  const submitting = state.pending?.operation === 'submit' || state.pending?.thenSubmit !== undefined;
  // Unchosen, the button stays live: pressing it says what is missing, in the error summary.
  const kind = quoteStatus(view).kind;
  const ready = kind === 'ready' || kind === 'unchosen';
  return html`<div class="submit">
    <p class="hint" id="cpu-submit-hint">${t('confirm.submitHint')}</p>
    <div class="actions">
      ${button({
        kind: 'primary',
        id: 'cpu-submit',
        label: t('confirm.submit'),
        disabled: !ready && !submitting,
        busy: submitting,
        describedBy: 'cpu-submit-hint',
        onClick: () => {
          if (!submitting) view.send({ type: 'SUBMIT' });
        },
      })}
    </div>
    <p role="status" class="submit-status">${submitting ? t('confirm.submitting') : ''}</p>
  </div>`;
}
