import { css, html, type TemplateResult } from 'lit';
import type { StepView } from '../element/view.js';

/** The `prepare` step. */
export function renderPrepare(view: StepView): TemplateResult {
  return html`<p>${view.t('step.prepare')}</p>`;
}

export const prepareStyles = css``;
