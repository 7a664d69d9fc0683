import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { errorId, errorsFor, fieldId } from '../ui/field-ids.js';
import type { StepView } from './view.js';
import { reasonRules } from '../flow/guards.js';
import { fieldError, externalLink, optionalLabel, textArea } from '../ui/fields.js';
import { reasonLabel } from '../ui/labels.js';
import { safeUrl } from '../ui/safe-url.js';
import { accountValue, serviceValue } from './confirm.js';
import { effectiveIsChoice, effectiveValue, renderEffectiveChoice, renderLoss, renderQuote, renderSubmit } from './quote-parts.js';
import { renderVerification } from './verify.js';
import { needsPick } from '../flow/subscriptions.js';
import { renderSubscriptionPicker } from './subscription-picker.js';

// What the element takes in with the step when its chunk arrives (see steps/index.ts).
export { oneClickStyles } from './one-click.styles.js';

/** The compact summary: which service and which account, so a wrong account is caught. */
function renderSummary(view: StepView): TemplateResult {
  const { t } = view;
  const rows: Array<[string, TemplateResult | string]> = [
    [t('confirm.row.service'), serviceValue(view)],
    [t('confirm.row.account'), accountValue(view)],
  ];
  if (!effectiveIsChoice(view)) rows.push([t('confirm.row.effective'), effectiveValue(view)]);
  return html`<h3 class="section-title">${t('confirm.oneClick.subscription')}</h3>
    <dl class="check-list check-list--compact">
      ${rows.map(
        ([key, value]) =>
          html`<div class="check-list__row">
            <dt>${key}</dt>
            <dd class="check-list__value">${value}</dd>
          </div>`,
      )}
    </dl>`;
}

/**
 * The optional reason as one select (a compact screen; the guided flow has the full list), and
 * the comment when the chosen reason asks for one or something was already typed.
 */
function renderReason(view: StepView): TemplateResult {
  const { t, state } = view;
  const rules = reasonRules(state);
  const chosen = state.answers.reasonIds[0] ?? '';
  const id = fieldId('reasons');
  const hintId = `${id}-hint`;
  const invalid = errorsFor(state.fieldErrors, 'reasons').length > 0;
  const choose = (value: string) => {
    for (const other of state.answers.reasonIds) if (other !== value) view.send({ type: 'SET_REASON', reasonId: other, selected: false });
    if (value !== '') view.send({ type: 'SET_REASON', reasonId: value, selected: true });
  };
  const needsComment = rules.some((r) => r.requiresComment && state.answers.reasonIds.includes(r.id));
  return html`<div part="field" class="field ${invalid ? 'field--error' : ''}">
      <label for=${id}>${optionalLabel(view, t('confirm.oneClick.reason'))}</label>
      <p class="hint" id=${hintId}>${t('confirm.oneClick.reasonHint')}</p>
      ${fieldError(view, 'reasons')}
      <select
        id=${id}
        class="reason-select"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(invalid ? `${hintId} ${errorId('reasons')}` : hintId)}
        @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}
      >
        <option value="" .selected=${chosen === ''}>${t('confirm.oneClick.reasonNone')}</option>
        ${rules.map((rule) => html`<option value=${rule.id} .selected=${chosen === rule.id}>${reasonLabel(view, rule.id)}</option>`)}
      </select>
    </div>
    ${
      needsComment || state.answers.comment !== ''
        ? textArea(view, {
            field: 'comment',
            label: t('confirm.oneClick.comment'),
            value: state.answers.comment,
            maxLength: state.config.commentMaxLength,
            optional: !needsComment,
            onInput: (comment) => view.send({ type: 'SET_COMMENT', comment }),
          })
        : nothing
    }`;
}

function renderVerificationPart(view: StepView): TemplateResult | typeof nothing {
  const { t, state } = view;
  if ((state.context?.verificationMethods.length ?? 0) === 0) return nothing;
  return html`<section class="one-click-verify" aria-labelledby="cpu-one-click-verify">
    <h3 id="cpu-one-click-verify" class="section-title">${t('confirm.oneClick.verify')}</h3>
    ${renderVerification(view)}
  </section>`;
}

function renderTermsLink(view: StepView): TemplateResult | typeof nothing {
  const terms = view.state.context?.terms;
  const url = safeUrl(terms?.url, 'terms.url');
  if (!terms || url === null) return nothing;
  return html`<p class="terms-link">${view.t('confirm.oneClick.terms')} ${externalLink(view, url, terms.title)}</p>`;
}

/**
 * The `one-click` screen (一键退订): the account and product, an optional reason, the
 * verification, the effective-time choice, the refund quote and the same 确认退订 button as
 * `confirm`. After submitting, `status` and `done` follow as in the guided flow.
 */
export function renderOneClick(view: StepView): TemplateResult {
  // With several cloud PCs, the rest of the screen is about the one picked: first the pick.
  if (needsPick(view.state))
    return html`<p class="hint">${view.t('confirm.oneClick.intro')}</p>
      ${renderSubscriptionPicker(view)}`;
  return html`<p class="hint">${view.t('confirm.oneClick.intro')}</p>
    ${renderSubscriptionPicker(view)} ${renderSummary(view)} ${renderReason(view)} ${renderVerificationPart(view)}
    ${renderEffectiveChoice(view)} ${renderQuote(view)} ${renderLoss(view)} ${renderTermsLink(view)} ${renderSubmit(view)}`;
}
