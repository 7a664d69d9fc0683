/**
 * The built-in in-memory adapter (DESIGN section 4): the demo's offline mode, Storybook and the
 * tests use it.
 *
 * `createMockAdapter` checks its options at once (a bad knob throws here) and loads the engine
 * itself (`mock-adapter.ts`) on demand, so a page that talks to a real back end never downloads
 * it: it is a separate chunk of the builds.
 */
import type { AdapterMethod, CallOptions } from '../../contract/index.js';
import { resolveMockOptions, type MockAdapter, type MockAdapterOptions, type MockCall } from './mock-options.js';

export type {
  MockAdapter,
  MockAdapterOptions,
  MockCall,
  MockContextOverrides,
  MockControls,
  MockFailure,
  MockSecurityQuestion,
  MockStatusTimeline,
} from './mock-options.js';

/** A copy of what the caller passed, so the log shows the call as made even if the caller mutates its object later. */
function copy(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    return input;
  }
}

/**
 * Creates an in-memory adapter with a realistic 移动云电脑 subscription, deterministic given its
 * clock. Every option is optional; see `MockAdapterOptions`.
 * @throws RangeError when an option is out of range.
 */
export function createMockAdapter(options: MockAdapterOptions = {}): MockAdapter {
  const config = resolveMockOptions(options);
  const createdAt = config.now();
  const calls: MockCall[] = [];
  let engine: MockAdapter | undefined;
  const ready = import('./mock-adapter.js').then((m) => (engine = m.buildMockAdapter(config, createdAt, calls)));

  function forward<K extends Exclude<AdapterMethod, 'sendFeedback'> | 'sendFeedback'>(method: K) {
    return async (input: never, callOptions?: CallOptions) => {
      calls.push({ method, input: copy(input) });
      const target = engine ?? (await ready);
      return (target[method] as (input: never, options?: CallOptions) => Promise<never>)(input, callOptions);
    };
  }

  return {
    loadContext: forward('loadContext'),
    startVerification: forward('startVerification'),
    verify: forward('verify'),
    quoteRefund: forward('quoteRefund'),
    submit: forward('submit'),
    getStatus: forward('getStatus'),
    sendFeedback: forward('sendFeedback'),
    get calls() {
      return calls.slice();
    },
    requests: () => engine?.requests() ?? [],
    feedback: () => engine?.feedback() ?? [],
    approveFace: (challengeId) => {
      if (engine === undefined) throw new RangeError(`mock approveFace: no face challenge ${challengeId}`);
      engine.approveFace(challengeId);
    },
    lastSmsCode: () => engine?.lastSmsCode(),
  };
}
