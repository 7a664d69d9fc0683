/**
 * The cloud PC to unsubscribe, when the account has several (flow/subscriptions.ts): one radio per
 * cloud PC with what tells them apart (its name, plan, price, paid period and what happens to its
 * data). Shown first on `prepare` and on the one-click screen; nothing is picked for the
 * subscriber unless the host page named one. A pick loads that cloud PC's context, announced.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SubscriptionChoice } from '../contract/types.js';
import { isPickable, mayPickAnother, subscriptionChoices } from '../flow/subscriptions.js';
import { button } from '../ui/button.js';
import type { MessageKey } from '../i18n/index.js';
import { choiceGroup } from '../ui/fields.js';
import { nowrap, rich } from '../ui/rich-text.js';
import type { StepView } from './view.js';

function dataFate(view: StepView, days: number | undefined): string | null {
  // Without a retention period from the back end, nothing is said about the data.
  if (days === undefined) return null;
  if (days === 0) return view.t('pick.data.erased');
  return days === 1 ? view.t('pick.data.keptOneDay') : view.t('pick.data.kept', { days });
}

function choiceHint(view: StepView, choice: SubscriptionChoice): TemplateResult {
  const { t, fmt } = view;
  const plan = choice.name === undefined ? choice.planName : t('pick.plan', { product: choice.productName, plan: choice.planName });
  const price = t(`billing.${choice.billingCycle}`, { price: fmt.money(choice.price) });
  const until = rich(view, 'pick.until', { end: nowrap(fmt.dateTime(choice.currentPeriod.end)), zone: nowrap(t('timezone.beijing')) });
  const status = choice.status === 'active' ? null : t(`pick.status.${choice.status}` as MessageKey);
  // One that has ended: what it was and that it has ended; its price and data no longer matter here.
  if (!isPickable(choice)) return html`<span class="pick__line">${plan}</span><strong class="pick__line">${status}</strong>`;
  const fate = dataFate(view, choice.dataRetentionDays);
  return html`<span class="pick__line">${plan}</span>
    <span class="pick__line">${nowrap(price)}</span>
    <span class="pick__line">${until}</span>
    ${fate === null ? nothing : html`<span class="pick__line">${fate}</span>`}
    ${status === null ? nothing : html`<strong class="pick__line">${status}</strong>`}`;
}

/** The picker, or nothing when the account has one cloud PC. */
export function renderSubscriptionPicker(view: StepView): TemplateResult | typeof nothing {
  const choices = subscriptionChoices(view.state.context);
  if (choices.length === 0) return nothing;
  const { t, state } = view;
  const picked = state.answers.pickedSubscriptionId;
  const loading = state.pending?.operation === 'loadContext' && picked !== null && picked !== state.context?.subscription.id;
  return html`<div class="pick">
    ${choiceGroup(view, {
      field: 'subscription',
      type: 'radio',
      legend: t('pick.legend'),
      hint: t('pick.hint', { count: choices.length }),
      items: choices.map((choice) => ({
        value: choice.id,
        label: choice.name ?? choice.productName,
        hint: choiceHint(view, choice),
        disabled: !isPickable(choice),
      })),
      selected: picked === null ? [] : [picked],
      onChange: (value, selected) => {
        if (selected) view.send({ type: 'PICK_SUBSCRIPTION', subscriptionId: value });
      },
    })}
    <p class="hint" role="status">${loading ? t('pick.loading') : nothing}</p>
  </div>`;
}

/** On `status` and `done`: the way on to another of the account's cloud PCs, when there is one to pick. */
export function renderPickAnother(view: StepView): TemplateResult | typeof nothing {
  if (!mayPickAnother(view.state)) return nothing;
  return html`<div class="actions no-print">
    ${button({ kind: 'secondary', label: view.t('pick.another'), onClick: () => view.send({ type: 'PICK_ANOTHER' }) })}
  </div>`;
}
