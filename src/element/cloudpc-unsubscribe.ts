import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { UnsubscribeAdapter } from '../contract/adapter.js';
import { stepsOf } from '../flow/machine.js';
import { defaultFlowConfig } from '../flow/defaults.js';
import { isPreSubmit } from '../flow/steps.js';
import type { FlowMode, FlowState, StepId } from '../flow/types.js';
import { isLocale, translator, type Locale, type MessageOverrides, type Translate } from '../i18n/index.js';
import { FlowController } from './flow-controller.js';
import { createDemoAdapter, resolveAdapter } from './resolve-adapter.js';
import { elementStyles } from './styles.js';

/** Detail of `cloudpc-step-change`. */
export interface StepChangeDetail {
  step: StepId;
  previousStep: StepId | null;
}

/** Detail of `cloudpc-keep`. */
export interface KeepDetail {
  step: StepId;
}

declare global {
  interface HTMLElementTagNameMap {
    'cloudpc-unsubscribe': CloudpcUnsubscribe;
  }
  interface HTMLElementEventMap {
    'cloudpc-step-change': CustomEvent<StepChangeDetail>;
    'cloudpc-keep': CustomEvent<KeepDetail>;
  }
}

/**
 * Walks a cloud PC subscriber through unsubscribing (退订), talking to the operator's back end
 * only through an adapter.
 *
 * @summary The unsubscribe flow of a cloud PC service, as one embeddable element.
 *
 * @slot header - Replaces the product name at the top.
 * @slot footer - Below the flow: operator links, legal text.
 *
 * @event {CustomEvent<StepChangeDetail>} cloudpc-step-change - A new step is shown.
 * @event {CustomEvent<KeepDetail>} cloudpc-keep - The subscriber chose to keep the subscription.
 *
 * @csspart container - The box around the whole flow.
 * @csspart header - The top line with the product name.
 * @csspart progress - "Step x of y".
 * @csspart step - The region of the current step.
 * @csspart heading - The current step's heading (receives focus on each step change).
 * @csspart primary-action - The main button of a step.
 * @csspart secondary-action - Secondary buttons (keep my subscription, retry).
 *
 * @cssproperty [--cloudpc-color-text=#1f2329] - Text colour.
 * @cssproperty [--cloudpc-color-muted=#5c6370] - Secondary text colour.
 * @cssproperty [--cloudpc-color-surface=#ffffff] - Background of the container.
 * @cssproperty [--cloudpc-color-border=#d0d5dd] - Borders.
 * @cssproperty [--cloudpc-color-accent=#0066cc] - Primary buttons and links.
 * @cssproperty [--cloudpc-color-accent-text=#ffffff] - Text on the accent colour.
 * @cssproperty [--cloudpc-color-danger=#b42318] - Errors.
 * @cssproperty [--cloudpc-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif] - Typeface.
 * @cssproperty [--cloudpc-font-size=1rem] - Base text size.
 * @cssproperty [--cloudpc-space=1rem] - Base spacing.
 * @cssproperty [--cloudpc-radius=8px] - Corner radius of the container and controls.
 * @cssproperty [--cloudpc-focus-ring=3px solid #ffbf47] - Outline of the focused control.
 * @cssproperty [--cloudpc-max-width=40rem] - Widest the flow grows.
 */
export class CloudpcUnsubscribe extends LitElement {
  static override styles = elementStyles;

  /** UI language; money and dates are formatted for it. */
  @property({ reflect: true }) locale: Locale = 'zh-CN';

  /** `guided` walks through the steps; `one-click` (一键退订) puts them on one screen. */
  @property({ reflect: true }) mode: FlowMode = 'guided';

  /** Which subscription, when the account has several. */
  @property({ attribute: 'subscription-id' }) subscriptionId: string | undefined;

  /** Use the built-in in-memory mock adapter, to try the tag with no back end. */
  @property({ type: Boolean, reflect: true }) demo = false;

  /** Where the in-progress flow is kept for resume after a reload. */
  @property() persist: 'session' | 'none' = 'session';

  /** The step shown now (read-only; reflected so a page can style `cloudpc-unsubscribe[step="done"]`). */
  @property({ reflect: true }) step: StepId | undefined;

  /** The operator's own adapter; wins over `demo`. */
  @property({ attribute: false }) adapter: UnsubscribeAdapter | undefined;

  /** Overrides of any UI string, per locale. */
  @property({ attribute: false }) messages: MessageOverrides | undefined;

  private demoAdapter: UnsubscribeAdapter | undefined;

  private readonly flow = new FlowController(this, {
    adapter: () => resolveAdapter({ adapter: this.adapter, demo: this.demo }, () => (this.demoAdapter ??= createDemoAdapter())),
    config: () => defaultFlowConfig({ mode: this.mode === 'one-click' ? 'one-click' : 'guided' }),
    subscriptionId: () => this.subscriptionId ?? null,
    storage: () => (this.persist === 'none' ? null : sessionStorageOrNull()),
    onTransition: (previous, next) => this.afterTransition(previous, next),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!isLocale(this.locale)) {
      console.warn(`<cloudpc-unsubscribe>: unknown locale "${String(this.locale)}"; using zh-CN.`);
      this.locale = 'zh-CN';
    }
    const restart = (['adapter', 'demo', 'mode', 'subscriptionId'] as const).some(
      (key) => changed.has(key) && changed.get(key) !== undefined,
    );
    if (restart && this.isConnected) this.flow.start();
  }

  private afterTransition(previous: FlowState, next: FlowState): void {
    const shown = visibleStep(next);
    const before = visibleStep(previous);
    if (shown !== before && shown !== null) {
      this.step = shown;
      this.emit<StepChangeDetail>('cloudpc-step-change', { step: shown, previousStep: before });
    }
    if (next.phase === 'kept' && previous.phase !== 'kept') this.emit<KeepDetail>('cloudpc-keep', { step: previous.step });
  }

  private emit<T>(name: keyof HTMLElementEventMap, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private get t(): Translate {
    return translator(isLocale(this.locale) ? this.locale : 'zh-CN', this.messages);
  }

  private renderBody(state: FlowState, t: Translate): TemplateResult {
    if (state.phase === 'loading') return html`<p role="status">${t('widget.loading')}</p>`;
    if (state.phase === 'blocked') {
      const key =
        this.flow.busy || resolveAdapter({ adapter: this.adapter, demo: this.demo }, createDemoAdapter) !== null
          ? `blocked.${state.blocked?.reason ?? 'unreachable'}`
          : 'blocked.no-adapter';
      return html`<div part="step" role="alert">
        <p>${t(key as Parameters<Translate>[0])}</p>
        <button part="secondary-action" type="button" @click=${() => this.flow.send({ type: 'RETRY' })}>${t('action.retry')}</button>
      </div>`;
    }
    const steps = stepsOf(state);
    const context = state.context;
    return html`<div part="step">
      <p part="progress">${t('progress.stepOf', { current: steps.indexOf(state.step) + 1, total: steps.length })}</p>
      <h2 part="heading" tabindex="-1">${t(`step.${state.step}`)}</h2>
      ${
        context
          ? html`<dl>
              <dt>${t('summary.account')}</dt>
              <dd>${context.account.displayName}${context.account.maskedPhone ? ` (${context.account.maskedPhone})` : ''}</dd>
              <dt>${t('summary.product')}</dt>
              <dd>${context.subscription.productName}</dd>
              <dt>${t('summary.plan')}</dt>
              <dd>${context.subscription.planName}</dd>
            </dl>`
          : nothing
      }
      ${
        isPreSubmit(state.step) && state.phase === 'active'
          ? html`<button part="secondary-action" type="button" @click=${() => this.flow.send({ type: 'KEEP' })}>
              ${t('action.keep')}
            </button>`
          : nothing
      }
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const state = this.flow.state;
    const product = state.context?.subscription.productName ?? '';
    return html`<section part="container" lang=${this.locale} aria-label=${t('widget.label', { product })}>
      <header part="header"><slot name="header">${product}</slot></header>
      ${this.renderBody(state, t)}
      <slot name="footer"></slot>
    </section>`;
  }
}

/** The step a subscriber sees, or null while loading or blocked. */
function visibleStep(state: FlowState): StepId | null {
  return state.phase === 'active' ? state.step : null;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
