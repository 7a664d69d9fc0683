import type { CSSResult } from 'lit';
import type { StepId } from '../flow/types.js';
import type { StepRenderer } from '../element/view.js';
import { renderPrepare, prepareStyles } from './prepare.js';
import { renderReason, reasonStyles } from './reason.js';
import { renderVerify, verifyStyles } from './verify.js';
import { renderConfirm, confirmStyles } from './confirm.js';
import { renderOneClick, oneClickStyles } from './one-click.js';
import { renderStatus, statusStyles } from './status.js';
import { renderDone, doneStyles } from './done.js';

/** The render function of each step. */
export const STEP_RENDERERS: Readonly<Record<StepId, StepRenderer>> = {
  prepare: renderPrepare,
  reason: renderReason,
  verify: renderVerify,
  confirm: renderConfirm,
  'one-click': renderOneClick,
  status: renderStatus,
  done: renderDone,
};

export const STEP_STYLES: readonly CSSResult[] = [
  prepareStyles,
  reasonStyles,
  verifyStyles,
  confirmStyles,
  oneClickStyles,
  statusStyles,
  doneStyles,
];
