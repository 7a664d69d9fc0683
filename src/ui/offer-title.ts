import { localized } from '../options/index.js';
import type { RenderContext } from './render-context.js';

/** The title of a retention offer: the back end's pause or downgrade, the operator's own, or a plain one when the operator gave none. */
export function offerTitle(view: Pick<RenderContext, 'options' | 'locale' | 't' | 'state'>, offerId: string): string {
  const backend = view.state.context?.offers?.find((o) => o.offerId === offerId);
  if (backend !== undefined) return view.t(backend.kind === 'pause' ? 'reason.offer.pause.title' : 'reason.offer.downgrade.title');
  const offer = view.options.offers.find((o) => o.id === offerId);
  return offer ? localized(offer.title, view.locale) : view.t('reason.offer.fallbackTitle');
}
