/**
 * The GOV.UK error summary above a step: a heading and one link per field error, in the same
 * words as the inline message. It comes with the steps (it only ever lists a step's fields), so
 * the shell in the entry does not carry the error words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from './field-ids.js';
import { fieldErrorText } from './labels.js';
import { focusField } from './focus-field.js';
import type { RenderContext } from './render-context.js';

/** One problem in a summary: the field it is about and its words. */
export interface SummaryItem {
  readonly field: string;
  readonly text: string;
}

/**
 * A titled alert listing problems, each a link that moves focus to its field (a fragment link
 * cannot reach into a shadow root). `id` and `headingLevel` let a form inside a step (feedback)
 * have one of its own beside the step's.
 */
export function errorSummary(
  view: Pick<RenderContext, 't'>,
  items: readonly SummaryItem[],
  { id = 'cpu-error-summary', headingLevel = 2 }: { id?: string; headingLevel?: 2 | 4 } = {},
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const follow = (field: string) => (e: Event) => {
    e.preventDefault();
    focusField((e.currentTarget as Element).getRootNode() as ParentNode, field);
  };
  const title = view.t('errorSummary.title');
  return html`<div id=${id} part="error-summary" tabindex="-1" role="alert" aria-labelledby=${`${id}-title`}>
    ${headingLevel === 2 ? html`<h2 id=${`${id}-title`}>${title}</h2>` : html`<h4 id=${`${id}-title`}>${title}</h4>`}
    <ul>
      ${items.map((item) => html`<li><a href=${`#${fieldId(item.field)}`} @click=${follow(item.field)}>${item.text}</a></li>`)}
    </ul>
  </div>`;
}

/** The error summary above a step: the flow's field errors, in the same words as the inline messages. */
export function renderErrorSummary(view: RenderContext): TemplateResult | typeof nothing {
  return errorSummary(
    view,
    view.state.fieldErrors.map((error) => ({ field: error.field, text: fieldErrorText(view, error) })),
  );
}
