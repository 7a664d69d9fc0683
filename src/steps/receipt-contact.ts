/** The operator's contact details as a list: on `status` (how to ask about progress) and on `done` (details to keep). */
import { html, nothing, type TemplateResult } from 'lit';
import type { StepView } from './view.js';
import { externalLink } from '../ui/fields.js';
import { nowrap, nowrapEmail, rich } from '../ui/rich-text.js';
import { contactRows, requestNumber } from './receipt-facts.js';

export function renderContact(view: StepView, o: { id: string; title: string }): TemplateResult {
  const { t } = view;
  const rows = contactRows(view, view.state.context?.support);
  const number = requestNumber(view);
  const titleId = `cpu-${o.id}-title`;
  return html`<section class="contact" aria-labelledby=${titleId}>
    <h3 id=${titleId}>${o.title}</h3>
    <p>${number !== null ? rich(view, 'status.support.intro', { requestId: nowrap(number) }) : t('status.support.introNoNumber')}</p>
    ${
      rows.length === 0
        ? html`<p>${t('status.support.none')}</p>`
        : html`<dl class="contact__list">
            ${rows.map(
              (row) =>
                html`<dt>${row.label}</dt>
                  <dd>
                    ${
                      row.href === null
                        ? row.value
                        : row.kind === 'chat'
                          ? externalLink(view, row.href, t('status.support.chatLink'))
                          : row.kind === 'email'
                            ? html`<a class="contact__email" href=${row.href}>${nowrapEmail(row.value)}</a>`
                            : html`<a href=${row.href}>${nowrap(row.value)}</a>`
                    }
                    ${row.kind === 'chat' ? html`<span class="contact__url print-only">${row.value}</span>` : nothing}
                  </dd>`,
            )}
          </dl>`
    }
  </section>`;
}
