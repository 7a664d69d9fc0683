/**
 * The feedback form on `done`: keeps its answers (per request), checks them, and sends them with
 * the adapter's optional `sendFeedback` (an adapter without it still lets the page hear
 * `cloudpc-feedback`: the host may collect feedback itself). Removing the element aborts the call.
 */
import { emptyFeedback, feedbackErrors, type FeedbackForm } from '../../flow/feedback.js';
import { secondsUntil, withRetryAt } from '../../flow/retry-wait.js';
import { FEEDBACK_ERRORS_ID, FEEDBACK_THANKS_ID } from '../../ui/field-ids.js';
import { BesideFlow } from './beside-flow.js';

export class FeedbackSender extends BesideFlow {
  private current: FeedbackForm = emptyFeedback(null);

  /** The form of the request on screen (a new request starts a fresh form). */
  get form(): FeedbackForm {
    const requestId = this.host.flowState.requestId;
    if (this.current.requestId !== requestId) this.current = emptyFeedback(requestId);
    return this.current;
  }

  edit(patch: { rating?: number; comment?: string }): void {
    if (this.form.phase === 'sending' || this.form.phase === 'sent') return;
    this.update(patch);
  }

  send(): void {
    const form = this.form;
    if (form.phase === 'sending' || form.phase === 'sent') return;
    // The back end asked to wait: the form says until when, and its buttons wait too.
    if (secondsUntil(form.retryAt, this.host.now()) > 0) return;
    const errors = feedbackErrors(form);
    if (errors.length > 0) {
      this.update({ errors, phase: 'editing', failure: null });
      this.host.focusAfterRender(FEEDBACK_ERRORS_ID);
      return;
    }
    void this.deliver(form);
  }

  protected due(): void {
    // No timer: feedback is sent when the subscriber asks.
  }

  private update(patch: Partial<FeedbackForm>): void {
    this.current = { ...this.form, ...patch };
    this.host.requestUpdate();
  }

  private async deliver(form: FeedbackForm): Promise<void> {
    const rating = form.rating as number;
    const comment = form.comment.trim();
    this.update({ errors: [], phase: 'sending', failure: null, retryAt: null });
    const outcome = await this.call((adapter, options) => {
      const input: { rating: number; requestId?: string; comment?: string } = { rating };
      if (form.requestId !== null) input.requestId = form.requestId;
      if (comment !== '') input.comment = comment;
      return adapter.sendFeedback(input, options);
    }, 'sendFeedback');
    if (outcome === null) {
      // No adapter at all, or the element was removed: the page may still collect what was said.
      if (this.connected && this.host.flowAdapter === null) this.sent(rating, comment);
      return;
    }
    if (!outcome.ok) {
      const { code, retryable, retryAfterSeconds } = outcome.error;
      const failed = withRetryAt(
        { code, retryable, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
        new Date(this.host.now()).toISOString(),
      );
      this.update({ phase: 'failed', failure: code, retryAt: failed.retryAt ?? null });
      this.host.callFailed(failed);
      return;
    }
    this.sent(rating, comment);
  }

  private sent(rating: number, comment: string): void {
    this.update({ phase: 'sent' });
    this.host.dispatchPublic({ name: 'cloudpc-feedback', detail: { rating, comment } });
    this.host.announce({ kind: 'feedback-sent' });
    this.host.focusAfterRender(FEEDBACK_THANKS_ID);
  }
}
