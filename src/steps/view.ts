/**
 * The contract between the element and its steps. A step is a render function of a `StepView`:
 * what it draws (the flow's state, the language, the operator's options, the time of this render,
 * the live status and the feedback form) and the intents it may send. It never talks to the
 * adapter, fires public events, keeps state of its own or changes anything while it renders: the
 * flow machine decides, and the element's controllers do the work beside the flow.
 *
 * Steps are render functions, not elements, so that every field, its label, its error and the
 * error summary live in one shadow root (`aria-describedby` and summary links cannot cross
 * shadow roots).
 */
import type { CSSResult, TemplateResult } from 'lit';
import type { FeedbackForm } from '../flow/feedback.js';
import type { ReceiptDeliveryState } from '../flow/receipt-delivery.js';
import type { ReceiptChannel } from '../contract/types.js';
import type { FlowIntent } from '../flow/types.js';
import type { RenderContext } from '../ui/render-context.js';

/** The live refresh of the request's status, as `status` and `done` show it. */
export interface StatusRefresh {
  /** When the back end last answered (ISO instant), or null before the first answer. */
  readonly checkedAt: string | null;
  /** The last refresh failed; the widget keeps trying. */
  readonly failing: boolean;
  /** Until when (ISO instant) the back end asked not to be asked again (`Retry-After`); null when it did not. */
  readonly retryAt: string | null;
}

export interface StepView extends RenderContext {
  /** The time of this render in milliseconds: countdowns and lock-outs are drawn from it. */
  readonly now: number;
  readonly statusRefresh: StatusRefresh;
  readonly feedback: FeedbackForm;
  /** Sending the receipt by SMS or e-mail, per channel (flow/receipt-delivery.ts). */
  readonly receiptDelivery: ReceiptDeliveryState;
  /** Report what the subscriber did; the flow machine decides what follows. */
  send(intent: FlowIntent): void;
  /** Ask the back end for the request's status now. */
  refreshStatus(): void;
  /** Change the feedback form's answers. */
  editFeedback(patch: { rating?: number; comment?: string }): void;
  /** Check the feedback form and send it. */
  sendFeedback(): void;
  /** Send the receipt by this channel (one press, one message). */
  sendReceipt(channel: ReceiptChannel): void;
}

export type StepRenderer = (view: StepView) => TemplateResult;

/** What a step's own chunk brings: its render function and its styles (adopted by the element when the step arrives). */
export interface StepParts {
  readonly render: StepRenderer;
  readonly styles: readonly CSSResult[];
}
