/**
 * What any part of the widget's screen is drawn from: the flow's state, the language with its
 * strings and formatters, and the operator's options. Steps get more (steps/view.ts); the shell
 * and the small UI parts need only this.
 */
import type { FlowState } from '../flow/types.js';
import type { Formatters, Locale, Translate } from '../i18n/index.js';
import type { ResolvedOptions } from '../options/index.js';

export interface RenderContext {
  readonly state: FlowState;
  readonly locale: Locale;
  readonly t: Translate;
  /** Money and dates in `locale`, in Beijing time. */
  readonly fmt: Formatters;
  readonly options: ResolvedOptions;
}
