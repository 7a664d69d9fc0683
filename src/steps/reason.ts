import { css, html, type TemplateResult } from 'lit';
import type { StepView } from '../element/view.js';

/** The `reason` step. */
export function renderReason(view: StepView): TemplateResult {
  return html`<p>${view.t('step.reason')}</p>`;
}

export const reasonStyles = css``;
