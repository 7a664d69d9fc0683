/** The module bench/baseline.mjs generates from the widget's first step when it builds the baseline. */
declare module 'bench:captured' {
  import type { TemplateResult } from 'lit';

  /** The widget's shadow DOM on the `prepare` step, as a static Lit template. */
  export const capturedTemplate: TemplateResult;
  /** The text of every style sheet the widget's shadow root had adopted. */
  export const capturedCss: string;
  /** The widget's host attributes then (`step="prepare"` and the page's own). */
  export const capturedHostAttributes: Readonly<Record<string, string>>;
}
