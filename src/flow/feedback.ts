/**
 * The short feedback form on `done`: a 1–5 rating and an optional comment. It runs beside the
 * flow (the request is already finished), so its state is not the flow's; these are its rules.
 */
import type { UnsubscribeErrorCode } from '../contract/errors.js';

/** The comment's limit, counted in characters as the field's count counts them. */
export const FEEDBACK_COMMENT_MAX = 200;

export type FeedbackField = 'rating' | 'comment';

export interface FeedbackForm {
  /** The request the form belongs to: a new request starts a fresh form. */
  readonly requestId: string | null;
  readonly rating: number | null;
  readonly comment: string;
  readonly phase: 'editing' | 'sending' | 'sent' | 'failed';
  readonly errors: readonly FeedbackField[];
  readonly failure: UnsubscribeErrorCode | null;
  /** Until when (ISO instant) the back end asked not to be sent it again (`Retry-After`); null when it did not. */
  readonly retryAt: string | null;
}

export function emptyFeedback(requestId: string | null): FeedbackForm {
  return { requestId, rating: null, comment: '', phase: 'editing', errors: [], failure: null, retryAt: null };
}

/** What stops the form from being sent: a rating is required, the comment has a limit. */
export function feedbackErrors(form: FeedbackForm): FeedbackField[] {
  const errors: FeedbackField[] = [];
  if (form.rating === null) errors.push('rating');
  if ([...form.comment].length > FEEDBACK_COMMENT_MAX) errors.push('comment');
  return errors;
}
