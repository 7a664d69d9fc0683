import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { UnsubscribeAdapter } from '../contract/adapter.js';
import { stepsOf } from '../flow/machine.js';
import { slowWait } from '../flow/shell.js';
import type { FlowIntent, FlowMode, StepId } from '../flow/types.js';
import type { Locale, MessageOverrides } from '../i18n/index.js';
import type { UnsubscribeOptions } from '../options/index.js';
import { loadedStep } from '../steps/index.js';
import { uiStyles } from '../ui/styles.js';
import { ElementControllers } from './controllers.js';
import { LocaleLoader } from './locale-loader.js';
import { largeStyles } from './large.styles.js';
import { renderBoot, renderFrame } from './shell.js';
import { elementStyles } from './styles.js';
import { stepView } from './views.js';
import './event-map.js';

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
 * @event {CustomEvent<OfferAcceptedDetail>} cloudpc-offer-accepted - The subscriber took a retention offer: `{ offerId, reasonIds, agreement? }` (`agreement`: what the back end agreed to for a pause or downgrade).
 * @event {CustomEvent<FeedbackDetail>} cloudpc-feedback - Feedback sent: `{ rating, comment }`.
 * @event {CustomEvent<ErrorDetail>} cloudpc-error - An adapter call failed: `{ code, step, retryable }`.
 * @event {CustomEvent<LoginRequiredDetail>} cloudpc-login-required - The back end says the user is not signed in: `{}`.
 * @event {CustomEvent<WithdrawDetail>} cloudpc-withdraw - The request was taken back before it took effect (撤销退订; only with an adapter that has `withdraw`): `{ requestId, withdrawnAt }`.
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
 * @csspart reach-person - In the large appearance, the box on every screen with the hotline (a call link) and the chat link.
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
 * @cssproperty [--cloudpc-color-scheme=light] - The scheme of native controls: checkboxes, radios, the select's list, scroll bars (dark: dark). A page that sets dark colours sets `dark` here too, or those controls stay light.
 * @cssproperty [--cloudpc-font-family=system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Typeface.
 * @cssproperty [--cloudpc-font-size=1rem] - Base text size.
 * @cssproperty [--cloudpc-space=1rem] - Base spacing.
 * @cssproperty [--cloudpc-radius=8px] - Corner radius of the container and buttons; inputs use half of it.
 * @cssproperty [--cloudpc-focus-ring=3px solid #ffbf47] - Outline of the focused control.
 * @cssproperty [--cloudpc-max-width=40rem] - Widest the flow grows.
 */
export class CloudpcUnsubscribe extends LitElement {
  static override styles = [elementStyles, uiStyles, largeStyles];

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
   * `large` is for older subscribers (适老化): larger text and controls (sized in rem, so they grow
   * further with the page's root font size), higher contrast, plain wording, one step per screen
   * even in `one-click` mode, and on every step a one-press way to reach a person (the context's
   * hotline as a `tel:` link, its chat link when it gives one). README, "Large appearance", states
   * the figures it meets and their sources. `standard` (or nothing) is the usual look.
   * @type {'standard' | 'large'}
   */
  @property({ reflect: true }) appearance: 'standard' | 'large' = 'standard';

  /**
   * The base URL of the operator's back end (`https://cloudpc.example.cn/api`, or `/api` relative
   * to the page): when set and no `adapter` is given, the built-in HTTP adapter talks to it with
   * the REST contract (README, "The HTTP adapter"). Wins over `demo`.
   */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;

  /**
   * Which cloud PC to unsubscribe, when the account has several: preselected on the first screen
   * (the subscriber can still pick another). One the back end does not know is said so, and the
   * subscriber picks among the account's own (README, "Several cloud PCs").
   */
  @property({ attribute: 'subscription-id' }) subscriptionId: string | undefined;

  /** Use the built-in in-memory mock adapter, to try the tag with no back end. */
  @property({ type: Boolean, reflect: true }) demo = false;

  /** Where the in-progress flow is kept for resume after a reload (`session`: sessionStorage). */
  @property() persist: 'session' | 'none' = 'session';

  /**
   * The browser's Back button. `steps`: each step before submitting is an entry in the page's
   * history, so Back (a phone's back gesture too) returns to the previous step, with everything
   * entered, instead of leaving the page; after submitting, one Back leaves as it would without the
   * widget. The URL never changes, the page's own `history.state` is kept beside the widget's
   * marker, and only the widget's own entries are handled, so a router on the page keeps working.
   * `none`: nothing is written to the history (for a page whose router must own every entry).
   * @type {'steps' | 'none'}
   */
  @property() history: 'steps' | 'none' = 'steps';

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

  private readonly parts = new ElementControllers(this);

  // ---- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { locales, flow } = this.parts;
    const locale = LocaleLoader.resolve(this.locale);
    if (locale !== this.locale) this.locale = locale;
    // A language asked for anew is fetched anew, even after an earlier failure.
    if (changed.has('locale')) locales.reset();
    locales.sync(locale, this.parts.large);
    // The back end's texts (terms, reasons, support hours) follow the language: asked for again, in it.
    if (changed.has('locale') && this.hasUpdated && changed.get('locale') !== locale) flow.send({ type: 'LOCALE_CHANGED' });
    // Restart only for a change after the first render: the flow started (at its first update)
    // with the values the element had then, which already include anything set before mounting.
    // A change of appearance changes the run only where it changes the steps (one-click runs as guided steps when large).
    const appearanceChangesSteps = changed.has('appearance') && this.mode === 'one-click';
    const restart =
      appearanceChangesSteps ||
      (['adapter', 'apiBase', 'demo', 'mode', 'subscriptionId', 'options'] as const).some((key) => changed.has(key));
    if (restart && this.hasUpdated && this.isConnected) flow.start();
  }

  /** The step the last render drew (its module's view), or null for the boot, loading, blocked or ended screens. */
  private drawnStep: StepId | null = null;

  protected override updated(): void {
    const { flow, steps, reactions } = this.parts;
    // What the last render drew, not what the state says now: before the shell's strings are shown
    // the render draws the boot screen, even with the context here and the step's code cached.
    const drawn = this.drawnStep;
    reactions.afterRender(this.renderRoot, drawn);
    // Once a step is on screen, the run's other steps (and the FAQ's strings) load at idle.
    if (drawn !== null)
      steps.preloadLater(
        () => stepsOf(flow.state),
        () => this.parts.shownLocale,
        () => this.parts.wantFaq(),
      );
  }

  /** Also waits for a language on its way and the render that shows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.parts.locales.busy) {
      await this.parts.locales.settled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override render(): TemplateResult {
    const { flow, locales, steps, reactions } = this.parts;
    const locale = this.parts.shownLocale;
    const slow = slowWait(flow.state, flow.waitedMs(), this.parts.resolvedOptions.callTimeoutSeconds * 1000);
    const send = (intent: FlowIntent): void => flow.intent(intent);
    this.drawnStep = null;
    if (locales.shown === null) {
      return renderBoot(this.parts.t, locale, {
        failed: locales.failed,
        slow: slow === 'loading',
        retry: () => this.parts.retryBoot(),
        restart: () => send({ type: 'RESTART' }),
      });
    }
    const context = this.parts.context();
    const { state } = context;
    const module = state.phase === 'active' && steps.ready(state.step, locale) ? loadedStep(state.step) : undefined;
    const now = this.parts.now();
    const view = module && stepView(context, now, steps.background, send);
    if (module && view) this.drawnStep = state.step;
    return renderFrame(context, {
      now,
      slow,
      hasAdapter: flow.adapter !== null,
      large: this.parts.large,
      step: module && view ? module.render(view) : steps.failed === state.step ? 'failed' : 'loading',
      summary: module && view ? module.summary(view) : nothing,
      announcement: reactions.announcement,
      send,
      retryStep: () => steps.retry(state.step, locale),
      faqOpened: () => this.parts.wantFaq(),
    });
  }
}
