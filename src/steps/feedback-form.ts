/**
 * The short feedback form on `done`: a 1–5 rating in words and an optional comment. It runs
 * beside the flow (the request is already finished), so its state lives in `view.local`, never
 * in the flow state, and it calls the adapter's optional `sendFeedback` itself.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toUnsubscribeError, type UnsubscribeErrorCode } from '../contract/errors.js';
import type { FeedbackInput } from '../contract/types.js';
import type { FeedbackDetail } from '../element/events.js';
import { fieldId, type StepView } from '../element/view.js';
import { choiceGroup, textArea } from '../ui/fields.js';

export const FEEDBACK_COMMENT_MAX = 200;

const LOCAL_KEY = 'done.feedback';
// Not flow fields (the flow's FieldId lists what the machine validates): plain ids, errors given explicitly.
const RATING = 'rating';
const COMMENT = 'feedback-comment';
const ERRORS_ID = 'cpu-feedback-errors';
const THANKS_ID = 'cpu-feedback-thanks';

type FeedbackField = 'rating' | 'comment';

interface FeedbackForm {
  /** The request the form belongs to: a new request starts a fresh form. */
  readonly requestId: string | null;
  readonly rating: number | null;
  readonly comment: string;
  readonly phase: 'editing' | 'sending' | 'sent' | 'failed';
  readonly errors: readonly FeedbackField[];
  readonly failure: UnsubscribeErrorCode | null;
}

type Host = Element & ReactiveControllerHost;

function formOf(view: StepView): FeedbackForm {
  const requestId = view.state.requestId;
  const kept = view.local.get(LOCAL_KEY) as FeedbackForm | undefined;
  if (kept !== undefined && kept.requestId === requestId) return kept;
  const fresh: FeedbackForm = { requestId, rating: null, comment: '', phase: 'editing', errors: [], failure: null };
  view.local.set(LOCAL_KEY, fresh);
  return fresh;
}

function update(view: StepView, patch: Partial<FeedbackForm>): void {
  view.local.set(LOCAL_KEY, { ...formOf(view), ...patch });
  view.requestUpdate();
}

function validate(form: FeedbackForm): FeedbackField[] {
  const errors: FeedbackField[] = [];
  if (form.rating === null) errors.push('rating');
  // Counted as the field's character count counts, so the two never disagree.
  if ([...form.comment].length > FEEDBACK_COMMENT_MAX) errors.push('comment');
  return errors;
}

function errorText(view: StepView, field: FeedbackField): string {
  return field === 'rating'
    ? view.t('done.feedback.ratingRequired')
    : view.t('done.feedback.commentTooLong', { max: FEEDBACK_COMMENT_MAX });
}

export function renderFeedback(view: StepView): TemplateResult {
  const { t } = view;
  const form = formOf(view);
  return html`<section class="feedback" aria-labelledby="cpu-feedback-title">
    <h3 id="cpu-feedback-title">${t('done.feedback.title')}</h3>
    ${
      form.phase === 'sent'
        ? html`<p id=${THANKS_ID} class="feedback__thanks" tabindex="-1">
            <span class="feedback__mark" aria-hidden="true">${t('done.mark.success')}</span> ${t('done.feedback.thanks')}
          </p>`
        : renderForm(view, form)
    }
  </section>`;
}

function renderForm(view: StepView, form: FeedbackForm): TemplateResult {
  const { t } = view;
  const sending = form.phase === 'sending';
  return html`<form class="feedback__form" novalidate @submit=${(e: SubmitEvent) => void submit(view, e)}>
    ${renderErrors(view, form)} ${renderFailure(view, form)}
    <p class="hint">${t('done.feedback.intro')}</p>
    ${choiceGroup(view, {
      field: RATING,
      ...(form.errors.includes('rating') ? { error: errorText(view, 'rating') } : {}),
      legend: t('done.feedback.rating'),
      type: 'radio',
      items: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`done.feedback.rating.${n as 1 | 2 | 3 | 4 | 5}`) })),
      selected: form.rating === null ? [] : [String(form.rating)],
      onChange: (value, selected) => {
        if (selected) update(view, { rating: Number(value) });
      },
    })}
    ${textArea(view, {
      field: COMMENT,
      ...(form.errors.includes('comment') ? { error: errorText(view, 'comment') } : {}),
      label: t('done.feedback.comment'),
      value: form.comment,
      maxLength: FEEDBACK_COMMENT_MAX,
      optional: true,
      onInput: (comment) => update(view, { comment }),
    })}
    <div class="actions">
      <button type="submit" part="primary-action" class="button button--primary" aria-busy=${sending ? 'true' : 'false'}>
        ${sending ? t('done.feedback.sending') : t('done.feedback.send')}
      </button>
    </div>
  </form>`;
}

/**
 * The shell's error summary lists the flow's field errors only, so the form shows its own, in
 * the same shape: a titled alert whose links move focus to the fields (a fragment link cannot
 * reach into a shadow root).
 */
function renderErrors(view: StepView, form: FeedbackForm): TemplateResult | typeof nothing {
  if (form.errors.length === 0) return nothing;
  const focusField = (field: FeedbackField) => (e: Event) => {
    e.preventDefault();
    const root = (e.currentTarget as Element).getRootNode() as ParentNode;
    const target = root.querySelector<HTMLElement>(`#${fieldId(field === 'rating' ? RATING : COMMENT)}`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  };
  return html`<div
    id=${ERRORS_ID}
    class="feedback__errors"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="cpu-feedback-errors-title"
  >
    <h4 id="cpu-feedback-errors-title">${view.t('errorSummary.title')}</h4>
    <ul>
      ${form.errors.map(
        (field) =>
          html`<li>
            <a href=${`#${fieldId(field === 'rating' ? RATING : COMMENT)}`} @click=${focusField(field)}>${errorText(view, field)}</a>
          </li>`,
      )}
    </ul>
  </div>`;
}

function renderFailure(view: StepView, form: FeedbackForm): TemplateResult | typeof nothing {
  if (form.phase !== 'failed' || form.failure === null) return nothing;
  const { t } = view;
  return html`<div class="notice notice--danger feedback__failure" role="alert">
    <p>${t('done.feedback.failed')} ${t(`error.${form.failure}`)} ${t('done.feedback.kept')}</p>
    <button type="submit" part="secondary-action" class="button button--secondary">${t('done.feedback.retry')}</button>
  </div>`;
}

/** Validates, then sends. Removing the element aborts the call (a one-off controller on the host). */
async function submit(view: StepView, e: SubmitEvent): Promise<void> {
  e.preventDefault();
  const root = (e.currentTarget as Element).getRootNode() as ParentNode & Node;
  const host = root instanceof ShadowRoot && 'addController' in root.host ? (root.host as Host) : null;
  const afterRender = async (id: string) => {
    await (host as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
    root.querySelector<HTMLElement>(`#${id}`)?.focus();
  };
  const form = formOf(view);
  if (form.phase === 'sending' || form.phase === 'sent') return;
  const errors = validate(form);
  if (errors.length > 0) {
    update(view, { errors, phase: 'editing', failure: null });
    await afterRender(ERRORS_ID);
    return;
  }
  const rating = form.rating as number;
  const comment = form.comment.trim();
  update(view, { errors: [], phase: 'sending', failure: null });

  const input: FeedbackInput = { rating };
  if (view.state.requestId !== null) input.requestId = view.state.requestId;
  if (comment !== '') input.comment = comment;
  const controller = new AbortController();
  const onRemoval: ReactiveController = { hostDisconnected: () => controller.abort() };
  host?.addController(onRemoval);
  try {
    // An adapter without sendFeedback still gets the event: the host page may collect feedback itself.
    await view.adapter?.sendFeedback?.(input, { signal: controller.signal });
  } catch (thrown) {
    if (controller.signal.aborted) return;
    const error = toUnsubscribeError(thrown, 'sendFeedback');
    update(view, { phase: 'failed', failure: error.code });
    view.emit('cloudpc-error', { code: error.code, step: 'done', retryable: error.retryable });
    return;
  } finally {
    host?.removeController(onRemoval);
  }
  if (controller.signal.aborted) return;
  update(view, { phase: 'sent' });
  view.emit('cloudpc-feedback', { rating, comment } satisfies FeedbackDetail);
  view.announce(view.t('done.feedback.thanks'));
  await afterRender(THANKS_ID);
}
