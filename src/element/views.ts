/** What the frame and the steps are drawn from, assembled from the element's parts for one render. */
import { emptyFeedback } from '../flow/feedback.js';
import type { ReceiptDeliveryState } from '../flow/receipt-delivery.js';
import type { FlowIntent, FlowState } from '../flow/types.js';
import type { Formatters, Locale, Translate } from '../i18n/index.js';
import type { ResolvedOptions } from '../options/index.js';
import type { StepView } from '../steps/view.js';
import type { RenderContext } from '../ui/render-context.js';
import type { Background } from './background/index.js';

export function renderContext(
  state: FlowState,
  locale: Locale,
  t: Translate,
  formatters: ((locale: Locale) => Formatters) | undefined,
  options: ResolvedOptions,
): RenderContext {
  return {
    state,
    locale,
    t,
    get fmt() {
      if (formatters === undefined) throw new Error('<cloudpc-unsubscribe>: formatting asked for before a step arrived');
      return formatters(locale);
    },
    options,
  };
}

const IDLE = { phase: 'idle', idempotencyKey: null, sentTo: null, failure: null, retryable: true, retryAt: null } as const;
const NOTHING_SENT: ReceiptDeliveryState = { requestId: null, channels: { sms: IDLE, email: IDLE } };

/** A step's view: the render context, the time, what the controllers beside the flow know, and the intents. */
export function stepView(
  context: RenderContext,
  now: number,
  background: Background | undefined,
  send: (intent: FlowIntent) => void,
): StepView {
  return {
    state: context.state,
    locale: context.locale,
    t: context.t,
    get fmt() {
      return context.fmt;
    },
    options: context.options,
    now,
    statusRefresh: {
      checkedAt: background?.status.checkedAt ?? null,
      failing: background?.status.failing ?? false,
      retryAt: background?.status.retryAt ?? null,
    },
    feedback: background?.feedback.form ?? emptyFeedback(context.state.requestId),
    // Drawn only with the background part on the page; a step before it has arrived sends nothing.
    receiptDelivery: background?.receipt.state ?? NOTHING_SENT,
    send,
    refreshStatus: () => background?.status.refresh(),
    editFeedback: (patch) => background?.feedback.edit(patch),
    sendFeedback: () => background?.feedback.send(),
    sendReceipt: (channel) => background?.receipt.send(channel),
  };
}
