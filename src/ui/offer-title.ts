import { localized } from '../options/index.js';
import type { RenderContext } from './render-context.js';

/** The title of a retention offer: the operator's, or a plain one when the operator gave none. */
export function offerTitle(view: Pick<RenderContext, 'options' | 'locale' | 't'>, offerId: string): string {
  const offer = view.options.offers.find((o) => o.id === offerId);
  return offer ? localized(offer.title, view.locale) : view.t('reason.offer.fallbackTitle');
}
