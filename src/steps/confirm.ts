import { css, html, type TemplateResult } from 'lit';
import type { StepView } from '../element/view.js';

/** The `confirm` step. */
export function renderConfirm(view: StepView): TemplateResult {
  return html`<p>${view.t('step.confirm')}</p>`;
}

export const confirmStyles = css``;
