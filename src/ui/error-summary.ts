/**
 * The GOV.UK error summary above a step: a heading and one link per field error, in the same
 * words as the inline message. It comes with the steps (it only ever lists a step's fields), so
 * the shell in the entry does not carry the error words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, type StepView } from '../element/view.js';
import { fieldErrorText } from './labels.js';

/** `focusField` moves focus to a field: a fragment link cannot reach into a shadow root. */
export function renderErrorSummary(view: StepView, focusField: (field: string) => void): TemplateResult | typeof nothing {
  const errors = view.state.fieldErrors;
  if (errors.length === 0) return nothing;
  const follow = (field: string) => (e: Event) => {
    e.preventDefault();
    focusField(field);
  };
  return html`<div part="error-summary" tabindex="-1" role="alert" aria-labelledby="cpu-error-summary-title">
    <h2 id="cpu-error-summary-title">${view.t('errorSummary.title')}</h2>
    <ul>
      ${errors.map((error) => html`<li><a href=${`#${fieldId(error.field)}`} @click=${follow(error.field)}>${fieldErrorText(view, error)}</a></li>`)}
    </ul>
  </div>`;
}
