import { LitElement, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { UnsubscribeAdapter } from '../contract/adapter.js';
import { canGoBack, canLeave, stepsOf } from '../flow/machine.js';
import { expectedFirstStep, isPreSubmit } from '../flow/steps.js';
import type { ErrorInfo, FlowMode, FlowState, StepId } from '../flow/types.js';
import {
  hasMessages,
  isLocale,
  loadMessages,
  translator,
  wantedAreas,
  type Locale,
  type MessageKey,
  type MessageOverrides,
  type Formatters,
  type Translate,
} from '../i18n/index.js';
import { flowConfigFor, localized, resolveOptions, type ResolvedOptions, type UnsubscribeOptions } from '../options/index.js';
import { STEP_AREAS, loadStep, loadedStep, loadedSteps, type StepModule } from '../steps/index.js';
import { whenIdle } from '../platform/idle.js';
import { button } from '../ui/button.js';
import { safeUrl } from '../ui/safe-url.js';
import { uiStyles } from '../ui/styles.js';
import type {
  CompleteDetail,
  ErrorDetail,
  FeedbackDetail,
  KeepDetail,
  LoginRequiredDetail,
  OfferAcceptedDetail,
  StatusChangeDetail,
  StepChangeDetail,
  SubmittedDetail,
  VerifiedDetail,
} from './events.js';
import { FlowController } from './flow-controller.js';
import { adoptMoreStyles } from './adopt-styles.js';
import { createDemoAdapter, httpAdapterCache, resolveAdapter } from './resolve-adapter.js';
import type { StatusPoller } from './status-poller.js';
import { elementStyles } from './styles.js';
import { fieldId, type StepView } from './view.js';

declare global {
  interface HTMLElementTagNameMap {
    'cloudpc-unsubscribe': CloudpcUnsubscribe;
  }
  interface HTMLElementEventMap {
    'cloudpc-step-change': CustomEvent<StepChangeDetail>;
    'cloudpc-verified': CustomEvent<VerifiedDetail>;
    'cloudpc-submitted': CustomEvent<SubmittedDetail>;
    'cloudpc-status-change': CustomEvent<StatusChangeDetail>;
    'cloudpc-complete': CustomEvent<CompleteDetail>;
    'cloudpc-keep': CustomEvent<KeepDetail>;
    'cloudpc-offer-accepted': CustomEvent<OfferAcceptedDetail>;
    'cloudpc-feedback': CustomEvent<FeedbackDetail>;
    'cloudpc-error': CustomEvent<ErrorDetail>;
    'cloudpc-login-required': CustomEvent<LoginRequiredDetail>;
  }
}

/**
 * Walks a cloud PC subscriber through unsubscribing (退订): preparation, reason, identity
 * verification, a check page with the refund quote, live processing status, then refund
 * tracking, after-care and feedback. It talks to the operator's back end only through an
 * adapter.
 *
 * @tagname cloudpc-unsubscribe
 * @summary The unsubscribe flow of a cloud PC service, as one embeddable element.
 *
 * @slot header - Replaces the product name at the top.
 * @slot footer - Below the flow: operator links, legal text.
 *
 * @event {CustomEvent<StepChangeDetail>} cloudpc-step-change - A new step is shown: `{ step, previousStep }` (`previousStep` is `null` for the first).
 * @event {CustomEvent<VerifiedDetail>} cloudpc-verified - Identity verified: `{ method }` (never the proof).
 * @event {CustomEvent<SubmittedDetail>} cloudpc-submitted - The back end accepted the request: `{ requestId }`.
 * @event {CustomEvent<StatusChangeDetail>} cloudpc-status-change - The request's status changed: `{ requestId, status }`.
 * @event {CustomEvent<CompleteDetail>} cloudpc-complete - The request reached `completed` or `rejected`: `{ requestId, status }`.
 * @event {CustomEvent<KeepDetail>} cloudpc-keep - The subscriber chose to keep the subscription: `{ step }`.
 * @event {CustomEvent<OfferAcceptedDetail>} cloudpc-offer-accepted - The subscriber took a retention offer: `{ offerId, reasonIds }`.
 * @event {CustomEvent<FeedbackDetail>} cloudpc-feedback - Feedback sent: `{ rating, comment }`.
 * @event {CustomEvent<ErrorDetail>} cloudpc-error - An adapter call failed: `{ code, step, retryable }`.
 * @event {CustomEvent<LoginRequiredDetail>} cloudpc-login-required - The back end says the user is not signed in: `{}`.
 *
 * @csspart container - The box around the whole flow.
 * @csspart header - The top line with the product name.
 * @csspart progress - "Step x of y".
 * @csspart step - The region of the current step.
 * @csspart heading - The current step's heading; focus moves to it when the step changes.
 * @csspart error-summary - The list of problems shown after Continue (and after sending incomplete feedback).
 * @csspart field - Each form field with its label, hint and error.
 * @csspart primary-action - The main buttons of a step (继续, 确认退订, send code, retry when blocked).
 * @csspart secondary-action - Secondary buttons (back, retry, print the receipt).
 * @csspart link-action - Buttons that look like links (keep my subscription, change an answer, use another method, refresh).
 * @csspart faq - The questions and answers disclosure.
 * @csspart offer - The retention offer on the reason step.
 *
 * @cssproperty [--cloudpc-color-text=#1f2329] - Text colour (dark: #e8eaed).
 * @cssproperty [--cloudpc-color-muted=#5c6370] - Secondary text: hints, progress, labels of summaries (dark: #b0b6bf).
 * @cssproperty [--cloudpc-color-surface=#ffffff] - Background of the container (dark: #1e2227).
 * @cssproperty [--cloudpc-color-border=#d0d5dd] - Borders and dividers (dark: #444b55).
 * @cssproperty [--cloudpc-color-border-strong=#5c6370] - Borders of inputs (dark: #9aa3ae).
 * @cssproperty [--cloudpc-color-input=#ffffff] - Background of inputs (dark: #15181c).
 * @cssproperty [--cloudpc-color-accent=#0066cc] - Primary buttons, links, checkboxes and notices' edge (dark: #6cb4ff).
 * @cssproperty [--cloudpc-color-accent-text=#ffffff] - Text on the accent colour (dark: #0b1a2a).
 * @cssproperty [--cloudpc-color-danger=#b42318] - Errors: the error summary, invalid fields, their messages (dark: #ff8a80).
 * @cssproperty [--cloudpc-color-success=#067647] - Completed states: verified, the done page, finished status steps (dark: #6ce9a6).
 * @cssproperty [--cloudpc-color-notice=#eef5fc] - Background of notices (dark: #1b2a3a).
 * @cssproperty [--cloudpc-font-family=system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Typeface.
 * @cssproperty [--cloudpc-font-size=1rem] - Base text size.
 * @cssproperty [--cloudpc-space=1rem] - Base spacing.
 * @cssproperty [--cloudpc-radius=8px] - Corner radius of the container and buttons; inputs use half of it.
 * @cssproperty [--cloudpc-focus-ring=3px solid #ffbf47] - Outline of the focused control.
 * @cssproperty [--cloudpc-max-width=40rem] - Widest the flow grows.
 */
export class CloudpcUnsubscribe extends LitElement {
  static override styles = [elementStyles, uiStyles];

  /**
   * UI language; money and dates are formatted for it with `Intl`, in Beijing time. Anything else
   * warns in the console and falls back to zh-CN.
   * @type {'zh-CN' | 'en'}
   */
  @property({ reflect: true }) locale: Locale = 'zh-CN';

  /**
   * `guided` walks through the steps; `one-click` (一键退订) puts them on one screen.
   * @type {'guided' | 'one-click'}
   */
  @property({ reflect: true }) mode: FlowMode = 'guided';

  /**
   * The base URL of the operator's back end (`https://cloudpc.example.cn/api`, or `/api` relative
   * to the page): when set and no `adapter` is given, the built-in HTTP adapter talks to it with
   * the REST contract (README, "The HTTP adapter"). Wins over `demo`.
   */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;

  /** Which subscription, when the account has several. */
  @property({ attribute: 'subscription-id' }) subscriptionId: string | undefined;

  /** Use the built-in in-memory mock adapter, to try the tag with no back end. */
  @property({ type: Boolean, reflect: true }) demo = false;

  /** Where the in-progress flow is kept for resume after a reload (`session`: sessionStorage). */
  @property() persist: 'session' | 'none' = 'session';

  /**
   * The step shown now, or none while loading, blocked or ended (read-only; reflected so a page
   * can style `cloudpc-unsubscribe[step="done"]`).
   * @type {'prepare' | 'reason' | 'verify' | 'confirm' | 'one-click' | 'status' | 'done' | undefined}
   * @readonly
   */
  @property({ reflect: true }) step: StepId | undefined;

  /** The operator's own adapter; wins over `api-base` and `demo`. */
  @property({ attribute: false }) adapter: UnsubscribeAdapter | undefined;

  /** Overrides of any UI string, per locale: `{ en: { 'action.keep': 'Stay' } }`. */
  @property({ attribute: false }) messages: MessageOverrides | undefined;

  /** Reasons, offers, FAQ, alternatives, calendar and rules configured in the page (validated; a bad field falls back to its default). */
  @property({ attribute: false }) options: UnsubscribeOptions | undefined;

  @state() private announcement = '';

  private optionsCache: { raw: UnsubscribeOptions | undefined; resolved: ResolvedOptions } | undefined;
  private demoAdapter: UnsubscribeAdapter | undefined;
  private readonly httpAdapterFor = httpAdapterCache();
  private focusTarget: 'heading' | 'summary' | null = null;
  private readonly local = new Map<string, unknown>();
  private stepLoadFailed: StepId | null = null;
  /** Steps whose code and strings are on their way, as `step|locale`. */
  private readonly stepLoads = new Set<string>();
  /** The last step `cloudpc-step-change` announced, and the one waiting until it is drawn. */
  private announcedStep: StepId | null = null;
  private pendingStepChange: { step: StepId; previousStep: StepId | null } | null = null;
  /** The later steps' preload, due once the first step is on screen. */
  private laterStepsScheduled = false;
  private cancelIdle: (() => void) | undefined;

  private readonly flow = new FlowController(this, {
    adapter: () => this.currentAdapter(),
    config: () => flowConfigFor(this.mode === 'one-click' ? 'one-click' : 'guided', this.resolvedOptions),
    subscriptionId: () => this.subscriptionId ?? null,
    storage: () => (this.persist === 'none' ? null : sessionStorageOrNull()),
    onTransition: (previous, next) => this.afterTransition(previous, next),
    onError: (error, operation) => this.afterError(error, operation),
  });

  /** The live status refresh, created when its chunk arrives (see `ensurePoller`). */
  private poller: StatusPoller | undefined;
  private pollerLoad: Promise<unknown> | undefined;
  /** The steps this element has taken in: their styles adopted, their controllers attached. */
  private readonly usedSteps = new Set<StepModule>();
  /** Step styles already adopted into this element's shadow root (steps share some). */
  private readonly adoptedStyles = new Set<CSSResult>();
  /** Money and date formatting, which only steps use: it arrives with the first step's chunk. */
  private formatters: StepModule['formatters'] | undefined;
  /** The language on screen: its tables have arrived. Null until the first language's have. */
  private shownLocale: Locale | null = null;
  /** The tables of the language asked for, on their way (see `syncLocale`). */
  private messagesLoad: Promise<void> | undefined;
  private loadingLocale: Locale | null = null;
  private messagesFailed = false;
  private faqLoading: Locale | null = null;

  // ---- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Steps another element (or an earlier life of this one) already loaded.
    for (const module of loadedSteps()) this.useStep(module);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelIdle?.();
    this.cancelIdle = undefined;
    this.laterStepsScheduled = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!isLocale(this.locale)) {
      console.warn(`<cloudpc-unsubscribe>: unknown locale "${String(this.locale)}"; using zh-CN.`);
      this.locale = 'zh-CN';
    }
    // A language asked for anew is fetched anew, even after an earlier failure.
    if (changed.has('locale')) this.messagesFailed = false;
    this.syncLocale();
    // Restart only for a change after the first render: the flow started (in hostConnected)
    // with the values the element had then, which already include anything set before mounting.
    const restart = (['adapter', 'apiBase', 'demo', 'mode', 'subscriptionId', 'options'] as const).some((key) => changed.has(key));
    if (restart && this.hasUpdated && this.isConnected) this.flow.start();
  }

  protected override updated(): void {
    // Moving focus is DOM work after render, not a state change, so it belongs here.
    const target = this.focusTarget;
    this.focusTarget = null;
    if (target === 'summary') this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
    else if (target === 'heading') this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    this.afterDraw();
  }

  /**
   * A step is on screen once its code and strings have arrived and it has been rendered: only then
   * does `cloudpc-step-change` tell the page (which may scroll to or measure the step), and only
   * after the first one are the run's later steps fetched, at idle, so they never compete with it.
   */
  private afterDraw(): void {
    const state = this.flow.state;
    if (state.phase !== 'active' || this.shownLocale === null || !this.stepReady(state.step)) return;
    const pending = this.pendingStepChange;
    if (pending !== null && pending.step === state.step) {
      this.pendingStepChange = null;
      this.announcedStep = pending.step;
      this.emit<StepChangeDetail>('cloudpc-step-change', pending);
    }
    if (!this.laterStepsScheduled) {
      this.laterStepsScheduled = true;
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = undefined;
        this.preloadLaterSteps();
      });
    }
  }

  /** The language asked for, or zh-CN when it is not one the widget has. */
  private get requestedLocale(): Locale {
    return isLocale(this.locale) ? this.locale : 'zh-CN';
  }

  /**
   * Shows the language asked for once its tables (every area needed so far) are here; until then
   * the previous language stays on screen, or the boot strings before the first. A failed load
   * offers a retry rather than a screen of keys.
   */
  private syncLocale(): void {
    const wanted = this.requestedLocale;
    const areas = wantedAreas();
    if (hasMessages(wanted, areas)) {
      this.shownLocale = wanted;
      return;
    }
    if (this.loadingLocale === wanted || this.messagesFailed) return;
    this.loadingLocale = wanted;
    this.messagesLoad = loadMessages(wanted, areas).then(
      () => this.messagesArrived(wanted, false),
      (error: unknown) => {
        // With this language on screen, what is missing is only areas a step or the FAQ fetches for
        // itself (a quiet preload among them); each reports its own loss when it is needed.
        if (this.shownLocale !== wanted) console.error(`<cloudpc-unsubscribe>: could not load the ${wanted} texts:`, error);
        this.messagesArrived(wanted, true);
      },
    );
  }

  private messagesArrived(locale: Locale, failed: boolean): void {
    if (this.loadingLocale === locale) {
      this.loadingLocale = null;
      this.messagesLoad = undefined;
      this.messagesFailed = failed;
    }
    this.requestUpdate();
  }

  /** Also waits for a language on its way and the render that shows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.messagesLoad !== undefined) {
      await this.messagesLoad;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The operator's options, validated once per object the host sets (the flow reads them at start, before any render). */
  private get resolvedOptions(): ResolvedOptions {
    if (this.optionsCache?.raw !== this.options || this.optionsCache === undefined) {
      this.optionsCache = { raw: this.options, resolved: resolveOptions(this.options) };
    }
    return this.optionsCache.resolved;
  }

  // ---- reacting to the flow

  private currentAdapter(): UnsubscribeAdapter | null {
    const adapter = resolveAdapter(
      { adapter: this.adapter, apiBase: this.apiBase, demo: this.demo },
      { http: this.httpAdapterFor, demo: () => (this.demoAdapter ??= createDemoAdapter()) },
    );
    if (adapter === null && this.isConnected) {
      console.warn(
        '<cloudpc-unsubscribe>: no adapter. Set the `adapter` property or the `api-base` attribute, or the `demo` attribute to try the built-in mock.',
      );
    }
    return adapter;
  }

  private afterTransition(previous: FlowState, next: FlowState): void {
    const t = this.t;
    // What happened is told before the step change it causes: verified, then the confirm step.
    if (previous.secrets.proof === null && next.secrets.proof !== null && next.answers.method !== null) {
      this.emit<VerifiedDetail>('cloudpc-verified', { method: next.answers.method });
    }
    if (previous.receipt === null && next.receipt !== null)
      this.emit<SubmittedDetail>('cloudpc-submitted', { requestId: next.receipt.requestId });
    if (next.status !== null && next.status.status !== previous.status?.status) {
      const detail = { requestId: next.status.requestId, status: next.status.status };
      this.emit<StatusChangeDetail>('cloudpc-status-change', detail);
      if (detail.status === 'completed' || detail.status === 'rejected') this.emit<CompleteDetail>('cloudpc-complete', detail);
    }
    if (next.phase !== previous.phase) this.afterPhaseChange(previous, next);
    // The step to show (or, while the context loads, the one expected first) is fetched at once,
    // beside the adapter's first call: its code, its strings and what they need, in one go.
    const wanted = next.phase === 'loading' ? expectedFirstStep(next) : next.phase === 'active' ? next.step : null;
    if (next.phase === 'loading') this.laterStepsScheduled = false;
    if (wanted !== null) this.wantStep(wanted);
    // A request's status refreshes itself: its code comes with the status step.
    if (wanted === 'status' || wanted === 'done') this.ensurePoller();

    const shown = visibleStep(next);
    const before = visibleStep(previous);
    if (shown !== before && shown !== null) {
      this.step = shown;
      const steps = stepsOf(next);
      this.announcement = t('announce.step', { current: steps.indexOf(shown) + 1, total: steps.length, title: t(stepTitleKey(next)) });
      // The first step appears without moving focus: the host page may be busy elsewhere.
      if (before !== null) this.focusTarget = 'heading';
      // Told once the step is drawn (afterDraw). A step replaced before it was drawn was never seen.
      this.pendingStepChange = { step: shown, previousStep: this.pendingStepChange?.previousStep ?? before };
    } else if (shown === null && next.phase !== previous.phase) {
      this.step = undefined;
      this.pendingStepChange = null;
    }
    if (next.fieldErrors.length > 0 && next.fieldErrors !== previous.fieldErrors && shown === before) this.focusTarget = 'summary';
    if (next.serviceError !== null && next.serviceError !== previous.serviceError) {
      this.announcement = `${t('serviceError.title')}: ${t(`error.${next.serviceError.error.code}`)}`;
    }
  }

  /**
   * After the first step is on screen: the run's other steps, the live status refresh and the
   * built-in FAQ, so that Continue rarely waits. A lost chunk here is fetched again when needed.
   */
  private preloadLaterSteps(): void {
    const state = this.flow.state;
    if (state.phase !== 'active') return;
    for (const step of stepsOf(state)) this.wantStep(step, { quiet: true });
    this.ensurePoller();
    if (!this.resolvedOptions.faq) this.ensureFaq(this.shownLocale ?? this.requestedLocale);
  }

  /** A step's code and its strings in the language on screen. */
  private loadStepFor(step: StepId): Promise<StepModule> {
    const locale = this.shownLocale ?? this.requestedLocale;
    return Promise.all([loadStep(step), loadMessages(locale, STEP_AREAS[step])]).then(([module]) => module);
  }

  /**
   * Fetches a step's code and strings unless they are here or on their way, and renders again
   * when they arrive. A failure is shown on the step (with a retry) and named in the console,
   * except for a background preload (`quiet`), which the step's own load later repeats.
   */
  private wantStep(step: StepId, { quiet = false } = {}): void {
    const locale = this.shownLocale ?? this.requestedLocale;
    const key = `${step}|${locale}`;
    if (this.stepReady(step) || this.stepLoads.has(key)) return;
    this.stepLoads.add(key);
    this.loadStepFor(step).then(
      (module) => {
        this.stepLoads.delete(key);
        this.useStep(module);
      },
      (error: unknown) => {
        this.stepLoads.delete(key);
        if (quiet) return;
        console.error(`<cloudpc-unsubscribe>: could not load the "${step}" step:`, error);
        this.stepLoadFailed = step;
        this.requestUpdate();
      },
    );
  }

  /** Adopts a step's styles and attaches its controller, once per element, then renders again. */
  private useStep(module: StepModule): void {
    if (this.usedSteps.has(module)) return;
    this.usedSteps.add(module);
    this.formatters ??= module.formatters;
    const fresh = module.styles.filter((style) => !this.adoptedStyles.has(style));
    for (const style of fresh) this.adoptedStyles.add(style);
    if (this.renderRoot instanceof ShadowRoot) adoptMoreStyles(this.renderRoot, fresh);
    module.attach?.(this, () => this.view(this.t));
    this.requestUpdate();
  }

  /**
   * The status refresh arrives as a chunk of its own, loaded with the steps: a request can reach
   * `status` only through a context, and a reload onto `status` loads the context first.
   */
  private ensurePoller(): void {
    this.pollerLoad ??= import('./status-poller.js').then(
      ({ StatusPoller }) => {
        this.poller = new StatusPoller(this, {
          adapter: () => this.flow.adapter,
          state: () => this.flow.state,
          intervalSeconds: () => this.resolvedOptions.statusPollSeconds,
          onStatus: (status) => this.flow.send({ type: 'STATUS_UPDATED', status }),
          onError: (error) => this.afterError(error, 'getStatus'),
        });
        this.requestUpdate();
      },
      (error: unknown) => {
        // Lost on the network: asked for again when a status is next on screen.
        console.error('<cloudpc-unsubscribe>: could not load the live status refresh:', error);
        this.pollerLoad = undefined;
      },
    );
  }

  private afterPhaseChange(previous: FlowState, next: FlowState): void {
    if (next.phase === 'kept') this.emit<KeepDetail>('cloudpc-keep', { step: previous.step });
    if (next.phase === 'offer-accepted' && previous.offer !== null) {
      this.emit<OfferAcceptedDetail>('cloudpc-offer-accepted', {
        offerId: previous.offer.offerId,
        reasonIds: [...previous.answers.reasonIds],
      });
    }
    if (next.phase === 'kept' || next.phase === 'offer-accepted') this.focusTarget = 'heading';
    if (next.phase === 'blocked') {
      const reason = this.flow.adapter === null ? 'no-adapter' : (next.blocked?.reason ?? 'unreachable');
      this.announcement = this.t(`blocked.${reason}`);
      if (previous.phase === 'active') this.focusTarget = 'heading';
      if (next.blocked?.reason === 'login-required') this.emit<LoginRequiredDetail>('cloudpc-login-required', {});
    }
  }

  private afterError(error: ErrorInfo, _operation: string): void {
    const state = this.flow.state;
    this.emit<ErrorDetail>('cloudpc-error', {
      code: error.code,
      step: state.phase === 'active' ? state.step : null,
      retryable: error.retryable,
    });
    // A lost sign-in mid-flow (not at load, which blocks and announces itself) keeps what was entered.
    if (error.code === 'unauthenticated' && state.phase === 'active') this.emit<LoginRequiredDetail>('cloudpc-login-required', {});
  }

  private emit<T>(name: keyof HTMLElementEventMap, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private get t(): Translate {
    return translator(this.shownLocale ?? this.requestedLocale, this.messages);
  }

  private view(t: Translate): StepView {
    const locale = this.shownLocale ?? this.requestedLocale;
    const formatters = this.formatters;
    return {
      state: this.flow.state,
      locale,
      t,
      get fmt(): Formatters {
        if (formatters === undefined) throw new Error('<cloudpc-unsubscribe>: formatting asked for before a step arrived');
        return formatters(locale);
      },
      options: this.resolvedOptions,
      send: (event) => this.flow.send(event),
      at: () => this.flow.at(),
      now: () => Date.parse(this.flow.at()),
      adapter: this.flow.adapter,
      requestUpdate: () => this.requestUpdate(),
      announce: (message) => {
        // Re-setting the same words would not be announced again; a trailing space makes it new.
        this.announcement = this.announcement === message ? `${message} ` : message;
      },
      emit: (name, detail) => this.emit(name as keyof HTMLElementEventMap, detail),
      local: this.local,
      polling: {
        checkedAt: this.poller?.checkedAt ?? null,
        failing: this.poller?.failing ?? false,
        refresh: () => this.poller?.refresh(),
      },
    };
  }

  // ---- rendering

  /** The error summary, drawn by the step's chunk; only a step that has arrived can have field errors. */
  private renderErrorSummary(view: StepView): TemplateResult | typeof nothing {
    const module = loadedStep(view.state.step);
    if (module === undefined || view.state.fieldErrors.length === 0 || !this.stepReady(view.state.step)) return nothing;
    return module.summary(view, (field) => {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(field)}`);
      target?.focus();
      target?.scrollIntoView({ block: 'center' });
    });
  }

  private renderServiceError(view: StepView): TemplateResult | typeof nothing {
    const problem = view.state.serviceError;
    if (problem === null) return nothing;
    const { t } = view;
    const { error } = problem;
    const signIn = error.code === 'unauthenticated' ? safeUrl(view.options.signInUrl ?? undefined, 'options.signInUrl') : null;
    return html`<div class="notice notice--danger" role="alert">
      <h2 class="notice__title">${t('serviceError.title')}</h2>
      <p>${t(`error.${error.code}`)} ${t('serviceError.kept')}</p>
      ${error.retryAfterSeconds !== undefined ? html`<p>${t('serviceError.retryAfter', { seconds: error.retryAfterSeconds })}</p>` : nothing}
      <div class="actions">
        ${error.retryable || error.code === 'invalid-response' || problem.operation === 'quoteRefund' ? button({ kind: 'secondary', label: t('action.retry'), onClick: () => view.send({ type: 'RETRY' }) }) : nothing}
        ${signIn ? html`<a href=${signIn}>${t('action.signIn')}</a>` : nothing}
      </div>
    </div>`;
  }

  private renderNav(view: StepView): TemplateResult | typeof nothing {
    const { state, t } = view;
    if (state.phase !== 'active' || !isPreSubmit(state.step)) return nothing;
    const submitting = state.pending?.operation === 'submit';
    let primary: TemplateResult | typeof nothing = nothing;
    if (state.step === 'prepare' || state.step === 'reason' || (state.step === 'verify' && state.secrets.proof !== null)) {
      primary =
        state.offer === null
          ? button({ kind: 'primary', label: t('action.continue'), onClick: () => view.send({ type: 'CONTINUE' }) })
          : nothing;
    }
    return html`<div class="actions">
      ${primary}
      ${canGoBack(state) ? button({ kind: 'secondary', label: t('action.back'), onClick: () => view.send({ type: 'BACK' }), disabled: submitting }) : nothing}
      ${canLeave(state) ? button({ kind: 'link', label: t('action.keep'), onClick: () => view.send({ type: 'KEEP' }), disabled: submitting }) : nothing}
    </div>`;
  }

  private renderFaq(view: StepView): TemplateResult {
    const { t, locale } = view;
    let items: { q: string; a: string }[] = [];
    if (view.options.faq) {
      items = view.options.faq.map((item) => ({ q: localized(item.question, locale), a: localized(item.answer, locale) }));
    } else if (hasMessages(locale, ['faq'])) {
      items = [1, 2, 3, 4, 5].map((n) => ({ q: t(`faq.default.${n}.q` as MessageKey), a: t(`faq.default.${n}.a` as MessageKey) }));
    }
    // The built-in answers arrive at idle after the first step; opened sooner, they are fetched then.
    const opened = (event: Event): void => {
      if ((event.currentTarget as HTMLDetailsElement).open && !view.options.faq) this.ensureFaq(locale);
    };
    return html`<details part="faq" @toggle=${opened}>
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

  /** The built-in FAQ's strings, fetched once per language (a failed fetch is tried again on the next opening). */
  private ensureFaq(locale: Locale): void {
    if (this.faqLoading === locale || hasMessages(locale, ['faq'])) return;
    this.faqLoading = locale;
    loadMessages(locale, ['faq']).then(
      () => this.requestUpdate(),
      (error: unknown) => {
        console.error('<cloudpc-unsubscribe>: could not load the questions and answers:', error);
        this.faqLoading = null;
      },
    );
  }

  private renderBlocked(view: StepView): TemplateResult {
    const { state, t } = view;
    const reason = this.flow.adapter === null ? 'no-adapter' : (state.blocked?.reason ?? 'unreachable');
    // After signing in elsewhere (another tab, a pop-up) the subscriber can simply try again.
    const retryable = reason === 'unreachable' || reason === 'invalid-data' || reason === 'login-required';
    const signIn = reason === 'login-required' ? safeUrl(view.options.signInUrl ?? undefined, 'options.signInUrl') : null;
    const support = state.context?.support;
    return html`<div part="step" class="blocked">
      <h2 part="heading" tabindex="-1">${t(`blocked.${reason}`)}</h2>
      <div class="actions">
        ${retryable ? button({ kind: 'primary', label: t('action.retry'), onClick: () => view.send({ type: 'RETRY' }) }) : nothing}
        ${signIn ? html`<a part="primary-action" class="button button--primary" href=${signIn}>${t('action.signIn')}</a>` : nothing}
        ${support?.hotline ? html`<span>${t('action.contactSupport')}: ${support.hotline}</span>` : nothing}
      </div>
    </div>`;
  }

  private renderEnded(view: StepView): TemplateResult {
    const { state, t } = view;
    const offer = state.phase === 'offer-accepted';
    const product = state.context?.subscription.productName ?? '';
    return html`<div part="step">
      <h2 part="heading" tabindex="-1">${t(offer ? 'ended.offer.title' : 'ended.kept.title')}</h2>
      <p>${t(offer ? 'ended.offer.body' : 'ended.kept.body', { product })}</p>
    </div>`;
  }

  /** The current step's body, or a short loading line while its chunk arrives (or a retry if it failed). */
  private renderStep(view: StepView): TemplateResult {
    const { state, t } = view;
    const module = loadedStep(state.step);
    if (module !== undefined && this.stepReady(state.step)) return module.render(view);
    if (this.stepLoadFailed === state.step) {
      return html`<div class="notice notice--danger" role="alert">
        <p>${t('error.chunk')} ${t('serviceError.kept')}</p>
        ${button({ kind: 'secondary', label: t('action.retry'), onClick: () => this.retryStep(state.step) })}
      </div>`;
    }
    return html`<p class="loading">${t('widget.loading')}</p>`;
  }

  private retryStep(step: StepId): void {
    this.stepLoadFailed = null;
    this.wantStep(step);
    this.requestUpdate();
  }

  /** The step's code has been taken in and its strings are here in the language on screen. */
  private stepReady(step: StepId): boolean {
    const module = loadedStep(step);
    return module !== undefined && this.usedSteps.has(module) && hasMessages(this.shownLocale ?? this.requestedLocale, STEP_AREAS[step]);
  }

  private renderBody(view: StepView): TemplateResult {
    const { state, t } = view;
    if (state.phase === 'loading') return html`<p part="step" class="loading">${t('widget.loading')}</p>`;
    if (state.phase === 'blocked') return this.renderBlocked(view);
    if (state.phase === 'kept' || state.phase === 'offer-accepted') return this.renderEnded(view);
    const steps = stepsOf(state);
    return html`${this.renderErrorSummary(view)}
      <div part="step" data-step=${state.step}>
        <p part="progress">${t('progress.stepOf', { current: steps.indexOf(state.step) + 1, total: steps.length })}</p>
        <h2 part="heading" tabindex="-1">${t(stepTitleKey(state))}</h2>
        ${this.renderServiceError(view)} ${this.renderStep(view)} ${this.renderNav(view)}
      </div>
      ${this.renderFaq(view)}`;
  }

  /** Before the first language's tables arrive: the loading line, or a retry if they could not be fetched. */
  private renderBoot(t: Translate): TemplateResult {
    const retry = () => {
      this.messagesFailed = false;
      this.requestUpdate();
    };
    return html`<section
      part="container"
      lang=${this.requestedLocale}
      aria-label=${t('widget.label', { product: '' })}
      aria-busy=${this.messagesFailed ? 'false' : 'true'}
    >
      ${
        this.messagesFailed
          ? html`<div part="step" class="notice notice--danger" role="alert">
              <p>${t('error.chunk')}</p>
              ${button({ kind: 'secondary', label: t('action.retry'), onClick: retry })}
            </div>`
          : html`<p part="step" class="loading">${t('widget.loading')}</p>`
      }
      <slot name="footer"></slot>
    </section>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    if (this.shownLocale === null) return this.renderBoot(t);
    const view = this.view(t);
    const product = view.state.context?.subscription.productName ?? '';
    return html`<section
      part="container"
      lang=${view.locale}
      aria-label=${t('widget.label', { product })}
      aria-busy=${view.state.phase === 'loading' || (view.state.phase === 'active' && !this.stepReady(view.state.step)) ? 'true' : 'false'}
    >
      <header part="header"><slot name="header">${product}</slot></header>
      ${this.renderBody(view)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <slot name="footer"></slot>
    </section>`;
  }
}

/** The heading of a step: `done` says plainly when the request was turned down. */
function stepTitleKey(state: FlowState): MessageKey {
  return state.step === 'done' && state.status?.status === 'rejected' ? 'step.done.rejected' : `step.${state.step}`;
}

/** The step a subscriber sees, or null while loading, blocked or ended. */
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
