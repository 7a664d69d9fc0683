/**
 * What the element does beside the flow, in a chunk of its own: it arrives with the first step
 * that needs it (verify, one-click, status, done), so the first screen never waits for it.
 */
import type { BesideFlowHost } from './beside-flow.js';
import { FacePoller } from './face-poller.js';
import { FeedbackSender } from './feedback-sender.js';
import { ReceiptSender } from './receipt-sender.js';
import { StatusPoller } from './status-poller.js';
import { VerifyTicker } from './verify-ticker.js';

export interface Background {
  readonly status: StatusPoller;
  readonly face: FacePoller;
  readonly ticker: VerifyTicker;
  readonly feedback: FeedbackSender;
  readonly receipt: ReceiptSender;
  /** The ends of the waits on screen beside the flow's own (the status refresh, the feedback form). */
  retryAts(): ReadonlyArray<string | null | undefined>;
}

/** The element's controllers beside the flow, attached to `host` once. */
export function attachBackground(host: BesideFlowHost): Background {
  const status = new StatusPoller(host);
  const feedback = new FeedbackSender(host);
  const receipt = new ReceiptSender(host);
  return {
    status,
    face: new FacePoller(host),
    ticker: new VerifyTicker(host),
    feedback,
    receipt,
    retryAts: () => [status.retryAt, feedback.form.retryAt, ...receipt.retryAts()],
  };
}

export type { BesideFlowHost } from './beside-flow.js';
