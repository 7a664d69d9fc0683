import { css, html, type TemplateResult } from 'lit';
import type { StepView } from '../element/view.js';

/** The `verify` step. */
export function renderVerify(view: StepView): TemplateResult {
  return html`<p>${view.t('step.verify')}</p>`;
}

export const verifyStyles = css``;
