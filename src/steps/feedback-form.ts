/**
 * The short feedback form on `done`: a 1–5 rating in words and an optional comment. The form's
 * state and the sending belong to the element's feedback controller (it runs beside the flow, the
 * request being finished); this draws `view.feedback` and sends the subscriber's intents.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FEEDBACK_COMMENT_MAX, type FeedbackField, type FeedbackForm } from '../flow/feedback.js';
import { secondsUntil } from '../flow/retry-wait.js';
import { waitText } from '../ui/wait.js';
import { errorSummary } from '../ui/error-summary.js';
import { FEEDBACK_ERRORS_ID, FEEDBACK_THANKS_ID } from '../ui/field-ids.js';
import { choiceGroup, textArea } from '../ui/fields.js';
import type { StepView } from './view.js';

// Not flow fields (the flow's FieldId lists what the machine validates): plain ids, errors given explicitly.
const RATING = 'rating';
const COMMENT = 'feedback-comment';

function errorText(view: StepView, field: FeedbackField): string {
  return field === 'rating'
    ? view.t('done.feedback.ratingRequired')
    : view.t('done.feedback.commentTooLong', { max: FEEDBACK_COMMENT_MAX });
}

export function renderFeedback(view: StepView): TemplateResult {
  const { t, feedback } = view;
  return html`<section class="feedback" aria-labelledby="cpu-feedback-title">
    <h3 id="cpu-feedback-title">${t('done.feedback.title')}</h3>
    ${
      feedback.phase === 'sent'
        ? html`<p id=${FEEDBACK_THANKS_ID} class="feedback__thanks" tabindex="-1">
            <span class="feedback__mark" aria-hidden="true">${t('done.mark.success')}</span> ${t('done.feedback.thanks')}
          </p>`
        : renderForm(view, feedback)
    }
  </section>`;
}

function renderForm(view: StepView, form: FeedbackForm): TemplateResult {
  const { t } = view;
  const sending = form.phase === 'sending';
  // The back end asked to wait (Retry-After): both buttons that send wait too.
  const wait = secondsUntil(form.retryAt, view.now);
  const send = (e: SubmitEvent): void => {
    e.preventDefault();
    view.sendFeedback();
  };
  // The step's error summary lists the flow's field errors only: the form has its own, in the same shape.
  const summary = errorSummary(
    view,
    form.errors.map((field) => ({ field: field === 'rating' ? RATING : COMMENT, text: errorText(view, field) })),
    { id: FEEDBACK_ERRORS_ID, headingLevel: 4 },
  );
  return html`<form class="feedback__form" novalidate @submit=${send}>
    ${summary} ${renderFailure(view, form, wait)}
    <p class="hint">${t('done.feedback.intro')}</p>
    ${choiceGroup(view, {
      field: RATING,
      ...(form.errors.includes('rating') ? { error: errorText(view, 'rating') } : {}),
      legend: t('done.feedback.rating'),
      type: 'radio',
      items: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`done.feedback.rating.${n as 1 | 2 | 3 | 4 | 5}`) })),
      selected: form.rating === null ? [] : [String(form.rating)],
      onChange: (value, selected) => {
        if (selected) view.editFeedback({ rating: Number(value) });
      },
    })}
    ${textArea(view, {
      field: COMMENT,
      ...(form.errors.includes('comment') ? { error: errorText(view, 'comment') } : {}),
      label: t('done.feedback.comment'),
      value: form.comment,
      maxLength: FEEDBACK_COMMENT_MAX,
      optional: true,
      onInput: (comment) => view.editFeedback({ comment }),
    })}
    <div class="actions">
      <button
        type="submit"
        part="primary-action"
        class="button button--primary"
        aria-busy=${sending ? 'true' : 'false'}
        ?disabled=${wait > 0}
      >
        ${sending ? t('done.feedback.sending') : t('done.feedback.send')}
      </button>
    </div>
  </form>`;
}

function renderFailure(view: StepView, form: FeedbackForm, wait: number): TemplateResult | typeof nothing {
  if (form.phase !== 'failed' || form.failure === null) return nothing;
  const { t } = view;
  return html`<div class="notice notice--danger feedback__failure">
    <p role="alert">${t('done.feedback.failed')} ${t(`error.${form.failure}`)} ${t('done.feedback.kept')}</p>
    ${wait > 0 ? html`<p class="wait">${waitText(t, wait)}</p>` : nothing}
    <button type="submit" part="secondary-action" class="button button--secondary" ?disabled=${wait > 0}>
      ${t('done.feedback.retry')}
    </button>
  </div>`;
}
