/**
 * What the receipt says, as plain label/value pairs: the `status` step renders them as a list and
 * the downloadable HTML receipt prints the very same pairs, so the two can never disagree.
 */
import type { RefundQuote, RequestStatusValue, Support } from '../contract/types.js';
import type { StepView } from './view.js';
import { arrivalWindow } from '../refund/index.js';
import { reasonLabel } from '../ui/labels.js';
import { atom, plainText, rangeParts, richParts, type Rich } from '../ui/rich-text.js';
import { safeUrl } from '../ui/safe-url.js';
import { telHref } from '../ui/tel-href.js';
import { erasedAt } from './service-end.js';

export interface ReceiptRow {
  label: string;
  /** Words, with the dates, amounts and ids that stay on one line on screen (see ui/rich-text.ts). */
  value: Rich;
  hint?: Rich;
}

export interface ContactRow {
  kind: 'hotline' | 'chat' | 'email' | 'hours';
  label: string;
  value: string;
  /** A link built from a checked value (`tel:`, `mailto:`, a safe https chat URL), or null to show text only. */
  href: string | null;
}

/** The request number shown: the flow's, or the receipt's. */
export function requestNumber(view: StepView): string | null {
  return view.state.requestId ?? view.state.receipt?.requestId ?? null;
}

/**
 * True when the receipt in the state belongs to the request being followed. A widget that opens
 * on a request the back end reports as pending (`context.pendingRequest`) knows only its number:
 * what was asked and when is then not ours to claim.
 */
export function hasOwnReceipt(view: StepView): boolean {
  const { receipt, requestId } = view.state;
  return receipt !== null && (requestId === null || receipt.requestId === requestId);
}

/** An instant in Beijing time with its zone label: "2026年3月10日 10:00（北京时间）", the time kept on one line. */
export function beijingTime(view: StepView, iso: string): Rich {
  return richParts(view.t('status.time'), { time: atom(view.fmt.dateTime(iso)), zone: atom(view.t('timezone.beijing')) });
}

/** The stage the request is at, or null before anything is known (a pending request before its first status). */
export function currentStage(view: StepView): RequestStatusValue | null {
  const { status } = view.state;
  if (status !== null && status.requestId === requestNumber(view)) return status.status;
  return hasOwnReceipt(view) ? (view.state.receipt?.status ?? null) : null;
}

/** The quote the request was submitted with, when this widget submitted it and still holds it. */
export function ownQuote(view: StepView): RefundQuote | null {
  const { quote, receipt } = view.state;
  if (!hasOwnReceipt(view) || quote === null || receipt === null) return null;
  return quote.effective === (view.state.answers.effective ?? quote.effective) ? quote : null;
}

/**
 * What happens to the cloud PC's data, as a receipt row: the exact time it is erased once the
 * moment the service stops is known, else the retention period, and nothing about timing when the
 * back end gives no retention period. While the data is kept, the hint says how to get it back.
 */
export function dataRow(view: StepView, stopsAt: string | null): ReceiptRow {
  const { t } = view;
  const days = view.state.context?.terms.dataRetentionDays;
  const label = t('status.receipt.data');
  if (days === undefined) return { label, value: [t('status.receipt.dataLater')] };
  if (days === 0) return { label, value: [t('status.receipt.dataAtOnce')] };
  const hint = [t('status.receipt.dataRecover')];
  if (stopsAt === null) {
    return { label, value: [days === 1 ? t('status.receipt.dataOneDay') : t('status.receipt.dataDays', { days })], hint };
  }
  const until = richParts(t('status.receipt.dataUntil'), {
    time: atom(view.fmt.dateTime(erasedAt(stopsAt, days))),
    zone: atom(t('timezone.beijing')),
  });
  return { label, value: until, hint };
}

/** The refund the request was quoted, and when it should arrive on the operator's working-day calendar. */
function refundRow(view: StepView, quote: RefundQuote, submittedAt: string): ReceiptRow {
  const { t, fmt, options } = view;
  const label = t('status.receipt.refund');
  if (quote.refund.amount === 0) return { label, value: [t('status.receipt.refundNone')] };
  const value = richParts(t('status.receipt.refundValue'), { amount: atom(fmt.money(quote.refund)), method: quote.method });
  const { min, max } = quote.arrivalWorkingDays;
  try {
    const window = arrivalWindow(submittedAt, quote.arrivalWorkingDays, options.calendar);
    const range = rangeParts(fmt.dateRange(window.earliest, window.latest));
    return { label, value, hint: richParts(t('status.receipt.arrival'), { range, min, max }) };
  } catch {
    // A calendar that cannot count that far: the amount stands, the dates are left out.
    return { label, value };
  }
}

/**
 * The receipt's rows after the request number, leaving out what is not known: what was asked
 * (service, account, reasons), what happens (when the service stops, the refund and when it
 * arrives, when the data is erased) and when the request should be done.
 */
export function receiptRows(view: StepView): ReceiptRow[] {
  const { t, state } = view;
  const rows: ReceiptRow[] = [];
  const own = hasOwnReceipt(view) ? state.receipt : null;
  if (own) rows.push({ label: t('status.receipt.submittedAt'), value: beijingTime(view, own.submittedAt) });
  const context = state.context;
  if (context) {
    const { account, subscription } = context;
    // The cloud PC's own name first when it has one: with several on the account, it says which.
    rows.push(
      subscription.name === undefined
        ? { label: t('status.receipt.service'), value: [subscription.productName], hint: [subscription.planName] }
        : {
            label: t('status.receipt.service'),
            value: [subscription.name],
            hint: [t('pick.plan', { product: subscription.productName, plan: subscription.planName })],
          },
    );
    rows.push({
      label: t('summary.account'),
      value: account.maskedPhone
        ? richParts(t('status.receipt.accountValue'), { name: account.displayName, phone: atom(account.maskedPhone) })
        : [account.displayName],
      hint: richParts(t('status.receipt.accountId'), { id: atom(account.id) }),
    });
  }
  if (!own) {
    rows.push({ label: t('status.receipt.expected'), value: [t('status.receipt.expectedUsual')] });
    return rows;
  }
  if (state.answers.reasonIds.length > 0) {
    rows.push({
      label: t('status.receipt.reasons'),
      value: [state.answers.reasonIds.map((id) => reasonLabel(view, id)).join(t('status.list.separator'))],
    });
  }
  const comment = state.answers.comment.trim();
  if (comment !== '') rows.push({ label: t('status.receipt.comment'), value: [comment] });
  const quote = ownQuote(view);
  const effective = quote?.effective ?? state.answers.effective;
  if (effective !== null) {
    rows.push({
      label: t('status.receipt.effective'),
      value: [t(`effective.${effective}`)],
      ...(quote === null
        ? {}
        : {
            hint: richParts(t('status.receipt.stopsAt'), {
              time: atom(view.fmt.dateTime(quote.effectiveAt)),
              zone: atom(t('timezone.beijing')),
            }),
          }),
    });
  }
  if (quote !== null) rows.push(refundRow(view, quote, own.submittedAt));
  rows.push(dataRow(view, quote?.effectiveAt ?? null));
  rows.push({
    label: t('status.receipt.expected'),
    value: beijingTime(view, own.expectedDoneBy),
    hint: [t('status.receipt.expectedHint')],
  });
  return rows;
}

/** Only a plain address becomes a `mailto:` link; anything odd stays text. */
function mailHref(email: string): string | null {
  return /^[^\s@<>()[\]"',;:\\/?#]+@[^\s@<>()[\]"',;:\\/?#]+\.[^\s@<>()[\]"',;:\\/?#]+$/.test(email) ? `mailto:${email}` : null;
}

/** How to reach the operator, in the order a subscriber would try them. */
export function contactRows(view: StepView, support: Support | undefined): ContactRow[] {
  const { t } = view;
  const rows: ContactRow[] = [];
  if (!support) return rows;
  if (support.hotline)
    rows.push({ kind: 'hotline', label: t('status.support.hotline'), value: support.hotline, href: telHref(support.hotline) });
  const chat = safeUrl(support.chatUrl, 'support.chatUrl');
  if (chat !== null) rows.push({ kind: 'chat', label: t('status.support.chat'), value: chat, href: chat });
  if (support.email) rows.push({ kind: 'email', label: t('status.support.email'), value: support.email, href: mailHref(support.email) });
  if (support.hours) rows.push({ kind: 'hours', label: t('status.support.hours'), value: support.hours, href: null });
  return rows;
}

/** The stage's words, e.g. 处理中 / Being processed. */
export function stageLabel(view: StepView, stage: RequestStatusValue): string {
  return view.t(`status.stage.${stage}`);
}

/** Text made safe to place in HTML, between tags or in a double-quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Rich text as HTML: the atoms kept on one line, as on screen. */
function richHtml(text: Rich): string {
  return text
    .map((part) => (typeof part === 'string' ? escapeHtml(part) : `<span class="nowrap">${escapeHtml(part.nowrap)}</span>`))
    .join('');
}

/** The quote line by line, as confirm showed it: what was paid, used and charged, and the refund that leaves. */
function refundLines(view: StepView, quote: RefundQuote): Array<[string, string]> {
  const { t, fmt } = view;
  return [
    [t('status.receipt.paid'), fmt.money(quote.paid)],
    [t('status.receipt.used'), fmt.money(quote.used)],
    [t('status.receipt.penalty'), fmt.money(quote.penalty)],
    [t('status.receipt.refundAmount'), fmt.money(quote.refund)],
  ];
}

/** The saved receipt's own look: readable on a phone, on a desktop and on paper, with no file beside it. */
const RECEIPT_CSS = `
body{margin:0 auto;max-width:40rem;padding:1rem;font:1rem/1.6 system-ui,-apple-system,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#1f2328;background:#fff}
h1{font-size:1.375rem;margin:0 0 1rem}h2{font-size:1.125rem;margin:1.5rem 0 .5rem}
.number{font-size:1.25rem;font-weight:700;margin:0 0 1rem}
dl{display:grid;grid-template-columns:fit-content(40%) 1fr;gap:.25rem 1rem;margin:0}
dt{font-weight:600}dd{margin:0}.hint{display:block;color:#57606a}
.nowrap{white-space:nowrap}.made{margin-top:1.5rem;color:#57606a;font-size:.875rem}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
@media print{body{max-width:none;padding:0}}`;

/**
 * The receipt as a self-contained HTML document in the current locale: the request number and
 * every row the page shows (what was asked and when it was received, the refund and when it should
 * arrive, when the service stops and the data is erased), the refund line by line as confirm showed
 * it, the progress when it was saved, how to reach the operator, and when the file was made. One file, its style inside, no script and nothing
 * fetched: it opens offline in any browser and prints on one or two pages.
 */
export function receiptHtml(view: StepView): string {
  const { t, state } = view;
  const title = t('status.text.title', { product: state.context?.subscription.productName ?? '' }).trim();
  const row = (label: string, value: string, hint?: string) =>
    `<dt>${escapeHtml(label)}</dt><dd>${value}${hint ? `<span class="hint">${hint}</span>` : ''}</dd>`;
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  const number = requestNumber(view);
  if (number !== null) {
    body.push(`<p class="number">${escapeHtml(t('status.receipt.number'))}<br><span class="nowrap">${escapeHtml(number)}</span></p>`);
  }
  const rows = receiptRows(view).map((r) => row(r.label, richHtml(r.value), r.hint ? richHtml(r.hint) : undefined));
  const stage = currentStage(view);
  if (stage !== null) {
    const updated = view.statusRefresh.checkedAt ?? state.status?.updatedAt;
    rows.push(row(t('status.text.stage'), escapeHtml(stageLabel(view, stage)), updated ? richHtml(beijingTime(view, updated)) : undefined));
  }
  body.push(`<dl>${rows.join('')}</dl>`);
  const quote = ownQuote(view);
  if (quote !== null) {
    const lines = refundLines(view, quote).map(([label, amount]) => row(label, `<span class="nowrap">${escapeHtml(amount)}</span>`));
    body.push(`<h2>${escapeHtml(t('status.receipt.lines'))}</h2><dl class="lines">${lines.join('')}</dl>`);
  }
  const contacts = contactRows(view, state.context?.support);
  if (contacts.length > 0) {
    const links = contacts.map((c) => {
      const value = `<span class="nowrap">${escapeHtml(c.value)}</span>`;
      return row(c.label, c.href !== null && c.kind !== 'chat' ? `<a href="${escapeHtml(c.href)}">${value}</a>` : value);
    });
    body.push(`<h2>${escapeHtml(t('status.support.title'))}</h2><dl>${links.join('')}</dl>`);
  }
  const made = t('status.text.line', {
    label: t('status.text.generatedAt'),
    value: plainText(beijingTime(view, new Date(view.now).toISOString())),
  });
  body.push(`<p class="made">${escapeHtml(made)}</p>`);
  return `<!doctype html>
<html lang="${escapeHtml(view.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${RECEIPT_CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/**
 * Saves the receipt as an HTML file: a Blob behind an object URL, clicked through a detached link
 * (no navigation, nothing added to the page). The URL is revoked on the next task: Chromium and
 * Firefox take their own reference when the download starts, and Safari needs the URL to outlive
 * the click's task. That one-shot timer only frees memory and holds no reference to the element.
 */
export function downloadReceipt(view: StepView): void {
  const number = requestNumber(view) ?? '';
  const blob = new Blob([receiptHtml(view)], { type: 'text/html;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = view.t('status.receipt.fileName', { requestId: number });
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
