/**
 * The steps, loaded on demand. The shell holds only this table; each step's render code and its
 * strings arrive in a chunk of their own when the step is first needed (the element preloads
 * the run's steps as soon as the context is known, so a click on Continue rarely waits).
 * Step styles are small and stay with the shell, so a step never flashes unstyled.
 */
import type { CSSResult } from 'lit';
import type { StepId } from '../flow/types.js';
import type { StepRenderer } from '../element/view.js';
import { registerMessages } from '../i18n/catalog.js';
import { prepareStyles } from './prepare.styles.js';
import { reasonStyles } from './reason.styles.js';
import { verifyStyles } from './verify.styles.js';
import { confirmStyles } from './confirm.styles.js';
import { oneClickStyles } from './one-click.styles.js';
import { statusStyles } from './status.styles.js';
import { doneStyles } from './done.styles.js';

export const STEP_STYLES: readonly CSSResult[] = [
  prepareStyles,
  reasonStyles,
  verifyStyles,
  confirmStyles,
  oneClickStyles,
  statusStyles,
  doneStyles,
];

/** Loads a step's render function together with every message table it uses. */
const LOADERS: Readonly<Record<StepId, () => Promise<StepRenderer>>> = {
  prepare: async () => {
    const [step, messages] = await Promise.all([import('./prepare.js'), import('../i18n/messages/prepare.js')]);
    registerMessages(messages.prepareMessages);
    return step.renderPrepare;
  },
  reason: async () => {
    const [step, messages] = await Promise.all([import('./reason.js'), import('../i18n/messages/reason.js')]);
    registerMessages(messages.reasonMessages);
    return step.renderReason;
  },
  verify: async () => {
    const [step, messages] = await Promise.all([import('./verify.js'), import('../i18n/messages/verify.js')]);
    registerMessages(messages.verifyMessages);
    return step.renderVerify;
  },
  confirm: async () => {
    const [step, messages] = await Promise.all([import('./confirm.js'), import('../i18n/messages/confirm.js')]);
    registerMessages(messages.confirmMessages);
    return step.renderConfirm;
  },
  'one-click': async () => {
    const [step, confirm, verify] = await Promise.all([
      import('./one-click.js'),
      import('../i18n/messages/confirm.js'),
      import('../i18n/messages/verify.js'),
    ]);
    registerMessages(confirm.confirmMessages);
    registerMessages(verify.verifyMessages);
    return step.renderOneClick;
  },
  status: async () => {
    const [step, messages] = await Promise.all([import('./status.js'), import('../i18n/messages/status.js')]);
    registerMessages(messages.statusMessages);
    return step.renderStatus;
  },
  done: async () => {
    const [step, done, status] = await Promise.all([
      import('./done.js'),
      import('../i18n/messages/done.js'),
      import('../i18n/messages/status.js'),
    ]);
    registerMessages(done.doneMessages);
    registerMessages(status.statusMessages);
    return step.renderDone;
  },
};

const loaded = new Map<StepId, StepRenderer>();
const loading = new Map<StepId, Promise<StepRenderer>>();

/** The step's render function if it has arrived, else undefined. */
export function loadedStep(step: StepId): StepRenderer | undefined {
  return loaded.get(step);
}

/**
 * Loads a step (once; concurrent callers share the load). A failed load (a chunk lost on a
 * flaky connection) is forgotten, so the next call tries again.
 */
export function loadStep(step: StepId): Promise<StepRenderer> {
  const known = loaded.get(step);
  if (known) return Promise.resolve(known);
  let promise = loading.get(step);
  if (!promise) {
    promise = LOADERS[step]().then(
      (render) => {
        loaded.set(step, render);
        loading.delete(step);
        return render;
      },
      (error: unknown) => {
        loading.delete(step);
        throw error;
      },
    );
    loading.set(step, promise);
  }
  return promise;
}
