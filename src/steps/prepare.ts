/**
 * The `prepare` step (退订前准备): which account and plan will be unsubscribed, what happens to
 * the cloud PC's data and when, a backup checklist and the cancellation terms, each ending in
 * an acknowledgement the flow's guard asks for.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UnsubscribeContext } from '../contract/types.js';
import type { StepView } from './view.js';
import { checkboxField, externalLink } from '../ui/fields.js';
import { safeUrl } from '../ui/safe-url.js';

// What the element takes in with the step when its chunk arrives (see steps/index.ts).
export { prepareStyles } from './prepare.styles.js';

export function renderPrepare(view: StepView): TemplateResult {
  const context = view.state.context;
  if (context === null) return html``;
  return html`<div class="prepare">
    ${renderSummary(view, context)} ${renderData(view, context)} ${renderBackup(view)} ${renderTerms(view, context)}
  </div>`;
}

/** Shown first so that a wrong account or plan is caught before anything else is read. */
function renderSummary(view: StepView, { account, subscription, support }: UnsubscribeContext): TemplateResult {
  const { t, fmt } = view;
  const zone = t('timezone.beijing');
  const name = account.maskedPhone
    ? t('prepare.account.withPhone', { name: account.displayName, phone: account.maskedPhone })
    : account.displayName;
  return html`<div class="prepare__section">
    <h3>${t('prepare.summary.title')}</h3>
    <p>${t('prepare.summary.intro')}</p>
    <dl class="summary-list">
      <dt>${t('summary.account')}</dt>
      <dd>
        <span class="prepare__line">${name}</span>
        <span class="prepare__line hint">${t('prepare.account.id', { id: account.id })}</span>
      </dd>
      <dt>${t('summary.product')}</dt>
      <dd>${subscription.productName}</dd>
      <dt>${t('summary.plan')}</dt>
      <dd>${subscription.planName}</dd>
      <dt>${t('summary.price')}</dt>
      <dd>${t(`billing.${subscription.billingCycle}`, { price: fmt.money(subscription.price) })}</dd>
      <dt>${t('summary.period')}</dt>
      <dd>
        ${t('prepare.period', {
          start: fmt.dateTime(subscription.currentPeriod.start),
          end: fmt.dateTime(subscription.currentPeriod.end),
          zone,
        })}
      </dd>
    </dl>
    <p class="hint">${support.hotline ? t('prepare.notYou.hotline', { hotline: support.hotline }) : t('prepare.notYou')}</p>
  </div>`;
}

/**
 * When the service stops depends on the choice made on `confirm`, so this says what the
 * operator allows: one fixed moment, or both. The retention period is stated plainly; without
 * one, the data goes when the service does.
 */
function renderData(view: StepView, { subscription, terms }: UnsubscribeContext): TemplateResult {
  const { t, fmt } = view;
  const end = t('prepare.when', { time: fmt.dateTime(subscription.currentPeriod.end), zone: t('timezone.beijing') });
  const options = terms.effectiveOptions;
  const stop =
    options.length > 1
      ? t('prepare.data.stop.choice', { end })
      : options[0] === 'end-of-term'
        ? t('prepare.data.stop.end-of-term', { end })
        : t('prepare.data.stop.immediately');
  const days = terms.dataRetentionDays ?? 0;
  const retention = days === 0 ? t('prepare.data.erased') : days === 1 ? t('prepare.data.keptOneDay') : t('prepare.data.kept', { days });
  return html`<div class="prepare__section">
    <h3>${t('prepare.data.title')}</h3>
    <div class="notice notice--danger">
      <p>${stop}</p>
      <p><strong>${t('prepare.data.important')}</strong>${retention}</p>
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
  const { t, fmt, state } = view;
  const penalty = terms.penalty && terms.penalty.amount > 0 ? fmt.money(terms.penalty) : t('prepare.terms.noPenalty');
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
    <dl class="summary-list">
      <dt>${t('prepare.terms.penalty')}</dt>
      <dd>${penalty}</dd>
      <dt>${t('prepare.terms.refundMethod')}</dt>
      <dd>${terms.refundMethod}</dd>
    </dl>
    <p>${t('prepare.terms.quoteLater')}</p>
    ${link === nothing ? nothing : html`<p>${link}</p>`}
    ${checkboxField(view, {
      field: 'terms',
      label: t('prepare.terms.ack'),
      checked: state.answers.termsAcknowledged,
      onChange: (value) => view.send({ type: 'SET_ACK', which: 'terms', value }),
    })}
  </div>`;
}
