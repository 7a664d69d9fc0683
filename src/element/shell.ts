/**
 * The widget's frame around the steps, as render functions: the container with its header and
 * live region, the progress line and heading of a step, a service problem with its retry, the
 * buttons under a step, the FAQ, and the screens without a step (loading, blocked, ended). What
 * they offer is decided by the flow (flow/shell.ts); these only draw it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Agreement } from '../contract/types.js';
import { stepsOf } from '../flow/machine.js';
import { secondsUntil } from '../flow/retry-wait.js';
import { isPreSubmit } from '../flow/steps.js';
import { blockedMayRetry, blockedScreen, mayRetry, stepActions } from '../flow/shell.js';
import type { FlowIntent } from '../flow/types.js';
import { hasMessages, type Locale, type MessageKey, type Translate } from '../i18n/index.js';
import { localized } from '../options/index.js';
import { button } from '../ui/button.js';
import { renderReachPerson } from '../ui/reach-person.js';
import { serviceErrorTitleKey } from '../ui/labels.js';
import type { RenderContext } from '../ui/render-context.js';
import { safeUrl } from '../ui/safe-url.js';
import { waitText } from '../ui/wait.js';
import { stepTitleKey } from './announcement-words.js';

export interface ShellParts {
  /** The time of this render, in milliseconds: waits are drawn from it. */
  readonly now: number;
  /** A wait with nothing else to do has turned long (flow/shell.ts, `slowWait`). */
  readonly slow: 'loading' | 'submit' | null;
  /** The page gave the widget an adapter. */
  readonly hasAdapter: boolean;
  /** The large appearance: a way to reach a person on every screen. */
  readonly large: boolean;
  /** The current step's own body once it has arrived, or where its fetch stands. */
  readonly step: TemplateResult | 'loading' | 'failed';
  /** The error summary above the step (drawn by the steps' kit, so only once a step is here). */
  readonly summary: TemplateResult | typeof nothing;
  readonly announcement: string;
  send(intent: FlowIntent): void;
  retryStep(): void;
  /** The FAQ was opened (its built-in answers may still have to be fetched). */
  faqOpened(): void;
}

/** The whole widget once its language's strings are here. */
export function renderFrame(view: RenderContext, parts: ShellParts): TemplateResult {
  const { state, t } = view;
  const product = state.context?.subscription.productName ?? '';
  const busy = state.phase === 'loading' || (state.phase === 'active' && parts.step === 'loading');
  return html`<section
    part="container"
    lang=${view.locale}
    aria-label=${t('widget.label', { product })}
    aria-busy=${busy ? 'true' : 'false'}
  >
    <header part="header"><slot name="header">${product}</slot></header>
    ${renderBody(view, parts)}
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${parts.announcement}</div>
    <slot name="footer"></slot>
  </section>`;
}

export interface BootParts {
  /** The language's tables could not be fetched. */
  readonly failed: boolean;
  /** The context has been on its way for long. */
  readonly slow: boolean;
  /** Fetch the tables again (and the context, if it failed meanwhile). */
  retry(): void;
  /** Ask for the context again now. */
  restart(): void;
}

/**
 * Before the first language's tables arrive: the loading line (and, when it takes long, a way to
 * try again), or a retry if they could not be fetched. Only boot strings (both languages are in
 * the entry), so nothing here can show a key.
 */
export function renderBoot(t: Translate, locale: Locale, boot: BootParts): TemplateResult {
  return html`<section
    part="container"
    lang=${locale}
    aria-label=${t('widget.label', { product: '' })}
    aria-busy=${boot.failed ? 'false' : 'true'}
  >
    ${
      boot.failed
        ? html`<div part="step" class="notice notice--danger" role="alert">
            <p>${t('error.chunk')}</p>
            ${button({ kind: 'secondary', label: t('action.retry'), onClick: () => boot.retry() })}
          </div>`
        : html`<div part="step">${renderLoading(t, boot.slow, () => boot.restart())}</div>`
    }
    <slot name="footer"></slot>
  </section>`;
}

/** The loading line; past the long-wait mark, a notice that says so with a retry. */
function renderLoading(t: Translate, slow: boolean, restart: () => void): TemplateResult {
  return html`<p class="loading">${t('widget.loading')}</p>
    ${
      slow
        ? html`<div class="notice" role="status">
            <p>${t('wait.slow.loading')}</p>
            ${button({ kind: 'secondary', label: t('action.retry'), onClick: restart })}
          </div>`
        : nothing
    }`;
}

function renderBody(view: RenderContext, parts: ShellParts): TemplateResult {
  const { state, t } = view;
  if (state.phase === 'loading')
    return html`<div part="step">${renderLoading(t, parts.slow === 'loading', () => parts.send({ type: 'RESTART' }))}</div>`;
  if (state.phase === 'blocked') return renderBlocked(view, parts);
  if (state.phase === 'kept' || state.phase === 'offer-accepted') return renderEnded(view, parts);
  const steps = stepsOf(state);
  // After submitting there is nothing left to do in order: the request's own progress takes over.
  return html`${parts.summary}
    <div part="step" data-step=${state.step}>
      ${
        isPreSubmit(state.step)
          ? html`<p part="progress">${t('progress.stepOf', { current: steps.indexOf(state.step) + 1, total: steps.length })}</p>`
          : nothing
      }
      <h2 part="heading" tabindex="-1">${t(stepTitleKey(state))}</h2>
      ${renderServiceError(view, parts)} ${renderSlowSubmit(view, parts)} ${renderStep(view, parts)} ${renderActions(view, parts)}
      ${reachPerson(view, parts)}
    </div>
    ${renderFaq(view, parts)}`;
}

/** The large appearance's way to reach a person (ui/reach-person.ts); nothing in the usual one. */
function reachPerson(view: RenderContext, parts: ShellParts): TemplateResult | typeof nothing {
  return parts.large ? renderReachPerson(view, view.state.context?.support) : nothing;
}

function renderStep(view: RenderContext, parts: ShellParts): TemplateResult {
  const { t } = view;
  if (parts.step === 'failed') {
    return html`<div class="notice notice--danger" role="alert">
      <p>${t('error.chunk')} ${t('serviceError.kept')}</p>
      ${button({ kind: 'secondary', label: t('action.retry'), onClick: parts.retryStep })}
    </div>`;
  }
  if (parts.step === 'loading') return html`<p class="loading">${t('widget.loading')}</p>`;
  return parts.step;
}

/**
 * "请在 30 秒后重试。" while a wait the back end asked for runs, else nothing. Outside the alert
 * around it: the live region says the wait once, and the countdown is not read out every second.
 */
function renderWait(t: Translate, secondsLeft: number): TemplateResult | typeof nothing {
  return secondsLeft > 0 ? html`<p class="wait">${waitText(t, secondsLeft)}</p>` : nothing;
}

function renderServiceError(view: RenderContext, parts: ShellParts): TemplateResult | typeof nothing {
  const problem = view.state.serviceError;
  if (problem === null) return nothing;
  const { t } = view;
  const { error } = problem;
  const signIn = error.code === 'unauthenticated' ? safeUrl(view.options.signInUrl ?? undefined, 'options.signInUrl') : null;
  const wait = secondsUntil(error.retryAt, parts.now);
  return html`<div class="notice notice--danger">
    <div role="alert">
      <h2 class="notice__title">${t(serviceErrorTitleKey(error.code))}</h2>
      <p>${t(`error.${error.code}`)} ${t('serviceError.kept')}</p>
    </div>
    ${renderWait(t, wait)}
    <div class="actions">
      ${
        mayRetry(problem.operation, error)
          ? button({ kind: 'secondary', label: t('action.retry'), onClick: () => parts.send({ type: 'RETRY' }), disabled: wait > 0 })
          : nothing
      }
      ${signIn ? html`<a href=${signIn}>${t('action.signIn')}</a>` : nothing}
    </div>
  </div>`;
}

/** A submit that has been on its way for long: say so, and offer to send it again (the same request: its key is reused). */
function renderSlowSubmit(view: RenderContext, parts: ShellParts): TemplateResult | typeof nothing {
  if (parts.slow !== 'submit') return nothing;
  const { t } = view;
  return html`<div class="notice" role="status">
    <p>${t('wait.slow.submit')}</p>
    ${button({ kind: 'secondary', label: t('action.retry'), onClick: () => parts.send({ type: 'RESTART' }) })}
  </div>`;
}

function renderActions(view: RenderContext, parts: ShellParts): TemplateResult | typeof nothing {
  const actions = stepActions(view.state);
  if (actions === null) return nothing;
  const { t } = view;
  return html`<div class="actions">
    ${actions.continue ? button({ kind: 'primary', label: t('action.continue'), onClick: () => parts.send({ type: 'CONTINUE' }) }) : nothing}
    ${actions.back ? button({ kind: 'secondary', label: t('action.back'), onClick: () => parts.send({ type: 'BACK' }), disabled: actions.busy }) : nothing}
    ${actions.keep ? button({ kind: 'link', label: t('action.keep'), onClick: () => parts.send({ type: 'KEEP' }), disabled: actions.busy }) : nothing}
  </div>`;
}

function renderFaq(view: RenderContext, parts: ShellParts): TemplateResult {
  const { t, locale } = view;
  let items: { q: string; a: string }[] = [];
  if (view.options.faq) {
    items = view.options.faq.map((item) => ({ q: localized(item.question, locale), a: localized(item.answer, locale) }));
  } else if (hasMessages(locale, ['faq'])) {
    items = [1, 2, 3, 4, 5].map((n) => ({ q: t(`faq.default.${n}.q` as MessageKey), a: t(`faq.default.${n}.a` as MessageKey) }));
  }
  // The built-in answers arrive at idle after the first step; opened sooner, they are fetched then.
  const toggled = (event: Event): void => {
    if ((event.currentTarget as HTMLDetailsElement).open) parts.faqOpened();
  };
  return html`<details part="faq" @toggle=${toggled}>
    <summary>${t('faq.toggle')}</summary>
    ${
      items.length > 0
        ? html`<dl>
            ${items.map(
              (item) =>
                html`<dt>${item.q}</dt>
                  <dd>${item.a}</dd>`,
            )}
          </dl>`
        : html`<p class="loading">${t('widget.loading')}</p>`
    }
  </details>`;
}

function renderBlocked(view: RenderContext, parts: ShellParts): TemplateResult {
  const { state, t } = view;
  const screen = blockedScreen(state, parts.hasAdapter);
  const signIn = screen === 'login-required' ? safeUrl(view.options.signInUrl ?? undefined, 'options.signInUrl') : null;
  const support = state.context?.support;
  const wait = secondsUntil(state.blocked?.error?.retryAt, parts.now);
  return html`<div part="step" class="blocked">
    <h2 part="heading" tabindex="-1">${t(`blocked.${screen}`)}</h2>
    ${renderWait(t, wait)}
    <div class="actions">
      ${
        blockedMayRetry(screen)
          ? button({ kind: 'primary', label: t('action.retry'), onClick: () => parts.send({ type: 'RETRY' }), disabled: wait > 0 })
          : nothing
      }
      ${signIn ? html`<a part="primary-action" class="button button--primary" href=${signIn}>${t('action.signIn')}</a>` : nothing}
      ${support?.hotline && !parts.large ? html`<span>${t('action.contactSupport')}: ${support.hotline}</span>` : nothing}
    </div>
    ${reachPerson(view, parts)}
  </div>`;
}

function renderEnded(view: RenderContext, parts: ShellParts): TemplateResult {
  const { state, t } = view;
  const offer = state.phase === 'offer-accepted';
  const product = state.context?.subscription.productName ?? '';
  if (offer && state.agreement !== null) return renderAgreement(view, state.agreement, product);
  return html`<div part="step">
    <h2 part="heading" tabindex="-1">${t(offer ? 'ended.offer.title' : 'ended.kept.title')}</h2>
    <p>${t(offer ? 'ended.offer.body' : 'ended.kept.body', { product })}</p>
    ${reachPerson(view, parts)}
  </div>`;
}

/** What the back end agreed to when the subscriber took a pause or a downgrade, in its figures. */
function renderAgreement(view: RenderContext, agreement: Agreement, product: string): TemplateResult {
  const { t, fmt } = view;
  const agreedAt = html`<p class="hint">${t('ended.agreedAt', { time: fmt.dateTime(agreement.agreedAt) })}</p>`;
  if (agreement.kind === 'pause') {
    const fee = agreement.storageFeePerMonth;
    const body = t(agreement.months === 1 ? 'ended.pause.bodyOne' : 'ended.pause.body', {
      product,
      count: agreement.months,
      date: fmt.date(agreement.resumesOn),
    });
    return html`<div part="step">
      <h2 part="heading" tabindex="-1">${t('ended.pause.title')}</h2>
      <p>${body}</p>
      ${fee !== undefined && fee.amount > 0 ? html`<p>${t('ended.pause.fee', { price: fmt.money(fee) })}</p>` : nothing} ${agreedAt}
    </div>`;
  }
  const price = t(`billing.${agreement.billingCycle}`, { price: fmt.money(agreement.price) });
  return html`<div part="step">
    <h2 part="heading" tabindex="-1">${t('ended.downgrade.title')}</h2>
    <p>${t('ended.downgrade.body', { date: fmt.dateOfInstant(agreement.startsAt), product, plan: agreement.planName, price })}</p>
    ${agreedAt}
  </div>`;
}
