/**
 * The element's controllers, made once per element and wired to each other: the flow (the machine
 * and the adapter calls), the reactions to its changes (public events, announcements, focus), the
 * browser's history, the strings, the step code with what runs beside the flow, and the clock of
 * the waits the back end asks for. The element reads its public properties here and nothing else.
 */
import type { ReactiveControllerHost } from 'lit';
import type { UnsubscribeAdapter } from '../contract/adapter.js';
import { flowKey } from '../flow/history.js';
import { flowRetryAt } from '../flow/retry-wait.js';
import type { FlowMode, FlowState, StepId } from '../flow/types.js';
import { hasMessages, isLocale, translator, type Locale, type MessageOverrides, type Translate } from '../i18n/index.js';
import { flowConfigFor, optionsResolver, type ResolvedOptions, type UnsubscribeOptions } from '../options/index.js';
import { sessionStorageOrNull } from '../platform/session-storage.js';
import type { RenderContext } from '../ui/render-context.js';
import { announcementWords } from './announcement-words.js';
import { besideFlowHost } from './beside-flow-host.js';
import { BrowserHistory } from './browser-history.js';
import { FlowController } from './flow-controller.js';
import { LocaleLoader } from './locale-loader.js';
import { Reactions } from './reactions.js';
import { adapterChooser } from './resolve-adapter.js';
import { StepLoader } from './step-loader.js';
import { renderContext } from './views.js';
import { WaitClock } from './wait-clock.js';

/** What the controllers read of the element: its public properties. */
export interface ElementInputs extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  locale: Locale;
  mode: FlowMode;
  apiBase: string | undefined;
  subscriptionId: string | undefined;
  demo: boolean;
  persist: 'session' | 'none';
  history: 'steps' | 'none';
  step: StepId | undefined;
  adapter: UnsubscribeAdapter | undefined;
  messages: MessageOverrides | undefined;
  options: UnsubscribeOptions | undefined;
}

export class ElementControllers {
  private readonly element: ElementInputs;
  private readonly resolveOptions = optionsResolver();
  private readonly chooseAdapter = adapterChooser();
  readonly reactions: Reactions;
  readonly flow: FlowController;
  readonly browserHistory: BrowserHistory;
  readonly locales: LocaleLoader;
  readonly steps: StepLoader;
  readonly waits: WaitClock;

  constructor(element: ElementInputs) {
    this.element = element;
    // Nothing is said before the shell's strings are here: an announcement waits for its words rather than reading out a key.
    this.reactions = new Reactions(element, (said) =>
      hasMessages(this.shownLocale, ['core']) ? announcementWords(said, this.context(), this.flow.adapter !== null, this.now()) : null,
    );
    this.flow = new FlowController(element, {
      adapter: () => this.chooseAdapter({ adapter: element.adapter, apiBase: element.apiBase, demo: element.demo }, element.isConnected),
      config: () => flowConfigFor(element.mode === 'one-click' ? 'one-click' : 'guided', this.resolvedOptions),
      subscriptionId: () => element.subscriptionId ?? null,
      locale: () => this.callLocale,
      deadlineMs: () => this.resolvedOptions.callTimeoutSeconds * 1000,
      storage: () => (element.persist === 'none' ? null : sessionStorageOrNull()),
      onTransition: (previous, next) => this.transition(previous, next),
      onError: (error) => this.reactions.failed(error, this.flow.state),
    });
    this.browserHistory = new BrowserHistory(element, {
      enabled: () => element.history !== 'none',
      flow: () => flowKey(element.subscriptionId ?? null, element.mode),
      state: () => this.flow.state,
      intent: (intent) => this.flow.intent(intent),
    });
    this.locales = new LocaleLoader(element);
    this.steps = new StepLoader(
      element,
      besideFlowHost({
        host: element,
        flow: this.flow,
        reactions: this.reactions,
        options: () => this.resolvedOptions,
        locale: () => this.callLocale,
      }),
    );
    this.waits = new WaitClock(element, {
      now: () => this.now(),
      flowWait: () => flowRetryAt(this.flow.state),
      otherWaits: () => this.steps.background?.retryAts() ?? [],
      ready: () => this.reactions.announce([{ kind: 'retry-ready' }]),
    });
  }

  get resolvedOptions(): ResolvedOptions {
    return this.resolveOptions(this.element.options);
  }

  /** The language the subscriber asked for, as every adapter call is told it. */
  get callLocale(): Locale {
    return isLocale(this.element.locale) ? this.element.locale : 'zh-CN';
  }

  /** The language on screen (the one asked for until the first tables arrive). */
  get shownLocale(): Locale {
    return this.locales.shown ?? LocaleLoader.resolve(this.element.locale);
  }

  get t(): Translate {
    return translator(this.shownLocale, this.element.messages);
  }

  /** Now, in milliseconds, on the flow's clock. */
  now(): number {
    return Date.parse(this.flow.at());
  }

  context(): RenderContext {
    return renderContext(this.flow.state, this.shownLocale, this.t, this.steps.formatters, this.resolvedOptions);
  }

  /** The FAQ's strings, unless the page gave its own questions. */
  wantFaq(): void {
    if (!this.resolvedOptions.faq) this.locales.ensureFaq(this.shownLocale);
  }

  /** The boot screen's retry: the strings, and the context too when it failed meanwhile (one press mends both). */
  retryBoot(): void {
    this.locales.retry();
    if (this.flow.state.phase === 'blocked') this.flow.intent({ type: 'RETRY' });
  }

  private transition(previous: FlowState, next: FlowState): void {
    this.reactions.transition(previous, next);
    this.browserHistory.transition(previous, next);
    this.element.step = next.phase === 'active' ? next.step : undefined;
    this.steps.follow(next, this.shownLocale);
  }
}
