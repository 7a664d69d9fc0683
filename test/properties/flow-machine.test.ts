/**
 * Property-based tests of the flow machine: random event sequences from a loaded context never
 * reach a state the guards forbid, and a snapshot of any reachable state restores losslessly and
 * holds no secret. Seeds are fixed so a failure replays; fast-check prints the seed and the
 * shrunk sequence when one fails.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultFlowConfig } from '../../src/flow/defaults.js';
import { stepErrors, verificationNeeded } from '../../src/flow/guards.js';
import { initialState, stepsOf, transition } from '../../src/flow/machine.js';
import { parseSnapshot, toSnapshot } from '../../src/flow/snapshot.js';
import { isPreSubmit } from '../../src/flow/steps.js';
import type { FlowEvent, FlowMode, FlowState, Operation, StepId } from '../../src/flow/types.js';
import type { Effective, VerificationMethod } from '../../src/contract/types.js';
import {
  validContext,
  validFaceChallenge,
  validQuestionsChallenge,
  validQuote,
  validReceipt,
  validSmsChallenge,
  validStatus,
} from '../contract/fixtures.js';

const RUNS = { numRuns: 150, seed: 20261125, endOnFailure: true } as const;
const AT = Date.parse('2026-03-12T10:00:00+08:00');
const OPERATIONS: Operation[] = ['loadContext', 'startVerification', 'verify', 'quoteRefund', 'submit'];
const STEPS: StepId[] = ['prepare', 'reason', 'verify', 'confirm', 'one-click', 'status', 'done'];
const METHODS: VerificationMethod[] = ['sms', 'face', 'security-questions'];
const EFFECTIVES: Effective[] = ['immediately', 'end-of-term'];

/** Secrets are long and marked so that finding one in a snapshot's JSON cannot be a coincidence. */
const secretArb = fc.stringMatching(/^[a-f0-9]{12,20}$/).map((s) => `SECRET${s}`);

/** Which request a result answers: the one in flight, the quote in flight, or a stale one. */
type Target = 'pending' | 'quote' | 'stale';

/** An event before it meets a state: results pick their `seq` from the state they are sent to. */
type Template =
  | { kind: 'plain'; event: FlowEvent }
  | { kind: 'resolve'; target: Target; value: ResolvedValue; dt: number }
  | {
      kind: 'fail';
      target: Target;
      operation: Operation;
      code: 'network' | 'server' | 'invalid-input' | 'conflict' | 'invalid-response';
      retryable: boolean;
      dt: number;
    }
  | { kind: 'status'; status: 'received' | 'processing' | 'completed' | 'rejected'; ours: boolean };

type ResolvedValue =
  | { operation: 'startVerification'; method: VerificationMethod }
  | { operation: 'verify'; ok: boolean; proof: string; reason: 'wrong' | 'expired' | 'locked' | 'pending' }
  | { operation: 'quoteRefund'; effective: Effective | 'asked'; quoteId: string }
  | { operation: 'submit'; requestId: string }
  | { operation: 'loadContext' };

const at = (dt: number) => new Date(AT + dt * 1000).toISOString();
const reasonIdArb = fc.constantFrom('price', 'rarely-used', 'performance', 'switching', 'other', 'unknown');

/** Leaving (KEEP) ends a run, so it is rare; the events that move the flow on are common. */
const rareArb: fc.Arbitrary<FlowEvent> = fc.constantFrom<FlowEvent>({ type: 'KEEP' }, { type: 'ACCEPT_OFFER' });

const plainArb: fc.Arbitrary<FlowEvent> = fc.oneof(
  fc.constant<FlowEvent>({ type: 'RETRY' }),
  fc
    .record({ which: fc.constantFrom('backup' as const, 'terms' as const), value: fc.boolean() })
    .map((e): FlowEvent => ({ type: 'SET_ACK', ...e })),
  fc.record({ reasonId: reasonIdArb, selected: fc.boolean() }).map((e): FlowEvent => ({ type: 'SET_REASON', ...e })),
  fc.string({ maxLength: 30 }).map((comment): FlowEvent => ({ type: 'SET_COMMENT', comment })),
  fc.constantFrom(...EFFECTIVES).map((effective): FlowEvent => ({ type: 'SET_EFFECTIVE', effective })),
  fc.constantFrom(...METHODS).map((method): FlowEvent => ({ type: 'CHOOSE_METHOD', method })),
  fc.nat(200).map((dt): FlowEvent => ({ type: 'REQUEST_CHALLENGE', at: at(dt) })),
  fc.oneof(secretArb, fc.constant('123456')).map((code): FlowEvent => ({ type: 'SET_CODE', code })),
  fc
    .record({ questionId: fc.constantFrom('q-birth-city', 'q-first-school'), answer: secretArb })
    .map((e): FlowEvent => ({ type: 'SET_ANSWER', ...e })),
  fc.nat(200).map((dt): FlowEvent => ({ type: 'CHECK', at: at(dt) })),
  fc.constant<FlowEvent>({ type: 'CONTINUE' }),
  fc.constant<FlowEvent>({ type: 'CONTINUE' }),
  fc.constant<FlowEvent>({ type: 'BACK' }),
  fc.constantFrom(...STEPS).map((step): FlowEvent => ({ type: 'GO_TO', step })),
  fc.constant<FlowEvent>({ type: 'DECLINE_OFFER' }),
  fc.stringMatching(/^[a-z0-9]{8}$/).map((k): FlowEvent => ({ type: 'SUBMIT', idempotencyKey: `key-${k}`, at: at(0) })),
);

const valueArb: fc.Arbitrary<ResolvedValue> = fc.oneof(
  fc.constantFrom(...METHODS).map((method) => ({ operation: 'startVerification' as const, method })),
  fc
    .record({
      ok: fc.boolean(),
      proof: secretArb,
      reason: fc.constantFrom('wrong' as const, 'expired' as const, 'locked' as const, 'pending' as const),
    })
    .map((v) => ({ operation: 'verify' as const, ...v })),
  fc
    .record({ effective: fc.constantFrom<Effective | 'asked'>('asked', 'asked', ...EFFECTIVES), quoteId: fc.constantFrom('QT-1', 'QT-2') })
    .map((v) => ({ operation: 'quoteRefund' as const, ...v })),
  fc.constantFrom('TD-1', 'TD-2').map((requestId) => ({ operation: 'submit' as const, requestId })),
  fc.constant({ operation: 'loadContext' as const }),
);

const targetArb = fc.constantFrom<Target>('pending', 'pending', 'quote', 'stale');

const ACKS: FlowEvent[] = [
  { type: 'SET_ACK', which: 'backup', value: true },
  { type: 'SET_ACK', which: 'terms', value: true },
];

const templateArb: fc.Arbitrary<Template> = fc.oneof(
  { weight: 12, arbitrary: plainArb.map((event) => ({ kind: 'plain' as const, event })) },
  { weight: 3, arbitrary: fc.constantFrom<FlowEvent>(...ACKS, { type: 'CONTINUE' }).map((event) => ({ kind: 'plain' as const, event })) },
  { weight: 1, arbitrary: rareArb.map((event) => ({ kind: 'plain' as const, event })) },
  {
    weight: 6,
    arbitrary: fc.record({ target: targetArb, value: valueArb, dt: fc.nat(200) }).map((t) => ({ kind: 'resolve' as const, ...t })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        target: targetArb,
        operation: fc.constantFrom(...OPERATIONS),
        code: fc.constantFrom(
          'network' as const,
          'server' as const,
          'invalid-input' as const,
          'conflict' as const,
          'invalid-response' as const,
        ),
        retryable: fc.boolean(),
        dt: fc.nat(200),
      })
      .map((t) => ({ kind: 'fail' as const, ...t })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        status: fc.constantFrom('received' as const, 'processing' as const, 'completed' as const, 'rejected' as const),
        ours: fc.boolean(),
      })
      .map((t) => ({ kind: 'status' as const, ...t })),
  },
);

/** fast-check keeps arrays short by default; a flow needs a few dozen events to get anywhere. */
const eventsArb = fc.array(templateArb, { minLength: 5, maxLength: 80, size: 'large' });

interface Setup {
  mode: FlowMode;
  methods: VerificationMethod[];
  offer: boolean;
}

const setupArb: fc.Arbitrary<Setup> = fc.record({
  mode: fc.constantFrom<FlowMode>('guided', 'one-click'),
  methods: fc.subarray(METHODS),
  offer: fc.boolean(),
});

function contextFor(setup: Setup) {
  // Face alone is a configuration error (blocked); keep SMS beside it so the flow runs.
  const methods = setup.methods.length > 0 && setup.methods.every((m) => m === 'face') ? ['sms' as const, 'face' as const] : setup.methods;
  return validContext({ verificationMethods: methods });
}

function configFor(setup: Setup) {
  return defaultFlowConfig({ mode: setup.mode, offersByReason: setup.offer ? { price: 'discount' } : {} });
}

function loaded(setup: Setup): FlowState {
  const state = initialState({ config: configFor(setup) });
  return transition(state, { type: 'RESOLVED', seq: state.seq, at: at(0), operation: 'loadContext', value: contextFor(setup) });
}

function seqFor(state: FlowState, target: Target): number {
  if (target === 'pending') return state.pending?.seq ?? state.seq;
  if (target === 'quote') return state.quotePending?.seq ?? state.seq;
  return state.seq - 1;
}

/** Turns a template into an event for this state, shaped like a real adapter's answer would be. */
function eventFor(state: FlowState, t: Template, setup: Setup): FlowEvent {
  switch (t.kind) {
    case 'plain':
      return t.event;
    case 'status':
      return {
        type: 'STATUS_UPDATED',
        status: validStatus({ requestId: t.ours ? (state.requestId ?? 'TD-x') : 'TD-other', status: t.status }),
      };
    case 'fail':
      return {
        type: 'FAILED',
        seq: seqFor(state, t.target),
        operation: t.operation,
        error: { code: t.code, retryable: t.retryable },
        at: at(t.dt),
      };
    case 'resolve': {
      const base = { type: 'RESOLVED' as const, seq: seqFor(state, t.target), at: at(t.dt) };
      const v = t.value;
      switch (v.operation) {
        case 'loadContext':
          return { ...base, operation: 'loadContext', value: contextFor(setup) };
        case 'startVerification': {
          const value = v.method === 'sms' ? validSmsChallenge() : v.method === 'face' ? validFaceChallenge() : validQuestionsChallenge();
          return { ...base, operation: 'startVerification', value };
        }
        case 'verify':
          return {
            ...base,
            operation: 'verify',
            value: v.ok ? { ok: true, proof: v.proof } : { ok: false, reason: v.reason, attemptsLeft: 1, retryAfterSeconds: 30 },
          };
        case 'quoteRefund': {
          const effective = v.effective === 'asked' ? (state.answers.effective ?? 'immediately') : v.effective;
          return { ...base, operation: 'quoteRefund', value: validQuote({ quoteId: v.quoteId, effective }) };
        }
        case 'submit':
          return { ...base, operation: 'submit', value: validReceipt({ requestId: v.requestId }) };
      }
    }
  }
}

function preSubmitGuardsHold(state: FlowState): boolean {
  return stepsOf(state)
    .filter(isPreSubmit)
    .every((step) => stepErrors(state, step).length === 0);
}

/** Every invariant of a state, as a list of violations (empty when the state is sound). */
function violations(state: FlowState, prev: FlowState, event: FlowEvent): string[] {
  const out: string[] = [];
  if (state.phase === 'active' && !stepsOf(state).includes(state.step))
    out.push(`step ${state.step} is not in ${stepsOf(state).join(',')}`);
  if ((state.step === 'status' || state.step === 'done') && state.requestId === null) out.push(`${state.step} without a requestId`);
  if (state.pending?.operation === 'submit' && prev.pending?.operation !== 'submit') {
    if (!preSubmitGuardsHold(state)) out.push('submit pending with an unmet guard');
    if (state.quote === null || state.quote.effective !== state.answers.effective) out.push('submit pending without a matching quote');
    if (verificationNeeded(state) && state.secrets.proof === null) out.push('submit pending without a proof');
    if (state.idempotencyKey === null) out.push('submit pending without an idempotency key');
  }
  if (state.receipt !== null && state.secrets.proof !== null) out.push('proof kept after the receipt');
  if (state.fieldErrors.length > 0 && !isPreSubmit(state.step)) out.push(`field errors on ${state.step}`);
  if ((event.type === 'RETRY' || event.type === 'SUBMIT') && prev.serviceError?.operation === 'submit' && prev.idempotencyKey !== null) {
    if (state.idempotencyKey !== prev.idempotencyKey) out.push(`${event.type} after a failed submit changed the idempotency key`);
  }
  return out;
}

function run(setup: Setup, templates: Template[], check?: (state: FlowState, prev: FlowState, event: FlowEvent) => void): FlowState {
  let state = loaded(setup);
  for (const t of templates) {
    const event = eventFor(state, t, setup);
    const next = transition(state, event);
    check?.(next, state, event);
    state = next;
  }
  return state;
}

describe('flow machine properties', () => {
  it('random event sequences never reach a state the guards forbid', () => {
    fc.assert(
      fc.property(setupArb, eventsArb, (setup, templates) => {
        run(setup, templates, (state, prev, event) => {
          const found = violations(state, prev, event);
          if (found.length > 0) throw new Error(`${found.join('; ')} after ${JSON.stringify(event)}`);
        });
      }),
      RUNS,
    );
  });

  it('reaches every step now and then (the generator is not stuck on prepare)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(setupArb, eventsArb, (setup, templates) => {
        run(setup, templates, (state) => void seen.add(`${state.phase}:${state.step}:${state.pending?.operation ?? ''}`));
      }),
      RUNS,
    );
    for (const wanted of ['active:reason:', 'active:verify:', 'active:confirm:']) expect([...seen], wanted).to.include(wanted);
    expect(
      [...seen].some((s) => s.endsWith(':submit')),
      'a submit was asked for',
    ).to.equal(true);
  });

  it('snapshot → JSON → parse → restore is lossless and holds no secret', () => {
    fc.assert(
      fc.property(setupArb, eventsArb, (setup, templates) => {
        const secrets = new Set<string>();
        let state = loaded(setup);
        for (const t of templates) {
          const event = eventFor(state, t, setup);
          if (event.type === 'SET_CODE') secrets.add(event.code);
          if (event.type === 'SET_ANSWER') secrets.add(event.answer);
          if (event.type === 'RESOLVED' && event.operation === 'verify' && event.value.ok) secrets.add(event.value.proof);
          state = transition(state, event);
        }
        const snapshot = toSnapshot(state);
        const json = JSON.stringify(snapshot);
        for (const secret of secrets)
          if (secret.startsWith('SECRET') && json.includes(secret)) throw new Error(`a secret is in the snapshot: ${json}`);
        const parsed = parseSnapshot(json);
        expect(parsed).to.deep.equal(snapshot);

        const fresh = initialState({ config: configFor(setup), snapshot: parsed });
        const restored = transition(fresh, {
          type: 'RESOLVED',
          seq: fresh.seq,
          at: at(0),
          operation: 'loadContext',
          value: contextFor(setup),
        });
        const again = toSnapshot(restored);
        for (const key of ['mode', 'subscriptionId', 'answers', 'offersSeen', 'idempotencyKey', 'receipt', 'requestId'] as const) {
          expect(again[key], key).to.deep.equal(snapshot[key]);
        }
        expect(restored.secrets).to.deep.equal({ code: '', answers: {}, proof: null });
      }),
      RUNS,
    );
  });
});
