/**
 * Brings the steps to the element: a step's code, styles and strings (and, for the steps that
 * need them, the controllers that work beside the flow) when it is wanted, in one go. The step
 * shown first is fetched together with the adapter's first call; the run's other steps at idle
 * once the first is on screen, so they never compete with it. A failed fetch is shown on the step
 * with a retry and named in the console; a background preload that fails is simply tried again
 * when the step is wanted.
 */
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { expectedFirstStep } from '../flow/steps.js';
import type { FlowState, StepId } from '../flow/types.js';
import { hasMessages, loadMessages, type Locale } from '../i18n/index.js';
import { warmUpFormatting } from '../i18n/warm-up.js';
import { once } from '../platform/once.js';
import { whenIdle } from '../platform/idle.js';
import { STEP_AREAS, loadStep, loadedStep, loadedSteps, type StepModule } from '../steps/index.js';
import { adoptMoreStyles } from './adopt-styles.js';
import type { Background, BesideFlowHost } from './background/index.js';

/** The steps whose screens rely on the work beside the flow (timers, polling, feedback). */
const NEEDS_BACKGROUND: ReadonlySet<StepId> = new Set(['verify', 'one-click', 'status', 'done']);

const loadBackgroundCode = once(() => import('./background/index.js'));

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class StepLoader implements ReactiveController {
  /** The step whose fetch failed (shown with a retry), or null. */
  failed: StepId | null = null;
  /** The controllers beside the flow, once their chunk has arrived. */
  background: Background | undefined;

  private readonly host: Host;
  private readonly besideFlow: BesideFlowHost;
  private readonly used = new Set<StepModule>();
  private readonly adopted = new Set<CSSResult>();
  private readonly loading = new Set<string>();
  private formattersOf: StepModule['formatters'] | undefined;
  private laterScheduled = false;
  private cancelIdle: (() => void) | undefined;

  /** `besideFlow` is what the controllers beside the flow see of the element once they arrive. */
  constructor(host: Host, besideFlow: BesideFlowHost) {
    this.host = host;
    this.besideFlow = besideFlow;
    host.addController(this);
  }

  hostConnected(): void {
    // Steps another element (or an earlier life of this one) already fetched.
    for (const module of loadedSteps()) this.use(module);
  }

  hostDisconnected(): void {
    this.cancelIdle?.();
    this.cancelIdle = undefined;
    this.laterScheduled = false;
  }

  /** Money and date formatting, which only steps use: it arrives with the first step's chunk. */
  get formatters(): StepModule['formatters'] | undefined {
    return this.formattersOf;
  }

  /** The step's code, styles and strings (in `locale`) are here, and what it relies on beside the flow. */
  ready(step: StepId, locale: Locale): boolean {
    const module = loadedStep(step);
    return (
      module !== undefined &&
      this.used.has(module) &&
      hasMessages(locale, STEP_AREAS[step]) &&
      (!NEEDS_BACKGROUND.has(step) || this.background !== undefined)
    );
  }

  /** Fetches what `step` needs unless it is here or on its way, and renders again when it arrives. */
  want(step: StepId, locale: Locale, { quiet = false } = {}): void {
    const key = `${step}|${locale}`;
    if (this.ready(step, locale) || this.loading.has(key)) return;
    this.loading.add(key);
    Promise.all([loadStep(step), loadMessages(locale, STEP_AREAS[step]), NEEDS_BACKGROUND.has(step) ? this.loadBackground() : null]).then(
      ([module]) => {
        this.loading.delete(key);
        this.use(module);
      },
      (error: unknown) => {
        this.loading.delete(key);
        if (quiet) return;
        console.error(`<cloudpc-unsubscribe>: could not load the "${step}" step:`, error);
        this.failed = step;
        this.host.requestUpdate();
      },
    );
  }

  retry(step: StepId, locale: Locale): void {
    this.failed = null;
    this.want(step, locale);
    this.host.requestUpdate();
  }

  /** Once the first step is on screen: `steps` (the run's others) and `alsoAtIdle` (the FAQ's strings), at idle, once per run. */
  preloadLater(steps: () => readonly StepId[], locale: () => Locale, alsoAtIdle: () => void): void {
    if (this.laterScheduled) return;
    this.laterScheduled = true;
    this.cancelIdle = whenIdle(() => {
      this.cancelIdle = undefined;
      for (const step of steps()) this.want(step, locale(), { quiet: true });
      alsoAtIdle();
    });
  }

  /** A new run (the flow started over): its later steps are preloaded after its first paint. */
  newRun(): void {
    this.laterScheduled = false;
  }

  /**
   * After each change of the flow's state: the step to show (or, while the context loads, the one
   * expected first) is fetched at once, beside the adapter's first call: its code, its strings and
   * what they need, in one go; a new run also warms up the formatting data.
   */
  follow(next: FlowState, locale: Locale): void {
    if (next.phase === 'loading') {
      this.newRun();
      warmUpFormatting(locale);
    }
    const wanted = next.phase === 'loading' ? expectedFirstStep(next) : next.phase === 'active' ? next.step : null;
    if (wanted !== null) this.want(wanted, locale);
  }

  private loadBackground(): Promise<Background> {
    return loadBackgroundCode().then(({ attachBackground }) => (this.background ??= attachBackground(this.besideFlow)));
  }

  /** Adopts a step's styles (once per element) and renders again. */
  private use(module: StepModule): void {
    if (this.used.has(module)) return;
    this.used.add(module);
    this.formattersOf ??= module.formatters;
    const fresh = module.styles.filter((style) => !this.adopted.has(style));
    for (const style of fresh) this.adopted.add(style);
    if (this.host.renderRoot instanceof ShadowRoot) adoptMoreStyles(this.host.renderRoot, fresh);
    this.host.requestUpdate();
  }
}
