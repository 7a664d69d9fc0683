/**
 * The `reason` step (选择退订原因): the operator's reasons (or the back end's, or the defaults),
 * an optional comment that becomes required for reasons that ask for one, and, once per offer,
 * the retention offer the flow machine puts up on Continue.
 */
import { html, type TemplateResult } from 'lit';
import type { StepView } from './view.js';
import { reasonRules } from '../flow/guards.js';
import { choiceGroup, textArea } from '../ui/fields.js';
import { reasonLabel } from '../ui/labels.js';
import { renderOffer } from './offer-panel.js';

// What the element takes in with the step when its chunk arrives (see steps/index.ts).
export { reasonStyles } from './reason.styles.js';

export function renderReason(view: StepView): TemplateResult {
  return html`<div class="reason">${renderReasons(view)} ${renderComment(view)} ${renderOffer(view)}</div>`;
}

function renderReasons(view: StepView): TemplateResult {
  const { t, state } = view;
  const rules = reasonRules(state);
  const max = state.config.maxReasons;
  const single = max <= 1;
  const hint = single ? t('reason.hint.one') : max >= rules.length ? t('reason.hint.any') : t('reason.hint.upTo', { max });
  return choiceGroup(view, {
    field: 'reasons',
    legend: t(single ? 'reason.legend.one' : 'reason.legend.many'),
    hint,
    type: single ? 'radio' : 'checkbox',
    items: rules.map((rule) => ({
      value: rule.id,
      label: reasonLabel(view, rule.id),
      ...(rule.requiresComment ? { hint: t('reason.needsComment') } : {}),
    })),
    selected: state.answers.reasonIds,
    onChange: (reasonId, selected) => view.send({ type: 'SET_REASON', reasonId, selected }),
  });
}

function renderComment(view: StepView): TemplateResult {
  const { t, state } = view;
  const requiring = reasonRules(state).find((r) => r.requiresComment && state.answers.reasonIds.includes(r.id));
  return textArea(view, {
    field: 'comment',
    label: t('reason.comment.label'),
    value: state.answers.comment,
    maxLength: state.config.commentMaxLength,
    optional: requiring === undefined,
    hint: requiring === undefined ? t('reason.comment.hint') : t('reason.comment.required', { reason: reasonLabel(view, requiring.id) }),
    onInput: (comment) => view.send({ type: 'SET_COMMENT', comment }),
  });
}
