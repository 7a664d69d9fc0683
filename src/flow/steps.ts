import type { VerificationMethod } from '../contract/types.js';
import type { FlowMode, StepId } from './types.js';

/** Steps shown before the request is submitted: Back and "keep my subscription" work on these. */
export const PRE_SUBMIT_STEPS: ReadonlySet<StepId> = new Set(['prepare', 'reason', 'verify', 'confirm', 'one-click']);

/**
 * The steps of one run, in order. `verify` is left out when the operator allows no method:
 * some markets forbid gating a cancellation behind identity checks (DESIGN section 2).
 * One-click is the same machine with a shorter list, not a second machine.
 */
export function stepsFor(mode: FlowMode, methods: readonly VerificationMethod[]): StepId[] {
  if (mode === 'one-click') return ['one-click', 'status', 'done'];
  const steps: StepId[] = ['prepare', 'reason'];
  if (methods.length > 0) steps.push('verify');
  steps.push('confirm', 'status', 'done');
  return steps;
}

export function isPreSubmit(step: StepId): boolean {
  return PRE_SUBMIT_STEPS.has(step);
}

/** Face recognition may never be the only way in (a rule in China): such a configuration is an error. */
export function isFaceOnly(methods: readonly VerificationMethod[]): boolean {
  return methods.length > 0 && methods.every((m) => m === 'face');
}

/**
 * The step the subscriber will most likely see first, known before the context arrives: the one
 * a resumed run was on (a submitted request opens its status), else the mode's first step. The
 * element loads that step's code and strings while the context loads, so both arrive together.
 * The context may still decide otherwise (a request sent from another device opens `status`).
 */
export function expectedFirstStep(state: { step: StepId; restoring: { step: StepId; requestId: string | null } | null }): StepId {
  const resumed = state.restoring;
  if (resumed === null) return state.step;
  if (resumed.requestId !== null) return resumed.step === 'done' ? 'done' : 'status';
  return resumed.step;
}
