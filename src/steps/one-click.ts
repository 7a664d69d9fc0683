import { css, html, type TemplateResult } from 'lit';
import type { StepView } from '../element/view.js';

/** The `one-click` step. */
export function renderOneClick(view: StepView): TemplateResult {
  return html`<p>${view.t('step.one-click')}</p>`;
}

export const oneClickStyles = css``;
