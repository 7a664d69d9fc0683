/**
 * The `prepare` step (退订前准备): which account and plan will be unsubscribed, what
 * unsubscribing costs (when the service stops, the penalty, the data, the refund), a backup
 * checklist and the cancellation terms, the last two each ending in an acknowledgement the flow's
 * guard asks for.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Effective, Subscription, UnsubscribeContext } from '../contract/types.js';
import type { StepView } from './view.js';
import { checkboxField, externalLink } from '../ui/fields.js';
import { nowrap, rich } from '../ui/rich-text.js';
import { safeUrl } from '../ui/safe-url.js';
import { needsPick, subscriptionChoices } from '../flow/subscriptions.js';
import { renderSubscriptionPicker } from './subscription-picker.js';

// What the element takes in with the step when its chunk arrives (see steps/index.ts).
export { prepareStyles } from './prepare.styles.js';

export function renderPrepare(view: StepView): TemplateResult {
  const context = view.state.context;
  if (context === null) return html``;
  // With several cloud PCs, nothing about one is shown as settled before the subscriber picks it.
  if (needsPick(view.state)) return html`<div class="prepare">${renderSummary(view, context)}</div>`;
  return html`<div class="prepare">
    ${renderSummary(view, context)} ${renderEffect(view, context)} ${renderBackup(view)} ${renderTerms(view, context)}
  </div>`;
}

/** Shown first so that a wrong account or plan is caught before anything else is read. */
function renderSummary(view: StepView, context: UnsubscribeContext): TemplateResult {
  const { account, subscription, support } = context;
  const { t } = view;
  // Several cloud PCs: each one's plan, price and period are in the picker.
  const several = subscriptionChoices(context).length > 0;
  const zone = nowrap(t('timezone.beijing'));
  const name = account.maskedPhone
    ? rich(view, 'prepare.account.withPhone', { name: account.displayName, phone: nowrap(account.maskedPhone) })
    : account.displayName;
  return html`<div class="prepare__section">
    <h3>${t('prepare.summary.title')}</h3>
    <dl class="summary-list">
      <dt>${t('summary.account')}</dt>
      <dd>
        <span class="prepare__line">${name}</span>
        <span class="prepare__line hint">${rich(view, 'prepare.account.id', { id: nowrap(account.id) })}</span>
      </dd>
      ${several ? nothing : renderProduct(view, subscription, zone)}
    </dl>
    ${several ? renderSubscriptionPicker(view) : nothing}
    <p class="hint">
      ${support.hotline ? rich(view, 'prepare.notYou.hotline', { hotline: nowrap(support.hotline) }) : t('prepare.notYou')}
    </p>
  </div>`;
}

function renderProduct(view: StepView, subscription: Subscription, zone: TemplateResult): TemplateResult {
  const { t, fmt } = view;
  return html`<dt>${t('summary.product')}</dt>
    <dd>
      ${subscription.name === undefined ? nothing : html`<span class="prepare__line">${subscription.name}</span>`}
      <span class="prepare__line">${subscription.productName}</span>
      <span class="prepare__line hint">${subscription.planName}</span>
    </dd>
    <dt>${t('summary.price')}</dt>
    <dd>${nowrap(t(`billing.${subscription.billingCycle}`, { price: fmt.money(subscription.price) }))}</dd>
    <dt>${t('summary.period')}</dt>
    <dd>
      ${rich(view, 'prepare.period', {
        start: nowrap(fmt.dateTime(subscription.currentPeriod.start)),
        end: nowrap(fmt.dateTime(subscription.currentPeriod.end)),
        zone,
      })}
    </dd>`;
}

/**
 * What unsubscribing costs, each rule said once: when the service stops (with the penalty beside
 * the choice that incurs it), what happens to the data, and how a refund is paid. The operator's
 * own highlights follow with the terms; the exact figures come on `confirm`.
 */
function renderEffect(view: StepView, { subscription, terms }: UnsubscribeContext): TemplateResult {
  const { t, fmt } = view;
  const end = nowrap(fmt.dateTime(subscription.currentPeriod.end));
  const zone = nowrap(t('timezone.beijing'));
  const penalty = terms.penalty && terms.penalty.amount > 0 ? nowrap(fmt.money(terms.penalty)) : null;
  const meaning = (effective: Effective): TemplateResult =>
    effective === 'end-of-term'
      ? rich(view, 'prepare.effect.end-of-term', { end, zone })
      : penalty === null
        ? html`${t('prepare.effect.immediatelyNoPenalty')}`
        : rich(view, 'prepare.effect.immediately', { penalty });
  const options = terms.effectiveOptions;
  const only = options.length === 1 ? options[0] : undefined;
  const stop =
    only === undefined
      ? html`<p>${t('prepare.effect.choice')}</p>
          <ul class="prepare__options">
            ${options.map(
              (effective) =>
                html`<li>
                  <strong>${t(`effective.${effective}`)}</strong>
                  <span class="prepare__line">${meaning(effective)}</span>
                </li>`,
            )}
          </ul>`
      : html`<p>
          ${only === 'end-of-term' ? rich(view, 'prepare.effect.only.end-of-term', { end, zone }) : t('prepare.effect.only.immediately')}
          ${penalty === null ? nothing : rich(view, 'prepare.effect.penalty', { penalty })}
        </p>`;
  const days = terms.dataRetentionDays;
  // Without a retention period from the back end, nothing is said about when the data goes.
  const retention =
    days === undefined
      ? t('prepare.data.erasedLater')
      : days === 0
        ? t('prepare.data.erased')
        : days === 1
          ? t('prepare.data.keptOneDay')
          : t('prepare.data.kept', { days });
  const refund = t(penalty === null ? 'prepare.refundNoPenalty' : 'prepare.refund', { method: terms.refundMethod });
  return html`<div class="prepare__section">
    <h3>${t('prepare.effect.title')}</h3>
    <div class="notice notice--danger">
      ${stop}
      <p><strong>${t('prepare.data.important')}</strong>${retention}</p>
      <p>${refund}</p>
    </div>
  </div>`;
}

function renderBackup(view: StepView): TemplateResult {
  const { t, state } = view;
  const items = [t('prepare.backup.documents'), t('prepare.backup.pictures'), t('prepare.backup.videos'), t('prepare.backup.software')];
  return html`<div class="prepare__section">
    <h3>${t('prepare.backup.title')}</h3>
    <p>${t('prepare.backup.intro')}</p>
    <ul class="prepare__list">
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
    ${checkboxField(view, {
      field: 'backup',
      label: t('prepare.backup.ack'),
      checked: state.answers.backupAcknowledged,
      onChange: (value) => view.send({ type: 'SET_ACK', which: 'backup', value }),
    })}
  </div>`;
}

function renderTerms(view: StepView, { terms }: UnsubscribeContext): TemplateResult {
  const { t, state } = view;
  const link = externalLink(view, safeUrl(terms.url, 'terms.url'), t('prepare.terms.link', { title: terms.title }));
  return html`<div class="prepare__section">
    <h3>${t('prepare.terms.heading', { title: terms.title, version: terms.version })}</h3>
    ${
      terms.highlights.length > 0
        ? html`<p>${t('prepare.terms.intro')}</p>
            <ul class="prepare__list">
              ${terms.highlights.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing
    }
    ${link === nothing ? nothing : html`<p>${link}</p>`}
    ${checkboxField(view, {
      field: 'terms',
      label: t('prepare.terms.ack'),
      checked: state.answers.termsAcknowledged,
      onChange: (value) => view.send({ type: 'SET_ACK', which: 'terms', value }),
    })}
  </div>`;
}
