import { css, html, type TemplateResult } from 'lit';
import type { StepView } from '../element/view.js';

/** The `status` step. */
export function renderStatus(view: StepView): TemplateResult {
  return html`<p>${view.t('step.status')}</p>`;
}

export const statusStyles = css``;
