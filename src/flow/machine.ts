/**
 * The unsubscribe flow as a pure state machine: `transition(state, event)` returns the next
 * state and never touches the DOM, storage, timers or the network. Adapter calls are asked for
 * through `state.pending` (and `state.quotePending` for the quote, which runs beside the
 * others); the flow controller (element/flow-controller.ts) makes them (see `requests.ts`) and
 * reports back with `RESOLVED` / `FAILED` carrying the request's `seq`, so a late answer to an
 * abandoned request is recognised and ignored.
 */
import type { Effective, UnsubscribeContext, VerifyResult } from '../contract/types.js';
import { checkErrors, confirmErrors, reasonErrors, reasonRules, stepErrors, verificationNeeded } from './guards.js';
import { holdAt, isLockedAt, mayResendAt } from './verification-clock.js';
import { isFaceOnly, isPreSubmit, stepsFor } from './steps.js';
import { applySnapshot } from './snapshot.js';
import { acceptOffer, closeOffers, declineOffer, offerToShow, setOfferMonths } from './offers.js';
import { withFreshTexts } from './fresh-texts.js';
import { isWaiting, withRetryAt } from './retry-wait.js';
import { NO_WITHDRAWAL, withdrawalStep, withdrawn } from './withdrawal.js';
import { checkPick, mayPickAnother, pick, subscriptionChoices } from './subscriptions.js';
import type { BlockedReason, ErrorInfo, FieldError, FlowConfig, FlowEvent, FlowSnapshot, FlowState, Operation, StepId } from './types.js';

export interface InitOptions {
  config: FlowConfig;
  subscriptionId?: string | null;
  /** A snapshot from a previous visit, applied once the context has loaded. */
  snapshot?: FlowSnapshot | null;
}

/** The state before anything is known: loading the context. */
export function initialState({ config, subscriptionId = null, snapshot = null }: InitOptions): FlowState {
  const compatible = snapshot !== null && snapshot.mode === config.mode ? snapshot : null;
  return {
    phase: 'loading',
    config,
    step: config.mode === 'one-click' ? 'one-click' : 'prepare',
    blocked: null,
    subscriptionId: subscriptionId ?? compatible?.subscriptionId ?? null,
    context: null,
    answers: {
      // The host page's `subscription-id` is a pick made for the subscriber (flow/subscriptions.ts).
      pickedSubscriptionId: subscriptionId,
      backupAcknowledged: false,
      termsAcknowledged: false,
      reasonIds: [],
      comment: '',
      effective: null,
      method: null,
    },
    secrets: { code: '', answers: {}, proof: null },
    verification: { challenge: null, issuedAt: null, attemptsLeft: null, holds: {}, lastFailure: null },
    offer: null,
    offersSeen: [],
    agreement: null,
    quote: null,
    idempotencyKey: null,
    requestId: null,
    receipt: null,
    status: null,
    withdrawal: NO_WITHDRAWAL,
    pending: { operation: 'loadContext', seq: 1 },
    quotePending: null,
    textsPending: null,
    seq: 1,
    fieldErrors: [],
    serviceError: null,
    restoring: compatible,
  };
}

/** The steps of this run, once the context says which verification methods apply. */
export function stepsOf(state: FlowState): StepId[] {
  return stepsFor(state.config.mode, state.context?.verificationMethods ?? []);
}

/** Whether the subscriber can still change their mind: before the request is submitted. */
export function canLeave(state: FlowState): boolean {
  return (
    (state.phase === 'active' || state.phase === 'blocked' || state.phase === 'loading') &&
    state.receipt === null &&
    state.requestId === null
  );
}

export function canGoBack(state: FlowState): boolean {
  const steps = stepsOf(state);
  return state.phase === 'active' && isPreSubmit(state.step) && steps.indexOf(state.step) > 0 && state.pending?.operation !== 'submit';
}

/**
 * Whether the call the subscriber waits for may be given up and made again at once (`RESTART`):
 * the context, which only reads, and the submit, which carries the same idempotency key every
 * time. A verification call is not: it may have sent an SMS or counted an attempt, and the step
 * keeps Back and "keep my subscription" usable meanwhile.
 */
export function mayRestart(state: FlowState): boolean {
  const operation = state.pending?.operation;
  return (state.phase === 'loading' && operation === 'loadContext') || (state.phase === 'active' && operation === 'submit');
}

export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'RESOLVED':
      return isCurrent(state, event.seq, event.operation) ? resolve(state, event) : state;
    case 'FAILED':
      return isCurrent(state, event.seq, event.operation) ? fail(state, event) : state;
    case 'RETRY':
      return retry(state, event.at);
    case 'RESTART':
      return mayRestart(state) && state.pending !== null ? request(state, state.pending.operation) : state;
    case 'LOCALE_CHANGED':
      return localeChanged(state);
    case 'KEEP':
      return canLeave(state) ? { ...state, phase: 'kept', pending: null, quotePending: null, textsPending: null, offer: null } : state;
    case 'STATUS_UPDATED': {
      if (state.requestId === null || event.status.requestId !== state.requestId) return state;
      const finished = event.status.status === 'completed' || event.status.status === 'rejected' || event.status.status === 'withdrawn';
      return { ...state, status: event.status, step: finished ? 'done' : state.step };
    }
    case 'PICK_ANOTHER':
      return mayPickAnother(state) ? anotherRun(state) : state;
    case 'ASK_WITHDRAW':
    case 'CANCEL_WITHDRAW':
    case 'WITHDRAW':
      return withdrawalStep(state, event);
    default:
      return editable(state) ? edit(state, event) : state;
  }
}

// ---- results of adapter calls

function isCurrent(state: FlowState, seq: number, operation: Operation): boolean {
  if (operation === 'loadContext' && state.textsPending?.seq === seq) return true;
  const slot = operation === 'quoteRefund' ? state.quotePending : state.pending;
  return slot !== null && slot.seq === seq;
}

/**
 * A new language: a context on its way is asked for again in it, and a context already here has
 * its texts fetched again (beside anything else in flight; no answer and no step changes).
 */
function localeChanged(state: FlowState): FlowState {
  if (state.phase === 'loading' && state.pending?.operation === 'loadContext') return request(state, 'loadContext');
  if (state.phase !== 'active' || state.context === null) return state;
  const seq = state.seq + 1;
  return { ...state, seq, textsPending: { operation: 'loadContext', seq } };
}

function resolve(state: FlowState, event: Extract<FlowEvent, { type: 'RESOLVED' }>): FlowState {
  if (event.operation === 'loadContext' && state.textsPending?.seq === event.seq) {
    return withFreshTexts({ ...state, textsPending: null }, event.value);
  }
  if (event.operation === 'quoteRefund') {
    // A different quote is a different request body: it needs its own idempotency key.
    const sameQuote = state.quote !== null && state.quote.quoteId === event.value.quoteId;
    const serviceError = state.serviceError?.operation === 'quoteRefund' ? null : state.serviceError;
    return { ...state, quotePending: null, serviceError, quote: event.value, idempotencyKey: sameQuote ? state.idempotencyKey : null };
  }
  const done: FlowState = { ...state, pending: null, serviceError: null };
  switch (event.operation) {
    case 'loadContext': {
      const loaded = applyContext(done, event.value);
      // A conflict at submit that the fresh context does not explain stays on screen.
      const conflict = state.serviceError?.operation === 'submit' ? state.serviceError : null;
      return conflict !== null && loaded.phase === 'active' && loaded.requestId === null ? { ...loaded, serviceError: conflict } : loaded;
    }
    case 'startVerification':
      return {
        ...done,
        fieldErrors: [],
        verification: { ...done.verification, challenge: event.value, issuedAt: event.at, attemptsLeft: null, lastFailure: null },
        secrets: {
          ...done.secrets,
          code: event.value.method === 'sms' ? '' : done.secrets.code,
          answers:
            event.value.method === 'security-questions' ? keepAnswers(done.secrets.answers, event.value.questions) : done.secrets.answers,
        },
      };
    case 'verify': {
      const checked = applyVerifyResult(done, event.value, event.at);
      const then = state.pending?.thenSubmit;
      return then !== undefined && checked.secrets.proof !== null ? submit(checked, then, event.at) : checked;
    }
    case 'acceptOffer':
      return { ...done, phase: 'offer-accepted', agreement: event.value, quotePending: null, textsPending: null, fieldErrors: [] };
    case 'submit':
      return {
        ...done,
        receipt: event.value,
        requestId: event.value.requestId,
        step: 'status',
        fieldErrors: [],
        // The proof, the code and the answers have done their job: drop them at once.
        secrets: { code: '', answers: {}, proof: null },
      };
    case 'withdraw':
      return withdrawn(done, event.value);
  }
}

function keepAnswers(answers: Record<string, string>, questions: ReadonlyArray<{ id: string }>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const q of questions) if (answers[q.id] !== undefined) kept[q.id] = answers[q.id] as string;
  return kept;
}

function applyVerifyResult(state: FlowState, result: VerifyResult, at: string): FlowState {
  const method = state.verification.challenge?.method ?? state.answers.method;
  if (result.ok) {
    const holds = Object.fromEntries(Object.entries(state.verification.holds).filter(([m]) => m !== method));
    const verified: FlowState = {
      ...state,
      secrets: { ...state.secrets, proof: result.proof },
      verification: { ...state.verification, lastFailure: null, holds },
      fieldErrors: [],
    };
    // Verifying is the step's Continue: on success the guided flow moves on by itself.
    return verified.step === 'verify' ? goForward(verified) : verified;
  }
  const verification = { ...state.verification, lastFailure: result.reason };
  if (result.attemptsLeft !== undefined) verification.attemptsLeft = result.attemptsLeft;
  if (result.reason === 'locked' && result.retryAfterSeconds !== undefined && method !== null) {
    verification.holds = { ...verification.holds, [method]: { until: instantAfter(at, result.retryAfterSeconds), kind: 'locked' } };
  }
  const questions = state.verification.challenge?.method === 'security-questions';
  const field = questions ? 'answers' : 'code';
  const errorByReason: Record<typeof result.reason, FieldError | null> = {
    wrong: { field, key: questions ? 'answerWrong' : 'codeWrong' },
    expired: { field, key: 'codeExpired' },
    locked: { field, key: 'verificationLocked' },
    pending: null,
  };
  const error = errorByReason[result.reason];
  return { ...state, verification, fieldErrors: error ? [error] : [] };
}

function instantAfter(at: string, seconds: number): string {
  return new Date(Date.parse(at) + seconds * 1000).toISOString();
}

/**
 * A new challenge refused for now (`rate-limited` with a time): the method waits until then, said
 * on the method's own panel rather than as a fault of the service. While another method is locked
 * out, the refusal means the lock covers the account: every method is locked until then.
 */
function holdMethod(state: FlowState, error: ErrorInfo, at: string): FlowState | null {
  const method = state.answers.method;
  if (error.code !== 'rate-limited' || error.retryAfterSeconds === undefined || method === null) return null;
  const now = Date.parse(at);
  const methods = state.context?.verificationMethods ?? [];
  const until = instantAfter(at, error.retryAfterSeconds);
  const accountLocked = methods.some((m) => m !== method && holdAt(state, m, now)?.kind === 'locked');
  const holds = { ...state.verification.holds };
  if (accountLocked) {
    for (const m of methods) {
      const known = holdAt(state, m, now);
      if (known === null || known.kind !== 'locked' || Date.parse(known.until) < Date.parse(until)) holds[m] = { until, kind: 'locked' };
    }
  } else holds[method] = { until, kind: 'wait' };
  return {
    ...state,
    verification: { ...state.verification, holds },
    fieldErrors: [{ field: 'code', key: accountLocked ? 'verificationLocked' : 'challengeRefused' }],
  };
}

function blockedReasonFor(error: ErrorInfo): BlockedReason {
  switch (error.code) {
    case 'unauthenticated':
      return 'login-required';
    case 'not-found':
      return 'nothing-to-unsubscribe';
    case 'invalid-response':
      return 'invalid-data';
    case 'rate-limited':
      return 'rate-limited';
    default:
      return 'unreachable';
  }
}

function fail(state: FlowState, event: Extract<FlowEvent, { type: 'FAILED' }>): FlowState {
  const { operation, at } = event;
  // The texts in another language could not be fetched: the ones on screen stay, nothing else changes.
  if (state.textsPending?.seq === event.seq) return { ...state, textsPending: null };
  const error = withRetryAt(event.error, at);
  const done: FlowState = operation === 'quoteRefund' ? { ...state, quotePending: null } : { ...state, pending: null };
  if (operation === 'startVerification') {
    const held = holdMethod(done, error, at);
    if (held !== null) return held;
  }
  // The cloud PC the host page named is not on this account: the account's context says which
  // are, and with several the subscriber picks (with one, the run stops as before: see applyContext).
  if (operation === 'loadContext' && isNamedByHost(done) && error.code === 'not-found')
    return request({ ...done, subscriptionId: null }, 'loadContext');
  // The context of a cloud PC just picked among several: the screen stays, with the error and a retry.
  if (
    operation === 'loadContext' &&
    done.phase === 'active' &&
    done.context !== null &&
    done.subscriptionId !== done.context.subscription.id
  )
    return { ...done, serviceError: { operation, error } };
  if (operation === 'loadContext') return { ...done, phase: 'blocked', blocked: { reason: blockedReasonFor(error), error } };
  if (operation === 'submit' && error.code === 'conflict') {
    // The back end already holds a request for this subscription (sent from another tab or
    // device): the context, loaded again, names it, and its status opens instead of a dead end.
    return { ...request(done, 'loadContext'), serviceError: { operation, error } };
  }
  return { ...done, serviceError: { operation, error } };
}

/** A retry of what failed; before the failure's `retryAt` (at `at`) it is refused, as the disabled button says. */
function retry(state: FlowState, at: string | undefined): FlowState {
  const error = state.phase === 'blocked' ? state.blocked?.error : state.serviceError?.error;
  if (at !== undefined && isWaiting(error, Date.parse(at))) return state;
  if (state.phase === 'blocked' && state.blocked?.reason !== 'configuration' && state.pending === null) {
    return request({ ...state, phase: 'loading', blocked: null }, 'loadContext');
  }
  if (state.phase !== 'active' || state.serviceError === null) return state;
  const { operation } = state.serviceError;
  const busy = operation === 'quoteRefund' ? state.quotePending !== null : state.pending !== null;
  return busy ? state : request(state, operation);
}

function request(state: FlowState, operation: Operation): FlowState {
  const seq = state.seq + 1;
  const serviceError = state.serviceError?.operation === operation || operation !== 'quoteRefund' ? null : state.serviceError;
  if (operation === 'quoteRefund') return { ...state, quotePending: { operation, seq }, seq, serviceError };
  return { ...state, pending: { operation, seq }, seq, serviceError };
}

// ---- the context arrives: where does the subscriber start?

/**
 * A new run on the same account, for another of its cloud PCs: everything of this one's is left
 * behind (its request goes on at the back end) and the account's context is asked for again, so
 * the list says which ones are being cancelled now; nothing is picked.
 */
function anotherRun(state: FlowState): FlowState {
  const seq = state.seq + 1;
  return { ...initialState({ config: state.config }), seq, pending: { operation: 'loadContext', seq } };
}

/** Loading the context of the cloud PC the host page named (`subscription-id`), before anything else. */
function isNamedByHost(state: FlowState): boolean {
  return (
    state.phase === 'loading' &&
    state.context === null &&
    state.subscriptionId !== null &&
    state.answers.pickedSubscriptionId === state.subscriptionId
  );
}

function applyContext(state: FlowState, context: UnsubscribeContext): FlowState {
  const methods = context.verificationMethods;
  // Asked again without the named cloud PC, which is not on the account: only a list to pick from
  // lets the run go on; the account's one subscription is never taken for the one the page named.
  const named = state.answers.pickedSubscriptionId;
  if (state.phase === 'loading' && state.subscriptionId === null && named !== null && named !== context.subscription.id) {
    if (subscriptionChoices(context).length === 0) return { ...state, phase: 'blocked', blocked: { reason: 'nothing-to-unsubscribe' } };
  }
  const withContext: FlowState = { ...state, context, phase: 'active', blocked: null, subscriptionId: context.subscription.id };
  if (isFaceOnly(methods)) return { ...withContext, phase: 'blocked', blocked: { reason: 'configuration' }, restoring: null };

  let next = withContext;
  if (next.restoring !== null) next = applySnapshot(next, next.restoring);
  next = { ...next, restoring: null };

  const answers = { ...next.answers, effective: effectiveToStartWith(next.answers.effective, context.terms.effectiveOptions) };
  if (answers.method !== null && !methods.includes(answers.method)) answers.method = null;
  if (answers.method === null && methods.length === 1) answers.method = methods[0] ?? null;
  next = { ...next, answers };

  // Several cloud PCs and none settled: the first screen asks which one, before anything else.
  const picked = checkPick(next.answers.pickedSubscriptionId, context);
  if (picked.kind !== 'settled') {
    const key = picked.kind === 'mismatch' ? 'subscriptionMismatch' : picked.unknown ? 'subscriptionNotOnAccount' : null;
    const asking = { ...next, answers: { ...next.answers, pickedSubscriptionId: null }, requestId: null, receipt: null };
    const entered = enter(asking, stepsOf(asking)[0] as StepId);
    return key === null ? entered : { ...entered, fieldErrors: [{ field: 'subscription', key }] };
  }

  if (context.pendingRequest !== undefined) {
    const secrets = { code: '', answers: {}, proof: null };
    return { ...next, requestId: context.pendingRequest.requestId, step: 'status', fieldErrors: [], secrets };
  }
  if (next.requestId !== null) return { ...next, step: next.step === 'done' ? 'done' : 'status' };
  if (context.subscription.status !== 'active' && context.subscription.status !== 'suspended') {
    return { ...next, phase: 'blocked', blocked: { reason: 'nothing-to-unsubscribe' } };
  }
  return enter(next, furthestAllowed(next, next.step));
}

/**
 * The effective time a run starts with: the one kept from before a reload while it is still
 * offered, else the only one offered. With a choice, nothing is chosen for the subscriber: either
 * answer costs something (a penalty and the service at once, or the rest of the paid period
 * without a refund), so the subscriber picks it on `confirm`, with the cost beside each option.
 */
export function effectiveToStartWith(kept: Effective | null, offered: readonly Effective[]): Effective | null {
  if (kept !== null && offered.includes(kept)) return kept;
  return offered.length === 1 ? (offered[0] ?? null) : null;
}

/**
 * The step a run may be on: `wanted`, or the first earlier step whose guard is not met. A reload
 * lands where the subscriber was, except that a `confirm` without the (never stored) proof
 * goes back to `verify`.
 */
function furthestAllowed(state: FlowState, wanted: StepId): StepId {
  const steps = stepsOf(state).filter(isPreSubmit);
  const target = steps.includes(wanted) ? wanted : (steps[0] as StepId);
  for (const step of steps) {
    if (step === target) return step;
    if (stepErrors(state, step).length > 0) return step;
  }
  return target;
}

// ---- what the subscriber does

function editable(state: FlowState): boolean {
  return state.phase === 'active' && isPreSubmit(state.step) && state.pending?.operation !== 'submit';
}

/** Any change to what will be submitted makes a new attempt, with a new idempotency key. */
function withAnswers(state: FlowState, answers: Partial<FlowState['answers']>): FlowState {
  return { ...state, answers: { ...state.answers, ...answers }, idempotencyKey: null };
}

function edit(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'PICK_SUBSCRIPTION': {
      if (state.step !== stepsOf(state)[0]) return state;
      const picked = pick(state, event.subscriptionId);
      if (picked === null) return state;
      if (picked.load) return request(picked.state, 'loadContext');
      // The context's own: what it says now applies (a request under way for it opens its status).
      return picked.state.context === null ? picked.state : applyContext(picked.state, picked.state.context);
    }
    case 'SET_ACK':
      return {
        ...state,
        answers: { ...state.answers, [event.which === 'backup' ? 'backupAcknowledged' : 'termsAcknowledged']: event.value },
      };
    case 'SET_REASON':
      return setReason(state, event.reasonId, event.selected);
    case 'SET_COMMENT':
      return withAnswers(state, { comment: event.comment });
    case 'SET_EFFECTIVE': {
      if (!state.context?.terms.effectiveOptions.includes(event.effective) || event.effective === state.answers.effective) return state;
      const changed = { ...withAnswers(state, { effective: event.effective }), quote: null };
      return needsQuote(changed) ? request(changed, 'quoteRefund') : changed;
    }
    case 'CHOOSE_METHOD': {
      if (!state.context?.verificationMethods.includes(event.method) || event.method === state.answers.method) return state;
      const cleared = state.pending !== null && isVerificationCall(state.pending.operation) ? { ...state, pending: null } : state;
      return {
        ...cleared,
        answers: { ...state.answers, method: event.method },
        verification: { ...state.verification, challenge: null, issuedAt: null, attemptsLeft: null, lastFailure: null },
        fieldErrors: [],
      };
    }
    case 'REQUEST_CHALLENGE':
      return requestChallenge(state, event.at);
    case 'SET_CODE':
      return { ...state, secrets: { ...state.secrets, code: event.code } };
    case 'SET_ANSWER':
      return { ...state, secrets: { ...state.secrets, answers: { ...state.secrets.answers, [event.questionId]: event.answer } } };
    case 'CHECK': {
      if (state.verification.challenge === null || state.secrets.proof !== null || state.pending !== null) return state;
      const errors = checkErrors(state, event.at);
      return errors.length > 0 ? { ...state, fieldErrors: errors } : request({ ...state, fieldErrors: [] }, 'verify');
    }
    case 'CONTINUE':
      return goForward(state);
    case 'BACK': {
      if (!canGoBack(state)) return state;
      const steps = stepsOf(state);
      return enter(state, steps[steps.indexOf(state.step) - 1] as StepId);
    }
    case 'GO_TO': {
      const steps = stepsOf(state);
      const target = steps.indexOf(event.step);
      return isPreSubmit(event.step) && target >= 0 && target < steps.indexOf(state.step) ? enter(state, event.step) : state;
    }
    case 'ACCEPT_OFFER':
      return acceptOffer(state, event.idempotencyKey, (keyed) => request(keyed, 'acceptOffer'));
    case 'SET_OFFER_MONTHS':
      return setOfferMonths(state, event.months);
    case 'DECLINE_OFFER':
      return declineOffer(state, goForward);
    case 'SUBMIT':
      return submit(state, event.idempotencyKey, event.at);
    default:
      return state;
  }
}

function isVerificationCall(operation: Operation): boolean {
  return operation === 'startVerification' || operation === 'verify';
}

function setReason(state: FlowState, reasonId: string, selected: boolean): FlowState {
  if (!reasonRules(state).some((r) => r.id === reasonId)) return state;
  const current = state.answers.reasonIds.filter((id) => id !== reasonId);
  // With a single reason allowed, ticking one replaces the other, as a radio group does.
  const reasonIds = !selected ? current : state.config.maxReasons === 1 ? [reasonId] : [...current, reasonId];
  return withAnswers(state, { reasonIds });
}

function requestChallenge(state: FlowState, at: string): FlowState {
  if (state.answers.method === null) return { ...state, fieldErrors: [{ field: 'method', key: 'methodRequired' }] };
  if (state.secrets.proof !== null || state.pending !== null) return state;
  const now = Date.parse(at);
  if (isLockedAt(state, now)) return { ...state, fieldErrors: checkErrors(state, at) };
  if (!mayResendAt(state, now)) return state;
  return request({ ...state, fieldErrors: [] }, 'startVerification');
}

function needsQuote(state: FlowState): boolean {
  if (state.step !== 'confirm' && state.step !== 'one-click') return false;
  return state.answers.effective !== null && (state.quote === null || state.quote.effective !== state.answers.effective);
}

/**
 * Shows `step`, clearing the last step's errors, and asks for what the step needs to show. The
 * subscriber's call that belonged to the step being left is abandoned (its result will be stale);
 * a quote on its way (`quotePending`) is kept, since it answers for the same choice.
 */
function enter(state: FlowState, step: StepId): FlowState {
  const left: FlowState = { ...state, step, fieldErrors: [], offer: null, serviceError: null, pending: null };
  // From `confirm` on, nothing stands between the subscriber and 确认退订 (flow/offers.ts).
  const entered = step === 'confirm' ? closeOffers(left) : left;
  return needsQuote(entered) ? request(entered, 'quoteRefund') : entered;
}

function goForward(state: FlowState): FlowState {
  const errors = stepErrors(state, state.step);
  if (errors.length > 0) return { ...state, fieldErrors: errors };
  if (state.step === 'reason') {
    const offer = offerToShow(state);
    if (offer !== null) return { ...state, offer, fieldErrors: [] };
  }
  const steps = stepsOf(state);
  const next = steps[steps.indexOf(state.step) + 1];
  // From confirm (and one-click) the way on is SUBMIT, never a plain Continue.
  if (next === undefined || !isPreSubmit(next)) return { ...state, fieldErrors: [] };
  return enter(state, next);
}

/**
 * 确认退订 on the one-click screen with a code (or answers) typed and no proof yet: the press checks
 * them first and submits on the proof, so one press does both. A wrong code stops before submit.
 */
function checksBeforeSubmit(state: FlowState): boolean {
  const challenge = state.verification.challenge;
  return (
    state.step === 'one-click' &&
    verificationNeeded(state) &&
    state.secrets.proof === null &&
    challenge !== null &&
    challenge.method !== 'face' &&
    challenge.method === state.answers.method
  );
}

function submit(state: FlowState, idempotencyKey: string, at: string): FlowState {
  if (state.step !== 'confirm' && state.step !== 'one-click') return state;
  if (state.pending !== null) return state;
  const checks = checksBeforeSubmit(state);
  // Checked in the same press: what the check needs (a complete code, not locked out) stands for "verify first".
  const errorsOf = (step: StepId): FieldError[] =>
    checks && step === 'one-click'
      ? [...reasonErrors(state, true), ...checkErrors(state, at), ...confirmErrors(state)]
      : stepErrors(state, step);
  const steps = stepsOf(state).filter((s) => isPreSubmit(s));
  const errors = steps.flatMap(errorsOf);
  if (errors.length > 0) {
    // In the guided flow an unmet earlier guard (only possible after GO_TO edits) sends the
    // subscriber back to that step rather than listing fields that are not on this page.
    const firstBad = steps.find((s) => errorsOf(s).length > 0) as StepId;
    return firstBad === state.step
      ? { ...state, fieldErrors: errors }
      : { ...enter(state, firstBad), fieldErrors: stepErrors(state, firstBad) };
  }
  if (state.quote === null || state.quote.effective !== state.answers.effective)
    return needsQuote(state) ? request(state, 'quoteRefund') : state;
  const key = state.idempotencyKey ?? idempotencyKey;
  if (checks) {
    const checking = request({ ...state, fieldErrors: [] }, 'verify');
    return { ...checking, pending: { operation: 'verify', seq: checking.seq, thenSubmit: key } };
  }
  if (verificationNeeded(state) && state.secrets.proof === null) return state;
  return request({ ...state, idempotencyKey: key, fieldErrors: [] }, 'submit');
}
