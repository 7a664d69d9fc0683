/**
 * What each step needs before the subscriber may go on. Each guard returns the field errors to
 * show (an empty list means the step is complete); the UI shows them in the error summary.
 */
import type { FieldError, FlowState, ReasonRule, StepId } from './types.js';
import { isCompleteCode, normalizeCode } from './sms-code.js';
import { isLockedAt } from './verification-clock.js';
import { pickErrors } from './subscriptions.js';

/**
 * The reasons in force: the back end's when it lists some, else the operator's or the defaults;
 * each with the retention offer the operator attached to it, if any.
 */
export function reasonRules(state: FlowState): readonly ReasonRule[] {
  const fromContext = state.context?.reasons;
  const source: readonly ReasonRule[] =
    fromContext && fromContext.length > 0
      ? fromContext.map((r) => ({ id: r.id, requiresComment: r.requiresComment === true }))
      : state.config.reasons;
  return source.map((rule) => {
    const offerId = state.config.offersByReason[rule.id] ?? rule.offerId;
    return offerId === undefined ? rule : { ...rule, offerId };
  });
}

export function prepareErrors(state: FlowState): FieldError[] {
  // Nothing about the cloud PC is asked before the subscriber has said which one it is.
  const picking = pickErrors(state);
  if (picking.length > 0) return picking;
  const errors: FieldError[] = [];
  if (!state.answers.backupAcknowledged) errors.push({ field: 'backup', key: 'backupRequired' });
  if (!state.answers.termsAcknowledged) errors.push({ field: 'terms', key: 'termsRequired' });
  return errors;
}

/** In one-click mode the reason is optional, but a chosen reason still follows its rules. */
export function reasonErrors(state: FlowState, optional = false): FieldError[] {
  const errors: FieldError[] = [];
  const { reasonIds, comment } = state.answers;
  const rules = reasonRules(state);
  if (reasonIds.length === 0 && !optional) errors.push({ field: 'reasons', key: 'reasonRequired' });
  if (reasonIds.length > state.config.maxReasons) errors.push({ field: 'reasons', key: 'tooManyReasons' });
  const needsComment = rules.some((r) => r.requiresComment && reasonIds.includes(r.id));
  if (needsComment && comment.trim() === '') errors.push({ field: 'comment', key: 'commentRequired' });
  if ([...comment].length > state.config.commentMaxLength) errors.push({ field: 'comment', key: 'commentTooLong' });
  return errors;
}

export function verificationNeeded(state: FlowState): boolean {
  return (state.context?.verificationMethods.length ?? 0) > 0;
}

export function verifyErrors(state: FlowState): FieldError[] {
  if (!verificationNeeded(state) || state.secrets.proof !== null) return [];
  return [{ field: state.answers.method === null ? 'method' : 'code', key: 'verificationRequired' }];
}

/** What must be filled in before `verify` is called for the current challenge. */
export function checkErrors(state: FlowState, at: string): FieldError[] {
  const challenge = state.verification.challenge;
  if (state.answers.method === null) return [{ field: 'method', key: 'methodRequired' }];
  if (isLockedAt(state, Date.parse(at)))
    return [{ field: state.answers.method === 'security-questions' ? 'answers' : 'code', key: 'verificationLocked' }];
  if (challenge === null) return [];
  if (challenge.method === 'sms') {
    const code = normalizeCode(state.secrets.code);
    if (code === '') return [{ field: 'code', key: 'codeRequired' }];
    if (!isCompleteCode(code, challenge.codeLength)) return [{ field: 'code', key: 'codeFormat' }];
    return [];
  }
  if (challenge.method === 'security-questions') {
    return challenge.questions
      .filter((q) => (state.secrets.answers[q.id] ?? '').trim() === '')
      .map((q) => ({ field: `answer:${q.id}` as const, key: 'answerRequired' as const }));
  }
  return [];
}

export function confirmErrors(state: FlowState): FieldError[] {
  const picking = pickErrors(state);
  if (picking.length > 0) return picking;
  if (state.answers.effective === null) return [{ field: 'effective', key: 'effectiveRequired' }];
  return [];
}

/** The guard of one step, as used by Continue and by resume. */
export function stepErrors(state: FlowState, step: StepId): FieldError[] {
  switch (step) {
    case 'prepare':
      return prepareErrors(state);
    case 'reason':
      return reasonErrors(state);
    case 'verify':
      return verifyErrors(state);
    case 'confirm':
      return confirmErrors(state);
    case 'one-click':
      return pickErrors(state).length > 0
        ? pickErrors(state)
        : [...reasonErrors(state, true), ...verifyErrors(state), ...confirmErrors(state)];
    case 'status':
    case 'done':
      return [];
  }
}
