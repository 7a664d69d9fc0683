import { css, html, type TemplateResult } from 'lit';
import type { StepView } from '../element/view.js';

/** The `done` step. */
export function renderDone(view: StepView): TemplateResult {
  return html`<p>${view.t('step.done')}</p>`;
}

export const doneStyles = css``;
