/**
 * The large appearance's way to reach a person, drawn on every screen: one press calls the
 * operator's hotline (a `tel:` link, which a phone dials; elsewhere the number is there to read) or
 * opens its chat, from the context's support data. Nothing is drawn when the context gives neither.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Support } from '../contract/types.js';
import { hasMessages } from '../i18n/index.js';
import type { RenderContext } from './render-context.js';
import { safeUrl } from './safe-url.js';
import { telHref } from './tel-href.js';

export function renderReachPerson(view: RenderContext, support: Support | undefined): TemplateResult | typeof nothing {
  const { t, locale } = view;
  // Its strings come with the large appearance's; until they are here, nothing rather than keys.
  if (support === undefined || !hasMessages(locale, ['large'])) return nothing;
  const hotline = support.hotline?.trim() || null;
  const tel = hotline === null ? null : telHref(hotline);
  const chat = safeUrl(support.chatUrl, 'support.chatUrl');
  if (hotline === null && chat === null) return nothing;
  return html`<aside class="reach-person" part="reach-person" aria-labelledby="cpu-reach-person-title">
    <h3 id="cpu-reach-person-title">${t('large.help.title')}</h3>
    <p>${t('large.help.intro')}</p>
    <div class="reach-person__links">
      ${
        hotline === null
          ? nothing
          : tel === null
            ? html`<p class="reach-person__number">${t('large.help.call', { hotline })}</p>`
            : html`<a class="reach-person__link" href=${tel}>${t('large.help.call', { hotline })}</a>`
      }
      ${
        chat === null
          ? nothing
          : html`<a class="reach-person__link" href=${chat} target="_blank" rel="noopener noreferrer"
              >${t('large.help.chat')}<span class="visually-hidden">${t('link.newWindow')}</span></a
            >`
      }
    </div>
  </aside>`;
}
