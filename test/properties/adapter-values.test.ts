/**
 * Property-based tests of what an adapter may answer: any value at all, and valid answers with one
 * thing broken (a field dropped, a type changed, money as a float, negative or huge numbers,
 * odd unicode, an unknown enum, a date without an offset). `withValidation` turns every one into a
 * value or an `UnsubscribeError`, and the element, fed them as the context or the quote, never
 * throws and ends in a defined state. Seeds are fixed; fast-check prints seed and path on failure.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import { UnsubscribeError } from '../../src/contract/errors.js';
import { contextSchema, quoteSchema } from '../../src/contract/schemas.js';
import { withValidation } from '../../src/contract/validated-adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { ALL_MESSAGES } from '../../src/i18n/all-messages.js';
import { chooseEffective, keepPageVisible, root } from '../element/drive.js';
import {
  validContext,
  validFaceChallenge,
  validQuestionsChallenge,
  validQuote,
  validReceipt,
  validSmsChallenge,
  validStatus,
  validVerifyFail,
  validVerifyOk,
} from '../contract/fixtures.js';

const SEED = 20261125;

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsIn(
  value: unknown,
  prefix: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsIn(child, path, out);
  }
  return out;
}

type Change = { kind: 'drop' } | { kind: 'set'; value: unknown } | { kind: 'scale'; by: number };

/** The values a careless or hostile back end puts where a valid one belongs. */
const replacementArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0.5, 12.34, -1, -4900, 1e308, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Infinity, -0),
  fc.constantFrom('bogus', '', '2026-03-12T10:00:00', '2026-03-12', '2026-02-30T00:00:00+08:00', 'cny', '\u202E\u0000'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(null, undefined, true, [], {}),
  fc.anything({ maxDepth: 2 }),
);

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.constant<Change>({ kind: 'drop' }),
  replacementArb.map((value): Change => ({ kind: 'set', value })),
  fc.constantFrom(-1, 0.01, 1e9).map((by): Change => ({ kind: 'scale', by })),
);

/** `value` with one to three of its fields changed. */
function mutationsOf(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsIn(value);
  return fc.array(fc.tuple(fc.constantFrom(...paths), changeArb), { minLength: 1, maxLength: 3 }).map((changes) => {
    const copy = structuredClone(value) as Record<string | number, unknown>;
    for (const [path, change] of changes) apply(copy, path, change);
    return copy;
  });
}

function apply(root: Record<string | number, unknown>, path: Array<string | number>, change: Change): void {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (parent === null || typeof parent !== 'object') return;
  const holder = parent as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (change.kind === 'drop') Reflect.deleteProperty(holder, key);
  else if (change.kind === 'set') holder[key] = change.value;
  else if (typeof holder[key] === 'number') holder[key] = (holder[key] as number) * change.by;
}

/** Values no JSON parser makes but an adapter written in JavaScript can return. */
function exoticValues(): unknown[] {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const cyclic: Record<string, unknown> = { ...validContext() };
  cyclic.self = cyclic;
  return [
    Object.defineProperty({ ...validContext() }, 'account', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
    new Proxy(
      {},
      {
        get() {
          throw new Error('proxy');
        },
      },
    ),
    revoked.proxy,
    cyclic,
    Object.create(null) as object,
    Promise.resolve(1),
    () => 1,
    Symbol('x'),
    10n,
  ];
}

const FIXTURES: Record<string, unknown[]> = {
  loadContext: [validContext()],
  startVerification: [validSmsChallenge(), validFaceChallenge(), validQuestionsChallenge()],
  verify: [validVerifyOk(), validVerifyFail()],
  quoteRefund: [validQuote()],
  submit: [validReceipt()],
  getStatus: [validStatus()],
};

type Method = 'loadContext' | 'startVerification' | 'verify' | 'quoteRefund' | 'submit' | 'getStatus';
const METHODS = Object.keys(FIXTURES) as Method[];

function answerArb(method: Method): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 1,
      arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withTypedArray: true }),
    },
    { weight: 4, arbitrary: fc.constantFrom(...(FIXTURES[method] as unknown[])).chain(mutationsOf) },
  );
}

/** An adapter whose every method answers `value`, resolved, rejected or thrown. */
function answering(value: unknown, how: 'resolve' | 'reject' | 'throw'): UnsubscribeAdapter {
  const answer = () => {
    if (how === 'throw') throw value;
    return how === 'resolve' ? Promise.resolve(value) : Promise.reject(value);
  };
  return {
    loadContext: answer,
    startVerification: answer,
    verify: answer,
    quoteRefund: answer,
    submit: answer,
    getStatus: answer,
    sendFeedback: answer,
  } as unknown as UnsubscribeAdapter;
}

async function outcomeOf(call: () => Promise<unknown>): Promise<'value' | UnsubscribeError> {
  try {
    await call();
    return 'value';
  } catch (error) {
    if (error instanceof UnsubscribeError) return error;
    throw new Error(`not an UnsubscribeError: ${String(error)}`, { cause: error });
  }
}

describe('adapter answers through withValidation', () => {
  for (const method of METHODS) {
    it(`${method}: any answer becomes a value or an UnsubscribeError`, async () => {
      await fc.assert(
        fc.asyncProperty(
          answerArb(method),
          fc.constantFrom('resolve' as const, 'reject' as const, 'throw' as const),
          async (value, how) => {
            const adapter = withValidation(answering(value, how));
            const outcome = await outcomeOf(() => (adapter[method] as (input: unknown) => Promise<unknown>)({}));
            if (how !== 'resolve') expect(outcome).to.be.instanceOf(UnsubscribeError);
          },
        ),
        { numRuns: 150, seed: SEED, endOnFailure: true },
      );
    });
  }

  it('exotic values (throwing getters, proxies, cycles) become a value or an UnsubscribeError', async () => {
    for (const value of exoticValues()) {
      for (const method of METHODS) {
        const adapter = withValidation(answering(value, 'resolve'));
        await outcomeOf(() => (adapter[method] as (input: unknown) => Promise<unknown>)({}));
      }
    }
  });
});

// ---- the element

const BLOCKED_HEADINGS = Object.entries(ALL_MESSAGES['zh-CN'])
  .filter(([key]) => key.startsWith('blocked.'))
  .map(([, text]) => text);
const INVALID_DATA = ALL_MESSAGES['zh-CN']['blocked.invalid-data'];

/** Errors that escaped the element: anything thrown to the window while `body` runs. */
async function escaped(body: () => Promise<void>): Promise<string[]> {
  const found: string[] = [];
  const onError = (e: ErrorEvent) => found.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => found.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    // An unhandled rejection is reported a task later.
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return found;
}

async function mountWith(adapter: UnsubscribeAdapter, mode: 'guided' | 'one-click'): Promise<CloudpcUnsubscribe> {
  return fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe persist="none" mode=${mode} .adapter=${adapter}></cloudpc-unsubscribe>`);
}

const blockedHeading = (el: CloudpcUnsubscribe) => root(el).querySelector('.blocked h2')?.textContent?.trim() ?? null;

describe('adapter answers fed to the element', () => {
  keepPageVisible();

  it('a random context never throws out of the element and ends blocked (invalid-data) or on a step', async () => {
    await fc.assert(
      fc.asyncProperty(answerArb('loadContext'), async (value) => {
        let el: CloudpcUnsubscribe | undefined;
        const errors = await escaped(async () => {
          el = await mountWith({ ...createMockAdapter(), loadContext: () => Promise.resolve(value as never) }, 'guided');
          await waitUntil(() => el!.step !== undefined || blockedHeading(el!) !== null, 'no defined state', { timeout: 2000 });
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        const valid = contextSchema.safeParse(value).success;
        if (!valid) expect(blockedHeading(el!)).to.equal(INVALID_DATA);
        else if (el!.step === undefined) expect(BLOCKED_HEADINGS).to.include(blockedHeading(el!));
        el!.remove();
      }),
      { numRuns: 80, seed: SEED, endOnFailure: true },
    );
  });

  it('an exotic context (throwing getter, proxy, cycle) never throws out of the element and ends in a defined state', async () => {
    for (const value of exoticValues()) {
      let el: CloudpcUnsubscribe | undefined;
      const errors = await escaped(async () => {
        el = await mountWith({ ...createMockAdapter(), loadContext: () => Promise.resolve(value as never) }, 'guided');
        await waitUntil(() => el!.step !== undefined || blockedHeading(el!) !== null, `no defined state: ${describeValue(value)}`, {
          timeout: 2000,
        });
      });
      expect(errors, String(typeof value)).to.deep.equal([]);
      // A proxy that throws on every read throws when the promise machinery looks for `then`:
      // the adapter's promise rejects with a TypeError, which the widget treats as unreachable.
      // A cycle beside valid fields is valid (unknown keys are dropped): it starts the flow.
      if (el!.step === undefined) expect([INVALID_DATA, ALL_MESSAGES['zh-CN']['blocked.unreachable']]).to.include(blockedHeading(el!));
      el!.remove();
    }
  });

  it('a random quote never throws out of the element and ends in a quote or an error with a retry', async () => {
    await fc.assert(
      fc.asyncProperty(answerArb('quoteRefund'), async (value) => {
        let el: CloudpcUnsubscribe | undefined;
        const errors = await escaped(async () => {
          el = await mountWith({ ...createMockAdapter(), quoteRefund: () => Promise.resolve(value as never) }, 'one-click');
          await waitUntil(() => el!.step === 'one-click', 'the one-click step did not show', { timeout: 2000 });
          // The quote is asked for once the subscriber picks when it takes effect (nothing is pre-selected).
          await waitUntil(() => root(el!).querySelector('input[value="immediately"]'), 'no effective time to pick', { timeout: 2000 });
          await chooseEffective(el!);
          await waitUntil(() => root(el!).querySelector('table, [role="alert"]'), 'neither a quote nor an error', { timeout: 2000 });
          await el!.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        const valid = quoteSchema.safeParse(value).success;
        const alert = root(el!).querySelector('[role="alert"]')?.textContent ?? '';
        if (!valid) expect(alert).to.contain(ALL_MESSAGES['zh-CN']['error.invalid-response']);
        el!.remove();
      }),
      { numRuns: 60, seed: SEED, endOnFailure: true },
    );
  });
});

function describeValue(value: unknown): string {
  try {
    return `${typeof value} ${Object.prototype.toString.call(value)}`;
  } catch {
    return typeof value;
  }
}
