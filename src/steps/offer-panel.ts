/**
 * The retention offer the flow machine puts up on leaving the reason step (flow/offers.ts): the
 * operator's discount in their words, or the back end's pause or downgrade with its figures.
 * Accepting and declining are two buttons of the same kind, side by side; the element moves
 * focus to the heading when the offer appears (Continue is gone meanwhile).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DowngradeOffer, PauseOffer } from '../contract/types.js';
import type { StepView } from './view.js';
import { backendOffer, isAccepting } from '../flow/offers.js';
import { localized } from '../options/index.js';
import { button } from '../ui/button.js';
import { choiceGroup } from '../ui/fields.js';
import { offerTitle } from '../ui/offer-title.js';

export function renderOffer(view: StepView): TemplateResult | typeof nothing {
  const { t, state } = view;
  const shown = state.offer;
  if (shown === null) return nothing;
  const backend = backendOffer(state, shown.offerId);
  const accepting = isAccepting(state);
  const body =
    backend?.kind === 'pause'
      ? pauseBody(view, backend)
      : backend?.kind === 'downgrade'
        ? downgradeBody(view, backend)
        : operatorBody(view);
  return html`<div part="offer" class="offer" role="region" aria-labelledby="cpu-offer-title">
    <p class="offer__eyebrow">${t('reason.offer.eyebrow')}</p>
    <h3 id="cpu-offer-title" class="offer__title" tabindex="-1">${offerTitle(view, shown.offerId)}</h3>
    ${body}
    <p class="hint">${t('reason.offer.note')}</p>
    <div class="actions offer__actions">
      ${button({ kind: 'primary', label: acceptLabel(view), busy: accepting, onClick: () => view.send({ type: 'ACCEPT_OFFER' }) })}
      ${button({ kind: 'primary', label: t('reason.offer.decline'), disabled: accepting, onClick: () => view.send({ type: 'DECLINE_OFFER' }) })}
    </div>
  </div>`;
}

function acceptLabel(view: StepView): string {
  const { t, state, locale } = view;
  const offerId = state.offer?.offerId ?? '';
  const backend = backendOffer(state, offerId);
  if (backend !== undefined) return t(backend.kind === 'pause' ? 'reason.offer.pause.accept' : 'reason.offer.downgrade.accept');
  const own = view.options.offers.find((o) => o.id === offerId);
  return own?.acceptLabel ? localized(own.acceptLabel, locale) : t('reason.offer.accept');
}

function operatorBody(view: StepView): TemplateResult | typeof nothing {
  const own = view.options.offers.find((o) => o.id === view.state.offer?.offerId);
  return own ? html`<p>${localized(own.description, view.locale)}</p>` : nothing;
}

function pauseBody(view: StepView, offer: PauseOffer): TemplateResult {
  const { t, fmt, state } = view;
  const months = state.offer?.months;
  const fee = offer.storageFeePerMonth;
  return html`<p>${t('reason.offer.pause.body')}</p>
    <p>${fee !== undefined && fee.amount > 0 ? t('reason.offer.pause.fee', { price: fmt.money(fee) }) : t('reason.offer.pause.free')}</p>
    ${choiceGroup(view, {
      field: 'offerMonths',
      legend: t('reason.offer.pause.legend'),
      type: 'radio',
      items: offer.choices.map((c) => ({
        value: String(c.months),
        label: t(c.months === 1 ? 'reason.offer.pause.choiceOne' : 'reason.offer.pause.choice', {
          count: c.months,
          date: fmt.date(c.resumesOn),
        }),
      })),
      selected: months === null || months === undefined ? [] : [String(months)],
      onChange: (value, selected) => {
        if (selected) view.send({ type: 'SET_OFFER_MONTHS', months: Number(value) });
      },
    })}`;
}

function downgradeBody(view: StepView, offer: DowngradeOffer): TemplateResult {
  const { t, fmt, state } = view;
  const current = state.context?.subscription;
  const price = t(`billing.${offer.billingCycle}`, { price: fmt.money(offer.price) });
  const now = current ? t(`billing.${current.billingCycle}`, { price: fmt.money(current.price) }) : '';
  return html`<p>
      ${t('reason.offer.downgrade.body', { plan: offer.planName, price, date: fmt.dateOfInstant(offer.startsAt), current: now })}
    </p>
    ${
      offer.losses.length > 0
        ? html`<p>${t('reason.offer.downgrade.losses')}</p>
            <ul class="offer__losses">
              ${offer.losses.map((loss) => html`<li>${loss}</li>`)}
            </ul>`
        : nothing
    }`;
}
