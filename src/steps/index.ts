/**
 * The steps, loaded on demand. The shell holds only these tables; each step's render code and
 * styles arrive in a chunk of their own, and its strings in the chunks of its message areas, in
 * the language shown. The element asks for the first step together with the context, and for the
 * run's later steps at idle once the first is on screen, so a click on Continue rarely waits. A
 * step is rendered only once all of it has arrived, so it never flashes unstyled or untranslated.
 */
import type { StepId } from '../flow/types.js';
import type { MessageArea } from '../i18n/areas.js';
import type { renderErrorSummary } from '../ui/error-summary.js';
import type { createFormatters } from '../i18n/format.js';
import { onceEach } from '../platform/once.js';
import type { StepParts } from './view.js';

/** A step as the element uses it: its own parts, and what all steps share (kit.ts). */
export interface StepModule extends StepParts {
  /** The error summary above the step. */
  readonly summary: typeof renderErrorSummary;
  /** Money and dates for the steps. */
  readonly formatters: typeof createFormatters;
}

/** Loads a step's code: its render function and its styles. */
const LOADERS: Readonly<Record<StepId, () => Promise<StepParts>>> = {
  prepare: () => import('./prepare.js').then((step) => ({ render: step.renderPrepare, styles: [step.prepareStyles] })),
  reason: () => import('./reason.js').then((step) => ({ render: step.renderReason, styles: [step.reasonStyles] })),
  verify: () => import('./verify.js').then((step) => ({ render: step.renderVerify, styles: [step.verifyStyles] })),
  confirm: () => import('./confirm.js').then((step) => ({ render: step.renderConfirm, styles: [step.confirmStyles] })),
  // One screen with the verification of `verify` and the quote of `confirm`.
  'one-click': () =>
    Promise.all([import('./one-click.js'), import('./verify.js')]).then(([step, verify]) => ({
      render: step.renderOneClick,
      styles: [verify.verifyStyles, step.oneClickStyles],
    })),
  status: () => import('./status.js').then((step) => ({ render: step.renderStatus, styles: [step.statusStyles] })),
  // The contacts and the receipt's number are drawn as on `status`.
  done: () => import('./done.js').then((step) => ({ render: step.renderDone, styles: [step.statusStyles, step.doneStyles] })),
};

/** A step's parts together with the shared kit; the field styles come first so a step's own rules win. */
function loadModule(step: StepId): Promise<StepModule> {
  return Promise.all([LOADERS[step](), import('./kit.js')]).then(([parts, kit]) => ({
    ...parts,
    styles: [kit.fieldStyles, ...parts.styles],
    summary: kit.renderErrorSummary,
    formatters: kit.createFormatters,
  }));
}

/** The message areas each step's strings come from (the shell's `core` is always there). */
export const STEP_AREAS: Readonly<Record<StepId, readonly MessageArea[]>> = {
  prepare: ['prepare'],
  reason: ['reason'],
  verify: ['verify'],
  confirm: ['confirm'],
  'one-click': ['confirm', 'verify'],
  status: ['status', 'withdraw'],
  done: ['done', 'status', 'withdraw'],
};

const arrived: StepModule[] = [];

/**
 * Loads a step (once; concurrent callers share the load). A failed load (a chunk lost on a
 * flaky connection) is forgotten, so the next call tries again.
 */
export const loadStep = onceEach((step: StepId) =>
  loadModule(step).then((module) => {
    arrived.push(module);
    return module;
  }),
);

/** The step if it has arrived, else undefined. */
export function loadedStep(step: StepId): StepModule | undefined {
  return loadStep.valueOf(step);
}

/** Every step that has arrived, in the order they arrived. */
export function loadedSteps(): readonly StepModule[] {
  return arrived;
}
